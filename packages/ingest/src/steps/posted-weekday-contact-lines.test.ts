import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

/** Invented stories: a headline and two paragraphs per language, under a site's name. */
const STORIES = {
  en: {
    site: "Riverside Ledger",
    headline: "Ferry to the island will run every hour from next spring",
    paragraphs: [
      "The ferry to the island will sail every hour from April, the port authority said on Monday after a long review.",
      "Islanders had asked for more crossings for years, saying the morning boat was too full to board at busy times.",
    ],
  },
  fr: {
    site: "Le Courrier du Val",
    headline: "Le marché couvert rouvrira ses portes au printemps",
    paragraphs: [
      "Le marché couvert rouvrira en avril après deux ans de travaux, a annoncé la mairie lundi lors du conseil municipal.",
      "Les commerçants attendaient ce retour depuis longtemps et une vingtaine d'étals sont déjà réservés pour l'ouverture.",
    ],
  },
  de: {
    site: "Talbote",
    headline: "Freibad öffnet nach der Sanierung schon im Mai",
    paragraphs: [
      "Das Freibad öffnet nach der Sanierung bereits im Mai, teilte die Gemeinde am Montag nach der Ratssitzung mit.",
      "Die Becken wurden neu gefliest, und ein neues Kinderbecken ersetzt das alte Planschbecken am Eingang.",
    ],
  },
};
type Language = keyof typeof STORIES;

/** A page: the site's name, the lines over the headline, the headline, the header's lines under it and the story. */
function page(language: Language, header: readonly string[], above: readonly string[] = []): string {
  const story = STORIES[language];
  return [story.site, ...above, story.headline, ...header, ...story.paragraphs].join("\n\n");
}

describe("a date line, then a byline's by-word and the name", () => {
  it("reads the name after a numeric date that reads either way, and the date in the page's order", () => {
    const article = fromText(page("fr", ["Publié le 03/09/2025 par Odile Ferrand"]), { source: "p.txt" });
    expect(article.authors?.map((author) => author.name)).toEqual(["Odile Ferrand"]);
    expect(article.datePublished).toMatch(/^2025-09-03/);
  });

  it("reads an English page's date month first where its other dates name the month first", () => {
    const text = `${page("en", ["Posted on 03/09/2025 by Nora Quill"])}\n\nOlder posts: Mar 2, 2025 · Feb 23, 2025`;
    const article = fromText(text, { source: "p.txt" });
    expect(article.authors?.map((author) => author.name)).toEqual(["Nora Quill"]);
    expect(article.datePublished).toMatch(/^2025-03-09/);
  });

  it("names the writer but leaves the date unread where nothing on the page orders it", () => {
    const article = fromText(page("en", ["Posted on 03/09/2025 by Nora Quill"]), { source: "p.txt" });
    expect(article.authors?.map((author) => author.name)).toEqual(["Nora Quill"]);
    expect(article.datePublished).toBeUndefined();
  });
});

describe("a name over a date line a short weekday opens", () => {
  it.each([
    ["en", "Sun 21 Sep 2025", "Nora Quill"],
    ["de", "So. 21.09.2025", "Henrik Brandt"],
    ["fr", "Mer 24 sept. 2025", "Odile Ferrand"],
  ] as const)("leaves the weekday (%s: %s) to the date", (language, date, name) => {
    const article = fromText(page(language, [`${name}\n${date}`]), { source: "p.txt" });
    expect(article.authors?.map((author) => author.name)).toEqual([name]);
  });

  it("keeps a family name that spells a weekday on the name's own line", () => {
    const article = fromText(page("en", ["Mei Sun\nSun 21 Sep 2025"]), { source: "p.txt" });
    expect(article.authors?.map((author) => author.name)).toEqual(["Mei Sun"]);
  });
});

describe("a headline whose label and colon close on an address", () => {
  // Headlines print an address after a colon as often as contact lines do: such a line stays the title.
  it.each([
    ["en", "Council unveils its new website: www.riverside.example"],
    ["fr", "Nouvelle ligne d'écoute pour les aînés : aide@courrier.example"],
    ["de", "Neue Hotline für Senioren: hilfe@talbote.example"],
  ] as const)("is the headline (%s)", (language, headline) => {
    const text = [STORIES[language].site, headline, "Ann Lee", "21.09.2025", ...STORIES[language].paragraphs].join("\n\n");
    expect(fromText(text, { source: "p.txt" }).headline).toBe(headline);
  });

  it("leaves a headline that names an address inside its words", () => {
    const headline = "Why help@ferries.example is the busiest inbox on the coast";
    const text = ["Riverside Ledger", headline, "21 September 2025", ...STORIES.en.paragraphs].join("\n\n");
    expect(fromText(text, { source: "p.txt" }).headline).toBe(headline);
  });
});
