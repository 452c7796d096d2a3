import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { nameInReadersCase } from "./person-name.js";

// Round nc99: a person's name printed in capitals given in a reader's case, read over a date as a title-case one is;
// a name without a label among a reading time and a date on one line. Every page here is invented for these tests.
const EN = {
  site: "Saltmarsh Ledger",
  menu: "News\nSport\nCulture",
  head: "Old ferry pier to reopen as a fishing platform",
  paras: [
    "The county board agreed on Thursday to repair the old ferry pier and open it to anglers, after two years of closure.",
    "Repairs will begin after the storm season and should be finished before the summer holidays, the board said.",
  ],
};
const DE = {
  site: "Moorbacher Anzeiger",
  menu: "Lokales\nSport\nKultur",
  head: "Alter Fähranleger wird zur Angelplattform",
  paras: [
    "Der Kreistag hat am Donnerstag beschlossen, den alten Fähranleger zu reparieren und für Angler zu öffnen.",
    "Die Arbeiten beginnen nach der Sturmsaison und sollen vor den Sommerferien abgeschlossen sein, hieß es.",
  ],
};
type Page = typeof EN;
const authorsOf = (p: Page, ...header: string[]) =>
  (fromText([p.site, p.menu, p.head, ...header, ...p.paras].join("\n\n")).authors ?? []).map((author) => `${author.type}:${author.name}`);

describe("a name printed in capitals", () => {
  it("is written as a reader writes it: parts, hyphens, apostrophes, Mc, initials, particles, other scripts", () => {
    expect(nameInReadersCase("TOBIAS WRENFIELD")).toBe("Tobias Wrenfield");
    expect(nameInReadersCase("ROSE-ELLEN O'DARBY")).toBe("Rose-Ellen O'Darby");
    expect(nameInReadersCase("FERGUS McTAVISH")).toBe("Fergus McTavish");
    expect(nameInReadersCase("FERGUS MCTAVISH")).toBe("Fergus McTavish");
    expect(nameInReadersCase("H.G.W. PENROSE")).toBe("H.G.W. Penrose");
    expect(nameInReadersCase("INÉS DE LA VEGA")).toBe("Inés de la Vega");
    expect(nameInReadersCase("MAËLLE LE BRAS")).toBe("Maëlle Le Bras");
    expect(nameInReadersCase("SEÁN MAC GIOLLA")).toBe("Seán Mac Giolla");
    expect(nameInReadersCase("ДАРЬЯ ВОЛКОВА")).toBe("Дарья Волкова");
    expect(nameInReadersCase("ΕΛΕΝΗ ΚΑΡΑΣ")).toBe("Ελενη Καρας");
    // Review of nc99: Turkish capitals lowered by Turkish's rule (no combining dot), Dutch "IJ" kept as one letter.
    expect(nameInReadersCase("DİLEK YILMAZ")).toBe("Dilek Yılmaz");
    expect(nameInReadersCase("PIETER IJSSELMUIDEN")).toBe("Pieter IJsselmuiden");
  });

  it("keeps a name in mixed case and a single word in capitals as printed", () => {
    expect(nameInReadersCase("Ann van Dorn")).toBe("Ann van Dorn");
    expect(nameInReadersCase("Fergus McTavish")).toBe("Fergus McTavish");
    expect(nameInReadersCase("AFP")).toBe("AFP");
  });

  it("signs in a reader's case after a label, and a wire beside it keeps its capitals", () => {
    expect(authorsOf(EN, "By TOBIAS WRENFIELD\nMarch 12, 2026")).toEqual(["Person:Tobias Wrenfield"]);
    expect(authorsOf(EN, "By TOBIAS WRENFIELD and REUTERS\nMarch 12, 2026")).toEqual(["Person:Tobias Wrenfield", "Organization:REUTERS"]);
    expect(authorsOf(DE, "Von KARLA BRÜNINGHAUS\n12. März 2026")).toEqual(["Person:Karla Brüninghaus"]);
  });

  it("alone over the date line signs as a title-case name does", () => {
    expect(authorsOf(EN, "TOBIAS WRENFIELD\nMAR 12, 2026")).toEqual(["Person:Tobias Wrenfield"]);
    expect(authorsOf(DE, "KATRIN BRÜNINGHAUS\n12. März 2026")).toEqual(["Person:Katrin Brüninghaus"]);
  });

  it("signs no one where it is a kicker, a role or a newsroom in capitals", () => {
    // Review of nc99: a kicker of common nouns in capitals has a name's shape; opening with no given name, it signs none.
    for (const kicker of ["BREAKING NEWS", "STAFF REPORTER", "BBC NEWS", "LIVE UPDATES", "MUSIC FESTIVAL", "CITY COUNCIL"])
      expect(authorsOf(EN, `${kicker}\nMarch 12, 2026`), kicker).toEqual([]);
  });
});

describe("a name among a reading time and a date on one line", () => {
  it("signs opening the line, before either field", () => {
    expect(authorsOf(EN, "Tobias Wrenfield — 6 min read — Mar 12, 2026")).toEqual(["Person:Tobias Wrenfield"]);
    expect(authorsOf(EN, "Tobias Wrenfield · Mar 12, 2026 · 4 min read")).toEqual(["Person:Tobias Wrenfield"]);
    expect(authorsOf(DE, "Katrin Brüninghaus · 5 Min. Lesezeit · 12. März 2026")).toEqual(["Person:Katrin Brüninghaus"]);
    // Two people in full have no series' double: they sign whatever their given names.
    expect(authorsOf(EN, "Orla Penn and Kit Varga · 5 min read · Mar 12, 2026")).toEqual(["Person:Orla Penn", "Person:Kit Varga"]);
  });

  it("leaves a section's name no writer, and a name after the date unread as before", () => {
    expect(authorsOf(EN, "Opinion · 4 min read · Mar 12, 2026")).toEqual([]);
    // Review of nc99: a series' or a tag's name of two capitalised words opens such a line as often as a writer's.
    expect(authorsOf(EN, "Winter Walks — 6 min read — Mar 12, 2026")).toEqual([]);
    expect(authorsOf(DE, "Gute Reise · 3 Min. Lesezeit · 12. März 2026")).toEqual([]);
    expect(authorsOf(EN, "Mar 12, 2026 · Tobias Wrenfield")).toEqual([]);
    // After the date a series' or a tag's name takes the same place and shape (header-fields.test.ts).
    expect(authorsOf(EN, "Mar 12, 2026 · Tobias Wrenfield · 4 min read")).toEqual([]);
  });
});
