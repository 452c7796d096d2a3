import type { Article, Block, Figure, TableCell } from "@dateline/schema";

/**
 * Typographic quotes, apostrophes and dashes for print and e-books, by
 * language. Straight quotes become the pair the language uses (“ ” in
 * English, « » in French, „ “ in German, 「 」 in Japanese); an apostrophe
 * between letters becomes ’; a hyphen standing alone between spaces becomes
 * an en dash. Every replacement is one character for one, so the offsets of
 * an article's marks stay valid. The article JSON itself keeps the source
 * text verbatim: this is applied only where text is set.
 */

interface QuoteStyle {
  /** Opening and closing double quotes, then opening and closing single quotes. */
  double: [string, string];
  single: [string, string];
}

const ENGLISH: QuoteStyle = { double: ["“", "”"], single: ["‘", "’"] };
const GUILLEMETS: QuoteStyle = { double: ["«", "»"], single: ["‹", "›"] };
const GERMAN: QuoteStyle = { double: ["„", "“"], single: ["‚", "‘"] };

const STYLES: Record<string, QuoteStyle> = {
  en: ENGLISH,
  nl: ENGLISH,
  ko: ENGLISH,
  zh: ENGLISH,
  he: ENGLISH,
  fr: GUILLEMETS,
  es: { double: ["«", "»"], single: ["“", "”"] },
  it: { double: ["«", "»"], single: ["“", "”"] },
  pt: { double: ["«", "»"], single: ["“", "”"] },
  ru: { double: ["«", "»"], single: ["„", "“"] },
  ar: GUILLEMETS,
  de: GERMAN,
  ja: { double: ["「", "」"], single: ["『", "』"] },
};

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const STRAIGHT = /["'-]/;
const STRAIGHT_ALL = /["'-]/g;
/** After these (or at the start) a quote opens: space, opening brackets and dashes. */
const OPENS_AFTER = /[\s([{\u2014\u2013-]/u;

function styleFor(language: string | undefined): QuoteStyle {
  return STYLES[language?.toLowerCase().split("-")[0] ?? "en"] ?? ENGLISH;
}

/** Text with typographic quotes, apostrophes and spaced dashes for its language; the same length as the text given. */
export function typographic(text: string, language: string | undefined): string {
  if (!STRAIGHT.test(text)) return text;
  const style = styleFor(language);
  return text.replace(STRAIGHT_ALL, (char, i: number) => {
    const before = i > 0 ? text[i - 1]! : " ";
    const after = i + 1 < text.length ? text[i + 1]! : " ";
    // At the start, after a space or an opening bracket a quote opens; elsewhere it closes.
    const opens = OPENS_AFTER.test(before);
    if (char === '"') return opens ? style.double[0] : style.double[1];
    if (char === "'") {
      if (LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(after)) return "’";
      return opens ? style.single[0] : style.single[1];
    }
    return before === " " && after === " " ? "–" : char;
  });
}

/** A figure's caption and credit set typographically. */
function figure<T extends Figure>(value: T, language: string | undefined): T {
  return {
    ...value,
    caption: typographic(value.caption, language),
    ...(value.credit ? { credit: typographic(value.credit, language) } : {}),
  };
}

function block(value: Block, language: string | undefined): Block {
  const set = (text: string) => typographic(text, language);
  switch (value.type) {
    case "paragraph":
    case "heading":
      return { ...value, text: set(value.text) };
    case "quote":
      return { ...value, text: set(value.text), ...(value.attribution ? { attribution: set(value.attribution) } : {}) };
    case "list":
      return { ...value, items: value.items.map((item) => ({ ...item, text: set(item.text) })) };
    case "figure":
      return figure(value, language);
    case "related":
      return { ...value, title: set(value.title), items: value.items.map((item) => ({ ...item, title: set(item.title) })) };
    case "table": {
      const row = (cells: readonly TableCell[]) => cells.map((cell) => ({ ...cell, text: set(cell.text) }));
      return {
        ...value,
        ...(value.caption ? { caption: set(value.caption) } : {}),
        ...(value.head ? { head: value.head.map(row) } : {}),
        rows: value.rows.map(row),
      };
    }
    case "code":
      // A listing keeps its characters exactly.
      return value;
  }
}

/** The article as a reader should see it set: every text typographic for its language (for an e-book chapter). */
export function typographicArticle(article: Article): Article {
  const language = article.inLanguage;
  return {
    ...article,
    headline: typographic(article.headline, language),
    ...(article.description ? { description: typographic(article.description, language) } : {}),
    ...(article.image ? { image: figure(article.image, language) } : {}),
    body: article.body.map((value) => block(value, language)),
  };
}
