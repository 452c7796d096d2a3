import type { ArticleMeta } from "@dateline/schema";
import { describe, expect, it } from "vitest";
import { fromMarkdown } from "./from-markdown.js";

const SITE: ArticleMeta = { publisher: { type: "Organization", name: "Pier Notes", url: "https://pier.example.org" } };

function read(markdown: string, options: Parameters<typeof fromMarkdown>[1] = {}) {
  const warnings: string[] = [];
  const article = fromMarkdown(markdown, { meta: SITE, onWarning: (message) => warnings.push(message), ...options });
  return { article, warnings };
}

describe("fromMarkdown: front matter", () => {
  it("maps the keys static site generators use", () => {
    const { article } = read(
      [
        "---",
        "title: Pier reopens",
        "excerpt: After a year of repairs.",
        "publishDate: 2025-03-04T09:30:00Z",
        "modified: 2025-03-05",
        "authors:",
        "  - Ann Example",
        "  - { name: Bo Example, link: https://bo.example.org/ }",
        "keywords: harbour, repairs",
        "featured_image: { src: /img/pier.jpg, alt: The pier at dusk }",
        "language: en_GB",
        "section: Local",
        "canonical: https://other.example.com/pier",
        "---",
        "The pier reopened on Tuesday.",
      ].join("\n"),
    );
    expect(article).toMatchObject({
      headline: "Pier reopens",
      description: "After a year of repairs.",
      datePublished: "2025-03-04T09:30:00+00:00",
      dateModified: "2025-03-05",
      authors: [
        { type: "Person", name: "Ann Example" },
        { type: "Person", name: "Bo Example", url: "https://bo.example.org/" },
      ],
      keywords: ["harbour", "repairs"],
      image: { caption: "The pier at dusk", image: { url: "https://pier.example.org/img/pier.jpg", alt: "The pier at dusk" } },
      inLanguage: "en-GB",
      section: "Local",
      url: "https://other.example.com/pier",
      publisher: SITE.publisher,
    });
  });

  it("makes the URL from the site's base and the slug, or the file name without a Jekyll date", () => {
    expect(read("---\ntitle: A\nslug: pier-reopens\n---\nText.").article?.url).toBe("https://pier.example.org/pier-reopens/");
    expect(read("---\ntitle: A\n---\nText.", { path: "_posts/2025-03-04-pier-reopens.md" }).article?.url).toBe(
      "https://pier.example.org/pier-reopens/",
    );
    expect(read("---\ntitle: A\n---\nText.", { path: "content/posts/pier-reopens/index.md" }).article?.url).toBe(
      "https://pier.example.org/pier-reopens/",
    );
    expect(read("---\ntitle: A\n---\nText.", { path: "a.md", meta: {} }).article?.url).toBeUndefined();
  });

  it("reads TOML front matter between +++ lines", () => {
    const { article } = read('+++\ntitle = "Pier reopens"\ndate = 2025-03-04T09:30:00+01:00\ntags = ["a"]\n+++\nText.');
    expect(article).toMatchObject({ headline: "Pier reopens", datePublished: "2025-03-04T09:30:00+01:00", keywords: ["a"] });
  });

  it("skips a draft with a note, and reads it when drafts are asked for", () => {
    const post = "---\ntitle: Not yet\ndraft: true\n---\nText.";
    const skipped = read(post, { source: "posts/a.md" });
    expect(skipped.article).toBeUndefined();
    expect(skipped.warnings).toEqual(["posts/a.md: is a draft (draft: true); skipped, pass --drafts to include it"]);
    expect(read(post, { drafts: true }).article?.headline).toBe("Not yet");
  });

  it("takes the first # heading as the headline when the front matter has no title", () => {
    const { article } = read("---\ndate: 2025-01-02\n---\n\nIntro line? No: # comes first.\n\n# The headline\n\nText.\n\n# Another");
    expect(article?.headline).toBe("The headline");
    expect(article?.body).toEqual([
      { type: "paragraph", text: "Intro line? No: # comes first." },
      { type: "paragraph", text: "Text." },
      { type: "heading", level: 2, text: "Another" },
    ]);
  });

  it("drops a first heading that repeats the title", () => {
    expect(read("---\ntitle: Same\n---\n# Same\n\nText.").article?.body).toEqual([{ type: "paragraph", text: "Text." }]);
  });

  it("warns about a date it cannot read and leaves it out", () => {
    const { article, warnings } = read("---\ntitle: A\ndate: sometime in May\n---\nText.", { source: "a.md" });
    expect(article?.datePublished).toBeUndefined();
    expect(warnings).toEqual(['a.md: front matter date "sometime in May" is not a date Dateline can read; left out']);
  });

  it("takes a post's last-modified date as its published date when the front matter gives no other", () => {
    const updatedOnly = read("---\ntitle: A\nlastmod: 2025-03-05\n---\nText.").article;
    expect([updatedOnly?.datePublished, updatedOnly?.dateModified]).toEqual(["2025-03-05", "2025-03-05"]);
    const both = read("---\ntitle: A\ndate: 2025-03-01\nlastmod: 2025-03-05\n---\nText.").article;
    expect([both?.datePublished, both?.dateModified]).toEqual(["2025-03-01", "2025-03-05"]);
  });

  it("takes no last-modified date for the published one where the front matter gives another date", () => {
    for (const other of ["date: sometime in May", "created: 2025-03-01", "pubDatetime: 2025-03-01T09:00:00Z"]) {
      const article = read(`---\ntitle: A\n${other}\nlastmod: 2025-03-05\n---\nText.`).article;
      expect([article?.datePublished, article?.dateModified], other).toEqual([undefined, "2025-03-05"]);
    }
  });

  it("lets site-wide meta win", () => {
    expect(read("---\ntitle: A\nsection: X\n---\nText.", { meta: { ...SITE, section: "Y" } }).article?.section).toBe("Y");
  });
});

describe("front matter's dates are days the calendar has, in years a post can have", () => {
  const published = (date: string) => read(`---\ntitle: Pier reopens\ndate: "${date}"\n---\nThe pier reopened.`).article?.datePublished;

  it("reads 29 February only in a leap year, and no month 0 or 13", () => {
    expect(["2000-02-29", "1900-02-29", "2024-02-29", "2100-02-29", "2026-00-10", "2026-13-10"].map(published)).toEqual([
      "2000-02-29",
      undefined,
      "2024-02-29",
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("reads no date from Go's zero time, and keeps the day of a leap second's stamp", () => {
    expect(published("0001-01-01T00:00:00Z")).toBeUndefined();
    expect(published("0001-01-01")).toBeUndefined();
    expect(published("2026-03-12T23:59:60Z")).toBe("2026-03-12");
    // The day's end is a real stamp the schema's date-times cannot print: its day stands.
    expect(published("2026-03-12T24:00:00+01:00")).toBe("2026-03-12");
    expect(published("2026-03-12T24:30:00+01:00")).toBeUndefined();
  });
});

describe("front matter's update dated before its published date", () => {
  const dates = (fields: string) => {
    const article = read(`---\ntitle: Pier reopens\n${fields}\n---\nThe pier reopened.`).article;
    return [article?.datePublished, article?.dateModified];
  };

  it("drops the earlier update and keeps a later one", () => {
    expect(dates("date: 2026-03-12\nlastmod: 2026-03-11")).toEqual(["2026-03-12", undefined]);
    expect(dates("date: 2026-03-12\nupdated: 2026-03-11")).toEqual(["2026-03-12", undefined]);
    expect(dates("date: 2026-03-12\nlastmod: 2026-03-13")).toEqual(["2026-03-12", "2026-03-13"]);
  });

  it("keeps an update on the day before in another zone that is a later instant, and an update standing alone", () => {
    expect(dates('date: "2026-03-12T00:30:00+01:00"\nlastmod: "2026-03-11T23:50:00Z"')).toEqual([
      "2026-03-12T00:30:00+01:00",
      "2026-03-11T23:50:00+00:00",
    ]);
    expect(dates("lastmod: 2026-03-11")).toEqual(["2026-03-11", "2026-03-11"]);
  });
});

describe("fromMarkdown: bad input says what and where", () => {
  it("broken YAML names the file line", () => {
    expect(() => fromMarkdown("---\ntitle: A\ntags: [a, b\ndate: 2025-01-01\n---\nText.", { source: "posts/a.md" })).toThrow(
      expect.objectContaining({
        code: "INVALID_FRONT_MATTER",
        source: "posts/a.md",
        message: expect.stringMatching(/^YAML front matter is broken at line \d+/),
      }),
    );
  });

  it("broken TOML names the file line", () => {
    expect(() => fromMarkdown('+++\ntitle = "A"\ndate = 2025-13-45\n+++\nText.', { source: "a.md" })).toThrow(
      expect.objectContaining({ code: "INVALID_FRONT_MATTER", message: expect.stringMatching(/^TOML front matter is broken at line 3/) }),
    );
  });

  it("a post with no title at all", () => {
    expect(() => fromMarkdown("Just a line.", { source: "a.md" })).toThrow(expect.objectContaining({ code: "NO_ARTICLE_FOUND" }));
  });

  it("front matter that is not a map", () => {
    expect(() => fromMarkdown("---\n- a\n- b\n---\nText.")).toThrow(expect.objectContaining({ code: "INVALID_FRONT_MATTER" }));
  });

  it("an alias bomb finishes quickly with an error", () => {
    const bomb = [
      "---",
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${"bcdefghi"[i]}: &${"bcdefghi"[i]} [*${"abcdefgh"[i]},*${"abcdefgh"[i]},*${"abcdefgh"[i]},*${"abcdefgh"[i]},*${"abcdefgh"[i]},*${"abcdefgh"[i]},*${"abcdefgh"[i]},*${"abcdefgh"[i]},*${"abcdefgh"[i]}]`,
      ),
      "title: A",
      "---",
      "Text.",
    ].join("\n");
    expect(() => fromMarkdown(bomb)).toThrow(expect.objectContaining({ code: "INVALID_FRONT_MATTER" }));
  });
});

describe("fromMarkdown: body", () => {
  const body = (markdown: string) => read(`---\ntitle: T\n---\n${markdown}`).article?.body;

  it("paragraphs keep links, emphasis and strong as marks over plain text", () => {
    expect(body("A [link](/x) and *soft* and **bold** and `code`.")).toEqual([
      {
        type: "paragraph",
        text: "A link and soft and bold and code.",
        marks: [
          { type: "link", start: 2, end: 6, href: "https://pier.example.org/x" },
          { type: "emphasis", start: 11, end: 15 },
          { type: "strong", start: 20, end: 24 },
        ],
      },
    ]);
  });

  it("marks leave out the white space at their edges, and a paragraph of 20,000 links keeps every one", () => {
    const [spaced] = body("A[ spaced link ](/x)and *soft*.") ?? [];
    const marked = spaced?.type === "paragraph" ? (spaced.marks ?? []).map((mark) => spaced.text.slice(mark.start, mark.end)) : [];
    expect(spaced?.type === "paragraph" && spaced.text).toBe("A spaced link and soft.");
    expect(marked).toEqual(["spaced link", "soft"]);
    const count = 20_000;
    const [paragraph] = body(Array.from({ length: count }, (_, i) => `[story ${i}](/s/${i})`).join(" ")) ?? [];
    const marks = paragraph?.type === "paragraph" ? (paragraph.marks ?? []) : [];
    expect(marks).toHaveLength(count);
    expect(marks.every((mark, i) => paragraph?.type === "paragraph" && paragraph.text.slice(mark.start, mark.end) === `story ${i}`)).toBe(
      true,
    );
  });

  it("never lets a javascript: link through: markdown-it leaves it as the text written", () => {
    expect(body("A [bad](javascript:alert(1)) link.")).toEqual([{ type: "paragraph", text: "A [bad](javascript:alert(1)) link." }]);
  });

  it("a picture with a following italic line is a captioned figure", () => {
    expect(body("![Alt text](/a.jpg)\n\n*The caption*\n\nNext.")).toEqual([
      { type: "figure", caption: "The caption", image: { url: "https://pier.example.org/a.jpg", alt: "Alt text" } },
      { type: "paragraph", text: "Next." },
    ]);
    expect(body('![Alt](/a.jpg "Title caption")')).toEqual([
      { type: "figure", caption: "Title caption", image: { url: "https://pier.example.org/a.jpg", alt: "Alt" } },
    ]);
  });

  it("headings deeper than 4 stay level 4; nested lists follow their parent", () => {
    expect(body("##### Deep\n\n- a\n  1. b")).toEqual([
      { type: "heading", level: 4, text: "Deep" },
      { type: "list", ordered: false, items: [{ text: "a" }] },
      { type: "list", ordered: true, items: [{ text: "b" }] },
    ]);
  });

  it("footnotes are numbered in order of reference and listed at the end", () => {
    expect(body("One[^b] two[^a].\n\n[^a]: Note A.\n[^b]: Note B.")).toEqual([
      { type: "paragraph", text: "One[1] two[2]." },
      { type: "list", ordered: false, items: [{ text: "[1] Note B." }, { text: "[2] Note A." }] },
    ]);
  });

  it("a GFM table of only a header row keeps it as its row", () => {
    expect(body("| a | b |\n| - | - |")).toEqual([{ type: "table", rows: [[{ text: "a" }, { text: "b" }]] }]);
  });

  it("raw HTML in the post goes through the HTML block mapping, scripts and event handlers never through", () => {
    expect(
      body(
        '<figure>\n<img src="/img/quay.jpg" alt="The quay">\n<figcaption>The quay at noon</figcaption>\n</figure>\n\n<script>alert(1)</script>\n\n<p onclick="x()">A <a href="javascript:alert(1)">bad</a> link.</p>',
      ),
    ).toEqual([
      { type: "figure", caption: "The quay at noon", image: { url: "https://pier.example.org/img/quay.jpg", alt: "The quay" } },
      { type: "paragraph", text: "A bad link." },
    ]);
  });
});
