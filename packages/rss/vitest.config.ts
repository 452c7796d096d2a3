import { defaultServerConditions } from "vite";
import { defineProject } from "vitest/config";

/**
 * Only a guard against a hang, never a speed check: the slowest test takes
 * about 15 s on an idle machine, and a busy shared one may be many times slower.
 */
const HANG_GUARD_MS = 10 * 60_000;

export default defineProject({
  ssr: { resolve: { conditions: ["@dateline/source", ...defaultServerConditions] } },
  test: { name: "rss", include: ["src/**/*.test.ts", "test/**/*.test.ts"], testTimeout: HANG_GUARD_MS, hookTimeout: HANG_GUARD_MS },
});
