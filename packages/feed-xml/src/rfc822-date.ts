/**
 * RFC 822 dates (RFC 2822's relaxations included), as RSS writes them: "Tue, 04 Mar 2025 09:30:00 +0100".
 * Read here once for both sides: ingest turns them into ISO dates, the RSS exporter rewrites the
 * dates of a feed it adds to.
 */

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Named zones RFC 822 allows, in minutes from UTC. */
const ZONES: Record<string, number> = {
  GMT: 0,
  UT: 0,
  UTC: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};

/**
 * As feeds write it: the weekday optional and maybe spelt out, the month's name maybe longer than
 * three letters, a two-digit year, an hour of one digit, the zone missing.
 */
const RFC822 =
  /^(?:[A-Za-z]{3,},?\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,3})?$/;

/** RFC 2822 reads a two-digit year as 20xx below this, 19xx from it up. */
const TWO_DIGIT_YEAR_PIVOT = 50;

/** The fields of a date as its writer wrote them, unchecked (31 February comes back as it is). */
export interface Rfc822Date {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Minutes from UTC; undefined when the zone is missing or not one RFC 822 names. */
  offset: number | undefined;
}

/** The number of a month from its English name or the name's first three letters (1–12), or 0. */
export function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** A zone as dates write it ("GMT", "EST", "Z", "+0100", "-05:00") in minutes from UTC, or undefined. */
export function zoneOffset(zone: string): number | undefined {
  const upper = zone.toUpperCase();
  if (upper in ZONES) return ZONES[upper];
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!match) return undefined;
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** An RFC 822 date's fields, or undefined when the text is not one (or names no month). */
export function readRfc822Date(text: string): Rfc822Date | undefined {
  const match = RFC822.exec(text.trim());
  if (!match) return undefined;
  const [, day, monthName, yearText, hour, minute, second = "0", zone] = match;
  const month = monthNumber(monthName!);
  if (month === 0) return undefined;
  const written = Number(yearText);
  const year = yearText!.length === 2 ? written + (written < TWO_DIGIT_YEAR_PIVOT ? 2000 : 1900) : written;
  return {
    year,
    month,
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second),
    offset: zone === undefined ? undefined : zoneOffset(zone),
  };
}
