import { describe, expect, it } from "vitest";
import { parseByline, parseDateLine } from "./byline.js";

describe("byline names", () => {
  it("leaves out job titles, set apart or glued to the name by a copy", () => {
    expect(parseByline("By Meg HaleStaff Writer")).toEqual([{ type: "Person", name: "Meg Hale" }]);
    expect(parseByline("By Jane Doe, Staff Writer")).toEqual([{ type: "Person", name: "Jane Doe" }]);
    expect(parseByline("By Jane Doe | Senior Correspondent")).toEqual([{ type: "Person", name: "Jane Doe" }]);
    expect(parseByline("Par Camille Dufresne, journaliste")).toEqual([{ type: "Person", name: "Camille Dufresne" }]);
    expect(parseByline("By Staff Writer")).toBeUndefined();
  });

  it("splits names at 'and' in the languages read, after By, Par, Von, Di, Por", () => {
    expect(parseByline("Di Marco Rossi e Giulia Bianchi")?.map((author) => author.name)).toEqual(["Marco Rossi", "Giulia Bianchi"]);
    expect(parseByline("Por Ana Ruiz y Luis Gil")?.map((author) => author.name)).toEqual(["Ana Ruiz", "Luis Gil"]);
    expect(parseByline("Av Sara Holm och Erik Lind")?.map((author) => author.name)).toEqual(["Sara Holm", "Erik Lind"]);
  });

  it("types a wire service, a newsroom's staff or a desk as an Organization", () => {
    expect(parseByline("By Reuters")).toEqual([{ type: "Organization", name: "Reuters" }]);
    expect(parseByline("By The Associated Press")).toEqual([{ type: "Organization", name: "The Associated Press" }]);
    expect(parseByline("By Harbour Times Staff")).toEqual([{ type: "Organization", name: "Harbour Times Staff" }]);
    expect(parseByline("By News Desk")).toEqual([{ type: "Organization", name: "News Desk" }]);
    expect(parseByline("By Jane Doe and Staff")).toEqual([
      { type: "Person", name: "Jane Doe" },
      { type: "Organization", name: "Staff" },
    ]);
  });

  it("reads 'Written by:', 'Posted by' and their like in other languages, after a mark or two", () => {
    const ada = [{ type: "Person", name: "Ada Fenwick" }];
    expect(parseByline("Written by: Ada Fenwick")).toEqual(ada);
    expect(parseByline("Posted by Ada Fenwick")).toEqual(ada);
    expect(parseByline("// By Ada Fenwick")).toEqual(ada);
    expect(parseByline("Geschrieben von Ada Fenwick")).toEqual(ada);
    expect(parseByline("Escrito por Ada Fenwick")).toEqual(ada);
    expect(parseByline("Scritto da Ada Fenwick")).toEqual(ada);
  });

  it("ends the names at a glued dash or dot, at 'on' before the date, and at a date's label glued to them", () => {
    const ada = [{ type: "Person", name: "Ada Fenwick" }];
    expect(parseByline("by Ada Fenwick—6 min read")).toEqual(ada);
    expect(parseByline("by Ada Fenwick· 4 March 2025")).toEqual(ada);
    expect(parseByline("By Ada Fenwick on 4 Mar 2025")).toEqual(ada);
    expect(parseByline("BY ADA FENWICKPUBLISHED: MAR 4, 2025")).toEqual([{ type: "Person", name: "ADA FENWICK" }]);
    expect(parseByline("By Ada Fenwick Updated March 4, 2025")).toEqual(ada);
    expect(parseByline("Von Ada Fenwick aktualisiert: 4. März 2025")).toEqual(ada);
  });

  it("leaves out a job title after the name, a note in brackets, and reads the byline after a date line and a separator", () => {
    expect(parseByline("Written by: Ada Fenwick, Senior Analyst")).toEqual([{ type: "Person", name: "Ada Fenwick" }]);
    expect(parseByline("Par Ada Fenwick, Directrice")).toEqual([{ type: "Person", name: "Ada Fenwick" }]);
    expect(parseByline("Von Ada Fenwick, Politische Beraterin")).toEqual([{ type: "Person", name: "Ada Fenwick" }]);
    expect(parseByline("By Ada Fenwick (Harbourwatch)")).toEqual([{ type: "Person", name: "Ada Fenwick" }]);
    expect(parseByline("4 March 2025 | By Ada Fenwick")).toEqual([{ type: "Person", name: "Ada Fenwick" }]);
    expect(parseByline("4 March 2025 · 6 min read · By Ada Fenwick")).toEqual([{ type: "Person", name: "Ada Fenwick" }]);
  });
});

describe("names set before the date, without a By", () => {
  it("reads the name before a date on one line, in several languages", () => {
    const ada = [{ type: "Person", name: "Ada Fenwick" }];
    expect(parseByline("Ada Fenwick - Mar 4, 2025 8:02 pm UTC")).toEqual(ada);
    expect(parseByline("Ada Fenwick March 4, 2025 — 6 min read")).toEqual(ada);
    expect(parseByline("Ada Fenwick 4 mars 2025 à 10h04")).toEqual(ada);
    expect(parseByline("Ada Fenwick | 4. März 2025")).toEqual(ada);
    expect(parseByline("Reuters 4 March 2025")).toEqual([{ type: "Organization", name: "Reuters" }]);
  });

  it("leaves out a courtesy title, a job title and an affiliation after the name", () => {
    const ada = [{ type: "Person", name: "Ada Fenwick" }];
    expect(parseByline("Dr Ada Fenwick 4 March 2025")).toEqual(ada);
    expect(parseByline("Ada Fenwick, Shipping Expert - 4 March 2025")).toEqual(ada);
    expect(parseByline("Ada Fenwick, Harbour University 4 March 2025")).toEqual(ada);
    expect(parseByline("Ada Fenwick, Universidad del Puerto 4 de marzo de 2025")).toEqual(ada);
  });

  it("takes no label, weekday, title or run of tags before the date for a name", () => {
    expect(parseByline("Published Thursday 4 March 2025")).toBeUndefined();
    expect(parseByline("Donnerstag 4. März 2025")).toBeUndefined();
    expect(parseByline("Guide To Ferries 4 March 2025")).toBeUndefined();
    expect(parseByline("Harbour Science Ada Fenwick 4 March 2025")).toBeUndefined();
  });

  it("takes no button, box label or section over a teaser's date for a name, in several languages", () => {
    for (const line of [
      "Read More 4 March 2025",
      "Lire Aussi 4 mars 2025",
      "Leer Más - 4 de marzo de 2025",
      "Top Stories 4 March 2025",
      "Latest News | 4 March 2025",
      "Breaking News 4 March 2025",
      "Aktuelle Nachrichten 4. März 2025",
      "Sign Up 4 March 2025",
      "Learn More 4 March 2025",
      "Book Now 4 March 2025",
    ])
      expect(parseByline(line), line).toBeUndefined();
  });

  it("takes no publication's name for a name: an article and a word, or a paper's last word", () => {
    for (const line of [
      "Le Quotidien 4 mars 2025",
      "La Gazzetta 4 marzo 2025",
      "El Diario 4 de marzo de 2025",
      "Der Kurier 4. März 2025",
      "Het Dagblad 4 maart 2025",
      "Harbour Gazette 4 March 2025",
      "Island Times - 4 March 2025",
    ])
      expect(parseByline(line), line).toBeUndefined();
  });

  it("takes no place's name for a name: a place's first or last word, or a place's noun before a particle", () => {
    for (const line of [
      "New Harbour 4 March 2025",
      "San Marcos 4 de marzo de 2025",
      "Port Elwyn - 4 March 2025",
      "Cedar Falls 4 March 2025",
      "Costa del Faro 4 de marzo de 2025",
      "Playa del Cielo 4 de marzo de 2025",
      "Rio de Prata 4 de março de 2025",
    ])
      expect(parseByline(line), line).toBeUndefined();
  });

  it("still reads names with a particle, a family name first or a given name that opens places elsewhere", () => {
    for (const name of ["Ann van der Berg", "Luis de la Cruz", "Juan del Río", "Le Thi Hoa", "Ann Le Berre", "Van Ross"])
      expect(parseByline(`${name} - 4 March 2025`), name).toEqual([{ type: "Person", name }]);
    expect(parseByline("Marie de la Tour 4 mars 2025")).toEqual([{ type: "Person", name: "Marie de la Tour" }]);
  });
});

describe("date lines", () => {
  it("reads a year glued to the next element by a copy that dropped the space", () => {
    expect(parseDateLine("March 4, 2025March 6, 2025")?.iso).toBe("2025-03-04");
    expect(parseDateLine("4 March 2025Ada Fenwick")?.iso).toBe("2025-03-04");
    expect(parseDateLine("4. März 2025Ada Fenwick")?.iso).toBe("2025-03-04");
    expect(parseDateLine("4 de marzo de 2025Ana Ruiz")?.iso).toBe("2025-03-04");
    // A year glued to a lower-case word is part of a word ("2025er"), not a date's end.
    expect(parseDateLine("4 March 2025er")).toBeUndefined();
  });
});
