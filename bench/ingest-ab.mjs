// Plain-text ingest in two built trees side by side, by CPU time: the same inputs, each case in a fresh process
// that imports both trees and runs them in turns, so that load from other work falls on both alike.
// For a change that must not slow ingest: build both trees (`npm run build`), then
//
//   node bench/ingest-ab.mjs OTHER_TREE [--rounds N] [--case PART_OF_A_CASE_NAME] [--no-forced-gc]
//   node bench/ingest-ab.mjs --outputs DIR [TREE]   # each dev-set page's article JSON (or error) into DIR, to diff
//
// Cases: the `npm run bench -- ingest` inputs (the seed page 50 times, the 1,000-page fixture batch, one 50 MB
// page, one page parsed cold by each tree's `dateline parse` in a process of its own, wall and CPU time) and every
// text page of the dev sets in ../shared (skipped with a message when they are absent). Inputs
// come from this tree, so both trees read the same bytes. Figures are printed, never asserted.
// Each run starts after a forced full collection, so that one tree's garbage is not collected on the other's time;
// `--no-forced-gc` leaves collection to V8, as in a long batch (a full collection also drops shapes and compiled
// code held only by dead pages, so the two settings time different things, and both are worth reading).
// A tree whose shapes and compiled code die with each page (no `keepShape`, as before `ee2913b`) pays for that at
// every forced collection: in a process of 14 timed batches, `76926be` had 115 "weak objects" deoptimisations and
// 820 optimised compiles with forced collections, 0 and 382 without; this tree 6 and 612, 0 and 486. Against such a
// tree the forced ratio flatters this one; `--no-forced-gc` is the steady state of a long batch.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { median, ONE_PAGE_FIXTURE, timeOnce } from "./_process-time.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const thisTree = resolve(here, "..");
const DEVSETS = ["devset", "devset2"].map((name) => join(thisTree, "../shared", name, "text"));
/** Rounds by default: each runs a case `repeat` times in each tree. */
const DEFAULT_ROUNDS = 3;
/** The cold case's processes a round in each tree: a process is short and its time varies, so more than `repeat`. */
const COLD_PROCESSES_A_ROUND = 5;

/** The 50 MB page of the ingest bench: a headline and numbered paragraphs. */
function hugePage(size) {
  const paragraph = (n) =>
    `The council met on Tuesday for item ${n} and agreed, after a long debate, to keep the library open on Sundays for another year.`;
  const count = Math.ceil(size / (paragraph(0).length + 2));
  return `Council keeps Sunday library hours\n\n${Array.from({ length: count }, (_, n) => `${paragraph(n)}\n\n`).join("")}`;
}

/** This tree's plain-text fixtures: { name, bytes, meta (raw JSON) }. */
function fixturePages() {
  const fixtures = join(thisTree, "fixtures");
  return readdirSync(fixtures, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(fixtures, entry.name, "source.txt")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const meta = join(fixtures, name, "meta.json");
      return {
        name,
        bytes: readFileSync(join(fixtures, name, "source.txt")),
        meta: existsSync(meta) ? JSON.parse(readFileSync(meta, "utf8")) : undefined,
      };
    });
}

function devsetPages() {
  return DEVSETS.filter((dir) => existsSync(dir)).flatMap((dir) =>
    readdirSync(dir)
      .sort()
      .map((file) => ({ name: `${dir.split("/").at(-2)}/${file}`, bytes: readFileSync(join(dir, file)) })),
  );
}

/** name → { inputs(), run(ingest, inputs), warmup, repeat }; `ingest` is a tree's built package. */
const CASES = {
  "seed page x50": {
    inputs: () => fixturePages().filter((page) => page.name === "consent-notice-mid-article"),
    run: (ingest, pages) => {
      for (let i = 0; i < 50; i++) ingestAll(ingest, pages);
    },
    warmup: 2,
    repeat: 7,
  },
  "1,000-page batch": {
    inputs: () => {
      const pages = fixturePages();
      return Array.from({ length: 1000 }, (_, i) => pages[i % pages.length]);
    },
    run: ingestAll,
    warmup: 3,
    repeat: 7,
  },
  "one 50 MB page": {
    inputs: () => hugePage(50 * 1024 * 1024),
    run: (ingest, text) => ingest.fromText(text, { maxBytes: 64 * 1024 * 1024 }),
    warmup: 0,
    repeat: 3,
  },
  "one page, cold": {
    // Not run in a child: each sample is a whole `dateline parse` process of one tree (see `compareCold`).
    processes: COLD_PROCESSES_A_ROUND,
  },
  "dev-set text pages": {
    inputs: devsetPages,
    run: ingestAll,
    warmup: 2,
    repeat: 5,
  },
};

function ingestAll(ingest, pages) {
  for (const page of pages) {
    try {
      ingest.fromText(page.bytes, page.meta ? { meta: ingest.parseMeta(page.meta) } : {});
    } catch {
      // A page with no article in it fails the same way in both trees; its time still counts.
    }
  }
}

const cpuMs = (usage) => (usage.user + usage.system) / 1000;

async function importIngest(tree) {
  return import(pathToFileURL(join(tree, "packages/ingest/dist/index.js")).href);
}

/**
 * In a child: one case in both trees, imported side by side in this process, warmed up, then run in turns (this
 * tree, the other, the other, this tree, …) so that both meet the same load; prints each tree's CPU ms per run.
 */
async function runChild(trees, name, rounds, forceGc) {
  const ingests = await Promise.all(trees.map(importIngest));
  const benchCase = CASES[name];
  const inputs = benchCase.inputs();
  for (const ingest of ingests) for (let i = 0; i < benchCase.warmup; i++) benchCase.run(ingest, inputs);
  const times = trees.map(() => []);
  for (let round = 0; round < rounds * benchCase.repeat; round++) {
    for (const which of round % 2 === 0 ? [0, 1] : [1, 0]) {
      if (forceGc) globalThis.gc?.();
      const start = process.cpuUsage();
      benchCase.run(ingests[which], inputs);
      times[which].push(cpuMs(process.cpuUsage(start)));
    }
  }
  console.log(JSON.stringify(times));
}

/**
 * What the tree makes of every input above, as files in `dir` to diff: each dev-set page's and fixture's article
 * (or its error's code and message) as JSON, and the sha256 of the 50 MB page's article.
 */
async function writeOutputs(tree, dir) {
  const ingest = await importIngest(tree);
  const pages = devsetPages();
  if (pages.length === 0) console.log(`no dev sets at ${DEVSETS.join(", ")}; only the fixtures and the 50 MB page written`);
  const fixtures = fixturePages().map((page) => ({ ...page, name: `fixtures/${page.name}` }));
  for (const page of [...pages, ...fixtures]) {
    let output;
    try {
      output = ingest.fromText(page.bytes, { source: page.name, ...(page.meta ? { meta: ingest.parseMeta(page.meta) } : {}) });
    } catch (error) {
      output = { error: error.code ?? "THROWN", message: String(error.message) };
    }
    const file = join(dir, `${page.name}.json`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(output, null, 1)}\n`);
  }
  const huge = ingest.fromText(hugePage(50 * 1024 * 1024), { maxBytes: 64 * 1024 * 1024 });
  writeFileSync(join(dir, "huge-page.sha256"), `${createHash("sha256").update(JSON.stringify(huge)).digest("hex")}\n`);
  console.log(`${pages.length + fixtures.length + 1} outputs of ${tree} written to ${dir}`);
}

async function compare(otherTree, rounds, only, forceGc) {
  if (devsetPages().length === 0) console.log(`no dev sets at ${DEVSETS.join(", ")}: that case is skipped`);
  const names = Object.keys(CASES)
    .filter((name) => name !== "dev-set text pages" || devsetPages().length > 0)
    .filter((name) => only === undefined || name.includes(only));
  const trees = [thisTree, resolve(otherTree)];
  console.log(
    `CPU ms per run, both trees in one process per case, in turns${forceGc ? "" : ", no forced collections"}; this tree = ${thisTree}, other = ${trees[1]}`,
  );
  for (const name of names) {
    if (CASES[name].processes) {
      compareCold(name, trees, rounds * CASES[name].processes);
      continue;
    }
    const out = execFileSync(
      process.execPath,
      ["--expose-gc", fileURLToPath(import.meta.url), "--child", trees.join(","), name, String(rounds), String(forceGc)],
      { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
    );
    const [mine, other] = JSON.parse(out.trim().split("\n").at(-1));
    const row = (times) =>
      `min ${Math.min(...times)
        .toFixed(1)
        .padStart(7)}  median ${median(times).toFixed(1).padStart(7)}`;
    const ratio = (median(mine) / median(other)).toFixed(3);
    console.log(`${name.padEnd(20)} this: ${row(mine)} | other: ${row(other)} | n=${mine.length} | this/other (medians) ${ratio}`);
  }
}

/**
 * The cold case: `count` processes of each tree's built command parsing the same page (this tree's fixture), in
 * turns (this tree, the other, the other, this tree, …) after one untimed process each; wall and CPU ms.
 */
function compareCold(name, trees, count) {
  const page = join(thisTree, "fixtures", ONE_PAGE_FIXTURE, "source.txt");
  const parse = (tree) => timeOnce(process.execPath, [join(tree, "apps/cli/bin/dateline.js"), "parse", page]);
  for (const tree of trees) parse(tree);
  const samples = trees.map(() => []);
  for (let round = 0; round < count; round++)
    for (const which of round % 2 === 0 ? [0, 1] : [1, 0]) samples[which].push(parse(trees[which]));
  const [mine, other] = samples;
  const of = (runs, key) => median(runs.map((run) => run[key]));
  const row = (runs) => `wall ${of(runs, "ms").toFixed(0).padStart(5)}  CPU ${of(runs, "cpuMs").toFixed(0).padStart(5)}`;
  console.log(
    `${name.padEnd(20)} this: ${row(mine)} | other: ${row(other)} | n=${count} processes | this/other (medians) wall ${(of(mine, "ms") / of(other, "ms")).toFixed(3)}, CPU ${(of(mine, "cpuMs") / of(other, "cpuMs")).toFixed(3)}`,
  );
}

const args = process.argv.slice(2);
if (args[0] === "--child") await runChild(args[1].split(","), args[2], Number(args[3]), args[4] === "true");
else if (args[0] === "--outputs") await writeOutputs(resolve(args[2] ?? thisTree), resolve(args[1]));
else if (args[0] && !args[0].startsWith("--")) {
  const roundsAt = args.indexOf("--rounds");
  const caseAt = args.indexOf("--case");
  await compare(
    args[0],
    roundsAt > 0 ? Number(args[roundsAt + 1]) : DEFAULT_ROUNDS,
    caseAt > 0 ? args[caseAt + 1] : undefined,
    !args.includes("--no-forced-gc"),
  );
} else {
  console.log("usage: node bench/ingest-ab.mjs OTHER_TREE [--rounds N] [--case NAME_PART] [--no-forced-gc] | --outputs DIR [TREE]");
}
