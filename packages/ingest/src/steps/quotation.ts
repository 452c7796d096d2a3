/**
 * How the languages Dateline reads mark a quotation, as the pairs of marks that open and close one. The speaker test
 * (`QUOTES_SPEAKER`), the quotation a voice test looks past (`QUOTATION`) and the bare double mark (`QUOTATION_MARK`)
 * are all built from this table, so a mark added here is known to each of them.
 */

/**
 * How a pair's marks are read:
 * - "double": a Latin double mark, which stands for nothing but a quotation, so one alone in a line quotes;
 * - "corner": a CJK corner bracket, which quotes as a double mark does;
 * - "guillemet": a single guillemet, which quotes only as a pair, as one alone is a link's pointer ("Mehr ›");
 * - "apostrophe": a single mark that is also an apostrophe or closes one ("It’s", "‚…‘"), read as a quotation only
 *   where it opens a word and closes on punctuation (see `singleQuotation`).
 */
type QuotationKind = "double" | "corner" | "guillemet" | "apostrophe";

/** The quotation marks by their pairs, an opening and a closing mark, with how a pair is read (`QuotationKind`). */
const QUOTATION_PAIRS: readonly (readonly [open: string, close: string, kind: QuotationKind])[] = [
  ["“", "”", "double"], // English, Spanish, Italian, Dutch
  ["„", "“", "double"], // German, Czech
  ["„", "”", "double"], // Polish, Dutch, Hungarian, Romanian
  ["”", "”", "double"], // Swedish, Finnish
  ["«", "»", "double"], // French, Swiss, Spanish, Italian, Russian
  ["»", "«", "double"], // German books and magazines
  ['"', '"', "double"], // a typewriter's straight marks
  ["「", "」", "corner"], // Japanese, traditional Chinese
  ["『", "』", "corner"], // a quotation within one, or a title
  ["‹", "›", "guillemet"], // French and Swiss within a quotation
  ["›", "‹", "guillemet"], // German books within a quotation
  ["‘", "’", "apostrophe"], // British, and within an English quotation
  ["'", "'", "apostrophe"], // straight single marks
  ["‚", "‘", "apostrophe"], // German within a quotation, or for a word
];

/** The marks of a kind's pairs, opening, closing or both, each once: none is special in a character class. */
function marksOf(kind: QuotationKind, side: "open" | "close" | "both"): string {
  const marks = QUOTATION_PAIRS.filter((pair) => pair[2] === kind).flatMap(([open, close]) =>
    side === "open" ? [open] : side === "close" ? [close] : [open, close],
  );
  return [...new Set(marks)].join("");
}

/**
 * The typewriter's straight double mark, which stands for any double mark: a text mixing it with curly ones ("“…\"",
 * "„…\"") closes a quotation on it, and one it opens closes on any double mark.
 */
const STRAIGHT_DOUBLE = '"';

/** The marks closing a quotation that `open` opens: its own pairs' (`QUOTATION_PAIRS`), and the straight double mark's. */
function closersOf(open: string, kind: QuotationKind): string {
  const pairs = QUOTATION_PAIRS.filter((pair) => pair[2] === kind && (pair[0] === open || open === STRAIGHT_DOUBLE));
  const closers = pairs.map((pair) => pair[1]).concat(kind === "double" ? [STRAIGHT_DOUBLE] : []);
  return [...new Set(closers)].join("");
}

/**
 * A quotation in a kind's paired marks: an opening mark, then no mark of the kind, then a mark closing that opening's
 * pair. Pairs are not crossed ("Home › News › Politik" holds a breadcrumb's pointers, not "›…‹"; the "”" of "27” and
 * “we …”" is no Swedish "”…”"), and a mark right after a digit opens none, being an inch ("a 27” and a 32” screen").
 * Each opening is read only up to the next mark of its kind, so a line of many is read in linear time.
 */
function pairedQuotation(kind: QuotationKind): string {
  const inside = `[^${marksOf(kind, "both")}]*`;
  const quotations = [...marksOf(kind, "open")].map((open) => `${open}${inside}[${closersOf(open, kind)}]`);
  return `(?<!\\p{N})(?:${quotations.join("|")})`;
}

/**
 * A quotation in single marks that are also apostrophes ("‘We waited all winter,’ he said", "'It is good to see them
 * back.'", "‚Wir haben gewartet‘, sagte er"): the mark opens a word, so an apostrophe within a word ("It’s", "the
 * Post's") opens none, and an elision opening a word ("’90s") opens none. It closes on punctuation, the sentence's
 * inside the mark ("…,’ he said", "… back.'") or the clause's right after it ("'…', zegt hij", "(‘a relief’)"): a mark
 * with a word right after it is as often an apostrophe ("the players' union", "Kees' column", "un po' di") under an
 * elision that opens a word ("rock 'n' roll", "'til", "'s avonds", "'ndrangheta"), and read as a quotation it hid a
 * reader's "I" or the site's "we". The quotation stops at the next mark that would open one (a straight mark only
 * where no letter stands before it and one stands after it), so a line of many opening marks is read in linear time.
 */
const SINGLE_QUOTATION = (() => {
  const open = marksOf("apostrophe", "open");
  const close = marksOf("apostrophe", "close");
  return String.raw`(?<![\p{L}\p{N}])[${open}](?=\p{L})(?:[^${open}]|(?<=[\p{L}\p{N}])'|'(?!\p{L}))*?(?:(?<=[.,!?…])[${close}](?![\p{L}\p{N}])|[${close}](?=[.,;:!?…)\]]|\s?[—–]|$))`;
})();

/** A Latin double quotation mark: a line holding one quotes someone ("“Please support us,” said the chair"). */
export const QUOTATION_MARK = new RegExp(`[${marksOf("double", "both")}]`, "u");

/**
 * A line opening with a Latin quotation's opening mark, double or single ("“…", "„…", "«…", "»…", "‘…", "'…", "‚…"):
 * a quotation, a pull quote or a review opening the line, someone's words and not the page's own.
 */
export const OPENS_WITH_QUOTATION = new RegExp(`^[${marksOf("double", "open")}${marksOf("apostrophe", "open")}]`, "u");

/**
 * A line ending on a Latin quotation's mark, double or a single closing one ("… added: “The pier is yours”", "…
 * sagte sie: ‚Endlich‘"): its sentence ends inside the quotation, with or without a stop, where an open caption ends on
 * a word.
 */
export const ENDS_WITH_QUOTATION = new RegExp(`[${marksOf("double", "both")}${marksOf("apostrophe", "close")}]$`, "u");

/**
 * A speaker quoted, as a story's last paragraph often is: a double mark or a corner bracket anywhere in the line
 * ("„…“", "„…”", "«…»", "「…」"), or a quotation in single guillemets ("‹…›") or in single marks (`SINGLE_QUOTATION`).
 */
export const QUOTES_SPEAKER = new RegExp(
  `[${marksOf("double", "both")}${marksOf("corner", "both")}]|${pairedQuotation("guillemet")}|${SINGLE_QUOTATION}`,
  "u",
);

/** A quotation within a line ("“We had no warning,” a trader said"): a speaker's "we" or "I", not the writer's. */
export const QUOTATION = new RegExp(
  (["double", "corner", "guillemet"] as const).map(pairedQuotation).concat(SINGLE_QUOTATION).join("|"),
  "gu",
);
