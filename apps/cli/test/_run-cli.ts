import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { spawnGuardedAsync } from "@dateline/test-kit";
import { cli, type RunResult } from "./_run.js";

/** Loaded into the CLI process so that *.example.com and *.example.org resolve to the test site on 127.0.0.1. */
const hostsFile = resolve(dirname(fileURLToPath(import.meta.url)), "_hosts.mjs");

/**
 * Run the built CLI without blocking this process, which serves the test
 * site; example.com names resolve to it. `sourceDateEpoch` pins every date
 * the run would otherwise take from the articles or the clock. A run that
 * hangs is killed at the suite's hang guard and fails the test, named.
 */
export function runCli(args: readonly string[], options: { input?: string | Uint8Array; sourceDateEpoch: string }): Promise<RunResult> {
  return spawnGuardedAsync(process.execPath, ["--import", hostsFile, cli, ...args], {
    env: { ...process.env, SOURCE_DATE_EPOCH: options.sourceDateEpoch },
    input: options.input,
  });
}
