import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { spawnGuarded, spawnGuardedAsync } from "@dateline/test-kit";
import { afterAll, describe, expect, it } from "vitest";
import { article, cli, fixtures, repo, scratch } from "./_run.js";
import { datelineInProcess } from "./_run-in-process.js";

const work = scratch("errors");
afterAll(work.cleanup);

const json = (name: string, value: unknown) => work.file(name, JSON.stringify(value));
const seedSource = join(fixtures, "consent-notice-mid-article/source.txt");
/** An article whose JSON is long enough to fill any pipe's buffer many times over. */
const longArticle = () =>
  json(
    "long.json",
    article(1, {
      body: Array.from({ length: 20_000 }, (_, i) => ({ type: "paragraph" as const, text: `Paragraph ${i} of a long story.` })),
    }),
  );

/** Every flag the CLI knows, read from its own help pages. */
async function knownFlags(): Promise<Set<string>> {
  const pages: string[] = [];
  for (const command of [[], ["parse"], ["build"], ["validate"], ["schema"], ["feed", "add"], ["jsonld", "inject"]])
    pages.push((await datelineInProcess([...command, "--help"])).stdout);
  return new Set(pages.join("\n").match(/--[a-z][a-z-]*/g));
}

/** The flags a text names. */
const flagsIn = (text: string) => text.match(/(?<![\w-])--[a-z][a-z-]*/g) ?? [];

describe("errors that help", () => {
  it("stops quietly when the reader of its output goes away (EPIPE)", async () => {
    const source = longArticle();
    const result = await spawnGuardedAsync(process.execPath, [cli, "parse", source], {
      // Like `| head -c1`: take the first bytes, then close the pipe.
      started: (child) => child.stdout.once("data", () => child.stdout.destroy()),
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it.skipIf(!existsSync("/dev/full"))("says in one line that the disk is full (ENOSPC), without a stack", () => {
    const result = spawnGuarded(process.execPath, [cli, "parse", longArticle()], {
      stdio: ["ignore", openSync("/dev/full", "w"), "pipe"],
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("error: standard output: the disk is full\n");
  });

  it("skips a symbolic link loop and a dangling link in a source folder with a warning", async () => {
    const folder = join(work.dir, "links");
    json("links/good.json", article(1));
    symlinkSync(join(folder, "nowhere.json"), join(folder, "dangling.json"));
    symlinkSync(join(folder, "b.json"), join(folder, "a.json"));
    symlinkSync(join(folder, "a.json"), join(folder, "b.json"));
    const out = join(work.dir, "links-out");
    const result = await datelineInProcess(["build", folder, "--out", out, "--format", "json", "--verbose"]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/dangling\.json: skipped: it is a symbolic link to a file that does not exist/);
    expect(result.stderr).toMatch(/a\.json: skipped: it is a symbolic link that leads back to itself/);
    expect(readdirSync(out)).toEqual(["story-number-1.json"]);
  });

  it("names only flags the CLI has, in its sources and in the hints it prints", async () => {
    const known = await knownFlags();
    for (const flag of ["--out", "--max-size", "--feed-url", "--verbose", "--strict", "--debug"]) expect(known).toContain(flag);
    // Every package a user runs (test-kit, the tests' own helpers, names npm's flags, not the CLI's).
    const sources = ["apps/cli/src", "packages"].flatMap((dir) =>
      readdirSync(join(repo, dir), { recursive: true })
        .map(String)
        .filter(
          (path) => /(^|\/)src\/.*\.ts$|^[^/]*\.ts$/.test(path) && !/\.test\.ts$|test-helpers|node_modules|\/dist\/|^test-kit\//.test(path),
        )
        .map((path) => join(repo, dir, path)),
    );
    for (const path of sources) {
      const text = readFileSync(path, "utf8");
      // A file that sets V8's flags (node:v8) names V8's, not the CLI's; none of them reaches a user's screen.
      if (text.includes('from "node:v8"')) continue;
      for (const flag of flagsIn(text)) expect(known, `${path} names ${flag}`).toContain(flag);
    }
    const anonymous = json("anonymous.json", { version: "1.0", headline: "Who?", body: [{ type: "paragraph", text: "Text." }] });
    const runs = [
      await datelineInProcess(["build", anonymous, "--out", join(work.dir, "hints"), "--format", "rss"]),
      await datelineInProcess([
        "build",
        anonymous,
        "--out",
        join(work.dir, "hints"),
        "--format",
        "rss",
        "--feed-title",
        "T",
        "--site-url",
        "https://news.example.com",
      ]),
      await datelineInProcess(["parse", work.file("big.txt", Buffer.alloc(2048, "Words and more words.\n")), "--max-size", "1KB"]),
      await datelineInProcess([
        "build",
        json("remote.json", article(2, { image: { caption: "A picture", image: { url: "https://news.example.com/p.jpg" } } })),
        "--out",
        join(work.dir, "hints"),
        "--format",
        "epub",
      ]),
    ];
    const hints = runs.flatMap((run) => run.stderr.split("\n").filter((line) => /hint:|warning:/.test(line)));
    expect(hints.length).toBeGreaterThanOrEqual(4);
    for (const hint of hints) {
      for (const flag of flagsIn(hint)) expect(known, hint).toContain(flag);
      expect(hint).not.toMatch(/channel\.\w+|"images" option/);
    }
  });

  it("says errno failures as plain sentences", async () => {
    const missing = await datelineInProcess(["parse", join(work.dir, "nope.txt")]);
    expect(missing.stderr).toMatch(/nope\.txt: cannot read the source: there is no such file or folder/);
    mkdirSync(join(work.dir, "folder.txt"));
    const folder = await datelineInProcess(["parse", join(work.dir, "folder.txt")]);
    expect(folder.stderr).toMatch(/folder\.txt: cannot read the source: it is a folder, not a file/);
    for (const run of [missing, folder]) {
      expect(run.status).toBe(1);
      // mkdtemp names the scratch folder with random letters, which may spell an errno code ("-aENOQx").
      const message = run.stderr.replaceAll(work.dir, "<scratch>");
      expect(message).toMatch(/<scratch>/);
      expect(message).not.toMatch(/E[A-Z]{3,}|open '|syscall| {4}at /);
    }
  });

  it("points at the line and column of a fault in a feed file and in a JSON file", async () => {
    const feed = work.file(
      "broken/feed.xml",
      '<?xml version="1.0"?>\n<rss version="2.0">\n<channel>\n<title>x</title>\n<item><title>a &amp b</title></item>\n</channel>\n</rss>\n',
    );
    const feedRun = await datelineInProcess(["feed", "add", seedSource, "--feed", feed, "--feed-url", "https://news.example.com/feed.xml"]);
    expect(feedRun.status).toBe(1);
    expect(feedRun.stderr).toMatch(/line 5, column 16: char '&' is not expected/);
    const meta = work.file("broken/meta.json", '{\n  "publisher": {\n    "name": "Example News",,\n  }\n}\n');
    const metaRun = await datelineInProcess(["parse", seedSource, "--meta", meta]);
    expect(metaRun.status).toBe(1);
    expect(metaRun.stderr).toMatch(/meta\.json: the meta file is not valid JSON\n {2}line 3, column 28: /);
  });

  it("says what shape a field of the wrong shape needs", async () => {
    const wrong = json(
      "shape.json",
      article(1, { publisher: { type: "Organization", name: "Ex", logo: { url: "https://news.example.com/l.png" } as never } }),
    );
    const result = await datelineInProcess(["validate", wrong]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/publisher\.logo: expected a string, got an object/);
  });

  it("reads UTF-16 text with a byte order mark and refuses a binary file", async () => {
    const text = readFileSync(seedSource, "utf8");
    const utf16 = work.file("utf16.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const fromUtf16 = await datelineInProcess(["parse", utf16]);
    expect(fromUtf16.status, fromUtf16.stderr).toBe(0);
    expect(JSON.parse(fromUtf16.stdout).headline).toBe(JSON.parse((await datelineInProcess(["parse", seedSource])).stdout).headline);
    const binary = await datelineInProcess([
      "parse",
      work.file("photo.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    ]);
    expect(binary.status).toBe(1);
    expect(binary.stderr).toMatch(/binary file/);
  });

  it("treats an empty or unknown --format as a usage error (exit 2)", async () => {
    for (const format of ["", " , ", "docx"]) {
      const result = await datelineInProcess(["build", seedSource, "--out", join(work.dir, "formats"), "--format", format]);
      expect(result.status, format).toBe(2);
      expect(result.stderr).toMatch(/choose from pdf, epub, rss, jsonld, json/);
    }
  });

  // That the fixtures build without a warning, and that --verbose then lists every note, is checked
  // where cli.e2e builds them in every format.
  it("counts repeated warnings", async () => {
    const out = join(work.dir, "fixtures-out");
    const images = join(fixtures, "json-source-with-inline-links/images.json");
    // Three stories whose pictures the --images map does not hold: the warning once, then a count.
    const remote = [1, 2, 3].map((n) =>
      json(`remote/${n}.json`, article(n, { image: { caption: `Picture ${n}`, image: { url: `https://news.example.com/${n}.jpg` } } })),
    );
    const repeated = await datelineInProcess(["build", ...remote, "--out", out, "--format", "epub", "--images", images]);
    expect(repeated.stderr.match(/^warning: image .* was left out/gm)).toHaveLength(1);
    expect(repeated.stderr).toMatch(/^warning: 2 more like "image … was left out \(its caption is kept\)" \(--verbose lists them all\)$/m);
  });
});
