import type { Block, Figure } from "@dateline/schema";
import { keepShape } from "../_shapes.js";
import {
  isControlLine,
  isSectionEnd,
  isSocialLabel,
  isSummaryBoxLabel,
  opensAsShareButton,
  isTagsLabel,
  speaksToReader,
  isTagsLine,
  RELATED_LABEL,
  RELATED_LINK,
  REQUIRED_FIELD,
} from "./boilerplate.js";
import {
  closingCredit,
  creditOnly,
  creditSignsLineUnder,
  hasCredit,
  isPictureFurniture,
  isSlideCounter,
  MIN_BODY_CAPTION_WORDS,
  pictureLabel,
  splitCredit,
  splitTrailingCredit,
} from "./caption.js";
import { BUTTON_LABELS, CALL_OPENERS, JOIN_CALL, SALES_CALLS } from "./call-to-action-words.js";
import {
  BRIEF_SENTENCE_OPENING,
  type ClassifiedLine,
  FAQ_LABEL_WORD,
  isBriefSentence,
  isBriefClosingSentence,
  isClosingSentence,
  isMetaLine,
  isPackedClosingSentence,
  isProse,
  isStoryText,
  proseLinesIn,
} from "./classify.js";
import { holdsDateLabel, isJobTitlePart, isPlainPersonName, isSourceCredit, isStampedAgeLine } from "./byline.js";
import { isAgeLine, isClockTimeAlone, isMonthAndYear, opensWithMonthAndYear, parseDate } from "./date-line.js";
import type { NumericOrderSource } from "./date-order.js";
import {
  absorbMeta,
  absorbSplitByline,
  type Header,
  isAuthorLabelLine,
  isBylineLabelLine,
  LOWER_CASE_START,
  labelsOthersAuthor,
} from "./find-header.js";
import { CLOSING_COLON, completeHeadingSeries, completeLabelSeries, SUBHEADING_LEVEL, unstackSeriesCaptions } from "./heading-series.js";
import { endsWithHeadingLinkMark, holdsEmailAddress, withoutHeadingLinkMark } from "./headline.js";
import { isStopword, type Language, languageFromTag, readWords } from "./language.js";
import { headingCase, isTitleCased } from "./letter-case.js";
import { isPersonName } from "./person-name.js";
import { packedBlockEnd, textBefore } from "./segment.js";
import { ENDS_WITH_QUOTATION, OPENS_WITH_QUOTATION } from "./quotation.js";
import { BOX_LABEL, HATNOTE_LABELS, RELATED_HEADS_CJK } from "./related-words.js";
import {
  CAPITAL_OPENING,
  endsWithGreekQuestion,
  endsWithSentenceMark,
  holdsCodePunctuation,
  holdsSeveralSentences,
  quotedText,
  SENTENCE_BREAK,
} from "./sentence.js";
import { spacePieceCount } from "./word-count.js";
import { NOT_BEFORE_WORD } from "./word-edges.js";
import { inFactsBox } from "./work-facts.js";

/**
 * A bulleted item ("• Book early") and a numbered one ("1. Book early", "2) Board at the quay"). The item's text
 * opens with no space, so the run of spaces and the text never overlap: a line the pattern fails on (one closing on
 * a line separator) is not tried at every split. A bullet's item holds a letter or a digit: "* * *" and "- - -" are a
 * section break's marks, not a list of "* *". That is looked for once, where the spaces end (`(?=\S)` first), not
 * from every space a long run gives back.
 */
export const BULLET = /^[•·▪◦‣*+–-]\s+(?=\S)(?=[^\p{L}\p{N}]*[\p{L}\p{N}])(\S.*)$/u;
export const NUMBERED = /^(\d{1,2})[.)]\s+(\S.*)$/u;

/**
 * The text of a numbered point ("1. Book early" → "Book early"), or undefined. A day that a dot ends, before a month
 * and a year, opens a date ("3. März 2025 – Taucher finden Risse", a German timeline's entry; "1. 8. 2025", a Czech
 * one): that number is the entry's own, and the whole line is its text.
 */
function numberedEntry(text: string): string | undefined {
  const match = NUMBERED.exec(text);
  if (!match) return undefined;
  const rest = match[2]!;
  return text[match[1]!.length] === "." && (opensWithMonthAndYear(rest) || DOTTED_MONTH_AND_YEAR.test(rest)) ? text : rest;
}
/** A month's number, its dot and a year, after a day's number and dot ("1. 8. 2025", "1.8.2025" once split there). */
const DOTTED_MONTH_AND_YEAR = /^\d{1,2}\.\s?\d{4}(?![\d.])/;
const ATTRIBUTION = /^[—–-]\s*(.{2,80})$/u;
/** Fewest words of a live blog entry's title packed under its time: one word is the entry's label ("Pinned", "Update"). */
const MIN_ENTRY_TITLE_WORDS = 2;
/** A Chinese news dateline ("本报上海5月2日电", "… 5月2日报道"): the opening of the story, never a heading. */
const CHINESE_DATELINE = /\d{1,2} ?月 ?\d{1,2} ?日(?:电|讯|报道)$/;
/** Wire-story credit lines ("Reporting by …; Editing by …") are text of the story, not captions. */
const WIRE_CREDITS = /^(?:additional )?(?:reporting|writing|editing) by\b/i;
/** A teaser of another story: cut off with an ellipsis, then its link ("… Read more"). */
const TEASER_TAIL = /(?:…|\.\.\.)(?:\s*(?:read more|lire la suite|weiterlesen|leer más|leia mais))+$/iu;
/**
 * Words that cannot end a clause, per language. A line ending on one lost what followed it, mostly a formula the
 * copy leaves out ("… the ratio is written as"): it is text of the story, not a caption. Read in the page's language
 * only, as one language's article is another's word ("die", "den").
 */
const CLAUSE_OPENERS: Readonly<Record<string, ReadonlySet<string>>> = wordSets({
  en: "a an the of by to as is are was were be and or with from that which where whose than",
  fr: "le la les un une de des du au aux est et ou par à comme que dont",
  de: "der die das den dem ein eine einen ist sind und oder von mit als dass",
  es: "a al el la los las un una de del es y o por como con que",
  pt: "a o os as um uma de da do é e com que por como",
});

/** One set of words per language, from a space-separated list each. */
function wordSets(lists: Record<string, string>): Readonly<Record<string, ReadonlySet<string>>> {
  return Object.fromEntries(Object.entries(lists).map(([code, words]) => [code, new Set(words.split(" "))]));
}

/** What parts a lower-cased text's words for a look-up in a language's set (`holdsWordOf`): anything but a letter. */
const NOT_LETTERS = /[^\p{L}]+/u;

/** Whether a lower-cased text holds one of `words` (a language's set, undefined where the language has none) whole. */
function holdsWordOf(lower: string, words: ReadonlySet<string> | undefined): boolean {
  return words !== undefined && lower.split(NOT_LETTERS).some((word) => words.has(word));
}

/**
 * Words a heading never ends on, as it finishes its phrase (articles and conjunctions, lower case), per language:
 * a line ending on one, or on a comma or a semicolon, is a sentence cut short where the copy broke it ("According
 * to the harbour master,", "… is shown in the"), not a section's name. Read in the page's language only, as one
 * language's article is another's word ("die", "den", "as"). A capital letter stays a name's part ("Plan A").
 */
const UNFINISHED_ENDINGS: Readonly<Record<string, ReadonlySet<string>>> = wordSets({
  en: "a an the and or that which whose than",
  fr: "le la les un une des et ou que dont",
  de: "der die das ein eine einen dem den und oder dass",
  es: "el la los las un una y o que",
  pt: "o a os as um uma e ou que",
});

/** Dashes and the hyphen, which a line may end on to lead into the text under it (see `leadsOnWithDash`). */
const LEADING_ON_DASHES: ReadonlySet<string> = new Set(["—", "–", "-"]);

/** A line's first word in capitals, two letters or more: a dateline's place ("PORT ASHBY", "BRÜCKENDORF"). */
const CAPITALS_OPENING = /^\p{Lu}{2,}(?!\p{L})/u;

/**
 * Whether a line ends as a sentence cut short does: on a comma, a semicolon (not Greek's question mark), an article or
 * conjunction of its language, or a dash that leads on (`leadsOnWithDash`).
 */
function endsUnfinished(text: string, languageCode: string): boolean {
  const last = text.at(-1);
  return (
    last === "," ||
    (last === ";" && !endsWithGreekQuestion(text)) ||
    (last !== undefined && LEADING_ON_DASHES.has(last) && leadsOnWithDash(text)) ||
    UNFINISHED_ENDINGS[languageCode]?.has(text.slice(text.lastIndexOf(" ") + 1)) === true
  );
}

/**
 * Whether a line ending on a dash leads on into the text under it: a dateline, its place in capitals or with a date or
 * an agency after a comma or in brackets ("PORT ASHBY, March 11 —", "BRÜCKENDORF (dpa) –", "CIUDAD DEL MAR -",
 * "Kellston, 11 March –"), or a word the copy broke at its hyphen ("the North-"). A heading may end on a spaced dash
 * as a teaser's lead-in does ("Next stop —", "Part one —", "Coming up —"): no dateline's shape, it stays one. A dash
 * inside a heading ("Day one – the crossing") parts its own phrases.
 */
function leadsOnWithDash(text: string): boolean {
  return (text.endsWith("-") && text.at(-2) !== " ") || CAPITALS_OPENING.test(text) || text.includes(",") || text.includes("(");
}

function endsOnClauseOpener(lower: string, languageCode: string): boolean {
  return CLAUSE_OPENERS[languageCode]?.has(lower.slice(lower.lastIndexOf(" ") + 1)) === true;
}

/**
 * A line of code: code punctuation, or a call at its start ("print(x)", "db.query (").
 * A bracket at the end is not enough: share buttons end in a bracketed note for screen readers.
 */
function isCodeLine(text: string): boolean {
  return holdsCodePunctuation(text) || (text.includes("(") && /^[\w$.]+\s*\(/.test(text));
}

/** A byline or date line is short; a longer line naming a date or a person is text. */
const MAX_META_LINE_WORDS = 16;
/**
 * How far into the body a date line still belongs to the header: some pages print it under the lead picture or
 * the first paragraphs. Below that, dates are those of related teasers or comments (devset2: 5 teaser dates
 * taken for the story's with no limit, none with this one, and no right date lost).
 */
const DATE_REACH_INTO_BODY = 20;
/** Lines from the body's top where a byline may stand that the header stopped short of (past a label it did not know). */
const SPLIT_BYLINE_REACH = 3;

/** Sub-headings are short: a few words, no sentence ending (a question is allowed). */
const MAX_HEADING_WORDS = 12;
/**
 * A pull quote is set near the passage it repeats; looking only that far keeps
 * a page full of quoted paragraphs from costing time in the square of its length.
 */
const PULL_QUOTE_REACH = 40;
/** A caption without a credit is one or two clauses; a longer open-ended line is a paragraph missing its full stop. */
const MAX_CAPTION_WORDS = 30;

/**
 * The name in a line that is only a credit. A credit known only by its shape ("Jane Doe/AP") must stand apart
 * from its neighbours: packed among short lines, it is an item of a list or a table.
 */
function creditLine(line: ClassifiedLine, found = creditOnly(line.text)): string | undefined {
  return found && (found.labelled || line.blankBefore || line.blankAfter) ? found.credit : undefined;
}

/** Fewest words of four letters or more that a heading shaped like a slashed credit shares with the paragraph under it. */
const MIN_ECHOED_WORDS = 2;

/**
 * Whether most words of four letters or more of a line stand again in the paragraph under it: a section's heading names
 * what its text is about ("Ferry/Harbour Guide" over "A harbour guide tells …"), where a photographer's credit
 * ("Ada Fenwick/Harbour Times") names no one in the text under the picture.
 */
function namedUnder(region: Region, at: number): boolean {
  const under = region.nextContent(at + 1);
  if (!isProse(under)) return false;
  const words = region.lines[at]!.lower.match(/\p{L}{4,}/gu) ?? [];
  let echoed = 0;
  for (const word of words) if (holdsWord(under!.lower, word)) echoed++;
  return echoed >= MIN_ECHOED_WORDS && echoed * 2 >= words.length;
}

const LETTER = /\p{L}/u;

/** Whether a text holds a word whole, not as a part of a longer one. */
function holdsWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
    const before = text[i - 1];
    const after = text[i + word.length];
    if ((before === undefined || !LETTER.test(before)) && (after === undefined || !LETTER.test(after))) return true;
  }
  return false;
}

/** Fewest words of a title before a bracketed aside: a shorter one is a name with its employer ("Ada Fenwick (TideCo)"). */
const MIN_ASIDE_TITLE_WORDS = 3;

/**
 * Whether a line is a picture's caption with its credit, or a credit alone. A numbered line is an entry of a list
 * ("4. Harbour Master (Retired)", "2. Sail/Motor Hire"), and one word before a bracket is a thing and its other name
 * ("Paracetamol (Tylenol)", "Lanterns (Paper Ones)"): headings or text, not captions.
 */
function isCreditedCaption(line: ClassifiedLine): boolean {
  const text = line.text;
  if (NUMBERED.test(text)) return false;
  // Each credit reader is asked once: past a credit alone, only a trailing credit is left to find.
  const alone = creditOnly(text);
  if (alone) return creditLine(line, alone) !== undefined;
  if (line.sentenceEnd) return false;
  const { caption, credit } = splitTrailingCredit(text);
  if (credit === undefined) return false;
  if (!text.endsWith(")")) return true;
  // A caption describes its picture in more than one word, and in sentence case: a title before a bare bracketed
  // name is a heading with its aside ("What Pilots Do (And Why It Counts)", "Harbour Tide Tables (Sponsored)").
  const described = caption.trim();
  const titleWithAside =
    headingCase(described) === "title" && spacePieceCount(described) >= MIN_ASIDE_TITLE_WORDS && text.endsWith(`(${credit})`);
  return described.includes(" ") && !titleWithAside;
}

/**
 * Whether a line opens the way a caption does: with a capital or a figure. Text
 * cut short opens in lower case; code, posts and notes open with a bracket, "@" or "#".
 */
function opensLikeCaption(text: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(text) && !isTitleCased(text);
}

/** Fewest words of a line ending on a colon, over one capitalised word, that make it a sentence, not a label. */
const MIN_LOST_PICTURE_LEAD_IN_WORDS = 6;

/** A question mark anywhere in a lead-in, the Spanish opening one too: the colon then announces the answer ("Yes"). */
const ASKING = /[?¿؟]/u;

/**
 * Whether one word set apart under a line ending on a colon may head a section, a picture the colon announced lost:
 * one word standing alone (blank line over and under) under a sentence of `MIN_LOST_PICTURE_LEAD_IN_WORDS` words or
 * more ("Here is how the screen looks:" / "Verdict"). The shape alone says nothing: a word a colon announces is as
 * often an answer ("Yes"), a quoted word, a place's or a winner's name, a button ("Download") or a list's one item;
 * under a lead-in that asks (`ASKING`: "Is it open on Sundays? In short:") it is the answer, however often it stands.
 * `Region.headsAfterLostPicture` asks, besides, that the same word stand apart again on the page, as a review's
 * verdict does in each entry. A short label's colon ("Sign in with:", "Genre:") announces its value.
 */
function standsUnderLostPicture(line: ClassifiedLine, above: ClassifiedLine | undefined): boolean {
  return (
    line.words === 1 &&
    line.blankBefore &&
    line.blankAfter &&
    above?.text.endsWith(":") === true &&
    above.words >= MIN_LOST_PICTURE_LEAD_IN_WORDS &&
    !ASKING.test(above.text)
  );
}

/** Title-case headings needed for each sentence-case line before that line is taken for a caption, not a heading. */
const TITLE_CASE_MAJORITY = 4;

/** A short line, or a longer one that never ends its sentence: a heading, a caption, a label or a list item. */
function isShortLine(line: ClassifiedLine): boolean {
  return (
    line.class === "short" ||
    (!line.sentenceEnd && line.words < MIN_BODY_CAPTION_WORDS + 10 && line.class !== "good") ||
    isNumberedStep(line)
  );
}

/**
 * A numbered entry of one short sentence, full stop and all: a guide's step ("3. Compare the fares.") or a ranked
 * name ending in an abbreviation ("12. Harbour Lines Ltd."). Its number marks it as an entry, so the stop does not
 * make it a paragraph; two sentences do.
 */
function isNumberedStep(line: ClassifiedLine): boolean {
  if (line.words > MAX_HEADING_WORDS || !line.text.endsWith(".")) return false;
  const entry = line.text.match(NUMBERED)?.[2];
  return entry !== undefined && !SENTENCE_BREAK.test(entry);
}

/** A short label and its value on one line: "Founded: 1998", "Market share: 4%". */
const LABEL_AND_VALUE = /^[^:]{1,25}:\s/u;
/** The label of a label-and-value line, lower-cased: "market share" of "Market share: 4%". */
const FIELD_LABEL = /^([^:]{1,25}):\s/u;
/** Furthest a label's colon can stand: 25 characters, each perhaps a pair of surrogates. */
const MAX_FIELD_COLON_AT = 50;

/** The label of a label-and-value line; the pattern is tried only where the line's first colon could close one. */
function fieldLabel(lower: string): string | undefined {
  const colon = lower.indexOf(":");
  return colon >= 1 && colon <= MAX_FIELD_COLON_AT ? lower.match(FIELD_LABEL)?.[1] : undefined;
}
/**
 * A speaker's label opening a turn of an interview ("Ada Lee: Why now?", "Lee: …", "Q: …"): one to three capitalised
 * words before a colon, as printed; its group is the label's last word, the family name a transcript shortens it to.
 */
const SPEAKER_LABEL = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}(\p{Lu}[\p{L}'’.-]*):\s/u;
/** Fewest speakers of a transcript, each labelling at least `MIN_SPEAKER_TURNS` lines. */
const MIN_SPEAKERS = 2;
const MIN_SPEAKER_TURNS = 2;
/** Fewest labelled lines of prose in a transcript: the answers, where labelled headings are short. */
const MIN_PROSE_TURNS = 2;
/** Most words of a speaker's name set on a line of its own ("Ada Lee", "Jon van der Berg"): a name's most words. */
const MAX_SPEAKER_NAME_WORDS = 4;

/**
 * How many lines of the body may open with one label before it is a field of a repeated card ("Price: …" under each
 * reviewed product, "Timeline: …" under each step), not a heading: headings name their sections apart, though two
 * may share a label ("Part one: …", "Update: …").
 */
const MAX_HEADING_LABEL_USES = 2;

/** A year on a line of its own: "1998". */
const YEAR_ALONE = /^\d{4}$/;

/** A row of a table copied as text: its cells parted by tabs. */
function isTableRow(line: ClassifiedLine): boolean {
  return line.tabbed === true;
}

/**
 * Question marks a heading that asks ends on: the "?" of Latin and Cyrillic text, and the Arabic "؟", each one code
 * unit, compared as such (a one-character string and a set's look-up cost more, asked of nearly every line of a body,
 * some three times), and Greek's, a semicolon in a line written in Greek (`endsWithGreekQuestion`). The full-width "？"
 * is left out: taken too, it made a heading of a Chinese story's question set alone between its paragraphs, a lead-in
 * that the first dev set's truth does not mark (sub-heading F1 .6011 → .6003).
 */
const QUESTION_MARK_CODE = "?".charCodeAt(0);
const ARABIC_QUESTION_MARK_CODE = "؟".charCodeAt(0);

/** Whether a line asks a question: its last code unit is a question mark (an empty text's is none). */
function endsWithQuestion(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === QUESTION_MARK_CODE || last === ARABIC_QUESTION_MARK_CODE || endsWithGreekQuestion(text);
}

/** A listicle's ranked entry, numbered with a hash: "#1 The north pier", "#10: Harbour kiosk". */
const RANKED_ENTRY = /^#\d{1,3}:?\s+\p{L}/u;
/**
 * An entry counted by a hash or a word for number or step rather than by a number and its dot (`NUMBERED`): "#2 The
 * north pier", "No. 2: …", "Nr. 2: …", "Step 2", "Passo 2: …". Such a count opens ordinary lines too ("No. 10 Downing
 * Street", "No. 1 seed Sabalenka", "Step 2 of the plan"), so one alone marks no entry: a listicle or a guide counts
 * several (`MIN_WORD_COUNTED_ENTRIES`).
 */
const WORD_COUNTED_ENTRY = /^(?:#\d{1,3}:?\s|(?:no|nr|n[°º]|núm|step|schritt|étape|etapa|paso|passo|stap)\.?\s?\d{1,2}[.:)]?(?:\s|$))/iu;
/** Whether a line opens as one of a listicle's or a guide's entries, however counted ("2. …", "#2 …", "Step 2"). */
function isCountedEntry(text: string): boolean {
  return NUMBERED.test(text) || WORD_COUNTED_ENTRY.test(text);
}
/** Fewest lines standing apart, each counted by a hash or a word, before one of them is taken for an entry. */
const MIN_WORD_COUNTED_ENTRIES = 2;

/**
 * Fewest questions packed onto their answers in a region before a line over one heads a section of them: an
 * interview or an FAQ asks several. A news story's one question over its paragraph ("What happens next?") is its
 * own sub-heading, and the line standing over it a caption, a pull quote or a topic's tag.
 */
const MIN_PACKED_QUESTIONS = 2;

/** Most words of a picture's alt text naming the listicle entry under it (`Region.namesLineUnder`): a name, not a caption. */
const MAX_ALT_TEXT_WORDS = 6;
/** What a ranked entry sets before the name its picture's alt text repeats: "#3: ", "3. ", "2) ", "#10 ". */
const RANK_BEFORE_NAME = /^#?\d{1,3}[.):]{0,2}\s+$/u;

/**
 * How a sub-heading's words open: a capital, a letter of a script without case, a quotation mark or a Spanish opener.
 */
const HEADING_WORDS_OPENING = `\\p{Lu}\\p{Lo}"“'‘¿¡`;
/**
 * One emoji: a pictograph drawn as one by default or by its variation selector ("©" and "®" are drawn as text), maybe
 * with a skin tone or joined to others ("👩‍🔬"), or a flag's two letters.
 */
const EMOJI = String.raw`(?:(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)\p{Emoji_Modifier}?(?:\u200D\p{Extended_Pictographic}\uFE0F?\p{Emoji_Modifier}?)*|\p{Regional_Indicator}{2})`;
/**
 * A check mark or a cross: a list's point or a verdict opens with one ("✅ Free parking", "❌ No lift"), not a section.
 */
const POINT_MARK = "✅☑✔❌❎✖";
/** A camera: a picture's credit opens with one ("📷 Jane Holt", "📸 Agence Nord"), as "Photo:" opens one; no section. */
const CREDIT_MARK = "📷📸";
/**
 * How a sub-heading opens: its words (`HEADING_WORDS_OPENING`) or a figure; or one emoji before its words ("🚌 The
 * route", "📅 Was als Nächstes kommt"), no `POINT_MARK` nor `CREDIT_MARK`, with no other pictograph after them. Several
 * are a share row's labels ("📧 Email 🐦 Post"), and a figure after one a reaction's count, a temperature or a score
 * ("👍 12", "☀️ 21°C").
 */
const HEADING_OPENING = new RegExp(
  `^(?:[${HEADING_WORDS_OPENING}\\p{N}]|(?![${POINT_MARK}${CREDIT_MARK}])${EMOJI}\\s+[${HEADING_WORDS_OPENING}](?!.*\\p{Extended_Pictographic}))`,
  "u",
);
/** One emoji opening a line, and the space after it. */
const LEADING_EMOJI = new RegExp(`^${EMOJI}\\s+`, "u");

/**
 * A line's words past one emoji opening them: how they are set is judged from their first word, which `headingCase`
 * passes over ("⭐ Same fares" is in sentence case, as "Same fares" is).
 */
function pastLeadingEmoji(text: string): string {
  return text.replace(LEADING_EMOJI, "");
}

/**
 * Whether one emoji opens a page's control, a section's end, a call to join or a label over related links ("🎧 Listen
 * to this article", "💬 Join the conversation", "📩 Abonnez-vous à notre lettre", "📌 Also read: …"): those tests read a
 * line from its first character and so miss it behind the emoji, but its words name no section.
 */
function emojiOpensFurniture(line: ClassifiedLine): boolean {
  if (!LEADING_EMOJI.test(line.text)) return false;
  const words = pastLeadingEmoji(line.lower);
  const label = pastLeadingEmoji(line.text);
  return isControlLine(words) || isSectionEnd(words) || JOIN_CALL.test(words) || RELATED_LABEL.test(label) || RELATED_LINK.test(label);
}

/** Short and open-ended (a question is allowed), opening with a capital or a figure: how a sub-heading reads. */
function isHeadingShaped(line: ClassifiedLine): boolean {
  return (
    (isShortLine(line) || isTitledQuestion(line)) &&
    (!line.sentenceEnd || endsWithQuestion(line.text) || isNumberedStep(line)) &&
    line.words <= MAX_HEADING_WORDS &&
    (HEADING_OPENING.test(line.text) || RANKED_ENTRY.test(line.text)) &&
    // An emoji pointing at a link opens its label ("👉 Read our guide"), not a section's name.
    !LINK_POINTER.test(line.text) &&
    !emojiOpensFurniture(line) &&
    // Figures alone (a footnote's number, a counter, a price) name no section; a year heads a timeline's.
    (LETTER.test(line.text) || YEAR_ALONE.test(line.text))
  );
}

/** A line standing apart as a sub-heading: heading-shaped, with blank lines around it, and no byline or date. */
export function isStandingHeading(line: ClassifiedLine | undefined): boolean {
  return line?.blankBefore === true && line.blankAfter && !isMetaLine(line) && isHeadingShaped(line);
}

/**
 * Most words of a question in sentence case that heads a section when it stands alone between blank lines, as FAQ
 * sections head their answers ("How long does the crossing take?"); a question the story asks runs longer or sits
 * in its paragraph.
 */
const MAX_OPEN_QUESTION_HEADING_WORDS = 8;

/**
 * Fewest shorter questions standing alone over their answers that make a longer one set so a heading too
 * (`asksAsOpenQuestions`): two are a run of an FAQ's or an interview's questions, one may be the story's own.
 */
const MIN_OPEN_QUESTION_RUN = 2;

/**
 * Most words of a longer question taken as a heading for being set as its region's run of shorter ones is
 * (`asksAsOpenQuestions`). An FAQ's or an interview's question runs past a title's length ("Wat gebeurt er met het geld
 * als de raad dinsdag tegen het plan stemt?", fourteen words) while the run around it vouches for its place.
 */
const MAX_RUN_QUESTION_WORDS = 16;
/**
 * A count glued onto the question it numbers ("04.Why is the pier closed?"): a numbered series' member, as a spaced
 * count's is (`NUMBERED`), whose list an FAQ's run does not vouch for.
 */
const GLUED_COUNT = /^\d{1,2}[.)]\p{L}/u;
/**
 * A clause leading into the question it asks, parted from it by a colon or a semicolon with the sentence going on in
 * lower case ("One thing is left to settle: who pays once the fund runs dry?"): a paragraph set apart, where an FAQ's
 * question asks from its first word and a label before a colon is capitalised ("Question 3: Who …?").
 */
const LEADS_INTO_QUESTION = /[:;：]\s+[¿¡]?\p{Ll}/u;

/**
 * A question set as a title, as explainers and guides head their sections ("How Much Does a Remodel Cost?",
 * "WHAT DRIVES THE COST?"): title case or capitals, where a question asked in the story is in sentence case.
 * It reads like a sentence, so the classifier may count it as prose. A short one standing alone heads a section
 * in any case (`MAX_OPEN_QUESTION_HEADING_WORDS`).
 */
function isTitledQuestion(line: ClassifiedLine): boolean {
  if (!endsWithQuestion(line.text) || line.words > MAX_HEADING_WORDS || line.class === "good") return false;
  if (line.words <= MAX_OPEN_QUESTION_HEADING_WORDS && line.blankBefore && line.blankAfter) return true;
  return headingCase(line.text) === "title" || !/\p{Ll}/u.test(line.text);
}

/**
 * Whether a line is a picture's caption ending in its credit ("The pier at dawn.Ada Lee / Harbour Press", "Ferries at
 * the quay (Photo: A. Lee)"). Words after a colon are what the colon announces, not a credit ("Winter Sounds: January
 * / February's Records Reviewed", a teaser's title).
 */
function captionWithCredit(text: string): boolean {
  const { caption, credit } = splitTrailingCredit(text);
  return credit !== undefined && caption !== undefined && text.charAt(caption.length) !== ":";
}

/**
 * A picture set's label, lower-cased, perhaps with its count of pictures ("Gallery", "In pictures", "Diaporama",
 * "Fotostrecke", "Gallery (12 photos)"), in the languages Dateline reads: set over the set's first picture, it is the
 * set's furniture, never the heading of the text under the picture. "Images" alone heads a section on a page about
 * pictures, and stays out.
 */
const PICTURE_SET_LABEL =
  /^(?:(?:photo |picture |image )?gallery|in (?:pictures|photos|images)|(?:bilder|foto)galerie|(?:bilder|foto)strecke|diaporama|en images|galerie(?: photos?)?|galería(?: de fotos| de imágenes)?|fotogaler[ií]a|fotogallery|galleria(?: fotografica)?|galeria(?: de fotos| de imagens)?|fotoserie|fotoalbum)(?:\s?[(:–-]?\s?\d+\s?(?:photos?|pictures?|images?|bilder|fotos?|foto's|imágenes|immagini|imagens)?\)?)?$/u;

/** Lower case without quotes, punctuation and spacing, so a pull quote matches its sentence however it is typeset. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s"“”„'‘’«»‹›.,;:!?…()[\]—–-]+/g, " ")
    .trim();
}

/** Per UTF-16 unit: 0 not yet known, 1 letter, digit or space, 2 anything else. Filled as text is met. */
const PLAIN_CLASS = new Uint8Array(0x10000);

function isPlain(code: number): boolean {
  let kind = PLAIN_CLASS[code]!;
  if (kind === 0) {
    kind = /[\p{L}\p{N} ]/u.test(String.fromCharCode(code)) ? 1 : 2;
    PLAIN_CLASS[code] = kind;
  }
  return kind === 1;
}

/**
 * The longest run of letters, digits and spaces in a line, trimmed: a stretch
 * that reads the same however quotes and dashes around it are typeset.
 */
function longestPlainStretch(text: string): string {
  let best = "";
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isPlain(text.charCodeAt(i))) continue;
    if (i - start > best.length) best = text.slice(start, i);
    start = i + 1;
  }
  return best.trim();
}

export interface Assembled {
  body: Block[];
  /** A figure met before any body text: the lead picture. */
  leadFigure?: Figure;
}

/** Most titles a related-stories list holds; more packed lines under its label are a menu. */
const MAX_RELATED_ITEMS = 12;
/** A related item is a story's title; a longer line under the label is a paragraph. */
const MAX_RELATED_ITEM_LENGTH = 200;
/** Fewest words of a line printed twice that makes a picture's alt text and caption, not a repeated label. */
const MIN_REPEATED_CAPTION_WORDS = 4;
/** Fewest words of a caption with its credit on the next line: a shorter line over a credit is a label. */
const MIN_CREDITED_CAPTION_WORDS = 3;
/** Shortest plain stretch of a quoted line worth searching the region for: shorter ones stand in any text. */
const MIN_QUOTE_PROBE_LENGTH = 8;
/** Shortest quote taken for a pull quote: a shorter repeated quote is a phrase the story uses twice. */
const MIN_PULL_QUOTE_LENGTH = 20;
/** Stray short lines under this many words (a photographer's name, "Enlarge", a label) carry no article text. */
const MIN_KEPT_SHORT_LINE_WORDS = 4;
/** Fewest lines of a packed block of points set a line each; two sentence-case lines may be a caption and its credit. */
const MIN_BLOCK_POINTS = 3;
/** Fewest lines of a packed block of points when each ends a sentence, which no caption's credit does. */
const MIN_SENTENCE_POINTS = 2;
/** Share of a block's lines that must be points: a teaser list may hold one title in sentence case among others. */
const MIN_POINTS_SHARE = 0.5;

/** Fewest words of a summary box's point under its label ("Fares: unchanged"): a menu's items are a word each. */
const MIN_SUMMARY_POINT_WORDS = 2;

/**
 * The question words, one or two, that open a question heading the story's first section under a summary box ("Why
 * trust our reviews?") or closing a list's points (`closesListOnQuestion`; "how much" too: "combien", "cuánto",
 * "quanto", "hoeveel"), in the summary labels' languages (`isSummaryBoxLabel`): a poll's yes-or-no question ("Should
 * the pier reopen?") and a newsletter's prompt ("Want more?") open with none. Read in the page's language only, as one
 * language's question word is another's verb ("was", "come").
 */
const SECTION_QUESTION_OPENERS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(["why", "what", "how", "who", "when", "where", "which"]),
  de: new Set(["warum", "wieso", "weshalb", "was", "wie", "wer", "wann", "wo", "welche", "welcher", "welches"]),
  fr: new Set([
    "pourquoi",
    "comment",
    "que",
    "qui",
    "quand",
    "où",
    "quel",
    "quelle",
    "quels",
    "quelles",
    "qu'est-ce",
    "qu’est-ce",
    "combien",
  ]),
  es: new Set([
    "por qué",
    "qué",
    "cómo",
    "quién",
    "quiénes",
    "cuándo",
    "dónde",
    "cuál",
    "cuáles",
    "cuánto",
    "cuánta",
    "cuántos",
    "cuántas",
  ]),
  it: new Set(["perché", "cosa", "che cosa", "come", "chi", "quando", "dove", "quale", "quali", "quanto", "quanta", "quanti", "quante"]),
  pt: new Set(["por que", "porque", "o que", "como", "quem", "quando", "onde", "qual", "quais", "quanto", "quanta", "quantos", "quantas"]),
  nl: new Set(["waarom", "wat", "hoe", "wie", "wanneer", "waar", "welke", "welk", "hoeveel"]),
};

/**
 * Words of a question that asks the reader's opinion ("What do you think?", "Was meinen Sie?", "¿Qué opinas?") or
 * preference ("Which do you prefer?", "¿Qué mercado prefieres?"), a comment box's or a poll's prompt under a summary
 * box or a list's points, not a section's heading, though it opens with a question word.
 */
const READER_OPINION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = wordSets({
  en: "think reckon make prefer",
  de: "meinen meinst meinung finden findest halten hältst denken denkst bevorzugen bevorzugst",
  fr: "pensez penses avis préférez préfères",
  es: "opinas opina opinión parece piensas piensa prefieres prefiere",
  it: "pensate pensi pensa parere sembra preferisci preferite",
  pt: "acha achas acham opinião pensa prefere preferes",
  nl: "vind vindt vinden denk denkt mening voorkeur",
});

/** Whether a question asks the reader's opinion, in the page's language (`READER_OPINION_WORDS`). */
function asksReaderOpinion(lower: string, languageCode: string): boolean {
  return holdsWordOf(lower, READER_OPINION_WORDS[languageCode]);
}

/** Whether a question opens with a question word of the page's language (`SECTION_QUESTION_OPENERS`). */
function opensWithQuestionWord(lower: string, languageCode: string): boolean {
  const openers = SECTION_QUESTION_OPENERS[languageCode];
  if (openers === undefined) return false;
  const [first = "", second = ""] = lower.replace(/^¿/u, "").split(" ", 2);
  return openers.has(first) || openers.has(`${first} ${second}`);
}

/** States of a line's block in `Region.inPointsBlock`. */
const UNREAD = 0;
const POINTS = 1;
const NOT_POINTS = 2;

/**
 * A date opening an entry of a dated list, up to the dash or colon that parts it from the event: "March 3, 2025 — ",
 * "3 mars 2025 : ". Bounded, so only the line's first characters are tried.
 */
const ENTRY_DATE = /^([^—–:]{4,30}?)\s?[—–:-]\s/u;

/** The text after a dated entry's date ("Board orders a survey" of "April 9, 2025 — Board orders a survey"), or the line. */
function afterEntryDate(text: string): string {
  const date = ENTRY_DATE.exec(text);
  return date && parseDate(date[1]!) !== undefined ? text.slice(date[0].length) : text;
}

/** Languages that capitalise their nouns: a list's points there look like titles ("Weniger Fahrten am Sonntag"). */
const NOUN_CAPITALISING_LANGUAGES = new Set(["de", "lb"]);

/**
 * A word after the first in lower case. A German point capitalised by its nouns keeps its articles, prepositions and
 * verbs small ("Spätere Abfahrten am Freitag"); a line capitalising every word is a menu, a breadcrumb, a name box or a
 * title set in English title case ("Startseite Politik Deutschland Hamburg", "So Finden Sie Günstige Tickets").
 */
const SMALL_WORD_AFTER_FIRST = /\s\p{Ll}/u;

/**
 * Whether a line is set in sentence case as the page's language writes it: no word of four letters or more after the
 * first capitalised (`headingCase`); or, in a language that capitalises its nouns (`NOUN_CAPITALISING_LANGUAGES`), a
 * word after the first in lower case (`SMALL_WORD_AFTER_FIRST`: "Fahrkarten früh am Schalter kaufen", "Die Fähre mit
 * dem Nachbarn teilen"), where only a line set in English title case or a menu capitalises every word ("So Finden Sie
 * Günstige Tickets", "Startseite Politik Kultur").
 */
function inSentenceCase(text: string, languageCode: string): boolean {
  return headingCase(text) === "sentence" || (NOUN_CAPITALISING_LANGUAGES.has(languageCode) && SMALL_WORD_AFTER_FIRST.test(text));
}

/**
 * Whether a line capitalises its words as a title in English does ("Tides And Currents"), not as the page's language
 * writes a sentence (`inSentenceCase`: a German line capitalising its nouns keeps its small words small).
 */
function setInTitleCase(text: string, languageCode: string): boolean {
  return headingCase(text) === "title" && !inSentenceCase(text, languageCode);
}

/**
 * A point of a list set a line of its own: a short line of four words or more, in sentence case, once a date
 * opening it is set aside (a timeline's entry: the date's month and the event's first word are capitalised). In a
 * language that capitalises its nouns, sentence case as that language writes it (`inSentenceCase`: "Spätere Abfahrten
 * am Freitag", "Bücher bis Ende August zurückgeben").
 */
function isPoint(line: ClassifiedLine, languageCode: string): boolean {
  if (!isShortLine(line) || line.words < MIN_KEPT_SHORT_LINE_WORDS) return false;
  const text = afterEntryDate(line.text);
  return inSentenceCase(text, languageCode);
}

/**
 * A section break's marks: one mark, perhaps repeated with spaces between ("* * *", "***", "※ ※ ※", "◆◆◆", "~", "⁂"),
 * or a dash, rule or hash repeated ("— — —", "---", "==="). Other lines with no letter or digit may be the story's:
 * a silence in dialogue ("…", "—"), a rating ("★★★★☆", "€€€"), a table's row ("✓ ✓ ✗"), a post's emoji ("🎉🎉🎉").
 */
const BREAK_MARKS = /^(?:([*~※◆◇❖•·⁂✻✦✧§])(?:\s*\1)*|([—–=_#-])(?:\s*\2)+)$/u;

/** Whether a line is a section break's marks alone (see `BREAK_MARKS`). */
function isBreakMarks(text: string): boolean {
  return BREAK_MARKS.test(text);
}

/** Most points of a list looked through for the colon that announces it. */
const MAX_LIST_POINTS = 40;

/** A line of the page's furniture set into the story: a control or notice, or a link to a related story. */
/**
 * Most lines of furniture packed between two paragraphs ("Advertisement" over a related link or two). The walk over
 * them stops here, so a page of thousands of packed related links costs a few steps a line, not the whole run.
 */
const MAX_FURNITURE_SET_IN = 3;

function isFurniture(line: ClassifiedLine): boolean {
  return line.class === "boilerplate" || RELATED_LINK.test(line.text);
}

/**
 * Whether a line over short lines heads the page's furniture set into the story, not a list: furniture itself
 * ("Advertisement"), a box's label, a call to act, a tags label, or a picture set's label ("In pictures",
 * "Bildergalerie") over its captions. Asked of the heading over items set alike (`alikeItemsEnd`).
 */
function headsFurniture(line: ClassifiedLine): boolean {
  return isFurniture(line) || isFurnitureHeading(line) || PICTURE_SET_LABEL.test(line.lower);
}

/** Fewest items of a list copied without its marks: two short lines packed together are as often a title and a label. */
const MIN_UNMARKED_LIST_ITEMS = 3;
/** Most items of such a list: a longer run of short lines is an index or a menu. */
const MAX_UNMARKED_LIST_ITEMS = 20;
/**
 * Fewest and most words of an item of such a list: a point, an ingredient, a step; not a number, a name or a label
 * alone (a listicle's entry over its picture's credit), nor a teaser's title.
 */
const UNMARKED_ITEM_WORDS = { min: 2, max: 8 };
/**
 * A line whose first word is all in lower case carries on the line above ("thirty years and never seen"); a brand
 * with a capital inside ("iPhone or Android phone", "eBay") may open a list's item.
 */
const CARRIED_ON_LINE = /^\p{Ll}+(?![\p{L}\p{N}])/u;

/**
 * A line's first word a conjunction carrying on the line above, in the languages Dateline reads (see `alikeItemsEnd`).
 * Words that open a list's item as often are left out: "En" (Spanish, French "in": "En tren"), "Ma" (French "my").
 */
const OPENS_ON_JOIN = /^(?:and|but|or|nor|und|aber|oder|et|mais|ou|ni|y|pero|e|mas|nem|maar)\s/iu;

/** Whether a line can be an item of a list copied without its marks (see `Region.unmarkedListEnd`). */
function isUnmarkedListItem(line: ClassifiedLine): boolean {
  return (
    line.class === "short" &&
    line.words >= UNMARKED_ITEM_WORDS.min &&
    line.words <= UNMARKED_ITEM_WORDS.max &&
    !isMetaLine(line) &&
    !isTableRow(line) &&
    !hasCredit(line.text) &&
    !RELATED_LABEL.test(line.text)
  );
}

/**
 * The end of the packed block of short lines starting at `at` (read no further than `to`) when its lines are the items of
 * a list copied without its marks (see `Region.unmarkedListEnd`); undefined when they are not. The block alone is
 * judged: where it stands is for the caller to ask.
 */
export function unmarkedListItemsEnd(lines: readonly ClassifiedLine[], at: number, to: number, languageCode: string): number | undefined {
  if (lines[at]!.class !== "short") return undefined;
  // Read no further than one line past a list's most: a longer block is none, and a menu may run on for hundreds.
  const end = packedBlockEnd(lines, at, Math.min(to, at + MAX_UNMARKED_LIST_ITEMS + 1));
  if (end - at < MIN_UNMARKED_LIST_ITEMS || end - at > MAX_UNMARKED_LIST_ITEMS) return undefined;
  return listItemsRead(lines, at, end, languageCode) ? end : undefined;
}

/**
 * A list's item of one word ("Flour", "Eggs", "Mehl", "Farine", "Harina", "Bloem"), as a recipe's ingredients or a
 * packing list's things are set: a word of letters only, no figure, price or word with its full stop. Asked only of items set alike
 * under a heading of their own (`alikeItemsEnd`), whose callers want the story's prose above and under them: a run of
 * single words elsewhere is a menu's or a tags row's.
 */
export function isOneWordItem(line: ClassifiedLine): boolean {
  return line.class === "short" && ONE_WORD_ITEM.test(line.text);
}
/** A word of letters alone, perhaps with a hyphen or an apostrophe inside ("Self-raising", "Crème"). */
const ONE_WORD_ITEM = /^\p{L}+(?:[-'’]\p{L}+)?$/u;

/** Whether the lines from `at` to `end` read as a list's items (see `unmarkedListItemsEnd`); of one word each when `oneWord`. */
function listItemsRead(lines: readonly ClassifiedLine[], at: number, end: number, languageCode: string, oneWord = false): boolean {
  let titleCase = 0;
  for (let i = at; i < end; i++) {
    const line = lines[i]!;
    if (!(oneWord ? isOneWordItem(line) : isUnmarkedListItem(line))) return false;
    // A line carrying on the one above is a sentence wrapped by hand, not a list's item.
    if (i > at && CARRIED_ON_LINE.test(line.text)) return false;
    // A name and its role ("Ada Lee, Mayor") is an item in title case, not a title.
    if (headingCase(line.text) === "title" && !line.text.includes(",")) titleCase++;
  }
  // Items all in title case are titles: a box of teasers or a list of contents, not a list's points.
  return titleCase !== end - at || NOUN_CAPITALISING_LANGUAGES.has(languageCode);
}

/**
 * The end of a run of list items starting at `at` that the copy sets alike, a line each: each standing apart (blank
 * lines around it, as a page setting each item in a block of its own copies them), or each packed under the last (a
 * page copied with no blank line at all, whose whole story is one block). The run stops at the first line that is no
 * item or is set otherwise (see `listItemsRead`); undefined when it holds fewer or more items than a list's.
 */
export function alikeItemsEnd(lines: readonly ClassifiedLine[], at: number, to: number, languageCode: string): number | undefined {
  const apart = lines[at]!.blankBefore;
  const last = Math.min(to, at + MAX_UNMARKED_LIST_ITEMS + 1);
  let end = at;
  // An item announcing more ("You need two things:", "Our score:") leads into what follows: a lead-in or a card's label;
  // a button ("Buy now") closes a box of products or teasers.
  let shortest = Number.POSITIVE_INFINITY;
  const oneWord = isOneWordItem(lines[at]!);
  for (; end < last && lines[end]!.blankBefore === apart && (!apart || lines[end]!.blankAfter); end++) {
    const line = lines[end]!;
    // A run opening with a word alone holds words alone ("Flour" / "Eggs"), one of a few words each holds such items
    // ("2 eggs" / "250g flour"): a line of the other kind under them is the next section's heading ("Method", "Warum
    // früh buchen").
    if (!(oneWord ? isOneWordItem(line) : isUnmarkedListItem(line)) || line.text.endsWith(":") || isButton(line)) break;
    // A line opening on "And", "But", "Und", "Mais", "Pero"… carries on the one above: a poem's verse or a sentence
    // broken by hand into short lines, each set alike ("The water came at night" / "And stood where sheep had
    // stood"), not a list's item.
    if (end > at && OPENS_ON_JOIN.test(line.text)) return undefined;
    shortest = Math.min(shortest, line.words);
  }
  if (end - at < MIN_UNMARKED_LIST_ITEMS || end - at > MAX_UNMARKED_LIST_ITEMS) return undefined;
  // Items set apart of four words or more each stay the story's text as paragraphs (see the stray lines in `assemble`):
  // read as a list only when some would be lost, so a run of sentence-like points set apart reads as it did.
  if (apart && shortest >= MIN_KEPT_SHORT_LINE_WORDS) return undefined;
  return listItemsRead(lines, at, end, languageCode, oneWord) ? end : undefined;
}

/**
 * A review's labels over its closing lists, in the languages Dateline reads: its merits ("Pros", "What we liked",
 * "Vorteile", "Les plus", "Lo mejor", "Pregi", "Prós", "Pluspunten") and its faults ("Cons", "Nachteile", "Les moins",
 * "Contras", "Contro", "Minpunten"), alone on a line, perhaps with a colon. Read from the lower-cased line.
 */
const MERITS_LABEL =
  /^(?:pros|the good|what we liked|we liked|likes|strengths|vorteile|pro|plus|stärken|positiv|les plus|points forts|avantages|on aime|ventajas|lo mejor|puntos fuertes|a favor|pregi|punti di forza|prós|pontos fortes|vantagens|pluspunten|sterke punten|voordelen)\s*:?$/u;
const FAULTS_LABEL =
  /^(?:cons|the bad|what we didn['’]t like|we didn['’]t like|dislikes|weaknesses|nachteile|contra|kontra|minus|schwächen|negativ|les moins|points faibles|inconvénients|on aime moins|on n['’]aime pas|desventajas|contras|lo peor|puntos débiles|en contra|contro|difetti|punti deboli|pontos fracos|desvantagens|minpunten|zwakke punten|nadelen)\s*:?$/u;
/**
 * A review's label over its closing judgement ("Verdict", "Bottom line", "Fazit", "Notre avis", "Veredicto",
 * "Il verdetto", "Conclusão", "Conclusie"), alone on a line. Read from the lower-cased line.
 */
const VERDICT_LABEL =
  /^(?:(?:the |our )?verdict|(?:the )?bottom line|(?:unser )?fazit|urteil|(?:notre |le )?verdict|notre avis|(?:el |nuestro )?veredicto|conclusión|(?:il )?verdetto|(?:o )?veredicto|conclusão|conclusie|(?:ons )?oordeel)\s*:?$/u;

/**
 * The site's own description, lower-cased, as its footer sets it under the story's last box ("The Fenwick Gazette is an
 * independent newspaper …", "Der Deichkurier ist eine unabhängige Zeitung …", "Le Courrier du Val est un journal
 * indépendant …"), or the site speaking of its own work ("Our journalism is funded by readers like you …", "Our offices
 * are at …", "Unsere Redaktion …"): a sentence that reads as prose, so a box of teasers or a menu over it looks like a list closing the
 * story, and a "Verdict" over it like a review's.
 */
const PUBLISHER_BLURB =
  /^(?:our (?:journalism|newsroom|offices?)|unser journalismus|unsere redaktion|notre (?:journalisme|rédaction)|nuestro periodismo|nuestra redacción|il nostro giornalismo|la nostra redazione|o nosso jornalismo|a nossa redação|onze (?:journalistiek|redactie))\s|(?<![\p{L}\p{N}])(?:is|ist|est|es|è|é)\s(?:an?|eine?|une?|una|uma|een)\s(?:\p{L}+\s){0,2}(?:newspaper|news site|magazine|publication|zeitung|magazin|nachrichtenseite|journal|quotidien|périodique|periódico|diario|revista|giornale|quotidiano|rivista|jornal|krant|dagblad|nieuwssite|tijdschrift)(?![\p{L}\p{N}])/u;

/**
 * A site's ban on copying its pages, lower-cased, as its footer sets it ("Toute reproduction, même partielle, … est
 * interdite sans autorisation", "Queda prohibida la reproducción …", "No part of this site may be reproduced without
 * permission"): a word of copying and a word of leave refused, asked apart so that the test stays linear in the line.
 */
const COPYING_WORD =
  /(?<![\p{L}\p{N}])(?:reproduction|reproduced|copied|reproducción|reproducida|riproduzione|riprodotta|reprodução|reproduzida|vervielfältigung|vervielfältigt|verveelvoudiging|verveelvoudigd)(?![\p{L}\p{N}])/u;
const LEAVE_REFUSED =
  /(?<![\p{L}\p{N}])(?:without (?:[\p{L}'’]+ ){0,3}permission|interdite?|sans autorisation|prohibid[ao]|sin autorización|vietat[ao]|senza autorizzazione|proibid[ao]|sem autorização|untersagt|verboten|ohne genehmigung|verboden|zonder toestemming)(?![\p{L}\p{N}])/u;

/**
 * Whether a line is the site's description of itself or of its own work (`PUBLISHER_BLURB`), or its ban on copying
 * (`COPYING_WORD` with `LEAVE_REFUSED`).
 */
export function isPublisherBlurb(line: ClassifiedLine): boolean {
  return PUBLISHER_BLURB.test(line.lower) || (COPYING_WORD.test(line.lower) && LEAVE_REFUSED.test(line.lower));
}

/** Most points under a review's label of merits or faults: a longer run of short lines is a box's or a menu's. */
const MAX_REVIEW_POINTS = 10;
/** Most words of such a point ("Whisper quiet", "Battery lasts two full days"). */
const MAX_REVIEW_POINT_WORDS = 12;
/** Longest line a review's label can be ("What we didn't like:"): a longer line skips the labels' patterns. */
const MAX_REVIEW_LABEL_LENGTH = 24;

export function reviewLabel(line: ClassifiedLine | undefined): "merits" | "faults" | "verdict" | undefined {
  if (line === undefined || line.text.length > MAX_REVIEW_LABEL_LENGTH) return undefined;
  if (MERITS_LABEL.test(line.lower)) return "merits";
  if (FAULTS_LABEL.test(line.lower)) return "faults";
  return VERDICT_LABEL.test(line.lower) ? "verdict" : undefined;
}

/** A point under a review's label: a short line of a few words, none of the page's furniture, a button or a label. */
function isReviewPoint(line: ClassifiedLine | undefined): boolean {
  return (
    line !== undefined &&
    line.class === "short" &&
    line.words <= MAX_REVIEW_POINT_WORDS &&
    !isButton(line) &&
    !hasCredit(line.text) &&
    reviewLabel(line) === undefined &&
    // The label of the related box under the close ("More reviews", "Weitere Artikel") ends the last points above it.
    !RELATED_LABEL.test(line.text)
  );
}

/** A section's number opening a heading ("5. ", "12) "). */
const NUMBERED_HEADING = /^\d{1,2}[.)]\s/u;

/** A shop's price opening a line ("$129 at Shopwell", "€ 59 bij Winkelhuis", "199 € chez Bricomarché"). */
const PRICE_OPENING = /^(?:[£$€]\s?\d|\d[\d.,]*\s?(?:[£$€]|euros?\b))/u;

/**
 * Whether a point under a review's label is a shop card's line, not a review's: a price a shop asks ("$129 at
 * Shopwell") or a call to buy ("View deal"). (A person's name is not asked: German points in title case read as one,
 * "Ruckartiger Deckel".)
 */
function isShopCardLine(line: ClassifiedLine): boolean {
  return PRICE_OPENING.test(line.text) || SALES_CALL.test(line.lower);
}

/** The end of the points under a review's label of merits or faults at `at` (read no further than `to`); undefined when none or too many. */
export function reviewPointsEnd(lines: readonly ClassifiedLine[], at: number, to: number): number | undefined {
  let j = at + 1;
  for (; j < to && j - at <= MAX_REVIEW_POINTS && isReviewPoint(lines[j]); j++) {
    // A point opening in lower case carries on the line above: a sentence broken by hand ("Most" / "powerful yet"), no list.
    if (j > at + 1 && CARRIED_ON_LINE.test(lines[j]!.text)) return undefined;
    // A line with its colon among the points announces a box of its own ("Where to buy:" over a shop's table of
    // retailers and prices): the labels are the box's too.
    if (lines[j]!.text.endsWith(":")) return undefined;
    // A shop's price or a call to buy under the points ("$129 at Shopwell", "Buy now at Harwick's") is the card's, not a
    // point: the points end above it.
    if (isShopCardLine(lines[j]!)) break;
    // A line in title case or numbered right over prose heads the next section ("Final Thoughts", "5. The next pick"):
    // the points end above it.
    if (j > at + 1 && isProse(lines[j + 1]) && (headingCase(lines[j]!.text) === "title" || NUMBERED_HEADING.test(lines[j]!.text))) break;
  }
  return j === at + 1 || j - at > MAX_REVIEW_POINTS ? undefined : j;
}

/**
 * The end of a review's close starting at `at`: its merits and its faults, each a label over a few short points
 * ("Pros" / "Quiet" / "Long battery life" / "Cons" / "Pricey"), and perhaps its verdict, a label over one paragraph
 * ("Verdict" / "A calm, capable fan…"), in any order, each once. The region's search lets such a close go: its short
 * lines outweigh the verdict's paragraph. Both lists must be there: one label over short lines is as often a box's.
 * Undefined when no such close starts at `at`.
 */
export function reviewCloseEnd(lines: readonly ClassifiedLine[], at: number, to: number): number | undefined {
  let i = at;
  let seen = 0;
  const MERITS = 1;
  const FAULTS = 2;
  const VERDICT = 4;
  while (i < to) {
    const label = reviewLabel(lines[i]);
    if (label === undefined) break;
    const bit = label === "merits" ? MERITS : label === "faults" ? FAULTS : VERDICT;
    // A label met twice: product cards one under another, each with its pros and cons, whose ends cannot be told from
    // the next card's title ("Also consider" / "Orrin Breeze 2" / "Pros").
    if ((seen & bit) !== 0) return undefined;
    if (bit === VERDICT) {
      if (i + 1 >= to || (!isProse(lines[i + 1]) && !isClosingSentence(lines[i + 1])) || isPublisherBlurb(lines[i + 1]!)) break;
      seen |= bit;
      i += 2;
      continue;
    }
    const j = reviewPointsEnd(lines, i, to);
    if (j === undefined) break;
    seen |= bit;
    i = j;
  }
  return (seen & (MERITS | FAULTS)) === (MERITS | FAULTS) ? i : undefined;
}

/** The article region's lines, and the questions the block readers ask about a line's neighbours. */
class Region {
  /** Per line of the region, whether its block (lines packed between blank lines) holds code: made when first asked. */
  private codeBlocks: Uint8Array | undefined;
  /** Per line of the region, whether its packed block is mostly points set a line each (`POINTS`): read per block when asked. */
  private pointsBlocks: Uint8Array | undefined;
  /** How many times each line ending in a month and a year stands in the region (`runningHeader`): counted when first asked. */
  private datedLineUses: Map<string, number> | undefined;
  /** How many lines of the region open with each field label: counted when first asked. */
  private labelUses: Map<string, number> | undefined;
  /** The speakers of an interview printed as a transcript (`speakerTurn`), none on other pages: found when first asked. */
  private speakers: Set<string> | undefined;
  /** The speakers' names of a transcript set a line each (`speakerNameLine`), none on other pages: found when first asked. */
  private speakerNames: Set<string> | undefined;
  /** The tables of contents' entries and the lines that repeat them: found when first asked. */
  private contentsRead: Contents | undefined;
  /** How many lines standing apart open with a count by a hash or a word (`WORD_COUNTED_ENTRY`): counted when first asked. */
  private wordCountedLines: number | undefined;
  /** How many questions of the region are packed onto their answer (`packedQuestionCount`): counted when first asked. */
  private packedQuestions: number | undefined;
  /** How many short questions of the region stand alone over their answers (`asksAsOpenQuestions`): counted when first asked. */
  private openQuestions: number | undefined;
  /** How many title-case lines stand apart between prose as headings do (`titleHeadingsApart`): counted when first asked. */
  private titleHeadingsApartCount: number | undefined;
  /** How many lines standing apart hold each text (`echoedBelow`): counted when first asked. */
  private apartTexts: Map<string, number> | undefined;
  /** How many name-and-role lines head a paragraph about the person (`headsOwnPortrait`): counted when first asked. */
  private portraitHeads: number | undefined;

  constructor(
    readonly lines: readonly ClassifiedLine[],
    readonly start: number,
    readonly end: number,
    readonly unspaced: boolean,
    /** The page's language (ISO 639-1), for the words that read differently from one language to the next. */
    readonly languageCode: string,
  ) {}

  /**
   * Whether a person's name and role (`namesPersonAndRole`) heads one of a series of portraits: two or more such lines
   * of the region stand apart, each over a paragraph opening with the person's first name ("Mia Torres, student" /
   * "Mia joined after a school project.", "Léa Roy, potière" / "Léa travaille l'argile …"), as a profile piece or a
   * "meet the team" page sets its sections. A lone one, or one over a quote or another sentence, is a portrait's
   * caption or a quoted speaker's line.
   */
  headsPortraitSeries(at: number): boolean {
    if (!this.headsOwnPortrait(at)) return false;
    if (this.portraitHeads === undefined) {
      let count = 0;
      for (let j = this.start; j < this.end && count < 2; j++) if (this.headsOwnPortrait(j)) count++;
      this.portraitHeads = count;
    }
    return this.portraitHeads >= 2;
  }

  /**
   * Whether a name-and-role line stands over a paragraph opening with one of the name's words: the first name, or the
   * family name as news copy calls a person ("Dr Amal Reza, consultant" / "Amal has worked …", "Owen, who runs …",
   * "Reza's shift …"). A paragraph opening with the whole name is a bio under its writer's box ("Ada Lee, reporter" /
   * "Ada Lee covers the council."), as `namesSubjectOf` reads a name alone over it.
   */
  private headsOwnPortrait(at: number): boolean {
    const line = this.lines[at]!;
    if (!line.blankAfter || !namesPersonAndRole(line.text, this.languageCode)) return false;
    const under = this.nextContent(at + 1);
    if (!isProse(under)) return false;
    const opener = under!.text.match(OPENING_WORD)?.[0];
    const name = line.text.match(NAME_BEFORE_ROLE)![1]!;
    return opener !== undefined && name.split(" ").includes(opener) && !under!.text.startsWith(`${name} `);
  }

  nextContent(from: number): ClassifiedLine | undefined {
    for (let j = from; j < this.end; j++) if (this.lines[j]!.class !== "boilerplate") return this.lines[j];
    return undefined;
  }

  previousContent(before: number): ClassifiedLine | undefined {
    const at = this.previousContentIndex(before);
    return at < 0 ? undefined : this.lines[at];
  }

  /** Where the line `previousContent` gives stands, or -1. */
  previousContentIndex(before: number): number {
    for (let j = before - 1; j >= this.start; j--) if (this.lines[j]!.class !== "boilerplate") return j;
    return -1;
  }

  /**
   * The line under a line inside the region, past a picture's credit standing alone under it ("Image credit: …"): a
   * heading over a picture leads into the text under the picture, whose credit is all the copy keeps of it.
   */
  textUnder(at: number): ClassifiedLine | undefined {
    // Past the region's end stands what its end rules cut off (a note, a teaser): no text of the section.
    if (at + 1 >= this.end) return undefined;
    const under = this.lines[at + 1];
    // Prose is never a credit: asked first, it spares most lines the credit patterns.
    if (under === undefined || isProse(under) || at + 2 >= this.end) return under;
    return creditOnly(under.text) !== undefined || this.overCaptionedPicture(at) ? this.nextContent(at + 2) : under;
  }

  /**
   * Whether a line under the story's text stands over a picture the copy kept as its caption ending in a credit
   * (`captionWithCredit`), and the story's text goes on right under the caption, as a section's heading stands over
   * the picture that opens the section. Under another picture it is that picture's title in a gallery; over a caption
   * that opens with its words it names the person or thing pictured, as over a bio. A line quoted whole is a pull
   * quote set by the picture; a picture set's label (`PICTURE_SET_LABEL`) is the set's furniture, and a line opening
   * with the word for a picture is the picture's alt text or label (`isPictureFurniture`: "Image of a ferry at the
   * quay"); a teaser's title stands over its picture with its link ("Read more") under them, not the story's text.
   */
  private overCaptionedPicture(at: number): boolean {
    const line = this.lines[at]!;
    const under = this.lines[at + 1]!;
    return (
      !under.text.startsWith(line.text) &&
      quotedText(line.text) === undefined &&
      !PICTURE_SET_LABEL.test(line.lower) &&
      !isPictureFurniture(line.text) &&
      isStoryText(this.previousContent(at)) &&
      isStoryText(this.lines[at + 2]) &&
      captionWithCredit(under.text)
    );
  }

  /** Whether the line has prose on both sides, and the prose before it does not announce it with a colon. */
  betweenParagraphs(at: number): boolean {
    return this.afterParagraph(at) && isProse(this.nextContent(at + 1));
  }

  /** Whether a paragraph stands above the line and does not announce it with a colon: the line starts something new. */
  afterParagraph(at: number): boolean {
    const previous = this.previousContent(at);
    return isProse(previous) && !previous!.text.endsWith(":");
  }

  /**
   * The end of a list copied without its marks that starts at `at` (a browser copies a list's items a line each, with no
   * bullet): a packed block of short lines, each a few words and none a byline, a date, a caption or a table's row, set
   * between the story's prose, perhaps under a heading ("What is changing" / "Main Street closes on Saturdays" / "Oak
   * Avenue closes on Sundays" / …). A menu or a box of teasers stands around the story, not inside it. Undefined where
   * none starts.
   */
  unmarkedListEnd(at: number, itemsApart = true): number | undefined {
    const line = this.lines[at]!;
    if (line.class !== "short") return undefined;
    if (!line.blankBefore) return this.packedPageListEnd(at);
    // A page setting each item apart ("2 eggs" / "" / "Salt" / ""), under a heading standing apart over it as well
    // (asked for the items only: such a heading is read as the page reads it with no list under it).
    const packedEnd = unmarkedListItemsEnd(this.lines, at, this.end, this.languageCode);
    const end = packedEnd ?? (itemsApart && line.blankAfter ? alikeItemsEnd(this.lines, at, this.end, this.languageCode) : undefined);
    if (end === undefined) return undefined;
    // The story goes on under the list, in a paragraph (a short closing sentence too) or under a sub-heading of its own.
    const below = this.nextContent(end);
    if (!isStoryText(below) && !(isStandingHeading(below) && isStoryText(this.nextContent(below!.index + 1)))) return undefined;
    // Under a heading of its own, standing apart under the story's prose: packed short lines right under prose are as
    // often a box of product cards or teasers.
    const above = this.previousContent(at);
    // Items set apart under a picture set's label or a box's are its captions or cards (the packed block's reader is
    // left as it was).
    if (packedEnd === undefined && above !== undefined && headsFurniture(above)) return undefined;
    return above?.blankBefore && above.blankAfter && isHeadingShaped(above) && this.afterParagraph(above.index) ? end : undefined;
  }

  /**
   * The end of a list copied without its marks on a page copied with no blank line at all (`alikeItemsEnd`), whose
   * whole story is one packed block: the items packed under their heading ("Ingredients", "Zutaten", "Pros"), a
   * heading-shaped line packed under a paragraph of the story, and the story going on under them, in prose or under
   * its next heading. A menu or a box of teasers packed under a story heads itself with furniture and runs on into
   * more furniture, not the story's prose.
   */
  private packedPageListEnd(at: number): number | undefined {
    const heading = this.lines[at - 1];
    if (heading === undefined || at - 2 < this.start || heading.blankBefore || !isHeadingShaped(heading)) return undefined;
    // Right under the paragraph: a line of furniture between ("Advertisement") heads a box set into the story.
    const paragraph = this.lines[at - 2]!;
    if (!isProse(paragraph) || headsFurniture(heading)) return undefined;
    const end = alikeItemsEnd(this.lines, at, this.end, this.languageCode);
    if (end === undefined) return undefined;
    const below = this.lines[end];
    // A button under the items ("Buy now") closes a box of products, however heading-shaped.
    const headsStory = isHeadingShaped(below!) && !isButton(below!) && isStoryText(this.lines[end + 1]);
    return end < this.end && (isStoryText(below) || headsStory) ? end : undefined;
  }

  /** Whether a counted line starts a block of its own under a paragraph ("2. The north pier", "Step 2" after prose). */
  numberedUnderProse(at: number): boolean {
    const line = this.lines[at]!;
    return (
      line.blankBefore &&
      (NUMBERED.test(line.text) || (WORD_COUNTED_ENTRY.test(line.text) && this.wordCountedEntries() >= MIN_WORD_COUNTED_ENTRIES)) &&
      isProse(this.storyAbove(at))
    );
  }

  /** How many lines of the region standing apart open with a count by a hash or a word ("Step 2", "#2 …"). */
  private wordCountedEntries(): number {
    if (this.wordCountedLines === undefined) {
      let count = 0;
      for (let k = this.start; k < this.end; k++) {
        const line = this.lines[k]!;
        if (line.blankBefore && WORD_COUNTED_ENTRY.test(line.text)) count++;
      }
      this.wordCountedLines = count;
    }
    return this.wordCountedLines;
  }

  /**
   * The content line above a line, past what a page sets between an entry's text and the next entry: a picture's
   * caption with its credit ("The pier at dawn. © Ada Lee") and a related story's link ("Read more: …"), each
   * standing apart. At most `MAX_FURNITURE_SET_IN` such lines are passed.
   */
  storyAbove(at: number): ClassifiedLine | undefined {
    let j = at;
    for (let passed = 0; ; passed++) {
      j--;
      while (j >= this.start && this.lines[j]!.class === "boilerplate") j--;
      const above = j >= this.start ? this.lines[j] : undefined;
      if (above === undefined || passed === MAX_FURNITURE_SET_IN || isProse(above) || !above.blankBefore) return above;
      if (!RELATED_LINK.test(above.text) && !hasCredit(above.text)) return above;
    }
  }

  /**
   * Whether a numbered line standing apart under a paragraph is a listicle's entry, heading whatever follows it: its
   * text, or first a card's fields ("Price: …", "Good for: …"), a picture's credit or a list. Its number marks it as
   * one of the story's entries, and the paragraph above closes the entry before it; under a sentence ending in a
   * colon it is a point of what the sentence announces. An entry names what follows, so it is no sentence (a
   * numbered note: "1. Figures from the county archive."), and what follows is its own: not the next numbered line
   * (a list of results), not a date, not the lower-case rest of a hand-wrapped line.
   */
  listicleEntry(at: number): boolean {
    const line = this.lines[at]!;
    if (line.sentenceEnd || !this.numberedUnderProse(at) || this.storyAbove(at)!.text.endsWith(":")) return false;
    const next = this.nextContent(at + 1);
    return next !== undefined && !isCountedEntry(next.text) && !isMetaLine(next) && (line.blankAfter || !LOWER_CASE_START.test(next.text));
  }

  /** Whether a quote also stands, however typeset, in another line of the region: then it is a pull quote. */
  quotedElsewhere(quote: string, at: number): boolean {
    // A plain stretch of the quote finds the candidate lines cheaply; only those are normalised.
    const probe = longestPlainStretch(this.lines[at]!.lower);
    if (probe.length < MIN_QUOTE_PROBE_LENGTH) return false;
    const from = Math.max(this.start, at - PULL_QUOTE_REACH);
    const to = Math.min(this.end, at + PULL_QUOTE_REACH + 1);
    // Each nearby line holding the stretch is normalised as found, the quote once before the first: most quoted lines
    // are paragraphs quoting a speaker, whose words stand nowhere else, and none is normalised. Searched line by line:
    // the region joined as one text to search cost a copy of it a page (a twentieth of the batch's allocation).
    let inner: string | undefined;
    for (let k = from; k < to; k++) {
      if (k === at || !this.lines[k]!.lower.includes(probe)) continue;
      inner ??= normalise(quote);
      if (inner.length <= MIN_PULL_QUOTE_LENGTH) return false;
      if (normalise(this.lines[k]!.lower).includes(inner)) return true;
    }
    return false;
  }

  /**
   * Whether a line starts a block: after a blank line, or after furniture set between paragraphs ("Advertisement",
   * a related link such as "See also: …").
   */
  standsApart(at: number): boolean {
    const lines = this.lines;
    if (lines[at]!.blankBefore) return true;
    // Under its picture's alt text, an entry starts the block the alt text opens ("Gull Café" / "#3: Gull Café").
    if (this.underAltText(at) && lines[at - 1]!.blankBefore) return true;
    let first = at - 1;
    const top = Math.max(this.start, at - MAX_FURNITURE_SET_IN);
    while (first > top && isFurniture(lines[first]!) && !lines[first]!.blankBefore) first--;
    return first >= this.start && isFurniture(lines[first]!) && lines[first]!.blankBefore && isProse(this.previousContent(first));
  }

  /**
   * Whether a short line is the alt text of the picture or logo over a listicle's entry: the entry packed under it
   * is its words with the rank before them and nothing else ("Gull Café" over "#3: Gull Café", "Café Möwe" over
   * "3. Café Möwe"). The copy keeps the picture only as its alt text, which names the entry and heads nothing itself.
   * A heading over a list whose first item ends with its words ("Headphones" over "1. Studio Headphones") is no name.
   */
  namesLineUnder(at: number): boolean {
    const line = this.lines[at]!;
    const under = this.lines[at + 1];
    if (under === undefined || at + 1 >= this.end || under.blankBefore || line.words > MAX_ALT_TEXT_WORDS) return false;
    const rank = textBefore(under.text, line.text);
    return rank !== undefined && RANK_BEFORE_NAME.test(rank);
  }

  /** Whether the line is a listicle's ranked entry under its picture's alt text (`namesLineUnder`). */
  underAltText(at: number): boolean {
    return at - 1 >= this.start && this.namesLineUnder(at - 1);
  }

  /**
   * Whether a line under a line ending on a colon heads the next section, the colon having announced a picture or code
   * the copy lost: a line in title case ("Battery And Charging"), or one word standing under a lead-in's colon
   * (`standsUnderLostPicture`) that stands apart again elsewhere in the region (`echoedApart`), as a review's "Verdict"
   * ("Fazit", "Veredicto") heads each entry's last part, under a screenshot or not. A title-case test asks the words
   * after the first, and one word has none. A word standing once is what the colon announced: an answer, a quoted
   * word, a name, a button.
   */
  private headsAfterLostPicture(at: number): boolean {
    const line = this.lines[at]!;
    if (headingCase(line.text) === "title") return true;
    return standsUnderLostPicture(line, this.previousContent(at)) && this.echoedApart(at);
  }

  /**
   * Whether a heading-shaped line heads what follows: prose, a list, or a sub-section's own heading over its prose
   * ("Results" over "In the lab"; a wiki section's title over its "See: …" note). What a colon
   * announces (an item, a line of code, a picture) is text of the section, never its heading, unless it is set in
   * title case: then the colon announced a picture or code the copy lost, and the line heads the next section. So
   * does one word under such a sentence that the page sets apart again (`headsAfterLostPicture`).
   */
  headingAt(at: number): boolean {
    if (this.previousContent(at)?.text.endsWith(":") && !this.headsAfterLostPicture(at)) return false;
    if (this.textBelow(at) || this.headsTable(at) || this.headsUnmarkedList(at) || this.headsQuestionAndAnswer(at)) return true;
    // The sub-heading or note stands right under the heading, with no furniture between. Chinese and Japanese
    // lines have no capitals to show a heading by; there a short line over a short line is a caption or a comment.
    // Two lines in sentence case, one over the other, are points of a list set a line each: a heading and its
    // sub-heading differ in case or form. Two labels with their values ("Founded: 1998" over "Based in: Harbourton")
    // are lines of a fact box.
    const under = this.lines[at + 1];
    return (
      !this.unspaced &&
      at + 1 < this.end &&
      under !== undefined &&
      isHeadingShaped(under) &&
      !(headingCase(this.lines[at]!.text) === "sentence" && headingCase(under.text) === "sentence" && !this.labelsQuestion(at)) &&
      !(LABEL_AND_VALUE.test(this.lines[at]!.text) && LABEL_AND_VALUE.test(under.text)) &&
      !isMetaLine(under) &&
      // A time since posting ("2 days ago", "vor 3 Stunden", "il y a 2 jours") packed under a title is a teaser's
      // stamp; set apart, it is a sub-heading as "30 Years Ago" under "Then and Now" is.
      !(isAgeLine(under.text) && !this.lines[at]!.blankAfter) &&
      !hasCredit(under.text) &&
      leadsIntoText(this.nextContent(at + 2))
    );
  }

  /**
   * Whether the line is an FAQ's label packed over one question standing apart from its answer by a blank line
   * ("Questions fréquentes" / "Combien de temps dure la traversée ?" / "" / the answer). Languages that set such a
   * label in sentence case ("Preguntas frecuentes", "Veelgestelde vragen") set it as a list's point is set, but a
   * question and its label are no two points of a list. Only a label that names questions is one: any other short
   * line over a question is as often a list's first point, a poem's line, a teaser's stamp or a box's label over a
   * teaser ("Up next" / "Is the ferry worth saving?"). A line ending a sentence or asking a question is a list's
   * point over the last of its points. The label may stand apart over a question set apart from its answer too ("FAQ"
   * / "" / "How long is the crossing?" / "" / the answer): only with the answer under it, as a list of question titles
   * under the same label (a related box's, a site's help links) has another question there.
   */
  labelsQuestion(at: number): boolean {
    const label = this.lines[at]!;
    const question = this.lines[at + 1];
    return (
      (!label.blankAfter || isProse(this.lines[at + 2])) &&
      !label.sentenceEnd &&
      FAQ_LABEL_WORD.test(label.text) &&
      question?.blankAfter === true &&
      endsWithQuestion(question.text)
    );
  }

  /**
   * Whether a line standing apart heads a section of questions, each packed onto its answer: an interview's or an
   * FAQ's ("On first drafts" / "" / "How long did it take?" / "About four months, …"). The question is too short for
   * prose and may be in sentence case like the line, as two points of a list are; the answer under it makes it text.
   */
  headsQuestionAndAnswer(at: number): boolean {
    const question = this.lines[at + 1];
    return (
      this.lines[at]!.blankAfter &&
      at + 2 < this.end &&
      question !== undefined &&
      !question.blankAfter &&
      endsWithQuestion(question.text) &&
      isProse(this.lines[at + 2]) &&
      this.packedQuestionCount() >= MIN_PACKED_QUESTIONS
    );
  }

  /**
   * How many lines of the region are set as the page sets a title-case section heading: in title case as its language
   * writes one (`setInTitleCase`), heading-shaped and no furniture, standing apart between prose paragraphs.
   */
  titleHeadingsApart(): number {
    if (this.titleHeadingsApartCount === undefined) {
      let count = 0;
      for (let k = this.start; k < this.end; k++) {
        const line = this.lines[k]!;
        if (!line.blankBefore || !line.blankAfter || !setInTitleCase(line.text, this.languageCode)) continue;
        if (!isHeadingShaped(line) || isFurnitureHeading(line)) continue;
        if (isProse(this.previousContent(k)) && isProse(this.nextContent(k + 1))) count++;
      }
      this.titleHeadingsApartCount = count;
    }
    return this.titleHeadingsApartCount;
  }

  /**
   * Whether a question longer than `MAX_OPEN_QUESTION_HEADING_WORDS` is set as the region's other questions are, each
   * a heading over its answer (an FAQ's or an interview's run): standing alone between blank lines, over prose, with `MIN_OPEN_QUESTION_RUN` shorter questions so set elsewhere in the region. A story's own question
   * standing alone as a paragraph has no such run around it.
   */
  asksAsOpenQuestions(at: number): boolean {
    const line = this.lines[at]!;
    // A numbered question is a series' member, which `leadsNumberedHeadings` reads by its count.
    if (line.words <= MAX_OPEN_QUESTION_HEADING_WORDS || line.words > MAX_RUN_QUESTION_WORDS) return false;
    if (NUMBERED.test(line.text) || GLUED_COUNT.test(line.text)) return false;
    // A paragraph set apart asks its question after a statement, in a sentence of its own or a clause before a colon.
    if (holdsSeveralSentences(line.text) || LEADS_INTO_QUESTION.test(line.text)) return false;
    if (!this.opensAnswer(at)) return false;
    if (this.openQuestions === undefined) {
      let count = 0;
      for (let k = this.start; k < this.end; k++)
        if (this.lines[k]!.words <= MAX_OPEN_QUESTION_HEADING_WORDS && this.opensAnswer(k, true)) count++;
      this.openQuestions = count;
    }
    return this.openQuestions >= MIN_OPEN_QUESTION_RUN;
  }

  /**
   * Whether a line is a question standing alone between blank lines over prose (`asksAsOpenQuestions`); with
   * `briefAnswer`, over a short finished sentence set apart too (`isShortSentenceApart`), as an FAQ answers its shorter
   * questions ("Is it free?" / "Yes, fitting costs nothing."). That counts for the run, not for the longer question.
   */
  private opensAnswer(at: number, briefAnswer = false): boolean {
    const line = this.lines[at]!;
    if (!line.blankBefore || !line.blankAfter || !endsWithQuestion(line.text)) return false;
    const under = this.nextContent(at + 1);
    return isProse(under) || (briefAnswer && under !== undefined && isShortSentenceApart(under));
  }

  /** How many lines of the region ask a question packed onto the prose that answers it. */
  private packedQuestionCount(): number {
    if (this.packedQuestions === undefined) {
      let count = 0;
      for (let k = this.start; k + 1 < this.end; k++) {
        const line = this.lines[k]!;
        if (!line.blankAfter && endsWithQuestion(line.text) && isProse(this.lines[k + 1])) count++;
      }
      this.packedQuestions = count;
    }
    return this.packedQuestions;
  }

  /** Whether a line standing apart under the story's prose heads a list copied without its marks (`unmarkedListEnd`). */
  headsUnmarkedList(at: number): boolean {
    const line = this.lines[at]!;
    return at + 1 < this.end && (line.blankAfter || !line.blankBefore) && this.unmarkedListEnd(at + 1, false) !== undefined;
  }

  /**
   * Whether a line closing a stretch of prose stands over a table (rows of cells parted by tabs): a section that opens
   * with its table, the text coming after it. A line under a short line over rows is a row of one cell inside the
   * table, or the table's title under the section's heading. Chinese and Japanese lines have no case to tell a
   * heading from a table's title by, so the rule is not theirs.
   */
  headsTable(at: number): boolean {
    const under = this.nextContent(at + 1);
    if (this.unspaced || under === undefined || !isTableRow(under) || !this.afterParagraph(at)) return false;
    // A table's numbered label ("Table 2: Fares by season", "Tabelle 3.1 …"), a line describing it ("Fares for the
    // summer, in pounds") or a note of the unit its figures are in ("All prices in pounds") is its caption, however it
    // is set; and rows over the line make it a row of the table itself.
    const line = this.lines[at]!;
    return (
      !TABLE_LABEL.test(line.text) &&
      !describesLikeCaption(line.text) &&
      !UNIT_NOTE.test(line.lower) &&
      !isTableRow(this.previousContent(at)!)
    );
  }

  /**
   * Whether what stands under a line, past a picture's lone credit, is text: prose, a list, a line announcing one, or
   * a paragraph of one short sentence over prose (`shortParagraphOverText`) that the line names (`namesShortSection`).
   */
  textBelow(at: number): boolean {
    const next = this.nextContent(at + 1);
    if (leadsIntoText(next) || leadsIntoText(this.textUnder(at))) return true;
    return next !== undefined && this.shortParagraphOverText(next) && this.namesShortSection(at, next);
  }

  /**
   * Whether a line over a paragraph of one short sentence names the section the sentence opens. Over so little text
   * most lines set apart are what the sentence remarks on, so the line must read as a name:
   * - fewer words than the sentence: a heading names its section in fewer words than the section says. A line saying
   *   as much or more is what the sentence answers: a caption ("Rescue crews at the mill bridge" / "Nobody was
   *   hurt."), a pull quote ("“We never gave up”" / "They did not."), a statement it carries on ("The vote was 7 to
   *   2" / "It passed after midnight."), a list's last item over its closing remark;
   * - not under a question standing as a short line of its own: there it is an interview's speaker over the answer
   *   ("Why stop now?" / "Ruth Penhale" / "Because it is time."). A paragraph ending in a question closes a section;
   * - no caption or sign-off (`describesLikeCaption`), nor a person's name over the sentence about them where no
   *   prose follows (`boxesNoteOn`).
   */
  private namesShortSection(at: number, sentence: ClassifiedLine): boolean {
    const line = this.lines[at]!;
    if (line.words >= sentence.words || describesLikeCaption(line.text) || this.boxesNoteOn(line, sentence)) return false;
    const above = this.previousContent(at);
    return above === undefined || isProse(above) || !endsWithQuestion(above.text);
  }

  /**
   * Whether a person's name over the short sentence about them (`namesSubjectOf`) is a box's note rather than a
   * section: an author's box at the story's end, or a portrait's note over the next heading. Over prose the story goes
   * on under the sentence, as a section a person's name heads does ("Tom Ashby" / "Tom runs the ferry." / more on him
   * in a story about several people).
   */
  private boxesNoteOn(line: ClassifiedLine, sentence: ClassifiedLine): boolean {
    return namesSubjectOf(line, sentence) && !isProse(this.nextContent(sentence.index + 1));
  }

  /**
   * Whether a line is a paragraph of one short sentence over the story's prose: it stands alone, opens as a brief
   * sentence does (a capital, or a letter of a spaced script without case) and ends its sentence, not a question
   * ("Prices start low.", "Nobody came."). Too short for the classifier's prose, it is still a paragraph, so a line over
   * it heads the section it opens. Packed onto the lines around it, it is a line of a teaser or a box; a question
   * standing alone is set as a heading itself, or opens a question and its answer; over more short lines, it is a box
   * of facts set a line each. The unspaced scripts are left out, as their short lines with a stop are buttons' and
   * notices' as often.
   */
  private shortParagraphOverText(line: ClassifiedLine): boolean {
    return isShortSentenceApart(line) && this.storyGoesOnOrEnds(line.index + 1);
  }

  /**
   * Whether the story goes on in prose from a line, or ends there: a short sentence closing the region closes the story
   * as one over prose opens a section ("Availability" / "Picker X2 ships in the autumn." at the story's end). So does
   * the next section's heading: a short sentence ends its section as a paragraph does ("When does it open?" / "Not
   * before spring." / "Who runs it?" / its answer, an FAQ's entries; "Background" / "The hall dates from 1898." / "The
   * Plans" / its text). So do more short sentences closing the region: a last section may be a few short paragraphs
   * ("Costs" / "It costs four million." / "Residents may suggest spots.", `closesRegionShort`). Over prose, two short sentences read as a
   * box of facts set a line each ("Harbour Office" / "Open daily from nine." / "Closed on Sundays.").
   */
  private storyGoesOnOrEnds(from: number): boolean {
    const next = this.nextContent(from);
    return next === undefined || isProse(next) || this.headsSectionApart(next) || this.closesRegionShort(next);
  }

  /**
   * Whether a line opens the story's closing run of short sentences, each set apart, with none of the region's content
   * under the last (`storyGoesOnOrEnds`): a last section's short paragraphs, up to `MAX_CLOSING_SHORT_PARAGRAPHS`.
   */
  private closesRegionShort(line: ClassifiedLine): boolean {
    let next: ClassifiedLine | undefined = line;
    for (let count = 0; next !== undefined; count++) {
      if (count === MAX_CLOSING_SHORT_PARAGRAPHS || isProse(next) || !isShortSentenceApart(next)) return false;
      next = this.nextContent(next.index + 1);
    }
    return true;
  }

  /**
   * Whether a line is the next section's heading as `storyGoesOnOrEnds` reads it: a heading's shape, not the page's
   * furniture, with a blank line under it (the short sentence over it has one under it too) over prose or over a short
   * sentence standing apart (see `isShortSentenceApart`). What stands under that sentence is not asked: one line's look
   * ahead, not a chain of them. A line packed onto prose is a label run into its paragraph, and a second short sentence
   * or a label with its value ("Owner: the harbour board") makes the lines a box of facts set a line each.
   */
  private headsSectionApart(line: ClassifiedLine): boolean {
    if (!line.blankAfter || !isHeadingShaped(line) || isFurnitureHeading(line) || LABEL_AND_VALUE.test(line.text)) return false;
    const under = this.nextContent(line.index + 1);
    return isProse(under) || (under !== undefined && isShortSentenceApart(under));
  }

  /**
   * Whether a line standing apart (blank lines above and below it) comes under a short line, not under prose: an item
   * of a list the page spaces a line each ("Ferry tickets" / "" / "Harbour passes" / "" / "Why book early" / prose), a
   * name over its role in an author's box, a picture's title over its credit. A section's heading closes a stretch of
   * prose, so such a line heads nothing just because a heading-shaped line stands under it.
   */
  spacedItem(at: number): boolean {
    // A ranked entry under its picture's alt text is an entry of the story, whatever stands over the picture.
    if (!this.lines[at]!.blankAfter || this.underAltText(at)) return false;
    const above = this.previousContent(at);
    // A picture's caption closes what stands above it, as prose does: a heading over its sub-heading may follow it.
    return !isProse(above) && !(above && (LABELLED_CAPTION.test(above.text) || hasCredit(above.text)));
  }

  /**
   * Whether the line is a paginated document's running header: a line ending in a month and a year ("Harbour Report
   * May 2025") that stands `MIN_RUNNING_HEADER_REPEATS` times or more in the region, once atop each page the copy
   * kept. A section's heading names its section once, and a heading naming a month names it once too.
   */
  runningHeader(at: number): boolean {
    const text = this.lines[at]!.text;
    if (!endsWithMonthAndYear(text)) return false;
    if (!this.datedLineUses) {
      const uses = new Map<string, number>();
      for (let k = this.start; k < this.end; k++) {
        const other = this.lines[k]!.text;
        if (endsWithMonthAndYear(other)) uses.set(other, (uses.get(other) ?? 0) + 1);
      }
      this.datedLineUses = uses;
    }
    return this.datedLineUses.get(text)! >= MIN_RUNNING_HEADER_REPEATS;
  }

  /** Whether the line is a label and its value whose label opens other lines of the region too: a card's field. */
  repeatedField(at: number): boolean {
    const label = fieldLabel(this.lines[at]!.lower);
    if (label === undefined) return false;
    if (!this.labelUses) {
      const uses = new Map<string, number>();
      for (let k = this.start; k < this.end; k++) {
        const found = fieldLabel(this.lines[k]!.lower);
        if (found !== undefined) uses.set(found, (uses.get(found) ?? 0) + 1);
      }
      this.labelUses = uses;
    }
    return this.labelUses.get(label)! > MAX_HEADING_LABEL_USES;
  }

  /**
   * Whether a line is a turn of an interview printed as a transcript ("Lee: What changed?" over "Okafor: My friends
   * did. …"): its speaker's label opens other turns, and the region holds at least two speakers, whose labelled lines
   * include answers in prose. A short question is then a turn of the talk, not a section's heading.
   */
  speakerTurn(at: number): boolean {
    if (!this.speakers) {
      const turns = new Map<string, number>();
      let proseTurns = 0;
      for (let k = this.start; k < this.end; k++) {
        // Most lines hold no colon, and this test is far cheaper than the pattern.
        if (!this.lines[k]!.text.includes(":")) continue;
        const speaker = SPEAKER_LABEL.exec(this.lines[k]!.text)?.[1];
        if (speaker === undefined) continue;
        turns.set(speaker, (turns.get(speaker) ?? 0) + 1);
        if (isProse(this.lines[k])) proseTurns++;
      }
      const speakers = [...turns].filter(([, count]) => count >= MIN_SPEAKER_TURNS).map(([speaker]) => speaker);
      this.speakers = new Set(speakers.length >= MIN_SPEAKERS && proseTurns >= MIN_PROSE_TURNS ? speakers : []);
    }
    if (this.speakers.size === 0) return false;
    const speaker = SPEAKER_LABEL.exec(this.lines[at]!.text)?.[1];
    if (speaker === undefined || !this.speakers.has(speaker)) return false;
    // Another speaker answers the turn on the next line; a labelled heading ("Tip: Use a hot pan", "Pros: Fast") has its
    // section's text under it, though the same labels open notes in prose elsewhere on the page.
    const next = this.nextContent(at + 1);
    const answerer = next && SPEAKER_LABEL.exec(next.text)?.[1];
    return answerer !== undefined && answerer !== speaker && this.speakers.has(answerer);
  }

  /**
   * Whether a line standing apart is a speaker's name over a transcript's turns ("Ada Lee" / answer / "Jon Berg" /
   * answer / "Ada Lee" / …): a person's name with no title's small word or furniture in it (`isPlainPersonName`) that
   * the region sets apart over prose `MIN_SPEAKER_TURNS` times or more, and that comes back after another such name
   * with nothing else set apart between them (`MIN_SPEAKERS` names or more take turns). A heading names its section
   * once, so a profile's or a listicle's sections named after people keep their headings; headings repeated under
   * each entry of a review ("Battery Life" / "Build Quality" under each product's name), or a debate's or a match
   * report's sections named after the same people under each round's heading ("Rebuttals", "Second half"), come back
   * only after another heading, and keep theirs too. (`isPlainPersonName` takes "Battery Life" for a name.)
   */
  speakerNameLine(at: number): boolean {
    const line = this.lines[at]!;
    if (line.words > MAX_SPEAKER_NAME_WORDS || !isPersonName(line.text)) return false;
    if (!this.speakerNames) {
      // Per line text standing apart over prose, how often it does, or -1 when it names no person: each name is read
      // once, however many turns it stands over.
      const uses = new Map<string, number>();
      // The lines opening a block that are no prose, in order: the names over the turns and whatever else heads a
      // part, alone or packed over a line of its own (a product's name over its price).
      const apart: (string | undefined)[] = [];
      for (let k = this.start; k < this.end; k++) {
        const other = this.lines[k]!;
        if (!other.blankBefore || isProse(other)) continue;
        apart.push(other.blankAfter ? other.text : undefined);
        // The cheap tests first: most lines are longer than a name, and the name's patterns cost more. A speaker's
        // name stands apart over the turn's prose; a contents list's entries ("Build System") stand over one another.
        if (!(other.blankAfter && other.words <= MAX_SPEAKER_NAME_WORDS && isProse(this.nextContent(k + 1)))) continue;
        const count = uses.get(other.text) ?? (isPlainPersonName(other.text) ? 0 : -1);
        uses.set(other.text, count < 0 ? count : count + 1);
      }
      // The names in turn since the last line standing apart that is none of them: a name that comes back among them
      // makes them a transcript's speakers.
      const speakers = new Set<string>();
      const turns = new Set<string>();
      for (const text of apart) {
        if (text === undefined || (uses.get(text) ?? 0) < MIN_SPEAKER_TURNS) turns.clear();
        else if (turns.has(text) && turns.size >= MIN_SPEAKERS) for (const name of turns) speakers.add(name);
        else turns.add(text);
      }
      this.speakerNames = speakers;
    }
    return this.speakerNames.has(line.text);
  }

  /**
   * Whether a short line is a point of a list that a colon announces: packed under the line ending in ":" ("The
   * main changes are:", "Pros:"), or in the block of lines set right under it, under earlier points that may run to
   * a sentence or two. A copy sets such points a line each, without their bullets.
   */
  inAnnouncedList(at: number): boolean {
    const lines = this.lines;
    let first = at;
    for (; first > this.start && at - first < MAX_LIST_POINTS && !lines[first]!.blankBefore; first--) {
      const above = lines[first - 1]!;
      if (above.text.endsWith(":")) return this.announcesPointsAt(first - 1);
      // A summary box's label announces its points without a colon ("Key takeaways", "Das Wichtigste in Kürze"): points
      // of a few words, where a menu's items are a word each.
      if (isSummaryBoxLabel(above)) return this.headsSummaryBox(first - 1) && this.summaryPoint(at);
      if (!isShortLine(above) && !isProse(above)) return false;
    }
    if (!lines[first]!.blankBefore) return false;
    const previous = this.previousContentIndex(first);
    if (previous >= 0 && isSummaryBoxLabel(lines[previous])) return this.headsSummaryBox(previous) && this.summaryPoint(at);
    return previous >= 0 && lines[previous]!.text.endsWith(":") && this.announcesPointsAt(previous);
  }

  /**
   * Whether a line under a summary box's label is one of its points: a few words, where a menu's items are a word
   * each. A question closing the packed box over the story's prose heads the story's first section instead ("Why
   * trust our reviews?").
   */
  summaryPoint(at: number): boolean {
    const line = this.lines[at]!;
    if (line.words < MIN_SUMMARY_POINT_WORDS) return false;
    const next = this.lines[at + 1];
    return !(line.text.endsWith("?") && next?.blankBefore === true && isProse(next));
  }

  /**
   * Whether a summary box's label at `label` heads a box of points: no pitch over a button under it (an offer named
   * "L'essentiel" or "Das Wichtigste", a newsletter's "Sign up"), none of the site's furniture packed among its
   * lines (teasers over their "Read more" links, a newsletter's sign-up), no line of a single word (a poll's "Yes" /
   * "No" under its question, a menu's items), and no line the story's headings repeat (a table of contents: its
   * entries would be read twice).
   */
  private headsSummaryBox(label: number): boolean {
    if (headsPromotion(this, label)) return false;
    for (let k = label + 1; k < this.end && k - label <= MAX_LIST_POINTS && (k === label + 1 || !this.lines[k]!.blankBefore); k++) {
      const line = this.lines[k]!;
      if (line.class === "boilerplate" || line.words < MIN_SUMMARY_POINT_WORDS || this.echoedApart(k)) return false;
    }
    return true;
  }

  /** Whether the text of the line at `at` stands apart on another line of the region (a heading it names). */
  private echoedApart(at: number): boolean {
    if (this.apartTexts === undefined) {
      this.apartTexts = new Map();
      for (let k = this.start; k < this.end; k++) {
        const line = this.lines[k]!;
        if (line.blankBefore && line.blankAfter) this.apartTexts.set(line.text, (this.apartTexts.get(line.text) ?? 0) + 1);
      }
    }
    const line = this.lines[at]!;
    return (this.apartTexts.get(line.text) ?? 0) > (line.blankBefore && line.blankAfter ? 1 : 0);
  }

  /** Whether a line is the question closing a summary box over the story's prose (see `summaryPoint`). */
  closesSummaryBox(at: number): boolean {
    const line = this.lines[at]!;
    if (line.blankBefore || !line.text.endsWith("?") || at === this.start || this.summaryPoint(at)) return false;
    // A question word opens a section's heading ("Why trust our reviews?"); a poll asks yes or no ("Should the pier
    // reopen?"), a newsletter's prompt has none ("Want more?"), and a comment box's asks the reader's opinion.
    if (!opensWithQuestionWord(line.lower, this.languageCode) || asksReaderOpinion(line.lower, this.languageCode)) return false;
    return line.words >= MIN_SUMMARY_POINT_WORDS && this.inAnnouncedList(at - 1) && this.underSummaryLabel(at);
  }

  /** Whether the packed block holding `at` opens with a summary box's label, or stands right under one. */
  underSummaryLabel(at: number): boolean {
    let first = at;
    while (first > this.start && !this.lines[first]!.blankBefore) first--;
    if (isSummaryBoxLabel(this.lines[first])) return true;
    const previous = this.previousContentIndex(first);
    return previous >= 0 && isSummaryBoxLabel(this.lines[previous]);
  }

  /**
   * Whether the line at `at`, ending in a colon, announces the story's points (see `announcesPoints`): an author's label
   * that signs the story announces a name, and the header's fields packed under it are no points of a list.
   */
  announcesPointsAt(at: number): boolean {
    return announcesPoints(this.lines[at]!) && !signsAsAuthorLabel(this.lines, this.start, at);
  }

  /**
   * Whether a short line is one of a block of points set a line each: most lines of its packed block are
   * sentences in sentence case of four words or more ("Tickets are checked on board"), where a menu or a list of
   * teasers is set in title case or in labels of a word or two.
   */
  inPointsBlock(at: number): boolean {
    const lines = this.lines;
    // A shorter line not in title case is an item of the same list ("4 eggs", "Salt"), once its block is one of points;
    // not a picture's furniture left among the points ("Reuters", "Image caption"), which is no item. A point of four
    // words or more is one whatever its first word ("Photo paper to line the tin").
    const line = lines[at]!;
    if (!(isPoint(line, this.languageCode) || (isShortLine(line) && headingCase(line.text) !== "title" && !isPictureFurniture(line.text))))
      return false;
    this.pointsBlocks ??= new Uint8Array(this.end - this.start);
    if (this.pointsBlocks[at - this.start] === UNREAD) {
      // Read once per block, when one of its lines is first asked: most blocks hold no short line that is.
      let from = at;
      while (from > this.start && !lines[from]!.blankBefore) from--;
      let to = at + 1;
      while (to < this.end && !lines[to]!.blankBefore) to++;
      let points = 0;
      let sentences = 0;
      // A button closing a box under the box's blurb ("Mehr erfahren" under a German box's blurb, `closesBox`) makes the
      // block the box, not a list: the blurb keeps a word small as a German point does. One opening the block closed
      // the box above it ("Book a demo" over a review's points).
      let boxButton = false;
      for (let k = from; k < to; k++) {
        if (isPoint(lines[k]!, this.languageCode)) points++;
        else if (k > from && closesBox(this, k)) boxButton = true;
        // A credit set as a sentence ("Photo supplied by the family.") is a picture's furniture, not the story's.
        // An ellipsis, a colon or a semicolon leads on (a teaser cut off, a lead-in): only a sentence's own mark ends one.
        // Nor is a call to act ("Abonnez-vous à notre lettre.", "Subscribe to our weekly newsletter.") the story's sentence.
        const line = lines[k]!;
        if (line.sentenceEnd && endsWithSentenceMark(line.text) && !isPictureFurniture(line.text) && !CALL_TO_ACTION.test(line.lower))
          sentences++;
      }
      // A pair of finished sentences is two lines of the story ("The ferry is not optional." / "The crossing is a
      // lifeline."): a caption's credit under it ends no sentence, or opens with the word for a picture.
      const fewest = sentences === to - from ? MIN_SENTENCE_POINTS : MIN_BLOCK_POINTS;
      const read = to - from >= fewest && points > (to - from) * MIN_POINTS_SHARE && !boxButton ? POINTS : NOT_POINTS;
      this.pointsBlocks.fill(read, from - this.start, to - this.start);
    }
    return this.pointsBlocks[at - this.start] === POINTS;
  }

  /** Whether the line repeats an entry of a table of contents above it (`readContents`, `contentsTable`). */
  echoesContents(at: number): boolean {
    return this.contents().echoes.has(at);
  }

  /** Records a line that repeats an entry of the labelled table of contents packed over it (`contentsTable`). */
  addContentsEcho(at: number): void {
    this.contents().echoes.add(at);
  }

  /**
   * Whether the line is an entry of a table of contents that the story's headings echo, labelled or not: a link to
   * a heading further down, not text of the story. A line that itself echoes an earlier table (the contents printed
   * twice) stays the heading it names.
   */
  inContents(at: number): boolean {
    const { echoes, entries } = this.contents();
    return entries.has(at) && !echoes.has(at);
  }

  private contents(): Contents {
    this.contentsRead ??= readContents(this.lines, this.start, this.end);
    return this.contentsRead;
  }

  inCodeBlock(at: number): boolean {
    if (!this.codeBlocks) {
      const blocks = new Uint8Array(this.end - this.start);
      for (let from = this.start, to = this.start; from < this.end; from = to) {
        to = packedBlockEnd(this.lines, from, this.end);
        if (to - from < 2) continue;
        // A loop over the block's lines, not a copy of them for each block.
        for (let k = from; k < to; k++) {
          if (!isCodeLine(this.lines[k]!.text)) continue;
          blocks.fill(1, from - this.start, to - this.start);
          break;
        }
      }
      this.codeBlocks = blocks;
    }
    return this.codeBlocks[at - this.start] === 1;
  }
}

/** The shape of a region, kept between pages (see `keepShape`). */
keepShape(new Region([], 0, 0, false, "en"));

/** Fewest times a line stands in the region to be a paginated document's running header (`Region.runningHeader`). */
const MIN_RUNNING_HEADER_REPEATS = 3;

/** Whether a line ends in a month and a year ("… December 2014", "… Mai 2025"): its last two words. */
function endsWithMonthAndYear(text: string): boolean {
  const last = text.lastIndexOf(" ");
  return last > 0 && isMonthAndYear(text.slice(text.lastIndexOf(" ", last - 1) + 1));
}

/**
 * Whether a line reads as a caption or a sign-off rather than a section's name: a comma in a line not set in title
 * case, a clause describing a scene or a name with its role ("The quay at dawn, seen from the deck", "Ada Fenwick,
 * harbour master", "Fares for the summer, in pounds"). Asked where a heading has little to show it by: over a table,
 * or over a paragraph of one short sentence.
 */
function describesLikeCaption(text: string): boolean {
  return text.includes(",") && headingCase(text) !== "title";
}

/**
 * A name and what follows its comma or spaced dash, perhaps after an age ("Ada Fenwick, harbour master", "Ada Fenwick,
 * 34, skipper", "Ada Fenwick – Harbour Master at Port Lyle"): the name is the first group, the first word after the
 * comma or dash the second, the rest of the line the third.
 */
const NAME_BEFORE_ROLE = /^([^,–—]{3,40}?)(?:,|\s[–—-])\s(?:\d{1,3},\s)?(\p{L}+)(.*)$/u;

/**
 * The word, per language, that names a workplace after a role ("Editor at Gazette Media", "Leiterin bei Nordwerk",
 * "Chef chez Marlot", "Curatrice presso Museo Civico", "Redacteur bij De Krant"): followed by a capital, it tells a
 * credit whose role is set in title case, as a section's title does not put a job at a firm. Spanish and Portuguese
 * "en"/"em" also mean "in", so they are left out.
 */
const WORKPLACE_WORDS: Readonly<Record<string, ReadonlySet<string>>> = wordSets({
  en: "at",
  de: "bei",
  fr: "chez",
  it: "presso",
  nl: "bij",
});

/**
 * Articles and "and", per language, opening a phrase set after a name by a comma: the phrase is the name's epithet in
 * a heading ("Ada Lee, the woman who saved the pier", "Anna Berg, die letzte Fischerin", "Tom Ashby, and the sea"),
 * where a caption gives the role bare ("Miriam Holt, chair of the board"). Read in the page's language only.
 */
const EPITHET_OPENERS: Readonly<Record<string, ReadonlySet<string>>> = wordSets({
  en: "the a an and",
  de: "der die das ein eine und",
  fr: "le la les l un une et",
  es: "el la los las un una y",
  it: "il lo la i gli le l un una e",
  pt: "o a os as um uma e",
  nl: "de het een en",
});

/**
 * Whether a line is a person's name and their role or age after a comma, in lower case ("Miriam Holt, chair of the
 * board", "Léa Roy, 34, pêcheuse"), or a job title (`isJobTitlePart`) after a spaced dash in lower case ("Ana Ruiz –
 * periodista") or in any case before a workplace (`WORKPLACE_WORDS`: "Nora Quill – Principal Editor at Harbour
 * Media"): a portrait's caption, a quoted speaker's or an expert's credit, never a section's name. A section named
 * after a person is the name alone or in title case, a numbered entry ("3. Ada Fenwick, harbour master"), or the name
 * with an epithet opening on an article (`EPITHET_OPENERS`). A German role opens with a capital as a title-case
 * heading's words do, so only a lower-case word after the comma or the workplace word tells the line.
 */
function namesPersonAndRole(text: string, languageCode: string): boolean {
  const match = text.match(NAME_BEFORE_ROLE);
  // An article opening the rest, in either case, makes it the name's epithet ("Tom Ashby – A Life at Sea").
  if (match === null || !isPlainPersonName(match[1]!) || EPITHET_OPENERS[languageCode]?.has(match[2]!.toLowerCase())) {
    return false;
  }
  const afterComma = text.charAt(match[1]!.length) === ",";
  if (afterComma && LOWER_CASE_START.test(match[2]!)) return true;
  // After a dash, or in title case, the role must be a job title, up to a workplace word if one follows: a heading
  // sets an event or a phrase there ("Ada Lee – Live at Wembley", "Anna Berg – Besuch bei Freunden", "Ada Lee – in
  // pictures").
  const words = `${match[2]}${match[3]}`.split(" ");
  const workplace = WORKPLACE_WORDS[languageCode];
  const at = words.findIndex((word, i) => workplace?.has(word) === true && CAPITAL_OPENING.test(words[i + 1] ?? ""));
  if (at === -1 && !LOWER_CASE_START.test(match[2]!)) return false;
  return isJobTitlePart((at === -1 ? words : words.slice(0, at)).join(" "), true);
}

/**
 * Whether a line is a person's name and the sentence under it opens with the name's first word: an author's box or a
 * portrait's note ("Tom Ashby" / "Tom Ashby covers local affairs.", "Rosa Finch" / "Rosa has sold fish for years."),
 * the sentence about the person, not a section the name heads.
 */
function namesSubjectOf(line: ClassifiedLine, sentence: ClassifiedLine): boolean {
  const space = line.text.indexOf(" ");
  return space > 0 && sentence.text.startsWith(line.text.slice(0, space + 1)) && isPlainPersonName(line.text);
}

/** A paragraph's first word, up to a space, a comma or an apostrophe ("Owen, who …", "Farid's bakery …"). */
const OPENING_WORD = /^\p{L}+/u;

/**
 * Whether a line ending in a colon announces the story's own points: a label of other stories ("Related:") or of a
 * share bar or the site's social accounts ("Share this article:", "Folgen Sie uns:") does not.
 */
function announcesPoints(line: ClassifiedLine): boolean {
  // A date's label ("Page updated:") announces the date under it, not a list; in a paragraph the word is the text's.
  return !RELATED_LABEL.test(line.text) && !isSocialLabel(line.lower) && !(line.class === "short" && holdsDateLabel(line.text));
}

/**
 * Whether an author's label alone at `at` signs the story over the names under it ("Author:" / "Ada Lee"): at the
 * body's top (`start` is the region's first line), naming no quote's or book's author (see `labelsOthersAuthor`). Lower
 * down, or over such an author, the name under it is the story's text.
 */
function signsAsAuthorLabel(lines: readonly ClassifiedLine[], start: number, at: number): boolean {
  return at < start + SPLIT_BYLINE_REACH && isAuthorLabelLine(lines[at]!.text) && !labelsOthersAuthor(lines, at);
}

/**
 * Most short sentences set apart after the first that may close the story as its last section's paragraphs ("Costs" /
 * "It costs four million." / "Residents may suggest spots." / "A vote is due in May."): a longer run of them is a box
 * of facts or a list set a line each more often than a section.
 */
const MAX_CLOSING_SHORT_PARAGRAPHS = 3;

/**
 * Whether a line is a short sentence set apart as a paragraph of its own: it stands alone, opens as a brief sentence
 * does (a capital, or a letter of a spaced script without case: "Prices start low.", "모든 차량이 운행한다.") and ends
 * its sentence, not a question.
 */
function isShortSentenceApart(line: ClassifiedLine): boolean {
  return line.sentenceEnd && line.blankBefore && line.blankAfter && !endsWithQuestion(line.text) && BRIEF_SENTENCE_OPENING.test(line.text);
}

/** A heading leads into prose, a list, or a short line introducing one ("The main changes are:"). */
function leadsIntoText(following: ClassifiedLine | undefined): boolean {
  return (
    isProse(following) ||
    (following !== undefined &&
      (BULLET.test(following.text) || (NUMBERED.test(following.text) && !isDayDateLine(following)) || /:$/.test(following.text)))
  );
}

/**
 * Whether a line opening as a numbered point is a date whose day a dot ends, alone or with its time ("2. März 2025",
 * "2. März 2025, 14:05 Uhr"): a teaser's stamp under its title, where German, Danish, Norwegian, Czech and Finnish
 * set the day so. It is read as a date line (`isMetaLine`), and `numberedEntry` keeps its number as the day; a
 * timeline's entry goes on past its date ("3. März 2025: Der Rat stimmt ab") and reads as no date line.
 */
function isDayDateLine(line: ClassifiedLine): boolean {
  return isMetaLine(line) && numberedEntry(line.text) === line.text;
}

/** Labels that name a table of contents, in the languages Dateline reads. */
const CONTENTS_NAMES =
  "table of contents?|contents|in this (?:article|guide|post)|on this page|jump to|inhaltsverzeichnis|sommaire|table des matières|dans cet article|índice|tabla de contenidos?|en este artículo|目次|目录|目錄|목차|المحتويات|فهرس المحتويات";
/** Labels of a table of contents that also name any box's content ("Inhalt", "Contenido"): never with a toggle's word. */
const CONTENT_WORDS = "inhalt|contenidos?";
/**
 * A table of contents' label, perhaps with its toggle in brackets ("Contents [hide]"): the entries under it repeat
 * the story's headings as links, so neither the label nor they are text of the story.
 */
const CONTENTS_LABEL = new RegExp(`^(?:${CONTENTS_NAMES}|${CONTENT_WORDS})\\s*(?:\\[[^\\]]{1,12}\\]|:)?$`, "iu");
/**
 * A label naming a table of contents with its toggle's bare word, where the page sets the toggle as a button
 * ("Table of contents show", "Inhaltsverzeichnis ausblenden"). A word that also means a box's content is left out:
 * "Inhalt anzeigen" shows any collapsed box (an embed held back for consent, a spoiler), whose text is the story's.
 */
const CONTENTS_TOGGLE_LABEL = new RegExp(
  `^(?:${CONTENTS_NAMES})\\s(?:hide|show|toggle|ausblenden|anzeigen|masquer|afficher|ocultar|mostrar)$`,
  "iu",
);
/** Longest contents label with its toggle: the test is kept off longer lines, the body's paragraphs. */
const MAX_CONTENTS_LABEL_LENGTH = 40;
/** Fewest entries packed under a contents label that make it a table of contents, not a label over one link. */
const MIN_CONTENTS_ENTRIES = 2;

/** A table of contents opened by its label: its last line, and the line under it repeating one of its entries. */
interface ContentsTable {
  last: number;
  echo?: number;
}

/**
 * The table of contents opened by the label at `at`: the entries packed under it (after a blank line or not), which
 * are short lines, never prose. When fewer follow, only the label is the table's. Under a label with its toggle's
 * bare word (`numberedOnly`), a word that may name another box's button, every entry carries its section number.
 */
function contentsTable(region: Region, at: number, numberedOnly: boolean): ContentsTable {
  let last = at;
  let echo: number | undefined;
  /** The numbered entries read so far, without their numbers: a table lists each section once. */
  const numbered = new Set<string>();
  for (let j = at + 1; j < region.end; j++) {
    const entry = region.lines[j]!;
    // A heading with its permalink mark is the story's first, packed under the table by a wiki.
    if ((j > at + 1 && entry.blankBefore) || endsWithHeadingLinkMark(entry.text)) break;
    // So is a line repeating a numbered entry without its number: the story's first section, packed under the table.
    if (numbered.has(entry.lower)) {
      echo = j;
      break;
    }
    const unnumbered = withoutSectionNumber(entry.lower);
    const isNumbered = unnumbered !== entry.lower;
    // An entry numbered may ask a question in title case ("1 Why Does the Timetable Matter?"), which reads as a
    // sentence; one without its number is the story's own question under a label whose entries the copy lost.
    const entryShaped = (!isProse(entry) && isShortLine(entry)) || (isNumbered && isTitledQuestion(entry));
    if (!entryShaped || (numberedOnly && !isNumbered)) break;
    if (isNumbered) numbered.add(unnumbered);
    last = j;
  }
  return { last: last - at >= MIN_CONTENTS_ENTRIES ? last : at, echo };
}

/** The lines of a region that tables of contents hold (`entries`), and those below that repeat their entries (`echoes`). */
interface Contents {
  entries: Set<number>;
  echoes: Set<number>;
}

/** Fewest entries of a packed run that the story repeats, in order, as lines of their own before the run reads as its contents. */
const MIN_ECHOED_CONTENTS_ENTRIES = 3;
/** Share of a run's lines that must be echoed: a contents list may hold a label or an entry the copy renamed. */
const MIN_ECHOED_SHARE = 0.5;
/** A contents entry's section number, dropped where the heading it repeats carries none or its own ("4.2 ", "5 "). */
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2})*\.?\s+/u;

/**
 * The lines of a region that repeat, in order, the entries of a packed run of short lines above them: a table of
 * contents, labelled or not ("Jump to:", or none), lists the story's headings, so the lines it names are headings
 * wherever the copy packs them (under a product box, over a credit). A contents list names each heading once, so an
 * entry whose text stands more than once below the run (a credit under every picture, a speaker's name over every
 * turn) echoes nothing. Keyed by the line's index, as are the entries of the runs so read.
 */
function readContents(lines: readonly ClassifiedLine[], start: number, end: number): Contents {
  const echoes = new Set<number>();
  const entries = new Set<number>();
  // The runs that may be contents, found first: most pages hold few, and the lines above the first echo nothing.
  const runs: Array<{ from: number; to: number; underLabel: boolean }> = [];
  for (let from = start, to = start; from < end; from = to) {
    to = packedBlockEnd(lines, from, end);
    // Most blocks are a paragraph alone: asked first, their length spares them the label tests below.
    if (to - from < MIN_ECHOED_CONTENTS_ENTRIES) continue;
    // A list the story announces ("… consists of these parts:", set apart above the list or packed onto it) names
    // what its sections then take up one by one, and is text of the story; a contents label may end on a colon too
    // ("Contents:").
    const above = lines[from - 1];
    const announced = (isProse(above) && above!.text.endsWith(":")) || announcesList(lines[from]!);
    // A short line ending on a colon over the run may be a contents label Dateline does not know ("In this story:")
    // or a clause announcing a list ("The stages are:"): its echoes are still headings, but its entries stay text.
    const underLabel = above !== undefined && announcesList(above);
    if (!announced) runs.push({ from, to, underLabel });
  }
  if (runs.length === 0) return { echoes, entries };
  const first = runs[0]!.from;
  // Only the texts the runs' lines look up are placed: most short lines of a region echo no run's line.
  const wanted = new Set<string>();
  for (const { from, to } of runs) {
    for (let k = from; k < to; k++) {
      wanted.add(lines[k]!.lower);
      wanted.add(withoutSectionNumber(lines[k]!.lower));
    }
  }
  /** Where each short line's text (and the text without its section number) stands, in order, if a run's line looks it up. */
  const places = new Map<string, number[]>();
  /** How many lines of prose stand above each line, from the first run on: prose between two lines is a subtraction. */
  const proseAbove = new Uint32Array(end - first + 1);
  for (let k = first; k < end; k++) {
    const line = lines[k]!;
    const prose = isProse(line);
    proseAbove[k - first + 1] = proseAbove[k - first]! + (prose ? 1 : 0);
    if (line.words > MAX_HEADING_WORDS || prose) continue;
    const unnumbered = withoutSectionNumber(line.lower);
    const placed = wanted.has(line.lower);
    const placedUnnumbered = unnumbered !== line.lower && wanted.has(unnumbered);
    // A line of code echoes nothing; asked last, of the few lines a run looks up.
    if (!(placed || placedUnnumbered) || isCodeLine(line.text)) continue;
    if (placed) addPlace(places, line.lower, k);
    if (placedUnnumbered) addPlace(places, unnumbered, k);
  }
  const proseBetween = (from: number, to: number) => proseAbove[to - first]! > proseAbove[from + 1 - first]!;
  for (const { from, to, underLabel } of runs) {
    // Each entry's first echo below the run and below the echo of the entry before it: the story keeps the order.
    const found: number[] = [];
    let after = to - 1;
    /**
     * The run's first and last lines that found their echoes: lines packed over the first (a date, a label) or under
     * the last (the story's first heading) are not entries.
     */
    let firstEntry = -1;
    let lastEntry = from;
    for (let k = from; k < to; k++) {
      const echo = onlyEchoAfter(places, lines[k]!.lower, to - 1, after);
      if (echo === undefined) continue;
      found.push(echo);
      after = echo;
      if (firstEntry < 0) firstEntry = k;
      lastEntry = k;
    }
    if (found.length < MIN_ECHOED_CONTENTS_ENTRIES || found.length < (to - from) * MIN_ECHOED_SHARE) continue;
    // Sections of a story hold text: prose stands between each echo and the next, and under the last. A card
    // repeated down the page ("Pros" / its points / "Cons" / …) echoes its fields packed together.
    let proseUnderEach = true;
    for (let n = 0; n < found.length && proseUnderEach; n++) proseUnderEach = proseBetween(found[n]!, found[n + 1] ?? end);
    if (!proseUnderEach) continue;
    for (const at of found) echoes.add(at);
    if (!underLabel) for (let k = firstEntry; k <= lastEntry; k++) entries.add(k);
  }
  return { echoes, entries };
}

/** A line without its leading section number; the pattern is tried only on a line opening with a digit. */
function withoutSectionNumber(lower: string): string {
  return lower[0]! >= "0" && lower[0]! <= "9" ? lower.replace(SECTION_NUMBER, "") : lower;
}

/**
 * Whether a short line ending on a colon leads into the story's text under it: a lead-in set apart over a paragraph
 * ("Why residents objected:") or over points ("Pros:", "Le projet comprend :"). It is text of the story, which a
 * reader keeps, not a stray label; a label of other stories, of a share bar or of a date announces none of the
 * story's text (a table of contents' label never reaches here: its table is read first).
 */
function leadsIntoStory(region: Region, at: number): boolean {
  const line = region.lines[at]!;
  if (!CLOSING_COLON.test(line.text)) return false;
  const below = region.nextContent(at + 1);
  // A label over a date or a byline ("Date:" / "4 March 2025") leads into the header's facts, not the story's text; an
  // author's label ("Author:", "Autorin:") into a credit; a box's label ("Weitere Artikel:", "相关阅读：") into
  // other stories; a tags' label ("Tags:", "Mots-clés :") into links to topic pages.
  return (
    below !== undefined &&
    below.class !== "end" &&
    !isMetaLine(below) &&
    announcesPoints(line) &&
    !BOX_LABEL.test(line.lower) &&
    !CJK_BOX_LABEL.test(line.text) &&
    !isAuthorLabelLine(line.text) &&
    !isTagsLabel(line.lower)
  );
}

/**
 * Whether a sentence of two or three words standing apart (`isBriefSentence`) is the story's: under a paragraph, over
 * another or over the next section's heading ("Bring water."). Not a button's call ("Read more.", "Subscribe now.")
 * nor a picture's credit, which stand there as often, nor a signature (`isSignature`).
 */
function isBriefStorySentence(region: Region, at: number): boolean {
  const line = region.lines[at]!;
  if (!isBriefSentence(line) || CALL_TO_ACTION.test(line.lower) || isPictureFurniture(line.text) || isSignature(line, region.languageCode))
    return false;
  const below = region.nextContent(at + 1);
  return isProse(region.previousContent(at)) && (isStoryText(below) || isStandingHeading(below));
}

/**
 * Whether a line is one of the story's last paragraphs of two or three words (`isBriefClosingSentence`), as the
 * region's end takes them in (`extendRegionEnd`): in a closing run of short sentences under its prose, with nothing of
 * the region under the run but a related box ("It will take years." / "Nobody minds." / "They have time."). A longer
 * run than `MAX_CLOSING_SHORT_PARAGRAPHS` is a box of facts set a line each.
 */
function isBriefLastParagraph(region: Region, at: number, language: Pick<Language, "code" | "unspaced" | "shortParagraphLength">): boolean {
  if (!isBriefClosingSentence(region.lines[at], language)) return false;
  const inRun = (line: ClassifiedLine) => isClosingSentence(line) || isBriefClosingSentence(line, language);
  let run = 1;
  let above = region.previousContent(at);
  for (; above !== undefined && inRun(above); run++) above = region.previousContent(above.index);
  let below = region.nextContent(at + 1);
  for (; below !== undefined && inRun(below); run++) below = region.nextContent(below.index + 1);
  return isProse(above) && (below === undefined || RELATED_LABEL.test(below.text)) && run <= MAX_CLOSING_SHORT_PARAGRAPHS;
}

/**
 * A name alone with a full stop, as a writer signs a column or a letter off ("Ada Lee."): a name's shape holding no stop
 * word of the page's language, as a sentence of capitalised nouns holds one ("Keine Antwort.", "Gute Reise.").
 */
function isSignature(line: ClassifiedLine, languageCode: string): boolean {
  const name = line.text.replace(/\p{P}+$/u, "");
  return isPersonName(name) && readWords(line.lower, languageFromTag(languageCode)).density === 0;
}

/** Whether a run's first line announces the list under it: a line ending on a colon that is no contents label. */
function announcesList(first: ClassifiedLine): boolean {
  return first.text.endsWith(":") && !CONTENTS_LABEL.test(first.text);
}

/**
 * Where below its run (past `runEnd`) a contents entry stands as a line of its own, numbered or not, when it stands
 * there once only, and past `after` (the echo of the entry before it); undefined otherwise. The first of the places
 * past the run is found by halving, so a page of one line repeated stays linear-logarithmic.
 */
function onlyEchoAfter(places: ReadonlyMap<string, number[]>, entry: string, runEnd: number, after: number): number | undefined {
  const unnumbered = withoutSectionNumber(entry);
  const keys = unnumbered === entry ? [entry] : [entry, unnumbered];
  let echo: number | undefined;
  for (const key of keys) {
    const at = places.get(key);
    if (at === undefined) continue;
    const below = firstIndexAfter(at, runEnd);
    if (at.length - below > 1) return undefined;
    if (below < at.length && at[below]! > after && (echo === undefined || at[below]! < echo)) echo = at[below];
  }
  return echo;
}

function addPlace(places: Map<string, number[]>, key: string, at: number): void {
  const found = places.get(key);
  if (found) found.push(at);
  else places.set(key, [at]);
}

/** The index of the first of ascending places past `after` (their length when none is), found by halving. */
function firstIndexAfter(places: readonly number[], after: number): number {
  let low = 0;
  let high = places.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (places[middle]! > after) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** A block read from one or more lines, and the last line it took. */
interface Read {
  block: Block;
  last: number;
}

/** A label such as "Related" or "Lesen Sie auch:" over the titles packed under it; undefined when no title follows. */
function readRelatedList(region: Region, at: number, label: string): Read | undefined {
  const items: { title: string }[] = [];
  let j = at + 1;
  while (j < region.end && items.length < MAX_RELATED_ITEMS) {
    const candidate = region.lines[j]!;
    if (items.length > 0 && candidate.blankBefore) break;
    if (candidate.text.length > MAX_RELATED_ITEM_LENGTH || candidate.class === "end") break;
    // A paragraph standing apart under the label, prose to its full stop, is the story's text under a bare word that
    // only looks like the label ("Relacionados", "Correlato" heading a section): a teaser's title ends in no stop.
    if (items.length === 0 && candidate.blankBefore && candidate.sentenceEnd && isProse(candidate)) break;
    // Packed under it, a sentence of prose to its one full stop is the story's too ("Related story" as a section's
    // name over its text): a teaser's title closes on no full stop.
    if (items.length === 0 && isStorySentence(candidate)) break;
    // Two sentences of prose in a row, each to its full stop, under the titles are the story going on after a list
    // set in its middle ("Read more" / two titles / the story's next paragraphs): a teaser's blurb is one line, and
    // trails off or stands between titles.
    if (items.length > 0 && j + 1 < region.end && isStorySentence(candidate) && isStorySentence(region.lines[j + 1])) break;
    // A teaser's date line under its title is the teaser's, not an item of its own.
    if (candidate.class !== "boilerplate" && candidate.date === undefined) items.push({ title: candidate.text });
    j++;
  }
  if (items.length === 0) return undefined;
  // Teasers name different stories: lines the list printed already, coming round again as a run, are a widget's (an
  // ad's or a membership pitch's between the teasers), so the items end where that widget's lines began. The lines
  // stay the list's, out of the story, as before; a list whose first titles come round again is read as it stands.
  const widgetFrom = firstOfRepeatedRun(items.map((item) => item.title));
  if (widgetFrom > 0) items.length = widgetFrom;
  return { block: { type: "related", title: label.replace(/^./u, (c) => c.toUpperCase()), items }, last: j - 1 };
}

/**
 * Where a run of two or more titles that comes round again was first printed; -1 when none does. A single title
 * printed twice is no widget: a teaser's picture and its link often copy as the same line twice.
 */
function firstOfRepeatedRun(titles: readonly string[]): number {
  const firstAt = new Map<string, number>();
  for (const [at, title] of titles.entries()) {
    const first = firstAt.get(title);
    if (first === undefined) firstAt.set(title, at);
    else if (at > first + 1 && titles[first + 1] === titles[at + 1]) return first;
  }
  return -1;
}

/** The last line before `end` of the lines packed under the one at `at`, no blank between (`at` when none is). */
function lastPackedUnder(lines: readonly ClassifiedLine[], at: number, end: number): number {
  let last = at;
  while (last + 1 < end && !lines[last + 1]!.blankBefore) last++;
  return last;
}

/** A line of prose closed by one full stop, no ellipsis: a teaser's blurb trails off ("…", "..."), a question calls. */
function isStorySentence(line: ClassifiedLine | undefined): boolean {
  return line !== undefined && isProse(line) && CLOSING_FULL_STOP.test(line.text) && !/\.\.\.$|…$/u.test(line.text);
}

/** The colon that parts a related link's label from the title it links ("Read more: …", "À lire aussi : …"). */
const LABEL_COLON = /[:：]/u;
/** A full stop closing a text: a linked title rarely ends in one, a sentence of the story does ("See also: Chapter 4."). */
const CLOSING_FULL_STOP = /[.。]$/u;

/**
 * A pointer printed before a link's label, and the space after it: a guillemet, an arrow or a pointing hand, an emoji's
 * variation selector after it ("» Related: …", "→ Lire aussi : …", "➡️ Read more: …"). A list's bullet is no pointer,
 * nor a guillemet with another later in the line: it opens a quotation ("»Lesen Sie auch: …«, riet sie", or a French
 * quotation's next paragraph, "» Lire aussi : …, disait-il »").
 */
const LINK_POINTER = /^(?:[»›](?![^«»‹›]*[«»‹›])|[→➡▶►▸👉]|->)\uFE0F?\s*/u;
/**
 * One sentence ending and another starting inside a title (`SENTENCE_BREAK`), save a full stop in a run of initials or
 * capitals with stops: after a lone capital opening the title or following another such ("U.S. Ports Reopen", "E. M.
 * Hart on Tides", "J.-P. Roy"), or before one ("Notes from J. R. Ames"). A lone capital after a word is as likely a
 * sentence's last word ("He signed as J. The rest …", "We chose Plan B. Would you?").
 */
const TITLE_SENTENCE_BREAK = /(?:[!?]|(?<!(?:^|\p{Lu}\.[\s-]?)\p{Lu})\.)\s+\p{Lu}(?!\.)/u;
/**
 * A speaker's clause set into a sentence after a comma, which a linked title never holds: a French inverted pronoun
 * closing the clause after a verb ending in "t" or "d" or joined by "-t-" (", poursuivait-il", ", dit-on"; an English
 * "hands-on" or "add-on" is none), one past participle after a form of "avoir" (", a-t-elle ajouté"; a title's question
 * runs on: "Immobilier, faut-il acheter"), or a verb of saying in the past beside its subject (", he added", ", fuhr er
 * fort", ", añadió", ", ha aggiunto", ", acrescentou"; a headline's present, ", she says", ", sagt er", is left out). A
 * quotation's next paragraph opens with a guillemet as a pointer does ("» Lire aussi : Le rapport de mars,
 * poursuivait-il"), and this tells it from a teaser's title; after a closing quote mark the clause is a headline's
 * ("» Read more: 'Nobody warned us', they said").
 */
const SPEECH_CLAUSE =
  /(?<!["'“”‘’]),\s+(?:(?:\p{Ll}*[td]|\p{Ll}+-t)-(?:il|elle|ils|elles|on)\s*(?:$|[,.;»])|(?:a-t|avait|ont|avaient)-(?:il|elle|ils|elles|on)\s+\p{Ll}+\s*(?:$|[,.;»])|(?:he|she|they)\s+(?:said|added|went on)(?!\p{L})|(?:said|added)\s+(?:he|she)(?!\p{L})|(?:sagte|fuhr|fügte)\s+(?:er|sie)(?!\p{L})|(?:dijo|añadió|agregó|prosiguió|explicó|ha detto|ha aggiunto|aggiunse|proseguì|disse|acrescentou|continuou)(?!\p{L}))/u;
/** A guillemet as a link's pointer (`LINK_POINTER`): a quotation's next paragraph may open with it as well. */
const GUILLEMET_POINTER = /^[»›]/u;
/** A wiki's note naming another page, its label and a colon before the title ("Main article: …"; see `HATNOTE_LABELS`). */
const HATNOTE = new RegExp(`^(?:${HATNOTE_LABELS})\\s*[:：]\\s*\\S`, "iu");
/**
 * A line a wiki's note may be packed against: a section's heading, or another note, both short lines that end no
 * sentence and open with a capital. A short sentence ("It fell.") or a clause running on in lower case is a paragraph's.
 */
function isHatnoteNeighbour(line: ClassifiedLine | undefined): boolean {
  return line !== undefined && line.class === "short" && !line.sentenceEnd && !LOWER_CASE_START.test(line.text);
}

/**
 * A wiki's note (`HATNOTE`) with no blank line on one side or both: packed under its section's heading ("History" /
 * "Main article: History of Eldmoor"), over the next section's heading ("See also: A Guide to Harbour Birds" /
 * "Gulls"), or between two notes. Under a heading the note may have the section's first paragraph packed under it as
 * well, unless that line opens in lower case: then the note's title runs on into it ("See also: The Harbour Report" /
 * "and the council's flood map before you travel.") and the pair is a sentence. Anywhere else a line packed against it
 * that is no heading (a sentence, a clause in lower case) makes the note a line of the story's paragraph, and it stays
 * the story's own.
 */
function packedHatnote(line: ClassifiedLine, above: ClassifiedLine | undefined, below: ClassifiedLine | undefined): boolean {
  const runsOn = !line.blankAfter && below !== undefined && LOWER_CASE_START.test(below.text);
  const underHeading = !line.blankBefore && !runsOn && isHatnoteNeighbour(above);
  return (line.blankBefore || underHeading) && (line.blankAfter || underHeading || isHatnoteNeighbour(below)) && HATNOTE.test(line.text);
}

/**
 * Whether a note's title names a line of the page itself, other than the heading just over the note: a recipe's "See
 * also: Notes" or a guide's "See also: Opening hours" points to a section of the same story and is its own text, where a
 * wiki's note names another page ("Main article: History of Eldmoor"), often the heading's own words over it.
 */
function pointsWithinPage(title: string, above: ClassifiedLine | undefined, shortLines: ReadonlyMap<string, number>): boolean {
  const lower = title.toLowerCase();
  return (shortLines.get(lower) ?? 0) > (above?.lower.trim() === lower ? 1 : 0);
}

/**
 * Most characters of a linked title after a Chinese, Japanese or Korean head ("延伸阅读：…", "関連記事：…"): a headline's
 * length. Those scripts show no capital or lower-case start and often no closing full stop, so a paragraph that opens
 * with the head ("推荐阅读：馆员每月挑选十本新书放在入口处，读者可以直接取阅，不用登记") is told from a title by its length.
 */
const MAX_CJK_RELATED_TITLE_LENGTH = 32;

/**
 * A related link set as a paragraph of its own between the story's ("Read more: Ferry fares to rise in May", "Lesen
 * Sie auch: …"): a teaser of another story, kept as a related block of one title, out of the story's text. The title
 * is one phrase opening as a title does and not closed by a full stop; a sentence under the label ("See also: the
 * tables below, which …", "Read more: The report runs to 400 pages.") or a label packed into its paragraph is the
 * story's own. A wiki's note (`HATNOTE`, `packedHatnote`) is read alike, unless it names a line of the same page
 * (`pointsWithinPage`); `shortLinesOfPage` counts the page's short lines, once, when a note first asks.
 */
function readRelatedLink(
  line: ClassifiedLine,
  above: ClassifiedLine | undefined,
  below: ClassifiedLine | undefined,
  shortLinesOfPage: () => ReadonlyMap<string, number>,
): Block | undefined {
  // Both forms need a label's colon (`RELATED_LINK`, `HATNOTE`): a line with none, as most paragraphs are, is let go on
  // two searches for a character, before the pointer's search and the labels' patterns.
  if (!line.text.includes(":") && !line.text.includes("：")) return undefined;
  const standsApart = line.blankBefore && line.blankAfter;
  // A pointer before the label ("» Related: …", "➡️ Lesen Sie auch: …") marks the line a link wherever it stands: the
  // story's own sentence opening with the label ("Read more: the report …") prints none.
  const pointer = LINK_POINTER.exec(line.text)?.[0].length ?? 0;
  const text = line.text.slice(pointer);
  const relatedLink = (standsApart || pointer > 0) && RELATED_LINK.test(text);
  if (!relatedLink && !(standsApart ? HATNOTE.test(text) : packedHatnote(line, above, below))) return undefined;
  const colon = text.search(LABEL_COLON);
  const title = text.slice(colon + 1).trim();
  if (
    title.length > MAX_RELATED_ITEM_LENGTH ||
    LOWER_CASE_START.test(title) ||
    TITLE_SENTENCE_BREAK.test(title) ||
    CLOSING_FULL_STOP.test(title) ||
    (title.length > MAX_CJK_RELATED_TITLE_LENGTH && CJK_BOX_LABEL.test(text.slice(0, colon))) ||
    (pointer > 0 && GUILLEMET_POINTER.test(line.text) && SPEECH_CLAUSE.test(title))
  )
    return undefined;
  if (!relatedLink && pointsWithinPage(title, above, shortLinesOfPage())) return undefined;
  return { type: "related", title: text.slice(0, colon).trim(), items: [{ title }] };
}

/** Most words of a wiki's section heading over its notes ("Geography", "Media and entertainment"): a caption runs longer. */
const MAX_HATNOTE_HEADING_WORDS = 5;
/** A label before its colon and a space, or the line's end ("Read more: …", "Lire aussi : …"): a time's colon ("10:30") parts none. */
const LABEL_BEFORE_COLON = /^(.*?)[:：](?:\s|$)/u;
/** A label ending in a part's number or numeral ("Part 2", "Phase II", "Route A", "1914–1918", "Partie 2 "). */
const NUMBERED_PART_LABEL = /(?:^|\s)(?:\d[\d–-]*|[IVXLC]+|\p{Lu})\s?$/u;

/**
 * Whether a line opens with a label and its colon ("Read more: …", "Lesen Sie auch: …", "Source: …", "Update: …"): a
 * link's, a credit's or a note's line, no topic's name. A numbered part's label names a section of a series ("Part 2:
 * The crossing", "1914–1918: War years"), and a time's colon ("10:30 departure") parts no label: both may head a section,
 * where a numbered picture's or chart's label stays a caption's (`LABELLED_CAPTION`: "Photo 3: …", "Figure 1: …").
 */
function opensWithLabel(text: string): boolean {
  const label = LABEL_BEFORE_COLON.exec(text)?.[1];
  return label !== undefined && (!NUMBERED_PART_LABEL.test(label) || LABELLED_CAPTION.test(text));
}

/**
 * Whether a section's heading stands packed over a wiki's notes (`packedHatnote`), with the section's prose under
 * them, packed or after a blank line ("Geography" / "Main article: Geography of Eldmoor" / "See also: Rivers of
 * Eldmoor" / the first paragraph). The notes leave as related blocks; the heading stays, heading the prose, where its
 * packed line under it would have read it as a stray short line. A label over notes and nothing more, or over short
 * lines (a related box's teasers), heads no text of the story. Asked only of a line that failed the other heading tests.
 */
function headsHatnotes(region: Region, at: number, shortLinesOfPage: () => ReadonlyMap<string, number>): boolean {
  const lines = region.lines;
  const line = lines[at]!;
  let j = at + 1;
  if (j >= region.end || lines[j]!.blankBefore || !isHatnoteNeighbour(line) || !isHeadingShaped(line)) return false;
  // The first of two notes heads nothing: over a byline, a date or a share bar the box drops, the run of notes opens
  // at a note. A wiki's section heading names its topic in a few words; a picture's caption, a sentence cut short over
  // the notes or a quote runs longer, holds a clause's comma, opens with a quote mark or with a label (`opensWithLabel`).
  if (
    HATNOTE.test(line.text) ||
    line.words > MAX_HATNOTE_HEADING_WORDS ||
    /[,，]/u.test(line.text) ||
    opensWithLabel(line.text) ||
    OPENS_WITH_QUOTATION.test(line.text)
  )
    return false;
  while (
    j < region.end &&
    !lines[j]!.blankBefore &&
    readRelatedLink(lines[j]!, lines[j - 1], j + 1 < region.end ? lines[j + 1] : undefined, shortLinesOfPage)
  )
    j++;
  return j > at + 1 && j < region.end && isProse(lines[j]);
}

/** A run of bulleted lines, or of two or more numbered ones ("1. …", "2. …"); undefined when the line opens none. */
function readList(region: Region, at: number): Read | undefined {
  const text = region.lines[at]!.text;
  const bullet = BULLET.test(text);
  if (!bullet && !(NUMBERED.test(text) && NUMBERED.test(region.lines[at + 1]?.text ?? ""))) return unmarkedList(region, at);
  const items: { text: string }[] = [];
  // Entries that keep their number as a date's day are a timeline's, in the page's order but not numbered by it.
  let ordered = !bullet;
  let j = at;
  while (j < region.end) {
    const line = region.lines[j]!.text;
    const entry = bullet ? BULLET.exec(line)?.[1] : numberedEntry(line);
    if (entry === undefined) break;
    if (entry === line) ordered = false;
    items.push({ text: entry });
    j++;
  }
  return { block: { type: "list", ordered, items }, last: j - 1 };
}

/** A list copied without its marks, its lines its items (see `Region.unmarkedListEnd`). */
function unmarkedList(region: Region, at: number): Read | undefined {
  const end = region.unmarkedListEnd(at);
  if (end === undefined) return undefined;
  const items = region.lines.slice(at, end).map((line) => ({ text: line.text }));
  return { block: { type: "list", ordered: false, items }, last: end - 1 };
}

/**
 * The credit under a caption, when the line is one: it starts a block and ends its sentence, is packed with the
 * credit, or is as long as a caption set alone between paragraphs (`MIN_BODY_CAPTION_WORDS`) and not in title case or
 * capitals (`opensLikeCaption`: "What The Engineers Found Under The Deck"); a short open line set apart above a credit,
 * or a long one set as a title, is a sub-heading over an uncaptioned picture.
 */
function creditUnderCaption(region: Region, at: number): string | undefined {
  const line = region.lines[at]!;
  const next = region.lines[at + 1];
  if (!next || at + 1 >= region.end) return undefined;
  const captionAbove =
    line.blankBefore &&
    (line.class !== "good" || packedOverLabelledCredit(line, next)) &&
    isCaptionSized(line) &&
    (line.sentenceEnd || !line.blankAfter || (line.words >= MIN_BODY_CAPTION_WORDS && opensLikeCaption(line.text))) &&
    !creditSignsLineUnder(line, next, region.lines[at + 2]) &&
    !headsPicturedSection(region, at);
  return captionAbove ? creditLine(next) : undefined;
}

/**
 * Whether a line is as long as a caption and says one thing: a picture's description runs to one sentence, where a
 * story's paragraph set over the next picture's credit holds several (see `holdsSeveralSentences`, which counts them
 * in the line's script, as Thai parts its sentences by spaces and Swahili's stop words tell no prose from a caption).
 */
function isCaptionSized(line: ClassifiedLine): boolean {
  return line.words >= MIN_CREDITED_CAPTION_WORDS && line.words <= MAX_CAPTION_WORDS && !holdsSeveralSentences(line.text);
}

/**
 * Whether a line of prose ending no sentence is packed over a credit the word for a picture labels ("Foto: Ada Lee"),
 * which stands apart under it: a caption as long as prose, in one sentence (`isCaptionSized`), that a stop-word count
 * reads as text. A story's paragraph ends its sentence, and one of a sentence packed over the next picture's credit
 * has a long caption's shape: with its full stop the line stays text.
 */
function packedOverLabelledCredit(line: ClassifiedLine, credit: ClassifiedLine): boolean {
  return (
    !line.sentenceEnd &&
    !ENDS_WITH_QUOTATION.test(line.text) &&
    !line.blankAfter &&
    credit.blankAfter &&
    creditOnly(credit.text)?.labelled === true
  );
}

/**
 * Whether a short title-case line stands over a picture's credit and the text under it: a section's heading over its
 * picture ("Harbour Bike Hire" / "Image credit: Harbour Bikes" / prose), where a caption describes in sentence case.
 */
function headsPicturedSection(region: Region, at: number): boolean {
  const line = region.lines[at]!;
  return (
    !line.sentenceEnd &&
    line.words <= MAX_HEADING_WORDS &&
    headingCase(line.text) === "title" &&
    region.textUnder(at) !== region.lines[at + 1] &&
    isProse(region.textUnder(at))
  );
}

/**
 * A long line that stands alone between paragraphs and never ends its sentence describes a picture (seed: the
 * Lgov caption): "caption". A teaser cut short by an ellipsis: "teaser". Chinese and Japanese pages often leave
 * sentences without a closing mark, so the rule is not theirs.
 */
function openEndedLine(region: Region, at: number): "caption" | "teaser" | undefined {
  const line = region.lines[at]!;
  const openEnded =
    !region.unspaced &&
    !line.sentenceEnd &&
    line.words >= MIN_BODY_CAPTION_WORDS &&
    line.words <= MAX_CAPTION_WORDS &&
    line.blankBefore &&
    line.blankAfter;
  if (!openEnded || !opensLikeCaption(line.text) || !region.betweenParagraphs(at)) return undefined;
  if (TEASER_TAIL.test(line.text)) return "teaser";
  // A line that announces what follows (its colon may carry a footnote number: "… as follows:3"), a related link,
  // or a clause cut short, is text of the story.
  const storyText =
    /(?:\p{Pd}|:\d{0,3})$/u.test(line.text) ||
    /[.!?]\s+\p{Lu}/u.test(line.text) ||
    WIRE_CREDITS.test(line.text) ||
    RELATED_LINK.test(line.text) ||
    endsOnClauseOpener(line.lower, region.languageCode);
  return storyText ? undefined : "caption";
}

/**
 * Whether a line packed under a live blog's time titles the entry: words enough to say something, and no person's name
 * alone, which signs the entry ("10:42 GMT" over "Ada Lee") rather than titles it. A label ("Pinned") marks the entry.
 */
function titlesEntry(line: ClassifiedLine): boolean {
  return line.words >= MIN_ENTRY_TITLE_WORDS && !isPersonName(line.text);
}

/**
 * Whether a heading-shaped line closes a packed run under a finished sentence or as a numbered entry, with prose
 * after a blank line under it: a copied page gives a heading no blank line of its own above when a list item or a
 * box's text stands there, only the paragraph's blank line below ("… booked in advance." / "Costs on the island"
 * / "" / prose).
 */
function closesPackedRun(region: Region, at: number): boolean {
  const line = region.lines[at]!;
  const above = region.lines[at - 1];
  if (!line.blankAfter || above === undefined || !isProse(region.textUnder(at))) return false;
  // A numbered entry under lines that are not ("3. Harbour kiosk" under the last point of entry 2): a listicle's
  // next entry, where the numbered lines of a list follow one another. A table's last row ends the table as a
  // blank line would: a line of no cells under it starts what follows. A live blog's entry sets its title under its
  // time ("10:42 GMT" over "First result is in"), over the entry's text. A box's button closes the box ("Get a quote"
  // over "Costs and Timetable"): not over a question, which there is a forum's or a teaser's thread under its label,
  // nor over text closing on a button of its own, which there is the next box or a grid's next card (`closesOnButton`).
  return (
    above.sentenceEnd ||
    isProse(above) ||
    headsStackedUnder(region, at) ||
    (isClockTimeAlone(above.text) && titlesEntry(line)) ||
    (NUMBERED.test(line.text) && !NUMBERED.test(above.text)) ||
    (closesBox(region, above.index) && !endsWithQuestion(region.textUnder(at)!.text) && !closesOnButton(region, at)) ||
    (isTableRow(above) && !isTableRow(line))
  );
}

/**
 * Fewest words of a question closing a list's points (`closesListOnQuestion`), its French spaced mark not counted: one
 * of three words or fewer names no section's topic but closes the list's own thought ("Who could refuse?", "Qui dit
 * mieux ?", "Chi non vorrebbe?", "Why not?"). Where the dev sets' truth heads a section with a question packed under
 * a line, it asks in four words or more ("What does it cost?"); the one of three words there is left out.
 */
const MIN_LIST_QUESTION_WORDS = 4;

/**
 * Whether a question packed under a list's last point, set apart from what follows, heads the next section: a copied
 * page gives the heading no blank line of its own under a list ("Sharing a boat with a neighbour" / "Who will pay for
 * the new ferry?" / "" / prose). A list's point that asks comes among others that ask too; this question closes points
 * of two or more that end no sentence, none of them a button, and opens with a question word of the page's language
 * (`opensWithQuestionWord`), as a section's question does, not as a poll's yes-or-no question or a call to the reader
 * ("Should the pier reopen?", "Want more?"), nor asks the reader's opinion. Only a question packed under the point: one
 * standing apart under a list is left to the rules for lines set apart, as on pages without this rule. Asked first of
 * the line's last character.
 */
function closesListOnQuestion(region: Region, at: number): boolean {
  const line = region.lines[at]!;
  if (!endsWithQuestion(line.text) || line.words > MAX_HEADING_WORDS || line.blankBefore || at - 1 <= region.start) return false;
  const point = region.lines[at - 1]!;
  return (
    line.words - (line.text.endsWith(" ?") ? 1 : 0) >= MIN_LIST_QUESTION_WORDS &&
    opensWithQuestionWord(line.lower, region.languageCode) &&
    !asksReaderOpinion(line.lower, region.languageCode) &&
    !point.sentenceEnd &&
    pointShaped(point, region.languageCode) &&
    !isButton(point) &&
    packedUnderPoint(region, at - 1, region.languageCode) &&
    // Points that open on a question word too are questions with their marks dropped ("Who fixes the boiler" / "How
    // much is the service charge?", an FAQ's index): the question is the last of them, not the next section's heading.
    // Asked last, of the two short points `packedUnderPoint` found.
    !opensWithQuestionWord(point.lower, region.languageCode) &&
    !opensWithQuestionWord(region.lines[at - 2]!.lower, region.languageCode)
  );
}

/**
 * Whether the line is a question packed under a heading, over its answer after a blank line: an FAQ's first question
 * under the section's label ("FAQs" / "How long is the crossing?" / "" / the answer), or a section's heading over the
 * question its text answers ("Planning the Trip" / "When Does the Ferry Run?"). A copy keeps the blank line under the
 * pair but none between the two lines, and the question was read as a paragraph or lost. A line that asks nothing
 * under a heading is more often its picture's credit or a name ("The Harbour" / "Ada Lee Photography"), so only a
 * question is taken.
 */
function headsStackedUnder(region: Region, at: number): boolean {
  const above = at - 1;
  // `isSubHeading` of the upper line never comes back here: packed onto this line, it has no blank line under it, so
  // only standing apart makes it a heading. (A question over the question ends a sentence: `closesPackedRun` reads
  // that pair without this test.) A byline or a date over the question is the story's, and heads nothing. A word
  // alone over a question is a kicker, a section's or a speaker's label ("Opinion", "Live", "INTERVIEWER") over a
  // teaser's title or the first thing asked, unless it names questions ("FAQs").
  const upper = region.lines[above];
  return (
    (endsWithQuestion(region.lines[at]!.text) || titlesSubSection(region, at)) &&
    upper !== undefined &&
    above >= region.start &&
    !isMetaLine(upper) &&
    (upper.words > 1 || FAQ_LABEL_WORD.test(upper.text)) &&
    (isContentsHeading(region, above) || isSubHeading(region, above))
  );
}

/**
 * Whether a line that asks nothing, packed under a heading, is that section's first sub-section's title: both lines are
 * set in title case as the page's language writes it ("The Long Road Ahead" / "Funding and Timing", "Un Long Chantier" /
 * "Budget et Calendrier"), prose stands over the pair, and the page sets another title-case heading apart between its
 * prose (`titleHeadingsApart`), so its headings have that shape. A person's name under a heading ("Ada Lee") is no
 * title, nor is a title-case pair on a page whose headings look otherwise: a card's title over its channel, a teaser.
 * A line shaped like a name is a title still when the paragraph under it writes one of its words in lower case
 * ("Rising Costs" over "… warned that rising costs could …"): a section takes up its title's words as common words,
 * where a story names a person with capitals ("Ada Lee" over "Lee said …").
 */
function titlesSubSection(region: Region, at: number): boolean {
  const line = region.lines[at]!;
  const upper = region.lines[at - 1]!;
  return (
    setInTitleCase(line.text, region.languageCode) &&
    setInTitleCase(upper.text, region.languageCode) &&
    isProse(region.previousContent(at - 1)) &&
    (!isPersonName(line.text) ||
      holdsTitleWordInside(line.text, region.languageCode) ||
      takenUpInLowerCase(line, region.nextContent(at + 1), region.languageCode)) &&
    !CREDIT_OR_ROLE.test(line.text) &&
    region.titleHeadingsApart() > 0
  );
}

/**
 * Prepositions a title capitalises between its words, per language, in lower case: a person's name rarely holds one
 * inside it ("Pledges From Abroad", "Aide Pour Les Familles"), where a name's particles do ("Ann Van Der Berg", "Juan
 * De La Cruz", "Ali Bin Said"), so none of those, nor an article a particle may lead ("los", "las", "des"), is listed.
 * Nor are "and", "or", "et", "und", which join two people's names ("Tom And Ann Reed"), nor "the" and "of", which a
 * ruler's or a saint's name holds ("Catherine The Great", "Joan Of Arc"). Read in the page's language only.
 */
const TITLE_INNER_WORDS: Readonly<Record<string, ReadonlySet<string>>> = wordSets({
  en: "from with for to into over under after without",
  fr: "pour avec sans sur dans entre",
  de: "mit für aus nach über ohne gegen",
  es: "con para sin sobre entre desde hacia",
  it: "con per senza sopra tra fra verso",
  pt: "com para sem sobre entre desde pelo pela",
  nl: "met voor uit naar zonder tegen",
});

/**
 * Whether a title-case line that reads as a person's name holds a title's small word capitalised between its first and
 * its last word (`TITLE_INNER_WORDS`), so it is a title after all. The last word is left out: it may be a family name
 * that is also such a word ("Ben With", "Anna Over").
 */
function holdsTitleWordInside(text: string, languageCode: string): boolean {
  const words = text.split(" ");
  return holdsWordOf(words.slice(1, -1).join(" ").toLowerCase(), TITLE_INNER_WORDS[languageCode]);
}

/**
 * What marks a title-case line under a heading as a credit or a label, not a sub-section's title (`titlesSubSection`):
 * a comma parting a name from its role or a street from its town ("Dr Ada Lee, Lead Designer", "Mill Lane, Tenby"), or
 * a maker's or lender's word ("The Salt Road By Jane Fell", "Courtesy Of The Museum", "Foto von", "par", "por", "door").
 */
const CREDIT_OR_ROLE = /,|\b(?:by|courtesy|von|par|por|door)\b/iu;

/** A picture's or a chart's label with its source or number ("Source: Harbour Office", "Image 2: The pier"). */
const LABELLED_CAPTION = /^(?:source|image|photo|picture|figure|fig\.|credit|chart|quelle|bild|fuente|imagen|foto|légende)\s*\d*\s*[:：]/iu;
/**
 * The label of a video or a player set into the story, before the clip's title: "Video: The quay at low tide", "Watch:
 * …", "Vidéo : …", "Vídeo: …". It names the embed, not a section of the story.
 */
const EMBED_LABEL = /^(?:video|vidéo|vídeo|watch)\s?[:：]\s/iu;
/**
 * A table's numbered label, its caption: "Table 2: …", "Table 4-2. Sailings by month", "Tabelle 3.1 …", "Tableau 4 –
 * …", "Tabla 1. …". The number's first part is enough: the word boundary after it is met before a dot or a hyphen.
 */
const TABLE_LABEL = /^(?:table|tabelle|tableau|tabla|tabela|tabella)\s\d{1,3}\b/iu;
/**
 * Words for what a table's figures are counted in, lower-cased, in English, German, French, Spanish and Italian:
 * currencies, shares and multiples ("pounds", "Euro", "Prozent", "milliers", "millones").
 */
const UNIT_WORDS = [
  "pounds",
  "pence",
  "euros?",
  "dollars",
  "cents",
  "francs",
  "pesos",
  "sterling",
  "per ?cent",
  "percent",
  "thousands",
  "millions",
  "billions",
  "prozent",
  "tausend",
  "millionen",
  "milliarden",
  "pour ?cent",
  "pourcentage",
  "milliers",
  "milliards",
  "porcentaje",
  "miles",
  "millones",
  "migliaia",
  "milioni",
];
/**
 * A note of the unit a table's figures are given in, lower-cased: "in" or "en" before a unit word ("All prices in
 * pounds", "Alle Angaben in Euro pro Quadratmeter", "Montants en milliers d'euros", "Cifras en millones"). It says how
 * to read the figures, not what a section is about: a section's heading names its subject.
 */
const UNIT_NOTE = new RegExp(`(?:^|\\s)(?:in|en)\\s(?:${UNIT_WORDS.join("|")})(?!\\p{L})`, "u");
/** A button's or a box's call to act ("Get started", "Buy on …", "Download the report", "Contact us"), lower-cased. */
const CALL_TO_ACTION = new RegExp(`^(?:${CALL_OPENERS})${NOT_BEFORE_WORD}`, "u");

/** Whether a line opens with a call to the reader (`CALL_TO_ACTION`: "Download the free app today …", "Sign up …"). */
export function opensWithCall(line: ClassifiedLine): boolean {
  return CALL_TO_ACTION.test(line.lower);
}

/** A call to try or buy, lower-cased: "Start your free trial", "Book now", "Prueba gratis". */
const SALES_CALL = new RegExp(`^(?:${SALES_CALLS})${NOT_BEFORE_WORD}`, "u");

/**
 * A button's whole line, lower-cased, perhaps with a note after it in brackets or an arrow ("Apply now (secure site)",
 * "Read now →"): words a heading may open with, so only a line that is nothing more.
 */
const BUTTON_LINE = new RegExp(`^(?:${BUTTON_LABELS})\\s*(?:[(›→»].*)?$`, "u");

/** The same label in Chinese, Japanese or Korean, perhaps in the lenticular brackets those pages set it in ("【関連記事】"). */
const CJK_BOX_LABEL = new RegExp(`^【?(${RELATED_HEADS_CJK})】?\\s*[:：]?$`, "u");

/**
 * An interview's turn, lower-cased: the interviewer's question or the answer, labelled "Q:" / "A:" or in words ("Frage:",
 * "Pregunta:", "Réponse :", "Vraag:", "Pytanie:", "Вопрос:"). It is what one speaker says, however short, never a section's name.
 */
const SPEAKER_TURN =
  /^(?:q|a|p|r|f|question|réponse|frage|antwort|pregunta|respuesta|pergunta|resposta|domanda|risposta|vraag|antwoord|pytanie|odpowiedź|вопрос|ответ)\s?[:：]\s*\S/u;

/**
 * A line set like a heading that is the page's furniture set into the story: a related link ("See also: …"), a
 * labelled caption, a call to act, a button, a form's field, a box's label, an interview's turn or a contact line (an
 * e-mail address, "Tips: desk@…": never a section's name).
 */
function isFurnitureHeading(line: ClassifiedLine): boolean {
  return (
    RELATED_LINK.test(line.text) ||
    LABELLED_CAPTION.test(line.text) ||
    EMBED_LABEL.test(line.text) ||
    CALL_TO_ACTION.test(line.lower) ||
    BUTTON_LINE.test(line.lower) ||
    REQUIRED_FIELD.test(line.lower) ||
    BOX_LABEL.test(line.lower) ||
    CJK_BOX_LABEL.test(line.text) ||
    SPEAKER_TURN.test(line.lower) ||
    isTagsLine(line.lower) ||
    holdsEmailAddress(line.text)
  );
}

/** Most lines of a promotion's blurb between its heading and its button ("Try Harbourly" / its pitch / a trial's terms / "Get started"). */
const MAX_PROMOTION_LINES = 3;
/**
 * Most words of a line of a promotion's blurb: a pitch is one short sentence. A section's paragraph of news runs
 * longer ("Singles cost four pounds and returns cost seven, with children travelling at half the price on every
 * single crossing.", 19 words), and a section ending in a link ("Book now", "Learn more") keeps its heading then.
 */
const MAX_PROMOTION_LINE_WORDS = 18;
/** Most words of a button: a longer call is a link to another story ("Learn more: What to expect when …"). */
const MAX_BUTTON_WORDS = 5;

/** The same bounds for a box closing the story, its button left under the region (`endBeforeClosingPromotion`). */
export const PROMOTION_LINES = MAX_PROMOTION_LINES;
export const PROMOTION_LINE_WORDS = MAX_PROMOTION_LINE_WORDS;

/**
 * Whether a heading-shaped line heads a promotion set into the story: a box of its heading, a short pitch and a
 * button ("Get started", "Learn more →", "Book a demo") within `MAX_PROMOTION_LINES` lines under it. A section of the
 * story runs into its paragraphs before any button; a box's heading names the product, not a part of the story.
 * The button is a call of a few words that ends no sentence: an instruction in the story ("Learn more at the
 * harbour.") ends its sentence, and a link to another story runs longer. A section whose only paragraph is as short
 * as a pitch, over a link ("How the Lessons Work" / "Each class sails once a fortnight with two instructors." /
 * "Learn more"), is read as a promotion too: nothing in the lines tells it from a box, whose button may stand over
 * more of the story's prose as well.
 */
function headsPromotion(region: Region, at: number): boolean {
  let seen = 0;
  for (let k = at + 1; k < region.end && seen < MAX_PROMOTION_LINES + 1; k++) {
    const line = region.lines[k]!;
    // A heading right over a button, with no pitch between, is a section's name over a link: the box is its pitch.
    // A call to try or buy that the classifier took for furniture ("Start your free trial") still closes the box; a
    // sign-up prompt ("Subscribe now") is passed over with the other furniture, as sites set one under any paragraph.
    if (isButton(line) && (line.class !== "boilerplate" || SALES_CALL.test(line.lower))) return seen > 0;
    if (line.class === "boilerplate") continue;
    if (line.words > MAX_PROMOTION_LINE_WORDS) return false;
    seen++;
  }
  return false;
}

/** A button's line: a call of a few words that ends no sentence ("Get started", "Learn more →", "Book a demo"). */
export function isButton(line: ClassifiedLine): boolean {
  return line.words <= MAX_BUTTON_WORDS && !line.sentenceEnd && (CALL_TO_ACTION.test(line.lower) || BUTTON_LINE.test(line.lower));
}

/**
 * Whether a line is the button that closes a box set into the story ("Get a quote", "Learn more →", "Mehr erfahren",
 * "En savoir plus"): what follows it starts afresh, as after a blank line, though a copy packs the next section's
 * heading under it. A call to join a list ("Subscribe", "Sign up") is left out: a site sets one under its story, over
 * the teasers that follow it, as much as in a box between two sections. So are a button's words set as a list's point
 * among others (`packedUnderPoint`). The point over the button is judged as English writes sentence case, or as the
 * page's language does only in a list a colon announces (`inAnnouncedList`): a German box's blurb over its button keeps
 * a word small as a German point does ("Jeden Morgen die wichtigsten Nachrichten aus der Stadt" / "Mehr erfahren"), and
 * the heading packed under the button starts afresh as on pages in English.
 */
function closesBox(region: Region, at: number): boolean {
  const line = region.lines[at]!;
  return (
    isButton(line) &&
    !JOIN_CALL.test(line.lower) &&
    !packedUnderPoint(region, at, region.inAnnouncedList(at) ? region.languageCode : undefined)
  );
}

/**
 * Whether the paragraph under a line is followed by a button, packed under it or after a blank line ("Baking Classes"
 * / "" / its blurb / "Learn more"): the line titles a box of its own, as a grid's cards do one under another's button,
 * not a section of the story, whose text goes on. (A section whose one paragraph ends on a box's button is read so
 * too, as `headsPromotion` reads one with a pitch's length: nothing in the lines tells the two apart.)
 */
function closesOnButton(region: Region, at: number): boolean {
  const under = region.textUnder(at);
  const next = under === undefined ? undefined : region.lines[under.index + 1];
  // Asked past the region's end too: the end rules may cut the last card's button off.
  return next !== undefined && isButton(next);
}

/**
 * Whether a sentence-case line stands under a sentence-case short line: the last point of a list set a line each,
 * above the paragraph that follows the list. A heading is set apart from what stands over it (a paragraph, or a
 * heading in another case); the points before it are kept from heading one another by `headingAt`. A picture's
 * caption with its credit over the line is no point: it closes what stands above it, as a paragraph does; nor is a
 * related box's teaser, nor a box's button ("Get a quote" over "What the skippers want": `closesBox`).
 */
function lastOfSentenceCaseList(region: Region, at: number): boolean {
  const line = region.lines[at]!;
  // Judged by English's test in every language: read with `inSentenceCase`, a German section's heading set apart under
  // a list's points ("Was der Umzug für die Leser bedeutet") or under the heading over it would read as the list's last
  // point, and no German list's last point over prose reads as a heading today.
  if (headingCase(pastLeadingEmoji(line.text)) !== "sentence") return false;
  const above = region.previousContent(at);
  return (
    above !== undefined &&
    pointShaped(above) &&
    !closesBox(region, above.index) &&
    !underRelatedLabel(region, above.index) &&
    !region.labelsQuestion(above.index)
  );
}

/**
 * Whether a line and the line over it each open with an emoji: the last of a list's points marked with one, set a line
 * each, the same mark ("⭐ Zwei Fahrten am Tag" / "⭐ Fahrräder kostenlos") or one for each ("🍎 Apples" / "🍐 Pears"),
 * in a language of any case. A section's heading stands under its text's prose, not right under such a point.
 */
function continuesEmojiPoints(region: Region, at: number): boolean {
  const above = region.previousContent(at);
  return above !== undefined && LEADING_EMOJI.test(region.lines[at]!.text) && LEADING_EMOJI.test(above.text);
}

/**
 * Whether a line has the shape of a list's point set a line each: short, in sentence case, no furniture, credit, byline
 * or date line (a German byline keeps its "und" small: "Von Marlene Quast und Jonas Brehm" is no point). Given
 * the page's language, sentence case as that language writes it (`inSentenceCase`); without, as English writes it.
 */
function pointShaped(line: ClassifiedLine, languageCode?: string): boolean {
  const words = pastLeadingEmoji(line.text);
  return (
    !isFurniture(line) &&
    !isMetaLine(line) &&
    isShortLine(line) &&
    isHeadingShaped(line) &&
    (languageCode === undefined ? headingCase(words) === "sentence" : inSentenceCase(words, languageCode)) &&
    !hasCredit(line.text)
  );
}

/**
 * Whether a line is packed under a list's point: a button's words set as a point among others ("Write to the clerk" /
 * "Tell us your view" / "Come to the May meeting") close no box, and the point under them is the list's. The point is
 * judged in `languageCode` (`pointShaped`), as English writes sentence case without one.
 */
function packedUnderPoint(region: Region, at: number, languageCode?: string): boolean {
  const line = region.lines[at]!;
  return !line.blankBefore && at > region.start && pointShaped(region.lines[at - 1]!, languageCode);
}

/**
 * Whether a line is packed under a related list's label ("Related" / "Council to vote on parking fees"): a teaser's
 * title in that box, not a point of the story's own list, though both are short lines in sentence case.
 */
function underRelatedLabel(region: Region, at: number): boolean {
  let first = at;
  while (first > region.start && !region.lines[first]!.blankBefore) first--;
  return first < at && RELATED_LABEL.test(region.lines[first]!.text);
}

/**
 * Longest a heading packed onto the text it heads may be, as a share of that text's first line: a line of a paragraph
 * wrapped by hand, or a teaser's title over its summary, runs about as long as the line under it.
 */
const MAX_PACKED_HEADING_SHARE = 0.7;

/**
 * Whether a short line after a paragraph heads a packed run under it: points of a list or a box set a line each
 * ("Key takeaways" over them), or a picture's caption with its credit over the section's text. Copies often drop
 * the blank line under such a heading; a label run into one paragraph ("Delivery times" then its text) stays text.
 * Chinese and Japanese headings have no case or length to tell them by, so the rule is not theirs.
 */
function headsPackedRun(region: Region, at: number): boolean {
  const line = region.lines[at]!;
  const under = region.lines[at + 1];
  if (region.unspaced || !line.blankBefore || under === undefined || line.text.length >= under.text.length * MAX_PACKED_HEADING_SHARE)
    return false;
  return (!under.blankAfter || hasCredit(under.text)) && isProse(region.previousContent(at));
}

/**
 * How many times longer than a Chinese or Japanese heading the paragraph it heads runs at least. Those scripts give
 * a heading no case to show it by, and photo blogs set their text a sentence to a line: a line about as long as
 * the paragraph under it is a line of the text, not its heading.
 */
const MIN_UNSPACED_PARAGRAPH_TO_HEADING = 2;

/** Whether a line of a Chinese or Japanese page is text, not a heading, by its length against the paragraph under it. */
function unspacedTextLine(region: Region, at: number): boolean {
  if (!region.unspaced) return false;
  const under = region.nextContent(at + 1);
  return isProse(under) && region.lines[at]!.text.length * MIN_UNSPACED_PARAGRAPH_TO_HEADING > under!.text.length;
}

/**
 * Whether a line can stand in a stacked pair (`inStackedPair`): heading-shaped, and no box's or button's words ("Download
 * the guide", "Video: …"), which a page packs under a box's title as a section packs its sub-section's heading; no
 * share button ("Share by post (new window)") and no wiki's note naming another page ("Main article: …", `HATNOTE`).
 */
function pairsInStack(line: ClassifiedLine): boolean {
  return isHeadingShaped(line) && !isFurnitureHeading(line) && !opensAsShareButton(line.lower) && !HATNOTE.test(line.text);
}

/**
 * Whether a line of a stacked pair holds a word the page's furniture speaks with: the first word of a consent, prompt,
 * offer or support phrase (`SIGNAL_PHRASES`: "Wij gebruiken cookies", "Follow the story", "Download onze app") or, in
 * English, the site's voice to its reader (`speaksToReader`: "Our daily podcast", "Get the app today"). Too weak for
 * the furniture tests of a line on its own, it is enough against the weak evidence of a pair's shared topic word.
 */
function speaksAsFurniture(line: ClassifiedLine, languageCode: string): boolean {
  return readWords(line.lower, languageFromTag(languageCode)).signals !== 0 || speaksToReader(line.lower);
}

/** Fewest letters of a word a stacked pair may share with the story's prose: shorter words are mostly grammar's. */
const MIN_TOPIC_WORD_LETTERS = 4;
/** Letters of a word compared, so that a word's forms meet ("builders" and "builder", "reading" and "readings"). */
const TOPIC_STEM_LETTERS = 5;
/** A run of letters: a word, split off at an apostrophe too ("l’eau"). */
const LETTER_RUN = /\p{L}+/gu;

/**
 * The stems (`TOPIC_STEM_LETTERS`) of a text's words of `MIN_TOPIC_WORD_LETTERS` letters or more, the language's stop
 * words left out: a teaser's "this", "nicht", "depuis" or "della" is in almost any paragraph and names no topic.
 * `lowerCaseOnly` reads only the words the text writes in lower case, its names and sentences' first words left out.
 */
function topicStems(text: string, languageCode: string, lowerCaseOnly = false): Set<string> {
  const stems = new Set<string>();
  // Read as written only to keep the lower-case words: a word kept is then as the lower-cased text would give it.
  for (const [word] of (lowerCaseOnly ? text : text.toLowerCase()).matchAll(LETTER_RUN)) {
    if (lowerCaseOnly && word !== word.toLowerCase()) continue;
    if (word.length >= MIN_TOPIC_WORD_LETTERS && !isStopword(word, languageCode)) stems.add(word.slice(0, TOPIC_STEM_LETTERS));
  }
  return stems;
}

/**
 * Whether the paragraph under a line writes one of the line's topic words (`topicStems`) in lower case, as a common
 * word, and none of the line's words with its capital: what a title's words are, where a person's name is written with
 * its capitals (`titlesSubSection`) even when its family name is a common word the paragraph uses too ("Tom Baker" over
 * "Tom is the baker's son …", "Pierre Marchand" over "Pierre a été marchand de vin …").
 */
function takenUpInLowerCase(line: ClassifiedLine, under: ClassifiedLine | undefined, languageCode: string): boolean {
  if (under === undefined) return false;
  const words = new Set<string>();
  for (const [word] of line.text.toLowerCase().matchAll(LETTER_RUN)) if (!isStopword(word, languageCode)) words.add(word);
  for (const [word] of under.text.matchAll(LETTER_RUN)) if (word !== word.toLowerCase() && words.has(word.toLowerCase())) return false;
  const common = topicStems(under.text, languageCode, true);
  for (const stem of topicStems(line.text, languageCode)) if (common.has(stem)) return true;
  return false;
}

/**
 * Whether the paragraph under a stacked pair takes up its words: a heading leads into its own section ("Inside the
 * mill" / "A room for reading" over "… a reading room by the water"), where a teaser box's titles name other stories
 * and the story goes on under the box as it went on over it. The lower line (a sub-section's heading, a deck) sits
 * right over its section and may share any word with it; the upper one may name the whole story's subject, and counts
 * only with a word the paragraph over the pair does not hold.
 */
function leadsIntoSection(
  upper: ClassifiedLine,
  lower: ClassifiedLine,
  over: ClassifiedLine,
  under: ClassifiedLine,
  languageCode: string,
): boolean {
  const after = topicStems(under.text, languageCode);
  for (const stem of topicStems(lower.text, languageCode)) if (after.has(stem)) return true;
  const before = topicStems(over.text, languageCode);
  for (const stem of topicStems(upper.text, languageCode)) if (after.has(stem) && !before.has(stem)) return true;
  return false;
}

/**
 * Whether a line is one of two short lines in sentence case packed one over the other and set apart together between
 * paragraphs: a section's heading over its first sub-section's ("Housing and work" / "Homes near the station"), or a
 * heading over its deck ("The harbour" / "A wall to keep the sea out for a generation"). No heading rule takes such a
 * pair (two lines in sentence case read as a list's points, and the lower one stands apart from nothing), and stray
 * short lines are dropped: kept as text, the pair's words stay in the story. Not a pair with a line in title case:
 * there the upper line already heads its section, and the lower one is as often a card's credit or a channel's name.
 */
function inStackedPair(region: Region, at: number): boolean {
  const upperAt = region.lines[at]!.blankBefore ? at : at - 1;
  if (upperAt < region.start || upperAt + 2 >= region.end) return false;
  const upper = region.lines[upperAt]!;
  const lower = region.lines[upperAt + 1]!;
  const over = region.previousContent(upperAt);
  const under = region.nextContent(upperAt + 2);
  return (
    upper.blankBefore &&
    !lower.blankBefore &&
    lower.blankAfter &&
    // Two words alone, one over the other, are a menu's or a share bar's ("News" / "Sport", "Tweet" / "Share").
    (upper.words > 1 || lower.words > 1) &&
    pairsInStack(upper) &&
    pairsInStack(lower) &&
    isProse(over) &&
    isProse(under) &&
    !setInTitleCase(upper.text, region.languageCode) &&
    !setInTitleCase(lower.text, region.languageCode) &&
    !speaksAsFurniture(upper, region.languageCode) &&
    !speaksAsFurniture(lower, region.languageCode) &&
    leadsIntoSection(upper, lower, over!, under!, region.languageCode)
  );
}

/** Whether a line repeats an entry of the page's table of contents: a heading however the copy packs it. */
function isContentsHeading(region: Region, at: number): boolean {
  const line = region.lines[at]!;
  // The echoes first: one lookup in a set made once per region, where the line's shape and furniture patterns are
  // asked again by `isSubHeading` of the lines that echo nothing, nearly all.
  return region.echoesContents(at) && isHeadingShaped(line) && !isFurnitureHeading(line);
}

/**
 * How many members of a numbered series must follow a line as headings of their own for it to head its section too:
 * three in a row are sections, two numbered lines may be a story's passing count.
 */
const NUMBERED_SERIES_FOLLOWERS = 2;

/** The count a numbered series of sections opens with. */
const FIRST_COUNT = 1;

/**
 * Whether a line numbered one, standing apart over prose, opens a series of numbered headings: the next numbered lines
 * of the region count on from it ("1. Why the hall closed" / prose / "2. …" / prose / "3. …") and each heads its
 * section by its own reading. A first section's title runs as long as the others' but may read as a short paragraph
 * ("1. ¿Por qué la obra ha durado tres años?", nine words and a question mark), so its followers vouch for it, shape
 * and all. Only the first: a later member left as text where its neighbours head sections is an FAQ's or a list's
 * entry whose series reads unevenly, and the followers vouch for nothing there. A line ending its sentence otherwise
 * than on a question mark is a story's sentence that opens with a count, and stays text.
 */
function leadsNumberedHeadings(region: Region, at: number): boolean {
  const line = region.lines[at]!;
  if (line.words > MAX_HEADING_WORDS || !line.blankBefore || !line.blankAfter) return false;
  if (line.sentenceEnd && !endsWithQuestion(line.text)) return false;
  if (NUMBERED.exec(line.text)?.[1] !== String(FIRST_COUNT) || !isProse(region.nextContent(at + 1))) return false;
  let member = at;
  for (let follower = 1; follower <= NUMBERED_SERIES_FOLLOWERS; follower++) {
    member = nextNumberedLine(region, member + 1);
    if (member < 0 || NUMBERED.exec(region.lines[member]!.text)?.[1] !== String(FIRST_COUNT + follower)) return false;
    if (!isProse(region.nextContent(member + 1)) || !isSubHeading(region, member, false)) return false;
  }
  return true;
}

/** The region's next line from `from` on that opens with a count (`NUMBERED`), or -1. */
function nextNumberedLine(region: Region, from: number): number {
  for (let k = from; k < region.end; k++) if (NUMBERED.test(region.lines[k]!.text)) return k;
  return -1;
}

/**
 * Whether a short line standing apart heads the prose under it as a sub-heading. `bySeries` lets the members of a
 * numbered series vouch for its first (`leadsNumberedHeadings`); they are asked without it, each on its own reading.
 */
function isSubHeading(region: Region, at: number, bySeries = true): boolean {
  const line = region.lines[at]!;
  // A short line packed onto the prose under it, with no blank line between, is no heading: it is a label run
  // into its paragraph ("Delivery times" then the text), a line of hand-wrapped text, or a teaser's title. A
  // numbered one standing apart under prose is a listicle's entry over its text ("2. The north pier"). A question
  // under it is no paragraph but the first entry of what it heads ("FAQs" over "How long is the crossing?").
  // The numbered-entry test is made only for a line packed onto prose: no other line needs it. The shape is asked
  // first, as it rules out the paragraphs.
  // A question closing a list's points (`closesListOnQuestion`) is asked first only of a line ending on a question mark.
  const closesList = closesListOnQuestion(region, at);
  const shaped = closesList || isShortLine(line) || isTitledQuestion(line);
  const inSeries = !shaped && bySeries && leadsNumberedHeadings(region, at);
  // A longer question, read as prose, set as the region's run of short ones is (`asksAsOpenQuestions`).
  const inQuestionRun = !shaped && !inSeries && region.asksAsOpenQuestions(at);
  if (!(shaped || inSeries || inQuestionRun)) return false;
  const runsIntoProse =
    !line.blankAfter &&
    isProse(region.lines[at + 1]) &&
    !endsWithQuestion(region.lines[at + 1]!.text) &&
    !region.numberedUnderProse(at) &&
    !headsPackedRun(region, at);
  return (
    !runsIntoProse &&
    (closesList || region.standsApart(at) || closesPackedRun(region, at)) &&
    (closesList || inSeries || inQuestionRun || isHeadingShaped(line)) &&
    // A table's row, its header row too, is a row of cells parted by tabs: it names the columns, not a section.
    !isTableRow(line) &&
    !CHINESE_DATELINE.test(line.text) &&
    !isFurnitureHeading(line) &&
    !endsUnfinished(line.text, region.languageCode) &&
    !headsPromotion(region, at) &&
    !region.repeatedField(at) &&
    !region.speakerTurn(at) &&
    !region.speakerNameLine(at) &&
    // A line holding a full date is a byline or dateline glued into one ("By Ada FenwickPublished: May 3, 2025"), a
    // teaser's stamp or an event's listing, never a section's name.
    parseDate(line.text) === undefined &&
    // So is a time ago stamped with what it dates ("Updated 3 hours ago", "Aktualisiert vor 2 Stunden"): a live post's
    // or a teaser's stamp. A bare one may name a section ("30 Years Ago"), as `headingAt` reads it.
    !isStampedAgeLine(line.text) &&
    (!namesPersonAndRole(line.text, region.languageCode) || region.headsPortraitSeries(at)) &&
    !region.runningHeader(at) &&
    (closesList || !lastOfSentenceCaseList(region, at)) &&
    !continuesEmojiPoints(region, at) &&
    !unspacedTextLine(region, at) &&
    !region.namesLineUnder(at) &&
    !isDoubledText(line.text) &&
    !headsAuthorBio(region, at) &&
    !headsSupportPitch(region, at) &&
    (region.headingAt(at) || region.listicleEntry(at))
  );
}

/**
 * A site's plea to its readers, lower-cased: to pay for its work, subscribe or advertise with it ("consider supporting
 * our journalism", "Please consider supporting us.", "you may want to consider advertising with us", "Unterstützen Sie
 * unseren Journalismus", "Soutenez notre journalisme", "Apoya nuestro periodismo", "Sostieni il nostro giornalismo",
 * "Apoie o nosso jornalismo", "Steun onze journalistiek"). It speaks to the reader of the site's own work ("us", "our"),
 * where a story reports a plea in the third person ("the paper asked readers to consider supporting it").
 */
const SUPPORT_PITCH = new RegExp(
  [
    "consider (?:supporting|subscribing to|donating to|advertising with|becoming a (?:member|supporter|subscriber) of) (?:us|our)(?![\\p{L}])",
    "unterstützen sie (?:uns|unseren journalismus|unsere arbeit)(?![\\p{L}])",
    "soutenez(?:-nous| notre (?:journalisme|travail|rédaction))(?![\\p{L}])",
    "(?:apóyanos|apoya nuestro (?:periodismo|trabajo))(?![\\p{L}])",
    "(?:sostienici|sostieni il nostro (?:giornalismo|lavoro))(?![\\p{L}])",
    "(?:apoie-nos|apoie o nosso (?:jornalismo|trabalho))(?![\\p{L}])",
    "steun (?:ons|onze (?:journalistiek|redactie))(?![\\p{L}])",
  ].join("|"),
  "u",
);

/**
 * Whether a line heads a box set into the story or closing it that pleads with the reader (`SUPPORT_PITCH`) in its
 * paragraph, or the short line under that ("On supporting local journalism" / "If you enjoy this article, consider
 * supporting our journalism by subscribing."; "Keep the Gazette Free" / its pitch / "Please consider supporting us."):
 * the box's title, not a section's. A story's section on the same matter reports the plea (`SUPPORT_PITCH`).
 */
function headsSupportPitch(region: Region, at: number): boolean {
  // The lines as they stand, furniture too: the pitch may read as the page's furniture, and the title stands over it.
  if (at + 1 >= region.end) return false;
  const under = region.lines[at + 1]!;
  if (pleadsUnquoted(under.lower)) return true;
  // The short plea under a paragraph closes the box only when that paragraph speaks for the site ("we are determined
  // to keep going"): under a story's last section's paragraph it is the page's own line, and the section keeps its title.
  const after = at + 2 < region.end ? region.lines[at + 2]! : undefined;
  return after !== undefined && !isProse(after) && pleadsUnquoted(after.lower) && speaksForSite(under.lower, region.languageCode);
}

/**
 * A quotation mark, double or single, straight or curly ("“„«», ‘‚‹›): what sets a plea after it inside a quote. The
 * right single mark (’) is left out, as it is the apostrophe too ("we’re").
 */
const QUOTE_MARK = /["\u201c\u201d\u201e\u00ab\u00bb\u2018\u201a\u2039\u203a]/u;

/**
 * Whether a line pleads with the reader (`SUPPORT_PITCH`) in the site's own voice: a plea after a quotation mark is a
 * speaker's that the story quotes ("“Please consider supporting us,” said the shelter's head", "« Soutenez-nous », a
 * lancé la présidente"), under a section of the story about a campaign.
 */
function pleadsUnquoted(lower: string): boolean {
  const plea = SUPPORT_PITCH.exec(lower);
  return plea !== null && !QUOTE_MARK.test(lower.slice(0, plea.index));
}

/** The words a site speaks of itself with, per language, lower-cased: "we", "our", "us". */
const SITE_VOICE_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(["we", "our", "us"]),
  de: new Set(["wir", "unser", "unsere", "unseren", "unserem", "unserer", "uns"]),
  fr: new Set(["nous", "notre", "nos"]),
  es: new Set(["nosotros", "nuestro", "nuestra", "nuestros", "nuestras"]),
  it: new Set(["noi", "nostro", "nostra", "nostri", "nostre"]),
  pt: new Set(["nós", "nosso", "nossa", "nossos", "nossas"]),
  nl: new Set(["wij", "we", "ons", "onze"]),
};

/** Whether a paragraph speaks in the first person plural (`SITE_VOICE_WORDS`) unquoted, as a site's plea does of itself. */
function speaksForSite(lower: string, languageCode: string): boolean {
  // A paragraph quoting someone ("“We will vote in June,” the mayor said") speaks in their voice, not the site's.
  return !QUOTE_MARK.test(lower) && holdsWordOf(lower, SITE_VOICE_WORDS[languageCode]);
}

/**
 * Whether a line is one text glued to itself ("Ada LeeAda Lee"): an author's box copied with its portrait's alt text
 * run into the name under it, or a logo's with the site's name. A heading never says itself glued twice; only a text of
 * two words or more is asked, as one word doubled may be a name of its own ("CanCan", "Bora Bora"). A text said twice
 * with a space or a sign between may be a name too ("New York New York", "New York-New York", a resort's): its length is
 * odd, where a glued one's is even.
 */
function isDoubledText(text: string): boolean {
  if (text.length % 2 !== 0) return false;
  const half = text.length >> 1;
  const first = text.slice(0, half);
  return first.includes(" ") && text.endsWith(first);
}

/**
 * What a writer's bio says of its writer, per language, lower-cased: a pronoun that stands only for a person ("She
 * covers…", "Él cubre…", "Lei scrive…"), or the word for the writer's trade ("reporter", "Redakteurin", "journaliste",
 * "periodista", "cronista", "jornalista", "verslaggever"). German, French, Portuguese and Dutch name things with their
 * pronouns too ("Die Bahn … Sie fährt", "La ligne … Elle relie", "O comboio … Ele liga", "De lijn … Hij rijdt"), so
 * there only the trade tells.
 */
const WRITER_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(["he", "she", "his", "her", "him", "reporter", "journalist", "editor", "writer", "correspondent", "columnist"]),
  de: new Set([
    "redakteur",
    "redakteurin",
    "journalist",
    "journalistin",
    "reporter",
    "reporterin",
    "korrespondent",
    "korrespondentin",
    "autor",
    "autorin",
    "kolumnist",
    "kolumnistin",
  ]),
  fr: new Set([
    "journaliste",
    "rédacteur",
    "rédactrice",
    "reporter",
    "reporteure",
    "correspondant",
    "correspondante",
    "chroniqueur",
    "chroniqueuse",
  ]),
  es: new Set(["él", "ella", "periodista", "redactor", "redactora", "reportero", "reportera", "corresponsal", "columnista"]),
  it: new Set(["lui", "lei", "giornalista", "cronista", "redattore", "redattrice", "corrispondente", "editorialista"]),
  pt: new Set(["jornalista", "repórter", "redator", "redatora", "redactor", "redactora", "correspondente", "colunista", "cronista"]),
  nl: new Set(["verslaggever", "verslaggeefster", "journalist", "journaliste", "redacteur", "redactrice", "correspondent", "columnist"]),
};

/** Most words of a writer's name over the bio (`headsAuthorBio`), particles included. */
const MAX_BIO_NAME_WORDS = 4;

/**
 * Whether a person's name standing apart heads the bio of a writer: the author's box closing the story ("Ada Lee" /
 * "Ada is a reporter at the Harbour Post. She covers…" / the site's boxes). The paragraph opens with the name's first
 * word (`namesSubjectOf`), speaks of a writer (`WRITER_WORDS`: a section named after a product or a place opens with
 * its name as well, "Harbour Rail" / "Harbour Rail runs the line. It…", but says "it") and is the story's last prose:
 * a section a person's name heads runs on into more of the story. A story about several people, each named over a
 * paragraph opening with the name, keeps its last one's heading too (`namesSeveralSubjects`). The name must sign the
 * story too (`signsStory`): a profile's or an obituary's last section, named after its subject, speaks of a person.
 */
function headsAuthorBio(region: Region, at: number): boolean {
  const line = region.lines[at]!;
  // The words' bound only spares longer lines the name's pattern (`namesSubjectOf` asks a name of two to four words).
  if (line.words > MAX_BIO_NAME_WORDS) return false;
  const writerWords = WRITER_WORDS[region.languageCode];
  const bio = region.nextContent(at + 1);
  if (writerWords === undefined || !isProse(bio) || !namesSubjectOf(line, bio!)) return false;
  return (
    proseLinesIn(region.lines, bio!.index + 1, region.end) === 0 &&
    holdsWordOf(bio!.lower, writerWords) &&
    !namesSeveralSubjects(region, at) &&
    signsStory(region, at)
  );
}

/** Lines above the body searched for the byline that a writer's box repeats (`signsStory`): the header's reach. */
const SIGNATURE_REACH = 40;

/** What may follow a name opening its byline: nothing, or a sign, a date or a time rather than a word ("Ada Lee • 8h"). */
const AFTER_SIGNED_NAME = /^(?:$|\s*[^\p{L}\s])/u;

/**
 * Whether the name at `at` signs the story: a byline above names it ("By Ada Lee", "Ada Lee • 8h", "Ada Lee 3 May
 * 2025"). A writer's box repeats the byline's name, where a section named after a person of the story ("Mira Castell" /
 * "Mira has worked the gates for thirty years. She says…", a profile's, an obituary's) names someone who did not write it.
 */
function signsStory(region: Region, at: number): boolean {
  const name = region.lines[at]!.text;
  // Above the story's first prose, a line opening with the name and no more words: a byline the header left unread
  // ("Ada Lee • 8h" reads as no author). Under it, such a line is the story's own (a section named after the person).
  let storyBegun = false;
  for (let k = Math.max(0, region.start - SIGNATURE_REACH); k < at; k++) {
    const line = region.lines[k]!;
    if (line.authors?.some((author) => author.name === name)) return true;
    storyBegun ||= k >= region.start && isProse(line);
    if (!storyBegun && line.text.startsWith(name) && AFTER_SIGNED_NAME.test(line.text.slice(name.length))) return true;
  }
  return false;
}

/** Whether another line of the region stands apart over a paragraph about the person it names (`namesSubjectOf`). */
function namesSeveralSubjects(region: Region, at: number): boolean {
  for (let k = region.start; k < region.end; k++) {
    const other = region.lines[k]!;
    if (k === at || !other.blankBefore || !other.blankAfter || other.words > MAX_BIO_NAME_WORDS || isProse(other)) continue;
    const under = region.nextContent(k + 1);
    if (isProse(under) && namesSubjectOf(other, under!)) return true;
  }
  return false;
}

/** Paragraphs that open a story before a date line under them is its text: a header's date may stand under the lead. */
const STORY_OPENING_PARAGRAPHS = 2;

/** Where a region's story runs: its opening paragraphs' last line and its last prose line (-1 and `end` for none). */
interface StorySpan {
  opened: number;
  last: number;
}

/**
 * The line of the region's `STORY_OPENING_PARAGRAPHS`th paragraph, ended as a sentence is (a teaser's title over its
 * author, which a region can open with, is not), and its last prose line. One pass, however many date lines ask.
 */
function storyParagraphs(lines: readonly ClassifiedLine[], start: number, end: number): StorySpan {
  let opened = end;
  let last = -1;
  for (let i = start, paragraphs = 0; i < end; i++) {
    const line = lines[i]!;
    if (line.class === "good" && line.sentenceEnd && ++paragraphs === STORY_OPENING_PARAGRAPHS) opened = Math.min(opened, i);
    if (isProse(line)) last = i;
  }
  return { opened, last };
}

/** The language a region is read in when the caller names none: English, spaced. */
const DEFAULT_LANGUAGE: Pick<Language, "code" | "unspaced" | "shortParagraphLength"> = languageFromTag("en");

/**
 * A poll's label alone on its line, in the languages Dateline reads ("Poll", "Umfrage", "Sondage", "Encuesta",
 * "Sondaggio", "Sondagem", "Enquete", "Peiling", "Sonda", "Ankieta"), lower-cased, without a colon.
 */
const POLL_LABELS: ReadonlySet<string> = new Set([
  "poll",
  "quick poll",
  "reader poll",
  "our poll",
  "umfrage",
  "leserumfrage",
  "sondage",
  "encuesta",
  "sondaggio",
  "sondagem",
  "enquete",
  "peiling",
  "sonda",
  "ankieta",
]);
/** A poll's button under its options ("Vote", "Abstimmen", "Voter", "Votar", "Vota", "Stem", "Głosuj"), lower-cased. */
const VOTE_BUTTONS: ReadonlySet<string> = new Set([
  "vote",
  "vote now",
  "submit vote",
  "cast your vote",
  "abstimmen",
  "jetzt abstimmen",
  "voter",
  "je vote",
  "votar",
  "vota",
  "stem",
  "stemmen",
  "głosuj",
  "oddaj głos",
]);
/** Most words of a poll's label ("Quick poll"). */
const MAX_POLL_LABEL_WORDS = 2;
/** Most lines between a poll's label and its vote button: a question and up to ten options. */
const MAX_POLL_LINES = 12;

/**
 * The line of a poll's vote button, when the line at `at` is a poll's label (see `POLL_LABELS`) and such a button
 * stands within `MAX_POLL_LINES` under it with no prose between: a question and its options. Undefined otherwise: a
 * label over the story's text ("Poll" heading a section on a survey) stays.
 */
function pollBoxEnd(lines: readonly ClassifiedLine[], at: number, end: number): number | undefined {
  const label = lines[at]!.lower;
  if (!POLL_LABELS.has(label.endsWith(":") ? label.slice(0, -1).trimEnd() : label)) return undefined;
  for (let j = at + 1; j < Math.min(end, at + 1 + MAX_POLL_LINES); j++) {
    const line = lines[j]!;
    if (isProse(line)) return undefined;
    if (VOTE_BUTTONS.has(line.lower.endsWith("!") ? line.lower.slice(0, -1) : line.lower)) return j;
  }
  return undefined;
}

/** Fewest words of a slide's caption under its counter (see `isSlideCounter`). */
const MIN_SLIDE_CAPTION_WORDS = 3;

/**
 * Turn the lines of the article region into blocks, in source order:
 * paragraphs verbatim, and the headings, captions, lists, pull quotes and
 * related-story lists that a page sets on lines of their own. `pageOrder` reads the numeric dates of bylines in the
 * body's first lines (see date-order.ts).
 */
export function assemble(
  lines: readonly ClassifiedLine[],
  start: number,
  end: number,
  header: Header,
  language: Pick<Language, "code" | "unspaced" | "shortParagraphLength"> = DEFAULT_LANGUAGE,
  pageOrder?: NumericOrderSource,
): Assembled {
  const region = new Region(lines, start, end, language.unspaced, language.code);
  const body: Block[] = [];
  /** Where a review's close read from its first label ends (`reviewCloseEnd`): its labels up to there are headings. */
  let reviewCloseTo = start;
  let leadFigure: Figure | undefined;
  const addFigure = (figure: Figure) => {
    if (!leadFigure && !header.image && body.every((block) => block.type === "figure")) leadFigure = figure;
    else body.push({ type: "figure", ...figure });
  };
  /**
   * Whether a split byline's label at `at` stands where a byline does in the body: at its top, or closing the story
   * with no prose under it (an author box). Elsewhere the pair is a teaser's byline, and a name whose line runs on in
   * lower case ("filmed by" / "Ada Lee" / "who was walking there") is a sentence broken at a link.
   */
  const splitBylinePlace = (at: number) => {
    const after = at + 2 < end ? lines[at + 2] : undefined;
    if (after && !after.blankBefore && LOWER_CASE_START.test(after.text)) return false;
    return at < start + SPLIT_BYLINE_REACH || proseLinesIn(lines, at + 2, end) === 0;
  };
  // Where the story's paragraphs run (see `storyParagraphs`), found when a date line first asks.
  let story: StorySpan | undefined;
  /**
   * Whether the date line at `at` stands among the story's paragraphs, past its opening ones and over more: the story's
   * text ("Last updated: 3 March 2025" in a help page's list of changes, a comment quoted with its date), not a header
   * printed under the lead. A byline there still names the author.
   */
  const withinStory = (at: number) => {
    if (lines[at]!.date === undefined || lines[at]!.authors !== undefined) return false;
    story ??= storyParagraphs(lines, start, end);
    return at > story.opened && at < story.last;
  };
  /** The body's first line of prose (`end` for none), found once when first asked for. */
  let firstProse: number | undefined;
  /** Whether a paragraph of prose stands in the body above the line at `at`. */
  const proseAbove = (at: number) => {
    if (firstProse === undefined) {
      firstProse = start;
      while (firstProse < end && !isProse(lines[firstProse]!)) firstProse++;
    }
    return firstProse < at;
  };
  /** The page's short lines (headings among them), lower-cased, each with how often it stands: counted once when first asked for. */
  let shortLines: Map<string, number> | undefined;
  const shortLinesOfPage = () => {
    if (shortLines === undefined) {
      shortLines = new Map();
      for (let at = start; at < end; at++) {
        const other = lines[at]!;
        if (other.class !== "short") continue;
        const lower = other.lower.trim();
        shortLines.set(lower, (shortLines.get(lower) ?? 0) + 1);
      }
    }
    return shortLines;
  };
  let titleCaseHeadings = 0;
  /** Sentence-case headings standing alone under prose: captions of pictures when the page sets its headings in title case. */
  const captionLikeHeadings: { at: number; text: string }[] = [];

  /**
   * The last line of a related box whose label read no titles: the line under the label and those packed under it
   * ("Read more" / "2 March 2025" / "27 February 2025"), teasers' date lines.
   */
  let relatedBoxEnd = -1;

  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    const text = line.text;
    // A box's label in Chinese, Japanese or Korean (`CJK_BOX_LABEL`) over titles packed under it is read as its Latin
    // kin are; only here, where the region is already found, so the region's end keeps its own reading of it.
    const label = text.match(RELATED_LABEL) ?? text.match(CJK_BOX_LABEL);
    const related = label ? readRelatedList(region, i, label[1]!) : undefined;
    if (related) {
      body.push(related.block);
      i = related.last;
      continue;
    }
    if (label) {
      relatedBoxEnd = lastPackedUnder(lines, i + 1, end);
    }
    const relatedLink = readRelatedLink(
      line,
      i > start ? lines[i - 1] : undefined,
      i + 1 < end ? lines[i + 1] : undefined,
      shortLinesOfPage,
    );
    if (relatedLink) {
      body.push(relatedLink);
      continue;
    }
    const labelLength = text.length <= MAX_CONTENTS_LABEL_LENGTH;
    const toggled = labelLength && CONTENTS_TOGGLE_LABEL.test(text);
    if (toggled || (labelLength && CONTENTS_LABEL.test(text))) {
      const table = contentsTable(region, i, toggled);
      // The story's first section under the table is a heading wherever it stands (`echoesContents`).
      if (table.echo !== undefined) region.addContentsEcho(table.echo);
      i = table.last;
      continue;
    }
    if (region.inContents(i)) continue;
    if (line.class === "end") {
      // A box set into the story under a header like "Recommended": its packed lines are teasers, with their dates.
      i = lastPackedUnder(lines, i, end);
      continue;
    }
    if (line.class === "boilerplate") continue;
    // A screen reader's labels on a picture, joined to its source and caption by a comma ("Image source, Harbour
    // Pictures" / "Image caption, The pier at dawn"): the caption is a figure's, the source its credit, neither the
    // story's text. A source with no caption under it is dropped.
    const labelled = pictureLabel(text, line.lower, i + 1 < end ? lines[i + 1]!.lower : undefined);
    if (labelled) {
      const under =
        labelled.kind === "source" && i + 1 < end ? pictureLabel(lines[i + 1]!.text, lines[i + 1]!.lower, undefined, true) : undefined;
      if (labelled.kind === "caption") addFigure({ caption: labelled.text });
      else if (under?.kind === "caption") {
        addFigure({ caption: under.text, credit: labelled.text });
        i++;
      }
      continue;
    }
    // A poll set into the story: its label, its question and its options, down to its vote button.
    const pollEnd = line.words <= MAX_POLL_LABEL_WORDS ? pollBoxEnd(lines, i, end) : undefined;
    if (pollEnd !== undefined) {
      i = pollEnd;
      continue;
    }
    // A slideshow's counter alone ("1 of 6", "Bild 1 von 6"): the short line under it, of a few words, is the slide's
    // caption; a player's buttons there ("Full Screen", "Autoplay") are a word or two. A short sentence standing apart
    // there, full stop and all ("The bridge was closed again."), is read as it stands: as often the story's paragraph as
    // a caption. (Packed under the counter, the page's reading would lose it; a caption keeps its words.)
    if (isSlideCounter(line.lower) && !isTableRow(line) && !region.inCodeBlock(i)) {
      const slide = i + 1 < end ? lines[i + 1]! : undefined;
      if (
        slide &&
        isShortLine(slide) &&
        !(slide.sentenceEnd && slide.blankBefore) &&
        slide.words >= MIN_SLIDE_CAPTION_WORDS &&
        !isSlideCounter(slide.lower)
      ) {
        addFigure(splitCredit(slide.text));
        i++;
      }
      continue;
    }
    // A date line belongs to the header where the body opens; further down it is a related teaser's or a
    // comment's, never the story's own, and only page furniture. A byline anywhere in the body names the
    // story's author (an author box after the story), when the header has none.
    // A table's row that holds a date or a name ("4.2 | April 2014") is the table's, not a byline.
    // A date among the points a colon announces ("Extra sailings:" / "1 August 2025") under the story's first prose is
    // one of them; above any prose, a label's colon ("Date:", "Stand:") sets the header's own date under it.
    if (
      line.words <= MAX_META_LINE_WORDS &&
      isMetaLine(line) &&
      !isTableRow(line) &&
      !withinStory(i) &&
      !(region.inAnnouncedList(i) && proseAbove(i))
    ) {
      // A wire a source's label credits ("Zdroj: ČTK", "Source: Bloomberg") signs only in the header: in the body it is
      // as often a chart's or a picture's source, or a live feed's item's, as the story's.
      // A date in a related box under its label is a linked story's, however near the top: no header line.
      const top = i < start + DATE_REACH_INTO_BODY && i > relatedBoxEnd;
      if (!isSourceCredit(text) && (top || line.date === undefined)) absorbMeta(line, header, top, pageOrder);
      continue;
    }
    // So is a byline whose "By" stands on a line of its own over the names (no date: see `absorbSplitByline`), where a
    // byline stands in the body: at its top (the header stopped short of it) or closing the story (an author box).
    // An author's noun with its colon over the names ("Author:" / "Ada Lee") only at the body's top (see `signsAsAuthorLabel`).
    if (
      (isBylineLabelLine(text) ? splitBylinePlace(i) : signsAsAuthorLabel(lines, start, i)) &&
      absorbSplitByline(line, i + 1 < end ? lines[i + 1] : undefined, header, true)
    ) {
      i++;
      continue;
    }
    // A line that ends with a heading's link mark is a heading wherever it stands (see `endsWithHeadingLinkMark`); not
    // a bulleted one, as a wiki prints no bullet before a heading and a list's items may end with a bracketed word.
    if (line.words <= MAX_HEADING_WORDS && !BULLET.test(text) && endsWithHeadingLinkMark(text)) {
      const heading = withoutHeadingLinkMark(text);
      if (heading) body.push({ type: "heading", text: heading, level: SUBHEADING_LEVEL });
      continue;
    }
    const next = lines[i + 1];
    // A picture's alt text, then the same visible caption. A repeated note that opens with a mark ("^", "↑") is a
    // reference list quoting one source twice.
    if (next && next.text === text && line.words >= MIN_REPEATED_CAPTION_WORDS && /^[\p{L}\p{N}"“'‘(]/u.test(text)) {
      addFigure(splitCredit(text));
      i++;
      continue;
    }
    // A review's close (`reviewCloseEnd`): its labels over their points, read as a list, and over its verdict's paragraph.
    if (i >= reviewCloseTo && line.text.length <= MAX_REVIEW_LABEL_LENGTH && reviewLabel(line) !== undefined) {
      reviewCloseTo = reviewCloseEnd(lines, i, end) ?? i;
    }
    if (i < reviewCloseTo) {
      const label = reviewLabel(line);
      const pointsEnd = label === "merits" || label === "faults" ? reviewPointsEnd(lines, i, reviewCloseTo) : undefined;
      // A label with its colon ("Pros:") leads into its points as a line of the text; alone ("Pros") it heads them.
      if (label !== undefined)
        body.push(text.endsWith(":") ? { type: "paragraph", text } : { type: "heading", text, level: SUBHEADING_LEVEL });
      if (pointsEnd !== undefined) {
        body.push({ type: "list", ordered: false, items: lines.slice(i + 1, pointsEnd).map((point) => ({ text: point.text })) });
        i = pointsEnd - 1;
      }
      if (label !== undefined) continue;
    }
    const list = readList(region, i);
    if (list) {
      body.push(list.block);
      i = list.last;
      continue;
    }
    const quoted = quotedText(text);
    if (quoted && region.quotedElsewhere(quoted, i)) {
      const attribution = next?.text.match(ATTRIBUTION);
      body.push({ type: "quote", text: quoted, ...(attribution ? { attribution: attribution[1]! } : {}) });
      if (attribution) i++;
      continue;
    }
    const creditBelow = creditUnderCaption(region, i);
    if (creditBelow) {
      addFigure({ caption: text, credit: creditBelow });
      i++;
      continue;
    }
    // Only a credit known by its shape alone may be a heading naming its text; a label ("Fot.", "Foto:") says a picture's.
    if (isCreditedCaption(line) && !(creditOnly(text)?.labelled === false && namedUnder(region, i))) {
      addFigure(splitCredit(text));
      continue;
    }
    // A caption whose last sentence is its credit ("The pier after the storm. Photo: Ada Fenwick.").
    const credited = line.sentenceEnd ? closingCredit(text) : undefined;
    if (credited) {
      addFigure(credited);
      continue;
    }
    if (line.blankBefore && isClockTimeAlone(text)) {
      body.push({ type: "heading", text, level: SUBHEADING_LEVEL });
      continue;
    }
    // A summary box's label over its points heads them ("Key takeaways", "In sintesi"); a question closing the box
    // over the story's prose heads its first section. Over a line left out as the site's ("0:00 Intro", a video's
    // chapters) or as a table of contents' entry (the story's own headings) the label would head nothing.
    if (
      (isSummaryBoxLabel(line) &&
        i + 1 < end &&
        lines[i + 1]!.class !== "boilerplate" &&
        !region.inContents(i + 1) &&
        region.inAnnouncedList(i + 1)) ||
      region.closesSummaryBox(i)
    ) {
      body.push({ type: "heading", text, level: SUBHEADING_LEVEL });
      continue;
    }
    const openEnded = openEndedLine(region, i);
    if (openEnded === "teaser") continue;
    if (openEnded === "caption") {
      addFigure(splitCredit(text));
      continue;
    }
    if (isContentsHeading(region, i) || isSubHeading(region, i) || headsHatnotes(region, i, shortLinesOfPage)) {
      // Over another heading-shaped line, an item of a spaced list stays the text it was, not a heading.
      if (region.spacedItem(i) && !region.textBelow(i)) {
        body.push({ type: "paragraph", text });
        continue;
      }
      const setIn = headingCase(text);
      if (setIn === "title") titleCaseHeadings++;
      // A question heads its answer (an FAQ's entry) however the page sets its other headings: it captions no picture.
      else if (setIn === "sentence" && !endsWithQuestion(text) && line.blankBefore && line.blankAfter && isProse(region.previousContent(i)))
        captionLikeHeadings.push({ at: body.length, text });
      body.push({ type: "heading", text, level: SUBHEADING_LEVEL });
      continue;
    }
    // Stray short lines (a photographer's name, "Enlarge", a lone label) carry no article text; the short lines
    // of a code listing, a repeated card's fields ("Price: $20") and a lead-in to the text under it do.
    // A section break's marks alone ("* * *", "— — —", "※ ※ ※", "◆◆◆") run into the prose under them only where the copy
    // packs every line: they hold no text of the story either way.
    const runsIntoProse = !line.blankAfter && isProse(lines[i + 1]) && !isBreakMarks(text);
    if (
      isShortLine(line) &&
      !runsIntoProse &&
      !(i === end - 1 && isPackedClosingSentence(lines, i)) &&
      !isBriefLastParagraph(region, i, language) &&
      (line.words < MIN_KEPT_SHORT_LINE_WORDS || !line.blankBefore) &&
      !region.inCodeBlock(i) &&
      !region.repeatedField(i) &&
      !region.speakerTurn(i) &&
      !region.inAnnouncedList(i) &&
      !region.inPointsBlock(i) &&
      !isTableRow(line) &&
      !leadsIntoStory(region, i) &&
      !isBriefStorySentence(region, i) &&
      !inFactsBox(lines, i) &&
      !inStackedPair(region, i) &&
      // A heading packed over a list on a page copied with no blank line ("Ingredients" over "2 eggs"): the list's.
      !(!line.blankBefore && region.headsUnmarkedList(i))
    )
      continue;
    body.push({ type: "paragraph", text });
  }
  if (captionLikeHeadings.length > 0 && titleCaseHeadings >= captionLikeHeadings.length * TITLE_CASE_MAJORITY) {
    for (const { at, text } of captionLikeHeadings) body[at] = { type: "figure", caption: text };
  }
  completeHeadingSeries(body);
  completeLabelSeries(body);
  unstackSeriesCaptions(body);
  return leadFigure ? { body, leadFigure } : { body };
}
