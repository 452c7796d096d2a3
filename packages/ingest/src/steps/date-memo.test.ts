import { describe, expect, it } from "vitest";
import { namesBeforeDate } from "./byline.js";
import { parseDate, parseDateLine } from "./date-line.js";
import type { NumericOrder, NumericOrderSource } from "./date-order.js";
import { seededRandom } from "@dateline/test-kit";

/**
 * The date reader keeps the last line's date for the next reader that asks (see `findDate` in date-line.ts), unless the
 * page's order of day and month decided it. Read right after the other reader, a line must give what it gives read
 * afresh, whatever order each page asks for. Seeded, so a failure names lines that can be made again.
 */

const pick = <T>(next: () => number, values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
const number = (next: () => number, from: number, to: number) => String(from + Math.floor(next() * (to - from + 1)));

/** A line with a date in one of the forms read, numeric ones that read either way among them, perhaps after names. */
function dateLine(next: () => number): string {
  const day = number(next, 1, 31);
  const month = number(next, 1, 13);
  const year = pick(next, ["2025", "2019", "1989", "25", "2101"]);
  const date = pick(next, [
    `${day} ${pick(next, ["March", "mars", "Mai", "Dez", "Sept."])} ${year}`,
    `${pick(next, ["March", "Oct.", "Juni"])} ${day}, ${year}`,
    `${month}.${day}.${year}`,
    `${day}.${month}.${year}`,
    `${month}/${day}/${year} ${number(next, 1, 12)}:${number(next, 10, 59)} ${pick(next, ["AM", "pm"])}`,
    `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`,
    `${year}年${month}月${day}日`,
    `${year}. ${month}. ${day}.`,
  ]);
  return pick(next, [
    date,
    `Ada Lee ${date}`,
    `Ada Lee - ${date}`,
    `Published ${date}`,
    `By Bo Chen | ${date}`,
    `Harbour Times ${date} 10:30 GMT`,
  ]);
}

/** A page's order for its numeric dates: one of the two, or none, for every separator. */
function pageOrder(next: () => number): NumericOrderSource | undefined {
  const order = pick<NumericOrder | undefined>(next, ["day-first", "month-first", undefined]);
  return next() < 0.2 ? undefined : () => order;
}

/** Read something else first, so the next reading of a line starts afresh. */
function forget(): void {
  parseDate("4 March 2020 then something else entirely");
}

describe("the date reader's kept line", () => {
  it("gives each reader what it finds afresh, whatever the page's order", () => {
    const next = seededRandom(20261203);
    for (let n = 0; n < 3000; n++) {
      const text = dateLine(next);
      const [first, second] = [pageOrder(next), pageOrder(next)];
      forget();
      const names = namesBeforeDate(text, true);
      forget();
      const line = parseDateLine(text, true, first);
      forget();
      const otherLine = parseDateLine(text, true, second);
      // Each right after another reader of the same line.
      parseDateLine(text, true, first);
      expect(namesBeforeDate(text, true)).toEqual(names);
      namesBeforeDate(text, true);
      expect(parseDateLine(text, true, first)).toEqual(line);
      parseDateLine(text, true, first);
      expect(parseDateLine(text, true, second)).toEqual(otherLine);
    }
  });
});
