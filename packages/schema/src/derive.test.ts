import { describe, expect, it } from "vitest";
import { seedArticle } from "@dateline/test-kit";
import { type Article, articleKey, articleSummary, buildDate, contentHash, newestDate, wordCount } from "./index.js";

const base: Article = {
  version: "1.0",
  headline: "Ferry returns",
  body: [{ type: "paragraph", text: "The ferry is back, after two years." }],
};

describe("derived facts", () => {
  it("hashes content as 64-bit FNV-1a (known vectors)", () => {
    expect(contentHash("")).toBe("cbf29ce484222325");
    expect(contentHash("a")).toBe("af63dc4c8601ec8c");
    expect(contentHash("foobar")).toBe("85944171f73967e8");
  });

  it("keys an article by id, else url, else a content hash that ignores nothing that identifies it", () => {
    expect(articleKey({ ...base, id: "x-1", url: "https://a.example.com/s" })).toBe("x-1");
    expect(articleKey({ ...base, url: "https://a.example.com/s" })).toBe("https://a.example.com/s");
    const hashed = articleKey(base);
    expect(hashed).toMatch(/^dateline:[0-9a-f]{16}$/);
    expect(articleKey(structuredClone(base))).toBe(hashed);
    expect(articleKey({ ...base, headline: "Ferry returns!" })).not.toBe(hashed);
  });

  it("summarises with the standfirst, else the first paragraph cut at a word", () => {
    expect(articleSummary({ ...base, description: "Short." })).toBe("Short.");
    const long = { ...base, body: [{ type: "paragraph" as const, text: `${"word ".repeat(60)}end.` }] };
    const summary = articleSummary(long, 50);
    expect(summary.length).toBeLessThanOrEqual(50);
    expect(summary).toMatch(/word…$/);
  });

  it("counts words of running text only", () => {
    expect(wordCount(base)).toBe(7);
    const withFigure: Article = {
      ...base,
      body: [
        ...base.body,
        { type: "figure", caption: "Not counted here" },
        { type: "list", ordered: false, items: [{ text: "one — two" }] },
      ],
    };
    expect(wordCount(withFigure)).toBe(9);
    expect(wordCount(seedArticle())).toBeGreaterThan(1000);
  });

  it("takes build dates from SOURCE_DATE_EPOCH, else the newest article, else none: never the clock, never 1970", () => {
    const older = { ...base, datePublished: "2025-01-01" };
    const newer = { ...base, datePublished: "2025-01-02T10:00:00+02:00", dateModified: "2025-02-01T00:00:00Z" };
    expect(newestDate([older, newer])).toBe("2025-02-01T00:00:00Z");
    expect(buildDate([older, newer], undefined)?.toISOString()).toBe("2025-02-01T00:00:00.000Z");
    expect(buildDate([older], "1700000000")?.toISOString()).toBe("2023-11-14T22:13:20.000Z");
    expect(buildDate([base], "1700000000")?.toISOString()).toBe("2023-11-14T22:13:20.000Z");
    expect(buildDate([base], undefined)).toBeUndefined();
  });
});
