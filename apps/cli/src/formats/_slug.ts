import type { Article } from "@dateline/schema";

/** Latin letters that Unicode does not decompose into a base letter and a mark. */
const LETTERS_WITHOUT_DECOMPOSITION: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ð: "d",
  þ: "th",
  ł: "l",
  ı: "i",
};

/** Long enough to tell headlines apart, short enough for any file system and a readable listing. */
const MAX_SLUG_LENGTH = 60;

/** A letter of a script other than Latin: such headlines are transliterated, not folded. */
const NON_LATIN_LETTER = /(?![\p{Script=Latin}])\p{L}/u;

/** Latin text: accents folded, ASCII letters and digits, hyphens between words. */
function foldLatin(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[ßæœøđðþłı]/g, (letter) => LETTERS_WITHOUT_DECOMPOSITION[letter]!)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Letters and digits of any script, for scripts no transliteration table covers (Chinese, Japanese…). */
function keepLetters(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/** Cut at a word, so names stay readable; counts code points, so no letter is split in half. */
function shorten(slug: string): string {
  const points = [...slug];
  if (points.length <= MAX_SLUG_LENGTH) return slug;
  const cut = points.slice(0, MAX_SLUG_LENGTH + 1).join("");
  const lastBreak = cut.lastIndexOf("-");
  return lastBreak > MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastBreak) : points.slice(0, MAX_SLUG_LENGTH).join("");
}

type Transliterate = (text: string, options: { decamelize: boolean }) => string;

/** @sindresorhus/slugify, loaded only when some text has letters of another script than Latin (its tables take tens of ms to load). */
let transliterate: Transliterate | undefined;

async function loadTransliterationFor(texts: readonly string[]): Promise<Transliterate | undefined> {
  if (!transliterate && texts.some((text) => NON_LATIN_LETTER.test(text))) transliterate = (await import("@sindresorhus/slugify")).default;
  return transliterate;
}

function slugOf(text: string, transliterated: Transliterate | undefined): string {
  const nonLatin = NON_LATIN_LETTER.test(text);
  let slug = nonLatin ? transliterated!(text, { decamelize: false }) : foldLatin(text);
  if (slug === "" || (nonLatin && !/[a-z]/.test(slug))) slug = keepLetters(text);
  slug = shorten(slug);
  if (slug === "") return "article";
  return /^[\d-]+$/.test(slug) ? `article-${slug}` : slug;
}

/**
 * A file-name-safe slug of the headline. Latin text is folded to ASCII;
 * Cyrillic, Greek, Arabic and other scripts are transliterated
 * (@sindresorhus/slugify); scripts without a table keep their letters. A
 * slug is never a bare number (it would read as an index, not a name).
 */
export async function slugify(text: string): Promise<string> {
  return slugOf(text, await loadTransliterationFor([text]));
}

/**
 * One slug per article, unique within the run, in article order: a repeated
 * slug takes the first free "-2", "-3"… (a headline that already ends in "-2"
 * is never overwritten by the second copy of another).
 */
export async function uniqueSlugs(articles: readonly Article[]): Promise<string[]> {
  const transliterated = await loadTransliterationFor(articles.map((article) => article.headline));
  const bases = articles.map((article) => slugOf(article.headline, transliterated));
  const taken = new Set<string>();
  return bases.map((base) => {
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}
