import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { namesDay } from "./byline.js";
import { EN_MARKET_HALL_STORY, ZH_FERRY_STORY } from "./_stories.test-helpers.js";

const story = [
  "Night bus route to be cut after timetable review",
  "By Ada Fenwick",
  "",
  "The night bus between Kestrel Bridge and the hospital will stop running in August, the valley's transport board has decided after a review.",
  "",
  "Board members voted five to two on Thursday to end the route, which runs hourly from midnight and carries about forty passengers a night.",
  "",
  "Nurses who work late shifts at the hospital said they had not been asked before the vote, and asked the board to think again.",
  "",
  "The board said it would pay for a taxi-share scheme for hospital staff for one year while it looks for a cheaper way to run the route.",
  "",
  "A public meeting on the decision will be held at the library in June, and the board's members have said they will attend.",
  "",
  "The route was first run in 1998, when the hospital's new wing opened, and has never been cut before.",
];

describe("metadata from the byline region only", () => {
  it("does not date the story from a teaser's date set between its later paragraphs", () => {
    const towns = ["Kestrel Bridge", "Ashford Mill", "Lower Fenton", "Harrow Cross", "Saltmarsh", "Elder Green", "Wick End"];
    const later = towns.flatMap((town, n) => [
      "",
      `Passengers in ${town} said the last bus of the night was often the only way home, and ${n + 2} of them wrote to the board this spring.`,
      "",
      `The board's figures show that riders from ${town} made up a small share of the route's trips, though more than it had expected.`,
    ]);
    const teaser = ["", "Valley bus fares to rise in September", "3 April 2025"];
    const page = [...story, ...later, ...teaser, ...later.slice(0, 4)];
    const article = fromText(page.join("\n"), { meta: { inLanguage: "en" } });
    expect(article.datePublished).toBeUndefined();
  });

  it("drops the dates under the titles of a related list", () => {
    const page = [
      ...story,
      "",
      "Related stories",
      "Valley bus fares to rise in September",
      "3 April 2025",
      "Hospital car park to close",
      "18 March 2025",
    ];
    const article = fromText(page.join("\n"), { meta: { inLanguage: "en" } });
    expect(article.body.at(-1)).toEqual({
      type: "related",
      title: "Related stories",
      items: [{ title: "Valley bus fares to rise in September" }, { title: "Hospital car park to close" }],
    });
  });

  it("takes the date printed under the byline", () => {
    const page = [
      ...story.slice(0, 2),
      "12 May 2025",
      ...story.slice(2),
      "",
      "Related stories",
      "Valley bus fares to rise",
      "3 April 2025",
    ];
    expect(fromText(page.join("\n"), { meta: { inLanguage: "en" } }).datePublished).toBe("2025-05-12");
  });

  it("labels a Korean page Korean when the source does not say", () => {
    const page = [
      "섬 유일의 여객선, 석 달 만에 운항 재개",
      "김민지 기자",
      "",
      "섬의 유일한 여객선이 조선소에서 석 달 동안 수리를 마치고 월요일부터 다시 운항을 시작했다.",
      "",
      "주민들은 그동안 일주일에 두 번만 오가는 임대 선박에 의지해야 했다.",
      "",
      "군청은 다음 달부터 매일 운항하는 시간표를 다시 적용한다고 밝혔다.",
      "",
      "ⓒ 해안일보 무단전재 및 재배포 금지",
    ];
    const article = fromText(page.join("\n"));
    expect(article.inLanguage).toBe("ko");
    expect(article.authors).toEqual([{ type: "Person", name: "김민지" }]);
    expect(article.body.map((block) => (block.type === "paragraph" ? block.text : block.type))).toEqual([page[3], page[5], page[7]]);
  });

  it("dates the story from its byline when the date follows the names on the same line", () => {
    const withByline = (byline: string) => fromText([story[0], byline, ...story.slice(2)].join("\n"), { meta: { inLanguage: "en" } });
    const dated = withByline("By Ada Fenwick on Tuesday, 4 March 2025, for the Valley Courier");
    expect([dated.authors, dated.datePublished]).toEqual([[{ type: "Person", name: "Ada Fenwick" }], "2025-03-04"]);
    expect(withByline("BY ADA FENWICKPUBLISHED: MAR 4, 2025, IN THE VALLEY COURIER").datePublished).toBe("2025-03-04");
    expect(withByline("Von Ada Fenwick am 4. März 2025 in der Talzeitung erschienen").datePublished).toBe("2025-03-04");
    const updated = withByline("By Ada Fenwick, Valley Courier | Updated on 4 March 2025 at 10:04");
    expect([updated.datePublished, updated.dateModified]).toEqual(["2025-03-04", "2025-03-04"]);
  });

  it("takes no date from a byline in an author box under the story", () => {
    const page = [story[0], ...story.slice(2), "", "By Ada Fenwick on Tuesday, 4 March 2025, for the Valley Courier"];
    const article = fromText(page.join("\n"), { meta: { inLanguage: "en" } });
    expect([article.authors, article.datePublished]).toEqual([[{ type: "Person", name: "Ada Fenwick" }], undefined]);
  });

  it("takes the author and the date from a line that sets the name before the date", () => {
    const page = [story[0], "Ada Fenwick - 4 March 2025 10:04 GMT", ...story.slice(2)];
    const article = fromText(page.join("\n"), { meta: { inLanguage: "en" } });
    expect([article.authors, article.datePublished]).toEqual([[{ type: "Person", name: "Ada Fenwick" }], "2025-03-04T10:04:00+00:00"]);
  });

  it("reads a byline whose label stands alone on the line over the names", () => {
    const withLines = (...lines: string[]) => fromText([story[0], ...lines, ...story.slice(2)].join("\n"), { meta: { inLanguage: "en" } });
    expect(withLines("By", "Ada Fenwick").authors).toEqual([{ type: "Person", name: "Ada Fenwick" }]);
    const spanish = withLines("Por", "Ana Ruiz, 4 de marzo de 2025");
    expect([spanish.authors, spanish.datePublished]).toEqual([[{ type: "Person", name: "Ana Ruiz" }], "2025-03-04"]);
    expect(withLines("Von", "Ada Fenwick").authors).toEqual([{ type: "Person", name: "Ada Fenwick" }]);
  });

  it("takes a name with its job title after it or under it for the byline, in several languages", () => {
    const withLines = (...lines: string[]) => fromText([story[0], ...lines, ...story.slice(2)].join("\n"), { meta: { inLanguage: "en" } });
    const ada = [{ type: "Person", name: "Ada Fenwick" }];
    expect(withLines("Ada Fenwick", "Trending Editor").authors).toEqual(ada);
    expect(withLines("Ada Fenwick | Guest Columnist").authors).toEqual(ada);
    expect(withLines("Ada Fenwick, Redakteurin").authors).toEqual(ada);
    expect(withLines("Ada Fenwick", "journaliste").authors).toEqual(ada);
    // A company blog's: the job title with the team after a comma, over the date and the reading time.
    const team = withLines("Ada Fenwick", "Staff Engineer, Developer Productivity", "March 4, 2025 · 9 min read");
    expect([team.authors, team.datePublished]).toEqual([ada, "2025-03-04"]);
    const teamDe = withLines("Ada Fenwick", "Leiterin, Forschung & Entwicklung", "4. März 2025 · 9 Min. Lesezeit");
    expect([teamDe.authors, teamDe.datePublished]).toEqual([ada, "2025-03-04"]);
    // Near miss: a phrase after the comma is no team, and the name over it signs nothing.
    expect(withLines("Ada Fenwick", "Staff Engineer, and then founder", "March 4, 2025").authors).toBeUndefined();
    // A name alone, with nothing to say it is a byline, is left alone.
    expect(withLines("Ada Fenwick").authors).toBeUndefined();
  });

  it("leaves the author's job title alone under a byline out of the body, in several languages", () => {
    const bodyUnder = (...lines: string[]) => {
      // Copied from a page that sets no blank line between its lines, as older pages print their header and text.
      const packed = [story[0], ...lines, ...story.slice(3).filter((line) => line !== "")];
      const article = fromText(packed.join("\n"), { meta: { inLanguage: "en" } });
      return [article.authors?.map((author) => author.name), (article.body[0] as { text?: string }).text];
    };
    for (const [byline, role] of [
      ["By Ada Fenwick", "Staff Writer"],
      ["Von Ada Fenwick", "Redakteurin"],
      ["Par Ada Fenwick", "Journaliste"],
    ])
      expect(bodyUnder(byline!, role!), role).toEqual([["Ada Fenwick"], story[3]]);
    // A short first paragraph under the byline is the story's, as before.
    const lede = "Night fares rise for the second time this year.";
    expect(bodyUnder("By Ada Fenwick", lede)).toEqual([["Ada Fenwick"], lede]);
    // A column's name that ends in a role's word is no job title: its article, preposition or salutation says so.
    for (const [byline, column] of [
      ["By Ada Fenwick", "From the Editor"],
      ["By Ada Fenwick", "Notes from a Correspondent"],
      ["By Ada Fenwick", "Dear Editor"],
      ["Von Ada Fenwick", "Brief an den Redakteur"],
      ["Par Ada Fenwick", "Le mot du directeur"],
      ["Por Ada Fenwick", "Carta al director"],
    ])
      expect(bodyUnder(byline!, column!)[1], column).toBe(column);
    // Job titles one over another are the story's list of jobs: the first is not taken for the byline's.
    expect(bodyUnder("By Ada Fenwick", "Senior Software Engineer", "Product Designer", "Data Analyst")[1]).toBe("Data Analyst");
  });
});

// Three paragraphs of a short story in each language, and its header: title, byline, date.
const harbourStories: Record<string, { header: [string, string, string]; paragraphs: [string, string, string] }> = {
  en: {
    header: ["Harbour fund opens for fishing sheds", "By Tomas Reyes", "March 4, 2026"],
    paragraphs: [
      "The harbour board agreed on Tuesday to open a fund for small repairs to the old fishing sheds along the north quay this year.",
      "Owners of the sheds said the money would come too late for the roofs that fell in during the winter storms last month.",
      "The board said it would publish the rules for the fund next week and hold a meeting for owners at the harbour office.",
    ],
  },
  es: {
    header: ["Abre el fondo para los cobertizos del puerto", "Por Marta Solís", "4 de marzo de 2026"],
    paragraphs: [
      "El ayuntamiento aprobó el martes un fondo para reparar los viejos cobertizos de pesca del muelle norte antes del verano de este año.",
      "Los dueños de los cobertizos dijeron que el dinero llega tarde para los tejados que se hundieron durante las tormentas del invierno.",
      "El consistorio publicará las bases la próxima semana y celebrará una reunión con los dueños en la oficina del puerto.",
    ],
  },
  fr: {
    header: ["Le fonds pour les hangars du port est ouvert", "Par Claire Dubois", "4 mars 2026"],
    paragraphs: [
      "Le conseil du port a approuvé mardi un fonds pour réparer les vieux hangars de pêche du quai nord avant l'été de cette année.",
      "Les propriétaires des hangars ont dit que l'argent arrivait trop tard pour les toits effondrés pendant les tempêtes de l'hiver.",
      "Le conseil publiera les règles du fonds la semaine prochaine et tiendra une réunion avec les propriétaires au bureau du port.",
    ],
  },
  de: {
    header: ["Fonds für die Fischerschuppen ist eröffnet", "Von Jonas Weber", "4. März 2026"],
    paragraphs: [
      "Der Hafenrat hat am Dienstag einen Fonds für Reparaturen an den alten Fischerschuppen am Nordkai beschlossen, der noch in diesem Jahr startet.",
      "Die Besitzer der Schuppen sagten, das Geld komme zu spät für die Dächer, die in den Winterstürmen im letzten Monat eingestürzt sind.",
      "Der Rat will die Regeln für den Fonds nächste Woche veröffentlichen und die Besitzer zu einem Treffen ins Hafenbüro einladen.",
    ],
  },
  it: {
    header: ["Aperto il fondo per i capanni del porto", "Di Giulia Conti", "4 marzo 2026"],
    paragraphs: [
      "Il consiglio del porto ha approvato martedì un fondo per riparare i vecchi capanni dei pescatori sul molo nord entro l'estate di quest'anno.",
      "I proprietari dei capanni hanno detto che i soldi arrivano troppo tardi per i tetti crollati durante le tempeste dell'inverno scorso.",
      "Il consiglio pubblicherà le regole del fondo la prossima settimana e terrà una riunione con i proprietari nell'ufficio del porto.",
    ],
  },
  pt: {
    header: ["Abre o fundo para os barracões do porto", "Por Ana Ribeiro", "4 de março de 2026"],
    paragraphs: [
      "O conselho do porto aprovou na terça-feira um fundo para reparar os velhos barracões de pesca do cais norte antes do verão deste ano.",
      "Os donos dos barracões disseram que o dinheiro chega tarde demais para os telhados que caíram durante as tempestades do inverno.",
      "O conselho vai publicar as regras do fundo na próxima semana e fará uma reunião com os donos no escritório do porto.",
    ],
  },
};
/** The text of each block of an article's body (a figure has none). */
const bodyTexts = (article: ReturnType<typeof fromText>) => article.body.map((block) => ("text" in block ? block.text : ""));
/** A deadline set on its own line after the story's first paragraph, in each language. */
const deadlineLines: Array<[string, string]> = [
  ["en", "Apply by 30 June 2026"],
  ["en", "Deadline: 30 June 2026"],
  ["es", "Plazo: 30 de junio de 2026"],
  ["es", "Hasta el 30 de junio de 2026"],
  ["fr", "Jusqu'au 30 juin 2026"],
  ["de", "Bis 30. Juni 2026"],
  ["it", "Entro il 30 giugno 2026"],
  ["pt", "Até 30 de junho de 2026"],
];

describe("dated lines in the body under a header that printed its date", () => {
  it.each(deadlineLines)("keep a deadline as the story's text, not the header's date: %s %s", (language, deadline) => {
    const { header, paragraphs } = harbourStories[language]!;
    const page = ["Harbour News", ...header, "", paragraphs[0], "", deadline, "", paragraphs[1], "", paragraphs[2]];
    const article = fromText(page.join("\n"));
    expect(article.headline).toBe(header[0]);
    expect(article.datePublished).toBe("2026-03-04");
    expect(article.description).toBeUndefined();
    expect(bodyTexts(article)).toEqual([paragraphs[0], deadline, ...paragraphs.slice(1)]);
  });

  it("reads no programme's dated entry after the first paragraphs as the header's date", () => {
    const { header, paragraphs } = harbourStories.es!;
    const programme = ["Programa", "22 de mayo de 2026 — Pregón de apertura", "23 de mayo de 2026 — Firma de autores"];
    const article = fromText(
      ["Harbour News", ...header, "", paragraphs[0], "", paragraphs[1], "", ...programme, "", paragraphs[2]].join("\n"),
    );
    expect(article.headline).toBe(header[0]);
    expect(article.authors?.map((author) => author.name)).toEqual(["Marta Solís"]);
    expect(article.datePublished).toBe("2026-03-04");
    expect(bodyTexts(article).slice(0, 2)).toEqual(paragraphs.slice(0, 2));
  });

  // Near misses: the header's own date under a standfirst, with no date over the region, is read as before.
  it.each(Object.keys(harbourStories))("still reads a date line under a byline and a standfirst: %s", (language) => {
    const { header, paragraphs } = harbourStories[language]!;
    const [title, byline, date] = header;
    const article = fromText([title, byline, "", paragraphs[0], "", date, "", paragraphs[1], "", paragraphs[2]].join("\n"));
    expect(article.headline).toBe(title);
    expect(article.datePublished).toBe("2026-03-04");
    expect(article.description).toBe(paragraphs[0]);
  });
});

/** A labelled date line a story sets among its paragraphs (a list of changes, a help page's section), in each language. */
const storyDateLines: Array<[string, string]> = [
  ["en", "Last updated: 12 May 2026"],
  ["en", "Published: 12 May 2026"],
  ["es", "Actualizado: 12 de mayo de 2026"],
  ["fr", "Mis à jour : 12 mai 2026"],
  ["de", "Aktualisiert: Fahrplan ab 14. Juli 2026"],
  ["it", "Ultimo aggiornamento: 12 maggio 2026"],
  ["pt", "Atualizado em 12 de maio de 2026"],
];

/** A header's updated line in each language of `harbourStories`. */
const headerUpdates: Record<string, string> = {
  en: "Updated: 12 May 2026",
  es: "Actualizado: 12 de mayo de 2026",
  fr: "Mis à jour : 12 mai 2026",
  de: "Aktualisiert: 12. Mai 2026",
  it: "Aggiornato: 12 maggio 2026",
  pt: "Atualizado em 12 de maio de 2026",
};

describe("a labelled date line among the story's paragraphs", () => {
  it.each(storyDateLines)("keeps it as text, neither the header's date nor the end of a standfirst: %s %s", (language, dated) => {
    const { header, paragraphs } = harbourStories[language]!;
    const [title, byline] = header;
    const page = [title, byline, "", paragraphs[0], "", paragraphs[1], "", dated, "", paragraphs[2]];
    const article = fromText(page.join("\n"));
    expect(article.headline).toBe(title);
    expect(article.authors).toHaveLength(1);
    expect([article.datePublished, article.dateModified, article.description]).toEqual([undefined, undefined, undefined]);
    expect(bodyTexts(article)).toEqual([paragraphs[0], paragraphs[1], dated, paragraphs[2]]);
  });

  it("keeps a Dutch changelog's date between its paragraphs, with no byline over the story", () => {
    const paragraphs = [
      "De nieuwe versie van de app laat reizigers hun kaartje bewaren op het toestel, ook als er geen verbinding is met het netwerk.",
      "Wie de app al gebruikte, hoeft niets te doen: de kaartjes die al gekocht zijn, worden bij de eerste start vanzelf overgezet.",
      "Bij vragen kunnen reizigers terecht bij de klantenservice, die op werkdagen tot acht uur 's avonds bereikbaar is.",
    ];
    const page = [
      "Reizen zonder bereik met de nieuwe app",
      "",
      paragraphs[0],
      "",
      paragraphs[1],
      "",
      "Bijgewerkt: 3 maart 2026",
      "",
      paragraphs[2],
    ];
    const article = fromText(page.join("\n"));
    expect(article.headline).toBe(page[0]);
    expect(article.dateModified).toBeUndefined();
    expect(bodyTexts(article)).toEqual([paragraphs[0], paragraphs[1], "Bijgewerkt: 3 maart 2026", paragraphs[2]]);
  });

  // Near misses: the header's own labelled date, under a standfirst and a byline or right under the headline.
  it.each(Object.keys(harbourStories))("still reads an updated line under a standfirst and a byline: %s", (language) => {
    const { header, paragraphs } = harbourStories[language]!;
    const [title, byline] = header;
    const standfirst = paragraphs[2];
    const article = fromText([title, standfirst, byline, headerUpdates[language], "", paragraphs[0], "", paragraphs[1]].join("\n"));
    expect(article.headline).toBe(title);
    expect(article.description).toBe(standfirst);
    expect(article.dateModified).toBe("2026-05-12");
    expect(bodyTexts(article)).toEqual(paragraphs.slice(0, 2));
  });

  it.each(Object.keys(harbourStories))("still reads a date line right under the headline: %s", (language) => {
    const { header, paragraphs } = harbourStories[language]!;
    const [title, , date] = header;
    const article = fromText([title, date, "", ...paragraphs.flatMap((paragraph) => [paragraph, ""])].join("\n"));
    expect([article.headline, article.datePublished]).toEqual([title, "2026-03-04"]);
    expect(bodyTexts(article)).toEqual(paragraphs);
  });
});

/** The header's date of each story in `harbourStories` with a time glued to its year, as a copy of a date element prints it. */
const gluedTimes: Record<string, string> = {
  en: "March 4, 20269:15 AM ET",
  es: "4 de marzo de 202609:15",
  fr: "4 mars 202609:15",
  de: "4. März 202609:15 Uhr",
  it: "4 marzo 202609:15",
  pt: "4 de março de 202609:15",
};

describe("a header date whose year is glued to the time after it", () => {
  it.each(Object.keys(harbourStories))("dates the story: %s", (language) => {
    const { header, paragraphs } = harbourStories[language]!;
    const [title, byline] = header;
    const article = fromText([title, gluedTimes[language], byline, "", ...paragraphs.flatMap((p) => [p, ""])].join("\n"));
    expect(article.datePublished?.slice(0, 10)).toBe("2026-03-04");
    expect(bodyTexts(article)).toEqual(paragraphs);
  });

  it("reads the time and its zone too", () => {
    const { header, paragraphs } = harbourStories.en!;
    const article = fromText([header[0], gluedTimes.en, header[1], "", ...paragraphs.flatMap((p) => [p, ""])].join("\n"));
    expect(article.datePublished).toBe("2026-03-04T09:15:00-05:00");
  });

  // Near miss: the same shape under a related story after the body dates nothing.
  it("takes no date from such a line under a related story after the body", () => {
    const teaser = ["", "Related stories", "Valley bus fares to rise in September", "April 3, 20258:30 AM ET"];
    expect(fromText([...story, ...teaser].join("\n"), { meta: { inLanguage: "en" } }).datePublished).toBeUndefined();
  });
});

/** A programme's or section's label that a page prints between the header's date and its byline, in each language. */
const labelsOverByline: Record<string, string> = {
  en: "From the Harbour Hour programme",
  es: "Sección Sociedad",
  fr: "Rubrique Société",
  de: "Ressort Gesellschaft",
  it: "Rubrica Società",
  pt: "Seção Sociedade",
};

describe("a byline whose label stands on a line of its own", () => {
  // "By Tomas Reyes" → ["By", "", "Tomas Reyes"], as a text copy prints a label and its link set apart.
  const splitByline = (byline: string) => {
    const [label, ...names] = byline.split(" ");
    return [label!, "", names.join(" ")];
  };

  it.each(Object.keys(harbourStories))("names the author under a label line after the date: %s", (language) => {
    const { header, paragraphs } = harbourStories[language]!;
    const [title, byline, date] = header;
    const page = [title, date, labelsOverByline[language]!, "", ...splitByline(byline), "", ...paragraphs.flatMap((p) => [p, ""])];
    const article = fromText(page.join("\n"));
    expect(article.authors?.map((author) => author.name)).toEqual([byline.split(" ").slice(1).join(" ")]);
    expect(bodyTexts(article)).toEqual(paragraphs);
  });

  // Near misses: an author box after the story does not outrank the header's byline, nor date the story.
  it("keeps the header's author over a split byline in an author box under the story", () => {
    const { header, paragraphs } = harbourStories.en!;
    const box = ["", "Written by", "", "Maren Holt", "", "March 9, 2026"];
    const article = fromText([...header, "", ...paragraphs.flatMap((p) => [p, ""]), ...box].join("\n"));
    expect(article.authors?.map((author) => author.name)).toEqual(["Tomas Reyes"]);
    expect(article.datePublished).toBe("2026-03-04");
  });

  // Near misses in the body of a story whose header names nobody: a section's label over a noun, in several languages,
  // and a sentence broken at a link.
  it.each([
    ["en", "Getting there", "By", "Train"],
    ["it", "Come arrivare", "Di", "Giorno"],
    ["de", "Anreise", "Von", "Norden"],
    ["es", "Cómo llegar", "Por", "Carretera"],
    ["fr", "Y aller", "Par", "Avion"],
  ])("names no author from a label over a noun: %s %s / %s / %s", (language, section, label, noun) => {
    const { header, paragraphs } = harbourStories[language]!;
    const page = [header[0], header[2], "", paragraphs[0], "", paragraphs[1], "", section, "", label, "", noun, "", paragraphs[2]];
    expect(fromText(page.join("\n")).authors).toBeUndefined();
  });

  // Near misses: a teaser's split byline between the story's paragraphs, and a name whose line runs on in lower case.
  it("names no author from a split byline with the story going on under it, or from a sentence broken at a link", () => {
    const { header, paragraphs } = harbourStories.en!;
    const teaser = ["How the lifeboat station was saved", "", "By", "", "Maren Holt"];
    const filler = paragraphs.map((p) => p.replace("harbour", "island"));
    const withTeaser = [header[0], header[2], "", ...paragraphs.flatMap((p) => [p, ""]), ...teaser, "", ...filler.flatMap((p) => [p, ""])];
    expect(fromText(withTeaser.join("\n")).authors).toBeUndefined();
    // At the body's top, where a byline may stand, the lower-case line under the name tells the sentence.
    const broken = ["The repairs were filmed from the cliff", "By", "Maren Holt", "who was walking her dog there at the time."];
    const withBroken = [header[0], header[2], "", paragraphs[0], "", ...broken, "", ...filler.flatMap((p) => [p, ""])];
    expect(fromText(withBroken.join("\n")).authors).toBeUndefined();
  });

  it("keeps a sentence broken at a link around a lone 'by' as the story's text", () => {
    const { header, paragraphs } = harbourStories.en!;
    const broken = [
      "The survey was carried out",
      "",
      "by",
      "",
      "Maren Holt",
      "",
      "and two divers from the harbour office, who spent a week under the pier.",
    ];
    const article = fromText([header[0], header[2], "", paragraphs[0], "", ...broken, "", paragraphs[1], "", paragraphs[2]].join("\n"));
    expect(article.authors).toBeUndefined();
    expect(bodyTexts(article).join(" ")).toContain("Maren Holt");
  });
});

describe("a wire's name after a date line", () => {
  // Near miss of the header's "12 marzo 2025 (ANSA)": under the story it is a teaser's date line, its wire that story's.
  it.each([
    ["en", "March 11, 2026 (Reuters)"],
    ["it", "11 marzo 2026 (ANSA)"],
  ])("takes no author from a teaser's date line under the story: %s", (language, teaserDate) => {
    const { header, paragraphs } = harbourStories[language]!;
    const teasers = ["", "More stories", "", "Ferry fares to rise in the spring", teaserDate];
    const article = fromText([header[0], header[2], "", ...paragraphs.flatMap((p) => [p, ""]), ...teasers].join("\n"));
    expect(article.authors).toBeUndefined();
    expect(article.datePublished).toBe("2026-03-04");
  });
});

/** A Chinese story beside `harbourStories`, for the meta lines of a Chinese header. */
const zhStory = {
  title: "港口基金开始接受渔棚维修申请",
  paragraphs: [
    "港口委员会周二同意设立一项基金，用于今年修缮北码头沿线的旧渔棚，首批申请将于下周开始受理。",
    "渔棚的主人们表示，这笔钱来得太晚，上个月冬季风暴中倒塌的屋顶已经无法等待修理。",
    "委员会表示将在下周公布基金的具体规则，并在港口办公室与渔棚的主人们召开一次会议。",
  ],
};
/** Each language's story: its headline and paragraphs. */
const storyOf = (language: string) =>
  language === "zh" ? zhStory : { title: harbourStories[language]!.header[0]!, paragraphs: harbourStories[language]!.paragraphs };
/** A page: the headline, then `header` lines, then the story's paragraphs with `inBody`'s lines before the last. */
const metaPage = (language: string, header: string[], inBody: string[] = []) => {
  const { title, paragraphs } = storyOf(language);
  const [first, second, last] = paragraphs;
  return [title, ...header, "", first, "", second, "", ...inBody.flatMap((line) => [line, ""]), last].join("\n");
};

/** A header's meta line under the headline, with more beside its date than a date line holds, in each language. */
const metaLinesUnder: Array<[string, string]> = [
  ["en", "March 4, 2026 • Harbour • 4 min read"],
  ["en", "2026-03-04#harbour#fishing"],
  ["en", "March 4, 2026Harbour and Coast"],
  ["en", "March 4, 2026 · Harbour · 3 Comments on Harbour fund opens for fishing sheds"],
  ["es", "Sociedad — 4 de marzo de 2026 — Lectura: 3 min"],
  ["fr", "4 mars 2026 · Société · 12 commentaires"],
  ["de", "Lokales | 4. März 2026 | 3 Kommentare"],
  ["zh", "发布于 2026-03-04 09:30 · 来源：海港日报 · 阅读 2817"],
];

describe("a header's meta line with several parts", () => {
  it.each(metaLinesUnder)("dates the story from the line under its headline: %s %s", (language, line) => {
    const article = fromText(metaPage(language, [line]));
    expect(article.headline).toBe(storyOf(language).title);
    expect(article.datePublished?.slice(0, 10)).toBe("2026-03-04");
    expect(bodyTexts(article)).toEqual(storyOf(language).paragraphs);
  });

  it("names the author its byline part names", () => {
    const article = fromText(metaPage("zh", ["发布于 2026-03-04 09:30 · 作者：王芳 · 阅读 2817"]));
    expect(article.datePublished?.slice(0, 10)).toBe("2026-03-04");
    expect(article.authors?.map((author) => author.name)).toEqual(["王芳"]);
  });

  it("dates the story from the line over its headline, as a date-first header prints it", () => {
    const article = fromText(metaPage("en", []).replace(/^/, "Harbour · March 4, 2026 · 4 min read\n"));
    expect(article.headline).toBe(storyOf("en").title);
    expect(article.datePublished).toBe("2026-03-04");
  });

  // Near misses: a part that is a clause (a long run of Chinese characters, a title after a count that is no comment
  // count) is no meta part.
  it.each([
    ["zh", "2026-03-04 · 港口委员会周二批准了一项修缮基金"],
    ["en", "March 4, 2026 · Harbour · 3 Boats on Harbour fund opens for fishing sheds"],
  ])("takes no date from a line with a clause for a part: %s %s", (language, line) => {
    expect(fromText(metaPage(language, [line])).datePublished).toBeUndefined();
  });

  it("keeps the authors of a byline line with a date and a section over the headline", () => {
    const article = fromText(metaPage("en", []).replace(/^/, "By Tomas Reyes · March 4, 2026 · Harbour\n"));
    expect(article.authors?.map((author) => author.name)).toEqual(["Tomas Reyes"]);
    expect(article.datePublished).toBe("2026-03-04");
  });

  // Near misses: the same shapes in the body are a timeline's, a listing's, a changelog's or a fixture list's lines.
  it.each([
    ["en", ["March 3, 2026 — Council Votes To Close Pier", "March 9, 2026 — Pier Closes For Repairs"]],
    ["en", ["Sat 7 March 2026 · Harbour Hall · Free", "Sun 8 March 2026 · Quay Gallery · Free"]],
    ["en", ["2026-03-03 · Version 2.3.1 · Security Fixes"]],
    ["fr", ["Sam. 7 mars 2026 · Salle du Port · Gratuit"]],
    ["de", ["Sa. 7. März 2026 · Hafen SV · Heimspiel"]],
    ["es", ["3 de marzo de 2026 · Segunda Edición · Tapa Blanda"]],
    ["zh", ["2026年3月7日 · 港口音乐节 · 免费入场"]],
  ])("keeps such lines in the body and takes no date from them: %s %s", (language, lines) => {
    const article = fromText(metaPage(language, [], lines));
    expect(article.datePublished).toBeUndefined();
    expect(bodyTexts(article).slice(-1 - lines.length)).toEqual([...lines, storyOf(language).paragraphs[2]]);
  });

  it("reads no listing's lines right under the headline as its meta line", () => {
    const listing = ["Sat 7 March 2026 · Harbour Hall · Free", "Sun 8 March 2026 · Quay Gallery · Free"];
    const article = fromText(metaPage("en", listing));
    expect(article.headline).toBe(storyOf("en").title);
    expect(article.datePublished).toBeUndefined();
  });

  // Near misses: an event's line right under or over the headline (a weekday's date among names only) is no header's.
  it.each([
    ["en", "Sat 8 March 2026 · Harbour Hall · Free"],
    ["fr", "Samedi 8 mars 2026 | Criée du Port | Gratuit"],
    ["de", "Sa. 8. März 2026 · Hafenhalle · Eintritt Frei"],
  ])("takes no date from an event's line at the headline: %s %s", (language, line) => {
    expect(fromText(metaPage(language, [line])).datePublished).toBeUndefined();
    expect(fromText(`${line}\n${metaPage(language, [])}`).datePublished).toBeUndefined();
  });

  it("reads a weekday's date with a part only a header prints", () => {
    expect(fromText(metaPage("en", ["Wed 4 March 2026 · Harbour · 4 min read"])).datePublished).toBe("2026-03-04");
  });

  it("reads an update after the date, and a time", () => {
    const article = fromText(metaPage("en", ["March 4, 2026 · Updated March 6, 2026 · Harbour · 4 min read"]));
    expect([article.datePublished, article.dateModified]).toEqual(["2026-03-04", "2026-03-06"]);
    expect(fromText(metaPage("en", ["Harbour and Coast | March 4, 2026 | 09:15 GMT"])).datePublished?.slice(0, 10)).toBe("2026-03-04");
  });

  it("reads an update before the published date, each to its own field, and an update alone as both", () => {
    const updateFirst = fromText(metaPage("en", ["Updated March 6, 2026 · Published March 4, 2026 · Harbour · 4 min read"]));
    expect([updateFirst.datePublished, updateFirst.dateModified]).toEqual(["2026-03-04", "2026-03-06"]);
    const updateOnly = fromText(metaPage("en", ["Updated March 6, 2026 · Harbour · 4 min read"]));
    expect([updateOnly.datePublished, updateOnly.dateModified]).toEqual(["2026-03-06", "2026-03-06"]);
    // A later date beside an update that comes first is a next date, not the published one.
    const nextReview = fromText(metaPage("en", ["Updated March 6, 2026 · Next review March 9, 2027 · Harbour"]));
    expect([nextReview.datePublished, nextReview.dateModified]).toEqual(["2026-03-06", "2026-03-06"]);
  });

  it("takes no date from a line whose other part is a clause in lower case", () => {
    expect(fromText(metaPage("en", ["March 4, 2026 · doors open at seven"])).datePublished).toBeUndefined();
  });

  it("takes no date from such a line under a teaser after the body", () => {
    const teaser = ["", "Related stories", "Valley bus fares to rise in September", "Transport · April 3, 2025 · 2 min read"];
    expect(fromText([...story, ...teaser].join("\n"), { meta: { inLanguage: "en" } }).datePublished).toBeUndefined();
  });
});

/** A short post in each language: its title, two long paragraphs and a short one, then a count of comments over two comments. */
const shortPosts: Record<string, { title: string; paragraphs: string[]; count: string; comments: Array<[string, string]> }> = {
  en: {
    title: "Notes from a First Year of Beekeeping",
    paragraphs: [
      "I collected my first colony last spring from a neighbour who was moving away, and I had read only one book about bees.",
      "The old keepers at the club lent me a smoker, a veil and more advice than I could take in during a whole season.",
      "Next year I hope to try a second hive.",
    ],
    count: "2 Responses",
    comments: [
      ["Posted on May 2, 2026 9:30 am by Otto Crane", "Welcome to the hobby, it only gets better!"],
      ["Posted on May 3, 2026 11:45 am by Nell Park", "Wait until the first honey harvest comes in."],
    ],
  },
  de: {
    title: "Mein erstes Jahr als Imkerin",
    paragraphs: [
      "Im letzten Frühjahr habe ich mein erstes Volk von einer Nachbarin übernommen, die weggezogen ist, und ich hatte nur ein Buch gelesen.",
      "Die alten Imker im Verein haben mir einen Smoker, einen Schleier und mehr Ratschläge geliehen, als ich behalten konnte.",
      "Nächstes Jahr will ich einen zweiten Kasten.",
    ],
    count: "Kommentare (2)",
    comments: [
      ["Von Otto Kranz, 2. Mai 2026", "Willkommen im Verein, es wird nur besser!"],
      ["Von Nele Park, 3. Mai 2026", "Warte auf die erste Honigernte."],
    ],
  },
  fr: {
    title: "Ma première année d'apicultrice",
    paragraphs: [
      "Au printemps dernier, j'ai repris ma première colonie chez une voisine qui déménageait, et je n'avais lu qu'un seul livre sur les abeilles.",
      "Les anciens du club m'ont prêté un enfumoir, un voile et plus de conseils que je ne pouvais en retenir en une saison.",
      "L'an prochain, je veux une deuxième ruche.",
    ],
    count: "Commentaires (2)",
    comments: [
      ["Par Otto Grue, 2 mai 2026", "Bienvenue au club, ça ne fait que commencer !"],
      ["Par Nell Parc, 3 mai 2026", "Attends la première récolte de miel."],
    ],
  },
};

describe("a short post over its comments", () => {
  // The comments' bylines lie within the reach where a header's byline may stand under a disclosure opening the
  // region; past the count of comments, they are no longer the story's.
  it.each(Object.keys(shortPosts))("keeps the post's title and text, not a comment's: %s", (language) => {
    const { title, paragraphs, count, comments } = shortPosts[language]!;
    const page = [
      title,
      "",
      ...paragraphs.flatMap((p) => [p, ""]),
      count,
      "",
      ...comments.flatMap(([byline, text]) => [byline, "", text, ""]),
    ];
    const article = fromText(page.join("\n"));
    expect(article.headline).toBe(title);
    expect(bodyTexts(article)).toEqual(paragraphs);
  });

  it.each(Object.keys(shortPosts))("names no commenter as the author, nor a comment's date as the post's: %s", (language) => {
    const { title, paragraphs, count, comments } = shortPosts[language]!;
    const thread = [count, "", ...comments.flatMap(([byline, text]) => [byline, "", text, ""])];
    const article = fromText([title, "", ...paragraphs.flatMap((p) => [p, ""]), ...thread].join("\n"));
    expect(article.authors).toBeUndefined();
    expect(article.datePublished).toBeUndefined();
  });
});

/** One paragraph over a listing of events, each its name, its date and time, and a note, in each language. */
const eventListings: Record<string, { header: [string, string]; paragraph: string; events: Array<[string, string, string]> }> = {
  en: {
    header: ["What's On Along the Harbour This Weekend", "By Nora Quint"],
    paragraph:
      "The harbour fills with music, food and boats this weekend, with something for every age along the quays and in the old sheds.",
    events: [
      ["Brass on the Quay", "June 6, 2026 7:30 PM", "Free, bring a chair."],
      ["Night Market", "June 7, 2026 6:00 PM", "Twenty food stalls."],
      ["Model Boat Race", "June 7, 202611:00 AM", "Entries at the harbour office."],
    ],
  },
  de: {
    header: ["Was am Wochenende am Hafen los ist", "Von Nora Quint"],
    paragraph:
      "Am Wochenende füllt sich der Hafen mit Musik, Essen und Booten, und an den Kais und in den alten Schuppen gibt es etwas für jedes Alter.",
    events: [
      ["Blasmusik am Kai", "6. Juni 2026 19:30", "Eintritt frei."],
      ["Nachtmarkt", "7. Juni 2026 18:00", "Zwanzig Stände."],
      ["Modellbootrennen", "7. Juni 202611:00", "Anmeldung im Hafenbüro."],
    ],
  },
  es: {
    header: ["Qué hacer en el puerto este fin de semana", "Por Nora Quint"],
    paragraph:
      "El puerto se llena de música, comida y barcos este fin de semana, con algo para todas las edades en los muelles y en los viejos almacenes.",
    events: [
      ["Banda en el muelle", "6 de junio de 2026 19:30", "Entrada libre."],
      ["Mercado nocturno", "7 de junio de 2026 18:00", "Veinte puestos."],
      ["Regata de maquetas", "7 de junio de 202611:00", "Inscripción en la oficina."],
    ],
  },
};

describe("one paragraph over a listing of dated events", () => {
  // The events' dates under the paragraph pass for a byline under a standfirst; with no prose under it, it is the story.
  it.each(Object.keys(eventListings))("keeps the paragraph as the story's text: %s", (language) => {
    const { header, paragraph, events } = eventListings[language]!;
    const article = fromText([...header, "", paragraph, ...events.flatMap((event) => ["", ...event])].join("\n"));
    expect(article.headline).toBe(header[0]);
    expect(article.description).toBeUndefined();
    expect(bodyTexts(article)[0]).toBe(paragraph);
  });

  // Near miss: with paragraphs under it, a sentence with a date under it is still the standfirst.
  it("still reads a standfirst over the date when the story goes on under it", () => {
    const { header, paragraph, events } = eventListings.en!;
    const { paragraphs } = harbourStories.en!;
    const page = [...header, "", paragraph, "", events[0]![1], "", ...paragraphs.flatMap((p) => [p, ""])];
    const article = fromText(page.join("\n"));
    expect(article.description).toBe(paragraph);
    expect(bodyTexts(article)).toEqual(paragraphs);
  });

  // A news brief: one paragraph right under the headline, then its date alone, is the story, not a standfirst.
  it("keeps a brief's one paragraph over its date line as the story's text", () => {
    const brief = harbourStories.en!.paragraphs[0];
    const article = fromText(["Harbour fund opens for fishing sheds", brief, "March 4, 2026"].join("\n"));
    expect(bodyTexts(article)).toEqual([brief]);
  });
});

/** Invented stories in the languages `harbourStories` lacks: title, byline, paragraphs. */
const ageStories: Record<string, { header: [string, string]; paragraphs: readonly string[] }> = {
  ru: {
    header: ["Паром снова ходит на остров", "Автор: Анна Кравцова"],
    paragraphs: [
      "Единственный паром острова в понедельник вернулся на линию после трёх месяцев ремонта на верфи, и первый рейс был полон.",
      "Владельцы магазинов говорят, что за время простоя их выручка упала на треть, а жителям приходилось ждать катер дважды в неделю.",
      "В администрации сказали, что уже с июня паром будет ходить на остров каждый день, а по пятницам к нему добавят и вечерний рейс.",
    ],
  },
  zh: { header: ["岛上渡轮恢复航行", "记者 王晓明"], paragraphs: ZH_FERRY_STORY.filter((line) => line !== "") },
  ja: {
    header: ["島のフェリー、三か月ぶりに運航再開", "記者 山田太郎"],
    paragraphs: [
      "島で唯一のフェリーが月曜日、本土の造船所での三か月にわたる修理を終えて運航を再開し、最初の便は満席となった。",
      "運休中、住民は週二回のチャーター船に頼るしかなく、商店主らは売り上げが三分の一ほど落ちたと話している。",
      "町は来月から毎日の時刻表に戻し、金曜日には夜の便を一本増やすと発表した。",
    ],
  },
  ko: {
    header: ["섬 유일의 여객선, 석 달 만에 운항 재개", "김민지 기자"],
    paragraphs: [
      "섬의 유일한 여객선이 조선소에서 석 달 동안 수리를 마치고 월요일부터 다시 운항을 시작했고 첫 배는 만석이었다.",
      "주민들은 그동안 일주일에 두 번만 오가는 임대 선박에 의지해야 했고 상인들은 매출이 삼분의 일 줄었다고 말했다.",
      "군청은 다음 달부터 매일 운항하는 시간표를 다시 적용하고 금요일에는 저녁 배를 한 편 늘린다고 밝혔다.",
    ],
  },
};

/** A header's time ago instead of a date, in each language. */
const ageLines: Array<[string, string]> = [
  ["en", "3 hours ago"],
  ["en", "Updated 2 hours ago"],
  ["en", "News | 5 min ago"],
  ["de", "vor 3 Stunden"],
  ["de", "Aktualisiert vor 3 Monaten"],
  ["fr", "il y a 3 heures"],
  ["es", "hace 3 horas"],
  ["pt", "há 2 dias"],
  ["it", "2 giorni fa"],
  ["ru", "3 часа назад"],
  ["zh", "3小时前"],
  ["ja", "3時間前"],
  ["ko", "3시간 전"],
];

describe("a time ago in the header instead of a date", () => {
  const storyIn = (language: string) => harbourStories[language] ?? ageStories[language]!;

  it.each(ageLines)("leaves the body with the byline and gives no date: %s %s", (language, age) => {
    const { header, paragraphs } = storyIn(language);
    const [title, byline] = header;
    const article = fromText([title, "", byline, "", age, "", ...paragraphs.flatMap((paragraph) => [paragraph, ""])].join("\n"));
    expect(article.headline).toBe(title);
    expect(article.authors).toHaveLength(1);
    expect([article.datePublished, article.dateModified]).toEqual([undefined, undefined]);
    expect(bodyTexts(article)).toEqual(paragraphs);
  });

  it.each(ageLines)("is no headline over the byline under a short title: %s %s", (language, age) => {
    const { header, paragraphs } = storyIn(language);
    const shortTitles: Record<string, string> = { en: "Shed fund opens", de: "Fonds eröffnet" };
    const title = shortTitles[language] ?? header[0];
    const article = fromText([title, age, header[1], "", ...paragraphs.flatMap((paragraph) => [paragraph, ""])].join("\n"));
    expect(article.headline).toBe(title);
  });

  // Near misses: a time ago in words is a headline's phrase, and one inside a sentence is the story's text.
  it("keeps a headline that opens with a time ago in words, and a sentence that holds one in figures", () => {
    const { header, paragraphs } = harbourStories.en!;
    const fire = "The fire in the net store started 3 hours ago, the harbour master said.";
    for (const title of ["Three hours ago, the river broke its banks", "Vor drei Jahren: die Flut"]) {
      const article = fromText([title, header[1], "", fire, "", ...paragraphs.flatMap((paragraph) => [paragraph, ""])].join("\n"));
      expect(article.headline).toBe(title);
      expect(bodyTexts(article)).toEqual([fire, ...paragraphs]);
    }
  });
});

describe("updated and published labels of Russian, Ukrainian, Polish, Czech and Turkish headers", () => {
  const russianStory = [
    "Паром будет уходить позже во время ремонта причала",
    "Автор: Анна Берг",
    "",
    "Паром между городом и островом будет отправляться на полчаса позже по будням, пока ремонтируют стену причала, сообщил порт.",
    "",
    "Работы продлятся большую часть осени, и сильнее всего изменение коснётся первого утреннего рейса, сказали в управлении.",
    "",
    "Жители острова, которые работают на материке, попросили сохранить ранний рейс, и порт обещал подумать о судне поменьше.",
  ];

  it("gives the article its modified date from the updated label and its published date from the published one", () => {
    const withLine = (line: string) => fromText([...russianStory.slice(0, 2), line, ...russianStory.slice(2)].join("\n"));
    const updated = withLine("Обновлено 14.07.2025");
    expect([updated.datePublished, updated.dateModified]).toEqual(["2025-07-14", "2025-07-14"]);
    const published = withLine("Дата публикации: 12.07.2025");
    expect([published.datePublished, published.dateModified]).toEqual(["2025-07-12", undefined]);
  });
});

describe("a post dated only under the byline that closes it", () => {
  // Invented posts, one per language: a headline, no date over the story, and a closing byline with the date under it.
  const posts: Record<string, { story: string[]; byline: string; date: string; iso: string }> = {
    en: {
      story: [
        "How we rebuilt the harbour's tide gauge",
        "",
        "The old tide gauge on the north pier stopped working in the winter storms, and the harbour club decided to build a new one itself.",
        "",
        "Members spent three weekends fitting a float, a pulley and a small logger into a steel pipe bolted to the pier's outer wall.",
        "",
        "The new gauge now sends a reading every ten minutes to the club's website, where skippers can check the water before they leave.",
      ],
      byline: "Written by Ada Fenwick and Bo Lindqvist",
      date: "March 4, 2025",
      iso: "2025-03-04",
    },
    de: {
      story: [
        "Wie wir den Pegel am Hafen neu gebaut haben",
        "",
        "Der alte Pegel an der Nordmole fiel in den Winterstürmen aus, und der Hafenverein beschloss, selbst einen neuen zu bauen.",
        "",
        "Die Mitglieder verbrachten drei Wochenenden damit, einen Schwimmer und einen kleinen Rekorder in ein Rohr an der Mauer zu setzen.",
        "",
        "Der neue Pegel schickt nun alle zehn Minuten einen Wert an die Seite des Vereins, wo die Skipper das Wasser prüfen können.",
      ],
      byline: "Geschrieben von Anna Weberling",
      date: "4. März 2025",
      iso: "2025-03-04",
    },
    fr: {
      story: [
        "Comment nous avons reconstruit la jauge de marée du port",
        "",
        "La vieille jauge de la jetée nord a cessé de fonctionner pendant les tempêtes de l'hiver, et le club a décidé d'en construire une.",
        "",
        "Les membres ont passé trois week-ends à installer un flotteur et un petit enregistreur dans un tube fixé au mur de la jetée.",
        "",
        "La nouvelle jauge envoie une mesure toutes les dix minutes sur le site du club, où les marins peuvent vérifier le niveau de l'eau.",
      ],
      byline: "Écrit par Claire Dumoulin",
      date: "4 mars 2025",
      iso: "2025-03-04",
    },
    es: {
      story: [
        "Cómo reconstruimos el mareógrafo del puerto",
        "",
        "El viejo mareógrafo del muelle norte dejó de funcionar con los temporales del invierno, y el club decidió construir uno nuevo.",
        "",
        "Los socios pasaron tres fines de semana montando un flotador y un pequeño registrador dentro de un tubo sujeto al muro del muelle.",
        "",
        "El nuevo mareógrafo envía una lectura cada diez minutos a la página del club, donde los patrones pueden mirar el agua antes de salir.",
      ],
      byline: "Escrito por Lucía Marvaldi",
      date: "4 de marzo de 2025",
      iso: "2025-03-04",
    },
    it: {
      story: [
        "Come abbiamo ricostruito il mareografo del porto",
        "",
        "Il vecchio mareografo del molo nord ha smesso di funzionare con le tempeste dell'inverno, e il circolo ha deciso di costruirne uno.",
        "",
        "I soci hanno passato tre fine settimana a montare un galleggiante e un piccolo registratore in un tubo fissato al muro del molo.",
        "",
        "Il nuovo mareografo invia una misura ogni dieci minuti al sito del circolo, dove i marinai possono controllare l'acqua prima di uscire.",
      ],
      byline: "Scritto da Giulia Ferrandi",
      date: "4 marzo 2025",
      iso: "2025-03-04",
    },
    pt: {
      story: [
        "Como reconstruímos o marégrafo do porto",
        "",
        "O velho marégrafo do cais norte deixou de funcionar com as tempestades do inverno, e o clube decidiu construir um novo sozinho.",
        "",
        "Os sócios passaram três fins de semana a montar uma boia e um pequeno registador dentro de um tubo preso ao muro do cais.",
        "",
        "O novo marégrafo envia uma leitura a cada dez minutos para a página do clube, onde os mestres podem ver a água antes de sair.",
      ],
      byline: "Escrito por Joana Albuquerque",
      date: "4 de março de 2025",
      iso: "2025-03-04",
    },
    nl: {
      story: [
        "Hoe we de getijmeter van de haven opnieuw bouwden",
        "",
        "De oude getijmeter op de noordpier hield het in de winterstormen voor gezien, en de havenclub besloot zelf een nieuwe te bouwen.",
        "",
        "De leden waren drie weekenden bezig om een vlotter en een kleine logger in een buis aan de muur van de pier te zetten.",
        "",
        "De nieuwe meter stuurt nu elke tien minuten een meting naar de site van de club, waar schippers het water kunnen bekijken.",
      ],
      byline: "Door Sanne Vermeulen",
      date: "4 maart 2025",
      iso: "2025-03-04",
    },
  };
  const footer = ["", "Subscribe to our newsletter", "Privacy policy"];

  it("dates the post from the date alone under its closing byline", () => {
    for (const [code, post] of Object.entries(posts)) {
      const page = [...post.story, "", post.byline, "", post.date, ...footer];
      const article = fromText(page.join("\n"), { meta: { inLanguage: code } });
      expect([code, article.datePublished, article.authors !== undefined]).toEqual([code, post.iso, true]);
    }
  });

  it("dates it with no blank line between the byline and the date", () => {
    const post = posts.en!;
    const article = fromText([...post.story, "", post.byline, post.date, ...footer].join("\n"));
    expect(article.datePublished).toBe(post.iso);
  });

  it("keeps a date the header printed over the one under the closing byline", () => {
    for (const [code, post] of Object.entries(posts)) {
      const [headline, ...rest] = post.story;
      const page = [headline!, "12.02.2025", ...rest, "", post.byline, "", post.date, ...footer];
      const article = fromText(page.join("\n"), { meta: { inLanguage: code } });
      expect([code, article.datePublished]).toEqual([code, "2025-02-12"]);
    }
    // An update the header printed stays the page's only date: a post is not published after its update.
    const post = posts.en!;
    const updated = [post.story[0]!, "Updated February 12, 2025", ...post.story.slice(1), "", post.byline, "", post.date, ...footer];
    const article = fromText(updated.join("\n"));
    expect([article.datePublished, article.dateModified]).toEqual(["2025-02-12", "2025-02-12"]);
  });

  it("takes no update, copyright year, sentence, other byline or later line under the closing byline as the post's date", () => {
    const post = posts.en!;
    const under = [
      ["Updated March 4, 2025"],
      ["Last updated: 4 March 2025"],
      ["© 2025 Harbour Club Press"],
      ["Ada has written about the harbour and its boats since she joined the club on March 4, 2019, as its first secretary."],
      ["Bo Lindqvist, March 4, 2025"],
      ["Harbour club secretary", "March 4, 2025"],
      ["Ada writes about boats, tides and the club's weekend races.", "", "March 4, 2025"],
    ];
    for (const lines of under) {
      const page = [...post.story, "", post.byline, ...lines, ...footer];
      const article = fromText(page.join("\n"));
      expect([lines[0], article.datePublished]).toEqual([lines[0], undefined]);
    }
  });

  it("takes no date of a teaser under the story, with or without a heading over it", () => {
    const post = posts.en!;
    const title = "Club races move to Sunday mornings";
    const teasers = [
      ["", "Read next", "", title, "By Bo Lindqvist", "April 2, 2025"],
      ["", "Previous post", title, "By Bo Lindqvist", "April 2, 2025"],
      ["", title, "By Bo Lindqvist", "April 2, 2025"],
      ["", title, "", "By Bo Lindqvist", "", "April 2, 2025"],
    ];
    for (const teaser of teasers) {
      const article = fromText([...post.story, ...teaser, ...footer].join("\n"));
      expect([teaser[1], article.datePublished]).toEqual([teaser[1], undefined]);
    }
  });

  it("dates the post under share buttons and a run of tags over the closing byline", () => {
    const post = posts.en!;
    const tail = [
      "",
      "Share this post",
      "Share on Facebook",
      "Share on X",
      "",
      "* * *",
      "tidesharbourclubgaugesweekend-projectsboatsnorth-pier",
      "",
      post.byline,
      "",
      post.date,
    ];
    const article = fromText([...post.story, ...tail, ...footer].join("\n"));
    expect(article.datePublished).toBe(post.iso);
  });

  it("dates the post under a bar of one-word buttons over the closing byline", () => {
    const post = posts.en!;
    for (const bar of [
      ["Share", "Tweet", "Pin"],
      ["Teilen", "Drucken", "Mailen"],
    ]) {
      const article = fromText([...post.story, "", ...bar, "", post.byline, post.date, ...footer].join("\n"));
      expect([bar[0], article.datePublished]).toEqual([bar[0], post.iso]);
    }
  });

  it("takes no date line that stands apart from a closing byline", () => {
    const post = posts.en!;
    // The date over the byline, or a category over the date with no byline: both left unread, as before. Round dt100
    // read the second; its review undid that, as a label the header never printed may be any box's ("Upcoming events").
    for (const tail of [
      ["", post.date, post.byline],
      ["", "Club News", post.date, "Our services", "Boat hire"],
    ]) {
      const article = fromText([...post.story, ...tail, ...footer].join("\n"));
      expect([tail[1], article.datePublished]).toEqual([tail[1], undefined]);
    }
  });

  it("takes a date with its label or time under the closing byline, as a post's meta prints it", () => {
    const post = posts.en!;
    for (const date of ["Published on March 4, 2025", "March 4, 2025 at 10:30 am", "04.03.2025", "2025-03-04", "(March 4, 2025)"]) {
      const article = fromText([...post.story, "", post.byline, date, ...footer].join("\n"));
      expect([date, article.datePublished]).toEqual([date, post.iso]);
    }
  });

  it("takes no date that prints more than itself under the closing byline: a place, a label, a range, a weekday", () => {
    // A source's access date, a review's, a press release's closing, a copyright line, an event's days or its weekday.
    const under: [string, string][] = [
      ["en", "Accessed 3 March 2025"],
      ["de", "Abgerufen am 3. März 2025"],
      ["en", "Last reviewed: 3 March 2025"],
      ["en", "Westerholm, 3 March 2025"],
      ["fr", "Westerholm, le 3 mars 2025"],
      ["pt", "© 3 de março de 2025 Coro do porto"],
      ["en", "12–14 June 2025"],
      ["en", "June 12-14, 2025"],
      ["de", "12.–14. Juni 2025"],
      ["en", "Saturday 14 June 2025"],
      ["en", "Sat, 14 June 2025"],
      ["es", "Sábado 14 de junio de 2025"],
    ];
    for (const [code, date] of under) {
      const post = posts[code]!;
      const article = fromText([...post.story, "", post.byline, date, ...footer].join("\n"), { meta: { inLanguage: code } });
      expect([date, article.datePublished]).toEqual([date, undefined]);
    }
  });

  it("takes no date under a byline that a heading, a one-word title, a letter's closing or a link to the next post stands over", () => {
    const post = posts.en!;
    // A list of sources, a teaser titled in one word, a reader's letter signed and dated, a link to the next or previous
    // post: none is the post's byline.
    for (const over of ["References", "Regatta", "Atentamente,", "Next", "Previous", "Suivant", "Sport\nRowing", "Sources\nWikipedia"]) {
      const page = [...post.story, "", over, "By Bo Lindqvist", "April 2, 2025", "Club races move to Sunday mornings", ...footer];
      const article = fromText(page.join("\n"));
      expect([over, article.datePublished]).toEqual([over, undefined]);
    }
  });

  it("takes no date under the closing byline of a post its header or its dateline dates in a form not read", () => {
    const post = posts.en!;
    const [headline, ...rest] = post.story;
    // Dates a header prints that give no date read: a month, a year left out, an age.
    for (const dated of ["Published: March 2025", "Mar 4", "3 days ago", "Published 3 days ago in Club News"]) {
      const page = [headline!, dated, ...rest, "", post.byline, "", "June 14, 2025", ...footer];
      const article = fromText(page.join("\n"));
      expect([dated, article.datePublished]).toEqual([dated, undefined]);
    }
    // A day read either way is read in the order the page's own English dates show ("June 14, 2025": month first), and
    // in none where they show none; the foot's date is taken in neither case.
    const ambiguous = (foot: string) =>
      fromText([headline!, "03/04/2025", ...rest, "", post.byline, "", foot, ...footer].join("\n")).datePublished;
    expect([ambiguous("June 14, 2025"), ambiguous("14.06.2025")]).toEqual(["2025-03-04", undefined]);
    // Or over the headline, as a kicker's date.
    for (const [dated, read] of [
      ["Mar 4", undefined],
      ["News | 03/04/2025", "2025-03-04"],
    ]) {
      const article = fromText([dated!, ...post.story, "", post.byline, "", "June 14, 2025", ...footer].join("\n"));
      expect([dated, article.datePublished]).toEqual([dated, read]);
    }
    // A dateline opening the story, read or not: it dates the story, the foot's date may be an event's.
    for (const dateline of ["WESTERHOLM, March 3, 2025 — ", "WESTERHOLM, March 3 (Harbour Wire) - "]) {
      const page = [headline!, "", `${dateline}${rest[1]!}`, ...rest.slice(2), "", post.byline, "", "June 14, 2025", ...footer];
      const article = fromText(page.join("\n"));
      expect([dateline, article.datePublished]).toEqual([dateline, dateline.includes("2025") ? "2025-03-03" : undefined]);
    }
  });

  it("takes no span of dates under the closing byline", () => {
    const post = posts.en!;
    for (const span of ["March 3, 2025 – June 14, 2025", "3 March – 14 June 2025", "03.03.2025 - 14.06.2025"]) {
      const article = fromText([...post.story, "", post.byline, span, ...footer].join("\n"));
      expect([span, article.datePublished]).toEqual([span, undefined]);
    }
  });
});

describe("a date under the closing byline that the story names is its event's", () => {
  const stories: Record<string, { story: (day: string) => string[]; byline: string }> = {
    en: {
      story: (day) => [
        "Marram lifeboat crew to open its boathouse",
        "",
        "The lifeboat crew on Marram will open the boathouse to visitors for the first time since it was rebuilt after the storms of two winters ago.",
        "",
        `The open day is on ${day}, and the crew will launch the boat twice in the afternoon if the weather allows it.`,
        "",
        "Children can try on the crew's kit and sit at the helm, and the island café will sell tea and cake on the slipway all day.",
      ],
      byline: "By Tamsin Orr",
    },
    de: {
      story: (day) => [
        "Rettungsboot-Crew auf Marram öffnet ihr Bootshaus",
        "",
        "Die Crew des Rettungsboots auf Marram öffnet das Bootshaus zum ersten Mal für Besucher, seit es nach den Stürmen neu gebaut wurde.",
        "",
        `Der Tag der offenen Tür ist am ${day}, und die Crew will das Boot am Nachmittag zweimal zu Wasser lassen, wenn das Wetter es zulässt.`,
        "",
        "Kinder dürfen die Ausrüstung anprobieren und am Steuer sitzen, und das Inselcafé verkauft den ganzen Tag Kaffee und Kuchen an der Rampe.",
      ],
      byline: "Von Tamsin Orr",
    },
    es: {
      story: (day) => [
        "La tripulación del bote salvavidas de Marram abre su caseta",
        "",
        "La tripulación del bote salvavidas de Marram abrirá la caseta a los visitantes por primera vez desde que se reconstruyó tras los temporales.",
        "",
        `La jornada de puertas abiertas será el ${day}, y la tripulación botará el barco dos veces por la tarde si el tiempo lo permite.`,
        "",
        "Los niños podrán probarse el equipo y sentarse al timón, y el café de la isla venderá té y pasteles en la rampa todo el día.",
      ],
      byline: "Por Tamsin Orr",
    },
  };
  const footer = ["", "Subscribe to our newsletter", "Privacy policy"];
  const dated = (lang: string, day: string, footDate: string) => {
    const { story, byline } = stories[lang]!;
    return fromText([...story(day), "", byline, footDate, ...footer].join("\n"), { meta: { inLanguage: lang } }).datePublished;
  };

  it("takes no date under the byline when the story names that day", () => {
    for (const [lang, day, footDate] of [
      ["en", "14 June", "14 June 2025"],
      ["en", "June 14", "June 14, 2025"],
      ["en", "Saturday, June 14th", "June 14, 2025"],
      ["en", "14 June 2025", "14 June 2025"],
      ["de", "14. Juni", "14. Juni 2025"],
      ["es", "14 de junio", "14 de junio de 2025"],
    ] as const)
      expect([day, dated(lang, day, footDate)]).toEqual([day, undefined]);
  });

  it("still dates the post by the byline's date when the story names another day, or a day of another month", () => {
    for (const [lang, day, footDate] of [
      ["en", "14 June", "3 March 2025"],
      ["en", "June 4", "June 14, 2025"],
      ["en", "14 July", "14 June 2025"],
      ["de", "4. Juni", "14. Juni 2025"],
      ["es", "14 de julio", "14 de junio de 2025"],
    ] as const)
      expect([day, dated(lang, day, footDate)?.slice(0, 10)]).not.toEqual([day, undefined]);
    expect(dated("en", "14 June", "3 March 2025")).toBe("2025-03-03");
    expect(dated("en", "June 4", "June 14, 2025")).toBe("2025-06-14");
  });
});

describe("a blog theme's date line with its link to the comment form", () => {
  const story = EN_MARKET_HALL_STORY;
  const dated = (over: string[], under: string[], lang = "en") =>
    fromText(
      ["Home", "Blog", "", ...over, "Tollwick quay to get a covered market hall", ...under, "", ...story, "", "Contact us"].join("\n"),
      {
        meta: { inLanguage: lang },
      },
    ).datePublished;

  it("dates the post by the line's date, over the headline or under it, in several languages", () => {
    expect(dated(["Posted on March 3, 2025 — Leave a comment"], [])).toBe("2025-03-03");
    expect(dated([], ["Posted on March 3, 2025 — Leave a comment"])).toBe("2025-03-03");
    expect(dated([], ["3 March 2025 | Leave a reply"])).toBe("2025-03-03");
    expect(dated([], ["3. März 2025 – Schreibe einen Kommentar"], "de")).toBe("2025-03-03");
    expect(dated([], ["3 mars 2025 · Laisser un commentaire"], "fr")).toBe("2025-03-03");
    expect(dated([], ["3 de marzo de 2025 — Deja un comentario"], "es")).toBe("2025-03-03");
    expect(dated([], ["3 maart 2025 — Laat een reactie achter"], "nl")).toBe("2025-03-03");
  });

  it("takes no date from a line whose prompt runs on, or that opens with it (near misses)", () => {
    expect(dated([], ["March 3, 2025 — Leave a comment about the ferry"])).toBeUndefined();
    expect(dated([], ["Leave a comment — March 3, 2025"])).toBeUndefined();
  });
});

describe("a day the story names that is no event's", () => {
  const paragraphs = [
    "The night ferry between Kessel and the Warden islands will run again from May, the island trust said after a long winter of repairs.",
    "",
    "Its engine was rebuilt at the yard in Kessel, and the trust says the boat should now serve for another fifteen years at the very least.",
    "",
  ];
  const dated = (lang: string, sentence: string, byline: string, footDate: string) =>
    fromText(["Island ferry to sail again", "", ...paragraphs, sentence, "", byline, footDate, "", "Privacy policy"].join("\n"), {
      meta: { inLanguage: lang },
    }).datePublished?.slice(0, 10);

  it("keeps the date under the byline when the story names that day of another year, as today, or names no day", () => {
    for (const [lang, sentence, byline, footDate, iso] of [
      [
        "en",
        "The last crossing before the repairs was on 14 June 2024, when the engine failed halfway to the islands.",
        "By Ada Lee",
        "14 June 2025",
        "2025-06-14",
      ],
      [
        "en",
        "The boat last sailed on June 14, 2024, and it has been in the yard at Kessel ever since then.",
        "By Ada Lee",
        "June 14, 2025",
        "2025-06-14",
      ],
      [
        "en",
        "Today, 14 June, the ferry makes its first crossing of the summer with the mayor on board and a band on deck.",
        "By Ada Lee",
        "14 June 2025",
        "2025-06-14",
      ],
      [
        "de",
        "Heute, am 14. Juni, fährt die Fähre zum ersten Mal in diesem Sommer, mit dem Bürgermeister an Bord.",
        "Von Maren Vogt",
        "14. Juni 2025",
        "2025-06-14",
      ],
      [
        "it",
        "Oggi, 14 giugno, il traghetto fa la prima traversata dell'estate con il sindaco a bordo e la banda.",
        "di Giulia Conti",
        "14 giugno 2025",
        "2025-06-14",
      ],
      [
        "en",
        "Around 2 boats may run each day from May, and the trust hopes to add a third one by midsummer.",
        "By Ada Lee",
        "2 May 2025",
        "2025-05-02",
      ],
      [
        "en",
        "By mid June, 14 of the trust's staff will be back at work on the quay and in the ticket office.",
        "By Ada Lee",
        "14 June 2025",
        "2025-06-14",
      ],
    ] as const)
      expect(dated(lang, sentence, byline, footDate), sentence).toBe(iso);
  });

  it("still takes no date when the story names the day of its event", () => {
    expect(
      dated(
        "en",
        "The open day is on 14 June, and the crew will launch the boat twice if the weather allows.",
        "By Ada Lee",
        "14 June 2025",
      ),
    ).toBeUndefined();
    expect(
      dated(
        "en",
        "The open day is on 14 June 2025, and the crew will launch the boat twice if the weather allows.",
        "By Ada Lee",
        "14 June 2025",
      ),
    ).toBeUndefined();
    expect(
      dated("en", "The fair opens in May, on May 2, with stalls all along the quay and music in the evening.", "By Ada Lee", "May 2, 2025"),
    ).toBeUndefined();
  });
});

describe("a weekday the story prints before the day the closing byline's date names", () => {
  const stories: Record<string, { said: (day: string) => string; byline: string }> = {
    en: {
      said: (day) => `The crew showed the rebuilt boathouse to visitors on ${day}, the first time since the winter storms.`,
      byline: "By Tamsin Orr",
    },
    de: {
      said: (day) => `Die Mannschaft zeigte das neue Bootshaus am ${day} zum ersten Mal seit den Winterstürmen.`,
      byline: "Von Tamsin Orr",
    },
    fr: {
      said: (day) => `L'équipage a montré le hangar reconstruit ce ${day}, pour la première fois depuis les tempêtes.`,
      byline: "Par Tamsin Orr",
    },
    es: {
      said: (day) => `La tripulación enseñó la caseta reconstruida el ${day}, por primera vez desde los temporales.`,
      byline: "Por Tamsin Orr",
    },
    nl: {
      said: (day) => `De bemanning liet het herbouwde botenhuis op ${day} zien, voor het eerst sinds de stormen.`,
      byline: "Door Tamsin Orr",
    },
    pt: {
      said: (day) => `A tripulação mostrou o abrigo reconstruído na ${day}, pela primeira vez desde as tempestades.`,
      byline: "Por Tamsin Orr",
    },
  };
  const dated = (lang: string, day: string, footDate: string) => {
    const { said, byline } = stories[lang]!;
    const page = ["Marram lifeboat crew opens its boathouse", "", ...EN_MARKET_HALL_STORY.slice(0, 3), "", said(day), "", byline, footDate];
    return fromText([...page, "", "Subscribe to our newsletter", "Privacy policy"].join("\n"), { meta: { inLanguage: lang } })
      .datePublished;
  };

  it("dates the post by the byline's date when the story's weekday is not that day's (another year's day)", () => {
    // 14 June 2025 was a Saturday.
    for (const [lang, day, footDate] of [
      ["en", "Friday, June 14", "June 14, 2025"],
      ["en", "Friday 14 June", "14 June 2025"],
      ["de", "Freitag, 14. Juni", "14. Juni 2025"],
      ["fr", "vendredi 14 juin", "14 juin 2025"],
      ["es", "viernes 14 de junio", "14 de junio de 2025"],
      ["nl", "vrijdag 14 juni", "14 juni 2025"],
      ["pt", "sexta-feira, 14 de junho", "14 de junho de 2025"],
    ] as const)
      expect([day, dated(lang, day, footDate)?.slice(0, 10)]).toEqual([day, "2025-06-14"]);
  });

  it("still takes no date when the weekday is that day's, or when none is printed (near misses)", () => {
    for (const [lang, day, footDate] of [
      ["en", "Saturday, June 14", "June 14, 2025"],
      ["en", "June 14", "June 14, 2025"],
      ["de", "Samstag, 14. Juni", "14. Juni 2025"],
      ["fr", "samedi 14 juin", "14 juin 2025"],
      ["nl", "zaterdag 14 juni", "14 juni 2025"],
      ["pt", "sábado, 14 de junho", "14 de junho de 2025"],
      // A weekday set apart from the day by another word or a mark is not read as the day's.
      ["en", "Friday and again on June 14", "June 14, 2025"],
      ["en", "Friday; June 14", "June 14, 2025"],
    ] as const)
      expect([day, dated(lang, day, footDate)]).toEqual([day, undefined]);
  });

  it("reads a market's 'feira' opening a text as no weekday's end", () => {
    expect(namesDay("Feira, 14 de junho", "2025-06-14")).toBe(true);
    expect(namesDay("Na sexta-feira, 14 de junho", "2025-06-14")).toBe(false);
  });
});

describe("an event's span of days alone under the title dates no post", () => {
  // Invented festival pages: title, the event's days on a line of their own, two paragraphs.
  const pages = {
    en: [
      "Harbour festival returns to the old quay this spring",
      "By Dana Whitlow",
      "Published March 28, 2026",
      "The festival in Kelmouth will fill the old quay with boats, music and food stalls for three days in April.",
      "Organisers said the ferry would run late on each night so that visitors from the islands can get home.",
    ],
    de: [
      "Das Hafenfest kehrt im Frühjahr an den alten Kai zurück",
      "Von Lena Brandauer",
      "Veröffentlicht am 28. März 2026",
      "Das Fest in Kellmünde füllt im April drei Tage lang den alten Kai mit Booten, Musik und Ständen.",
      "Die Veranstalter sagen, die Fähre fahre an jedem Abend länger, damit Gäste von den Inseln heimkommen.",
    ],
    fr: [
      "La fête du port revient sur le vieux quai ce printemps",
      "Par Claire Vaudrin",
      "Publié le 28 mars 2026",
      "La fête de Kermoal remplira le vieux quai de bateaux, de musique et de stands pendant trois jours en avril.",
      "Les organisateurs disent que le bac circulera tard chaque soir pour que les visiteurs des îles puissent rentrer.",
    ],
    es: [
      "La fiesta del puerto vuelve al muelle viejo esta primavera",
      "Por Lucía Arandela",
      "Publicado el 28 de marzo de 2026",
      "La fiesta de Olmedal llenará el muelle viejo de barcos, música y puestos de comida durante tres días en abril.",
      "Los organizadores dicen que el ferri funcionará hasta tarde cada noche para que los visitantes vuelvan a casa.",
    ],
    it: [
      "La festa del porto torna sul vecchio molo questa primavera",
      "Di Marta Collevento",
      "Pubblicato il 28 marzo 2026",
      "La festa di Portorano riempirà il vecchio molo di barche, musica e bancarelle per tre giorni ad aprile.",
      "Gli organizzatori dicono che il traghetto partirà tardi ogni sera perché i visitatori possano tornare a casa.",
    ],
    pt: [
      "A festa do porto volta ao cais velho nesta primavera",
      "Por Inês Valadouro",
      "Publicado em 28 de março de 2026",
      "A festa de Vilarinho vai encher o cais velho de barcos, música e bancas de comida durante três dias em abril.",
      "Os organizadores dizem que o ferry vai circular até tarde todas as noites para os visitantes voltarem a casa.",
    ],
    nl: [
      "Het havenfeest keert dit voorjaar terug naar de oude kade",
      "Door Joris Veldkamp",
      "Gepubliceerd op 28 maart 2026",
      "Het feest in Veenhoven vult in april drie dagen lang de oude kade met boten, muziek en kraampjes.",
      "De organisatoren zeggen dat de veerboot elke avond laat vaart zodat bezoekers van de eilanden thuiskomen.",
    ],
  } as const;
  const spans = [
    ["en", "April 7 – April 9, 2026"],
    ["en", "7 April 2026 – 9 April 2026"],
    ["en", "From April 7 to April 9, 2026"],
    ["de", "7.–9. April 2026"],
    ["de", "Vom 7. bis 9. April 2026"],
    ["fr", "du 7 au 9 avril 2026"],
    ["fr", "7 avril 2026 – 9 avril 2026"],
    ["es", "Del 7 al 9 de abril de 2026"],
    ["es", "7 – 9 de abril de 2026"],
    ["it", "Dal 7 al 9 aprile 2026"],
    ["pt", "De 7 a 9 de abril de 2026"],
    ["nl", "van 7 tot 9 april 2026"],
    ["nl", "7 april – 9 april 2026"],
  ] as const;
  const read = (top: readonly string[], page: readonly string[]) =>
    fromText(["Site News", "", "Home", "News", "", ...top, "", page[3]!, "", page[4]!, "", "© 2026 Site News"].join("\n"), {
      source: "p.txt",
    });

  it("reads no date from the span alone, with or without a byline over it", () => {
    for (const [lang, span] of spans) {
      const page = pages[lang];
      for (const top of [
        [page[0], span],
        [page[0], page[1], span],
        [page[0], span, page[1]],
      ]) {
        const result = read(top, page);
        expect([span, result.datePublished, result.headline]).toEqual([span, undefined, page[0]]);
        expect(JSON.stringify(result.body).includes(page[3].slice(0, 40))).toBe(true);
      }
    }
  });

  it("takes the page's other date line, under the span or over it", () => {
    for (const [lang, span] of spans) {
      const page = pages[lang];
      for (const top of [
        [page[0], span, page[2]],
        [page[0], page[2], span],
        [page[0], `${page[1]} · ${page[2]}`, span],
      ])
        expect([span, read(top, page).datePublished?.slice(0, 10)]).toEqual([span, "2026-03-28"]);
    }
  });

  it("still dates the post by a date line that is no span (near misses)", () => {
    const page = pages.en;
    for (const [line, day] of [
      ["March 3, 2025 · 3–5 min read", "2025-03-03"],
      ["3 March 2025, 10–12 h", "2025-03-03"],
      ["Posted on March 3, 2025 – March 5, 2025", "2025-03-03"],
      ["Published March 3, 2025 – Updated March 5, 2025", "2025-03-03"],
      ["March 3, 2025 – Updated March 5, 2025", "2025-03-03"],
      ["Season 2024–25 · March 3, 2025", "2025-03-03"],
      // A word or a note beside two dates or two years: the post's date with what the page prints by it.
      ["March 3, 2025 · Season 2024–25", "2025-03-03"],
      ["March 3, 2025 – Edited March 5, 2025 · 4 min read", "2025-03-03"],
      ["March 3, 2025 – March 2025 Issue", "2025-03-03"],
      ["March 3, 2025 – 14:30", "2025-03-03"],
      ["Week 10 – March 3, 2025", "2025-03-03"],
      ["Mon, 3 Mar 2025 09:15:00 -0800", "2025-03-03"],
      // A zone's offset is four figures, as a year is; a hyphen before it joins no two dates.
      ["3 Mar 2025 09:15:00 -0800", "2025-03-03"],
    ] as const)
      expect([line, read([page[0], line], page).datePublished?.slice(0, 10)]).toEqual([line, day]);
    for (const [line, day] of [
      ["3. März 2025 – 14:30 Uhr", "2025-03-03"],
      ["Aktualisiert am 5. März 2025 – Veröffentlicht am 3. März 2025", "2025-03-03"],
    ] as const)
      expect([line, read([pages.de[0], line], pages.de).datePublished?.slice(0, 10)]).toEqual([line, day]);
    for (const [line, day] of [["Publicado el 3 de marzo de 2025 – 5 de marzo de 2025", "2025-03-03"]] as const)
      expect([line, read([pages.es[0], line], pages.es).datePublished?.slice(0, 10)]).toEqual([line, day]);
  });
});

describe("Persian and Vietnamese date lines with their hour's word and their labels", () => {
  const fa = [
    "بازگشایی اسکله قدیمی بندر پس از دو سال تعمیر",
    "نویسنده: مریم کاظمی",
    "شورای شهر بندر کوچک روز سه‌شنبه اعلام کرد که اسکله قدیمی پس از دو سال کار دوباره به روی قایق‌ها و مسافران باز می‌شود.",
    "ماهیگیران محلی می‌گویند که بسته بودن اسکله در این مدت هزینه‌های زیادی برای آن‌ها داشته و از بازگشایی خوشحال هستند.",
  ];
  const vi = [
    "Bến phà cũ của thị trấn mở cửa trở lại sau hai năm sửa chữa",
    "Phóng viên: Trần Minh Khoa",
    "Hội đồng thị trấn cho biết hôm thứ ba rằng bến phà cũ sẽ mở cửa trở lại cho tàu thuyền và hành khách sau hai năm sửa chữa.",
    "Nhiều ngư dân địa phương nói rằng việc đóng cửa bến trong thời gian dài đã khiến họ tốn kém rất nhiều chi phí đi lại.",
  ];
  const read = (page: readonly string[], top: readonly string[]) =>
    fromText(["Site", "", "Home", "News", "", ...top, "", page[2]!, "", page[3]!, "", "© 2025 Site"].join("\n"), {
      source: "p.txt",
    });
  const dates = (page: readonly string[], top: readonly string[]) => {
    const result = read(page, top);
    return [result.datePublished?.slice(0, 10), result.dateModified?.slice(0, 10), result.headline];
  };

  it("reads a Persian weekday's date with its hour's word ('ساعت') and the label 'تاریخ انتشار'", () => {
    for (const line of [
      "سه‌شنبه ۱۴ اسفند ۱۴۰۳ ساعت ۱۰:۳۰",
      "تاریخ انتشار: ۱۴ اسفند ۱۴۰۳ ساعت ۱۰:۳۰",
      "تاریخ انتشار: ۱۴ اسفند ۱۴۰۳",
      "زمان انتشار: سه‌شنبه ۱۴ اسفند ۱۴۰۳ ساعت ۱۰:۳۰",
    ])
      for (const top of [
        [fa[0]!, line],
        [fa[0]!, fa[1]!, line],
      ])
        expect([line, ...dates(fa, top)]).toEqual([line, "2025-03-04", undefined, fa[0]]);
  });

  it("reads Vietnamese posted and updated labels ('Ngày đăng:', 'Đăng ngày', 'Cập nhật ngày', 'Cập nhật:')", () => {
    for (const [line, published, modified] of [
      ["Ngày đăng: 4/3/2025", "2025-03-04", undefined],
      ["Ngày đăng: 04/03/2025 09:15", "2025-03-04", undefined],
      ["Đăng ngày 4 tháng 3 năm 2025", "2025-03-04", undefined],
      // An update's date alone dates the post too, as in every language the reader reads.
      ["Cập nhật ngày 5 tháng 3 năm 2025", "2025-03-05", "2025-03-05"],
      ["Cập nhật: 05/03/2025 10:20", "2025-03-05", "2025-03-05"],
    ] as const)
      for (const top of [
        [vi[0]!, line],
        [vi[0]!, vi[1]!, line],
      ])
        expect([line, ...dates(vi, top)]).toEqual([line, published, modified, vi[0]]);
    // On the byline's line the update is still an update.
    const line = `${vi[1]} · Cập nhật ngày 5 tháng 3 năm 2025`;
    expect([line, ...dates(vi, [vi[0]!, line])]).toEqual([line, "2025-03-05", "2025-03-05", vi[0]]);
  });

  it("reads no date from an hour alone, a sentence around a date, or a label opening words (near misses)", () => {
    for (const line of ["ساعت ۱۰:۳۰", "جلسه شورای شهر روز سه‌شنبه ۱۴ اسفند ۱۴۰۳ ساعت ۱۰:۳۰ در ساختمان شهرداری برگزار می‌شود"])
      expect([line, dates(fa, [fa[0]!, line])[0]]).toEqual([line, undefined]);
    for (const line of [
      "Cập nhật tình hình giao thông trên bến phà vào ngày 4 tháng 3 năm 2025 cho hành khách",
      "Đăng ký tham quan bến phà trước ngày 4 tháng 3 năm 2025",
    ])
      expect([line, dates(vi, [vi[0]!, line])[0]]).toEqual([line, undefined]);
  });
});

describe("a byline's slashed date read in the page's order", () => {
  const pages = [
    [
      "fr",
      "Le vieux quai du port rouvre après deux ans de travaux",
      "Par Claire Vaudrin · 04/03/2025 09:15",
      "Le conseil de Kermoal a annoncé mardi que le vieux quai rouvrira aux bateaux et aux passagers après deux ans de travaux.",
      "Les pêcheurs disent que la fermeture leur a coûté cher, car ils devaient aller jusqu’au port voisin pour vendre.",
    ],
    [
      "es",
      "El muelle viejo del puerto reabre tras dos años de obras",
      "Por Lucía Arandela · 04/03/2025 09:15",
      "El pleno de Olmedal anunció el martes que el muelle viejo volverá a abrir a barcos y pasajeros tras dos años de obras.",
      "Los pescadores dicen que el cierre les ha costado caro porque debían ir hasta el puerto vecino para vender.",
    ],
    [
      "pt",
      "O cais velho do porto reabre após dois anos de obras",
      "Por Inês Valadouro · 04/03/2025 09:15",
      "A câmara de Vilarinho anunciou na terça-feira que o cais velho vai reabrir a barcos e passageiros após dois anos de obras.",
      "Os pescadores dizem que o fecho lhes custou caro, porque tinham de ir até ao porto vizinho para vender.",
    ],
    [
      "vi",
      "Bến phà cũ của thị trấn mở cửa trở lại sau hai năm sửa chữa",
      "Phóng viên: Trần Minh Khoa · Ngày đăng: 04/03/2025 09:15",
      "Hội đồng thị trấn cho biết hôm thứ ba rằng bến phà cũ sẽ mở cửa trở lại cho tàu thuyền và hành khách sau hai năm sửa chữa.",
      "Nhiều ngư dân địa phương nói rằng việc đóng cửa bến trong thời gian dài đã khiến họ tốn kém rất nhiều chi phí đi lại.",
    ],
    // English orders slashed dates both ways: nothing settles "03/04/2025", and it stays unread (near miss).
    [
      "en",
      "Harbour pier reopens after two years of repairs",
      "By Dana Whitlow · 03/04/2025 09:15",
      "The council said on Tuesday that the old pier would open again to boats and passengers after two years of work.",
      "Fishermen said the closure had cost them dearly over the years they had to sail round to the next town.",
    ],
  ] as const;

  it("dates the page by the byline's slashed date where the language writes the day first", () => {
    for (const [lang, title, byline, p1, p2] of pages) {
      const result = fromText(["Site", "", "Home", "", title, byline, "", p1, "", p2, "", "© 2025 Site"].join("\n"), {
        source: "p.txt",
      });
      expect([lang, result.datePublished?.slice(0, 10), result.authors?.length]).toEqual([
        lang,
        lang === "en" ? undefined : "2025-03-04",
        1,
      ]);
    }
  });
});

describe("near misses around a span of days", () => {
  // Invented pages: a title, the lines under it, two paragraphs.
  const body = [
    "The council of Marrowby voted on Tuesday to keep the old ferry running through the winter months, despite the cost.",
    "Residents from the outer islands had asked for the service to continue after a petition gathered two thousand names.",
  ];
  const read = (top: readonly string[]) =>
    fromText(["The Coastal Ledger", "", "Home", "News", "", ...top, "", body[0], "", body[1], "", "Share"].join("\n"), {
      source: "p.txt",
    }).datePublished?.slice(0, 10);

  it("lets a dated byline under the span date the post", () => {
    expect(read(["Harbour festival returns to the quay", "April 7 – April 9, 2026", "By Dana Whitlow | March 28, 2026"])).toBe(
      "2026-03-28",
    );
    expect(read(["Resumen semanal del puerto", "Del 3 al 9 de marzo de 2025", "Publicado el 10 de marzo de 2025"])).toBe("2025-03-10");
  });

  it("keeps the post's date beside a reading time's range or an update's word", () => {
    expect(read(["Ferry stays for winter", "March 3, 2025 – 3 – 4 min read"])).toBe("2025-03-03");
    expect(read(["Ferry stays for winter", "March 3, 2025 – March 4, 2025 update"])).toBe("2025-03-03");
    expect(read(["Ferry stays for winter", "March 3, 2025, 10:00–12:00"])).toBe("2025-03-03");
  });
});

// Invented pages: a masthead, a menu of two words, a title, the lines under it, two paragraphs, a share link; the date
// the post is read to bear.
const postDate = (site: { name: string; section: string; title: string }, [first, second]: string[], meta: string[]) =>
  fromText([site.name, "", "Home", site.section, "", site.title, ...meta, "", first, "", second, "", "Share"].join("\n"), {
    source: "p.txt",
  }).datePublished?.slice(0, 10);

describe("a post's date before an event's span, parted by a bar or a dot, dates the post", () => {
  // Invented pages: a title, one line under it, two paragraphs.
  const body = [
    "The council of Marrowby voted on Tuesday to keep the old ferry running through the winter months, despite the cost.",
    "Residents from the outer islands had asked for the service to continue after a petition gathered two thousand names.",
  ];
  const site = { name: "The Coastal Ledger", section: "News", title: "Harbour festival returns to the quay" };
  const read = (line: string) => postDate(site, body, [line]);

  it("dates the post by the date before the bar or the dot", () => {
    for (const line of [
      "March 12, 2026 | June 3–5, 2026",
      "12. März 2026 · 3.–5. Juni 2026",
      "12 mars 2026 | 3-5 juin 2026",
      "12 de marzo de 2026 · 3-5 de junio de 2026",
      "12 marzo 2026 • 3-5 giugno 2026",
      "12 de março de 2026 | 3-5 de junho de 2026",
      "12 maart 2026 · 3-5 juni 2026",
    ]) {
      expect([line, read(line)]).toEqual([line, "2026-03-12"]);
    }
  });

  it("leaves a span alone, or with its hours, its place or its days' names after a bar or a dot, undated", () => {
    for (const line of [
      "June 3–5, 2026",
      "June 3–5, 2026 | 10:00",
      "3.–5. Juni 2026 · 10 bis 18 Uhr",
      "Du 3 au 5 juin 2026 | Port de Kermoal",
      "Dal 3 al 5 giugno 2026 · Sabato e domenica",
    ]) {
      expect([line, read(line)]).toEqual([line, undefined]);
    }
    expect(read("March 12, 2026 | March 14, 2026")).toBe("2026-03-12");
  });
});

describe("an event's span first on its line, before another dated field parted by a bar or a dot, dates nothing", () => {
  const body = [
    "The lantern fair of Quellmoor fills the old rope walk with stalls, music and a parade of paper boats on the mill pond.",
    "This year the organisers have added a second weekend, after the first one sold out within days of the tickets going on sale.",
  ];
  const site = { name: "Quellmoor Weekly", section: "Events", title: "Lantern fair returns to the rope walk" };
  const read = (...meta: string[]) => postDate(site, body, meta);

  it("leaves two sessions, or a span before a month or a date, undated", () => {
    for (const line of [
      "3.–5. Juni 2026 · 10.–12. Juli 2026",
      "Du 3 au 5 juin 2026 | Du 10 au 12 juillet 2026",
      "3-5 de junio de 2026 · 10-12 de julio de 2026",
      "3-5 giugno 2026 | 10-12 luglio 2026",
      "3-5 de junho de 2026 • 10-12 de julho de 2026",
      "3-5 juni 2026 · 10-12 juli 2026",
      "3-5 juin 2026 · juin 2026",
      "3.–5. Juni 2026 | 3. April 2026",
    ]) {
      expect([line, read(line)]).toEqual([line, undefined]);
    }
  });

  it("lets the post's own date line under the sessions date the post", () => {
    expect(read("3-5 juni 2026 · 10-12 juli 2026", "12 maart 2026")).toBe("2026-03-12");
    expect(read("3.–5. Juni 2026 · 10.–12. Juli 2026", "12. März 2026")).toBe("2026-03-12");
  });

  it("still dates the post by the date before the sessions", () => {
    expect(read("12 mars 2026 · 3-5 juin 2026 · 10-12 juillet 2026")).toBe("2026-03-12");
    expect(read("March 12, 2026 | June 3–5, 2026 | July 10–12, 2026")).toBe("2026-03-12");
  });
});

// Invented pages: a masthead and its menu, a title, the lines under it, two paragraphs, a related teaser (the site's own
// unless the test gives the lines below), a footer.
const readNewsPage = (
  site: { name: string; title: string; teaser: string },
  [first, second]: [string, string],
  top: string[],
  below: string[] = ["Related", site.teaser],
) => {
  const text = [site.name, "Home  News  Sport", "", site.title, ...top, "", first, "", second, "", ...below, "", `© 2026 ${site.name}`];
  return fromText(text.join("\n"), { source: "p.txt" });
};
const datesOf = (read: ReturnType<typeof fromText>) => [read.datePublished?.slice(0, 10), read.dateModified?.slice(0, 10)];

describe("dates after a byline, slashed dates, Malay and Hebrew, two stamps a dash joins", () => {
  // Invented pages on readNewsPage's layout; each language's two paragraphs.
  const paragraphs: Record<string, [string, string]> = {
    en: [
      "The council of Wrenmouth approved a new ferry timetable on Tuesday after months of complaints from commuters.",
      "Residents said the late boats had left them stranded on the island twice a week during the busy summer.",
    ],
    de: [
      "Der Gemeinderat von Wrenmouth hat am Dienstag nach monatelangen Beschwerden einen neuen Fährfahrplan beschlossen.",
      "Viele Pendler berichteten, dass sie wegen der späten Boote zweimal pro Woche auf der Insel festsaßen.",
    ],
    fr: [
      "Le conseil de Wrenmouth a adopté mardi un nouvel horaire des traversiers après des mois de plaintes des usagers.",
      "Plusieurs habitants affirment que les bateaux tardifs les ont laissés bloqués sur l'île deux fois par semaine.",
    ],
    es: [
      "El ayuntamiento de Wrenmouth aprobó el martes un nuevo horario de transbordadores tras meses de quejas vecinales.",
      "Varios vecinos dijeron que los barcos tardíos los dejaron atrapados en la isla dos veces por semana este verano.",
    ],
    it: [
      "Il consiglio di Wrenmouth ha approvato martedì un nuovo orario dei traghetti dopo mesi di proteste dei pendolari.",
      "Molti pendolari raccontano che le corse in ritardo li hanno lasciati bloccati sull'isola due volte alla settimana.",
    ],
    pt: [
      "A câmara de Wrenmouth aprovou na terça-feira um novo horário das balsas depois de meses de queixas dos moradores.",
      "Vários moradores disseram que os barcos atrasados os deixaram presos na ilha duas vezes por semana no verão.",
    ],
    nl: [
      "De gemeenteraad van Wrenmouth heeft dinsdag na maanden van klachten een nieuwe dienstregeling voor de veerboot goedgekeurd.",
      "Veel forenzen zeggen dat de late boten hen twee keer per week op het eiland lieten zitten tijdens de drukke zomer.",
    ],
    ko: [
      "군의회는 화요일 통근자들의 불만이 몇 달째 이어지자 새 여객선 운항 시간표를 승인했다고 밝혔습니다.",
      "주민들은 늦은 배 때문에 바쁜 여름철에 일주일에 두 번씩 섬에 발이 묶였다고 말했습니다.",
    ],
    vi: [
      "Hội đồng thị trấn cảng hôm thứ ba đã thông qua lịch chạy phà mới sau nhiều tháng người dân phàn nàn.",
      "Nhiều cư dân cho biết những chuyến phà muộn đã khiến họ mắc kẹt trên đảo hai lần mỗi tuần trong mùa hè.",
    ],
    he: [
      "מועצת העיירה אישרה ביום שלישי לוח זמנים חדש למעבורת אחרי חודשים של תלונות מצד הנוסעים הקבועים.",
      "תושבים סיפרו כי הסירות המאוחרות השאירו אותם תקועים באי פעמיים בשבוע במהלך עונת הקיץ העמוסה.",
    ],
    ms: [
      "Majlis perbandaran pekan pelabuhan itu meluluskan jadual feri baharu pada hari Selasa selepas berbulan-bulan menerima aduan.",
      "Penduduk berkata bot yang lewat menyebabkan mereka terkandas di pulau itu dua kali seminggu sepanjang musim cuti.",
    ],
  };
  const site = { name: "Wrenmouth Courier", title: "Wrenmouth ferry timetable changes", teaser: "Ferry fares to rise next spring" };
  const page = (language: string, top: string[], below?: string[]) => datesOf(readNewsPage(site, paragraphs[language]!, top, below));

  it("keeps the update printed after the published date on a byline's line", () => {
    const pairs: Array<[string, string, string]> = [
      ["en", "By Ana Ruiz", "Published March 12, 2026 08:10 Updated March 13, 2026 10:45"],
      ["de", "Von Jan Berg", "Veröffentlicht am 12.03.2026, 08:10 Uhr Aktualisiert am 13.03.2026, 10:45 Uhr"],
      ["fr", "Par Claire Vaudrin", "Publié le 12 mars 2026 à 08h10 Mis à jour le 13 mars 2026 à 10h45"],
      ["es", "Por Ana Ruiz", "Publicado el 12 de marzo de 2026, 08:10 Actualizado el 13 de marzo de 2026, 10:45"],
      ["it", "Di Marco Bellini", "Pubblicato il 12 marzo 2026 alle 08:10 Aggiornato il 13 marzo 2026 alle 10:45"],
      ["pt", "Por Joana Prates", "Publicado em 12/03/2026 08h10 Atualizado em 13/03/2026 10h45"],
      ["nl", "Door Sanne de Wit", "Gepubliceerd op 12 maart 2026 08:10 Bijgewerkt op 13 maart 2026 10:45"],
      ["ko", "김하늘 기자", "입력 2026.03.12 08:10 수정 2026.03.13 10:45"],
      ["vi", "Phóng viên: Trần Minh Khoa", "Đăng: 12/03/2026 08:10 Cập nhật: 13/03/2026 10:45"],
    ];
    for (const [language, byline, dates] of pairs) {
      const line = `${byline} · ${dates}`;
      expect([line, page(language, [line])]).toEqual([line, ["2026-03-12", "2026-03-13"]]);
    }
    for (const [language, byline, dates] of pairs.filter(([language]) => language !== "vi")) {
      const line = `${byline} ${dates}`;
      expect([line, page(language, [line])]).toEqual([line, ["2026-03-12", "2026-03-13"]]);
    }
    const updatedFirst = "By Ana Ruiz · Updated March 13, 2026 10:45 Published March 12, 2026 08:10";
    expect(page("en", [updatedFirst])).toEqual(["2026-03-12", "2026-03-13"]);
  });

  it("takes no update from another label after the date, nor from a teaser's byline below the story", () => {
    expect(page("en", ["By Ana Ruiz · Published March 12, 2026 · Event date: March 20, 2026"])).toEqual(["2026-03-12", undefined]);
    expect(page("en", ["By Ana Ruiz · Published March 12, 2026 08:10 Next review March 20, 2027"])).toEqual(["2026-03-12", undefined]);
    // Words between the label and the date make it another date, not the update.
    expect(page("en", ["By Ana Ruiz · Published March 12, 2026 · Updated daily until March 30, 2026"])).toEqual(["2026-03-12", undefined]);
    expect(page("en", ["By Ana Ruiz · March 12, 2026 Updated schedule: March 20, 2026"])).toEqual(["2026-03-12", undefined]);
    expect(page("en", ["By Ana Ruiz · Published March 12, 2026 Updated Friday, March 13, 2026"])).toEqual(["2026-03-12", "2026-03-13"]);
    expect(
      page("en", [], ["Related", "New pier opens", "By Ana Ruiz · Published March 2, 2026 08:10 Updated March 3, 2026 10:45"]),
    ).toEqual([undefined, undefined]);
  });

  it("reads a slashed date closing a byline in the page's order, or where its numbers allow one", () => {
    const lines: Array<[string, string, string]> = [
      ["es", "Por Ana Ruiz 12/03/2026", "2026-03-12"],
      ["es", "Por Ana Ruiz, 12/03/2026", "2026-03-12"],
      ["fr", "Par Claire Vaudrin 12/03/2026", "2026-03-12"],
      ["it", "Di Marco Bellini 12/03/2026", "2026-03-12"],
      ["pt", "Por Joana Prates · 12/03/2026", "2026-03-12"],
      ["pt", "Por Joana Prates - 12/03/2026", "2026-03-12"],
      ["es", "Por Ana Ruiz (EFE) 12/03/2026", "2026-03-12"],
      ["en", "By Ana Ruiz, Staff Writer 25/03/2026", "2026-03-25"],
      ["vi", "Phóng viên: Trần Minh Khoa · 12/03/2026", "2026-03-12"],
      ["de", "Von Jan Berg, 03/12/2026", "2026-12-03"],
      ["nl", "Door Sanne de Wit 03/12/2026", "2026-12-03"],
      ["en", "By Ana Ruiz 25/03/2026", "2026-03-25"],
      ["en", "By Ana Ruiz 03/25/2026", "2026-03-25"],
    ];
    for (const [language, line, day] of lines) expect([line, page(language, [line])[0]]).toEqual([line, day]);
  });

  it("leaves a byline's slashed date undated where nothing tells its order, and a code or a teaser's date alone", () => {
    for (const [language, line] of [
      ["en", "By Ana Ruiz 12/03/2026"],
      ["en", "By Ana Ruiz 03/12/2026"],
      ["es", "Por Ana Ruiz 12/03/20265"],
      ["pt", "Por Joana Prates 12/03/26"],
      ["es", "Por Ana Ruiz 1/2/3"],
      // Words between the last name and the date make it another day's.
      ["es", "Por Ana Ruiz, partido del 20/03/2026"],
      ["de", "Von Jan Berg, gültig bis 31/12/2026"],
      ["de", "Von Jan Berg | Termin 24-12-2026"],
      ["en", "By Ana Ruiz, Event: 04/25/2026"],
      ["de", "Von Jan Berg, Tel. 06-12-2026"],
      ["vi", "Phóng viên: Trần Minh Khoa · Đăng: 12/03/2026 Sự kiện: 20/03/2026"],
    ] as const) {
      expect([line, page(language, [line])[0]]).toEqual([line, undefined]);
    }
    expect(page("es", [], ["Más noticias", "Suben las tarifas del ferry", "Por Ana Ruiz 02/03/2026"])[0]).toBeUndefined();
  });

  it("reads Hebrew slashed dates day first and its published and updated labels", () => {
    expect(page("he", ["מאת: נועה ברקוביץ", "נוצר: 12/03/2026 09:15"])[0]).toBe("2026-03-12");
    expect(page("he", ["מאת: נועה ברקוביץ", "פורסם: 12/03/2026"])[0]).toBe("2026-03-12");
    expect(page("he", ["מאת: נועה ברקוביץ", "עודכן: 13/03/2026 10:45"])).toEqual(["2026-03-13", "2026-03-13"]);
  });

  it("reads Malay 'Ogos' and the Malay update's label, and leaves 'Mac' unread", () => {
    expect(page("ms", ["Oleh: Aminah Yusof", "12 Ogos 2026"])[0]).toBe("2026-08-12");
    expect(page("ms", ["Oleh: Aminah Yusof", "Diterbitkan: 12 Ogos 2026, 8:10 pagi"])[0]).toBe("2026-08-12");
    expect(page("ms", ["Oleh: Aminah Yusof", "Dikemaskini: 13 Ogos 2026, 10:45"])).toEqual(["2026-08-13", "2026-08-13"]);
    expect(page("ms", ["Oleh: Aminah Yusof", "Top 10 Mac 2025"])[0]).toBeUndefined();
    expect(page("ms", [], ["Berita lain", "Jeti baharu dibuka", "2 Ogos 2026"])[0]).toBeUndefined();
  });

  it("reads two stamps a dash joins as published and updated beside a person's byline", () => {
    const lines: Array<[string, string, string]> = [
      ["en", "By Ana Ruiz", "March 12, 2026 08:10 – March 13, 2026 21:45"],
      ["de", "Von Jan Berg", "12.03.2026, 08:10 – 13.03.2026, 21:45"],
      ["fr", "Par Claire Vaudrin", "12 mars 2026 08:10 – 13 mars 2026 21:45"],
      ["es", "Por Ana Ruiz", "12 de marzo de 2026 08:10 – 13 de marzo de 2026 21:45"],
      ["it", "Di Marco Bellini", "12 marzo 2026 08:10 – 13 marzo 2026 21:45"],
      ["pt", "Por Joana Prates", "12 de março de 2026 08:10 – 13 de março de 2026 21:45"],
      ["nl", "Door Sanne de Wit", "12 maart 2026 08:10 – 13 maart 2026 21:45"],
    ];
    for (const [language, byline, dates] of lines) {
      expect([dates, page(language, [byline, dates])]).toEqual([dates, ["2026-03-12", "2026-03-13"]]);
      expect([dates, page(language, [dates, byline])]).toEqual([dates, ["2026-03-12", "2026-03-13"]]);
    }
  });

  it("leaves an event's two stamps, days alone or a reversed pair undated", () => {
    for (const [language, top] of [
      ["en", ["March 12, 2026 19:00 – March 14, 2026 22:00", "Harbour Hall, Wrenmouth", "Tickets from $20"]],
      ["en", ["Organised by Wrenmouth Arts Council", "March 12, 2026 19:00 – March 14, 2026 22:00", "Harbour Hall, Wrenmouth"]],
      ["en", ["By Reuters", "March 12, 2026 19:00 – March 14, 2026 22:00"]],
      ["de", ["12.03.2026, 19:00 – 14.03.2026, 22:00", "Stadthalle Wrenmouth", "Eintritt frei"]],
      ["de", ["Von Jan Berg", "", "12.03.2026, 19:00 – 14.03.2026, 22:00", "Stadthalle Wrenmouth"]],
      // A venue or tickets packed under the times a writer signs: the event's times, not the post's stamps.
      ["en", ["By Ana Ruiz", "March 20, 2026 19:00 – March 21, 2026 02:00", "Harbour Hall, Wrenmouth"]],
      ["de", ["Von Jan Berg", "20.03.2026, 19:00 – 22.03.2026, 23:00", "Stadthalle, Eintritt frei"]],
      ["en", ["Harbour Hall, Wrenmouth", "March 20, 2026 19:00 – March 21, 2026 02:00", "By Ana Ruiz"]],
      // A timetable's rows under a writer's byline.
      ["de", ["Von Jan Berg", "12.03.2026 08:10 – 12.03.2026 09:45", "12.03.2026 10:10 – 12.03.2026 11:45"]],
      ["en", ["By Ana Ruiz", "March 12, 2026 08:10 – March 12, 2026 09:45", "March 13, 2026 08:10 – March 13, 2026 09:45"]],
      ["en", ["By Ana Ruiz", "March 12, 2026 – March 14, 2026"]],
      ["en", ["By Ana Ruiz", "March 14, 2026 08:10 – March 12, 2026 21:45"]],
    ] as const) {
      expect([top, page(language, [...top])]).toEqual([top, [undefined, undefined]]);
    }
  });
});

describe("an update printed before its published date, a time before the date, Malay short months", () => {
  // Invented pages on readNewsPage's layout; each language's two paragraphs.
  const paragraphs: Record<string, [string, string]> = {
    en: [
      "The council of Pellbrook agreed on Tuesday to reopen the old harbour market after a long quarrel over its rent.",
      "Stallholders said the covered hall had stood empty for three winters while the two sides argued over repairs.",
    ],
    de: [
      "Der Rat von Pellbrook hat am Dienstag beschlossen, die alte Hafenmarkthalle nach langem Streit um die Miete zu öffnen.",
      "Die Händler sagten, die überdachte Halle habe drei Winter leer gestanden, während beide Seiten über Reparaturen stritten.",
    ],
    fr: [
      "Le conseil de Pellbrook a décidé mardi de rouvrir l'ancien marché du port après une longue querelle sur son loyer.",
      "Les marchands affirment que la halle couverte est restée vide pendant trois hivers faute d'accord sur les travaux.",
    ],
    es: [
      "El concejo de Pellbrook acordó el martes reabrir el viejo mercado del puerto tras una larga disputa por el alquiler.",
      "Los comerciantes dijeron que la nave cubierta estuvo vacía tres inviernos mientras ambas partes discutían las obras.",
    ],
    it: [
      "Il consiglio di Pellbrook ha deciso martedì di riaprire il vecchio mercato del porto dopo una lunga lite sull'affitto.",
      "I commercianti raccontano che il capannone coperto è rimasto vuoto per tre inverni mentre le parti discutevano dei lavori.",
    ],
    pt: [
      "A câmara de Pellbrook decidiu na terça-feira reabrir o velho mercado do porto depois de uma longa disputa pelo aluguel.",
      "Os feirantes disseram que o pavilhão coberto ficou vazio durante três invernos enquanto as partes discutiam as obras.",
    ],
    nl: [
      "De raad van Pellbrook besloot dinsdag de oude havenmarkt te heropenen na een lange ruzie over de huur van de hal.",
      "De marktkooplui zeggen dat de overdekte hal drie winters leeg stond terwijl beide partijen over de reparaties twistten.",
    ],
    ko: [
      "펠브룩 시의회는 화요일 임대료를 둘러싼 오랜 갈등 끝에 옛 항구 시장을 다시 열기로 결정했다고 밝혔습니다.",
      "상인들은 양측이 보수 공사를 두고 다투는 동안 지붕 덮인 시장이 세 번의 겨울 내내 비어 있었다고 말했습니다.",
    ],
    vi: [
      "Hội đồng thị trấn Pellbrook hôm thứ ba đã quyết định mở lại khu chợ cảng cũ sau thời gian dài tranh cãi về tiền thuê.",
      "Các tiểu thương cho biết khu chợ có mái che đã bỏ trống suốt ba mùa đông trong khi hai bên tranh luận về việc sửa chữa.",
    ],
    ms: [
      "Majlis bandar Pellbrook bersetuju pada hari Selasa untuk membuka semula pasar pelabuhan lama selepas pertikaian panjang tentang sewa.",
      "Peniaga berkata dewan berbumbung itu dibiarkan kosong selama tiga musim sejuk sementara kedua-dua pihak bertelagah tentang pembaikan.",
    ],
  };
  const site = { name: "Pellbrook Gazette", title: "Pellbrook to reopen its harbour market", teaser: "New ferry pier opens next spring" };
  const page = (language: string, top: string[], below?: string[]) => datesOf(readNewsPage(site, paragraphs[language]!, top, below));

  it("reads an update printed first, before the published date, on a byline's line", () => {
    const lines: Array<[string, string]> = [
      ["ko", "김하늘 기자 · 수정 2026.03.13 10:45 입력 2026.03.12 08:10"],
      ["ko", "김하늘 기자 | 수정 2026.03.13 10:45 | 입력 2026.03.12 08:10"],
      ["ko", "김하늘 기자 수정 2026.03.13 10:45 입력 2026.03.12 08:10"],
      ["vi", "Phóng viên: Trần Minh Khoa · Cập nhật: 13/03/2026 10:45 Đăng: 12/03/2026 08:10"],
      ["vi", "Phóng viên: Trần Minh Khoa Cập nhật: 13/03/2026 10:45 Đăng: 12/03/2026 08:10"],
    ];
    for (const [language, line] of lines) {
      expect([line, page(language, [line])]).toEqual([line, ["2026-03-12", "2026-03-13"]]);
    }
    // The same order alone under the byline, as it already read, and on two lines.
    for (const [language, byline, update, published] of [
      ["vi", "Phóng viên: Trần Minh Khoa", "Cập nhật: 13/03/2026 10:45", "Đăng: 12/03/2026 08:10"],
      ["pt", "Por Joana Prates", "Atualizado em 13/03/2026 10:45", "Publicado em 12/03/2026 08:10"],
      ["es", "Por Ana Ruiz", "Actualizado el 13/03/2026 10:45", "Publicado el 12/03/2026 08:10"],
      ["it", "Di Marco Bellini", "Aggiornato il 13/03/2026 alle 10:45", "Pubblicato il 12/03/2026 alle 08:10"],
      ["fr", "Par Claire Vaudrin", "Mis à jour le 13/03/2026 à 10h45", "Publié le 12/03/2026 à 08h10"],
      ["nl", "Door Sanne de Wit", "Bijgewerkt op 13-03-2026 10:45", "Gepubliceerd op 12-03-2026 08:10"],
      ["de", "Von Jan Berg", "Aktualisiert am 13.03.2026, 10:45 Uhr", "Veröffentlicht am 12.03.2026, 08:10 Uhr"],
    ] as const) {
      const line = `${update} ${published}`;
      expect([line, page(language, [byline, line])]).toEqual([line, ["2026-03-12", "2026-03-13"]]);
      expect([line, page(language, [byline, update, published])]).toEqual([line, ["2026-03-12", "2026-03-13"]]);
    }
  });

  it("keeps an update's own label after a byline where no published date follows it", () => {
    // "수정" alone, or before a label whose date is another's (a deadline): the date is still the update's.
    expect(page("ko", ["박서준 기자 · 수정 2026.05.14 09:05"])).toEqual(["2026-05-14", "2026-05-14"]);
    expect(page("ko", ["박서준 기자 · 수정 2026.05.14 09:05 · 댓글 3"])).toEqual(["2026-05-14", "2026-05-14"]);
    expect(page("ko", ["박서준 기자 · 수정 2026.05.14 09:05 입력 마감 2026.05.20"])).toEqual(["2026-05-14", "2026-05-14"]);
  });

  it("keeps a Korean or Vietnamese later label's other words out of the pair", () => {
    // An amendment's "수정안" is no update's label; "Đăng ký" (sign up) is no published date's.
    expect(page("ko", ["김하늘 기자", "수정안 2026.03.13 입력 2026.03.12 08:10"])[0]).toBe("2026-03-12");
    expect(page("vi", ["Phóng viên: Trần Minh Khoa · Cập nhật: 13/03/2026 10:45 Đăng ký: 20/03/2026 08:10"])).toEqual([
      "2026-03-13",
      "2026-03-13",
    ]);
    expect(page("ko", ["김하늘 기자 · 입력 2026.03.12 08:10 수정 2026.03.13 10:45"])).toEqual(["2026-03-12", "2026-03-13"]);
    expect(page("vi", ["Phóng viên: Trần Minh Khoa", "Cập nhật: 13/03/2026 10:45 Đăng ký 10/03/2026 08:10"])).toEqual([
      "2026-03-13",
      "2026-03-13",
    ]);
  });

  it("reads a Vietnamese stamp whose clock time comes before its date", () => {
    const byline = "Phóng viên: Trần Minh Khoa";
    expect(page("vi", [byline, "Cập nhật lúc 10:45 13/03/2026"])).toEqual(["2026-03-13", "2026-03-13"]);
    expect(page("vi", [byline, "Đăng lúc 08:10 ngày 12/03/2026"])[0]).toBe("2026-03-12");
    expect(page("vi", [byline, "Đăng lúc 08:10 12/03/2026"])[0]).toBe("2026-03-12");
    expect(page("vi", [byline, "Đăng lúc 08:10 ngày 12/03/2026", "Cập nhật lúc 10:45 ngày 13/03/2026"])).toEqual([
      "2026-03-12",
      "2026-03-13",
    ]);
    expect(page("vi", [byline, "Đăng lúc 08:10 ngày 12/03/2026 | Cập nhật lúc 10:45 ngày 13/03/2026"])).toEqual([
      "2026-03-12",
      "2026-03-13",
    ]);
  });

  it("leaves a time before another day's date unread: a departure, an event, a teaser", () => {
    expect(page("vi", ["Phóng viên: Trần Minh Khoa", "Khởi hành lúc 08:10 ngày 20/03/2026"])).toEqual([undefined, undefined]);
    expect(page("vi", ["Sự kiện lúc 19:00 20/03/2026", "Nhà hát Lớn"])).toEqual([undefined, undefined]);
    expect(
      page("vi", ["Phóng viên: Trần Minh Khoa"], ["Tin liên quan", "Bến phà mới khánh thành", "Đăng lúc 08:10 ngày 02/03/2026"]),
    ).toEqual([undefined, undefined]);
    expect(page("en", ["By Ana Ruiz", "Updated March 13, 2026 10:45 Next issue March 20, 2026"])[0]).toBe("2026-03-13");
    expect(page("pt", ["Por Joana Prates", "Atualizado em 13/03/2026 10:45 Publicado em 14/03/2026 08:10"])).toEqual([
      undefined,
      undefined,
    ]);
  });

  it("reads Malay and Indonesian short months on Malay pages only", () => {
    const byline = "Oleh: Aminah Yusof";
    expect(page("ms", [byline, "12 Mac 2026"])[0]).toBe("2026-03-12");
    expect(page("ms", [byline, "Diterbitkan: 12 Dis 2026, 8:10 pagi"])[0]).toBe("2026-12-12");
    expect(page("ms", [byline, "Dikemaskini: 13 Mac 2026 10:45"])[0]).toBe("2026-03-13");
    expect(page("ms", [byline, "Selasa, 12 Mac 2026"])[0]).toBe("2026-03-12");
    expect(page("ms", [byline, "Diterbitkan 12 Mac 2026"])[0]).toBe("2026-03-12");
    expect(page("ms", [`${byline} · 12 Mac 2026`])[0]).toBe("2026-03-12");
    expect(page("ms", [byline, "12 Des 2026 08:10 WIB"])[0]).toBe("2026-12-12");
    expect(page("ms", [byline, "Diterbitkan: 12 Mac 2026 8:10 pagi | Dikemaskini: 13 Mac 2026 10:45 pagi"])).toEqual([
      "2026-03-12",
      "2026-03-13",
    ]);
    // A count before the name, and pages of other languages, where the names are words.
    expect(page("ms", [byline, "Top 10 Mac 2025"])[0]).toBeUndefined();
    expect(page("ms", [byline, "Senarai 10 Mac 2026"])[0]).toBeUndefined();
    expect(page("en", ["By Ana Ruiz", "12 Mac 2026"])[0]).toBeUndefined();
    expect(page("en", ["By Ana Ruiz", "Top 10 Mac apps"])[0]).toBeUndefined();
    expect(page("en", ["By Ana Ruiz", "12 Dis 2026"])[0]).toBeUndefined();
    expect(page("fr", ["Par Claire Vaudrin", "Dis 12 mots 2026"])[0]).toBeUndefined();
    expect(page("es", ["Por Ana Ruiz", "12 des 2026"])[0]).toBeUndefined();
    // A teaser's Malay date below the story dates nothing.
    expect(page("ms", [byline], ["Berita lain", "Jeti baharu dibuka", "2 Mac 2026"])[0]).toBeUndefined();
  });
});

describe("German created dates, hyphenated stamps beside a byline, Malay last-updated labels", () => {
  // Invented pages on readNewsPage's layout; each language's two paragraphs.
  const paragraphs: Record<string, [string, string]> = {
    en: [
      "The board of Tolvenmoor approved a plan on Monday to rebuild the flooded riverside library within two years.",
      "Readers had borrowed books from a bus parked by the town hall since the river broke its banks last autumn.",
    ],
    de: [
      "Der Gemeinderat von Tolvenmoor hat am Montag beschlossen, die überflutete Bibliothek am Fluss binnen zwei Jahren neu zu bauen.",
      "Seit dem Hochwasser im vergangenen Herbst liehen die Leser ihre Bücher aus einem Bus, der vor dem Rathaus parkte.",
    ],
    nl: [
      "De gemeenteraad van Tolvenmoor heeft maandag besloten de ondergelopen bibliotheek aan de rivier binnen twee jaar te herbouwen.",
      "Sinds de overstroming van vorig najaar leenden lezers hun boeken uit een bus die bij het stadhuis geparkeerd stond.",
    ],
    fr: [
      "Le conseil de Tolvenmoor a approuvé lundi un plan pour reconstruire en deux ans la bibliothèque inondée au bord de la rivière.",
      "Depuis la crue de l'automne dernier, les lecteurs empruntaient leurs livres dans un bus garé devant la mairie.",
    ],
    es: [
      "El concejo de Tolvenmoor aprobó el lunes un plan para reconstruir en dos años la biblioteca inundada junto al río.",
      "Desde la crecida del otoño pasado, los lectores tomaban sus libros prestados de un autobús aparcado frente al ayuntamiento.",
    ],
    it: [
      "Il consiglio di Tolvenmoor ha approvato lunedì un piano per ricostruire in due anni la biblioteca allagata lungo il fiume.",
      "Dall'alluvione dello scorso autunno i lettori prendevano i libri in prestito da un autobus parcheggiato davanti al municipio.",
    ],
    pt: [
      "A câmara de Tolvenmoor aprovou na segunda-feira um plano para reconstruir em dois anos a biblioteca alagada junto ao rio.",
      "Desde a cheia do outono passado, os leitores pediam livros emprestados a um autocarro estacionado junto à câmara.",
    ],
    vi: [
      "Hội đồng Tolvenmoor hôm thứ hai đã thông qua kế hoạch xây lại thư viện ven sông bị ngập trong vòng hai năm.",
      "Từ trận lũ mùa thu năm ngoái, bạn đọc vẫn mượn sách từ một chiếc xe buýt đỗ trước tòa thị chính.",
    ],
    ms: [
      "Majlis daerah Tolvenmoor meluluskan pelan pada hari Isnin untuk membina semula perpustakaan tepi sungai yang dilanda banjir.",
      "Sejak sungai melimpah pada musim luruh lalu, pembaca meminjam buku dari sebuah bas yang diletakkan di hadapan dewan bandaran.",
    ],
  };
  const site = {
    name: "Tolvenmoor Courier",
    title: "Tolvenmoor to rebuild its riverside library",
    teaser: "A new reading room opens in the old mill",
  };
  const page = (language: string, top: string[], below?: string[]) => {
    const read = readNewsPage(site, paragraphs[language]!, top, below);
    return [...datesOf(read), read.authors?.map((author) => author.name).join(", ")];
  };

  it("reads German 'Erstellt' as the published date's label, either side of the update", () => {
    const byline = "Von Mira Falkenrath";
    const pair = ["2026-03-12", "2026-03-13"];
    expect(page("de", [byline, "Aktualisiert: 13.03.2026 um 10:45 Erstellt: 12.03.2026 um 08:10"]).slice(0, 2)).toEqual(pair);
    expect(page("de", [`${byline} · Aktualisiert: 13.03.2026 um 10:45 Erstellt: 12.03.2026 um 08:10`]).slice(0, 2)).toEqual(pair);
    expect(page("de", ["Aktualisiert: 13.03.2026 um 10:45 Erstellt: 12.03.2026 um 08:10"]).slice(0, 2)).toEqual(pair);
    expect(page("de", [byline, "Zuletzt aktualisiert: 13.03.2026, Erstellt: 12.03.2026"]).slice(0, 2)).toEqual(pair);
    expect(page("de", [byline, "Erstellt am 12.03.2026 | Zuletzt aktualisiert am 13.03.2026"]).slice(0, 2)).toEqual(pair);
    expect(page("de", [byline, "Erstellt am 12. März 2026 um 08:10 Uhr"])[0]).toBe("2026-03-12");
    expect(page("de", ["Erstellt von Mira Falkenrath am 12.03.2026"])[0]).toBe("2026-03-12");
  });

  it("keeps 'Erstellt von' a byline and 'erstellt' in a sentence or a form no date label", () => {
    expect(page("de", ["Erstellt von Mira Falkenrath"])).toEqual([undefined, undefined, "Mira Falkenrath"]);
    expect(page("de", ["Erstellt von Mira Falkenrath · 12.03.2026"])).toEqual(["2026-03-12", undefined, "Mira Falkenrath"]);
    expect(page("de", ["Von Mira Falkenrath", "Rechnung erstellt: 12.03.2026"])[0]).toBeUndefined();
    expect(page("de", ["Von Mira Falkenrath", "Erstellt mit viel Liebe in Tolvenmoor"])[0]).toBeUndefined();
    expect(
      page("de", ["Von Mira Falkenrath"], ["Mehr zum Thema", "Neuer Lesesaal in der alten Mühle", "Erstellt: 02.03.2026"])[0],
    ).toBeUndefined();
  });

  it("reads a hyphenated day-first date with its clock time beside a byline, in the page's order", () => {
    expect(page("nl", ["Door Eva de Vries · 12-03-2026 08:10"])).toEqual(["2026-03-12", undefined, "Eva de Vries"]);
    expect(page("nl", ["Door Eva de Vries | 12-03-2026, 08:10"])[0]).toBe("2026-03-12");
    expect(page("nl", ["Door Eva de Vries · 12-03-2026 08:10 uur"])[0]).toBe("2026-03-12");
    expect(page("nl", ["Door Eva de Vries", "12-03-2026 08:10"])[0]).toBe("2026-03-12");
    expect(page("de", ["Von Mira Falkenrath · 12-03-2026 08:10"])[0]).toBe("2026-03-12");
    expect(page("fr", ["Par Claire Vaudrin · 12-03-2026 08:10"])[0]).toBe("2026-03-12");
    expect(page("es", ["Por Ana Ruiz · 12-03-2026 - 08:10"])[0]).toBe("2026-03-12");
    expect(page("it", ["Di Marco Bellini · 12-03-2026 alle 08:10"])[0]).toBe("2026-03-12");
    expect(page("pt", ["Por Joana Prates · 12-03-2026 08:10"])[0]).toBe("2026-03-12");
    expect(page("nl", ["Door Eva de Vries · Bijgewerkt op 13-03-2026 10:45 Gepubliceerd op 12-03-2026 08:10"]).slice(0, 2)).toEqual([
      "2026-03-12",
      "2026-03-13",
    ]);
  });

  it("reads a labelled slashed or hyphenated date with no time after a byline's mark, and the pair", () => {
    const pair = ["2026-03-12", "2026-03-13"];
    expect(page("nl", ["Door Eva de Vries · Gepubliceerd op 12-03-2026 · Bijgewerkt op 13-03-2026"]).slice(0, 2)).toEqual(pair);
    expect(page("nl", ["Door Eva de Vries · Gepubliceerd op 12-03-2026"]).slice(0, 2)).toEqual(["2026-03-12", undefined]);
    expect(page("pt", ["Por Joana Prates | Publicado em 12-03-2026 | Atualizado em 13-03-2026"]).slice(0, 2)).toEqual(pair);
    expect(page("fr", ["Par Claire Vaudrin · Publié le 12-03-2026 · Mis à jour le 13-03-2026"]).slice(0, 2)).toEqual(pair);
    expect(page("de", ["Von Mira Falkenrath · Veröffentlicht am 12/03/2026 · Aktualisiert am 13/03/2026"]).slice(0, 2)).toEqual(pair);
    expect(page("es", ["Por Ana Ruiz, Actualizado el 13/03/2026"]).slice(0, 2)).toEqual(["2026-03-13", "2026-03-13"]);
  });

  it("leaves codes, phone numbers, scores, fixtures and unlabelled words beside a byline unread", () => {
    const byline = "Door Eva de Vries";
    expect(page("nl", [`${byline} · 06-12345678`])[0]).toBeUndefined();
    expect(page("nl", [`${byline} · Ref. 4471-12-03-2026 08:10`])[0]).toBeUndefined();
    expect(page("nl", [`${byline} · Ajax - PSV 2-1 (20:45)`])[0]).toBeUndefined();
    expect(page("nl", [byline, "Bestelnummer 12-03-2026-4471"])[0]).toBeUndefined();
    expect(page("nl", [byline, "", "Programma", "14-03-2026 20:00 Ajax - PSV", "15-03-2026 14:30 AZ - Feyenoord"])[0]).toBeUndefined();
    expect(page("nl", [`${byline} · Bijgewerkt dienstregeling 13-03-2026`])[0]).toBeUndefined();
    expect(page("nl", [`${byline} · Wedstrijd op 12-03-2026`])[0]).toBeUndefined();
    // A label after a word, not after the names' mark, is the sentence's ("with figures updated on …").
    expect(page("nl", [`${byline}, met cijfers bijgewerkt op 13-03-2026`])[0]).toBeUndefined();
    expect(page("nl", [`${byline} · 12-03-26`])[0]).toBeUndefined();
    // An English page settles no order for hyphens: neither number tells the day.
    expect(page("en", ["By Ana Ruiz · 03-04-2026 08:10"])[0]).toBeUndefined();
    expect(page("en", ["By Ana Ruiz · Published 03-04-2026 · Updated 04-04-2026"])[0]).toBeUndefined();
    // A teaser's stamp below the story dates nothing.
    expect(
      page("nl", [byline], ["Meer nieuws", "Nieuwe leeszaal in de oude molen", "Door Eva de Vries · 02-03-2026 08:10"])[0],
    ).toBeUndefined();
  });

  it("reads a hyphenated stamp with its time only opening its line or field, or after a date's label", () => {
    const byline = "Door Eva de Vries";
    // An order's, a kick-off's, a departure's or a deadline's day and hour, after a word that is no date's label.
    expect(page("de", ["Von Mira Falkenrath", "Bestellung 12-03-2026 10:45"])[0]).toBeUndefined();
    expect(page("nl", [byline, "Aftrap 14-03-2026 20:30"])[0]).toBeUndefined();
    expect(page("nl", [byline, "Vertrek: 14-03-2026 07:15"])[0]).toBeUndefined();
    expect(page("nl", [`${byline} · Wedstrijd: 12-03-2026 20:30`])[0]).toBeUndefined();
    expect(page("de", ["Von Mira Falkenrath", "Gültig bis 31-03-2026 23:59 Uhr"])[0]).toBeUndefined();
    // The event's after the stamp's field leaves the stamp the page's.
    expect(page("nl", [`${byline} · Bijgewerkt: 12-03-2026 | Wedstrijd: 20-03-2026 20:30`]).slice(0, 2)).toEqual([
      "2026-03-12",
      "2026-03-12",
    ]);
    // A label, German "Stand" (as of), or a mark before it.
    expect(page("de", ["Von Mira Falkenrath", "Stand: 12-03-2026 08:10"])[0]).toBe("2026-03-12");
    expect(page("de", ["Von Mira Falkenrath · Erstellt 12-03-2026 08:10"])[0]).toBe("2026-03-12");
    expect(page("nl", [`${byline} - 12-03-2026 08:10`])[0]).toBe("2026-03-12");
  });

  it("reads Malay 'Kemas kini' and 'Kemas kini terakhir pada' as the update's label, 'pada' as a label's link", () => {
    const byline = "Oleh: Aminah Yusof";
    expect(page("ms", [byline, "Kemas kini terakhir pada 14 Mac 2026"]).slice(0, 2)).toEqual(["2026-03-14", "2026-03-14"]);
    expect(page("ms", [byline, "Kemas kini terakhir pada 14 April 2026, 10:45 pagi"]).slice(0, 2)).toEqual(["2026-04-14", "2026-04-14"]);
    expect(page("ms", [byline, "Kemas kini: 14 Mac 2026"]).slice(0, 2)).toEqual(["2026-03-14", "2026-03-14"]);
    expect(page("ms", [byline, "Diterbitkan pada 12 Mac 2026 | Kemas kini terakhir pada 14 Mac 2026"]).slice(0, 2)).toEqual([
      "2026-03-12",
      "2026-03-14",
    ]);
    expect(page("ms", ["Oleh Aminah Yusof · Kemas kini terakhir pada 14 Mac 2026"]).slice(0, 2)).toEqual(["2026-03-14", "2026-03-14"]);
    // A sale's day and an app's prompt are no stamps.
    expect(page("ms", [byline, "Jualan pada 12 Mac 2026 sahaja"])[0]).toBeUndefined();
    expect(page("ms", [byline, "Kemas kini aplikasi anda sekarang"])[0]).toBeUndefined();
  });

  it("reads a Vietnamese label's date after its word for 'day', and the pair it opens", () => {
    const byline = "Phóng viên: Lê Thu Hà";
    expect(page("vi", [byline, "Cập nhật ngày 13/03/2026"]).slice(0, 2)).toEqual(["2026-03-13", "2026-03-13"]);
    expect(page("vi", [byline, "Cập nhật ngày 13/03/2026 Ngày đăng 12/03/2026"]).slice(0, 2)).toEqual(["2026-03-12", "2026-03-13"]);
    // A day counted in a sentence, and a sign-up's day, are no stamps.
    expect(page("vi", [byline, "Ngày đăng ký: 20/03/2026"])[0]).toBeUndefined();
    expect(page("vi", [byline, "Cập nhật sau ngày 20/03/2026"])[0]).toBeUndefined();
  });
});

describe("a hyphenated stamp with its clock time right after a byline's names", () => {
  // Invented pages in Dutch and German, whose day-first order the page's language settles.
  const paragraphs: Record<string, [string, string]> = {
    nl: [
      "De veerraad van Quellmoor kwam dinsdagavond bijeen en stemde na een lang debat in met een nieuwe winterdienstregeling.",
      "Forenzen hadden om een vroegere boot op werkdagen gevraagd, die de vervoerder nu vanaf januari heeft beloofd.",
    ],
    de: [
      "Der Fährrat von Quellmoor hat sich am Dienstagabend nach langer Debatte auf einen neuen Winterfahrplan geeinigt.",
      "Pendler hatten ein früheres Boot an Werktagen gefordert, das der Betreiber nun ab Januar versprochen hat.",
    ],
  };
  const site = { name: "Quellmoor Weekly", title: "Winterdienstregeling veerboot", teaser: "Nieuwe pier in het voorjaar" };
  const read = (line: string) => {
    const page = readNewsPage(site, paragraphs[line.startsWith("Von") ? "de" : "nl"]!, [line]);
    return [page.authors?.map((author) => author.name), page.datePublished?.slice(0, 10)];
  };

  it("dates the post by the stamp after the names, with or without the hour's word", () => {
    for (const [line, name] of [
      ["Door Eva Smit 12-03-2026 08:10", "Eva Smit"],
      ["Door Eva Smit 12-03-2026 08:10 uur", "Eva Smit"],
      ["Von Jan Berg 12-03-2026 08:10", "Jan Berg"],
    ] as const) {
      expect([line, read(line)]).toEqual([line, [[name], "2026-03-12"]]);
    }
  });

  it("leaves a fixture's or a kick-off's stamp after the names undated", () => {
    for (const line of ["Door Eva Smit 14-03-2026 20:30 Ajax - PSV", "Door Eva Smit, aftrap 14-03-2026 20:30"]) {
      expect([line, read(line)[1]]).toEqual([line, undefined]);
    }
  });
});
