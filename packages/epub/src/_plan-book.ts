import { bylineText, directionOf, formatArticleDate, renderArticle, stripForbiddenXmlChars, typographicArticle } from "@dateline/html";
import { articleKey, articleSubjects, articleSummary, buildDate, DatelineError, type Article } from "@dateline/schema";
import { bookIdentifier } from "./_book-identifier.js";
import { embedImages, type ImageFile } from "./_embed-images.js";
import type { EpubOptions } from "./_epub-options.js";

export interface PlannedChapter {
  filename: string;
  headline: string;
  summary: string;
  byline: string;
  lang: string;
  /** The direction of the chapter's language. */
  dir: "ltr" | "rtl";
  /** The article as an XHTML `<article>` element, its quotes set typographically for its language. */
  xhtml: string;
}

/** Everything the book's documents say, decided once so they all agree. */
export interface Book {
  identifier: string;
  title: string;
  edition: string | undefined;
  /** Primary language first, then the other languages of the articles. */
  languages: [string, ...string[]];
  /** `dcterms:modified`: CCYY-MM-DDThh:mm:ssZ, as EPUB requires. */
  modified: string;
  /** The date shown on the cover and title page, when the briefing has one. */
  dateShown: { iso: string; text: string } | undefined;
  creators: string[];
  publishers: string[];
  subjects: string[];
  description: string;
  chapters: PlannedChapter[];
  images: ImageFile[];
}

/** Labels of the front matter are English, so English is also the fallback when no article names its language. */
const FALLBACK_LANGUAGE = "en";
const DEFAULT_TITLE = "Briefing";
/** What a headline that XML cannot carry is called instead; @dateline/html has no wording for it yet. */
const UNTITLED_ARTICLE = "Article {position}";

/** The text left once XML's forbidden characters are gone, trimmed; empty when nothing readable was there. */
function xmlText(text: string): string {
  return stripForbiddenXmlChars(text).trim();
}

/** The headline as XML can carry it, or the article's position when nothing of it is left (an empty title fails EPUBCheck). */
function shownHeadline(article: Article, index: number): string {
  return xmlText(article.headline) || UNTITLED_ARTICLE.replace("{position}", String(index + 1));
}
const HEADLINES_IN_DESCRIPTION = 10;

function distinct(values: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const value of values) {
    const key = value.trim().toLocaleLowerCase("en");
    if (key && !seen.has(key)) seen.set(key, value.trim());
  }
  return [...seen.values()];
}

/** Languages by how many articles use them, ties broken by first appearance. */
function languagesOf(articles: readonly Article[]): [string, ...string[]] {
  const counts = new Map<string, number>();
  for (const article of articles) if (article.inLanguage) counts.set(article.inLanguage, (counts.get(article.inLanguage) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([language]) => language);
  return ranked.length > 0 ? (ranked as [string, ...string[]]) : [FALLBACK_LANGUAGE];
}

function describe(articles: readonly Article[]): string {
  if (articles.length === 1) return articleSummary(articles[0]!, 500);
  const shown = articles.slice(0, HEADLINES_IN_DESCRIPTION).map((article) => article.headline);
  const more = articles.length - shown.length;
  return `A briefing of ${articles.length} articles: ${shown.join("; ")}${more > 0 ? `; and ${more} more` : ""}.`;
}

function checkOptions(articles: readonly Article[], options: EpubOptions): void {
  if (articles.length === 0) {
    throw new DatelineError("EMPTY_INPUT", "toEpub was given no articles, and a book needs at least one", {
      hint: "pass one or more articles to toEpub",
    });
  }
  if (options.title !== undefined && options.title.trim() === "") {
    throw new DatelineError("INVALID_OPTION", "toEpub option `title` is empty", {
      hint: "give the book a title, or leave `title` out to use a default",
    });
  }
  if (options.date !== undefined && Number.isNaN(options.date.getTime())) {
    throw new DatelineError("INVALID_OPTION", "toEpub option `date` is an invalid Date", {
      hint: "pass a valid Date, or leave `date` out to use SOURCE_DATE_EPOCH or the newest article date",
    });
  }
}

export async function planBook(articles: readonly Article[], options: EpubOptions): Promise<Book> {
  checkOptions(articles, options);
  const warn = options.onWarning ?? (() => {});
  const images = embedImages(articles, options.images, warn);
  const languages = languagesOf(articles);
  const digits = Math.max(3, String(articles.length).length);
  const chapters = articles.map((article, index) => ({
    filename: `article-${String(index + 1).padStart(digits, "0")}.xhtml`,
    headline: shownHeadline(article, index),
    summary: articleSummary(article),
    byline: bylineText(article),
    lang: article.inLanguage ?? languages[0]!,
    dir: directionOf(article.inLanguage ?? languages[0]),
    xhtml: renderArticle(typographicArticle(article), { imageSource: images.sourceFor }),
  }));

  const title = options.title?.trim() ?? (articles.length === 1 ? shownHeadline(articles[0]!, 0) : DEFAULT_TITLE);
  const edition = options.edition?.trim() || undefined;
  const date = options.date ?? buildDate(articles, process.env.SOURCE_DATE_EPOCH);
  // EPUB requires dcterms:modified even for an undated book; only there does the epoch stand in, and nothing shows it to a reader.
  const iso = (date ?? new Date(0)).toISOString().replace(/\.\d{3}Z$/, "Z");
  const dateShown = date ? { iso: iso.slice(0, 10), text: formatArticleDate(iso, languages[0]) } : undefined;

  return {
    identifier: bookIdentifier([title, edition ?? "", ...articles.map(articleKey)]),
    title,
    edition,
    languages,
    modified: iso,
    dateShown,
    creators: distinct(articles.flatMap((article) => (article.authors ?? []).map((author) => author.name))),
    publishers: distinct(articles.flatMap((article) => (article.publisher ? [article.publisher.name] : []))),
    // A keyword of forbidden characters only would be an empty dc:subject: it is left out.
    subjects: distinct(articles.flatMap((article) => articleSubjects(article).map(xmlText)).filter((subject) => subject !== "")),
    description: describe(articles),
    chapters,
    images: images.files,
  };
}
