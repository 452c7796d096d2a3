import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Article } from "@dateline/schema";
import { listFixtures, loadArticle, requireTool, runTool, seedArticle } from "@dateline/test-kit";
import { toJsonLd } from "./to-json-ld.js";
import { toJsonLdScript } from "./to-json-ld-script.js";

const OPEN = '<script type="application/ld+json">';
const CLOSE = "</script>";
const HOSTILE = "</script><script>alert(1)</script><!--";

/** An article whose every free-text field tries to leave the script element. */
function hostileArticle(text: string): Article {
  return {
    ...seedArticle(),
    headline: text,
    description: `${text} & more\u2028line\u2029paragraph`,
    section: text,
    keywords: [text],
    authors: [{ type: "Person", name: text }],
  };
}

/** The JSON between the tags, after checking that nothing else in the snippet could end the element or open a comment. */
function scriptContent(snippet: string): string {
  expect(snippet.startsWith(OPEN)).toBe(true);
  expect(snippet.endsWith(CLOSE)).toBe(true);
  expect(snippet.toLowerCase().indexOf("</script")).toBe(snippet.length - CLOSE.length);
  expect(snippet).not.toContain("<!--");
  return snippet.slice(OPEN.length, -CLOSE.length);
}

describe("toJsonLdScript", () => {
  it("keeps a hostile headline inside the script element and gives it back unchanged", () => {
    for (const graph of [false, true]) {
      const article = hostileArticle(HOSTILE);
      const content = scriptContent(toJsonLdScript(article, { graph }));
      expect(content).not.toMatch(/[<>&\u2028\u2029]/u);
      expect(JSON.parse(content)).toEqual(toJsonLd(article, { graph }));
    }
    const parsed = JSON.parse(scriptContent(toJsonLdScript(hostileArticle(HOSTILE))));
    expect(parsed.headline).toBe(HOSTILE);
    expect(parsed.description).toBe(`${HOSTILE} & more\u2028line\u2029paragraph`);
  });

  it("does not change the data of any fixture, only how it is spelled", () => {
    for (const fixture of listFixtures()) {
      const article = loadArticle(fixture);
      expect(JSON.parse(scriptContent(toJsonLdScript(article)))).toEqual(toJsonLd(article));
    }
  });

  it("parses in a real browser as one JSON-LD script and nothing else", () => {
    requireTool("chromium", "chromium");
    const dir = mkdtempSync(join(tmpdir(), "dateline-jsonld-"));
    try {
      // If the payload escaped, its script would run and retitle the page.
      const payload = "</script><script>document.title='escaped'</script><!--<script>";
      const page = join(dir, "page.html");
      writeFileSync(
        page,
        `<!doctype html><html><head><title>safe</title>${toJsonLdScript(hostileArticle(payload))}</head><body><p>after</p></body></html>`,
      );
      const result = runTool("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", `file://${page}`]);
      const dom = result.stdout;
      expect(dom, result.stderr).toContain("<p>after</p>");
      expect(dom).toContain("<title>safe</title>");
      expect(dom.match(/<script/g)).toHaveLength(1);
      const json = dom.slice(dom.indexOf(OPEN) + OPEN.length, dom.indexOf(CLOSE));
      expect(JSON.parse(json).headline).toBe(payload);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
