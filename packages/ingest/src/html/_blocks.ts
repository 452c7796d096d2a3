import type { Block, FigureBlock, RelatedLink, TableCell } from "@dateline/schema";
import { isRelatedLabel } from "../steps/boilerplate.js";
import {
  attr,
  BLOCK_TAGS,
  childNodes,
  type Element,
  findAll,
  findFirst,
  INVISIBLE_TAGS,
  isElement,
  isText,
  type Node,
  textOf,
  walk,
} from "./_dom.js";
import { isPullQuote } from "./_furniture.js";
import { imageAlt, imageUrl } from "./_images.js";
import { InlineText } from "./_inline.js";
import { absoluteUrl } from "./_urls.js";

export interface BlockOptions {
  /** The page's address: relative links and pictures resolve against it; without it they are left out. */
  baseUrl?: string;
  /** Elements to leave out with everything inside them (page furniture, when a whole page is read). */
  skip?: (element: Element) => boolean;
  /** An element the caller maps itself (e.g. a related-stories box), asked before `skip`; undefined falls through. */
  special?: (element: Element) => Block[] | undefined;
}

/**
 * Below this depth an element's content is taken as plain text: real pages
 * nest a few dozen levels, and a hostile one must not exhaust the stack.
 */
const MAX_DEPTH = 200;

/** The schema's heading levels: 1 is the headline; h5 and h6 are as deep as level 4 goes. */
const HEADING_LEVELS: Record<string, 2 | 3 | 4> = { h1: 2, h2: 2, h3: 3, h4: 4, h5: 4, h6: 4 };

/** Elements that carry inline marks. */
const EMPHASIS_TAGS = new Set(["em", "i"]);
const STRONG_TAGS = new Set(["strong", "b"]);

/** Elements that never hold article text (the `skip` option adds a page's furniture). */
const DROPPED_TAGS = new Set([...INVISIBLE_TAGS, "nav", "form", "input", "dialog", "link", "meta", "base", "area", "map"]);
const EMBED_TAGS = new Set(["iframe", "video", "audio", "embed", "object"]);

/**
 * HTML → Dateline blocks, one small handler per element kind; anything
 * without a handler falls through to its children. Inline content between
 * blocks becomes paragraphs with link, emphasis and strong marks (only
 * absolute http(s) links survive).
 */
export class BlockMapper {
  readonly blocks: Block[] = [];
  private inline = new InlineText();
  /** Pictures met in the current inline run: icons beside text, or figures when the run has no text. */
  private images: Element[] = [];
  private readonly base: string | undefined;
  private readonly blockInside = new WeakSet<Element>();

  constructor(private readonly options: BlockOptions = {}) {
    this.base = options.baseUrl;
  }

  map(root: Node): Block[] {
    this.markBlockContainers(root);
    this.children(root, 0);
    this.flush();
    return this.blocks;
  }

  /** One pass, bottom-up: which elements hold a block element somewhere inside (so are no inline run). */
  private markBlockContainers(root: Node): void {
    const order: Element[] = [];
    walk(root, (node) => {
      if (isElement(node)) order.push(node);
      return true;
    });
    for (let i = order.length - 1; i >= 0; i--) {
      const element = order[i]!;
      const parent = element.parentNode;
      if (parent && isElement(parent) && (BLOCK_TAGS.has(element.tagName) || this.blockInside.has(element))) this.blockInside.add(parent);
    }
  }

  private isInline(node: Node): boolean {
    if (!isElement(node)) return true;
    return !BLOCK_TAGS.has(node.tagName) && !this.blockInside.has(node);
  }

  private children(node: Node, depth: number): void {
    for (const child of childNodes(node)) this.node(child, depth + 1);
  }

  private node(node: Node, depth: number): void {
    if (isText(node)) {
      this.inline.add(node.value);
      return;
    }
    if (!isElement(node) || DROPPED_TAGS.has(node.tagName)) return;
    const special = this.options.special?.(node);
    if (special) {
      this.flush();
      this.blocks.push(...special);
      return;
    }
    if (this.options.skip?.(node)) return;
    if (depth > MAX_DEPTH) {
      this.inline.add(` ${textOf(node)} `);
      return;
    }
    if (this.isInline(node)) {
      this.inlineElement(node, depth);
      return;
    }
    this.flush();
    this.block(node, depth);
    this.flush();
  }

  private block(element: Element, depth: number): void {
    const tag = element.tagName;
    const level = HEADING_LEVELS[tag];
    if (level) {
      this.textBlock(element, depth, (text, marks) => ({ type: "heading", text, level, ...(marks ? { marks } : {}) }));
      return;
    }
    const handler = this.handlers[tag];
    if (handler) handler(element, depth);
    else if (isPullQuote(element)) this.quote(element, depth);
    else if (EMBED_TAGS.has(tag)) this.embed(element);
    else this.children(element, depth);
  }

  /** One handler per element kind; anything else falls through to its children. */
  private readonly handlers: Record<string, (element: Element, depth: number) => void> = {
    p: (element, depth) => this.paragraphs(element, depth),
    ul: (element, depth) => this.list(element, depth),
    ol: (element, depth) => this.list(element, depth),
    menu: (element, depth) => this.list(element, depth),
    blockquote: (element, depth) => this.quote(element, depth),
    figure: (element, depth) => this.figure(element, depth),
    aside: (element, depth) => this.aside(element, depth),
    table: (element, depth) => this.table(element, depth),
    pre: (element) => this.code(element),
    hr: () => undefined,
  };

  private inlineElement(element: Element, depth: number): void {
    const tag = element.tagName;
    if (tag === "br") {
      if (this.inline.lineBreak()) this.flush();
      return;
    }
    if (tag === "wbr") return;
    if (tag === "img") {
      this.images.push(element);
      return;
    }
    if (isInPageMark(element)) return;
    const marked = this.openMark(element);
    this.children(element, depth);
    if (marked) this.inline.closeMark();
  }

  /** Opens the mark an inline element stands for (a link with an absolute URL, emphasis, strong); true when it opened one. */
  private openMark(element: Element): boolean {
    const tag = element.tagName;
    if (tag === "a") {
      const href = absoluteUrl(attr(element, "href"), this.base);
      if (href) this.inline.openMark("link", href);
      return href !== undefined;
    }
    if (EMPHASIS_TAGS.has(tag)) this.inline.openMark("emphasis");
    else if (STRONG_TAGS.has(tag)) this.inline.openMark("strong");
    else return false;
    return true;
  }

  /** The inline run so far becomes a paragraph. */
  private flush(): void {
    const inline = this.inline;
    const done = inline.finish();
    this.inline = new InlineText();
    const images = this.images;
    this.images = [];
    if (done) {
      const paragraph: Block = { type: "paragraph", ...done };
      const breaks = inline.lineBreaks;
      if (breaks.length > 0) LINE_BREAKS.set(paragraph, breaks);
      this.blocks.push(paragraph);
    } else for (const image of images) this.pushFigure(this.figureFromImage(image));
  }

  private paragraphs(element: Element, depth: number): void {
    this.children(element, depth);
    this.flush();
  }

  /** A block whose whole content is one run of text (a heading, a list item, a cell). */
  private inlineOf(element: Element, depth: number, skip?: (el: Element) => boolean): ReturnType<InlineText["finish"]> {
    const saved = this.inline;
    this.inline = new InlineText();
    const visit = (node: Node, level: number): void => {
      if (isText(node)) {
        this.inline.add(node.value);
        return;
      }
      if (!isElement(node) || DROPPED_TAGS.has(node.tagName) || skip?.(node) || this.options.skip?.(node)) return;
      if (level > MAX_DEPTH) {
        this.inline.add(` ${textOf(node)} `);
        return;
      }
      if (BLOCK_TAGS.has(node.tagName) || node.tagName === "br") this.inline.space();
      if (node.tagName === "img" || isInPageMark(node)) return;
      const marked = this.openMark(node);
      for (const child of childNodes(node)) visit(child, level + 1);
      if (marked) this.inline.closeMark();
      if (BLOCK_TAGS.has(node.tagName)) this.inline.space();
    };
    for (const child of childNodes(element)) visit(child, depth + 1);
    const done = this.inline.finish();
    this.inline = saved;
    return done;
  }

  private textBlock(
    element: Element,
    depth: number,
    make: (text: string, marks: NonNullable<ReturnType<InlineText["finish"]>>["marks"]) => Block,
  ): void {
    const done = this.inlineOf(element, depth);
    if (done) this.blocks.push(make(done.text, done.marks));
  }

  private list(element: Element, depth: number): void {
    const items: { text: string; marks?: NonNullable<ReturnType<InlineText["finish"]>>["marks"] }[] = [];
    const collect = (list: Element, level: number): void => {
      if (level > MAX_DEPTH) return;
      for (const item of childNodes(list)) {
        if (!isElement(item) || this.options.skip?.(item)) continue;
        if (item.tagName !== "li") {
          if (item.tagName === "ul" || item.tagName === "ol") collect(item, level + 1);
          continue;
        }
        const nested =
          level < MAX_DEPTH
            ? childNodes(item).filter((child): child is Element => isElement(child) && (child.tagName === "ul" || child.tagName === "ol"))
            : [];
        const done = this.inlineOf(item, level, (el) => nested.includes(el));
        if (done) items.push(done);
        for (const list of nested) collect(list, level + 1);
      }
    };
    collect(element, depth);
    if (items.length > 0)
      this.blocks.push({
        type: "list",
        ordered: element.tagName === "ol",
        items: items.map((item) => ({ text: item.text, ...(item.marks ? { marks: item.marks } : {}) })),
      });
  }

  private quote(element: Element, depth: number): void {
    // A "quote" holding headings, lists or tables is a box set into the story (a callout), not a quotation: its parts are blocks.
    if (findFirst(element, (el) => STRUCTURE_TAGS.has(el.tagName))) {
      this.children(element, depth);
      return;
    }
    const attributionElement = findFirst(element, (el) => el.tagName === "cite" || el.tagName === "footer");
    const attribution = attributionElement ? textOf(attributionElement).replace(/^[-–—―\s]+/, "") : "";
    const done = this.inlineOf(element, depth, (el) => el === attributionElement);
    if (!done) return;
    this.blocks.push({ type: "quote", ...done, ...(attribution ? { attribution } : {}) });
  }

  private figure(element: Element, depth: number): void {
    const inner = findFirst(
      element,
      (el) => el.tagName === "blockquote" || el.tagName === "table" || el.tagName === "pre" || EMBED_TAGS.has(el.tagName),
    );
    const hasImage = findFirst(element, (el) => el.tagName === "img" || el.tagName === "picture") !== undefined;
    if (inner && !hasImage) {
      this.children(element, depth);
      return;
    }
    // A figure whose only text is its caption stands for a picture that is not there (left out, or not loaded yet).
    if (!hasImage && !onlyCaptioned(element)) {
      this.children(element, depth);
      return;
    }
    this.pushFigure(this.figureFromImage(element));
  }

  /** A picture with its caption and credit; the alt text stands in for a missing caption, and a picture with neither is left out. */
  figureFromImage(element: Element): FigureBlock | undefined {
    const { url, alt, caption, credit } = this.figureParts(element);
    const text = caption ?? alt;
    if (!text) return undefined;
    return {
      type: "figure",
      caption: text,
      ...(credit ? { credit } : {}),
      ...(url ? { image: { url, ...(alt ? { alt } : {}) } } : {}),
    };
  }

  /** What a `<figure>` or `<img>` says of its picture: address, alt text, and the caption and credit of its `<figcaption>`. */
  figureParts(element: Element): { url?: string; alt?: string; caption?: string; credit?: string } {
    const url = imageUrl(element, this.base);
    const alt = imageAlt(element);
    const captionElement = element.tagName === "figure" ? findFirst(element, (el) => el.tagName === "figcaption") : undefined;
    const creditElement = captionElement ? findFirst(captionElement, isCredit) : undefined;
    const credit = creditElement ? textOf(creditElement).replace(/^(?:photo|photograph|image|picture|credit)s?\s*:\s*/i, "") : "";
    const caption = captionElement ? this.inlineOf(captionElement, 0, (el) => el === creditElement)?.text : undefined;
    return { ...(url ? { url } : {}), ...(alt ? { alt } : {}), ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
  }

  /**
   * A box set beside the story that holds only a heading and a list of other stories' titles is a
   * related block: every item is wholly one link, or the heading is a related label ("Read more").
   * Any other aside (a fact box, a note) is read as its parts.
   */
  private aside(element: Element, depth: number): void {
    const related = this.relatedBox(element, depth);
    if (related) this.blocks.push(related);
    else if (isPullQuote(element)) this.quote(element, depth);
    else this.children(element, depth);
  }

  private relatedBox(element: Element, depth: number): Block | undefined {
    const parts = childNodes(element).filter((child) => !(isText(child) && !/\S/.test(child.value)));
    const [heading, list] = parts;
    if (parts.length !== 2 || !heading || !list || !isElement(heading) || !isElement(list)) return undefined;
    if (!HEADING_LEVELS[heading.tagName] || (list.tagName !== "ul" && list.tagName !== "ol")) return undefined;
    const title = this.inlineOf(heading, depth)?.text;
    const entries = childNodes(list).filter((child) => !(isText(child) && !/\S/.test(child.value)));
    if (!title || entries.length === 0) return undefined;
    const items: RelatedLink[] = [];
    for (const entry of entries) {
      if (!isElement(entry) || entry.tagName !== "li" || findFirst(entry, (el) => BLOCK_TAGS.has(el.tagName))) return undefined;
      const done = this.inlineOf(entry, depth);
      if (!done) return undefined;
      const links = (done.marks ?? []).filter((mark) => mark.type === "link");
      const whole = links.length === 1 && links[0]!.start === 0 && links[0]!.end === done.text.length ? links[0] : undefined;
      if (links.length > 0 && !whole) return undefined;
      items.push({ title: done.text, ...(whole?.type === "link" ? { url: whole.href } : {}) });
    }
    if (!isRelatedLabel(title) && items.some((item) => !item.url)) return undefined;
    return { type: "related", title, items };
  }

  private pushFigure(figure: FigureBlock | undefined): void {
    if (figure) this.blocks.push(figure);
  }

  private table(element: Element, depth: number): void {
    const rows = tableRows(element);
    // A table used for layout holds paragraphs, not data: read it as a container.
    if (
      rows.some((row) =>
        row.cells.some((cell) =>
          findFirst(
            cell,
            (el) => el.tagName === "table" || el.tagName === "p" || (el.tagName === "div" && textOf(el).length > LAYOUT_CELL_TEXT),
          ),
        ),
      )
    ) {
      this.children(element, depth);
      return;
    }
    const toCells = (cells: Element[]): TableCell[] =>
      cells.map((cell) => {
        const done = this.inlineOf(cell, depth);
        return done ? { text: done.text, ...(done.marks ? { marks: done.marks } : {}) } : { text: "" };
      });
    const head: TableCell[][] = [];
    const body: TableCell[][] = [];
    rows.forEach((row, index) => {
      if (row.cells.length === 0) return;
      const cells = toCells(row.cells);
      const isHead =
        row.section === "thead" ||
        (index === 0 && head.length === 0 && row.section !== "tfoot" && row.cells.every((cell) => cell.tagName === "th"));
      (isHead && body.length === 0 ? head : body).push(cells);
    });
    const filled = (rows: TableCell[][]) => rows.filter((row) => row.some((cell) => cell.text !== ""));
    let headRows = filled(head);
    let bodyRows = filled(body);
    if (bodyRows.length === 0) {
      bodyRows = headRows;
      headRows = [];
    }
    if (bodyRows.length === 0) return;
    const captionElement = childNodes(element).find((child): child is Element => isElement(child) && child.tagName === "caption");
    const caption = captionElement ? textOf(captionElement) : "";
    this.blocks.push({
      type: "table",
      ...(caption ? { caption } : {}),
      ...(headRows.length > 0 ? { head: headRows } : {}),
      rows: bodyRows,
    });
  }

  private code(element: Element): void {
    const parts: string[] = [];
    walk(element, (node) => {
      if (isText(node)) parts.push(node.value);
      else if (isElement(node) && node.tagName === "br") parts.push("\n");
      return !(isElement(node) && DROPPED_TAGS.has(node.tagName));
    });
    const text = parts.join("").replace(/^\n/, "").replace(/\s+$/, "");
    if (!/\S/.test(text)) return;
    const classes = [attr(element, "class"), ...findAll(element, (el) => el.tagName === "code").map((el) => attr(el, "class"))].join(" ");
    const language = /(?:^|\s)(?:language|lang)-([\w+#.-]+)/.exec(classes)?.[1];
    this.blocks.push({ type: "code", text, ...(language ? { language } : {}) });
  }

  /** An embedded player or post is kept as a link to it, named by its title when it has one. */
  private embed(element: Element): void {
    const source = element.tagName === "object" ? attr(element, "data") : (attr(element, "src") ?? attr(element, "data-src"));
    const fromSource =
      absoluteUrl(source, this.base) ?? absoluteUrl(attr(findFirst(element, (el) => el.tagName === "source") ?? element, "src"), this.base);
    if (!fromSource) return;
    const title = (attr(element, "title") ?? attr(element, "aria-label"))?.replace(/\s+/g, " ").trim();
    const label =
      element.tagName === "audio"
        ? "Audio"
        : element.tagName === "video" || /video|player|youtube|vimeo/i.test(fromSource)
          ? "Video"
          : "Embedded content";
    const text = title ? `${label}: ${title}` : `${label}: ${fromSource}`;
    const start = label.length + 2;
    this.blocks.push({ type: "paragraph", text, marks: [{ type: "link", start, end: text.length, href: fromSource }] });
  }
}

/**
 * Where single `<br>`s parted a paragraph's lines (see `InlineText.lineBreaks`), kept beside the block rather than in
 * it, so that the public blocks stay as they are: the page's reader looks at its story's top for header lines set
 * apart by breaks only.
 */
const LINE_BREAKS = new WeakMap<Block, readonly number[]>();

/** A paragraph's lines as single `<br>`s parted them, each as its [start, end) in the text; undefined for one line. */
export function brokenLines(block: Block): [number, number][] | undefined {
  const breaks = LINE_BREAKS.get(block);
  if (!breaks || block.type !== "paragraph") return undefined;
  const starts = [0, ...breaks.map((offset) => offset + 1)];
  return starts.map((start, i) => [start, breaks[i] ?? block.text.length]);
}

/** Elements a quotation never holds. */
const STRUCTURE_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "figure"]);

/**
 * One mark a link to a place on the same page may hold: a note's ("*", "†", "‡", the East Asian reference mark "※"), a
 * heading's permalink ("¶", "#", "§", "🔗", "⚓"), a note's way back to the text ("↑", "^", "↩"), or an icon font's glyph
 * (a private-use character, no letter anyone reads); with or without the emoji or text selector some renderers add.
 */
const IN_PAGE_MARK_SYMBOL = String.raw`(?:[*†‡¶#§↑^↩⁋※\p{Co}]|🔗|⚓)[\uFE0E\uFE0F]?`;
/**
 * What a link to a place on the same page says when it says nothing in words: a note's number ("1", "[2]", "(3)") or
 * a run of marks (see `IN_PAGE_MARK_SYMBOL`), bracketed as a number may be ("[*]", "(†)", "*)"). Other symbols in such
 * a link may carry meaning ("★★★★☆" linking to the reviews, "€" to a price list) and stay.
 */
const IN_PAGE_MARK = new RegExp(String.raw`^[[(]?(?:\d{1,3}|${IN_PAGE_MARK_SYMBOL}(?:\s*${IN_PAGE_MARK_SYMBOL})*)[\])]?$`, "u");

/**
 * A link to a place on the same page whose text is only a mark (see `IN_PAGE_MARK`): a note's number glued to a
 * sentence ("the quay.1"), a heading's permalink glued to its words ("Opening hours¶"), a note's way back. None helps a
 * reader of the article text.
 */
export function isInPageMark(element: Element): boolean {
  if (element.tagName !== "a" || !attr(element, "href")?.startsWith("#")) return false;
  return IN_PAGE_MARK.test(textOf(element));
}

/** A `<figure>` with a `<figcaption>` and no text outside it. */
function onlyCaptioned(figure: Element): boolean {
  const caption = findFirst(figure, (el) => el.tagName === "figcaption");
  if (!caption || !/\S/.test(textOf(caption))) return false;
  let outside = false;
  walk(figure, (node) => {
    if (node === caption) return false;
    if (isText(node) && /\S/.test(node.value)) outside = true;
    return !(isElement(node) && DROPPED_TAGS.has(node.tagName));
  });
  return !outside;
}

/** Text longer than this in a `<div>` inside a cell means the table lays out a page, not data. */
const LAYOUT_CELL_TEXT = 400;

/** The credit inside a caption: an element named for it, or a `<small>`/`<cite>` as many sites use. */
function isCredit(element: Element): boolean {
  if (element.tagName === "small" || element.tagName === "cite") return true;
  const names = `${attr(element, "class") ?? ""} ${attr(element, "itemprop") ?? ""}`.toLowerCase();
  return /credit|copyright|courtesy|photographer|attribution|source/.test(names);
}

/** The rows of a table in order, without those of tables nested in it, with the section each sits in. */
function tableRows(table: Element): { section: string; cells: Element[] }[] {
  const rows: { section: string; cells: Element[] }[] = [];
  const addRow = (row: Element, section: string) =>
    rows.push({
      section,
      cells: childNodes(row).filter((cell): cell is Element => isElement(cell) && (cell.tagName === "td" || cell.tagName === "th")),
    });
  for (const child of childNodes(table)) {
    if (!isElement(child)) continue;
    if (child.tagName === "tr") addRow(child, "tbody");
    else if (child.tagName === "thead" || child.tagName === "tbody" || child.tagName === "tfoot") {
      for (const row of childNodes(child)) if (isElement(row) && row.tagName === "tr") addRow(row, child.tagName);
    }
  }
  return rows;
}

/**
 * An HTML fragment (a feed item's content, raw HTML in Markdown, a page's
 * article element) → blocks. Relative links resolve against `baseUrl`.
 */
export function blocksFromNode(root: Node, options: BlockOptions = {}): Block[] {
  return new BlockMapper(options).map(root);
}
