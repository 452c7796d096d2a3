import { measureOf, type PageStats } from "./_content.js";
import { ancestors, attr, BLOCK_TAGS, childElements, type Element, findFirst, HEADING_TAGS, isElement, type Node, textOf } from "./_dom.js";
import { furnitureKind, isNamedAs } from "./_furniture.js";

/**
 * Words in class names and ids that name a story's deck (its standfirst, the sentence or two under the headline) and
 * nothing else, on sites in many languages: "sapo" and "chapo" are French newsrooms' words. Broader names ("lead",
 * "intro", "summary", "teaser", "subtitle") are left out: pages give them to their story's first paragraph, to section
 * headings and to boxes of furniture as often as to a deck.
 */
const DECK_WORDS = new Set(["standfirst", "deck", "decks", "dek", "deks", "sapo", "chapo", "strapline"]);

/** Most characters of a deck: two or three sentences; longer text under a headline is the story's first paragraph. */
const MAX_DECK_CHARS = 400;
/** Most elements walked past the headline looking for the first line under it (wrappers, empty spacers, pictures). */
const MAX_STEPS = 40;
/** Elements passed over between a headline and its deck: a lead picture is often set between them. */
const PASSED_TAGS = new Set(["figure", "picture", "img", "hr"]);
/** The list elements a deck of several lines is set as. */
const LIST_TAGS = new Set(["ul", "ol"]);
/** Endings of a sentence, to join a list deck's lines as sentences. */
const SENTENCE_END = /[.!?…。！？]$/u;

/** A story's deck: the element that prints it (left out of the body) and its text (the article's description). */
export interface Deck {
  element: Element;
  text: string;
}

/**
 * The deck printed right under a story's headline: the first line below it, when its class names a deck and nothing
 * else (see `DECK_WORDS`). A line that only says what the page's description says is not taken: many sites make their
 * description of their first paragraph. Walking uses the page's measures (`stats`), so that text is read only for the
 * line chosen.
 */
export function findDeck(headline: Element | undefined, stats: PageStats): Deck | undefined {
  if (!headline) return undefined;
  const line = firstLineAfter(headline, stats);
  if (!line) return undefined;
  const element =
    line.tagName === "li" && line.parentNode && isElement(line.parentNode) && LIST_TAGS.has(line.parentNode.tagName)
      ? line.parentNode
      : line;
  if (HEADING_TAGS.has(element.tagName) && element.tagName === headline.tagName) return undefined;
  // The deck's word ends the name, as its head ("article-dek", "c-standfirst"); opening one, it names a part of
  // something else ("deck-photo", "sapo-logo").
  if (!isNamedAs(element, DECK_WORDS, false)) return undefined;
  if (measureOf(stats, element).text > MAX_DECK_CHARS || opensASection(element)) return undefined;
  const text = deckText(element);
  return text && text.length <= MAX_DECK_CHARS ? { element, text } : undefined;
}

/**
 * The first element under the headline, in reading order, that holds text and no block of its own: empty wrappers,
 * pictures, hidden and strong furniture elements are passed over.
 */
function firstLineAfter(headline: Element, stats: PageStats): Element | undefined {
  let steps = 0;
  let node: Node | undefined = nextAfter(headline);
  while (node && steps++ < MAX_STEPS) {
    // Hidden elements are not measured: their text counts as none.
    if (!isElement(node) || PASSED_TAGS.has(node.tagName) || measureOf(stats, node).text === 0 || furnitureKind(node) === "strong") {
      node = nextAfter(node);
      continue;
    }
    const blocks = childElements(node).filter((child) => BLOCK_TAGS.has(child.tagName));
    if (blocks.length === 0) return node;
    node = blocks[0];
  }
  return undefined;
}

/** The node after `node` in reading order that is not inside it: its next sibling, or its nearest ancestor's. */
function nextAfter(node: Node): Node | undefined {
  let current: Node | null = node;
  while (current && "parentNode" in current && current.parentNode) {
    const siblings: Node[] = current.parentNode.childNodes;
    const next = siblings[siblings.indexOf(current as never) + 1];
    if (next) return next;
    current = current.parentNode;
  }
  return undefined;
}

/**
 * A heading the page sets again further on, of the same tag and class: the first of the story's section headings (a
 * digest's first story), whatever its class says, as a page prints one deck.
 */
function opensASection(element: Element): boolean {
  const className = attr(element, "class");
  if (!HEADING_TAGS.has(element.tagName) || !className) return false;
  const page = ancestors(element).at(-1) ?? element;
  return (
    findFirst(page, (other) => other !== element && other.tagName === element.tagName && attr(other, "class") === className) !== undefined
  );
}

/** A deck's text: a list's lines joined as sentences, another element's text as a reader sees it. */
function deckText(element: Element): string {
  if (!LIST_TAGS.has(element.tagName)) return textOf(element);
  return childElements(element)
    .map((item) => textOf(item))
    .filter(Boolean)
    .map((item) => (SENTENCE_END.test(item) ? item : `${item}.`))
    .join(" ");
}
