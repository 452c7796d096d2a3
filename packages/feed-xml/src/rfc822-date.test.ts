import { describe, expect, it } from "vitest";
import { monthNumber, readRfc822Date, zoneOffset } from "./rfc822-date.js";

describe("readRfc822Date", () => {
  it("reads the fields and the numeric offset of a date as RSS writes it", () => {
    expect(readRfc822Date("Tue, 04 Mar 2025 09:30:00 +0100")).toEqual({
      year: 2025,
      month: 3,
      day: 4,
      hour: 9,
      minute: 30,
      second: 0,
      offset: 60,
    });
  });

  it("turns a named zone into minutes from UTC", () => {
    expect(readRfc822Date("04 Mar 2025 09:30 EST")?.offset).toBe(-300);
    expect(readRfc822Date("04 Mar 2025 09:30:15 GMT")).toMatchObject({ second: 15, offset: 0 });
  });

  it("accepts the relaxations feeds write: spelt-out names, two-digit years, a one-digit hour", () => {
    const { year, month, hour, minute, offset } = readRfc822Date("Tuesday, 4 March 25 9:05 -0530")!;
    expect([year, month, hour, minute, offset]).toEqual([2025, 3, 9, 5, -330]);
    // RFC 2822: two-digit years from 50 up are 19xx.
    expect(readRfc822Date("4 Mar 99 09:30 GMT")?.year).toBe(1999);
  });

  it("leaves the offset undefined when the zone is missing or unknown", () => {
    expect(readRfc822Date("Tue, 04 Mar 2025 09:30:00")).toMatchObject({ hour: 9, offset: undefined });
    expect(readRfc822Date("Tue, 04 Mar 2025 09:30:00 XYZ")).toMatchObject({ hour: 9, offset: undefined });
  });

  it("refuses what is not an RFC 822 date", () => {
    expect(readRfc822Date("2025-03-04T09:30:00Z")).toBeUndefined();
    expect(readRfc822Date("04 Foo 2025 09:30 GMT")).toBeUndefined();
    expect(readRfc822Date("yesterday")).toBeUndefined();
  });
});

describe("zoneOffset and monthNumber", () => {
  it("read zones with and without a colon, and names", () => {
    expect([zoneOffset("+01:00"), zoneOffset("-0800"), zoneOffset("utc"), zoneOffset("PDT"), zoneOffset("CET")]).toEqual([
      60,
      -480,
      0,
      -420,
      undefined,
    ]);
  });

  it("number months from their English names", () => {
    expect([monthNumber("January"), monthNumber("dec"), monthNumber("Mai")]).toEqual([1, 12, 0]);
  });
});
