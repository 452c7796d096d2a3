import { attr, type Document, findAll } from "./_dom.js";
import { cleanText, type PageFacts } from "./_facts.js";
import { absoluteUrl } from "./_urls.js";

/** Every `<meta>` of the page by its `property`/`name`/`itemprop` key, lower-cased, values in page order. */
export type MetaTags = Map<string, string[]>;

export function collectMetaTags(document: Document): MetaTags {
  const tags: MetaTags = new Map();
  for (const meta of findAll(document, (el) => el.tagName === "meta")) {
    const content = cleanText(attr(meta, "content"));
    if (!content) continue;
    for (const keyAttribute of ["property", "name", "itemprop"]) {
      const key = attr(meta, keyAttribute)?.trim().toLowerCase();
      if (!key) continue;
      const values = tags.get(key);
      if (values) values.push(content);
      else tags.set(key, [content]);
    }
  }
  return tags;
}

export function firstTag(tags: MetaTags, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value) return value;
  }
  return undefined;
}

/** The tag names one kind of share card (OpenGraph, a Twitter card) gives its title, description and picture. */
export interface ShareCardTags {
  title: string;
  description: string;
  /** The picture's URL tags, most trusted first. */
  image: readonly string[];
  imageAlt: string;
}

/** What every share card says: its title (as the headline), description and picture with its alt text. */
export function shareCardFacts(tags: MetaTags, base: string | undefined, names: ShareCardTags): PageFacts {
  const facts: PageFacts = {};
  const title = firstTag(tags, names.title);
  if (title) facts.headline = title;
  const description = firstTag(tags, names.description);
  if (description) facts.description = description;
  const imageUrl = absoluteUrl(firstTag(tags, ...names.image), base);
  if (imageUrl) {
    const alt = firstTag(tags, names.imageAlt);
    facts.image = { url: imageUrl, ...(alt ? { alt } : {}) };
  }
  return facts;
}
