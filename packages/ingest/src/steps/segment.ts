/** One non-empty line of the source, with the layout around it. */
export interface Line {
  /** Position among the non-empty lines. */
  index: number;
  text: string;
  /** Whether a blank line (or the start of the text) precedes it. */
  blankBefore: boolean;
  /** Whether a blank line (or the end of the text) follows it. */
  blankAfter: boolean;
}

/**
 * Split text into trimmed non-empty lines. A browser copy puts each block
 * element (paragraph, heading, caption, list item) on its own line; blank
 * lines tell paragraphs apart from runs of menu items or list items.
 */
export function segment(text: string): Line[] {
  const raw = text.split("\n");
  const lines: Line[] = [];
  let blank = true;
  for (const rawLine of raw) {
    let trimmed = rawLine.trim();
    if (trimmed.includes("  ") || trimmed.includes("\t")) trimmed = trimmed.replace(/[\t ]+/g, " ");
    if (trimmed === "") {
      blank = true;
      const last = lines.at(-1);
      if (last) last.blankAfter = true;
      continue;
    }
    lines.push({ index: lines.length, text: trimmed, blankBefore: blank, blankAfter: false });
    blank = false;
  }
  const last = lines.at(-1);
  if (last) last.blankAfter = true;
  return lines;
}
