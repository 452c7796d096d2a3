import { hasRightToLeft, levelChanges, mirrored, paragraphDirection, visualOrder, type Direction } from "./_bidi.js";
import { unspacedBreaks } from "./_breaks.js";
import type { Fonts, TextStyle } from "./_fonts.js";
import type { Hyphenate } from "./_hyphenate.js";
import type { Node } from "./_nodes.js";
import type { Shaped } from "./_shaper.js";

/** Text in one style, belonging to one structure element (a `P`, an `H2`, a `Link`…). */
export interface Run {
  text: string;
  style: TextStyle;
  node: Node;
}

/** Text in one style and element within a line, shaped: what is measured is what is drawn. */
export interface Segment {
  style: TextStyle;
  node: Node;
  /** The words between single spaces, one more than there are spaces (a word may be empty, as after a trailing space). */
  words: Shaped[];
  width: number;
}

/** A shaded band or bar behind a line, drawn as an artifact. */
interface Decor {
  x: number;
  width: number;
  color: string;
}

export interface Line {
  segments: Segment[];
  /** Leading: the height the line takes in the column. */
  height: number;
  /** Distance from the line's top to its baseline. */
  baseline: number;
  indent: number;
  /** Natural width of the segments, and the width available to them. */
  width: number;
  measure: number;
  justify: boolean;
  /** Set flush right: the lines of a right-to-left paragraph that are not justified. */
  flushRight: boolean;
  decor: Decor[];
  /** A list item's number or bullet, hung left of the indent. */
  label?: Segment & { x: number };
}

type Atom =
  | { kind: "text"; text: string; shaped: Shaped; style: TextStyle; node: Node; width: number }
  | { kind: "space"; style: TextStyle; node: Node; width: number }
  /** A break point: a soft one adds a hyphen when taken, a hard one follows a dash already in the text. */
  | { kind: "break"; soft: boolean; style: TextStyle; node: Node; width: number };

interface SetOptions {
  measure: number;
  leading: number;
  indent?: number;
  justify?: boolean;
  hyphenate?: Hyphenate | undefined;
  /** Whose text this is, for the one warning per article about characters no font has ("article 3 (…)"). */
  owner: string;
  /** The text's language (BCP 47): the CJK glyph forms and the word breaks of Thai follow it. */
  language?: string | undefined;
  /** The direction of the article's script, for paragraphs with no strong character of their own. */
  direction?: Direction;
}

const SPACE = 0x20;
/** How much a justified line may widen its word spaces, as a share of their natural width (1 = twice as wide). */
const MAX_SPACE_STRETCH = 1;
const EMPTY: Shaped = { glyphs: [], chars: [], kerns: [], width: 0 };
const SOFT_HYPHEN = 0xad;
/**
 * En and em dashes and the slash: a line may end after one that stands
 * between two letters. Not after a hyphen ("long-term"): text extraction
 * (pdftotext, screen readers) takes a hyphen at a line end for a word break
 * and drops it, which would change the text.
 */
const DASHES = new Set([..."–—/"].map((char) => char.charCodeAt(0)));
const LETTER = /^\p{L}$/u;
/**
 * Invisible format characters a page may carry; a soft hyphen from the source
 * is re-decided by the hyphenator, and emoji variation selectors have no glyph
 * in a monochrome emoji font.
 */
const INVISIBLE = /\u00AD|[\u200B-\u200D]|\u2060|\uFE0E|\uFE0F|\uFEFF/gu;
/** Whitespace other than single plain spaces, or a control character: text without any needs no normalising. */
const UNSPACED = /[^\S ]|\s\s|[\u0000-\u001F]/u;

/** A piece of a line: text in one style and element, shaped as one, and whether a space follows it. */
interface Piece {
  text: string;
  shaped: Shaped | undefined;
  style: TextStyle;
  node: Node;
  spaceAfter: boolean;
}

/**
 * Greedy line breaking (at spaces, hyphenation points, dashes, and the
 * UAX #14 and dictionary breaks of unspaced scripts), per-run font fallback,
 * bidi reordering of each line, and exact widths from the embedded fonts.
 */
export class Typesetter {
  constructor(private readonly fonts: Fonts) {}

  /** Text as one segment, for a list label. */
  segment(text: string, style: TextStyle, node: Node): Segment {
    const words = this.fonts.words(style.face, text);
    return { style, node, words, width: this.fonts.width(style.face, style.size, words) };
  }

  private text(text: string, style: TextStyle, node: Node): Atom & { kind: "text" } {
    const shaped = this.fonts.shape(style.face, text);
    return { kind: "text", text, shaped, style, node, width: this.fonts.wordWidth(style.face, style.size, shaped) };
  }

  lines(runs: readonly Run[], options: SetOptions): Line[] {
    const atoms = this.atoms(runs, options);
    const direction = runs.some((run) => hasRightToLeft(run.text))
      ? paragraphDirection(runs.map((run) => run.text).join(""), options.direction ?? "ltr")
      : (options.direction ?? "ltr");
    const lines: Atom[][] = [];
    let line: Atom[] = [];
    // The natural width of `line`, kept as atoms are added rather than summed again for each.
    let width = 0;
    const push = (atom: Atom) => {
      line.push(atom);
      if (atom.kind !== "break") width += atom.width;
    };
    const fits = (atom: Atom & { kind: "text" }) => width + atom.width <= options.measure;
    const breakLine = () => {
      line = this.breakAt(line, lines, options.measure);
      width = this.natural(line);
    };
    for (const atom of atoms) {
      if (atom.kind !== "text") {
        if (line.length > 0) push(atom);
        continue;
      }
      if (atom.width > options.measure) {
        // A word wider than the column (a long URL): break it wherever it must be broken.
        for (const piece of this.chop(atom, options.measure)) {
          if (!fits(piece) && line.length > 0) breakLine();
          push(piece);
          push({ kind: "break", soft: false, style: atom.style, node: atom.node, width: 0 });
        }
        continue;
      }
      while (line.length > 0 && !fits(atom)) breakLine();
      push(atom);
    }
    if (line.length > 0) lines.push(line);
    const set = lines.map((atomsOfLine, index) => this.finish(atomsOfLine, options, direction, index === lines.length - 1));
    if (options.justify && set.some((one) => this.loose(one))) {
      // One line that justifying would leave full of holes sets the whole paragraph ragged, which reads evenly.
      for (const one of set) {
        one.justify = false;
        one.flushRight = direction === "rtl";
      }
    }
    return set;
  }

  private natural(line: readonly Atom[]): number {
    let width = 0;
    for (const atom of line) if (atom.kind !== "break") width += atom.width;
    return width;
  }

  /** Close a line at its last break point that fits, push it, and return what is carried to the next line. */
  private breakAt(line: Atom[], lines: Atom[][], measure: number): Atom[] {
    for (let i = line.length - 1; i > 0; i--) {
      const atom = line[i]!;
      if (atom.kind === "text") continue;
      const head = trimEnd(line.slice(0, i));
      if (head.length === 0) continue;
      const hyphen = atom.kind === "break" && atom.soft ? atom.width : 0;
      if (this.natural(head) + hyphen > measure) continue;
      if (hyphen) head.push(this.text("-", atom.style, atom.node));
      lines.push(head);
      return trimStart(line.slice(i + 1));
    }
    lines.push(line);
    return [];
  }

  private chop(atom: Atom & { kind: "text" }, measure: number): (Atom & { kind: "text" })[] {
    const pieces: (Atom & { kind: "text" })[] = [];
    let text = "";
    for (const char of atom.text) {
      if (text && this.text(text + char, atom.style, atom.node).width > measure) {
        pieces.push(this.text(text, atom.style, atom.node));
        text = "";
      }
      text += char;
    }
    if (text) pieces.push(this.text(text, atom.style, atom.node));
    return pieces;
  }

  private atoms(runs: readonly Run[], options: SetOptions): Atom[] {
    const atoms: Atom[] = [];
    runs.forEach((run, index) => {
      let text = run.text.replace(INVISIBLE, "");
      if (UNSPACED.test(text)) text = text.replace(/[\s\u0000-\u001F]+/gu, " ");
      if (index === 0) text = text.trimStart();
      if (index === runs.length - 1) text = text.trimEnd();
      if (options.hyphenate) text = options.hyphenate(text);
      for (const { text: part, face } of this.fonts.split(text, run.style.face, options.language, options.owner)) {
        this.tokens(part, face === run.style.face ? run.style : { ...run.style, face }, run.node, atoms, options.language);
      }
    });
    return atoms;
  }

  /**
   * Spaces and soft hyphens become their own atoms; a dash or slash between
   * two letters may end a line too (see DASHES), and so may the breaks of
   * scripts without spaces.
   */
  private tokens(text: string, style: TextStyle, node: Node, atoms: Atom[], language: string | undefined): void {
    const unspaced = unspacedBreaks(text, language);
    // Atoms are never changed once made, so every space (and every break) of a run can be the same object.
    let space: Atom | undefined;
    let soft: Atom | undefined;
    let hard: Atom | undefined;
    let start = 0;
    const word = (end: number) => {
      if (end > start) atoms.push(this.text(text.slice(start, end), style, node));
    };
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (unspaced?.has(i) && i > start) {
        word(i);
        start = i;
        atoms.push((hard ??= { kind: "break", soft: false, style, node, width: 0 }));
      }
      if (code === SPACE || code === SOFT_HYPHEN) {
        word(i);
        start = i + 1;
        if (code === SPACE) atoms.push((space ??= { kind: "space", style, node, width: this.fonts.spaceWidth(style.face, style.size) }));
        else atoms.push((soft ??= { kind: "break", soft: true, style, node, width: this.text("-", style, node).width }));
      } else if (DASHES.has(code) && i > start && isLetter(text, i - 1) && isLetter(text, i + 1)) {
        word(i + 1);
        start = i + 1;
        atoms.push((hard ??= { kind: "break", soft: false, style, node, width: 0 }));
      }
    }
    word(text.length);
  }

  /**
   * Merge atoms into pieces (a word made of several atoms, its hyphenation
   * pieces, is shaped whole, so ligatures and kerning across an unused break
   * point are kept), put the pieces in visual order when the line holds
   * right-to-left text, then group them into segments (a space joins the
   * segment before it, so no segment starts with one).
   */
  private finish(atoms: readonly Atom[], options: SetOptions, direction: Direction, last: boolean): Line {
    let pieces: Piece[] = [];
    let piece: Piece | undefined;
    for (const atom of atoms) {
      if (atom.kind === "break") continue;
      if (atom.kind === "space") {
        if (piece) piece.spaceAfter = true;
        continue;
      }
      if (piece && !piece.spaceAfter && piece.node === atom.node && sameStyle(piece.style, atom.style)) {
        piece.text += atom.text;
        piece.shaped = undefined;
        continue;
      }
      pieces.push((piece = { text: atom.text, shaped: atom.shaped, style: atom.style, node: atom.node, spaceAfter: false }));
    }
    const bidi = direction === "rtl" || pieces.some((p) => hasRightToLeft(p.text));
    if (bidi) pieces = this.reorder(pieces, direction);
    if (pieces.length > 0) pieces.at(-1)!.spaceAfter = false;

    const segments: Segment[] = [];
    let segment: Segment | undefined;
    let spaceBefore = false;
    for (const current of pieces) {
      const shaped = current.shaped ?? this.fonts.shape(current.style.face, current.text);
      if (segment && spaceBefore && segment.node === current.node && sameStyle(segment.style, current.style)) segment.words.push(shaped);
      else {
        // A space before a new segment ends the one before it, as an empty last word.
        if (segment && spaceBefore) segment.words.push(EMPTY);
        segments.push((segment = { style: current.style, node: current.node, words: [shaped], width: 0 }));
      }
      spaceBefore = current.spaceAfter;
    }
    let width = 0;
    let size = 0;
    for (const segment of segments) {
      segment.width = this.fonts.width(segment.style.face, segment.style.size, segment.words);
      width += segment.width;
      size = Math.max(size, segment.style.size);
    }
    const justify = Boolean(options.justify) && !last;
    return {
      segments,
      height: options.leading,
      baseline: baselineOf(options.leading, size),
      indent: options.indent ?? 0,
      width,
      measure: options.measure,
      justify,
      flushRight: direction === "rtl" && !justify,
      decor: [],
    };
  }

  /** Whether justifying the line would stretch its word spaces past MAX_SPACE_STRETCH. */
  private loose(line: Line): boolean {
    if (!line.justify) return false;
    let spaces = 0;
    let natural = 0;
    for (const segment of line.segments) {
      const count = segment.words.length - 1;
      spaces += count;
      natural += count * this.fonts.spaceWidth(segment.style.face, segment.style.size);
    }
    // A line without spaces (CJK, a long word) is not stretched at all; it is set as it stands.
    return spaces > 0 && (line.measure - line.width) / natural > MAX_SPACE_STRETCH;
  }

  /** Pieces in visual order; a space stays between two pieces that a space separated, on the side where it now falls. */
  private reorder(given: Piece[], direction: Direction): Piece[] {
    const pieces = this.splitAtLevelChanges(given, direction);
    const { order, rightToLeft } = visualOrder(
      pieces.map((p) => (p.spaceAfter ? `${p.text} ` : p.text)),
      direction,
    );
    return order.map((index, position) => {
      const next = order[position + 1];
      const space = next !== undefined && pieces[Math.min(index, next)]!.spaceAfter;
      const piece = { ...pieces[index]!, spaceAfter: space };
      if (!rightToLeft.has(index)) {
        // Arabic-Indic digits run left to right, but the shaper sets text of the Arabic script right to left: given
        // reversed, they come out in their order.
        if (hasRightToLeft(piece.text)) piece.shaped = this.fonts.shape(piece.style.face, reversedGraphemes(piece.text));
        return piece;
      }
      if (hasRightToLeft(piece.text)) {
        // The shaper lays out right-to-left scripts in visual order itself; the mirrored glyph is drawn, and the
        // character written is what extraction gives back.
        const shown = mirrored(piece.text);
        if (shown !== piece.text) {
          const shaped = this.fonts.shape(piece.style.face, shown);
          piece.shaped = { ...shaped, chars: shaped.chars.map(mirrored) };
        }
      } else {
        // Punctuation alone ("»." after an Arabic word) the shaper sets left to right: it is given reversed (UAX #9
        // rule L2) and mirrored. A glyph has one ToUnicode entry, from its first use (this "»" is drawn with the glyph
        // of a French "«"), so the span's ActualText gives back what was written.
        const shown = mirrored(reversedGraphemes(piece.text));
        if (shown !== piece.text) piece.shaped = { ...this.fonts.shape(piece.style.face, shown), actual: piece.text };
      }
      return piece;
    });
  }

  /** Pieces cut where the embedding level changes, so each is set in one direction. */
  private splitAtLevelChanges(pieces: Piece[], direction: Direction): Piece[] {
    const cuts = levelChanges(
      pieces.map((p) => (p.spaceAfter ? `${p.text} ` : p.text)),
      direction,
    );
    return pieces.flatMap((piece, index) => {
      const inside = cuts[index]!.filter((cut) => cut < piece.text.length);
      if (inside.length === 0) return [piece];
      return [0, ...inside].map((start, part) => {
        const end = inside[part] ?? piece.text.length;
        const last = end === piece.text.length;
        return { ...piece, text: piece.text.slice(start, end), shaped: undefined, spaceAfter: last && piece.spaceAfter };
      });
    });
  }
}

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/** Text with its user-perceived characters in reverse order, each keeping its combining marks. */
function reversedGraphemes(text: string): string {
  return Array.from(graphemes.segment(text), (part) => part.segment)
    .reverse()
    .join("");
}

/** Whether the character ending at (or starting at) index `i` is a letter. */
function isLetter(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  const start = code >= 0xdc00 && code <= 0xdfff && i > 0 ? i - 1 : i;
  return LETTER.test(String.fromCodePoint(text.codePointAt(start)!));
}

/** Centre the text's x-height band in the leading. */
function baselineOf(leading: number, size: number): number {
  return (leading + size * 0.7) / 2;
}

function sameStyle(a: TextStyle, b: TextStyle): boolean {
  return a === b || (a.face === b.face && a.size === b.size && a.color === b.color);
}

function trimEnd(atoms: Atom[]): Atom[] {
  while (atoms.length > 0 && atoms.at(-1)!.kind !== "text") atoms.pop();
  return atoms;
}

function trimStart(atoms: Atom[]): Atom[] {
  let i = 0;
  while (i < atoms.length && atoms[i]!.kind !== "text") i++;
  return atoms.slice(i);
}
