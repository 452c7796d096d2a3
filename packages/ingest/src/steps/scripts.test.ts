import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArticle } from "@dateline/schema";
import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { parseMeta } from "../meta.js";

/**
 * Pages in Korean, Japanese and Arabic, set up like `fixtures/` (source, meta, golden article). They live
 * beside ingest rather than in `fixtures/`, which every exporter renders: the PDF's fonts have no Hangul,
 * kana, Han or Arabic glyphs yet, so its validator could not find their text.
 */
const pages = join(import.meta.dirname, "../../test/pages");

describe("pages in scripts other than Latin", () => {
  for (const name of readdirSync(pages).sort()) {
    it(name, () => {
      const read = (file: string) => readFileSync(join(pages, name, file), "utf8");
      const article = fromText(read("source.txt"), { meta: parseMeta(JSON.parse(read("meta.json"))), source: "source.txt" });
      expect(article).toEqual(parseArticle(JSON.parse(read("article.json"))));
    });
  }
});
