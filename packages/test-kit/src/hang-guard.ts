/**
 * How long a test, a hook or a program a test runs may take before it is taken for hung: only a guard
 * against a hang, never a speed check. The slowest test takes about 15 s on an idle machine, and a busy
 * shared one may be many times slower, so no test's outcome may depend on coming close to it.
 */
export const HANG_GUARD_MS = 10 * 60_000;

/** What the hang guard kills a hung program with: one stuck in a loop or a wait may ignore a polite signal. */
export const HANG_KILL_SIGNAL = "SIGKILL";

/** Time for a program's guard that fired to kill it and for its test to report that. */
const GUARD_REPORT_MARGIN_MS = 60_000;

/**
 * A test's and a hook's own timeout: some time past the hang guard, so that a program a test runs
 * without blocking (spawnGuardedAsync) is killed by its guard, and the test fails naming it, before
 * vitest's timeout fails the test with no name and leaves the program running.
 */
export const TEST_TIMEOUT_MS = HANG_GUARD_MS + GUARD_REPORT_MARGIN_MS;
