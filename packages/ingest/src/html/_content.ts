import {
  attr,
  BLOCK_TAGS,
  childNodes,
  type Element,
  findAll,
  findFirst,
  HEADING_TAGS,
  INVISIBLE_TAGS,
  isElement,
  isText,
  type Node,
  textOf,
  walk,
} from "./_dom.js";
import { furnitureKind, isCommentsBox, isFurnitureRegion, isHidden } from "./_furniture.js";

/** What one pass over the page knows of a visible element. */
export interface Measure {
  /** Position in document order. */
  index: number;
  /** Characters of visible text inside the element. */
  text: number;
  /** Characters of that text inside links. */
  linkText: number;
  /** The weight of the prose paragraphs inside it (see {@link paragraphWeight}). */
  prose: number;
  /** The same, counting nothing inside furniture. */
  cleanProse: number;
  /** Text and link text of the element's own inline content (as a paragraph). */
  ownText: number;
  ownLinkText: number;
}

export interface PageStats {
  /** Every visible element of the page's body; hidden ones are not in it. */
  of: Map<Element, Measure>;
  hidden: Set<Element>;
  /** Elements that are page furniture (see {@link isFurniture}). */
  furniture: Set<Element>;
}

/** A paragraph shorter than this is a label, a button or a date, not prose. */
const MIN_PARAGRAPH_CHARS = 25;
/** A block more than this share of whose text is links is a list of links, not prose. */
const MAX_PROSE_LINK_SHARE = 0.4;
/** Inline elements nest a few levels in real text; a text node's owning block is looked for no higher. */
export const MAX_INLINE_ASCENT = 64;

const NOTHING: Measure = { index: -1, text: 0, linkText: 0, prose: 0, cleanProse: 0, ownText: 0, ownLinkText: 0 };

export function measureOf(stats: PageStats, element: Element): Measure {
  return stats.of.get(element) ?? NOTHING;
}

/**
 * One pass over the page: for each text, the block that owns it (its nearest
 * block-level ancestor); for each block, how much prose it holds; summed up
 * the tree so that any element knows the prose inside it.
 */
export function measurePage(root: Element): PageStats {
  const of = new Map<Element, Measure>();
  const hidden = new Set<Element>();
  const elements: Element[] = [root];
  of.set(root, { index: 0, text: 0, linkText: 0, prose: 0, cleanProse: 0, ownText: 0, ownLinkText: 0 });
  walk(root, (node) => {
    if (isElement(node)) {
      if (INVISIBLE_TAGS.has(node.tagName) || isHidden(node)) {
        hidden.add(node);
        return false;
      }
      of.set(node, { index: elements.length, text: 0, linkText: 0, prose: 0, cleanProse: 0, ownText: 0, ownLinkText: 0 });
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
      const measure = owner ? of.get(owner) : undefined;
      if (!measure) return true;
      measure.ownText += length;
      if (inLink) measure.ownLinkText += length;
    }
    return true;
  });
  for (let i = elements.length - 1; i >= 0; i--) {
    const element = elements[i]!;
    const measure = of.get(element)!;
    measure.text += measure.ownText;
    measure.linkText += measure.ownLinkText;
    // A link wrapped around blocks (a teaser card's <a><h3>title</h3></a>) makes all of their text link text;
    // a picture's caption in a link to the full-size picture stays story text.
    if (isLinkAway(element) && measure.linkText < measure.text && !findFirst(element, (el) => el.tagName === "figure"))
      measure.linkText = measure.text;
    measure.prose += paragraphWeight(measure.ownText, measure.ownLinkText);
    const parent = element === root ? undefined : of.get(element.parentNode as Element);
    if (!parent) continue;
    parent.text += measure.text;
    parent.linkText += measure.linkText;
    parent.prose += measure.prose;
  }
  const stats: PageStats = { of, hidden, furniture: new Set<Element>() };
  const pageProse = measureOf(stats, root).prose;
  for (const element of elements) if (isFurniture(element, stats, pageProse)) stats.furniture.add(element);
  for (let i = elements.length - 1; i >= 0; i--) {
    const element = elements[i]!;
    const measure = of.get(element)!;
    measure.cleanProse += paragraphWeight(measure.ownText, measure.ownLinkText);
    const parent = element === root || stats.furniture.has(element) ? undefined : of.get(element.parentNode as Element);
    if (parent) parent.cleanProse += measure.cleanProse;
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
function isFurniture(element: Element, stats: PageStats, pageProse: number): boolean {
  const prose = measureOf(stats, element).prose;
  if (prose >= FURNITURE_MAX_SHARE * pageProse && prose > 0) return false;
  const kind = furnitureKind(element);
  if (kind === "strong" || (kind === "weak" && prose < WEAK_FURNITURE_MAX_PROSE)) return true;
  return isListing(element, stats);
}

/** A listing has at least this many story cards among its children… */
const MIN_CARDS = 3;
/** …which make up at least this share of its children. */
export const MIN_CARD_SHARE = 0.5;
/** A card is short: a title, maybe an excerpt and a date. */
export const MAX_CARD_TEXT = 500;
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
function isListing(element: Element, stats: PageStats): boolean {
  let cards = 0;
  let children = 0;
  for (const child of childNodes(element)) {
    if (!isElement(child)) continue;
    const measure = stats.of.get(child);
    if (!measure) continue;
    children++;
    if (!CARD_TAGS.has(child.tagName)) continue;
    const { text, linkText } = measure;
    if (text === 0 || text > MAX_CARD_TEXT || linkText < MIN_CARD_TITLE || linkText < MIN_CARD_LINK_SHARE * text) continue;
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
/**
 * …unless the element's own paragraphs before that child hold this share of its prose: then they open the story, and
 * the child is a part of it (its folded second half, a gallery, a long table), not all of it. A wrapper's few lines of
 * its own (a standfirst) hold far less, and its notes after the story (a disclaimer) open nothing.
 */
const OWN_PARAGRAPHS_TO_STAY = 0.1;
/**
 * …and they are at least this many: a single paragraph before the story's element is as often a teaser, a promo line
 * or a long standfirst as the story's first.
 */
const MIN_OPENING_PARAGRAPHS = 2;
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

export function findStoryRoot(body: Element, stats: PageStats, pageTitles: readonly string[] = []): Element {
  const useClean = measureOf(stats, body).cleanProse >= MIN_CLEAN_SHARE * measureOf(stats, body).prose;
  const proseOf = (element: Element) => (useClean ? measureOf(stats, element).cleanProse : measureOf(stats, element).prose);
  let node = body;
  for (;;) {
    const total = proseOf(node);
    if (total === 0) return node;
    const story = storyArticleOverFollowers(node, stats, proseOf, pageTitles);
    if (story) {
      node = story;
      continue;
    }
    let best: Element | undefined;
    let bestProse = 0;
    // The element's own paragraphs so far, and those before the best child: a story's opening, not a footer's notes.
    const own = { prose: 0, count: 0 };
    let opening = { ...own };
    for (const child of childNodes(node)) {
      if (!isElement(child) || stats.hidden.has(child)) continue;
      // A paragraph named as furniture (a promo line, a cookie notice) opens nothing.
      if (useClean && stats.furniture.has(child)) continue;
      const value = proseOf(child);
      if (child.tagName === "p" && value > 0) {
        own.prose += value;
        own.count++;
      }
      if (TEXT_BLOCK_TAGS.has(child.tagName)) continue;
      if (value > bestProse) {
        best = child;
        bestProse = value;
        opening = { ...own };
      }
    }
    if (!best || bestProse < SHARE_TO_DESCEND * total) return node;
    // Paragraphs before a child holding the headline stand above it (a notice, a tagline): the story leaves them out, and
    // staying would only take in what the element holds after the story.
    const opens =
      opening.count >= MIN_OPENING_PARAGRAPHS &&
      opening.prose >= OWN_PARAGRAPHS_TO_STAY * total &&
      !findFirst(best, (element) => element.tagName === "h1");
    if (opens) return node;
    node = best;
  }
}

/** A story's own `<article>` holds at least this much prose (two short paragraphs) to stand apart from what follows it. */
const MIN_STORY_ARTICLE_PROSE = 200;
/**
 * What follows a story holds at most this many other stories (`<article>`s with an `<h1>`): the next one a page appends.
 * A live blog's entries or a section front's teasers, each an `<article>` with an `<h1>`, are many, and the first is
 * not the page's story.
 */
const MAX_FOLLOWING_STORIES = 1;

const isTopHeading = (element: Element) => element.tagName === "h1";
const isStoryArticle = (element: Element) => element.tagName === "article" && findFirst(element, isTopHeading) !== undefined;
const normalTitle = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();

/**
 * The `<article>` child that holds the page's headline (an `<h1>` its title or og:title repeats) and its own prose, when
 * everything after it that holds prose follows a story rather than continues it: the page's footer or an aside (by tag
 * or role), a comment thread (named so, and holding more prose than a short story and so trusted as prose), or the next story a page appends as the reader
 * scrolls (an `<article>` with its own `<h1>`). Either can outweigh the story and draw the descent into it, or leave
 * the story's parent as its root. A short `<article>` whose `<h1>` the title does not name (a breaking-news box over
 * the story) is not the story; nor is a body that a class name with a furniture word ("has-inline-ads") marks.
 */
function storyArticleOverFollowers(
  node: Element,
  stats: PageStats,
  proseOf: (element: Element) => number,
  pageTitles: readonly string[],
): Element | undefined {
  let story: Element | undefined;
  let followed = false;
  let stories = 0;
  for (const child of childNodes(node)) {
    if (!isElement(child) || stats.hidden.has(child)) continue;
    if (!story) {
      if (child.tagName === "article" && proseOf(child) >= MIN_STORY_ARTICLE_PROSE && namesPageHeadline(child, pageTitles)) story = child;
      continue;
    }
    if (proseOf(child) === 0) continue;
    const others = findAll(child, isStoryArticle).length;
    if (others === 0 && !isCommentsBox(child) && !isFurnitureRegion(child)) return undefined;
    stories += others;
    followed = true;
  }
  return followed && stories <= MAX_FOLLOWING_STORIES ? story : undefined;
}

/** Whether an element's first `<h1>` is the page's headline: one of its titles holds its words. */
function namesPageHeadline(element: Element, pageTitles: readonly string[]): boolean {
  const heading = findFirst(element, isTopHeading);
  const words = heading && normalTitle(textOf(heading));
  return Boolean(words) && pageTitles.some((title) => normalTitle(title).includes(words as string));
}

export function isBefore(stats: PageStats, a: Node, b: Element): boolean {
  if (!isElement(a)) return false;
  const at = stats.of.get(a)?.index;
  const bt = stats.of.get(b)?.index;
  return at !== undefined && bt !== undefined && at < bt;
}

/**
 * A teaser card for another story set between a story's paragraphs: one link away around the card's title (a heading)
 * and its one excerpt (a paragraph), short as a card is, and alone. Its excerpt is prose by its markup, but another
 * story's words; a link around a heading and several paragraphs wraps a part of the story, and cards set one after
 * another are the story's own entries (a listicle's, a briefing's items, a book's linked chapters).
 */
export function isLinkedCard(element: Element, stats: PageStats): boolean {
  if (!isCardLink(element, stats)) return false;
  let unit: Element = element;
  while (unit.parentNode && isElement(unit.parentNode) && onlyElementChild(unit.parentNode) === unit) unit = unit.parentNode;
  const siblings = unit.parentNode ? childNodes(unit.parentNode).filter(isElement) : [];
  const at = siblings.indexOf(unit);
  return ![siblings[at - 1], siblings[at + 1]].some((sibling) => sibling !== undefined && holdsCardAlone(sibling, stats));
}

/** One link away of at most a card's text around a heading and exactly one paragraph. */
function isCardLink(element: Element, stats: PageStats): boolean {
  if (!isLinkAway(element) || measureOf(stats, element).text > MAX_CARD_TEXT) return false;
  const paragraphs = findAll(element, (inner) => inner.tagName === "p").length;
  return paragraphs === 1 && findFirst(element, (inner) => HEADING_TAGS.has(inner.tagName)) !== undefined;
}

/** Whether an element is a card link, or wraps one as its only element child at every level (a card's own box). */
function holdsCardAlone(element: Element, stats: PageStats): boolean {
  let inner: Element | undefined = element;
  while (inner && inner.tagName !== "a") inner = onlyElementChild(inner);
  return inner !== undefined && isCardLink(inner, stats);
}

function onlyElementChild(element: Element): Element | undefined {
  const children = childNodes(element).filter(isElement);
  return children.length === 1 ? children[0] : undefined;
}

/**
 * A link that leads away from the text: an `<a>` with an address other than a place in the page. An anchor (`<a
 * name="q1">`, `<a href="#q1" id="q1">`) wrapped around an FAQ's question and answer marks a place to link to.
 */
function isLinkAway(element: Element): boolean {
  if (element.tagName !== "a") return false;
  const href = attr(element, "href")?.trim();
  return href !== undefined && href !== "" && !href.startsWith("#");
}
