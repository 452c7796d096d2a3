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

  // Review of tb109: rows of a menu's grid under a banner's lone sentence, over the headline, are no table in a story.
  it("keeps the headline under a menu's grid in rows with one line of prose over it", () => {
    const article = fromText(
      page(
        "The Fenland Post",
        "The lifeboat crew were called out twice on Sunday, once to a yacht and once to a dog stranded on the sandbank.",
        "Home\tNews\tSport\nBusiness\tCulture\tPuzzles\nWeather\tTraffic\tObituaries\nAbout us\tContact\tAdvertise",
        en.head[0]!,
        ...en.before,
        ...en.after,
        ...en.foot,
      ),
    );
    expect(article.headline).toBe(en.head[0]);
    expect(paragraphs(article)[0]).toBe(en.before[0]);
  });

  // Review of tb109: a newsletter's pitch and its terms, two lines of prose, under a listing in rows stay cut (es).
  it("cuts a listing under the story with a newsletter's pitch under it", () => {
    const last = "La empresa municipal contratará a doce conductores más para cubrir los nuevos turnos de madrugada.";
    const listing = Array.from({ length: 10 }, (_, i) => `${17 + i}:00\tNoticias de la tarde\tCanal ${1 + (i % 3)}`).join("\n");
    const article = fromText(
      page(
        "Diario del Sur",
        "Inicio\tActualidad\tDeportes\tOpinión",
        "El ayuntamiento aprueba los nuevos horarios del autobús nocturno",
        "Por Carmen Ruiz",
        "3 de abril de 2025",
        "El pleno municipal aprobó el jueves los nuevos horarios del servicio nocturno de autobuses, que entrarán en vigor el próximo mes.",
        "La concejala de Movilidad explicó que la reforma responde a las quejas de los vecinos de los barrios de la periferia.",
        last,
        "Esta noche en la tele",
        listing,
        "Reciba cada mañana las noticias de su comarca en su correo con nuestro boletín gratuito, enviado antes de las siete.",
        "Al suscribirse acepta nuestras condiciones y la política de privacidad, y puede darse de baja en cualquier momento.",
        "Aviso legal\tPrivacidad\tCookies",
      ),
    );
    expect(paragraphs(article).at(-1)).toBe(last);
  });
});
