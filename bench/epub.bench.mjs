// EPUB export: the seed and a 100-article book, each beside pandoc turning the same articles (as Markdown) into an EPUB.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toEpub } from "@dateline/epub";
import { textRuns } from "@dateline/schema";
import { hasTool, manyArticles, seedArticle } from "@dateline/test-kit";

const escapeMarkdown = (text) => text.replace(/[\\`*_[\]#<>|]/g, "\\$&");

function inline(text, marks) {
  return textRuns(text, marks)
    .map((run) => {
      let md = escapeMarkdown(run.text);
      if (run.emphasis) md = `*${md}*`;
      if (run.strong) md = `**${md}**`;
      return run.href ? `[${md}](${run.href})` : md;
    })
    .join("");
}

function figure(figure) {
  return `*${escapeMarkdown(figure.caption)}*${figure.credit ? ` (${escapeMarkdown(figure.credit)})` : ""}`;
}

function block(block) {
  switch (block.type) {
    case "paragraph":
      return inline(block.text, block.marks);
    case "heading":
      return `${"#".repeat(block.level)} ${inline(block.text, block.marks)}`;
    case "quote":
      return `> ${inline(block.text, block.marks)}${block.attribution ? `\n>\n> — ${escapeMarkdown(block.attribution)}` : ""}`;
    case "list":
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : "-"} ${inline(item.text, item.marks)}`).join("\n");
    case "figure":
      return figure(block);
    case "related":
      return [
        `**${escapeMarkdown(block.title)}**`,
        "",
        ...block.items.map((item) => `- ${item.url ? `[${escapeMarkdown(item.title)}](${item.url})` : escapeMarkdown(item.title)}`),
      ].join("\n");
  }
}

function markdown(articles, title) {
  const parts = [`% ${title}`];
  for (const article of articles) {
    parts.push(`# ${escapeMarkdown(article.headline)}`);
    if (article.description) parts.push(`*${escapeMarkdown(article.description)}*`);
    if (article.image) parts.push(figure(article.image));
    parts.push(...article.body.map(block));
  }
  return `${parts.join("\n\n")}\n`;
}

function pandocCase(name, articles) {
  return {
    name,
    setup: () => {
      if (!hasTool("pandoc")) return { skip: "pandoc is not installed (apt-get install -y pandoc)" };
      const dir = mkdtempSync(join(tmpdir(), "dateline-bench-epub-"));
      const input = join(dir, "in.md");
      writeFileSync(input, markdown(articles(), "Briefing"));
      return { input, output: join(dir, "out.epub") };
    },
    run: ({ input, output }) => {
      execFileSync("pandoc", [input, "-o", output]);
    },
    repeat: 5,
  };
}

function epubCase(name, articles, compareTo) {
  return {
    name,
    setup: () => ({ articles: articles() }),
    run: async ({ articles }) => `${(await toEpub(articles, { title: "Briefing", onWarning: () => {} })).length} bytes`,
    items: ({ articles }) => articles.length,
    repeat: 5,
    compareTo,
  };
}

export const cases = [
  pandocCase("pandoc: seed, Markdown → EPUB", () => [seedArticle()]),
  epubCase("epub: seed book", () => [seedArticle()], "pandoc: seed, Markdown → EPUB"),
  pandocCase("pandoc: 100 articles, Markdown → EPUB", () => manyArticles(100)),
  epubCase("epub: 100-article book", () => manyArticles(100), "pandoc: 100 articles, Markdown → EPUB"),
];
