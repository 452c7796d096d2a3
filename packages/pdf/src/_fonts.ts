import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { FontFile, type Shaped } from "./_font-file.js";
import { embedFont, useFont, type EmbeddedFont, type PdfDoc } from "./_pdfkit.js";
import type { TextStyle } from "./_typeset.js";

export type Family = "serif" | "sans";
/** A face name as registered with pdfkit: family, then optional "-bold" and "-italic". */
export type Face = `${Family}${"" | "-bold"}${"" | "-italic"}`;

const require = createRequire(import.meta.url);

/** TTF files by path, never the packages' index (that is Expo/React code). */
const FILES: Record<Face, string> = {
  serif: "@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf",
  "serif-italic": "@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf",
  "serif-bold": "@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf",
  "serif-bold-italic": "@expo-google-fonts/noto-serif/700Bold_Italic/NotoSerif_700Bold_Italic.ttf",
  sans: "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf",
  "sans-italic": "@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf",
  "sans-bold": "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf",
  "sans-bold-italic": "@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf",
};

const FAMILY_NAMES: Record<Family, string> = { serif: "Noto Serif", sans: "Noto Sans" };

/**
 * Each face's tables, read once per process and only for the faces a
 * briefing uses. They hold plain numbers, so sharing them is safe; what
 * must not be shared is pdfkit's fontkit font, whose glyph cache, once a
 * subset had been written, left later documents without some characters
 * in their ToUnicode map ("FL W OFF" for "FLEW OFF" in pdftotext).
 */
const files = new Map<Face, { bytes: Buffer; file: FontFile }>();

function load(face: Face): { bytes: Buffer; file: FontFile } {
  let loaded = files.get(face);
  if (!loaded) {
    const bytes = readFileSync(require.resolve(FILES[face]));
    files.set(face, (loaded = { bytes, file: new FontFile(bytes) }));
  }
  return loaded;
}

export function faceOf(family: Family, bold: boolean, italic: boolean): Face {
  return `${family}${bold ? "-bold" : ""}${italic ? "-italic" : ""}` as Face;
}

/** The same weight and slope in the other family: Noto Sans covers some glyphs Noto Serif lacks, and the reverse. */
function partner(face: Face): Face {
  return (face.startsWith("serif") ? face.replace("serif", "sans") : face.replace("sans", "serif")) as Face;
}

interface FaceRun {
  text: string;
  face: Face;
}

/** Characters that need no glyph: they are never drawn (see `_typeset.ts`). */
const INVISIBLE = new Set([0x20, 0xad]);

/** A face as embedded in one document: pdfkit's font (its subset, widths and ToUnicode map) and the codes of the glyphs used so far. */
interface Embedded {
  font: EmbeddedFont;
  codes: Map<number, string>;
}

/** A number for a content stream: at most three decimals, never an exponent. */
function num(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  return rounded === 0 ? "0" : String(rounded);
}

const fills = new Map<string, string>();

/** The fill operator for a "#rrggbb" colour. */
function fill(color: string): string {
  let operator = fills.get(color);
  if (operator === undefined) {
    const value = Number.parseInt(color.slice(1), 16);
    operator = `${[value >> 16, (value >> 8) & 0xff, value & 0xff].map((part) => num(part / 255)).join(" ")} rg`;
    fills.set(color, operator);
  }
  return operator;
}

/**
 * The fonts of one document: measuring, the per-glyph fallback from one
 * family to the other, and drawing. Text is drawn here from the same shaped
 * glyphs it was measured with, rather than through pdfkit's `text`, which
 * would shape every word again with fontkit.
 */
export class Fonts {
  private readonly embedded = new Map<Face, Embedded>();
  private readonly reported = new Set<number>();

  constructor(
    private readonly doc: PdfDoc,
    private readonly warn: (message: string) => void,
  ) {}

  /** A word (no spaces) in a face. */
  shape(face: Face, word: string): Shaped {
    return load(face).file.shape(word);
  }

  /** Text cut at its spaces and shaped, as `draw` takes it. */
  words(face: Face, text: string): Shaped[] {
    const { file } = load(face);
    return text.split(" ").map((word) => file.shape(word));
  }

  /** The width of words set one space apart. */
  width(face: Face, size: number, words: readonly Shaped[]): number {
    const { file } = load(face);
    let units = file.advance(file.space) * (words.length - 1);
    for (const word of words) units += word.width;
    return (units * size) / file.unitsPerEm;
  }

  wordWidth(face: Face, size: number, word: Shaped): number {
    return (word.width * size) / load(face).file.unitsPerEm;
  }

  spaceWidth(face: Face, size: number): number {
    const { file } = load(face);
    return (file.advance(file.space) * size) / file.unitsPerEm;
  }

  /**
   * Draw words set one space apart, the baseline at `baseline`, each space
   * widened by `wordSpacing`. One text object per call; spaces stay real
   * space glyphs, so extraction and search see the words as written.
   */
  draw(style: TextStyle, words: readonly Shaped[], x: number, baseline: number, wordSpacing: number): void {
    const { file } = load(style.face);
    const embedded = this.embed(style.face);
    const parts: string[] = [];
    let hex = "";
    const adjust = (units: number) => {
      parts.push(`<${hex}>`, num(-units));
      hex = "";
    };
    const space = (wordSpacing * 1000) / style.size;
    words.forEach((word, w) => {
      if (w > 0) {
        hex += this.code(embedded, file, file.space, " ");
        if (space) adjust(space);
      }
      for (let i = 0; i < word.glyphs.length; i++) {
        hex += this.code(embedded, file, word.glyphs[i]!, word.chars[i]!);
        if (word.kerns[i]) adjust((word.kerns[i]! * 1000) / file.unitsPerEm);
      }
    });
    if (hex) parts.push(`<${hex}>`);
    // The page's user space runs downwards (pdfkit flips it); the text matrix flips the glyphs upright again.
    this.doc.addContent(
      `${fill(style.color)} BT /${embedded.font.id} ${num(style.size)} Tf 1 0 0 -1 ${num(x)} ${num(baseline)} Tm [${parts.join(" ")}] TJ ET`,
    );
  }

  private embed(face: Face): Embedded {
    let embedded = this.embedded.get(face);
    if (!embedded) this.embedded.set(face, (embedded = { font: embedFont(this.doc, face, load(face).bytes), codes: new Map() }));
    useFont(this.doc, embedded.font);
    return embedded;
  }

  /** A glyph's code in this document's subset, adding the glyph (its width and its text) on first use. */
  private code(embedded: Embedded, file: FontFile, glyph: number, text: string): string {
    let code = embedded.codes.get(glyph);
    if (code === undefined) {
      const { font } = embedded;
      const id = font.subset.includeGlyph(glyph);
      font.widths[id] ??= (file.advance(glyph) * 1000) / file.unitsPerEm;
      font.unicode[id] ??= Array.from(text, (char) => char.codePointAt(0)!);
      code = id.toString(16).padStart(4, "0");
      embedded.codes.set(glyph, code);
    }
    return code;
  }

  private has(face: Face, codePoint: number): boolean {
    return INVISIBLE.has(codePoint) || load(face).file.glyph(codePoint) !== 0;
  }

  /**
   * Cut text into runs drawn in a face that has their glyphs. A character in
   * neither family is reported once per document and kept in the wanted face,
   * where it prints as the font's empty box: visible, never silently dropped.
   */
  split(text: string, face: Face, where: string): FaceRun[] {
    const runs: FaceRun[] = [];
    const other = partner(face);
    let start = 0;
    let current = face;
    for (let index = 0; index < text.length; ) {
      const codePoint = text.codePointAt(index)!;
      let chosen = face;
      if (!this.has(face, codePoint)) {
        if (this.has(other, codePoint)) chosen = other;
        else this.report(String.fromCodePoint(codePoint), codePoint, where);
      }
      if (chosen !== current) {
        if (index > start) runs.push({ text: text.slice(start, index), face: current });
        start = index;
        current = chosen;
      }
      index += codePoint > 0xffff ? 2 : 1;
    }
    if (text.length > start) runs.push({ text: text.slice(start), face: current });
    return runs;
  }

  private report(char: string, codePoint: number, where: string): void {
    if (this.reported.has(codePoint)) return;
    this.reported.add(codePoint);
    const code = `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
    this.warn(
      `${where}: character ${code} "${char}" is in neither ${FAMILY_NAMES.serif} nor ${FAMILY_NAMES.sans}, so it prints as an empty box; replace it in the article text if it matters`,
    );
  }
}
