import type { Block, FigureBlock, ListItem, TableCell } from "@dateline/schema";
import MarkdownIt from "markdown-it";
import footnotes from "markdown-it-footnote";
import { httpUrl, InlineText } from "./_inline.js";

/** A token with the tokens between its opening and closing tag as children: markdown-it's flat stream as a tree. */
interface Node {
  /** The token type without `_open`: "paragraph", "bullet_list", "em", "link"… */
  type: string;
  token: Token;
  children: Node[];
}

/** Level 1 belongs to the headline; the schema's sub-headings run from 2 to 4. */
const MIN_HEADING_LEVEL = 2;
const MAX_HEADING_LEVEL = 4;

/** A quote's last paragraph that opens with a dash names who said it ("— Ada Lovelace"). */
const ATTRIBUTION = /^\s*(?:—|–|--|-)\s*(\S.*)$/s;

/**
 * CommonMark with GitHub's tables and strikethrough (markdown-it's defaults) and footnotes;
 * raw HTML is recognised so that it can go through the HTML reader. markdown-it caps nesting
 * (maxNesting 100), so a hostile post cannot recurse without bound.
 */
const parser = new MarkdownIt({ html: true, linkify: false, typographer: false }).use(footnotes);

type Token = ReturnType<typeof parser.parse>[number];

function tree(tokens: readonly Token[]): Node[] {
  const root: Node[] = [];
  const stack: Node[][] = [root];
  for (const token of tokens) {
    if (token.nesting === 1) {
      const node: Node = { type: token.type.replace(/_open$/, ""), token, children: [] };
      stack.at(-1)!.push(node);
      stack.push(node.children);
    } else if (token.nesting === -1) {
      if (stack.length > 1) stack.pop();
    } else {
      stack.at(-1)!.push({ type: token.type, token, children: token.type === "inline" ? tree(token.children ?? []) : [] });
    }
  }
  return root;
}

/** An attribute of the node's token as text (markdown-it may keep numbers), or undefined when absent or empty. */
function attr(node: Node, name: string): string | undefined {
  const value = node.token.attrGet(name);
  return value === null || value === undefined || value === "" ? undefined : String(value);
}

/** The phrasing content of a paragraph, heading or cell: the children of its one inline token. */
function phrasingOf(node: Node): Node[] {
  return node.children.find((child) => child.type === "inline")?.children ?? [];
}

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

/** Turns the token tree into schema blocks: one case per node type; unknown nodes fall through to their children. */
class BlockWriter {
  readonly blocks: Block[] = [];
  private title: string | undefined;

  constructor(
    private readonly context: BlockContext,
    private readonly takeTitle: boolean,
  ) {}

  run(nodes: readonly Node[]): MarkdownBody {
    this.flow(nodes);
    return { title: this.title, body: this.blocks };
  }

  private flow(nodes: readonly Node[]): void {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      const picture = node.type === "paragraph" ? pictureOf(node) : undefined;
      if (picture) {
        // The caption: the picture's title, an italic line right under it, or the italic paragraph after it.
        const title = attr(picture.image, "title");
        const next = nodes[i + 1];
        const below = title || picture.caption ? undefined : next && captionLine(next);
        const figure = this.figure(picture.image, title ?? picture.caption ?? below);
        if (figure) this.blocks.push(figure);
        if (below !== undefined) i++;
        continue;
      }
      this.block(node);
    }
  }

  private block(node: Node): void {
    switch (node.type) {
      case "heading": {
        const inline = this.inline(phrasingOf(node));
        if (!inline) return;
        const depth = Number(node.token.tag.slice(1));
        if (depth === 1 && this.takeTitle && this.title === undefined) {
          this.title = inline.text;
          return;
        }
        // Some themes repeat the front matter's title as the post's first heading.
        if (depth === 1 && inline.text === this.context.headline) return;
        const level = Math.min(MAX_HEADING_LEVEL, Math.max(MIN_HEADING_LEVEL, depth));
        this.blocks.push({ type: "heading", level, ...inline });
        return;
      }
      case "paragraph": {
        const inline = this.inline(phrasingOf(node));
        if (inline) this.blocks.push({ type: "paragraph", ...inline });
        this.pictures(phrasingOf(node));
        return;
      }
      case "blockquote":
        this.quote(node.children);
        return;
      case "bullet_list":
      case "ordered_list":
        this.list(node);
        return;
      case "fence":
      case "code_block": {
        const text = node.token.content.replace(/\n$/, "");
        const language = node.token.info.trim().split(/\s+/)[0];
        if (text.trim() !== "") this.blocks.push({ type: "code", text, ...(language ? { language } : {}) });
        return;
      }
      case "table":
        this.table(node);
        return;
      case "html_block":
        this.html(node.token.content);
        return;
      case "footnote_block":
        this.footnoteList(node);
        return;
      case "hr":
        return;
      default:
        this.flow(node.children);
    }
  }

  private figure(image: Node, caption: string | undefined): FigureBlock | undefined {
    const source = attr(image, "src") ?? "";
    const alt = image.token.content.trim();
    const url = httpUrl(source, this.context.baseUrl);
    const text = (caption ?? alt).trim();
    if (!text) {
      this.context.warn(`picture ${source} left out: it has neither a caption nor alt text`);
      return undefined;
    }
    if (!url) this.context.warn(`picture ${source} kept as a caption only: give the site's base URL (publisher.url in --meta)`);
    return { type: "figure", caption: text, ...(url ? { image: { url, ...(alt ? { alt } : {}) } } : {}) };
  }

  /** Pictures inside running text become figures after their paragraph. */
  private pictures(children: readonly Node[]): void {
    for (const child of children) {
      if (child.type === "image") {
        const figure = this.figure(child, attr(child, "title"));
        if (figure) this.blocks.push(figure);
      } else this.pictures(child.children);
    }
  }

  private quote(children: readonly Node[]): void {
    const paragraphs = children.filter((child) => child.type === "paragraph");
    const lastText = paragraphs.length > 1 ? this.inline(phrasingOf(paragraphs.at(-1)!))?.text : undefined;
    const attribution = lastText ? ATTRIBUTION.exec(lastText)?.[1]?.trim() : undefined;
    const spoken = attribution ? paragraphs.slice(0, -1) : paragraphs;
    const inline = new InlineText();
    spoken.forEach((paragraph, index) => {
      if (index > 0) inline.append(" ");
      this.phrasing(inline, phrasingOf(paragraph));
    });
    const done = inline.finish();
    if (done) this.blocks.push({ type: "quote", ...done, ...(attribution ? { attribution } : {}) });
    // Anything else inside the quote (a list, code) keeps its own block rather than being lost.
    for (const child of children) if (child.type !== "paragraph") this.block(child);
  }

  private list(node: Node): void {
    const items: ListItem[] = [];
    const nested: Node[] = [];
    for (const item of node.children.filter((child) => child.type === "list_item")) {
      const inline = new InlineText();
      for (const child of item.children) {
        if (child.type === "paragraph") {
          if (inline.length > 0) inline.append(" ");
          this.phrasing(inline, phrasingOf(child));
        } else if (child.type === "bullet_list" || child.type === "ordered_list") nested.push(child);
        else if (child.type === "fence" || child.type === "code_block") {
          if (inline.length > 0) inline.append(" ");
          inline.append(child.token.content);
        }
      }
      const done = inline.finish();
      if (done) items.push(done);
    }
    if (items.length > 0) this.blocks.push({ type: "list", ordered: node.type === "ordered_list", items });
    // The schema's lists are flat: a nested list follows its parent as a list of its own.
    for (const inner of nested) this.list(inner);
  }

  private table(node: Node): void {
    const section = (name: string) => node.children.find((child) => child.type === name)?.children ?? [];
    const rowsOf = (rows: readonly Node[]) =>
      rows
        .filter((row) => row.type === "tr")
        .map((row) =>
          row.children.map((cell): TableCell => {
            const inline = new InlineText();
            this.phrasing(inline, phrasingOf(cell));
            return inline.finish() ?? { text: "" };
          }),
        )
        .filter((row) => row.length > 0);
    const head = rowsOf(section("thead"));
    const body = rowsOf(section("tbody"));
    if (body.length === 0 && head.length === 0) return;
    // GFM tables always have a header row; a table of only that row keeps it as its one row.
    if (body.length === 0) this.blocks.push({ type: "table", rows: head });
    else this.blocks.push({ type: "table", ...(head.length > 0 ? { head } : {}), rows: body });
  }

  private html(value: string): void {
    if (value.trim() === "" || /^<!--[\s\S]*-->$/.test(value.trim())) return;
    this.blocks.push(...this.context.htmlToBlocks(value));
  }

  /** The footnotes, numbered as markdown-it numbers them (by first reference), listed at the end. */
  private footnoteList(node: Node): void {
    const items: ListItem[] = [];
    for (const footnote of node.children.filter((child) => child.type === "footnote")) {
      const inline = new InlineText();
      inline.append(`[${Number(footnote.token.meta?.id ?? items.length) + 1}] `);
      for (const child of footnote.children) if (child.type === "paragraph") this.phrasing(inline, phrasingOf(child));
      const done = inline.finish();
      if (done) items.push(done);
    }
    if (items.length > 0) this.blocks.push({ type: "list", ordered: false, items });
  }

  private inline(children: readonly Node[]): { text: string; marks?: ListItem["marks"] } | undefined {
    const inline = new InlineText();
    this.phrasing(inline, children);
    return inline.finish();
  }

  private phrasing(inline: InlineText, children: readonly Node[]): void {
    for (const node of children) {
      switch (node.type) {
        case "text":
        case "code_inline":
          inline.append(node.token.content);
          break;
        case "softbreak":
        case "hardbreak":
          inline.append(" ");
          break;
        case "em":
          inline.mark("emphasis", () => this.phrasing(inline, node.children));
          break;
        case "strong":
          inline.mark("strong", () => this.phrasing(inline, node.children));
          break;
        case "link":
          inline.mark("link", () => this.phrasing(inline, node.children), httpUrl(attr(node, "href"), this.context.baseUrl));
          break;
        case "footnote_ref":
          inline.append(`[${Number(node.token.meta?.id ?? 0) + 1}]`);
          break;
        case "image":
        case "html_inline":
        case "footnote_anchor":
          // Pictures become figures of their own; inline tags and back-links add no text.
          break;
        default:
          this.phrasing(inline, node.children);
      }
    }
  }
}

/** Inline content that shows nothing: line breaks and white space. */
function isBlank(node: Node): boolean {
  return node.type === "softbreak" || node.type === "hardbreak" || (node.type === "text" && node.token.content.trim() === "");
}

/** The picture a paragraph consists of (alone or as a link around it), with an italic caption line in the same paragraph. */
function pictureOf(node: Node): { image: Node; caption?: string } | undefined {
  const content = phrasingOf(node).filter((child) => !isBlank(child));
  const [only, after] = content;
  if (!only || content.length > 2) return undefined;
  const linked = only.type === "link" ? only.children.filter((child) => !isBlank(child)) : [];
  const image = only.type === "image" ? only : linked.length === 1 && linked[0]!.type === "image" ? linked[0] : undefined;
  if (!image) return undefined;
  if (!after) return { image };
  const caption = after.type === "em" ? textOf(after.children) : undefined;
  return caption === undefined ? undefined : { image, caption };
}

function textOf(children: readonly Node[]): string | undefined {
  const inline = new InlineText();
  const collect = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      if (node.type === "text" || node.type === "code_inline") inline.append(node.token.content);
      else if (isBlank(node)) inline.append(" ");
      else collect(node.children);
    }
  };
  collect(children);
  return inline.finish()?.text;
}

/** A paragraph that is wholly in italics, as static-site posts write a caption under a picture. */
function captionLine(node: Node): string | undefined {
  if (node.type !== "paragraph") return undefined;
  const content = phrasingOf(node).filter((child) => !isBlank(child));
  return content.length === 1 && content[0]!.type === "em" ? textOf(content[0]!.children) : undefined;
}

/** The blocks of a Markdown body; the first `#` heading is taken out as the title when `takeTitle`. */
export function markdownBlocks(markdown: string, context: BlockContext, takeTitle: boolean): MarkdownBody {
  return new BlockWriter(context, takeTitle).run(tree(parser.parse(markdown, {})));
}
