import { peopleFrom } from "./_authors.js";
import { normalizeDate } from "./_dates.js";
import { keywordList, type PageFacts } from "./_facts.js";
import { firstTag, type MetaTags } from "./_meta-tags.js";

/**
 * Plain `<meta name=…>` tags and microdata `itemprop`s: after the share cards,
 * because they are free text with no agreed form (an author tag may hold a
 * whole byline), so they fill gaps rather than decide.
 */
export function factsFromMetaNames(tags: MetaTags): PageFacts {
  const facts: PageFacts = {};
  const author = firstTag(tags, "author", "byl", "dc.creator", "sailthru.author", "parsely-author");
  const authors = author && !/^https?:/i.test(author) ? peopleFrom(author) : [];
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
    ),
  );
  if (published) facts.datePublished = published;
  const modified = normalizeDate(firstTag(tags, "datemodified", "last-modified", "dcterms.modified"));
  if (modified) facts.dateModified = modified;
  const language = firstTag(tags, "language", "dc.language", "content-language");
  if (language) facts.inLanguage = language;
  return facts;
}
