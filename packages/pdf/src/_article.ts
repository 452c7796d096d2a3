import { bylineText, directionOf, typographic } from "@dateline/html";
import { textRuns, type Article, type Block, type Figure, type Mark, type TableBlock, type TableCell } from "@dateline/schema";
import type { Direction } from "./_bidi.js";
import { leadHeight, type Flow } from "./_flow.js";
import { hyphenatorFor, memoize, type Hyphenate } from "./_hyphenate.js";
import type { ImageLookup } from "./_images.js";
import { node, type Node } from "./_nodes.js";
import { markedStyle, ROLES, RULE, SHADE, ACCENT, type Role } from "./_style.js";
import type { Line, Run, Typesetter } from "./_typeset.js";

export interface Context {
  setter: Typesetter;
  flow: Flow;
  images: ImageLookup;
  /** The `Document` element every other hangs from. */
  root: Node;
  /** 1-based first page of each article, filled in as articles are placed. */
  pageOf: number[];
  memo: Memo;
}

/** Work done once per document although pages are laid out twice. */
export interface Memo {
  hyphenator(language: string | undefined): Hyphenate | undefined;
  byline(article: Article): string;
}

export function createMemo(): Memo {
  const hyphenators = new Map<string | undefined, Hyphenate | undefined>();
  const bylines = new WeakMap<Article, string>();
  return {
    hyphenator(language) {
      if (!hyphenators.has(language)) {
        const hyphenate = hyphenatorFor(language);
        hyphenators.set(language, hyphenate && memoize(hyphenate));
      }
      return hyphenators.get(language);
    },
    byline(article) {
      let byline = bylines.get(article);
      if (byline === undefined) bylines.set(article, (byline = bylineText(article)));
      return byline;
    },
  };
}

/** The named destination of an article, which contents entries link to. */
export function articleDest(index: number): string {
  return `article-${index + 1}`;
}

/** Space above each kind of block, in points. */
const SPACE = { paragraph: 5, heading: 13, figure: 12, quote: 9, list: 6, related: 14, table: 9, code: 9 };
/** Set between the cells of a table row. */
const TABLE_CELL_SEPARATOR = "  ·  ";
const INDENT = 18;
/** The most of the text height a picture may take, and the space between a picture and its caption. */
const FIGURE_MAX_SHARE = 0.45;
const CAPTION_GAP = 5;
/** Space between the items of a list, in points. */
const LIST_ITEM_GAP = 3;

/** Text with its marks as runs: links become `Link` elements (one per link, even when emphasis splits it) inside `owner`. */
export function inlineRuns(text: string, marks: readonly Mark[] | undefined, role: Role, owner: Node): Run[] {
  let link: Node | undefined;
  return textRuns(text, marks).map((run) => {
    if (!run.href) link = undefined;
    else if (link?.href !== run.href) link = node("Link", owner, { href: run.href });
    return { text: run.text, style: markedStyle(role.style, { ...run, link: Boolean(run.href) }), node: link ?? owner };
  });
}

interface Prepared {
  space: number;
  /** What must fit on the page together with a heading placed just before. */
  lead: number;
  heading?: boolean;
  place(): void;
}

class ArticleLayout {
  private readonly measure: number;
  private readonly hyphenate: Hyphenate | undefined;
  private readonly sect: Node;
  private readonly label: string;
  private readonly direction: Direction;

  constructor(
    private readonly ctx: Context,
    private readonly article: Article,
    private readonly index: number,
  ) {
    this.measure = ctx.flow.frame.width;
    this.hyphenate = ctx.memo.hyphenator(article.inLanguage);
    this.sect = node("Sect", ctx.root, article.inLanguage ? { lang: article.inLanguage } : {});
    const short = article.headline.length > 48 ? `${article.headline.slice(0, 47)}…` : article.headline;
    this.label = `article ${index + 1} ("${short}")`;
    this.direction = directionOf(article.inLanguage);
  }

  private set(
    runs: Run[],
    role: Role,
    options: { justify?: boolean; indent?: number; measure?: number; hyphenate?: boolean } = {},
  ): Line[] {
    const indent = options.indent ?? 0;
    return this.ctx.setter.lines(runs, {
      measure: options.measure ?? this.measure - indent,
      leading: role.leading,
      indent,
      justify: options.justify ?? false,
      hyphenate: options.hyphenate === false ? undefined : this.hyphenate,
      owner: this.label,
      language: this.article.inLanguage,
      direction: this.direction,
    });
  }

  private text(
    type: string,
    parent: Node,
    text: string,
    role: Role,
    marks?: readonly Mark[],
    options: Parameters<ArticleLayout["set"]>[2] = {},
  ): Line[] {
    return this.set(inlineRuns(this.typeset(text), marks, role, node(type, parent)), role, options);
  }

  /** Quotes, apostrophes and dashes as the article's language sets them (one character for one, so marks keep their offsets). */
  private typeset(text: string): string {
    return typographic(text, this.article.inLanguage);
  }

  place(startPage: boolean): void {
    const { flow } = this.ctx;
    const { article } = this;
    const headline = this.text("H1", this.sect, article.headline, ROLES.headline, undefined, { hyphenate: false });
    const standfirst = article.description ? this.text("P", this.sect, article.description, ROLES.standfirst) : [];
    const byline = this.ctx.memo.byline(article);
    const bylineLines = byline ? this.text("P", this.sect, byline, ROLES.byline, undefined, { hyphenate: false }) : [];
    // Blocks are set one ahead of placing rather than all at once, so only a
    // couple of blocks' lines are held at a time; keep-with-next needs no more.
    const prepared: (Prepared | undefined)[] = [];
    const block = (i: number) => (prepared[i] ??= this.prepare(article.body[i]!, `body[${i}]`));
    const lead = article.image ? this.prepareFigure(article.image, "lead figure") : article.body.length > 0 ? block(0) : undefined;
    const top = [...headline, ...standfirst, ...bylineLines].reduce((sum, line) => sum + line.height, 0) + 24;

    if (startPage) flow.newPage();
    else flow.gap(28);
    flow.keep(top + (lead?.lead ?? 0));
    this.ctx.pageOf[this.index] = flow.pageNumber;
    flow.push({ kind: "dest", name: articleDest(this.index), y: flow.y });
    flow.push({ kind: "outline", title: article.headline, level: 1, y: flow.y });
    flow.lines(headline, { together: true });
    flow.gap(6);
    flow.lines(standfirst, { together: true });
    flow.gap(7);
    flow.lines(bylineLines, { together: true });
    flow.gap(5);
    flow.push({ kind: "rect", x: flow.frame.left, y: flow.y, width: this.measure, height: 0.6, color: RULE });
    flow.gap(9);
    if (article.image) lead!.place();

    for (let i = 0; i < article.body.length; i++) {
      const current = block(i);
      flow.gap(current.space);
      // Keep-with-next: a heading moves to the next page unless the start of what follows fits under it.
      if (current.heading) flow.keep(current.lead + (i + 1 < article.body.length ? block(i + 1).space + block(i + 1).lead : 0));
      current.place();
      prepared[i] = undefined;
    }
  }

  private prepare(block: Block, where: string): Prepared {
    const { flow } = this.ctx;
    switch (block.type) {
      case "paragraph": {
        const lines = this.text("P", this.sect, block.text, ROLES.body, block.marks, { justify: true });
        return { space: SPACE.paragraph, lead: leadHeight(lines), place: () => flow.lines(lines) };
      }
      case "heading": {
        const role = block.level === 2 ? ROLES.heading2 : block.level === 3 ? ROLES.heading3 : ROLES.heading4;
        const lines = this.text(`H${block.level}`, this.sect, block.text, role, block.marks, { hyphenate: false });
        const height = lines.reduce((sum, line) => sum + line.height, 0);
        return {
          space: SPACE.heading,
          lead: height,
          heading: true,
          place: () => {
            flow.keep(height);
            flow.push({ kind: "outline", title: block.text, level: 2, y: flow.y });
            flow.lines(lines, { together: true });
          },
        };
      }
      case "quote": {
        const quote = node("BlockQuote", this.sect);
        const lines = this.text("P", quote, block.text, ROLES.quote, block.marks, { indent: INDENT, justify: true });
        if (block.attribution)
          lines.push(
            ...this.text("P", quote, `— ${block.attribution}`, ROLES.attribution, undefined, {
              indent: INDENT,
              hyphenate: false,
            }),
          );
        for (const line of lines) line.decor.push({ x: 2, width: 2, color: ACCENT });
        return { space: SPACE.quote, lead: leadHeight(lines), place: () => flow.lines(lines) };
      }
      case "list": {
        const list = node("L", this.sect);
        const items = block.items.map((item, i) => {
          const li = node("LI", list);
          const lines = this.text("LBody", li, item.text, ROLES.body, item.marks, {
            indent: INDENT,
            justify: true,
          });
          const labelText = block.ordered ? `${i + 1}.` : "•";
          if (lines[0])
            lines[0].label = { ...this.ctx.setter.segment(labelText, ROLES.body.style, node("Lbl", li)), x: flow.frame.left + 3 };
          return lines;
        });
        return {
          space: SPACE.list,
          lead: leadHeight(items[0]!),
          place: () => {
            for (const [i, lines] of items.entries()) {
              if (i > 0) flow.gap(LIST_ITEM_GAP);
              flow.lines(lines);
            }
          },
        };
      }
      case "figure":
        return this.prepareFigure(block, where);
      case "related":
        return this.prepareRelated(block);
      case "table":
        return this.prepareTable(block);
      case "code": {
        const code = node("Code", this.sect);
        const lines = block.text.split("\n").flatMap((line) =>
          this.text("P", code, line.length > 0 ? line : " ", ROLES.code, undefined, {
            indent: INDENT,
            hyphenate: false,
          }),
        );
        return { space: SPACE.code, lead: leadHeight(lines), place: () => flow.lines(lines) };
      }
    }
  }

  /**
   * A table as a run of rows, each row one line of cells set apart by a
   * separator, header rows in bold: every cell's text is kept in reading order
   * and tagged as a table for assistive technology.
   */
  private prepareTable(block: TableBlock): Prepared {
    const { flow } = this.ctx;
    const table = node("Table", this.sect);
    const caption = block.caption ? this.text("Caption", table, block.caption, ROLES.caption, undefined, { hyphenate: false }) : [];
    const rowLines = (rows: readonly (readonly TableCell[])[], cellTag: "TH" | "TD", role: Role) =>
      rows.flatMap((row) => {
        const tr = node("TR", table);
        const runs = row.flatMap((cell, c) => [
          ...(c > 0 ? [{ text: TABLE_CELL_SEPARATOR, style: ROLES.caption.style, node: tr }] : []),
          ...inlineRuns(cell.text.length > 0 ? cell.text : "–", cell.marks, role, node(cellTag, tr)),
        ]);
        return this.set(runs, role, { indent: INDENT / 2, hyphenate: false });
      });
    const lines = [...caption, ...rowLines(block.head ?? [], "TH", ROLES.tableHead), ...rowLines(block.rows, "TD", ROLES.table)];
    return { space: SPACE.table, lead: leadHeight(lines), place: () => flow.lines(lines) };
  }

  /** A figure stays on one page: the picture (scaled to the measure) when the caller supplied it, then its caption; without a picture, the caption alone. */
  private prepareFigure(figure: Figure, where: string): Prepared {
    const { flow } = this.ctx;
    const image = figure.image ? this.ctx.images(figure.image.url, `${this.label}, ${where}`) : undefined;
    const element = node("Figure", this.sect, { alt: figure.image?.alt || figure.caption });
    const caption = node("Caption", element);
    const runs: Run[] = [{ text: this.typeset(figure.caption), style: ROLES.caption.style, node: caption }];
    if (figure.credit) runs.push({ text: ` ${this.typeset(figure.credit)}`, style: ROLES.credit.style, node: caption });
    const lines = this.set(runs, ROLES.caption, { hyphenate: false });
    const captionHeight = lines.reduce((sum, line) => sum + line.height, 0);
    const maxHeight = (flow.frame.bottom - flow.frame.top) * FIGURE_MAX_SHARE;
    const scale = image ? Math.min(this.measure / image.width, maxHeight / image.height, 1) : 0;
    const picture = image ? { width: image.width * scale, height: image.height * scale } : undefined;
    const height = picture ? picture.height + CAPTION_GAP + captionHeight : captionHeight;
    return {
      space: SPACE.figure,
      lead: height,
      place: () => {
        flow.keep(height);
        if (image && picture) {
          flow.push({
            kind: "image",
            image,
            node: element,
            x: flow.frame.left + (this.measure - picture.width) / 2,
            y: flow.y,
            ...picture,
          });
          flow.y += picture.height + CAPTION_GAP;
        }
        flow.lines(lines, { together: true });
      },
    };
  }

  /** The related list: a shaded aside, kept on one page when it fits on one. */
  private prepareRelated(block: Extract<Block, { type: "related" }>): Prepared {
    const { flow } = this.ctx;
    const div = node("Div", this.sect);
    const pad = 9;
    const title = this.text("H2", div, block.title, ROLES.relatedTitle, undefined, { indent: pad, hyphenate: false });
    const list = node("L", div);
    const items = block.items.map((item) => {
      const li = node("LI", list);
      const body = node("LBody", li);
      const owner = item.url ? node("Link", body, { href: item.url }) : body;
      const style = item.url ? markedStyle(ROLES.related.style, { strong: false, emphasis: false, link: true }) : ROLES.related.style;
      const lines = this.set([{ text: this.typeset(item.title), style, node: owner }], ROLES.related, {
        indent: pad + 12,
        measure: this.measure - 2 * pad - 12,
        hyphenate: false,
      });
      // A title of control characters only sets no line, and so gets no marker.
      if (lines[0])
        lines[0].label = { ...this.ctx.setter.segment("›", ROLES.related.style, node("Lbl", li)), x: flow.frame.left + pad + 2 };
      return lines;
    });
    const lines = [...title, ...items.flat()];
    const height = lines.reduce((sum, line) => sum + line.height, 0) + 2 * pad + 3;
    const boxed = height <= flow.frame.bottom - flow.frame.top;
    return {
      space: SPACE.related,
      lead: boxed ? height : leadHeight(lines),
      place: () => {
        if (boxed) {
          flow.keep(height);
          flow.push({ kind: "rect", x: flow.frame.left, y: flow.y, width: this.measure, height, color: SHADE });
          flow.push({ kind: "rect", x: flow.frame.left, y: flow.y, width: this.measure, height: 2, color: ACCENT });
          flow.y += pad + 3;
        }
        flow.lines(lines, { together: boxed });
        if (boxed) flow.y += pad;
      },
    };
  }
}

/** Lay out one article, from a new page when `startPage` (else below what is already on the page). */
export function placeArticle(ctx: Context, article: Article, index: number, startPage: boolean): void {
  new ArticleLayout(ctx, article, index).place(startPage);
}
