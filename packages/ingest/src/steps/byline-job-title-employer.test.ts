import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

const TITLE = "Why the estuary's salt marshes need a flood plan of their own";
const STORY = [
  "The marshes along the lower estuary soak up more storm water every winter than the town's drains can carry away.",
  "Yet no flood plan drawn up in the last twenty years names them, and the dykes that shelter them are left to crumble.",
  "A plan of their own would cost less than one season of pumping the low streets dry after a spring tide.",
];

/** The names an invented page signs, with `byline` set between its title and its date. */
function authors(byline: string): string[] {
  const page = ["The Fenmoor Review", "Analysis", TITLE, byline, "14 March 2025", ...STORY, "© 2025 The Fenmoor Review"];
  return (fromText(page.join("\n\n"), { source: "employer.txt" }).authors ?? []).map((author) => author.name);
}

/** Each row: a byline, then the writers its page signs. */
function expectSigned(rows: readonly (readonly string[])[]): void {
  for (const [byline, ...writers] of rows) expect(authors(byline!), byline).toEqual(writers);
}

describe("the employer after a writer's job title", () => {
  it("ends the names, commas and an 'and' of its own with it", () => {
    const writers = new Map([
      ["By Ada Lee, Policy Director, Coastal Rights Project", "Ada Lee"],
      ["By Ada Lee, Policy Director, Coastal Rights, Waters, and Wetlands Project", "Ada Lee"],
      ["Ada Lee, Policy Director, Coastal Rights Project", "Ada Lee"],
      ["By Ada Lee, Transport Correspondent, Harbour Rights Trust", "Ada Lee"],
      ["By Ada Lee, Editor, Coastal Rights Project", "Ada Lee"],
      ["Von Lena Fischer, Geschäftsführerin, Verband Küste, Watt und Meer", "Lena Fischer"],
      ["Por Lucía Gómez, abogada, Clínica Jurídica Costa Sur", "Lucía Gómez"],
      ["Von Anna Schmidt, Leiterin Kommunikation, Stiftung Küstenschutz", "Anna Schmidt"],
      ["Par Luc Bernard, directeur, Observatoire des Ports, des Côtes et des Îles", "Luc Bernard"],
    ]);
    for (const [byline, writer] of writers) expect(authors(byline), byline).toEqual([writer]);
  });

  it("leaves a sentence going on after the employer no byline", () => {
    expect(authors("Ada Lee, Policy Director, Coastal Rights Project, said the vote was rushed")).toEqual([]);
    expect(authors("By Ada Lee, Editor, Coastal Rights Project")).toEqual(["Ada Lee"]);
  });

  it("keeps a co-author with a title of their own after a bare comma, whatever their given name", () => {
    expectSigned([
      ["By Ada Lee, Staff Writer, Nnamdi Okafor, Photographer", "Ada Lee", "Nnamdi Okafor"],
      ["By Ada Lee, Health Reporter, Tenzin Dorje, Data Reporter, and Sam Ray", "Ada Lee", "Tenzin Dorje", "Sam Ray"],
    ]);
  });

  it("ends them at a title's second noun after 'and'", () => {
    expect(authors("By Ada Lee, Editor and Publisher")).toEqual(["Ada Lee"]);
  });

  it("keeps a co-author and a wire after a title (after a comma and an 'and' a name may hold too), and ends at an employer or a place", () => {
    expectSigned([
      ["By Ada Lee, Staff Writer, and Tom Hart, Senior Fellow, Marsh Policy Forum", "Ada Lee", "Tom Hart"],
      ["By Ada Lee, Staff Writer, and Tom Hart, Contributor", "Ada Lee", "Tom Hart"],
      ["By Ada Lee, Transport Correspondent, and Sam Ray", "Ada Lee", "Sam Ray"],
      ["By Ada Lee, Senior Reporter, Michael Grant, Photographer", "Ada Lee", "Michael Grant"],
      ["By Ada Lee, Staff Writer, AP", "Ada Lee", "AP"],
      ["Par Jean Dupont, journaliste, et Camille Martin, photographe", "Jean Dupont", "Camille Martin"],
      ["Por María López, periodista, y Carlos Ruiz, fotógrafo", "María López", "Carlos Ruiz"],
      ["Di Marco Rossi, giornalista, e Giulia Bianchi", "Marco Rossi", "Giulia Bianchi"],
      ["Por João Silva, jornalista, e Ana Costa, fotógrafa", "João Silva", "Ana Costa"],
      ["Door Pieter de Vries, correspondent, en Sanne Jansen", "Pieter de Vries", "Sanne Jansen"],
      ["Por Ana Ruiz, Madrid, y Tomás Herrero, Londres", "Ana Ruiz"],
      ["Di Marco Rossi, giornalista, e La Stampa", "Marco Rossi"],
    ]);
  });
});

describe("writers' titles and co-authors", () => {
  it("leaves out a desk's words before a later job title, keeping a wire and a co-author", () => {
    expectSigned([
      ["By Ada Lee, Personal Finance Editor", "Ada Lee"],
      ["By Ada Lee, Senior Climate Correspondent", "Ada Lee"],
      ["By Ada Lee, Home Affairs Editor, and Sarah Miller, Economics Reporter", "Ada Lee", "Sarah Miller"],
      ["By Ada Lee, Arts and Culture Editor", "Ada Lee"],
      ["By Ada Lee, Arts and Culture Editor, and Kofi Mensah", "Ada Lee", "Kofi Mensah"],
      ["By Ada Lee, Reuters Correspondent", "Ada Lee", "Reuters"],
      ["By Ada Lee, Tenzin Dorje and Kofi Mensah", "Ada Lee", "Tenzin Dorje", "Kofi Mensah"],
    ]);
  });

  it("reads feminine and chief editors' titles and a newsroom's noun after a comma as titles", () => {
    expectSigned([
      ["Von Anna Schmidt, Fotografin", "Anna Schmidt"],
      ["Von Anna Schmidt, Fotografin, und Jonas Weber, Korrespondent", "Anna Schmidt", "Jonas Weber"],
      ["Claire Martin, rédactrice en chef", "Claire Martin"],
      ["Par Luc Bernard, rédacteur en chef, et Claire Martin", "Luc Bernard", "Claire Martin"],
      ["Giulia Bianchi, giornalista e fotografa", "Giulia Bianchi"],
      ["Av Anna Lind, Redaktionen", "Anna Lind"],
      ["Von Anna Schmidt und Redaktion", "Anna Schmidt", "Redaktion"],
    ]);
  });

  it("ends the names at a paper or a body of a person's name's shape after a title and a comma's 'y' or 'e'", () => {
    expectSigned([
      ["Por Ana Ruiz, periodista, y Cruz Roja", "Ana Ruiz"],
      ["Por Ana Costa, jornalista, e Correio Braziliense", "Ana Costa"],
      ["Di Giulia Bianchi, inviata, e Reggio Calabria", "Giulia Bianchi"],
      ["Por Ana Ruiz, periodista, y Pablo Díaz", "Ana Ruiz", "Pablo Díaz"],
      ["Por Ana Ruiz, periodista, y El País", "Ana Ruiz"],
      ["Por Ana Ruiz, economista, y Fundación Mar Abierto", "Ana Ruiz"],
    ]);
  });
});
