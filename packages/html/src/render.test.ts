import { describe, expect, it } from "vitest";
import type { Article } from "@dateline/schema";
import { allFixtureArticles, requireTool, runTool } from "@dateline/test-kit";
import { escapeXml, renderArticle, renderBlock, renderInline, stripForbiddenXmlChars } from "./index.js";

describe("escaping", () => {
  it("escapes markup and drops characters XML forbids, keeping valid astral characters", () => {
    expect(escapeXml(`<a href="x">&</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
    expect(stripForbiddenXmlChars("a\u0000b\u000Bc\uFFFEd\uD800e\tf\n🎉")).toBe("abcde\tf\n🎉");
  });
});

describe("rendering", () => {
  it("turns marks into nested links, emphasis and strong text", () => {
    const html = renderInline("Read the full report now", [
      { type: "link", start: 5, end: 20, href: "https://example.com/report?a=1&b=2" },
      { type: "emphasis", start: 9, end: 13 },
    ]);
    expect(html).toBe(
      'Read <a href="https://example.com/report?a=1&amp;b=2">the </a><a href="https://example.com/report?a=1&amp;b=2"><em>full</em></a><a href="https://example.com/report?a=1&amp;b=2"> report</a> now',
    );
  });

  it("renders every block type as semantic XHTML", () => {
    expect(renderBlock({ type: "heading", text: "Next steps", level: 2 })).toBe("<h2>Next steps</h2>");
    expect(renderBlock({ type: "heading", text: "Next steps", level: 2 }, { headlineLevel: 2 })).toBe("<h3>Next steps</h3>");
    expect(renderBlock({ type: "quote", text: "Keep it.", attribution: "A. Reader" })).toBe(
      "<blockquote><p>Keep it.</p><footer>— A. Reader</footer></blockquote>",
    );
    expect(renderBlock({ type: "list", ordered: true, items: [{ text: "one" }, { text: "two" }] })).toBe(
      "<ol><li>one</li><li>two</li></ol>",
    );
    expect(renderBlock({ type: "figure", caption: "Quay at dusk", credit: "J. Doe", image: { url: "https://example.com/q.jpg" } })).toBe(
      '<figure><figcaption>Quay at dusk <span class="credit">J. Doe</span></figcaption></figure>',
    );
    expect(
      renderBlock(
        { type: "figure", caption: "Quay", image: { url: "https://example.com/q.jpg", alt: "A quay" } },
        { imageSource: (image) => image.url },
      ),
    ).toBe('<figure><img src="https://example.com/q.jpg" alt="A quay"/><figcaption>Quay</figcaption></figure>');
    expect(
      renderBlock({ type: "related", title: "Read more", items: [{ title: "A & B", url: "https://example.com/ab" }, { title: "C" }] }),
    ).toBe('<aside class="related"><h2>Read more</h2><ul><li><a href="https://example.com/ab">A &amp; B</a></li><li>C</li></ul></aside>');
  });

  it("marks the article's language and writes a byline with a machine-readable date", () => {
    const article: Article = {
      version: "1.0",
      headline: "H <1>",
      inLanguage: "fr",
      datePublished: "2025-03-03",
      authors: [{ type: "Person", name: "Léa Martin" }],
      body: [{ type: "paragraph", text: "Texte." }],
    };
    expect(renderArticle(article)).toBe(
      '<article lang="fr" xml:lang="fr"><header><h1>H &lt;1&gt;</h1><p class="byline">Par Léa Martin · <time datetime="2025-03-03">3 mars 2025</time></p></header>\n<p>Texte.</p></article>',
    );
  });

  it("gives well-formed XML for every fixture", () => {
    requireTool("xmllint", "libxml2-utils");
    for (const article of allFixtureArticles()) {
      const xhtml = `<div xmlns="http://www.w3.org/1999/xhtml">${renderArticle(article)}</div>`;
      const { status, stderr } = runTool("xmllint", ["--noout", "-"], { input: xhtml });
      expect({ status, stderr }, article.headline).toEqual({ status: 0, stderr: "" });
    }
  });
});
