import { strToU8, type Zippable, zipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { startEpubcheck, verdict } from "./epubcheck.js";
import { spawnGuarded } from "./tools.js";

const epubcheck = startEpubcheck();
afterAll(() => epubcheck.close());

/** A hang guard no JVM beats, on any machine: starting one takes seconds. */
const NO_JVM_ANSWERS_WITHIN_MS = 1;

/** The smallest EPUB 3 book: the container, a package document, a navigation document and one page. */
function book(): Record<string, Uint8Array> {
  const xhtml = (title: string, body: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en"><head><title>${title}</title></head><body>${body}</body></html>`;
  return {
    mimetype: strToU8("application/epub+zip"),
    "META-INF/container.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>`,
    ),
    "content.opf": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">urn:uuid:2f1b8a6e-8d6f-4a51-9a4e-0c3f9b7d1e21</dc:identifier><dc:title>Test</dc:title><dc:language>en</dc:language><meta property="dcterms:modified">2025-01-01T00:00:00Z</meta></metadata><manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/><item id="page" href="page.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="page"/></spine></package>`,
    ),
    "nav.xhtml": strToU8(xhtml("Contents", `<nav epub:type="toc"><ol><li><a href="page.xhtml">Page</a></li></ol></nav>`)),
    "page.xhtml": strToU8(xhtml("Page", "<p>Text.</p>")),
  };
}

const zip = (files: Record<string, Uint8Array>): Uint8Array =>
  zipSync(
    Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { level: name === "mimetype" ? 0 : 6 }]])) as Zippable,
  );

describe("startEpubcheck: one JVM checks book after book", () => {
  it("finds nothing in a valid book, and names each fault of a broken one", async () => {
    expect(await epubcheck.check(zip(book()), "valid")).toEqual([]);
    const { "nav.xhtml": _nav, ...withoutNav } = book();
    const problems = await epubcheck.check(zip(withoutNav), "no-nav");
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join("\n")).toContain("nav.xhtml");
    // The JVM is still answering after a broken book, and the answers do not mix.
    expect(await epubcheck.check(zip(book()), "valid-again")).toEqual([]);
  });

  it("answers checks asked for at once, each with its own report", async () => {
    const broken = { ...book(), "page.xhtml": strToU8("<html><p>not XHTML") };
    const [clean, faulty] = await Promise.all([epubcheck.check(zip(book()), "first"), epubcheck.check(zip(broken), "second")]);
    expect(clean).toEqual([]);
    expect(faulty.join("\n")).toContain("page.xhtml");
  });
});

/** The EPUBCheck JVMs this test process started (its children running the server). */
function jvmsStarted(): number[] {
  const found = spawnGuarded("pgrep", ["-P", String(process.pid), "-f", "EpubcheckServer"], { encoding: "utf8" });
  return found.stdout.split("\n").filter(Boolean).map(Number);
}

describe("startEpubcheck: a JVM that dies", () => {
  it("fails the book in flight at once, and checks the next book with a new JVM", async () => {
    expect(await epubcheck.check(zip(book()), "before")).toEqual([]);
    const [first, ...others] = jvmsStarted();
    expect(others).toEqual([]);
    const inFlight = epubcheck.check(zip(book()), "in-flight");
    process.kill(first as number, "SIGKILL");
    await expect(inFlight).rejects.toThrow(/JVM stopped \(exit SIGKILL\)/);
    // Before, the dead JVM was kept: this check wrote to its closed pipe and waited to the hang guard.
    expect(await epubcheck.check(zip(book()), "after")).toEqual([]);
    expect(jvmsStarted()).not.toContain(first);
  });
});

describe("verdict: EPUBCheck's exit status and its report agree", () => {
  const error = "ERROR(RSC-005) page.xhtml:1:1: Error while parsing file";
  const warning = "WARNING(OPF-053) content.opf:1:1: Date value is not valid";

  it("reads a clean exit as the report's complaints, if any", () => {
    expect(verdict("0", [], "clean")).toEqual([]);
    expect(verdict("0", [warning], "warned")).toEqual([warning]);
  });

  it("passes a failed run's errors on, and refuses a failed run that names none", () => {
    expect(verdict("1", [error], "faulty")).toEqual([error]);
    expect(() => verdict("1", [], "silent")).toThrow("epubcheck exited 1 for silent without naming an error");
    expect(() => verdict("1", [warning], "warned")).toThrow(/without naming an error/);
  });
});

describe("startEpubcheck: a JVM that does not answer", () => {
  it("is killed at the hang guard, and the book it was checking fails, named", async () => {
    const before = jvmsStarted();
    const impatient = startEpubcheck({ hangGuardMs: NO_JVM_ANSWERS_WITHIN_MS });
    try {
      await expect(impatient.check(zip(book()), "slow")).rejects.toThrow(
        `the run hung: epubcheck's JVM did not answer on slow within the ${NO_JVM_ANSWERS_WITHIN_MS} ms hang guard and was killed with SIGKILL`,
      );
    } finally {
      await impatient.close();
    }
    // The book fails only once its JVM has exited: none is left behind.
    expect(jvmsStarted()).toEqual(before);
  });
});
