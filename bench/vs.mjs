// `npm run bench -- --vs`: whole processes side by side, as a user waits for them.
// Dateline's CLI against the tools a user would pick instead, on the same content, in one run:
// `node -e 0` for start-up, pandoc for EPUB, headless Chromium printing pandoc's HTML for PDF.
// Each command runs several times; medians and the ratio to its anchor are printed. A missing
// anchor prints "not installed" and the run still exits 0. Figures are printed, never asserted.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { hasTool, manyArticles, seedArticle } from "@dateline/test-kit";
import { markdown } from "./_markdown.mjs";
import { median, timeOnce } from "./_process-time.mjs";
import { THOUSAND_CASE } from "./rss.bench.mjs";

const RUNS = 7;
/** Start-up takes a tenth of a second, and its ratio to `node -e 0` is judged near 1.3×: more rounds, cheaply. */
const START_UP_RUNS = 31;
// `--cli PATH` times another build of the command (say, a worktree of main) against the same anchors, for before/after figures.
const cliArg = process.argv.indexOf("--cli");
const CLI = cliArg > 0 ? process.argv[cliArg + 1] : fileURLToPath(new URL("../apps/cli/dist/cli.js", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "dateline-vs-"));

/**
 * Median wall time, CPU time and peak memory (MiB) of each command of a group compared with each other,
 * run in turns (one untimed round, then `runs` rounds), so that load from elsewhere on a shared machine
 * falls on a command and its anchor alike. GNU time gives CPU in 10 ms steps; the wall time is finer.
 */
function timeInTurns(group, runs) {
  for (const row of group) timeOnce(row.run[0], row.run[1]);
  const samples = group.map(() => []);
  for (let round = 0; round < runs; round++) for (const [i, row] of group.entries()) samples[i].push(timeOnce(row.run[0], row.run[1]));
  return samples.map((runsOfRow) => ({
    ms: median(runsOfRow.map((run) => run.ms)),
    cpuMs: median(runsOfRow.map((run) => run.cpuMs)),
    mib: median(runsOfRow.map((run) => run.kib)) / 1024,
  }));
}

function writeArticles(name, articles) {
  const dir = join(work, name);
  mkdirSync(dir);
  for (const [i, article] of articles.entries()) writeFileSync(join(dir, `${String(i).padStart(4, "0")}.json`), JSON.stringify(article));
  writeFileSync(join(work, `${name}.md`), markdown(articles, "Briefing"));
  return dir;
}

const seedDir = writeArticles("seed", [seedArticle()]);
const hundredDir = writeArticles("hundred", manyArticles(100));
const out = join(work, "out");
const build = (dir, formats) => [CLI, "build", dir, "--out", out, "--format", formats, "--feed-url", "https://example.com/feed.xml"];
const pandoc = (name, output) => ["pandoc", [join(work, `${name}.md`), "-s", "-o", join(work, output)]];
const chromiumPrint = (html) => [
  "chromium",
  [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    `--user-data-dir=${join(work, "profile")}`,
    "--no-pdf-header-footer",
    `--print-to-pdf=${join(work, "chromium.pdf")}`,
    `file://${join(work, html)}`,
  ],
];

const rows = [
  { name: "start-up: dateline --help", run: [process.execPath, [CLI, "--help"]], anchor: "node -e 0", limit: 1.3, runs: START_UP_RUNS },
  { name: "node -e 0", run: [process.execPath, ["-e", "0"]], runs: START_UP_RUNS },
  { name: "seed → EPUB", run: [process.execPath, build(seedDir, "epub")], anchor: "pandoc: seed → EPUB", limit: 1.0 },
  {
    name: "seed → PDF, EPUB, RSS, JSON-LD",
    run: [process.execPath, build(seedDir, "pdf,epub,rss,jsonld")],
    anchor: "pandoc: seed → EPUB",
    limit: 1.5,
  },
  { name: "pandoc: seed → EPUB", run: pandoc("seed", "seed.epub"), needs: "pandoc" },
  { name: "100 articles → EPUB", run: [process.execPath, build(hundredDir, "epub")], anchor: "pandoc: 100 → EPUB", limit: 0.25 },
  { name: "pandoc: 100 → EPUB", run: pandoc("hundred", "hundred.epub"), needs: "pandoc" },
  {
    name: "100 articles → PDF",
    run: [process.execPath, build(hundredDir, "pdf")],
    anchor: "chromium: 100 → PDF",
    limit: 0.2,
    peakLimitMiB: 150,
  },
  { name: "chromium: 100 → PDF", run: chromiumPrint("hundred.html"), needs: "chromium", before: pandoc("hundred", "hundred.html") },
];

const results = new Map();
console.log(
  `whole-process times (wall, and CPU = user + system), medians of ${RUNS} rounds (${START_UP_RUNS} for start-up) after one untimed round, each command in turns with its anchor; CLI: ${CLI}`,
);
// Each command is timed in turns with the anchor it is compared with (and the anchor's other commands).
const groups = new Map();
for (const row of rows) {
  const key = row.anchor ?? row.name;
  if (!groups.has(key)) groups.set(key, []);
  groups.get(key).push(row);
}
for (const group of groups.values()) {
  const present = group.filter((row) => {
    if (row.needs && !hasTool(row.needs)) results.set(row.name, { missing: row.needs });
    else if (row.before) spawnSync(row.before[0], row.before[1]);
    return !results.has(row.name);
  });
  const timed = timeInTurns(present, Math.max(...present.map((row) => row.runs ?? RUNS)));
  for (const [i, row] of present.entries()) results.set(row.name, timed[i]);
}
for (const row of rows) {
  const result = results.get(row.name);
  if (result.missing) {
    console.log(`${row.name.padEnd(34)} not installed (apt-get install -y ${result.missing})`);
    continue;
  }
  const anchor = row.anchor && results.get(row.anchor);
  const ratio = !row.anchor
    ? ""
    : anchor?.ms
      ? `  ${(result.ms / anchor.ms).toFixed(2)}× ${row.anchor} (target ≤ ${row.limit}×; CPU ${(result.cpuMs / anchor.cpuMs).toFixed(2)}×)`
      : `  (${row.anchor}: not installed)`;
  const peak = row.peakLimitMiB ? ` (target ≤ ${row.peakLimitMiB} MiB)` : "";
  console.log(
    `${row.name.padEnd(34)} ${result.ms.toFixed(0).padStart(6)} ms  CPU ${result.cpuMs.toFixed(0).padStart(5)} ms  peak ${result.mib.toFixed(0).padStart(4)} MiB${peak}${ratio}`,
  );
}
// The batch target without an anchor: work inside one process, timed by the in-process bench runner
// (bench/_case.mjs) in a fresh process, so "cold" is the first run after start-up and module loading.
const THOUSAND_LIMIT_MS = 1000;
const thousand = JSON.parse(
  execFileSync(process.execPath, ["--expose-gc", fileURLToPath(new URL("_case.mjs", import.meta.url)), "rss.bench.mjs", THOUSAND_CASE], {
    encoding: "utf8",
  })
    .trim()
    .split("\n")
    .at(-1),
);
console.log(
  `${"1,000 articles → RSS + JSON-LD".padEnd(34)} ${thousand.coldMs.toFixed(0).padStart(6)} ms in one process, first run (warm median ${thousand.medianMs.toFixed(0)} ms)  peak ${thousand.peakMiB.toFixed(0).padStart(4)} MiB  (target ≤ ${THOUSAND_LIMIT_MS} ms)`,
);
rmSync(work, { recursive: true, force: true });
