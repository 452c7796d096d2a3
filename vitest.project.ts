import { defaultServerConditions } from "vite";
import { defineProject } from "vitest/config";

/**
 * Only a guard against a hang, never a speed check: the slowest test takes
 * about 15 s on an idle machine, and a busy shared one may be many times slower.
 */
const HANG_GUARD_MS = 10 * 60_000;

/**
 * The vitest project of one workspace: tests beside their sources, run against
 * the TypeScript sources through the "@dateline/source" export condition, so
 * no build is needed while working on a package.
 */
export function datelineProject(name: string, include: string[] = ["src/**/*.test.ts"]) {
  return defineProject({
    ssr: { resolve: { conditions: ["@dateline/source", ...defaultServerConditions] } },
    test: { name, include, testTimeout: HANG_GUARD_MS, hookTimeout: HANG_GUARD_MS },
  });
}
