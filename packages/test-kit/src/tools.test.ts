import { describe, expect, it } from "vitest";
import { spawnGuarded } from "./tools.js";

/** Short enough for a test; a program that never ends is killed at it on any machine, however busy. */
const TEST_GUARD_MS = 500;

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
