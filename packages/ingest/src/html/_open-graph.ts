import { peopleFrom } from "./_authors.js";
import { normalizeDate } from "./_dates.js";
import { keywordList, type PageFacts } from "./_facts.js";
import { firstTag, type MetaTags, shareCardFacts } from "./_meta-tags.js";
import { absoluteUrl } from "./_urls.js";

/**
 * OpenGraph and its `article:*` properties: second to JSON-LD. The fields are
 * as typed as JSON-LD's but fewer, and `og:title` is written for a share card
 * (it often carries the site name), so the headline is cross-checked with the
 * visible one later. `article:author` is often a profile URL, not a name: such
 * values are not authors.
 */
export function factsFromOpenGraph(tags: MetaTags, base: string | undefined): PageFacts {
  const facts = shareCardFacts(tags, base, {
    title: "og:title",
    description: "og:description",
    image: ["og:image:secure_url", "og:image", "og:image:url"],
    imageAlt: "og:image:alt",
  });
  const authors = (tags.get("article:author") ?? [])
    .filter((value) => !/^https?:|^\/|^www\./i.test(value))
    .flatMap((value) => peopleFrom(value));
  if (authors.length > 0) facts.authors = authors;
  const siteName = firstTag(tags, "og:site_name");
  if (siteName) facts.siteName = siteName;
  const published = normalizeDate(firstTag(tags, "article:published_time", "og:published_time", "article:published"));
  if (published) facts.datePublished = published;
  const modified = normalizeDate(firstTag(tags, "article:modified_time", "og:updated_time", "og:modified_time"));
  if (modified) facts.dateModified = modified;
  const section = firstTag(tags, "article:section");
  if (section) facts.section = section;
  const keywords = keywordList(tags.get("article:tag") ?? []);
  if (keywords.length > 0) facts.keywords = keywords;
  const locale = firstTag(tags, "og:locale");
  if (locale) facts.inLanguage = locale.replace("_", "-");
  const url = absoluteUrl(firstTag(tags, "og:url"), base);
  if (url) facts.url = url;
  return facts;
}
