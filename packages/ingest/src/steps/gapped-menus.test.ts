import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { isSectionMenu } from "./headline.js";
import { segment } from "./segment.js";

/** How many entries the gaps part each line of a page into (`Line.gappedEntries`), by the line's text. */
function entriesByLine(page: string): Record<string, number> {
  return Object.fromEntries(segment(page).map((line) => [line.text, line.gappedEntries ?? 0]));
}

/** An invented story under a site's name, a menu packed under it, a date and byline, then its title set apart. */
function packedMenuPage(menu: string, dateLine: string, byline: string, title: string, paragraphs: string[]): string {
  return `Valley Post\n${menu}\n\n${dateLine}\n${byline}\n\n${title}\n\n${paragraphs.join("\n\n")}\n`;
}

const PARAGRAPHS = {
  en: [
    "The ferry board met on Tuesday night in the old customs house and agreed to keep the winter crossings running.",
    "Islanders who spoke at the meeting said the last cut had left them stranded for days, and most welcomed the vote.",
    "The timetable will be printed again in the spring, the board said, once the new boat has passed its trials.",
  ],
  fr: [
    "Le conseil municipal s'est réuni mardi soir dans la vieille salle et a adopté le projet après un long débat.",
    "Les habitants présents ont dit qu'ils attendaient une décision depuis longtemps, et la plupart ont salué le vote.",
    "Les travaux doivent commencer au printemps et s'achever avant la fin de l'année prochaine, selon la mairie.",
  ],
  de: [
    "Der Gemeinderat hat am Dienstagabend im alten Saal getagt und den Plan nach einer langen Debatte beschlossen.",
    "Viele Anwohner sagten in der Sitzung, sie hätten lange genug auf eine Entscheidung gewartet, und begrüßten sie.",
    "Die Arbeiten sollen im Frühjahr beginnen und bis zum Ende des kommenden Jahres abgeschlossen sein.",
  ],
};

describe("a menu whose entries the copy parts with runs of spaces or tabs", () => {
  it("counts the entries of a line parted by gaps, each a few words opening as an entry", () => {
    const lines = entriesByLine(
      ["Home  Quays  Lanes  Letters Page", "", "Accueil\tNos villages\tAgenda", "", "Ferry crossings kept for winter"].join("\n"),
    );
    expect(lines).toEqual({
      "Home Quays Lanes Letters Page": 4,
      "Accueil Nos villages Agenda": 3,
      "Ferry crossings kept for winter": 0,
    });
  });

  it("counts none in a headline's slip, a byline's or a date's fields, a credit, a clause or a table's rows, a note between", () => {
    const lines = entriesByLine(
      [
        "Mayor  quits over harbour budget",
        "By Ann Lee  |  4 March 2026",
        "4 March 2026  10:30",
        "Flooded Quay  Arles  Photo: AFP",
        "Rain came,  Wind came,  Night fell",
        "The tide goes out  the gulls go home",
        "",
        "Town\tMayor\tParty",
        "Arles\tAnn Lee\tGreens",
        "Uzès\tCy Ward\tLiberals",
        "",
        "Ferry\tCrossing\tHarbour",
        "",
        "first sailing",
        "North Pier\tSouth Quay\tLow Bay",
      ].join("\n"),
    );
    expect(Object.values(lines)).toEqual(Array(12).fill(0));
  });

  it("reads such a line as a menu whatever its words, and the same words with single spaces as none", () => {
    expect(isSectionMenu("Parish Pump Ferry Times Tide Tables", 3)).toBe(true);
    expect(isSectionMenu("Parish Pump Ferry Times Tide Tables")).toBe(false);
    expect(isSectionMenu("Mayor quits over harbour budget", 0)).toBe(false);
  });

  it("takes no menu of a local paper's own desks for the headline, in English, French and German", () => {
    const pages: [string, string, string, string, string[]][] = [
      ["Parish Pump  Ferry Times  Tide Tables", "12 March 2026", "By Ada Lee", "Winter crossings saved by ferry board", PARAGRAPHS.en],
      [
        "Accueil  Nos villages  Agenda  Vie associative  Patrimoine",
        "12 mars 2026",
        "Par Claire Martin",
        "Le vieux lavoir sera restauré",
        PARAGRAPHS.fr,
      ],
      ["Startseite\tOrtsteile\tVereine\tLeserbriefe", "12. März 2026", "Von Eva Berg", "Alte Mühle wird wieder aufgebaut", PARAGRAPHS.de],
    ];
    for (const [menu, dateLine, byline, title, paragraphs] of pages) {
      expect(fromText(packedMenuPage(menu, dateLine, byline, title, paragraphs), { source: "p.txt" }).headline, menu).toBe(title);
    }
  });

  it("counts none in a title set in pieces packed over its byline or date, and keeps it the headline", () => {
    const lines = entriesByLine(["Sea  Salt  Stone", "By Ada Lee", "", "Brot  Wein  Oliven", "12. März 2026"].join("\n"));
    expect(lines["Sea Salt Stone"]).toBe(0);
    expect(lines["Brot Wein Oliven"]).toBe(0);
    const page = `Valley Post\n\nSea  Salt  Stone\nBy Ada Lee\n12 March 2026\n\n${PARAGRAPHS.en.join("\n\n")}\n`;
    expect(fromText(page, { source: "p.txt" }).headline).toBe("Sea Salt Stone");
  });

  it("counts none in a title set in pieces over its deck over the byline or date, and keeps it the headline", () => {
    const deck = "A cook returns to the island her grandmother left and finds the kitchen waiting.";
    const lines = entriesByLine(
      ["Sea  Salt  Stone", "", deck, "", "By Ada Lee", "", "Brot  Wein  Oliven", deck, "12. März 2026"].join("\n"),
    );
    expect(lines["Sea Salt Stone"]).toBe(0);
    expect(lines["Brot Wein Oliven"]).toBe(0);
    const page = `Valley Post\n\nSea  Salt  Stone\n\n${deck}\n\nBy Ada Lee\n12 March 2026\n\n${PARAGRAPHS.en.join("\n\n")}\n`;
    expect(fromText(page, { source: "p.txt" }).headline).toBe("Sea Salt Stone");
  });

  it("still counts a menu over a headline and its deck, or over an unfinished line over the byline", () => {
    const deck = "A cook returns to the island her grandmother left and finds the kitchen waiting.";
    const text = [
      "Home  News  Food  Travel",
      "",
      "Sea salt comes home",
      deck,
      "By Ada Lee",
      "",
      "News  Food  Travel",
      "Sea salt comes home",
      "By Ada Lee",
    ];
    const lines = entriesByLine(text.join("\n"));
    expect(lines["Home News Food Travel"]).toBe(4);
    expect(lines["News Food Travel"]).toBe(3);
  });

  it("keeps a headline with one gap in it, and the byline whose fields gaps part", () => {
    const page = `Valley Post\n\nMayor  quits over harbour budget\nBy Ada Lee  |  12 March 2026\n\n${PARAGRAPHS.en.join("\n\n")}\n`;
    const article = fromText(page, { source: "p.txt" });
    expect(article.headline).toBe("Mayor quits over harbour budget");
    expect(article.authors?.[0]?.name).toBe("Ada Lee");
  });
});

describe("a gapped menu holding one event's desk named with its year", () => {
  it("counts an entry whose last word is a year among plain ones, not a date's, a score's or a table's pieces", () => {
    const lines = entriesByLine(
      [
        "Home  News  Election 2025  Live  Video",
        "",
        "By Ann Lee  March 2026  Politics",
        "",
        "Quay Rovers 2  Harbour FC 1  Full time",
        "",
        "Spring 2024  Autumn 2024  Spring 2025",
        "",
        "Harbour 2025  Tides  Ferries",
      ].join("\n"),
    );
    expect(lines).toEqual({
      "Home News Election 2025 Live Video": 5,
      "By Ann Lee March 2026 Politics": 0,
      "Quay Rovers 2 Harbour FC 1 Full time": 0,
      "Spring 2024 Autumn 2024 Spring 2025": 0,
      "Harbour 2025 Tides Ferries": 3,
    });
  });

  it("takes no such menu for the headline when no kicker stands between them, in English, French and German", () => {
    const pages: [string, string, string, string, string[]][] = [
      [
        "Home  News  Regatta 2026  Live  Video",
        "12 March 2026",
        "Ada Lee, Ben Ode",
        "Harbour live: crews race in the storm",
        PARAGRAPHS.en,
      ],
      ["Accueil\tVillages\tMunicipales 2026\tAgenda", "12 mars 2026", "Par Claire Martin", "Le vieux lavoir sera restauré", PARAGRAPHS.fr],
      ["Startseite  Ortsteile  Wahl 2026  Vereine", "12. März 2026", "Von Eva Berg", "Alte Mühle wird wieder aufgebaut", PARAGRAPHS.de],
    ];
    for (const [menu, dateLine, byline, title, paragraphs] of pages) {
      const page = `Valley Post\n\n${menu}\n\n${title}\n\n${byline}\n${dateLine}\n\n${paragraphs.join("\n\n")}\n`;
      expect(fromText(page, { source: "p.txt" }).headline, menu).toBe(title);
    }
  });
});
