import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { Article } from "@dateline/schema";
import { describe, expect, it } from "vitest";
import { fromFeed, fromHtml, fromMarkdown, fromText, parseMeta } from "./index.js";

// A full collection on demand, so the heap measured holds only what is still reachable.
setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;

/**
 * The heap's large objects still reachable. A page of a megabyte is one of them, and a view kept into it keeps it
 * there; compiled code and the readers' small objects, which grow as a process warms up, live in other spaces.
 */
function largeObjectsHeld(): number {
  for (let i = 0; i < 2; i++) collect();
  return getHeapSpaceStatistics().find((space) => space.space_name === "large_object_space")!.space_used_size;
}

const STORY_PARAGRAPHS = 3;
/** Lines of furniture after the story: about half a megabyte of page for a story of a few hundred characters. */
const FURNITURE_LINES = 8_000;
const PAGES_MEASURED = 4;

function paragraph(page: number, index: number): string {
  return `On day ${index} of week ${page} the harbour board met again to weigh the dredging plan, and its members agreed to wait.`;
}

/** The furniture of a page as one run of text. */
function furniture(page: number): string {
  return Array.from({ length: FURNITURE_LINES }, (_, i) => paragraph(page, i).slice(0, 70)).join(" ");
}

/** One invented page in each source kind: a short story and a long run of furniture (teasers, a script, a comment). */
const pageOf: Record<string, (page: number) => string> = {
  text: (page) => {
    const story = Array.from({ length: STORY_PARAGRAPHS }, (_, i) => paragraph(page, i));
    const teasers = Array.from({ length: FURNITURE_LINES }, (_, i) => paragraph(page, i).slice(0, 70));
    return [
      "Dredging plan waits another week",
      "",
      "By Ada Fenwick",
      "",
      ...story.flatMap((p) => [p, ""]),
      "Most read",
      "",
      ...teasers,
    ].join("\n");
  },
  markdown: (page) => {
    const story = Array.from({ length: STORY_PARAGRAPHS }, (_, i) => paragraph(page, i));
    return `---\ntitle: Dredging plan waits another week\n---\n\n${story.join("\n\n")}\n\n<!-- ${furniture(page)} -->\n`;
  },
  html: (page) => {
    const story = Array.from({ length: STORY_PARAGRAPHS }, (_, i) => `<p>${paragraph(page, i)}</p>`).join("");
    const script = `var teasers = ${JSON.stringify(furniture(page))};`;
    return `<!doctype html><html lang="en"><title>Dredging plan waits another week</title><script>${script}</script><article><h1>Dredging plan waits another week</h1>${story}</article></html>`;
  },
  feed: (page) => {
    const item = `<item><title>Dredging plan waits another week</title><link>https://example.org/${page}</link><description>${paragraph(page, 0)}</description></item>`;
    return `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour</title><link>https://example.org/</link><description>Notes</description><!-- ${furniture(page)} -->${item}</channel></rss>`;
  },
};

const readerOf: Record<string, (page: string) => Article | undefined> = {
  text: (page) => fromText(page),
  markdown: (page) => fromMarkdown(page),
  html: (page) => fromHtml(page),
  feed: (page) => fromFeed(page)[0],
};

/** Read pages `from` to `to` of a kind into `kept`; their sources are gone once it returns. */
function readPages(kind: string, from: number, to: number, kept: Array<Article | undefined>): number {
  let length = 0;
  for (let page = from; page < to; page++) {
    const source = pageOf[kind]!(page);
    length += source.length;
    kept.push(readerOf[kind]!(source));
  }
  return length;
}

describe("articles kept after a read", () => {
  // A batch keeps its articles until it writes them; had they kept their pages, it would hold every page it read.
  for (const kind of Object.keys(pageOf)) {
    it(`from ${kind} do not keep their pages alive`, () => {
      const kept: Array<Article | undefined> = [];
      // The first pages load what each reader loads once; growth is measured over the pages after them.
      readPages(kind, 0, 2, kept);
      const start = largeObjectsHeld();
      const pagesLength = readPages(kind, 2, 2 + PAGES_MEASURED, kept);
      const grown = largeObjectsHeld() - start;
      expect(kept.every((article) => article?.headline)).toBe(true);
      // The articles are a few kilobytes; the pages, one byte a character, about 2 MB. No page may stay.
      expect(grown, `large objects grew ${grown} bytes over ${pagesLength} characters of pages`).toBeLessThan(
        pagesLength / PAGES_MEASURED / 2,
      );
    });
  }
});

/** Freeze an object and everything in it, as a caller may its metadata. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") for (const field of Object.values(value)) deepFreeze(field);
  return Object.freeze(value);
}

describe("metadata given with a large page", () => {
  it("is read, never written: frozen metadata is taken as it is, and the caller's object is left unchanged", () => {
    const given = { authors: [{ type: "Person", name: "Ada Fenwick of the Valley Courier" }], section: "Harbour and coast news" };
    const meta = deepFreeze(parseMeta(given));
    const text = fromText(pageOf.text!(0), { meta });
    const markdown = fromMarkdown(pageOf.markdown!(0), { meta });
    for (const article of [text, markdown]) {
      expect(article?.authors).toEqual(given.authors);
      expect(article?.section).toBe(given.section);
    }
    expect(meta).toEqual(given);
  });
});
