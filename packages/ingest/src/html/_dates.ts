import { isClockTime, isRealDay } from "../_dates.js";

/**
 * A machine-readable date from a page (JSON-LD, `article:published_time`,
 * `<time datetime>`) → the schema's form: a date-time that keeps the page's
 * own offset, or a plain date. A date-time without an offset cannot be placed
 * in time (the schema refuses it), so only its date is kept.
 */
export function normalizeDate(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  const iso = ISO_DATE.exec(text);
  if (iso) return fromParts(iso);
  const rfc = RFC_2822.exec(text);
  if (rfc) return fromRfc2822(rfc);
  return undefined;
}

/**
 * 2025-03-13, 2025-03-13T09:30, 2025-03-13 09:30:00.123+0100, 20250313T093000Z …, and 2025/03/13, the form Highwire's
 * `citation_publication_date` asks for: year first, one separator throughout.
 */
const ISO_DATE =
  /^(\d{4})([-/]?)(\d{2})\2(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|(?:UTC|GMT))?)?$/i;

function fromParts(match: RegExpExecArray): string | undefined {
  const [, year, , month, day, hour, minute, second, zone] = match;
  const date = `${year}-${month}-${day}`;
  if (!validDate(Number(year), Number(month), Number(day))) return undefined;
  if (hour === undefined || zone === undefined) return date;
  // A time no clock shows leaves the day, which the page's own field gives apart from it.
  if (!isClockTime(Number(hour), Number(minute)) || Number(second ?? 0) > LAST_SECOND) return date;
  return `${date}T${hour}:${minute}:${second ?? "00"}${offset(zone)}`;
}

function offset(zone: string): string {
  if (/^(?:Z|UTC|GMT)$/i.test(zone)) return "Z";
  const sign = zone[0]!;
  const digits = zone.slice(1).replace(":", "");
  return `${sign}${digits.slice(0, 2)}:${digits.slice(2, 4) || "00"}`;
}

/** "Thu, 13 Mar 2025 09:30:00 +0100", the form of feeds and some meta tags. */
const RFC_2822 =
  /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})(?:\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*(Z|[+-]\d{4}|UT|UTC|GMT)?)?$/;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function fromRfc2822(match: RegExpExecArray): string | undefined {
  const [, day, monthName, year, hour, minute, second, zone] = match;
  const month = MONTHS.indexOf(monthName!.toLowerCase()) + 1;
  if (month === 0) return undefined;
  const date = `${year}-${String(month).padStart(2, "0")}-${day!.padStart(2, "0")}`;
  if (!validDate(Number(year), month, Number(day))) return undefined;
  if (hour === undefined || zone === undefined) return date;
  const zoneText = /^(?:UT|UTC|GMT|Z)$/i.test(zone) ? "Z" : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return `${date}T${hour}:${minute}:${second ?? "00"}${zoneText}`;
}

/** The last second a date-time in the schema's form may print. */
const LAST_SECOND = 59;

/** Years a news page can carry; a zero date ("0000-00-00") or a typo is no date. */
const FIRST_YEAR = 1800;
const LAST_YEAR = 2200;

function validDate(year: number, month: number, day: number): boolean {
  return year >= FIRST_YEAR && year <= LAST_YEAR && isRealDay(year, month, day);
}
