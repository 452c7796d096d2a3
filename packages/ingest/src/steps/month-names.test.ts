import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TWO_LETTER_CODES } from "./language.js";
import { DOTTED_MONTH_ABBREVIATIONS, INTL_MONTH_NAMES, MONTH_LOCALES } from "./month-names.js";

/**
 * A month's name as the tables key it: one word of letters (and the marks Indic scripts set on them), lower case. Not
 * "三月": Chinese and Japanese dates are read by their numbers (byline.ts).
 */
const ONE_WORD = /^(?!.*\p{Script=Han})[\p{L}\p{M}]+$/u;

/**
 * The month tables as Node's ICU spells them, for `MONTH_LOCALES`, Gregorian calendar: the long names as set inside a
 * date ("марта") and alone ("март"), and the abbreviations that end with a dot ("янв."), without it. A key two months
 * share across languages (Croatian "listopad" is October, Czech November) is left out.
 */
function intlMonthTables(): { names: Record<string, number>; dotted: Record<string, number> } {
  const names = new Map<string, Set<number>>();
  const dotted = new Map<string, Set<number>>();
  const add = (table: Map<string, Set<number>>, word: string, month: number) => {
    const key = word.toLowerCase();
    if (ONE_WORD.test(key)) table.set(key, (table.get(key) ?? new Set()).add(month));
  };
  for (const locale of MONTH_LOCALES) {
    const tag = `${locale}-u-ca-gregory`;
    const inDate = new Intl.DateTimeFormat(tag, { month: "long", day: "numeric", timeZone: "UTC" });
    const alone = new Intl.DateTimeFormat(tag, { month: "long", timeZone: "UTC" });
    const short = new Intl.DateTimeFormat(tag, { month: "short", day: "numeric", timeZone: "UTC" });
    for (let month = 1; month <= 12; month++) {
      const day = new Date(Date.UTC(2025, month - 1, 8));
      add(names, inDate.formatToParts(day).find((part) => part.type === "month")!.value, month);
      add(names, alone.format(day), month);
      const abbreviation = short.formatToParts(day).find((part) => part.type === "month")!.value;
      if (abbreviation.endsWith(".")) add(dotted, abbreviation.slice(0, -1), month);
    }
  }
  const single = (table: Map<string, Set<number>>) =>
    Object.fromEntries(
      [...table]
        .filter(([, months]) => months.size === 1)
        .map(([key, months]) => [key, [...months][0]!] as const)
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    );
  const names_ = single(names);
  // A dotted abbreviation that is a full name elsewhere ("mai.") is read as that name already.
  const dotted_ = Object.fromEntries(Object.entries(single(dotted)).filter(([key]) => !(key in names_)));
  return { names: names_, dotted: dotted_ };
}

describe("month names from Intl", () => {
  it("are the languages the detector names, plus the Nordic ones it does not", () => {
    for (const code of Object.values(TWO_LETTER_CODES)) expect(MONTH_LOCALES).toContain(code);
  });

  it("match what Node's ICU says (MONTHS_UPDATE=1 npx vitest run month-names rewrites the table)", () => {
    const { names, dotted } = intlMonthTables();
    if (process.env.MONTHS_UPDATE) {
      const path = new URL("./month-names.table.ts", import.meta.url);
      writeFileSync(
        path,
        "// Written by month-names.test.ts (MONTHS_UPDATE=1) from Node's ICU: do not edit by hand.\n" +
          `export const INTL_MONTH_NAMES: Readonly<Record<string, number>> = ${JSON.stringify(names)};\n` +
          `export const DOTTED_MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = ${JSON.stringify(dotted)};\n`,
      );
    }
    expect(INTL_MONTH_NAMES).toEqual(names);
    expect(DOTTED_MONTH_ABBREVIATIONS).toEqual(dotted);
  });
});
