import type { Block } from "@dateline/schema";
import { hasCredit, isPictureFurniture } from "./caption.js";
import { OPENS_WITH_QUOTATION } from "./quotation.js";
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

/**
 * A line's closing colon, Latin or full-width ("Why it matters:", "背景："): a heading's mark in a series of them, and a
 * lead-in's over the story's text (see `leadsIntoStory` in assemble.ts).
 */
export const CLOSING_COLON = /[:：]$/u;
/** A colon, a sentence's end or a clause's break inside a line: a label names its section in one phrase and no more. */
const INNER_BREAK = /[:：.!?。！？;；]/u;
/** How a label opens: a capital, a figure or a letter of a script without case, as `isHeadingShaped` asks. */
const LABEL_OPENING = /^[\p{Lu}\p{N}\p{Lo}]/u;
/**
 * Most words of a label in a series: a section's name, not a speaker's lead-in clause ("Analysts gave three
 * reasons").
 */
const MAX_LABEL_WORDS = 8;
/**
 * How many times a label's length the paragraph under it runs at least: the prose a heading stands over runs a
 * sentence or more, where a lead-in's colon opens a list's short points. Measured in characters, so unspaced scripts
 * compare too.
 */
const PROSE_LENGTH_RATIO = 3;
/**
 * Fewest labels of a page set alike before they are read as its headings: one or two colon lines between paragraphs
 * are mostly lead-ins, a run of three over prose names sections.
 */
const MIN_LABEL_SERIES = 3;
/** Fewest paragraphs of a section under a heading: labels with fewer between them are a run of lead-ins. */
const MIN_SECTION_PARAGRAPHS = 2;
/** Fewest of a page's headings in another form that say the page heads its sections otherwise. */
const MIN_OTHER_HEADINGS = 2;

/** Whether a paragraph's text is a short label ending on its only colon, with no sentence inside it. */
function isColonLabel(text: string): boolean {
  const label = text.trim();
  return (
    CLOSING_COLON.test(label) && !INNER_BREAK.test(label.slice(0, -1)) && LABEL_OPENING.test(label) && atMostWords(label, MAX_LABEL_WORDS)
  );
}

/**
 * Whether a block is prose under a label: a paragraph far longer than it, ending as a sentence and not on a colon, and
 * not opening on a quotation mark, which makes the label a lead-in to someone's words ("She wrote:", "Er sagte:").
 */
function isProseUnder(block: Block | undefined, label: string): boolean {
  if (block?.type !== "paragraph") return false;
  const text = block.text.trim();
  return (
    text.length >= label.length * PROSE_LENGTH_RATIO &&
    endsLikeSentence(text) &&
    !CLOSING_COLON.test(text) &&
    !OPENS_WITH_QUOTATION.test(text)
  );
}

/**
 * Whether no two labels of a run say the same: a page names each section once, where an interview's speaker ("Anna
 * Weber:"), a questioner's "Q:" or a live page's "Update:" comes back again and again.
 */
function allDifferent(labels: readonly { text: string }[]): boolean {
  return new Set(labels.map(({ text }) => text.trim())).size === labels.length;
}

/**
 * Reads as headings a page's run of short labels ending on their only colon ("Why it matters:", "Was jetzt kommt:"),
 * each alone over prose: a page sets its section names alike, and three such labels spaced between paragraphs are a
 * series of them, where one alone is as often a lead-in. Left as text: every label of a page where any one of them
 * stands over no prose (a list's points, a quote, another label) or next to another with at most one paragraph
 * between, as lead-ins are packed, or where one label comes back (a speaker's name); and all of them on a page that
 * heads its sections in another form. A phrase ending on a full stop is never taken: a series of them cannot be told
 * from a story's short one-sentence paragraphs.
 */
export function completeLabelSeries(body: Block[]): void {
  const labels: { at: number; text: string }[] = [];
  for (let at = 0; at < body.length; at++) {
    const block = body[at]!;
    if (block.type === "paragraph" && isColonLabel(block.text)) labels.push({ at, text: block.text });
  }
  if (labels.length < MIN_LABEL_SERIES) return;
  let otherHeadings = 0;
  for (const block of body) if (block.type === "heading" && !CLOSING_COLON.test(block.text.trim())) otherHeadings++;
  if (otherHeadings >= MIN_OTHER_HEADINGS) return;
  const spaced = labels.every(({ at }, k) => k === 0 || at - labels[k - 1]!.at > MIN_SECTION_PARAGRAPHS);
  if (!spaced || !allDifferent(labels) || !labels.every(({ at, text }) => isProseUnder(body[at + 1], text))) return;
  for (const { at, text } of labels) body[at] = { type: "heading", text, level: SUBHEADING_LEVEL };
}
