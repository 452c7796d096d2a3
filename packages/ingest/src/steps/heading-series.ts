import type { Block } from "@dateline/schema";
import { endsWithSentenceMark } from "./sentence.js";

/**
 * A numbered entry's opening: perhaps a label word ("Step", "Phase", "Mistake", "Schritt", "Étape", "Paso"), a running
 * number and its mark, then the entry's words ("3. Silence the alerts", "Phase 3: Production", "Étape 2 : choisir le
 * bois"). Groups: the label, the number, the mark.
 */
const SERIES_ENTRY = /^(?:(\p{L}{2,20})\s)?(\d{1,3})\s?([.:)])\s+[\p{L}\p{N}"“'‘(¿¡]/u;

/**
 * Fewest headings of one series (label and mark alike) that make it the page's series: one numbered heading alone may
 * be a point the page read as a heading on its own shape, and says nothing of the lines numbered next to it.
 */
const MIN_SERIES_HEADINGS = 2;

/** An entry of a numbered series: where it stands in the body, its number and the series it belongs to. */
type SeriesEntry = { at: number; number: number; series: string };

/** The series (label and mark, lower-cased) and number of a block's text opening as `SERIES_ENTRY` does. */
function seriesEntry(text: string, at: number): SeriesEntry | undefined {
  const entry = text.match(SERIES_ENTRY);
  if (!entry) return undefined;
  return { at, number: Number(entry[2]), series: `${(entry[1] ?? "").toLowerCase()}${entry[3]}` };
}

/** The text of a paragraph, or of a figure that is only a caption (no credit): what a heading may have been read as. */
function candidateText(block: Block): string | undefined {
  if (block.type === "paragraph") return block.text;
  if (block.type === "figure" && block.credit === undefined && block.image === undefined) return block.caption;
  return undefined;
}

/**
 * Reads as a heading an entry of a numbered series that the body's own headings leave a gap for: a paragraph or a
 * caption opening with the series' label and mark ("Phase 3: Production") whose number is one past the series heading
 * above it and one short of the one below ("Phase 2: …" over it, "Phase 4: …" under it), or that opens or closes the
 * series with its neighbour numbered next to it. A page sets every entry of a series alike; one read otherwise was
 * told by its own shape (too long for a heading, packed under a list, set apart like a caption), which the series
 * overrules. An entry finishing a sentence is text that counts its points, not a heading.
 */
export function completeHeadingSeries(body: Block[]): void {
  const headings: SeriesEntry[] = [];
  for (let at = 0; at < body.length; at++) {
    const block = body[at]!;
    const entry = block.type === "heading" ? seriesEntry(block.text, at) : undefined;
    if (entry) headings.push(entry);
  }
  if (headings.length === 0) return;
  for (let at = 0; at < body.length; at++) {
    const text = candidateText(body[at]!);
    if (text === undefined || endsWithSentenceMark(text)) continue;
    const entry = seriesEntry(text, at);
    if (!entry) continue;
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
    const after = above === undefined || above.number === entry.number - 1;
    const before = below === undefined || below.number === entry.number + 1;
    if (after && before) body[at] = { type: "heading", text, level: 2 };
  }
}
