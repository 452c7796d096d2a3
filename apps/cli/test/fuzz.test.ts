import { describe, expect, it } from "vitest";
import { epubcheck } from "./_epubcheck.js";
import { fuzz } from "./_fuzz.js";

// A small run on every `npm test`; `npm run fuzz` runs 10,000 and more.
const COUNT = 60;
const SEED = 20260314;

describe("fuzzing every reader and exporter", () => {
  it(`gives ${COUNT} generated inputs and articles to each: no crash, no invalid output, every rejection a DatelineError`, async () => {
    const report = await fuzz(COUNT, SEED, undefined, epubcheck);
    expect(report.findings).toEqual([]);
    for (const stats of Object.values(report.inputs)) expect(stats.runs).toBe(COUNT);
    for (const stats of Object.values(report.articles)) expect(stats.articles).toBe(COUNT);
  });
});
