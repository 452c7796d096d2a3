import { attr, type Element } from "./_dom.js";

/**
 * Words in class names and ids that mark page furniture rather than story:
 * what every CMS names its share bars, newsletter boxes, ads, comment
 * threads, author boxes, navigation and footers. Matched as whole words of a
 * class name split at "-", "_" and camelCase humps, so "share-bar" and
 * "socialShare" match but "shareholder" does not.
 */
const FURNITURE_WORDS = new Set([
  "share",
  "sharing",
  "shares",
  "sharebar",
  "social",
  "newsletter",
  "newsletters",
  "subscribe",
  "subscription",
  "subscriptions",
  "signup",
  "promo",
  "promotion",
  "advert",
  "advertisement",
  "advertising",
  "ad",
  "ads",
  "adslot",
  "dfp",
  "sponsor",
  "sponsored",
  "related",
  "recommended",
  "recommendations",
  "recirculation",
  "recirc",
  "comment",
  "comments",
  "disqus",
  "sidebar",
  "widget",
  "breadcrumb",
  "breadcrumbs",
  "nav",
  "navbar",
  "navigation",
  "menu",
  "footer",
  "cookie",
  "cookies",
  "consent",
  "gdpr",
  "popup",
  "modal",
  "paywall",
  "byline",
  "bio",
  "author",
  "authors",
  "tags",
  "toolbar",
  "print",
  "outbrain",
  "taboola",
  "pagination",
  "pager",
  "skip",
  "trending",
  "popular",
  "mostread",
  "masthead",
  "donate",
  "donation",
  "cta",
  "banner",
  "alert",
  "jump",
  "toc",
  "meta",
  "dateline",
  "timestamp",
  "rating",
  "reactions",
  "follow",
  "embed",
  "tooltip",
  "hidden",
  "overlay",
]);

/** ARIA roles of regions that are not the story. */
const FURNITURE_ROLES = new Set([
  "navigation",
  "banner",
  "contentinfo",
  "complementary",
  "search",
  "menu",
  "menubar",
  "dialog",
  "alertdialog",
  "toolbar",
  "tablist",
  "tooltip",
]);

/** Elements that are furniture wherever they sit. */
const FURNITURE_TAGS = new Set(["nav", "aside", "footer", "header", "form", "button", "dialog", "select", "input", "label"]);

/** Screen-reader-only text ("Opens in a new window") and similar helpers. */
const HIDDEN_CLASS_NAMES = new Set([
  "sr-only",
  "visually-hidden",
  "screen-reader-text",
  "visuallyhidden",
  "a11y-hidden",
  "hide",
  "hidden",
  "invisible",
]);

export function classWords(element: Element): string[] {
  const names = `${attr(element, "class") ?? ""} ${attr(element, "id") ?? ""}`;
  if (!names.trim()) return [];
  const words: string[] = [];
  for (const name of names.split(/\s+/)) {
    if (!name) continue;
    for (const word of name
      .replace(/([a-z])([A-Z])/g, "$1 $2")
      .toLowerCase()
      .split(/[-_\s:.]+/))
      if (word) words.push(word);
  }
  return words;
}

export function classNames(element: Element): string[] {
  return (attr(element, "class") ?? "").toLowerCase().split(/\s+/).filter(Boolean);
}

/** Hidden from every reader: the `hidden` attribute, `aria-hidden`, an inline `display:none`, or a screen-reader-only class. */
export function isHidden(element: Element): boolean {
  if (attr(element, "hidden") !== undefined || attr(element, "aria-hidden") === "true") return true;
  const style = attr(element, "style")?.replace(/\s+/g, "").toLowerCase();
  if (style && (style.includes("display:none") || style.includes("visibility:hidden"))) return true;
  return classNames(element).some((name) => HIDDEN_CLASS_NAMES.has(name));
}

/** Why an element looks like furniture, or undefined when it does not. */
export function furnitureKind(element: Element): "tag" | "role" | "class" | undefined {
  if (FURNITURE_TAGS.has(element.tagName)) return "tag";
  const role = attr(element, "role")?.trim().toLowerCase();
  if (role && FURNITURE_ROLES.has(role)) return "role";
  if (classWords(element).some((word) => FURNITURE_WORDS.has(word))) return "class";
  return undefined;
}

/** Words that name a box of links to other stories. */
const RELATED_WORDS = new Set(["related", "recommended", "recommendations", "recirculation", "recirc", "more", "read", "further", "also"]);

export function looksRelated(element: Element): boolean {
  return classWords(element).some((word) => RELATED_WORDS.has(word));
}
