/** Languages written right to left, whose extracted lines pdftotext reorders itself. */
const RIGHT_TO_LEFT = new Set(["ar", "he", "fa", "ur"]);

export function isRightToLeft(language: string | undefined): boolean {
  return RIGHT_TO_LEFT.has(language?.split("-")[0] ?? "");
}

/** The PDF sets quotes, apostrophes and spaced dashes typographically for the language (the article keeps them straight): both sides are compared with plain ones. */
function foldQuotes(text: string): string {
  return text
    .replace(/[“”„«»「」『』]/gu, '"')
    .replace(/[‘’‚‹›]/gu, "'")
    .replace(/–/gu, "-");
}

/**
 * Text as a reader compares it: line breaks and spacing are layout, not
 * content (and CJK has no spaces). A hyphen before a break is a word divided
 * at a line or page end, which pdftotext joins within a page but not across
 * pages, so both sides drop it; every other hyphen is content and must come
 * back, as the layout never ends a line at a real hyphen. pdftotext marks
 * right-to-left lines with embedding controls and places neutral punctuation
 * in them by its own guess (a word-final vowel mark beside a full stop is
 * moved off its word with the stop), so in right-to-left text letters and
 * digits are compared, in order, without punctuation, symbols or marks.
 */
export function comparable(text: string, language?: string): string {
  const plain = foldQuotes(text)
    .normalize("NFC")
    .replace(/[-‐]\s+/gu, "")
    .replace(/[\s\u00AD\u200E\u200F\u202A-\u202E]+/gu, "");
  return isRightToLeft(language) ? plain.replace(/[\p{P}\p{S}\p{M}]/gu, "") : plain;
}
