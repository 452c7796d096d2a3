import { describe, expect, it } from "vitest";
import { type ArticleMeta, type DatelineError, isDatelineError } from "@dateline/schema";
import { DEFAULT_MAX_BYTES, fromJson, fromText, parseMeta } from "./index.js";

function failure(run: () => unknown): DatelineError {
  try {
    run();
  } catch (error) {
    if (isDatelineError(error)) return error;
    throw error;
  }
  throw new Error("expected a DatelineError");
}

describe("bad input gets a clear error", () => {
  it("refuses an empty or blank file", () => {
    expect(failure(() => fromText("", { source: "empty.txt" })).describe()).toBe(
      "empty.txt: input is empty\n  hint: pass a file that holds the text of an article page",
    );
    expect(failure(() => fromText(" \n\n \t")).code).toBe("EMPTY_INPUT");
  });

  it("refuses binary data and text that is not UTF-8", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(failure(() => fromText(png)).code).toBe("BINARY_INPUT");
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]);
    const error = failure(() => fromText(latin1, { source: "page.txt" }));
    expect(error.code).toBe("BINARY_INPUT");
    expect(error.describe()).toContain("not UTF-8");
  });

  it("refuses input over the size limit, naming the limit and the option that raises it", () => {
    const big = "word ".repeat(Math.ceil(DEFAULT_MAX_BYTES / 5) + 10);
    const error = failure(() => fromText(big, { source: "huge.txt" }));
    expect(error.code).toBe("INPUT_TOO_LARGE");
    expect(error.message).toContain("10 MB limit");
    expect(error.hint).toContain("--max-size");
  });

  it("says so when the text holds no article", () => {
    const menu = ["Home", "News", "Sport", "Weather", "Sign in", "Contact us"].join("\n");
    expect(failure(() => fromText(menu)).code).toBe("NO_ARTICLE_FOUND");
  });

  it("reports broken JSON with the parser's position", () => {
    const error = failure(() => fromJson('{"version": "1.0",', { source: "a.json" }));
    expect(error.code).toBe("INVALID_JSON");
    expect(error.source).toBe("a.json");
  });

  it("reports an article JSON without a headline by path", () => {
    const error = failure(() => fromJson(JSON.stringify({ version: "1.0", body: [{ type: "paragraph", text: "x" }] })));
    expect(error.code).toBe("INVALID_ARTICLE");
    expect(error.problems).toEqual([{ path: "headline", message: "required" }]);
  });

  it("reports bad metadata by field", () => {
    const error = failure(() => parseMeta({ url: "www.example.com/story", datePublished: "yesterday" }, "meta.json"));
    expect(error.code).toBe("INVALID_META");
    expect(error.problems.map((p) => p.path)).toEqual(["url", "datePublished"]);
  });

  it("checks metadata handed to fromText directly, as it goes into the article unchecked otherwise", () => {
    const page =
      "Council keeps Sunday library hours\n\nThe council met on Tuesday and agreed, after a long debate, to keep the library open on Sundays for another year.";
    const bad = { url: "javascript:alert(1)" } as unknown as ArticleMeta;
    const error = failure(() => fromText(page, { meta: bad, source: "page.txt" }));
    expect(error.code).toBe("INVALID_META");
    expect(error.describe()).toContain("page.txt");
    // What parseMeta has checked is taken as it is.
    const meta = parseMeta({ url: "https://news.example.com/library" });
    expect(parseMeta(meta)).toBe(meta);
    expect(fromText(page, { meta }).url).toBe("https://news.example.com/library");
  });
});

describe("large inputs", () => {
  // The smallest page that proves the point: just over the default limit. How time grows with size is the bench's business.
  it("parses a page over the default limit when the limit is raised, keeping every paragraph", () => {
    const paragraph = (n: number) =>
      `The council met on Tuesday for item ${n} and agreed, after a long debate, to keep the library open on Sundays for another year.`;
    const count = Math.ceil(DEFAULT_MAX_BYTES / (paragraph(0).length + 2)) + 1;
    const text = `Council keeps Sunday library hours\n\n${Array.from({ length: count }, (_, n) => `${paragraph(n)}\n\n`).join("")}`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(DEFAULT_MAX_BYTES);
    const article = fromText(text, { maxBytes: 2 * DEFAULT_MAX_BYTES });
    expect(article.headline).toBe("Council keeps Sunday library hours");
    expect(article.body).toHaveLength(count);
  });

  it("keeps quoted paragraphs that repeat nothing as paragraphs, however many there are", () => {
    const quotes = Array.from(
      { length: 8000 },
      (_, n) => `"Quote number ${n} says something about the council and the library opening hours."`,
    );
    const article = fromText(`A page of quotes\n\n${quotes.join("\n\n")}\n`);
    expect(article.body).toHaveLength(8000);
    expect(article.body.every((block) => block.type === "paragraph")).toBe(true);
  });
});
