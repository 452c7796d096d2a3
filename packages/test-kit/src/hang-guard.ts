/**
 * How long a test, a hook or a program a test runs may take before it is taken for hung: only a guard
 * against a hang, never a speed check. The slowest test takes about 15 s on an idle machine, and a busy
 * shared one may be many times slower, so no test's outcome may depend on coming close to it.
 */
export const HANG_GUARD_MS = 10 * 60_000;
