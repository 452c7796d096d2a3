import LineBreaker from "linebreak";

/** Scripts written without spaces between words: line breaks come from UAX #14 and, for Thai and its neighbours, from a word dictionary. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** UAX #14's class SA: scripts whose breaks need a dictionary, which ICU's word segmenter (in Node) has. */
const DICTIONARY = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

const segmenters = new Map<string, Intl.Segmenter>();

function wordSegmenter(language: string | undefined): Intl.Segmenter {
  const key = language ?? "";
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    const locale = language && Intl.Segmenter.supportedLocalesOf([language]).length > 0 ? language : "th";
    segmenters.set(key, (segmenter = new Intl.Segmenter(locale, { granularity: "word" })));
  }
  return segmenter;
}

/**
 * Where a line may break inside text without spaces (indices before which a
 * break is allowed), beyond its spaces: UAX #14 through `linebreak` (between
 * CJK characters, never before closing or after opening punctuation), plus
 * word boundaries from `Intl.Segmenter` inside Thai, Lao, Khmer and Myanmar.
 * Undefined for text that needs none, the common case.
 */
export function unspacedBreaks(text: string, language: string | undefined): Set<number> | undefined {
  if (!UNSPACED.test(text)) return undefined;
  const breaks = new Set<number>();
  const breaker = new LineBreaker(text);
  for (let found = breaker.nextBreak(); found; found = breaker.nextBreak()) {
    if (found.position > 0 && found.position < text.length && text[found.position - 1] !== " ") breaks.add(found.position);
  }
  if (DICTIONARY.test(text)) {
    for (const { index } of wordSegmenter(language).segment(text)) {
      if (index > 0 && DICTIONARY.test(text[index - 1]!) && DICTIONARY.test(text[index]!)) breaks.add(index);
    }
  }
  return breaks;
}
