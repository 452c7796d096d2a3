/**
 * Where a sentence ends: asked by the segmenter (does a wrapped line go on?) and by the classifier (is a line
 * prose?), and by the language detector (which lines are sentences?). Its own file, so that none imports another.
 */

/** One sentence ending and another starting inside a line: a line of prose, where a title holds one sentence. */
export const SENTENCE_BREAK = /[.!?]\s+\p{Lu}/u;
/**
 * `SENTENCE_BREAK` after a lower-case word of two letters or more: a title's or a name's stop ("Gov. Ada Lee", "Dr.
 * Popa", "U.S. Navy", "M. Dupont", "κ. Παππάς") ends no sentence, and a caption holding one reads as a single sentence.
 * Spanish opens a question or an exclamation with its inverted mark before the capital ("… pregunta. ¿Quién …?").
 */
const WORD_SENTENCE_BREAK = /(?<![\p{L}\p{M}])\p{Ll}[\p{Ll}\p{M}]+[.!?]\s+[¿¡]?\p{Lu}/u;
/** A full-width sentence mark with more text after it: a Chinese or Japanese line going on past its first sentence. */
const FULL_WIDTH_SENTENCE_BREAK = /[。！？](?=[^\s」』）》〉])/u;
/**
 * Fewest letters of a run of Thai or Lao that reads as a sentence's: three words at the four letters a word that
 * classify.ts reads them at. A shorter run is a name or a figure's word.
 */
const MIN_UNMARKED_SENTENCE_RUN = 12;
/** A run of Thai or Lao as long as a sentence's (`MIN_UNMARKED_SENTENCE_RUN`), as a pattern's source. */
const UNMARKED_SENTENCE_RUN = String.raw`[\p{Script=Thai}\p{Script=Lao}]{${MIN_UNMARKED_SENTENCE_RUN}}`;
/** Two such runs parted by a space: how Thai and Lao part their sentences. */
const UNMARKED_SENTENCE_BREAK = new RegExp(String.raw`${UNMARKED_SENTENCE_RUN}\s+${UNMARKED_SENTENCE_RUN}`, "u");

/**
 * Whether a line holds two sentences or more, in the script it is written in: a stop, question or exclamation mark
 * after a word and a capital after a space (`WORD_SENTENCE_BREAK`), a full-width mark with text after it, or in Thai
 * and Lao, which end a sentence with a space, two long runs of letters parted by one.
 */
export function holdsSeveralSentences(text: string): boolean {
  return WORD_SENTENCE_BREAK.test(text) || FULL_WIDTH_SENTENCE_BREAK.test(text) || UNMARKED_SENTENCE_BREAK.test(text);
}

/**
 * The marks that end a sentence in the scripts news is written in: Latin's, CJK's full-width and half-width ones,
 * Arabic's question mark and Urdu's full stop (؟ ۔), Hebrew's sof pasuq (׃), Devanagari's danda and double danda (। ॥),
 * Greek's question mark (;, a code point of its own that looks like a semicolon), Armenian's full stop (։), Ethiopic's
 * full stop and question mark (። ፧), Myanmar's section mark (။), Khmer's khan and bariyoosan (។ ៕), Tibetan's shad
 * (།), and the doubled question and exclamation marks (‼ ⁇ ⁈ ⁉ ‽). Thai and Lao end sentences with a space, not a mark.
 */
const SENTENCE_MARKS = ".!?。！？｡．؟۔׃।॥\u037e։።፧။។៕།‼⁇⁈⁉‽";
/**
 * Marks that end what a line says, if not always a sentence: an ellipsis (a teaser cut short), a colon, a semicolon,
 * and their full-width forms, which CJK text and some Latin copies set ("理由：" leads into what follows as "Why:" does).
 */
const PAUSE_MARKS = "…:;؛：；";
/**
 * What may close a sentence after its mark: quotes (English ” ’, German “ ‘, guillemets » ›), brackets, and their
 * CJK and full-width forms.
 */
const CLOSING_MARKS = "\"'”’“‘»›)]」』）》〉］｣＂＇";

/** Per UTF-16 unit: what it is at a line's end. */
const SENTENCE_TAIL = new Uint8Array(0x10000);
const SENTENCE_MARK = 1;
const CLOSING_MARK = 2;
const PAUSE_MARK = 3;
for (const char of SENTENCE_MARKS) SENTENCE_TAIL[char.charCodeAt(0)] = SENTENCE_MARK;
for (const char of PAUSE_MARKS) SENTENCE_TAIL[char.charCodeAt(0)] = PAUSE_MARK;
for (const char of CLOSING_MARKS) SENTENCE_TAIL[char.charCodeAt(0)] = CLOSING_MARK;

/** Where the closing quotes and brackets that end `text` (from `end` back) start: right after the mark they close. */
function closingMarksStart(text: string, end: number): number {
  let at = end;
  while (at > 0 && SENTENCE_TAIL[text.charCodeAt(at - 1)] === CLOSING_MARK) at--;
  return at;
}

/** What stands before the closing quotes and brackets that end `text` (from `end` back): one of the marks above, or 0. */
function lastMark(text: string, end: number): number {
  const at = closingMarksStart(text, end);
  return at > 0 ? SENTENCE_TAIL[text.charCodeAt(at - 1)]! : 0;
}

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
  const mark = lastMark(text, end);
  return mark === SENTENCE_MARK || mark === PAUSE_MARK;
}

/**
 * Whether the text ends with a sentence's own mark, perhaps inside quotes or brackets: not an ellipsis, a colon or a
 * semicolon, save a Greek line's semicolon, which is its question mark (see `endsWithGreekQuestion`).
 */
export function endsWithSentenceMark(text: string): boolean {
  const mark = lastMark(text, text.length);
  return mark === SENTENCE_MARK || (mark === PAUSE_MARK && greekQuestionBefore(text, closingMarksStart(text, text.length)));
}

/** The semicolon, which Greek keyboards type for the question mark, and Greek's own question mark (U+037E). */
const SEMICOLON_CODE = ";".charCodeAt(0);
const GREEK_QUESTION_MARK_CODE = 0x037e;
/** Greek letters, and letters of any script, counted to tell a line written in Greek from one in other letters. */
const GREEK_LETTERS = /\p{Script=Greek}/gu;
const LETTERS = /\p{L}/gu;
/** One Greek letter: most lines hold none, and finding none is cheaper than counting a line's letters. */
const GREEK_LETTER = /\p{Script=Greek}/u;

/**
 * How many Greek letters a text holds when they are most of its letters, else 0: a Russian or Arabic line naming a
 * Greek letter or unit ("уровень β-каротина;", "10 Ω;") is not Greek, nor is a Latin one.
 */
function greekMajority(text: string): number {
  if (!GREEK_LETTER.test(text)) return 0;
  const greek = text.match(GREEK_LETTERS)?.length ?? 0;
  return greek * 2 > (text.match(LETTERS)?.length ?? 0) ? greek : 0;
}

/** Whether a text is written in Greek: Greek letters are most of its letters. */
export function writtenInGreek(text: string): boolean {
  return greekMajority(text) > 0;
}

/**
 * A line's lead before its last colon or spaced dash: a Greek headline may name its Latin-lettered subject first and
 * ask after it ("Apple Watch ή Galaxy Watch: ποιο να διαλέξετε;").
 */
const LEAD_BEFORE_CLAUSE = /.*(?::|\s[-–—])\s/su;
/** Fewest Greek letters of such a closing clause: a unit or a variable ("10 Ω", "α, β") asks nothing. */
const MIN_GREEK_CLAUSE_LETTERS = 4;

/** A semicolon glued to the letter or figure after it: a field's separator ("Τμήμα;Κλίνες;"), no question's mark. */
const GLUED_SEMICOLON = /;[\p{L}\p{N}]/u;

/** Whether a line's semicolons are Greek's question marks: it is written in Greek and none of them parts fields. */
function asksWithSemicolons(text: string): boolean {
  return writtenInGreek(text) && !GLUED_SEMICOLON.test(text);
}

/** Whether a line, or the clause closing it after a Latin-lettered lead, is written in Greek (`asksWithSemicolons`). */
function asksInGreek(text: string): boolean {
  if (!GREEK_LETTER.test(text) || GLUED_SEMICOLON.test(text)) return false;
  if (writtenInGreek(text)) return true;
  const lead = LEAD_BEFORE_CLAUSE.exec(text);
  return lead !== null && greekMajority(text.slice(lead[0].length)) >= MIN_GREEK_CLAUSE_LETTERS;
}

/**
 * Whether the mark right before `end` is Greek's question mark: its own code point (U+037E), which means nothing else,
 * or a semicolon in a line, or a closing clause, written in Greek (`asksInGreek`: "Τι αλλάζει το 2025;", "Πόσο
 * κοστίζει το νέο iPhone;"). Greek parts clauses with the raised dot (·), so its semicolon is never one; a line in
 * other letters ending on it is a list's item or a line of code ("Ferries, buses;", "const title = 'Αθήνα';"). The
 * letters are counted only for a line ending on a semicolon, which few lines of a story do.
 */
function greekQuestionBefore(text: string, end: number): boolean {
  const code = text.charCodeAt(end - 1);
  return code === GREEK_QUESTION_MARK_CODE || (code === SEMICOLON_CODE && asksInGreek(text));
}

/** Whether a line ends on Greek's question mark (see `greekQuestionBefore`): the reading every step shares. */
export function endsWithGreekQuestion(text: string): boolean {
  return greekQuestionBefore(text, text.length);
}

/**
 * Whether a line asks anywhere in it, not only at its end ("What do you think? Tell us …"): a Latin or full-width
 * question mark, Greek's own (U+037E), or a semicolon in a line written in Greek (`asksWithSemicolons`: "Τι πιστεύετε;
 * Γράψτε μας …").
 */
export function holdsQuestionMark(text: string): boolean {
  return text.includes("?") || text.includes("？") || text.includes("\u037e") || (text.includes(";") && asksWithSemicolons(text));
}

/** A question's mark at a line's end in Latin and full-width forms ("?", "？"). */
const QUESTION_END = /[?？]$/u;

/** Whether a line ends on a question's mark: Latin's or the full-width one, or Greek's (`endsWithGreekQuestion`). */
export function endsWithQuestionMark(text: string): boolean {
  return QUESTION_END.test(text) || endsWithGreekQuestion(text);
}

/** A full stop in the scripts news is written in: Latin's, CJK's full-width and half-width ones. */
const FULL_STOPS = new Set([...".。｡．"]);
/** Spaces that may part a full stop from the guillemet closing its quote ("… rentrer. »"). */
const QUOTE_SPACES = new Set([..." \u00a0\u202f"]);

/**
 * Whether the text ends with a full stop, perhaps inside closing quotes or brackets ("… get home safely.”", "(… 1987.)"):
 * a quoted sentence is a finished sentence as much as a bare one. Read backwards from the end, as `lastMark` does.
 */
export function endsWithFullStop(text: string): boolean {
  let at = text.length;
  while (at > 0 && (SENTENCE_TAIL[text.charCodeAt(at - 1)] === CLOSING_MARK || QUOTE_SPACES.has(text[at - 1]!))) at--;
  return at > 0 && FULL_STOPS.has(text[at - 1]!);
}

/** A text opening with a capital letter. */
export const CAPITAL_OPENING = /^\p{Lu}/u;

/** Marks that open and close a line quoted whole. */
const OPENING_QUOTES = new Set([...`"“„«‘'`]);
const CLOSING_QUOTES = new Set([...`"”“»’'`]);

/** The text of a line quoted whole ("“…”"), without its marks, or undefined. */
export function quotedText(text: string): string | undefined {
  if (text.length > 400 || !OPENING_QUOTES.has(text[0]!) || !CLOSING_QUOTES.has(text[text.length - 1]!)) return undefined;
  const inner = text.slice(1, -1).trim();
  return inner === "" ? undefined : inner;
}

/** Code's punctuation but the semicolon: braces, an equals sign, a box-drawing bar (a listing's frame). */
const CODE_MARKS = /[{}=│]/;

/**
 * Whether a line holds code's punctuation: braces, an equals sign, a listing's frame, or a semicolon outside Greek
 * text, whose semicolon is its question mark ("Πότε ανοίγει το λιμάνι;" is no statement of code), or parting fields.
 */
export function holdsCodePunctuation(text: string): boolean {
  return CODE_MARKS.test(text) || (text.includes(";") && !asksWithSemicolons(text));
}
