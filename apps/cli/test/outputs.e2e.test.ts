import { lstatSync, readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { requireTool, runTool, spawnGuarded } from "@dateline/test-kit";
import { afterAll, describe, expect, it } from "vitest";
import { strFromU8, unzipSync } from "fflate";
import { article, cli, repo, scratch } from "./_run.js";
import { epubcheck } from "./_epubcheck.js";
import { datelineInProcess } from "./_run-in-process.js";

const work = scratch("outputs");
afterAll(work.cleanup);

const json = (name: string, value: unknown) => work.file(name, JSON.stringify(value));
const FEED_URL = ["--feed-url", "https://news.example.com/feed.xml"];

describe("outputs stay valid", () => {
  it("percent-encodes and IDNA-encodes URLs with quotes, angle brackets and international hosts in every format", async () => {
    const odd = json(
      "odd-urls.json",
      article(1, {
        url: 'https://news.example.com/a"b<c',
        authors: [{ type: "Person", name: "Ann Example", url: 'https://bücher.example.com/ann"x<y' }],
        publisher: {
          type: "Organization",
          name: "Example News",
          url: "https://news.example.com",
          logo: "https://bücher.example.com/logo<1>.png",
        },
        body: [
          {
            type: "paragraph",
            text: "See this link now.",
            marks: [{ type: "link", start: 4, end: 8, href: 'https://news.example.com/q?a="1"&b=<2>' }],
          },
          { type: "related", title: "More", items: [{ title: "Other", url: 'https://bücher.example.com/straße "x"' }] },
        ],
      }),
    );
    const out = join(work.dir, "odd-out");
    const result = await datelineInProcess(["build", odd, "--out", out, ...FEED_URL]);
    expect(result.status, result.stderr).toBe(0);
    expect(await epubcheck(readFileSync(join(out, "briefing.epub")), "odd-urls")).toEqual([]);
    const feed = readFileSync(join(out, "feed.xml"), "utf8");
    const jsonld = readFileSync(join(out, "story-number-1.jsonld"), "utf8");
    const pdf = readFileSync(join(out, "briefing.pdf")).toString("latin1");
    for (const text of [feed, jsonld]) {
      expect(text).not.toMatch(/bücher|a\\?"b|&quot;1|&lt;2/);
      expect(text).toContain("https://xn--bcher-kva.example.com/");
    }
    expect(feed).toContain("https://news.example.com/q?a=%221%22&amp;b=%3C2%3E");
    expect(pdf).toContain("/URI (https://news.example.com/q?a=%221%22&b=%3C2%3E)");
    expect(pdf).toContain("/URI (https://xn--bcher-kva.example.com/stra%C3%9Fe%20%22x%22)");
  });

  it("builds a feed without --feed-url and says how to add atom:link rel=self; --strict makes that an error", async () => {
    const source = json("plain.json", article(2));
    const out = join(work.dir, "no-feed-url");
    const result = await datelineInProcess(["build", source, "--out", out, "--format", "rss"]);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(out, "feed.xml"), "utf8")).not.toContain("atom:link");
    expect(result.stderr).toMatch(/^warning: .*atom:link rel="self".*--feed-url/m);
    const strict = await datelineInProcess(["build", source, "--out", join(work.dir, "strict"), "--format", "rss", "--strict"]);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/--strict/);
  });

  it("dates an undated briefing nowhere as 1970: the EPUB's required dcterms:modified is the build time", () => {
    const undated = (n: number) => {
      const { datePublished: _unused, ...rest } = article(n, { inLanguage: "fr" });
      return rest;
    };
    const sources = [json("undated-5.json", undated(5)), json("undated-6.json", undated(6))];
    const out = join(work.dir, "undated");
    // Without SOURCE_DATE_EPOCH, which dateline() sets: nothing dates this briefing.
    const { SOURCE_DATE_EPOCH: _epoch, ...env } = process.env;
    const before = Math.floor(Date.now() / 1000) * 1000;
    const run = spawnGuarded(process.execPath, [cli, "build", ...sources, "--out", out, "--format", "pdf,epub,rss", "--lang", "de"], {
      encoding: "utf8",
      env,
    });
    const after = Date.now();
    expect(run.status, run.stderr).toBe(0);
    requireTool("pdftotext", "poppler-utils");
    const pdf = join(out, "briefing.pdf");
    const pdfText = runTool("pdftotext", ["-enc", "UTF-8", pdf, "-"]).stdout;
    // --lang words the chrome of two French articles in German.
    expect(pdfText).toContain("2 Artikel");
    for (const text of [pdfText, runTool("pdfinfo", [pdf]).stdout, runTool("pdfinfo", ["-meta", pdf]).stdout])
      expect(text).not.toMatch(/1970/);
    expect(readFileSync(join(out, "feed.xml"), "utf8")).not.toMatch(/1970|lastBuildDate/);
    const book = unzipSync(readFileSync(join(out, "briefing.epub")));
    for (const [name, bytes] of Object.entries(book)) expect(strFromU8(bytes), name).not.toMatch(/1970/);
    const modified = /<meta property="dcterms:modified">([^<]+)</.exec(strFromU8(book["OEBPS/content.opf"]!))?.[1];
    expect(Date.parse(modified!)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(modified!)).toBeLessThanOrEqual(after);
    expect(strFromU8(book["OEBPS/content.opf"]!)).toMatch(/<package [^>]*xml:lang="de"/);
  });

  it("writes isAccessibleForFree only when the source says so", async () => {
    const unsaid = await datelineInProcess([
      "build",
      json("unsaid.json", article(3)),
      "--out",
      join(work.dir, "free"),
      "--format",
      "jsonld",
    ]);
    expect(unsaid.status, unsaid.stderr).toBe(0);
    expect(readFileSync(join(work.dir, "free/story-number-3.jsonld"), "utf8")).not.toContain("isAccessibleForFree");
    const paywalled = json("paywalled.json", article(4, { isAccessibleForFree: false }));
    expect((await datelineInProcess(["build", paywalled, "--out", join(work.dir, "free"), "--format", "jsonld"])).status).toBe(0);
    expect(JSON.parse(readFileSync(join(work.dir, "free/story-number-4.jsonld"), "utf8")).isAccessibleForFree).toBe(false);
  });

  it("links `dateline` for npx from what a clone holds before any build", () => {
    // The bin is a committed, executable file (a fresh clone has no dist/ when npm links bins)…
    const bin = join(repo, "apps/cli/bin/dateline.js");
    const indexed = spawnGuarded("git", ["ls-files", "-s", "apps/cli/bin/dateline.js"], { cwd: repo, encoding: "utf8" }).stdout;
    expect(indexed).toMatch(/^100755 /);
    expect(JSON.parse(readFileSync(join(repo, "apps/cli/package.json"), "utf8")).bin).toEqual({ dateline: "./bin/dateline.js" });
    // …which npm links into the root's node_modules/.bin only for a dependency of the root.
    expect(JSON.parse(readFileSync(join(repo, "package.json"), "utf8")).devDependencies).toHaveProperty("@dateline/cli");
    const link = join(repo, "node_modules/.bin/dateline");
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(realpathSync(link)).toBe(realpathSync(bin));
    const run = spawnGuarded(link, ["--version"], { encoding: "utf8" });
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
