/**
 * Word edges beyond ASCII, for every pattern of the text reader that reads whole words. JavaScript's `\b` knows only
 * ASCII letters, even with the `u` flag: it finds an edge inside "à13" or "é2025", and none after "publié" or "più"
 * at the end of a phrase, so such a word never matched as a whole. A letter here is one of an alphabet that parts
 * words with spaces (Latin, Greek, Cyrillic): Chinese and Japanese run dates and labels into the words around them
 * ("更新2025-03-04"), and a full `\p{L}` test at every position cost the whole ingest several per cent.
 */
export const WORD_CHAR = "\\w\\u00C0-\\u024F\\u0370-\\u04FF";
/** No letter, digit or underscore of `WORD_CHAR` just before. */
export const NOT_AFTER_WORD = `(?<![${WORD_CHAR}])`;
/** No letter, digit or underscore of `WORD_CHAR` just after. */
export const NOT_BEFORE_WORD = `(?![${WORD_CHAR}])`;

/** A text as a pattern's literal: its few special characters escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Any of an alternation's words or phrases, as a whole word: "lien affilié" holds "affilié", "affiliée" does not. */
export function wholeWords(alternation: string, flags = ""): RegExp {
  return new RegExp(`${NOT_AFTER_WORD}(?:${alternation})${NOT_BEFORE_WORD}`, flags);
}
