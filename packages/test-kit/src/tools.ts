import {
  type ChildProcessWithoutNullStreams,
  type SpawnOptionsWithoutStdio,
  type SpawnSyncOptionsWithStringEncoding,
  type SpawnSyncReturns,
  spawn,
  spawnSync,
} from "node:child_process";
import { HANG_GUARD_MS, HANG_KILL_SIGNAL } from "./hang-guard.js";

/** A run that ended on its own, so with an exit status: a run that hung or was killed throws instead. */
export interface ToolResult {
  status: number;
  stdout: string;
  stderr: string;
}

const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

/** What `spawnGuarded` takes besides spawnSync's own options. */
export interface GuardOptions extends SpawnSyncOptionsWithStringEncoding {
  /** Only for the tests of the guard itself; every other run keeps the suite's HANG_GUARD_MS. */
  hangGuardMs?: number;
}

const commandLine = (command: string, args: readonly string[]) => [command, ...args].join(" ");

function hungError(command: string, args: readonly string[], hangGuardMs: number, stderr: string | null): Error {
  return new Error(
    `the run hung: ${commandLine(command, args)} was killed with ${HANG_KILL_SIGNAL} after the ${hangGuardMs} ms hang guard\n${stderr ?? ""}`,
  );
}

/** A killed run has no exit status; reading one (say -1, or null) as a failure exit would hide what happened. */
function killedError(command: string, args: readonly string[], signal: NodeJS.Signals, stderr: string | null): Error {
  return new Error(`${commandLine(command, args)} was killed by ${signal}, so it has no exit status\n${stderr ?? ""}`);
}

/**
 * spawnSync, killed at the hang guard. A test's own timeout cannot fire while spawnSync blocks the
 * worker, so without this a hung program would hold the suite forever. A run that hung or was killed
 * by a signal throws, saying so: neither is an outcome a test can expect.
 */
export function spawnGuarded(
  command: string,
  args: readonly string[],
  options: GuardOptions,
): SpawnSyncReturns<string> & { status: number; signal: null } {
  const { hangGuardMs = HANG_GUARD_MS, ...spawnOptions } = options;
  const result = spawnSync(command, args, {
    maxBuffer: MAX_OUTPUT_BYTES,
    ...spawnOptions,
    timeout: hangGuardMs,
    killSignal: HANG_KILL_SIGNAL,
  });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === "ETIMEDOUT") throw hungError(command, args, hangGuardMs, result.stderr);
  if (result.error) throw result.error;
  if (result.signal !== null) throw killedError(command, args, result.signal, result.stderr);
  return { ...result, status: result.status as number, signal: null };
}

/** What `spawnGuardedAsync` takes besides spawn's own options. */
export interface AsyncGuardOptions extends SpawnOptionsWithoutStdio {
  /** Written to the program's standard input, which is then closed (closed at once without it). */
  input?: string | Uint8Array;
  /** Only for the tests of the guard itself; every other run keeps the suite's HANG_GUARD_MS. */
  hangGuardMs?: number;
  /** Called with the running program, for a test that acts on it as it runs (closes its output early, say). */
  started?: (child: ChildProcessWithoutNullStreams) => void;
}

/**
 * `spawnGuarded` for runs that must overlap: the program runs while the test goes on, and is killed
 * at the same hang guard. The promise rejects, naming the program, when it hung or was killed by a signal.
 */
export function spawnGuardedAsync(command: string, args: readonly string[], options: AsyncGuardOptions = {}): Promise<ToolResult> {
  const { input, hangGuardMs = HANG_GUARD_MS, started, ...spawnOptions } = options;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, spawnOptions);
    let stdout = "";
    let stderr = "";
    let hung = false;
    const guard = setTimeout(() => {
      hung = true;
      child.kill(HANG_KILL_SIGNAL);
    }, hangGuardMs);
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", (error) => {
      clearTimeout(guard);
      reject(error);
    });
    child.on("close", (status, signal) => {
      clearTimeout(guard);
      if (hung) reject(hungError(command, args, hangGuardMs, stderr));
      else if (signal !== null) reject(killedError(command, args, signal, stderr));
      else resolve({ status: status as number, stdout, stderr });
    });
    // A program that ends without reading its input closes the pipe under the write; its exit status says how it ended.
    child.stdin.on("error", () => {});
    child.stdin.end(input);
    started?.(child);
  });
}

/**
 * The time zone every tool runs in: pdfinfo, say, prints a PDF's dates in the machine's zone, so a date
 * a test expects on 14 November reads 15 November on a machine at UTC+14 (and 1970 reads 1969 west of UTC).
 */
const TOOL_TIME_ZONE = "UTC";

/** Run an external program under the hang guard, in UTC, and capture its output as text. */
export function runTool(command: string, args: readonly string[], options: Omit<GuardOptions, "encoding"> = {}): ToolResult {
  const env = { ...(options.env ?? process.env), TZ: TOOL_TIME_ZONE };
  const { status, stdout, stderr } = spawnGuarded(command, args, { ...options, env, encoding: "utf8" });
  return { status, stdout, stderr };
}

/** Tools found on PATH so far: a suite asks for the same validator before every check, and a shell per question adds up. */
const found = new Set<string>();

/** Whether `command` is on PATH (asked of the shell until it is found, then remembered for the process). */
export function hasTool(command: string): boolean {
  if (found.has(command)) return true;
  const present = spawnGuarded("sh", ["-c", `command -v "${command}"`], { encoding: "utf8" }).status === 0;
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
