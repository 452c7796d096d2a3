import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

/** Invented stories: a site's name, its desks, a headline and three paragraphs, in a few languages. */
const STORIES = {
  fr: {
    site: "Balcon Vert",
    headline: "Six idées pour des fraises sur le rebord de la fenêtre",
    writer: "Odile Ferrand",
    paragraphs: [
      "Un simple rebord de fenêtre suffit pour cueillir quelques fraises en juin, à condition de choisir des variétés naines.",
      "Les pots en terre gardent mieux la fraîcheur que le plastique, et un arrosage le soir évite que les racines ne sèchent.",
      "Nos lecteurs conseillent aussi de tourner les pots chaque semaine pour que toutes les feuilles voient le soleil.",
    ],
  },
  de: {
    site: "Kreisbote Nord",
    headline: "Neue Fahrradstraße führt bald quer durch die Altstadt",
    writer: "Henrik Brandt",
    paragraphs: [
      "Die neue Fahrradstraße soll im Herbst fertig werden und verbindet dann den Bahnhof mit dem Marktplatz im Zentrum.",
      "Autos dürfen sie weiter nutzen, aber nur als Anlieger und mit höchstens zwanzig Stundenkilometern.",
      "Der Umbau kostet rund eine Million Euro, von denen das Land den größten Teil übernimmt.",
    ],
  },
  nl: {
    site: "Dorpskrant Oost",
    headline: "Nieuwe fietsbrug over het kanaal gaat eindelijk open",
    writer: "Sanne Bakker",
    paragraphs: [
      "Na twee jaar bouwen gaat de fietsbrug over het kanaal volgende week open voor iedereen die naar het station fietst.",
      "De brug is breder dan de oude en heeft aan beide kanten verlichting, zodat hij ook 's avonds veilig is.",
      "Omwonenden zijn blij dat ze niet meer om hoeven te rijden via de drukke weg langs de haven.",
    ],
  },
  en: {
    site: "Fenwick Courier",
    headline: "Island bus timetable to change after bridge repairs",
    writer: "Tobias Marr",
    paragraphs: [
      "Buses between the island and the mainland will leave twenty minutes later on weekdays while the bridge is repaired.",
      "The works should last most of the winter, and the first bus of the day is the one most affected by the change.",
      "Commuters asked the company to keep an early service, and it said it would look at a smaller bus for that trip.",
    ],
  },
};
type Language = keyof typeof STORIES;

/** A story's page with `meta` under its headline and `after` under its paragraphs. */
function page(language: Language, meta: string, after: readonly string[] = []): string {
  const story = STORIES[language];
  return [story.site, "Home\nLocal\nSport\nCulture", story.headline, meta, ...story.paragraphs, ...after].join("\n\n");
}

describe("a name, a mark and a numeric date on one line", () => {
  it("signs and dates the story in every language, whatever the mark and the separator", () => {
    for (const language of Object.keys(STORIES) as Language[]) {
      const writer = STORIES[language].writer;
      for (const meta of [`${writer} | 02/04/2025`, `${writer} · 02.04.2025`, `${writer} — 2025-04-02`, `${writer} • 02-04-2025`]) {
        // The English page settles no order, but these dates are read one way: a day above 12 or the year first.
        const line = language === "en" ? meta.replace("02/04", "13/04").replace("02-04", "13-04").replace("02.04", "13.04") : meta;
        const article = fromText(page(language, line));
        expect([line, article.authors?.map((author) => author.name)]).toEqual([line, [writer]]);
        expect([line, article.datePublished]).toEqual([
          line,
          language === "en" && !line.includes("2025-04-02") ? "2025-04-13" : "2025-04-02",
        ]);
        // The line leaves the story: its first block is the first paragraph.
        const opening = article.body?.[0];
        expect(opening?.type === "paragraph" ? opening.text : undefined).toBe(STORIES[language].paragraphs[0]);
      }
    }
  });

  it("reads the date with more fields after it, or after its label", () => {
    const read = fromText(page("fr", "Odile Ferrand | 02/04/2025 | 3 min de lecture"));
    expect([read.authors?.[0]?.name, read.datePublished]).toEqual(["Odile Ferrand", "2025-04-02"]);
    const updated = fromText(page("de", "Henrik Brandt | Aktualisiert am 05/04/2025"));
    expect([updated.authors?.[0]?.name, updated.dateModified]).toEqual(["Henrik Brandt", "2025-04-05"]);
  });

  it("signs an English page whose order nothing settles, leaving the date unread", () => {
    const article = fromText(page("en", "Tobias Marr | 04/10/2025"));
    expect([article.authors?.[0]?.name, article.datePublished]).toEqual(["Tobias Marr", undefined]);
  });

  it("takes no name or date from a line without a mark, nor from a teaser's or a table's line under the story", () => {
    expect(fromText(page("fr", "Odile Ferrand 02/04/2025")).authors).toBeUndefined();
    const teaser = fromText(
      page("fr", "Par Odile Ferrand\n3 mars 2025", ["À lire aussi", "Tailler ses rosiers", "Marie Lenoir | 12/02/2025"]),
    );
    expect([teaser.authors?.map((author) => author.name), teaser.datePublished]).toEqual([["Odile Ferrand"], "2025-03-03"]);
    const table = fromText(page("de", "Von Henrik Brandt\n3. März 2025", ["Anna Berg | 02.04.2025 | 14,2 Punkte"]));
    expect([table.authors?.map((author) => author.name), table.datePublished]).toEqual([["Henrik Brandt"], "2025-03-03"]);
    // A version's numbers after a name are no date.
    expect(fromText(page("de", "Henrik Brandt · v2.04.2025")).datePublished).toBeUndefined();
  });
});
