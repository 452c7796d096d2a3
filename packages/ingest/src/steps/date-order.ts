/**
 * How a page orders the day and the month of its all-numeric dates ("09.10.2024", "09/10/2024 8:00 am"). Asked only
 * when such a date could be read either way, and settled by, surest first:
 * 1. the page itself: another all-numeric date on it with a number above 12 first (day first, "25.10.2024") or second
 *    (month first, "10/25/2024"), and none the other way. Before the language tag, as a site's tag is often its
 *    software's default ("en-US" on a London paper), and its own dates are not;
 * 2. the source's language tag with a region ("en-US", "en-GB"), read through Intl's locale data;
 * 3. the page's language, tagged without a region or detected, where it orders dates one way wherever it is written:
 *    German, French or Spanish do; English does not (month first in the United States, day first in Britain).
 * Where none settles it the date reader keeps the order its date forms read (see `DATE_FORMS` in byline.ts).
 */

export type NumericOrder = "day-first" | "month-first";
/** The page's order, found on first asking: most pages hold no date that needs it, and finding it scans the page. */
export type NumericOrderSource = () => NumericOrder | undefined;

/** The years the date reader takes (see `findDate` in byline.ts): other number triples are versions or scores. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;
/** Highest month number: a larger one of a date's first two numbers is its day. */
export const MONTHS_IN_YEAR = 12;
const MAX_DAY = 31;

/** A day and a month in numbers, then a four-digit year, set apart from other numbers and words ("25.10.2024", "10/25/2024"). */
const NUMERIC_DATE = /(?<![\p{L}\p{N}./])(\d{1,2})([./])(\d{1,2})\2(\d{4})(?![\p{L}\p{N}])/gu;

/** The page's order, from what settles it (see above); the page's lines are read only when it is asked for. */
export function pageNumericOrder(lines: readonly { text: string }[], tag: string | undefined, languageCode: string): NumericOrderSource {
  let asked = false;
  let order: NumericOrder | undefined;
  return () => {
    if (!asked) {
      asked = true;
      order = shownOrder(lines) ?? taggedOrder(tag) ?? languageOrder(languageCode);
    }
    return order;
  };
}

/** The order the page's own all-numeric dates show, when some show one and none the other. */
function shownOrder(lines: readonly { text: string }[]): NumericOrder | undefined {
  let dayFirst = false;
  let monthFirst = false;
  for (const { text } of lines) {
    // Most lines hold no four-digit run; the test is far cheaper than the pattern.
    if (!/\d{4}/.test(text)) continue;
    for (const [, first, , second, year] of text.matchAll(NUMERIC_DATE)) {
      if (Number(year) < FIRST_YEAR || Number(year) > LAST_YEAR) continue;
      dayFirst ||= isDay(first!) && isMonth(second!);
      monthFirst ||= isMonth(first!) && isDay(second!);
    }
  }
  return dayFirst === monthFirst ? undefined : dayFirst ? "day-first" : "month-first";
}

/** A number that can only be a day: above the months, within a month's days. */
function isDay(number: string): boolean {
  return Number(number) > MONTHS_IN_YEAR && Number(number) <= MAX_DAY;
}

function isMonth(number: string): boolean {
  return Number(number) >= 1 && Number(number) <= MONTHS_IN_YEAR;
}

/** The order of a language tag that names a region ("en-US"); a tag without one says only its language. */
function taggedOrder(tag: string | undefined): NumericOrder | undefined {
  if (tag === undefined) return undefined;
  try {
    const locale = new Intl.Locale(tag);
    return locale.region === undefined ? languageOrder(locale.language) : localeOrder(locale.toString());
  } catch {
    return undefined;
  }
}

/** CLDR's region for the world: a language's form written everywhere rather than in its most populous country. */
const WORLD_REGION = "001";

/**
 * The order of a language wherever it is written: its default locale's (Intl takes its most populous country,
 * "en" → the United States), when its world form agrees ("en-001" writes day first, so English has none).
 */
function languageOrder(language: string): NumericOrder | undefined {
  const own = localeOrder(language);
  return own !== undefined && own === localeOrder(`${language}-${WORLD_REGION}`) ? own : undefined;
}

/** Any date: only the order of its parts is read. */
const SAMPLE_DAY = new Date(Date.UTC(2024, 0, 31));

/**
 * How a locale writes a date in numbers, from Intl's locale data; undefined for a locale Intl does not know (it would
 * answer with its default's) or one that writes the year first ("2024/01/31"), whose pages set day and month after
 * the year rather than before it.
 */
function localeOrder(locale: string): NumericOrder | undefined {
  if (Intl.DateTimeFormat.supportedLocalesOf(locale).length === 0) return undefined;
  const parts = new Intl.DateTimeFormat(locale, { year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC" })
    .formatToParts(SAMPLE_DAY)
    .map((part) => part.type);
  const [day, month, year] = [parts.indexOf("day"), parts.indexOf("month"), parts.indexOf("year")];
  if (year < day && year < month) return undefined;
  return day < month ? "day-first" : "month-first";
}
