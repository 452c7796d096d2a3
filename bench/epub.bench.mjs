// EPUB export: the seed and a 100-article book, each beside pandoc turning the same articles (as Markdown) into an EPUB.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toEpub } from "@dateline/epub";
import { hasTool, manyArticles, seedArticle } from "@dateline/test-kit";
import { markdown } from "./_markdown.mjs";

function pandocCase(name, articles) {
  return {
    name,
    setup: () => {
      if (!hasTool("pandoc")) return { skip: "pandoc is not installed (apt-get install -y pandoc)" };
      const dir = mkdtempSync(join(tmpdir(), "dateline-bench-epub-"));
      const input = join(dir, "in.md");
      writeFileSync(input, markdown(articles(), "Briefing"));
      return { dir, input, output: join(dir, "out.epub") };
    },
    run: ({ input, output }) => {
      execFileSync("pandoc", [input, "-o", output]);
    },
    teardown: ({ dir }) => rmSync(dir, { recursive: true, force: true }),
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
