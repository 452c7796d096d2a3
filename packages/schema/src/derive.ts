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

/**
 * Per UTF-16 unit: 0 not yet known, else SPACE, WORD or OTHER, filled as text
 * is met. A lookup instead of a regular expression per character or per word:
 * over the 10,000 articles of `npm run bench` (jsonld), counting took 330–408 ms
 * with this table against 874–1,403 ms splitting at white space and testing each
 * word with /[\p{L}\p{N}]/u, and 679–1,049 ms with one global regular
 * expression (min–median of 9 interleaved runs at load 15–19 on the 2-core machine).
 */
const CHAR_CLASS = new Uint8Array(0x10000);
const SPACE = 1;
const WORD = 2;
const OTHER = 3;

function learnClass(code: number): number {
  const char = String.fromCharCode(code);
  // A surrogate is half of an astral character; those are letters far more often than not.
  const kind = /\s/.test(char) ? SPACE : (code >= 0xd800 && code <= 0xdfff) || /[\p{L}\p{N}]/u.test(char) ? WORD : OTHER;
  CHAR_CLASS[code] = kind;
  return kind;
}

/** Runs between white space that hold a letter or digit, each counted once, at its first one. */
function countWords(text: string): number {
  let count = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = CHAR_CLASS[code] || learnClass(code);
    if (kind === SPACE) {
      counted = false;
    } else if (kind === WORD && !counted) {
      count++;
      counted = true;
    }
  }
  return count;
}

/**
 * Words of running text, as schema.org's wordCount means it: runs between
 * white space that hold a letter or digit.
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
 * The one build-date policy of every export (PDF, EPUB, RSS):
 * `SOURCE_DATE_EPOCH` when set, else the newest article date, else none —
 * an undated briefing shows no date rather than the Unix epoch.
 */
export function buildDate(articles: readonly Article[], sourceDateEpoch: string | undefined): Date | undefined {
  if (sourceDateEpoch !== undefined && /^\d+$/.test(sourceDateEpoch.trim())) return new Date(Number(sourceDateEpoch.trim()) * 1000);
  const newest = newestDate(articles);
  return newest ? new Date(Date.parse(newest)) : undefined;
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
