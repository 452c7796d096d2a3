import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

// Round hl108: a site's menu under a title printed only in the tab line. Every page here is invented for these tests.
const page = (...blocks: string[]) => `${blocks.join("\n\n")}\n`;
const FOOT = (site: string) => `Share\n\n© 2025 ${site}. All rights reserved.\nAbout us\nContact`;

const DRAIN = {
  site: "The Fenland Courier",
  head: "Drainage board warns of wetter winters ahead",
  lead: "The drainage board that keeps the fens dry says its pumps ran for more days last winter than in any year since records began.",
  more: "Its chief engineer said the board would need new money to replace pumping stations built in the 1950s.",
};
const MARKT = {
  site: "Weserbote",
  head: "Fähre fährt wieder nach dem Umbau",
  lead: "Nach sechs Monaten Umbau fährt die Fähre zwischen den beiden Ufern seit Montag wieder im Halbstundentakt.",
  more: "Die Stadt hat rund zwei Millionen Euro in die neuen Anleger gesteckt, wie der Bürgermeister sagte.",
};

describe("round hl108: a menu under a title printed only in the tab line", () => {
  it("passes over the site's name and its menu row between the title and the byline", () => {
    for (const menu of ["Home\tNews\tSport\tBusiness\tWeather", "Home\nNews\nSport\nBusiness\nWeather"]) {
      const text = page(
        `${DRAIN.head} | ${DRAIN.site}`,
        DRAIN.site,
        menu,
        "By Helen Cross",
        "3 October 2025",
        DRAIN.lead,
        DRAIN.more,
        FOOT(DRAIN.site),
      );
      const article = fromText(text);
      expect(article.headline).toBe(DRAIN.head);
      expect(article.body?.[0], menu).toMatchObject({ type: "paragraph", text: DRAIN.lead });
    }
  });

  it("takes a German menu row right over the date for no deck", () => {
    const text = page(
      `${MARKT.head} | ${MARKT.site}`,
      "Startseite\tPolitik\tWirtschaft\tSport\tKultur",
      "4. März 2025",
      MARKT.lead,
      MARKT.more,
    );
    const article = fromText(text);
    expect(article.description).toBeUndefined();
    expect(article.body?.[0]).toMatchObject({ type: "paragraph", text: MARKT.lead });
  });

  it("keeps a first paragraph under the byline that is no menu: a list of names, a dateline", () => {
    const names = "Anna Berg, Tom Hale, Sara Quinn and Joe Park sang the solos.";
    const dateline = "LONDON — The mayor set out a plan on Wednesday to build new flood walls along the eastern bank.";
    for (const first of [names, dateline]) {
      const text = page(`Choir wins regional final | Dale Times`, "By Ben Harper", "14 March 2025", first, DRAIN.more);
      expect(fromText(text).body?.[0]).toMatchObject({ type: "paragraph", text: first });
    }
  });
});

describe("review of round hl108: a line parted by runs of spaces under a headline", () => {
  it("keeps it in the body when its words are no menu's: a team's line-up, the towns of a tour", () => {
    for (const row of ["Pickford    Walker    Stones    Guehi    Shaw", "Lyon   Marseille   Lille   Nantes"]) {
      const text = page(DRAIN.head, row, DRAIN.lead, DRAIN.more, FOOT(DRAIN.site));
      const body = fromText(text).body ?? [];
      expect(
        body.some((block) => "text" in block && block.text === row.replace(/\s+/g, " ")),
        row,
      ).toBe(true);
    }
  });
});
