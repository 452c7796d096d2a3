import { describe, expect, it } from "vitest";
import { isBylineText, splitNames } from "./_authors.js";
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
    ["Geschrieben von Anna Berg", ["Anna Berg"]],
    ["Écrit par Léa Martin et Paul Roy", ["Léa Martin", "Paul Roy"]],
    ["Ana Ruiz y Juan Gil", ["Ana Ruiz", "Juan Gil"]],
    ["Por José Ortega y Gasset", ["José Ortega y Gasset"]],
    ["Door Eva de Vries en Jan Bos", ["Eva de Vries", "Jan Bos"]],
    ["Door Eva de Vries en Jan van den Berg", ["Eva de Vries", "Jan van den Berg"]],
    ["Por Ana Ruiz en Madrid", ["Ana Ruiz en Madrid"]],
    ["Ada Lee And Sam Ray", ["Ada Lee", "Sam Ray"]],
    ["Ada Lee et al.", ["Ada Lee"]],
    ["Par Claire Dumont et Al Martin", ["Claire Dumont", "Al Martin"]],
    ["By Ada Lee, Sam Ray, and Bo Li", ["Ada Lee", "Sam Ray", "Bo Li"]],
    ["بقلم سارة الحسيني", ["سارة الحسيني"]],
    ["מאת דנה לוי", ["דנה לוי"]],
    ["BY JANE ROE AND JOHN DOE", ["JANE ROE", "JOHN DOE"]],
    ["Par Léa Martin (avec Paul Roy et Ana Ruiz)", ["Léa Martin"]],
    ["By Jane Roe (Reuters)", ["Jane Roe"]],
    ["Ada Lee (AP), Sam Ray (AFP)", ["Ada Lee", "Sam Ray"]],
    ["By Richard (Rick) Stone", ["Richard (Rick) Stone"]],
    ["Escrito por: Ana Ruiz", ["Ana Ruiz"]],
    ["Story by Ada Lee", ["Ada Lee"]],
    ["Ein Artikel von Anna Berg", ["Anna Berg"]],
    ["A report by Ada Lee and Sam Ray", ["Ada Lee", "Sam Ray"]],
    ["Un article de Léa Martin", ["Léa Martin"]],
    ["Reporting by Sam Ray & Jo Park", ["Sam Ray", "Jo Park"]],
    ["Oleh: Siti Rahma", ["Siti Rahma"]],
    ["Oleh Petrenko", ["Oleh Petrenko"]],
    ["Piše: Ana Horvat", ["Ana Horvat"]],
    ["Piše Ana Horvat", ["Piše Ana Horvat"]],
    ["Írta: Kovács Anna és Nagy Péter", ["Kovács Anna", "Nagy Péter"]],
    ["https://news.example.com/profiles/jane", []],
  ])("%s → %j", (input, expected) => {
    expect(splitNames(input)).toEqual(expected);
  });
});

describe("isBylineText", () => {
  it("takes a short line opening with a byline label in any language of the shared lists", () => {
    for (const line of [
      "By Ada Lee",
      "Door Eva de Vries",
      "Scritto da Marco Neri",
      "Publié par Léa Martin",
      "Av Nils Berg",
      "A report by Ada Lee",
    ]) {
      expect(isBylineText(line), line).toBe(true);
    }
  });
  it("leaves lines that only start with the letters of a label", () => {
    for (const line of [
      "Bypass reopens after repairs",
      "Paris council votes",
      "Dioramas on show at the museum",
      `By ${"far ".repeat(40)}`,
      "Publié par la mairie le 14 juillet.",
      "Scritto da una lettrice di Bologna.",
      "Piše Gradski list, pozivajući se na izvore iz knjižnice.",
      "Par la suite, le conseil a voté.",
      // A piece's credit opening a story's first sentence, a name after it.
      "A report by Amnesty International says prisons are overcrowded.",
      "Un article de Libération publié hier a révélé l'affaire.",
      "Ein Beitrag von ZDF-Reporterin Anna Berg sorgte für Streit.",
    ]) {
      expect(isBylineText(line), line).toBe(false);
    }
  });
});

describe("stripSiteName", () => {
  it("cuts a known site name after any separator, and an unknown short one only after the given separators", () => {
    expect(stripSiteName("Bridge plan approved - Riverside Gazette", ["Riverside Gazette"])).toBe("Bridge plan approved");
    expect(stripSiteName("Bridge plan approved | Opinion", [])).toBe("Bridge plan approved");
    expect(stripSiteName("The Harbour review – a gripping thriller", [], [" | "])).toBe("The Harbour review – a gripping thriller");
  });
});
