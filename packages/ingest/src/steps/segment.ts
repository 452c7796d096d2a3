import { parseByline } from "./byline.js";
import { endsLikeSentence } from "./sentence.js";

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
}

/** Lines at least this long may be one line of a paragraph wrapped by hand (plain-text mail, RFCs). */
const MIN_WRAPPED_LINE = 40;

/** Last characters of a line that end what it says. */
const CLOSES_LINE = new Set([...'.!?:;"”']);

/**
 * Whether `next` continues the sentence that `line` leaves open: the text was
 * wrapped at a fixed width, so the line is long, does not end its sentence,
 * and the next line goes on in lower case. Menus and titles never do that.
 * A lower-case byline under a long headline ("by Ann Lee", "by: Ann Lee")
 * stands apart: wrapped prose would end its sentence on that line.
 */
function continues(line: string, next: string): boolean {
  return (
    line.length >= MIN_WRAPPED_LINE &&
    !CLOSES_LINE.has(line[line.length - 1]!) &&
    /^[\p{Ll}(]/u.test(next) &&
    !/^[•·▪*–-]\s/u.test(next) &&
    !(next.startsWith("by") && !endsLikeSentence(next) && parseByline(next) !== undefined)
  );
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
  // Runs of spaces and tabs become one space, in one pass over the page rather than a search in every line.
  const hasTabs = text.includes("\t");
  const collapsed = hasTabs || text.includes("  ") ? text.replace(/[\t ]{2,}|\t/g, " ") : text;
  // Tabs part a table's cells: only a page holding any is split twice, to tell which lines they stand in.
  const rawLines = hasTabs ? text.split("\n") : undefined;
  let lineNumber = -1;
  for (const rawLine of collapsed.split("\n")) {
    lineNumber++;
    const trimmed = rawLine.trim();
    const last = lines.at(-1);
    if (trimmed === "") {
      blank = true;
      if (last) last.blankAfter = true;
      continue;
    }
    if (!blank && last && continues(last.text, trimmed)) {
      // A word broken at the wrap keeps its hyphen and loses the space ("Internet-" + "Drafts").
      last.text = /\p{L}-$/u.test(last.text) ? last.text + trimmed : `${last.text} ${trimmed}`;
      continue;
    }
    const tabbedLine = rawLines !== undefined && rawLines[lineNumber]!.trim().includes("\t");
    lines.push({ index: lines.length, text: trimmed, blankBefore: blank, blankAfter: false, tabbed: tabbedLine });
    blank = false;
  }
  const last = lines.at(-1);
  if (last) last.blankAfter = true;
  return lines;
}

/**
 * Calls `visit` with each packed block of `lines[from, to)`, lines with no
 * blank line between them, as its [start, end). A callback rather than a
 * list: it runs several times for every page.
 */
export function forEachPackedBlock(lines: readonly Line[], from: number, to: number, visit: (start: number, end: number) => void): void {
  let start = from;
  for (let i = from + 1; i <= to; i++) {
    if (i < to && !lines[i]!.blankBefore) continue;
    visit(start, i);
    start = i;
  }
}
