import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

// Round by102: a button between the headline and the byline leaves the header open. Every page here is invented.
const PAGE = {
  top: ["Harbourside Gazette", "News", "Music", "Opinion"],
  head: "The records of the month: the best albums of March",
  deck: "Our last round-up of the season, as chosen by a weary desk",
  paras: [
    "The harbour board met on Tuesday evening to decide the future of the old ferry pier, which has stood empty since the storm.",
    "Members heard from engineers who said the wooden piles could be saved at a lower cost than a full rebuild of the pier.",
    "Several residents spoke in favour of reopening the pier to walkers, arguing that the town had lost a place to gather.",
  ],
};

const read = (header: string[]) => fromText([...PAGE.top, "", PAGE.head, ...header, "", ...PAGE.paras].join("\n\n"));

describe("round by102: a button set right under the headline", () => {
  it("reads the deck and the name over the date line under a read-later button", () => {
    const article = read(["Read later", PAGE.deck, "Marta Kowal\nPublished 9:40am 12 March 2026"]);
    expect(article.authors?.map((author) => author.name)).toEqual(["Marta Kowal"]);
    expect(article.description).toBe(PAGE.deck);
    expect(article.body.some((block) => "text" in block && block.text === PAGE.deck)).toBe(false);
  });

  it("keeps the body's first paragraph, a quote or a wire lead over a caption under the button in the body", () => {
    const caption = "The old pier at dusk in February. Photo: Lena Varga/Harbourside Gazette";
    const quote = "\u201cWe will not let this pier fall into the sea,\u201d the board's chair said on Tuesday night";
    const lead = "HARBOURSIDE, March 12 (Wire) - The harbour board backed a plan on Tuesday to save the old ferry pier";
    for (const first of [PAGE.paras[0]!, quote, lead]) {
      const page = [...PAGE.top, "", PAGE.head, "Read later", "", first, caption, ...PAGE.paras.slice(1)].join("\n\n");
      const article = fromText(page);
      expect(article.description).toBeUndefined();
      expect(article.body.some((block) => "text" in block && block.text === first)).toBe(true);
    }
  });

  it("signs no place set over the date line under the button", () => {
    const article = read(["Read later", PAGE.deck, "New Zealand\nPublished 9:40am 12 March 2026"]);
    expect(article.authors ?? []).toEqual([]);
  });
});

describe("round by102: a date with the writer's name glued after it", () => {
  const names = (row: string) => read([row]).authors?.map((author) => author.name) ?? [];

  it("signs the name glued to one date or to the published and updated days", () => {
    expect(names("March 12, 2026Harriet Lowe")).toEqual(["Harriet Lowe"]);
    expect(names("March 12, 2026March 14, 2026Owen Pryce")).toEqual(["Owen Pryce"]);
    expect(names("12. März 2026Jonas Weber")).toEqual(["Jonas Weber"]);
    expect(read(["March 12, 2026Harriet Lowe"]).datePublished).toBe("2026-03-12");
  });

  it("signs no category or section glued there", () => {
    expect(names("March 12, 2026Harbour Life")).toEqual([]);
    expect(names("March 12, 2026Local News")).toEqual([]);
  });
});

describe("round by102: a writer's pair under the story over a reviewer's", () => {
  const signed = (foot: string[]) =>
    fromText([...PAGE.top, "", PAGE.head, "March 12, 2026", "", ...PAGE.paras, "", ...foot, "", "Contact us"].join("\n\n")).authors?.map(
      (author) => author.name,
    ) ?? [];

  it("signs the writer, not the reviewer, in several languages", () => {
    expect(signed(["Written by:\nGrace Whitfield, RN\nMedically reviewed by:\nDr. Oren Baskin, MD"])).toEqual(["Grace Whitfield"]);
    expect(signed(["Escrito por:\nAndrés Molina\nRevisado por:\nDra. Elena Soto"])).toEqual(["Andrés Molina"]);
  });

  it("still signs no one over another credit's label", () => {
    expect(signed(["Written by:\nMara Holt\nProduced by:\nTobias Reed"])).toEqual([]);
  });
});
