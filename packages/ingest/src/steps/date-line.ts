import {
  CJK_PUBLISHED_LABELS,
  CJK_UPDATED_LABELS,
  FIRST_PUBLISHED_LABELS,
  REPUBLISHED_LABELS,
  DATE_LABEL_LINKS,
  PUBLISHED_LABELS,
  RELATIVE_AGES,
  RELATIVE_DAYS,
  TODAY_IS_LABELS,
  TIME_LINKS,
  UPDATED_LABELS,
  AS_OF_LABEL,
  AS_OF_WORD,
} from "./byline-labels.js";
import type { NumericOrder, NumericOrderSource, NumericSeparator, StampedOrder } from "./date-order.js";
import { readingTimeTailStart, TAG_LABELS } from "./boilerplate.js";
import { DOTTED_MONTH_ABBREVIATIONS, INTL_MONTH_NAMES } from "./month-names.js";
import { calendarDay, isClockTime, isEndOfDay, isRealDay, updateAfter } from "../_dates.js";
import { forgetAfterPage } from "./page-memos.js";
import { isPublicationName, namesFrontPage, opensWithSectionName } from "./section-names.js";
import { atMostWords, WHITE_SPACE_RUN } from "./word-count.js";
import { escapeRegExp, NOT_AFTER_WORD, NOT_BEFORE_WORD, WORD_CHAR, wholeWords } from "./word-edges.js";

/**
 * Dates and clock stamps as news pages print them: month names and calendars (the Gregorian, the Buddhist era, the solar
 * and lunar Hijri), time zones, numeric dates and their day-month order, date lines (`parseDateLine`,
 * `parseSingleDateLine`), the labels before them ("Published", "Updated") and the notes beside them. Bylines, which
 * name who wrote a story, are read in byline.ts, which asks this module where a date is.
 */

/**
 * A month table copied with no prototype: a page's word is the key, and "constructor" or "toString" names no month.
 */
function withoutPrototype(table: Readonly<Record<string, number>>): Record<string, number> {
  return Object.assign(Object.create(null), table);
}

/**
 * Month names: those of ICU for the languages read (month-names.ts), then what ICU lacks, which wins where both name a
 * word: abbreviations without their dot, as English and pages that drop the dot write them ("Mar 4", "janv", "okt", Dutch
 * "mrt", Italian and Spanish "ott" and "dic", Russian "окт"; not those that are words too, "set", "out", "там"),
 * spellings without accents ("maerz", "aout", "fevrier", "decembre"), Austria's "jänner", "listopad(a)", which ICU
 * leaves out as Croatian October and Czech or Polish November, read as November as before, and Malay "Ogos" (August),
 * too short for ICU's names read on every page (`SHORT_NAME_LENGTH`) but no word elsewhere; Malay "Mac" (March) and
 * "Dis" (December) stay unread, words of other languages ("Top 10 Mac 2025"). Copied `withoutPrototype`.
 */
const MONTHS: Record<string, number> = withoutPrototype(INTL_MONTH_NAMES);
const DOTTED_MONTHS: Readonly<Record<string, number>> = withoutPrototype(DOTTED_MONTH_ABBREVIATIONS);
const MONTH_NAMES: Array<[number, string[]]> = [
  [1, ["jan", "jänner", "janv", "ene", "янв"]],
  [2, ["feb", "fevrier", "févr", "фев", "февр"]],
  [3, ["mar", "maerz", "mrt", "мар"]],
  [4, ["apr", "апр"]],
  [6, ["jun", "июн"]],
  [7, ["jul", "juil", "июл"]],
  [8, ["aug", "aout", "авг", "ogos"]],
  [9, ["sep", "sept", "сен", "сент"]],
  [10, ["oct", "okt", "ott", "окт"]],
  [11, ["nov", "listopad", "listopada", "ноя", "нояб"]],
  [12, ["dec", "dez", "decembre", "dic", "дек"]],
];
for (const [month, names] of MONTH_NAMES) for (const name of names) MONTHS[name] = month;
/**
 * Case forms ICU leaves out, as dates print them: the Slovene genitive ("4. marca 2025", "12. julija 2025"), the
 * Latvian locative ("2025. gada 4. martā") and the Basque genitive ("2025eko martxoaren 4a"), each one month's alone;
 * and the Serbian and Bosnian genitive in Latin letters ("4. marta 2025.", "12. jula 2025."), which ICU gives in
 * Serbian's Cyrillic only ("марта", read) and in Bosnian in the nominative ("mart").
 */
const CASE_FORMS: Array<[number, string[]]> = [
  [1, ["januarja", "janvārī", "urtarrilaren", "januara"]],
  [2, ["februarja", "februārī", "otsailaren", "februara"]],
  [3, ["martā", "martxoaren", "marta"]],
  [4, ["aprila", "aprīlī", "apirilaren"]],
  [5, ["maijā", "maiatzaren"]],
  [6, ["junija", "jūnijā", "ekainaren", "juna"]],
  [7, ["julija", "jūlijā", "uztailaren", "jula"]],
  [8, ["avgusta", "augustā", "abuztuaren"]],
  [9, ["septembrī", "irailaren"]],
  [10, ["oktobra", "oktobrī", "urriaren"]],
  [11, ["novembrī", "azaroaren"]],
  [12, ["decembrī", "abenduaren"]],
];
for (const [month, names] of CASE_FORMS) for (const name of names) MONTHS[name] ??= month;
// Turkish in capitals loses the dot's difference: "ARALIK" lower-cases to "aralik", "EKİM" to "eki̇m" (see `monthKey`).
for (const [name, month] of Object.entries(MONTHS)) if (name.includes("ı")) MONTHS[name.replaceAll("ı", "i")] ??= month;
/**
 * Month names in Hebrew, also after the prefix "ב" ("in": "4 במרץ 2025"), and in Arabic: the names of Egypt, the Gulf
 * and the Maghreb, and the Levant's names of one word ("4 آذار 2025"). Read by the same forms as the others.
 */
const HEBREW_MONTHS = ["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"];
const ARABIC_MONTHS: Array<[number, string[]]> = [
  [1, ["يناير"]],
  [2, ["فبراير", "شباط"]],
  [3, ["مارس", "آذار"]],
  [4, ["أبريل", "ابريل", "إبريل", "نيسان"]],
  [5, ["مايو", "أيار"]],
  [6, ["يونيو", "يونيه", "حزيران"]],
  [7, ["يوليو", "يوليه", "تموز"]],
  [8, ["أغسطس", "اغسطس"]],
  [9, ["سبتمبر", "أيلول"]],
  [10, ["أكتوبر", "اكتوبر"]],
  [11, ["نوفمبر"]],
  [12, ["ديسمبر"]],
];
/**
 * Month names in Yiddish, kept as `hebrewScriptKey` makes them: without the points Yiddish spelling sets
 * ("אַפּריל"), its two-letter ligatures spelt out ("נאָװעמבער", "מײַ"). April, June and July are spelt as in Hebrew.
 */
const YIDDISH_MONTHS: Array<[number, string]> = [
  [1, "יאנואר"],
  [2, "פעברואר"],
  [3, "מערץ"],
  [5, "מיי"],
  [8, "אויגוסט"],
  [9, "סעפטעמבער"],
  [10, "אקטאבער"],
  [11, "נאוועמבער"],
  [12, "דעצעמבער"],
];
for (const [index, name] of HEBREW_MONTHS.entries()) MONTHS[name] = MONTHS[`ב${name}`] = index + 1;
for (const [month, names] of ARABIC_MONTHS) for (const name of names) MONTHS[name] = month;
for (const [month, name] of YIDDISH_MONTHS) MONTHS[name] = month;

/**
 * Hebrew points and accents (cantillation marks, vowel points, dagesh, rafe, the shin and sin dots), without the
 * punctuation of the same block: maqaf (U+05BE), paseq (U+05C0), sof pasuq (U+05C3) and nun hafukha (U+05C6) part
 * words, and a word holding one is no month's name ("4 ־מערץ 2025").
 */
const HEBREW_POINT_CLASS = "\\u0591-\\u05BD\\u05BF\\u05C1\\u05C2\\u05C4\\u05C5\\u05C7";
const HEBREW_POINTS = new RegExp(`[${HEBREW_POINT_CLASS}]`, "gu");
/** Yiddish's two-letter ligatures (װ, ױ, ײ) with the letters they join. */
const YIDDISH_LIGATURES: Record<string, string> = { "\u05F0": "וו", "\u05F1": "וי", "\u05F2": "יי" };
const YIDDISH_LIGATURE = /[\u05F0-\u05F2]/gu;
/**
 * A word of the Hebrew script as the word lists hold it: no points, ligatures spelt out ("פֿון" → "פון"), letters with
 * their points set as one character (the presentation forms, "אַ") parted first.
 */
function hebrewScriptKey(word: string): string {
  return word
    .normalize("NFD")
    .replace(HEBREW_POINTS, "")
    .replace(YIDDISH_LIGATURE, (ligature) => YIDDISH_LIGATURES[ligature]!);
}
/** The first code unit of the Hebrew block: a word from it on may carry points or ligatures (see `hebrewScriptKey`). */
const HEBREW_BLOCK_FIRST = 0x0590;

/**
 * The month a word names ("March", "mars.", "מערץ", "אַפּריל"), lower case and a closing dot allowed, or undefined. An
 * abbreviation of ICU's that ends with a dot ("янв.", "set.", "márc.") is read only with it: without, several are words
 * ("set", "out", "mat").
 */
export function monthOf(word: string): number | undefined {
  const key = monthKey(word);
  const month = MONTHS[key] ?? (key.length < word.length ? DOTTED_MONTHS[key] : undefined);
  return month === undefined && key.charCodeAt(0) >= HEBREW_BLOCK_FIRST ? MONTHS[hebrewScriptKey(key)] : month;
}

/**
 * Short month names read only on a page in their language, by the language the reader detects or the page's tag gives
 * (`NumericOrderSource.language`): Malay "Mac" (March), "Ogo" (August) and "Dis" (December), Indonesian "Agu" (August)
 * and "Des" (December), as Malay and Indonesian sites print them ("12 Mac 2026", "12 Des 2026 08:10 WIB"). Elsewhere they
 * are words ("Top 10 Mac 2025", French "Dis", Spanish "des"), so no page of another language reads them. Malay and
 * Indonesian share the list: each writes its own names in no word of the other, and a short page may be taken for either.
 */
const MALAY_SHORT_MONTHS: Readonly<Record<string, number>> = withoutPrototype({ mac: 3, ogo: 8, agu: 8, dis: 12, des: 12 });
const PAGE_LANGUAGE_MONTHS: Readonly<Record<string, Readonly<Record<string, number>>>> = { ms: MALAY_SHORT_MONTHS, id: MALAY_SHORT_MONTHS };
/** Every word of `PAGE_LANGUAGE_MONTHS`, whatever its language. */
const PAGE_LANGUAGE_MONTH_WORDS: ReadonlySet<string> = new Set(Object.values(PAGE_LANGUAGE_MONTHS).flatMap(Object.keys));

/**
 * A month's number from the short names of the page's own language (`PAGE_LANGUAGE_MONTHS`), or undefined. Only where
 * the date opens its text or follows a mark or a date's label and weekday (`before`: "Diterbitkan: 12 Mac 2026", "Oleh
 * Aminah Yusof · 12 Mac 2026", "Selasa, 12 Mac 2026"): after another word the number is a count ("Top 10 Mac 2025").
 */
function pageLanguageMonth(word: string, before: string, pageOrder: NumericOrderSource | undefined): number | undefined {
  const key = monthKey(word);
  if (!PAGE_LANGUAGE_MONTH_WORDS.has(key)) return undefined;
  // The answer depends on the page, even where the caller names none: `findDate` keeps no answer that asked it for
  // another page, or for a later call that names the page, to reuse.
  pageOrderAsked = true;
  const language = pageOrder?.language;
  const names = language === undefined ? undefined : PAGE_LANGUAGE_MONTHS[language];
  const month = names?.[key];
  return month !== undefined && (MARK_BEFORE_DATE.test(before) || LABEL_BEFORE_LATER_DATE.test(before.trim())) ? month : undefined;
}
/** Nothing before a date, or a mark closing what is: a colon, a comma, a bar, a dot, a dash, a bracket. */
const MARK_BEFORE_DATE = /(?:^|[:,|·•–—(-])\s*$/u;

/** A month's name opening a text, a year after it ("März 2025 – …", "mai 2025"): the rest of a date after its day. */
const MONTH_THEN_YEAR = /^(\p{L}+\.?)\s+\d{4}/u;

/** Whether a text opens with a month's name and a year, as the rest of a date does after a day that a dot ends. */
export function opensWithMonthAndYear(text: string): boolean {
  const month = MONTH_THEN_YEAR.exec(text)?.[1];
  return month !== undefined && monthOf(month) !== undefined;
}

/**
 * A month word in lower case without its dot. Turkish capitals fold as in Turkish: "İ" to "i" (JavaScript's lower case
 * adds a combining dot), and "I" reaches the table's dotless "ı" through the keys spelt with "i" beside them.
 */
function monthKey(word: string): string {
  // Each replacement only where its character stands: most words hold neither, and the searches cost less than the copies.
  const folded = (word.includes("İ") ? word.replaceAll("İ", "i") : word).toLowerCase();
  // Thai's abbreviated months are initials, a dot after each ("มี.ค."); elsewhere the one dot closes the word.
  return folded.includes(".") ? folded.replaceAll(".", "") : folded;
}

/** "Dec 2025", "March 2025": a month and a year, as a post's date is glued after its title. */
export function isMonthAndYear(text: string): boolean {
  const match = /^([\p{L}]{3,11})\.? (\d{4})$/u.exec(text);
  return match !== null && monthOf(match[1]!) !== undefined;
}

/** Day of month of the n-th Sunday of a month (month 1–12). */
function nthSunday(year: number, month: number, n: number): number {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((7 - first) % 7) + (n - 1) * 7;
}

/** US daylight saving time: from the second Sunday of March to the first Sunday of November. */
function usDaylight({ year, month, day }: CalendarDay): boolean {
  if (month < 3 || month > 11) return false;
  if (month > 3 && month < 11) return true;
  return month === 3 ? day >= nthSunday(year, 3, 2) : day < nthSunday(year, 11, 1);
}

interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** Offsets of the zone abbreviations news sites print. "ET", "CT" and "PT" follow US daylight saving. */
const ZONES: Record<string, string | ((day: CalendarDay) => string)> = {
  gmt: "+00:00",
  utc: "+00:00",
  z: "+00:00",
  bst: "+01:00",
  ist: "+01:00",
  cet: "+01:00",
  cest: "+02:00",
  mez: "+01:00",
  mesz: "+02:00",
  eet: "+02:00",
  eest: "+03:00",
  msk: "+03:00",
  edt: "-04:00",
  est: "-05:00",
  cdt: "-05:00",
  cst: "-06:00",
  mdt: "-06:00",
  mst: "-07:00",
  pdt: "-07:00",
  pst: "-08:00",
  et: (day) => (usDaylight(day) ? "-04:00" : "-05:00"),
  ct: (day) => (usDaylight(day) ? "-05:00" : "-06:00"),
  pt: (day) => (usDaylight(day) ? "-07:00" : "-08:00"),
  aest: "+10:00",
  aedt: "+11:00",
};

/**
 * A clock time alone on its line, maybe with its half of the day, the hour's word and a zone, in brackets or not
 * ("17:15 BST", "5.15 pm", "17.15 Uhr", "08h10 (CET)", "10:42 a.m. JST"); the zone's word captured.
 */
const CLOCK_ALONE = /^\d{1,2}(?:[:.]|h)\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:uhr|uur|h))?(?:\s+\(?(\p{L}{1,5})\)?)?$/iu;
/** A zone's abbreviation not in `ZONES`, in capitals ("JST", "WIB", "HKT"); a word in small letters is a headline's. */
const ZONE_IN_CAPITALS = /^\p{Lu}{2,5}$/u;

/**
 * Whether a line is a clock time alone, any word after it a zone (`ZONES`, or one in capitals): a live page's stamp
 * over its entry, no ticker's time before a headline ("17:15 BST", not "17:15 Bridge").
 */
export function isClockTimeAlone(text: string): boolean {
  const time = CLOCK_ALONE.exec(text);
  if (time === null) return false;
  const zone = time[1];
  return zone === undefined || ZONE_IN_CAPITALS.test(zone) || Object.hasOwn(ZONES, zone.toLowerCase());
}

/**
 * Letters of the Hebrew script as month names spell them: the letters, the points Yiddish sets on them, its ligatures
 * and the letters with points set as one character.
 */
const HEBREW_SCRIPT_LETTERS = `${HEBREW_POINT_CLASS}\\u05D0-\\u05EA\\u05F0-\\u05F2\\uFB1D-\\uFB4F`;
/**
 * Letters of the month names read, by script (ranges, not a `\p{L}` test: see `WORD_CHAR`): Latin, Greek and Cyrillic,
 * Hebrew and Yiddish, Arabic with Persian's and Urdu's letters; then the Indic scripts, Sinhala and Thai, whose names
 * for May have two characters ("मई").
 */
const ALPHABET_LETTERS = `A-Za-zÀ-ž\\u0370-\\u04FF${HEBREW_SCRIPT_LETTERS}\\u0621-\\u06FF`;
/** Thai's block, the last of the Indic-derived scripts read (see `commonEraYear`). */
const THAI_LETTERS = "\\u0E00-\\u0E7F";
const INDIC_AND_THAI_LETTERS = `\\u0900-\\u0DFF${THAI_LETTERS}`;
/**
 * Longest month name read: Polish "października" and Greek "Σεπτεμβρίου" have 12 and 11 letters; Finland's
 * "maaliskuuta", 11.
 */
const MONTH_NAME_MAX = 12;
/** "دی", the Solar Hijri tenth month, with a Persian or an Arabic yeh: the one month's name of two letters in an abjad. */
const SOLAR_HIJRI_DEY = "\\u062f[\\u06cc\\u064a]";
/** Most letters of a Thai abbreviated month's initial ("มี" of "มี.ค.", "เม" of "เม.ย."). */
const THAI_INITIAL_MAX = 2;
/**
 * A month's name, with its closing dot if it has one, or a Thai month's abbreviation of two initials, a dot after each
 * ("มี.ค.", "ก.พ."; see `monthOf`; the month lists above).
 */
const MONTH_WORD = `((?:[${ALPHABET_LETTERS}]{3,${MONTH_NAME_MAX}}|[${INDIC_AND_THAI_LETTERS}]{2,${MONTH_NAME_MAX}})\\.?|[${THAI_LETTERS}]{1,${THAI_INITIAL_MAX}}\\.[${THAI_LETTERS}]{1,${THAI_INITIAL_MAX}}\\.|${SOLAR_HIJRI_DEY})`;
/**
 * The end of a year: a word edge, or a capital glued to it by a copy that dropped the space between two elements
 * ("August 25, 2025August 29, 2025", "4 March 2025Ada Lee"): `NOT_BEFORE_WORD` without the capitals of A–Z and À–Þ, in
 * one look-ahead as cheap as it.
 */
const YEAR_END = "(?![0-9_a-z\\u00DF-\\u024F\\u0370-\\u04FF])";
/**
 * A clock time glued to a year by a copy of a `<time>` element's date and time parts ("March 3, 20259:15 AM ET", "3
 * mars 202514:20"): the year's four digits end there, and `TIME` reads the time after them.
 */
const GLUED_TIME = "(?=\\d{1,2}:\\d{2}(?!\\d))";
/** The end of a named month's year: a word edge, a glued capital (see `YEAR_END`) or a glued time. */
const NAMED_DATE_YEAR_END = `(?:${YEAR_END}|${GLUED_TIME})`;
/** A 12-hour clock time ("8:00am", "7:11 PM"): printed after numeric dates in the United States. */
const TWELVE_HOUR_TIME = "\\s+\\d{1,2}[:.]\\d{2}\\s*[AaPp]\\.?[Mm]";
/**
 * Day and month in numbers, then the year, dotted ("13.03.2025"), maybe with a space or a no-break space after each dot,
 * as Czech and Slovak print them ("14. 7. 2025"): read day first unless the page says otherwise. A spaced date's day
 * must not follow another number and its dot, as in a list's numbering ("1. 2. 3. 2025"). The year has four digits, as
 * unspaced: "14. 7. 25" is a section's or a list's numbers as often as a date.
 */
const DOTTED_DATE = `${NOT_AFTER_WORD}(?<!\\d\\.\\s)(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})${NOT_BEFORE_WORD}`;
/** The word for "at" before a time (`TIME_LINKS`), as a pattern's alternation. */
const TIME_LINK_ALTERNATION = TIME_LINKS.join("|");
/** An hour of the day on the 24-hour clock, as a pattern's source. */
const DAY_HOUR = "(?:[01]?\\d|2[0-3])";
/**
 * A 24-hour clock time after a slashed or hyphenated date, maybe after a separator or the word for "at" (`TIME_LINKS`:
 * "03/03/2025 14:05", "03/03/2025 às 14h05", "03/03/2025 - 14h05", "03/03/2025 a las 14:05"): hours to 23, minutes to
 * 59, no AM or PM after them, no digit glued on ("14:059" is no time). The hour's letter may be a capital, as some
 * templates print it ("14H05"). After the word for "at", the hour and its letter alone are a time too, as French and
 * Portuguese pages print a round hour ("à 20h", "às 9h"); without it they are a duration's ("Grève de 48h").
 */
export const TWENTY_FOUR_HOUR_TIME = `\\s*(?:[,|·•–—-]\\s*)?(?:(?:${TIME_LINK_ALTERNATION})\\s+${DAY_HOUR}[hH](?![${WORD_CHAR}/])|(?:(?:${TIME_LINK_ALTERNATION})\\s+)?${DAY_HOUR}[:hH][0-5]\\d(?!\\d|\\s*[AaPp]\\.?[Mm]))`;
/**
 * Day and month in numbers, then the year, slashed, before a clock time: a page's timestamp ("2/26/2025 7:11 PM",
 * "26/02/2025 19:11"). The fourth group is set when the time is a 24-hour one. A slashed date alone is not read: it is a
 * figure, a deadline or a reference as often as a stamp.
 */
const SLASHED_DATE = `${NOT_AFTER_WORD}(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?=${TWELVE_HOUR_TIME}|(${TWENTY_FOUR_HOUR_TIME}))`;
/** An update's label as patterns: its labels (`UPDATED_LABELS`) and German "Stand" before a date (`AS_OF_LABEL`). */
export const UPDATED_LABEL_SOURCES = [...UPDATED_LABELS, AS_OF_LABEL];
/** The labels of an update's and a published date (`UPDATED_LABELS`, `PUBLISHED_LABELS`), as a pattern's alternation. */
export const DATE_LABELS = [...UPDATED_LABEL_SOURCES, ...PUBLISHED_LABELS].join("|");
/** The words between a date's label and its date (`DATE_LABEL_LINKS`) as a pattern's alternation. */
export const DATE_LINK_ALTERNATION = DATE_LABEL_LINKS.join("|");
/**
 * The words between a date's label and its date (`DATE_LABEL_LINKS`), and Vietnamese "ngày" (day), which stands there
 * ("Cập nhật ngày 13/03/2026"), as a pattern's alternation.
 */
export const DATE_LINKS_OR_DAY = `${DATE_LINK_ALTERNATION}|ngày`;
/** The zones the day-first languages' sites print after a stamp's clock time. */
const STAMP_ZONES = "GMT|UTC|CES?T|MES?Z|WET|WEST";
/**
 * What closes a stamp's clock time: the text's end or a mark, maybe after the hour's word or a zone, bare or in
 * brackets ("08:10 uur", "08:10 Uhr", "08:10 CET", "08:10 (MEZ)"). A word after the time makes the line a listing's row
 * ("14-03-2026 20:00 Harbour FC - Rovers", a fixture, a departure), not a post's stamp.
 */
export const STAMP_CLOSE = `(?:\\s*(?:(?:uur|Uhr|u|h|${STAMP_ZONES})(?![A-Za-z])|\\((?:${STAMP_ZONES})\\)))?\\s*(?:$|[·•|,;()–—-])`;
/**
 * Day, month and year joined by hyphens before a 24-hour clock time ("12-03-2026 08:10", "12-03-2026 om 08:10"): a
 * page's timestamp, as a slashed date before one is. Without the time a hyphenated date is read only after a label or
 * alone under a headline (see `LABELLED_ONLY_SEPARATOR`), and with it only where the time closes the text or its
 * field (`STAMP_CLOSE`). No hyphen or digit before the day (a code's field, "4471-12-03-2026 08:10"); a score, a phone
 * number or a fixture's day holds no four-digit year.
 */
const HYPHENATED_TIMED_DATE = `${NOT_AFTER_WORD}(?<![\\d-])(\\d{1,2})-(\\d{1,2})-(\\d{4})(?=${TWENTY_FOUR_HOUR_TIME}${STAMP_CLOSE})`;
/**
 * What may come before a hyphenated stamp (`HYPHENATED_TIMED_DATE`): nothing, a mark closing a byline's names or
 * another field, a date's label with its link ("Bijgewerkt op", "Erstellt:") or German "Stand" (as of), bare
 * (`AS_OF_WORD`) as a link may follow it ("Stand am"). After any other word the date and time are an order's, a
 * kick-off's, a departure's or a deadline's ("Bestellung 12-03-2026 10:45", "Aftrap: 14-03-2026 20:30", "Gültig bis
 * 31-03-2026 23:59").
 */
const HYPHENATED_STAMP_OPENING = new RegExp(
  `(?:^|[·•|,;()–—-]|(?:^|[\\s·•|,;()–—-])(?:${DATE_LABELS}|${AS_OF_WORD})(?:\\s+(?:${DATE_LINK_ALTERNATION}))?\\s*:?)$`,
  "iu",
);
/**
 * The separator of numeric dates read only after a date's label (see `LABELLED_NUMERIC_DATE`) or alone on a header's
 * line (see `headerNumericDate`): a bare day, month and year joined by hyphens is a code, a reference or a range as
 * often as a date.
 */
const LABELLED_ONLY_SEPARATOR = "-";
/** Each separator's form read without a label, as above, and the order it reads where nothing on the page settles one. */
const NUMERIC_FORMS: Record<Exclude<NumericSeparator, typeof LABELLED_ONLY_SEPARATOR>, { source: string; order: NumericOrder }> = {
  ".": { source: DOTTED_DATE, order: "day-first" },
  "/": { source: SLASHED_DATE, order: "month-first" },
};
/**
 * Day and month in numbers and a four-digit year, slashed or joined by hyphens, the second separator the first's
 * ("14/07/2025", "14-07-2025"), as a pattern source; its groups: the first number, the separator, the second, the year.
 */
export const SEPARATED_NUMERIC_DATE = "(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4})";
/**
 * A 24-hour clock time between a date's label and its numeric date, as Vietnamese sites print their stamps, the time
 * first ("Cập nhật lúc 10:45 13/03/2026", "Đăng lúc 08:10 ngày 12/03/2026": updated, posted at 10:45 on the day …):
 * the time, a space, a comma or a dash, and the word for "day" maybe.
 */
const CLOCK_BEFORE_DATE = String.raw`(?:[01]?\d|2[0-3])[:h][0-5]\d(?:\s*[,–-]\s*|\s+)(?:ngày\s+)?`;
/**
 * A date slashed or joined by hyphens right after a date's label, with no clock time ("Updated 14/07/2025", "Mis à jour
 * le 14/07/2025", "Bijgewerkt op 14-07-2025", "Publicado: 07/14/2025", Vietnamese "Cập nhật ngày 13/03/2026" with its word
 * for "day" as the link): the label makes it the page's stamp, where such
 * a date alone is as often a figure, a reference or a code. No digit nor another field of a code may follow the year
 * ("14-07-2025-3", "14-07-2025-B"). Its day and month are read in the page's order for its separator, or where the
 * numbers allow one (see `numericParts`).
 */
export const LABELLED_NUMERIC_DATE = new RegExp(
  `^(?:${DATE_LABELS})(?:\\s+(?:${DATE_LINKS_OR_DAY}))?\\s*(?::\\s*)?(?:${CLOCK_BEFORE_DATE})?${SEPARATED_NUMERIC_DATE}(?!\\d|\\2[\\p{L}\\d])`,
  "iu",
);
/**
 * A line that is such a date and nothing else ("25/07/2025", "25-07-2025"): the page's stamp where the header prints it
 * under the headline (see `headerNumericDate`); elsewhere a date alone on its line is a teaser's or a table's.
 */
const NUMERIC_DATE_LINE = new RegExp(`^${SEPARATED_NUMERIC_DATE}$`);
/** A numeric date as printed (see `SEPARATED_NUMERIC_DATE`): its first two numbers, its year, its separator. */
interface PrintedNumericDate {
  first: string;
  second: string;
  year: string;
  separator: NumericSeparator;
}
/** The parts of a match of `SEPARATED_NUMERIC_DATE` (its groups first in the pattern), or undefined for no match. */
function printedNumericDate(match: RegExpExecArray | null): PrintedNumericDate | undefined {
  return match ? { first: match[1]!, separator: match[2] as NumericSeparator, second: match[3]!, year: match[4]! } : undefined;
}
/** The labelled numeric date opening a text (see `LABELLED_NUMERIC_DATE`), or undefined. */
export function labelledNumericDate(text: string): PrintedNumericDate | undefined {
  return printedNumericDate(LABELLED_NUMERIC_DATE.exec(text));
}
/** Highest month number: a larger one of a numeric date's first two numbers is its day. */
const MONTHS_IN_YEAR = 12;
/** The years the date reader takes: other number triples are versions, scores or references. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;
/**
 * Thailand counts years from the Buddha's death (2568 is 2025), from each 1 January since 1941: a year past
 * `LAST_YEAR` after a Thai month's name is of that era.
 */
const BUDDHIST_ERA_OFFSET = 543;
/** "พ.ศ.", the Buddhist era's initials, which formal Thai dates print before the year ("3 มีนาคม พ.ศ. 2568"). */
const BUDDHIST_ERA_MARK = "พ.ศ.";
/** `BUDDHIST_ERA_MARK` as a pattern's literal. */
const BUDDHIST_ERA_INITIALS = escapeRegExp(BUDDHIST_ERA_MARK);
const THAI_BLOCK = new RegExp(`^[${THAI_LETTERS}]`, "u");
/** A year as the common era counts it: a Thai date's Buddhist year turned (see `BUDDHIST_ERA_OFFSET`). */
function commonEraYear(year: string, monthWord: string): string {
  return Number(year) > LAST_YEAR && THAI_BLOCK.test(monthWord) ? String(Number(year) - BUDDHIST_ERA_OFFSET) : year;
}
/** Two-digit years ("3/09/15") below this are of this century, the others of the 1990s. */
const TWO_DIGIT_CENTURY_TURN = 70;
/**
 * Each form with the one character it cannot match without (`needs`), when it has one: a search for a character is
 * far cheaper than a pattern that fails, and most lines that reach these hold a year but no date.
 */
/**
 * An ISO date-time's time as stored ("T07:00:00.000Z", "T07:00+01:00"), whole and ending at a word's edge: a stamp
 * inside a code or a file name ("2024-03-11T07:00-rc1", "…T07:00.tar") is no date line's.
 */
const ISO_TIME = `T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?(?![-.:]?[${WORD_CHAR}])`;

/** A month's name in Arabic letters, of one word or two ("آذار", "كانون الثاني"), for the twice-named month. */
const ARABIC_MONTH_NAME = "[\\u0621-\\u064a]{3,8}(?: [\\u0621-\\u064a]{3,8})?";

interface DateForm {
  needs?: string;
  /** Strings the text must hold one of, where the first alone is common ("-" and the clock time's ":" or "h"). */
  alsoNeeds?: readonly string[];
  pattern: RegExp;
  /** The year, month and day; undefined for a date whose order nothing settles. */
  parts: (m: RegExpMatchArray, pageOrder?: NumericOrderSource) => [string, string, string] | undefined;
}

/**
 * A day, a month's name and a year joined by one mark, a hyphen or a dot ("7-Mar-2026", "10.set.2024"). A letter or
 * digit and the mark before the day, or the mark and a word after the year, make it part of a code or a version
 * ("KT-7-Mar-2026", "7-Mar-2026-B", "v1.4.Mar.2026.b"), not a date; a dotted one, a hyphen and a word around it too
 * ("build-3.Jun.2024-rc1"), as a code mixes its marks.
 */
function joinedNamedDate(mark: "-" | "."): DateForm {
  const join = mark === "." ? "\\." : mark;
  const edge = mark === "." ? "[-.]" : mark;
  return {
    needs: mark,
    pattern: new RegExp(`(?<![${WORD_CHAR}]${edge}?)(\\d{1,2})${join}${MONTH_WORD}${join}(\\d{4})${YEAR_END}(?!${edge}[${WORD_CHAR}])`),
    // A dot after the month's name is its abbreviation's dot too: "set." names September where "set" alone is a word.
    parts: (m) => [m[3]!, mark === "." ? `${m[2]!.replace(TRAILING_DOT, "")}.` : m[2]!, m[1]!],
  };
}
/** A word's closing dot, if it has one. */
const TRAILING_DOT = /\.$/;

const DATE_FORMS: DateForm[] = [
  // 13 March 2025 · 3. März 2025 · 13 de marzo de 2025 (and in capitals, "13 DE MARZO DE 2025") · 13 mars 2025 · 4 d'abril del 2025 (Catalan) · 13טן מערץ 2025 (Yiddish's ordinal ending) ·
  // 8 марта 2025г. (Russian's "year", Ukrainian's "р.", glued to it) · 8 มีนาคม 2568 (Thai, Buddhist era) · 8 มีนาคม
  // พ.ศ. 2568 (the era's initials before the year, as formal Thai dates print it)
  {
    pattern: new RegExp(
      `${NOT_AFTER_WORD}(\\d{1,2})(?:st|nd|rd|th|er|\\.|טן|טער)?\\s+(?:[dD][eE]\\s+|[dD]['’])?${MONTH_WORD},?\\s+(?:[dD][eE][lL]?\\s+|${BUDDHIST_ERA_INITIALS}\\s?)?(\\d{4})(?:[гр]\\.)?${NAMED_DATE_YEAR_END}`,
    ),
    // After the era's initials the year is the era's, whatever its number (see `BUDDHIST_ERA_OFFSET`).
    parts: (m) => [
      m[0].includes(BUDDHIST_ERA_MARK) ? String(Number(m[3]!) - BUDDHIST_ERA_OFFSET) : commonEraYear(m[3]!, m[2]!),
      m[2]!,
      m[1]!,
    ],
  },
  // March 13, 2025 · Mar. 13 2025
  {
    pattern: new RegExp(`${NOT_AFTER_WORD}${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${NAMED_DATE_YEAR_END}`),
    parts: (m) => [m[3]!, m[1]!, m[2]!],
  },
  // 2025. március 8. · 2025. március 8-án (Hungarian: year, month, day with its dot or its case ending)
  {
    needs: ".",
    pattern: new RegExp(`(?<![\\d.])(\\d{4})\\.\\s+${MONTH_WORD}\\s+(\\d{1,2})(?:\\.|-\\p{Ll}{1,3}(?!\\p{L}))`, "u"),
    parts: (m) => [m[1]!, m[2]!, m[3]!],
  },
  // 2025. gada 4. marts (Latvian: the year, "of the year", the day with its dot, the month)
  {
    needs: "gada",
    pattern: new RegExp(`(?<![\\d.])(\\d{4})\\.\\s+gada\\s+(\\d{1,2})\\.\\s+${MONTH_WORD}${NOT_BEFORE_WORD}`, "u"),
    parts: (m) => [m[1]!, m[3]!, m[2]!],
  },
  // 2025 m. kovo 4 d. (Lithuanian: the year and "m." for "year", the month, the day and "d." for "day")
  {
    needs: "d.",
    pattern: new RegExp(`(?<![\\d.])(\\d{4})\\s*m\\.\\s+${MONTH_WORD}\\s+(\\d{1,2})\\s*d\\.`, "u"),
    parts: (m) => [m[1]!, m[2]!, m[3]!],
  },
  // 2025eko martxoaren 4a · 2025(e)ko martxoaren 4(a) (Basque: the year's case ending glued to it, the month's genitive,
  // the day with its article)
  {
    needs: "ko ",
    pattern: new RegExp(`(?<![\\d.])(\\d{4})(?:e|\\(e\\))?ko\\s+${MONTH_WORD}\\s+(\\d{1,2})(?:a|\\(a\\))?${NOT_BEFORE_WORD}`, "u"),
    parts: (m) => [m[1]!, m[2]!, m[3]!],
  },
  // 8 tháng 3, 2025 · ngày 8 tháng 3 năm 2025 (Vietnamese names its months by number: "month 3")
  {
    needs: "háng",
    pattern: /(?<!\d)(\d{1,2})\s+[Tt]háng\s+(\d{1,2}),?\s+(?:năm\s+)?(\d{4})(?!\d)/,
    parts: (m) => [m[3]!, m[2]!, m[1]!],
  },
  // 2025年3月13日 (Chinese and Japanese; a time after it, "10:30" or "10时30分", is read as the rest of the line)
  { needs: "年", pattern: /(?<!\d)(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日/, parts: (m) => [m[1]!, m[2]!, m[3]!] },
  // 2025-03-13, and an ISO date-time as some pages print it ("2025-03-13T07:00:00Z": the date is read, not the time)
  {
    needs: "-",
    pattern: new RegExp(`${NOT_AFTER_WORD}(\\d{4})-(\\d{2})-(\\d{2})(?:${NOT_BEFORE_WORD}|(?=${ISO_TIME}))`),
    parts: (m) => [m[1]!, m[2]!, m[3]!],
  },
  // 7-Mar-2026 · 7-Okt-2026 (day, month's name and year joined by hyphens, as some sites and publishing systems print
  // them) · 10.set.2024 · 4.Mar.2026 (joined by dots, as Brazilian papers print them)
  joinedNamedDate("-"),
  joinedNamedDate("."),
  // 13.03.2025: day first, as in most of Europe, unless the page's own stamps order dotted dates month first or the
  // date can only be read so ("10.25.2024").
  {
    needs: ".",
    pattern: new RegExp(DOTTED_DATE),
    parts: (m, pageOrder) => numericParts(m[1]!, m[2]!, m[3]!, ".", pageOrder, NUMERIC_FORMS["."].order),
  },
  // 3/09/15 8:00am · 2/26/2025 7:11 PM · 03/03/2025 às 10h32: slashed dates are read only before a clock time. Before
  // a 12-hour time, the United States' pairing, month first unless the page orders its numeric dates day first (a
  // British page's "09/10/2024 8:00 am"); before a 24-hour time, which both orders print, only in the page's order
  // (a Brazilian page's, day first) or where the numbers allow one ("26/02/2025 19:11"). A first number above 12 can
  // only be a day ("26/2/2025 7:11 PM").
  {
    needs: "/",
    pattern: new RegExp(SLASHED_DATE),
    parts: (m, pageOrder) => numericParts(m[1]!, m[2]!, m[3]!, "/", pageOrder, m[4] === undefined ? NUMERIC_FORMS["/"].order : undefined),
  },
  // 12-03-2026 08:10 · 12-03-2026, 08:10 (day, month and year joined by hyphens before a 24-hour clock time, as Dutch,
  // German, French, Spanish, Italian and Portuguese sites stamp a post beside its byline): read as a slashed date before
  // a 24-hour time is, only in the page's order or where the numbers allow one, so a page of no settled order reads none.
  // Only with a colon's time or the hour's letter: a hyphen alone is on most lines.
  {
    needs: "-",
    alsoNeeds: [":", "h", "H"],
    pattern: new RegExp(HYPHENATED_TIMED_DATE),
    parts: (m, pageOrder) =>
      HYPHENATED_STAMP_OPENING.test(m.input!.slice(Math.max(0, m.index! - 60), m.index).trimEnd())
        ? numericParts(m[1]!, m[2]!, m[3]!, "-", pageOrder, undefined)
        : undefined,
  },
  // 2025년 3월 13일 (Korean)
  { needs: "년", pattern: /(?<!\d)(\d{4})년 ?(\d{1,2})월 ?(\d{1,2})일/, parts: (m) => [m[1]!, m[2]!, m[3]!] },
  // 2025.03.13 · 2025. 3. 13. (year first, as in Korea, Japan, China and Hungary)
  { needs: ".", pattern: /(?<![\d.])(\d{4})\. ?(\d{1,2})\. ?(\d{1,2})(?![\d])/, parts: (m) => [m[1]!, m[2]!, m[3]!] },
  // 2025/03/13 (year first with slashes, as in Japan, Taiwan and China): a year of four digits first leaves one order.
  // A slash or digit on either side makes it part of a path or a longer number ("/2025/03/13/", "12025/03/13").
  { needs: "/", pattern: /(?<![\d/])(\d{4})\/(\d{1,2})\/(\d{1,2})(?![\d/])/, parts: (m) => [m[1]!, m[2]!, m[3]!] },
  // 3 آذار/مارس 2025 · 3 كانون الثاني/يناير 2025 (Arabic pages of the Levant and Iraq name a month twice, its Syriac
  // name and its Latin one, parted by a slash, either first): the name of one word is read.
  {
    needs: "/",
    pattern: new RegExp(
      `${NOT_AFTER_WORD}(\\d{1,2})\\s+(${ARABIC_MONTH_NAME})\\s?\\/\\s?(${ARABIC_MONTH_NAME})\\s+(\\d{4})${NAMED_DATE_YEAR_END}`,
      "u",
    ),
    parts: (m) => [m[4]!, monthOf(m[2]!) === undefined ? m[3]! : m[2]!, m[1]!],
  },
];

/**
 * A numeric date's year, month and day from its two first numbers: a number above 12 can only be a day; two that could
 * each be either are read in the page's order for that separator (see date-order.ts), asked only then, as finding it
 * scans the page; where nothing settles that, in `fallback`, the form's own order, or not at all when it has none.
 */
function numericParts(
  first: string,
  second: string,
  year: string,
  separator: NumericSeparator,
  pageOrder: NumericOrderSource | undefined,
  fallback: NumericOrder | undefined,
): [string, string, string] | undefined {
  const [a, b] = [Number(first), Number(second)];
  // Day and month the same number read alike either way.
  const order = a > MONTHS_IN_YEAR || a === b ? "day-first" : b > MONTHS_IN_YEAR ? "month-first" : (pageOrder?.(separator) ?? fallback);
  // Read either way: the page's order decided, so the date found depends on it and is not kept (see `findDate`). Set
  // after the order is asked, as finding it reads the page's date lines with `findDate` too.
  if (a <= MONTHS_IN_YEAR && b <= MONTHS_IN_YEAR && a !== b) pageOrderAsked = true;
  if (order === undefined) return undefined;
  return order === "day-first" ? [year, second, first] : [year, first, second];
}

/** A year as printed, two digits or four ("15" → 2015, "98" → 1998). */
function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? year + (year < TWO_DIGIT_CENTURY_TURN ? 2000 : 1900) : year;
}

/** Whether a date read is a day the calendar has ("31-02-2026" is not: see `isRealDay`) in the years taken. */
function isCalendarDate(year: number, month: number, day: number): boolean {
  return year >= FIRST_YEAR && year <= LAST_YEAR && isRealDay(year, month, day);
}

/**
 * The order the page's own date stamps show for each separator (see date-order.ts): the all-numeric dates of its date
 * lines that can be read only one way, when some show one order and none the other. A labelled slashed date opening a
 * line or a part of it ("Published 12/07/2025 | Updated 14/07/2025", "Bijgewerkt op 14-07-2025") is a stamp too, its part
 * a date line of its own; it is the only stamp of dates joined by hyphens.
 */
export function stampedOrder(lines: readonly { text: string }[]): StampedOrder {
  return (separator) => {
    const pattern = separator === LABELLED_ONLY_SEPARATOR ? undefined : new RegExp(NUMERIC_FORMS[separator].source, "g");
    const page: OrdersShown = { dayFirst: false, monthFirst: false };
    for (const { text } of lines) {
      // What a date line needs first (see `parseDateLine`), then the line's numeric dates, then the line as a date line
      // only when one of them orders its numbers: most lines with the separator and a year hold no such date.
      if (!text.includes(separator) || text.length > MAX_DATE_LINE_LENGTH || !mayHoldDate(text)) continue;
      if (pattern) {
        const line: OrdersShown = { dayFirst: false, monthFirst: false };
        for (const [, first, second, year] of text.matchAll(pattern)) addShown(line, orderShown(first!, second!, year!));
        if ((line.dayFirst || line.monthFirst) && parseDateLine(text)) addShown(page, line);
      }
      // Dotted dates are read without a label, by the pattern above.
      if (separator === ".") continue;
      for (const part of dateLineParts(text)) {
        const date = labelledNumericDate(part);
        if (date?.separator === separator && parseDateLine(part)) addShown(page, orderShown(date.first, date.second, date.year));
      }
    }
    return settledOrder(page);
  };
}

/**
 * The order the page's own writing shows for a separator, where neither its stamps, its tag nor its language settles
 * one (see date-order.ts): its numeric dates anywhere, prose and teasers too, with a number above 12 (`orderShown`),
 * when all that do show one order; else, for the slash, the order its English dates set their month's name in (see
 * `englishNamedOrder`), which tells an American page from a British, Irish, Indian or Australian one. A page that
 * writes "November 5, 2024" writes "11/05/2024" month first; one writing "5 November 2024" writes it day first.
 */
export function writtenOrder(lines: readonly { text: string }[]): StampedOrder {
  return (separator) => printedOrder(lines, separator) ?? (separator === "/" ? englishNamedOrder(lines) : undefined);
}

/** The order the numeric dates of every line show for a separator (see `writtenOrder`), or undefined. */
function printedOrder(lines: readonly { text: string }[], separator: NumericSeparator): NumericOrder | undefined {
  const mark = escapeRegExp(separator);
  // Not part of a longer run of numbers and marks: a version ("v2.13.2025"), a path or a code's field.
  const pattern = new RegExp(`${NOT_AFTER_WORD}(?<![./-])(\\d{1,2})${mark}(\\d{1,2})${mark}(\\d{4})(?![./-]?\\d)${NOT_BEFORE_WORD}`, "g");
  const page: OrdersShown = { dayFirst: false, monthFirst: false };
  for (const { text } of lines) {
    if (!text.includes(separator) || !mayHoldDate(text)) continue;
    for (const [, first, second, year] of text.matchAll(pattern)) addShown(page, orderShown(first!, second!, year!));
  }
  return settledOrder(page);
}

/** English months' names and their short forms, capitalised as English prints them (see `englishNamedOrder`). */
const ENGLISH_MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
/** A day's number with its English ordinal's letters maybe ("5", "5th"). */
const ENGLISH_DAY = "\\d{1,2}(?:st|nd|rd|th)?";
/** An English date with the month's name before the day, as the United States writes it ("November 5, 2024"). */
const MONTH_BEFORE_DAY = new RegExp(`${NOT_AFTER_WORD}${ENGLISH_MONTH}\\.?\\s+${ENGLISH_DAY},?\\s+\\d{4}${NOT_BEFORE_WORD}`, "gu");
/** An English date with the day before the month's name, as most other English writes it ("5 November 2024"). */
const DAY_BEFORE_MONTH = new RegExp(
  `${NOT_AFTER_WORD}${ENGLISH_DAY}\\s+(?:of\\s+)?${ENGLISH_MONTH}\\.?,?\\s+\\d{4}${NOT_BEFORE_WORD}`,
  "gu",
);

/**
 * The order the page's English dates with a month's name show: month first where more of them set the name before the
 * day than after it, day first where fewer do, none on a tie or none at all.
 */
function englishNamedOrder(lines: readonly { text: string }[]): NumericOrder | undefined {
  let monthFirst = 0;
  let dayFirst = 0;
  for (const { text } of lines) {
    if (!mayHoldDate(text)) continue;
    monthFirst += text.match(MONTH_BEFORE_DAY)?.length ?? 0;
    dayFirst += text.match(DAY_BEFORE_MONTH)?.length ?? 0;
  }
  return monthFirst === dayFirst ? undefined : monthFirst > dayFirst ? "month-first" : "day-first";
}

/** Which orders numeric dates show: a day above 12 first, or second. */
interface OrdersShown {
  dayFirst: boolean;
  monthFirst: boolean;
}

/** The order a numeric date shows (its first two numbers and its year, as printed): a number above 12 settles it. */
function orderShown(first: string, second: string, year: string): OrdersShown {
  const [a, b] = [Number(first), Number(second)];
  const calendar = isCalendarDate(fullYear(year), Math.min(a, b), Math.max(a, b));
  return { dayFirst: calendar && a > MONTHS_IN_YEAR, monthFirst: calendar && b > MONTHS_IN_YEAR };
}

/** The one order dates showed, or undefined where they showed none or both. */
function settledOrder(shown: OrdersShown): NumericOrder | undefined {
  return shown.dayFirst === shown.monthFirst ? undefined : shown.dayFirst ? "day-first" : "month-first";
}

/** Adds what one date showed of the page's order to what the page has shown so far. */
function addShown(into: OrdersShown, shown: OrdersShown): void {
  into.dayFirst ||= shown.dayFirst;
  into.monthFirst ||= shown.monthFirst;
}

/** Text with no four-digit run and no slashed date holds no date of any form above; far cheaper than the patterns. */
export function mayHoldDate(text: string): boolean {
  // A line with no digit of any script is let go on one scan (`MAY_BE_DIGIT`): most lines asked, 819 of the fixtures'
  // 949 lines of up to 200 characters, where the three tests below took two scans and a search for a slash.
  MAY_BE_DIGIT.lastIndex = 0;
  if (!MAY_BE_DIGIT.test(text)) return false;
  // Four digits are looked for from the unit found (one code unit: the class has no `u` flag), as no run of 0 to 9 can
  // start before it; the line's head is not scanned twice. Plain tests: an alternation in one pattern would keep the
  // engine from scanning fast for its first digit. The last reads a year in a script's own digits (see `latinDigits`),
  // tried only when the others fail.
  FOUR_DIGITS.lastIndex = MAY_BE_DIGIT.lastIndex - 1;
  return (
    FOUR_DIGITS.test(text) ||
    (text.includes("/") && DIGITS_ABOUT_SLASH.test(text)) ||
    (PAST_LATIN_DIGITS.test(text) && NATIVE_YEAR.test(text))
  );
}

/**
 * A code unit at or past Arabic-Indic zero (U+0660), the first decimal digit of Unicode after 0 to 9, or half of a pair
 * past the basic plane: a text with none holds no digit of a script's own. A plain range, asked first, as `\p{Nd}`
 * costs several times more to scan and most lines asked are in a Latin script (the 1,000-page fixture batch took 8%
 * longer without it). The blocks from General Punctuation to Miscellaneous Symbols and Arrows (U+2000 to U+2BFF) hold
 * no decimal digit, and Latin-script lines hold their dashes, curly quotes, bullets and the euro sign: left out, so
 * such a line skips `\p{Nd}`.
 */
const PAST_LATIN_DIGIT_RANGES = "\\u0660-\\u1fff\\u2c00-\\uffff";
const PAST_LATIN_DIGITS = new RegExp(`[${PAST_LATIN_DIGIT_RANGES}]`);
/**
 * A digit 0 to 9 or a code unit `PAST_LATIN_DIGITS` takes: a text with none holds no digit of any script. One class,
 * scanned once (in a micro run over the fixtures' lines, `mayHoldDate` took a third less time with it asked first).
 */
const MAY_BE_DIGIT = new RegExp(`[0-9${PAST_LATIN_DIGIT_RANGES}]`, "g");
/** Four digits 0 to 9 in a row; global so that `mayHoldDate` can start it where `MAY_BE_DIGIT` stopped. */
const FOUR_DIGITS = /\d{4}/g;
/** A slash between two digits, as a slashed date prints it ("3/14/2026"): looked for only in a line holding a slash. */
const DIGITS_ABOUT_SLASH = /\d\/\d/;

/** A decimal digit of a script's own ("٤", "۴", "४", "৪", "๔"), not one of 0 to 9. */
const NATIVE_DIGIT = /(?![0-9])\p{Nd}/u;
/** Every such digit, for `latinDigits`. */
const NATIVE_DIGITS = /(?![0-9])\p{Nd}/gu;
/** Four digits of a script's own in a row: a year written as Arabic, Persian, Hindi or Bengali pages write it. */
const NATIVE_YEAR = /\p{Nd}{4}/u;
/**
 * How many digits a script's set of them holds, zero to nine, in code points that follow one another. Sets may follow
 * one another with no gap (the five sets of mathematical digits, "𝟎" to "𝟿"), so a digit's value is its distance from
 * the start of the run modulo this.
 */
const DIGITS_IN_SCRIPT = 10;

/**
 * A text with each of a script's own digits as the digit 0 to 9 of the same value, so that a date line written in
 * them ("٤ مارس ٢٠٢٥", "۱۸ اسفند ۱۴۰۳", "৮ মার্চ ২০২৫") is read by the same forms as one in 0 to 9. A digit of the
 * basic plane stays one character, so a date's place in the text is the same in both; one past it ("𝟐") was two and is
 * one, so only what the forms read of the text, never a place in it, may be taken back. A digit's value is its distance
 * from its set's zero (see `DIGITS_IN_SCRIPT`).
 */
export function latinDigits(text: string): string {
  if (!PAST_LATIN_DIGITS.test(text) || !NATIVE_DIGIT.test(text)) return text;
  return text.replace(NATIVE_DIGITS, digitValue);
}

/** Each digit's value once found (see `latinDigits`): a few scripts' ten digits, kept for the process. */
const DIGIT_VALUES = new Map<string, string>();

/** The value of a script's own digit, 0 to 9 (see `latinDigits`). */
function digitValue(digit: string): string {
  let known = DIGIT_VALUES.get(digit);
  if (known === undefined) {
    const code = digit.codePointAt(0)!;
    let distance = 0;
    while (NATIVE_DIGIT.test(String.fromCodePoint(code - distance - 1))) distance++;
    known = String(distance % DIGITS_IN_SCRIPT);
    DIGIT_VALUES.set(digit, known);
  }
  return known;
}

/**
 * A time: after a word edge, or glued to a year ("20259:15 AM", see `GLUED_TIME`). Its seconds are passed over
 * ("08:45:10 CET"): unread, the minutes and seconds would pass for an hour no clock shows ("45:10 CET"). The hour may
 * be parted from its minutes by the hour's letter, as French, Portuguese and some Spanish pages print a clock ("20h30",
 * "8h05", "9 h 15"); the second group is set then, as the fifth is by German "Uhr" after the time.
 */
export const TIME =
  /(?:\b|(?<=(?:19|20)\d{2}))(\d{1,2})(?:[:.]|\s?(h)\s?)(\d{2})(?::\d{2})?(?:\s*([ap])\.?m\.?)?(?:\s*(?:(uhr)|h))?(?:\s+\(?([a-z]{1,4})\)?)?(?=$|[\s,;)|·•])/i;

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/**
 * The first calendar date in a line, as ISO parts and where in the line it starts, or undefined. `pageOrder`: how the
 * page orders the day and month of its numeric dates (see date-order.ts), where the caller knows the page.
 */
export function findDate(text: string, pageOrder?: NumericOrderSource): (CalendarDay & { at: number }) | undefined {
  // The classifier reads each line as a date line and then as a byline, and both look for the line's date: the last
  // line's answer is kept when no numeric date read either way made it ask the page's order, so it holds for any page.
  if (lastDateFound !== undefined && lastDateFound.text === text) return lastDateFound.date;
  // Kept for a search this one runs inside (finding the page's order reads its date lines).
  const askedOutside = pageOrderAsked;
  pageOrderAsked = false;
  const date = searchDate(text, pageOrder);
  // Only a line as short as a date line is kept: a paragraph is seldom asked again. The memo is emptied after each page,
  // as even a short line holds the whole page's text (see page-memos.ts).
  lastDateFound = pageOrderAsked || text.length > MAX_DATE_LINE_LENGTH ? undefined : { text, date };
  pageOrderAsked = askedOutside;
  return date;
}

/** Whether `numericParts` met a date it can read either way since `findDate` last began a search. */
let pageOrderAsked = false;
/** `findDate`'s last text and its answer, which no page order changes. */
let lastDateFound: { text: string; date: (CalendarDay & { at: number }) | undefined } | undefined;
forgetAfterPage(() => {
  lastDateFound = undefined;
});

/** The first date of `text` in the forms of `DATE_FORMS` (see `findDate`). */
function searchDate(text: string, pageOrder?: NumericOrderSource): (CalendarDay & { at: number }) | undefined {
  for (const form of DATE_FORMS) {
    if (form.needs !== undefined && !text.includes(form.needs)) continue;
    if (form.alsoNeeds !== undefined && !form.alsoNeeds.some((needed) => text.includes(needed))) continue;
    const match = text.match(form.pattern);
    if (!match) continue;
    const parts = form.parts(match, pageOrder);
    if (!parts) continue;
    const [yearText, monthText, dayText] = parts;
    const numericMonth = /^\d+$/.test(monthText);
    let month = numericMonth
      ? Number(monthText)
      : (monthOf(monthText) ?? pageLanguageMonth(monthText, text.slice(0, match.index), pageOrder) ?? 0);
    let year = fullYear(yearText);
    let day = Number(dayText);
    // A year before the common era's range is a Solar Hijri one on a Persian page (see `solarHijriDay`): asked only then.
    if (year < FIRST_YEAR) {
      const gregorian = solarHijriDay(year, numericMonth ? month : (solarHijriMonth(monthText) ?? 0), day, numericMonth, text);
      if (gregorian) [year, month, day] = gregorian;
    }
    if (!isCalendarDate(year, month, day)) continue;
    return { year, month, day, at: match.index! };
  }
  return undefined;
}

/**
 * Iran and Afghanistan date their pages by the Solar Hijri calendar ("۱۳ اسفند ۱۴۰۳", "۱۴۰۳/۱۲/۱۳"; 1403 is 2024–25),
 * its months named in Persian or, in Afghanistan, by the zodiac's signs ("۱۳ حوت ۱۴۰۳"). Keys with the Persian yeh and
 * kaf: a page may type the Arabic letters (see `persianLetters`).
 */
const SOLAR_HIJRI_MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ["فروردین", "حمل"],
    ["اردیبهشت", "ثور"],
    ["خرداد", "جوزا"],
    ["تیر", "سرطان"],
    ["مرداد", "اسد"],
    ["شهریور", "سنبله"],
    ["مهر", "میزان"],
    ["آبان", "عقرب"],
    ["آذر", "قوس"],
    ["دی", "جدی"],
    ["بهمن", "دلو"],
    ["اسفند", "حوت"],
  ].flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);
/** "امرداد", the month's older name, still printed by some. */
const SOLAR_HIJRI_OLD_NAMES: ReadonlyMap<string, number> = new Map([["امرداد", 5]]);
/** The Arabic yeh and kaf, which Persian text typed on an Arabic keyboard holds for its own. */
const ARABIC_YEH_KAF = /[\u064a\u0643]/g;
function persianLetters(word: string): string {
  return word.replace(ARABIC_YEH_KAF, (letter) => (letter === "\u064a" ? "\u06cc" : "\u06a9"));
}
/** The Solar Hijri month a word names (see `SOLAR_HIJRI_MONTHS`), or undefined. */
function solarHijriMonth(word: string): number | undefined {
  const key = persianLetters(word);
  return SOLAR_HIJRI_MONTHS.get(key) ?? SOLAR_HIJRI_OLD_NAMES.get(key);
}
/**
 * A letter only Persian writes (پ چ ژ گ, its kaf and yeh): an all-numeric date in a Solar Hijri year is read as one
 * only on such a line ("تاریخ انتشار: ۱۴۰۳/۱۲/۱۳"), as an Arabic page prints its Lunar Hijri dates in the same years
 * ("١٤٤٦/٠٩/٢٢ هـ").
 */
const PERSIAN_LETTER = /[\u067e\u0686\u0698\u06af\u06a9\u06cc]/;
/** The Lunar Hijri year's mark ("هـ"): a line holding it dates by the moon. */
const LUNAR_HIJRI_MARK = "\u0647\u0640";
const SOLAR_HIJRI_MONTH_DAYS = 31;
const SOLAR_HIJRI_SHORT_MONTH_DAYS = 30;
const FIRST_SHORT_SOLAR_HIJRI_MONTH = 7;

/**
 * The Gregorian year, month and day of a Solar Hijri date (see `SOLAR_HIJRI_MONTHS`), or undefined for a date of
 * a month no Persian page names, past its month's end (Esfand's 30th in a common year), or numeric on a line that is
 * not Persian (see `PERSIAN_LETTER`) or in a Lunar Hijri year (see `FIRST_LUNAR_HIJRI_YEAR`).
 * The arithmetic of the 33-year cycle, exact from 1178 to 1633: a year of the page's era is within that, and any year
 * out of the era read falls out of `FIRST_YEAR` to `LAST_YEAR` with it.
 */
function solarHijriDay(year: number, month: number, day: number, numeric: boolean, line: string): [number, number, number] | undefined {
  if (month < 1 || month > MONTHS_IN_YEAR || day < 1) return undefined;
  if (day > (month < FIRST_SHORT_SOLAR_HIJRI_MONTH ? SOLAR_HIJRI_MONTH_DAYS : SOLAR_HIJRI_SHORT_MONTH_DAYS)) return undefined;
  if (numeric && (!PERSIAN_LETTER.test(line) || line.includes(LUNAR_HIJRI_MARK) || year >= FIRST_LUNAR_HIJRI_YEAR)) return undefined;
  const gregorian = gregorianOfSolarHijri(year, month, day);
  // Esfand's 30th is a leap year's only: in another year the count runs on to the next year's first day.
  if (month === MONTHS_IN_YEAR && day === SOLAR_HIJRI_SHORT_MONTH_DAYS && gregorian.join() === gregorianOfSolarHijri(year + 1, 1, 1).join())
    return undefined;
  return gregorian;
}

/**
 * The Lunar Hijri year that began in `FIRST_YEAR`'s (1411 AH, from July 1990): a numeric date in it or later on a
 * Persian line ("تاریخ قمری: ۱۴۴۶/۰۹/۰۲") is a Lunar one, as the Solar Hijri 1411 comes only in 2032.
 */
const FIRST_LUNAR_HIJRI_YEAR = 1411;

/** What shifts a Solar Hijri year onto the count `gregorianOfSolarHijri` runs from, and that count's first day. */
const SOLAR_HIJRI_YEAR_SHIFT = 1595;
const SOLAR_HIJRI_DAY_SHIFT = -355668;
/** The Solar Hijri calendar's cycle: 33 years, 8 of them leap years. */
const SOLAR_HIJRI_CYCLE_YEARS = 33;
const SOLAR_HIJRI_CYCLE_LEAP_YEARS = 8;
/** The days of a common year. */
const YEAR_DAYS = 365;
/** Day 0 of that count, 1 January of the year 0 as the proleptic Gregorian calendar and `Date` count it, in milliseconds. */
const DAY_COUNT_EPOCH = -62_167_219_200_000;
const DAY_MILLISECONDS = 86_400_000;

/** The Gregorian day of a Solar Hijri one (see `solarHijriDay`). */
function gregorianOfSolarHijri(year: number, month: number, day: number): [number, number, number] {
  const shifted = year + SOLAR_HIJRI_YEAR_SHIFT;
  // The long months come first: a short month's days start after all of theirs.
  const longMonthsDays = (FIRST_SHORT_SOLAR_HIJRI_MONTH - 1) * SOLAR_HIJRI_MONTH_DAYS;
  const days =
    SOLAR_HIJRI_DAY_SHIFT +
    YEAR_DAYS * shifted +
    Math.floor(shifted / SOLAR_HIJRI_CYCLE_YEARS) * SOLAR_HIJRI_CYCLE_LEAP_YEARS +
    Math.floor(((shifted % SOLAR_HIJRI_CYCLE_YEARS) + 3) / 4) +
    day +
    (month < FIRST_SHORT_SOLAR_HIJRI_MONTH
      ? (month - 1) * SOLAR_HIJRI_MONTH_DAYS
      : (month - FIRST_SHORT_SOLAR_HIJRI_MONTH) * SOLAR_HIJRI_SHORT_MONTH_DAYS + longMonthsDays);
  const date = new Date(DAY_COUNT_EPOCH + days * DAY_MILLISECONDS);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/**
 * A story's dateline opening its first paragraph with the full date: the place in capitals (a state's abbreviation may
 * follow), the date, perhaps the wire or the service that carries it, then a dash ("HOUSTON, Oct. 28, 2024 /Harbour
 * Newswire/ -- …", "SAN FRANCISCO, Calif., March 4, 2025 (Harbour Wire) — …"). The place in capitals keeps a sentence
 * opening with a date ("Yesterday, March 4, 2025 — …") out. Every part is bounded, so the pattern is tried once.
 */
const LEAD_DATELINE =
  /^\p{Lu}[\p{Lu}\p{M}.'’ -]{1,40}(?:,\s?\p{Lu}[\p{Ll}.]{1,6})?,\s(.{6,40}?)\s?(?:\/[^/]{1,40}\/\s?|\([^()]{1,40}\)\s?)?(?:--|[–—-])\s/u;

/**
 * A word all in small letters after the dateline's dash: the sentence goes on from the date, so the date is the story's
 * subject ("BERLIN, 9 November 2019 — the wall fell thirty years before …"), not its dateline, whose text opens a
 * sentence. A brand set in small letters before a capital ("iHeartMedia", "eBay") still opens one.
 */
const PROSE_AFTER_DATELINE = /^\p{Ll}+(?![\p{Lu}\p{N}])/u;

/** Whether a story's first paragraph opens with a dateline (see `LEAD_DATELINE`), read to a date or not ("March 3"). */
export function opensWithDateline(paragraph: string): boolean {
  return LEAD_DATELINE.test(paragraph);
}

/** A dateline's match (see `LEAD_DATELINE`) with a sentence opening after its dash (see `PROSE_AFTER_DATELINE`). */
function datelineBeforeSentence(paragraph: string): RegExpExecArray | undefined {
  const dateline = LEAD_DATELINE.exec(paragraph);
  return dateline && !PROSE_AFTER_DATELINE.test(paragraph.slice(dateline[0].length)) ? dateline : undefined;
}

/** A figure, a day's or a year's: what a dateline's date holds and a clause after a name mostly does not. */
const DATE_FIGURE = /\p{Nd}/u;
/** What parts a dateline's date into words: spaces and commas ("Thursday, 12 March"); a month's closing dot stays. */
const DATE_WORD_BREAK = /[\s,]+/u;

/**
 * Whether a paragraph opens with a dateline giving a day, with its year or without ("KORVIK, 12 March (Tidewire) - …"),
 * before a sentence. A name in capitals with a clause set off by dashes opens none ("ACME, which runs both mills – and
 * the shop – said …", "ACME, the island's grocer - with two shops - opened …"): no figure, or small letters after. Nor
 * does a figure that dates nothing, in a player's rating, a count, a price or a scene ("HOLM, 7 out of 10 – Made …",
 * "ACME, with 480 stores – More …", "ADULTS, 4 euros each way – Children …"): the date reads as one, or names a month.
 */
export function opensWithDayDateline(paragraph: string): boolean {
  const date = datelineBeforeSentence(paragraph)?.[1];
  if (date === undefined || !DATE_FIGURE.test(date)) return false;
  return parseDate(date) !== undefined || date.split(DATE_WORD_BREAK).some((word) => monthOf(word) !== undefined);
}

/**
 * The date of a story's dateline at the start of its first paragraph (see `LEAD_DATELINE`), as ISO; undefined for none.
 * An editor's note of an update set as a dateline ("UPDATED, March 5, 2025 — …") dates the change, not the story.
 */
export function leadDatelineDate(paragraph: string): string | undefined {
  const dateline = datelineBeforeSentence(paragraph);
  if (!dateline || UPDATED.test(paragraph)) return undefined;
  return parseDate(dateline[1]!);
}

/**
 * An ISO date for a date line: a date-time with offset when the line gives a
 * time and a zone, otherwise the plain date (a time without a zone is
 * ambiguous, and the schema refuses offset-less date-times).
 */
export function parseDate(text: string, pageOrder?: NumericOrderSource): string | undefined {
  if (!mayHoldDate(text)) return undefined;
  text = latinDigits(text);
  const date = findDate(text, pageOrder);
  if (!date) return undefined;
  const day = `${date.year}-${pad(date.month)}-${pad(date.day)}`;
  const time = lineTime(text);
  if (time === NO_CLOCK) return undefined;
  if (!time?.zone) return day;
  const offset = typeof time.zone === "function" ? time.zone(date) : time.zone;
  return `${day}T${pad(time.hour)}:${pad(time.minute)}:00${offset}`;
}

/** What `lineTime` answers for a time no clock shows. */
const NO_CLOCK = "no clock";

/**
 * A line's clock time (see `TIME`), its hour on the 24-hour clock and its zone where one is named; undefined for none,
 * for the day's end ("24:00", "24h00") and for bare figures past a clock's ("3.75", a price or a score); `NO_CLOCK`
 * for a time no clock shows that its half of the day, its zone or the hour's letter makes a time ("25:10 ET", "14:75
 * PM", "à 31h10", see `marksClock`): a misprint or no stamp, and the line is not dated by it. An hour of a
 * broadcaster's night with no zone nor half of the day ("25:10 Uhr", "à 25h10") is dropped and the day kept, unless a
 * date's label opens the line: a stamp's misprint spoils its stamp (see `isMisprintedStamp`).
 */
function lineTime(text: string): { hour: number; minute: number; zone?: (typeof ZONES)[string] } | typeof NO_CLOCK | undefined {
  const time = text.match(TIME);
  if (!time) return undefined;
  const [, hourText, , minuteText, meridiemLetter, , zoneName] = time;
  const zone = zoneName ? ZONES[zoneName.toLowerCase()] : undefined;
  let hour = Number(hourText);
  const minute = Number(minuteText);
  const meridiem = meridiemLetter?.toLowerCase();
  if (meridiem === "p" && hour < 12) hour += 12;
  if (meridiem === "a" && hour === 12) hour = 0;
  if (isEndOfDay(hour, minute)) return undefined;
  if (isClockTime(hour, minute)) return zone === undefined ? { hour, minute } : { hour, minute, zone };
  // A programme's hour past midnight on its broadcaster's day ("12.03.2026, 25:10 Uhr") keeps the day it is printed on.
  const bare = meridiem === undefined && zone === undefined;
  if (bare && isBroadcastHour(hour, minute) && !opensWithPageDateLabel(text)) return undefined;
  return meridiem !== undefined || zone !== undefined || marksClock(text, time, hour, minute) ? NO_CLOCK : undefined;
}

/** The word for "at" (`TIME_LINKS`) ending the text before a time: "à ", "às ", "a las ". */
const BEFORE_TIME_LINK = new RegExp(`(?:^|[\\s,])(?:${TIME_LINK_ALTERNATION})\\s+$`, "i");

/**
 * Whether a time no clock shows is a clock's by its words: German "Uhr" after it ("25:61 Uhr") puts it on a clock.
 * Printed with the hour's letter (see `TIME`), minutes past a clock's ("20h75") are no duration's, but hours past a
 * day's are ("Grève de 48h00", "Tour de France : 83h56", "Ouvert 24h24") unless the word for "at" comes before ("à
 * 25h10"). Bare figures are mostly left alone: "3.75" beside a date is a price or a score, and so is one after the word
 * for "at" ("closed at 31.75", "à 1.95 euro"); hours past a day's after it are a match's clock, a split or a score
 * ("red card at 67:45", "um 45:38"). Only a colon's day hour with minutes past a clock's after it is a clock's ("at
 * 13:75").
 */
function marksClock(text: string, time: RegExpMatchArray, hour: number, minute: number): boolean {
  const [printed, hourText, hourLetter, , , uhr] = time;
  if (uhr !== undefined) return true;
  const afterLink = BEFORE_TIME_LINK.test(text.slice(0, time.index));
  if (hourLetter !== undefined) return afterLink || !isClockTime(0, minute);
  return afterLink && printed.charAt(hourText!.length) === ":" && isClockTime(hour, 0);
}

/** "Updated" spelled in words, up to its word's edge, as a pattern's source. */
const UPDATED_WORD_SOURCE = `(?:${UPDATED_LABEL_SOURCES.join("|")})${NOT_BEFORE_WORD}`;
/** "Updated" in the languages read; Korean, Japanese and Chinese labels have no word edge to test. */
export const UPDATED = new RegExp(`^(?:${UPDATED_WORD_SOURCE}|${CJK_UPDATED_LABELS.join("|")})`, "i");
/** Date labels, each maybe with the word before its date (`DATE_LABEL_LINKS`: "Publié le"), as a pattern's source. */
function labelsWithLink(labels: readonly string[]): string {
  return `(?:${labels.join("|")})(?: (?:${DATE_LINK_ALTERNATION}))?`;
}
/**
 * A date's year glued to a label written in ideographs ("原载于2026年3月3日", "初出2019年3月3日"): Chinese and Japanese set
 * no space between, and a year's four figures and their mark open no longer word, so the label ends there.
 */
const GLUED_YEAR_AFTER_LABEL = String.raw`(?<=[\u3400-\u9fff])(?=\d{4}(?:年|[./-]\d))`;
/**
 * A published date's label's end: no word's character after it (`NOT_BEFORE_WORD`), nor a kana or an ideograph, as
 * Japanese and Chinese labels written in words ("初出", "転載", "首发于") open longer words with no space between
 * ("初出場", first appearance; "初出荷", first shipment; "転載禁止"), which a story's lines date; or a year glued to such
 * a label (`GLUED_YEAR_AFTER_LABEL`).
 */
const NOT_BEFORE_LABEL_WORD = `(?:(?![${WORD_CHAR}\\u3040-\\u30ff\\u3400-\\u9fff])|${GLUED_YEAR_AFTER_LABEL})`;
/** "Published" in the languages read, maybe with the word before its date ("Publié le"), as a pattern's source. */
const PUBLISHED_LABEL_SOURCE = labelsWithLink(PUBLISHED_LABELS);
/**
 * A published or an update's label spelled in words, not "On" and not a CJK label: "On 12 March …" and "发布3项…"
 * (releases three …) open titles too, where "Published …" or "Aktualisiert am …" before figures is a date's stamp.
 */
const WORD_DATE_LABEL = new RegExp(`^(?:${PUBLISHED_LABEL_SOURCE}${NOT_BEFORE_LABEL_WORD}|${UPDATED_WORD_SOURCE})`, "i");
/** A published date's label (see `PUBLISHED_LABEL_SOURCE`), or "On" alone. */
export const PUBLISHED = new RegExp(`^(?:(?:${PUBLISHED_LABEL_SOURCE}|on)${NOT_BEFORE_LABEL_WORD}|${CJK_PUBLISHED_LABELS.join("|")})`, "i");
/**
 * A published date's own label, not "On": "On March 12, 2026" may open an event's line as well as a post's, where
 * "Published March 12, 2026" names the page's date alone (see `opensWithPublishedLabel`).
 */
const PUBLISHED_LABEL = new RegExp(`^(?:${PUBLISHED_LABEL_SOURCE}${NOT_BEFORE_LABEL_WORD}|${CJK_PUBLISHED_LABELS.join("|")})`, "i");

/**
 * Whether a line opens with a published date's label ("Published", "Publié le", "Veröffentlicht am"; not "On"): its
 * date is the page's own wherever it stands, even under an earlier update's line, where an unlabelled later date is an
 * event's ("Updated March 11, 2026" over "Published March 12, 2026").
 */
export function opensWithPublishedLabel(text: string): boolean {
  return PUBLISHED_LABEL.test(text);
}

/** A first publication's label (`FIRST_PUBLISHED_LABELS`), maybe with the word before its date. */
const FIRST_PUBLISHED_LABEL = new RegExp(`^${labelsWithLink(FIRST_PUBLISHED_LABELS)}${NOT_BEFORE_LABEL_WORD}`, "i");

/**
 * Whether a line opens with a first publication's label ("Originally published", "Erstmals erschienen am", "Publicado
 * originalmente el"): an archive's story run again, whose later date beside it is the republication's.
 */
export function opensWithFirstPublishedLabel(text: string): boolean {
  return FIRST_PUBLISHED_LABEL.test(text);
}

/** A republication's label (`REPUBLISHED_LABELS`), maybe with the word before its date. */
const REPUBLISHED_LABEL = new RegExp(`^${labelsWithLink(REPUBLISHED_LABELS)}${NOT_BEFORE_LABEL_WORD}`, "i");

/**
 * A republication's credit beside the date, the source or the leave a story is run again from or by ("Republished by
 * permission", "Republished from The Harbour Review", "Neu veröffentlicht mit Genehmigung", "Republié avec
 * l'autorisation de …", "Republicado con permiso", "Ripubblicato per gentile concessione"): the label's word opens no
 * date here, and the part is a header's, as a byline is; without figures, so that no labelled date reads as one.
 */
export const REPUBLICATION_CREDIT = new RegExp(
  `^(?:${REPUBLISHED_LABELS.join("|")})\\s+(?:from|by|with|courtesy|mit|von|aus|avec|par|con|per|com)${NOT_BEFORE_WORD}\\D*$`,
  "iu",
);

/**
 * Whether a line opens with a republication's label ("Republished on", "Neu veröffentlicht am", "Republié le"): its date
 * is the update beside an earlier published date, and the published date alone.
 */
export function opensWithRepublishedLabel(text: string): boolean {
  return REPUBLISHED_LABEL.test(text);
}

/**
 * Two published dates of one line, one labelled as the first publication's or the other as a republication's
 * ("Published March 12, 2026 · Originally published March 3, 2019", "Published March 3, 2019 | Republished March 12,
 * 2026"): the first publication's date with the later one as its update, read as `withUpdate` reads a labelled update;
 * undefined when neither label is there. Both fields must be a published date's, labelled so or printed alone: beside
 * either label an event's or a deadline's field ("Republished March 12, 2026 · Event: April 2, 2026") dates nothing.
 */
function withRepublication(parts: readonly string[], first: DateLine, second: DateLine): DateLine | undefined {
  if (!parts.every((part) => opensWithPublishedLabel(part) || printsDateAlone(part))) return undefined;
  const republished = parts.findIndex(opensWithRepublishedLabel);
  const original = republished >= 0 ? 1 - republished : parts.findIndex(opensWithFirstPublishedLabel);
  if (original < 0) return undefined;
  const [originalDate, laterDate] = original === 0 ? [first, second] : [second, first];
  return withUpdate(originalDate, { ...laterDate, modified: true });
}

/**
 * Whether a text opens with a label that names the page's own date ("Published", "Posted", "Updated", "Publié le"):
 * a data list's term ("Release date", "Event date", "Erscheinungsdatum") names a thing's date, not the page's.
 */
export function opensWithPageDateLabel(text: string): boolean {
  return PUBLISHED.test(text) || UPDATED.test(text);
}

/** Whether a line opens with a published or an update's label spelled in words (`WORD_DATE_LABEL`). */
export function opensWithWordDateLabel(text: string): boolean {
  return WORD_DATE_LABEL.test(text);
}

/**
 * Whether a line is a date's stamp by its shape: a date, a clock's figures and nothing else but a date line's own words
 * ("March 12, 2026 at 13:75", "12.03.2026, 25:61 Uhr", "2026-03-12 13:75"). The clock is cut out unread, as a time no
 * clock shows leaves the stamp undated (`parseDate`) but still a stamp, never a title.
 */
export function isClockStamp(text: string): boolean {
  if (!mayHoldDate(text)) return false;
  const latin = latinDigits(text);
  const time = TIME.exec(latin);
  if (time === null) return false;
  const rest = `${latin.slice(0, time.index)} ${latin.slice(time.index + time[0].length)}`;
  return parseDate(rest) !== undefined && dateLineRest(rest).replace(DATE_LINE_SEPARATORS, "") === "";
}

/** Whether a line opens with an update's label ("Updated", "Zuletzt aktualisiert", "Mis à jour", "更新"). */
export function opensWithUpdateLabel(text: string): boolean {
  return UPDATED.test(text);
}

/**
 * The marks parting a header line's fields ("By Ada Lee | Published 4 March", "Published 3 hours ago · Updated …").
 * Never tried from inside a run of spaces (the run's first space parts the same), which keeps a long run linear and
 * leaves the fields as they were.
 */
const HEADER_FIELD_MARK = /(?!(?<=\s)\s)\s+[|·•]\s+/;
/**
 * Whether a header's line prints a published date in a form no date is read from: a published label before figures
 * ("Published: March 2026", "Published 4 March" with no year, "Published 04/03/2026" in no settled order), such a
 * label alone over its date, or a time ago ("3 hours ago"), in any of the line's fields. The page gives when it was
 * published, only not in a form read, so its update stands in for no published date (see `publishedOrUpdated`). A
 * label before no figure is a byline's ("Posted by Ada Lee"), and an update's time ago ("Updated 2 hours ago") no
 * publication's.
 */
export function printsPublishedDate(text: string): boolean {
  if (isAgeLine(text) && !UPDATED.test(text)) return true;
  return text.split(HEADER_FIELD_MARK).some((field) => PUBLISHED.test(field) && (/\d/.test(field) || isDateLabel(field)));
}

export interface DateLine {
  iso: string;
  modified: boolean;
  /** "Published … | Updated …" (or "Updated … | Published …") on one line: the update's date. */
  alsoModified?: string;
  /**
   * An event's span of days alone, no label before it ("April 7 – April 9, 2026", "7.–9. April 2026", "du 7 au 9 avril
   * 2026", "3 March 2025 – 5 March 2025"): a date line by its shape, whose date (`iso`, its first or second end) is no
   * post's (see `spanOfDays`).
   */
  span?: true;
  /**
   * A span's two whole dates, each with its clock time, a dash joining them ("March 12, 2026 08:10 – March 13, 2026
   * 21:45"): the first's and the second's date-times. A news site prints its published and updated stamps so under its
   * byline, an event's page its start and end: the header reads which by the lines beside it (see `absorbMeta`).
   */
  stamps?: [string, string];
}

/**
 * Two dates of one line, one an update's ("Published … | Updated …", "Updated … | Published …"): the other date with
 * the update's as its modified date, whichever comes first; undefined when neither is an update's. A date after an
 * update that comes first is no published date but a next one ("Updated 15 July 2025 · Next review 20 July 2026"), as
 * nothing is published after its update; an update before its published date is dropped (`updateAfter`).
 */
export function withUpdate(first: DateLine, second: DateLine): DateLine | undefined {
  if (second.modified) {
    const alsoModified = updateAfter(first.iso, second.iso);
    return alsoModified === undefined ? first : { ...first, alsoModified };
  }
  if (!first.modified || calendarDay(second.iso) > calendarDay(first.iso)) return undefined;
  return { ...second, alsoModified: first.iso };
}

/** Longest date line: a longer line is text that mentions a date. */
export const MAX_DATE_LINE_LENGTH = 200;

/**
 * "Published 21 June 2025 | Updated 21 June 2025": two date lines on one line, parted by a bar or a dot between spaces,
 * or else by a dash between spaces (`DASH_FIELD_MARK`), or else by nothing but the second's label (`SECOND_DATE_LABEL`).
 * Searches for a character cost less than a split at a character class tried at every position (the 50 MB bench page
 * spent 3 % of its time there); see `holdsPartingMark` for the test whether any mark is there at all.
 */
function dateLineParts(text: string): string[] {
  if (holdsPartingMark(text)) {
    if (text.includes("|") || text.includes("·") || text.includes("•")) return text.split(/\s+[|·•]\s+/);
    return dashFields(text);
  }
  // The first label after a date: one before it is the first label's own word ("Zuletzt aktualisiert", "Last updated").
  // Each stretch between labels is read once: a date holds no spaces, so none spans two stretches.
  // Two dates hold two runs of digits at least: most lines asked of have fewer, and skip the labels' search. `exec` on
  // the one pattern, not `matchAll`, which copies the pattern for every line it is asked of.
  if (!hasTwoDigitRuns(text)) return [text];
  let from = 0;
  SECOND_DATE_LABEL.lastIndex = 0;
  for (let second = SECOND_DATE_LABEL.exec(text); second; second = SECOND_DATE_LABEL.exec(text)) {
    if (mayHoldDate(text.slice(from, second.index))) return [text.slice(0, second.index), text.slice(second.index + second[0].length)];
    from = second.index;
  }
  return [text];
}

/**
 * Whether a line holds a mark `dateLineParts` parts it at: a bar, a dot, an en or em dash, a hyphen between spaces.
 * Most lines asked of hold none. A search for one character runs far faster than a class tried at every position, most
 * of all in a line of Latin-1 text, where a search for a character beyond it ends at once: over the 50 MB bench page's
 * paragraphs these searches took 19 ms a pass against 50 for one pattern of the marks. The spaced hyphen
 * is searched for only after a hyphen: a search for text opening with a space stops at every space.
 */
function holdsPartingMark(text: string): boolean {
  return (
    text.includes("|") ||
    text.includes("·") ||
    text.includes("•") ||
    text.includes("–") ||
    text.includes("—") ||
    (text.includes("-") && text.includes(" - "))
  );
}

/**
 * Whether a line holds two runs of digits with something else between: what a line of two dates holds at least, one
 * in each. Two forward searches, the second from where the first stopped: the first run's last digit, then any digit.
 * One pattern (`\p{N}\P{N}+\p{N}`) would read the rest of the line again from each digit of a line with one run (the
 * 50 MB bench page spent 3 % of its time there); three searches (a digit, a non-digit, a digit) took 50 ms a pass over
 * that page's paragraphs against 36 for two.
 */
export function hasTwoDigitRuns(text: string): boolean {
  RUN_END.lastIndex = 0;
  if (!RUN_END.test(text)) return false;
  DIGIT.lastIndex = RUN_END.lastIndex;
  return DIGIT.test(text);
}
/** A digit in any script, searched for from `lastIndex` (see `hasTwoDigitRuns`). */
const DIGIT = /\p{N}/gu;
/** The last digit of a run, searched for from `lastIndex` (see `hasTwoDigitRuns`). */
const RUN_END = /\p{N}(?!\p{N})/gu;

/**
 * A Korean, Japanese or Chinese published or updated label, maybe with its word for "date" or "time" ("公開日",
 * "更新日時", "发布时间", "수정일"). The labels have no word edge: what follows is for the caller to test.
 */
export const CJK_DATE_LABEL = `(?:${[...CJK_PUBLISHED_LABELS, ...CJK_UPDATED_LABELS].join("|")})(?:日時|日|时间|時間|일시|일)?`;

/**
 * Vietnamese "Đăng:" (posted), a published date's label after an update's ("Cập nhật: 13/03/2026 10:45 Đăng: 12/03/2026
 * 08:10"), as the update's label follows the published date's the other way round. Only with its colon: alone the word
 * opens phrases ("Đăng ký", sign up).
 */
const POSTED_COLON = "[Đđ]ăng\\s*:";
/**
 * The spaces before a date's label after the line's start, where a second labelled date follows the first with no mark
 * between ("Published 2025-07-25 10:30 Updated 2025-07-26 08:00", "Aktualisiert am 26.07.2025 Veröffentlicht am
 * 25.07.2025", "입력 2025.07.25 10:30 수정 2025.07.26 08:00"; the Korean, Japanese and Chinese labels have no word edge
 * to test, so one must be followed by its date: "수정안 2025.07.26" is an amendment's). Each part must still read as a
 * date line of its own (see `parseDateLine`), so a label opening words ("…, updated guidance follows") parts nothing.
 * Tried only where a run of spaces starts, as `DASH_FIELD_MARK` is.
 */
export const SECOND_DATE_LABEL = new RegExp(
  `(?<!\\s)\\s+(?=(?:${DATE_LABELS})${NOT_BEFORE_WORD}|${CJK_DATE_LABEL}[\\s:：]*\\p{N}|${POSTED_COLON})`,
  "giu",
);

/**
 * A dash between spaces, which parts two labelled dates as a bar does ("Güncellenme: 14.07.2025 - Yayınlanma:
 * 12.07.2025") but also a date from its time ("12.07.2025 - 09:30"). Tried only where a run of spaces starts.
 */
const DASH_FIELD_MARK = /((?<!\s)\s+[-–—]\s+)/u;

/**
 * A line's fields parted by dashes (`DASH_FIELD_MARK`), each date with what follows it up to the next date: a time or
 * a zone after a date's dash stays in its field ("Updated: 14 July 2025 - 10:32 - Published: 12 July 2025 - 09:00").
 */
function dashFields(text: string): string[] {
  // The mark is captured: the split sets each between the parts it parted, to be kept where no date follows.
  const pieces = text.split(DASH_FIELD_MARK);
  const fields = [pieces[0]!];
  for (let at = 1; at < pieces.length; at += 2) {
    const [mark, part] = [pieces[at]!, pieces[at + 1]!];
    if (mayHoldDate(part)) fields.push(part);
    else fields[fields.length - 1] += mark + part;
  }
  return fields;
}

/**
 * A line that is mostly a date ("Published 13 March 2025", "Updated: Mar 13,
 * 2025 10:42 a.m. ET", "Mon 3 Mar 2025 07.15 GMT"). Sentences that merely
 * mention a date are not date lines.
 */
export function parseDateLine(text: string, dated?: boolean, pageOrder?: NumericOrderSource): DateLine | undefined {
  // Most lines hold no date, and this test is far cheaper than the patterns; `dated` is its answer when the caller has it.
  if (text.length > MAX_DATE_LINE_LENGTH || !(dated ?? mayHoldDate(text))) return undefined;
  text = latinDigits(text);
  const parts = dateLineParts(text);
  if (parts.length === 2) {
    // An announced date beside the page's own ("Updated 14 July 2025 · Event date: 2 June 2025") is left out of it.
    const announced = parts.findIndex((part) => DEADLINE_LABEL.test(part));
    if (announced >= 0) {
      // An event's start with no day of its own is timed on the day beside it, the event's ("March 4, 2026 · doors open
      // at seven", "14.03.2026 | Anpfiff 20:30"): the line is a listing's, and dates nothing.
      // Not the label alone, a section's name ("12.03.2026 | Kick-off"), nor beside a labelled stamp of the page's own
      // ("Published March 12, 2026 · Kick-off 8pm").
      const event = parts[announced]!;
      const startsEvent = EVENT_START_TIMED.test(event) && !mayHoldDate(event) && !opensWithPageDateLabel(parts[1 - announced]!);
      return startsEvent ? undefined : parseSingleDateLine(parts[1 - announced]!, pageOrder);
    }
    const [first, second] = parts.map((part) => parseSingleDateLine(part, pageOrder));
    const both = first && second && (withUpdate(first, second) ?? withRepublication(parts, first, second));
    if (both) return both;
    // Not an update beside a misprinted stamp: it would stand in for the published day the line prints unread.
    if (first && !second && !first.modified && (isMisprintedStamp(parts[1]!, pageOrder) || isLateBroadcast(parts[1]!))) return first;
    if (second && !first && !second.modified && isMisprintedStamp(parts[0]!, pageOrder)) return second;
    // A top bar's day beside its link to the front page ("Dziś jest środa, 11 marca 2026 | Strona główna").
    if (first && !second && namesFrontPage(parts[1]!)) return first;
    if (second && !first && namesFrontPage(parts[0]!)) return second;
  }
  const single = parseSingleDateLine(text, pageOrder);
  if (!single) return undefined;
  // A byline's name before the pair, parted from it by a mark: "김하늘 기자 · 입력 2026.03.12 08:10 수정 2026.03.13 10:45".
  if (!spanOfDays(text)) return withLaterUpdate(single, text, pageOrder);
  const stamps = timedDashedPair(text, pageOrder);
  return stamps ? { ...single, span: true, stamps } : { ...single, span: true };
}

/**
 * The hour a broadcaster's day ends, past midnight: German, Japanese and other schedules print a night's programme on
 * the day it began, its hours counted on past 24 ("Sendung um 24:30 Uhr", "25:15").
 */
const BROADCAST_DAY_END_HOUR = 30;

/**
 * Whether a date line's part is a programme's late hour beside the day ("12.03.2026 · Sendung um 24:30 Uhr"): words
 * naming what is on, then an hour past midnight in the broadcaster's day, as no page's stamp prints it. The day is
 * kept and the hour dropped: the schedule's day is the one printed, and rolling over would date the page by a day it
 * does not show. One after a date's label ("· Aktualisiert um 25:10 Uhr") stays a misprinted stamp's.
 */
function isLateBroadcast(part: string): boolean {
  const time = part.match(TIME);
  if (!time || findDate(part) !== undefined || opensWithPageDateLabel(part)) return false;
  return isBroadcastHour(Number(time[1]), Number(time[3]));
}

/** Whether a time no clock shows is an hour past midnight on a broadcaster's day (see `BROADCAST_DAY_END_HOUR`). */
function isBroadcastHour(hour: number, minute: number): boolean {
  return !isClockTime(hour, minute) && hour < BROADCAST_DAY_END_HOUR && isClockTime(0, minute);
}

/**
 * Whether a date line's part is a page's stamp that reads as none: its label names the page's own date and it holds a
 * day, but no date reads from it, as its time is one no clock shows ("Updated 12 March 2026 13:80 PM"). Beside a
 * good stamp ("… · Published 11 March 2026 9:00 AM") only that one is read; the misprint spoils its own stamp alone.
 * A stamp whose date reads but with words after it ("Updated 13 March 2026 to correct a name", "Published in print 12
 * March 2026, page A4") is a note, no misprint: the line stays a sentence's.
 */
function isMisprintedStamp(part: string, pageOrder?: NumericOrderSource): boolean {
  return (
    opensWithPageDateLabel(part) &&
    findDate(part, pageOrder) !== undefined &&
    (parseDate(part, pageOrder) ?? labelledDate(part, pageOrder)) === undefined
  );
}

/**
 * The two date-times of a span's line that is two whole dates, each with its clock time, a dash between spaces joining
 * them, the second no earlier than the first (see `DateLine.stamps`); undefined for any other span ("March 12 – March 14,
 * 2026", "March 12, 2026 – March 14, 2026": days, no stamps).
 */
function timedDashedPair(text: string, pageOrder?: NumericOrderSource): [string, string] | undefined {
  if (!DASH_FIELD_MARK.test(text)) return undefined;
  const fields = dashFields(text);
  if (fields.length !== 2) return undefined;
  if (!fields.every((field) => CLOCK_TIME.test(field))) return undefined;
  const [first, second] = fields.map((field) => parseSingleDateLine(field, pageOrder)?.iso);
  if (first === undefined || second === undefined || calendarDay(second) < calendarDay(first)) return undefined;
  return [first, second];
}
/** A clock time in a date's field ("08:10", "08h10", "8:10 PM"). */
const CLOCK_TIME = /(?<!\d)(?:[01]?\d|2[0-3])[:h][0-5]\d(?!\d)/;

/**
 * A date line's opening when it may be a span of days: a day's number or a month's name, maybe after a word for "from"
 * ("du", "del", "dal", "de", "da", "vom", "von", "van", "from"); a label before it ("Published", "Posted on") dates the
 * post, whatever follows.
 */
const SPAN_OPENING = /^(?:(?:du|del|dal|de|da|vom|von|van|from)\s+)?(?:\d|(\p{L}{3,12})(?![\p{L}]))/iu;

/** The words for "from" and "to" that join a span's days (see `DAYS_JOINED_BY_WORD`), each whole. */
const SPAN_WORDS = new RegExp(`${NOT_AFTER_WORD}(?:du|au|del|al|dal|da|de|a|vom|von|bis|van|tot|from|to|até)${NOT_BEFORE_WORD}`, "giu");
/** A month's name right after a range of days ("7–9 April", "7.–9. April", "7–9 de abril"). */
const MONTH_AFTER_RANGE = /^\.?\s*(?:de\s+)?(\p{L}{3,12})/u;
/** A month's name right before a range of days ("April 7–9"), asked of the text before the range, its spaces trimmed. */
const MONTH_BEFORE_RANGE = /(?<!\p{L})(\p{L}{3,12})\.?$/u;

/**
 * Whether a date line is an event's span of days (a range of days beside its month's name, two dates a dash joins, days
 * joined by a word for "to": see `spansDays`), opening with its first day or month (`SPAN_OPENING`). Pages print an
 * event's days so, under its title or in its listing; a post is dated by one day. A range with no month beside it is a
 * count or hours beside the date ("March 3, 2025 · 3–5 min read", "3 March 2025, 10–12 h").
 */
function spanOfDays(text: string): boolean {
  const opening = SPAN_OPENING.exec(text);
  if (!opening || (opening[1] !== undefined && monthOf(opening[1]) === undefined) || !holdsSpan(text)) return false;
  // Nothing but the span: a word or a note beside it ("March 3, 2025 – Edited March 5, 2025", "… · 4 min read", "March
  // 3, 2025 – March 2025 Issue", "March 3, 2025 · Season 2024–25") makes the line the post's date with what it prints.
  // A bar or a dot parts a line's fields, never a span's days: a date before the span, parted by one, is the post's
  // ("March 12, 2026 | June 3–5, 2026", "12 mars 2026 · 3-5 juin 2026"). A span in the first field is the event's own,
  // whatever dated field follows it: a second session ("3.–5. Juni 2026 · 10.–12. Juli 2026"), a month or a date.
  if (PART_MARK.test(text) && postDateBeforeSpan(text)) return false;
  // Asked last: most date lines hold no span, and this reads the line again.
  return dateLineRest(text.replace(SPAN_WORDS, "")).replace(DATE_LINE_SEPARATORS, "") === "";
}

/** A bar or a dot between a line's fields ("March 12, 2026 | June 3–5, 2026"); one character, so splitting is linear. */
const PART_MARK = /[|·•]/u;

/** Whether a line's field holds a year or a month's name, the words a date prints (see `spanOfDays`). */
function holdsDateWord(part: string): boolean {
  return YEAR_RUN.test(part) || monthNamesIn(part).length > 0;
}

/** Whether a line's fields, parted by bars or dots, hold two dated fields, the first of them no span (see `spanOfDays`). */
function postDateBeforeSpan(text: string): boolean {
  const dated = text.split(PART_MARK).filter(holdsDateWord);
  return dated.length > 1 && !holdsSpan(dated[0]!);
}

/** Whether a text holds two dates a dash joins, days joined by a word for "to", or a range of days beside its month. */
function holdsSpan(text: string): boolean {
  if ((SPAN_DASH.test(text) && holdsTwoDates(text)) || daysJoinedByWord(text)) return true;
  const range = DAY_RANGE.exec(text);
  if (!range) return false;
  const after = MONTH_AFTER_RANGE.exec(text.slice(range.index + range[0].length));
  const before = MONTH_BEFORE_RANGE.exec(text.slice(0, range.index).trimEnd());
  return [after?.[1], before?.[1]].some((word) => word !== undefined && monthOf(word) !== undefined);
}
/** The nouns of a post's comment count ("2 Comments", "4 Kommentare", "3 commentaires", "2 reacties"). */
export const COMMENT_COUNT_NOUNS = "comments?|responses?|replies|kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties";
/**
 * A blog theme's link to the comment form beside a post's date ("Posted on 3 March 2025 — Leave a comment",
 * "Schreibe einen Kommentar", "Laisser un commentaire", "Deja un comentario", "Lascia un commento", "Deixe um
 * comentário", "Laat een reactie achter"): the line's last part, a header's as much as a comment count.
 */
export const COMMENT_PROMPTS =
  "leave a (?:comment|reply)|no comments|(?:schreibe|hinterlasse) einen kommentar|laisser un commentaire|deja un comentario|lascia un commento|deixe um comentário|laat een reactie achter";
/**
 * What a theme prints after a post's date and its note, closing the line after a space: the comment count or the link
 * to the comment form ("March 3, 2025 Posted in News 2 Comments", "3. März 2025 Kategorie: Politik 4 Kommentare", "…
 * Leave a comment"; see `COMMENT_COUNT_NOUNS`, `COMMENT_PROMPTS`). Tried where a run of spaces starts.
 */
const COMMENT_TAIL = new RegExp(`(?<!\\s)\\s+(?:(?:\\d+|no|one)\\s+(?:${COMMENT_COUNT_NOUNS})|${COMMENT_PROMPTS})$`, "iu");
/** One section's name, one to three words each opening in a capital or "&" ("Politics", "News & Events"). */
const SECTION_NAME = "\\p{Lu}[\\p{L}'’-]*(?:\\s(?:&|\\p{Lu}[\\p{L}'’-]*)){0,2}";
/**
 * Up to six sections' names of one to three words each opening in a capital, parted by commas ("Politics, World",
 * "News & Events"), closing the text: what a post is filed in (see `SECTIONS_AFTER_DATE`, `FILED_IN_LABEL`).
 */
const SECTION_NAMES = `${SECTION_NAME}(?:\\s*,\\s*${SECTION_NAME}){0,5}`;
/** The verbs of `FILED_IN_LABEL`: posted, published, filed and their like in the languages it reads. */
export const FILED_IN_VERBS =
  "posted|published|filed|veröffentlicht|gepostet|abgelegt|publiée?|postée?|classée?|publicad[oa]|archivad[oa]|pubblicat[oa]|archiviat[oa]|arquivad[oa]|geplaatst|gepubliceerd|gearchiveerd";
/**
 * A blog theme's note of the sections a post is filed in, printed beside its date and glued to it in a copy where the
 * two touch ("March 3, 2025Posted in News", "Filed under: Travel, Food", "Veröffentlicht in Lokales", "Publié dans
 * Société", "Publicado en Local", "Pubblicato in Cronaca", "Publicado em Cidades", "Geplaatst in Nieuws"): the label
 * and its "in", then the sections alone (`FILED_IN_SECTIONS`). Case is left to the label: the sections keep capitals.
 */
const FILED_IN_LABEL = new RegExp(`^(?:${FILED_IN_VERBS})\\s+(?:in|under|unter|dans|sous|en|em|op|onder)\\s*:?\\s+`, "iu");
const FILED_IN_SECTIONS = new RegExp(`^${SECTION_NAMES}$`, "u");

/** Whether a meta line's part files the post in its sections (see `FILED_IN_LABEL`). */
export function isFiledInPart(part: string): boolean {
  const label = FILED_IN_LABEL.exec(part);
  return label !== null && FILED_IN_SECTIONS.test(part.slice(label[0].length));
}
/**
 * The labels of a post's category field, and the tags' labels `TAG_LABELS` lacks ("Category: Local", "Kategorie:
 * Politik", "Catégorie : Région", "Categoría: Política", "Categoria: Cronaca", "Categorias: Sociedade", "Categorie:
 * Politiek", "Rubrik", "Rubrique", "Rubriek", "Kategoria: Region"; the Italian "Tag", the Dutch "Trefwoorden").
 */
export const CATEGORY_LABELS =
  "categor(?:y|ies)|kategori(?:en?|a)|rubrik|catégories?|rubrique|categorías?|categori[ae]|categorias?|categorieën|rubriek|tag|trefwoorden";
/** A category's or the tags' label with its colon, opening a note (see `isNoteField`). */
const NOTE_FIELD_LABEL = new RegExp(`^(?:${TAG_LABELS}|${CATEGORY_LABELS})\\s?[:：]\\s*`, "iu");
/** One to six tags of one word each in any case, parted by commas ("travel, food", "Fähre, Hafen"). */
const TAG_WORDS = /^[\p{L}\p{N}-]+(?:\s*,\s*[\p{L}\p{N}-]+){0,5}$/u;
/** Whether a text is a category's or the tags' field of section names or one-word tags ("Tags: travel, food"). */
function isNoteField(text: string): boolean {
  const label = NOTE_FIELD_LABEL.exec(text);
  if (!label) return false;
  const value = text.slice(label[0].length);
  return FILED_IN_SECTIONS.test(value) || TAG_WORDS.test(value);
}
/**
 * Where a note a blog or a news theme prints after a post's date may open, after a space: a filed-in label
 * (`FILED_IN_LABEL`'s verbs) or a category's or the tags' label (`NOTE_FIELD_LABEL`'s); what must follow each is
 * for `isFiledInPart` and `isNoteField` to test. Never the line's start: a label there opens the date ("Published 3
 * March 2025 Filed under: Travel").
 */
const NOTE_OPENING = new RegExp(`(?<=\\s)(?:${FILED_IN_VERBS}|${TAG_LABELS}|${CATEGORY_LABELS})`, "iu");

/**
 * Whether a date line is a post's date with the note a blog or a news theme prints after it, after a space or a mark:
 * the sections it is filed in or its tags or category ("March 3, 2025 Posted in News", "3 mars 2025 Publié dans
 * Société", "3. März 2025 · Kategorie: Politik", "3 de marzo de 2025 | Etiquetas: ferri, puerto", "3 maart 2025 —
 * Geplaatst in Nieuws"; see `isFiledInPart`, `isNoteField`). The date before it must print alone, with its label and
 * time (`printsDateAlone`), and not end in a comma: a story's sentence opens so ("Le 3 mars 2025, publié dans …"), as a
 * title names a day before its words ("Recap: March 3, 2025 Posted in …"); an events page dates its listings with a
 * weekday or a range of days before their category ("Saturday, March 15, 2025 Category: Concerts", "22–23 March 2025
 * Category: Festivals"), not a post. Asked only of lines whose rest is too long for a date line.
 */
function noteAfterDate(text: string): boolean {
  const opening = NOTE_OPENING.exec(text);
  if (!opening) return false;
  const note = withoutCommentTail(text.slice(opening.index));
  if (!(isFiledInPart(note) && !TITLE_CASE_IN_NO_COLON.test(note)) && !isNoteField(note)) return false;
  const date = text.slice(0, opening.index);
  return !date.trimEnd().endsWith(",") && printsDateAlone(date);
}
/**
 * An English filed-in label (`FILED_IN_LABEL`) in title case with no colon after it, one section's words alone after it
 * ("Posted In Error", "Filed Under Pressure"): a headline's words in title case opening with a date ("March 3, 2025
 * Posted In Error"), where a theme prints "Posted in News", or "Posted In: News" with its colon. Title-case headlines
 * are English ones: "Publié Dans Société", "Veröffentlicht In Lokales" are a theme's label in capitals of a sort; a
 * list of sections after a comma ("Filed Under News, Local") is a theme's note, and a label in capitals ("POSTED IN
 * NEWS") a theme's label.
 */
const TITLE_CASE_IN_NO_COLON = /^(?:Posted|Published|Filed)\s+(?:In|Under)\s+[^\s:][^,]*$/u;
/**
 * A post's note without the comment count or the comment form's link a theme prints after it (see `COMMENT_TAIL`):
 * "Posted in News" of "Posted in News 2 Comments", "Kategorie: Politik" of "Kategorie: Politik 4 Kommentare". A note
 * with nothing of the kind is returned whole.
 */
function withoutCommentTail(note: string): string {
  const tail = COMMENT_TAIL.exec(note);
  return tail ? note.slice(0, tail.index) : note;
}

/**
 * Two days joined by a word for "to" ("Du 3 au 5 mars 2025", "Del 3 al 5 de marzo de 2025", "Dal 3 al 5 marzo 2025",
 * "De 3 a 5 de março de 2025", "Vom 3. bis 5. März 2025", "Van 3 tot 5 maart 2025", "From March 3 to March 5, 2025"):
 * a word may stand after either day; the one before the second day or after it is the span's month, which
 * `daysJoinedByWord` asks for. Each piece is bounded, so the pattern runs in linear time.
 */
const DAYS_JOINED_BY_WORD =
  /(?<![\p{L}\d])\d{1,2}(?:er|º|\.)?\s+(?:(?:de\s+)?\p{L}{3,12}\.?\s+)?(?:au|al|a|bis|tot|to|até)\s+(?:(?:le|el|il)\s+)?(?:(\p{L}{3,12})\.?\s+)?\d{1,2}(?!\d)(?:(?:er|º|\.)?\s+(?:de\s+)?(\p{L}{3,12}))?/iu;

/**
 * Whether a part joins two days by a word for "to" (`DAYS_JOINED_BY_WORD`) with a month's name before or after the second:
 * without one the numbers are hours ("3. März 2025, 10 bis 12 Uhr", "3 de marzo de 2025, de 10 a 12 h", "3 maart 2025
 * van 10 tot 12 uur"), a time an event or a post prints beside its date.
 */
function daysJoinedByWord(part: string): boolean {
  const joined = DAYS_JOINED_BY_WORD.exec(part);
  if (!joined) return false;
  return [joined[1], joined[2]].some((word) => word !== undefined && monthOf(word) !== undefined);
}
/** A day and a month without a year ("March 3", "3 March", "3. März", "3 de marzo"): a span's first end, a dash after it. */
const DAY_AND_MONTH = /^(?:(\p{L}{3,12})\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\.?\s+(?:de\s+)?(\p{L}{3,12})\.?)$/u;

/**
 * Whether a meta line's dated part is a span of days, an event's dates and never a post's: a range of days ("3.–5.
 * März 2025", "March 3–5, 2025"), two dates a dash joins ("3 March 2025–5 March 2025"), days joined by a word for "to" (see
 * `DAYS_JOINED_BY_WORD`), or the second end of a span the dash between spaces parted, its first end, a day and a month
 * without a year or another date, the part a dash parts from it ("March 3 – March 5, 2025", "3 March 2025 – 5 March
 * 2025"). A date beside its update is no span: the update is labelled ("March 3, 2025 – Updated March 5, 2025"), and
 * `parseMetaLine` (byline.ts) asks only of unlabelled dates.
 */
export function spansDays(part: string, dashedTo: string | undefined, previousDated: boolean): boolean {
  if (DAY_RANGE.test(part) || (SPAN_DASH.test(part) && holdsTwoDates(part)) || daysJoinedByWord(part)) return true;
  // The second end prints its date and nothing else: a word before it ("Edited March 5, 2025", "First published March
  // 1, 2025") labels a date of the post's own that `parseMetaLine` (byline.ts) does not read as an update.
  if (dashedTo === undefined || !isBareDate(part)) return false;
  if (previousDated) return isBareDate(dashedTo);
  const firstEnd = DAY_AND_MONTH.exec(dashedTo);
  return firstEnd !== null && monthOf(firstEnd[1] ?? firstEnd[2]!) !== undefined;
}
/**
 * The words an event's span of days prints besides its days, months and year: the words for "from" and "to" and the
 * articles after them ("From June 3 to June 5, 2026", "Vom 3. bis 5. Juni 2026", "Du 3 au 5 juin 2026", "Del 3 al 5 de
 * junio de 2026", "Dal 3 al 5 giugno 2026", "De 3 a 5 de junho de 2026", "Van 3 tot 5 juni 2026").
 */
const SPAN_LINE_WORDS = new Set([
  "from",
  "to",
  "vom",
  "bis",
  "zum",
  "du",
  "au",
  "del",
  "al",
  "dal",
  "de",
  "a",
  "até",
  "van",
  "tot",
  "le",
  "el",
  "il",
]);
/** A run of letters or figures: the words of a span's part, each looked up once. */
const SPAN_LINE_WORD = /[\p{L}\p{N}]+/gu;
/** What parts a span from a note after it ("June 3–5, 2026 · Town Hall"); a dash may stand inside the span. */
const SPAN_NOTE_MARK = /[|·•]/u;
/** A day's or a year's number as a span prints it ("3", "5th", "2026"). */
const SPAN_NUMBER = /^\d{1,4}(?:st|nd|rd|th|er|º)?$/u;

/**
 * Whether a line opens with an event's span of days, alone or before a note a bar or a dot parts: "June 3–5, 2026",
 * "From June 3 to June 5, 2026 · Town Hall", "3.–5. Juni 2026 | Rathaus", a range, two dates a dash joins or days a word
 * for "to" joins (see `spansDays`), and nothing in that part but its days, months, years and those words. A title that
 * holds a date holds other words ("June 3: the day the ferry stopped", "Vom 3. bis 5. Juni feiert Salzbrück").
 */
export function opensWithSpanOfDays(text: string): boolean {
  if (text.length > MAX_DATE_LINE_LENGTH) return false;
  const first = text.split(SPAN_NOTE_MARK, 1)[0]!;
  if (!(DAY_RANGE.test(first) || (SPAN_DASH.test(first) && holdsTwoDates(first)) || daysJoinedByWord(first))) return false;
  let month = false;
  for (const [word] of first.matchAll(SPAN_LINE_WORD)) {
    if (SPAN_NUMBER.test(word)) continue;
    if (monthOf(word) !== undefined) month = true;
    else if (!SPAN_LINE_WORDS.has(word.toLowerCase())) return false;
  }
  return month;
}
/** Whether a part prints a date alone and opens with it, a day's number or a month's name, no label before it. */
function isBareDate(part: string): boolean {
  return printsDateAlone(part) && (/^\d/u.test(part) || monthOf(/^\p{L}+/u.exec(part)?.[0] ?? "") !== undefined);
}
/**
 * A dash that may join a span's two dates in a part ("3 April–9 April 2026", "3 April-9 April 2026"): an en or em dash
 * anywhere, a hyphen between spaces or beside a letter; never a hyphen inside a numeric date ("2025-03-03 1430") or
 * before a zone's offset ("Mon, 3 Mar 2025 09:15:00 -0800"), whose four figures `holdsTwoDates` counts as a year. Two
 * months' names without a dash are one month's two names, as Levantine Arabic prints them ("3 آذار/مارس 2025").
 */
const SPAN_DASH = /[–—]|\s-\s|\p{L}\.?-|-\p{L}/u;

/**
 * An offer's, a ticket's or a coupon's term: the word for "valid" before the word for "until" ("Gültig bis", "Geldig
 * t/m", "Valid through", "Válido hasta el", "Sah sehingga"). The date after it ends a thing's validity, not the post's.
 */
const VALID_UNTIL =
  "(?:valid|gültig|geldig|valable|v[aá]lid[oa]|berlaku|sah)\\s+(?:until|through|till|bis|tot(?: en met)?|t/m|jusqu['’]au|hasta|fino al|até|hingga|sehingga|sampai)";
/**
 * A product's fields in a spec list ("Model: 13 Mac 2024", a laptop's size, name and year, which a Malay page's month
 * "Mac" reads as a date): the line names the thing, not the post's day. Only as a field, the colon after the word: a
 * headline or a kicker opening with one ("Model Y launch: 12 March 2026") is the post's. Not "Brand:", German for a
 * fire too, a report's kicker over its date ("Brand: 12.03.2026"); a brand's value is a name, seldom read as a date.
 */
const PRODUCT_FIELDS = "(?:model|modell|modèle|modelo|modello|jenama|merk|marke)(?=\\s*:)";
/**
 * The time an event starts, as its listing or a match report prints it under a byline: the kick-off, the doors, the
 * start ("Anpfiff: 14.03.2026 20:30", "Kick-off: 14 March 2026, 20:30", "Coup d'envoi : 14/03/2026 à 20h30", "Aftrap:",
 * "Saque inicial:", "Sepak mula:", "Doors open", "Einlass", "Ouverture des portes", "Deuren open", "Apertura de
 * puertas"). The general words for a start ("Start", "Beginn", "Début", "Inicio", "Mula") only before a colon, as a
 * field: bare they open a headline's words as often.
 */
const EVENT_START =
  "kick-?off|tip-?off|first pitch|doors open|anpfiff|ansto(?:ß|ss)|spielbeginn|einlass|coup d['’]envoi|ouverture des portes|" +
  "aftrap|deuren open|zaal open|saque inicial|apertura de puertas|calcio d['’]inizio|apertura porte|pontapé de saída|" +
  "abertura dos portões|sepak mula|pintu dibuka|starts|begins|" +
  "(?:start|beginn?|aanvang|début|inicio|comienzo|inizio|início|mula)(?=\\s*:)";
/**
 * An event's start opening a text, its time or words after it ("Anpfiff 20:30", "doors open at seven"; see
 * `EVENT_START`).
 */
const EVENT_START_TIMED = new RegExp(`^(?:${EVENT_START})${NOT_BEFORE_WORD}[\\s:]*[\\p{L}\\p{N}]`, "iu");
/**
 * A maker's signature, a word for "made" or "created" with the words for "with love" or a heart after it ("Erstellt mit
 * Liebe am 12.03.2026", "Made with ♥ on March 12, 2026", "Créé avec amour le …", "Hecho con amor el …", "Gemaakt met
 * liefde op …", "Dibuat dengan kasih sayang pada …"): a theme's or a site's line, whose date is no post's. Only a word
 * for making, not for posting: a blogger signs a post's date so ("Posted with love on March 12, 2026", "Veröffentlicht
 * mit Liebe am …", "Publicado con amor el …").
 */
const MAKERS_SIGNATURE =
  "(?:(?:made|created|crafted|handcrafted|built|designed|coded|erstellt|gemacht|gebaut|entwickelt|gestaltet|gemaakt|" +
  "gebouwd|fait|créé|conçu|réalisé|hecho|creado|diseñado|fatto|creato|feito|criado|dibuat|direka)\\s+)?(?:with|mit|avec|con|met|com|dengan)\\s+(?:love|liebe|amour|amor|amore|liefde|kasih(?:\\s+sayang)?|cinta|[♥❤♡](?:\\uFE0F)?)";
/**
 * A deadline's, a closing's or an event's label ("Apply by", "Deadline:", "Hasta el", "Jusqu'au", "Einsendeschluss",
 * "Entro il", "Prazo", "Event date:", "Veranstaltungsdatum:", "Date de l'événement :", "Fecha del evento:", "締切："), a
 * product's or a film's ("On sale", "Date de sortie"; not "Release date:", a statistics bulletin's or a press release's own
 * date), a state's start ("Since", "Seit", "Depuis"), an event's start (`EVENT_START`) or a maker's signature
 * (`MAKERS_SIGNATURE`): short enough to pass for a date line's label, but the date it
 * opens is one the story announces, never the page's own publication date, and the line is the story's text; beside a
 * date of the page's own, only that one counts (`parseDateLine`).
 */
const DEADLINE_LABEL = new RegExp(
  `^(?:apply by|apply before|register by|submit by|deadline|closing date|closes|entries close|applications close|until|expires|` +
    `plazo|fecha límite|hasta|date limite|jusqu['’]au|avant le|clôture|bis|frist|einsendeschluss|anmeldeschluss|bewerbungsschluss|` +
    `entro|scadenza|fino al|prazo|até|data limite|` +
    `event date|date of (?:the )?event|veranstaltungsdatum|datum der veranstaltung|date de l['’]év[éè]nement|fecha del evento|` +
    `data do evento|data dell['’]evento|datum van het evenement|` +
    `on sale|in cinemas|in theaters|since|seit|depuis|desde|erscheinungsdatum|date de sortie|fecha de lanzamiento|` +
    `data di uscita|締切|開催日|活动时间|活動時間|截止日期|마감(?:일)?(?![가-힣])|${VALID_UNTIL}|${PRODUCT_FIELDS}|${EVENT_START}|` +
    `${MAKERS_SIGNATURE})${NOT_BEFORE_WORD}`,
  "iu",
);

/** What a date line holds besides the date, each whole (see WORD_CHAR): numbers, words, and its labels, times and zones. */
const EDGED_NUMBER = new RegExp(`${NOT_AFTER_WORD}\\d+(?:st|nd|rd|th|er)?${YEAR_END}`, "g");
const EDGED_WORD = new RegExp(
  `${NOT_AFTER_WORD}[${ALPHABET_LETTERS}${INDIC_AND_THAI_LETTERS}]{2,${MONTH_NAME_MAX}}\\.?${NOT_BEFORE_WORD}`,
  "gi",
);
/** A clock time as French and Portuguese pages print it ("10h32", "10h32min"): a date line's time, no other word. */
const CLOCK_WITH_H = new RegExp(`${NOT_AFTER_WORD}\\d{1,2}h\\d{2}(?:min)?${NOT_BEFORE_WORD}`, "g");
/**
 * How long ago a page was updated, after its date ("03/03/2025 10h32 Atualizado há 2 horas", "… updated 5 min ago",
 * "Atualizado há 3 meses"): any age of the shared list (`RELATIVE_AGES`, weeks to years too), or a short count of
 * minutes, hours or days with or without the words for "ago" around it; the label before it is left to count.
 */
const RELATIVE_AGE = new RegExp(
  `${NOT_AFTER_WORD}(?:${RELATIVE_AGES.join("|")}|(?:(?:há|hace|il y a|vor)\\s+)?\\d{1,3}\\s*(?:min|minutos?|minutes?|minuten|h|horas?|hours?|heures?|stunden|ore|dias?|días|days?|jours?|tagen|giorni)(?:\\s+(?:ago|fa))?)${NOT_BEFORE_WORD}`,
  "giu",
);
/**
 * A word cut out of a line when it names a month, kept otherwise. Made once: an arrow made at each call lost its compiled
 * code at each full collection, and V8 compiled it again (see `packedBlockEnd`).
 */
const unlessMonth = (word: string) => (monthOf(word) ? "" : word);
/**
 * A date line's own words beside its date: times' marks, "at", weekdays' short names, zones, the Vietnamese day, month
 * and year nouns, the Russian and Ukrainian year's mark, the Persian and Arabic words for "hour" before the time ("سه‌شنبه
 * ۱۴ اسفند ۱۴۰۳ ساعت ۱۰:۳۰", "الثلاثاء 4 مارس 2025 الساعة 10:30"), as "at" stands in English.
 */
const DATE_LINE_WORD = new RegExp(
  `${NOT_AFTER_WORD}(?:am|pm|a\\.m\\.|p\\.m\\.|uhr|at|um|à|a las|alle|le|el|de|on|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|gmt|utc|bst|cet|cest|et|est|edt|pt|pst|pdt|ct|cst|cdt|ngày|tháng|năm|г|р|года|року|ساعت|الساعة|${BUDDHIST_ERA_INITIALS})${NOT_BEFORE_WORD}\\.?`,
  "gi",
);

/** The marks of a Chinese or Japanese date and time ("2025年3月4日 10时30分"), and their full-width punctuation. */
const CJK_DATE_MARKS = /[年月日时時分秒（）：，년월일시분입력수정]/g;

/**
 * Chinese and Japanese characters in a text: each says about as much as a short word, so each counts twice
 * towards what a date line may hold besides its date (a paper's name passes, a clause around a date does not).
 */
function countIdeographs(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x4e00 && code <= 0x9fff)) count++;
  }
  return count;
}

/** The date of a line opening with a labelled numeric date (see `LABELLED_NUMERIC_DATE`), as ISO; undefined for none. */
function labelledDate(text: string, pageOrder?: NumericOrderSource): string | undefined {
  // A time no clock shows after the date spoils it, as in `parseDate` ("Publié le 12/03/2026 à 25h10").
  const iso = numericDateIso(labelledNumericDate(text), pageOrder);
  return iso === undefined || lineTime(text) === NO_CLOCK ? undefined : iso;
}

/**
 * A printed numeric date as ISO, its day and month in the page's order or where the numbers allow only one (no form's
 * own order: nothing but the page or the numbers settles a slashed or hyphenated date without a time); undefined for
 * none, for one that order leaves unread, and for no calendar date.
 */
function numericDateIso(date: PrintedNumericDate | undefined, pageOrder?: NumericOrderSource): string | undefined {
  const parts = date ? numericParts(date.first, date.second, date.year, date.separator, pageOrder, undefined) : undefined;
  if (!parts) return undefined;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  return isCalendarDate(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

/**
 * The date of a header's line that is a slashed or hyphenated date alone ("25/07/2025", "25-07-2025"; see
 * `NUMERIC_DATE_LINE`), for the header under the headline only: there a line of nothing but a date is the page's stamp,
 * as a dotted one is anywhere; a score ("25-07", "3-1"), a phone number or a reference holds no calendar date of this
 * shape, and a teaser's date further down is not asked.
 */
export function headerNumericDate(text: string, pageOrder?: NumericOrderSource): DateLine | undefined {
  const iso = numericDateIso(printedNumericDate(NUMERIC_DATE_LINE.exec(text)), pageOrder);
  return iso === undefined ? undefined : { iso, modified: false };
}

/**
 * Hashtags after a date, spaced or glued on ("2025-03-04 #ferries #harbour", "2025-03-04#ferries#harbour"): a blog's
 * tags set beside its date, as many as it has, none of them prose. A run of glued tags is one match.
 */
const HASHTAGS = /(?<![\p{L}\p{N}])(?:#[\p{L}\p{N}_-]+)+/gu;
/** What a date line may hold between its words and parts. */
const DATE_LINE_SEPARATORS = /[\s,.:;|·•()\-–—/]+/g;

/**
 * What parts a masthead's name from the date after it ("Weekend Edition, Saturday 15 March 2025"). Tried only where a
 * run of marks starts, so a long run is read once.
 */
const MASTHEAD_DATE_SEPARATOR = /(?<![\s,|·•–—-])[\s,|·•–—-]+$/u;
/** A masthead's or an issue's name: two to four words, each opening with a capital ("The Harbour Gazette"). */
const MASTHEAD_SHAPE = /^\p{Lu}\S*(?: \p{Lu}\S*){1,3}$/u;
/**
 * Whether a date line opens with a publication's or an issue's name (see `isPublicationName`) or a section's
 * (`opensWithSectionName`: "Climate Change, 4 March 2025"), a masthead's few capitalised words: the issue's date, set
 * under the headline as a byline's would be, with no person to name (see `namesNoPerson` in byline.ts). A phrase that merely ends in
 * such a word ("Read our Weekend Edition, 8 March 2025") is text about a date.
 */
function mastheadBeforeDate(text: string): boolean {
  const at = findDate(text)?.at;
  if (!at) return false;
  const name = withoutDateWordsAtEnd(text.slice(0, at).replace(WEEKDAY_BEFORE_DATE, ""), isWeekdayAfterComma).replace(
    MASTHEAD_DATE_SEPARATOR,
    "",
  );
  return MASTHEAD_SHAPE.test(name) && (isPublicationName(name) || opensWithSectionName(name));
}

/**
 * A Thai date line's own words, each set apart by spaces, figures or marks (Thai runs the words of a sentence together,
 * so a word inside a run is none of these): the weekday, with "วัน" (day) before it and "ที่" (the) after it or bare
 * ("วันอังคารที่ 4 มีนาคม 2568", "อังคาร 4 มี.ค."), "วันที่" (date), "เวลา" (time) and "น." after a clock time ("09:15 น.",
 * for "นาฬิกา", o'clock).
 */
const THAI_DATE_LINE_WORD =
  /(?<![\u0E00-\u0E7F])(?:(?:วัน)?(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)(?:ที่)?|วันที่|เวลา|น\.)(?![\u0E00-\u0E7F])/gu;
/**
 * The last two letters of a run of Thai letters with no dot after it: a word, not a part of an abbreviation a rest keeps
 * (a month's "มี.ค.", the era's "พ.ศ."), whose parts each take a dot. Two letters only, so that a long run is read once.
 */
const THAI_WORD_LEFT = /[\u0E01-\u0E4E]{2}(?![.\u0E01-\u0E4E])/u;
/** Whether a text holds a letter of the Thai block: a line without any is spared `THAI_DATE_LINE_WORD`. */
function holdsThai(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code >= THAI_FIRST && code <= THAI_LAST) return true;
  }
  return false;
}

/** What a date line holds besides its date and the date's own words (weekday, labels, time, zone, age). */
function dateLineRest(text: string): string {
  const labelled = text.replace(UPDATED, "").replace(PUBLISHED, "");
  // A top bar's words for today (`TODAY_IS`) cost nothing only before the day and its weekday alone: a sentence
  // opening so ("Heute ist Markttag, 7.12.2026", "Сегодня выборы, 7 декабря 2026") keeps them: too long a date line.
  const today = labelled.replace(TODAY_IS, "");
  if (today !== labelled) {
    const rest = restBesideLabels(today);
    if (rest.replace(DATE_LINE_SEPARATORS, "") === "") return rest;
  }
  return restBesideLabels(labelled);
}

/** What a date line holds besides its date and the date's own words, its labels cut (see `dateLineRest`). */
function restBesideLabels(labelled: string): string {
  const stamped = labelled.replace(RELATIVE_AGE, "");
  if (!holdsThai(stamped)) return restBesideDateWords(stamped);
  // A Thai date line's own words count for nothing only where no other Thai word stays beside them: an event's, a
  // deadline's or a sentence's few words after its weekday and time ("วันเสาร์ที่ 8 มีนาคม 2568 เวลา 10:00 น. งานวัด", a
  // temple fair; "ปิดรับสมัคร วันที่ 4 มีนาคม 2568", applications close) are as short as a date line's rest may be.
  const rest = restBesideDateWords(stamped.replace(THAI_DATE_LINE_WORD, ""));
  return THAI_WORD_LEFT.test(rest) ? restBesideDateWords(stamped) : rest;
}

/**
 * The words Malay and Indonesian print after a clock time for the part of the day, where English prints "am" or "pm"
 * ("9:40 pagi", morning; "3:15 petang" and "3:15 sore", afternoon; "12:10 siang", midday; "9:40 malam", night).
 */
export const MALAY_DAY_PARTS = "pagi|petang|malam|siang|sore";
/**
 * A part of the day right after a clock time (`MALAY_DAY_PARTS`) and ending the line's words: alone, "sore" or "malam"
 * is a word of a sentence, and English words after the time ("9:40 sore throat clinic") make it one there too.
 */
const DAY_PART_AFTER_CLOCK = new RegExp(String.raw`(?<=\d[:.]\d{2})\s+(?:${MALAY_DAY_PARTS})(?=\P{L}*$)`, "gu");

/** What a line holds besides its date's figures, its month's name and the date line's words (see `dateLineRest`). */
function restBesideDateWords(unstamped: string): string {
  // Most date lines print no "10h32": a scan for its letter between figures spares them the pattern (see `mayHoldClockWithH`).
  return (mayHoldClockWithH(unstamped) ? unstamped.replace(CLOCK_WITH_H, "") : unstamped)
    .replace(DAY_PART_AFTER_CLOCK, "")
    .replace(EDGED_NUMBER, "")
    .replace(EDGED_WORD, unlessMonth)
    .replace(DATE_LINE_WORD, "")
    .replace(CJK_DATE_MARKS, "");
}

/** A range of days ("12–14 June 2025", "June 12-14, 2025", "12.–14. Juni 2025"), not a numeric date ("14-06-2025", "2025-06-14"). */
const DAY_RANGE = /(?<![\d./–—-])\d{1,2}\.?\s*[–—-]\s*\d{1,2}(?!\d|\s*[-–—/.:]\s*\d)/u;

/** Four figures standing alone, a year's. Not global, so `test` keeps no position between calls. */
const YEAR_RUN = /(?<!\d)\d{4}(?!\d)/;
/** Every year in a text (see `YEAR_RUN`). */
const YEAR_RUNS = new RegExp(YEAR_RUN.source, "g");
/** The months' names a text holds, each word read whole. */
function monthNamesIn(text: string): string[] {
  return (text.match(EDGED_WORD) ?? []).filter((word) => monthOf(word) !== undefined);
}
/** Two years or two months' names: a span of dates ("3 March 2025 – 14 June 2025", "3 March – 14 June 2025"). */
function holdsTwoDates(text: string): boolean {
  return (text.match(YEAR_RUNS)?.length ?? 0) > 1 || monthNamesIn(text).length > 1;
}

/**
 * Whether a date line prints its date and nothing else but the date's own words (see `dateLineRest`): no place
 * ("Westerholm, 3 March 2025"), no label of another kind ("Accessed 3 March 2025", "Last reviewed: 3 March 2025",
 * "© 3 de março de 2025 …"), no range of days ("12–14 June 2025") or span of dates, which a date line lets pass as a few letters; and no
 * weekday opening it, as an event's listing dates it ("Saturday 14 June 2025", see `EVENT_WEEKDAY`).
 */
export function printsDateAlone(text: string): boolean {
  return (
    !DAY_RANGE.test(text) &&
    !holdsTwoDates(text) &&
    !EVENT_WEEKDAY.test(text) &&
    dateLineRest(text).replace(DATE_LINE_SEPARATORS, "") === ""
  );
}

export function parseSingleDateLine(text: string, pageOrder?: NumericOrderSource): DateLine | undefined {
  if (text.length > 90 || DEADLINE_LABEL.test(text)) return undefined;
  const iso = parseDate(text, pageOrder) ?? labelledDate(text, pageOrder);
  if (!iso) return undefined;
  // Little else than the date: weekday, labels, time, zone, separators.
  const rest = dateLineRest(text);
  const untagged = rest.replace(HASHTAGS, "").replace(DATE_LINE_SEPARATORS, "");
  // Tags go with a date alone: beside words of its own, the line is a post's text ("We won! 3 March 2024 #ucl #final").
  const left = untagged === "" ? untagged : rest.replace(DATE_LINE_SEPARATORS, "");
  if (
    restLength(left) > MAX_DATE_LINE_REST &&
    !mastheadBeforeDate(text) &&
    !sectionsAfterDate(text) &&
    !noteAfterDate(text) &&
    !readingTimeAfterDate(text)
  )
    return undefined;
  return { iso, modified: UPDATED.test(text) };
}

/**
 * Most letters a date line may hold besides its date and the date's own words (see `dateLineRest`), an ideograph
 * counting twice (`countIdeographs`): a paper's name or a short note passes, a clause around a date does not.
 */
const MAX_DATE_LINE_REST = 12;
/** How much a date line's rest (its separators cut) weighs against `MAX_DATE_LINE_REST`. */
function restLength(left: string): number {
  return left.length + countIdeographs(left);
}

/**
 * Whether a date line closes with a story's reading time and holds no more than a date line may before it ("14 Μαΐου
 * 2025, 09:40 · 4 λεπτά ανάγνωσης", "Rabu, 14 Mei 2025 | 08:15 WITA · 4 menit baca", "Thứ sáu, 15/11/2024 · 4 phút
 * đọc"): a mobile header's meta line, whose reading time is the page's furniture, never the date's rest. In English its
 * few short words pass as a date line's rest ("· 4 min read"); in a language of longer words they outgrow it. Asked
 * only of lines whose rest is too long for a date line.
 */
function readingTimeAfterDate(text: string): boolean {
  const tail = readingTimeTailStart(text.toLowerCase());
  return tail !== undefined && restLength(dateLineRest(text.slice(0, tail)).replace(DATE_LINE_SEPARATORS, "")) <= MAX_DATE_LINE_REST;
}

/**
 * The sections a blog's or a paper's date line files its post in, after the word for "in" and closing the line
 * ("March 3, 2025 in Politics, World", "Posted on March 3, 2025 in News & Events", "3. März 2025 in Politik, Welt", "3
 * mars 2025 dans Société, Monde", "3 de marzo de 2025 en Política", "3 marzo 2025 in Cronaca", "3 de março de 2025 em
 * Política", "3 maart 2025 in Binnenland"): up to six names of one to three words each opening in a capital, parted by
 * commas. A sentence after the date ("March 3, 2025 in Kessel was the coldest day") has words in lower case.
 */
const SECTIONS_AFTER_DATE = new RegExp(`\\s(?:in|under|dans|en|em|op)\\s+${SECTION_NAMES}$`, "u");
/** A letter of any script: what a date line filed in sections may not keep before them (see `sectionsAfterDate`). */
const ANY_LETTER = /\p{L}/u;
/**
 * Whether a date line prints its date alone, with its label and time, once the sections it is filed in are cut from
 * its end (see `SECTIONS_AFTER_DATE`). Asked only of lines whose rest is too long for a date line. No word of another
 * kind may stay before them: a recap's or a newsletter's title names its day and its sections so ("Recap: December
 * 19, 2025 in Premier League, Serie A", "Week of December 19, 2025 in Photos").
 */
function sectionsAfterDate(text: string): boolean {
  const sections = SECTIONS_AFTER_DATE.exec(text);
  if (!sections) return false;
  const rest = dateLineRest(text.slice(0, sections.index)).replace(DATE_LINE_SEPARATORS, "");
  return !ANY_LETTER.test(rest) && !holdsTwoDates(text);
}
/** The Thai block, where such a byline opens. */
export const THAI_FIRST = 0x0e00;
export const THAI_LAST = 0x0e7f;

/**
 * A relative day (see `RELATIVE_DAYS`), maybe with the time after it and the word before the time ("Today, 14:05",
 * "Heute, 14:05 Uhr", "Aujourd'hui à 14h05", "Idag kl. 14.05"; the word is one of `TIME_LINKS`).
 */
const RELATIVE_DAY_TIME = String.raw`(?:${RELATIVE_DAYS.join("|")})(?:,?\s(?:(?:${TIME_LINK_ALTERNATION})\s)?\d{1,2}[:.h]\d{2}(?:\s?uhr)?)?`;
/**
 * A time ago or a relative day alone, maybe after an updated label ("Updated 2 hours ago", "Aktualisiert vor 3 Monaten",
 * "bijgewerkt vandaag, 16:30").
 */
const AGE = new RegExp(`^(?:(?:${UPDATED_LABELS.join("|")})\\s?:?\\s)?(?:${[...RELATIVE_AGES, RELATIVE_DAY_TIME].join("|")})$`, "iu");
/** Longest age line: a label, a time ago and a field or two beside it ("News | Updated 3 hours ago"). */
const MAX_AGE_LINE_LENGTH = 60;
/** Most words of a field beside a time ago on its line (a section's name, a reading time). */
const MAX_AGE_FIELD_WORDS = 3;
/**
 * What parts an age line's fields: a bar or a dot, not a dash, which may stand inside a field's words ("Sci-Tech"). As
 * `HEADER_FIELD_MARK`, never tried from inside a run of spaces.
 */
const AGE_FIELD_MARK = /(?!(?<=\s)\s)\s*[|·•]\s*/u;

/**
 * A header's line that says how long ago the page was posted or updated instead of its date, whole or as a field of a
 * meta line ("3 hours ago", "il y a 3 heures", "3時間前", "News | 2 hours ago"), or the day relative to today with its
 * time ("Vandaag, 14:05"): a meta line, no title, though it gives no date. Words without a figure are a sentence ("Three
 * hours ago, the river rose") or a relative day alone (see `isRelativeDayLine` in byline.ts), and a time ago inside one is the story's
 * text.
 */
export function isAgeLine(text: string): boolean {
  if (text.length > MAX_AGE_LINE_LENGTH || !/\d/.test(text)) return false;
  let age = false;
  // Each field's words joined by single spaces, and counted, with no array made: the test is asked of many short lines.
  for (const field of text.split(AGE_FIELD_MARK)) {
    if (AGE.test(field.replace(WHITE_SPACE_RUN, " "))) age = true;
    else if (!atMostWords(field, MAX_AGE_FIELD_WORDS)) return false;
  }
  return age;
}

/**
 * A date read from a byline's line or a meta line's field, with the update's date its label sets after it and no mark
 * between, as news sites print the pair after their byline ("By Ada Lee · Published March 12, 2026 08:10 Updated March
 * 13, 2026 10:45", "Von Jan Berg · Veröffentlicht am 12.03.2026 Aktualisiert am 13.03.2026", "Par … Publié le 12 mars
 * 2026 Mis à jour le 13 mars 2026", "김하늘 기자 입력 2026.03.12 08:10 수정 2026.03.13 10:45", "Đăng: 12/03/2026 Cập nhật:
 * 13/03/2026"): `text` opens with the date (`SECOND_DATE_LABEL` finds the labels after it, each part read as a date line
 * of its own, `parseSingleDateLine`); an update's date, the published one after it ("Updated … Published …", see
 * `withUpdate`). A date that has an update already is returned as it is, and so is one of a text too long for a date
 * line (each label's part would be read again to the end).
 */
export function withLaterUpdate(date: DateLine, text: string, pageOrder?: NumericOrderSource): DateLine {
  if (date.alsoModified !== undefined || text.length > MAX_DATE_LINE_LENGTH || !hasTwoDigitRuns(text)) return date;
  // Where the date itself starts: a label before it is its own, not a later one's ("김하늘 기자 · 수정 … 입력 …").
  let start: number | undefined;
  let own = date;
  // The date as its own label reads it where no later label's date pairs with it ("김하늘 기자 · 수정 2026.03.13 10:45").
  let ownRead: DateLine | undefined;
  SECOND_DATE_LABEL.lastIndex = 0;
  for (let label = SECOND_DATE_LABEL.exec(text); label; label = SECOND_DATE_LABEL.exec(text)) {
    const from = label.index + label[0].length;
    const part = text.slice(from);
    // The label's own date, right after it: words between make it another date's ("Updated daily until March 30").
    const at = dateStart(part, pageOrder);
    if (at === undefined || !LABEL_BEFORE_LATER_DATE.test(part.slice(0, at))) continue;
    const other = parseSingleDateLine(part, pageOrder);
    if (!other) continue;
    start ??= dateStart(text, pageOrder) ?? 0;
    // The date's own label, after a byline's name: it tells whether the date is an update's ("수정", "Updated").
    if (from + at <= start) {
      own = { ...date, modified: other.modified };
      if (other.modified !== date.modified) ownRead = withUpdate(date, other);
      continue;
    }
    if (other.modified !== own.modified) return withUpdate(own, other) ?? ownRead ?? date;
  }
  return ownRead ?? date;
}

/** Where the first readable date in a text starts (see `DATE_FORMS`), or undefined. */
export function dateStart(text: string, pageOrder?: NumericOrderSource): number | undefined {
  return mayHoldDate(text) ? findDate(text, pageOrder)?.at : undefined;
}

/** Weekdays, in the languages of the month names above. */
export const WEEKDAY_NAMES =
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica";
export const WEEKDAY = wholeWords(WEEKDAY_NAMES, "iu");
/** Dutch and Portuguese weekdays, Monday first ("sexta" of "sexta-feira", see `PORTUGUESE_WEEKDAY_END`). */
export const DUTCH_WEEKDAY_NAMES = "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag";
export const PORTUGUESE_WEEKDAY_NAMES = "segunda|terça|quarta|quinta|sexta|sábado|domingo";
/** The word after a Portuguese weekday's first ("sexta-feira"), read as one with it. */
export const PORTUGUESE_WEEKDAY_END = "feira";
/** Weekdays in the other languages of `TODAY_IS_LABELS`: Polish, Russian, Ukrainian, Swedish and Danish. */
const TODAY_BAR_WEEKDAY_NAMES = [
  "poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela",
  "понедельник|вторник|среда|четверг|пятница|суббота|воскресенье",
  "понеділок|вівторок|середа|четвер|п['’]ятниця|субота|неділя",
  "måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag",
  "mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag",
].join("|");
/** A weekday in a language of `TODAY_IS_LABELS`, whole, as a pattern's source ("Montag", "segunda-feira"). */
const TODAY_BAR_WEEKDAY = `(?:${WEEKDAY_NAMES}|${DUTCH_WEEKDAY_NAMES}|${PORTUGUESE_WEEKDAY_NAMES}|${TODAY_BAR_WEEKDAY_NAMES})(?:-${PORTUGUESE_WEEKDAY_END})?${NOT_BEFORE_WORD}`;
/**
 * Vietnamese weekdays, as its papers open a date line with one ("Thứ sáu, 15/11/2024 - 10:30", "Chủ nhật, 17/11/2024"):
 * "Thứ" (the ordinal's word) and the day's number word, or Sunday's own name.
 */
const VIETNAMESE_WEEKDAY_NAMES = "thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật";
/** A weekday's line part alone before the date, maybe with its comma, as a pattern's source. */
const weekdayAlone = (weekdays: string): RegExp => new RegExp(`^(?:${weekdays}),?\\s*$`, "iu");
/**
 * A whole weekday alone, maybe with its comma, as a date line opens with it under a name ("Ada Lee" over "Wednesday,
 * 14 May 2025"): the line break parts it from the name, so it is never the name's last word ("Ana Domingo"), which it
 * is when the two share a line.
 */
export const WHOLE_WEEKDAY_ALONE = weekdayAlone(TODAY_BAR_WEEKDAY);
/** A Vietnamese weekday alone so ("Trần Văn Hùng" over "Thứ tư, 14/05/2025"), as a Vietnamese paper's date line opens. */
export const VIETNAMESE_WEEKDAY_ALONE = weekdayAlone(`(?:${VIETNAMESE_WEEKDAY_NAMES})${NOT_BEFORE_WORD}`);

/**
 * A top bar's words before the date of the day (`TODAY_IS_LABELS`) opening the line, with the weekday after them and
 * its article ("Heute ist Montag,", "Heute ist Dienstag, der", "I dag er det mandag den", "Hoje é segunda-feira,").
 */
const TODAY_IS = new RegExp(
  `^(?:${TODAY_IS_LABELS.join("|")})${NOT_BEFORE_LABEL_WORD}(?:[\\s,]*${TODAY_BAR_WEEKDAY}(?:[\\s,]*(?:der|den)${NOT_BEFORE_WORD})?)?`,
  "iu",
);
/**
 * English weekdays as a date's header prints them short ("Thu 7 May 2026"). "Sun" is left out: it is a family name
 * ("Li Sun 7 May 2026").
 */
export const SHORT_WEEKDAYS = "mon|tue|tues|wed|thu|thur|thurs|fri|sat";
/**
 * What may stand before the date a label after a byline's date opens (see `withLaterUpdate`): the label, its link word,
 * a colon and a weekday ("Updated on Friday, March 13, 2026", "Aktualisiert am 13.03.2026", "수정 2026.03.13", "Đăng:");
 * any other word makes the date another's ("Updated schedule: March 20", "Updated daily until March 30").
 */
const LABEL_BEFORE_LATER_DATE = new RegExp(
  String.raw`^(?:${DATE_LABELS}|${CJK_DATE_LABEL}|${POSTED_COLON})\s*(?:(?:${DATE_LINKS_OR_DAY})\s*)?(?:[:：]\s*)?(?:(?:${WEEKDAY_NAMES}|${SHORT_WEEKDAYS})\.?,?\s*)?$`,
  "iu",
);
/**
 * The short weekdays of the weekend in German, French, Spanish and Portuguese, and English "Sun", which opens nobody's
 * name at a line's start: what an event's listing opens its dates with beside `SHORT_WEEKDAYS` (see `EVENT_WEEKDAY`).
 */
export const SHORT_WEEKEND_DAYS = "sun|sa|so|sam|dim|sáb|dom";
/**
 * A weekday opening a date, as an event's listing dates its entries ("Sat 8 March 2026", "Samedi 8 mars", "Sa. 8. März",
 * "Dom 8 de marzo"): the short forms of the other languages' weekend too (`SHORT_WEEKEND_DAYS`).
 */
export const EVENT_WEEKDAY = new RegExp(`^(?:${WEEKDAY_NAMES}|${SHORT_WEEKDAYS}|${SHORT_WEEKEND_DAYS})\\.?${NOT_BEFORE_WORD}`, "iu");
/**
 * A short weekday at the end of what stands before a date, with what parts it from the names. Whole weekdays are left
 * to `WEEKDAY`, which refuses the line: read as the date's too, they gave the first dev set one more right author and
 * the held-out pages one wrong one. Asked only of a byline's length (`MAX_BYLINE_LENGTH` in byline.ts), which bounds the separators'
 * retries.
 */
export const WEEKDAY_BEFORE_DATE = new RegExp(`(?:^|[\\s,|·•–—-]+)(?:${SHORT_WEEKDAYS})\\.?$`, "iu");

/**
 * A date's label at the end of a byline's names, glued or set apart: "Updated", "PUBLISHED:", "Last updated on". Tried
 * only where a run of spaces starts, and no two runs of spaces adjacent, so a long run is read once.
 */
export const DATE_LABEL_AFTER_NAMES = new RegExp(
  String.raw`(?<!\s)\s*(?:${DATE_LABELS})(?:\s+(?:${DATE_LINK_ALTERNATION}))?\s*(?::\s*)?$`,
  "iu",
);
/** A date's label alone on its line, over the date ("POSTED", "Last updated:", "Pubblicato il"). */
const DATE_LABEL_ALONE = new RegExp(`^${DATE_LABEL_AFTER_NAMES.source}`, "iu");
/** Whether a line is only a date's label (see `DATE_LABEL_ALONE`). */
export function isDateLabel(text: string): boolean {
  return DATE_LABEL_ALONE.test(text);
}
/** The code units of "0" and "9", the digits `\d` reads without the `u` flag. */
const DIGIT_ZERO = 0x30;
const DIGIT_NINE = 0x39;
/** The letter `CLOCK_WITH_H` reads between a clock's hours and minutes ("10h32"), lower case only, as the pattern has no `i`. */
const CLOCK_LETTER = "h";
/** Whether the code unit at `at` is one of the digits `\d` reads without the `u` flag (false past either end). */
export function isAsciiDigitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= DIGIT_ZERO && code <= DIGIT_NINE;
}
/**
 * Whether a text holds "h" between two digits, as every match of `CLOCK_WITH_H` does: a look for the letter costs less
 * than the pattern, whose look-behind is tried at each digit of every date line `dateLineRest` reads.
 */
function mayHoldClockWithH(text: string): boolean {
  for (let at = text.indexOf(CLOCK_LETTER, 1); at !== -1; at = text.indexOf(CLOCK_LETTER, at + 1)) {
    if (isAsciiDigitAt(text, at - 1) && isAsciiDigitAt(text, at + 1)) return true;
  }
  return false;
}

/**
 * The last word of a text, with the spaces or the comma before it and after it ("…, Friday,", "… March"). Tried only
 * where a run of spaces and commas starts, so a long run is crossed once.
 */
const LAST_WORD = /(?<![\s,])([\s,]+)([\p{L}.]+)[\s,]*$/u;

/**
 * Names without the month and the weekday a date opens with after them ("Jane Doe, Friday" of "Jane Doe, Friday 14
 * March 2025", "Jane Doe, Freitag," of "Jane Doe, Freitag, 14. März 2025"), once the date's numbers are cut off. A
 * weekday only after a comma: set after a name by a space, it may be the name's ("Ana Domingo", "Li Sun").
 * `isDateWord`: which words go; the unlabelled reader leaves months (see `isWeekdayAfterComma`).
 */
export function withoutDateWordsAtEnd(names: string, isDateWord = isMonthOrWeekdayAfterComma): string {
  let rest = names;
  // A date names one month: a second before it is the name's ("Jane Ott" of "Jane Ott, March 4, 2025").
  let month = false;
  for (let last = LAST_WORD.exec(rest); last && isDateWord(last[2]!, last[1]!.includes(",")); last = LAST_WORD.exec(rest)) {
    const isMonth = monthOf(last[2]!) !== undefined && !isWeekdayAfterComma(last[2]!, last[1]!.includes(","));
    if (isMonth && month) break;
    month ||= isMonth;
    rest = rest.slice(0, last.index);
  }
  return rest;
}

/** Whether a word is a month's name, or after a comma a weekday's (see `isWeekdayAfterComma`): "March", ", Friday". */
export function isMonthOrWeekdayAfterComma(word: string, afterComma: boolean): boolean {
  return monthOf(word) !== undefined || isWeekdayAfterComma(word, afterComma);
}

/**
 * Whether a word after a comma is a weekday's, whole or short as a date prints it (", Friday", ", Fri"). Without a
 * "By", a month's name before the date's numbers is left to the date (`findDate`), as a name may end in one ("Bruno
 * Mars 14 March 2025").
 */
export function isWeekdayAfterComma(word: string, afterComma: boolean): boolean {
  return afterComma && (WEEKDAY.test(word) || WEEKDAY_BEFORE_DATE.test(word));
}
