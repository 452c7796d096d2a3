import { availableParallelism } from "node:os";
import { defaultServerConditions } from "vite";
import { defineProject } from "vitest/config";
// Imported from the file, not the package: the configs are read before anything is built.
import { TEST_TIMEOUT_MS } from "./packages/test-kit/src/hang-guard.js";

/**
 * Test files run at once in the suites that finish last (the CLI's and the PDF's): at least two, so
 * that when the other suites are done both cores work on them, and while a CLI file waits for a
 * program it started the other file runs. Other suites keep vitest's own default (one fewer than the
 * cores: a single file at a time on two cores), as turbo already runs every package's suite side by side.
 */
export const LONG_POLE_WORKERS = Math.max(2, availableParallelism() - 1);

/** How a suite runs, where it differs from vitest's defaults. */
export interface SuiteOptions {
  /** Test files run at once (see LONG_POLE_WORKERS). */
  maxWorkers?: number;
  /**
   * false for most suites: their files share one module graph per worker instead of each file
   * importing the sources anew (ingest's 22 files: 20 s of CPU isolated, 8 s shared; the PDF suite
   * 58 s → 47 s, the CLI's 101 s → 91 s). A file that mocks a module then clears the registry and
   * imports what it tests afresh (pdf's font-loading test); a test that counts what a fresh
   * process loads runs one (the CLI's loading tests).
   */
  isolate?: boolean;
  /** Files run once in vitest's own process before the suite (a service every test file shares). */
  globalSetup?: string[];
}

/**
 * The vitest project of one workspace: tests beside their sources, run against
 * the TypeScript sources through the "@dateline/source" export condition, so
 * no build is needed while working on a package.
 */
export function datelineProject(name: string, include: string[] = ["src/**/*.test.ts"], options: SuiteOptions = {}) {
  return defineProject({
    ssr: { resolve: { conditions: ["@dateline/source", ...defaultServerConditions] } },
    test: { name, include, testTimeout: TEST_TIMEOUT_MS, hookTimeout: TEST_TIMEOUT_MS, ...options },
  });
}
