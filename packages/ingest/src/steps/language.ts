import { createRequire } from "node:module";
import { SIGNAL_PHRASES } from "./boilerplate.js";

const stopwordLists = createRequire(import.meta.url)("stopwords-iso") as Record<string, string[]>;

/** Languages whose words are separated by spaces, tried when guessing a page's language. */
const SPACED_LANGUAGES = [
  "en",
  "de",
  "fr",
  "es",
  "it",
  "pt",
  "nl",
  "cs",
  "sk",
  "pl",
  "sv",
  "da",
  "no",
  "fi",
  "ru",
  "uk",
  "tr",
  "ro",
  "hu",
  "el",
  "ca",
  "hr",
  "sl",
  "id",
];

export interface Language {
  /** ISO 639-1 code. */
  code: string;
  /** Scripts without spaces between words (Chinese, Japanese) are measured in characters, not words. */
  unspaced: boolean;
  stopwords: ReadonlySet<string>;
  /** The stop words, and the signal words of page furniture, as a table `readWords` asks without cutting words out of the line. */
  wordTable: WordTable;
}

/**
 * Words keyed by two independent hashes of their characters and their
 * length, in open-addressed typed arrays, each with flags saying what it
 * signals: a probe costs a few array reads, where a Map lookup plus a string
 * comparison per word cost the word scan half its time. Two 30-bit hashes and
 * a length agree by chance for fewer than one word in 10^15, far below
 * anything a density could show.
 */
interface WordTable {
  mask: number;
  /** First hash + 1 per slot; 0 marks an empty slot. */
  first: Int32Array;
  second: Int32Array;
  length: Uint8Array;
  flags: Uint8Array;
}

/** Flag of a stop word; the other bits are the furniture signals of `SIGNAL_PHRASES`. */
const STOPWORD = 1;

/** The two hashes, extended by one UTF-16 code unit as a scan reads a word; 30 bits keep them small integers for V8. */
function extendFirst(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) & 0x3fffffff;
}
function extendSecond(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193) & 0x3fffffff;
}
const SECOND_SEED = 0x811c9dc5 & 0x3fffffff;

function buildTable(flagsByWord: ReadonlyMap<string, number>): WordTable {
  let size = 64;
  while (size < flagsByWord.size * 4) size *= 2;
  const table = {
    mask: size - 1,
    first: new Int32Array(size),
    second: new Int32Array(size),
    length: new Uint8Array(size),
    flags: new Uint8Array(size),
  };
  for (const [word, flags] of flagsByWord) {
    let first = 0;
    let second = SECOND_SEED;
    for (let i = 0; i < word.length; i++) {
      first = extendFirst(first, word.charCodeAt(i));
      second = extendSecond(second, word.charCodeAt(i));
    }
    let slot = first & table.mask;
    while (table.first[slot] !== 0) slot = (slot + 1) & table.mask;
    table.first[slot] = first + 1;
    table.second[slot] = second;
    table.length[slot] = Math.min(word.length, 255);
    table.flags[slot] = flags;
  }
  return table;
}

/** The flags of a word, 0 when the table does not hold it. */
function flagsOf(table: WordTable, first: number, second: number, length: number): number {
  for (let slot = first & table.mask; table.first[slot] !== 0; slot = (slot + 1) & table.mask) {
    if (table.first[slot] === first + 1 && table.second[slot] === second && table.length[slot] === length) return table.flags[slot]!;
  }
  return 0;
}

/** The first word of each furniture phrase, as the word scan splits it, with the signals it raises. */
function signalWords(): Map<string, number> {
  const flags = new Map<string, number>();
  for (const [phrase, signal] of SIGNAL_PHRASES) {
    let first = "";
    scanWords(phrase, (word) => (first ||= word));
    flags.set(first, (flags.get(first) ?? 0) | signal);
  }
  return flags;
}

type Stopwords = Pick<Language, "stopwords" | "wordTable">;
const cache = new Map<string, Stopwords>();
function stopwordsOf(code: string): Stopwords {
  let entry = cache.get(code);
  if (!entry) {
    const words = stopwordLists[code] ?? [];
    const flagsByWord = signalWords();
    for (const word of words) flagsByWord.set(word, (flagsByWord.get(word) ?? 0) | STOPWORD);
    entry = { stopwords: new Set(words), wordTable: buildTable(flagsByWord) };
    cache.set(code, entry);
  }
  return entry;
}

const languages = new Map<string, Language>();

/** BCP 47 primary tag → the language used for stop words, when Dateline knows it. Made once per tag. */
export function languageFromTag(tag: string): Language {
  let language = languages.get(tag);
  if (!language) {
    const code = tag.toLowerCase().split("-")[0] ?? "en";
    language = { code, unspaced: code === "zh" || code === "ja", ...stopwordsOf(stopwordLists[code] ? code : "en") };
    languages.set(tag, language);
  }
  return language;
}

/**
 * Guess the language of a page from its longer lines: the script first
 * (Han/kana have no spaces), then the stop-word list that covers the most
 * words. jusText classifies paragraphs by stop-word density, so the list
 * must be the page's own.
 */
export function detectLanguage(texts: readonly string[]): Language {
  // A few thousand characters of the longer lines decide as well as the whole page does.
  let sample = "";
  for (const text of texts) {
    if (text.length <= 40) continue;
    sample += `${text}\n`;
    if (sample.length > 6000) break;
  }
  if (sample === "") sample = texts.join("\n").slice(0, 6000);
  let kana = 0;
  let han = 0;
  let visible = 1;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code > 32) visible++;
    if (code >= 0x3040 && code <= 0x30ff) kana++;
    else if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) han++;
  }
  if ((kana + han) / visible > 0.3) return languageFromTag(kana > han * 0.1 ? "ja" : "zh");
  const frequency = new Map<string, number>();
  // Short, common words decide; long list entries ("according") would favour big lists.
  scanWords(sample.toLowerCase(), (word) => {
    if (word.length <= 4) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  });
  let best = { code: "en", hits: -1 };
  for (const code of SPACED_LANGUAGES) {
    const list = stopwordsOf(code).stopwords;
    let hits = 0;
    for (const [word, count] of frequency) if (list.has(word)) hits += count;
    if (hits > best.hits) best = { code, hits };
  }
  return languageFromTag(best.code);
}

/**
 * Which UTF-16 code units separate words: white space and punctuation. A
 * table, because this is asked of every character of a page. The one
 * definition of a word in ingest.
 */
const SEPARATOR = new Uint8Array(0x10000);
for (let code = 0; code <= 32; code++) SEPARATOR[code] = 1;
for (const char of '\u00a0.,;:!?()[]{}"“”„«»‹›/\\|<>*+=&%#@~^_`…·•–—-') SEPARATOR[char.charCodeAt(0)] = 1;

/** Call `visit` with each word of lower-cased text. */
function scanWords(lower: string, visit: (word: string) => void): void {
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    if (i < lower.length && SEPARATOR[lower.charCodeAt(i)] !== 1) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(lower.slice(start, i));
      start = -1;
    }
  }
}

export interface WordReading {
  /** Words as the scan splits them, at white space and punctuation. */
  words: number;
  /** Share of `words` that are stop words: high in running prose, low in menus and titles. */
  density: number;
  /** The furniture signals (`CONSENT_SIGNAL`, `PROMPT_SIGNAL`) of the words met, or-ed together. */
  signals: number;
}

/**
 * Read the words of a lower-cased line once for all the classifier asks of
 * them. The hottest loop of ingest, so it walks the characters itself rather
 * than calling back per word, and hashes each word as it reads it instead of
 * cutting it out of the line.
 */
export function readWords(lower: string, language: Language): WordReading {
  const table = language.wordTable;
  let words = 0;
  let stopwords = 0;
  let signals = 0;
  let start = -1;
  let first = 0;
  let second = 0;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (SEPARATOR[code] !== 1) {
      if (start < 0) {
        start = i;
        first = 0;
        second = SECOND_SEED;
      }
      first = extendFirst(first, code);
      second = extendSecond(second, code);
    } else if (start >= 0) {
      const flags = flagsOf(table, first, second, i - start);
      words++;
      stopwords += flags & STOPWORD;
      signals |= flags;
      start = -1;
    }
  }
  // The last word, closed by the end of the line (a sentinel test inside the loop slowed every character).
  if (start >= 0) {
    const flags = flagsOf(table, first, second, lower.length - start);
    words++;
    stopwords += flags & STOPWORD;
    signals |= flags;
  }
  return { words, density: words === 0 ? 0 : stopwords / words, signals: signals & ~STOPWORD };
}
