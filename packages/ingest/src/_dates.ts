// The dates alone, not the package's index: that loads the XML parser, which a text page never needs.
import { monthNumber, readRfc822Date, zoneOffset } from "@dateline/feed-xml/rfc822-date";

/**
 * Dates as feeds and front matter write them, turned into the schema's ISO form. A date-time
 * keeps its writer's offset; one without an offset cannot be placed in time, so it is kept as a
 * plain date (the convention of the text reader too); a date-only value stays a date.
 */

const pad = (value: number | string, width = 2) => String(value).padStart(width, "0");

/** ISO 8601 and its common relaxations: a space for the T, an offset without a colon, "UTC" spelled out. */
const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?$/i;

/** Dates written out for people, as some site templates put them in front matter: "Jul 08 2025", "8 July 2025", "July 8, 2025". */
const MONTH_FIRST = /^(?:[A-Za-z]{3,},?\s+)?([A-Za-z]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})$/;
const DAY_FIRST = /^(?:[A-Za-z]{3,},?\s+)?(\d{1,2})\.?\s+([A-Za-z]{3,})\.?,?\s+(\d{4})$/;

function offsetText(minutes: number): string {
  if (minutes === 0) return "+00:00";
  const sign = minutes < 0 ? "-" : "+";
  const size = Math.abs(minutes);
  return `${sign}${pad(Math.floor(size / 60))}:${pad(size % 60)}`;
}

/** Days in each month of a common year, January first; February has one more in a leap year. */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const FEBRUARY = 2;

/** The Gregorian rule: every fourth year is a leap year, but not a century's, unless it is every fourth century's. */
const LEAP_EVERY = 4;
const CENTURY = 100;
const LEAP_CENTURY_EVERY = 400;

function isLeapYear(year: number): boolean {
  return (year % LEAP_EVERY === 0 && year % CENTURY !== 0) || year % LEAP_CENTURY_EVERY === 0;
}

/**
 * Whether a year, a month (1–12) and a day name a day the calendar has: no 30 February, no 31 April, 29 February only
 * in a leap year. Every reader's dates pass here, so none prints a day that does not exist. Counted, not asked of a
 * `Date`: the text reader asks it of every date it finds.
 */
export function isRealDay(year: number, month: number, day: number): boolean {
  const days = DAYS_IN_MONTH[month - 1];
  if (days === undefined || day < 1) return false;
  return day <= days || (month === FEBRUARY && day === days + 1 && isLeapYear(year));
}

/** The last hour and minute a clock shows; a feed's seconds may reach a leap second's 60 (see `build`). */
const LAST_HOUR = 23;
const LAST_MINUTE = 59;
const LEAP_SECOND = 60;

/** Whether an hour and a minute are a time of day ("25:10", "14:75" are not: a stamp printing one is no stamp). */
export function isClockTime(hour: number, minute: number): boolean {
  return hour >= 0 && hour <= LAST_HOUR && minute >= 0 && minute <= LAST_MINUTE;
}

/** The hour ISO 8601 and German timetables write for a day's end ("24:00", "24:00 Uhr"). */
const END_OF_DAY_HOUR = 24;

/**
 * Whether a time is the day's end, "24:00" (seconds 0): a real stamp, which the schema's date-times cannot print, so
 * its reader keeps the day alone rather than dropping the date as a time no clock shows.
 */
export function isEndOfDay(hour: number, minute: number, second = 0): boolean {
  return hour === END_OF_DAY_HOUR && minute === 0 && second === 0;
}

/**
 * The first year a feed's or front matter's date may name. Earlier ones are a zero value, not a day: Go's zero time
 * ("0001-01-01T00:00:00Z", Hugo's "Mon, 01 Jan 0001" for a page without a date) or a template's empty date.
 */
const FIRST_DATED_YEAR = 100;

function build(
  year: number,
  month: number,
  day: number,
  time: { hour: number; minute: number; second: number; fraction?: string } | undefined,
  offset: number | undefined,
): string | undefined {
  if (year < FIRST_DATED_YEAR || !isRealDay(year, month, day)) return undefined;
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (!time || isEndOfDay(time.hour, time.minute, time.second)) return date;
  if (!isClockTime(time.hour, time.minute) || time.second > LEAP_SECOND) return undefined;
  // The schema's date-times stop at second 59: a leap second's stamp ("23:59:60Z") keeps its day, not the whole item.
  if (offset === undefined || time.second === LEAP_SECOND) return date;
  return `${date}T${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}${time.fraction ?? ""}${offsetText(offset)}`;
}

/** A date as written in a feed or in front matter → an ISO date the schema accepts, or undefined. */
export function isoDateFrom(value: unknown): string | undefined {
  if (value instanceof Date) {
    // TOML dates (smol-toml's TomlDate) print themselves as written, offset included.
    return Number.isNaN(value.getTime()) ? undefined : isoDateFrom(value.toISOString());
  }
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const [, year, month, day, hour, minute, second = "0", fraction, zone] = iso;
    // A fraction of zeros (TOML dates print ".000") says nothing and is left out.
    const kept = fraction && !/^\.0+$/.test(fraction) ? { fraction } : {};
    const time = hour === undefined ? undefined : { hour: Number(hour), minute: Number(minute), second: Number(second), ...kept };
    return build(Number(year), Number(month), Number(day), time, zone === undefined ? undefined : zoneOffset(zone));
  }
  const written = MONTH_FIRST.exec(text) ?? DAY_FIRST.exec(text);
  if (written) {
    const [monthName, day] = MONTH_FIRST.test(text) ? [written[1]!, written[2]!] : [written[2]!, written[1]!];
    const month = monthNumber(monthName);
    return month === 0 ? undefined : build(Number(written[3]), month, Number(day), undefined, undefined);
  }
  const rfc = readRfc822Date(text);
  if (rfc) {
    const { year, month, day, hour, minute, second, offset } = rfc;
    return build(year, month, day, { hour, minute, second }, offset);
  }
  return undefined;
}

/**
 * The article's `datePublished`, as every reader fills it: the date the source gives for publication, else the date of
 * its last update when that is the only date it gives (a page printing only "Updated 6 March 2026", an Atom entry with
 * only `<updated>`). The article was published by then, and a feed, a briefing or a search engine orders articles by
 * this field: left empty, the article has no place among the others. `dateModified` keeps the update as well.
 */
export function publishedOrUpdated(published: string | undefined, updated: string | undefined): string | undefined {
  return published ?? updated;
}

/** The calendar day of an ISO date or date-time ("2025-07-14T09:30:00+02:00" → "2025-07-14"), which sorts as text. */
export function calendarDay(iso: string): string {
  return iso.slice(0, ISO_DAY_LENGTH);
}
/** Characters of an ISO calendar day, "YYYY-MM-DD". */
const ISO_DAY_LENGTH = 10;

/**
 * An ISO date-time ending in its zone ("2026-03-12T00:30:00+01:00", "…T23:50:00Z"): an instant, comparable across
 * zones.
 */
const ZONED_TIME = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * The article's `dateModified`, as every reader fills it: the update's date where it is no earlier than the published
 * one. A day before it is a misprint, another date or a draft's last save before a scheduled post went out ("Published
 * 12 March 2026 · Updated 11 March 2026", `article:modified_time` or Atom's `<updated>` before the published time):
 * nothing is updated before it is out, and a reader ordering articles by their last change would file it before its
 * own publication. Days, not instants: a page's published and updated stamps are often printed in different zones, or
 * one without its time. Where both carry their zone, an earlier day may still be a later instant ("12 March 2026
 * 00:30 CET" and "11 March 2026 23:50 UTC"), and the update stands.
 */
export function updateAfter(published: string | undefined, updated: string | undefined): string | undefined {
  if (published === undefined || updated === undefined || calendarDay(updated) >= calendarDay(published)) return updated;
  const publishedZoned = ZONED_TIME.test(published);
  const updatedZoned = ZONED_TIME.test(updated);
  if (publishedZoned && updatedZoned) return Date.parse(updated) >= Date.parse(published) ? updated : undefined;
  // A plain day names no zone: a site may print it in UTC beside a stamp in its own zone ("Published March 13, 2026"
  // and "Updated 11:40 PM EST March 12, 2026", the 13th in UTC). Where only one stamp is zoned, its UTC day counts too.
  const laterInUtc = updatedZoned ? utcDay(updated) >= calendarDay(published) : publishedZoned && calendarDay(updated) >= utcDay(published);
  return laterInUtc ? updated : undefined;
}

/** The calendar day in UTC of a zoned ISO date-time ("2026-03-12T23:40:00-05:00" → "2026-03-13"). */
function utcDay(iso: string): string {
  return calendarDay(new Date(Date.parse(iso)).toISOString());
}
