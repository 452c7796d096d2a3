import type { Mark } from "@dateline/schema";

type MarkType = Mark["type"];

const VISIBLE = /[^\s\u200B-\u200F\u2060\uFEFF]/;

interface OpenMark {
  type: MarkType;
  href?: string;
  start: number;
}

/**
 * Builds the plain text of one block from the pieces of an element's inline
 * content, collapsing white space as a browser lays it out, and records
 * link, emphasis and strong ranges over that text as it grows.
 */
export class InlineText {
  private parts: string[] = [];
  private length = 0;
  private pendingSpace = false;
  /** Line breaks since the last visible text. */
  private breaks = 0;
  /** Where single line breaks stand in the text: the offset of the space each became. */
  private readonly breakOffsets: number[] = [];
  private readonly marks: Mark[] = [];
  private readonly open: OpenMark[] = [];

  add(text: string): void {
    if (text === "") return;
    const collapsed = text.replace(/[\s\u00A0\u200B\u2007\u202F]+/g, " ");
    if (collapsed === " ") {
      this.pendingSpace = true;
      return;
    }
    const startsWithSpace = collapsed.startsWith(" ");
    const endsWithSpace = collapsed.endsWith(" ");
    const words = collapsed.trim();
    if ((this.pendingSpace || startsWithSpace) && this.length > 0) this.push(" ");
    this.pendingSpace = endsWithSpace;
    this.breaks = 0;
    // A mark starts at its first character, after any space before it.
    for (const mark of this.open) if (mark.start < 0) mark.start = this.length;
    this.push(words);
  }

  /** A line break or the edge of an inline-block: a space unless the text already ends with one. */
  space(): void {
    this.pendingSpace = true;
  }

  /**
   * A `<br>`: a space, or true when it follows another with only white space
   * between them, a blank line that ends a paragraph on pages that lay text
   * out with breaks instead of `<p>`. Inside a mark it is never an end, as
   * the mark would be cut.
   */
  lineBreak(): boolean {
    this.pendingSpace = true;
    this.breaks++;
    if (this.breaks === 1 && this.length > 0) this.breakOffsets.push(this.length);
    return this.breaks >= 2 && this.length > 0 && this.open.length === 0;
  }

  openMark(type: MarkType, href?: string): void {
    this.open.push({ type, start: -1, ...(href ? { href } : {}) });
  }

  closeMark(): void {
    const mark = this.open.pop();
    if (!mark || mark.start < 0 || this.length <= mark.start) return;
    this.marks.push(
      mark.type === "link"
        ? { type: "link", start: mark.start, end: this.length, href: mark.href! }
        : { type: mark.type, start: mark.start, end: this.length },
    );
  }

  get isEmpty(): boolean {
    return this.length === 0;
  }

  /**
   * Where the text's single `<br>`s stand (each the offset of the space it became), so that lines a page parts only by
   * breaks (an old layout's headline, byline and date) can be read apart; none at the text's end.
   */
  get lineBreaks(): readonly number[] {
    return this.breakOffsets.filter((offset) => offset < this.length);
  }

  /** The text and its marks, sorted by start; undefined when nothing but white space was added. */
  finish(): { text: string; marks?: Mark[] } | undefined {
    if (this.length === 0) return undefined;
    const text = this.parts.join("");
    // Zero-width joiners and marks alone are an empty paragraph some editors leave.
    if (!VISIBLE.test(text)) return undefined;
    const marks = this.marks
      .filter((mark) => mark.end <= text.length && mark.end > mark.start)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    return marks.length > 0 ? { text, marks } : { text };
  }

  private push(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }
}
