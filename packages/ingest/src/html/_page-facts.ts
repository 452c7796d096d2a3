import { type Author, LanguageTag } from "@dateline/schema";
import { normalizeDate } from "./_dates.js";
import { calendarDay } from "../_dates.js";
import {
  attr,
  BLOCK_TAGS,
  childElements,
  childNodes,
  contains,
  type Document,
  type Element,
  findAll,
  findFirst,
  collapse,
  HEADING_TAGS,
  isElement,
  isText,
  shortTexts,
  textOf,
  walk,
} from "./_dom.js";
import { listMarkPattern, NAME_JOIN } from "../steps/byline-labels.js";
import { bylineDate, isNameSuffix, leadsIn, namesOverRole, parseByline, parseMetaLine, peopleOfDatedByline } from "../steps/byline.js";
import {
  type DateLine,
  headerNumericDate,
  MAX_DATE_LINE_LENGTH,
  mayHoldDate,
  opensWithPageDateLabel,
  opensWithPublishedLabel,
  parseDateLine,
  printsPublishedDate,
} from "../steps/date-line.js";
import { isBylineText, isNamedBylineText, peopleFrom } from "./_authors.js";
import { MAX_CARD_TEXT, MAX_INLINE_ASCENT, type Measure, MIN_CARD_SHARE, paragraphWeight, type PageStats } from "./_content.js";
import { nameAloneOverDate } from "../steps/find-header.js";
import { opensAsBreadcrumb } from "../steps/headline.js";
import { opensWithSectionName } from "../steps/section-names.js";
import { isPersonName } from "../steps/person-name.js";
import { boxesItsNeighbours, MAX_FACTS_LINE_LENGTH } from "../steps/work-facts.js";
import type { PageFacts } from "./_facts.js";
import { COMMENTS_BOX_WORDS, classWords, furnitureKind, looksLikeCaption, looksRelated } from "./_furniture.js";
import { absoluteUrl } from "./_urls.js";

/** `<html lang>`: the language the page declares for all of its text. */
export function pageLanguage(document: Document): string | undefined {
  const html = findFirst(document, (el) => el.tagName === "html");
  return languageTag(html ? (attr(html, "lang") ?? attr(html, "xml:lang")) : undefined);
}

/** A language value as a BCP 47 tag ("en_US" → "en-US"), or undefined when it is none. */
export function languageTag(value: string | undefined): string | undefined {
  const tag = value?.trim().replace(/_/g, "-");
  return tag && LanguageTag.safeParse(tag).success ? tag : undefined;
}

/** `<link rel=canonical>`: the address the publisher gives the article. */
export function canonicalUrl(document: Document, base: string | undefined): string | undefined {
  const link = findFirst(
    document,
    (el) => el.tagName === "link" && (attr(el, "rel") ?? "").toLowerCase().split(/\s+/).includes("canonical"),
  );
  return link ? absoluteUrl(attr(link, "href"), base) : undefined;
}

/** `<base href>`, which relative links of the page resolve against. */
export function baseHref(document: Document, pageUrl: string | undefined): string | undefined {
  const base = findFirst(document, (el) => el.tagName === "base" && attr(el, "href") !== undefined);
  return (base && absoluteUrl(attr(base, "href"), pageUrl)) || pageUrl;
}

/**
 * `<time datetime>` in the story or its header: the visible date, trusted
 * after the metadata because a page shows other dates too (teasers,
 * comments); only those inside the story's own element count, and one marked
 * as an update gives `dateModified`.
 */
export function factsFromTimeElements(scope: Element): PageFacts {
  const facts: PageFacts = {};
  for (const time of findAll(
    scope,
    (el) =>
      el.tagName === "time" ||
      (el.tagName === "meta" && /^date(?:published|modified)$/i.test(attr(el, "itemprop") ?? "")) ||
      isMicroformatDate(el),
  )) {
    const date = normalizeDate(attr(time, "datetime") ?? attr(time, "content") ?? attr(time, "title"));
    // A comment's or another story's time inside the story's element dates that, not the page.
    if (!date || inCommentsOrTeasers(time, scope)) continue;
    const marks = [
      ...classWords(time),
      ...(attr(time, "itemprop") ?? "").toLowerCase().split(/\s+/),
      ...parents(time, 2).flatMap(classWords),
    ];
    const updated = marks.some((word) => /^(?:updated?|modified|datemodified|last)$/.test(word));
    if (updated) facts.dateModified ??= date;
    else facts.datePublished ??= date;
  }
  return facts;
}

/**
 * hAtom's and microformats2's published and updated dates ("<abbr class=published title=2025-03-14T08:30Z>14 March</abbr>",
 * `dt-published`), whose machine-readable value stands in `title` or `datetime`: the class alone is no date, but one
 * of these with a date in such a field is.
 */
function isMicroformatDate(element: Element): boolean {
  return (
    (attr(element, "title") !== undefined || attr(element, "datetime") !== undefined) &&
    classWords(element).some((word) => MICROFORMAT_DATE_WORDS.has(word))
  );
}
/** Class words of those dates: "dt-published" is read as its words, "dt" and "published". */
const MICROFORMAT_DATE_WORDS = new Set(["published", "updated"]);

/** A comment's element is named "comment" whole (see `COMMENTS_BOX_WORDS` for why the word alone names no box). */
const ONE_COMMENT_CLASS = "comment";
/**
 * Class words of a box of other stories. Narrower than `looksRelated`'s: its "more", "read" and "also" name a header's
 * own parts too ("date-read" beside "5 min read", "meta-more").
 */
const TEASER_BOX_WORDS = new Set(["related", "recommended", "recommendations", "recirculation", "recirc"]);

/** Whether an element stands in a box of readers' comments or of other stories inside the scope. */
function inCommentsOrTeasers(element: Element, scope: Element): boolean {
  for (let parent = element.parentNode; parent && parent !== scope && isElement(parent); parent = parent.parentNode)
    if (
      classWords(parent).some((word) => COMMENTS_BOX_WORDS.has(word) || TEASER_BOX_WORDS.has(word)) ||
      (attr(parent, "class") ?? "").split(/\s+/).includes(ONE_COMMENT_CLASS)
    )
      return true;
  return false;
}

/** Lines read for a visible date after the headline: a header's few, never the page's. */
const MAX_HEADER_LINES = 12;

/**
 * The date printed under the headline, for a page that gives no machine-readable one ("Published 4 March 2025",
 * "By Ada Lee | March 4, 2025", a `<time>` without `datetime`, "25/07/2025"): each line from the headline on is read as
 * the text reader reads a header's (a date line, a meta line, a byline with its date, a numeric date alone), up to the
 * story's first paragraph of prose, so that a date in the story, a teaser or a comment is never taken. Boxes of other
 * stories and furniture between the headline and the story are passed over. An "Updated" date is the modified one. The
 * people the line of the published date names are its authors (see `datedLinePeople`).
 */
export function factsFromVisibleDate(scope: Element, story: Element, stats: PageStats, headline: Element | undefined): PageFacts {
  const headlineAt = headline ? stats.of.get(headline)?.index : undefined;
  // Asked of every element before the headline: one walk up from it, not one per element (a deep headline after many
  // elements made that walk quadratic).
  const aboveHeadline = new Set(headline ? parents(headline, Number.POSITIVE_INFINITY) : []);
  const facts: PageFacts = {};
  let lines = 0;
  let done = false;
  // The published date is read: one more line, for its update.
  let underPublished = false;
  // Every short text read once, when first asked for, not a subtree walked per element (quadratic in nesting depth).
  let texts: Map<Element, string> | undefined;
  const textOrLong = (element: Element) => (texts ??= shortTexts(scope, MAX_CARD_TEXT)).get(element);
  const shortText = (element: Element) => textOrLong(element) ?? "";
  // A slashed or hyphenated date alone on its line ("25/07/2025") is read only under a headline, as the text reader reads
  // it (see `headerNumericDate`): over a page with none it is as often the site's today. With no page order to ask here,
  // only one whose numbers settle day and month is read. As the text reader does, it is kept for the end of the header:
  // a labelled date or a byline's further down ("Published 4 March 2025") says what the page's date is.
  let bareNumericDate: DateLine | undefined;
  const publish = (date: DateLine, line: string, above?: string) => {
    // Nothing is published after its update: a later date below an "Updated" line is an event's or a deadline's, unless
    // it is labelled as published (see `opensWithPublishedLabel`).
    const later = facts.dateModified !== undefined && calendarDay(date.iso) > calendarDay(facts.dateModified);
    if (later && !opensWithPublishedLabel(line)) return;
    facts.datePublished = date.iso;
    if (date.alsoModified) facts.dateModified ??= date.alsoModified;
    // The line that dates the page may name its writers before the date ("Ada Lee, 4 March 2025"), as the text reader
    // reads a header's dated line; an update's line names who updated it, not who wrote it. A name alone on the line
    // above the date's is a byline without a "By", split on two lines, as the text reader reads it (see `namesOverDate`).
    const people = datedLinePeople(line) ?? (above !== undefined && line !== "" ? nameAloneOverDate(above, line) : undefined);
    if (people) facts.authors = people;
  };
  // Under a lead-in ("Deadline:", "Event date:"), a date is the value of what it introduces, not the page's.
  let underLeadIn = false;
  // The line read before this one: a name over the date line, or over a job title, is read with it.
  let lineAbove: string | undefined;
  const take = (line: string, underHeadline = false, element?: Element) => {
    const afterLeadIn = underLeadIn;
    underLeadIn = leadsIn(line);
    const above = lineAbove;
    lineAbove = line;
    if (afterLeadIn && !opensWithPageDateLabel(line) && !parseByline(line)) return undefined;
    const date = headerLineDate(line);
    if (!date) {
      // A published date in a form not read ("Published: March 2026", "3 hours ago"), as the text reader asks of its header.
      if (printsPublishedDate(line)) facts.unreadPublishedDate = true;
      // A name with its job title ("Ada Lee, Senior Reporter", "Ada Lee<br>Senior Reporter", "Ada Lee" over "Senior
      // Reporter") signs the story as a byline without a "By" does; a dated line's names below still win.
      facts.authors ??=
        (element && partsWithRole(element)) ??
        namesOverRole(line, undefined) ??
        (above !== undefined ? namesOverRole(above, line) : undefined);
      const numeric = underHeadline ? headerNumericDate(line) : undefined;
      bareNumericDate ??= numeric;
      return numeric;
    }
    // A reviewed book's date in its box of facts is the book's.
    if (element && besideFactsBox(element, textOrLong)) return undefined;
    if (date.modified) facts.dateModified ??= date.iso;
    // Under a bare numeric date, an unlabelled one ("3 August 2025") is an event's, the numeric one printed first.
    else if (bareNumericDate && !opensWithPageDateLabel(line) && !parseByline(line)) publish(bareNumericDate, "");
    else publish(date, line, above);
    return date;
  };
  walk(scope, (node) => {
    if (done || !isElement(node)) return false;
    const measure = stats.of.get(node);
    if (!measure || isNoHeaderBox(node)) return false;
    if (headline && headlineAt !== undefined && measure.index <= headlineAt) return aboveHeadline.has(node);
    if (isDatedListing(node, stats, shortText) || isCaptionBox(node, measure, shortText)) return false;
    if (node.tagName === "dl") {
      for (const line of pageDateTerms(node, stats)) take(line);
      done = facts.datePublished !== undefined || ++lines >= MAX_HEADER_LINES;
      return false;
    }
    if (measure.ownText === 0 && !isLooseTime(node, aboveHeadline, stats)) return true;
    // Only a line short enough for a date line is read out: the page's measure says so without reading its text. A
    // wrapper of longer text is read for the line its loose words make (see `looseLine`).
    const short = measure.text <= MAX_DATE_LINE_LENGTH;
    const text = short ? textOf(node) : looseLine(node, measure, stats);
    if (underPublished) {
      // The line under the published date's is read for its update only ("Published 4 March 2025" over "Updated 6
      // March 2025"), then the header ends.
      const update = text === undefined ? undefined : headerLineDate(text);
      if (update?.modified) facts.dateModified ??= update.iso;
      done = true;
      return false;
    }
    if (text === undefined) lineAbove = undefined;
    const date = text === undefined ? undefined : take(text, headline !== undefined, short ? node : undefined);
    const storyText =
      !date && contains(story, node) && paragraphWeight(measure.ownText, measure.ownLinkText) > 0 && !isBylineText(text ?? "");
    done = storyText || ++lines >= MAX_HEADER_LINES;
    if (!done && facts.datePublished !== undefined) {
      // Its own elements are the published line's: the next line is read for an update unless the line gave one.
      underPublished = facts.dateModified === undefined;
      done = !underPublished;
      return false;
    }
    return !done;
  });
  const dayHeading = facts.datePublished === undefined && headline ? dayHeadingOver(headline, stats) : undefined;
  if (dayHeading) publish(dayHeading, "");
  else if (facts.datePublished === undefined && bareNumericDate) publish(bareNumericDate, "");
  return facts;
}

/**
 * The date a heading right over the headline says alone: a blog prints the day as a heading over that day's posts
 * ("<h2>Tuesday, 3 March 2026</h2><div class=post><h3>Title</h3>…"), and on a post's own page it heads that post
 * alone. Only a heading is read, and only a date line (see `parseDateLine`): a top bar's day over the page stands in
 * no heading, and a heading that says more is a section's or a kicker's.
 */
function dayHeadingOver(headline: Element, stats: PageStats): DateLine | undefined {
  const box = boxOver(headline, stats);
  if (!box || (stats.of.get(box)?.text ?? 0) > MAX_DATE_LINE_LENGTH) return undefined;
  const text = textOf(box).trim();
  // The heading itself, or a box whose text is all one heading's.
  const heading = HEADING_TAGS.has(box.tagName) ? box : findFirst(box, (el) => HEADING_TAGS.has(el.tagName));
  if (!heading || (heading !== box && textOf(heading).trim() !== text)) return undefined;
  // A day heads the posts under it, so it ranks as high as their titles at least: a lower heading over the title
  // ("<h3>Saturday, 14 March</h3><h1>Spring fair</h1>") is an event's day or a kicker, not the day it was posted.
  if (HEADING_TAGS.has(headline.tagName) && ranksBelow(heading, headline)) return undefined;
  return parseDateLine(text);
}

/** Whether one heading is of a lower rank than another ("h3" under "h1": the tag names sort as the levels do). */
function ranksBelow(heading: Element, other: Element): boolean {
  return heading.tagName > other.tagName;
}

/**
 * The box with text right before an element, in the page's order: its previous sibling, or its wrapper's when it opens
 * its wrapper (a post's `<div>` opening with its title). None when loose words stand between them.
 */
function boxOver(element: Element, stats: PageStats): Element | undefined {
  for (let child: Element = element, depth = 0; depth < MAX_WRAPPER_ASCENT; depth++) {
    const parent = child.parentNode;
    if (!parent || !isElement(parent) || parent.tagName === "body") return undefined;
    const siblings = childNodes(parent);
    for (let at = siblings.indexOf(child) - 1; at >= 0; at--) {
      const sibling = siblings[at]!;
      if (isText(sibling)) {
        if (sibling.value.trim() !== "") return undefined;
      } else if (isElement(sibling) && (stats.of.get(sibling)?.text ?? 0) > 0) return sibling;
    }
    child = parent;
  }
  return undefined;
}

/** Wrappers a post's title is looked out of for the box over it: a theme nests its post a few deep. */
const MAX_WRAPPER_ASCENT = 6;

/**
 * A wrapper's loose words (outside the blocks in it) as one line, when there are some and few enough for a date
 * line: an old theme sets its node's "Submitted by Ada Lee on 4 March 2025 - 14:22" as a `<span>` loose beside the
 * story's `<div>`, and the wrapper's text as a whole is the story's.
 */
function looseLine(wrapper: Element, measure: Measure, stats: PageStats): string | undefined {
  if (measure.ownText === 0 || measure.ownText > MAX_DATE_LINE_LENGTH) return undefined;
  return looseWordsBeside(wrapper, undefined, stats).line;
}

/**
 * A data list's terms with their values, each as one line ("Published" and "4 March 2025" as "Published 4 March
 * 2025"), read only under a term that names the page's own date: a `<dl>` under a headline is most often a thing's data
 * (a film's "Release date", an event's "Event date", a book's "Erscheinungsdatum"), and its value read alone would pass
 * for the page's date line. HTML lets a `<div>` group a term with its values.
 */
function pageDateTerms(list: Element, stats: PageStats): string[] {
  const lines: string[] = [];
  let term: string | undefined;
  for (const item of childElements(list).flatMap((child) => (child.tagName === "div" ? childElements(child) : [child]))) {
    const short = (stats.of.get(item)?.text ?? 0) <= MAX_DATE_LINE_LENGTH;
    if (item.tagName === "dt") term = short ? textOf(item).trim() : undefined;
    else if (item.tagName === "dd" && term !== undefined && short && opensWithPageDateLabel(term))
      lines.push(`${term} ${textOf(item).trim()}`);
  }
  return lines;
}

/**
 * A `<time>` set loose in a wrapper of the headline ("<article><h1>…</h1><time>4 March 2025</time>"): an inline
 * element, its text is measured as the wrapper's own, so it is read as a line of its own. One inside a line of other
 * words ("Festival <time>8 March 2026</time>, Harbour Hall") is that line's, read with it.
 */
function isLooseTime(element: Element, aboveHeadline: Set<Element>, stats: PageStats): boolean {
  if (element.tagName !== "time") return false;
  // Looked for no higher than inline elements nest in real text: a deep chain of <time>s makes each walk up quadratic.
  const owner = parents(element, MAX_INLINE_ASCENT).find((parent) => BLOCK_TAGS.has(parent.tagName));
  // Alone among the wrapper's loose words but links' (a section's, an author's): beside other words ("Festival on
  // <time>…", "<b>Deadline</b> <time>…") the time is theirs, an event's or a deadline's, and no line of its own.
  if (owner === undefined || !aboveHeadline.has(owner)) return false;
  const measure = stats.of.get(owner);
  // The wrapper's loose words cost a walk only when there are few enough of them to be a header's.
  if (measure === undefined || measure.ownText > MAX_DATE_LINE_LENGTH) return false;
  // Marks, icons and a byline may stand beside it ("By <a>Ada Lee</a> · <time>…"): only other words make it theirs.
  const { words, line } = looseWordsBeside(owner, element, stats);
  return !LETTER.test(words) || isBylineText(line);
}

/** A letter of any script: loose words beside a time, where marks, icons and figures are none. */
const LETTER = /\p{L}/u;

/**
 * A wrapper's loose text (its own, outside blocks in it), apart from one element in it if given: `words` outside links,
 * `line` with them.
 */
function looseWordsBeside(owner: Element, apart: Element | undefined, stats: PageStats): { words: string; line: string } {
  const words: string[] = [];
  const line: string[] = [];
  // No deeper than a text's owner is looked for (see `measurePage`): a deep chain of empty inline elements stays cheap.
  const read = (node: Element, inLink: boolean, depth: number) => {
    if (depth > MAX_INLINE_ASCENT) return;
    for (const child of childNodes(node)) {
      if (isText(child)) {
        line.push(child.value);
        if (!inLink) words.push(child.value);
      } else if (isElement(child) && child !== apart && !BLOCK_TAGS.has(child.tagName) && stats.of.has(child))
        read(child, inLink || child.tagName === "a", depth + 1);
    }
  };
  read(owner, false, 0);
  return { words: words.join(""), line: collapse(line.join("")) };
}

/** A list of other stories holds at least this many dated cards (a header has one date line, maybe with its update). */
const MIN_DATED_CARDS = 2;

/**
 * A list of other stories, each a link with its date ("<li><a>Pier reopens</a> 2 March 2025</li>", a box of a linked
 * title over a date, with no class to name it): children alike, each short, holding a link and a date and no prose.
 * The header's lines are not such a run: a byline's link and its date share one line, a category's link has no date.
 */
function isDatedListing(element: Element, stats: PageStats, shortText: (element: Element) => string): boolean {
  let cards = 0;
  let children = 0;
  for (const child of childElements(element)) {
    const measure = stats.of.get(child);
    if (!measure) continue;
    children++;
    if (measure.linkText > 0 && measure.prose === 0 && measure.text <= MAX_CARD_TEXT && isDatedCard(child, shortText(child))) cards++;
  }
  return cards >= MIN_DATED_CARDS && cards >= MIN_CARD_SHARE * children;
}

/**
 * A card's text: a linked title with a date beside it. A date that is itself the link ("<a href=/2025/03/04/>4 March
 * 2025</a>") or one under the page's own label ("Published", "Updated") is a header's date line, not another story's.
 */
function isDatedCard(card: Element, text: string): boolean {
  if (!mayHoldDate(text) || opensWithPageDateLabel(text)) return false;
  let elements = 0;
  let datedLink = false;
  walk(card, (node) => {
    if (!isElement(node) || datedLink || ++elements > MAX_CARD_ELEMENTS) return false;
    if (node.tagName === "a") datedLink = mayHoldDate(textOf(node));
    return !datedLink;
  });
  // A box of more elements than a teaser has is no card; counting stops there, so a deep chain is not walked per level.
  return !datedLink && elements <= MAX_CARD_ELEMENTS;
}
/** A teaser card's elements: a title's link, an excerpt, a date and their wrappers, a picture. */
const MAX_CARD_ELEMENTS = 40;

/** A link's target that is a picture file: a caption's photo links to its full size, an avatar to its author's page. */
const PICTURE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;

/** A picture wrapped in a link to a page, not to a picture file: an author's avatar. */
function isPageLinkedPicture(element: Element): boolean {
  return element.tagName === "a" && isPicture(element) && !PICTURE_FILE.test(attr(element, "href") ?? "");
}

/** Elements that show a picture. */
const PICTURE_TAGS = new Set(["img", "picture", "figure"]);

/** A picture as a child of a box: the element itself, or a link around it alone. */
function isPicture(element: Element): boolean {
  if (PICTURE_TAGS.has(element.tagName)) return true;
  const inner = element.tagName === "a" ? childElements(element) : [];
  return inner.length === 1 && PICTURE_TAGS.has(inner[0]!.tagName);
}

/**
 * A picture's box: one named as a caption or a credit, or a short box that holds a picture beside blocks of text (its
 * caption, "Taken 2 March 2025"), unmarked by a figure. A date line's icon sits inline in the line's own text, and an
 * author's picture beside the byline is a byline's box, so neither is one.
 */
function isCaptionBox(element: Element, measure: Measure, shortText: (element: Element) => string): boolean {
  if (isBylineMarked(element)) return false;
  // A box named as a credit may hold the story's own ("<div class=credits>By Ada Lee, 4 March 2025</div>").
  if (looksLikeCaption(element)) return !isBylineText(shortText(element));
  if (measure.ownText > 0 || measure.text > MAX_DATE_LINE_LENGTH) return false;
  const children = childElements(element);
  // An author's picture: beside a line that is a name alone ("Ada Lee", linked or not), or itself a link to a page.
  if (children.some((child) => isPersonName(shortText(child)) || isPageLinkedPicture(child))) return false;
  return children.some(isPicture) && !isBylineText(shortText(element));
}

/** Elements whose dates are not the page's: a data table's (an infobox's "Founded"), a figure's, furniture's but the header's. */
const NO_HEADER_TAGS = new Set(["table", "figure"]);

/** Whether an element between the headline and the story is no part of the header: see `NO_HEADER_TAGS`, `looksRelated`. */
function isNoHeaderBox(element: Element): boolean {
  return (
    NO_HEADER_TAGS.has(element.tagName) || looksRelated(element) || (furnitureKind(element) === "strong" && element.tagName !== "header")
  );
}

/**
 * A header's line read for its date, by the header walk and by the body's header-line step: a date line, a meta line
 * ("4 March 2025 · Travel"), or a byline with its date. Most lines hold no date, and `mayHoldDate` says so cheaply.
 */
export function headerLineDate(text: string): DateLine | undefined {
  if (!mayHoldDate(text)) return undefined;
  return parseDateLine(text, true) ?? parseMetaLine(text)?.date ?? (parseByline(text, true) ? bylineDate(text) : undefined);
}

/** The first `count` ancestors of an element, nearest first. */
function parents(element: Element, count: number): Element[] {
  const found: Element[] = [];
  let parent = element.parentNode;
  while (parent && "tagName" in parent && found.length < count) {
    found.push(parent);
    parent = parent.parentNode;
  }
  return found;
}

/** Class words and `rel`/`itemprop` values that mark the element holding a byline. */
const BYLINE_WORDS = new Set(["byline", "author", "authors", "writer", "contributor"]);

/** Whether an element's class, `rel` or `itemprop` marks it as holding a byline. */
function isBylineMarked(element: Element): boolean {
  const words = [...classWords(element), ...(attr(element, "rel") ?? "").split(/\s+/), ...(attr(element, "itemprop") ?? "").split(/\s+/)];
  return words.some((word) => BYLINE_WORDS.has(word.toLowerCase()));
}

/**
 * The visible byline around the headline, last in the chain: the page's
 * words for readers, so it needs cleaning ("By", roles, dates), and it is
 * looked for only beside the story, never in teasers or comments. An element
 * named as a byline, or a short line starting with "By".
 */
export function factsFromByline(scope: Element): PageFacts {
  // Every short text read once, not a subtree walked per element (quadratic in nesting depth).
  const texts = shortTexts(scope, MAX_BYLINE_ELEMENT_CHARS);
  const shortText = (el: Element) => texts.get(el) ?? "";
  // A commenter's or a teaser's byline names another piece's writer.
  const marked = findFirst(scope, (el) => isBylineMarked(el) && texts.has(el) && !inCommentsOrTeasers(el, scope));
  // An author's link inside the byline's line ("By <a rel=author>Ada Lee</a>, Jr.", "… and <a>Sam Ray</a>") is one of its
  // names: the line is read when the names go on after the link.
  const markedLine = marked && linkLine(marked, texts);
  const line =
    markedLine ??
    findFirst(
      scope,
      (el) =>
        (el.tagName === "p" || el.tagName === "div" || el.tagName === "span") &&
        isNamedBylineText(shortText(el)) &&
        !besideFactsBox(el, (sibling) => texts.get(sibling)) &&
        !inCommentsOrTeasers(el, scope),
    );
  // A wrapper of the byline and what follows it reads as one line ("By A and B Published: …", "By A Senior Reporter,
  // Valley Post"): the byline is its own line inside, unless the names go on past it ("<span>By A</span> <span>and
  // B</span>", "<span>By A,</span> <span>B</span>").
  let byline = line;
  for (let inner = line && innerByline(line, shortText); inner && line && !namesGoOn(inner, line); inner = innerByline(inner, shortText))
    byline = inner;
  // A name beside its job title in the byline's element ("<a>Ada Lee</a> <span>Senior Reporter</span>") names its author;
  // read as one line, the title would pass for more of the name.
  const authors = byline ? (partsWithRole(byline) ?? bylinePeople(textOf(byline))) : [];
  return authors.length > 0 ? { authors } : {};
}

/** How many elements on either side of a byline a box of a reviewed work's facts sets its facts line: title, author, publisher, length. */
const FACTS_BOX_REACH = 3;

/**
 * Whether an element stands in a box of a reviewed work's facts, as the text reader tells one (see work-facts.ts): a
 * sibling near it counts the work's pages or gives its ISBN ("THE LONG CROSSING" / "By Ada Lee" / "320 pp. Harbour
 * Press"). Its "By" names the book's author, not the review's.
 */
function besideFactsBox(element: Element, textOrLong: (el: Element) => string | undefined): boolean {
  const parent = element.parentNode;
  if (!parent) return false;
  const siblings = childElements(parent);
  const at = siblings.indexOf(element);
  // A box never crosses the story's headline, nor is one ("The Mueller report: 448 pages, annotated"), nor crosses a
  // paragraph of the story longer than any of its lines (undefined: longer than the short texts read).
  for (const step of [-1, 1])
    for (let i = at + step, n = 1; n <= FACTS_BOX_REACH && siblings[i] && !HEADING_TAGS.has(siblings[i]!.tagName); i += step, n++) {
      const text = textOrLong(siblings[i]!);
      if (text === undefined || text.length > MAX_FACTS_LINE_LENGTH) break;
      if (boxesItsNeighbours(text)) return true;
    }
  return false;
}

/**
 * The authors of an element that sets a name and its job title apart, in elements of their own or across a line break
 * ("<a>Ada Lee</a> <span>Senior Reporter</span>", "Ada Lee<br>Senior Reporter"), read as the text reader reads a name
 * over its job title (see `namesOverRole`). Undefined for an element of other parts.
 */
function partsWithRole(element: Element): Author[] | undefined {
  const parts: string[] = [""];
  for (const child of childNodes(element)) {
    if (isElement(child) && child.tagName === "br") parts.push("");
    else if (isElement(child)) parts.push(textOf(child), "");
    else if (isText(child)) parts[parts.length - 1] += child.value;
  }
  const lines = parts.map(collapse).filter((part) => part !== "");
  return lines.length === NAME_AND_ROLE_PARTS ? namesOverRole(lines[0]!, lines[1]) : undefined;
}

/** The parts of a name over its job title: the name, the title. */
const NAME_AND_ROLE_PARTS = 2;

/**
 * The authors a byline line names, read by the text reader's byline reader, so both readers give the same people and
 * wires ("By Ada Lee | Reuters", "Ada Lee | Sam Ray | 4 March 2025"): a dated line as a header's dated byline or meta
 * line ("Por Lucía Ortega | Madrid | 12 may 2025": a place, a section, the date are no names), then as a byline whose
 * markup vouches for a person in a field after the names with no date after it ("By Ada Lee · Sam Ray"). A line the
 * text reader reads no names on (one the markup alone calls a byline: "Ada Lee · Sam Ray", "March 3, 2025 | Ada Lee")
 * is split into names, unless it opens as a breadcrumb does ("Home | News | 4 March 2025", `opensAsBreadcrumb`).
 */
function bylinePeople(text: string): Author[] {
  const dated = mayHoldDate(text) ? datedLinePeople(text) : undefined;
  const read = dated ?? parseByline(text, undefined, true);
  if (read) return read;
  // Split by the markup alone, a field that opens with a section's name is the section's ("News | World | 4 March 2025").
  return opensAsBreadcrumb(text) ? [] : peopleFrom(text, true).filter((person) => !opensWithSectionName(person.name));
}

/**
 * The people a header's dated line names, as the text reader reads them: the names of a byline with its date or before
 * it ("By Ada Lee | 4 March 2025", "Ada Lee, 4 March 2025"), in full only, else a meta line's byline part; a place or a
 * paper before the date ("London, 4 March 2025", "Harbour Times, 4 March 2025") names no one.
 */
export function datedLinePeople(text: string): Author[] | undefined {
  return peopleOfDatedByline(text) ?? parseMetaLine(text)?.authors;
}

/**
 * The byline line a marked element stands in: its parent when the names go on after it there, else the element. The
 * markup vouches for the marked name only: an unlabelled parent is read for a suffix after it ("<a rel=author>Ada
 * Lee</a>, Jr."), not for what else a comma or "and" sets after it, a job title, a place, a headline or prose ("<a
 * rel=author>Ada Lee</a>, a nurse in Ohio, says …", "…</a> and others"); a labelled one is the text reader's to read.
 */
function linkLine(marked: Element, texts: ReadonlyMap<Element, string>): Element {
  const parent = marked.parentNode;
  if (!(parent && isElement(parent) && texts.has(parent) && namesGoOn(marked, parent))) return marked;
  const rest = textAfter(marked, parent);
  const suffixed = rest?.startsWith(",") && isNameSuffix(rest.slice(1).trim());
  return suffixed || isNamedBylineText(texts.get(parent) ?? "") ? parent : marked;
}

/** A child element of `element` that is a byline line of its own. */
function innerByline(element: Element, shortText: (el: Element) => string): Element | undefined {
  return childNodes(element).find((child): child is Element => isElement(child) && isNamedBylineText(shortText(child)));
}

/** A list's mark closing a byline line: its names go on after it ("<span>By Ada Lee,</span> <span>Sam Ray</span>"). */
const LIST_MARK_AT_END = /[,;&]\s*$/u;
/** Text after a byline line that opens with a list's mark or an "and": its names go on ("… <span>and Sam Ray</span>"). */
const NAMES_CONTINUE = new RegExp(`^(?:${listMarkPattern("[,;&]")}|${NAME_JOIN})`, "u");

/** Whether the names of a byline line inside a wrapper go on in the wrapper's text after it. */
function namesGoOn(inner: Element, wrapper: Element): boolean {
  if (LIST_MARK_AT_END.test(textOf(inner))) return true;
  const rest = textAfter(inner, wrapper);
  // One space before the rest, as the patterns want a join set apart.
  return rest !== undefined && NAMES_CONTINUE.test(` ${rest}`);
}

/** The wrapper's text after the inner element's, from its first letter or mark; undefined if the wrapper's lacks it. */
function textAfter(inner: Element, wrapper: Element): string | undefined {
  const innerText = textOf(inner);
  const wrapperText = textOf(wrapper);
  const at = wrapperText.indexOf(innerText);
  return at >= 0 ? wrapperText.slice(at + innerText.length).trimStart() : undefined;
}

/** A byline element holds a name or three, not an author's biography. */
const MAX_BYLINE_ELEMENT_CHARS = 160;
