import { vi } from "vitest";
import { DATES_PINNED, type RunResult } from "./_run.js";

type Write = typeof process.stdout.write;

/** A stream's write, capturing what the program writes as text; the callback runs as after a write to a pipe. */
function capture(into: string[]): Write {
  return ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    into.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    const done = rest.find((arg) => typeof arg === "function") as (() => void) | undefined;
    if (done) queueMicrotask(done);
    return true;
  }) as Write;
}

/** Whether a run is under way in this process. */
let running = false;

/**
 * Run a command line through the CLI's program inside the test's own process: for tests of what a
 * command does (files written, messages, exit code), not of the process. A spawned run spends
 * 0.2-0.5 s of CPU starting Node and importing the program; this one a few hundredths. Each run
 * imports a fresh copy of the program and of the packages (vi.resetModules), so no run sees another's
 * options, counted warnings or --verbose; the libraries they use (zod, parse5, pdfkit…) stay loaded,
 * as they hold nothing of a run. Output is captured as a pipe receives it (no terminal), dates are
 * pinned as in a spawned run, and `status` is the exit code the process would end with.
 *
 * A test of addresses on the test site imports ./_hosts.mjs, which makes example.com and example.org
 * names resolve to 127.0.0.1 in this process as it does in a spawned one.
 *
 * What only a process shows stays with `dateline()` (dist/cli.js spawned): --help and --version, exit
 * codes and streams of the binary, standard input, a closed pipe, a full disk, concurrent runs,
 * memory limits, and what a run loads.
 */
export async function datelineInProcess(args: readonly string[], options: { sourceDateEpoch?: string } = {}): Promise<RunResult> {
  // Two runs at once would each patch and restore the other's streams and exit code.
  if (running) throw new Error("datelineInProcess runs one at a time: await each run before starting the next");
  running = true;
  try {
    return await runInProcess(args, options);
  } finally {
    running = false;
  }
}

async function runInProcess(args: readonly string[], options: { sourceDateEpoch?: string }): Promise<RunResult> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const saved = {
    out: process.stdout.write,
    err: process.stderr.write,
    outTty: process.stdout.isTTY,
    errTty: process.stderr.isTTY,
    epoch: process.env.SOURCE_DATE_EPOCH,
    exitCode: process.exitCode,
  };
  vi.resetModules();
  const { main } = await import("../src/_program.js");
  process.stdout.write = capture(stdout);
  process.stderr.write = capture(stderr);
  process.stdout.isTTY = false;
  process.stderr.isTTY = false;
  process.env.SOURCE_DATE_EPOCH = options.sourceDateEpoch ?? DATES_PINNED;
  process.exitCode = undefined;
  let status: number;
  try {
    await main(["node", "dateline", ...args]);
    status = Number(process.exitCode ?? 0);
  } finally {
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
    process.stdout.isTTY = saved.outTty;
    process.stderr.isTTY = saved.errTty;
    if (saved.epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = saved.epoch;
    process.exitCode = saved.exitCode;
  }
  return { status, stdout: stdout.join(""), stderr: stderr.join("") };
}
