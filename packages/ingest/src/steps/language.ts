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
}

const cache = new Map<string, ReadonlySet<string>>();
function stopwordsOf(code: string): ReadonlySet<string> {
  let set = cache.get(code);
  if (!set) {
    set = new Set(stopwordLists[code] ?? []);
    cache.set(code, set);
  }
  return set;
}

/** Words of a line, lower-cased, split on anything that is not a letter, digit or apostrophe. */
export function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}'’]+/u).filter(Boolean);
}

/** BCP 47 primary tag → the language used for stop words, when Dateline knows it. */
export function languageFromTag(tag: string): Language {
  const code = tag.toLowerCase().split("-")[0] ?? "en";
  return { code, unspaced: code === "zh" || code === "ja", stopwords: stopwordsOf(stopwordLists[code] ? code : "en") };
}

/**
 * Guess the language of a page from its longer lines: the script first
 * (Han/kana have no spaces), then the stop-word list that covers the most
 * words. jusText classifies paragraphs by stop-word density, so the list
 * must be the page's own.
 */
export function detectLanguage(texts: readonly string[]): Language {
  const sample = texts.filter((text) => text.length > 40).slice(0, 200).join("\n") || texts.join("\n");
  const kana = (sample.match(/[\u3040-\u30FF]/g) ?? []).length;
  const han = (sample.match(/\p{Script=Han}/gu) ?? []).length;
  const letters = (sample.match(/\p{L}/gu) ?? []).length || 1;
  if ((kana + han) / letters > 0.3) return languageFromTag(kana > han * 0.1 ? "ja" : "zh");
  const sampleWords = words(sample);
  let best = { code: "en", hits: -1 };
  for (const code of SPACED_LANGUAGES) {
    const list = stopwordsOf(code);
    let hits = 0;
    // Short, common words decide; long list entries ("according") would favour big lists.
    for (const word of sampleWords) if (word.length <= 4 && list.has(word)) hits++;
    if (hits > best.hits) best = { code, hits };
  }
  return languageFromTag(best.code);
}

/** Share of a line's words that are stop words: high in running prose, low in menus and titles. */
export function stopwordDensity(text: string, language: Language): number {
  const list = words(text);
  if (list.length === 0) return 0;
  let hits = 0;
  for (const word of list) if (language.stopwords.has(word)) hits++;
  return hits / list.length;
}
