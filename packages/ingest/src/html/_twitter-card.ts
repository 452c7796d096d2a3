import type { PageFacts } from "./_facts.js";
import { firstTag, type MetaTags } from "./_meta-tags.js";
import { absoluteUrl } from "./_urls.js";

/**
 * Twitter (X) card tags: after OpenGraph, since they are a share card too and
 * carry fewer fields; `twitter:creator` is a handle, not a byline, so it is
 * not read.
 */
export function factsFromTwitterCard(tags: MetaTags, base: string | undefined): PageFacts {
  const facts: PageFacts = {};
  const title = firstTag(tags, "twitter:title");
  if (title) facts.headline = title;
  const description = firstTag(tags, "twitter:description");
  if (description) facts.description = description;
  const imageUrl = absoluteUrl(firstTag(tags, "twitter:image", "twitter:image:src"), base);
  if (imageUrl) {
    const alt = firstTag(tags, "twitter:image:alt");
    facts.image = { url: imageUrl, ...(alt ? { alt } : {}) };
  }
  return facts;
}
