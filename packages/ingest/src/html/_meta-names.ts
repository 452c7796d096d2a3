import { isNameSuffix } from "../steps/byline.js";
import { peopleFrom } from "./_authors.js";
import { normalizeDate } from "./_dates.js";
import { dedupeNames, keywordList, type PageFacts } from "./_facts.js";
import { firstTag, type MetaTags } from "./_meta-tags.js";

/**
 * Plain `<meta name=…>` tags and microdata `itemprop`s: after the share cards,
 * because they are free text with no agreed form (an author tag may hold a
 * whole byline), so they fill gaps rather than decide.
 */
export function factsFromMetaNames(tags: MetaTags): PageFacts {
  const facts: PageFacts = {};
  const parsely = parselyPage(tags);
  const authors = dedupeNames(
    authorValues(tags, parsely)
      .filter((author) => !/^https?:/i.test(author))
      .flatMap((author) => peopleFrom(author)),
  );
  if (authors.length > 0) facts.authors = authors;
  const description = firstTag(tags, "description", "dc.description");
  if (description) facts.description = description;
  const keywords = keywordList(tags.get("keywords") ?? tags.get("news_keywords") ?? []);
  if (keywords.length > 0) facts.keywords = keywords;
  const published = normalizeDate(
    firstTag(
      tags,
      "datepublished",
      "date",
      "pubdate",
      "publishdate",
      "dc.date",
      "dc.date.issued",
      "dcterms.created",
      "sailthru.date",
      "parsely-pub-date",
      "citation_publication_date",
      "citation_date",
    ) ?? parsely.published,
  );
  if (published) facts.datePublished = published;
  const modified = normalizeDate(firstTag(tags, "datemodified", "last-modified", "dcterms.modified"));
  if (modified) facts.dateModified = modified;
  const language = firstTag(tags, "language", "dc.language", "content-language");
  if (language) facts.inLanguage = language;
  return facts;
}

/** Highwire's author tag, which names one writer a value, family name first or last ("Lee, Ada" or "Ada Lee"). */
const CITATION_AUTHOR_TAG = "citation_author";
/** The tags that name a page's writers, most used first. */
const AUTHOR_TAGS = ["author", "byl", "dc.creator", "sailthru.author", "parsely-author", CITATION_AUTHOR_TAG];
/**
 * Those set once per writer (Dublin Core's, Parse.ly's, Highwire's), whose every value names one. The others hold the
 * whole byline in their first value: a later one is microdata's `itemprop="author"`, maybe a teaser's below the story.
 */
const ONE_PER_WRITER_TAGS = new Set(["dc.creator", "parsely-author"]);

/** The values of the first author tag the page sets, else the authors of its `parsely-page`. */
function authorValues(tags: MetaTags, parsely: { authors: string[] }): string[] {
  const key = AUTHOR_TAGS.find((tag) => tags.has(tag));
  const values = key ? tags.get(key)! : parsely.authors;
  if (key === CITATION_AUTHOR_TAG) return values.map(uninverted);
  return key && !ONE_PER_WRITER_TAGS.has(key) ? values.slice(0, 1) : values;
}

/** A name with its family name first: "Lee, Ada", "van der Berg, Els". */
const INVERTED_NAME = /^([^,]+),\s*([^,]+)$/u;

/** "Lee, Ada" → "Ada Lee"; a name in its reading order stays, and so does one with its suffix ("Ada Lee, Jr."). */
function uninverted(name: string): string {
  const inverted = INVERTED_NAME.exec(name.trim());
  return inverted && !isNameSuffix(inverted[2]!.trim()) ? `${inverted[2]} ${inverted[1]}` : name;
}

/**
 * Parse.ly's `parsely-page` tag: one JSON object of the page's facts (`{"authors": ["Ada Lee"], "pub_date": "…"}`),
 * read where no tag of their own gives them. A value that is no such object gives nothing.
 */
function parselyPage(tags: MetaTags): { authors: string[]; published?: string } {
  const value = firstTag(tags, "parsely-page");
  let data: unknown;
  try {
    data = value ? JSON.parse(value) : undefined;
  } catch {
    return { authors: [] };
  }
  if (!data || typeof data !== "object") return { authors: [] };
  const { authors, pub_date: published } = data as Record<string, unknown>;
  return {
    authors: [authors].flat().filter((author): author is string => typeof author === "string"),
    ...(typeof published === "string" ? { published } : {}),
  };
}
