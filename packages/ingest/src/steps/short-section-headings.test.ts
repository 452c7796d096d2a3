import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

/** The body's blocks of an invented page as "type:text", under a site's name, a menu, a headline and a byline. */
function blocksOf(language: { by: string; lead: string; heading: string; middle: string }, tail: string[]): string[] {
  const page = ["Valley Post", "News\nSport\nCulture", "Old market hall to become the town's library", language.by, language.lead];
  const text = `${[...page, language.heading, language.middle, ...tail, "Copyright © 2026 Valley Post\nAbout us"].join("\n\n")}\n`;
  return (fromText(text, { source: "p.txt" }).body ?? []).map((block) => `${block.type}:${"text" in block ? block.text : ""}`);
}

const EN = {
  by: "By Ada Lee\n12 March 2026",
  lead: "The council voted on Monday to reopen the old market hall as a library, ending a long dispute over its future.",
  heading: "Why it matters",
  middle: "Work is expected to begin in the spring and should take about a year, the council said in a statement.",
};
const NL = {
  by: "Door Pieter Smit\n12 maart 2026",
  lead: "De gemeenteraad heeft maandag besloten de oude markthal te verbouwen tot bibliotheek, na jaren van discussie.",
  heading: "Waarom het ertoe doet",
  middle: "De verbouwing begint in het voorjaar en duurt ongeveer een jaar, meldt de gemeente in een verklaring.",
};

describe("a last section a word names, over two short sentences each set apart", () => {
  it("keeps the word as the section's heading in English and Dutch, and both sentences", () => {
    expect(blocksOf(EN, ["Costs", "The work costs two million pounds.", "Residents may suggest a name."]).slice(-3)).toEqual([
      "heading:Costs",
      "paragraph:The work costs two million pounds.",
      "paragraph:Residents may suggest a name.",
    ]);
    expect(blocksOf(NL, ["Kosten", "Het plan kost ruim vier miljoen euro.", "Bewoners mogen een naam bedenken."]).slice(-3)).toEqual([
      "heading:Kosten",
      "paragraph:Het plan kost ruim vier miljoen euro.",
      "paragraph:Bewoners mogen een naam bedenken.",
    ]);
  });

  it("reads a word over two short sentences with prose under them as before: a box's label", () => {
    const tail = ["Costs", "The work costs two million pounds.", "Residents may suggest a name."];
    expect(blocksOf(EN, [...tail, EN.lead])).not.toContain("heading:Costs");
  });

  it("heads no section with a page's one-word furniture over the same sentences", () => {
    for (const chrome of ["Advertisement", "Advertentie"]) {
      expect(blocksOf(EN, [chrome, "The work costs two million pounds.", "Residents may suggest a name."]).join("\n")).not.toContain(
        `heading:${chrome}`,
      );
    }
  });
});
