import {
  encodeUrl,
  textRuns,
  type Article,
  type Block,
  type Figure,
  type ImageRef,
  type Mark,
  type TableBlock,
  type TableCell,
} from "@dateline/schema";
import { escapeXml } from "./escape.js";
import { authorsText, bylineParts } from "./wording.js";

export interface RenderOptions {
  /**
   * The `src` to use for a figure's picture, or undefined to leave the picture
   * out and keep only its caption. The default leaves every picture out, so
   * nothing is fetched by the renderer or by whoever reads its output.
   */
  imageSource?: (image: ImageRef) => string | undefined;
  /** Heading level of the headline; sub-headings follow it (default 1). */
  headlineLevel?: 1 | 2;
}

/** Inline text with its marks as <a>, <em> and <strong>. */
export function renderInline(text: string, marks?: readonly Mark[]): string {
  if (!marks || marks.length === 0) return escapeXml(text);
  return textRuns(text, marks)
    .map((run) => {
      let html = escapeXml(run.text);
      if (run.emphasis) html = `<em>${html}</em>`;
      if (run.strong) html = `<strong>${html}</strong>`;
      if (run.href) html = `<a href="${escapeXml(encodeUrl(run.href))}">${html}</a>`;
      return html;
    })
    .join("");
}

export function renderFigure(figure: Figure, options: RenderOptions = {}, className?: string): string {
  const src = figure.image ? options.imageSource?.(figure.image) : undefined;
  const img = src && figure.image ? `<img src="${escapeXml(src)}" alt="${escapeXml(figure.image.alt ?? figure.caption)}"/>` : "";
  const credit = figure.credit ? ` <span class="credit">${escapeXml(figure.credit)}</span>` : "";
  const classAttr = className ? ` class="${className}"` : "";
  return `<figure${classAttr}>${img}<figcaption>${escapeXml(figure.caption)}${credit}</figcaption></figure>`;
}

function renderRow(row: readonly TableCell[], cellTag: "th" | "td"): string {
  return `<tr>${row.map((cell) => `<${cellTag}>${renderInline(cell.text, cell.marks)}</${cellTag}>`).join("")}</tr>`;
}

function renderTable(table: TableBlock): string {
  const caption = table.caption ? `<caption>${escapeXml(table.caption)}</caption>` : "";
  const head = table.head?.length ? `<thead>${table.head.map((row) => renderRow(row, "th")).join("")}</thead>` : "";
  return `<table>${caption}${head}<tbody>${table.rows.map((row) => renderRow(row, "td")).join("")}</tbody></table>`;
}

function headingTag(level: number, offset: number): string {
  return `h${Math.min(6, level + offset)}`;
}

export function renderBlock(block: Block, options: RenderOptions = {}): string {
  const offset = (options.headlineLevel ?? 1) - 1;
  switch (block.type) {
    case "paragraph":
      return `<p>${renderInline(block.text, block.marks)}</p>`;
    case "heading": {
      const tag = headingTag(block.level, offset);
      return `<${tag}>${renderInline(block.text, block.marks)}</${tag}>`;
    }
    case "quote": {
      const attribution = block.attribution ? `<footer>— ${escapeXml(block.attribution)}</footer>` : "";
      return `<blockquote><p>${renderInline(block.text, block.marks)}</p>${attribution}</blockquote>`;
    }
    case "list": {
      const tag = block.ordered ? "ol" : "ul";
      return `<${tag}>${block.items.map((item) => `<li>${renderInline(item.text, item.marks)}</li>`).join("")}</${tag}>`;
    }
    case "figure":
      return renderFigure(block, options);
    case "related": {
      const tag = headingTag(2, offset);
      const items = block.items
        .map(
          (item) =>
            `<li>${item.url ? `<a href="${escapeXml(encodeUrl(item.url))}">${escapeXml(item.title)}</a>` : escapeXml(item.title)}</li>`,
        )
        .join("");
      return `<aside class="related"><${tag}>${escapeXml(block.title)}</${tag}><ul>${items}</ul></aside>`;
    }
    case "table":
      return renderTable(block);
    case "code": {
      const language = block.language ? ` class="language-${escapeXml(block.language)}"` : "";
      return `<pre><code${language}>${escapeXml(block.text)}</code></pre>`;
    }
  }
}

/** The article body alone, block after block: what a feed puts in `content:encoded`. */
export function renderBody(article: Article, options: RenderOptions = {}): string {
  const lead = article.image ? renderFigure(article.image, options, "lead") : "";
  return lead + article.body.map((block) => renderBlock(block, options)).join("\n");
}

/** Headline, standfirst and byline: the top of an article page. */
export function renderHeader(article: Article, options: RenderOptions = {}): string {
  const tag = `h${options.headlineLevel ?? 1}`;
  const standfirst = article.description ? `<p class="standfirst">${escapeXml(article.description)}</p>` : "";
  const parts = bylineParts(article);
  const time =
    parts.date && article.datePublished ? `<time datetime="${escapeXml(article.datePublished)}">${escapeXml(parts.date)}</time>` : "";
  const byline = [
    parts.authors ? escapeXml(authorsText(parts.authors, article.inLanguage)) : "",
    parts.publisher ? escapeXml(parts.publisher) : "",
    time,
  ]
    .filter(Boolean)
    .join(" · ");
  return `<header><${tag}>${escapeXml(article.headline)}</${tag}>${standfirst}${byline ? `<p class="byline">${byline}</p>` : ""}</header>`;
}

/** A whole article as an XHTML `<article>` element, with its language marked for screen readers and hyphenation. */
export function renderArticle(article: Article, options: RenderOptions = {}): string {
  const lang = article.inLanguage ? ` lang="${escapeXml(article.inLanguage)}" xml:lang="${escapeXml(article.inLanguage)}"` : "";
  return `<article${lang}>${renderHeader(article, options)}\n${renderBody(article, options)}</article>`;
}
