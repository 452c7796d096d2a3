import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { stampedOrder, writtenOrder } from "./date-line.js";
import { type NumericSeparator, pageNumericOrder } from "./date-order.js";

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

/** A teaser under the story, stamped by the site as it stamps the story: its date is evidence of the site's order. */
const teaserStamped = (stamp: string) => ["", "More from the harbour", "", "Island bus times to change next month", stamp];

/** A paragraph quoting another date: written by a person, not stamped by the site. */
const earlierChange = (date: string) => [
  "",
  `The timetable was last changed on ${date}, when the evening boat was moved an hour earlier for the winter months.`,
];

/** An invented French story with `dateLine` under its byline. */
function frenchPage(dateLine: string): string {
  return [
    "Le bac partira plus tard pendant les travaux du port",
    "Par Ada Fenwick",
    dateLine,
    "",
    "Le bac entre Kestrel Bridge et l'île partira une demi-heure plus tard en semaine pendant la réparation du mur du port, a indiqué la capitainerie.",
    "",
    "Les travaux dureront la plus grande partie de l'automne, et le premier bac de la journée sera le plus touché par ce changement, selon ses membres.",
    "",
    "Les habitants de l'île qui travaillent sur le continent ont demandé de garder un bac tôt le matin, et la capitainerie étudiera un bateau plus petit.",
  ].join("\n");
}

/** An invented Dutch story with `dateLine` under its byline. */
function dutchPage(dateLine: string): string {
  return [
    "Veerboot vaart later tijdens werk aan de haven",
    "Door Ada Fenwick",
    dateLine,
    "",
    "De veerboot tussen Kestrel Bridge en het eiland vertrekt op werkdagen een half uur later zolang de havenmuur wordt hersteld, meldt het havenbedrijf.",
    "",
    "Het werk duurt het grootste deel van de herfst, en de eerste boot van de dag wordt het meest getroffen door de wijziging, zeggen de bestuurders.",
    "",
    "Eilanders die op het vasteland werken vroegen om een vroege boot te houden, en het bedrijf kijkt nu naar een kleiner schip voor die tocht.",
  ].join("\n");
}

describe("all-numeric dates in the page's order", () => {
  it("reads a British page's slashed date day first, by its tag", () => {
    expect(fromText(englishPage("09/10/2024 8:00 am"), { meta: { inLanguage: "en-GB" } }).datePublished).toBe("2024-10-09");
    // A date the byline holds, after the names on its line.
    const inByline = englishPage("").replace("By Ada Fenwick\n", "By Ada Fenwick, Harbour Desk, on Tuesday 09/10/2024 8:00 am\n");
    expect(fromText(inByline, { meta: { inLanguage: "en-GB" } }).datePublished).toBe("2024-10-09");
  });

  it("reads a dotted date day first on a page tagged en-US, as en-US never writes dates with dots", () => {
    expect(fromText(englishPage("09.10.2024"), { meta: { inLanguage: "en-US" } }).datePublished).toBe("2024-10-09");
  });

  it("reads a French page's slashed date day first, by its language alone", () => {
    const article = fromText(frenchPage("09/10/2024 8:00 AM"));
    expect(article.inLanguage).toBe("fr");
    expect(article.datePublished).toBe("2024-10-09");
  });

  it("reads an updated label's slashed date without a time as a published label's, in the page's order", () => {
    const updated = fromText(englishPage("Updated 14/07/2025"));
    expect([updated.datePublished, updated.dateModified]).toEqual(["2025-07-14", "2025-07-14"]);
    // The update's day above 12 orders the page's slashed dates day first: the published date reads so too.
    const both = fromText(englishPage("Published 12/07/2025 | Updated 14/07/2025"));
    expect([both.datePublished, both.dateModified]).toEqual(["2025-07-12", "2025-07-14"]);
    const updateFirst = fromText(englishPage("Updated 14/07/2025 | Published 12/07/2025"));
    expect([updateFirst.datePublished, updateFirst.dateModified]).toEqual(["2025-07-12", "2025-07-14"]);
    const american = fromText(englishPage("Published 07/12/2025 | Updated 07/14/2025"));
    expect([american.datePublished, american.dateModified]).toEqual(["2025-07-12", "2025-07-14"]);
    // French writes its slashed dates day first wherever it is written.
    const french = fromText(frenchPage("Mis à jour le 09/07/2025"));
    expect([french.datePublished, french.dateModified]).toEqual(["2025-07-09", "2025-07-09"]);
    // An English page settles no order: a date read either way is none.
    expect(fromText(englishPage("Updated 09/07/2025")).dateModified).toBeUndefined();
  });

  it("reads a labelled date joined by hyphens in the language's order, or in the order its numbers allow", () => {
    const dutch = fromText(dutchPage("Bijgewerkt op 03-04-2025"));
    expect(dutch.inLanguage).toBe("nl");
    expect([dutch.datePublished, dutch.dateModified]).toEqual(["2025-04-03", "2025-04-03"]);
    expect(fromText(englishPage("Updated 14-07-2025")).dateModified).toBe("2025-07-14");
    // English writes no dates with hyphens: a date read either way is none.
    expect(fromText(englishPage("Updated 03-04-2025")).dateModified).toBeUndefined();
  });

  it("reads the order the site's own stamps settle, over the language tag", () => {
    const monthFirst = englishPage("09.10.2024", teaserStamped("Updated 11.24.2023"));
    expect(fromText(monthFirst, { meta: { inLanguage: "en-GB" } }).datePublished).toBe("2024-09-10");
    const dayFirst = englishPage("09/10/2024 8:00 AM", teaserStamped("Updated 24/11/2023 9:15 AM"));
    expect(fromText(dayFirst, { meta: { inLanguage: "en-US" } }).datePublished).toBe("2024-10-09");
    // Two-digit years are stamps too, as the date reader takes them.
    const shortYears = englishPage("3/09/15 8:00am", teaserStamped("Updated 3/25/15 9:00am"));
    expect(fromText(shortYears, { meta: { inLanguage: "en-GB" } }).datePublished).toBe("2015-03-09");
  });

  it("takes no order from a date quoted in the story, nor from stamps with the other separator", () => {
    const quoted = englishPage("09/10/2024 8:00 am", earlierChange("11/24/2023 9:00 am"));
    expect(fromText(quoted, { meta: { inLanguage: "en-GB" } }).datePublished).toBe("2024-10-09");
    const otherSeparator = englishPage("9/10/2024 8:00 AM", teaserStamped("Updated 13.09.2024"));
    expect(fromText(otherSeparator, { meta: { inLanguage: "en-US" } }).datePublished).toBe("2024-09-10");
  });

  it("keeps the date forms' own order where nothing settles it, and reads a date that fits one order only", () => {
    expect(fromText(englishPage("09.10.2024")).datePublished).toBe("2024-10-09");
    expect(fromText(englishPage("09/10/2024 8:00 am")).datePublished).toBe("2024-09-10");
    const bothWays = englishPage("09.10.2024", [...teaserStamped("Updated 11.24.2023"), ...teaserStamped("Updated 24.11.2023")]);
    expect(fromText(bothWays).datePublished).toBe("2024-10-09");
    expect(fromText(englishPage("10.25.2024")).datePublished).toBe("2024-10-25");
  });
});

describe("an English page's own writing", () => {
  it("orders an ambiguous slashed date by a date elsewhere in the page that fits one order only", () => {
    const monthFirst = fromText(englishPage("Updated 09/07/2025", earlierChange("09/23/2024")));
    expect([monthFirst.datePublished, monthFirst.dateModified]).toEqual(["2025-09-07", "2025-09-07"]);
    const dayFirst = fromText(englishPage("Updated 09/07/2025", earlierChange("23/09/2024")));
    expect(dayFirst.dateModified).toBe("2025-07-09");
  });

  it("orders it by where the page's English dates set the month's name, and not on a tie", () => {
    expect(fromText(englishPage("Published 09/07/2025", earlierChange("September 3, 2024"))).datePublished).toBe("2025-09-07");
    expect(fromText(englishPage("Published 09/07/2025", earlierChange("3 September 2024"))).datePublished).toBe("2025-07-09");
    expect(fromText(englishPage("Published 09/07/2025", earlierChange("3rd of September, 2024"))).datePublished).toBe("2025-07-09");
    const tie = englishPage("Published 09/07/2025", [...earlierChange("3 September 2024"), ...earlierChange("October 5, 2024")]);
    expect(fromText(tie).datePublished).toBeUndefined();
  });
});

describe("writtenOrder", () => {
  const written = (texts: string[], separator: NumericSeparator) => writtenOrder(texts.map((text) => ({ text })))(separator);

  it("reads numeric dates in prose, for their own separator, but not a version's numbers", () => {
    expect(written(["The rules of 24.11.2024 were dropped after a long debate."], ".")).toBe("day-first");
    expect(written(["The rules of 11/24/2024 were dropped."], "/")).toBe("month-first");
    expect(written(["The rules of 24.11.2024 were dropped."], "/")).toBeUndefined();
    expect(written(["Install v2.13.2025 or later."], ".")).toBeUndefined();
    expect(written(["Dates 24/11/2024 and 11/24/2024 disagree."], "/")).toBeUndefined();
  });

  it("reads English month names for slashed dates only", () => {
    expect(written(["It opened on May 4, 2021."], "/")).toBe("month-first");
    expect(written(["It opened on 4 May 2021."], "/")).toBe("day-first");
    expect(written(["It opened on 4 May 2021."], ".")).toBeUndefined();
    // A month and its year with no day say nothing of the order.
    expect(written(["It opened in November 2021."], "/")).toBeUndefined();
  });
});

describe("stampedOrder", () => {
  const stamped = (texts: string[], separator: NumericSeparator) => stampedOrder(texts.map((text) => ({ text })))(separator);

  it("reads date lines with a number above 12, for their own separator only", () => {
    expect(stamped(["Updated 24.11.2024"], ".")).toBe("day-first");
    expect(stamped(["Updated 24.11.2024"], "/")).toBeUndefined();
    expect(stamped(["Updated 3/25/15 9:00am"], "/")).toBe("month-first");
  });

  it("reads a labelled slashed date without a time, opening its line or a part of it", () => {
    expect(stamped(["Mis à jour le 14/07/2025"], "/")).toBe("day-first");
    expect(stamped(["Published 07/12/2025 | Updated 07/14/2025"], "/")).toBe("month-first");
    expect(stamped(["Updated 14/07/2025"], ".")).toBeUndefined();
    expect(stamped(["Bijgewerkt op 14-07-2025"], "-")).toBe("day-first");
    expect(stamped(["Updated 14/07/2025"], "-")).toBeUndefined();
    // A slashed date without its label or its time is no stamp.
    expect(stamped(["Figures for 14/07/2025"], "/")).toBeUndefined();
  });

  it("takes no evidence from prose, from a year the date reader refuses, or from a day no month has", () => {
    expect(
      stamped(["The rules of 24.11.2024 were dropped after a long debate in the council chamber on a Tuesday evening."], "."),
    ).toBeUndefined();
    expect(stamped(["Published 4 March 2025 | Updated 24.11.1985"], ".")).toBeUndefined();
    expect(stamped(["Published 4 March 2025 | Updated 11.32.2024"], ".")).toBeUndefined();
  });
});

describe("pageNumericOrder", () => {
  const noStamps = () => undefined;
  const order = (tag: string | undefined, code: string, separator: "." | "/") => pageNumericOrder(noStamps, tag, code)(separator);

  it("takes a tag's region through Intl, for the separator that locale writes", () => {
    expect(order("en-US", "en", "/")).toBe("month-first");
    expect(order("en-US", "en", ".")).toBeUndefined();
    expect(order("en-GB", "en", "/")).toBe("day-first");
    expect(order("en-AU", "en", "/")).toBe("day-first");
    expect(order("de-AT", "de", ".")).toBe("day-first");
  });

  it("takes a language without a region only where it writes dates one way everywhere", () => {
    expect(order("en", "en", "/")).toBeUndefined();
    expect(order(undefined, "de", ".")).toBe("day-first");
    expect(order(undefined, "fr", "/")).toBe("day-first");
    expect(order(undefined, "es", "/")).toBe("day-first");
  });

  it("settles nothing for a year-first locale or a language Intl does not know", () => {
    expect(order("ja-JP", "ja", "/")).toBeUndefined();
    expect(order(undefined, "xx", ".")).toBeUndefined();
  });

  it("asks the page's writing last, only where neither stamps, tag nor language settles the order", () => {
    const monthFirst = () => "month-first" as const;
    expect(pageNumericOrder(noStamps, undefined, "en", monthFirst)("/")).toBe("month-first");
    expect(pageNumericOrder(noStamps, "en-GB", "en", monthFirst)("/")).toBe("day-first");
    expect(pageNumericOrder(noStamps, undefined, "fr", monthFirst)("/")).toBe("day-first");
    expect(pageNumericOrder(() => "day-first", undefined, "en", monthFirst)("/")).toBe("day-first");
  });

  it("asks the page's stamps first, once per separator, and only when asked", () => {
    const asked: string[] = [];
    const source = pageNumericOrder(
      (separator) => {
        asked.push(separator);
        return "month-first";
      },
      "en-GB",
      "en",
    );
    expect(asked).toEqual([]);
    expect(source("/")).toBe("month-first");
    expect(source("/")).toBe("month-first");
    expect(source(".")).toBe("month-first");
    expect(asked).toEqual(["/", "."]);
  });
});
