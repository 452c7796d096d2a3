import {
  briefingLanguage,
  bylineText,
  directionOf,
  formatArticleDate,
  renderArticle,
  storyCount,
  stripForbiddenXmlChars,
  typographicArticle,
  untitledText,
  wordingFor,
} from "@dateline/html";
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

/** The text left once XML's forbidden characters are gone, trimmed; empty when nothing readable was there. */
function xmlText(text: string): string {
  return stripForbiddenXmlChars(text).trim();
}

/** The headline as XML can carry it, or the article's position in its language when nothing of it is left (an empty title fails EPUBCheck). */
function shownHeadline(article: Article, index: number): string {
  return xmlText(article.headline) || untitledText(index + 1, article.inLanguage);
}
const HEADLINES_IN_DESCRIPTION = 10;

/**
 * Names and labels as the book's metadata carries them: once each whatever its case, as XML can carry them, and
 * none left empty (a name of XML's forbidden characters only would be an empty dc:creator or dc:publisher, which
 * fails EPUBCheck).
 */
function distinct(values: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const value of values) {
    const text = xmlText(value);
    const key = text.toLocaleLowerCase("en");
    if (key && !seen.has(key)) seen.set(key, text);
  }
  return [...seen.values()];
}

/** The book's language (the briefing's, as the PDF decides it), then the articles' others by how many use them, ties by first appearance. */
function languagesOf(articles: readonly Article[], asked: string | undefined): [string, ...string[]] {
  const primary = briefingLanguage(articles, asked);
  const counts = new Map<string, number>();
  for (const article of articles) if (article.inLanguage) counts.set(article.inLanguage, (counts.get(article.inLanguage) ?? 0) + 1);
  counts.delete(primary);
  return [primary, ...[...counts.entries()].sort((a, b) => b[1] - a[1]).map(([language]) => language)];
}

/** "12 stories: headline; headline; …" in the book's language, as the PDF's Subject. */
function describe(articles: readonly Article[], language: string): string {
  if (articles.length === 1) return articleSummary(articles[0]!, 500);
  const shown = articles.slice(0, HEADLINES_IN_DESCRIPTION).map((article) => article.headline);
  return `${storyCount(articles.length, language)}: ${shown.join("; ")}${articles.length > shown.length ? "; …" : ""}`;
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
  if (options.buildTime !== undefined && Number.isNaN(options.buildTime.getTime())) {
    throw new DatelineError("INVALID_OPTION", "toEpub option `buildTime` is an invalid Date", {
      hint: "pass the time the book is made as a valid Date, or leave `buildTime` out",
    });
  }
}

/**
 * `dcterms:modified`, which EPUB requires even of an undated book: the
 * book's date, else the time it is built (given by the caller, as an exporter
 * reads no clock). With neither there is no true date to write, and the Unix
 * epoch would be a false one, so the book is refused.
 */
function modifiedDate(date: Date | undefined, buildTime: Date | undefined): string {
  const modified = date ?? buildTime;
  if (!modified) {
    throw new DatelineError(
      "INVALID_OPTION",
      "toEpub cannot date the book: no article has a date and neither SOURCE_DATE_EPOCH, `date` nor `buildTime` gives one, but EPUB requires dcterms:modified",
      { hint: "pass `buildTime` (when the book is made, as the dateline command does), or `date`, or set SOURCE_DATE_EPOCH" },
    );
  }
  return modified.toISOString().replace(/\.\d{3}Z$/, "Z");
}

export async function planBook(articles: readonly Article[], options: EpubOptions): Promise<Book> {
  checkOptions(articles, options);
  const warn = options.onWarning ?? (() => {});
  const images = embedImages(articles, options.images, warn);
  const languages = languagesOf(articles, options.language);
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

  // Several stories without a title are the briefing of the PDF ("News briefing", "Revue d’actualité"), in the book's language.
  const title = options.title?.trim() ?? (articles.length === 1 ? shownHeadline(articles[0]!, 0) : wordingFor(languages[0]).briefing);
  const edition = options.edition?.trim() || undefined;
  const date = options.date ?? buildDate(articles, process.env.SOURCE_DATE_EPOCH);
  const dateShown = date ? { iso: date.toISOString().slice(0, 10), text: formatArticleDate(date.toISOString(), languages[0]) } : undefined;

  return {
    identifier: bookIdentifier([title, edition ?? "", ...articles.map(articleKey)]),
    title,
    edition,
    languages,
    modified: modifiedDate(date, options.buildTime),
    dateShown,
    creators: distinct(articles.flatMap((article) => (article.authors ?? []).map((author) => author.name))),
    publishers: distinct(articles.flatMap((article) => (article.publisher ? [article.publisher.name] : []))),
    subjects: distinct(articles.flatMap((article) => articleSubjects(article))),
    description: describe(articles, languages[0]),
    chapters,
    images: images.files,
  };
}
