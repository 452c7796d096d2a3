import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

// Round hl109: a tab line's search title over the title the page prints. Every page here is invented for these tests.
const page = (...blocks: string[]) => `${blocks.join("\n\n")}\n`;
const FOOT = (site: string) => `Share\n\n© 2025 ${site}. All rights reserved.\nAbout us\nContact`;
const MENU = "Home\tNews\tSport\tBusiness\tCulture\tWeather";

const KEEPER = {
  site: "Coastline Gazette",
  tab: "Lighthouse keeper retires after forty years",
  printed: "The lighthouse keeper",
  deck: "Tom Reade has climbed the same hundred steps every night since 1985.",
  body: [
    "Every evening at dusk, Tom Reade climbs the spiral stairs of the lighthouse on the point to check the lamp.",
    "The light has run by itself since 1998, but the trust that owns the tower kept a keeper on all the same.",
  ],
};
const DEPOT = {
  site: "Harbour Lane News",
  tab: "Old bus depot to become homes",
  printed:
    "Councillors approve a plan to turn the empty bus depot on Quay Road into one hundred and fifty homes and a park after years of delay",
  deck: "Builders are due on the site next spring.",
  body: [
    "The planning committee voted seven to four on Thursday night in favour of the scheme for the depot.",
    "A third of the new homes will be let at social rents, the developer told the meeting.",
  ],
};
const FAEHRE = {
  site: "Schwäbischer Bote",
  tab: "Letzter Fährmann am Bodensee hört auf",
  printed: "Der letzte Fährmann",
  deck: "Seit vierzig Jahren bringt Karl Huber Gäste über den See.",
  body: [
    "Jeden Morgen um sieben Uhr löst Karl Huber sein Boot vom Steg.",
    "Er hat Schulkinder, Wanderer und Radfahrer über das Wasser gebracht.",
  ],
};

/** A copied page: the tab line, the site's name, its menu, what stands over the byline, the byline, date and body. */
function tabPage(story: typeof KEEPER, header: readonly string[], bar = "|"): string {
  return page(
    `${story.tab} ${bar} ${story.site}`,
    story.site,
    MENU,
    ...header,
    "By Ann Pryce",
    "June 1, 2025",
    ...story.body,
    FOOT(story.site),
  );
}

describe("round hl109: the printed title over a tab line's search title", () => {
  it("takes a short printed title over its deck, under a kicker, and the deck as the description", () => {
    const article = fromText(tabPage(KEEPER, ["Features", KEEPER.printed, KEEPER.deck], "-"));
    expect(article.headline).toBe(KEEPER.printed);
    expect(article.description).toBe(KEEPER.deck);
    expect(article.body?.[0]).toMatchObject({ type: "paragraph", text: KEEPER.body[0] });
  });

  it("takes a long printed title over its deck, and one right over the byline", () => {
    expect(fromText(tabPage(DEPOT, ["Planning", DEPOT.printed, DEPOT.deck])).headline).toBe(DEPOT.printed);
    expect(fromText(tabPage(DEPOT, [DEPOT.printed])).headline).toBe(DEPOT.printed);
  });

  it("reads an inflected word as the tab's own (letzter, letzte)", () => {
    const menu = "Startseite\tNachrichten\tSport\tWirtschaft\tKultur";
    const meta = "Von Eva Berg\n1. Juni 2025";
    const text = page(
      `${FAEHRE.tab} | ${FAEHRE.site}`,
      FAEHRE.site,
      menu,
      "Porträt",
      FAEHRE.printed,
      FAEHRE.deck,
      meta,
      ...FAEHRE.body,
      `© 2025 ${FAEHRE.site}. Alle Rechte vorbehalten.`,
    );
    expect(fromText(text).headline).toBe(FAEHRE.printed);
  });

  it("keeps the tab's title where the page prints none: a deck, or a kicker in capitals", () => {
    for (const header of [[KEEPER.deck], ["LIGHTHOUSE KEEPER RETIRES"]])
      expect(fromText(tabPage(KEEPER, header)).headline, header[0]).toBe(KEEPER.tab);
  });

  it("takes the printed title set apart over the date under a tab line in title case with a word more, not packed", () => {
    const tab = "Tolworth Harbour Ferry Back Again - Kelby Evening Post";
    const printed = "Tolworth harbour ferry back";
    const lead = "The ferry between Kelby and Tolworth sails again from Monday after three months of repairs.";
    const blocks = [tab, "Home\tNews\tSport", printed, "14 March 2026", lead, KEEPER.body[1]!, "© 2026 Kelby Evening Post"];
    expect(fromText(blocks.join("\n\n")).headline).toBe(printed);
    expect(fromText(blocks.join("\n")).headline).toBe("Tolworth Harbour Ferry Back Again");
  });

  it("keeps the printed title that the tab line repeats", () => {
    const same = { ...KEEPER, tab: "The lighthouse keeper retires after forty years" };
    expect(fromText(tabPage(same, [same.tab, KEEPER.deck])).headline).toBe(same.tab);
  });
  it("keeps the tab's title under two lines of a title's form: a title over its subtitle retelling the tab (review)", () => {
    const subtitle = "Forty years aloft";
    expect(fromText(tabPage(KEEPER, [KEEPER.printed, subtitle, KEEPER.deck])).headline).toBe(KEEPER.tab);
    expect(fromText(tabPage(KEEPER, ["Harbour walls and ferries", subtitle, KEEPER.deck])).headline).toBe(KEEPER.tab);
    // A one-word kicker over it is no title's form: the subtitle's slot holds the printed title.
    expect(fromText(tabPage(KEEPER, ["Features", subtitle, KEEPER.deck])).headline).toBe(subtitle);
  });

  it("keeps the tab's title over a long pull quote, a long caption or a long labelled teaser (review)", () => {
    const long = [
      "“I have climbed these stairs every single night for forty years and never once thought of leaving the lighthouse until the doctor spoke”",
      "Tom Reade, the lighthouse keeper, stands on the gallery of the tower where he has lit the lamp every night for forty years, last week",
      "See also: the lighthouse keeper's cottage on the point goes to auction next month after forty years in the hands of the trust that owns it",
    ];
    for (const line of long) expect(fromText(tabPage(KEEPER, ["Features", line, KEEPER.deck])).headline, line).toBe(KEEPER.tab);
  });
});
