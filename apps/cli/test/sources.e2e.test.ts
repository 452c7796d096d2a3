import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import "./_hosts.mjs";
import type { RunResult } from "./_run.js";
import { datelineInProcess } from "./_run-in-process.js";
import { NO_RACE_TIMEOUT, page, startSite, type TestSite } from "./_server.js";

// Every source kind through the CLI's program, as a user runs it; feeds and --follow against a site on 127.0.0.1.
const here = dirname(fileURLToPath(import.meta.url));
const fixtures = resolve(here, "../../../fixtures");
const work = mkdtempSync(join(tmpdir(), "dateline-sources-"));

/** The CLI's program against the test site, its dates pinned. */
function dateline(args: string[]): Promise<RunResult> {
  return datelineInProcess(args, { sourceDateEpoch: "1761782400" /* 2025-10-30T00:00:00Z */ });
}

function fixture(name: string, file: string): string {
  return join(fixtures, name, file);
}

function golden(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8"));
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(work, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

function emptyOrMissing(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

let site: TestSite;
/** The summaries-only fixture feed, its links pointing at the test site. */
let feedXml = "";
const fullStory = `<!doctype html><html lang="en"><head><title>Swimming pool closes for a month of repairs</title></head><body><article>
<h1>Swimming pool closes for a month of repairs</h1>
<p>The town pool will close from 3 November while its roof is replaced, the leisure trust said on Wednesday, and will reopen in the first week of December.</p>
<p>Swimming clubs will train at the school pool on weekday evenings, and lessons for under-tens move to Saturday mornings for the month.</p>
<p>The roof, put up in 1986, has leaked over the deep end for three winters. The repair costs a little under a million pounds.</p>
</article></body></html>`;

beforeAll(async () => {
  site = await startSite({
    "/feed.xml": (_request, response) => {
      response.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" });
      response.end(feedXml);
    },
    "/news/pool-repairs": page(fullStory),
  });
  const home = site.at("harbourradio.example.com");
  feedXml = readFileSync(fixture("feed-rss-summaries-only", "source.xml"), "utf8").replaceAll("https://harbourradio.example.com", home);
});
afterAll(async () => {
  await site.close();
  rmSync(work, { recursive: true, force: true });
});

describe("dateline parse: the kind comes from the content", () => {
  it("a Markdown post gives its golden article", async () => {
    const name = "markdown-hugo-toml-front-matter";
    const result = await dateline(["parse", fixture(name, "source.md")]);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual(golden(fixture(name, "article.json")));
  });

  it("a feed prints an array, or one item with --item", async () => {
    const name = "feed-rss-content-encoded";
    const all = await dateline(["parse", fixture(name, "source.xml")]);
    expect(all.status).toBe(0);
    expect(JSON.parse(all.stdout)).toEqual([golden(fixture(name, "articles/1.json")), golden(fixture(name, "articles/2.json"))]);
    const second = await dateline(["parse", fixture(name, "source.xml"), "--item", "2"]);
    expect(JSON.parse(second.stdout)).toEqual(golden(fixture(name, "articles/2.json")));
    const past = await dateline(["parse", fixture(name, "source.xml"), "--item", "3"]);
    expect(past.status).toBe(1);
    expect(past.stderr).toContain("--item 3 is past the end: the source holds 2 article(s)");
  });

  it("each kind saved under a wrong name is still read right", async () => {
    const cases: [string, string, string][] = [
      ["feed-json-feed-1-1", "source.json", "feed.txt"],
      ["feed-atom-html-and-xhtml", "source.xml", "atom.md"],
      ["markdown-jekyll-post-caption-under-image", "source.md", "post.txt"],
      ["jsonld-inject-page", "article.json", "article.html"],
    ];
    for (const [name, source, wrongName] of cases) {
      const path = join(work, "renamed", name, wrongName);
      mkdirSync(dirname(path), { recursive: true });
      copyFileSync(fixture(name, source), path);
      if (existsSync(fixture(name, "meta.json"))) copyFileSync(fixture(name, "meta.json"), join(dirname(path), "meta.json"));
      const result = await dateline(["parse", path]);
      expect(result.status, `${wrongName}: ${result.stderr}`).toBe(0);
      const expected = existsSync(fixture(name, "articles"))
        ? readdirSync(fixture(name, "articles")).map((item) => golden(fixture(name, `articles/${item}`)))
        : golden(fixture(name, source.endsWith(".json") && !name.startsWith("feed") ? source : "article.json"));
      expect(JSON.parse(result.stdout), wrongName).toEqual(expected);
    }
  });

  it("--from overrides the sniffing", async () => {
    const post = file("as-text/post.md", "Harbour notes\n\nThe harbour wall was repaired this week after the storm damage of January.\n");
    const asMarkdown = await dateline(["parse", post]);
    expect(asMarkdown.status).toBe(1);
    expect(asMarkdown.stderr).toContain("the post has no title");
    const asJson = await dateline(["parse", post, "--from", "json"]);
    expect(asJson.status).toBe(1);
    expect(asJson.stderr).toContain("not valid JSON");
  });

  it("refuses binary content, whatever its name, with one line", async () => {
    const png = file("photo.html", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const result = await dateline(["parse", png]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n")[0]).toBe(`error: ${png}: input looks like a binary file, not a document Dateline reads`);
  });

  it("skips a draft with a note, and reads it with --drafts", async () => {
    const draft = file("drafts/next.md", "---\ntitle: Coming soon\ndraft: true\n---\nThe text is not ready.\n");
    const skipped = await dateline(["parse", draft]);
    expect(skipped.status).toBe(1);
    expect(skipped.stdout).toBe("");
    expect(skipped.stderr).toBe(`warning: ${draft}: is a draft (draft: true); skipped, pass --drafts to include it\n`);
    const read = await dateline(["parse", draft, "--drafts"]);
    expect(read.status).toBe(0);
    expect(JSON.parse(read.stdout).headline).toBe("Coming soon");
  });
});

describe("bad input of each kind: one line naming the file and where, non-zero exit, nothing written", () => {
  const cases: [string, string, string[], RegExp][] = [
    [
      "broken-yaml.md",
      "---\ntitle: A\ntags: [a, b\n---\nText.\n",
      [],
      /^error: .*broken-yaml\.md: YAML front matter is broken at line \d+: /,
    ],
    [
      "broken-toml.md",
      '+++\ntitle = "A"\ndate = 2025-13-45\n+++\nText.\n',
      [],
      /^error: .*broken-toml\.md: TOML front matter is broken at line 3: /,
    ],
    [
      "not-xml.xml",
      "Headlines for Tuesday\n",
      ["--from", "feed"],
      /^error: .*not-xml\.xml: the feed is not well-formed XML at line 1, column 1: /,
    ],
    [
      "cut-short.xml",
      '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>T</title>\n<item><title>A</title>',
      [],
      /^error: .*cut-short\.xml: the feed ends at line 3 with <rss>, <channel>, <item> still open$/,
    ],
  ];
  for (const [name, content, flags, line] of cases) {
    it(name, async () => {
      const path = file(`bad/${name}`, content);
      const out = join(work, `out-${name}`);
      const result = await dateline(["build", path, ...flags, "--out", out, "--format", "json,jsonld"]);
      expect(result.status).toBe(1);
      expect(result.stderr.split("\n")[0]).toMatch(line);
      expect(emptyOrMissing(out)).toBe(true);
    });
  }

  it("a page without <head>", async () => {
    const path = file("bad/fragment.html", "<h1>Pier reopens</h1><p>The pier reopened on Tuesday after a year of repairs to its deck.</p>");
    const out = join(work, "out-fragment");
    const result = await dateline(["jsonld", "inject", path, "--article", fixture("jsonld-inject-page", "article.json"), "--out", out]);
    expect(result.status).toBe(1);
    expect(result.stderr.split("\n")[0]).toBe(`error: ${path}: the page has no <head> element to put the JSON-LD script in`);
    expect(emptyOrMissing(out)).toBe(true);
  });
});

describe("dateline build from feeds", () => {
  it("newest first, duplicates by guid or URL merged, --since and --limit", async () => {
    const out = join(work, "briefing");
    const result = await dateline([
      ...["build", fixture("feed-rss-content-encoded", "source.xml"), fixture("feed-json-feed-1-1", "source.json")],
      ...[fixture("feed-atom-html-and-xhtml", "source.xml"), fixture("feed-rss-content-encoded", "source.xml")],
      ...["--since", "2025-08-01", "--limit", "3", "--out", out, "--format", "json"],
    ]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain("same article as an earlier one (valleyledger-48213); kept once");
    expect(result.stderr).toContain("note: kept 3 of 6 articles (--since/--limit)");
    // 2025-10-05, 2025-09-28, 2025-09-02; the July items fall before --since, 2025-09-01 past --limit.
    const headlines = result.stdout
      .trim()
      .split("\n")
      .map((path) => (golden(path) as { headline: string }).headline);
    expect(headlines).toEqual(["The first geese are back", "Reading the tide tables", "Neue Brücke über die Ache eröffnet"]);
  });

  it("a feed by URL; --follow fetches the pages of summary-only items", async () => {
    const feedUrl = `${site.at("harbourradio.example.com")}/feed.xml`;
    const plain = await dateline(["parse", feedUrl, "--item", "1", ...NO_RACE_TIMEOUT]);
    expect(plain.status, plain.stderr).toBe(0);
    expect(JSON.parse(plain.stdout).body).toHaveLength(1);
    const followed = await dateline(["parse", feedUrl, "--item", "1", "--follow", ...NO_RACE_TIMEOUT]);
    expect(followed.status, followed.stderr).toBe(0);
    const article = JSON.parse(followed.stdout);
    expect(article.headline).toBe("Swimming pool closes for a month of repairs");
    expect(article.datePublished).toBe("2025-10-29T18:00:00+00:00");
    expect(article.body.map((block: { text: string }) => block.text)).toEqual([
      expect.stringMatching(/^The town pool will close from 3 November/),
      expect.stringMatching(/^Swimming clubs will train/),
      expect.stringMatching(/^The roof, put up in 1986/),
    ]);
    // The second item's page is missing: its summary stays, with a warning.
    expect(followed.stderr).toMatch(/warning: .*coast-line-engineering: page not read \(.*404.*\); the feed's summary is kept/);
  });
});

describe("dateline feed add posts/*.md", () => {
  it("puts every post into the feed, newest first", async () => {
    const posts = ["markdown-hugo-toml-front-matter", "markdown-jekyll-post-caption-under-image"].map((name) => fixture(name, "source.md"));
    const feed = join(work, "public/feed.xml");
    const result = await dateline(["feed", "add", ...posts, "--feed", feed, "--feed-url", "https://coastline.example.org/feed.xml"]);
    expect(result.status, result.stderr).toBe(0);
    const xml = readFileSync(feed, "utf8");
    expect([...xml.matchAll(/<item>\s*<title><!\[CDATA\[(.*?)\]\]>/g)].map((match) => match[1])).toEqual([
      "Night market returns to Corn Street",
      "The tide gauge that counted for a century",
    ]);
  });
});

describe("dateline jsonld inject", () => {
  const before = fixture("jsonld-inject-page", "page.html");
  const after = readFileSync(fixture("jsonld-inject-page", "page.injected.html"), "utf8");
  const article = fixture("jsonld-inject-page", "article.json");

  it("prints the golden page for one page and --article", async () => {
    const result = await dateline(["jsonld", "inject", before, "--article", article]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe(after);
  });

  it("--in-place twice gives the same bytes as once", async () => {
    const path = file("inject/page.html", readFileSync(before));
    expect((await dateline(["jsonld", "inject", path, "--article", article, "--in-place"])).status).toBe(0);
    expect(readFileSync(path, "utf8")).toBe(after);
    expect((await dateline(["jsonld", "inject", path, "--article", article, "--in-place"])).status).toBe(0);
    expect(readFileSync(path, "utf8")).toBe(after);
  });

  it("a folder of pages in one command, each described by itself; --replace drops the page's own JSON-LD", async () => {
    const siteDir = join(work, "built-site");
    file("built-site/index.html", readFileSync(before));
    file("built-site/news/2025/skerry.html", readFileSync(before));
    const out = join(work, "built-site-out");
    const result = await dateline(["jsonld", "inject", siteDir, "--out", out, "--replace"]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain("added JSON-LD to 2 pages");
    for (const page of ["index.html", "news/2025/skerry.html"]) {
      const html = readFileSync(join(out, page), "utf8");
      expect(html).not.toContain("BreadcrumbList");
      expect(html).toMatch(
        /<script type="application\/ld\+json" data-generator="dateline">\{"@context":"https:\/\/schema.org","@type":"NewsArticle"/,
      );
    }
  });

  it("several pages need --out or --in-place (exit 2)", async () => {
    const result = await dateline(["jsonld", "inject", before, before]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("error: several pages need --out <dir> or --in-place\n");
  });
});
