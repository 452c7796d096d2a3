import type { Block } from "@dateline/schema";
import { hasCredit, isPictureFurniture } from "./caption.js";
import { endsLikeSentence } from "./sentence.js";
import { atMostWords } from "./word-count.js";

/** The level of every heading the text reader finds: plain text prints no levels, and level 1 is the headline's. */
export const SUBHEADING_LEVEL = 2;

/**
 * A numbered entry's opening: perhaps a label word ("Step", "Phase", "Mistake", "Schritt", "Étape", "Paso"), a running
 * number and its mark, then the entry's words ("3. Silence the alerts", "Phase 3: Filming", "Étape 2 : choisir le
 * bois"). Groups: the label, the number, the mark.
 */
const SERIES_ENTRY = /^(?:(\p{L}{2,20})\s)?(\d{1,3})\s?([.:)])\s+([\p{L}\p{N}"“'‘(¿¡])/u;
/**
 * A lower-case letter: an entry's words opening so may go on a sentence the line above leads into; a stacked line
 * without one anywhere is set all in capitals, as a banner shouts ("DOWNLOAD THE GUIDE"), and names no group.
 */
const LOWER_CASE_LETTER = /\p{Ll}/u;

/**
 * Fewest headings of one series (label and mark alike) that make it the page's series: one numbered heading alone may
 * be a point the page read as a heading on its own shape, and says nothing of the lines numbered next to it.
 */
const MIN_SERIES_HEADINGS = 2;

/**
 * Most words an entry may have to be read as a heading: the series overrules an entry's shape when it is a long title,
 * not when it is a paragraph that happens to open with the next number (twice the words a heading is read by alone).
 */
const MAX_SERIES_ENTRY_WORDS = 24;

/**
 * An entry of a numbered series: where it stands in the body, its number, the series it belongs to, and whether it is a
 * bare number (no label word) before words opening in lower case, as a list's point is printed.
 */
type SeriesEntry = { at: number; number: number; series: string; barePoint: boolean };

/** The series (label and mark, lower-cased) and number of a block's text opening as `SERIES_ENTRY` does. */
function seriesEntry(text: string, at: number): SeriesEntry | undefined {
  const entry = text.match(SERIES_ENTRY);
  if (!entry) return undefined;
  return {
    at,
    number: Number(entry[2]),
    series: `${(entry[1] ?? "").toLowerCase()}${entry[3]}`,
    barePoint: entry[1] === undefined && LOWER_CASE_LETTER.test(entry[4]!),
  };
}

/** The text of a paragraph, or of a figure that is only a caption (no credit): what a heading may have been read as. */
function candidateText(block: Block): string | undefined {
  if (block.type === "paragraph") return block.text;
  if (block.type === "figure" && block.credit === undefined && block.image === undefined) return block.caption;
  return undefined;
}

/**
 * Whether a bare point in lower case goes on a paragraph above it that leads into it with a colon ("The council set
 * three conditions:" over "3. the operator must publish its figures"): a list's point under its lead, not a heading. A
 * label names the entry a step of its series whatever its case ("Then comes the last step:" over "Step 3: wait for the
 * draw"), so only bare numbers are asked.
 */
function ledInFromAbove(body: readonly Block[], entry: SeriesEntry): boolean {
  const above = entry.at > 0 ? body[entry.at - 1] : undefined;
  return entry.barePoint && above?.type === "paragraph" && above.text.trimEnd().endsWith(":");
}

/** Whether any heading stands in `body` strictly between `from` and `to`. */
function headingBetween(body: readonly Block[], from: number, to: number): boolean {
  for (let at = from + 1; at < to; at++) if (body[at]!.type === "heading") return true;
  return false;
}

/**
 * Whether a block of text stands under `entry` for it to head: not the body's end, not a heading, and not the series'
 * next entry set as text too (clauses or points counted on in paragraphs, which the entry does not head).
 */
function textUnder(body: readonly Block[], entry: SeriesEntry): boolean {
  const under = body[entry.at + 1];
  if (under === undefined || under.type === "heading") return false;
  const text = candidateText(under);
  return text === undefined || seriesEntry(text, entry.at + 1)?.series !== entry.series;
}

/** The body's headings that open as an entry of a numbered series, in the body's order. */
function seriesHeadings(body: readonly Block[]): SeriesEntry[] {
  const headings: SeriesEntry[] = [];
  for (let at = 0; at < body.length; at++) {
    const block = body[at]!;
    const entry = block.type === "heading" ? seriesEntry(block.text, at) : undefined;
    if (entry) headings.push(entry);
  }
  return headings;
}

/**
 * Most words of a group's name set over the entries it gathers ("Jobs for a weekend", "Für die Soße", "The top three"):
 * a caption tells what its picture shows at more length ("The old crane on the quay before the repairs").
 */
const MAX_GROUP_NAME_WORDS = 4;

/**
 * Whether a line stacked over a series' entry names a group of the entries under it rather than a picture: the count
 * restarts under it ("Mains" over a second "1."), or it is a short name in mixed case that no credit, agency or picture
 * word marks as a picture's ("For the sauce" over "4. …", not "Getty", "Ada Lee/Reuters" or "SIGN UP NOW").
 */
function namesGroup(text: string, entry: SeriesEntry, firstNumber: number): boolean {
  if (entry.number === firstNumber) return true;
  if (!atMostWords(text.trim(), MAX_GROUP_NAME_WORDS) || !LOWER_CASE_LETTER.test(text)) return false;
  return !isPictureFurniture(text) && !hasCredit(text);
}

/**
 * Reads as a paragraph a heading set straight over an entry of the page's numbered series (no text between them) once
 * the series has begun above: a section's heading may stand over a series' first entry ("Five ways to save" over "1.
 * Cut the heating"), but a line printed between one entry's text and the next entry's heading is mostly a picture's
 * caption, a credit or a banner the page set over the entry ("The boiler room in the old mill in winter" over "3. Bleed
 * the radiators"). A stacked line that is itself numbered ("Part 2: Heat" over "4. …") heads a part of the series and
 * stays, and so does one naming a group of the entries (`namesGroup`). Run after `completeHeadingSeries`, so entries it
 * restored count as the series.
 */
export function unstackSeriesCaptions(body: Block[]): void {
  // A series' heading with one of its own above it makes the series two headings at least, as
  // `MIN_SERIES_HEADINGS` asks.
  const firstNumbers = new Map<string, number>();
  for (const heading of seriesHeadings(body)) {
    const above = body[heading.at - 1];
    const firstNumber = firstNumbers.get(heading.series);
    if (
      firstNumber !== undefined &&
      above?.type === "heading" &&
      !seriesEntry(above.text, heading.at - 1) &&
      !namesGroup(above.text, heading, firstNumber)
    ) {
      body[heading.at - 1] = { type: "paragraph", text: above.text };
    }
    if (firstNumber === undefined) firstNumbers.set(heading.series, heading.number);
  }
}

/**
 * Reads as a heading an entry of a numbered series that the body's own headings leave a gap for: a paragraph or a
 * caption opening with the series' label and mark ("Phase 3: Filming") whose number is one past the series heading
 * above it and one short of the one below ("Phase 2: …" over it, "Phase 4: …" under it), or that opens or closes the
 * series with its neighbour numbered next to it and no other heading between them. A page sets every entry of a series
 * alike; one read otherwise was told by its own shape (too long for a heading, packed under a list, set apart like a
 * caption), which the series overrules. Left as text: an entry finishing a sentence or leading into the next line
 * (a colon, an ellipsis), one of a paragraph's length, one with no text of its own under it (`textUnder`), and a bare
 * point in lower case that a paragraph's colon leads into (`ledInFromAbove`).
 */
export function completeHeadingSeries(body: Block[]): void {
  const headings = seriesHeadings(body);
  if (headings.length === 0) return;
  for (let at = 0; at < body.length; at++) {
    const text = candidateText(body[at]!);
    if (text === undefined || endsLikeSentence(text) || !atMostWords(text.trim(), MAX_SERIES_ENTRY_WORDS)) continue;
    const entry = seriesEntry(text, at);
    if (!entry || !textUnder(body, entry) || ledInFromAbove(body, entry)) continue;
    let above: SeriesEntry | undefined;
    let below: SeriesEntry | undefined;
    let inSeries = 0;
    for (const heading of headings) {
      if (heading.series !== entry.series) continue;
      inSeries++;
      if (heading.at < at) above = heading;
      else if (below === undefined) below = heading;
    }
    if (inSeries < MIN_SERIES_HEADINGS) continue;
    // An entry opening or closing the series stands next to its one neighbour, not in another heading's section.
    const after = above === undefined ? below !== undefined && !headingBetween(body, at, below.at) : above.number === entry.number - 1;
    const before = below === undefined ? !headingBetween(body, above!.at, at) : below.number === entry.number + 1;
    if (after && before) body[at] = { type: "heading", text, level: SUBHEADING_LEVEL };
  }
}
