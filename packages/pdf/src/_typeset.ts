import type { Face, Fonts } from "./_fonts.js";
import type { Hyphenate } from "./_hyphenate.js";
import type { Node } from "./_nodes.js";

export interface TextStyle {
  face: Face;
  size: number;
  color: string;
}

/** Text in one style, belonging to one structure element (a `P`, an `H2`, a `Link`…). */
export interface Run {
  text: string;
  style: TextStyle;
  node: Node;
}

export interface Segment extends Run {
  width: number;
  /** Spaces inside the segment: each one takes its share of a justified line's slack. */
  spaces: number;
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
  decor: Decor[];
  /** A list item's number or bullet, hung left of the indent. */
  label?: Segment & { x: number };
}

type Atom =
  | { kind: "text"; text: string; style: TextStyle; node: Node; width: number }
  | { kind: "space"; style: TextStyle; node: Node; width: number }
  /** A break point: a soft one adds a hyphen when taken, a hard one follows a dash already in the text. */
  | { kind: "break"; soft: boolean; style: TextStyle; node: Node; width: number };

interface SetOptions {
  measure: number;
  leading: number;
  indent?: number;
  justify?: boolean;
  hyphenate?: Hyphenate | undefined;
  /** Where the text is, for warnings ("Russia supportive…, paragraph 3"). */
  where: string;
}

const SOFT_HYPHEN = "\u00AD";
/** Invisible format characters a page may carry; a soft hyphen from the source is re-decided by the hyphenator. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;

/** Greedy line breaking with hyphenation, per-glyph font fallback and exact widths from the embedded fonts. */
export class Typesetter {
  constructor(private readonly fonts: Fonts) {}

  width(style: TextStyle, text: string): number {
    return this.fonts.width(style.face, style.size, text);
  }

  lines(runs: readonly Run[], options: SetOptions): Line[] {
    const atoms = this.atoms(runs, options);
    const lines: Atom[][] = [];
    let line: Atom[] = [];
    const fits = (atom: Atom & { kind: "text" }) => this.natural(line) + atom.width <= options.measure;
    for (const atom of atoms) {
      if (atom.kind !== "text") {
        if (line.length > 0) line.push(atom);
        continue;
      }
      if (atom.width > options.measure) {
        // A word wider than the column (a long URL): break it wherever it must be broken.
        for (const piece of this.chop(atom, options.measure)) {
          if (!fits(piece) && line.length > 0) line = this.breakAt(line, lines, options.measure);
          line.push(piece, { kind: "break", soft: false, style: atom.style, node: atom.node, width: 0 });
        }
        continue;
      }
      while (line.length > 0 && !fits(atom)) line = this.breakAt(line, lines, options.measure);
      line.push(atom);
    }
    if (line.length > 0) lines.push(line);
    return lines.map((atomsOfLine, index) => this.finish(atomsOfLine, options, index === lines.length - 1));
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
      if (hyphen) head.push({ kind: "text", text: "-", style: atom.style, node: atom.node, width: atom.width });
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
      if (text && this.width(atom.style, text + char) > measure) {
        pieces.push({ ...atom, text, width: this.width(atom.style, text) });
        text = "";
      }
      text += char;
    }
    if (text) pieces.push({ ...atom, text, width: this.width(atom.style, text) });
    return pieces;
  }

  private atoms(runs: readonly Run[], options: SetOptions): Atom[] {
    const atoms: Atom[] = [];
    runs.forEach((run, index) => {
      let text = run.text.replace(INVISIBLE, "").replace(/[\s\u0000-\u001F]+/gu, " ");
      if (index === 0) text = text.trimStart();
      if (index === runs.length - 1) text = text.trimEnd();
      if (options.hyphenate) text = options.hyphenate(text);
      for (const { text: part, face } of this.fonts.split(text, run.style.face, options.where)) {
        const style = face === run.style.face ? run.style : { ...run.style, face };
        // Spaces and soft hyphens become their own atoms; a dash or slash inside a word may end a line too.
        for (const token of part.split(/( |\u00AD)/u)) {
          if (token === " ") atoms.push({ kind: "space", style, node: run.node, width: this.width(style, " ") });
          else if (token === SOFT_HYPHEN) atoms.push({ kind: "break", soft: true, style, node: run.node, width: this.width(style, "-") });
          else if (token) {
            token.split(/(?<=\p{L}[-‐–—/])(?=\p{L})/u).forEach((piece, i) => {
              if (i > 0) atoms.push({ kind: "break", soft: false, style, node: run.node, width: 0 });
              atoms.push({ kind: "text", text: piece, style, node: run.node, width: this.width(style, piece) });
            });
          }
        }
      }
    });
    return atoms;
  }

  /** Merge atoms into segments (a space joins the segment before it, so no segment starts with one) and measure them whole. */
  private finish(atoms: readonly Atom[], options: SetOptions, last: boolean): Line {
    const segments: Segment[] = [];
    for (const atom of atoms) {
      if (atom.kind === "break") continue;
      const current = segments.at(-1);
      if (atom.kind === "space") {
        if (current) current.text += " ";
        continue;
      }
      if (current && current.node === atom.node && sameStyle(current.style, atom.style)) current.text += atom.text;
      else segments.push({ text: atom.text, style: atom.style, node: atom.node, width: 0, spaces: 0 });
    }
    let width = 0;
    let size = 0;
    for (const segment of segments) {
      segment.width = this.width(segment.style, segment.text);
      segment.spaces = segment.text.split(" ").length - 1;
      width += segment.width;
      size = Math.max(size, segment.style.size);
    }
    return {
      segments,
      height: options.leading,
      baseline: baselineOf(options.leading, size),
      indent: options.indent ?? 0,
      width,
      measure: options.measure,
      justify: Boolean(options.justify) && !last,
      decor: [],
    };
  }
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
