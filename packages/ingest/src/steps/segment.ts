import { isSectionEnd, withoutLinkNotes } from "./boilerplate.js";
import { parseByline, withGluedLabelParted } from "./byline.js";
import { isAgeLine, isMonthAndYear, MALAY_DAY_PARTS, parseDateLine } from "./date-line.js";
import { isPersonName } from "./person-name.js";
import { endsLikeSentence } from "./sentence.js";
import { spacePieceCount } from "./word-count.js";

/** One non-empty line of the source, with the layout around it. */
export interface Line {
  /** Position among the non-empty lines. */
  index: number;
  text: string;
  /** Whether a blank line (or the start of the text) precedes it. */
  blankBefore: boolean;
  /** Whether a blank line (or the end of the text) follows it. */
  blankAfter: boolean;
  /** A row of a table: the copy parted its cells with tabs. */
  tabbed?: boolean;
  /**
   * How many entries the copy parted the line into with runs of spaces or tabs, when there are at least
   * `MIN_GAPPED_ENTRIES` and each reads as a menu's entry (`ENTRY_PIECE`); absent or 0 otherwise, so read it as `?? 0`.
   * Such a gap parts a menu's links ("Home  Towns  Comment  Sport") and never a headline's words, but the text keeps
   * one space for it.
   */
  gappedEntries?: number;
}

/** Two or more spaces or tabs, or one tab: what a line's words are parted by stands for one space. */
const SPACE_RUN = /[\t ]{2,}|\t/g;

/** Most words of one entry of a menu ("Startseite", "Strona główna", "Arts & Culture", "Share on Facebook"). */
export const MAX_MENU_ENTRY_WORDS = 3;
/**
 * Fewest entries parted by gaps that make a menu: one gap is as often a slip in a headline ("Mayor  quits"), a
 * caption's credit ("Flood in Arles  Photo: AFP") or a date's time ("4 March 2026  10:30").
 */
export const MIN_GAPPED_ENTRIES = 3;
/** Marks that end a sentence or a clause, or part a label from its text ("Photo: AFP"): no menu's entry holds one. */
const CLAUSE_MARKS = ".!?…:;,";
/**
 * A piece between gaps that may be a menu's entry: one to `MAX_MENU_ENTRY_WORDS` words opening with a capital or a
 * letter of a script without case, no figure (a table's cell, a date, a byline's time), none of `CLAUSE_MARKS`, nor a
 * bar between a byline's fields ("By Ann Lee  |  4 March 2026").
 */
const ENTRY_PIECE = new RegExp(
  String.raw`^[\p{Lu}\p{Lo}][^\s\p{Nd}${CLAUSE_MARKS}]*(?: [^\s\p{Nd}${CLAUSE_MARKS}]+){0,${MAX_MENU_ENTRY_WORDS - 1}}$`,
  "u",
);

/**
 * A piece of two or more words whose last word is a year ("Election 2025", "World Cup 2026"): a desk a site opens for
 * one event. Its other words must read as an entry (`ENTRY_PIECE`), and a date's day or a score opens no entry.
 */
const YEAR_ENDED_PIECE = /^(\S.*) (?:19|20)\d{2}$/u;

/** Most lines from one tabbed line to the next that make both rows of one table, not a menu copied with tabs. */
const TABLE_ROW_REACH = 3;

/** Fewest words of the text a sidebar's label is glued onto: a headline or a sentence, not a table's first cell. */
const MIN_GLUED_HOST_WORDS = 4;

/**
 * A line without the sidebar's label a copy glued onto it after a tab, after a headline or a sentence ("Ferry to run
 * all winter⇥Most read"). Only where one tab parts the line in two: a table's row holds a cell to each tab, and its
 * first cell is shorter than a headline. A ranked title after a sentence is left: a quiz's answer, a regatta's result
 * or a poem's second half-line is glued so as often ("Which island has the oldest ferry?⇥1 Arran").
 */
function withoutGluedColumn(raw: string): string {
  const tab = raw.indexOf("\t");
  if (tab !== raw.lastIndexOf("\t")) return raw;
  const host = raw.slice(0, tab).trimEnd();
  const column = raw
    .slice(tab + 1)
    .trimStart()
    .toLowerCase();
  return spacePieceCount(host) >= MIN_GLUED_HOST_WORDS && isSectionEnd(column) ? host : raw;
}

/** Whether the last tabbed line (`lastTabbed`, -1 for none) is within `TABLE_ROW_REACH` of the next: a table's rows. */
function tabbedRowWithinReach(lastTabbed: number, lineCount: number): boolean {
  return lastTabbed >= 0 && lineCount - lastTabbed <= TABLE_ROW_REACH;
}

/** Whether a tab stands in the next `TABLE_ROW_REACH` lines of `text` from `from`: the line is a table's row. */
function tabInLinesAfter(text: string, from: number): boolean {
  let to = from;
  for (let n = 0; n < TABLE_ROW_REACH && to >= 0 && to < text.length; n++) to = text.indexOf("\n", to + 1);
  const tab = text.indexOf("\t", from);
  return tab >= 0 && (to < 0 || tab < to);
}

/** Whether a line is a byline or a date (or an age), the lines a header's title stands over. */
function isBylineOrDate(text: string): boolean {
  return parseByline(text) !== undefined || isDateOrAge(text);
}

/**
 * How many entries the gaps in a line part it into (`Line.gappedEntries`), or 0. Asked only of a line holding a gap.
 */
function gappedEntries(raw: string): number {
  const pieces = raw.split(SPACE_RUN);
  if (pieces.length < MIN_GAPPED_ENTRIES) return 0;
  let dated = 0;
  for (const piece of pieces) {
    if (ENTRY_PIECE.test(piece)) continue;
    const stem = YEAR_ENDED_PIECE.exec(piece)?.[1];
    if (stem === undefined || !ENTRY_PIECE.test(stem) || spacePieceCount(piece) > MAX_MENU_ENTRY_WORDS) return 0;
    // A month before the year is a date's ("By Ann Lee  March 2025  Politics"), not an event's name.
    if (isMonthAndYear(piece.slice(stem.lastIndexOf(" ") + 1))) return 0;
    dated++;
  }
  // A menu names its desks and perhaps one event's: pieces most of which end in a year are a table's header or a list
  // of seasons or editions ("Spring 2024  Autumn 2024  Spring 2025").
  return dated * 2 < pieces.length ? pieces.length : 0;
}

/**
 * Invisible marks of writing direction (left-to-right and right-to-left marks, the Arabic letter mark, embeddings and
 * isolates) that copies of right-to-left pages put at a line's edges: trimmed like spaces, so "\u200fعنوان" is a title.
 */
const DIRECTION_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069";
const DIRECTION_MARK_CODES = new Set([...DIRECTION_MARKS].map((mark) => mark.charCodeAt(0)));
/**
 * The lowest of them (U+061C, the Arabic letter mark). Every line's two edges are asked, and nearly all are below it
 * (Latin, digits, punctuation): one comparison lets them go before the set is looked up.
 */
const FIRST_DIRECTION_MARK = Math.min(...DIRECTION_MARK_CODES);

/** Whether a UTF-16 code unit (NaN past a text's end) is one of the marks above. */
function isDirectionMark(code: number): boolean {
  return code >= FIRST_DIRECTION_MARK && DIRECTION_MARK_CODES.has(code);
}

const MARKED_EDGES = new RegExp(`^[\\s${DIRECTION_MARKS}]+|[\\s${DIRECTION_MARKS}]+$`, "g");

/**
 * A trimmed line without the direction marks at its edges (and the spaces among them). Only a line that still opens or
 * ends with a mark has any: asked of its two edges, where a search of the whole page for a mark read every character
 * of it (0.8 % of the instructions of the fixture batch, December 2026).
 */
function withoutMarkedEdges(trimmed: string): string {
  return isDirectionMark(trimmed.charCodeAt(0)) || isDirectionMark(trimmed.charCodeAt(trimmed.length - 1))
    ? trimmed.replace(MARKED_EDGES, "")
    : trimmed;
}

/**
 * A whole line shaped as a date in any language, whether or not the date reader knows its month's name: an optional
 * weekday, a day, a month's name or its abbreviation, a year, an optional time and zone or part of the day ("za 8 mrt
 * 2025, 09:12", "Sabtu, 8 Maret 2025 09:12 WIB", "Selasa, 10 Mac 2026 9:40 pagi").
 */
export const DATE_SHAPED_LINE = new RegExp(
  String.raw`^(?:\p{L}{2,12}\.?,?\s+)?\d{1,2}\.?\s+\p{L}{3,12}\.?\s+\d{4}(?:,?\s+\d{1,2}[:.h]\d{2}(?:\s+(?:\p{Lu}{2,5}|${MALAY_DAY_PARTS}))?)?$`,
  "u",
);

/**
 * A byline's lower-case label in any language, then a person's name ("de Ana Popescu", "oleh Siti Rahma", "av Anna
 * Berg"): a line of its own under a long title, where wrapped prose would go on with more than a name.
 */
const LABELLED_NAME_LINE = /^\p{Ll}{1,6}\.?\s+(\p{Lu}.*)$/u;

/** Lines at least this long may be one line of a paragraph wrapped by hand (plain-text mail, RFCs). */
export const MIN_WRAPPED_LINE = 40;

/**
 * A line wholly in round brackets ("(Photo: Ada Lee/Harbour Times)", "(Reuters)", "(updated)"): a note of its own, a
 * credit or an aside set under a title or a picture, where wrapped prose would go on past the bracket's close.
 */
const WHOLLY_BRACKETED = /^\([^()]*\)$/;

/**
 * A line whose first word is in lower case through ("what the tide leaves behind"): its writer may not open lines with a
 * capital, so a lower-case line under it may be its own line rather than the same sentence wrapped.
 */
const LOWER_CASE_OPENING = /^\p{Ll}+(?![\p{L}\p{M}\p{N}])/u;

/**
 * Whether a line that opens in lower case and the lower-case line under it are a title over its deck, as a blog that
 * sets everything in lower case prints them: a byline or a date follows the two, or the author's name over a date, the
 * header's order. Wrapped prose goes on with more of its sentence, or ends over a signature's name alone; a first line
 * ending in a comma leaves its clause open, and a second that ends its sentence closes a paragraph (a letter signed and
 * dated under it), where a title and its deck end on neither.
 */
function titleOverDeck(title: string, deck: string, text: string, from: number): boolean {
  if (title.endsWith(",") || endsLikeSentence(deck)) return false;
  const after = lineFrom(text, from);
  if (parseByline(after) !== undefined || isDateOrAge(after)) return true;
  return isPersonName(after) && isDateOrAge(lineFrom(text, nextLineStart(text, from)));
}

/**
 * A line longer than this was not wrapped at a fixed width: mail and RFCs wrap at 72 to 80 characters, and a browser
 * copy puts each paragraph on one line, most of them longer.
 */
const MAX_WRAP_WIDTH = 100;

/**
 * Whether some line of the text is longer than a fixed width wraps at: a browser copy, whose paragraphs stand on one
 * line each. In a text wrapped by hand throughout, two lower-case lines over a date are a sentence wrapped over the
 * date it was sent or posted on, not a title over its deck.
 */
function hasUnwrappedLine(text: string): boolean {
  for (let from = 0; from < text.length; ) {
    let to = text.indexOf("\n", from);
    if (to < 0) to = text.length;
    if (to - from > MAX_WRAP_WIDTH) return true;
    from = to + 1;
  }
  return false;
}

/** Whether a line is a date line or a time ago ("4 March 2025", "2 hours ago"). */
function isDateOrAge(line: string): boolean {
  return parseDateLine(line) !== undefined || isAgeLine(line);
}

/** Last characters of a line that end what it says. */
const CLOSES_LINE = new Set([...'.!?:;"”']);

/**
 * Whether `next` continues the sentence that a line `length` characters long, ending with `end`, leaves open: the text
 * was wrapped at a fixed width, so the line is long, does not end its sentence, and the next line goes on in lower
 * case. Menus and titles never do that. The line under `next` starts at `from` in `text`, read only for a bracket: an
 * arrow passed for it instead held the loop's `from`, and V8 then made a scope for each line of the page (5 of
 * `segment`'s 13 KB a page, December 2026).
 * A lower-case byline or date under a long headline ("by Ann Lee", "von Anna
 * Keller", "di Anna Rossi", "updated 4 March 2025", "le 4 mars 2025") stands
 * apart: wrapped prose would end its sentence on that line.
 */
function continues(length: number, end: string, next: string, text: string, from: number): boolean {
  return (
    length >= MIN_WRAPPED_LINE &&
    !CLOSES_LINE.has(end[end.length - 1]!) &&
    /^[\p{Ll}(]/u.test(next) &&
    // A bracket that the line under it goes on from in lower case is an aside inside wrapped prose, not a note.
    !(WHOLLY_BRACKETED.test(next) && !/^\p{Ll}/u.test(lineFrom(text, from))) &&
    !/^[•·▪*–-]\s/u.test(next) &&
    !(
      !endsLikeSentence(next) &&
      (parseByline(next) !== undefined || parseDateLine(next) !== undefined || DATE_SHAPED_LINE.test(next) || isAgeLine(next))
    ) &&
    !isPersonName(LABELLED_NAME_LINE.exec(next)?.[1] ?? "")
  );
}

/** Where the line after the one starting at `from` starts: past the text's end when there is none. */
function nextLineStart(text: string, from: number): number {
  const to = text.indexOf("\n", from);
  return to < 0 ? text.length + 1 : to + 1;
}

/** The trimmed line that starts at `from`, "" past the text's end. */
function lineFrom(text: string, from: number): string {
  if (from > text.length) return "";
  const to = text.indexOf("\n", from);
  return withoutMarkedEdges(text.slice(from, to < 0 ? text.length : to).trim());
}

/**
 * Split text into trimmed non-empty lines. A browser copy puts each block
 * element (paragraph, heading, caption, list item) on its own line; blank
 * lines tell paragraphs apart from runs of menu items or list items. Lines of
 * a paragraph wrapped by hand are joined again (ietf-style pages in the devset).
 */
export function segment(text: string): Line[] {
  const lines: Line[] = [];
  let blank = true;
  // Line by line, each cut out of the page once: on a page with runs of spaces or tabs, splitting it, splitting it
  // again for its tabs and a pattern over it all took half as long again (206 dev-set pages, December 2026).
  const spaced = text.includes("  ") || text.includes("\t");
  // The last piece of the last line: the line itself, or the last line wrapped onto it. Its end is the line's end, asked
  // of it rather than of the joined line, which grows with each piece: asking that made a paragraph of thousands of
  // wrapped lines take time growing with the square of their number.
  let lastPiece = "";
  // Asked once, of the first pair that may be a title over its deck (most pages hold none), and before the lines under
  // it: a text wrapped by hand throughout opens many lines in lower case.
  let unwrapped: boolean | undefined;
  // On a page holding a character past Latin-1, a line holding none is cut from a one-byte copy of the page, made once
  // (see `asOneByte`): each such line is then one-byte from the start, where a copy of each line cost a round trip
  // through a buffer. `wideFrom` is where the next character past Latin-1 stands (the page's length when none is left);
  // `wide` lists the lines that held one, copied (when they fit after all) at the end as before: made only on a page
  // holding one, where a mark for every line of every page made an array the size of the page's lines.
  const copy = BEYOND_LATIN1.test(text) ? oneByteCopy(text) : text;
  let wideFrom = copy === text ? text.length : -1;
  let wide: number[] | undefined;
  // Where the last tabbed line stands among the lines, -1 before the first.
  let lastTabbed = -1;
  for (let from = 0; from <= text.length; ) {
    let to = text.indexOf("\n", from);
    if (to < 0) to = text.length;
    if (wideFrom < from) wideFrom = nextBeyondLatin1(text, from);
    const lineIsWide = wideFrom < to;
    const cut = withGluedLabelParted(withoutLinkNotes(withoutMarkedEdges((lineIsWide ? text : copy).slice(from, to).trim())));
    // A two-column table's row ("Name of the school⇥Comments") has a tabbed row near it, above or below.
    const glued = spaced && cut.includes("\t") && !tabbedRowWithinReach(lastTabbed, lines.length) && !tabInLinesAfter(text, to);
    const raw = glued ? withoutGluedColumn(cut) : cut;
    from = to + 1;
    // Tabs inside a line part a table's cells.
    const tabbed = spaced && raw.includes("\t");
    // Runs of spaces and tabs become one space; most lines hold none. What they parted is counted first.
    const gapped = tabbed || (spaced && raw.includes("  "));
    const trimmed = gapped ? raw.replace(SPACE_RUN, " ") : raw;
    const last = lines.at(-1);
    if (trimmed === "") {
      blank = true;
      if (last) last.blankAfter = true;
      continue;
    }
    if (
      !blank &&
      last &&
      continues(last.text.length, lastPiece, trimmed, text, from) &&
      !(
        last.text === lastPiece &&
        LOWER_CASE_OPENING.test(lastPiece) &&
        (unwrapped ??= hasUnwrappedLine(text)) &&
        titleOverDeck(lastPiece, trimmed, text, from)
      )
    ) {
      // A word broken at the wrap keeps its hyphen and loses the space ("Internet-" + "Drafts").
      last.text = /\p{L}-$/u.test(lastPiece) ? last.text + trimmed : `${last.text} ${trimmed}`;
      // Its pieces are no longer the whole line's: a menu is never wrapped (`continues`).
      if (last.gappedEntries) last.gappedEntries = 0;
      if (lineIsWide && wide?.at(-1) !== last.index) (wide ??= []).push(last.index);
      lastPiece = trimmed;
      continue;
    }
    if (lineIsWide) (wide ??= []).push(lines.length);
    // A title set in pieces ("Sea  Salt  Stone") stands packed over its byline or date; a menu is set apart from them.
    if (!blank && last?.gappedEntries && isBylineOrDate(trimmed)) last.gappedEntries = 0;
    // So it stands over its deck, a finished sentence, and the deck over the byline or date (blank lines may part them).
    const overDeck = lines.at(-2);
    if (overDeck?.gappedEntries && endsLikeSentence(last!.text) && isBylineOrDate(trimmed)) overDeck.gappedEntries = 0;
    // A table has rows: two tabbed lines near each other are its header and a row, or two rows, whatever their cells
    // hold, though a line of notes may stand between them ("most popular" over each row).
    const inTable = tabbed && tabbedRowWithinReach(lastTabbed, lines.length);
    if (inTable && lines[lastTabbed]!.gappedEntries) lines[lastTabbed]!.gappedEntries = 0;
    if (tabbed) lastTabbed = lines.length;
    const line: Line = { index: lines.length, text: trimmed, blankBefore: blank, blankAfter: false, tabbed };
    // Counted only for a line that stays one, and kept only when it is a menu's: most lines hold no gap, and a count on
    // every line made each Line a field larger, which the garbage collector paid for.
    const entries = gapped && !inTable ? gappedEntries(raw) : 0;
    if (entries > 0) line.gappedEntries = entries;
    lines.push(line);
    lastPiece = trimmed;
    blank = false;
  }
  const last = lines.at(-1);
  if (last) last.blankAfter = true;
  if (wide) for (const at of wide) lines[at]!.text = asOneByte(lines[at]!.text);
  return lines;
}

/** A character a one-byte string cannot hold. */
const BEYOND_LATIN1 = /[^\0-\xff]/;
/** The same, searched for from a given place (`lastIndex`). */
const NEXT_BEYOND_LATIN1 = /[^\0-\xff]/g;

/** Where the first character past Latin-1 at or after `from` stands in the text, or the text's length. */
function nextBeyondLatin1(text: string, from: number): number {
  NEXT_BEYOND_LATIN1.lastIndex = from;
  return NEXT_BEYOND_LATIN1.exec(text)?.index ?? text.length;
}

/**
 * Longest page whose one-byte copy is written through `scratch`, in characters: nearly every article page (203 of the
 * dev sets' 206 text files are under 64 KiB, their median some 14 KB), while the buffer kept for the process stays small.
 */
const SCRATCH_CHARACTERS = 64 * 1024;
/**
 * Reused for each page's copy and each line's: a buffer made for each (its store outside V8's heap) cost three times the
 * copy of a page, and a buffer object made for each line was most of what copying it allocated.
 */
const scratch = Buffer.allocUnsafe(SCRATCH_CHARACTERS);

/**
 * The page (or a line) as a one-byte string, each character past Latin-1 turned into another byte (its lower byte), so
 * that every character keeps its place: a line holding none is the same text cut from the copy.
 */
function oneByteCopy(text: string): string {
  if (text.length > SCRATCH_CHARACTERS) return Buffer.from(text, "latin1").toString("latin1");
  const length = scratch.write(text, "latin1");
  return scratch.toString("latin1", 0, length);
}

/**
 * The line as a one-byte string when every character fits one. A page holding one curly quote or dash is stored two
 * bytes a character, and so is every line cut from it; V8 lower-cases and matches patterns against a one-byte string
 * several times faster, and the steps do both many times a line.
 */
function asOneByte(text: string): string {
  return BEYOND_LATIN1.test(text) ? text : oneByteCopy(text);
}

/**
 * The end of the packed block (lines with no blank line between them) that starts at `start` in `lines[start, to)`:
 * the next line with a blank line above it, or `to`. The steps walk a stretch's blocks with it in a loop,
 * `for (let start = from, end = from; start < to; start = end) { end = packedBlockEnd(lines, start, to); … }`, not with a
 * callback: an arrow made anew for each page can lose its compiled code with the page at a full collection, and V8
 * then compiles it again for the next page (seen in V8's optimisation trace under the bench's forced collections).
 */
export function packedBlockEnd(lines: readonly Line[], start: number, to: number): number {
  let end = start + 1;
  while (end < to && !lines[end]!.blankBefore) end++;
  return end;
}

/**
 * What a line sets before the text it ends with (a breadcrumb trail's crumbs before the title under it, a listicle's
 * rank before its picture's alt text over it), or undefined when it does not end with that text. Empty when the two
 * are one text: the callers' patterns then find no separator or rank.
 */
export function textBefore(text: string, ending: string): string | undefined {
  return text.endsWith(ending) ? text.slice(0, text.length - ending.length) : undefined;
}
