import { keepShape } from "../_shapes.js";
import { isJobTitleLine } from "./byline.js";
import { parseDate } from "./date-line.js";
import {
  alikeItemsEnd,
  isOneWordItem,
  isButton,
  isPublisherBlurb,
  isStandingHeading,
  opensWithCall,
  PROMOTION_LINE_WORDS,
  PROMOTION_LINES,
  reviewCloseEnd,
  unmarkedListItemsEnd,
} from "./assemble.js";
import {
  type ClassifiedLine,
  isBriefClosingSentence,
  isBriefSentence,
  isClosingSentence,
  isSignOff,
  isPackedClosingSentence,
  isProse,
  isStoryText,
  opensWithDigit,
  proseLinesIn,
} from "./classify.js";
import {
  AD_LABEL_SET,
  isEmbeddedPostSharer,
  isInStoryControl,
  isRelatedLabel,
  isPressNotesLabel,
  isCorrectionNote,
  isStoryNote,
  isSupportAppeal,
  REQUIRED_FIELD,
  SUPPORT_SIGNAL,
} from "./boilerplate.js";
import { JOIN_CALL } from "./call-to-action-words.js";
import { hasCredit } from "./caption.js";
import type { Language } from "./language.js";
import { RELATIVE_AGES, REVIEWER_WORD } from "./byline-labels.js";
import { opensWithGivenName } from "./given-names.js";
import { holdsEmailAddress } from "./headline.js";
import { isPersonName } from "./person-name.js";
import { OPENS_WITH_QUOTATION, QUOTATION, QUOTATION_MARK, QUOTES_SPEAKER } from "./quotation.js";
import { MIN_TEASER_TITLE_WORDS, READ_ON_PROMPTS, RELATED_ARTICLES, RELATED_HEADS, RELATED_HEADS_CJK } from "./related-words.js";
import { packedBlockEnd } from "./segment.js";
import { CAPITAL_OPENING, holdsCodePunctuation, SENTENCE_BREAK } from "./sentence.js";

export interface Region {
  /** First line of the body (inclusive). */
  start: number;
  /** Line after the body (exclusive). */
  end: number;
}

/**
 * How much a prose line counts, by its neighbours: an article's paragraphs
 * follow one another, while a teaser list ("most read", a news stream)
 * alternates a title with one summary (jusText's context smoothing, seen in
 * the devset's stream pages).
 */
function neighbourFactor(previous: ClassifiedLine | undefined, next: ClassifiedLine | undefined): number {
  const proseNeighbours = Number(isProse(previous)) + Number(isProse(next));
  return proseNeighbours === 2 ? 1 : proseNeighbours === 1 ? 0.8 : 0.3;
}

/**
 * Code punctuation, or a call: "print(x)", "x = f(", "Foo.bar (". Three tests, as one alternation would be tried at
 * every position; the call's pattern only on a line with a bracket (it read the first word of every prose line).
 */
function isCodeLike(text: string): boolean {
  return holdsCodePunctuation(text) || text.endsWith(")") || (text.includes("(") && /^[\w$.]+\s*\(/.test(text));
}

/** What a line of furniture costs (a share bar, a "Sponsored" label), and so the header of a box set into a story. */
const FURNITURE_WEIGHT = -25;
/** What a short line set between two lines of prose costs: a heading's or a caption's, little. */
const BETWEEN_PROSE_WEIGHT = -2;
/** What a short line among other short lines costs: a menu's item. */
const AMONG_SHORT_LINES_WEIGHT = -10;

/**
 * Whether the line at `at` is an ad's label set alone between a story's parts ("Advertisement", "Reklama"), where the ad
 * broke the story rather than ended it: two lines of the story follow it, a heading or a sentence, then a sentence or
 * prose. A single short line under an ad is as often a thank-you or a pitch under the story, and ads between single
 * lines in turn are a teaser list's.
 */
function isAdBreak(lines: readonly ClassifiedLine[], at: number): boolean {
  const line = lines[at]!;
  if (line.class !== "boilerplate" || !line.blankBefore || !line.blankAfter || !AD_LABEL_SET.has(line.lower)) return false;
  const [first, second] = [lines[at + 1], lines[at + 2]];
  return first !== undefined && (first.class === "short" || isProse(first)) && isStoryText(second);
}

/**
 * Fewest characters of a support box's appeal that the region's readers ask for (`isAppealLine`): a sentence asking for
 * money ("Please support us." is 18), longer than the share buttons and labels that most furniture lines are, which
 * this skips without reading them.
 */
const MIN_APPEAL_LENGTH = 18;

/**
 * Whether a line is a gesture's hint or a slideshow's or a player's button ("Tap to expand", "Next slide", "Video
 * abspielen") with prose on either side of it, past any furniture: the story goes on under it, so it costs what a
 * caption between paragraphs costs (a story's short closing paragraph under it stays, which a share bar's cost cut).
 * So does a support box's appeal wherever it stands (`isSupportAppeal`, furniture since round bd75): a box asking for
 * money is set between a story's paragraphs as often as under them, and read as prose before, it joined them; at the
 * story's foot the region's edge drops it still, as it drops all furniture there.
 * An embedded post's sharer's line ("A post shared by … (@…)") needs prose only under it: the line over it is the
 * post's notice, a control or, for a network whose notice no list holds ("View this post on X"), a short line.
 */
function isControlInStory(line: ClassifiedLine, previous: ClassifiedLine | undefined, next: ClassifiedLine | undefined): boolean {
  if (line.class !== "boilerplate") return false;
  if (isAppealLine(line)) return true;
  if (!isProse(next)) return false;
  return (isProse(previous) && isInStoryControl(line.lower)) || isEmbeddedPostSharer(line.text);
}

/** What a line adds to, or takes from, the case for being inside the article. */
function weight(line: ClassifiedLine, previous: ClassifiedLine | undefined, next: ClassifiedLine | undefined): number {
  switch (line.class) {
    case "good":
      return line.text.length * neighbourFactor(previous, next);
    case "medium":
      return line.text.length * 0.6 * neighbourFactor(previous, next);
    case "bad":
      return -line.text.length * 0.3;
    case "boilerplate":
      return FURNITURE_WEIGHT;
    case "end":
      // Reader comments and "most read" boxes can hold long prose; nothing after their header belongs to the article.
      return -100_000;
    case "short": {
      // Lines of code or of a table inside an article are short and packed like a menu, but menus never hold code punctuation.
      if (isCodeLike(line.text)) return BETWEEN_PROSE_WEIGHT;
      // A heading or caption stands between paragraphs; menu items stand among other short lines.
      return isProse(previous) && isProse(next) ? BETWEEN_PROSE_WEIGHT : AMONG_SHORT_LINES_WEIGHT;
    }
  }
}

/** Lines of a packed block of labels that cost in full; the rest of the block costs little. */
const FULL_COST_LABELS = 10;

/**
 * Whether each line stands in a block (lines packed without a blank line) that holds no prose: a menu, or the
 * controls of a player or widget set into a story.
 */
function labelOnlyBlocks(lines: readonly ClassifiedLine[]): Uint8Array {
  const labelOnly = new Uint8Array(lines.length);
  for (let start = 0, end = 0; start < lines.length; start = end) {
    end = packedBlockEnd(lines, start, lines.length);
    let hasProse = false;
    for (let i = start; i < end && !hasProse; i++) hasProse = isProse(lines[i]);
    if (!hasProse) labelOnly.fill(1, start, end);
  }
  return labelOnly;
}

/** Lines of prose that must follow a box set into a story, one after another, for the story to go on under it. */
const MIN_PROSE_UNDER_BOX = 2;

/**
 * Whether each line heads a box set between a story's paragraphs under a header like what follows a story
 * ("Recommended reading" over three packed titles and their authors): prose right above it, its packed lines holding
 * no prose, and paragraphs going on right under it. Such a header parts the story rather than ending it; `boxAbove`
 * finds the same box when the search has started under it.
 */
function boxesInStory(lines: readonly ClassifiedLine[]): Uint8Array {
  const inStory = new Uint8Array(lines.length);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.class !== "end" || !line.blankBefore || !isProse(lines[i - 1])) continue;
    let j = i + 1;
    while (j < lines.length && j - i <= MAX_BOX_LINES && !lines[j]!.blankBefore && !isProse(lines[j]) && lines[j]!.class !== "end") j++;
    if (j - i > MAX_BOX_LINES || j === i + 1 || j >= lines.length || !lines[j]!.blankBefore) continue;
    let prose = 0;
    while (prose < MIN_PROSE_UNDER_BOX && isProse(lines[j + prose])) prose++;
    if (prose >= MIN_PROSE_UNDER_BOX) inStory[i] = 1;
  }
  return inStory;
}

/**
 * A related label on a line of its own, read from the lower-cased line, its words an alternation: perhaps in brackets
 * ("【関連記事】", "[관련기사]"), perhaps closing on a colon.
 */
function relatedLabelLine(words: string): RegExp {
  return new RegExp(`^[【[]?(?:${words})[】\\]]?\\s*[:：]?$`, "u");
}
/** Heads of a list of other stories ("Related coverage", "Mehr zum Thema", "Noticias relacionadas", "【関連記事】"). */
const RELATED_LIST_HEADS = `${RELATED_HEADS}|${RELATED_ARTICLES}|${RELATED_HEADS_CJK}`;
/** A related box's label: a prompt to read on or the head of a list of other stories ("Lesen Sie auch:", "관련기사"). */
const RELATED_BOX_LABEL = relatedLabelLine(`${READ_ON_PROMPTS}|${RELATED_LIST_HEADS}`);
/** Most titles a related box set into a story lists under its label; a longer list is a section of teasers. */
const MAX_BOX_TITLES = 3;
/**
 * Fewest words of the story's paragraph under a related box: a teaser's summary is a sentence or so, the story's own
 * paragraphs run longer (a CJK line counts a word for every two characters or so).
 */
const MIN_STORY_PARAGRAPH_WORDS = 15;

/**
 * Whether a line reads as a paragraph of the story going on under a box: prose set apart (a teaser's summary is packed
 * under its title), ending as a sentence, and long.
 */
function isStoryParagraph(line: ClassifiedLine | undefined): boolean {
  return isProse(line) && line!.blankBefore && line!.sentenceEnd && line!.words >= MIN_STORY_PARAGRAPH_WORDS;
}

/**
 * Where the titles of a related box end when its label stands at `at`: the label on a line of its own with prose
 * right above it, and one to `MAX_BOX_TITLES` title lines packed under it (`isBoxTitle`). Undefined when no such box
 * opens at `at`.
 */
function relatedBoxTitlesEnd(lines: readonly ClassifiedLine[], at: number): number | undefined {
  const label = lines[at];
  if (label === undefined || isProse(label) || label.text.length > MAX_RELATED_HEADER_LENGTH) return undefined;
  if (!isProse(lines[at - 1]) || !RELATED_BOX_LABEL.test(label.lower)) return undefined;
  let next = at + 1;
  while (next - at <= MAX_BOX_TITLES && isBoxTitle(lines[next])) next++;
  return next > at + 1 ? next : undefined;
}

/**
 * Where a related box set into the story ends when its label stands at `at` (`relatedBoxTitlesEnd`), with the story
 * going on under it (`storyGoesOnUnder`). Pages set such boxes between their paragraphs, and right above the last one,
 * so the box parts the story rather than ending it. A related list closing the story has teasers with summaries,
 * comments or a newsletter's box under it instead.
 * Returns the line after the box's last title, or undefined when no such box opens at `at`.
 */
function relatedBoxInStoryEnd(lines: readonly ClassifiedLine[], at: number): number | undefined {
  const titlesEnd = relatedBoxTitlesEnd(lines, at);
  return titlesEnd !== undefined && storyGoesOnUnder(lines, titlesEnd) ? titlesEnd : undefined;
}

/**
 * Whether the story goes on under a related box at `at`, the line after its titles: a paragraph of the story
 * (`isStoryParagraph`), then more prose or, as the story's last, a paragraph in the story's own words with only the
 * page's chrome under it (`closesStory`). A box closing the story has a lone long block under it too (the author's
 * note, a newsletter's pitch, a reader's comment, a sidebar's blurb), then only chrome.
 */
function storyGoesOnUnder(lines: readonly ClassifiedLine[], at: number, closes = closesStoryQuoting): boolean {
  return isStoryParagraph(lines[at]) && (isProse(lines[at + 1]) || closes(lines, at));
}

/**
 * Whether the paragraph at `at` closes the story (`closesStory`) and quotes a speaker (`QUOTES_SPEAKER`). Under a
 * list's head that would end the story, the voice tests alone are not enough: a bio, a pitch or a funder's note in
 * words they do not know reads as a story's paragraph, where a kicker quote is the story's.
 */
function closesStoryQuoting(lines: readonly ClassifiedLine[], at: number): boolean {
  return QUOTES_SPEAKER.test(lines[at]!.text) && closesStory(lines, at);
}

/**
 * A first person singular, lower-cased ("me", "my", "ich", "mein…", "j'", "moi", "yo", "mi", "io", "mio", "eu", "meu",
 * "minha", "ik", "mijn"; French "je" is `FRENCH_JE`): a reader's comment tells of the reader, where a news story tells
 * of others. Words that are others in another language are left out (Italian "ma" is "but", Spanish "mes" is "month",
 * French "mi-juin" is mid-June), and Portuguese "eu" counts only where no French "avoir" stands before it ("il a eu").
 */
const FIRST_PERSON_SINGULAR =
  /(?<![\p{L}\p{N}])(?:me|my|ich|mich|mir|mein\p{L}*|j['’]|moi|mon|yo|mi(?!-)|mis|conmigo|io|mio|mia|miei|meu|meus|minha|minhas|comigo|ik|mij|mijn|(?<!(?:^|\s)(?:a|ai|as|avons|avez|ont|avait|avaient|aurait|auraient|aura|auront|avoir|ayant)\s)eu)(?![\p{L}\p{N}])/u;
/**
 * English "I" in the line as printed: within a sentence, over a word in lower case ("… since I was a child"), or with
 * its verb joined on ("I'm", "I've"). Lower-cased or opening a line, it is as often Italian's article ("I lavori").
 */
const ENGLISH_I = /(?<=[\p{L},;] )I (?=\p{Ll})|(?<![\p{L}\p{N}])I['’](?:m|ve|d|ll)(?![\p{L}\p{N}])/u;

/** French "je", which is Dutch "you"; it counts only in a line with no Dutch article or negation (`DUTCH_WORDS`). */
const FRENCH_JE = /(?<![\p{L}\p{N}])je(?![\p{L}\p{N}])/u;
/** Dutch words French never sets alone, lower-cased ("het", "een", "niet", "wie", "dat"). */
const DUTCH_WORDS = /(?<![\p{L}\p{N}])(?:het|een|niet|wie|dat)(?![\p{L}\p{N}])/u;
/**
 * A capitalised word within a sentence or a word in capitals, as printed: a name or an acronym ("Mia", "Mich.", "EU",
 * "ME"), never the first person those letters spell in lower case.
 */
const NAME_OR_ACRONYM = /(?<=[\p{L}\p{N},;] )\p{Lu}[\p{L}.]*|(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu;

/** Whether a line speaks as "I" outside a quotation (see `FIRST_PERSON_SINGULAR`, `FRENCH_JE`, `ENGLISH_I`). */
function speaksAsI(line: ClassifiedLine): boolean {
  const unquoted = line.text.replace(QUOTATION, " ");
  const words = unquoted.replace(NAME_OR_ACRONYM, " ").toLowerCase();
  if (FIRST_PERSON_SINGULAR.test(words) || (FRENCH_JE.test(words) && !DUTCH_WORDS.test(words))) return true;
  return ENGLISH_I.test(unquoted);
}

/**
 * A German call in the polite form opening the line as printed, the verb before "Sie" ("Laden Sie die App …", "Melden
 * Sie sich an …"): the site speaking to its reader, where a story's sentence opens on its subject.
 */
const POLITE_CALL = /^\p{L}{2,20}en Sie(?![\p{L}\p{N}])/u;

/** A reader's comment's reply button, lower-cased ("Reply", "Antworten", "Répondre", "Responder", "Rispondi", "返信"). */
const REPLY_BUTTON = /^(?:reply|antworten|répondre|responder|rispondi|beantwoorden|返信|回复|回覆|답글(?:쓰기)?)$/u;
/**
 * A paragraph opening on the page itself, lower-cased ("This article is for general information only …", "Dieser
 * Beitrag …", "Cet article …", "Este artículo …", "Questo articolo …", "Este artigo …"): a disclaimer's or a
 * correction's note, where a story tells of its subject.
 */
const SPEAKS_OF_ITSELF =
  /^(?:this (?:article|story|post|page)|(?:dieser|unser) (?:artikel|beitrag|text)|cet article|este (?:artículo|artigo|texto)|questo articolo|dit artikel)\s/u;

/**
 * Whether a paragraph opens as someone's bio: a name, a copula and a job a bio names ("Jane Doe is a reporter at …",
 * "Lena Brandt ist Redakteurin …", "Léna Brandt est journaliste …"), or a name and a verb of writing ("Ada Fenwick
 * covers the harbour …", `WRITES_OPENING`), not a report of speech.
 */
function opensAsBio(line: ClassifiedLine): boolean {
  const bio = (BIO_OPENING.test(line.text) && BIO_JOB.test(line.lower)) || WRITES_OPENING.test(line.text);
  return bio && !SPEECH_WORD.test(line.lower);
}

/**
 * Lines under the story's last paragraph looked through for what tells a block closing the page from it: a block's
 * controls, a live blog's time stamp and its next entry, a teaser's title and summary.
 */
const CHROME_REACH = 4;

/** A line closing on a colon, as a lead-in to what follows it does. */
const LEADS_IN = /[:：]\s*$/u;

/**
 * Whether a paragraph speaks in a story's own words: not the site's ("we", `isProseAsWe`), not a reader's (a first
 * person singular), no call to act or to subscribe (`opensWithCall`, `CHANNEL_CALL`, `POLITE_CALL`), no pitch naming
 * the reader's own (`offersReader`: "… in your inbox"), no newsroom's note (`isStoryNote`), no note on the page itself
 * (`SPEAKS_OF_ITSELF`), no bio (`opensAsBio`), no caption with its credit, no lead-in closing on a colon.
 */
function speaksInStoryVoice(line: ClassifiedLine): boolean {
  // A paragraph closing on a colon leads into what is under it (a list of providers, a form), closing nothing.
  if (LEADS_IN.test(line.text)) return false;
  if (isProseAsWe(line) || speaksAsI(line) || opensWithCall(line) || CHANNEL_CALL.test(line.lower) || POLITE_CALL.test(line.text))
    return false;
  if (offersReader(line) || isStoryNote(line.lower) || SPEAKS_OF_ITSELF.test(line.lower) || opensAsBio(line)) return false;
  return !hasCredit(line.text);
}

/**
 * Whether the paragraph at `at`, the last prose under a related box, closes the story in its own words
 * (`speaksInStoryVoice`, and no reader's reply button under it); and under it, for `CHROME_REACH` lines or up to a
 * section's end, nothing but lines ending no sentence and furniture (a live blog's next entry or another teaser's
 * summary ends a sentence there).
 */
function closesStory(lines: readonly ClassifiedLine[], at: number): boolean {
  if (!speaksInStoryVoice(lines[at]!)) return false;
  if (lines[at + 1] !== undefined && REPLY_BUTTON.test(lines[at + 1]!.lower)) return false;
  for (let i = at + 1; i < Math.min(lines.length, at + 1 + CHROME_REACH) && lines[i]!.class !== "end"; i++)
    if (lines[i]!.class !== "boilerplate" && (lines[i]!.sentenceEnd || isProse(lines[i]))) return false;
  return true;
}

/**
 * Whether a line may be a title listed in a related box: packed under the label or the title above (a box is one
 * block; a label set apart over its list heads a section of the page), neither prose, a sentence nor a section's end.
 */
function isBoxTitle(line: ClassifiedLine | undefined): boolean {
  return line !== undefined && !line.blankBefore && !isProse(line) && !line.sentenceEnd && line.class !== "end";
}

/** Whether each line stands in a related box set into the story (`relatedBoxInStoryEnd`), its label or a title. */
function relatedBoxesInStory(lines: readonly ClassifiedLine[]): Uint8Array {
  const inBox = new Uint8Array(lines.length);
  for (let i = 1; i < lines.length; i++) {
    const boxEnd = relatedBoxInStoryEnd(lines, i);
    if (boxEnd !== undefined) inBox.fill(1, i, boxEnd);
  }
  return inBox;
}

/** Fewest rows of a table copied as text: its header and one row, each a line whose cells tabs part. */
const MIN_TABLE_ROWS = 2;
/** Most short lines between a table's last row and the story going on under it: a source's note and a heading. */
const MAX_TABLE_NOTES = 2;
/** What a row of a table set into a story costs: nothing, as the table is the story's own figures, however long. */
const TABLE_ROW_WEIGHT = 0;

/** A heading over a table, or a note under it ("Source: …"): a short line, not furniture nor a row. */
function isTableLabel(line: ClassifiedLine | undefined): boolean {
  return line !== undefined && line.class === "short" && !line.tabbed;
}

/**
 * Whether the story goes on under a table whose last row is above `at`: right under it, a paragraph of the story
 * going on or closing it in its own words (`storyGoesOnUnder` with `closesStory`), or, past up to `MAX_TABLE_NOTES`
 * short lines, two lines of prose; the first of them in a story's words (`speaksInStoryVoice`), as a newsletter's
 * pitch and its terms under chrome are two lines of prose too. Chrome laid out in rows under a story (a markets
 * ticker, a TV listing, "most read" with counts) has a single note, a pitch or a teaser's summary under it, then more
 * chrome.
 */
function storyGoesOnUnderTable(lines: readonly ClassifiedLine[], at: number): boolean {
  let next = at;
  while (next - at < MAX_TABLE_NOTES && isTableLabel(lines[next])) next++;
  if (!isProse(lines[next]) || !speaksInStoryVoice(lines[next]!)) return false;
  return storyGoesOnUnder(lines, at, closesStory) || isProse(lines[next + 1]);
}

/**
 * Whether each line stands in a table set into a story, a row or the heading and notes around it: rows copied as
 * tab-parted lines packed one under another (election results, a league table, a timetable), under two lines of prose
 * or a heading under them (a menu's grid in rows has at most a banner's lone line of prose over it, then the
 * headline), with the story going on under them (`storyGoesOnUnderTable`). Each row, a short line among short lines,
 * cost what a menu's item costs, and a table of a dozen rows ended the story at its heading.
 */
function tablesInStory(lines: readonly ClassifiedLine[]): Uint8Array {
  const inTable = new Uint8Array(lines.length);
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i]!.tabbed || lines[i - 1]!.tabbed) continue;
    let end = i + 1;
    while (end < lines.length && lines[end]!.tabbed && !lines[end]!.blankBefore) end++;
    if (end - i < MIN_TABLE_ROWS) continue;
    const heading = isTableLabel(lines[i - 1]) ? i - 1 : i;
    if (!isProse(lines[heading - 1]) || !isProse(lines[heading - 2]) || !storyGoesOnUnderTable(lines, end)) continue;
    let notesEnd = end;
    while (notesEnd - end < MAX_TABLE_NOTES && isTableLabel(lines[notesEnd])) notesEnd++;
    inTable.fill(1, heading, notesEnd);
    i = end - 1;
  }
  return inTable;
}

/**
 * The article body is the stretch of lines where prose outweighs furniture:
 * the maximum-sum run of line weights (Kadane). Long prose lines pull the
 * region open; runs of menu items, prompts and section ends close it.
 */
export function findRegion(lines: readonly ClassifiedLine[]): Region {
  // The best run so far, in three numbers: an object made anew at each gain cost a long page one per line.
  let bestStart = 0;
  let bestEnd = 0;
  let bestSum = -Infinity;
  let runStart = 0;
  let runSum = 0;
  // Neighbours skip furniture: an "Advertisement" line between two paragraphs does not part them.
  // Found in one pass each way; searching from every line made a long menu cost the square of its length.
  // So does a related box set into the story: it costs what a heading between paragraphs costs.
  const relatedBoxes = relatedBoxesInStory(lines);
  const isContent = (at: number) => at < lines.length && lines[at]!.class !== "boilerplate" && relatedBoxes[at] === 0;
  const nextContent = new Array<ClassifiedLine | undefined>(lines.length);
  for (let i = lines.length - 1; i >= 0; i--) nextContent[i] = isContent(i + 1) ? lines[i + 1] : nextContent[i + 1];
  let previousContent: ClassifiedLine | undefined;
  // A block of labels is one interruption, however many controls it lists: past its first lines they cost
  // little, so a story split by an embedded player still joins up. Blocks with prose (teasers) cost in full.
  const labelOnly = labelOnlyBlocks(lines);
  const boxHeaders = boxesInStory(lines);
  // A table set into a story costs nothing for its rows and what a heading costs for the lines around it.
  const tables = tablesInStory(lines);
  /** What line `i` costs where it stands: in a box's header, a table, a related box, an ad break, or on its own. */
  const placedWeight = (i: number, previousContent: ClassifiedLine | undefined): number => {
    const line = lines[i]!;
    if (boxHeaders[i] === 1) return FURNITURE_WEIGHT;
    if (tables[i] === 1) return line.tabbed ? TABLE_ROW_WEIGHT : BETWEEN_PROSE_WEIGHT;
    if (relatedBoxes[i] === 1) return BETWEEN_PROSE_WEIGHT;
    // An ad that breaks the story costs nothing: the story goes on under it.
    if (isAdBreak(lines, i)) return 0;
    if (isControlInStory(line, previousContent, nextContent[i])) return BETWEEN_PROSE_WEIGHT;
    return weight(line, previousContent, nextContent[i]);
  };
  let packedLines = 0;
  for (let i = 0; i < lines.length; i++) {
    packedLines = lines[i]!.blankBefore ? 0 : packedLines + 1;
    const fullWeight = placedWeight(i, previousContent);
    const w =
      packedLines >= FULL_COST_LABELS && labelOnly[i] === 1 && lines[i]!.class === "short"
        ? Math.max(BETWEEN_PROSE_WEIGHT, fullWeight)
        : fullWeight;
    if (isContent(i)) previousContent = lines[i];
    if (runSum <= 0) {
      runStart = i;
      runSum = w;
    } else {
      runSum += w;
    }
    if (runSum > bestSum) {
      bestStart = runStart;
      bestEnd = i + 1;
      bestSum = runSum;
    }
  }
  // Trim furniture at the edges: the region starts and ends with content.
  let start = bestStart;
  let end = bestEnd;
  while (start < end && lines[start]!.class !== "good" && lines[start]!.class !== "medium") start++;
  while (end > start && lines[end - 1]!.class === "boilerplate") end--;
  const boxStart = boxAbove(lines, start);
  if (boxStart !== undefined) {
    // The story's opening paragraphs, above a box set into it: they join the region when they run up to the box.
    const above = findRegion(lines.slice(0, boxStart));
    if (above.end > above.start && lines.slice(above.end, boxStart).every((line) => line.class === "boilerplate")) start = above.start;
  }
  return { start, end };
}

/** Most lines a box set into a story holds ("Recommended" and three teasers with their bylines and dates). */
const MAX_BOX_LINES = 12;

/**
 * The first line of a box packed right above the region and headed like what follows a story ("Recommended",
 * "Most read"), with prose right above it: a box the page sets between the story's paragraphs, which the
 * region's search took for the story's end. Undefined when there is none.
 */
function boxAbove(lines: readonly ClassifiedLine[], start: number): number | undefined {
  for (let i = start - 1; i >= Math.max(0, start - MAX_BOX_LINES); i--) {
    const line = lines[i]!;
    if (isProse(line)) return undefined;
    if (line.class === "end") return line.blankBefore && isProse(lines[i - 1]) ? i : undefined;
    // Packed without blank lines: a comment thread or a menu between blocks is not one box.
    if (line.blankBefore) return undefined;
  }
  return undefined;
}

/**
 * A picture's caption with its credit, set on its own between a story's paragraphs: the story goes on under it. A
 * heading or a control is left out: they as often close a newsletter's or a shop's box under the story.
 */
function isCaptionBetween(line: ClassifiedLine | undefined): boolean {
  return line?.blankBefore === true && line.blankAfter && line.class === "short" && !line.sentenceEnd && hasCredit(line.text);
}

/**
 * A heading over or under a list set into a story's close (`storyListEnd`): a sub-heading standing apart, and none of
 * the labels that head what follows a story: a section's end ("Comments", "Trending", "Read next"), a related-stories
 * label ("À lire aussi"), a picture's credit ("Photo: Ada Lee") or a commenter's name over the comment.
 */
function isStoryListHeading(line: ClassifiedLine | undefined, isRelatedLabel: (text: string) => boolean): boolean {
  return (
    isStandingHeading(line) && line!.class === "short" && !isRelatedLabel(line!.text) && !hasCredit(line!.text) && !isPersonName(line!.text)
  );
}

/**
 * Whether the paragraph under a list is the site's, not the story's: its description of itself (`isPublisherBlurb`) or
 * a call to the reader ("Download the free app today …"). Under a box of teasers, a menu or an app's pitch, such a line
 * reads as prose but closes the page, not the story.
 */
function isSitesLine(paragraph: ClassifiedLine): boolean {
  return isPublisherBlurb(paragraph) || opensWithCall(paragraph);
}

/**
 * On a page copied with no blank line at all, a list closing the story (`storyListEnd`): a heading-shaped line packed
 * right under a paragraph, over items packed a line each (`alikeItemsEnd`), over one last paragraph. A box under the
 * story ends in a prompt or a notice, not in prose. Undefined when none starts at `at`.
 */
function packedStoryListEnd(
  lines: readonly ClassifiedLine[],
  at: number,
  languageCode: string,
  isRelatedLabel: (text: string) => boolean,
): number | undefined {
  if (!isPackedHeading(lines[at], isRelatedLabel) || lines[at + 1]?.blankBefore !== false || !isProse(lines[at - 1])) return undefined;
  // Words alone are the story's list only under a heading naming what the reader needs (`THINGS_LIST_HEADING`).
  const wordsAlone = isOneWordItem(lines[at + 1]!);
  if (wordsAlone && !THINGS_LIST_HEADING.test(lines[at]!.lower)) return undefined;
  const listEnd = alikeItemsEnd(lines, at + 1, lines.length, languageCode);
  if (listEnd === undefined) return undefined;
  // The story's last section may open under the list, its heading packed over its paragraph ("How to bake it" / …), as
  // assemble reads it (`Region.packedPageListEnd`); not a button ("Buy now") over a teaser's summary. Only a heading
  // opening with a capital: in a script without case (Chinese, Japanese) a teaser's title over its summary has the
  // same shape. Not under words alone (`TAGS_ROW_OVER_TEASER`).
  const under = lines[listEnd];
  const sectionAt =
    isPackedHeading(under, isRelatedLabel) &&
    CAPITAL_OPENING.test(under!.text) &&
    !isButton(under!) &&
    !wordsAlone &&
    !readsAsTeaserTitles(lines, at + 1, listEnd)
      ? listEnd + 1
      : listEnd;
  const paragraph = lines[sectionAt];
  return paragraph !== undefined && !paragraph.blankBefore && isProse(paragraph) && !isSitesLine(paragraph) ? sectionAt + 1 : undefined;
}

/**
 * Whether the items from `at` to `end` are all of `MIN_TEASER_TITLE_WORDS` or more: a box of teasers' titles under its
 * label ("Editor's picks" / "Rail fares to rise again in January" / …), over which the next box's label and first
 * summary are packed ("Weather" / "Sunny spells …"), not a list with its last section's heading under it
 * (`packedStoryListEnd`). A list's items ("500g rolled oats", "A pinch of salt") hold some shorter ones, or open with
 * their quantities ("2 tablespoons of runny honey").
 */
function readsAsTeaserTitles(lines: readonly ClassifiedLine[], at: number, end: number): boolean {
  // A figure opening an item is a quantity ("2 tablespoons of runny honey"), as a list's items open and titles seldom do.
  for (let i = at; i < end; i++) if (lines[i]!.words < MIN_TEASER_TITLE_WORDS || opensWithDigit(lines[i]!.text)) return false;
  return true;
}

/**
 * A heading that names what a reader needs, lower-cased, alone on its line: a recipe's ingredients, a guide's tools or
 * a trip's kit ("Ingredients", "What you need", "Tools", "Packing list", "Zutaten", "Ingrédients", "Il vous faut",
 * "Lo que necesitas", "Occorrente", "Vai precisar", "Benodigdheden"), perhaps for whom or with a note ("Ingredients
 * for four", "Zutaten (für 4 Personen)"). At the story's foot, words alone under it are the story's list
 * (`storyListEnd`, `packedStoryListEnd`); under any other label ("Sections", "Read in", "React", "Thèmes", "People",
 * "Contact the author") they are a box's links, and the paragraph under them the site's (its blurb, a translation's
 * notice, a call to comment, a writer's bio) or a teaser's: labels of such boxes are too many to list.
 */
const THINGS_LIST_HEADING = new RegExp(
  "^(?:" +
    "ingredients|(?:what |things )?you(?:['’]ll| will)? need|tools|equipment|materials|supplies|what to (?:bring|pack|take)|" +
    "(?:packing|shopping|kit) list|" +
    "zutaten|(?:was |das )?(?:sie|du) brauch(?:en|st)|man braucht|materialien|material|werkzeug|ausrüstung|einkaufsliste|packliste|" +
    "ingrédients|(?:ce qu['’])?il (?:vous )?faut|matériel|ustensiles|liste de courses|" +
    "ingredientes|(?:lo que )?necesitas|necesitarás|materiales|utensilios|lista de la compra|" +
    "ingredienti|occorrente|cosa (?:ti |vi )?serve|materiale|attrezzatura|utensili|lista della spesa|" +
    "(?:o que |do que )?(?:vai |vais )?precisa(?:r)?|utensílios|lista de compras|" +
    "ingrediënten|benodigdheden|(?:wat )?je (?:hebt )?nodig(?: hebt)?|gereedschap|materialen|boodschappenlijst|paklijst" +
    ")(?: (?:for|für|pour|para|per|voor) [^:()]+| ?\\([^()]*\\))? ?[:：]?$",
);

/*
 * TAGS_ROW_OVER_TEASER: under the story, words alone under a label ("Keywords" / "Harbour" / "Ferries", "Mots-clés" /
 * "Chorale" / "Musique") are a row of the story's tags or topics as often as a list of its own, and a title over a
 * paragraph under them is then the next story's or a teaser's ("Footbridge plans on hold" / its summary), in the same
 * shape as a last section's heading over its paragraph. So at the story's foot a list of words alone closes the story
 * only with its last paragraph right under it (`storyListEnd`, `packedStoryListEnd`); items of a few words each may
 * still have a section's heading between.
 */

/**
 * A heading packed into a page copied with no blank line (`packedStoryListEnd`): a short line that ends no sentence and
 * announces nothing with a colon, and no related stories' label, picture's credit or name.
 */
function isPackedHeading(line: ClassifiedLine | undefined, isRelatedLabel: (text: string) => boolean): boolean {
  return (
    line !== undefined &&
    !line.blankBefore &&
    line.class === "short" &&
    !line.sentenceEnd &&
    !line.text.endsWith(":") &&
    !isRelatedLabel(line.text) &&
    !hasCredit(line.text) &&
    !isPersonName(line.text)
  );
}

/**
 * The end of a list set into a story's close, starting at `at`: a list copied a short line an item, without marks or
 * with bullets (`unmarkedListItemsEnd`), perhaps under a heading of its own or packed under a line that announces it
 * with a colon; then perhaps a sub-heading; then a paragraph. The region's search lets such a close go, as the list's
 * short lines outweigh one paragraph. A menu or a teaser box under a story ends in furniture (a notice, a copyright,
 * a prompt), not in prose, or sits under a label of its own (`isStoryListHeading`); a menu's title-case items are no
 * list's points. Undefined when none starts at `at`.
 */
function storyListEnd(
  lines: readonly ClassifiedLine[],
  at: number,
  languageCode: string,
  isRelatedLabel: (text: string) => boolean,
): number | undefined {
  const packedEnd = packedStoryListEnd(lines, at, languageCode, isRelatedLabel);
  if (packedEnd !== undefined) return packedEnd;
  const listStart = isStoryListHeading(lines[at], isRelatedLabel) ? at + 1 : at;
  const first = lines[listStart];
  if (first === undefined || !(first.blankBefore || lines[listStart - 1]!.text.endsWith(":"))) return undefined;
  // Items each standing apart, as a page setting each in a block of its own copies them, under a heading of the list's
  // own standing apart (`alikeItemsEnd`): a packed block of short lines is asked first.
  const packedItemsEnd = unmarkedListItemsEnd(lines, listStart, lines.length, languageCode);
  const listEnd =
    packedItemsEnd ?? (listStart > at && first.blankAfter ? alikeItemsEnd(lines, listStart, lines.length, languageCode) : undefined);
  // A name alone on a line signs off a box under the story ("Thank you." over a name and a role): points name no one.
  if (listEnd === undefined || lines.slice(listStart, listEnd).some((line) => isPersonName(line.text))) return undefined;
  // Words alone set apart under a label are the story's list only right over its paragraph (`TAGS_ROW_OVER_TEASER`),
  // and only under the story's prose: under a short question or line hopped over at the foot ("How did this story make
  // you feel?" / "Happy" / "Sad" / …) they are a poll's or a reaction bar's answers.
  const wordsAlone = packedItemsEnd === undefined && isOneWordItem(first);
  // Under any heading but one naming what the reader needs, they are a box's links (`THINGS_LIST_HEADING`).
  if (wordsAlone && (!isProse(lines[at - 1]) || !THINGS_LIST_HEADING.test(lines[at]!.lower))) return undefined;
  const underSubHeading = !wordsAlone && isStoryListHeading(lines[listEnd], isRelatedLabel);
  const paragraphAt = underSubHeading ? listEnd + 1 : listEnd;
  const paragraph = lines[paragraphAt];
  // A prompt is no prose (its class is furniture's), so a newsletter's pitch ends the story here. A short closing
  // sentence is the story's only under a sub-heading of its own ("Availability" / "Picker X2 ships in the autumn."):
  // right under a box of teasers or tags, a short sentence is as often the page's notice ("Photos are available on
  // request.").
  if (paragraph === undefined || isSitesLine(paragraph)) return undefined;
  return paragraph.blankBefore && (isProse(paragraph) || (underSubHeading && isClosingSentence(paragraph))) ? paragraphAt + 1 : undefined;
}

/** How far up a story's earlier sub-heading is looked for (`headsSectionAbove`): a long story's sections run to a few dozen lines. */
const SECTION_HEADING_REACH = 60;

/**
 * Whether a sub-heading standing apart between two paragraphs (`isStoryListHeading`) stands within
 * `SECTION_HEADING_REACH` lines above `at`: the story sets its sections apart. A headline over its deck has none over it.
 */
function headsSectionAbove(lines: readonly ClassifiedLine[], at: number, isRelatedLabel: (text: string) => boolean): boolean {
  let proseBelow = false;
  for (let i = at - 1; i >= Math.max(0, at - SECTION_HEADING_REACH); i--) {
    const line = lines[i]!;
    if (isProse(line)) proseBelow = true;
    else if (proseBelow && isProse(lines[i + 1]) && isProse(lines[i - 1]) && isStoryListHeading(line, isRelatedLabel)) return true;
  }
  return false;
}

/**
 * The end of the paragraphs set apart from `at` on, as a section's text runs under its heading or its first short
 * sentence: prose or short closing sentences (`isStoryText`), not the site's own (`isSitesLine`) nor a writer's bio
 * (`opensAsBio`), which close the page.
 */
function sectionProseEnd(lines: readonly ClassifiedLine[], at: number): number {
  let i = at;
  while (isStoryText(lines[i]) && lines[i]!.blankBefore && !isSitesLine(lines[i]!) && !opensAsBio(lines[i]!)) i++;
  return i;
}

/** Most captions in a row the story's end is carried across: a photo story sets two or three by its last paragraphs. */
const MAX_CAPTIONS_BETWEEN = 3;

/**
 * The end of a run of credited captions set apart (`isCaptionBetween`, up to `MAX_CAPTIONS_BETWEEN`) from `at`, with
 * the story's closing paragraph under them and no caption under that ("Geese at dusk. Photograph: Ada Lee" / "The
 * reed cutter at work. Photograph: Ada Lee" / "By March the water is back."). Captions and paragraphs in turn, or more
 * captions in a row, are a gallery's or a teaser list's under the story; a credit alone under the paragraph ("All
 * photographs by Ada Lee") is neither. Undefined when none starts at `at`.
 */
function captionsOverCloseEnd(lines: readonly ClassifiedLine[], at: number): number | undefined {
  let i = at;
  while (i < at + MAX_CAPTIONS_BETWEEN && isCaptionBetween(lines[i])) i++;
  if (i === at || !isStoryText(lines[i]) || (isCaptionBetween(lines[i + 1]) && isStoryText(lines[i + 2]))) return undefined;
  return i + 1;
}

/**
 * A chapter's line in an episode's or a video's list of chapters: its time into the recording, perhaps in brackets and
 * with hours ("00:00", "[04:12]", "1:02:30"), then its title ("04:12 A very hot June", "12:30 – Die Pläne").
 */
const CHAPTER_LINE = /^[([]?(?:(\d{1,2}):)?(\d{1,2}):(\d{2})[)\]]?\s*[-–—:·]?\s*[\p{L}\p{N}"“„«‘']/u;
/** Fewest chapters in a chapter list: two timed lines are as often a match's goals or a day's two events. */
const MIN_CHAPTERS = 3;
const SECONDS_IN_MINUTE = 60;
/** A quarter of an hour in minutes: a schedule's times of day fall on it ("06:00", "10:15"), a chapter's anywhere. */
const QUARTER_HOUR = 15;

/** Seconds into the recording a chapter's line opens at, or undefined for a line that is none (`CHAPTER_LINE`). */
function chapterSeconds(line: ClassifiedLine | undefined): number | undefined {
  const match = line === undefined ? null : CHAPTER_LINE.exec(line.text);
  if (match === null) return undefined;
  const [, hours, minutes, seconds] = match;
  return (Number(hours ?? 0) * SECONDS_IN_MINUTE + Number(minutes)) * SECONDS_IN_MINUTE + Number(seconds);
}

/**
 * A heading naming a recording's list of chapters. A list of times from 00:00 under any other heading is as often a
 * night's schedule, a race's splits or a night bus's stops, whose times need not fall on the quarter hours.
 */
const CHAPTERS_HEADING =
  /^(?:chapters|chapter markers|timestamps|kapitel|kapitelmarken|zeitmarken|chapitres|capítulos|capitoli|hoofdstukken|rozdziały|kapitoly|главы|таймкоды|bölümler)$/u;

/**
 * The end of a list of chapters at `at`, under a heading of its own (`CHAPTERS_HEADING`: "Timestamps", "Kapitel"):
 * `MIN_CHAPTERS` or more lines, each a time into the recording and a title (`CHAPTER_LINE`), the first at its start
 * ("00:00 Introduction") and each later than the one above, one at least off the quarter hour. A schedule's times
 * of day, read as minutes and seconds, often fall on quarter hours ("00:00 Night music" / "06:00 The breakfast
 * show"), and a live blog's entries run back in time. The story goes on under the list: a sub-heading of its own over
 * prose, or prose. Undefined when none starts at `at`.
 */
function chapterListEnd(lines: readonly ClassifiedLine[], at: number, isRelatedLabel: (text: string) => boolean): number | undefined {
  if (!isStoryListHeading(lines[at], isRelatedLabel) || !CHAPTERS_HEADING.test(lines[at]!.lower)) return undefined;
  const first = at + 1;
  let i = first;
  let last = chapterSeconds(lines[i]);
  if (last !== 0) return undefined;
  let offQuarter = false;
  for (i++; i < lines.length; i++) {
    const seconds = chapterSeconds(lines[i]);
    if (seconds === undefined || seconds <= last!) break;
    offQuarter ||= seconds % QUARTER_HOUR !== 0;
    last = seconds;
  }
  if (i - first < MIN_CHAPTERS || !offQuarter) return undefined;
  // Under an episode's chapters, a label heading a box of links elsewhere ("Further reading", "Mehr zum Thema") heads
  // the episode's notes when sentences stand under it: a box's titles end no sentence.
  const headed = isStoryListHeading(lines[i], isRelatedLabel) || (isStandingHeading(lines[i]) && lines[i]!.class === "short");
  const proseAt = headed ? i + 1 : i;
  const proseEnd = sectionProseEnd(lines, proseAt);
  return proseEnd > proseAt && lines[proseAt]!.sentenceEnd ? proseEnd : undefined;
}

/**
 * The body's maximum-sum run stops short of what closes an article: a last
 * short sentence ("The bridge was last repaired in 2009."), a list set before
 * the last paragraph (`storyListEnd`) or a related-stories list. Take those in,
 * up to the first line that is none of them.
 */
export function extendRegionEnd(
  lines: readonly ClassifiedLine[],
  end: number,
  isRelatedLabel: (text: string) => boolean,
  language: Language,
): number {
  const languageCode = language.code;
  let i = end;
  let hoppedCaption = false;
  let tookList = false;
  let hoppedAd = false;
  let tookLastSection = false;
  let tookReview = false;
  let tookChapters = false;
  // Where a closing paragraph the loop took ends: the story's last paragraph is right above that line too.
  let closedAt = end;
  // The first sentence of two or three words taken under a short closing sentence, not under the prose.
  let briefUnderShort: number | undefined;
  while (i < lines.length) {
    const line = lines[i]!;
    // Right under the story's last paragraph, a packed last sentence or one of two or three words (not a sign-off),
    // also under a short closing sentence taken here ("It will take years." / "Nobody minds." / "They have time.").
    // Under such a run, not the writer's one-line bio ("Ada Fenwick writes about rural life.", `opensAsBio`): right
    // under the prose, a bio of the byline's writer is left to the story's.
    // A closing sentence that no run goes on under (a question, a label, a note, `joinsClosingRun`) is taken too, but
    // no brief sentence is taken under it; under a run, it ends the story's close.
    if (isClosingSentence(line) && !(briefUnderShort !== undefined && (opensAsBio(line) || !joinsClosingRun(line)))) {
      i++;
      if (joinsClosingRun(line)) closedAt = i;
      continue;
    }
    if (
      i === closedAt &&
      (isPackedClosingSentence(lines, i) || isBriefClosingSentence(line, language)) &&
      (i === end || joinsClosingRun(line))
    ) {
      if (i !== end) briefUnderShort ??= i;
      closedAt = ++i;
      continue;
    }
    // A review's pros, cons and verdict: once (`reviewCloseEnd`).
    const reviewClose = tookReview ? undefined : reviewCloseEnd(lines, i, lines.length);
    if (reviewClose !== undefined) {
      tookReview = true;
      i = reviewClose;
      continue;
    }
    // Only one: a list and a paragraph over and over are teaser boxes, each a title or three over its summary.
    const listClose = tookList ? undefined : storyListEnd(lines, i, languageCode, isRelatedLabel);
    if (listClose !== undefined) {
      tookList = true;
      i = listClose;
      continue;
    }
    // Captions set between the story's last paragraphs part its closing paragraph from the rest ("The pier at dawn.
    // Photo: Ada Lee" / "No one was hurt."): the story goes on under them (`captionsOverCloseEnd`). Only one run.
    const captionsClose = hoppedCaption ? undefined : captionsOverCloseEnd(lines, i);
    if (captionsClose !== undefined) {
      hoppedCaption = true;
      i = captionsClose;
      continue;
    }
    // A list of an episode's chapters with the story going on under it (`chapterListEnd`), once.
    const chaptersClose = tookChapters ? undefined : chapterListEnd(lines, i, isRelatedLabel);
    if (chaptersClose !== undefined) {
      tookChapters = true;
      i = chaptersClose;
      continue;
    }
    // The story's last section, a sub-heading over one short closing sentence ("What happens next" / "The meeting starts
    // at 7pm."): the sentence weighs less than the heading costs, so the search let both go. Or a sub-heading over
    // paragraphs under a section's last line too short for a closing sentence ("Bring water."): that line and the
    // heading cost as a menu's items do, more than one paragraph weighs; not under a sign-off ("That's it.",
    // `SIGN_OFF`), which closes the story above a teaser's or a box's heading. Only in a story that sets its sections
    // apart with such headings already (`headsSectionAbove`): one heading and a sentence under a story without sections
    // are as often a box's (a newsletter's name over its pitch). Once.
    const sectionAt = isBriefSentence(line) && !isSignOff(line) ? i + 1 : i;
    const sectionText = lines[sectionAt + 1];
    if (
      !tookLastSection &&
      isStoryListHeading(lines[sectionAt], isRelatedLabel) &&
      (isClosingSentence(sectionText) || (sectionText?.blankBefore === true && isProse(sectionText))) &&
      headsSectionAbove(lines, sectionAt, isRelatedLabel)
    ) {
      tookLastSection = true;
      // The section's paragraphs under its first line weigh too little to outweigh the two lines' cost.
      i = sectionProseEnd(lines, sectionAt + 2);
      continue;
    }
    // An ad's label that breaks the story parts them the same way (see `isAdBreak`), once.
    if (!hoppedAd && isAdBreak(lines, i) && isClosingSentence(lines[i + 1])) {
      hoppedAd = true;
      i++;
      continue;
    }
    if (isRelatedLabel(line.text)) {
      let j = i + 1;
      while (j < lines.length && !lines[j]!.blankBefore && lines[j]!.class !== "end" && lines[j]!.text.length <= 200) j++;
      if (j === i + 1) break;
      i = j;
      continue;
    }
    break;
  }
  // Short sentences going on under that run, one too short for a brief sentence ("Closed on Mondays." / "Dogs are
  // welcome." / "Cards only."), are a box of facts set a line each: the story closed over the first of them.
  return briefUnderShort !== undefined && i === closedAt && isShortSentenceLine(lines[i]) ? briefUnderShort : i;
}

/**
 * A short line set apart that states something (`joinsClosingRun`), and no writer's bio (`opensAsBio`): a box's fact as
 * often as a story's.
 */
function isShortSentenceLine(line: ClassifiedLine | undefined): boolean {
  return line !== undefined && line.class === "short" && line.blankBefore && line.sentenceEnd && !opensAsBio(line) && joinsClosingRun(line);
}

/** A question's mark, in any of the ways the languages Dateline reads set one. */
const QUESTION_MARK = /[?？¿]/u;
/** A sentence's closing stop, dropped before a label's pattern is asked: pages set "Read more." as a sentence too. */
const CLOSING_STOP = /[.。]$/u;

/**
 * Whether a short line may go on a closing run of short sentences: it states something, asking nothing ("Did you enjoy
 * this?"), is no prompt to read on or related list's label set as a sentence (`RELATED_BOX_LABEL`: "Lees ook.",
 * "Lire aussi."), and no newsroom's note (`isStoryNote`: "This story has been updated."). Such lines close the page's
 * chrome under a story, not the story.
 */
function joinsClosingRun(line: ClassifiedLine): boolean {
  return !QUESTION_MARK.test(line.text) && !RELATED_BOX_LABEL.test(line.lower.replace(CLOSING_STOP, "")) && !isStoryNote(line.lower);
}

/**
 * A time a comment or a feed prints beside a name instead of a date: "4d", "20h", or a time ago (see `RELATIVE_AGES`),
 * alone or after the name ("Ann Lee · 2 hours ago"). Read from the lower-cased line.
 */
const RELATIVE_TIME = new RegExp(
  // The compact form only alone on its line: after other words, "… the 90s" would read as one.
  `^\\d{1,3}(?:s|m|min|h|d|w|mo|y)$|(?:^|[\\s·•|,–-])(?:${RELATIVE_AGES.join("|")})$`,
  "u",
);

const HAS_DIGIT = /\d/;
/** Most words of a stamp line: a name and a date, or a section, a name and a date ("Science Ann Lee 3 Nov 2025"). */
const MAX_STAMP_WORDS = 10;

/**
 * A stamp: a short line that is, or ends with, a date or a time ago, as a teaser prints its story's date and a
 * comment its author's. It counts only when packed with another line (its teaser's title, its comment's name):
 * a dated heading over a diary's entry stands alone between blank lines.
 */
function isStamp(lines: readonly ClassifiedLine[], at: number): boolean {
  const line = lines[at]!;
  if (line.words > MAX_STAMP_WORDS || isProse(line) || (line.blankBefore && line.blankAfter)) return false;
  // Every date and time ago holds a figure; most short lines hold none, and this test is far cheaper than the patterns.
  if (!HAS_DIGIT.test(line.text)) return false;
  return line.date !== undefined || RELATIVE_TIME.test(line.lower) || (!line.sentenceEnd && parseDate(line.text) !== undefined);
}

/** Fewest stamps that make a stream: two dated lines may be a story's own date and its update. */
const MIN_STREAM_STAMPS = 3;
/** Most lines between two stamps of one stream: a teaser's title and summary, or a comment's few paragraphs. */
const MAX_STAMP_GAP = 10;
/**
 * Fewest prose lines under a list of one-line dated entries for the story to resume there: one is as often the
 * site's blurb or a copyright line under a list of teasers.
 */
const MIN_PROSE_LINES_RESUMING = 2;

/**
 * Least share of the region's prose that must stand above a stream for it to be cut off: a page whose every entry
 * is stamped (a live blog, a diary) is all stream, and its article is the stream itself.
 */
const MIN_PROSE_ABOVE_STREAM = 0.4;
/**
 * Most prose below a stream, as a share of the prose above it, for the stream to close the article: more, and the
 * stream is a box set into the story (three dated teasers between its sections), which goes on under it.
 */
const MAX_PROSE_BELOW_STREAM = 0.15;

/**
 * Prose characters in any stretch of a region, from running sums made once: the end rules weigh what stands
 * above and below a cut, and walking the lines again for each would cost a long page several passes.
 */
export class ProseTally {
  /**
   * Prose characters before each line of the region, and after its last. A plain array made at its length and filled,
   * not pushed onto: growing it cost the 50 MB page of the bench a thirtieth of its time, and made at its length it is
   * quicker for a page of 80 lines too (a Float64Array cost more to make than the sums on such a page).
   */
  private readonly sums: number[];

  constructor(
    lines: readonly ClassifiedLine[],
    readonly start: number,
    readonly end: number,
  ) {
    const sums = new Array<number>(Math.max(0, end - start) + 1);
    let sum = 0;
    sums[0] = sum;
    for (let i = start; i < end; i++) {
      if (isProse(lines[i])) sum += lines[i]!.text.length;
      sums[i - start + 1] = sum;
    }
    this.sums = sums;
  }

  /** Prose characters in lines [from, to), clamped to the region. */
  between(from: number, to: number): number {
    return this.before(to) - this.before(from);
  }

  /** Prose characters of the region above `line`; a method, not a closure made at every ask. */
  private before(line: number): number {
    return this.sums[Math.max(0, Math.min(line, this.end) - this.start)]!;
  }
}

/** The shape of a tally, kept between pages (see `keepShape`). */
keepShape(new ProseTally([], 0, 0));

/**
 * The highest line worth reading for a box that closes the story (an author's bio, a list of other stories, a
 * form): the walk up from the region's last line goes on while the prose below the line stays within
 * `maxShareBelow` of the region's prose, as the same box high up stands in the story. Returns `end` when the region
 * has no line below its first.
 */
export function footTop(tally: ProseTally, start: number, end: number, maxShareBelow: number): number {
  const maxBelow = tally.between(start, end) * maxShareBelow;
  if (end - 1 <= start) return end;
  // The walk stops at the first line up from the end with more prose than that below it, and never above the line
  // under `start`. The prose below a line only grows as the line moves up, so that line is found by halving: three
  // end rules ask it of every page, and the walk took a quarter of the region's lines each time.
  let low = start + 2;
  if (tally.between(low, end) <= maxBelow) return start + 1;
  let high = end;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (tally.between(middle, end) > maxBelow) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Where a stream of stamped entries that runs to the end of the region (or past it) begins, as the first line of the packed
 * block holding its first stamp: after an article come lists of other stories, each with its date, and reader
 * comments, each with its author's name and time, whose summaries and replies read like prose. Returns `end` when
 * the region ends with no such stream.
 */
export function endBeforeStream(
  lines: readonly ClassifiedLine[],
  start: number,
  end: number,
  tally = new ProseTally(lines, start, end),
): number {
  const prose = (from: number, to: number) => tally.between(from, Math.min(to, end));
  let streamStart = -1;
  let stamps = 0;
  let lastStamp = -1;
  // The stream may run on past the region: its first entries, long enough to read as prose, pulled the region in.
  const reach = Math.min(lines.length, end + MAX_STAMP_GAP);
  for (let i = start; i <= reach; i++) {
    const stamp = i < reach && isStamp(lines, i);
    if (lastStamp >= 0 && (i === reach || (stamp && i - lastStamp > MAX_STAMP_GAP))) {
      // A stream ended: it closes the article when the article stands above it and little prose follows it.
      if (stamps >= MIN_STREAM_STAMPS && streamStart < end) {
        let cut = streamStart;
        while (cut > start && !lines[cut]!.blankBefore) cut--;
        const above = prose(start, cut);
        // Entries with no prose between their stamps are a line or two each (a story's own timeline, "3 May 2025 — Pier
        // closes"; a list of dated titles): when the story's prose goes on under the last one, that prose is no entry's
        // summary or comment. One paragraph there is as often the site's blurb under a list of teasers.
        const storyResumes =
          prose(streamStart, lastStamp) === 0 &&
          proseLinesIn(lines, lastStamp + 1, end, MIN_PROSE_LINES_RESUMING) >= MIN_PROSE_LINES_RESUMING;
        const lastEntryEnd = storyResumes ? lastStamp + 1 : lastStamp + MAX_STAMP_GAP;
        if (above >= prose(start, end) * MIN_PROSE_ABOVE_STREAM && prose(lastEntryEnd, end) <= above * MAX_PROSE_BELOW_STREAM) return cut;
      }
      stamps = 0;
    }
    if (!stamp) continue;
    if (stamps === 0) streamStart = i;
    stamps++;
    lastStamp = i;
  }
  return end;
}

/**
 * The particles a family name may hold in lower case between capitalised words ("Ada de Vries", "Jan van der Berg",
 * "Ana dos Santos", "Lena von Hall"): never a capitalised word, so a name's pattern stays linear.
 */
const BOX_NAME_PARTICLES = "(?:van|von|de|der|den|da|di|du|del|della|do|dos|das|la|le|ten|ter|zu)\\s+";
/** A person's name as a bio opens with it: one to four capitalised words, perhaps a handle in brackets after it. */
const BIO_NAME = `\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:${BOX_NAME_PARTICLES}){0,2}\\p{Lu}[\\p{L}'’.-]*){0,3}`;
/** Job words a bio names after the copula where no article stands before it ("ist Redakteurin", "est journaliste"). */
const BIO_ROLE =
  "(?:writer|editor|reporter|correspondent|author|redakteur(?:in)?|journalist(?:in)?|autor(?:in)?|korrespondent(?:in)?|journaliste|rédact(?:eur|rice)|correspondant(?:e)?|auteur(?:e)?|periodista|redactor(?:a)?|corresponsal|escritor(?:a)?|giornalista|scrittore|scrittrice|jornalista|verslaggever|redacteur|verslaggeefster|schrijver)";
/** A job that a bio under a name line names, in the languages above, read from the lower-cased line. */
const BIO_JOB = new RegExp(
  `${BIO_ROLE}|\\b(?:columnist|contributor|photographer|founder|co-founder|researcher|analyst|producer|freelance|fundador(?:a)?|fondat(?:eur|rice)|gründer(?:in)?)`,
  "u",
);
/**
 * The opening of an author's bio: a name, then "is a/an/the …" in English, or the copula and a job within a few
 * words in German, French, Spanish, Portuguese and Italian ("Anna Berg ist freie Redakteurin", "Marie Roux est
 * journaliste"), perhaps after an opening bracket.
 */
const BIO_OPENING = new RegExp(`^\\(?(${BIO_NAME})(?:\\s+\\(@?[\\w.]+\\))?,?\\s+(?:is (?:a|an|the)\\s|(ist|est|es|é|è|is)\\s)`, "u");
/** The job within a few words after a copula other than English "is a", read from the lower-cased rest of the line. */
const ROLE_AFTER_COPULA = new RegExp(`^(?:[\\p{L}'’-]+\\s+){0,3}${BIO_ROLE}\\b`, "u");
/** A name alone on a line above its bio ("Ada Fenwick" over "Ada is a …"), whose first word the bio may open with. */
const NAME_LINE = new RegExp(`^\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:${BOX_NAME_PARTICLES}){0,2}\\p{Lu}[\\p{L}'’.-]*){1,3}$`, "u");
/** How many words into a bio without the usual opening the author's first name must stand. */
const BIO_NAME_REACH = 12;
/** Most words of a bio: a few sentences (some boxes run to a hundred words); a longer paragraph opening with a name is the story's. */
const MAX_BIO_WORDS = 130;
/** Most short lines above a bio that go with it: a heading ("About the author"), the name, the role. */
const MAX_BIO_HEADER_LINES = 3;
/** Most words of such a line. */
const MAX_BIO_HEADER_WORDS = 6;
/**
 * Most share of the region's prose that may stand below a bio for the region to end at it: an author box closes
 * an article, while a story about a person may open a paragraph with "She is a …" anywhere.
 */
const MAX_PROSE_BELOW_BIO = 0.25;

/** Letters of a name, folded, for telling whether a bio and the line above it name the same person. */
function nameKey(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, " ")
    .trim();
}

/**
 * Whether a prose line opens like a bio in an author box: the author's name set alone on a line right above it,
 * then the bio opening with that name or its first word and naming a job ("Ada Fenwick" over "Ada is a freelance
 * writer …"). A one-line note under a column with no name line over it ("Ada Fenwick is a columnist for …") is
 * text of the column, as Dateline's own fixtures keep it. The story's last prose (`closing`) is a bio on weaker words
 * too: the person's own account of writing under the box's head of short lines (`ownBioNameLine`, `vouchedBox`: "I'm a
 * travel writer …", "Ada joined the paper in 2019. She covers …"); higher up such a pair is a section of the story.
 */
function opensBio(lines: readonly ClassifiedLine[], at: number, start: number, closing: boolean): boolean {
  const line = lines[at]!;
  if (line.words > MAX_BIO_WORDS) return false;
  // The names set alone right above: most prose lines have none, which rules them out before any pattern is tried.
  const nameLines: string[] = [];
  for (let j = at - 1; j >= Math.max(start, at - MAX_BIO_HEADER_LINES); j--) {
    const above = lines[j]!;
    if (above.words <= MAX_BIO_HEADER_WORDS && NAME_LINE.test(above.text)) nameLines.push(above.text);
  }
  if (nameLines.length === 0) return false;
  const own = closing ? ownBioNameLine(lines, at, start) : undefined;
  if (own !== undefined && vouchedBox(lines, own, at, start)) return true;
  const people = nameLines.map(nameKey);
  // A name over a line about it is also how a list of products or places sets each entry: only a job tells a bio. The
  // job's pattern, tried at every position of the line, is asked last, of the lines that name a person above them.
  return namesPersonAbove(line, people) && (BIO_JOB.test(line.lower) || WRITES_OPENING.test(line.text)) && !SPEECH_WORD.test(line.lower);
}

/**
 * The opening of a bio in the first person that says who its writer is ("I'm the founder of …", "I am a former
 * teacher …", "Hi, I'm Ada!", "My name is …", "Je suis …", "Ich bin …", "Soy …", "Sono …", "Sou …"), perhaps after a
 * greeting: a box's own account of the person named over it. A reader's word under a name tells what the reader did
 * ("I come every Tuesday", "I've been a member for years"), not who the reader is.
 */
const SELF_INTRODUCTION =
  /^(?:(?:hi|hello|hey|bonjour|salut|hallo|hola|ciao|olá|oi)\s*[,!.]?\s+)?(?:i['’]m|i am|my name is|je suis|je m['’]appelle|ich bin|ich heiße|soy|me llamo|sono|mi chiamo|sou|eu sou|chamo-me)\s/u;
/**
 * A third person's pronoun that stands for a person, in the languages of `BIO_OPENING`, read from the lower-cased line
 * ("she", "his", "elle", "sie", "ella", "lei", "ela"): a bio naming its subject again. Some name things too ("il",
 * "er", "ele"); a bio also names the person by the given name (`namesPersonAbove`), which a thing's line rarely does.
 */
const PERSON_PRONOUN = /(?<!\p{L})(?:he|she|his|her|him|il|elle|er|sie|ihr|sein|seine|él|ella|lui|lei|ele|ela|hij|zij)(?!\p{L})/u;

/** Whether a prose line opens as a bio in the first person (`SELF_INTRODUCTION`), as a box under its name prints it. */
function introducesItsWriter(line: ClassifiedLine): boolean {
  return SELF_INTRODUCTION.test(line.lower);
}

/** Whether a prose line opens as a bio of one of `people` (folded names set above it), or names one early on. */
function namesPersonAbove(line: ClassifiedLine, people: readonly string[]): boolean {
  const match = BIO_OPENING.exec(line.text);
  // German nouns are capitalised: the job is looked for in the lower-cased line.
  if (match && (match[2] === undefined || ROLE_AFTER_COPULA.test(line.lower.slice(match[0].length)))) {
    const name = nameKey(match[1]!);
    return people.some((person) => person === name || person.startsWith(`${name} `));
  }
  // Without the opening, a bio may name the author a little later: "As the paper's harbour reporter, Ada has …".
  const early = earlyWords(line);
  return people.some((person) => early.includes(` ${person.split(" ", 1)[0]} `));
}

/** A bio's first `BIO_NAME_REACH` words, folded, with a space at each end, as a person's name is looked for there. */
function earlyWords(line: ClassifiedLine): string {
  return ` ${nameKey(line.text.split(" ", BIO_NAME_REACH).join(" "))} `;
}

/** Most lines over an author box's name that may hold a reviewer's label ("Reviewed by" / name). */
const REVIEWER_LABEL_REACH = 2;

/**
 * A writer's job within two words after a bio's copula ("is a freelance writer", "ist freie Journalistin", "est
 * journaliste", "es periodista", "è giornalista", "é jornalista"), read from the lower-cased rest of the line. Not a
 * photographer's, a researcher's or a founder's (`BIO_JOB`): such a box is a credit's or a company's, not a byline. Nor
 * an editor of pictures, copy or video, who writes none of the story ("is a photo editor", "is the copy editor"), nor
 * the job in a possessive, which names a group's or a column's reader, not a person's job ("is a writer's collective",
 * "is the editor's weekly pick").
 */
const WRITER_AFTER_COPULA = new RegExp(
  `^(?:(?!(?:photo|picture|copy|video|graphics?|art)\\s)[\\p{L}'’-]+\\s+){0,2}(?:${BIO_ROLE}|columnist|contributor|blogger)\\b(?!['’])`,
  "u",
);
/**
 * The job of an editor who runs the paper, as `WRITER_AFTER_COPULA` matches it ("managing editor", "executive editor",
 * "chief editor"), or "editor" alone after "is the" or a bare "is" ("is the editor of …", "is editor of …"), or any
 * editor's or writer's word with a chief's after it ("editor-in-chief", "rédactrice en chef", "redactora jefe"): such a
 * box signs no story by the job alone. A desk's or a senior editor's ("is a senior editor at …", "is a news editor")
 * still signs, as such editors write.
 */
const EDITOR_IN_CHARGE = /^(?:managing|executive|chief)\s+editor$/u;
/** The copula and article before a job that only one person holds: "is the", or "is" with no article. */
const SOLE_JOB_COPULA = /\bis\s+(?:the\s+)?$/u;
/** An editor's or a writer's word that a chief's may follow (see `CHIEF_AFTER`). */
const EDITOR_JOB = /(?:^|\s)(?:editor|rédact(?:eur|rice)|redactor|redactora)$/u;
/** What may follow a writer's word and make it a chief's: "-in-chief", "en chef", "jefe", "en jefe", "capo". */
const CHIEF_AFTER = /^(?:-in-chief|\s+in\s+chief|\s+en\s+chef|\s+(?:en\s+)?jef[ea]|\s+chef)\b/u;
/**
 * A bio's word that its subject writes or reports, in the languages `BIO_OPENING` reads ("writes", "reported",
 * "covers", "schreibt", "berichtet", "écrit", "couvre", "escribe", "cubre", "scrive", "escreve", "cobre", "schrijft"), or
 * a writer's job beside the editor's ("editor and reporter"): an editor who says she reports signs. Bounded by letters,
 * not `\b`, which takes "é" for no word's letter and would never find "écrit".
 */
const WRITES_WORD =
  /(?<!\p{L})(?:writ(?:es|ing)|wrote|written|reports?|reported|reporting|covers|covered|reporter|writer|correspondent|journalist|columnist|schreibt|schrieb|berichtet|reporterin|écrit|couvre|escribe|cubre|scrive|escreve|cobre|schrijft|verslaat)(?!\p{L})/u;
/**
 * Verbs of writing in the present, third person, in the languages `BIO_OPENING` reads ("writes", "couvre", "schreibt").
 */
const WRITING_VERBS = "writes|reports|covers|schreibt|berichtet|écrit|couvre|escribe|cubre|scrive|escreve|cobre|schrijft";
/**
 * A bio that opens with its subject's name and a verb of writing ("Ada Fenwick reports on transport …", "Ada Fenwick
 * writes about …", "Ana Sousa escreve sobre …", "Ada de Vries schrijft over …"): a writer's box with no copula.
 */
const WRITES_OPENING = new RegExp(`^(${BIO_NAME})\\s+(?:${WRITING_VERBS})\\s`, "u");
/**
 * Speech reported of a person ("he says", "said she", "sagt er", "zegt hij", "dice que", "disse que", "dit-il"): a story's
 * paragraph quoting a person who happens to write or report ("Ben Ode reports on the weather for the island radio, and
 * he says …", "Ben Ode is a reporter at the island radio and was on board, he says"), no box, whether led by a verb of
 * writing or a copula.
 */
const SPEECH_WORD =
  /(?<!\p{L})(?:(?:he|she|they)\s+(?:says|said|told)|(?:says|said)\s+(?:he|she)|(?:sagt|sagte)\s+(?:er|sie)|(?:zegt|zei)\s+(?:hij|zij|ze)|(?:dice|dijo|afirma|diz|disse|dit|déclare)\s+que|dit-(?:il|elle)|ha detto)(?!\p{L})/u;

/**
 * Whether a bio (a prose line under a name, `opening` its `BIO_OPENING` match) names its subject as the story's
 * writer: a writer's job after the copula, but an editor's only with a word that she writes or reports ("Ada Lee is
 * the editor of …" signs nothing; "… is the editor of … and reports on the harbour" does), or a verb of writing right
 * after the name ("Ada Lee reports on …").
 */
function signsAsWriter(line: ClassifiedLine, opening: RegExpExecArray | null): boolean {
  if (SPEECH_WORD.test(line.lower)) return false;
  if (!opening) return WRITES_OPENING.test(line.text);
  const rest = line.lower.slice(opening[0].length);
  const job = WRITER_AFTER_COPULA.exec(rest);
  if (!job) return false;
  const chief =
    EDITOR_IN_CHARGE.test(job[0]) ||
    (job[0] === "editor" && SOLE_JOB_COPULA.test(opening[0])) ||
    (EDITOR_JOB.test(job[0]) && CHIEF_AFTER.test(rest.slice(job[0].length)));
  return !chief || WRITES_WORD.test(rest.slice(job[0].length));
}

/** How many lines over the body's end a box is looked for, only to tell that two people's boxes close the page. */
const BOX_LOOKBACK = 4;

/** Most words of a related stories' label ("You might also like"): a longer line is asked no pattern. */
export const MAX_RELATED_LABEL_WORDS = 6;
/** Words of a line's opening compared with the names over it: a name's four and a little more. */
const BOX_OPENING_WORDS = 5;

/**
 * The name line (`NAME_LINE`) within three lines over the prose line at `at` that the line opens with: a person's box,
 * whatever the job ("Tom Vance" over "Tom Vance designs our maps"), or the name whose first word a bio's opening names
 * (`bioName`, folded: "Ada Fenwick" over "Ada is a …"). A first word alone is not enough without the bio's copula: a
 * title-case heading's ("The Harbour Master") opens half the paragraphs under it. Undefined when there is none.
 */
function boxNameLine(lines: readonly ClassifiedLine[], at: number, storyStart: number, bioName: string | undefined): number | undefined {
  // The line's folded opening, made when a name line over it is first met: most prose lines asked have none, and
  // `nameKey` (a Unicode normalisation, a case fold and a pattern) cost the seed page a twentieth of its read.
  let opening: string | undefined;
  for (let j = at - 1; j >= Math.max(storyStart, at - MAX_BIO_HEADER_LINES); j--) {
    const above = lines[j]!;
    if (above.words > MAX_BIO_HEADER_WORDS || !NAME_LINE.test(above.text)) continue;
    const key = nameKey(above.text);
    opening ??= `${nameKey(lines[at]!.text.split(" ", BOX_OPENING_WORDS).join(" "))} `;
    if (opening.startsWith(`${key} `) || (bioName !== undefined && (key === bioName || key.startsWith(`${bioName} `)))) return j;
  }
  return undefined;
}

/**
 * The name line over a bio that is its person's own account rather than a writer's job: told in the first person
 * (`introducesItsWriter`: "Ada Fenwick" / "I'm the founder of …"), or naming the person again (`namesAgain`: "Ada
 * Fenwick" / "Senior Reporter" / "Ada joined the paper in 2019 …"), among the box's head, the short lines right over
 * the bio; a job title there is passed over ("Senior Reporter"). Undefined when there is none.
 */
function ownBioNameLine(lines: readonly ClassifiedLine[], at: number, storyStart: number): number | undefined {
  const line = lines[at]!;
  if (SPEECH_WORD.test(line.lower)) return undefined;
  const self = introducesItsWriter(line);
  for (let j = at - 1; j >= headReach(lines, at, storyStart); j--) {
    const above = lines[j]!;
    // Not a box's heading in a name's shape ("About Me", "Sobre Mí"), nor a job title.
    const named = NAME_LINE.test(above.text) && !NAMED_AUTHOR_BOX_HEADING.test(above.text) && !isJobTitleLine(above.text);
    if (named && (self || namesAgain(line, nameKey(above.text)))) return j;
  }
  return undefined;
}

/**
 * Whether a person's own bio under the name line at `name` (`ownBioNameLine`) is vouched a writer's box: a box's head
 * (a job title under the name, an author box's heading over it, `headsBox`), a label naming writing over it ("Written
 * by"), or a bio saying the person writes (`tellsOwnWriting`) under a common given name (`opensWithGivenName`), under a
 * byline's label ("Insights from") or in the first person (`introducesItsWriter`). A name over a person's own words
 * closing a story is as often a reader's or a subject's quote, an obituary's, a list's last entry or a thing's named
 * after a person ("Priya Nair" / "I'm the founder of the food bank, and we need …", "I write to the council every
 * week", "Margaret is survived by her …", "Marie Curie est un hôpital … Il …"), a label ending on "by" as often a
 * credit's ("Recipe by"), and a name alone over a paragraph a section's title ("Final Thoughts" / "Final figures …"). A
 * box naming pictures is a photographer's or an illustrator's credit.
 */
function vouchedBox(lines: readonly ClassifiedLine[], name: number, at: number, storyStart: number): boolean {
  for (let j = name; j <= at; j++) if (PICTURE_WORK.test(lines[j]!.lower)) return false;
  if (headsBox(lines, name, at, storyStart)) return true;
  const label = name > headReach(lines, at, storyStart) && LABEL_BEFORE_NAME.test(lines[name - 1]!.text) ? lines[name - 1] : undefined;
  if (label !== undefined && WRITES_WORD.test(label.lower)) return true;
  const bio = lines[at]!;
  const given = nameKey(lines[name]!.text).split(" ", 1)[0]!;
  const self = introducesItsWriter(bio);
  if (!tellsOwnWriting(bio, self, given)) return false;
  return self || opensWithGivenName(lines[name]!.text) || label !== undefined;
}

/** A word of pictures' work, read from the lower-cased line ("photographer", "Fotografin", "illustrator", "videos"). */
const PICTURE_WORK = /(?<!\p{L})(?:photo|foto|illustrat|vid[eé]o)/u;

/**
 * A first person's account of writing, read from the lower-cased line: a writer's job ("I'm a travel writer", "je suis
 * journaliste") or a verb of writing with what or where it writes ("I write about …", "j'écris sur …", "ich schreibe
 * über …", "escribo sobre …", "scrivo di …", "escrevo sobre …"). A reader writes to someone ("I write to the council").
 */
const WRITER_FIRST_PERSON = new RegExp(
  `(?<!\\p{L})(?:${BIO_ROLE}|columnist|contributor|blogger|(?:write|écris|schreibe|escribo|scrivo|escrevo|schrijf)\\s+` +
    "(?:about|on|for|here|sur|pour|ici|über|für|hier|sobre|para|aquí|di|su|per|qui|aqui|over|voor))(?!\\p{L})",
  "u",
);
/**
 * A verb of writing in the present (`WRITING_VERBS`) and the word before it, as a bio names who writes ("she covers").
 */
const WRITER_AND_VERB = new RegExp(`(\\p{L}+)\\s+(?:${WRITING_VERBS})(?!\\p{L})`, "gu");

/**
 * Whether a bio says its person writes: in the first person (`self`), as `WRITER_FIRST_PERSON` reads; in the third, a
 * verb of writing in the present after the person's pronoun or the given name (`given`, folded: "He covers …", "Ada
 * writes about …", "Elle écrit sur …"). A past ("She wrote it on the train") is a book's or an obituary's, and a job
 * named elsewhere in the line ("Margaret worked as a reporter …") is as often a subject's past as the writer's own.
 */
function tellsOwnWriting(bio: ClassifiedLine, self: boolean, given: string): boolean {
  if (self) return WRITER_FIRST_PERSON.test(bio.lower);
  for (const [, subject] of bio.lower.matchAll(WRITER_AND_VERB)) if (subject === given || PERSON_PRONOUN.test(subject!)) return true;
  return false;
}

/** Whether a box's name line at `name` has a head: a job title under it, or an author box's heading over it. */
function headsBox(lines: readonly ClassifiedLine[], name: number, at: number, storyStart: number): boolean {
  for (let j = name + 1; j < at; j++) if (isJobTitleLine(lines[j]!.text)) return true;
  return name > headReach(lines, at, storyStart) && isBoxHeading(lines[name - 1]!);
}

/** The first line of the head of short lines over a bio at `at` that may go with it (`MAX_BIO_HEADER_LINES`). */
function headReach(lines: readonly ClassifiedLine[], at: number, storyStart: number): number {
  let top = at;
  while (top > Math.max(storyStart, at - MAX_BIO_HEADER_LINES) && lines[top - 1]!.words <= MAX_BIO_HEADER_WORDS) top--;
  return top;
}

/**
 * Whether a title stands over a box's name in its head (a short line ending no sentence): such a box is another's
 * ("Book of the month", "Reader's view", "Our team"). A writer's label there is the writer's box's own ("About the
 * author", "Insights from").
 */
function titledOver(lines: readonly ClassifiedLine[], name: number, at: number, storyStart: number): boolean {
  for (let j = name - 1; j >= headReach(lines, at, storyStart); j--) if (!lines[j]!.sentenceEnd && !isWritersLabel(lines[j]!)) return true;
  return false;
}

/** A byline's label closing on its preposition, alone over a box's name ("Insights from", "Words by", "Texte de"). */
const LABEL_BEFORE_NAME = /\s(?:by|from|von|par|de|por|da|di)\s*:?$/iu;

/** Whether a short line over a box's name labels its writer: an author box's heading, or a byline's label alone. */
function isWritersLabel(line: ClassifiedLine): boolean {
  return isBoxHeading(line) || LABEL_BEFORE_NAME.test(line.text);
}

/** Whether a short line over a box's name is an author box's heading ("About the author", "Über die Autorin"). */
function isBoxHeading(line: ClassifiedLine): boolean {
  return isAuthorBoxHeading(line) || ABOUT_THE_WRITER.test(line.lower);
}

/**
 * Whether a bio names the person of `name` (folded) again as a person: opening with the name or its first word early on
 * (`namesPersonAbove`), and calling the person by the given name alone ("Ada joined …", "… Ada's passion is …") or by a
 * person's pronoun (`PERSON_PRONOUN`: "Ada Fenwick founded the blog. She …"). A product's or a place's line names it in
 * full and says "it" ("Harbour Reader is a free app. It …").
 */
function namesAgain(line: ClassifiedLine, name: string): boolean {
  if (!namesPersonAbove(line, [name])) return false;
  if (PERSON_PRONOUN.test(line.lower)) return true;
  const [given, family] = name.split(" ", 2);
  const early = earlyWords(line);
  return family !== undefined && early.includes(` ${given} `) && !early.includes(` ${given} ${family} `);
}

/** Whether a line of `lines(from, to)` holds a date. */
function stampedBetween(lines: readonly ClassifiedLine[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (lines[j]!.date !== undefined) return true;
  return false;
}

/**
 * The name an author box under the story prints over its bio, read among `lines[from, to)` up to a section's end ("3
 * Responses"), under which the lines are commenters': a name alone (`NAME_LINE`) within three lines over a bio opening
 * with that name, or its first word, and a copula and a writer's job (`BIO_OPENING`, `WRITER_AFTER_COPULA`: "Ada
 * Fenwick" over "Ada Fenwick is a freelance writer …"), or over the person's own account of writing
 * (`ownBioNameLine`, `vouchedBox`: "I write about …", "Ada joined the paper in 2019. She covers …") with no title over
 * the name (`titledOver`). Undefined when there is none, when the box is a reviewer's or an expert's (`REVIEWER_WORD`
 * over the name, beside it or in the bio), or when boxes name two people, one of them perhaps closing the body just
 * over `from` (a writer's and a guest's or an interviewee's: which signs is not told).
 */
export function authorBoxName(lines: readonly ClassifiedLine[], storyStart: number, from: number, to: number): string | undefined {
  let found: string | undefined;
  // The folded name of every box met, the body's closing one included.
  let seen: string | undefined;
  for (let i = Math.max(storyStart, from - BOX_LOOKBACK); i < to && lines[i]!.class !== "end"; i++) {
    const line = lines[i]!;
    // Under a related stories' label ("Related stories", "Mehr zum Thema"), a box is another story's writer's.
    if (i >= from && line.words <= MAX_RELATED_LABEL_WORDS && isRelatedLabel(line.text)) return found;
    // A short sentence under a name counts as a box ("Tom Vance designs our maps."); only a prose bio signs.
    const prose = isProse(line);
    if (!(prose || line.sentenceEnd) || line.words > MAX_BIO_WORDS) continue;
    const opening = BIO_OPENING.exec(line.text);
    const named = boxNameLine(lines, i, storyStart, opening ? nameKey(opening[1]!) : undefined);
    // A prose bio that is its person's own account signs whatever the job (a founder's, an owner's): under the story,
    // not named in it (see the caller), the one box there is the writer's.
    const own = prose ? ownBioNameLine(lines, i, storyStart) : undefined;
    const name = named ?? own;
    // A date between the name and its text stamps a comment or a post ("Ada Lee" / "March 5, 2025 at 11:02 am" / …):
    // an author box prints none there.
    if (name === undefined || stampedBetween(lines, name, i)) continue;
    // Any job counts here: a team's or a staff's list ("Meet the team": a reporter's box over a photographer's or a
    // designer's) is two people's boxes, none of them the story's signature.
    const text = lines[name]!.text;
    if (seen !== undefined && seen !== nameKey(text)) return undefined;
    seen = nameKey(text);
    const ownBox = own === name && vouchedBox(lines, name, i, storyStart) && !titledOver(lines, name, i, storyStart);
    if (!prose || !(ownBox || signsAsWriter(line, opening))) continue;
    // Over the name a reviewer's label is a short line: the story's closing prose there may say "reviewed" of anything.
    for (let j = Math.max(storyStart, name - REVIEWER_LABEL_REACH); j <= i; j++)
      if ((j >= name || !isProse(lines[j])) && REVIEWER_WORD.test(lines[j]!.text)) return undefined;
    // A box closing the body only tells whether two people's boxes stand there: it signs nothing itself.
    if (i >= from) found = text;
  }
  return found;
}

/** The bare label over an author box, read from the lower-cased line: "Author", "Autorin", "Auteur", "Autora", "Autore". */
const AUTHOR_BOX_LABEL = /^(?:authors?|autor(?:in|en|innen)?|auteur(?:e|s)?|autrice|autora?|autore)$/u;
/**
 * The heading of an author box that names its author: "Written by Ada Fenwick", "About Ada Fenwick", "Geschrieben
 * von …", "Über …", "Écrit par …", "À propos de …", "Escrito por …", "Sobre …", "Scritto da …", perhaps with a role
 * after a comma. The name must be a person's ("About Lisbon", "Written by the numbers" are sections of a story).
 * "About the author" over a note is how a blog signs its own post, which the seed keeps as text; a box under it
 * that names its author on a line of its own is `opensBio`'s.
 */
const NAMED_AUTHOR_BOX_HEADING =
  /^(?:(?:written|words) by|(?:geschrieben|verfasst) von|(?:écrit|rédigé) par|escrito por|scritto da|about|über|à propos de|sobre|acerca de):? (.+)$/iu;
/** Longest heading of an author box, with the name and a role ("Written by: Ada Fenwick, Senior Analyst"). */
const MAX_AUTHOR_BOX_HEADING_LENGTH = 80;

/** Whether a short line heads an author box, whose bio and links follow it and which closes the story. */
function isAuthorBoxHeading(line: ClassifiedLine): boolean {
  if (line.text.length > MAX_AUTHOR_BOX_HEADING_LENGTH) return false;
  if (AUTHOR_BOX_LABEL.test(line.lower)) return true;
  const named = NAMED_AUTHOR_BOX_HEADING.exec(line.text);
  return named !== null && isPersonName(named[1]!.split(",", 1)[0]!.trim());
}

/**
 * Where the region ends before an author's bio set after the story ("Ada Fenwick is a freelance writer …"), with
 * the short lines that head it (the name, "About the author", the role). Returns `end` when there is none.
 */
export function endBeforeAuthorBio(
  lines: readonly ClassifiedLine[],
  start: number,
  end: number,
  tally = new ProseTally(lines, start, end),
): number {
  const top = footTop(tally, start, end, MAX_PROSE_BELOW_BIO);
  // A bio is written in sentences; a name over a role ("Head of Research at …") is a signature the story may keep.
  let sentencesBelow = false;
  let lastProse = true;
  for (let i = end - 1; i >= top; i--) {
    const line = lines[i]!;
    if (!isProse(line)) {
      if (sentencesBelow && isAuthorBoxHeading(line)) return i;
      if (line.sentenceEnd && line.class !== "boilerplate") {
        // A bio too short to count as prose ("Ada Fenwick is a reporter.") closes the story as a longer one does.
        if (lastProse && line.class === "short" && bylinesBio(lines, i, start)) {
          const apart = apartFromStory(lines, bylineBiosTop(lines, i, start, top), start);
          if (apart !== undefined) return apart;
        }
        // A short sentence of the story's own under a bio ("The pier reopens in May."): the story went on under it.
        lastProse = false;
      }
      continue;
    }
    // The story's last sentence, under which only lines with no sentence's end may stand ("Contact Ada at …").
    // A box with its name line over the bio is read below, with the boxes stacked over it.
    const boxed = opensBio(lines, i, start, lastProse);
    if (lastProse) {
      lastProse = !line.sentenceEnd;
      if (!boxed && bylinesBio(lines, i, start)) {
        const apart = apartFromStory(lines, bylineBiosTop(lines, i, start, top), start);
        if (apart !== undefined) return apart;
      }
    }
    sentencesBelow ||= line.sentenceEnd;
    if (boxed) {
      let cut = bioHeadTop(lines, start, i);
      // Boxes stacked one over another (a story by three people: name, role, bio, three times): the region ends over
      // the first, whichever of them was met first from the foot.
      for (let j = cut - 1; j >= Math.max(top, cut - 1); j--)
        if (isProse(lines[j]) && opensBio(lines, j, start, false)) {
          cut = bioHeadTop(lines, start, j);
          j = cut;
        }
      return cut;
    }
  }
  return end;
}

/** Lines over the story's start searched for the byline that a closing bio names (`bylinesBio`): the header's reach. */
const BYLINE_REACH = 40;

/**
 * Whether the story's last prose line is the bio of a writer its byline names, set under the story with no name line
 * over it ("By Ada Fenwick" … "Ada Fenwick is a staff reporter who covers the harbour.", "Von Jonas Brenner" … "Jonas
 * Brenner ist Redakteur im Lokalressort.", "Claire Roux est journaliste au service régional.", "Marta Gil es periodista
 * …", "Paolo Neri è giornalista …", "Rita Sousa é jornalista …", "Sanne de Wit is verslaggever bij …"): the name opens
 * the line, a writer's job follows its copula (`signsAsWriter`), and a byline above the story, or one under it, names
 * the same person, or the header prints that name where no byline was read (`printsName`). A story's own closing line
 * about a person is about someone who did not sign it ("Tom Reed is a ferryman …"), or names no writer's job; a
 * reporter the story is about is not its byline's.
 */
function bylinesBio(lines: readonly ClassifiedLine[], at: number, start: number): boolean {
  const line = lines[at]!;
  // Most prose lines open with no capital, or hold none of a bio's copulas or verbs: the cheap tests first.
  if (line.words > MAX_BIO_WORDS || !(CAPITAL_OPENING.test(line.text) || line.text.startsWith("("))) return false;
  // Only a copula and a job: a line opening with the name and a verb of writing ("Ada Fenwick covers the harbour.")
  // closes many stories as their own signed note, which the first dev set's truth keeps.
  const opening = BIO_OPENING.exec(line.text);
  if (opening === null || !signsAsWriter(line, opening)) return false;
  const key = nameKey(opening[1]!);
  let bylineRead = false;
  for (let k = Math.max(0, start - BYLINE_REACH); k < at; k++) {
    const authors = lines[k]!.authors;
    if (authors?.some((author) => nameKey(author.name) === key)) return true;
    bylineRead ||= (authors?.length ?? 0) > 0;
  }
  // A byline read for someone else leaves a name printed over the story to be the story's subject ("Ruth Ambler" as
  // a profile's kicker over "By Tom Reed").
  if (bylineRead) return false;
  // A byline the header left unread ("Words: Ada Fenwick", "Ada Fenwick" over her desk's name): the name printed
  // over the story, as a line's own or its label's, still tells whose bio it is. A deck over the byline may open
  // the region, so its first lines are searched too.
  const name = opening[1]!.normalize("NFKC").toLowerCase();
  const headerEnd = Math.min(at, start + DECK_AND_BYLINE_LINES);
  for (let k = Math.max(0, start - BYLINE_REACH); k < headerEnd; k++) if (printsName(lines[k]!, name)) return true;
  return false;
}

/** Lines of a region's opening that may still be its header's: a deck, the name under it, a date. */
const DECK_AND_BYLINE_LINES = 3;
/** Most characters of a label before a name in the header ("Words:", "Text and photos:"). */
const MAX_NAME_LABEL_LENGTH = 24;
/** What ends a label before a name in the header: a colon and a space ("Words: Ada Fenwick"). */
const NAME_LABEL_END = ": ";
/**
 * What may follow a name that a header line opens with: the line's end, or a separator before a desk or a date. Not a
 * comma, which goes on to tell who the person is in a headline or a caption ("Tom Reed, harbour master, on the quay").
 */
const AFTER_PRINTED_NAME = /^\s*(?:$|[|·•—–(/])/u;

/**
 * Whether a header line that ends no sentence opens with `name` (lower-cased), perhaps after a short label, and
 * goes on only past a separator: "Ada Fenwick", "Words: Ada Fenwick", "ADA FENWICK | 14/05/2025". A headline naming
 * her goes on in words ("Ada Fenwick wins the county's press award").
 */
function printsName(line: ClassifiedLine, name: string): boolean {
  if (line.sentenceEnd || isProse(line)) return false;
  const lower = line.text.normalize("NFKC").toLowerCase();
  const label = lower.indexOf(NAME_LABEL_END);
  const rest = label >= 0 && label < MAX_NAME_LABEL_LENGTH ? lower.slice(label + NAME_LABEL_END.length) : lower;
  return rest.startsWith(name) && AFTER_PRINTED_NAME.test(rest.slice(name.length));
}

/**
 * The heading "About the author" over a bio, in the languages `BIO_OPENING` reads ("Über den Autor", "À propos de
 * l'auteur", "Sobre el autor", "Sull'autrice", "Sobre a autora", "Over de auteur"), read from the lower-cased line.
 */
const ABOUT_THE_WRITER =
  /^(?:about the (?:author|writer|reporter)|über (?:den autor|die autorin)|à propos de l['’](?:auteur|autrice)e?|sobre (?:el autor|la autora|o autor|a autora)|sull['’](?:autore|autrice)|over de (?:auteur|schrijver))\s?:?$/u;

/**
 * Where byline bios beginning at `cut` end the region when they stand apart from the story, as a page's author box
 * does: under a heading of their own ("About the author"), or under lines that end no sentence (a link, a label:
 * "Reprints and permissions", "More by …"), which go with them, three at most. Set right under the story's last
 * sentence, only a bare bio ends it (`isBareBio`: "Ruth Ambler is a staff writer covering biology.", "Jana Weiß ist
 * Redakteurin im Ressort Wissen."); undefined for a longer note there, which is the column's own ("Martha Quill is a
 * retired schoolteacher and a contributing columnist for the Ledger.", kept by the fixture opinion-pull-quote and the
 * first dev set's truth), or the essay's last line about its writer ("… is a reporter who has never once taken the bus,
 * and she does not intend to start now.").
 */
function apartFromStory(lines: readonly ClassifiedLine[], cut: number, start: number): number | undefined {
  // A heading met over the bio (`bylineBiosTop`) ends no sentence; a bio too short for prose does.
  if (!isProse(lines[cut]!) && !lines[cut]!.sentenceEnd) return cut;
  let top = cut;
  for (let j = cut - 1; j > start && j >= cut - MAX_BIO_HEADER_LINES; j--) {
    const above = lines[j]!;
    if (above.sentenceEnd || isProse(above)) break;
    top = j;
  }
  if (top === cut) return isBareBio(lines[cut]!) ? cut : undefined;
  // One plain line over the bio in a story with sub-headings of that form over its sections is its last section's
  // heading ("The last word" over "Ada Fenwick is a reporter who has never once taken the bus …"), not a box's label.
  return top === cut - 1 && isSectionHeading(lines, top) && headsEarlierSection(lines, start, top) ? undefined : top;
}

/**
 * A columnist's, a contributor's or a guest writer's word, read from the lower-cased bio (en, de, fr, es, it, pt, nl):
 * an opinion page prints such a note under the column as part of it, where a staff writer's bio is the site's box.
 * Bounded by letters, not `\b`, which takes "é" for no word's letter.
 */
const COLUMN_NOTE_JOB =
  /(?<!\p{L})(?:columnist|contribut(?:or|ing|eur|rice)|guest|kolumnist(?:in)?|gast(?:autor|autorin|beitrag)|chroniqueu(?:r|se)|éditorialiste|columnista|colaborador(?:a)?|editorialista|opinionista|collaborat(?:ore|rice)|colunista|gastauteur|gastschrijver)(?!\p{L})/u;

/** Most words of a bare bio: the name, the job, the desk or the paper ("… is a senior reporter at … who covers …"). */
const MAX_BARE_BIO_WORDS = 15;

/**
 * The first clause a bio goes on with after its job, read from the lower-cased line: a relative pronoun or an "and"
 * (en, de, fr, es, it, pt) and the word after it ("who covers", "and lives", "und pendelt", "et prend", "y vive").
 * German "der", "die" are left out, being articles as often as pronouns.
 */
const BIO_CLAUSE = /(?<!\p{L})(?:who|that|which|and|und|qui|et|que|y|e|che)\s+(\p{L}+)/u;

/**
 * Whether a byline's bio is bare: one short sentence with no comma, naming no columnist's or guest's job
 * (`COLUMN_NOTE_JOB`), as a site prints under every story by its staff, and going on, if at all, only with what the
 * writer writes ("… who covers health and schools"). A note telling more is written for the column, or is the story's
 * last word on its own writer ("… is a reporter who grew up on the island.", "… und pendelt selbst mit der Fähre.").
 */
function isBareBio(line: ClassifiedLine): boolean {
  if (line.words > MAX_BARE_BIO_WORDS || line.text.includes(",") || SENTENCE_BREAK.test(line.text)) return false;
  if (COLUMN_NOTE_JOB.test(line.lower)) return false;
  const clause = BIO_CLAUSE.exec(line.lower);
  return clause === null || WRITES_WORD.test(clause[1]!);
}

/** Most words of a story's sub-heading compared with the line over a closing bio (`apartFromStory`). */
const MAX_SECTION_HEADING_WORDS = 8;
/** A link or an address in a line: a dot, a slash or an at sign inside a word ("Example.com/archive", "@ada"). */
const LINK_MARK = /[./@]\S/u;

/**
 * Whether the line at `at` reads as a story's sub-heading: a short line of plain words (no link, no address, no sentence's
 * end) between two prose lines, or over the bio being asked about.
 */
function isSectionHeading(lines: readonly ClassifiedLine[], at: number): boolean {
  const line = lines[at]!;
  return (
    line.class === "short" &&
    !line.sentenceEnd &&
    line.words > 0 &&
    line.words <= MAX_SECTION_HEADING_WORDS &&
    !LINK_MARK.test(line.text) &&
    isProse(lines[at - 1]) &&
    isProse(lines[at + 1])
  );
}

/** Whether the story between `start` and `before` holds a sub-heading of its own (`isSectionHeading`). */
function headsEarlierSection(lines: readonly ClassifiedLine[], start: number, before: number): boolean {
  for (let i = start + 1; i < before - 1; i++) if (isSectionHeading(lines, i)) return true;
  return false;
}

/** Where stacked byline bios under a story begin (two writers' bios, one over the other), with an author box's heading. */
function bylineBiosTop(lines: readonly ClassifiedLine[], at: number, start: number, top: number): number {
  let cut = at;
  for (let j = cut - 1; j >= top && j > start; j--) {
    const above = lines[j]!;
    if (isProse(above)) {
      if (!bylinesBio(lines, j, start)) break;
      cut = j;
    } else if (isAuthorBoxHeading(above) || ABOUT_THE_WRITER.test(above.lower)) return j;
    else if (above.class !== "boilerplate") break;
  }
  return cut;
}

/** The first of the short lines heading the bio at `at` (its name, its role, at most three), or `at` when none does. */
function bioHeadTop(lines: readonly ClassifiedLine[], start: number, at: number): number {
  let cut = at;
  while (cut > start && at - cut < MAX_BIO_HEADER_LINES && !isProse(lines[cut - 1]) && lines[cut - 1]!.words <= MAX_BIO_HEADER_WORDS) cut--;
  return cut;
}

/** Whether a line of `lines[from, to)` reads as code: a code listing's lines stay in the story. */
function holdsCode(lines: readonly ClassifiedLine[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isCodeLike(lines[i]!.text)) return true;
  return false;
}

/** Fewest lines of a packed run of furniture: a share bar and its counters, an author box's links. */
const MIN_FURNITURE_RUN = 5;
/** Fewest controls (share buttons, "Reply") or bare counters ("36") in such a run; a list of short items has none. */
const MIN_FURNITURE_MARKS = 2;
/** Most prose lines in such a run: an author's one-line bio set among its links. */
const MAX_PROSE_IN_FURNITURE_RUN = 1;

/**
 * Where the region ends before a packed run of furniture after the story: lines with no blank line between them
 * where prose has stopped and controls and counters have taken over (a share bar with its counts over the comments,
 * an author box with its links and latest posts), with little prose under it. Returns `end` when there is none.
 */
export function endBeforeFurnitureRun(
  lines: readonly ClassifiedLine[],
  start: number,
  end: number,
  tally = new ProseTally(lines, start, end),
): number {
  const total = tally.between(start, end);
  let cut = end;
  // The first run that closes the story cuts it: the walk stops there.
  for (let blockStart = start, blockEnd = start; blockStart < end && cut === end; blockStart = blockEnd) {
    blockEnd = packedBlockEnd(lines, blockStart, end);
    if (blockEnd - blockStart < MIN_FURNITURE_RUN) continue;
    const above = tally.between(start, blockStart);
    const prose = tally.between(blockStart, blockEnd);
    let proseLines = 0;
    let marks = 0;
    let lastNumber = Number.NaN;
    for (let i = blockStart; i < blockEnd; i++) {
      const line = lines[i]!;
      if (isProse(line)) {
        proseLines++;
        continue;
      }
      // A bare number counts a share or a like; numbers running 1, 2, 3 are a code listing's line numbers.
      const number = line.words === 1 && /^\d+$/.test(line.text) ? Number(line.text) : Number.NaN;
      if (line.class === "boilerplate" || (!Number.isNaN(number) && number !== lastNumber + 1)) marks++;
      lastNumber = number;
    }
    const closes =
      marks >= MIN_FURNITURE_MARKS &&
      proseLines <= MAX_PROSE_IN_FURNITURE_RUN &&
      above >= total * MIN_PROSE_ABOVE_STREAM &&
      total - above - prose <= above * MAX_PROSE_BELOW_STREAM &&
      !holdsCode(lines, blockStart, blockEnd);
    if (closes) cut = blockStart;
  }
  return cut;
}

/**
 * Most share of the region's prose that may stand below a box that closes a story (a list of other stories, a form)
 * for the region to end at it, as for an author's bio: the same header high up stands in the story.
 */
const MAX_PROSE_BELOW_CLOSING_BOX = MAX_PROSE_BELOW_BIO;

/**
 * The header of a list of other stories, in the languages Dateline reads ("Related coverage", "Mehr zum Thema",
 * "Noticias relacionadas", "Sur le même sujet", "【関連記事】"), read from the lower-cased line. "Read more" and "See
 * also" are left out: pages set them as buttons and notes inside the story too, and close it only as a related box's
 * label (`endBeforeRelatedTeasers`).
 */
const RELATED_LIST_HEADER = relatedLabelLine(RELATED_LIST_HEADS);
/** Longest such header: the test is kept off the body's paragraphs. */
const MAX_RELATED_HEADER_LENGTH = 40;

/**
 * Whether the story goes on under a prompt's box at `at`, the line after its titles: a long paragraph in the story's
 * own words (`storyGoesOnUnder` with `closesStory`), or a shorter last one that quotes a speaker (`closesStoryQuoting`).
 * Stories often end on a quote of a dozen words, under the length a paragraph going on needs; a bio or a pitch rarely
 * quotes anyone.
 */
function storyGoesOnUnderPrompt(lines: readonly ClassifiedLine[], at: number): boolean {
  return storyGoesOnUnder(lines, at, closesStory) || closesStoryQuoting(lines, at);
}

/** Whether the line at `at`, under a related box's titles, is prose set apart: the box's block ends over it. */
function headsLoneBlock(lines: readonly ClassifiedLine[], at: number): boolean {
  return isProse(lines[at]) && lines[at]!.blankBefore;
}

/**
 * Where the region ends before a list of other stories headed as one and set near its end, when the list's teasers
 * carry summaries that read as prose (a list of bare titles is read as a related block). Returns `end` when there is
 * none.
 */
export function endBeforeRelatedTeasers(
  lines: readonly ClassifiedLine[],
  start: number,
  end: number,
  tally = new ProseTally(lines, start, end),
): number {
  const top = footTop(tally, start, end, MAX_PROSE_BELOW_CLOSING_BOX);
  for (let i = end - 1; i >= top; i--) {
    const line = lines[i]!;
    if (isProse(line) || line.text.length > MAX_RELATED_HEADER_LENGTH) continue;
    // A header with no teaser under it heads nothing.
    if (tally.between(i + 1, end) === 0) continue;
    // A list's head closes the story unless it heads a box set into it. A prompt to read on closes it only as a box's
    // label, its titles filling the box's block, over prose set apart that does not go on with the story: alone, or
    // over a block it does not fill, it is a button or a note in the story, or a teaser's link.
    const titlesEnd = relatedBoxTitlesEnd(lines, i);
    const closes = RELATED_LIST_HEADER.test(line.lower)
      ? titlesEnd === undefined || !storyGoesOnUnder(lines, titlesEnd)
      : titlesEnd !== undefined && headsLoneBlock(lines, titlesEnd) && !storyGoesOnUnderPrompt(lines, titlesEnd);
    if (closes) return i;
  }
  return end;
}

/**
 * The header of a firm's testimonials under its post, named as its clients' words ("Testimonials", "What our clients
 * say", "Kundenstimmen", "Témoignages clients", "Testimonios de clientes", "Recensioni dei clienti", "Depoimentos de
 * clientes", "Wat onze klanten zeggen"), read from the lower-cased line. Bare "Testimonios", "Témoignages", "Depoimentos"
 * and "Testimonianze" are left out: news stories head their witnesses' accounts so.
 */
const TESTIMONIALS_HEADER = new RegExp(
  `^(?:${[
    "(?:(?:client|customer|patient) )?testimonials?",
    // The firm's own voice ("our", "about us"): a news story closes on its vox pops as "What customers say".
    "what our (?:clients|customers|patients) (?:say|are saying)(?: about us)?",
    "what (?:clients|customers|patients) (?:say|are saying) about us",
    "(?:client|customer|patient) reviews",
    "kundenstimmen",
    "kundenbewertungen",
    "(?:das sagen unsere|was unsere) kunden(?: sagen)?",
    "(?:témoignages|avis) (?:de nos )?clients",
    "ce que (?:disent )?nos clients(?: disent)?",
    "(?:testimonios|opiniones) de (?:nuestros )?clientes",
    "lo que dicen nuestros clientes",
    "(?:recensioni|testimonianze) (?:dei )?(?:nostri )?clienti",
    "dicono di noi",
    "(?:depoimentos|avaliações) (?:de|dos) (?:nossos )?clientes",
    "o que (?:os )?nossos clientes dizem",
    "o que os clientes dizem (?:sobre nós|de nós)",
    "wat onze klanten (?:zeggen|over ons zeggen)",
    "wat klanten over ons zeggen",
    "klantbeoordelingen",
    "(?:klantervaringen|ervaringen van (?:onze )?klanten)",
  ].join("|")})\\s*:?$`,
  "u",
);
/** Most words of the reviewer's name line under a review ("— Priya Nand, Ollerton"). */
const MAX_REVIEWER_WORDS = 6;
/**
 * Most share of the region's prose that may stand below the testimonials' header: more than under a bio, as a short
 * post may carry a few reviews of its length, but the header must stand in the region's lower part.
 */
const MAX_PROSE_BELOW_TESTIMONIALS = 0.4;

/** A letter: a line with none (a row of stars rating a review) stands among testimonials as it would anywhere. */
const HAS_LETTER = /\p{L}/u;

/**
 * Where the region ends before a firm's testimonials set under its post: a header naming its clients' words
 * (`TESTIMONIALS_HEADER`) near the region's end, over at least one quoted review with the reviewer's short name line
 * right under it, and nothing under the header but quoted reviews, their name lines and lines with no letter (a
 * rating's stars). A story quoting a firm or its readers has no such header, and a pull quote over its speaker's name
 * has none either; a news story on reviews or a trial that quotes buyers or witnesses under such a header goes on with
 * its own lines under them (the seller's answer, "Sentencing" and the judge's date), which a firm's testimonials at
 * the foot of its post do not. Returns `end` when there is none.
 */
export function endBeforeTestimonials(
  lines: readonly ClassifiedLine[],
  start: number,
  end: number,
  tally = new ProseTally(lines, start, end),
): number {
  const top = footTop(tally, start, end, MAX_PROSE_BELOW_TESTIMONIALS);
  // Walked up once from the end: whether a quoted review over its reviewer's name stands below the line.
  let reviewBelow = false;
  for (let i = end - 1; i >= top; i--) {
    const line = lines[i]!;
    if (reviewBelow && !isProse(line) && line.text.length <= MAX_RELATED_HEADER_LENGTH && TESTIMONIALS_HEADER.test(line.lower)) return i;
    const isReviewersName = i > start && isReviewOverName(lines[i - 1]!, line);
    if (!OPENS_WITH_QUOTATION.test(line.text) && !isReviewersName && HAS_LETTER.test(line.text)) return end;
    if (isReviewersName) reviewBelow = true;
  }
  return end;
}

/**
 * Whether `quote` opens with a quotation mark and `name` under it is short enough for a reviewer's name line. A
 * speaker's label closing on a colon ("Imogen Tarr:") introduces an interview's answer, not a review's signature.
 */
function isReviewOverName(quote: ClassifiedLine, name: ClassifiedLine): boolean {
  return OPENS_WITH_QUOTATION.test(quote.text) && !isProse(name) && name.words <= MAX_REVIEWER_WORDS && !name.text.trimEnd().endsWith(":");
}

/** Most words of a form's field label, a short question at most: "Which crossing do you take most often? *". */
const MAX_FIELD_WORDS = 8;
/** Fewest required fields that make a form (a comment form asks a name and an address). */
const MIN_FORM_FIELDS = 2;
/** Most lines between two fields of one form: a field's hint, or a box to tick. */
const MAX_FIELD_GAP = 3;

/**
 * Where the region ends before a form set under the story (a comment form, a request for information): two or more
 * required fields close together near the region's end, with the short lines heading it ("Leave a comment",
 * "Comment"). Returns `end` when there is none.
 */
export function endBeforeForm(
  lines: readonly ClassifiedLine[],
  start: number,
  end: number,
  tally = new ProseTally(lines, start, end),
): number {
  const top = footTop(tally, start, end, MAX_PROSE_BELOW_CLOSING_BOX);
  let fields = 0;
  let topField = -1;
  for (let i = end - 1; i >= top; i--) {
    const line = lines[i]!;
    if (line.words > MAX_FIELD_WORDS || !REQUIRED_FIELD.test(line.lower)) continue;
    // A field far above the ones below belongs to another form, or to none.
    if (topField >= 0 && topField - i > MAX_FIELD_GAP) {
      if (fields >= MIN_FORM_FIELDS) break;
      fields = 0;
    }
    fields++;
    topField = i;
  }
  if (fields < MIN_FORM_FIELDS) return end;
  let cut = topField;
  while (cut > start && !isProse(lines[cut - 1])) cut--;
  return cut;
}

/**
 * Most lines a press release's notes run to under their label: an "about" paragraph or a few numbered notes, the
 * contacts, an end mark ("ENDS"). A label further up heads a section of a story on press work.
 */
const MAX_PRESS_NOTES_LINES = 12;

/**
 * Where the run of newsroom's notes (`isStoryNote`) and furniture at the foot of the region from `start` to `end` opens;
 * `end` when there is none. Without `corrections`, a correction's note (`isCorrectionNote`) counts as the story's line.
 */
function footNotesStart(lines: readonly ClassifiedLine[], start: number, end: number, corrections: boolean): number {
  let cut = end;
  for (let i = end - 1; i > start; i--) {
    const lower = lines[i]!.lower;
    if (isStoryNote(lower) && (corrections || !isCorrectionNote(lower))) cut = i;
    else if (lines[i]!.class !== "boilerplate") break;
  }
  return cut;
}

/**
 * A list's item opening on a label of a few words, the first of two letters or more ("Bear market: a fall of …",
 * "Change: captains only …"); a transcript's "Q:" and "A:" are the story's own paragraphs.
 */
const LABELLED_ITEM = /^\p{L}{2,}(?:[\s'’-]\p{L}+){0,2}\s?[:：]\s/u;

/** Whether the last line above `at` in the region from `start`, furniture passed over, is a paragraph of the story's. */
function storyParagraphAbove(lines: readonly ClassifiedLine[], start: number, at: number): boolean {
  let above = at - 1;
  while (above > start && lines[above]!.class === "boilerplate") above--;
  const line = lines[above]!;
  return isProse(line) && !LABELLED_ITEM.test(line.text) && !isStoryNote(line.lower);
}

/**
 * Where the region ends above the newsroom's notes under the story's last paragraph (`isStoryNote`: a print-edition
 * note, a call for letters, a paid-trip disclosure), with any furniture among them. Only at the foot: a sentence of
 * the story that opens like a note ("This trip was paid for by …") stays where more of the story follows it. The
 * region keeps its first line, so a page that is one such sentence still reads as one.
 */
export function endBeforeStoryNotes(lines: readonly ClassifiedLine[], start: number, end: number): number {
  let cut = footNotesStart(lines, start, end, true);
  // A correction's note (`isCorrectionNote`) closes a story under its last paragraph. Under a heading or a live entry's
  // time, a labelled list's item ("Bear market: …", "Change: …") or another such note up to the region's top (a
  // corrections column), the labelled line is the entry's or the list's own.
  if (cut < end && !storyParagraphAbove(lines, start, cut)) cut = footNotesStart(lines, start, end, false);
  // A press release's notes label ends the story whatever stands under it (the group's "about" paragraph is prose),
  // when it stands among the region's last lines and the press office's contact or the release's end mark stands among
  // the notes' lines under it (the region may already end above them): a story's own section headed alike ("Note to
  // editors" in a readers' editor's column) gives neither.
  for (let i = cut - 1; i > start && i >= end - MAX_PRESS_NOTES_LINES; i--)
    if (isPressNotesLabel(lines[i]!.lower) && holdsPressContact(lines, i + 1, Math.min(lines.length, i + 1 + MAX_PRESS_NOTES_LINES)))
      cut = i;
  return cut;
}

/**
 * A phone number written in full from its "+" or trunk "0" ("+44 20 7946 0321", "020 7946 0111", "06 12345678"), or a
 * release's end mark alone on its line ("ENDS", "-ends-", "###", "-30-"), read from the lower-cased line.
 */
const PRESS_CONTACT_MARK = /(?<![\d.,])[+0]\d[\d ()-]{6,}\d(?![\d,]|\.\d)|^-?\s*(?:ends|###|-30-)\s*-?$/u;

/** Whether a line from `from` up to `to` gives a press office's e-mail address or phone, or a release's end mark. */
function holdsPressContact(lines: readonly ClassifiedLine[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (holdsEmailAddress(lines[i]!.text) || PRESS_CONTACT_MARK.test(lines[i]!.lower)) return true;
  return false;
}

/**
 * Where the region ends above a promotion box closing the story: a heading standing apart, a short pitch of at most
 * `PROMOTION_LINES` lines of a short sentence each, then a button right under the region ("See it in action" / "Find
 * out how teams like yours save hours every week." / "Book a demo"; "Jetzt testen", "En savoir plus"), as company
 * blogs and shops set one under every post. The box inside the story is told by `headsPromotion` in assemble.ts; this
 * is the same box where the region's end left its button outside. Only with the button at the region's very end: a
 * section of the story runs on into more prose, and a call set in the story's last paragraph ends its sentence. The
 * box's heading or pitch offers the reader something of theirs (`offersReader`, "your team"): a story's own short last
 * section over a site's "Learn more" tells of others and stays; a call to join ("Subscribe", "Sign up", "Apply now")
 * is the site's or a service section's, never a vendor box's button. A heading right over the button (no pitch) goes
 * too: it names the link. The region keeps its first line. Returns `end` when there is none.
 */
export function endBeforeClosingPromotion(lines: readonly ClassifiedLine[], start: number, end: number): number {
  const button = lines[end];
  // The cheap tests first: most pages end their region on a line that is no short call.
  if (button === undefined || button.sentenceEnd || button.class === "good" || !isButton(button)) return end;
  // Under a call to join, only a subscription's offer is a box's pitch: a story's section over "Subscribe" stays.
  const join = JOIN_CALL.test(button.lower);
  let pitched = false;
  let sold = false;
  for (let i = end - 1, pitch = 0; i > start && pitch <= PROMOTION_LINES; i--) {
    const line = lines[i]!;
    pitched ||= join ? offersSubscription(line) : offersReader(line);
    // A box copied packed sets its heading right over the pitch, not set apart: any short line ending no sentence. Without
    // the standing heading's look, the box shows by its pitch: a subscription's offer under a join button, or a seller's
    // call or voice (`SELLING_VOICE`), where a story's packed section tells the reader's things ("What you need to know" /
    // "Your bin collection day moves to Thursday.").
    const packedHeading = line.class === "short" && !line.sentenceEnd && (join || sold);
    sold ||= SELLING_VOICE.test(line.lower);
    if (isStandingHeading(line) || packedHeading) return (pitch === 0 || pitched) && !READERS_STAKE_HEADING.test(line.lower) ? i : end;
    if (line.class === "good" || line.words > PROMOTION_LINE_WORDS) return end;
    pitch++;
  }
  return end;
}

/**
 * A seller's voice in a box's pitch, lower-cased: a call to find, see or try opening it ("Find out how teams like yours
 * …", "Discover …", "Entdecken Sie …", "Découvrez …", "Descubre …", "Scopri …", "Ontdek …") or the seller's "our" / "we".
 */
const SELLING_VOICE =
  /^(?:find|see|discover|learn|explore|get|try|start|book|plan|save|meet|entdecken|erfahren|finden|testen|découvrez|trouvez|essayez|descubre|descubra|encuentra|prueba|scopri|prova|experimente|ontdek|vind|probeer)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:our|we|unser\p{L}*|wir|notre|nos|nous|nuestr\p{L}*|nostr\p{L}*|noss[oa]s?|onze|wij)(?![\p{L}\p{N}])/u;

/**
 * An explainer's heading over what the news means for its reader, lower-cased ("What it means for you", "What this
 * means for you", "Was das für Sie bedeutet", "Ce que cela change pour vous", "Qué significa para usted", "Cosa cambia
 * per te", "O que muda para si", "Wat dit betekent voor u"): the story's own last section, whose line speaks of the
 * reader's things ("Your council tax will rise …") over the site's button, not a vendor's box.
 */
const READERS_STAKE_HEADING =
  /^(?:what (?:it|this|that) means for you|was (?:das|dies) für sie bedeutet|(?:ce que )?(?:cela|ça) change (?:pour vous|quoi)|qu['’]est-ce que (?:cela|ça) change|qué significa (?:esto )?para (?:usted|ti|los vecinos)|qué cambia para (?:usted|ti)|cosa cambia per (?:te|voi)|cosa significa per (?:te|voi)|o que muda para (?:si|você|vocês)|o que (?:isto|isso) significa para (?:si|você)|wat (?:dit|het) betekent voor (?:u|jou|je))\??$/u;

/**
 * A subscription's offer, lower-cased: unlimited access ("Get unlimited access to local news for £1 a week.", "accès
 * illimité", "acceso ilimitado", "onbeperkt toegang"), or an opening month's price with its currency ("Your first month
 * costs £1", "Alle Artikel für 99 Cent im ersten Monat", "1 € le premier mois", "el primer mes por 1 €", "il primo mese
 * a 1 €", "o primeiro mês por 1 €", "de eerste maand voor € 1"): the site's own box over its join button, where a
 * story's last section over the same button tells a price of something else ("A season ticket costs £40 a month.") or
 * its first month without one ("In the first month the walk drew …").
 */
const UNLIMITED_ACCESS =
  /(?<![\p{L}\p{N}])(?:unlimited (?:digital )?access|unbegrenzte[nm]? (?:digitalen )?zugang|unbegrenzt lesen|accès illimité|acceso ilimitado|accesso illimitato|acesso ilimitado|onbeperkte? (?:digitale )?toegang)(?![\p{L}\p{N}])/u;
const FIRST_MONTH =
  /(?<![\p{L}\p{N}])(?:first month|ersten monat|premier mois|primer mes|primo mese|primeiro mês|eerste maand)(?![\p{L}\p{N}])/u;
const PRICE = /[£$€]|\d\s?(?:cent|euro|eur|dollars?|pounds?|p)(?![\p{L}\p{N}])/u;

/**
 * A call opening an offer to the reader, lower-cased ("Get unlimited access …", "Try …", "Profitez …", "Disfruta …",
 * "Krijg …"), or the site's whole content offered ("All articles for £1 in the first month", "Alle Artikel für 99 Cent im
 * ersten Monat"): the site's box makes its offer to the reader, where a story tells of others' offers ("The pass gives
 * unlimited access to all six museums", "New members pay £1 for the first month").
 */
const OFFER_CALL =
  /^(?:get|try|enjoy|start|unlock|read|lesen sie|testen sie|genießen sie|sichern sie sich|profitez|obtenez|essayez|lisez|accédez|disfruta|prueba|lee|accede|prova|leggi|accedi|experimente|aproveite|leia|probeer|lees|krijg|geniet|all (?:articles|stories)|every (?:article|story)|alle artikel|tous les articles|todos los artículos|tutti gli articoli|todos os artigos|alle artikelen)(?![\p{L}\p{N}])/u;

/**
 * Whether a line of a closing box offers the reader a subscription (see `UNLIMITED_ACCESS`, `FIRST_MONTH`): the offer
 * opens the line, follows a call to take it (`OFFER_CALL`), or names the reader's own (`offersReader`: "Your first month
 * costs just £1").
 */
function offersSubscription(line: ClassifiedLine): boolean {
  const lower = line.lower;
  const access = UNLIMITED_ACCESS.exec(lower);
  const month = access === null && FIRST_MONTH.test(lower) && PRICE.test(lower);
  if (access === null && !month) return false;
  return access?.index === 0 || OFFER_CALL.test(lower) || offersReader(line);
}

/**
 * Words a pitch uses to offer the reader something of their own, lower-cased ("teams like yours", "set up your first
 * pipeline", "comme la vôtre", "como el tuyo", "tu equipo"): a vendor's box sells to its reader, where a story's
 * closing section tells of others ("What's next" / "The council meets again on May 12.") over whatever button the site
 * sets under every story ("Learn more", "Contact us"). Only the possessives: a story's service section tells the reader
 * what "you can" do ("How to watch" / "You can stream the meeting on the council's website."). Spanish "tu" is "your";
 * French "ton" is left out, being another word in English.
 */
const READER_WORDS =
  /(?<![\p{L}\p{N}])(?:your|yours|dein\p{L}*|votre|vos|vôtre|vôtres|tes|tu|tus|tuyo|tuya|tuyos|tuyas|vuestr\p{L}*)(?![\p{L}\p{N}])/u;
/**
 * The German formal possessive, told from "ihr" (her, their) by its capital within a sentence ("Teams wie Ihres");
 * opening a sentence, the capital says nothing.
 */
const FORMAL_READER_WORDS = /(?<=[\p{L},]\s)(?:Ihr|Ihre|Ihres|Ihren|Ihrem|Ihrer)(?![\p{L}\p{N}])/u;

/** Whether a line of a closing box offers the reader something of theirs (`READER_WORDS`), unquoted. */
function offersReader(line: ClassifiedLine): boolean {
  if (QUOTATION_MARK.test(line.text)) return false;
  return READER_WORDS.test(line.lower) || FORMAL_READER_WORDS.test(line.text);
}

/** Most lines at the story's foot looked through for the site's pitch of its own channel: the pitch, a box's name over it, its button. */
const OWN_CHANNEL_REACH = 4;
/** Most words of such a pitch: a sentence or two ("Listen to our podcast … on Spotify or Apple Podcasts."). */
const MAX_OWN_CHANNEL_WORDS = 30;
/** Most words of a box's name over the pitch ("The Harbour Hour", "Haben Sie einen Hinweis?"). */
const MAX_CHANNEL_NAME_WORDS = 6;
/**
 * The reader addressed, lower-cased ("you", "Sie", "vous", "usted", "tú", "voi", "você", "je", "jij", "u"): a box's
 * question over its pitch asks the reader ("Got a story for you?", "Haben Sie einen Hinweis?", "Vous avez une info ?"),
 * where a story's closing question asks of others ("Will the market ever reopen?", "Wie geht es jetzt weiter?").
 */
const ASKS_READER = /(?<![\p{L}\p{N}])(?:you|your|sie|ihr|vous|votre|usted|tú|tu|te|voi|você|vocês|je|jij|jou|u)(?![\p{L}\p{N}])/u;
/**
 * The channels a site publishes, lower-cased: a podcast or a newsletter ("nieuwsbrief", "boletín", "lettre
 * d'information", "briefing"), named by `OWN_CHANNEL` and `DESCRIBED_CHANNEL` alike.
 */
const PUBLISHED_CHANNELS = "podcasts?|newsletters?|nieuwsbrief|boletín|lettre d['’]information|briefing";
/**
 * The site's own channel named by a first person's possessive, lower-cased, within two words ("our weekly podcast",
 * "unseren Newsletter", "unserer Redaktion", "notre podcast", "nuestro boletín", "il nostro podcast", "o nosso
 * podcast", "onze nieuwsbrief", "notre lettre d'information"): a podcast, a newsletter or the newsroom, which a story
 * names with another's possessive ("the council's newsletter") and a site's box with its own.
 */
const OWN_CHANNEL = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:our|unser\\p{L}*|notre|nos|nuestr[oa]s?|nostr[oaie]|noss[oa]s?|onze)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${PUBLISHED_CHANNELS}|newsroom|redaktion|rédaction|redacción|redazione|redação|redactie)(?![\\p{L}\\p{N}])`,
  "u",
);
/**
 * A call opening the line that asks the reader to listen, subscribe, receive, follow or write ("Listen to", "Get",
 * "Hören Sie", "Schreiben Sie", "Écoutez", "Abonnez-vous", "Escucha", "Suscríbete", "Ascolta", "Iscriviti", "Ouça",
 * "Subscreva", "Luister naar", "Abonneer je"), lower-cased: the site speaking to its reader, not the story's sentence.
 */
const CHANNEL_CALL =
  /^(?:listen|subscribe|sign up|follow|send|write|email|tell|get|receive|erhalten sie|recevez|recibe|reciba|ricevi|receba|ontvang|hören sie|hört|abonnieren sie|folgen sie|schreiben sie|schicken sie|écoutez|retrouvez|abonnez|suivez|écrivez|envoyez|escucha|escuche|suscríbete|suscríbase|síguenos|escríbenos|ascolta|ascoltate|iscriviti|seguici|scrivici|ouça|oiça|ouve|subscreva|assine|siga|escreva|luister|abonneer|volg|schrijf|stuur|mail)(?![\p{L}\p{N}])/u;
/**
 * A speaker's clause after a comma, lower-cased, up to three words before its verb ("…, the mayor told reporters, …",
 * "…, sagte sie den Reportern", "…, a dit la maire", "…, dijo la alcaldesa", "…, ha detto il sindaco", "…, aldus de
 * burgemeester", "…, the union's banner read"): the story reporting someone's call to listen or write, which the site's
 * own pitch never sets.
 */
const SPEAKER_CLAUSE =
  /,\s+(?:[\p{L}'’-]+\s+){0,3}?(?:says|said|tells|told|asks|asked|adds|added|explains|explained|recalls|recalled|replied|insisted|joked|urged|wrote|read|sagt|sagte|sagten|riet|schrieb|fügte|dit|lancé|ajouté|déclaré|dijo|dice|afirmó|añadió|escribió|detto|aggiunto|scritto|disse|diz|zegt|zei|schreef|aldus)(?![\p{L}\p{N}])/u;
/**
 * The channels a box describes over its button without a call ("Our weekly podcast on life along the coast." /
 * "Listen now"), lower-cased: a podcast or a newsletter. The newsroom opens a story's sentence ("Our newsroom asked the
 * council …") over whatever button the site sets under every story.
 */
const DESCRIBED_CHANNEL = new RegExp(`(?:${PUBLISHED_CHANNELS})$`, "u");
/** A player's button under a podcast's box ("Listen now", "Jetzt anhören", "Écouter", "Escuchar", "Ascolta ora", "Ouvir", "Luister nu"). */
const LISTEN_BUTTON =
  /^(?:listen(?: now| here)?|jetzt (?:an)?hören|anhören|écouter(?: maintenant)?|escuchar(?: ahora)?|ascolta(?: ora)?|ouvir(?: agora)?|luister(?: nu)?)$/u;

/**
 * A first person's plural, lower-cased ("we", "our", "wir", "unser…", "nous", "notre", "nuestro", "noi", "nós", "wij",
 * "onze"): a blog's post or an editor's letter tells its story as "we", where a news story tells of others.
 */
const FIRST_PERSON_PLURAL =
  /(?<![\p{L}\p{N}])(?:we|our|us|ours|wir|uns|unser\p{L}*|nous|notre|nos|nosotr[oa]s|nuestr\p{L}*|noi|nostr\p{L}*|nós|noss[oa]s?|wij|onze|ons)(?![\p{L}\p{N}])/u;

/** Whether a line is prose that speaks as "we" outside a quotation (see `FIRST_PERSON_PLURAL`). */
function isProseAsWe(line: ClassifiedLine): boolean {
  return isProse(line) && FIRST_PERSON_PLURAL.test(line.lower.replace(QUOTATION, " "));
}

/** Whether a prose line of the region above `before` speaks as "we" outside a quotation (`isProseAsWe`). */
function speaksAsWe(lines: readonly ClassifiedLine[], start: number, before: number): boolean {
  for (let i = start; i < before; i++) if (isProseAsWe(lines[i]!)) return true;
  return false;
}

/**
 * Where the region ends above the site's pitch of its own channel closing the story: a line that names the site's
 * podcast, newsletter or newsroom with a first person's possessive (`OWN_CHANNEL`) and either opens with a call to the
 * reader (`CHANNEL_CALL`: "Listen to our podcast The Harbour Hour on Spotify.", "Schreiben Sie unserer Redaktion …") or
 * opens with the possessive over a button under the region ("Our weekly podcast on life along the coast." / "Listen
 * now"), with a box's short name or question standing over it ("The Harbour Hour", "Haben Sie einen Hinweis?"). Only
 * at the foot (no prose of the story under the pitch): the story's own sentence about a newsletter names another's
 * ("the council's newsletter"), tells of the newsroom without a call ("Our newsroom asked the council …") or quotes a
 * call (the quotation mark opens the line, before any call). The region keeps its first line. Returns `end` when there is none.
 */
export function endBeforeOwnChannelPitch(lines: readonly ClassifiedLine[], start: number, end: number): number {
  const under = lines[end];
  // The story going on under the region (a short closing sentence the region left out of a packed copy) keeps the pitch in.
  if (under?.sentenceEnd && under.class !== "boilerplate") return end;
  const buttonUnder = under !== undefined && !under.sentenceEnd && (isButton(under) || LISTEN_BUTTON.test(under.lower));
  for (let i = end - 1, seen = 0; i > start + 1 && seen < OWN_CHANNEL_REACH; i--) {
    const line = lines[i]!;
    if (line.class === "boilerplate") continue;
    seen++;
    if (line.words > MAX_OWN_CHANNEL_WORDS) return end;
    // The cheap test first: most lines at a story's foot name no podcast, newsletter or newsroom.
    const own = line.lower.includes(" ") ? OWN_CHANNEL.exec(line.lower) : null;
    if (own === null) {
      // Prose or a sentence under the pitch is the story's: the story goes on under it (a box's lines under its pitch
      // are a button or a link, ending no sentence).
      if (isProse(line) || line.sentenceEnd) return end;
      continue;
    }
    const described = buttonUnder && own.index === 0 && DESCRIBED_CHANNEL.test(own[0]);
    if (!(CHANNEL_CALL.test(line.lower) || described) || SPEAKER_CLAUSE.test(line.lower)) return end;
    // A writer telling the story as "we" (a blog's post, an editor's letter) closes it on its own channel in its voice.
    if (speaksAsWe(lines, start, i)) return end;
    const above = lines[i - 1]!;
    const named =
      above.class !== "boilerplate" &&
      above.words <= MAX_CHANNEL_NAME_WORDS &&
      !isProse(above) &&
      (!above.sentenceEnd || (above.text.endsWith("?") && ASKS_READER.test(above.lower)));
    return named && i - 1 > start ? i - 1 : i;
  }
  return end;
}

/** Most lines of a support box that may stand between its title and its last appeal: its pitch's paragraphs and appeals. */
const MAX_SUPPORT_PITCH_LINES = 5;
/** Most words of a support box's title ("Keep local news alive", "Lokaljournalismus braucht Sie"). */
const MAX_SUPPORT_TITLE_WORDS = 8;

/**
 * The site's work, which a support box's pitch names ("Local reporting is under pressure, and we…", "Lokaljournalismus",
 * "l'information locale", "el periodismo local", "la nostra redazione", "jornalismo", "journalistiek"): a story's last
 * section in its own voice ("What we know" / "We know that the warehouse stored paper…") names none, and stays.
 */
const SITE_WORK =
  /journalis|reporting|reporters?\b|newsroom|news\b|berichterstattung|recherche|redaktion|information|rédaction|periodis|redacci[óo]n|giornalis|redazione|jornalis|reda[çc][ãa]o|reportag|redactie|nieuws/u;

/** Whether a line is a support box's appeal (`isSupportAppeal`), which `classifyLine` made furniture. */
function isAppealLine(line: ClassifiedLine): boolean {
  // The cheap tests first: most furniture is a label or a button, short and ending no sentence.
  return (
    line.class === "boilerplate" && line.text.length >= MIN_APPEAL_LENGTH && line.sentenceEnd && isSupportAppeal(line.lower, SUPPORT_SIGNAL)
  );
}

/**
 * Where the region ends above a support box closing the story: its short title, the pitch's paragraphs in the site's
 * own voice ("we", "our", "wir", "nous", "nuestro", "noi", "nós", "wij" outside a quotation) and its appeals, over the
 * appeal the region's edge left out ("Keep local news alive" / "Reporting like this costs money, and we …" / "Please
 * consider supporting us."). The region's edge drops the appeals as furniture; the title and the pitch read as a
 * section of the story. Not where the story itself speaks as "we" (a blog's post, an editor's letter, whose last
 * section may be its plans over the site's plea), nor without a title (the story's last paragraph stands right over the
 * box). Returns `end` when there is none.
 */
export function endBeforeSupportBox(lines: readonly ClassifiedLine[], start: number, end: number): number {
  const under = lines[end];
  if (under === undefined || !isAppealLine(under)) return end;
  let at = end - 1;
  let pitched = false;
  let namesWork = false;
  for (; at > start && end - at <= MAX_SUPPORT_PITCH_LINES; at--) {
    const line = lines[at]!;
    if (isAppealLine(line)) continue;
    if (!isProseAsWe(line)) break;
    pitched = true;
    namesWork ||= SITE_WORK.test(line.lower);
  }
  const title = lines[at]!;
  const titled =
    at > start && title.class !== "boilerplate" && !isProse(title) && !title.sentenceEnd && title.words <= MAX_SUPPORT_TITLE_WORDS;
  return titled && (!pitched || namesWork) && !speaksAsWe(lines, start, at) ? at : end;
}
