// Runs every bench/*.bench.mjs case in a fresh Node process and prints a table.
// Cases run the built packages (dist/) in plain Node, so the figures are what users get;
// `npm run bench` builds first.
// A case: { name, setup?: async () => ctx, run: async (ctx) => info?, warmup?, repeat?, bytes?: (ctx) => n, compareTo?: "other case name" }.
// With `warmup`, that many untimed runs come first and the first of them is printed as "cold".
// Figures are printed, never asserted: benchmarks inform, tests decide.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv.includes("--vs")) {
  // Whole processes side by side with the anchors (pandoc, Chromium, node -e 0) instead of the in-process cases.
  await import("./vs.mjs");
  process.exit(0);
}
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((file) => file.endsWith(".bench.mjs"))
  .filter((file) => only.length === 0 || only.some((name) => file.startsWith(name)))
  .sort();

const results = new Map();
for (const file of files) {
  const { cases } = await import(join(here, file));
  for (const benchCase of cases) {
    let result;
    try {
      const out = execFileSync(process.execPath, ["--expose-gc", join(here, "_case.mjs"), file, benchCase.name], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "inherit"],
        maxBuffer: 64 * 1024 * 1024,
      });
      result = JSON.parse(out.trim().split("\n").at(-1));
    } catch (error) {
      result = { skipped: `failed: ${String(error.message).split("\n")[0]}` };
    }
    results.set(benchCase.name, result);
    const ratio =
      benchCase.compareTo && results.get(benchCase.compareTo)?.medianMs && result.medianMs
        ? `  = ${(result.medianMs / results.get(benchCase.compareTo).medianMs).toFixed(2)} of the time of "${benchCase.compareTo}"`
        : "";
    if (result.skipped) {
      console.log(`${benchCase.name.padEnd(52)} skipped: ${result.skipped}`);
      continue;
    }
    const throughput = result.mbPerSec ? `  ${result.mbPerSec.toFixed(1)} MB/s` : "";
    const perItem = result.msPerItem ? `  ${result.msPerItem.toFixed(3)} ms/item` : "";
    const info = result.info ? `  ${result.info}` : "";
    const cold = result.coldMs !== undefined ? `, cold ${result.coldMs.toFixed(1)}` : "";
    console.log(
      `${benchCase.name.padEnd(52)} ${result.medianMs.toFixed(1).padStart(9)} ms (min ${result.minMs.toFixed(1)}, n=${result.runs}${cold})  peak ${result.peakMiB.toFixed(0)} MiB${throughput}${perItem}${info}${ratio}`,
    );
  }
}
