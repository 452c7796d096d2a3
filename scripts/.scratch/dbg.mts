import fs from "node:fs";
import { decode } from "../../packages/ingest/src/steps/decode.ts";
import { segment } from "../../packages/ingest/src/steps/segment.ts";
import { detectLanguage } from "../../packages/ingest/src/steps/language.ts";
import { classifyLine } from "../../packages/ingest/src/steps/classify.ts";
import { findRegion } from "../../packages/ingest/src/steps/find-region.ts";
import { findHeader } from "../../packages/ingest/src/steps/find-header.ts";
const id = process.argv[2]!;
const path = fs.existsSync(id) ? id : `/work/shared/devset/text/${id}.txt`;
const lines = segment(decode(fs.readFileSync(path)));
const lang = detectLanguage(lines.map((l) => l.text));
const cl = lines.map((l) => classifyLine(l, lang));
const r = findRegion(cl);
const h = findHeader(cl, r.start, lang.unspaced);
console.log(lang.code, r, JSON.stringify({ ...h }));
const truthPath = `/work/shared/devset/truth/${id}.json`;
const truth = fs.existsSync(truthPath) ? JSON.parse(fs.readFileSync(truthPath, "utf8")) : { articleBody: "" };
const body = new Set(truth.articleBody.split("\n\n").map((s: string) => s.trim()));
const from = Number(process.argv[3] ?? 0), to = Number(process.argv[4] ?? 1e9);
for (const l of cl.slice(from, to)) {
  const inR = l.index >= r.start && l.index < r.end ? "R" : " ";
  const inT = body.has(l.text) ? "T" : " ";
  console.log(`${String(l.index).padStart(4)} ${inR}${inT} ${l.class.padEnd(11)} ${l.density.toFixed(2)} ${l.blankBefore ? "b" : " "}${l.blankAfter ? "a" : " "} ${l.text.slice(0, 110)}`);
}
