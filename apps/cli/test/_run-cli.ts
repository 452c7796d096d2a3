import { spawn } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const cli = resolve(here, "../dist/cli.js");
/** Loaded into the CLI process so that *.example.com and *.example.org resolve to the test site on 127.0.0.1. */
const hostsFile = resolve(here, "_hosts.mjs");

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run the built CLI without blocking this process, which serves the test
 * site; example.com names resolve to it. `sourceDateEpoch` pins every date
 * the run would otherwise take from the articles or the clock.
 */
export function runCli(args: readonly string[], options: { input?: string | Uint8Array; sourceDateEpoch: string }): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ["--import", hostsFile, cli, ...args], {
      env: { ...process.env, SOURCE_DATE_EPOCH: options.sourceDateEpoch },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("close", (status) => done({ status, stdout, stderr }));
    child.stdin.end(options.input);
  });
}
