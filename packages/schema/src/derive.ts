import type { Article } from "./article.js";
import type { Block } from "./blocks.js";

/**
 * Facts every exporter derives from an article in the same way, so a PDF,
 * a book and a feed made from one article agree with each other.
 */

/**
 * FNV-1a, 64-bit, as 16 hex digits: stable across platforms and needs no
 * crypto module. Kept in two 32-bit halves because BigInt arithmetic per byte
 * is an order of magnitude slower. The prime 0x100000001b3 is 2^40 + 0x1b3.
 */
function fnv1a64(text: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (const byte of new TextEncoder().encode(text)) {
    lo = (lo ^ byte) >>> 0;
    const low = lo * 0x1b3;
    const carry = Math.floor(low / 0x100000000);
    hi = (Math.imul(hi, 0x1b3) + carry + (lo << 8)) >>> 0;
    lo = low >>> 0;
  }
  return hi.toString(16).padStart(8, "0") + lo.toString(16).padStart(8, "0");
}

/**
 * A stable key for an article: its `id`, else its `url`, else a hash of
 * what identifies it (headline, date, first text). Never random.
 */
export function articleKey(article: Article): string {
  if (article.id) return article.id;
  if (article.url) return article.url;
  const firstText = article.body.map(blockText).find((text) => text.length > 0) ?? "";
  return `dateline:${fnv1a64([article.headline, article.datePublished ?? "", firstText].join("\u0000"))}`;
}

/** A stable hash of any text, for identifiers derived from content. */
export function contentHash(text: string): string {
  return fnv1a64(text);
}

/** The plain text a block shows a reader (captions and related titles included). */
export function blockText(block: Block): string {
  switch (block.type) {
    case "paragraph":
    case "heading":
    case "quote":
      return block.text;
    case "list":
      return block.items.map((item) => item.text).join("\n");
    case "figure":
      return block.caption;
    case "related":
      return block.items.map((item) => item.title).join("\n");
    case "table":
      return [...(block.head ?? []), ...block.rows].map((row) => row.map((cell) => cell.text).join("\t")).join("\n");
    case "code":
      return block.text;
  }
}

/** The one-line summary shown in contents lists and feeds: the standfirst, else the first paragraph, cut at a word. */
export function articleSummary(article: Article, maxLength = 200): string {
  const text = article.description ?? article.body.find((block) => block.type === "paragraph")?.text ?? article.headline;
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, "")}…`;
}

/** The blocks a reader reads as the article's text: not figures, not related-story lists. */
export function runningText(article: Article): string[] {
  const texts: string[] = [];
  for (const block of article.body) if (block.type !== "figure" && block.type !== "related") texts.push(blockText(block));
  return texts;
}

/** Per UTF-16 unit: 0 not yet known, else one of the bits below. Filled as text is met. */
const CHAR_CLASS = new Uint8Array(0x10000);
const SPACE = 1;
const WORD = 2;
const OTHER = 4;

function learnClass(code: number): number {
  const char = String.fromCharCode(code);
  // A surrogate is half of an astral character; those are letters far more often than not.
  const kind = /\s/.test(char) ? SPACE : (code >= 0xd800 && code <= 0xdfff) || /[\p{L}\p{N}]/u.test(char) ? WORD : OTHER;
  CHAR_CLASS[code] = kind;
  return kind;
}

function countWords(text: string): number {
  let count = 0;
  // 1 once the current run of non-space has been counted.
  let counted = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = CHAR_CLASS[code]! || learnClass(code);
    // Bit arithmetic rather than branches: word starts come at random, so a
    // branch on them is mispredicted about once a word, which halves the speed.
    const isWord = (kind >> 1) & 1;
    count += isWord & (counted ^ 1);
    counted = (counted | isWord) & ((kind & SPACE) ^ 1);
  }
  return count;
}

/**
 * Words of running text, as schema.org's wordCount means it: runs between
 * white space that hold a letter or digit. A table lookup per character,
 * because feeds and structured data count words for every article.
 */
export function wordCount(article: Article): number {
  let count = 0;
  for (const text of runningText(article)) count += countWords(text);
  return count;
}

/** What an article is about, for subjects, keywords and feed categories: its section first, then its keywords. */
export function articleSubjects(article: Article): string[] {
  return [...(article.section ? [article.section] : []), ...(article.keywords ?? [])];
}

/** The newest of the articles' modified or published dates, or undefined when none has one. */
export function newestDate(articles: readonly Article[]): string | undefined {
  let newest: { iso: string; time: number } | undefined;
  for (const article of articles) {
    for (const iso of [article.dateModified, article.datePublished]) {
      if (!iso) continue;
      const time = Date.parse(iso);
      if (!newest || time > newest.time) newest = { iso, time };
    }
  }
  return newest?.iso;
}

/**
 * The date to embed as "built at": SOURCE_DATE_EPOCH when set (the
 * reproducible-builds convention), else the newest article date, else the
 * Unix epoch. Never the clock, so the same input gives the same bytes.
 */
export function buildDate(articles: readonly Article[], sourceDateEpoch: string | undefined): Date {
  if (sourceDateEpoch !== undefined && /^\d+$/.test(sourceDateEpoch.trim())) return new Date(Number(sourceDateEpoch.trim()) * 1000);
  const newest = newestDate(articles);
  return new Date(newest ? Date.parse(newest) : 0);
}

/**
 * A date as readers of the article's language write it ("13 March 2025").
 * The calendar day is the one the publisher wrote, whatever the reader's zone.
 */
export function formatArticleDate(iso: string, language = "en"): string {
  return dateFormatter(language).format(new Date(`${iso.slice(0, 10)}T12:00:00Z`));
}

/** Building a formatter costs far more than using one; a briefing formats hundreds of dates in few languages. */
const dateFormatters = new Map<string, Intl.DateTimeFormat>();
function dateFormatter(language: string): Intl.DateTimeFormat {
  let formatter = dateFormatters.get(language);
  if (!formatter) {
    const locale = Intl.DateTimeFormat.supportedLocalesOf([language]).length > 0 ? language : "en";
    formatter = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    dateFormatters.set(language, formatter);
  }
  return formatter;
}

/** "By Jane Doe and Ann Lee · RTÉ · 13 March 2025": who, for whom, when; parts the article lacks are left out. */
export function bylineParts(article: Article): { authors?: string; publisher?: string; date?: string } {
  const names = (article.authors ?? []).map((author) => author.name);
  const authors = names.length === 0 ? undefined : names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  const date = article.datePublished ? formatArticleDate(article.datePublished, article.inLanguage) : undefined;
  return {
    ...(authors ? { authors } : {}),
    ...(article.publisher && !names.includes(article.publisher.name) ? { publisher: article.publisher.name } : {}),
    ...(date ? { date } : {}),
  };
}

export function bylineText(article: Article): string {
  const parts = bylineParts(article);
  return [parts.authors ? `By ${parts.authors}` : undefined, parts.publisher, parts.date].filter(Boolean).join(" · ");
}

/**
 * A URL as every output format must write it: percent-encoded (a `"` or `<`
 * in a path is not a valid URI for EPUBCheck, RSC-020) and with an
 * internationalised host in its IDNA form (xn--…). `new URL` does most of
 * it; what the URL standard leaves alone but RFC 3986 forbids (`|`, `^`,
 * `{`, `}`, a `%` that starts no escape) is encoded after it. A URL already
 * made of URI characters only is left exactly as written.
 */
export function encodeUrl(url: string): string {
  if (!URI_UNSAFE.test(url)) return url;
  let href: string;
  try {
    href = new URL(url).href;
  } catch {
    return url;
  }
  // The host (IDNA already) is kept; only the path, query and fragment need more.
  const pathStart = href.indexOf("/", href.indexOf("//") + 2);
  if (pathStart === -1) return href;
  let rest = href.slice(pathStart);
  const hash = rest.indexOf("#");
  // A fragment may not hold a second "#".
  if (hash !== -1) rest = rest.slice(0, hash + 1) + rest.slice(hash + 1).replaceAll("#", "%23");
  return href.slice(0, pathStart) + rest.replace(LEFT_BY_URL_PARSER, percentEncode);
}

function percentEncode(char: string): string {
  return `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`;
}

/** What RFC 3986 does not allow unencoded in a URI: controls, space, non-ASCII, "<>\\^`{|}[], a stray %, a second #. */
const URI_UNSAFE = /[^\x21-\x7e]|["<>\\^`{|}[\]]|%(?![0-9A-Fa-f]{2})|#[^#]*#/;
/** What the URL standard leaves in a path, query or fragment although RFC 3986 forbids it there. */
const LEFT_BY_URL_PARSER = /[|^{}`\\[\]]|%(?![0-9A-Fa-f]{2})/g;
