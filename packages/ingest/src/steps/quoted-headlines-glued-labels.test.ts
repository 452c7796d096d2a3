import { describe, expect, it } from "vitest";
import { fromText } from "../index.js";

// Invented pages: a headline that quotes before a colon under a longer kicker, and a headline whose copy on the page has
// a label glued before it while the title bar prints it clean. Every line here is made up.

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

interface QuotedPage {
  site: string;
  kicker: string;
  headline: string;
  byline: string;
  date: string;
  story: readonly string[];
}

const QUOTED: Record<string, QuotedPage> = {
  en: {
    site: "The Vale Recorder",
    kicker: "A village fights to keep the only school it has left",
    headline: "“We will not leave”: parents occupy the school hall",
    byline: "By Nora Whitcombe",
    date: "March 4, 2026",
    story: STORY.en,
  },
  fr: {
    site: "L'Écho de Kervézan",
    kicker: "Un village se bat pour garder la dernière école qui lui reste",
    headline: "« Nous ne partirons pas » : les parents occupent le préau",
    byline: "Par Annick Le Goff",
    date: "4 mars 2026",
    story: STORY.fr,
  },
  de: {
    site: "Wiesenbrunner Anzeiger",
    kicker: "Ein Dorf kämpft um die letzte Schule, die ihm geblieben ist",
    headline: "„Wir gehen nicht“: Eltern besetzen die Schulaula",
    byline: "Von Till Hagemeister",
    date: "4. März 2026",
    story: STORY.de,
  },
};

function quotedPage(page: QuotedPage, apart: boolean, headline = page.headline): string {
  const gap = apart ? [""] : [];
  return [page.site, "", page.kicker, ...gap, headline, "", page.byline, page.date, "", page.story.join("\n\n")].join("\n");
}

describe("a headline quoting before a colon under a longer kicker", () => {
  for (const [language, page] of Object.entries(QUOTED)) {
    it(`keeps the quoted line as the headline, packed or set apart (${language})`, () => {
      expect(fromText(quotedPage(page, false), { source: "page.txt" }).headline).toBe(page.headline);
      expect(fromText(quotedPage(page, true), { source: "page.txt" }).headline).toBe(page.headline);
    });
  }

  it("still moves up to a shorter title over an unstopped deck that quotes so", () => {
    const page = QUOTED.en!;
    const deck = "“We will not leave”: parents vow to stay in the hall until the county backs down";
    const text = [page.site, "", "Parents occupy village school", deck, "", page.byline, page.date, "", page.story.join("\n\n")];
    expect(fromText(text.join("\n"), { source: "page.txt" }).headline).toBe("Parents occupy village school");
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

  it("keeps a headline whose title bar drops its first word, which a space parts", () => {
    const story = STORY.en;
    const headline = "Why Kelmarsh Vale fights for the only school it has left";
    const bar = "Kelmarsh Vale fights for the only school it has left | Vale Recorder";
    const text = [bar, "", "Vale Recorder", "", headline, "", "By Nora Whitcombe", "March 4, 2026", "", story.join("\n\n")];
    expect(fromText(text.join("\n"), { source: "page.txt" }).headline).toBe(headline);
  });
});
