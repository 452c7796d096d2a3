import type { Author } from "@dateline/schema";
import { CJK_WIRE_SERVICES, NATIONAL_WIRES, WIRE_INITIALS, WIRE_NAME_SUFFIXES, WIRE_SERVICES } from "./agencies.js";
import {
  AUTHOR_NOUNS,
  COLON_AUTHOR_NOUNS,
  COLON_BY_WORDS,
  COLON_REPORTER_NOUNS,
  TEXT_LABELS,
  BY_WORDS,
  BYLINE_PHRASES,
  CORRESPONDENT_BY_PHRASES,
  HOSTED_BY_PHRASES,
  PIECE_BY_PHRASES,
  TEAM_BY_PHRASES,
  GREEK_WRITES_PHRASES,
  PUBLISHING_BY_PHRASES,
  SITE_ACCOUNT_WORDS,
  PLACE_JOIN_WORDS,
  REPORTING_FROM_LABELS,
  DATE_LABEL_LINKS,
  EN_AS_AND_BY_PHRASES,
  EN_AS_AND_BY_WORDS,
  FULL_NAME_OPENING,
  PAGE_LANGUAGE_BYLINE_WORDS,
  SWAHILI_BY,
  TAGALOG_BY,
  listMarkPattern,
  NAME_JOIN,
  NAME_OR_NAMES_JOIN,
  WITH_NAME_JOIN,
  NORDIC_BY_WORDS,
  NORDIC_PUBLISHED_LABELS,
  PUBLISHED_ONLY_BY_WORDS,
  SOURCE_LABELS,
  PUBLISHED_LABELS,
  RTL_BYLINE_LABELS,
  RELATIVE_AGES,
  RELATIVE_DAYS,
  UPDATED_LABELS,
  WRITTEN_BY_PHRASES,
  PIECE_NOUNS,
  DRAFTED_BY_PHRASES,
  WITH_JOIN_WORDS,
  ACADEMIC_TITLE_ARTICLE,
  ACADEMIC_TITLE_BEFORE_NAME,
  ARTICLE_BEFORE_ACADEMIC_TITLE,
  CLERGY_TITLE_WORD,
  ORGANISATION_WORD,
} from "./byline-labels.js";
import type { NumericOrderSource } from "./date-order.js";
import {
  isControlLine,
  isFooterLine,
  isReadingTime,
  isRelatedLabel,
  isSectionEnd,
  isStoryReadingTime,
  readingTimeTailStart,
} from "./boilerplate.js";
import { BUTTON_LABELS, CALL_OPENERS } from "./call-to-action-words.js";
import { opensWithGivenName } from "./given-names.js";
import { ASCII_CAPITAL_FIRST, ASCII_CAPITAL_LAST, ASCII_CASE_BIT, ASCII_LOWER_FIRST, ASCII_LOWER_LAST, PAST_ASCII } from "./letter-case.js";
import { CAPITAL_OPENING, endsWithSentenceMark } from "./sentence.js";
import {
  CATALAN_DOT,
  FAMILY_NAME_JOINS,
  isMixedCaseName,
  isPersonName,
  isPlaceName,
  isRomanianTown,
  isVietnameseProvinceSeat,
  NAME_PARTICLES,
  namePattern,
  withoutBracketedNote,
} from "./person-name.js";
import { MALAY_REGION_PLACES } from "./place-names.table.js";
import { isPublicationName, opensWithSectionName, PAPER_LAST_WORD } from "./section-names.js";
import { atMostWords, WHITE_SPACE_RUN, wordCount } from "./word-count.js";
import { escapeRegExp, NOT_AFTER_WORD, NOT_BEFORE_WORD, wholeWords } from "./word-edges.js";
import {
  CJK_DATE_LABEL,
  COMMENT_COUNT_NOUNS,
  COMMENT_PROMPTS,
  DATE_LABEL_AFTER_NAMES,
  DATE_LABELS,
  DATE_LINK_ALTERNATION,
  DATE_LINKS_OR_DAY,
  type DateLine,
  dateStart,
  DUTCH_WEEKDAY_NAMES,
  EVENT_WEEKDAY,
  findDate,
  hasTwoDigitRuns,
  headerNumericDate,
  isAgeLine,
  isAsciiDigitAt,
  isDateLabel,
  isFiledInPart,
  isMonthOrWeekdayAfterComma,
  isWeekdayAfterComma,
  LABELLED_NUMERIC_DATE,
  labelledNumericDate,
  latinDigits,
  MAX_DATE_LINE_LENGTH,
  mayHoldDate,
  monthOf,
  parseDate,
  parseDateLine,
  parseSingleDateLine,
  PORTUGUESE_WEEKDAY_END,
  PORTUGUESE_WEEKDAY_NAMES,
  PUBLISHED,
  REPUBLICATION_CREDIT,
  SECOND_DATE_LABEL,
  SEPARATED_NUMERIC_DATE,
  SHORT_WEEKDAYS,
  SHORT_WEEKEND_DAYS,
  spansDays,
  STAMP_CLOSE,
  THAI_FIRST,
  THAI_LAST,
  TIME,
  TWENTY_FOUR_HOUR_TIME,
  UPDATED,
  UPDATED_LABEL_SOURCES,
  WEEKDAY,
  WEEKDAY_BEFORE_DATE,
  WEEKDAY_NAMES,
  VIETNAMESE_WEEKDAY_ALONE,
  WHOLE_WEEKDAY_ALONE,
  withLaterUpdate,
  withoutDateWordsAtEnd,
  withUpdate,
} from "./date-line.js";

/**
 * Bylines and date lines: the few lines between a headline and the body that
 * say who wrote the story and when. They are metadata, not body text. The dates
 * and clock stamps in them are read in date-line.ts; this module reads the names.
 */

/**
 * What may stand before "reporter" in a writer's label: the paper's or the agency's name, which ends in the noun of a
 * paper, an agency, a station or a site ("本报记者", "新华社记者", "岛屿日报记者", "海岛电视台记者"), or a reporter's
 * standing ("特约记者", special; "实习记者", intern; "首席记者", chief). Any other word before it makes a phrase about
 * reporters ("战地记者", war reporter; "女记者", woman reporter), which titles open with.
 */
const CJK_REPORTER_QUALIFIER = "(?:\\p{Script=Han}{0,5}[报報社台网網刊]|特约|特約|实习|實習|见习|見習|首席|资深|資深|驻站|駐站)";
/**
 * The Japanese labels before a writer whose family name a space may part from the given name ("文：山田 太郎"):
 * reporter, text, writer, author, text and pictures, reporting and text, and an interview's interviewer, alone or as
 * its composer too ("聞き手・山田 太郎", "聞き手・構成　山田太郎"), who signs the interview as its writer.
 */
const JAPANESE_WRITER_LABELS = "記者|文|筆者|著者|執筆|ライター|取材・文|文・写真|写真・文|聞き手・構成|聞き手";
/**
 * Labels set before a story's writers in Chinese, Japanese and Korean: reporter (after a qualifier, see above),
 * correspondent, author, text, text and pictures ("文・写真", "글·사진"), writer, the Japanese labels above.
 */
export const CJK_LABEL_BEFORE = `(?:${CJK_REPORTER_QUALIFIER}?(?:记者|記者|通讯员|通訊員)|作者|撰文|执笔|${JAPANESE_WRITER_LABELS}|글|글·사진|글・사진|작성자)`;
/**
 * Labels of the fields CJK news pages print beside the writer's under the headline: source, editor, editor in charge
 * ("来源", "编辑", "责任编辑", "出典", "출처"), and the Korean reporter's label set before the name ("기자: 홍길동").
 */
const CJK_FIELD_LABELS = "来源|來源|编辑|編輯|责任编辑|責任編輯|出典|出所|출처|기자";

/**
 * What parts a header's meta line ("3 March 2025 • Travel • 4 min read"): a bar or a dot, spaced or not; the
 * ideographic space Chinese and Japanese sites set between fields ("发布时间：2025-03-04　来源：海岛日报"); a dash
 * between spaces; a hashtag glued on ("2025-03-04#ferries#harbour"); a section's name glued to the date's last digit
 * ("2025-03-04Travel"); plain spaces before a Chinese or Japanese field's label and its colon, where a copy turns the
 * fields' gaps into spaces ("2025-03-04 14:30 来源：海岛日报 记者 李明"). Only a known label's: any short word before a
 * colon opens a quote or a clause as often ("2025年3月4日 市长表示：…", "代表：…", a speaker and the words). A part's own
 * spaces are trimmed after the split, as a pattern with spaces around the marks would retry each run of spaces.
 */
const META_SEPARATOR = new RegExp(
  `[|·•\u3000]|\\s[-–—]\\s|(?=#[\\p{L}\\p{N}])|(?<=\\d)(?=\\p{Lu}\\p{Ll})|(?<!\\s)\\s+(?=(?:${CJK_LABEL_BEFORE}|${CJK_FIELD_LABELS}|${CJK_DATE_LABEL})[：:])`,
  "u",
);
/**
 * What each of `META_SEPARATOR`'s ways needs on the line: one of its marks, a dash, a "#", a digit before a capital, a
 * colon. A line without any is one part, never a meta line; this one pass spares it the split's look-arounds at each
 * place.
 */
const META_MARK = /[|·•\u3000#\-–—:：]|\d\p{Lu}/u;

/**
 * The parts of a meta line, or undefined when it has fewer than two. A reading time closing the last part after a space
 * is a part of its own (see `readingTimeTailStart`).
 */
function metaParts(text: string): string[] | undefined {
  const parts = text
    .split(META_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== "");
  const last = parts.pop();
  if (last === undefined) return undefined;
  const tail = readingTimeTailStart(last.toLowerCase());
  if (tail === undefined) parts.push(last);
  else parts.push(last.slice(0, tail).trimEnd(), last.slice(tail));
  return parts.length >= 2 ? parts : undefined;
}

/** A clock time, maybe with its zone ("10:32", "9.15 am ET"), as a pattern source. */
const ZONED_CLOCK = String.raw`\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\(?\p{L}{1,4}\)?)?`;
/** A clock time alone (`ZONED_CLOCK`). */
const TIME_PART = new RegExp(`^${ZONED_CLOCK}$`, "iu");
/** A count and what it counts, either way round ("2 comments", "1.2k views", "阅读 1234", "Views: 56"). */
const COUNT_PART = /^(?:\d[\d,.]*\s*[kmKM万]?\s*\p{L}{1,12}|\p{L}{1,12}\s*[:：]?\s*\d[\d,.]*\s*[kK万次]?)$/u;
/**
 * A post's comment count with the screen reader's note of the title after it ("5 Comments on Ferries to Resume",
 * "3 Kommentare zu …"): the rest of the line is that title, whatever marks it holds.
 */
const COMMENTS_ON_TITLE = new RegExp(`^(?:\\d+|no|one)\\s+(?:${COMMENT_COUNT_NOUNS})\\s+(?:on|to|zu|sur|en|em|su|op)\\s`, "iu");
const COMMENT_PROMPT = new RegExp(`^(?:${COMMENT_PROMPTS})$`, "iu");
/** One hashtag ("#harbour"), or a list of one-word tags ("ferries, harbour, weather"). */
const TAG_PART = /^#[\p{L}\p{N}_-]+$|^[\p{L}\p{N}-]+(?:,\s*[\p{L}\p{N}-]+)+$/u;
/** A labelled field with a short value ("Source: Harbour Times", "来源：海岛日报", "Foto: Ada Lee"). */
const FIELD_PART = /^\p{L}{1,12}\s*[:：]\s*[^\s:：]+(?:\s[^\s:：]+){0,2}$/u;
/**
 * A section's or a firm's name: one word in any case or script ("travel", "Reisen", "科技"), or up to seven words in
 * title case with their joins ("Family Law", "Harbour & Coast", "Lee & Park Solicitors"). A clause of prose ("doors open at
 * seven") has words in lower case.
 */
const LABEL_PART =
  /^[\p{L}][\p{L}'’-]{0,24}$|^\p{Lu}[\p{L}'’.-]*(?:\s(?:\p{Lu}[\p{L}'’.-]*|&|and|of|for|the|de|la|du|des|der|und|y|e|et)){1,6}$/u;
const META_PART_FORMS = [TIME_PART, COUNT_PART, TAG_PART, FIELD_PART, LABEL_PART];
/**
 * More characters in a row of a script written without spaces than a part's word holds: a section's or a source's
 * name has a few ("科技", "国际新闻", "スポーツ"); a longer run is a clause, which the forms above would take as one word.
 */
const LONG_UNSPACED_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}ー]{9}/u;

/** Whether a meta line's part is one of the things a header prints beside its date: a section, a count, a time… */
function isMetaPart(part: string): boolean {
  return (
    !LONG_UNSPACED_RUN.test(part) &&
    (META_PART_FORMS.some((form) => form.test(part)) ||
      isReadingTime(part.toLowerCase()) ||
      isFiledInPart(part) ||
      REPUBLICATION_CREDIT.test(part))
  );
}

/**
 * A meta line's date part: a date line, a byline with its date ("Posted on 4 March 2025 by Ada Lee"), or a slashed or
 * hyphenated date alone beside the line's other fields ("Ada Lee | 04/03/2025", "Ada Lee · 04-03-2025"), read as a
 * header's date alone on its line is (`headerNumericDate`): a meta line is a header's, and its other parts are a
 * byline's or a header's fields, not a table's figures.
 */
function metaPartDate(part: string, pageOrder?: NumericOrderSource): DateLine | undefined {
  return (
    parseSingleDateLine(part, pageOrder) ??
    (parseByline(part) ? bylineDate(part, pageOrder) : undefined) ??
    headerNumericDate(part, pageOrder)
  );
}

/**
 * The people a meta line's byline part names ("By Ada Lee", "作者：李明"), or undefined when it is none. As with a dated
 * byline, only names in full count; a Chinese, Japanese or Korean label vouches for names that test cannot read.
 * `opensLine` says the part is the line's first.
 */
function metaPartPeople(part: string, opensLine: boolean): Author[] | undefined {
  // A labelled byline in a script without capitals names its writers as surely (see `uncasedByline`).
  // A Latin field before the date is no CJK byline, whatever `cjkByline` makes of its short words ("Kemas kini …").
  const labelled = cjkByline(part) ?? (CJK_LETTER.test(part) ? cjkBylineBeforeDate(part) : undefined) ?? uncasedByline(part);
  if (labelled) return labelled;
  // Romanian's lower-case "de" opening the line, as over a date line (`nameOverDateLine`): "de Ioana Popescu · 12
  // martie 2026". After another field it credits a work's maker, as a review does ("Reseña | de Ana Ruiz | 12 …").
  if (part.startsWith(LOWER_DE)) return opensLine ? lowerCaseByline(part.slice(LOWER_DE.length)) : undefined;
  const people = parseByline(part);
  return people && arePeopleInFull(people) ? people : undefined;
}

/**
 * A meta line's part that is people's names alone, without a label ("Kit Marlowe"): persons only, as a section's or a
 * site's name of the same shape is typed an organisation (`parseNameLine`). A single name must open with a given name
 * (`opensWithGivenName`), as a series' or a tag's name of two capitalised words opens such a line as often ("Winter
 * Walks · 6 min read", "Garden Notes · 3 min read"); a list of people in full has no such double.
 */
function bareMetaNames(part: string): Author[] | undefined {
  const people = parseNameLine(part);
  if (!people?.every((person) => person.type === "Person")) return undefined;
  return people.length > 1 || opensWithGivenName(people[0]!.name) ? people : undefined;
}

/**
 * Whether a meta line's first part is a lower-case "de" before a town's or a body's name (`lowerCaseNamesNoOne`:
 * "de Satu Mare", "de Untold Festival"): a credit naming no writer, which a header prints beside its date as a byline.
 */
function unsignedDePart(part: string, opensLine: boolean): boolean {
  return opensLine && part.startsWith(LOWER_DE) && lowerCaseNamesNoOne(part.slice(LOWER_DE.length));
}

/** A header's meta line read: its date, and the people its byline part names. */
export interface MetaLine {
  date: DateLine;
  /**
   * The part the date was read from ("Concert: Sat 8 August 2026" of "… · Harbour Hall"): its own label says whose
   * date it is, as a date line's does. Unset for a weekday's date opening a line that prints a header's part beside it
   * ("Friday, 13 March 2026 · 4 min read"): the line is a header's, its date a stamp's, not an event's.
   */
  datePart?: string;
  authors?: Author[];
  /**
   * Whether a part beside the date is one only a header prints (a reading time, a count, a time, tags, a field, a
   * byline, the sections a post is filed in), not only names: a title with its date ("Morning Briefing | 3 March
   * 2025") is read as a meta line too.
   */
  headerOnly: boolean;
  /**
   * Whether a part beside the date is a story's reading time ("4 min read", "Lesezeit 4 Min."): a post's stamp, where a
   * clock time, a running time or a name beside the date an event prints as well ("7 pm · Harbour Hall", "92 min").
   */
  readingTime: boolean;
}
/** What stands between two parts a dash parted, and nothing else ("March 3 – March 5, 2025"). */
const DASH_GAP = /^\s*[–—-]\s*$/u;

/**
 * A header's meta line that holds more beside its date than a date line may ("4 March 2025 • Travel • 4 min read",
 * "Par Ada Lee | 4 mars 2025 | Culture", "发布于 2025-03-04 10:32 · 来源：海岛日报 · 阅读 1234"): each part is judged
 * alone, a date, a byline or one of `isMetaPart`'s, rather than the whole line against a date line's slack. The first
 * date is the line's; an "Updated" date beside it, after or before, is the modified date. Asked by the header's reader
 * only, of a line under the headline that is neither a date line nor a byline, or of the line heading the header over
 * it: in the body the same shape is a timeline's or an event listing's line ("3 March 2025 — Council Votes To Close
 * Pier"), the story's text.
 */
export function parseMetaLine(text: string, pageOrder?: NumericOrderSource): MetaLine | undefined {
  if (text.length > MAX_DATE_LINE_LENGTH || !mayHoldDate(text)) return undefined;
  if (!META_MARK.test(text) && readingTimeTailStart(text.toLowerCase()) === undefined) return undefined;
  text = latinDigits(text);
  const parts = metaParts(text);
  if (!parts) return undefined;
  let date: DateLine | undefined;
  let datePart = "";
  let authors: Author[] | undefined;
  let weekdayFirst = false;
  let headerOnly = false;
  let readingTime = false;
  let previous: string | undefined;
  let previousDated = false;
  let bareNames: Author[] | undefined;
  let namesOnlyField = false;
  let end = 0;
  for (const [index, part] of parts.entries()) {
    if (COMMENTS_ON_TITLE.test(part) || COMMENT_PROMPT.test(part)) break;
    const partDate = metaPartDate(part, pageOrder);
    // Only opening the line, in a byline's order: after the date the same shape is a series' or a tag's as often
    // ("4 March 2025 · Winter Walks · 4 min read"), and nothing on the line tells which.
    const bare = index > 0 || partDate || parseByline(part) ? undefined : bareMetaNames(part);
    bareNames ??= bare;
    if (!partDate && !isMetaPart(part) && !parseByline(part) && !metaPartPeople(part, index === 0) && !unsignedDePart(part, index === 0)) {
      if (!bare) return undefined;
      namesOnlyField = true;
    }
    // An event's span of days is no post's date, whatever note follows it (see `spansDays`): the part alone, or joined
    // to the part before it by a dash, a day and a month or another unlabelled date.
    const at = text.indexOf(part, end);
    const dashed = previous !== undefined && DASH_GAP.test(text.slice(end, at));
    end = at + part.length;
    if (partDate && !partDate.modified && !date?.modified && spansDays(part, dashed ? previous : undefined, previousDated))
      return undefined;
    previous = part;
    previousDated = partDate !== undefined;
    if (partDate && !date) {
      weekdayFirst = EVENT_WEEKDAY.test(part);
      datePart = part;
    } else if (!partDate && !LABEL_PART.test(part)) headerOnly = true;
    if (!partDate && isStoryReadingTime(part.toLowerCase())) readingTime = true;
    if (!date) date = partDate;
    else if (partDate && date.modified !== partDate.modified && date.alsoModified === undefined) date = withUpdate(date, partDate) ?? date;
    authors ??= metaPartPeople(part, index === 0);
  }
  // An event's line ("Sat 8 March 2026 · Harbour Hall · Free"): a weekday's date among names only. A header's line
  // prints something only a header has beside its labels: a reading time, a count, a time, tags, a field, a byline.
  if (weekdayFirst && !headerOnly) return undefined;
  // A name without a label opening the fields is a writer's beside a reading time, which only a story's header prints
  // ("Ben Carrow — 6 min read — Mar 27, 2025"); beside a date alone it may be a place's or a venue's: a field no other
  // reading takes then leaves the line unread, as before.
  if (readingTime) authors ??= bareNames;
  else if (namesOnlyField) return undefined;
  return date && { date, datePart: weekdayFirst ? undefined : datePart, authors, headerOnly, readingTime };
}

/** The marks some pages set before a byline's label ("// By", "— By"), as a class's source. */
const BYLINE_MARKS = "[/\\\\—–\\-·•|#*>]";
/**
 * A byline's labels: "By", "Written by", "Posted by", "Autor" and their like in the languages of the stop-word lists
 * (byline-labels.ts). The label vouches for the name after it, one word will do ("By Ada").
 */
const BYLINE_LABELS = [...BY_WORDS, ...NORDIC_BY_WORDS, ...BYLINE_PHRASES, ...AUTHOR_NOUNS];
/**
 * An interview's, a story's or a show's credit ("Interview by", "Propos recueillis par", "Story by", "Hosted by":
 * `HOSTED_BY_PHRASES`), a byline's label too, but also the opening of a phrase ("Interview by phone", "Interviewed by
 * police", "Story by the numbers", "Entrevista de trabajo", "Hosted by the city council"), and mid-story a note on a
 * source ("Reported by Reuters"): after it, only people's names in full make a byline, not one word nor an agency nor a
 * place (see `isPlainPersonInFull`).
 */
const CREDIT_LABELS = [
  "interview by",
  "interviewed by",
  "story by",
  "text by",
  "reported by",
  // Indonesian and Malay "reported by" ("Dilaporkan oleh Rudi Hartono"), read as the English one.
  "dilaporkan oleh",
  "propos recueillis par",
  "interview von",
  "intervista di",
  "entrevista de",
  ...PIECE_BY_PHRASES,
  ...CORRESPONDENT_BY_PHRASES,
  ...TEAM_BY_PHRASES,
  ...HOSTED_BY_PHRASES,
];
/** The writer's posts before a name (`CORRESPONDENT_BY_PHRASES`) in lower case. */
const CORRESPONDENT_BY_SET: ReadonlySet<string> = new Set(CORRESPONDENT_BY_PHRASES);
/** The keepers' labels (`TEAM_BY_PHRASES`) in lower case. */
const TEAM_BY_SET: ReadonlySet<string> = new Set(TEAM_BY_PHRASES);
/**
 * A newsroom's noun after its "R", in the languages a byline signs it ("Redaktion", "Rédaction", "Redacción",
 * "Redazione", "Redação", "Redacção", "Redactie"): each reader sets the "R" in the case it asks for.
 */
const NEWSROOM_NOUN_TAIL = "(?:edaktion|édaction|edacción|edazione|edação|edacção|edactie)";
/**
 * A team's noun, French, Spanish and Portuguese ("l'équipe", "el equipo", "a equipa"), as a byline signs a desk with it:
 * only with the desk's capitalised name after it, a section's (`isNewsroomOfPlace`), as alone it opens sentences ("Por el
 * equipo, …") and with a place it names a side ("l'équipe de France").
 */
const TEAM_NOUN = "(?:équipe|equipo|equipa)";
/**
 * A newsroom or a team as a byline signs it ("the Harbour Echo team", "de redactie", "redazione", "la redação"): the
 * noun closes the name. Not "staff" or "desk", which a paper's name before them reads already (`ORGANIZATION_AUTHOR`).
 */
const NEWSROOM_AUTHOR = new RegExp(`(?:^|\\s)(?:team|r${NEWSROOM_NOUN_TAIL})$`, "iu");
/** Portuguese "by the" (`TEAM_BY_PHRASES`), read before a newsroom or a post in lower case only. */
const ARTICLE_BY_WORDS: ReadonlySet<string> = new Set(["pelo", "pela"]);
/** Names opening in lower case: a post's noun ("correspondente Rui Lopes"), a newsroom's ("redação"). */
const LOWER_CASE_OPENING = /^\s*\p{Ll}/u;
/** A capital opening a label's second word or a later one ("A Post By", "A Cura Della"). */
const LATER_WORD_CAPITALISED = /\s\p{Lu}/u;
/**
 * The opening word of a public body's or an institution's name, Italian and Portuguese, as a keeper's label names them
 * ("Comune di Verona", "Regione Veneto", "Fondazione Arena", "Pro Loco di Valfonda", "Prefeitura de Quelmar", "Junta de
 * Freguesia"): no person's name opens so. Wider than the Italian and Portuguese nouns of `BODY_HEAD_NOUN` and
 * `PUBLIC_BODY_OPENING` (a region, a museum, a school, a parish, a club), which type or refuse a name after any label:
 * after a keeper's label, which credits organisers as often as writers, these open none of the writers' names.
 */
const INSTITUTION_OPENING =
  /^(?:Comune|Regione|Provincia|Città|Fondazione|Associazione|Museo|Ufficio|Assessorato|Ministero|Università|Istituto|Biblioteca|Pro Loco|Comitato|Consorzio|Circolo|Parrocchia|Scuola|Centro|Prefeitura|Câmara|Fundação|Associação|Museu|Governo|Secretaria|Ministério|Universidade|Instituto|Junta|Escola|Clube|Comissão|Paróquia)\s/u;
/** Whether an author is named as a public body or an institution (`INSTITUTION_OPENING`). */
function isInstitutionNamed(author: Author): boolean {
  return INSTITUTION_OPENING.test(author.name);
}
/**
 * Whether a byline's one author is a newsroom or a team (`NEWSROOM_AUTHOR`), or a newsroom with its place
 * (`isNewsroomOfPlace`).
 */
function isNewsroomAlone(authors: readonly Author[]): boolean {
  if (authors.length !== 1) return false;
  const { type, name } = authors[0]!;
  return type === "Organization" && (NEWSROOM_AUTHOR.test(name) || isNewsroomOfPlace(name));
}
/** The pieces' credits (`PIECE_BY_PHRASES`) in lower case. */
const PIECE_BY_SET: ReadonlySet<string> = new Set(PIECE_BY_PHRASES);
/** One to five capitalised words, as a broadcaster's or a body's name is printed ("Radio Bremen", "Human Rights Watch"). */
const CAPITALISED_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}$/u;

/**
 * The body a piece is credited to, when its name holds a body's word (`BODY_WORD`, `AFFILIATION`: "Ein Beitrag von Radio
 * Bremen", "A report by Human Rights Watch"): an organisation as the author. Undefined for any other name.
 */
function creditedBody(names: string): Author | undefined {
  const name = names.trim();
  return CAPITALISED_NAME.test(name) && (BODY_WORD.test(name) || AFFILIATION.test(name)) ? { type: "Organization", name } : undefined;
}

/** The credit labels in lower case, to tell which kind of label `BYLINE` read. */
const CREDIT_LABEL_SET = new Set(CREDIT_LABELS);
/**
 * The verbs' labels ("Written by", "Posted by", "Publié par": `BYLINE_PHRASES`), for a lookup, with a show's host's
 * (`HOSTED_BY_PHRASES`), whose participle opens an event's sentence as often ("Hosted by Ada Lee, the fair opens …").
 */
const VERB_BY_SET: ReadonlySet<string> = new Set([...BYLINE_PHRASES, ...HOSTED_BY_PHRASES]);
/** The drafting verbs' labels (`DRAFTED_BY_PHRASES`), for a lookup. */
const DRAFTED_BY_SET: ReadonlySet<string> = new Set(DRAFTED_BY_PHRASES);
/**
 * The publishing verbs' labels ("Published by", "Veröffentlicht von", "Pubblicato da", "Gepubliceerd door"): over a
 * public body's name ("Veröffentlicht von Stadtverwaltung Westerholm", "Publicado por Ayuntamiento de Westerholm") they
 * name the page's issuer, no writer.
 */
const PUBLISHING_BY_SET: ReadonlySet<string> = new Set(PUBLISHING_BY_PHRASES);
/** Greek "Γράφει ο/η" (`GREEK_WRITES_PHRASES`), as `BYLINE` gives its label, in lower case. */
const GREEK_WRITES_SET: ReadonlySet<string> = new Set(GREEK_WRITES_PHRASES);
/**
 * The labels that label a byline only with their colon: the text's (`TEXT_LABELS`), the author's nouns that open
 * headings and titles too (`COLON_AUTHOR_NOUNS`), and "by" words that are given names (`COLON_BY_WORDS`).
 */
const COLON_LABELS = [...TEXT_LABELS, ...COLON_AUTHOR_NOUNS, ...COLON_BY_WORDS];
/** A byline's label, after a mark or two (see `BYLINE_MARKS`), with or without a colon, then the names. */
const BYLINE = new RegExp(
  String.raw`^(?:${BYLINE_MARKS}{1,3}\s*)?(?:(?<label>${[...CREDIT_LABELS, ...BYLINE_LABELS].join("|")})\s*:?\s+|(?:${COLON_LABELS.join("|")})\s*:\s*|(?<reporter>${COLON_REPORTER_NOUNS.join("|")})\s*:\s*)(?<names>.+)$`,
  "iu",
);
/**
 * How many of a label's first characters `BYLINE_OPENING` reads: two let one line in three through to the pattern
 * ("Re…", "Po…", "Co…" open as many menus and headings as labels), three about one in eight (the fixtures' lines).
 */
const LABEL_OPENING_LENGTH = 3;
/**
 * Whether a label holds a choice outside brackets ("ab|cd"): joined into `BYLINE` it would be two labels, the second
 * opening with other characters.
 */
function choosesOutsideGroup(label: string): boolean {
  let depth = 0;
  for (const character of label) {
    if (character === "(") depth++;
    else if (character === ")") depth--;
    else if (character === "|" && depth === 0) return true;
  }
  return false;
}
/** What follows a label shorter than `LABEL_OPENING_LENGTH` in `BYLINE`: a space or a colon, either way it is read. */
const AFTER_SHORT_LABEL = "[\\s:]";
/**
 * A label's first three characters, as `BYLINE` reads them: plain letters or a space, never a pattern's sign (checked
 * here, so that a label added with a choice, a quantifier or a mark in its opening fails at load rather than lose its
 * lines); a plain label of two letters ("by", "av") with the space or colon `BYLINE` reads after it.
 */
function labelOpening(label: string): string {
  const opening = label.slice(0, LABEL_OPENING_LENGTH);
  if (!/^[\p{L} ]+$/u.test(opening) || /^[?*+{]/u.test(label.slice(LABEL_OPENING_LENGTH)) || choosesOutsideGroup(label)) {
    throw new Error(`byline label without three plain opening characters: ${label}`);
  }
  return opening.length < LABEL_OPENING_LENGTH ? opening + AFTER_SHORT_LABEL : opening;
}
/** Every label's opening (see `labelOpening`), each once. */
const LABEL_OPENINGS = [...new Set([...BYLINE_LABELS, ...CREDIT_LABELS, ...COLON_LABELS, ...COLON_REPORTER_NOUNS].map(labelOpening))];
/**
 * The opening of any line `BYLINE` reads: a mark, or a label's first characters in any case (the same flags, so the
 * same letters fold alike). The test spares most lines the pattern, which every line of a byline's length meets (the
 * classifier asks each). Made from the same lists, it cannot fall behind them.
 */
const BYLINE_OPENING = new RegExp(`^(?:${BYLINE_MARKS}|${LABEL_OPENINGS.join("|")})`, "iu");
/**
 * Bits a code unit below `PAST_ASCII` takes in `asciiOpeningKey`. `BYLINE_OPENING`'s case folding takes each such
 * letter to its lower case alone, so the key's lowering reads them as the pattern does.
 */
const ASCII_BITS = 7;
/** The number standing for three ASCII code units, each lowered (see `lowerAscii`), in a set's key. */
function asciiOpeningKey(first: number, second: number, third: number): number {
  return (((lowerAscii(first) << ASCII_BITS) | lowerAscii(second)) << ASCII_BITS) | lowerAscii(third);
}
/** An ASCII code unit in lower case, if a capital. */
function lowerAscii(code: number): number {
  return code >= ASCII_CAPITAL_FIRST && code <= ASCII_CAPITAL_LAST ? code | ASCII_CASE_BIT : code;
}
/** Every ASCII code unit, as a one-character text, to read off which ones a class of a pattern takes. */
const ASCII_CHARACTERS = Array.from({ length: PAST_ASCII }, (_, code) => String.fromCharCode(code));
/** The ASCII marks `BYLINE_MARKS` takes, by code unit. */
const ASCII_BYLINE_MARKS: ReadonlySet<number> = new Set(
  ASCII_CHARACTERS.filter((character) => new RegExp(`^${BYLINE_MARKS}$`, "iu").test(character)).map((mark) => mark.charCodeAt(0)),
);
/** The ASCII code units `AFTER_SHORT_LABEL` takes. */
const ASCII_AFTER_SHORT_LABEL = ASCII_CHARACTERS.filter((character) => new RegExp(AFTER_SHORT_LABEL).test(character)).map((after) =>
  after.charCodeAt(0),
);
/**
 * The keys (`asciiOpeningKey`) of the label openings written in ASCII alone, a short label's once for each ASCII space
 * or colon after it. An ASCII text opens with no other: a letter past ASCII folds to an ASCII one only from the long s
 * and the Kelvin sign, which no label opens with (checked at load).
 */
const ASCII_LABEL_OPENINGS: ReadonlySet<number> = new Set(
  LABEL_OPENINGS.flatMap((opening) => {
    if (/[\u017f\u212a]/u.test(opening)) throw new Error(`byline label opening folding to ASCII: ${opening}`);
    const letters = opening.endsWith(AFTER_SHORT_LABEL) ? opening.slice(0, -AFTER_SHORT_LABEL.length) : opening;
    if (!/^[\0-\x7f]+$/u.test(letters)) return [];
    const codes = [...letters].map((letter) => letter.charCodeAt(0));
    const thirds = letters === opening ? [codes[2]!] : ASCII_AFTER_SHORT_LABEL;
    return thirds.map((third) => asciiOpeningKey(codes[0]!, codes[1]!, third));
  }),
);
/**
 * Whether a line opens as `BYLINE_OPENING` reads it. Most lines open with three ASCII characters: looked up in a set,
 * they spare most lines the pattern's call, about a fifth of what the byline's readers spent on a line of none.
 */
function opensLikeLabelledByline(text: string): boolean {
  const first = text.charCodeAt(0);
  const second = text.charCodeAt(1);
  const third = text.charCodeAt(2);
  // A text shorter than three gives NaN, below nothing: the pattern reads it.
  if (!(first < PAST_ASCII && second < PAST_ASCII && third < PAST_ASCII)) return BYLINE_OPENING.test(text);
  return ASCII_BYLINE_MARKS.has(first) || ASCII_LABEL_OPENINGS.has(asciiOpeningKey(first, second, third));
}
/**
 * Whether a line opens with a byline's label and reads as a labelled byline ("By Ada Lee", "Von Anna Berger", "Par :
 * Ada Lemaire"), not a name alone. The first characters are looked at before the pattern.
 */
export function opensWithBylineLabel(text: string): boolean {
  return opensLikeLabelledByline(text) && BYLINE.test(text);
}
/**
 * The people a byline names when it is also a date line ("By Jo Li | March 4, 2025", "Par Ada Lee | 4 mars 2025",
 * "4 March 2025 · By Ada Lee"): a label and names short enough to pass for the date line's slack make the line read
 * as a date line. Only people's names in full count, or a wire alone ("Publicerad 25 juli 2025 av TT"): a column's or
 * a kicker's name after "By" ("By Rail", "By Land and Sea", "Par Avion") is one word, as is a site's ("By Admin").
 */
export function peopleOfDatedByline(text: string): Author[] | undefined {
  // "Oleh" before the police, the residents or a clause's word ("Oleh Polisi - 12 Agustus 2026") or before a city of
  // the lands writing Malay ("Oleh Semarang - …"): no Ukrainian's name but Indonesian's and Malay's "by" before what
  // signs no one (`MALAY_BY_NOT_NAME`, `malayPlacesBeforeMark`), whatever the page's language.
  const malayBy = MALAY_BY_OPENING.exec(text);
  const afterBy = malayBy ? text.slice(malayBy[0].length) : "";
  if (malayBy && (MALAY_BY_NOT_NAME.test(afterBy) || malayPlacesBeforeMark(afterBy))) return undefined;
  const authors = parseByline(text, true);
  if (authors) {
    // A newsroom or a team alone ("Door de redactie | 3 maart 2025") signs as well as a wire does.
    return arePeopleInFull(authors, isPersonInFullInAnyCase) ||
      authors.every(isWire) ||
      isNewsroomAlone(authors) ||
      vouchedByColonLabel(text, authors)
      ? authors
      : undefined;
  }
  // Otherwise the byline is one part of the line split as a meta line ("بقلم أحمد علي | 12 مارس 2026", "de Ioana
  // Popescu · 12 martie 2026"), which that part's own reader names (`metaPartPeople`).
  return cjkBylineBesideDate(text) ?? parseMetaLine(text)?.authors;
}

/**
 * The "by" words that label a byline only with their colon (`COLON_BY_WORDS`), opening the line with it ("Oleh: Rina -
 * 12 Agustus 2026", "Yazan: Ayşe · 12 Mart 2026"): no column's or kicker's name prints it, so one word after it is a
 * writer's, as it is on the label's line alone.
 */
const COLON_BY_OPENING = new RegExp(`^(?:${COLON_BY_WORDS.join("|")})\\s*:`, "iu");
/** Whether a colon's by-word opens the line (`COLON_BY_OPENING`) and the names are people's, not a public body's. */
function vouchedByColonLabel(text: string, authors: readonly Author[]): boolean {
  return COLON_BY_OPENING.test(text) && authors.every((author) => author.type === "Person" && !MALAY_BY_NOT_NAME.test(author.name));
}

/**
 * The writers a Chinese, Japanese or Korean label names on a date line, in a field of their own or before the date
 * ("作者：李明　2025年3月4日", "2025年3月4日 | 记者 李明", "作者：李明 2025年3月4日"): the label vouches for names the
 * test of a name in full cannot read, as on a meta line (`metaPartPeople`).
 */
function cjkBylineBesideDate(text: string): Author[] | undefined {
  // Only a date line's length: the line is one the date reader took whole (see `parseDateLine`).
  if (text.length > MAX_DATE_LINE_LENGTH) return undefined;
  for (const part of metaParts(text) ?? [text]) {
    const people = cjkByline(part) ?? cjkBylineBeforeDate(part);
    if (people) return people;
  }
  return undefined;
}
/** The writers a Chinese, Japanese or Korean label names before the date in one field ("记者 李明 2025年3月4日"). */
function cjkBylineBeforeDate(part: string): Author[] | undefined {
  const at = dateStart(part);
  return at ? cjkByline(part.slice(0, at).trimEnd()) : undefined;
}
/** A Chinese, Japanese or Korean letter, as a pattern's character class (here and in find-header.ts). */
export const CJK_LETTER_CLASS = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]`;
/** A CJK letter (`CJK_LETTER_CLASS`): a meta line's dated part holding one may print its writer before the date. */
const CJK_LETTER = new RegExp(CJK_LETTER_CLASS, "u");

/** Fewest and most words of a name after a byline's label, particles counted ("By Ada", "By Ana María de la Cruz"). */
const MIN_LABELLED_NAME_WORDS = 1;
const MAX_LABELLED_NAME_WORDS = 6;
/**
 * A name after a byline's label ("By Ada Lee", "Von Ann van der Berg", "Por José Ortega y Gasset"): the label vouches
 * for it, so one word will do ("By Ada") and up to six ("By Ana María de la Cruz"), set apart by any space the copy
 * kept, and a join of two family names (`FAMILY_NAME_JOINS`) too.
 */
const NAME = namePattern(MIN_LABELLED_NAME_WORDS, MAX_LABELLED_NAME_WORDS, "\\s+", [NAME_PARTICLES, ...FAMILY_NAME_JOINS].join("|"));

/**
 * Job titles printed after a name ("Jane Doe, Staff Writer", "Jane Doe | Senior Correspondent"), in the
 * languages of the stop-word lists Dateline reads most: a role, not a person.
 */
const ROLE_NOUN_FORMS = [
  ..."writer reporter correspondent editor columnist contributor photographer journalist columnists contributors".split(" "),
  ..."redakteur(?:in)? korrespondent(?:in)? journaliste correspondant(?:e)? periodista corresponsal".split(" "),
  ..."giornalista inviat[oa] jornalista corrispondente".split(" "),
  // The paper's chief editor in French and Spanish ("rédactrice en chef", "redactora jefa"), whose "en" would end the
  // names as before a place (`namesEnd`).
  "rédact(?:eur|rice)(?:\\s+en\\s+chef)?",
  "redactor(?:a)?(?:\\s+jef[ea])?",
  // Photographers and reporters in their feminine forms ("Fotografin", "fotografa", "fotógrafa", "Reporterin", Dutch
  // "redactrice").
  ..."fotograf(?:in)? fotograf[oa] fotógraf[oa] photographe reporterin redactrice".split(" "),
  // Dutch, Italian, Portuguese and Spanish newsroom nouns the lists above lack ("Verslaggever", "Redattrice",
  // "Repórter", "Colunista", "Reportera").
  ..."verslaggever(?:ster)? redacteur redatt(?:ore|rice) reporter[oa] columnista".split(" "),
  ..."repórter colunista correspondente redator(?:a)?".split(" "),
  // A paper's special envoy, French, Spanish and Portuguese ("envoyée spéciale", "enviada especial", "enviado especial").
  "envoy(?:ée|é)(?:\\s+spéciale?)?",
  "enviad[oa](?:\\s+especial)?",
  // The newsroom nouns of Russian, Ukrainian, Polish, Serbian, Croatian, Bosnian, Turkish and Greek, in both genders
  // ("Дарья Левина, обозреватель", "Оксана Руденко, кореспондентка", "Anna Nowak, dziennikarka", "Ana Horvat, novinarka",
  // "Ayşe Demir, muhabir", "Νίκος Αλεξίου, δημοσιογράφος").
  ..."корреспондент(?:ка)? кореспондент(?:ка)? обозреватель журналист(?:ка)? журналіст(?:ка)? оглядач(?:ка)?".split(" "),
  ..."dziennikar(?:z|ka) reporterka korespondent(?:ka)? novinar(?:ka)? новинар(?:ка)? dopisni(?:k|ca) дописни(?:к|ца)".split(" "),
  ..."muhabir(?:i)? δημοσιογράφος ανταποκριτής ανταποκρίτρια".split(" "),
];
const ROLE_NOUNS = `(?:${ROLE_NOUN_FORMS.join("|")})`;
/**
 * The letters each noun opens with before any choice of endings ("redakteur" of "redakteur(?:in)?", "inviat" of
 * "inviat[oa]"), in lower case, as one pattern for a lower-cased text: every match of a pattern built on the nouns holds
 * one of them. One pattern of plain words reads a part several times faster than a look for each word in turn.
 */
function nounStems(forms: readonly string[]): RegExp {
  const stems = new Set(forms.map((form) => form.split(/[([?]/u, 1)[0]!));
  return new RegExp([...stems].map(escapeRegExp).join("|"), "u");
}
/** The role nouns' stems (see `nounStems`). */
const ROLE_NOUN_STEMS = nounStems(ROLE_NOUN_FORMS);
/**
 * Letters a pattern with the `i` and `u` flags reads as another letter that lower-casing does not turn them into: the
 * long s ("ſ", read as "s") and the old forms of Cyrillic letters (U+1C80–U+1C88, read as "в", "д", "о", "с", "т",
 * "ъ", "ѣ"). A look for a pattern's words in a lower-cased text, done before the pattern, leaves a text holding one to
 * the pattern.
 */
const FOLD_ONLY_LETTERS = /[\u017f\u1c80-\u1c88]/u;

/**
 * Whether a part of a byline may hold a role's noun (`ROLE_NOUNS`), as the four role patterns (`ROLE_FIRST`,
 * `ROLE_ONLY`, `ROLE_ANYWHERE`, `ROLE_SET_APART`) all need: most parts are a name alone, and those patterns, hundreds of
 * characters each and asked once a line, cost more than this look for the nouns' opening letters in lower case.
 */
function mayHoldRoleNoun(part: string): boolean {
  return mayHoldStem(part, ROLE_NOUN_STEMS);
}
/** Whether a text may hold one of the nouns whose stems are `stems` (see `nounStems`, `FOLD_ONLY_LETTERS`). */
function mayHoldStem(text: string, stems: RegExp): boolean {
  return stems.test(text.toLowerCase()) || FOLD_ONLY_LETTERS.test(text);
}
/**
 * The same nouns in the plural, as a role after two names ("Ada Lee and Sam Ray, Staff Writers"): read only after the
 * names, never before one, where they open an organisation's name ("Reporters Without Borders").
 */
const ROLE_NOUNS_AFTER_NAMES = `(?:${ROLE_NOUNS}|writers|reporters|correspondents|photographers|journalists)`;
/** What may qualify a role before its noun ("Senior", "Political", "Local Democracy"). */
const ROLE_QUALIFIER_WORDS =
  "senior|chief|deputy|associate|managing|contributing|political|health|science|business|sports?|foreign|local democracy|data|staff|guest|special";
const ROLE_QUALIFIERS = `(?:(?:${ROLE_QUALIFIER_WORDS})\\s+)*`;
const ROLE_WORDS = ROLE_QUALIFIERS + ROLE_NOUNS;
/** A role set after names, in the singular or the plural. */
const ROLE_WORDS_AFTER_NAMES = ROLE_QUALIFIERS + ROLE_NOUNS_AFTER_NAMES;
/**
 * A role after a name, parted by a comma, a bar or a space ("Jane Doe, staff writer"). Two looks keep it linear on any
 * text and leave its first match where it was: no try from inside a run of spaces (the run's first space reads the
 * same role), nor from the spaces after a qualifier that is itself set apart ("Ada Lee, Senior Staff Writer" is read
 * from the comma, not again from each space), as a try from before that qualifier matches whenever this one does. The
 * second look skips only spaces that no comma, bar or dot follows, which a try from there would need.
 */
const ROLE_SET_APART = new RegExp(
  `(?<!\\s)(?!(?<=[\\s,|·•](?:${ROLE_QUALIFIER_WORDS}))\\s+[^\\s,|·•])(?:\\s*[,|·•]\\s*|\\s+)(?:${ROLE_WORDS_AFTER_NAMES})\\b.*$`,
  "iu",
);
/**
 * A role anywhere in a part of a byline, for the role glued to a name ("Meg HaleStaff Writer"). Never tried from a
 * space, as no role opens with one, nor from a word after a qualifier and its spaces ("Staff" in "Senior Staff
 * Writer"), as the try from the qualifier matches whenever that one does: both keep it linear on any text and leave its
 * first match where it was.
 */
const ROLE_ANYWHERE = new RegExp(`(?!\\s)(?<!(?:${ROLE_QUALIFIER_WORDS})\\s+)(?:${ROLE_WORDS})\\b.*$`, "iu");
/**
 * Possessives and articles that open a desk's title or a job title before a name ("Our Political Correspondent", "la
 * journaliste Léa Martin", "unser Korrespondent"), in the languages of the role nouns.
 */
const DESK_WORDS = "our|your|the|a|an|notre|votre|nuestro|nuestra|unser|unsere|unserem|il|la|le|el|nosso|nossa|onze";
/** Prepositions that lead to a place or an outlet after a job title ("Staff Writer In Paris", "Korrespondent aus Rom"). */
const PLACE_PREPOSITIONS = "in|at|on|for|from|near|aus|bei|für|à|en|desde";
/**
 * A job title before a name, maybe after a desk's word ("Political Editor Nora Kessel", "la journaliste Léa
 * Martin"): the name is what follows the title's noun, when it is a person's name in full, and no place's words after
 * a preposition in title case ("Staff Writer In Paris").
 */
const ROLE_FIRST = new RegExp(`^(?:(?:${DESK_WORDS})\\s+)?(?:${ROLE_WORDS})\\s+(?!(?:${PLACE_PREPOSITIONS})\\s)(.+)$`, "iu");
/** A role standing alone where a name would be ("Staff Writer"). */
const ROLE_ONLY = new RegExp(`^(?:${ROLE_WORDS_AFTER_NAMES})$`, "iu");
/**
 * Job titles beyond the newsroom's, as blogs, company and advocacy pages print them under or after an author's name
 * ("Shipping Expert", "Marketing Director", "Senior Staff Technologist", "Chief Economist", "Chief Spokesperson",
 * "Leiterin Kommunikation"): read only as a whole part after a name, never cut from one. An office's noun that is also
 * a thing's or a family's is read more narrowly (`OFFICE_NOUNS`).
 */
const JOB_NOUN_FORMS = [
  ..."expert director manager analyst specialist strategist consultant founder co-founder ceo professor researcher".split(" "),
  ..."scientist engineer developer designer technologist economist attorney lawyer counsel coordinator advis[eo]r".split(" "),
  ..."spokesperson editor-in-chief".split(" "),
  ..."directeur directrice responsable chercheu(?:r|se) économiste avocat(?:e)? porte-parole écrivain(?:e)?".split(" "),
  ..."leiter(?:in)? direktor(?:in)? berater(?:in)? ökonom(?:in)? anwält(?:in)? anwalt geschäftsführer(?:in)?".split(" "),
  ..."director(?:a)? gerente investigador(?:a)? economista abogad[oa] portavoz direttore direttrice ricercatore".split(" "),
  ..."avvocat[oa] portavoce".split(" "),
];
const JOB_NOUNS = `(?:${JOB_NOUN_FORMS.join("|")})`;
/**
 * Offices whose nouns also name things or families ("Engineering Lead", "Chief Technology Officer", "Senior Fellow", but
 * "Aeron Chair", "Police Officer", "Silent Partner", "Madam President", "Max Sprecher"): read as a job title only after
 * a name and a comma or a bar, never alone on a line or after an "and", where such words are a product's, a heading's
 * or a co-author's. A noun common as a family name is left out ("Edith Head").
 */
const OFFICE_NOUN_FORMS = [
  ..."lead officer president partner fellow chair".split(" "),
  ..."président(?:e)? präsident(?:in)? sprecher(?:in)? presidente".split(" "),
];
const OFFICE_NOUNS = `(?:${OFFICE_NOUN_FORMS.join("|")})`;
/**
 * The stems of every title's noun, a role's, a job's or an office's (see `nounStems`): each pattern that needs such a
 * noun (`JOB_TITLE_PART`, `ROLE_WORD_BEFORE_NAME`, `ROLE_BEFORE_DESK`; a team's "lead" is an office's) is asked only of
 * a part holding one, which most parts, a name alone, do not.
 */
const TITLE_NOUN_STEMS = nounStems([...ROLE_NOUN_FORMS, ...JOB_NOUN_FORMS, ...OFFICE_NOUN_FORMS]);
/** Whether a part may hold a title's noun (`TITLE_NOUN_STEMS`). */
function mayHoldTitleNoun(part: string): boolean {
  return mayHoldStem(part, TITLE_NOUN_STEMS);
}
/** Up to three words before a title's noun ("Senior", "Chief Technology"). */
const TITLE_QUALIFIERS = "(?:[\\p{L}&'’-]+\\s+){0,3}";
/** A part of a byline after a name and a comma or a bar that is a job title: a role, a job or an office ("Senior Analyst"). */
const JOB_TITLE_PART = new RegExp(`^${TITLE_QUALIFIERS}(?:${ROLE_NOUNS_AFTER_NAMES}|${JOB_NOUNS}|${OFFICE_NOUNS})$`, "iu");
/** A job title alone on its line or after an "and": a role or a job, not an office (see `OFFICE_NOUNS`). */
const JOB_TITLE_ALONE = new RegExp(`^${TITLE_QUALIFIERS}(?:${ROLE_NOUNS_AFTER_NAMES}|${JOB_NOUNS})$`, "iu");
/**
 * A job title before a name that `ROLE_FIRST` leaves: one capitalised word of a desk or a beat before the role's noun
 * ("Region Editor Tom Hale", "Metro Reporter Ana Ruiz"), a job's noun ("District Attorney Ana Ruiz"), or a noun glued
 * after a German compound's first word ("Chefredakteurin Anna Berger", "Auslandskorrespondent Jonas Weber"), or a
 * team's lead ("Team Lead Ana Ruiz": "Lead" alone is an office, `OFFICE_NOUNS`, and "Team" first names a team). The name
 * is what follows, kept only when it reads as a person's name, never a place after a preposition ("Metro Reporter In
 * Oskelby").
 */
const ROLE_WORD_BEFORE_NAME = new RegExp(
  `^(?:[\\p{L}-]+\\s+)?${ROLE_QUALIFIERS}(?:\\p{L}*?(?:${ROLE_NOUNS}|${JOB_NOUNS})|team\\s+lead(?:er)?)\\s+(?!(?:${PLACE_PREPOSITIONS})\\s)(\\S.*)$`,
  "iu",
);
/**
 * A title that opens with its noun and goes on with its desk or its beat, mostly after a name and a comma ("Teamleiter Sport",
 * "Leiterin Lokales", "Redakteur Politik", "Leiter der Sportredaktion", "Director Sport"): the noun maybe glued after a
 * German compound's first word, as before a name (`ROLE_WORD_BEFORE_NAME`). The desk is nobody's name: read only where no
 * person's name follows the noun ("Von Jan Berger, Redakteur Tom Hale" keeps Tom Hale), and only a desk's shape after
 * it (see `isTitleWithDesk`). Captures what follows the noun.
 */
const ROLE_BEFORE_DESK = new RegExp(`^\\p{L}*?(?:${ROLE_NOUNS}|${JOB_NOUNS})\\s+(\\S.*)$`, "iu");
/** A word opening in lower case: an article's or a preposition's before a desk ("der Sportredaktion", "of the Echo"). */
const OPENS_IN_LOWER_CASE = /^\p{Ll}/u;
/**
 * Whether a part is a title with its desk after the noun (`ROLE_BEFORE_DESK`): a desk's one word ("Sport", "Lokales") or
 * words after an article or a preposition ("der Sportredaktion"). Capitalised words after the noun are a person's name
 * the name test does not read ("Director Ana María de la Cruz"), kept as before. First in the names (`first`), the one
 * word must be a section's (`opensWithSectionName`: "Von Redakteur Sport"): a title and a family name alone are the
 * line's only writer ("Von Redakteur Müller", "By Editor Jones"), where after a writer they are a title's desk.
 * `titleNoun`: whether the part may hold a title's noun (`mayHoldTitleNoun`), as the caller has looked up once a part.
 */
function isTitleWithDesk(part: string, first: boolean, titleNoun: boolean): boolean {
  const desk = titleNoun ? ROLE_BEFORE_DESK.exec(part)?.[1] : undefined;
  if (desk === undefined) return false;
  if (OPENS_IN_LOWER_CASE.test(desk)) return true;
  return !WORD_SPACE.test(desk) && (!first || opensWithSectionName(desk));
}
/**
 * The same title alone, one capitalised word and a role's noun ("Region Editor", "Metro Reporter"), or a team's lead
 * ("Team Lead", which "Team" first would sign as a team): a desk's, nobody's name.
 */
const ROLE_WORD_ALONE = new RegExp(`^(?:[\\p{L}-]+\\s+(?:${ROLE_NOUNS})|team\\s+lead(?:er)?)$`, "iu");

/** A wire service's name, maybe with a word a byline adds after it (`WIRE_NAME_SUFFIXES`: "Reuters", "Yonhap News"). */
const WIRE_SERVICE_NAME = `(?:${WIRE_SERVICES.join("|")})(?:\\s+(?:${WIRE_NAME_SUFFIXES.join("|")}))?`;
/** A wire service's name alone (see `WIRE_SERVICE_NAME`), in any case. */
const WIRE_AUTHOR = new RegExp(`^${WIRE_SERVICE_NAME}$`, "iu");
/**
 * A national wire's initials as it signs after a byline's label ("Av TT", "Av Anna Berg, NTB"), in capitals only (see
 * `WIRE_INITIALS`): read in a byline's names only, never in running text or a picture's credit.
 */
const WIRE_INITIALS_SET: ReadonlySet<string> = new Set(WIRE_INITIALS);
/** The words for a news agency that open its name ("Agencia EFE", "Kantor Berita Antara"), in lower case. */
const AGENCY_NOUN_FIRST =
  "(?:agencia|agence|agenzia|agência|agentur|news agency|kantor berita|agensi berita|nachrichtenagentur|persbureau)";
/**
 * A news agency named by its noun, first or last ("Kantor Berita Antara", "Harbour News Agency"): after a credit's
 * label ("Dilaporkan oleh", "Reported by") it signs as an Organization, where the label alone vouches for people in
 * full only.
 */
const AGENCY_BY_ITS_NOUN = new RegExp(`^${AGENCY_NOUN_FIRST}\\s+\\S|\\bnews agency$`, "iu");
/**
 * Whether an author is a news agency named by its noun (`AGENCY_BY_ITS_NOUN`) in capitalised words ("the News Agency",
 * "Kantor Berita Nusantara yang mengutip polisi" are none; see `CAPITALISED_NAME`).
 */
function isAgencyByItsNoun(author: Author): boolean {
  return author.type === "Organization" && CAPITALISED_NAME.test(author.name) && AGENCY_BY_ITS_NOUN.test(author.name);
}
/**
 * Whether the names after a credit's label sign with an agency named by its noun among them, the rest people in full
 * ("Reported by Harbour News Agency and Ada Lee"), on a line that does not end as a story's sentence ("Reported by
 * Harbour News Agency, the figures show a rise."), which notes a source as "Reported by Reuters" does mid-story.
 */
function signsWithAgencyAfterCredit(authors: readonly Author[], text: string): boolean {
  return (
    !SENTENCE_END.test(text) &&
    authors.some(isAgencyByItsNoun) &&
    authors.every((author) => isAgencyByItsNoun(author) || isPlainPersonInFullNoBody(author))
  );
}
/** A site's account word alone (`SITE_ACCOUNT_WORDS`), in any case: "admin", "Admin", "WEBMASTER". */
const SITE_ACCOUNT_ALONE = new RegExp(`^(?:${SITE_ACCOUNT_WORDS.join("|")})$`, "iu");
/** A site's account word and one word after it (`SITE_ACCOUNT_WORDS`): "Moderator Request", "Admin Decision". */
const SITE_ACCOUNT_BEFORE_NOUN = new RegExp(`^(?:${SITE_ACCOUNT_WORDS.join("|")})\\s+\\S+$`, "iu");
/**
 * Most words of a person's name beside a site's account and its noun ("By Admin Team, Jane Doe"); a headline's part
 * after the account's runs longer ("By Moderator Request, Forum Closes Ferry Thread").
 */
const MAX_PERSON_BESIDE_ACCOUNT_WORDS = 3;
/** Whether a part beside a site's account and its noun is a person (see `MAX_PERSON_BESIDE_ACCOUNT_WORDS`). */
function isPersonBesideAccount(author: Author): boolean {
  return isPlainPersonInFullNoBody(author) && atMostWords(author.name, MAX_PERSON_BESIDE_ACCOUNT_WORDS);
}
/**
 * An organisation named as the author: a wire service, or any name after the word for an agency ("Agencia EFE",
 * "Agência Lusa", "Agence Belga", Indonesian "Kantor Berita …", Malay "Agensi Berita …", German "Nachrichtenagentur …",
 * Dutch "Persbureau …") or before it ("… News Agency"), or a newsroom's staff or desk ("Harbour Times Staff", "News
 * Desk", "The Editorial Board", "Nieuws Redactie", "Redaktionen", "Redakcja", Croatian's, Bosnian's and Serbian's
 * "Redakcija", Turkish's "Haber Merkezi", the news centre), or agencies together ("Agencias", Malay "Agensi"). Wire
 * services are few and well known (`WIRE_SERVICES`); the rest is told by its first or last word.
 */
const ORGANIZATION_AUTHOR = new RegExp(
  `^(?:${AGENCY_NOUN_FIRST}\\s+\\S.*|${WIRE_SERVICE_NAME})$` +
    "|\\b(?:staff|desk|newsroom|news service|news agency|wire services?|agencies|agencias|agences|agenzie|agenturen|agensi|editorial board|editors|team|redaktion|redaktionen|redaksjonen|redactie|redação|redacção|redakcja|redakcija|redakce|redaksi|rédaction|redacción|redazione|haber merkezi)$" +
    // A German or Dutch newsroom's noun glued after its desk's word, alone after its article ("der Sportredaktion", "de
    // sportredactie"): after another word it is a title's ("hoofd sportredactie", head of …), and without the article
    // after a writer's name a desk's.
    "|^(?:der|die|de)\\s+\\p{L}+(?:redaktion|redactie)$",
  "iu",
);
/** Characters of a Chinese or Japanese name: ideographs and kana ("山田太郎", "李明", "山田さくら"). */
const CJK_NAME_CHARS = "[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー]";
/** A name: two to five ideographs or kana (Chinese names have two or three, Japanese ones up to five), or two to four Hangul syllables. */
const CJK_NAME = `(?:${CJK_NAME_CHARS}{2,5}|\\p{Script=Hangul}{2,4})`;
/** What parts two names: an enumeration comma, a middle dot, a slash, or a space. */
const CJK_NAME_GAP = /\s*[、，,·・／/]\s*|\s+/u;
/** One to four names ("李明", "李明 王芳", "홍길동·김철수"). */
const CJK_NAMES = `${CJK_NAME}(?:(?:${CJK_NAME_GAP.source})${CJK_NAME}){0,3}`;
const CJK_LABEL = new RegExp(`^${CJK_LABEL_BEFORE}$`, "u");
/** A family name and a given name parted by a space ("山田 太郎"). */
const TWO_WORDS = /^\S+\s+\S+$/u;
/** Labels of Japanese (or traditional Chinese) bylines, after which a space parts a family name from a given name ("文：山田 太郎"). */
const SPACED_NAME_LABEL = new RegExp(`^(?:${JAPANESE_WRITER_LABELS})$`, "u");
/**
 * The reporter's role set after the name in Japanese and traditional Chinese ("山田 太郎 記者"): after it, as after
 * the labels of `SPACED_NAME_LABEL`, a space parts a family name from a given name, where a Korean or simplified
 * Chinese role follows names a space parts ("홍길동 김철수 기자", "李明 王芳 记者").
 */
const SPACED_NAME_ROLE = "記者";
/**
 * A family name and a given name parted by a space, each of one to three characters ("山辺 陽菜", "佐々木 健太郎"): a
 * word of four is a whole name ("山辺陽菜 森川湊 記者", two reporters).
 */
const SPACED_NAME = /^\S{1,3}\s+\S{1,3}$/u;
/** Another field of the same line, before or after the writers' ("来源：海岛日报", "编辑：王芳"): a short label, a colon, a value. */
const MAX_FIELD_LABEL = 6;
const MAX_FIELD_VALUE = 20;
const CJK_FIELD = `[^\\s：:]{1,${MAX_FIELD_LABEL}}[：:]\\s*[^\\s：:]{1,${MAX_FIELD_VALUE}}`;
/**
 * Another field beside a labelled writer's (`CJK_LABELLED_BYLINE`), its label parted by a colon or by a bar, full-width
 * or not, as the writer's own label may be ("文｜梁若溪 图｜陈雨", text … pictures …; "记者｜李明 编辑｜王芳").
 */
const CJK_BYLINE_FIELD = `[^\\s：:｜|]{1,${MAX_FIELD_LABEL}}[：:｜|]\\s*[^\\s：:｜|]{1,${MAX_FIELD_VALUE}}`;
/** A writer's name in Latin letters after a CJK label ("作者：Ada Lee"). */
const LATIN_NAME_AFTER_LABEL = "\\p{Script=Latin}[\\p{Script=Latin} .'’-]{0,40}";
/**
 * An attribution line, metadata and never the headline (headline.ts): a writer's label and its colon, then the writers'
 * names, maybe with other fields after them, or nothing ("作者：李明", "記者：山田 太郎", "记者：李明 来源：海岛日报",
 * "记者："); or another field's label and its colon ("来源：海岛日报", "출처: 해안뉴스"). A writer's label before a
 * sentence or a title opens the title ("著者：…", a book's author speaking).
 */
export const CJK_ATTRIBUTION = new RegExp(
  `^(?:(?:${CJK_LABEL_BEFORE})\\s*[:：]\\s*(?:${CJK_NAMES}(?:\\s+${CJK_FIELD})*|${LATIN_NAME_AFTER_LABEL})?$|(?:${CJK_FIELD_LABELS})\\s*[:：])`,
  "u",
);
/**
 * The middle dot Japanese sets after the text's label as its colon ("文・山田太郎", "取材・文・…", "文・写真・…",
 * "聞き手・山田太郎"): only after "文", "写真" or the interviewer's label, as a pair of nouns joins with it after the other
 * labels ("著者・訳者紹介", "記者・カメラマン");
 * not before "写真" (the label's own, text and photos), a word in katakana alone ("文・スポーツ", a category; a foreign
 * name, whose parts a dot parts too) or another dot (a list of roles, "文・構成・山田花子"): one name follows it.
 */
const CJK_LABEL_DOT = "(?<=文|写真|聞き手|構成)・(?!写真|[^・\\s]*・|[\\p{Script=Katakana}ー]+(?:\\s|$))";
/**
 * A labelled byline, maybe among other fields: "記者：山田太郎", "记者 李明 王芳", "来源：海岛日报 作者：李明", "글 홍길동", "文・山田太郎";
 * the label's colon may be a slash or a bar, full-width or not, as Chinese pages set it ("文／陈雨", "文｜许晨阳"), or the
 * full-width equals sign Japanese papers set there ("文＝山田太郎", "聞き手＝山田太郎").
 */
const CJK_LABELLED_BYLINE = new RegExp(
  `^(?:${CJK_BYLINE_FIELD}\\s+)*(${CJK_LABEL_BEFORE})(\\s*[：:／/｜|＝]\\s*|${CJK_LABEL_DOT}|\\s+)(${CJK_NAMES})(?:\\s+${CJK_BYLINE_FIELD})*$`,
  "u",
);
/** Roles set after the names: reporter, correspondent, editorial writer ("김민지 기자", "山田太郎記者", "李明 特派员"). */
const CJK_ROLE_AFTER = "(?:기자|특파원|논설위원|선임기자|객원기자|記者|记者|特派員|特派员)";
/** A role alone, after a labelled writer's name ("글 홍길동 기자", text: Hong Gil-dong, reporter): no second name. */
const CJK_ROLE = new RegExp(`^${CJK_ROLE_AFTER}$`, "u");
/** A writer's address after the role: bare after a space, or in brackets, spaced or not ("(hong@…)", "<hong@…>"). */
const CJK_SIGNED_ADDRESS = "\\s+[\\w.+-]+@[\\w.-]+|\\s?[(（<][\\w.+-]+@[\\w.-]+[)）>]";
/**
 * A byline signed with a role, maybe after a bracketed dateline or the desk's name and before an address ("[서울] 홍길동
 * 기자 hong@…", "홍길동 기자 (hong@…)", "社会部 山田太郎記者").
 */
const CJK_SIGNED_BYLINE = new RegExp(
  `^(?:(?<dateline>[\\[【(（][^\\]】)）]{1,30}[\\]】)）])\\s*|\\p{Script=Han}{1,6}部\\s+)?(?<names>${CJK_NAMES})(?<gap>\\s?)(?<role>${CJK_ROLE_AFTER})(?<address>${CJK_SIGNED_ADDRESS})?$`,
  "u",
);
/** The mark of a Korean dateline in brackets, between the place and the agency ("[부산=해안뉴스]"). */
const KOREAN_DATELINE_MARK = "=";
/**
 * Fewest characters of a name glued to its role: words for kinds of reporter are two ("新聞記者", "女性記者", "사진기자",
 * photo reporter), a Japanese name set so three or more ("山田太郎記者"), a Korean one mostly three ("홍길동기자").
 */
const MIN_GLUED_NAME_CHARACTERS = 3;
/**
 * A Korean name of two syllables glued to its role ("김구기자"): one of the common family names' syllables, then one
 * more. Words for a kind of reporter are two syllables too ("원로기자", veteran; "현역기자", serving; "유명기자",
 * famous), and no list of them is whole: so two glued syllables are a name only on a line that signs a story, with a
 * dateline of place and agency before them or an address after the role (see `signsStory`). The commonest kinds that
 * open with a family name's syllable are refused even there: specialist, staff, former, politics, policy, government,
 * culture, broadcast, field, local, stationed, weekly, new, newcomer, newspaper, region, provinces, labour, retail,
 * performance, joint, Korea, veteran, deputy head, PR, male, temporary, Seoul ("전문기자", "정치기자", …).
 */
const KOREAN_FAMILY_NAMES = "김이박최정강조윤장임한오서신권황안송전홍유류고문양손배백허노남심하곽성차주우구민진지엄채원천방공현";
const GLUED_KOREAN_NAME = new RegExp(`^[${KOREAN_FAMILY_NAMES}]\\p{Script=Hangul}$`, "u");
const KOREAN_REPORTER_KINDS =
  /^(?:전문|전속|전직|정치|정책|정부|문화|방송|현장|현지|주재|주간|신입|신참|신문|지역|지방|노동|유통|공연|공동|한국|고참|차장|홍보|남성|임시|서울)$/u;
/** Whether two syllables glued to a role are a Korean name, not a kind of reporter (see the two patterns above). */
function isGluedKoreanName(names: string, signed: RegExpExecArray): boolean {
  return GLUED_KOREAN_NAME.test(names) && !KOREAN_REPORTER_KINDS.test(names) && signsStory(signed);
}
/**
 * Whether a signed byline carries what only a story's signature does: a Korean dateline of place and agency in brackets
 * before the name ("[부산=해안뉴스] 박솔기자"), or the writer's address after the role ("박솔기자 sol@…"). A tag in
 * brackets ("[인터뷰]", interview) is no dateline.
 */
function signsStory(signed: RegExpExecArray): boolean {
  return signed.groups!.address !== undefined || signed.groups!.dateline?.includes(KOREAN_DATELINE_MARK) === true;
}
/**
 * A Hangul word glued to the role after a name and a space ("홍길동 선임기자", senior reporter; "… 객원기자", guest
 * reporter): the role's first word, not a second name, which a list parts with a dot or a comma ("홍길동·김철수 기자").
 */
const HANGUL_ROLE_OPENING = /(?<![、，,·・／/\s])\s+\p{Script=Hangul}+$/u;
/**
 * A two-syllable name with the role's first word glued to it as well ("김구선임기자", senior reporter; "김구사진기자",
 * photo reporter): the name is the two syllables before that word, which would otherwise end it.
 */
const NAME_BEFORE_GLUED_ROLE_OPENING = /^(\p{Script=Hangul}{2})(?:선임|객원|사진|수석|전문|편집|취재|수습|인턴|전속)$/u;
/**
 * A place's report after a slash ("／台北報導", "/北京电"): where the story was filed, not a name. It opens at the slash
 * (the spaces before it are trimmed after), so a run of spaces is not scanned again from each of its places.
 */
const CJK_FILED_FROM = /[／/]\s*\p{Script=Han}{1,6}(?:報導|报道|電|电|讯|訊)$/u;
/**
 * A reporter's label glued to the Han name after it, as Taiwanese and Chinese papers set it before the place the story
 * was filed from ("記者林志明／台北報導"): read only there (see `cjkByline`), as elsewhere the label glued to more Han
 * opens a phrase ("記者會", press conference; "记者招待会").
 */
const GLUED_REPORTER_LABEL = /^(?:记者|記者)(?=\p{Script=Han})/u;
/**
 * The photographer's credit after a Korean writer's, on one line ("글 박솔 기자 사진 김구 기자", text by …, photos by
 * …; "… 사진=김구 기자"): the photographer is not the story's author, and is left out.
 */
const KOREAN_PHOTO_CREDIT_AFTER = /\s+사진\s?[=＝:：]?\s?\p{Script=Hangul}{2,4}(?:\s?기자)?$/u;
/** Brackets that enclose a byline as a whole ("（记者 李明）", "【文：山田太郎】"), opening and closing. */
const CJK_OPENING_BRACKETS = "(（【[";
const CJK_CLOSING_BRACKETS = ")）】]";
/** The last character of a desk, a newsroom or a paper ("政治部", "新闻社", "사회부", "취재팀"): no person's name. */
const CJK_ORGANIZATION_END = /[部社局台報报网網聞闻組组부팀]$/u;
/**
 * Words a site sets where a writer's name would stand: a menu's ("더보기", more; "목록보기", to the list; "一覧へ", to
 * the list), "admin" ("관리자", "管理员") and "anonymous" ("佚名", "匿名"), and a kind of people ("日本人", "外国人").
 */
const CJK_NO_PERSON = /보기$|으로$|목록|一覧|一览|관리자|운영자|佚名|匿名|管理员|管理員|管理者|小编|小編|^\p{Script=Han}{1,2}人$/u;
/** Two Hangul syllables alone: after a label and a space, a menu's word more often than a name. */
const SHORT_HANGUL_WORD = /^\p{Script=Hangul}{2}$/u;
/** Longest CJK byline: longer lines are sentences. */
const MAX_CJK_BYLINE_LENGTH = 60;

/** The blocks a CJK byline opens in: Hiragana and Katakana, the common CJK ideographs, Hangul syllables. */
const KANA_FIRST = 0x3040;
const KANA_LAST = 0x30ff;
const IDEOGRAPH_FIRST = 0x4e00;
const IDEOGRAPH_LAST = 0x9fff;
const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;

/** The code units of `CJK_OPENING_BRACKETS`, to which `opensLikeCjkByline` compares a line's first. */
const CJK_OPENING_BRACKET_CODES: ReadonlySet<number> = new Set([...CJK_OPENING_BRACKETS].map((bracket) => bracket.charCodeAt(0)));

/**
 * Whether a line opens with a character a CJK byline opens with: an ideograph, kana, Hangul or a bracket. Every line is
 * asked, and nearly all open with none: its first code unit is compared, where cutting it out and searching the brackets
 * for it cost more. An empty text, which opened like one by that search, reads as no byline either way (both patterns
 * of `cjkByline` need a name).
 */
function opensLikeCjkByline(text: string): boolean {
  const code = text.charCodeAt(0);
  return (
    (code >= KANA_FIRST && code <= KANA_LAST) ||
    (code >= IDEOGRAPH_FIRST && code <= IDEOGRAPH_LAST) ||
    (code >= HANGUL_FIRST && code <= HANGUL_LAST) ||
    CJK_OPENING_BRACKET_CODES.has(code)
  );
}

/**
 * A word of a name in Hebrew or Arabic script, with the quote marks of Hebrew initials (typed as ASCII quotes too,
 * "ד\"ר") and the zero-width non-joiner inside Persian words ("علی‌اکبر").
 */
const RTL_WORD = "[\\p{Script=Hebrew}\\p{Script=Arabic}'\"׳״\\u200C-]+";
/**
 * A name of two to four words with one space between them: the space is required, so a line that is no byline
 * fails in time linear in its length (an optional space let the engine try every split of a long word).
 */
const RTL_NAME = `${RTL_WORD}(?: ${RTL_WORD}){1,3}`;
/** A letter of the Arabic or the Hebrew script, as a pattern source. */
const SEMITIC_LETTER = "[\\p{Script=Arabic}\\p{Script=Hebrew}]";
/**
 * Given names that open with the letter that is also "and" in Arabic ("وليد", "وائل", "وفاء", "وسام", "وداد", "وجدي",
 * "وحيد", "وديع", "وسيم", "ولاء", "وئام", "وصفي", "وعد", "وهيب", "وضاح", "وجيه", "وهبة", "وصال", "وردة", "وجدان", "وفيق",
 * "وليم", "وسيلة", "وهاد", "وحيدة") and in Hebrew ("ורד", "ורדה", "ויקטור", "ויקטוריה", "ולדימיר", "ויקי", "ולרי",
 * "וולף", "ולנטינה"), as the letters after it: such a word is a name, no "and" before one (a four-word name holds
 * one as often: "أحمد سالم وجيه حداد").
 */
const NAMES_OPENING_WITH_AND =
  "ليد|ائل|فاء|سام|داد|جدي|حيد|ديع|سيم|لاء|ئام|صفي|عد|هيب|ضاح|جيه|هبة|صال|ردة|جدان|فيق|ليم|سيلة|هاد|حيدة|רד|רדה|יקטור|יקטוריה|לדימיר|יקי|לרי|ולף|לנטינה";
/**
 * Two yods after a Hebrew word's first vav ("וייס", Weiss; "ויינר", Weiner): the vav is the name's own, as no given name
 * opens with two yods for an "and" to be glued to.
 */
const HEBREW_DOUBLE_YOD = "יי";
/**
 * "And" between two writers' names in Arabic and Hebrew (و, ו), glued to the second name's first word as the scripts
 * write it ("أحمد سالم وخالد يوسف", "דנה כהן ויוסי לוי") or set apart: a join only between two names of two words
 * at least each (a one-word name before it may be a given name, and its next word a father's name opening with the
 * letter: "خالد وليد يوسف"), and not before a given name that opens with the letter (`NAMES_OPENING_WITH_AND`). Found
 * where a space follows a word, so each word is crossed back once.
 */
const SEMITIC_AND = String.raw`(?<!\s)(?=\s+[وו])(?<=${SEMITIC_LETTER}\s${SEMITIC_LETTER}+)\s+[وו]\s?(?!(?:${NAMES_OPENING_WITH_AND})\s|${HEBREW_DOUBLE_YOD})(?=${SEMITIC_LETTER}{2,}\s+${SEMITIC_LETTER})`;

/**
 * Hindi "और" and Thai "และ" ("and") between two writers' names, set apart by spaces: words of no other language, and
 * no word of a name, so they join names wherever a byline in those scripts prints them.
 */
const UNCASED_AND = String.raw`\s+(?:और|และ)\s+`;
/**
 * What parts the names after a byline's label in a script without capitals: a comma (Latin or Arabic), or "and"
 * (`SEMITIC_AND`, `UNCASED_AND`).
 */
const UNCASED_NAMES_SPLIT = new RegExp(String.raw`\s*[,،]\s*|${SEMITIC_AND}|${UNCASED_AND}`, "u");

/**
 * A byline's label in Hebrew, Yiddish, Arabic and Persian (`RTL_BYLINE_LABELS`; and "كتب", "wrote", which opens
 * sentences too, only before a colon or a dash), then names in the label's script, which has no
 * capitals to tell a name by: two to four words each, parted by commas or by "and" set apart (" و ", " ו "; glued to
 * the next name it is read by `UNCASED_NAMES_SPLIT`).
 */
const RTL_BYLINE = new RegExp(
  `^(?:(?:${RTL_BYLINE_LABELS.join("|")})\\s*[:–—-]?|(?:كتب|كتبت|كتبه)\\s*[:–—-])\\s+(${RTL_NAME}(?:(?:\\s*[,،]\\s*| [وו] )${RTL_NAME}){0,3})$`,
  "u",
);
/**
 * Nouns of an office that open the name after a label: team, desk, board, bureau, editorial staff, Arabic's agency
 * ("إعداد فريق التحرير", "מאת מערכת האתר", "گروه خبر", "โดย ทีมข่าว ไทยรัฐ", "بواسطة وكالة الأنباء"): the newsroom or the
 * wire signs, not a person.
 */
const RTL_OFFICE_OPENING =
  /^(?:فريق|وكالة|قسم|هيئة|أسرة|مكتب|وحدة|מערכת|צוות|דסק|گروه|تحریریه|هیئت|سرویس|ทีมข่าว|กองบรรณาธิการ|ฝ่ายข่าว|โต๊ะข่าว|สำนักข่าว)\s/u;
/**
 * An office in one word after a right-to-left byline's label, which the names' pattern (two words at least) does not
 * read: Hebrew's editorial board, team or desk, maybe with the article glued on ("מאת המערכת", "מאת: הצוות"), Persian's
 * editorial staff ("نوشته تحریریه"). The newsroom signs, as with its name after it ("מאת מערכת האתר").
 */
const RTL_OFFICE_ALONE = new RegExp(`^(?:${RTL_BYLINE_LABELS.join("|")})\\s*[:–—-]?\\s+(ה?מערכת|ה?צוות|ה?דסק|تحریریه)$`, "u");
/**
 * A reporter's role that opens the name after a label ("מאת כתב הארץ", the paper's reporter; "โดย ผู้สื่อข่าว …"): no
 * one is named.
 */
const RTL_ROLE_OPENING = /^(?:כתב|כתבת|כתבנו|مراسل|مراسلة|مراسلنا|محرر|خبرنگار|ผู้สื่อข่าว|นักข่าว)\s/u;
/**
 * What the part after a right-to-left "and" (or a comma) opens with when no one is named there: news agencies
 * ("وكالات الأنباء", "סוכנויות הידיעות"), sources ("مصادر إعلامية", media sources) or a role under the article
 * ("المحرر الاقتصادي", the economic editor; "المراسل"). Only these roles of "ال", which opens given names too
 * ("الطيب صالح"). Asked of a line's later parts only, after a writer's name.
 */
const RTL_NO_WRITER_AFTER_AND = /^(?:وكالة|وكالات|סוכנות|סוכנויות|مصادر|מקורות|المحرر|المحررة|المراسل|المراسلة)\s/u;
/**
 * Arabic "by means of" (`RTL_BYLINE_LABELS`), a blog's and a site's "by" before its writer ("بواسطة ريم العطار"), and
 * as often before a thing or a body with the article ("بواسطة الشرطة المحلية", by the local police; "بواسطة القارب",
 * by boat): after it, a name opening with the article is none of a writer's.
 */
const ARABIC_BY_MEANS_OF = "بواسطة";
const ARABIC_ARTICLE = "ال";
/**
 * Nouns that open a thing or a body in the construct state after "بواسطة", without the article on the first word
 * ("بواسطة طائرة مسيرة", by a drone; "بواسطة قوات الأمن", by the security forces; "بواسطة وزارة الداخلية", by the
 * interior ministry; "بواسطة مصادر مطلعة", by informed sources; "بواسطة سفينة صغيرة", by a small ship, and the boats'
 * and vessels' nouns beside the boat's): no writer's name.
 */
const ARABIC_MEANS_NOUNS =
  /^(?:طائرة|طائرات|سيارة|سيارات|قارب|قوارب|سفينة|سفن|مركب|مراكب|صاروخ|صواريخ|عبوة|قوات|قوة|وزارة|شركة|مصادر|جهاز|أجهزة|تطبيق|برنامج)\s/u;
/** The first and last code units of the Hebrew and Arabic blocks, where such a byline opens. */
const RTL_FIRST = 0x0590;
const RTL_LAST = 0x06ff;

/** A word of a name in Devanagari, with its vowel signs and nukta; the danda that ends a sentence is no letter of it. */
const DEVANAGARI_WORD = "[\\u0900-\\u0963\\u0966-\\u097F]+";
const DEVANAGARI_NAME = `${DEVANAGARI_WORD}(?: ${DEVANAGARI_WORD}){1,3}`;
/** Names in Devanagari: two to four words each, parted by commas or "और" (`UNCASED_AND`). */
const DEVANAGARI_NAMES = `${DEVANAGARI_NAME}(?:(?:\\s*,\\s*|${UNCASED_AND})${DEVANAGARI_NAME}){0,3}`;
/**
 * A Hindi or Marathi byline: the label for the writer ("लेखक", "लेखिका") or "द्वारा" (by), then a colon or a dash, and
 * names in Devanagari, which has no capitals to tell a name by either (see `DEVANAGARI_NAMES`). Without the colon the
 * label opens a title ("लेखक से मुलाकात", meeting the writer; "द्वारा जारी सूची", a list issued by …). Not "रिपोर्ट"
 * (report): with a colon it opens kickers and headings as often ("रिपोर्ट: महंगाई फिर बढ़ी", report: prices rise again).
 * Nor the reporter's nouns ("संवाददाता", "रिपोर्टर"): a place, a state or an office follows them as often as a name
 * ("संवाददाता: नई दिल्ली", "संवाददाता: उत्तर प्रदेश", "संवाददाता: पटना कार्यालय"), and no capital tells one from the other.
 */
const DEVANAGARI_BYLINE = new RegExp(`^(?:लेखक|लेखिका|द्वारा)\\s*[:–—-]\\s*(${DEVANAGARI_NAMES})$`, "u");
/** The words of a town or a state a reporter filed from, after the names and a comma ("नई दिल्ली", "उत्तर प्रदेश"). */
const MAX_FILED_FROM_WORDS = 2;
/**
 * A Hindi reporter's label before a colon or a dash ("संवाददाता:", correspondent; "रिपोर्टर:", reporter; "रिपोर्ट:",
 * report): a place, an office or a kicker's words follow it as often as a name (see `DEVANAGARI_BYLINE`), so the words
 * after it sign only when each part reads as a person's name alone (`uncasedNameAlone`: a common given name first).
 */
const DEVANAGARI_REPORTER_LABEL = /^(?:संवाददाता|रिपोर्टर|रिपोर्ट)\s*[:–—-]\s*/u;
/**
 * A body's or a desk's last word ("राज्य सरकार", state government; "न्यूज़ डेस्क", news desk): names after the label
 * that end with one are no person's ("द्वारा: राज्य सरकार").
 */
const DEVANAGARI_NO_PERSON_END = /\s(?:सरकार|मंत्रालय|विभाग|पुलिस|निगम|परिषद|समिति|आयोग|डेस्क|ब्यूरो|टीम|न्यूज़|न्यूज|समाचार|संवाददाता)$/u;
/** The Devanagari block, where such a byline opens. */
const DEVANAGARI_FIRST = 0x0900;
const DEVANAGARI_LAST = 0x097f;

/** A word of a name in Bengali script, with its vowel signs; no Bengali digit, and the danda (Devanagari's) no letter. */
const BENGALI_WORD = "[\\u0980-\\u09E5\\u09F0-\\u09FF]+";
const BENGALI_NAME = `${BENGALI_WORD}(?: ${BENGALI_WORD}){1,3}`;
/**
 * A Bengali or Assamese byline: the label for the writer ("লেখক", "লেখিকা") before a colon or a dash, then names in
 * Bengali script, two to four words each, parted by commas: as in Devanagari (see `DEVANAGARI_BYLINE`), no capitals
 * tell a name, and without the colon the label opens a title ("লেখক পরিচিতি", about the writer). Not the reporter's
 * nouns ("প্রতিবেদক", "সংবাদদাতা"), which a place or an office follows as often (`DEVANAGARI_BYLINE`: "প্রতিবেদক: ঢাকা
 * বিশ্ববিদ্যালয়", "প্রতিবেদক: চট্টগ্রাম ব্যুরো").
 */
const BENGALI_BYLINE = new RegExp(`^(?:লেখক|লেখিকা)\\s*[:–—-]\\s*(${BENGALI_NAME}(?:\\s*,\\s*${BENGALI_NAME}){0,3})$`, "u");
/**
 * A desk's, a reporter's or an agency's last word ("নিজস্ব প্রতিবেদক", own reporter; "স্টাফ রিপোর্টার", staff reporter;
 * "বিশেষ প্রতিনিধি", special correspondent; "ডেস্ক রিপোর্ট", desk report; "অনলাইন ডেস্ক"; "… সংবাদ সংস্থা", news agency):
 * no person named after the label.
 */
const BENGALI_NO_PERSON_END = /\s(?:প্রতিবেদক|সংবাদদাতা|রিপোর্টার|প্রতিনিধি|রিপোর্ট|ডেস্ক|টিম|বার্তা|সংস্থা)$/u;
/** The Bengali block, where such a byline opens. */
const BENGALI_FIRST = 0x0980;
const BENGALI_LAST = 0x09ff;

/** A word of a name in Thai script, with its vowel and tone marks; no Thai digit. */
const THAI_WORD = "[\\u0E01-\\u0E4E]+";
/** A Thai name: a given name and a family name, spaced apart ("สมชาย ใจดี"); a title is glued to the given name. */
const THAI_NAME = `${THAI_WORD} ${THAI_WORD}`;
/**
 * A Thai byline: "โดย" (by), "เขียนโดย" (written by) or "รายงานโดย" (reported by), or the writer's noun "ผู้เขียน" before
 * a colon or a dash, then names in Thai script, which has no capitals to tell a name by: two words each, parted
 * by commas. A sentence runs its words together and spaces its clauses, so few lines of two spaced words open
 * with "by". The spaces before a mark are in its optional group, so a run of spaces is crossed in one way only.
 */
const THAI_BYLINE = new RegExp(
  `^(?:(?:โดย|เขียนโดย|รายงานโดย)(?:\\s*[:：–—-])?|ผู้เขียน\\s*[:：–—-])\\s+(${THAI_NAME}(?:(?:\\s*,\\s*|${UNCASED_AND})${THAI_NAME}){0,3})$`,
  "u",
);

/**
 * First words in the genitive after "Του" that a name takes after it, no man's given name: a body's, a place's, a
 * saint's, an office's ("Του Δήμου Πειραιά", "Του Κόλπου Κορίνθου", "Του Προφήτη Ηλία", "Του Δημάρχου Βόλου", "Του
 * Μητροπολίτη Ιερωνύμου"), and the adjectives a title opens with ("Του Νέου Κόσμου", "Του Μεγάλου Αλεξάνδρου").
 */
const GREEK_MASCULINE_GENITIVE_NOUNS =
  "Δήμου|Συλλόγου|Ομίλου|Κέντρου|Κόλπου|Προφήτη|Μητροπολίτη|Αρχιεπισκόπου|Επισκόπου|Πατριάρχη|Δημάρχου|Προέδρου|Βουλευτή|Καθηγητή|Περιφερειάρχη|Νέου|Μεγάλου|Πρώτου";
/**
 * First words in the genitive after "Της" that a name takes after it, no woman's given name: a saint's, a church's, a
 * body's, a place's ("Της Παναγίας Σουμελά", "Της Μητρόπολης Πειραιά", "Της Λίμνης Πλαστήρα"), and a place's adjective
 * ("Της Νέας Πάρου").
 */
const GREEK_FEMININE_GENITIVE_NOUNS = "Αγίας|Παναγίας|Μονής|Εκκλησίας|Μητρόπολης|Περιφέρειας|Ένωσης|Ομάδας|Λίμνης|Πλατείας|Νέας|Μεγάλης";
/**
 * A Greek byline in the genitive, "of" the writer, with the article alone for a label: "Του Γιώργου Παπαδόπουλου" (a
 * man's), "Της Μαρίας Νικολάου" (a woman's). The name is kept as printed, in the genitive; the article is dropped. Only a
 * given name and a family name, in the genitive's endings: a man's given name ends in "-ου", "-η" or "-α" after "Του"
 * ("Γιώργου", "Γιάννη", "Κώστα"), a woman's in "-ς" after "Της" ("Μαρίας", "Ελένης"), and either family name in "-ου",
 * "-η" or "-α" ("Παπαδόπουλου", "Παπαδάκη", "Νικολάου"). A body's, a place's, a team's, an office's or a saint's name in
 * the genitive takes the same shape, and is refused by its first word: a neuter noun's "-ίου" or "-είου", a building's
 * or a body's ("Του Λυκείου Ρόδου", "Του Σταδίου Καραϊσκάκη", "Του Υπουργείου Υγείας", "Του Οσίου Λουκά"), which bylines
 * leave to the family name (a given name's learned "Δημητρίου" is written "Δημήτρη" in them); a stressed "-ού", an
 * adjective's or a noun's, no given name's ("Του Ολυμπιακού Πειραιά", "Του Νομού Χανίων"); or one of the nouns listed
 * (`GREEK_MASCULINE_GENITIVE_NOUNS`, `GREEK_FEMININE_GENITIVE_NOUNS`). Other endings are no name's either ("Του Δήμου
 * Αθηναίων", "Της Εθνικής Τράπεζας").
 */
const GREEK_GENITIVE_BYLINE = new RegExp(
  `^(?:Του\\s+(?!(?:${GREEK_MASCULINE_GENITIVE_NOUNS})\\s)(?!\\p{Lu}\\p{Ll}*ίου\\s)\\p{Lu}\\p{Ll}+(?:ου|η|ή|α|ά)|Της\\s+(?!(?:${GREEK_FEMININE_GENITIVE_NOUNS})\\s)\\p{Lu}\\p{Ll}+ς)\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?:ου|ού|η|ή|α|ά)$`,
  "u",
);
/** The capital tau that opens either article, "Του" and "Της": most lines open otherwise and skip the pattern. */
const GREEK_CAPITAL_TAU = 0x03a4;
/** The length of either article, "Του" and "Της". */
const GREEK_ARTICLE_LENGTH = 3;

/** The person a Greek byline in the genitive names (see `GREEK_GENITIVE_BYLINE`), or undefined. */
function greekGenitiveByline(text: string): Author[] | undefined {
  if (text.charCodeAt(0) !== GREEK_CAPITAL_TAU || !GREEK_GENITIVE_BYLINE.test(text)) return undefined;
  // The article is three letters; the space after it may be any ("Του\u00a0Γιώργου …"), so the name is what follows it.
  return [{ type: "Person", name: text.slice(GREEK_ARTICLE_LENGTH).trim() }];
}

/**
 * A reporter's noun alone after the last name and a comma, in the scripts without capitals: Hebrew ("כתב", "כתבת", a
 * reporter; "כתבנו", our reporter; "כתבים", "כתבות", reporters), Devanagari ("संवाददाता", "रिपोर्टर", "पत्रकार", "प्रतिनिधि") and Bengali ("প্রতিবেদক",
 * "রিপোর্টার", "সংবাদদাতা", "প্রতিনিধি"), maybe with "special" or "own" before it ("विशेष संवाददाता", "নিজস্ব প্রতিবেদক"):
 * the writer's post, no writer ("מאת דנה כהן, כתבת", "लेखक: राहुल शर्मा, संवाददाता"). Cut before the labelled patterns
 * read the names, as a role of more words already is (`RTL_ROLE_OPENING`). Tried only where a run of spaces or the
 * comma starts.
 */
const UNCASED_ROLE_AFTER_NAMES =
  /(?<![\s,،])\s*[,،]\s*(?:(?:विशेष|বিশেষ|নিজস্ব)\s+)?(?:כתב|כתבת|כתבנו|כתבים|כתבות|संवाददाता|रिपोर्टर|पत्रकार|प्रतिनिधि|প্রতিবেদক|রিপোর্টার|সংবাদদাতা|প্রতিনিধি)$/u;

/**
 * The people a byline in a script without capitals names, Hebrew, Arabic and Persian (see `RTL_BYLINE`), Devanagari
 * (see `DEVANAGARI_BYLINE`), Thai (see `THAI_BYLINE`) or Bengali (see `BENGALI_BYLINE`), or undefined.
 */
function uncasedByline(line: string): Author[] | undefined {
  const code = line.charCodeAt(0);
  const pattern =
    code >= RTL_FIRST && code <= RTL_LAST
      ? RTL_BYLINE
      : code >= DEVANAGARI_FIRST && code <= DEVANAGARI_LAST
        ? DEVANAGARI_BYLINE
        : code >= THAI_FIRST && code <= THAI_LAST
          ? THAI_BYLINE
          : code >= BENGALI_FIRST && code <= BENGALI_LAST
            ? BENGALI_BYLINE
            : undefined;
  if (pattern === undefined) return undefined;
  // A role after the names (`UNCASED_ROLE_AFTER_NAMES`) is cut first: only lines with a comma may end with one.
  const text = line.includes(",") || line.includes("،") ? line.replace(UNCASED_ROLE_AFTER_NAMES, "") : line;
  // Not "X द्वारा" (by X), the postposition after the names: with no capitals to tell a name by, the words before it are
  // a body's, a crowd's or a question's as often ("नगर निगम द्वारा", by the city corporation; "स्थानीय लोगों द्वारा", by
  // local people; "यह पुल किसके द्वारा", by whom is this bridge).
  const names = pattern.exec(text)?.[1];
  if (names === undefined && pattern === RTL_BYLINE) {
    const office = RTL_OFFICE_ALONE.exec(text)?.[1];
    return office === undefined ? undefined : [{ type: "Organization", name: office }];
  }
  if (names === undefined && pattern === DEVANAGARI_BYLINE) return devanagariReporterCredit(text);
  if (names === undefined || RTL_ROLE_OPENING.test(names)) return undefined;
  if (pattern === DEVANAGARI_BYLINE && DEVANAGARI_NO_PERSON_END.test(names)) return undefined;
  if (pattern === BENGALI_BYLINE && BENGALI_NO_PERSON_END.test(names)) return undefined;
  if ((names.startsWith(ARABIC_ARTICLE) || ARABIC_MEANS_NOUNS.test(names)) && text.startsWith(ARABIC_BY_MEANS_OF)) return undefined;
  if (RTL_OFFICE_OPENING.test(names)) return [{ type: "Organization", name: names }];
  const people = names.split(UNCASED_NAMES_SPLIT);
  // A writer's role after a comma ("מאת נועה ברקת, כתבת חדשות", … news reporter; "بقلم …، مراسلة الشؤون المحلية"),
  // last or between two writers ("بقلم …، محرر الأخبار، …"): no writer of its own, as a role opens no one's name (see
  // `RTL_ROLE_OPENING`).
  const named = people.filter((name, index) => !RTL_ROLE_OPENING.test(name) && !(index > 0 && RTL_NO_WRITER_AFTER_AND.test(name)));
  // An office after "and" ("بقلم أحمد سالم وفريق التحرير", … and the editorial team) is the newsroom, as at the start.
  return named.map((name) =>
    RTL_OFFICE_OPENING.test(name) ? { type: "Organization", name: name.trim() } : { type: "Person", name: name.trim() },
  );
}

/**
 * The people a Hindi reporter's label credits (`DEVANAGARI_REPORTER_LABEL`): "संवाददाता: राहुल शर्मा", "रिपोर्ट: प्रिया
 * वर्मा और अमित कुमार". A place after the names and a comma is where they filed from ("…, नई दिल्ली") and is left out,
 * a body's name there no place ("…, महाराष्ट्र सरकार", `DEVANAGARI_NO_PERSON_END`);
 * any other part that is no person's name alone refuses the line ("रिपोर्ट: महंगाई फिर बढ़ी", "संवाददाता: पटना कार्यालय").
 */
function devanagariReporterCredit(text: string): Author[] | undefined {
  const label = DEVANAGARI_REPORTER_LABEL.exec(text);
  if (label === null) return undefined;
  const parts = text.slice(label[0].length).split(UNCASED_NAMES_SPLIT);
  const people = parts.map(uncasedNameAlone);
  const last = parts.at(-1)!;
  const filedFrom =
    people.length > 1 &&
    people.at(-1) === undefined &&
    last.split(" ").length <= MAX_FILED_FROM_WORDS &&
    !DEVANAGARI_NO_PERSON_END.test(last) &&
    text.slice(0, -last.length).trimEnd().endsWith(",");
  const named = filedFrom ? people.slice(0, -1) : people;
  return named.every((person) => person !== undefined) ? named.flat() : undefined;
}

/**
 * A byline without the brackets enclosing it (see `CJK_OPENING_BRACKETS`), read by its first and last characters: a
 * pattern with spaces around a lazy middle tried each split of a run of spaces (cubic in the line's length).
 */
function withoutEnclosingBrackets(text: string): string {
  const enclosed = text.length > 2 && CJK_OPENING_BRACKETS.includes(text[0]!) && CJK_CLOSING_BRACKETS.includes(text.at(-1)!);
  return enclosed ? text.slice(1, -1).trim() : text;
}

/** A byline without the place it was filed from (see `CJK_FILED_FROM`). */
function withoutFiledFrom(text: string): string {
  const at = text.search(CJK_FILED_FROM);
  return at < 0 ? text : text.slice(0, at).trimEnd();
}

/**
 * A Japanese name whose family name or given name has one character, parted by a space ("林 健", "森 一", "原 真",
 * "林 健太"): one to three ideographs, a space, one to four ideographs or kana. `CJK_NAME` needs two characters at
 * least, so such names are read only after a label that parts a name's two words with a space.
 */
const SPACED_SHORT_NAME = `\\p{Script=Han}{1,3}\\s${CJK_NAME_CHARS}{1,4}`;
/**
 * A Japanese byline's label before a colon (the labels of `SPACED_NAME_LABEL`, and "執筆者", writer), then one to four
 * names of `SPACED_SHORT_NAME`'s shape parted by an enumeration comma, and nothing else: "文：林 健", "執筆者：林 健、森 一".
 */
const SPACED_SHORT_NAMES_BYLINE = new RegExp(
  `^(?:${JAPANESE_WRITER_LABELS}|執筆者)\\s*[：:]\\s*(${SPACED_SHORT_NAME}(?:\\s*[、，,]\\s*${SPACED_SHORT_NAME}){0,3})$`,
  "u",
);
/** The names of a Japanese byline with a one-character part (see `SPACED_SHORT_NAMES_BYLINE`), or undefined. */
function spacedShortNames(line: string): Author[] | undefined {
  const names = SPACED_SHORT_NAMES_BYLINE.exec(line)?.[1];
  if (names === undefined) return undefined;
  const parts = names.split(/\s*[、，,]\s*/u);
  if (parts.some((name) => CJK_ORGANIZATION_END.test(name) || CJK_NO_PERSON.test(name))) return undefined;
  return parts.map((name) => ({ type: "Person", name }));
}

/**
 * The writer's desk or bureau in brackets after a Japanese name, full-width round or square ("山田 花子（社会部）",
 * "佐藤太郎［経済部］", "記者 山田花子（大阪支社）", "…〔ニューヨーク支局〕"): a department, a branch office, a
 * bureau or a general bureau, in ideographs or katakana. Anchored at the line's end; each try from a bracket reads at
 * most a dozen characters.
 */
const DESK_IN_BRACKETS_AFTER = /[（［〔][\p{Script=Han}\p{Script=Katakana}ー]{1,10}(?:部|支社|支局|総局)[）］〕]$/u;
/** The closing brackets of `DESK_IN_BRACKETS_AFTER`, which a line must end with before the pattern is tried. */
const DESK_CLOSING_BRACKETS = "）］〕";
/** A byline without the desk in brackets after the names (see `DESK_IN_BRACKETS_AFTER`). */
function withoutDeskAfter(text: string): string {
  if (!DESK_CLOSING_BRACKETS.includes(text.at(-1) ?? "")) return text;
  const at = text.search(DESK_IN_BRACKETS_AFTER);
  return at <= 0 ? text : text.slice(0, at).trimEnd();
}
/**
 * A Japanese name alone, as it signs over its desk in brackets or before its date (`spacedJapaneseNameBeforeDate`): a family name of one to three ideographs, a space, and
 * a given name of one to three ideographs or two to four kana ("山田 花子", "林 さくら"). Unspaced, three or four
 * ideographs are as often a notice's or an event's word over the desk that posts it ("防災訓練（総務部）", a fire drill;
 * "入学式（教務部）", "写真展（写真部）") or a name with a title ("山田部長（営業部）"), so only the space, which Japanese
 * words never hold, vouches for a name unlabelled; an unspaced name signs with its label ("記者 佐藤太郎（経済部）").
 */
const SPACED_JAPANESE_NAME = /^\p{Script=Han}{1,3}\s(?:\p{Script=Han}{1,3}|[\p{Script=Hiragana}\p{Script=Katakana}ー]{2,4})$/u;
/**
 * The last words of a credit or a notice over a desk, no name: provided, made, compiled, produced, supervised, in
 * cooperation, reported, photographed, edited, in charge, a person, a contact, the section, text's responsibility,
 * source, data ("写真提供（写真部）", "図表作成（経済部）", "担当者（営業部）", "連絡先（総務部）"); and a body's or a
 * place's last character, an office, an agency, a ministry, an institute, a society, a hall, a station, a section, a
 * school, a city, a town, a village, a prefecture, a ward, a group, a party ("市役所（総務部）", "県警察署（広報部）"); and
 * a household's, a shop's, a lab's, a team's or a faction's ("鈴木 家", "中村 屋", "佐藤 研", "田中 班", "岸田 派"),
 * spaced after a family name as a one-character given name would be.
 */
const CREDIT_OVER_DESK_END =
  /(?:提供|作成|構成|制作|協力|監修|取材|撮影|編集|编辑|担当|文責|執筆|出典|資料|記者|记者|[者先係所庁省院会館署課室校市町村県都府区団党家屋研班派店])$/u;
/**
 * The last word of a Japanese firm's name, spaced after its own name as a given name would be, over the division in
 * brackets that issues a release or a notice ("青葉 工業（開発部）", "港 食品（営業部）", "北浜 テック（技術部）"): an
 * industry, trading, goods, foods, electric, building, bank, securities, insurance, transport, printing or publishing
 * firm, a lab or a tech one. No given name ends in these words.
 */
const FIRM_KIND_END =
  /(?:工業|産業|興業|重工|商事|商会|商店|物産|食品|製菓|製薬|薬品|化学|電機|電気|電工|電力|建設|工務店|銀行|証券|保険|運輸|物流|交通|鉄道|航空|海運|技研|精機|印刷|出版|放送|不動産|テック|ラボ|フーズ)$/u;
/**
 * A school's or a company's club in brackets after a name, where "部" says club, not desk: a ball game's, a band's, a
 * choir's, a drama's, a swimming, track, martial art's or calligraphy's, an art's or a dance's ("田中 結衣（吹奏楽部）",
 * "石井 翔（野球部）", "林 みく（サッカー部）"). A list of members or winners prints their names so, one a line; a
 * newsroom's desks are none of these ("運動部", "写真部", "学芸部", "報道部" still sign).
 */
const CLUB_IN_BRACKETS_AFTER =
  /(?:球|楽|唱|劇|泳|陸上|柔道|剣道|弓道|書道|茶道|華道|美術|ボール|サッカー|テニス|ラグビー|バドミントン|ダンス)部[）］〕]$/u;
/**
 * A title or an honorific after a family name, spaced as a given name would be: a person in the news, not a writer
 * ("田中 首相", the prime minister; "山田 議員", the member; "鈴木 選手", the player; "佐藤 氏", "吉田 さん"; a governor,
 * a mayor, a minister, a chair, a president, a manager, a coach, a suspect, a defendant, a professor, a doctor).
 */
const JAPANESE_TITLE_AFTER =
  /\s(?:氏|さん|様|君|首相|総理|大臣|議員|知事|市長|町長|村長|区長|議長|社長|会長|部長|課長|委員長|幹事長|理事長|代表|総裁|長官|大統領|監督|選手|投手|容疑者|被告|教授|先生|医師|弁護士)$/u;
/** The writer a spaced Japanese name alone names (see `SPACED_JAPANESE_NAME`), or undefined. */
function spacedJapaneseName(line: string): Author[] | undefined {
  if (
    !SPACED_JAPANESE_NAME.test(line) ||
    JAPANESE_TITLE_AFTER.test(line) ||
    CREDIT_OVER_DESK_END.test(line) ||
    CJK_ORGANIZATION_END.test(line) ||
    CJK_NO_PERSON.test(line) ||
    FIRM_KIND_END.test(line)
  ) {
    return undefined;
  }
  return [{ type: "Person", name: line }];
}

/**
 * A Japanese writer's label, a space (often the full-width one) and a spaced name whose given name has one character
 * ("聞き手・構成　森田 健", "文・写真　高橋 優"): no colon vouches for the name there, and a label before two spaced
 * words opens a notice as well ("ライター　募集 中", writers wanted), so the name must open with a common family name
 * (`opensWithGivenName`) and read as a name alone (`spacedJapaneseName`).
 */
const JAPANESE_LABEL_SPACED_NAME = new RegExp(`^(?:${JAPANESE_WRITER_LABELS})\\s+(\\S+\\s\\S+)$`, "u");
/** The writer a Japanese label credits with a space before a spaced name (`JAPANESE_LABEL_SPACED_NAME`), or undefined. */
function labelSpacedJapaneseName(line: string): Author[] | undefined {
  const name = JAPANESE_LABEL_SPACED_NAME.exec(line)?.[1];
  return name !== undefined && opensWithGivenName(name) ? spacedJapaneseName(name) : undefined;
}

/** The people a Chinese, Japanese or Korean byline names (see the patterns above), or undefined. */
function cjkByline(text: string): Author[] | undefined {
  if (text.length > MAX_CJK_BYLINE_LENGTH || !opensLikeCjkByline(text)) return undefined;
  const unbracketed = withoutEnclosingBrackets(text);
  const unfiled = withoutFiledFrom(unbracketed);
  // Before a filed-from place the slash ends the names, so a reporter's label glued to them is read as spaced.
  const filed = unfiled.length < unbracketed.length ? unfiled.replace(GLUED_REPORTER_LABEL, "$& ") : unfiled;
  const credited = filed.replace(KOREAN_PHOTO_CREDIT_AFTER, "");
  const line = withoutDeskAfter(credited);
  const labelled = CJK_LABELLED_BYLINE.exec(line);
  const signed = labelled ? null : CJK_SIGNED_BYLINE.exec(line);
  let names = labelled ? labelled[3]! : signed?.groups?.names;
  if (names === undefined) {
    const overDesk = line.length < credited.length && !CLUB_IN_BRACKETS_AFTER.test(credited);
    return spacedShortNames(line) ?? labelSpacedJapaneseName(line) ?? (overDesk ? spacedJapaneseName(line) : undefined);
  }
  if (signed && signed.groups!.gap === "") {
    const roleOpening = HANGUL_ROLE_OPENING.exec(names);
    if (roleOpening) names = names.slice(0, roleOpening.index);
    else {
      names = NAME_BEFORE_GLUED_ROLE_OPENING.exec(names)?.[1] ?? names;
      if (names.length < MIN_GLUED_NAME_CHARACTERS && !isGluedKoreanName(names, signed)) return undefined;
    }
  }
  // A menu's words after a label and a space ("글 목록", posts' list): a Korean name has three syllables, rarely two.
  if (labelled && labelled[2]!.trim() === "" && SHORT_HANGUL_WORD.test(names)) return undefined;
  const spaced =
    (labelled !== null && SPACED_NAME_LABEL.test(labelled[1]!) && TWO_WORDS.test(names)) ||
    (signed !== null && signed.groups!.role === SPACED_NAME_ROLE && SPACED_NAME.test(names));
  // A label inside the run is the next writer's role ("记者 李明 通讯员 王芳", reporter …, correspondent …).
  const parts = spaced ? [names] : names.split(CJK_NAME_GAP).filter((name) => !CJK_LABEL.test(name) && !CJK_ROLE.test(name));
  if (parts.some((name) => CJK_ORGANIZATION_END.test(name) || CJK_NO_PERSON.test(name))) return undefined;
  return parts.map((name) => ({ type: "Person", name }));
}
/** Longest line read as a byline: a longer one is a sentence of the story, which may name people too. */
const MAX_BYLINE_LENGTH = 120;

/**
 * Joins between names: a comma, "and" in the languages Dateline reads, and "&", each with the spaces around it (those
 * before it from the first of their run on, as in `NAME_JOIN`); global, for `namesParts`.
 */
const NAME_JOINS = new RegExp(String.raw`${listMarkPattern(",")}|(?<!\s)\s+&\s+|${NAME_JOIN}`, "gu");
/** The joins between names after a byline's label: `NAME_JOINS`, and "with" before a second writer (`WITH_NAME_JOIN`). */
const LABELLED_NAME_JOINS = new RegExp(`${NAME_JOINS.source}|${WITH_NAME_JOIN}`, "gu");

/**
 * The "by" after a date line, set apart by spaces and maybe a separator, and its like in the languages whose blogs
 * print "Posted on <date> by <name>": "Publié le 3 mars 2025 par …", "Publicado el … por …", "Veröffentlicht am … von
 * …", "Pubblicato il … da …", "Opublikowano … przez …", "Geplaatst op … door …", "Publicerad … av …" (`BY_WORDS`,
 * `PUBLISHED_ONLY_BY_WORDS` and `NORDIC_BY_WORDS`). Not Spanish or Portuguese "de", which dates hold ("3 de marzo de
 * 2025"). The other languages' words open phrases after a date too ("Seit dem 3. März 2025 von …", since … by): they
 * count only after a date line's "published" label (`PUBLISHED`), the Nordic ones only after their own
 * (`NORDIC_PUBLISHED`). Tried only where a run of spaces starts, so a long run is read once, not again from each of its
 * places.
 */
const DATE_THEN_BY = new RegExp(
  String.raw`(?<!\s)\s+(?:[|·•–—-]\s+)?(?<label>${[...BY_WORDS, ...NORDIC_BY_WORDS, ...PUBLISHED_ONLY_BY_WORDS].join("|")})\s+`,
  "iu",
);
/** "Published" in Swedish, Norwegian or Danish opening a date line: the label after which their "by" counts. */
const NORDIC_PUBLISHED = new RegExp(`^(?:${NORDIC_PUBLISHED_LABELS.join("|")})${NOT_BEFORE_WORD}`, "i");
/** A relative day alone on its line ("Vandaag", "I dag", "Bugün"), with no figure in it (see `isRelativeDayLine`). */
const RELATIVE_DAY_LINE = new RegExp(`^(?:${RELATIVE_DAYS.join("|")})$`, "iu");

/** A time ago alone on its line, with no label or field beside it ("3 hours ago", "30 Years Ago"). */
const BARE_AGE = new RegExp(`^(?:${RELATIVE_AGES.join("|")})$`, "iu");

/**
 * An age line (see `isAgeLine`) that says what the age is of: an updated or posted label before it ("Updated 3 hours
 * ago", "Aktualisiert vor 2 Stunden", "Mis à jour il y a 3 heures"), a relative day's clock time ("Today, 14:05") or a
 * field beside it ("News | 2 hours ago"). It stamps a post or a teaser wherever it stands; a bare time ago may name a
 * section ("30 Years Ago").
 */
export function isStampedAgeLine(text: string): boolean {
  return isAgeLine(text) && !BARE_AGE.test(text.replace(WHITE_SPACE_RUN, " "));
}

/**
 * A day relative to today alone on its line, with no time ("Today", "Heute", "Bugün"): a header's meta line only where
 * the header holds no date of its own. Under a date it heads a live blog's or a diary's first part ("12 March 2024" over
 * "Today"), and a film's or a song's title may be the word ("Yesterday"): the caller knows which.
 */
export function isRelativeDayLine(text: string): boolean {
  return RELATIVE_DAY_LINE.test(text);
}

/** A reporting-from label opening a line (read in lower case), before a space (see `REPORTING_FROM_LABELS`). */
const REPORTING_FROM_LABEL = new RegExp(`^(?:${REPORTING_FROM_LABELS.join("|")})(?=\\s)`);
/**
 * Places' names after that label, each capitalised, parted by a comma, a join or a particle ("Milwaukee and
 * Washington", "Rio de Janeiro"), to the line's end. Read with case: "Reporting from the front line" is no place.
 */
const REPORTED_PLACES = new RegExp(
  String.raw`^(?:,?\s(?:(?:${[...PLACE_JOIN_WORDS, NAME_PARTICLES].join("|")})\s)*\p{Lu}[\p{L}.'’-]*)+$`,
  "u",
);
/** Longest such line: a few places' names after the label. */
const MAX_REPORTING_FROM_LENGTH = 100;

/**
 * A line naming where the byline's writers reported from ("Reporting from Milwaukee and Washington"), which some papers
 * set under the byline: furniture of the byline block there (see `markReportingFromLines`), so neither a headline nor
 * the body's first heading. Only places' names follow the label: a sentence that opens so ("Reporting from the front
 * line is dangerous.") is text.
 */
export function isReportingFromLine(text: string, lower: string): boolean {
  if (text.length > MAX_REPORTING_FROM_LENGTH) return false;
  const label = REPORTING_FROM_LABEL.exec(lower);
  return label !== null && REPORTED_PLACES.test(text.slice(label[0].length));
}

/**
 * "Updated" or its like right before a date in a byline ("By Ada Lee | Updated on 4 March 2025"), Vietnamese with its
 * "ngày" (day: "Phóng viên: Lê Hoa · Cập nhật ngày 5 tháng 3 năm 2025").
 */
const UPDATED_BEFORE_DATE = new RegExp(
  String.raw`(?:${UPDATED_LABEL_SOURCES.join("|")})\s*(?:(?:${DATE_LINKS_OR_DAY})\s*)?(?::\s*)?$`,
  "iu",
);
/** How far before a date its "Updated" label may stand in a byline. */
const LABEL_REACH = 24;

/**
 * The date a byline holds after its names ("By Ada Lee on 4 March 2025", "Posted by Ada Lee on Tuesday, 4 March 2025",
 * "BY ADA LEEPUBLISHED: MAR 4, 2025"): too much else is on the line for a date line, but the date is the byline's.
 */
export function bylineDate(text: string, pageOrder?: NumericOrderSource): DateLine | undefined {
  // A labelled numeric date after the names first: a pair of them may open with a date `findDate` does not read (an
  // untimed one, or a timed one a label follows), which would leave the update for the published date's.
  const labelled = bylineLabelledNumericDate(text, pageOrder);
  if (labelled) return labelled;
  const at = dateStart(text, pageOrder);
  if (at === undefined) return bylineNumericDate(text, pageOrder) ?? markedFieldsDate(text, pageOrder) ?? dateLineBeforeBy(text, pageOrder);
  const iso = parseDate(text.slice(at), pageOrder)!;
  return withLaterUpdate(
    { iso, modified: UPDATED_BEFORE_DATE.test(text.slice(Math.max(0, at - LABEL_REACH), at)) },
    text.slice(at),
    pageOrder,
  );
}

/**
 * A labelled slashed or hyphenated date with no clock time after a byline's names and a mark, maybe with the other
 * labelled date after it ("Door Eva de Vries · Gepubliceerd op 12-03-2026 · Bijgewerkt op 13-03-2026", "Por Ana Ruiz |
 * Publicado el 12/03/2026", "Von Jan Berg · Aktualisiert am 13-03-2026"): `findDate` reads such a date only after its
 * label opening a text (`LABELLED_NUMERIC_DATE`), which a byline's line does not. The first label after a mark opens
 * what is read as a date line of its own (`parseDateLine`: the pair, each part labelled, in the page's order or where the
 * numbers allow one). Asked only of byline lines where no other date was found, of a date line's length.
 */
function bylineLabelledNumericDate(text: string, pageOrder?: NumericOrderSource): DateLine | undefined {
  if (text.length > MAX_DATE_LINE_LENGTH || (!text.includes("/") && !text.includes("-")) || !hasTwoDigitRuns(text)) return undefined;
  SECOND_DATE_LABEL.lastIndex = 0;
  for (let label = SECOND_DATE_LABEL.exec(text); label; label = SECOND_DATE_LABEL.exec(text)) {
    if (!MARK_BEFORE_LABEL.test(text.slice(0, label.index))) continue;
    const part = text.slice(label.index + label[0].length);
    return labelledNumericDate(part) ? parseDateLine(part, undefined, pageOrder) : undefined;
  }
  return undefined;
}
/** A mark closing a byline's names before a date's label: a dot, a bar, a comma or a dash. */
const MARK_BEFORE_LABEL = /\p{L}\.?\s*[·•|,–—-]$/u;

/**
 * A slashed or hyphenated date closing a byline's line, after a space or a comma ("Por Ana Ruiz 12/03/2026", "Von Jan
 * Berg, 03/12/2026", "By Ana Ruiz 25/03/2026"), maybe with its clock time ("Door Eva Smit 12-03-2026 08:10", which
 * `findDate` reads after a mark or a label only): such a date alone is read only under a headline
 * (`headerNumericDate`), and after a name it is the byline's own. Read in the page's order, or where the numbers allow
 * one, else not at all ("By Ana Ruiz 12/03/2026" on an English page with nothing to settle it).
 */
function bylineNumericDate(text: string, pageOrder?: NumericOrderSource): DateLine | undefined {
  const date = BYLINE_CLOSING_NUMERIC_DATE.exec(text);
  // After a timed stamp and its mark only an update's field may follow ("Door Eva Smit 12-03-2026 08:10 · Bijgewerkt op
  // 13-03-2026 10:45"): any other words make the date and time a listing's ("… 20:30 · Ajax - PSV").
  const { time, afterTime } = date?.groups ?? {};
  if (!date || (afterTime && !UPDATED.test(afterTime.trimStart()))) return undefined;
  // The date opens one past the space or the comma before it.
  const at = date.index + 1;
  // Right after the last name, its agency in brackets or its job title: a word between makes it another day's ("Por Ana
  // Ruiz, partido del 20/03/2026", "Von Jan Berg | Termin 24-12-2026", "By Ana Ruiz, Event: 04/25/2026").
  const names = text.slice(0, at).replace(MARKS_BEFORE_CLOSING_DATE, "");
  // A name alone before a marked date (see `markedNumericDateStart`) signs the line as a labelled one does.
  const last = (parseByline(names) ?? namesBeforeDate(text))?.at(-1)?.name;
  const end = last === undefined ? -1 : names.lastIndexOf(last);
  if (end === -1) return undefined;
  const after = names.slice(end + last!.length);
  const signed = after === "" || BRACKETED_AFTER_NAME.test(after) || (after.startsWith(",") && isJobTitleAlone(after.slice(1).trim()));
  if (!signed) return undefined;
  // With its clock time the date opens a stamp of its own, as `findDate` reads one after a mark ("12-03-2026 08:10").
  return time === undefined ? headerNumericDate(text.slice(at), pageOrder) : parseDateLine(text.slice(at), undefined, pageOrder);
}
/**
 * The date of a byline's fields that open with a slashed or hyphenated date after a mark and go on with a meta line's
 * other fields ("Ada Lee | 04/03/2025 | 4 min read"; see `markedNumericDateStart`), read as that meta line.
 */
function markedFieldsDate(text: string, pageOrder?: NumericOrderSource): DateLine | undefined {
  const at = markedNumericDateStart(text);
  return at === undefined ? undefined : parseMetaLine(text.slice(at), pageOrder)?.date;
}
/**
 * The date of a date line before a byline's "by" ("Posted on 03/19/2025 by Ada Lee", "Publié le 19/03/2025 par …"):
 * `findDate` reads a labelled numeric date only as a whole text, so the line is cut at the "by" first.
 */
function dateLineBeforeBy(text: string, pageOrder?: NumericOrderSource): DateLine | undefined {
  const by = dateLineThenBy(text);
  return by ? parseDateLine(by.date, undefined, pageOrder) : undefined;
}
/** What may part a byline's last name from the date closing it: spaces, a comma, a dot, a bar or a dash. */
const MARKS_BEFORE_CLOSING_DATE = /[\s,·•|–—-]+$/u;
/** An agency or a place in brackets after a byline's last name ("Por Ana Ruiz (EFE)"). */
const BRACKETED_AFTER_NAME = /^\s*\([\p{L}\s.]{1,30}\)$/u;
/**
 * A numeric date closing a line after a space or a comma (see `bylineNumericDate`), maybe with its 24-hour clock time
 * ("Door Eva Smit 12-03-2026 08:10"): `time` is set when the time is there, `afterTime` holds what follows the time's
 * closing mark.
 */
const BYLINE_CLOSING_NUMERIC_DATE = new RegExp(
  String.raw`[\s,]\d{1,2}(?<separator>[/-])\d{1,2}\k<separator>\d{4}(?:(?<time>${TWENTY_FOUR_HOUR_TIME}${STAMP_CLOSE})(?<afterTime>.*))?$`,
  "u",
);

/** Most words of a job title set alone on the line under a name ("Senior Product Analytics Expert"). */
const MAX_JOB_TITLE_LINE_WORDS = 4;

/**
 * Articles, prepositions, possessives and a letter's salutation, in the languages of `ROLE_NOUNS` and `JOB_NOUNS`, and
 * an elided article ("l'", "d'"): a job title's words before its noun qualify it ("Senior Staff Writer", "Writer and
 * Editor"), while these make a column's or a heading's name of the line ("From the Editor", "Letter to the Editor",
 * "Dear Editor", "Notes from a Correspondent", "Brief an den Redakteur", "Le mot du directeur", "Carta al director").
 */
const TITLE_FUNCTION_WORD = new RegExp(
  `${NOT_AFTER_WORD}(?:a|an|the|of|to|from|for|in|on|at|with|my|our|your|his|her|their|dear|liebe|lieber|cher|chère|querid[oa]|car[oa]|` +
    "der|die|das|den|dem|des|ein|eine|einen|einem|einer|von|vom|zum|zur|für|mit|aus|bei|im|am|unser|unsere|unserem|unseren|" +
    "le|la|les|un|une|du|de|au|aux|à|pour|avec|notre|nos|mon|ma|votre|vos|" +
    "el|los|las|una|del|al|para|con|nuestro|nuestra|mi|su|sus|" +
    "il|lo|gli|i|uno|della|dello|dei|delle|di|alla|allo|da|per|nostro|nostra|" +
    `o|os|as|um|uma|do|da|dos|das|ao|nosso|nossa)${NOT_BEFORE_WORD}|(?:^|\\s)[ld]['’]`,
  "iu",
);

/**
 * Prepositions that lead from a reporter's role to the place it is filed from, in the languages of the role nouns
 * (`PLACE_PREPOSITIONS`, and "enviada a", "corrispondente da", "correspondente em", "no Rio", "ao Cairo", "au Caire",
 * "aux États-Unis", "korespondentka w", "verslaggever te").
 */
const ROLE_PLACE_PREPOSITIONS = `${PLACE_PREPOSITIONS}|a|da|em|no|na|ao|au|aux|w|te`;
/**
 * A reporter's role and the place it is filed from, after a name and a comma ("Marc Lenoir, correspondant à Lyon",
 * "Thomas Müller, Korrespondent in Wien", "Laura Gómez, enviada especial a Lima"): a newsroom's noun only
 * (`ROLE_NOUNS`), and a place of one or two capitalised words, so "Ada Lee, reporter at the scene" or a sentence
 * going on after the role is no title.
 */
const ROLE_AT_PLACE = new RegExp(`^${ROLE_QUALIFIERS}${ROLE_NOUNS}\\s+(?:${ROLE_PLACE_PREPOSITIONS})\\s+(.+)$`, "iu");
/** A place of one or two capitalised words, read with case (`ROLE_AT_PLACE` reads the role in any case). */
const FILED_FROM_PLACE = /^\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)?$/u;
/** Whether a part after a name and a comma is a reporter's role and place (`ROLE_AT_PLACE`, `FILED_FROM_PLACE`). */
function isRoleAtPlace(part: string, listed: boolean): boolean {
  if (!listed || !mayHoldRoleNoun(part)) return false;
  const place = ROLE_AT_PLACE.exec(part)?.[1];
  return place !== undefined && FILED_FROM_PLACE.test(place);
}

/** Whether a byline's part after its first name is a job title: after a comma (`listed`) an office's too. */
export function isJobTitlePart(part: string, listed: boolean): boolean {
  return mayHoldTitleNoun(part) && (listed ? JOB_TITLE_PART : JOB_TITLE_ALONE).test(part);
}

/** Most words of the team or field a job title names after its comma ("Staff Engineer, Developer Productivity"). */
const MAX_JOB_FIELD_WORDS = 3;
/**
 * The team or field after a job title's comma: capitalised words, maybe joined by an ampersand ("Developer
 * Productivity", "Research & Development"). A lower-case word makes a phrase of it ("Engineer, and then founder").
 */
const JOB_FIELD = /^\p{Lu}[\p{L}-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}-]*)*$/u;

/**
 * Whether a line is a job title alone, as set under its author's name ("Staff Writer", "Senior Product Analytics
 * Expert"), maybe with the team or field it serves after a comma, as company blogs print it ("Staff Engineer,
 * Developer Productivity", see `JOB_FIELD`).
 */
export function isJobTitleLine(text: string): boolean {
  const comma = text.indexOf(",");
  if (comma === -1) return isJobTitleAlone(text);
  const field = text.slice(comma + 1).trim();
  return atMostWords(field, MAX_JOB_FIELD_WORDS) && JOB_FIELD.test(field) && isJobTitleAlone(text.slice(0, comma).trim());
}

/** Whether a text is a job title of a few words, no column's or letter's name (see `TITLE_FUNCTION_WORD`). */
function isJobTitleAlone(text: string): boolean {
  // The words are counted before they are cut out: most lines asked of are longer, and are let go after a few spaces.
  if (!atMostWords(text, MAX_JOB_TITLE_LINE_WORDS) || !JOB_TITLE_ALONE.test(text)) return false;
  return !TITLE_FUNCTION_WORD.test(text.split(/\s+/).slice(0, -1).join(" "));
}

/**
 * The role nouns above of those who made a story's pictures, not its text ("Staff Photographer"): a name packed under
 * the writer's with such a role credits the pictures.
 */
const PICTURE_ROLE = /\bphotographers?\b/iu;
/** The role nouns above of those who wrote ("Writer and Photographer"): such a role is the text's too. */
const WRITING_ROLE = /\b(?:writer|reporter|correspondent|journalist|columnist|contributor)s?\b/iu;
/** Whether a line's job title is only a picture maker's (see `PICTURE_ROLE`), not a writer's as well. */
export function isPictureRole(text: string): boolean {
  return PICTURE_ROLE.test(text) && !WRITING_ROLE.test(text);
}

/** What parts a job title from the names before it: a comma, a bar or a dot. */
const ROLE_MARK = /[,|·•]/u;

/**
 * The authors of a line of names that a job title marks as a byline without a "By": the title after a comma or a bar
 * ("Ada Lee, Shipping Expert", "Ada Lee and Bo Chen | Guest Columnists") or alone on the line under it ("Ada Lee" over
 * "Trending Editor"). Undefined when no job title says so, as a name alone could be any label.
 */
export function namesOverRole(text: string, next: string | undefined): Author[] | undefined {
  // A line without a comma, a bar or a dot has no part after a name: it is not split.
  const roleAfter =
    ROLE_MARK.test(text) &&
    text.split(/\s*[,|·•]\s*/u).some((part, index) => index > 0 && (JOB_TITLE_PART.test(part) || isRoleAtPlace(part, true)));
  const roleUnder = next !== undefined && isJobTitleLine(next) && !ROLE_ONLY.test(text);
  return roleAfter || roleUnder ? parseNameLine(text.replace(/\s*[|·•]\s*/gu, ", ")) : undefined;
}

/**
 * A newsroom desk's name alone, as set under its writer's name ("Politics Desk", "Metro Desk", "Sportredaktion",
 * "Redaktion Politik", "Rédaction Sports", "Redacción Deportes", "Redazione Cronaca", "Redação Economia", "Redactie
 * Binnenland"): one to three words, the desk's noun first or last. Capitalised words only after a first noun, so a
 * phrase ("Redaktion hat geschlossen") is none.
 */
const DESK_LINE = new RegExp(
  `^(?:\\p{Lu}[\\p{L}&-]*\\s+){1,2}(?:Desk|DESK)$|^\\p{Lu}\\p{Ll}*redaktion$|^R${NEWSROOM_NOUN_TAIL}\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?$`,
  "u",
);

/**
 * The authors of a line of names over their desk's name alone ("Mara Quill" over "Politics Desk", "Anna Berger" over
 * "Sportredaktion"; see `DESK_LINE`): a byline without a "By", as over a job title (`namesOverRole`). Undefined when the
 * line under is no desk's name or the line names no one.
 */
export function namesOverDesk(text: string, next: string | undefined): Author[] | undefined {
  return next !== undefined && next.length <= MAX_DESK_LINE_LENGTH && DESK_LINE.test(next) && !NO_NEWSROOM_DESK.test(next)
    ? parseNameLine(text)
    : undefined;
}
/**
 * A desk that is no newsroom's ("Help Desk", "Front Desk", "Service Desk", "Standing Desk"): a shop's, a hotel's or a
 * library's counter, or a piece of furniture, under a line that then names no writer ("Customer Service" / "Help
 * Desk", "Grand Plaza" / "Front Desk").
 */
const NO_NEWSROOM_DESK =
  /(?:^|\s)(?:help|front|service|support|reception|information|info|enquiries|cash|check-in|security|reference|standing|sit-stand|writing|computer|gaming|office|corner)\s+desk$/iu;
/** Most characters of a desk's name alone (see `DESK_LINE`): longer lines are not asked. */
const MAX_DESK_LINE_LENGTH = 40;

/**
 * How a line naming its author before the date opens: a capitalised word, then another, a name's particle, a separator
 * or the date's number ("Ada Lee …", "Luis de la Cruz …", "Reuters - …", "Reuters 4 …"). Most lines of prose do not
 * ("The council met …"), and this test is far cheaper than the date patterns.
 */
const NAME_START = new RegExp(`^\\p{Lu}\\S*\\s+(?:\\p{Lu}|\\d|[|·•–—-]|(?:${NAME_PARTICLES})\\s)`, "u");

/**
 * A bar, a dot or a dash between spaces, after which a field of a byline's line may open with a slashed or hyphenated
 * date that `findDate` does not read there ("Ada Lee | 04/03/2025", "Ana Ruiz · 04-03-2025 · 4 min read", "Ana Ruiz |
 * Actualizado el 05/04/2025"; see `markedNumericDateStart`).
 */
const FIELD_MARK = /\s[|·•–—-]\s+/gu;
/**
 * A slashed or hyphenated date that is a whole field, maybe with its clock time after it, bare or after a dash or a
 * comma ("Ada Lee · 12/08/2025 10:15", "… · 12/08/2025 - 10:15"): the line's end or another field's mark after it.
 */
const NUMERIC_DATE_FIELD = new RegExp(`^${SEPARATED_NUMERIC_DATE}(?:\\s*[-–—,]?\\s+${ZONED_CLOCK})?(?=\\s*(?:$|[|·•–—]))`, "iu");
/**
 * Where the first field holding such a date opens, bare or after its label (`LABELLED_NUMERIC_DATE`), whichever order
 * reads it; undefined for none. Only after a mark: a bare name and a date run together are a table's row as often.
 */
function markedNumericDateStart(text: string): number | undefined {
  FIELD_MARK.lastIndex = 0;
  for (let mark = FIELD_MARK.exec(text); mark; mark = FIELD_MARK.exec(text)) {
    const at = mark.index + mark[0].length;
    const field = text.slice(at);
    if (NUMERIC_DATE_FIELD.test(field) || labelledNumericDate(field)) return at;
  }
  return undefined;
}

/** Separators between a name and the date after it ("Ada Lee - 4 March 2025", "Ada Lee | 4 March 2025"). */
const NAME_DATE_SEPARATOR = /[\s,|·•–—-]+$/u;

/** A spaced Japanese name's opening, ideographs and a space (see `SPACED_JAPANESE_NAME`): most lines open otherwise. */
const SPACED_HAN_OPENING = /^\p{Script=Han}{1,3}\s/u;
/**
 * A word in katakana after the space: over a date it names a paper, a firm or a brand more often than a given name
 * ("北海 タイムス", "港 ニュース"), which Japanese writers print in ideographs or hiragana.
 */
const KATAKANA_AFTER_SPACE = /\s[\p{Script=Katakana}ー]+$/u;
/**
 * A mark between a spaced Japanese name and its date on one line ("佐藤 健 · 2025年7月11日"), or the line break over it
 * (`nameOverDateLine`): spaces alone also part a Chinese dateline's places or a wire and its city before the date
 * ("上海 浦东 2025-06-18", "新华社 北京 2025-06-18"), and two tags ("交通 出行 2025-06-18").
 */
const SPACED_NAME_DATE_MARK = /[|·•–—-]/u;
/**
 * The name before the date on its line when a mark parts the two (`SPACED_NAME_DATE_MARK`), or undefined: for names
 * read by their script, whose words may as well be a dateline's places or tags when a space alone parts them.
 * `dated`: as in `namesBeforeDate`.
 */
function nameBeforeMarkedDate(text: string, dated?: boolean, pageOrder?: NumericOrderSource): string | undefined {
  const at = dated ? findDate(text, pageOrder)?.at : dateStart(text, pageOrder);
  if (!at) return undefined;
  const name = text.slice(0, at).replace(NAME_DATE_SEPARATOR, "");
  return SPACED_NAME_DATE_MARK.test(text.slice(name.length, at)) ? name : undefined;
}

/**
 * The writer of a spaced Japanese name before its date, on the date's line or over it ("佐藤 健 · 2025年7月11日 9:30",
 * "佐藤 健" over "2025年7月11日"): the space, which no Japanese word holds, vouches for a name there as over a desk
 * (`spacedJapaneseName`), where an unspaced run of ideographs is as often a kicker's or a section's ("地域", "社会").
 * Undefined for any other line. `dated`: as in `namesBeforeDate`.
 */
function spacedJapaneseNameBeforeDate(text: string, dated?: boolean, pageOrder?: NumericOrderSource): Author[] | undefined {
  if (!SPACED_HAN_OPENING.test(text)) return undefined;
  const name = nameBeforeMarkedDate(text, dated, pageOrder);
  // A reporter's label before a name ("记者 李华") is the labelled byline's to read (`cjkByline`), without the label.
  if (name === undefined || KATAKANA_AFTER_SPACE.test(name) || CJK_LABEL.test(name.slice(0, name.search(WORD_SPACE)))) {
    return undefined;
  }
  return spacedJapaneseName(name);
}

/** A letter of a script with no capitals whose names Dateline reads alone by date: Arabic, Hebrew, Devanagari, Thai. */
const UNCASED_SCRIPT_OPENING = /^[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Thai}]/u;
/**
 * Whether a line opens in a script with no capitals (`UNCASED_SCRIPT_OPENING`): over the date a name there is read by
 * its words' script alone (`uncasedNameAlone`), which a short title in the same script has too.
 */
export function opensInUncasedScript(text: string): boolean {
  return UNCASED_SCRIPT_OPENING.test(text);
}
/**
 * A later word of a name opening with Arabic's or Hebrew's "and" (و, ו) glued to it, a given name's first letter
 * aside (`NAMES_OPENING_WITH_AND`): a section pairing two nouns ("صحة وجمال", "אוכל ומתכונים"), not a person.
 */
const GLUED_AND_WORD = new RegExp(`^[وו](?!(?:${NAMES_OPENING_WITH_AND})$|${HEBREW_DOUBLE_YOD})`, "u");
/** Fewest and most words of a name read by its script alone (`uncasedNameAlone`): a given name and up to three more. */
const MIN_UNCASED_NAME_WORDS = 2;
const MAX_UNCASED_NAME_WORDS = 4;
/** Words of letters and their vowel signs only, one space between them: no figure, no mark of a sentence or a label. */
const UNCASED_NAME_SHAPE = new RegExp(
  `^[\\p{L}\\p{M}]+(?: [\\p{L}\\p{M}]+){${MIN_UNCASED_NAME_WORDS - 1},${MAX_UNCASED_NAME_WORDS - 1}}$`,
  "u",
);
/** A line in one of those scripts throughout (Arabic and Hebrew taken together, as Dateline's other readers do). */
const UNCASED_SCRIPT_LINE = /^(?:[\p{Script=Arabic}\p{Script=Hebrew} ]+|[\p{Script=Devanagari} ]+|[\p{Script=Thai} ]+)$/u;
/**
 * Words no person's name holds that the short lines set over a page's date print in those scripts: a preposition or a
 * postposition, which headlines and sections hold ("في", in; "של", of; "में", in; "का", of), a date's label ("تحديث",
 * update; "עודכן", updated; "अपडेट", "प्रकाशित", published), a state's last word ("प्रदेश"), a picture's or a
 * video's credit ("تصوير", photo by; "צילום"; "फोटो"), and news and section words ("أخبار", news; "חדשות"; "عاجل").
 */
const UNCASED_NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  ..."في من على إلى عن مع بعد قبل خلال حول عبر ضد تحديث محدث نشر تاريخ آخر تصوير صورة صور فيديو أخبار خبر عاجل تقرير رأي مقال مقالات".split(
    " ",
  ),
  ..."شؤون اقتصاد رياضة ثقافة سياسة محليات منوعات".split(" "),
  ..."של על את עם אל גם לא אחרי לפני עודכן עדכון פורסם צילום וידאו חדשות מבזק כתבה דעה ספורט כלכלה תרבות".split(" "),
  ..."में का की के को से ने पर है हैं और प्रदेश अपडेट अपडेटेड प्रकाशित फोटो फ़ोटो तस्वीर वीडियो खबर ख़बर समाचार खेल व्यापार मनोरंजन".split(" "),
]);
/**
 * The writer of a name in a script with no capitals set alone over the date or before it after a mark ("سامر خليل" over
 * "11 فبراير 2025", "राकेश शर्मा · 21 मार्च 2025", "สมชาย ใจดี" over "2 ธันวาคม 2568"): two to four words of letters in
 * one script opening with a common given name (`opensWithGivenName`), none a word no name holds
 * (`UNCASED_NOT_NAME_WORDS`: "محمد في المدينة") nor a glued "and" after the first (`GLUED_AND_WORD`:
 * "يوسف وإخوته"), and ending in no body's word (`DEVANAGARI_NO_PERSON_END`). Undefined for any other line.
 */
function uncasedNameAlone(name: string): Author[] | undefined {
  if (!UNCASED_NAME_SHAPE.test(name) || !UNCASED_SCRIPT_LINE.test(name)) return undefined;
  const words = name.split(" ");
  if (!opensWithGivenName(name) || words.some((word) => UNCASED_NOT_NAME_WORDS.has(word))) return undefined;
  if (words.slice(1).some((word) => GLUED_AND_WORD.test(word)) || DEVANAGARI_NO_PERSON_END.test(name)) return undefined;
  return [{ type: "Person", name }];
}

/** The writer of a name in a script with no capitals before its date on one line, after a mark (`uncasedNameAlone`). */
function uncasedNameBeforeDate(text: string, dated?: boolean, pageOrder?: NumericOrderSource): Author[] | undefined {
  if (!UNCASED_SCRIPT_OPENING.test(text)) return undefined;
  const name = nameBeforeMarkedDate(text, dated, pageOrder);
  return name === undefined ? undefined : uncasedNameAlone(name);
}

/**
 * The authors named before the date on a line that holds nothing else before it ("Ada Lee 4 March 2025", "Ada Lee -
 * Mar 4, 2025 8:02 pm", "Ada Lee March 4, 2025 — 6 min read"): the byline and the date set on one line, without a "By".
 */
export function namesBeforeDate(text: string, dated?: boolean, pageOrder?: NumericOrderSource): Author[] | undefined {
  if (text.length > MAX_BYLINE_LENGTH) return undefined;
  if (!NAME_START.test(text)) {
    return spacedJapaneseNameBeforeDate(text, dated, pageOrder) ?? uncasedNameBeforeDate(text, dated, pageOrder);
  }
  // `dated`: the caller has found the line may hold a date (see `mayHoldDate`), and it is not asked again.
  const at = (dated ? findDate(text, pageOrder)?.at : dateStart(text, pageOrder)) ?? markedNumericDateStart(text);
  if (!at) return undefined;
  const before = text.slice(0, at).replace(NAME_DATE_SEPARATOR, "");
  // A date's label before the date ("Published Thursday 4 March 2025") is no name.
  if (PUBLISHED.test(before) || UPDATED.test(before)) return undefined;
  // The date's own short weekday opens it ("Ada Lee Thu 7 May 2026", "Ada Lee - Tue, March 4, 2026"), or any weekday
  // after a comma ("Ada Lee, Friday 14 March 2025"): the date's, not the name's. A whole weekday left among the names
  // ("Ana Domingo 14 March 2025" may be her name, or a tag's), or nothing but the weekday, makes no byline.
  const names = withoutDateWordsAtEnd(before.replace(WEEKDAY_BEFORE_DATE, ""), isWeekdayAfterComma);
  if (names === "" || WEEKDAY.test(names)) return undefined;
  // A date's label after the names is the date's ("Ann van der Berg Updated 4 March 2025": a name over a date line).
  const authors = parseNameLine(withoutDateLabelAtEnd(names));
  // Tags or a section before the name ("Science Ada Lee 4 March 2025") make more capitalised words than a name has.
  return authors?.every((author) => (author.name.match(CAPITALISED_WORD) ?? []).length <= MAX_NAME_CAPITALS_BEFORE_DATE)
    ? authors
    : undefined;
}

/**
 * The place a story was filed from, before the date on a date line and parted from it by a dash, a comma or a bar
 * ("Valencia - 4 mar 2026", "Porto Alegre, 4 de março de 2026"): one to three capitalised words, with a place's
 * particles between them ("Rio de Janeiro", "Vilanova do Mar", "Frankfurt am Main", "Castellón de la Plana").
 */
const PLACE_BEFORE_DATE =
  /^\p{Lu}[\p{L}'’.]*(?:[\s-](?:(?:de|do|da|dos|das|del|della|di|la|le|am|an|sur)\s+){0,2}\p{Lu}[\p{L}'’.]*){0,2}\s*[-–—,|·]\s*$/u;

/** The mark a name over a date line is joined to it by where the date's month is read after a mark only. */
const PAGE_MONTH_JOIN = " · ";

/**
 * The authors of a name set alone over a date line ("Ada Lee" over "4 March 2025"), read as one byline ("Ada Lee 4
 * March 2025"), but for a place the date line opens with (see `PLACE_BEFORE_DATE`): that is where the story was filed,
 * not more of the name ("Ada Lee" over "Valencia - 4 mar 2026" is Ada Lee). A weekday in that place's stead is read
 * with the name, as before, so a whole weekday still makes no byline; a date's label is left out either way.
 * `pageOrder` reads a numeric date only the page's order settles ("Valencia | 10/03/2024 - 23:02 h").
 */
export function nameOverDateLine(printedName: string, dateLine: string, pageOrder?: NumericOrderSource): Author[] | undefined {
  const at = dateStart(dateLine, pageOrder);
  if (at === undefined) return undefined;
  // A wire's initials or a national wire's name in capitals alone over the date line sign the story ("TT", "MTI",
  // "ANTARA" over "8 januari 2025 07:45"), as the wire prints its byline.
  if (WIRE_INITIALS_SET.has(printedName) || (NATIONAL_WIRE_SPELLINGS.has(printedName) && printedName === printedName.toUpperCase()))
    return [{ type: "Organization", name: printedName }];
  // Romanian's lower-case "de" ("by") before a person in full, read over the date line only, as its papers sign ("de
  // Andreea Popescu" over "4 martie 2025"): elsewhere the same line names a book's, a film's or a song's author under its
  // title ("La casa del faro" / "de Gabriel Montes").
  if (printedName.charCodeAt(0) === LOWER_D && printedName.startsWith(LOWER_DE)) return lowerCaseByline(printedName.slice(LOWER_DE.length));
  // A month only the page's language reads ("11 Mac 2026", "11 Dis 2026", see `pageLanguageMonth`): a Malay or an
  // Indonesian one, as only those languages have such months.
  const pageMonth = pageOrder !== undefined && dateStart(dateLine) === undefined;
  // "Oleh" before a name in full is the label where the date line prints Indonesian or Malay (`printsMalayDate`).
  const malayBy =
    MALAY_BY_BEFORE_LIST.exec(printedName) ??
    (MALAY_BY_BEFORE_FULL_NAME.test(printedName) && (pageMonth || printsMalayDate(dateLine)) ? MALAY_BY_OPENING.exec(printedName) : null);
  // "Oleh" before a list whose writer signs with one word ("Oleh Rina dan Budi Santoso"), or before places.
  const listed = malayBy ? printedName.slice(malayBy[0].length) : "";
  const signed = MALAY_NAMES_ALONE.test(listed) ? malayListAuthors(listed) : undefined;
  if (signed !== undefined) return signed ?? undefined;
  // Tagalog's and Swahili's "by" before a name in full ("Ni Maria Santos", "Na Amina Juma") is no part of it.
  const by = NAME_FIRST_BY.exec(printedName) ?? malayBy;
  const name = by ? printedName.slice(by[0].length) : printedName;
  const before = dateLine.slice(0, at);
  const filedFrom = PLACE_BEFORE_DATE.test(before) && !WEEKDAY.test(before);
  if (filedFrom && namesPlaceFiledFrom(name, before)) return undefined;
  // A time of day before the date, alone or after the date's label, is the date line's ("Published 7:15 p.m. ET Oct.
  // 3, 2023"), read with neither; after other words ("Video 3:12", "London 10:15,") it stays, so they join no name.
  const untimed = before.replace(TIME_BEFORE_DATE, "");
  const rest = untimed.replace(NAME_DATE_SEPARATOR, "");
  const timed = untimed !== before && (rest === "" || isDateLabel(rest));
  // Such a month is read after a mark only: the line break between the name and the date is one, so the two are joined
  // as a byline parts them ("Siti Aminah · 11 Mac 2026").
  // A spaced Japanese name over its date is joined so too, and a name in a script with no capitals: on one line they
  // sign before a mark only (`SPACED_NAME_DATE_MARK`).
  const join = pageMonth || SPACED_HAN_OPENING.test(name) || UNCASED_SCRIPT_OPENING.test(name) ? PAGE_MONTH_JOIN : " ";
  // A short weekday opening the date line ("Sun 21 Sep 2025", "Di. 21.09.2025", "Sáb 21 sep 2025") is the date's: the
  // line break parts it from the name, which it would otherwise end ("Li Sun" is a name only on one line). So is a
  // Vietnamese one ("Thứ tư, 14/05/2025"), as that paper's date line opens with it, under a name whose words tell a
  // person's (`opensWithGivenName`: "Trần Văn Hùng").
  const dayOpens = SHORT_WEEKDAY_ALONE.test(before) || (VIETNAMESE_WEEKDAY_ALONE.test(before) && opensWithGivenName(name));
  const readers = (dropBefore: boolean) =>
    namesBeforeDate(`${name}${join}${dropBefore ? "" : timed ? untimed : before}${dateLine.slice(at)}`, undefined, pageOrder);
  if (filedFrom || dayOpens) return readers(true);
  // A whole weekday elsewhere makes no byline of a name that does not sign with it (dt101: an event's listing, a death
  // notice or a show dates its title with one, "Peter Pan" over "Saturday, 14 June 2025", and a performer's name opens
  // with a given name as a writer's does); where the name signs all the same, the weekday is the date's, never the
  // name's last word ("Femke de Boer" over "Woensdag 14 mei 2025").
  const people = readers(false);
  return people !== undefined && WHOLE_WEEKDAY_ALONE.test(before) ? readers(true) : people;
}

/**
 * Tagalog "Ni" and Swahili "Na" ("by") before a name in full, set alone over the date line as those papers sign: two or
 * three capitalised words must follow, as the words open other names too ("Na Yeon", a Korean given name).
 */
const NAME_FIRST_BY = new RegExp(
  String.raw`^(?:${TAGALOG_BY}|${SWAHILI_BY})\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?$)`,
  "u",
);

/**
 * Malay and Indonesian "Oleh" ("by") before names joined by "dan" ("and"), set alone over the date line ("Oleh Mohd
 * Hafiz dan Aminah Yusof"): the label, not a given name. Alone before one name it stays the name's, as Ukrainian "Oleh"
 * is a given name ("Oleh Petrenko"), unless the date line prints Indonesian or Malay (`printsMalayDate`); the reader is
 * not told the page's language, and "dan" is the Malay list's word.
 */
const MALAY_BY_BEFORE_LIST = /^Oleh\s+(?=\p{Lu}.*\sdan\s+\p{Lu})/u;
/**
 * "Oleh" before two capitalised words or more ("Oleh Dewi Anggraini"): over an Indonesian or Malay date the label and a
 * name in full; before one word ("Oleh Petrenko") the Ukrainian given name and a family name, on any page. A comma
 * after the first word ends the name ("Oleh Petrenko, Kyiv": the given name and a family name before a place).
 */
const MALAY_BY_BEFORE_FULL_NAME = /^Oleh\s+\p{Lu}[^\s,]*\s+\p{Lu}/u;
/**
 * A month or a weekday only Indonesian or Malay dates print ("Agustus", "Ogos", "Kamis"). Months other languages share
 * ("Oktober", Dutch "mei", Norwegian "desember") are left out, so "Oleh" over them stays a given name.
 */
const MALAY_DATE_WORD =
  /\b(?:maret|agustus|mac|julai|ogos|disember|senin|selasa|rabu|kamis|khamis|jumat|jumaat|sabtu|minggu|isnin|ahad)\b/iu;
/** Indonesia's and Malaysia's time zones ("WIB", "WITA", "MYT"), which those countries' English papers print too. */
const MALAY_TIME_ZONE = /\b(?:wib|wita|myt)\b/iu;
/**
 * English's own words of a date: months and weekdays Indonesian and Malay spell otherwise, and a time's "am" or "pm"
 * ("Thursday, March 12, 2026, 9:15 am MYT", an English paper's date line in Kuala Lumpur).
 */
const ENGLISH_DATE_WORD =
  /(?<!\p{L})(?:january|february|march|june|july|august|october|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|[ap]\.?m)(?!\p{L})/iu;

/**
 * Whether a date line prints Indonesian or Malay, which tells "Oleh" ("by") over it from the Ukrainian given name: a
 * month or a weekday of theirs (`MALAY_DATE_WORD`), or their countries' time zone on a line with no English date word.
 */
function printsMalayDate(dateLine: string): boolean {
  return MALAY_DATE_WORD.test(dateLine) || (MALAY_TIME_ZONE.test(dateLine) && !ENGLISH_DATE_WORD.test(dateLine));
}

/** A word of a place's name, as `PLACE_BEFORE_DATE` reads one; a hyphenated name is one word ("Saint-Malo", not "Malo"). */
const PLACE_WORD = /\p{L}[\p{L}'’.-]*/gu;

/**
 * Whether a name-shaped line over a date line holds the place that date line was filed from (`place`, see
 * `PLACE_BEFORE_DATE`): a kicker naming the place's club, event or local section ("Real Madrid" over "Madrid | 10/03/2025",
 * "Kultur Hamburg" over "Hamburg, 4. März 2025"), not a writer, whose family name is seldom the town the story is from.
 */
function namesPlaceFiledFrom(name: string, place: string): boolean {
  // The whole place closes the kicker, as a club's or a section's name sets it: a writer's given name may be a word of the
  // place ("Paulo Silva" over "São Paulo, …", "Juan Pérez" over "San Juan | …") or the whole of it ("Sofia Lind" over "Sofia | …").
  const words = name.toLowerCase().split(" ");
  const placeWords = place.toLowerCase().match(PLACE_WORD) ?? [];
  const end = words.slice(-placeWords.length);
  return placeWords.length > 0 && end.length === placeWords.length && placeWords.every((word, k) => word === end[k]);
}

/** A time of day (see `TIME`) with the spaces after it, as a date line may print it before its date. */
const TIME_BEFORE_DATE = new RegExp(String.raw`${TIME.source}\s*`, "i");
/**
 * A weekday and an English part of the day ("Monday Morning", "Friday Night"), a time, never a person's name, though
 * a weekday is a given name ("Monday Okafor") and a part of the day a family name ("Ana Morning").
 */
const WEEKDAY_PART = new RegExp(String.raw`^(?:${WEEKDAY_NAMES})\s+(?:morning|afternoon|evening|night)$`, "iu");
/**
 * A short weekday alone, maybe with its dot or comma, in the languages Dateline reads dates in: English, German,
 * French, Spanish, Italian, Portuguese and Dutch ("Sun", "Di.", "mer.", "Sáb,", "gio", "qua", "zo").
 */
const SHORT_WEEKDAY_ALONE = new RegExp(
  `^(?:${SHORT_WEEKDAYS}|${SHORT_WEEKEND_DAYS}|mo|di|mi|do|fr|lun|mar|mer|jeu|ven|mié|mie|jue|vie|gio|sab|seg|ter|qua|qui|sex|ma|wo|vr|za|zo)\\.?,?\\s*$`,
  "iu",
);
const CAPITALISED_WORD = /(?:^|\s)\p{Lu}/gu;
/** Most capitalised words of a name set before the date: a given name, maybe a middle one, a family name. */
const MAX_NAME_CAPITALS_BEFORE_DATE = 3;

/**
 * A news agency's name as Chinese, Japanese and Korean pages print it in brackets after the date: a name ending in the
 * noun of a news agency ("…通信", "…通信社", "…通讯社") or the short names of the region's wires ("共同", "時事",
 * "新华社", "연합뉴스").
 */
const CJK_AGENCY = new RegExp(`^(?:\\p{Script=Han}{1,4}(?:通信社?|通讯社|通訊社)|${CJK_WIRE_SERVICES.join("|")})$`, "u");
/**
 * A national wire's name as it signs or in capitals ("Lusa", "LUSA", "Hina"), alone in the brackets where only an agency
 * signs (see `NATIONAL_WIRES`).
 */
const NATIONAL_WIRE_SPELLINGS: ReadonlySet<string> = new Set(NATIONAL_WIRES.flatMap((name) => [name, name.toUpperCase()]));
/**
 * A word of four letters or more in lower case: a wire's name capitalises its words ("Agence France-Presse"), where
 * a public body after the word for an agency is named in a phrase ("Agence régionale de santé").
 */
const LOWER_CASE_WORD = /(?:^|\s)\p{Ll}\p{L}{3,}/u;
/** A name in brackets at the end of a line, full-width or ASCII ("（共同通信）", "(Reuters)"); the name holds no bracket. */
const BRACKETED_AT_END = /[（(]([^（）()]{2,30})[）)]$/u;

/**
 * The agency that signs a story on its date line, in brackets after the date ("2025年3月5日 9時15分（共同通信）",
 * "5 marzo 2025 (ANSA)"): a wire (see `ORGANIZATION_AUTHOR`, `CJK_AGENCY`, `NATIONAL_WIRE_SPELLINGS`) after what is a date
 * line without it. Any other bracketed word there is a place, a weekday or a note, not an author.
 */
export function agencyAfterDate(text: string): Author[] | undefined {
  const bracketed = text.endsWith(")") || text.endsWith("）") ? BRACKETED_AT_END.exec(text) : null;
  if (!bracketed) return undefined;
  const name = bracketed[1]!.trim();
  if (!(CJK_AGENCY.test(name) || NATIONAL_WIRE_SPELLINGS.has(name) || (ORGANIZATION_AUTHOR.test(name) && !LOWER_CASE_WORD.test(name))))
    return undefined;
  return parseDateLine(text.slice(0, bracketed.index)) ? [{ type: "Organization", name }] : undefined;
}

/** The nouns for an author, capitalised as a label prints them ("Author", "Autor(?:in)?", "Auteur"), as a pattern's source. */
/** A label with its first letter in capitals, as a header prints it. */
function capitalised(label: string): string {
  return label[0]!.toUpperCase() + label.slice(1);
}
const CAPITALISED_AUTHOR_NOUNS = [...AUTHOR_NOUNS, ...COLON_AUTHOR_NOUNS].map(capitalised).join("|");
/**
 * An author's noun glued to the end of the names it labels ("By Ada LeeAuthor"): a label set for screen readers only,
 * after the link, which a copy prints with no space before it. Only after a lower-case letter, with its capital.
 */
const GLUED_AUTHOR_NOUN_END = new RegExp(`(?<=\\p{Ll})(?:${CAPITALISED_AUTHOR_NOUNS})$`, "u");

/**
 * A header's label glued to its value, as a copy prints a label set for screen readers only before the link or the
 * date ("AuthorAda Lee", "Published onMarch 4, 2025", "Veröffentlicht am4. März 2025", "Publié le4 mars 2025"): an
 * author's noun, or a date's label with its linking word. See `withGluedLabelParted`.
 */
const GLUED_HEADER_LABEL = new RegExp(
  `^(?:(?:${[...PUBLISHED_LABELS, ...UPDATED_LABELS].map(capitalised).join("|")}) (?:${DATE_LINK_ALTERNATION})|(?<noun>${CAPITALISED_AUTHOR_NOUNS}))(?=\\p{Lu}|\\d)`,
  "u",
);
/** The first letters of `GLUED_HEADER_LABEL`'s labels in capitals: a line opening with none is not asked. */
const GLUED_LABEL_OPENINGS: ReadonlySet<string> = new Set(
  [...PUBLISHED_LABELS, ...UPDATED_LABELS, ...AUTHOR_NOUNS, ...COLON_AUTHOR_NOUNS].map((label) => label[0]!.toUpperCase()),
);
/** A capital before a lower-case letter: a name's first letters. */
const NAME_OPENING = /^\p{Lu}\p{Ll}/u;

/** How far into a line a label's glued value may start: past the longest label and its linking word. */
const GLUED_LABEL_REACH = 40;

/**
 * Whether a line's opening (`GLUED_LABEL_REACH`) may glue a label to its value: a lower-case letter runs straight into
 * a capital or a digit, as a label glued to its value does ("onOctober", "am18."), or a letter past ASCII stands in it
 * (an umlaut or an accent, "Veröffentlicht", "Publié"), where the labels' pattern decides. Asked before that pattern,
 * which most lines that open with a label's first letter would otherwise meet ("A", "P", "U"); read a code unit at a
 * time, as a pattern's call and the opening's copy cost more than the reading.
 */
function gluesWords(text: string): boolean {
  const reach = Math.min(text.length, GLUED_LABEL_REACH);
  let afterLower = false;
  for (let at = 0; at < reach; at++) {
    const code = text.charCodeAt(at);
    if (code >= PAST_ASCII) return true;
    if (afterLower && ((code >= ASCII_CAPITAL_FIRST && code <= ASCII_CAPITAL_LAST) || isAsciiDigitAt(text, at))) return true;
    afterLower = code >= ASCII_LOWER_FIRST && code <= ASCII_LOWER_LAST;
  }
  return false;
}

/**
 * A line whose opening label is glued to its value (see `GLUED_HEADER_LABEL`), parted from it; any other line as it
 * is. The label is printed capitalised and ends in a lower-case letter, and its value opens with a capital or a digit:
 * a date's label with its linking word before a date ("Published onMarch"), an author's noun before a name ("AuthorAda
 * Lee"). A word that opens with a label's letters goes on in lower case ("Authorities", "Autorennen", "Published
 * online"), and a name's capital after an author's noun is followed by a lower-case letter. The parted line must read
 * as what the label announces, a date line or a byline of people named in full: a CamelCase name or a German gender
 * form opens a sentence or a heading of the story ("AuthorHouse printed the first run", "AutorInnen lesen vor",
 * "Posted onTrack is the service's name", "AuthorTube").
 */
export function withGluedLabelParted(text: string): string {
  if (text.length < 8 || text.length > MAX_BYLINE_LENGTH || !GLUED_LABEL_OPENINGS.has(text[0]!) || !gluesWords(text)) return text;
  const match = GLUED_HEADER_LABEL.exec(text);
  if (!match) return text;
  const label = match[0];
  const value = text.slice(label.length);
  if (match.groups!.noun === undefined) {
    const parted = `${label} ${value}`;
    return parseDateLine(parted) ? parted : text;
  }
  // An author's noun is parted by the colon a screen reader's label stands for, which the French, Italian, Spanish,
  // Turkish or Indonesian noun needs to label a byline ("Autore: Giulia Ferretti", see `COLON_AUTHOR_NOUNS`).
  if (!NAME_OPENING.test(value)) return text;
  const parted = `${label}: ${value}`;
  const authors = parseByline(parted);
  return authors && arePeopleInFull(authors) ? parted : text;
}

/**
 * German's "von … nach …" and "von … bis …" opening a line, in any case: from a place or a time to another ("Von Hamburg
 * nach Helgoland in zwei Stunden", "Von Montag bis Freitag …", "VON HAMBURG NACH HELGOLAND …"), where "von" reads "from",
 * not "by": no byline's name of one or two words goes on with "nach" or "bis" ("Von Anna Berg, Kiel", "Von Anna Berg
 * und Jan Holm", "Von Anna Berg aus Kiel"). But "nach" also reads "according to", where a byline names its source
 * ("Von Anna Berg nach Angaben der Polizei", "… nach einem Bericht von Radio Kiel", "… nach Recherchen von Jan Holm"):
 * the place after "nach" is a capitalised word, not an article, and the title goes on past it ("… in zwei Stunden",
 * "…: Die neue Fährlinie startet"), not with a source's article ("der", "von") and not at the line's end ("Von Anna
 * Berg nach Agenturberichten").
 */
export const FROM_TO =
  /^(?:[Vv]on|VON)\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?\s+(?:(?:bis|BIS)\s|(?:nach|NACH)\s+(?!(?:EINEM|EINER|EINES|DEM|DEN|DER|DES)\s)\p{Lu}[\p{L}.-]*(?![\p{L}.-])(?=\s*[:,;–—]|\s+(?!(?:der|des|dem|von|vom|zufolge|DER|DES|DEM|VON|VOM|ZUFOLGE)(?:\s|$))\S))/u;

/**
 * A headline in capitals opening with a Spanish or an Italian byline's word, then a word no name or desk opens with
 * ("POR FIN SE CIERRA LA LONJA", "POR QUÉ CIERRA …", "DI NUOVO CHIUSO …"): in lower case the word after the by-word
 * tells a title (`BY_BEFORE_LOWER_CASE` in headline.ts), in capitals only the word itself does.
 */
const CAPITAL_TITLE_OPENING = /^(?:POR\s+(?:FIN|QUÉ)|DI\s+NUOVO)\s+\p{Lu}/u;
/**
 * A line in capitals opening with a byline's word and a definite article of its language, then four words or more
 * ("POR EL MUELLE PASARÁN MENOS BARCOS", "PAR LA FENÊTRE DE LA VIEILLE HALLE", "VON DER HALLE ZUM KAI IN ZWEI JAHREN",
 * "DOOR DE REGEN GESLOTEN: DE OUDE VISMARKT"): a title's length. A desk or a signer after the article runs two or three
 * words ("POR EL DR. JUAN MARTÍNEZ", "PAR LES ÉDITIONS DU PORT", "PAR LE FIGARO AVEC AFP", "VON DER DPA"), and a longer
 * one holds a newsroom's word or a wire's name (`CAPITAL_SIGNER_WORD`, `WIRE_WORD`). Not the indefinite article: an
 * unnamed author's line ("POR UN COLABORADOR", "VON EINEM GASTAUTOR", "DOOR EEN MEDEWERKER"), as in lower case. Italian
 * "DI" takes no article (it joins one: "DEL", "DELLA"), and "DE" is Dutch's article only, not a Spanish or French
 * name's particle ("POR DE LA FUENTE"). Not English "BY THE": a desk's byline opens so as often as a title ("BY THE
 * HARBOUR DESK").
 */
const CAPITAL_ARTICLE_TITLE_OPENING =
  /^(?:POR\s+(?:EL|LA|LOS|LAS)|PAR\s+(?:LE|LA|LES)|VON\s+(?:DER|DIE|DAS|DEM|DEN|DES)|DOOR\s+(?:DE|HET))\s+\p{Lu}\S*(?:\s+\S+){3}/u;
/**
 * A word of a byline in capitals that signs for a newsroom or its people, anywhere in the line and inside a joined word
 * too ("VON DER LOKALREDAKTION", "DOOR DE ANP-REDACTIE", "POR LAS PERIODISTAS ANA RUIZ Y EVA SOLÉ", "VON DEN AUTOREN …",
 * "PAR LES ENVOYÉS SPÉCIAUX …", "POR LA ASOCIACIÓN DE VECINOS …"), or a title before a name ("DR.", "PROFESSEUR",
 * "DOKTOR"): the line is a byline, however long, as before titles in capitals were read (a title holding such a word
 * is left to it).
 */
const CAPITAL_SIGNER_WORD =
  /REDA[CKZ]|CORRESP|KORRESP|AUTOR|AUTEUR|JOURNALIST|PERIODIST|GIORNALIST|JORNALIST|REPORTER|ENVIAD|ENVOY|INVIAT|AGEN[CZT]|[ÉE]QUIP|STAFF|TEAM|KOLLEG|SERVICE|MEDEWERK|VERSLAGGEV|MITARBEIT|COLABORA|COLLABORA|ASOCIA|ASSOCIA|KOLLEKTIV|COLLECTI|COLECTIV|VEREIN|DOCT|DOKT|PROF|(?:^|\s)\p{Lu}{2,4}\.\s/u;
/** A wire service's name as a word of a line, in any case ("PAR LE MONDE AVEC AFP", "VON DER DPA UND DEM SID"). */
const WIRE_WORD = new RegExp(`(?:^|\\s)${WIRE_SERVICE_NAME}(?![\\p{L}\\p{N}])`, "iu");

/**
 * Whether a line opening with a byline's word is a title's opening instead: German "von … nach/bis" (`FROM_TO`), or a
 * headline in capitals whose word after the by-word no name opens with (`CAPITAL_TITLE_OPENING`) or is an article
 * before a title's length of words that sign for no newsroom, no person with a title and no wire
 * (`CAPITAL_ARTICLE_TITLE_OPENING`).
 */
export function opensTitleNotByline(text: string): boolean {
  return (
    FROM_TO.test(text) ||
    CAPITAL_TITLE_OPENING.test(text) ||
    (CAPITAL_ARTICLE_TITLE_OPENING.test(text) && !CAPITAL_SIGNER_WORD.test(text) && !WIRE_WORD.test(text))
  );
}

/**
 * The head noun of a public body's or an institution's name, whole ("Lanfield Council", "Kessel Police", "Polizei
 * Kessel", "Stiftung Hafen", "Gemeente Zandvoort", "Stichting Haven"): an author so named is an organisation, however a
 * byline's reader read it. English, German and Dutch set it anywhere in the name; French, Spanish, Italian and
 * Portuguese set it first ("Ville de Brenne", "Conseil régional", "Ayuntamiento de Lora", "Comune di Vallo", "Câmara
 * Municipal de Serra"), where a person's family name never stands, so "Alberto Consiglio" and "Jean Conseil" stay people.
 * A team named with "Team" first ("Team Harlow", English, German and Dutch alike) is a group, never a person: "Team"
 * is no one's given name. An office or a desk that signs for its body is one too ("Press Office", "Pressestelle der
 * Stadt Kessel", "Afdeling Communicatie", "Service de presse", "Oficina de Prensa", "Ufficio stampa", "Assessoria de
 * Imprensa", "Biuro Prasowe"): "Bureau" only first and before "de", as it is a French family name too ("Jean Bureau").
 * Words that are people's names too are left out ("Trust", a given name, "Trust Moyo", and a family name, "Rose
 * Trust"; "Stadtrat" and "Gemeinderat", a councillor's title before a name, "Stadtrat Anna Berger") or asked with the
 * word after them ("Ville", a Finnish given name, only before "de"; "Câmara", a family name, only before "Municipal").
 */
/** English head nouns of a body or an office ("Lanfield Council", "Press Office", "Department of Health"). */
const ENGLISH_BODY_NOUNS =
  "council|department|ministry|agency|police|university|hospital|association|foundation|authority|office|newsroom|secretariat|directorate";
const BODY_HEAD_NOUN = new RegExp(
  `(?:^|\\s)(?:${ENGLISH_BODY_NOUNS}|polizei|universität|klinikum|krankenhaus|stiftung|verband|verein|ministerium|behörde|stadtverwaltung|gemeinde|gemeente|politie|universiteit|ziekenhuis|stichting|vereniging|ministerie|pressestelle|pressebüro|abteilung|afdeling|persdienst)(?=\\s|$)|^(?:team|conseil|gendarmerie|université|hôpital|fondation|ministère|agence|mairie|préfecture|ville de|ayuntamiento|policía|universidad|asociación|fundación|ministerio|agencia|consejo|comune|polizia|università|ospedale|associazione|fondazione|ministero|agenzia|consiglio|prefeitura|polícia|universidade|associação|fundação|ministério|agência|conselho|câmara municipal|service de presse|bureau de|direction|secrétariat|oficina|gabinete|departamento|dirección|secretaría|ufficio|dipartimento|direzione|segreteria|assessoria|secretaria|direção|biuro|urząd|ministerstwo|departament|wydział|zespół)(?=\\s|$)`,
  "iu",
);

/**
 * The authors, each person whose name holds a body's head noun (`BODY_HEAD_NOUN`: "Lanfield Council", "Polizei
 * Kessel") typed as an organisation; the same list when none does.
 */
export function withBodiesTyped(authors: Author[]): Author[] {
  if (!authors.some((author) => author.type === "Person" && namesBody(author.name))) return authors;
  return authors.map((author) => (author.type === "Person" && namesBody(author.name) ? { ...author, type: "Organization" } : author));
}

/** Whether a name holds a body's head noun (`BODY_HEAD_NOUN`): a body's, or an office's that signs for one. */
function namesBody(name: string): boolean {
  return BODY_HEAD_NOUN.test(name);
}

/** A word that is an English body's noun (`ENGLISH_BODY_NOUNS`), in any case. */
const ENGLISH_BODY_NOUN_WORD = new RegExp(`^(?:${ENGLISH_BODY_NOUNS})$`, "iu");

/**
 * Whether a title-case line alone names a body the way one signs (`namesBody`), not a heading whose English body noun
 * has a capitalised word after it, a modifier ("Council Tax Changes", "Office Hours Extended", "Post Office Closures"):
 * English sets a body's head noun last ("Lanfield Council", "Press Office") or before "of" or "for" ("Department of
 * Health").
 */
export function signsAsBody(name: string): boolean {
  if (!namesBody(name)) return false;
  const words = name.split(/\s+/u);
  return !words.some((word, at) => ENGLISH_BODY_NOUN_WORD.test(word) && CAPITAL_OPENING.test(words[at + 1] ?? ""));
}

/**
 * A noun for the piece before a writing verb's label and the names on one line ("Article written by Ada Lee", "Artikel
 * geschrieben von: Anna Berger", "Article écrit par : Ada Lemaire", "Artículo escrito por Ana Ruiz", "Articolo scritto da
 * Lia Rossi", "Artikel geschreven door Els de Boer"): the noun, which the line's byline reads without (as
 * find-header.ts's `PIECE_WRITTEN_BY_LINE` reads the label alone on its line). The label (first group) and its colon
 * (second) are kept for `pieceNounBeforeLabel`.
 */
const PIECE_NOUN_BEFORE_WRITTEN_BY = new RegExp(
  `^(?:${PIECE_NOUNS.join("|")})\\s+(?=(${WRITTEN_BY_PHRASES.join("|")})(\\s*:)?\\s+\\S)`,
  "iu",
);
/**
 * The piece's noun before a writing label opening a byline's line (`PIECE_NOUN_BEFORE_WRITTEN_BY`), when the label is
 * in lower case or has its colon ("Article written by Ada Lee", "Post Written By: Ada Lee"): a label in title case
 * without a colon is a headline's words ("Article Written By ChatGPT Fools Editors", "Story Written By Students Wins
 * Award"), and a line ending as a sentence does (`SENTENCE_END`) is the story's ("Story written by Tom Hale in 2019
 * was later retracted."), where the noun is the sentence's subject. Undefined otherwise.
 */
function pieceNounBeforeLabel(text: string): string | undefined {
  const piece = opensWithPieceNoun(text) ? PIECE_NOUN_BEFORE_WRITTEN_BY.exec(text) : null;
  return piece && (piece[2] !== undefined || piece[1] === piece[1]!.toLowerCase()) && !SENTENCE_END.test(text) ? piece[0] : undefined;
}
/**
 * Whether a line opens with a piece's noun's first two letters ("St" of "Story", "Ar" of "Article", "Artikel", "Artículo",
 * "Po" of "Post", "Be" of "Beitrag"), in any case: most lines do not, and are spared `PIECE_NOUN_BEFORE_WRITTEN_BY`.
 */
export function opensWithPieceNoun(text: string): boolean {
  const first = text.charCodeAt(0) | ASCII_CASE_BIT;
  const second = text.charCodeAt(1) | ASCII_CASE_BIT;
  return (
    (first === LOWER_S && second === LOWER_T) ||
    (first === LOWER_A && second === LOWER_R) ||
    (first === LOWER_P && second === LOWER_O) ||
    (first === LOWER_B && second === LOWER_E)
  );
}
/** The code units of the letters a piece's noun opens with (see `opensWithPieceNoun`). */
const LOWER_A = 0x61;
const LOWER_B = 0x62;
const LOWER_E = 0x65;
const LOWER_O = 0x6f;
const LOWER_P = 0x70;
const LOWER_R = 0x72;
const LOWER_S = 0x73;
const LOWER_T = 0x74;

/**
 * Titles, forms of address, pronouns and a writer's nouns in Indonesian and Malay ("Presiden", "Gubernur", "Ibu",
 * "Bapak", "Dia", "Beliau", "Saya", "Penulis", "Wartawan"): alone after "Oleh" ("Oleh Presiden - 12 Agustus 2026") a
 * sentence's subject or a desk's word, nobody's name; before a name ("Oleh Ibu Rina - …") the title is the name's.
 */
const MALAY_ROLE_WORDS =
  "presiden|wapres|menteri|gubernur|bupati|walikota|wali|camat|lurah|ketua|kepala|direktur|pengarah|ibu|bapak|pak|bu|" +
  "tuan|puan|encik|cik|dia|beliau|ia|saya|aku|kamu|anda|engkau|kalian|penulis|wartawan|pewarta|jurnalis|kontributor|" +
  `koresponden|penyunting|editor|${SITE_ACCOUNT_WORDS.join("|")}`;
/**
 * A title, a pronoun or a writer's noun alone (`MALAY_ROLE_WORDS`), perhaps with "our" after it ("Wartawan Kami", our
 * reporter, a desk's title as "By Our Reporter" is), before a mark or the text's end.
 */
const MALAY_ROLE_ALONE = new RegExp(`^(?:${MALAY_ROLE_WORDS})(?:\\s+(?:kami|kita))?(?=\\s*(?:[,|·•–—-]|$))`, "iu");
/** The police, the government and the nouns a public body's or an agency's name opens with, in Indonesian and Malay. */
const MALAY_PUBLIC_BODY_NOUNS = "polisi|kepolisian|pemerintah|kerajaan|kementerian|dinas|kantor|badan|jabatan|lembaga|pejabat";
/**
 * Words after "Dilaporkan oleh" or "Oleh" ("(reported) by") that make the line a report's source or a title, not a
 * byline: the residents, the readers, the teachers, "us", the police or the government ("Dilaporkan oleh Warga
 * Setempat", "Dilaporkan oleh Polisi Setempat"), a public body's or an agency's noun opening its name (ministry,
 * service, office, board, department, institute, Malay's office and Indonesian's officials, "pejabat": "Dilaporkan oleh
 * Dinas Perhubungan Kota", "Dilaporkan oleh Pejabat Jabatan Kesihatan", "Dilaporkan oleh Kantor Berita …"), an
 * institution's head noun (a university, a council or parliament, a court, a commission, a party, a bank, a school, a
 * foundation, a regional police or government: "Oleh Universitas Wrenmouth - …", "Oleh Dewan Kota - …"), the souvenirs'
 * doubled word spaced ("Oleh Oleh Khas Wrenmouth - …", a shop's teaser), a clause's words later in the line ("untuk",
 * "yang", "dari"), and a title, a pronoun or a writer's noun alone before a mark or the line's end
 * (`MALAY_ROLE_WORDS`).
 */
const MALAY_BY_NOT_NAME = new RegExp(
  `^(?:karena|kerana|sebab|itu|ini|para|sang|kami|kita|mereka|warga|pembaca|semua|pihak|${MALAY_PUBLIC_BODY_NOUNS}|universitas|universiti|dewan|majelis|mahkamah|pengadilan|komisi|suruhanjaya|partai|parti|bank|sekolah|yayasan|polda|polres|pemprov|pemkot|pemkab|pemda|oleh)\\b|\\s(?:untuk|yang|dari|kepada|itu|ini|adalah)(?:\\s|$)` +
    `|${MALAY_ROLE_ALONE.source}`,
  "iu",
);
/**
 * A public body's name alone after "Dilaporkan oleh", in capitalised words ("Dinas Pendidikan Provinsi Jawa", "Jabatan
 * Meteorologi Negeri"): the header's credit line of a body's report, which signs no one yet stands where a byline does,
 * so it is read as a byline with no writer, not left for a title (its longer words outscored the headline over it).
 */
const MALAY_PUBLIC_BODY_ALONE = new RegExp(`^(?:${MALAY_PUBLIC_BODY_NOUNS})\\s`, "iu");
/**
 * Whether the names after a Malay "… oleh" label ("Dilaporkan oleh", "Diposting oleh") are a public body's alone
 * (`MALAY_PUBLIC_BODY_ALONE`), no sentence's clause.
 */
function creditsPublicBodyAlone(names: string, text: string): boolean {
  const name = names.trim();
  return MALAY_PUBLIC_BODY_ALONE.test(name) && CAPITALISED_NAME.test(name) && !SENTENCE_END.test(text);
}
/** Indonesian's and Malay's "by" closing a label of a verb's passive ("Dilaporkan oleh", "Diposting oleh"). */
const MALAY_LABEL_BY = " oleh";
/** Languages whose "Oleh" is "by" (Indonesian, Malay): elsewhere it is a Ukrainian given name ("Oleh Petrenko"). */
const MALAY_BY_LANGUAGES: ReadonlySet<string> = new Set(["id", "ms"]);
/** Indonesian and Malay "Oleh:" ("by") with its colon, as a byline's opening prints it. */
const MALAY_COLON_BY_OPENING = /^oleh\s*:\s*$/iu;
/** Indonesian and Malay "Oleh" ("by") before a capitalised word, opening the line. */
const MALAY_BY_OPENING = /^Oleh\s+(?=\p{Lu})/u;

/** A name after "Oleh": one to four capitalised words ("Rina", "Budi Santoso"), or one word in capitals ("ANTARA"). */
const MALAY_NAME = String.raw`\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,3}|\p{Lu}{2,}`;
/** What joins two names after "Oleh": a comma, or Indonesian's and Malay's "and" in lower case ("Rina dan Budi"). */
const MALAY_NAMES_JOIN = /,\s*|\s+dan\s+/u;
/** Names after "Oleh" (see `MALAY_NAME`, `MALAY_NAMES_JOIN`), as a pattern source. */
const MALAY_NAMES = `(?:${MALAY_NAME})(?:(?:${MALAY_NAMES_JOIN.source})(?:${MALAY_NAME}))*`;
/** Names after "Oleh" and a mark after them, a comma, a dash or a bar ("Rina - ", "Rina dan Budi Santoso · "). */
const NAMES_BEFORE_MARK = new RegExp(String.raw`^(${MALAY_NAMES})\s*[,|·•–—-]\s*`, "u");
/** Names after "Oleh" (see `NAMES_BEFORE_MARK`) filling the text, as a line set alone over the date line holds them. */
const MALAY_NAMES_ALONE = new RegExp(`^${MALAY_NAMES}$`, "u");
/**
 * One word after a comma ending the names after "Oleh" ("Oleh Rina, Jakarta - …", "Oleh Rina, Wartawan - …", "Oleh Rina
 * dan Budi, Kompas - …"): where the piece was filed, the writer's role or the outlet, as after "By" a comma sets them;
 * a list's one-word writer comes before "dan" ("Oleh Ahmad, Budi dan Citra - …").
 */
const ONE_WORD_AFTER_COMMA_END = /,\s*(?:\p{Lu}\p{Ll}+|\p{Lu}{2,})$/u;
/** A word in capitals: after "Oleh" an agency's as it signs ("ANTARA"), or a kicker's, which signs no one. */
const WORD_IN_CAPITALS = /^\p{Lu}+$/u;

/**
 * The author a name after "Oleh" stands for, in a list before a mark and the date: an agency or a newsroom as an
 * Organization ("Antara", "ANTARA", "Redaksi", `isOrganizationName`), any other word in capitals none (undefined), else
 * a person.
 */
function malayByAuthor(name: string, alone: boolean): Author | undefined {
  if (isOrganizationName(name, alone)) return { type: "Organization", name };
  // A paper named after the city it prints in ("Jakarta Post", "Surabaya Herald") is no person of that name.
  const city = PAPER_AFTER_CITY.exec(name)?.[1];
  if (city !== undefined && MALAY_REGION_PLACES.has(city.toLowerCase())) return { type: "Organization", name };
  return WORD_IN_CAPITALS.test(name) ? undefined : { type: "Person", name };
}

/**
 * The authors of names after "Oleh" joined by commas or "dan" (`MALAY_NAMES_JOIN`: "Rina dan Budi Santoso", a comma's
 * one word at the end cut, see `ONE_WORD_AFTER_COMMA_END`), when one of them signs with one word: the label vouches
 * for it, where the name reader takes persons of two words or more. Null when a part stands for no writer: a body, the
 * residents or a clause (`MALAY_BY_NOT_NAME`); none (a byline's line that signs no one) when a part is a place the
 * papers writing Indonesian or Malay file from (`MALAY_REGION_PLACES`: "Oleh Jakarta dan Bandung - …", "Oleh Ipoh -
 * …"). A site's account (`SITE_ACCOUNT_ALONE`) beside writers is dropped, and the writers left sign in full. Undefined,
 * for the name reader, when no part has one word or one reads as no one's (`malayByAuthor`).
 */
function malayListAuthors(listed: string): Author[] | null | undefined {
  const listedParts = listed.replace(ONE_WORD_AFTER_COMMA_END, "").split(MALAY_NAMES_JOIN);
  // A site's account beside a writer ("Oleh Admin dan Rina Sari") signs no one: the writer signs alone.
  const writers = listedParts.filter((part) => !SITE_ACCOUNT_ALONE.test(part));
  // The label vouches for no one-word writer left ("Oleh Admin dan Pengunjung": the site's visitors), nor alone.
  const accountLeft = writers.length > 0 && writers.length < listedParts.length && writers.every((part) => part.includes(" "));
  const parts = accountLeft ? writers : listedParts;
  if (parts.some((part) => MALAY_BY_NOT_NAME.test(part))) return null;
  if (parts.some((part) => MALAY_REGION_PLACES.has(part.toLowerCase()))) return [];
  const signed = parts.map((part) => malayByAuthor(part, parts.length === 1)).filter((author) => author !== undefined);
  return (accountLeft || parts.some((part) => !part.includes(" "))) && signed.length === parts.length ? signed : undefined;
}

/** Whether names after "Oleh" before a mark name a place (see `malayListAuthors`): "Jakarta dan Bandung - …". */
function malayPlacesBeforeMark(names: string): boolean {
  const listed = NAMES_BEFORE_MARK.exec(names);
  return listed !== null && malayListAuthors(listed[1]!)?.length === 0;
}

/**
 * The authors of a line on a page in `language` (its code): `parseByline`'s, but for an Indonesian or Malay page's line
 * opening with "Oleh" ("by") and a space, which reads only as names before a date ("Oleh Budi Santoso - 12 Agustus
 * 2026"): without the label the names would read before the date with "Oleh" in them. A bare "Oleh" opens title-case
 * headlines too ("Oleh Pemerintah Pusat, Dana Desa Ikut Dikurangi"), so the line must print a date beside the names,
 * and each person's name must have two words or more, or one alone before a mark and the date; the government, the
 * residents or a clause after "Oleh" (`MALAY_BY_NOT_NAME`) sign no one.
 */
export function pageByline(text: string, language: string, dated?: boolean): Author[] | undefined {
  // Romanian signs with a lower-case "de" ("by") as French with "par" ("de Ioana Popescu"), on its own line too; on
  // other pages the word is a preposition, read as a byline's only over a date line (`nameOverDateLine`).
  const romanian = language === ROMANIAN && text.startsWith(LOWER_DE) ? lowerCaseByline(text.slice(LOWER_DE.length)) : undefined;
  if (romanian) return romanian;
  const by = MALAY_BY_LANGUAGES.has(language) ? MALAY_BY_OPENING.exec(text) : null;
  if (!by) return parseByline(text, dated);
  const names = text.slice(by[0].length);
  if (MALAY_BY_NOT_NAME.test(names)) return undefined;
  // Writers of whom one signs with one name, before a mark and the date ("Oleh Rina - 12 Agustus 2026", "Oleh Rina dan
  // Budi Santoso - …"): the label and the date vouch for the name, which a title's "Oleh" prints neither of. The
  // newsroom's one word ("Oleh Redaksi - …") and an agency's ("Oleh Antara - …") are no person's.
  const listed = NAMES_BEFORE_MARK.exec(names);
  if (listed && parseDateLine(names.slice(listed[0].length))) {
    const signed = malayListAuthors(listed[1]!);
    if (signed !== undefined) return signed ?? undefined;
  }
  const authors = namesBeforeDate(names, dated);
  return authors?.every((author) => author.type !== "Person" || author.name.includes(" ")) ? authors : undefined;
}

/**
 * "By Jane Doe and John Roe" → two people; none for a byline that signs with a desk's title only ("By Our Political
 * Correspondent"), still a byline's line; undefined when the line is not a byline. `dated`: what `mayHoldDate` says of
 * the line, when the caller has asked it already (the classifier asks it once for both readers). `marked`: the page's
 * markup calls the line a byline, which vouches for a person in the fields after the names with no date after them
 * ("By Ada Lee · Sam Ray", see `authorsInFields`).
 */
export function parseByline(text: string, dated?: boolean, marked = false): Author[] | undefined {
  if (text.length > MAX_BYLINE_LENGTH) return undefined;
  const source = text.includes(":") ? SOURCE_BYLINE.exec(text) : null;
  if (source) {
    const wires = wiresNamed(source[1]!);
    if (wires) return wires;
  }
  const fromNewsroom = italianNewsroomFrom(text);
  if (fromNewsroom) return fromNewsroom;
  const match = opensLikeLabelledByline(text) ? text.match(BYLINE) : null;
  if (match) {
    // "VON HAMBURG NACH HELGOLAND …" is a title in capitals, not "VON" and a name of six words.
    if (opensTitleNotByline(text)) return undefined;
    const { label: printedLabel, reporter, names } = match.groups!;
    const label = printedLabel?.toLowerCase();
    const keeperLabel = label !== undefined && TEAM_BY_SET.has(label);
    // A keeper's label of words in title case or capitals ("A Post By The Harbour Echo Team", "A Cura Della Regione")
    // opens a title: a byline prints the words after its first in lower case.
    if (keeperLabel && LATER_WORD_CAPITALISED.test(printedLabel!)) return undefined;
    const body = label !== undefined && PIECE_BY_SET.has(label) ? creditedBody(names!) : undefined;
    if (body) return [body];
    // A transcript's speaker in capitals ("REPORTER: …") is no byline's label.
    if (reporter !== undefined && reporter === reporter.toUpperCase()) return undefined;
    if (label !== undefined && PUBLISHING_BY_SET.has(label) && isPublicBodyName(names!.trim())) return undefined;
    // A document described in a story's sentence ("Redatto da Lia Rossi e Marco Bini, il rapporto è stato …", "Ditulis
    // oleh Rina Sari, surat tersebut meminta …"): Indonesian and Malay passives open sentences as the drafting verbs do.
    const malayLabel = label?.endsWith(MALAY_LABEL_BY) === true;
    if (label !== undefined && (DRAFTED_BY_SET.has(label) || malayLabel) && SENTENCE_END.test(text)) return undefined;
    // The other verbs' labels name a piece's writer before its sentence goes on ("Written by Jane Doe, the report asks
    // …", "Publié par Léa Morel, le rapport demande …"): a clause after the comma, no role.
    if (label !== undefined && VERB_BY_SET.has(label) && goesOnAsSentence(text, names!)) return undefined;
    const opening = text.slice(0, text.length - names!.length);
    const named = parseNames(names!.replace(GLUED_AUTHOR_NOUN_END, ""), readsEnAsAnd(label, opening), marked);
    // A site's account ("Posted by admin", "By Webmaster", "By Admin, Jo Lee"), as blogs sign, is no writer: alone it
    // leaves the byline's line, signing no one; after a given name ("Jo Admin") the word is a family name.
    const authors = named?.filter((author) => !SITE_ACCOUNT_ALONE.test(author.name));
    // The account word and one noun opening more parts none of which is a short person's name ("By Moderator Request,
    // Forum Closes …") open a headline's phrase; alone, before a name ("By Admin Staff", "By Moderator Jane Doe") or beside a
    // person ("By Admin Team, Jane Doe", "By Jane Doe and Moderator Kim"), they stay the name reader's.
    if (authors && authors.length > 1 && SITE_ACCOUNT_BEFORE_NOUN.test(authors[0]!.name) && !authors.slice(1).some(isPersonBesideAccount))
      return undefined;
    if (named?.length && authors!.length === 0) return [];
    // "By Monday Morning, The Council Had Voted": a deadline's "by" before a part of a day, in a title-case headline.
    if (authors?.some((author) => WEEKDAY_PART.test(author.name))) return undefined;
    // Indonesian and Malay "Dilaporkan oleh", "Diposting oleh" … before the residents, the readers or a clause
    // ("Dilaporkan oleh Warga Setempat", "Dikirim oleh Pembaca"): a report's source in a title, no writer
    // (`MALAY_BY_NOT_NAME`). An agency named in capitalised words after its noun ("Kantor Berita Antara") is no public
    // body's office, whatever nouns that list holds; a clause after it ("… yang mengutip polisi setempat") is still the
    // list's.
    if (malayLabel && MALAY_BY_NOT_NAME.test(names!) && !(authors && signsWithAgencyAfterCredit(authors, text))) {
      return creditsPublicBodyAlone(names!, text) ? [] : undefined;
    }
    // A Vietnamese label before a city's name ("Bài: Hà Nội", "Bài: Nha Trang", two syllables as a pen name) or one
    // capitalised syllable ("Bài: Huế": a person signs with two or more): where the piece was filed, on the byline's
    // line, which signs no one.
    if (authors && VIETNAMESE_LABEL_OPENING.test(opening) && authors.every(isVietnameseFilingPlace)) return [];
    if (authors && !labelVouchesFor(opening, names!, label, authors)) return undefined;
    // Portuguese "pelo"/"pela" before capitalised words opens a title ("Pelo Rio Abaixo", "Pela Primeira Vez"): a
    // byline prints a post in lower case before the name ("Pelo correspondente Rui Lopes"), or a newsroom's noun
    // ("Pela Redação do Jornal Quelmar").
    if (label !== undefined && ARTICLE_BY_WORDS.has(label) && !LOWER_CASE_OPENING.test(names!) && !(authors && isNewsroomAlone(authors))) {
      return undefined;
    }
    const credited = reporter !== undefined || (label !== undefined && CREDIT_LABEL_SET.has(label));
    // A keeper's label before a public body or an institution ("A cura del Comune di Verona", "A cura della Fondazione
    // Arena"): an exhibition's, an event's or a notice's organiser, no byline's writer, though the name has a person's shape.
    if (keeperLabel && authors?.some(isInstitutionNamed)) return undefined;
    if (!credited || (authors && arePeopleInFull(authors, isPlainPersonInFullNoBody))) return authors;
    if (authors && signsWithAgencyAfterCredit(authors, text)) return authors;
    // A keeper's label before a newsroom or a team alone ("A cura della redazione", "A post by the Harbour Echo team").
    if (keeperLabel && authors !== undefined && isNewsroomAlone(authors)) return authors;
    // The writer's post is a byline's own words: without a person in full after it ("By our correspondent in Kyiv"),
    // the line still signs the story, naming no one (as "By Our Political Correspondent" does).
    return label !== undefined && CORRESPONDENT_BY_SET.has(label) ? [] : undefined;
  }
  const piece = pieceNounBeforeLabel(text);
  if (piece !== undefined) return parseByline(text.slice(piece.length), dated, marked);
  const cjk = cjkByline(text) ?? uncasedByline(text) ?? greekGenitiveByline(text);
  if (cjk) return cjk;
  const reporter = vietnameseReporterByline(text);
  if (reporter) return [reporter];
  // "Monday 3 March 2025 by Jane Doe", "3 March 2025 · 4 min read · By Jane Doe": a date line, then the byline.
  // What is left needs a date in the line; most lines hold none, and this test is far cheaper than the patterns.
  if (!(dated ?? mayHoldDate(text))) return undefined;
  const by = dateLineThenBy(text);
  if (by) {
    // A labelled numeric date reading either way ("Posted on 03/09/2025 by …") is a date line all the same: its order
    // is the page's to settle (`bylineDate`), and the name after it is the byline's whatever the order.
    return parseDateLine(by.date) || isLabelledNumericDateAlone(by.date) ? parseNames(by.names, readsEnAsAnd(by.label), true) : undefined;
  }
  return namesBeforeDate(text, true) ?? agencyAfterDate(text);
}

/**
 * A line's date part and names around its "by" (see `DATE_THEN_BY`) where that word counts as a byline's: "by" after
 * any date line, the other languages' words after a "published" label only. Undefined for no such word.
 */
function dateLineThenBy(text: string): { date: string; names: string; label: string } | undefined {
  const by = DATE_THEN_BY.exec(text);
  const label = by?.groups?.label?.toLowerCase();
  if (!by || label === undefined) return undefined;
  const counts = NORDIC_BY_WORDS.includes(label) ? NORDIC_PUBLISHED.test(text) : label === "by" || PUBLISHED.test(text);
  return counts ? { date: text.slice(0, by.index), names: text.slice(by.index + by[0].length), label } : undefined;
}

/** Whether a text is a labelled slashed or hyphenated date alone ("Posted on 03/09/2025"), in either order. */
function isLabelledNumericDateAlone(text: string): boolean {
  return LABELLED_NUMERIC_DATE.exec(text)?.[0].length === text.length;
}

/** The Slavic and Dutch text's label ("Tekst:", "Текст:"; see `TEXT_LABELS`), as a byline's opening prints it. */
const TEXT_LABEL_OPENING = /(?:текст|tekst)\s*:\s*$/iu;
/**
 * Words of the text label's languages that stand in no person's name, in any case: articles, prepositions, pronouns
 * and joins of Dutch, Norwegian, Danish, Swedish and Polish, which a song's, a poem's or a book's title capitalises
 * ("Tekst: Zomer In De Stad", "Tekst: Het Lied van de Zee", "Tekst: Sommer I Byen", "Tekst: Jesień W Mieście",
 * "Tekst: Piosenka Dla Mamy"), and Polish's salutation over a letter's or a form's text ("Tekst: Szanowni Państwo").
 * Not the particles of Dutch and Flemish family names ("de", "van", "der", "den", "ter": "Kristof De Smet").
 */
const TEXT_LABEL_NO_NAME_WORD = new RegExp(
  `^(?:${[
    "het|een|in|op|voor|naar|uit|met|aan|bij|om|over|onder|zonder|tot|wij|we|ik|jij|zij|mijn|ons|onze|niet|als|en|of",
    "i|på|og|och|et|ett|ei|til|till|med|av|for|för|fra|från|mot|min|din|vår|jeg|jag|vi|du|det|som|ved",
    "w|na|dla|do|z|ze|o|od|po|za|nad|pod|przy|bez|u|a|oraz|mój|moja|nasz|nasza|nie|jak|to|się|szanown[aeiy]",
  ].join("|")})$`,
  "iu",
);
/**
 * A Dutch family name's article in lower case after its first word ("Op de Beeck", "Uit den Bogaard", "Aan de Stegge",
 * "Bij de Vaate"): the preposition before it is the name's, where a title in capitals writes "Op De Dijk".
 */
const DUTCH_NAME_ARTICLE = /^(?:de|den|der|het|'t|’t|ter|ten|te)$/u;
/** Capitalised words of a person's name after the text's label, particles aside: a given name and one to three more. */
const TEXT_LABEL_NAME_WORDS = { min: 2, max: 4 };
const CAPITALISED_WORDS = /(?<!\S)\p{Lu}/gu;
/**
 * Whether a name after the text's label holds a title's word (`TEXT_LABEL_NO_NAME_WORD`) before its last word and
 * not as a family name's preposition (`DUTCH_NAME_ARTICLE`): the last word is a family name, which may be spelt as one
 * ("Ewa Do", "Anna Till", "Lars Min").
 */
function holdsTitleWord(name: string): boolean {
  const words = name.split(WHITE_SPACE_RUN);
  return words.some(
    (word, index) => index < words.length - 1 && TEXT_LABEL_NO_NAME_WORD.test(word) && !DUTCH_NAME_ARTICLE.test(words[index + 1]!),
  );
}
/**
 * Whether a name after the text's label is a person's: two to four capitalised words (`TEXT_LABEL_NAME_WORDS`; one is
 * a title's or a band's as often) and none of the words a title holds (`holdsTitleWord`).
 */
function isTextLabelPerson(author: Author): boolean {
  const words = author.name.match(CAPITALISED_WORDS)?.length ?? 0;
  return words >= TEXT_LABEL_NAME_WORDS.min && words <= TEXT_LABEL_NAME_WORDS.max && !holdsTitleWord(author.name);
}
/** Vietnamese labels of the piece and of the reporter ("Bài:", "Bài và ảnh:", "Phóng viên:"). */
const VIETNAMESE_LABEL_OPENING = /(?:bài và ảnh|bài|phóng viên)\s*:\s*$/iu;
/**
 * A newsroom's signature after a Vietnamese label, no person's: the reporter's or the contributor's initials ("PV",
 * "CTV", "Nhóm PV", the reporters' group), or "Nhóm" (group) opening the name.
 */
const VIETNAMESE_NEWSROOM_SIGN = /(?:^|\s)(?:PV|CTV|Nhóm)(?:\s|$)/u;
/** One capitalised Vietnamese syllable ("Huế", "Vinh"): a town's name, as a writer signs with two syllables or more. */
const ONE_CAPITALISED_SYLLABLE = /^\p{Lu}\p{Ll}+$/u;
/**
 * Whether a name after a Vietnamese label is where the piece was filed: a large city's (`isPlaceName`), a province's
 * seat (`isVietnameseProvinceSeat`) or one syllable (`ONE_CAPITALISED_SYLLABLE`).
 */
function isVietnameseFilingPlace(author: Author): boolean {
  return isPlaceName(author.name) || isVietnameseProvinceSeat(author.name) || ONE_CAPITALISED_SYLLABLE.test(author.name);
}
/** The syllables of a Vietnamese pen name, a given name without the family's ("Thu Hà", "Minh Anh"). */
const VIETNAMESE_PEN_NAME_SYLLABLES = 2;
/**
 * Whether a label's own uses besides a byline leave the names after it a writer's:
 * - the text's label before a figure heads a sermon's or a reading's verse ("Tekst: Johannes 3:16", "Текст: Иоанн 3:16"),
 *   whose figures the names would drop as a clock time, and before a title's or a letter's words the title or the
 *   letter (`isTextLabelPerson`);
 * - the Vietnamese labels before a title in capitalised syllables ("Bài: Hà Nội Mùa Thu", "Bài: Sài Gòn Đẹp Lắm"): a
 *   Vietnamese writer's name of three syllables or more opens with a family name (`VIETNAMESE_FAMILY_NAMES`), and a pen
 *   name without one has two ("Thu Hà", "Minh Anh"); a newsroom signs with its initials ("Bài: PV", "Nhóm PV");
 * - Greek "Γράφει ο/η" before one word opens a sentence on what a paper or a body writes ("Γράφει η Καθημερινή", "Γράφει ο
 *   Guardian"): a writer signs with a given name and a family name.
 */
function labelVouchesFor(opening: string, names: string, label: string | undefined, authors: Author[]): boolean {
  if (TEXT_LABEL_OPENING.test(opening)) {
    return !/\p{Nd}/u.test(names) && authors.every((author) => author.type !== "Person" || isTextLabelPerson(author));
  }
  if (VIETNAMESE_LABEL_OPENING.test(opening)) {
    return authors.every((author) => {
      if (author.type !== "Person") return true;
      if (VIETNAMESE_NEWSROOM_SIGN.test(author.name)) return false;
      const syllables = author.name.split(" ");
      return syllables.length <= VIETNAMESE_PEN_NAME_SYLLABLES || VIETNAMESE_FAMILY_NAMES.has(syllables[0]!);
    });
  }
  if (label !== undefined && GREEK_WRITES_SET.has(label)) return authors.every((author) => author.name.includes(" "));
  // "Oleh:" before a title, a pronoun or a writer's noun alone ("Oleh: Presiden", "Oleh: Penulis"): nobody's name.
  if (MALAY_COLON_BY_OPENING.test(opening)) return authors.every((author) => !MALAY_ROLE_ALONE.test(author.name));
  return true;
}

/**
 * The commonest Vietnamese family names, which open a Vietnamese person's name: a line of a name opening with one of them
 * is a person's. Not those that open places' and sections' names as often ("Hà Nội", "Hồ Chí Minh", "Cao Bằng", "Lâm
 * Đồng", "Thái Bình", "Châu Âu", "Văn Hóa", "Mai Châu").
 */
const VIETNAMESE_FAMILY_NAMES: ReadonlySet<string> = new Set(
  "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Ngô Dương Lý Đinh Đoàn Trịnh Trương Tạ Tô Lương Vương Kiều Chu Tăng Lưu Đào".split(
    " ",
  ),
);
/**
 * Words of a Vietnamese name in full: three to five syllables, each capitalised ("Nguyễn Văn Hùng"); two are as often a
 * place's ("Hoàng Sa", "Phan Thiết").
 */
const VIETNAMESE_NAME = /^\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){2,4}$/u;
/**
 * The writer's name as Vietnamese papers sign a story, alone on the line under its last paragraph ("Nguyễn Văn Hùng"):
 * a name of three to five capitalised syllables opening with a family name (`VIETNAMESE_FAMILY_NAMES`). Undefined for
 * any other line.
 */
export function vietnameseSignature(text: string): Author | undefined {
  if (!VIETNAMESE_NAME.test(text)) return undefined;
  const space = text.indexOf(" ");
  return VIETNAMESE_FAMILY_NAMES.has(text.slice(0, space)) ? { type: "Person", name: text } : undefined;
}

/**
 * The reporter's noun as Vietnamese papers print it before the writer's name without a colon, alone on the line or
 * before a date on a meta line ("Phóng viên Lê Minh Tuấn · Cập nhật ngày 4 tháng 3 năm 2025"), in sentence case.
 */
const VIETNAMESE_REPORTER_NOUN = "Phóng viên ";
/**
 * The writer after the reporter's noun without its colon (`VIETNAMESE_REPORTER_NOUN`): only a name in full opening with
 * a family name (see `vietnameseSignature`), and nothing after it but a date on a meta line; the noun opens sentences
 * and captions too ("Phóng viên Lê Minh Tuấn tại hiện trường", the reporter at the scene), and a pen name of two
 * syllables is read only after the colon. Undefined for any other line.
 */
function vietnameseReporterByline(text: string): Author | undefined {
  if (!text.startsWith(VIETNAMESE_REPORTER_NOUN)) return undefined;
  const parts = metaParts(text);
  // On a meta line the name is the first part, and a date the next ("… · Cập nhật ngày 4 tháng 3 năm 2025").
  if (parts && !parseDateLine(parts[1]!)) return undefined;
  return vietnameseSignature((parts?.[0] ?? text).slice(VIETNAMESE_REPORTER_NOUN.length));
}

/** A story's source label and what follows it (see `SOURCE_LABELS`): "Source: AFP", "Źródło: PAP", "Kaynak: AA". */
const SOURCE_BYLINE = new RegExp(`^(?:${SOURCE_LABELS.join("|")})\\s*:\\s*(\\S.*)$`, "iu");
/**
 * Whether a line credits a story to its source's wires (`SOURCE_BYLINE`: "Zdroj: ČTK", "Quelle: dpa"): in the header it
 * signs the story, but in or under a story's text it is as often a chart's or a picture's source ("Source: Bloomberg"
 * under a chart), a live feed's item's or a box's as the story's, and signs nothing there.
 */
export function isSourceCredit(text: string): boolean {
  return text.includes(":") && SOURCE_BYLINE.test(text);
}
/**
 * What parts two wires a story is credited to ("NTB/Ritzau", "AFP, Reuters", "dpa | AP", "AP & AFP"). As
 * `HEADER_FIELD_MARK`, never tried from inside a run of spaces.
 */
const WIRE_LIST_MARK = /(?!(?<=\s)\s)\s*[/,|&]\s*/u;
/**
 * The wires a source's label credits (`SOURCE_BYLINE`), each an Organization: every part a wire's name, its initials as
 * the wire signs, or a national wire's name (`NATIONAL_WIRES`: after a source's label nothing but an agency stands).
 * Undefined when any part is something else (a study's, a body's or a site's name). `listMark` parts them (after
 * "with", `WIRES_WITH_LIST_MARK` parts them at "and" too).
 */
function wiresNamed(names: string, listMark: RegExp = WIRE_LIST_MARK): Author[] | undefined {
  const parts = names.trim().split(listMark);
  if (!parts.every(isAgencyName)) return undefined;
  return parts.map((name) => ({ type: "Organization", name }));
}
/** Romanian's language code, whose lower-case "de" is "by" (see `pageByline`). */
const ROMANIAN = "ro";
/** A lower-case "de" and its space, opening a Romanian byline ("de Ioana Popescu"). */
const LOWER_DE = "de ";
/** "d", which opens a lower-case Romanian, French or Spanish "de" ("by", "of"). */
const LOWER_D = 0x64;
/** Most words of a name after a label that is another word too (a lower-case "de", `PAGE_LANGUAGE_BYLINE_WORDS`). */
const MAX_LOWER_BY_WORDS = 4;
/** Most writers after such a label ("de Ioana Popescu și Mihai Ionescu"), and the one word joining them. */
const MAX_LOWER_BY_NAMES = 2;
/**
 * The authors of a byline opened by a lower-case "de" ("de Andreea Popescu", as Romanian papers sign; "de Ana Ruiz"):
 * only people named in full (`peopleInFull`), none of whose words ends as a Romanian noun phrase's does. A Romanian
 * town's name ("de Baia Mare", `isRomanianTown`) and a club's, a festival's or a publisher's (a word of
 * `ORGANISATION_WORD`: "de Sepsi FC", "de Kessel Festival") sign no one (`namesTownOrBody`).
 */
function lowerCaseByline(names: string): Author[] | undefined {
  const authors = peopleInFull(names, ROMANIAN_NOUN_PHRASE_WORD);
  return authors && !authors.some(namesTownOrBody) ? authors : undefined;
}
/**
 * Whether the names after a lower-case "de" have writers' shape but one is a Romanian town's or an organisation's
 * (`namesTownOrBody`: "de Satu Mare", "de Untold Festival"): a credit that signs no one, as a header's meta line
 * prints it beside its date ("de Satu Mare · 12 martie 2026 · 4 min de citit"), whose date still counts.
 */
function lowerCaseNamesNoOne(names: string): boolean {
  return peopleInFull(names, ROMANIAN_NOUN_PHRASE_WORD)?.some(namesTownOrBody) ?? false;
}
/** Whether a writer-shaped name after "de" is a Romanian town's (`isRomanianTown`) or holds `ORGANISATION_WORD`. */
function namesTownOrBody(author: Author): boolean {
  return isRomanianTown(author.name) || ORGANISATION_WORD.test(author.name);
}
/**
 * The people a label that is another word too names, read from `names` (what follows it): only people named in full,
 * one or two, in two to four words each, and with no word `refused`, as the word opens a place's or a body's name as
 * often ("de Buenos Aires" stays no byline where the name reader takes no place; "de Gaulle a dit" is a sentence).
 * Undefined otherwise.
 */
function peopleInFull(names: string, refused?: RegExp): Author[] | undefined {
  if (wordCount(names.trim()) > MAX_LOWER_BY_WORDS * MAX_LOWER_BY_NAMES + 1) return undefined;
  const authors = parseNames(names, false);
  return authors &&
    authors.length > 0 &&
    authors.length <= MAX_LOWER_BY_NAMES &&
    authors.every(
      (author) =>
        author.type === "Person" &&
        isPlainPersonInFullNoBody(author) &&
        atMostWords(author.name, MAX_LOWER_BY_WORDS) &&
        !refused?.test(author.name),
    )
    ? authors
    : undefined;
}

/**
 * The "and" the lists read between writers (`NAME_JOIN`), standing in for a page language's own "and" where that joins
 * two full names (see `PAGE_LANGUAGE_JOINS`), so that the name reader parts the names there and nowhere else.
 */
const JOIN_AS_READ = " and ";
/**
 * A page language's own "and" (`PAGE_LANGUAGE_BYLINE_WORDS`) between two full names: two capitalised words before it, a
 * full name's opening after it (`FULL_NAME_OPENING`), in lower case only ("Eva Malá a Ján Hruška"), as the capitalised
 * word opens a name or a sentence.
 */
const PAGE_LANGUAGE_JOINS: ReadonlyMap<string, RegExp> = new Map(
  Object.entries(PAGE_LANGUAGE_BYLINE_WORDS).flatMap(([language, words]) =>
    words.and === undefined
      ? []
      : [[language, new RegExp(String.raw`(?<=\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’.-]*)\s+${words.and}\s+(?=${FULL_NAME_OPENING})`, "gu")]],
  ),
);

/**
 * The authors of a line by the byline words of the page's `language` that are other words elsewhere
 * (`PAGE_LANGUAGE_BYLINE_WORDS`): its "by" opening the line before people in full ("Per Marta Soler", "Na Zawadi Mushi
 * na Ali Juma"), or any byline whose writers that language's "and" joins ("Autor: Eva Malá a Ján Hruška"). Undefined
 * when the language has no such words or the line reads otherwise by them ("Na kesho tutaendelea", "Per a més …").
 */
function pageLanguageByline(text: string, language: string, dated?: boolean): Author[] | undefined {
  const words = PAGE_LANGUAGE_BYLINE_WORDS[language];
  if (words === undefined) return undefined;
  const join = PAGE_LANGUAGE_JOINS.get(language);
  const read = join === undefined ? text : text.replace(join, JOIN_AS_READ);
  // A sentence opening with the word ("Per Marta Soler, la decisió arriba tard.") speaks of someone: no writer.
  if (words.by !== undefined && read.startsWith(`${words.by} `) && !endsWithSentenceMark(read)) {
    const names = read.slice(words.by.length + 1);
    const people = words.notNames?.includes(names.split(" ", 1)[0]!) ? undefined : peopleInFull(names);
    if (people) return people;
  }
  return read === text ? undefined : pageByline(read, language, dated);
}

/** How a page reads a line's authors (see `pageBylineReader`): `dated` as `parseByline` takes it. */
export type PageBylineReader = (text: string, dated?: boolean) => Author[] | undefined;

/**
 * The reader of a line's authors on a page in `language` (its code): its own byline words first
 * (`pageLanguageByline`), then `pageByline`. Settled once a page, as the classifier reads every line: on most pages
 * neither the page's words nor the Romanian or Malay label apply, and each line goes to `parseByline` alone without the
 * language looked up again.
 */
export function pageBylineReader(language: string): PageBylineReader {
  if (PAGE_LANGUAGE_BYLINE_WORDS[language] !== undefined)
    return (text, dated) => pageLanguageByline(text, language, dated) ?? pageByline(text, language, dated);
  if (language === ROMANIAN || MALAY_BY_LANGUAGES.has(language)) return (text, dated) => pageByline(text, language, dated);
  return parseByline;
}
/**
 * A word ending as Romanian nouns and adjectives do with their article or case and as people's names do not: "-ul"
 * after a consonant, "i" or "o" and "-ului" ("Anul", "Consiliul", "Noul", "Jiului"; not "Paul"), "-lor" after "a", "e"
 * or "i" ("Campionilor"; not "Taylor"), "-iei", "-ii" ("Victoriei", "Femeii"), "-ța" ("Dimineața"; not "-ița") and "-ă"
 * ("Națională"; not "-iță", as "Niță"), so that "de Ziua Națională", "de Sfântul Andrei" or "de Banca Națională" (a
 * day's, a body's name after "de") sign no one.
 */
const ROMANIAN_NOUN_PHRASE_WORD = /(?:(?:[^\s\p{P}aeuăâî]|[io])ul|ului|[aei]lor|iei|ii|(?<!i)ța|(?<!iț)ă)(?![\p{L}\p{N}])/u;

/**
 * Words set in capitals in a title but never inside a person's name ("Find A Location", "Guide To Ferries"): articles,
 * prepositions and question words in the languages of the stop-word lists, where they are not name particles.
 */
const TITLE_CASE_WORD =
  /(?:^|\s)(?:A|An|The|Of|For|To|In|On|At|With|From|Your|Our|My|How|What|Why|When|Die|Das|Und|Für|Les|Des|Pour|Los|Las|Para|Il|Gli|Per)(?=\s|$)/u;

/**
 * Words naming an institution, as an author's affiliation printed after the name: a place of work, not a co-author.
 * Papers' words that are also family names ("Post", "Herald": "Emily Post") are left to `isPublicationName`, which
 * reads them only after a place's or an edition's word ("Valley Post").
 */
const AFFILIATION = wholeWords(
  "university|college|institute|school|hospital|clinic|foundation|inc|llc|ltd|gmbh|group|company|agency|media|news|times|magazine|journal|universität|université|universidad|università|hochschule|institut|instituto|istituto",
  "iu",
);
/**
 * Broadcasters', campaigners' and public bodies' words ("Radio Bremen", "NDR Info", "Human Rights Watch", "Harbour
 * Board", "City Transport Department", "Harbour Port Authority"): a body's name after a list's bare mark ("By Ada Lee,
 * Radio Bremen"), none after a piece's or a report's credit ("Ein Beitrag von Radio Bremen", "Reported by City
 * Transport Department", where the body is the report's source); some are family names too ("Lillian Board", "By Ada
 * Lee and Tom Watch"), and a body may sign a story itself ("By Human Rights Watch"), so they end no other names.
 */
const BODY_WORD = wholeWords(
  "radio|television|rundfunk|fernsehen|info|kultur|international|watch|board|council|department|ministry|authority|agency|rail|railways?|airways|airlines",
  "iu",
);
/**
 * A paper's word that is also a family name ("Washington Post", "Emily Post"): a paper's after a list's bare mark
 * ("By Ada Lee, New York Post"), a co-author's after a joining word ("By Ada Lee and Emily Post").
 */
const PAPER_WORD_OR_FAMILY_NAME = wholeWords("post", "iu");
/** "The" opening a part after a list's bare mark ("By Ada Lee, The Guardian"): a paper's name, as no person's opens so. */
const THE_OPENING = /^The\s/u;
/**
 * A paper's noun in the languages Dateline reads, as a word of a part after a list's bare mark ("di Ada Bruni, La
 * Gazzetta del Porto", "Par Léa Roy, Le Courrier du Port", "Por Ana Ruiz, Diario de Kessel", "Por Ana Lima, O Diário
 * da Ilha", "Von Anna Weber, Kesseler Anzeiger"): the publisher, not a co-author. Only after a bare mark, where a paper
 * follows the names; the nouns end no person's name the lists know ("La Rosa", "Le Duc", "De Boer" are no paper's).
 */
const PAPER_NOUN = wholeWords(
  "gazzetta|giornale|corriere|quotidiano|courrier|quotidien|journal|diario|diário|periódico|jornal|gazeta|gazette|tribune|tribuna|zeitung|anzeiger|kurier|tageblatt|rundschau|krant|dagblad|courant",
  "iu",
);
/**
 * A German or Dutch paper's name written as one word with its noun ("Die Hafenzeitung", "Het Havenblad", "De
 * Havenkrant", "Der Inselbote", "Abendblatt"): a word of three letters or more, in lower case, before the noun at the
 * part's end, the part that word alone or opened by an article. A given name before it is a person's family name as
 * often ("Ben Rosenblatt", "Eva Feinblatt", "Ute Landbote"), which must stay a co-author.
 */
const GLUED_PAPER_NOUN = /^(?:(?:Die|Der|Das|De|Het)\s)?\p{Lu}\p{Ll}*\p{Ll}{3}(?:zeitung|blatt|bote|kurier|anzeiger|blad|krant|courant)$/u;
/**
 * Whether a part after the first name is an affiliation (see `AFFILIATION`) or a paper's name (`isPublicationName`),
 * which ends the names: not a wire's name, though it may end in one of those words ("Ada Lee, Kyodo News"), which is a
 * co-author. `listed`: a list's bare mark opened the part (a comma, a bar; see `namesParts`), after which a paper's word
 * that is also a family name, or "The", names a paper too. The HTML reader's bylines ask it too, so both readers end
 * a byline's names at the same paper or school.
 */
export function isAffiliation(part: string, listed = false): boolean {
  const paper =
    AFFILIATION.test(part) ||
    isPublicationName(part) ||
    (listed &&
      (PAPER_WORD_OR_FAMILY_NAME.test(part) ||
        THE_OPENING.test(part) ||
        BODY_WORD.test(part) ||
        PAPER_NOUN.test(part) ||
        GLUED_PAPER_NOUN.test(part)));
  return paper && !WIRE_AUTHOR.test(part);
}

/**
 * The noun a public body's name opens with, in the languages Dateline reads ("Department for Transport", "Ministerium
 * für Verkehr", "Bundesamt für …", "Ministère des Transports", "Consejería de Sanidad", "Ministero della Salute",
 * "Ministerie van Financiën", "Gemeente Utrecht", a town's own: "Stadtverwaltung …", "Gemeinde …", "Mairie de …", "Comune
 * di …", "Câmara Municipal de …", "Município de …", "Concello de …", Polish "Ministerstwo …", "Urząd …", "Komisja …"
 * and "Komisję …" after "przez"), perhaps after "Federal", "State" or "National". The English nouns only with the "of",
 * "for" or "on" of a body's name after them: with another word they name a job, a place or a source ("Office Manager",
 * "Council Bluffs", "Agency reports").
 */
const PUBLIC_BODY_OPENING =
  /^(?:(?:federal|state|national|scottish|welsh)\s)?(?:(?:department|ministry|office|agency|council|transport)\s(?:of|for|on)|\p{L}*ministerium|\p{L}*amt|senatsverwaltung|minist[eè]re|secr[ée]tariat|direction|pr[ée]fecture|ministerio|consejer[ií]a|conselleria|secretar[ií]a|departamento|direcci[oó]n|ayuntamiento|ministero|dipartimento|assessorato|direzione|prefettura|minist[eé]rio|dire[cç][aã]o|prefeitura|ministerie|departement|rijksdienst|gemeente|provincie|\p{L}*verwaltung|gemeinde|mairie|comune|c[âa]mara municipal|munic[ií]pio|concello|ministerstwo|urząd|komisj[aę])\s\p{L}/iu;
/** A public body's name: two to eight words opening with its noun (`PUBLIC_BODY_OPENING`), capitalised, no figure or mark. */
const PUBLIC_BODY_NAME = /^\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’-]+){1,7}$/u;

/** Whether a name is a public body's ("Department for Island Transport", "Consejería de Transporte"), an organisation. */
export function isPublicBodyName(name: string): boolean {
  return PUBLIC_BODY_NAME.test(name) && PUBLIC_BODY_OPENING.test(name);
}

/** A join holding a word or an ampersand ("and", "und", "et", "&"), not a list's bare mark: a co-author follows it. */
const JOINING_WORD = /[\p{L}&]/u;
/**
 * A list's mark before an "and" a name may hold too (", y", ", e", see `listMarkPattern`): the languages that print it
 * set no comma before the "and" closing a list, so the mark closes what a comma set apart after a name, a job title or
 * a place ("Por Ana Ruiz, Madrid, y Eva Solé"), and the part after it is read as after a bare mark.
 */
const MARK_BEFORE_NAME_OR_NAMES_JOIN = new RegExp(`^\\s*,\\s*${NAME_OR_NAMES_JOIN}\\s`, "u");
/**
 * A part of a byline's names (see `namesParts`): whether a list's mark opened it (`listed`), and whether its join held
 * a word (`worded`: "and", ", y").
 */
export type NamesPart = { part: string; listed: boolean; worded: boolean };
/**
 * The parts of a byline's names between its joins (`joins`, a global pattern that matches no empty text), each with
 * whether a list's bare mark opened it (a comma, a bar) rather than a joining word (see `JOINING_WORD`): after a bare
 * mark a paper may follow the names ("Ada Lee, Washington Post"), after a joining word a co-author does ("Ada Lee and
 * Emily Post"). A comma's "y" or "e" (`MARK_BEFORE_NAME_OR_NAMES_JOIN`) opens a part read as listed, and worded too.
 * The first part's are false.
 */
export function namesParts(text: string, joins: RegExp): NamesPart[] {
  const parts: NamesPart[] = [];
  let from = 0;
  let listed = false;
  let worded = false;
  // The last part that ends in a suffix, joined or its own: it takes no other, as a run of them ("Ada Lee, Jr., Jr., …")
  // would grow one part, copied at every join (quadratic in the run's length).
  let suffixed: NamesPart | undefined;
  const push = (part: string) => {
    // A generational suffix after a comma ("Ada Lee, Jr.") ends the name before it, not a name of its own.
    const previous = parts.at(-1);
    const suffix = isNameSuffix(part.trim());
    if (previous !== undefined && previous !== suffixed && listed && suffix) {
      previous.part = `${previous.part.trimEnd()} ${part.trim()}`;
      suffixed = previous;
    } else {
      parts.push({ part, listed, worded });
      if (suffix) suffixed = parts.at(-1);
    }
  };
  // `exec` on the one pattern, not `matchAll`, which copies the long pattern for every byline (see `dateLineParts`).
  joins.lastIndex = 0;
  for (let join = joins.exec(text); join; join = joins.exec(text)) {
    push(text.slice(from, join.index));
    worded = JOINING_WORD.test(join[0]);
    listed = !worded || MARK_BEFORE_NAME_OR_NAMES_JOIN.test(join[0]);
    from = join.index + join[0].length;
  }
  push(text.slice(from));
  return parts;
}

/** The abbreviated generational suffixes, with or without their full stop: "Jr", "Sr", "Jnr", "Snr". */
const ABBREVIATED_SUFFIX = "(?:[JS]r|Jnr|Snr)";
/** A generational suffix printed after a name and a comma: "Jr.", "Sr.", "Jnr", "III". */
const NAME_SUFFIX = new RegExp(String.raw`^${ABBREVIATED_SUFFIX}\.?$|^(?:II|III|IV)$`, "u");

/** Whether a part of a byline's names is a generational suffix ("Jr.", "III"), which ends the name before it. */
export function isNameSuffix(part: string): boolean {
  return NAME_SUFFIX.test(part);
}

/** A name's closing suffix with its abbreviation's full stop ("Ada Lee Jr."): the stop ends no sentence. */
export const ABBREVIATED_SUFFIX_AT_END = new RegExp(String.raw`\s${ABBREVIATED_SUFFIX}\.$`, "u");

/** A courtesy or academic title before a name ("Dr", "Prof.", "Mrs"): not part of the name. */
const HONORIFIC = /^(?:dr|prof|mr|mrs|ms|mme|mlle|herr|frau|sr|sra)\.?\s+(?=\p{Lu})/iu;

/**
 * Names only, without a "By" ("Ada Lee", "Ada Lee and Bo Chen", "Ada Lee, Senior Analyst", "Harbour Times Staff"):
 * the byline of pages that set the author's name before the date. Read only before a date (see `namesBeforeDate`), as
 * such words alone could be any label. Every part must be a person's name (`isPersonName`) or an organisation; a job
 * title after a name is left out, an affiliation ends the names; undefined otherwise.
 */
function parseNameLine(text: string): Author[] | undefined {
  if (text.length > MAX_BYLINE_LENGTH || /[\d!?:;"“”]/.test(text) || !/^\p{Lu}/u.test(text)) return undefined;
  // A byline's label is no given name ("By Ali ibn Said"): such a line is the labelled byline's to read or refuse.
  if (BYLINE.test(text)) return undefined;
  const authors: Author[] = [];
  // After a bar or a dot come the fields (`authorsInFields`): another person, or the site's or the section's name.
  const field = NAME_FIELD_MARK.exec(text);
  const parts = namesParts(field ? text.slice(0, field.index) : text, NAME_JOINS);
  let jobTitled = false;
  for (const [index, { part, listed }] of parts.entries()) {
    const name = part.trim().replace(HONORIFIC, "");
    if (name === "") continue;
    if (index > 0 && (isLaterJobTitle(name, name, parts, index) || isRoleAtPlace(name, listed))) {
      jobTitled = true;
      continue;
    }
    // An affiliation after the name ends the names: "Ada Lee, Harbour University", or after a job title its employer.
    if (index > 0 && (isAffiliation(name, listed) || (jobTitled && endsNamesAfterJobTitle(name, listed, parts.slice(index + 1))))) break;
    // A role inside a part ("Ada Lee Staff Writer", "Product Analytics Expert") leaves no sure name.
    if (ROLE_ANYWHERE.test(name)) return undefined;
    if (ORGANIZATION_AUTHOR.test(name) && NAME.test(name)) authors.push({ type: "Organization", name });
    else if (isPlainPersonName(name)) authors.push({ type: "Person", name });
    else return undefined;
  }
  // The line is read before its date (see `namesBeforeDate`): a date follows its last field.
  if (field) authorsInFields(text.slice(field.index + field[0].length), field[0], NAMES_END, authors, false, true);
  return authors.length > 0 ? authors : undefined;
}

/**
 * Whether a part after a writer's job title ends the names, as the title's employer (`EMPLOYER_NAME`: "By Ada Lee,
 * Policy Director, Coastal Rights, Waters, and Wetlands Project", "Por Ana Ruiz, economista, Fundación Mar Abierto")
 * or the title's own second noun ("By Ada Lee, Editor and Publisher"). After a bare comma (`listed`) the employer
 * stands where a co-author seldom does: only a name opening with a common given name or a wire goes on ("…, Staff
 * Writer, AP"). After a joining word a co-author does follow ("By Ada Lee, Staff Writer, and Tom Hart"): only one word
 * alone, which no writer's name is but a wire's, ends them there. A comma's "y" or "e" is read as a bare comma: a
 * paper or a body after it ("Por Ana Ruiz, periodista, y Cruz Roja") has a person's name's shape as often as a
 * co-author whose given name the list lacks. `rest`: the parts after it, with how each was opened.
 */
function endsNamesAfterJobTitle(name: string, listed: boolean, rest: readonly NamesPart[]): boolean {
  if (!EMPLOYER_NAME.test(name) || isWireName(name)) return false;
  if (listed ? opensWithGivenName(name) : WORD_SPACE.test(name)) return false;
  // A job title of its own after it makes it a co-author, whatever the given name ("By Ada Lee, Staff Writer, Nnamdi
  // Okafor, Photographer"): an employer is not followed by a title.
  const [next] = rest;
  if (next && isJobTitlePart(next.part.trim(), next.listed)) return false;
  // The employer's own commas part the rest: a sentence going on after it ("…, Coastal Rights Project, said on
  // Monday …") is no byline's.
  return rest.every(({ part }) => EMPLOYER_NAME.test(part.trim()));
}
/**
 * An employer's name as a title is followed by: capitalised words and a name's short small words between them ("of",
 * "de", "für", "y"), or first in a part its commas set apart ("Observatoire des Ports, des Côtes et des Îles"). A part
 * with a longer word in lower case is a sentence going on after the title ("Ada Lee, reporter, said on Monday …",
 * "Иван Петров, журналист, рассказал …"), which leaves the line no byline, as before.
 */
const EMPLOYER_NAME = /^(?:\p{Ll}{1,3}\s+)?\p{Lu}[\p{L}\p{M}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’&.-]*|\p{Ll}{1,3}))*$/u;

/** A middle dot parting a byline's fields, as a pattern source: any but Catalan's, inside a name (`CATALAN_DOT`). */
const FIELD_DOT = `(?!${CATALAN_DOT})·`;
/** A bar or a dot parting a line's fields, with the spaces around it; tried from a run of spaces' start only. */
const NAME_FIELD_MARK = new RegExp(String.raw`(?<!\s)\s*(?:[|•]|${FIELD_DOT})\s*`, "u");

/**
 * Adds to `authors` those the fields after a byline's names hold ("Ada Lee | Sam Ray | 4 March 2025", "By Ada Lee |
 * Reuters", "By Ada Lee for AFP"): the wire service that signs the story with them (after a separator or the word for
 * whom it is written, see `WIRE_FIELD_OPENING`), and a person named in full in a field set apart by a bar or a dot
 * (`NAME_FIELD_MARK`) on a dated line only: the people's fields run up to a date field, or to the line's end where
 * something else vouches for them (`vouched`: a date before the names, or the markup's byline, which vouch for the
 * people whatever field follows them: "By Ada Lee | Sam Ray | 3 min read"; `endsAtDate`: the line was cut before its
 * date). Any two capitalised words after a bar are as often a section or a button ("By Ada Lee | Real Estate", "|
 * Print Edition"). The first field that is neither (a section, a place, the
 * site's name, a job title, the date) ends them, and a place's or a date's word ("in", "on") ends them too. `rest`:
 * the text after the names, `opening`: what parted it from them, `namesEnd`: where a field ends (see `namesEnd`).
 */
function authorsInFields(rest: string, opening: string, namesEnd: RegExp, authors: Author[], vouched: boolean, endsAtDate = false): void {
  let separator = opening;
  let text = rest;
  const found: Author[] = [];
  while (WIRE_FIELD_OPENING.test(separator)) {
    const end = namesEnd.exec(text);
    const name = (end ? text.slice(0, end.index) : text).trim();
    const type = WIRE_AUTHOR.test(name)
      ? "Organization"
      : NAME_FIELD_MARK_ALONE.test(separator) && isPersonInField(name)
        ? "Person"
        : undefined;
    if (!type) break;
    found.push({ type, name });
    text = end ? text.slice(end.index + end[0].length) : "";
    if (!end) break;
    separator = end[0];
  }
  // Asked only when a person was found: most fields hold a wire or nothing.
  const dated = found.some((author) => author.type === "Person") && (vouched || (text === "" ? endsAtDate : opensWithDateField(text)));
  for (const author of found) {
    // A wire named twice ("By Ada Lee, Reuters | REUTERS") is one author.
    if ((dated || author.type === "Organization") && !authors.some((known) => known.name.toLowerCase() === author.name.toLowerCase()))
      authors.push(author);
  }
}
/** Whether a text's first field, up to a bar or a dot (`NAME_FIELD_MARK`), is a date line ("March 3, 2025 | Opinion"). */
function opensWithDateField(text: string): boolean {
  const field = NAME_FIELD_MARK.exec(text);
  return parseDateLine(field ? text.slice(0, field.index) : text) !== undefined;
}
/** Whether a field after the names is a person named in full, not a job title ("Sam Ray", not "Staff Writer"). */
function isPersonInField(field: string): boolean {
  return isPlainPersonName(field) && !JOB_TITLE_PART.test(field) && !ROLE_ANYWHERE.test(field);
}
/** A separator that is only a bar or a dot (see `NAME_FIELD_MARK`): a field after it may hold another person. */
const NAME_FIELD_MARK_ALONE = /^\s*[|·•]\s*$/u;
/** Whether a byline's names end (`end`, a `namesEnd` match in `text`) at a bar or a dot before a date's field. */
function isDateFieldAfter(text: string, end: RegExpExecArray): boolean {
  return NAME_FIELD_MARK_ALONE.test(end[0]) && opensWithDateField(text.slice(end.index + end[0].length));
}

/**
 * Whether a name no label vouches for is a person's: a person's name's shape (`isPersonName`: two capitalised words or
 * more), no title's small word set in capitals ("Story by The Numbers"), and no page furniture or masthead.
 */
export function isPlainPersonName(name: string): boolean {
  return isPersonName(name) && isNameInFull(name);
}

/**
 * Whether a name has a person's name's shape in mixed case (`isMixedCaseName`), no title's small word set in capitals
 * and no page furniture or masthead: a place's name too, which a label before it vouches for as a person's.
 */
function isNameInFull(name: string): boolean {
  return isMixedCaseName(name) && !TITLE_CASE_WORD.test(name) && !namesNoPerson(name);
}

/**
 * Whether an author read after a byline's label on a date or meta line is a person named in full: the label tells a
 * person from a place of the same shape, which a dateline prints with no label ("By Bad Bunny, 3 March 2025").
 */
function isPersonInFull(author: Author): boolean {
  return author.type === "Person" && isNameInFull(author.name);
}

/** A word's capitals after its first letter (see `isPersonInFullInAnyCase`). */
const AFTER_FIRST_LETTER = /(?<=\p{L})\p{Lu}+/gu;
/**
 * Whether an author read on a date line is a person named in full (`isPersonInFull`), or named in capitals ("BY ADA LEE
 * ON DECEMBER 19, 2025", "VON ANNA BERGER, 19. DEZEMBER 2025", "By ADA LEE | December 19, 2025") and one asked in title
 * case ("Ada Lee"): one word, places and titles in capitals are told apart as in title case.
 */
function isPersonInFullInAnyCase(author: Author): boolean {
  if (isPersonInFull(author)) return true;
  // Names in capitals that still end in the date's link word kept it as no second name word stood before it ("VON
  // ANNA AM 3. MAI 2025", "VON REDAKTION AM …", "DOOR ANP OP …"; see `withoutDateLinkAtNamesEnd`): one word and the
  // link, no name in full, though a family name may be the same word ("PAR MINH LE 19 …", unsigned as before).
  if (!LOWER_CASE_LETTER.test(author.name) && CAPITAL_DATE_LINK_AT_NAMES_END.test(author.name)) return false;
  return author.type === "Person" && isNameInFull(author.name.replace(AFTER_FIRST_LETTER, (letters) => letters.toLowerCase()));
}

/**
 * Whether an author read after an interview's or a story's credit is a person named in full and no place's name (see
 * `CREDIT_LABELS`): the credit opens phrases too ("Interviewed by New York Police").
 */
function isPlainPersonInFull(author: Author): boolean {
  return author.type === "Person" && isPlainPersonName(author.name);
}

/** A plain person named in full whose name holds no body's word (see `BODY_WORD`): what a piece's credit names. */
function isPlainPersonInFullNoBody(author: Author): boolean {
  return isPlainPersonInFull(author) && !BODY_WORD.test(author.name);
}

/**
 * Whether a byline's authors are people named in full, maybe with the wire service they write for beside them ("By
 * Ada Lee | Reuters · 4 March 2025"): the wire adds to the people, it does not stand for them (`isPersonInFull`).
 */
function arePeopleInFull(authors: readonly Author[], inFull: (author: Author) => boolean = isPersonInFull): boolean {
  return authors.some(inFull) && authors.every((author) => inFull(author) || isWire(author));
}

/** Whether an author is an agency (see `isAgencyName`). */
function isWire(author: Author): boolean {
  return author.type === "Organization" && isAgencyName(author.name);
}

/** Whether a name is a wire service's, whole or its initials ("Reuters", "TT"; see `WIRE_INITIALS_SET`). */
function isWireName(name: string): boolean {
  return WIRE_AUTHOR.test(name) || WIRE_INITIALS_SET.has(name);
}

/**
 * Whether a name is any agency's the table knows: a wire's (`isWireName`) or a national wire's alone, as it signs or in
 * capitals ("Antara", "BERNAMA", `NATIONAL_WIRE_SPELLINGS`). Asked of a name a byline's label or a source's sets
 * first, where a word that is also a given name ("Antara", "Lusa") is the agency's far more often than a pen name.
 */
function isAgencyName(name: string): boolean {
  return isWireName(name) || NATIONAL_WIRE_SPELLINGS.has(name);
}

/**
 * Whether a byline's name is a newsroom's or a desk's (`ORGANIZATION_AUTHOR`) or a wire's (`isWireName`). A wire's whole
 * name is one of `ORGANIZATION_AUTHOR`'s own forms (`WIRE_SERVICE_NAME`, alone and in any case, as `WIRE_AUTHOR` reads
 * it), so beside that pattern only the wires' initials are left to look up.
 */
function isNewsroomOrWire(name: string): boolean {
  return WIRE_INITIALS_SET.has(name) || ORGANIZATION_AUTHOR.test(name);
}

/**
 * Whether a byline's name is an organisation's: a newsroom's, a desk's or a wire's (`ORGANIZATION_AUTHOR`), or an
 * agency's. A national wire's name in title case is also a given name ("Hina", "Irna", `NATIONAL_WIRES`): the agency's
 * only `alone`, with no role cut from it and no one listed beside it ("By Hina", not "By Hina, Reporter" or "Oleh Irna
 * dan Budi Santoso"); in capitals it is the agency's anywhere.
 */
function isOrganizationName(name: string, alone = true): boolean {
  if (isNewsroomOrWire(name)) return true;
  return NATIONAL_WIRE_SPELLINGS.has(name) && (alone || name === name.toUpperCase());
}
/** A city's name and a paper's last word after it ("Jakarta Post"), as `MALAY_REGION_PLACES` holds the city. */
const PAPER_AFTER_CITY = new RegExp(String.raw`^(.+)\s${PAPER_LAST_WORD}$`, "u");
/**
 * A social call ("Follow Us", "Folgen Sie Uns", "Suivez Nous", "Volg Ons", "Email Me"): its last word is a first
 * person's pronoun, capitalised as the words before it. "Us", "Uns", "Nous" and "Ons" end no name; "Me" ends some
 * ("Nguyen Thi Me"), and is read as the pronoun only after one word, the call's verb. Case counts: the pattern is
 * asked of names in mixed case (`isPersonName`), where the pronoun is set as a word of a name is.
 */
const FIRST_PERSON_LAST = /\s(?:Us|Uns|Nous|Ons)$|^\S+\sMe$/u;
/** A call to act ("Sign Up", "Learn More", "Book Now"): a button's words, set in capitals like a name. */
const CALL_TO_ACT = new RegExp(`^(?:${CALL_OPENERS})(?:\\s|$)|^(?:${BUTTON_LABELS})$`, "u");

/**
 * Whether a name-shaped part of a line before a date names no person: a page's furniture ("Read More", "Top Stories",
 * "Sign Up"), a call to act or a social call ("Follow Us"), a publication's name, or a section's ("Climate Change").
 * Such a line is a teaser's or a masthead's, not a byline.
 */
function namesNoPerson(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    isPublicationName(name) ||
    opensWithSectionName(name) ||
    FIRST_PERSON_LAST.test(name) ||
    isControlLine(lower) ||
    isSectionEnd(lower) ||
    isRelatedLabel(lower) ||
    isFooterLine(lower) ||
    CALL_TO_ACT.test(lower)
  );
}

/**
 * The word a byline sets between its names and the date it runs on to (`DATE_LABEL_LINKS`), where it is no name ender
 * (`namesEnd` takes English "on" and German "am"): French "le", Spanish "el", Italian "il", Portuguese "em", Dutch "op"
 * ("Par Ada Lee le 19 décembre 2025", "Door Els de Boer op 19 december 2025"), left at the names' end once they are cut
 * at the date's first number. Only there, the last word ("Par Paul le Goff le 19 …"), and only in lower case: a family
 * name in capitals may be the same word ("Par Minh Le 19 décembre 2025").
 */
const DATE_LINK_AT_NAMES_END = new RegExp(` (?:${DATE_LINK_ALTERNATION})$`, "u");
/**
 * The same link word in capitals at the end of names in capitals ("BY ADA LEE ON DECEMBER 19, 2025", "PAR ADA LEMAIRE LE
 * 19 DÉCEMBRE 2025", "VON ANNA BERGER AM 19. DEZEMBER 2025"): a byline set in capitals sets its link word so. Cut only
 * where two words of names stay before it, as a family name in capitals may be the same word ("PAR MINH LE 19 …").
 */
const CAPITAL_DATE_LINK_AT_NAMES_END = new RegExp(` (?:${DATE_LABEL_LINKS.map((word) => word.toUpperCase()).join("|")})$`, "u");
/** A lower-case letter: names without one are set in capitals. */
const LOWER_CASE_LETTER = /\p{Ll}/u;
/**
 * Names with the date's link word cut from their end (see `DATE_LINK_AT_NAMES_END`), in lower case, or in capitals where
 * the names are set in capitals and two words of them stay before it (`CAPITAL_DATE_LINK_AT_NAMES_END`).
 */
function withoutDateLinkAtNamesEnd(names: string): string {
  const cut = names.replace(DATE_LINK_AT_NAMES_END, "");
  if (cut !== names || LOWER_CASE_LETTER.test(names)) return cut;
  const link = CAPITAL_DATE_LINK_AT_NAMES_END.exec(names);
  return link && names.trim().lastIndexOf(" ", link.index - 1) > 0 ? names.slice(0, link.index) : names;
}
/**
 * A lower-case word of four letters or more, whole (see `readsOnAfterDate`), not right after a number's word: that one
 * is a unit's ("9 heures", "3 minuten leestijd", "5 minute read").
 */
const LONG_LOWER_CASE_WORD = /(?<![\p{L}\p{N}])(?=\p{Ll})(?<!\d\S*\s+)\p{Ll}{4,}(?![\p{L}\p{N}])/gu;
/** A sentence's end after a lower-case word, at the end of a text ("… ha parlato."). */
const SENTENCE_END = /\p{Ll}[.!?]$/u;
/**
 * Fewest words after the names' comma that read as a sentence going on rather than the writer's description: a role
 * or a home is shorter ("Jane Doe, staff writer.", "Ana Ruiz, de Valencia.").
 */
const MIN_CLAUSE_WORDS_AFTER_NAMES = 5;
/**
 * An indefinite article or a relative pronoun opening what follows a writer's name and comma: a description of the
 * writer, not a sentence going on ("Jane Doe, a nurse from Leeds who …", "Tom Hale, who covers transport …", "Léa
 * Morel, qui suit …", "Anna Berger, die seit zehn Jahren …", "Lia Rossi, un'infermiera …", "Els de Boer, een …").
 */
const DESCRIPTION_OPENING =
  /^(?:(?:an?|who|whose|une?|qui|dont|lequel|laquelle|eine?[mnrs]?|der|die|das|dessen|deren|welche[rs]?|un[oa]?|que|quien(?:es)?|cuy[oa]s?|che|cui|il quale|la quale|um|uma|een|wie|dat)(?![\p{L}\p{N}])|un['’])/u;
/**
 * Whether a byline's line goes on as a story's sentence after its names (`names`, the line's part after the label):
 * it ends as a sentence does and after the first comma come words in lower case, as many as a clause has
 * (`MIN_CLAUSE_WORDS_AFTER_NAMES`), with no role's noun ("Jane Doe, the report asks the council to reopen the pier.";
 * not "Jane Doe, a reporter who covers the council.").
 */
function goesOnAsSentence(text: string, names: string): boolean {
  if (!SENTENCE_END.test(text)) return false;
  const comma = names.indexOf(",");
  if (comma < 0) return false;
  const after = names.slice(comma + 1).trim();
  return (
    OPENS_IN_LOWER_CASE.test(after) &&
    !atMostWords(after, MIN_CLAUSE_WORDS_AFTER_NAMES - 1) &&
    !mayHoldRoleNoun(after) &&
    !DESCRIPTION_OPENING.test(after)
  );
}

/**
 * Whether what runs on from a date reads as a sentence, not as a byline's date: two lower-case words of four letters or
 * more that name no month or weekday ("3 mei 2025 vielen honderden bomen om"), or one and a sentence's full stop ("3
 * maggio ha parlato."). A byline's date prints numbers, its month, short links and a clock time, at most one such word
 * ("14 de noviembre de 2025 a las 10:32 horas", "14 novembre 2025 à 09h15, mis à jour le 15 novembre"), and a word
 * right after a number is a unit's ("3 minuten leestijd"). A story's sentence opening with the label's word, a name
 * and the link ("Door Storm Ciarán op 3 mei …", "Di Maio il 3 maggio …") is no byline.
 */
export function readsOnAfterDate(datePart: string): boolean {
  let words = 0;
  for (const [word] of datePart.matchAll(LONG_LOWER_CASE_WORD)) {
    if (monthOf(word) !== undefined || WEEKDAY.test(word)) continue;
    if (++words === 2 || SENTENCE_END.test(datePart.trimEnd())) return true;
  }
  return false;
}

/**
 * A place the byline sets between the names and the date's link word, with the word for "in" that French, Italian and
 * Portuguese use before a town ("Par Ada Lee à Lyon le 19 décembre 2025", "di Lia Rossi a Genova il 19 dicembre 2025",
 * "Por Ana Sousa em Lisboa em 19 de dezembro de 2025", "… no Porto em …"): cut from the names' end once the link word
 * was (see `DATE_LINK_AT_NAMES_END`). English, German, Spanish and Dutch "in" and "en" already end the names (see
 * `namesEnd`). The word in lower case, the place one to four words opening with a capital, with its particles.
 */
const PLACE_BEFORE_DATE_LINK =
  /(?<=\p{L}) (?:à|au|a|em|no|na) \p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}[\p{L}'’-]*|de|do|da|dos|das|di|del|sur|sous|en|le|la)){0,3}$/u;
/** A names' end at English "on" or German "am", the words before a byline's date (see `namesEnd`). */
const DATE_LINK_END = /^\s+(?:on|am)\s+$/u;
/**
 * A date's year and a word opening in a capital right after it, near the start of what follows "on" or "am" ("December
 * 19, 2025 The harbour committee met …", "19 December 2025 KESSEL — …"): the date ended there and the story's own text
 * was copied onto the byline's line, as a byline set inside the first paragraph gives it.
 */
const YEAR_THEN_CAPITAL = /^[^\n]{0,20}?\b\d{4}\b,?\s+\p{Lu}/u;
/**
 * A mark between a byline's fields after its date ("December 19, 2025 · Comments are closed.", "19. Dezember 2025 –
 * keine Kommentare.") or a sentence's end inside what follows it ("December 19, 2025. Updated this morning.", "Dec. 19,
 * 2025 at 3 p.m. in the morning edition."): the words after it are the byline's fields, not the date's sentence running
 * on. A full stop after a number shorter than a year is a German day's ("3. Mai").
 */
const FIELD_BREAK = /[·•|—–]|(?:\p{Ll}|(?<!\d)\d{4})[.!?]\s/u;
/**
 * Whether what follows "on" or "am" after a byline's names is a date that runs on as a sentence ("3 May 2025 hundreds
 * of trees fell.", "3. Mai 2025 wurden hunderte Bäume entwurzelt."): a number or a month first, then `readsOnAfterDate`,
 * and the sentence's full stop at the end. A byline's fields after its date run on in lower-case words too, with no
 * full stop ("December 19, 2025 — updated this morning", "19. Dezember 2025 – noch keine Kommentare", "December 19,
 * 2025 in island news"), the story's own sentence may follow the date (see `YEAR_THEN_CAPITAL`), and fields after a
 * mark may end in a full stop (see `FIELD_BREAK`).
 */
function datesSentence(rest: string): boolean {
  const first = rest.trim();
  if (!/^\d/u.test(first) && monthOf(first.split(/[\s.,]/u, 1)[0]!) === undefined) return false;
  return SENTENCE_END.test(first) && !YEAR_THEN_CAPITAL.test(first) && !FIELD_BREAK.test(first) && readsOnAfterDate(first);
}
/**
 * The words of idioms that open with a byline's label ("By Popular Demand", "By Invitation Only", "By Design", "By The
 * Numbers", "Par Avion", "Par Excellence", "Par Hasard", "Por Favor", "Por Encargo", "Por Supuesto", "Por Exemplo",
 * "Von Hand", "Von Anfang An", "di Nuovo", "Door Dik En Dun"), in lower case: names whose every word is one of them
 * name no one. A name in full holds a given name, which none of them is.
 */
const BY_IDIOM_WORDS = new Set([
  ..."popular demand invitation only design default appointment royal request accident chance mistake means nature".split(" "),
  ..."definition comparison contrast far numbers heart proxy choice reservation subscription the all no any way".split(" "),
  ..."avion excellence défaut hasard ailleurs exemple contre conséquent cœur coeur".split(" "),
  ..."favor fin supuesto ejemplo encargo exemplo acaso enquanto sorte cierto siempre".split(" "),
  ..."hand anfang an herzen zeit zu nuovo sicuro solito moda corsa dik en dun".split(" "),
]);
/** Most words of an idiom after a label (see `BY_IDIOM_WORDS`). */
const MAX_BY_IDIOM_WORDS = 4;
/**
 * Whether a byline's names are an idiom's words (see `BY_IDIOM_WORDS`). The first word is looked up before the names are
 * split: most names open with a given name, none of the idioms' words.
 */
function isByIdiom(names: string): boolean {
  const space = names.search(WORD_SPACE);
  if (!BY_IDIOM_WORDS.has((space < 0 ? names : names.slice(0, space)).toLowerCase())) return false;
  const words = names.trim().split(/\s+/u);
  return words.length <= MAX_BY_IDIOM_WORDS && words.every((word) => BY_IDIOM_WORDS.has(word.toLowerCase()));
}

/**
 * Words of a time a story's sentence opens with after "By" ("By Christmas Day", "By Election Night", "By Sunday
 * Morning", "By Late Summer"), in lower case; weekdays are `WEEKDAY`'s.
 */
const BY_TIME_WORDS = new Set(
  "day night eve morning evening afternoon midnight noon dawn dusk weekend christmas easter election new year's years good late early summer winter spring autumn".split(
    " ",
  ),
);
/** The words of `BY_TIME_WORDS` that are given names too ("Eve Day", "Dawn Winter", "Summer Early"), in lower case. */
const GIVEN_NAME_TIME_WORDS = new Set(["eve", "dawn", "summer", "winter", "autumn", "spring"]);
/**
 * Whether a byline's names are an idiom's or a time's words before a credit's "with" ("By Royal Appointment, with
 * contributions from …", "By Christmas Day, with …", "By Sunday Morning with agencies"): a sentence's opening, no writer.
 * Every word before "with" must be one (see `isByIdiom`, `BY_TIME_WORDS`, `WEEKDAY`): a given name is none of them.
 */
function opensTimeOrIdiomBeforeWith(names: string): boolean {
  // The first word is looked up before any pattern runs: most names open with a given name, none of these words.
  const space = names.search(WORD_SPACE);
  const first = (space < 0 ? names : names.slice(0, space)).toLowerCase();
  if (!BY_TIME_WORDS.has(first) && !BY_IDIOM_WORDS.has(first) && !WEEKDAY.test(first)) return false;
  const within = WITH_AT_NAMES_END.exec(names);
  if (within === null || within.index === 0) return false;
  const before = names.slice(0, within.index).replace(/,$/u, "");
  if (isByIdiom(before)) return true;
  const words = before.trim().split(/\s+/u);
  // A given name and a family name of these words ("By Summer Day with agencies", "By Dawn Winter, with reporting …")
  // name a writer: a time of two words opens with none of the given names.
  if (words.length === 2 && GIVEN_NAME_TIME_WORDS.has(words[0]!.toLowerCase())) return false;
  return words.length <= MAX_BY_IDIOM_WORDS && words.every((word) => BY_TIME_WORDS.has(word.toLowerCase()) || WEEKDAY.test(word));
}
/** Characters of a date label's ending looked up at once: every label and link has two at least. */
const DATE_LABEL_TAIL_LENGTH = 2;
/**
 * The words a text ends with when `DATE_LABEL_AFTER_NAMES` closes it, a label or a link ("on", "am"), by their last two
 * characters: a name's last two seldom close any of them, and one look-up then answers for all sixty-seven.
 */
const DATE_LABEL_ENDINGS = new Map<string, string[]>();
for (const ending of [...UPDATED_LABELS, ...PUBLISHED_LABELS, ...DATE_LABEL_LINKS]) {
  const tail = ending.slice(-DATE_LABEL_TAIL_LENGTH);
  DATE_LABEL_ENDINGS.set(tail, [...(DATE_LABEL_ENDINGS.get(tail) ?? []), ending]);
}
/**
 * The spaces and colons a text may end with after a date's label ("Updated: "). Tried only where a run of them starts,
 * so a long run is crossed once, not once from each of its characters.
 */
const CLOSING_SPACES_AND_COLONS = /(?<![\s:])[\s:]+$/u;

/**
 * Names without a date's label at their end (see `DATE_LABEL_AFTER_NAMES`). Most names end in no label's word: a look at
 * the lower-cased end of the text comes first, as the pattern, sixty labels long and searched from every
 * character, costs more than it on each byline.
 */
function withoutDateLabelAtEnd(names: string): string {
  const end = names.replace(CLOSING_SPACES_AND_COLONS, "").toLowerCase();
  const endings = DATE_LABEL_ENDINGS.get(end.slice(-DATE_LABEL_TAIL_LENGTH));
  const mayEndInLabel = endings?.some((ending) => end.endsWith(ending)) || FOLD_ONLY_LETTERS.test(names);
  return mayEndInLabel ? names.replace(DATE_LABEL_AFTER_NAMES, "") : names;
}

/** A line's closing colon, ASCII or full-width, with the spaces before it ("Deadline:", "Date limite :", "公開日："). */
const LEAD_IN_END = /(?<!\s)\s*[:：]$/u;
/** A Korean, Japanese or Chinese date label alone ("公開日", "更新日時", "发布时间", "입력"). */
const CJK_DATE_LABEL_ALONE = new RegExp(`^${CJK_DATE_LABEL}$`, "u");
/**
 * Whether a line introduces the lines under it with a colon ("Extra sailings:", "Deadline:"), other than a date's own
 * label ("Published:", "Published：", "公開日：") or a byline ("By Ada Lee:"): a date under it is an item of what it
 * introduces, not the page's.
 */
export function leadsIn(text: string): boolean {
  if (!LEAD_IN_END.test(text)) return false;
  const label = text.replace(LEAD_IN_END, "");
  return !isDateLabel(label) && !CJK_DATE_LABEL_ALONE.test(label) && !parseByline(label);
}

/** A date's label word anywhere in a line ("Page updated:", "Story published on:"), each whole. */
const DATE_LABEL_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${DATE_LABELS})${NOT_BEFORE_WORD}`, "iu");
/** Whether a line holds a date's label word (see `DATE_LABEL_WORD`): a label of the date under it, with words of its own. */
export function holdsDateLabel(text: string): boolean {
  return DATE_LABEL_WORD.test(text);
}

/**
 * Where a byline's names end, with `en` the pattern source of Spanish and French "en" ("in"): a separator (a bar, a
 * dot, a dash or a slash set apart), or a word leading to a place or an outlet ("in Lisbon", "for the Harbour Times",
 * and "For The Harbour Times" in a title-case byline; the other words are left lower-case only, as "In" and "On" also
 * open or end names). A middle dot glued to the name's end ends it too ("Ada Lee·5 min read"), but not Catalan's,
 * inside a name ("Isabel·la Pons", see `FIELD_DOT`). Tried only where a run of spaces starts, or at a
 * separator with none before it: tried inside a run as well, a long one was read again from each of its spaces.
 */
/** Not the "en" of a chief editor's title ("rédactrice en chef", see `ROLE_NOUN_FORMS`), which ends no names. */
const NOT_EN_CHEF = "(?!\\s+chef(?![\\p{L}]))";
function namesEnd(en: string): RegExp {
  return new RegExp(String.raw`(?<!\s)(?:\s*(?:[|•–—]|${FIELD_DOT})\s*|\s+[-/]\s+|\s+(?:in|for|For|at|on|am|${en}|für|pour|para)\s+)`, "u");
}
/** Where a byline's names end after most labels (see `namesEnd`): "en" always ends them ("Por Ana Ruiz en La Paz"). */
const NAMES_END = namesEnd(`en${NOT_EN_CHEF}`);
/**
 * Where names end after a Dutch label (`EN_AS_AND_BY_WORDS`, `EN_AS_AND_BY_PHRASES`): "en" before a full name joins two
 * writers there (see `NAME_JOIN`), so it ends them only before anything else ("Door Eva de Vries en redactie"). A
 * writer's full name opens with the given name, never with a capital article or particle, which opens a place's or a
 * paper's name instead ("Den Haag", "De Bilt", "Het Parool"): "en" ends the names before one. A title may stand before
 * the second writer's name ("en dr. Jan Smit", see `ACADEMIC_TITLE_BEFORE_NAME`).
 */
const NAMES_END_EN_AS_AND = namesEnd(
  String.raw`en${NOT_EN_CHEF}(?!\s+(?!(?:De|Den|Der|Het|Ten|Ter|Van)\s)(?:${ACADEMIC_TITLE_BEFORE_NAME})?${FULL_NAME_OPENING})`,
);
/**
 * A `namesEnd` match after which a wire service signs the story beside the names: a separator, or the word for whom it
 * is written ("for", "für", "pour", "para"); not a place's or a date's ("in", "at", "on", "am", "en").
 */
const WIRE_FIELD_OPENING = /^\s*(?:[|·•–—/-]|for|für|pour|para)\s*$/iu;
/** A social handle printed after a name ("Ada Lee @adalee"): not part of it. Tried from a run of spaces' start only. */
const HANDLE = /(?<!\s)\s+@[\p{L}\p{N}_.]+/gu;
/**
 * A full stop closing a byline after a name's last word ("Posted by Ada Lee."): the line's, not the name's. After an
 * initial it stays ("By Ada B."), and after a word in capitals or an abbreviation of two letters ("Ada Lee Jr."), which
 * the stop may belong to.
 */
const CLOSING_FULL_STOP = /(?<=\p{Ll}{2})\.$/u;
/** An outlet's initials, a single word in capitals ("KQED", "NPR", "WXYZ"); wire services are `ORGANIZATION_AUTHOR`'s. */
const OUTLET_INITIALS = /^\p{Lu}{2,5}$/u;

/** A space between words: a part of a byline's names without one is a single word. */
const WORD_SPACE = /\s/u;

/**
 * Whether a part of a byline's names after a list's mark is where the story was filed, not a co-author: a place's name
 * ("By Ada Lee, New York"), or one word under a wire or a name in full ("By Reuters, London", "By Ada Lee, London"). A
 * co-author is named in full, a wire's writer too ("By Reuters, Ada Lee"); under a name of one word a word is a name
 * ("By Ada, Ben"); and so is a word in a list that a joining word closes later (`partsAfter`: "By Ada Lee, Ben and Cy",
 * "By Ada Lee, Sukarno and Ben Roe"), as a place closes no list of people.
 */
function isFilingPlace(name: string, first: Author | undefined, partsAfter: readonly { listed: boolean }[]): boolean {
  if (first === undefined || partsAfter.some((after) => !after.listed)) return false;
  if (isPlaceName(name)) return true;
  return !WORD_SPACE.test(name) && (WORD_SPACE.test(first.name) || isWireName(first.name));
}

/** Dutch "and" in a byline set in capitals ("DOOR ADA DE WIT EN BEN DE BOER"), spaces around it. */
const CAPITAL_DUTCH_AND = " EN ";
/**
 * A person's name in capitals of two to five words ("ADA DE WIT", "BEN ODE", "VAN DAM"): one word before the "EN" is
 * a title's as often ("DOOR WEER EN WIND OP ZEE", through weather and wind at sea).
 */
const CAPITAL_FULL_NAME = /^\p{Lu}[\p{Lu}'’.-]*(?:\s\p{Lu}[\p{Lu}'’.-]*){1,4}$/u;
/**
 * A Dutch preposition or article in capitals that no name holds (its particles are "DE", "VAN", "TER", "DEN", …): a
 * title's phrase ("DOOR VEEL REGEN EN WEINIG ZON IN DE ZOMER", through much rain and little sun in summer).
 */
const CAPITAL_DUTCH_PHRASE_WORD = /(?:^|\s)(?:IN|OP|MET|NAAR|TOT|BIJ|UIT|AAN|OVER|VOOR|NA|ONDER|TEGEN|ZONDER|EEN)(?=\s|$)/u;
/**
 * Names after a Dutch label set in capitals with their "EN" in lower case, where it stands between people's names in
 * full in capitals (`CAPITAL_FULL_NAME`), so it joins them as "en" does ("DOOR ADA LEE EN BEN ODE" names two writers, not one "ADA
 * LEE EN BEN ODE"): a capital "EN" is otherwise no join, as a capital "Y" is not ("POR ANA RUIZ EN LA PAZ"). A line
 * opening "DOOR DE …" stays unread, as before (`opensTitleNotByline`: "DOOR DE MIST EN DE REGEN" is a title's).
 */
function withCapitalDutchAndRead(names: string): string {
  const parts = names.split(CAPITAL_DUTCH_AND);
  const people = parts.every((part) => CAPITAL_FULL_NAME.test(part.trim()) && !CAPITAL_DUTCH_PHRASE_WORD.test(part));
  return people ? parts.join(" en ") : names;
}

/** A space, then a word holding a digit (`\d` without the `u` flag: "0" to "9" only): where a date after the names opens. */
const SPACED_WORD_WITH_DIGIT = /\s\S*\d/;
/**
 * Whether a text holds one of the digits `SPACED_WORD_WITH_DIGIT` needs, by a plain scan: a byline's names seldom do,
 * and the scan costs less than the pattern, run cold in each byline's parse.
 */
function holdsAsciiDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isAsciiDigitAt(text, i)) return true;
  return false;
}

/**
 * A newsroom named with its town or its section after a byline's label, maybe after an article and "of": "Von der
 * Redaktion Nordstadt", "Von der Lokalredaktion Quellmünde", "Par la rédaction de Quellemont" (or "du Quellemontais",
 * a paper's name after the article glued to "de"), "Por la redacción de
 * Quellamar", "Por Redacción Quellamar", "A cura della redazione di Quellamare", "Pela redação de Quelmar", "Door de
 * redactie van Kwelmond". The newsroom signs, as "Par la rédaction" alone does: an Organization, never a person nor the
 * place. One or two capitalised words after it, or one word in lower case that is a section's name ("Por la redacción
 * de deportes", "Pela equipa de desporto", see `isNewsroomOfPlace`), nothing else: "Von der Redaktion beauftragt, …" is
 * none.
 */
const NEWSROOM_OF_PLACE = new RegExp(
  `^(?:(?:[Dd]er|[Dd]ie|[Ll]a|[Ee]l|[Dd]e|[Tt]he)\\s+|[Ll]['’])?(?:\\p{L}*[Rr]${NEWSROOM_NOUN_TAIL}|(${TEAM_NOUN}))\\s+(?:(?:de|du|di|del|della|des|do|da|van|von|of|d['’])\\s*)?(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?|\\p{Ll}[\\p{L}-]*)$`,
  "u",
);
/** Whether a byline's names are a newsroom's with its place (`NEWSROOM_OF_PLACE`); a cheap look for its noun's "edak", "édac", "edaç" … first. */
function isNewsroomOfPlace(names: string): boolean {
  if (!/[eé]da[ckzç]|quip/u.test(names)) return false;
  const match = NEWSROOM_OF_PLACE.exec(names);
  // A team's noun signs only with a desk's name after it (`opensWithSectionName`: "l'équipe Sport", "el equipo de
  // Deportes"): with a place's or a club's it names a side ("l'équipe de France", "el equipo de Boca Juniors").
  if (match === null) return false;
  // A desk in lower case ("la redacción de deportes", "a equipa de desporto") must be a section's, for either noun.
  if (match[1] === undefined && !OPENS_IN_LOWER_CASE.test(match[2]!)) return true;
  // After a team's noun, "local" in lower case is the home side ("el equipo local", "a equipa local"), not the desk.
  return opensWithSectionName(match[2]!) && !(match[1] !== undefined && match[2] === "local");
}

/** Italian "from the" before the newsroom's noun (`italianNewsroomFrom`), in the cases a byline prints it. */
const ITALIAN_FROM_THE = ["Dalla ", "dalla ", "DALLA "];
/** `ITALIAN_FROM_THE`'s first letter in lower case: a line opening with another is spared the three tests. */
const ITALIAN_FROM_FIRST = ITALIAN_FROM_THE[0]!.charCodeAt(0) | ASCII_CASE_BIT;
/**
 * The newsroom after Italian "Dalla" ("from the"): "redazione" with its town or its desk, as the newsroom's forms after
 * a label read (`isNewsroomOfPlace`: "Dalla redazione di Quellamare", "Dalla redazione Sport", "Dalla redazione sport").
 * Italian sites sign a staff piece so; nothing else after it ("Dalla redazione arriva una proposta …" opens a
 * sentence). Not "Dalla redazione" alone: a menu's section, a kicker or the heading of a box of the editors' picks is
 * titled so as often, above or below the story.
 */
function italianNewsroomFrom(text: string): Author[] | undefined {
  if ((text.charCodeAt(0) | ASCII_CASE_BIT) !== ITALIAN_FROM_FIRST || !ITALIAN_FROM_THE.some((from) => text.startsWith(from))) {
    return undefined;
  }
  const names = text.slice(ITALIAN_FROM_THE[0]!.length).trim();
  return names.toLowerCase().startsWith("redazione ") && isNewsroomOfPlace(names) ? [{ type: "Organization", name: names }] : undefined;
}

/**
 * A region's name: capitalised words closed by the noun of a county or a district ("Quellmouth County", "Eastern
 * Province", "Harbour District"), which no person's name ends with. "Shire" and "Borough" are family names too ("Nadia
 * Shire", "Mira Borough"): after two words at least ("Upper Lin Shire", "East Kelby Borough"), as a given name and a
 * family name are one word each, or after a word of the compass or of height ("North Shire", "Lower Borough").
 */
const REGION_NAME =
  /^(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:County|Province|District|Region|Township|Municipality|Prefecture)|(?:(?:\p{Lu}[\p{L}'’-]*\s+){2,3}|(?:North|South|East|West|Upper|Lower|Mid|Central|Greater)\s+)(?:Shire|Borough))$/u;
/** The last letters of `REGION_NAME`'s nouns ("County", "Province", "District", "Region", "Township", "Shire"). */
const REGION_NOUN_LAST_LETTERS = "yetnhp";
/** Whether a byline's part is a region's name (`REGION_NAME`); a look at its last letter first, as most names end otherwise. */
function isRegionName(name: string): boolean {
  const last = name.charAt(name.length - 1);
  return last !== "" && REGION_NOUN_LAST_LETTERS.includes(last) && REGION_NAME.test(name);
}

/** An academic title opening a part of a byline's names (see `ACADEMIC_TITLE_BEFORE_NAME`). */
const ACADEMIC_TITLE_OPENING = new RegExp(`^${ACADEMIC_TITLE_BEFORE_NAME}`, "u");
/** The article before a title (`ACADEMIC_TITLE_ARTICLE`), opening the text. */
const ACADEMIC_TITLE_ARTICLE_OPENING = new RegExp(`^${ACADEMIC_TITLE_ARTICLE}`, "u");
/**
 * English's and German's article: before a capitalised title it names a show, a film or a team ("the Doctor Who
 * Team").
 */
const THE_BEFORE_TITLE = /^(?:the|der|die)\s/u;
/**
 * A title abbreviated and capitalised, as only a name's title is ("Dr", "Dra.", "Prof.", "Rev."): a short word or one
 * with a dot. A spelled-out one ("Doctor", "el doctor") also names a show or opens a sentence ("the Doctor Who Team").
 */
const ABBREVIATED_TITLE = /^\p{Lu}(?:\p{Ll}{0,3}\s|[\p{Ll}.]*\.\s)/u;
/** A clergyman's title opening a title as printed ("Rev. John Hale"), the only one a byline sets after "the". */
const CLERGY_TITLE_OPENING = new RegExp(`^(?:${CLERGY_TITLE_WORD})\\s`, "u");
/**
 * A writer's name with the academic title before it as a name prints it: a title in lower case, spelled out after its
 * article or abbreviated ("le professeur Marc Ollier", "la dottoressa Sara Neri", "dr. Jan Smit", "la prof.ssa Sara
 * Neri"), is the sentence's, not the name's, and is dropped ("Marc Ollier", "Sara Neri", "Jan Smit"); a capitalised
 * one is the name's own prefix, kept as printed, as a first writer's is ("By Dr. Tom Baird") and as the pages' own
 * author fields keep it ("Dr. Jonas Weil", "Prof. Dr. Jonas Weil", "Professorin Ilse Varnholt"), without a Romance
 * article before it ("la Dra. Inés Carrel": "Dra. Inés Carrel"). Only where a person's name is left ("and Dr. Who",
 * "and the Doctor Who team" stay whole, as a brand's "Dr. Martens UK" or "Dr Pepper Snapple", its title capitalised,
 * does), and not a title after its article first in the names (`index` 0: "Par le professeur Marc Ollier" is left as
 * printed).
 */
function withAcademicTitleAsPrinted(part: string, index: number): string {
  const title = ACADEMIC_TITLE_OPENING.exec(part);
  const article = title ? (ACADEMIC_TITLE_ARTICLE_OPENING.exec(title[0])?.[0] ?? "") : "";
  const printed = title ? title[0].slice(article.length) : "";
  // An abbreviated title after its article is a byline's ("Por la Dra. Ana Ruiz", "Par le Dr Paul Martin", "By the Rev.
  // John Hale"); one spelled out, first, opens a sentence as often ("Por el doctor Tomás Gil, el hospital …"): left
  // whole. After "the", "der" or "die" only a clergyman's does: "By the Dr. Who Fan Club", "Von der Dr. Hans Weber
  // Stiftung".
  const afterThe = THE_BEFORE_TITLE.test(article);
  const titleSigns = ABBREVIATED_TITLE.test(printed) && (!afterThe || CLERGY_TITLE_OPENING.test(printed));
  if (index === 0 && !titleSigns && ARTICLE_BEFORE_ACADEMIC_TITLE.test(part)) return part;
  if (title === null) return part;
  const name = part.slice(title[0].length);
  if (!isPersonName(name)) return part;
  if (OPENS_IN_LOWER_CASE.test(printed)) return name;
  return article === "" || (afterThe && !titleSigns) ? part : printed + name;
}

/**
 * An article in lower case, a subject of one or two words and a finite auxiliary or copula after it, in the languages
 * of the byline's labels: a clause's opening ("the ship had lost its mast", "the shops were full", "le navire a perdu
 * son mât", "el barco había perdido …"), where a byline sets a role, a place or a paper after a comma. Without the verb
 * the part is the writer's description as often ("By Sarah, a nurse from Manchester", "Par Marguerite, la chroniqueuse
 * du dimanche", "Von Kalle, die Stimme der Nachtschicht"); a relative pronoun before the verb opens one too ("the man
 * who is …").
 */
const CLAUSE_AFTER_COMMA = new RegExp(
  String.raw`^(?:the|a|an|der|die|das|le|la|les|el|los|las|il|lo|gli|o|os|as|de|het|een)\s+\S+\s+` +
    String.raw`(?:(?!(?:who|which|that|whose|qui|que|dont|der|die|das|den|dem|deren|dessen|welche[rs]?|che|cui|quien|quienes|cuyo|cuya|dat|wie|waar)\s)\S+\s+)?` +
    // English, French, German, Spanish, Italian, Portuguese, Dutch: the auxiliaries and the copula's commonest forms.
    String.raw`(?:had|has|have|was|were|is|are|will|would|could|did|a|avait|est|était|sont|ont|avaient|étaient|sera|hat|hatte|hatten|ist|war|sind|waren|wird|wurde|ha|había|han|habían|es|era|fue|está|estaba|son|eran|aveva|è|sono|erano|fu|hanno|avevano|tem|tinha|é|foi|estava|são|eram|tinham|heeft|hadden|zijn|werd|wordt)\s+\S`,
  "u",
);
/**
 * Whether a part after a comma (`listed`) opens a clause (`CLAUSE_AFTER_COMMA`) with no role's noun in it, after a lone
 * "name" of one word (`authors`): "By Christmas, the shops were full of people", "By Lisbon, the ship had lost its mast"
 * open a story's sentence, as a writer signs with a name in full; "By Ana, the paper's harbour correspondent" has its
 * role. After a weekday the label is a deadline's "by" and any part in lower case goes on its sentence ("By Monday, the
 * council will vote", "By Friday, we will know"); after a month's name, a name too ("By June, the agony aunt"), a
 * clause does whatever nouns it holds ("By March, the council had voted").
 */
function opensClauseAfterWord(part: string, listed: boolean, authors: readonly Author[]): boolean {
  if (!listed || authors.length !== 1 || authors[0]!.type !== "Person" || WORD_SPACE.test(authors[0]!.name)) return false;
  const word = authors[0]!.name;
  if (WEEKDAY.test(word)) return OPENS_IN_LOWER_CASE.test(part);
  return CLAUSE_AFTER_COMMA.test(part) && (monthOf(word) !== undefined || !mayHoldRoleNoun(part));
}

/**
 * A transport company's head noun, in English ("Network Rail", "Harbour Airways", "Kellwick Airlines"): no person's
 * name ends so, as "Rail" and the plurals are no family names.
 */
const OPERATOR_HEAD_NOUN = /\s(?:rail|railways?|airways|airlines)$/iu;
/**
 * A German adjective of a country or a land opening a name ("Deutsche Bahn", "Österreichische Post", "Bayerischer
 * Rundfunk", "Deutsches Rotes Kreuz"): a body's or a company's, as no given name ends in "-ische" or "-deutsche".
 * Not any "-sche": given names such as "Fischer" end so, and family names ("Rasche", "Fritsche") open a name put last
 * first.
 */
const GERMAN_LAND_ADJECTIVE_OPENING = /^(?:\p{Lu}\p{Ll}+ische|(?:\p{Lu}\p{Ll}*d|D)eutsche)[rs]?\s/u;
/**
 * Whether a name after a byline's label is a body's or a company's by its words, in capitalised words
 * (`CAPITALISED_NAME`): a public body's head noun that is an affiliation's word too (`BODY_HEAD_NOUN`, `isAffiliation`:
 * "Environment Agency", "Coastal Standards Agency"), which would leave the name unread, a transport company's noun
 * (`OPERATOR_HEAD_NOUN`) or a German land's adjective first (`GERMAN_LAND_ADJECTIVE_OPENING`), which a person's shape
 * would sign as people. Other bodies read as people here are typed later (`withBodiesTyped`). `affiliated`: the caller's
 * `isAffiliation` of the name, which it asks once for this test and its own.
 */
function isBodyByItsWords(name: string, affiliated: boolean): boolean {
  if (!CAPITALISED_NAME.test(name) || !WORD_SPACE.test(name)) return false;
  return (affiliated && BODY_HEAD_NOUN.test(name)) || OPERATOR_HEAD_NOUN.test(name) || GERMAN_LAND_ADJECTIVE_OPENING.test(name);
}
/**
 * A public body's name in title case, its joins in lower case ("Transport for London", "Department for Transport"):
 * read whole before the names end at "for", which after a writer names an outlet ("By Ada Lee for the Courier").
 */
const TITLE_CASE_BODY_NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|on|and|the|\p{Lu}[\p{L}'’-]*))+`;
const BODY_NAME_IN_TITLE_CASE = new RegExp(`^${TITLE_CASE_BODY_NAME}$`, "u");
/**
 * Such a name before a field's mark, a bar, a dot, a spaced dash or a comma ("Department for Transport | July 8, 2025"):
 * the name, read whole when the field after it is the date (`bodyBeforeDateField`).
 */
const BODY_NAME_BEFORE_FIELD = new RegExp(`^(${TITLE_CASE_BODY_NAME})\\s*(?:[|·•,]|\\s[-–—](?=\\s))`, "u");

/**
 * A public body signing before its date field ("By Department for Transport | July 8, 2025", "By Ministry of Health · 8 July
 * 2025"), an Organization whole; undefined for any other names, whose date the names reader cuts off.
 * Without a date after it the field may be a co-author's ("By Department for Transport, Ada Lee").
 */
function bodyBeforeDateField(names: string): Author[] | undefined {
  const body = BODY_NAME_BEFORE_FIELD.exec(names);
  if (body === null || !isPublicBodyName(body[1]!) || !parseDateLine(names.slice(body[0].length))) return undefined;
  return [{ type: "Organization", name: body[1]! }];
}
/**
 * A name in title case with its lower-case joins (as `BODY_NAME_IN_TITLE_CASE`), perhaps possessive, then one or two
 * words in lower case and a comma: "By Transport for London standards, fares …", "By Department for Transport figures,
 * …" open a sentence with a measure's phrase, which names no writer.
 */
const BODY_NAME_BEFORE_NOUN = /^(\p{Lu}[\p{L}-]*(?:\s+(?:of|for|on|and|the|\p{Lu}[\p{L}-]*))+?)(?:['’]s)?(?:\s+\p{Ll}[\p{L}-]*){1,2},\s/u;

/**
 * What a public body's name and a noun before a comma (`BODY_NAME_BEFORE_NOUN`) open: a sentence (an empty list), or,
 * with a date after the comma, a byline its staff sign for the body ("By Transport for London staff, March 12, 2026");
 * undefined when the names open with no such name.
 */
function authorsOfBodyBeforeNoun(names: string): Author[] | undefined {
  // The pattern needs a comma, which most names, one person's, hold none of: a look for it spares the pattern.
  const body = names.includes(",") ? BODY_NAME_BEFORE_NOUN.exec(names) : null;
  if (body === null || !isPublicBodyName(body[1]!)) return undefined;
  return parseDateLine(names.slice(body[0].length)) ? [{ type: "Organization", name: body[1]! }] : [];
}

/**
 * Whether "en" is Dutch "and" after a byline's `label` (in lower case) or its printed `opening`: after "Door" and the
 * Dutch verbs' labels (`EN_AS_AND_BY_WORDS`, `EN_AS_AND_BY_PHRASES`), and after the text's label ("Tekst: Anne Visser
 * en Bram Smit"), whose other languages (Norwegian, Danish, Polish) print no "en" before a second full name.
 */
function readsEnAsAnd(label: string | undefined, opening = ""): boolean {
  if (label === undefined) return TEXT_LABEL_OPENING.test(opening);
  return EN_AS_AND_BY_WORDS.includes(label) || EN_AS_AND_BY_PHRASES.includes(label);
}

/**
 * The people (and organisations) named at the start of a byline, before any role, agency or date; `enAsAnd`: the
 * byline's label is Dutch, whose "en" joins two writers (see `readsEnAsAnd`, `NAMES_END_EN_AS_AND`); `fieldsVouched`: a
 * date line came before the label ("3 March 2025 by Ada Lee · Sam Ray"), or the markup calls the line a byline, either
 * of which vouches for the people in the fields after the names (see `authorsInFields`).
 */
function parseNames(text: string, enAsAnd: boolean, fieldsVouched = false): Author[] | undefined {
  // Drop what follows the names: an agency, a place or a date ("By Jane Doe, Reuters · 13 March").
  // A dash or a dot can be glued to the name by the copy ("Ada Lee—5 min read"); a hyphen only set apart, as names hold one.
  const namesEnd = enAsAnd ? NAMES_END_EN_AS_AND : NAMES_END;
  // The pictures' credit after the names on one line ("Tekst: Kari Lund og Ola Berg  Foto: Per Lie") ends them: with
  // only spaces before its label, the last name would run on into "Berg Foto".
  const pictures = text.includes(":") ? PICTURES_CREDIT.exec(text) : null;
  if (pictures) text = creditNamesBefore(text, pictures.index);
  const whole = text.trim();
  if (BODY_NAME_IN_TITLE_CASE.test(whole) && isPublicBodyName(whole)) return [{ type: "Organization", name: whole }];
  const bodyDated = bodyBeforeDateField(whole);
  if (bodyDated !== undefined) return bodyDated;
  // Cut at its "for" ("By Transport for London standards, …"), the sentence would sign the name's first word; before a
  // date the body signs ("By Transport for London staff, March 12, 2026").
  const bodyBeforeNoun = authorsOfBodyBeforeNoun(whole);
  if (bodyBeforeNoun !== undefined) return bodyBeforeNoun.length > 0 ? bodyBeforeNoun : undefined;
  const end = namesEnd.exec(text);
  let namesPart = (end ? text.slice(0, end.index) : text).replace(HANDLE, "");
  if (enAsAnd && namesPart.includes(CAPITAL_DUTCH_AND)) namesPart = withCapitalDutchAndRead(namesPart);
  // A date right after the names ("Jane Doe March 4, 2025 9:30 AM", "Jane Doe, Friday 14 March 2025"): cut at its
  // first number, then its month and its weekday.
  // A date whole without a month before it ("12. März 2025", "March 4, 2025", "12.03.2025") takes none from the names:
  // a month's word there is the name's ("Von Michael Ott, 12. März 2025", "By Jane Ott, March 4, 2025").
  // Most names hold no digit, which the pattern needs: a scan of the characters spares it (see `holdsAsciiDigit`).
  const dated = holdsAsciiDigit(namesPart) ? namesPart.search(SPACED_WORD_WITH_DIGIT) : -1;
  if (dated > 0) {
    const datePart = namesPart.slice(dated);
    const wholeDate = parseDate(datePart.trim()) !== undefined;
    const names = namesPart.slice(0, dated);
    // A date part in capitals is asked in lower case: a story's sentence set in capitals runs on as one in lower case.
    const datesRunOn = readsOnAfterDate(LOWER_CASE_LETTER.test(datePart) ? datePart : datePart.toLowerCase());
    const linked = datesRunOn ? names : withoutDateLinkAtNamesEnd(names);
    namesPart = withoutDateWordsAtEnd(
      linked === names ? names : linked.replace(PLACE_BEFORE_DATE_LINK, ""),
      wholeDate ? isWeekdayAfterComma : isMonthOrWeekdayAfterComma,
    );
    // English and Dutch set the month before the number ("BY ADA LEE ON DECEMBER 19, 2025"): the link word in capitals
    // stands before the month, cut with it.
    if (linked === names && namesPart !== names && !datesRunOn) namesPart = withoutDateLinkAtNamesEnd(namesPart);
  }
  // A story's sentence opening with "By" or "Von", a name, "on" or "am" and a date that runs on ("By Storm Ciarán on 3
  // May 2025 hundreds of trees fell"), as in the other five languages (see `readsOnAfterDate`).
  if (end && DATE_LINK_END.test(end[0]) && datesSentence(text.slice(end.index + end[0].length))) return undefined;
  // An idiom after the label ("By Popular Demand", "Par Avion", "Por Favor", "Von Hand"): no one's name.
  if (isByIdiom(namesPart)) return undefined;
  // A time's or an idiom's words before a credit's "with" ("By Election Night with agencies") open a sentence; with a date
  // in a field after them ("… | March 3, 2025") the line is the header's, which signs no one but holds the date.
  if (opensTimeOrIdiomBeforeWith(namesPart)) return end && isDateFieldAfter(text, end) ? [] : undefined;
  // A date's label glued to the names by a copy of two elements ("ADA LEEPUBLISHED: MAR 3, 2025") or set after them.
  namesPart = withoutDateLabelAtEnd(namesPart);
  // A newsroom with its place ("Von der Redaktion Nordstadt", "Par la rédaction de Quellemont") signs as one.
  if (isNewsroomOfPlace(namesPart.trim())) return [{ type: "Organization", name: namesPart.trim() }];
  namesPart = withoutWiresWrittenWith(namesPart, text);
  namesPart = withoutContributorsCredited(namesPart, text);
  const authors: Author[] = [];
  let unread = 0;
  let wireSigned = false;
  // A part that is a desk's title (see below): a byline that names no one, still a byline's line, not the story's.
  let deskTitled = false;
  // Whether a job title was read after a name (see `endsNamesAfterJobTitle`).
  let jobTitled = false;
  const parts = namesParts(namesPart, LABELLED_NAME_JOINS);
  for (const [index, { part, listed }] of parts.entries()) {
    // A name's note in brackets, a handle or a site ("Ada Lee (Harbourwatch)"), is not part of the name.
    // An academic title before a writer's name is kept only as a name prints it (`withAcademicTitleAsPrinted`).
    const noted = withAcademicTitleAsPrinted(withoutBracketedNote(part).trim(), index);
    // A clause after a one-word "name" and a comma ("By Christmas, the shops were full", "Par Lisbonne, le navire a …",
    // "By Monday, the council will vote"): the label's word opened a sentence (see `opensClauseAfterWord`), asked
    // before the part is read as an affiliation or a place ("the council").
    if (index > 0 && opensClauseAfterWord(noted, listed, authors)) return undefined;
    // A job title printed before the name ("By Political Editor Nora Kessel", "By Chief Reporter Ada Lee") names
    // the person after it; else the title after the name is cut.
    // A part with no role's noun in it (the commonest, a name alone) is left whole, as the role patterns would leave it.
    // The title's nouns are looked up once for the part, for the role, the title and the desk tests below: a role's
    // noun is a title's (see `TITLE_NOUN_STEMS`), so a part with none of those holds no role's either.
    const titleNoun = mayHoldTitleNoun(noted);
    const roled = titleNoun && mayHoldRoleNoun(noted);
    const titled = roled ? ROLE_FIRST.exec(noted)?.[1] : undefined;
    // A paper's name after the title ("By Staff Reporter Harbour Times") signs for a desk, naming no one: still a
    // byline's line. One opening with an article is a place's or a paper's ("Par notre correspondant Le Havre").
    if (titled !== undefined && isAffiliation(titled)) {
      deskTitled = true;
      continue;
    }
    const personTitled = titled !== undefined && isPersonName(titled) && !DESK_OPENER.test(titled.split(WORD_SPACE, 1)[0]!);
    // A title ROLE_FIRST does not read ("Region Editor Tom Hale", "District Attorney Ana Ruiz", "Chefredakteurin Anna
    // Berger") names the person in full after it; the same title alone first in the names ("By Region Editor") leaves
    // no name, as a role alone does ("By Staff Writer").
    const worded = personTitled ? undefined : roleWordBeforeName(noted, index === 0, titleNoun);
    const untitled = personTitled ? titled : worded !== undefined ? worded : roled ? withoutRole(noted) : noted;
    const name = untitled.replace(CLOSING_FULL_STOP, "");
    // A role alone in the names' place on a line with a date ("By Staff Writer on March 3, 2025", "BY GUEST
    // CONTRIBUTOR ON MARCH 3, 2025"): a desk's byline that names no one, as "By Our Reporter" is, so its date is still
    // read. Without a date ("By Staff Writer") the line is left to the other readers, as before.
    if (name === "" && index === 0 && roled && noted !== "" && holdsAsciiDigit(text)) {
      deskTitled = true;
      continue;
    }
    // A later part that is a job title, a role the role patterns left nothing of ("Editor"), a title with its desk or a
    // role's one word (both below) names no one: what follows it may be its employer (see `endsNamesAfterJobTitle`).
    if (name === "" || (index > 0 && isLaterJobTitle(noted, name, parts, index))) {
      jobTitled ||= index > 0 && noted !== "";
      continue;
    }
    if (jobTitled && endsNamesAfterJobTitle(name, listed, parts.slice(index + 1))) break;
    // A desk's title in place of a name ("By Our Political Correspondent", "By Money Reporter"): what the role leaves
    // is a possessive or a section's name, nobody's.
    if (name !== noted && isDeskWord(name)) {
      deskTitled = true;
      continue;
    }
    // A title and its desk where a name would be, after a name and a comma or an "and" ("Von Jan Berger, Teamleiter
    // Sport", "By Ana Ruiz and Director Sport") or alone ("Von Redakteur Sport"), name no writer.
    if (untitled === noted && isTitleWithDesk(noted, index === 0, titleNoun)) {
      jobTitled ||= index > 0;
      continue;
    }
    // One word a role leaves of a later part is the role's own ("Transport" of "Ada Lee, Transport Correspondent, and
    // Sam Ray"): a name after the first has two words at least.
    // A wire's name is kept, as after a comma ("By Ada Lee, Reuters Correspondent").
    if (untitled !== noted && index > 0 && !WORD_SPACE.test(name) && !isWireName(name)) {
      jobTitled = true;
      continue;
    }
    // A wire signing after the names ends them but for another wire: what a comma sets after it is where the story
    // was filed ("By Ada Lee, Reuters, London", "Av Anna Berg, TT, Stockholm"), not a co-author.
    if (wireSigned && listed && !isWireName(name)) break;
    // An affiliation after the name ends the names, as in a line without a label: "By Ada Lee, Harbour Times".
    if (index > 0 && isAffiliation(name, listed)) break;
    // Whether the name is an affiliation, asked once for the body's and the person's tests below: a later part's is
    // known false by now, as the test above, asked with `listed`, only reads more as one.
    const affiliated = index === 0 && isAffiliation(name);
    // A national wire's name is an agency's only where the label sets it first ("By Antara"); after a writer it may be
    // where the story was filed or a family name (see `NATIONAL_WIRES`).
    if (index === 0 ? isOrganizationName(name, parts.length === 1 && name === noted) : isNewsroomOrWire(name)) {
      authors.push({ type: "Organization", name });
      wireSigned ||= index > 0 && isWireName(name);
    }
    // Where the story was filed, after the names ("By Ada Lee, London", "Von dpa, Berlin"), ends them.
    else if (index > 0 && listed && isFilingPlace(name, authors[0], parts.slice(index + 1))) break;
    // An outlet's initials after the names ("By Ada Lee, KQED") end them too, unless every name is in capitals.
    else if (index > 0 && OUTLET_INITIALS.test(name) && namesPart !== namesPart.toUpperCase()) break;
    // A region's name in a name's place ("By Upper Lin Shire", "By Quellmouth County", "By Ada Lee and Quellmouth County"): a
    // place, nobody's name; a line naming no one else is still a byline's, as a desk's title is.
    else if (isRegionName(name)) deskTitled = true;
    // A body or a company named in capitalised words ("By Environment Agency", "Von Deutsche Bahn"): an organisation.
    else if (isBodyByItsWords(name, affiliated)) authors.push({ type: "Organization", name });
    // A paper's or a school's words glued to a name by a copy ("Ada Lee Harbour Health News") leave no sure name.
    else if (NAME.test(name) && !affiliated) authors.push({ type: "Person", name });
    // One part that is no name is a role or an affiliation left over; more, and the line is not a byline: the rest
    // of a sentence opening with a label's word ("Por otro lado, …") is not read.
    else if (++unread > 1) return undefined;
  }
  if (authors.length === 0) return deskTitled ? [] : undefined;
  // A wire service or another person in the fields after the names signs the story with them ("By Ada Lee | Reuters",
  // "By Ada Lee | Sam Ray"), as after a comma; past a place's or a date's word ("By Ada Lee in PA") nothing does.
  if (end) authorsInFields(text.slice(end.index + end[0].length), end[0], namesEnd, authors, fieldsVouched);
  return authors;
}

/**
 * A newsroom's noun alone ("Redaktion", Swedish "Redaktionen", "redactie", "rédaction"): after a writer's name and a
 * bare comma it is the writer's desk, as a title is ("Av Anna Lind, Redaktionen"), not a second author.
 */
const NEWSROOM_NOUN_ALONE = new RegExp(`^(?:r${NEWSROOM_NOUN_TAIL}|redaktionen|redaksjonen|redakcja)$`, "iu");
/**
 * Whether a later part of a byline's names is a job title (`noted` as printed, `name` what the role patterns left of
 * it, `index` its place in `parts`): a title whole (`isJobTitlePart`), a desk before a role (`isDeskBeforeRole`), a
 * desk's first word before an "and" (`opensJoinedDesk`) or the rest of its title after it ("Culture Editor" of "Arts
 * and Culture Editor", which else reads as an employer and ends the names before a co-author), or a newsroom's noun
 * after a bare comma (`NEWSROOM_NOUN_ALONE`).
 */
function isLaterJobTitle(noted: string, name: string, parts: readonly NamesPart[], index: number): boolean {
  const opened = parts[index]!;
  const { listed } = opened;
  if (isJobTitlePart(name, listed) || isDeskBeforeRole(noted, name, listed) || opensJoinedDesk(name, listed, parts[index + 1])) return true;
  const previous = parts[index - 1];
  if (!listed && previous !== undefined && opensJoinedDesk(previous.part.trim(), previous.listed, opened)) return true;
  return listed && !opened.worded && NEWSROOM_NOUN_ALONE.test(name);
}
/**
 * Whether a later part of a byline's names, after a comma (`listed`), is a job title whose desk's words stand before
 * the role's noun ("By Ada Lee, Personal Finance Editor", "…, Senior Climate Correspondent", "…, Home Affairs Editor,
 * and Tom Hart"): the role patterns cut only the noun and the qualifiers they know (`ROLE_QUALIFIER_WORDS`), and left
 * the desk ("Personal Finance") to sign as a co-author. `name` is what they left of the part (`noted`). A co-author
 * with a role set after a space only is rare beside it; one opening with a common given name, and a wire before its
 * role ("By Ada Lee, Reuters Correspondent"), are read as before.
 */
function isDeskBeforeRole(noted: string, name: string, listed: boolean): boolean {
  return listed && name !== noted && isJobTitlePart(noted, listed) && !opensWithGivenName(name) && !isWireName(name);
}

/**
 * Whether a later part after a comma (`listed`) is a desk's first word whose "and" the names' joins split off the rest
 * of its title ("By Ada Lee, Arts and Culture Editor", "…, Science & Technology Reporter"): one word, no wire's, with
 * a job title joined after it by a word (`next`). A co-author's name has two words at least.
 */
function opensJoinedDesk(name: string, listed: boolean, next: NamesPart | undefined): boolean {
  if (!listed || next === undefined || next.listed || WORD_SPACE.test(name) || isWireName(name)) return false;
  return isJobTitlePart(next.part.trim(), false);
}

/**
 * "With" after a byline's names, before the wire services whose copy the story draws on ("Par Ada Lee avec AFP", "By Ada
 * Lee with AP", "Von Anna Berger mit dpa", "Por Ana Ruiz con EFE", "di Lia Rossi con ANSA", "Por Ana Sousa com Lusa",
 * "Door Els de Boer met ANP"), maybe with French "l'" ("avec l'AFP"); in lower case, title case ("By Ada Lee With
 * AP") or capitals, as a byline set in capitals prints it ("BY ADA LEE WITH AP"). Tried where a run of spaces starts;
 * the first such word takes the rest of the names.
 */
const WITH_AT_NAMES_END = /(?<!\s)\s+(?:[Ww]ith|WITH|[Aa]vec|AVEC|[Mm]it|MIT|[Cc]on|CON|[Cc]om|COM|[Mm]et|MET)\s+(?:[lL]['’])?(?=\S)/u;
/**
 * What parts two wires after "with" ("avec AFP et Reuters", "with AP and Reuters", "con EFE y AFP", "mit dpa/AFP"),
 * in capitals too ("WITH AP AND REUTERS"). Tried where a run of spaces starts, or at a mark with none before it:
 * tried inside a run as well, a long run was read again from each of its spaces.
 */
const WIRES_WITH_LIST_MARK = /(?<!\s)\s*[/,|&]\s*|(?<!\s)\s+(?:and|AND|et|ET|und|UND|y|Y|e|E|en|EN|og|OG)\s+/u;
/** Words in lower case going on after a byline's names: a sentence's. */
const RUNS_ON_IN_LOWER_CASE = /^\s+\p{Ll}/u;
/**
 * A byline's names without the wires they were written with after them (see `WITH_AT_NAMES_END`): the writer signs, the
 * wires are the story's sources, as "Par Ada Lee, avec AFP" and "Par Ada Lee (avec AFP)" already read. Only when every
 * word after "with" is a wire's name, or the agencies unnamed (`AGENCY_NOUNS`) after a writer named in full that the
 * line does not run on from (`line`, the byline's whole line): a person after it ("By Ada Lee with Ben Ode") or
 * anything else leaves the names as they were.
 */
function withoutWiresWrittenWith(names: string, line: string): string {
  const within = WITH_AT_NAMES_END.exec(names);
  if (within === null || within.index === 0) return names;
  const rest = names.slice(within.index + within[0].length);
  if (wiresNamed(rest, WIRES_WITH_LIST_MARK)) return names.slice(0, within.index);
  // The agencies unnamed ("By Ana Ruiz with agencies", "Por Ana Ruiz con agencias") after a writer named in full.
  const writer = names.slice(0, within.index);
  // A day before them is a time, no writer ("By Sunday Morning with agencies").
  if (!AGENCY_NOUNS.test(rest) || !FULL_NAME_AT_END.test(writer) || WEEKDAY.test(writer)) return names;
  // A sentence runs on after them in lower case ("By Ana Ruiz with agencies in three countries the desk …").
  const at = line.indexOf(names);
  return at >= 0 && !RUNS_ON_IN_LOWER_CASE.test(line.slice(at + names.length)) ? writer.replace(/,$/u, "") : names;
}

/**
 * The credit a byline gives after its writer's name to those who reported for the story, after "with" (see
 * `WITH_AT_NAMES_END`): "with (additional) reporting by/from", "with contributions from", "mit (zusätzlichem) Material
 * von", "avec la collaboration de", "con información de", "con la collaborazione di", "com (a) colaboração de", "met
 * medewerking van". Read in any case, as the byline prints it.
 */
const CONTRIBUTORS_CREDIT =
  /^(?:(?:additional|further|extra)\s+)?(?:reporting|contributions?|research)\s+(?:by|from)\s|^(?:zusätzlichem\s+)?material\s+(?:von|der)\s|^la\s+collaboration\s+d(?:e\s|['’])|^(?:información|colaboración)\s+de\s|^la\s+collaborazione\s+d(?:i\s|['’]|ell['’]|ella\s)|^(?:a\s+)?colaboração\s+de\s|^medewerking\s+van\s/iu;
/** A full name closing the text, two capitalised words at least, maybe with a comma after it ("Ana Ruiz,"). */
const FULL_NAME_AT_END = new RegExp(String.raw`(?:^|\s)${FULL_NAME_OPENING}[\p{L}'’.-]*,?$`, "u");
/**
 * Up to eight names or agencies' names in capitals, with particles and joins between them, closing the text, maybe with
 * a full stop ("Owen Prior and Ben Odell", "Anne Morel", "Reuters"): a credit's. A clause after them has words in lower
 * case ("Hacienda, el juez abre una causa", "Tom Hale, the newsroom filed …").
 */
const CREDITED_NAMES = new RegExp(
  String.raw`^\p{Lu}[\p{L}'’.-]*(?:,?\s+(?:(?:${NAME_PARTICLES}|and|und|et|y|e|en)\s+)*\p{Lu}[\p{L}'’.-]*){0,7}$`,
  "u",
);
/**
 * An article in lower case before a credited outlet ("the BBC", "l’AFP", "dell’Ansa", "la dpa"): the outlet's name
 * follows it.
 */
const CREDITED_ARTICLE = /^(?:(?:the|la|le|el|il|della|del|der|die|het)\s+|(?:l|dell)['’])/u;
/**
 * The agencies a byline credits without naming them ("with agencies", "mit Material von Agenturen", "con información de
 * agencias", "avec agences", "con agenzie", "com agências", "met persbureaus"), maybe with "news" or "wire services".
 */
const AGENCY_NOUNS = /^(?:(?:news\s+)?agencies|wire\s+services|Agenturen|agences|agencias|agenzie|agências|persbureaus)$/u;
/**
 * A credited reporter's role after a comma ("Tom Hale, staff writer", "Tom Hale, correspondent"), in lower case, closing
 * the credit.
 */
const CREDITED_ROLE = /,\s+(?:(?:staff|special|foreign|senior|contributing)\s+)?(?:writer|reporter|correspondent|contributor)$/u;
/**
 * Whether what a credit names (`credited`, after "with reporting by" and its like) is names alone: people or outlets
 * in capitals (`CREDITED_NAMES`), maybe after an article ("the BBC", "l’AFP"), with a reporter's role after a comma
 * (`CREDITED_ROLE`), or wires in lower case ("dpa") or the agencies unnamed (`AGENCY_NOUNS`).
 */
function creditsNamesAlone(credited: string): boolean {
  const named = credited.replace(CREDITED_ROLE, "").replace(CREDITED_ARTICLE, "");
  return CREDITED_NAMES.test(named) || AGENCY_NOUNS.test(named) || wiresNamed(named, WIRES_WITH_LIST_MARK) !== undefined;
}
/**
 * A full stop after a word, not an initial ("Tom J. Hale"), inside a credit closed by one: a sentence ends there and
 * the next goes on in capitals ("… with reporting by Tom Hale. More On This Story."), so the line is no credit alone.
 */
const STOP_WITHIN_CREDIT = /\p{Ll}{2}\.\s/u;
/**
 * A capital opening a credit's word after its first: a line alone so set is a title-case headline's ("With Reporting By
 * Robots, Newsrooms Face A Reckoning"); a credit line sets them in lower case, but for German's noun ("Mit zusätzlichem
 * Material von …").
 */
const CAPITAL_IN_CREDIT = /\s(?!Material\s)\p{Lu}/u;
/** "With" or its like in title case ("With", "Avec"), not in lower case or in capitals (see `WITH_AT_NAMES_END`). */
const TITLE_CASE_WITH = /^\s+\p{Lu}\p{Ll}/u;
/**
 * A byline's names without the credit to those who reported with the writer (see `CONTRIBUTORS_CREDIT`): "By Ana Ruiz
 * with reporting by Tom Hale" signs Ana Ruiz, as "By Ana Ruiz, with reporting by Tom Hale" does; the credit names a
 * contributor, not the piece's writer (a credit line alone, "Additional reporting by Tom Hale", signs no one either).
 * The writer must be named in full before it, names alone follow it to the names' end (`CREDITED_NAMES`), and the
 * byline's line (`line`) end as no sentence: a story's sentence opens so ("By Monday, with reporting from the coast, the
 * desk had …", "By Ana Ruiz with reporting by Tom Hale, the desk filed at dawn"). A credit all in title case, its "With"
 * too, is a title-case headline's words ("By Royal Appointment With Research From Windsor Castle"), as on its own line
 * (`isContributorsCreditLine`); a byline sets "with" in lower case or the whole line in capitals.
 */
function withoutContributorsCredited(names: string, line: string): string {
  const within = WITH_AT_NAMES_END.exec(names);
  if (within === null || within.index === 0) return names;
  const credit = CONTRIBUTORS_CREDIT.exec(names.slice(within.index + within[0].length));
  if (credit === null) return names;
  const writer = names.slice(0, within.index);
  const credited = names.slice(within.index + within[0].length + credit[0].length).trimStart();
  if (TITLE_CASE_WITH.test(within[0]) && CAPITAL_IN_CREDIT.test(credit[0])) return names;
  if (!FULL_NAME_AT_END.test(writer)) return names;
  // Names alone closed by a full stop close the line as a credit does ("… with reporting by Tom Hale."), not a sentence.
  const stopped = credited.endsWith(".");
  const named = stopped ? credited.slice(0, -1) : credited;
  // A day named before a credit closed by a full stop is a sentence's time ("By Easter Sunday, with research by …").
  const closed = stopped ? !STOP_WITHIN_CREDIT.test(named) && !WEEKDAY.test(writer) : !SENTENCE_END.test(line);
  return creditsNamesAlone(named) && closed ? writer.replace(/,$/u, "") : names;
}

/**
 * The label of the contributors a story credits under its writer's byline, with its colon ("Mitarbeit:", "Collaboration
 * :", "Colaboración:", "Hanno collaborato:", "Colaboração:", "Medewerking:", "Contributors:", "Additional reporting:").
 */
const CONTRIBUTORS_LABEL =
  /^(?:mitarbeit|collaboration|colaboración|colaboracion|colaboraron|colaboração|colaboraram|collaborazione|hanno collaborato|ha collaborato|medewerking|contributors|contributing|additional reporting)\s*:\s*/iu;
/**
 * What parts the contributors after their label: a comma, a semicolon, an ampersand, "and" or its like. Tried where a
 * run of spaces starts, so a long run is crossed once.
 */
const CONTRIBUTORS_LIST_MARK = /(?<!\s)\s*[,;&]\s*|(?<!\s)\s+(?:and|und|et|y|e|en)\s+/u;
/** Most contributors a labelled credit lists. */
const MAX_LISTED_CONTRIBUTORS = 8;
/**
 * Whether a line is a labelled credit of two contributors or more ("Mitarbeit: Tobias Hellwig, Lena Maus",
 * "Colaboración: Pedro Gil y Lucía Mora"): each a person's name in full (`isPlainPersonName`), so a title after such a
 * word ("Collaboration: Paris, Berlin and the Future of Rail", "Mitarbeit: Ärzte und Pfleger gesucht") is none. Only
 * right under a byline or a date is such a line surely a credit (see `markReportingFromLines`): over a byline the same
 * shape is a title as often ("Collaboration: Ada Lee & Tom Hale", "Contributors: Costa Rica, Sierra Leone").
 */
export function isContributorsListLine(text: string): boolean {
  const label = text.includes(":") ? CONTRIBUTORS_LABEL.exec(text) : null;
  if (label === null) return false;
  const parts = text.slice(label[0].length).split(CONTRIBUTORS_LIST_MARK);
  return parts.length >= 2 && parts.length <= MAX_LISTED_CONTRIBUTORS && parts.every((part) => isPlainPersonName(part.replace(/\.$/u, "")));
}

/** "With" opening a line (`WITH_JOIN_WORDS`), before a contributor's credit (`CONTRIBUTORS_CREDIT`). */
const WITH_OPENING = new RegExp(`^(?:${WITH_JOIN_WORDS.join("|")})\\s+`, "iu");
/**
 * Whether a line is a contributor's credit alone, set under a byline ("With reporting by Tom Hale", "Mit Material von
 * Tobias Hellwig", "Avec la collaboration de Thomas Hallier", "Con información de Tomás Hidalgo", "Con la
 * collaborazione di Tommaso Ilari", "Com colaboração de Tomás Holanda", "Met medewerking van Tom Hendriksen"): a name
 * follows the credit, names alone to the line's end (`CREDITED_NAMES`): "With reporting by the BBC, the inquiry found …"
 * is a story's sentence, "Con información de Hacienda, el juez abre una causa" a title.
 */
export function isContributorsCreditLine(text: string): boolean {
  const opening = WITH_OPENING.exec(text);
  if (opening === null) return false;
  const rest = text.slice(opening[0].length);
  const credit = CONTRIBUTORS_CREDIT.exec(rest);
  return credit !== null && !CAPITAL_IN_CREDIT.test(credit[0]) && creditsNamesAlone(rest.slice(credit[0].length).trimStart());
}

/** "Additional reporting by" or its like opening a credit line alone ("Additional reporting by Tom Hale"). */
const ADDITIONAL_REPORTING = /^(?:additional|extra)\s+reporting\s+(?:by|from)\s+/iu;
/** Longest credit line alone (see `isCreditAloneLine`): a label and a few names. */
const MAX_CREDIT_ALONE_LENGTH = 120;
/**
 * Whether a line is a credit alone, as a story sets it apart under its byline or its date, over the story: a
 * contributor's credit ("With reporting by Tom Hale", "Mit Material von dpa", "Con información de EFE", see
 * `isContributorsCreditLine`), "Additional reporting by Tom Hale", wires after "with" ("Avec AFP", "Con Ansa", "Com
 * Lusa", "Met ANP"), or a contributors' label before one name or more ("Mitarbeit: Tom Hale"). Names alone follow: a
 * story's sentence opening so ("With reporting from Kyiv, the inquiry found …") is none.
 */
export function isCreditAloneLine(text: string): boolean {
  if (text.length > MAX_CREDIT_ALONE_LENGTH) return false;
  const extra = ADDITIONAL_REPORTING.exec(text);
  if (extra !== null) return creditsNamesAlone(text.slice(extra[0].length));
  if (isContributorsCreditLine(text) || isContributorsListLine(text)) return true;
  const opening = WITH_OPENING.exec(text);
  if (opening !== null) return wiresNamed(text.slice(opening[0].length).replace(/^[lL]['’]/u, ""), WIRES_WITH_LIST_MARK) !== undefined;
  const label = text.includes(":") ? CONTRIBUTORS_LABEL.exec(text) : null;
  return label !== null && isPlainPersonName(text.slice(label[0].length).replace(/\.$/u, ""));
}

/**
 * The person a job title names after it (`ROLE_WORD_BEFORE_NAME`), or "" for such a title alone
 * (`ROLE_WORD_ALONE`, "Region Editor") first in the names (`first`: after them, "Reuters Correspondent" keeps its wire);
 * undefined for any other part. Only a part in title case, of two words at least, holding a title's noun
 * (`titleNoun`, the caller's `mayHoldTitleNoun` of the part), is tried: most parts are a name alone.
 */
function roleWordBeforeName(part: string, first: boolean, titleNoun: boolean): string | undefined {
  const opening = part.charAt(0);
  if (!titleNoun || opening === opening.toLowerCase() || !WORD_SPACE.test(part)) return undefined;
  if (ROLE_WORD_ALONE.test(part)) return first ? "" : undefined;
  const named = ROLE_WORD_BEFORE_NAME.exec(part)?.[1]?.replace(TITLE_CASE_PLACE_AFTER_NAME, "");
  if (named === undefined) return undefined;
  // A title's small word in capitals after the title ("By Region Editor Of The Year") is an award's or a heading's
  // words, nobody's name: the title first in the names names no one, as the title alone does.
  if (TITLE_CASE_WORD.test(named)) return first ? "" : undefined;
  // A second title between the first and the name ("Team Lead Reporter Ana Ruiz", "Region Editor Senior Reporter Ana
  // Ruiz") is the writer's too: what follows it is read as after one title.
  const retitled = ROLE_FIRST.exec(named)?.[1];
  if (retitled !== undefined) return retitled;
  return isPersonName(named) ? named : undefined;
}
/**
 * A place after a name behind a preposition set in title case, as the whole line is ("Tom Hale In Oskelby"): the
 * names' end (`NAMES_END`) cuts a preposition only in lower case ("Tom Hale in Oskelby"). The spaces are tried from their
 * run's first only (the look behind), which keeps a long run of spaces linear.
 */
const TITLE_CASE_PLACE_AFTER_NAME = /(?<=\S)\s+(?:In|At|From|Near|Aus|Bei)\s+\p{Lu}.*$/u;

/** A possessive or an article that opens a desk's title ("Our", "Your", "The", "Notre", "Unser"). */
const DESK_OPENER = new RegExp(`^(?:${DESK_WORDS})$`, "iu");

/** Whether the one word a role leaves of a byline's part is a desk's, not a name: a possessive or a section's name. */
function isDeskWord(word: string): boolean {
  return !WORD_SPACE.test(word) && (DESK_OPENER.test(word) || opensWithSectionName(word));
}

/** A name without the job title printed after it; empty when the part is only a role ("Staff Writer"). */
function withoutRole(part: string): string {
  if (ROLE_ONLY.test(part)) return "";
  // A copy of two elements with no space between them glues the role to the name: "Meg HaleStaff Writer".
  const glued = ROLE_ANYWHERE.exec(part);
  if (glued && glued.index > 0 && /\p{Ll}/u.test(part[glued.index - 1]!) && /\p{Lu}/u.test(part[glued.index]!))
    return part.slice(0, glued.index).trim();
  return part.replace(ROLE_SET_APART, "").trim();
}

/** A text's words and numbers, as `namesDay` reads them: "14", "June", "14.", "juin", "de", "14th". */
const DAY_TOKENS = /[\p{L}\p{N}]+\.?/gu;
/** A day's number as a sentence prints it: "14", "14th", "1st", "14." (German), "1er" (French). */
const DAY_NUMBER = /^(\d{1,2})(?:st|nd|rd|th|er|º|\.)?$/u;
/** How many words apart a day and its month may stand: "14 June", "June 14", "14 de junio", "14. Juni". */
const DAY_MONTH_REACH = 2;
/** A year after a day and its month ("14 June 2024", "June 14, 2024"). */
const YEAR_TOKEN = /^\d{4}$/u;
/** The gap between a day and its month: spaces only ("June, 14 of the staff" is no day). */
const DAY_GAP = /^\s+$/u;
/** The gap before a year: spaces, perhaps after a comma ("June 14, 2024"). */
const YEAR_GAP = /^,?\s+$/u;
/**
 * English words that a month list holds ("may", "march", "mar"): a month only when capitalised, as English writes
 * months ("2 boats may run" is no day of May).
 */
const MONTH_WORDS_IN_LOWER_CASE = new Set(["may", "march", "mar"]);
/**
 * A word saying the story's day is the day it was written ("today", "heute", "aujourd'hui", "hoy", "oggi",
 * "vandaag", "hoje", "tonight"): a story naming its own day so is dated by it, no event's day.
 */
const TODAY_WORD = /^(?:today|tonight|heute|aujourd|hoy|oggi|vandaag|hoje)$/iu;
/** How many words before a day a today's word may stand ("Today, 14 June", "Oggi, 14 giugno"). */
const TODAY_REACH = 3;
/**
 * The day of the week (0 for Monday) of each weekday's name the date reader knows (`WEEKDAY_NAMES`, seven a language),
 * and of Dutch and Portuguese ones ("zaterdag", "sábado"; "sexta" of "sexta-feira"), in lower case.
 */
const DAY_OF_WEEK: ReadonlyMap<string, number> = new Map(
  [...WEEKDAY_NAMES.split("|"), ...DUTCH_WEEKDAY_NAMES.split("|"), ...PORTUGUESE_WEEKDAY_NAMES.split("|")].map((name, index) => [
    name,
    index % 7,
  ]),
);
/**
 * Whether the weekday a story prints right before a day (`first`, the index of the day's first token: "Friday, June
 * 14", "samedi 14 juin", "sexta-feira, 13 de junho") is another than the weekday of `iso`'s day: the story then names
 * that day of another year ("on Friday, June 14" under "June 14, 2025", a Saturday), not the post's.
 */
function namesOtherWeekday(text: string, tokens: readonly RegExpMatchArray[], first: number, iso: string): boolean {
  const before = tokens[first - 1];
  if (!before || !YEAR_GAP.test(text.slice(before.index! + before[0].length, tokens[first]!.index))) return false;
  const weekdayEnd = before[0].toLowerCase() === PORTUGUESE_WEEKDAY_END && first >= 2;
  const weekday = DAY_OF_WEEK.get((weekdayEnd ? tokens[first - 2]! : before)[0].toLowerCase());
  if (weekday === undefined) return false;
  // Date's getUTCDay counts from Sunday (0); the map from Monday.
  return (new Date(`${iso.slice(0, 10)}T00:00:00Z`).getUTCDay() + 6) % 7 !== weekday;
}

/**
 * Whether a text (a story's sentence) names the day of `iso` by its day's number and month's name, in any order and
 * language the month lists hold ("on 14 June", "June 14th", "am 14. Juni", "le 14 juin", "el 14 de junio"): a date
 * printed under a closing byline that the story names is the day of its event, not the post's. Not a day of another
 * year ("on 14 June 2024" under "14 June 2025", "on Friday, June 14" under "June 14, 2025", a Saturday: see
 * `namesOtherWeekday`), nor a day the story calls today ("Today, 14 June, …"), nor a number
 * that is no day ("By mid June, 14 of the staff", "2 boats may run"). Asked of a few lines only, once a foot date
 * was found.
 */
export function namesDay(text: string, iso: string): boolean {
  const year = iso.slice(0, 4);
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  const tokens = [...text.matchAll(DAY_TOKENS)];
  // Whether only `gap` parts tokens `from` to `to`, each from the next.
  const joined = (from: number, to: number, gap: RegExp): boolean => {
    for (let k = from; k < to; k++) if (!gap.test(text.slice(tokens[k]!.index! + tokens[k]![0].length, tokens[k + 1]!.index))) return false;
    return true;
  };
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]![0];
    if (monthOf(word) !== month || (MONTH_WORDS_IN_LOWER_CASE.has(word) && word === word.toLowerCase())) continue;
    for (let j = Math.max(0, i - DAY_MONTH_REACH); j <= Math.min(tokens.length - 1, i + DAY_MONTH_REACH); j++) {
      const number = DAY_NUMBER.exec(tokens[j]![0]);
      if (!number || Number(number[1]) !== day || !joined(Math.min(i, j), Math.max(i, j), DAY_GAP)) continue;
      const last = Math.max(i, j);
      const after = tokens[last + 1];
      if (after && YEAR_TOKEN.test(after[0]) && after[0] !== year && joined(last, last + 1, YEAR_GAP)) continue;
      let today = false;
      for (let k = Math.max(0, Math.min(i, j) - TODAY_REACH); k < Math.min(i, j); k++) today ||= TODAY_WORD.test(tokens[k]![0]);
      if (!today && !namesOtherWeekday(text, tokens, Math.min(i, j), iso)) return true;
    }
  }
  return false;
}

/** Longest credit line read by `creditedWriters`: a line of labels and names, never a paragraph. */
const MAX_CREDIT_LINE_LENGTH = 160;
/**
 * The pictures' words a credit line labels them with, after the text's label or on their own ("Fotos", "Photos",
 * "Bilder", Danish "Billeder", Swedish "Foton", "Fotografías", "Foto's"), as a pattern's alternation.
 */
const PICTURES_WORDS = "fotos?|foton|photos?|bild(?:er)?|billeder?|fotografías|fotografias|foto's";
/**
 * A magazine's credit line opening with the text's label ("Text: Ada Lee / Photos: Ben Ode", "Texto: …", "Texte : …",
 * "Testo: …", "Tekst: …"), perhaps for the pictures too ("Text und Fotos: …", "Texto y fotos: …", "Text and photos: …",
 * "Text och bild: …", "Tekst og foto: …").
 */
const TEXT_CREDIT = new RegExp(
  String.raw`^(?:text|texto|texte|testo|tekst)(\s+(?:und|and|y|e|et|en|och|og|&)\s+(?:${PICTURES_WORDS}))?\s*:\s*`,
  "iu",
);
/**
 * The pictures' label on a credit line ("/ Fotos:", "| Photos:", "Fotos:", "· Fotografía:"), found by its word after a
 * space or a mark; the marks before it are trimmed off the names (see `creditNamesBefore`).
 */
const PICTURES_CREDIT = new RegExp(
  String.raw`(?<=[\s/|·•,;–-])(?:${PICTURES_WORDS}|fotografía|fotografia|illustrations?|ilustraci[oó]n(?:es)?|ilustraç(?:ão|ões)|images?)\s?:`,
  "iu",
);
/** The marks that part a credit's names from the pictures' label. */
const CREDIT_MARKS = " \t/|·•,;–-";

/** The text before `at`, without the spaces and marks that end it ("Ada Lee / " gives "Ada Lee"). */
function creditNamesBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && CREDIT_MARKS.includes(text[end - 1]!)) end--;
  return text.slice(0, end).trim();
}
/**
 * The credits of a wire's credit line ("Reporting by …; Writing by …; Editing by …", each parted by a semicolon) that
 * name the story's writers: reporting and writing, not editing or graphics. The line must open with one.
 */
const WRITING_CREDIT = /^(?:reporting|writing|reporting and writing) by\s+/iu;

/**
 * The first letters of the credit lines `creditedWriters` reads, lower-cased: "t" of `TEXT_CREDIT`, "r" and "w" of
 * `WRITING_CREDIT` (a wire opens its credits with "Writing by …" where the reporters are named in the dateline).
 */
const TEXT_CREDIT_FIRST = 0x74;
const REPORTING_CREDIT_FIRST = 0x72;
const WRITING_CREDIT_FIRST = 0x77;

/** The people a byline of `names` names (see `parseByline`), when every one of them is a person's name. */
function peopleNamed(names: string): Author[] | undefined {
  const authors = names ? parseByline(`By ${names}`) : undefined;
  return authors?.length && authors.every((author) => author.type === "Person" && isPersonName(author.name)) ? authors : undefined;
}

/**
 * A critic's credit line ("Reviewed by Ada Lee", "Review by …", "Rezensiert von …", "Besprochen von …", "Recensie door
 * …", "Reseña por …", "Recensione a cura di …"): on a review's page, the review's writer.
 */
const CRITIC_CREDIT = /^(?:reviewed by|review by|rezensiert von|besprochen von|recensie door|reseña por|recensione a cura di)\s+/iu;
/** The word that names a piece a review ("review", "Rezension", "Critique", "Recensione", "Reseña", "Crítica", …). */
const REVIEW_WORD = "(?:review|rezension|kritik|critique|recensione|reseña|crítica|recensie|recenzja|recenze|recension|anmeldelse)";
/**
 * A title naming the piece a review: the word before a colon, a bar or a dash, first or after the work's name ("Low
 * Tide review: …", "Low Tide review – …", "Rezension: …", "Critique : …"), or a kicker of the word alone or after one
 * word ("Film review", "Recensione"). The same word elsewhere in a title is the common noun, criticism or a check, "The
 * year in review: …", "Ministers order review of rail fares", "Kritik an den Plänen …", "Crítica al gobierno".
 */
const REVIEW_TITLE = new RegExp(
  `^(?:(?:.*(?<!\\p{L})(?<!\\bin\\s))?${REVIEW_WORD}\\s*[:|–—-](?:\\s|$)|(?:\\p{L}+\\s)?${REVIEW_WORD}$)`,
  "iu",
);
/**
 * A medical or an expert checker's credentials beside the name, which a critic's credit never carries: an honorific
 * before ("Dr Ada Lee", "Prof. Ada Lee") or letters after ("Ada Lee, RD", "Ada Lee, PhD", "Ada Lee, CFP").
 */
const CHECKER_CREDENTIALS = /^(?:[Dd]r|[Pp]rof|[Pp]rofessor)\.?\s|,\s*\p{Lu}[\p{L}.]*\p{Lu}\.?(?:[\s,]|$)/u;

/**
 * The critic a review's credit line names ("Reviewed by Owen Pryce" under "Low Tide review: …"), when one of `titles`
 * (the headline, the kicker over it) names the piece a review: there the reviewer is the writer, where under any other
 * title the same label is a checker's (`REVIEWER_WORD` in byline-labels.ts: "Reviewed by Dr Ada Lee" under a health
 * story). A checker's own labels ("Medically reviewed by", "Fact-checked by") open with another word and never match.
 * Undefined when the name read is no person's.
 */
export function criticCredit(text: string, titles: readonly string[]): Author[] | undefined {
  const credit = CRITIC_CREDIT.exec(text);
  if (!credit || !titles.some((title) => REVIEW_TITLE.test(title))) return undefined;
  const names = text.slice(credit[0].length).trim();
  return CHECKER_CREDENTIALS.test(names) ? undefined : peopleNamed(names);
}

/**
 * The writers a credit line names that no byline reader takes: a magazine's text credit with its pictures' after it
 * ("Text: Ada Lee / Photos: Ben Ode" gives Ada Lee; "Texto y fotos: Ada Lee" too; "Text: Ada Lee" with `next` the pictures'
 * credit, "Photos: Ben Ode"), and a wire's closing credits
 * ("Reporting by Ada Lee in Westerholm; Editing by Ben Ode" gives Ada Lee, "…; Writing by Cy Moe" adds Cy Moe; the
 * editor is no author). Undefined for any other line, or when a name read is no person's. Asked of the header's few
 * lines and of those under the story only, never of every line: a first letter is looked at before any pattern.
 */
export function creditedWriters(text: string, next?: string): Author[] | undefined {
  const first = text.charCodeAt(0) | ASCII_CASE_BIT;
  if (
    (first !== TEXT_CREDIT_FIRST && first !== REPORTING_CREDIT_FIRST && first !== WRITING_CREDIT_FIRST) ||
    text.length > MAX_CREDIT_LINE_LENGTH
  )
    return undefined;
  const credit = TEXT_CREDIT.exec(text);
  if (credit) {
    const rest = text.slice(credit[0].length);
    const pictures = PICTURES_CREDIT.exec(rest);
    if (pictures) return peopleNamed(creditNamesBefore(rest, pictures.index));
    // "Text:" alone over a name is also a heading's or a document's label ("Text: Full Agreement", "Text: Warden
    // Island Trust"): a credit only with the pictures' in its label ("Text und Fotos: …") or on the next line.
    const picturesNext = next !== undefined && PICTURES_CREDIT.exec(` ${next}`)?.index === 1;
    return credit[1] !== undefined || picturesNext ? peopleNamed(rest.trim()) : undefined;
  }
  if (!WRITING_CREDIT.test(text)) return undefined;
  const writers: Author[] = [];
  for (const part of text.split(";")) {
    const writing = WRITING_CREDIT.exec(part.trim());
    if (!writing) continue;
    const people = peopleNamed(
      part
        .trim()
        .slice(writing[0].length)
        .replace(/[.\s]+$/u, ""),
    );
    if (!people) return undefined;
    writers.push(...people);
  }
  return writers.length > 0 ? writers : undefined;
}
