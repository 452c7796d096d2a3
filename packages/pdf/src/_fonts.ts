import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { PdfDoc } from "./_pdfkit.js";

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
 * Font files, read once per process. Each document parses its own fontkit
 * fonts: sharing parsed fonts between documents was faster, but fontkit
 * caches glyphs, and a glyph first met while a subset was written has no
 * code points, so a later document lost those characters from its ToUnicode
 * map ("FL W OFF" for "FLEW OFF" in pdftotext).
 */
const fontFiles = new Map<Face, Buffer>();

/**
 * Widths at 1 pt, per face, shared by every document of the process: shaping
 * a word with fontkit costs far more than the lookup, and a briefing measures
 * the same words again and again (and lays pages out twice). Bounded so a
 * long-running process does not grow without end.
 */
const unitWidths = new Map<Face, Map<string, number>>();
const MAX_CACHED_WIDTHS = 200_000;

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

/**
 * The embedded fonts of one document: registration, measuring, and the
 * per-glyph fallback from one family to the other.
 */
export class Fonts {
  private readonly coverage = new Map<Face, Map<number, boolean>>();
  private readonly reported = new Set<number>();

  constructor(
    private readonly doc: PdfDoc,
    private readonly warn: (message: string) => void,
  ) {
    for (const face of Object.keys(FILES) as Face[]) {
      let bytes = fontFiles.get(face);
      if (!bytes) fontFiles.set(face, (bytes = readFileSync(require.resolve(FILES[face]))));
      doc.registerFont(face, bytes);
    }
  }

  private select(face: Face, size?: number): PdfDoc {
    this.doc.font(face, size);
    return this.doc;
  }

  width(face: Face, size: number, text: string): number {
    let widths = unitWidths.get(face);
    if (!widths) unitWidths.set(face, (widths = new Map()));
    let unit = widths.get(text);
    if (unit === undefined) {
      if (widths.size >= MAX_CACHED_WIDTHS) widths.clear();
      unit = this.select(face, 1).widthOfString(text);
      widths.set(text, unit);
    }
    return unit * size;
  }

  private has(face: Face, codePoint: number): boolean {
    let known = this.coverage.get(face);
    if (!known) this.coverage.set(face, (known = new Map()));
    let has = known.get(codePoint);
    if (has === undefined) {
      has = INVISIBLE.has(codePoint) || this.select(face)._font.font.hasGlyphForCodePoint(codePoint);
      known.set(codePoint, has);
    }
    return has;
  }

  /**
   * Cut text into runs drawn in a face that has their glyphs. A character in
   * neither family is reported once per document and kept in the wanted face,
   * where it prints as the font's empty box: visible, never silently dropped.
   */
  split(text: string, face: Face, where: string): FaceRun[] {
    const runs: FaceRun[] = [];
    const other = partner(face);
    for (const char of text) {
      const codePoint = char.codePointAt(0)!;
      let chosen = face;
      if (!this.has(face, codePoint)) {
        if (this.has(other, codePoint)) chosen = other;
        else this.report(char, codePoint, where);
      }
      const last = runs.at(-1);
      if (last?.face === chosen) last.text += char;
      else runs.push({ text: char, face: chosen });
    }
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
