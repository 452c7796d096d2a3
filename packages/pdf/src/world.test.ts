import { comparable } from "./_extracted-text.test-helpers.js";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseArticle, type Article } from "@dateline/schema";
import { pageOfText } from "@dateline/html";
import { requireTool, runTool } from "@dateline/test-kit";
import { toPdf } from "./index.js";

/** One article per script, written for these tests: Latin (en, fr, de), Cyrillic, Greek, Chinese (both), Japanese, Korean, Arabic, Hebrew, Devanagari, Thai. */
const world: Article[] = JSON.parse(readFileSync(new URL("../test-data/world-briefing.json", import.meta.url), "utf8")).map(
  (raw: unknown, i: number) => parseArticle(raw, { source: `world-briefing.json[${i}]` }),
);

const scratch = mkdtempSync(join(tmpdir(), "dateline-pdf-world-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function tool(command: string, args: string[]): string {
  requireTool(command, "poppler-utils");
  const result = runTool(command, args);
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

describe("a briefing in every script", () => {
  let file: string;
  const warnings: string[] = [];

  beforeAll(async () => {
    file = join(scratch, "world.pdf");
    // Loading and subsetting the CJK faces (8 MB each) the first time takes seconds, more on a busy machine:
    // only the project's hang guard bounds it.
    writeFileSync(file, await toPdf(world, { title: "World briefing", onWarning: (message) => warnings.push(message) }));
  });

  it("prints without a warning and embeds every font, one per script and weight used", () => {
    expect(warnings).toEqual([]);
    const fonts = tool("pdffonts", [file]).split("\n").slice(2).filter(Boolean);
    for (const line of fonts) expect(line).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+0$/);
    const names = fonts.map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ""));
    for (const family of [
      "NotoSerif",
      "NotoSansHans",
      "NotoSansJP",
      "NotoSansKR",
      "NotoNaskhArabic",
      "NotoSansHebrew",
      "NotoSansDevanagari",
      "NotoSansThai",
      "NotoSansSymbols",
    ]) {
      expect(names.some((name) => name.startsWith(family))).toBe(true);
    }
    expect(tool("pdfinfo", ["-meta", file])).toContain("<pdfaid:part>2</pdfaid:part>");
  });

  it("gives back every sentence of every article", () => {
    const text = tool("pdftotext", ["-enc", "UTF-8", file, "-"]);
    for (const article of world) {
      const extracted = comparable(text, article.inLanguage);
      const sentences = [article.headline, article.description ?? "", ...article.body.map((block) => ("text" in block ? block.text : ""))];
      for (const sentence of sentences.filter(Boolean))
        expect(extracted, article.inLanguage).toContain(comparable(sentence, article.inLanguage));
    }
  });

  it("sets the punctuation closing a right-to-left sentence in reading order, and gives back each guillemet as written", () => {
    const arabic = world.find((article) => article.inLanguage === "ar")!;
    const quoted = arabic.body.map((block) => ("text" in block ? block.text : "")).find((text) => text.endsWith("»."))!;
    const lastWord = quoted.split(" ").at(-1)!;
    // Only spacing and pdftotext's embedding controls are dropped: the order of letters, guillemet and stop is kept.
    const text = tool("pdftotext", ["-enc", "UTF-8", file, "-"]).replace(/[\s\u200E\u200F\u202A-\u202E]+/gu, "");
    // "word»." as written: the stop drawn outside the guillemet (not "word.»"), and the guillemet read back as "»" although
    // its mirrored glyph is the one the French article's "«" was first drawn with (not "word«.").
    expect(text).toContain(lastWord);
  });

  it("places a Latin publisher in an Arabic byline where the bidi algorithm puts it, not by the space after it", () => {
    const arabic = world.find((article) => article.inLanguage === "ar")!;
    const text = tool("pdftotext", ["-enc", "UTF-8", file, "-"]).replace(/[\u200E\u200F\u202A-\u202E]/gu, "");
    // "… · Dateline World Desk · 25 فبراير 2026": the day joins the Latin run (UAX #9 W7), the middle dot stays between them.
    const day = String(Number(arabic.datePublished!.slice(8, 10)));
    expect(text).toContain(`${arabic.publisher!.name} · ${day}`);
  });

  it("keeps Arabic-Indic digits left to right inside a right-to-left line", async () => {
    const arabic = world.find((article) => article.inLanguage === "ar")!;
    const year = "٢٠٢٦";
    const dated = { ...arabic, body: [{ type: "paragraph" as const, text: `افتتحت المكتبة في عام ${year}م وزارها ١٢٣٤٥ قارئا.` }] };
    const saved = join(scratch, "arabic-digits.pdf");
    writeFileSync(saved, await toPdf([dated]));
    const text = tool("pdftotext", ["-enc", "UTF-8", saved, "-"]).replace(/[\u200E\u200F\u202A-\u202E]/gu, "");
    // The shaper sets anything of the Arabic script right to left; digits reversed would read "٦٢٠٢".
    expect(text).toContain(`${year}م`);
    expect(text).toContain("١٢٣٤٥");
  });
});

/** The page foot's band on an A4 page, in points from the top (the foot stands 30 pt under the text block). */
const A4_FOOT_BAND = { top: 760, height: 82, width: 596 };

describe("the page foot in a briefing of one article", () => {
  // Right to left, and CJK: scripts the chrome's Latin face has no glyphs for.
  it.each(["ar", "he", "ja", "zh-Hans", "ko"])("prints its %s words in a face that has them, in reading order", async (language) => {
    const article = world.find((one) => one.inLanguage === language)!;
    const file = join(scratch, `foot-${language}.pdf`);
    writeFileSync(file, await toPdf([article]));
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(tool("pdfinfo", [file]))![1]);
    const { top, height, width } = A4_FOOT_BAND;
    const band = ["-f", "1", "-l", "1", "-x", "0", "-y", String(top), "-W", String(width), "-H", String(height)];
    const foot = tool("pdftotext", [...band, file, "-"]);
    expect(comparable(foot, language)).toBe(comparable(pageOfText(1, pages, language), language));
  });
});
