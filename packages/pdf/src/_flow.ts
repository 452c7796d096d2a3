import type { Node } from "./_nodes.js";
import type { PdfImage } from "./_pdfkit.js";
import type { TextStyle } from "./_fonts.js";
import type { Line } from "./_typeset.js";

/** The text area of a page, in points from the top-left corner. */
export interface Frame {
  pageWidth: number;
  pageHeight: number;
  left: number;
  width: number;
  top: number;
  bottom: number;
}

export type Item =
  | { kind: "line"; line: Line; x: number; y: number }
  | { kind: "image"; image: PdfImage; node: Node; x: number; y: number; width: number; height: number }
  | { kind: "rect"; x: number; y: number; width: number; height: number; color: string }
  | { kind: "outline"; title: string; level: 1 | 2; y: number }
  | { kind: "dest"; name: string; y: number }
  /**
   * The page number of an article, known only once every page is laid out:
   * set flush against `right` on the baseline `y`, with dot leaders from
   * `leaderFrom` to it.
   */
  | { kind: "pageref"; article: number; node: Node; style: TextStyle; leaderFrom: number; right: number; y: number };

/**
 * Fills pages top to bottom and hands each finished page to `onPage`, so a
 * drawing pass holds one page at a time. Pagination rules live here:
 * gaps vanish at the top of a page, blocks can be kept together or with what
 * follows, and paragraphs never leave a single line at a page's foot or head.
 */
export class Flow {
  private items: Item[] | undefined;
  private count = 0;
  y = 0;

  constructor(
    readonly frame: Frame,
    private readonly onPage: (items: Item[], index: number) => void,
  ) {}

  /** Number of pages started so far; the current page's 1-based number. */
  get pageNumber(): number {
    return this.count;
  }

  get room(): number {
    return this.frame.bottom - this.y;
  }

  get atTop(): boolean {
    return this.y <= this.frame.top;
  }

  newPage(): void {
    this.flush();
    this.items = [];
    this.count++;
    this.y = this.frame.top;
  }

  /** Hand over the last page; call once at the end. */
  finish(): void {
    this.flush();
  }

  private flush(): void {
    if (this.items) this.onPage(this.items, this.count - 1);
    this.items = undefined;
  }

  push(item: Item): void {
    this.items!.push(item);
  }

  gap(height: number): void {
    if (!this.atTop) this.y += height;
  }

  /** Start a new page unless `height` fits below the cursor (keep-together, keep-with-next). */
  keep(height: number): void {
    if (height > this.room + 0.01 && !this.atTop) this.newPage();
  }

  lines(lines: readonly Line[], options: { together?: boolean } = {}): void {
    let i = 0;
    while (i < lines.length) {
      const left = lines.length - i;
      let fit = 0;
      let height = 0;
      while (fit < left && height + lines[i + fit]!.height <= this.room + 0.01) height += lines[i + fit++]!.height;
      if (fit < left) {
        if (options.together && !this.atTop) {
          this.newPage();
          continue;
        }
        // Widow and orphan control: at least two lines stay at the foot, and at least two go over.
        fit = Math.min(fit, left - 2);
        if (fit < 2 && !this.atTop) {
          this.newPage();
          continue;
        }
        fit = Math.max(fit, 1);
      }
      for (const line of lines.slice(i, i + fit)) {
        this.push({ kind: "line", line, x: this.frame.left + line.indent, y: this.y });
        this.y += line.height;
      }
      i += fit;
      if (i < lines.length) this.newPage();
    }
  }
}

/** Height of the lines that must share a page with a heading above them: two, or all when there are fewer. */
export function leadHeight(lines: readonly Line[]): number {
  return lines.slice(0, 2).reduce((sum, line) => sum + line.height, 0);
}
