import { describe, expect, it } from "vitest";
import { fromText } from "../index.js";

// Invented pages: a long headline over a shorter deck that quotes before a colon, and a headline whose copy on the page
// has a label glued before it while the title bar prints it clean. Every line here is made up.

const STORY = {
  en: [
    "Parents at the only school left in Kelmarsh Vale moved into its hall on Monday after the county confirmed the closure.",
    "The county says the school has too few pupils to stay open, while families argue the nearest one is an hour away by bus.",
  ],
  fr: [
    "Les parents de la dernière école de Kervézan se sont installés lundi dans le préau après l'annonce de la fermeture.",
    "Le département juge l'effectif trop faible, tandis que les familles rappellent que l'école la plus proche est à une heure.",
  ],
  de: [
    "Die Eltern der letzten Schule in Wiesenbrunn haben am Montag die Aula besetzt, nachdem der Kreis die Schließung bestätigt hatte.",
    "Der Kreis hält die Schülerzahl für zu gering, die Familien verweisen auf eine Stunde Busfahrt zur nächsten Schule.",
  ],
};

// A long headline over a shorter deck that quotes before a colon reads, line by line, as a long kicker over a quoted
// headline: the form cannot tell them apart, so the line on top stays the headline (review of round hl104).
describe("a long headline over a shorter deck that quotes before a colon", () => {
  it("keeps the line on top as the headline", () => {
    const headline = "County confirms it will close the only school left in Kelmarsh Vale despite a year of protest";
    const deck = "“We were never heard”: parents vow to fight on";
    const text = ["The Vale Recorder", "", headline, deck, "", "By Nora Whitcombe", "March 4, 2026", "", STORY.en.join("\n\n")];
    expect(fromText(text.join("\n"), { source: "page.txt" }).headline).toBe(headline);
  });
});

describe("a label glued before the headline's copy on the page", () => {
  const cases = [
    ["en", "Analysis", "Vale Recorder", "County confirms the closure of Kelmarsh Vale school"],
    ["fr", "Décryptage", "L'Écho de Kervézan", "Le département confirme la fermeture de l'école de Kervézan"],
    ["de", "Hintergrund", "Wiesenbrunner Anzeiger", "Kreis bestätigt die Schließung der Schule in Wiesenbrunn"],
  ] as const;
  for (const [language, label, site, headline] of cases) {
    it(`reads the headline the title bar prints, without the label (${language})`, () => {
      const story = STORY[language];
      const text = [`${headline} | ${site}`, "", site, "", `${label}${headline}`, "", "4.3.2026", "", story.join("\n\n")];
      expect(fromText(text.join("\n"), { source: "page.txt" }).headline).toBe(headline);
    });
  }

  // The headline found on an English page under a near line (a title bar) that prints all of it but its opening.
  function headlineUnder(near: string, headline: string): string | undefined {
    const text = [near, "", "Vale Recorder", "", headline, "", "By Nora Whitcombe", "March 4, 2026", "", STORY.en.join("\n\n")];
    return fromText(text.join("\n"), { source: "page.txt" }).headline;
  }

  it("keeps a brand's small first letters, which no section label has", () => {
    const headline = "iPhone repair shop opens in the old Kelmarsh Vale post office";
    expect(headlineUnder("Phone repair shop opens in the old Kelmarsh Vale post office", headline)).toBe(headline);
  });

  it("keeps a headline whose title bar drops its first word, which a space parts", () => {
    const headline = "Why Kelmarsh Vale fights for the only school it has left";
    const bar = "Kelmarsh Vale fights for the only school it has left | Vale Recorder";
    expect(headlineUnder(bar, headline)).toBe(headline);
  });
});
