import {
  type Article,
  type ArticleMeta,
  type Author,
  type Block,
  DatelineError,
  type Figure,
  type Organization,
  type ParagraphBlock,
  type RelatedLink,
  SCHEMA_VERSION,
  blockText,
  safeParseArticle,
} from "@dateline/schema";
import { decodeHTML } from "entities";
import { calendarDay, publishedOrUpdated, updateAfter } from "../_dates.js";
import { parseMeta } from "../meta.js";
import { BlockMapper, blocksFromNode, brokenLines } from "./_blocks.js";
import { findStoryRoot, isBefore, isLinkedCard, measureOf, measurePage, type PageStats } from "./_content.js";
import { decodeHtml } from "./_decode.js";
import { withoutEntryFooter, withoutPictureCounters } from "./_entry-furniture.js";
import { findDeck } from "./_deck.js";
import { DEFAULT_MAX_BYTES } from "../steps/decode.js";
import { type ProseEvidence, proseBeliesLanguage, proseEvidence } from "../steps/language.js";
import {
  ancestors,
  type Document,
  BYTES_PER_ELEMENT,
  contains,
  type Element,
  findAll,
  findFirst,
  HEADING_TAGS,
  isElement,
  parseDocument,
  parseHtmlFragment,
  textOf,
} from "./_dom.js";
import { isReadingTime, isReadOnPrompt, isRelatedLabel, isSectionEnd, isToolBar, MAX_CONTROL_LINE_LENGTH } from "../steps/boilerplate.js";
import { isJobTitleLine, isReportingFromLine, nameOverDateLine, namesOverRole, parseByline } from "../steps/byline.js";
import { MAX_DATE_LINE_LENGTH, mayHoldDate, parseDateLine } from "../steps/date-line.js";
import { nameAloneOverDate } from "../steps/find-header.js";
import { isBylineText, withoutSiteAuthors } from "./_authors.js";
import { firstOf, type PageFacts } from "./_facts.js";
import { isHidden, looksRelated } from "./_furniture.js";
import { chooseHeadline, type HeadlineChoice, headlineOverByline, isSiteName } from "./_headline.js";
import { candidateUrls } from "./_images.js";
import { factsFromJsonLd } from "./_json-ld.js";
import { collectMetaTags } from "./_meta-tags.js";
import { factsFromMetaNames } from "./_meta-names.js";
import { factsFromOpenGraph } from "./_open-graph.js";
import {
  baseHref,
  canonicalUrl,
  factsFromByline,
  factsFromTimeElements,
  factsFromVisibleDate,
  datedLinePeople,
  headerLineDate,
  languageTag,
  pageLanguage,
} from "./_page-facts.js";
import { factsFromTwitterCard } from "./_twitter-card.js";
import { absoluteUrl, hostOf } from "./_urls.js";
import { makesBox } from "../steps/work-facts.js";

export interface FromHtmlOptions {
  /** The page's address: relative links resolve against it, and it is the article's `url` when the page names no canonical one. */
  url?: string;
  /** Metadata the page lacks or gets wrong; its fields win. */
  meta?: ArticleMeta;
  /** The charset the page was served with (HTTP `Content-Type`); a BOM still wins. */
  encoding?: string;
  /** Name of the input, for error messages. */
  source?: string;
  /** Refuse pages larger than this many bytes (default 10 MB). */
  maxBytes?: number;
}

/**
 * An HTML page → a schema-valid article. The page is parsed by parse5 as a
 * browser would (nothing runs, nothing is fetched); metadata comes from the
 * page's JSON-LD, OpenGraph, Twitter card and meta tags in that order of
 * trust; the story is the smallest element that holds the page's prose, mapped
 * to blocks without its furniture.
 */
export function fromHtml(input: string | Uint8Array, options: FromHtmlOptions = {}): Article {
  const where = options.source ? { source: options.source } : {};
  const meta = options.meta ? parseMeta(options.meta, options.source) : {};
  const html = decodeHtml(input, options);
  const document = parseDocument(html, { maxElements: Math.floor((options.maxBytes ?? DEFAULT_MAX_BYTES) / BYTES_PER_ELEMENT), ...where });
  // Relative links resolve against the address given, else the one the page gives itself (a saved page keeps its canonical link).
  const pageUrl = absoluteUrl(options.url ?? meta.url, undefined) ?? canonicalUrl(document, undefined);
  const base = baseHref(document, pageUrl);

  const tags = collectMetaTags(document);
  const jsonLd = factsFromJsonLd(document, base);
  const openGraph = factsFromOpenGraph(tags, base);
  const twitter = factsFromTwitterCard(tags, base);
  const names = factsFromMetaNames(tags);

  const body = findFirst(document, (el) => el.tagName === "body");
  if (!body) throw noArticle(where, "the page has no body");
  const stats = measurePage(body);
  const titleElement = findFirst(document, (el) => el.tagName === "title");
  const metaTitles = [jsonLd.headline, openGraph.headline, twitter.headline, titleElement ? textOf(titleElement) : undefined].filter(
    (t): t is string => Boolean(t),
  );
  const root = findStoryRoot(body, stats, metaTitles);

  const host = hostOf(base);
  // A host's name without its top-level domain ("gazette" of gazette.example) is how many sites sign their titles.
  const hostName = host?.split(".").slice(0, -1).join(".");
  const siteNames = [jsonLd.publisher?.name, openGraph.siteName, host, hostName].filter((name): name is string => Boolean(name));
  const headline = chooseHeadline(document, root, metaTitles, siteNames);
  const header = headline?.element && !contains(root, headline.element) ? commonScope(headline.element, root) : root;
  const sources = [jsonLd, openGraph, twitter, names, factsFromTimeElements(header), factsFromByline(header)];
  // An author named as the site yields to the people any other source names (see `withoutSiteAuthors`).
  const known = firstOf(...sources.map((source) => withoutSiteAuthors(source, siteNames)), ...sources);
  // A page that gives no machine-readable date may still print one under its headline, and one that names no author may
  // name them on that line ("Ada Lee, 4 March 2025"): only then is it looked for, and on a page its metadata dates only
  // the line's people are taken.
  const visible = known.datePublished && known.authors ? {} : factsFromVisibleDate(header, root, stats, headline?.element);
  const found = firstOf(known, known.datePublished ? (visible.authors ? { authors: visible.authors } : {}) : visible);
  // The deck under the headline is the story's description (when its metadata gives none), not its body; but a page
  // whose words under the headline are mostly its deck (a brief, perhaps signed with a credit line: "(Reuters)",
  // "Avec AFP") keeps them as its body.
  const named = findDeck(headline?.element, stats);
  const withoutDeck = storyBlocks(root, stats, base, headline?.element, named?.element);
  const deck = !named || textLength(withoutDeck) > named.text.length ? named : undefined;
  const story = named && !deck ? storyBlocks(root, stats, base, headline?.element, undefined) : withoutDeck;
  // An old layout parts its header's lines by breaks alone, in the story's first paragraph: read last, as visible text.
  // A share tag's title (JSON-LD's, Open Graph's, Twitter's) names the story, however short, unless it is the site's name.
  const titledByShareTags = [jsonLd.headline, openGraph.headline, twitter.headline].some(
    (title) => title !== undefined && title !== "" && !isSiteName(title, siteNames),
  );
  const top = brokenHeader(story, (line, above) => headlineOverByline(line, headline, above, titledByShareTags));
  const facts = firstOf(found, top.facts);
  const authors = meta.authors ?? facts.authors ?? [];
  const shown = BODY_STEPS.reduce((done, step) => step(done, authors), top.blocks);
  let blocks = shownOrStructured(shown, jsonLd.articleBody, base);
  const lead = leadFigure(meta.image, facts.image, blocks, shownLeadFigure(facts.image, document, base));
  blocks = lead.blocks;

  const title = meta.headline ?? (top.headline ?? headline)?.text;
  if (!title) throw noArticle(where, "found no headline: no <h1>, og:title or <title>");
  if (!hasText(blocks)) throw noArticle(where, "found a headline but no article text");

  const url = meta.url ?? canonicalUrl(document, base) ?? facts.url ?? pageUrl;
  const datePublished =
    meta.datePublished ?? publishedOrUpdated(facts.datePublished, facts.unreadPublishedDate ? undefined : facts.dateModified);
  const paragraphs = blocks.flatMap((block) => (block.type === "paragraph" ? [block.text] : []));
  // A page's declared language its prose belies (`lang="en"` over a Korean or a French story) is a template's default.
  let prose: ProseEvidence | undefined;
  const declared = (tag: string | undefined) => (tag && !proseBeliesLanguage(tag, (prose ??= proseEvidence(paragraphs))) ? tag : undefined);
  const article = definedFields({
    version: SCHEMA_VERSION,
    id: meta.id,
    url,
    headline: title,
    description: meta.description ?? facts.description ?? deck?.text,
    image: lead.image,
    authors: meta.authors ?? facts.authors,
    publisher: meta.publisher ?? publisherOf(facts, openGraph.siteName, url ?? base),
    datePublished,
    dateModified: meta.dateModified ?? updateAfter(datePublished, facts.dateModified),
    inLanguage:
      meta.inLanguage ??
      declared(languageTag(jsonLd.inLanguage)) ??
      declared(pageLanguage(document)) ??
      declared(languageTag(openGraph.inLanguage)) ??
      declared(languageTag(names.inLanguage)) ??
      // A page that names no language (an old one) is read like a copied page: by its stop words.
      (prose ?? proseEvidence(paragraphs)).detected.code,
    section: meta.section ?? facts.section,
    keywords: meta.keywords ?? facts.keywords,
    body: blocks,
  }) as Article;
  // Page metadata is untrusted text; the article is checked once as a whole rather than field by field.
  const checked = safeParseArticle(article, where);
  if (!checked.success) throw checked.error;
  return checked.article;
}

/**
 * An HTML fragment (a feed item's content, raw HTML in Markdown) → blocks,
 * the same mapping `fromHtml` uses for a page's story. Hidden elements,
 * scripts and forms are left out; relative links resolve against `baseUrl`
 * and are dropped without it.
 */
export function htmlToBlocks(fragmentHtml: string, options: { baseUrl?: string } = {}): Block[] {
  const fragment = parseHtmlFragment(fragmentHtml);
  return blocksFromNode(fragment, { ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}), skip: isHidden });
}

/** Fewest characters of a JSON-LD `articleBody` that may stand in for the page's story: a shorter one is a summary. */
const MIN_STRUCTURED_BODY_CHARS = 600;
/** The share of the `articleBody`'s characters the story shown on the page must hold to be kept. */
const MIN_SHOWN_SHARE = 0.5;
/** Markup in an `articleBody` (some sites put the story's HTML there): read as a fragment, not as lines of text. */
const MARKUP = /<\/?(?:p|br|div|h[1-6]|ul|ol|li|blockquote|strong|em|a)\b/i;

/**
 * The story shown on the page, or the one its JSON-LD gives (`articleBody`) when the page shows less than half of
 * it: a page that renders its story with a script ships a shell ("Loading…") and the text only in its structured data.
 * A page showing most of it keeps its own blocks, which hold headings, lists and figures that plain text cannot.
 */
function shownOrStructured(shown: Block[], articleBody: string | undefined, base: string | undefined): Block[] {
  if (!articleBody || articleBody.length < MIN_STRUCTURED_BODY_CHARS) return shown;
  // Its text is no longer than its source: a page showing half of that keeps its story without parsing it.
  const shownChars = charsOf(shown);
  if (shownChars >= MIN_SHOWN_SHARE * articleBody.length) return shown;
  const structured = MARKUP.test(articleBody) ? htmlToBlocks(articleBody, base ? { baseUrl: base } : {}) : articleText(articleBody);
  const structuredChars = charsOf(structured);
  if (structuredChars < MIN_STRUCTURED_BODY_CHARS || shownChars >= MIN_SHOWN_SHARE * structuredChars) return shown;
  return structured;
}

/** A plain-text articleBody → paragraphs, its character references decoded (JSON-LD text is often escaped twice). */
function articleText(articleBody: string): Block[] {
  const text = articleBody.includes("&") ? decodeHTML(articleBody) : articleBody;
  return textBlocks(text, BLANK_LINE.test(text) ? BLANK_LINE : LINE_BREAK);
}

/** Characters of the blocks' text, markup left out. */
function charsOf(blocks: Block[]): number {
  return blocks.reduce((sum, block) => sum + blockText(block).length, 0);
}

/** A blank line: where plain text's paragraphs part. */
const BLANK_LINE = /\n\s*\n/;
/** A line break: where the paragraphs of a text without blank lines part (an articleBody joined by single breaks). */
const LINE_BREAK = /\n/;

/**
 * Plain text (a feed item's text, a JSON-LD articleBody) → paragraphs, one per run of text between `paragraphBreak`s,
 * blank lines unless told, white space collapsed.
 */
export function textBlocks(text: string, paragraphBreak: RegExp = BLANK_LINE): Block[] {
  return text.split(paragraphBreak).flatMap((paragraph) => {
    const line = paragraph.replace(/\s+/g, " ").trim();
    return line ? [{ type: "paragraph" as const, text: line }] : [];
  });
}

/** After mapping, in order: each step tidies what the page's markup could not say. */
const BODY_STEPS: ((blocks: Block[], authors: readonly Author[]) => Block[])[] = [
  (blocks) => withoutRepeats(blocks),
  (blocks) => timestampsAsHeadings(blocks),
  (blocks) => withoutBylineAndCopyright(blocks),
  (blocks) => withoutToolBars(blocks),
  (blocks, authors) => withoutHeaderLines(blocks, authors),
  (blocks) => endedAtSectionLabel(blocks),
  (blocks) => withoutPictureCounters(blocks),
  (blocks) => withoutEmptySections(blocks),
  // After the empty sections: a label over the comments the page left out (a heading) may follow the footer.
  (blocks) => withoutEntryFooter(blocks),
];

/** A furniture element is skipped unless it holds this share of the story's prose (a story wrapper with an unlucky class name). */
const FURNITURE_MAX_SHARE = 0.5;
/** A block whose text is more than this share links is a list of links. */
const LINK_LIST_SHARE = 0.6;

/** Characters of the story's text in blocks: a brief's credit line left under its deck is far shorter than the deck. */
function textLength(blocks: Block[]): number {
  return blocks.reduce((sum, block) => sum + (block.type !== "related" && "text" in block ? block.text.length : 0), 0);
}

/** Whether blocks hold any of the story's text: pictures and boxes of links to other stories alone are none. */
function hasText(blocks: Block[]): boolean {
  return blocks.some((block) => block.type !== "figure" && block.type !== "related");
}

function storyBlocks(
  root: Element,
  stats: PageStats,
  base: string | undefined,
  headlineElement: Element | undefined,
  deck: Element | undefined,
): Block[] {
  const rootProse = measureOf(stats, root).prose;
  // The headline and what the page prints above it inside the story (kicker, breadcrumbs) are not body.
  const aboveHeadline = new Set(headlineElement ? ancestors(headlineElement) : []);
  const skip = (element: Element): boolean => {
    if (stats.hidden.has(element) || isHidden(element) || element === deck) return true;
    if (headlineElement && (element === headlineElement || (isBefore(stats, element, headlineElement) && !aboveHeadline.has(element))))
      return true;
    const { prose, text, linkText: links } = measureOf(stats, element);
    if (stats.furniture.has(element) && prose < FURNITURE_MAX_SHARE * rootProse) return true;
    if (element.tagName === "a" && isLinkedCard(element, stats)) return true;
    // A linked heading is a listicle's entry ("3. Park Hotel" linking to the hotel), not a list of links.
    return element.tagName !== "a" && !HEADING_TAGS.has(element.tagName) && text > 0 && links > LINK_LIST_SHARE * text && prose === 0;
  };
  // A box of links to other stories inside the story is kept as a related block, where it stands.
  // So is a wrapper named as furniture that holds only a label of what follows the story ("Recommended for you" in a
  // "header" element): the label is kept, so that it ends the story (see `endedAtSectionLabel`) as a bare one does.
  const labels = new Set<Block>();
  const special = (element: Element): Block[] | undefined => {
    if (stats.hidden.has(element) || !stats.furniture.has(element)) return undefined;
    if (looksRelated(element)) return relatedBlock(element, base);
    if (!isEndLabelAlone(element, stats)) return undefined;
    const label = blocksFromNode(element);
    for (const block of label) labels.add(block);
    return label;
  };
  const blocks = blocksFromNode(root, {
    ...(base ? { baseUrl: base } : {}),
    skip,
    special,
  });
  // A label above the story's first paragraph ends nothing: its wrapper is left out, as other furniture is.
  const firstParagraph = blocks.findIndex((block) => block.type === "paragraph");
  return labels.size === 0 ? blocks : blocks.filter((block, i) => !labels.has(block) || (firstParagraph >= 0 && i > firstParagraph));
}

/** Most visible characters of a label of what follows a story: a thread's header naming the story is the longest. */
const MAX_END_LABEL_CHARS = 240;

/**
 * An element whose whole text is one visible heading that labels what follows a story ("Most read", "Related
 * articles"). A prompt to read on ("Read more") is left out: pages set it over links inside the story too.
 */
function isEndLabelAlone(element: Element, stats: PageStats): boolean {
  // Measured first, so that a large piece of furniture (a footer, a comment thread) is never walked for its heading.
  const visible = measureOf(stats, element).text;
  if (visible === 0 || visible > MAX_END_LABEL_CHARS) return false;
  const heading = findFirst(element, (el) => HEADING_TAGS.has(el.tagName));
  // A heading hidden inside a visible wrapper (a screen reader's "Most read") is not measured, as no hidden element is.
  if (!heading || !stats.of.has(heading)) return false;
  const text = textOf(heading);
  return text === textOf(element) && (isSectionEnd(text.toLowerCase()) || (isRelatedLabel(text) && !isReadOnPrompt(text)));
}

/**
 * A heading that names what follows a story ("Most read", "Comments", "You
 * may also like", "Related articles": the text reader's lists) ends it: what
 * comes after is furniture the page set inside the story's element. The links
 * under a related label are kept as a related block.
 */
function endedAtSectionLabel(blocks: Block[]): Block[] {
  const firstProse = blocks.findIndex((block) => block.type === "paragraph");
  const end = blocks.findIndex(
    (block, i) => i > firstProse && block.type === "heading" && (isSectionEnd(block.text.toLowerCase()) || isRelatedLabel(block.text)),
  );
  if (firstProse < 0 || end < 0) return blocks;
  const label = blocks[end] as Extract<Block, { type: "heading" }>;
  if (!isRelatedLabel(label.text)) return blocks.slice(0, end);
  const items = blocks.slice(end + 1).flatMap((block): RelatedLink[] => {
    if (block.type === "related") return block.items;
    if (block.type !== "paragraph" && block.type !== "heading") return [];
    const link = block.marks?.find((mark) => mark.type === "link" && mark.end - mark.start >= LINKED_SHARE * block.text.length);
    return link?.type === "link" ? [{ title: block.text, url: link.href }] : [];
  });
  return items.length > 0 ? [...blocks.slice(0, end), { type: "related", title: label.text, items }] : blocks.slice(0, end);
}

/** A teaser under a related label is a line that is nearly all one link. */
const LINKED_SHARE = 0.8;

/**
 * A heading that heads nothing (the next block is a heading of its rank or
 * above, or the story ends) labelled furniture that was left out: "Like
 * this:", "On this page", "What to read next".
 */
function withoutEmptySections(blocks: Block[]): Block[] {
  const kept: Block[] = [];
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!;
    const next = kept[kept.length - 1];
    if (block.type === "heading" && (next === undefined || (next.type === "heading" && next.level <= block.level))) continue;
    kept.push(block);
  }
  return kept.reverse();
}

/** A copyright line: "© 2025 …", "Copyright 2025 …", "(c) …". */
const COPYRIGHT_LINE = /^(?:©|\(c\)\s|copyright\b)/i;

/**
 * A byline printed as the story's first paragraphs ("By Hal Pemberton,
 * Friday 14 March") belongs to the header, and a copyright line closing it
 * to the page's footer; neither is body.
 */
function withoutBylineAndCopyright(blocks: Block[]): Block[] {
  const firstProse = blocks.findIndex((block) => block.type === "paragraph" && !isBylineText(block.text));
  return blocks.filter((block, i) => {
    if (block.type !== "paragraph") return true;
    if (i < firstProse && isBylineText(block.text)) return false;
    return !(i === blocks.length - 1 && COPYRIGHT_LINE.test(block.text));
  });
}

/**
 * A row of the article's tools set in the story's element as a line of text ("Print | E-mail this story | Share",
 * "Drucken | Versenden"), with no class that names it: the page's buttons, not body. Only with a print, e-mail or send
 * button (`isToolBar`): a row of networks alone may be the story's line on the apps.
 */
function withoutToolBars(blocks: Block[]): Block[] {
  // The length first: a paragraph of the story is not lower-cased for nothing.
  return blocks.filter(
    (block) => block.type !== "paragraph" || block.text.length > MAX_CONTROL_LINE_LENGTH || !isToolBar(block.text.toLowerCase()),
  );
}

/**
 * The header's lines a page prints in the story's element, between its headline and its first paragraph: a date alone
 * ("March 3, 2025", "3. März 2025"), a meta line ("Mar 3, 2025 · 5 min read"), a reading time, a byline with its date
 * ("Ada Lee 3 March 2025"), a name set over the date line ("Ada Lee" over "March 3, 2025"), the page's authors'
 * names, alone or with a job title ("Ada Lee, Senior Reporter"), and where they reported from, read as the text reader
 * reads a header's lines. They
 * are the page's date and byline, not body; a paragraph that opens with a dateline goes on past its date ("LONDON,
 * March 3 (Reuters) - …") and is the story's first, as is one that goes on past its author's name.
 */
function withoutHeaderLines(blocks: Block[], authors: readonly Author[]): Block[] {
  const dateOf = (block: Block | undefined) => (block?.type === "paragraph" ? headerLineDate(block.text) : undefined);
  // The days the passed-over lines date: a header prints the page's date once (and its update's).
  const days = new Set<string>();
  let start = 0;
  for (; start < blocks.length; start++) {
    const block = blocks[start]!;
    if (block.type === "figure") continue;
    if (block.type !== "paragraph" || block.text.length > MAX_DATE_LINE_LENGTH || SENTENCE_END.test(block.text)) break;
    const date = dateOf(block);
    if (date && !date.modified) days.add(calendarDay(date.iso));
    const next = blocks[start + 1];
    // Any name over the date line is the header's, a paper's or a link's too ("Le Figaro", "Show All"), which names no
    // author (`nameAloneOverDate`) but is no more the story's text than a byline is.
    const nameOverDate = next?.type === "paragraph" && dateOf(next) !== undefined && nameOverDateLine(block.text, next.text) !== undefined;
    // So is the author's job title alone ("Staff Writer"), under a byline the story's element set apart or left out.
    // Not one over another: a run of them is the story's list of jobs ("Product Designer", "Data Analyst").
    const role = authors.length > 0 && isJobTitleLine(block.text) && !(next?.type === "paragraph" && isJobTitleLine(next.text));
    const lower = block.text.toLowerCase();
    // Where the writers reported from ("Reporting from Kyiv and Warsaw"), printed under the byline, on a page that names its
    // author: places' names alone, told by their capitals, which a title-case line has too ("Reporting From The Front").
    const reportedFrom = authors.length > 0 && isReportingFromLine(block.text, lower);
    if (!(date || isReadingTime(lower) || nameOverDate || role || reportedFrom || namesAuthors(block.text, authors))) break;
  }
  // Dates of more than one day, or a date alone again further down, stamp the story's entries (a timeline, a live
  // blog, an archive's list), which are its text.
  if (days.size > 1 || (days.size > 0 && blocks.slice(start).some((block) => block.type === "paragraph" && isDateAlone(block.text))))
    return blocks;
  // Only header lines were passed over, and figures among them, which stay where they stand.
  return blocks.filter((block, i) => i >= start || block.type === "figure");
}

/** The story's first blocks looked at for a header parted by breaks: a kicker or a picture may stand above it. */
const MAX_TOP_BLOCKS = 3;

/**
 * The header an old layout sets as lines parted by single `<br>`s at the top of the story ("<b>Title</b><br>By Ada
 * Lee<br>March 4, 2025"), which the mapping joins into one paragraph as it joins an address's or a verse's lines. Only a
 * paragraph above the story's first of one line is read, and only when a run of its lines are a header's, read as the
 * text reader reads them (a byline, a date line, a name over the date line), with one line at most above them: a
 * headline set apart (bold) leaves the body when `asHeadline` says it is one. Those lines leave the body and give the
 * page's byline and date; the lines under them are the story's first paragraph. A verse or an address names no one
 * and dates nothing, so is left as it was.
 */
function brokenHeader(
  blocks: Block[],
  asHeadline: (line: string, headingsAbove: string[]) => HeadlineChoice | undefined,
): { blocks: Block[]; facts: PageFacts; headline?: HeadlineChoice } {
  for (let i = 0; i < Math.min(blocks.length, MAX_TOP_BLOCKS); i++) {
    const set = blocks[i]!;
    if (set.type !== "paragraph") continue;
    // Two breaks part a bold title from the byline and date lines under it as often as one does: read as one paragraph.
    const titleOver = boldTitleOver(set, blocks[i + 1]);
    const block = titleOver?.block ?? set;
    const lines = titleOver?.lines ?? brokenLines(block);
    // A paragraph of one line is the story's first, or a header line the body's steps read.
    if (!lines) break;
    const header = headerLines(block, lines);
    // A bold line over no header is the story's first, or its kicker or deck: the top of the story is passed.
    if (!header && titleOver) break;
    if (!header) continue;
    const rest = blocks.slice(i + (titleOver ? 2 : 1));
    // A date alone on a line further down stamps the next of a list's entries (an events page's "<b>Craft fair</b><br>
    // Saturday, April 6, 2024<br>…"), as in `headerLines`: the first entry's lines are no header.
    if (rest.some(hasDateAloneLine)) break;
    const [titleStart, titleEnd] = lines[0]!;
    const headingsAbove = blocks.slice(0, i).flatMap((above) => (above.type === "heading" ? [above.text] : []));
    // Only over a dated header: a poem's title over its "by" line, or a comment's first line over its poster, is no
    // story's headline.
    const headline =
      header.first > 0 && header.facts.datePublished !== undefined && isStrongLine(block, titleStart, titleEnd)
        ? asHeadline(header.title!, headingsAbove)
        : undefined;
    const above = header.first > 0 && !headline ? [paragraphPart(block, titleStart, titleEnd)] : [];
    const below = header.end < lines.length ? [paragraphPart(block, lines[header.end]![0], block.text.length)] : [];
    return {
      blocks: [...blocks.slice(0, i), ...above, ...below, ...rest],
      facts: header.facts,
      ...(headline ? { headline } : {}),
    };
  }
  return { blocks, facts: {} };
}

/**
 * A one-line paragraph set wholly in bold over a paragraph (of one line or of several parted by breaks): the two joined
 * as one paragraph of lines, the bold one first, as `brokenHeader` reads a header whose title one break sets apart.
 * Undefined for any other pair, which is read as it stands.
 */
function boldTitleOver(block: ParagraphBlock, next: Block | undefined): { block: ParagraphBlock; lines: [number, number][] } | undefined {
  if (next?.type !== "paragraph" || brokenLines(block) || !isStrongLine(block, 0, block.text.length)) return undefined;
  const offset = block.text.length + 1;
  const nextLines = brokenLines(next) ?? [[0, next.text.length]];
  const shifted = (next.marks ?? []).map((mark) => ({ ...mark, start: mark.start + offset, end: mark.end + offset }));
  return {
    block: { type: "paragraph", text: `${block.text}\n${next.text}`, marks: [...(block.marks ?? []), ...shifted] },
    lines: [[0, block.text.length], ...nextLines.map(([start, end]): [number, number] => [start + offset, end + offset])],
  };
}

/** Whether a paragraph has a line (parted by breaks, or its whole text) that is a date alone. */
function hasDateAloneLine(block: Block): boolean {
  if (block.type !== "paragraph") return false;
  return (brokenLines(block) ?? [[0, block.text.length]]).some(([start, end]) => isDateAlone(block.text.slice(start, end)));
}

/** Lines set above a header's byline and date: its headline. */
const MAX_LINES_OVER_HEADER = 1;

/**
 * The run of a paragraph's lines that are a header's (see `brokenHeader`): where it starts and ends, the headline line
 * over it, and the byline's people and the date it gives. Undefined when no run opens within `MAX_LINES_OVER_HEADER`
 * lines, when the line over it ends as a sentence (prose, not a title), or when its dates are of more than one day (a
 * list's stamps).
 */
function headerLines(
  block: ParagraphBlock,
  lines: [number, number][],
): { first: number; end: number; title?: string; facts: PageFacts } | undefined {
  const texts = lines.map(([start, end]) => block.text.slice(start, end));
  // A box of a reviewed work's facts set with line breaks names the book's author and date (see work-facts.ts).
  if (texts.some((text, at) => makesBox(text, at, texts.length))) return undefined;
  const facts: PageFacts = {};
  const days = new Set<string>();
  let first = -1;
  let end = 0;
  for (; end < texts.length && (first >= 0 || end <= MAX_LINES_OVER_HEADER); end++) {
    const line = texts[end]!;
    const next = texts[end + 1];
    if (line.length > MAX_DATE_LINE_LENGTH) break;
    const date = DATELINE_LEAD.test(line) ? undefined : headerLineDate(line);
    // A line is the header's by the text reader's loose test of a header line; its people are taken as the header walk
    // takes them (`factsFromVisibleDate`): a dated line's in full only ("By Monday, March 10" names no one), and a name
    // over the date line only where it names a person, not a place ("Ada Lee, Kestrel Bay").
    const overDate = next !== undefined && !DATELINE_LEAD.test(next) && headerLineDate(next) !== undefined;
    const byline = date ? undefined : parseByline(line);
    if (!date && !byline && !(overDate && nameOverDateLine(line, next!))) {
      if (first >= 0) break;
      continue;
    }
    if (first < 0) first = end;
    const people = date ? datedLinePeople(line) : (byline ?? (overDate ? nameAloneOverDate(line, next!) : undefined));
    if (people?.length) facts.authors ??= people;
    if (date?.modified) facts.dateModified ??= date.iso;
    else if (date) {
      days.add(calendarDay(date.iso));
      facts.datePublished ??= date.iso;
      if (date.alsoModified) facts.dateModified ??= date.alsoModified;
    }
  }
  // Dates of more than one day, or a date alone again further down, stamp a list's or a timeline's entries, as in
  // `withoutHeaderLines`.
  if (first < 0 || days.size > 1 || texts.slice(end).some(isDateAlone)) return undefined;
  const title = first > 0 ? texts[0] : undefined;
  if (title !== undefined && SENTENCE_END.test(title)) return undefined;
  return { first, end, facts, ...(title !== undefined ? { title } : {}) };
}

/** A line that ends in a dash opens the sentence on the next ("LONDON, March 4, 2025 —"): a dateline, not a date line. */
const DATELINE_LEAD = /[—–-]\s*$/u;

/** Whether a strong mark covers a paragraph's text from `start` to `end`: a headline set in bold. */
function isStrongLine(block: ParagraphBlock, start: number, end: number): boolean {
  return (block.marks ?? []).some((mark) => mark.type === "strong" && mark.start <= start && mark.end >= end);
}

/** A paragraph's text from `start` to `end` (a line's edges), with the marks over it. */
function paragraphPart(block: ParagraphBlock, start: number, end: number): ParagraphBlock {
  const marks = (block.marks ?? [])
    .filter((mark) => mark.start < end && mark.end > start)
    .map((mark) => ({ ...mark, start: Math.max(mark.start, start) - start, end: Math.min(mark.end, end) - start }));
  return { type: "paragraph", text: block.text.slice(start, end), ...(marks.length > 0 ? { marks } : {}) };
}

/**
 * A line that ends as a sentence ends, a word's last letters before its stop ("On 3 March 2025, it ended.", "Le 3 mars
 * 2025, le conseil a voté."): the story's first paragraph, however short, not a header's date line. An initial ("Ada
 * L.") or a short unit ("10 h.") ends no sentence. A script without capitals (Arabic, Hebrew) ends its words with
 * letters of no case, and Arabic asks with its own question mark.
 */
const SENTENCE_END = /[\p{Ll}\p{Lo}]{2}[.!?…؟]$|[。！？]$/u;

/** What parts a job title from the name before it on one line. */
const NAME_ROLE_SEPARATOR = /^[\s,|·•]+/u;

/**
 * A line that is the page's first author's name, alone or with a job title after it ("Ada Lee", "Ada Lee, Senior
 * Reporter", "Ada Lee Senior Reporter" as a line break joins them; see `namesOverRole`).
 */
function namesAuthors(text: string, authors: readonly Author[]): boolean {
  const name = authors[0]?.name;
  if (!name || !text.startsWith(name)) return false;
  const rest = text.slice(name.length).replace(NAME_ROLE_SEPARATOR, "");
  return rest === "" || namesOverRole(name, rest) !== undefined;
}

/** A short line that is a date alone ("March 3, 2025 10:00"), as a live blog or a list stamps its entries. */
function isDateAlone(text: string): boolean {
  return text.length <= MAX_DATE_LINE_LENGTH && mayHoldDate(text) && parseDateLine(text)?.modified === false;
}

/** A clock time alone on its line: "11.40am", "9:15", "14:05 BST". */
const CLOCK_TIME = /^\d{1,2}[.:]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s[A-Z]{2,5})?$/i;

/**
 * A live blog stamps each entry with its time on a line of its own: that line
 * heads the entry at the top level, as the text reader makes it, with the
 * entry's own title (if any) under it.
 */
function timestampsAsHeadings(blocks: Block[]): Block[] {
  return blocks.map((block) =>
    block.type === "paragraph" && !block.marks && CLOCK_TIME.test(block.text) ? { type: "heading", text: block.text, level: 2 } : block,
  );
}

/** A run of this many blocks printed again is a second copy of the story (one for small screens, one for large). */
const MIN_REPEATED_RUN = 3;

/**
 * Pages that print the story twice, for different screen sizes, and hide one
 * copy with a style sheet (which is not read here): a run of blocks equal to
 * an earlier run is left out.
 */
function withoutRepeats(blocks: Block[]): Block[] {
  const keyOf = (block: Block) => JSON.stringify(block);
  const keys = blocks.map(keyOf);
  const firstAt = new Map<string, number>();
  const kept: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const earlier = firstAt.get(keys[i]!);
    if (earlier !== undefined) {
      let run = 0;
      while (i + run < blocks.length && earlier + run < i && keys[earlier + run] === keys[i + run]) run++;
      if (run >= MIN_REPEATED_RUN) {
        i += run - 1;
        continue;
      }
    } else firstAt.set(keys[i]!, i);
    kept.push(blocks[i]!);
  }
  return kept;
}

function relatedBlock(element: Element, base: string | undefined): Block[] {
  const items = findAll(element, (el) => el.tagName === "a")
    .map((a) => ({ title: textOf(a), url: absoluteUrl(a.attrs.find((at) => at.name === "href")?.value, base) }))
    .filter((item) => item.title);
  if (items.length === 0) return [];
  const heading = findFirst(element, (el) => HEADING_TAGS.has(el.tagName));
  return [
    {
      type: "related",
      title: heading ? textOf(heading) : "Related",
      items: items.map((item) => ({ title: item.title, ...(item.url ? { url: item.url } : {}) })),
    },
  ];
}

/**
 * The lead picture: from meta or the page's metadata, with the caption,
 * credit and alt text of where the page shows it (a figure above or in the
 * story), which then leaves the body.
 */
function leadFigure(
  given: Figure | undefined,
  fromPage: PageFacts["image"],
  blocks: Block[],
  shown: ShownFigure | undefined,
): { image?: Figure; blocks: Block[] } {
  if (given) return { image: given, blocks };
  if (!fromPage) return { blocks };
  const index = blocks.findIndex((block) => block.type === "figure" && block.image && samePicture(block.image.url, fromPage.url));
  const rest = index >= 0 ? blocks.filter((_, i) => i !== index) : blocks;
  // A caption the page prints beats the metadata's, which beats the alt text standing in for one.
  const caption = shown?.caption ?? fromPage.caption ?? shown?.alt ?? fromPage.alt;
  if (!caption) return { blocks: rest };
  const credit = shown?.credit ?? fromPage.credit;
  const alt = shown?.alt ?? fromPage.alt;
  return { image: { caption, ...(credit ? { credit } : {}), image: { url: fromPage.url, ...(alt ? { alt } : {}) } }, blocks: rest };
}

type ShownFigure = ReturnType<BlockMapper["figureParts"]>;

/** Where the page shows its lead picture: the first `<figure>` or `<img>` naming the same picture in any size. */
function shownLeadFigure(image: PageFacts["image"], document: Document, base: string | undefined): ShownFigure | undefined {
  if (!image) return undefined;
  const img = findAll(document, (el) => el.tagName === "img").find((element) =>
    candidateUrls(element, base).some((url) => samePicture(url, image.url)),
  );
  if (!img) return undefined;
  const figure = ancestors(img).find((el) => el.tagName === "figure");
  return new BlockMapper(base ? { baseUrl: base } : {}).figureParts(figure ?? img);
}

/** Two URLs of one picture: the same file name once size suffixes ("-1200x800") and queries are set aside. */
function samePicture(a: string, b: string): boolean {
  const key = (url: string) => {
    try {
      const path = new URL(url).pathname;
      return path
        .slice(path.lastIndexOf("/") + 1)
        .replace(/-\d+x\d+(?=\.\w+$)/, "")
        .replace(/\.\w+$/, "")
        .toLowerCase();
    } catch {
      return url;
    }
  };
  return a === b || key(a) === key(b);
}

function publisherOf(facts: PageFacts, siteName: string | undefined, url: string | undefined): Organization | undefined {
  const origin = url ? absoluteUrl(new URL(url).origin, undefined) : undefined;
  // A publisher is found at the address of its pages when its metadata gives none.
  if (facts.publisher) return facts.publisher.url || !origin ? facts.publisher : { ...facts.publisher, url: origin };
  const name = siteName ?? hostOf(url);
  return name ? { type: "Organization", name, ...(origin ? { url: origin } : {}) } : undefined;
}

/** The smallest element holding both the headline and the story: the article's header lives there. */
function commonScope(headline: Element, root: Element): Element {
  const aboveRoot = new Set([root, ...ancestors(root)]);
  let scope: Element = headline;
  while (!aboveRoot.has(scope) && scope.parentNode && isElement(scope.parentNode)) scope = scope.parentNode;
  return scope;
}

function noArticle(where: { source?: string }, message: string): DatelineError {
  return new DatelineError("NO_ARTICLE_FOUND", message, {
    ...where,
    hint: "check that the file is an article page (not an index, a gallery or a page that builds its text with scripts)",
  });
}

function definedFields<T extends object>(fields: T): T {
  const defined = {} as T;
  for (const key of Object.keys(fields) as Array<keyof T>) if (fields[key] !== undefined) defined[key] = fields[key];
  return defined;
}
