/**
 * What setting and drawing text needs from a TrueType file, read straight
 * from its tables: the glyph for each character (`cmap`), advance widths
 * (`hmtx`), the standard ligatures (GSUB `liga`) and pair kerning (GPOS
 * `kern`). fontkit's shaper, which pdfkit used to measure and draw, took
 * about 0.1 ms a word and parsed the layout tables of every face again for
 * each document (several MiB of objects a face). What is kept here is plain
 * numbers, so one FontFile serves every document of a process: nothing of it
 * reaches pdfkit's subsets.
 *
 * Left out, as neither the scripts it serves (Latin, Greek, Cyrillic, CJK,
 * symbols) nor these fonts need them for running text: contextual lookups,
 * mark positioning, and kerning across a space. Scripts that need them are
 * shaped by fontkit (`FontkitShaper`); `_font-file.test.ts` checks this
 * reader against fontkit glyph by glyph.
 */
import { EMPTY_SHAPED, MAX_SHAPED, type Shaped, type Shaper } from "./_shaper.js";

interface Ligature {
  /** Glyphs after the first that must follow for the ligature to apply. */
  rest: number[];
  glyph: number;
}

const NO_KERNS: readonly number[] = [];
/** No glyph id is this large in a TrueType font (ids are below 65,535). */
const UNKNOWN = 0xffff;

export class FontFile implements Shaper {
  readonly unitsPerEm: number;
  private readonly view: DataView;
  private readonly tables = new Map<string, number>();
  /** The Unicode cmap as [start, end, first glyph] triples, sorted. */
  private readonly groups: Uint32Array;
  private readonly advances: Uint16Array;
  /** Ligature lookups in the order they apply; each maps a first glyph to its ligatures, preferred first. */
  private readonly ligatures: Map<number, Ligature[]>[];
  /** PairPos subtables (absolute offsets), grouped by lookup: every lookup adds its first matching subtable's value. */
  private readonly kerning: number[][];
  /**
   * Glyphs of the Basic Multilingual Plane as found, UNKNOWN until first asked
   * for: every character set passes through here. Held in blocks of 256
   * characters, each made on first use, since text draws on a few of the 256
   * blocks (one table for the whole plane was 128 KiB a face).
   */
  private readonly bmp: (Uint16Array | undefined)[] = [];
  private readonly shapedCache = new Map<string, Shaped>();
  readonly space: number;

  constructor(bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const count = this.u16(4);
    for (let i = 0; i < count; i++) {
      const record = 12 + 16 * i;
      this.tables.set(
        String.fromCharCode(bytes[record]!, bytes[record + 1]!, bytes[record + 2]!, bytes[record + 3]!),
        this.u32(record + 8),
      );
    }
    this.unitsPerEm = this.u16(this.table("head") + 18);
    this.groups = this.readCmap();
    this.advances = this.readAdvances();
    this.ligatures = this.lookups("GSUB", "liga", 4, 7).map((subtables) => this.readLigatures(subtables));
    this.kerning = this.lookups("GPOS", "kern", 2, 9);
    this.space = this.glyph(0x20);
  }

  /** The glyph for a character, 0 (the empty box) when the font has none. */
  glyph(codePoint: number): number {
    if (codePoint > 0xffff) return this.findGlyph(codePoint);
    const block = (this.bmp[codePoint >> 8] ??= new Uint16Array(256).fill(UNKNOWN));
    let glyph = block[codePoint & 0xff]!;
    if (glyph === UNKNOWN) block[codePoint & 0xff] = glyph = this.findGlyph(codePoint);
    return glyph;
  }

  advance(glyph: number): number {
    return this.advances[Math.min(glyph, this.advances.length - 1)]!;
  }

  /** A word (no spaces) as kerned glyphs with ligatures applied; cached, since a briefing sets the same words again and again. */
  shape(word: string): Shaped {
    if (word === "") return EMPTY_SHAPED;
    return this.shapedCache.get(word) ?? this.shapeNew(word);
  }

  private shapeNew(word: string): Shaped {
    const glyphs: number[] = [];
    const chars: string[] = [];
    for (const char of word) {
      glyphs.push(this.glyph(char.codePointAt(0)!));
      chars.push(char);
    }
    for (const lookup of this.ligatures) {
      for (let i = 0; i < glyphs.length; i++) {
        const ligature = lookup.get(glyphs[i]!)?.find((candidate) => candidate.rest.every((glyph, j) => glyphs[i + 1 + j] === glyph));
        if (!ligature) continue;
        const n = ligature.rest.length + 1;
        glyphs.splice(i, n, ligature.glyph);
        chars.splice(i, n, chars.slice(i, i + n).join(""));
      }
    }
    const kerns: number[] = [];
    let width = 0;
    for (let i = 0; i < glyphs.length; i++) {
      const kern = i + 1 < glyphs.length ? this.kern(glyphs[i]!, glyphs[i + 1]!) : 0;
      kerns.push(kern);
      width += this.advance(glyphs[i]!) + kern;
    }
    if (this.shapedCache.size >= MAX_SHAPED) this.shapedCache.clear();
    // Copies trimmed to their length, and no kerns for the many words without any: the cache keeps thousands of words.
    const shaped = {
      glyphs: glyphs.slice(),
      chars: chars.slice(),
      kerns: kerns.some((kern) => kern !== 0) ? kerns.slice() : NO_KERNS,
      width,
    };
    this.shapedCache.set(word, shaped);
    return shaped;
  }

  /** Pair kerning in font units; only asked for when a word is first shaped, so not cached itself. */
  kern(left: number, right: number): number {
    let value = 0;
    for (const subtables of this.kerning) {
      for (const subtable of subtables) {
        const found = this.pairValue(subtable, left, right);
        if (found !== undefined) {
          value += found;
          break;
        }
      }
    }
    return value;
  }

  private u16(offset: number): number {
    return this.view.getUint16(offset);
  }

  private i16(offset: number): number {
    return this.view.getInt16(offset);
  }

  private u32(offset: number): number {
    return this.view.getUint32(offset);
  }

  private table(tag: string): number {
    const offset = this.tables.get(tag);
    if (offset === undefined) throw new Error(`the font has no ${tag} table`);
    return offset;
  }

  /** The Unicode cmap as [start, end, glyph] groups: format 12 when present (it covers every plane), else format 4 turned into groups. */
  private readCmap(): Uint32Array {
    const cmap = this.table("cmap");
    let format4: number | undefined;
    for (let i = 0, n = this.u16(cmap + 2); i < n; i++) {
      const record = cmap + 4 + 8 * i;
      const platform = this.u16(record);
      const encoding = this.u16(record + 2);
      const subtable = cmap + this.u32(record + 4);
      const format = this.u16(subtable);
      if (format === 12 && (platform === 3 || platform === 0)) {
        const groups = this.u32(subtable + 12);
        const result = new Uint32Array(groups * 3);
        for (let g = 0; g < groups * 3; g++) result[g] = this.u32(subtable + 16 + 4 * g);
        return result;
      }
      if (format === 4 && ((platform === 3 && encoding === 1) || platform === 0)) format4 ??= subtable;
    }
    if (format4 === undefined) throw new Error("the font has no Unicode cmap");
    const segments = this.u16(format4 + 6) / 2;
    const ends = format4 + 14;
    const starts = ends + 2 * segments + 2;
    const deltas = starts + 2 * segments;
    const rangeOffsets = deltas + 2 * segments;
    const groups: number[] = [];
    for (let s = 0; s < segments; s++) {
      const start = this.u16(starts + 2 * s);
      const end = this.u16(ends + 2 * s);
      const delta = this.u16(deltas + 2 * s);
      const rangeOffset = this.u16(rangeOffsets + 2 * s);
      for (let code = start; code <= end && code !== 0xffff; code++) {
        let glyph: number;
        if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
        else {
          const raw = this.u16(rangeOffsets + 2 * s + rangeOffset + 2 * (code - start));
          glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
        }
        if (glyph !== 0) groups.push(code, code, glyph);
      }
    }
    return Uint32Array.from(groups);
  }

  private findGlyph(codePoint: number): number {
    const groups = this.groups;
    let low = 0;
    let high = groups.length / 3 - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (codePoint < groups[3 * mid]!) high = mid - 1;
      else if (codePoint > groups[3 * mid + 1]!) low = mid + 1;
      else return groups[3 * mid + 2]! + codePoint - groups[3 * mid]!;
    }
    return 0;
  }

  private readAdvances(): Uint16Array {
    const metrics = this.u16(this.table("hhea") + 34);
    const hmtx = this.table("hmtx");
    const advances = new Uint16Array(metrics);
    for (let i = 0; i < metrics; i++) advances[i] = this.u16(hmtx + 4 * i);
    return advances;
  }

  /**
   * The subtables of every lookup that a feature uses in any script's default
   * language, in lookup order, with extension subtables unwrapped; only
   * lookups of the wanted type are kept.
   */
  private lookups(tag: "GSUB" | "GPOS", feature: string, type: number, extension: number): number[][] {
    const base = this.tables.get(tag);
    if (base === undefined) return [];
    const scripts = base + this.u16(base + 4);
    const features = base + this.u16(base + 6);
    const lookups = base + this.u16(base + 8);
    const wanted = new Set<number>();
    for (let s = 0, n = this.u16(scripts); s < n; s++) {
      const script = scripts + this.u16(scripts + 2 + 6 * s + 4);
      const langSys = this.u16(script);
      if (langSys === 0) continue;
      const indices = script + langSys + 6;
      for (let f = 0, m = this.u16(script + langSys + 4); f < m; f++) {
        const record = features + 2 + 6 * this.u16(indices + 2 * f);
        const tagName = String.fromCharCode(
          this.view.getUint8(record),
          this.view.getUint8(record + 1),
          this.view.getUint8(record + 2),
          this.view.getUint8(record + 3),
        );
        if (tagName !== feature) continue;
        const table = features + this.u16(record + 4);
        for (let l = 0, k = this.u16(table + 2); l < k; l++) wanted.add(this.u16(table + 4 + 2 * l));
      }
    }
    const result: number[][] = [];
    for (const index of [...wanted].sort((a, b) => a - b)) {
      const lookup = lookups + this.u16(lookups + 2 + 2 * index);
      const subtables: number[] = [];
      for (let i = 0, n = this.u16(lookup + 4); i < n; i++) {
        let subtable = lookup + this.u16(lookup + 6 + 2 * i);
        let subtype = this.u16(lookup);
        if (subtype === extension) {
          subtype = this.u16(subtable + 2);
          subtable += this.u32(subtable + 4);
        }
        if (subtype === type) subtables.push(subtable);
      }
      if (subtables.length > 0) result.push(subtables);
    }
    return result;
  }

  private readLigatures(subtables: number[]): Map<number, Ligature[]> {
    const map = new Map<number, Ligature[]>();
    for (const subtable of subtables) {
      const firsts = this.coverageGlyphs(subtable + this.u16(subtable + 2));
      firsts.forEach((first, index) => {
        const set = subtable + this.u16(subtable + 6 + 2 * index);
        const list = map.get(first) ?? [];
        for (let l = 0, n = this.u16(set); l < n; l++) {
          const ligature = set + this.u16(set + 2 + 2 * l);
          const rest = Array.from({ length: this.u16(ligature + 2) - 1 }, (_, c) => this.u16(ligature + 4 + 2 * c));
          list.push({ rest, glyph: this.u16(ligature) });
        }
        map.set(first, list);
      });
    }
    return map;
  }

  /** Every glyph of a coverage table, in coverage-index order. */
  private coverageGlyphs(coverage: number): number[] {
    const glyphs: number[] = [];
    const n = this.u16(coverage + 2);
    if (this.u16(coverage) === 1) for (let i = 0; i < n; i++) glyphs.push(this.u16(coverage + 4 + 2 * i));
    else
      for (let r = 0; r < n; r++) {
        const record = coverage + 4 + 6 * r;
        for (let glyph = this.u16(record); glyph <= this.u16(record + 2); glyph++) glyphs.push(glyph);
      }
    return glyphs;
  }

  private coverageIndex(coverage: number, glyph: number): number {
    const n = this.u16(coverage + 2);
    let low = 0;
    let high = n - 1;
    const format = this.u16(coverage);
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (format === 1) {
        const found = this.u16(coverage + 4 + 2 * mid);
        if (glyph < found) high = mid - 1;
        else if (glyph > found) low = mid + 1;
        else return mid;
      } else {
        const record = coverage + 4 + 6 * mid;
        if (glyph < this.u16(record)) high = mid - 1;
        else if (glyph > this.u16(record + 2)) low = mid + 1;
        else return this.u16(record + 4) + glyph - this.u16(record);
      }
    }
    return -1;
  }

  private classOf(classDef: number, glyph: number): number {
    if (this.u16(classDef) === 1) {
      const index = glyph - this.u16(classDef + 2);
      return index >= 0 && index < this.u16(classDef + 4) ? this.u16(classDef + 6 + 2 * index) : 0;
    }
    let low = 0;
    let high = this.u16(classDef + 2) - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const record = classDef + 4 + 6 * mid;
      if (glyph < this.u16(record)) high = mid - 1;
      else if (glyph > this.u16(record + 2)) low = mid + 1;
      else return this.u16(record + 4);
    }
    return 0;
  }

  /** The x-advance adjustment a PairPos subtable gives the first glyph of a pair, undefined when the subtable does not cover it. */
  private pairValue(subtable: number, left: number, right: number): number | undefined {
    const index = this.coverageIndex(subtable + this.u16(subtable + 2), left);
    if (index < 0) return undefined;
    const format1 = this.u16(subtable + 4);
    const format2 = this.u16(subtable + 6);
    const size1 = 2 * popCount(format1);
    const size2 = 2 * popCount(format2);
    // XAdvance comes after XPlacement and YPlacement when they are present.
    const advance = format1 & 0x4 ? 2 * popCount(format1 & 0x3) : -1;
    if (this.u16(subtable) === 1) {
      const set = subtable + this.u16(subtable + 10 + 2 * index);
      const record = 2 + size1 + size2;
      let low = 0;
      let high = this.u16(set) - 1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        const at = set + 2 + record * mid;
        const second = this.u16(at);
        if (right < second) high = mid - 1;
        else if (right > second) low = mid + 1;
        else return advance < 0 ? 0 : this.i16(at + 2 + advance);
      }
      return undefined;
    }
    const class1 = this.classOf(subtable + this.u16(subtable + 8), left);
    const class2 = this.classOf(subtable + this.u16(subtable + 10), right);
    const class2Count = this.u16(subtable + 14);
    const at = subtable + 16 + (class1 * class2Count + class2) * (size1 + size2);
    return advance < 0 ? 0 : this.i16(at + advance);
  }
}

function popCount(value: number): number {
  let count = 0;
  for (let v = value; v; v &= v - 1) count++;
  return count;
}
