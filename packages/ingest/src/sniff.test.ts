import { readFileSync } from "node:fs";
import { listFixtures } from "@dateline/test-kit";
import { describe, expect, it } from "vitest";
import { sniff } from "./sniff.js";
import type { SourceKind } from "./source-kinds.js";

/** One sample of each kind, as written in the wild, and the extensions it could wrongly be saved under. */
const SAMPLES: { name: string; kind: SourceKind; content: string }[] = [
  {
    name: "HTML page",
    kind: "html",
    content: "<!DOCTYPE html>\n<html lang=en><head><title>Pier</title></head><body><p>Text</p></body></html>",
  },
  { name: "HTML without doctype", kind: "html", content: "\uFEFF  <html><body><h1>Pier</h1></body></html>" },
  {
    name: "XHTML with a declaration",
    kind: "html",
    content: '<?xml version="1.0"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>',
  },
  { name: "HTML fragment after a comment", kind: "html", content: "<!-- saved -->\n<article><p>One</p></article>" },
  { name: "Markdown with YAML front matter", kind: "markdown", content: "---\ntitle: Pier\n---\nThe pier reopened.\n" },
  { name: "Markdown with TOML front matter", kind: "markdown", content: "+++\ntitle = 'Pier'\n+++\nThe pier reopened.\n" },
  {
    name: "Markdown without front matter",
    kind: "markdown",
    content: "# Pier\n\nThe [pier](https://a.example.com/) reopened.\n\n```\ncode\n```\n",
  },
  { name: "article JSON", kind: "json", content: '{ "version": "1.0", "headline": "Pier", "body": [] }' },
  {
    name: "RSS 2.0",
    kind: "feed",
    content: '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>T</title></channel></rss>',
  },
  {
    name: "RSS 1.0",
    kind: "feed",
    content: '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>',
  },
  {
    name: "Atom 1.0",
    kind: "feed",
    content: '<?xml version="1.0"?>\n<!-- generator -->\n<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title></feed>',
  },
  {
    name: "JSON Feed 1.1",
    kind: "feed",
    content: '{\n  "version": "https://jsonfeed.org/version/1.1",\n  "title": "T",\n  "items": []\n}',
  },
  {
    name: "plain text page",
    kind: "text",
    content: "Pier reopens\n\nBy Ann Example\n\nThe pier reopened on Tuesday after a year of repairs.\n",
  },
];

const EXTENSIONS = ["page.html", "post.md", "article.json", "feed.xml", "page.txt", "download", "https://news.example.com/feed?format=rss"];

describe("sniff: content decides, the extension only hints", () => {
  for (const sample of SAMPLES) {
    for (const hint of EXTENSIONS) {
      // Plain text saved as .md is a Markdown post too plain to show its syntax: the one case where the name decides.
      const expected = sample.kind === "text" && hint.endsWith(".md") ? "markdown" : sample.kind;
      it(`${sample.name} named ${hint} → ${expected}`, () => {
        expect(sniff(sample.content, { hint })).toBe(expected);
        expect(sniff(new TextEncoder().encode(sample.content), { hint })).toBe(expected);
      });
    }
  }

  it("every copied-page fixture stays plain text, whatever its Markdown-like lines", () => {
    for (const fixture of listFixtures().filter((f) => f.sourcePath?.endsWith(".txt"))) {
      expect(sniff(readFileSync(fixture.sourcePath!), { hint: "page" }), fixture.name).toBe("text");
    }
  });

  it("a one-off Markdown sign in plain text is not enough", () => {
    expect(sniff("Results\n\n# 1 seed wins\n\nThe final was played on Sunday.")).toBe("text");
  });

  const BINARY: [string, number[]][] = [
    ["PNG", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]],
    ["PDF", [...Buffer.from("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n"), 0x00, 0x01]],
    ["ZIP (EPUB, DOCX)", [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]],
    ["gzip", [0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0]],
    ["JPEG", [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]],
  ];
  for (const [name, bytes] of BINARY) {
    it(`refuses ${name} content, even named .html`, () => {
      expect(() => sniff(new Uint8Array(bytes), { hint: "page.html", source: "x.html" })).toThrow(
        expect.objectContaining({ code: "BINARY_INPUT", source: "x.html" }),
      );
    });
  }

  it("refuses an XML document that is neither a feed nor a page", () => {
    expect(() => sniff('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', { source: "x.xml" })).toThrow(
      expect.objectContaining({ code: "UNKNOWN_SOURCE", message: expect.stringContaining("<svg>") }),
    );
  });
});
