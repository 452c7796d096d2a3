import { createRequire } from "node:module";

const stopwordLists = createRequire(import.meta.url)("stopwords-iso") as Record<string, string[]>;

/** Languages whose words are separated by spaces, tried when guessing a page's language. */
const SPACED_LANGUAGES = ["en", "de", "fr", "es", "it", "pt", "nl", "cs", "sk", "pl", "sv", "da", "no", "fi", "ru", "uk", "tr", "ro", "hu", "el", "ca", "hr", "sl", "id"];

export interface Language {
  /** ISO 639-1 code. */
  code: string;
  /** Scripts without spaces between words (Chinese, Japanese) are measured in characters, not words. */
  unspaced: boolean;
  stopwords: ReadonlySet<string>;
  /** The same words by `extendHash` of their characters, for `measureWords`. */
  stopwordsByHash: ReadonlyMap<number, readonly string[]>;
}

/** A word's hash, built one UTF-16 code unit at a time as a scan reads the word; 30 bits keep it a small integer for V8. */
function extendHash(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) & 0x3fffffff;
}

type Stopwords = Pick<Language, "stopwords" | "stopwordsByHash">;
const cache = new Map<string, Stopwords>();
function stopwordsOf(code: string): Stopwords {
  let entry = cache.get(code);
  if (!entry) {
    const words = stopwordLists[code] ?? [];
    const byHash = new Map<number, string[]>();
    for (const word of words) {
      let hash = 0;
      for (let i = 0; i < word.length; i++) hash = extendHash(hash, word.charCodeAt(i));
      byHash.set(hash, [...(byHash.get(hash) ?? []), word]);
    }
    entry = { stopwords: new Set(words), stopwordsByHash: byHash };
    cache.set(code, entry);
  }
  return entry;
}

/** BCP 47 primary tag → the language used for stop words, when Dateline knows it. */
export function languageFromTag(tag: string): Language {
  const code = tag.toLowerCase().split("-")[0] ?? "en";
  return { code, unspaced: code === "zh" || code === "ja", ...stopwordsOf(stopwordLists[code] ? code : "en") };
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
for (const char of "\u00a0.,;:!?()[]{}\"“”„«»‹›/\\|<>*+=&%#@~^_`…·•–—-") SEPARATOR[char.charCodeAt(0)] = 1;

function isSeparator(code: number): boolean {
  return SEPARATOR[code] === 1;
}

/** Call `visit` with each word of lower-cased text. */
function scanWords(lower: string, visit: (word: string) => void): void {
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    if (i < lower.length && !isSeparator(lower.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(lower.slice(start, i));
      start = -1;
    }
  }
}

/** Whether lower[start, end) is a stop word, looked up by its hash without cutting it out of the line. */
function isStopwordAt(lower: string, start: number, end: number, hash: number, language: Language): boolean {
  const words = language.stopwordsByHash.get(hash);
  if (words === undefined) return false;
  for (const word of words) if (word.length === end - start && lower.startsWith(word, start)) return true;
  return false;
}

/**
 * Words of a lower-cased line and the share of them that are stop words: high
 * in running prose, low in menus and titles. The hottest loop of ingest, so it
 * walks the characters itself rather than calling back per word, hashes each
 * word as it reads it (cutting every word out of the line for a set lookup
 * took a third of the classifier's time), and takes the line lower-cased by
 * the classifier, which needs that too.
 */
export function measureWords(lower: string, language: Language): { count: number; density: number } {
  let count = 0;
  let hits = 0;
  let start = -1;
  let hash = 0;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 32; // a space after the end closes the last word
    if (!isSeparator(code)) {
      if (start < 0) {
        start = i;
        hash = 0;
      }
      hash = extendHash(hash, code);
    } else if (start >= 0) {
      count++;
      if (isStopwordAt(lower, start, i, hash, language)) hits++;
      start = -1;
    }
  }
  return { count, density: count === 0 ? 0 : hits / count };
}
