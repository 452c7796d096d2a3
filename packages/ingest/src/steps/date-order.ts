/**
 * How a page orders the day and the month of its all-numeric dates ("09.10.2024", "09/10/2024 8:00 am", "Updated
 * 09-10-2024"), for each separator apart: a site that dots some dates may slash others, and the two need not agree.
 * Asked only when such a date could be read either way, and settled by, surest first:
 * 1. the page's own date stamps with that separator: another one with a number above 12 first (day first,
 *    "Updated 25.10.2024") or second (month first, "10/25/2024 9:00 AM"), and none the other way. Before the language
 *    tag, as a site's tag is often its software's default ("en-US" on a London paper) and its stamps are not. Stamps
 *    only: a date quoted in the story or a footer's "revised 31.01.2019" is written by people, not by the site;
 * 2. the source's language tag with a region ("en-US", "en-GB"), read through Intl's locale data, for dates written
 *    with the separator that locale writes ("/" for both: en-US says nothing of a dotted date);
 * 3. the page's language, tagged without a region or detected, where it orders dates one way wherever it is written
 *    (German, French or Spanish; not English: month first in the United States, day first in Britain), again only
 *    for its own separator;
 * 4. for a language of no one order (English above all), what the page's own writing shows: its numeric dates
 *    anywhere, prose included, with a number above 12, else for slashed dates its English dates with a month's name
 *    ("November 5, 2024" month first, "5 November 2024" day first; see `writtenOrder` in date-line.ts). Last, as a quoted
 *    date may be another country's, but before nothing: these pages' ambiguous numeric dates are otherwise unread.
 * Where none settles it the date reader keeps the order its date forms read (see `DATE_FORMS` in date-line.ts).
 *
 * The locale orders come from the CLDR data inside Node (full ICU since Node 13): `date-order.test.ts` pins the
 * answers Dateline relies on, so a Node whose data differs fails there rather than changing dates quietly.
 */

export type NumericOrder = "day-first" | "month-first";
/** The marks between the day, the month and the year of the all-numeric dates the date reader takes. */
export type NumericSeparator = "." | "/" | "-";
/**
 * The page's order for dates written with `separator`, found on first asking (finding it scans the page), and the
 * page's language (`language`, its code: "ms"), which the date reader asks for the month names only one language's
 * pages may be read by (see `PAGE_LANGUAGE_MONTHS` in date-line.ts).
 */
export type NumericOrderSource = ((separator: NumericSeparator) => NumericOrder | undefined) & { readonly language?: string };
/**
 * The order some evidence on the page shows for a separator: its own date stamps (see `stampedOrder` in date-line.ts) or
 * its writing (`writtenOrder` there).
 */
export type StampedOrder = (separator: NumericSeparator) => NumericOrder | undefined;

/**
 * The page's order for each separator, from what settles it (see above), worked out once per separator when asked.
 * `written`: the order the page's writing shows, asked last.
 */
export function pageNumericOrder(
  stamped: StampedOrder,
  tag: string | undefined,
  languageCode: string,
  written?: StampedOrder,
): NumericOrderSource {
  const found = new Map<NumericSeparator, NumericOrder | undefined>();
  const order = (separator: NumericSeparator) => {
    if (!found.has(separator))
      found.set(separator, stamped(separator) ?? localeOrder(tag, languageCode, separator) ?? written?.(separator));
    return found.get(separator);
  };
  return Object.assign(order, { language: languageCode });
}

/**
 * The order of the tag's region ("en-US"), else of the language wherever it is written, for dates using `separator`;
 * a locale that writes the day first reads it first whatever the separator: a German, Dutch or Hebrew site that slashes
 * its dates ("Von Jan Berg, 03/12/2026", "נוצר: 12/03/2026") still writes the day first, as month-first dates are the
 * United States' and a few others' own form, printed with the slash those locales write.
 */
function localeOrder(tag: string | undefined, languageCode: string, separator: NumericSeparator): NumericOrder | undefined {
  const region = tag === undefined ? undefined : regionalLocale(tag);
  const written = region !== undefined ? numericForm(region) : languageForm(languageCode);
  return written?.separator === separator || written?.order === "day-first" ? written?.order : undefined;
}

/**
 * Intl's answers for a tag or a locale, kept for the process: its locale data does not change while it runs, and
 * asking it (an `Intl.Locale`, two `Intl.DateTimeFormat`s) took about a quarter of a page's ingest, 0.1 ms a page
 * with a numeric date to order. Tags come from untrusted metadata, so the memo is emptied when it holds this many.
 */
const MAX_REMEMBERED_LOCALES = 256;
const rememberedRegions = new Map<string, string | undefined>();
const rememberedForms = new Map<string, NumericForm | undefined>();

/** `compute(key)`, asked once per key while `memo` holds fewer than `MAX_REMEMBERED_LOCALES` answers. */
function remembered<T>(memo: Map<string, T>, key: string, compute: (key: string) => T): T {
  if (memo.has(key)) return memo.get(key) as T;
  if (memo.size >= MAX_REMEMBERED_LOCALES) memo.clear();
  const answer = compute(key);
  memo.set(key, answer);
  return answer;
}

/** A tag's locale when it names a region ("en-US"); undefined for a tag without one or one Intl cannot read. */
function regionalLocale(tag: string): string | undefined {
  return remembered(rememberedRegions, tag, readRegionalLocale);
}

function readRegionalLocale(tag: string): string | undefined {
  try {
    const locale = new Intl.Locale(tag);
    return locale.region === undefined ? undefined : locale.toString();
  } catch {
    return undefined;
  }
}

/** CLDR's region for the world: a language's form written everywhere rather than in its most populous country. */
const WORLD_REGION = "001";

/**
 * How a language writes numeric dates wherever it is written: its default locale's form (Intl takes its most populous
 * country, "en" → the United States) when its world form agrees ("en-001" writes day first, so English has none).
 */
function languageForm(language: string): NumericForm | undefined {
  const own = numericForm(language);
  const world = numericForm(`${language}-${WORLD_REGION}`);
  return own !== undefined && own.order === world?.order && own.separator === world.separator ? own : undefined;
}

interface NumericForm {
  order: NumericOrder;
  separator: string;
}

/** Any date: only the order of its parts and the mark between them are read. */
const SAMPLE_DAY = new Date(Date.UTC(2024, 0, 31));

/**
 * How a locale writes a date in numbers, from Intl's locale data; undefined for a locale Intl does not know (it would
 * answer with its default's) or one that writes the year first ("2024/01/31"), whose pages set day and month after
 * the year rather than before it.
 */
function numericForm(locale: string): NumericForm | undefined {
  return remembered(rememberedForms, locale, readNumericForm);
}

function readNumericForm(locale: string): NumericForm | undefined {
  if (Intl.DateTimeFormat.supportedLocalesOf(locale).length === 0) return undefined;
  const parts = new Intl.DateTimeFormat(locale, { year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC" }).formatToParts(
    SAMPLE_DAY,
  );
  const types = parts.map((part) => part.type);
  const [day, month, year] = [types.indexOf("day"), types.indexOf("month"), types.indexOf("year")];
  if (year < day && year < month) return undefined;
  // The mark after the first of day and month ("31/01/2024" → "/", "31.1.2024" → ".").
  const separator = parts[Math.min(day, month) + 1]?.value.trim() ?? "";
  return { order: day < month ? "day-first" : "month-first", separator };
}
