import fs from "node:fs";
import { decode } from "../../packages/ingest/src/steps/decode.ts";
import { segment } from "../../packages/ingest/src/steps/segment.ts";
import { detectLanguage } from "../../packages/ingest/src/steps/language.ts";
import { classifyLine } from "../../packages/ingest/src/steps/classify.ts";
import { findRegion } from "../../packages/ingest/src/steps/find-region.ts";
import { isBoilerplate, isSectionEnd } from "../../packages/ingest/src/steps/boilerplate.ts";
const dir = "/work/shared/devset/text/";
const inputs = fs.readdirSync(dir).map((f) => fs.readFileSync(dir + f));
const T: Record<string, number> = {};
const time = <T>(k: string, f: () => T): T => { const t = performance.now(); const r = f(); T[k] = (T[k] ?? 0) + performance.now() - t; return r; };
for (let round = 0; round < 5; round++) for (const b of inputs) {
  const text = time("decode", () => decode(b));
  const lines = time("segment", () => segment(text));
  const lang = time("lang", () => detectLanguage(lines.map((l) => l.text)));
  time("boiler", () => lines.map((l) => isSectionEnd(l.text) || isBoilerplate(l.text)));
  const cl = time("classify", () => lines.map((l) => classifyLine(l, lang)));
  time("region", () => findRegion(cl));
}
console.log(T);
