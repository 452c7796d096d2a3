import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { requireTool, runTool } from "@dateline/test-kit";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { page, startSite, type TestSite } from "./_server.js";

// The built binary, run as a user would, against a web site on 127.0.0.1.
const here = dirname(fileURLToPath(import.meta.url));
const cli = resolve(here, "../dist/cli.js");
const hostsFile = resolve(here, "_hosts.mjs");
const fixtures = resolve(here, "../../../fixtures");
const work = mkdtempSync(join(tmpdir(), "dateline-web-"));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run the CLI without blocking this process, which serves the test site; example.com names resolve to it. */
function dateline(args: string[], input?: string | Uint8Array): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ["--import", hostsFile, cli, ...args], {
      env: { ...process.env, SOURCE_DATE_EPOCH: "1741824000" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("close", (status) => done({ status, stdout, stderr }));
    child.stdin.end(input);
  });
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
  site = await startSite({
    "/photos/lead.jpg": page(pictures.jpeg, "image/jpeg"),
    "/photos/chart.webp": page(pictures.webp, "image/webp"),
    "/photos/badge.gif": page(pictures.gif, "image/gif"),
  });
  photos = site.at("photos.example.com");
});
afterAll(async () => {
  await site.close();
  rmSync(work, { recursive: true, force: true });
});

describe("--images", () => {
  const channel = ["--feed-url", "https://news.example.com/feed.xml"];

  it("fetch: downloads each picture once, converts WebP and GIF, and embeds them in the PDF and EPUB", async () => {
    const figures: Array<[string, string]> = [
      ["/photos/chart.webp", "A chart in WebP"],
      ["/photos/badge.gif", "A badge in GIF"],
      ["/photos/gone.jpg", "A picture that is gone"],
    ];
    const source = file("pictures/article.json", JSON.stringify(articleWithPictures(photos, figures)));
    const out = join(work, "out-fetch");

    const before = site.requests.length;
    const plain = await dateline(["build", source, "--out", join(work, "out-plain"), "--format", "pdf,epub,rss", ...channel]);
    expect(plain.status).toBe(0);
    expect(site.requests.length, "nothing is downloaded unless asked").toBe(before);

    const result = await dateline(["build", source, "--out", out, "--format", "pdf,epub,rss", "--images", "fetch", ...channel]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain(
      `image ${photos}/photos/gone.jpg was left out (its caption is kept): cannot download: the server answered HTTP 404`,
    );
    const photoRequests = site.requests.slice(before).map((request) => request.path);
    expect(photoRequests.sort()).toEqual(["/photos/badge.gif", "/photos/chart.webp", "/photos/gone.jpg", "/photos/lead.jpg"]);

    expect(pdfPictures(join(out, "briefing.pdf"))).toHaveLength(3);
    expect(
      epubEntries(join(out, "briefing.epub"))
        .filter((name) => name.startsWith("OEBPS/images/image-"))
        .sort(),
    ).toEqual(["OEBPS/images/image-001.jpg", "OEBPS/images/image-002.jpg", "OEBPS/images/image-003.png"]);
    // The enclosure describes the picture as served, not a converted copy.
    expect(readFileSync(join(out, "feed.xml"), "utf8")).toContain(
      `<enclosure url="${photos}/photos/lead.jpg" length="${pictures.jpeg!.byteLength}" type="image/jpeg"/>`,
    );
  });

  it("a map file: reads the pictures it names, once, and converts what pdfkit cannot embed", async () => {
    const map = file(
      "local/images.json",
      JSON.stringify({ [`${photos}/photos/lead.jpg`]: "lead.jpg", [`${photos}/photos/chart.webp`]: "chart.webp" }),
    );
    file("local/lead.jpg", pictures.jpeg!);
    file("local/chart.webp", pictures.webp!);
    const source = file("local/article.json", JSON.stringify(articleWithPictures(photos, [["/photos/chart.webp", "A chart"]])));
    const before = site.requests.length;
    const out = join(work, "out-map");
    const result = await dateline(["build", source, "--out", out, "--format", "pdf", "--images", map]);
    expect(result.status, result.stderr).toBe(0);
    expect(site.requests.length).toBe(before);
    expect(pdfPictures(join(out, "briefing.pdf"))).toHaveLength(2);
  });
});
