/**
 * How many words a text holds, for the readers' length rules ("a title has three words or more"). Each rule was set
 * with one way of parting words, kept here so that its answers stay the same; none of them makes an array:
 * - `wordCount`, `atMostWords`: the pieces runs of white space part, as `text.split(/\s+/)` gives them (white space at
 *   an edge parts off an empty piece, which counts);
 * - `spacePieceCount`: the pieces single spaces part, as `text.split(" ")` gives them, empty ones counted;
 * - `spacedWordCount`: the runs of characters between spaces, empty pieces left out ("Home › News" is three).
 */

/** A run of white space, where `text.split(/\s+/)` cuts; searched for from `lastIndex`. */
export const WHITE_SPACE_RUN = /\s+/g;
/** The space that `spacePieceCount` and `spacedWordCount` part words at. */
const SPACE = " ";
/** `SPACE` as a code unit. */
const SPACE_CODE = SPACE.charCodeAt(0);

/** How many pieces `text.split(/\s+/)` gives. */
export function wordCount(text: string): number {
  WHITE_SPACE_RUN.lastIndex = 0;
  let words = 1;
  while (WHITE_SPACE_RUN.test(text)) words++;
  return words;
}

/** Whether `wordCount(text)` is at most `most`, counted up to one past it: most lines asked of are longer. */
export function atMostWords(text: string, most: number): boolean {
  WHITE_SPACE_RUN.lastIndex = 0;
  for (let words = 1; WHITE_SPACE_RUN.test(text); words++) if (words === most) return false;
  return true;
}

/** How many pieces `text.split(" ")` gives. */
export function spacePieceCount(text: string): number {
  let count = 1;
  for (let at = text.indexOf(SPACE); at !== -1; at = text.indexOf(SPACE, at + 1)) count++;
  return count;
}

/** Whether `spacePieceCount(text)` is at least `least`, read no further than the space that makes it so. */
export function atLeastSpacePieces(text: string, least: number): boolean {
  for (let pieces = 1, at = -1; pieces < least; pieces++) {
    at = text.indexOf(SPACE, at + 1);
    if (at === -1) return false;
  }
  return true;
}

/** How many runs of characters other than a space `text` holds: `text.split(" ")` without its empty pieces. */
export function spacedWordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) === SPACE_CODE;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** A mark set on a letter (Thai and Lao vowels and tones, Khmer and Devanagari vowel signs, a Latin combining accent). */
const MARK = /\p{M}/u;

/**
 * How many letters `text` holds, each with the marks set on it counted as one, as a reader counts them: a Thai word's
 * tone and vowel marks are code units of their own and make a Thai line a fifth to a half longer in units than in
 * letters, where a Chinese or Latin line (with its accents precomposed) is as long in both. White space counts unless
 * `spaces` is false.
 */
export function letterCount(text: string, spaces = true): number {
  let letters = 0;
  for (const char of text) if (!MARK.test(char) && (spaces || char.trim() !== "")) letters++;
  return letters;
}
