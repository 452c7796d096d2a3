// One benchmark case in its own process, so its peak memory is its own.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const [file, name] = process.argv.slice(2);
const { cases } = await import(join(dirname(fileURLToPath(import.meta.url)), file));
const benchCase = cases.find((c) => c.name === name);
const context = benchCase.setup ? await benchCase.setup() : undefined;
if (context?.skip) {
  console.log(JSON.stringify({ skipped: context.skip }));
  process.exit(0);
}
/**
 * Between runs, what a program does between two jobs: pending callbacks run
 * (a package that defers work with process.nextTick would otherwise keep the
 * previous run's output alive), then a full collection.
 */
async function settle() {
  await new Promise((resolve) => setImmediate(resolve));
  globalThis.gc?.();
}

// Warm-up runs let the JIT compile the hot paths first, so the timed runs show the steady state a
// long batch or a server sees; the first run is reported beside them as the cold figure.
let coldMs;
for (let i = 0; i < (benchCase.warmup ?? 0); i++) {
  await settle();
  const start = process.hrtime.bigint();
  await benchCase.run(context);
  coldMs ??= Number(process.hrtime.bigint() - start) / 1e6;
}
const times = [];
let info;
for (let i = 0; i < (benchCase.repeat ?? 3); i++) {
  await settle();
  const start = process.hrtime.bigint();
  info = await benchCase.run(context);
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
// A case that wrote files for the tool it times removes them, so a bench run leaves nothing in the temp folder.
await benchCase.teardown?.(context);
times.sort((a, b) => a - b);
const medianMs = times[Math.floor(times.length / 2)];
const bytes = benchCase.bytes?.(context);
const items = benchCase.items?.(context);
console.log(
  JSON.stringify({
    medianMs,
    minMs: times[0],
    runs: times.length,
    ...(coldMs !== undefined ? { coldMs } : {}),
    peakMiB: process.resourceUsage().maxRSS / 1024,
    ...(bytes ? { mbPerSec: bytes / 1e6 / (medianMs / 1000) } : {}),
    ...(items ? { msPerItem: medianMs / items } : {}),
    ...(typeof info === "string" ? { info } : {}),
  }),
);
