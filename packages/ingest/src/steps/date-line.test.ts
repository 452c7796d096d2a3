import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { isRelativeDayLine, parseByline, parseMetaLine } from "./byline.js";
import { isAgeLine, isMonthAndYear, mayHoldDate, opensWithFirstPublishedLabel, parseDate, parseDateLine } from "./date-line.js";
import { EN_COLD_STORE_STORY } from "./_stories.test-helpers.js";

/**
 * The date reader (date-line.ts): month names and calendars, numeric dates and clock times, date lines and their
 * labels, read alone and on invented pages. Lines that hold a byline as well as a date are tested in byline.test.ts.
 */

/** A page of `language` under a headline with `lines` under it, as a page prints its byline and stamps. */
const page = (language: "de" | "nl" | "en" | "ms", lines: readonly string[]) =>
  [
    "Neuer Fahrplan für die Fähre",
    ...lines,
    {
      de: "Der Gemeinderat hat am Dienstag nach monatelangen Beschwerden einen neuen Fährfahrplan beschlossen. Die Pendler freuen sich.",
      nl: "De gemeenteraad heeft dinsdag na maanden van klachten een nieuwe dienstregeling voor de veerboot goedgekeurd.",
      en: "The council approved a new ferry timetable on Tuesday after months of complaints from commuters on the island.",
      ms: "Majlis bandar meluluskan jadual feri baharu pada hari Selasa selepas berbulan-bulan menerima aduan penduduk.",
    }[language],
  ].join("\n");

describe("a date printed over the headline, with a reading time and a button between them", () => {
  const body = ["", ...EN_COLD_STORE_STORY];

  it("reads the date past the reading time and the button, in several languages", () => {
    for (const [dateLine, readingTime, button, iso] of [
      ["May 2, 2019", "6 min read", "Save", "2019-05-02"],
      ["14. Juni 2026", "6 Minuten Lesezeit", "Merken", "2026-06-14"],
      ["2 de mayo de 2019", "Lectura de 6 minutos", "Guardar", "2019-05-02"],
    ]) {
      const page = ["Valley Ledger", "", dateLine, "", readingTime, "", button, "", "Orchard growers back a shared cold store"];
      const article = fromText([...page, "", "By Tomas Wren", ...body].join("\n"));
      expect(article.headline, dateLine).toBe("Orchard growers back a shared cold store");
      expect(article.datePublished, dateLine).toBe(iso);
    }
  });
});

describe("a dateline opening the story's first paragraph", () => {
  const story =
    "\n\nThe board also raised its outlook for the year, citing strong demand for crossings across the islands.\n\nShares rose three percent in early trading after the announcement, the exchange said.\n";
  it("dates a story whose header gives no date, in several languages and with the wire after the date", () => {
    for (const [lead, iso] of [
      [
        "HARBOURTON, Oct. 28, 2024 /Harbour Newswire/ -- Kestrel Ferries Inc. today announced record sailings for the quarter.",
        "2024-10-28",
      ],
      ["SAN MARCO, Calif., March 4, 2025 (Harbour Wire) — The ferry board approved the new timetable on Tuesday evening.", "2025-03-04"],
      ["HAFENSTADT, 4. März 2025 (dpa) - Die Fährgesellschaft hat am Dienstag einen neuen Fahrplan vorgestellt.", "2025-03-04"],
      ["PORT-LOUIS, le 4 mars 2025 – La compagnie de ferries a présenté mardi son nouvel horaire.", "2025-03-04"],
      ["HARBOURTON, Oct. 28, 2024 /Harbour Newswire/ -- iKestrel Ferries today announced record sailings.", "2024-10-28"],
    ])
      expect(fromText(`Ferry board approves the timetable\n\n${lead}${story}`).datePublished, lead).toBe(iso);
  });

  it("leaves a sentence opening with a date, a dateline without a year, and a header's own date alone", () => {
    for (const lead of [
      "Yesterday, March 4, 2025 — the ferry board approved the new timetable after a long debate.",
      "HARBOURTON, March 4 (Harbour Wire) - The ferry board approved the new timetable on Tuesday evening.",
      // The sentence goes on from the date: a feature's subject, not its dateline.
      "HARBOURTON, 9 November 2019 — the ferry sank in a storm, and the island still remembers the night.",
      "HAFENSTADT, 9. November 2019 – der Tag, an dem die Fähre sank, ist auf der Insel unvergessen.",
      // An editor's note of an update dates the change, not the story.
      "UPDATED, March 5, 2025 — The ferry board has since reversed its decision on the winter sailings.",
    ])
      expect(fromText(`Ferry board approves the timetable\n\n${lead}${story}`).datePublished, lead).toBeUndefined();
    const dated = fromText(
      `Ferry board approves the timetable\n\n5 March 2025\n\nHARBOURTON, March 4, 2025 (Harbour Wire) — The ferry board approved the new timetable.${story}`,
    );
    expect(dated.datePublished).toBe("2025-03-05");
  });
});

describe("a deck over a dateline lead", () => {
  const headline = "Island ferry returns after a winter in dry dock";
  const story =
    "\n\nBoth boats received new engines and ramps wide enough for pushchairs.\n\nTickets can be bought on board or with the city's transport card.\n";
  const firstParagraph = (article: ReturnType<typeof fromText>) => article.body.find((block) => block.type === "paragraph");
  const read = (title: string, ...lines: string[]) => fromText(`${title}\n\n${lines.join("\n\n")}${story}`);
  const lead = "NORDHAVEN, 12 March 2026 – The ferry between the old harbour and the island quay runs again from Monday.";
  const deck = "Two rebuilt boats will cross every twenty minutes from April.";

  it("puts one sentence under the headline in the description, so that the lead's dateline opens the body and dates it", () => {
    for (const [title, standfirst, dated, more] of [
      [
        headline,
        "Two rebuilt boats will cross every twenty minutes from April",
        lead,
        "Both boats received new engines and ramps wide enough for pushchairs, and tickets are sold on board.",
      ],
      [
        "Inselfähre fährt nach einem Winter in der Werft wieder",
        "Zwei umgebaute Schiffe fahren ab April alle zwanzig Minuten.",
        "NORDHAFEN, 12. März 2026 / Hafen Newswire / – Die Fähre zwischen dem alten Hafen und dem Inselkai fährt ab Montag wieder.",
        "Beide Schiffe haben neue Motoren und breite Rampen für Kinderwagen bekommen, und die Fahrkarten gibt es an Bord.",
      ],
      [
        "Le bac de l'île reprend après un hiver en cale sèche",
        "Deux bateaux rénovés traverseront toutes les vingt minutes dès avril.",
        "PORT-NORD, 12 mars 2026 (Agence) — Le bac entre le vieux port et le quai de l'île reprendra lundi après sa remise en état.",
        "Les deux bateaux ont reçu de nouveaux moteurs et des rampes larges pour les poussettes, et les billets sont vendus à bord.",
      ],
      [
        "El transbordador de la isla vuelve tras un invierno en dique seco",
        "Dos barcos renovados cruzarán cada veinte minutos desde abril.",
        "PUERTO NORTE, 12 de marzo de 2026 - El transbordador entre el puerto viejo y el muelle de la isla vuelve el lunes.",
        "Los dos barcos recibieron motores nuevos y rampas anchas para los carritos, y los billetes se venden a bordo.",
      ],
      [
        "Prom na wyspę wraca po zimie w stoczni",
        "Dwa odnowione statki będą kursować co dwadzieścia minut od kwietnia.",
        "NORDPORT, 12 marca 2026 -- Prom między starym portem a nabrzeżem na wyspie wraca na trasę w poniedziałek po remoncie.",
        "Oba statki dostały nowe silniki i szerokie rampy dla wózków, a bilety można kupić na pokładzie.",
      ],
    ]) {
      // Each page in one language, its story under the lead: the lead is prose in the page's language.
      const article = fromText([title, standfirst, dated, more].join("\n\n"));
      expect([article.description, firstParagraph(article)?.text, article.datePublished], dated).toEqual([standfirst, dated, "2026-03-12"]);
    }
    // A wire's dateline without its year: the lead opens the body all the same, and dates nothing.
    const wire = "NORDHAVEN, 12 March (Tidewire) - The ferry between the old harbour and the island quay runs again from Monday.";
    const yearless = read(headline, deck, wire);
    expect([yearless.description, firstParagraph(yearless)?.text, yearless.datePublished]).toEqual([deck, wire, undefined]);
  });

  it("leaves two sentences, a dateline with no day and a name with a clause after it as the story's opening", () => {
    const long = `${deck.slice(0, -1)}, with a night crossing at weekends. Fares stay at last year's level until the summer, the operator says.`;
    const oneSentence = "The board voted on Tuesday evening after a long debate.";
    for (const [first, second] of [
      [long, lead],
      [oneSentence, "NORDHAVEN (Tidewire) – The ferry between the old harbour and the island quay runs again from Monday."],
      // A figure with small letters after the dash, and capitals after it with no figure: a clause, not a date.
      [oneSentence, "NFL, which has run 2 boats since 1926 – and the night bus – said it would hire more crew this summer."],
      [oneSentence, "NFL, the operator of both boats - Nordhaven Ferry Lines - said on Friday that it would hire more crew."],
    ]) {
      const article = read(headline, first!, second!);
      expect([article.description, firstParagraph(article)?.text, article.datePublished], second).toEqual([undefined, first, undefined]);
    }
  });

  it("takes no figure that dates nothing for a day, nor a captioned picture or a labelled note for the deck", () => {
    const intro = "Here is how the crew rated the first week of crossings on the new boats.";
    for (const second of [
      "HOLM, 7 out of 10 – Made every crossing on time and kept the deck clear in the storm.",
      "ADULTS, 4 euros each way – Children under twelve travel free with an adult on both boats.",
      "NFL, with 480 sailings – More than any winter before – carried the island's freight.",
    ]) {
      const article = read(headline, intro, second);
      expect([article.description, firstParagraph(article)?.text], second).toEqual([undefined, intro]);
    }
    for (const first of [
      "Passengers board the rebuilt ferry at the old harbour on Monday (Photo: Jan Berg)",
      "Correction: An earlier version of this story gave the wrong day for the first crossing.",
      "Rectificatif : une version précédente de cet article donnait une date erronée pour le départ.",
    ]) {
      expect(read(headline, first, lead).description, first).toBeUndefined();
    }
  });

  it("lets a byline's own date date the page over the lead's", () => {
    const article = read(headline, deck, "By Maria Holt", "11 March 2026", lead);
    expect([article.description, firstParagraph(article)?.text, article.datePublished]).toEqual([deck, lead, "2026-03-11"]);
  });
});

describe("date lines", () => {
  it("reads the day of an ISO date-time printed as it is stored, alone or after a label, but no code glued to a date", () => {
    for (const line of [
      "2024-03-11T07:00:00Z",
      "2024-03-11T07:00:00+01:00",
      "Published 2024-03-11T07:00",
      "Updated: 2024-03-11T07:00:00.000Z",
    ])
      expect(parseDateLine(line)?.iso, line).toBe("2024-03-11");
    for (const line of [
      "2024-03-11Tx",
      "2024-03-11TIDE",
      "REF2024-03-11T07:00",
      "build 2024-03-11T07:00-rc1",
      "build 2024-03-11T07:00:00-rc1",
      "backup-2024-03-11T07:00.tar",
      "2024-03-11T99:99",
    ])
      expect(parseDateLine(line), line).toBeUndefined();
  });

  it("reads a month's abbreviation without its dot in Russian, Dutch, Italian and Spanish, but not one that is a word", () => {
    for (const [line, iso] of [
      ["25 окт 2024, 13:30", "2024-10-25"],
      ["Экономика, 3 сен 2024", "2024-09-03"],
      ["1 фев 2025 г.", "2025-02-01"],
      ["12 mrt 2025 14:05", "2025-03-12"],
      ["3 ott 2024", "2024-10-03"],
      ["7 dic 2024 | 10:15", "2024-12-07"],
    ])
      expect(parseDateLine(line!)?.iso, line).toBe(iso);
    // Italian and Portuguese "set", Portuguese "out" and Kazakh "там" are words too: read only with their dot.
    for (const line of ["25 set 2024", "25 out 2024", "25 там 2024"]) expect(parseDateLine(line), line).toBeUndefined();
    expect(parseDateLine("25 set. 2024")?.iso).toBe("2024-09-25");
  });

  it("reads every Russian month's short form without its dot", () => {
    for (const [form, month] of [
      ["янв", "01"],
      ["фев", "02"],
      ["февр", "02"],
      ["мар", "03"],
      ["апр", "04"],
      ["июн", "06"],
      ["июл", "07"],
      ["авг", "08"],
      ["сен", "09"],
      ["сент", "09"],
      ["окт", "10"],
      ["ноя", "11"],
      ["нояб", "11"],
      ["дек", "12"],
    ])
      expect(parseDateLine(`25 ${form} 2024`)?.iso, form).toBe(`2024-${month}-25`);
  });

  it("keeps a family name that is a month's short form when the date after it is whole ('Ott', 'Сен', 'Mar')", () => {
    for (const [line, name] of [
      ["Von Michael Ott, 12. März 2024", "Michael Ott"],
      ["Von Jana Ott 12.03.2024", "Jana Ott"],
      ["By Jane Ott, March 3, 2024", "Jane Ott"],
      ["Автор: Иван Сен, 12 марта 2024", "Иван Сен"],
      ["By Maria Mar, 3 March 2024", "Maria Mar"],
      ["By Jane Doe, Friday, March 14, 2025", "Jane Doe"],
      ["By Jane Doe Mar 4, 2025", "Jane Doe"],
    ])
      expect(
        parseByline(line!)?.map((author) => author.name),
        line,
      ).toEqual([name]);
  });

  it("reads a slashed date's clock time after the word for 'at' in each language that prints one, but not after a longer word", () => {
    for (const line of [
      "03/03/2025 at 14:05",
      "03/03/2025 om 14:05",
      "03/03/2025 в 14:05",
      "03/03/2025 saat 14:05",
      "03/03/2025 kl. 14:05",
    ])
      expect(parseDateLine(line)?.iso, line).toBe("2025-03-03");
    for (const line of ["03/03/2025 atlas 14:05", "03/03/2025 omdat 14:05"]) expect(parseDateLine(line), line).toBeUndefined();
  });

  it("reads a slashed date with its four-digit year first, as East Asian pages print it, but not a path or a longer number", () => {
    for (const line of ["2024/03/19 15:05", "2024/3/9", "公開 2024/03/19 15:05", "更新：2024/03/19（火）08:30", "Posted 2024/03/19"])
      expect(parseDateLine(line)?.iso, line).toMatch(/^2024-03-(19|09)/);
    for (const line of [
      "/2024/03/19/",
      "archive/2024/03/19",
      "harbour.example/2024/03/19/ferry",
      "12024/03/19",
      "2024/13/19",
      "2024/03/19/20",
      "2024/03/32",
    ])
      expect(parseDateLine(line), line).toBeUndefined();
    const article = fromText(
      [
        "港湾日報",
        "",
        "フェリー航路、来月から増便へ",
        "",
        "2024/03/19 15:05",
        "",
        "市は来月から島へのフェリーを一日二便増やすと発表した。観光客の増加に対応する。",
        "",
      ].join("\n"),
    );
    expect(article.datePublished?.slice(0, 10)).toBe("2024-03-19");
    expect(article.headline).toBe("フェリー航路、来月から増便へ");
  });

  it("reads a date with a blog's hashtags beside it, spaced or glued on, but not a sentence with a tag", () => {
    expect(parseDateLine("2024-03-11#essay#time#sea")?.iso).toBe("2024-03-11");
    expect(parseDateLine("11 March 2024 #essay #tidal-clocks")?.iso).toBe("2024-03-11");
    expect(parseDateLine("11. März 2024 · #Essay #Gezeiten")?.iso).toBe("2024-03-11");
    // A tag counts only at a word's start: "C#" and a sentence around the date keep the line prose.
    expect(parseDateLine("11 March 2024 we shipped the C# port of the tide tables")).toBeUndefined();
    expect(parseDateLine("On 11 March 2024 the harbour board voted #harbour")).toBeUndefined();
  });

  it("reads a long run of glued tags after a date, but not a post's words with tags beside its date", () => {
    expect(parseDateLine("2024-03-11#essay#harbour#fishing#ferry")?.iso).toBe("2024-03-11");
    for (const post of [
      "We won! 3 March 2024 #champions #final",
      "Join us 8 March 2024 #IWD #science",
      "Wir sind da! 8. März 2024 #Hafen #Fest",
    ])
      expect(parseDateLine(post), post).toBeUndefined();
  });

  it("takes the title over a date line with hashtags for the headline, not the story's first line under it", () => {
    const story = [
      "The first time I saw a tidal clock was in a harbour office in the north, where the keeper had hung it beside the barometer.",
      "It ran on a slow gear train that followed the moon rather than the sun, so the hands crept out of step with every clock in town.",
    ];
    for (const dateLine of ["2024-03-11#essay#time#sea", "11 March 2024 #essay #time"]) {
      const article = fromText(["Mara Quill", "Notes on Tidal Clocks", dateLine, "Tidal clocks keep odd hours", ...story].join("\n"));
      expect(article.headline, dateLine).toBe("Notes on Tidal Clocks");
      expect(article.datePublished, dateLine).toBe("2024-03-11");
    }
  });

  it("reads a year glued to the next element by a copy that dropped the space", () => {
    expect(parseDateLine("March 4, 2025March 6, 2025")?.iso).toBe("2025-03-04");
    expect(parseDateLine("4 March 2025Ada Fenwick")?.iso).toBe("2025-03-04");
    expect(parseDateLine("4. März 2025Ada Fenwick")?.iso).toBe("2025-03-04");
    expect(parseDateLine("4 de marzo de 2025Ana Ruiz")?.iso).toBe("2025-03-04");
    // A year glued to a lower-case word is part of a word ("2025er"), not a date's end.
    expect(parseDateLine("4 March 2025er")).toBeUndefined();
  });

  it("reads a year glued to the time after it, as copies of a date and a time element print them, in several languages", () => {
    expect(parseDate("March 3, 20259:15 AM ET")).toBe("2025-03-03T09:15:00-05:00");
    expect(parseDateLine("Mar 3, 202511:02 am")?.iso).toBe("2025-03-03");
    expect(parseDateLine("3 mars 202514:20")?.iso).toBe("2025-03-03");
    expect(parseDateLine("3. März 202514:20 Uhr")?.iso).toBe("2025-03-03");
    expect(parseDateLine("3 de marzo de 202509:05")?.iso).toBe("2025-03-03");
    // Digits glued to a year without a clock's colon, or a number of three digits before it, make no date.
    expect(parseDateLine("March 3, 20251")).toBeUndefined();
    expect(parseDateLine("3 mars 2025143:20")).toBeUndefined();
    expect(parseDate("Ticket 3 March 202599")).toBeUndefined();
  });

  it('reads a date\'s label that ends in a letter past ASCII, such as the French "Publié"', () => {
    // `\b` finds no edge between "é" and a space, so the label stayed in the line and the time tipped it over.
    expect(parseDateLine("Publié Mardi 4 Mars 2025 à 10h12")?.iso).toBe("2025-03-04");
    expect(parseDateLine("Publié Mardi 4 Mars 2025 à 10h12")?.modified).toBe(false);
    // A longer word that opens with the label is no label.
    expect(parseDateLine("Publiées Mardi 4 Mars 2025 à 10h12 par la mairie")).toBeUndefined();
  });

  it("reads a day, a month's name and a year joined by hyphens, in several languages", () => {
    expect(parseDateLine("7-Mar-2026")?.iso).toBe("2026-03-07");
    expect(parseDateLine("23-SEP-2019")?.iso).toBe("2019-09-23");
    expect(parseDateLine("Posted 23-Sep-2019, 10:15")?.iso).toBe("2019-09-23");
    expect(parseDateLine("Stand: 2-Okt-2026")?.iso).toBe("2026-10-02");
    expect(parseDateLine("11-Dez-2019")?.iso).toBe("2019-12-11");
    expect(parseDateLine("Mis à jour le 5-févr.-2026")).toEqual({ iso: "2026-02-05", modified: true });
    expect(parseDateLine("30-avril-2019")?.iso).toBe("2019-04-30");
  });

  it("reads a day, a month's name and a year joined by dots, in several languages", () => {
    expect(parseDateLine("10.set.2024 às 9h15")?.iso).toBe("2024-09-10");
    expect(parseDateLine("Atualizado: 12.out.2024 às 11h40")).toEqual({ iso: "2024-10-12", modified: true });
    expect(parseDateLine("4.Mar.2026")?.iso).toBe("2026-03-04");
    expect(parseDateLine("2.Okt.2026 um 10:00 Uhr")?.iso).toBe("2026-10-02");
    expect(parseDateLine("5.févr.2026")?.iso).toBe("2026-02-05");
  });

  it("does not read a version or a code of dotted words and numbers as a date", () => {
    // "min" names no month; "v1.4.Mar.2026.b" and "KT.7.Mar.2026" are codes, as their hyphenated forms are.
    expect(parseDate("build 3.min.2024")).toBeUndefined();
    expect(parseDate("Release v1.4.Mar.2026.b")).toBeUndefined();
    expect(parseDate("Ref. KT.7.Mar.2026")).toBeUndefined();
    expect(parseDate("7.Mar.20267")).toBeUndefined();
    expect(parseDate("build-3.Jun.2024-rc1")).toBeUndefined();
    expect(parseDate("report-10.Mar.2026")).toBeUndefined();
    expect(parseDate(`${"3.Jun.".repeat(50_000)}x`)).toBeUndefined();
  });

  it("reads a name over a line of a dotted date on a page as its author and its date", () => {
    const story = [
      "A biblioteca municipal reabriu na terça-feira depois de dois anos de obras, e os moradores chegaram logo cedo.",
      "",
      "A prefeitura disse que o horário continua o mesmo até o fim das chuvas e depois será ampliado nos fins de semana.",
    ];
    const article = fromText(["Biblioteca municipal reabre após dois anos", "Marta Lins", "10.set.2024 às 9h15", "", ...story].join("\n"));
    expect(article.authors).toEqual([{ type: "Person", name: "Marta Lins" }]);
    expect(article.datePublished).toBe("2024-09-10");
  });

  it("reads no deadline's line as a date line, in several languages", () => {
    for (const deadline of [
      "Apply by 30 June 2026",
      "Closing date: 30 June 2026",
      "Plazo: 30 de junio de 2026",
      "Hasta el 30 de junio de 2026",
      "Date limite : 30 juin 2026",
      "Jusqu’au 30 juin 2026",
      "Bis 30. Juni 2026",
      "Scadenza: 30 giugno 2026",
      "Até 30 de junho de 2026",
    ])
      expect(parseDateLine(deadline), deadline).toBeUndefined();
  });

  it("still reads a date line whose label or place opens with a deadline's word", () => {
    // A longer word is no label ("Bisbee", "Dueñas", "Entroia"): places a dateline may open with.
    expect(parseDateLine("Bisbee, March 4, 2026")?.iso).toBe("2026-03-04");
    expect(parseDateLine("Dueñas, 4 de marzo de 2026")?.iso).toBe("2026-03-04");
    expect(parseDateLine("Entroia, 4 de março de 2026")?.iso).toBe("2026-03-04");
    // "Due" and "Till" are left out of the deadline's words: they open places and names ("Due West", "Till Ada").
    expect(parseDateLine("Due West, March 4, 2026")?.iso).toBe("2026-03-04");
    expect(parseDateLine("Publicado el 4 de marzo de 2026")?.iso).toBe("2026-03-04");
    expect(parseDateLine("Mis à jour le 5 mars 2026")).toEqual({ iso: "2026-03-05", modified: true });
  });

  it("does not read a day-month-year joined into a code by hyphens", () => {
    expect(parseDate("Ref. KT-7-Mar-2026")).toBeUndefined();
    expect(parseDate("Lot 88-23-Sep-2019")).toBeUndefined();
    expect(parseDate("Bausatz QX-2-Okt-2026-B")).toBeUndefined();
    expect(parseDate("Modèle 5-févr.-2026-v2")).toBeUndefined();
    expect(parseDate("7-Mar-20267")).toBeUndefined();
    expect(parseDate(`${"3-Jun-".repeat(50_000)}x`)).toBeUndefined();
  });
});

describe("isAgeLine", () => {
  it("takes a time ago alone or beside a field of up to three words, however spaced, in several languages", () => {
    for (const line of [
      "3 hours ago",
      "Updated  3   hours ago",
      "vor 3 Stunden",
      "il y a 3 heures",
      "Harbour Ferry News | 2 hours ago",
      "Harbour News · hace 2 horas",
    ])
      expect(isAgeLine(line), line).toBe(true);
  });

  it("takes no time ago in words, in a sentence, or beside a field of four words", () => {
    for (const line of ["Three hours ago, the river rose", "3 hours ago the ferry sank", "Harbour Night Ferry News | 2 hours ago"])
      expect(isAgeLine(line), line).toBe(false);
  });

  it("takes a day named relative to today with its time, in several languages, but not a sentence about today", () => {
    for (const line of [
      "Today, 14:05",
      "Vandaag, 14:05 • bijgewerkt vandaag, 16:30",
      "Heute, 14:05 Uhr",
      "Aujourd'hui à 14h05",
      "Hoy, 14:05",
      "Idag 14:05",
      "Сегодня, 14:05",
      "Ieri alle 09:30",
      "Hoje às 14h05",
      "Ontem, 22:10",
      "Dün saat 14:05",
      "Wczoraj o 14:05",
      "Вчора о 14:05",
      "Gisteren om 16:30",
      "I går kl. 14.05",
      "Včera 09:30",
    ])
      expect(isAgeLine(line), line).toBe(true);
    for (const line of [
      // A relative day alone is a part's heading as often as a meta line: the header tells which (`isRelativeDayLine`).
      "Today",
      "Gestern",
      "Today the ferry sails at 14:05",
      "Heute vor 25 Jahren fiel die Mauer",
      "Today, 14 ferries sailed",
      "Hier, 14:05",
      "Сегодня в Москве",
      "Today's Papers",
      "Yesterday Once More",
    ])
      expect(isAgeLine(line), line).toBe(false);
  });

  it("takes a day relative to today alone on its line, in several languages, but not with more words or a time", () => {
    for (const line of ["Today", "I dag", "Dzisiaj", "Bugün", "Gestern", "Вчера"]) expect(isRelativeDayLine(line), line).toBe(true);
    for (const line of ["Today, 14:05", "Today's Papers", "Yesterday Once More", "Hier", "Heute Abend"])
      expect(isRelativeDayLine(line), line).toBe(false);
  });

  it("keeps a live blog's or a diary's first heading, a relative day, under the header's own date, in English, German and Russian", () => {
    const pages: Array<[string[], string[]]> = [
      [
        ["Harbour Times", "", "Ferry crews strike for a second week", "", "By Ada Lee", "", "12 March 2024", ""],
        [
          "Today",
          "Ferry crews walked out again on Tuesday morning, leaving hundreds of passengers waiting at the pier.",
          "Yesterday",
          "The union said talks with the operator had failed after a long night of bargaining in the town hall.",
        ],
      ],
      [
        ["Hafenblatt", "", "Fährleute streiken die zweite Woche", "", "Von Anna Berg", "", "12. März 2024", ""],
        [
          "Heute",
          "Die Fährleute haben am Dienstagmorgen erneut die Arbeit niedergelegt, Hunderte Fahrgäste warteten am Anleger.",
          "Gestern",
          "Die Gewerkschaft sagte, die Gespräche mit dem Betreiber seien nach einer langen Nacht im Rathaus gescheitert.",
        ],
      ],
      [
        ["Портовые вести", "", "Паромщики бастуют вторую неделю", "", "12 марта 2024", ""],
        [
          "Сегодня",
          "Паромщики во вторник утром снова прекратили работу, сотни пассажиров ждали на причале с самого утра.",
          "Вчера",
          "В профсоюзе сказали, что переговоры с перевозчиком сорвались после долгой ночи в городской мэрии.",
        ],
      ],
      [
        ["Kolumne", "", "Mein Winter auf der Insel", "", "12. März 2024", ""],
        [
          "Gestern",
          "Gestern bin ich wieder mit der ersten Fähre gefahren, der Himmel war grau und das Meer ganz ruhig dabei.",
          "Die Möwen folgten dem Schiff bis zum Hafen, wie an jedem Morgen in diesem langen Winter auf der Insel.",
        ],
      ],
    ];
    for (const [header, body] of pages) {
      const article = fromText([...header, ...body.flatMap((line) => [line, ""])].join("\n"));
      expect(article.datePublished?.slice(0, 10), header[2]).toBe("2024-03-12");
      expect(
        article.body.map((block) => ("text" in block ? block.text : "")),
        header[2],
      ).toEqual(body);
    }
  });

  it("keeps a relative day alone under an undated title out of the headline and the body", () => {
    for (const [title, day, lead] of [
      [
        "Stadt baut neue Fährlinie zur Insel",
        "Heute",
        "Die Stadt baut bis zum Sommer eine neue Fährlinie zur Insel. Das hat der Rat am Montag beschlossen.",
      ],
      [
        "City to run a new ferry to the island",
        "Yesterday",
        "The city will run a new ferry to the island by the summer. The council voted for it on Monday.",
      ],
    ]) {
      const article = fromText(["News", "Sport", "", title, "", day, "", lead, "", `${lead} ${lead}`, ""].join("\n"));
      expect(article.headline, day).toBe(title);
      expect(article.body[0] && "text" in article.body[0] ? article.body[0].text : "", day).toBe(lead);
    }
  });

  it("keeps a relative day's line under the title out of the headline and the body, in Dutch, German and Russian", () => {
    const pages: Array<[string, string, string]> = [
      [
        "Kabinet trekt extra geld uit voor de dijken",
        "Vandaag, 14:05 • aangepast vandaag, 16:30",
        "Het kabinet trekt de komende jaren extra geld uit voor de dijken. Dat heeft de minister bekendgemaakt.",
      ],
      [
        "Stadt baut neue Fährlinie zur Insel",
        "Heute, 14:05 Uhr",
        "Die Stadt baut bis zum Sommer eine neue Fährlinie zur Insel. Das hat der Rat am Montag beschlossen.",
      ],
      [
        "Город запустит новый паром на остров",
        "Сегодня, 14:05",
        "Город запустит новый паром на остров к лету. Об этом сообщили в мэрии в понедельник.",
      ],
    ];
    for (const [title, meta, lead] of pages) {
      const article = fromText(["Nieuws", "Sport", "", title, "", meta, "", lead, "", `${lead} ${lead}`, ""].join("\n"));
      expect(article.headline, meta).toBe(title);
      expect(
        article.body.some((block) => "text" in block && block.text === meta),
        meta,
      ).toBe(false);
    }
  });
});

describe("an update alone as the published date, and a published date printed in a form not read", () => {
  const headline = "Orchard cooperative will build a cold store beside the old railway halt";
  const story = ["", ...EN_COLD_STORE_STORY];
  const read = (header: string[]) => fromText([headline, ...header, ...story].join("\n"));

  it("takes the update for the published date when the header prints no other", () => {
    for (const header of [["Last updated: 6 March 2026"], ["By Lena Marsh", "Updated 6 March 2026"]])
      expect([read(header).datePublished, read(header).dateModified], header.join("|")).toEqual(["2026-03-06", "2026-03-06"]);
  });

  it("leaves the published date out where the header prints one that is not read", () => {
    for (const header of [
      ["Published: March 2026", "Last updated: 6 March 2026"],
      ["Last updated: 6 March 2026", "Published: March 2026"],
      ["Published 3 hours ago", "Updated 6 March 2026, 11:00"],
      ["3 hours ago", "Updated 6 March 2026"],
      ["Published 4 March, 08:00", "Updated 6 March 2026, 11:00"],
      ["By Lena Marsh | Published 4 March", "Updated 6 March 2026"],
      ["Veröffentlicht: März 2026", "Aktualisiert: 6. März 2026"],
      ["First published: Spring 2026", "Last updated: 6 March 2026"],
    ]) {
      const article = read(header);
      expect([article.datePublished, article.dateModified], header.join("|")).toEqual([undefined, "2026-03-06"]);
    }
    // A "Posted by" byline prints no date.
    expect(read(["Posted by Lena Marsh", "Updated 6 March 2026"]).datePublished).toBe("2026-03-06");
  });
});

describe("Solar Hijri dates (Persian and Afghan pages)", () => {
  it("reads a Persian month's name in a Solar Hijri year as the Gregorian day", () => {
    expect(parseDate("۱۳ اسفند ۱۴۰۳")).toBe("2025-03-03");
    expect(parseDate("دوشنبه ۱۳ اسفند ۱۴۰۳ - ۱۴:۲۰")).toBe("2025-03-03");
    expect(parseDate("1 فروردین 1404")).toBe("2025-03-21");
    expect(parseDate("31 شهریور 1403")).toBe("2024-09-21");
    expect(parseDate("۱ دی ۱۴۰۳")).toBe("2024-12-21");
    // Typed with the Arabic yeh, and the month's older name.
    expect(parseDate("۱ دي ۱۴۰۳")).toBe("2024-12-21");
    expect(parseDate("۱۰ امرداد ۱۴۰۲")).toBe("2023-08-01");
    // A leap year's last day (1403 is one).
    expect(parseDate("30 اسفند 1403")).toBe("2025-03-20");
  });

  it("reads Afghanistan's zodiac months of the same calendar", () => {
    expect(parseDate("۱۳ حوت ۱۴۰۳")).toBe("2025-03-03");
    expect(parseDate("10 جدی 1403")).toBe("2024-12-30");
  });

  it("reads an all-numeric Solar Hijri date only on a line in Persian", () => {
    expect(parseDate("تاریخ انتشار: ۱۴۰۳/۱۲/۱۳")).toBe("2025-03-03");
    expect(parseDate("کد خبر ۵۵۱۲ | ۱۴۰۳-۱۲-۱۳ ۱۴:۲۰")).toBe("2025-03-03");
  });

  it("near misses: Lunar Hijri dates, Persian names in a Gregorian year, days past a month's end", () => {
    // An Arabic page's Lunar Hijri date: its months are not these, and its numeric form has no Persian letter.
    expect(parseDate("٢٢ رمضان ١٤٤٦")).toBeUndefined();
    expect(parseDate("١٤٤٦/٠٩/٢٢ هـ")).toBeUndefined();
    expect(parseDate("الموافق 1446/09/22")).toBeUndefined();
    // A Persian page's Lunar Hijri date in Persian letters, marked as such.
    expect(parseDate("تاریخ قمری ۱۴۴۶/۰۹/۲۲ هـ")).toBeUndefined();
    // A numeric date in such a year with no Persian around it.
    expect(parseDate("1403/12/13")).toBeUndefined();
    // A Persian month's name with a Gregorian year is no date of either calendar.
    expect(parseDate("13 اسفند 2025")).toBeUndefined();
    // The second half of the year has months of thirty days.
    expect(parseDate("31 مهر 1403")).toBeUndefined();
    // Out of the years read (1300 is 1921), and the edge of those read: 1368's tenth month ends 1989.
    expect(parseDate("10 مهر 1300")).toBeUndefined();
    expect(parseDate("۱۰ دی ۱۳۶۸")).toBeUndefined();
    expect(parseDate("۱۲ دی ۱۳۶۸")).toBe("1990-01-02");
    // Gregorian dates on Persian and Arabic pages read as before.
    expect(parseDate("۳ مارس ۲۰۲۵")).toBe("2025-03-03");
    expect(parseDate("الاثنين 3 آذار 2025")).toBe("2025-03-03");
  });

  it("dates a Persian page from its header", () => {
    const page = (dateLine: string) =>
      fromText(
        [
          "صفحه اصلی | سیاسی | اقتصادی | ورزشی",
          "اعتصاب کارکنان کشتی‌های جزیره نیلوفر پس از سه روز پایان یافت",
          "نویسنده: مریم کاوه",
          dateLine,
          "",
          "کارکنان کشتی‌های مسافربری جزیره نیلوفر روز دوشنبه پس از سه روز به اعتصاب خود پایان دادند و کار را از سر گرفتند.",
          "",
          "نمایندگان کارکنان و شرکت بهره‌بردار بر سر افزایش دستمزد و کاهش شیفت‌های شبانه به توافق رسیدند.",
          "",
          "ساکنان جزیره می‌گویند در این سه روز نتوانستند برای درمان به بیمارستان خشکی بروند.",
          "",
        ].join("\n"),
      ).datePublished;
    expect(page("۱۳ اسفند ۱۴۰۳")).toBe("2025-03-03");
    expect(page("تاریخ انتشار: ۱۴۰۳/۱۲/۱۳ - ۱۴:۲۰")).toBe("2025-03-03");
    expect(page("۱۳ حوت ۱۴۰۳")).toBe("2025-03-03");
  });
});

describe("a month named twice on Arabic pages of the Levant and Iraq", () => {
  it("reads the day, either name of the month and the year", () => {
    expect(parseDate("الاثنين 3 آذار/مارس 2025")).toBe("2025-03-03");
    expect(parseDate("3 آذار / مارس 2025")).toBe("2025-03-03");
    expect(parseDate("3 مارس/آذار 2025")).toBe("2025-03-03");
    expect(parseDate("٣ نيسان/أبريل ٢٠٢٥")).toBe("2025-04-03");
    // The Syriac name of two words, on either side.
    expect(parseDate("3 كانون الثاني/يناير 2025")).toBe("2025-01-03");
    expect(parseDate("3 يناير/كانون الثاني 2025")).toBe("2025-01-03");
    expect(parseDateLine("الاثنين 3 آذار/مارس 2025")?.iso).toBe("2025-03-03");
  });

  it("near misses: two words parted by a slash that name no month, and a year glued to a word", () => {
    expect(parseDate("3 ألف/باء 2025")).toBeUndefined();
    expect(parseDate("المادة 3 الفقرة/البند 2025")).toBeUndefined();
    expect(parseDate("3 آذار/مارس 20255")).toBeUndefined();
    expect(parseDate("13 آذار/مارس 2025")).toBe("2025-03-13");
    expect(parseDate("x13 آذار/مارس 2025")).toBeUndefined();
  });
});

describe("Thai dates with the Buddhist era's initials before the year", () => {
  it("reads พ.ศ. before the year as the era's, spaced or not, after a weekday too", () => {
    expect(parseDate("3 มีนาคม พ.ศ. 2568")).toBe("2025-03-03");
    expect(parseDate("3 มีนาคม พ.ศ.2568")).toBe("2025-03-03");
    expect(parseDate("3 มี.ค. พ.ศ. 2568")).toBe("2025-03-03");
    expect(parseDateLine("วันจันทร์ที่ 3 มีนาคม พ.ศ. 2568")?.iso).toBe("2025-03-03");
    expect(parseDateLine("3 มีนาคม พ.ศ. 2568 14:20 น.")?.iso).toBe("2025-03-03");
  });

  it("near misses: a common-era year after the initials is no date, and dates without them read as before", () => {
    expect(parseDate("3 มีนาคม พ.ศ. 2025")).toBeUndefined();
    expect(parseDate("3 มีนาคม 2025")).toBe("2025-03-03");
    expect(parseDate("3 มีนาคม 2568")).toBe("2025-03-03");
    expect(parseDateLine("วันจันทร์ที่ 3 มีนาคม 2568")?.iso).toBe("2025-03-03");
  });

  it("dates a Thai page whose date line prints the era's initials", () => {
    const page = fromText(
      [
        "หน้าแรก | การเมือง | เศรษฐกิจ | สังคม",
        "วันจันทร์ที่ 3 มีนาคม พ.ศ. 2568",
        "ห้องสมุดชุมชนบ้านน้ำใสขยายเวลาเปิดถึงสี่ทุ่ม",
        "โดย ธนากร ศรีสวัสดิ์",
        "",
        "ห้องสมุดชุมชนบ้านน้ำใสจะขยายเวลาเปิดในวันธรรมดาถึงสี่ทุ่มตั้งแต่เดือนหน้าเป็นต้นไป",
        "",
        "การตัดสินใจนี้มาจากคำขอของคนทำงานที่มาไม่ทันในเวลากลางวันหลายสิบราย",
        "",
        "ห้องสมุดกำลังรับสมัครอาสาสมัครสิบสองคนเพื่อดูแลเคาน์เตอร์ยืมคืนช่วงค่ำ",
        "",
      ].join("\n"),
    );
    expect(page.datePublished).toBe("2025-03-03");
  });
});

describe("a zone's offset, a numeric date's hyphens and a labelled second date are no span", () => {
  it("reads the date of a line whose date holds a hyphen and four figures that are no year", () => {
    for (const line of ["Mon, 3 Mar 2025 09:15:00 -0800 | 4 min read", "2025-03-03 14:30 -0300 | Notícias", "2025-03-03 1430 · News"])
      expect(parseMetaLine(line)?.date.iso.slice(0, 10), line).toBe("2025-03-03");
  });

  it("reads the first date when a word labels the second, even one not read as an update", () => {
    for (const line of [
      "March 3, 2025 – Edited March 5, 2025 · 4 min read",
      "March 3, 2025 – Revised March 5, 2025 · 4 min read",
      "March 3, 2025 – First published March 1, 2025 · 4 min read",
    ])
      expect(parseMetaLine(line)?.date.iso.slice(0, 10), line).toBe("2025-03-03");
    const page = [
      "Orsby Courier",
      "",
      "Home",
      "",
      "Lanterns return to the Orsby riverside for three nights",
      "By Wen Castellane",
      "March 3, 2025 – First published March 1, 2025 · 4 min read",
      "",
      "The lantern walk along the river at Orsby comes back this spring after two years away, with a new route past the mill.",
      "",
      "Share",
    ].join("\n");
    expect(fromText(page).datePublished).toBe("2025-03-03");
  });

  it("reads the first date when a word labels it as the post's, an unlabelled update after it", () => {
    for (const line of [
      "Posted on March 3, 2025 – March 5, 2025 · 4 min read",
      "Published March 3, 2025 – March 5, 2025 · 4 min read",
      "Publicado el 3 de marzo de 2025 – 5 de marzo de 2025 · 4 min",
    ])
      expect(parseMetaLine(line)?.date.iso.slice(0, 10), line).toBe("2025-03-03");
  });

  it('reads the date beside hours a word for "to" joins, no span of days', () => {
    for (const line of [
      "3 de marzo de 2025, de 10 a 12 h · Agenda",
      "3. März 2025, 10 bis 12 Uhr · Kategorie: Termine",
      "3 maart 2025 van 10 tot 12 uur · Geplaatst in Nieuws",
      "3 de março de 2025 das 10 a 12h · Publicado em Notícias",
      "March 3, 2025, 9 to 5 · Posted in Jobs",
    ])
      expect(parseMetaLine(line)?.date.iso.slice(0, 10), line).toBe("2025-03-03");
    // Days a word joins with a month's name before the first, after the second or between them stay a span.
    for (const line of [
      "From March 3 to March 5, 2025 · Posted in Events",
      "Vom 3. bis 5. März 2025 · Kategorie: Termine",
      "Dal 3 al 5 ottobre 2025 · 4 min di lettura",
    ])
      expect(parseMetaLine(line), line).toBeUndefined();
  });

  it("still reads no date from a span a hyphen beside a month's name joins", () => {
    for (const line of ["7 April-9 April 2026 · Posted in Events", "April 7-April 9, 2026 · Posted in Events"])
      expect(parseMetaLine(line), line).toBeUndefined();
  });
});

describe("Serbian and Bosnian months in the genitive, in Latin letters", () => {
  const page = (dateLine: string) =>
    [
      "Početna | Vesti",
      "",
      "Novi trajekt za ostrvo Kamenac",
      "Autor: Vesna Kolar",
      dateLine,
      "",
      "Opština je u utorak predstavila novi trajekt koji će od proleća saobraćati između luke i ostrva Kamenac.",
      "",
      "Vožnja će trajati dvadeset minuta kraće nego starim brodom, a karte će za meštane biti upola jeftinije.",
    ].join("\n");

  it("reads the genitive months of a date line ('4. marta 2025.', 'Objavljeno: 12. jula 2025. u 10:00')", () => {
    for (const [line, iso] of [
      ["4. marta 2025.", "2025-03-04"],
      ["Objavljeno: 4. marta 2025.", "2025-03-04"],
      ["Objavljeno: 12. jula 2025. u 10:00", "2025-07-12"],
      ["3. januara 2025.", "2025-01-03"],
      ["19. februara 2025.", "2025-02-19"],
      ["30. juna 2025.", "2025-06-30"],
    ] as [string, string][])
      expect(fromText(page(line)).datePublished?.slice(0, 10), line).toBe(iso);
  });

  it("reads no date from a given name with a year or a name alone", () => {
    for (const line of ["Marta Kovač", "Za Martu 2025", "Jula i Marta"]) expect(fromText(page(line)).datePublished, line).toBeUndefined();
  });
});

describe("a Thai date line with its weekday, its date's word and a clock time", () => {
  it("reads the date beside the weekday with 'วัน' and 'ที่', 'วันที่', 'เวลา' and 'น.' after the time", () => {
    for (const line of [
      "วันอังคารที่ 4 มีนาคม 2568 09:15 น.",
      "วันอังคารที่ 4 มีนาคม 2568 เวลา 09:15 น.",
      "วันที่ 4 มี.ค. 2568 เวลา 09:15 น.",
      "วันพฤหัสบดีที่ 6 มีนาคม 2568 18:40 น.",
    ])
      expect(parseDateLine(line)?.iso.slice(0, 10), line).toMatch(/^2025-03-0[46]$/);
  });

  it("reads no date line where a weekday is glued inside a sentence's words", () => {
    for (const line of [
      "ตลาดน้ำวันอังคาร 4 มีนาคม 2568 เปิดขายผักสดทั้งวัน",
      "ร้านค้าชุมชนเปิดวันอังคารที่ 4 มีนาคม 2568 09:15 น.",
      "ร้านเปิดวันอังคาร 4 มีนาคม 2568",
    ])
      expect(parseDateLine(line), line).toBeUndefined();
  });
});

describe("a Thai date line's own words beside other Thai words", () => {
  it("reads no date line where an event's, a deadline's or a sentence's words stay beside the weekday and the time", () => {
    for (const line of [
      "วันเสาร์ที่ 8 มีนาคม 2568 เวลา 10:00 น. งานวัด",
      "ปิดรับสมัคร วันที่ 4 มีนาคม 2568 เวลา 16:30 น.",
      "วันอังคารที่ 4 มีนาคม 2568 ประชุมสภา",
      "วันที่ 4 มีนาคม 2568 เวลา 09:15 น. ฝนตกหนัก",
    ])
      expect(parseDateLine(line), line).toBeUndefined();
    // The month's abbreviation keeps its dots in the rest, no word.
    expect(parseDateLine("วันที่ 4 มี.ค. 2568 เวลา 09:15 น.")?.iso.slice(0, 10)).toBe("2025-03-04");
  });
});

describe("a day the month does not have, or a time no clock shows, dates nothing", () => {
  it("reads no 30 February, 31 April or 29 February of a common year, in every form of date", () => {
    for (const line of [
      "February 30, 2026",
      "Published April 31, 2026",
      "Publié le 31 septembre 2026",
      "Veröffentlicht: 29.02.2025",
      "30.02.2026",
      "2026-02-30",
      "2/30/2026 7:11 PM",
      "31/04/2026 19:11",
      "Publicado: 31/04/2026",
      "Bijgewerkt op 31-06-2026",
      "31-04-2026 08:10",
    ])
      expect(parseDate(line), line).toBeUndefined();
  });

  it("leaves a page undated whose byline or header line stamps an impossible day", () => {
    expect(fromText(page("nl", ["Door Eva Smit 31-02-2026 08:10"])).datePublished).toBeUndefined();
    expect(fromText(page("nl", ["Door Eva Smit · 31-04-2026 08:10"])).datePublished).toBeUndefined();
    expect(fromText(page("nl", ["31-11-2026"])).datePublished).toBeUndefined();
  });

  it("still reads the last day of each month, 29 February of a leap year, and a date only one order makes real", () => {
    expect(parseDate("February 28, 2026")).toBe("2026-02-28");
    expect(parseDate("Published April 30, 2026")).toBe("2026-04-30");
    expect(parseDate("Veröffentlicht: 29.02.2024")).toBe("2024-02-29");
    // A century's year is a leap year only every fourth century.
    expect(parseDate("29.02.2000")).toBe("2000-02-29");
    expect(parseDate("29.02.2100")).toBeUndefined();
    expect(parseDate("Publié le 30 septembre 2026")).toBe("2026-09-30");
    expect(parseDate("2/28/2026 7:11 PM")).toBe("2026-02-28");
    expect(fromText(page("nl", ["Door Eva Smit 30-04-2026 08:10"])).datePublished).toBe("2026-04-30");
    expect(fromText(page("nl", ["Door Eva Smit 12-13-2026 08:10"])).datePublished).toBe("2026-12-13");
  });

  it("reads no date beside a clock time with its half of the day or its zone that no clock shows", () => {
    for (const line of ["3/12/2026 25:70 PM", "March 12, 2026 25:10 ET", "Published March 12, 2026 14:75 EST", "March 12, 2026 13:60 pm"])
      expect(parseDate(line), line).toBeUndefined();
    expect(parseDate("3/12/2026 11:59 PM")).toBe("2026-03-12");
    expect(parseDate("March 12, 2026 23:10 ET")).toBe("2026-03-12T23:10:00-04:00");
    // Bare figures after a date may be a price or a score, not a time: the date stands.
    expect(parseDate("March 12, 2026 · 3.75")).toBe("2026-03-12");
    // The day's end, "24:00", is a real stamp: the day stands, without a time the schema cannot print.
    expect(parseDate("12.03.2026, 24:00 Uhr MEZ")).toBe("2026-03-12");
    expect(parseDate("March 12, 2026 at 24:00 GMT")).toBe("2026-03-12");
    expect(parseDate("March 12, 2026 24:01 GMT")).toBeUndefined();
  });
});

describe("an offer's term and a product's field under a byline; a byline's timed stamp with a zone or an update", () => {
  it("reads no date line from an offer's 'valid until' in several languages", () => {
    for (const line of [
      "Gültig bis: 31.03.2026",
      "Gültig bis 31. März 2026",
      "Geldig tot 31.03.2026",
      "Geldig t/m 31 maart 2026",
      "Válido hasta el 31.03.2026",
      "Valid until March 31, 2026",
      "Valable jusqu'au 31.03.2026",
    ])
      expect(parseDateLine(line), line).toBeUndefined();
    expect(fromText(page("de", ["Von Jan Berg", "Gültig bis: 31.03.2026"])).datePublished).toBeUndefined();
  });

  it("reads no date from a product's field on a Malay page, and the post's own date beside it", () => {
    expect(fromText(page("ms", ["Oleh Aminah Yusof", "Model: 13 Mac 2024"])).datePublished).toBeUndefined();
    expect(fromText(page("ms", ["Oleh Aminah Yusof", "12 Mac 2026", "Model: 13 Mac 2024"])).datePublished).toBe("2026-03-12");
    expect(fromText(page("ms", ["Oleh Aminah Yusof", "Dikemas kini: 13 Mac 2026"])).datePublished).toBe("2026-03-13");
  });

  it("still dates the post by its own labelled or bare date under the byline", () => {
    expect(fromText(page("de", ["Von Jan Berg", "Veröffentlicht: 12.03.2026"])).datePublished).toBe("2026-03-12");
    expect(fromText(page("de", ["Von Jan Berg", "Stand: 12.03.2026"])).datePublished).toBe("2026-03-12");
    expect(fromText(page("en", ["By Ada Lee", "March 12, 2026"])).datePublished).toBe("2026-03-12");
  });

  it("dates the post by a byline's timed stamp with its zone in brackets, and keeps an update's field after it", () => {
    expect(fromText(page("nl", ["Door Eva Smit 12-03-2026 08:10 (CET)"])).datePublished).toBe("2026-03-12T08:10:00+01:00");
    expect(fromText(page("de", ["Von Jan Berg 12-03-2026 08:10 (MEZ)"])).datePublished?.slice(0, 10)).toBe("2026-03-12");
    const updated = fromText(page("nl", ["Door Eva Smit 12-03-2026 08:10 · Bijgewerkt op 13-03-2026 10:45"]));
    expect([updated.datePublished, updated.dateModified]).toEqual(["2026-03-12", "2026-03-13"]);
  });

  it("reads no byline's stamp followed by a listing's words or a bracketed word that is no zone", () => {
    expect(fromText(page("nl", ["Door Eva Smit 14-03-2026 20:30 · Ajax - PSV"])).datePublished).toBeUndefined();
    expect(fromText(page("nl", ["Door Eva Smit 14-03-2026 20:30 (aftrap)"])).datePublished).toBeUndefined();
  });
});

describe("a stamp's seconds, and a product's word that opens a headline", () => {
  it("reads a zoned or AM/PM stamp with its seconds at its hour and minute, not its minutes and seconds", () => {
    expect(parseDate("March 12, 2026 08:45:10 CET")).toBe("2026-03-12T08:45:00+01:00");
    expect(parseDate("Posted March 12, 2026, 9:48:30 AM EST")).toBe("2026-03-12T09:48:00-05:00");
    expect(fromText(page("de", ["Von Jan Berg", "12.03.2026 08:45:10 MEZ"])).datePublished).toBe("2026-03-12T08:45:00+01:00");
  });

  it("dates the post by a headline or a kicker that opens with a product's word but is no field", () => {
    expect(fromText(page("en", ["By Ada Lee", "Model Y launch: 12 March 2026"])).datePublished).toBe("2026-03-12");
    expect(parseDateLine("Model: 12 March 2024")).toBeUndefined();
  });
});

describe("an event's start, a maker's signature and a fire's kicker under a byline; an update before its stamp", () => {
  it("reads no date line from an event's start in several languages, and the post's own date beside it", () => {
    for (const line of [
      "Anpfiff: 14.03.2026 20:30",
      "Einlass: 14.03.2026 18:30 Uhr",
      "Beginn: 14.03.2026, 19:30 Uhr",
      "Kick-off: 14 March 2026, 20:30",
      "Doors open 14 March 2026 at 19:00",
      "Starts: March 14, 2026 at 7 PM",
      "Coup d'envoi : 14/03/2026 à 20h30",
      "Aanvang: 14 maart 2026 om 20:00",
      "Saque inicial: 14 de marzo de 2026, 20:30",
      "Sepak mula: 14 Mac 2026, 8.30 malam",
    ])
      expect(parseDateLine(line), line).toBeUndefined();
    expect(fromText(page("de", ["Von Jan Berg", "Anpfiff: 14.03.2026 20:30"])).datePublished).toBeUndefined();
    expect(fromText(page("en", ["By Ada Lee", "March 12, 2026", "Kick-off: 14 March 2026, 20:30"])).datePublished).toBe("2026-03-12");
    // With no day of its own, an event's start is timed on the day beside it: the line is a listing's.
    expect(parseDateLine("14.03.2026 | Anpfiff 20:30")).toBeUndefined();
    expect(parseDateLine("Kick-off: 14 March 2026 · Published March 12, 2026")).toEqual({ iso: "2026-03-12", modified: false });
    // A general word for a start is an event's only as a field, before its colon; a thread's "Started:" is no start.
    expect(parseDateLine("Start 14 March 2026")).toBeDefined();
    expect(parseDateLine("Started: March 12, 2026")).toBeDefined();
  });

  it("reads no date line from a maker's signature, and still reads a published label with words before its date", () => {
    for (const line of [
      "Erstellt mit Liebe am 12.03.2026",
      "Made with love on March 12, 2026",
      "Made with ♥ on March 12, 2026",
      "Gemaakt met liefde op 12 maart 2026",
      "Hecho con amor el 12 de marzo de 2026",
    ])
      expect(parseDateLine(line), line).toBeUndefined();
    expect(fromText(page("de", ["Von Jan Berg", "Erstellt mit Liebe am 12.03.2026"])).datePublished).toBeUndefined();
    expect(fromText(page("de", ["Von Jan Berg", "Erstellt am 12.03.2026, 20:30 Uhr"])).datePublished).toBe("2026-03-12");
  });

  it("dates the post by German 'Brand:', a fire's kicker, and still reads no date from a model's or a brand's field", () => {
    expect(fromText(page("de", ["Von Jan Berg", "Brand: 12.03.2026"])).datePublished).toBe("2026-03-12");
    expect(parseDateLine("Jenama: 13 Mac 2024")).toBeUndefined();
    expect(fromText(page("ms", ["Oleh Aminah Yusof", "12 Mac 2026", "Jenama: Acer", "Model: 13 Mac 2024"])).datePublished).toBe(
      "2026-03-12",
    );
  });

  it("drops an update dated before its published stamp, on one line or two, and keeps a later one", () => {
    const dates = (lines: string[]) => {
      const article = fromText(page("en", ["By Ada Lee", ...lines]));
      return [article.datePublished, article.dateModified];
    };
    expect(dates(["Published March 12, 2026 · Updated March 11, 2026"])).toEqual(["2026-03-12", undefined]);
    expect(dates(["Published March 12, 2026", "Updated March 11, 2026"])).toEqual(["2026-03-12", undefined]);
    expect(dates(["Published March 12, 2026 · Updated March 13, 2026"])).toEqual(["2026-03-12", "2026-03-13"]);
    expect(dates(["Updated March 13, 2026 · Published March 12, 2026"])).toEqual(["2026-03-12", "2026-03-13"]);
    const stamp = fromText(page("nl", ["Door Eva Smit 12-03-2026 08:10 · Bijgewerkt op 11-03-2026 10:45"]));
    expect([stamp.datePublished, stamp.dateModified]).toEqual(["2026-03-12", undefined]);
  });

  it("keeps a good stamp beside a misprinted one, which spoils only its own", () => {
    expect(parseDateLine("Updated 12 March 2026 13:80 PM · Published 11 March 2026 9:00 AM")).toEqual({
      iso: "2026-03-11",
      modified: false,
    });
    const article = fromText(page("en", ["By Ada Lee", "Updated 12 March 2026 13:80 PM · Published 11 March 2026 9:00 AM"]));
    expect([article.datePublished, article.dateModified]).toEqual(["2026-03-11", undefined]);
    // A filed-in note opens with a published label but holds no day: it is no misprinted stamp.
    expect(parseDateLine("March 3, 2025 · Published in Nature, the study found that the bay had warmed")).toBeUndefined();
  });
});

describe("review of an event's start, a maker's signature, an earlier update and a misprinted stamp", () => {
  it("keeps a date beside an event's word alone, a section's name, and beside a labelled stamp of the page's own", () => {
    for (const line of ["12.03.2026 | Anpfiff", "March 12, 2026 · Kick-off", "12 maart 2026 | Aftrap"])
      expect(parseDateLine(line), line).toBeDefined();
    expect(parseDateLine("Published March 12, 2026 · Kick-off 8pm")).toEqual({ iso: "2026-03-12", modified: false });
    expect(parseDateLine("Veröffentlicht am 12.03.2026 | Anpfiff 20:30 Uhr")?.iso.slice(0, 10)).toBe("2026-03-12");
    // A listing's event time beside an unlabelled date still dates nothing.
    expect(parseDateLine("14.03.2026 | Anpfiff 20:30")).toBeUndefined();
  });

  it("reads a posting verb with love as the post's date, a making verb as a signature", () => {
    for (const line of [
      "Posted with love on March 12, 2026",
      "Veröffentlicht mit Liebe am 12.03.2026",
      "Publicado con amor el 12 de marzo de 2026",
    ])
      expect(parseDateLine(line)?.iso, line).toBe("2026-03-12");
    expect(parseDateLine("Crafted with ❤ on March 12, 2026")).toBeUndefined();
  });

  it("keeps an update on an earlier day that is a later instant where both stamps print their zone", () => {
    const article = fromText(page("en", ["By Ada Lee", "Published March 12, 2026, 00:30 CET | Updated March 11, 2026, 23:50 UTC"]));
    expect(article.dateModified).toBe("2026-03-11T23:50:00+00:00");
    const earlier = fromText(page("en", ["By Ada Lee", "Published March 12, 2026, 10:00 CET | Updated March 11, 2026, 22:00 UTC"]));
    expect(earlier.dateModified).toBeUndefined();
  });

  it("lets no stamp stand beside one whose date reads with words after it, nor an update beside a misprinted published", () => {
    expect(parseDateLine("March 12, 2026 · Updated March 13, 2026 to correct a name")).toBeUndefined();
    expect(parseDateLine("Updated March 13, 2026 · Published in print March 12, 2026, page A4")).toBeUndefined();
    expect(parseDateLine("Published 12 March 2026 13:80 PM | Updated 13 March 2026 9:00 AM")).toBeUndefined();
  });
});

describe("a clock time printed with the hour's letter, as French, Portuguese and Spanish pages print it", () => {
  it("reads the time with its zone, spaced or not, after the word for 'at', and the day alone without a zone", () => {
    expect(parseDate("Publié le 12 mars 2026 à 20h30 CET")).toBe("2026-03-12T20:30:00+01:00");
    expect(parseDate("Publié le 12 mars 2026 à 20 h 30 CET")).toBe("2026-03-12T20:30:00+01:00");
    expect(parseDate("Publié le 13/03/2026 à 8h05 (CET)")).toBe("2026-03-13T08:05:00+01:00");
    expect(parseDate("Publicado em 13/03/2026 às 20h30 UTC")).toBe("2026-03-13T20:30:00+00:00");
    expect(parseDate("Publié le 12 mars 2026 à 20H30 CET")).toBe("2026-03-12T20:30:00+01:00");
    expect(parseDate("Actualizado el 13 de marzo de 2026 a las 9h15 CET")).toBe("2026-03-13T09:15:00+01:00");
    expect(parseDate("12 mars 2026 à 8h05")).toBe("2026-03-12");
    expect(parseDateLine("Mis à jour le 13 mars 2026 à 9 h 15")).toEqual({ iso: "2026-03-13", modified: true });
  });

  it("dates nothing by a line whose lettered time no clock shows, and keeps the day's end and a duration's day", () => {
    for (const line of [
      "Publié le 12 mars 2026 à 25h10",
      "12 mars 2026 à 20h75",
      "Publié le 13/03/2026 à 25h10",
      "Publicado em 13/03/2026 às 25h10",
    ])
      expect(parseDateLine(line), line).toBeUndefined();
    expect(fromText(page("en", ["Publié le 12 mars 2026 à 25h10"])).datePublished).toBeUndefined();
    expect(parseDateLine("Publié le 12 mars 2026 à 24h00")?.iso).toBe("2026-03-12");
    // A duration or a channel's name beside a date is no stamp's time: the day stands.
    expect(parseDateLine("12 mars 2026 · Vidéo 1h30")?.iso).toBe("2026-03-12");
    expect(parseDateLine("March 12, 2026 · 24h news")?.iso).toBe("2026-03-12");
  });

  it("keeps the day beside a lettered duration past a day's hours, which no word for 'at' puts on a clock", () => {
    for (const line of ["12 mars 2026 · Grève de 48h00", "Publié le 12 mars 2026 · Tour de France : 83h56", "12 mars 2026 · Service 24h24"])
      expect(parseDateLine(line)?.iso, line).toBe("2026-03-12");
    expect(fromText(page("en", ["12 mars 2026 · Grève de 48h00"])).datePublished).toBe("2026-03-12");
    // Minutes past a clock's are no duration's: the line stays undated wherever the time stands.
    expect(parseDateLine("12 mars 2026 · 2h75")).toBeUndefined();
  });
});

describe("a labelled published line under an earlier update's line", () => {
  const dates = (language: "de" | "en", lines: string[]) => {
    const article = fromText(page(language, ["By Ada Lee", ...lines]));
    return [article.datePublished, article.dateModified];
  };

  it("dates the page by the published line and drops the earlier update", () => {
    expect(dates("en", ["Updated March 11, 2026", "Published March 12, 2026"])).toEqual(["2026-03-12", undefined]);
    expect(dates("en", ["Updated March 11, 2026", "Posted: March 12, 2026"])).toEqual(["2026-03-12", undefined]);
    expect(dates("de", ["Aktualisiert am 11.03.2026", "Veröffentlicht am 12.03.2026"])).toEqual(["2026-03-12", undefined]);
  });

  it("keeps a later update, and still reads an unlabelled later date under an update as an event's", () => {
    expect(dates("en", ["Updated March 13, 2026", "Published March 12, 2026"])).toEqual(["2026-03-12", "2026-03-13"]);
    expect(dates("en", ["Updated March 11, 2026", "March 14, 2026 · Harbour Hall"])).toEqual(["2026-03-11", "2026-03-11"]);
  });
});

describe("whether a line may hold a date, asked line after line", () => {
  it("finds a year that opens the line's first run of digits, after a line whose first digit came late", () => {
    expect(mayHoldDate("The ferry timetable was filed in the harbour archive as box 2024")).toBe(true);
    expect(mayHoldDate("1987 was the last winter the strait froze over")).toBe(true);
    expect(mayHoldDate("Berth 12 reopens on the 4th after the storm")).toBe(false);
  });

  it("finds a year after a digit of a script's own and after a short number", () => {
    expect(mayHoldDate("Gate ٣ of the ferry terminal, refitted in 2019")).toBe(true);
    expect(mayHoldDate("Pier 7 (rebuilt 1998)")).toBe(true);
    expect(mayHoldDate("Pier 7, slipway 3")).toBe(false);
  });
});

describe("an update after an earlier update's dropped stamp, and a time a clock's words put on no clock", () => {
  const dates = (language: "de" | "en", lines: string[]) => {
    const article = fromText(page(language, lines));
    return [article.datePublished, article.dateModified];
  };

  it("keeps the later update printed under a published line that an earlier update's line stands over", () => {
    expect(dates("en", ["Updated March 11, 2026", "Published March 12, 2026", "Updated March 13, 2026"])).toEqual([
      "2026-03-12",
      "2026-03-13",
    ]);
    expect(dates("en", ["Mis à jour le 11 mars 2026", "Publié le 12 mars 2026 · Mis à jour le 13 mars 2026"])).toEqual([
      "2026-03-12",
      "2026-03-13",
    ]);
    // The first update no earlier than the published day is still the page's.
    expect(dates("en", ["Published March 12, 2026", "Updated March 13, 2026", "Updated March 14, 2026"])).toEqual([
      "2026-03-12",
      "2026-03-13",
    ]);
  });

  it("keeps a zoned update on the day before a plain published day when it is that day in UTC", () => {
    expect(dates("en", ["Published March 13, 2026", "Updated 11:40 PM EST March 12, 2026"])).toEqual([
      "2026-03-13",
      "2026-03-12T23:40:00-05:00",
    ]);
    expect(dates("en", ["Published March 13, 2026", "Updated 9:40 AM EST March 12, 2026"])).toEqual(["2026-03-13", undefined]);
  });

  it("dates nothing by a time past a clock's that German 'Uhr' or the word for 'at' marks as a clock's", () => {
    for (const line of ["12.03.2026, 25:61 Uhr", "Veröffentlicht am 12.03.2026, 25:61 Uhr", "Published March 12, 2026 at 13:75"])
      expect(parseDateLine(line), line).toBeUndefined();
    expect(dates("de", ["12.03.2026 um 24:75 Uhr"])).toEqual([undefined, undefined]);
    // A good time, the day's end and bare figures beside a date (a score, a price) keep the day.
    expect(parseDateLine("12.03.2026, 23:59 Uhr")?.iso).toBe("2026-03-12");
    expect(parseDateLine("12.03.2026, 24:00 Uhr")?.iso).toBe("2026-03-12");
    expect(parseDateLine("March 12, 2026 · 3.75")?.iso).toBe("2026-03-12");
  });

  it("keeps the day where the word for 'at' comes before a price, a match's clock or a score", () => {
    const lines = [
      "March 12, 2026 · Copper closed at 31.75",
      "12 de marzo de 2026 · 2 o 3.75 litros",
      "Thursday, March 12, 2026 · Penalty at 67:45",
      "12.03.2026 · Spielstand um 45:38",
    ];
    expect(lines.map((line) => parseDateLine(line)?.iso)).toEqual(lines.map(() => "2026-03-12"));
  });
});

describe("a slashed date before a clock time whose hour's letter is a capital", () => {
  it("reads the date as it reads the small letter's", () => {
    expect(parseDateLine("13/03/2026 20H30")?.iso).toBe("2026-03-13");
    expect(parseDateLine("13/03/2026 - 20H30")?.iso).toBe("2026-03-13");
    // The letter between figures past a clock's makes no time: the slashed date alone is read as before, as nothing.
    expect(parseDateLine("13/03/2026 25H30")).toBeUndefined();
  });
});

/** The published and modified dates the text reader gives a page with these header lines. */
function headerDates(language: "de" | "en", lines: readonly string[]): (string | undefined)[] {
  const article = fromText(page(language, lines));
  return [article.datePublished, article.dateModified];
}

describe("a story run again under its first publication's date", () => {
  const dates = (lines: string[]) => headerDates("en", lines);

  it("dates the page by its first publication and reads a later update as the update, in each language", () => {
    for (const lines of [
      ["Originally published March 3, 2019", "Updated March 12, 2026"],
      ["Updated March 12, 2026", "Originally published on March 3, 2019"],
      ["Erstmals erschienen am 3. März 2019", "Aktualisiert am 12. März 2026"],
      ["Publicado originalmente el 3 de marzo de 2019", "Actualizado el 12 de marzo de 2026"],
      ["Pubblicato originariamente il 3 marzo 2019", "Aggiornato il 12 marzo 2026"],
      ["Publicado originalmente em 3 de março de 2019", "Atualizado em 12 de março de 2026"],
      ["Publié initialement le 3 mars 2019", "Mis à jour le 12 mars 2026"],
    ])
      expect(dates(lines), lines[0]).toEqual(["2019-03-03", "2026-03-12"]);
  });

  it("reads the republication's published or plain date, over or under the first one, as the update", () => {
    for (const lines of [
      ["Published March 12, 2026", "Originally published March 3, 2019"],
      ["Originally published March 3, 2019", "Published March 12, 2026"],
      ["March 12, 2026", "Ursprünglich veröffentlicht am 3. März 2019"],
      ["Pubblicato il 12 marzo 2026", "Pubblicato originariamente il 3 marzo 2019"],
    ])
      expect(dates(lines), lines.join(" / ")).toEqual(["2019-03-03", "2026-03-12"]);
    // Alone, the first publication's date is the page's, with no update.
    expect(dates(["Publicado por primera vez el 3 de marzo de 2019"])).toEqual(["2019-03-03", undefined]);
  });

  it("reads a later date with a label of its own under a first publication as no update", () => {
    for (const later of ["Next event: April 2, 2026", "Photo: March 14, 2026"])
      expect(dates(["Originally published March 3, 2019", later]), later).toEqual(["2019-03-03", undefined]);
  });

  it("keeps the page's own date over a broadcast's first airing", () => {
    expect(dates(["Published March 12, 2026", "Originally aired March 3, 2019"])).toEqual(["2026-03-12", undefined]);
  });
});

describe("German 'Stand' (as of) stamping a page's last change", () => {
  const dates = (lines: string[]) => headerDates("de", lines);

  it("is the update beside a published date, and the page's best date alone", () => {
    const published = "Veröffentlicht am 11.03.2026";
    expect(dates([published, "Stand: 12.03.2026 14:05 Uhr"])).toEqual(["2026-03-11", "2026-03-12"]);
    expect(dates(["11.03.2026 · Stand: 12.03.2026"])).toEqual(["2026-03-11", "2026-03-12"]);
    expect(dates(["Stand: 12.03.2026"])[0]).toBe("2026-03-12");
  });

  it("leaves a score's 'Stand' dating nothing", () => {
    expect(dates(["Veröffentlicht am 12.03.2026", "Stand: 2:1"])).toEqual(["2026-03-12", undefined]);
    expect(dates(["Veröffentlicht am 12.03.2026", "Stand: 2:1 (Halbzeit), 14.03.2026"])).toEqual(["2026-03-12", undefined]);
    expect(dates(["Veröffentlicht am 12.03.2026", "Stand der Technik: 13.03.2026"])).toEqual(["2026-03-12", undefined]);
  });

  it("is no update before an English date, a booth's number or a Dutch score", () => {
    const english = (lines: string[]) => headerDates("en", lines);
    expect(english(["March 12, 2026", "Stand B14, Hall 3 · March 14, 2026"])).toEqual(["2026-03-12", undefined]);
    expect(english(["Published March 12, 2026", "Stand 14 · March 14, 2026"])).toEqual(["2026-03-12", undefined]);
    expect(english(["Posted March 11, 2026", "Stand: March 12, 2026"])).toEqual(["2026-03-11", undefined]);
    expect(english(["Stand Up To Cancer: March 14, 2026"])).toEqual([undefined, undefined]);
    expect(english(["Stand your ground · March 11, 2026", "By Tom Avery · March 12, 2026"])).toEqual(["2026-03-12", undefined]);
    expect(dates(["12.03.2026", "Stand: 2-1 · 14 maart 2026"])).toEqual(["2026-03-12", undefined]);
  });

  it("is the update before a day-first date after 'vom' too", () => {
    expect(dates(["Veröffentlicht am 12.03.2026", "Stand vom 14.03.2026"])).toEqual(["2026-03-12", "2026-03-14"]);
  });
});

describe("a first publication beside a republication, on one line or under a republication's label", () => {
  const dates = (lines: string[]) => headerDates("en", lines);

  it("reads both parts of one line, whatever mark parts them, the later one as the update", () => {
    for (const line of [
      "Published March 12, 2026 · Originally published March 3, 2019",
      "Published March 12, 2026 | Originally published March 3, 2019",
      "Published March 12, 2026 — Originally published March 3, 2019",
      "Published March 12, 2026; Originally published March 3, 2019",
      "Originally published March 3, 2019 · Published March 12, 2026",
      "Veröffentlicht am 12.03.2026 | Erstmals erschienen am 03.03.2019",
      "Publié le 12 mars 2026 · Publié initialement le 3 mars 2019",
      "Publicado el 12 de marzo de 2026 | Publicado originalmente el 3 de marzo de 2019",
    ])
      expect(dates([line]), line).toEqual(["2019-03-03", "2026-03-12"]);
  });

  it("dates the page by a republication alone, and makes it the update beside an earlier published date", () => {
    for (const line of [
      "Republished: March 12, 2026",
      "Neu veröffentlicht am 12.03.2026",
      "Republié le 12 mars 2026",
      "Ripubblicato il 12 marzo 2026",
    ])
      expect(dates([line]), line).toEqual(["2026-03-12", undefined]);
    for (const lines of [
      ["Originally published March 3, 2019", "Republished March 12, 2026"],
      ["Published March 3, 2019", "Republished on March 12, 2026"],
      ["Published March 3, 2019 · Republished March 12, 2026"],
      ["Republished March 12, 2026", "Published March 3, 2019"],
      ["Publicado originalmente el 3 de marzo de 2019", "Republicado el 12 de marzo de 2026"],
    ])
      expect(dates(lines), lines.join(" / ")).toEqual(["2019-03-03", "2026-03-12"]);
  });

  it("reads the labels in Dutch, Polish, Russian, Indonesian, Chinese and Japanese", () => {
    for (const line of [
      "Opnieuw gepubliceerd op 12 maart 2026",
      "Ponownie opublikowano 12 marca 2026",
      "Повторно опубликовано 12 марта 2026",
      "Diterbitkan ulang 12 Maret 2026",
    ])
      expect(dates([line]), line).toEqual(["2026-03-12", undefined]);
    for (const line of [
      "Oorspronkelijk gepubliceerd op 3 maart 2019 · Opnieuw gepubliceerd op 12 maart 2026",
      "Voor het eerst gepubliceerd op 3 maart 2019 | Gepubliceerd op 12 maart 2026",
      "Pierwotnie opublikowano 3 marca 2019 · Ponownie opublikowano 12 marca 2026",
      "Po raz pierwszy opublikowano 3 marca 2019 | Opublikowano 12 marca 2026",
      "Впервые опубликовано 3 марта 2019 · Перепечатано 12 марта 2026",
      "Первоначально опубликовано 3 марта 2019 | Опубликовано 12 марта 2026",
      "Pertama kali terbit 3 Maret 2019 · Diterbitkan ulang 12 Maret 2026",
      "Pertama kali diterbitkan pada 3 Maret 2019 | Diterbitkan 12 Maret 2026",
      "Diterbitkan 3 Maret 2019 · Diterbitkan ulang 12 Maret 2026",
      "Diterbitkan 3 Maret 2019 | Diterbitkan kembali 12 Maret 2026",
      "原载于 2019年3月3日 · 发布 2026年3月12日",
      "首发于 2019年3月3日 · 转载于 2026年3月12日",
      "初出：2019年3月3日 · 公開：2026年3月12日",
      "初出 2019年3月3日 · 転載 2026年3月12日",
    ])
      expect(dates([line]), line).toEqual(["2019-03-03", "2026-03-12"]);
    // Near misses: a credit line under the date, and Chinese and Japanese headings opening with the labels' characters.
    for (const lines of [
      ["12 maart 2026", "Opnieuw gepubliceerd met toestemming van de Havenkrant"],
      ["12 marca 2026", "Ponownie opublikowano za zgodą autora"],
      ["2026年3月12日", "初出場の港町高校、初戦を突破"],
      ["2026年3月12日", "首发阵容公布"],
    ])
      expect(dates(lines), lines[1]).toEqual(["2026-03-12", undefined]);
    // Longer Japanese words opening with a label's characters, run into the word after them with no space: a first
    // appearance's or a first shipment's date, not the story's first publication.
    for (const lines of [
      ["2026年3月12日", "初出場 2026年3月3日"],
      ["2026年3月12日", "初出荷は2026年3月3日の予定"],
      ["2026年3月12日", "転載禁止 2026年3月3日"],
    ])
      expect(dates(lines), lines[1]).toEqual(["2026-03-12", undefined]);
  });

  it("pairs no event's or deadline's field beside either label on one line", () => {
    const lines = [
      "Republished March 12, 2026 · Event: April 2, 2026",
      "Republished March 12, 2026 | Deadline: March 30, 2026",
      "Originally published March 3, 2019 · Concert: April 2, 2026",
    ];
    expect(lines.map((line) => dates([line]))).toEqual([
      ["2026-03-12", undefined],
      ["2026-03-12", undefined],
      ["2019-03-03", undefined],
    ]);
    expect(dates(["Originally published March 3, 2019 · March 12, 2026"])).toEqual(["2019-03-03", "2026-03-12"]);
  });

  it("takes no event's meta line under a first publication as the update, but a published date in a meta line", () => {
    const events = [
      "Concert: Sat 8 August 2026 · Harbour Hall",
      "Termin: 02.04.2026, 19:00 Uhr · Stadthalle",
      "Tickets: Fri 13 March 2026 · 7 pm · Harbour Hall",
    ];
    for (const event of events) expect(dates(["Originally published March 3, 2019", event]), event).toEqual(["2019-03-03", undefined]);
    for (const stamp of ["Published March 12, 2026 · 4 min read", "Donnerstag, 12. März 2026 · 4 Min. Lesezeit"])
      expect(dates(["Originally published March 3, 2019", stamp]), stamp).toEqual(["2019-03-03", "2026-03-12"]);
  });
});

describe("a round hour, an hour's capital letter after a hyphenated date, a programme's hour past midnight", () => {
  const published = (language: "de" | "en", line: string) => headerDates(language, [line])[0];

  it("reads a slashed date before a round hour after the word for 'at', not before a duration", () => {
    expect(published("en", "13/03/2026 à 20h")).toBe("2026-03-13");
    expect(published("en", "13/03/2026 às 9h")).toBe("2026-03-13");
    expect(published("en", "13/03/2026 à 48h")).toBeUndefined();
    expect(published("en", "13/03/2026 · Grève de 48h")).toBeUndefined();
  });

  it("reads a hyphenated date before a time with the hour's letter", () => {
    expect(published("en", "13-03-2026 20H30")).toBe("2026-03-13");
    expect(published("en", "13-03-2026 20h30")).toBe("2026-03-13");
  });

  it("keeps the day of a programme's hour past midnight, not of a stamp's", () => {
    expect(published("de", "12.03.2026 · Sendung um 24:30 Uhr")).toBe("2026-03-12");
    expect(published("de", "Veröffentlicht am 12.03.2026 · Sendung um 25:15 Uhr")).toBe("2026-03-12");
    expect(published("de", "12.03.2026 · Sendung um 31:15 Uhr")).toBeUndefined();
    expect(published("de", "12.03.2026 · Sendung um 24:75 Uhr")).toBeUndefined();
    expect(published("de", "Veröffentlicht am 12.03.2026 · Aktualisiert um 25:10 Uhr")).toBeUndefined();
    expect(headerDates("de", ["Aktualisiert am 13.03.2026 um 26:10 Uhr", "Erstellt am 12.03.2026"])).toEqual(["2026-03-12", undefined]);
  });
});

describe("a stamp with a reading time under a first publication, and a republication's credit beside the date", () => {
  const dates = (lines: string[]) => headerDates("en", lines);

  it("reads a stamp with a reading time under a first publication as the update in every language", () => {
    for (const stamp of [
      "Friday, March 13, 2026 · 4 min read",
      "March 13, 2026 · 4 min read",
      "13. März 2026 · 4 Min. Lesezeit",
      "13 mars 2026 · Lecture 4 min",
      "13 de marzo de 2026 · 4 min de lectura",
    ])
      expect(dates(["Originally published March 3, 2019", stamp]), stamp).toEqual(["2019-03-03", "2026-03-13"]);
    // An event's line keeps no update: a venue beside the day, not a header's part.
    expect(dates(["Originally published March 3, 2019", "Fri 13 March 2026 · Harbour Hall"])).toEqual(["2019-03-03", undefined]);
  });

  it("keeps no update from a clock time or a running time beside the date under a first publication, an event's as often", () => {
    const lines = [
      "April 4, 2026 · 7 pm · Harbour Hall",
      "Saturday, April 4, 2026 · 7 pm",
      "Samstag, 4. April 2026 · 19 Uhr",
      "March 20, 2026 · 92 min · Rated PG",
    ];
    expect(lines.map((line) => dates(["Originally published March 3, 2019", line]))).toEqual(lines.map(() => ["2019-03-03", undefined]));
  });

  it("reads a republication's credit as no date label, beside the date it leaves standing", () => {
    for (const line of [
      "Republished by permission · March 12, 2026 · 4 min read",
      "Published March 12, 2026 · Republished from The Harbour Review",
      "Republished from The Harbour Review · March 12, 2026",
      "Erneut veröffentlicht mit Genehmigung · 12.03.2026 · 4 Min. Lesezeit",
      "Publié le 12 mars 2026 · Republié avec l'autorisation de The Harbour Review",
    ])
      expect(dates([line]), line).toEqual(["2026-03-12", undefined]);
    // A republication with its own date is still the update beside an earlier one.
    expect(dates(["Published March 3, 2019 · Republished March 12, 2026"])).toEqual(["2019-03-03", "2026-03-12"]);
  });
});

describe("date lines of round dt95: a top bar's day, first-appearance labels, a broadcaster's hour past 24", () => {
  it("reads the date after a top bar's words for today in every language of the list", () => {
    for (const line of [
      "Heute ist Montag, 7. Dezember 2026",
      "Heute ist der 7. Dezember 2026",
      "Nous sommes le lundi 7 décembre 2026",
      "Hoje é segunda-feira, 7 de dezembro de 2026",
      "Vandaag is het maandag 7 december 2026",
      "Сегодня понедельник, 7 декабря 2026",
    ])
      expect(parseDateLine(line), line).toEqual({ iso: "2026-12-07", modified: false });
    // The same words opening a story's sentence around the date date nothing.
    for (const line of [
      "Heute ist der letzte Tag der Hafenmesse, 7. Dezember 2026",
      "Heute ist Montag, 7. Dezember 2026, und die Fähre fährt",
    ])
      expect(parseDateLine(line), line).toBeUndefined();
  });

  it("lets the words for today cost nothing only before a weekday and the day, never before a sentence's words", () => {
    for (const line of [
      "Heute ist Dienstag, der 8. Dezember 2026",
      "I dag er det tirsdag den 8. december 2026",
      "Dziś jest wtorek, 8 grudnia 2026",
      "Сьогодні вівторок, 8 грудня 2026",
    ])
      expect(parseDateLine(line), line).toEqual({ iso: "2026-12-08", modified: false });
    // An event's day, a place or a strike named after the words is a story's line, as it is without them.
    for (const line of [
      "Heute ist Markttag, 8.12.2026",
      "Сегодня выборы, 8 декабря 2026",
      "Сегодня в Москве, 8 декабря 2026",
      "Vandaag is Sinterklaas, 5 december 2026",
      "Hoje é dia de greve, 8 de dezembro de 2026",
      "Today is Giving Tuesday, 1 December 2026",
    ])
      expect(parseDateLine(line), line).toBeUndefined();
  });

  it("reads first-appearance labels as a first publication, beside an update and glued to a CJK date", () => {
    for (const line of [
      "Zuerst erschienen am 3. März 2019 · Aktualisiert am 12.03.2026",
      "Paru initialement le 3 mars 2019 · Mis à jour le 12 mars 2026",
      "First appeared on March 3, 2019 · Updated March 12, 2026",
      "原载于2019年3月3日 · 转载于2026年3月12日",
      "初出2019年3月3日 · 公開2026年3月12日",
    ])
      expect(parseDateLine(line), line).toEqual({ iso: "2019-03-03", modified: false, alsoModified: "2026-03-12" });
    // A word the label opens is no label, glued figures or not.
    expect(opensWithFirstPublishedLabel("初出場2026年3月3日")).toBe(false);
  });

  it("keeps the day beside a programme's hour past midnight and drops the hour", () => {
    for (const line of ["12.03.2026, 25:10 Uhr", "12. März 2026, 24:30 Uhr", "12 mars 2026 à 25h10"])
      expect(parseDateLine(line), line).toEqual({ iso: "2026-03-12", modified: false });
    // Past a broadcaster's day, or in a labelled stamp, the time is a misprint and the line dates nothing.
    for (const line of ["12.03.2026, 31:10 Uhr", "12.03.2026, 25:75 Uhr", "Aktualisiert am 12.03.2026, 25:10 Uhr"])
      expect(parseDateLine(line), line).toBeUndefined();
  });
});

describe("month names are the tables' own words", () => {
  it("reads no month in a word every JavaScript object answers to (“constructor”)", () => {
    expect(isMonthAndYear("March 2025")).toBe(true);
    expect(isMonthAndYear("Constructor 2025")).toBe(false);
    expect(fromText(page("ms", ["Oleh Aminah Yusof", "12 constructor 2026"])).datePublished).toBeUndefined();
    expect(fromText(page("ms", ["Oleh Aminah Yusof", "12 Mac 2026"])).datePublished).toBe("2026-03-12");
  });
});
