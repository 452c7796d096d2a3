import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

const TITLE = "Closing the east side library would be a false economy";
const STORY = [
  "The plan to shut the last branch library on the east side was announced without a single public meeting.",
  "Libraries are warm, free and open to everyone, which is more than can be said for most places in a town centre.",
  "If the council needs savings, it should start with the consultants it hired last spring.",
];

/** An invented opinion page: the site, `header` lines set apart over the date, the story. */
function page(header: readonly string[]): string {
  return ["The Eastbrook Courier", ...header, "14 March 2025", ...STORY, "© 2025 The Eastbrook Courier"].join("\n\n");
}

function read(header: readonly string[]): { headline?: string; authors: string[] } {
  const article = fromText(page(header), { source: "opinion.txt" });
  return { headline: article.headline, authors: (article.authors ?? []).map((author) => author.name) };
}

describe("a columnist named under an opinion label", () => {
  it("signs a name alone over the title, in several languages and in capitals", () => {
    expect(read(["Opinion", "Rebecca Thornfield", TITLE])).toEqual({ headline: TITLE, authors: ["Rebecca Thornfield"] });
    expect(read(["COMMENT", "Gareth Pollins", TITLE]).authors).toEqual(["Gareth Pollins"]);
    expect(read(["Kolumne", "Katharina Wendt", "Warum die Stadt das Freibad nicht schließen darf"]).authors).toEqual(["Katharina Wendt"]);
  });

  it("signs a name with the columnist's role packed under it", () => {
    expect(read(["OPINION", "Rebecca Thornfield\nColumnist", TITLE]).authors).toEqual(["Rebecca Thornfield"]);
  });

  it("parts a name glued before the title after a colon from the headline", () => {
    expect(read(["Comment", `Gareth Pollins: ${TITLE}`])).toEqual({ headline: TITLE, authors: ["Gareth Pollins"] });
    expect(read(["Tribune", "Camille Dufresne : Fermer la piscine serait une faute"])).toEqual({
      headline: "Fermer la piscine serait une faute",
      authors: ["Camille Dufresne"],
    });
  });

  it("leaves a profile's subject, a section's name, a quoted speaker and a role before a colon unsigned", () => {
    expect(read(["Features", "Rebecca Thornfield", TITLE]).authors).toEqual([]);
    expect(read(["News", `Gareth Pollins: ${TITLE}`]).headline).toBe(`Gareth Pollins: ${TITLE}`);
    expect(read(["Opinion", "Green Living", TITLE]).authors).toEqual([]);
    const quoted = "Rebecca Thornfield: 'We were never asked about the library'";
    expect(read(["Opinion", quoted])).toEqual({ headline: quoted, authors: [] });
    const minister = "Health Secretary: we will keep every ward open";
    expect(read(["Comment", minister])).toEqual({ headline: minister, authors: [] });
  });

  it("leaves a politician or a player the story names again unsigned, as the piece's subject", () => {
    const about = (header: readonly string[], mention: string) =>
      fromText(page(header).replace(STORY[0]!, `${mention} ${STORY[0]}`), { source: "opinion.txt" });
    const said = about(["Opinion", "Gareth Pollins: the library will close"], "Pollins told reporters on Monday.");
    expect({ headline: said.headline, authors: said.authors ?? [] }).toEqual({
      headline: "Gareth Pollins: the library will close",
      authors: [],
    });
    expect(about(["Column", "Gareth Pollins", TITLE], "Pollins scored twice on Saturday.").authors ?? []).toEqual([]);
    expect(
      about(["Opinion", "Rebecca Thornfield: my years at the library"], "Thornfield's memoir is out next week.").authors ?? [],
    ).toEqual([]);
  });
});
