import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "@dateline/schema";
import { spawnGuarded, spawnGuardedAsync } from "@dateline/test-kit";

// These tests run the built binary, as a user would; turbo builds it before `test`.
const here = dirname(fileURLToPath(import.meta.url));
export const cli = resolve(here, "../dist/cli.js");
export const repo = resolve(here, "../../..");
export const fixtures = join(repo, "fixtures");

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** The SOURCE_DATE_EPOCH of every run: the dates a run would otherwise take from the clock. */
export const DATES_PINNED = "1741824000";

const ENV = { ...process.env, SOURCE_DATE_EPOCH: DATES_PINNED };

/**
 * The built CLI, spawned; a run that hangs is killed at the suite's hang guard and fails the test. `env` adds to
 * or overrides the test's own variables (a locale, say).
 */
export function dateline(args: readonly string[], input?: string | Buffer, env: NodeJS.ProcessEnv = {}): RunResult {
  const result = spawnGuarded(process.execPath, [cli, ...args], { input, encoding: "utf8", env: { ...ENV, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same, without waiting: for runs that must overlap. A run that hangs is killed at the same guard. */
export function datelineAsync(args: readonly string[]): Promise<RunResult> {
  return spawnGuardedAsync(process.execPath, [cli, ...args], { env: ENV });
}

/** A scratch folder for one test file, removed by `cleanup`. */
export function scratch(prefix: string): { dir: string; file(name: string, content: string | Buffer): string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), `dateline-${prefix}-`));
  return {
    dir,
    file(name, content) {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A small valid article, the n-th of a series, with whatever differs given in `overrides`. */
export function article(n: number, overrides: Partial<Article> = {}): Article {
  return {
    version: "1.0",
    url: `https://news.example.com/story/${n}`,
    headline: `Story number ${n}`,
    publisher: { type: "Organization", name: "Example News", url: "https://news.example.com" },
    datePublished: `2025-07-01T${String(n % 24).padStart(2, "0")}:00:00Z`,
    inLanguage: "en",
    body: [{ type: "paragraph", text: `Text of story ${n}.` }],
    ...overrides,
  };
}
