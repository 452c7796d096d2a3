import fs from "node:fs";
import { fromText } from "@dateline/ingest";
const dir = "/work/shared/devset/text/";
const inputs = fs.readdirSync(dir).map((f) => fs.readFileSync(dir + f));
let bytes = 0; for (const b of inputs) bytes += b.length;
for (let round = 0; round < 3; round++) {
  const t = performance.now();
  for (const b of inputs) { try { fromText(b); } catch {} }
  const ms = performance.now() - t;
  console.log(`round ${round}: ${ms.toFixed(0)} ms, ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`);
}
