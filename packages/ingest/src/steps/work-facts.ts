import { BY_WORDS } from "./byline-labels.js";
import { type ClassifiedLine, isMetaLine } from "./classify.js";
import { packedBlockEnd } from "./segment.js";

/**
 * A review's box of the reviewed work's facts: its title, its author, its publisher, its length, its price, set a line
 * each ("THE LONG CROSSING" / "By Ada Lee" / "320 pp. Harbour Press. $28.", or "Title: …" / "Author: …" / "Pages: 320")
 * over or under the story, or as one line ("The Long Crossing by Ada Lee (Harbour Press, 320pp, £16.99)"). The box
 * names the book's author and the book's date, which the byline and date readers would take for the story's, and its
 * packed short lines would be dropped as furniture. A box is told by a line that counts a book's pages or gives its
 * ISBN, which no header or furniture line does.
 */

/**
 * The word for a book's pages after their count, in the languages Dateline reads: "320 pages", "320 Seiten",
 * "320 páginas", "320 págs.", "320 pagine", "320 pagina's", "320 stron", "320 sidor", "320 sider", "320 sivua", "320 strani",
 * "320 strán", "320 oldal", "320 pagini", "320 σελίδες", "320 страниц", "320 sayfa", "320ページ", "320页", "320頁",
 * "320쪽", "320페이지". Plural forms only, and no abbreviation that also cites one page ("p.", "S.", "с."). Dutch's
 * apostrophe may be typographic.
 */
const PAGE_WORDS =
  "pages|seiten|páginas|págs|pagine|pagina['’]s|stron|sidor|sider|sivua|strani|stran|strán|oldal|pagini|σελίδες|страниц|сторінок|sayfa|ページ|페이지|页|頁|쪽";
/**
 * English's "pp", after a count of three or four figures, or of two with its full stop, its bracket or a price after it
 * ("32pp. £6.99", "(Harbour Press, 32pp)", "32pp, £6.99"): "12pp" is as often a poll's percentage points, closing a line
 * or with another field after it ("Labour lead: 12pp", "Labour lead, 12pp, Tories third").
 */
const PP_COUNT = String.raw`\p{N}{3,4}\s?pp|\p{N}{2}\s?pp(?=[.)]|\s*[,;|·•]\s*\p{Sc})`;
/** The same words as a field's label with its colon ("Pages: 320", "Seitenzahl: 320"). */
const PAGE_LABELS =
  "pages|seiten|seitenzahl|seitenanzahl|nombre de pages|páginas|pagine|pagina['’]s|stron|sidor|sider|sivuja|страниц|сторінок|sayfa sayısı";

/** What sets a box's fields apart on one line: "Harbour Press, 320 pp.", "(Roman, 320 Seiten)", "Verlag · 320 Seiten". */
const FIELD_SEPARATORS = ",;:|·•(/–—.、，。";
/**
 * A field's start: the line's, or a separator's; not a pager's "1/12ページ" or "1 / 12 페이지" (a page of twelve), nor a
 * thousands separator's ("5,000 pages" in a sentence).
 */
const FIELD_START = `(?:^|[${FIELD_SEPARATORS}]\\s?)(?<!\\p{N}\\s?/\\s?)(?<!\\p{N}[,.])`;
/** A field's end: a full stop, a separator or the line's end ("320 pp. Harbour Press", "320 Seiten, 24 Euro"). */
const FIELD_END = `(?:\\.|(?=\\s*(?:[${FIELD_SEPARATORS}]|$)))`;
/**
 * A line that counts a book's pages or gives its ISBN with its number ("ISBN 978-1-23456-789-7", "ISBN : 978…", its colon
 * with the spaces before it, so that a run of spaces is tried once: a price list's or a footer's "per ISBN" or "ISBN
 * prefix" names none), read from the lower-cased line. The count is a field of its
 * own, between separators or the line's ends ("320 pp. Harbour Press", "Harbour Press, 320pp, £16.99"): in a sentence it
 * follows a word ("the report runs to 320 pages"), and a headline runs on after it ("320 pages that changed the law").
 * Two to four digits: a one-digit count is a leaflet's. The labelled forms are "Pages: 320" and Italian's "pp. 320",
 * not a label over a run of numbers ("Pages: 10 11 12") or a range of pages cited ("pp. 12–34").
 */
const FACTS_LINE = new RegExp(
  [
    `(?<!\\p{L})isbn(?:-1[03])?(?:\\s*:)?\\s*\\p{N}[\\p{N}\\s-]{8,}`,
    `${FIELD_START}(?:${PP_COUNT}|\\p{N}{2,4}\\s?(?:${PAGE_WORDS}))${FIELD_END}`,
    `(?:^|[\\s${FIELD_SEPARATORS}])(?:${PAGE_LABELS})\\s*:\\s*\\p{N}{2,4}(?!\\p{N}|\\s+\\p{N})`,
    `${FIELD_START}pp\\.\\s?\\p{N}{2,4}(?!\\p{N}|\\s?[-–])${FIELD_END}`,
  ].join("|"),
  "u",
);

/** A facts line is short: a line of the story's prose that counts a report's pages is a sentence of the story. */
export const MAX_FACTS_LINE_LENGTH = 160;
/** Most lines of a box: title, subtitle, author, translator, publisher, length and price, ISBN. */
const MAX_BOX_LINES = 8;

/** Any digit: both a page count and an ISBN have them, and most short lines (menus, labels, names) have none. */
const HAS_DIGIT = /\p{N}/u;

/**
 * A word each alternative of `FACTS_LINE` must hold, from the same lists: "isbn", "pp" (`PP_COUNT`'s and "pp."), a
 * page word or a page label. Asked of the lower-cased line before `FACTS_LINE`, whose fields may open after any
 * separator and so try each comma and full stop of a line with a figure (a date line, a price), behind look-behinds:
 * the literal words are found or not in one quick pass, and few lines hold one. A new alternative of `FACTS_LINE`
 * must add its own word here.
 */
const FACTS_WORD = new RegExp(`isbn|pp|${PAGE_WORDS}|${PAGE_LABELS}`, "u");

/** What every facts line has, asked before the pattern: a length short of prose, and a figure. */
function mayCountPages(text: string): boolean {
  return text.length <= MAX_FACTS_LINE_LENGTH && HAS_DIGIT.test(text);
}

/** Whether a line's text counts a book's pages or gives its ISBN, as a box of its facts does (for both readers). */
export function isFactsText(text: string): boolean {
  if (!mayCountPages(text)) return false;
  const lower = text.toLowerCase();
  return FACTS_WORD.test(lower) && FACTS_LINE.test(lower);
}

/** A facts line of the text reader: not a line its classes call prose. Read from the line's lower-cased text, made once. */
export function isFactsLine(line: ClassifiedLine): boolean {
  return (
    line.class !== "good" &&
    line.class !== "medium" &&
    mayCountPages(line.text) &&
    FACTS_WORD.test(line.lower) &&
    FACTS_LINE.test(line.lower)
  );
}

/** "By" before a capitalised name inside a line: "The Long Crossing by Ada Lee (Harbour Press, 320pp)". */
const NAMES_ITS_AUTHOR = new RegExp(`\\s(?:${BY_WORDS.join("|")})\\s+\\p{Lu}`, "u");

/**
 * Whether a facts line makes the lines set with it a box: not one that names its work's author itself, a box of one
 * line under a header of the story's own ("Review: …" / "By Nora Kessel" / "The Long Crossing by Ada Lee (…, 320pp)").
 */
export function boxesItsNeighbours(text: string): boolean {
  return isFactsText(text) && !NAMES_ITS_AUTHOR.test(text);
}

/**
 * Whether the packed block `lines[start, end)` is a box of a work's facts: a few lines, no prose, one of them a facts
 * line. A box opens with its work's title, so a count on the block's first line is a headline's over its byline ("The
 * harbour inquiry: 448 pages, annotated" / "By Nora Kessel"), and a block that opens with a byline or a date and holds
 * both a byline and a date line of their own over its facts line is a header ("By Nora Kessel" / "4 March 2026" /
 * "Poročilo, 45 strani"); a box's own author and date lines stand under its title ("THE LONG CROSSING" / "By Ada Lee" /
 * "Published 4 March 2025" / "320 pp.").
 */
function isFactsBox(lines: readonly ClassifiedLine[], start: number, end: number): boolean {
  if (end - start > MAX_BOX_LINES) return false;
  const opensAsHeader = lines[start]!.authors !== undefined || lines[start]!.date !== undefined;
  let byline = false;
  let dateLine = false;
  let facts = false;
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    if (line.class === "good") return false;
    if (!facts && isFactsLine(line) && makesBox(line.text, i - start, end - start)) {
      if (opensAsHeader && byline && dateLine) return false;
      facts = true;
    }
    byline ||= line.authors !== undefined;
    dateLine ||= line.date !== undefined && line.authors === undefined;
  }
  return facts;
}

/** Whether the facts line at `at` of `count` lines set together (a packed block, a paragraph's line breaks) makes them a box. */
export function makesBox(text: string, at: number, count: number): boolean {
  return count === 1 ? isFactsText(text) : at > 0 && boxesItsNeighbours(text);
}

/**
 * Takes the byline and date that the lines of every box of a work's facts seem to hold out of them: those are the
 * work's, not the story's.
 */
export function clearWorkFacts(lines: readonly ClassifiedLine[]): void {
  for (let start = 0, end = 0; start < lines.length; start = end) {
    end = packedBlockEnd(lines, start, lines.length);
    // Only a block short enough for a box and holding a byline or a date has any to clear: most blocks hold neither, and
    // are let go before the patterns.
    if (end - start > MAX_BOX_LINES || !holdsMeta(lines, start, end) || !isFactsBox(lines, start, end)) continue;
    // A box names its work's author and date over its count or ISBN ("By Ada Lee" / "320 pp."): a byline under the
    // last is a header's own, under a deck that counts a report's pages ("Inside the report — 448 pages, two volumes").
    let last = end - 1;
    while (!isFactsLine(lines[last]!)) last--;
    for (let i = start; i <= last; i++) {
      lines[i]!.authors = undefined;
      lines[i]!.date = undefined;
    }
  }
}

/** Whether a line of `lines[start, end)` seems to name an author or a date. */
function holdsMeta(lines: readonly ClassifiedLine[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isMetaLine(lines[i]!)) return true;
  return false;
}

/** Whether the line at `at` stands in a box of a work's facts: its packed block, found around it, is one. */
export function inFactsBox(lines: readonly ClassifiedLine[], at: number): boolean {
  let start = at;
  while (start > 0 && at - start < MAX_BOX_LINES && !lines[start]!.blankBefore) start--;
  return lines[start]!.blankBefore || start === 0 ? isFactsBox(lines, start, boxEnd(lines, start)) : false;
}

/** The end of the packed block from `start`, read no further than one line past a box's most: a longer block is none. */
function boxEnd(lines: readonly ClassifiedLine[], start: number): number {
  return packedBlockEnd(lines, start, Math.min(lines.length, start + MAX_BOX_LINES + 1));
}

/**
 * Where a body that ends at `end` ends once a box of a work's facts right under it is taken in: reviews set the box
 * under the story as often as over it, and the region's end rules stop at its short lines.
 */
export function withFactsBoxBelow(lines: readonly ClassifiedLine[], end: number): number {
  if (end >= lines.length || !lines[end]!.blankBefore) return end;
  const under = boxEnd(lines, end);
  return isFactsBox(lines, end, under) ? under : end;
}
