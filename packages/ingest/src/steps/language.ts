import { createRequire } from "node:module";
// franc-min's own models and script patterns (files it ships, no `exports` map): the version is pinned exactly, and
// language.test.ts compares every answer with franc's.
import { data as francModels } from "franc-min/data.js";
import { expressions as francScripts } from "franc-min/expressions.js";
import { clean } from "trigram-utils";
import { SIGNAL_PHRASES } from "./boilerplate.js";
import { endsWithSentenceMark } from "./sentence.js";

const stopwordLists = createRequire(import.meta.url)("stopwords-iso") as Record<string, string[]>;

export interface Language {
  /** ISO 639-1 code. */
  code: string;
  /** Scripts without spaces between words (Chinese, Japanese, Thai) are measured in characters, not words. */
  unspaced: boolean;
  /**
   * Whether the share of stop words tells prose from a menu. Not in languages whose grammatical words are
   * joined to the words around them (Korean particles: "섬의", "여객선이"; Arabic and Hebrew "and", "the",
   * "in": "وأوضحت", "والشركة"), nor in the unspaced ones: their prose is told by length and ending alone.
   */
  stopwordsTellProse: boolean;
  /**
   * Share of stop words a line that ends as a sentence holds at least to be prose: `MIN_PROSE_DENSITY`, lower where
   * the language's list catches little of its grammar (`THIN_LIST_FLOORS`).
   */
  sentenceDensity: number;
  /** Characters from which a line can be a paragraph: a sentence says as much in fewer characters in some scripts. */
  proseLength: number;
  /** Characters from which a line standing alone can be a short paragraph of one sentence: half of `proseLength`. */
  shortParagraphLength: number;
  /** Characters from which a line that ends with no sentence mark can be a paragraph (see `Writing`). */
  unmarkedProseLength: number;
  /** Characters of an average word, by which an unspaced line's words are counted; undefined where spaces part words. */
  charactersPerWord: number | undefined;
  /** Whether the script ends a sentence with a mark: Thai and Lao end one with a space, and a paragraph with nothing. */
  marksSentenceEnds: boolean;
  /** The stop words, and the signal words of page furniture, as a table `readWords` asks without cutting words out of the line. */
  wordTable: WordTable;
}

/**
 * Words keyed by two independent hashes of their characters and their
 * length, in open-addressed typed arrays, each with flags saying what it
 * signals: a probe costs a few array reads, where a Map lookup plus a string
 * comparison per word cost the word scan half its time. Measured against a
 * plain Map<string, flags> fed by `scanWords` (same readings on every line of
 * the text fixtures, December 2026, on a loaded 2-core host): the word scan
 * alone is 1.8–2.5x faster (5 rounds over 14 M characters), and the
 * 1,000-page fixture batch takes about 400 against 470 ms of CPU (medians of
 * 7 runs, 5 interleaved rounds each). Two 30-bit hashes and
 * a length agree by chance for fewer than one word in 10^15, far below
 * anything a density could show.
 */
interface WordTable {
  mask: number;
  /** 32 less the bits of a slot's number: a word's slot is the top bits of its first hash times `SLOT_MIXER`. */
  shift: number;
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
/**
 * Spreads the first hash over the slots (Fibonacci hashing): its own low bits, the slot before, crowd the short words of
 * a stop-word list into runs (33 slots long in the English table), and a probe walked 1.8 slots on the fixtures' words
 * where it now walks 1.1 (round spd106). Where a word stands changes no answer: a slot is taken on all three keys.
 */
const SLOT_MIXER = 0x9e3779b1;

function slotOf(table: WordTable, first: number): number {
  return Math.imul(first, SLOT_MIXER) >>> table.shift;
}

function buildTable(flagsByWord: ReadonlyMap<string, number>): WordTable {
  let size = 64;
  while (size < flagsByWord.size * 4) size *= 2;
  const table = {
    mask: size - 1,
    shift: 32 - Math.log2(size),
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
    let slot = slotOf(table, first);
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
  for (let slot = slotOf(table, first); table.first[slot] !== 0; slot = (slot + 1) & table.mask) {
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

type Stopwords = Pick<Language, "wordTable">;
const cache = new Map<string, Stopwords>();
function stopwordsOf(code: string): Stopwords {
  let entry = cache.get(code);
  if (!entry) {
    const words = stopwordLists[code] ?? [];
    const flagsByWord = signalWords();
    for (const word of words) flagsByWord.set(word, (flagsByWord.get(word) ?? 0) | STOPWORD);
    entry = { wordTable: buildTable(flagsByWord) };
    cache.set(code, entry);
  }
  return entry;
}

/** Each language's stop words as a set, made once per language on first asking (`isStopword`). */
const stopwordSets = new Map<string, ReadonlySet<string>>();

/** Whether a word (lower case) is one of a language's stop words: grammar's word, naming no topic ("this", "avec", "della"). */
export function isStopword(word: string, code: string): boolean {
  return stopwordSetOf(code).has(word);
}

/** A language's stop words as a set, empty for a language with no list. */
function stopwordSetOf(code: string): ReadonlySet<string> {
  let set = stopwordSets.get(code);
  if (!set) {
    set = new Set(stopwordLists[code] ?? []);
    stopwordSets.set(code, set);
  }
  return set;
}

const languages = new Map<string, Language>();

/** How a language's script sets its words and sentences: what tells a line of its prose. */
interface Writing {
  /**
   * Shortest paragraph line, in characters: about twelve words of English prose. A sentence says as much in fewer
   * characters in some scripts (below).
   */
  proseLength: number;
  /**
   * Shortest paragraph line that ends with no sentence mark. Where the floor above came down for one-sentence
   * paragraphs, which end with a mark, a teaser's title of the same length, which has none, stays out.
   */
  unmarkedProseLength: number;
  /** Characters of an average word, where words are not spaced and are counted by length; undefined where spaces part them. */
  charactersPerWord: number | undefined;
  /** Whether the grammatical words are mostly joined to a neighbouring word, not words of their own. */
  joinedParticles: boolean;
  /** Whether the script ends a sentence with a mark: Thai and Lao end one with a space, and a paragraph with nothing. */
  marksSentenceEnds: boolean;
}

/** Latin, Cyrillic, Greek and every script not named below. */
const SPACED: Writing = {
  proseLength: 80,
  unmarkedProseLength: 80,
  charactersPerWord: undefined,
  joinedParticles: false,
  marksSentenceEnds: true,
};
/** Chinese and Japanese: ideographs and kana, whose words average about two characters; a sentence in a third of Latin's. */
const IDEOGRAPHIC: Writing = { ...SPACED, proseLength: 25, unmarkedProseLength: 25, charactersPerWord: 2 };
/**
 * Thai, Lao, Khmer and Myanmar: alphabets written without spaces between words (Thai "สะพาน", bridge, is five letters),
 * whose words and sentences run nearly as long as Latin ones: a Thai story of mine ran to 0.85 of its English telling.
 */
const UNSPACED_ALPHABETIC: Writing = { ...SPACED, proseLength: 68, unmarkedProseLength: 68, charactersPerWord: 4 };
/** Hangul packs a word into two or three syllables: a Korean sentence says as much in half Latin's characters. */
const HANGUL: Writing = { ...SPACED, proseLength: 40, unmarkedProseLength: 40, joinedParticles: true };
/**
 * Hebrew and Arabic script leave most vowels unwritten: a story of mine ran to 0.76 of its English telling in Hebrew,
 * 0.81 in Arabic, 0.89 in Persian, so a one-sentence paragraph of theirs fell short of Latin's half (40 characters).
 * A teaser's title runs as short, with no mark: a line without one still needs Latin's floor.
 */
const ABJAD: Writing = { ...SPACED, proseLength: 64 };

/** Each language's writing, by ISO 639-1 code; any other language's is `SPACED`. */
const WRITING: ReadonlyMap<string, Writing> = new Map([
  ["zh", IDEOGRAPHIC],
  ["ja", IDEOGRAPHIC],
  ["th", { ...UNSPACED_ALPHABETIC, marksSentenceEnds: false }],
  ["lo", { ...UNSPACED_ALPHABETIC, marksSentenceEnds: false }],
  ["my", UNSPACED_ALPHABETIC],
  ["km", UNSPACED_ALPHABETIC],
  ["ko", HANGUL],
  // Arabic's and Hebrew's "and", "the", "in" are joined to the next word ("وأوضحت", "והחברה"); Persian's and Urdu's stand apart.
  ["ar", { ...ABJAD, joinedParticles: true }],
  ["he", { ...ABJAD, joinedParticles: true }],
  ["yi", ABJAD],
  ["fa", ABJAD],
  ["ur", ABJAD],
  ["ps", ABJAD],
]);

/** Below this share of stop words a long line is a list of names rather than prose (jusText uses 0.30 with smaller lists). */
export const MIN_PROSE_DENSITY = 0.22;
/**
 * The floor of a sentence's stop words in the languages whose lists catch little of their grammar, in its endings
 * (Turkish "köprüden", from the bridge; Finnish "sillalta") or its cases (Russian, Czech, Polish). Of ten invented
 * plain news paragraphs a language (measurements/body-and-region.md, "a lower stop-word floor"), English, German,
 * French, Spanish, Hungarian, Indonesian, Vietnamese and Persian held 0.27 or more, every one over
 * `MIN_PROSE_DENSITY`; in these the thinnest held 0.06 (Turkish), 0.09 (Finnish), 0.13 (Czech), 0.14 (Russian) and 0.21 (Polish), with medians of 0.20
 * to 0.33, so that a story lost a plain paragraph read as a list. Each floor is a quarter of its language's median,
 * rounded down to the hundredth: under every invented paragraph. A list of names holds next to no stop words and ends
 * no sentence, which a line must to be held to this floor. Ukrainian and Estonian, whose every invented paragraph fell
 * under the fixed floor, are read by length and ending by `asPageReadsIt`.
 */
const THIN_LIST_FLOORS: ReadonlyMap<string, number> = new Map([
  ["tr", 0.05],
  ["fi", 0.05],
  ["ru", 0.07],
  ["pl", 0.07],
  ["cs", 0.08],
]);

/** BCP 47 primary tag → the language used for stop words, when Dateline knows it. Made once per tag. */
/** A short paragraph of one sentence standing alone needs this share of a prose line's length (a half). */
const SHORT_PARAGRAPH_SHARE = 2;

export function languageFromTag(tag: string): Language {
  let language = languages.get(tag);
  if (!language) {
    const code = tag.toLowerCase().split("-")[0] ?? "en";
    const { proseLength, unmarkedProseLength, charactersPerWord, joinedParticles, marksSentenceEnds } = WRITING.get(code) ?? SPACED;
    const unspaced = charactersPerWord !== undefined;
    language = {
      code,
      unspaced,
      // A language with no list of its own (Yiddish, Tamil, Serbian) would be read with English's, which no line of its prose holds.
      stopwordsTellProse: !unspaced && !joinedParticles && stopwordLists[code] !== undefined,
      sentenceDensity: THIN_LIST_FLOORS.get(code) ?? MIN_PROSE_DENSITY,
      proseLength,
      shortParagraphLength: proseLength / SHORT_PARAGRAPH_SHARE,
      unmarkedProseLength,
      charactersPerWord,
      marksSentenceEnds,
      ...stopwordsOf(stopwordLists[code] ? code : "en"),
    };
    languages.set(tag, language);
  }
  return language;
}

/** Sentence lines of a page read to tell whether its stop words tell its prose: enough to pool, few enough to cost nothing. */
const DENSITY_SAMPLE_LINES = 15;
/** Fewest such lines for the page to decide: with fewer, the language's own setting stands. */
const MIN_DENSITY_SAMPLE_LINES = 3;
/** Each language as read without its stop words, for the pages whose sentences hold too few of them: made once per language. */
const readWithoutStopwords = new Map<string, Language>();

/**
 * The language as this page's prose reads it: stop words tell prose only where the page's own sentences hold them.
 * Some lists leave out the commonest words (Ukrainian's holds neither "в" nor "на"), and in some languages the
 * grammatical words are endings of other words (Turkish "köprüden", from the bridge), so that every sentence of a
 * story reads as thin as a menu. When the page's sentence lines, pooled, hold a smaller share of stop words than a
 * line of prose must, its lines are told by length and ending alone, as Korean and Arabic are. Pooled, each line
 * weighing by its words: a short story under a few link lines that end like sentences is still told by its stop words.
 * Against the fixed floor, not a thin list's (`sentenceDensity`): pooled over that, a page of English prose tagged
 * Finnish or Czech was read by a list that holds none of its words.
 */
export function asPageReadsIt(language: Language, lines: ReadonlyArray<{ text: string; words: number; density: number }>): Language {
  if (!language.stopwordsTellProse) return language;
  let sampled = 0;
  let words = 0;
  let stopwords = 0;
  // The lines as the classifier read them with the language's stop words: reading their words again here cost ingest a twentieth of its time.
  for (const line of lines) {
    if (line.text.length < language.shortParagraphLength || !endsWithSentenceMark(line.text)) continue;
    words += line.words;
    stopwords += line.density * line.words;
    if (++sampled >= DENSITY_SAMPLE_LINES) break;
  }
  if (sampled < MIN_DENSITY_SAMPLE_LINES || stopwords >= words * MIN_PROSE_DENSITY) return language;
  let read = readWithoutStopwords.get(language.code);
  if (!read) {
    read = { ...language, stopwordsTellProse: false };
    readWithoutStopwords.set(language.code, read);
  }
  return read;
}

/**
 * franc's ISO 639-3 codes → ISO 639-1, the codes of `inLanguage` and of the stop-word lists. franc-min knows
 * 82 languages; those without a two-letter code stay out, and a page in one of them counts as undetected.
 */
export const TWO_LETTER_CODES: Readonly<Record<string, string>> = {
  arb: "ar",
  bel: "be",
  ben: "bn",
  bos: "bs",
  bul: "bg",
  ces: "cs",
  cmn: "zh",
  deu: "de",
  ell: "el",
  eng: "en",
  fra: "fr",
  guj: "gu",
  hau: "ha",
  hin: "hi",
  hrv: "hr",
  hun: "hu",
  ibo: "ig",
  ind: "id",
  ita: "it",
  jav: "jv",
  jpn: "ja",
  kan: "kn",
  kaz: "kk",
  kin: "rw",
  kor: "ko",
  mal: "ml",
  mar: "mr",
  mya: "my",
  nld: "nl",
  pan: "pa",
  pes: "fa",
  pol: "pl",
  por: "pt",
  ron: "ro",
  rus: "ru",
  sin: "si",
  som: "so",
  spa: "es",
  srp: "sr",
  sun: "su",
  swe: "sv",
  swh: "sw",
  tam: "ta",
  tel: "te",
  tgl: "tl",
  tha: "th",
  tur: "tr",
  ukr: "uk",
  urd: "ur",
  vie: "vi",
  yor: "yo",
  zlm: "ms",
  zul: "zu",
};
/** The ISO 639-3 codes of `TWO_LETTER_CODES`: the languages the detector may name. */
export const DETECTABLE = Object.keys(TWO_LETTER_CODES);

/** The language a page falls back to when its text is too short or too mixed to tell. */
const FALLBACK_LANGUAGE = "en";
/**
 * Lines this long that end a sentence are prose, which tells the language; menus and teasers are names shared
 * across languages. In characters, so a Japanese or Korean sentence counts too.
 */
const SAMPLE_LINE_LENGTH = 40;
/**
 * Characters of prose given to the detector: franc scores every trigram it is given against each candidate
 * language, so its time grows with the sample (39 % of ingest's time on the dev-set pages, which declare no
 * language, at 600 characters; 30–32 % at 400). It named the language of every long text of `language.test.ts` right (16 of 16 at 250–400 characters).
 * On samples of the dev-set pages' prose starting at each of a page's first 60 prose lines (7,615 samples, December
 * 2026) it missed the page's language 16 times at 600 characters, 17 at 450, 22 at 500, 21 at 400 (noise: 500
 * does worse than 400), then more below (350: 28, 300: 33, 250: 44); every dev-set page gets the same language.
 */
const SAMPLE_CHARACTERS = 400;

/**
 * Guess the language of a page from its prose lines, with franc (trigram profiles of 82 languages): a kept
 * library rather than Dateline's own guess, and one that tells Korean, Arabic or Thai from English. A page
 * whose chrome is in another language than its story (a French menu over an English article) is told by the
 * story. jusText classifies paragraphs by stop-word density, so the list must be the page's own.
 */
export function detectLanguage(texts: readonly string[]): Language {
  const sample = proseSample(texts);
  const code = francLanguage(sample.slice(0, SAMPLE_CHARACTERS));
  const named = code && TWO_LETTER_CODES[code];
  if (named) return languageFromTag(LATIN_CODES.has(code) ? (latinNeighbour(named, sample.slice(0, SAMPLE_CHARACTERS)) ?? named) : named);
  return languageFromTag(scriptLanguage(sample) ?? FALLBACK_LANGUAGE);
}

/**
 * The page's prose lines, up to a little over the detector's sample: else its first lines, as many as the sample holds
 * (joining them all copied a huge page whole).
 */
function proseSample(texts: readonly string[]): string {
  const sample = sentenceLines(texts, SAMPLE_CHARACTERS);
  if (sample !== "") return sample;
  const first: string[] = [];
  let length = 0;
  for (const text of texts) {
    first.push(text);
    length += text.length + 1;
    if (length > SAMPLE_CHARACTERS) break;
  }
  return first.join("\n");
}

/** The languages franc-min names in Latin letters (ISO 639-3). */
const LATIN_CODES: ReadonlySet<string> = new Set(Object.keys(francModels.Latin ?? {}));

/** The two-letter codes of the languages the detector names in one script only: Latin's, or another's (Korean, Russian, Arabic). */
const LATIN_ONLY = new Set<string>();
const NOT_LATIN = new Set<string>();
for (const [code, tag] of Object.entries(TWO_LETTER_CODES)) {
  const otherScript = Object.entries(francModels).some(([script, models]) => script !== "Latin" && code in models);
  if (LATIN_CODES.has(code) && !otherScript) LATIN_ONLY.add(tag);
  else if (!LATIN_CODES.has(code)) NOT_LATIN.add(tag);
}
/** A share of the prose's letters in a script its declared language does not write that makes the declaration wrong. */
const MIN_BELYING_SHARE = 0.8;
/** Fewest letters of prose to weigh a declaration against: a caption or a line of names says too little. */
const MIN_BELYING_LETTERS = 100;

/**
 * Languages the detector knows in another script only that are printed in Latin letters too: Kazakh (its Latin
 * alphabet is official) and Belarusian (Łacinka). Their Latin pages are named rightly, never belied.
 */
const LATIN_ALSO: ReadonlySet<string> = new Set(["kk", "be"]);
/** A BCP 47 script subtag ("sr-Latn", "zh-Hant"): four letters. */
const SCRIPT_SUBTAG = /^[a-z]{4}$/;
const LATIN_SUBTAG = "latn";

/** Whether a language tag's language is written in Latin letters, in others, or in either (undefined). */
function writesLatin(tag: string): boolean | undefined {
  const [code = "", ...subtags] = tag.toLowerCase().split("-");
  // A script the tag names itself is the page's ("kk-Latn", "zh-Hans").
  const script = subtags.find((subtag) => SCRIPT_SUBTAG.test(subtag));
  if (script) return script === LATIN_SUBTAG;
  if (LATIN_ONLY.has(code)) return true;
  return NOT_LATIN.has(code) && !LATIN_ALSO.has(code) ? false : undefined;
}

/**
 * Whether the page's prose is written in a script its declared language does not write: `<html lang="en">` over a
 * Korean story, a template's default left on a Russian one, `lang="ko"` kept on an English one. Most of the prose's
 * letters, all of it weighed (a Japanese story may open on lines of code or an English statement), must be in the
 * other script; a language written in several scripts (Serbian, see `LATIN_ALSO`), or one the detector does not know,
 * is never belied.
 */
function scriptBeliesLanguage(tag: string, prose: ProseEvidence): boolean {
  const latinLanguage = writesLatin(tag);
  if (latinLanguage === undefined || prose.letters < MIN_BELYING_LETTERS) return false;
  const otherScript = latinLanguage ? prose.letters - prose.latin : prose.latin;
  return otherScript >= MIN_BELYING_SHARE * prose.letters;
}

/** Characters of sentence lines whose words are weighed against a declared language: a story's first paragraphs. */
const WORD_SAMPLE_CHARACTERS = 2000;
/**
 * Most of the sample's words that may be the declared language's own stop words (those the detected language's list
 * lacks) for its prose to belie it: its grammar clearly absent. On my invented stories under a wrong declaration
 * (round lg123) they were 0 to 0.04 of the words (Russian's list holds "десять", ten, which Ukrainian writes too); on
 * English stories quoting a paragraph of French, German or Spanish 0.33 or more, on a Galician story the detector
 * named Portuguese 0.08.
 */
const MAX_DECLARED_OWN_SHARE = 0.05;
/**
 * Fewest of the sample's words that must be the detected language's own stop words: its grammar clearly present.
 * 0.13 (a Polish story, its list thin) to 0.63 on the stories above; none on a Welsh one the detector named Indonesian.
 */
const MIN_DETECTED_OWN_SHARE = 0.08;
/**
 * How many times the declared language's own words the detected one's must come: a clear margin, where two neighbours'
 * lists tell them apart by a few words each (the Galician story: 11 Portuguese against 7 Galician; the stories under a
 * wrong declaration: 3.7 times or more).
 */
const MIN_OWN_WORDS_MARGIN = 3;
/** Each pair of languages' own stop words, the declared language's first (`ownStopwords`), made once per pair. */
const ownWordsByPair = new Map<string, ReadonlySet<string>>();
function ownWordsAgainst(code: string, other: string): ReadonlySet<string> {
  const key = `${code}>${other}`;
  let words = ownWordsByPair.get(key);
  if (!words) {
    words = ownStopwords(code, [other]);
    ownWordsByPair.set(key, words);
  }
  return words;
}

/**
 * Whether the page's prose is written in another language of the declared one's script: a template's `lang="en"` over
 * a French or Polish story, `lang="ru"` over a Ukrainian one. Many templates declare one language on every page. The
 * detector must name another language whose stop words tell prose (not one it reads poorly, as Bosnian for Croatian,
 * nor one without a list, as Welsh), in a full sample of sentence lines (two short paragraphs keep their tag), and the
 * words must bear it out: the declared language's own grammatical words next to none, the detected one's plenty.
 * Words both languages' lists hold ("de", "a" in the English and French lists) count for neither.
 */
function wordsBelieLanguage(tag: string, prose: ProseEvidence): boolean {
  const declared = languageFromTag(tag);
  const { detected, sample } = prose;
  if (detected.code === declared.code || !declared.stopwordsTellProse || !detected.stopwordsTellProse) return false;
  if (sample.length < SAMPLE_CHARACTERS) return false;
  const markers = DECLARED_LANGUAGE_MARKERS.get(declared.code);
  if (markers && count(sample, markers) >= MIN_OWN_WORDS) return false;
  const declaredOwn = ownWordsAgainst(declared.code, detected.code);
  const detectedOwn = ownWordsAgainst(detected.code, declared.code);
  let words = 0;
  let declaredWords = 0;
  let detectedWords = 0;
  scanWords(sample, (word) => {
    words++;
    if (declaredOwn.has(word)) declaredWords++;
    else if (detectedOwn.has(word)) detectedWords++;
  });
  return (
    declaredWords <= MAX_DECLARED_OWN_SHARE * words &&
    detectedWords >= MIN_DETECTED_OWN_SHARE * words &&
    detectedWords >= MIN_OWN_WORDS_MARGIN * declaredWords
  );
}

/** Whether the page's prose belies its declared language: by its script, or by its words in the same script. */
export function proseBeliesLanguage(tag: string, prose: ProseEvidence): boolean {
  return scriptBeliesLanguage(tag, prose) || wordsBelieLanguage(tag, prose);
}

/** What a page's prose says of its language, read once however many declared tags are weighed against it. */
export interface ProseEvidence {
  /** Letters of all the prose, and how many of them are Latin. */
  letters: number;
  latin: number;
  /** The first sentence lines, lower-cased, up to a little over `WORD_SAMPLE_CHARACTERS`. */
  sample: string;
  /** The language the detector names (`detectLanguage`). */
  detected: Language;
}

/** Per UTF-16 code unit, whether it is a letter (`LETTER_BIT`) and a Latin one (`LATIN_BIT`), with `CLASSED_BIT` once asked. */
const letterClasses = new Uint8Array(0x10000);
const LETTER_BIT = 1;
const LATIN_BIT = 2;
const CLASSED_BIT = 4;
const ANY_LETTER = /\p{L}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
function classOf(character: string): number {
  return (ANY_LETTER.test(character) ? LETTER_BIT : 0) | (LATIN_LETTER.test(character) ? LATIN_BIT : 0);
}

/**
 * The prose's letters counted character by character: matching them made an array of every letter, hundreds of
 * megabytes on a 10 MB page, and took 40 times as long (measurements/languages.md, round lg123). A letter outside the
 * Basic Multilingual Plane (a rare Chinese character) is classed on its own, the rest by a table filled on first sight.
 */
function countLetters(texts: readonly string[]): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (const text of texts) {
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      let classes = letterClasses[code]!;
      if (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length) {
        const point = text.codePointAt(at)!;
        classes = classOf(String.fromCodePoint(point));
        if (point > 0xffff) at++;
      } else if (classes === 0) {
        classes = classOf(String.fromCharCode(code)) | CLASSED_BIT;
        letterClasses[code] = classes;
      }
      letters += classes & LETTER_BIT;
      if (classes & LATIN_BIT) latin++;
    }
  }
  return { letters, latin };
}

/** The page's first sentence lines (see `SAMPLE_LINE_LENGTH`), one a line, up to a little over `characters`. */
function sentenceLines(texts: readonly string[], characters: number): string {
  let sample = "";
  for (const text of texts) {
    if (text.length < SAMPLE_LINE_LENGTH || !endsWithSentenceMark(text)) continue;
    sample += `${text}\n`;
    if (sample.length > characters) break;
  }
  return sample;
}

/** What the page's prose says of its language, for `proseBeliesLanguage`. */
export function proseEvidence(texts: readonly string[]): ProseEvidence {
  return { ...countLetters(texts), sample: sentenceLines(texts, WORD_SAMPLE_CHARACTERS).toLowerCase(), detected: detectLanguage(texts) };
}

/**
 * Letters each a few Latin-script languages write that franc-min does not name, as it keeps only languages of eight
 * million speakers or more: their pages were named for a neighbour (Danish and Norwegian as Swedish, Slovak as Czech,
 * Slovene as Bosnian or Serbian) or for a language of another family (Finnish as Sundanese, Latvian as Portuguese,
 * Basque as Kinyarwanda). Each letter is counted in the detector's sample; the rules below weigh them.
 */
const NEIGHBOUR_LETTERS = "þðæøåäöüõľĺŕôěřůėįųķļņģāēīãçćđáéíúýąęłśźż";
/** The lowest of them ("á", U+00E1): any lower character (ASCII letters, spaces, marks) is let go at one comparison. */
const FIRST_NEIGHBOUR_LETTER = Math.min(...[...NEIGHBOUR_LETTERS].map((letter) => letter.charCodeAt(0)));
/** A language's own letters must come this many times in the sample to name it: one is a name or a loan word. */
const MIN_OWN_LETTERS = 3;
/** Words only one of two neighbours writes often, each set as a pattern read on the sample's whole words. */
function markerWords(words: string): RegExp {
  return new RegExp(`(?<![\\p{L}'’])(?:${words})(?![\\p{L}'’])`, "gu");
}
/**
 * Danish's and Norwegian's own frequent words ("af", "efter", "blev" against "av", "etter", "ble"), and the words both
 * write ("ikke", "hvor"), counted on both sides: one at least must stand by the letters, which names hold too ("Søren",
 * "Ærø" in an English story). Their plural endings are left out: both write "-ene" and "-erne" ("dagene", "lærerne").
 */
const DANISH_WORDS = markerWords("af|efter|blev|siger|sagde|mod|nu|nogle|hvad|været|ikke|hvor");
const NORWEGIAN_WORDS = markerWords("av|etter|ble|sier|sa|mot|nå|noen|hva|vært|ikkje|ikke|hvor");
/**
 * A language's stop words (stopwords-iso) that none of its neighbours' lists holds: the grammar's words only it writes
 * of them, made once per rule. With `extra`, its own words the lists miss, kept even where a neighbour's list holds one
 * by mistake (Czech's holds Slovak's "aj").
 */
function ownStopwords(code: string, neighbours: readonly string[], extra: readonly string[] = []): ReadonlySet<string> {
  const theirs = new Set(neighbours.flatMap(listedStopwords));
  return new Set([...listedStopwords(code).filter((word) => !theirs.has(word)), ...extra]);
}
/**
 * The commonest grammatical words a language's list lacks, which a neighbour's list holds as its own: Ukrainian's holds
 * neither "в", "у" and "на" (in, on) nor "не" (not), "і" (and) or "а" (but), so that a Ukrainian story read as full of
 * Russian's own words and a Russian one as bare of Ukrainian's.
 */
const LIST_GAPS: ReadonlyMap<string, readonly string[]> = new Map([
  ["uk", ["і", "в", "у", "на", "не", "а", "за", "по", "при", "через", "його", "щоб", "якщо", "або", "вже", "ще", "би"]],
]);
/** A language's stop words for telling it from its neighbours: its list, with the words it lacks (`LIST_GAPS`). */
function listedStopwords(code: string): string[] {
  return [...(stopwordLists[code] ?? []), ...(LIST_GAPS.get(code) ?? [])];
}
/** How many of a lower-cased sample's words a set holds. */
function countWords(lower: string, words: ReadonlySet<string>): number {
  let total = 0;
  scanWords(lower, (word) => {
    if (words.has(word)) total++;
  });
  return total;
}
/**
 * Slovak's and Czech's own frequent words ("sa", "ktorá", "alebo", "bol" against "se", "která", "nebo", "byl"); with
 * "aj" (also), Slovak's, which the Czech list holds too.
 */
const SLOVAK_WORDS = ownStopwords("sk", ["cs"], ["aj"]);
const CZECH_WORDS = ownStopwords("cs", ["sk"]);
/** Slovak's letters that Czech does not write, and Czech's that Slovak does not. */
const SLOVAK_LETTERS = "ľĺŕôä";
const CZECH_LETTERS = "ěřů";
/** Czech's and Slovak's acute vowels, which Polish and the Serbo-Croatian standards do not write (Polish only "ó"). */
const CZECHOSLOVAK_ACUTES = "áéíúý";
/** Letters of Polish and of Croatian, Bosnian and Serbian Latin that Czech and Slovak do not write. */
const POLISH_AND_SERBO_CROATIAN_LETTERS = "ąęłśźżćđ";
/**
 * The Slavic languages franc names Slovak or Czech pages for, from their shared trigrams: a Slovak story was read as
 * Serbian, Bosnian or Croatian, a short one as Polish.
 */
const WEST_SLAVIC_NEIGHBOURS: ReadonlySet<string> = new Set(["bs", "hr", "sr", "pl", "sl"]);
/** Slovene's frequent words that Croatian, Bosnian and Serbian do not write ("in", and; "ki", which; "tudi", also). */
const SLOVENE_WORDS = markerWords("in|ki|so|tudi|kot|bo|bodo|bil|lahko");
const SERBO_CROATIAN_WORDS = markerWords("i|u|su|koji|koja|koje|što|šta|će|kao|bio|može");
/**
 * Malay's and Indonesian's own spellings of the same words, which franc-min's trigrams of the two languages, nearly
 * alike, confuse either way: Malay "bahawa", "kerana", "sahaja" against Indonesian "bahwa", "karena", "uang"; and each
 * one's own word for a thing or a time ("kerajaan", "percuma", "kanak-kanak" against "pemerintah", "kantor", "gratis",
 * "sesudah", "kemarin", "sore", afternoon; "tetangga", neighbour; "ujarnya", said). Words both write ("baru", "saja",
 * "anak-anak") are left out, and so are Malay words Indonesian writes in another sense: "pejabat" (Malay's office,
 * Indonesian's official), "bilik" (a room; Indonesian's polling booth, "bilik suara"), "selepas" and "manakala" (after,
 * while: literary Indonesian), and "wang" (money; the Chinese family name "Wang" in either).
 */
const MALAY_WORDS = markerWords("bahawa|kerana|sahaja|baharu|iaitu|kerajaan|percuma|sebarang|mahupun|kanak-kanak");
const INDONESIAN_WORDS = markerWords("bahwa|karena|bisa|uang|pemerintah|kantor|gratis|sesudah|kemarin|sore|tetangga|ujarnya");
/** How many of its own words a Malay or Indonesian sample must hold to be named by them: one is a quote or a name. */
const MIN_OWN_WORDS = 2;
/** How many times more of its own words than its neighbour's a Malay or Indonesian sample must hold to be renamed. */
const OWN_WORDS_OVER_NEIGHBOUR = 2;
/** Catalan's frequent words that Spanish, French, Portuguese and Italian do not write ("amb", with; "els", the). */
const CATALAN_WORDS = ownStopwords("ca", ["es", "fr", "it", "pt"], ["segons", "l'ajuntament"]);
/** How many times more Catalan words than its neighbour's own a sample must hold to be named Catalan. */
const CATALAN_OVER_ROMANCE = 3;
/**
 * Frequent words of the Romance languages franc names Catalan pages for, which Catalan does not write (French "dans",
 * "avec"; Italian "della", "che"; Spanish "los", "con"; Portuguese "não", "os").
 */
const ROMANCE_WORDS: Readonly<Record<string, RegExp>> = {
  fr: markerWords("le|une|dans|est|avec|pour|sur|au|aux|du|ne|ont|était"),
  it: markerWords("il|della|che|non|sono|gli|nel|anche|questo|essere|ha|ad|e|di"),
  es: markerWords("y|los|las|con|por|pero|muy|fue|está|dijo"),
  pt: markerWords("não|os|ao|pelo|pela|uma|também|foi|está|disse"),
};
/** Galician's frequent words that Portuguese and Spanish do not write ("unha", a; "non", not; "xa", already). */
const GALICIAN_WORDS = markerWords("unha|unhas|non|máis|tamén|xa|pola|coa|dous|onte|aínda|nin|ademais|xunto");
/**
 * Own words of a declared language franc-min cannot name, whose list is too short to tell it from the neighbour franc
 * names for it: Galician's list (160 words) lacks words it writes as Portuguese does ("noite", "durante", "antes"), which
 * Portuguese's (560) holds, so that a Galician story opening on a Portuguese quote read as bare of Galician (0.02 to
 * 0.035 of its words, round lg123's review) and full of Portuguese. Two of them ("unha", "non", "xa") are Galician's
 * grammar present, as `latinNeighbour` reads them. Not Latvian's nor Slovene's markers: Lithuanian writes "ir" and "kas".
 */
const DECLARED_LANGUAGE_MARKERS: ReadonlyMap<string, RegExp> = new Map([["gl", GALICIAN_WORDS]]);
/**
 * Basque's frequent words ("eta", and; "dute", "dira", are; "izango", will be), not those other languages write too
 * (French "du", Portuguese and Italian "da", French "bat").
 */
const BASQUE_WORDS = markerWords("eta|dute|dira|zen|zuen|izango|ere|baina|egin|behar|ditu|zuten");
/**
 * Estonian's stop words with frequent words its list lacks ("ütles", said; "ka", also; "ning", and), and those of them
 * Finnish does not write. Its list is short (35 words): counted whole, with "ja", "on", "ei" and "et", which Finnish
 * writes too, a paragraph of Estonian holds enough of them; its own alone were one or none in most paragraphs I wrote.
 */
const ESTONIAN_EXTRA_WORDS = ["ütles", "ka", "kes", "peab", "peaks", "ning", "või", "pärast"];
const ESTONIAN_WORDS = ownStopwords("et", [], ESTONIAN_EXTRA_WORDS);
const ESTONIAN_OWN_WORDS = ownStopwords("et", ["fi"], ESTONIAN_EXTRA_WORDS);
/** Finnish's stop words that Estonian's list lacks ("että", "myös", "mukaan"). */
const FINNISH_OWN_WORDS = ownStopwords("fi", ["et"]);
/**
 * Lithuanian's frequent words ("kad", that; "yra", is; "buvo", was; "iš", from), not those Spanish or English writes too
 * ("ir", to go; "su", its; "bus"), as franc names Lithuanian Spanish.
 */
const LITHUANIAN_WORDS = markerWords("kad|yra|buvo|taip|dėl|iš|nuo|apie|jau|tačiau|kuris|kuri|kurie|pagal|į|kai|jis|ji|teigė|sakė");
/** Icelandic's frequent words ("og", and; "að", to; "sem", which; "ekki", not). */
const ICELANDIC_WORDS = markerWords("og|að|sem|ekki|hann|hún|það|segir|sagði|fyrir|eru|verður|hafa|við");
/** Finnish's frequent words ("ja", and; "että", that; "myös", also; "oli", was), not English "on". */
const FINNISH_WORDS = markerWords("ja|että|myös|mukaan|oli|ovat|mutta|hän|kun|sanoo|sanoi|vielä|jo|ei|ole|tai|sekä|kuin|nyt");
/** Latvian's frequent words ("un", and; "ir", is; "arī", also; "pie", at). */
const LATVIAN_WORDS = markerWords("un|ir|ar|uz|par|kas|arī|bet|tika|pie|kā|tiek");
/**
 * Languages whose pages write of the Basque country, its names ("Etxeberria") and its word "ETA": franc names them well,
 * and the Basque rule is not asked there.
 */
const WRITES_OF_BASQUE: ReadonlySet<string> = new Set(["es", "fr", "pt", "it", "en", "de", "nl"]);
/** Languages whose own letters these rules weigh against Finnish's ä and ö. */
const UMLAUT_LANGUAGES: ReadonlySet<string> = new Set(["de", "sv", "tr", "hu", "nl", "az", "uz"]);

function count(sample: string, pattern: RegExp): number {
  return sample.match(pattern)?.length ?? 0;
}

/**
 * The Latin-script language a sample franc named `named` is written in, when its letters tell one franc-min does not
 * know (see `NEIGHBOUR_LETTERS`): Icelandic's þ and ð; Danish or Norwegian's æ and ø over Swedish's ä and ö (which of
 * the two by their own words, which let fewer of the letters do); Slovak's ľ, ĺ, ŕ, ô and ä and own words over Czech's
 * ě, ř and ů and own words, where franc named Czech or, by their acute vowels, a Slavic neighbour (Czech then too);
 * Lithuanian's ė, į and ų; Latvian's long vowels with ķ, ļ, ņ or ģ, or with its own words; Estonian's words beside one
 * of õ, ä, ö or ü, with õ, ü or words Finnish does not write; Finnish's ä and ö where the sample holds none of the
 * other letters of the languages that write them; and, by their own frequent words, Slovene where franc named a
 * neighbour without ć and đ, Catalan where it named a Romance language, Galician where it named Portuguese or Spanish
 * without ã and õ, and Basque, by its "tx" or "tz" and its own words. Undefined where nothing tells.
 */
export function latinNeighbour(named: string, sample: string): string | undefined {
  const lower = sample.toLowerCase();
  const letters = new Map<string, number>();
  for (const character of lower)
    if (character.charCodeAt(0) >= FIRST_NEIGHBOUR_LETTER && NEIGHBOUR_LETTERS.includes(character))
      letters.set(character, (letters.get(character) ?? 0) + 1);
  const sum = (chars: string) => {
    let total = 0;
    for (const character of chars) total += letters.get(character) ?? 0;
    return total;
  };
  if (sum("þð") >= MIN_OWN_LETTERS && count(lower, ICELANDIC_WORDS) >= 1) return "is";
  if (sum("æø") > sum("äö") && sum("æø") > 0) {
    const danish = count(lower, DANISH_WORDS);
    const norwegian = count(lower, NORWEGIAN_WORDS);
    // Fewer of the letters will do where the sample's words are the two languages' own.
    const words = danish + norwegian;
    if ((sum("æø") >= MIN_OWN_LETTERS && words > 0) || (sum("æøå") >= MIN_OWN_LETTERS && words >= MIN_OWN_LETTERS))
      return norwegian > danish ? "no" : "da";
  }
  // Acute vowels, three or more, and none of Polish's or Serbo-Croatian's own letters: a Czech or Slovak story franc
  // named for a Slavic neighbour, told as one named Czech is.
  const westSlavic =
    WEST_SLAVIC_NEIGHBOURS.has(named) && sum(CZECHOSLOVAK_ACUTES) >= MIN_OWN_LETTERS && sum(POLISH_AND_SERBO_CROATIAN_LETTERS) === 0;
  if (named === "cs" || westSlavic) {
    const slovakLetters = sum(SLOVAK_LETTERS);
    const czechLetters = sum(CZECH_LETTERS);
    const slovak = slovakLetters + countWords(lower, SLOVAK_WORDS);
    const czech = czechLetters + countWords(lower, CZECH_WORDS);
    // Named for a neighbour, the winner's own letters must stand by its words: the lists' difference keeps words
    // Slovene and Croatian write too ("se", "sta", "dva", "ako", "mu"), and their stories quote names with acutes.
    if (slovak >= MIN_OWN_LETTERS && slovak > czech && (named === "cs" || slovakLetters > 0)) return "sk";
    if (westSlavic && czech >= MIN_OWN_LETTERS && czech > slovak && czechLetters > 0) return "cs";
    // Under a neighbour's name the Slovene rule below still asks.
    if (named === "cs") return undefined;
  }
  // The letters alone are as often names' in a story in another language ("Panevėžys", "Rēzekne", "Järvenpää", "Tõnu"),
  // so each language's own words must stand by them.
  if (sum("ėįų") >= MIN_OWN_LETTERS && count(lower, LITHUANIAN_WORDS) >= 1) return "lt";
  const long = sum("āēī");
  if (
    long >= MIN_OWN_LETTERS &&
    (sum("ķļņģ") >= 1 ? long + sum("ķļņģ") >= 2 * MIN_OWN_LETTERS : long >= 2 * MIN_OWN_LETTERS) &&
    count(lower, LATVIAN_WORDS) >= 2
  )
    return "lv";
  // Estonian's words over Finnish's own and over those of the language franc named (English "see", German "ja"); the
  // words both Finnic languages write only beside õ or ü, which Finnish does not write, or beside Estonian's own words.
  if (sum("õäöü") >= 1 && sum("ã") === 0) {
    const estonian = countWords(lower, ESTONIAN_WORDS);
    const notFinnish = sum("õü") >= 1 || countWords(lower, ESTONIAN_OWN_WORDS) >= MIN_OWN_WORDS;
    if (
      notFinnish &&
      estonian >= MIN_OWN_WORDS &&
      estonian > countWords(lower, FINNISH_OWN_WORDS) &&
      estonian > countWords(lower, stopwordSetOf(named))
    )
      return "et";
  }
  if (!UMLAUT_LANGUAGES.has(named) && sum("äö") >= 2 * MIN_OWN_LETTERS && sum("åüõ") === 0 && count(lower, FINNISH_WORDS) >= 1) return "fi";
  if ((named === "bs" || named === "hr" || named === "sr") && sum("ćđ") === 0) {
    return count(lower, SLOVENE_WORDS) >= MIN_OWN_LETTERS && count(lower, SLOVENE_WORDS) > count(lower, SERBO_CROATIAN_WORDS)
      ? "sl"
      : undefined;
  }
  if (named === "ms" || named === "id") {
    const malay = count(lower, MALAY_WORDS);
    const indonesian = count(lower, INDONESIAN_WORDS);
    if (malay >= MIN_OWN_WORDS && malay > OWN_WORDS_OVER_NEIGHBOUR * indonesian) return "ms";
    if (indonesian >= MIN_OWN_WORDS && indonesian > OWN_WORDS_OVER_NEIGHBOUR * malay) return "id";
  }
  const romance = ROMANCE_WORDS[named];
  if (romance) {
    const catalan = countWords(lower, CATALAN_WORDS);
    // A story quoting a Catalan phrase or a banner ("Més llibres, més roses i també més amics") is still in its own
    // language, whose words Catalan does not write stand beside the quote's; a Catalan page holds next to none of them.
    if (catalan >= MIN_OWN_LETTERS && catalan > CATALAN_OVER_ROMANCE * count(lower, romance)) return "ca";
  }
  if ((named === "pt" || named === "es") && sum("ã") === 0 && count(lower, GALICIAN_WORDS) >= MIN_OWN_LETTERS) return "gl";
  if (!WRITES_OF_BASQUE.has(named) && count(lower, /t[xz]/g) >= 1 && count(lower, BASQUE_WORDS) >= MIN_OWN_LETTERS) return "eu";
  return undefined;
}

/**
 * Languages franc-min leaves out (it keeps only languages of eight million speakers or more) or that Dateline does not
 * name from its trigrams, told by the script they are nearly alone in writing: Hebrew, Armenian, Georgian, and
 * Amharic, the most written language of the Ethiopic script (Tigrinya shares it). Without them such a page was
 * labelled English. Yiddish is written in Hebrew's script; see `YIDDISH_MARKS`.
 */
const SCRIPT_LANGUAGES: ReadonlyArray<[code: string, letters: RegExp]> = [
  ["he", /[\u05D0-\u05EA\uFB1D-\uFB4F]/gu],
  ["hy", /[\u0531-\u0587]/gu],
  ["ka", /[\u10A0-\u10FF\u1C90-\u1CBF]/gu],
  ["am", /[\u1200-\u137F]/gu],
];
/**
 * What tells Yiddish from Hebrew in the same script: its ligatures of two letters (װ, ײ, ױ), its rafe (פֿ), which
 * Hebrew news text does not use, and its most frequent words, which are no Hebrew words ("איז", is; "נישט", not).
 */
const YIDDISH_MARKS = /[\u05F0-\u05F2\u05BF]|(?<![\u05D0-\u05EA])(?:איז|נישט|ניט|דאָס|אויף)(?![\u05D0-\u05EA])/u;
/** Share of a sample's characters a script must hold to name the sample's language. */
const MIN_SCRIPT_SHARE = 0.5;

/** The language a sample's script names (see `SCRIPT_LANGUAGES`), when most of the sample is written in it. */
function scriptLanguage(sample: string): string | undefined {
  const letters = sample.replace(/[\s\p{P}\p{N}]/gu, "").length;
  for (const [code, pattern] of SCRIPT_LANGUAGES)
    if (letters > 0 && (sample.match(pattern)?.length ?? 0) / letters >= MIN_SCRIPT_SHARE)
      return code === "he" && YIDDISH_MARKS.test(sample) ? "yi" : code;
  return undefined;
}

/** franc-min's script patterns, in its order: listed once, not for each sample. */
const FRANC_SCRIPTS = Object.entries(francScripts);

/**
 * The forms each alternative of franc-min's script patterns takes: one code unit of a class ("[A-Za-z…]"), or a
 * surrogate pair, its high surrogate first ("\uD801[\uDF80-…]", "[\uD840-\uD868…][\uDC00-\uDFFF]"). In a text with no
 * surrogate, such a pattern matches exactly the code units it matches alone, each a match of its own.
 */
const ONE_UNIT_ALTERNATIVE = /^\[[^\]|]+\]$/;
const SURROGATE_PAIR_ALTERNATIVE =
  /^(?:\\uD[89AB][0-9A-F]{2}(?:\[[^\]|]+\]|\\uD[C-F][0-9A-F]{2})|\[(?:\\uD[89AB][0-9A-F]{2}(?:-\\uD[89AB][0-9A-F]{2})?)+\]\[[^\]|]+\])$/;
/**
 * Per script of `FRANC_SCRIPTS`, a test of one code unit: whether the pattern matches it alone (see the forms above);
 * none for a pattern of another form, which is always matched.
 */
const UNIT_PATTERNS = FRANC_SCRIPTS.map(([, pattern]) =>
  pattern.source.split("|").every((part) => ONE_UNIT_ALTERNATIVE.test(part) || SURROGATE_PAIR_ALTERNATIVE.test(part))
    ? new RegExp(`^(?:${pattern.source})`)
    : undefined,
);
/** Per UTF-16 code unit, the bits of the scripts (one per script of `FRANC_SCRIPTS`, in order) matching it, plus `KNOWN`. */
const scriptsAt = new Uint32Array(0x10000);
/** Set on a code unit's entry once its scripts are known: 0 is a unit not yet asked. */
const KNOWN = 2 ** FRANC_SCRIPTS.length;

/** The bits of the scripts whose pattern matches a code unit alone (see `UNIT_PATTERNS`), plus `KNOWN`; kept per code unit. */
function scriptsOf(code: number): number {
  let scripts = scriptsAt[code]!;
  if (scripts === 0) {
    scripts = KNOWN;
    const unit = String.fromCharCode(code);
    for (const [index, matchesUnit] of UNIT_PATTERNS.entries()) if (matchesUnit?.test(unit)) scripts |= 2 ** index;
    scriptsAt[code] = scripts;
  }
  return scripts;
}

/**
 * Per script of `FRANC_SCRIPTS`, how many matches its pattern has in a sample that holds no surrogate: each code unit is
 * then a match of its own or of none (see the forms above), so the matches are counted per code unit, where matching
 * each script's pattern made an array of its matches (a page in Latin letters, one of every letter). Undefined for a
 * sample holding a surrogate, whose pairs only the patterns read. A script of another form is not counted here.
 */
function scriptMatches(sample: string): Int32Array | undefined {
  const counts = new Int32Array(FRANC_SCRIPTS.length);
  for (let at = 0; at < sample.length; at++) {
    const code = sample.charCodeAt(at);
    if (code >= 0xd800 && code <= 0xdfff) return undefined;
    // Each set bit, lowest first: `scripts & -scripts` isolates it, `31 - clz32` is its index; `scripts - 1` clears it.
    for (let scripts = scriptsOf(code) & ~KNOWN; scripts !== 0; scripts &= scripts - 1) counts[31 - Math.clz32(scripts & -scripts)]!++;
  }
  return counts;
}

/** Shortest sample franc reads (`minLength`); a shorter one is undetermined. */
const MIN_SAMPLE_LENGTH = 3;
/** Most of a sample franc reads (its `MAX_LENGTH`): the rest is cut off before scripts and trigrams are counted. */
const MAX_SAMPLE_LENGTH = 2048;
/** franc's cost of a trigram that a language's model lacks (its `MAX_DIFFERENCE`). */
const MISSING_TRIGRAM = 300;

/**
 * The trigram models of one script's languages that Dateline names: each trigram any of them lists, numbered, and per
 * trigram number its rank in each model, -1 where absent (`ranks`, a row of `codes.length` per number). A trigram's
 * number is found from its three UTF-16 code units in an open-addressed table (`slots`, see `trigramId`), so that the
 * sample's trigrams are read from the cleaned sample itself, none cut out of it as a string and hashed.
 */
interface ScriptModels {
  codes: string[];
  ranks: Int16Array;
  /** Per slot: the trigram's first code unit and its second and third (`SLOT_WIDTH` entries), then its number + 1. */
  slots: Uint32Array;
  /** The slots' count less one (a power of two less one). */
  mask: number;
  /**
   * Per trigram number, how many times the sample being read holds it: all zeros between samples, as each count is set
   * back to zero once read (made once per script; a new array for each sample was a tenth of detection's time).
   */
  counts: Uint16Array;
}
const scriptModels = new Map<string, ScriptModels>();
/** Entries per slot of `ScriptModels.slots`: two of the trigram's key, one of its number + 1 (0: an empty slot). */
const SLOT_WIDTH = 3;
/** Code units of a trigram: a listed trigram of another length is never a sample's. */
const TRIGRAM_LENGTH = 3;

/**
 * Where the table's search for a trigram of code units `a`, `b`, `c` starts: each unit times its own odd multiplier
 * (the golden ratio's and two of MurmurHash3's), mixed, the low bits (the least mixed) shifted away.
 */
function trigramSlot(a: number, b: number, c: number, mask: number): number {
  return ((Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) >>> 7) & mask;
}

/** The number of the trigram of code units `a`, `b`, `c` in a script's models, -1 when no model lists it. */
function trigramId(models: ScriptModels, a: number, b: number, c: number): number {
  const { slots, mask } = models;
  const bc = ((b << 16) | c) >>> 0;
  for (let slot = trigramSlot(a, b, c, mask); ; slot = (slot + 1) & mask) {
    const at = slot * SLOT_WIDTH;
    const id = slots[at + 2]!;
    if (id === 0) return -1;
    if (slots[at] === a && slots[at + 1] === bc) return id - 1;
  }
}

/**
 * franc-min's models of a script's detectable languages, in franc's order, indexed by trigram; made on first use, where
 * a one-page command pays for it. Each trigram is numbered once in a map, in the order the languages' lists are read
 * from their end, and its ranks are written straight into `ranks`: a row array per trigram, copied in later, made the
 * first page's build twice as costly (some 50 against 25 ms of CPU for the Latin script's 8,700 ranks).
 */
function modelsOf(script: string): ScriptModels {
  let models = scriptModels.get(script);
  if (!models) {
    const languages = Object.entries(francModels[script]!).filter(([code]) => DETECTABLE.includes(code));
    const width = languages.length;
    const lists = languages.map(([, model]) => model.split("|"));
    // A listed trigram of another length gets no number (see `TRIGRAM_LENGTH`).
    const ids = new Map<string, number>();
    for (const ranked of lists) {
      for (let rank = ranked.length - 1; rank >= 0; rank--) {
        const trigram = ranked[rank]!;
        if (trigram.length === TRIGRAM_LENGTH && !ids.has(trigram)) ids.set(trigram, ids.size);
      }
    }
    let slotCount = 1;
    while (slotCount < 2 * ids.size) slotCount *= 2;
    models = {
      codes: languages.map(([code]) => code),
      ranks: new Int16Array(ids.size * width).fill(-1),
      slots: new Uint32Array(slotCount * SLOT_WIDTH),
      mask: slotCount - 1,
      counts: new Uint16Array(ids.size),
    };
    // From the end, as franc builds its table: a trigram listed twice keeps its first (best) rank.
    for (const [index, ranked] of lists.entries()) {
      for (let rank = ranked.length - 1; rank >= 0; rank--) {
        const id = ids.get(ranked[rank]!);
        if (id !== undefined) models.ranks[id * width + index] = rank;
      }
    }
    for (const [trigram, id] of ids) {
      const [a, b, c] = [trigram.charCodeAt(0), trigram.charCodeAt(1), trigram.charCodeAt(2)];
      let slot = trigramSlot(a, b, c, models.mask);
      while (models.slots[slot * SLOT_WIDTH + 2] !== 0) slot = (slot + 1) & models.mask;
      const at = slot * SLOT_WIDTH;
      models.slots[at] = a;
      models.slots[at + 1] = ((b << 16) | c) >>> 0;
      models.slots[at + 2] = id + 1;
    }
    scriptModels.set(script, models);
  }
  return models;
}

/**
 * What `franc(sample, { only: DETECTABLE, minLength: 3 })` answers (an ISO 639-3 code, undefined for "und"), from
 * franc-min's own script patterns, trigrams and models, by franc's own measure: the script most of the sample is
 * written in; alone in it, its language; otherwise, of that script's languages, the one whose model's ranks lie
 * nearest the sample's trigram counts, the first in franc's order on a tie. franc probes each trigram in each
 * language's table, a dictionary lookup per pair; here each trigram is looked up once, for all languages at
 * once: detection 3–4x quicker, with the same answer on every sample tried (`language.test.ts`).
 */
export function francLanguage(text: string): string | undefined {
  if (text.length < MIN_SAMPLE_LENGTH) return undefined;
  const sample = text.slice(0, MAX_SAMPLE_LENGTH);
  let topScript: string | undefined;
  let topShare = -1;
  const counted = scriptMatches(sample);
  for (const [index, [script, pattern]] of FRANC_SCRIPTS.entries()) {
    const matches = counted !== undefined && UNIT_PATTERNS[index] !== undefined ? counted[index]! : (sample.match(pattern)?.length ?? 0);
    const share = matches / sample.length || 0;
    if (share > topShare) [topScript, topShare] = [script, share];
  }
  if (topScript === undefined) return undefined;
  if (!(topScript in francModels)) return topShare > 0 && DETECTABLE.includes(topScript) ? topScript : undefined;
  const models = modelsOf(topScript);
  const { codes, ranks } = models;
  if (codes.length === 0) return undefined;
  // The sample's trigrams as franc cuts them (`trigrams` of trigram-utils: the cleaned sample padded with a space at
  // each end, every three code units running), read in place. A trigram no model holds costs every language the same
  // (`MISSING_TRIGRAM`), which moves no language past another: it is not counted (27 % of the distinct trigrams of the
  // dev-set pages' samples).
  const padded = ` ${clean(sample)} `;
  const { counts } = models;
  const met: number[] = [];
  for (let at = 0; at + 3 <= padded.length; at++) {
    const id = trigramId(models, padded.charCodeAt(at), padded.charCodeAt(at + 1), padded.charCodeAt(at + 2));
    if (id >= 0 && counts[id]!++ === 0) met.push(id);
  }
  const distances = new Int32Array(codes.length);
  for (const id of met) {
    const count = counts[id]!;
    counts[id] = 0;
    const row = id * codes.length;
    for (let language = 0; language < codes.length; language++) {
      const rank = ranks[row + language]!;
      distances[language]! += rank < 0 ? MISSING_TRIGRAM : Math.abs(count - rank - 1);
    }
  }
  let best = 0;
  for (let language = 1; language < codes.length; language++) if (distances[language]! < distances[best]!) best = language;
  return codes[best];
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
 * cutting it out of the line. An inner loop reads a word to its end and the
 * outer one steps over separators, so no character asks whether a word is
 * open: the scan alone 5–25 % quicker than one loop with that test (dev-set and
 * fixture lines, December 2026, same readings); whole ingest within noise.
 */
export function readWords(lower: string, language: Language): WordReading {
  const table = language.wordTable;
  const length = lower.length;
  let words = 0;
  let stopwords = 0;
  let signals = 0;
  let i = 0;
  while (i < length) {
    let code = lower.charCodeAt(i);
    if (SEPARATOR[code] === 1) {
      i++;
      continue;
    }
    const start = i;
    let first = 0;
    let second = SECOND_SEED;
    for (;;) {
      first = extendFirst(first, code);
      second = extendSecond(second, code);
      if (++i >= length) break;
      code = lower.charCodeAt(i);
      if (SEPARATOR[code] === 1) break;
    }
    const flags = flagsOf(table, first, second, i - start);
    words++;
    stopwords += flags & STOPWORD;
    signals |= flags;
  }
  return { words, density: words === 0 ? 0 : stopwords / words, signals: signals & ~STOPWORD };
}
