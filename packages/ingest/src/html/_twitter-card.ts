import type { PageFacts } from "./_facts.js";
import { type MetaTags, shareCardFacts } from "./_meta-tags.js";

/**
 * Twitter (X) card tags: after OpenGraph, since they are a share card too and
 * carry fewer fields; `twitter:creator` is a handle, not a byline, so it is
 * not read.
 */
export function factsFromTwitterCard(tags: MetaTags, base: string | undefined): PageFacts {
  return shareCardFacts(tags, base, {
    title: "twitter:title",
    description: "twitter:description",
    image: ["twitter:image", "twitter:image:src"],
    imageAlt: "twitter:image:alt",
  });
}
