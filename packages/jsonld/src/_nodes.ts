import {
  articleKey,
  contentHash,
  type Article,
  type Author,
  type Figure,
  type ImageRef,
  type Organization as OrganizationData,
} from "@dateline/schema";
import type { ImageObject, Organization, Person } from "schema-dts";

/** Builds the `@id` of one node of an article's description, or undefined when the node goes without one. */
export type IdMaker = (name: string) => string | undefined;

/** The URL in normal form without its fragment, so `https://rte.ie` and `https://rte.ie/` give one id. */
function withoutFragment(url: string): string {
  const parsed = new URL(url);
  parsed.hash = "";
  return parsed.href;
}

/**
 * Node ids are fragments of the article URL (`…/story#article`), so every
 * page that describes the same story names its nodes the same way. Without a
 * URL there is no IRI to hang them on: `@id` must be an IRI, and the article's
 * `id` ("harbour-ferry-2025-06") is only a relative reference that JSON-LD
 * processors resolve against whatever page embeds it. A graph then uses blank
 * nodes, labelled with a hash of `articleKey` so they stay the same from run
 * to run and differ between articles; a single nested object needs no ids.
 */
export function articleIds(article: Article, needed: boolean): IdMaker {
  if (article.url) {
    const base = withoutFragment(article.url);
    return (name) => `${base}#${name}`;
  }
  if (!needed) return () => undefined;
  const label = `_:dateline-${contentHash(articleKey(article))}`;
  return (name) => `${label}-${name}`;
}

/** The lead figure when it shows a picture; a caption-only figure (a copied page lost the picture) has nothing to point at. */
export function leadImage(article: Article): (Figure & { image: ImageRef }) | undefined {
  const figure = article.image;
  return figure?.image ? { ...figure, image: figure.image } : undefined;
}

export function imageNode(figure: Figure & { image: ImageRef }, id: string | undefined): ImageObject {
  return {
    "@type": "ImageObject",
    ...(id ? { "@id": id } : {}),
    url: figure.image.url,
    caption: figure.caption,
    ...(figure.credit ? { creditText: figure.credit } : {}),
  };
}

/** An organisation is named by its own site (`https://rte.ie/#organization`), so the publisher and an author with the same URL are one node. */
export function organizationId(organization: OrganizationData, fallback: string | undefined): string | undefined {
  return organization.url ? `${withoutFragment(organization.url)}#organization` : fallback;
}

export function organizationNode(organization: OrganizationData, id: string | undefined): Organization {
  return {
    "@type": "Organization",
    ...(id ? { "@id": id } : {}),
    name: organization.name,
    ...(organization.url ? { url: organization.url } : {}),
    ...(organization.logo ? { logo: { "@type": "ImageObject", url: organization.logo } } : {}),
  };
}

export function authorId(author: Author, fallback: string | undefined): string | undefined {
  if (author.type === "Organization") return organizationId(author, fallback);
  return author.url ? `${withoutFragment(author.url)}#person` : fallback;
}

export function authorNode(author: Author, id: string | undefined): Person | Organization {
  if (author.type === "Organization") return organizationNode(author, id);
  return {
    "@type": "Person",
    ...(id ? { "@id": id } : {}),
    name: author.name,
    ...(author.url ? { url: author.url } : {}),
  };
}
