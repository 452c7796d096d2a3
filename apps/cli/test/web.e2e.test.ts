import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { requireTool, runTool } from "@dateline/test-kit";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import "./_hosts.mjs";
import { DATES_PINNED, type RunResult } from "./_run.js";
import { runCli } from "./_run-cli.js";
import { datelineInProcess } from "./_run-in-process.js";
import { endless, NO_RACE_TIMEOUT, page, redirect, silent, startSite, type TestSite } from "./_server.js";

// The CLI, run as a user would, against a web site on 127.0.0.1.
const here = dirname(fileURLToPath(import.meta.url));
const fixtures = resolve(here, "../../../fixtures");
const work = mkdtempSync(join(tmpdir(), "dateline-web-"));

/**
 * The CLI against the test site, its dates pinned: the program in this process, or the built binary
 * when the run reads standard input.
 */
function dateline(args: string[], input?: string | Uint8Array): Promise<RunResult> {
  if (input === undefined) return datelineInProcess(args, { sourceDateEpoch: DATES_PINNED });
  return runCli(args, { sourceDateEpoch: DATES_PINNED, input });
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(work, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

/** Rows of `pdfimages -list` for pictures (not their transparency masks). */
function pdfPictures(pdf: string): string[] {
  requireTool("pdfimages", "poppler-utils");
  return runTool("pdfimages", ["-list", pdf])
    .stdout.split("\n")
    .filter((line) => /^\s*\d+\s+\d+\s+image\s/.test(line));
}

function epubEntries(epub: string): string[] {
  requireTool("unzip", "unzip");
  return runTool("unzip", ["-Z1", epub]).stdout.split("\n").filter(Boolean);
}

const pages = join(here, "pages");

/** A news page of invented text, its pictures relative to the page's address. */
function newsPage(headline: string, options: { canonical?: string; pictures?: string[] } = {}): string {
  const canonical = options.canonical ? `<link rel="canonical" href="${options.canonical}">` : "";
  const figures = (options.pictures ?? []).map(
    (src, i) => `<figure><img src="${src}" alt="Picture ${i + 1}"><figcaption>Picture ${i + 1} of the story.</figcaption></figure>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${headline} | The Bay Courier</title>${canonical}</head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><main><article><h1>${headline}</h1>
<p>The first ferry left the north quay at seven this morning, three days after the storm closed the harbour and twisted the pontoons.</p>
${figures.join("\n")}
<p>Crews worked through the night to clear the channel of timber, the harbour master said, and the coastguard checked every buoy.</p>
<p>The operator said the timetable would be back to normal by the weekend, although the late sailing stays cancelled for now.</p>
</article></main><footer><a href="/privacy">Privacy</a></footer></body></html>`;
}

/** A fixture's golden article with pictures on the test site: a lead photo and figures. */
function articleWithPictures(base: string, figures: Array<[string, string]>): object {
  const article = JSON.parse(readFileSync(join(fixtures, "consent-notice-mid-article/article.json"), "utf8"));
  article.image = { caption: "The harbour at dawn", image: { url: `${base}/photos/lead.jpg`, alt: "Boats in a harbour" } };
  article.body.splice(
    1,
    0,
    ...figures.map(([path, caption]) => ({ type: "figure", caption, image: { url: `${base}${path}`, alt: caption } })),
  );
  return article;
}

let site: TestSite;
/** The test site as the photo host of the articles. */
let photos: string;
const pictures: Record<string, Uint8Array> = {};
beforeAll(async () => {
  const solid = (channels: 3 | 4) =>
    sharp({ create: { width: 48, height: 32, channels, background: { r: 40, g: 90, b: 160, alpha: 0.5 } } });
  pictures.jpeg = await solid(3).jpeg().toBuffer();
  pictures.webp = await solid(3).webp().toBuffer();
  pictures.gif = await solid(4).gif().toBuffer();
  pictures.avif = await solid(3).avif().toBuffer();
  site = await startSite({
    "/photos/lead.jpg": page(pictures.jpeg, "image/jpeg"),
    "/photos/chart.webp": page(pictures.webp, "image/webp"),
    "/photos/badge.gif": page(pictures.gif, "image/gif"),
    "/photos/map.avif": page(pictures.avif, "image/avif"),
    "/news/ferries.html": page(newsPage("Harbour ferries run again after the storm", { pictures: ["/photos/lead.jpg"] })),
    "/news/market.html": page(
      newsPage("Saturday market moves to the quay", {
        canonical: "https://news.example.com/news/market",
        pictures: ["/photos/chart.webp", "/photos/badge.gif"],
      }),
    ),
    "/old/ferries": redirect("/moved/ferries", 301),
    "/moved/ferries": redirect("/news/ferries.html", 302),
    "/loop-a": redirect("/loop-b"),
    "/loop-b": redirect("/loop-a"),
    "/hangs": silent,
    "/endless": endless,
    "/report.pdf": page("%PDF-1.7\n", "application/pdf"),
    "/fr/cafe.html": page(readFileSync(join(pages, "windows-1252.html")), "text/html; charset=windows-1252"),
    "/ja/asaichi.html": page(readFileSync(join(pages, "shift-jis.html")), "text/html; charset=Shift_JIS"),
  });
  photos = site.at("photos.example.com");
});
afterAll(async () => {
  await site.close();
  rmSync(work, { recursive: true, force: true });
});

describe("--images", () => {
  const channel = ["--feed-url", "https://news.example.com/feed.xml"];

  it("fetch: downloads each picture once, converts WebP, GIF and AVIF, and embeds them in the PDF and EPUB", async () => {
    const figures: Array<[string, string]> = [
      ["/photos/chart.webp", "A chart in WebP"],
      ["/photos/badge.gif", "A badge in GIF"],
      ["/photos/map.avif", "A map in AVIF"],
      ["/photos/gone.jpg", "A picture that is gone"],
    ];
    const source = file("pictures/article.json", JSON.stringify(articleWithPictures(photos, figures)));
    const out = join(work, "out-fetch");

    const before = site.requests.length;
    const plain = await dateline(["build", source, "--out", join(work, "out-plain"), "--format", "pdf,epub,rss", ...channel]);
    expect(plain.status).toBe(0);
    expect(site.requests.length, "nothing is downloaded unless asked").toBe(before);

    const dataOnly = await dateline(["build", source, "--out", join(work, "out-data"), "--format", "json,jsonld", "--images", "fetch"]);
    expect(dataOnly.status, dataOnly.stderr).toBe(0);
    expect(site.requests.length, "JSON and JSON-LD show no pictures, so none is downloaded").toBe(before);

    const result = await dateline([
      "build",
      source,
      "--out",
      out,
      "--format",
      "pdf,epub,rss",
      "--images",
      "fetch",
      ...channel,
      ...NO_RACE_TIMEOUT,
    ]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain(
      `image ${photos}/photos/gone.jpg was left out (its caption is kept): cannot download: the server answered HTTP 404`,
    );
    const photoRequests = site.requests.slice(before).map((request) => request.path);
    expect(photoRequests.sort()).toEqual([
      "/photos/badge.gif",
      "/photos/chart.webp",
      "/photos/gone.jpg",
      "/photos/lead.jpg",
      "/photos/map.avif",
    ]);

    expect(pdfPictures(join(out, "briefing.pdf"))).toHaveLength(4);
    expect(
      epubEntries(join(out, "briefing.epub"))
        .filter((name) => name.startsWith("OEBPS/images/image-"))
        .sort(),
    ).toEqual(["OEBPS/images/image-001.jpg", "OEBPS/images/image-002.jpg", "OEBPS/images/image-003.png", "OEBPS/images/image-004.jpg"]);
    // The enclosure describes the picture as served, not a converted copy.
    expect(readFileSync(join(out, "feed.xml"), "utf8")).toContain(
      `<enclosure url="${photos}/photos/lead.jpg" length="${pictures.jpeg!.byteLength}" type="image/jpeg"/>`,
    );
  });

  it("a map file: reads the pictures it names, once, and converts what pdfkit cannot embed", async () => {
    const map = file(
      "local/images.json",
      JSON.stringify({
        [`${photos}/photos/lead.jpg`]: "lead.jpg",
        [`${photos}/photos/chart.webp`]: "chart.webp",
        [`${photos}/photos/badge.gif`]: "not-saved.gif",
      }),
    );
    file("local/lead.jpg", pictures.jpeg!);
    file("local/chart.webp", pictures.webp!);
    const source = file(
      "local/article.json",
      JSON.stringify(
        articleWithPictures(photos, [
          ["/photos/chart.webp", "A chart"],
          ["/photos/badge.gif", "A badge"],
        ]),
      ),
    );
    const before = site.requests.length;
    const out = join(work, "out-map");
    const result = await dateline(["build", source, "--out", out, "--format", "pdf", "--images", map]);
    expect(result.status, result.stderr).toBe(0);
    expect(site.requests.length).toBe(before);
    expect(result.stderr).toContain(`warning: image ${photos}/photos/badge.gif was left out (its caption is kept): `);
    expect(result.stderr).toContain("not-saved.gif: cannot read the picture: there is no such file or folder");
    expect(pdfPictures(join(out, "briefing.pdf"))).toHaveLength(2);
  });
});

describe("HTML sources", () => {
  const news = () => site.at("news.example.com");

  it("parse URL: follows redirects and prints a schema-valid article whose url is the final address", async () => {
    const result = await dateline(["parse", `${news()}/old/ferries`, ...NO_RACE_TIMEOUT]);
    expect(result.status, result.stderr).toBe(0);
    const article = JSON.parse(result.stdout);
    expect(article.headline).toBe("Harbour ferries run again after the storm");
    expect(article.url).toBe(`${news()}/news/ferries.html`);
    expect(article.body).toContainEqual(
      expect.objectContaining({ type: "figure", image: expect.objectContaining({ url: `${news()}/photos/lead.jpg` }) }),
    );
    const check = await dateline(["validate", "-"], result.stdout);
    expect(check.status, check.stderr).toBe(0);
  });

  it("parse FILE --url: the address resolves relative pictures and becomes the url; - reads HTML from standard input", async () => {
    const html = newsPage("Library opens on Sundays", { pictures: ["../media/reading-room.jpg"] });
    const local = file("saved/library.html", html);
    const result = await dateline(["parse", local, "--url", "https://news.example.org/city/library"]);
    expect(result.status, result.stderr).toBe(0);
    const article = JSON.parse(result.stdout);
    expect(article.url).toBe("https://news.example.org/city/library");
    expect(article.body).toContainEqual(
      expect.objectContaining({
        type: "figure",
        image: expect.objectContaining({ url: "https://news.example.org/media/reading-room.jpg" }),
      }),
    );
    const piped = await dateline(["parse", "-", "--url", "https://news.example.org/city/library"], html);
    expect(piped.status, piped.stderr).toBe(0);
    expect(JSON.parse(piped.stdout)).toEqual(article);
  });

  it("decodes a legacy charset named in the Content-Type (windows-1252, Shift_JIS)", async () => {
    const french = await dateline(["parse", `${site.at("gazette.example.org")}/fr/cafe.html`, ...NO_RACE_TIMEOUT]);
    expect(french.status, french.stderr).toBe(0);
    expect(JSON.parse(french.stdout).headline).toBe("Le café du port rouvre – menus à 5 €");
    const japanese = await dateline(["parse", `${site.at("shimpo.example.org")}/ja/asaichi.html`, ...NO_RACE_TIMEOUT]);
    expect(japanese.status, japanese.stderr).toBe(0);
    const article = JSON.parse(japanese.stdout);
    expect(article.headline).toBe("港の朝市、三年ぶりに再開へ");
    expect(article.body[0].text).toContain("港町の名物として親しまれてきた朝市");
  });

  it("--url takes an absolute http(s) address (exit 2 otherwise)", async () => {
    const local = file("saved/bad-url.html", newsPage("Library opens on Sundays"));
    for (const value of ["news.example.org/city", "ftp://news.example.org/city"]) {
      const result = await dateline(["parse", local, "--url", value]);
      expect(result.status, value).toBe(2);
      expect(result.stderr).toContain("must be an absolute http(s) address");
    }
  });

  it("--timeout and --connect-timeout take a positive number of seconds up to a day (exit 2 otherwise)", async () => {
    // 3000000 s would overflow Node's timer and give up on every download at once.
    for (const value of ["0", "-3", "soon", "86401", "3000000"]) {
      for (const flag of ["--timeout", "--connect-timeout"]) {
        const result = await dateline(["parse", `${news()}/news/ferries.html`, flag, value]);
        expect(result.status, `${flag} ${value}`).toBe(2);
        expect(result.stderr).toContain("must be a number of seconds above 0 and at most 86400 (a day)");
      }
    }
    const longest = await dateline(["parse", `${news()}/news/ferries.html`, "--timeout", "86400", "--connect-timeout", "86400"]);
    expect(longest.stderr).toBe("");
    expect(longest.status).toBe(0);
  });

  it("a page that never answers fails after --timeout, named with the cause", async () => {
    // Its own run, so that no page that does answer has to beat a short timeout on a busy machine.
    const hang = await dateline(["parse", `${news()}/hangs`, "--timeout", "1"]);
    expect(hang.status).toBe(1);
    expect(hang.stdout).toBe("");
    expect(hang.stderr).toBe(`error: ${news()}/hangs: cannot download: no answer within 1 s; raise --timeout for a slow site\n`);
  });

  it("a server that sends no answer fails after --connect-timeout, well before --timeout", async () => {
    const hang = await dateline(["parse", `${news()}/hangs`, "--connect-timeout", "1", "--timeout", "86400"]);
    expect(hang.status).toBe(1);
    expect(hang.stderr).toBe(`error: ${news()}/hangs: cannot download: no answer within 1 s; the server may be down\n`);
  });

  it("a failed URL is one line naming it and the cause, with exit 1 and no output", async () => {
    const loop = await dateline(["parse", `${news()}/loop-a`, ...NO_RACE_TIMEOUT]);
    expect(loop.status).toBe(1);
    expect(loop.stdout).toBe("");
    expect(loop.stderr).toBe(`error: ${news()}/loop-a: cannot download: redirect loop: ${news()}/loop-b leads back to ${news()}/loop-a\n`);

    const out = join(work, "out-missing");
    const missing = await dateline(["build", `${news()}/gone.html`, "--out", out, "--format", "pdf,json", ...NO_RACE_TIMEOUT]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(`error: ${news()}/gone.html: cannot download: the server answered HTTP 404 Not Found\n`);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it("build <urls…> --format pdf,epub --images fetch: a briefing with the pictures; failed URLs named, the rest built", async () => {
    const out = join(work, "out-briefing");
    const good = [`${news()}/news/ferries.html`, `${news()}/news/market.html`];
    const bad = {
      [`${news()}/endless`]: "over the 64 KB limit",
      [`${news()}/report.pdf`]: "not a page, feed or document Dateline reads: the server sent application/pdf",
      [`${news()}/nowhere.html`]: "the server answered HTTP 404",
    };
    const result = await dateline([
      "build",
      good[0]!,
      ...Object.keys(bad),
      good[1]!,
      "--out",
      out,
      "--format",
      "pdf,epub,json",
      "--images",
      "fetch",
      "--max-size",
      "64KB",
      ...NO_RACE_TIMEOUT,
    ]);
    expect(result.status).toBe(1);
    for (const [url, cause] of Object.entries(bad)) {
      const lines = result.stderr.split("\n").filter((line) => line.startsWith(`error: ${url}: cannot download: `));
      expect(lines, url).toHaveLength(1);
      expect(lines[0]).toContain(cause);
    }
    expect(result.stderr).toContain("3 sources failed");
    // The endless page was cut off near the limit, not read on and on (what was sent includes socket buffers).
    expect(site.sent.get("/endless")).toBeLessThan(64 * 1024 * 1024);

    expect(
      readdirSync(out)
        .filter((name) => name.endsWith(".json"))
        .sort(),
    ).toEqual(["harbour-ferries-run-again-after-the-storm.json", "saturday-market-moves-to-the-quay.json"]);
    const market = JSON.parse(readFileSync(join(out, "saturday-market-moves-to-the-quay.json"), "utf8"));
    expect(market.url, "the page's canonical address wins over where it was fetched").toBe("https://news.example.com/news/market");
    expect(pdfPictures(join(out, "briefing.pdf"))).toHaveLength(3);
    expect(epubEntries(join(out, "briefing.epub")).filter((name) => name.startsWith("OEBPS/images/image-"))).toHaveLength(3);
  });

  it("feed add URL: the downloaded article joins the feed", async () => {
    const feed = join(work, "public/feed.xml");
    const result = await dateline([
      "feed",
      "add",
      `${news()}/news/ferries.html`,
      "--feed",
      feed,
      "--feed-url",
      "https://news.example.com/feed.xml",
      ...NO_RACE_TIMEOUT,
    ]);
    expect(result.status, result.stderr).toBe(0);
    const xml = readFileSync(feed, "utf8");
    expect(xml).toContain("<title><![CDATA[Harbour ferries run again after the storm]]></title>");
    expect(xml).toContain(`<link>${news()}/news/ferries.html</link>`);
  });
});
