import { describe, expect, it } from "vitest";
import { fromText } from "../index.js";

// Invented headers whose headline is set on two packed lines broken mid-phrase, or whose short deck without a full stop
// stands set apart between the headline and the byline; every page, site and name here is made up.

/** An invented story's two paragraphs, in English, French and Spanish. */
const bodies = {
  en: "The ferry between Ashby and Wreford carried its first passengers on Monday morning, after a year of work on the landing stage.\n\nAbout forty people made the first crossing, many of them commuters who had spent the year driving a long detour.\n",
  fr: "Le bac entre les deux rives a repris du service lundi matin, après un an de travaux sur le débarcadère de la commune.\n\nUne quarantaine de passagers ont fait la première traversée, dont beaucoup de salariés qui faisaient un long détour.\n",
  es: "El transbordador entre los dos pueblos llevó el lunes a sus primeros pasajeros tras un año de obras en el embarcadero.\n\nUnas cuarenta personas hicieron la primera travesía, muchas de ellas trabajadores que daban un largo rodeo.\n",
};

const read = (text: string) => fromText(text, { source: "page.txt" });

describe("a headline set on two packed lines, broken mid-phrase", () => {
  const en = ["River ferry returns after a year", "of repairs to the landing stage"] as const;
  it.each([
    ["en", "Marsh Echo\n\n", ...en, "\nBy Ann Lowe\nMarch 3, 2025"],
    ["en", "Marsh Echo\n\n", ...en, "By Ann Lowe\nMarch 3, 2025"],
    ["en", "", ...en, "\nBy Ann Lowe · March 3, 2025"],
    [
      "fr",
      "L'Écho du Marais\n\n",
      "Le bac reprend du service après un an",
      "de travaux sur le débarcadère",
      "\nPar Anne Leroux\n3 mars 2025",
    ],
    [
      "es",
      "Eco del Pantano\n\n",
      "El transbordador vuelve tras un año",
      "de obras en el embarcadero",
      "\nPor Ana López\n3 de marzo de 2025",
    ],
  ] as const)("joins the second line opening in lower case (%s)", (language, top, first, second, meta) => {
    expect(read(`${top}${first}\n${second}\n${meta}\n\n${bodies[language]}`).headline).toBe(`${first} ${second}`);
  });

  it("joins the two lines when the first is the one picked, over a deck with a full stop", () => {
    const header =
      "Marsh Echo\n\nRiver ferry returns after a year\nof repairs to the landing stage\n\nForty passengers made the first crossing on Monday morning.\n\nBy Ann Lowe\nMarch 3, 2025\n\n";
    expect(read(header + bodies.en).headline).toBe("River ferry returns after a year of repairs to the landing stage");
  });

  it("keeps a title and its packed deck apart when the deck opens in a capital", () => {
    const header =
      "Marsh Echo\n\nFerry back on the river at last\nForty passengers make the first crossing in a year\n\nBy Ann Lowe\nMarch 3, 2025\n\n";
    const article = read(header + bodies.en);
    expect(article.headline).toBe("Ferry back on the river at last");
    expect(article.description).toBe("Forty passengers make the first crossing in a year");
  });

  it("does not join a byline in lower case packed under the headline", () => {
    const header = "Marsh Echo\n\nRiver ferry returns after a year of repairs\nby Ann Lowe\nMarch 3, 2025\n\n";
    const article = read(header + bodies.en);
    expect(article.headline).toBe("River ferry returns after a year of repairs");
    expect(article.authors?.map((author) => author.name)).toEqual(["Ann Lowe"]);
  });
});
