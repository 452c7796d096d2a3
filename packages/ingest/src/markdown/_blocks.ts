import type { Block, FigureBlock, ListItem, TableCell } from "@dateline/schema";
import type { fromMarkdown } from "mdast-util-from-markdown";

// The syntax tree's types, named through the parser's own signature (its package brings them).
type Root = ReturnType<typeof fromMarkdown>;
type RootContent = Root["children"][number];
type Paragraph = Extract<RootContent, { type: "paragraph" }>;
type PhrasingContent = Paragraph["children"][number];
type Image = Extract<PhrasingContent, { type: "image" }>;
type List = Extract<RootContent, { type: "list" }>;
type Table = Extract<RootContent, { type: "table" }>;
type Definition = Extract<RootContent, { type: "definition" }>;
type FootnoteDefinition = Extract<RootContent, { type: "footnoteDefinition" }>;
import { httpUrl, InlineText } from "./_inline.js";

/** Level 1 belongs to the headline; the schema's sub-headings run from 2 to 4. */
const MIN_HEADING_LEVEL = 2;
const MAX_HEADING_LEVEL = 4;

/** A quote's last paragraph that opens with a dash names who said it ("— Ada Lovelace"). */
const ATTRIBUTION = /^\s*(?:—|–|--|-)\s*(\S.*)$/s;

export interface BlockContext {
  /** The article's URL, against which relative links and pictures resolve. */
  baseUrl: string | undefined;
  /** Raw HTML met in the Markdown goes through the one HTML → blocks mapping. */
  htmlToBlocks: (html: string) => Block[];
  warn: (message: string) => void;
  /** The headline the front matter gave, when it gave one. */
  headline?: string | undefined;
}

export interface MarkdownBody {
  /** The text of the first level-1 heading, taken out of the body. */
  title: string | undefined;
  body: Block[];
}

/** Turns an mdast tree into schema blocks: one handler per node type, unknown nodes fall through to their text. */
class BlockWriter {
  readonly blocks: Block[] = [];
  private title: string | undefined;
  private readonly definitions = new Map<string, Definition>();
  private readonly footnotes = new Map<string, FootnoteDefinition>();
  /** Footnote identifiers in the order first referenced: their numbers. */
  private readonly footnoteOrder: string[] = [];

  constructor(
    private readonly context: BlockContext,
    private readonly takeTitle: boolean,
  ) {}

  run(tree: Root): MarkdownBody {
    for (const node of tree.children) {
      if (node.type === "definition") this.definitions.set(node.identifier, node);
      if (node.type === "footnoteDefinition") this.footnotes.set(node.identifier, node);
    }
    this.flow(tree.children);
    this.footnoteList();
    return { title: this.title, body: this.blocks };
  }

  private flow(nodes: readonly RootContent[]): void {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      const next = nodes[i + 1];
      const picture = node.type === "paragraph" ? pictureOf(node) : undefined;
      if (picture) {
        // The caption: the picture's title, an italic line right under it, or the italic paragraph after it.
        const below = picture.image.title || picture.caption ? undefined : next && captionLine(next);
        const figure = this.figure(picture.image, picture.image.title ?? picture.caption ?? below);
        if (figure) this.blocks.push(figure);
        if (below !== undefined) i++;
        continue;
      }
      this.block(node);
    }
  }

  private block(node: RootContent): void {
    switch (node.type) {
      case "heading": {
        const inline = this.inline(node.children);
        if (!inline) return;
        if (node.depth === 1 && this.takeTitle && this.title === undefined) {
          this.title = inline.text;
          return;
        }
        // Some themes repeat the front matter's title as the post's first heading.
        if (node.depth === 1 && inline.text === this.context.headline) return;
        const level = Math.min(MAX_HEADING_LEVEL, Math.max(MIN_HEADING_LEVEL, node.depth));
        this.blocks.push({ type: "heading", level, ...inline });
        return;
      }
      case "paragraph": {
        const inline = this.inline(node.children);
        if (inline) this.blocks.push({ type: "paragraph", ...inline });
        this.pictures(node.children);
        return;
      }
      case "blockquote":
        this.quote(node.children);
        return;
      case "list":
        this.list(node);
        return;
      case "code":
        if (node.value.trim() !== "") this.blocks.push({ type: "code", text: node.value, ...(node.lang ? { language: node.lang } : {}) });
        return;
      case "table":
        this.table(node);
        return;
      case "html":
        this.html(node.value);
        return;
      case "definition":
      case "footnoteDefinition":
      case "thematicBreak":
      case "yaml":
        return;
      default:
        if ("children" in node) this.flow(node.children as RootContent[]);
    }
  }

  private figure(image: Image, caption: string | undefined): FigureBlock | undefined {
    const url = httpUrl(image.url, this.context.baseUrl);
    const text = (caption ?? image.alt ?? "").trim();
    if (!url && !text) {
      this.context.warn(`picture ${image.url} left out: its address is relative and the post has no URL to resolve it against`);
      return undefined;
    }
    if (!text) {
      this.context.warn(`picture ${image.url} left out: it has neither a caption nor alt text`);
      return undefined;
    }
    if (!url) this.context.warn(`picture ${image.url} kept as a caption only: give the site's base URL (publisher.url in --meta)`);
    return {
      type: "figure",
      caption: text,
      ...(url ? { image: { url, ...(image.alt ? { alt: image.alt } : {}) } } : {}),
    };
  }

  /** Pictures inside running text become figures after their paragraph. */
  private pictures(children: readonly PhrasingContent[]): void {
    for (const child of children) {
      if (child.type === "image") {
        const figure = this.figure(child, child.title ?? undefined);
        if (figure) this.blocks.push(figure);
      } else if ("children" in child) this.pictures(child.children as PhrasingContent[]);
    }
  }

  private quote(children: readonly RootContent[]): void {
    const paragraphs = children.filter((child): child is Paragraph => child.type === "paragraph");
    const last = paragraphs.at(-1);
    const lastText = last ? this.inline(last.children)?.text : undefined;
    const attribution = paragraphs.length > 1 && lastText ? ATTRIBUTION.exec(lastText)?.[1]?.trim() : undefined;
    const spoken = attribution ? paragraphs.slice(0, -1) : paragraphs;
    const inline = new InlineText();
    spoken.forEach((paragraph, index) => {
      if (index > 0) inline.append(" ");
      this.phrasing(inline, paragraph.children);
    });
    const done = inline.finish();
    if (done) this.blocks.push({ type: "quote", ...done, ...(attribution ? { attribution } : {}) });
    // Anything else inside the quote (a list, code) keeps its own block rather than being lost.
    for (const child of children) if (child.type !== "paragraph") this.block(child);
  }

  private list(node: List): void {
    const items: ListItem[] = [];
    const nested: List[] = [];
    for (const item of node.children) {
      const inline = new InlineText();
      for (const child of item.children) {
        if (child.type === "paragraph") {
          if (inline.length > 0) inline.append(" ");
          this.phrasing(inline, child.children);
        } else if (child.type === "list") nested.push(child);
        else if (child.type === "code") {
          if (inline.length > 0) inline.append(" ");
          inline.append(child.value);
        }
      }
      const done = inline.finish();
      if (done) items.push(done);
    }
    if (items.length > 0) this.blocks.push({ type: "list", ordered: Boolean(node.ordered), items });
    // The schema's lists are flat: a nested list follows its parent as a list of its own.
    for (const inner of nested) this.list(inner);
  }

  private table(node: Table): void {
    const rows = node.children.map((row) =>
      row.children.map((cell): TableCell => {
        const inline = new InlineText();
        this.phrasing(inline, cell.children);
        return inline.finish() ?? { text: "" };
      }),
    );
    const [head, ...body] = rows;
    if (!head) return;
    // GFM tables always have a header row; a table of only that row keeps it as its one row.
    if (body.length === 0) this.blocks.push({ type: "table", rows: [head] });
    else this.blocks.push({ type: "table", head: [head], rows: body });
  }

  private html(value: string): void {
    if (value.trim() === "" || /^<!--[\s\S]*-->$/.test(value.trim())) return;
    this.blocks.push(...this.context.htmlToBlocks(value));
  }

  private footnoteList(): void {
    const items: ListItem[] = [];
    for (const [index, identifier] of this.footnoteOrder.entries()) {
      const definition = this.footnotes.get(identifier);
      if (!definition) continue;
      const inline = new InlineText();
      inline.append(`[${index + 1}] `);
      for (const child of definition.children) if (child.type === "paragraph") this.phrasing(inline, child.children);
      const done = inline.finish();
      if (done) items.push(done);
    }
    if (items.length > 0) this.blocks.push({ type: "list", ordered: false, items });
  }

  private inline(children: readonly PhrasingContent[]): { text: string; marks?: ListItem["marks"] } | undefined {
    const inline = new InlineText();
    this.phrasing(inline, children);
    return inline.finish();
  }

  private phrasing(inline: InlineText, children: readonly PhrasingContent[]): void {
    for (const node of children) {
      switch (node.type) {
        case "text":
          inline.append(node.value);
          break;
        case "inlineCode":
          inline.append(node.value);
          break;
        case "emphasis":
          inline.mark("emphasis", () => this.phrasing(inline, node.children));
          break;
        case "strong":
          inline.mark("strong", () => this.phrasing(inline, node.children));
          break;
        case "link":
          inline.mark("link", () => this.phrasing(inline, node.children), httpUrl(node.url, this.context.baseUrl));
          break;
        case "linkReference": {
          const href = this.definitions.get(node.identifier)?.url;
          inline.mark("link", () => this.phrasing(inline, node.children), httpUrl(href, this.context.baseUrl));
          break;
        }
        case "break":
          inline.append(" ");
          break;
        case "footnoteReference": {
          if (!this.footnoteOrder.includes(node.identifier)) this.footnoteOrder.push(node.identifier);
          inline.append(`[${this.footnoteOrder.indexOf(node.identifier) + 1}]`);
          break;
        }
        case "image":
        case "imageReference":
        case "html":
          // Pictures become figures of their own; inline tags add no text.
          break;
        default:
          if ("children" in node) this.phrasing(inline, node.children as PhrasingContent[]);
      }
    }
  }
}

/** The picture a paragraph consists of (alone or as a link around it), with an italic caption line in the same paragraph. */
function pictureOf(node: Paragraph): { image: Image; caption?: string } | undefined {
  const content = node.children.filter((child) => !(child.type === "break" || (child.type === "text" && child.value.trim() === "")));
  const [only, after] = content;
  if (!only || content.length > 2) return undefined;
  const image =
    only.type === "image"
      ? only
      : only.type === "link" && only.children.length === 1 && only.children[0]!.type === "image"
        ? only.children[0]
        : undefined;
  if (!image) return undefined;
  if (!after) return { image };
  const caption = captionLine({ type: "paragraph", children: [after] });
  return caption === undefined ? undefined : { image, caption };
}

/** A paragraph that is wholly in italics, as static-site posts write a caption under a picture. */
function captionLine(node: RootContent): string | undefined {
  if (node.type !== "paragraph" || node.children.length !== 1) return undefined;
  const only = node.children[0]!;
  if (only.type !== "emphasis") return undefined;
  const inline = new InlineText();
  const collect = (children: readonly PhrasingContent[]) => {
    for (const child of children) {
      if (child.type === "text") inline.append(child.value);
      else if ("children" in child) collect(child.children as PhrasingContent[]);
    }
  };
  collect(only.children);
  return inline.finish()?.text;
}

/** The blocks of a Markdown body; the first `#` heading is taken out as the title when `takeTitle`. */
export function markdownBlocks(tree: Root, context: BlockContext, takeTitle: boolean): MarkdownBody {
  return new BlockWriter(context, takeTitle).run(tree);
}
