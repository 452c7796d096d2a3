import { BLOCK_TAGS, childNodes, type Element, INVISIBLE_TAGS, isElement, isText, type Node, walk } from "./_dom.js";
import { furnitureKind, isHidden } from "./_furniture.js";

/** What is known of every visible element after one pass over the page. */
export interface PageStats {
  /** Elements in document order. */
  order: Map<Element, number>;
  /** Characters of visible text inside each element. */
  text: Map<Element, number>;
  /** Characters of that text inside links. */
  linkText: Map<Element, number>;
  /** The weight of prose paragraphs inside each element (see {@link paragraphWeight}). */
  prose: Map<Element, number>;
  /** The same, counting nothing inside furniture. */
  cleanProse: Map<Element, number>;
  hidden: Set<Element>;
  /** Elements that are page furniture (see {@link isFurniture}). */
  furniture: Set<Element>;
}

/** A paragraph shorter than this is a label, a button or a date, not prose. */
const MIN_PARAGRAPH_CHARS = 25;
/** A block more than this share of whose text is links is a list of links, not prose. */
const MAX_PROSE_LINK_SHARE = 0.4;
/** Inline elements nest a few levels in real text; a text node's owning block is looked for no higher. */
const MAX_INLINE_ASCENT = 64;

/**
 * One pass over the page: for each text, the block that owns it (its nearest
 * block-level ancestor); for each block, how much prose it holds; summed up
 * the tree so that any element knows the prose inside it.
 */
export function measurePage(root: Element): PageStats {
  const order = new Map<Element, number>();
  const hidden = new Set<Element>();
  const ownText = new Map<Element, number>();
  const ownLinkText = new Map<Element, number>();
  const elements: Element[] = [];
  walk(root, (node) => {
    if (isElement(node)) {
      if (INVISIBLE_TAGS.has(node.tagName) || isHidden(node)) {
        hidden.add(node);
        return false;
      }
      order.set(node, elements.length);
      elements.push(node);
      return true;
    }
    if (isText(node)) {
      const length = visibleLength(node.value);
      if (length === 0) return true;
      let owner = node.parentNode as Element | null;
      let inLink = false;
      for (let step = 0; owner && isElement(owner) && step < MAX_INLINE_ASCENT; step++) {
        if (owner.tagName === "a") inLink = true;
        if (BLOCK_TAGS.has(owner.tagName) || owner === root) break;
        owner = owner.parentNode as Element | null;
      }
      if (!owner || !isElement(owner)) return true;
      ownText.set(owner, (ownText.get(owner) ?? 0) + length);
      if (inLink) ownLinkText.set(owner, (ownLinkText.get(owner) ?? 0) + length);
    }
    return true;
  });
  const text = new Map<Element, number>();
  const linkText = new Map<Element, number>();
  const prose = new Map<Element, number>();
  const ownProse = new Map<Element, number>();
  for (let i = elements.length - 1; i >= 0; i--) {
    const element = elements[i]!;
    const own = ownText.get(element) ?? 0;
    const ownLinks = ownLinkText.get(element) ?? 0;
    const weight = paragraphWeight(own, ownLinks);
    ownProse.set(element, weight);
    text.set(element, (text.get(element) ?? 0) + own);
    linkText.set(element, (linkText.get(element) ?? 0) + ownLinks);
    prose.set(element, (prose.get(element) ?? 0) + weight);
    const parent = element.parentNode;
    if (!parent || !isElement(parent) || element === root) continue;
    text.set(parent, (text.get(parent) ?? 0) + text.get(element)!);
    linkText.set(parent, (linkText.get(parent) ?? 0) + linkText.get(element)!);
    prose.set(parent, (prose.get(parent) ?? 0) + prose.get(element)!);
  }
  const stats = { order, text, linkText, prose, cleanProse: new Map<Element, number>(), hidden, furniture: new Set<Element>() };
  const pageProse = prose.get(root) ?? 0;
  for (const element of elements) if (isFurniture(element, stats, pageProse)) stats.furniture.add(element);
  for (let i = elements.length - 1; i >= 0; i--) {
    const element = elements[i]!;
    const clean = (stats.cleanProse.get(element) ?? 0) + (ownProse.get(element) ?? 0);
    stats.cleanProse.set(element, clean);
    const parent = element.parentNode;
    if (!parent || !isElement(parent) || element === root || stats.furniture.has(element)) continue;
    stats.cleanProse.set(parent, (stats.cleanProse.get(parent) ?? 0) + clean);
  }
  return stats;
}

/** No element holding this share of the page's prose is furniture, whatever its name: it is the story in a badly named wrapper. */
const FURNITURE_MAX_SHARE = 0.5;
/** An element with a weak furniture name is furniture only while it holds less prose than this (about two short paragraphs). */
const WEAK_FURNITURE_MAX_PROSE = 400;

/**
 * Furniture: an element named as furniture (tag, role or class), or a
 * listing of story cards, unless it holds half of the page's prose.
 */
function isFurniture(element: Element, stats: Omit<PageStats, "furniture" | "cleanProse">, pageProse: number): boolean {
  const prose = stats.prose.get(element) ?? 0;
  if (prose >= FURNITURE_MAX_SHARE * pageProse && prose > 0) return false;
  const kind = furnitureKind(element);
  if (kind === "strong" || (kind === "weak" && prose < WEAK_FURNITURE_MAX_PROSE)) return true;
  return isListing(element, stats);
}

/** A listing has at least this many story cards among its children… */
const MIN_CARDS = 3;
/** …which make up at least this share of its children. */
const MIN_CARD_SHARE = 0.5;
/** A card is short: a title, maybe an excerpt and a date. */
const MAX_CARD_TEXT = 500;
/** A card's title is a link of at least this many characters… */
const MIN_CARD_TITLE = 15;
/** …and its links are at least this share of its text (an excerpt under a linked title). */
const MIN_CARD_LINK_SHARE = 0.2;
const CARD_TAGS = new Set(["div", "li", "article", "section"]);

/**
 * A grid or list of story cards (related stories, "more from", a post list):
 * several children alike, each a short block led by a linked title. The
 * paragraphs of a story are not cards: they are `<p>`s, and their links are
 * a small part of their text.
 */
function isListing(element: Element, stats: Omit<PageStats, "furniture" | "cleanProse">): boolean {
  let cards = 0;
  let children = 0;
  for (const child of childNodes(element)) {
    if (!isElement(child) || stats.hidden.has(child)) continue;
    children++;
    if (!CARD_TAGS.has(child.tagName)) continue;
    const text = stats.text.get(child) ?? 0;
    const links = stats.linkText.get(child) ?? 0;
    if (text === 0 || text > MAX_CARD_TEXT || links < MIN_CARD_TITLE || links < MIN_CARD_LINK_SHARE * text) continue;
    cards++;
  }
  return cards >= MIN_CARDS && cards >= MIN_CARD_SHARE * children;
}

/** Characters that are not white space. */
function visibleLength(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code > 32 && code !== 0xa0) count++;
  }
  return count;
}

/** A paragraph's prose: its words outside links, when it is long enough to be prose and not mostly links. */
export function paragraphWeight(chars: number, linkChars: number): number {
  if (chars < MIN_PARAGRAPH_CHARS || linkChars > chars * MAX_PROSE_LINK_SHARE) return 0;
  return chars - linkChars;
}

/**
 * Go down from the body while one child holds nearly all the prose of its
 * parent: the story is the smallest element that holds it whole. Furniture
 * (comments, related boxes) does not count, unless the page marks its whole
 * story with such a name and nothing else is left.
 */
const SHARE_TO_DESCEND = 0.8;
/** When furniture-looking elements hold more than this share of the prose, class names are not trusted. */
const MIN_CLEAN_SHARE = 0.3;

/** The story is never a single paragraph, list or quote: the element holding them is, with their figures and headings. */
const TEXT_BLOCK_TAGS = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "ul",
  "ol",
  "li",
  "blockquote",
  "pre",
  "figure",
  "dl",
  "dd",
  "dt",
  "figcaption",
]);

export function findStoryRoot(body: Element, stats: PageStats): Element {
  const useClean = (stats.cleanProse.get(body) ?? 0) >= MIN_CLEAN_SHARE * (stats.prose.get(body) ?? 0);
  const proseOf = (element: Element) => (useClean ? stats.cleanProse : stats.prose).get(element) ?? 0;
  let node = body;
  for (;;) {
    const total = proseOf(node);
    if (total === 0) return node;
    let best: Element | undefined;
    let bestProse = 0;
    for (const child of childNodes(node)) {
      if (!isElement(child) || stats.hidden.has(child) || TEXT_BLOCK_TAGS.has(child.tagName)) continue;
      if (useClean && stats.furniture.has(child)) continue;
      const value = proseOf(child);
      if (value > bestProse) {
        best = child;
        bestProse = value;
      }
    }
    if (!best || bestProse < SHARE_TO_DESCEND * total) return node;
    node = best;
  }
}

export function isBefore(stats: PageStats, a: Node, b: Element): boolean {
  if (!isElement(a)) return false;
  const at = stats.order.get(a);
  const bt = stats.order.get(b);
  return at !== undefined && bt !== undefined && at < bt;
}
