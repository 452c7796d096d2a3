import { readFileSync, readdirSync } from "node:fs";
import { fromHtml } from "@dateline/ingest";
import { parse } from "parse5";
const dir = "/work/shared/devset2/html";
const files = readdirSync(dir).sort();
const inputs = files.map((f) => readFileSync(`${dir}/${f}`));
for (let round = 0; round < 2; round++) {
let tp = 0, tf = 0; const slow: [string, number, number][] = [];
for (const [i, input] of inputs.entries()) {
  let t = performance.now();
  parse(new TextDecoder().decode(input), { scriptingEnabled: false });
  const p = performance.now() - t; tp += p;
  t = performance.now();
  try { fromHtml(input); } catch {}
  const f = performance.now() - t; tf += f;
  slow.push([files[i]!, p, f]);
}
slow.sort((a, b) => b[2] - a[2]);
console.log("parse", (tp / inputs.length).toFixed(1), "fromHtml", (tf / inputs.length).toFixed(1), slow.slice(0, 5).map(([f, p, x]) => `${f} ${p.toFixed(0)}/${x.toFixed(0)}`).join(", "));
}
