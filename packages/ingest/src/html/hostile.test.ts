import { isDatelineError } from "@dateline/schema";
import { describe, expect, it } from "vitest";
import { fromHtml, htmlToBlocks } from "../index.js";

const PROSE = "The harbour master said the ferry would run again on Monday, once the storm had passed.";

/** Untrusted pages: nothing runs, nothing loads, and deep or huge markup ends in bounded work (figures in the README). */
describe("fromHtml on hostile pages", () => {
  it("reads a story nested far deeper than any walk descends", () => {
    const depth = 5000;
    const html = `<html><body>${"<div>".repeat(depth)}<h1>Ferry runs again</h1><p>${PROSE}</p>${"</div>".repeat(depth)}</body></html>`;
    const article = fromHtml(html);
    expect(article.headline).toBe("Ferry runs again");
    expect(article.body).toEqual([{ type: "paragraph", text: PROSE }]);
  });

  it("stops a page with more elements than its size limit allows, with a clear error", () => {
    const html = `<html><body><h1>Ferry runs again</h1><p>${PROSE}</p>${"<span>".repeat(2000)}</body></html>`;
    // 40,000 bytes allow 1,000 elements.
    let error: unknown;
    try {
      fromHtml(html, { maxBytes: 40_000, source: "deep.html" });
    } catch (caught) {
      error = caught;
    }
    expect(isDatelineError(error) && error.code).toBe("INPUT_TOO_LARGE");
    expect(String((error as Error).message)).toContain("1,000 elements");
    expect(fromHtml(html).headline).toBe("Ferry runs again");
  });

  it("decodes many entities into text", () => {
    const count = 100_000;
    const article = fromHtml(`<html><body><h1>Ferry runs again</h1><p>${PROSE}</p><p>${"&amp;".repeat(count)} end</p></body></html>`);
    const last = article.body.at(-1);
    expect(last?.type === "paragraph" && last.text.length).toBe(count + " end".length);
  });

  it("runs no script and keeps no event handler, javascript: or data: URL", () => {
    const html = `<html><head><script>globalThis.ran = true</script></head><body onload="globalThis.ran = true">
      <h1>Ferry runs again</h1><p onclick="x()">${PROSE} <a href="javascript:x()">one</a> <a href=" JaVaScRiPt:x()">two</a></p>
      <figure><img src="data:image/png;base64,AAAA" alt="Ferry at the quay"><figcaption>The ferry</figcaption></figure>
      <iframe src="javascript:alert(1)"></iframe></body></html>`;
    const article = fromHtml(html);
    expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
    const json = JSON.stringify(article);
    expect(json).not.toMatch(/javascript|data:|onclick|onload/i);
    expect(article.body).toContainEqual({ type: "figure", caption: "The ferry" });
  });

  it("survives JSON-LD nested deeper than the stack and broken JSON-LD", () => {
    const deep = `${"[".repeat(20_000)}{}${"]".repeat(20_000)}`;
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","author":${deep}}</script>
      <script type="application/ld+json">{"@type": "NewsArticle", "headline": </script></head>
      <body><h1>Ferry runs again</h1><p>${PROSE}</p></body></html>`;
    expect(fromHtml(html).headline).toBe("Ferry runs again");
  });

  it("maps a fragment nested thousands deep", () => {
    const blocks = htmlToBlocks(`${"<blockquote><ul><li>".repeat(3000)}deep${"</li></ul></blockquote>".repeat(3000)}`);
    expect(JSON.stringify(blocks)).toContain("deep");
  });
});

describe("fromHtml decoding", () => {
  const story = (text: string) => `<html><head><meta charset="gbk"></head><body><h1>${text}</h1><p>${text.repeat(8)}</p></body></html>`;

  it("reads bytes in the charset their <meta> declares", () => {
    // 中文 in GBK is D6 D0 CE C4, which is not valid UTF-8.
    const gbk = Buffer.concat([
      Buffer.from('<html><head><meta charset="gbk"></head><body><h1>'),
      Buffer.from([0xd6, 0xd0, 0xce, 0xc4]),
      Buffer.from(`</h1><p>${"x ".repeat(20)}</p></body></html>`),
    ]);
    expect(fromHtml(gbk).headline).toBe("中文");
  });

  it("keeps valid UTF-8 text even when an old <meta> declares a legacy charset", () => {
    expect(fromHtml(Buffer.from(story("中文新闻"))).headline).toBe("中文新闻");
  });

  it("reads the charset the server sent before the page's own declaration", () => {
    const latin = Buffer.concat([
      Buffer.from('<html><head><meta charset="utf-8"></head><body><h1>Caf'),
      Buffer.from([0xe9]),
      Buffer.from(`</h1><p>${"x ".repeat(20)}</p></body></html>`),
    ]);
    expect(fromHtml(latin, { encoding: "iso-8859-1" }).headline).toBe("Café");
  });
});
