// Measure ingest on the development sets of real pages (by hand; never in tests).
// Usage: npm run devset [-- DEVSET_DIR...] [--pages]
//   default: ../shared/devset and ../shared/devset2 beside the repository, side by side.
//   --pages also prints each set's per-page table (the set's own scorer output).
//   --halves also scores each numbered set's pages in groups by number: even, odd, and the odd ones split
//            again into 4n+1 and 4n+3. Look at failures only on even and 4n+1 pages; 4n+3 is held out (read
//            as totals only), and a rule is kept when the held-out pages gain too.
// Writes one article JSON per page of each set's `text/` copies into a temporary folder, runs the
// set's own scorer on it, and prints the summaries in one table. The sets are for measuring how
// general a rule is, never for fitting one.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { fromText } from "@dateline/ingest";
import { isDatelineError } from "@dateline/schema";

interface Pooled {
  precision: number;
  recall: number;
  f1: number;
  expected: number;
  predicted: number;
}
/** What the set's scorer leaves out: the article's metadata against the truth's byline, date and language. */
interface Metadata {
  dates: { truth: number; right: number; wrong: number };
  authors: { truth: number; right: number; wrong: number };
  languages: { truth: number; right: number };
}
interface Summary {
  pages: number;
  metadata: Metadata;
  body: { precision: number; recall: number; f1: number };
  headline: { exact: number; near: number };
  subheadings: Pooled;
  captions: Pooled;
}

const args = process.argv.slice(2);
const perPage = args.includes("--pages");
const halves = args.includes("--halves");
const folders = args.filter((arg) => !arg.startsWith("--"));
const shared = join(import.meta.dirname, "../../shared");
const sets = folders.length > 0 ? folders.map((folder) => resolve(folder)) : [join(shared, "devset"), join(shared, "devset2")];

const present = sets.filter((set) => existsSync(join(set, "score.mjs")) && existsSync(join(set, "text")));
for (const set of sets)
  if (!present.includes(set)) console.log(`no development set at ${set} (expected score.mjs and text/ there); skipped`);
if (present.length === 0) {
  console.log("nothing to measure: the development sets live outside the repository, in ../shared");
  process.exit(0);
}

/**
 * The page groups `--halves` scores apart. The odd pages were held out first; once their totals had served,
 * half of them (4n+1) were opened for study, and 4n+3 stays held out.
 */
const PAGE_GROUPS = [
  { name: "even", modulus: 2, remainder: 0 },
  { name: "odd", modulus: 2, remainder: 1 },
  { name: "4n+1", modulus: 4, remainder: 1 },
  { name: "4n+3", modulus: 4, remainder: 3 },
] as const;

/** Ingest every text page of one set into a temporary folder, then run the set's scorer on it (and on each half). */
function score(set: string): Array<{ name: string; summary: Summary }> {
  const out = mkdtempSync(join(tmpdir(), "dateline-devset-"));
  const files = readdirSync(join(set, "text")).sort();
  let failed = 0;
  let bytes = 0;
  const started = process.hrtime.bigint();
  for (const file of files) {
    const input = readFileSync(join(set, "text", file));
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
      writeFileSync(join(out, `${file.replace(/\.txt$/, "")}.json`), JSON.stringify({ ...article, body }));
    } catch (error) {
      failed++;
      console.error(`${basename(set)}/${file}: ${isDatelineError(error) ? error.describe() : String(error)}`);
    }
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(
    `${basename(set)}: ingested ${files.length - failed} pages (${failed} failed) in ${ms.toFixed(0)} ms, ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s; predictions in ${out}`,
  );
  const truth = join(set, "truth");
  const results = [{ name: basename(set), summary: scoreAgainst(set, out, truth, perPage) }];
  const numbered = readdirSync(truth).every((file) => /^\d+\./.test(file));
  // Only a set of numbered pages splits into halves that stay the same from run to run.
  if (halves && numbered)
    for (const group of PAGE_GROUPS) {
      // A truth folder holding only this group's pages: the scorer counts the pages it finds there.
      const groupTruth = join(out, `truth-${group.name}`);
      mkdirSync(groupTruth);
      for (const file of readdirSync(truth))
        if (Number.parseInt(file, 10) % group.modulus === group.remainder) symlinkSync(join(truth, file), join(groupTruth, file));
      results.push({ name: `${basename(set)} ${group.name}`, summary: scoreAgainst(set, out, groupTruth, false) });
    }
  return results;
}

/** The set's own scorer plus the metadata measures, over the pages whose truth is in `truth`. */
function scoreAgainst(set: string, predictions: string, truth: string, printPages: boolean): Summary {
  const report = join(predictions, `score-${basename(truth)}.json`);
  execFileSync(process.execPath, [join(set, "score.mjs"), predictions, truth, "--json", report, ...(printPages ? [] : ["--summary"])], {
    stdio: printPages ? "inherit" : "ignore",
  });
  const metadata = scoreMetadata(truth, predictions);
  return { ...(JSON.parse(readFileSync(report, "utf8")) as { summary: Summary }).summary, metadata };
}

/** Letters and digits of a name, folded, as a set of words. */
function nameWords(text: string): string[] {
  return (
    text
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * Dates (the day of `datePublished` against the truth's `published`), authors (every word of the predicted
 * names stands in the truth's byline, and the first name of the truth's byline is predicted) and languages.
 */
function scoreMetadata(truthFolder: string, predictions: string): Metadata {
  const metadata: Metadata = {
    dates: { truth: 0, right: 0, wrong: 0 },
    authors: { truth: 0, right: 0, wrong: 0 },
    languages: { truth: 0, right: 0 },
  };
  for (const file of readdirSync(truthFolder)) {
    const truth = JSON.parse(readFileSync(join(truthFolder, file), "utf8")) as { published?: string; byline?: string; lang?: string };
    const predicted = join(predictions, file);
    const article = existsSync(predicted)
      ? (JSON.parse(readFileSync(predicted, "utf8")) as { datePublished?: string; authors?: Array<{ name: string }>; inLanguage?: string })
      : {};
    if (truth.published) {
      metadata.dates.truth++;
      if (article.datePublished?.slice(0, 10) === truth.published.slice(0, 10)) metadata.dates.right++;
      else if (article.datePublished) metadata.dates.wrong++;
    }
    if (truth.byline) {
      metadata.authors.truth++;
      const truthWords = new Set(nameWords(truth.byline));
      const names = article.authors?.map((author) => nameWords(author.name)) ?? [];
      if (names.length > 0 && names.every((words) => words.every((word) => truthWords.has(word))) && names[0]!.length > 0)
        metadata.authors.right++;
      else if (names.length > 0) metadata.authors.wrong++;
    }
    if (truth.lang) {
      metadata.languages.truth++;
      if (article.inLanguage?.slice(0, 2) === truth.lang.slice(0, 2).toLowerCase()) metadata.languages.right++;
    }
  }
  return metadata;
}

const summaries = present.flatMap((set) => score(set));
const figure = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : "  -  ");
const rows: Array<[string, (s: Summary) => string]> = [
  ["pages", (s) => String(s.pages)],
  ["body precision", (s) => figure(s.body.precision)],
  ["body recall", (s) => figure(s.body.recall)],
  ["body F1", (s) => figure(s.body.f1)],
  ["headline exact", (s) => figure(s.headline.exact)],
  ["headline near", (s) => figure(s.headline.near)],
  ["sub-heading precision", (s) => figure(s.subheadings.precision)],
  ["sub-heading recall", (s) => figure(s.subheadings.recall)],
  ["sub-heading F1", (s) => figure(s.subheadings.f1)],
  ["sub-headings expected/predicted", (s) => `${s.subheadings.expected}/${s.subheadings.predicted}`],
  ["caption F1", (s) => figure(s.captions.f1)],
  ["date right/wrong (of truth)", ({ metadata: { dates } }) => `${dates.right}/${dates.wrong} (${dates.truth})`],
  ["author right/wrong (of truth)", ({ metadata: { authors } }) => `${authors.right}/${authors.wrong} (${authors.truth})`],
  ["language right (of truth)", ({ metadata: { languages } }) => `${languages.right} (${languages.truth})`],
];
const width = 32;
const column = 15;
console.log(`\n${"".padEnd(width)}${summaries.map(({ name }) => name.padStart(column)).join("")}`);
for (const [label, read] of rows)
  console.log(`${label.padEnd(width)}${summaries.map(({ summary }) => read(summary).padStart(column)).join("")}`);
if (halves) console.log(`\n${PAGE_GROUPS.at(-1)!.name} pages are held out: read them as totals only, never page by page.`);
