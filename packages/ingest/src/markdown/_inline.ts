import type { Mark } from "@dateline/schema";

type MarkType = Mark["type"];

/**
 * Plain text with marks over it, built one run at a time: white space is collapsed as it is
 * appended (a soft line break is a space), so every mark's range is right by construction.
 */
export class InlineText {
  private text = "";
  private readonly marks: Mark[] = [];
  /**
   * What the text's ends hold, kept aside: reading a character of a string grown by `+=` makes V8
   * copy it whole, which for a paragraph of thousands of links made the reader quadratic.
   */
  private endsWithSpace = false;
  private readonly runsStartingWithSpace = new Set<number>();

  get length(): number {
    return this.text.length;
  }

  append(chunk: string): void {
    let run = chunk.replace(/\s+/g, " ");
    if (this.text.length === 0 || this.endsWithSpace) run = run.replace(/^ /, "");
    if (run === "") return;
    if (run.startsWith(" ")) this.runsStartingWithSpace.add(this.text.length);
    this.text += run;
    this.endsWithSpace = run.endsWith(" ");
  }

  /** Run `inside`, then mark what it appended; leading white space it appended stays unmarked. */
  mark(type: MarkType, inside: () => void, href?: string): void {
    const start = this.text.length;
    inside();
    // The first run appended from `start` on starts there.
    const from = this.runsStartingWithSpace.has(start) ? start + 1 : start;
    const end = this.endsWithSpace ? this.text.length - 1 : this.text.length;
    if (end <= from) return;
    if (type === "link") {
      if (href) this.marks.push({ type, start: from, end, href });
    } else this.marks.push({ type, start: from, end });
  }

  /** The finished text and its marks, or undefined when nothing but white space was appended. */
  finish(): { text: string; marks?: Mark[] } | undefined {
    const text = this.text.trimEnd();
    if (text === "") return undefined;
    const marks = this.marks
      .map((mark) => ({ ...mark, end: Math.min(mark.end, text.length) }))
      .filter((mark) => mark.end > mark.start)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    return marks.length > 0 ? { text, marks } : { text };
  }
}

/** An absolute http(s) URL for a link or picture: relative ones resolved against `base`; other schemes dropped. */
export function httpUrl(value: string | undefined, base: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}
