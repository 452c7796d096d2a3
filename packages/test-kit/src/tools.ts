import { type SpawnSyncOptions, type SpawnSyncOptionsWithStringEncoding, type SpawnSyncReturns, spawnSync } from "node:child_process";
import { HANG_GUARD_MS } from "./hang-guard.js";

export interface ToolResult {
  status: number;
  stdout: string;
  stderr: string;
}

const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

/** What `spawnGuarded` takes besides spawnSync's own options. */
export interface GuardOptions extends SpawnSyncOptionsWithStringEncoding {
  /** Only for the test of the guard itself; every other run keeps the suite's HANG_GUARD_MS. */
  hangGuardMs?: number;
}

/**
 * spawnSync, killed at the hang guard. A test's own timeout cannot fire while spawnSync blocks the
 * worker, so without this a hung program would hold the suite forever. A run that hung or was killed
 * by a signal throws, saying so: neither is an outcome a test can expect.
 */
export function spawnGuarded(command: string, args: readonly string[], options: GuardOptions): SpawnSyncReturns<string> {
  const { hangGuardMs = HANG_GUARD_MS, ...spawnOptions } = options;
  const result = spawnSync(command, args, { maxBuffer: MAX_OUTPUT_BYTES, ...spawnOptions, timeout: hangGuardMs, killSignal: "SIGKILL" });
  const run = [command, ...args].join(" ");
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === "ETIMEDOUT") {
    throw new Error(`the run hung: ${run} was killed after the ${hangGuardMs} ms hang guard\n${result.stderr ?? ""}`);
  }
  if (result.error) throw result.error;
  if (result.signal !== null) throw new Error(`${run} was killed by ${result.signal}\n${result.stderr}`);
  return result;
}

/** Run an external program and capture its output as text. */
export function runTool(command: string, args: readonly string[], options: SpawnSyncOptions = {}): ToolResult {
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: MAX_OUTPUT_BYTES, timeout: HANG_GUARD_MS, ...options });
  if (result.error) throw result.error;
  return { status: result.status ?? -1, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** Tools found on PATH so far: a suite asks for the same validator before every check, and a shell per question adds up. */
const found = new Set<string>();

/** Whether `command` is on PATH (asked of the shell until it is found, then remembered for the process). */
export function hasTool(command: string): boolean {
  if (found.has(command)) return true;
  const present = spawnSync("sh", ["-c", `command -v "${command}"`], { encoding: "utf8" }).status === 0;
  if (present) found.add(command);
  return present;
}

/**
 * Fail loudly, with the install command, when a validator a test needs is
 * missing: a validator that silently does not run would let a test pass that
 * checked nothing. `.ci/run` installs all of them.
 */
export function requireTool(command: string, debianPackage: string): void {
  if (!hasTool(command)) {
    throw new Error(
      `${command} is not installed, so this check cannot run. Install it with: apt-get install -y ${debianPackage} (.ci/run does this)`,
    );
  }
}
