import fs from "node:fs";
import { detectLanguage, stopwordDensity, words } from "../../packages/ingest/src/steps/language.ts";
const dir = "/work/shared/devset";
const ids = fs.readdirSync(dir + "/text").map((f) => f.replace(".txt", ""));
const buckets: Record<string, number[]> = { in: [], out: [] };
let langOk = 0;
const tsv = Object.fromEntries(fs.readFileSync(dir + "/pages.tsv", "utf8").trim().split("\n").slice(1).map((l) => { const c = l.split("\t"); return [c[0], c[2]]; }));
for (const id of ids) {
  const text = fs.readFileSync(`${dir}/text/${id}.txt`, "utf8");
  const truth = JSON.parse(fs.readFileSync(`${dir}/truth/${id}.json`, "utf8"));
  const body = new Set(truth.articleBody.split("\n\n").map((s: string) => s.trim()));
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  const lang = detectLanguage(lines);
  console.log(id, tsv[id], lang.code);
  if (lang.unspaced) continue;
  for (const l of lines) {
    if (l.length < 80) continue;
    buckets[body.has(l) ? "in" : "out"]!.push(stopwordDensity(l, lang));
  }
}
for (const k of ["in", "out"]) {
  const a = buckets[k]!.sort((x, y) => x - y);
  console.log(k, a.length, [0.05, 0.1, 0.25, 0.5].map((q) => a[Math.floor(a.length * q)]!.toFixed(2)).join(" "));
}
