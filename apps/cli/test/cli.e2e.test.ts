import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { listFixtures } from "@dateline/test-kit";
import { afterAll, describe, expect, it } from "vitest";
import { dateline, fixtures, repo } from "./_run.js";
import { datelineInProcess } from "./_run-in-process.js";

const seedSource = join(fixtures, "consent-notice-mid-article/source.txt");
const work = mkdtempSync(join(tmpdir(), "dateline-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(work, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

function leftovers(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => name.includes(".tmp-"));
}

describe("dateline basics", () => {
  it("runs the program in the test process one run at a time, refusing an overlapping run", async () => {
    const first = datelineInProcess(["schema"]);
    await expect(datelineInProcess(["schema"])).rejects.toThrow("datelineInProcess runs one at a time");
    const result = await first;
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveProperty("$schema");
    // The refused run left the streams alone: a run after it still captures its output.
    expect((await datelineInProcess(["schema"])).stdout).toBe(result.stdout);
  });

  // The binary's own answers to --help and --version are compared with commander's in quick-answers.e2e.
  it("prints help and version, exit 0", async () => {
    const help = await datelineInProcess(["--help"]);
    expect(help.status).toBe(0);
    for (const command of ["parse", "schema", "validate", "build", "feed"]) expect(help.stdout).toContain(command);
    const version = await datelineInProcess(["--version"]);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  // The first through the binary: its exit code as a process ends with it.
  it("exits 2 on bad usage, with a short message", async () => {
    const unknown = dateline(["parse", seedSource, "--bogus"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("unknown option '--bogus'");
    const format = await datelineInProcess(["build", seedSource, "--out", join(work, "x"), "--format", "docx"]);
    expect(format.status).toBe(2);
    expect(format.stderr).toContain("unknown format docx");
    expect((await datelineInProcess(["build", seedSource])).status).toBe(2);
  });

  it("prints the committed JSON Schema", () => {
    const result = dateline(["schema"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(readFileSync(join(repo, "packages/schema/article.schema.json"), "utf8"));
  });
});

describe("dateline parse", () => {
  it("turns the seed into its golden article, with meta.json picked up from beside it", () => {
    const result = dateline(["parse", seedSource]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(readFileSync(join(fixtures, "consent-notice-mid-article/article.json"), "utf8")));
  });

  it("reads standard input with -, and takes --meta", () => {
    const meta = file(
      "meta-rte.json",
      JSON.stringify({ publisher: { type: "Organization", name: "RTÉ", url: "https://www.rte.ie" }, section: "World" }),
    );
    const result = dateline(["parse", "-", "--meta", meta], readFileSync(seedSource));
    expect(result.status).toBe(0);
    const article = JSON.parse(result.stdout);
    expect(article.headline).toBe("Russia supportive of ceasefire, will consult with US");
    expect(article.section).toBe("World");
  });

  it("gives a clear short error for a missing, empty or binary file; the stack only with --debug", async () => {
    const missing = await datelineInProcess(["parse", join(work, "nope.txt")]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^error: .*nope\.txt: cannot read the source: there is no such file or folder\n {2}hint: /);
    expect(missing.stderr).not.toContain("    at ");

    const empty = await datelineInProcess(["parse", file("empty.txt", "")]);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain("empty.txt: input is empty");

    const binary = await datelineInProcess([
      "parse",
      file("photo.txt", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0])),
    ]);
    expect(binary.status).toBe(1);
    expect(binary.stderr).toContain("photo.txt: input looks like a binary file, not a document Dateline reads");

    const debug = await datelineInProcess(["--debug", "parse", join(work, "nope.txt")]);
    expect(debug.status).toBe(1);
    expect(debug.stderr).toContain("    at ");
  });

  // The smallest file that proves the point: just over the 10 MB default limit.
  it("refuses a file over the limit, naming the limit and the option that raises it", async () => {
    const big = file("big.txt", Buffer.alloc(11 * 1024 * 1024, "All work and no play makes a dull day.\n\n"));
    const result = await datelineInProcess(["parse", big]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("big.txt: the source is over the 10 MB limit");
    expect(result.stderr).toContain("--max-size");
  });
});

// parse, schema and build run the built binary above, and feed add in data-loss.e2e.test.ts (concurrent
// writers); the rest of a command's tests run in process, so these keep each command's dist/ path tested.
describe("the built binary", () => {
  it("runs validate and jsonld inject", () => {
    expect(dateline(["validate", join(fixtures, "consent-notice-mid-article/article.json")]).status).toBe(0);
    expect(dateline(["validate", file("built-headless.json", JSON.stringify({ version: "1.0", body: [] }))]).status).toBe(1);
    const page = join(fixtures, "jsonld-inject-page");
    const injected = dateline(["jsonld", "inject", join(page, "page.html"), "--article", join(page, "article.json")]);
    expect(injected.status, injected.stderr).toBe(0);
    expect(injected.stdout).toBe(readFileSync(join(page, "page.injected.html"), "utf8"));
  });

  it("walks a folder of pages in the same order under every locale", () => {
    const page = join(fixtures, "jsonld-inject-page");
    // Code-point order puts "z" before "ä"; an English collation puts "ä" first, a Swedish one "z".
    for (const name of ["z.html", "ä.html", "a.html"]) file(`locale-walk/${name}`, readFileSync(join(page, "page.html")));
    const listings = ["en_US.UTF-8", "sv_SE.UTF-8", "C"].map((locale) => {
      const out = join(work, `locale-walk-out-${locale}`);
      const result = dateline(["jsonld", "inject", join(work, "locale-walk"), "--out", out], undefined, {
        LANG: locale,
        LC_ALL: locale,
      });
      expect(result.status, result.stderr).toBe(0);
      return result.stdout
        .split("\n")
        .filter(Boolean)
        .map((line) => line.slice(out.length + 1));
    });
    expect(listings[0]).toEqual(["a.html", "z.html", "ä.html"]);
    expect(listings[1]).toEqual(listings[0]);
    expect(listings[2]).toEqual(listings[0]);
  });
});

describe("dateline validate", () => {
  it("accepts a valid article and names what is wrong with an invalid one", async () => {
    expect((await datelineInProcess(["validate", join(fixtures, "consent-notice-mid-article/article.json")])).status).toBe(0);
    const headless = file("headless.json", JSON.stringify({ version: "1.0", body: [{ type: "paragraph", text: "Text." }] }));
    const result = await datelineInProcess(["validate", headless]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `error: ${headless}: not a valid Dateline article (1 problem)\n  headline: required\n  hint: fix the fields listed above; \`dateline schema\` prints the JSON Schema of an article\n`,
    );
  });
});

describe("dateline build", () => {
  const flags = ["--feed-url", "https://news.example.com/feed.xml", "--site-url", "https://news.example.com", "--feed-title", "Fixtures"];

  // The suite's one build of every fixture in every format (twice): the first with --verbose, for
  // errors.e2e's point that --verbose lists every note.
  it("builds every format from the fixtures folder without a warning, the same bytes twice, --verbose listing every note", () => {
    const first = join(work, "out-1");
    const second = join(work, "out-2");
    const one = dateline(["build", fixtures, "--out", first, ...flags, "--verbose"]);
    expect(one.stderr).toContain("built ");
    expect(one.stderr).not.toMatch(/^warning:/m);
    expect(one.status).toBe(0);
    expect(dateline(["build", fixtures, "--out", second, ...flags]).status).toBe(0);
    const names = readdirSync(first).sort();
    expect(names).toContain("briefing.pdf");
    expect(names).toContain("briefing.epub");
    expect(names).toContain("feed.xml");
    // One article per golden with a source: one per case, one per item for a feed case.
    const articles = names.filter((name) => name.endsWith(".jsonld")).length;
    expect(articles).toBe(listFixtures().filter((fixture) => fixture.sourcePath).length);
    for (const name of names) expect(readFileSync(join(second, name)).equals(readFileSync(join(first, name))), name).toBe(true);
    expect(leftovers(first)).toEqual([]);
    expect((one.stderr.match(/^note: .*\.jsonld: /gm) ?? []).length).toBeGreaterThanOrEqual(articles);
  });

  it("still builds the good sources when one is bad, and exits 1 naming it", async () => {
    const out = join(work, "out-batch");
    const bad = file("batch/broken.json", '{"version": "1.0", "headline": ');
    const result = await datelineInProcess([
      "build",
      seedSource,
      bad,
      join(fixtures, "wire-byline-and-dateline/source.txt"),
      "--out",
      out,
      "--format",
      "json,jsonld",
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("broken.json: not valid JSON");
    expect(result.stderr).toContain("1 source failed");
    expect(readdirSync(out).filter((name) => name.endsWith(".json"))).toHaveLength(2);
    expect(leftovers(out)).toEqual([]);
  });

  it("takes channel settings from a feed config file, with flags winning", async () => {
    const config = file(
      "feed.json",
      JSON.stringify({
        title: "From config",
        link: "https://news.example.com",
        feedUrl: "https://news.example.com/rss.xml",
        description: "Config description",
      }),
    );
    const out = join(work, "out-feed-config");
    const buildRss = (feedConfig: string, ...flags: string[]) =>
      datelineInProcess(["build", seedSource, "--out", out, "--format", "rss", "--feed-config", feedConfig, ...flags]);
    const result = await buildRss(config, "--feed-title", "From flag");
    expect(result.status).toBe(0);
    const xml = readFileSync(join(out, "feed.xml"), "utf8");
    expect(xml).toContain("From flag");
    expect(xml).not.toContain("From config");
    expect(xml).toContain("https://news.example.com/rss.xml");
    expect(xml).toContain("Config description");
    const bad = await buildRss(file("bad-feed.json", '{"titel": "x"}'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("titel: unknown setting");
  });

  it("leaves no file at all when a format cannot be built", async () => {
    const out = join(work, "out-no-feed-title");
    const anonymous = file(
      "anonymous.json",
      JSON.stringify({ version: "1.0", headline: "Who?", inLanguage: "en", body: [{ type: "paragraph", text: "Text." }] }),
    );
    const result = await datelineInProcess(["build", anonymous, "--out", out, "--format", "rss"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("--feed-title");
    expect(existsSync(join(out, "feed.xml"))).toBe(false);
  });
});

describe("dateline feed add", () => {
  it("adds to a feed, replaces the same article, trims to --max, and refuses a broken feed untouched", async () => {
    const feed = join(work, "public/feed.xml");
    const add = (sources: string[], max = "50") =>
      datelineInProcess(["feed", "add", ...sources, "--feed", feed, "--max", max, "--feed-url", "https://news.example.com/feed.xml"]);
    expect((await add([seedSource])).status).toBe(0);
    expect(
      (await add([join(fixtures, "wire-byline-and-dateline/source.txt"), join(fixtures, "french-page-a-lire-aussi/source.txt")])).status,
    ).toBe(0);
    const items = () => (readFileSync(feed, "utf8").match(/<item>/g) ?? []).length;
    expect(items()).toBe(3);
    expect((await add([seedSource])).status).toBe(0);
    expect(items()).toBe(3);
    expect((await add([join(fixtures, "opinion-pull-quote/source.txt")], "2")).status).toBe(0);
    expect(items()).toBe(2);

    const broken = file("public/broken.xml", "<rss><channel><title>x</channel></rss>");
    const result = await datelineInProcess([
      "feed",
      "add",
      seedSource,
      "--feed",
      broken,
      "--feed-url",
      "https://news.example.com/feed.xml",
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("broken.xml");
    expect(readFileSync(broken, "utf8")).toBe("<rss><channel><title>x</channel></rss>");
    expect(leftovers(join(work, "public"))).toEqual([]);
  });
});
