import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

// Round tb109: a table copied as tab-parted rows inside a story, and chrome laid out in rows under one. Every page here
// is invented for these tests.
const page = (...blocks: string[]) => `${blocks.join("\n\n")}\n`;
const TOP = (site: string, menu: string) => [site, menu];
const FOOT = (links: string, site: string) => [links, `© 2025 ${site}. All rights reserved.`];

/** Rows of a table: a header, then `count` rows of a name and figures, packed one under another. */
const rows = (header: string, names: readonly string[], count: number) =>
  [header, ...Array.from({ length: count }, (_, i) => `${names[i % names.length]}\t${1200 + i * 37}\t${(41.5 - i).toFixed(1)} %`)].join(
    "\n",
  );

const paragraphs = (article: ReturnType<typeof fromText>) => article.body.filter((b) => b.type === "paragraph").map((b) => b.text);
const headings = (article: ReturnType<typeof fromText>) => article.body.filter((b) => b.type === "heading").map((b) => b.text);

describe("a table set into a story (find-region tablesInStory)", () => {
  const en = {
    top: TOP("The Fenland Post", "Home\tNews\tSport\tBusiness\tCulture"),
    head: ["Marsh ward count ends with a narrow win", "By Ruth Aldous", "14 May 2025"],
    before: [
      "The count for the Marsh ward finished just after three in the morning, with only forty votes between the first two candidates.",
      "Turnout rose to thirty-nine per cent, the highest in the ward since the boundaries were drawn again a decade ago.",
    ],
    table: rows("Candidate\tVotes\tShare", ["Alder", "Birch", "Cotton", "Dunmore", "Ellery", "Foss"], 20),
    after: [
      "The winner said she would hold her first surgery at the village hall on Saturday.",
      "The council's new leader will be chosen later this month.",
    ],
    foot: FOOT("About us\tContact\tPrivacy", "The Fenland Post"),
  };

  it("keeps the heading, the rows and the section under a long table between two sections", () => {
    const article = fromText(
      page(...en.top, ...en.head, ...en.before, "Full results", en.table, "What happens next", ...en.after, ...en.foot),
    );
    expect(paragraphs(article).at(-1)).toBe(en.after[1]);
    expect(headings(article)).toEqual(["Full results", "What happens next"]);
    expect(paragraphs(article).some((text) => text.startsWith("Alder 1200"))).toBe(true);
  });

  it("keeps a story's closing paragraph right under a table near its end (de)", () => {
    const closing =
      "Am kommenden Wochenende muss der Aufsteiger beim Tabellendritten antreten, der seit sechs Spielen ohne Niederlage geblieben ist.";
    const article = fromText(
      page(
        "Kreisbote am Sonntag",
        "Startseite\tLokales\tSport\tWirtschaft",
        "Aufsteiger aus Birkenau übernimmt die Tabellenspitze",
        "Von Lena Brandt",
        "9. März 2025",
        "Der SV Birkenau hat am Sonntag auch das Spitzenspiel gewonnen und steht nun zum ersten Mal auf Platz eins der Bezirksliga.",
        "Vor knapp achthundert Zuschauern entschied ein Kopfballtor in der Nachspielzeit die Partie für die Gastgeber.",
        "Die Tabelle",
        rows("Verein\tTore\tQuote", ["SV Birkenau", "FC Talheim", "TSV Mühlbach", "SG Eichenau"], 12),
        closing,
        "Mehr zum Thema",
        "Neuer Trainer für den FC Talheim",
        "Impressum\tKontakt\tDatenschutz",
      ),
    );
    expect(paragraphs(article).at(-1)).toBe(closing);
  });

  // Near misses: rows of chrome under the story, with a note, a pitch or a teaser under them, stay cut.
  it.each([
    [
      "a markets ticker",
      "Markets",
      "DAX\t18 234,50\t+0,42 %\nDow Jones\t38 790,43\t+0,21 %\nGold\t2 161,20\t−0,33 %",
      [
        "Prices are delayed by fifteen minutes.",
        "Storm warning issued for the coast",
        "Forecasters expect winds of up to seventy miles per hour along the western coast on Friday night and into Saturday.",
      ],
    ],
    [
      "a TV listing",
      "Tonight on TV",
      "18:15\tCoast Watch\tBBC One\n18:45\tThe Big Quiz\tITV\n19:15\tEvening News\tChannel 4",
      [
        "Storm warning issued for the coast",
        "Forecasters expect winds of up to seventy miles per hour along the western coast on Friday night and into Saturday.",
      ],
    ],
    [
      "a cookie-settings table",
      "What this site stores",
      "Name\tProvider\tExpiry\n_ga\tGoogle\t2 years\n_fbp\tMeta\t90 days\nsid\tThe Fenland Post\t1 day",
      ["The choices you make here are kept in this browser for one year.", "Accept all"],
    ],
  ])("cuts %s under the story", (_kind, label, chromeRows, under) => {
    const article = fromText(
      page(...en.top, ...en.head, ...en.before, "What happens next", ...en.after, label, chromeRows, ...under, ...en.foot),
    );
    expect(paragraphs(article).at(-1)).toBe(en.after[1]);
  });
});
