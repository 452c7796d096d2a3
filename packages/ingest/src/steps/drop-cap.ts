import { isStopword } from "./language.js";
import type { Line } from "./segment.js";
import { endsLikeSentence } from "./sentence.js";
import { atLeastSpacePieces } from "./word-count.js";

/**
 * A capital alone on its line, perhaps after an opening quote ("O", "“W", "« N"): a drop cap, the large first letter
 * of a paragraph that a copy of the page sets on a line of its own.
 */
const LONE_CAPITAL = /^(?:["“„«‘‹'] ?)?(\p{Lu})$/u;

/** Longest line `LONE_CAPITAL` matches: a quote, a space and the capital ("« N"); longer lines are not asked. */
const MAX_LONE_CAPITAL_LENGTH = 3;

/**
 * The rest of the drop cap's word at the start of the line under it: lower-case letters up to a space or a mark, not a
 * figure ("e4" in a chess game's notes) and not a capital.
 */
const WORD_REST = /^\p{Ll}[\p{Ll}\p{M}]*(?=[\s\p{P}]|$)/u;

/**
 * Fewest words of the paragraph a drop cap opens: a poem's line under a lone "I", a quiz's option under "A" or a name
 * under an initial is shorter.
 */
const MIN_DROP_CAP_PARAGRAPH_WORDS = 8;

/** A word of a page: letters and the marks on them, read lower-cased to tell whether a joined drop cap is a word. */
const PAGE_WORD = /\p{L}[\p{L}\p{M}]*/gu;

/** The letter after or before a capital in its alphabet ("B" for "A"), as lists and glossaries set them apart. */
function alphabetNeighbours(capital: string): string[] {
  const code = capital.codePointAt(0)!;
  return [String.fromCodePoint(code - 1), String.fromCodePoint(code + 1)];
}

/**
 * The drop caps of a page joined to the words they open ("T" / "he council met …" → "The council met …"). A capital
 * alone on its line is one when the line under it opens in lower case with the rest of a word and is a paragraph:
 * `MIN_DROP_CAP_PARAGRAPH_WORDS` words or more, ending as a sentence. Not when the letter before or after it in the
 * alphabet also stands alone on a line of the page: those are a list's markers ("A" / "B" / "C" over a quiz's options)
 * or a glossary's or a plan's labels. And only when the joined word is a word: one of the language's stop words ("T" /
 * "he" → "The") or a word found elsewhere on the page. A capital that is a word or a label of its own is read with
 * a word of its own under it ("I" / "wandered the quay …", "A" / "honestly, …", Polish "W" / "poniedziałek …",
 * "V" / "aftermath …" under a Roman numeral), and those joined make no word. Lines are renumbered after a join.
 */
export function joinDropCaps(lines: readonly Line[], language: string): readonly Line[] {
  const capitals = new Set<string>();
  for (const line of lines) if (line.text.length <= MAX_LONE_CAPITAL_LENGTH && LONE_CAPITAL.test(line.text)) capitals.add(line.text);
  if (capitals.size === 0) return lines;
  // The page's words are read only when a capital passes every other test: most lone capitals are a close button's
  // "X" or a list's marker, and reading a long page's words for them cost more than the rest of this step.
  let words: Set<string> | undefined;
  const pageWords = (): ReadonlySet<string> => {
    if (words === undefined) {
      words = new Set<string>();
      for (const line of lines) for (const word of line.text.toLowerCase().match(PAGE_WORD) ?? []) words.add(word);
    }
    return words;
  };
  const joined: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const under = lines[i + 1];
    if (under && capitals.has(line.text) && opensWord(line.text, under.text, capitals, pageWords, language)) {
      joined.push({ ...under, index: joined.length, text: line.text + under.text, blankBefore: line.blankBefore });
      i++;
    } else joined.push(joined.length === i ? line : { ...line, index: joined.length });
  }
  return joined;
}

/** Whether a lone capital (`LONE_CAPITAL`) is a drop cap opening the line under it (see `joinDropCaps`). */
function opensWord(
  capitalLine: string,
  under: string,
  capitals: ReadonlySet<string>,
  pageWords: () => ReadonlySet<string>,
  language: string,
): boolean {
  const capital = LONE_CAPITAL.exec(capitalLine)![1]!;
  const rest = WORD_REST.exec(under)?.[0];
  if (rest === undefined) return false;
  if (!atLeastSpacePieces(under, MIN_DROP_CAP_PARAGRAPH_WORDS) || !endsLikeSentence(under)) return false;
  if (alphabetNeighbours(capital).some((letter) => capitals.has(letter))) return false;
  const word = capital.toLowerCase() + rest;
  return isStopword(word, language) || pageWords().has(word);
}
