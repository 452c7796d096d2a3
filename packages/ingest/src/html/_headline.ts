import { parseDateLine } from "../steps/date-line.js";
import { spacedWordCount, spacePieceCount, wordCount } from "../steps/word-count.js";
import {
  ancestors,
  attr,
  contains,
  type Document,
  type Element,
  findAll,
  findFirst,
  HEADING_TAGS,
  isElement,
  shortTexts,
  textOf,
  walk,
} from "./_dom.js";
import { nameLetters } from "./_authors.js";
import { isInPageMark } from "./_blocks.js";
import { isKicker } from "./_furniture.js";

/** Separators between a headline and the site or section name in a `<title>` or `og:title`. */
const TITLE_SEPARATORS = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " // ", " ~ ", " : "];
/**
 * A logo's name parts from a blog's post title by a bare colon too ("Rail Notes: Night trains return"); a site's name
 * known only from its tags or host does not, as a story's own title may open with a word and a colon ("Review: …").
 */
const LOGO_TITLE_SEPARATORS = [...TITLE_SEPARATORS, ": "];

/** Headline similarity, as the share of words two titles have in common. */
const MATCHING_TITLE = 0.6;
/** A headline has a few words; a whole paragraph in an `<h1>` is not one. */
const MAX_HEADLINE_WORDS = 40;

export interface HeadlineChoice {
  text: string;
  /** The visible element it was taken from, left out of the body. */
  element?: Element;
}

/**
 * The headline as readers see it: the `<h1>` (or a heading marked as the
 * title) that agrees with the page's metadata titles, or, when none agrees,
 * the first heading of the story. The metadata titles are written for share
 * cards and search results and often carry the site name, so they are only
 * used when the page shows no headline, with the site name cut off, or when
 * they all give one wording that the visible headline merely rewords. A page
 * that shows its title in a box of no heading has it read from that box.
 */
export function chooseHeadline(
  document: Document,
  storyRoot: Element,
  metaTitles: string[],
  siteNames: string[],
): HeadlineChoice | undefined {
  const h1s = findAll(document, (el) => el.tagName === "h1").slice(0, MAX_CANDIDATES);
  // The site's logo says its name, which a blog's `<title>` carries before the post's ("Rail Notes: Night trains return").
  const logos = logoNames(h1s);
  const cleanedTitles = metaTitles
    .map((title) => stripSiteName(stripSiteName(title, logos, [], LOGO_TITLE_SEPARATORS), siteNames))
    .filter(Boolean);
  const titleSimilarity = (element: Element) => {
    const text = headingText(element);
    return Math.max(0, ...cleanedTitles.map((title) => overlap(text, title)), ...metaTitles.map((title) => overlap(text, title)));
  };
  // A logo's link says nothing of the story; a front-page link that says what the metadata says is the story's title
  // (a one-page site, a link post), and with no metadata title there is nothing else to go by.
  const isLogo = (h1: Element) => isHomeLink(h1, headingText(h1)) && metaTitles.length > 0 && titleSimilarity(h1) < MATCHING_TITLE;
  const candidates = h1s.filter((h1) => isHeadlineCandidate(h1, siteNames) && !isLogo(h1));
  const aboveStory = new Set(ancestors(storyRoot));
  const isNear = (element: Element) => {
    // Inside the story, or under the same section as it (a headline in the header above the story column).
    for (const ancestor of ancestors(element))
      if (ancestor === storyRoot || (aboveStory.has(ancestor) && ancestor.tagName !== "body" && ancestor.tagName !== "html")) return true;
    return false;
  };
  // A visible headline loses only a known site name or a "| Section" label: a dash in it is part of the headline ("Review – a gripping thriller").
  const choose = (element: Element): HeadlineChoice => ({ text: stripSiteName(headingText(element), siteNames, [" | "]), element });
  // First, an <h1> that says what the metadata says: the strongest evidence, as two sources agree.
  let best: { element: Element; similarity: number } | undefined;
  for (const element of candidates) {
    const similarity = titleSimilarity(element);
    if (!best || similarity > best.similarity) best = { element, similarity };
  }
  // The <h1> of the site's name the metadata says alone, over the story's title in a lower heading.
  const storyTitle = best && titleUnderSiteName(document, storyRoot, best.element, cleanedTitles, isNear, siteNames);
  if (storyTitle) return choose(storyTitle);
  if (best && best.similarity >= MATCHING_TITLE) {
    // The same story: its wording is the one every metadata title gives, if they all give one.
    const agreed = agreedTitle(cleanedTitles, headingText(best.element));
    return agreed ? { text: agreed, element: best.element } : choose(best.element);
  }
  // A heading of another level that says what the metadata says (some themes title the story with an <h2>), looked for
  // only when no <h1> will do, and once: it walks the whole page.
  let found: { heading?: Element } | undefined;
  const sameAsMetadata = () => {
    found ??= {
      heading:
        cleanedTitles.length === 0
          ? undefined
          : findFirst(
              document,
              (el) => /^h[2-3]$/.test(el.tagName) && cleanedTitles.some((title) => overlap(headingText(el), title) >= SAME_TITLE),
            ),
    };
    return found.heading;
  };
  // Then the one <h1> of the page, or the one in or near the story: pages often retitle a story for search. An <h1> of
  // a label's few words ("Health Centre", "Travel News") names the section or the site, and the other heading, near the
  // story, is its title; a retitled headline has a headline's words, and the other heading is a section of its story.
  const near = candidates.filter(isNear);
  const labels = near.length > 0 ? near : candidates;
  if (labels.every((h1) => spacedWordCount(headingText(h1)) < MIN_RETITLED_HEADLINE_WORDS)) {
    const other = sameAsMetadata();
    // Only a heading over the story's prose titles it, and only one saying more than the label: under the prose it is
    // a section the search title happens to name ("How much tax will I pay?"), and taking it would cut the prose over it
    // from the body; a heading of as few words ("Live updates", "Key points") is the story's first section.
    if (
      other &&
      (candidates.length === 0 ||
        (isNear(other) &&
          isHeadlineCandidate(other, siteNames) &&
          headsStory(document, storyRoot, other) &&
          labels.every((h1) => spacedWordCount(headingText(h1)) < spacedWordCount(headingText(other)))))
    )
      return choose(other);
  }
  if (near.length > 0) return choose(near[0]!);
  if (candidates.length === 1) return choose(candidates[0]!);
  // No <h1> near the story and none alone elsewhere: the other heading wherever it stands, else the metadata title, from
  // the box that shows it when one does.
  const other = sameAsMetadata();
  if (other) return choose(other);
  if (cleanedTitles.length > 0) {
    const shown = shownTitle(
      document,
      storyRoot,
      cleanedTitles[0]!,
      (element) => isNear(element) && isHeadlineCandidate(element, siteNames),
    );
    return { text: cleanedTitles[0]!, ...(shown ? { element: shown } : {}) };
  }
  return candidates[0] ? choose(candidates[0]) : undefined;
}

/**
 * The headline a bold line set over the story's byline says (an old layout's "<b>Title</b><br>By Ada Lee<br>March 4,
 * 2025"), or undefined when the line is no headline and stays in the body. A line that says what the chosen headline
 * says shows that one again: the chosen heading, or the line's own words over a metadata title's. Otherwise it is the headline shown on the page, which beats a `<title>` of a few words
 * (the site's name alone, on such pages) but not a share tag's title nor a metadata title of a headline's words, nor a heading the page
 * sets as its title, under which the line is a deck or a kicker; a label's few words ("Local News") name a section, not
 * the story.
 */
export function headlineOverByline(
  line: string,
  chosen: HeadlineChoice | undefined,
  headingsAbove: readonly string[] = [],
  titledByShareTags = false,
): HeadlineChoice | undefined {
  // The same title: as the page shows it, if the choice was a metadata title's wording (which may carry the site's name).
  if (chosen && overlap(line, chosen.text) >= MATCHING_TITLE) return chosen.element ? chosen : { text: line };
  if (chosen?.element && HEADING_TAGS.has(chosen.element.tagName)) return undefined;
  // A metadata title of a headline's words, worded otherwise, is the story's title the page retitled: the line stays. So
  // is a share tag's title of any length (`titledByShareTags`): only a `<title>` of a few words may be the site's name.
  if (chosen && (titledByShareTags || spacedWordCount(chosen.text) >= MIN_RETITLED_HEADLINE_WORDS)) return undefined;
  // A heading of a headline's words above it in the story is the title the metadata missed, and the line its deck.
  if (headingsAbove.some((heading) => spacedWordCount(heading) >= MIN_RETITLED_HEADLINE_WORDS)) return undefined;
  return spacedWordCount(line) >= MIN_RETITLED_HEADLINE_WORDS ? { text: line } : undefined;
}

/**
 * The story's title set in an `<h2>` or `<h3>` under an `<h1>` of the site's name, on a page whose metadata says that
 * name alone in one title at least (an old theme's `<title>` is the site's on every page). The `<h1>` is the site's
 * when it is a label's few words that no other metadata title says and it stands apart from the story, as a link to
 * the front page or outside every wrapper of the story but the page's. The lower heading titles the story when it
 * heads the story's prose and says what another metadata title says, or, with none, a headline's words that are no
 * date (a blog's day heading over its post), under an `<h1>` that links to the front page or spells the site's address.
 * An `<h1>` of a short title near its story, over a deck in an `<h2>`, is the headline still.
 */
function titleUnderSiteName(
  document: Document,
  storyRoot: Element,
  h1: Element,
  cleanedTitles: readonly string[],
  isNear: (element: Element) => boolean,
  siteNames: string[],
): Element | undefined {
  const name = headingText(h1);
  if (spacedWordCount(name) >= MIN_RETITLED_HEADLINE_WORDS) return undefined;
  const said = normalize(name);
  const others = cleanedTitles.filter((title) => normalize(title) !== said);
  if (others.length === cleanedTitles.length || others.some((title) => overlap(title, name) >= MATCHING_TITLE)) return undefined;
  const linksHome = isHomeLink(h1, name);
  if (isNear(h1) && !linksHome) return undefined;
  // With no other title to go by, the <h1> may be the story's short title as well: it is the site's name when it links
  // to the front page or spells the site's address ("Bay Herald" of bayherald.example).
  const spellsSiteName = siteNames.some((site) => nameLetters(site) === nameLetters(name));
  if (others.length === 0 && !linksHome && !spellsSiteName) return undefined;
  const titles = (text: string) =>
    others.length > 0
      ? others.some((title) => overlap(text, title) >= SAME_TITLE)
      : spacedWordCount(text) >= MIN_RETITLED_HEADLINE_WORDS && !parseDateLine(text);
  const title = findFirst(
    document,
    (el) => LOWER_TITLE_TAGS.has(el.tagName) && isNear(el) && titles(headingText(el)) && isHeadlineCandidate(el, siteNames),
  );
  return title && headsStory(document, storyRoot, title) ? title : undefined;
}

/** The headings a theme titles its story with under an `<h1>` of the site's name. */
const LOWER_TITLE_TAGS = new Set(["h2", "h3"]);

/** A picture and its caption, which may say the title and never show it as the headline. */
const CAPTION_TAGS = new Set(["figure", "figcaption"]);

/**
 * The element that shows the metadata's title on a page that sets it in no heading (a styled `<div>`, `<p>` or
 * `<span>`): one whose whole text says the title's words, standing before the story's first paragraph and `fits` (near
 * the story, out of navigation). The last such is nearest the story (a breadcrumb's last step may say the title too);
 * of a wrapper and the element inside it that both say it, the wrapper. Read like an `<h1>`, it bounds the story's
 * header, where the byline and the date are looked for.
 */
function shownTitle(document: Document, storyRoot: Element, title: string, fits: (element: Element) => boolean): Element | undefined {
  const body = findFirst(document, (el) => el.tagName === "body");
  if (!body) return undefined;
  const wanted = normalize(title);
  // Every text as long as the title's, read in one pass: a text not in it is longer, and is neither the title nor empty.
  const texts = shortTexts(body, title.length);
  const firstParagraph = findFirst(storyRoot, (el) => el.tagName === "p" && texts.get(el) !== "");
  // A story of no <p> gives the walk no end: a box after the story that repeats the title (a share bar, a link to the
  // next story) would be taken, and the story above it cut from the body.
  if (!firstParagraph) return undefined;
  let shown: Element | undefined;
  let reached = false;
  walk(body, (node) => {
    if (reached || !isElement(node)) return false;
    reached = node === firstParagraph;
    // A picture's caption may repeat the title; taken, it would cut the lead picture from the body.
    if (CAPTION_TAGS.has(node.tagName)) return false;
    const text = texts.get(node);
    const says = text !== undefined && text !== "" && normalize(text) === wanted && fits(node);
    if (says) shown = node;
    // What is inside the element that says the title says no more.
    return !says;
  });
  return shown;
}

/**
 * The wording all the page's metadata titles give (JSON-LD, og:title,
 * twitter:title, <title>, site names cut off) when they agree and the
 * visible headline rewords the same story: the publisher typed the title
 * once for every machine-readable place, and the theme or page builder
 * retyped it for display. When one side is the other plus more words, the
 * extra is a label (a site or section name no rule could cut) or the tail a
 * site-name rule cut by mistake ("Review – a gripping thriller"), so the
 * visible headline stays.
 */
function agreedTitle(cleanedTitles: string[], visible: string): string | undefined {
  if (cleanedTitles.length < MIN_AGREEING_TITLES) return undefined;
  const wording = normalize(cleanedTitles[0]!);
  if (!cleanedTitles.every((title) => normalize(title) === wording)) return undefined;
  const shown = normalize(visible);
  if (wording === shown || extendsTitle(wording, shown) || extendsTitle(shown, wording)) return undefined;
  return cleanedTitles[0];
}

/** Whether `longer` is `shorter` with words added before or after it. */
function extendsTitle(longer: string, shorter: string): boolean {
  return longer.startsWith(`${shorter} `) || longer.endsWith(` ${shorter}`);
}

/** Agreement needs two sources at least: one title alone is just the title. */
const MIN_AGREEING_TITLES = 2;

/** A page has one headline; a hostile page with thousands of <h1>s is judged by its first few. */
const MAX_CANDIDATES = 20;

/** Fewest words of an `<h1>` that retitles its story: fewer name a section or the site ("Health Centre", "Travel News"). */
const MIN_RETITLED_HEADLINE_WORDS = 4;

/** Whether `heading` comes before the story's first paragraph with text, in the page's order. */
function headsStory(document: Document, storyRoot: Element, heading: Element): boolean {
  const first = findFirst(document, (el) => el === heading || (el.tagName === "p" && contains(storyRoot, el) && textOf(el).trim() !== ""));
  return first === heading;
}

/** A heading of another level stands in for the headline only when it says the same words. */
const SAME_TITLE = 0.9;

/** Fewest words of a headline left once its kicker is taken out: a single word left is the kicker's end, not a headline. */
const MIN_WORDS_PAST_KICKER = 2;

/**
 * A heading's words, without the marks it links to itself by (see `isInPageMark`), as its block in the story reads,
 * and without a kicker set in a span of its own inside it: a topic's words glued before the headline's. The kicker
 * stays when what is left is no longer than it or a single word: then the span holds the headline's own first words.
 */
function headingText(element: Element): string {
  const full = textOf(element, isInPageMark);
  const left = textOf(element, (el) => isInPageMark(el) || isKicker(el));
  const kickerChars = full.length - left.length;
  return left.length > kickerChars && wordCount(left) >= MIN_WORDS_PAST_KICKER ? left : full;
}

/** Not a logo (an `<h1>` that holds a picture or the site's name only), not in navigation, not too long. */
function isHeadlineCandidate(h1: Element, siteNames: string[]): boolean {
  const text = headingText(h1);
  if (!text || spacePieceCount(text) > MAX_HEADLINE_WORDS) return false;
  if (isSiteName(text, siteNames)) return false;
  return !ancestors(h1).some((a) => a.tagName === "nav" || attr(a, "role") === "navigation");
}

/** Whether a title says one of the site's names and nothing more. */
export function isSiteName(title: string, siteNames: readonly string[]): boolean {
  const said = normalize(title);
  return siteNames.some((name) => normalize(name) === said);
}

/** Relative links resolve against a stand-in origin: only the path matters here. */
const ANY_ORIGIN = "https://origin.invalid/";

/**
 * A heading that is wholly one link to the site's front page: the site's logo
 * or name, which many themes set in the `<h1>` on every page, with the story's
 * title in an `<h2>` below it, unless it says what the metadata says.
 */
function isHomeLink(heading: Element, text: string): boolean {
  const links = findAll(heading, (el) => el.tagName === "a");
  const href = links.length === 1 && textOf(links[0]!) === text ? attr(links[0]!, "href") : undefined;
  if (href === undefined) return false;
  try {
    const url = new URL(href, ANY_ORIGIN);
    return url.pathname === "/" && !url.search && !url.hash;
  } catch {
    return false;
  }
}

/** The words of the `<h1>`s that are the page's logo: wholly a link to the front page (see `isHomeLink`). */
function logoNames(h1s: readonly Element[]): string[] {
  const names: string[] = [];
  for (const h1 of h1s) {
    const text = headingText(h1);
    if (text !== "" && isHomeLink(h1, text)) names.push(text);
  }
  return names;
}

/** Most words of an unnamed part after a title's last separator that is cut as the site's or a section's name. */
const MAX_UNNAMED_SUFFIX_WORDS = 3;
/** Fewest words kept before that part for the cut: fewer may be the site's own name ("Harbour News | Sport"). */
const MIN_TITLE_BEFORE_SUFFIX_WORDS = 3;

/**
 * A title without the site or section name set off by a separator: a known
 * site name anywhere, an unknown one only after one of `unnamedSeparators`.
 */
export function stripSiteName(
  title: string,
  siteNames: string[],
  unnamedSeparators = [" | ", " - ", " – ", " — "],
  separators = TITLE_SEPARATORS,
): string {
  let text = title.trim();
  for (const name of siteNames) {
    for (const separator of separators) {
      const suffix = `${separator}${name}`;
      if (text.toLowerCase().endsWith(suffix.toLowerCase())) text = text.slice(0, -suffix.length).trim();
      const prefix = `${name}${separator}`;
      if (text.toLowerCase().startsWith(prefix.toLowerCase())) text = text.slice(prefix.length).trim();
    }
  }
  // An unnamed suffix: the last part after " | " is a site or section name when it is short.
  for (const separator of unnamedSeparators) {
    const at = text.lastIndexOf(separator);
    if (at > 0) {
      const tail = text.slice(at + separator.length);
      if (spacePieceCount(tail) <= MAX_UNNAMED_SUFFIX_WORDS && spacePieceCount(text.slice(0, at)) >= MIN_TITLE_BEFORE_SUFFIX_WORDS)
        text = text.slice(0, at).trim();
    }
  }
  return text;
}

export function normalize(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The share of the words of the longer title found in the other one (0 to 1). */
export function overlap(a: string, b: string): number {
  const wordsA = normalize(a).split(" ").filter(Boolean);
  const wordsB = normalize(b).split(" ").filter(Boolean);
  if (wordsA.length === 0 || wordsB.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const word of wordsB) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of wordsA) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(word, left - 1);
    }
  }
  return shared / Math.max(wordsA.length, wordsB.length);
}
