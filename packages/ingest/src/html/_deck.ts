import { isBylineText, isName } from "./_authors.js";
import {
  ancestors,
  attr,
  BLOCK_TAGS,
  childElements,
  collapse,
  type Element,
  findFirst,
  HEADING_TAGS,
  isElement,
  type Node,
  textOf,
} from "./_dom.js";
import { classWords, furnitureKind, isHidden } from "./_furniture.js";

/**
 * Words in class names and ids that mean a story's deck (its standfirst, the sentence or two under the headline) on
 * sites in many languages: "sapo" and "chapo" are French newsrooms' words. A plural ("subtitles") names a list of
 * deck lines.
 */
const DECK_WORDS = new Set([
  "subtitle",
  "subtitles",
  "standfirst",
  "deck",
  "dek",
  "summary",
  "lead",
  "intro",
  "teaser",
  "sapo",
  "chapo",
  "strapline",
]);

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
 * The deck printed right under a story's headline: the first line below it, when its class names a deck, or when it
 * says what the page's own description says and is set apart from the story's paragraphs (followed by a byline, or by
 * no paragraph of its own). A short line in a plain paragraph that runs on into the story is the story's lead and
 * stays, even when the page's description quotes it, as many sites make their description of their first paragraph.
 */
export function findDeck(headline: Element | undefined, description: string | undefined): Deck | undefined {
  if (!headline) return undefined;
  const line = firstLineAfter(headline);
  if (!line) return undefined;
  const element =
    line.tagName === "li" && line.parentNode && isElement(line.parentNode) && LIST_TAGS.has(line.parentNode.tagName)
      ? line.parentNode
      : line;
  if (HEADING_TAGS.has(element.tagName) && element.tagName === headline.tagName) return undefined;
  const text = deckText(element);
  if (!text || text.length > MAX_DECK_CHARS || opensASection(element)) return undefined;
  if (classWords(element).some((word) => DECK_WORDS.has(word))) return { element, text };
  if (description && sameWords(text, description) && setApart(element)) return { element, text };
  return undefined;
}

/**
 * The first element under the headline, in reading order, that holds text and no block of its own: empty wrappers,
 * pictures, hidden and strong furniture elements are passed over.
 */
function firstLineAfter(headline: Element): Element | undefined {
  let steps = 0;
  let node: Node | undefined = nextAfter(headline);
  while (node && steps++ < MAX_STEPS) {
    if (!isElement(node) || PASSED_TAGS.has(node.tagName) || isHidden(node) || furnitureKind(node) === "strong" || !textOf(node)) {
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

/** Two texts of the same words: cases, white space and punctuation aside (a description drops a deck's end mark). */
function sameWords(a: string, b: string): boolean {
  const words = (text: string) => collapse(text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " "));
  return words(a) === words(b);
}

/**
 * A line set apart from the story under it: nothing follows it in its own container, or what does is a byline or a
 * name alone, or it is not set as a paragraph, as the story's are.
 */
function setApart(element: Element): boolean {
  if (element.tagName !== "p") return true;
  const siblings = element.parentNode ? childElements(element.parentNode) : [];
  const next = siblings[siblings.indexOf(element) + 1];
  if (!next) return true;
  const text = textOf(next);
  return isBylineText(text) || isName(text);
}
