import { describe, expect, it } from "vitest";
import { fromText } from "../index.js";

// Invented pages around three forms a header glues to its title: a read-on teaser with its label on the line over it, the
// site's name after a separator, a live badge before it. Every page, name and place here is made up.

const BODY = [
  "The harbour board confirmed on Tuesday that repairs to the east wall will begin in April and last most of the summer.",
  "Fishing crews said they had been asking for the work since the winter storms of 2023 opened cracks along the quay.",
  "The board said the cost would be shared with the county council and that the slipway would stay open throughout.",
];
const DECK = "Work on the damaged quay will start in April and cost the port and the county £2.4m between them.";
const TITLE = "Harbour board sets date for east wall repairs";

/** A page: the masthead, a menu, the lines given (title, deck…), a byline and date, the story and a footer. */
function page(header: readonly string[], { site = "Coastline Daily", notice = true } = {}): string {
  const footer = ["Share", notice ? `© 2025 ${site}. All rights reserved.` : "About us"];
  return [site, "Home\tNews\tSport\tBusiness", ...header, "By Nina Hollis\n12 March 2025", ...BODY, ...footer].join("\n\n");
}

describe("a teaser glued to its read-on label over the title", () => {
  it.each([
    ["Read next: Lifeboat crew rescues two kayakers off the point"],
    ["Related: Fish market moves to the old station"],
    ["Lire aussi : La criée déménage à l'ancienne gare"],
    ["Leggi anche: Il mercato del pesce cambia sede"],
    // No colon: the label's case parts it from the title.
    ["READ MORE Lifeboat crew rescues two kayakers off the point"],
    ["Read next Lifeboat crew rescues two kayakers off the point"],
    ["LIRE AUSSI La criée déménage dans l'ancienne gare"],
    ["Leggi anche Il mercato del pesce cambia sede in primavera"],
    ["LEES OOK Vismarkt verhuist in het voorjaar naar het station"],
  ])("is no headline over the title and its deck (%s)", (teaser) => {
    const article = fromText(page([teaser, TITLE, DECK]));
    expect(article.headline).toBe(TITLE);
    expect(article.description).toBe(DECK);
  });

  it.each([
    [
      "See also Mars tonight as the planet comes closest to the harbour",
      "Look low in the east, where Mars will shine a steady orange until dawn.",
    ],
    [
      "Read more Austen this summer, the harbour library tells its members",
      "Members who borrow Austen before July will get a reading guide as well.",
    ],
  ])("leaves a headline whose prompt opens on a name the story prints inside a sentence whole (%s)", (title, line) => {
    // The subtitle has no full stop, so it reads as a title too: only the name tells the prompt from a teaser's label.
    const subtitle = "Astronomers at the harbour club say it will be at its brightest just after midnight";
    const text = [
      "Coastline Daily",
      "Home\tNews\tSport\tBusiness",
      title,
      subtitle,
      "By Nina Hollis\n12 March 2025",
      BODY[0],
      line,
      BODY[1],
      "Share",
    ];
    expect(fromText(text.join("\n\n")).headline).toBe(title);
  });

  it.each([["Budget: what changes for families in the harbour towns"], ["Next year's harbour budget will be tight, chair warns"]])(
    "leaves a headline with a colon or opening with Next whole (%s)",
    (title) => {
      const article = fromText(page([title, DECK]));
      expect(article.headline).toBe(title);
      expect(article.description).toBe(DECK);
    },
  );
});

describe("the site's name after a separator on the printed title", () => {
  it("is cut when the footer's notice names the site", () => {
    expect(fromText(page([`${TITLE} - Coastline Daily`])).headline).toBe(TITLE);
  });

  it("is cut when the masthead over the title prints the name alone", () => {
    expect(fromText(page([`${TITLE} - Coastline Daily`], { notice: false })).headline).toBe(TITLE);
  });

  it("is cut when the tab's title over it ends with the name", () => {
    const text = page([`${TITLE} - Bay Reporter`], { site: "Harbour Notes", notice: false });
    expect(fromText(`East wall repairs from April | Bay Reporter\n\n${text}`).headline).toBe(TITLE);
  });

  it.each([
    ["Brexit - The Facts", "The Facts"],
    ["Rome - A City of Ruins", "Wander Weekly"],
    ["The harbour wall - a history in stones", "Coastline Daily"],
  ])("leaves a title whose tail nothing else names as the site whole (%s)", (title, site) => {
    expect(fromText(page([title], { site })).headline).toBe(title);
  });

  it("leaves a tail whole where the tab prints the same title again", () => {
    const title = "The harbour wall through the ages - A History in Stones";
    expect(fromText(`${title}\n\n${page([title], { notice: false })}`).headline).toBe(title);
  });

  it.each([
    ["'The east wall will be ready by May' - Ada Quayle", "Ada Quayle"],
    ["„Wir bauen die Mauer wieder auf“ - Olaf Brenning", "Olaf Brenning"],
  ])("leaves the speaker after a quotation whole, though a tag over it prints the name (%s)", (title, tag) => {
    expect(fromText(page([tag, title, DECK])).headline).toBe(title);
  });

  it("leaves a tag in lower case after the dash whole, though a menu prints the same word alone", () => {
    const title = "Storm latest: the coast road is closed at the harbour – live";
    expect(fromText(page(["live", title, DECK])).headline).toBe(title);
  });

  it("leaves a tail that a section's heading over the title ends with", () => {
    const title = "Recount under way after a six-vote margin in the harbour ward – live";
    expect(fromText(page(["Politics live", title])).headline).toBe(title);
  });
});

describe("a live badge glued before the title", () => {
  it.each([
    ["LIVE Storm closes the coast road as gales hit the harbour", "Storm closes the coast road as gales hit the harbour"],
    [
      "EN DIRECT - Tempête : la route côtière fermée, la digue sous surveillance",
      "Tempête : la route côtière fermée, la digue sous surveillance",
    ],
    ["EN VIVO: El temporal cierra la carretera de la costa", "El temporal cierra la carretera de la costa"],
  ])("is cut (%s)", (line, title) => {
    expect(fromText(page([line, DECK])).headline).toBe(title);
  });

  it.each([
    ["LIVE MUSIC RETURNS TO THE HARBOUR FRONT"],
    ["Live: storm closes the coast road as gales hit"],
    ["LIVE Harbour Cam"],
    // A longer badge or phrase in capitals, and a compound glued with a hyphen.
    ["LIVE UPDATES Storm closes the coast road as gales hit"],
    ["EN VIVO Y EN DIRECTO: la gira del puerto llega a la costa"],
    ["LIVE-Ticker: Sturm sperrt die Küstenstraße am Hafen"],
  ])("stays where it may be the title's own word (%s)", (title) => {
    expect(fromText(page([title, DECK])).headline).toBe(title);
  });

  /** A page whose story's second paragraph is `line`, under a title opening with a badge's words. */
  function namingPage(title: string, line: string, body: readonly string[] = BODY): string {
    return ["Coastline Daily", "Home\tNews\tSport\tBusiness", title, "By Nina Hollis\n12 March 2025", body[0], line, body[1], "Share"].join(
      "\n\n",
    );
  }

  /** Stories in the title's language: only a story's prose is read for the name (`printsAsName`). */
  const TURKISH_BODY = [
    "Liman yönetimi salı günü yaptığı açıklamada doğu rıhtımındaki onarımların nisan ayında başlayacağını bildirdi.",
    "Balıkçılar, kış fırtınalarının rıhtımda açtığı çatlaklar için yıllardır onarım istediklerini söyledi.",
  ];
  const POLISH_BODY = [
    "Zarząd portu poinformował we wtorek, że remont wschodniego nabrzeża rozpocznie się w kwietniu i potrwa całe lato.",
    "Rybacy mówią, że od zimowych sztormów, które popękały nabrzeże, czekali na te prace od dwóch lat.",
  ];

  it.each([
    [
      "LIVE Aid at 40: the concert that changed charity forever",
      "Forty years ago, Live Aid filled two stadiums and raised millions.",
      BODY,
    ],
    [
      "CANLI Müzik Gecesi bu yıl limanda yapılacak",
      "Her yaz düzenlenen Canlı Müzik Gecesi bu yıl ilk kez limanda yapılacak.",
      TURKISH_BODY,
    ],
    ["NA ŻYWO Festiwal wraca do portu po dwóch latach", "Na Żywo Festiwal przez lata przyciągał tłumy do starego portu.", POLISH_BODY],
  ])("stays where the story prints its words as a name's (%s)", (title, line, body) => {
    expect(fromText(namingPage(title, line, body)).headline).toBe(title);
  });

  it.each([
    [
      "LIVE Arsenal v Chelsea: team news from the Emirates",
      "Arsenal v Chelsea: team news from the Emirates",
      "Fans can watch live Arsenal v Chelsea on the club's own channel this afternoon.",
    ],
    [
      "AO VIVO Flamengo x Palmeiras: acompanhe o jogo",
      "Flamengo x Palmeiras: acompanhe o jogo",
      "Assista ao vivo Flamengo x Palmeiras com os melhores lances da partida.",
    ],
    // A list of links sets every word with a capital: no name's case.
    [
      "LIVE Football: the latest scores from every ground",
      "Football: the latest scores from every ground",
      "Live Football Scores\tLive Cricket\tLive Tennis",
    ],
  ])("is cut where the story prints its words in lower case or a list of links prints them (%s)", (line, title, storyLine) => {
    expect(fromText(namingPage(line, storyLine)).headline).toBe(title);
  });
});
