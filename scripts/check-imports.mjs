// Checks every workspace's imports, as TypeScript reads them (type-only and dynamic imports included):
// 1. no import cycles between the files of a package: each concern has one home, and a cycle means two
//    files each need the other; every cycle is reported, not only the first;
// 2. every package a file imports is declared in its package.json, so nothing works only because npm
//    happened to hoist someone else's dependency. Test files and configs may also use the workspace
//    root's devDependencies (vitest, vite, @dateline/test-kit), declared there once for every package:
//    @dateline/test-kit cannot be a devDependency of the packages it tests, as it depends on the schema
//    and turbo refuses a cycle in the package graph.
// Run by `npm run lint`; exits 1 on a new cycle or an undeclared import.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Cycles known on main while other branches break them (issue 17: ingest classify <-> segment on `text`,
 * pdf _fonts <-> _typeset on `typo`). Tolerated, and reported, until then; empty this list once both are merged.
 * Each entry is the cycle's files, sorted, relative to the repository root.
 */
const KNOWN_CYCLES = [
  ["packages/ingest/src/steps/classify.ts", "packages/ingest/src/steps/segment.ts"],
  ["packages/pdf/src/_fonts.ts", "packages/pdf/src/_typeset.ts"],
];

const SOURCE_EXTENSIONS = [".ts", ".mts", ".mjs", ".js"];
const SKIPPED_FOLDERS = new Set(["node_modules", "dist", ".turbo", "out"]);
const isTestOrConfig = (file) => /\.test(-helpers)?\.[mc]?[jt]s$|(^|\/)test\/|vitest\.config\.[mc]?[jt]s$/.test(file);

function filesUnder(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIPPED_FOLDERS.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...filesUnder(path));
    else if (SOURCE_EXTENSIONS.some((extension) => entry.name.endsWith(extension)) && !entry.name.endsWith(".d.ts")) files.push(path);
  }
  return files;
}

function workspaces() {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  return manifest.workspaces.flatMap((pattern) => {
    const parent = join(root, pattern.replace(/\/\*$/, ""));
    return readdirSync(parent)
      .map((name) => join(parent, name))
      .filter((dir) => existsSync(join(dir, "package.json")));
  });
}

const declared = (manifest) =>
  new Set(
    ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"].flatMap((field) => Object.keys(manifest[field] ?? {})),
  );
const packageName = (specifier) =>
  specifier
    .split("/")
    .slice(0, specifier.startsWith("@") ? 2 : 1)
    .join("/");
const builtins = new Set(builtinModules);

/** The file a relative import names: `./x.js` is written for `./x.ts`. */
function resolveRelative(from, specifier) {
  const base = resolve(dirname(from), specifier);
  const stem = base.replace(/\.[mc]?js$/, "");
  for (const candidate of [base, ...SOURCE_EXTENSIONS.map((extension) => stem + extension), join(base, "index.ts")]) {
    if (existsSync(candidate) && !candidate.endsWith("/")) return candidate;
  }
  return undefined;
}

/** Strongly connected components of two or more files (Tarjan), each sorted: every cycle, not just one. */
function cycles(graph) {
  let next = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const visit = (node) => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node), low.get(target)));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node), index.get(target)));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node)?.has(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

const rootDevDependencies = declared(JSON.parse(readFileSync(join(root, "package.json"), "utf8")));
const graph = new Map();
const undeclared = [];
for (const dir of workspaces()) {
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const ownDependencies = declared(manifest);
  for (const file of filesUnder(dir)) {
    const name = relative(root, file);
    const edges = new Set();
    graph.set(name, edges);
    const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    for (const { fileName: specifier } of importedFiles) {
      if (specifier.startsWith(".")) {
        const target = resolveRelative(file, specifier);
        if (target) edges.add(relative(root, target));
        else undeclared.push(`${name}: imports ${specifier}, which does not exist`);
        continue;
      }
      if (specifier.startsWith("node:") || builtins.has(specifier)) continue;
      const dependency = packageName(specifier);
      if (dependency === manifest.name || ownDependencies.has(dependency)) continue;
      if (isTestOrConfig(name) && rootDevDependencies.has(dependency)) continue;
      undeclared.push(`${name}: imports ${specifier}, but ${relative(root, dir)}/package.json does not declare ${dependency}`);
    }
  }
}

const key = (cycle) => cycle.join(" ");
const known = new Set(KNOWN_CYCLES.map((cycle) => key([...cycle].sort())));
const found = cycles(graph);
const newCycles = found.filter((cycle) => !known.has(key(cycle)));
for (const cycle of found)
  console.log(`${known.has(key(cycle)) ? "known import cycle (being broken)" : "import cycle"}: ${cycle.join(" <-> ")}`);
for (const gone of [...known].filter((cycle) => !found.some((other) => key(other) === cycle))) {
  console.log(`no longer a cycle, remove it from KNOWN_CYCLES in scripts/check-imports.mjs: ${gone}`);
}
for (const problem of undeclared) console.log(problem);
console.log(`imports: ${graph.size} files, ${found.length} cycles (${newCycles.length} new), ${undeclared.length} undeclared`);
process.exitCode = newCycles.length > 0 || undeclared.length > 0 ? 1 : 0;
