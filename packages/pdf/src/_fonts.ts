import { FAMILY_NAMES, fallbacksFor, loadFace, needsOwnFace, type Face } from "./_font-catalog.js";
import type { Shaped, Shaper } from "./_shaper.js";
import { embedFont, useFont, type EmbeddedFont, type PdfDoc } from "./_pdfkit.js";

export { faceOf, type Face, type Family, type TextFace } from "./_font-catalog.js";

/** How a piece of text looks: the face a style asks for (fallback faces are chosen per run), size and colour. */
export interface TextStyle {
  face: Face;
  size: number;
  color: string;
}

function shaperOf(face: Face): Shaper {
  return loadFace(face).shaper;
}

/** The same weight and slope in the other family: Noto Sans covers some glyphs Noto Serif lacks, and the reverse. */
function partner(face: Face): Face {
  if (face.startsWith("serif")) return face.replace("serif", "sans") as Face;
  if (face.startsWith("sans")) return face.replace("sans", "serif") as Face;
  return face;
}

/** Combining marks and joiners belong with the character before them, whatever face that took. */
const ATTACHED = /[\p{M}\u200C\u200D]/u;

export interface FaceRun {
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

/** Text as the hex digits of UTF-16BE, as a PDF text string takes it after its byte order mark. */
function utf16Hex(text: string): string {
  let hex = "";
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, "0");
  return hex;
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

/** What one article (or the front page) used that no embedded font has. */
interface Missing {
  count: number;
  chars: Set<string>;
}

/** At most this many of the missing characters are named in a warning; the count covers them all. */
const NAMED_MISSING = 8;

/**
 * The fonts of one document: measuring, the fallback from the wanted face to
 * the other family and then to the Noto face of the character's script, and
 * drawing. Text is drawn here from the same shaped glyphs it was measured
 * with, rather than through pdfkit's `text`, which would shape every word
 * again with fontkit.
 */
export class Fonts {
  private readonly embedded = new Map<Face, Embedded>();
  private readonly chosen = new Map<string, Face | null>();
  private readonly missing = new Map<string, Missing>();
  /** Missing characters are counted while this is on: during the first of the two layout passes only. */
  private counting = true;

  constructor(private readonly doc: PdfDoc) {}

  /** A word (no spaces) in a face. */
  shape(face: Face, word: string): Shaped {
    return shaperOf(face).shape(word);
  }

  /** Text cut at its spaces and shaped, as `draw` takes it. */
  words(face: Face, text: string): Shaped[] {
    const shaper = shaperOf(face);
    return text.split(" ").map((word) => shaper.shape(word));
  }

  /** The width of words set one space apart. */
  width(face: Face, size: number, words: readonly Shaped[]): number {
    const shaper = shaperOf(face);
    let units = shaper.advance(shaper.space) * (words.length - 1);
    for (const word of words) units += word.width;
    return (units * size) / shaper.unitsPerEm;
  }

  wordWidth(face: Face, size: number, word: Shaped): number {
    return (word.width * size) / shaperOf(face).unitsPerEm;
  }

  spaceWidth(face: Face, size: number): number {
    const shaper = shaperOf(face);
    return (shaper.advance(shaper.space) * size) / shaper.unitsPerEm;
  }

  /**
   * Draw words set one space apart, the baseline at `baseline`, each space
   * widened by `wordSpacing`. One text object per call; spaces stay real
   * space glyphs, so extraction and search see the words as written.
   */
  draw(style: TextStyle, words: readonly Shaped[], x: number, baseline: number, wordSpacing: number): void {
    const shaper = shaperOf(style.face);
    const embedded = this.embed(style.face);
    const shows: string[] = [];
    let parts: string[] = [];
    let hex = "";
    const adjust = (units: number) => {
      parts.push(`<${hex}>`, num(-units));
      hex = "";
    };
    const show = () => {
      if (hex) parts.push(`<${hex}>`);
      if (parts.length > 0) shows.push(`[${parts.join(" ")}] TJ`);
      parts = [];
      hex = "";
    };
    const space = (wordSpacing * 1000) / style.size;
    const scale = 1000 / shaper.unitsPerEm;
    words.forEach((word, w) => {
      if (w > 0) {
        hex += this.code(embedded, shaper, shaper.space, " ");
        if (space) adjust(space);
      }
      if (word.actual !== undefined) {
        show();
        shows.push(`/Span <</ActualText <FEFF${utf16Hex(word.actual)}>>> BDC`);
      }
      // The pen within the word in font units, and the marks to show again where they belong.
      let pen = 0;
      const moved: { code: string; at: number }[] = [];
      for (let i = 0; i < word.glyphs.length; i++) {
        const rise = word.rises?.[i];
        // A mark moved up or down is shown on its own with a text rise, the one vertical move a text object has.
        if (rise) {
          show();
          shows.push(`${num((rise * style.size) / shaper.unitsPerEm)} Ts`);
        }
        const shift = word.shifts?.[i];
        const code = this.code(embedded, shaper, word.glyphs[i]!, word.chars[i]!);
        if (shift) {
          // Read, invisible, where its word goes on; shown once the word is drawn, where it belongs.
          show();
          shows.push(`3 Tr [<${code}>] TJ 0 Tr`);
          moved.push({ code, at: pen + shift });
        } else hex += code;
        if (rise) {
          show();
          shows.push("0 Ts");
        }
        if (word.kerns[i]) adjust(word.kerns[i]! * scale);
        pen += shaper.advance(word.glyphs[i]!) + (word.kerns[i] ?? 0);
      }
      // Under an empty ActualText, so that extraction reads these marks once, where the word goes on.
      if (moved.length > 0) show();
      for (const { code, at } of moved) {
        const back = (pen - at) * scale;
        shows.push(`/Span <</ActualText <FEFF>>> BDC [${num(back)} <${code}> ${num(-back)}] TJ EMC`);
      }
      if (word.actual !== undefined) {
        show();
        shows.push("EMC");
      }
    });
    show();
    // The page's user space runs downwards (pdfkit flips it); the text matrix flips the glyphs upright again.
    this.doc.addContent(
      `${fill(style.color)} BT /${embedded.font.id} ${num(style.size)} Tf 1 0 0 -1 ${num(x)} ${num(baseline)} Tm ${shows.join(" ")} ET`,
    );
  }

  private embed(face: Face): Embedded {
    let embedded = this.embedded.get(face);
    if (!embedded) this.embedded.set(face, (embedded = { font: embedFont(this.doc, face, loadFace(face).bytes), codes: new Map() }));
    useFont(this.doc, embedded.font);
    return embedded;
  }

  /** A glyph's code in this document's subset, adding the glyph (its width and its text) on first use. */
  private code(embedded: Embedded, shaper: Shaper, glyph: number, text: string): string {
    let code = embedded.codes.get(glyph);
    if (code === undefined) {
      const { font } = embedded;
      const id = font.subset.includeGlyph(glyph);
      font.widths[id] ??= (shaper.advance(glyph) * 1000) / shaper.unitsPerEm;
      font.unicode[id] ??= Array.from(text, (char) => char.codePointAt(0)!);
      code = id.toString(16).padStart(4, "0");
      embedded.codes.set(glyph, code);
    }
    return code;
  }

  private has(face: Face, codePoint: number): boolean {
    return INVISIBLE.has(codePoint) || shaperOf(face).glyph(codePoint) !== 0;
  }

  /** Whether the wanted face sets this character itself: it has the glyph, and the script needs no shaping of its own. */
  private sets(face: Face, codePoint: number): boolean {
    return this.has(face, codePoint) && !needsOwnFace(codePoint);
  }

  /** The face for a character the wanted face lacks: the other family, else the first fallback face that has it; null when none has. */
  private fallback(face: Face, codePoint: number, language: string | undefined): Face | null {
    const key = `${face}|${language ?? ""}|${codePoint}`;
    let found = this.chosen.get(key);
    if (found === undefined) {
      const fallbacks = fallbacksFor(codePoint, language, face.includes("bold"));
      const candidates: Face[] = needsOwnFace(codePoint) ? fallbacks : [partner(face), ...fallbacks];
      found = candidates.find((candidate) => this.has(candidate, codePoint)) ?? null;
      this.chosen.set(key, found);
    }
    return found;
  }

  /**
   * Cut text into runs drawn in a face that has their glyphs. A character no
   * face has is counted for `owner`'s warning and kept in the wanted face,
   * where it prints as the font's empty box: visible, never silently dropped.
   */
  split(text: string, face: Face, language: string | undefined, owner: string): FaceRun[] {
    const runs: FaceRun[] = [];
    let start = 0;
    let current = face;
    for (let index = 0; index < text.length; ) {
      const codePoint = text.codePointAt(index)!;
      let chosen: Face = face;
      if (!this.sets(face, codePoint)) {
        if (current !== face && ATTACHED.test(String.fromCodePoint(codePoint))) chosen = current;
        else {
          const found = this.fallback(face, codePoint, language);
          if (found) chosen = found;
          else this.count(String.fromCodePoint(codePoint), owner);
        }
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

  private count(char: string, owner: string): void {
    if (!this.counting) return;
    let missing = this.missing.get(owner);
    if (!missing) this.missing.set(owner, (missing = { count: 0, chars: new Set() }));
    missing.count++;
    missing.chars.add(char);
  }

  /**
   * One warning per article (or the front page) that used characters no
   * embedded font has, with their count; counting stops here, so the second
   * layout pass adds nothing.
   */
  takeMissing(): string[] {
    this.counting = false;
    return [...this.missing].map(([owner, { count, chars }]) => {
      const named = [...chars]
        .slice(0, NAMED_MISSING)
        .map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")} "${char}"`)
        .join(", ");
      const more = chars.size > NAMED_MISSING ? ` and ${chars.size - NAMED_MISSING} more` : "";
      return `${owner}: ${count} character${count === 1 ? "" : "s"} (${named}${more}) in none of the embedded fonts (${FAMILY_NAMES.serif}, ${FAMILY_NAMES.sans} and their Noto fallbacks) print as empty boxes, and the PDF makes no PDF/A claim; replace them in the article text if they matter`;
    });
  }
}
