import { create, type Font } from "fontkit";

/** A word as glyphs: what both the measuring and the drawing use, so the two always agree. */
export interface Shaped {
  /** Glyph ids in visual order (left to right on the page, also for right-to-left text). */
  glyphs: number[];
  /** The text each glyph stands for (several characters for a ligature): the PDF's ToUnicode map is built from it. */
  chars: string[];
  /** Adjustment of the pen after each glyph, in font units (kerning, mark positioning); empty when the word has none. */
  kerns: readonly number[];
  /** Vertical offset of each glyph in font units (marks stacked above or below their base); absent when none is moved. */
  rises?: readonly number[];
  /**
   * How far right of where it is read each glyph is shown, in font units: a
   * right-to-left mark that sits inside the letter after it, which extractors
   * would otherwise split from its word; absent when none is moved.
   */
  shifts?: readonly number[];
  /** The word's advance in font units, adjustments included. */
  width: number;
  /**
   * The word as written, for words whose glyphs do not read back as their
   * text (reordered vowel signs, joined letters, stacked marks): drawn with
   * it as the ActualText of a marked span, which extraction uses instead.
   */
  actual?: string;
}

/** What setting and drawing text needs from a font, whichever engine shapes it. */
export interface Shaper {
  readonly unitsPerEm: number;
  /** The space glyph. */
  readonly space: number;
  /** The glyph for a character, 0 (the empty box) when the font has none. */
  glyph(codePoint: number): number;
  /** A glyph's advance in font units, as written into the PDF's widths. */
  advance(glyph: number): number;
  /** A word (no spaces) as positioned glyphs. */
  shape(word: string): Shaped;
}

export const EMPTY_SHAPED: Shaped = { glyphs: [], chars: [], kerns: [], width: 0 };

/** Above this many cached words (a long-running process with varied text), a word cache starts again. */
export const MAX_SHAPED = 50_000;

/**
 * fontkit's complete OpenType shaper, for the scripts whose letters change
 * form or stack marks (Arabic joining, Devanagari conjuncts and matras, Thai
 * and Hebrew marks). fontkit returns right-to-left runs already in visual
 * order, and its glyphs carry the characters they stand for.
 */
export class FontkitShaper implements Shaper {
  readonly unitsPerEm: number;
  readonly space: number;
  private readonly font: Font;
  private readonly glyphs = new Map<number, number>();
  private readonly advances = new Map<number, number>();
  private readonly shaped = new Map<string, Shaped>();

  constructor(bytes: Buffer) {
    this.font = create(bytes) as Font;
    this.unitsPerEm = this.font.unitsPerEm;
    this.space = this.glyph(0x20);
  }

  glyph(codePoint: number): number {
    let glyph = this.glyphs.get(codePoint);
    if (glyph === undefined) {
      glyph = this.font.hasGlyphForCodePoint(codePoint) ? this.font.glyphForCodePoint(codePoint).id : 0;
      this.glyphs.set(codePoint, glyph);
    }
    return glyph;
  }

  advance(glyph: number): number {
    let advance = this.advances.get(glyph);
    if (advance === undefined) this.advances.set(glyph, (advance = this.font.getGlyph(glyph).advanceWidth));
    return advance;
  }

  shape(word: string): Shaped {
    if (word === "") return EMPTY_SHAPED;
    let shaped = this.shaped.get(word);
    if (shaped) return shaped;
    const run = this.font.layout(word);
    // Right-to-left text is read back by extractors from the glyphs in visual order, reversed: a ligature's characters
    // are stored reversed for that, and marks keep the font's own height, since a rise splits them from their letters.
    const rtl = run.direction === "rtl";
    // Where each glyph sits on the line: the pen before it plus the shaper's own offset for it.
    const lefts: number[] = [];
    let width = 0;
    run.positions.forEach((position) => {
      lefts.push(width + position.xOffset);
      width += position.xAdvance;
    });
    // Extractors read a glyph drawn left of the one before it as the start of a new word, and right-to-left marks come
    // before their letter in visual order: such a mark is read where its letter starts, and shown where it belongs.
    const shifts = lefts.map(() => 0);
    if (rtl)
      for (let i = lefts.length - 2; i >= 0; i--) {
        if (!run.glyphs[i]!.isMark || lefts[i]! <= lefts[i + 1]!) continue;
        shifts[i] = lefts[i]! - lefts[i + 1]!;
        lefts[i] = lefts[i + 1]!;
      }
    const glyphs: number[] = [];
    const chars: string[] = [];
    const kerns: number[] = [];
    const rises: number[] = [];
    // The PDF moves the pen by each glyph's own advance; the kern after a glyph takes the pen to where the next one sits.
    // The last kern takes it to the word's end.
    let pen = 0;
    for (const i of run.glyphs.keys()) {
      const glyph = run.glyphs[i]!;
      if (glyphs.length > 0) kerns.push(lefts[i]! - pen);
      glyphs.push(glyph.id);
      chars.push(String.fromCodePoint(...(rtl ? [...glyph.codePoints].reverse() : glyph.codePoints)));
      rises.push(rtl ? 0 : run.positions[i]!.yOffset);
      pen = lefts[i]! + this.advance(glyph.id);
    }
    kerns.push(width - pen);
    shaped = {
      glyphs,
      chars,
      kerns: kerns.some((kern) => kern !== 0) ? kerns : [],
      ...(rises.some((rise) => rise !== 0) ? { rises } : {}),
      ...(shifts.some((shift) => shift !== 0) ? { shifts } : {}),
      width,
      ...(rtl ? {} : { actual: word }),
    };
    if (this.shaped.size >= MAX_SHAPED) this.shaped.clear();
    this.shaped.set(word, shaped);
    return shaped;
  }
}
