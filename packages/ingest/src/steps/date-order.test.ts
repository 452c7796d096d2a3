import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { pageNumericOrder } from "./date-order.js";

/** An invented English story with `dateLine` under its byline and `more` lines after its body. */
function englishPage(dateLine: string, more: readonly string[] = []): string {
  return [
    "Ferry timetable to change after harbour works",
    "By Ada Fenwick",
    dateLine,
    "",
    "The ferry between Kestrel Bridge and the island will leave half an hour later on weekdays while the harbour wall is repaired, the port board said.",
    "",
    "Board members said the works would take most of the autumn, and that the first boat of the day would be the one most affected by the change.",
    "",
    "Islanders who work on the mainland asked the board to keep an early boat, and the board said it would look at a smaller vessel for that trip.",
    "",
    "A public meeting on the timetable will be held at the library next month, and the board's members have said they will attend it.",
    ...more,
  ].join("\n");
}

/** An invented German story with `dateLine` under its byline. */
function germanPage(dateLine: string): string {
  return [
    "Fähre fährt wegen Bauarbeiten am Hafen später",
    "Von Ada Fenwick",
    dateLine,
    "",
    "Die Fähre zwischen Kestrel Bridge und der Insel legt an Werktagen eine halbe Stunde später ab, solange die Hafenmauer repariert wird, teilte die Hafenbehörde mit.",
    "",
    "Die Arbeiten würden den größten Teil des Herbstes dauern, und die erste Fahrt des Tages sei von der Änderung am stärksten betroffen, sagten die Mitglieder.",
    "",
    "Inselbewohner, die auf dem Festland arbeiten, baten die Behörde, eine frühe Fahrt beizubehalten, und die Behörde will dafür ein kleineres Schiff prüfen.",
    "",
    "Eine öffentliche Versammlung zum neuen Fahrplan findet im nächsten Monat in der Bibliothek statt, und die Mitglieder der Behörde haben ihr Kommen zugesagt.",
  ].join("\n");
}

/** A paragraph naming another date, one that can be read only one way. */
const earlierChange = (date: string) => [
  "",
  `The timetable was last changed on ${date}, when the evening boat was moved an hour earlier for the winter months.`,
];

describe("all-numeric dates in the page's order", () => {
  it("reads a US page's date month first", () => {
    expect(fromText(englishPage("09.10.2024"), { meta: { inLanguage: "en-US" } }).datePublished).toBe("2024-09-10");
    // A date the byline holds, after the names on its line.
    const inByline = englishPage("").replace("By Ada Fenwick\n", "By Ada Fenwick, Harbour Desk, on Tuesday 09.10.2024\n");
    expect(fromText(inByline, { meta: { inLanguage: "en-US" } }).datePublished).toBe("2024-09-10");
  });

  it("reads a British page's date day first, slashed before a 12-hour time too", () => {
    expect(fromText(englishPage("09.10.2024"), { meta: { inLanguage: "en-GB" } }).datePublished).toBe("2024-10-09");
    expect(fromText(englishPage("09/10/2024 8:00 am"), { meta: { inLanguage: "en-GB" } }).datePublished).toBe("2024-10-09");
  });

  it("reads a German page's date day first, by its language alone", () => {
    const article = fromText(germanPage("09.10.2024"));
    expect(article.inLanguage).toBe("de");
    expect(article.datePublished).toBe("2024-10-09");
  });

  it("reads the order another date on the page settles, over the language tag", () => {
    const monthFirst = englishPage("09.10.2024", earlierChange("11.24.2023"));
    expect(fromText(monthFirst).datePublished).toBe("2024-09-10");
    const dayFirst = englishPage("09.10.2024", earlierChange("24.11.2023"));
    expect(fromText(dayFirst, { meta: { inLanguage: "en-US" } }).datePublished).toBe("2024-10-09");
  });

  it("keeps the date forms' own order where nothing settles it: English without a region, dates both ways", () => {
    expect(fromText(englishPage("09.10.2024")).datePublished).toBe("2024-10-09");
    expect(fromText(englishPage("09/10/2024 8:00 am")).datePublished).toBe("2024-09-10");
    const bothWays = englishPage("09.10.2024", [...earlierChange("11.24.2023"), ...earlierChange("24.11.2023")]);
    expect(fromText(bothWays).datePublished).toBe("2024-10-09");
  });
});

describe("pageNumericOrder", () => {
  const order = (tag: string | undefined, code: string) => pageNumericOrder([], tag, code)();

  it("takes a tag's region through Intl, and a language only where it orders dates one way everywhere", () => {
    expect(order("en-US", "en")).toBe("month-first");
    expect(order("en-GB", "en")).toBe("day-first");
    expect(order("en", "en")).toBeUndefined();
    expect(order(undefined, "de")).toBe("day-first");
    expect(order(undefined, "fr")).toBe("day-first");
  });

  it("settles nothing for a year-first locale or a language Intl does not know", () => {
    expect(order("ja-JP", "ja")).toBeUndefined();
    expect(order(undefined, "xx")).toBeUndefined();
  });

  it("reads the page's lines only when asked", () => {
    let read = 0;
    const line = {
      get text() {
        read++;
        return "Updated 24.11.2024";
      },
    };
    const asked = pageNumericOrder([line], undefined, "en");
    expect(read).toBe(0);
    expect(asked()).toBe("day-first");
    expect(asked()).toBe("day-first");
    expect(read).toBe(1);
  });
});
