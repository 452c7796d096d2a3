import { describe, expect, it } from "vitest";
import { splitNames } from "./_authors.js";
import { normalizeDate } from "./_dates.js";
import { stripSiteName } from "./_headline.js";

describe("normalizeDate", () => {
  it.each([
    ["2025-03-13T09:30:00+01:00", "2025-03-13T09:30:00+01:00"],
    ["2025-03-13T09:30:00.123Z", "2025-03-13T09:30:00Z"],
    ["2025-03-13 09:30:00 +0100", "2025-03-13T09:30:00+01:00"],
    ["2025-03-13T09:30:00", "2025-03-13"],
    ["2025-03-13", "2025-03-13"],
    ["Thu, 13 Mar 2025 09:30:00 GMT", "2025-03-13T09:30:00Z"],
    ["Thu, 13 Mar 2025 09:30:00 -0500", "2025-03-13T09:30:00-05:00"],
    ["2025-02-30", undefined],
    ["0000-00-00", undefined],
    ["yesterday", undefined],
  ])("%s → %s", (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });
});

describe("splitNames", () => {
  it.each([
    ["By Jane Roe and John Doe", ["Jane Roe", "John Doe"]],
    ["Jane Roe, Senior Reporter", ["Jane Roe"]],
    ["By Hal Pemberton, Friday 14 March 2025", ["Hal Pemberton"]],
    ["Von Anna Berg und Max Ott", ["Anna Berg", "Max Ott"]],
    ["Ana Ruiz | Maria Sol", ["Ana Ruiz", "Maria Sol"]],
    ["https://news.example.com/profiles/jane", []],
  ])("%s → %j", (input, expected) => {
    expect(splitNames(input)).toEqual(expected);
  });
});

describe("stripSiteName", () => {
  it("cuts a known site name after any separator, and an unknown short one only after the given separators", () => {
    expect(stripSiteName("Bridge plan approved - Riverside Gazette", ["Riverside Gazette"])).toBe("Bridge plan approved");
    expect(stripSiteName("Bridge plan approved | Opinion", [])).toBe("Bridge plan approved");
    expect(stripSiteName("The Harbour review – a gripping thriller", [], [" | "])).toBe("The Harbour review – a gripping thriller");
  });
});
