// Measure the HTML reader on a development set of real pages, either one (by hand; never in tests).
// Usage: npm run devset:html [-- DEVSET_DIR [scorer options]]   (default ../shared/devset2 beside the repository)
// Runs fromHtml over html/<id>.html with the page URL from pages.tsv, writes one article JSON per
// page into a temporary folder and scores it with the set's own score.mjs.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fromHtml } from "@dateline/ingest";
import { isDatelineError } from "@dateline/schema";

const devset = resolve(process.argv[2] ?? join(import.meta.dirname, "../../shared/devset2"));
if (!existsSync(join(devset, "score.mjs")) || !existsSync(join(devset, "pages.tsv"))) {
  // The project stands alone: the development set is an extra on the team's machines.
  console.log(`no development set at ${devset} (expected pages.tsv and score.mjs there); nothing to measure`);
  process.exit(0);
}
const [header, ...rows] = readFileSync(join(devset, "pages.tsv"), "utf8").trim().split("\n");
const columns = header!.split("\t");
const pages = rows.map((row) => {
  const cells = row.split("\t");
  return { id: cells[columns.indexOf("id")]!, url: cells[columns.indexOf("url")]! };
});
const out = mkdtempSync(join(tmpdir(), "dateline-devset-html-"));
let failed = 0;
let bytes = 0;
let parseMs = 0;
for (const page of pages) {
  const input = readFileSync(join(devset, "html", `${page.id}.html`));
  bytes += input.byteLength;
  const started = process.hrtime.bigint();
  try {
    const article = fromHtml(input, { url: page.url, source: `${page.id}.html` });
    parseMs += Number(process.hrtime.bigint() - started) / 1e6;
    // The scorer reads list items and related items as plain strings, and tables as text; an
    // ordered list's items are numbered as a reader sees them (the truth is such a rendering).
    const body = article.body.map((block) =>
      block.type === "list"
        ? { ...block, items: block.items.map((item, i) => (block.ordered ? `${i + 1}. ${item.text}` : item.text)) }
        : block.type === "related"
          ? { ...block, items: block.items.map((item) => item.title) }
          : block.type === "table"
            ? {
                type: "paragraph",
                text: [...(block.head ?? []), ...block.rows].map((row) => row.map((cell) => cell.text).join(" ")).join("\n"),
              }
            : block,
    );
    writeFileSync(join(out, `${page.id}.json`), JSON.stringify({ ...article, body }));
  } catch (error) {
    failed++;
    console.error(`${page.id}: ${isDatelineError(error) ? error.describe() : String(error)}`);
  }
}
console.log(
  `read ${pages.length - failed} of ${pages.length} pages (${failed} refused), ${(parseMs / (pages.length - failed || 1)).toFixed(1)} ms a page, ${(bytes / 1e6 / (parseMs / 1000)).toFixed(1)} MB/s; predictions in ${out}`,
);
const scorer = join(devset, "score.mjs");
const scored = spawnSync(process.execPath, [scorer, out, ...process.argv.slice(3)], { stdio: "inherit" });
if (scored.status !== 0) {
  // The sets' scorers take different options (the first set's has no --pages): say whose refusal it was.
  console.error(`the set's scorer ${scorer} exited with ${scored.status ?? scored.signal}: check the options given after the set's folder`);
  process.exit(scored.status || 1);
}
