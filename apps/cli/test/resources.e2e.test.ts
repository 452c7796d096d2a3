import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { spawnGuarded } from "@dateline/test-kit";
import { afterAll, describe, expect, it } from "vitest";
import { article, cli, DATES_PINNED, fixtures, scratch } from "./_run.js";
import { datelineInProcess } from "./_run-in-process.js";

const work = scratch("resources");
afterAll(work.cleanup);

const seedSource = join(fixtures, "consent-notice-mid-article/source.txt");
const MIB = 1024 * 1024;

/** The CLI with a small heap: reading a huge input whole would end in an out-of-memory crash, not a clear error. */
function datelineInSmallHeap(args: string[]) {
  const result = spawnGuarded(process.execPath, ["--max-old-space-size=96", cli, ...args], { encoding: "utf8" });
  return { status: result.status, stderr: result.stderr };
}

const PROSE = "The council said on Tuesday that the ferry would run again from July, ending a two-year pause.";
const page = (body: string) => `Harbour board votes to keep the night ferry\n\nBy Ann Example\n\n${PROSE}\n\n${body}\n\n${PROSE}\n`;
const filled = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);

describe("bounded memory", () => {
  it.skipIf(!existsSync("/dev/zero"))("refuses an endless source, meta, image map or feed config after reading just past the limit", () => {
    const runs = [
      datelineInSmallHeap(["parse", "/dev/zero"]),
      datelineInSmallHeap(["parse", seedSource, "--meta", "/dev/zero"]),
      datelineInSmallHeap(["build", seedSource, "--out", join(work.dir, "zero"), "--images", "/dev/zero"]),
      datelineInSmallHeap(["build", seedSource, "--out", join(work.dir, "zero"), "--feed-config", "/dev/zero"]),
    ];
    for (const run of runs) {
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toMatch(/^error: \/dev\/zero: the (source|meta file|image map|feed config) is over the \d+ MB limit$/m);
    }
  });

  it("refuses a feed over its limit without reading it whole", () => {
    const feed = work.file("huge-feed.xml", Buffer.alloc(65 * MIB, " "));
    const run = datelineInSmallHeap(["feed", "add", seedSource, "--feed", feed, "--feed-url", "https://news.example.com/feed.xml"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/the feed is over the 64 MB limit/);
  });

  it("treats --max-size 0 as a usage error", async () => {
    const result = await datelineInProcess(["parse", seedSource, "--max-size", "0"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--max-size/);
  });

  it("fails at once, before any work, on an output folder that cannot be written", async () => {
    for (const out of ["/proc/dateline-out", join(seedSource, "inside-a-file")]) {
      const result = await datelineInProcess(["build", seedSource, "--out", out]);
      expect(result.status, out).toBe(1);
      expect(result.stderr).toMatch(/cannot write into this folder: .*\n {2}hint: choose another folder with --out/);
      expect(result.stdout).toBe("");
    }
  });
});

const cpuTimeLog = join(import.meta.dirname, "_cpu-time.mjs");

/** _cpu-time.mjs logs microseconds. */
const MICROSECONDS_PER_SECOND = 1e6;
/** How much of a run's command line names its CPU log: enough to tell the runs apart, short of the file-name limit. */
const LOG_NAME_LENGTH = 60;

/** The CPU seconds a run logged; a log the hook never wrote must not read as a run that took no time. */
function cpuSecondsIn(log: string): number {
  const logged = readFileSync(log, "utf8");
  if (!/^\d+$/.test(logged)) throw new Error(`${log} holds no CPU time (${JSON.stringify(logged)}): the run did not exit normally`);
  return Number(logged) / MICROSECONDS_PER_SECOND;
}

/** The CLI, with the CPU time it used: unlike wall-clock time, a busy machine barely changes it. */
function datelineTimed(args: string[]) {
  const log = work.file(`cpu-${args.join("-").replace(/\W+/g, "_").slice(0, LOG_NAME_LENGTH)}.txt`, "");
  const result = spawnGuarded(process.execPath, ["--import", cpuTimeLog, cli, ...args], {
    encoding: "utf8",
    env: { ...process.env, DATELINE_CPU_LOG: log, SOURCE_DATE_EPOCH: DATES_PINNED },
  });
  return { status: result.status, stderr: result.stderr, cpuSeconds: cpuSecondsIn(log) };
}

it("reads a CPU log the hook did not write as an error, not as no time at all", () => {
  expect(() => cpuSecondsIn(work.file("cpu-unwritten.txt", ""))).toThrow(/holds no CPU time/);
  expect(cpuSecondsIn(work.file("cpu-written.txt", "2500000"))).toBe(2.5);
});

// Each shape at a size where a quadratic step takes minutes (2 MB of "Read more:" lines took
// 63 s, a 256 KB headline 63 s in the PDF) and a linear one a second or two of CPU. The bound is on
// the CPU time the run used, so a busy machine (which stretches wall-clock time many times over)
// cannot fail a linear run, while a quadratic one still fails.
const LINEAR_CPU_BOUND_SECONDS = 30;

describe("near-linear time on worst-case shapes", () => {
  const shapes: Record<string, string> = {
    "repeated Read more lines": page(filled("Read more: the story of the ferry\n", 2 * MIB)),
    "one huge line": page(filled("word ", 2 * MIB)),
    "many tiny lines": page(filled("a\n", MIB)),
    "thousands of headings": page(filled(`Section heading\n\n${PROSE}\n\n`, 2 * MIB)),
  };
  for (const [shape, text] of Object.entries(shapes)) {
    it(`ingests ${shape} (${Math.round(text.length / MIB)} MB)`, () => {
      const result = datelineTimed(["parse", work.file(`${shape}.txt`, text), "--max-size", "8MB"]);
      // A clear refusal (no article found) is an outcome too; a crash or a hang is not.
      expect(result.status === 0 || /^error: /.test(result.stderr), result.stderr).toBe(true);
      expect(result.cpuSeconds).toBeLessThan(LINEAR_CPU_BOUND_SECONDS);
    });
  }

  it("builds every format from a 512 KB headline and from thousands of headings", () => {
    const headline = json("huge-headline.json", article(1, { headline: filled("Harbour ferry returns ", 512 * 1024) }));
    const headings = json(
      "headings.json",
      article(2, {
        body: Array.from({ length: 4000 }, (_, i) =>
          i % 2 ? { type: "paragraph" as const, text: PROSE } : { type: "heading" as const, level: 2, text: `Part ${i}` },
        ),
      }),
    );
    const result = datelineTimed([
      "build",
      headline,
      headings,
      "--out",
      join(work.dir, "huge-out"),
      "--feed-url",
      "https://news.example.com/feed.xml",
    ]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/built 2 articles as pdf, epub, rss, jsonld, json/);
    // Two articles in five formats: twice the bound of one ingest.
    expect(result.cpuSeconds).toBeLessThan(LINEAR_CPU_BOUND_SECONDS * 2);
  });
});

function json(name: string, value: unknown): string {
  return work.file(name, JSON.stringify(value));
}
