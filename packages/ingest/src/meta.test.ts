import { describe, expect, it } from "vitest";
import { ArticleMeta, isDatelineError, toProblems } from "@dateline/schema";
import { parseMeta } from "./index.js";
import { seededRandom } from "@dateline/test-kit";

/**
 * `parseMeta` checks metadata with zod's compiled copy of the schema (see meta.ts): it must accept and return exactly
 * what the schema's ordinary parser does, and refuse with the same problems. Compared here on random metadata made of
 * valid and invalid values of every field, seeded so a failure can be made again.
 */

/** Each field's values: the valid ones first, then as many invalid ones, picked one time in five. */
const TEXTS = { valid: ["Harbour Times", "Ferry returns", "中文"], invalid: [" ", "", 42, null] };
const URLS = {
  valid: ["https://news.example.org/a", "http://example.com"],
  invalid: ["ftp://example.com", "javascript:alert(1)", "not a url", "https://", 7],
};
const DATES = {
  valid: ["2025-03-13", "2025-03-13T09:30:00+01:00", "2025-03-13T09:30:00Z"],
  invalid: ["2025-03-13T09:30:00", "13 March 2025", "2025-13-45", 0],
};
const TAGS = { valid: ["en", "en-GB", "pt-BR", "zh-Hant"], invalid: ["english", "e", "", 1] };
const PEOPLE = {
  valid: [
    { type: "Person", name: "Ada Fenwick" },
    { type: "Person", name: "Ada Fenwick", url: "https://example.org/ada" },
    { type: "Organization", name: "Harbour Wire" },
  ],
  invalid: [{ type: "Person", name: "" }, { type: "Robot", name: "R2" }, { type: "Person", name: "Bo Chen", extra: true }, "Ada Fenwick"],
};
const PUBLISHERS = {
  valid: [
    { type: "Organization", name: "Harbour Times", url: "https://news.example.org" },
    { type: "Organization", name: "Harbour Times", logo: "https://news.example.org/logo.png" },
  ],
  invalid: [
    { type: "Person", name: "Ada Fenwick" },
    { type: "Organization", name: "Harbour Times", url: "news.example.org" },
    { type: "Organization" },
    "Harbour Times",
  ],
};
const IMAGES = {
  valid: [{ caption: "A ferry at dawn" }, { url: "https://news.example.org/f.jpg", caption: "Ferry" }],
  invalid: [{ caption: "" }, "x"],
};
const KEYWORDS = { valid: [["ferries", "harbour"], []], invalid: [[""], "ferries", [1]] };
const FLAGS = { valid: [true, false], invalid: ["yes"] };
/** Share of values picked from the invalid ones. */
const INVALID_SHARE = 0.2;

const pick = <T>(next: () => number, values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
const value = (next: () => number, pool: { valid: readonly unknown[]; invalid: readonly unknown[] }): unknown =>
  pick(next, next() < INVALID_SHARE ? pool.invalid : pool.valid);

/** Metadata with a random subset of fields, each valid or not, sometimes with a field the schema does not know. */
function randomMeta(next: () => number): unknown {
  if (next() < 0.02) return pick(next, [null, "meta", 3, [], undefined]);
  const meta: Record<string, unknown> = {};
  const maybe = (field: string, value: () => unknown) => {
    if (next() < 0.4) meta[field] = value();
  };
  maybe("id", () => value(next, TEXTS));
  maybe("url", () => value(next, URLS));
  maybe("headline", () => value(next, TEXTS));
  maybe("description", () => value(next, TEXTS));
  maybe("image", () => value(next, IMAGES));
  maybe("authors", () => Array.from({ length: Math.floor(next() * 3) }, () => value(next, PEOPLE)));
  maybe("publisher", () => value(next, PUBLISHERS));
  maybe("datePublished", () => value(next, DATES));
  maybe("dateModified", () => value(next, DATES));
  maybe("inLanguage", () => value(next, TAGS));
  maybe("section", () => value(next, TEXTS));
  maybe("keywords", () => value(next, KEYWORDS));
  maybe("isAccessibleForFree", () => value(next, FLAGS));
  if (next() < 0.02) meta.body = [];
  if (next() < 0.02) meta.colour = "blue";
  return meta;
}

describe("parseMeta", () => {
  it("accepts, returns and refuses exactly what the schema's own parser does", () => {
    const next = seededRandom(20261203);
    let accepted = 0;
    let refused = 0;
    for (let n = 0; n < 2000; n++) {
      const input = randomMeta(next);
      const expected = ArticleMeta.safeParse(input, { reportInput: true });
      let actual: unknown;
      try {
        actual = parseMeta(input, "meta.json");
      } catch (error) {
        if (!isDatelineError(error)) throw error;
        actual = error;
      }
      if (expected.success) {
        accepted++;
        // Field order too, as `dateline parse` prints what it is given.
        expect(JSON.stringify(actual)).toBe(JSON.stringify(expected.data));
      } else {
        refused++;
        expect(isDatelineError(actual) && actual.code).toBe("INVALID_META");
        expect(isDatelineError(actual) && actual.problems).toEqual(toProblems(expected.error));
      }
    }
    // Both sides of the comparison are met often.
    expect(accepted).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
  });
});
