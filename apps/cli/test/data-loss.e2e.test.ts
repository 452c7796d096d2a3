import { chmodSync, existsSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { article, datelineAsync, scratch } from "./_run.js";
import { datelineInProcess } from "./_run-in-process.js";

const work = scratch("data-loss");
afterAll(work.cleanup);

const FEED_URL = ["--feed-url", "https://news.example.com/feed.xml"];
const items = (feed: string) => (readFileSync(feed, "utf8").match(/<item>/g) ?? []).length;
const json = (name: string, value: unknown) => work.file(name, JSON.stringify(value));

/**
 * Runs that add to one feed at once. Twice the cores is enough for runs to overlap in every step (read, lock,
 * write, rename) on any machine; more only adds process start-ups to the suite.
 */
const CONCURRENT_RUNS = 8;

/**
 * The pid in the lock of a writer that died: one no process can have, as Linux keeps every pid below its largest
 * pid_max, 2^22 (macOS below 99999). A child that has exited will not do: its pid is free for the next program,
 * and a busy machine with the usual pid_max of 32768 wraps round to it soon.
 */
const NEVER_A_PROCESS = 2 ** 22;

describe("feed add never loses an item", () => {
  it(`keeps all ${CONCURRENT_RUNS} items when ${CONCURRENT_RUNS} runs add to one feed at the same time`, async () => {
    const feed = join(work.dir, "busy/feed.xml");
    const sources = Array.from({ length: CONCURRENT_RUNS }, (_, i) => json(`busy/story-${i + 1}.json`, article(i + 1)));
    const runs = await Promise.all(sources.map((source) => datelineAsync(["feed", "add", source, "--feed", feed, ...FEED_URL])));
    for (const run of runs) expect(run.status, run.stderr).toBe(0);
    expect(items(feed)).toBe(CONCURRENT_RUNS);
    expect(readdirSync(join(work.dir, "busy")).filter((name) => name.includes(".lock") || name.includes(".tmp-"))).toEqual([]);
  });

  it("takes over the lock of a process that died", async () => {
    const feed = join(work.dir, "stale/feed.xml");
    const source = json("stale/story.json", article(1));
    work.file("stale/feed.xml.lock", `${NEVER_A_PROCESS}\n`);
    const result = await datelineInProcess(["feed", "add", source, "--feed", feed, ...FEED_URL]);
    expect(result.status, result.stderr).toBe(0);
    expect(items(feed)).toBe(1);
    expect(existsSync(`${feed}.lock`)).toBe(false);
  });

  it("writes through a symbolic link to its target and keeps the file's mode", async () => {
    const target = join(work.dir, "linked/real-feed.xml");
    const link = join(work.dir, "linked/feed.xml");
    expect((await datelineInProcess(["feed", "add", json("linked/one.json", article(1)), "--feed", target, ...FEED_URL])).status).toBe(0);
    chmodSync(target, 0o600);
    symlinkSync(target, link);
    const result = await datelineInProcess(["feed", "add", json("linked/two.json", article(2)), "--feed", link, ...FEED_URL]);
    expect(result.status, result.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(items(target)).toBe(2);
  });

  it("says how many items --max dropped, and --max 0 keeps them all", async () => {
    const feed = join(work.dir, "max/feed.xml");
    const sources = [1, 2, 3, 4].map((n) => json(`max/story-${n}.json`, article(n)));
    expect((await datelineInProcess(["feed", "add", ...sources.slice(0, 3), "--feed", feed, ...FEED_URL])).status).toBe(0);
    const cut = await datelineInProcess(["feed", "add", sources[3]!, "--feed", feed, "--max", "2", ...FEED_URL]);
    expect(cut.status).toBe(0);
    expect(cut.stderr).toMatch(/2 older items dropped/);
    expect(items(feed)).toBe(2);
    const all = await datelineInProcess(["feed", "add", ...sources, "--feed", feed, "--max", "0", ...FEED_URL]);
    expect(all.status).toBe(0);
    // The summary names the feed's path, which any folder above it (TMPDIR, say) may make say "dropped".
    expect(all.stderr.replaceAll(work.dir, "<scratch>")).not.toMatch(/dropped/);
    expect(items(feed)).toBe(4);
  });
});

describe("build never overwrites one output with another", () => {
  it("gives every article its own file, also for repeated, numeric and non-Latin headlines", async () => {
    const headlines = ["Same", "Same", "Same 2", "2025", "市议会决定", "Москва сегодня", "Москва сегодня"];
    const sources = headlines.map((headline, i) => json(`slugs/${i}.json`, article(i + 1, { headline })));
    const out = join(work.dir, "slugs-out");
    const result = await datelineInProcess(["build", ...sources, "--out", out, "--format", "json"]);
    expect(result.status, result.stderr).toBe(0);
    const names = readdirSync(out).sort();
    expect(names).toEqual(
      ["same", "same-2", "same-2-2", "article-2025", "市议会决定", "moskva-segodnya", "moskva-segodnya-2"]
        .map((slug) => `${slug}.json`)
        .sort(),
    );
    const again = join(work.dir, "slugs-again");
    await datelineInProcess(["build", ...sources, "--out", again, "--format", "json"]);
    expect(readdirSync(again).sort()).toEqual(names);
  });

  it("counts in its summary only the formats it wrote", async () => {
    const anonymous = json("summary/anonymous.json", { version: "1.0", headline: "Who?", body: [{ type: "paragraph", text: "Text." }] });
    const result = await datelineInProcess(["build", anonymous, "--out", join(work.dir, "summary-out"), "--format", "rss,json"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/built 1 article as json into/);
    expect(result.stderr).toMatch(/could not build rss/);
  });
});
