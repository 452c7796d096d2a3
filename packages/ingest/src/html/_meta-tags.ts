import { attr, type Document, findAll } from "./_dom.js";
import { cleanText } from "./_facts.js";

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
