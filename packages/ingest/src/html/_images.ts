import { attr, childElements, type Element, findAll, findFirst } from "./_dom.js";
import { absoluteUrl } from "./_urls.js";

/** Attributes lazy-loading scripts read the real picture from; `src` then holds a placeholder. */
const LAZY_SOURCE_ATTRIBUTES = ["data-src", "data-lazy-src", "data-original", "data-url", "data-hi-res-src", "data-full-src", "data-lazy"];
const LAZY_SRCSET_ATTRIBUTES = ["data-srcset", "data-lazy-srcset"];

/**
 * The picture an `<img>` (or a `<picture>`, or a figure holding either)
 * shows, as an absolute http(s) URL: a lazy-loading attribute first (the
 * `src` of a lazy image is a placeholder), then `src`, then the widest
 * `srcset` candidate, then a `<source>` of a `<picture>`. `data:` URLs are
 * placeholders or inline bytes, never a picture to refer to.
 */
export function imageUrl(element: Element, base: string | undefined): string | undefined {
  const img = element.tagName === "img" ? element : findFirst(element, (el) => el.tagName === "img");
  if (img) {
    for (const name of LAZY_SOURCE_ATTRIBUTES) {
      const url = absoluteUrl(attr(img, name), base);
      if (url) return url;
    }
    for (const name of LAZY_SRCSET_ATTRIBUTES) {
      const url = absoluteUrl(widestCandidate(attr(img, name)), base);
      if (url) return url;
    }
    const src = absoluteUrl(attr(img, "src"), base);
    if (src) return src;
    const fromSrcset = absoluteUrl(widestCandidate(attr(img, "srcset")), base);
    if (fromSrcset) return fromSrcset;
  }
  const picture = element.tagName === "picture" ? element : findFirst(element, (el) => el.tagName === "picture");
  for (const source of picture ? childElements(picture).filter((el) => el.tagName === "source") : []) {
    const url = absoluteUrl(widestCandidate(attr(source, "srcset") ?? attr(source, "data-srcset")), base);
    if (url) return url;
  }
  return undefined;
}

export function imageAlt(element: Element): string | undefined {
  const img = element.tagName === "img" ? element : findAll(element, (el) => el.tagName === "img")[0];
  const alt = img ? attr(img, "alt")?.replace(/\s+/g, " ").trim() : undefined;
  return alt || undefined;
}

/**
 * The URL of the widest candidate of a `srcset` ("a.jpg 480w, b.jpg 960w" or
 * "a.jpg, b.jpg 2x"), read as the HTML standard splits it: a URL runs to the
 * next white space, so commas inside URLs stay.
 */
export function widestCandidate(srcset: string | undefined): string | undefined {
  if (!srcset) return undefined;
  let best: string | undefined;
  let bestSize = -1;
  let position = 0;
  while (position < srcset.length) {
    while (position < srcset.length && /[\s,]/.test(srcset[position]!)) position++;
    if (position >= srcset.length) break;
    let end = position;
    while (end < srcset.length && !/\s/.test(srcset[end]!)) end++;
    let url = srcset.slice(position, end);
    position = end;
    let descriptor = "";
    if (url.endsWith(",")) url = url.replace(/,+$/, "");
    else {
      const comma = srcset.indexOf(",", position);
      descriptor = srcset.slice(position, comma < 0 ? srcset.length : comma).trim();
      position = comma < 0 ? srcset.length : comma + 1;
    }
    const size = descriptorSize(descriptor);
    if (url && size > bestSize) {
      best = url;
      bestSize = size;
    }
  }
  return best;
}

/** "960w" → 960, "2x" → 2 (densities rank below any width, which never matters: a srcset uses one kind), none → 1. */
function descriptorSize(descriptor: string): number {
  const match = /^(\d+(?:\.\d+)?)([wx])$/i.exec(descriptor.split(/\s+/)[0] ?? "");
  return match ? Number(match[1]) : 1;
}

/** Every address an `<img>` (or the `<source>`s of its `<picture>`) names for its picture, in any size. */
export function candidateUrls(img: Element, base: string | undefined): string[] {
  const values: string[] = [];
  for (const name of [...LAZY_SOURCE_ATTRIBUTES, "src"]) {
    const value = attr(img, name);
    if (value) values.push(value);
  }
  const sources =
    img.parentNode && "tagName" in img.parentNode && img.parentNode.tagName === "picture"
      ? childElements(img.parentNode).filter((el) => el.tagName === "source")
      : [];
  for (const element of [img, ...sources]) {
    for (const name of ["srcset", ...LAZY_SRCSET_ATTRIBUTES]) {
      for (const candidate of (attr(element, name) ?? "").split(",")) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) values.push(url);
      }
    }
  }
  return values.map((value) => absoluteUrl(value, base)).filter((url): url is string => url !== undefined);
}
