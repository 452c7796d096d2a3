import { spawnSync, type SpawnSyncOptions } from "node:child_process";

export interface ToolResult {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * How long a validator may run before it is taken for hung and killed. Only a
 * guard: validators finish in seconds, but on a busy shared machine many times
 * slower, and a tool's speed must never decide a test.
 */
const TOOL_HANG_GUARD_MS = 10 * 60_000;
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

/** Run an external program and capture its output as text. */
export function runTool(command: string, args: readonly string[], options: SpawnSyncOptions = {}): ToolResult {
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: MAX_OUTPUT_BYTES, timeout: TOOL_HANG_GUARD_MS, ...options });
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
