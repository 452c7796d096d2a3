// PDF briefings with pdfkit, and headless Chromium printing the same 100 articles for comparison.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderArticle } from "@dateline/html";
import { toPdf } from "@dateline/pdf";
import { hasTool, manyArticles, seedArticle } from "@dateline/test-kit";

const PRINT_CSS = `
@page { size: A4; margin: 25mm 23mm; }
body { font-family: "Noto Serif", serif; font-size: 10.5pt; line-height: 1.43; text-align: justify; hyphens: auto; }
h1, h2, h3, h4 { font-family: "Noto Sans", sans-serif; text-align: left; }
article { break-before: page; }
figure { margin: 1em 0; padding: 0.6em; background: #f1eee6; break-inside: avoid; }
figcaption { font: 8.5pt "Noto Sans", sans-serif; }
aside.related { background: #f1eee6; padding: 0.6em 1em; break-inside: avoid; }
`;

function pages(bytes) {
  return (
    Buffer.from(bytes)
      .toString("latin1")
      .match(/\/Type \/Page\b/g)?.length ?? 0
  );
}

export const cases = [
  {
    name: "pdf: seed briefing (1 article)",
    setup: () => ({ articles: [seedArticle()] }),
    run: async (ctx) => {
      ctx.bytes = await toPdf(ctx.articles);
      return `${pages(ctx.bytes)} pages, ${(ctx.bytes.length / 1024).toFixed(0)} KiB`;
    },
    repeat: 5,
  },
  {
    name: "chromium: print 100 articles to PDF",
    setup: () => {
      if (!hasTool("chromium")) return { skip: "chromium is not installed (apt-get install -y chromium)" };
      const dir = mkdtempSync(join(tmpdir(), "dateline-bench-pdf-"));
      const html = join(dir, "briefing.html");
      const body = manyArticles(100)
        .map((article) => renderArticle(article))
        .join("\n");
      writeFileSync(
        html,
        `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>Briefing</title><style>${PRINT_CSS}</style></head><body>${body}</body></html>`,
      );
      return { dir, html, out: join(dir, "briefing.pdf") };
    },
    run: ({ dir, html, out }) => {
      const result = spawnSync(
        "chromium",
        [
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--no-first-run",
          `--user-data-dir=${join(dir, "profile")}`,
          "--no-pdf-header-footer",
          `--print-to-pdf=${out}`,
          `file://${html}`,
        ],
        { encoding: "utf8" },
      );
      if (result.status !== 0) throw new Error(`chromium failed: ${result.stderr}`);
      return `${(statSync(out).size / 1024).toFixed(0)} KiB (Chromium's own memory is not in "peak")`;
    },
    teardown: ({ dir }) => rmSync(dir, { recursive: true, force: true }),
    repeat: 3,
  },
  {
    name: "pdf: 100-article briefing",
    setup: () => ({ articles: manyArticles(100) }),
    run: async (ctx) => {
      ctx.bytes = await toPdf(ctx.articles);
      return `${pages(ctx.bytes)} pages, ${(ctx.bytes.length / 1024).toFixed(0)} KiB`;
    },
    items: (ctx) => ctx.articles.length,
    repeat: 3,
    compareTo: "chromium: print 100 articles to PDF",
  },
];
