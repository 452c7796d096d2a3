import { directionOf, pageOfText } from "@dateline/html";
import type { Frame, Item } from "./_flow.js";
import type { Fonts } from "./_fonts.js";
import { elementOf, node, type Node } from "./_nodes.js";
import { drawImage, linkArea, type OutlineItem, type PdfDoc, type StructElement } from "./_pdfkit.js";
import { ROLES, RULE } from "./_style.js";
import type { TextStyle } from "./_fonts.js";
import { Typesetter, type Line, type Segment } from "./_typeset.js";

/** Dot leaders: the dots' size, their spacing, and the space kept before the page number. */
const LEADER_DOT = 1.1;
const LEADER_SPACING = 3.5;
const LEADER_GAP = 4;

/** Whose text the running head and foot are, in the warning about characters no font has. */
const PAGE_CHROME = "page header and footer";
/**
 * The node the running head's and foot's runs belong to: they are drawn as
 * artifacts, so it only keeps their segments together and never becomes a
 * structure element.
 */
const CHROME_NODE = node("Artifact", undefined);

/** A line of page chrome, shaped like body text, and its width. */
interface ChromeLine {
  segments: Segment[];
  width: number;
}

export interface Chrome {
  title: string;
  edition: string | undefined;
  /** The briefing's language, for "Page N of M". */
  language: string | undefined;
  total: number;
  /** 1-based first page of each article, from the layout pass. */
  pageOf: readonly number[];
}

/** Draws laid-out pages one by one; keeps the outline position between pages. */
export class Painter {
  private article: OutlineItem | undefined;
  /** The top-level element being drawn (a `Sect`, the `TOC`…): ended as soon as the next begins, so pdfkit can write it out and free it. */
  private current: Node | undefined;
  private readonly setter: Typesetter;
  /** The running head's title and edition, the same on every page: set once, when the painter is made. */
  private readonly title: ChromeLine;
  private readonly edition: ChromeLine | undefined;

  constructor(
    private readonly doc: PdfDoc,
    private readonly fonts: Fonts,
    private readonly frame: Frame,
    private readonly chrome: Chrome,
  ) {
    this.setter = new Typesetter(fonts);
    this.title = this.chromeLine(chrome.title);
    this.edition = chrome.edition ? this.chromeLine(chrome.edition) : undefined;
  }

  page(items: readonly Item[], index: number): void {
    const { doc } = this;
    doc.addPage();
    this.pageChrome(index);
    for (const item of items) {
      switch (item.kind) {
        case "line":
          this.line(item.line, item.x, item.y);
          break;
        case "rect":
          this.artifact("Layout", () => doc.rect(item.x, item.y, item.width, item.height).fill(item.color));
          break;
        case "image":
          this.element(item.node).add(() => drawImage(doc, item.image, item.x, item.y, item.width, item.height));
          break;
        case "outline": {
          const options = { top: item.y, left: this.frame.pageWidth };
          if (item.level === 1 || !this.article) this.article = doc.outline.addItem(item.title, options);
          else this.article.addItem(item.title, options);
          break;
        }
        case "dest":
          doc.addNamedDestination(item.name, "FitH", this.frame.pageHeight - item.y + 6);
          break;
        case "pageref": {
          const text = String(this.chrome.pageOf[item.article] ?? "");
          const width = this.widthOf(text, item.style);
          const x = item.right - width;
          this.leaders(item.leaderFrom, x - LEADER_GAP, item.y);
          this.link(item.node, x, item.y - item.style.size, width, item.style.size * 1.3, () => this.text(text, item.style, x, item.y));
          break;
        }
      }
    }
  }

  /**
   * Running head (from page 2) and "Page N of M" foot, marked as pagination
   * artifacts so readers skip them. Their text goes through the typesetter
   * like body text: fallback fonts for scripts the chrome face lacks, and
   * visual order for right-to-left words. In a right-to-left briefing the
   * title stands at the right and the edition at the left.
   */
  private pageChrome(index: number): void {
    const { doc, frame, chrome } = this;
    const rightToLeft = directionOf(chrome.language) === "rtl";
    this.artifact("Pagination", () => {
      if (index > 0) {
        const y = frame.top - 22;
        const { title, edition } = this;
        this.chromeText(title, rightToLeft ? frame.left + frame.width - title.width : frame.left, y);
        if (edition) {
          this.chromeText(edition, rightToLeft ? frame.left : frame.left + frame.width - edition.width, y);
        }
        doc.rect(frame.left, y + 5, frame.width, 0.4).fill(RULE);
      }
      const foot = this.chromeLine(pageOfText(index + 1, chrome.total, chrome.language));
      this.chromeText(foot, frame.left + (frame.width - foot.width) / 2, frame.bottom + 30);
    });
  }

  /** Page chrome as one line however long (it was never wrapped), split into fallback faces and put in visual order. */
  private chromeLine(text: string): ChromeLine {
    const style = ROLES.chrome.style;
    const [line] = this.setter.lines([{ text, style, node: CHROME_NODE }], {
      measure: Number.POSITIVE_INFINITY,
      leading: ROLES.chrome.leading,
      owner: PAGE_CHROME,
      language: this.chrome.language,
      direction: directionOf(this.chrome.language),
    });
    return line ? { segments: line.segments, width: line.width } : { segments: [], width: 0 };
  }

  private chromeText(line: ChromeLine, x: number, baseline: number): void {
    let cursor = x;
    for (const segment of line.segments) {
      this.fonts.draw(segment.style, segment.words, cursor, baseline, 0);
      cursor += segment.width;
    }
  }

  private element(target: Node): StructElement {
    let top = target;
    while (top.parent?.parent) top = top.parent;
    if (top !== this.current) {
      this.current?.element?.end();
      this.current = top;
    }
    return elementOf(this.doc, target);
  }

  /**
   * A link's text on one line, in a `Link` element of its own that holds the
   * annotation too. One element per line lets it end at once, while its page
   * is still current: pdfkit takes an annotation's page from the current page.
   */
  private link(target: Node, x: number, y: number, width: number, height: number, draw: () => void): void {
    const element = this.doc.struct("Link");
    this.element(target.parent!).add(element);
    element.add(draw);
    linkArea(this.doc, x, y, width, height, target, element);
    element.end();
  }

  private artifact(type: "Pagination" | "Layout", draw: () => void): void {
    this.doc.markContent("Artifact", { type });
    draw();
    this.doc.endMarkedContent();
  }

  /** Dot leaders drawn as a dotted rule (an artifact), so extraction reads the headline and its number alone. */
  private leaders(from: number, to: number, baseline: number): void {
    if (to - from < LEADER_SPACING) return;
    const { doc } = this;
    this.artifact("Layout", () => {
      doc
        .save()
        .moveTo(from, baseline - 1)
        .lineTo(to, baseline - 1)
        .lineWidth(LEADER_DOT)
        .lineCap("round")
        .dash(0.01, { space: LEADER_SPACING })
        .strokeColor(RULE)
        .stroke()
        .restore();
    });
  }

  private widthOf(text: string, style: TextStyle): number {
    return this.fonts.width(style.face, style.size, this.fonts.words(style.face, text));
  }

  private text(text: string, style: TextStyle, x: number, baseline: number): void {
    this.fonts.draw(style, this.fonts.words(style.face, text), x, baseline, 0);
  }

  /**
   * One line: decorations as artifacts, then its text, each run of segments
   * inside the marked content of its own element (so a link is a `Link`
   * inside its `P`), stretched to the measure when justified.
   */
  private line(line: Line, x: number, y: number): void {
    const { doc } = this;
    for (const decor of line.decor)
      this.artifact("Layout", () => doc.rect(this.frame.left + decor.x, y, decor.width, line.height).fill(decor.color));
    const baseline = y + line.baseline;
    if (line.label) {
      const label = line.label;
      this.element(label.node).add(() => this.fonts.draw(label.style, label.words, label.x, baseline, 0));
    }
    const spaces = line.segments.reduce((sum, segment) => sum + segment.words.length - 1, 0);
    const extra = line.justify && spaces > 0 ? (line.measure - line.width) / spaces : 0;
    let cursor = line.flushRight ? x + line.measure - line.width : x;
    for (const group of byNode(line.segments)) {
      const start = cursor;
      const draw = () => {
        for (const segment of group) {
          this.fonts.draw(segment.style, segment.words, cursor, baseline, extra);
          cursor += segment.width + extra * (segment.words.length - 1);
        }
      };
      const target = group[0]!.node;
      if (target.href || target.dest) {
        const width = group.reduce((sum, segment) => sum + segment.width + extra * (segment.words.length - 1), 0);
        this.link(target, start, y, width, line.height, draw);
      } else this.element(target).add(draw);
    }
  }
}

function byNode(segments: readonly Segment[]): Segment[][] {
  const groups: Segment[][] = [];
  for (const segment of segments) {
    const last = groups.at(-1);
    if (last && last[0]!.node === segment.node) last.push(segment);
    else groups.push([segment]);
  }
  return groups;
}
