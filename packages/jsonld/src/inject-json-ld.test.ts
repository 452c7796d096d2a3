import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Article, parseArticle } from "@dateline/schema";
import { FIXTURES_DIR, seedArticle } from "@dateline/test-kit";
import { parse } from "parse5";
import { describe, expect, it } from "vitest";
import { injectJsonLd } from "./inject-json-ld.js";
import { toJsonLd } from "./to-json-ld.js";

const fixture = join(FIXTURES_DIR, "jsonld-inject-page");
const page = readFileSync(join(fixture, "page.html"), "utf8");
const article: Article = parseArticle(JSON.parse(readFileSync(join(fixture, "article.json"), "utf8")));

/** The JSON-LD scripts a browser would find in the page, parsed. */
function scripts(html: string): unknown[] {
  const found: unknown[] = [];
  const walk = (node: { childNodes?: unknown[]; tagName?: string; attrs?: { name: string; value: string }[] }) => {
    if (node.tagName === "script" && node.attrs?.some((a) => a.name === "type" && a.value === "application/ld+json")) {
      const text = (node.childNodes?.[0] as { value?: string } | undefined)?.value ?? "";
      found.push(JSON.parse(text));
    }
    for (const child of (node.childNodes ?? []) as (typeof node)[]) walk(child);
    const content = (node as { content?: typeof node }).content;
    if (content) walk(content);
  };
  walk(parse(html) as never);
  return found;
}

describe("injectJsonLd", () => {
  it("gives the golden page: one line added at the end of <head>, every other byte as it was", () => {
    const out = injectJsonLd(page, article);
    expect(out).toBe(readFileSync(join(fixture, "page.injected.html"), "utf8"));
    const added = out.split("\n").filter((line) => !page.split("\n").includes(line));
    expect(added).toHaveLength(1);
    expect(out.replace(`${added[0]}\n`, "")).toBe(page);
  });

  it("is idempotent: a second run replaces its own script", () => {
    const once = injectJsonLd(page, article);
    expect(injectJsonLd(once, article)).toBe(once);
    const changed = { ...article, headline: "Lifeboat crew rescue two kayakers" };
    const updated = injectJsonLd(once, changed);
    expect(scripts(updated)).toEqual([scripts(page)[0], toJsonLd(changed)]);
  });

  it("keeps the page's own JSON-LD unless asked to replace it", () => {
    expect(scripts(injectJsonLd(page, article))).toEqual([scripts(page)[0], toJsonLd(article)]);
    const replaced = injectJsonLd(page, article, { replace: true });
    expect(scripts(replaced)).toEqual([toJsonLd(article)]);
    expect(replaced).not.toContain("BreadcrumbList");
    expect(injectJsonLd(replaced, article, { replace: true })).toBe(replaced);
  });

  it("honours the graph option", () => {
    expect(scripts(injectJsonLd(page, article, { graph: true }))[1]).toEqual(toJsonLd(article, { graph: true }));
  });

  it("keeps CRLF line ends, a BOM and non-ASCII bytes", () => {
    const windows = `\uFEFF${page.replace(/\n/g, "\r\n")}`;
    const out = injectJsonLd(windows, article);
    expect(out.startsWith("\uFEFF<!DOCTYPE html>\r\n")).toBe(true);
    expect(out.replace(/\r\n {4}<script type="application\/ld\+json" data-generator="dateline">.*?<\/script>/, "")).toBe(windows);
    expect(injectJsonLd(out, article)).toBe(out);
  });

  it("a <head> written on one line, an empty <head>, a <head> without its end tag", () => {
    const script = injectJsonLd("<!doctype html><html><head></head><body></body></html>", article).match(/<script.*?<\/script>/)![0];
    expect(injectJsonLd("<html><head><title>T</title></head><body>x</body></html>", article)).toBe(
      `<html><head><title>T</title>${script}</head><body>x</body></html>`,
    );
    expect(injectJsonLd("<html><head></head></html>", article)).toBe(`<html><head>${script}</head></html>`);
    expect(injectJsonLd("<html><head>\n<title>T</title>\n<body>x", article)).toBe(`<html><head>\n<title>T</title>\n${script}\n<body>x`);
  });

  it("is not fooled by a closing tag inside a script string or a comment", () => {
    const html = '<html><head><script>var s = "</head>";</script><!-- </head> --></head><body></body></html>';
    const out = injectJsonLd(html, article);
    expect(out.indexOf('data-generator="dateline"')).toBeGreaterThan(out.indexOf("<!-- </head> -->"));
  });

  it("escapes article text that could end the script", () => {
    const hostile = { ...seedArticle(), headline: "</script><script>alert(1)</script>" };
    const out = injectJsonLd(page, hostile);
    expect(out.match(/<\/script>/g)).toHaveLength((page.match(/<\/script>/g) ?? []).length + 1);
  });

  it("refuses a page whose source has no <head>, naming it", () => {
    for (const html of ["<p>Only a fragment</p>", "<html><body><p>x</p></body></html>", "<!doctype html><title>T</title><p>x"]) {
      expect(() => injectJsonLd(html, article, { source: "site/a.html" })).toThrow(
        expect.objectContaining({ code: "INVALID_PAGE", source: "site/a.html", message: expect.stringContaining("no <head>") }),
      );
    }
  });
});
