import { type Rfc822Date, readRfc822Date } from "@dateline/feed-xml";

/**
 * RSS 2.0 dates are RFC 822 dates, written here in the publisher's own offset
 * (converting them to GMT, as `Date#toUTCString` does, would throw it away).
 */

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** A date as its writer wrote it: the wall-clock fields plus the offset from UTC in minutes. */
interface WallClock extends Omit<Rfc822Date, "offset"> {
  offset: number;
}

/** An RFC 822 date as written in a feed, with its instant for sorting. */
export interface FeedDate {
  text: string;
  time: number;
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

function fromInstant(time: number): WallClock {
  const date = new Date(time);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    offset: 0,
  };
}

function format(clock: WallClock): FeedDate | undefined {
  const local = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  // Date.UTC rolls 31 February over into March; such a date was never real.
  if (Number.isNaN(local) || new Date(local).getUTCDate() !== clock.day || clock.hour > 23 || clock.minute > 59 || clock.second > 60)
    return undefined;
  const time = local - clock.offset * 60_000;
  // The W3C validator flags offsets whose minutes are not 00 or 30
  // (ProblematicalRFC822Date), so such dates (Nepal's +05:45) are written in UTC.
  if (Math.abs(clock.offset) % 30 !== 0) return format(fromInstant(time));
  const weekday = DAYS[new Date(local).getUTCDay()]!;
  const sign = clock.offset < 0 ? "-" : "+";
  const zone = `${sign}${pad(Math.floor(Math.abs(clock.offset) / 60))}${pad(Math.abs(clock.offset) % 60)}`;
  const text = `${weekday}, ${pad(clock.day)} ${MONTHS[clock.month - 1]} ${pad(clock.year, 4)} ${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)} ${zone}`;
  return { text, time };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/i;

/** An article date (ISO 8601, as the schema allows) in RFC 822, keeping the publisher's offset. */
export function feedDateFromIso(iso: string): FeedDate | undefined {
  const match = ISO_DATE.exec(iso.trim());
  if (!match) return undefined;
  const [, year, month, day, hour = "0", minute = "0", second = "0", zone = "Z"] = match;
  const offset =
    zone.toUpperCase() === "Z" ? 0 : (zone.startsWith("-") ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  return format({
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second),
    offset,
  });
}

export function feedDateFromInstant(date: Date): FeedDate | undefined {
  return Number.isNaN(date.getTime()) ? undefined : format(fromInstant(date.getTime()));
}

/**
 * A date read from an existing feed, rewritten in the form this package
 * writes (so its own dates come back byte for byte), or undefined when it
 * cannot be read at all. Named zones become numeric offsets.
 */
/** An ISO date and time without a zone, which `Date.parse` would read in the machine's own zone. */
const ISO_LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

export function feedDateFromText(text: string): FeedDate | undefined {
  const written = readRfc822Date(text);
  // A date in a zone RFC 822 names keeps that zone, as a numeric offset; one without a zone, or
  // with a zone RFC 822 does not name, is read as UTC (never in the zone of the machine running us).
  if (written) return format({ ...written, offset: written.offset ?? 0 });
  // Anything else a feed may hold (ISO dates): trust the platform parser, reading a local time as UTC, and write UTC.
  const time = Date.parse(ISO_LOCAL_TIME.test(text.trim()) ? `${text.trim()}Z` : text);
  return Number.isNaN(time) ? undefined : format(fromInstant(time));
}
