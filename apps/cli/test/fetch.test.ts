import { isDatelineError } from "@dateline/schema";
import { HANG_GUARD_MS } from "@dateline/test-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FetchLimits, fetchUrl, mapConcurrently } from "../src/_fetch.js";
import { endless, page, redirect, resetting, silent, startSite, type TestSite } from "./_server.js";

const ARTICLE = "<!doctype html><title>Harbour</title><h1>Harbour reopens</h1><p>Ferries run again.</p>";
/** "東京の朝市、再開へ" in Shift_JIS. */
const SHIFT_JIS_HEADLINE = Buffer.from("938c8b9e82cc92a98e7381418dc48a4a82d6", "hex");
/**
 * No page that answers may lose a race with the clock on a busy machine: the whole-download limit is
 * a hang guard, and so is the limit on the server's first answer, which the command line keeps at 10 s.
 * Only the test of a server that never answers sets a short --timeout.
 */
const LIMITS: FetchLimits = { timeoutMs: HANG_GUARD_MS, maxBytes: 64 * 1024, connectMs: HANG_GUARD_MS };
/**
 * A port no process can listen on (asking to listen on port 0 is asking for any free port), so a connection to it is
 * always refused. A port freed for the test is not: another process may take it before the test connects.
 */
const UNLISTENABLE_PORT = 0;

let site: TestSite;
beforeAll(async () => {
  site = await startSite({
    "/article.html": page(ARTICLE),
    "/start": redirect("/step-2", 301),
    "/step-2": redirect("/step-3", 302),
    "/step-3": redirect("/article.html", 307),
    "/loop-a": redirect("/loop-b"),
    "/loop-b": redirect("/loop-a"),
    // /hop-N is N + 1 redirects away from the article.
    "/hop-0": redirect("/article.html"),
    ...Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`/hop-${i + 1}`, redirect(`/hop-${i}`)])),
    "/to-file": redirect("file:///etc/passwd"),
    "/to-nowhere": redirect("http://exa mple.example.com:99999/"),
    "/hangs": silent,
    "/endless": endless,
    "/declared-huge": (_request, response) => {
      response.writeHead(200, { "content-type": "text/html", "content-length": String(1024 * 1024 * 1024) });
      response.write("<p>");
    },
    "/report.pdf": page("%PDF-1.7", "application/pdf"),
    "/shift-jis.html": page(SHIFT_JIS_HEADLINE, "text/html; charset=Shift_JIS"),
    "/no-type": (_request, response) => {
      response.end(ARTICLE);
    },
  });
});
afterAll(() => site.close());

async function failure(url: string, limits: FetchLimits = LIMITS): Promise<{ code: string; line: string }> {
  try {
    await fetchUrl(url, "page", limits);
  } catch (error) {
    if (!isDatelineError(error)) throw error;
    return { code: error.code, line: error.describe() };
  }
  throw new Error(`${url} was downloaded`);
}

describe("fetchUrl", () => {
  it("downloads a page, naming Dateline and its version in the User-Agent", async () => {
    const fetched = await fetchUrl(`${site.base}/article.html`, "page", LIMITS);
    expect(Buffer.from(fetched.bytes).toString("utf8")).toBe(ARTICLE);
    expect(fetched).toMatchObject({ url: `${site.base}/article.html`, mediaType: "text/html", charset: "utf-8" });
    expect(site.requests.at(-1)?.userAgent).toMatch(/^Dateline\/\d+\.\d+\.\d+ /);
  });

  it("follows a chain of redirects and gives the final URL", async () => {
    const fetched = await fetchUrl(`${site.base}/start`, "page", LIMITS);
    expect(fetched.url).toBe(`${site.base}/article.html`);
    expect(Buffer.from(fetched.bytes).toString("utf8")).toBe(ARTICLE);
  });

  it("stops at a redirect loop, after 5 redirects, and at a redirect to another scheme", async () => {
    const loop = await failure(`${site.base}/loop-a`);
    expect(loop.line).toBe(`${site.base}/loop-a: cannot download: redirect loop: ${site.base}/loop-b leads back to ${site.base}/loop-a`);
    expect((await failure(`${site.base}/hop-5`)).line).toContain(`more than 5 redirects (the last to ${site.base}/article.html)`);
    expect((await fetchUrl(`${site.base}/hop-4`, "page", LIMITS)).url).toBe(`${site.base}/article.html`);
    const file = await failure(`${site.base}/to-file`);
    expect(file.line).toContain("redirected to a file: address");
    expect(site.requests.some((request) => request.path === "/etc/passwd")).toBe(false);
    expect((await failure(`${site.base}/to-nowhere`)).line).toContain(
      'redirected to "http://exa mple.example.com:99999/", which is not an address',
    );
  });

  it("reports an HTTP error status, a connection the server breaks and a bad URL in one line each", async () => {
    const missing = await failure(`${site.base}/nowhere`);
    expect(missing).toEqual({
      code: "UNREADABLE_INPUT",
      line: `${site.base}/nowhere: cannot download: the server answered HTTP 404 Not Found`,
    });
    // A server that holds its port and resets every connection: a closed port could be taken by another process.
    const broken = await resetting();
    try {
      expect((await failure(`${broken.base}/article.html`)).line).toBe(
        `${broken.base}/article.html: cannot download: the server closed the connection`,
      );
    } finally {
      await broken.close();
    }
    expect((await failure("http://exa mple.example.com/")).line).toContain("not a valid URL");
  });

  it("reports a refused connection in one line", async () => {
    const nowhere = `http://127.0.0.1:${UNLISTENABLE_PORT}/article.html`;
    expect((await failure(nowhere)).line).toBe(`${nowhere}: cannot download: the connection was refused`);
  });

  it("gives up on a server that sends no headers within the connect limit, before --timeout", async () => {
    const { line } = await failure(`${site.base}/hangs`, { ...LIMITS, connectMs: 300 });
    expect(line).toBe(`${site.base}/hangs: cannot download: no answer within 0.3 s; the server may be down`);
  });

  it("gives up on a server that never answers, after --timeout", async () => {
    const { line } = await failure(`${site.base}/hangs`, { ...LIMITS, timeoutMs: 300 });
    expect(line).toBe(`${site.base}/hangs: cannot download: no answer within 0.3 s; raise --timeout for a slow site`);
  });

  it("stops reading a body over --max-size as soon as it passes the limit", async () => {
    const endlessBody = await failure(`${site.base}/endless`);
    expect(endlessBody).toEqual({
      code: "INPUT_TOO_LARGE",
      line: `${site.base}/endless: cannot download: the body is more than 64 KB, over the 64 KB limit; raise --max-size if it is wanted`,
    });
    // The server stopped when the client hung up: what it wrote is the limit plus what socket buffers hold, not the endless rest.
    await expect.poll(() => site.sent.get("/endless") ?? 0).toBeGreaterThan(LIMITS.maxBytes);
    expect(site.sent.get("/endless")).toBeLessThan(64 * 1024 * 1024);

    const declared = await failure(`${site.base}/declared-huge`);
    expect(declared.line).toContain("the body is 1,024 MB, over the 64 KB limit");
  });

  it("refuses a page that is not HTML before reading it, and takes one with no Content-Type", async () => {
    expect((await failure(`${site.base}/report.pdf`)).line).toContain("not an HTML page: the server sent application/pdf");
    const untyped = await fetchUrl(`${site.base}/no-type`, "page", LIMITS);
    expect(untyped.mediaType).toBeUndefined();
  });

  it("passes on the charset of the Content-Type with the bytes untouched", async () => {
    const fetched = await fetchUrl(`${site.base}/shift-jis.html`, "page", LIMITS);
    expect(fetched.charset).toBe("Shift_JIS");
    expect(Buffer.from(fetched.bytes).equals(SHIFT_JIS_HEADLINE)).toBe(true);
  });
});

describe("mapConcurrently", () => {
  it("keeps the order of the items and never runs more than the limit at once", async () => {
    let running = 0;
    let most = 0;
    const results = await mapConcurrently([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setImmediate(resolve));
      running--;
      return n * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30, 0, 60]);
    expect(most).toBe(3);
  });
});
