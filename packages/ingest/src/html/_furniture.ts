import { attr, type Element, HEADING_TAGS, isElement } from "./_dom.js";

/**
 * Words in class names and ids that mark page furniture rather than story:
 * what CMSs name their share bars, newsletter boxes, ads, comment threads,
 * navigation and footers. Matched as whole words of a class name split at
 * "-", "_" and camelCase humps, so "share-bar" and "socialShare" match but
 * "shareholder" does not.
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
  "side",
  "rail",
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
  "overlay",
  "tooltip",
]);

/**
 * Words that name furniture on most sites but sometimes a part of the story
 * (an "embed" wrapper around a chart, a "meta" line that is a dek, a "bio"
 * that is the interview): such an element is left out only while it holds
 * little prose.
 */
const WEAK_FURNITURE_WORDS = new Set([
  "byline",
  "bio",
  "author",
  "authors",
  "tags",
  "tag",
  "toolbar",
  "print",
  "banner",
  "alert",
  "jump",
  "toc",
  "meta",
  "dateline",
  "timestamp",
  "date",
  "rating",
  "reactions",
  "likes",
  "follow",
  "embed",
  "hidden",
  "caption",
  "credit",
  "credits",
  "dek",
  "deck",
  "standfirst",
  "strapline",
  "subtitle",
  "kicker",
  "eyebrow",
  "disclaimer",
  "disclosure",
  "header",
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

/** Elements that are furniture wherever they sit, with AMP's ad slots (whose fallback text says "Advertisement"). */
const FURNITURE_TAGS = new Set([
  "nav",
  "aside",
  "footer",
  "header",
  "form",
  "button",
  "dialog",
  "select",
  "input",
  "label",
  "amp-ad",
  "amp-sticky-ad",
]);

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

/** Class words are asked for many times per element while a page is read. */
const wordsCache = new WeakMap<Element, string[]>();
const NO_WORDS: string[] = [];

export function classWords(element: Element): string[] {
  let words = wordsCache.get(element);
  if (!words) {
    words = splitClassWords(element);
    wordsCache.set(element, words);
  }
  return words;
}

function splitClassWords(element: Element): string[] {
  const className = attr(element, "class");
  const id = attr(element, "id");
  if (!className && !id) return NO_WORDS;
  return splitNames(`${className ?? ""} ${id ?? ""}`);
}

/** The words of class names or ids split at "-", "_", ":", "." and camelCase humps, lower-cased. */
function splitNames(names: string): string[] {
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
  if (element.attrs.length === 0) return false;
  if (attr(element, "hidden") !== undefined || attr(element, "aria-hidden") === "true") return true;
  const style = attr(element, "style")?.replace(/\s+/g, "").toLowerCase();
  if (style && (style.includes("display:none") || style.includes("visibility:hidden"))) return true;
  return classNames(element).some((name) => HIDDEN_CLASS_NAMES.has(name));
}

/**
 * Why an element looks like furniture: its tag, ARIA role or class name
 * ("strong"), or a class name that only counts while the element holds
 * little prose ("weak"); undefined when it does not.
 */
export function furnitureKind(element: Element): "strong" | "weak" | undefined {
  if (isPullQuote(element)) return undefined;
  if (isFurnitureRegion(element)) return "strong";
  // A heading's class and id say nothing against it: ids are made from its own words ("h-what-is-social-shopping"),
  // and a heading named "header-anchor" is still a heading of the story.
  if (HEADING_TAGS.has(element.tagName)) return undefined;
  // A heading's own link holds its words whatever weak name its class has (one naming the contents) and whatever its
  // id says (made of the heading's words, like the heading's); a strong name in its class ("comments", "share") still
  // marks a link of the page's, whose words read as a heading ("12 Comments") may end the story.
  if (isHeadingsOwnLink(element))
    return splitNames(attr(element, "class") ?? "").some((word) => FURNITURE_WORDS.has(word)) ? "strong" : undefined;
  const words = classWords(element);
  if (words.length === 0) return undefined;
  if (words.some((word) => FURNITURE_WORDS.has(word))) return "strong";
  if (words.some((word) => WEAK_FURNITURE_WORDS.has(word))) return "weak";
  return undefined;
}

/** Whether an element's tag or ARIA role (not its class) makes it a region of the page's furniture: a footer, an aside. */
export function isFurnitureRegion(element: Element): boolean {
  if (FURNITURE_TAGS.has(element.tagName)) return true;
  const role = attr(element, "role")?.trim().toLowerCase();
  return role !== undefined && FURNITURE_ROLES.has(role);
}

/**
 * A link set in a heading to a place in the same page, back to the list of contents or to the heading itself: it
 * holds the heading's own words, even where its class names the contents or an anchor, as a weak furniture name would.
 */
function isHeadingsOwnLink(element: Element): boolean {
  const parent = element.parentNode;
  return (
    element.tagName === "a" &&
    attr(element, "href")?.startsWith("#") === true &&
    parent !== null &&
    isElement(parent) &&
    HEADING_TAGS.has(parent.tagName)
  );
}

/**
 * Class words of a box of readers' comments. "comment" alone is not one: a header's "comment-meta" or an opinion
 * piece's "article--comment" wraps the story's own date; a comment's element is named "comment" whole.
 */
export const COMMENTS_BOX_WORDS: ReadonlySet<string> = new Set(["comments", "disqus"]);

/** Whether an element is named as a box of readers' comments. */
export function isCommentsBox(element: Element): boolean {
  return classWords(element).some((word) => COMMENTS_BOX_WORDS.has(word));
}

/** Words that name a box of links to other stories. */
const RELATED_WORDS = new Set(["related", "recommended", "recommendations", "recirculation", "recirc", "more", "read", "further", "also"]);

export function looksRelated(element: Element): boolean {
  return classWords(element).some((word) => RELATED_WORDS.has(word));
}

/**
 * Words that name a kicker: the few words of a topic set over a headline, or inside its `<h1>` in a span of their own
 * ("surtitre" is French newsrooms' word for it).
 */
const KICKER_WORDS = new Set(["kicker", "eyebrow", "overline", "supertitle", "surtitle", "surtitre", "topline"]);
/** First words of a class that says what an element holds or how it looks ("has-kicker", "with-eyebrow"), not what it is. */
const MODIFIER_PREFIXES = new Set(["has", "with", "is", "no"]);
/** The mark of a BEM modifier ("headline--kicker"): a variant of the element, not a kicker. */
const BEM_MODIFIER = "--";

/** Words a class name adds after what an element is, for its part or its shape ("standfirst-text", "deck__list"). */
const PART_WORDS = new Set(["text", "list", "content", "inner", "wrapper", "wrap", "container", "body"]);

/**
 * Whether one of an element's class names or its id names it as one of `words`: the name is the word or ends with it,
 * as a compound's head ("article-kicker", "c-standfirst"), maybe before a part's word ("standfirst-list"), or, where
 * `opening` allows, begins with it ("kicker-link", "eyebrowText"). A modifier's name ("has-kicker", "title--kicker")
 * and a style that merely holds the word ("text-kicker-size") name something else.
 */
export function isNamedAs(element: Element, words: ReadonlySet<string>, opening: boolean): boolean {
  const names = `${attr(element, "class") ?? ""} ${attr(element, "id") ?? ""}`.split(/\s+/);
  return names.some((name) => {
    if (!name || name.includes(BEM_MODIFIER)) return false;
    const parts = splitNames(name);
    const first = parts[0];
    if (first === undefined || MODIFIER_PREFIXES.has(first)) return false;
    let head = parts.length - 1;
    while (head > 0 && PART_WORDS.has(parts[head]!)) head--;
    return words.has(parts[head]!) || (opening && words.has(first));
  });
}

/**
 * Whether an element is named as a kicker: one of its class names or its id begins or ends with a kicker's word
 * ("kicker", "article-kicker", "kicker-link"; see `isNamedAs`).
 */
export function isKicker(element: Element): boolean {
  return isNamedAs(element, KICKER_WORDS, true);
}

/** Words that name a picture's caption or its credit. */
const CAPTION_WORDS = new Set(["caption", "captions", "figcaption", "credit", "credits"]);

/** Whether an element is named as a picture's caption or credit (a date in it is the picture's). */
export function looksLikeCaption(element: Element): boolean {
  return element.tagName === "figcaption" || classWords(element).some((word) => CAPTION_WORDS.has(word));
}

/** A pull quote, often an `<aside>`: set off from the story, but a part of it. */
export function isPullQuote(element: Element): boolean {
  const words = classWords(element);
  return words.includes("pullquote") || (words.includes("pull") && (words.includes("quote") || words.includes("out")));
}
