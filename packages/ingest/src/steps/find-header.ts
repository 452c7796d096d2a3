import type { Author, Figure } from "@dateline/schema";
import { calendarDay, updateAfter } from "../_dates.js";
import {
  agencyAfterDate,
  bylineDate,
  CJK_LETTER_CLASS,
  creditedWriters,
  criticCredit,
  isRelativeDayLine,
  leadsIn,
  namesBeforeDate,
  nameOverDateLine,
  isJobTitleLine,
  isPictureRole,
  isPublicBodyName,
  signsAsBody,
  namesOverDesk,
  opensWithBylineLabel,
  opensWithPieceNoun,
  namesOverRole,
  parseByline,
  readsOnAfterDate,
  type MetaLine,
  parseMetaLine,
  opensInUncasedScript,
  peopleOfDatedByline,
} from "./byline.js";
import {
  headerNumericDate,
  type DateLine,
  isAgeLine,
  isDateLabel,
  printsDateAlone,
  opensWithFirstPublishedLabel,
  opensWithRepublishedLabel,
  opensWithPublishedLabel,
  opensWithUpdateLabel,
  isAsciiDigitAt,
  parseDateLine,
  opensWithSpanOfDays,
  opensWithPageDateLabel,
  printsPublishedDate,
  opensWithDayDateline,
} from "./date-line.js";
import {
  isHeaderFieldLine,
  isInStoryControl,
  isReadingTime,
  isRelatedLabel,
  isSponsorLabel,
  isCorrectionNote,
  isStoryNote,
  namesCorrection,
  unmarkedRelatedLink,
  RELATED_LINK,
  isStoryReadingTime,
  LABEL_COLON,
  mayHoldReadingTime,
  mayTitleNewsletterIssue,
  RIGHTS_RESERVED_PHRASES,
} from "./boilerplate.js";
import {
  AUTHOR_NOUNS,
  BY_WORDS,
  BYLINE_PHRASES,
  COLON_AUTHOR_NOUNS,
  COLON_BY_WORDS,
  NORDIC_BY_WORDS,
  PUBLISHING_BY_PHRASES,
  ORGANISATION_WORD,
  WRITTEN_BY_PHRASES,
  PIECE_NOUNS,
  TEXT_LABELS,
  REVIEWER_WORD,
} from "./byline-labels.js";
import {
  creditOnly,
  creditSignsLineUnder,
  endsOnAgencyName,
  HAS_CAPITAL,
  hasCredit,
  isGraphicCredit,
  isPictureFurniture,
  MIN_BODY_CAPTION_WORDS,
  splitCredit,
} from "./caption.js";
import { type ClassifiedLine, holdsPageFurnitureWord, isMetaLine, isProse, proseLinesIn } from "./classify.js";
import type { NumericOrderSource } from "./date-order.js";
import { NAME_WORD, opensWithGivenName } from "./given-names.js";
import {
  bareLiveBadge,
  bestPossibleScore,
  closesTrail,
  endsWithHeadingLinkMark,
  HEADLINE_WEIGHTS,
  headlineCeiling,
  headlineScore,
  headlineText,
  isDeckUnder,
  MIN_DECKED_HEADLINE_WORDS,
  isRepeated,
  isSectionMenu,
  holdsReadingTime,
  isTitleLike as readsAsTitle,
  MIN_VOUCHED_TITLE_LENGTH,
  readsAsControl,
  readsAsFurniture,
  SERIES_LABEL,
  shortAsWritten,
  withoutHeadingLinkMark,
} from "./headline.js";
import { isTitleCased } from "./letter-case.js";
import { isNameInCapitals, isPersonName, isPlaceName, nameInReadersCase } from "./person-name.js";
import { BOX_LABEL, MIN_TEASER_TITLE_WORDS } from "./related-words.js";
import { opensWithSectionName, PLAIN_WORD_SECTIONS, SECTION_NAMES } from "./section-names.js";
import { MAX_MENU_ENTRY_WORDS, MIN_WRAPPED_LINE, textBefore } from "./segment.js";
import { CAPITAL_OPENING, endsWithFullStop, endsWithQuestionMark, quotedText, SENTENCE_BREAK } from "./sentence.js";
import { letterCount, spacePieceCount, WHITE_SPACE_RUN, wordCount } from "./word-count.js";

/** What a news page prints above its body: headline, standfirst, lead picture, byline and dates. */
export interface Header {
  headline?: string;
  /** Index of the headline line, when found. */
  headlineIndex?: number;
  description?: string;
  image?: Figure;
  authors: Author[];
  datePublished?: string;
  dateModified?: string;
  /** The published date is a first publication's ("Originally published …"): a later date beside it is the update. */
  firstPublished?: true;
  /**
   * The published date is a republication's ("Republished: March 12, 2026"): an earlier published date under it is the
   * first publication's, and the republication its update.
   */
  republished?: true;
}

/** Lines above the body looked at for the header; further up there are only menus. */
const HEADER_WINDOW = 40;
/** A long headline reads like prose and can open the body region; its first lines are looked at too. */
const HEADLINE_INSIDE_BODY = 3;

/**
 * How far apart a headline's copies stand: a title bar or a breadcrumb trail is a few lines from the article's
 * own heading; a menu printed twice, for wide and for narrow screens, is further apart.
 */
const REPEAT_REACH = 12;

/** How many of the body's first lines are read for the subject they name. */
const LEAD_LINES = 3;

/** The body's first prose lines, where encyclopedias and reference pages open by naming their subject. */
function leadLines(lines: readonly ClassifiedLine[], from: number): ClassifiedLine[] {
  return lines.slice(from, from + LEAD_LINES).filter((line) => line.class === "good" || line.class === "medium");
}

/** How far into a lead line its subject may stand: "In shipping, a tide table is …". */
const SUBJECT_REACH = 40;
/** Titles this long are seldom menu labels, so a lead that repeats them in any case names them. */
const LONG_TITLE_WORDS = 4;

/**
 * Whether a lead line names the title as its subject, among its first few
 * words, as a whole phrase (not "Port" in "Portugal", nor "Ann Lee" in
 * "Ann Lee's"). `caseMatters` keeps a menu label in title case from matching
 * running text; `atStart` asks for the line to open with the title. `text`: the title's words, without what the page
 * glued to them (`headlineText`: "Tide table¶", "Tide table [edit]"), which the headline's search reads once a line.
 */
function namedInLead(text: string, lead: readonly ClassifiedLine[], caseMatters: boolean, atStart: boolean): boolean {
  // A title in sentence case loses its first capital in running text ("Tide table" → "a tide table").
  const needles = caseMatters ? [text, text[0]!.toLowerCase() + text.slice(1)] : [text.toLowerCase()];
  const reach = atStart ? 0 : SUBJECT_REACH;
  return lead.some((line) => {
    const opening = (caseMatters ? line.text : line.lower).slice(0, reach + text.length + 1);
    return needles.some((needle) => {
      const at = opening.indexOf(needle);
      // Bracketed, it is the source in a dateline ("HARBOURTON (Coast News Agency) –"), which a site's name line repeats.
      return (
        at >= 0 &&
        at <= reach &&
        !/[\p{L}\p{N}'’(]/u.test(opening.slice(at - 1, at) + opening.slice(at + needle.length, at + needle.length + 1))
      );
    });
  });
}

/** A page title is a name or a short phrase; a longer first line is a notice or a tagline. */
const MAX_DOCUMENT_TITLE_WORDS = 12;

/**
 * The page's first line, when it is the title the lead names: reference and
 * wiki pages open with the page title, then tools and an infobox, then a
 * lead that starts with the same words ("Tide table" … "A tide table is …").
 * A one-word line must open the lead, as a site name may stand in a
 * dateline ("(Wirenews) –"). Where the headline found has its own byline or
 * date near it (`datedHeadline`), a first line the lead names is the site's or
 * the body's own name over its menu ("Harbourton Council" … "Harbourton
 * Council has opened …"), unless a breadcrumb trail under it closes with it
 * as a reference page's does ("Docs / Guides / Installing Tidewatch").
 */
function documentTitle(
  lines: readonly ClassifiedLine[],
  before: number,
  lead: readonly ClassifiedLine[],
  datedHeadline: boolean,
): number | undefined {
  let first: ClassifiedLine | undefined;
  // A loop rather than a copy of every line above the body to search.
  for (let i = 0; i < before && first === undefined; i++) if (lines[i]!.class !== "boilerplate") first = lines[i];
  if (!first || first.class === "end" || first.words > MAX_DOCUMENT_TITLE_WORDS || !/^\p{Lu}/u.test(first.text) || isMetaLine(first))
    return undefined;
  if (datedHeadline && !closesTrailBelow(lines, first.index, before)) return undefined;
  // One word once its heading's link mark is cut ("Harbourton [edit]") is a one-word title too, held to the lead's start.
  const oneWord = first.words === 1 || (endsWithHeadingLinkMark(first.text) && !/\s/u.test(withoutHeadingLinkMark(first.text)));
  return namedInLead(headlineText(first.text), lead, true, oneWord) ? first.index : undefined;
}

/** Whether a breadcrumb trail within `REPEAT_REACH` lines under the line at `index`, above `before`, closes with its title. */
function closesTrailBelow(lines: readonly ClassifiedLine[], index: number, before: number): boolean {
  const title = headlineText(lines[index]!.text);
  for (let j = index + 1; j < Math.min(before, index + REPEAT_REACH + 1); j++) if (closesTrail(lines[j]!.text, title)) return true;
  return false;
}

/** Fewest words of a short deck ("Stopping to smell the roses"), told from a kicker above its headline by the line above. */
const MIN_SHORT_DECK_WORDS = 5;

/** Most words of a button set between a headline and its deck ("Read later", "Save", "Listen"). */
const MAX_CONTROL_WORDS = 3;

/**
 * A button set right under the headline, over the deck or the byline ("Read later", "Save", "Listen"): a few words of a
 * control, which leave the header open. Not the furniture test's other lines (`isControlBetween`): a name alone there
 * ("Ada Lee") is the byline itself.
 */
function isButtonUnderHeadline(line: ClassifiedLine): boolean {
  return line.class === "short" && line.words <= MAX_CONTROL_WORDS && readsAsControl(line.lower, line.words);
}

/** A control's button standing between a headline and its deck: a few words of a control, or a line of page furniture. */
function isControlBetween(line: ClassifiedLine): boolean {
  return line.class === "boilerplate" || (line.words <= MAX_CONTROL_WORDS && readsAsFurniture(line));
}

/**
 * `isTitleLike`'s answers for the lines of the page whose header `findHeader` is searching, kept while it searches and
 * dropped when it returns: the searches, the teaser checks under them (`stampsTeaserPair`) and the standfirst's check
 * ask it of the same title again and again, and each answer runs a dozen patterns. The answer depends only on the line
 * (its text, class, words and place, none of which changes once the page is classified) and on the two flags, so each
 * line object keeps one answer for each pair of them (`titleAskedBit`, `TITLE_YES_SHIFT`). Keyed by the line object, not its
 * index: a check may ask of a copy of a line with another class or text (`{ ...line, class: "short" }`), which is then
 * read afresh. A question naming the byline's signers reads them too, and is not kept.
 */
let titleAnswers: Map<ClassifiedLine, number> | undefined;
/** The bit of a line's kept answers that says a pair of flags was asked: one of four, by `unspaced` and `overByline`. */
function titleAskedBit(unspaced: boolean, overByline: boolean): number {
  return 1 << ((unspaced ? 1 : 0) | (overByline ? 2 : 0));
}
/** The bit above the asked bits that holds that question's answer. */
const TITLE_YES_SHIFT = 4;

/** `isTitleLike` (see headline.ts), answered once per line and pair of flags while `findHeader` searches a page. */
function isTitleLike(line: ClassifiedLine, unspaced: boolean, overByline = false, signedBy?: readonly Author[]): boolean {
  if (titleAnswers === undefined || signedBy !== undefined) return readsAsTitle(line, unspaced, overByline, signedBy);
  const asked = titleAskedBit(unspaced, overByline);
  const known = titleAnswers.get(line) ?? 0;
  if ((known & asked) !== 0) return (known & (asked << TITLE_YES_SHIFT)) !== 0;
  const answer = readsAsTitle(line, unspaced, overByline);
  titleAnswers.set(line, known | asked | (answer ? asked << TITLE_YES_SHIFT : 0));
  return answer;
}

/** A title of a headline's length: a teaser's title in a box, where a kicker or a menu's label is shorter. */
function isHeadlineLength(line: ClassifiedLine): boolean {
  return line.words >= LONG_TITLE_WORDS && isTitleLike(line, false);
}

/** Whether a line is a title rather than the story's first paragraph: title-like and no prose. */
function isTitleNotProse(line: ClassifiedLine | undefined, unspaced: boolean): boolean {
  return line !== undefined && !isProse(line) && isTitleLike(line, unspaced);
}

/** Fewest words of a title's first half ending in a colon: a kicker with a colon ("Analysis:", "Live updates:") has one or two. */
const MIN_TITLE_HEAD_WORDS = 3;

/**
 * The index of a title's first half, ending in a colon, packed right over the line at `index` that goes on with it: a
 * headline set on two lines ("The quiet giants:" / "why the deep sea's sponges outlive the pyramids"). The first half is
 * a title of its own but for the colon, no label or furniture; the second is no prose and goes on in lower case.
 * Undefined when there is none.
 */
function titleHeadOver(lines: readonly ClassifiedLine[], index: number): number | undefined {
  const line = lines[index];
  const head = lines[index - 1];
  if (line === undefined || head === undefined || line.blankBefore || !head.text.endsWith(":") || head.words < MIN_TITLE_HEAD_WORDS)
    return undefined;
  if (isProse(line) || isMetaLine(line) || isMetaLine(head) || isBoxHeading(head) || readsAsFurniture(head)) return undefined;
  // A second half opening in capitals is a title of its own under a kicker ("The Weekend Essay:", "Ein Kommentar von
  // Eva Berg:"), which a header sets over its title far more often than it breaks a title at its colon.
  if (!LOWER_CASE_START.test(line.text)) return undefined;
  // Read without its colon, the first half is asked as any title is.
  const bare = head.text.slice(0, -1).trimEnd();
  return isTitleLike({ ...head, text: bare, lower: bare.toLowerCase() }, false) ? index - 1 : undefined;
}

/** Whether the line at `index` stands again elsewhere on the page, as a section's name does in its menus and footer. */
function printedElsewhere(lines: readonly ClassifiedLine[], index: number): boolean {
  const text = lines[index]!.text;
  return lines.some((line, i) => i !== index && line.text === text);
}

/**
 * A label a copy glued onto a headline's own line ("AnalysisHarbour ferry …") is one word opening with a capital, as a
 * section's label is; a brand's small first letters ("iPhone", "eBay") are the headline's own word.
 */
const GLUED_LABEL = /^\p{Lu}[\p{L}\p{M}]*$/u;
/** A label ends in a small letter where the headline's capital follows it unspaced; a word never joins so. */
const GLUED_LABEL_JOIN = /\p{Ll}$/u;
const OPENS_WITH_CAPITAL = /^\p{Lu}/u;
/**
 * How a line with a label glued before its headline opens: the label's letters (`GLUED_LABEL`), the last in lower
 * case (`GLUED_LABEL_JOIN`), then the headline's capital. Most headlines do not, and skip the reading of the lines
 * around them.
 */
const GLUED_LABEL_OPENING = /^\p{Lu}[\p{L}\p{M}]*\p{Ll}\p{Lu}/u;

/**
 * The headline the line at `index` holds without a label a copy glued before it, where a line within reach (a title
 * bar, a breadcrumb) prints the headline on its own: "AnalysisHarbour ferry returns" under "Harbour ferry returns |
 * Harbour Times" is "Harbour ferry returns". The headline as found otherwise.
 */
function withoutGluedLabel(lines: readonly ClassifiedLine[], index: number, found: string): string {
  if (!GLUED_LABEL_OPENING.test(found)) return found;
  const from = Math.max(0, index - REPEAT_REACH);
  const to = Math.min(lines.length, index + REPEAT_REACH + 1);
  for (let i = from; i < to; i++) {
    if (i === index) continue;
    const title = headlineText(lines[i]!.text);
    if (title.length >= found.length || !found.endsWith(title) || !OPENS_WITH_CAPITAL.test(title)) continue;
    const label = found.slice(0, -title.length);
    if (GLUED_LABEL.test(label) && GLUED_LABEL_JOIN.test(label) && spacePieceCount(title) >= LONG_TITLE_WORDS) return title;
  }
  return found;
}

/** A word's letters and figures: what a name's word in the story is compared by, its quotes and commas left out. */
const WORD_CORE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/u;
/** A word in a name's case: a capital, then lower case ("Live", "Żywo", "Canlı"). */
const NAME_CASE_WORD = /^\p{Lu}\p{Ll}/u;
/**
 * What a word printed inside a sentence follows: a word, a figure or a comma and a space, perhaps an opening quote. A
 * sentence's first word has a capital whatever it is ("Council leaders met …"), so only inside one does a capital mark
 * a name.
 */
const INSIDE_SENTENCE_BEFORE = /[\p{L}\p{N},] ["“«„‘']?$/u;

/**
 * The headline the line at `index` holds (`headlineText`), with the live badge it cuts put back where the story below
 * prints the badge's words in a name's case before the title's first word ("LIVE Aid at 40: …" over "… ago, Live Aid
 * filled two stadiums …", "CANLI Müzik Gecesi …" over "… düzenlenen Canlı Müzik Gecesi …"): a name set in capitals,
 * not a live page's badge, which a story writes in lower case before its subject ("watch live Arsenal v Chelsea").
 */
function headlineKeepingNamedBadge(lines: readonly ClassifiedLine[], index: number): string {
  const text = lines[index]!.text;
  const title = headlineText(text);
  const badge = bareLiveBadge(text);
  if (badge === undefined) return title;
  const first = WORD_CORE.exec(title)?.[0];
  if (first === undefined || !text.startsWith(`${badge} ${first}`)) return title;
  return printsAsName(lines, index + 1, first, badge) ? `${badge} ${title}` : title;
}

/**
 * Whether the story's prose from the line at `from` on prints `word` whole as a name's word: after `capitals` set in a
 * name's case ("Live Aid", "Na Żywo Festiwal" for "LIVE", "NA ŻYWO"; anywhere, a story's first sentence often opening
 * with the name), or with no `capitals`, inside a sentence (see `INSIDE_SENTENCE_BEFORE`). Only prose is read (`isProse`):
 * links, menus and the footer's notice print names too ("Live Football Scores", "© 2025 Harbour Courier.").
 */
function printsAsName(lines: readonly ClassifiedLine[], from: number, word: string, capitals = ""): boolean {
  const capitalWords = capitals === "" ? 0 : capitals.split(" ").length;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (!isProse(line)) continue;
    const text = line.text;
    for (let at = text.indexOf(` ${word}`); at !== -1; at = text.indexOf(` ${word}`, at + 1)) {
      if (WORD_GOES_ON.test(text.charAt(at + 1 + word.length))) continue;
      if (capitalWords === 0) {
        if (INSIDE_SENTENCE_BEFORE.test(text.slice(0, at + 1))) return true;
      } else {
        const before = text.slice(0, at).split(" ").slice(-capitalWords).join(" ");
        const words = before.slice(before.search(/\p{L}/u));
        if (words.toUpperCase() === capitals && words.split(" ").every((piece) => NAME_CASE_WORD.test(piece))) return true;
      }
    }
  }
  return false;
}

/**
 * Whether the line at `at` is another story's teaser glued to its read-on label with no colon (`unmarkedRelatedLink`).
 * A label in a phrase's case before a name the story prints inside its sentences opens a headline instead ("See also
 * Venice before …" over a story saying "… left Venice without …", "Leggi anche Calvino: …"): a teaser's title opens a
 * story other than this one, whose first word this one seldom prints so. A label in capitals is a label whatever follows.
 */
function isUnmarkedTeaser(lines: readonly ClassifiedLine[], at: number): boolean {
  const link = unmarkedRelatedLink(lines[at]!.text);
  if (link === undefined) return false;
  if (link.labelInCapitals) return true;
  const first = WORD_CORE.exec(link.title)?.[0];
  return first === undefined || !printsAsName(lines, at + 1, first);
}

/** Fewest words of a title taken over a standfirst sentence picked under it: a kicker or a section's name has one or two. */
const MIN_TITLE_OVER_SENTENCE_WORDS = 3;

/** How far under a standfirst set apart from its headline the byline or date may stand. */
const META_UNDER_STANDFIRST = 2;

/**
 * The label of a link to the story before or after this one on the site ("Previous article", "Next post", "Nächster
 * Beitrag", "Article précédent", "Entrada anterior"), set over that story's title.
 */
const NEIGHBOUR_LINK_LABEL =
  /^(?:(?:previous|prev|next|older|newer) (?:article|post|story|entry)|(?:vorherige[rs]?|nächste[rs]?) (?:artikel|beitrag)|(?:article|billet) (?:précédent|suivant)|(?:artículo|entrada|noticia) (?:anterior|siguiente))\s*:?$/iu;

/** A line opening with a lower-case letter. */
export const LOWER_CASE_START = /^\p{Ll}/u;

/**
 * Whether the line at `at` is a player's, a slideshow's or a gesture's control (see `isInStoryControl`) packed between
 * the lines over and under it, no blank line on either side.
 */
function packedInStoryControl(lines: readonly ClassifiedLine[], at: number): boolean {
  const line = lines[at];
  return (
    line !== undefined && line.class === "boilerplate" && at >= 1 && !line.blankBefore && !line.blankAfter && isInStoryControl(line.lower)
  );
}

/**
 * A standfirst without a full stop reads like a title and sits nearer the
 * body than its headline, so it can outscore it. The headline is the line
 * right above it, a title at least as long: a kicker above a headline is
 * shorter ("Ferries" over "Island loses its last ferry"). Set apart from it
 * by a blank line, the standfirst needs the byline or date right under it,
 * as a tagline or a teaser over a headline has none.
 */
function headlineAboveStandfirst(lines: readonly ClassifiedLine[], index: number): number {
  const picked = lines[index]!;
  // Packed under a title set on two lines, the line picked is its deck: the headline is the title's second line.
  if (!picked.blankBefore && titleHeadOver(lines, index - 1) !== undefined) return index - 1;
  // A standfirst opens with a capital: a line opening in lower case is a title its byline vouched for (see
  // `searchHeadline`), never the deck of a site's name over it, unless its writer sets the title in lower case too.
  if (LOWER_CASE_START.test(picked.text)) return lowerCaseTitleOver(lines, index) ? index - 1 : index;
  // A player's or a slideshow's button packed between the title and its deck ("Play video", "Video abspielen": the lead
  // video's, its label set for screen readers only) parts nothing: the title over it is read as if packed on the deck.
  const skip = packedInStoryControl(lines, index - 1) ? 1 : 0;
  const top = index - 1 - skip;
  const above = lines[top];
  // The deck's test first: it turns down most lines picked by their words alone, before the control's patterns are
  // read.
  if (!skip && above && isDeckUnder(lines[index - 2], picked) && isControlBetween(above) && isTitleLike(lines[index - 2]!, false))
    return index - 2;
  // A teaser glued to its label ("Read next: Tram line delayed", "Leggi anche: …", with no colon "READ MORE Tram line
  // delayed") links to another story: however title-like its words, it is no headline over the line picked.
  if (!above || readsAsFurniture(above) || RELATED_LINK.test(above.text) || isUnmarkedTeaser(lines, top)) return index;
  // A header's meta line over the title ("2025-03-03Posted in Travel, Food", its date glued to the sections it files
  // the post in; "3 March 2025 · Travel · 4 min read") dates the line picked: it is no headline over a standfirst. A
  // line of names and a date only is a title with its date ("Morning Briefing | 3 March 2025"), which may be one.
  if (parseMetaLine(above.text)?.headerOnly) return index;
  if (above.words < MIN_TITLE_OVER_SENTENCE_WORDS && gluedTitleOverSentence(lines, top, index)) return top;
  if (!isTitleLike(above, false)) return shortTitleOverStandfirst(lines, top, index) ? top : index;
  // A Korean line that is a title only as its syllables count double ("이 시각 주요 뉴스", four words of seven
  // syllables) is a section's label over a headline as often: it is moved up to over a finished sentence (a deck's
  // "…밝혔다.") only.
  if (shortAsWritten(above.text) && !picked.text.endsWith(".")) return index;
  // A series' label set apart over the line picked is its kicker ("…, part 2 of 4" over the part's own title).
  if (picked.blankBefore && SERIES_LABEL.test(above.text)) return index;
  // A title packed under a "Previous article" label links to another story: the line picked is no deck of it.
  if (!above.blankBefore && top >= 1 && NEIGHBOUR_LINK_LABEL.test(lines[top - 1]!.text)) return index;
  // A name over its job title is a byline without a "By" ("Ada Lee" / "Policy Reporter"), as a byline line is.
  const under = lines[index + 1];
  const metaUnder =
    lines.slice(index + 1, index + 1 + META_UNDER_STANDFIRST).some(isMetaLine) ||
    (under !== undefined && under.class === "short" && namesOverRole(under.text, lines[index + 2]?.text) !== undefined);
  // Teasers count only over a line with its own byline under it (see the last return).
  const teasersAbove = metaUnder ? titlesPackedAbove(lines, top) : 0;
  const underTeasers = teasersAbove >= MIN_TEASERS;
  // Set apart from such a list under its heading, the line picked is no deck of the last teaser, however much longer.
  // Titles packed without a heading may be the header's own kicker and title, over its long standfirst.
  if (picked.blankBefore && underTeasers && headsBox(lines, top - teasersAbove)) return index;
  // The line picked is no deck of the site's name over it ("Le Courrier de Marville", four words as a title has).
  if (namedAsSite(lines, top, index)) return index;
  if (isDeckUnder(above, picked)) return top;
  // A short deck: set right under its title (across a blank line a short title-like line is a block of its own, such
  // as a site's tagline over the headline), the line above is no kicker (a section's name, which the menus or the
  // footer print again), no teaser of a packed box (with titles above it), and the deck is no headline that the title
  // bar prints again.
  const teaserAbove = lines[top - 1] !== undefined && !above.blankBefore && isHeadlineLength(lines[top - 1]!);
  if (
    !picked.blankBefore &&
    isDeckUnder(above, picked, MIN_SHORT_DECK_WORDS) &&
    !teaserAbove &&
    !printedElsewhere(lines, top) &&
    !printedElsewhere(lines, index)
  )
    return top;
  // A finished sentence is a standfirst: the title over it is its headline, however short, where a kicker is a word or two.
  if (/\.$/.test(picked.text) && !/\.$/.test(above.text) && above.words >= MIN_TITLE_OVER_SENTENCE_WORDS) return top;
  if (shorterThan(above, picked) || /\.$/.test(above.text)) return index;
  if (picked.blankBefore && !metaUnder) return index;
  // Set apart from the line above, over its own deck and that deck over the byline or date, the line picked is the title:
  // the line above is a teaser or a tagline over the header, however much longer ("Wierdum picks a wider slip" / "Fishers
  // welcome the plan but fear …" / "By …" under "The bakery that sells out before seven every morning Paul Senden").
  if (picked.blankBefore && decksOwnHeader(lines, index)) return index;
  // Under a list of titles ("Most read"), with its byline under it, the line picked heads its own header: the last teaser
  // is no headline of it. Packed without a byline, the list is more likely a menu of long links over a headline and its deck.
  return underTeasers ? index : top;
}

/** A letter of Hebrew or Arabic script (Arabic, Persian), whose words carry articles and prepositions glued on. */
const GLUED_SCRIPT_LETTER = /[\p{Script=Hebrew}\p{Script=Arabic}]/u;

/** What stands at a word's ends and is no part of it: quotes, a comma, a full stop. */
const WORD_EDGE = /^[^\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu;

/** The words of `text` without what stands at their ends (`WORD_EDGE`): a dash or a mark standing alone is no word. */
function wordsWithoutEdges(text: string): string[] {
  return text
    .split(WHITE_SPACE_RUN)
    .map((word) => word.replace(WORD_EDGE, ""))
    .filter((word) => word !== "");
}

/**
 * Whether a title of fewer words than `MIN_TITLE_OVER_SENTENCE_WORDS`, in Hebrew or Arabic script, is the headline over
 * the finished sentence picked under it: its words carry the article and prepositions Latin spells apart ("הנמל נפתח",
 * "the port reopens"), so two of them say what three Latin words do. A kicker or a column's name of two words is as
 * common, so the sentence restates the title's words as written (`MIN_WORDS_RESTATED`), as a deck does; the title is
 * printed nowhere else on the page and no notice names it, as a site's name is.
 */
function gluedTitleOverSentence(lines: readonly ClassifiedLine[], top: number, index: number): boolean {
  const title = lines[top]!;
  const sentence = lines[index]!.text;
  if (!GLUED_SCRIPT_LETTER.test(title.text) || !sentence.endsWith(".") || endsWithFullStop(title.text)) return false;
  // A sentence no longer than a headline with its full stop runs (`MAX_STATEMENT_TITLE_WORDS`) may be the headline
  // under its kicker, printing the kicker's words anywhere ("…, כך לפי תחזית מזג האוויר." under "מזג האוויר"); a deck
  // runs longer.
  if (lines[index]!.words <= MAX_STATEMENT_TITLE_WORDS) return false;
  const sentenceWords = wordsWithoutEdges(sentence);
  const titleWords = wordsWithoutEdges(title.text);
  const restated = titleWords.filter((word) => sentenceWords.includes(word)).length;
  // A kicker heads the headline it files, word for word ("מחאת המורים" over "מחאת המורים נמשכת: …", "كأس العالم" over
  // "كأس العالم: المنتخب يتأهل …."); a deck opens with its own subject and spreads its title's words over its clause.
  const headsSentence = titleWords.every((word, i) => sentenceWords[i] === word);
  return (
    restated >= MIN_WORDS_RESTATED &&
    !headsSentence &&
    isTitleLike(title, false, true) &&
    !printedElsewhere(lines, top) &&
    !namedByCopyright(lines, top)
  );
}

/** A letter of Hangul: Korean, whose spaced words carry their particles and endings glued on. */
const HANGUL_LETTER = /\p{Script=Hangul}/u;

/**
 * Whether `line` is shorter than `other`, the line under it: in words, but in characters (spaces left out, see
 * `unspacedLength`) in Korean, whose spaced words run from one syllable to five with their particles ("2만 권", "도서관으로"):
 * a deck of six short words ("장서 2만 권 갖춰 주말에도 개방") is shorter than a title of five long ones over it. A line of
 * fewer words and less than a headline's length (`MIN_TITLE_OVER_SHORTER_DECK_CHARS`) is shorter still, however many
 * characters: a kicker of compounds ("지역경제 살리기 프로젝트") over a headline of short words ("옛 창고 새 서재 돼").
 */
function shorterThan(line: ClassifiedLine, other: ClassifiedLine): boolean {
  if (!HANGUL_LETTER.test(other.text)) return line.words < other.words;
  const chars = unspacedLength(line.text);
  return chars < unspacedLength(other.text) || (line.words < other.words && chars < MIN_TITLE_OVER_SHORTER_DECK_CHARS);
}

/**
 * Whether the line at `index` has its own deck right under it: a longer line (see `isDeckUnder`) that reads as a title
 * does, no sentence ended by a full stop, bare or quoted (the story's first paragraph or a quote from it, under a
 * standfirst), no picture's caption with its credit and no line leading into the next with a colon. The caller has the
 * byline or date within two lines under the line, so under that deck. The deck is packed under the line: set apart
 * from it, the longer line is a block of its own, a standfirst under the line picked as a sub-headline of the headline
 * above ("Harbour board agrees to dredge …" / "Skippers fear for their season" / "The ten-week closure comes …" / a date).
 */
function decksOwnHeader(lines: readonly ClassifiedLine[], index: number): boolean {
  const deck = lines[index + 1];
  return (
    deck !== undefined && !deck.blankBefore && !endsWithFullStop(deck.text) && isTitleLike(deck, false) && isDeckUnder(lines[index], deck)
  );
}

/**
 * Fewest characters of a headline in a script written without spaces (Chinese, Japanese): a section's name or a kicker
 * over it ("社会", "国际新闻", "スポーツ") has fewer.
 */
const MIN_UNSPACED_HEADLINE_CHARS = 8;

/**
 * Fewest characters of a deck packed under its title with no full stop to mark it (Chinese, Japanese): more than a
 * headline runs to, so that a headline packed under a shorter kicker, section's name, trail, tagline or teaser
 * ("シリーズ・港町の記憶をたどる" over a headline of 27 characters) is not taken for that line's deck.
 */
const MIN_UNSTOPPED_DECK_CHARS = 40;

/**
 * Fewest characters of a deck ending with a full stop under a title shorter than `MIN_UNSPACED_HEADLINE_CHARS`: more
 * than a headline of one sentence runs to (Chinese and Japanese headlines seldom pass thirty characters), so that a
 * kicker over such a headline ("城市更新观察" over "……恢复航行，码头维修历时三个月。") keeps it.
 */
const MIN_STOPPED_DECK_CHARS = 32;

/**
 * Fewest characters of a Chinese or Japanese title over a finished sentence that restates it (see `wordsSharedWith`):
 * two words of two characters ("港口重开", "新駅開業"), shorter than `isTitleLike` takes a title with nothing under it.
 */
const MIN_RESTATED_TITLE_CHARS = 4;

/**
 * How many words a short Chinese or Japanese title shares with the sentence under it: pairs of its Han or kana
 * characters side by side that the sentence prints too, as a deck restates its title ("渡轮恢复航行" over
 * "……渡轮将于下周一重新开航。"). A kicker or a column's name over a headline of one long sentence names the series, not
 * the story ("每周财经观察").
 */
function wordsSharedWith(title: string, sentence: string): number {
  const chars = [...title];
  const shared = new Set<string>();
  for (let i = 1; i < chars.length; i++) {
    // Two Han or kana characters side by side: a word of Chinese or Japanese, or part of one.
    const pair = chars[i - 1]! + chars[i]!;
    if (IDEOGRAPHIC_CHAR.test(chars[i - 1]!) && IDEOGRAPHIC_CHAR.test(chars[i]!) && sentence.includes(pair)) shared.add(pair);
  }
  return shared.size;
}

/**
 * Fewest words of a title under a kicker's usual floor (`MIN_RESTATED_TITLE_CHARS`, `MIN_TITLE_OVER_SENTENCE_WORDS`)
 * that the sentence under it prints again: a kicker, a column's or a site's name over a one-sentence headline shares
 * its topic's word at most ("港口观察", "יומן הנמל"), where a title's deck restates its topic and what befell it.
 */
const MIN_WORDS_RESTATED = 2;

/**
 * Most times a title right over a shorter line picked under it may outrun it, for that line to be its deck: a deck
 * sums the story up in a clause or two, half the title's length or more; a line packed under a title more than twice
 * its length is a shorter headline under a teaser's long title ("白川町の図書館、来月から…予算を可決" over "白川町の
 * 図書館、夜九時まで開館へ").
 */
const MAX_TITLE_OVER_DECK_RATIO = 2;

/**
 * Fewest characters of a title over a deck no longer than it (Chinese, Japanese), for the title to be taken as the
 * headline: a headline's length, past the kickers, column names, category labels and slogans a site prints over a
 * shorter headline ("城市更新观察系列", "每天五分钟，读懂南港城" over "旧仓库变身书屋"), which run to eleven or so.
 */
const MIN_TITLE_OVER_SHORTER_DECK_CHARS = 12;

/**
 * The same in Thai and the other alphabets written without spaces, whose vowel and tone marks count as characters: a
 * menu's item, a series' name or a tagline runs to forty-odd ("ข่าวภูมิภาคและท้องถิ่นทั่วไทย", "ท่าเรือนิวส์
 * สำนักข่าวท้องถิ่นของคนท่าเรือทุกคน"), a headline with a deck under it longer.
 */
const MIN_ALPHABETIC_TITLE_OVER_SHORTER_DECK_CHARS = 48;

/** Han or kana: a line of Chinese or Japanese, not of Thai or another alphabet written without spaces. */
const IDEOGRAPHIC_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** A line's length in characters, spaces left out: how a headline in a script written without spaces is measured. */
function unspacedLength(text: string): number {
  let chars = 0;
  for (const char of text) if (char.trim() !== "") chars++;
  return chars;
}

/**
 * On a page in a script written without spaces (Chinese, Japanese, Thai), the title right over the line picked when that
 * line is its deck (a summary): the deck sits nearer the byline, so it may outscore the title. A deck no longer than
 * the title, in characters, is one where the title opens its block. Such a page's headline ends with no full stop
 * ("。"), and a longer deck that ends with one is a finished sentence, never a headline: set apart from the title or
 * packed under it, the title over it is the headline. A longer deck without one is taken for a deck only when longer
 * than a headline runs, packed under its title, where the title opens its block (a blank line, a kicker or a date over
 * it): a teaser set apart over a longer title, or packed in a list of teasers over it, is no headline of that title.
 * A longer deck only in Chinese and Japanese: Thai's headlines run as long as such a deck. The title is no section's
 * name (a headline's length in characters), no menu (`isSectionMenu`) and ends no sentence (a tagline's); a question's
 * mark may end it.
 * Undefined when the line picked is no such deck.
 */
function headlineOverUnspacedDeck(lines: readonly ClassifiedLine[], index: number): number | undefined {
  const picked = lines[index]!;
  const above = lines[index - 1];
  // A menu copied as one line ("ホーム ニュース 政治 経済 スポーツ") is no title, however long. Not all furniture: a
  // title holding Latin capitals and no lower-case letter ("G7首脳会議、AI規制で合意") reads as a label in capitals.
  if (above === undefined || endsWithFullStop(above.text) || isSectionMenu(above.text, above.gappedEntries)) return undefined;
  const titleChars = unspacedLength(above.text);
  const deckChars = unspacedLength(picked.text);
  // Over a deck in Chinese or Japanese that ends with a full stop and runs longer than a headline (a finished sentence,
  // a standfirst, which no kicker or section's name stands over alone), a title shorter than a headline usually runs is
  // still the headline ("渡轮恢复航行" over "经过三个月的维修，……宣布。"), unless a menu or the footer prints it again,
  // as they print a section's name or the site's. A sentence of a headline's length is a headline under its kicker, and
  // so is a longer one that shares no word with the title over it.
  const shared = wordsSharedWith(above.text, picked.text);
  const overSentence =
    deckChars >= MIN_STOPPED_DECK_CHARS &&
    IDEOGRAPHIC_CHAR.test(picked.text) &&
    endsWithFullStop(picked.text) &&
    shared > 0 &&
    !printedElsewhere(lines, index - 1) &&
    !namedByCopyright(lines, index - 1);
  // Restated word for word by such a sentence, a title may be as short as two words of two characters ("港口重开").
  const titleLike =
    isTitleLike(above, true) ||
    (overSentence && shared >= MIN_WORDS_RESTATED && readsAsTitle(above, true, false, undefined, MIN_RESTATED_TITLE_CHARS));
  if ((titleChars < MIN_UNSPACED_HEADLINE_CHARS && !overSentence) || !titleLike) return undefined;
  const over = lines[index - 2];
  const opensBlock = above.blankBefore || over === undefined || isMetaLine(over) || unspacedLength(over.text) < MIN_UNSPACED_HEADLINE_CHARS;
  // A deck no longer than the title over it, in characters (a word count says nothing in these scripts), picked for the
  // byline or date under it: where the title opens its block (no teaser's title packed over it), it is the headline, in
  // Thai as in Chinese and Japanese ("青石镇老粮仓改建成社区图书馆" over "馆内藏书两万册，周末开放"): a kicker or a
  // section's name over a headline is shorter than it, and one over a shorter headline is shorter than a headline
  // runs. Nor is the title the site's name or tagline, which its footer's notice or its menus print again.
  if (deckChars <= titleChars) {
    const headlineLength = IDEOGRAPHIC_CHAR.test(above.text)
      ? MIN_TITLE_OVER_SHORTER_DECK_CHARS
      : MIN_ALPHABETIC_TITLE_OVER_SHORTER_DECK_CHARS;
    if (titleChars < headlineLength) return undefined;
    // A title under the line picked makes it a teaser's in a list over the header (see `titleUnder`), no deck.
    // Two lengths compared as read, in letters: a Thai title's tone and vowel marks would make it outrun its deck twice.
    const summary =
      letterCount(picked.text, false) * MAX_TITLE_OVER_DECK_RATIO >= letterCount(above.text, false) && !titleUnder(lines, index);
    return summary && opensBlock && !namedByCopyright(lines, index - 1) && !printedElsewhere(lines, index - 1) ? index - 1 : undefined;
  }
  // In Thai and the other alphabets, since the title bound is counted in letters, a standfirst as long as the longest
  // headlines is a candidate too: a title of a headline's length opening its block over it is still its headline.
  if (!IDEOGRAPHIC_CHAR.test(picked.text)) {
    const headline = titleChars >= MIN_ALPHABETIC_TITLE_OVER_SHORTER_DECK_CHARS && opensBlock && !titleUnder(lines, index);
    return headline && !namedByCopyright(lines, index - 1) && !printedElsewhere(lines, index - 1) ? index - 1 : undefined;
  }
  // A deck ending with a full stop is a finished sentence, never a headline, however short.
  if (endsWithFullStop(picked.text)) return titleUnder(lines, index) ? undefined : index - 1;
  if (picked.blankBefore || deckChars < MIN_UNSTOPPED_DECK_CHARS) return undefined;
  return opensBlock ? index - 1 : undefined;
}

/**
 * Whether a title of a headline's length stands right under the line at `index` (no full stop, no byline or date): the
 * line is then no deck of the line over it but a teaser's summary under its teaser's title, over the story's own title
 * and byline ("渡轮票价明年再涨" / "渡轮公司周二宣布……涨价。" / "兰菲尔德斥资两百万修复海堤" / "记者 王小明"), as a
 * portal lists related stories over the one it prints. A deck sits right over the byline or date it was picked for.
 */
function titleUnder(lines: readonly ClassifiedLine[], index: number): boolean {
  const under = lines[index + 1];
  return (
    under !== undefined &&
    !isMetaLine(under) &&
    !endsWithFullStop(under.text) &&
    unspacedLength(under.text) >= MIN_UNSPACED_HEADLINE_CHARS &&
    isTitleLike(under, true)
  );
}

/** How far over a short line a title may stand that makes it a kicker: a reading time or a date can part them. */
const KICKER_UNDER_TITLE_REACH = 3;

/**
 * Whether a line over a short one is a title of a headline's length that ends no sentence, in lower case too (a blog's
 * style): the short line under it is its kicker. Not a trail, a cookie notice or a menu, which a page prints over its
 * header whatever its title.
 */
function titlesKicker(line: ClassifiedLine): boolean {
  if (line.words < LONG_TITLE_WORDS || line.sentenceEnd) return false;
  return isTitleLike(line, false) || (LOWER_CASE_START.test(line.text) && line.class !== "boilerplate" && !readsAsFurniture(line));
}

/** Most words of a headline: a line picked that is longer and ends a sentence is a standfirst. */
const MAX_HEADLINE_WORDS = 20;

/** Most words of a long title the header's order vouches for: `isTitleLike` reads no longer line as a title. */
const MAX_LONG_TITLE_WORDS = 30;
/** A clock time opening a line ("10:42 …", "9.15 …", "14h05 …"): a live page's entry, stamped over its writer's name. */
const OPENS_WITH_TIME = /^\d{1,2}[:.h]\d{2}(?!\d)/;
/** A clock's "am" or "pm" after its time, spaced or not ("9.15am", "2.30 PM", "10:45 a.m."). */
const AM_PM = String.raw`\s?[AaPp]\.?[Mm]\.?`;
/** A mark a live page sets between an entry's time and its text ("9.15 – The pier …", "09:15 | Police …"). */
const ENTRY_MARK = String.raw`\s+[-–—|·•]`;
/**
 * A live page's entry opening with its time and then a capital, perhaps past a dash ("10:45 Gusts …", "9.15 – The
 * pier …", "14h05 Le quai …"): a price or a figure opens a deck with a small letter after it ("12.50 euros buys …").
 * A dotted time is a decimal figure's shape, and German and Swiss decks write the noun after a figure with a capital
 * ("12.50 Franken kostet …", "3.45 Meter hohe Wellen …"), so it is an entry's only with "am"/"pm", "Uhr" or a mark
 * after, or with its hour's leading zero, which no figure writes ("09.15 Police …").
 */
const TIMED_ENTRY_OPENING = new RegExp(
  String.raw`^(?:\d{1,2}[:h]\d{2}(?!\d)(?:${AM_PM})?(?:${ENTRY_MARK})?|0\d\.\d{2}(?!\d)(?:${ENTRY_MARK})?|\d{1,2}\.\d{2}(?:${AM_PM}(?:${ENTRY_MARK})?|\s+Uhr:?|${ENTRY_MARK}))\s+\p{Lu}`,
  "u",
);
/** Lines over a long title searched for a byline: the header's block (a title, its byline and date, a photo's credit). */
const BYLINE_OVER_LONG_TITLE_REACH = 6;

/**
 * Whether the line at `index` is a long title opening its story's header: over twenty words (news sites print titles of
 * 21 to 30), no sentence ended, right over a byline naming its author (the header's order), and no title of a headline's
 * length packed right over it, as a deck follows its title (a kicker of a word or three may stand there), nor under a
 * date or another short line with a title over it (its deck), nor a few lines under a byline (the header is over it).
 * Such a line reads as prose by its length alone; where it stands, it is the headline. A teaser's summary stands under
 * its teaser's title, a standfirst under the headline: neither is asked; nor is a live page's entry, stamped with its
 * time.
 */
function longTitleOverByline(lines: readonly ClassifiedLine[], index: number, unspaced: boolean): boolean {
  const line = lines[index]!;
  if (unspaced || line.words <= MAX_HEADLINE_WORDS || line.words > MAX_LONG_TITLE_WORDS || line.sentenceEnd) return false;
  // A live page's entry opens with its time, or stands right under it, over the name of the one who wrote it: no title.
  // A date over the title may open with figures as a time does ("09.04.2025"): it is no entry's time.
  const previous = index > 0 ? lines[index - 1] : undefined;
  const overTime = previous !== undefined && previous.date === undefined && OPENS_WITH_TIME.test(previous.text);
  if (OPENS_WITH_TIME.test(line.text) || overTime) return false;
  const under = lines[index + 1];
  if (under === undefined || under.blankBefore || !isMetaLine(under) || !under.authors?.length) return false;
  if (previous !== undefined && !line.blankBefore && isHeadlineLength(previous)) return false;
  if (!isTitleLike(line, false, true)) return false;
  // Under a byline the header is over: the line is a caption over its photographer's "By …", a second story's deck
  // over its writer, a live entry over its own.
  for (let i = index - 1; i >= Math.max(0, index - BYLINE_OVER_LONG_TITLE_REACH); i--) if (lines[i]!.authors?.length) return false;
  // Under a date or another short line (a reading time, a photo's credit, a label such as "Exclusive"), packed or set
  // apart, it is the deck of a title over that line ("Title" / "14 March 2025" / the deck / "By …"), unless the line
  // over the short one is the site's name.
  const shortOver = index > 1 && (previous!.date !== undefined || !isHeadlineLength(previous!));
  return !(shortOver && isHeadlineLength(lines[index - 2]!) && !namedByCopyright(lines, index - 2));
}

/** A notice's mark, the sign or its typed form ("©", "(c)"), as a pattern's source. */
const NOTICE_MARK_SOURCE = String.raw`(?:©|\(c\))`;
/**
 * A copyright notice's opening, up to the name it gives: its marks, words and years ("© 2025 ", "Copyright 2025 ",
 * "© Copyright 2019–2025 ", "© "), ending the text it is matched against; it holds the mark or the word with a year.
 */
const COPYRIGHT_NOTICE_OPENING = new RegExp(String.raw`(?:(?:${NOTICE_MARK_SOURCE}|\bcopyright\b|\b\d{4}(?:\s*[-–]\s*\d{4})?)\s*)+$`, "iu");
/** What makes a notice of that opening: the mark, or the word with a year (a year alone opens many a line). */
const COPYRIGHT_MARK = new RegExp(String.raw`${NOTICE_MARK_SOURCE}|\bcopyright\s*\d{4}`, "i");
/** What ends a notice after its name or its mark: the line's end, a separator or the words "All rights reserved". */
const NOTICE_END_SOURCE = `(?:$|[.|·•,–—-]|${RIGHTS_RESERVED_PHRASES.join("|")})`;
/**
 * A notice with its year ("© 2025", "(c) 2019–2025", "Copyright © 2025"); a photographer's "© Ana Ruiz" has none. A
 * second mark is read once at most: marks and spaces taken as one run would read a long run ("©©©…") again from each
 * of its marks (quadratic).
 */
const DATED_NOTICE_SOURCE = String.raw`(?:${NOTICE_MARK_SOURCE}|\bcopyright\b)\s*(?:©\s*)?\d{4}`;

/**
 * A notice's mark and year right after the name that opens its line, and nothing after them but the notice's end or a
 * separator ("Harbour Courier © 2025", "Le Courrier de Marville © 2019–2025 · Mentions légales": the dash after the
 * first year is one, "… (c) 2025. All rights reserved", "… | © 2025", "… — © 2025", "… Copyright © 2025"), or the words
 * "All rights reserved" with no stop before them (`RIGHTS_RESERVED_PHRASES`, "… © 2025 Tous droits réservés"): the
 * footer's other order. A title before a photographer's credit ("… © 2025 Ada Lee") is none, nor a name inside a line
 * ("Photos: … © 2025", a gallery's credit). The spaces before a separator and after it are read by one run each: two
 * optional runs side by side would try every split of a long run of spaces (quadratic).
 */
const COPYRIGHT_AFTER_NAME = new RegExp(`^\\s*(?:[|·•,–—-]\\s*)?${DATED_NOTICE_SOURCE}\\s*${NOTICE_END_SOURCE}`, "iu");
/** Most characters of a notice's opening (marks, the word and years), read back from the name. */
const MAX_NOTICE_OPENING_CHARACTERS = 40;
/** A letter or figure going on past the name: the name is part of a longer word ("Port" in "Portside"). */
const WORD_GOES_ON = /^[\p{L}\p{N}]/u;

/** A dated notice anywhere in a line (`DATED_NOTICE_SOURCE`). */
const DATED_NOTICE = new RegExp(DATED_NOTICE_SOURCE, "iu");
/** A notice's mark, with or without a year ("© Harbour Courier", "(c) Harbour Courier"): many footers print no year. */
const NOTICE_MARK = new RegExp(NOTICE_MARK_SOURCE, "i");
/**
 * A notice's mark and no year right after the name that opens its line, and nothing after it but the notice's end, a
 * separator or the words "All rights reserved" ("Harbour Courier ©", "Harbour Courier © · Privacy"): the undated
 * form of `COPYRIGHT_AFTER_NAME`.
 */
const MARK_AFTER_NAME = new RegExp(`^\\s*${NOTICE_MARK_SOURCE}\\s*${NOTICE_END_SOURCE}`, "iu");
/**
 * What follows a name that is the notice's whole name after its mark: the notice's end or a year ("© Harbour Gazette",
 * "© Harbour Gazette 2026 · Privacy"), not more of the name ("Kellwick" in "© Kellwick Council").
 */
const NAME_ENDS_NOTICE = new RegExp(`^\\s*(?:\\d{4}|${NOTICE_END_SOURCE})`, "iu");

/** The index of the page's last line holding a dated notice (see `DATED_NOTICE`), -1 when there is none. */
function lastDatedNoticeIndex(lines: readonly ClassifiedLine[]): number {
  return lastLineMatching(lines, DATED_NOTICE);
}

/** The index of the page's last line that `pattern` finds something in, -1 when there is none. */
function lastLineMatching(lines: readonly ClassifiedLine[], pattern: RegExp): number {
  for (let i = lines.length - 1; i >= 0; i--) if (pattern.test(lines[i]!.text)) return i;
  return -1;
}

/** Whether the line at `at` has the story's prose (a paragraph) right over it and right under it, as a picture's credit has. */
function betweenProse(lines: readonly ClassifiedLine[], at: number): boolean {
  return lines[at - 1]?.class === "good" && lines[at + 1]?.class === "good";
}

/**
 * Whether the line at `index` is the site's name: the page's copyright notice further down names it right after its
 * mark and year ("© 2025 Harbour Courier", "Copyright 2025 Harbour Courier. All rights reserved.", "Tous droits
 * réservés © Harbour Courier 2025"), or opens with it before them ("Harbour Courier © 2025", see
 * `COPYRIGHT_AFTER_NAME`). The footer names the site that way on most pages, in every language; a headline
 * is no site's name. A title the notice's line quotes elsewhere is not named by it ("© 2025 Photo: …", a caption
 * repeating the title before its photographer's "© 2025 …"). Nor does a notice standing between two paragraphs of
 * the story (`betweenProse`): that is a picture's credit, and it may name the work the title names ("Salt Road" /
 * "© 2025 Salt Road Pictures" under a still of a film's review). `name` is the line's text unless the caller gives the
 * title the line holds (a title bar's site after its bar).
 */
function namedByCopyright(lines: readonly ClassifiedLine[], index: number, name = lines[index]!.text): boolean {
  let lastNotice: number | undefined;
  for (let i = index + 1; i < lines.length; i++) {
    const text = lines[i]!.text;
    const at = text.indexOf(name);
    // The name before the mark names the site only in the page's last dated notice, its footer's: a work's credit under
    // the story (a cover's "A Winter on the Northern Ferry Route © 2019", a still's "Salt Road © 2025 | Photos") repeats
    // the title in that order too, and the site's own notice follows it. An undated credit under the footer ("Photos ©
    // Ana Ruiz") does not count. Found once, so the loop stays linear.
    if (at === 0 && COPYRIGHT_AFTER_NAME.test(text.slice(name.length)) && !betweenProse(lines, i)) {
      lastNotice ??= lastDatedNoticeIndex(lines);
      if (i === lastNotice) return true;
    }
    // Two code units after the name: a letter outside the Basic Multilingual Plane takes two.
    if (at <= 0 || WORD_GOES_ON.test(text.slice(at + name.length, at + name.length + 2)) || betweenProse(lines, i)) continue;
    if (followsNoticeOpening(text, at)) return true;
  }
  return false;
}

/**
 * Words a footer sets right before the site's name alone, inviting the reader to subscribe ("Abonnez-vous à …",
 * "Suscríbete a …", "Abbonati a …", "Assine o …"), lower-cased. Not an "about" line: a review's box after the story
 * is headed so with the work's title ("À propos de Le Chant de la Baie").
 */
const SITE_FOOTER_LEADS = [
  ...["subscribe to", "abonnieren sie", "abonnez-vous à", "suscríbete a", "abbonati a", "assine o", "assine a"],
  ...["εγγραφείτε στη", "εγγραφείτε στην"],
];
/** What parts a site's name from its notice on a footer, spaced or not ("… – Tous droits réservés", "…. All …"). */
const FOOTER_SEPARATOR_SOURCE = String.raw`\s*[.|·•,:–—-]?\s*`;
/** The rights' words or an invitation, then the name: what may stand before the site's name on a footer line. */
const BEFORE_SITE_IN_FOOTER = new RegExp(
  `^\\s*(?:${[...RIGHTS_RESERVED_PHRASES, ...SITE_FOOTER_LEADS].join("|")})${FOOTER_SEPARATOR_SOURCE}$`,
  "iu",
);
/** The rights' words: what may follow the site's name on a footer line ("… – Todos os direitos reservados"). */
const AFTER_SITE_IN_FOOTER = new RegExp(`^${FOOTER_SEPARATOR_SOURCE}(?:${RIGHTS_RESERVED_PHRASES.join("|")})\\.?\\s*$`, "iu");
/** What may end a footer line after the site's name that an invitation opens: a full stop at most. */
const INVITATION_END = /^\s*\.?\s*$/;

/**
 * Whether the line at `index`, set right over the line picked at `picked`, is the site's name: the copyright notice
 * names it (`namedByCopyright`), or the title bar over it holds the line picked and then it, parted by a title's
 * separator ("<headline> – La Voix des Côtes"), or a footer line under the story's last paragraph prints it alone with
 * the rights' words or an invitation to subscribe (`SITE_FOOTER_LEADS`: "La Voix des Côtes – Tous droits réservés",
 * "Abonnez-vous à La Voix des Côtes"). The bar's other order is a title before its deck as often ("La Route du Sel –
 * <deck>"). A footer line counts only when the story, down to its last paragraph, does not print the line: a book's
 * title over its deck has its excerpt's rights line, a podcast's over its launch's deck the invitation to it, and the
 * story names either.
 */
function namedAsSite(lines: readonly ClassifiedLine[], index: number, picked: number): boolean {
  if (namedByCopyright(lines, index)) return true;
  const name = lines[index]!.text;
  const headline = lines[picked]!.text;
  for (let i = Math.max(0, index - REPEAT_REACH); i < index; i++) {
    const text = lines[i]!.text;
    if (text.startsWith(headline) && text.endsWith(name) && TITLE_PARTS_JOIN.test(text.slice(headline.length, text.length - name.length)))
      return true;
  }
  let lastParagraph = lines.length - 1;
  while (lastParagraph > picked && lines[lastParagraph]!.class !== "good") lastParagraph--;
  for (let i = picked + 1; i <= lastParagraph; i++) if (lines[i]!.text.includes(name)) return false;
  for (let i = lastParagraph + 1; i < lines.length; i++) {
    const text = lines[i]!.text;
    const at = text.indexOf(name);
    if (at < 0) continue;
    const before = text.slice(0, at);
    const after = text.slice(at + name.length);
    if ((before === "" && AFTER_SITE_IN_FOOTER.test(after)) || (BEFORE_SITE_IN_FOOTER.test(before) && INVITATION_END.test(after)))
      return true;
  }
  return false;
}

/** Whether the text before `at` in a line ends with a copyright notice's mark and year ("© 2025 ", "Copyright 2025 "). */
function followsNoticeOpening(text: string, at: number): boolean {
  const opening = COPYRIGHT_NOTICE_OPENING.exec(text.slice(Math.max(0, at - MAX_NOTICE_OPENING_CHARACTERS), at))?.[0];
  return opening !== undefined && COPYRIGHT_MARK.test(opening);
}

/**
 * Words of a kicker that names the kind of piece over its title ("The big read", "Weekend essay", "Die große Reportage",
 * "Le grand récit", "En breve", "Het grote verhaal"), in the languages Dateline reads most. With the sections' names
 * (`SECTION_NAMES`: "Local politics", "Accueil > Monde"), a short line holding one is a kicker or a trail, no title.
 */
const KICKER_WORDS: ReadonlySet<string> = new Set([
  // English
  ...["read", "essay", "brief", "briefing", "analysis", "interview", "explainer", "feature", "column", "review", "report"],
  ...["comment", "commentary", "exclusive", "profile", "obituary", "weekend", "focus", "insight", "special", "longread"],
  // German
  ...["reportage", "kommentar", "analyse", "hintergrund", "kolumne", "porträt", "rezension", "kritik", "glosse"],
  ...["wochenende", "exklusiv", "kurz", "überblick", "fokus", "leitartikel"],
  // French
  ...["récit", "bref", "entretien", "chronique", "éditorial", "enquête", "décryptage", "portrait", "critique", "tribune"],
  ...["exclusif", "week-end"],
  // Spanish
  ...["reportaje", "breve", "análisis", "entrevista", "crónica", "editorial", "columna", "tribuna", "exclusiva", "perfil"],
  ...["reseña", "crítica"],
  // Italian
  ...["racconto", "analisi", "intervista", "commento", "editoriale", "inchiesta", "rubrica", "recensione", "esclusiva"],
  ...["ritratto"],
  // Portuguese
  ...["reportagem", "resumo", "análise", "crônica", "coluna", "exclusivo"],
  // Dutch
  ...["verhaal", "kort", "achtergrond", "commentaar", "beschouwing", "portret", "recensie"],
  // A live page's label and an update's note, set under the site's name as a kicker is ("Live updates", "En direct",
  // "En directo", "Diretta", "Em direto", "Liveblog", "Updated this morning", "Aggiornato stamattina").
  ...["live", "liveblog", "live-ticker", "liveticker", "direct", "directo", "diretta", "direto", "updated", "aktualisiert"],
  ...["actualisé", "actualizado", "aggiornato", "atualizado", "bijgewerkt"],
]);

/**
 * A temperature, as a weather line under the site's name prints it ("Sunny spells, 18°C", "Heiter, 18 Grad", "Claros,
 * 18 grados"): no title.
 */
const TEMPERATURE = /\d\s*°|\d\s+(?:degrees|degrés|grad|grados|gradi|graus|graden)\b/iu;

/** A run of characters between words; a hyphen is kept in its word, as "week-end" is one of `KICKER_WORDS`. */
const NON_WORD = /[^\p{L}\p{M}-]+/u;

/**
 * Whether any word of a short line (lower-cased) names a section or the kind of piece (see `KICKER_WORDS`); a section's
 * name that is as often a title's plain word (`PLAIN_WORD_SECTIONS`: "Mau tempo") names none.
 */
function namesKind(lower: string): boolean {
  return lower.split(NON_WORD).some((word) => (SECTION_NAMES.has(word) && !PLAIN_WORD_SECTIONS.has(word)) || KICKER_WORDS.has(word));
}

/** Most words of a short title opening the header under the site's name (see `shortTitleUnderSiteName`). */
const MAX_SHORT_OPENING_TITLE_WORDS = 5;

/**
 * The index of a short title opening the header right under the line picked at `index`, when that line is the site's
 * name (the copyright notice names it, see `namedByCopyright`): a title of two to five words ("L’imprimerie vendue",
 * "Druckhaus verkauft"; shorter than a title standing alone may be, so no candidate) over its deck, a line longer than
 * any headline, and the byline or date right under the deck. The site's name won for want of another title; the
 * header under it opens with its own. The title ends no sentence, opens with a capital or a figure, is no byline or
 * date and no furniture, and the page prints it nowhere else (a menu's section, or a kicker the footer lists). Undefined
 * when there is none.
 */
function shortTitleUnderSiteName(lines: readonly ClassifiedLine[], index: number): number | undefined {
  const title = lines[index + 1];
  const deck = lines[index + 2];
  if (title === undefined || deck === undefined || deck.words <= MAX_HEADLINE_WORDS) return undefined;
  if (title.words < MIN_SHORT_TITLE_WORDS || title.words > MAX_SHORT_OPENING_TITLE_WORDS || title.sentenceEnd) return undefined;
  if (!CAPITAL_OR_FIGURE_START.test(title.text) || isMetaLine(title) || isMetaLine(deck) || readsAsFurniture(title)) return undefined;
  const underDeck = index + 3;
  const meta = lines.slice(underDeck, underDeck + META_UNDER_STANDFIRST).filter(isMetaLine);
  // The byline's name printed over the headline ("Orla Penhallow" over "By Orla Penhallow") is the author's, no title.
  if (meta.length === 0 || meta.some((line) => line.text.includes(title.text))) return undefined;
  // A kicker or a breadcrumb trail is no title: a line in capitals ("ANALYSIS"), or one with a word naming a section or
  // the kind of piece ("Local politics", "Accueil > Monde", "Le grand récit", "En breve"), a live page's label or a weather line.
  if (title.text === title.text.toUpperCase() || namesKind(title.lower) || TEMPERATURE.test(title.text)) return undefined;
  return !printedElsewhere(lines, index + 1) && namedByCopyright(lines, index) ? index + 1 : undefined;
}

/** The index of a page's first line: the site's name heads most pages copied as text. */
const FIRST_LINE = 0;

/**
 * The index of the header's own title under the line picked at `index`, when that line is the site's slogan, a motto
 * set right under the site's name ("Honest news for the fen country since 1902", "Die Zeitung für das Moor"): a line of
 * a headline's length with a byline or a date somewhere under it, which wins over a short title for its length. The
 * slogan belongs to the site's block: it is the page's second line, under the site's name on the first, and a
 * one-line menu stands under it; the site's name picked over it is read as the slogan would be. The title is the line
 * past that menu, and it stands where a headline does: right over the byline or date, or over a deck right over them.
 * It opens with a capital or a figure, ends no sentence, is no furniture, names no section or kind of piece (a
 * kicker's "Local politics"), and the page prints it nowhere else. Undefined when there is none.
 */
function titleUnderSlogan(lines: readonly ClassifiedLine[], index: number): number | undefined {
  // The site's name picked over its slogan is read as the slogan would be.
  const slogan = index === FIRST_LINE ? FIRST_LINE + 1 : index;
  const line = lines[slogan];
  // A slogan is no sentence: a page opening with its headline has the story's first paragraph under it.
  if (line === undefined || isMetaLine(line) || line.sentenceEnd || isProse(line)) return undefined;
  if (slogan - 1 !== FIRST_LINE || lines[FIRST_LINE]!.sentenceEnd || isMetaLine(lines[FIRST_LINE]!)) return undefined;
  const menu = lines[slogan + 1];
  // A headline may stand there too, on a page whose first line is a kicker: the site's block must also show as one, by
  // its menu. Not by the line printed again under the site's name (a bar pinned to the page's foot prints the headline
  // so), nor by a founding year with its verb (a headline may tell of a founding: "The brass band, founded in 1894").
  if (menu === undefined || !isSectionMenu(menu.text, menu.gappedEntries)) return undefined;
  const at = slogan + 2;
  const title = lines[at];
  // A table's row is no title, and its dated row under it no byline (see `datedHeadline` in `searchHeader`).
  if (title === undefined || title.tabbed || isMetaLine(title) || title.sentenceEnd) return undefined;
  if (!CAPITAL_OR_FIGURE_START.test(title.text) || readsAsFurniture(title) || namesKind(title.lower)) return undefined;
  const under = lines[at + 1];
  if (under === undefined) return undefined;
  // Right over the byline or date, or over a deck (no byline or date itself) with them right under it.
  const overMeta = isMetaLine(under) || (lines[at + 2] !== undefined && isMetaLine(lines[at + 2]!));
  if (!overMeta || !isTitleLike(title, false, isMetaLine(under))) return undefined;
  return printedElsewhere(lines, at) ? undefined : at;
}

/** A line opening with a capital or a figure, as a short title over a standfirst does ("Das Ende", "3 Tage Streik"). */
const CAPITAL_OR_FIGURE_START = /^[\p{Lu}\p{N}]/u;
/**
 * Whether the line at `top` is a short title ("Das Ende", "Markt dicht", "Fin du match": shorter than a title standing
 * alone may be, see `isTitleLike`) over the line picked at `index`, a standfirst: a finished sentence longer than any
 * headline, picked for the byline or date under it (no such sentence is a candidate without them). The standfirst
 * vouches for the title over it as a byline does for the line right over it; the title opens with a capital or a
 * figure and ends no sentence. Asked once a page.
 */
function shortTitleOverStandfirst(lines: readonly ClassifiedLine[], top: number, index: number): boolean {
  const picked = lines[index]!;
  const title = lines[top]!;
  if (picked.words <= MAX_HEADLINE_WORDS || !picked.text.endsWith(".")) return false;
  if (title.words < MIN_SHORT_TITLE_WORDS || title.sentenceEnd || !CAPITAL_OR_FIGURE_START.test(title.text)) return false;
  // A section's name ("World news", "Sport today") is a kicker, and so is a short line a few lines under a line of a
  // headline's length that ends no sentence (a title in lower case, or one the reader passed over, a reading time or a
  // date between them): that line is the title.
  if (opensWithSectionName(title.text)) return false;
  for (let i = top - 1; i >= Math.max(0, top - KICKER_UNDER_TITLE_REACH); i--) if (titlesKicker(lines[i]!)) return false;
  // Its signers tell a title shaped as a name ("Das Ende", two capitalised words) from the author's own name over it.
  const meta = lines.slice(index + 1, index + 1 + META_UNDER_STANDFIRST).find(isMetaLine);
  return isTitleLike(title, false, true, meta?.authors ?? []);
}

/**
 * Whether the line picked, opening in lower case, is the deck of a title packed right over it that opens in lower case
 * too: a writer who sets every line so (a blog's style) prints title and deck alike, and the byline under the deck
 * vouched for the deck. The title has a decked headline's words, ends no sentence, is no furniture, and is not printed
 * again elsewhere on the page, as a site's name or tagline over a title is. It is as long as a line of wrapped prose,
 * the pair the segmenter held apart (`segment`): a shorter lower-case line over a lower-case title is as often a
 * site's tagline, a kicker ("the long read this weekend") or a menu, never joined to the title it stands over.
 */
function lowerCaseTitleOver(lines: readonly ClassifiedLine[], index: number): boolean {
  const above = lines[index - 1];
  return (
    above !== undefined &&
    !lines[index]!.blankBefore &&
    LOWER_CASE_START.test(above.text) &&
    above.text.length >= MIN_WRAPPED_LINE &&
    !above.sentenceEnd &&
    above.words >= MIN_DECKED_HEADLINE_WORDS &&
    isTitleLike(above, false, true) &&
    !readsAsFurniture(above) &&
    !printedElsewhere(lines, index - 1)
  );
}

/** A box's heading: a section end ("Most read", "Trending now", "Meistgelesen") or a related-stories label. */
function isBoxHeading(line: ClassifiedLine): boolean {
  return line.class === "end" || isRelatedLabel(line.text);
}

/** Whether a box's heading stands packed right over the title at `top`. */
function headsBox(lines: readonly ClassifiedLine[], top: number): boolean {
  return top >= 1 && !lines[top]!.blankBefore && isBoxHeading(lines[top - 1]!);
}

/** How many titles of a headline's length stand packed, without a blank line, right above the line at `index`. */
function titlesPackedAbove(lines: readonly ClassifiedLine[], index: number): number {
  let titles = 0;
  for (let i = index - 1; i >= 0 && !lines[i + 1]!.blankBefore && isHeadlineLength(lines[i]!); i--) titles++;
  return titles;
}

/**
 * The title-like line right under a headline that the headline would be moved up to from it: its deck, taken for
 * the standfirst as when the deck was picked first. Undefined when there is none. A finished sentence set apart by a
 * blank line is the story's first paragraph ("4 March 2025" / title / "" / "The board voted …"): a deck set apart has
 * no full stop, and one that has is packed under its headline.
 */
function deckUnder(lines: readonly ClassifiedLine[], headline: number): number | undefined {
  const below = lines[headline + 1];
  if (!below || isMetaLine(below) || (below.blankBefore && below.sentenceEnd) || !isTitleLike(below, false)) return undefined;
  return headlineAboveStandfirst(lines, headline + 1) === headline ? headline + 1 : undefined;
}

/**
 * The region's first block of lines, packed without blank lines, can end in
 * a title that stands over the first paragraph: a blog's tagline, then the
 * post's title. A sub-heading stands alone, with blank lines around it.
 */
function titleClosingFirstBlock(lines: readonly ClassifiedLine[], regionStart: number): number | undefined {
  for (let i = regionStart; i < Math.min(lines.length - 1, regionStart + HEADLINE_INSIDE_BODY); i++) {
    const line = lines[i]!;
    if (line.blankAfter) {
      const titled = i > regionStart && line.class === "short" && !line.sentenceEnd && lines[i + 1]!.class === "good";
      return titled && isTitleLike(line, false) ? i : undefined;
    }
  }
  return undefined;
}

/**
 * Under the byline block heading the header, the region can open with the title packed over a deck, then the story's
 * prose ("Why do ferries rust?" / "The sea eats steel faster than yards can mend it." / "" / prose): a question
 * reads as a sentence, so the region finder took the pair for the first paragraph. The title is the headline's
 * candidate; the caller asks that the block heads the header.
 */
function titleOverDeckOpeningRegion(lines: readonly ClassifiedLine[], regionStart: number, unspaced: boolean): number | undefined {
  const title = lines[regionStart];
  const deck = lines[regionStart + 1];
  if (!title || !deck || deck.blankBefore || lines[regionStart + 2]?.class !== "good") return undefined;
  return isTitleLike(title, unspaced) ? regionStart : undefined;
}

/**
 * Under the byline block heading the header, the region can open with a long title over the author's name, its deck
 * between them or not ("Tuesday, Apr 8, 2025 09:40 AM" / a title of fifteen words / its deck / "Ada Lee" / "Share"): the
 * title and the deck read as prose, so the region finder took them for the first paragraph, and the name under them
 * ends no paragraph. The title is the headline's candidate; the caller asks that the block heads the header, as for
 * `titleOverDeckOpeningRegion`.
 */
function titleOverNameOpeningRegion(lines: readonly ClassifiedLine[], regionStart: number): number | undefined {
  // The title is packed right under the block's date or byline: a line set apart under it, or under a title between
  // them, is the story's opening (a pull quote, a question) with its speaker's name under it.
  const over = lines[regionStart - 1];
  if (lines[regionStart]?.blankBefore !== false || over === undefined || !isMetaLine(over)) return undefined;
  return authorAt(lines, regionStart + 1) || authorAt(lines, regionStart + 2) ? regionStart : undefined;
}

/** Fewest titles, of a headline's length, that make a list of teasers rather than a menu ("Latest", "Top rated"). */
const MIN_TEASERS = 2;

/**
 * Whether the box heading at `heading` ("Related", "You may also like")
 * stands over a list of teasers that runs down to `last`, packed without a
 * blank line: story titles, each of a headline's length.
 */
function headsTeaserList(lines: readonly ClassifiedLine[], heading: number, last: number, unspaced: boolean): boolean {
  let teasers = 0;
  let teaserMeta = false;
  for (let i = heading + 1; i <= last; i++) {
    const line = lines[i]!;
    if (line.blankBefore) return false;
    if (line.words >= LONG_TITLE_WORDS && isTitleLike(line, unspaced)) teasers++;
    // A teaser signed by a name over its date or job title ("Ada Lee" / "Columnist") is signed as a byline line signs it.
    if (i < last && bylineOpensAt(lines, i)) teaserMeta = true;
  }
  // The last title with a byline or date right under it, where the titles above it have none, is the story's own.
  if (!teaserMeta && bylineOpensAt(lines, last + 1)) return false;
  return teasers >= MIN_TEASERS;
}

/**
 * Whether a byline or date line stands at `index`, or a byline without a "By" opens there: the author's name over the
 * date line ("Ada Lee" / "4 March 2025") or over a job title ("Ada Lee" / "Local democracy reporter"), as headers print it.
 */
function bylineOpensAt(lines: readonly ClassifiedLine[], index: number): boolean {
  const line = lines[index];
  if (line === undefined) return false;
  if (isMetaLine(line)) return true;
  const next = lines[index + 1];
  return line.class === "short" && (namesOverDate(line, next) !== undefined || namesOverRole(line.text, next?.text) !== undefined);
}

/** Share of a list's entries that must come back as sub-headings for it to be the story's list of contents. */
const MIN_ENTRIES_REPEATED_AS_HEADINGS = 0.5;
/** Fewest entries that make a packed run of labels a list of contents, longer than a header's kicker, byline and date. */
const MIN_CONTENTS_ENTRIES = 5;

/**
 * The top line of a list of contents (or of sections) packed right above the
 * body: labels without a full stop, one on each line and no blank line
 * between them, as a long post lists its sections. Undefined when there is none.
 */
function contentsListAbove(lines: readonly ClassifiedLine[], before: number): number | undefined {
  let entries = 0;
  let top: number | undefined;
  for (let i = before - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.class !== "boilerplate") {
      // A byline or a sentence is header or text, not an entry.
      if (line.class !== "short" || line.sentenceEnd || isMetaLine(line)) break;
      entries++;
      top = i;
    }
    if (line.blankBefore) break;
  }
  if (entries < MIN_CONTENTS_ENTRIES) return undefined;
  // Its entries come back below as the body's sub-headings, standing alone; a menu's or a header's labels do not.
  const headings = new Set<string>();
  for (let i = before; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.class === "short" && line.blankBefore && line.blankAfter) headings.add(line.text);
  }
  let repeated = 0;
  for (let i = top!; i < before; i++) if (headings.has(lines[i]!.text)) repeated++;
  return repeated >= entries * MIN_ENTRIES_REPEATED_AS_HEADINGS ? top : undefined;
}

/**
 * The text that says whose a date line's date is (see `foldDate`): where the line prints a story's reading time beside
 * its date ("March 13, 2026 · 4 min read"), the date's own part, as the same line read as a meta line gives it
 * (`MetaLine.datePart`, unset for a weekday's stamp), so the reading time makes the date no event's in any language;
 * otherwise the whole line. Only a reading time: a clock time or a running time beside a venue is an event's as often
 * ("April 4, 2026 · 7 pm · Harbour Hall", "Saturday, April 4, 2026 · 7 pm").
 */
function ownDateText(line: ClassifiedLine, pageOrder?: NumericOrderSource): string | undefined {
  // Most date lines hold no reading time: a figure with its unit is looked for before the line is read as a meta line.
  if (!mayHoldReadingTime(line.lower)) return line.text;
  const meta = parseMetaLine(line.text, pageOrder);
  return meta?.readingTime ? meta.datePart : line.text;
}

/**
 * Fold a byline or date line into the header; true when the line was one. With `bylineDates`, for the header's own
 * lines, the date a byline holds after its names is read too (the line is then too long for a date line), its numeric
 * dates in the page's order (`pageOrder`, see date-order.ts); a byline further down gives no date, as it could be a teaser's.
 */
export function absorbMeta(
  line: ClassifiedLine,
  header: Header,
  bylineDates = false,
  pageOrder?: NumericOrderSource,
  bylineBeside = false,
): boolean {
  // An agency after a date ("March 11, 2025 (Reuters)") signs the story only in its header; further down it is a
  // teaser's date line, whose wire wrote that other story.
  const signedByAgency = line.date !== undefined && line.authors !== undefined && agencyAfterDate(line.text) !== undefined;
  const authors = bylineDates || !signedByAgency ? line.authors : undefined;
  const date = line.date ?? (bylineDates && authors ? bylineDate(line.text, pageOrder) : undefined);
  if (date) {
    foldDate(header, bylineBeside && date.stamps ? stampsOfPost(date.stamps) : date, ownDateText(line, pageOrder));
    // A date line that opens with the names ("Ada Lee - 4 March 2025") or ends with an agency ("… (Reuters)") is the
    // byline too.
    if (line.date && !(authors && header.authors.length === 0 && (signedByAgency || namesBeforeDate(line.text)))) return true;
  }
  if (authors) {
    foldAuthors(header, authors);
    return true;
  }
  return false;
}

const FOOT_FURNITURE: ReadonlySet<ClassifiedLine["class"]> = new Set(["boilerplate", "bad"]);
/** What may stand between a story's end and its closing byline: furniture, a run of tags glued, a rule ("* * *"). */
function footFurniture(lines: readonly ClassifiedLine[], i: number, from: number, at: number): boolean {
  const line = lines[i]!;
  if (POST_NAVIGATION.test(line.text)) return false;
  if (FOOT_FURNITURE.has(line.class) || GLUED_TAGS.test(line.text) || !LETTER.test(line.text)) return true;
  // A capitalised token in a bar of three or more ("Share" / "Tweet" / "Pin"): alone it is a heading, and two are a
  // kicker and a section ("Sport" / "Rowing") or a heading and a source ("Sources" / "Wikipedia") over another's byline.
  const tokenAlone = (k: number) => k >= from && k < at && !lines[k]!.text.includes(" ");
  if (!tokenAlone(i)) return false;
  const before = tokenAlone(i - 1);
  const after = tokenAlone(i + 1);
  return (before && (after || tokenAlone(i - 2))) || (after && tokenAlone(i + 2));
}
/**
 * A link to the post before or after, a word alone ("Next", "Previous", "Suivant"): furniture to the body, but the
 * byline and date under it are that post's.
 */
const POST_NAVIGATION =
  /^(?:next|previous|prev|older|newer|weiter|zurück|vorheriger?|nächster?|suivant|précédent|siguiente|anterior|successivo|precedente|próximo|seguinte|volgende|vorige)$/iu;
/**
 * A token alone in lower case, as tags glued together read ("tidesharbourclub-gauges"). A capital alone, with no
 * token alone beside it, opens a heading ("References"), a one-word title ("Regatta") or a letter's closing
 * ("Atentamente,"): the byline and date under those are a source's, another story's or a letter's signature.
 */
const GLUED_TAGS = /^#?\p{Ll}\S*$/u;
const LETTER = /\p{L}/u;

/** Most words of a header line of figures that may be a date no form read ("Mar 4", "Published: March 2025"). */
const MAX_UNREAD_DATE_WORDS = 4;
const DIGIT = /\d/u;
/** Whether a line is a header's short line of figures: a date in a form none read, or a reading time in any words. */
function isShortFigureLine(line: ClassifiedLine): boolean {
  return line.words <= MAX_UNREAD_DATE_WORDS && DIGIT.test(line.text);
}
/**
 * Whether the header prints a date none was read from: a published date in a form not read (see
 * `printsUnreadPublishedDate`), or a short line with figures that is no reading time ("03/04/2025" in no order the page
 * shows, "March 2025", "Mar 4"). The post is dated there, so a date under a byline at its foot may be another's.
 */
function headerPrintsUnreadDate(lines: readonly ClassifiedLine[], header: Header & { bodyStart: number }): boolean {
  if (printsUnreadPublishedDate(lines, header)) return true;
  if (header.headlineIndex === undefined) return false;
  const printsFigures = (line: ClassifiedLine) => isShortFigureLine(line) && !isReadingTime(line.lower);
  // Over the headline, as a kicker's date ("Mar 4" / headline): the lines just above it only.
  for (let i = Math.max(0, header.headlineIndex - UNREAD_DATE_ABOVE); i < header.headlineIndex; i++)
    if (printsFigures(lines[i]!)) return true;
  // Down to the story's first prose, as a date line the header did not read is left to the body's top.
  const reach = Math.min(lines.length, header.bodyStart + HEADER_REACH);
  for (let i = header.headlineIndex + 1; i < reach && !isProse(lines[i]); i++) if (printsFigures(lines[i]!)) return true;
  return false;
}
/** How many lines over the headline may print its date ("News | Mar 4" / "Mar 4" over the title). */
const UNREAD_DATE_ABOVE = 2;

/**
 * The date a post prints alone on the line right under the byline that closes it, in an author box or a closing meta
 * block ("Written by Ada Lee" / "4 March 2025", "Geschrieben von Anna Weber" / "4. März 2025"), as many blog templates
 * set it: the post's, when its header printed no date. Not an update's alone ("Updated 5 March 2025" stays an update),
 * not a date that itself names people (another byline's), and not when the header dated the page already. Only when
 * nothing but furniture (share buttons, a tag run, one-word lines) stands between the story's end (`from`) and the
 * byline: under a title ("Previous post" / a teaser's title / "By …" / its date) the byline and date are another story's.
 */
export function footBylineDate(
  lines: readonly ClassifiedLine[],
  from: number,
  at: number,
  header: Header & { bodyStart: number },
): DateLine | undefined {
  if (header.datePublished !== undefined || header.dateModified !== undefined || headerPrintsUnreadDate(lines, header)) return undefined;
  const under = lines[at + 1];
  if (under?.date === undefined || under.authors !== undefined || under.date.modified) return undefined;
  // The date and its own words only: a place, another label or a range of days is a closing's, a source's or an event's.
  if (!printsDateAlone(under.text)) return undefined;
  for (let i = from; i < at; i++) if (!footFurniture(lines, i, from, at)) return undefined;
  return under.date;
}

/**
 * The date a post prints at its close when its header printed none and no byline stands there: under a short label
 * repeating the section its header printed ("Local News" over the headline, and "Local News" / "12 February 2025" at
 * the foot), or opening its closing line of tags ("15th Dec 2025 • bridges, council"), as many blog templates set it.
 * A date alone, or under any other label, is as often a comment's, an event's, a hearing's, a deadline's, a print's
 * or the next post's ("Upcoming events" / "14 June 2025", "Next story" / "2 March 2025"), and stays unread. Only past
 * furniture (see `footFurniture`), and not a date over a sentence nor one of a list of dates (related stories, each a
 * title over its day): those are other posts'. Not an update's alone, as under a byline (`footBylineDate`).
 */
export function closingDate(lines: readonly ClassifiedLine[], from: number, header: Header & { bodyStart: number }): DateLine | undefined {
  if (header.datePublished !== undefined || header.dateModified !== undefined || headerPrintsUnreadDate(lines, header)) return undefined;
  const end = Math.min(lines.length, from + CLOSING_DATE_REACH);
  let at = from;
  while (at < end && footFurniture(lines, at, from, end) && closingDateOf(lines[at]!, false) === undefined) at++;
  // One short label over the date, the post's section as its header printed it: not a line with figures (a count) nor
  // a byline, and not a label the header never printed (a commenter's name, "Upcoming events", "Next story").
  const filed = at < end && isClosingLabel(lines[at]!) && printedInHeader(lines, header, lines[at]!);
  if (filed) at++;
  const line = lines[at];
  const date = line && at < end ? closingDateOf(line, filed) : undefined;
  if (date === undefined || isProse(lines[at + 1])) return undefined;
  // A byline near it, over or under: a date under an author's bio is the box's, and one over a byline is left unread,
  // as `footBylineDate` reads a closing byline's date under it only.
  const last = Math.min(lines.length - 1, at + CLOSING_LIST_REACH);
  for (let k = Math.max(0, from - CLOSING_DATE_REACH); k <= last; k++)
    if (k !== at && (lines[k]!.authors || (k > at && lines[k]!.date))) return undefined;
  return date;
}
/**
 * How many lines under the story's end its closing date may stand (furniture, a label, the date); as many over that
 * end, a byline makes the date its box's.
 */
const CLOSING_DATE_REACH = 4;
/** How far under a closing date another date (a related story's, in a list) or a byline makes it another's. */
const CLOSING_LIST_REACH = 2;
/** Most words of a section's label over a closing date ("Industry News"): a teaser's title runs longer. */
const MAX_CLOSING_LABEL_WORDS = 2;
/** A tag line's separators after its opening date ("15th Dec 2025 • bridges, council", "4 March 2025 | local"). */
const TAG_SEPARATOR = /\s*[•·|]\s*/u;
/**
 * What tags after a closing date never print: tags are words in lower case, while a capital or a figure opens a place,
 * a title, a time or a credit ("14 June 2025 · Town hall · 7pm", "2 March 2025 · Photo: Lena Brandt").
 */
const NOT_TAGS = /[\p{Lu}\d]/u;

function isClosingLabel(line: ClassifiedLine): boolean {
  return line.words <= MAX_CLOSING_LABEL_WORDS && !DIGIT.test(line.text) && line.authors === undefined && !line.sentenceEnd;
}

/** Whether the header (a kicker over the headline, the headline, the lines down to the story) printed this line too. */
function printedInHeader(lines: readonly ClassifiedLine[], header: Header & { bodyStart: number }, label: ClassifiedLine): boolean {
  if (header.headlineIndex === undefined) return false;
  for (let i = Math.max(0, header.headlineIndex - SECTION_LABEL_ABOVE); i < header.bodyStart; i++)
    if (lines[i]!.lower === label.lower) return true;
  return false;
}
/** How many lines over the headline may print the post's section, as a kicker ("Local News" over the title). */
const SECTION_LABEL_ABOVE = 2;

/**
 * The published date a closing line prints alone (`alone`: under the post's section) or before its tags; none for an
 * update's or a byline's.
 */
function closingDateOf(line: ClassifiedLine, alone: boolean): DateLine | undefined {
  if (line.authors !== undefined) return undefined;
  const [head, ...tags] = line.text.split(TAG_SEPARATOR);
  if (tags.length === 0 ? !alone : tags.some((tag) => NOT_TAGS.test(tag))) return undefined;
  const date = tags.length === 0 ? line.date : parseDateLine(head!);
  return date && !date.modified && !date.span && printsDateAlone(head!) ? date : undefined;
}

/**
 * Whether a line under the headline, above the story's first prose, prints a published date no date was read from (see
 * `printsPublishedDate`: "Published: March 2026" over "Last updated: 6 March 2026"): the page's update then stands in
 * for no published date. Read down to the prose only, and as far as the header may reach into the body (where its date
 * lines are still the header's): under that a published date is a teaser's or an editor's note's.
 */
export function printsUnreadPublishedDate(lines: readonly ClassifiedLine[], header: Header & { bodyStart: number }): boolean {
  if (header.headlineIndex === undefined) return false;
  const reach = Math.min(lines.length, header.bodyStart + HEADER_REACH);
  for (let i = header.headlineIndex + 1; i < reach && !(i >= header.bodyStart && isProse(lines[i])); i++) {
    const line = lines[i]!;
    if (!line.date && printsPublishedDate(line.text)) return true;
  }
  return false;
}

/**
 * A date into the header, where no earlier line set it: the first date the header prints is the article's. `text`: the
 * line it was read from, where the caller has it.
 */
function foldDate(header: Header, date: DateLine, text?: string): void {
  // An event's span of days dates no post: a date line by its shape, it dates nothing (a later date line may).
  if (date.span) return;
  if (date.modified) foldUpdate(header, date.iso);
  else if (text !== undefined && (opensWithFirstPublishedLabel(text) || (header.republished && opensWithPublishedLabel(text))))
    foldFirstPublished(header, date.iso);
  // A republication's date beside the first publication's, under or over it, is the update (see `foldFirstPublished`):
  // one labelled as published, printed alone or read without its line (a byline's, a bare numeric one). A later date
  // with a label of its own is an event's, a photo's or a deadline's ("Next event: April 2, 2026", "Photo: March 14,
  // 2026"), and dates nothing, as elsewhere. One labelled as a republication is the update beside any earlier
  // published date ("Published March 3, 2019" over "Republished March 12, 2026").
  else if (
    header.datePublished &&
    calendarDay(date.iso) > calendarDay(header.datePublished) &&
    ((text !== undefined && opensWithRepublishedLabel(text)) ||
      (header.firstPublished && (text === undefined || opensWithPublishedLabel(text) || printsDateAlone(text))))
  )
    foldUpdate(header, date.iso);
  // Nothing is published after its update: a later date under an "Updated" line is an event's or a deadline's ("Updated
  // 5 March 2026" over "Sat 8 August 2026 · Harbour Hall"), as the HTML reader reads it (`factsFromVisibleDate`). One
  // labelled as published is the page's: the update before it is the misprint, dropped where the article is assembled.
  else if (
    !(header.dateModified && calendarDay(date.iso) > calendarDay(header.dateModified)) ||
    (text !== undefined && opensWithPublishedLabel(text))
  ) {
    if (header.datePublished === undefined && text !== undefined && opensWithRepublishedLabel(text)) header.republished = true;
    header.datePublished ??= date.iso;
  }
  if (date.alsoModified) foldUpdate(header, date.alsoModified);
}

/**
 * A first publication's date into the header ("Originally published March 3, 2019"): an archive's story run again is
 * the page's from that day, and a later published date read before it ("Published March 12, 2026" over it) is the
 * republication's, read as the update.
 */
function foldFirstPublished(header: Header, iso: string): void {
  const republished = header.datePublished;
  if (republished !== undefined && calendarDay(republished) < calendarDay(iso)) return;
  header.datePublished = iso;
  header.firstPublished = true;
  if (republished !== undefined && calendarDay(republished) > calendarDay(iso)) foldUpdate(header, republished);
}

/**
 * An update into the header: the first the header prints is the page's, unless it is one from before the published day,
 * which the article drops (`updateAfter`); a later update then takes its place ("Updated 11 March" over "Published 12
 * March" over "Updated 13 March").
 */
function foldUpdate(header: Header, iso: string): void {
  if (header.dateModified === undefined || updateAfter(header.datePublished, header.dateModified) === undefined) header.dateModified = iso;
}

/**
 * A span's two date-times (see `DateLine.stamps`) read as a post's published and updated stamps: under a headline with a
 * person's byline packed right over or under it, two whole dates each with its clock time are a news site's meta line
 * ("By Ana Ruiz" over "March 12, 2026 08:10 – March 13, 2026 21:45"), where an event's page sets its place, its hall
 * or its tickets beside its days and no one signs them.
 */
function stampsOfPost([published, updated]: [string, string]): DateLine {
  return { iso: published, modified: false, alsoModified: updated };
}

/**
 * Whether a person's byline is packed right over or under the line at `at` (no blank line between; a wire's, "By
 * Reuters", signs listings too), and on the other side only the headline (at `headline`), another line of the byline's
 * or a blank line: beside a span's two date-times, the post's stamps (see `stampsOfPost`). An event's venue or tickets
 * packed under its times ("By Ana Ruiz" over "March 20, 2026 19:00 – March 21, 2026 02:00" over "Harbour Hall"), or a
 * timetable's next row, make them the event's or the timetable's, which a writer signs as well.
 */
function personBylineBeside(lines: readonly ClassifiedLine[], at: number, headline: number): boolean {
  const over = at > 0 && !lines[at]!.blankBefore ? at - 1 : undefined;
  const under = lines[at + 1]?.blankBefore === false ? at + 1 : undefined;
  const signs = (index: number | undefined) => {
    const line = index === undefined ? undefined : lines[index];
    return line?.authors !== undefined && line.date === undefined && line.authors.some((author) => author.type === "Person");
  };
  const bylineOrNothing = (index: number | undefined) =>
    index === undefined || index === headline || (lines[index]!.authors !== undefined && lines[index]!.date === undefined);
  return (signs(over) && bylineOrNothing(under)) || (signs(under) && bylineOrNothing(over));
}

/**
 * Whether a name with its job title (`role`, the line that prints it) signs the story with the byline read right above
 * it (`signed`, that byline's last line): packed under it with no blank line between, and not a photographer's, who
 * made the story's pictures.
 */
function cosignsUnder(signed: number, at: number, line: ClassifiedLine, role: string): boolean {
  return signed === at - 1 && !line.blankBefore && !isPictureRole(role);
}

/**
 * The authors into the header, unless an earlier byline named them; with `cosigned`, a byline that signs with the one
 * read right above it, added to its authors.
 */
function foldAuthors(header: Header, authors: readonly Author[], cosigned = false): void {
  if (cosigned) {
    for (const author of authors) if (!header.authors.some((known) => known.name === author.name)) header.authors.push(author);
  } else if (header.authors.length === 0) header.authors.push(...authors);
}

/**
 * Whether a line packed under a time ago is a labelled byline (see `opensWithBylineLabel`) naming people by their names
 * alone (`isAuthorName`), not a column's words ("By Land and Sea").
 */
function bylineUnderAge(line: ClassifiedLine | undefined): boolean {
  return (
    line !== undefined &&
    !line.blankBefore &&
    line.authors !== undefined &&
    line.authors.length > 0 &&
    line.authors.every((author) => author.type === "Person" && isAuthorName(author.name)) &&
    opensWithBylineLabel(line.text)
  );
}

/**
 * The authors of a name set alone on its line right over the date line ("Ada Lee" over "4 March 2025"): a byline
 * without a "By", split on two lines as newsletter and blog headers print it. Read as one byline ("Ada Lee 4 March
 * 2025"), so a title in title case ("The Harbour Manifesto") is no name. Undefined when the line is no such name.
 * `pageOrder` reads a numeric date the date line was read by ("Valencia | 10/03/2024 - 23:02 h"). `underHeadline`: the
 * header's scan under its headline asks, where a page copied block by block may set a blank line between the two.
 */
function namesOverDate(
  line: ClassifiedLine,
  next: ClassifiedLine | undefined,
  pageOrder?: NumericOrderSource,
  underHeadline = false,
): Author[] | undefined {
  if (!next || (next.blankBefore && !underHeadline) || !next.date || next.authors || isMetaLine(line)) return undefined;
  return nameAloneOverDate(line.text, next.text, pageOrder);
}

/**
 * The authors of a name packed right over a slashed or hyphenated date alone on its line ("Ada Lee" over "25/03/2026",
 * "Nguyễn Minh Anh" over "12/3/2026"), asked by the header's scan under the headline only, where such a line is the
 * page's stamp (`headerNumericDate`, read in the page's order). The date reader finds no date in that line, so the name
 * is asked as over a date in words; the date itself is read on the scan's next line.
 */
function nameOverNumericDate(line: ClassifiedLine, next: ClassifiedLine | undefined, pageOrder?: NumericOrderSource): Author[] | undefined {
  if (!next || next.blankBefore || next.date || next.authors || isMetaLine(line)) return undefined;
  return headerNumericDate(next.text, pageOrder) ? nameAloneOverDate(line.text, STAND_IN_DATE_LINE) : undefined;
}

/** The last figure of a date with a capitalised word glued to it and no figure after ("12 March 2026Ada Lee"). */
const DATE_GLUED_TO_WORD = /\d(?=\p{Lu}\p{Ll}\D*$)/u;

/**
 * The writer of a date line's meta row copied with no space between its fields, a date (or the published and updated
 * days) then the name ("12 March 2026Ada Lee", "March 12, 2026March 14, 2026Ada Lee"). Glued so, nothing parts a name
 * from a category or a tag of the same shape ("Harbour Life"), so the name must open with a given name
 * (`opensWithGivenName`), and it passes the checks of a name over a date line.
 */
function nameGluedToDate(text: string): Author[] | undefined {
  const glue = DATE_GLUED_TO_WORD.exec(text);
  const name = glue ? text.slice(glue.index + 1) : "";
  return opensWithGivenName(name) ? nameAloneOverDate(name, STAND_IN_DATE_LINE) : undefined;
}

/**
 * Fewest people a line set apart over the date by blank lines must name to sign on their shape alone: a single
 * name there has the shape of every two-word section, kicker, place, team or body in title case set apart the same
 * way ("Harbour Life", "Red Cross", "Aston Villa"), which no test of the shape tells from a person's; a list of people
 * in full does not. A single name signs only as a person's by its words (`singlePersonSetApart`).
 */
const MIN_SPACED_NAMES_OVER_DATE = 2;

/** A possessive's ending, which a page's word keeps ("Lemaire's memoir" names Lemaire again). */
const POSSESSIVE_END = /['’]s$/u;
/**
 * A name in ideographs and kana, a script written without spaces ("田中 角栄"): the story prints it again run together
 * ("田中角栄元首相は…"), which no split into words finds.
 */
const SPACELESS_SCRIPT_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー\s]+$/u;

/**
 * Whether a single name set apart over the date is a person's: it opens with a common given name and ends in no kind
 * of place or thing (`opensWithGivenName`: "Ada Lemaire", not "Field Notes", "Anna Street" or "Ada Lemaire Prize"), and
 * none of its later capitalised words stands in lower case anywhere on the page, as a section's or a place's common
 * nouns do ("Victoria Park" over a story about the park) and a family name rarely does, nor alone on another line, as
 * the story names its subject ("Marie Curie" over the date, "Curie was born in Warsaw" in the story): a writer's family
 * name comes back, if at all, after the given name ("About Ada Lemaire"). In a script with no capitals, given names
 * there (`opensWithGivenName`), a later word anywhere else on the page refuses, as one in lower case would ("राहुल
 * नेगी" over the date, "नेगी" in the story), and so does a Japanese name run together anywhere else
 * (`SPACELESS_SCRIPT_NAME`). The page is searched only for this rare line.
 */
function singlePersonSetApart(name: string, own: ClassifiedLine, lines: readonly ClassifiedLine[]): boolean {
  if (!opensWithGivenName(name)) return false;
  const [first, ...rest] = name.match(NAME_WORD) ?? [];
  const given = first!.toLowerCase();
  // A later word not in lower case is capitalised or has no case ("नेगी").
  const later = new Set(rest.filter((word) => !LOWER_CASE_START.test(word)).map((word) => word.toLowerCase()));
  const unspaced = SPACELESS_SCRIPT_NAME.test(name) ? name.replace(WHITE_SPACE_RUN, "") : undefined;
  return !lines.some((line) => {
    if (line === own) return false;
    if (unspaced !== undefined && line.text.includes(unspaced)) return true;
    const words = line.text.match(NAME_WORD) ?? [];
    return words.some((word, k) => {
      const bare = word.replace(POSSESSIVE_END, "");
      const key = bare.toLowerCase();
      const namedAgain = later.has(key) || (bare !== key && [...later].some((family) => declinedForm(key, family)));
      return namedAgain && (bare === key || words[k - 1]?.toLowerCase() !== given);
    });
  });
}

/**
 * Case endings of Polish, Czech, Slovak, Russian and Ukrainian family names, which a story about the person prints
 * declined ("Владимир Путин" over the date, "Путину доложили …"; "Nowicka", "pani Nowickiej"; "Зеленський",
 * "Зеленському"; "Novák", "Nováka"), where no equal word finds them. Only these: a page's word sharing a stem with
 * another ending is another word ("Molina", "Molinos").
 */
const CASE_ENDINGS: ReadonlySet<string> = new Set(
  "а у ю е ы и і ом ем ой ей ою ею ым им ого его ому ему ую ої ові еві a u e y i ą ę em ie ej iej owi iego iemu ego emu im ym ovi ou é ové ého ému ým".split(
    " ",
  ),
);
/** The fewest letters of a family name read declined: a shorter one's forms are other words ("Ode", "Oda"). */
const MIN_DECLINED_NAME = 4;
/** A family name's ending that its case ending replaces: a vowel ("Nowicka", "Соколова"), an adjective's ("Зеленський"). */
const REPLACED_NAME_ENDING = /(?:[ыиіо]й|[aeiouyáéíóúýаеиоуыэюяії])$/u;

/** Whether a page's word (lower-cased) is the family name `name` (lower-cased) declined (`CASE_ENDINGS`). */
function declinedForm(word: string, name: string): boolean {
  if (name.length < MIN_DECLINED_NAME) return false;
  if (word.startsWith(name)) return CASE_ENDINGS.has(word.slice(name.length));
  const stem = name.replace(REPLACED_NAME_ENDING, "");
  return stem !== name && word.startsWith(stem) && CASE_ENDINGS.has(word.slice(stem.length));
}

/**
 * The authors of names set apart from the date line under them by a blank line (see `namesOverDate`), as a page copied
 * block by block prints a byline ("Ada Lee, Sam Ray and Eva Berg" / "" / "12 March 2026"): a list of
 * `MIN_SPACED_NAMES_OVER_DATE` people or more, or a single person's name (`singlePersonSetApart`: "Ada Lemaire" / "" /
 * "12 March 2026"). Undefined otherwise.
 */
function spacedNamesOverDate(
  lines: readonly ClassifiedLine[],
  line: ClassifiedLine,
  next: ClassifiedLine | undefined,
  pageOrder?: NumericOrderSource,
): Author[] | undefined {
  const authors = namesOverDate(line, next, pageOrder, true);
  if (!authors) return undefined;
  if (authors.length >= MIN_SPACED_NAMES_OVER_DATE) return authors;
  const [one] = authors;
  return one?.type === "Person" && singlePersonSetApart(one.name, line, lines) ? authors : undefined;
}

/** Years of a life under a name ("1941–2026", "(1941-2026)"), as an obituary sets them under its subject's name. */
const LIFE_YEARS = /^\(?\d{4}\s*[–-]\s*\d{4}\)?$/u;

/**
 * The person named alone on a line set apart under a date line (`singlePersonSetApart`), where no date follows it
 * (that line is read as over its own date) and no years of a life (`LIFE_YEARS`: an obituary's subject). So is an
 * office or a body signing there (`signsAsBody`: "Oficina de Comunicación", "Ufficio Stampa", "Afdeling Voorlichting"),
 * not a heading whose English body noun modifies the next word ("Council Tax Changes"). A spaced Japanese name signs
 * opening with a common family name only: two spaced words of ideographs there are a kicker's as often ("速報 選挙",
 * breaking news, the election). Undefined otherwise.
 */
function personSetApartUnderDate(lines: readonly ClassifiedLine[], at: number, pageOrder?: NumericOrderSource): Author[] | undefined {
  const line = lines[at]!;
  const date = lines[at - 1];
  const after = lines[at + 1];
  if (!line.blankBefore || line.class !== "short" || isMetaLine(line) || after?.date || LIFE_YEARS.test(after?.text ?? "")) {
    return undefined;
  }
  if (!date || (!date.date && !headerNumericDate(date.text, pageOrder))) return undefined;
  const authors = nameAloneOverDate(line.text, STAND_IN_DATE_LINE);
  const [one] = authors ?? [];
  if (authors?.length !== 1 || one?.type !== "Person") return undefined;
  return singlePersonSetApart(one.name, line, lines) || signsAsBody(one.name) ? authors : undefined;
}

/**
 * The person named alone on the line at `at`, right under the deck, where the page printed its date over the headline
 * (`metaHeadingHeader`) and none stands by the name: a newsroom's header set date first ("16 August 2025" / headline /
 * deck / "Thomas Walker" / the story), whose byline lost its date to the top. Only a single person's name by its words
 * (`singlePersonSetApart`: a section, a kicker or a place there, "Harbour Life", stays a heading; an interviewee or the
 * subject of a profile is named again in the story and refused), over the story's prose, not over a caption, nor under
 * a deck quoted whole, whose speaker it names. Undefined otherwise.
 */
function personUnderDeck(lines: readonly ClassifiedLine[], at: number, headline: number, unspaced: boolean): Author[] | undefined {
  const line = lines[at]!;
  const story = lines[at + 1];
  if (line.class !== "short" || line.sentenceEnd || isMetaLine(line) || story?.class !== "good" || isCaptionLike(story)) return undefined;
  // A deck, a headline or the words under the name quoted whole: the name is their speaker's.
  if ([lines[at - 1]!, lines[headline]!, story].some((quoted) => quotedText(quoted.text) !== undefined)) return undefined;
  if (metaHeadingHeader(lines, headline, unspaced) === undefined) return undefined;
  const authors = nameAloneOverDate(line.text, STAND_IN_DATE_LINE);
  const [one] = authors ?? [];
  if (authors?.length !== 1 || one?.type !== "Person" || !singlePersonSetApart(one.name, line, lines)) return undefined;
  return namesStoryPerson(lines, at, one.name) ? undefined : authors;
}

/**
 * Whether the name under the deck at `at` (`personUnderDeck`) is a person the story is about or gives the word to: its
 * given name stands on another line, as an obituary or a profile names its subject ("Margaret Ellis" / "Margaret
 * Ellis, who has died aged 84, …", "Born in 1941, Margaret …"), where a writer's rarely does; or a later line is a
 * single person's name alone too, as a vox pop sets each speaker over their words ("Sarah Miller" / her words / "Tom
 * Reid" / his).
 */
function namesStoryPerson(lines: readonly ClassifiedLine[], at: number, name: string): boolean {
  const given = name.match(NAME_WORD)?.[0];
  const namedAgain = given !== undefined && lines.some((other, k) => k !== at && other.text.match(NAME_WORD)?.includes(given) === true);
  return (
    namedAgain ||
    lines
      .slice(at + 2)
      .some((other) => other.class === "short" && nameAloneOverDate(other.text, STAND_IN_DATE_LINE)?.[0]?.type === "Person")
  );
}

/**
 * A date line a name is read over where the line under it dates the page in a form the date reader does not read as a
 * date line (a time ago: "Ada Lee" / "2 hours ago"; a bare numeric date under the headline): the name is asked as a name
 * over a date line is, and this date is never kept.
 */
const STAND_IN_DATE_LINE = "1 January 2000";

/** An essay platform's button to follow the writer, as set between the writer's name and the date, in several languages. */
const FOLLOW_BUTTON = /^\+?\s?(?:follow|folgen|suivre|seguir|segui|volgen|följ|følg|obserwuj)$/;

/**
 * The date line under the fields a byline block packs between the author's name and the date: a reading time, a date's
 * label alone, a follow button, a lone mark (`LONE_FIELD_MARK`), at most `MAX_BYLINE_BLOCK_BUTTONS` of them ("Ada Lee" /
 * "7 min read" / "Updated 12 November 2025"; "Ada Lee" / "Updated:" / "12 November 2025"; "Ada Lee" / "Follow" / "5 min
 * read" / "·" / "Mar 4, 2025"). They all belong to the byline block, so the name over them is as much over the date line
 * as a name right over it. A follow button and a lone mark vouch for no byline alone: topics, desks and channels have
 * follow buttons too ("Climate Policy" / "Follow" / "4 March 2025"), so the block must also print a reading time or a
 * date's label, as a field or on the date line ("Mar 4, 2025 · 5 min read"). Undefined when a line of anything else, or
 * a blank line, comes first.
 */
function dateUnderBylineFields(lines: readonly ClassifiedLine[], at: number): ClassifiedLine | undefined {
  let vouched = false;
  for (let i = at; i < Math.min(lines.length, at + MAX_BYLINE_BLOCK_BUTTONS); i++) {
    const field = lines[i]!;
    if (field.blankBefore) return undefined;
    const timeOrLabel = isBlockReadingTime(field) || isDateLabel(field.text);
    if (!timeOrLabel && !FOLLOW_BUTTON.test(field.lower) && !LONE_FIELD_MARK.test(field.text)) return undefined;
    vouched ||= timeOrLabel;
    const under = lines[i + 1];
    if (under?.date) return vouched || holdsReadingTime(under.lower) ? under : undefined;
  }
  return undefined;
}

/**
 * The authors of a name alone over a date line (see `nameOverDateLine`), for both readers: none when the name is a
 * place's, a publication's or a link's (`namesSomethingElse`: "New York" over "4 March 2025" is a dateline).
 */
export function nameAloneOverDate(name: string, dateLine: string, pageOrder?: NumericOrderSource): Author[] | undefined {
  // The names first: most lines over a date line are titles, which give none, and the place and publication tests are
  // then not asked (both are pure, so the order keeps the answer).
  const authors = nameOverDateLine(name, dateLine, pageOrder);
  if (authors) return namesSomethingElse(name) ? undefined : authors;
  // A name in capitals ("MARISA KELL" over "MAR 06, 2025") is read as the same name in a reader's case would be, so a
  // kicker, a role or a body in capitals ("WORLD CUP", "STAFF REPORTER", "BBC NEWS") is refused as in title case. A
  // header sets its kickers in capitals far more often than its bylines, and a kicker of common nouns has a name's
  // shape ("CITY COUNCIL", "MUSIC FESTIVAL"): such a line signs only opening with a given name (`opensWithGivenName`).
  if (!isNameInCapitals(name)) return undefined;
  const readers = nameInReadersCase(name);
  return opensWithGivenName(readers) ? nameAloneOverDate(readers, dateLine, pageOrder) : undefined;
}

/**
 * A two-word line naming a publication, a section or a place by an article or a particle and a common noun ("Le Monde",
 * "El País", "Die Zeit", "Van Life", "Las Vegas"). The same first words open people's names ("Le Thi Hoa", "Van Harper",
 * "Du Xiaoming", "El Mahdi Benali"), so only such a noun second, on a line of two words, tells them apart.
 */
const PUBLICATION_NAME =
  /^(?:le|la|les|el|los|las|il|lo|der|die|das|het|de|o|van|von|del|du|da|di)\s(?:monde|figaro|point|parisien|temps|soir|matin|echos|express|croix|presse|prensa|journal|tribune|post|times|life|luxe|style|news|nation|nación|país|mundo|puerto|diario|tiempo|correo|universal|razón|vanguardia|heraldo|zeit|welt|spiegel|stern|standard|kurier|stampa|repubblica|giornale|messaggero|foglio|manifesto|volkskrant|parool|globo|estado|une|mag|blog|live|direct|angeles|vegas|palmas|havre|mans|paz|plata|haye|cairo|paso)$/iu;
/** A link's label shaped as a name ("Show All", "View All", "Read More", "Lire la suite"). */
const LINK_LABEL = /^(?:(?:read|load|show|see|view) (?:more|all)|lire la suite|leer más|weiterlesen)$/iu;

/**
 * An author box's label set in title case, shaped as a name: it closes with the noun for an author after an article, a
 * possessive or "guest" ("About The Author", "Über den Autor", "Sobre El Autor", "À Propos De L'Auteur", "Unser Autor").
 * The noun alone closes some people's names ("Mehmet Yazar", "Ana Autor").
 */
const AUTHOR_BOX_LABEL_AS_NAME = new RegExp(
  `(?:^|\\s)(?:(?:the|our|your|guest|den|dem|der|unser(?:em|en)?|gast|el|del|nuestro|la|le|notre|o|do|da)\\s+|l['’])(?:${[...AUTHOR_NOUNS, ...COLON_AUTHOR_NOUNS].join("|")})s?$`,
  "iu",
);

/**
 * A company's legal form closing its name, as the languages Dateline reads print it ("Harbour Holdings Ltd", "Island
 * Ferries Inc.", "Hafenwerke Kessel GmbH", "Navieras del Sur S.A.", "Cantieri Riva S.p.A.", "Estaleiros do Porto Lda",
 * "Veerdienst Kessel B.V."): in the case it is printed in, as a person's last name is none of them. The forms of two
 * capitals (AG, SA, BV, NV, …) are also a name's closing initials ("Sreejith KG", "Anil S.A."): they count only after
 * two words of a name, as initials follow one.
 */
const COMPANY_FORM =
  /\s(?:Ltd|Limited|Inc|LLC|LLP|PLC|plc|Corp|GmbH|SARL|SAS|S\.p\.A|SpA|S\.r\.l|Srl|Lda|Ltda)\.?$|\S\s+\S+\s+(?:AG|KG|SA|S\.A|SL|S\.L|BV|B\.V|NV|N\.V)\.?$/u;

/**
 * Countries and world regions named by two words or more, in the languages Dateline reads most ("United Kingdom",
 * "Vereinigtes Königreich", "Royaume Uni", "Reino Unido", "Regno Unito", "Verenigd Koninkrijk", "Middle East"): a
 * site's section or a story's place set over the date line or the time ago, shaped as a person's name. The cities'
 * table (`isPlaceName`) holds towns only. Lower-cased; the names written with a hyphen ("Royaume-Uni", "Nieuw-Zeeland")
 * are one word, no name's shape.
 */
const COUNTRY_NAMES: ReadonlySet<string> = new Set([
  ..."united kingdom|united states|united arab emirates|new zealand|south africa|south korea|north korea|saudi arabia|sri lanka|czech republic|great britain|northern ireland|middle east|latin america|south america|north america".split(
    "|",
  ),
  ..."vereinigtes königreich|vereinigte staaten|vereinigte arabische emirate|naher osten".split("|"),
  ..."afrique du sud|corée du sud|corée du nord|arabie saoudite|amérique latine".split("|"),
  ..."reino unido|estados unidos|nueva zelanda|nova zelândia|corea del sur|corea del norte|arabia saudita|arábia saudita|oriente medio|oriente médio|oriente próximo|américa latina|coreia do sul|áfrica do sul|emiratos árabes unidos".split(
    "|",
  ),
  ..."regno unito|stati uniti|nuova zelanda|corea del sud|medio oriente|america latina|emirati arabi uniti".split("|"),
  ..."verenigd koninkrijk|verenigde staten".split("|"),
]);
/**
 * A share button's label, a verb to share and the noun of the piece, either way round ("Share Article", "Share This
 * Story", "Artikel teilen", "Partager l'article", "Compartir Artículo", "Condividi Articolo", "Partilhar Artigo", "Deel
 * Artikel"), set over the date line as a name would be.
 */
const SHARE_LABEL =
  /^(?:(?:share|teilen|partager|compartir|compartilhar|partilhar|condividi|condividere|delen|deel)\s+(?:(?:this|the|diesen|den|cet|l['’]|este|el|la|esta|questo|l|o|a|dit|het|deze)\s*)?(?:article|story|post|artikel|beitrag|artículo|noticia|articolo|notizia|artigo|notícia|bericht|nieuws)|(?:artikel|beitrag|story|bericht)\s+(?:teilen|delen))$/iu;
/**
 * A news section's or a desk's name of two words whose last word is none of `PUBLICATION_NAME`'s: breaking news and
 * the news in brief in the Romance languages ("Última Hora", "Ultima Ora", "Dernière Heure", "Dernière Minute", "Faits
 * Divers", "Cronaca Nera", "Sucesos Locales"), the live pages ("En Directo", "Ao Vivo", "In Diretta", "En Direct").
 */
const SECTION_PHRASES: ReadonlySet<string> = new Set(
  "última hora|ultima ora|ultim'ora|dernière heure|dernière minute|faits divers|cronaca nera|en directo|en vivo|ao vivo|em direto|in diretta|en direct|laatste nieuws|eilmeldung|letzte meldung".split(
    "|",
  ),
);

/** Whether a name-shaped line is a country's or a region's (`COUNTRY_NAMES`), a share button's or a section's phrase. */
function namesLabelOrCountry(text: string): boolean {
  const lower = text.toLowerCase();
  return COUNTRY_NAMES.has(lower) || SECTION_PHRASES.has(lower) || SHARE_LABEL.test(text);
}

/**
 * Whether a line shaped as a person's name names something else: a place ("Costa del Sol", "San Marcos"; see
 * `isPlaceName`), a country or a region, a share button or a section's phrase (`namesLabelOrCountry`), a publication
 * or section (`PUBLICATION_NAME`), a link (`LINK_LABEL`), an author box's label
 * (`AUTHOR_BOX_LABEL_AS_NAME`) or a company (`COMPANY_FORM`). A place's first word alone is no mark, as many are given names too ("Isla Grant", "Rio Ward",
 * "Sierra Lopez"): losing an author's name costs more than keeping a rare place's.
 */
export function namesSomethingElse(text: string): boolean {
  return (
    isPlaceName(text) ||
    namesLabelOrCountry(text) ||
    PUBLICATION_NAME.test(text) ||
    LINK_LABEL.test(text) ||
    AUTHOR_BOX_LABEL_AS_NAME.test(text) ||
    COMPANY_FORM.test(text)
  );
}

/** Lines above a name over the date searched for the title it signs: the title, a deck, a control. */
const TITLE_ABOVE_BYLINE_REACH = 3;

/**
 * Whether a line is a title a name over the date can sign: not a section's one-word label, a trail or furniture.
 * `overByline` for the headline already found over it, which the name vouched for (see `isTitleLike`).
 */
function signableTitle(line: ClassifiedLine, unspaced: boolean, overByline = false): boolean {
  return isTitleLike(line, unspaced, overByline) && !readsAsFurniture(line);
}

/** Whether such a title stands within a few lines above `at`: the header a name over the date signs (title, deck, name, date). */
function titledAbove(lines: readonly ClassifiedLine[], at: number, unspaced: boolean): boolean {
  for (let i = at - 1; i >= Math.max(0, at - TITLE_ABOVE_BYLINE_REACH); i--) if (signableTitle(lines[i]!, unspaced)) return true;
  return false;
}

/** How far under the date line a name stands over the title of a header that prints its byline first may stand: a time can part them. */
const TITLE_UNDER_BYLINE_REACH = 2;

/**
 * Whether a title of a headline's length, no sentence, stands within a few lines under the date line at `date`: the
 * header prints its byline (a name over the date) first and its title under it. A name alone over its date with prose
 * under it (an obituary's or a profile's) has no such title.
 */
function titledUnder(lines: readonly ClassifiedLine[], date: number, unspaced: boolean): boolean {
  for (let i = date + 1; i <= Math.min(lines.length - 1, date + TITLE_UNDER_BYLINE_REACH); i++) {
    const line = lines[i]!;
    if (line.words >= LONG_TITLE_WORDS && !line.sentenceEnd && signableTitle(line, unspaced)) return true;
  }
  return false;
}

/** Labels a byline's label line takes bare or with a colon, and those it takes only with one (`BYLINE_LABEL_LINE`). */
const LABELS_COLON_OPTIONAL = [...BY_WORDS, ...NORDIC_BY_WORDS, ...BYLINE_PHRASES];
const LABELS_COLON_NEEDED = [...COLON_BY_WORDS, ...TEXT_LABELS];
/**
 * A byline's label set alone on its line over the names ("By", "Par", "Von", "Por", "Written by", "Posted by", "Oleh:",
 * "Tekst:"); not the noun for an author, which heads an author box (see byline-labels.ts). The labels that label a
 * writer only with their colon (`COLON_BY_WORDS`, `TEXT_LABELS`) need it alone too: "Tekst" bare heads a document.
 */
const BYLINE_LABEL_LINE = new RegExp(
  String.raw`^(?:(?:${LABELS_COLON_OPTIONAL.join("|")})\s*:?|(?:${LABELS_COLON_NEEDED.join("|")})\s*:)$`,
  "iu",
);
/**
 * Most code units of a line `BYLINE_LABEL_LINE` takes with nothing between its label and its colon: the labels are
 * plain words (a letter that matches one of the basic plane in any case is one code unit too), and the colon is one.
 */
const MAX_BYLINE_LABEL_LINE_LENGTH = Math.max(...[...LABELS_COLON_OPTIONAL, ...LABELS_COLON_NEEDED].map((label) => label.length)) + 1;
/** The printable ASCII marks and letters, "!" to "~": none is a space (`\s`). */
const FIRST_PRINTABLE_ASCII = 0x21;
const LAST_PRINTABLE_ASCII = 0x7e;

/**
 * Whether a line may be a byline's label alone (see `BYLINE_LABEL_LINE`) by its length: a longer line can be one only
 * through spaces after the label, so its last code unit before a closing colon is a space. Most paragraphs end in a
 * printable ASCII mark, which is none, and are let go without the pattern (a call, even when it fails on the first
 * letter); any other unit is left to the pattern, as asking `\s` of it would cost a second call on the lines of other
 * scripts.
 */
function mayBeBylineLabelLine(text: string): boolean {
  if (text.length <= MAX_BYLINE_LABEL_LINE_LENGTH) return true;
  const last = text.length - (text.endsWith(":") ? 2 : 1);
  const code = text.charCodeAt(last);
  return code < FIRST_PRINTABLE_ASCII || code > LAST_PRINTABLE_ASCII;
}

/**
 * A written-by label alone on its line after a noun for the piece ("Story written by:", "Article written by", "Artikel
 * geschrieben von:", "Article écrit par :", "Artículo escrito por:", "Articolo scritto da:", "Artikel geschreven door:"),
 * as an author box at a story's foot prints it: the label without the noun is the first group.
 */
const PIECE_WRITTEN_BY_LINE = new RegExp(`^(?:${PIECE_NOUNS.join("|")})\\s+((?:${WRITTEN_BY_PHRASES.join("|")})\\s*:?)$`, "iu");
/** Most characters of a written-by label after a noun (see `PIECE_WRITTEN_BY_LINE`): longer lines are not asked. */
const MAX_PIECE_WRITTEN_BY_LENGTH = 32;
/**
 * The written-by label of a line that sets it alone after a noun for the piece ("Written by:" of "Story written by:"),
 * read as that label alone would be; undefined for any other line. The length is looked at before the pattern.
 */
function pieceWrittenByLabel(text: string): string | undefined {
  return text.length <= MAX_PIECE_WRITTEN_BY_LENGTH ? PIECE_WRITTEN_BY_LINE.exec(text)?.[1] : undefined;
}

/**
 * Whether a line is a byline's label alone ("By", "Par :"), over the names on the next line, or a written-by label
 * after a noun for the piece ("Article écrit par :", "Story written by", see `pieceWrittenByLabel`), which the byline's
 * reader takes with the names after it as it takes the label alone.
 */
export function isBylineLabelLine(text: string): boolean {
  return (
    (mayBeBylineLabelLine(text) && BYLINE_LABEL_LINE.test(text)) || (opensWithPieceNoun(text) && pieceWrittenByLabel(text) !== undefined)
  );
}

/**
 * The label a government's or a public body's page prints before the body that issued it ("From:", "Issued by:",
 * "Herausgegeben von:", "Herausgeber:", "Émis par :", "Emitido por:", "A cura di:", "Van:", "Uitgegeven door:"),
 * with its colon: without one, "From" and "Van" open sentences and titles.
 */
const ISSUER_LABEL =
  /^(?:from|issued by|published by|herausgegeben von|herausgeber|veröffentlicht von|émis par|publié par|emitido por|publicado por|pubblicato da|a cura di|van|uitgegeven door|gepubliceerd door)\s?:/iu;
/** Longest line an issuer's label and its body's name make. */
const MAX_ISSUER_LINE = 120;

/**
 * A message's address or subject field ("To:", "Cc:", "Subject:", "An:", "Betreff:", "Aan:", "Objet :", "Para:",
 * "Asunto:", "Oggetto:"): under "From:" it makes the lines a quoted e-mail's or memo's header, or a trip's "From:" /
 * "To:", not a page's issuer.
 */
const MESSAGE_FIELD = /^(?:to|cc|bcc|subject|re|an|betreff|aan|onderwerp|à|a|objet|para|asunto|oggetto)\s?:/iu;

/**
 * The public body a page says issued it (see `ISSUER_LABEL`, `isPublicBodyName`): named after the label on its line
 * ("From: Department for Island Transport"), or on the next line under the label alone (`nextLine`). Not over a
 * message's field (`MESSAGE_FIELD`): "From: Ministry of …" over "To: …" quotes a memo.
 */
function issuingBody(
  text: string,
  next: string | undefined,
  afterNext: string | undefined,
): { name: string; nextLine: boolean } | undefined {
  const label = ISSUER_LABEL.exec(text);
  if (!label) return undefined;
  const rest = text.slice(label[0].length).trim();
  if (rest !== "") return isPublicBodyName(rest) && !MESSAGE_FIELD.test(next ?? "") ? { name: rest, nextLine: false } : undefined;
  const name = next?.trim();
  if (!name || name.length > MAX_ISSUER_LINE || !isPublicBodyName(name) || MESSAGE_FIELD.test(afterNext ?? "")) return undefined;
  return { name, nextLine: true };
}

/**
 * The noun for an author with its colon, ASCII or full-width, alone on its line over the names ("Author:" / "Ada Lee",
 * "Autorin:", "Auteur :", "Autore:", "Автор:"): a header's field label, visible or set for screen readers only, which a copy prints on a
 * line of its own. Without its colon the noun heads an author box ("Author" / "Ada Lee" / her biography).
 */
const AUTHOR_LABEL_LINE = new RegExp(`^(?:${[...AUTHOR_NOUNS, ...COLON_AUTHOR_NOUNS].join("|")})\\s*[:：]$`, "iu");
/** Longer than any author's noun with a spaced colon ("Autorius :"): a longer line is asked no pattern. */
const MAX_AUTHOR_LABEL_LENGTH = 16;

/**
 * Whether a line is an author's noun with its colon alone (see `AUTHOR_LABEL_LINE`). Read so in the header and at the
 * body's top only: lower down, the same label over a name heads a review's box of the book's facts ("Author:" / "Jane
 * Doe" / "Publisher:" / …), whose author wrote the book, not the story.
 */
export function isAuthorLabelLine(text: string): boolean {
  return text.length <= MAX_AUTHOR_LABEL_LENGTH && AUTHOR_LABEL_LINE.test(text);
}

/** Most characters of a field's label alone with its colon in a box of facts ("Publisher:", "Número de páginas:"). */
const MAX_FACT_LABEL_LENGTH = 30;

/**
 * Whether an author's label alone at `at` (see `isAuthorLabelLine`) names another's author than the story's: a quote's,
 * under a line quoted whole ("“A town without a library is a town without a memory.”" / "Author:" / "Walter Brennan"),
 * or a book's or a product's, in a box of its facts, with another field's label alone with its colon two lines over it
 * or two lines under it, past the name ("Title:" / "The Keeper's Winter" / "Author:" / "Ingrid Solberg" / "Publisher:" /
 * "Harbour Press", "Autora:" / … / "Editorial:"). A date's label ("Posted:"), a picture's ("Photo:") or a byline is a
 * header's field, not such a box's.
 */
export function labelsOthersAuthor(lines: readonly ClassifiedLine[], at: number): boolean {
  if (at >= 1 && quotedText(lines[at - 1]!.text) !== undefined) return true;
  return [lines[at - 2], lines[at + 2]].some(
    (field) =>
      field !== undefined &&
      field.text.length <= MAX_FACT_LABEL_LENGTH &&
      leadsIn(field.text) &&
      !isAuthorLabelLine(field.text) &&
      !isPictureFurniture(field.text.replace(LABEL_COLON, "")),
  );
}

/**
 * "By" alone on its line, the names on the next ("By" / "Ada Lee | Harbour Times"), as a text copy prints a label and
 * its link set apart: one byline, folded into the header. In the header it may hold the date too (numeric dates read in
 * `pageOrder`). In the body (`inBody`) a byline gives no date, as it may be a teaser's, and the pair must look like one:
 * a capitalised label over people's names or an organisation, where a sentence broken at a link ("carried out" / "by" /
 * "Ada Lee" / "and her team…") or a section's label over a noun ("Getting there" / "By" / "Train") is text.
 * True when the two lines were one; the caller skips both.
 */
export function absorbSplitByline(
  line: ClassifiedLine,
  next: ClassifiedLine | undefined,
  header: Header,
  inBody: boolean,
  pageOrder?: NumericOrderSource,
): boolean {
  // In the body the label opens with a capital: "By" heads a byline, where "by" alone on its line is a sentence broken
  // at a link.
  if (!next || !(isBylineLabelLine(line.text) || isAuthorLabelLine(line.text)) || (inBody && !CAPITAL_OPENING.test(line.text)))
    return false;
  // A posted-by label ("Published by", "Pubblicato da") signs over people only (see `postedByPeople`), but for a wire
  // or a newsroom the byline reader takes as such under a written-by label in the header ("Geschrieben von" / "dpa",
  // "Escrito por" / "Redacción"), as main read it and as English "Written by" / "AFP" is read.
  const byline = `${line.text} ${next.text}`;
  const authors = parseByline(byline);
  if (isSplitPostedLabel(line) && !postedByPeople(line, next) && !(!inBody && WRITTEN_LABEL.test(line.text) && byOrganizations(authors)))
    return false;
  if (!authors) return false;
  if (inBody && !authors.every((author) => author.type === "Organization" || isAuthorName(author.name))) return false;
  foldAuthors(header, authors);
  const date = inBody ? undefined : bylineDate(byline, pageOrder);
  if (date) foldDate(header, date);
  return true;
}

/**
 * A posted-by label alone under the story, its names on the next line ("Written by" / "Ada Lee", "Geschrieben von" /
 * …), as a post's closing box prints its link: the authors into the header when they are people (see
 * `absorbSplitByline`, `postedByPeople`). Not an author's noun ("Author:" / "Ingrid Solberg"), which a review's box of
 * a book's facts prints there too. Gives no date.
 * True when the pair signed. Asked of the few lines under the story only, while nothing above named an author.
 */
export function absorbFootSplitByline(lines: readonly ClassifiedLine[], at: number, to: number, header: Header): boolean {
  // A written-by label after a noun for the piece ("Story written by:", see `pieceWrittenByLabel`) reads as the label,
  // opening with a capital where the noun does ("Story written by:" as "Written by:").
  const printed = lines[at]!;
  const pieceLabel = pieceWrittenByLabel(printed.text);
  const line =
    pieceLabel === undefined
      ? printed
      : { ...printed, text: CAPITAL_OPENING.test(printed.text) ? pieceLabel[0]!.toUpperCase() + pieceLabel.slice(1) : pieceLabel };
  // A short title over the label makes the pair another's (`isShortTitleLine`): the story's own pair stands under its
  // last sentence or under a share bar's furniture.
  if (at + 1 >= to || !isSplitPostedLabel(line) || isShortTitleLine(lines[at - 1]) || !closesFootPair(lines[at + 1]!, lines[at + 2]))
    return false;
  return absorbSplitByline(line, lines[at + 1], header, true);
}

/**
 * Whether a line is a title with no full stop, no byline and no date: a teaser's ("Harbour café opens"), a box's ("Book
 * details", "Fiche technique", "Next post"), a comment count's ("3 comments") or a credit's name ("Directed by" over
 * "Nils Warden"). Under the story, the bylines under such a line are another's (see `absorbFootSplitByline`, and
 * `inTeaserList` in from-text.ts).
 */
export function isShortTitleLine(line: ClassifiedLine | undefined): boolean {
  return line !== undefined && line.class === "short" && !line.sentenceEnd && !line.authors && !line.date;
}

/** A credit's label alone, its names on the next line ("Produced by", "Réalisé par", "Dirigida por", "Regie von"). */
const CREDIT_LABEL_ALONE = /\s(?:by|von|par|por|da|di|door)\s*:?$/iu;

/**
 * Whether the line under a posted-by pair's names (`name`) lets the pair close the story: nothing, furniture (a
 * comment count, a time ago, a role), a date, a reviewer's label, or a bio opening with the name. Not another credit's
 * label (a song's or a film's credits: "Written by" / "Mara Holt" / "Produced by"), nor a comment's prose under its
 * poster's name.
 */
function closesFootPair(name: ClassifiedLine, under: ClassifiedLine | undefined): boolean {
  if (!under || under.date || under.authors) return true;
  // A reviewer's label there ("Medically reviewed by:", "Revisado por:") is the story's too: its writer, then who
  // checked it.
  if (under.words <= MAX_SPLIT_LABEL_WORDS && CREDIT_LABEL_ALONE.test(under.text) && !REVIEWER_WORD.test(under.text)) return false;
  return (under.class !== "good" && under.class !== "medium") || under.text.startsWith(name.text.split(/\s/u)[0]!);
}

/**
 * A post's byline or date line that the byline parser could not read ("Posted by …", "Published 3 May …"). Not every
 * date label of byline-labels.ts: a deck may open with one ("First published in 1921, …", "Pubblicato il bando …").
 */
const POSTED_LINE = /^(?:posted|written|published|publié|publicado|veröffentlicht)\s/iu;
/** A posted-by line is a few words; a longer line opening so is a sentence of the story. */
const MAX_POSTED_LINE_WORDS = 20;

/**
 * A posted-by line the byline parser cannot read, or a time ago instead of a date ("3 hours ago", "il y a 3 heures"):
 * header lines that give no byline or date. Asked after the line's own byline or date, the commoner header line.
 */
function isPostedLine(line: ClassifiedLine): boolean {
  return (line.words <= MAX_POSTED_LINE_WORDS && POSTED_LINE.test(line.text)) || isAgeLine(line.text);
}

/**
 * A posted-by line that is only a byline's label ("Written by", "Posted by", "Publié par", "Publicado por"), which the
 * posted-line test would drop whole: the names stand on the next line. The word count is looked at before the
 * patterns.
 */
function isSplitPostedLabel(line: ClassifiedLine): boolean {
  return line.words <= MAX_SPLIT_LABEL_WORDS && SPLIT_POSTED_LABEL.test(line.text) && isBylineLabelLine(line.text);
}
/**
 * The verbs of the publishing and writing labels (`PUBLISHING_BY_PHRASES`: "Posted by", "Pubblicato da", "Gepubliceerd
 * door"; `WRITTEN_BY_PHRASES`: "Written by", "Geschrieben von", "Écrit par"): the labels a page sets alone over its
 * writer's name. Over a public body, a paper or a desk the publishing ones name the page's issuer.
 */
const SPLIT_POSTED_LABEL = opensWithLabelVerb([...WRITTEN_BY_PHRASES, ...PUBLISHING_BY_PHRASES]);
/** The written-by labels other than English ("Geschrieben von", "Écrit par", "Escrito por", "Scritto da", "Geschreven door"). */
const WRITTEN_LABEL = opensWithLabelVerb(WRITTEN_BY_PHRASES.filter((phrase) => phrase !== "written by"));

/** A line opening with the verb of one of `phrases` ("written" of "written by") and a space, in any case. */
function opensWithLabelVerb(phrases: readonly string[]): RegExp {
  return new RegExp(`^(?:${phrases.map((phrase) => phrase.split(" ", 1)[0]).join("|")})\\s`, "iu");
}

/** Whether a byline read names organisations only (a wire, a newsroom): the byline reader's own type, not a name's shape. */
function byOrganizations(authors: readonly Author[] | undefined): boolean {
  return authors !== undefined && authors.length > 0 && authors.every((author) => author.type === "Organization");
}
/** Most words of a byline's label alone ("Written by :"). */
const MAX_SPLIT_LABEL_WORDS = 3;

/** Whether the line under a posted-by label alone names only people (see `isAuthorName`), as the two lines read as one. */
function postedByPeople(label: ClassifiedLine, next: ClassifiedLine | undefined): boolean {
  if (!next || isPublicBodyName(next.text)) return false;
  const authors = parseByline(`${label.text} ${next.text}`);
  // The names read, not the line: a job or a paper after a name may hold such words too ("Maren Vogt, Harbour Press").
  return authors?.every((author) => author.type === "Person" && isAuthorName(author.name) && !ORGANISATION_WORD.test(author.name)) === true;
}

/** Fewest words of a caption without a credit: a clause describing a picture. */
const MIN_CAPTION_WORDS = 6;

/** A caption line: it ends with a credit, or is a long line that never ends its sentence. */
function isCaptionLike(line: ClassifiedLine): boolean {
  return hasCredit(line.text) || (line.words >= MIN_CAPTION_WORDS && !/[\p{P}]$/u.test(line.text) && !line.sentenceEnd);
}

/** Most words of a section's heading under the byline (`headsFirstSection`); a longer line is a caption's or a paragraph's. */
const MAX_SECTION_HEADING_WORDS = 12;
/** How far into the story another section's heading is looked for (`headsFirstSection`): a section runs a few paragraphs. */
const NEXT_SECTION_REACH = 30;

/**
 * Fewest later headings that make a story sectioned (`headsFirstSection`): a single line set apart in its text is as
 * often a second picture's caption, a pull quote, an advert's label or a teaser ("Boats line the harbour wall at
 * dawn", "We cannot go on like this") as a section's heading.
 */
const MIN_LATER_SECTION_HEADINGS = 2;
/** The colon of a related link's label ("Read more: …", "Related: …"): such a line is a teaser, not a heading. */
const RELATED_LABEL_COLON = /[:：]/u;

/**
 * A line set apart between two paragraphs in a heading's shape: short, opening with a capital, ending no sentence.
 * From `MIN_BODY_CAPTION_WORDS` words on the body reads such a line as a second picture's caption, which says nothing
 * of the story's sections.
 */
function isSectionHeadingBetween(lines: readonly ClassifiedLine[], at: number): boolean {
  const line = lines[at]!;
  return (
    line.class === "short" &&
    line.blankBefore &&
    line.blankAfter &&
    !line.sentenceEnd &&
    line.words < MIN_BODY_CAPTION_WORDS &&
    CAPITAL_OPENING.test(line.text) &&
    !hasCredit(line.text) &&
    !RELATED_LABEL_COLON.test(line.text) &&
    isProse(lines[at - 1]) &&
    isProse(lines[at + 1])
  );
}

/**
 * Whether a line under the byline, right over the story's first paragraph, heads the story's first section rather than
 * captioning a lead picture ("By Ada Lee" / "What the new rules mean for drivers" / prose): set apart in a heading's
 * shape, in a story whose later sections are headed by lines of the same shape. A caption of six words
 * or more without a full stop reads the same, but a story with no such headings below has no sections for it to open.
 */
function headsFirstSection(lines: readonly ClassifiedLine[], at: number, regionStart: number, regionEnd: number): boolean {
  const line = lines[at]!;
  if (at !== regionStart - 1 || !line.blankBefore || !line.blankAfter || line.words > MAX_SECTION_HEADING_WORDS) return false;
  // A caption whose agency the copy ran on, with no mark before it, reads as a heading but for its last words.
  if (endsOnAgencyName(line.text)) return false;
  let headings = 0;
  for (let j = regionStart + 1; j < Math.min(regionEnd - 1, regionStart + NEXT_SECTION_REACH); j++)
    if (isSectionHeadingBetween(lines, j) && ++headings >= MIN_LATER_SECTION_HEADINGS) return true;
  return false;
}

/** A lead caption is one or two clauses; a longer line above a credit is the first paragraph. */
const MAX_LEAD_CAPTION_WORDS = 30;

/** Most words of a label set between a headline and its byline ("Live updates", "Gastbeitrag von außen"); a deck is longer. */
const MAX_LABEL_WORDS = 3;

/** How far below the body's first line the header may still reach (standfirst, lead caption, byline). */
const HEADER_REACH = 6;

/** A standfirst is a sentence or two: fewer words make a label, more characters make the first paragraph. */
const MIN_STANDFIRST_WORDS = 6;
const MIN_STANDFIRST_WORDS_UNDER_HEADLINE = 8;
const MAX_STANDFIRST_LENGTH = 400;
/** Most words of a deck over a dateline lead: one short sentence, as press releases and wire copy set it. */
const MAX_DATELINE_DECK_WORDS = 40;
/** A line opening with a label of one to three words and its colon ("Correction: …", "Rectificatif : …"). */
const LABELLED_OPENING = /^\p{L}+(?:['’]\p{L}+)?(?:\s\p{L}+){0,2}\s?[:：]\s/u;
/** How far below a standfirst its byline or date line may stand, or its lead caption. */
const META_AFTER_STANDFIRST = 3;
const CAPTION_AFTER_STANDFIRST = 2;
/** Fewest words of a line printed twice that makes a picture's alt text and caption, not a repeated label. */
const MIN_REPEATED_CAPTION_WORDS = 4;

/**
 * A match's score line as a sports report's header prints it ("Kingsbridge 3-0 Rovers", "Valencia 2 – 1 Celta", "Real
 * Madrid 1-1 Atlético de Madrid"): two sides of a few words, each opening with a capital and holding no digit, around two
 * goal counts joined by a dash. A colon is no score's mark: it joins times and ratios ("Private 1:1 Tutoring").
 */
const SCORE_LINE = /^\p{Lu}[\p{L}.'’&-]*(?: [\p{L}.'’&-]+){0,3} (\d{1,2}) ?[-–] ?(\d{1,2}) \p{Lu}[\p{L}.'’&-]*(?: [\p{L}.'’&-]+){0,3}$/u;

/** A table's row: a label, then a figure ("Shares: 96", "Population 3,200", "Turnout 64%"). */
const LABELLED_FIGURE = /^\p{L}[^\d:：]{0,40}[:：]?\s?\d[\d,.]*%?$/u;
/** A field's label before its colon ("Category" of "Category: Travel"), when the line has one. */
const FIELD_LABEL = /^([^:：]{1,30})[:：]/u;

/**
 * Whether the header's line at `i` holds only a header's fields (see `isHeaderFieldLine`: a view count, a category, a
 * text-size control), and not as the first of several: a listicle's first entry has its label open another line further
 * down ("Category: Best overall" … "Category: Best value"), a table's first row another labelled figure packed under it
 * ("Views: 1,280" over "Shares: 96").
 */
function isHeaderFieldFurniture(lines: readonly ClassifiedLine[], i: number): boolean {
  const line = lines[i]!;
  if (!isHeaderFieldLine(line.lower)) return false;
  const next = lines[i + 1];
  if (next && !next.blankBefore && LABELLED_FIGURE.test(next.text) && !isHeaderFieldLine(next.lower)) return false;
  const label = FIELD_LABEL.exec(line.lower)?.[1];
  if (label === undefined) return true;
  for (let j = i + 1; j < lines.length; j++) if (FIELD_LABEL.exec(lines[j]!.lower)?.[1] === label) return false;
  return true;
}

/** The dashes `SCORE_LINE` joins its goal counts with: a hyphen and an en dash. */
const SCORE_DASHES = ["-", "–"];
/** The code unit of the space a score may set between a count and its dash ("2 – 1"). */
const SPACE = 0x20;

/**
 * Whether a text holds a digit before one of `SCORE_DASHES`, a space perhaps between ("3-0", "2 – 1"), as every match
 * of `SCORE_LINE` does: a look for the dashes spares most header lines the pattern, which reads up to four words of a
 * side before it fails. A new dash of the pattern must be added to `SCORE_DASHES`.
 */
function mayHoldScore(text: string): boolean {
  for (const dash of SCORE_DASHES) {
    for (let at = text.indexOf(dash, 1); at !== -1; at = text.indexOf(dash, at + 1)) {
      // `\d` reads only the digits "0" to "9", with or without the `u` flag (`isAsciiDigitAt`).
      if (isAsciiDigitAt(text, text.charCodeAt(at - 1) === SPACE ? at - 2 : at - 1)) return true;
    }
  }
  return false;
}

/**
 * Whether a line is a score line (see `SCORE_LINE`) whose counts do not rise: a range in the same shape rises ("Ages
 * 8-12 Summer Camp", "Friday 7-9 PM", "Montag 9-18 Uhr", "Windows 10 - 11 Upgrade") and is a heading of the story. An
 * away win ("Rovers 1-2 Kingsbridge") stays a heading too, as it was before scores were read.
 */
function isScoreLine(text: string): boolean {
  if (!mayHoldScore(text)) return false;
  const score = SCORE_LINE.exec(text);
  return score !== null && Number(score[1]) >= Number(score[2]);
}

/**
 * How far into the region a byline or date line still marks the header: a disclosure or a promo sentence set over
 * the headline can open the region, with the headline, the author and the date under it.
 */
const META_REACH_INTO_REGION = 8;
/** Lines of prose a disclosure or a promo set over the header holds: a sentence or two. */
const MAX_PROSE_OVER_HEADER = 2;
/** Paragraphs between a title opening the region under its date and its byline: the deck, a sentence or two. */
const DECKS_OVER_TITLED_BYLINE = 1;

/** A headline candidate: its line and its score (see `headlineScore`). */
interface Candidate {
  index: number;
  score: number;
  /** Printed again near the header: the page's own mark of its headline, which no line above overrules. */
  repeated?: boolean;
}

/** What the search up from the body found: the best candidate, and what it learnt of the layout above the body. */
interface HeadlineSearch {
  best: Candidate | undefined;
  /** The line the search started above: the body's start, or the last byline or date line opening it. */
  searchFrom: number;
  /** The top of a list of contents packed right above the body, when there is one. */
  contentsTop: number | undefined;
  /** Whether a box of teasers stands between the headline and the body. */
  aboveTeasers: boolean;
  /** The body's first prose lines. */
  lead: ClassifiedLine[];
}

/** How many lines above a title its date or byline may stand when the page prints them first: a reading time can part them. */
const META_ABOVE_REACH = 2;
/** How far up a byline block may run over its other lines (names, dates, a "Follow" button): a few lines. */
const BYLINE_BLOCK_REACH = 6;

/**
 * Whether a line belongs to a byline block: a byline or date, an author's name alone, the job title under it ("Staff
 * Writer", "Journaliste"), or a button ("Follow").
 */
function inBylineBlock(line: ClassifiedLine): boolean {
  return line.class === "boilerplate" || isMetaLine(line) || isAuthorName(line.text) || isJobTitleLine(line.text);
}

/** Whether a line is a person's name alone, as an author's line sets it: no place's, publication's or link's name (see `namesSomethingElse`). */
function isAuthorName(text: string): boolean {
  return isPersonName(text) && !namesSomethingElse(text);
}

/**
 * The byline or date line (or the line `isMeta` asks for) right above the line at `index` when it heads the header, as
 * pages that print the date first do: no title of a headline's length stands right over its byline block (a site's
 * name or a section's label may), so it belongs to no headline above it. Undefined when there is none.
 */
function metaHeadingHeader(
  lines: readonly ClassifiedLine[],
  index: number,
  unspaced: boolean,
  isMeta: (line: ClassifiedLine) => boolean = isMetaLine,
): number | undefined {
  // A byline or date line over the title is what the walk looks for: a page prints none over most titles it is asked
  // of, where the walk up over the menus is not taken. A caller's own test may take other lines, and walks.
  if (isMeta === isMetaLine && index <= firstMetaLine(lines)) return undefined;
  // A reading time between them is not counted: it belongs to the byline block ("2 May 2019" / "6 min read"). Nor is a
  // site's menu, on one line or one entry a line: however many entries, it is chrome between the header and a top bar.
  let overMenu = false;
  for (let i = index - 1, counted = 0; i >= 0 && counted < META_ABOVE_REACH; i--) {
    if (isReadingTime(lines[i]!.lower)) continue;
    if (inMenu(lines, i)) {
      overMenu = true;
      continue;
    }
    counted++;
    if (!isMeta(lines[i]!)) continue;
    // Over a menu, only a date set apart on its own (a top bar's day): one packed with other lines is an entry of a
    // listing, an events calendar or a box of teasers, whose dates the menu parts from the header.
    if (overMenu && !setApart(lines, i)) return undefined;
    // Up over the rest of the byline block: other bylines and dates, a "Follow" button, an author's name.
    let j = i - 1;
    const top = Math.max(0, i - BYLINE_BLOCK_REACH);
    while (j >= top && inBylineBlock(lines[j]!)) j--;
    const over = lines[j];
    return over && titlesBylineBlock(over, lines[index]!, unspaced) && !headsTitleUnderTeasers(lines, j, i, index) ? undefined : i;
  }
  return undefined;
}

/**
 * The index of the page's first byline or date line (`isMetaLine`), or the page's length where it has none: found once
 * while `findHeader` searches the page (see `firstMetaAnswer`), as `metaHeadingHeader` asks it of every title it is
 * asked of; asked of other lines, it looks afresh.
 */
function firstMetaLine(lines: readonly ClassifiedLine[]): number {
  if (firstMetaAnswer !== undefined && firstMetaAnswer.lines === lines) return (firstMetaAnswer.index ??= firstMetaIn(lines));
  return firstMetaIn(lines);
}

/** `firstMetaLine`'s answer for the lines `findHeader` is searching, kept while it searches, as `menuAnswers` is. */
let firstMetaAnswer: { readonly lines: readonly ClassifiedLine[]; index?: number } | undefined;

/** `firstMetaLine`, looked for afresh. */
function firstMetaIn(lines: readonly ClassifiedLine[]): number {
  const at = lines.findIndex(isMetaLine);
  return at === -1 ? lines.length : at;
}

/** Most lines of a menu copied one entry a line that are read together. */
const MAX_MENU_ENTRIES = 12;

/** Whether a line may be one entry of a menu copied one entry a line: a few words, no sentence. */
function mayBeMenuEntry(line: ClassifiedLine | undefined): boolean {
  return line !== undefined && line.words <= MAX_MENU_ENTRY_WORDS && !line.sentenceEnd;
}

/**
 * Whether the line at `i` is a site's menu: copied as one line, or one entry a line in a block of such lines packed
 * together; the block is read as the one line it stands for (`isSectionMenu`), so both copies are told alike.
 */
function inMenu(lines: readonly ClassifiedLine[], i: number): boolean {
  if (menuAnswers === undefined || menuAnswers.lines !== lines) return readsInMenu(lines, i);
  let answer = menuAnswers.byIndex.get(i);
  if (answer === undefined) {
    answer = readsInMenu(lines, i);
    menuAnswers.byIndex.set(i, answer);
  }
  return answer;
}

/**
 * `inMenu`'s answers for the lines `findHeader` is searching, by index, kept while it searches: `metaHeadingHeader`
 * walks up over the same menu from each line it is asked of, and `readsInMenu` joins a block of entries again for each
 * line of it. An answer depends only on the lines, which the search does not change; asked of other lines, it reads.
 */
let menuAnswers: { readonly lines: readonly ClassifiedLine[]; readonly byIndex: Map<number, boolean> } | undefined;

/** `inMenu`, read afresh. */
function readsInMenu(lines: readonly ClassifiedLine[], i: number): boolean {
  if (!mayBeMenuEntry(lines[i])) return isSectionMenu(lines[i]!.text, lines[i]!.gappedEntries);
  let top = i;
  while (top > 0 && i - top < MAX_MENU_ENTRIES && !lines[top]!.blankBefore && mayBeMenuEntry(lines[top - 1])) top--;
  let end = i + 1;
  while (end - top < MAX_MENU_ENTRIES && lines[end] !== undefined && !lines[end]!.blankBefore && mayBeMenuEntry(lines[end])) end++;
  return isSectionMenu(
    lines
      .slice(top, end)
      .map((line) => line.text)
      .join(" "),
  );
}

/**
 * Whether the line at `i`, under a headline, is a site's menu (`inMenu`) by its words: a line the copy parted into
 * entries with runs of spaces or tabs is one only if its words read as a menu, since under a headline such a line is as
 * often the story's own (a team's line-up, the towns of a tour, "Pickford    Walker    Stones    Shaw").
 */
function menuUnderTitle(lines: readonly ClassifiedLine[], i: number): boolean {
  const line = lines[i]!;
  return inMenu(lines, i) && (mayBeMenuEntry(line) || isSectionMenu(line.text));
}

/** Whether the line at `i` stands alone between blank lines (or the text's ends). */
function setApart(lines: readonly ClassifiedLine[], i: number): boolean {
  return (i === 0 || lines[i]!.blankBefore) && (lines[i + 1]?.blankBefore ?? true);
}

/**
 * Whether the byline block (a date line, mostly) under the title at `over` heads the line at `index` instead: the line
 * is packed right under the block's date or byline at `meta`, with its deck or byline packed under it (no paragraph's
 * sentences), the block is set apart from the title over it, and that title is set apart, under another line of a
 * headline's length: the last two of a menu's or a sidebar's teasers ("Latest"), over a header that prints its date
 * first ("14 March 2025" / title / deck). A headline over its own date has a site's name, a menu's labels, a trail or
 * a kicker over it, all shorter, or its deck packed under it; a line set apart under the date is a live page's entry.
 */
function headsTitleUnderTeasers(lines: readonly ClassifiedLine[], over: number, meta: number, index: number): boolean {
  const teaser = lines[over - 1];
  const under = lines[index + 1];
  return (
    meta === index - 1 &&
    !lines[index]!.blankBefore &&
    // A block packed right under the title is that title's date or byline: a standfirst, a caption or a sub-heading
    // may be packed under it in turn.
    lines[over + 1]!.blankBefore &&
    // The title heads a block of its own: its deck or byline packed under it. A line alone under the date, or packed
    // right over a paragraph's finished sentences, is a sub-heading, a caption or a short first paragraph under a
    // headline and its date, or a live page's entry over its text (a deck under a title ends no sentence).
    under !== undefined &&
    !under.blankBefore &&
    // A deck's finished sentences with the author's name under them are the header's.
    !(isProse(under) && under.sentenceEnd && !authorAt(lines, index + 2)) &&
    lines[over]!.blankBefore &&
    teaser !== undefined &&
    isHeadlineLength(teaser)
  );
}

/**
 * A nickname or initials in brackets inside a name ("Richard (Rick) Stone", "Maria (M.J.) Costa"): a writer's name
 * keeps them in a byline, where the name's test reads the name without them.
 */
const BRACKETED_NICKNAME = / \([\p{L}.' -]{1,20}\) /u;

/** Whether the line at `index` is an author's name alone (see `isAuthorName`), maybe with a nickname in brackets. */
function authorAt(lines: readonly ClassifiedLine[], index: number): boolean {
  const text = lines[index]?.text;
  return text !== undefined && (isAuthorName(text) || (text.includes("(") && isAuthorName(text.replace(BRACKETED_NICKNAME, " "))));
}

/** Fewest words of a short headline right over its byline block ("Why I quit", "Snow hits Tokyo"): one word is a label. */
const MIN_SHORT_TITLE_WORDS = 2;

/**
 * Whether the line right over a byline block is the title it signs, so that the block heads no headline under it (the
 * line `under`): a title of a headline's length; or, over a sentence, a short one the byline vouches for ("Snow hits
 * Tokyo" over "By Ken Sato" over "Heavy snow fell on Monday."), not a section's label ("World news") or furniture. Under
 * such a title the sentence is the story's first paragraph or its deck; a short line over a byline block over an
 * unended title is as often a kicker over a header that prints its date first.
 */
function titlesBylineBlock(over: ClassifiedLine, under: ClassifiedLine, unspaced: boolean): boolean {
  // A site's menu copied as one line ("Home News Sport Business Opinion Weather") is no title: a date set under it, over
  // the headline, is the header's own, as it is with no menu above.
  if (isSectionMenu(over.text, over.gappedEntries)) return false;
  if (over.words >= LONG_TITLE_WORDS) return isTitleLike(over, unspaced);
  return (
    under.sentenceEnd &&
    // Set apart from the block as a paragraph: a headline ended by a full stop is packed right under its date, under a
    // kicker ("Breaking news", "Cost of living" / "By …" / date / "Prices rise again.").
    under.blankBefore &&
    !unspaced &&
    over.words >= MIN_SHORT_TITLE_WORDS &&
    !over.sentenceEnd &&
    !opensWithSectionName(over.text) &&
    signableTitle(over, unspaced, true)
  );
}

/**
 * The header's meta line at `i` (see `parseMetaLine`), when it stands alone: a line over or under another such line is
 * a listing's (a programme's dates, a list of fixtures), not the header's.
 */
function headerMetaLine(lines: readonly ClassifiedLine[], i: number, pageOrder: NumericOrderSource | undefined): MetaLine | undefined {
  const meta = parseMetaLine(lines[i]!.text, pageOrder);
  const listed = (j: number) => lines[j] !== undefined && parseMetaLine(lines[j]!.text, pageOrder) !== undefined;
  return meta && !listed(i - 1) && !listed(i + 1) ? meta : undefined;
}

/**
 * A label an opinion piece prints alone over its writer and title, in the languages Dateline reads most: opinion,
 * comment, column, tribune ("Opinion" / "Ada Lemaire" / title; "Kolumne"; "Opinión"). Under such a label a person's
 * name alone over the title, or before it after a colon, is the writer's; elsewhere a name there is a profile's or an
 * interview's subject ("Features" / "Ada Lemaire" / "The woman who mapped every tree").
 */
const OPINION_LABEL = /^(?:opinion|opinions|comment|column|kolumne|tribune|opinión|opinione|opinião)$/iu;
/** A columnist's role packed under the name ("Ada Lemaire" / "Columnist"), in the same languages. */
const COLUMNIST_ROLE = /^(?:columnist|kolumnist|kolumnistin|chroniqueur|chroniqueuse|columnista|editorialista|colunista)$/iu;
/** A writer's name before an opinion title after a colon, French's space before it ("Ada Lemaire : Pourquoi …"). */
const NAME_BEFORE_TITLE = /^([^:]+?)\s?:\s+(\S.*)$/u;
/** A title's opening quotation mark: "Ada Lemaire: 'We were never asked'" quotes its subject, as an interview does. */
const QUOTE_OPENING = /^["'“‘„«‹»]/u;

/**
 * The person a line (`own`) names alone, as a writer is named under an opinion label: read as a name over a date
 * line is (`nameAloneOverDate`) and as a single name set apart is (`singlePersonSetApart`): opening with a common given
 * name, as a section's or a place's name in title case under the same label does not ("Green Living", "Health
 * Secretary"), and with no later word the page prints again, as a piece about a politician or a player names its
 * subject there ("Comment" / "Ada Lemaire: the deal is dead", "Lemaire told reporters …" in the story).
 */
function columnistNamed(text: string, own: ClassifiedLine, lines: readonly ClassifiedLine[]): Author[] | undefined {
  const authors = nameAloneOverDate(text, STAND_IN_DATE_LINE);
  const [one] = authors ?? [];
  return authors?.length === 1 && one?.type === "Person" && singlePersonSetApart(one.name, own, lines) ? authors : undefined;
}

/**
 * The writer of an opinion piece that prints no byline, named under its label (`OPINION_LABEL`) over the headline:
 * alone on a line ("Opinion" / "Ada Lemaire" / title), with the role packed under the name ("Ada Lemaire" /
 * "Columnist"), or glued before the title after a colon ("Comment" / "Ada Lemaire: Why the library must stay open"),
 * whose headline is then the title alone. A title opening with a quotation mark after the colon is a speaker's words,
 * not a column's title, and stays whole.
 */
function readColumnistAbove(lines: readonly ClassifiedLine[], headline: number, header: Header): void {
  if (header.authors.length > 0 || header.headline === undefined) return;
  const over = lines[headline - 1];
  if (over && OPINION_LABEL.test(over.text)) {
    const glued = NAME_BEFORE_TITLE.exec(header.headline);
    const authors = glued && !QUOTE_OPENING.test(glued[2]!) ? columnistNamed(glued[1]!, lines[headline]!, lines) : undefined;
    if (!authors) return;
    header.authors = authors;
    header.headline = glued![2]!;
    return;
  }
  const roleOver = over !== undefined && !over.blankBefore && COLUMNIST_ROLE.test(over.text);
  const nameAt = roleOver ? headline - 2 : headline - 1;
  const label = lines[nameAt - 1];
  if (!label || !OPINION_LABEL.test(label.text)) return;
  const authors = columnistNamed(lines[nameAt]!.text, lines[nameAt]!, lines);
  if (authors) header.authors = authors;
}

/**
 * A meta line heading the header of a page with no date line there ("Travel · 4 March 2025 · 4 min read" over the
 * title), found as a date line heading it is (see `metaHeadingHeader`), into the header.
 */
function readMetaLineAbove(
  lines: readonly ClassifiedLine[],
  headline: number,
  header: Header,
  unspaced: boolean,
  pageOrder: NumericOrderSource | undefined,
): void {
  // A meta line holds a date (`parseMetaLine`, of a date line's length at most): over a headline with no line that may
  // hold one, as the classifier found, the walk up over the menus is not taken.
  let dated = false;
  for (let i = 0; i < headline && !dated; i++) dated = lines[i]!.dated;
  if (!dated) return;
  const at = metaHeadingHeader(lines, headline, unspaced, (line) => headerMetaLine(lines, line.index, pageOrder) !== undefined);
  if (at === undefined) return;
  const meta = headerMetaLine(lines, at, pageOrder)!;
  foldDate(header, meta.date, meta.datePart);
  if (meta.authors) foldAuthors(header, meta.authors);
}

/**
 * A credit cut before its name ("News provided by", "Photos by", "Präsentiert von"): the name on the next line is a
 * provider's, a photographer's or a sponsor's, not the writer's. No space before the end, so that a run of spaces is
 * scanned once.
 */
const CREDIT_CUT_BEFORE_NAME = new RegExp(String.raw`\s(?:${BY_WORDS.join("|")}):?$`, "iu");

/**
 * Whether the line right over an author's name alone over the date (`over`) makes the name someone else's: a credit
 * cut before the name (`CREDIT_CUT_BEFORE_NAME`), or a box's label ("Related", "Most read", "Lesen Sie auch") over a
 * teaser's byline or another story's author box. A byline's own label alone packed over the name ("Written by") ends as
 * such a credit does, but is the block's own line (see `headsBylineBlock`), never asked here.
 */
function cutBeforeName(over: ClassifiedLine | undefined): boolean {
  return over !== undefined && (CREDIT_CUT_BEFORE_NAME.test(over.text) || isRelatedLabel(over.text) || BOX_LABEL.test(over.lower));
}

/**
 * Whether a line packed right over an author's name alone over the date is the header's furniture, which a byline block
 * heading the header is set under: another line of the block (`inBylineBlock`), a menu's one-word label or section
 * ("Weather", "Climate Change"), or furniture (`readsAsFurniture`). A short title, a box's label ("About the author") or
 * a quote packed over the name makes it a teaser's byline, an author box's or the quoted person's.
 */
function furnitureOverName(over: ClassifiedLine): boolean {
  return over.words === 1 || inBylineBlock(over) || opensWithSectionName(over.text) || readsAsFurniture(over);
}

/**
 * Whether the author's name alone over the date at `at` heads the header's byline block: set apart from the lines over
 * it, or packed under the header's furniture (`furnitureOverName`), and under no credit or box's label that makes it
 * someone else's (`cutBeforeName`).
 */
function headsBylineBlock(lines: readonly ClassifiedLine[], at: number): boolean {
  const over = lines[at - 1];
  if (over === undefined) return true;
  // A byline's label alone packed over the name ("Written by" over "Ada Lee") is the block's own line: a teaser's or a
  // related box's byline prints one too, so the block heads the header only as it would without it.
  if (!lines[at]!.blankBefore && isBylineLabelLine(over.text)) return headsBylineBlock(lines, at - 1);
  return !cutBeforeName(over) && (lines[at]!.blankBefore || furnitureOverName(over));
}

/**
 * Fold the byline block that heads the header, from the line at `from` up, into the header. The author's name alone
 * over the date ("Ada Lee" over "4 March 2025" over a kicker and the title) is its byline too: `metaHeadingHeader`
 * found no title over the block, so it signs no teaser or story above it; a name under a line that is no furniture of
 * the header's (`headsBylineBlock`) is someone else's.
 */
function readBylineBlockAbove(
  lines: readonly ClassifiedLine[],
  from: number,
  header: Header,
  pageOrder: NumericOrderSource | undefined,
): void {
  for (let i = from; i >= Math.max(0, from - BYLINE_BLOCK_REACH) && inBylineBlock(lines[i]!); i--) {
    const line = lines[i]!;
    if (absorbMeta(line, header, true, pageOrder)) continue;
    // The job title the block runs on over ("Chief Economist" under "By Ada Lee") is set as a name is, but names no one.
    if (isJobTitleLine(line.text)) continue;
    const overDate = namesOverDate(line, lines[i + 1], pageOrder);
    if (overDate && headsBylineBlock(lines, i)) foldAuthors(header, overDate);
  }
}

/**
 * Whether the furniture line at `index` is a newsletter issue's title right over the header's own byline or date
 * ("Newsletter: The harbour week in five stories" / "By Ada Lee"): the page of one issue (`mayTitleNewsletterIssue`). A
 * box calling to sign up stands apart from any byline.
 */
function issueTitleOverMeta(
  lines: readonly ClassifiedLine[],
  index: number,
  unspaced: boolean,
  ownMeta: (line: ClassifiedLine) => boolean,
): boolean {
  const line = lines[index]!;
  const under = lines[index + 1];
  // The prompt flag first: the patterns are asked of no control or footer line.
  return line.prompt && under !== undefined && ownMeta(under) && mayTitleNewsletterIssue(line.lower) && !titleAbove(lines, index, unspaced);
}

/**
 * Whether a title-like line stands anywhere in the header's window above `index`. An issue's title is the first title of
 * its page; under a story's title the line is a box between the title and its byline, right under it or past a caption,
 * a share bar or a standfirst ("Ferry adds a late sailing" / "Share" / "Newsletter: Today's top stories from …" / "By …").
 * Any line a title could be over its byline counts: a short title ("Late ferry") or one opening in lower case ("iPhone
 * app …") heads the story over a box as it does over a byline. A date or byline line (the day's date atop the page) is
 * none.
 */
function titleAbove(lines: readonly ClassifiedLine[], index: number, unspaced: boolean): boolean {
  for (let i = index - 1; i >= Math.max(0, index - HEADER_WINDOW); i--)
    if (!isMetaLine(lines[i]!) && isTitleLike(lines[i]!, unspaced, true)) return true;
  return false;
}

/**
 * Whether a title printed twice (`title`, at `index`, again between `from` and `to`) stands in lists of teasers each
 * time: every copy has another story's title of a headline's length right above or right under it. A menu featuring
 * the same story in two of its sections prints it so ("Why the last cinema may reopen Tom Alder" among the culture
 * teasers and again among the city's); a headline printed twice has the site's name, the menu or a trail beside its
 * title-bar copy, and its byline, date or deck beside its own. The title over the header's own byline or date
 * (`headerTitle`) is no other story's teaser: right under a copy it is that headline's deck or a line of its header
 * ("Ferry adds a late sailing" / "" / "Why the old lido may reopen" / "By …" under the title bar's copy).
 */
function repeatedAmongTeasers(
  title: string,
  index: number,
  lines: readonly ClassifiedLine[],
  from: number,
  to: number,
  unspaced: boolean,
  headerTitle: number,
): boolean {
  const besideTeaser = (at: number) =>
    (at - 1 !== headerTitle && teaserBeside(lines, at, at - 1, title, unspaced)) ||
    (at + 1 !== headerTitle && teaserBeside(lines, at, at + 1, title, unspaced));
  if (!besideTeaser(index)) return false;
  for (let j = Math.max(0, from); j < Math.min(lines.length, to); j++)
    if (j !== index && lines[j]!.text === title && !besideTeaser(j)) return false;
  return true;
}

/** Whether the line at `at`, beside the copy at `copy`, is another story's title of a headline's length, set apart from it. */
function teaserBeside(lines: readonly ClassifiedLine[], copy: number, at: number, title: string, unspaced: boolean): boolean {
  const line = lines[at];
  if (line === undefined || line.text === title) return false;
  // A title packed with the copy on one block is its deck or its kicker; teasers are set apart.
  if (!(at < copy ? lines[copy]! : line).blankBefore) return false;
  // A sentence ended by a full stop is a tagline's or a notice's, no teaser's title.
  if (line.text.endsWith(".")) return false;
  const size = unspaced ? line.text.length / 3 : line.words;
  return size >= MIN_TEASER_TITLE_WORDS && isTitleLike(line, unspaced);
}

/**
 * Whether a title of the story's own stands within a few lines over the line at `at` (see `titledAbove`): not the
 * site's name opening the page, which the copyright notice or the menus print again. An event's page may print no
 * title but its span and name ("From June 3 to June 5, 2026 · Harbourside Jazz Weekend" under the site's name).
 * `minWords` asks for a title of that many words at least, where a short kicker over the byline must not count.
 */
function storyTitledAbove(lines: readonly ClassifiedLine[], at: number, unspaced: boolean, minWords = 0): boolean {
  for (let i = at - 1; i >= Math.max(0, at - TITLE_ABOVE_BYLINE_REACH); i--)
    if (lines[i]!.words >= minWords && signableTitle(lines[i]!, unspaced) && !namedByCopyright(lines, i) && !printedElsewhere(lines, i))
      return true;
  return false;
}

/**
 * Whether the line at `index`, quoted whole ("“The reef will not wait.”"), is a pull quote set between the byline block
 * heading it (its byline or date at `meta`) and the body: a title of a headline's length, the story's own, stands over
 * that block. With none there (only the site's name, menus or a kicker), the quote is the header's title ("„Wir
 * bleiben“", "«Nous resterons»" under the date), as news pages often set one.
 */
function pullQuoteUnderByline(lines: readonly ClassifiedLine[], index: number, meta: number, unspaced: boolean): boolean {
  if (quotedText(lines[index]!.text) === undefined) return false;
  let top = meta;
  while (top > 0 && meta - top < BYLINE_BLOCK_REACH && inBylineBlock(lines[top - 1]!)) top--;
  return storyTitledAbove(lines, top, unspaced, LONG_TITLE_WORDS);
}

/**
 * Most words of a header's meta line or a span's line asked in the headline's search (see `isHeaderMetaOrSpan`): a
 * date, a byline and a note or two ("12 de maio de 2026 · Por Joana Quintela"); the story's sentences have more.
 */
const MAX_META_LINE_WORDS = 16;

/**
 * Whether a line reads as a header's meta line (see `parseMetaLine`: "2. Mai 2026 · Von Ole Brenning", "3 June 2026 ·
 * Posted in Events") or opens with an event's span of days (see `opensWithSpanOfDays`).
 */
function isHeaderMetaOrSpan(text: string, pageOrder: NumericOrderSource | undefined): boolean {
  return parseMetaLine(text, pageOrder) !== undefined || opensWithSpanOfDays(text);
}

/**
 * Up from the body: the best-scoring title-like line, with the byline or date lines seen below it. A box of
 * teasers met on the way discards what was found below it; the search stops where no line could do better. An author's
 * name over a numeric date is read in the page's day order (`pageOrder`), as the header under the headline reads it.
 */
function searchHeadline(
  lines: readonly ClassifiedLine[],
  regionStart: number,
  unspaced: boolean,
  ownMeta: (line: ClassifiedLine) => boolean,
  pageOrder: NumericOrderSource | undefined,
): HeadlineSearch {
  // Bylines and dates can open the region too; the headline is above them.
  let searchFrom = regionStart;
  let prose = 0;
  // Under the header's own date line right over the region, the prose opening the region is the story's, not a
  // disclosure over the header: a date line after it is a deadline's or an event's ("12 June 2026 — Quay fair opens").
  const dateOverRegion = regionStart > 0 && lines[regionStart - 1]!.date !== undefined && ownMeta(lines[regionStart - 1]!);
  // Not where a title that reads as a short paragraph opens it (a question, "Why could the pier not be saved?"): the
  // date heads that title's header, and a deck of a paragraph may part it from its byline. Only a byline under that
  // deck heads the header: a date there is an update's or an event's, and past a second paragraph the story has begun
  // (a short lede under the date, "What happens when a town loses its ferry?", then the story and its teasers' lines).
  const titleUnderDate = dateOverRegion && lines[regionStart]!.class === "medium" && isTitleLike(lines[regionStart]!, unspaced);
  const datedAbove = dateOverRegion && !titleUnderDate;
  const proseOverHeader = datedAbove ? 0 : titleUnderDate ? DECKS_OVER_TITLED_BYLINE : MAX_PROSE_OVER_HEADER;
  for (let i = regionStart; i < Math.min(lines.length, regionStart + META_REACH_INTO_REGION); i++) {
    // Past more prose than a disclosure holds the story has begun: a date under it is a teaser's, after a short story.
    // A long title over its byline reads as prose by its length alone (see `longTitleOverByline`): it counts as none.
    if (lines[i]!.class === "good" && !longTitleOverByline(lines, i, unspaced) && ++prose > proseOverHeader) break;
    // Past a section's end ("3 Responses", "Most read") a short story is over: the bylines under it are its comments'.
    if (lines[i]!.class === "end") break;
    // Under the region's first prose, only a date with the story's prose under it heads the header: with none, it is a
    // teaser's, after a story of a paragraph or two ("Related" / a title / its date).
    const headsStory = prose === 0 || (proseUnder(lines, i, STORY_PROSE_REACH) && (!titleUnderDate || lines[i]!.authors !== undefined));
    if (ownMeta(lines[i]!) && headsStory) searchFrom = i;
  }
  // A long trail or posted-on line ending with the title can open the region too; the title under it is the headline's candidate.
  const trailed = titleUnderItsTrail(lines, regionStart, unspaced);
  if (trailed !== undefined) searchFrom = Math.max(searchFrom, trailed + 1);
  const lead = leadLines(lines, searchFrom);
  let best: Candidate | undefined;
  // A title packed under a tagline ("I write about maps.") can open the region; it heads the body's first paragraph.
  const packedTitle = searchFrom === regionStart ? titleClosingFirstBlock(lines, regionStart) : undefined;
  // Or, under a byline block, a title packed over its deck opens it: where the block heads the header, with no title
  // over it that the block signs (whose story the pair then opens).
  // Where the search starts at the header's own date or byline (the story's header found from its date, see
  // `storyMeta`), the line under it is asked as the region's first: the title over its deck or the author's name.
  // Not over a picture's credit ("Photo: …"): a line packed over one is that picture's caption, no title.
  const captionUnderDate = lines[regionStart + 2] !== undefined && creditOnly(lines[regionStart + 2]!.text) !== undefined;
  const titleTop = searchFrom === regionStart && ownMeta(lines[regionStart]!) && !captionUnderDate ? regionStart + 1 : regionStart;
  const openingTitle =
    packedTitle === undefined && searchFrom === regionStart
      ? (titleOverDeckOpeningRegion(lines, titleTop, unspaced) ?? titleOverNameOpeningRegion(lines, titleTop))
      : undefined;
  const openingMeta = openingTitle === undefined ? undefined : metaHeadingHeader(lines, openingTitle, unspaced);
  // Whether the opening title scores as a whole headline (a headline's length, no sentences): only such a title can
  // vouch for itself over teasers (below); one too long, or a deck's sentences under the date, loses to them anyway.
  let openingTitleWhole = false;
  if (openingTitle !== undefined && openingMeta !== undefined) {
    const features = { distance: 0, bylineOrDateBelow: false, bylineOrDateAbove: true, namedByLead: false, repeated: false };
    best = { index: openingTitle, score: headlineScore(lines[openingTitle]!, features, unspaced) };
    openingTitleWhole = best.score >= headlineCeiling(features);
  }
  if (packedTitle !== undefined) {
    const features = {
      distance: 0,
      bylineOrDateBelow: false,
      bylineOrDateAbove: false,
      namedByLead: false,
      repeated: false,
    };
    best = { index: packedTitle, score: headlineScore(lines[packedTitle]!, features, unspaced) };
  }
  // A list of contents right above the body holds no headline but maybe at its top, where a title can head it.
  const contentsTop = packedTitle === undefined && searchFrom === regionStart ? contentsListAbove(lines, regionStart) : undefined;
  const searchTop = contentsTop ?? searchFrom - 1;
  let distance = 0;
  // A byline or date line opening the region stands under every line above it.
  let metaBelow = searchFrom < lines.length && ownMeta(lines[searchFrom]!);
  let aboveTeasers = false;
  // The nearest title-like line below standing right over its own byline or date, or right under a date heading the header.
  // A title opening the region under the byline block heading the header is vouched for by that block, where no title
  // stands right over the block: a line of a headline's length there, printed again above, is the header's own title
  // over its date and deck (the title bar's copy over it), no teaser.
  // A title scoring less than a whole headline's vouches for nothing: the teasers above keep their repetition's weight,
  // or another teaser would win with the repeated one read as its deck.
  let headerTitleBelow =
    openingTitleWhole && openingMeta !== undefined && !(openingMeta > 0 && isHeadlineLength(lines[openingMeta - 1]!))
      ? openingTitle
      : undefined;
  // The window's last line: not a constant, as it moves up past each line of a box of facts (lowered in the loop below).
  let windowEnd = searchTop + 1 - HEADER_WINDOW;
  for (let i = searchTop; i >= Math.max(0, windowEnd); i--) {
    let line = lines[i]!;
    if (line.class === "boilerplate") {
      if (!issueTitleOverMeta(lines, i, unspaced, ownMeta)) continue;
      // Read as the title it is: its series label made it a prompt.
      line = { ...line, class: "short", prompt: false };
    }
    distance++;
    // A list of teasers is packed under its heading: the line under it is asked first, as most lines have a blank line
    // under them, and the label pattern would be tried on every line of the window.
    const packedOver = lines[i + 1]?.blankBefore === false;
    if (best && packedOver && isBoxHeading(line) && headsTeaserList(lines, i, best.index, unspaced)) {
      // The headline found so far was one of them; their bylines are not the story's either.
      best = undefined;
      metaBelow = false;
      aboveTeasers = true;
      continue;
    }
    if (best && best.score >= bestPossibleScore(distance)) break;
    if (isMetaLine(line)) {
      metaBelow ||= ownMeta(line);
      continue;
    }
    // The author's name over the date is the byline's first line, not a title, where a title stands above it or right
    // under the date (a header that prints its byline first); alone over the date (an obituary's or a profile's name, a
    // short title such as "Island Life") it is the headline. A line in a script with no capitals has a name's shape
    // when short (`opensInUncasedScript`): the headline's search takes it as a title, and the scan under the headline
    // reads a name there.
    if (
      namesOverDate(line, lines[i + 1], pageOrder) &&
      !opensInUncasedScript(line.text) &&
      (titledAbove(lines, i, unspaced) || titledUnder(lines, i + 1, unspaced))
    )
      continue;
    // A line of a box of facts ("Prep time: 10 min" over "Cook time: 15 min", "Frame" over "Steel") is no title, though it
    // stands nearer the body. Nor does the box part the header from the body as furniture does: a review's spec box can
    // be longer than the window, so its lines count neither in the distance nor in the window.
    if (inBoxOfFacts(lines, i)) {
      windowEnd--;
      distance--;
      continue;
    }
    // The features that raise a score are asked before the dozen patterns of `isTitleLike`: a line that could not beat
    // the best candidate even as a title of a headline's length with a byline or date next to it is not asked them
    // (most lines far above the body, as `bestPossibleScore` lets the search run through the whole window).
    const titleText = headlineText(line.text);
    const namedByLead = line.words >= LONG_TITLE_WORDS && namedInLead(titleText, lead, false, false);
    const repeatFrom = i - REPEAT_REACH;
    const repeatTo = Math.min(searchFrom, i + REPEAT_REACH + 1);
    // Under a title the header's own byline or date vouches for, a line printed twice among teasers is a menu's story
    // featured twice (see `repeatedAmongTeasers`), no title bar's copy of the headline.
    const repeated =
      isRepeated(titleText, i, lines, repeatFrom, repeatTo) &&
      !(headerTitleBelow !== undefined && repeatedAmongTeasers(titleText, i, lines, repeatFrom, repeatTo, unspaced, headerTitleBelow));
    const ceiling = headlineCeiling({ distance, bylineOrDateBelow: metaBelow, bylineOrDateAbove: !metaBelow, namedByLead, repeated });
    if (best && ceiling <= best.score) continue;
    // A title right over its byline or date: the header's order vouches for a lower-case start or a job title's word.
    // Not where a title stands right under that byline or date: the date heads that title (a tagline over the date).
    // The author's name alone over the date is a byline too ("Ada Lee" over "4 March 2025"; see `namesOverDate`), and a
    // control's button may part the title from its byline ("Edit this page", "Listen").
    // The cheap fields first: a byline or a date under the button, before the control's patterns are tried on it.
    const pastControl =
      (lines[i + 2] !== undefined && isMetaLine(lines[i + 2]!)) || lines[i + 3]?.date !== undefined ? lines[i + 1] : undefined;
    const at = pastControl !== undefined && !isMetaLine(pastControl) && isControlBetween(pastControl) ? i + 2 : i + 1;
    const under = lines[at];
    // The names that byline signs with, when it gives any: a short title shaped as a name may stand over them.
    const signers =
      under === undefined ? undefined : ownMeta(under) ? (under.authors ?? []) : namesOverDate(under, lines[at + 1], pageOrder);
    const bylineOrDateUnder = signers !== undefined;
    // The order vouches (a byline or date under it, no sentence's end, no title under that) only where the plain test
    // turns the line down: a headline over its byline, the usual header, passes it, and the line under the byline
    // need not be read as a title.
    if (
      isTitleLike(line, unspaced) ||
      (bylineOrDateUnder && !line.sentenceEnd && !isTitleNotProse(lines[at + 1], unspaced) && isTitleLike(line, unspaced, true, signers))
    ) {
      // Under a title, a line the header's reader reads as its meta line (a date and a byline in one, "2. Mai 2026 · Von
      // Ole Brenning", which neither line reader takes alone) or an event's span of days ("From June 3 to June 5, 2026",
      // "Du 3 au 5 juin 2026 · Hôtel de ville") is that header's, no title of it. Asked of title-like lines only.
      if (
        line.words <= MAX_META_LINE_WORDS &&
        DIGIT.test(line.text) &&
        isHeaderMetaOrSpan(line.text, pageOrder) &&
        storyTitledAbove(lines, i, unspaced)
      )
        continue;
      const metaAbove = metaBelow ? undefined : metaHeadingHeader(lines, i, unspaced);
      if (metaAbove !== undefined && pullQuoteUnderByline(lines, i, metaAbove, unspaced)) continue;
      const bylineOrDateAbove = metaAbove !== undefined;
      const signedUnder = signers !== undefined && signers.length > 0;
      const longTitle = longTitleOverByline(lines, i, unspaced);
      const features = {
        distance,
        bylineOrDateBelow: metaBelow,
        bylineOrDateAbove,
        namedByLead,
        repeated,
        bylineOrDateUnder,
        signedUnder,
        longTitle,
      };
      let score = headlineScore(line, features, unspaced, best?.score);
      // The site's name weighs less however many words it has, and its copies (the masthead, a title bar's site after
      // its bar) are the chrome's, not a headline printed again: else a short title-case headline over its byline
      // ("Salt Marsh Revival") loses the length it lacks to a longer name ("Atlas of Small Things"). Not a name right
      // over a short title and its deck: picked, it gives way to that title (`shortTitleUnderSiteName`).
      if ((!best || score > best.score) && namedByCopyright(lines, i, titleText) && shortTitleUnderSiteName(lines, i) === undefined)
        score += HEADLINE_WEIGHTS.siteName - (repeated ? HEADLINE_WEIGHTS.repeated : 0);
      if (!best || score > best.score) best = { index: i, score, repeated };
      if (bylineOrDateUnder || bylineOrDateAbove) headerTitleBelow = i;
    }
  }
  return { best, searchFrom, contentsTop, aboveTeasers, lead };
}

/**
 * A fact box's field: a label of one or two words, a colon, a value of up to four ("Prep time: 10 min", "Where: Quay
 * Street"). A title with a label has a longer one ("Notes from the Quay: Letter 12").
 */
const FACT_FIELD = /^\p{Lu}\p{L}*(?:[ -]\p{L}+)? ?:\s+\S+(?:\s+\S+){0,3}$/u;

/**
 * Whether the line at `index` is a fact box's field packed with another ("Prep time: 10 min" / "Cook time: 15 min",
 * "When: …" / "Where: …"): a recipe's, an event's or a product's facts. A headline with a label ("Review: …") stands
 * alone.
 */
function inFactBox(lines: readonly ClassifiedLine[], index: number): boolean {
  const line = lines[index]!;
  const field = (other: ClassifiedLine | undefined) => other !== undefined && FACT_FIELD.test(other.text);
  if (!field(line)) return false;
  return (!line.blankBefore && field(lines[index - 1])) || (lines[index + 1]?.blankBefore === false && field(lines[index + 1]));
}

/** Whether the line at `index` belongs to a box of facts: a fact box's field, a summary box's point, a spec box's label or value. */
function inBoxOfFacts(lines: readonly ClassifiedLine[], index: number): boolean {
  // Every field and point holds a colon: most lines are let go on one look.
  if (lines[index]!.text.includes(":") && (inFactBox(lines, index) || inSummaryBox(lines, index))) return true;
  return inSpecPairs(lines, index);
}

/** Most words of a spec's label ("Frame", "Cook time"). */
const MAX_SPEC_LABEL_WORDS = 3;
/**
 * Most words of a spec's value: a word or a few ("Steel", "Double leg"), or a measure or a list, which holds a figure or
 * a comma ("Rear, 25 kg load", "Green, cream or black"). A headline under its kicker has more words and neither.
 */
const MAX_SPEC_WORD_VALUE_WORDS = 3;
const MAX_SPEC_VALUE_WORDS = 6;
const FIGURE_OR_LIST = /[\d,]/;
/** Fewest label-over-value pairs that make a spec box: a kicker over a headline and a name over a role are two such pairs. */
const MIN_SPEC_PAIRS = 3;

/** Whether the packed pair of lines from `top` is a spec's label over its value, set apart by blank lines, neither a byline or a date. */
function specPairAt(lines: readonly ClassifiedLine[], top: number): boolean {
  const [label, value, after] = [lines[top], lines[top + 1], lines[top + 2]];
  return (
    label !== undefined &&
    value !== undefined &&
    label.blankBefore &&
    !value.blankBefore &&
    (after === undefined || after.blankBefore) &&
    label.words <= MAX_SPEC_LABEL_WORDS &&
    (value.words <= MAX_SPEC_WORD_VALUE_WORDS || (value.words <= MAX_SPEC_VALUE_WORDS && FIGURE_OR_LIST.test(value.text))) &&
    !isMetaLine(label) &&
    !isMetaLine(value)
  );
}

/**
 * Whether the line at `index` is a label or a value of a spec box printed one pair to a block ("Frame" over "Steel",
 * "Cook time" over "15 min"), a run of such pairs one under the other: a product's or a recipe's facts. The run is
 * followed only as far as the pairs it needs.
 */
function inSpecPairs(lines: readonly ClassifiedLine[], index: number): boolean {
  const top = lines[index]!.blankBefore ? index : index - 1;
  if (!specPairAt(lines, top)) return false;
  let pairs = 1;
  for (let at = top - 2; pairs < MIN_SPEC_PAIRS && specPairAt(lines, at); at -= 2) pairs++;
  for (let at = top + 2; pairs < MIN_SPEC_PAIRS && specPairAt(lines, at); at += 2) pairs++;
  return pairs >= MIN_SPEC_PAIRS;
}

/**
 * A summary box's point: a label of a few words, a colon, a short value ("Cheapest crossing: the Tuesday boat", "Best
 * for families: Harbour Inn"). Longer labels than a fact field's, so a title with a label reads so too: only a run of
 * them packed together makes a box.
 */
const SUMMARY_POINT = /^\p{Lu}[^:]{0,40}:\s+\S+(?:\s+\S+){0,4}$/u;
/** Fewest packed points that make a summary box ("Key takeaways", a product's verdict): a headline and its kicker are two lines. */
const MIN_SUMMARY_POINTS = 3;

/**
 * Whether the line at `index` is one of a run of summary points packed together (see `SUMMARY_POINT`). A labelled
 * byline or date ("By: Ann Example", "Updated: 4 March 2025") is no point: a title with a label packed over them is
 * a header, not a box. The run is followed only as far as the points it needs: a run of thousands of links shaped so
 * is not walked for every line.
 */
function inSummaryBox(lines: readonly ClassifiedLine[], index: number): boolean {
  if (!isSummaryPoint(lines, index)) return false;
  let points = 1;
  for (let i = index; points < MIN_SUMMARY_POINTS && !lines[i]!.blankBefore && isSummaryPoint(lines, i - 1); i--) points++;
  for (let i = index + 1; points < MIN_SUMMARY_POINTS && lines[i]?.blankBefore === false && isSummaryPoint(lines, i); i++) points++;
  return points >= MIN_SUMMARY_POINTS;
}

/** Whether line `i` is a point of a summary box. A function, not an arrow made at each call (see `packedBlockEnd`). */
function isSummaryPoint(lines: readonly ClassifiedLine[], i: number): boolean {
  return lines[i] !== undefined && !isMetaLine(lines[i]!) && SUMMARY_POINT.test(lines[i]!.text);
}

/**
 * The title standing right under a line of the region's first few that ends with it: a breadcrumb trail or a
 * "Posted on … by … – Comments on …" line, long enough to pass for prose, printed over the article's own
 * heading. Undefined when there is none.
 */
function titleUnderItsTrail(lines: readonly ClassifiedLine[], regionStart: number, unspaced: boolean): number | undefined {
  for (let i = regionStart; i < Math.min(lines.length - 1, regionStart + HEADER_REACH); i++) {
    const [line, title] = [lines[i]!, lines[i + 1]!];
    // The cheap tests first: few lines end with the line under them, and isTitleLike runs a dozen patterns.
    if (title.blankBefore) continue;
    const trail = textBefore(line.text, title.text);
    if (trail !== undefined && /[\s›»>/|]$/u.test(trail) && isTitleLike(title, unspaced)) return i + 1;
  }
  return titleUnderCrumbLines(lines, regionStart, unspaced);
}

/** A crumb of a breadcrumb trail printed one to a line: a section's name of a word or three, ending with its separator. */
const CRUMB_LINE = /^\p{Lu}[^›»>/|]{0,40}\s*[›»>/]$/u;
/** Most words of a crumb's section name. */
const MAX_CRUMB_LINE_WORDS = 3;

/**
 * The title right under a breadcrumb trail printed one crumb to a line ("Home›", "Guides›", "Ferries") among the
 * region's first lines: a consent box or a disclosure can open the region over the article's own header. Undefined
 * when there is none.
 */
function titleUnderCrumbLines(lines: readonly ClassifiedLine[], regionStart: number, unspaced: boolean): number | undefined {
  const isCrumb = (line: ClassifiedLine | undefined) =>
    line !== undefined && line.words <= MAX_CRUMB_LINE_WORDS && CRUMB_LINE.test(line.text);
  for (let i = regionStart; i < Math.min(lines.length - 3, regionStart + HEADER_REACH); i++) {
    if (!isCrumb(lines[i]) || !isCrumb(lines[i + 1])) continue;
    let last = i + 1;
    while (isCrumb(lines[last + 1])) last++;
    // The trail's last crumb, the page's own section, has no separator after it; the title follows.
    const section = lines[last + 1];
    const title = section && section.words <= MAX_CRUMB_LINE_WORDS ? last + 2 : last + 1;
    const line = lines[title];
    return line && line.words >= LONG_TITLE_WORDS && isTitleLike(line, unspaced) ? title : undefined;
  }
  return undefined;
}

/**
 * Most words of a question that opens the region as its title ("Will the new quay end the summer queues?"); a story's
 * first paragraph of one sentence runs longer, and seldom asks.
 */
const MAX_QUESTION_TITLE_WORDS = 16;
/**
 * Most words of a statement with its full stop that opens the region as its title ("The island gets its new harbour at
 * last."): shorter than a question's, as a story's first paragraph of one sentence is a statement too.
 */
const MAX_STATEMENT_TITLE_WORDS = 12;
/** How many times longer than such a statement the line under it runs: a lede's next paragraph is about as long. */
const STATEMENT_TITLE_PROSE_RATIO = 2;
/** A statement's closing mark at a line's end, not an ellipsis (a teaser cut short). */
const STATEMENT_TITLE_END = /(?<![.…])\.$/u;

/**
 * How many lines under a question opening the region are searched for the next question set apart: an interview's or a
 * help page's next question stands within a few paragraphs of the first.
 */
const NEXT_QUESTION_REACH = 6;

/**
 * Whether another short question stands set apart within a few lines under the one at `at`: the page asks and answers
 * in turn (an interview, a help page's questions), so the first question is the first of its questions, not its title.
 */
function asksAgainBelow(lines: readonly ClassifiedLine[], at: number): boolean {
  for (let i = at + 1; i < Math.min(lines.length, at + 1 + NEXT_QUESTION_REACH); i++) {
    const line = lines[i]!;
    if (line.blankBefore && endsWithQuestionMark(line.text) && line.words <= MAX_QUESTION_TITLE_WORDS) return true;
  }
  return false;
}

/** Fewest words of a line over the region that reads as a title the search could not take (one in lower case, say). */
const MIN_UNREAD_TITLE_WORDS = 3;
/** The marks between a breadcrumb trail's crumbs or a menu's items set on one line ("Home › News › Island"): no title's. */
const TRAIL_MARK = /[›»>/|•·]/u;

/**
 * Whether the nearest line over the region, past its byline and dates, is a line of a few words that no furniture
 * holds and that ends no sentence, no trail of crumbs ("harbour expansion approved", a title in lower case): the page's own title, unread,
 * over a story that opens with a question or a short sentence, which then stays the story's. A menu's word, a kicker or
 * no line at all is no title.
 */
function unreadTitleOver(lines: readonly ClassifiedLine[], regionStart: number): boolean {
  for (let i = regionStart - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (isMetaLine(line)) continue;
    return line.class !== "boilerplate" && line.words >= MIN_UNREAD_TITLE_WORDS && !line.sentenceEnd && !TRAIL_MARK.test(line.text);
  }
  return false;
}

/**
 * A wire story's dateline opening its first sentence: a place in capitals or a name with its agency in brackets, then a
 * dash ("WESTERHOLM (Reuters) - The ferry is late again.", "Kiel (dpa) – Die Fähre ist wieder zu spät."). Each part is
 * bounded.
 */
const WIRE_DATELINE_OPENING =
  /^(?:\p{Lu}[\p{Lu}\p{M}.'’ -]{1,40}(?:\s?\([^()]{1,40}\))?|\p{Lu}[\p{L}\p{M}.'’ -]{0,40}?\s?\([^()]{1,40}\))\s?(?:--|[–—-])\s/u;

/**
 * The title that ends as a sentence does, a question or a statement with its full stop, opening the region where nothing
 * above the body reads as a title: the region finder took it for the story's first paragraph, as it ends a sentence.
 * It is one sentence, set apart over a longer line (the story's prose or a picture's caption); a question may stand
 * packed over its deck. A statement, as a story's first paragraph of one sentence is one too, only when short and over a
 * line at least twice as long (a lede's next paragraph is about as long). Undefined when there is none.
 */
function sentenceTitleOpeningRegion(lines: readonly ClassifiedLine[], regionStart: number): number | undefined {
  const line = lines[regionStart];
  if (line === undefined || SENTENCE_BREAK.test(line.text) || unreadTitleOver(lines, regionStart)) return undefined;
  // A page's note on itself ("This story contains …", "Do you have information about this story?") or a wire lede's
  // sentence opens the story, not as its title.
  if (readsAsControl(line.lower, line.words) || WIRE_DATELINE_OPENING.test(line.text)) return undefined;
  let next = lines[regionStart + 1];
  if (next === undefined) return undefined;
  let shaped: boolean;
  if (endsWithQuestionMark(line.text)) {
    // A deck packed under the question, then what follows it set apart.
    if (!next.blankBefore) next = lines[regionStart + 2];
    shaped = line.words <= MAX_QUESTION_TITLE_WORDS && next !== undefined && next.words > line.words && !asksAgainBelow(lines, regionStart);
  } else
    shaped =
      STATEMENT_TITLE_END.test(line.text) &&
      line.words <= MAX_STATEMENT_TITLE_WORDS &&
      next.words >= line.words * STATEMENT_TITLE_PROSE_RATIO;
  return shaped && next!.blankBefore && isTitleLike({ ...line, class: "short" }, false) ? regionStart : undefined;
}

/**
 * A Chinese or Japanese title of two two-character words ("港口重开", "新駅開業"), under `isTitleLike`'s floor, right
 * over the body or over the date right over it, when the search found no title: nearer the story than the site's name
 * or a menu's line over it, which the fallback would take instead (`fallbackFirst`). It is set apart over its block (a
 * menu's last item packed under the others is the same length). When the fallback's own line could be such a title too
 * (a short headline opening a page with no site's name over it), the line over the body is as likely a section's label
 * or a column's name under that headline ("国内新闻", "今日の話題"), so the fallback's line is kept.
 */
function shortIdeographicTitleOverRegion(
  lines: readonly ClassifiedLine[],
  regionStart: number,
  first: number | undefined,
): number | undefined {
  let at = regionStart - 1;
  if (at >= 0 && isMetaLine(lines[at]!)) at--;
  const line = lines[at];
  const setApart = line?.blankBefore && !isMetaLine(line);
  if (!setApart || !unclaimedShortIdeographicTitle(lines, at)) return undefined;
  return first === undefined || first === at || !unclaimedShortIdeographicTitle(lines, first) ? at : undefined;
}

/**
 * Whether the line at `at` could be a short Chinese or Japanese title (see `MIN_RESTATED_TITLE_CHARS`): Han or kana,
 * ending no sentence, not a line the footer's notice names or another line prints again (the site's name, a section's).
 */
function unclaimedShortIdeographicTitle(lines: readonly ClassifiedLine[], at: number): boolean {
  const line = lines[at]!;
  return (
    IDEOGRAPHIC_CHAR.test(line.text) &&
    !endsWithFullStop(line.text) &&
    readsAsTitle({ ...line, class: "short" }, true, false, undefined, MIN_RESTATED_TITLE_CHARS) &&
    !namedByCopyright(lines, at) &&
    !printedElsewhere(lines, at)
  );
}

/** The longest line taken as a headline when nothing above the body reads like one: longer is a paragraph. */
const MAX_FALLBACK_HEADLINE_WORDS = 20;

/**
 * Every longer word capitalised, for `titleCasedUnderDate`: a German lede capitalises its nouns ("Gestern Abend
 * beschloss der Stadtrat die Schließung.") and passes a share short of all; its verbs and adjectives stay small.
 */
const EVERY_LONG_WORD = 1;

/**
 * A title set in title case opening the region right under its date, set apart from both ("30 Sep 2024" / "I Sold My
 * Car for a Year. Here Is What I Learned." / the story): the region finder read it as prose, as it ends a sentence or
 * holds two. A story's first paragraph is written in sentence case; in title case under the date heading the story it
 * is its title, nearer the story than the site's name over the date. Undefined when there is none.
 */
function titleCasedUnderDate(lines: readonly ClassifiedLine[], regionStart: number): number | undefined {
  const line = lines[regionStart];
  const date = lines[regionStart - 1];
  if (line === undefined || date?.date === undefined || !line.blankBefore || lines[regionStart + 1]?.blankBefore !== true) return undefined;
  if (line.words > MAX_FALLBACK_HEADLINE_WORDS || !isTitleCased(line.text, EVERY_LONG_WORD)) return undefined;
  return isTitleLike({ ...line, class: "short" }, false) ? regionStart : undefined;
}

/**
 * When the search found no title above the body: a long headline taken for the body's first prose line,
 * else the first line of the page that could name it at all, else the body's own first line.
 */
function fallbackHeadline(lines: readonly ClassifiedLine[], regionStart: number, unspaced: boolean): Candidate | undefined {
  for (let i = regionStart; i < Math.min(lines.length, regionStart + HEADLINE_INSIDE_BODY); i++) {
    const line = lines[i]!;
    if (!line.sentenceEnd && isTitleLike({ ...line, class: "short" }, unspaced)) return { index: i, score: 0 };
  }
  const sentenceTitle = unspaced ? undefined : (sentenceTitleOpeningRegion(lines, regionStart) ?? titleCasedUnderDate(lines, regionStart));
  if (sentenceTitle !== undefined) return { index: sentenceTitle, score: 0 };
  const first = fallbackFirst(lines, regionStart);
  const shortTitle = unspaced ? shortIdeographicTitleOverRegion(lines, regionStart, first?.index) : undefined;
  if (shortTitle !== undefined) return { index: shortTitle, score: 0 };
  return first ? { index: first.index, score: 0 } : undefined;
}

/** The fallback's last resort: the page's first line above the body that could name it at all, else the body's first. */
function fallbackFirst(lines: readonly ClassifiedLine[], regionStart: number): ClassifiedLine | undefined {
  return (
    lines.find(
      (line) =>
        line.class !== "boilerplate" && line.class !== "end" && line.words <= MAX_FALLBACK_HEADLINE_WORDS && line.index < regionStart,
    ) ?? (regionStart + 1 < lines.length ? lines[regionStart] : undefined)
  );
}

/**
 * Whether a byline or date line stands within a few lines under the line at `at` (see `META_AFTER_STANDFIRST`), no
 * paragraph of prose between: a standfirst's or a lead caption's. Under a paragraph after it, it is the story's text
 * ("Last updated: …" in a help page's section), which makes no standfirst of the story's first paragraph.
 */
function metaUnderNoProse(
  lines: readonly ClassifiedLine[],
  at: number,
  pageOrder: NumericOrderSource | undefined,
  undated: boolean,
): boolean {
  const usualReach = at + 1 + META_AFTER_STANDFIRST;
  let reach = usualReach;
  let buttons = 0;
  let readingTime = false;
  for (let i = at + 1; i < Math.min(lines.length, reach); i++) {
    // Under a lead-in ("Extra sailings:", "Termine:"), a date is an item of what it introduces, not a byline's. Past the
    // usual reach, only a byline block's date: one with its reading time, as share buttons ("Share" / "Print" / "Save")
    // stand over an events listing's dates too. A bare numeric date is the header's date line as well ("Ada Lee" /
    // "12/3/2026"), which only the header's scan reads (`headerNumericDate`), while the header has read no date: under
    // the page's stamp a bare one is a timeline's or a listing's entry ("Phase two" / "28/04/2026").
    const bareDate = undated && i < usualReach && headerNumericDate(lines[i]!.text, pageOrder) !== undefined;
    const dated = isMetaLine(lines[i]!) || bareDate;
    if (dated) return (i < usualReach || readingTime) && !leadsIn(lines[i - 1]!.text);
    if (lines[i]!.class === "good") return false;
    // A byline block's buttons, reading time and lone dots between the name and the date ("Ada Lee" / "Follow" / "5 min
    // read" / "·" / "Mar 4, 2025", as essay platforms print it) reach no further from the standfirst than the name does.
    if (buttons < MAX_BYLINE_BLOCK_BUTTONS && isBylineBlockButton(lines[i]!)) {
      buttons++;
      reach++;
      readingTime ||= isBlockReadingTime(lines[i]!);
    }
  }
  return false;
}

/** Most buttons, reading times and lone dots a byline block sets between a name and its date (see `metaUnderNoProse`). */
const MAX_BYLINE_BLOCK_BUTTONS = 3;
/** A lone mark parting a byline block's fields on lines of their own: a middle dot, a bullet, a bar. */
const LONE_FIELD_MARK = /^[·•|]$/u;

/** A control line ("Follow", "Seguir"), a reading time ("5 min read") or a lone mark ("·"), as a byline block prints them. */
function isBylineBlockButton(line: ClassifiedLine): boolean {
  return line.class === "boilerplate" || LONE_FIELD_MARK.test(line.text) || isBlockReadingTime(line);
}

/** A byline block's reading time alone on its line ("5 min read", "Temps de lecture : 4 min"), not a form's step counter. */
function isBlockReadingTime(line: ClassifiedLine): boolean {
  return isStoryReadingTime(line.lower);
}

/**
 * Whether the date line at `at` names itself the page's date: by a published or updated label, on it or alone over it
 * ("Published 4 March 2025", "POSTED" / "8 July 2025"), or by the byline it is ("By Jo Li | March 4, 2025"). An
 * unlabelled date ("3 August 2025", "When: 3 August 2025") may be an event's.
 */
function pageDateLine(lines: readonly ClassifiedLine[], at: number): boolean {
  const line = lines[at]!;
  if (opensWithPageDateLabel(line.text) || (at > 0 && isDateLabel(lines[at - 1]!.text))) return true;
  return line.authors !== undefined || peopleOfDatedByline(line.text) !== undefined;
}

/** Most characters of a byline glued after a standfirst's last sentence ("By Ada Lee and Ben Ode on 19 December 2025"). */
const MAX_GLUED_BYLINE_LENGTH = 120;
/** A lower-case letter's full stop before a space inside a name: a sentence's end, not an initial's ("Ada B. Lee"). */
const SENTENCE_END_IN_NAME = /\p{Ll}\.\s/u;
/**
 * A publishing house named in a field after the names ("By Nora Quist, Harbour Publishing, …", "Par Nora Quist, éditions
 * du Port, …", "Von Nora Quist, Hafen Verlag, …", "Por Nora Quist, Ediciones del Puerto, …", "Di Nora Quist, Edizioni
 * del Porto, …", "Door Nora Quist, Uitgeverij De Haven, …"): a reviewed book's credit glued after the standfirst, its
 * author and day out, not the story's byline. Only words that name a publisher alone: "Press" is a news agency's too
 * ("Europa Press"), "Editora" a writer's job in Spanish.
 */
const PUBLISHER_FIELD =
  /,[^,]*(?<![\p{L}])(?:publishing|publishers|verlag|éditions|editions|ediciones|edizioni|edições|uitgeverij)(?![\p{L}])/iu;
/** Where a sentence ends and a capital opens the next, a quote or a bracket between: each place a glued byline may open. */
const GLUED_BYLINE_OPENING = /[.!?]["'\u201d\u2019\u00bb)]? (?=\p{Lu})/gu;

/**
 * A standfirst with the byline and its date glued after its last sentence, the copy of a header that sets both in one
 * block ("The island's ferry will lose two sailings a day. By Ada Lee on 19 December 2025", "… Par Ada Lee le 19 décembre
 * 2025", "… Von Ada Lee am 19. Dezember 2025"): the standfirst, and the people and date of the byline. Only a byline that
 * reads whole from a sentence's end to the line's (the first such end that gives one: "By Ada B. Lee on …" holds
 * another), names people in full (or a wire) and holds a date: a sentence opening with the label's word ("By then the
 * quay had closed.") is none, and a standfirst of a few words is a kicker's. Asked of the line under the headline and of
 * the standfirst only: further down, such a line is a teaser's.
 */
function standfirstWithGluedByline(
  text: string,
  pageOrder: NumericOrderSource | undefined,
): { standfirst: string; authors: Author[]; date: DateLine } | undefined {
  // A byline's date holds a number: most lines under a headline hold none near their end, and skip the search.
  if (text.length > MAX_STANDFIRST_LENGTH + MAX_GLUED_BYLINE_LENGTH || !DIGIT.test(text.slice(-MAX_GLUED_BYLINE_LENGTH))) return undefined;
  for (const opening of text.matchAll(GLUED_BYLINE_OPENING)) {
    const at = opening.index + opening[0].length;
    if (text.length - at > MAX_GLUED_BYLINE_LENGTH) continue;
    const byline = text.slice(at);
    // A sentence running on after the date ("By Storm Ciarán on 3 May 2025 hundreds of trees fell.") is the standfirst's
    // own, and a name holding a sentence's end ("By Ada Lee. Harbour Press, 19 December 2025") a book's credit.
    if (readsOnAfterDate(byline.slice(byline.search(DIGIT))) || PUBLISHER_FIELD.test(byline)) continue;
    const people = peopleOfDatedByline(byline);
    const authors = people?.some((author) => SENTENCE_END_IN_NAME.test(author.name)) ? undefined : people;
    const date = authors ? (parseDateLine(byline, undefined, pageOrder) ?? bylineDate(byline, pageOrder)) : undefined;
    const standfirst = text.slice(0, opening.index + 1);
    if (authors && date && spacePieceCount(standfirst) >= MIN_STANDFIRST_WORDS) return { standfirst, authors, date };
  }
  return undefined;
}

/**
 * Whether a line under the headline is something other than a deck, whatever its length: a picture's caption with its
 * credit is the header's image, and a note under its label ("Correction: …", "Editor's note: …", "Korrektur: …") or a
 * kicker ("Analysis: …") says what the page is or how it changed; so does a newsroom's note with no label ("This story
 * has been updated …", `isStoryNote`), and a live page's first entry, stamped with its time ("10:45 Gusts close …"),
 * opens the body.
 */
function isNoDeck(line: ClassifiedLine): boolean {
  return hasCredit(line.text) || LABELLED_OPENING.test(line.text) || isStoryNote(line.lower) || TIMED_ENTRY_OPENING.test(line.text);
}

/**
 * Whether a line right under the headline is its deck over the story's dateline lead, as press releases and wire copy
 * set them with no byline between ("Two new boats will cross every twenty minutes." over "KORVIK, 12 March 2026 – …"):
 * one sentence, with or without its full stop, not itself opening with a dateline. The lead then opens the body, and
 * its date dates the page when the header gives none. Two sentences or more are the story's first paragraph.
 */
function deckOverDatelineLead(line: ClassifiedLine, next: ClassifiedLine | undefined): boolean {
  if (next === undefined || !isProse(next) || !opensWithDayDateline(next.text)) return false;
  if (line.words > MAX_DATELINE_DECK_WORDS || line.text.length > MAX_STANDFIRST_LENGTH || isNoDeck(line)) return false;
  const minWords = line.sentenceEnd ? MIN_STANDFIRST_WORDS : MIN_STANDFIRST_WORDS_UNDER_HEADLINE;
  return line.words >= minWords && !SENTENCE_BREAK.test(line.text) && !opensWithDayDateline(line.text);
}

/**
 * Whether the line at `at`, right under the headline, is a deck too short for the standfirst tests ("Available today
 * on every plan.", "Tramwaje pojadą co pół godziny.", "絵本千冊を自由に閲覧"): set apart alone, longer than a label,
 * over a byline or date line (`metaFollows`; a name over the date at most between) and shorter than the story's first
 * paragraph under them, and no name alone (`nameAloneOverDate`). Under no byline, or over a paragraph as short, the
 * line opens the story.
 */
function shortDeckOverByline(lines: readonly ClassifiedLine[], at: number, metaFollows: boolean): boolean {
  const line = lines[at]!;
  if (!metaFollows || !line.blankBefore || !line.blankAfter || line.words <= MAX_LABEL_WORDS || isNoDeck(line)) return false;
  // A bare numeric date under it may be a timeline's first entry ("The pier is closed." / "25/03/2026"): only a byline
  // or a date the line reader takes makes the block under it the header's.
  const reach = Math.min(lines.length, at + 1 + META_UNDER_STANDFIRST);
  let meta = at + 1;
  while (meta < reach && !isMetaLine(lines[meta]!)) meta++;
  if (meta === reach) return false;
  // The byline block's own lines (a second date line, "Share") and a lead picture's credit, which ends no sentence
  // ("BEN ODE/MILLBROOK POST"), are passed over to the story's first paragraph.
  const paragraph = (under: ClassifiedLine) => !isMetaLine(under) && (isProse(under) || under.sentenceEnd);
  let first = meta + 1;
  while (first < lines.length && !paragraph(lines[first]!)) first++;
  if (first === lines.length || letterCount(line.text) >= letterCount(lines[first]!.text)) return false;
  // A writer's name set apart over the date is no deck, though a name in a script without spaces between words counts
  // as many words as a sentence ("สมศักดิ์ ทองดี"): left to the readers of names over the date, asked last as few lines
  // get this far.
  return nameAloneOverDate(line.text, STAND_IN_DATE_LINE) === undefined;
}

/**
 * Whether the line at `at` in the header is a newsroom's correction or editor's note over the story (`isCorrectionNote`):
 * a sentence, not a heading or a question under the label ("Clarification: who the new rules cover", "Correction: how
 * far could prices fall?"), on a page whose headline names no correction and with no other such note under it: a
 * corrections column, an apology or a "Sprostowanie" page prints its notes as its story.
 */
function correctionNoteOverStory(lines: readonly ClassifiedLine[], at: number, headline: number): boolean {
  const line = lines[at]!;
  if (!line.sentenceEnd || endsWithQuestionMark(line.text) || !isCorrectionNote(line.lower)) return false;
  const next = lines.slice(at + 1).find((under) => under.class !== "boilerplate");
  return !namesCorrection(lines[headline]!.lower) && (next === undefined || !isCorrectionNote(next.lower));
}

/**
 * Down from the headline, the header runs on while its lines are header lines: bylines and dates, a copy of
 * the headline, the lead picture's caption and credit, the standfirst. Fills `header` and returns the last
 * header line. `pageOrder` reads the numeric dates its bylines hold.
 */
function readHeaderBelow(
  lines: readonly ClassifiedLine[],
  header: Header,
  headline: number,
  limit: number,
  regionStart: number,
  standfirst: number | undefined,
  unspaced: boolean,
  pageOrder: NumericOrderSource | undefined,
  regionEnd: number,
): number {
  let end = headline;
  // A sentence of the region with no prose under it in the region is the story itself, however a standfirst it looks
  // (one paragraph over a listing of events whose dates pass for its byline): the header keeps out of it.
  const bodyUnder = (at: number) => at >= regionEnd || proseLinesIn(lines, at + 1, regionEnd) > 0;
  // Once a byline or date is read, a sentence under it is the story's first paragraph, whatever line under it passes for
  // a lead caption: a standfirst stands over the byline.
  let bylineRead = false;
  let datedPeople: Author[] | undefined;
  let bareNumericDate: DateLine | undefined;
  // Asked only once a name over the date is found, which few headers print: the title tests cost more than that search.
  let headlineSignable: boolean | undefined;
  // The last line of the last name read with its job title (the title's line when set under the name).
  let signedWithRole = -1;
  // Where the deck would stand: right under the headline, or under the buttons set there (`isButtonUnderHeadline`).
  let underHeadline = headline + 1;
  // The titles that may name the piece a review, whose critic then signs (`criticCredit`): the headline, the kicker over it.
  const reviewTitles = [lines[headline]!.text, lines[headline - 1]?.text ?? ""];
  for (let i = headline + 1; i < limit; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (line.class === "boilerplate") {
      if (i < regionStart) end = i;
      continue;
    }
    // A sponsor's label in the header ("In partnership with Northwind Cloud", `isSponsorLabel`) names who paid for the
    // story: header, never its deck or first paragraph.
    if (isSponsorLabel(line.text)) {
      end = i;
      continue;
    }
    if (i === underHeadline && isButtonUnderHeadline(line)) {
      underHeadline = i + 1;
      end = i;
      continue;
    }
    // The site's menu under a title printed only in the tab line ("Home  News  Sport  Weather", or one entry a line),
    // over the byline, the date or the story: chrome, never the deck or the first paragraph.
    // So is the site's name over it, which its copyright notice names ("The Fenland Courier" / the menu).
    if (!bylineRead && (menuUnderTitle(lines, i) || (next !== undefined && menuUnderTitle(lines, i + 1) && namedByCopyright(lines, i)))) {
      end = i;
      continue;
    }
    // Pages often print the headline twice (a title bar, then the article's own heading): the copy is header too.
    // So is a posted-by line the byline parser cannot read: left in, it passes for the lead picture's caption. One that
    // holds a date among other fields ("Posted on 2024-02-11 · 6 min read · #tags") is read as a meta line, below.
    // So is a time ago instead of a date ("3 hours ago", "il y a 3 heures"), which gives none, and a day relative to today
    // alone ("Today") where the header has no date: under one it heads a live blog's or a diary's first part.
    // A government page's issuer: "From:" alone over a public body's name, or on its line. Read before the posted-by
    // lines, which would drop "Published by:" and leave the body's name to pass for a writer's over the date.
    if (line.text.length <= MAX_ISSUER_LINE && line.text.includes(":")) {
      const issuer = issuingBody(line.text, next?.text, lines[i + 2]?.text);
      if (issuer) {
        foldAuthors(header, [{ type: "Organization", name: issuer.name }]);
        if (issuer.nextLine) i++;
        end = i;
        continue;
      }
    }
    // A newsroom's correction or editor's note over the story ("Correction: An earlier version of this article …",
    // `isCorrectionNote`) is about the story, not its first paragraph: the header's, while the story goes on under it.
    // Only a note in sentences (`correctionNoteOverStory`): a heading or a question under the label opens the story.
    if (correctionNoteOverStory(lines, i, headline) && proseLinesIn(lines, i + 1, regionEnd) > 0) {
      end = i;
      continue;
    }
    if (bareNumericDate && line.date && !pageDateLine(lines, i)) foldDate(header, bareNumericDate);
    // A posted-by label alone over the names ("Written by" / "Ada Lee", "Publié par" / …): one byline split at its link,
    // read before the posted-by lines below, which would drop the label and leave the name unread. Only over people's
    // names: a body's, a desk's, a studio's or a place's there ("Published by" / "Westerholm Island Council", "Posted by"
    // / "Sports Desk") is the page's issuer or a section, and stays unread, as before.
    if (isSplitPostedLabel(line) && absorbSplitByline(line, next, header, false, pageOrder)) {
      bylineRead = true;
      end = ++i;
      continue;
    }
    // A credit line no byline reader takes ("Text: Ada Lee / Photos: Ben Ode", "Reporting by Ada Lee; Editing by …"):
    // its writers sign, its photographer and its editor do not. So does a review's critic ("Reviewed by Ada Lee" under
    // "… review: …", `criticCredit`), while no one has and no byline follows ("Written by …"), whose writer signs.
    const credited =
      line.authors === undefined
        ? (creditedWriters(line.text, lines[i + 1]?.text) ??
          (header.authors.length === 0 && next?.authors === undefined ? criticCredit(line.text, reviewTitles) : undefined))
        : undefined;
    if (credited) {
      foldAuthors(header, credited);
      bylineRead = true;
      end = i;
      continue;
    }
    // A date line with the writer's name glued after it: the name signs, the date is read below.
    const gluedName = line.date && !line.authors && header.authors.length === 0 ? nameGluedToDate(line.text) : undefined;
    if (gluedName) {
      foldAuthors(header, gluedName);
      bylineRead = true;
    }
    const undated = !header.datePublished && !header.dateModified && !bareNumericDate;
    if (
      absorbMeta(line, header, true, pageOrder, line.date?.stamps !== undefined && personBylineBeside(lines, i, headline)) ||
      line.text === header.headline ||
      (isPostedLine(line) && !headerMetaLine(lines, i, pageOrder)) ||
      (undated && isRelativeDayLine(line.text))
    ) {
      // A byline under the headline that the date reader took whole ("By Jo Li | March 4, 2025"), kept for the end of
      // the header: a byline of its own further down names the author first. Read here only: over the headline or in
      // the body such a line is a teaser's or a picture's.
      if (line.date && !datedPeople && header.authors.length === 0) datedPeople = peopleOfDatedByline(line.text);
      bylineRead ||= line.text !== header.headline;
      // The author's job title alone under a byline ("By Ada Lee" over "Staff Writer") is the byline's too; not one over
      // another, a run of which is the story's list of jobs ("Product Designer", "Data Analyst").
      const role = line.authors !== undefined && next?.class === "short" && !isMetaLine(next) && isJobTitleLine(next.text);
      if (role && !(lines[i + 2] && isJobTitleLine(lines[i + 2]!.text))) i++;
      end = i;
      continue;
    }
    // A slashed or hyphenated date alone on its line ("25/07/2025"), read here only: further down it is a teaser's. Kept
    // for the end of the header: a labelled date or a byline's further down ("Published 4 March 2025") says what it
    // dates, while a bare one under it ("3 August 2025", "When: 3 August 2025") is an event's, the numeric one printed first.
    const numericDate = headerNumericDate(line.text, pageOrder);
    if (numericDate) {
      bareNumericDate ??= numericDate;
      bylineRead = true;
      end = i;
      continue;
    }
    // A meta line with more beside its date than a date line holds ("4 March 2025 · Travel · 4 min read"), read here
    // only: in the body the same shape is a timeline's or a listing's line.
    const meta = headerMetaLine(lines, i, pageOrder);
    if (meta) {
      foldDate(header, meta.date, meta.datePart);
      if (header.authors.length === 0) datedPeople ??= meta.authors;
      bylineRead = true;
      end = i;
      continue;
    }
    // A single person's name set apart right under the date line the header read ("12 March 2026" / "" / "Ada
    // Lemaire"), as a page copied block by block prints a byline of date first: a person's by the same test as set
    // apart over the date (`singlePersonSetApart`); a section, a kicker or a place there ("Harbour Life") stays unread.
    const underDate = header.authors.length === 0 && end === i - 1 ? personSetApartUnderDate(lines, i, pageOrder) : undefined;
    if (underDate && (headlineSignable ??= signableTitle(lines[headline]!, unspaced, true))) {
      foldAuthors(header, underDate);
      bylineRead = true;
      end = i;
      continue;
    }
    // The author's name over the date line: both are the byline, when the headline is a title the name can sign. The
    // headline was found over it, so the name vouches for it as in the search (a lower-case or short title, a version's number).
    const overDate =
      namesOverDate(line, next, pageOrder) ??
      namesOverDate(line, dateUnderBylineFields(lines, i + 1), pageOrder) ??
      nameOverNumericDate(line, next, pageOrder) ??
      // Set apart by blank lines, as a page copied block by block prints them ("Ada Lee, Sam Ray" / "" / "12 March
      // 2026"), the names sign only while no one has, alone under the headline's block (`spacedNamesOverDate`).
      (header.authors.length === 0 && line.blankBefore ? spacedNamesOverDate(lines, line, next, pageOrder) : undefined);
    if (overDate && (headlineSignable ??= signableTitle(lines[headline]!, unspaced, true))) {
      // Packed under a name with its job title, the name signs with it only when it prints its own job title ("Sam Ray,
      // Political Reporter" over the date): a bare name or place over the date there is a quoted guest's or a dateline's.
      const ownRole = namesOverRole(line.text, undefined) !== undefined;
      foldAuthors(header, overDate, ownRole && cosignsUnder(signedWithRole, i, line, line.text));
      bylineRead = true;
      end = i;
      continue;
    }
    // Any other short line over a bare numeric date, packed or set apart (a kicker, a section, a place, a name set apart:
    // "Harbour Life" / "12/3/2026", "Ada Lee" / "" / "25/03/2026") is the header's and signs no one, as set apart a single
    // name has the others' shape (`MIN_SPACED_NAMES_OVER_DATE`); the date under it, which only this scan reads, is next.
    // A line ending a sentence is the story's or a deck's ("The pier is closed."), as over a date in words.
    if (line.class === "short" && !line.sentenceEnd && next !== undefined && headerNumericDate(next.text, pageOrder)) {
      end = i;
      continue;
    }
    // The author's name alone right over how long ago the page was posted ("Ada Lee" / "2 hours ago", "Anna Berger" /
    // "vor 2 Stunden", "Ada Lemaire" / "il y a 2 heures"), as news sites print a fresh story's byline: the name signs
    // as over a date line, with that reader's checks of the name (a section's, a place's, a desk's words sign nothing:
    // "Local News", "Live Updates", "New York"), and the age line is read as before (no date). Only while no one signed,
    // under a title the name can sign.
    const ageUnder =
      header.authors.length === 0 && next !== undefined && !next.blankBefore && line.class === "short" && isAgeLine(next.text);
    const overAge = ageUnder ? nameAloneOverDate(line.text, STAND_IN_DATE_LINE) : undefined;
    // A labelled byline right under the age ("Jo Smith" / "3 hours ago" / "By Ada Lee", "Von Anna Berger"): it names the
    // writer, and the name over the age is a reader's, a guest's or a commenter's, header as a label over the age is.
    if (overAge && bylineUnderAge(lines[i + 2])) {
      end = i;
      continue;
    }
    if (overAge && (headlineSignable ??= signableTitle(lines[headline]!, unspaced, true))) {
      foldAuthors(header, overAge);
      bylineRead = true;
      end = i;
      continue;
    }
    // A country's or a region's name, a section's phrase or a share button over the age, where a name would stand
    // ("Middle East" / "3 hours ago", "Última Hora" / "hace 3 horas"): the header's, as over a date line, signing no one;
    // the age under it is read next as alone.
    if (ageUnder && !overAge && namesLabelOrCountry(line.text)) {
      end = i;
      continue;
    }
    // A date's label alone over its date ("POSTED" / "8 July 2026"): the header goes on to the date.
    if (next?.date && isDateLabel(line.text)) {
      // An update's label over its date ("Updated:" / "2 January 2025") dates the update, as on one line: the date is
      // read with it here, so that a published date further down is still the published one. Not a date line with a
      // label of its own ("Last updated" / "Published 4 March 2026"): that label says what the date is.
      if (opensWithUpdateLabel(line.text) && !next.date.modified && !next.authors && !opensWithPageDateLabel(next.text)) {
        foldDate(header, { ...next.date, modified: true });
        i++;
      }
      end = i;
      continue;
    }
    // A name with its job title after it or under it is a byline without a "By"; the title line is header too.
    const withRole =
      line.class === "short" && !isMetaLine(line)
        ? (namesOverRole(line.text, next?.text) ?? namesOverDesk(line.text, next?.text))
        : undefined;
    if (withRole) {
      // Names with their job titles packed one under another sign the story together ("Nadia Petrov, Product Manager" /
      // "Sam Okoye, Engineering Lead"); elsewhere the first byline read names the authors.
      const ownRole = namesOverRole(line.text, undefined) !== undefined;
      foldAuthors(header, withRole, cosignsUnder(signedWithRole, i, line, ownRole ? line.text : (next?.text ?? "")));
      if (next && !isMetaLine(next) && !ownRole) i++;
      signedWithRole = i;
      end = i;
      continue;
    }
    if (!(isAuthorLabelLine(line.text) && labelsOthersAuthor(lines, i)) && absorbSplitByline(line, next, header, false, pageOrder)) {
      end = ++i;
      continue;
    }
    if (next && next.text === line.text && line.words >= MIN_REPEATED_CAPTION_WORDS && !header.image) {
      // The same line twice: a picture's alt text followed by its caption.
      header.image = splitCredit(line.text);
      end = ++i;
      continue;
    }
    // A caption with its credit on the line after it; a byline under a standfirst ("By Ada Lee") is no credit, nor a
    // graphic's credit under prose ("Grafik: …" under the lead: a chart's title is no paragraph), nor a credit set
    // apart from the line and packed over the next, its caption.
    const creditBelow =
      next &&
      !header.image &&
      !isMetaLine(next) &&
      line.words <= MAX_LEAD_CAPTION_WORDS &&
      !(isProse(line) && isGraphicCredit(next.text)) &&
      !creditSignsLineUnder(line, next, lines[i + 2])
        ? creditOnly(next.text)
        : undefined;
    if (creditBelow) {
      header.image = { caption: line.text, credit: creditBelow.credit };
      end = ++i;
      continue;
    }
    // The standfirst right under the headline with the byline glued after it: both the header's. Over a byline of its
    // own ("By Tom Haig"), what the standfirst has glued is its own credit: a reviewed book's author and day out.
    const glued = (i === underHeadline || i === standfirst) && !next?.authors ? standfirstWithGluedByline(line.text, pageOrder) : undefined;
    if (glued) {
      header.description = glued.standfirst;
      foldAuthors(header, glued.authors);
      foldDate(header, glued.date);
      bylineRead = true;
      end = i;
      continue;
    }
    if (i === standfirst) {
      // A label between the headline and its byline ("Photo essay", "Point de vue") is the header's, but no standfirst.
      if (line.words > MAX_LABEL_WORDS) header.description = line.text;
      end = i;
      continue;
    }
    // A sports report's score line ("Kingsbridge 3-0 Rovers") is the header's, as its byline is: no heading of the story;
    // so is a line of a view count, a category or a text-size control ("阅读 3.2万", "Category: Travel").
    if (isScoreLine(line.text) || isHeaderFieldFurniture(lines, i)) {
      end = i;
      continue;
    }
    const metaFollows = metaUnderNoProse(lines, i, pageOrder, undated);
    // Asked only when the cheaper tests pass: the credit and caption patterns are the costly part of the header.
    // Under a button (`isButtonUnderHeadline`) only a byline tells a deck: a line over a caption there is as often the
    // body's first paragraph, a quote or a wire lead set over its picture.
    const captionFollows = () => underHeadline === headline + 1 && lines.slice(i + 1, i + 1 + CAPTION_AFTER_STANDFIRST).some(isCaptionLike);
    // Right under the headline, with a caption or byline after it: the standfirst, whatever its last character.
    if (
      i === underHeadline &&
      line.words >= MIN_STANDFIRST_WORDS_UNDER_HEADLINE &&
      line.text.length <= MAX_STANDFIRST_LENGTH &&
      !hasCredit(line.text) &&
      (metaFollows || captionFollows()) &&
      bodyUnder(i)
    ) {
      header.description = line.text;
      end = i;
      continue;
    }
    if (i === underHeadline && (deckOverDatelineLead(line, next) || shortDeckOverByline(lines, i, metaFollows)) && bodyUnder(i)) {
      // An update's note in the deck's place ("Updated at 2.15pm with new details") is the header's, but no
      // description.
      if (!opensWithUpdateLabel(line.text)) header.description = line.text;
      end = i;
      continue;
    }
    // A live page's first entry stamped with its time ("09:10 Divers reach the wreck") opens the body: no lead caption.
    if (
      isCaptionLike(line) &&
      !TIMED_ENTRY_OPENING.test(line.text) &&
      !header.image &&
      (i < regionStart || metaFollows || hasCredit(line.text)) &&
      !headsFirstSection(lines, i, regionStart, regionEnd)
    ) {
      header.image = splitCredit(line.text);
      end = i;
      continue;
    }
    // A sentence between headline and byline is the standfirst; without a byline after it, it is the first paragraph.
    // Under the byline it is the story's first paragraph, though a heading after it passes for a lead caption.
    const sentence = line.sentenceEnd && line.words >= MIN_STANDFIRST_WORDS && line.text.length <= MAX_STANDFIRST_LENGTH;
    if (!header.description && !header.image && sentence && (metaFollows || (!bylineRead && captionFollows())) && bodyUnder(i)) {
      header.description = line.text;
      end = i;
      continue;
    }
    // A single person's name alone right under the deck, the date printed over the headline (`personUnderDeck`): the
    // byline, only while no one signed, under a title the name can sign.
    const underDeck =
      header.authors.length === 0 && header.description !== undefined && end === i - 1
        ? personUnderDeck(lines, i, headline, unspaced)
        : undefined;
    if (underDeck && (headlineSignable ??= signableTitle(lines[headline]!, unspaced, true))) {
      foldAuthors(header, underDeck);
      bylineRead = true;
      end = i;
      continue;
    }
    // Anything else ends the header; the body starts there.
    break;
  }
  if (datedPeople) foldAuthors(header, datedPeople);
  if (bareNumericDate) foldDate(header, bareNumericDate);
  return end;
}

/**
 * A headline read out of a breadcrumb trail or a title bar ("News > Harbour > Ferry returns") is often printed
 * again below, alone, as the article's own heading: that line is the headline, and the header reads down from it.
 */
function ownHeadingBelow(lines: readonly ClassifiedLine[], best: Candidate, regionStart: number, unspaced: boolean): Candidate {
  const line = lines[best.index]!.text;
  const text = headlineText(line);
  const end = Math.min(lines.length, regionStart + HEADER_REACH);
  if (text !== line) for (let i = best.index + 1; i < end; i++) if (lines[i]!.text === text) return { index: i, score: best.score };
  // The part the bar's cut kept is not printed below (a site's name longer than a short headline, "Mill fire out | The
  // Kelbury Courier"): the title line is read whole, as an uncut one is.
  return headingBeforeBar(lines, best, { regionStart, end }, unspaced);
}

/** Letters of a word the story's words are read for: shorter words are mostly articles and prepositions. */
const MIN_STORY_WORD_LETTERS = 4;
/** Letters two words must open with alike to be one word inflected ("homes"/"home", "ferryman"/"ferrymen"). */
const STEM_LETTERS = 5;

/** Fewest words of a printed title taken over the tab's: a line of one or two there is a kicker ("Town parking"). */
const MIN_PRINTED_TITLE_WORDS = 3;

/** The words of four letters or more of a title, lowered: what a printed title and an SEO title of one story share. */
function storyWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((word) => letterCount(word) >= MIN_STORY_WORD_LETTERS);
}

/**
 * Most letters an ending adds to a short word ("home"/"homes", "city"/"cities"); more make another ("part"/"party").
 */
const MAX_ENDING_LETTERS = 2;

/**
 * Whether two words are one, inflected: the same first `STEM_LETTERS` letters, or a short word whole at the other's
 * start with an ending of `MAX_ENDING_LETTERS` at most.
 */
function sameWord(a: string, b: string): boolean {
  const stem = Math.min(STEM_LETTERS, a.length, b.length);
  if (a.slice(0, stem) !== b.slice(0, stem)) return false;
  return stem === STEM_LETTERS || Math.abs(a.length - b.length) <= MAX_ENDING_LETTERS;
}

/**
 * Whether a printed title retells the tab's title: `MIN_WORDS_RESTATED` story words or more stand in both, at least
 * half of the shorter title's (a long "after", "with" or "from" counts as a story word, and the shorter title has
 * fewer of them), or, in Chinese and Japanese, `MIN_WORDS_RESTATED` of the tab's character pairs. A kicker, a slogan
 * or a menu shares a word at most.
 */
function retellsTabTitle(printed: string, tabTitle: string, unspaced: boolean): boolean {
  if (unspaced) return wordsSharedWith(printed, tabTitle) >= MIN_WORDS_RESTATED;
  const wanted = storyWords(tabTitle);
  const own = storyWords(printed);
  const shared = wanted.filter((word) => own.some((other) => sameWord(word, other))).length;
  return shared >= MIN_WORDS_RESTATED && shared * 2 >= Math.min(wanted.length, own.length);
}

/**
 * A comma or a colon: a line too long for a headline holding one is a caption or a labelled teaser
 * (`printedTitleForm`).
 */
const LONG_LINE_BREAK = /[,:，：]/u;

/**
 * Whether the line at `index` has the form of a page's printed title under its tab line (`printedTitleUnderTab`): set
 * apart, of `MIN_PRINTED_TITLE_WORDS` or more, ending no sentence, title-like, no meta line, menu's line, picture's
 * credit or line printed again elsewhere, and not a short kicker in capitals or naming a section. A line too long for
 * a headline (over `MAX_HEADLINE_WORDS`) has it only as a single clause: quoted whole it is a pull quote, with a colon
 * a labelled teaser ("See also: …"), with a comma a caption naming someone ("Ada Fenwick, the keeper, on the …").
 */
function printedTitleForm(lines: readonly ClassifiedLine[], index: number, unspaced: boolean): boolean {
  const printed = lines[index]!;
  if (printed.words > MAX_HEADLINE_WORDS && (quotedText(printed.text) !== undefined || LONG_LINE_BREAK.test(printed.text))) return false;
  return (
    printed.words >= MIN_PRINTED_TITLE_WORDS &&
    setApart(lines, index) &&
    !endsWithFullStop(printed.text) &&
    !isMetaLine(printed) &&
    isTitleLike(printed, unspaced) &&
    !inMenu(lines, index) &&
    !hasCredit(printed.text) &&
    !printedElsewhere(lines, index) &&
    !(printed.words < LONG_TITLE_WORDS && (printed.text === printed.text.toUpperCase() || namesKind(printed.lower)))
  );
}

/**
 * The page's printed title under its tab line, where the search picked the tab line: a browser's copy opens with the
 * page's title and the site's name after a separator ("Orchid on verge | Wild Shires"), often a search engine's
 * rewording, shorter or longer than the title the page prints over its byline. That title stands set apart right over
 * the header's own byline or date, or over the deck there (a sentence with its full stop), and retells the tab's title
 * (`retellsTabTitle`) in a title's form (`printedTitleForm`): a kicker, a menu or a breadcrumb stands higher and shares
 * its words seldom. Two lines of that form there, one over the other, or none (a page titled only in its tab line):
 * the tab line stays.
 */
function printedTitleUnderTab(
  lines: readonly ClassifiedLine[],
  best: Candidate,
  regionStart: number,
  unspaced: boolean,
  ownMeta: (line: ClassifiedLine) => boolean,
): Candidate {
  const tab = lines[best.index]!;
  if (lines.slice(0, best.index).some((line) => line.class !== "boilerplate")) return best;
  const tabTitle = withoutSiteTail(lines, best.index, headlineText(tab.text));
  if (tabTitle === tab.text) return best;
  const end = Math.min(lines.length, regionStart + HEADER_REACH);
  let meta = best.index + 1;
  while (meta < end && !(isMetaLine(lines[meta]!) && ownMeta(lines[meta]!))) meta++;
  if (meta >= end) return best;
  let at = meta - 1;
  if (at > best.index + 1 && endsWithFullStop(lines[at]!.text)) at--;
  const printed = lines[at]!;
  if (at <= best.index + 1 || !printedTitleForm(lines, at, unspaced) || !retellsTabTitle(headlineText(printed.text), tabTitle, unspaced))
    return best;
  // Another line of a title's form right over it: a title over its subtitle ("The lighthouse keeper" / "Forty years
  // aloft"), or a kicker of the story's words over a title. Which one the page heads with cannot be told from the
  // tab's words, so the tab's title stays.
  if (at - 1 > best.index + 1 && printedTitleForm(lines, at - 1, unspaced)) return best;
  return { index: at, score: best.score };
}

/** A separator a page's title sets between the headline and the site's name or a tag: a bar, a dash, a hyphen or a dot, spaced. */
const TITLE_SEPARATOR_MARK = "[|｜–—\\-·•]";
/** A title's separator between two of its parts, spaced, before a part ("Ferry back - Analysis - Harbour Gazette"). */
const SPACED_TITLE_SEPARATOR = ` ${TITLE_SEPARATOR_MARK} (?=\\S)`;
const TITLE_SEPARATOR = new RegExp(`^${SPACED_TITLE_SEPARATOR}`, "u");
/** A title's separator alone between two parts, spaced ("<headline> – <site>"). */
const TITLE_PARTS_JOIN = new RegExp(`^ ${TITLE_SEPARATOR_MARK} $`, "u");
/**
 * A line holding a title's separator anywhere, or a colon after a word (a site's name before its headline, see
 * `SEPARATOR_AT_END`): the cheap test before the headings below are compared with it.
 */
const HOLDS_TITLE_SEPARATOR = new RegExp(`(?: ${TITLE_SEPARATOR_MARK}|:) `, "u");

/**
 * A document title kept whole ("Ferry returns to the island - Harbour Gazette", "… · Λιμενικά Νέα", "… | أخبار الساحل":
 * a hyphen, a dot or a name of a script without case is not cut by `headlineText`) over its own heading printed alone
 * below: the heading is the headline, as the page sets it, and whatever the bar added (a site's name, "Live") is not.
 * The heading has more words than what follows the separator: a line that opens with fewer is a site's name over a
 * headline ("Harbour Gazette · Ferry strike ends …", its masthead printed below) or a kicker over the title's own
 * subtitle ("Island ferries - what happens to the crossings now"). Fewer will do when the footer's notice names what
 * follows, or another line of the page prints it, or it closes three parts (`wordsBesideSite`). Asked once a page.
 */
function headingBeforeBar(
  lines: readonly ClassifiedLine[],
  best: Candidate,
  { regionStart, end }: { regionStart: number; end: number },
  unspaced: boolean,
): Candidate {
  const { text, lower } = lines[best.index]!;
  if (!HOLDS_TITLE_SEPARATOR.test(text)) return best;
  // The title bar may set the headline in title case over a heading in sentence case ("Ferry Back On Time - …" over
  // "Ferry back on time"): compared in lower case where lowering keeps every character's place.
  const caseless = lower.length === text.length;
  const evidence = new TitleEvidence(lines, best.index, end);
  for (let i = best.index + 1; i < end; i++) {
    const heading = lines[i]!;
    if (heading.text.length >= text.length) continue;
    const reading = { title: best.index, heading: i, regionStart, end, evidence };
    if (siteBeforeHeading(lines, text, reading, unspaced)) return { index: i, score: best.score };
    const opens =
      text.startsWith(heading.text) || (caseless && heading.lower.length === heading.text.length && lower.startsWith(heading.lower));
    if (!opens) continue;
    const separator = TITLE_SEPARATOR.exec(text.slice(heading.text.length));
    if (!separator) continue;
    const tail = text.slice(heading.text.length + separator[0].length);
    const tailWords = wordCount(tail);
    const besideSite = wordsBesideSite(lines, tail, "last", reading);
    // The part beside the site's name printed alone under the heading is the headline under its topic ("War in
    // Ukraine - Kyiv hit - Harbour Gazette" over "War in Ukraine" / "Kyiv hit", or a series' name over the date over
    // the title): its fewer words take nothing from it.
    const middleUnder = besideSite !== undefined && evidence.lastPrintingFirstPart(tail) > i;
    if (!(heading.words > tailWords || (besideSite !== undefined && !middleUnder && heading.words > besideSite))) {
      // A heading no longer than the rest of a title line that nothing names as a site's, with the story's title packed
      // under it, is a kicker beside the site's name ("Analysis - Harbour Gazette" over "Analysis" / "Ferry fares
      // frozen"): a page prints its story's title on a line of its own, so the kicker's title is the story's. A heading
      // that reads as a title in sentence case or in a script without case is the story's short headline, and what is
      // packed under it a byline, a quote, a credit or a subtitle ("Dimite la alcaldesa" over "«No tenía otra
      // opción»"); a kicker in a name's case reads as a title too ("Morning Briefing", "The Big Read").
      const kicker = !isTitleLike(heading, unspaced) || NAME_CASE.test(heading.text);
      if (besideSite === undefined && kicker && titleUnderKicker(lines, i + 1, end, unspaced)) return { index: i + 1, score: best.score };
      continue;
    }
    if (isTitleLike(heading, unspaced)) return { index: i, score: best.score };
    // What the title line printed beside the site's name alone is a kicker printed again over the story's own title
    // ("Analysis - Harbour Gazette" over "Analysis" / "Who pays for the new bridge?"): that title is the headline.
    if (besideSite === 0 && titleUnderKicker(lines, i + 1, end, unspaced)) return { index: i + 1, score: best.score };
    if (besideSite === 0 && titleBesideSiteOnly(lines, i, unspaced)) return { index: i, score: best.score };
  }
  return best;
}

/**
 * Fewest words a title keeps before the site's name cut off its end: "Brexit - The Facts" is a title, not a site's
 * page.
 */
const MIN_WORDS_BEFORE_SITE = 3;

/**
 * The headline `found` on the line at `index` without the site's name a separator glued after it ("Orchid found on a
 * verge - Wild Shires"), where the page prints that name as its own elsewhere: the footer's notice ("© 2025 Wild
 * Shires"), a masthead alone over the title, or another title's tail over it, the tab's ("… | Wild Shires"). The
 * title's words alone never tell a site's name from a subtitle ("Rome - A City of Ruins"), which stays whole; so does
 * a title left with fewer than `MIN_WORDS_BEFORE_SITE` words, or a quotation's (`QUOTED_TITLE`). `headlineText` has
 * cut the tails a bar or a dash before capitals sets apart; this reads the hyphen and the longer names it leaves.
 */
function withoutSiteTail(lines: readonly ClassifiedLine[], index: number, found: string): string {
  const parts = found.split(TITLE_PARTING);
  if (parts.length < 2) return found;
  const tail = parts.at(-1)!;
  const title = found.slice(0, found.length - tail.length).replace(TITLE_SEPARATOR_AT_END, "");
  // A tail in lower case is the title's tag ("– live", "– in pictures"), though a menu may print the same word alone.
  if (wordCount(title) < MIN_WORDS_BEFORE_SITE || QUOTED_TITLE.test(title) || !HAS_CAPITAL.test(tail)) return found;
  // Over the title only the name alone is a masthead: a label before it makes a section's heading ("Politics live").
  // The same title printed twice is no tab title naming the site.
  const mastheadOrTab = ({ text }: ClassifiedLine) =>
    text === tail || (text !== found && text.endsWith(tail) && TITLE_SEPARATOR_AT_END.test(text.slice(0, -tail.length)));
  const named = siteNamedByNotice(lines, footerNotice(lines), tail) || lines.slice(0, index).some(mastheadOrTab);
  return named ? title : found;
}

/**
 * A title that is a quotation whole ("'We will rebuild' - Mayor", "„Wir bleiben“ - Olaf Brandt"): the name after its
 * dash is the speaker's, part of the headline, though a topic's tag over the title or a blog's notice prints it too.
 */
const QUOTED_TITLE = /^["'“‘„«‹»].*["'”’“»«›][.!?]?$/u;

/** A title's separator at its end, with its spaces, left when the part after it is cut off. */
const TITLE_SEPARATOR_AT_END = new RegExp(` ${TITLE_SEPARATOR_MARK} $`, "u");

/**
 * A title's separator closing what goes before a heading: a bar, a dash or a dot, spaced, or a colon after the name
 * ("Harbour Gazette: Ferry back on time"). The colon is a headline's own mark too ("Ferry strike: what we know"), so
 * it parts nothing after a headline (`TITLE_SEPARATOR`); before one, only a name the notice prints is cut off.
 */
const SEPARATOR_AT_END = new RegExp(`(?: ${TITLE_SEPARATOR_MARK}|:) $`, "u");
/** The colon `SEPARATOR_AT_END` finds after a name: the notice must print that name whole (`siteNamedByNotice`). */
const COLON_SEPARATOR = ": ";

/**
 * Whether the title line ends with the heading printed below and opens with the site's name that the footer's notice
 * prints, a separator between ("Harbour Gazette - Ferry back on time", "Harbour Gazette: Ferry back on time"): the
 * site's order of the two, read as the headline's other order is (`siteNamedByNotice`). A name the notice does not
 * print, a kicker's or a section's, is not cut off so ("Coastal towns - Ferry back on time").
 */
function siteBeforeHeading(lines: readonly ClassifiedLine[], text: string, reading: TitleReading, unspaced: boolean): boolean {
  const heading = lines[reading.heading]!;
  if (!text.endsWith(heading.text)) return false;
  const before = text.slice(0, text.length - heading.text.length);
  const separator = SEPARATOR_AT_END.exec(before);
  if (separator === null) return false;
  const name = before.slice(0, separator.index);
  const besideSite = wordsBesideSite(lines, name, "first", reading, separator[0] === COLON_SEPARATOR);
  if (besideSite === undefined || besideSite >= heading.words) return false;
  return isTitleLike(heading, unspaced) || (besideSite === 0 && titleBesideSiteOnly(lines, reading.heading, unspaced));
}

/**
 * Fewest characters of a Chinese or Japanese heading that a title line prints beside the site's name alone ("水库放水 -
 * 北岭晚报"): a title of four characters, as short as a menu's label of two words but printed by the page's own title.
 */
const MIN_TITLE_BESIDE_SITE_CHARS = 4;

/**
 * Whether a heading that the title line prints with the site's name and nothing else is the page's title though short
 * ("סכר נפתח - הד העמק", "فتح السد - صدى الوادي", "水库放水 - 北岭晚报"): the title bar vouches for its length as a byline
 * under it would. Two words of Hebrew or Arabic script, carrying their articles, say what three Latin words say and run
 * under the spaced floor of `isTitleLike`, four CJK characters under its unspaced one. Two Latin words there are more
 * often a section's name than a headline, so the spaced floor is lowered for a glued script only; four Thai letters are
 * one word, a section's ("กีฬา", "ข่าว"), so the unspaced floor is lowered for Han and kana only. A spaced sentence no
 * longer than a headline with its full stop (`MAX_STATEMENT_TITLE_WORDS`) right under the heading makes it a column's
 * name over its story ("יומן הנמל - הד העמק" over "יומן הנמל" over "הגשר החדש נפתח לתנועה הבוקר."), which the title bar
 * names as it names a title; a deck runs longer.
 */
function titleBesideSiteOnly(lines: readonly ClassifiedLine[], heading: number, unspaced: boolean): boolean {
  const under = lines[heading + 1];
  const statementUnder = !unspaced && under !== undefined && under.words <= MAX_STATEMENT_TITLE_WORDS && endsWithFullStop(under.text);
  const title = lines[heading]!;
  if (statementUnder || !(unspaced ? IDEOGRAPHIC_CHAR : GLUED_SCRIPT_LETTER).test(title.text)) return false;
  // Only the length's floor is lowered: a line shaped as a date or a trail, a tag ("#本地体育") or a job's word is no
  // title for being printed beside the site's name.
  return readsAsTitle(title, unspaced, false, undefined, unspaced ? MIN_TITLE_BESIDE_SITE_CHARS : MIN_VOUCHED_TITLE_LENGTH);
}

/**
 * Whether the line at `index`, packed right under a kicker, is the story's title: no byline or date (`isMetaLine`), no
 * date's label ("Updated 12:04 GMT" under "LIVE"), no short line of figures (a reading time in words no table knows, "6
 * мин чтения", "Lästid 6 min"), no word of a button or a player ("Escuchar noticia"), no writer's name before a comma
 * ("Mara Quell, Redakteurin Lokales", whatever job follows), no name alone over the date line below ("Ada Lee and Ola
 * Berg" over "9 April 2026", a byline without its "By") and no prose.
 */
function titleUnderKicker(lines: readonly ClassifiedLine[], index: number, end: number, unspaced: boolean): boolean {
  const title = lines[index];
  if (index >= end || title === undefined || title.blankBefore || isMetaLine(title) || opensWithPageDateLabel(title.text)) return false;
  if (isShortFigureLine(title) || opensWithNameAndComma(title.text) || holdsPageFurnitureWord(title.lower)) return false;
  const below = lines[index + 1];
  if (below?.date && !opensInUncasedScript(title.text) && nameAloneOverDate(title.text, below.text)) return false;
  return isTitleNotProse(title, unspaced);
}

/** Whether a line opens with a person's name and a comma, as a writer's line with the job after it does. */
function opensWithNameAndComma(text: string): boolean {
  const comma = text.indexOf(",");
  return comma > 0 && isPersonName(text.slice(0, comma));
}

/** Every word opening with a capital, as a name, a series' or a kicker's is set ("Morning Briefing", "The Big Read"). */
const NAME_CASE = /^\p{Lu}\S*(?: \p{Lu}\S*)*$/u;

/** The title line split into its parts (`SPACED_TITLE_SEPARATOR`). */
const TITLE_PARTING = new RegExp(SPACED_TITLE_SEPARATOR, "u");

/**
 * The title line, the heading printed below that it is compared with, the first line of the story's region, the end
 * of the lines read for that heading and what the page prints that every heading compared with the title line asks.
 */
interface TitleReading {
  title: number;
  heading: number;
  regionStart: number;
  end: number;
  evidence: TitleEvidence;
}

/** A title's separator at the place a sticky search starts (`SPACED_TITLE_SEPARATOR`), to find each one in a part. */
const TITLE_SEPARATOR_AT = new RegExp(SPACED_TITLE_SEPARATOR, "uy");

/**
 * What the rest of the page prints that the headings compared with one title line ask about, each found once for the
 * title line: the footer's notice, the lines that name a part as the site (`siteNamedElsewhere`) and the last line
 * under the title line, above the end of the lines read, printing a part alone. A page may repeat a part of its title
 * line on thousands of lines between the title and the story; asked afresh for each of them, every answer scanned the
 * page, and the time grew with the square of its length. The title line and the end of the lines read are the same for
 * every heading compared, so an answer about a part's text holds for all of them.
 */
class TitleEvidence {
  /** The footer's notice (`footerNotice`), found when first asked: most title lines match no heading below. */
  private foundNotice: FooterNotice | undefined;
  /** Each text printed under the title line, above the end of the lines read, with the last line printing it. */
  private lastPrinted: Map<string, number> | undefined;
  /** A part's text with the lines that name it as the site, at most two (`siteNamedElsewhere`). */
  private readonly naming = new Map<string, readonly number[]>();

  constructor(
    private readonly lines: readonly ClassifiedLine[],
    private readonly title: number,
    private readonly end: number,
  ) {}

  get notice(): FooterNotice {
    this.foundNotice ??= footerNotice(this.lines);
    return this.foundNotice;
  }

  /** The last line under the title line, above the end of the lines read, printing `text` alone; -1 when none does. */
  lastPrinting(text: string): number {
    if (this.lastPrinted === undefined) {
      this.lastPrinted = new Map();
      for (let i = this.title + 1; i < this.end; i++) this.lastPrinted.set(this.lines[i]!.text, i);
    }
    return this.lastPrinted.get(text) ?? -1;
  }

  /**
   * The last line under the title line, above the end of the lines read, printing the opening parts of `part` alone
   * before one of its separators ("Kyiv hit" of "Kyiv hit - Harbour Gazette"); -1 when none does.
   */
  lastPrintingFirstPart(part: string): number {
    let last = -1;
    for (let at = part.indexOf(" "); at >= 0; at = part.indexOf(" ", at + 1)) {
      TITLE_SEPARATOR_AT.lastIndex = at;
      if (TITLE_SEPARATOR_AT.test(part)) last = Math.max(last, this.lastPrinting(part.slice(0, at)));
    }
    return last;
  }

  /** Whether a line besides the title line and the one at `heading` names `name` as the site (`siteNamedElsewhere`). */
  namesSite(name: string, heading: number): boolean {
    let naming = this.naming.get(name);
    if (naming === undefined) {
      naming = siteNamedElsewhere(this.lines, name, this.title);
      this.naming.set(name, naming);
    }
    return naming.some((i) => i !== heading);
  }
}

/**
 * How many words a title line's part beside its heading keeps once the site's name is cut off its outer end: none when
 * the part is that name ("… - Harbour Gazette"), a kicker's or a section's when the name is one of several parts
 * ("Ferry back - Analysis - Harbour Gazette", "Harbour Gazette | News | Ferry back": one). A label that short beside
 * the site's name is no subtitle of a heading with more words. A part alone is the site's name when the footer's notice
 * (`siteNamedByNotice`) or another line of the page (`siteNamedElsewhere`) prints it; of three parts or more, the
 * outer one opposite the heading is, as title lines set the site's name at one end and the heading printed below
 * fixes which (but before a colon only the notice's whole name is cut off, as a colon follows a place's name too).
 * Undefined when nothing names the part at that end. `wholeName` as for `siteNamedByNotice` (a name before a colon).
 */
function wordsBesideSite(
  lines: readonly ClassifiedLine[],
  part: string,
  end: "first" | "last",
  reading: TitleReading,
  wholeName = false,
): number | undefined {
  const { evidence } = reading;
  // A part printed alone below the heading compared is the heading there (the heading compared was the masthead or a
  // kicker over it), not the site's name. Nor is a line under the story's start a heading read so: the site's name
  // printed in the footer of a short story under a title line whose headline is printed alone above it.
  const mayBeSite = (name: string) => !wholeName && reading.heading < reading.regionStart && evidence.lastPrinting(name) <= reading.heading;
  const byNotice = (name: string) => siteNamedByNotice(lines, evidence.notice, name, wholeName);
  if (byNotice(part) || (mayBeSite(part) && evidence.namesSite(part, reading.heading))) return 0;
  const parts = part.split(TITLE_PARTING);
  if (parts.length < 2) return undefined;
  const name = end === "last" ? parts.pop()! : parts.shift()!;
  return byNotice(name) || mayBeSite(name) ? wordCount(parts.join(" ")) : undefined;
}

/**
 * A label's end before a name: the name starts a word, after no colon. A label with one points to another story or a
 * clip ("Share: …", "Video: …", "Related: …") and may set a headline there.
 */
const LABEL_BEFORE_NAME = /^[^:]*\s$/u;
/** Most words a short label sets before a site's name on a line of its own ("About", "Über die", "À propos du"). */
const MAX_LABEL_BEFORE_SITE_WORDS = 3;

/** Lines naming a site that `siteNamedElsewhere` keeps: one more than the one line a heading compared may be. */
const NAMING_LINES_KEPT = 2;

/**
 * The first lines outside the title line that print `name` as a site's name with no notice's mark (at most
 * `NAMING_LINES_KEPT`): alone (the masthead over the menu, the logo's text in the footer) or after a short label
 * ("About Harbour Gazette", "Über die Harbour Gazette", "Tentang Harbour Gazette"). A story's sentence naming it runs
 * longer; a kicker or a subtitle beside a heading is printed nowhere else alone. The heading compared is left out by
 * the caller (`TitleEvidence.namesSite`).
 */
function siteNamedElsewhere(lines: readonly ClassifiedLine[], name: string, title: number): number[] {
  const most = wordCount(name) + MAX_LABEL_BEFORE_SITE_WORDS;
  const naming: number[] = [];
  for (let i = 0; i < lines.length && naming.length < NAMING_LINES_KEPT; i++) {
    if (i === title) continue;
    const { text } = lines[i]!;
    // A line with a notice's mark is read by `siteNamedByNotice`, which tells a picture's credit from the footer's.
    if (NOTICE_MARK.test(text)) continue;
    const labelled = text.endsWith(name) && LABEL_BEFORE_NAME.test(text.slice(0, -name.length)) && wordCount(text) <= most;
    if (text === name || labelled) naming.push(i);
  }
  return naming;
}

/**
 * Whether the page's last dated copyright notice, its footer's, names `name` as the site, as `namedByCopyright` reads
 * a notice: right after its mark and year, or opening the line before them ("Ferry back on time - Harbour Gazette"
 * over "© 2026 Harbour Gazette" or "Harbour Gazette © 2026"). What a title's bar added is then the site's name, so a
 * heading printed below that holds no more words than it is the headline all the same (a section's name of one or two
 * words is no title: `isTitleLike`). A tag ("Live", "Analysis") or a subtitle after the bar is no site's name, nor a
 * name running on into a longer word in the notice, nor a word from inside the notice's name (a kicker "Post" beside
 * "© 2026 Ambleside Evening Post"). A notice between two paragraphs of the story is a picture's credit, which may
 * name the work the title names (`betweenProse`), not the footer's. On a page with no dated notice the last line with
 * a mark is read instead, the name right after it or opening the line before it ("© Harbour Gazette. All rights
 * reserved.", "Harbour Gazette ©", `MARK_AFTER_NAME`); a dated notice, where there is one, is the footer's. There, and
 * for a name before a colon (`wholeName`), a name after the mark is the notice's whole name (`NAME_ENDS_NOTICE`).
 */
function siteNamedByNotice(lines: readonly ClassifiedLine[], { notice, dated }: FooterNotice, name: string, wholeName = false): boolean {
  if (notice < 0 || betweenProse(lines, notice)) return false;
  const text = lines[notice]!.text;
  const found = text.indexOf(name);
  if (found < 0) return false;
  // The notice may quote the name ("© 2026 «Harbour Gazette»"), and a Chinese, Japanese or Korean one glue the
  // company's noun to it ("© 2026 港町新聞社"): the name is read from its opening mark to its closing mark, which must
  // follow it (a quoted name's first words are no site's name), or to its noun.
  const quote = NAME_OPENING_QUOTE.exec(text.slice(Math.max(0, found - MAX_NAME_QUOTE_LENGTH), found))?.[0];
  const at = found - (quote?.length ?? 0);
  const rest = text.slice(found + name.length);
  const closing = quote !== undefined ? NAME_CLOSING_QUOTE.exec(rest) : UNSPACED_NAME_END.test(name) ? GLUED_COMPANY_NOUN.exec(rest) : null;
  if (quote !== undefined && closing === null) return false;
  const nameEnd = found + name.length + (closing?.[0].length ?? 0);
  if (WORD_GOES_ON.test(text.slice(nameEnd, nameEnd + 2))) return false;
  // Any line with a mark may be the last undated one (a list's "(c) Council officers may …", a caption's "© Kellwick
  // Council"), and a colon follows a place's or a person's name in many a headline ("Kellwick: The new ferry"): there
  // the name must be all the notice names after its mark, not its first words.
  const whole = wholeName || !dated;
  if (at > 0) return followsNoticeOpening(text, at) && (!whole || NAME_ENDS_NOTICE.test(text.slice(nameEnd)));
  return (dated ? COPYRIGHT_AFTER_NAME : MARK_AFTER_NAME).test(text.slice(nameEnd));
}

/**
 * A quotation mark a notice may set before the site's name, with a space inside as French sets it ("«…»", "« … »",
 * "„…“", "»…«", "“…”", "”…”", "「…」").
 */
const NAME_OPENING_QUOTE = /["«»„“”‚‘「『]\s?$/u;
/** The quotation mark closing the site's name in a notice, perhaps after a space (see `NAME_OPENING_QUOTE`). */
const NAME_CLOSING_QUOTE = /^\s?["«»“”‘’」』]/u;
/** Most characters of an opening mark and its space (`NAME_OPENING_QUOTE`). */
const MAX_NAME_QUOTE_LENGTH = 2;
/**
 * The noun a Chinese, Japanese or Korean publisher glues after its paper's name in a notice ("港町新聞社", "海滨日报社",
 * "바다신문사"), after a name ending in those scripts (`UNSPACED_NAME_END`): a company's, as "Ltd" is after a spaced one.
 */
const GLUED_COMPANY_NOUN = /^[社사]/u;
/** A name's last letter in a script a publisher glues its company's noun to (`GLUED_COMPANY_NOUN`). */
const UNSPACED_NAME_END = new RegExp(`${CJK_LETTER_CLASS}$`, "u");

/** The line `siteNamedByNotice` reads as the footer's notice (-1 when the page has none) and whether it is dated. */
interface FooterNotice {
  notice: number;
  dated: boolean;
}

/** The page's last dated notice or, on a page with none, its last line with a notice's mark (`siteNamedByNotice`). */
function footerNotice(lines: readonly ClassifiedLine[]): FooterNotice {
  const dated = lastDatedNoticeIndex(lines);
  // A page with no dated notice: its footer's notice may print the name without a year, the last line with a mark.
  return dated >= 0 ? { notice: dated, dated: true } : { notice: lastLineMatching(lines, NOTICE_MARK), dated: false };
}

/** How far under a title its byline or date may stand for the two to head a story: a deck or the author's name can part them. */
const STORY_META_REACH = 3;
/** Fewest words of a story header's title: a kicker or a section's name over a byline has one or two. */
const MIN_STORY_TITLE_WORDS = 3;
/** How far under that byline or date the story's prose starts: a reading time, a share bar or a fact-check line can part them. */
const STORY_PROSE_REACH = 6;
/** Lines from the first paragraph on that must hold more paragraphs for a story, where a teaser has one summary line. */
const STORY_OPENING = 8;
/** Fewest paragraph lines in a story's opening lines: a teaser's summary is one, then the next teaser's title. */
const MIN_STORY_PARAGRAPHS = 2;

/** Whether a line of prose, not a byline or date, stands within `reach` lines under `from`. */
function proseUnder(lines: readonly ClassifiedLine[], from: number, reach: number): boolean {
  for (let i = from + 1; i <= Math.min(lines.length - 1, from + reach); i++)
    if (lines[i]!.class === "good" && !isMetaLine(lines[i]!)) return true;
  return false;
}

/** Whether a paragraph of prose starts within `reach` lines under `from`, with more paragraphs after it, as a story opens. */
function proseOpensUnder(lines: readonly ClassifiedLine[], from: number, reach: number): boolean {
  for (let i = from + 1; i <= Math.min(lines.length - 1, from + reach); i++) {
    if (lines[i]!.class !== "good" || isMetaLine(lines[i]!)) continue;
    let paragraphs = 0;
    for (let j = i; j < Math.min(lines.length, i + STORY_OPENING); j++) if (lines[j]!.class === "good") paragraphs++;
    return paragraphs >= MIN_STORY_PARAGRAPHS;
  }
  return false;
}

/**
 * The page's first story header: a byline or date line with a title a few lines over it and the story's prose
 * opening under it. When the body region starts in a menu or a list of teasers, the header stands apart from it,
 * above or below its start; the search goes no further down than the first box of the page's end ("Latest news")
 * past the region's start, as teasers under a story have titles, dates and summaries too. Undefined when there is none.
 */
function storyMeta(
  lines: readonly ClassifiedLine[],
  regionStart: number,
  unspaced: boolean,
  ownMeta: (line: ClassifiedLine) => boolean,
): number | undefined {
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.class === "end" && i > regionStart) return undefined;
    if (!ownMeta(line) || !proseOpensUnder(lines, i, STORY_PROSE_REACH)) continue;
    for (let t = i - 1; t >= Math.max(0, i - STORY_META_REACH); t--) {
      const title = lines[t]!;
      if (isMetaLine(title)) break;
      if (title.words >= MIN_STORY_TITLE_WORDS && isTitleLike(title, unspaced) && !isAuthorName(title.text) && !readsAsFurniture(title))
        return i;
    }
  }
  return undefined;
}

/** How many lines over a headline its byline or date counts as near it: three, one more than a date-first header's reach. */
const META_NEAR_ABOVE = META_ABOVE_REACH + 1;

/** Whether a byline or date line stands close to the headline found, over it or between it and the body: the header's own mark. */
function hasMetaNear(
  lines: readonly ClassifiedLine[],
  headline: number,
  searchFrom: number,
  ownMeta: (line: ClassifiedLine) => boolean,
): boolean {
  for (let i = Math.max(0, headline - META_NEAR_ABOVE); i <= Math.max(searchFrom, headline + STORY_META_REACH); i++)
    if (i !== headline && lines[i] !== undefined && ownMeta(lines[i]!)) return true;
  return false;
}

/** Fewest times one byline or date line is printed for it to be a list's stamp ("by The Team" under every teaser). */
const MIN_TEASER_STAMPS = 3;

/**
 * Byline and date lines printed word for word under several titles: the stamps of a list of teasers, which mark no
 * story's header. A story's own byline comes back once at most, in an author box.
 */
function teaserStamps(lines: readonly ClassifiedLine[]): ReadonlySet<string> {
  const counts = new Map<string, number>();
  for (const line of lines) if (isMetaLine(line)) counts.set(line.text, (counts.get(line.text) ?? 0) + 1);
  const stamps = new Set<string>();
  for (const [text, count] of counts) if (count >= MIN_TEASER_STAMPS) stamps.add(text);
  return stamps;
}

/** Whether a title over a byline or date line shaped as `stamp` is (both dates, or both bylines) stands at `at`, packed. */
function teaserPairAt(lines: readonly ClassifiedLine[], at: number, stamp: ClassifiedLine): boolean {
  const [title, meta] = [lines[at], lines[at + 1]];
  return (
    title !== undefined &&
    meta !== undefined &&
    !meta.blankBefore &&
    isMetaLine(meta) &&
    (meta.date === undefined) === (stamp.date === undefined) &&
    (meta.authors === undefined) === (stamp.authors === undefined) &&
    isHeadlineLength(title)
  );
}

/**
 * Whether the byline or date line at `index` stamps one of a list of teasers: its title over it, and another title
 * with a stamp of the same shape packed right over or right under the pair ("Latest": title, date, title, date, …).
 * A story's own header differs from teasers packed over it: its byline holds a name, theirs a date only.
 */
function stampsTeaserPair(lines: readonly ClassifiedLine[], index: number): boolean {
  const stamp = lines[index]!;
  if (!teaserPairAt(lines, index - 1, stamp)) return false;
  const over = !lines[index - 1]!.blankBefore && teaserPairAt(lines, index - 3, stamp);
  return over || (lines[index + 1]?.blankBefore === false && teaserPairAt(lines, index + 1, stamp));
}

/** How many lines under a notice that opens the region the story's title may stand: buttons, a menu, the site's name. */
const NOTICE_TITLE_REACH = 8;

/**
 * The title right over the story's prose when the region opens with a notice or a site's blurb over the header (a
 * consent notice in a language the furniture words miss, an "about us" paragraph): nothing of a headline's length
 * above the region, a paragraph or two of prose, lines that are neither prose nor a headline-length title (buttons,
 * a menu, a byline: a sub-heading packed under the first paragraph is no header), then such a title with prose under
 * it. Undefined when the region opens otherwise. A paragraph after the buttons and a title without prose right under
 * it each end the search; either check alone covers the pages seen (see measurements/).
 */
function titleUnderNotice(lines: readonly ClassifiedLine[], regionStart: number): number | undefined {
  let i = regionStart;
  while (i < lines.length && lines[i]!.class === "good") i++;
  const prose = i - regionStart;
  if (prose === 0 || prose > MAX_PROSE_OVER_HEADER) return undefined;
  let title: number | undefined;
  for (let chrome = 0; title === undefined && i < Math.min(lines.length, regionStart + prose + NOTICE_TITLE_REACH); i++, chrome++) {
    const line = lines[i]!;
    if (line.class === "good") return undefined;
    if (isHeadlineLength(line)) {
      if (chrome === 0 || !proseOpensUnder(lines, i, 1)) return undefined;
      title = i;
    }
  }
  // Asked last, as it reads every line above the region: a headline-length title there is the header's, not a notice's.
  for (let j = Math.max(0, regionStart - HEADER_WINDOW); title !== undefined && j < regionStart; j++)
    if (isHeadlineLength(lines[j]!)) return undefined;
  return title;
}

/** Lines other than prose between a lede and the sub-heading under it: share buttons, a picture and its caption. */
const LEDE_TO_HEADING_REACH = 3;
/** Most paragraphs of a lede the region finder may skip: a sentence or two before the story's first sub-heading. */
const MAX_LONE_LEDE_PARAGRAPHS = 2;

/**
 * The headline over a lone lede when the title at `index` is the story's first sub-heading: over the title, past a
 * few lines that are no titles (buttons, a caption), a paragraph or two of prose, and over that prose a title of a
 * headline's length that is no furniture. Undefined when there is none.
 */
function titleOverLede(lines: readonly ClassifiedLine[], index: number, unspaced: boolean): number | undefined {
  let i = index - 1;
  for (let between = 0; i >= 0 && lines[i]!.class !== "good"; i--) {
    if (isTitleLike(lines[i]!, unspaced)) return undefined;
    if (lines[i]!.class !== "boilerplate" && ++between > LEDE_TO_HEADING_REACH) return undefined;
  }
  const ledeEnd = i;
  while (i >= 0 && lines[i]!.class === "good") i--;
  if (i < 0 || ledeEnd - i > MAX_LONE_LEDE_PARAGRAPHS) return undefined;
  const title = lines[i]!;
  return isHeadlineLength(title) && !readsAsFurniture(title) ? i : undefined;
}

/**
 * Find the article's header around the start of the body region.
 *
 * Up from the region: the best title-like line (see `headlineScore`) is the
 * headline. Down from the headline: bylines, dates, a lead caption and a
 * standfirst make up the header, however the page orders them; the body
 * starts after the last of them.
 */
export function findHeader(
  lines: readonly ClassifiedLine[],
  regionStart: number,
  unspaced: boolean,
  pageOrder?: NumericOrderSource,
  regionEnd = lines.length,
): Header & { bodyStart: number } {
  // The page's title, menu and first byline answers live as long as this search (see `titleAnswers`, `menuAnswers`,
  // `firstMetaAnswer`); a throw drops them too.
  titleAnswers = new Map();
  menuAnswers = { lines, byIndex: new Map() };
  firstMetaAnswer = { lines };
  try {
    return searchHeader(lines, regionStart, unspaced, pageOrder, regionEnd);
  } finally {
    titleAnswers = undefined;
    menuAnswers = undefined;
    firstMetaAnswer = undefined;
  }
}

/** `findHeader`'s search, with the page's title answers kept. */
function searchHeader(
  lines: readonly ClassifiedLine[],
  regionStart: number,
  unspaced: boolean,
  pageOrder: NumericOrderSource | undefined,
  regionEnd: number,
): Header & { bodyStart: number } {
  // Every field written here, undefined until found, so that all headers share this literal's shape (see `keepShape`);
  // the type makes each field of `Header` required here, so a field added to it cannot be left out.
  const header: { [Field in keyof Required<Header>]: Header[Field] } & { bodyStart: number } = {
    headline: undefined,
    headlineIndex: undefined,
    description: undefined,
    image: undefined,
    authors: [],
    datePublished: undefined,
    dateModified: undefined,
    firstPublished: undefined,
    republished: undefined,
    bodyStart: regionStart,
  };
  // Counted when a byline or date line is first asked about: a long page with none near its header skips the pass over it.
  let stamps: ReadonlySet<string> | undefined;
  // Both searches and the checks after them ask it of the same byline and date lines, and each answer reads the titles
  // around the line: kept per line for this page (at most one entry per byline or date line, dropped with the page).
  const ownMetaAnswers = new Map<number, boolean>();
  const ownMeta = (line: ClassifiedLine) => {
    if (!isMetaLine(line)) return false;
    let own = ownMetaAnswers.get(line.index);
    if (own === undefined) {
      own = !(stamps ??= teaserStamps(lines)).has(line.text) && !stampsTeaserPair(lines, line.index);
      ownMetaAnswers.set(line.index, own);
    }
    return own;
  };
  // A notice or a site's blurb can open the region over the header: the search then starts at the story's prose under it.
  const underNotice = titleUnderNotice(lines, regionStart);
  let search = searchHeadline(lines, underNotice === undefined ? regionStart : underNotice + 1, unspaced, ownMeta, pageOrder);
  // A headline with no byline or date near it, not printed twice, may be a menu's or a teaser's line over a region that
  // starts in the wrong place: the page's story header, a title over its byline over prose, is searched from instead.
  if (search.best && !search.best.repeated && !hasMetaNear(lines, search.best.index, search.searchFrom, ownMeta)) {
    const meta = storyMeta(lines, regionStart, unspaced, ownMeta);
    if (meta !== undefined) {
      const story = searchHeadline(lines, meta, unspaced, ownMeta, pageOrder);
      if (story.best) search = story;
    }
  }
  const { searchFrom, contentsTop, aboveTeasers, lead } = search;
  let best = search.best;
  // Without a byline or date near it, a title under a lone lede (the region finder skipped it) is the first sub-heading.
  if (best && !best.repeated && !hasMetaNear(lines, best.index, searchFrom, ownMeta)) {
    const overLede = titleOverLede(lines, best.index, unspaced);
    if (overLede !== undefined) best = { index: overLede, score: best.score };
  }
  // The line the headline was moved up from is its standfirst.
  let standfirst: number | undefined;
  if (best && !unspaced && !best.repeated) {
    // Picked for want of another title, the site's name stands over the header's own short title and its deck.
    const shortTitle = shortTitleUnderSiteName(lines, best.index);
    if (shortTitle !== undefined) [best.index, standfirst] = [shortTitle, shortTitle + 1];
    else {
      const above = headlineAboveStandfirst(lines, best.index);
      if (above !== best.index) [standfirst, best.index] = [best.index, above];
      // Under a headline picked for the date over it, the title-like line is its deck, as when the deck was picked first.
      else if (metaHeadingHeader(lines, best.index, unspaced) !== undefined) standfirst = deckUnder(lines, best.index);
    }
    // Picked for its length, the site's slogan stands over the header's own title, which its byline or date vouches for.
    const underSlogan = titleUnderSlogan(lines, best.index);
    if (underSlogan !== undefined) [best.index, standfirst] = [underSlogan, undefined];
  } else if (best && unspaced && !best.repeated) {
    const above = headlineOverUnspacedDeck(lines, best.index);
    if (above !== undefined) [standfirst, best.index] = [best.index, above];
  }
  // A table's or an infobox's row with a date ("Founded<tab>February 28, 1998") dates no story: it vouches for no headline.
  const datedHeadline = best !== undefined && hasMetaNear(lines, best.index, searchFrom, (line) => ownMeta(line) && !line.tabbed);
  const titleLine = unspaced ? undefined : documentTitle(lines, searchFrom, lead, datedHeadline);
  if (titleLine !== undefined) best = { index: titleLine, score: Infinity };
  best ??= fallbackHeadline(lines, regionStart, unspaced);
  if (!best) return header;
  best = ownHeadingBelow(lines, best, regionStart, unspaced);
  if (!best.repeated) best = printedTitleUnderTab(lines, best, regionStart, unspaced, ownMeta);
  // A title set on two lines is read whole, its first half over the line found.
  const head = unspaced ? undefined : titleHeadOver(lines, best.index);
  const found = withoutGluedLabel(lines, best.index, withoutSiteTail(lines, best.index, headlineKeepingNamedBadge(lines, best.index)));
  header.headline = head === undefined ? found : `${lines[head]!.text} ${found}`;
  header.headlineIndex = best.index;
  // A headline heading the list of contents has the list, not its byline or picture, under it.
  const limit = best.index === contentsTop ? best.index + 1 : Math.min(lines.length, Math.max(regionStart, searchFrom + 1) + HEADER_REACH);
  const end = readHeaderBelow(lines, header, best.index, limit, regionStart, standfirst, unspaced, pageOrder, regionEnd);
  // A page that prints the date or the byline first has them over the headline.
  const headingMeta = metaHeadingHeader(lines, best.index, unspaced);
  if (headingMeta !== undefined) readBylineBlockAbove(lines, headingMeta, header, pageOrder);
  else readMetaLineAbove(lines, best.index, header, unspaced, pageOrder);
  readColumnistAbove(lines, best.index, header);
  // Under a page title come the page's tools and fact box, not the body: that starts where the prose does.
  // So does it below a box of teasers or a list of contents, which part the header from the body.
  const bodyAtProse = titleLine !== undefined || ((aboveTeasers || contentsTop !== undefined) && best.index < regionStart);
  header.bodyStart = bodyAtProse ? Math.max(end + 1, regionStart) : end + 1;
  return header;
}
