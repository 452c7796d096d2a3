/**
 * How a line capitalises its words: as a title ("How the Island Lost Its Only Ferry") or as a sentence. Read by the
 * header's search (a title under its date) and by the body's (headings, captions, points of a list).
 */

/** The code units of ASCII's "a" and "z", and of "A" and "Z": a letter test without a pattern on hot paths. */
export const ASCII_LOWER_FIRST = 0x61;
export const ASCII_LOWER_LAST = 0x7a;
export const ASCII_CAPITAL_FIRST = 0x41;
export const ASCII_CAPITAL_LAST = 0x5a;
/** Setting this bit turns an ASCII capital into its lower-case letter, and leaves a lower-case one as it is. */
export const ASCII_CASE_BIT = 0x20;
/** The first code unit past ASCII. */
export const PAST_ASCII = 0x80;

/** Share of capitalised longer words above which a line is set as a title (a teaser or heading), not a caption. */
const TITLE_CASE_SHARE = 0.8;

/** "How the Island Lost Its Only Ferry": most words of four letters or more (`share` of them) are capitalised. */
export function isTitleCased(text: string, share = TITLE_CASE_SHARE): boolean {
  const { long, capitalised } = countLongWords(text, false);
  return long >= 4 && capitalised >= long * share;
}

/** Per UTF-16 unit: 0 not yet known, 1 a capital letter, 2 another letter, 3 anything else. Filled as text is met. */
const LETTER_CLASS = new Uint8Array(0x10000);
const CAPITAL = 1;
const OTHER_LETTER = 2;
const NOT_A_LETTER = 3;

/** Whether the character at `at` is a capital letter, another letter or neither (a pair of surrogates read as one). */
function letterClass(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdbff) return letterKind(String.fromCodePoint(text.codePointAt(at)!));
  let kind = LETTER_CLASS[code]!;
  if (kind === 0) {
    kind = letterKind(String.fromCharCode(code));
    LETTER_CLASS[code] = kind;
  }
  return kind;
}

function letterKind(character: string): number {
  return /\p{Lu}/u.test(character) ? CAPITAL : /\p{L}/u.test(character) ? OTHER_LETTER : NOT_A_LETTER;
}

/** Length of a word counted: four characters or more. */
const MIN_COUNTED_WORD_LENGTH = 4;

/**
 * Of the words (between single spaces) of four characters or more, how many there are and how many open with a
 * capital; with `headingWords`, only the words after the first that open with a letter. Read in one pass over the
 * characters: splitting the line into words cost more than the count.
 */
function countLongWords(text: string, headingWords: boolean): { long: number; capitalised: number } {
  let long = 0;
  let capitalised = 0;
  let start = 0;
  for (let end = 0; end <= text.length; end++) {
    if (end < text.length && text.charCodeAt(end) !== 32) continue;
    if (end - start >= MIN_COUNTED_WORD_LENGTH && !(headingWords && start === 0)) {
      const kind = letterClass(text, start);
      if (!headingWords || kind !== NOT_A_LETTER) {
        long++;
        if (kind === CAPITAL) capitalised++;
      }
    }
    start = end + 1;
  }
  return { long, capitalised };
}

/**
 * How a heading is set, judged by its words of four letters or more after the first: "title" when nearly all are
 * capitalised ("Tides And Currents"), "sentence" when none is ("Tide gauge at the pier"), undefined when it has none.
 */
export function headingCase(text: string): "title" | "sentence" | undefined {
  const { long, capitalised } = countLongWords(text, true);
  if (long === 0) return undefined;
  if (capitalised === 0) return "sentence";
  return capitalised >= long * TITLE_CASE_SHARE ? "title" : undefined;
}
