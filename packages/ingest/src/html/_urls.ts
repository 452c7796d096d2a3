import { z } from "zod";

/**
 * An absolute http(s) URL for a link or picture, resolved against the page's
 * address; anything else (`javascript:`, `data:`, `mailto:`, a fragment, a
 * relative link on a page whose address is unknown) is no URL.
 */
export function absoluteUrl(value: string | undefined, base: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed || trimmed.startsWith("#")) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  // The schema's HttpUrl test, without a schema parse per link: a page has hundreds of links.
  return z.regexes.domain.test(url.hostname) ? url.href : undefined;
}

/** The host of an address without a leading "www.", or undefined. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, "") || undefined;
  } catch {
    return undefined;
  }
}
