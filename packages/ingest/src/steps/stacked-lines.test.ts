import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

/** An invented story about a mill, per language: headline, byline, date and four paragraphs. */
const stories = {
  en: {
    top: ["Why the river town is rebuilding its old mill this winter", "", "By Nell Harrow", "March 9, 2026", ""],
    paragraphs: [
      "The mill has stood empty for eleven years, and the town finally agreed last week to turn it into a library, a workshop and a small hall.",
      "Builders will start with the roof, which lets in rain on the upper floor, and then move to the wheel house, where the old machinery sits.",
      "Neighbours were asked what they wanted inside, and most of them said a reading room by the water and a café that stays open late.",
      "The money comes partly from the county and partly from a fund raised by residents, who held markets and raffles for almost three years.",
    ],
  },
  fr: {
    top: ["Pourquoi la ville de la rivière rénove son vieux moulin cet hiver", "", "Par Nell Harrow", "9 mars 2026", ""],
    paragraphs: [
      "Le moulin est vide depuis onze ans, et la ville a enfin décidé la semaine dernière d’en faire une bibliothèque, un atelier et une salle.",
      "Les ouvriers commenceront par le toit, qui laisse entrer la pluie à l’étage, puis passeront à la salle de la roue et à ses machines.",
      "On a demandé aux voisins ce qu’ils voulaient à l’intérieur, et la plupart ont cité une salle de lecture au bord de l’eau et un café.",
      "L’argent vient en partie du département et en partie d’un fonds réuni par les habitants, qui ont tenu des marchés pendant trois ans.",
    ],
  },
} as const;

/** The body's blocks of a story with `stacked` set apart between its second and third paragraphs. */
function bodyWith(language: keyof typeof stories, stacked: readonly string[]) {
  const { top, paragraphs } = stories[language];
  const page = [...top, paragraphs[0], "", paragraphs[1], "", ...stacked, "", paragraphs[2], "", paragraphs[3]];
  return fromText(page.join("\n")).body.map((block) => ("text" in block ? `${block.type}: ${block.text}` : block.type));
}

describe("two short lines stacked between paragraphs", () => {
  it("keeps a pair in sentence case as text: a section over its sub-section, a heading over its deck", () => {
    expect(bodyWith("en", ["Inside the mill", "A room for reading"])).toEqual(
      expect.arrayContaining(["paragraph: Inside the mill", "paragraph: A room for reading"]),
    );
    expect(bodyWith("fr", ["Dans le moulin", "Le vieux grenier devient un lieu calme au bord de l’eau"])).toEqual(
      expect.arrayContaining(["paragraph: Dans le moulin", "paragraph: Le vieux grenier devient un lieu calme au bord de l’eau"]),
    );
  });

  it("keeps no paragraph of a share bar's two buttons or of two menu items packed the same way", () => {
    for (const stacked of [
      ["Share this", "Copy link"],
      ["Tweet", "Share"],
      ["Share this article", "Copy the link"],
      ["Follow us", "Read more"],
      ["News", "Sport"],
    ])
      for (const line of stacked) expect(bodyWith("en", stacked)).not.toContain(`paragraph: ${line}`);
  });

  it("keeps no paragraph of a box's button packed under its title", () => {
    expect(bodyWith("en", ["Library cards for everyone", "Download the guide to the new library"])).not.toContain(
      "paragraph: Download the guide to the new library",
    );
  });

  it("keeps no paragraph of a share bar's buttons naming their way, or of a wiki's note over a heading", () => {
    for (const stacked of [
      ["Share on Postbook (new window)", "Share by post (new window)"],
      ["Main article: History of the mill", "A room for reading"],
    ])
      expect(bodyWith("en", stacked)).not.toContain(`paragraph: ${stacked[0]}`);
    expect(bodyWith("en", ["Inside the mill", "Share by post (new window)"])).not.toContain("paragraph: Inside the mill");
  });

  it("keeps no paragraph of a teaser box's two titles, which the paragraph under them does not take up", () => {
    // The upper title is kept as the reader kept it before this rule (a heading's place); the lower one is the pair's.
    expect(bodyWith("en", ["Bus fares rise for the autumn", "Roadworks shut the quay lane"])).not.toContain(
      "paragraph: Roadworks shut the quay lane",
    );
  });

  it("keeps no paragraph of a teaser box's title that meets the paragraph under it only in grammar's words", () => {
    // "what", "they", "wanted" and "plupart" are stop words: in almost any paragraph, naming no section's topic.
    expect(bodyWith("en", ["Bus fares rise this autumn", "What they wanted from the new quay"])).not.toContain(
      "paragraph: What they wanted from the new quay",
    );
    expect(bodyWith("fr", ["Les tarifs des bus augmentent", "La plupart des commerces ferment à midi"])).not.toContain(
      "paragraph: La plupart des commerces ferment à midi",
    );
  });

  it("keeps no paragraph of a pair holding the words furniture speaks with, though the paragraph under it takes one up", () => {
    // "Our" is the site's voice to its reader; "cookies" opens a consent notice (the phrases of `SIGNAL_PHRASES`).
    expect(bodyWith("en", ["Our podcast", "Neighbours on the town's week"])).not.toContain("paragraph: Neighbours on the town's week");
    expect(bodyWith("en", ["Each week", "Our podcast for neighbours"])).not.toContain("paragraph: Our podcast for neighbours");
    expect(bodyWith("fr", ["Les cookies du site", "Vos choix de lecture en un clic"])).not.toContain(
      "paragraph: Vos choix de lecture en un clic",
    );
  });

  it("leaves a pair with a line in title case as it was: the upper line heads its section", () => {
    expect(bodyWith("en", ["Harbour Lights", "Lena Marsh"])).not.toContain("paragraph: Lena Marsh");
  });
});
