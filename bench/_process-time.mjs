// One whole process timed as a user waits for it, shared by the benches that spawn commands (vs.mjs, the cold
// one-page cases of ingest.bench.mjs and ingest-ab.mjs).
import { spawnSync } from "node:child_process";

/** One run of a command: wall time and CPU time (user + system, ms) and peak resident memory (KiB). */
export function timeOnce(command, args) {
  // GNU time reports the child's peak RSS; the wall clock is ours, so time's own start-up is included equally everywhere.
  const start = process.hrtime.bigint();
  const result = spawnSync("/usr/bin/time", ["-f", "%M %U %S", command, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stderr}`);
  const [kib, user, system] = result.stderr.trim().split("\n").at(-1).split(" ").map(Number);
  return { ms, cpuMs: (user + system) * 1000, kib };
}

/** The middle value (the upper one of an even count), as every bench reports. */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The fixture the cold one-page cases parse: an ordinary news page (a headline, a byline, paragraphs). */
export const ONE_PAGE_FIXTURE = "no-subheadings-no-captions";
