import { describe, expect, it } from "vitest";
import { allFixtureArticles, seedArticle } from "@dateline/test-kit";
import { type Article, type DatelineError, isDatelineError, jsonSyntaxProblem, parseArticle, safeParseArticle } from "./index.js";
import { formatSize } from "./errors.js";

function minimal(): Article {
  return { version: "1.0", headline: "A headline", body: [{ type: "paragraph", text: "Some text." }] };
}

function problemsOf(input: unknown): string[] {
  const result = safeParseArticle(input);
  if (result.success) return [];
  return result.error.problems.map((p) => `${p.path || "(document)"}: ${p.message}`);
}

describe("Article", () => {
  it("accepts every golden fixture article", () => {
    const articles = allFixtureArticles();
    expect(articles.length).toBeGreaterThan(1);
    for (const article of articles) expect(parseArticle(article)).toEqual(article);
  });

  it("accepts a minimal article", () => {
    expect(parseArticle(minimal()).headline).toBe("A headline");
  });

  it("refuses an empty headline and an empty body", () => {
    expect(problemsOf({ ...minimal(), headline: "  " })).toEqual(["headline: must not be empty"]);
    expect(problemsOf({ ...minimal(), body: [] })).toEqual(["body: must hold at least one block"]);
  });

  it("refuses URLs that are not absolute http(s)", () => {
    for (const url of ["javascript:alert(1)", "/news/story", "ftp://example.com/a", "data:text/html,hi"]) {
      expect(problemsOf({ ...minimal(), url })).toEqual(["url: must be an absolute http(s) URL such as https://example.com/news/story"]);
    }
    expect(problemsOf({ ...minimal(), url: "https://www.example.com/a?b=c#d" })).toEqual([]);
  });

  it("refuses a date-time without a timezone offset but takes a plain date", () => {
    expect(problemsOf({ ...minimal(), datePublished: "2025-03-13T09:30:00" })[0]).toMatch(
      /^datePublished: must be an ISO 8601 date-time with an offset/,
    );
    expect(problemsOf({ ...minimal(), datePublished: "2025-03-13T09:30:00+01:00", dateModified: "2025-03-13" })).toEqual([]);
    expect(problemsOf({ ...minimal(), datePublished: "2025-03-13T09:30:00Z" })).toEqual([]);
  });

  it("names the JSON path of a missing field", () => {
    const input = {
      ...minimal(),
      body: [...minimal().body, { type: "paragraph", text: "x" }, { type: "paragraph", text: "y" }, { type: "figure" }],
    };
    expect(problemsOf(input)).toEqual(["body[3].caption: required"]);
  });

  it("refuses unknown fields and unknown block types, so typos are caught", () => {
    expect(problemsOf({ ...minimal(), headine: "typo" })).toEqual(['(document): unknown field "headine"']);
    expect(problemsOf({ ...minimal(), body: [{ type: "video", text: "x" }] })[0]).toMatch(/^body\[0\]\.type: unknown type/);
  });

  it("checks the marks of table cells against their own text, and keeps empty cells", () => {
    const cell = (text: string, end?: number) => ({ text, ...(end ? { marks: [{ type: "strong", start: 0, end }] } : {}) });
    const table = { type: "table", head: [[cell("Team"), cell("Score", 5)]], rows: [[cell("Blue", 9), cell("")]] };
    expect(problemsOf({ ...minimal(), body: [table] })).toEqual([
      "body[0].rows[0][0].marks[0]: range 0..9 must be non-empty and lie within the text (length 4)",
    ]);
  });

  it("keeps a code listing's line breaks and indentation as they are", () => {
    const code = { type: "code", language: "sh", text: "if true; then\n  echo yes\nfi" };
    expect(problemsOf({ ...minimal(), body: [code] })).toEqual([]);
    expect(problemsOf({ ...minimal(), body: [{ type: "code", text: " \n " }] })).toEqual(["body[0].text: must not be empty"]);
  });

  it("refuses marks that fall outside their text", () => {
    const article = { ...minimal(), body: [{ type: "paragraph", text: "short", marks: [{ type: "emphasis", start: 2, end: 9 }] }] };
    expect(problemsOf(article)).toEqual(["body[0].marks[0]: range 2..9 must be non-empty and lie within the text (length 5)"]);
  });

  it("throws a DatelineError that describes what, where and how to fix", () => {
    let caught: unknown;
    try {
      parseArticle({ version: "1.0", body: [] }, { source: "story.json" });
    } catch (error) {
      caught = error;
    }
    expect(isDatelineError(caught)).toBe(true);
    const error = caught as DatelineError;
    expect(error.code).toBe("INVALID_ARTICLE");
    expect(error.describe()).toBe(
      [
        "story.json: not a valid Dateline article (2 problems)",
        "  headline: required",
        "  body: must hold at least one block",
        "  hint: fix the fields listed above; `dateline schema` prints the JSON Schema of an article",
      ].join("\n"),
    );
  });

  it("describes the first twenty problems and counts the rest, however many there are", () => {
    const keywords = Array.from({ length: 1000 }, () => "");
    let caught: unknown;
    try {
      parseArticle({ ...minimal(), keywords });
    } catch (error) {
      caught = error;
    }
    const error = caught as DatelineError;
    expect(error.problems).toHaveLength(1000);
    const lines = error.describe().split("\n");
    expect(lines.filter((line) => line.startsWith("  keywords["))).toHaveLength(20);
    expect(lines).toContain("  … and 980 more problems");
    expect(lines.at(-1)).toMatch(/^ {2}hint: /);
  });

  it("recognises errors by marker, not instanceof", () => {
    expect(isDatelineError({ [Symbol.for("dateline.error")]: true })).toBe(true);
    expect(isDatelineError(new Error("x"))).toBe(false);
  });

  it("keeps the seed's blocks in the documented shapes", () => {
    const seed = seedArticle();
    expect(seed.body.filter((block) => block.type === "paragraph")).toHaveLength(40);
  });
});

describe("problems of shape", () => {
  it("says what shape a field of the wrong shape needs, and 'required' only when it is missing", () => {
    const result = safeParseArticle({
      version: "1.0",
      headline: "A headline",
      publisher: { type: "Organization", name: "Example News", logo: { url: "https://news.example.com/logo.png" } },
      keywords: "one, two",
      body: [{ type: "paragraph" }],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.problems).toEqual(
      expect.arrayContaining([
        { path: "publisher.logo", message: expect.stringMatching(/^expected a string, got an object: must be an absolute http\(s\) URL/) },
        { path: "keywords", message: "expected a list (JSON array), got a string" },
        { path: "body[0].text", message: "required" },
      ]),
    );
  });
});

describe("jsonSyntaxProblem", () => {
  it("turns JSON.parse's character offset into a line and column", () => {
    const text = '{\n  "version": "1.0",\n  "headline": "x",,\n}';
    let caught: unknown;
    try {
      JSON.parse(text);
    } catch (error) {
      caught = error;
    }
    expect(jsonSyntaxProblem(text, caught)).toEqual({ path: "line 3, column 19", message: expect.stringMatching(/property name/) });
  });
});

describe("formatSize", () => {
  it("says a byte count the way a person reads it", () => {
    expect(formatSize(10 * 1024 * 1024)).toBe("10 MB");
    expect(formatSize(2.5 * 1024 * 1024)).toBe("2.5 MB");
    expect(formatSize(340 * 1024 + 100)).toBe("340 KB");
    expect(formatSize(12)).toBe("12 bytes");
  });
});
