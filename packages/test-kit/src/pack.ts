import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runTool } from "./tools.js";

/** Files that must never reach the registry: build state, tests, test reports and their helpers. */
const NEVER_PACKED = /(^|\/)(\.tsbuildinfo|\.test-report\.json|vitest\.config\.[jt]s)$|\.test(-helpers)?\.[jt]s$/;

interface Manifest {
  name: string;
  exports?: unknown;
  bin?: string | Record<string, string>;
  main?: string;
  types?: string;
}

/** Every file path an `exports` map names, under any condition. */
function exportTargets(exports: unknown): string[] {
  if (typeof exports === "string") return [exports];
  if (exports && typeof exports === "object") return Object.values(exports).flatMap(exportTargets);
  return [];
}

/**
 * What `npm pack --dry-run` would publish from a package folder, checked against
 * its package.json: every file its exports, bin, main and types name is in the
 * tarball, and no build state or test is. Returns one line per problem.
 */
export function packProblems(packageDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as Manifest;
  const result = runTool("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: packageDir });
  if (result.status !== 0) return [`npm pack --dry-run failed (exit ${result.status}): ${result.stderr}`];
  const [packed] = JSON.parse(result.stdout) as Array<{ files: Array<{ path: string }> }>;
  const files = new Set(packed!.files.map((file) => file.path));
  const named = [
    ...exportTargets(manifest.exports),
    ...(typeof manifest.bin === "string" ? [manifest.bin] : Object.values(manifest.bin ?? {})),
    ...(manifest.main ? [manifest.main] : []),
    ...(manifest.types ? [manifest.types] : []),
  ].map((path) => path.replace(/^\.\//, ""));
  const problems = named
    .filter((path) => !files.has(path))
    .map((path) => `${manifest.name}: package.json names ${path}, which is not packed`);
  problems.push(
    ...[...files].filter((path) => NEVER_PACKED.test(path)).map((path) => `${manifest.name}: ${path} is packed but must not be`),
  );
  if (!files.has("README.md")) problems.push(`${manifest.name}: no README.md is packed`);
  return problems;
}
