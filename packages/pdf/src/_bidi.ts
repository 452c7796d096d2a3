import bidiFactory, { type Bidi } from "bidi-js";

// bidi-js is CommonJS whose module.exports is the factory; its typings call that the default export, so NodeNext sees a namespace.
const bidi = (bidiFactory as unknown as () => Bidi)();

/** Characters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation forms). */
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

export type Direction = "ltr" | "rtl";

export function hasRightToLeft(text: string): boolean {
  return RTL.test(text);
}

/** A paragraph's direction by the Unicode rule (its first strong character), or `fallback` when it has none. */
export function paragraphDirection(text: string, fallback: Direction): Direction {
  const { paragraphs } = bidi.getEmbeddingLevels(text, "auto");
  const first = paragraphs[0];
  if (!first || !/[\p{L}]/u.test(text)) return fallback;
  return first.level % 2 === 1 ? "rtl" : "ltr";
}

/**
 * A character as a right-to-left run shows it: brackets and guillemets
 * mirrored (UAX #9 rule L4), anything else unchanged.
 */
export function mirrored(text: string): string {
  let result = "";
  for (const char of text) result += bidi.getMirroredCharacter(char) ?? char;
  return result;
}

/**
 * Where each of a line's pieces (as in `texts`) changes embedding level: the
 * offsets inside each text at which it must be cut so that every part runs in
 * one direction ("«2026»." in an Arabic line is a right-to-left guillemet,
 * left-to-right digits, then right-to-left punctuation again).
 */
export function levelChanges(texts: readonly string[], direction: Direction): number[][] {
  const { levels } = bidi.getEmbeddingLevels(texts.join(""), direction);
  let offset = 0;
  return texts.map((text) => {
    const cuts: number[] = [];
    for (let i = 1; i < text.length; i++) if (levels[offset + i] !== levels[offset + i - 1]) cuts.push(i);
    offset += text.length;
    return cuts;
  });
}

/**
 * The visual order of a line's pieces (each a run of text in one direction,
 * as in `texts`), by the Unicode bidirectional algorithm (bidi-js): levels
 * for the line's text, then its reorder segments applied to the pieces.
 */
export function visualOrder(texts: readonly string[], direction: Direction): { order: number[]; rightToLeft: Set<number> } {
  const line = texts.join("");
  const levels = bidi.getEmbeddingLevels(line, direction);
  const rightToLeft = new Set<number>();
  const starts: number[] = [];
  let offset = 0;
  texts.forEach((text, piece) => {
    starts.push(offset);
    if (text.length > 0 && levels.levels[offset]! % 2 === 1) rightToLeft.add(piece);
    offset += text.length;
  });
  const order = Array.from({ length: line.length }, (_, i) => i);
  for (const [start, end] of bidi.getReorderSegments(line, levels)) {
    const reversed = order.slice(start!, end! + 1).reverse();
    order.splice(start!, reversed.length, ...reversed);
  }
  const shownAt: number[] = [];
  order.forEach((index, visual) => {
    shownAt[index] = visual;
  });
  // A piece goes where its first character is shown: the space that ends it may stand at another level
  // ("Desk · 25 " in an Arabic line: the space after 25 is right to left, so shown left of the whole Latin run).
  return {
    order: texts
      .map((_, piece) => piece)
      .filter((piece) => texts[piece]!.length > 0)
      .sort((a, b) => shownAt[starts[a]!]! - shownAt[starts[b]!]!),
    rightToLeft,
  };
}
