// Proves that a change left Dateline's outputs byte for byte as they were:
// builds every fixture (each alone, and all of them as one batch) and the
// benchmarks' 100 generated articles to every
// format with this tree's CLI and with the CLI of a git ref,
// and compares the sha256 of every file written, the exit code and stderr.
//
//   node scripts/check-identical.mjs [--ref REF]
//
// REF defaults to where this branch left main (`git merge-base HEAD main`), so
// changes merged into main since then are not counted as this branch's.
// The ref is checked out in a temporary git worktree that shares this tree's
// node_modules by hard links and is built with `tsc -b`; its hashes are kept
// (keyed by commit) so later runs build only this tree. Exits 1 on any
// difference, naming the files. This tree must be built first (`npm run build`).
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { manyArticles } from "@dateline/test-kit";

const root = fileURLToPath(new URL("..", import.meta.url)).replace(/\/$/, "");
const refArg = process.argv.indexOf("--ref");
const git = (...args) => execFileSync("git", args, { cwd: root, encoding: "utf8" }).trim();
const ref = refArg > 0 ? process.argv[refArg + 1] : git("merge-base", "HEAD", "main");
const FORMATS = "pdf,epub,rss,jsonld,json";
// Fixed, so the build date in PDF/EPUB/RSS is the same in both builds.
const SOURCE_DATE_EPOCH = "1767225600";

function sha256(path) {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * The benchmarks' batch (bench/vs.mjs): 100 generated articles, written once as article JSON and
 * read by both trees, so the batch paths (the 100-article PDF and EPUB) are compared too.
 */
const BATCH_SIZE = 100;
const batchDir = mkdtempSync(join(tmpdir(), "dateline-identical-batch-"));
for (const [i, article] of manyArticles(BATCH_SIZE).entries()) {
  writeFileSync(join(batchDir, `${String(i).padStart(4, "0")}.json`), JSON.stringify(article));
}
process.on("exit", () => rmSync(batchDir, { recursive: true, force: true }));

/** Every fixture alone, all fixtures as one briefing, then the generated batch: the runs whose outputs are compared. */
function runs(tree) {
  const fixtures = join(tree, "fixtures");
  const folders = readdirSync(fixtures, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return [
    ...folders.map((name) => ({ name, sources: [join(fixtures, name)] })),
    { name: "(all fixtures)", sources: [fixtures] },
    { name: `(${BATCH_SIZE} generated articles)`, sources: [batchDir] },
  ];
}

/** Run name → { status, stderr, files: { name → sha256 } } for one tree's CLI. */
function manifest(tree) {
  const cli = join(tree, "apps/cli/dist/cli.js");
  const out = mkdtempSync(join(tmpdir(), "dateline-identical-out-"));
  const result = {};
  for (const run of runs(tree)) {
    const dir = join(out, run.name.replace(/\W+/g, "_"));
    const child = spawnSync(
      process.execPath,
      [cli, "build", ...run.sources, "--out", dir, "--format", FORMATS, "--feed-url", "https://dateline.example.com/feed.xml"],
      { encoding: "utf8", env: { ...process.env, SOURCE_DATE_EPOCH } },
    );
    const files = existsSync(dir) ? Object.fromEntries(filesUnder(dir).map((path) => [relative(dir, path), sha256(path)])) : {};
    // Paths differ between trees; the rest of what the user reads must not.
    const stderr = child.stderr.split(tree).join("<tree>").split(out).join("<out>");
    result[run.name] = { status: child.status, stderr, files };
    process.stderr.write(".");
  }
  process.stderr.write("\n");
  rmSync(out, { recursive: true, force: true });
  return result;
}

/** The ref's manifest, from the cache or from a build of the ref in a temporary worktree. */
function refManifest(commit) {
  const cacheDir = join(tmpdir(), "dateline-identical-cache");
  // Named after the runs too: a manifest made before the generated batch was added lacks it.
  const cached = join(cacheDir, `${commit}-with-batch.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, "utf8"));
  const tree = mkdtempSync(join(tmpdir(), "dateline-identical-ref-"));
  try {
    git("worktree", "add", "--detach", tree, commit);
    // Hard links: the ref shares this tree's installed packages without copying 500 MB.
    for (const modules of [
      "node_modules",
      ...["packages", "apps"].flatMap((group) => readdirSync(join(root, group)).map((name) => join(group, name, "node_modules"))),
    ]) {
      if (existsSync(join(root, modules))) execFileSync("cp", ["-al", join(root, modules), join(tree, modules)]);
    }
    process.stderr.write(`building ${ref} (${commit.slice(0, 10)}) in ${tree}\n`);
    execFileSync(join(root, "node_modules/.bin/tsc"), ["-b"], { cwd: tree, stdio: "inherit" });
    const result = manifest(tree);
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(cached, JSON.stringify(result));
    return result;
  } finally {
    git("worktree", "remove", "--force", tree);
  }
}

const commit = git("rev-parse", ref);
const before = refManifest(commit);
process.stderr.write("building outputs of this tree\n");
const after = manifest(root);
const differences = [];
for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
  const a = before[name];
  const b = after[name];
  if (!a || !b) {
    differences.push(`${name}: only in ${a ? ref : "this tree"}`);
    continue;
  }
  if (a.status !== b.status) differences.push(`${name}: exit code ${a.status} → ${b.status}`);
  if (a.stderr !== b.stderr) differences.push(`${name}: stderr differs:\n--- ${ref}\n${a.stderr}--- this tree\n${b.stderr}`);
  for (const file of new Set([...Object.keys(a.files), ...Object.keys(b.files)])) {
    if (a.files[file] !== b.files[file]) differences.push(`${name}/${file}: ${a.files[file] ?? "missing"} → ${b.files[file] ?? "missing"}`);
  }
}
const fileCount = Object.values(after).reduce((sum, run) => sum + Object.keys(run.files).length, 0);
if (differences.length > 0) {
  console.log(`${differences.length} difference(s) against ${ref} (${commit.slice(0, 10)}):\n${differences.join("\n")}`);
  process.exit(1);
}
console.log(
  `identical: ${Object.keys(after).length} runs, ${fileCount} files, same sha256, exit codes and messages as ${ref} (${commit.slice(0, 10)})`,
);
