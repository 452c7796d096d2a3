import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { create, type Font } from "fontkit";
import { describe, expect, it } from "vitest";
import { FontFile } from "./_font-file.js";

const require = createRequire(import.meta.url);

/** Words that exercise ligatures (fi, fl, ffi), kerning pairs (AV, To, Wa, quotes), accents, Greek, Cyrillic and CJK. */
const WORDS = [
  "office",
  "flowers",
  "affluent",
  "AVATAR",
  "Today",
  "Wavy",
  "“Yes,”",
  "L’été",
  "Łódź",
  "Straße",
  "Άρτεμις",
  "Привет",
  "ёлка",
  "—",
  "fjord",
  "TYPOGRAPHY",
  "1,234.56",
];
const CJK_WORDS = ["漢字かなカナ", "「東京」、", "中文繁體"];

function expectSameAsFontkit(path: string, words: readonly string[]): void {
  const bytes = readFileSync(require.resolve(path));
  const font = create(bytes) as Font;
  const file = new FontFile(bytes);
  for (const word of words) {
    const run = font.layout(word, ["liga", "kern"]);
    const shaped = file.shape(word);
    expect(shaped.glyphs, word).toEqual(run.glyphs.map((glyph) => glyph.id));
    expect(shaped.width, word).toBe(run.positions.reduce((sum, position) => sum + position.xAdvance, 0));
    for (const glyph of run.glyphs) expect(file.advance(glyph.id)).toBe(glyph.advanceWidth);
  }
  for (const codePoint of [0x41, 0xe9, 0x3a9, 0x416, 0x2014, 0x6f22, 0x1f99c]) {
    expect(file.glyph(codePoint), `U+${codePoint.toString(16)}`).toBe(
      font.hasGlyphForCodePoint(codePoint) ? font.glyphForCodePoint(codePoint).id : 0,
    );
  }
}

describe("FontFile, the table reader, against fontkit", () => {
  it("finds the same glyphs, ligatures, kerning and widths in the text faces", () => {
    expectSameAsFontkit("@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf", WORDS);
    expectSameAsFontkit("@expo-google-fonts/noto-serif/700Bold_Italic/NotoSerif_700Bold_Italic.ttf", WORDS);
    expectSameAsFontkit("@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf", WORDS);
  });

  it("does the same in a CJK face (CFF outlines, a format 12 cmap)", () => {
    const entry = require.resolve("@embedpdf/fonts-jp");
    expectSameAsFontkit(entry.replace(/dist\/index\.cjs$/, "fonts/NotoSansJP-Regular.otf"), CJK_WORDS);
  });
});
