// Measure ingest on the development set of real pages (by hand; never in tests).
// Usage: npm run devset [-- DEVSET_DIR]   (default ../shared/devset beside the repository)
// Writes one article JSON per page into a temporary folder and runs the set's own scorer on it.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fromText } from "@dateline/ingest";
import { isDatelineError } from "@dateline/schema";

const devset = resolve(process.argv[2] ?? join(import.meta.dirname, "../../shared/devset"));
if (!existsSync(join(devset, "score.mjs"))) {
  console.error(`no development set at ${devset} (expected score.mjs there); pass its folder as the first argument`);
  process.exit(2);
}
const out = mkdtempSync(join(tmpdir(), "dateline-devset-"));
let failed = 0;
let bytes = 0;
const started = process.hrtime.bigint();
for (const file of readdirSync(join(devset, "text")).sort()) {
  const id = file.replace(/\.txt$/, "");
  const input = readFileSync(join(devset, "text", file));
  bytes += input.byteLength;
  try {
    const article = fromText(input, { source: file });
    // The scorer reads list items and related items as plain strings.
    const body = article.body.map((block) =>
      block.type === "list"
        ? { ...block, items: block.items.map((item) => item.text) }
        : block.type === "related"
          ? { ...block, items: block.items.map((item) => item.title) }
          : block,
    );
    writeFileSync(join(out, `${id}.json`), JSON.stringify({ ...article, body }));
  } catch (error) {
    failed++;
    console.error(`${id}: ${isDatelineError(error) ? error.describe() : String(error)}`);
  }
}
const ms = Number(process.hrtime.bigint() - started) / 1e6;
console.error(
  `ingested ${readdirSync(join(devset, "text")).length - failed} pages (${failed} failed) in ${ms.toFixed(0)} ms, ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s; predictions in ${out}`,
);
execFileSync(process.execPath, [join(devset, "score.mjs"), out, ...process.argv.slice(3)], { stdio: "inherit" });
