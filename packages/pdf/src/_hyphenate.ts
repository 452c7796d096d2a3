import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** Puts soft hyphens (U+00AD) at the break points of every word in a text. */
export type Hyphenate = (text: string) => string;

const require = createRequire(import.meta.url);

/**
 * Words as the `hyphen` package finds them: runs of anything but white space,
 * ASCII digits and punctuation (the apostrophe, U+0027, excepted) and the
 * dashes, quotes and other punctuation of U+2013 to U+203C.
 */
const WORD = /[^\s!-&(-@[-`{-~\u2013-\u203C]+/g;
/** Shorter words are left whole, as `hyphen` does. */
const MIN_WORD = 5;
const SOFT_HYPHEN = "\u00AD";

/**
 * A language's patterns (Liang's, as TeX uses them) in the form the `hyphen`
 * package ships them: a trie whose entries point into a table of levels.
 * The trie is kept in typed arrays; each node's entries are contiguous.
 */
interface Patterns {
  /** Per node, the index of its first entry; node n's entries end where node n + 1's begin. */
  first: Int32Array;
  /** Per entry: the character (one UTF-16 unit), the node it leads to (-1: none), its row of `levels` (-1: none). */
  chars: Uint16Array;
  next: Int32Array;
  rows: Int32Array;
  root: number;
  /** The levels of each pattern: the first is the level just before the pattern's first letter (its first after a leading "."). */
  levels: number[][];
  /** Whole words whose break positions are given rather than computed. */
  exceptions: Map<string, number[]>;
}

/**
 * A reader for the data of one of `hyphen`'s pattern files: a JavaScript
 * literal of arrays, objects and integers, object keys quoted or not.
 * Commas are skipped like white space.
 */
class LiteralReader {
  constructor(
    readonly text: string,
    public at: number,
  ) {}

  /** The next character that is not white space or a comma, left unread. */
  peek(): string {
    for (;;) {
      const char = this.text[this.at];
      if (char === undefined) throw new Error("unexpected end of the pattern data");
      if (char > " " && char !== ",") return char;
      this.at++;
    }
  }

  expect(char: string): void {
    if (this.peek() !== char) throw new Error(`expected "${char}" at ${this.at} of the pattern data`);
    this.at++;
  }

  integer(): number {
    this.peek();
    const start = this.at;
    let value = 0;
    for (let digit = this.digit(); digit >= 0; digit = this.digit()) value = value * 10 + digit;
    if (this.at === start) throw new Error(`expected a number at ${start} of the pattern data`);
    return value;
  }

  /** The digit at the cursor, consumed; -1, with nothing consumed, if there is none. */
  private digit(): number {
    const digit = this.text.charCodeAt(this.at) - 0x30;
    if (!(digit >= 0 && digit <= 9)) return -1;
    this.at++;
    return digit;
  }

  /** Reads an object key and its colon; returns where the key's text starts and ends. */
  private skipKey(): [start: number, end: number] {
    if (this.peek() === '"') {
      const start = this.at + 1;
      const end = this.text.indexOf('"', start);
      this.at = end + 1;
      this.expect(":");
      return [start, end];
    }
    const start = this.at;
    let end = this.text.indexOf(":", start);
    this.at = end;
    while (end > start && this.text[end - 1]! <= " ") end--;
    this.expect(":");
    return [start, end];
  }

  key(): string {
    const [start, end] = this.skipKey();
    return this.text.slice(start, end);
  }

  /** A key of one UTF-16 unit as its code, -1 for a longer one; read without making a string of every key of a trie. */
  keyCode(): number {
    const [start, end] = this.skipKey();
    return end - start === 1 ? this.text.charCodeAt(start) : -1;
  }

  /** Integers, arrays and objects as plain values. */
  value(): unknown {
    if (this.peek() === "[") {
      this.at++;
      const items: unknown[] = [];
      while (this.peek() !== "]") items.push(this.value());
      this.at++;
      return items;
    }
    if (this.peek() === "{") {
      this.at++;
      const entries: [string, unknown][] = [];
      while (this.peek() !== "}") entries.push([this.key(), this.value()]);
      this.at++;
      return Object.fromEntries(entries);
    }
    return this.integer();
  }
}

/**
 * Reads the trie into arrays sized beforehand from the text (every node
 * opens with "{", every entry has a ":"): growing arrays of German's 60,000
 * entries would leave megabytes of discarded copies behind.
 */
class TrieReader {
  readonly first: Int32Array;
  readonly chars: Uint16Array;
  readonly next: Int32Array;
  readonly rows: Int32Array;
  private nodes = 0;
  private entries = 0;
  /** Entries (character, next node, row) of the nodes being read, innermost last. */
  private readonly open: number[] = [];

  constructor(private readonly reader: LiteralReader) {
    let nodes = 0;
    let entries = 0;
    for (let at = reader.at; at < reader.text.length; at++) {
      const char = reader.text[at];
      if (char === "{") nodes++;
      else if (char === ":") entries++;
    }
    this.first = new Int32Array(nodes + 1);
    this.chars = new Uint16Array(entries);
    this.next = new Int32Array(entries);
    this.rows = new Int32Array(entries);
  }

  /** The whole trie; returns its root, the node read last. */
  read(): number {
    const root = this.node();
    this.first[root + 1] = this.entries;
    return root;
  }

  /**
   * A node, its descendants first, so that its own entries can be stored
   * together once they are all known. An entry's value is a row of levels
   * (a pattern ends there), a node (longer patterns go on), or both as `[node, row]`.
   */
  private node(): number {
    const { reader, open } = this;
    const from = open.length;
    reader.expect("{");
    while (reader.peek() !== "}") {
      const char = reader.keyCode();
      let next = -1;
      let row = -1;
      if (reader.peek() === "[") {
        reader.expect("[");
        next = this.node();
        row = reader.integer();
        reader.expect("]");
      } else if (reader.peek() === "{") next = this.node();
      else row = reader.integer();
      // `hyphen` looks entries up one UTF-16 unit at a time, so a longer key never matches.
      if (char >= 0) open.push(char, next, row);
    }
    reader.expect("}");
    this.first[this.nodes] = this.entries;
    for (let i = from; i < open.length; i += 3) {
      this.chars[this.entries] = open[i]!;
      this.next[this.entries] = open[i + 1]!;
      this.rows[this.entries++] = open[i + 2]!;
    }
    open.length = from;
    return this.nodes++;
  }
}

/**
 * The patterns behind `hyphen/<tag>`, read from the text of its pattern
 * file. Requiring the package's module instead would have V8 compile the
 * patterns as one object literal (some 30 MiB of memory for German) into a
 * trie of objects several times the size of these arrays.
 */
function readPatterns(tag: string): Patterns | undefined {
  let module: string;
  try {
    module = require.resolve(`hyphen/${tag}`);
  } catch {
    return undefined;
  }
  return parsePatterns(readFileSync(patternFile(module), "utf8"));
}

/** The pattern file a language module of `hyphen` wraps, through the module it stands for if it is an alias ("en" for "en-us"). */
function patternFile(module: string): string {
  const source = readFileSync(module, "utf8");
  const wrapped = /require\("(\.\.\/patterns\/[\w-]+\.js)"\)/.exec(source);
  if (wrapped) return join(dirname(module), wrapped[1]!);
  const alias = /require\("(\.\.\/[\w-]+\/index\.js)"\)/.exec(source);
  if (alias) return patternFile(join(dirname(module), alias[1]!));
  throw new Error(`${module} names no pattern file where expected`);
}

function parsePatterns(text: string): Patterns {
  // The data is what the file's wrapper is called with: `})(this, [levels, trie, exceptions?]);`.
  const call = text.indexOf("})(this,");
  if (call < 0) throw new Error("the pattern file has no data where expected");
  const reader = new LiteralReader(text, call + "})(this,".length);
  reader.expect("[");
  const levels = reader.value() as number[][];
  const trie = new TrieReader(reader);
  const root = trie.read();
  const exceptions = reader.peek() === "{" ? (reader.value() as Record<string, number[]>) : {};
  const { first, chars, next, rows } = trie;
  return { first, chars, next, rows, root, levels, exceptions: new Map(Object.entries(exceptions)) };
}

/** The positions in a word (as string indices) before which it may break. Lower case regardless of the host's locale keeps the output the same everywhere. */
function breaks(patterns: Patterns, word: string): number[] {
  const lower = word.toLowerCase();
  const exception = patterns.exceptions.get(lower);
  if (exception) return exception;
  const { first, chars, next, rows, levels } = patterns;
  const found = new Uint8Array(word.length + 1);
  const dotted = `.${lower}.`;
  // Every pattern that starts at each position of ".word." (at least three characters from its end) adds its levels.
  for (let start = 0; start + 3 <= dotted.length; start++) {
    const offset = Math.max(start - 1, 0);
    let node = patterns.root;
    for (let i = start; i < dotted.length && node >= 0; i++) {
      const char = dotted.charCodeAt(i);
      let entry = first[node]!;
      const end = first[node + 1]!;
      while (entry < end && chars[entry] !== char) entry++;
      if (entry === end) break;
      const row = rows[entry]!;
      if (row >= 0) {
        const pattern = levels[row]!;
        for (let k = 0; k < pattern.length; k++) if (pattern[k]! > found[offset + k]!) found[offset + k] = pattern[k]!;
      }
      node = next[entry]!;
    }
  }
  // No break leaving a single letter on either side; odd levels are breaks.
  const n = word.length;
  found[0] = found[1] = found[n - 1] = found[n] = 0;
  const result: number[] = [];
  found.forEach((level, position) => {
    if (level % 2 === 1) result.push(position);
  });
  return result;
}

/**
 * Hyphenation with `hyphen`'s rules and so its break points (the tests
 * compare the two), except that text is plain: nothing in it is skipped as
 * HTML markup, which `hyphen` does by default.
 */
function hyphenator(patterns: Patterns): Hyphenate {
  return (text) =>
    text.replace(WORD, (word) => {
      if (word.length < MIN_WORD) return word;
      let result = "";
      let from = 0;
      for (const position of breaks(patterns, word)) {
        result += word.slice(from, position) + SOFT_HYPHEN;
        from = position;
      }
      return result + word.slice(from);
    });
}

/** Hyphenators by lower-case tag, read on first use and kept for the process (undefined: no patterns). */
const loaded = new Map<string, Hyphenate | undefined>();

function load(tag: string): Hyphenate | undefined {
  if (!loaded.has(tag)) {
    const patterns = readPatterns(tag);
    loaded.set(tag, patterns && hyphenator(patterns));
  }
  return loaded.get(tag);
}

/** The same paragraphs are set twice (layout, then drawing); hyphenate each text once per document. */
export function memoize(hyphenate: Hyphenate): Hyphenate {
  const done = new Map<string, string>();
  return (text) => {
    let result = done.get(text);
    if (result === undefined) done.set(text, (result = hyphenate(text)));
    return result;
  };
}

/**
 * The hyphenator for a BCP 47 tag: the full tag's patterns ("en-GB"), else
 * the language's ("de" for "de-AT"), else none (text is then justified
 * without hyphenation). Tags are schema-checked, so they cannot name a path.
 */
export function hyphenatorFor(language: string | undefined): Hyphenate | undefined {
  if (!language) return undefined;
  const tag = language.toLowerCase();
  const primary = tag.split("-")[0]!;
  return load(tag) ?? (primary === tag ? undefined : load(primary));
}
