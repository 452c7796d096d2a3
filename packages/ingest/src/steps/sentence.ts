/**
 * Where a sentence ends: asked by the segmenter (does a wrapped line go on?) and by the classifier (is a line
 * prose?). Its own file, so that neither imports the other.
 */

/** One sentence ending and another starting inside a line: a line of prose, where a title holds one sentence. */
export const SENTENCE_BREAK = /[.!?]\s+\p{Lu}/u;

/** Per UTF-16 unit: 1 ends a sentence, 2 closes a quote or bracket after the end. */
const SENTENCE_TAIL = new Uint8Array(0x10000);
// Latin, CJK full-width, Arabic (؟ ؛ ۔), Hebrew (׃) and Devanagari (।) sentence marks.
for (const char of ".!?…。！？:;؟؛۔׃।") SENTENCE_TAIL[char.charCodeAt(0)] = 1;
for (const char of "\"'”’»)]」』）") SENTENCE_TAIL[char.charCodeAt(0)] = 2;

/**
 * Whether the text ends a sentence: a full stop, question or exclamation mark
 * (or a colon or semicolon), then perhaps closing quotes or brackets, then
 * perhaps reference marks ("…in 2012.[14]"). Read backwards from the end: a
 * pattern anchored at `$` would be tried at every position of the line.
 */
export function endsLikeSentence(text: string): boolean {
  let end = text.length;
  // Reference marks: "[14]" groups at the very end.
  for (;;) {
    if (text.charCodeAt(end - 1) !== 93 /* ] */) break;
    let digits = end - 2;
    while (digits >= 0 && text.charCodeAt(digits) >= 48 && text.charCodeAt(digits) <= 57) digits--;
    if (digits === end - 2 || text.charCodeAt(digits) !== 91 /* [ */) break;
    end = digits;
  }
  while (end > 0 && SENTENCE_TAIL[text.charCodeAt(end - 1)] === 2) end--;
  return end > 0 && SENTENCE_TAIL[text.charCodeAt(end - 1)] === 1;
}
