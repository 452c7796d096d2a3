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
/** After these (or at the start) a quote opens: space, opening brackets and dashes. */
const OPENS_AFTER = /[\s([{\u2014\u2013-]/u;

function styleFor(language: string | undefined): QuoteStyle {
  return STYLES[language?.toLowerCase().split("-")[0] ?? "en"] ?? ENGLISH;
}

/** Text with typographic quotes, apostrophes and spaced dashes for its language; the same length as the text given. */
export function typographic(text: string, language: string | undefined): string {
  if (!/["'-]/.test(text)) return text;
  const style = styleFor(language);
  let result = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const before = i > 0 ? text[i - 1]! : " ";
    const after = i + 1 < text.length ? text[i + 1]! : " ";
    // At the start, after a space or an opening bracket a quote opens; elsewhere it closes.
    const opens = OPENS_AFTER.test(before);
    if (char === '"') result += opens ? style.double[0] : style.double[1];
    else if (char === "'") {
      if (LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(after)) result += "’";
      else result += opens ? style.single[0] : style.single[1];
    } else if (char === "-" && before === " " && after === " ") result += "–";
    else result += char;
  }
  return result;
}
