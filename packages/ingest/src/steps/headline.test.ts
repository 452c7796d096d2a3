import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { assemble } from "./assemble.js";
import { classifyLine } from "./classify.js";
import { findHeader, type Header } from "./find-header.js";
import { findRegion } from "./find-region.js";
import {
  bestPossibleScore,
  HEADLINE_WEIGHTS,
  headlineCeiling,
  headlineScore,
  headlineText,
  isRepeated,
  isSectionMenu,
  isTitleLike,
  readsAsFurniture,
} from "./headline.js";
import { languageFromTag } from "./language.js";
import { segment } from "./segment.js";
import { ZH_FERRY_STORY } from "./_stories.test-helpers.js";

const english = languageFromTag("en");
const paragraph =
  "The island's only ferry returned to service on Monday after three months of repairs at the mainland yard, and the first crossing sailed full.";
const more =
  "Residents had relied on a chartered boat that sailed twice a week, and shopkeepers said trade had fallen by a third while the ferry was away.";
const last = "The council said the daily timetable would be restored from next month, with an extra evening sailing on Fridays.";
/** The story's three paragraphs, parted by blank lines, as they stand under every header of these tests. */
const story = [paragraph, "", more, "", last];
/** The same story's three paragraphs in German, for the rules whose words are German. */
const germanStory = [
  "Die einzige Fähre der Insel ist am Montag nach drei Monaten in der Werft auf dem Festland wieder in Dienst gegangen, und die erste Überfahrt war voll.",
  "",
  "Die Bewohner mussten sich auf ein gechartertes Boot verlassen, das zweimal in der Woche fuhr, und die Läden sagen, dass der Umsatz um ein Drittel gefallen ist.",
  "",
  "Der Gemeinderat sagte, dass der tägliche Fahrplan ab dem nächsten Monat wieder gilt, mit einer zusätzlichen Abendfahrt am Freitag.",
];
/** A French story of three paragraphs (on reading the tide tables), for the rules whose words are French. */
const frenchStory = [
  "Le tableau des marées donne pour chaque jour les heures de la pleine mer et de la basse mer, avec la hauteur de l'eau au port.",
  "",
  "Il faut le lire avec le coefficient du jour, car une marée de vives-eaux découvre des rochers que l'on ne voit jamais autrement.",
  "",
  "Les capitaineries affichent le tableau de la semaine à l'entrée du port, et les pêcheurs le consultent avant chaque sortie.",
];

/** The header found on a page given as its lines, with the classified lines it was found in. */
function headerOf(page: readonly string[], language = english) {
  const lines = segment(page.join("\n")).map((line) => classifyLine(line, language));
  return { ...findHeader(lines, findRegion(lines).start, language.unspaced), lines };
}

/** The header found on a page in German or French: the header's lines, a blank line, then the story in that language. */
function headerOver(header: readonly string[], tag: "de" | "fr") {
  return headerOf([...header, "", ...(tag === "de" ? germanStory : frenchStory)], languageFromTag(tag));
}

/** The header found on a page whose body region is taken to start at the line holding `regionText`, as a misplaced region would. */
function headerFromRegionAt(page: readonly string[], regionText: string, language = english) {
  const lines = segment(page.join("\n")).map((line) => classifyLine(line, language));
  return findHeader(
    lines,
    lines.findIndex((line) => line.text === regionText),
    language.unspaced,
  );
}

describe("headline text", () => {
  it("cuts a breadcrumb trail glued before the title, with or without spaces", () => {
    expect(headlineText("Blog / Island ferry back in service after repairs")).toBe("Island ferry back in service after repairs");
    expect(headlineText("News›Harbour›Island ferry back in service after repairs")).toBe("Island ferry back in service after repairs");
    expect(headlineText("Newsroom/Island life/Island ferry back in service after repairs")).toBe(
      "Island ferry back in service after repairs",
    );
  });

  it("cuts a date or a title bar's section or site name glued after the title", () => {
    expect(headlineText("Island ferry back in service after repairs / Dec 2025")).toBe("Island ferry back in service after repairs");
    expect(headlineText("Island ferry back in service after repairs | Opinion")).toBe("Island ferry back in service after repairs");
    expect(headlineText("Island ferry back in service after repairs – Harbour Times")).toBe("Island ferry back in service after repairs");
  });

  it("cuts a wiki's or a documentation page's heading link mark after the title, on a page too", () => {
    expect(headlineText("Island ferry back in service after repairs¶")).toBe("Island ferry back in service after repairs");
    expect(headlineText("Island ferry back in service after repairs [edit]")).toBe("Island ferry back in service after repairs");
    // A mark inside the title, or a hash that may end a name ("C#"), stays.
    expect(headlineText("Why ¶ marks a paragraph in proofs")).toBe("Why ¶ marks a paragraph in proofs");
    expect(headlineText("Learning C#")).toBe("Learning C#");
    const story = "The island ferry is back in service after three weeks of repairs to its engine and the landing ramp at the quay.";
    const page = [
      "Island ferry back in service after repairs¶",
      "",
      "4 March 2025",
      "",
      story,
      "",
      story,
      "",
      "Timetable¶",
      "",
      story,
    ].join("\n");
    const article = fromText(page);
    expect(article.headline).toBe("Island ferry back in service after repairs");
    expect(article.body.filter((block) => block.type === "heading")).toEqual([{ type: "heading", text: "Timetable", level: 2 }]);
  });

  it("keeps a heading link mark that stands alone, and cuts a run of marks in one go", () => {
    // Cut, a mark alone would leave no headline: the page read as an article before the cut, and still does.
    expect(headlineText("¶")).toBe("¶");
    expect(headlineText("[edit]")).toBe("[edit]");
    expect(headlineText("# ¶")).toBe("¶");
    const story =
      "Die Inselfähre fährt nach drei Wochen Reparatur an Motor und Rampe wieder, wie der Betreiber am Dienstag mitteilte, und die Fahrgäste sind froh.";
    expect(fromText(["¶", "", story, "", story, "", story].join("\n")).headline).toBe("¶");
    // Both marks, and a run of them: no recursion per mark (a line of 100,000 "¶"s overflowed the stack).
    expect(headlineText("Inselfähre wieder in Betrieb ¶ [edit]")).toBe("Inselfähre wieder in Betrieb");
    expect(headlineText(`Inselfähre wieder in Betrieb${"¶".repeat(100_000)}`)).toBe("Inselfähre wieder in Betrieb");
    expect(headlineText("¶".repeat(100_000))).toBe("¶".repeat(100_000));
  });

  it("cuts every run of a Markdown heading's marks in one search, and keeps a hash that opens a word", () => {
    expect(headlineText("## Island ferry back in service")).toBe("Island ferry back in service");
    expect(headlineText("# # Island ferry back in service")).toBe("Island ferry back in service");
    expect(headlineText("#LibraryDay at the island school")).toBe("#LibraryDay at the island school");
    expect(headlineText("####### Seven marks make no heading")).toBe("####### Seven marks make no heading");
    expect(headlineText("# ")).toBe("# ");
    // A line of 50,000 runs overflowed the stack with a call for each.
    expect(headlineText(`${"# ".repeat(50_000)}Island ferry`)).toBe("Island ferry");
  });

  it("leaves a title alone when what follows a separator is part of it", () => {
    expect(headlineText("Tide Clock 2 - The Winter Edition")).toBe("Tide Clock 2 - The Winter Edition");
    expect(headlineText("Ferry Log – The Winter Edition")).toBe("Ferry Log – The Winter Edition");
    expect(headlineText("24/7 ferry service returns to the island")).toBe("24/7 ferry service returns to the island");
    expect(headlineText("Ferry returns and/or the bridge reopens")).toBe("Ferry returns and/or the bridge reopens");
  });
});

describe("headline from the layout", () => {
  it("passes over a video player's notice and a search box's label", () => {
    const header = headerOf([
      "Search for:",
      "Island ferry back in service after repairs",
      "",
      "Media playback is unsupported on your device",
      "",
      ...story,
    ]);
    expect(header.headline).toBe("Island ferry back in service after repairs");
  });

  it("passes over a series' navigation link ending or starting with an arrow", () => {
    for (const link of ["Part 2 of the Island Crossings series Next Story →", "← Part 1 of the Island Crossings series Previous Story"]) {
      const header = headerOf(["Island Crossings", "", link, "", ...story]);
      expect(header.headline).toBe("Island Crossings");
    }
  });

  it("takes the title over a longer deck set under it, and the deck as the standfirst", () => {
    const deck = "Three months at the mainland yard left islanders relying on a chartered boat that sailed twice a week";
    const header = headerOf([
      "Home",
      "Travel",
      "",
      "Island ferry back in service after long repairs",
      "",
      deck,
      "By Ada Fenwick",
      "",
      ...story,
    ]);
    expect(header.headline).toBe("Island ferry back in service after long repairs");
    expect(header.description).toBe(deck);
  });
  it("reads the header from the title's own line when a breadcrumb trail above also holds it", () => {
    const header = headerOf([
      "News › Harbour › Island ferry back in service after repairs",
      "",
      "« Previous | Next »",
      "",
      "13 March 2025",
      "",
      "Island ferry back in service after repairs",
      "",
      ...story,
    ]);
    expect(header.headline).toBe("Island ferry back in service after repairs");
    expect(header.lines[header.bodyStart]!.text).toBe(paragraph);
  });

  it("takes the title the page prints twice over a section's heading nearer the body", () => {
    const contents = ["Contents", "Spring tides", "Neap tides", "Reading the coefficients", "Why the times change every day"];
    const title = "How to read a tide table before you sail";
    expect(headerOf(["Guides", title, title, ...contents, "", ...story]).headline).toBe(title);
    // In a breadcrumb trail's last place too, in French.
    const french = headerOver(
      [
        "Guides",
        "Accueil » Guides » Comment lire un tableau des marées",
        "Comment lire un tableau des marées",
        "Sommaire",
        "Les marées de vives-eaux",
        "Pourquoi les horaires changent chaque jour",
      ],
      "fr",
    );
    expect(french.headline).toBe("Comment lire un tableau des marées");
  });

  it("does not count a menu printed twice as a repeated title", () => {
    const menu = ["Harbour master services", "Ferry timetables and fares", "Moorings and winter storage"];
    const page = [...menu, "Island ferry back in service after repairs", ...menu];
    const lines = segment(page.join("\n")).map((line) => classifyLine(line, english));
    expect(isRepeated("Ferry timetables and fares", 1, lines, 0, lines.length)).toBe(false);
    const copied = segment(
      ["Island ferry back in service after repairs", "Island ferry back in service after repairs", "By Ada Fenwick"].join("\n"),
    ).map((line) => classifyLine(line, english));
    expect(isRepeated("Island ferry back in service after repairs", 1, copied, 0, copied.length)).toBe(true);
  });

  it("passes over an author's name line with degrees, or a list of names, though printed twice over the date", () => {
    const title = "Seven things we learnt at the tide tables meeting";
    for (const names of ["Ada Fenwick, MS, RD", "Ada Fenwick, Bo C. Chen, Karl von Berg"]) {
      const page = ["Sign in", title, "Report", names, names, "Published 4 June 2025", "", ...story];
      expect(headerOf(page).headline).toBe(title);
    }
  });

  it("does not move the headline up to a menu copied as one line without its spaces", () => {
    const title = "Island ferry back in service after three months of repairs at the yard";
    const page = ["24/7 LiveHarbour TownNorth BaySouth CoastIsland Ferries", title, "", ...story];
    expect(headerOf(page).headline).toBe(title);
  });

  it("passes over a call to act or a rating widget standing nearer the body than the headline", () => {
    const title = "Island ferry back in service after repairs";
    for (const control of [
      "Click to order a season ticket online",
      "Get started with tide alerts for your harbour",
      "Rated 4.2 out of 5 by 2,000 sailors",
    ]) {
      expect(headerOf([title, "", "Share this story", control, "", ...story]).headline).toBe(title);
    }
  });

  it("passes over a share bar or a control naming the article, in several languages, set between the title and the body", () => {
    const title = "Island ferry back in service after repairs";
    const deck = "Three months at the yard left islanders relying on a chartered boat";
    const byline = ["By", "Ada Fenwick", "on December 19, 2025"];
    const shareBar = "Share on Facebook Share on Twitter Share on Mastodon";
    expect(headerOf([title, deck, ...byline, shareBar, "", ...story]).headline).toBe(title);
    for (const control of [
      "Partager sur Facebook Partager sur WhatsApp",
      "Condividi su Facebook Condividi su WhatsApp",
      "Follow updates to this story",
      "Recevoir les alertes pour cet article",
      "Benachrichtigungen für diesen Artikel verwalten",
      "Guardar este artículo para leer más tarde",
    ]) {
      expect(headerOf([title, "", control, "", ...story]).headline).toBe(title);
    }
  });

  it("takes a short title over the longer deck packed under it, as newsletter posts set them", () => {
    const deck = "What the ferry's return tells us about the islands we forget to count, and why it matters";
    expect(headerOf(["Subscribe", "The Quiet Harbour Problem", deck, "Ada Fenwick", "Dec 14, 2025", "", ...story]).headline).toBe(
      "The Quiet Harbour Problem",
    );
    const german = headerOver(
      [
        "Anmelden",
        "Die Fähre kommt zurück",
        "Was die Rückkehr der Fähre über die Inseln sagt, die wir beim Zählen gern vergessen, und warum das zählt",
        "Ada Fenwick",
        "14. Dezember 2025",
      ],
      "de",
    );
    expect(german.headline).toBe("Die Fähre kommt zurück");
  });

  it("finds the title under a long trail or posted-on line that ends with it and opens the body region", () => {
    const title = "Island ferry back in service after repairs at the mainland yard";
    for (const trail of [
      `Posted on 20 December 2025 by Ada Fenwick (Harbour Times) - 5 Comments on ${title}`,
      `Newsroom/Island life and travel tips for visitors/${title}`,
    ]) {
      const page = ["Harbour Notes", "New & Just In", "Island Boards", trail, title, "", ...story];
      const header = headerOf(page);
      expect(header.headline).toBe(title);
      expect(header.lines[header.bodyStart]!.text).toBe(paragraph);
    }
  });

  it("keeps a headline about searching, which only a search box's label is marked down for", () => {
    const title = "What Is Sea Search and Rescue (SSR)?";
    expect(headerOf(["Harbour guides", title, title, "Join 3,000 sailors on our list", "", ...story]).headline).toBe(title);
  });

  it("takes the title with its byline under it for the headline, though a box of teasers without bylines is packed above it", () => {
    const title = "Island ferry back in service after repairs";
    const page = [
      "Top Stories",
      "Should the harbour charge for winter moorings?",
      "Lighthouse keepers remember the great storm",
      "Seven walks along the north pier",
      title,
      "By Ada Fenwick",
      "",
      ...story,
    ];
    expect(headerOf(page).headline).toBe(title);
  });

  it("finds the headline under a disclosure that opens the body region, above its author and date", () => {
    const title = "The Ten Best Harbour Ferries for a Winter Crossing";
    const page = [
      "Ferries",
      "Travel",
      "",
      "Some of the offers on this page come from partners who pay us, which may change where and how the offers appear on it.",
      "",
      "We test every ferry we write about ourselves, and our reviewers are never told which of the offers pay us.",
      "Close",
      "Travel",
      title,
      "Ada Fenwick",
      "Updated:",
      "2 January 2025",
      "Edited by: Bo Chen",
      "",
      ...story,
    ];
    expect(headerOf(page).headline).toBe(title);
  });

  it("takes a title over a short deck under it, but not a section's name that the menus print again over a headline", () => {
    const title = "A Lighthouse Keeper's Almanac";
    const deck = "Notes from the longest night of the year";
    const byline = ["18 December 2025", "By Ada Fenwick", "", ...story];
    expect(headerOf(["Harbour", "Travel", title, deck, ...byline]).headline).toBe(title);
    const spanish = headerOf(
      [
        "Puerto",
        "Viajes",
        "El almanaque del farero",
        "Apuntes de la noche más larga del año",
        "18 de diciembre de 2025",
        "Por Ada Fenwick",
        "",
        "El único transbordador de la isla volvió a navegar el lunes tras tres meses de reparaciones en el astillero, y el primer viaje salió lleno.",
        "",
        "Los vecinos dependían de un barco fletado que salía dos veces por semana, y los comerciantes dicen que las ventas cayeron un tercio.",
        "",
        "El ayuntamiento dijo que el horario diario volverá el mes que viene, con una salida más los viernes por la tarde.",
      ],
      languageFromTag("es"),
    );
    expect(spanish.headline).toBe("El almanaque del farero");
    // A kicker is a section's name, printed again in the page's footer; a headline the title bar prints again is no deck.
    const kicker = "Around the Harbour Towns";
    const headline = "Ferry back in service after long repairs";
    const footer = ["", "Sections", "Harbour news", kicker, "Contact us"];
    expect(headerOf(["Home", "Travel", "", kicker, headline, ...byline, ...footer]).headline).toBe(headline);
    expect(headerOf([headline, "Home", "Travel", "", "Island notes and letters", headline, ...byline]).headline).toBe(headline);
  });

  it("takes the title over its deck when a control's button stands between them", () => {
    const title = "Island ferry back in service after three months of repairs at the yard";
    const deck = "Islanders who relied on a chartered boat say the shops lost a third of their trade";
    const body = ["Ada Fenwick", "Published 08:40 3 March 2025", "", ...story];
    expect(headerOf(["Home", "Travel", title, "Read later", deck, ...body]).headline).toBe(title);
    const german = headerOver(
      [
        "Startseite",
        "Die Fähre zur Insel fährt nach drei Monaten in der Werft wieder zum Festland",
        "Lesezeit: 4 Minuten",
        "Die Bewohner verließen sich auf ein gechartertes Boot, und die Läden verloren ein Drittel ihres Umsatzes",
        "Ada Fenwick",
        "19. Dezember 2025",
      ],
      "de",
    );
    expect(german.headline).toBe("Die Fähre zur Insel fährt nach drei Monaten in der Werft wieder zum Festland");
  });

  it("takes a series' title with its part's number over its deck, not for a list of names", () => {
    const body = ["Ada Fenwick", "Dec 19, 2025", "", ...story];
    for (const [title, deck] of [
      ["Old Harbour Charts, Part III", "What the Survey Left Off Its Maps"],
      ["Hafenkarten Alter Zeit, Teil IV", "Was die Vermessung auf den Karten wegließ"],
      ["Cartas Del Puerto Viejo, Parte II", "Lo que el levantamiento dejó fuera"],
    ]) {
      expect(headerOf(["Harbour Notes", "Subscribe", title!, deck!, ...body]).headline).toBe(title);
    }
  });

  it("takes the title under a date that heads the header, as pages printing the date first set it", () => {
    const title = "Harbour school opens its winter sailing courses to adults";
    const body = ["", ...story];
    // A menu and a picture's caption above, then the section's label and the date; the title and the author's name under it.
    const menu = ["Harbour Times", "News", "Opinion", "Young sailors on the quay at the school's open day", "NOTICE"];
    const dated = headerOf([...menu, "December 19, 2025", title, ...body]);
    expect(dated.headline).toBe(title);
    expect(dated.datePublished).toBe("2025-12-19");
    // A deck under it is the standfirst, not a picture's caption.
    const deck = "Three evenings a week on the quay";
    const decked = headerOf([
      "Harbour Times",
      "About",
      "Subscribe",
      "19 September 2025",
      "Sailing",
      "Winter Sailing Classes for Adults",
      deck,
      ...body,
    ]);
    expect(decked).toMatchObject({ headline: "Winter Sailing Classes for Adults", description: deck, datePublished: "2025-09-19" });
    expect(headerOf([...menu, "December 19, 2025", "4 min read", title, "Ada Fenwick", ...body]).headline).toBe(title);
    const french = headerOver(
      [
        "Le Journal du Port",
        "Actualités",
        "De jeunes marins sur le quai lors de la fête de l'école",
        "AVIS",
        "19 décembre 2025",
        "L'école du port ouvre ses cours de voile d'hiver aux adultes",
      ],
      "fr",
    );
    expect(french.headline).toBe("L'école du port ouvre ses cours de voile d'hiver aux adultes");
    // A date under the headline and its author's name belongs to that headline, not to a heading under it.
    const heading = "Why watch the tide tables?";
    expect(headerOf(["Harbour Times", title, "Ada Fenwick", "Follow", "Oct 18, 2025 · 8 min read", heading, ...body]).headline).toBe(title);
  });

  it("takes the title with its byline over a promotion set near the body, though a fact box stands between them", () => {
    const title = "Island ferry back in service after three months of repairs";
    const facts = ["Route", "Quay–Isle", "Length", "14 km", "Crossing", "40 min", "Ferries", "Two", "Fare", "8 euros"];
    const more2 = ["Since", "1952", "Operator", "Harbour Lines", "Timetable", "Daily"];
    const promo = "Try our tide alerts free for a month and never miss a sailing";
    const page = ["Harbour Times", title, "By Ada Fenwick", "December 19, 2025", "Key facts", ...facts, ...more2, promo];
    expect(headerOf([...page, "", ...story]).headline).toBe(title);
    const german = headerOver(
      [
        "Hafenzeitung",
        "Die Fähre zur Insel fährt nach drei Monaten in der Werft wieder",
        "Von Ada Fenwick",
        "19. Dezember 2025",
        "Auf einen Blick",
        ...facts,
        ...more2,
        "Testen Sie unsere Gezeitenwarnungen einen Monat lang kostenlos",
      ],
      "de",
    );
    expect(german.headline).toBe("Die Fähre zur Insel fährt nach drei Monaten in der Werft wieder");
  });

  it("leaves a date under a Japanese headline to that headline, not to a heading under the date", () => {
    const japanese = languageFromTag("ja");
    const title = "島のフェリー、三か月の修理を終えて運航を再開";
    const body = [
      "",
      "島で唯一のフェリーが月曜日、本土の造船所での三か月にわたる修理を終えて運航を再開し、最初の便は満席となった。",
      "",
      "住民は週に二回しか出ないチャーター船に頼っており、商店はフェリーがない間に売り上げが三分の一落ちたと話している。",
      "",
      "町議会は来月から毎日の時刻表に戻し、金曜日には夕方の便を一本増やすと発表した。",
    ];
    expect(
      headerOf(["港町新聞", "ニュース", title, "2025年12月19日", "二隻目のフェリーはなぜ島に必要なのか", ...body], japanese).headline,
    ).toBe(title);
  });

  it("finds the title under a breadcrumb trail printed one crumb to a line, below a disclosure that opens the region", () => {
    const disclosure = [
      "Some of the offers on this page come from partners who pay us, which may change where and how the offers appear on it.",
      "",
      "We test every ferry we write about ourselves, and our reviewers are never told which of the offers pay us.",
      "Close",
    ];
    const header = ["Ada Fenwick", "Updated:", "2 January 2025, 10:15am", "Edited by: Bo Chen", "Contents", ""];
    const title = "Where to Catch the Night Ferry This Winter";
    const page = ["HARBOUR", "FERRIES", "SAVE ON FARES", "", ...disclosure, "Home›", "Guides›", "Ferries", title, ...header];
    expect(headerOf([...page, ...story]).headline).toBe(title);
    const spanish = "Dónde tomar el transbordador nocturno este invierno";
    const crumbs = ["Inicio »", "Guías »", "Transbordadores", spanish];
    expect(headerOf(["NOTICIAS", "VIAJES", "", ...disclosure, ...crumbs, ...header, ...story]).headline).toBe(spanish);
  });

  it("takes the story's header, a title over its byline over prose, when the body region starts apart from it", () => {
    // The region starts in a long menu over the header, further from it than a byline is looked for.
    const title = "Island ferry back in service after repairs";
    const englishMenu = ["Politics", "Business", "Culture", "Sport", "Science", "Travel", "Opinion", "Weather", "Videos", "Podcasts"];
    const page = [
      "Front page",
      "New lighthouse keeper wanted for the island",
      ...englishMenu,
      "",
      title,
      "By Ada Fenwick",
      "December 19, 2025",
    ];
    expect(headerFromRegionAt([...page, "", ...story], englishMenu[0]!).headline).toBe(title);
    // The same in German.
    const germanTitle = "Die Inselfähre fährt nach der Reparatur wieder";
    const menu = ["Politik", "Wirtschaft", "Kultur", "Sport", "Wissen", "Reisen", "Meinung", "Wetter", "Videos", "Podcasts"];
    const byline = ["Von Ada Fenwick", "19. Dezember 2025"];
    const germanPage = [
      "Startseite",
      "Neuer Leuchtturmwärter für die Insel gesucht",
      ...menu,
      "",
      germanTitle,
      ...byline,
      "",
      ...germanStory,
    ];
    expect(headerFromRegionAt(germanPage, menu[0]!, languageFromTag("de")).headline).toBe(germanTitle);
  });
});

describe("headline over a newsletter post's byline block", () => {
  it("takes a short title over its deck of finished sentences, not the author's name over the date", () => {
    const deck = "Ferries as a lifeline. Islands as the test of every timetable.";
    expect(headerOf(["Subscribe", "The Ferry Manifesto", deck, "Ada Fenwick", "Dec 19, 2025", "", ...story]).headline).toBe(
      "The Ferry Manifesto",
    );
    const germanDeck = "Fähren als Lebensader. Inseln als Prüfstein jedes Fahrplans.";
    const german = ["Abonnieren", "Das neue Fähren-Manifest", germanDeck, "Ada Fenwick", "19. Dezember 2025"];
    expect(headerOver(german, "de").headline).toBe("Das neue Fähren-Manifest");
  });
});

describe("the page's date order", () => {
  const page = [
    "Island Gazette",
    "",
    "Island ferry returns to service after three months",
    "By",
    "Ada Lee, Harbour Correspondent, on 04.03.2025",
    "",
    ...story,
  ];
  const headerIn = (order: "day-first" | "month-first") => {
    const lines = segment(page.join("\n")).map((line) => classifyLine(line, english));
    return findHeader(lines, findRegion(lines).start, false, () => order);
  };

  it("reads a byline's numeric date in the page's order, and keeps that order out of the header's data", () => {
    expect(headerIn("day-first").datePublished).toBe("2025-03-04");
    expect(headerIn("month-first").datePublished).toBe("2025-04-03");
    // A function in the header would not survive a copy to a worker or a cache; the header is plain data.
    expect(() => structuredClone(headerIn("day-first"))).not.toThrow();
  });

  it("reads the numeric date of a byline printed over the headline in the page's order", () => {
    const dateFirst = ["Island Gazette", "", "By Ada Lee, Harbour Correspondent, on 04.03.2025", page[2]!, "", ...story];
    const lines = segment(dateFirst.join("\n")).map((line) => classifyLine(line, english));
    const headerIn = (order: "day-first" | "month-first") => findHeader(lines, findRegion(lines).start, false, () => order);
    expect(headerIn("day-first").headline).toBe(page[2]);
    expect(headerIn("day-first").datePublished).toBe("2025-03-04");
    expect(headerIn("month-first").datePublished).toBe("2025-04-03");
  });

  it("reads the numeric date of a byline in the body's first lines in the page's order", () => {
    const lines = segment(["By Ada Lee, Harbour Correspondent, on 04.03.2025", "", ...story].join("\n")).map((line) =>
      classifyLine(line, english),
    );
    const dateIn = (order: "day-first" | "month-first") => {
      const header: Header = { authors: [] };
      assemble(lines, 0, lines.length, header, english, () => order);
      return header.datePublished;
    };
    expect(dateIn("day-first")).toBe("2025-03-04");
    expect(dateIn("month-first")).toBe("2025-04-03");
  });
});

describe("author's name over the date", () => {
  // The post's counters and share button stand between the byline and the story, as newsletter pages print them.
  const counters = ["12", "3", "Share", ""];
  const dates = [
    ["en", "Dec 19, 2025"],
    ["de", "19. Dezember 2025"],
    ["fr", "19 décembre 2025"],
  ] as const;
  const stories = { en: story, de: germanStory, fr: story };

  it("reads a name alone over the date as the byline, not the headline, in several languages", () => {
    for (const [tag, date] of dates) {
      const page = [
        "Subscribe",
        "The Ferry Manifesto",
        "Ferries as a lifeline. Islands as the test of every timetable.",
        "Ada Fenwick",
        date,
      ];
      const header = headerFromRegionAt([...page, ...counters, ...stories[tag]], date, languageFromTag(tag));
      expect(header.headline).toBe("The Ferry Manifesto");
      expect(header.authors).toEqual([{ type: "Person", name: "Ada Fenwick" }]);
    }
  });

  it("keeps a title in title case right over the date as the headline", () => {
    const header = headerFromRegionAt(["News", "The Harbour Manifesto", "Dec 19, 2025", ...counters, ...story], "Dec 19, 2025");
    expect(header.headline).toBe("The Harbour Manifesto");
    expect(header.authors).toEqual([]);
  });

  it("keeps a name over the date as the headline where no title stands above it (an obituary, a profile)", () => {
    const header = headerFromRegionAt(["Obituaries", "Wilma Tarrant", "Dec 19, 2025", ...counters, ...story], "Dec 19, 2025");
    expect(header.headline).toBe("Wilma Tarrant");
    expect(header.authors).toEqual([]);
  });

  it("takes no author from a short title over the date under a section's label", () => {
    const header = headerFromRegionAt(["News", "Island Life", "Dec 19, 2025", ...counters, ...story], "Dec 19, 2025");
    expect(header.authors).toEqual([]);
  });

  it("takes no author from a publication's, a section's or a link's name set as a name over the date, in several languages", () => {
    for (const [tag, line, date] of [
      ["en", "Van Life", "Dec 19, 2025"],
      ["fr", "Le Monde", "19 décembre 2025"],
      ["es", "El Puerto", "19 de diciembre de 2025"],
      ["de", "Die Zeit", "19. Dezember 2025"],
      ["en", "Show All", "Dec 19, 2025"],
      ["en", "View All", "Dec 19, 2025"],
      ["es", "Costa del Sol", "19 de diciembre de 2025"],
    ] as const) {
      const page = [
        "Subscribe",
        "The Ferry Manifesto",
        "Ferries as a lifeline. Islands as the test of every timetable.",
        line,
        date,
        ...counters,
      ];
      const header = headerFromRegionAt([...page, ...(tag === "es" ? story : stories[tag])], date, languageFromTag(tag));
      expect(header.authors, line).toEqual([]);
    }
  });

  it("reads a person's name over the date though its first word also opens a place's or a publication's name, in several languages", () => {
    const names = [
      ["en", "Isla Grant"],
      ["en", "Rio Ward"],
      ["en", "Val Dempsey"],
      ["en", "Van Harper"],
      ["en", "Monte Rivers"],
      ["en", "Sierra Lopez"],
      ["en", "Del Harper"],
      ["en", "Le Thi Hoa"],
      ["en", "La Minh Chau"],
      ["en", "Lo Wing Kei"],
      ["en", "Du Xiaoming"],
      ["en", "El Mahdi Benali"],
      ["fr", "Le Thanh Binh"],
      ["de", "Van Minh Duc"],
    ] as const;
    for (const [tag, name] of names) {
      const date = dates.find(([language]) => language === tag)![1];
      const page = ["Subscribe", "The Ferry Manifesto", "Ferries as a lifeline. Islands as the test of every timetable.", name, date];
      const header = headerFromRegionAt([...page, ...counters, ...stories[tag]], date, languageFromTag(tag));
      expect(header.headline, name).toBe("The Ferry Manifesto");
      expect(header.authors, name).toEqual([{ type: "Person", name }]);
    }
  });

  it("keeps the name over the date as the author of a title it vouched for (lower case, short, with a version's number)", () => {
    for (const [tag, title, name] of [
      ["en", "why i still borrow paper books from the library", "Ada Lee"],
      ["en", "Zoo closes", "Ada Lee"],
      ["en", "Shelfware 2.14.10 released with catalogue fixes", "Ada Lee"],
      ["de", "warum ich noch Bücher aus der Bibliothek leihe", "Jonas Weber"],
      ["fr", "pourquoi j'emprunte encore des livres", "Claire Martin"],
    ] as const) {
      const date = dates.find(([language]) => language === tag)![1];
      const header = headerOf(
        ["Island Gazette", "Home", "News", "Sport", "", title, name, date, "", ...stories[tag]],
        languageFromTag(tag),
      );
      expect(header.headline, title).toBe(title);
      expect(header.authors, title).toEqual([{ type: "Person", name }]);
    }
  });

  it("takes a sentence under the byline for the first paragraph, not a standfirst, though a long heading follows it", () => {
    const heading = "What the islanders did while the ferry was away";
    const page = ["Island ferry back in service after repairs", "By Ada Fenwick", "Dec 19, 2025", "", paragraph, "", heading, "", more];
    const header = headerOf(page);
    expect(header.description).toBeUndefined();
    expect(header.lines[header.bodyStart]?.text).toBe(paragraph);
  });
});

describe("story header apart from the region", () => {
  it("keeps a headline without a byline over teasers with dates and summaries under the story's end", () => {
    const title = "Island ferry back in service after repairs";
    const teaser = (headline: string, summary: string) => [headline, "December 18, 2025", "", summary, ""];
    // A story long enough that the teasers' dates stand further into the region than a byline is looked for.
    const rest = [
      "The yard replaced both engines and the steering gear, work that had been put off for a decade for want of money.",
      "Fares will stay as they were for a year, and islanders keep their discount on the first sailing of the morning.",
      "The operator said a second crew had been trained, so that a sick day would no longer cancel the evening boat.",
      "Schools on the island had moved their exams twice because of the chartered boat's unreliable timetable in autumn.",
      "A relief boat will be kept at the mainland yard next winter, which the council expects to pay for from harbour dues.",
      "Visitors are asked to book cars in advance for the summer months, when the ferry fills days before it sails.",
    ];
    const page = [
      "Home",
      "",
      title,
      "",
      ...story,
      "",
      ...rest.flatMap((line) => [line, ""]),
      "Latest news",
      ...teaser(
        "Harbour festival returns with tall ships",
        "The festival brings twelve tall ships to the harbour this summer, the first visit since the quay was rebuilt two years ago.",
      ),
      ...teaser(
        "Lighthouse keeper wanted for the island",
        "The trust that runs the lighthouse is looking for a keeper who will live on the island all year and guide its visitors.",
      ),
    ];
    expect(headerOf(page).headline).toBe(title);
  });
});

describe("teasers stamped with one byline", () => {
  it("does not take a teaser over the story's own header for the byline stamped under every teaser", () => {
    const check = (stamp: string, teasers: string[], byline: string, title: string, paragraphs: string[], language = english) => {
      const list = teasers.flatMap((teaser) => [teaser, "", stamp, ""]);
      const tagline = "Notes from the harbour and the islands";
      // The region starts at the list's tagline, over summaries of more stories: the header is further down than a byline is looked for.
      const summaries = paragraphs.flatMap((paragraph) => [paragraph, "", "Read more", ""]);
      const page = [...list, tagline, "", ...summaries, "Sign up now", "", title, "", byline, "", ...paragraphs];
      expect(headerFromRegionAt(page, tagline, language).headline).toBe(title);
    };
    check(
      "By The Harbour Desk",
      ["Ferry timetables for the winter months", "How the island school plans its exams", "What the new quay means for fishing boats"],
      "By Ada Fenwick — 5 min read",
      "Island ferry back in service after repairs",
      story.filter((line) => line !== ""),
    );
    check(
      "Von Redaktion Hafenblatt",
      ["Fahrpläne der Fähren für den Winter", "Wie die Inselschule ihre Prüfungen plant", "Was der neue Kai für die Fischer bedeutet"],
      "Von Ada Fenwick",
      "Die Inselfähre fährt nach der Reparatur wieder",
      germanStory.filter((line) => line !== ""),
      languageFromTag("de"),
    );
  });
});

describe("header blocks apart from what stands over them", () => {
  it("keeps the headline under a site's tagline set apart by a blank line, which is no title over a short deck", () => {
    const title = "Island ferry back in service after three months";
    expect(headerOf(["Harbour Gazette", "Notes from the harbour since 1887", "", title, "", ...story]).headline).toBe(title);
    const german = "Die Inselfähre fährt nach drei Monaten wieder";
    expect(headerOver(["Hafenblatt", "Nachrichten von der Küste seit 1887", "", german], "de").headline).toBe(german);
  });

  it("keeps the headline under a packed list of teasers set apart by a blank line, though the last teaser is longer", () => {
    const title = "Island ferry back in service after repairs";
    const teasers = [
      "Most read",
      "Should the harbour charge for winter moorings this year?",
      "Lighthouse keepers remember the night of the great storm",
      "Seven long walks along the north pier and the old quay",
    ];
    expect(headerOf(["Home", "News", "", ...teasers, "", title, "By Ada Fenwick", "4 March 2025", "", ...story]).headline).toBe(title);
    const german = "Inselfähre nach drei Monaten wieder in Betrieb";
    const meistgelesen = [
      "Meistgelesen",
      "Gemeinderat beschließt neue Hafenmauer nach langer Debatte",
      "Fischer melden die beste Saison seit zehn Jahren",
      "Leuchtturmwärter geht nach vierzig Jahren in Rente",
    ];
    expect(headerOver(["Startseite", "", ...meistgelesen, "", german, "Von Anna Keller", "4. März 2025"], "de").headline).toBe(german);
  });

  it("takes no date of a list of teasers, each a title over its date, for the header's, in several languages", () => {
    const title = "Island ferry back in service after repairs";
    const latest = [
      "Latest",
      "Council approves the new harbour wall after a long debate",
      "3 March 2025",
      "Fishing fleet reports its best season in a decade",
      "2 March 2025",
      "Lighthouse keeper retires after forty years",
      "1 March 2025",
    ];
    expect(headerOf(["Home", "News", "", ...latest, "", title, "", ...story]).headline).toBe(title);
    const german = "Die Inselfähre fährt nach der Reparatur wieder";
    const neueste = [
      "Neueste Meldungen",
      "Gemeinderat beschließt die neue Hafenmauer",
      "3. März 2025",
      "Fischer melden die beste Saison seit Jahren",
      "2. März 2025",
      "Leuchtturmwärter geht nach vierzig Jahren",
      "1. März 2025",
    ];
    expect(headerOver(["Startseite", "", ...neueste, "", german], "de").headline).toBe(german);
  });

  it("keeps the headline with its byline packed right under a list of longer teasers, in several languages", () => {
    const title = "Island ferry back in service after repairs";
    const trending = [
      "Trending now",
      "Should the harbour charge for winter moorings this year?",
      "Seven long walks along the north pier and the old quay",
      "Lighthouse keepers remember the night of the great storm",
    ];
    expect(headerOf(["Home", "News", "", ...trending, title, "By Ada Fenwick", "4 March 2025", "", ...story]).headline).toBe(title);
    const french = "Lire le tableau des marées sans erreur";
    const aLaUne = [
      "À la une",
      "Le port fera-t-il payer les mouillages cet hiver ?",
      "Sept promenades le long de la jetée nord et du vieux quai",
      "Les gardiens de phare se souviennent de la grande tempête",
    ];
    expect(headerOver(["Accueil", "", ...aLaUne, french, "Par Claire Martin", "4 mars 2025"], "fr").headline).toBe(french);
  });

  it("takes no teaser's date under a short story's end for the header's, so the headline stays over the story", () => {
    const title = "Island ferry back in service after repairs";
    // One teaser under the story, too few for a list of teasers: its date alone stands where a byline is looked for.
    const teaser = ["More news", "Harbour festival returns with twelve tall ships", "3 March 2025", "", "About us", "Contact"];
    expect(headerOf(["Home", "News", "", title, "", ...story, "", ...teaser]).headline).toBe(title);
  });
});

describe("source and author lines in Chinese, Japanese and Korean", () => {
  it("passes over a source or author line under the headline, which stands nearer the body", () => {
    const title = "岛上渡轮停运三个月后恢复航行";
    const page = (attribution: string) => ["海岛日报", "首页", "新闻", "", title, attribution, "2025-03-04 10:42", "", ...ZH_FERRY_STORY];
    expect(headerOf(page("来源：海岛日报 作者：李明"), languageFromTag("zh")).headline).toBe(title);
    expect(headerOf(page("记者：李明 编辑：王芳"), languageFromTag("zh")).headline).toBe(title);
  });
});

describe("a place's name over a byline", () => {
  it("finds the story's header under a place's name with a lower-case particle, which is no person's name", () => {
    const teasers = ["Harbour wall approved", "Best season yet", "Keeper retires", "Regatta won again", "Bridge tolls rise"];
    for (const place of ["Castillo de San Marcos", "Costa del Sol", "Rio de Janeiro"]) {
      const page = ["Island Gazette", "", "Latest", ...teasers, "", "Share", "Print", "Save", "", place, "By Ada Lee", "", ...story];
      const lines = segment(page.join("\n")).map((line) => classifyLine(line, english));
      const header = findHeader(
        lines,
        lines.findIndex((line) => line.text === "Latest"),
        false,
      );
      // The story's header is searched from its byline: the body starts at the story's first paragraph, not in the teasers.
      expect(header.headline, place).toBe(place);
      expect(lines[header.bodyStart]?.text, place).toBe(paragraph);
      expect(header.authors, place).toEqual([{ type: "Person", name: "Ada Lee" }]);
    }
  });
});

describe("a notice opening the body region over the header", () => {
  it("finds the headline under a site's blurb or a consent notice that the region opens with, in several languages", () => {
    const title = "Island ferry back in service after repairs";
    const blurb =
      "The Harbour Gazette has reported on the northern islands since 1887, and is owned by a trust that keeps it independent of any party.";
    const page = ["Harbour Gazette", "", blurb, "", "Home", "News", "", title, "", ...story];
    const found = headerOf(page);
    expect(found.headline).toBe(title);
    expect(found.lines[found.bodyStart]!.text).toBe(paragraph);
    const consent =
      "Wir verwenden Cookies und ähnliche Technologien, um Informationen auf Ihrem Gerät zu speichern und die Nutzung unserer Seite zu messen. Sie können Ihre Auswahl jederzeit ändern.";
    const german = "Die Inselfähre fährt nach der Reparatur wieder";
    expect(headerOver([consent, "", "Alle akzeptieren", "Ablehnen", "", "Hafenblatt", "Startseite", "", german], "de").headline).toBe(
      german,
    );
  });

  it("keeps a headline above the region over a title that stands under the first paragraph and a few buttons", () => {
    const title = "Island ferry back in service after repairs";
    const page = ["Home", "", title, "", paragraph, "", "Listen", "Share", "", "What the repairs cost the island", "", more, "", last];
    expect(headerFromRegionAt(page, paragraph).headline).toBe(title);
  });
});

describe("the notice rule's guards", () => {
  const shortTitle = "Ferry is back";
  const subHeading = "What the repairs cost the island";
  const fourth =
    "Engineers found corrosion in the hull plates below the waterline, which took longer to replace than the yard had first estimated.";

  it("reads no notice where the region opens with buttons rather than prose", () => {
    // A region that starts at a button holds no notice: the title under it is not searched from.
    const page = ["Home", "", shortTitle, "", "Share", "", subHeading, "", paragraph, "", more, "", last];
    expect(headerFromRegionAt(page, "Share").headline).toBe(shortTitle);
  });

  it("reads no notice in three paragraphs of story, though buttons and a title follow them", () => {
    const page = ["Home", "", shortTitle, "", paragraph, "", more, "", last, "", "Share", "Listen", "", subHeading, "", fourth, "", more];
    const found = headerOf(page);
    expect(found.headline).toBe(shortTitle);
    expect(found.lines[found.bodyStart]!.text).toBe(paragraph);
  });

  it("reads no notice over a title packed right under the first paragraph, with no buttons between: a sub-heading", () => {
    expect(headerOf(["Home", "", shortTitle, "", paragraph, "", subHeading, "", more, "", last, "", fourth]).headline).toBe(shortTitle);
  });

  it("reads no notice under a title of a headline's length above the region: a lede, captions, then a sub-heading", () => {
    const title = "Island ferry back in service after repairs";
    const captions = [
      "The ferry at the quay (Photo: Bo Chen)",
      "",
      "The yard from the water (Photo: Bo Chen)",
      "",
      "Crew on deck (Photo: Cy Ward)",
    ];
    const page = [
      "Home",
      "",
      title,
      "",
      paragraph,
      "",
      ...captions,
      "",
      "Tickets at the kiosk (Photo: Cy Ward)",
      "",
      subHeading,
      "",
      more,
      "",
      last,
    ];
    expect(headerOf(page).headline).toBe(title);
  });
});

describe("a lone lede over the first sub-heading", () => {
  it("takes the title over the lede for the headline, not the sub-heading under the lede and its buttons, in several languages", () => {
    const title = "Island ferry back in service after repairs";
    const page = ["Home", "", title, "", paragraph, "", "Listen", "Share", "", "What the repairs cost the island", "", more, "", last];
    const found = headerOf(page);
    expect(found.headline).toBe(title);
    expect(found.lines[found.bodyStart]!.text).toBe(paragraph);
    const [lede, , second, , third] = frenchStory;
    const french = "Lire le tableau des marées sans se tromper";
    const page2 = ["Accueil", "", french, "", lede!, "", "Partager", "", "Le coefficient du jour", "", second!, "", third!];
    expect(headerOf(page2, languageFromTag("fr")).headline).toBe(french);
  });

  it("keeps a sub-heading-like title with its byline under a lone paragraph, as a promotion over a header stands", () => {
    const title = "What the repairs cost the island";
    const page = [
      "Home",
      "",
      "Island ferry back in service after repairs",
      "",
      paragraph,
      "",
      "Share",
      "",
      title,
      "By Ada Fenwick",
      "",
      more,
      "",
      last,
    ];
    expect(headerOf(page).headline).toBe(title);
  });

  it("does not move up over three paragraphs or more: a site's blurb under its own title is no lone lede", () => {
    const title = "Island ferry back in service after repairs";
    const blurb = [
      "The Harbour Gazette has reported on the northern islands since 1887, from the ferry timetables to the council's votes.",
      "",
      "It is owned by a trust that keeps it independent of any party, and its reporters live on the islands they write about.",
      "",
      "Readers fund most of its work, and every story on this site is free to read, to share and to print for a classroom.",
    ];
    const page = ["About the Harbour Gazette and its readers", "", ...blurb, "", "Share", "", title, "", paragraph, "", more, "", last];
    expect(headerFromRegionAt(page, paragraph).headline).toBe(title);
  });

  it("does not move up to a line of page furniture over the lede", () => {
    const subHeading = "What the repairs cost the island";
    const page = ["LATEST NEWS FROM THE ISLANDS", "", paragraph, "", "Share", "", subHeading, "", more, "", last];
    expect(headerFromRegionAt(page, more).headline).toBe(subHeading);
  });

  it("does not move up from a title the page prints twice, its own mark of the headline", () => {
    const title = "Island ferry back in service after repairs";
    const blurb = "The Harbour Gazette has reported on the northern islands since 1887, from the ferry timetables to the council's votes.";
    const page = [
      title,
      "",
      "Home",
      "",
      "About the Harbour Gazette and its readers",
      "",
      blurb,
      "",
      "Share",
      "",
      title,
      "",
      paragraph,
      "",
      more,
    ];
    expect(headerFromRegionAt(page, paragraph).headline).toBe(title);
  });
});

describe("a title set in lower case", () => {
  it("takes a lower-case title with its date right under it, in several languages", () => {
    const title = "how we rebuilt the island ferry in three months";
    expect(headerOf(["Harbour Notes", "About", "Archive", "", title, "March 4, 2025", "", ...story]).headline).toBe(title);
    const spanish = "cómo reconstruimos el transbordador de la isla";
    const page = [
      "Notas del Puerto",
      "",
      spanish,
      "4 de marzo de 2025",
      "",
      "El único transbordador de la isla volvió a navegar el lunes tras tres meses de reparaciones en el astillero, y el primer viaje salió lleno.",
      "",
      "Los vecinos dependían de un barco fletado que salía dos veces por semana, y los comerciantes dicen que las ventas cayeron un tercio.",
    ];
    expect(headerOf(page, languageFromTag("es")).headline).toBe(spanish);
  });

  it("does not take a lower-case line without a byline or date under it, though it stands nearer the body", () => {
    const title = "Island ferry back in service after repairs";
    expect(headerOf(["Harbour Notes", "", title, "", "filed under harbour news and island life", "", ...story]).headline).toBe(title);
  });
});

describe("a title right over its byline or date", () => {
  it("keeps a headline holding a control's word, with its byline right under it, in several languages", () => {
    const title = "The menu at the harbour café changes with the tide";
    expect(headerOf(["Harbour Gazette", "Home", "News", "", title, "By Ada Fenwick", "4 March 2025", "", ...story]).headline).toBe(title);
    const german = "Die Suche nach dem alten Anker der Inselfähre geht weiter";
    expect(headerOver(["Inselbote", "Startseite", "", german, "Von Anna Keller", "4. März 2025"], "de").headline).toBe(german);
  });

  it("keeps a headline holding a job title's word, longer than an author's line, with its date right under it", () => {
    const title = "Letter to the editor: bring back the Friday ferry";
    expect(headerOf(["Harbour Gazette", "Home", "News", "", title, "4 March 2025", "", ...story]).headline).toBe(title);
    // An author's line with a job title, over the date, is still no title.
    const headline = "Island ferry back in service after repairs";
    const page = [
      "Harbour Gazette",
      "",
      headline,
      "Ada Fenwick",
      "",
      "Transport correspondent for the Gazette",
      "4 March 2025",
      "",
      ...story,
    ];
    expect(headerOf(page).headline).toBe(headline);
  });

  it("keeps a headline holding a date, with its byline right under it", () => {
    const title = "The storm of 4 March 2025: what we know so far";
    expect(headerOf(["Harbour Gazette", "Home", "News", "", title, "By Ada Fenwick", "", ...story]).headline).toBe(title);
  });
});

describe("the headline score's bounds, which let the header search skip lines", () => {
  // Lines of every shape the features read: lengths, chrome words, names, full stops, two sentences, crumbs, capitals.
  const texts = [
    "Ferry back in service",
    "Island ferry returns to service after three months of repairs at the yard",
    "Menu",
    "Ada Lee",
    "The ferry is back. Islanders cheered.",
    "Home › News › Island ferry returns",
    "ISLAND FERRY RETURNS TO SERVICE",
    "why i finally moved to the coast",
    "Watch: the ferry sails again into the harbour at dawn on Monday",
    paragraph,
  ];
  const flags = [false, true];

  it("never scores a line above its ceiling, nor a ceiling above the best possible score at its distance", () => {
    for (const text of texts) {
      const line = classifyLine(segment(text)[0]!, english);
      for (const distance of [0, 3, 12])
        for (const bylineOrDateBelow of flags)
          for (const bylineOrDateAbove of flags)
            for (const namedByLead of flags)
              for (const repeated of flags)
                for (const bylineOrDateUnder of flags) {
                  const features = { distance, bylineOrDateBelow, bylineOrDateAbove, namedByLead, repeated, bylineOrDateUnder };
                  const ceiling = headlineCeiling(features);
                  expect(headlineScore(line, features, false), text).toBeLessThanOrEqual(ceiling);
                  expect(ceiling).toBeLessThanOrEqual(bestPossibleScore(distance));
                }
    }
  });
});

describe("a text dump's bracketed link menu over the title", () => {
  it("takes the title under a menu of bracketed links, not the menu, in several languages", () => {
    const title = "Old library on Mill Street to reopen after storm repairs";
    for (const menu of ["[1]Home [2]News [3]Sport [4]Culture", "[Home] [News] [Sport] [Culture]"]) {
      expect(headerOf([menu, "", title, "", "By Ada Lee", "4 March 2025", "", ...story]).headline, menu).toBe(title);
      expect(headerOf([menu, "", title, "", ...story]).headline, menu).toBe(title);
    }
    const german = "Die alte Bibliothek in der Mühlenstraße öffnet nach dem Sturm wieder";
    expect(headerOver(["[1]Startseite [2]Nachrichten [3]Sport [4]Kultur", "", german, "", "Von Jonas Weber"], "de").headline).toBe(german);
    const french = "La vieille bibliothèque de la rue du Moulin rouvre après la tempête";
    expect(headerOver(["{Accueil} {Actualités} {Sport} {Culture}", "", french, "", "Par Claire Martin"], "fr").headline).toBe(french);
  });
});

describe("a label between a short headline and its byline", () => {
  it("keeps a label of a few words in sentence case out of the standfirst, in several languages", () => {
    const title = "Mill Street library reopens";
    for (const label of ["Photo essay", "Live updates", "Long read"]) {
      const header = headerOf(["Island Gazette", "Home", "News", "", title, label, "By Ada Lee", "4 March 2025", "", ...story]);
      expect(header.headline, label).toBe(title);
      expect(header.description, label).toBeUndefined();
      expect(header.authors, label).toEqual([{ type: "Person", name: "Ada Lee" }]);
    }
    const german = headerOver(
      ["Hafenblatt", "Startseite", "", "Bibliothek öffnet wieder neu", "Gastbeitrag von außen", "Von Jonas Weber"],
      "de",
    );
    expect(german.headline).toBe("Bibliothek öffnet wieder neu");
    expect(german.description).toBeUndefined();
    for (const label of ["Point de vue", "En images"]) {
      const french = headerOver(["La Gazette", "Accueil", "", "La bibliothèque rouvre enfin", label, "Par Claire Martin"], "fr");
      expect(french.headline, label).toBe("La bibliothèque rouvre enfin");
      expect(french.description, label).toBeUndefined();
    }
  });
});

describe("a version's number in a title", () => {
  it("keeps a release note's title holding a version's number, which is no date, in several languages", () => {
    const title = "Node 20.11.10 brings faster startup";
    expect(headerOf(["Release notes", "", title, "", ...story]).headline).toBe(title);
    const other = "Shelfware 2.14.10 released with catalogue fixes";
    expect(headerOf(["Release notes", "", other, "", ...story]).headline).toBe(other);
    const german = "Shelfware 3.12.11 bringt schnellere Suche";
    expect(headerOver(["Versionshinweise", "", german], "de").headline).toBe(german);
    const french = "Shelfware 2.14.10 corrige enfin le catalogue";
    expect(headerOver(["Notes de version", "", french], "fr").headline).toBe(french);
    const calendar = "Shelfware 3.45.2024 ships a faster catalogue";
    expect(headerOf(["Release notes", "", calendar, "", ...story]).headline).toBe(calendar);
  });
});

describe("a chapter named in a title", () => {
  it("keeps a title ending in a chapter's number as the headline over its deck, where no separator sets it off as a series' label", () => {
    for (const [tag, title, deck, byline] of [
      ["en", "Mill Street bookshop files for Chapter 11", "Owners hope the shop can stay open through the spring", "By Ada Lee"],
      [
        "es",
        "La librería de la calle Molino se acoge al capítulo 11",
        "Los dueños esperan mantener la tienda abierta en primavera",
        "Por Ana Ruiz",
      ],
      [
        "de",
        "Buchladen in der Mühlenstraße beantragt Kapitel 11",
        "Die Besitzer hoffen, den Laden bis zum Frühjahr offen zu halten",
        "Von Jonas Weber",
      ],
    ] as const) {
      const header = headerOf(["Island Gazette", "Home", "", title, "", deck, byline, "4 March 2025", "", ...story], languageFromTag(tag));
      expect(header.headline, tag).toBe(title);
      expect(header.description, tag).toBe(deck);
    }
  });
});

describe("a title opening with a credit's words", () => {
  it("keeps a title opening with 'Translated by' or 'Illustrated by' when no name follows, in several languages", () => {
    for (const title of ["Translated by machine, read by nobody", "Illustrated by children: the library's new mural"])
      expect(headerOf(["Island Gazette", "Home", "", title, "By Ada Lee", "4 March 2025", "", ...story]).headline, title).toBe(title);
    const french = "Traduit par des machines, lu par personne";
    expect(headerOver(["La Gazette", "Accueil", "", french, "Par Claire Martin", "19 décembre 2025"], "fr").headline).toBe(french);
    const german = "Übersetzt von Maschinen, gelesen von niemandem";
    expect(headerOver(["Hafenblatt", "Startseite", "", german, "Von Jonas Weber", "19. Dezember 2025"], "de").headline).toBe(german);
  });
});

describe("a byline block over a date-first header", () => {
  it("ends the block at a publication's or a link's name shaped as a person's, so the date heads the title under it", () => {
    const teaser = "Harbour wall approved after a long debate";
    const title = "Old library on Mill Street to reopen after storm repairs";
    for (const line of ["Le Monde", "Show All", "Die Zeit"]) {
      const header = headerOf(["Island Gazette", "", teaser, line, "4 March 2025", title, "", ...story]);
      expect(header.headline, line).toBe(title);
      expect(header.datePublished, line).toBe("2025-03-04");
    }
  });
});

describe("a site's menu of section names copied as one line", () => {
  const title = "Council keeps library open";
  const features = { distance: 2, bylineOrDateBelow: false, bylineOrDateAbove: false, namedByLead: false, repeated: false };
  const score = (text: string, language = english) => headlineScore(classifyLine(segment(text)[0]!, language), features, false);

  it("takes the short title under a menu line, not the menu, in several languages", () => {
    const menus = [
      "Home News Sport Business Culture",
      "HOME NEWS SPORT",
      "Home News Sport Business Culture More",
      "Home News Arts & Culture More",
    ];
    for (const menu of menus) {
      const header = headerOf(["Harbour Times", menu, title, "Ada Lee", "3 March 2025", "", ...story]);
      expect(header.headline, menu).toBe(title);
      expect(
        header.authors?.map((author) => author.name),
        menu,
      ).toEqual(["Ada Lee"]);
    }
    const german = "Bibliothek bleibt sonntags offen";
    expect(headerOver(["Hafenblatt", "Startseite Politik Wirtschaft Sport Kultur", german, "Von Jonas Weber"], "de").headline).toBe(german);
    const french = "La bibliothèque reste ouverte";
    expect(headerOver(["La Gazette", "Accueil Monde Politique Économie Culture", french, "Par Claire Martin"], "fr").headline).toBe(french);
  });

  it("keeps a title of three section names over its byline, not the paper's name above it", () => {
    for (const title of ["Business Travel News", "Climate Science News", "Arts & Culture News"]) {
      const header = headerOf(["Harbour Times", title, "By Ada Lee", "3 March 2025", "", ...story]);
      expect(header.headline, title).toBe(title);
    }
    const french = "Culture Monde Économie";
    expect(headerOver(["La Gazette", french, "Par Claire Martin", "3 mars 2025"], "fr").headline).toBe(french);
  });

  it("weighs a menu line as a control's, in the languages its names are listed in", () => {
    const neutral = score("Harbour ferry timetable changes again");
    for (const menu of [
      "Home News Sport Business Culture",
      "Startseite Politik Wirtschaft Sport Kultur",
      "Accueil Monde Politique Économie Culture Sports",
      "Inicio Noticias Deportes Cultura Opinión",
      "Cronaca Politica Economia Esteri Spettacoli",
      "Início Notícias Esportes Cultura Saúde",
      "Nieuws Binnenland Buitenland Politiek Cultuur",
    ])
      expect(score(menu), menu).toBe(neutral + HEADLINE_WEIGHTS.chromeWords);
    // Right over a byline, where a title of a headline's length may hold a control's word, a menu is still one.
    const overByline = { ...features, bylineOrDateUnder: true };
    const line = (text: string) => classifyLine(segment(text)[0]!, english);
    expect(headlineScore(line("Home News Sport Business Culture"), overByline, false)).toBe(
      headlineScore(line("Harbour ferry timetable changes again"), overByline, false) + HEADLINE_WEIGHTS.chromeWords,
    );
  });

  it("keeps the score of titles that name sections among other words, or in sentence case, or with commas", () => {
    // Each near miss against a line of its length and shape that names no section.
    for (const [title, plain] of [
      ["World News Tonight", "Harbour Ferry Tonight"],
      ["Sport and culture budgets cut", "Ferry and harbour budgets cut"],
      ["Health Science Tech Stocks Rally", "Harbour Ferry Pier Stocks Rally"],
      ["Health Science Tech Stocks", "Harbour Ferry Pier Stocks"],
      ["Business Travel Is Back", "Harbour Ferry Is Back"],
      ["Sport, Culture, Health", "Harbour, Ferry, Pier"],
      ["Climate Politics", "Harbour Ferries"],
      ["Business travel news", "Harbour ferry tales"],
      ["Local health news", "Harbour ferry tales"],
      // Three names in title case, with no home word opening them, make a title as often as a menu.
      ["Business Travel News", "Harbour Ferry Tales"],
      ["Digital Health Technology", "Harbour Ferry Timetables"],
      ["Culture Monde Économie", "Harbour Ferry Tales"],
    ] as const)
      expect(score(title), title).toBe(score(plain));
  });

  it("reads a menu line as furniture, a near miss not", () => {
    const furniture = (text: string) => readsAsFurniture(classifyLine(segment(text)[0]!, english));
    expect(furniture("Home News Sport Business Culture")).toBe(true);
    expect(furniture("Startseite Politik Wirtschaft Sport Kultur")).toBe(true);
    expect(furniture("Business Travel Is Back")).toBe(false);
    expect(furniture("World News Tonight")).toBe(false);
    expect(furniture("Home News Sport")).toBe(true);
    expect(furniture("Business Travel News")).toBe(false);
  });
});

describe("a deck under a headline in a script without spaces or with its own word lengths", () => {
  const zhStory = [
    "镇政府周二表示，改建工程历时八个月，总投资约六百万元。图书馆设有阅览室、儿童区和自习室，可同时容纳两百名读者。",
    "负责项目的工作人员说，粮仓原有的木梁和石墙都被保留下来，游客可以看到百年前的建筑结构。居民对此反应热烈。",
  ];
  const jaStory = [
    "町によると、改装工事には八か月かかり、総事業費は約六千万円だった。館内には閲覧室と子ども向けのコーナー、自習室がある。",
    "担当者は、建物の古い梁や壁をそのまま残したと説明した。開館初日には多くの住民が訪れ、本を手に取っていた。",
  ];
  const thStory = [
    "เจ้าหน้าที่องค์การบริหารส่วนตำบลกล่าวว่าการปรับปรุงอาคารใช้เวลาแปดเดือน และใช้งบประมาณราวหกล้านบาท ภายในมีห้องอ่านหนังสือ มุมเด็ก และห้องทำงานสำหรับนักเรียน",
    "ผู้รับผิดชอบโครงการเล่าว่าคานไม้และผนังเดิมของอาคารถูกเก็บรักษาไว้ทั้งหมด ชาวบ้านจำนวนมากมาร่วมงานเปิดในวันแรกและยืมหนังสือกลับบ้าน",
  ];
  const koStory = [
    "군에 따르면 리모델링 공사는 여덟 달 동안 진행됐으며 총사업비는 약 6억 원이 들었다. 도서관에는 열람실과 어린이 공간, 자습실이 마련됐다.",
    "담당자는 건물의 오래된 들보와 돌벽을 그대로 살렸다고 설명했다. 개관 첫날에는 많은 주민이 찾아와 책을 빌려 갔다.",
  ];
  const page = (header: readonly string[], story: readonly string[]) => [...header, "", story[0], "", story[1]].join("\n");

  it("takes the title over a shorter deck in Chinese and Japanese, packed or set apart, counted in characters", () => {
    for (const [header, story, headline] of [
      [
        ["首页 | 新闻 | 地方 | 体育", "", "青石镇老粮仓改建成社区图书馆", "馆内藏书两万册，周末开放", "记者 林雨航", "2025年3月4日"],
        zhStory,
        "青石镇老粮仓改建成社区图书馆",
      ],
      [
        [
          "青石日报",
          "首页 | 新闻 | 地方",
          "",
          "青石镇老粮仓改建成社区图书馆",
          "",
          "馆内藏书两万册，周末开放",
          "",
          "记者 林雨航",
          "2025年3月4日",
        ],
        zhStory,
        "青石镇老粮仓改建成社区图书馆",
      ],
      [["雲溪村古橋修復工程明年動工", "預算三千萬元，工期兩年", "記者 黃詠琪", "2025年3月4日"], zhStory, "雲溪村古橋修復工程明年動工"],
      [
        [
          "ニュース | 地域 | 暮らし",
          "",
          "松原町の商店街に新しい図書室がオープン",
          "古い呉服店を改装、週末も開館",
          "文・写真 森田 遥",
          "2025年3月4日",
        ],
        jaStory,
        "松原町の商店街に新しい図書室がオープン",
      ],
      // The byline and the date on one meta line under the deck.
      [
        [
          "トップ > 地域",
          "",
          "北浜町の廃校、住民の工房に生まれ変わる",
          "木工と陶芸の教室、4月から無料で",
          "執筆者：川島 千尋 · 公開日：2025年3月4日",
        ],
        jaStory,
        "北浜町の廃校、住民の工房に生まれ変わる",
      ],
    ] as const)
      expect(fromText(page(header, story)).headline, header.join(" / ")).toBe(headline);
  });

  it("takes the title over a sentence of a deck no longer than it, packed or set apart", () => {
    const header = [
      "ニュース | 経済 | 交通",
      "",
      "湖東市の路線バス、来月から深夜便を増便",
      "通勤客の要望を受けて、深夜便を増やす。",
      "執筆者：大野 健太",
      "公開日：2025年5月12日",
    ];
    expect(fromText(page(header, jaStory)).headline).toBe("湖東市の路線バス、来月から深夜便を増便");
    const spaced = [
      "ニュース | 経済",
      "",
      "湖東市の路線バス、来月から深夜便を増便",
      "",
      "通勤客の要望を受けて、深夜便を増やす。",
      "",
      "執筆者：大野 健太",
      "公開日：2025年5月12日",
    ];
    expect(fromText(page(spaced, jaStory)).headline).toBe("湖東市の路線バス、来月から深夜便を増便");
  });

  it("takes the Thai title over a deck no longer than it, no sentence mark to tell them apart", () => {
    const title = "ชาวบ้านหนองบัวแดงร่วมกันปรับปรุงยุ้งฉางเก่าเป็นห้องสมุดชุมชน";
    for (const deck of ["เปิดให้บริการทุกวันเสาร์และอาทิตย์", "เปิดให้บริการทุกวันเสาร์และอาทิตย์ตั้งแต่เดือนเมษายนนี้เป็นต้นไปฟรี"])
      for (const gap of [[], [""]]) {
        const header = ["หน้าแรก | ข่าว | ภูมิภาค | กีฬา", "", title, ...gap, deck, ...gap, "โดย ศิริพร ทองดี", "4 มีนาคม 2568"];
        expect(fromText(page(header, thStory)).headline, `${deck} ${gap.length}`).toBe(title);
      }
  });

  it("takes the title over a shorter deck with a picture's credit or a Thai deck of its own length under it", () => {
    const credit = [
      "首页 | 新闻",
      "",
      "青石镇老粮仓改建成社区图书馆",
      "馆内藏书两万册，周末开放",
      "图：林雨航",
      "记者 林雨航",
      "2025年3月4日",
    ];
    expect(fromText(page(credit, zhStory)).headline).toBe("青石镇老粮仓改建成社区图书馆");
    // Title and deck of 54 letters each.
    const title = "โรงเรียนร้างที่บ้านดอยงามจะกลายเป็นโรงฝึกงานของชาวบ้าน";
    const even = ["หน้าแรก | ข่าว", "", title, "เปิดสอนงานไม้และเครื่องปั้นดินเผาฟรีตั้งแต่เดือนเมษายน", "โดย พิมพ์ชนก วงศ์ไพศาล", "4 มีนาคม 2568"];
    expect(fromText(page(even, thStory)).headline).toBe(title);
  });

  it("keeps a shorter headline under a teaser's title packed in a list over it", () => {
    const header = [
      "อ่านต่อ",
      "ท่าเรือใหม่บางสะพานเตรียมเปิดใช้เดือนหน้ารองรับเรือสี่ลำ",
      "ตลาดน้ำบ้านดอยงามเปิดทุกสุดสัปดาห์ตลอดเดือนมีนาคม",
      "ยุ้งฉางเก่ากลายเป็นห้องสมุด",
      "โดย ศิริพร ทองดี",
      "4 มีนาคม 2568",
    ];
    expect(fromText(page(header, thStory)).headline).toBe("ยุ้งฉางเก่ากลายเป็นห้องสมุด");
  });

  it("takes no teaser's title in a list over a shorter headline for the headline", () => {
    const teaser = "湖東市の路線バス、来月から深夜便を増便へ";
    const header = [
      "関連記事",
      teaser,
      "北浜町の廃校、住民の工房に生まれ変わる",
      "松原町に新しい図書室",
      "文・写真 森田 遥",
      "2025年3月4日",
    ];
    expect(fromText(page(header, jaStory)).headline).not.toBe(teaser);
  });

  it("measures a Korean title and its deck in characters: the deck's short words are many", () => {
    const header = [
      "뉴스 | 지역 | 사회 | 스포츠",
      "",
      "청솔마을 폐교, 주민 도서관으로 재탄생",
      "",
      "장서 2만 권 갖춰 주말에도 개방",
      "",
      "김하늘 기자",
      "2025년 3월 4일 09:15",
    ];
    expect(fromText(page(header, koStory)).headline).toBe("청솔마을 폐교, 주민 도서관으로 재탄생");
  });

  it("keeps the headline under a shorter kicker, a site's tagline, and a headline ending in a question or exclamation mark", () => {
    for (const [header, story, headline] of [
      [
        ["首页 | 新闻 | 地方", "", "地方新闻", "青石镇老粮仓改建成社区图书馆", "记者 林雨航", "2025年3月4日"],
        zhStory,
        "青石镇老粮仓改建成社区图书馆",
      ],
      [
        ["首页 | 新闻", "", "老粮仓能否变成社区图书馆？", "镇政府周末征求意见", "记者 林雨航", "2025年3月4日"],
        zhStory,
        "老粮仓能否变成社区图书馆？",
      ],
      [
        ["首页 | 新闻", "", "青石镇老粮仓变身社区图书馆！", "藏书两万册周末开放", "记者 林雨航", "2025年3月4日"],
        zhStory,
        "青石镇老粮仓变身社区图书馆！",
      ],
      [["首页 | 新闻", "", "青石镇老粮仓改建成社区图书馆", "记者 林雨航", "2025年3月4日"], zhStory, "青石镇老粮仓改建成社区图书馆"],
      [
        [
          "ニュース | 地域",
          "",
          "シリーズ・港町の記憶をたどる",
          "松原町の商店街に残る古い呉服店が図書室として新しく生まれ変わった",
          "文・写真 森田 遥",
          "2025年3月4日",
        ],
        jaStory,
        "松原町の商店街に残る古い呉服店が図書室として新しく生まれ変わった",
      ],
      [
        ["หน้าแรก | ข่าว", "", "ข่าวภูมิภาค", "ชาวบ้านหนองบัวแดงร่วมกันปรับปรุงยุ้งฉางเก่าเป็นห้องสมุดชุมชน", "โดย ศิริพร ทองดี", "4 มีนาคม 2568"],
        thStory,
        "ชาวบ้านหนองบัวแดงร่วมกันปรับปรุงยุ้งฉางเก่าเป็นห้องสมุดชุมชน",
      ],
      [
        ["뉴스 | 지역", "", "지역 소식", "청솔마을 폐교, 주민 도서관으로 재탄생", "김하늘 기자", "2025년 3월 4일"],
        koStory,
        "청솔마을 폐교, 주민 도서관으로 재탄생",
      ],
    ] as const)
      expect(fromText(page(header, story)).headline, header.join(" / ")).toBe(headline);
  });

  it("takes no site's tagline over a shorter headline, named by the footer's notice or printed again", () => {
    const tagline = "บางสะพานโพสต์ ข่าวสารท้องถิ่นเพื่อคนบางสะพานทุกวัน";
    const header = [tagline, "", "ยุ้งฉางเก่ากลายเป็นห้องสมุด", "โดย ศิริพร ทองดี", "4 มีนาคม 2568"];
    expect(fromText(`${page(header, thStory)}\n\n© 2025 ${tagline}`).headline).toBe("ยุ้งฉางเก่ากลายเป็นห้องสมุด");
    const again = "ข่าวสารท้องถิ่นเพื่อคนบางสะพานทุกวัน";
    const repeated = [again, "", "ยุ้งฉางเก่ากลายเป็นห้องสมุด", "โดย ศิริพร ทองดี", "4 มีนาคม 2568"];
    expect(fromText(`${page(repeated, thStory)}\n\nติดต่อเรา | นโยบายความเป็นส่วนตัว\n${again}`).headline).toBe("ยุ้งฉางเก่ากลายเป็นห้องสมุด");
  });
});

describe("a shorter headline under a kicker, label, slogan or menu's item of less than a headline's length", () => {
  const zhStory = [
    "区政府周三表示，改造工程历时十个月，总投资约八百万元。书屋设有阅览区、亲子区和自习区，可同时容纳一百五十名读者。",
    "负责工程的技术人员说，码头仓库原有的砖墙与钢梁都被保留下来，市民能看到近百年前的建筑结构。附近居民反响热烈。",
  ];
  const thStory = [
    "นายกเทศมนตรีกล่าวว่าการปรับปรุงโกดังใช้เวลาสิบเดือน และใช้งบประมาณราวแปดล้านบาท ภายในมีมุมอ่านหนังสือ มุมเด็ก และห้องเรียนรู้สำหรับเยาวชน",
    "วิศวกรผู้ควบคุมงานเล่าว่าผนังอิฐและโครงเหล็กเดิมของโกดังถูกเก็บรักษาไว้ ชาวเมืองจำนวนมากมาร่วมงานเปิดในวันแรกและยืมหนังสือกลับบ้าน",
  ];
  const page = (header: readonly string[], story: readonly string[]) => [...header, "", story[0], "", story[1]].join("\n");

  it("keeps the headline under a Chinese kicker, category label or slogan a little longer than it", () => {
    for (const [header, headline] of [
      [["首页 | 要闻", "", "城市更新观察系列", "旧仓库变身书屋", "记者 周明远", "2025年6月10日"], "旧仓库变身书屋"],
      [["城市・文化・社区生活", "", "旧仓库变身城市书屋", "记者 周明远", "2025年6月10日"], "旧仓库变身城市书屋"],
      [["每天五分钟，读懂南港城", "", "旧仓库变身城市书屋", "记者 周明远", "2025年6月10日"], "旧仓库变身城市书屋"],
    ] as const)
      expect(fromText(page(header, zhStory)).headline, header.join(" / ")).toBe(headline);
  });

  it("keeps the Thai headline under a menu's item or a tagline a little longer than it", () => {
    const headline = "โกดังเก่ากลายเป็นห้องสมุด";
    for (const over of [
      ["หน้าแรก | ข่าว", "", "ข่าวภูมิภาคและท้องถิ่นทั่วไทย"],
      ["หน้าแรก", "ข่าว", "", "สิ่งแวดล้อมและพลังงานทางเลือก"],
      ["ท่าเรือนิวส์ ข่าวจริงของคนท่าเรือ", ""],
      ["ท่าเรือนิวส์ สำนักข่าวท้องถิ่นของคนท่าเรือทุกคน", ""],
      ["หน้าแรก | ข่าว", "", "สกู๊ปพิเศษ เปิดเมืองท่าเรือหลังการฟื้นฟูเมือง"],
    ])
      expect(fromText(page([...over, headline, "โดย อรุณี แสงทอง", "10 มิถุนายน 2568"], thStory)).headline, over.join(" / ")).toBe(headline);
  });

  it("keeps a Korean headline of short words under a kicker of fewer, longer words, packed or set apart", () => {
    const koStory = [
      "구에 따르면 리모델링 공사는 열 달 동안 진행됐으며 총사업비는 약 8억 원이 들었다. 서재에는 열람석과 어린이 공간, 학습실이 마련됐다.",
      "현장 기술자는 창고의 벽돌 벽과 철골을 그대로 살렸다고 설명했다. 개관 첫날에는 많은 시민이 찾아와 책을 빌려 갔다.",
    ];
    for (const gap of [[], [""]]) {
      const header = ["뉴스 | 사회", "", "지역경제 살리기 프로젝트", ...gap, "옛 창고 새 서재 돼", "박서연 기자", "2025년 6월 10일"];
      expect(fromText(page(header, koStory)).headline, `${gap.length}`).toBe("옛 창고 새 서재 돼");
    }
  });
});

describe("a short title over a deck that ends a sentence, in Chinese, Japanese and Korean", () => {
  const zh = {
    menu: ["首页", "本地", "社会"],
    deck: "历时四个月的修缮工程结束后，老城区的钟楼将于本周六重新向游客开放，区文化局周三宣布。",
    date: "2026年5月6日",
    story: [
      "区文化局周三表示，钟楼的修缮工程历时四个月，工人们更换了塔顶的木构件，并重新校准了百年老钟的机芯，预计每天可接待游客五百人。",
      "附近的茶馆老板说，钟楼关闭期间客人少了一半，他希望重新开放后，老城区能恢复往日的热闹，也希望今后的工程能提前公布时间表。",
    ],
    foot: ["联系我们", "© 2026 河口晚报"],
  };
  const ja = {
    menu: ["トップ", "地域", "暮らし"],
    deck: "四か月に及んだ改修工事を終え、旧市街の時計塔が今週土曜日から再び一般に公開されると市が水曜日に発表した。",
    date: "2026年5月6日",
    story: [
      "市によると、改修工事では塔の木製の部材を取り替え、百年前の時計の機械も調整し直した。一日に五百人ほどの見学者を受け入れる見込みだという。",
      "近くの喫茶店の店主は、閉鎖の間に客が半分に減ったと話した。再開をきっかけに、旧市街に以前のにぎわいが戻ることを期待している。",
    ],
    foot: ["お問い合わせ", "© 2026 川口日報"],
  };
  type Script = typeof zh;
  const page = (p: Script, header: readonly (readonly string[])[], packed: boolean) => {
    const blocks = [p.menu, ...header, [p.story[0]], [p.story[1]], p.foot];
    return packed ? blocks.flat().join("\n") : blocks.map((block) => block.join("\n")).join("\n\n");
  };

  it("takes a Chinese or Japanese title of six or seven characters over the longer deck, packed or set apart", () => {
    for (const [p, title] of [
      [zh, "钟楼重新开放"],
      [zh, "老钟楼修缮完工"],
      [zh, "钟楼重新开放！"],
      [zh, "钟楼何时开放？"],
      [ja, "時計塔を再公開"],
      [ja, "時計塔の改修完了"],
    ] as const)
      for (const packed of [false, true]) {
        const text = page(p, [[title], [p.deck], [p.date]], packed);
        expect(fromText(text).headline, `${title} ${packed}`).toBe(title);
      }
  });

  it("keeps a headline of one sentence under a kicker of six or seven characters, and a menu's item over the deck", () => {
    const zhHeadline = "老城区钟楼本周六重新开放，修缮工程历时四个月。";
    const jaHeadline = "旧市街の時計塔、四か月ぶりに一般公開を再開へ。";
    for (const packed of [false, true]) {
      for (const kicker of ["老城故事系列", "每周城市观察"])
        expect(fromText(page(zh, [[kicker], [zhHeadline], [zh.date]], packed)).headline, kicker).toBe(zhHeadline);
      expect(fromText(page(ja, [["週末の特集記事"], [jaHeadline], [ja.date]], packed)).headline).toBe(jaHeadline);
      // A section's name the menu prints is no title, over a finished sentence as over anything.
      const menu = [...zh.menu, "老城区新闻"];
      const text = page({ ...zh, menu }, [["老城区新闻"], [zh.deck], [zh.date]], packed);
      expect(fromText(text).headline, `menu ${packed}`).not.toBe("老城区新闻");
    }
  });

  it("takes a Korean title of three short words over its deck ending in 다., with or without a date", () => {
    const story = [
      "구청에 따르면 보수 공사는 넉 달 동안 이어졌으며 탑 꼭대기의 나무 부재를 바꾸고 백 년 된 시계의 기계 장치도 다시 맞췄다.",
      "근처 찻집 주인은 시계탑이 닫혀 있는 동안 손님이 절반으로 줄었다며 다시 문을 열면 옛 거리가 활기를 되찾기를 바란다고 말했다.",
    ];
    const deck = "넉 달간의 보수 공사를 마친 옛 시가지의 시계탑이 이번 주 토요일부터 다시 문을 연다고 구청이 수요일 밝혔다.";
    for (const title of ["시계탑 다시 개방", "옛 시계탑 보수 끝"])
      for (const dated of [true, false]) {
        const header = ["홈", "뉴스", "", title, "", deck, ...(dated ? ["", "2026.05.06 09:30"] : [])];
        const text = [...header, "", story[0], "", story[1], "", "© 2026 강나루일보"].join("\n");
        expect(fromText(text).headline, `${title} ${dated}`).toBe(title);
      }
  });
});

describe("review of short CJK titles: a Korean label and a Chinese column's name over a headline keep it", () => {
  it("keeps a Korean headline under a label of four short words, over its byline or set apart", () => {
    const story = [
      "항만청에 따르면 새 부두 공사는 열여덟 달 동안 이어졌으며 완공 뒤에는 한 해 육십만 명이 이용할 것으로 보인다고 한다.",
      "맞은편으로 출퇴근하는 회사원들은 아침마다 삼십 분씩 줄을 서야 했다며 배편이 늘면 출근길이 편해질 것이라고 기대했다.",
    ];
    for (const headline of ["북쪽 새 부두 다음 달 개장, 배편 두 배로 늘어", "새 부두 다음 달 개장"])
      for (const gap of ["", "\n"]) {
        const header = ["홈", "정치", "", "이 시각 주요 뉴스", gap, headline, "", "김하늘 기자", "입력 2026.03.12 09:30"];
        const text = [...header, "", story[0], "", story[1], "", "© 2026 바다신문"].join("\n");
        expect(fromText(text).headline, `${headline} ${gap === ""}`).toBe(headline);
      }
  });

  it("keeps a Chinese headline of one long sentence under a column's name that shares no word with it", () => {
    const headline = "市政府在今年的工作报告中提出，全年新建和改造城市公园三十个，新增绿道一百公里。";
    const story = [
      "报告说，新建的公园将优先安排在老城区和人口密集的街道，改造工程则以增加座椅、照明和无障碍设施为主，预计年底前全部完工。",
      "不少居民表示，希望新公园能多一些树荫和儿童游乐设施，也希望施工期间尽量减少对周边道路交通和附近商户正常经营的影响。",
    ];
    for (const packed of [false, true]) {
      const blocks = [["首页", "本地"], ["周末民生观察"], [headline], ["2026年3月5日"], [story[0]], [story[1]], ["© 2026 滨江日报"]];
      const text = packed ? blocks.flat().join("\n") : blocks.map((block) => block.join("\n")).join("\n\n");
      expect(fromText(text).headline, `${packed}`).toBe(headline);
    }
  });
});

describe("a title under a kicker's length over a sentence that prints its words again: zh and ja, Hebrew and Arabic script", () => {
  // Each script's menu, date line and footer, and its story's two paragraphs, one to a line.
  const chrome = {
    zh: { menu: ["首页", "文化", "社会"], date: "2026年4月9日 09:15", foot: ["联系我们"] },
    ja: { menu: ["トップ", "文化", "暮らし"], date: "2026年4月9日 9時15分", foot: ["お問い合わせ"] },
    he: { menu: ["ראשי", "חדשות", "תרבות"], date: "9 באפריל 2026", foot: ["צרו קשר", "© 2026 הד העיר"] },
    ar: { menu: ["الرئيسية", "ثقافة", "مجتمع"], date: "9 أبريل 2026", foot: ["اتصل بنا", "© 2026 صدى المدينة"] },
  } as const;
  const stories = {
    zh: "主办方介绍，今年的活动场地比往年扩大了一倍，除了新书和旧书的展销，还安排了四十多场作者见面会和面向孩子的阅读讲座。\n不少老读者说，停办的这一年里他们一直在等消息，希望今后的活动时间能够提前公布，也希望场馆周边能多开几条公交线路。",
    ja: "主催者によると、今年は会場の広さが例年の二倍になり、本の販売のほかに作家の講演会や子ども向けの読み聞かせが四十回以上予定されている。\n長年の常連客からは、中止の間ずっと知らせを待っていたという声が聞かれ、今後は日程をもっと早く発表してほしいという要望も寄せられた。",
    he: "לדברי העירייה, במהלך השיפוץ הוחלפו כל המדפים, הותקנה מערכת מיזוג חדשה ונוספה פינת מחשבים שתהיה פתוחה לכל התושבים ללא תשלום.\nקוראים ותיקים סיפרו כי התגעגעו למקום בחודשי הסגירה, וביקשו שבעתיד יפורסמו מועדי העבודות מראש כדי שיוכלו להיערך בהתאם.",
    ar: "وقالت البلدية إن أعمال التجديد شملت استبدال جميع الرفوف وتركيب نظام تكييف جديد وإضافة ركن للحواسيب مفتوح لجميع السكان مجاناً.\nوقال رواد قدامى إنهم افتقدوا المكان طوال أشهر الإغلاق، وطالبوا بأن تُعلن مواعيد الأعمال مسبقاً في المستقبل حتى يستعدوا لها.",
  } as const;
  type Script = keyof typeof chrome;
  const page = (script: Script, header: readonly string[], packed: boolean) => {
    const { menu, date, foot } = chrome[script];
    const paragraphs = stories[script].split("\n").map((paragraph) => [paragraph]);
    const blocks = [menu, ...header.map((line) => [line]), [date], ...paragraphs, foot];
    return packed ? blocks.flat().join("\n") : blocks.map((block) => block.join("\n")).join("\n\n");
  };
  /** The headline read from the page set apart, then packed. */
  const headlines = (script: Script, header: readonly string[]) =>
    [false, true].map((packed) => fromText(page(script, header, packed)).headline);
  const zhDeck = "因场馆维修停办了一年的春季书市下周末在会展中心重开，三百多家书店和出版社将参展。";
  const heDeck = "הספרייה העירונית נפתחת מחדש ביום ראשון אחרי שיפוץ של חצי שנה, עם אולם קריאה חדש לילדים.";
  const arDeck = "يعاد افتتاح المكتبة العامة يوم الأحد بعد ستة أشهر من التجديد، مع قاعة قراءة جديدة للأطفال.";

  it("takes a Chinese or Japanese title of four or five characters over a sentence that prints two of its words", () => {
    for (const [p, title, deck] of [
      ["zh", "书市重开", zhDeck],
      ["zh", "老戏台重开", "修缮了整整半年的镇上老戏台本周末重开，县里的剧团将在这里连演三天传统剧目。"],
      ["ja", "古本市再開", "会場の改修で一年間中止されていた春の古本市が来週末に再開し、三百を超える書店が参加する。"],
    ] as const)
      expect(headlines(p, [title, deck]), title).toEqual([title, title]);
  });

  it("keeps a one-sentence headline under a column's or a site's name of four characters that shares one word with it", () => {
    const headline = "停办了一年的春季书市下周末在会展中心重新开幕，三百多家书店和出版社将参展。";
    const townHeadline = "河西老街的春季书市下周末在会展中心重新开幕，三百多家书店和出版社将参展。";
    expect(headlines("zh", ["书市周刊", headline]), "column").toEqual([headline, headline]);
    expect(headlines("zh", ["河西晚报", townHeadline]), "site").toEqual([townHeadline, townHeadline]);
  });

  it("takes a Hebrew or an Arabic title of two words over a sentence that prints both", () => {
    expect(headlines("he", ["הספרייה נפתחת", heDeck])).toEqual(["הספרייה נפתחת", "הספרייה נפתחת"]);
    expect(headlines("ar", ["افتتاح المكتبة", arDeck])).toEqual(["افتتاح المكتبة", "افتتاح المكتبة"]);
  });

  it("keeps the sentence under a two-word column's name that prints one of its words", () => {
    expect(headlines("he", ["יומן הספרייה", heDeck])).toEqual([heDeck, heDeck]);
    expect(headlines("ar", ["يوميات المكتبة", arDeck])).toEqual([arDeck, arDeck]);
  });

  it("keeps a one-sentence headline that opens with the two-word kicker over it", () => {
    for (const [p, kicker, headline] of [
      ["he", "שביתת הספרנים", "שביתת הספרנים נמשכת והספרייה העירונית תישאר סגורה גם השבוע לכל התושבים ולתלמידי העיר."],
      ["he", "ספרות ילדים", "ספרות ילדים: הספרייה העירונית פותחת אולם קריאה חדש לילדים ולהורים בכל ימות השבוע..."],
      ["ar", "معرض الكتاب", "معرض الكتاب: المكتبة العامة تستقبل الزوار يوم الأحد المقبل في القاعة الكبرى بعد أشهر من التجديد."],
    ] as const)
      expect(headlines(p, [kicker, headline]), kicker).toEqual([headline, headline]);
  });

  it("keeps a headline of a statement's length with its full stop that prints the kicker's two words further on", () => {
    for (const [p, kicker, headline] of [
      ["he", "שעות הפתיחה", "הספרייה העירונית מאריכה את שעות הפתיחה בחודשי הקיץ."],
      ["ar", "معرض الكتاب", "المكتبة العامة تستضيف معرض الكتاب في الأسبوع المقبل."],
    ] as const)
      expect(headlines(p, [kicker, headline]), kicker).toEqual([headline, headline]);
  });
});

describe("a date's labelled stamp that no date is read from", () => {
  const page = (stamp: string) =>
    fromText(["Ledger", "", "Ferry timetable approved", "By Ana Ruiz", stamp, "", ...story].join("\n"), { source: "p.txt" });

  it("is no headline when a misprinted time leaves its date unread", () => {
    for (const stamp of [
      "Published March 3, 2019 at 13:75",
      "Updated March 13, 2026 at 9:75 AM",
      "Aktualisiert am 13.03.2026 um 26:10 Uhr",
      "Publié le 12 mars 2026 à 13:75",
    ])
      expect(page(stamp).headline, stamp).toBe("Ferry timetable approved");
  });

  it("leaves a title opening with 'On' or a Chinese label before figures a title", () => {
    const lines = ["Ledger", "Home  News  Sport", "", "On 12 March the ferries return", "By Ana Ruiz", "", ...story];
    expect(fromText(lines.join("\n"), { source: "p.txt" }).headline).toBe("On 12 March the ferries return");
    // "Releases three new ferry measures": the Chinese label for "published" opens it, with no word's edge after it.
    const zh = "发布3项渡轮新措施 居民出行更方便";
    const zhLines = ["河西晚报", "首页  新闻  体育", "", zh, "2026年3月12日", "", ...ZH_FERRY_STORY];
    expect(fromText(zhLines.join("\n"), { source: "p.txt" }).headline).toBe(zh);
  });
});

describe("a stamp of a date and a clock alone, unlabelled", () => {
  const page = (title: string, stamp: string) =>
    fromText(["Ledger", "", title, "By Ana Ruiz", stamp, "", ...story].join("\n"), { source: "p.txt" });

  it("is no headline, whether or not its time is one a clock shows", () => {
    for (const stamp of [
      "March 12, 2026 at 13:75",
      "Thursday, March 12, 2026 at 9:75 AM",
      "12. März 2026, 13:75 Uhr",
      "2026-03-12 13:75",
      "March 12, 2026 at 13:45",
    ])
      expect(page("Ferry timetable approved", stamp).headline, stamp).toBe("Ferry timetable approved");
  });

  it("leaves a headline holding a date, or a date and a clock, a headline", () => {
    const title = "March 12, 2026: the day the river rose";
    expect(page(title, "March 12, 2026 at 13:75").headline).toBe(title);
    expect(page(title, "March 12, 2026").headline).toBe(title);
    // A date and a clock in a headline's words: more than a stamp holds.
    const clocked = "Last ferry to leave at 21:30 from March 12, 2026";
    expect(page(clocked, "March 12, 2026 at 13:75").headline).toBe(clocked);
  });
});

describe("a read-aloud player's button under the headline, in words or with its running time", () => {
  const pages = [
    {
      title: "Fahrplan beschlossen",
      by: "Von Anna Ruiz",
      date: "12.03.2026",
      buttons: ["Artikel anhören · 4:32", "Artikel vorlesen lassen (3 Min.)"],
      lead: [
        "Der Gemeinderat hat am Donnerstag einen neuen Fahrplan beschlossen, der werktags morgens zwei zusätzliche Fahrten vorsieht.",
        "Fahrgäste hatten sich monatelang beschwert, dass die erste Fähre zu spät ablege für alle, die in der Stadt arbeiten.",
      ],
    },
    {
      title: "Nouveaux horaires du bac",
      by: "Par Anne Ruiz",
      date: "12 mars 2026",
      buttons: ["Écouter l'article · 4 min"],
      lead: [
        "Le conseil municipal a adopté jeudi de nouveaux horaires pour le bac, avec deux traversées de plus en semaine le matin.",
        "Les passagers se plaignaient depuis des mois que le premier bateau partait trop tard pour ceux qui travaillent en ville.",
      ],
    },
    {
      title: "Новое расписание парома",
      by: "Анна Руиз",
      date: "12 марта 2026",
      buttons: ["Слушать новость · 4:32"],
      lead: [
        "Городской совет в четверг утвердил новое расписание парома, в котором по будням утром появятся два дополнительных рейса.",
        "Пассажиры несколько месяцев жаловались, что первый рейс уходит слишком поздно для тех, кто работает в городе.",
      ],
    },
    {
      title: "Nowy rozkład promu",
      by: "Anna Ruiz",
      date: "12 marca 2026",
      buttons: ["Posłuchaj artykułu · 4:32"],
      lead: [
        "Rada miasta przyjęła w czwartek nowy rozkład promu, który dodaje dwa poranne kursy w dni robocze.",
        "Pasażerowie od miesięcy skarżyli się, że pierwszy prom odpływa zbyt późno dla osób pracujących w mieście.",
      ],
    },
  ];
  const page = (p: (typeof pages)[number], lines: string[]) =>
    fromText(["Ledger", "", "Start", "Region", "Geld", "", ...lines, "", p.lead[0], "", p.lead[1]].join("\n"), { source: "p.txt" });

  it("is never the headline, set apart or packed under it", () => {
    for (const p of pages)
      for (const button of p.buttons) {
        expect(page(p, [p.title, "", button, "", p.by, p.date]).headline, button).toBe(p.title);
        expect(page(p, [p.title, button, p.by, p.date]).headline, button).toBe(p.title);
      }
  });

  it("leaves a headline opening with a verb of listening a headline", () => {
    const [de, fr, ru] = pages;
    expect(page(fr!, ["Écouter le port la nuit", fr!.by, fr!.date]).headline).toBe("Écouter le port la nuit");
    expect(page(ru!, ["Слушать порт ночью", ru!.by, ru!.date]).headline).toBe("Слушать порт ночью");
    expect(page(de!, ["Artikel über den Hafen", de!.by, de!.date]).headline).toBe("Artikel über den Hafen");
  });
});

describe("a Chinese or Japanese title of four characters that no search takes", () => {
  const zhLead = [
    "东岸大桥管理处今天下午发布通告，大桥将从下周一开始封闭检修，预计持续三周时间，期间公交线路全部改道。",
    "",
    "不少市民表示理解，但也希望有关部门能够合理安排施工时间，尽量减少对早晚高峰通勤的影响，同时做好沿线的交通疏导工作。",
  ];
  const jaLead = [
    "北浦ダムでは記録的な大雨を受けて今朝から放流が始まり、下流に住む人たちには早めの避難を呼びかける放送が流された。",
    "",
    "市の担当者は午後の会見で、必要な対策はすべて講じており、現場は落ち着いているとした上で、状況を随時知らせると述べた。",
  ];
  const page = (site: string, menu: string[], head: string[], lead: string[]) =>
    [site, "", ...menu, "", ...head, "", ...lead, "", `© 2026 ${site}`].join("\n");

  it("is the headline set apart over the body or over the date, not the site's name", () => {
    const menu = ["首页", "本地", "财经"];
    expect(fromText(page("东岸商报", menu, ["桥梁封闭"], zhLead), { source: "a.txt" }).headline).toBe("桥梁封闭");
    expect(fromText(page("东岸商报", menu, ["桥梁封闭", "", "2026年5月8日 14:20"], zhLead), { source: "a.txt" }).headline).toBe("桥梁封闭");
    const jaHead = ["ダム放流", "", "2026年4月2日 9時15分"];
    expect(fromText(page("北浦日報", ["ホーム", "県内"], jaHead, jaLead), { source: "a.txt" }).headline).toBe("ダム放流");
  });

  it("is not a menu's last item packed under the others, nor the site's name the notice names", () => {
    // A column's name closing the menu, right over the date: the fallback keeps the site's name.
    const menu = ["首页", "本地", "城市观察"];
    expect(fromText(page("东岸商报", menu, ["2026年5月8日 14:20"], zhLead), { source: "a.txt" }).headline).toBe("东岸商报");
    expect(fromText(page("东岸商报", [], ["2026年5月8日 14:20"], zhLead), { source: "a.txt" }).headline).toBe("东岸商报");
  });

  it("is not a section's label under a short headline that opens the page, which the fallback takes", () => {
    // No site's name over the headline: the label set apart over the date is the section's, not the story's title.
    const zh = ["桥梁封闭", "", "国内新闻", "", "2026年5月8日 14:20", "", ...zhLead].join("\n");
    expect(fromText(zh, { source: "a.txt" }).headline).toBe("桥梁封闭");
    const ja = ["ダム放流", "2026年4月2日 9時15分", "", "今日の話題", "", ...jaLead].join("\n");
    expect(fromText(ja, { source: "a.txt" }).headline).toBe("ダム放流");
  });
});

describe("Hindi and Bengali date labels", () => {
  const hi = "शहर का पुराना घाट शुक्रवार को बंद कर दिया गया, जब इंजीनियरों को उसके तीन मुख्य खंभों में दरारें मिलीं और काम रोका गया।";
  const bn = "শহরের পুরোনো ঘাটটি শুক্রবার বন্ধ করে দেওয়া হয়েছে, কারণ প্রকৌশলীরা এর তিনটি প্রধান খুঁটিতে ফাটল খুঁজে পেয়েছেন।";
  it("reads the loanword for an update as the modified date", () => {
    for (const [head, stamp, lead] of [
      ["पुराना घाट बंद, मरम्मत में एक साल लगेगा", "अपडेट: 14 मार्च 2026, 10:30", hi],
      ["পুরোনো ঘাট বন্ধ, মেরামতে এক বছর লাগবে", "আপডেট: ১৪ মার্চ ২০২৬", bn],
    ]) {
      const article = fromText([head, stamp, "", lead].join("\n"), { source: "a.txt" });
      expect(article.dateModified?.slice(0, 10)).toBe("2026-03-14");
    }
  });
});

describe("a menu line in the other languages of the stop-word lists, and a title line's site name quoted in the notice", () => {
  const features = { distance: 1, bylineOrDateBelow: false, bylineOrDateAbove: false, namedByLead: false, repeated: false };
  const score = (text: string, tag: string) => headlineScore(classifyLine(segment(text)[0]!, languageFromTag(tag)), features, false);

  it("weighs a menu line as a control's: two-word names and names in scripts without case count", () => {
    for (const [tag, menu, plain] of [
      ["pt", "Início Região País Mundo Desporto Cultura", "Pescadores Voltam Hoje Ao Cais Velho"],
      ["pl", "Strona główna Region Kraj Świat Sport Kultura", "Rybacy wrócili dziś do starego portu"],
      ["id", "Beranda Berita Daerah Nasional Olahraga Gaya Hidup", "Nelayan kembali melaut setelah badai reda"],
      ["tr", "Anasayfa Gündem Ekonomi Dünya Spor Kültür", "Balıkçılar fırtınadan sonra denize açıldı"],
      ["vi", "Trang chủ Thời sự Thế giới Kinh doanh Thể thao Văn hóa", "Ngư dân ra khơi trở lại sau cơn bão lớn"],
      ["ru", "Главная Новости Город Политика Спорт Культура", "Рыбаки вернулись в море после шторма"],
      ["ar", "الرئيسية محليات سياسة اقتصاد رياضة ثقافة", "الصيادون يعودون إلى البحر بعد العاصفة"],
      ["ko", "홈 정치 경제 사회 국제 스포츠", "어민들 폭풍 지나자 다시 바다로"],
    ] as const)
      expect(score(menu, tag), menu).toBe(score(plain, tag) + HEADLINE_WEIGHTS.chromeWords);
  });

  it("keeps the score of titles of short capitalised nouns, with commas, or naming a section among other words", () => {
    for (const [tag, title, plain] of [
      ["pt", "Inflação, Juros e Câmbio", "Pescado, Sal e Vinho"],
      ["pt", "Região Centro Perde Médicos", "Aldeia Velha Perde Médicos"],
      ["pl", "Sport i Kultura w Regionie", "Port i Rynek w Mieście"],
      ["id", "Gaya Hidup Sehat Warga Kota", "Cara Makan Sehat Warga Kota"],
      ["vi", "Thể thao học đường cần thêm sân", "Trường làng cần thêm phòng học mới"],
      ["ar", "الرياضة والثقافة في المدينة", "الميناء والسوق في المدينة"],
    ] as const)
      expect(score(title, tag), title).toBe(score(plain, tag));
  });

  it("takes the long headline under a Portuguese menu, not the menu with the headline read as its deck", () => {
    const headline = "A biblioteca municipal vai abrir à noite durante todo o inverno no bairro";
    const text = [
      "Início  Região  País  Mundo  Desporto  Cultura",
      "",
      headline,
      "",
      "Por Rita Sousa · 4 de novembro de 2026",
      "",
      "A câmara municipal aprovou na terça-feira abrir a biblioteca até às vinte e três horas durante o inverno, um pedido antigo.",
      "",
      "A vereadora da cultura disse que o custo será pequeno porque o edifício já tem vigilância noturna e aquecimento.",
    ].join("\n");
    const article = fromText(text, { source: "a.txt" });
    expect(article.headline).toBe(headline);
    expect(article.description ?? "").not.toBe(headline);
  });

  // A title line "Site - Headline" over the headline printed alone, the notice naming the site in quotation marks or
  // with the company's noun glued to it.
  const titleLine = (site: string, headline: string, byline: string, lead: readonly string[], notice: string) =>
    [`${site} - ${headline}`, "", headline, "", byline, "", lead[0], "", lead[1], "", notice].join("\n");
  const ru = {
    headline: "Районная библиотека будет открыта по вечерам всю зиму",
    lead: [
      "Городской совет во вторник решил открыть библиотеку зимой до двадцати трёх часов, об этом студенты просили уже несколько лет.",
      "Заместитель мэра по культуре сказала, что расходы будут небольшими, потому что в здании уже есть ночной сторож и отопление.",
    ],
  };
  const ja = {
    headline: "区立図書館、冬の間は午後十一時まで夜間開館へ",
    lead: [
      "区議会は火曜日、冬の間、図書館を午後十一時まで開けることを決めた。学生たちが何年も求めてきたことだ。",
      "文化担当の副区長は、建物にはすでに夜間の警備と暖房があるため、費用は小さいと説明した。",
    ],
  };
  const ko = {
    headline: "구립 도서관이 겨울 내내 밤 열한 시까지 문을 연다",
    lead: [
      "구의회는 화요일 겨울 동안 도서관을 밤 열한 시까지 열기로 결정했으며 이는 학생들이 수년간 요구해 온 것이다.",
      "문화 담당 부구청장은 건물에 이미 야간 경비와 난방 시설이 있어 비용이 적게 든다고 말했다.",
    ],
  };

  it("cuts the site's name off a title line when the notice quotes it or glues its company's noun to it", () => {
    for (const notice of ["© 2026 «Вести залива». Все права защищены.", "© 2026 « Вести залива »", "© 2026 „Вести залива“"]) {
      const text = titleLine("Вести залива", ru.headline, "Анна Лебедева, 4 ноября 2026", ru.lead, notice);
      expect(fromText(text, { source: "a.txt" }).headline, notice).toBe(ru.headline);
    }
    const jaText = titleLine("湾岸日報", ja.headline, "2026年11月4日 10:20", ja.lead, "© 2026 湾岸日報社 無断転載を禁じます");
    expect(fromText(jaText, { source: "a.txt" }).headline).toBe(ja.headline);
    const koText = titleLine("바다신문", ko.headline, "김민지 기자 2026.11.04 10:20", ko.lead, "© 2026 바다신문사 무단 전재 금지");
    expect(fromText(koText, { source: "a.txt" }).headline).toBe(ko.headline);
  });

  it("leaves the title line whole when the notice quotes a longer name or glues more than the company's noun", () => {
    const whole = (site: string, p: typeof ru, byline: string, notice: string) =>
      fromText(titleLine(site, p.headline, byline, p.lead, notice), { source: "a.txt" }).headline;
    expect(whole("Вести", ru, "Анна Лебедева, 4 ноября 2026", "© 2026 «Вести залива»")).toBe(`Вести - ${ru.headline}`);
    expect(whole("湾岸", ja, "2026年11月4日 10:20", "© 2026 湾岸日報社")).toBe(`湾岸 - ${ja.headline}`);
  });
});

describe("a packed Bengali or Hindi header whose writer's name stands over the stamp", () => {
  const bn = [
    "শহরের পুরোনো ঘাটটি শুক্রবার বন্ধ করে দেওয়া হয়েছে, কারণ প্রকৌশলীরা এর তিনটি প্রধান খুঁটিতে ফাটল খুঁজে পেয়েছেন।",
    "পৌরসভা বলছে, মেরামতে অন্তত এক বছর সময় লাগবে এবং খরচ বাজেটে রাখা অর্থের চেয়ে অনেক বেশি হবে।",
    "নদীর পাড়ের দোকানিরা জানান, শীতে তাঁদের অর্ধেক ক্রেতা হারিয়েছেন এবং ঘাট বন্ধ হওয়ায় দুর্ভোগ আরও বেড়েছে।",
  ];
  const hi = [
    "शहर का पुराना घाट शुक्रवार को बंद हुआ, जब इंजीनियरों को तीन मुख्य खंभों में दरारें मिलीं।",
    "नगर परिषद का कहना है कि मरम्मत में कम से कम एक साल लगेगा और खर्च बहुत ज़्यादा होगा।",
    "किनारे के दुकानदारों ने बताया कि सर्दियों में उनके आधे ग्राहक चले गए और मुश्किलें बढ़ गईं।",
  ];
  it("takes the title, not the stamp or the first paragraph, and dates the page, in the script's digits too", () => {
    for (const [head, name, stamp, story] of [
      ["পুরোনো ঘাট বন্ধ, মেরামতে এক বছর লাগবে", "রাকিব হাসান", "প্রকাশ: ৯ এপ্রিল ২০২৬, ০৮:১৫", bn],
      ["পুরোনো ঘাট বন্ধ, মেরামতে এক বছর লাগবে", "রাকিব হাসান", "প্রকাশিত: 9 এপ্রিল 2026", bn],
      ["पुराना घाट बंद, मरम्मत में एक साल लगेगा", "अमित वर्मा", "प्रकाशित: ९ अप्रैल २०२६, ०८:१५", hi],
    ] as const) {
      const article = fromText([head, name, stamp, ...story].join("\n"), { source: "a.txt" });
      expect(article.headline, stamp).toBe(head);
      expect(article.datePublished?.slice(0, 10), stamp).toBe("2026-04-09");
    }
  });
  it("reads no stamp in the script's own digits as a title", () => {
    for (const [tag, stamp] of [
      ["bn", "প্রকাশ: ৯ এপ্রিল ২০২৬, ০৮:১৫"],
      ["hi", "प्रकाशित: ९ अप्रैल २०२६, ०८:१५"],
    ] as const)
      expect(isTitleLike(classifyLine(segment(stamp)[0]!, languageFromTag(tag)), false), stamp).toBe(false);
  });
});

describe("a menu line listing places among its sections", () => {
  it("counts continents, large cities and capitals as sections, and Hebrew's home word and weather", () => {
    for (const menu of [
      "Home World Europe Asia Sport Lisbon Oslo",
      "Inicio Madrid Sevilla Deportes Cultura",
      "Startseite Politik Europa Wien Sport",
      "Home News Sport Buenos Aires Lima",
      "ראשי חדשות ספורט תרבות מזג אוויר",
    ])
      expect(isSectionMenu(menu), menu).toBe(true);
  });
  it("leaves headlines naming places, and a menu of three sections and two other words, as they were", () => {
    for (const title of [
      "Lisbon Oslo Talks Stall Over Fishing Quotas",
      "Harbour Master Resigns",
      "Oslo, Lisbon and Vienna Sign Rail Pact",
      "Home News Sport Harbour Pier",
    ])
      expect(isSectionMenu(title), title).toBe(false);
  });
  it("needs three sections beside places and no other word but after the home word: a title listing cities is none", () => {
    for (const title of [
      "Dallas Houston Austin Weather Alert",
      "Sydney Melbourne Brisbane Perth Weather",
      "Charlotte Austin Sofia Victoria Win",
      "Madrid Sevilla Valencia Barcelona Deportes",
      "World News Sport Hamilton Wins",
      "HAMILTON SANTOS VICTORIA SALVADOR",
    ])
      expect(isSectionMenu(title), title).toBe(false);
    for (const menu of ["News Sport Business Sydney Melbourne Perth", "Accueil Monde Afrique Europe Sport Économie"])
      expect(isSectionMenu(menu), menu).toBe(true);
  });
  it("reads a title listing cities under the site's name as the headline", () => {
    const story = [
      "Forecasters said the storm would reach the coast on Thursday night, with gusts strong enough to bring down trees.",
      "Schools in three counties will close early, and the airports have warned of delays and cancelled flights.",
    ];
    for (const title of ["Dallas Houston Austin Weather Alert", "London Paris Berlin Markets Slide"])
      expect(
        fromText(["The Coastal Courier", "", title, "By Tom Reeve", "14 March 2026", "", ...story].join("\n"), { source: "a.txt" })
          .headline,
      ).toBe(title);
  });
});

describe("a menu line in Catalan, Greek, Slovak, Tagalog, Thai and more, and a Chinese or Japanese menu over the title", () => {
  it("reads one-line menus of the newly listed languages, and of Chinese and Japanese parted by wide spaces", () => {
    for (const menu of [
      "Inici Notícies Política Economia Esports Cultura",
      "Αρχική Ειδήσεις Πολιτική Οικονομία Αθλητισμός",
      "Domov Správy Ekonomika Šport Kultúra",
      "Home Balita Pulitika Negosyo Isports Showbiz",
      "หน้าแรก ข่าว การเมือง เศรษฐกิจ กีฬา บันเทิง",
      "Hírek Közélet Világ Életmód Egészség",
      "Avaleht Uudised Välismaa Majandus Sport Kultuur",
      "Naslovnica Vijesti Politika Gospodarstvo Sport Kultura",
      "Thời sự Quốc tế Kinh tế Công nghệ Đời sống",
      "Mwanzo Habari Siasa Biashara Michezo Burudani",
      "होम देश दुनिया राजनीति खेल मनोरंजन",
      "ニュース　政治　経済　国際　スポーツ　天気",
      "首页　国内　国际　财经　体育　娱乐",
    ])
      expect(isSectionMenu(menu), menu).toBe(true);
  });

  it("leaves titles of a few such nouns joined by a word, or spaced between phrases, as titles", () => {
    for (const title of [
      "Πολιτική και Οικονομία",
      "Kultúra a šport",
      "Negosyo at Pulitika",
      "Siasa na Uchumi",
      "การเมือง เศรษฐกิจ และ สังคม ปีหน้า",
      "देश दुनिया की खबरें",
      "政治 経済 スポーツ 各界の反応",
      "港の市場 3年ぶり再開 家賃は据え置き",
    ])
      expect(isSectionMenu(title), title).toBe(false);
  });

  const jaHeadline = "川沿いの図書館、四月に再開";
  const jaStory = [
    "市は月曜日、川沿いの図書館の改修工事が予定より早く終わり、四月一日に再び開館すると発表した。",
    "",
    "新しい閲覧室は以前の二倍の広さになり、夜は九時まで開く。利用者の会が長く求めてきたことだ。",
  ];
  it("takes a Chinese or Japanese title holding Latin capitals over its deck, no label in capitals", () => {
    for (const [title, deck] of [
      ["G7首脳会議、AI規制で初の共同声明", "各国は来年までに新たな規則を定める"],
      ["AI芯片出口新规明年起实施", "商务部称将给企业半年过渡期"],
    ]) {
      const page = ["川辺新報", "", title, deck, "佐藤美咲", "2026年3月2日", "", ...jaStory];
      expect(fromText(page.join("\n"), { source: "a.txt" }).headline, title).toBe(title);
    }
  });

  it("takes the Japanese title under a long menu, not the menu over the title read as its deck", () => {
    for (const menu of ["ホーム ニュース 政治 スポーツ 文化 天気", "ホーム　ニュース　政治　経済　スポーツ　文化"]) {
      const page = ["川辺新報", "", menu, "", jaHeadline, "", "佐藤美咲", "2026年3月2日", "", ...jaStory];
      expect(fromText(page.join("\n"), { source: "a.txt" }).headline, menu).toBe(jaHeadline);
    }
  });
});
