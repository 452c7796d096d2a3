import type { ChildProcess } from "node:child_process";
import { describe, expect, it } from "vitest";
import { runTool, spawnGuarded, spawnGuardedAsync } from "./tools.js";

/** Short enough for a test; a program that never ends is killed at it on any machine, however busy. */
const TEST_GUARD_MS = 500;
/** Far longer than any test takes: a `sleep` this long only ends when it is killed. */
const NEVER_ENDS = ["3600"];
/** A shell that kills itself with SIGTERM: a real program ended by a signal, not by exiting. */
const KILLED_BY_SIGTERM = ["-c", "kill -TERM $$"];

describe("spawnGuarded", () => {
  it("kills a program that never ends at the hang guard and says the run hung", () => {
    const forever = ["-e", "setInterval(() => {}, 1000)"];
    expect(() => spawnGuarded(process.execPath, forever, { encoding: "utf8", hangGuardMs: TEST_GUARD_MS })).toThrow(/the run hung/);
  });

  it("throws for a program killed by a signal, naming it", () => {
    const killsItself = ["-e", "process.kill(process.pid, 'SIGTERM')"];
    expect(() => spawnGuarded(process.execPath, killsItself, { encoding: "utf8" })).toThrow(/killed by SIGTERM/);
  });

  it("returns a finished run's status and output", () => {
    const result = spawnGuarded(process.execPath, ["-e", "process.stdout.write('done'); process.exitCode = 3"], { encoding: "utf8" });
    expect(result.status).toBe(3);
    expect(result.stdout).toBe("done");
  });
});

describe("runTool", () => {
  it("kills a tool that hangs at the hang guard, naming the tool, the signal and the guard", () => {
    expect(() => runTool("sleep", NEVER_ENDS, { hangGuardMs: TEST_GUARD_MS })).toThrow(
      `the run hung: sleep ${NEVER_ENDS[0]} was killed with SIGKILL after the ${TEST_GUARD_MS} ms hang guard`,
    );
  });

  it("fails, naming the tool and the signal, when a tool is killed: never a status a test could take for an exit", () => {
    expect(() => runTool("sh", KILLED_BY_SIGTERM)).toThrow("sh -c kill -TERM $$ was killed by SIGTERM, so it has no exit status");
  });

  it("returns a finished tool's exit status and output, also when it fails", () => {
    expect(runTool("sh", ["-c", "printf done; printf trouble >&2; exit 3"])).toEqual({ status: 3, stdout: "done", stderr: "trouble" });
  });

  it("runs the tool in UTC whatever zone the machine is in, so the dates it prints are the same everywhere", () => {
    // A zone 14 hours ahead of UTC and another 3.5 hours behind it: neither can pass for UTC.
    for (const zone of ["Pacific/Kiritimati", "America/St_Johns"]) {
      expect(runTool("date", ["+%z"], { env: { ...process.env, TZ: zone } }).stdout.trim()).toBe("+0000");
    }
  });
});

describe("spawnGuardedAsync", () => {
  it("kills a program that hangs at the hang guard, then fails naming it, the signal and the guard", async () => {
    let program: ChildProcess | undefined;
    const run = spawnGuardedAsync("sleep", NEVER_ENDS, { hangGuardMs: TEST_GUARD_MS, started: (child) => (program = child) });
    await expect(run).rejects.toThrow(
      `the run hung: sleep ${NEVER_ENDS[0]} was killed with SIGKILL after the ${TEST_GUARD_MS} ms hang guard`,
    );
    // The promise settles only once the program has exited: none is left behind. Node records the signal when it
    // reaps the program; its pid is no witness, as a busy machine may give it to the next program at once.
    expect(program?.signalCode).toBe("SIGKILL");
  });

  it("fails, naming the program and the signal, when it is killed", async () => {
    await expect(spawnGuardedAsync("sh", KILLED_BY_SIGTERM)).rejects.toThrow(
      "sh -c kill -TERM $$ was killed by SIGTERM, so it has no exit status",
    );
  });

  it("writes the input, closes it, and returns the exit status and output", async () => {
    const result = await spawnGuardedAsync("sh", ["-c", "cat; printf trouble >&2; exit 3"], { input: "piped" });
    expect(result).toEqual({ status: 3, stdout: "piped", stderr: "trouble" });
  });

  it("fails when the program cannot start", async () => {
    await expect(spawnGuardedAsync("/nonexistent/dateline-test-program", [])).rejects.toThrow(/ENOENT/);
  });
});
