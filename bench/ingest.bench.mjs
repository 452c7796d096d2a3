import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fromText, parseMeta } from "@dateline/ingest";
import { listFixtures, SEED_FIXTURE } from "@dateline/test-kit";
import { median, ONE_PAGE_FIXTURE, timeOnce } from "./_process-time.mjs";
/** Processes timed for the cold one-page case: a process is short and its time varies, so more than the warm cases. */
const COLD_PROCESSES = 15;
/** One untimed process first, so that the files it reads are in the page cache, as for a user's second page. */
const COLD_WARMUP = 1;

/** The plain-text fixture pages with their metadata, as the CLI would read them. */
function textSources() {
  return listFixtures()
    .filter((fixture) => fixture.sourcePath?.endsWith(".txt"))
    .map((fixture) => ({
      name: fixture.name,
      bytes: readFileSync(fixture.sourcePath),
      meta: fixture.metaPath ? parseMeta(JSON.parse(readFileSync(fixture.metaPath, "utf8"))) : undefined,
    }));
}

function ingestAll(sources) {
  for (const source of sources) fromText(source.bytes, source.meta ? { meta: source.meta } : {});
}

/** One page of `size` bytes: a headline and numbered paragraphs, as the huge-input test makes (which stays just over the 10 MB limit). */
function hugePage(size) {
  const paragraph = (n) =>
    `The council met on Tuesday for item ${n} and agreed, after a long debate, to keep the library open on Sundays for another year.`;
  const count = Math.ceil(size / (paragraph(0).length + 2));
  return `Council keeps Sunday library hours\n\n${Array.from({ length: count }, (_, n) => `${paragraph(n)}\n\n`).join("")}`;
}

const totalBytes = (sources) => sources.reduce((sum, source) => sum + source.bytes.byteLength, 0);

export const cases = [
  {
    name: "ingest: seed page",
    setup: () => ({ sources: textSources().filter((source) => source.name === SEED_FIXTURE) }),
    run: ({ sources }) => {
      // One page is too short to time alone; 50 parses, reported per page.
      for (let i = 0; i < 50; i++) ingestAll(sources);
    },
    bytes: ({ sources }) => totalBytes(sources) * 50,
    items: () => 50,
    warmup: 2,
    repeat: 7,
  },
  {
    name: "ingest: 1,000-article batch",
    setup: () => {
      const pages = textSources();
      return { sources: Array.from({ length: 1000 }, (_, i) => pages[i % pages.length]) };
    },
    run: ({ sources }) => ingestAll(sources),
    bytes: ({ sources }) => totalBytes(sources),
    items: ({ sources }) => sources.length,
    warmup: 3,
    repeat: 7,
  },
  {
    name: "ingest: one 50 MB page",
    setup: () => ({ text: hugePage(50 * 1024 * 1024) }),
    run: ({ text }) => {
      fromText(text, { maxBytes: 64 * 1024 * 1024 });
    },
    bytes: ({ text }) => Buffer.byteLength(text),
    repeat: 3,
  },
  {
    // What a user pays who parses one page per command: start-up, loading the text reader, its first (cold) call.
    name: "ingest: one page, cold (dateline parse process)",
    setup: () => ({
      args: [
        fileURLToPath(new URL("../apps/cli/bin/dateline.js", import.meta.url)),
        "parse",
        listFixtures().find((f) => f.name === ONE_PAGE_FIXTURE).sourcePath,
      ],
      cpuMs: [],
    }),
    run: (context) => {
      context.cpuMs.push(timeOnce(process.execPath, context.args).cpuMs);
      // The runner prints the last run's info: the CPU median of the processes timed so far (the warm-up's left out).
      const timed = context.cpuMs.slice(COLD_WARMUP);
      return timed.length > 0 ? `CPU median ${median(timed).toFixed(0)} ms of ${timed.length} processes` : undefined;
    },
    warmup: COLD_WARMUP,
    repeat: COLD_PROCESSES,
  },
];
