import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { parseByline } from "./byline.js";
import { parseDate, parseDateLine } from "./date-line.js";
import { assemble, BULLET, NUMBERED } from "./assemble.js";
import { closingCredit, creditOnly, hasCredit, splitCredit } from "./caption.js";
import { isControlLine, isSectionEnd } from "./boilerplate.js";
import { classifyLine, withoutGalleries } from "./classify.js";
import { findHeader } from "./find-header.js";
import { isTitleLike } from "./headline.js";
import { findRegion } from "./find-region.js";
import { detectLanguage, isStopword, languageFromTag, readWords } from "./language.js";
import { segment } from "./segment.js";
import {
  EN_MARKET_HALL_STORY,
  HARBOUR_EXPANSION_STORIES,
  NIGHT_FERRY_STORIES,
  nightFerryPage,
  ZH_FERRY_STORY,
} from "./_stories.test-helpers.js";

describe("date lines", () => {
  it("reads dates with a zone as date-times with offsets, and without one as plain dates", () => {
    expect(parseDate("13 March 2025, 09:30 GMT")).toBe("2025-03-13T09:30:00+00:00");
    expect(parseDate("Updated March 13, 2025 10:42 a.m. ET")).toBe("2025-03-13T10:42:00-04:00");
    expect(parseDate("Nov. 18, 2025 7:05 a.m. PT")).toBe("2025-11-18T07:05:00-08:00");
    expect(parseDate("Mon 3 Mar 2025 07.15 GMT")).toBe("2025-03-03T07:15:00+00:00");
    expect(parseDate("Veröffentlicht am 3. März 2025, 14:20 Uhr")).toBe("2025-03-03");
    expect(parseDate("Publié le 5 juin 2025 à 07h30")).toBe("2025-06-05");
    expect(parseDate("14th July 2025, 06:00 BST")).toBe("2025-07-14T06:00:00+01:00");
    expect(parseDate("Updated 2 November 2025, 9:00 a.m. ET")).toBe("2025-11-02T09:00:00-05:00");
    expect(parseDate("2025-13-01")).toBeUndefined();
  });

  it("reads Chinese and Japanese dates, and tells their date lines from clauses around a date", () => {
    expect(parseDate("2025年3月4日 10:30")).toBe("2025-03-04");
    expect(parseDate("2025年11月20日10时05分")).toBe("2025-11-20");
    expect(parseDateLine("港湾日报2025年3月4日10时30分")).toEqual({ iso: "2025-03-04", modified: false });
    expect(parseDateLine("在2025年3月4日宣布了新时刻表")).toBeUndefined();
  });

  it("tells date lines from sentences that mention a date", () => {
    expect(parseDateLine("Published 13 March 2025")).toEqual({ iso: "2025-03-13", modified: false });
    expect(parseDateLine("Updated: 13 March 2025")?.modified).toBe(true);
    expect(parseDateLine("Published: 10:41, 21 Jun 2025 | Updated: 12:03, 21 Jun 2025")).toEqual({
      iso: "2025-06-21",
      modified: false,
      alsoModified: "2025-06-21",
    });
    // The update first: each date still goes to its own field, in any language read.
    for (const line of ["Updated 14 July 2025 | Published 12 July 2025", "Mis à jour le 14 juillet 2025 · Publié le 12 juillet 2025"])
      expect(parseDateLine(line), line).toEqual({ iso: "2025-07-12", modified: false, alsoModified: "2025-07-14" });
    // Near misses: an update beside a part with no date, or beside a later date, is the update alone.
    expect(parseDateLine("Updated 14 July 2025 | Harbour")).toEqual({ iso: "2025-07-14", modified: true });
    expect(parseDateLine("Updated 14 July 2025 | 20 July 2026")).toEqual({ iso: "2025-07-14", modified: true });
    expect(parseDateLine("The council met on 13 March 2025 and agreed to keep the library open.")).toBeUndefined();
    expect(parseDateLine("No date here")).toBeUndefined();
  });

  it("reads an update's and a publication's labelled dates parted by a dash between spaces, each with its time", () => {
    for (const line of [
      "Güncellenme: 14.07.2025 - Yayınlanma: 12.07.2025",
      "Updated: 14 July 2025 - Published: 12 July 2025",
      "Published: 12 July 2025 – Updated: 14 July 2025",
      "Aktualisiert am 14.07.2025 — Veröffentlicht am 12.07.2025",
      "Yayınlanma: 12.07.2025 - 09:30 - Güncellenme: 14.07.2025 - 10:32",
    ])
      expect(parseDateLine(line), line).toEqual({ iso: "2025-07-12", modified: false, alsoModified: "2025-07-14" });
    // Near misses: a range, a date and its time, a date and an update's time, a dash inside a date or a word.
    // A span of two dates is a date line by its shape, marked as an event's: the header takes no date from it.
    expect(parseDateLine("12 July 2025 - 14 July 2025")).toEqual({ iso: "2025-07-12", modified: false, span: true });
    expect(parseDateLine("Updated 3 March 2025 – 5 March 2025")).toEqual({ iso: "2025-03-03", modified: true });
    expect(parseDateLine("Yayınlanma: 12.07.2025 - 09:30")).toEqual({ iso: "2025-07-12", modified: false });
    expect(parseDateLine("23 ottobre 2026 - Aggiornato alle 12:10")).toEqual({ iso: "2026-10-23", modified: false });
    expect(parseDateLine("2025-07-12 Harbour-Watch")).toEqual({ iso: "2025-07-12", modified: false });
    // On a page, under the headline.
    const story = [
      "Adaya giden feribot pazartesiden itibaren yeniden günde iki sefer yapacak, çünkü iskeledeki onarım erken bitti.",
      "",
      "Belediye, tarifenin bahara kadar aynı kalacağını ve yazın turistler için ek bir sefer konacağını söyledi.",
    ];
    const article = fromText(
      ["Feribot yeniden günde iki sefer yapıyor", "Güncellenme: 14.07.2025 - Yayınlanma: 12.07.2025", "", ...story].join("\n"),
    );
    expect([article.datePublished, article.dateModified]).toEqual(["2025-07-12", "2025-07-14"]);
  });

  it("reads a release's, a sale's or a state's start date as no date of the page's, in several languages and scripts", () => {
    for (const line of [
      "On sale 4 March 2025",
      "Since 4 March 2025",
      "Seit 4. März 2025",
      "Depuis le 4 mars 2025",
      "Date de sortie : 4 mars 2025",
      "締切：2025年3月4日",
      "開催日：2026年3月8日",
      "活动时间：2026年3月8日",
    ])
      expect(parseDateLine(line), line).toBeUndefined();
    // Near misses: a press release's own date, a label that only opens like one, an update beside a start.
    expect(parseDateLine("Released: 4 March 2025")).toEqual({ iso: "2025-03-04", modified: false });
    // A statistics bulletin's or a press release's own date; a Korean word that only opens with "마감" (a news show's name).
    expect(parseDateLine("Release date: 11 March 2025")).toEqual({ iso: "2025-03-11", modified: false });
    expect(parseDateLine("마감뉴스 2025.03.04")).toEqual({ iso: "2025-03-04", modified: false });
    expect(parseDateLine("마감일: 2025.03.04")).toBeUndefined();
    expect(parseDateLine("Published 4 March 2025 · Since 1990")).toEqual({ iso: "2025-03-04", modified: false });
    expect(parseDateLine("Updated 14 July 2025 · On sale 2 June 2025")).toEqual({ iso: "2025-07-14", modified: true });
  });

  it("reads an event's labelled date as no date of the page's, alone or beside an update, in several languages", () => {
    const updated = { iso: "2025-07-14", modified: true };
    for (const line of [
      "Updated 14 July 2025 · Event date: 2 June 2025",
      "Updated 14 July 2025 | Date of the event: 2 June 2025",
      "Mis à jour le 14 juillet 2025 | Date de l'événement : 2 juin 2025",
      "Aktualisiert am 14.07.2025 - Veranstaltungsdatum: 02.06.2025",
      "Actualizado: 14 de julio de 2025 · Fecha del evento: 2 de junio de 2025",
    ])
      expect(parseDateLine(line), line).toEqual(updated);
    expect(parseDateLine("Event date: 2 June 2025 · Published 12 May 2025")).toEqual({ iso: "2025-05-12", modified: false });
    for (const line of ["Event date: 2 June 2025", "Data do evento: 2 de junho de 2025", "Data dell'evento: 2 giugno 2025"])
      expect(parseDateLine(line), line).toBeUndefined();
    // Near misses: a word that only opens like the label, a deadline beside a publication, a plain earlier date.
    expect(parseDateLine("Published 12 May 2025 | Event Horizon")).toEqual({ iso: "2025-05-12", modified: false });
    expect(parseDateLine("Updated 14 July 2025 · Events")).toEqual(updated);
    expect(parseDateLine("Published 12 July 2025 · Deadline: 30 June 2026")).toEqual({ iso: "2025-07-12", modified: false });
    expect(parseDateLine("Updated 14 July 2025 · 2 June 2025")).toEqual({ iso: "2025-06-02", modified: false, alsoModified: "2025-07-14" });
    // On a page, under the headline: the update is the page's only date.
    const story = [
      "The harbour festival returns this summer with a longer programme, after last year's event drew twice the crowd expected.",
      "",
      "Organisers say the ferry will run late on the festival night, and tickets go on sale at the harbour office next week.",
    ];
    const article = fromText(
      ["Harbour festival returns with a longer programme", "Updated 14 July 2025 · Event date: 2 June 2025", "", ...story].join("\n"),
    );
    expect([article.datePublished, article.dateModified]).toEqual(["2025-07-14", "2025-07-14"]);
  });

  it("parts a line too long for one date line at each of its marks, and at nothing else", () => {
    // Over the longest single date line, only the parts can hold a date; the second part has no label to part at.
    const note = "Event date: 2 June 2025, gates open at noon on the quay below the old lighthouse";
    for (const mark of ["|", "·", "•", "–", "—", "-"])
      expect(parseDateLine(`${note} ${mark} 14 July 2025`), mark).toEqual({ iso: "2025-07-14", modified: false });
    // A tilde or a slash between spaces parts nothing, nor does a hyphen with no spaces around it.
    for (const line of [`${note} ~ 14 July 2025`, `${note} / 14 July 2025`, `${note}-14 July 2025`])
      expect(parseDateLine(line), line).toBeUndefined();
  });

  it("finds word edges next to letters outside ASCII", () => {
    expect(parseDateLine("Mis à jour le 4 mars 2025 à 18:05")).toEqual({ iso: "2025-03-04", modified: true });
    expect(parseDate("4 únor 2025")).toBe("2025-02-04");
    // Glued to a word, digits are a code or a reference, not a date.
    expect(parseDate("réf. é2025-03-04")).toBeUndefined();
    expect(parseDate("lot 2025-03-04é")).toBeUndefined();
    expect(parseDate("voir à12 mars 2025")).toBeUndefined();
    // Chinese and Japanese run dates into the words around them.
    expect(parseDate("更新2025-03-04")).toBe("2025-03-04");
  });

  it("reads slashed dates before a 12-hour time, month first unless the first number is a day", () => {
    expect(parseDateLine("4/07/24 9:15pm")).toEqual({ iso: "2024-04-07", modified: false });
    expect(parseDate("11/30/2024 6:02 AM EST")).toBe("2024-11-30T06:02:00-05:00");
    expect(parseDate("30/11/2024 6:02 am")).toBe("2024-11-30");
    // Without a 12-hour time the order of day and month is anyone's guess.
    expect(parseDate("4/07/2024")).toBeUndefined();
    expect(parseDate("4/07/2024 21:15")).toBeUndefined();
    expect(parseDate("Slide 3/12 of the gallery")).toBeUndefined();
  });

  it("reads slashed dates before a 24-hour time in the page's order, or where only one order is a date", () => {
    const dayFirst = () => "day-first" as const;
    const monthFirst = () => "month-first" as const;
    expect(parseDate("4/07/2024 21:15", dayFirst)).toBe("2024-07-04");
    expect(parseDate("4/07/2024 21:15", monthFirst)).toBe("2024-04-07");
    for (const line of [
      "04/07/2024 21h15",
      "04/07/2024 às 21h15",
      "04/07/2024 - 21:15",
      "04/07/2024, a las 21:15",
      "04/07/2024 alle 21:15",
    ])
      expect(parseDateLine(line, undefined, dayFirst), line).toEqual({ iso: "2024-07-04", modified: false });
    // One order only makes a date: no page needs to say which.
    expect(parseDate("25/10/2024 21:15")).toBe("2024-10-25");
    expect(parseDate("10/25/2024 21:15")).toBe("2024-10-25");
    // Not a 24-hour time: an hour past 23, minutes past 59, more digits, or a 12-hour time (read month first as before).
    for (const line of ["04/07/2024 25:15", "04/07/2024 21:75", "04/07/2024 21:155", "04/07/2024 21-15"])
      expect(parseDate(line, dayFirst), line).toBeUndefined();
    expect(parseDate("4/07/2024 9:15 pm", dayFirst)).toBe("2024-07-04");
    expect(parseDate("4/07/2024 9:15 pm")).toBe("2024-04-07");
  });

  it("reads a slashed date after a published or updated label without a time, in the page's order or where one order is a date", () => {
    const dayFirst = () => "day-first" as const;
    const monthFirst = () => "month-first" as const;
    const updated = { iso: "2025-07-14", modified: true };
    for (const line of [
      "Mis à jour le 14/07/2025",
      "Actualizado el 14/07/2025",
      "Updated 14/07/2025",
      "Updated: 07/14/2025",
      "Atualizado em 14/07/2025",
      "Aggiornato il 14/07/2025",
      "Laatst bijgewerkt op 14/07/2025",
    ])
      expect(parseDateLine(line), line).toEqual(updated);
    expect(parseDateLine("Publié le 14/07/2025")).toEqual({ iso: "2025-07-14", modified: false });
    // Either order makes a date: only the page's order reads it.
    expect(parseDateLine("Publicado: 03/04/2025")).toBeUndefined();
    expect(parseDateLine("Publicado: 03/04/2025", undefined, dayFirst)?.iso).toBe("2025-04-03");
    expect(parseDateLine("Last modified 03/04/2025", undefined, monthFirst)).toEqual({ iso: "2025-03-04", modified: true });
    // Near misses: no label, a deadline's label, a label inside a sentence, a sentence after the date, no calendar date.
    for (const line of [
      "14/07/2025",
      "Apply by 14/07/2025",
      "Scores updated 14/07/2025",
      "Updated 14/07/2025 after the council voted again to change the rules of the fund",
      "Updated 14/13/2025",
    ])
      expect(parseDateLine(line), line).toBeUndefined();
  });

  it("reads a day-month-year joined by hyphens after a published or updated label, in the page's order or where one order is a date", () => {
    const dayFirst = () => "day-first" as const;
    const updated = { iso: "2025-07-14", modified: true };
    for (const line of ["Bijgewerkt op 14-07-2025", "Aktualisiert am 14-07-2025", "Updated: 14-07-2025", "Mis à jour le 14-07-2025"])
      expect(parseDateLine(line), line).toEqual(updated);
    expect(parseDateLine("Publicado el 14-07-2025")).toEqual({ iso: "2025-07-14", modified: false });
    expect(parseDateLine("Publicado el 03-04-2025")).toBeUndefined();
    expect(parseDateLine("Geplaatst op 03-04-2025", undefined, dayFirst)?.iso).toBe("2025-04-03");
    // An ISO date after the label still reads year first.
    expect(parseDateLine("Bijgewerkt op 2025-07-14")).toEqual(updated);
    // Near misses: no label, a day and a month alone, a score, a season, a phone number, a code, no calendar date.
    for (const line of [
      "14-07-2025",
      "Updated 14-07",
      "Updated 3-1",
      "Published 2024-2025",
      "Updated 555-12-2025",
      "Updated 14-07-2025-3",
      "Updated 14-07-2025-B",
      "Updated 14-13-2025",
      "Updated 14-07/2025",
    ])
      expect(parseDateLine(line), line).toBeUndefined();
  });

  /** A short story in each of four languages: its headline and its two paragraphs. */
  const FERRY_STORIES: Record<string, [string, string[]]> = {
    en: [
      "Ferry between the villages will not sail for now",
      [
        "The town council decided yesterday after a long meeting that the new ferry between the two villages will not sail for the time being, because the costs are much higher than expected.",
        "Residents reacted with disappointment and say they now have to make a detour of almost half an hour every day to reach their work or their children's school.",
      ],
    ],
    fr: [
      "Le bac entre les villages ne naviguera pas",
      [
        "Le conseil municipal a décidé hier, après une longue réunion, que le nouveau bac entre les deux villages ne naviguerait pas pour le moment, car les coûts sont bien plus élevés que prévu.",
        "Les habitants ont réagi avec déception et disent qu'ils doivent désormais faire chaque jour un détour de près d'une demi-heure pour rejoindre leur travail ou l'école de leurs enfants.",
      ],
    ],
    nl: [
      "Veerdienst tussen de dorpen gaat voorlopig niet varen",
      [
        "De gemeenteraad heeft gisteren na een lange vergadering besloten dat de nieuwe veerdienst tussen de twee dorpen voorlopig niet vaart, omdat de kosten veel hoger zijn dan gedacht.",
        "Bewoners reageerden teleurgesteld en zeggen dat zij nu elke dag een omweg van bijna een half uur moeten maken om hun werk of de school van hun kinderen te bereiken.",
      ],
    ],
    sv: [
      "Färjan mellan byarna går inte tills vidare",
      [
        "Kommunfullmäktige beslutade i går efter ett långt möte att den nya färjan mellan de två byarna inte ska gå tills vidare, eftersom kostnaderna är mycket högre än väntat.",
        "Invånarna reagerade med besvikelse och säger att de nu måste göra en omväg på nästan en halvtimme varje dag för att nå sitt arbete eller barnens skola.",
      ],
    ],
  };

  /** The story in `language` with `header` between its headline and its paragraphs, one line each, read as text. */
  const ferryPage = (language: string, ...header: string[]) => {
    const [headline, paragraphs] = FERRY_STORIES[language]!;
    return fromText([headline, ...header, ...paragraphs].join("\n\n"));
  };

  it("reads a slashed or hyphenated date alone under the headline, where its numbers or the page's language order it", () => {
    const dateUnder = (language: string, line: string) => ferryPage(language, line).datePublished;
    // A day above 12 orders the numbers in any language; French writes slashed dates and Dutch hyphenated ones day first.
    for (const [language, line] of [
      ["en", "25/07/2025"],
      ["en", "25-07-2025"],
      ["en", "07/25/2025"],
      ["fr", "25/07/2025"],
      ["nl", "25-07-2025"],
    ])
      expect(dateUnder(language!, line!), `${language} ${line}`).toBe("2025-07-25");
    expect(dateUnder("fr", "03/04/2025")).toBe("2025-04-03");
    expect(dateUnder("nl", "03-04-2025")).toBe("2025-04-03");
    // Near misses: English orders numeric dates both ways; a score, a phone number, a reference, no calendar date.
    for (const line of ["03/04/2025", "25-07", "3-1", "555-12-2025", "12-34-5678", "25/13/2025", "25-07-2025-B"])
      expect(dateUnder("en", line), line).toBeUndefined();
    // Only under the headline: the same line is no date line, and a teaser's date under the story dates nothing.
    expect(parseDateLine("25/07/2025")).toBeUndefined();
    const [headline, paragraphs] = FERRY_STORIES.en!;
    const teaser = [headline, "", ...paragraphs.flatMap((text) => [text, ""]), "Harbour toll to rise next spring", "25/07/2025"];
    expect(fromText(teaser.join("\n")).datePublished).toBeUndefined();
  });

  it("dates the page by a labelled date of the header before a bare numeric date, over it or under it", () => {
    const published = "2025-03-04";
    for (const [language, numeric, labelled] of [
      ["en", "25/07/2025", "Published 4 March 2025"],
      ["fr", "25/07/2025", "Publié le 4 mars 2025"],
      ["nl", "25-07-2025", "Gepubliceerd op 4 maart 2025"],
    ] as const) {
      expect(ferryPage(language, numeric, labelled).datePublished, `${language} under`).toBe(published);
      expect(ferryPage(language, labelled, numeric).datePublished, `${language} over`).toBe(published);
    }
    // Near misses: an updated date under it leaves it the published one, and a date in the story's text is no header's.
    // So does a byline's date under it, but an unlabelled date under it is an event's: the numeric one, printed first, stays.
    expect(ferryPage("en", "25/07/2025", "By Ada Lee | 4 March 2025").datePublished).toBe(published);
    for (const line of ["3 August 2025", "When: 3 August 2025", "Concert on 3 August 2025", "3 August 2025 · Travel · 4 min read"])
      expect(ferryPage("en", "25/07/2025", line).datePublished, line).toBe("2025-07-25");
    const updated = ferryPage("en", "25/07/2025", "Updated 26 July 2025");
    expect([updated.datePublished, updated.dateModified]).toEqual(["2025-07-25", "2025-07-26"]);
    const [headline, paragraphs] = FERRY_STORIES.en!;
    const footed = [headline, "25/07/2025", ...paragraphs, "Published 4 March 2025"].join("\n\n");
    expect(fromText(footed).datePublished).toBe("2025-07-25");
  });

  it("reads the story's first paragraph under a bare numeric date as its text, however a heading under it passes for a caption", () => {
    for (const [language, heading] of [
      ["en", "What the residents of both villages now say"],
      ["fr", "Ce que disent maintenant les habitants des deux villages"],
    ] as const) {
      const [, [first]] = FERRY_STORIES[language]!;
      const page = ferryPage(language, "25/07/2025", first!, heading);
      expect(page.description, language).toBeUndefined();
      expect(page.body[0], language).toEqual({ type: "paragraph", text: first });
      // Near miss: with no date over it, the same sentence over such a line is the standfirst.
      expect(ferryPage(language, first!, heading).description, language).toBe(first);
    }
  });

  it("dates and signs a page by a Swedish published line with its writer after the date", () => {
    for (const line of ["Publicerad 25 juli 2025 av Anna Svensson", "Publicerad 25 juli 2025 | Av Anna Svensson"]) {
      const page = ferryPage("sv", line);
      expect([page.datePublished, page.authors], line).toEqual(["2025-07-25", [{ type: "Person", name: "Anna Svensson" }]]);
    }
  });

  it("reads updated and published labels in Russian, Ukrainian, Polish, Czech and Turkish", () => {
    for (const line of [
      "Обновлено 14.07.2025",
      "Обновлено: 14 июля 2025",
      "Дата обновления: 14.07.2025",
      "Оновлено 14.07.2025",
      "Zaktualizowano: 14.07.2025",
      "Aktualizováno 14.07.2025",
      "Güncellenme: 14.07.2025",
      "Son güncelleme: 14.07.2025",
    ])
      expect(parseDateLine(line), line).toEqual({ iso: "2025-07-14", modified: true });
    for (const line of [
      "Опубликовано 12.07.2025",
      "Дата публикации: 12.07.2025",
      "Опубліковано 12.07.2025",
      "Opublikowano: 12.07.2025",
      "Publikováno 12.07.2025",
      "Yayınlanma: 12.07.2025",
    ])
      expect(parseDateLine(line), line).toEqual({ iso: "2025-07-12", modified: false });
    expect(parseDateLine("Опубликовано 12.07.2025 | Обновлено 14.07.2025")).toEqual({
      iso: "2025-07-12",
      modified: false,
      alsoModified: "2025-07-14",
    });
    // Near misses: a sentence opening with the label's word around a date.
    for (const line of [
      "Обновлено расписание парома на лето, первый рейс 14.07.2025",
      "Zaktualizowano rozkład promów na wakacje od 14.07.2025",
      "Güncellenme sonrası feribot tarifesi 14.07.2025 tarihinde başlıyor",
    ])
      expect(parseDateLine(line), line).toBeUndefined();
  });

  it("reads the labels public bodies print with the date's noun, and Swedish and Norwegian 'last updated'", () => {
    for (const line of [
      "Fecha de publicación: 12 de julio de 2025",
      "Data de publicação: 12 de julho de 2025",
      "Data di pubblicazione: 12 luglio 2025",
      "Date de publication : 12 juillet 2025",
    ])
      expect(parseDateLine(line), line).toEqual({ iso: "2025-07-12", modified: false });
    for (const line of ["Fecha de actualización: 14 de julio de 2025", "Senast uppdaterad 14 juli 2025", "Sist oppdatert 14. juli 2025"])
      expect(parseDateLine(line), line).toEqual({ iso: "2025-07-14", modified: true });
    // Near misses: a sentence that names the date's noun or opens with the label's words.
    for (const line of [
      "La fecha de publicación del decreto se conocerá el 12 de julio de 2025",
      "Senast uppdaterad var tidtabellen för färjan den 14 juli 2025",
      "Date de publication du décret : prévue pour le 12 juillet 2025 au plus tard",
    ])
      expect(parseDateLine(line), line).toBeUndefined();
  });

  it("parts a published and an updated date on one line where the second's label opens, with no mark between", () => {
    const both = { iso: "2025-07-25", modified: false, alsoModified: "2025-07-26" };
    for (const line of [
      "Published 2025-07-25 10:30 Updated 2025-07-26 08:00",
      "Publicerad 2025-07-25 10:30 Uppdaterad 2025-07-26 08:00",
      "Veröffentlicht am 25.07.2025, 10:30 Uhr Aktualisiert am 26.07.2025",
      "Publié le 25 juillet 2025 à 10h30 Mis à jour le 26 juillet 2025 à 08h00",
      "Published 25 July 2025, last updated 26 July 2025",
      // The update first: the published date is still the page's, the update its modified date.
      "Updated 26 July 2025 Published 25 July 2025",
      "Zuletzt aktualisiert am 26.07.2025 Veröffentlicht am 25.07.2025",
      "Обновлено 26.07.2025 Опубликовано 25.07.2025",
      // Korean, Japanese and Chinese labels, with no word edge to test.
      "입력 2025.07.25 10:30 수정 2025.07.26 08:00",
      "수정 2025.07.26 08:00 입력 2025.07.25 10:30",
      "公開 2025年7月25日 更新 2025年7月26日",
      "公開日：2025年7月25日 更新日：2025年7月26日",
      "发布时间 2025-07-25 10:30 更新时间 2025-07-26 08:00",
    ])
      expect(parseDateLine(line), line).toEqual(both);
    expect(parseDateLine("입력 2025.07.25 10:30 수정")).toEqual({ iso: "2025-07-25", modified: false });
    // Near misses: the label opens words, not a date; a sentence around both labels; no update among the labels.
    for (const line of [
      "Published 25 July 2025, updated guidance follows",
      "The report was published 25 July 2025 and updated 26 July 2025",
      "Veröffentlicht am 25.07.2025, aktualisiert wird die Liste jeden Montag",
      // A Korean or Japanese label opening a word, not a date: an amendment, an update's notice.
      "입력 2025.07.25 10:30 수정안 2025.07.26 발표",
      "입력 2025.07.25 10:30 수정된 2025.07.26",
      "公開 2025年7月25日 更新情報 2025年7月26日",
    ])
      expect(parseDateLine(line)?.alsoModified, line).toBeUndefined();
    expect(parseDateLine("Published 25 July 2025, updated guidance follows")?.iso).not.toBe("2025-07-26");
    expect(parseDateLine("Published 25 July 2025 Posted 26 July 2025")).toEqual({ iso: "2025-07-25", modified: false });
  });

  it("reads Dutch, Swedish, Norwegian and Danish published and updated labels before a numeric date", () => {
    for (const line of [
      "Gepubliceerd op 25-07-2025",
      "Gepubliceerd op 25/07/2025",
      "Publicerad 25/07/2025",
      "Publisert: 25-07-2025",
      "Publiceret 25/07/2025",
    ])
      expect(parseDateLine(line), line).toEqual({ iso: "2025-07-25", modified: false });
    for (const line of ["Uppdaterad 25/07/2025", "Oppdatert 25-07-2025", "Opdateret: 25/07/2025"])
      expect(parseDateLine(line), line).toEqual({ iso: "2025-07-25", modified: true });
    expect(parseDateLine("Publicerad 14/07/2025 | Uppdaterad 25/07/2025")).toEqual({
      iso: "2025-07-14",
      modified: false,
      alsoModified: "2025-07-25",
    });
    // Near misses: the label's word opening a sentence around a date, a code after the label, no calendar date.
    for (const line of [
      "Gepubliceerd op de website van de gemeente staat de nieuwe dienstregeling vanaf 25-07-2025",
      "Publicerad i tidningen Kustbladet den 25/07/2025 och sedan i radio",
      "Gepubliceerd op 25-07-2025-B",
      "Publicerad 25/13/2025",
    ])
      expect(parseDateLine(line), line).toBeUndefined();
    // On a page: the labelled line under the headline dates it; a dated line in the story does not.
    const story = [
      "De gemeenteraad heeft gisteren besloten dat de veerdienst tussen de twee dorpen voorlopig niet vaart, omdat de kosten veel hoger zijn dan gedacht.",
      "",
      "Volgens de wethouder wordt op 30-08-2025 opnieuw over de veerdienst gesproken, maar bewoners verwachten weinig van dat overleg.",
      "",
      "Bewoners moeten nu elke dag een omweg van bijna een half uur maken om hun werk of de school van hun kinderen te bereiken.",
    ];
    const dated = fromText(["Veerdienst gaat voorlopig niet varen", "", "Gepubliceerd op 25-07-2025", "", ...story].join("\n"));
    expect(dated.datePublished).toBe("2025-07-25");
    expect(fromText(["Veerdienst gaat voorlopig niet varen", "", ...story].join("\n")).datePublished).toBeUndefined();
  });

  it("reads a Czech or Slovak dotted date with a space after each dot, labelled or alone, but no list's numbers", () => {
    expect(parseDateLine("Publikováno 14. 7. 2025")).toEqual({ iso: "2025-07-14", modified: false });
    expect(parseDateLine("Aktualizováno: 14. 7. 2025 10:32")).toEqual({ iso: "2025-07-14", modified: true });
    expect(parseDateLine("14. 7. 2025")).toEqual({ iso: "2025-07-14", modified: false });
    expect(parseDateLine("14.\u00a07.\u00a02025, 10:32")).toEqual({ iso: "2025-07-14", modified: false });
    expect(parseDateLine("Publikováno 3. 11. 2025 | Aktualizováno 4. 11. 2025")).toEqual({
      iso: "2025-11-03",
      modified: false,
      alsoModified: "2025-11-04",
    });
    // Near misses: a version inside a sentence, a list's numbers, a two-digit year.
    expect(parseDateLine("Aktualizace na verzi 1. 2. 2025 přinese opravy chyb v aplikaci.")).toBeUndefined();
    for (const line of ["1. 2. 3.", "1. 2. 3. 2025", "14. 7. 25"]) expect(parseDateLine(line), line).toBeUndefined();
    // On a page: the date line under the headline is the story's date; a version in the story is not.
    const story = [
      "Trajekt na ostrov pojede od pondělí znovu dvakrát denně, protože oprava mola v přístavu skončila dříve.",
      "",
      "Aplikace dopravce ve verzi 1. 2. 2025 opravuje chyby při platbě jízdenek.",
      "",
      "Obec říká, že jízdní řád zůstane stejný až do jara a že v létě přibude další loď pro turisty.",
    ];
    const dated = fromText(["Trajekt jezdí znovu dvakrát denně", "Publikováno 14. 7. 2025", "", ...story].join("\n"));
    expect(dated.datePublished).toBe("2025-07-14");
    expect(fromText(["Trajekt jezdí znovu dvakrát denně", "", ...story].join("\n")).datePublished).toBeUndefined();
  });

  it("reads a date line with a French or Portuguese time and how long ago it was updated", () => {
    const dayFirst = () => "day-first" as const;
    expect(parseDateLine("04/07/2024 21h15 Atualizado há 2 horas", undefined, dayFirst)).toEqual({ iso: "2024-07-04", modified: false });
    expect(parseDateLine("4 juillet 2024 à 21h15, mis à jour il y a 5 min")?.iso).toBe("2024-07-04");
    expect(parseDateLine("July 4, 2024, updated 3 hours ago")?.iso).toBe("2024-07-04");
    // Ages of weeks, months and years too, as an old story's stamp shows them.
    expect(parseDateLine("04/07/2024 21h15 Atualizado há 3 meses", undefined, dayFirst)?.iso).toBe("2024-07-04");
    expect(parseDateLine("4. Juli 2024, aktualisiert vor 2 Monaten")?.iso).toBe("2024-07-04");
    expect(parseDateLine("4 de julio de 2024, actualizado hace 1 año")?.iso).toBe("2024-07-04");
    expect(parseDateLine("July 4, 2024, updated 2 weeks ago")?.iso).toBe("2024-07-04");
    // A sentence around the date is still no date line.
    expect(parseDateLine("O prefeito disse em 04/07/2024 às 21h15 que a obra atrasou 2 meses por causa da chuva")).toBeUndefined();
  });

  it("reads a date line with its update's label and time after the date, and Portuguese labels before it", () => {
    expect(parseDateLine("23 ottobre 2026 - Aggiornato alle 12:10")).toEqual({ iso: "2026-10-23", modified: false });
    expect(parseDateLine("Publicado em 3 de março de 2026 às 10h15")).toEqual({ iso: "2026-03-03", modified: false });
    // A sentence around the date is still no date line.
    expect(parseDateLine("Il consiglio si riunirà il 23 ottobre 2026 alle 12:10 in municipio")).toBeUndefined();
  });
});

describe("bylines", () => {
  it("reads one, two or several authors, in several languages", () => {
    expect(parseByline("By Jane Doe")).toEqual([{ type: "Person", name: "Jane Doe" }]);
    expect(parseByline("By Jane Doe and John Roe")?.map((a) => a.name)).toEqual(["Jane Doe", "John Roe"]);
    expect(parseByline("By Ann Lee, Bo Chen and Cy Dunn")?.map((a) => a.name)).toEqual(["Ann Lee", "Bo Chen", "Cy Dunn"]);
    expect(parseByline("Von Katrin Albers und Jonas Reiter")?.map((a) => a.name)).toEqual(["Katrin Albers", "Jonas Reiter"]);
    expect(parseByline("Par Camille Dufresne")?.map((a) => a.name)).toEqual(["Camille Dufresne"]);
  });

  it("reads the names before a date on the same line, and after a date line", () => {
    expect(parseByline("by Ada Fenwick March 4, 2025 9:30 AM PST")).toEqual([{ type: "Person", name: "Ada Fenwick" }]);
    expect(parseByline("By Ada Fenwick May 2 at 8:15 PM Follow @adafen")).toEqual([{ type: "Person", name: "Ada Fenwick" }]);
    expect(parseByline("Monday 3 March 2025 by Ada Fenwick")).toEqual([{ type: "Person", name: "Ada Fenwick" }]);
    expect(parseByline("The bridge built by Roman engineers still stands")).toBeUndefined();
  });

  it("is not fooled by sentences that start with 'by'", () => {
    expect(parseByline("By the end of the year, the work will be done.")).toBeUndefined();
    expect(parseByline("by: Ada Fenwick")).toEqual([{ type: "Person", name: "Ada Fenwick" }]);
    expect(parseByline("Byzantine art returns to the museum")).toBeUndefined();
  });
});

/** The body of a paragraph of prose, a block of packed lines set apart, then more prose, in one language. */
function proseAround(tag: string, prose: string, block: string[]) {
  const page = [prose, "", ...block, "", `${prose} ${prose}`].join("\n");
  const lines = segment(page).map((line) => classifyLine(line, languageFromTag(tag)));
  return assemble(lines, 0, lines.length, { authors: [] }).body;
}

/** The body of a paragraph of prose, a line packed over a picture's credit, then more prose, in one language. */
function packedOverCredit(tag: string, prose: string, over: string, credit: string) {
  return proseAround(tag, prose, [over, credit]);
}

describe("captions", () => {
  it("splits credits in the styles publishers use", () => {
    expect(splitCredit("Putin in Kursk (Photo: Kremlin Press Office)")).toEqual({
      caption: "Putin in Kursk",
      credit: "Kremlin Press Office",
    });
    expect(splitCredit("Flooded street in Leeds. Photograph: Jane Doe")).toEqual({
      caption: "Flooded street in Leeds.",
      credit: "Jane Doe",
    });
    expect(splitCredit("Crowds at the gate John Smith/Getty Images")).toEqual({
      caption: "Crowds at the gate",
      credit: "John Smith/Getty Images",
    });
    expect(splitCredit("The pier at low tide. Photo by Ana Ruiz")).toEqual({ caption: "The pier at low tide.", credit: "Ana Ruiz" });
    expect(splitCredit("Nets drying on the quay. (Tom Okafor)")).toEqual({ caption: "Nets drying on the quay.", credit: "Tom Okafor" });
    expect(splitCredit("A building in Lgov seen with damage")).toEqual({ caption: "A building in Lgov seen with damage" });
    expect(splitCredit("Flood water in the square | (Photo: Jane Doe)")).toEqual({
      caption: "Flood water in the square",
      credit: "Jane Doe",
    });
    expect(splitCredit("Photo: Jane Doe")).toEqual({ caption: "Photo: Jane Doe" });
  });

  it("reads a labelled credit after every label word, in any case (the word is looked for before the pattern)", () => {
    const words = ["Photo", "Photographs", "Picture", "Pic", "Image", "Credit", "Illustration", "Foto", "Bild", "Fotografía"];
    for (const word of [...words, "Imagen", "Crédit", "Crédito", "Photo credit"]) {
      for (const label of [word, word.toUpperCase(), word.toLowerCase()]) {
        expect(splitCredit(`Nets drying on the quay (${label}: Tom Okafor)`), label).toEqual({
          caption: "Nets drying on the quay",
          credit: "Tom Okafor",
        });
      }
    }
  });

  it("splits a credit after the copyright sign, and reads such a line between paragraphs as a picture, not a heading", () => {
    expect(splitCredit("Le port à marée basse. © Yann Le Goff")).toEqual({ caption: "Le port à marée basse.", credit: "Yann Le Goff" });
    expect(splitCredit("Der Hafen bei Ebbe (© dpa)")).toEqual({ caption: "Der Hafen bei Ebbe", credit: "dpa" });
    expect(splitCredit("El puerto con marea baja ©Ana Ruiz")).toEqual({ caption: "El puerto con marea baja", credit: "Ana Ruiz" });
    // The sign alone, or opening the line, is a footer's, not a credit.
    expect(hasCredit("© 2026 Le Petit Voyageur")).toBe(false);
    const hostile = `${"a ".repeat(5000)}© ${"b".repeat(5000)}`;
    expect(splitCredit(hostile).credit).toBeUndefined();
    const paragraph = (n: number) =>
      `Le petit port numéro ${n} est protégé des vents du large par une presqu'île, et on y vient pour les plages de sable fin.`;
    const page = [paragraph(1), "", "Le port à marée basse, un matin d'octobre. © Yann Le Goff", "", paragraph(2)].join("\n");
    const lines = segment(page).map((line) => classifyLine(line, languageFromTag("fr")));
    const { body } = assemble(lines, 0, lines.length, { authors: [] });
    expect(body.map((block) => block.type)).toEqual(["paragraph", "figure", "paragraph"]);
  });

  it("takes what follows the copyright sign for a credit only when it names a holder, not words in lower case", () => {
    expect(splitCredit("The pier at dawn © 2026 Ann van der Berg")).toEqual({
      caption: "The pier at dawn",
      credit: "2026 Ann van der Berg",
    });
    expect(splitCredit("The pier at dawn (© Ada Lee/Reuters)")).toEqual({ caption: "The pier at dawn", credit: "Ada Lee/Reuters" });
    expect(splitCredit("Nets on the quay © Ada Lee, Harbour Gallery, Port Anna")).toEqual({
      caption: "Nets on the quay",
      credit: "Ada Lee, Harbour Gallery, Port Anna",
    });
    // A heading or a sentence about the sign itself, in several languages: no credit, so a heading stays a heading.
    const pages = {
      en: [
        "Why the © sign matters",
        "The small brewery on the harbour front has taken one of the biggest supermarket chains to court over a label it says was copied.",
      ],
      fr: [
        "Pourquoi le © compte encore",
        "La petite brasserie du port a assigné en justice une des plus grandes chaînes de supermarchés du pays pour une étiquette copiée.",
      ],
      de: [
        "Warum das © auf der Dose zählt",
        "Die kleine Brauerei am Hafen hat eine der größten Supermarktketten des Landes wegen eines Etiketts verklagt, das kopiert worden sei.",
      ],
      es: [
        "Por qué importa el © en la etiqueta",
        "La pequeña cervecería del puerto ha llevado a los tribunales a una de las mayores cadenas de supermercados del país por una etiqueta.",
      ],
    };
    for (const [tag, [heading, paragraph]] of Object.entries(pages)) {
      expect(hasCredit(heading!), heading).toBe(false);
      const page = [paragraph, "", heading, "", paragraph].join("\n");
      const lines = segment(page).map((line) => classifyLine(line, languageFromTag(tag)));
      const { body } = assemble(lines, 0, lines.length, { authors: [] });
      expect(body, heading).toContainEqual({ type: "heading", text: heading, level: 2 });
    }
  });

  it("splits a credit after the word for a photo in Cyrillic, Hebrew, Arabic, Persian and Greek, and reads the line as a picture", () => {
    expect(splitCredit("Паром в порту. Фото: Иван Петров")).toEqual({ caption: "Паром в порту.", credit: "Иван Петров" });
    expect(splitCredit("המעבורת בנמל (צילום: דני כהן)")).toEqual({ caption: "המעבורת בנמל", credit: "דני כהן" });
    expect(splitCredit("العبارة في الميناء (تصوير: سامي علي)")).toEqual({ caption: "العبارة في الميناء", credit: "سامي علي" });
    expect(splitCredit("کشتی در بندر (عکس: سارا احمدی)")).toEqual({ caption: "کشتی در بندر", credit: "سارا احمدی" });
    expect(splitCredit("Το πλοίο στο λιμάνι. Φωτογραφία: Νίκος Παππάς")).toEqual({
      caption: "Το πλοίο στο λιμάνι.",
      credit: "Νίκος Παππάς",
    });
    const paragraph = (n: number) =>
      `המעבורת היחידה של האי חזרה לפעול ביום שני אחרי ${n} חודשי תיקונים במספנה, וכל המקומות בה היו תפוסים כבר בבוקר.`;
    const page = [paragraph(3), "", "המעבורת בנמל, ביום שני בבוקר (צילום: דני כהן)", "", paragraph(4)].join("\n");
    const lines = segment(page).map((line) => classifyLine(line, languageFromTag("he")));
    const { body } = assemble(lines, 0, lines.length, { authors: [] });
    expect(body.map((block) => block.type)).toEqual(["paragraph", "figure", "paragraph"]);
  });

  it("splits a credit after the word for a photo in Catalan, Hungarian, Finnish, Indonesian, Polish, Swahili, Tagalog, Vietnamese and Thai", () => {
    for (const [caption, label, credit] of [
      ["El moll a primera hora.", "Fotografia", "Jordi Ferrer"],
      ["A kikötő hajnalban.", "Fotó", "Nagy Balázs"],
      ["Satama aamulla.", "Kuva", "Aino Virtanen"],
      ["Dermaga pada pagi hari.", "Gambar", "Budi Santoso"],
      ["Przystań o świcie.", "Zdjęcie", "Jan Wrona"],
      ["Gati asubuhi na mapema.", "Picha", "Juma Mwinyi"],
      ["Ang daungan sa umaga.", "Larawan", "Jose Reyes"],
      ["Bến phà lúc sáng sớm.", "Ảnh", "Trần Quốc Bảo"],
      ["ท่าเรือยามเช้า", "ภาพ", "ประยุทธ แก้วมณี"],
    ]) {
      expect(splitCredit(`${caption} ${label}: ${credit}`), label).toEqual({ caption, credit });
      expect(creditOnly(`${label}: ${credit}`), label).toEqual({ credit, labelled: true });
    }
  });

  it("reads a Thai label's word ending a longer word as no label", () => {
    // "สภาพ" (state, condition) ends on the word for a picture; after a vowel sign the word goes on too.
    expect(splitCredit("ท่าเรือ สภาพ: ใช้งานได้")).toEqual({ caption: "ท่าเรือ สภาพ: ใช้งานได้" });
    expect(splitCredit("ท่าเรือที่ภาพ: ใช้งานได้")).toEqual({ caption: "ท่าเรือที่ภาพ: ใช้งานได้" });
  });

  it("reads a caption packed over a Swahili or Vietnamese credit as a picture", () => {
    const pages = {
      sw: {
        prose: "Kivuko pekee cha kisiwa kilirudi kazini Jumatatu baada ya miezi mitatu ya matengenezo, na safari ya kwanza ilijaa abiria.",
        caption: "Abiria wakipanda kivuko asubuhi ya Jumatatu.",
        credit: "Picha: Juma Mwinyi",
      },
      vi: {
        prose: "Chiếc phà duy nhất của hòn đảo đã hoạt động trở lại vào thứ hai sau ba tháng sửa chữa, và chuyến đầu tiên kín chỗ.",
        caption: "Hành khách lên phà vào sáng thứ hai.",
        credit: "Ảnh: Trần Quốc Bảo",
      },
    };
    for (const [tag, { prose, caption, credit }] of Object.entries(pages)) {
      const types = packedOverCredit(tag, prose, caption, credit).map((block) => block.type);
      expect(types, tag).toEqual(["paragraph", "figure", "paragraph"]);
    }
  });

  it('reads a Vietnamese heading opening on "Ảnh hưởng" (influence) over a credited caption as a heading', () => {
    // "Ảnh" alone labels a picture; the same syllable opens the word for influence, a common heading's first word.
    const prose = "Chợ mới đã mở cửa tại cảng cũ, và nhiều người bán hàng vui mừng vì có chỗ rộng rãi hơn trước.";
    const heading = "Ảnh hưởng tới giá cá";
    const page = [prose, "", heading, "", "Người bán xếp cá lúc sáng sớm. Ảnh: Lê Văn Hùng", "", prose].join("\n");
    const lines = segment(page).map((line) => classifyLine(line, languageFromTag("vi")));
    const { body } = assemble(lines, 0, lines.length, { authors: [] });
    expect(body).toContainEqual({ type: "heading", text: heading, level: 2 });
  });

  it("keeps a paragraph of prose packed over a labelled credit as the story's text, beside the credit's picture", () => {
    // A paragraph quoting someone over a picture's credit, in several languages: the credit is the next picture's, whose
    // caption the copy lost, and the paragraph stays in the body.
    const pages = {
      en: {
        prose: "The north harbour reopened on Tuesday after a week in which no boat could leave, and the first crews were out early.",
        paragraph: "Harbour master Tom Okafor said the damage to the pier was lighter than feared. Repairs will take a month.",
        credit: "Photograph: Sam Idowu",
      },
      de: {
        prose:
          "Der Nordhafen ist am Dienstag nach einer Woche wieder geöffnet worden, in der kein Boot auslaufen konnte, und alle sind froh.",
        paragraph: "Hafenmeister Tom Okafor sagte, die Schäden am Anleger seien geringer als befürchtet. Die Reparatur dauert einen Monat.",
        credit: "Foto: dpa",
      },
      fr: {
        prose:
          "Le port du nord a rouvert mardi après une semaine pendant laquelle aucun bateau n'a pu sortir, et les équipages sont repartis.",
        paragraph:
          "Le capitaine du port Yann Le Goff a déclaré que les dégâts étaient moins graves que prévu. Les travaux dureront un mois.",
        credit: "Photo : Claire Martin",
      },
      es: {
        prose:
          "El puerto del norte reabrió el martes después de una semana en la que ningún barco pudo salir, y las tripulaciones volvieron.",
        paragraph:
          "El capitán del puerto, Luis Gil, dijo que los daños en el muelle eran menores de lo temido. La reparación durará un mes.",
        credit: "Foto: Ana Ruiz",
      },
    };
    for (const [tag, { prose, paragraph, credit }] of Object.entries(pages)) {
      expect(packedOverCredit(tag, prose, paragraph, credit), paragraph).toContainEqual({ type: "paragraph", text: paragraph });
    }
  });

  it("reads a Chinese, Japanese or Korean credit alone after its label and colon, equals sign or slash", () => {
    for (const [text, credit] of [
      ["写真：港湾通信", "港湾通信"],
      ["摄影：本报记者 赵海", "本报记者 赵海"],
      ["图片来源：海港社", "海港社"],
      ["사진: 항만통신", "항만통신"],
      ["사진=바다뉴스", "바다뉴스"],
      ["圖／記者周明攝", "記者周明攝"],
    ] as const) {
      expect(creditOnly(text)?.credit, text).toBe(credit);
    }
    // After the same label, a line running on in clauses is the story's sentence, and "사진은" (the photo is) opens one.
    expect(creditOnly("图片来源：码头方面表示，这些旧照片由居民提供。")).toBeUndefined();
    expect(creditOnly("사진은 1930년 나루터의 모습이다")).toBeUndefined();
  });

  it("reads a CJK credit alone between paragraphs as a picture, not as the next section's heading", () => {
    const pages = {
      zh: { prose: "旧码头修缮两年后今天重新开放，第一批乘客在晨雾中登上了渡船，附近居民都来围观。", credit: "摄影：赵海" },
      ja: {
        prose: "改修を終えた古い桟橋が今朝再び開かれ、最初の乗客が朝霧の中で船に乗り込み、近所の人たちも見守った。",
        credit: "写真：港湾通信",
      },
      ko: {
        prose: "2년 동안 보수 공사를 마친 옛 나루터가 오늘 아침 다시 문을 열었고 첫 승객들이 안개 속에 배에 올랐다.",
        credit: "사진=바다뉴스",
      },
    };
    for (const [tag, { prose, credit }] of Object.entries(pages)) {
      const body = proseAround(tag, prose, [credit]);
      expect(
        body.map((block) => block.type),
        tag,
      ).toEqual(["paragraph", "figure", "paragraph"]);
    }
  });

  it("keeps a Thai or Swahili paragraph of two sentences packed over a credit as text, and a one-sentence caption as its picture's", () => {
    const pages = {
      th: {
        prose: "ท่าเรือเก่าทางตะวันออกของเมืองเปิดให้บริการอีกครั้งเมื่อเช้าวันนี้ หลังจากปิดซ่อมแซมนานถึงสองปีเต็ม",
        paragraph: "ผู้จัดการท่าเรือบอกว่าจะเพิ่มเรืออีกหนึ่งลำในเดือนหน้า ส่วนค่าโดยสารจะยังคงเท่าเดิมตลอดปีนี้",
        caption: "ผู้โดยสารขึ้นเรือที่ท่าเรือเก่าในยามเช้า",
        credit: "ภาพ: มานพ ศรีสุข",
      },
      sw: {
        prose: "Kivuko cha zamani kimefunguliwa tena leo asubuhi baada ya matengenezo ya miaka miwili, na abiria wengi walifika mapema.",
        paragraph: "Meneja wa bandari alisema feri nyingine itaongezwa mwezi ujao. Nauli haitabadilika mwaka huu.",
        caption: "Abiria wakipanda feri asubuhi ya leo.",
        credit: "Picha: Halima Said",
      },
    };
    for (const [tag, { prose, paragraph, caption, credit }] of Object.entries(pages)) {
      expect(packedOverCredit(tag, prose, paragraph, credit), tag).toContainEqual({ type: "paragraph", text: paragraph });
      expect(
        packedOverCredit(tag, prose, caption, credit).map((block) => block.type),
        tag,
      ).toEqual(["paragraph", "figure", "paragraph"]);
    }
  });

  it("keeps a story paragraph of one sentence packed over a labelled credit as text", () => {
    const prose = "The north harbour reopened on Tuesday after a week in which no boat could leave, and the first crews were out early.";
    const paragraph = "Harbour master Tom Okafor said the damage to the pier was lighter than feared and that repairs would take a month.";
    expect(packedOverCredit("en", prose, paragraph, "Photograph: Sam Idowu")).toContainEqual({ type: "paragraph", text: paragraph });
  });

  it("reads a caption of one long open sentence packed over its labelled credit as the picture's, in any language", () => {
    const pages = {
      ca: {
        prose: "El vell moll del port ha tornat a obrir aquest matí després de dos anys d'obres, i els veïns n'estan contents.",
        caption: "Els primers passatgers fan cua per pujar a la barca acabada de pintar al vell moll enmig de la boira del matí",
        credit: "Foto: Pere Vidal",
      },
      el: {
        prose: "Η παλιά προβλήτα του λιμανιού άνοιξε ξανά σήμερα το πρωί μετά από δύο χρόνια εργασιών, και οι κάτοικοι χάρηκαν.",
        caption: "Οι πρώτοι επιβάτες περιμένουν στην ουρά για να ανέβουν στο καινούργιο σκάφος στην παλιά προβλήτα μέσα στην ομίχλη",
        credit: "Φωτογραφία: Νίκος Ανδρέου",
      },
      fr: {
        prose: "Le vieux quai du port a rouvert ce matin après deux ans de travaux, et les habitants du quartier sont ravis.",
        caption: "Les premiers passagers font la queue pour monter à bord du bateau repeint sur le vieux quai dans la brume du matin",
        credit: "Photo : Lucie Bernard",
      },
    };
    for (const [tag, { prose, caption, credit }] of Object.entries(pages)) {
      expect(packedOverCredit(tag, prose, caption, credit), tag).toContainEqual({
        type: "figure",
        caption,
        credit: credit.replace(/^.*:\s*/u, ""),
      });
    }
  });

  it("leaves a paragraph set apart over a labelled credit packed over the line under it as text", () => {
    const pages = {
      el: {
        prose: "Η παλιά προβλήτα άνοιξε ξανά σήμερα το πρωί. Οι πρώτοι επιβάτες ανέβηκαν στο σκάφος μέσα στην ομίχλη.",
        caption: "Επιβάτες ανεβαίνουν στο σκάφος στην παλιά προβλήτα",
        credit: "Φωτογραφία: Νίκος Ανδρέου",
      },
      ro: {
        prose: "Vechiul chei s-a redeschis în această dimineață. Primii pasageri au urcat pe vas prin ceața dimineții.",
        caption: "Pasagerii urcă pe vas la vechiul chei",
        credit: "Foto: Ioana Marin",
      },
      tr: {
        prose: "Eski iskele bu sabah yeniden açıldı. İlk yolcular sabah sisinde tekneye bindi.",
        caption: "Yolcular eski iskelede tekneye biniyor",
        credit: "Fotoğraf: Mehmet Demir",
      },
      // A short sentence over the credit, too short to read as prose: only the credit's place tells.
      sw: {
        prose: "Kivuko kimefunguliwa tena leo.",
        caption: "Abiria wakipanda feri asubuhi ya leo",
        credit: "Picha: Halima Said",
      },
    };
    for (const [tag, { prose, caption, credit }] of Object.entries(pages)) {
      const body = proseAround(tag, prose, [credit, caption]);
      expect(body[0], tag).toEqual({ type: "paragraph", text: prose });
      expect(body[1], tag).toEqual({ type: "figure", caption: credit });
    }
  });

  it("keeps a line under a labelled credit out of the picture: a paragraph, a sub-heading or a date line has its shape", () => {
    // Review of cj98: a caption under its credit was read in every language, and so were these.
    const credit = "Foto: Ana Ruiz";
    for (const under of [
      "El ayuntamiento publicará el nuevo horario en su página web antes de que acabe el mes.",
      "Qué pasará con el viejo transbordador",
      "Publicado el 4 de mayo de 2026, 10:32",
    ]) {
      const body = proseAround("es", "El muelle reabrió el lunes. Cientos de vecinos lo celebraron en el puerto.", [credit, under]);
      expect(body, under).toContainEqual({ type: "figure", caption: credit });
      expect(
        body.some((block) => block.type === "figure" && block.caption === under),
        under,
      ).toBe(false);
    }
  });

  it("keeps a paragraph ending on a quotation without its stop, packed over a labelled credit, as text", () => {
    const paragraph = "The mayor told the crowd that the town had waited long enough and added: “Today the pier is yours again”";
    expect(packedOverCredit("en", "The pier reopened on Monday.", paragraph, "Photo: Ada Lee")).toContainEqual({
      type: "paragraph",
      text: paragraph,
    });
  });

  it("reads a caption holding a title's or a name's stop over its credit as one sentence, the picture's", () => {
    for (const caption of [
      "Gov. Maria Ortez cuts the ribbon at the pier on Monday",
      "Crew members of the U.S. Navy watch the first crossing",
    ]) {
      expect(packedOverCredit("en", "The pier reopened on Monday.", caption, "Photo: Ada Lee"), caption).toContainEqual({
        type: "figure",
        caption,
        credit: "Ada Lee",
      });
    }
  });

  it("takes no lead paragraph set apart over a credit for the lead picture's caption when the credit is packed over its own", () => {
    const page = [
      "Νέα του Λιμανιού",
      "",
      "Η παλιά προβλήτα ανοίγει ξανά μετά από δύο χρόνια",
      "",
      "11 Μαρτίου 2026",
      "",
      "Η παλιά προβλήτα άνοιξε ξανά σήμερα το πρωί. Οι πρώτοι επιβάτες ανέβηκαν στο σκάφος μέσα στην ομίχλη.",
      "",
      "Φωτογραφία: Νίκος Ανδρέου",
      "Επιβάτες ανεβαίνουν στο σκάφος στην παλιά προβλήτα",
      "",
      "Η λιμενική αρχή είπε ότι η νέα αίθουσα αναμονής χωράει διακόσια άτομα. Τα παιδιά ταξιδεύουν δωρεάν.",
    ].join("\n");
    const article = fromText(page, { source: "lead.txt" });
    const captions = [article.image, ...article.body.filter((block) => block.type === "figure")].map((figure) => figure?.caption);
    expect(captions).not.toContain(page.split("\n")[6]);
    expect(article.body).toContainEqual({ type: "paragraph", text: page.split("\n")[6] });
  });

  it("splits a Hindi credit after its label, an Italian or Polish one without a colon, and a Korean one without brackets", () => {
    for (const [text, caption, credit] of [
      ["मछली बाजार में सुबह की भीड़। फोटो: अमित जोशी", "मछली बाजार में सुबह की भीड़।", "अमित जोशी"],
      ["मछली बाजार में सुबह की भीड़ (फ़ोटो: अमित जोशी)", "मछली बाजार में सुबह की भीड़", "अमित जोशी"],
      ["Le reti stese ad asciugare sul molo (foto Marco Neri)", "Le reti stese ad asciugare sul molo", "Marco Neri"],
      ["Le reti stese ad asciugare sul molo (Foto Ansa)", "Le reti stese ad asciugare sul molo", "Ansa"],
      ["Sieci suszą się na nabrzeżu. Fot. Jan Wrona", "Sieci suszą się na nabrzeżu.", "Jan Wrona"],
      ["Sieci suszą się na nabrzeżu (fot. Jan Wrona)", "Sieci suszą się na nabrzeżu", "Jan Wrona"],
      ["그물을 말리는 어민들. 사진=김민수 기자", "그물을 말리는 어민들.", "김민수 기자"],
      ["그물을 말리는 어민들. 사진 김민수 기자", "그물을 말리는 어민들.", "김민수 기자"],
      ["그물을 말리는 어민들 사진=해안뉴스", "그물을 말리는 어민들", "해안뉴스"],
    ]) {
      expect(splitCredit(text!), text).toEqual({ caption, credit });
    }
  });

  it("takes no credit from the word for a photo without a colon in a title or a sentence", () => {
    for (const text of [
      "Le reti sul molo (foto d'archivio)",
      "Il concorso Foto Finish",
      "La mostra di foto Marco Neri",
      "Wystawa fotografii (fotografia Jana Wrony)",
      "어민들이 사진을 찍었다",
      "그는 삼십 년 경력의 사진 기자",
      "할머니는 옛 사진 한 장을 꺼냈다",
      "W konkursie wygrał fot. Jan Wrona",
      "글·사진=이지은 기자",
      "글 · 사진 이지은 기자",
      "취재·사진=이지은 기자",
    ]) {
      expect(splitCredit(text), text).toEqual({ caption: text });
    }
  });

  it("splits a photographer's credit in brackets off a Chinese, Japanese or Korean caption, and reads the line as a picture", () => {
    expect(splitCredit("港に停泊する渡し船（15日午前、山田太郎撮影）")).toEqual({
      caption: "港に停泊する渡し船",
      credit: "15日午前、山田太郎撮影",
    });
    expect(splitCredit("图为停靠在码头的渡轮。（记者 李华 摄）")).toEqual({ caption: "图为停靠在码头的渡轮。", credit: "记者 李华 摄" });
    expect(splitCredit("여객선이 항구에 정박해 있다. (사진=김민수 기자)")).toEqual({
      caption: "여객선이 항구에 정박해 있다.",
      credit: "사진=김민수 기자",
    });
    // An agency or a note in brackets without the word for a photo is no credit.
    expect(hasCredit("会议在北京举行（新华社）")).toBe(false);
    expect(hasCredit(`渡轮（${"摄 ".repeat(5000)}）`)).toBe(false);
    const page = [...ZH_FERRY_STORY, "", "停靠在码头的渡轮。（记者 李华 摄）", "", ...ZH_FERRY_STORY.slice(0, 1)].join("\n");
    const lines = segment(page).map((line) => classifyLine(line, languageFromTag("zh")));
    const { body } = assemble(lines, 0, lines.length, { authors: [] });
    expect(body).toContainEqual({ type: "figure", caption: "停靠在码头的渡轮。", credit: "记者 李华 摄" });
  });

  it("takes a gallery's title opening with 'In pictures:' or 'En images :' for no credit, and keeps it as the headline", () => {
    for (const title of [
      "In pictures: the last herring boats of the north harbour",
      "In photos: a winter of storms on the island",
      "En images : les derniers bateaux du port du nord",
    ]) {
      expect(hasCredit(title), title).toBe(false);
      const page = [
        "Menu",
        "News",
        "",
        title,
        "For a century the harbour's fleet chased the silver shoals. Now three boats remain.",
        "By Hannah Price",
        "21 September 2026",
        "",
        "The north harbour once held more than two hundred herring boats. Today three still put to sea, crewed by families.",
        "",
        "The smokehouse closed in 1998, but the family still smokes a few boxes of fish each week for friends and neighbours.",
        "",
        "The skipper's granddaughter joined the crew last year after finishing college, and she says she wants nothing else.",
      ];
      expect(fromText(page.join("\n")).headline, title).toBe(title);
    }
    expect(splitCredit("The pier at dawn. Photo: Ada Lee")).toEqual({ caption: "The pier at dawn.", credit: "Ada Lee" });
  });

  it("takes no label inside a word, abbreviation or product in brackets for a credit", () => {
    expect(hasCredit("Topics: ferries, harbours, tides")).toBe(false);
    expect(splitCredit("Harbour Relay Controller (HRC)")).toEqual({ caption: "Harbour Relay Controller (HRC)" });
    expect(splitCredit("Tide tables for the week (TideKit)")).toEqual({ caption: "Tide tables for the week (TideKit)" });
    expect(splitCredit("Nets drying on the quay. (AP)")).toEqual({ caption: "Nets drying on the quay.", credit: "AP" });
  });

  it("takes no acronym, ticker or code in capitals in brackets for a credit, but an agency's initials", () => {
    for (const text of [
      "Health agency backs the new vaccine plan (WHO)",
      "Trade pact signed after long talks (EU-US)",
      "Der Hafen bekommt einen neuen Kran (ABC-DEFG)",
      "Les ministres se retrouvent à Bruxelles (UE-OTAN)",
      "La flota vuelve al puerto tras las maniobras (OTAN)",
      "Acme Corp reports a record quarter (NASDAQ: ACME)",
    ])
      expect(splitCredit(text), text).toEqual({ caption: text });
    expect(splitCredit("Fishermen land the first catch (EPA)")).toEqual({ caption: "Fishermen land the first catch", credit: "EPA" });
    expect(splitCredit("Les pêcheurs au port (AFP)")).toEqual({ caption: "Les pêcheurs au port", credit: "AFP" });
    const captions = ["Fishermen land the first catch", "Les pêcheurs au port", "Die Fähre im Hafen", "La flota en el puerto"];
    for (const [index, credit] of ["EPA-EFE", "REUTERS", "AFP PHOTO", "XINHUA", "KYODO", "BELGA", "YONHAP", "NTB", "SIPA"].entries()) {
      const caption = captions[index % captions.length]!;
      expect(splitCredit(`${caption} (${credit})`), credit).toEqual({ caption, credit });
    }
    expect(splitCredit("The ferry returns to service (Reuters)")).toEqual({ caption: "The ferry returns to service", credit: "Reuters" });
  });

  it("reads agencies and a photographer joined by slashes in brackets as the credit, but no pair of terms or codes", () => {
    expect(splitCredit("De veerboot vaart weer uit (AP/ANP)")).toEqual({ caption: "De veerboot vaart weer uit", credit: "AP/ANP" });
    expect(splitCredit("Les pêcheurs au port (AFP / EPA)")).toEqual({ caption: "Les pêcheurs au port", credit: "AFP / EPA" });
    expect(splitCredit("Die Fähre im Hafen (Tom Okafor/Reuters)")).toEqual({ caption: "Die Fähre im Hafen", credit: "Tom Okafor/Reuters" });
    for (const text of ["Ports of the relay board (Input/Output)", "The stack runs on the old links (TCP/IP)", "Talks on the pact (EU/US)"])
      expect(splitCredit(text), text).toEqual({ caption: text });
    // Slashes and capitals that almost fit: the slash is no word's character, so the names part one way only.
    for (const text of [`x (${"A/".repeat(50_000)}a)`, `x (${"Ab Cd/".repeat(20_000)} )`, `x (${"A".repeat(100_000)}/ )`])
      expect(splitCredit(text).credit, text.slice(0, 20)).toBeUndefined();
  });

  it("reads a handout's source carried by an agency, and a lender's courtesy credit, in brackets as the credit", () => {
    for (const [text, caption, credit] of [
      ["Police released the picture on Monday. (Harbour Police via AP)", "Police released the picture on Monday.", "Harbour Police via AP"],
      ["Die Fähre vor der Küste (Küstenwache via Reuters)", "Die Fähre vor der Küste", "Küstenwache via Reuters"],
      ["The old pier in 1910. (Courtesy of the Harbour Museum)", "The old pier in 1910.", "the Harbour Museum"],
      ["The crew on the quay. (Photo courtesy Ada Lee)", "The crew on the quay.", "Ada Lee"],
      ["La vieja lonja en 1950. (Cortesía de la familia Ruiz)", "La vieja lonja en 1950.", "la familia Ruiz"],
      ["Il vecchio molo. (Per gentile concessione di Anna Rossi)", "Il vecchio molo.", "Anna Rossi"],
    ])
      expect(splitCredit(text!), text).toEqual({ caption, credit });
    // Under the byline and date, such a caption is the lead picture's, not the story's first paragraph.
    const page = [
      "Rare white seal seen in the harbour",
      "",
      "By ADA LEE",
      "Published 4:17 PM EDT, June 11, 2024",
      "",
      "A white seal rests on the slipway at dawn, June 9, 2024. (Harbour Police via AP)",
      "",
      "HARBOURTON (AP) — A rare white seal has been seen resting on the slipway of the old harbour, delighting the crew of the morning ferry.",
      "",
      "A deckhand photographed the animal on Sunday as the first sailing of the day left the quay for the island.",
    ].join("\n");
    const article = fromText(page);
    expect(article.body[0]).toMatchObject({ type: "paragraph", text: expect.stringMatching(/^HARBOURTON \(AP\)/) });
    expect(article.image?.credit).toBe("Harbour Police via AP");
    // Near misses: a route or an aside with "via", and a courtesy that lends nothing.
    for (const text of [
      "Trains run between the two cities every hour (Lyon via Paris)",
      "He left the hall early (via the back door)",
      "The mayor met the captain on Friday (courtesy call)",
      // A lender in lower case is a story's aside, as in a list of what a day offered, or Spanish "on the house".
      "Free coffee on every crossing (courtesy of the ferry line)",
      "El café corrió por cuenta del bar (cortesía de la casa)",
    ])
      expect(splitCredit(text), text).toEqual({ caption: text });
  });

  it("takes no pair of places, teams or products joined by a slash in brackets for a credit, but agencies so joined", () => {
    for (const text of [
      "Planes wait at the hub (Dallas/Fort Worth)",
      "Cranes unload at the twin ports (Los Angeles/Long Beach)",
      "Snow closes the schools (Minneapolis/St. Paul)",
      "Die Teams testen in Bahrain (Mercedes/Red Bull)",
      "El derbi se juega el sábado (Real Madrid/Atlético)",
      "The tool runs on both systems (Windows/Mac OS)",
    ])
      expect(splitCredit(text), text).toEqual({ caption: text });
    expect(splitCredit("Die Fähre im Hafen (Getty/AFP)")).toEqual({ caption: "Die Fähre im Hafen", credit: "Getty/AFP" });
    expect(splitCredit("The ferry at the quay (Reuters/Pool)")).toEqual({ caption: "The ferry at the quay", credit: "Reuters/Pool" });
    expect(splitCredit("The ferry at the quay (Ada Lee / The Harbour Times)")).toEqual({
      caption: "The ferry at the quay",
      credit: "Ada Lee / The Harbour Times",
    });
    expect(splitCredit("The ferry at the quay (Mara Quill/Getty Images)")).toEqual({
      caption: "The ferry at the quay",
      credit: "Mara Quill/Getty Images",
    });
    // An agency's picture carried by a library: "via" names the library after it.
    for (const credit of ["Mara Quill/AFP via Getty Images", "Mara Quill/Bloomberg via Getty Images"])
      expect(splitCredit(`The ferry at the quay on Thursday. (${credit})`), credit).toEqual({
        caption: "The ferry at the quay on Thursday.",
        credit,
      });
    // Unbracketed after the caption's sentence, the credit starts after its last word, not at the word.
    expect(splitCredit("Fans cheer in Madrid. Mara Quill/Europa Press via Getty Images")).toEqual({
      caption: "Fans cheer in Madrid",
      credit: "Mara Quill/Europa Press via Getty Images",
    });
    expect(splitCredit("Fans cheer at the quay. J. Quill/Reuters")).toEqual({
      caption: "Fans cheer at the quay",
      credit: "J. Quill/Reuters",
    });
    // A title's stop ends no sentence: the credit starts at the title.
    expect(splitCredit("Fans cheer at the quay. Prof. Mara Quill/Reuters")).toEqual({
      caption: "Fans cheer at the quay",
      credit: "Prof. Mara Quill/Reuters",
    });
    // "via" between names no agency signs is a route or a pair of places, not a credit.
    for (const text of [
      "The line runs on to the coast (Harbourton/Kestrel via Eastwick)",
      "Trains to the coast (Dallas/Fort Worth via Austin)",
    ])
      expect(splitCredit(text), text).toEqual({ caption: text });
  });

  it("reads a caption with a long run of spaces or of name characters before its end in time linear in the line", () => {
    // Each credit pattern opens with a run of spaces or separators; tried from every place of such a run, each went over
    // the rest of the line (minutes for these lines). Only the line's tail, where a credit can stand, is searched.
    const spaces = `x${" ".repeat(400_000)}y)`;
    expect(splitCredit(spaces)).toEqual({ caption: spaces });
    const dotted = `x (${"A.-".repeat(130_000)}/a)`;
    expect(splitCredit(dotted)).toEqual({ caption: dotted });
    const slashed = `x ${"A.-".repeat(130_000)}/a`;
    expect(splitCredit(slashed)).toEqual({ caption: slashed });
    const by = `x${" ".repeat(400_000)}y photo by`;
    expect(splitCredit(by)).toEqual({ caption: by });
    const credited = `Boats in the bay${" ".repeat(400_000)}(Reuters/Pool)`;
    expect(splitCredit(credited)).toEqual({ caption: "Boats in the bay", credit: "Reuters/Pool" });
  });

  it("keeps a headline ending in an acronym in brackets as the headline", () => {
    const story = [
      "The agency's experts met on Monday and agreed that the plan could start in the spring, once the member states have signed it.",
      "",
      "Clinics on the islands will be the first to receive the doses, and the ferries will carry them from the mainland each week.",
      "",
      "Officials said the cost would be shared, and that the plan would be reviewed after a year of use in every region that takes part.",
    ];
    const headline = "Health agency backs the new vaccine plan (WHO)";
    const page = ["Home", "News", "", headline, "By Ada Fenwick", "4 March 2025", "", ...story];
    expect(fromText(page.join("\n"), { meta: { inLanguage: "en" } }).headline).toBe(headline);
  });

  it("keeps a line that is only a credit whole, and tells it from other slashed lines", () => {
    expect(splitCredit("Tomas Brehm/Harbour Images/Getty Images")).toEqual({ caption: "Tomas Brehm/Harbour Images/Getty Images" });
    expect(creditOnly("Tomas Brehm/AP")).toEqual({ credit: "Tomas Brehm/AP", labelled: false });
    expect(creditOnly("(tbrehm/iStock/Getty Images)")).toEqual({ credit: "tbrehm/iStock/Getty Images", labelled: false });
    expect(creditOnly("Photo by Mara Quill")).toEqual({ credit: "Mara Quill", labelled: true });
    expect(creditOnly("(Bild: Stadtarchiv)")).toEqual({ credit: "Stadtarchiv", labelled: true });
    for (const text of ["Enter the day as mm/dd/yy", "read/write access", "TCP/IP", "Photos of the week in the valley"])
      expect(creditOnly(text)).toBeUndefined();
    // Lines of capitals that almost fit once made a single pattern backtrack for minutes.
    expect(creditOnly(`${"A".repeat(38)} /${"A".repeat(38)}!`)).toBeUndefined();
    expect(creditOnly(`${"AbCdEfGhIj ".repeat(4)}/${"AbCdEfGhIj".repeat(3)}!`)).toBeUndefined();
    expect(hasCredit("Tomas Brehm/AP")).toBe(true);
  });

  it("does not take a line that nearly ends in a credit for one", () => {
    // When the credit patterns let words run together, each of these lines kept them backtracking for seconds to minutes.
    for (const text of [
      `x ${"A".repeat(40)}/${"B".repeat(40)}!`,
      `x (${"ABCDEFGH".repeat(10)} 1)`,
      `x ${"AbCd".repeat(20)} /Ab${"Cd".repeat(20)} x`,
    ]) {
      expect(hasCredit(text)).toBe(false);
      expect(splitCredit(text)).toEqual({ caption: text });
    }
  });

  it("makes figures of captions, credits below captions and credits alone, but not of titles or announced lines", () => {
    const page = [
      "The ferry left the harbour at dawn with forty passengers on board, most of them workers heading to the island's fish plant for the morning shift.",
      "The old ferry waiting at the quay.",
      "Photo by Mara Quill",
      "Its replacement has been delayed twice by the shipyard, which blames a shortage of steel and of welders for the late delivery of the new hull.",
      "Tomas Brehm/Getty Images",
      "The council says the old vessel can run for one more winter, though its engines have failed three times since the spring and repairs cost more each time.",
      "How the Island Lost Its Only Ferry and What Comes Next",
      "Passengers who missed the last sailing in March spent the night in the waiting room, and some of them have written to the council to ask for a refund.",
      "The timetable for the summer reads as follows:",
      "Morning sailings only, from the north pier",
      "Evening sailings will return once the new ferry is in service, which the council now expects to happen at the end of the autumn at the earliest.",
    ].join("\n\n");
    const language = languageFromTag("en");
    const lines = segment(page).map((line) => classifyLine(line, language));
    const { body } = assemble(lines, 0, lines.length, { authors: [] });
    expect(body.filter((block) => block.type === "figure")).toEqual([
      { type: "figure", caption: "The old ferry waiting at the quay.", credit: "Mara Quill" },
      { type: "figure", caption: "Tomas Brehm/Getty Images" },
    ]);
    // A line set in title case is a heading, not a caption; the line a colon announces is neither.
    expect(body.filter((block) => block.type === "heading")).toEqual([
      { type: "heading", text: "How the Island Lost Its Only Ferry and What Comes Next", level: 2 },
    ]);
    expect(body).toContainEqual({ type: "paragraph", text: "Morning sailings only, from the north pier" });
  });

  it("takes no teaser, related link, announcing line or clause cut short for a caption", () => {
    const prose =
      "The ferry left the harbour at dawn with forty passengers on board, most of them workers heading to the island's fish plant.";
    const candidates = [
      "Why the island's last boatyard closed after a century of building wooden hulls for the fishing fleet… Read more",
      "See also: The council votes again on the future of the harbour and the old ferry terminal building",
      "When the council plans a new timetable, it asks the questions below to keep the ferry running on time:7",
      "If the speed of the ferry is written as the distance over the time, then the fare per mile is given as",
    ];
    const page = [prose, ...candidates.flatMap((candidate) => [candidate, prose])].join("\n\n");
    const lines = segment(page).map((line) => classifyLine(line, languageFromTag("en")));
    const { body } = assemble(lines, 0, lines.length, { authors: [] });
    expect(body.filter((block) => block.type === "figure")).toEqual([]);
    // The teaser and the related link belong to other stories; the other lines are text of this one.
    expect(body.filter((block) => block.type === "paragraph").map((block) => (block.type === "paragraph" ? block.text : ""))).toEqual([
      prose,
      prose,
      prose,
      ...candidates.slice(2).flatMap((candidate) => [candidate, prose]),
    ]);
  });

  it("reads a clause cut short in the page's language only: an English caption may end on a German article, die", () => {
    const prose =
      "The ferry left the harbour at dawn with forty passengers on board, most of them workers heading to the island's fish plant.";
    const caption = "The old hulls on the mudflats where the fleet's wooden boats were left to die";
    const english = segment([prose, caption, prose].join("\n\n")).map((line) => classifyLine(line, languageFromTag("en")));
    expect(assemble(english, 0, english.length, { authors: [] }, languageFromTag("en")).body).toContainEqual({ type: "figure", caption });
    const germanProse =
      "Die Fähre verließ den Hafen im Morgengrauen mit vierzig Fahrgästen an Bord, die meisten auf dem Weg zur Fischfabrik der Insel.";
    const cut = "Wenn der Fahrpreis pro Meile berechnet wird, gilt für die Strecke die Formel der";
    const german = segment([germanProse, cut, germanProse].join("\n\n")).map((line) => classifyLine(line, languageFromTag("de")));
    expect(assemble(german, 0, german.length, { authors: [] }, languageFromTag("de")).body).toContainEqual({
      type: "paragraph",
      text: cut,
    });
  });

  it("does not split a bracketed credit note that covers the whole line", () => {
    expect(hasCredit("(All pictures: Harbour Archive)")).toBe(false);
  });
});

describe("repeated lines and datelines", () => {
  const ferryParagraph =
    "The ferry left the harbour at dawn with forty passengers on board, most of them workers heading to the island's fish plant for the morning shift.";

  it("makes no figure of a reference quoted twice in a row", () => {
    const note = "^ Doe, Jane (2020). A History of Island Ferries. Harbour Press. p. 12.";
    const lines = segment([ferryParagraph, `${note}\n${note}`].join("\n\n")).map((line) => classifyLine(line, languageFromTag("en")));
    const { body } = assemble(lines, 0, lines.length, { authors: [] });
    expect(body.some((block) => block.type === "figure")).toBe(false);
  });

  it("takes a Chinese news dateline for the opening of the story, not a heading", () => {
    const page = [
      "本报上海5月2日电",
      "港口管理局今天宣布，新的渡轮将于明年春天投入使用，届时往返两岛的航班将增加一倍，候船时间也会大大缩短。",
    ].join("\n\n");
    const lines = segment(page).map((line) => classifyLine(line, languageFromTag("zh")));
    const { body } = assemble(lines, 0, lines.length, { authors: [] }, languageFromTag("zh"));
    expect(body[0]).toEqual({ type: "paragraph", text: "本报上海5月2日电" });
  });
});

describe("body region", () => {
  it("takes in the story's opening paragraphs above a box set into it", () => {
    const language = languageFromTag("en");
    const paragraph = (topic: string) =>
      `The harbour board said on Tuesday that ${topic} would be reviewed over the winter, after islanders who work late shifts on the mainland complained that the timetable no longer fits their jobs.`;
    const page = [
      "Home",
      "News",
      "",
      paragraph("the night ferry"),
      "",
      paragraph("the fare for cyclists"),
      "",
      "Recommended",
      "Why the Pier Was Rebuilt",
      "Ada Fenwick",
      "Jul 4, 2024",
      "Three Islands, One Ferry",
      "Tom Okafor",
      "Mar 2, 2023",
      "",
      paragraph("the car deck"),
      "",
      paragraph("the winter timetable"),
      "",
      paragraph("the booking office"),
      "",
      paragraph("the waiting room"),
      "",
    ].join("\n");
    const lines = segment(page).map((line) => classifyLine(line, language));
    const region = findRegion(lines);
    expect(lines[region.start]!.text).toBe(paragraph("the night ferry"));
    expect(lines[region.end - 1]!.text).toBe(paragraph("the waiting room"));
  });
});

describe("lists", () => {
  it("reads lines marked with plus signs as a list, as changelogs set them", () => {
    const language = languageFromTag("en");
    const intro =
      "The spring timetable brings several changes for passengers on the island routes, which the harbour board listed on Monday:";
    const page = [intro, "", "+ Added a late sailing on Fridays", "+ Added bike racks", "+ Cafe opens earlier", "", intro].join("\n");
    const lines = segment(page).map((line) => classifyLine(line, language));
    const { body } = assemble(lines, 0, lines.length, { authors: [] });
    expect(body).toContainEqual({
      type: "list",
      ordered: false,
      items: [{ text: "Added a late sailing on Fridays" }, { text: "Added bike racks" }, { text: "Cafe opens earlier" }],
    });
  });

  it("reads a list copied without its bullets under a heading of its own between the story's paragraphs, in several languages", () => {
    const stories = {
      en: {
        before: "The harbour board published the winter timetable on Monday, after a month of talks with the ferry crews and the shops.",
        heading: "What is changing",
        points: ["The first sailing leaves earlier", "Bikes travel free on weekdays", "The café opens at six"],
        after: "The board said the changes would be reviewed in the spring, when the summer timetable is drawn up with the islanders.",
      },
      de: {
        before:
          "Der Hafenrat hat am Montag den Winterfahrplan veröffentlicht, nach einem Monat der Gespräche mit den Besatzungen und den Läden.",
        heading: "Was sich ändert",
        points: ["Die erste Fähre fährt früher", "Fahrräder fahren werktags kostenlos", "Das Café öffnet um sechs"],
        after: "Der Rat sagte, die Änderungen würden im Frühjahr geprüft, wenn der Sommerfahrplan mit den Inselbewohnern erstellt wird.",
      },
    };
    for (const [tag, { before, heading, points, after }] of Object.entries(stories)) {
      const page = [before, "", heading, "", ...points, "", after].join("\n");
      const lines = segment(page).map((line) => classifyLine(line, languageFromTag(tag)));
      const { body } = assemble(lines, 0, lines.length, { authors: [] });
      expect(body, tag).toEqual([
        { type: "paragraph", text: before },
        { type: "heading", text: heading, level: 2 },
        { type: "list", ordered: false, items: points.map((text) => ({ text })) },
        { type: "paragraph", text: after },
      ]);
    }
  });

  it("reads no such list from names or labels of a word, packed lines with no heading or no prose under them, titles, or a sentence wrapped by hand", () => {
    const language = languageFromTag("en");
    const before = "The harbour board published the winter timetable on Monday, after a month of talks with the ferry crews and the shops.";
    const after = "The board said the changes would be reviewed in the spring, when the summer timetable is drawn up with the islanders.";
    const points = ["The first sailing leaves earlier", "Bikes travel free on weekdays", "The café opens at six"];
    for (const [name, page] of [
      ["single words", [before, "", "Sponsors", "", "Harbourside", "Kestrel", "Quayline", "", after]],
      ["no heading", [before, "", ...points, "", after]],
      ["no prose under", [before, "", "What is changing", "", ...points]],
      [
        "titles",
        [
          before,
          "",
          "Elsewhere",
          "",
          "Ferry Strike Called Off At Last",
          "Lighthouse Keeper Retires",
          "New Bakery Opens On The Quay",
          "",
          after,
        ],
      ],
      [
        "wrapped",
        [before, "", "In her own words", "", "We have lived here for", "thirty years and never seen", "the water rise so high", "", after],
      ],
    ] as const) {
      const lines = segment(page.join("\n")).map((line) => classifyLine(line, language));
      const { body } = assemble(lines, 0, lines.length, { authors: [] });
      expect(
        body.some((block) => block.type === "list"),
        name,
      ).toBe(false);
    }
  });

  it("reads such a list of names with their roles, of points in German, or with an item opening on a brand", () => {
    const before = "The harbour board published the winter timetable on Monday, after a month of talks with the ferry crews and the shops.";
    const after = "The board said the changes would be reviewed in the spring, when the summer timetable is drawn up with the islanders.";
    const vor =
      "Der Hafenrat hat am Montag den Winterfahrplan veröffentlicht, nach einem Monat der Gespräche mit den Fährleuten und Geschäften.";
    const nach =
      "Der Rat sagte, die Änderungen würden im Frühjahr überprüft, wenn der Sommerfahrplan mit den Inselbewohnern erstellt wird.";
    for (const [tag, items, page] of [
      ["en", ["Ada Lee, Mayor", "Tom Okafor, Treasurer", "Mara Quill, Harbour Master"], [before, "", "Who is on the council", ""]],
      ["de", ["Weniger Fahrten am Sonntag", "Neue Haltestelle auf Kestrel", "Spätere Boote im Sommer"], [vor, "", "Was sich ändert", ""]],
      ["en", ["A valid bank card", "iPhone or Android phone", "An email address"], [before, "", "What you need", ""]],
    ] as const) {
      const language = languageFromTag(tag);
      const lines = segment([...page, ...items, "", tag === "de" ? nach : after].join("\n")).map((line) => classifyLine(line, language));
      const { body } = assemble(lines, 0, lines.length, { authors: [] }, language);
      expect(
        body.find((block) => block.type === "list"),
        items[0],
      ).toMatchObject({ items: items.map((text) => ({ text })) });
    }
  });

  it("keeps the points a colon announces, set a line each without bullets, and drops packed labels no colon announces", () => {
    const pages = {
      en: {
        intro: "Before you book a crossing for the winter months, the harbour board asks every passenger to think about the following:",
        points: ["Which sailings run late", "Where bikes are stored", "How tickets are checked"],
        after: "The board will publish the full winter timetable on its notice board beside the ticket window at the end of the month.",
      },
      de: {
        intro:
          "Bevor Sie eine Überfahrt für die Wintermonate buchen, bittet der Hafenrat alle Fahrgäste, an die folgenden Punkte zu denken:",
        points: ["Welche Fähren spät fahren", "Wo Fahrräder stehen", "Wie Fahrkarten geprüft werden"],
        after:
          "Der Hafenrat wird den vollständigen Winterfahrplan Ende des Monats am Aushang neben dem Fahrkartenschalter veröffentlichen.",
      },
      fr: {
        intro:
          "Avant de réserver une traversée pour les mois d'hiver, le conseil du port demande à chaque passager de penser aux points suivants :",
        points: ["Les départs tardifs du soir", "Le garage des vélos", "Le contrôle des billets"],
        after: "Le conseil publiera l'horaire complet de l'hiver sur le panneau d'affichage près du guichet des billets à la fin du mois.",
      },
    };
    for (const [tag, { intro, points, after }] of Object.entries(pages)) {
      const language = languageFromTag(tag);
      // The points packed under the colon's line, or set apart from it by a blank line.
      for (const gap of [[], [""]]) {
        const page = [intro, ...gap, ...points, "", after, "", "Ferries", "Islands", "Weather", "", after].join("\n");
        const lines = segment(page).map((line) => classifyLine(line, language));
        const { body } = assemble(lines, 0, lines.length, { authors: [] });
        const texts = body.map((block) => (block.type === "paragraph" ? block.text : ""));
        expect(texts).toEqual(expect.arrayContaining(points));
        expect(texts).not.toContain("Islands");
      }
    }
    // A point that runs to a sentence, packed over the short ones, leaves them points of the list.
    const { intro, after } = pages.en;
    const long = "Whether the last sailing of the evening leaves before or after the shops on the mainland have closed.";
    const points = ["Bike racks", "Ticket checks", "Café hours"];
    const page = [intro, "", long, ...points, "", after].join("\n");
    const lines = segment(page).map((line) => classifyLine(line, languageFromTag("en")));
    const texts = assemble(lines, 0, lines.length, { authors: [] }).body.map((block) => (block.type === "paragraph" ? block.text : ""));
    expect(texts).toEqual(expect.arrayContaining([long, ...points]));
  });

  it("reads no story's points under a colon that labels other stories ('Related:', 'Mehr zum Thema:', 'Lire aussi :')", () => {
    const paragraph = (n: number) =>
      `The harbour board met for the ${n}th time this year and agreed, after a long debate, to keep the ferry running all winter.`;
    const teasers = Array.from({ length: 30 }, (_, k) => `Island School Opens New Library Wing ${k + 1}`);
    for (const [tag, label] of [
      ["en", "Related:"],
      ["de", "Mehr zum Thema:"],
      ["fr", "Lire aussi :"],
    ] as const) {
      const page = [paragraph(1), "", paragraph(2), "", label, ...teasers, "", paragraph(3), "", paragraph(4)].join("\n");
      const lines = segment(page).map((line) => classifyLine(line, languageFromTag(tag)));
      const { body } = assemble(lines, 0, lines.length, { authors: [] });
      const texts = body.map((block) => (block.type === "paragraph" ? block.text : ""));
      expect(
        texts.filter((text) => text.includes("Library Wing")),
        label,
      ).toEqual([]);
      expect(texts, label).toEqual(expect.arrayContaining([paragraph(3), paragraph(4)]));
    }
  });

  it("keeps a related link set as a paragraph of its own between the story's as a related block, in several languages", () => {
    const pages = {
      en: {
        prose: [
          "The harbour board met on Tuesday and agreed, after a long debate, to keep the island ferry running all winter.",
          "Islanders had written more than four hundred letters asking the board not to cut the early morning crossing.",
        ],
        link: ["Read more", "Ferry fares to rise by a tenth in May"],
      },
      de: {
        prose: [
          "Der Hafenrat hat am Dienstag nach langer Debatte beschlossen, dass die Fähre zur Insel den ganzen Winter fährt.",
          "Die Bewohner der Insel hatten mehr als vierhundert Briefe geschrieben, um die frühe Überfahrt am Morgen zu retten.",
        ],
        link: ["Lesen Sie auch", "Fährpreise steigen im Mai um ein Zehntel"],
      },
      fr: {
        prose: [
          "Le conseil du port s'est réuni mardi et a décidé, après un long débat, de maintenir le bac vers l'île tout l'hiver.",
          "Les habitants de l'île avaient écrit plus de quatre cents lettres pour sauver la traversée du petit matin.",
        ],
        link: ["À lire aussi", "Les tarifs du bac augmenteront d'un dixième en mai"],
      },
      es: {
        prose: [
          "La junta del puerto se reunió el martes y decidió, tras un largo debate, mantener el ferri a la isla todo el invierno.",
          "Los vecinos de la isla habían escrito más de cuatrocientas cartas para salvar la travesía de primera hora de la mañana.",
        ],
        link: ["Lea también", "Las tarifas del ferri subirán una décima parte en mayo"],
      },
    };
    for (const [tag, { prose, link }] of Object.entries(pages)) {
      const [label, title] = link;
      const separator = tag === "fr" ? " : " : ": ";
      const page = [prose[0], `${label}${separator}${title}`, prose[1]].join("\n\n");
      const lines = segment(page).map((line) => classifyLine(line, languageFromTag(tag)));
      const { body } = assemble(lines, 0, lines.length, { authors: [] });
      expect(body, tag).toEqual([
        { type: "paragraph", text: prose[0] },
        { type: "related", title: label, items: [{ title }] },
        { type: "paragraph", text: prose[1] },
      ]);
    }
  });

  it("keeps a related link whose label closes with a full-width colon, as a CJK keyboard types it", () => {
    const prose = [
      "The harbour board met on Tuesday and agreed, after a long debate, to keep the island ferry running all winter.",
      "Islanders had written more than four hundred letters asking the board not to cut the early morning crossing.",
    ];
    const title = "Ferry fares to rise by a tenth in May";
    const page = [prose[0], `Read more：${title}`, prose[1]].join("\n\n");
    const lines = segment(page).map((line) => classifyLine(line, languageFromTag("en")));
    expect(assemble(lines, 0, lines.length, { authors: [] }).body).toEqual([
      { type: "paragraph", text: prose[0] },
      { type: "related", title: "Read more", items: [{ title }] },
      { type: "paragraph", text: prose[1] },
    ]);
  });

  it("keeps the story's own line under a related label: a sentence in lower case, two sentences, one closed by a full stop, one too long for a title, a label packed into its paragraph", () => {
    const prose = [
      "The harbour board met on Tuesday and agreed, after a long debate, to keep the island ferry running all winter.",
      "Islanders had written more than four hundred letters asking the board not to cut the early morning crossing.",
    ];
    const nearMisses = [
      ["See also: the tables below, which list every crossing the ferry has missed since the spring of 2019."],
      ["Read more: The board met twice. It voted both times to keep the winter crossings."],
      ["See also: Chapter 4."],
      ["Further reading: The board's own report on the winter crossings is on the harbour website."],
      [`Related: ${"The board's report on every crossing the ferry has missed ".repeat(4)}since the spring`],
      [
        "Related: Fares for islanders stay as they are",
        "The board said the cost would be met from the harbour's reserves this year and next.",
      ],
    ];
    for (const lines of nearMisses) {
      const page = [prose[0], lines.join("\n"), prose[1]].join("\n\n");
      const classified = segment(page).map((line) => classifyLine(line, languageFromTag("en")));
      const { body } = assemble(classified, 0, classified.length, { authors: [] });
      expect(
        body.filter((block) => block.type === "related"),
        lines[0],
      ).toEqual([]);
      expect(body, lines[0]).toContainEqual({ type: "paragraph", text: lines[0] });
    }
  });

  it("reads no story's points under a share bar's or a social box's label ('Share this article:', 'Folgen Sie uns:', 'Síguenos:')", () => {
    const networks = ["Instagram", "YouTube", "TikTok", "Mastodon", "Newsletter"];
    const pages = [
      {
        tag: "en",
        labels: ["Share this article:", "Share this:", "Follow us:"],
        prose: [
          "The harbour board voted on Tuesday to keep the island ferry running through the winter months, reversing its plan.",
          "The ferry will run four times a day from November, with an extra crossing on market days, the board said in a statement.",
        ],
      },
      {
        tag: "de",
        labels: ["Folgen Sie uns:", "Artikel teilen:"],
        prose: [
          "Der Hafenrat hat am Dienstag beschlossen, dass die Fähre zur Insel auch in den Wintermonaten fahren wird, anders als geplant.",
          "Die Fähre fährt ab November viermal am Tag, an Markttagen gibt es eine zusätzliche Überfahrt, wie der Rat mitteilte.",
        ],
      },
      {
        tag: "fr",
        labels: ["Partager :", "Suivez-nous :"],
        prose: [
          "Le conseil du port a décidé mardi de maintenir le bac vers l'île pendant tout l'hiver, contrairement à ce qui était prévu.",
          "Le bac fera quatre traversées par jour à partir de novembre, avec une traversée de plus les jours de marché, selon le conseil.",
        ],
      },
      {
        tag: "es",
        labels: ["Síguenos:", "Compartir en:"],
        prose: [
          "La junta del puerto decidió el martes mantener el ferry a la isla durante todo el invierno, al contrario de lo que había anunciado.",
          "El ferry hará cuatro viajes al día desde noviembre, con un viaje más los días de mercado, según informó la junta en un comunicado.",
        ],
      },
      {
        tag: "it",
        labels: ["Condividi:", "Seguici su:"],
        prose: [
          "Il consiglio del porto ha deciso martedì di mantenere il traghetto per l'isola durante tutto l'inverno, contrariamente al piano.",
          "Il traghetto farà quattro corse al giorno da novembre, con una corsa in più nei giorni di mercato, ha detto il consiglio in una nota.",
        ],
      },
      {
        tag: "nl",
        labels: ["Volg ons:", "Deel dit artikel:"],
        prose: [
          "Het havenbestuur heeft dinsdag besloten dat de veerboot naar het eiland de hele winter blijft varen, anders dan eerder gepland.",
          "De veerboot vaart vanaf november vier keer per dag, met een extra overtocht op marktdagen, zo liet het bestuur in een verklaring weten.",
        ],
      },
    ];
    for (const { tag, labels, prose } of pages) {
      for (const label of labels) {
        const page = [prose[0], "", label, ...networks, "", prose[1]].join("\n");
        const lines = segment(page).map((line) => classifyLine(line, languageFromTag(tag)));
        const texts = assemble(lines, 0, lines.length, { authors: [] }).body.map((block) => (block.type === "paragraph" ? block.text : ""));
        expect(texts, label).toEqual(prose);
      }
    }
  });

  it("keeps a story's points under a colon that is no label of the page's furniture, and under a sentence that mentions following or sharing", () => {
    const pages = [
      {
        tag: "en",
        intro: "The council agreed three things:",
        points: ["A new bus shelter", "Longer library hours", "A second crossing"],
      },
      { tag: "en", intro: "You will need:", points: ["Two eggs", "A cup of flour", "Some salt"] },
      {
        tag: "en",
        intro: "Residents were asked to share their views on three options and to follow the debate online:",
        points: ["Keep the old pier", "Build a new one", "Close the harbour"],
      },
      { tag: "en", intro: "Follow these steps:", points: ["Open the valve", "Drain the tank", "Close the valve"] },
      { tag: "de", intro: "Sie brauchen:", points: ["Zwei Eier", "Eine Tasse Mehl", "Etwas Salz"] },
      { tag: "es", intro: "El pleno acordó tres cosas:", points: ["Una parada nueva", "Más horas de biblioteca", "Un segundo paso"] },
    ];
    const after = "The board will publish the full winter timetable on its notice board beside the ticket window at the end of the month.";
    for (const { tag, intro, points } of pages) {
      const page = [after, "", intro, ...points, "", after].join("\n");
      const lines = segment(page).map((line) => classifyLine(line, languageFromTag(tag)));
      const texts = assemble(lines, 0, lines.length, { authors: [] }).body.map((block) => (block.type === "paragraph" ? block.text : ""));
      expect(texts, intro).toEqual(expect.arrayContaining(points));
    }
  });

  it("keeps a shorter item of a block of points ('4 eggs', 'Salt') with the longer points around it, in several languages", () => {
    const pages = {
      en: {
        prose: "This cheesecake needs no biscuit base and no water bath, and it comes out of the oven golden on top and soft inside.",
        items: ["500 g of cream cheese", "200 ml of double cream", "4 eggs", "150 g of caster sugar", "A pinch of salt"],
        short: "4 eggs",
      },
      es: {
        prose: "Esta tarta de queso no necesita base de galleta ni baño maría, y sale del horno dorada por fuera y muy cremosa por dentro.",
        items: ["500 g de queso crema", "200 ml de nata para montar", "4 huevos", "150 g de azúcar", "1 cucharada de harina"],
        short: "4 huevos",
      },
      fr: {
        prose: "Ce gâteau au fromage se passe de biscuits et de bain-marie, et il sort du four doré dessus et fondant à l'intérieur.",
        items: ["500 g de fromage frais", "20 cl de crème liquide", "du sel", "150 g de sucre en poudre", "une cuillère de farine"],
        short: "du sel",
      },
    };
    for (const [tag, { prose, items, short }] of Object.entries(pages)) {
      const page = [prose, "", ...items, "", prose.replace(/\.$/, " again.")].join("\n");
      const lines = segment(page).map((line) => classifyLine(line, languageFromTag(tag)));
      const texts = assemble(lines, 0, lines.length, { authors: [] }).body.map((block) => (block.type === "paragraph" ? block.text : ""));
      expect(texts, short).toEqual(expect.arrayContaining(items));
    }
  });

  it("keeps both of two short sentences packed together, and drops a caption's credit packed under its caption", () => {
    const prose =
      "The harbour ferry returned to service on Monday after a winter of repairs, carrying two hundred passengers across the bay.";
    const bodyOf = (pair: readonly string[], tag: string) => {
      const page = [prose, "", ...pair, "", prose.replace(/\.$/, " again.")].join("\n");
      const lines = segment(page).map((line) => classifyLine(line, languageFromTag(tag)));
      return assemble(lines, 0, lines.length, { authors: [] }).body.map((block) => (block.type === "paragraph" ? block.text : ""));
    };
    for (const [tag, pair] of [
      ["en", ["The ferry is not optional.", "The crossing is a lifeline."]],
      ["fr", ["Le bac n'est pas un luxe.", "La traversée est vitale."]],
      ["es", ["El ferry no es un lujo.", "La travesía es vital aquí."]],
    ] as const)
      expect(bodyOf(pair, tag), tag).toEqual(expect.arrayContaining([...pair]));
    // Near misses: a caption over its credit, which ends no sentence, is set in title case, or opens with the word
    // for a picture however it ends.
    for (const [tag, credit] of [
      ["en", "Ada Lee/Harbour Times"],
      ["en", "Photograph: Ada Lee/Harbour Times."],
      ["en", "Photo supplied by the harbour board."],
      ["fr", "Photo fournie par la capitainerie."],
      ["es", "Foto cedida por la capitanía."],
    ] as const)
      expect(bodyOf(["Boats wait in the bay at dawn.", credit], tag), credit).not.toContain(credit);
    // Nor a second line that ends no sentence under one that does: a caption over a teaser's title.
    expect(bodyOf(["Boats wait in the bay at dawn.", "Ferry fares rise for the summer"], "en")).not.toContain(
      "Ferry fares rise for the summer",
    );
    // Nor a box's call to act under its pitch, in several languages.
    for (const [tag, pitch, call] of [
      ["en", "The ferry is not optional.", "Subscribe to our weekly newsletter."],
      ["fr", "Le bac n'est pas un luxe.", "Abonnez-vous à notre lettre."],
      ["es", "El ferry no es un lujo.", "Suscríbete a nuestro boletín semanal."],
    ] as const)
      expect(bodyOf([pitch, call], tag), call).not.toContain(call);
    // Nor a teaser's title cut off by an ellipsis, which leads on to its story rather than ends a sentence.
    expect(bodyOf(["Boats wait in the bay at dawn.", "Ferry fares rise again soon…"], "en")).not.toContain("Ferry fares rise again soon…");
    // Nor is a pair of titles a teaser box packs into the story, which end no sentence.
    expect(bodyOf(["Ferry fares rise for the summer", "Bridge works close the quay road"], "en")).not.toContain(
      "Bridge works close the quay road",
    );
  });

  it("drops a picture's agency and label left among a block of points, in several languages, and keeps the short item", () => {
    const pages = {
      en: {
        prose: "This cheesecake needs no biscuit base and no water bath, and it comes out of the oven golden on top and soft inside.",
        // A point of four words or more stays one whatever its first word.
        items: ["500 g of cream cheese", "200 ml of double cream", "4 eggs", "150 g of caster sugar", "Photo paper to line the tin"],
        furniture: ["getty images", "Image caption"],
      },
      pt: {
        prose: "Este bolo de queijo não precisa de base de bolacha nem de banho-maria, e sai do forno dourado por cima e macio por dentro.",
        items: ["500 g de queijo creme", "200 ml de natas para bater", "4 ovos", "150 g de açúcar fino", "uma pitada de sal"],
        furniture: ["Reuters", "Foto ilustrativa"],
      },
      fr: {
        prose: "Ce gâteau au fromage se passe de biscuits et de bain-marie, et il sort du four doré dessus et fondant à l'intérieur.",
        items: ["500 g de fromage frais", "20 cl de crème liquide", "du sel", "150 g de sucre en poudre", "une cuillère de farine"],
        furniture: ["AFP", "Crédit photo"],
      },
      es: {
        prose: "Esta tarta de queso no necesita base de galleta ni baño maría, y sale del horno dorada por fuera y muy cremosa por dentro.",
        items: ["500 g de queso crema", "200 ml de nata para montar", "4 huevos", "150 g de azúcar", "1 cucharada de harina"],
        furniture: ["EFE", "Foto de archivo"],
      },
    };
    for (const [tag, { prose, items, furniture }] of Object.entries(pages)) {
      const packed = [items[0]!, items[1]!, furniture[0]!, items[2]!, items[3]!, furniture[1]!, items[4]!];
      const page = [prose, "", ...packed, "", prose.replace(/\.$/, " again.")].join("\n");
      const lines = segment(page).map((line) => classifyLine(line, languageFromTag(tag)));
      const texts = assemble(lines, 0, lines.length, { authors: [] }).body.map((block) => (block.type === "paragraph" ? block.text : ""));
      expect(texts, tag).toEqual(expect.arrayContaining(items));
      for (const line of furniture) expect(texts, line).not.toContain(line);
    }
  });

  it("keeps a block of sentence-case points set a line each, and drops a packed list of title-case teasers", () => {
    const pages = {
      en: {
        before:
          "The harbour board met on Tuesday evening and agreed on the changes that passengers will see on the island routes this winter.",
        points: ["Late sailings run on every weekday", "Bikes travel free on the car deck", "Tickets are checked on board"],
        after: "The board will publish the full winter timetable on its notice board beside the ticket window at the end of the month.",
        teasers: ["Why the Old Pier Was Rebuilt", "Three Islands Share One Ferry", "Storm Season Comes Early This Year"],
      },
      fr: {
        before:
          "Le conseil du port s'est réuni mardi soir et a adopté les changements que les passagers verront sur les lignes des îles cet hiver.",
        points: [
          "Les départs tardifs partent chaque soir",
          "Les vélos voyagent gratuitement à bord",
          "Les billets sont contrôlés sur le bateau",
        ],
        after: "Le conseil publiera l'horaire complet de l'hiver sur le panneau d'affichage près du guichet des billets à la fin du mois.",
        teasers: ["Pourquoi la Vieille Jetée Fut Reconstruite", "Trois Îles Partagent Un Seul Bateau", "La Saison des Tempêtes Arrive Tôt"],
      },
      es: {
        before:
          "La junta del puerto se reunió el martes por la noche y aprobó los cambios que verán los pasajeros en las rutas de las islas este invierno.",
        points: [
          "Los barcos nocturnos salen cada día laborable",
          "Las bicicletas viajan gratis en la cubierta",
          "Los billetes se revisan a bordo del barco",
        ],
        after: "La junta publicará el horario completo de invierno en el tablón de anuncios junto a la taquilla a finales de este mes.",
        teasers: ["Por Qué Se Reconstruyó el Viejo Muelle", "Tres Islas Comparten un Solo Barco", "La Temporada de Tormentas Llega Pronto"],
      },
    };
    for (const [tag, { before, points, after, teasers }] of Object.entries(pages)) {
      const language = languageFromTag(tag);
      const page = [before, "", ...points, "", after, "", ...teasers, "", after].join("\n");
      const lines = segment(page).map((line) => classifyLine(line, language));
      const { body } = assemble(lines, 0, lines.length, { authors: [] });
      const texts = body.map((block) => (block.type === "paragraph" ? block.text : ""));
      expect(texts).toEqual(expect.arrayContaining(points));
      // The first line of any block standing apart is kept as a short paragraph; the titles packed under it are not.
      for (const teaser of teasers.slice(1)) expect(texts).not.toContain(teaser);
    }
  });

  it("keeps a timeline's entries, each a date and an event, packed a line each; drops dated title-case teasers", () => {
    const pages = {
      en: {
        prose:
          "The harbour board voted on Monday to close the old ferry pier for repairs, after divers found cracks in two of its pillars.",
        entries: [
          "March 3, 2025 — Divers find cracks in two pillars",
          "April 9, 2025 — Board orders a survey",
          "May 2, 2025 — Survey confirms damage",
        ],
        teasers: [
          "March 1, 2025 — Why the Old Pier Was Rebuilt",
          "March 2, 2025 — Three Islands Share One Ferry",
          "March 4, 2025 — Storm Season Comes Early",
        ],
      },
      fr: {
        prose:
          "Le conseil du port a voté lundi la fermeture de la vieille jetée pour travaux, après la découverte de fissures dans deux piliers.",
        entries: [
          "3 mars 2025 — Des plongeurs trouvent des fissures",
          "9 avril 2025 : le conseil commande une étude",
          "2 mai 2025 — L'étude confirme les dégâts",
        ],
        teasers: [
          "1 mars 2025 — Pourquoi la Vieille Jetée Fut Reconstruite",
          "2 mars 2025 — Trois Îles Partagent Un Bateau",
          "4 mars 2025 — La Saison des Tempêtes Arrive",
        ],
      },
      es: {
        prose:
          "La junta del puerto votó el lunes cerrar el viejo muelle del ferry por obras, después de que unos buzos hallaran grietas en dos pilares.",
        entries: [
          "3 de marzo de 2025 — Unos buzos hallan grietas",
          "9 de abril de 2025 — La junta pide un estudio",
          "2 de mayo de 2025 — El estudio confirma los daños",
        ],
        teasers: [
          "1 de marzo de 2025 — Por Qué Se Reconstruyó el Muelle",
          "2 de marzo de 2025 — Tres Islas Comparten Barco",
          "4 de marzo de 2025 — Las Tormentas Llegan Pronto",
        ],
      },
    };
    for (const [tag, { prose, entries, teasers }] of Object.entries(pages)) {
      const page = [prose, "", ...entries, "", prose, "", ...teasers, "", prose].join("\n");
      const lines = segment(page).map((line) => classifyLine(line, languageFromTag(tag)));
      const texts = assemble(lines, 0, lines.length, { authors: [] }).body.map((block) => (block.type === "paragraph" ? block.text : ""));
      expect(texts, tag).toEqual(expect.arrayContaining(entries));
      for (const teaser of teasers.slice(1)) expect(texts, tag).not.toContain(teaser);
    }
  });

  it("keeps a dotted day's number in a timeline's entry, in languages that end a day with a dot; numbers points as before", () => {
    const prose = {
      de: "Der Hafenrat hat am Dienstag beschlossen, den alten Fähranleger zu schließen, nachdem Taucher Risse in zwei Pfeilern gefunden hatten.",
      nb: "Havnestyret vedtok tirsdag å stenge den gamle fergekaia for reparasjon etter at dykkere fant sprekker i to av pilarene.",
    };
    const timelines = {
      de: ["3. März 2025 – Taucher finden Risse", "9. April 2025 – Der Rat bestellt ein Gutachten"],
      nb: ["3. mars 2025 – Dykkere finner sprekker", "9. april 2025 – Styret bestiller en rapport"],
    };
    for (const [tag, entries] of Object.entries(timelines)) {
      const paragraph = prose[tag as keyof typeof prose];
      const lines = segment([paragraph, "", ...entries, "", paragraph].join("\n")).map((line) => classifyLine(line, languageFromTag(tag)));
      const list = assemble(lines, 0, lines.length, { authors: [] }).body.find((block) => block.type === "list");
      expect(list, tag).toEqual({ type: "list", ordered: false, items: entries.map((text) => ({ text })) });
    }
    // Near miss: a month without a year after the number ("1. Mai ist ein Feiertag") is a numbered point's text.
    const points = ["1. Mai ist ein Feiertag im ganzen Land", "2. Juni bringt die längsten Tage des Jahres"];
    const lines = segment([prose.de, "", ...points, "", prose.de].join("\n")).map((line) => classifyLine(line, languageFromTag("de")));
    expect(assemble(lines, 0, lines.length, { authors: [] }).body.find((block) => block.type === "list")).toEqual({
      type: "list",
      ordered: true,
      items: [{ text: "Mai ist ein Feiertag im ganzen Land" }, { text: "Juni bringt die längsten Tage des Jahres" }],
    });
  });

  // Near miss: only a date is set aside; with a label before the colon ("Watch:"), the line's case is judged whole.
  it("sets aside no label that is not a date before an entry's dash or colon", () => {
    const prose =
      "The harbour board voted on Monday to close the old ferry pier for repairs, after divers found cracks in two of its pillars.";
    const teasers = [
      "Watch: Divers describe the cracks they found",
      "Listen: Board members explain the vote",
      "Read: The survey's findings in full",
    ];
    const lines = segment([prose, "", ...teasers, "", prose].join("\n")).map((line) => classifyLine(line, languageFromTag("en")));
    const texts = assemble(lines, 0, lines.length, { authors: [] }).body.map((block) => (block.type === "paragraph" ? block.text : ""));
    for (const teaser of teasers.slice(1)) expect(texts).not.toContain(teaser);
  });
});

describe("tables", () => {
  it("keeps a table's rows, whose cells the copy parts with tabs, and drops packed labels without tabs", () => {
    const paragraph =
      "The harbour board published the number of passengers on each island route this year, and the figures show a steady rise on every crossing.";
    const rows = ["Route\tPassengers\tChange", "North island\t41,200\t+4%", "South island\t18,900\t+2%", "Lighthouse rock\t2,300\t+9%"];
    const page = ["Island ferries carry more passengers", "", paragraph, "", ...rows, "", paragraph, "", "Ferries", "Islands", "Weather"];
    page.push("", paragraph);
    const texts = fromText(page.join("\n")).body.map((block) => ("text" in block ? block.text : ""));
    expect(texts).toEqual(expect.arrayContaining(rows.map((row) => row.replaceAll("\t", " "))));
    expect(texts).not.toContain("Islands");
    // Rows holding dates are the table's, not datelines.
    const releases = ["Release\tDate", "4.2\tApril 2014", "4.3\tJuly 2014", "4.4\tJanuary 2015"];
    const dated = ["Island ferries carry more passengers", "", paragraph, "", ...releases, "", paragraph, "", paragraph];
    const article = fromText(dated.join("\n"));
    const kept = article.body.map((block) => ("text" in block ? block.text : ""));
    expect(kept).toEqual(expect.arrayContaining(releases.slice(1).map((row) => row.replace("\t", " "))));
    expect(article.datePublished).toBeUndefined();
  });
});

describe("code listings", () => {
  it("keeps every short line of a block that holds code, and drops packed labels with brackets", () => {
    const language = languageFromTag("en");
    const intro =
      "The booking office keeps its sailings in a small database, and the query below lists the long boats that leave before noon each day:";
    const after =
      "The query runs every morning, and its result is printed and pinned to the notice board beside the ticket window in the waiting room.";
    const page = [
      intro,
      "",
      "SELECT name",
      "FROM boats",
      "WHERE length > 10;",
      "",
      after,
      "",
      "Share on Ferrybook (new window)",
      "Share by post (new window)",
      "",
      after,
    ].join("\n");
    const lines = segment(page).map((line) => classifyLine(line, language));
    const { body } = assemble(lines, 0, lines.length, { authors: [] });
    const texts = body.map((block) => (block.type === "paragraph" ? block.text : ""));
    expect(texts).toEqual(expect.arrayContaining(["SELECT name", "FROM boats", "WHERE length > 10;"]));
    expect(texts.some((text) => text.startsWith("Share"))).toBe(false);
  });
});

describe("galleries and players set into a story", () => {
  const language = languageFromTag("en");
  const paragraph = (topic: string) =>
    `The harbour board said on Tuesday that ${topic} would be reviewed over the winter, after islanders who work late shifts on the mainland complained that the timetable no longer fits their jobs.`;

  it("takes a slideshow out of the page, but not a fraction or two in the text", () => {
    const slide = (n: number) => [
      `${n}/4 Ferry number ${n}`,
      "",
      `The ${n === 1 ? "first" : "next"} ferry of the fleet was built in a yard on the mainland, and served the northern route for many years before it was sold abroad.`,
      "",
    ];
    const page = [
      paragraph("the night ferry"),
      "",
      "1/2 of the islanders voted",
      "",
      ...[1, 2, 3, 4].flatMap(slide),
      paragraph("the car deck"),
    ].join("\n");
    const lines = withoutGalleries(segment(page).map((line) => classifyLine(line, language)));
    expect(lines.map((line) => line.text)).toEqual([paragraph("the night ferry"), "1/2 of the islanders voted", paragraph("the car deck")]);
    expect(lines.map((line) => line.index)).toEqual([0, 1, 2]);
    // A numbered thread quoted in a story counts its posts the same way, but each post is prose: it stays.
    const thread = [1, 2, 3].map(
      (n) =>
        `${n}/3 The harbour master wrote that the ${n === 1 ? "first" : "next"} sailing of the winter would leave late because of the wind.`,
    );
    const quoted = withoutGalleries(
      segment([paragraph("the night ferry"), "", ...thread.flatMap((post) => [post, ""]), paragraph("the car deck")].join("\n")).map(
        (line) => classifyLine(line, language),
      ),
    );
    expect(quoted.map((line) => line.text)).toEqual([paragraph("the night ferry"), ...thread, paragraph("the car deck")]);
  });

  it("joins the parts of a story around the long list of a player's controls", () => {
    const controls = Array.from({ length: 60 }, (_, k) => `Control ${k}`);
    const page = [
      paragraph("the night ferry"),
      "",
      paragraph("the fare for cyclists"),
      "",
      "Play",
      ...controls,
      "",
      paragraph("the car deck"),
      "",
      paragraph("the winter timetable"),
      "",
      paragraph("the waiting room"),
    ].join("\n");
    const lines = segment(page).map((line) => classifyLine(line, language));
    const region = findRegion(lines);
    expect(lines[region.start]!.text).toBe(paragraph("the night ferry"));
    expect(lines[region.end - 1]!.text).toBe(paragraph("the waiting room"));
  });
});

describe("sub-headings", () => {
  it("heads a listicle's next entry under a picture's credited caption or a related link closing the entry before it", () => {
    const pages = {
      en: {
        text: "This small port is sheltered from the westerly winds by a headland, and people come for its sandy beaches and market.",
        caption: "The harbour at low tide. © Ada Lee",
        link: "Read more: Our ten favourite coastal walks",
        entries: ["2. The pink rocks of the north coast", "3. A village on a rocky spur"],
      },
      fr: {
        text: "Ce petit port est protégé des vents du large par une presqu'île, et on y vient pour les plages de sable fin et le marché.",
        caption: "Le port à marée basse. Photo : Yann Le Goff",
        link: "À lire aussi : Nos dix randonnées préférées en bord de mer",
        entries: ["2. Les rochers roses de la côte nord", "3. Un village perché sur un éperon rocheux"],
      },
      de: {
        text: "Der kleine Hafen liegt geschützt hinter einer Landzunge, und die Gäste kommen wegen der Sandstrände und des Wochenmarkts.",
        caption: "Der Hafen bei Ebbe (Foto: Jonas Brandt)",
        link: "Lesen Sie auch: Unsere zehn liebsten Wanderwege an der Küste",
        entries: ["2. Die rosa Felsen der Nordküste", "3. Ein Dorf auf einem Felsensporn"],
      },
    };
    for (const [tag, { text, caption, link, entries }] of Object.entries(pages)) {
      const page = ["1. The first entry", text, "", caption, "", entries[0], text, "", link, "", entries[1], text].join("\n");
      const lines = segment(page).map((line) => classifyLine(line, languageFromTag(tag)));
      const { body } = assemble(lines, 0, lines.length, { authors: [] });
      for (const entry of entries) expect(body, entry).toContainEqual({ type: "heading", text: entry, level: 2 });
    }
  });

  it("heads a live blog's entry with the title packed under its time, over the entry's text, in several languages", () => {
    const pages = {
      en: [
        "First result: Riverside holds",
        "The first result of the night is in, and the district has been held by the sitting councillor.",
      ],
      de: [
        "Erstes Ergebnis aus dem Hafenviertel",
        "Das erste Ergebnis des Abends liegt vor, und der Bezirk bleibt in der Hand des bisherigen Rates.",
      ],
      fr: [
        "Premier résultat dans le quartier du port",
        "Le premier résultat de la soirée est tombé, et le quartier reste aux mains du conseiller sortant.",
      ],
      es: [
        "Primer resultado en el barrio del puerto",
        "Ya tenemos el primer resultado de la noche, y el barrio sigue en manos del concejal que ya lo tenía.",
      ],
    };
    for (const [tag, [title, text]] of Object.entries(pages)) {
      const page = ["00:15 GMT", `${text} ${text}`, "", "00:47 GMT", title, "", text].join("\n");
      const lines = segment(page).map((line) => classifyLine(line, languageFromTag(tag)));
      const { body } = assemble(lines, 0, lines.length, { authors: [] });
      expect(body, title).toContainEqual({ type: "heading", text: title, level: 2 });
      expect(body, title).toContainEqual({ type: "paragraph", text });
    }
  });

  it("takes no writer's name and no one-word label packed under a live blog's time for the entry's title, in several languages", () => {
    const pages = {
      en: ["The first result of the night is in, and the district has been held by the sitting councillor.", "Ada Lee", "Pinned"],
      de: [
        "Das erste Ergebnis des Abends liegt vor, und der Bezirk bleibt in der Hand des bisherigen Rates.",
        "Jonas Brandt",
        "Angeheftet",
      ],
      fr: ["Le premier résultat de la soirée est tombé, et le quartier reste aux mains du conseiller sortant.", "Yann Le Goff", "Épinglé"],
      es: ["Ya tenemos el primer resultado de la noche, y el barrio sigue en manos del concejal que ya lo tenía.", "Ana Ruiz", "Fijado"],
    };
    for (const [tag, [text, name, label]] of Object.entries(pages)) {
      for (const under of [name!, label!]) {
        const page = ["00:15 GMT", `${text} ${text}`, "", "00:47 GMT", under, "", text].join("\n");
        const lines = segment(page).map((line) => classifyLine(line, languageFromTag(tag)));
        const { body } = assemble(lines, 0, lines.length, { authors: [] });
        expect(body, under).not.toContainEqual({ type: "heading", text: under, level: 2 });
        expect(body, under).toContainEqual({ type: "paragraph", text });
      }
    }
  });

  const language = languageFromTag("en");
  const first =
    "The ferry left the harbour at dawn with forty passengers on board, most of them workers heading to the island's fish plant for the morning shift.";
  const second =
    "Its replacement has been delayed twice by the shipyard, which blames a shortage of steel and of welders for the late delivery of the new hull.";
  const third =
    "The council says the old vessel can run for one more winter, though its engines have failed three times since the spring and repairs cost more each time.";
  const headingsOf = (page: string) => {
    const lines = segment(page).map((line) => classifyLine(line, language));
    const { body } = assemble(lines, 0, lines.length, { authors: [] });
    return {
      body,
      headings: body.filter((block) => block.type === "heading").map((block) => (block.type === "heading" ? block.text : "")),
    };
  };

  it("takes a heading standing right over a sub-heading or a note, and one after furniture between paragraphs", () => {
    const page = [
      first,
      "",
      "The Crossing",
      "",
      "Timetables",
      "",
      second,
      "",
      "Repairs",
      "Full story: The Yard Strike",
      "",
      third,
      "",
      "Advertisement",
      "The Winter Ahead",
      "",
      first,
    ].join("\n");
    expect(headingsOf(page).headings).toEqual(["The Crossing", "Timetables", "Repairs", "The Winter Ahead"]);
  });

  it("takes lines that wiki and documentation engines mark as headings, wherever they stand", () => {
    const page = [first, "Sailings[edit]", "", second, "", "The timetable reads as follows:", "", "Winter schedule¶", "", third].join("\n");
    expect(headingsOf(page).headings).toEqual(["Sailings", "Winter schedule"]);
  });

  it("takes a sentence-case line for a caption on a page that sets its headings in title case", () => {
    const titled = ["The Morning Crossing", "Delays Through the Winter", "What the Council Decided", "Where the Money Goes"];
    const page = [first, ...titled.flatMap((heading) => [heading, second]), "Passengers boarding at the north pier", third].join("\n\n");
    const { body, headings } = headingsOf(page);
    expect(headings).toEqual(titled);
    expect(body).toContainEqual({ type: "figure", caption: "Passengers boarding at the north pier" });
    // With fewer title-case headings to go by, the line stays a heading.
    expect(headingsOf(page.replace("What the Council Decided", "What the council decided")).headings).toContain(
      "Passengers boarding at the north pier",
    );
  });

  it("keeps a label run into its paragraph as text, not as a heading", () => {
    const { body, headings } = headingsOf([first, "", "Night crossings", second, "", third].join("\n"));
    expect(headings).toEqual([]);
    expect(body).toContainEqual({ type: "paragraph", text: "Night crossings" });
  });
});

describe("page furniture", () => {
  it("reads the ad label set between paragraphs as furniture, not a heading, in other languages and scripts", () => {
    const pages: Record<string, [paragraph: string, label: string]> = {
      he: ["המעבורת היחידה של האי חזרה לפעול ביום שני אחרי שלושה חודשי תיקונים במספנה, וכל המקומות בה היו תפוסים.", "פרסומת"],
      ar: ["عادت العبارة الوحيدة في الجزيرة إلى العمل يوم الاثنين بعد ثلاثة أشهر من الإصلاحات، وكانت جميع المقاعد محجوزة.", "إعلان"],
      ru: ["Единственный паром острова в понедельник вернулся на линию после трёх месяцев ремонта, и все места были заняты.", "Реклама"],
      zh: [ZH_FERRY_STORY[0]!, "广告"],
      ko: ["섬의 유일한 여객선이 석 달 동안의 수리를 마치고 월요일에 다시 운항을 시작했으며 첫 배는 만석이었다.", "광고"],
      nl: [
        "De enige veerboot van het eiland vaart sinds maandag weer, na drie maanden reparatie op de werf, en de eerste overtocht zat vol.",
        "Advertentie",
      ],
    };
    for (const [tag, [paragraph, label]] of Object.entries(pages)) {
      // The same paragraph twice over is a second, longer one: a line repeated alone is a picture's caption.
      const page = [paragraph, "", label, "", `${paragraph} ${paragraph}`].join("\n");
      const lines = segment(page).map((line) => classifyLine(line, languageFromTag(tag)));
      const { body } = assemble(lines, 0, lines.length, { authors: [] });
      expect(
        body.map((block) => block.type),
        label,
      ).toEqual(["paragraph", "paragraph"]);
    }
  });

  it("reads a read-aloud button and a paywall's badge over the story as controls in several languages, not a heading", () => {
    const labels = [
      "Ascolta l'articolo",
      "Ascolta l’articolo",
      "Artikel anhören",
      "Écouter l'article",
      "Escuchar este artículo",
      "Ouvir este artigo",
      "Posłuchaj artykułu",
      "Dengarkan artikel",
      "Прослушать статью",
      "記事を聞く",
      "Article réservé aux abonnés",
      "Exclusivo para suscriptores",
      "Nur für Abonnenten",
    ];
    for (const label of labels) expect(isControlLine(label.toLowerCase()), label).toBe(true);
    // Near misses: a heading or a sentence that opens with the same words.
    // Bare verbs and a bare "For subscribers" head a section as often.
    for (const text of [
      "ascolta il mare d'inverno",
      "escuchar a los vecinos",
      "réservé aux abonnés du port depuis 1990",
      "escuchar",
      "ascolta",
      "vorlesen",
      "for subscribers",
    ])
      expect(isControlLine(text), text).toBe(false);
    const lede =
      "Dopo novant'anni di attività chiude la libreria di corso Magenta, una delle più antiche della città: l'annuncio è arrivato ieri sera.";
    const page = [
      "Chiude dopo novant'anni la libreria di corso Magenta",
      "",
      "di Giulia Rossi",
      "",
      "14 febbraio 2025",
      "",
      "Ascolta l'articolo",
      "Condividi",
      "",
      lede,
      "",
      "«Non ce la facciamo più, l'affitto è triplicato in tre anni e i clienti comprano online», spiega il titolare davanti alla vetrina.",
    ].join("\n");
    expect(fromText(page).body[0]).toEqual({ type: "paragraph", text: lede });
  });

  it("reads read-aloud buttons with running times in more units, and Danish, Finnish, Turkish and Indonesian ones", () => {
    const buttons = [
      "Dengarkan artikel · 4 menit",
      "Dengarkan artikel ini",
      "Dengarkan berita ini (3 menit)",
      "Makaleyi dinle · 4 dk",
      "Bu haberi dinle · 3 dakika",
      "Kuuntele artikkeli",
      "Kuuntele artikkeli · 4 minuuttia",
      "Lyt til artiklen",
      "Lyt til artiklen · 4 minutter",
      "Lyssna på artikeln · 4 minuter",
      "Posłuchaj artykułu · 4 minuty",
      "Слушать статью · 4 минуты",
      "收听本文 · 4分钟",
      "記事を聞く (4分)",
      "기사 듣기 · 4분",
    ];
    for (const button of buttons) expect(isControlLine(button.toLowerCase()), button).toBe(true);
    // Near misses: a headline with a verb of listening, a score's minute, a sentence opening with a button's words.
    for (const text of [
      "Dengarkan suara warga pesisir",
      "Dengarkan artikel ini baik-baik, kata guru",
      "Galatasaray 2-1 Fenerbahçe, 4 dk",
      "4 dk",
      "Lyt til artiklen om havnen",
      "收听本文作者的广播节目",
      "收听本文 4分钟后",
    ])
      expect(isControlLine(text.toLowerCase()), text).toBe(false);
    const pages = [
      {
        head: "Pemkot setujui bus malam ke pelabuhan",
        by: "Oleh Rina Sari",
        date: "12 Maret 2026",
        button: "Dengarkan artikel · 4 menit",
        lead: [
          "Pemerintah kota menyetujui trayek bus malam dari terminal ke pelabuhan pada Rabu malam, setelah dua tahun diminta para pekerja.",
          "Tarifnya sama dengan tarif siang hari, dan operator memperkirakan butuh sekitar empat puluh penumpang setiap malam agar tidak merugi.",
        ],
      },
      {
        head: "市议会批准开通港口夜间公交",
        by: "记者 王芳",
        date: "2026年3月12日",
        button: "收听本文 · 4分钟",
        lead: [
          "海滨市议会周三晚间批准开通一条从火车站到港口的夜间公交线路，鱼市的工人们已经为此呼吁了整整两年时间，因为目前末班车晚上十点就已发出。",
          "票价为两元，与白天相同。运营公司估计，每晚大约需要四十名乘客才能收支平衡，四月下半月将先用小型巴士试运行，市民可在座谈会上提出问题。",
        ],
      },
    ];
    for (const { head, by, date, button, lead } of pages) {
      const text = ["Kabar Pesisir", "", `Kabar Pesisir - ${head}`, "", head, "", by, date, "", button, "", lead[0], "", lead[1]];
      expect(fromText(text.join("\n")).body[0], button).toEqual({ type: "paragraph", text: lead[0] });
    }
  });

  it("reads an ad's label run together with its note to read on, after a spaced dash or a full stop, as a control", () => {
    // The lines the control test reads otherwise than expected, named in the failure.
    const misread = (lines: string[], control: boolean) => lines.filter((line) => isControlLine(line.toLowerCase()) !== control);
    const runOn = [
      "Advertisement - Continue Reading Below",
      "Advertising. Scroll to continue reading",
      "ADVERTISEMENT — Story continues below",
      "Anzeige – Weiterlesen nach der Anzeige",
      "Publicité. La suite après la publicité",
      "Publicidad - Sigue leyendo tras la publicidad",
    ];
    expect(misread(runOn, true)).toEqual([]);
    // Near misses: a sentence whose first word is an ad's label or a control, its dash or full stop parting prose.
    const prose = [
      "Advertisement - the harbour's spend rose.",
      "Print - and digital - ads fell.",
      "Continue reading. That is the advice.",
      "Publicité. Le mot fait peur au port.",
    ];
    expect(misread(prose, false)).toEqual([]);
  });

  it("keeps a slogan or a headline of other controls parted by a dash or a full stop: only an ad's label runs on to its note", () => {
    const nearMisses = [
      "Save. Save. Save.",
      "Play. Pause. Play.",
      "Search. Save. Share.",
      "Report - Video",
      "Werbung. Werbung. Werbung.",
      "Publicité - Publicité",
      "Advertisement - Advertisement",
      "Continue reading - Advertisement",
    ];
    // The near misses read as controls, named in the failure.
    expect(nearMisses.filter((line) => isControlLine(line.toLowerCase()))).toEqual([]);
    const headline = "Save - Share - Save";
    const page = [
      headline,
      "By Tom Ridley",
      "12 November 2025",
      "The island ferry will run four crossings a day instead of seven from December, the operator said on Tuesday evening.",
      "Shopkeepers on the island said the cut would keep day visitors away during the weeks before Christmas.",
    ].join("\n");
    expect(fromText(page).headline).toBe(headline);
  });

  it("reads a read-aloud button with its running time, a print button and a gift button over the story as controls", () => {
    for (const line of [
      "Listen (4 min)",
      "Listen · 5:12",
      "Listen 12 mins",
      "Écouter (3 min)",
      "Anhören 4 Min.",
      "Escuchar (6 minutos)",
      "Print this page",
      "Gift this article",
    ])
      expect(isControlLine(line.toLowerCase()), line).toBe(true);
    // Near misses: a bare verb that heads a section as often, and a heading or a sentence that opens like a button.
    for (const line of [
      "Escuchar",
      "Listen to the harbour at 5",
      "Listen 4 times before you decide",
      "Print this page twice",
      "Listen 4",
      "Ascolta 100",
    ])
      expect(isControlLine(line.toLowerCase()), line).toBe(false);
    const lede =
      "The price of harbour moorings will rise by a tenth from April, the port authority said on Monday, the first rise in six years.";
    const page = [
      "Harbour moorings to cost more from April",
      "",
      "By Ada Fenwick",
      "12 March 2025",
      "",
      "Listen (4 min)",
      "",
      lede,
      "",
      "Boat owners said the rise was steep but expected, as the harbour wall and two pontoons were repaired last winter.",
    ].join("\n");
    expect(fromText(page).body[0]).toEqual({ type: "paragraph", text: lede });
  });

  it("reads the print button and the text-size control in other scripts as controls over the story", () => {
    for (const line of ["打印本页", "列印本頁", "인쇄하기", "字号", "文字サイズ", "글자크기"])
      expect(isControlLine(line.toLowerCase()), line).toBe(true);
    // Near misses: the bare verb or noun, a section's heading on printing; a heading or a sentence that opens with the same word.
    for (const line of [
      "Drucken",
      "Imprimir",
      "Печать",
      "印刷",
      "인쇄",
      "印刷工場の百年",
      "打印机销量回升",
      "Печать и переплёт",
      "Imprimir en 3D",
    ])
      expect(isControlLine(line.toLowerCase()), line).toBe(false);
    const lede = "随着气温回升，长江中游多地陆续进入春耕备耕关键期，无人机播种和北斗导航拖拉机等智能农机正在田间地头发挥作用。";
    const page = [
      "长江中游多地启动春耕",
      "",
      "记者 张伟",
      "2025-03-04 14:30",
      "打印本页",
      "",
      lede,
      "",
      "湖南省农业农村厅相关负责人表示，今年全省将继续推进农机购置补贴政策，重点支持丘陵山区适用的小型智能农机。",
    ].join("\n");
    expect(fromText(page).body[0]).toEqual({ type: "paragraph", text: lede });
  });

  it("reads a bar's controls copied onto one line as a control, and a copy-link button in several languages", () => {
    for (const line of [
      "advertisement · scroll to continue",
      "print | email",
      "share • comments",
      "copiar enlace",
      "copier le lien",
      "link kopieren",
      "salin tautan",
    ])
      expect(isControlLine(line), line).toBe(true);
    // A part that is no control makes no bar.
    for (const line of ["advertisement · the harbour’s new timetable", "home | news", "share · the harbour"])
      expect(isControlLine(line), line).toBe(false);
  });

  it("takes a line of bare web addresses for a list of links, not prose, and a note with one address for text", () => {
    const english = languageFromTag("en");
    const classOf = (text: string) => classifyLine({ index: 0, text, blankBefore: true, blankAfter: true }, english).class;
    const links =
      "https://news.example.com/the-ferry-is-late-again-and-the-board-is-to-blame https://www.example.org/of-the-islands-and-the-boats-that-serve-them-in-winter";
    expect(classOf(links)).toBe("bad");
    const note =
      "The figures for the winter timetable were taken from the harbour board's own report, which is online at https://harbour.example.org/report-2025.";
    expect(classOf(note)).toBe("good");
  });

  it("takes a share button naming its network for a control in several languages, but not a heading or a sentence", () => {
    for (const text of [
      "share on bluesky",
      "condividi su facebook",
      "condividi via e-mail",
      "partager sur linkedin",
      "partager par e-mail",
      "teilen auf whatsapp",
      "compartir en facebook",
      "compartir por correo",
      "partilhar no facebook",
      "compartilhar no whatsapp",
      "delen op linkedin",
    ])
      expect(isControlLine(text), text).toBe(true);
    for (const text of [
      "condividi su facebook le foto della festa del paese",
      "partager sur les réseaux",
      "compartir en familia",
      "teilen auf dem markt am samstag",
      "delen op de markt",
    ])
      expect(isControlLine(text), text).toBe(false);
  });

  it("takes a line with one prompt phrase for a prompt where a prompt sets it, not a title holding the phrase mid-sentence", () => {
    const prompt = (text: string, tag: string) => classifyLine(segment(text)[0]!, languageFromTag(tag)).prompt;
    for (const [text, tag] of [
      ["Subscribe to the Morning Briefing", "en"],
      ["Thanks for reading The Tide Log! Subscribe for free to receive new posts.", "en"],
      ["Already have an account? Log in", "en"],
      ["The Harbour Times newsletter", "en"],
      ["Sign up now", "en"],
      ["Jetzt kostenlos abonnieren", "de"],
      ["Suscríbete al boletín del puerto", "es"],
    ])
      expect(prompt(text!, tag!), text).toBe(true);
    for (const [text, tag] of [
      ["Streaming giant raises subscription prices again", "en"],
      ["Police ask the maker to unlock the harbour master's phone", "en"],
      ["What is the new harbour pass and do I have to sign up?", "en"],
      ["Der Streit ums Anmelden beim neuen Hafenportal geht weiter", "de"],
    ])
      expect(prompt(text!, tag!), text).toBe(false);
  });

  it("takes a short line with a prompt's own word for a prompt wherever the word stands, in several languages", () => {
    const prompt = (text: string, tag: string) => classifyLine(segment(text)[0]!, languageFromTag(tag)).prompt;
    for (const [text, tag] of [
      ["Want more? The Harbour newsletter is free", "en"],
      ["Already a subscriber?", "en"],
      ["Become a subscriber today", "en"],
      ["Please log in to continue reading", "en"],
      ["Request a demo Sign up now", "en"],
      ["Jetzt Newsletter bestellen", "de"],
      ["Recevez gratuitement la newsletter du Port", "fr"],
      ["Recibe nuestra newsletter cada mañana", "es"],
      ["Ricevi la newsletter ogni mattina", "it"],
      ["Assine a newsletter gratuita", "pt"],
    ])
      expect(prompt(text!, tag!), text).toBe(true);
  });

  it("keeps a widget's opening prompt with no phrase at its head out of the body", () => {
    const page = [
      "Island ferry returns to service after three months",
      "",
      "By Ada Lee",
      "",
      "The island's only ferry returned to service on Monday after three months of repairs at the mainland yard, and the first crossing sailed full.",
      "",
      "Residents had relied on a chartered boat that sailed twice a week, and shopkeepers said trade had fallen by a third while the ferry was away.",
      "",
      "Recibe nuestra newsletter cada mañana",
      "Every weekday morning, the five stories islanders are talking about.",
      "Subscribe",
      "",
      "The council said the daily timetable would be restored from next month, with an extra evening sailing on Fridays.",
    ].join("\n");
    const texts = fromText(page).body.map((block) => ("text" in block ? block.text : ""));
    expect(texts).not.toContain("Recibe nuestra newsletter cada mañana");
    expect(texts).not.toContain("Every weekday morning, the five stories islanders are talking about.");
  });

  it("takes a feedback widget's question for a control in several languages, but not a question of the story", () => {
    for (const text of [
      "was this answer helpful?",
      "is this page useful?",
      "did you find this guide helpful?",
      "war diese antwort hilfreich?",
      "cette page vous a-t-elle été utile ?",
      "¿fue útil esta página?",
      "esta resposta foi útil?",
      "questo articolo ti è stato utile?",
    ])
      expect(isControlLine(text), text).toBe(true);
    for (const text of ["was this answer helpful to the islanders?", "is this page of the ledger useful?", "was the ferry useful?"])
      expect(isControlLine(text), text).toBe(false);
    const story = [
      "Why does the ferry ramp rust so quickly?",
      "",
      "Salt spray settles on the ramp's steel every crossing, and the paint on its hinges wears off within a season of use.",
      "",
      "The harbour crew now rinses the ramp with fresh water each evening and repaints the hinges every spring before the rush.",
      "",
      "Was this answer helpful?",
    ].join("\n");
    const body = fromText(story).body.map((block) => ("text" in block ? block.text : ""));
    expect(body).not.toContain("Was this answer helpful?");
    expect(body.at(-1)).toMatch(/^The harbour crew/);
  });

  it("takes a recipe card's buttons for controls in several languages, but not a line of the post that names a recipe", () => {
    for (const text of [
      "jump to recipe",
      "print recipe",
      "pin recipe",
      "zum rezept springen",
      "imprimer la recette",
      "ir a la receta",
      "stampa ricetta",
    ])
      expect(isControlLine(text), text).toBe(true);
    for (const text of ["print recipe cards for the whole class", "jump to the recipe's history", "save the recipe for sunday"])
      expect(isControlLine(text), text).toBe(false);
    const intro = "This loaf needs no kneading at all: you stir it together after supper and bake it first thing in the morning.";
    const page = [
      "Overnight oat bread",
      "",
      "By Ann Lee · 3 March 2025",
      "",
      "Jump to Recipe",
      "",
      intro,
      "",
      "The oats soak up the water overnight and keep the crumb soft for the best part of a week, even in a warm kitchen.",
    ].join("\n");
    expect(fromText(page).body[0]).toEqual({ type: "paragraph", text: intro });
  });

  it("takes a recipe card's star rating with its score for a control, but not stars alone, before a reader's words or one star or two", () => {
    for (const text of ["★★★★★ 4.9 from 212 reviews", "★★★★☆ (38)", "★★★★★ 5 von 5 – 12 Bewertungen", "★★★★★ 4,8 sur 5 (96 avis)"])
      expect(isControlLine(text.toLowerCase()), text).toBe(true);
    // A reader's words after the stars; one star or two with a score; stars alone, a reviewed work's rating in the story.
    for (const text of [
      "★★★★★ Best bread I have made",
      "★★ Editor's pick",
      "★★★★★ 4.9 from 212 reviews, and counting!",
      "★★ 4.5 (12)",
      "★★★★",
      "★★★★☆",
    ])
      expect(isControlLine(text.toLowerCase()), text).toBe(false);
    const intro = "This loaf needs no kneading at all: you stir it together after supper and bake it first thing in the morning.";
    const page = ["Overnight oat bread", "", "By Ann Lee · 3 March 2025", "", "★★★★★ 4.9 from 212 reviews", "", intro, ""];
    page.push("", "The oats soak up the water overnight and keep the crumb soft for the best part of a week, even in a warm kitchen.");
    expect(fromText(page.join("\n")).body[0]).toEqual({ type: "paragraph", text: intro });
  });

  it("takes a newsletter's link to its web copy for a control in several languages, but not a sentence about browsers", () => {
    for (const text of [
      "View this email in your browser",
      "Having trouble viewing this email? View it in your browser",
      "Read this newsletter online",
      "View in browser",
      "Newsletter im Browser anzeigen",
      "Voir cet e-mail dans votre navigateur",
      "Ver este correo en tu navegador",
    ])
      expect(isControlLine(text.toLowerCase()), text).toBe(true);
    for (const text of [
      "View online",
      "View it in your browser settings",
      "Open your browser and type the address",
      // A how-to's step or heading: opening a file, not a newsletter's copy.
      "Open it in your browser",
      "Read it online",
      "Im Browser öffnen",
    ])
      expect(isControlLine(text.toLowerCase()), text).toBe(false);
    const greeting = "What a winter it has been: storms brought down two old beeches by the pond, and thirty volunteers cleared the paths.";
    const page = [
      "Spring newsletter: the new orchard takes root",
      "",
      "Issue 42 · 28 March 2025",
      "",
      "View this email in your browser",
      "",
    ];
    page.push(
      greeting,
      "",
      "In January we planted twenty-four apple and pear trees on the slope above the tennis courts, all old varieties.",
    );
    expect(fromText(page.join("\n")).body[0]).toEqual({ type: "paragraph", text: greeting });
  });

  it("takes a podcast player's buttons for controls in several languages, but not a line of the notes about playing", () => {
    for (const text of [
      "play episode",
      "listen now",
      "download episode",
      "folge anhören",
      "écouter l'épisode",
      "escuchar episodio",
      "ouvir episódio",
    ])
      expect(isControlLine(text), text).toBe(true);
    for (const text of ["play episode one again before this one", "listen now to the harbour's bells", "download episodes 1 to 12"])
      expect(isControlLine(text), text).toBe(false);
    const notes =
      "Five ferries raced across the strait in the winter of 1906. Host Ann Lee tells the story of the closest finish on record.";
    const page = [
      "Episode 40: The great ferry race",
      "",
      "4 March 2025 | 38 minutes",
      "",
      "Play episode",
      "",
      notes,
      "",
      "The race began at dawn from the north pier, and by noon two of the five boats had turned back in the rising swell.",
    ].join("\n");
    expect(fromText(page).body[0]).toEqual({ type: "paragraph", text: notes });
  });

  it("takes a blogging platform's share buttons for controls, with their counts glued on, but not a sentence about sharing", () => {
    for (const text of [
      "click to share on facebook (opens in new window)",
      "61click to share on facebook (opens in new window)61",
      "click to share on google+ (opens in new window)",
      "click to email a link to a friend (opens in new window)",
      "click to print (opens in new window)",
      "click to share on bluesky",
    ])
      expect(isControlLine(text), text).toBe(true);
    expect(isControlLine("click to share on facebook and win a ticket")).toBe(false);
    // Packed under a story, the buttons read like points of a list set a line each: as controls they are left out.
    const story =
      "The harbour board said on Tuesday that the night ferry would be reviewed over the winter, after islanders who work late shifts complained.";
    const page = ["Island timetable to be reviewed", "", story, "", story, "", "Share this:"];
    page.push("Click to share on Facebook (Opens in new window)", "Click to share on Threads (Opens in new window)");
    page.push("Click to email a link to a friend (Opens in new window)", "", story);
    const texts = fromText(page.join("\n")).body.map((block) => ("text" in block ? block.text : ""));
    expect(texts.some((text) => text.startsWith("Click to"))).toBe(false);
  });

  it("takes a most-read box's header for the end of the story in many languages, but not a sentence about reading", () => {
    for (const text of [
      "las más leídas",
      "lo más visto",
      "am meisten gelesen",
      "les articles les plus lus",
      "i più letti",
      "as mais lidas",
      "nejčtenější",
      "アクセスランキング",
      "人気記事",
      "많이 본 뉴스",
    ])
      expect(isSectionEnd(text), text).toBe(true);
    for (const text of ["las más leídas novelas del año llegan al cine", "les plus lus des poètes"])
      expect(isSectionEnd(text), text).toBe(false);
  });

  it("recognises controls, prompts, consent notices and section ends, in lower case", () => {
    for (const text of [
      "share",
      "advertisement",
      "skip to main content",
      "3 min read",
      "anzeige",
      "share on bluesky",
      "view all 12 photos",
      "read more:",
      "share via email",
      "share to google plus",
      "go to permalink",
      // A share bar's or a social box's label, in several languages and scripts.
      "folgen sie uns",
      "síguenos",
      "condividi",
      "volg ons",
      "suivez-nous",
      "分享到",
      "공유하기",
      "تابعونا",
    ])
      expect(isControlLine(text)).toBe(true);
    for (const text of ["shares fell", "more than 40 people", "12 comments were deleted", "follow the money", "share prices"])
      expect(isControlLine(text)).toBe(false);
    const english = languageFromTag("en");
    const prompt = (text: string) => classifyLine({ index: 0, text, blankBefore: true, blankAfter: true }, english).prompt;
    expect(prompt("Sign up to our free daily newsletter")).toBe(true);
    expect(prompt("We use cookies to improve your experience. Accept all or manage preferences")).toBe(true);
    expect(prompt("Wir verwenden Cookies. Mit Ihrer Einwilligung zeigen wir Inhalte von Drittanbietern.")).toBe(true);
    expect(prompt("The council will sign the contract next week, officials said.")).toBe(false);
    // Mentioning cookies once in a long paragraph is news, not a notice.
    expect(
      prompt(
        "The bakery, which has sold cookies on the corner since 1952, will close in March after the landlord doubled the rent, its owners said on Tuesday.",
      ),
    ).toBe(false);
    // A long paragraph about tracking is news; a long notice speaks for the site.
    expect(
      prompt(
        "Most shopping sites load third-party scripts that set cookies in the browser, and the ferry company's booking page was found to load eleven of them before a passenger had even chosen a sailing.",
      ),
    ).toBe(false);
    expect(
      prompt(
        "We and our partners use cookies and third-party scripts to measure how the site is used and to show ads that suit you. You can change your choice at any time in the settings.",
      ),
    ).toBe(true);
    for (const text of ["most read", "there are 13 comments", "leave a reply", "meistgelesen"]) expect(isSectionEnd(text)).toBe(true);
    // An author box's list of the author's other stories closes the article.
    for (const text of ["more by ada fenwick", "mehr von ada fenwick", "more from the harbour desk"]) expect(isSectionEnd(text)).toBe(true);
    expect(isSectionEnd("most readers agreed")).toBe(false);
    // A lone "comment" is a button or a table's column; a count or the plural heads a thread.
    expect(isSectionEnd("comment")).toBe(false);
    for (const text of ["comments", "1 comment", "comments (4)"]) expect(isSectionEnd(text)).toBe(true);
    // A button that opens a counted thread heads it; without a count it is only a control.
    for (const text of ["view comments (31)", "show all 9 comments", "read 2 comments"]) expect(isSectionEnd(text)).toBe(true);
    expect(isSectionEnd("view comments")).toBe(false);
    // Headers of teaser lists after a story, with what they list named or not.
    for (const text of ["most popular stories", "most read articles", "read next", "what to read next", "latest articles", "popular posts"])
      expect(isSectionEnd(text)).toBe(true);
    expect(isSectionEnd("read next week's column on the ferry")).toBe(false);
    // A header may trail off into an ellipsis, as a box's title leads into its list.
    for (const text of ["what to read next...", "most read…", "you might also like..."]) expect(isSectionEnd(text)).toBe(true);
    // A thread's header naming the story is longer than the other headers.
    const thread = "14 thoughts on “why the night ferry to the north island keeps running late, and what the harbour board can do”";
    for (const text of [thread, "discussion about this post"]) expect(isSectionEnd(text)).toBe(true);
    expect(isSectionEnd(`${thread}, wrote one reader, and the board should read every one of them before it meets again.`)).toBe(false);
  });
});

/** Each language's stop-word list, as the word table is built from it. */
const stopwordLists = createRequire(import.meta.url)("stopwords-iso") as Record<string, string[]>;
/** Fewer words read from a list than this would mean the list failed to load, and the test would pass on nothing. */
const MIN_LIST_WORDS_READ = 100;
/** A word of letters alone, read as one word with or without a letter after it. */
const LETTERS_ONLY = /^\p{L}+$/u;

describe("word scan", () => {
  it("counts words, the share of stop words, and the furniture words met", () => {
    const english = languageFromTag("en");
    // A dash between spaces is no word.
    const reading = readWords("the mayor – and the council", english);
    expect(reading.words).toBe(5);
    expect(reading.density).toBeCloseTo(3 / 5);
    expect(reading.signals).toBe(0);
    expect(readWords("manage your cookie settings", english).signals).not.toBe(0);
    expect(readWords("sign up", english).signals).not.toBe(0);
    expect(readWords("signing off", english).signals).toBe(0);
  });

  it("finds every stop word of a list alone, and no word a letter longer than one that is not a stop word itself", () => {
    for (const code of ["en", "fr", "de", "es", "cs"]) {
      const language = languageFromTag(code);
      const words = stopwordLists[code]!.filter((word) => LETTERS_ONLY.test(word));
      expect(words.length).toBeGreaterThan(MIN_LIST_WORDS_READ);
      for (const word of words) {
        expect(readWords(word, language).density, `${code} ${word}`).toBe(1);
        const longer = `${word}q`;
        expect(readWords(longer, language).density, `${code} ${longer}`).toBe(isStopword(longer, code) ? 1 : 0);
      }
    }
  });
});

describe("language and layout", () => {
  it("guesses the language from stop words, and the script for Chinese and Japanese", () => {
    expect(
      detectLanguage([
        "Der Stadtrat hat am Mittwoch beschlossen, dass die Altstadt ab dem Frühjahr autofrei wird und die Händler sind gespalten.",
      ]).code,
    ).toBe("de");
    expect(
      detectLanguage([
        "Le conseil municipal a décidé mercredi que le centre-ville serait piéton à partir du printemps, et les commerçants sont partagés.",
      ]).code,
    ).toBe("fr");
    expect(detectLanguage(["市议会周三决定，从明年春天开始，老城区将禁止汽车通行，商家意见不一。这一决定引发了广泛讨论。"]).code).toBe(
      "zh",
    );
  });

  it("rejoins paragraphs wrapped by hand, and keeps short menu lines apart", () => {
    const lines = segment(
      "This memo sets out how a ferry timetable is published, so that\nharbour offices, booking sites and travellers' phones can read the same\nfile.\n\nHome\nNews\nSport",
    );
    expect(lines.map((line) => line.text)).toEqual([
      "This memo sets out how a ferry timetable is published, so that harbour offices, booking sites and travellers' phones can read the same file.",
      "Home",
      "News",
      "Sport",
    ]);
    expect(lines[1]).toMatchObject({ blankBefore: true, blankAfter: false });
  });

  it("marks the rows of a table whose cells the copy parted with tabs, and keeps their text with single spaces", () => {
    const lines = segment("Sailings this week\n\nDay\tDeparts\nMonday\t07:10\nTimes may change.\t\n");
    expect(lines.map((line) => [line.text, line.tabbed])).toEqual([
      ["Sailings this week", false],
      ["Day Departs", true],
      ["Monday 07:10", true],
      ["Times may change.", false],
    ]);
  });

  it("trims every direction mark from a line's edges, the lowest (the Arabic letter mark) and the highest among them", () => {
    // Invented lines: an Arabic title opened and closed by the Arabic letter mark, a Hebrew byline closed by a pop
    // directional isolate, and a Latin line whose edges are no marks (a Persian comma and a zero-width joiner are kept).
    const lines = segment("\u061cالعبارة تعود للعمل ليلا\u061c\n\n\u2067מאת דנה לוי\u2069\n\n\u060cHarbour news\u200d");
    expect(lines.map((line) => line.text)).toEqual(["العبارة تعود للعمل ليلا", "מאת דנה לוי", "\u060cHarbour news\u200d"]);
  });

  it("keeps a lower-case byline apart from the long headline above it", () => {
    const lines = segment("Harbour Board Votes to Keep the Night Ferry Running\nby Ada Fenwick March 4, 2025\n\nThe vote was close.");
    expect(lines.map((line) => line.text)).toEqual([
      "Harbour Board Votes to Keep the Night Ferry Running",
      "by Ada Fenwick March 4, 2025",
      "The vote was close.",
    ]);
  });

  it("keeps a lower-case byline or date apart from the long headline above it, in several languages", () => {
    const apart = (headline: string, under: string) =>
      expect(segment(`${headline}\n${under}\n\nThe vote was close.`).map((line) => line.text)).toEqual([
        headline,
        under,
        "The vote was close.",
      ]);
    apart("Der Hafenrat stimmt für die Nachtfähre im Winter", "von Anna Keller");
    apart("Le conseil du port garde le ferry de nuit cet hiver", "par Claire Martin");
    apart("El consejo del puerto mantiene el ferry nocturno", "por Ana García");
    apart("Il consiglio del porto salva il traghetto notturno", "di Anna Rossi");
    apart("Harbour Board Votes to Keep the Night Ferry Running", "updated 4 March 2025");
    apart("Le conseil du port garde le ferry de nuit cet hiver", "le 4 mars 2025");
  });

  it("keeps a line wholly in brackets apart from the long title over it, and joins a wrapped line that only opens one", () => {
    const apart = (title: string, note: string) =>
      expect(segment(`${title}\n${note}\n\nThe vote was close.`).map((line) => line.text)).toEqual([title, note, "The vote was close."]);
    apart("Ferry slip stays open for two more summers after a vote", "(Photo by Sam Ray/Harbour Times)");
    apart("Die Fährrampe bleibt zwei weitere Sommer lang offen", "(Foto: Anna Berg/dpa)");
    apart("La cale du ferry reste ouverte deux étés de plus", "(mis à jour)");
    const wrapped = ["The harbour board met on Tuesday and voted, after a long debate", "(which ran past midnight) to keep the slip open."];
    expect(segment(wrapped.join("\n")).map((line) => line.text)).toEqual([wrapped.join(" ")]);
  });

  it("joins a wrapped line wholly in brackets that the line under it goes on from, as a mail or an RFC wraps an aside", () => {
    for (const wrapped of [
      [
        "I have pushed the new build to the staging server this morning and it",
        "(as far as I can tell from the logs so far)",
        "seems to be running fine.",
      ],
      ["Der Server muss den Statuscode in der ersten Zeile der Antwort senden", "(siehe Abschnitt 4.2)", "bevor er Kopfzeilen sendet."],
    ])
      expect(segment(wrapped.join("\n")).map((line) => line.text)).toEqual([wrapped.join(" ")]);
  });

  it("keeps a paragraph's last wrapped line in lower case with it over the signature's name under it", () => {
    const wrapped = ["many thanks to all who carried sandbags down to the sea wall on sunday, and", "see you at the spring meeting"];
    expect(segment([...wrapped, "Ben Sample"].join("\n")).map((line) => line.text)).toEqual([wrapped.join(" "), "Ben Sample"]);
    const french = ["merci à toutes celles et ceux qui ont porté des sacs de sable dimanche, et", "à bientôt pour la réunion"];
    expect(segment([...french, "Lucie Exemple"].join("\n")).map((line) => line.text)).toEqual([french.join(" "), "Lucie Exemple"]);
  });

  // A browser copy: the story's paragraph stands on one line, longer than any fixed width a text is wrapped at.
  const unwrapped = "The tide was out when we came down to the beach, and the sand was strewn with shells, weed and the tracks of gulls.";

  it("keeps a title set in lower case apart from its lower-case deck over a byline or a date, in several languages", () => {
    const apart = (...header: string[]) =>
      expect(segment([...header, "", unwrapped].join("\n")).map((line) => line.text)).toEqual([...header, unwrapped]);
    apart("what the tide leaves behind on a quiet beach", "notes on shells and small things", "Mara Quill", "Mar 3, 2025");
    apart("was die flut am strand zurücklässt, jeden morgen", "notizen über muscheln und kleine dinge", "von Anna Keller");
    apart("ce que la marée laisse derrière elle sur la plage", "des notes sur les coquillages", "4 mars 2025");
    apart("lo que la marea deja en la playa cada mañana", "notas sobre conchas y cosas pequeñas", "hace 3 horas");
  });

  it("joins wrapped prose that opens in lower case when it goes on past its second line, or ends over a name with no date", () => {
    const goesOn = [
      "the harbour board met on tuesday and voted, after a long debate that",
      "ran past midnight, to keep the slip open for two more summers",
      "and to mend the sea wall before the autumn storms.",
    ];
    expect(segment(goesOn.join("\n")).map((line) => line.text)).toEqual([goesOn.join(" ")]);
    const signed = ["der hafenrat hat am dienstag nach langer debatte beschlossen, und", "wir sehen uns im frühjahr"];
    expect(segment([...signed, "Anna Keller"].join("\n")).map((line) => line.text)).toEqual([signed.join(" "), "Anna Keller"]);
  });

  it("joins lower-case prose over a date when its first line leaves a clause open or its second ends the sentence", () => {
    const joined = (first: string, second: string, ...under: string[]) =>
      expect(segment([first, second, ...under, "", unwrapped].join("\n")).map((line) => line.text)).toEqual([
        `${first} ${second}`,
        ...under,
        unwrapped,
      ]);
    joined("good morning, and welcome to this week's letter from the island,", "where the ferry is back", "4 March 2025");
    joined(
      "i will see you all in spring, and thanks again to everyone who",
      "helped with the boat this year.",
      "Anna Keller",
      "3 March 2025",
    );
  });

  it("joins lower-case prose over a date or a byline in a text wrapped at a fixed width throughout (mail, newsletters)", () => {
    const mail = [
      "hi all, just a quick note that the harbour meeting has been moved",
      "to the small hall on the quay",
      "Mar 3, 2025",
      "",
      "the island's only ferry returned to service on monday after three",
      "months of repairs at the mainland yard.",
    ];
    expect(segment(mail.join("\n")).map((line) => line.text)).toEqual([`${mail[0]} ${mail[1]}`, mail[2], `${mail[4]} ${mail[5]}`]);
    const title = ["the island's only ferry returns after three months at the yard", "and sails full on its first crossing"];
    expect(segment([...title, "by Ann Lee", "", mail[4]].join("\n")).map((line) => line.text)).toEqual([
      title.join(" "),
      "by Ann Lee",
      mail[4],
    ]);
  });

  // Each piece is joined on once: asking the growing joined line whether it goes on made this take minutes.
  it("joins a paragraph of tens of thousands of wrapped lines in linear time", () => {
    const wrapped = Array.from({ length: 40_000 }, (_, n) => `and the tide went on rising past the harbour steps ${n}`);
    const lines = segment(["The Title", "", ...wrapped].join("\n"));
    expect(lines).toHaveLength(2);
    expect(lines[1]!.text).toBe(wrapped.join(" "));
  });

  it("joins a wrapped line that goes on past a date it opens with: only a line that is a date stands apart", () => {
    const wrapped = [
      "Le conseil municipal a voté la reprise du service, décidée",
      "le 4 mars 2025 après un long débat, et les travaux de la cale",
      "sont terminés depuis la fin du mois dernier.",
    ];
    expect(segment(wrapped.join("\n")).map((line) => line.text)).toEqual([wrapped.join(" ")]);
  });
});

describe("header", () => {
  const english = languageFromTag("en");
  const paragraph =
    "The harbour board met on Tuesday evening and agreed, after a long and at times heated debate, that the night ferry will keep running through the winter months.";
  const more =
    "Islanders who work late shifts on the mainland had warned that they would lose their jobs if the last sailing of the day were cut from the timetable.";
  const headerOf = (page: string) => {
    const lines = segment(page).map((line) => classifyLine(line, english));
    return { lines, header: findHeader(lines, findRegion(lines).start, false) };
  };

  it("takes the page title that the lead names, and starts the body at the prose", () => {
    const page = [
      "Night ferry",
      "From the Island Wiki",
      "Operator Harbour Board",
      "Vessels Two",
      "",
      `In shipping, a night ferry is a late sailing. ${paragraph}`,
      "",
      more,
    ].join("\n");
    const { lines, header } = headerOf(page);
    expect(header.headline).toBe("Night ferry");
    expect(lines[header.bodyStart]!.text).toContain("In shipping");
    // A site's name line that the lead repeats as a dateline's source is not the title.
    const news = [
      "Coast News Agency",
      "Home",
      "",
      "Night Ferry Will Keep Running",
      "",
      `HARBOURTON (Coast News Agency) – ${paragraph}`,
      "",
      more,
    ].join("\n");
    expect(headerOf(news).header.headline).toBe("Night Ferry Will Keep Running");
  });

  it("prefers the headline to a standfirst without a full stop packed under it", () => {
    const { header } = headerOf(
      [
        "Island News",
        "",
        "Night Ferry Will Keep Running This Winter",
        "Islanders Who Work Late Win Their Campaign",
        "",
        paragraph,
        "",
        more,
      ].join("\n"),
    );
    expect(header.headline).toBe("Night Ferry Will Keep Running This Winter");
    expect(header.description).toBe("Islanders Who Work Late Win Their Campaign");
    // A shorter line above is a kicker, not the headline.
    expect(headerOf(["Ferries", "Night Ferry Will Keep Running This Winter", "", paragraph, "", more].join("\n")).header.headline).toBe(
      "Night Ferry Will Keep Running This Winter",
    );
    // Set apart by a blank line, the standfirst has its date right under it; a tagline over the headline has none.
    const apart = headerOf(
      [
        "Night Ferry Will Keep Running This Winter",
        "",
        "Islanders Who Work Late Win Their Campaign",
        "4 March 2025",
        "",
        paragraph,
        "",
        more,
      ].join("\n"),
    );
    expect(apart.header.headline).toBe("Night Ferry Will Keep Running This Winter");
    expect(apart.header.description).toBe("Islanders Who Work Late Win Their Campaign");
    const tagline = headerOf(
      ["The Island Paper Read in Every Harbour Since 1901", "", "Night Ferry Will Keep Running", "", paragraph, "", more].join("\n"),
    );
    expect(tagline.header.headline).toBe("Night Ferry Will Keep Running");
  });

  it("finds a title packed under a blog's tagline, and takes a repeated headline into the header", () => {
    const blog = [
      "Hello, I'm Ada.",
      "I write about boats and the sea, and sometimes about trains.",
      "Why the Night Ferry Matters",
      "",
      paragraph,
      "",
      more,
    ].join("\n");
    const { lines, header } = headerOf(blog);
    expect(header.headline).toBe("Why the Night Ferry Matters");
    expect(lines[header.bodyStart]!.text).toBe(paragraph);
    const twice = headerOf(
      ["Night Ferry Will Keep Running", "By Ada Fenwick", "Night Ferry Will Keep Running", "", paragraph, "", more].join("\n"),
    );
    expect(twice.lines[twice.header.bodyStart]!.text).toBe(paragraph);
  });

  it("takes a posted-by line under the headline for the header, not for the lead picture's caption", () => {
    const { lines, header } = headerOf(
      [
        "Night Ferry Will Keep Running",
        "",
        "Posted by Ada Fenwick and Tom Okafor, harbour desk, on the island",
        "",
        paragraph,
        "",
        more,
      ].join("\n"),
    );
    expect(header.image).toBeUndefined();
    expect(lines[header.bodyStart]!.text).toBe(paragraph);
  });

  it("skips a box of teasers between the headline and the body", () => {
    const page = [
      "Night Ferry Will Keep Running This Winter",
      "4 March 2025",
      "Related",
      "Harbour Board Elects a New Chair After Long Vote",
      "By Ada Fenwick",
      "Island School Gets a Second Minibus for Late Pupils",
      "By Tom Hale",
      "",
      paragraph,
      "",
      more,
    ].join("\n");
    const { lines, header } = headerOf(page);
    expect(header.headline).toBe("Night Ferry Will Keep Running This Winter");
    expect(header.authors).toEqual([]);
    expect(lines[header.bodyStart]!.text).toBe(paragraph);
  });

  it("looks past a list of contents above the body for the title heading it", () => {
    const sections = [
      "Why Build Your Own",
      "Parts for the Clock",
      "Wiring the Little Motor",
      "Setting the Two Hands",
      "Mounting the Tide Dial",
      "What I Would Change",
    ];
    const page = [
      "Building a Tide Clock at Home",
      "A weekend project for the patient maker",
      ...sections,
      "",
      paragraph,
      ...sections.slice(1).flatMap((section) => ["", section, "", more]),
    ].join("\n");
    const { lines, header } = headerOf(page);
    expect(header.headline).toBe("Building a Tide Clock at Home");
    // The line under the title is the list's first entry, not a picture's caption.
    expect(header.image).toBeUndefined();
    expect(lines[header.bodyStart]!.text).toBe(paragraph);
  });

  it("does not take a breadcrumb trail for the headline, whatever its separators", () => {
    for (const trail of [
      "Island News >> Harbour >> Ferries and Shipping",
      "Island News »» Harbour »» Ferries and Shipping",
      "Island News › Harbour › Ferries and Shipping",
    ]) {
      const line = classifyLine({ index: 0, text: trail, blankBefore: true, blankAfter: true }, english);
      expect(isTitleLike(line, false)).toBe(false);
    }
  });

  it("takes no menu split by bars or dots, and no line of code, for a title (each form of the pattern behind its gate)", () => {
    for (const text of [
      "« Previous story | Next story »",
      "Harbour · Ferries · Tide tables · Weather",
      "Harbour • Ferries • Tide tables",
      "const ferry = { sails: true };",
      "ferries = load(harbour)",
      "Ferry │ Harbour │ Island",
    ]) {
      const line = classifyLine({ index: 0, text, blankBefore: true, blankAfter: true }, english);
      expect(isTitleLike(line, false), text).toBe(false);
    }
  });
});

describe("hostile layouts", () => {
  it("reads a line of letters after an '@' with no address in it in one pass", () => {
    // An address tried from each letter of its name read a long run again from every letter: 100,000 letters took
    // 9 s, and these three million would take hours, far past the suite's hang guard.
    const story = [
      "The harbour board said on Tuesday that the winter timetable would be reviewed, after islanders complained.",
      "The review will look at the last crossing of the evening, which now leaves before the mainland shops close.",
    ];
    const page = ["Island timetable to be reviewed", "", story[0], "", `Ada @${"a".repeat(3_000_000)}`, "", story[1]].join("\n");
    expect(fromText(page).headline).toBe("Island timetable to be reviewed");
  });

  it("reads a numbered or bulleted line whose long run of spaces ends on a line separator as no item, in one pass over it", () => {
    // A pattern whose run of spaces and item text overlap tries every split of such a line: 100,000 spaces took a
    // minute, a million would take hours, far past the suite's hang guard. With no overlap the line is read once.
    for (const ending of ["\u2028", "x\u2028y"]) {
      expect(NUMBERED.test(`1. ${" ".repeat(1_000_000)}${ending}`)).toBe(false);
      expect(BULLET.test(`• ${" ".repeat(1_000_000)}${ending}`)).toBe(false);
    }
    expect(NUMBERED.exec("2) Board at the quay")?.[2]).toBe("Board at the quay");
    expect(BULLET.exec("–  Board at the quay")?.[1]).toBe("Board at the quay");
  });

  // A heading candidate looks up over the furniture packed above it; a run of thousands of related links inside a
  // story once cost a walk to the top of the run for every line (20,000 links: 12 s). The growth bench times it.
  it("reads a story with thousands of related links packed into it: its title and every paragraph, no heading", () => {
    const paragraphs = Array.from(
      { length: 60 },
      (_, n) => `The harbour board said on Tuesday that ferry plan number ${n + 1} would be reviewed over the winter.`,
    );
    const links = Array.from({ length: 20_000 }, (_, n) => `See also: Harbour notes, part ${n + 1}`);
    const asLines = (texts: string[]) => texts.flatMap((text) => [text, ""]);
    const page = [
      "Night ferry returns in July",
      "",
      "By Ann Example",
      "",
      ...asLines(paragraphs.slice(0, 30)),
      ...links,
      "",
      ...asLines(paragraphs.slice(30)),
    ].join("\n");
    const article = fromText(page);
    expect(article.headline).toBe("Night ferry returns in July");
    const texts = article.body.map((block) => ("text" in block ? block.text : ""));
    expect(texts.filter((text) => text.startsWith("The harbour board"))).toEqual(paragraphs);
    expect(article.body.filter((block) => block.type === "heading")).toEqual([]);
  });
});

describe("a lead-in ending on a colon at the story's end", () => {
  it("drops a colon's line with nothing of the story under it: last in the region, or over the comments' header", () => {
    const prose = "The harbour board will publish the full winter timetable on its notice board beside the ticket window.";
    for (const tail of [["Photos:"], ["Photos:", "", "Leave a comment"], ["Fotos:", "", "Kommentare (3)"]]) {
      const lines = segment([prose, "", ...tail].join("\n")).map((line) => classifyLine(line, languageFromTag("en")));
      const { body } = assemble(lines, 0, lines.length, { authors: [] });
      expect(
        body.map((block) => ("text" in block ? block.text : "")),
        tail.join("/"),
      ).toEqual([prose]);
    }
  });
});

describe("a picture's screen-reader labels and a slideshow's counter in the body", () => {
  /** Four paragraphs of an invented ferry story in each language a test needs. */
  const storyIn = NIGHT_FERRY_STORIES;

  /** The body of a page: a headline, two paragraphs, `middle`, two paragraphs, and a footer. */
  const bodyOf = (tag: string, middle: string[]) => {
    return fromText(nightFerryPage(tag, middle)).body;
  };
  const textsOf = (body: ReturnType<typeof bodyOf>) => body.map((block) => ("text" in block ? block.text : ""));
  /** The story's paragraphs the body holds after the first (which a page with no byline may give its header as a deck). */
  const storyTexts = (body: ReturnType<typeof bodyOf>) =>
    textsOf(body)
      .filter((text) => text !== "")
      .slice(-3);
  const figuresOf = (body: ReturnType<typeof bodyOf>) =>
    body.flatMap((block) => (block.type === "figure" ? [{ caption: block.caption, credit: block.credit }] : []));

  it("reads a labelled source and caption as a figure, blank-lined or packed, in ten languages", () => {
    const labels: Array<[string, string, string]> = [
      ["en", "Image source, Harbour Pictures", "Image caption, The ferry terminal on a winter evening"],
      ["en", "Image source, Getty Images", "Media caption, The night boat leaves the quay"],
      ["es", "Fuente de la imagen, Foto Puerto", "Pie de foto, La estación marítima una tarde de invierno"],
      ["fr", "Crédit photo, Photo Port", "Légende image, La gare maritime un soir d'hiver"],
      ["pt", "Crédito, Foto Porto", "Legenda da foto, A estação numa noite de inverno"],
      ["de", "Bildquelle, Hafenbild", "Bildunterschrift, Der Fähranleger an einem Winterabend"],
      ["it", "Fonte immagine, Foto Porto", "Didascalia, La stazione marittima in una sera d'inverno"],
      ["nl", "Beeldbron, Havenfoto", "Bijschrift, De veerterminal op een winteravond"],
      ["pl", "Źródło zdjęcia, Foto Port", "Podpis zdjęcia, Terminal promowy w zimowy wieczór"],
    ];
    for (const [tag, source, caption] of labels) {
      const credit = source.slice(source.indexOf(", ") + 2);
      const text = caption.slice(caption.indexOf(", ") + 2);
      for (const middle of [
        [source, "", caption],
        [source, caption],
      ]) {
        const body = bodyOf(tag, middle);
        expect(storyTexts(body), source).toEqual(storyIn[tag]!.slice(1));
        for (const label of [source, caption]) expect(textsOf(body).join(" "), source).not.toContain(label.slice(0, label.indexOf(",")));
        expect(figuresOf(body).at(-1), source).toEqual({ caption: text, credit });
      }
      // German's labels count only in a pair: its nouns take a capital in a sentence's list too.
      if (tag === "de") {
        expect(textsOf(bodyOf(tag, [caption])), caption).toContain(caption);
        expect(textsOf(bodyOf(tag, [source])), source).toContain(source);
        continue;
      }
      // A caption's label alone: a figure with no credit. A source's label alone: dropped.
      expect(figuresOf(bodyOf(tag, [caption])).at(-1), caption).toEqual({ caption: text, credit: undefined });
      // The bare "Crédito," (a heading's word too) is a source's label only over a caption's.
      if (source.startsWith("Crédito")) expect(textsOf(bodyOf(tag, [source])), source).toContain(source);
      else {
        expect(storyTexts(bodyOf(tag, [source])), source).toEqual(storyIn[tag]!.slice(1));
        expect(textsOf(bodyOf(tag, [source])), source).not.toContain(source);
      }
    }
  });

  it("keeps sentences that open with a label's words and comma", () => {
    const kept: Array<[string, string]> = [
      // German's nouns take a capital in a list: a sentence, no label.
      ["de", "Bildunterschrift, Titel und Vorspann wählt die Redaktion aus, sagte der Chefredakteur."],
      ["de", "Bildquelle, Text und Ton müssen künftig bei jedem Beitrag angegeben werden, beschloss der Rundfunkrat."],
      // A source that reads as a sentence, no name.
      [
        "en",
        "Image source, Licensing and storage costs have tripled since 2019, the archive's director said, and the museum can no longer pay them.",
      ],
    ];
    for (const [tag, line] of kept) expect(textsOf(bodyOf(tag, [line])), line).toContain(line);
  });

  it("drops a slideshow's counter and reads the slide's line under it as a figure's caption", () => {
    const slides: Array<[string, string, string]> = [
      ["en", "1 of 6", "The old ferry leaving the harbour in 1998"],
      ["en", "Photo 2 of 12", "Deckhands loading the last boat of the night"],
      ["de", "Bild 1 von 6", "Die alte Fähre verlässt 1998 den Hafen"],
      ["fr", "1 / 6", "L'ancien ferry quittant le port en 1998"],
      ["es", "Foto 3 de 8", "El antiguo ferry saliendo del puerto en 1998"],
      ["it", "Immagine 1 di 6", "Il vecchio traghetto lascia il porto nel 1998"],
      ["nl", "Foto 1 van 6", "De oude veerboot verlaat in 1998 de haven"],
      ["pl", "Zdjęcie 1 z 6", "Stary prom wypływa z portu w 1998 roku"],
    ];
    for (const [tag, counter, caption] of slides) {
      for (const middle of [
        [counter, "", caption],
        [counter, caption],
      ]) {
        const body = bodyOf(tag, middle);
        expect(storyTexts(body), counter).toEqual(storyIn[tag]!.slice(1));
        expect(textsOf(body), counter).not.toContain(counter);
        expect(figuresOf(body).at(-1)?.caption, counter).toBe(caption);
      }
    }
  });

  it("keeps prose and headings that only look like the labels or a counter", () => {
    const kept: Array<[string, string]> = [
      // A counter in a sentence, or a line that reads on past it.
      ["en", "Only 1 of 6 deckhands on the late shift had more than a year at sea, the union said on Monday."],
      ["de", "Nur 1 von 6 Matrosen der Spätschicht hatte mehr als ein Jahr Erfahrung, sagte die Gewerkschaft."],
      ["en", "1 of 6 boats"],
      ["pl", "Tylko 1 z 6 marynarzy z późnej zmiany miał ponad rok doświadczenia, podał związek zawodowy."],
      // A heading whose word is a label's, without the label's comma or over no caption's label.
      ["pt", "Crédito, juros e dívida"],
      ["pt", "Crédito, IVA e juros altos"],
      ["en", "Image sources and the law"],
      ["en", "Image source: what the archive holds"],
      // A sentence opening with the word, past the label's reach.
      ["es", "Pie de foto, titular y entradilla son las tres piezas que el lector ve antes de decidir si sigue leyendo la noticia."],
    ];
    for (const [tag, line] of kept) expect(textsOf(bodyOf(tag, [line])), line).toContain(line);
    // A work's chapters ("14/14"), unspaced, is no slide's counter.
    expect(textsOf(bodyOf("en", ["Chapters:", "14/14"])), "14/14").toContain("14/14");
  });

  it("keeps a short sentence standing apart under a counter as the story's paragraph", () => {
    const sentences: Array<[string, string, string]> = [
      ["en", "1 of 6", "The bridge was closed again."],
      ["it", "1 di 3", "Il ponte resterà chiuso fino a ottobre."],
      ["nl", "2 van 4", "De brug gaat pas in oktober weer open."],
    ];
    for (const [tag, counter, sentence] of sentences) {
      const body = bodyOf(tag, [counter, "", sentence]);
      expect(textsOf(body), sentence).toContain(sentence);
      expect(
        figuresOf(body).map((figure) => figure.caption),
        sentence,
      ).not.toContain(sentence);
    }
  });

  it("drops the counter but no player's button under it as a caption", () => {
    const body = bodyOf("en", ["1 of 24", "Full Screen", "Autoplay"]);
    expect(textsOf(body)).not.toContain("1 of 24");
    expect(figuresOf(body).map((figure) => figure.caption)).not.toContain("Full Screen");
  });
});

describe("a note that the story goes on under an ad, in the languages Dateline reads", () => {
  const storyIn = NIGHT_FERRY_STORIES;
  const bodyTexts = (tag: string, middle: string[]) => {
    return fromText(nightFerryPage(tag, middle)).body.map((block) => ("text" in block ? block.text : ""));
  };

  it("drops the note, alone or under the ad's label, and keeps the story under it", () => {
    const notes: Array<[string, string, string]> = [
      ["en", "Advertisement", "Article continues after advertisement"],
      ["de", "Anzeige", "Weiterlesen nach der Anzeige"],
      ["de", "Anzeige", "Fortsetzung nach der Anzeige"],
      ["fr", "Publicité", "La suite après la publicité"],
      ["fr", "Publicité", "L’article continue sous cette publicité"],
      ["es", "Publicidad", "La noticia continúa tras la publicidad"],
      ["it", "Pubblicità", "L'articolo continua dopo la pubblicità"],
      ["pt", "Publicidade", "Continua após a publicidade"],
      ["nl", "Advertentie", "Tekst gaat verder onder de advertentie"],
      ["pl", "Reklama", "Dalsza część artykułu pod reklamą"],
    ];
    for (const [tag, ad, note] of notes) {
      for (const middle of [[note], [ad, "", note], [ad, note]]) {
        const texts = bodyTexts(tag, middle);
        expect(texts, note).not.toContain(note);
        expect(texts.filter((text) => text !== "").slice(-3), note).toEqual(storyIn[tag]!.slice(1));
      }
    }
  });

  it("keeps a sentence of the story that opens with the note's words", () => {
    const sentences: Array<[string, string]> = [
      ["fr", "La suite après la publicité a surpris les lecteurs du journal, qui ne s'attendaient pas à un tel revirement du conseil."],
      ["de", "Weiterlesen nach der Anzeige mussten die Leser früher auf Seite drei, heute steht der Text des Rates vollständig online."],
      ["nl", "Lees verder onder de advertentie, stond er vroeger in de krant, maar de eilandraad plaatst zijn besluiten nu online."],
    ];
    for (const [tag, sentence] of sentences) expect(bodyTexts(tag, [sentence]), sentence).toContain(sentence);
  });
});

describe("an embedded post's notice and its sharer's line", () => {
  const storyIn = NIGHT_FERRY_STORIES;
  const bodyTexts = (tag: string, middle: string[]) => {
    // A figure's caption too: a line that ends in brackets may read as a credited caption, which keeps its text.
    return fromText(nightFerryPage(tag, middle)).body.map((block) =>
      "text" in block ? block.text : block.type === "figure" ? (block.caption ?? "") : "",
    );
  };

  it("drops the notice and the sharer's line, blank-lined or packed, in eight languages", () => {
    const embeds: Array<[string, string, string]> = [
      ["en", "View this post on Instagram", "A post shared by Harbour Ferries (@harbourferries)"],
      ["de", "Diesen Beitrag auf Instagram ansehen", "Ein Beitrag geteilt von Inselfähren (@inselfaehren)"],
      ["fr", "Voir cette publication sur Instagram", "Une publication partagée par Bacs de l'Île (@bacsdelile)"],
      ["es", "Ver esta publicación en Instagram", "Una publicación compartida por Ferris de la Isla (@ferrisisla)"],
      ["it", "Visualizza questo post su Instagram", "Un post condiviso da Traghetti dell'Isola (@traghetti.isola)"],
      ["pt", "Ver esta publicação no Instagram", "Uma publicação partilhada por Ferries da Ilha (@ferriesdailha)"],
      ["nl", "Dit bericht op Instagram bekijken", "Een bericht gedeeld door Veerdienst Eiland (@veerdiensteiland)"],
      ["pl", "Wyświetl ten post na Instagramie", "Post udostępniony przez Promy Wyspy (@promywyspy)"],
    ];
    for (const [tag, notice, sharer] of embeds) {
      for (const middle of [
        [notice, "", sharer],
        [notice, sharer],
      ]) {
        const texts = bodyTexts(tag, middle);
        expect(texts, notice).not.toContain(notice);
        expect(texts, sharer).not.toContain(sharer);
        expect(texts.filter((text) => text !== "").slice(-3), notice).toEqual(storyIn[tag]!.slice(1));
      }
    }
  });

  it("keeps sentences that speak of a shared post, and a heading naming a handle", () => {
    const kept: Array<[string, string]> = [
      ["en", "View this post on Instagram and you will see the night boat leaving the quay in a storm, the operator said."],
      ["en", "A post shared by the council on Monday drew more than four hundred comments from angry commuters."],
      ["en", "A post shared by Ruth Amsel (@ruthbakes) drew four hundred comments, and the council answered it on Monday."],
      [
        "en",
        "A post shared by Ruth Amsel (@ruthbakes), who runs the bakery by the terminal, drew four hundred comments from commuters (and one from the mayor)",
      ],
      ["de", "Ein Beitrag geteilt von der Reederei am Montag sorgte auf der Insel für viel Ärger unter den Pendlern."],
    ];
    for (const [tag, line] of kept) expect(bodyTexts(tag, [line]), line).toContain(line);
  });

  it("keeps the one paragraph that closes the story under the post, its lines packed as a copy gives them", () => {
    const closing = "The team plays away at Dunmore next Saturday, a ground where it has not won since 2011.";
    const pageWith = (embed: string[]) =>
      fromText(
        [
          "Sport",
          "Pressure grows on the Rovers manager",
          "By Ed Blaine",
          "October 20, 2025",
          "Westbrook Rovers have lost six games in a row, and the pressure on their manager, Lars Heine, is growing by the week.",
          "Heine, appointed in the summer from the Valdorian league, has said he needs until January to fix a defence that has conceded nineteen goals.",
          ...embed,
          closing,
        ].join("\n"),
      ).body.map((block) => ("text" in block ? block.text : ""));
    const sharer = "A post shared by Westbrook Rovers (@westbrookrovers)";
    for (const embed of [
      ["View this post on Instagram", sharer],
      ["Diesen Beitrag auf Instagram ansehen", sharer],
      // A network whose notice no list holds: the notice stays a short line, the sharer's line still goes.
      ["View this post on X", sharer],
      [sharer],
    ]) {
      const texts = pageWith(embed);
      expect(texts, embed.join(" / ")).toContain(closing);
      expect(texts, embed.join(" / ")).not.toContain(sharer);
    }
    // Near miss: with nothing under the post the region still ends over it.
    expect(pageWith([]).at(-1)).toBe(closing);
  });
});

describe("a graphic's credit under the story's first paragraph", () => {
  /** A dated page whose story opens with `lead`, then `credit`, then two more paragraphs. */
  const pageWith = (lead: string, credit: string, rest: [string, string]) =>
    fromText(
      [
        "Night ferry cut back as crews run short",
        "",
        "By Mara Lindqvist",
        "4 March 2025",
        "",
        lead,
        "",
        credit,
        "",
        rest[0],
        "",
        rest[1],
        "",
      ].join("\n"),
    );
  const cases: Array<[string, string, [string, string]]> = [
    [
      "Una portavoce ha spiegato che l'azienda ha avviato un corso con l'istituto nautico di Porto Ontano e conta di diplomare i primi dodici allievi prima dell'orario estivo.",
      "Grafica: Marco Bellini / ANSA",
      [
        "Il consiglio si è diviso sul taglio. Alcuni consiglieri volevano trattenere il contributo alla compagnia fino al ritorno del servizio completo, altri temono che la linea possa chiudere del tutto.",
        "I commercianti dell'isola temono per i ristoranti e per il piccolo teatro di via del Molo, che vivono dei visitatori che rientrano tardi con l'ultima nave.",
      ],
    ],
    [
      "Przedsiębiorcy na wyspie obawiają się, że zmiana zaszkodzi restauracjom i małemu teatrowi przy ulicy Nabrzeżnej, które żyją z gości wracających późno ostatnim promem.",
      "Grafika: Anna Nowak / PAP",
      [
        "Rada była podzielona w sprawie cięcia. Część radnych chciała wstrzymać dotację dla armatora do czasu powrotu pełnych kursów, inni ostrzegali, że to może oznaczać koniec linii.",
        "Do tego czasu w dni robocze o północy z terminalu na groblę będzie jeździł bus, opłacany przez radę z rezerwy transportowej, przekazał urząd.",
      ],
    ],
    [
      "Die Reederei hat seit dem Herbst elf Matrosen verloren, die meisten an besser bezahlte Stellen auf den Schiffen der Windparks.",
      "Grafik: Lena Storm / dpa",
      [
        "Im Gemeinderat war die Kürzung umstritten. Einige forderten, den Zuschuss an die Reederei zurückzuhalten, bis der volle Betrieb wieder läuft.",
        "Bis dahin fährt werktags um Mitternacht ein Kleinbus vom Anleger zum Damm, den der Rat aus seiner Verkehrsrücklage bezahlt.",
      ],
    ],
    [
      "La compagnie dit avoir perdu onze matelots depuis l'automne, la plupart partis pour des postes mieux payés sur les navires des parcs éoliens.",
      "Infographie : Claire Morel / AFP",
      [
        "Le conseil s'est divisé sur cette coupe. Certains élus voulaient suspendre la subvention versée à l'armateur jusqu'au retour du service complet.",
        "D'ici là, un minibus partira de la gare maritime vers la digue à minuit en semaine, financé par le conseil sur sa réserve transport.",
      ],
    ],
    [
      "The operator said it had lost eleven deckhands since the autumn, most of them to better paid jobs on the wind farm boats.",
      "Graphic: Ada Fenwick / Reuters",
      [
        "Council members were divided over the cut. Some argued the subsidy paid to the operator should be held back until the full service returns.",
        "Until then, a minibus will run from the terminal to the causeway at midnight on weekdays, paid for by the council out of its transport reserve.",
      ],
    ],
  ];

  it("keeps the paragraph over a graphic's credit as the story's first, in five languages", () => {
    for (const [lead, credit, rest] of cases) {
      const article = pageWith(lead, credit, rest);
      expect(article.image?.caption, credit).not.toBe(lead);
      const paragraphs = article.body.flatMap((block) => (block.type === "paragraph" ? [block.text] : []));
      expect(paragraphs, credit).toEqual([lead, ...rest]);
    }
  });

  it("keeps such a paragraph over a graphic's credit further down the story", () => {
    for (const [lead, credit, rest] of cases) {
      const article = fromText(
        [
          "Night ferry cut back as crews run short",
          "",
          "By Mara Lindqvist",
          "4 March 2025",
          "",
          rest[0],
          "",
          rest[1],
          "",
          lead,
          "",
          credit,
          "",
          rest[0].split(". ")[0]!.concat("."),
          "",
        ].join("\n"),
      );
      const paragraphs = article.body.flatMap((block) => (block.type === "paragraph" ? [block.text] : []));
      expect(paragraphs, credit).toContain(lead);
    }
  });

  it("still reads a short caption over a photo's credit, and a chart's title over a graphic's credit, as a picture's", () => {
    for (const [, credit, rest] of cases) {
      const photo = credit.replace(/^[^:]+:/u, "Photo:");
      const article = pageWith("The night ferry at the quay in Kettle Point", photo, rest);
      expect(article.image?.caption, photo).toBe("The night ferry at the quay in Kettle Point");
      const chart = pageWith("Passengers a crossing, 2015–2024", credit, rest);
      const captions = [chart.image?.caption, ...chart.body.map((block) => (block.type === "figure" ? block.caption : undefined))];
      expect(captions, credit).toContain("Passengers a crossing, 2015–2024");
    }
  });
});

describe("a related story's link under the bare word for related in five more languages", () => {
  const storyIn = NIGHT_FERRY_STORIES;
  const bodyOf = (tag: string, middle: string[]) => {
    return fromText(nightFerryPage(tag, middle)).body;
  };
  const textsOf = (body: ReturnType<typeof bodyOf>) => body.map((block) => ("text" in block ? block.text : ""));

  it("reads the line as a related link and goes on with the story", () => {
    const links: Array<[string, string]> = [
      ["pt", "Relacionado: Linhas de autocarro da ilha redesenhadas após consulta"],
      ["es", "Relacionados: Las líneas de autobús de la isla cambian tras la consulta"],
      ["it", "Correlato: Le linee di autobus dell'isola ridisegnate dopo la consultazione"],
      ["nl", "Gerelateerd: Buslijnen op het eiland opnieuw ingedeeld na inspraak"],
      ["pl", "Powiązane: Linie autobusowe na wyspie zmienione po konsultacjach"],
    ];
    for (const [tag, link] of links) {
      const body = bodyOf(tag, [link]);
      expect(textsOf(body), link).not.toContain(link);
      expect(
        body.some((block) => block.type === "related"),
        link,
      ).toBe(true);
      expect(
        textsOf(body)
          .filter((text) => text !== "")
          .slice(-3),
        link,
      ).toEqual(storyIn[tag]!.slice(1));
    }
  });

  it("keeps a paragraph standing apart under the bare word as the story's, not a teaser", () => {
    const sections: Array<[string, string, string]> = [
      [
        "pt",
        "Relacionados",
        "Os estivadores também sentiram o fecho, porque os camiões que carregam no cais norte têm de dar uma volta de vinte quilómetros.",
      ],
      [
        "it",
        "Correlato",
        "Anche i portuali hanno sentito la chiusura, perché i camion che caricano al molo nord devono fare una deviazione di venti chilometri.",
      ],
    ];
    for (const [tag, word, paragraph] of sections) {
      const body = bodyOf(tag, [word, "", paragraph]);
      expect(textsOf(body), paragraph).toContain(paragraph);
      expect(
        body.some((block) => block.type === "related"),
        paragraph,
      ).toBe(false);
    }
  });

  it("keeps sentences that open with the word but no label's colon", () => {
    const sentences: Array<[string, string]> = [
      ["pt", "Relacionado com o porto, o conflito entre a câmara e o armador dura há mais de dez anos, segundo os vereadores."],
      ["it", "Correlati al taglio sono anche i nuovi orari degli autobus, che il consiglio discuterà nella seduta di giugno."],
      ["nl", "Gerelateerd aan de bezuiniging is ook de nieuwe dienstregeling van de bussen, die de raad in juni bespreekt."],
    ];
    for (const [tag, sentence] of sentences) expect(textsOf(bodyOf(tag, [sentence])), sentence).toContain(sentence);
  });
});

describe("a poll set between the story's paragraphs", () => {
  const storyIn = NIGHT_FERRY_STORIES;
  const textsOf = (tag: string, middle: string[]) => {
    return fromText(nightFerryPage(tag, middle)).body.map((block) => ("text" in block ? block.text : ""));
  };
  const polls: Array<[string, string[]]> = [
    ["en", ["Poll", "", "Do you use the night ferry?", "", "Yes, every week", "Sometimes", "Never", "Vote"]],
    ["de", ["Umfrage", "Nutzen Sie die Nachtfähre?", "Ja, jede Woche", "Manchmal", "Nie", "Abstimmen"]],
    ["fr", ["Sondage", "", "Prenez-vous le ferry de nuit ?", "", "Oui, chaque semaine", "Parfois", "Jamais", "Voter"]],
    ["es", ["Encuesta", "", "¿Usa usted el ferry nocturno?", "", "Sí, cada semana", "A veces", "Nunca", "Votar"]],
    ["it", ["Sondaggio", "Usate il traghetto notturno?", "Sì, ogni settimana", "A volte", "Mai", "Vota"]],
    ["pt", ["Sondagem", "", "Usa o ferry noturno?", "", "Sim, todas as semanas", "Às vezes", "Nunca", "Votar"]],
    ["nl", ["Peiling", "", "Gebruikt u de nachtboot?", "", "Ja, elke week", "Soms", "Nooit", "Stem"]],
    ["pl", ["Sonda", "", "Czy korzystasz z nocnego promu?", "", "Tak, co tydzień", "Czasami", "Nigdy", "Głosuj"]],
  ];

  it("drops the poll from its label to its vote button, in eight languages", () => {
    for (const [tag, poll] of polls) {
      const texts = textsOf(tag, poll);
      for (const line of poll) if (line !== "") expect(texts, `${tag}: ${line}`).not.toContain(line);
      expect(texts.filter((text) => text !== "").slice(-3), tag).toEqual(storyIn[tag]!.slice(1));
    }
  });

  it("keeps a poll's word heading the story's text, and a question with no vote button under it", () => {
    const survey =
      "The survey of 400 commuters, carried out for the council in January, found that most of them use the late boat twice a week.";
    expect(textsOf("en", ["Poll", "", survey])).toContain(survey);
    // A vote's word under that text (a button of something else, or the story's own short line) takes none of it.
    expect(textsOf("en", ["Poll", "", survey, "", "Vote"])).toContain(survey);
    // No vote button: the question is the story's, as on a page with no poll.
    const question = textsOf("en", ["Poll", "", "Do you use the night ferry?", "", "Yes, every week", "Sometimes"]);
    expect(question).toContain("Do you use the night ferry?");
  });
});

describe("a newsletter box set into the story, in more languages", () => {
  const storyIn = NIGHT_FERRY_STORIES;
  const textsOf = (tag: string, middle: string[]) => {
    return fromText(nightFerryPage(tag, middle)).body.map((block) => ("text" in block ? block.text : ""));
  };

  it("drops a packed box from its call to its button, with the pitch between", () => {
    const boxes: Array<[string, string[]]> = [
      [
        "fr",
        [
          "Inscrivez-vous à notre newsletter",
          "L'essentiel de l'actualité des îles chaque matin dans votre boîte mail.",
          "Adresse e-mail",
          "Je m'inscris",
        ],
      ],
      [
        "es",
        [
          "Suscríbete a nuestro boletín",
          "Las noticias más importantes de las islas, cada mañana en tu correo.",
          "Correo electrónico",
          "Suscribirme",
        ],
      ],
      [
        "pt",
        ["Subscreva a nossa newsletter", "As notícias mais importantes das ilhas, todas as manhãs.", "Endereço de email", "Subscrever"],
      ],
      [
        "nl",
        ["Schrijf je in voor onze nieuwsbrief", "Het belangrijkste nieuws van de eilanden, elke ochtend.", "E-mailadres", "Inschrijven"],
      ],
      [
        "pl",
        ["Zapisz się na newsletter", "Najważniejsze wiadomości z wysp codziennie rano w twojej skrzynce.", "Adres e-mail", "Zapisz się"],
      ],
    ];
    for (const [tag, box] of boxes) {
      const texts = textsOf(tag, box);
      for (const line of box) expect(texts, `${tag}: ${line}`).not.toContain(line);
      expect(texts.filter((text) => text !== "").slice(-3), tag).toEqual(storyIn[tag]!.slice(1));
    }
  });

  it("drops an address field's label alone on its line", () => {
    const fields: Array<[string, string]> = [
      ["en", "Email address"],
      ["de", "E-Mail-Adresse"],
      ["fr", "Adresse e-mail"],
      ["it", "Indirizzo email"],
      ["nl", "E-mailadres"],
    ];
    for (const [tag, field] of fields) expect(textsOf(tag, ["Newsletter", "", field, "", "Sign up"]), field).not.toContain(field);
  });

  it("keeps a field's words heading an explainer's section over its prose", () => {
    const sections: Array<[string, string, string]> = [
      [
        "en",
        "Email address",
        "Under the new rules, the booking office may use a passenger's email only to send tickets and timetable changes, not offers from partners.",
      ],
      [
        "es",
        "Correo electrónico",
        "La oficina de reservas solo podrá usar el correo del pasajero para enviar billetes y cambios de horario, no ofertas de socios.",
      ],
    ];
    for (const [tag, heading, prose] of sections) expect(textsOf(tag, [heading, "", prose]), heading).toContain(heading);
  });

  it("keeps the story's sentences with the words in them", () => {
    const sentences: Array<[string, string]> = [
      ["nl", "Wie mee wil doen aan de loting, moet zich voor vrijdag inschrijven bij de gemeente aan de haven."],
      ["pt", "O armador recusou subscrever o acordo com a câmara na reunião de terça-feira à noite."],
      ["es", "Los vecinos deberán suscribirse al nuevo servicio de autobús antes del verano, según el cabildo."],
      ["de", "Die E-Mail-Adresse des Verkehrsausschusses steht auf der Website des Gemeinderats."],
      ["nl", "De eilandraad stuurt zijn nieuwsbrief over de veerdienst voortaan elke maand naar alle inwoners."],
      // An infinitive opening a short sentence as its subject, or closing a Dutch one; a speaker's "Je m'inscris".
      ["nl", "Inschrijven kan tot en met vrijdag."],
      ["nl", "Wie mee wil doen, moet zich inschrijven."],
      ["es", "Suscribirse al servicio de avisos cuesta dos euros al mes."],
      ["pt", "Subscrever o novo passe custa dez euros por mês."],
      ["fr", "« Je m'inscris dès demain », a dit Paul Ferrand, pêcheur."],
    ];
    for (const [tag, sentence] of sentences) expect(textsOf(tag, [sentence]), sentence).toContain(sentence);
  });
});

describe("a newsletter box set apart with blank lines", () => {
  const storyIn = NIGHT_FERRY_STORIES;
  const textsOf = (tag: string, middle: string[]) => {
    return fromText(nightFerryPage(tag, middle)).body.map((block) => ("text" in block ? block.text : ""));
  };
  const spaced = (lines: string[]) => lines.flatMap((line) => [line, ""]).slice(0, -1);

  it("drops the pitch between the box's call and its button, in eight languages", () => {
    const boxes: Array<[string, string[]]> = [
      ["en", ["Sign up for our morning briefing", "The day's top stories from the islands, every morning.", "Email address", "Sign up"]],
      [
        "de",
        [
          "Newsletter abonnieren",
          "Die wichtigsten Nachrichten von den Inseln jeden Morgen in Ihrem Postfach.",
          "E-Mail-Adresse",
          "Jetzt anmelden",
        ],
      ],
      ["fr", ["Inscrivez-vous à notre newsletter", "L'essentiel de l'actualité des îles chaque matin.", "Je m'inscris"]],
      ["es", ["Suscríbete a nuestro boletín", "Las noticias más importantes de las islas, cada mañana en tu correo.", "Suscribirme"]],
      [
        "it",
        [
          "Iscriviti alla nostra newsletter",
          "Le notizie più importanti delle isole, ogni mattina nella tua casella di posta.",
          "Indirizzo email",
          "Iscriviti",
        ],
      ],
      ["pt", ["Subscreva a nossa newsletter", "As notícias mais importantes das ilhas, todas as manhãs no seu email.", "Subscrever"]],
      [
        "nl",
        ["Schrijf je in voor onze nieuwsbrief", "Het belangrijkste nieuws van de eilanden, elke ochtend in je mailbox.", "Inschrijven"],
      ],
      ["pl", ["Zapisz się na newsletter", "Najważniejsze wiadomości z wysp codziennie rano w twojej skrzynce.", "Zapisz się"]],
    ];
    for (const [tag, box] of boxes) {
      const texts = textsOf(tag, spaced(box));
      for (const line of box) expect(texts, `${tag}: ${line}`).not.toContain(line);
      expect(texts.filter((text) => text !== "").slice(-3), tag).toEqual(storyIn[tag]!.slice(1));
    }
  });

  it("keeps a line between a one-word prompt and another, and lines too many or too long between two calls", () => {
    const short = "The council will vote on the new timetable on Thursday evening.";
    expect(textsOf("en", spaced(["Subscribe", short, "Sign in"]))).toContain(short);
    const long =
      "The night boat carried an average of 140 passengers a crossing last year, according to figures the operator published in January, down from almost 200 before the bridge.";
    // Three lines between the call and the button: the story's, not a box's.
    const lines = ["Sign up for our morning briefing", short, "Ferry fares will rise in May.", "The pier reopens in June.", "Sign up"];
    const texts = textsOf("en", spaced(lines));
    for (const line of lines.slice(1, -1)) expect(texts, line).toContain(line);
    // A paragraph of the story's length between them.
    expect(textsOf("en", spaced(["Sign up for our morning briefing", long, "Sign up"]))).toContain(long);
  });

  it("drops the pitch under a call whose button runs to a few words", () => {
    const box = [
      "Love the Harbour Gazette newsletter? Tell your friends.",
      "We are close to 5,000 readers, thank you! Pass it on.",
      "Share the Harbour Gazette newsletter",
    ];
    const texts = textsOf("en", spaced(box));
    for (const line of box) expect(texts, line).not.toContain(line);
  });

  it("keeps the story's paragraphs between two of its own sentences about subscribing", () => {
    // The story's lines on a sign-up or a newsletter are prompts, but sentences, no box's button: what stands
    // between them is the story's.
    const stories: Array<[string, string[]]> = [
      [
        "en",
        [
          "Sign up for alerts by email, the council urged residents.",
          "The council said the walkway would close without notice if the wind rose above gale force.",
          "Signing up takes a minute on the county website.",
        ],
      ],
      [
        "en",
        [
          "Subscribe buttons now sit on every page of its site.",
          "The company has 40,000 paying subscribers.",
          "Its newsletter subscription costs five pounds a month.",
        ],
      ],
      [
        "de",
        [
          "Anwohner können sich für den Newsletter des Kreises anmelden.",
          "Darin steht jede Woche, wann der Steg offen ist.",
          "Anmelden kann man sich auch im Rathaus.",
        ],
      ],
      // A statement on a newsletter, then a sub-heading or a button: the paragraph between is the story's.
      [
        "en",
        [
          "Its free newsletter reaches 90,000 inboxes.",
          "Ward started it in her kitchen in 2019 with a list of forty friends.",
          "The paid newsletter model",
        ],
      ],
      [
        "de",
        [
          "Der kostenlose Newsletter erreicht 90.000 Postfächer.",
          "Gründerin Ines Wahl begann 2019 in ihrer Küche mit einer Liste von vierzig Freunden.",
          "Newsletter abonnieren",
        ],
      ],
    ];
    for (const [tag, lines] of stories) expect(textsOf(tag, spaced(lines)), lines[1]).toContain(lines[1]);
  });

  it("keeps a byline between a call to subscribe and a sign-in prompt", () => {
    const [first, second, third] = storyIn.en!;
    const page = [
      "Night ferry cut back as crews run short",
      "",
      "Subscribe to our newsletter",
      "",
      "By Mara Lindqvist",
      "",
      "Sign in",
      "",
      first,
      "",
      second,
      "",
      third,
    ];
    expect(fromText(page.join("\n")).authors?.map((author) => author.name)).toEqual(["Mara Lindqvist"]);
  });
});

describe("a related list packed between the story's paragraphs", () => {
  const story = [
    "Staff were told of the plan at meetings on Wednesday morning, and the company said it would try to move as many as possible to other shops nearby.",
    "A spokeswoman said the closures would mostly affect shops in smaller towns, where footfall has fallen furthest since the pandemic.",
    "The closures follow a twelve percent fall in profits last year, when the chain also shut its central bakery in Oxley.",
  ];
  const pageWith = (list: string[]) =>
    fromText(
      [
        "Business",
        "Bakery chain to close 40 shops",
        "By Nora Flint",
        "June 11, 2025",
        "Crumb & Co, the bakery chain, will close 40 of its 210 shops by the end of the year, putting about 500 jobs at risk. The company blamed rising rents and energy bills.",
        "Read more",
        ...list,
        ...story,
      ].join("\n"),
    ).body;
  const itemsOf = (body: ReturnType<typeof pageWith>) =>
    body.flatMap((block) => (block.type === "related" ? block.items.map((item) => item.title) : []));
  const textsOf = (body: ReturnType<typeof pageWith>) => body.flatMap((block) => ("text" in block ? [block.text] : []));

  it("ends the list where two sentences of prose run on under its titles", () => {
    const titles = ["Crumb & Co boss steps down after two years", "Why high street bakeries are struggling"];
    const body = pageWith(titles);
    expect(itemsOf(body)).toEqual(titles);
    for (const paragraph of story) expect(textsOf(body), paragraph).toContain(paragraph);
  });

  it("keeps a teaser's blurb in the list: one sentence between titles, or one that trails off", () => {
    const between = [
      "Crumb & Co boss steps down after two years",
      "The chief executive leaves after a year of falling sales and two profit warnings.",
      "Why high street bakeries are struggling",
    ];
    expect(itemsOf(pageWith(between))).toEqual(between);
    const trailing = ["Crumb & Co boss steps down after two years", "The chief executive leaves after a year of falling sales and..."];
    expect(itemsOf(pageWith(trailing))).toEqual(trailing);
  });
});

describe("a newsletter's thanks for reading under the post", () => {
  const paragraphs: Record<string, string[]> = {
    en: [
      "For eleven years the small ferry at Millbrook sat rusting on its slipway, a reminder of the days when the crossing was quicker than the road.",
      "This spring a group of volunteers finished restoring the hull, and the boat will carry passengers again from the first weekend of May.",
      "The crew expect around two hundred people a day during the summer, most of them walkers following the river path to the market.",
    ],
    de: [
      "Elf Jahre lang lag die kleine Fähre von Mühlbach rostend auf ihrer Rampe, eine Erinnerung an die Zeit, als die Überfahrt schneller war als die Straße.",
      "In diesem Frühjahr haben Freiwillige den Rumpf fertig restauriert, und ab dem ersten Wochenende im Mai soll das Boot wieder Fahrgäste bringen.",
      "Die Mannschaft rechnet im Sommer mit etwa zweihundert Menschen am Tag, die meisten davon Wanderer auf dem Weg am Fluss entlang.",
    ],
    fr: [
      "Pendant onze ans, le petit bac de Vaulnay est resté à rouiller sur sa cale, souvenir d'une époque où la traversée était plus rapide que la route.",
      "Ce printemps, un groupe de bénévoles a fini de restaurer la coque, et le bateau reprendra ses passagers dès le premier week-end de mai.",
      "L'équipage attend environ deux cents personnes par jour pendant l'été, pour la plupart des marcheurs qui suivent le chemin de la rivière.",
    ],
    es: [
      "Durante once años el pequeño transbordador de Valdosa estuvo oxidándose en su rampa, un recuerdo de cuando el cruce era más rápido que la carretera.",
      "Esta primavera un grupo de voluntarios terminó de restaurar el casco, y el barco volverá a llevar pasajeros desde el primer fin de semana de mayo.",
      "La tripulación espera unas doscientas personas al día durante el verano, la mayoría caminantes que siguen el sendero junto al río.",
    ],
  };
  const thanks: Record<string, string> = {
    en: "Thanks for reading Millbrook Letters! Subscribe for free to receive new posts and support my work.",
    de: "Danke fürs Lesen von Mühlbacher Briefe! Abonnieren Sie kostenlos, um neue Beiträge zu erhalten und meine Arbeit zu unterstützen.",
    fr: "Merci de votre lecture de Lettres de Vaulnay ! Inscrivez-vous gratuitement pour recevoir les nouveaux articles et soutenir mon travail.",
    es: "Gracias por leer Cartas de Valdosa. Suscríbete gratis para recibir nuevas publicaciones y apoyar mi trabajo.",
  };
  const page = (tag: string, closing: string) =>
    [
      "Millbrook Letters",
      "Subscribe",
      "Sign in",
      "The quiet return of the Millbrook ferry",
      "Harriet Okonjo",
      "Mar 4, 2025",
      "40",
      "Share",
      "",
      ...paragraphs[tag]!.flatMap((text) => [text, ""]),
      closing,
      "",
      "Subscribe",
      "40 Likes",
      "Share",
      "Discussion about this post",
    ].join("\n");
  const texts = (text: string) =>
    fromText(text)
      .body.filter((block) => block.type === "paragraph")
      .map((block) => (block.type === "paragraph" ? block.text : ""));

  it("leaves the sign-off that thanks the reader and calls to subscribe out of the body, in en/de/fr/es", () => {
    // Each sign-off holds one call's word and no "your" or "our", and runs past a short prompt's 90 characters.
    for (const tag of Object.keys(thanks)) {
      const body = texts(page(tag, thanks[tag]!));
      expect(body, tag).not.toContain(thanks[tag]);
      expect(body, tag).toEqual(paragraphs[tag]);
    }
  });

  it("takes the thanks for a prompt only with a call's word in it, and only opening the line, in en/de/fr/es/it/pt/nl", () => {
    const prompt = (text: string, tag: string) => classifyLine(segment(text)[0]!, languageFromTag(tag)).prompt;
    for (const [text, tag] of [
      [thanks.en!, "en"],
      ["Thank you so much for reading The Tide Log! Subscribe for free to receive new posts and to support this small work.", "en"],
      [thanks.de!, "de"],
      [thanks.fr!, "fr"],
      [thanks.es!, "es"],
      ["Grazie per aver letto Lettere da Valdosa! Iscriviti gratis per ricevere i nuovi articoli e sostenere il mio lavoro.", "it"],
      ["Obrigado por ler Cartas de Valdosa! Subscreva gratuitamente para receber novas publicações e apoiar o meu trabalho.", "pt"],
      ["Bedankt voor het lezen van Brieven uit Molenbroek! Neem gratis de nieuwsbrief voor nieuwe stukken en steun mijn werk.", "nl"],
    ])
      expect(prompt(text!, tag!), text).toBe(true);
    for (const [text, tag] of [
      // A story's sentence about a newsletter, thanking nobody.
      ["The ferry trust sends a newsletter each month to volunteers who helped restore the hull and support its work.", "en"],
      // Thanks with no call in it: the writer's own closing line, a paragraph of the post.
      ["Thanks for reading this far, and for all the letters about the ferry that arrived over the winter months.", "en"],
      // The call's word, but the thanks do not open the line (a quotation in the story).
      [
        "The skipper said the crew had one message for the village after the first crossing: thanks for reading the subscription notices.",
        "en",
      ],
      ["Danke fürs Lesen dieses langen Briefes über die Fähre, der im Winter geschrieben wurde und viel zu lang geraten ist.", "de"],
    ])
      expect(prompt(text!, tag!), text).toBe(false);
  });

  it("keeps a closing paragraph that thanks the reader without a call to subscribe", () => {
    const closing = "Thanks for reading this far, and for all the letters about the ferry that arrived over the winter months.";
    expect(texts(page("en", closing))).toContain(closing);
  });
});

describe("a promotion box closing a company's post", () => {
  const stories: Record<string, string[]> = {
    en: [
      "Last summer our monthly hosting invoice passed the cost of our whole support team, and something had to change quickly.",
      "We started by tagging every machine with the team that owned it, which alone turned up dozens of forgotten test servers.",
      "Six months later the bill is forty percent lower, and none of our customers noticed any difference in speed at all.",
    ],
    de: [
      "Im vergangenen Sommer war unsere monatliche Rechnung für das Hosting höher als die Kosten des ganzen Support-Teams.",
      "Wir haben zuerst jede Maschine dem Team zugeordnet, dem sie gehört, und dabei Dutzende vergessene Testserver gefunden.",
      "Sechs Monate später ist die Rechnung um vierzig Prozent gesunken, und keiner unserer Kunden hat einen Unterschied bemerkt.",
    ],
    fr: [
      "L'été dernier, notre facture mensuelle d'hébergement a dépassé le coût de toute notre équipe d'assistance.",
      "Nous avons d'abord rattaché chaque machine à l'équipe qui en a la charge, et trouvé des dizaines de serveurs de test oubliés.",
      "Six mois plus tard, la facture a baissé de quarante pour cent, et aucun de nos clients n'a remarqué de différence.",
    ],
    es: [
      "El verano pasado nuestra factura mensual de alojamiento superó el coste de todo nuestro equipo de soporte técnico.",
      "Empezamos por asignar cada máquina al equipo que la usa, y así encontramos decenas de servidores de prueba olvidados.",
      "Seis meses después la factura es un cuarenta por ciento más baja, y ninguno de nuestros clientes notó la diferencia.",
    ],
  };
  const boxes: Record<string, [string, string, string]> = {
    en: ["See it in action", "Find out how teams like yours save hours every week.", "Book a demo"],
    de: ["Überzeugen Sie sich selbst", "Erfahren Sie, wie Teams wie Ihres jede Woche Stunden sparen.", "Jetzt testen"],
    fr: ["Découvrez la plateforme", "Voyez comment des équipes comme la vôtre gagnent des heures chaque semaine.", "En savoir plus"],
    es: ["Descubre la plataforma", "Mira cómo equipos como el tuyo ahorran horas cada semana.", "Más información"],
  };
  const page = (tag: string, closing: readonly string[]) =>
    [
      "Product",
      "Pricing",
      "Log in",
      "Blog",
      "How we cut our cloud bill by forty percent",
      "Lena Marchetti",
      "February 12, 2025",
      "",
      ...[...stories[tag]!, ...closing].flatMap((text) => [text, ""]),
      "Share this article",
      "Related articles",
      "© 2025 Northwind Labs, Inc.",
    ].join("\n");
  const blocks = (text: string) => fromText(text).body.map((block) => ("text" in block ? block.text : ""));

  it("leaves the box's heading and pitch over its button out of the body, in en/de/fr/es", () => {
    for (const tag of Object.keys(boxes)) expect(blocks(page(tag, boxes[tag]!)), tag).toEqual(stories[tag]);
  });

  it("keeps the story's last section: a paragraph too long for a pitch, no button under it, or no pitch at all", () => {
    const section = [
      "What we would do differently",
      "Next time we would start with the databases, since most of them ran at under a tenth of their capacity for the whole year.",
      "Learn more",
    ];
    expect(blocks(page("en", section))).toContain(section[1]);
    expect(blocks(page("en", section))).toContain(section[0]);
    // A short closing paragraph under its heading, with no button under it.
    const unbuttoned = ["What comes next", "We will share the numbers again in the autumn."];
    expect(blocks(page("en", unbuttoned))).toEqual([...stories.en!, ...unbuttoned]);
    // A heading right over the button: the story's paragraphs stay whole.
    expect(blocks(page("en", ["Our pricing page", "Learn more"]))).toEqual(stories.en);
  });
});

describe("a story's own line that thanks its reader and names subscribers stays", () => {
  const prompt = (text: string, tag: string) => classifyLine(segment(text)[0]!, languageFromTag(tag)).prompt;

  it("takes the thanks for a prompt only as a sentence of their own with the call opening the next", () => {
    for (const [text, tag] of [
      // A reader's letter: the thanks end their sentence, but the next one tells of the writer.
      ["Thanks for reading my letter. I have been a subscriber for twenty years and have never seen the hall treated so badly.", "en"],
      // The story's closing line runs on past the thanks.
      ["Thank you for reading to the end; readers who want the documents in their inbox can write to the desk at any time.", "en"],
      // Thanks quoted at a line's opening, the speaker after the comma.
      ["Thanks for reading, said the clerk, before explaining that residents could sign up to speak at the next meeting on May 2.", "en"],
      [
        "Thanks for reading the minutes, residents wrote to the council in a letter signed by 300 people, many of them newsletter subscribers.",
        "en",
      ],
      [
        "Vielen Dank fürs Lesen, sagte die Sachbearbeiterin, bevor sie erklärte, dass Bürger sich zum Reden in der Sitzung anmelden können.",
        "de",
      ],
      [
        "Merci d'avoir lu la lettre, a répondu le maire, avant d'inviter les habitants à s'inscrire pour prendre la parole au conseil.",
        "fr",
      ],
    ])
      expect(prompt(text!, tag!), text).toBe(false);
  });

  it("still takes the sign-off whose thanks a dash parts from the call", () => {
    const text = "Thanks for reading Harbour Notes — subscribe for free to receive new posts and support my work.";
    expect(prompt(text, "en")).toBe(true);
  });
});

describe("a story's short last section over the site's button stays", () => {
  const stories: Record<string, string[]> = {
    en: [
      "Councillors in Harlow Vale voted seven to two on Tuesday night to fund a pedestrian footbridge across the Orrin river, ending a long dispute.",
      "The bridge, which will cost an estimated 2.4 million pounds, is due to link the Quarry Lane estate with the primary school on the far bank.",
      "Opponents had argued that the money would be better spent on repairing roads in the north of the town, where potholes have damaged cars.",
    ],
    fr: [
      "Le conseil municipal de Vaulmont a voté mardi soir, par sept voix contre deux, le financement d'une passerelle piétonne sur l'Orvaine.",
      "L'ouvrage, estimé à 2,4 millions d'euros, reliera le quartier des Carrières à l'école primaire située sur l'autre rive de la rivière.",
      "Les opposants estimaient que cet argent aurait été mieux employé à réparer les routes du nord de la commune, abîmées cet hiver.",
    ],
    es: [
      "El pleno del Ayuntamiento de Valdecruz aprobó el martes por la noche, con siete votos a favor y dos en contra, una pasarela peatonal.",
      "La obra, con un coste estimado de 2,4 millones de euros, unirá el barrio de la Cantera con el colegio de la otra orilla del río.",
      "Los opositores defendían que el dinero debía destinarse a reparar las calles del norte del municipio, dañadas durante el invierno.",
    ],
  };
  const page = (tag: string, closing: readonly string[], button: string) =>
    [
      "Home",
      "News",
      "Local",
      "Harlow Vale council approves a riverside footbridge",
      "By Tomasz Ellery",
      "May 3, 2025",
      "",
      ...[...stories[tag]!, ...closing].flatMap((text) => [text, ""]),
      button,
      "",
      "Related stories",
      "© 2025 Harlow Vale Gazette",
    ].join("\n");
  const blocks = (text: string) => fromText(text).body.map((block) => ("text" in block ? block.text : ""));

  it("keeps a last section that tells of others over 'Learn more', 'En savoir plus', 'Más información'", () => {
    for (const [tag, closing, button] of [
      ["en", ["What happens now", "Work on the bridge is due to start in the autumn.", "It should open by the end of 2026."], "Learn more"],
      ["fr", ["La suite", "Le conseil se réunira de nouveau le 12 mai."], "En savoir plus"],
      ["es", ["Próximos pasos", "El pleno volverá a reunirse el 12 de mayo."], "Más información"],
      // A service section tells the reader what they can do, offering them nothing of their own.
      ["en", ["How to watch", "You can stream the meeting on the council's website."], "Learn more"],
      // Speaking to the reader in a quote is the story's.
      ["en", ["What's next", '"You will see diggers by the autumn," the mayor said.'], "Learn more"],
    ] as const)
      expect(blocks(page(tag, closing, button)), tag).toEqual([...stories[tag]!, ...closing]);
  });

  it("keeps a last section over a call to join, even one that speaks to the reader", () => {
    for (const [closing, button] of [
      [["The cost", "The bridge will cost 2.4 million pounds.", "Half comes from a national fund."], "Subscribe"],
      [["What you need to know", "You can apply for a grant online until June 30."], "Apply now"],
    ] as const)
      expect(blocks(page("en", closing, button))).toEqual([...stories.en!, ...closing]);
  });

  it("still leaves a vendor's box that sells to its reader", () => {
    const box = ["Ready to try it?", "Set up your first pipeline in five minutes."];
    expect(blocks(page("en", box, "Get started"))).toEqual(stories.en);
  });
});

describe("a section break's marks between paragraphs", () => {
  const page = (middle: string) => nightFerryPage("en", [middle]);

  it("reads '* * *' and '- - -' as no list, and keeps the paragraphs around them", () => {
    for (const mark of ["* * *", "- - -", "• • •", "+ + +"]) {
      const body = fromText(page(mark)).body;
      expect(
        body.some((block) => block.type === "list"),
        mark,
      ).toBe(false);
      expect(
        body.filter((block) => block.type === "paragraph").map((block) => ("text" in block ? block.text : "")),
        mark,
      ).toEqual(NIGHT_FERRY_STORIES.en);
    }
  });

  it("still reads a bulleted item that holds a word or a figure, after a mark too", () => {
    for (const [line, item] of [
      ["* Two crossings on Friday nights", "Two crossings on Friday nights"],
      ["- 12 boats", "12 boats"],
      ["• ★ Last sailing at 23.40", "★ Last sailing at 23.40"],
    ] as const) {
      const body = fromText(page(line)).body;
      expect(body, line).toContainEqual({ type: "list", ordered: false, items: [{ text: item }] });
    }
  });
});

describe("lines stored one byte a character", () => {
  // segment copies the lines whose characters all fit Latin-1 into one-byte strings (a speed measure): the copy must
  // keep every character, the accented ones included, and leave lines holding wider characters as they are.
  it("keeps Latin-1 letters and wider characters on a page with a curly quote", () => {
    const lines = ["Ærøskøbing’s ferry", "Café Größe: señor Ñuño à l'île, ÿ ½ «»", "渡轮 Fähre — φέρι", "Plain ASCII line"];
    expect(segment(lines.join("\n\n")).map((line) => line.text)).toEqual(lines);
  });
});

describe("a section break's marks in a copy that packs every line", () => {
  const paragraphs = [
    "The harbour walk in Kelby reopened on Monday after two years of repairs, the town council said in a statement.",
    "Workers replaced the old timber boards with stone slabs, and the railings along the quay were raised by a foot.",
    "Local traders said the closure had cost them a third of their summer trade, as visitors went to the beach instead.",
    "The council said the final bill came to 3.4 million pounds, slightly over the budget set in 2024.",
  ];
  const packed = (between: string) =>
    [
      "Kelby Post",
      "Home",
      "News",
      "Harbour walk in Kelby reopens after repairs",
      "By Jane Marlow",
      "May 3, 2026",
      paragraphs[0],
      paragraphs[1],
      between,
      paragraphs[2],
      paragraphs[3],
      "© 2026 Kelby Post",
    ].join("\n");
  const texts = (text: string) => fromText(text).body.flatMap((block) => ("text" in block && block.text ? [block.text] : []));

  it("leaves the marks out and keeps the story on either side", () => {
    for (const mark of ["* * *", "— — —", "※ ※ ※", "***", "◆◆◆", "~ ~ ~"]) expect(texts(packed(mark)), mark).toEqual(paragraphs);
  });

  it("keeps a packed short line that holds a letter or a digit: a review's score, a one-word reply", () => {
    for (const line of ["Rating: 4 out of 5", "4/5", "Yes."]) expect(texts(packed(line)), line).toContain(line);
  });

  it("keeps a packed line with no letter or digit that is no section break: a silence, a rating, a table's row, emoji", () => {
    for (const line of ["…", "—", "?", "★★★★☆", "€€€", "✓ ✓ ✗", "🎉🎉🎉"]) expect(texts(packed(line)), line).toContain(line);
  });
});

describe("Chinese captions credited to the picture's giver or to the paper's files", () => {
  it("splits the giver's credit and a file picture's note off a caption", () => {
    expect(splitCredit("停靠在码头的渡轮。（读者供图）")).toEqual({ caption: "停靠在码头的渡轮。", credit: "读者供图" });
    expect(splitCredit("停靠在碼頭的渡輪。（受訪者供圖）")).toEqual({ caption: "停靠在碼頭的渡輪。", credit: "受訪者供圖" });
    expect(splitCredit("停靠在碼頭的渡輪。（讀者提供）")).toEqual({ caption: "停靠在碼頭的渡輪。", credit: "讀者提供" });
    expect(splitCredit("停靠在码头的渡轮（资料图）")).toEqual({ caption: "停靠在码头的渡轮", credit: "资料图" });
    expect(splitCredit("停靠在碼頭的渡輪（資料照）")).toEqual({ caption: "停靠在碼頭的渡輪", credit: "資料照" });
  });

  it("near misses: a note on a figure's source after 由 (by), a long giver, and a note with no picture's word", () => {
    for (const text of [
      "工会与航运公司就加薪达成一致（数据由县交通局提供）",
      "共运送病人四十余名（详细名单由县医院提供）",
      "共运送病人四十余名（名单由医院提供）",
      "共运送病人四十余名（县医院急诊科及各乡镇卫生院提供）",
      "会议在北京举行（新华社）",
    ])
      expect(hasCredit(text), text).toBe(false);
  });

  it("takes a caption with the giver's credit between the byline and the story for no headline", () => {
    const page = fromText(
      [
        "Home | News | Finance | World",
        "Login  Register",
        "青屿渡轮罢工三天后结束",
        "2025-03-03 14:20",
        "来源：青屿日报 作者：林晓川",
        "3日，停靠在青屿码头的渡轮。（读者供图）",
        ...ZH_FERRY_STORY,
      ].join("\n"),
    );
    expect(page.headline).toBe("青屿渡轮罢工三天后结束");
    expect(page.authors?.map((author) => author.name)).toEqual(["林晓川"]);
    expect(page.datePublished).toBe("2025-03-03");
  });
});

describe("lists copied without their marks, set a line each alike: packed pages and items set apart", () => {
  const MENU = ["Skip to content", "Home", "News", "Food", "Homes", "Subscribe"];
  const FOOT = ["Share", "Facebook", "Email", "About us", "Contact", "Privacy policy", "© 2025 The Hollin Weekly"];
  const listItems = (text: string) =>
    fromText(text).body.flatMap((block) => (block.type === "list" ? block.items.map((item) => item.text) : []));
  const bodyTexts = (text: string) =>
    fromText(text).body.flatMap((block) =>
      block.type === "list" ? block.items.map((item) => item.text) : "text" in block && block.text ? [block.text] : [],
    );

  const packedPages: { lang: string; lines: string[]; heading: string; items: string[] }[] = [
    {
      lang: "en",
      heading: "Ingredients",
      items: ["2 tbsp rapeseed oil", "1 leek, sliced", "300g new potatoes", "A handful of parsley"],
      lines: [
        "Leek and potato broth for cold evenings",
        "By Nell Arden",
        "This broth comes together in half an hour and keeps for three days in the fridge, which makes it a good thing to cook on a Sunday.",
        "Ingredients",
        "2 tbsp rapeseed oil",
        "1 leek, sliced",
        "300g new potatoes",
        "A handful of parsley",
        "Method",
        "Warm the oil in a wide pan and soften the leek for eight minutes without letting it colour at all.",
        "Add the potatoes and a litre of water, simmer until tender, then finish with the chopped parsley.",
      ],
    },
    {
      lang: "de",
      heading: "Zutaten",
      items: ["500 g Quark", "3 Eier", "150 g Zucker", "1 Zitrone"],
      lines: [
        "Käsekuchen ohne Boden aus der Springform",
        "Von Hanne Wiesel",
        "Dieser Kuchen braucht keinen Boden und ist deshalb schnell gemacht, er schmeckt am besten am nächsten Tag.",
        "Zutaten",
        "500 g Quark",
        "3 Eier",
        "150 g Zucker",
        "1 Zitrone",
        "Zubereitung",
        "Alle Zutaten in einer Schüssel glatt rühren und die Masse in eine gefettete Springform füllen.",
        "Den Kuchen bei 170 Grad etwa fünfzig Minuten backen und in der Form auskühlen lassen.",
      ],
    },
    {
      lang: "es",
      heading: "Ingredientes",
      items: ["400 g de garbanzos", "2 pimientos rojos", "1 cebolla", "Un chorro de aceite"],
      lines: [
        "Garbanzos con pimientos al estilo de Almarcha",
        "Por Irene Solís",
        "Un guiso sencillo que se prepara en media hora y que en casa comemos todos los lunes del invierno.",
        "Ingredientes",
        "400 g de garbanzos",
        "2 pimientos rojos",
        "1 cebolla",
        "Un chorro de aceite",
        "Elaboración",
        "Pocha la cebolla y los pimientos en una cazuela con el aceite durante quince minutos a fuego lento.",
        "Añade los garbanzos cocidos, deja que tomen sabor cinco minutos y sirve el guiso bien caliente.",
      ],
    },
    {
      lang: "nl",
      heading: "Ingrediënten",
      items: ["250 g spinazie", "2 eieren", "100 g geitenkaas", "1 ui"],
      lines: [
        "Quiche met spinazie en geitenkaas",
        "Door Wout Hendriks",
        "Deze quiche staat in veertig minuten op tafel en is de volgende dag koud ook nog heel lekker.",
        "Ingrediënten",
        "250 g spinazie",
        "2 eieren",
        "100 g geitenkaas",
        "1 ui",
        "Bereiding",
        "Fruit de ui in een pan en laat de spinazie daarna in een paar minuten slinken boven het vuur.",
        "Klop de eieren los, meng alles met de kaas en bak de quiche vijfendertig minuten in de oven.",
      ],
    },
  ];

  for (const { lang, lines, heading, items } of packedPages)
    it(`keeps a list's items and its heading on a page copied with no blank line (${lang})`, () => {
      const text = [...MENU, ...lines, ...FOOT].join("\n");
      expect(listItems(text)).toEqual(items);
      expect(bodyTexts(text)).toContain(heading);
    });

  it("keeps the short items of a list whose items stand apart, a line each (en, it)", () => {
    const en = [
      ...MENU,
      "Three things to pack for a day on the fells",
      "By Tam Rigg",
      "Most walkers carry far too much, and the weight is what turns a good day on the hills into a long slog home.",
      "What to pack",
      "A waterproof",
      "Two flapjacks",
      "A paper map of the valley",
      "The rest can stay in the car. A phone is useful, but the battery goes quickly in the cold and the signal is poor.",
      ...FOOT,
    ].join("\n\n");
    expect(listItems(en)).toEqual(["A waterproof", "Two flapjacks", "A paper map of the valley"]);
    const it_ = [
      ...MENU,
      "Risotto alla zucca come lo fa mia nonna",
      "Di Sara Bellini",
      "Un primo piatto d'autunno che si prepara in mezz'ora e che in famiglia facciamo ogni domenica di ottobre.",
      "Ingredienti",
      "320 g di riso",
      "Mezza zucca",
      "1 cipolla",
      "Preparazione",
      "Fate appassire la cipolla, aggiungete la zucca a cubetti e poi il riso, bagnando con il brodo caldo.",
      "Quando il riso è cotto, mantecate con il burro e il formaggio e lasciate riposare due minuti prima di servire.",
      ...FOOT,
    ].join("\n\n");
    expect(listItems(it_)).toEqual(["320 g di riso", "Mezza zucca", "1 cipolla"]);
    // Their heading is read as the page reads it with no list under it: not made a sub-heading.
    const headings = [en, it_].flatMap((text) => fromText(text).body.flatMap((block) => (block.type === "heading" ? [block.text] : [])));
    expect(headings).toEqual(["Preparazione"]);
  });

  it("near miss: items set apart of four words or more each stay paragraphs, as they read without the rule", () => {
    const text = [
      ...MENU,
      "What a site manager does all day",
      "By Ola Brandt",
      "A site manager keeps a building project on time and on budget, and spends most of the day talking to people.",
      "Site manager",
      "Plans the work of each trade",
      "Checks deliveries against the order",
      "Walks the site with the safety officer",
      "The job pays well, but the hours are long and the phone never stops ringing from early morning onwards.",
      "Most site managers start as joiners or bricklayers and work their way up over ten years or more on site.",
      ...FOOT,
    ].join("\n\n");
    expect(listItems(text)).toEqual([]);
    expect(bodyTexts(text)).toContain("Checks deliveries against the order");
  });

  it("near miss: a line announcing more with a colon is no item (set apart or packed)", () => {
    const lines = [
      ...MENU,
      "Choosing a removal firm in Hollin",
      "By Ola Brandt",
      "We asked three firms to quote for the same two-bedroom flat, and the prices differed by almost half.",
      "Our pick",
      "Harrow Movers",
      "Our score:",
      "4.5 out of 5",
      "The cheapest quote came from the smallest firm, which also turned up on time and wrapped every chair.",
      ...FOOT,
    ];
    for (const sep of ["\n", "\n\n"]) expect(listItems(lines.join(sep))).toEqual([]);
  });

  it("near miss: a packed page's teasers under a label after the story stay out", () => {
    const text = [
      ...MENU,
      "Leek and potato broth for cold evenings",
      "By Nell Arden",
      "This broth comes together in half an hour and keeps for three days in the fridge, which makes it a good thing to cook on a Sunday.",
      "Warm the oil in a wide pan and soften the leek for eight minutes without letting it colour at all.",
      "Add the potatoes and a litre of water, simmer until tender, then finish with the chopped parsley.",
      "More recipes",
      "A quick tomato soup",
      "Baked apples with oats",
      "Our best flapjacks yet",
      ...FOOT,
    ].join("\n");
    expect(listItems(text)).toEqual([]);
    expect(bodyTexts(text)).not.toContain("Baked apples with oats");
  });

  const STORY_TOP = [
    ...MENU,
    "Hollin's market hall reopens after two years",
    "By Nell Arden",
    "The market hall on Bridge Street reopened on Saturday after a two-year repair of its roof and its iron columns.",
  ];
  const STORY_FOOT = [
    "Traders say the first weekend brought more visitors than any since the hall closed for its long repair.",
    "The council plans a farmers' market on the first Sunday of every month from the start of the summer.",
    ...FOOT,
  ];

  it("near miss: on a packed page, teasers under a related label or under a line of furniture in the story stay out", () => {
    const teasers = ["Town council names a new harbour master", "Bus fares rise again in the new year", "The bakery that never closes"];
    for (const over of [["Related stories"], ["Advertisement", "The week in pictures"]]) {
      const text = [...STORY_TOP, ...over, ...teasers, ...STORY_FOOT].join("\n");
      expect(listItems(text)).toEqual([]);
      expect(bodyTexts(text)).not.toContain(teasers[1]);
    }
  });

  it("near miss: on a packed page, a box of products over its button between two paragraphs stays out", () => {
    const products = ["A linen apron in sage", "Two enamel mugs", "A beech chopping board"];
    const text = [...STORY_TOP, "Shop the story", ...products, "Buy now", ...STORY_FOOT].join("\n");
    expect(listItems(text)).toEqual([]);
    expect(bodyTexts(text)).not.toContain(products[1]);
  });

  it("near miss: on a packed page, short lines under a heading after the story's last paragraph, over the share bar, stay out", () => {
    const text = [
      ...STORY_TOP,
      "Traders say the first weekend brought more visitors than any since the hall closed for its long repair.",
      "Our newsletters",
      "The morning briefing",
      "Weekend reads",
      "Food and drink",
      ...FOOT,
    ].join("\n");
    expect(listItems(text)).toEqual([]);
    expect(bodyTexts(text)).not.toContain("Weekend reads");
  });

  it("near miss: a heading with its short lines packed under it, set apart from the prose above, and a run set half apart", () => {
    const block = ["Shop the look", "A linen apron in sage", "Two enamel mugs", "A beech chopping board"].join("\n");
    const apart = [...STORY_TOP, block, ...STORY_FOOT].join("\n\n");
    expect(listItems(apart)).toEqual([]);
    const half = [
      [...STORY_TOP, "Shop the look", "A linen apron in sage", "Two enamel mugs"].join("\n"),
      ["A beech chopping board", "A jar of sea salt", ...STORY_FOOT].join("\n"),
    ].join("\n\n");
    expect(listItems(half)).toEqual([]);
  });

  it("near miss: on a packed page, a picture set's captions under its label between two paragraphs are no list (en, de, fr)", () => {
    const captions = ["Stallholders setting out on Saturday", "The new roof from the gallery", "A queue at the cheese counter"];
    for (const label of ["In pictures", "Bildergalerie", "En images"]) {
      const text = [...STORY_TOP, label, ...captions, ...STORY_FOOT].join("\n");
      expect(listItems(text)).toEqual([]);
      expect(bodyTexts(text)).not.toContain(label);
    }
  });

  it("near miss: a poem's verses or a sentence broken into short lines, set alike under a heading, are no list (en, de)", () => {
    const verses = [
      ["The Low Field", "The water came at night", "And stood where sheep had stood", "And nobody said a word", "Until the morning came"],
      ["Die Wiese", "Das Wasser kam bei Nacht", "Und stand, wo Schafe standen", "Und niemand sagte was", "Bis dann der Morgen kam"],
      ["Background", "The council first proposed", "A new hall in 2019", "But the plan stalled", "When costs rose"],
    ];
    for (const lines of verses)
      for (const sep of ["\n", "\n\n"]) expect(listItems([...STORY_TOP, ...lines, ...STORY_FOOT].join(sep))).toEqual([]);
    // "En" opens a Spanish item as often ("En tren"): such a list is still read.
    const es = [...STORY_TOP, "Cómo llegar", "En tren desde Almarcha", "En autobús", "En coche por la costa", ...STORY_FOOT].join("\n");
    expect(listItems(es)).toEqual(["En tren desde Almarcha", "En autobús", "En coche por la costa"]);
  });

  it("near miss: a picture set's captions each standing apart under its label between two paragraphs are no list (en, it)", () => {
    const captions = ["Stallholders setting out on Saturday", "The new roof", "A queue at the cheese counter"];
    for (const label of ["In pictures", "Fotogallery"]) {
      const text = [...STORY_TOP, label, ...captions, ...STORY_FOOT].join("\n\n");
      expect(listItems(text)).toEqual([]);
      expect(bodyTexts(text)).not.toContain("The new roof");
    }
  });
});

// A wiki's note under a section's heading ("Main article: …", "See also: …") packed against the heading or
// the next section's heading is a link to another page, read as a related block, in every language the labels list.
describe("a wiki's note packed against a section's heading", () => {
  const opening =
    "The town grew up around a river crossing, and for three centuries its market drew farmers from every valley to the south.";
  const closing = "Today the old market hall holds a small museum, and the river crossing is a footbridge used mostly by walkers.";
  const sectionProse =
    "The first bridge was built of timber by the abbey, and a stone one replaced it after a flood swept the old one away.";
  const bodyOf = (page: string, tag: string) => {
    const lines = segment(page).map((line) => classifyLine(line, languageFromTag(tag)));
    return assemble(lines, 0, lines.length, { authors: [] }).body;
  };
  const relatedTitles = (page: string, tag: string) =>
    bodyOf(page, tag).flatMap((block) => (block.type === "related" ? block.items.map((item) => item.title) : []));
  const paragraphs = (page: string, tag: string) => bodyOf(page, tag).flatMap((block) => (block.type === "paragraph" ? [block.text] : []));

  const notes: Array<[string, string, string, string]> = [
    ["en", "History", "Main article", "History of Eldmoor"],
    ["en", "Geography", "Main articles", "Rivers of Eldmoor and Hills of Eldmoor"],
    ["de", "Geschichte", "Hauptartikel", "Geschichte von Quellbach"],
    ["de", "Verkehr", "Siehe auch", "Brücken im Quellbachtal"],
    ["fr", "Histoire", "Article détaillé", "Histoire de Valmorin"],
    ["fr", "Transports", "Voir aussi", "Ponts de la vallée du Morin"],
    ["es", "Historia", "Artículo principal", "Historia de Villaroca"],
    ["es", "Transporte", "Véase también", "Puentes del valle de Roca"],
    ["it", "Storia", "Voce principale", "Storia di Montebruno"],
    ["it", "Trasporti", "Vedi anche", "Ponti della valle del Bruno"],
    ["pt", "História", "Artigo principal", "História de Vila Serena"],
    ["pt", "Transportes", "Ver também", "Pontes do vale do Sereno"],
    ["nl", "Geschiedenis", "Hoofdartikel", "Geschiedenis van Duinwijk"],
    ["nl", "Verkeer", "Zie ook", "Bruggen in het Duindal"],
  ];

  it.each(notes)("reads a note packed under its section's heading as a related link (%s, %s / %s: %s)", (tag, heading, label, title) => {
    // The section's paragraph under a blank line, then packed under the note as well.
    for (const under of ["\n\n", "\n"]) {
      const page = `${opening}\n\n${heading}\n${label}: ${title}${under}${sectionProse}\n\n${closing}`;
      expect(relatedTitles(page, tag)).toEqual([title]);
      expect(paragraphs(page, tag)).toEqual([opening, sectionProse, closing]);
    }
  });

  it.each(notes)(
    "reads a note packed over the next section's heading as a related link (%s, %s / %s: %s)",
    (tag, heading, label, title) => {
      const page = `${opening}\n\n${label}: ${title}\n${heading}\n\n${sectionProse}\n\n${closing}`;
      expect(relatedTitles(page, tag)).toEqual([title]);
      expect(paragraphs(page, tag)).toEqual([opening, sectionProse, closing]);
    },
  );

  it("reads two notes packed together under a heading as two related links", () => {
    const page = `${opening}\n\nGeography\nMain article: Geography of Eldmoor\nSee also: Rivers of Eldmoor\n\n${sectionProse}\n\n${closing}`;
    expect(relatedTitles(page, "en")).toEqual(["Geography of Eldmoor", "Rivers of Eldmoor"]);
  });

  it("reads a wiki's note standing apart between paragraphs as a related link, as a related label's link is", () => {
    for (const [tag, label, title] of [
      ["en", "Main article", "History of Eldmoor"],
      ["de", "Hauptartikel", "Geschichte von Quellbach"],
      ["nl", "Hoofdartikel", "Geschiedenis van Duinwijk"],
    ] as const) {
      const page = `${opening}\n\n${label}: ${title}\n\n${closing}`;
      expect(relatedTitles(page, tag)).toEqual([title]);
    }
  });

  it.each([
    // Packed into a paragraph: the line is the paragraph's.
    ["en", `${opening}\nSee also: The Abbey Records\n\n${closing}`],
    ["de", `${opening}\n\nSiehe auch: Das Archiv der Abtei\n${sectionProse}\n\n${closing}`],
    // Under a heading, a sentence in lower case, or closed by a full stop, is the section's own text.
    ["en", `${opening}\n\nHistory\nSee also: the tables below, which list every flood since 1850\n\n${closing}`],
    ["fr", `${opening}\n\nHistoire\nVoir aussi : le tableau ci-dessous, qui recense les crues\n\n${closing}`],
    ["en", `${opening}\n\nHistory\nMain article: Chapter 4.\n\n${closing}`],
    // Labels a story sets in its own text are not a wiki's note: packed under a heading they stay as they were.
    ["en", `${opening}\n\nHistory\nRelated: Fares for Islanders Stay the Same\n\n${closing}`],
    ["en", `${opening}\n\nRead more: The Abbey Records\nHistory\n\n${closing}`],
    ["es", `${opening}\n\nHistoria\nLea también: Los puentes del valle\n\n${closing}`],
    // Over a line that is no heading (a short sentence, a clause in lower case, a long line), a note stays the story's.
    ["en", `${opening}\n\nSee also: The Abbey Records\nIt fell.\n\n${closing}`],
    ["en", `${opening}\n\nMain article: The Abbey Records\nand the bridge was gone by the next morning\n\n${closing}`],
    [
      "pt",
      `${opening}\n\nVer também: Pontes do vale do Sereno\nA cheia de 1850 levou a ponte de madeira e a abadia construiu outra de pedra no mesmo lugar\n\n${closing}`,
    ],
    [
      "it",
      `${opening}\n\nVedi anche: Ponti della valle del Bruno\nla piena del 1850 portò via il ponte di legno costruito dall'abbazia secoli prima\n\n${closing}`,
    ],
  ])("near miss (%s): keeps the line as the story's text, as before", (tag, page) => {
    expect(relatedTitles(page, tag)).toEqual([]);
  });

  // Review: a note whose title names a section of the same page points within the story and is the story's own line.
  it.each([
    ["en", `${opening}\n\nMethod\nSee also: Notes\n${sectionProse}\n\nNotes\n${closing}`],
    ["en", `${opening}\n\nSee also: Notes\nMethod\n\n${sectionProse}\n\nNotes\n${closing}`],
    ["de", `${opening}\n\nAnfahrt\nSiehe auch: Öffnungszeiten\n${sectionProse}\n\nÖffnungszeiten\n${closing}`],
    ["nl", `${opening}\n\nHoofdartikel: Openingstijden\n\n${sectionProse}\n\nOpeningstijden\n${closing}`],
  ])("near miss (%s): a note naming a heading of the same page stays the story's text", (tag, page) => {
    expect(relatedTitles(page, tag)).toEqual([]);
  });

  it("keeps a recipe's 'See also: Notes' under its heading as a paragraph of the story", () => {
    const page = `${opening}\n\nMethod\nSee also: Notes\n${sectionProse}\n\nNotes\n${closing}`;
    expect(paragraphs(page, "en")).toContain("See also: Notes");
  });

  // Review: under a heading, a packed line in lower case under the note carries on the note's sentence.
  it.each([
    ["en", `${opening}\n\nStorm warnings\nSee also: The Harbour Report\nand the council's own flood map before you travel.\n\n${closing}`],
    [
      "es",
      `${opening}\n\nLa historia\nVéase también: Los Puentes del Valle\nde Roca, el libro que publicó el ayuntamiento en 1998.\n\n${closing}`,
    ],
  ])("near miss (%s): a note whose title runs on into a lower-case line under it stays the story's sentence", (tag, page) => {
    expect(relatedTitles(page, tag)).toEqual([]);
  });

  it("still reads a note whose title repeats the heading just over it as a related link", () => {
    const page = `${opening}\n\nFirefox\nMain article: Firefox\n${sectionProse}\n\n${closing}`;
    expect(relatedTitles(page, "en")).toEqual(["Firefox"]);
  });
});

describe("a section's heading packed over a wiki's notes stays a heading", () => {
  const opening =
    "The valley was farmed long before the first town stood on its river, and its orchards still send fruit to every market in the region.";
  const closing = "A museum in the old mill now tells the valley's story, and a footpath follows the river from the mill to the sea.";
  const sectionProse =
    "Most of the valley lies below two hundred metres, and the river floods its lower fields nearly every spring after the snow melts.";
  const bodyOf = (page: string, tag: string) => {
    const lines = segment(page).map((line) => classifyLine(line, languageFromTag(tag)));
    return assemble(lines, 0, lines.length, { authors: [] }).body;
  };
  const shape = (page: string, tag: string) =>
    bodyOf(page, tag).map((block) =>
      block.type === "heading"
        ? `H:${block.text}`
        : block.type === "paragraph"
          ? `P:${block.text.slice(0, 12)}`
          : block.type === "related"
            ? `R:${block.items.map((item) => item.title).join("|")}`
            : block.type,
    );

  // Heading, a "main article" note, a "see also" note, in seven languages.
  const sections: Array<[string, string, string, string, string, string, string]> = [
    ["en", "Geography", "Main article", "Geography of Ornvale", "See also", "Rivers of Ornvale", sectionProse],
    [
      "de",
      "Geschichte",
      "Hauptartikel",
      "Geschichte des Orntals",
      "Siehe auch",
      "Burgen im Orntal",
      "Die ersten Höfe im Tal wurden von Mönchen angelegt, und erst im späten Mittelalter wuchs an der Furt ein kleiner Markt.",
    ],
    [
      "fr",
      "Histoire",
      "Article détaillé",
      "Histoire de la vallée d'Orne-Basse",
      "Voir aussi",
      "Moulins de l'Orne-Basse",
      "Les premiers moulins de la vallée ont été construits par les moines, et le bourg s'est développé autour du pont au cours du siècle suivant.",
    ],
    [
      "es",
      "Geografía",
      "Artículo principal",
      "Geografía de Valdeorno",
      "Véase también",
      "Ríos de Valdeorno",
      "La mayor parte del valle está por debajo de los doscientos metros, y el río inunda sus campos bajos casi todas las primaveras.",
    ],
    [
      "it",
      "Storia",
      "Voce principale",
      "Storia di Valdorna",
      "Vedi anche",
      "Castelli di Valdorna",
      "I primi villaggi della valle sono nati intorno ai mulini dei monaci, e il mercato del ponte è cresciuto solo nel secolo successivo.",
    ],
    [
      "pt",
      "Geografia",
      "Artigo principal",
      "Geografia de Vale do Orno",
      "Ver também",
      "Rios do Vale do Orno",
      "A maior parte do vale fica abaixo dos duzentos metros, e o rio inunda os campos mais baixos quase todas as primaveras.",
    ],
    [
      "nl",
      "Geschiedenis",
      "Hoofdartikel",
      "Geschiedenis van Ornedal",
      "Zie ook",
      "Molens in het Ornedal",
      "De eerste boerderijen in het dal werden door monniken gebouwd, en pas in de late middeleeuwen groeide er een markt bij de brug.",
    ],
  ];
  const expected = (heading: string, titles: string[], prose = sectionProse) => [
    `P:${opening.slice(0, 12)}`,
    `H:${heading}`,
    ...titles.map((title) => `R:${title}`),
    `P:${prose.slice(0, 12)}`,
    `P:${closing.slice(0, 12)}`,
  ];

  it.each(sections)(
    "keeps the heading over two notes and the section's prose, spaced and packed (%s, %s)",
    (tag, heading, main, mainTitle, see, seeTitle, prose) => {
      const notes = `${main}: ${mainTitle}\n${see}: ${seeTitle}`;
      for (const [above, under] of [
        ["\n\n", "\n"],
        ["\n\n", "\n\n"],
        ["\n", "\n"],
      ]) {
        const page = `${opening}${above}${heading}\n${notes}${under}${prose}${above}${closing}`;
        expect(shape(page, tag)).toEqual(expected(heading, [mainTitle, seeTitle], prose));
      }
    },
  );

  it.each(sections)(
    "keeps the heading over one note on a page packed line on line (%s, %s)",
    (tag, heading, main, mainTitle, _, __, prose) => {
      const page = `${opening}\n${heading}\n${main}: ${mainTitle}\n${prose}\n${closing}`;
      expect(shape(page, tag)).toEqual(expected(heading, [mainTitle], prose));
    },
  );

  it("leaves a related box whole: its label, its note and its teasers", () => {
    for (const label of ["Related", "More from the valley"]) {
      const page = `${opening}\n\n${label}\nSee also: Orchards of Ornvale\nThe Cider Press Reopens\nA Walk Along the Orne\n\n${sectionProse}\n\n${closing}`;
      const found = shape(page, "en");
      expect(found.filter((entry) => entry.startsWith("H:"))).toEqual([]);
      expect(found.filter((entry) => entry.startsWith("P:"))).toEqual([
        `P:${opening.slice(0, 12)}`,
        `P:${sectionProse.slice(0, 12)}`,
        `P:${closing.slice(0, 12)}`,
      ]);
    }
  });

  it("heads nothing with a heading whose whole section is its notes", () => {
    const page = `${opening}\n\nGeography\nMain article: Geography of Ornvale\nSee also: Rivers of Ornvale\n\nThe Orne Mill\n\n${sectionProse}\n\n${closing}`;
    expect(shape(page, "en")).not.toContain("H:Geography");
  });

  it("reads a note standing alone as a related link, with no heading", () => {
    const page = `${opening}\n\nSee also: Rivers of Ornvale\n\n${sectionProse}\n\n${closing}`;
    expect(shape(page, "en")).toEqual([
      `P:${opening.slice(0, 12)}`,
      "R:Rivers of Ornvale",
      `P:${sectionProse.slice(0, 12)}`,
      `P:${closing.slice(0, 12)}`,
    ]);
  });

  it("leaves a heading over a note that runs on as a sentence as main reads it", () => {
    const page = `${opening}\n\nGeography\nSee also: the tables below, which list every river\n${sectionProse}\n\n${closing}`;
    expect(shape(page, "en").filter((entry) => entry.startsWith("R:"))).toEqual([]);
  });

  // The lines a news page sets over a note are no section's heading.
  const notes = "Main article: Kestrelby Harbour Trust\nSee also: Fishing fleets of the north coast";

  it("takes no note for a heading when a byline, a date, a credit or a share bar over it leaves", () => {
    for (const over of ["By Tamsin Orwell", "12 March 2026", "Photo: Lars Umber", "Share this article", "Advertisement"]) {
      const page = `${opening}\n\n${over}\n${notes}\n${sectionProse}\n\n${closing}`;
      expect(shape(page, "en").filter((entry) => entry.startsWith("H:"))).toEqual([]);
    }
  });

  it("heads no section with a caption, a sentence cut short, a clause or a quote over two notes", () => {
    for (const over of [
      "The old sea wall at Kestrelby in winter",
      "The works, the council said, would be paid for by",
      "In Kestrelby, however",
      "“Enough is enough”",
    ]) {
      const page = `${opening}\n\n${over}\n${notes}\n${sectionProse}\n\n${closing}`;
      expect(shape(page, "en")).not.toContain(`H:${over}`);
    }
  });
});

describe("a label and its colon over a wiki's notes heads no section", () => {
  const opening =
    "The ferry board met on Tuesday and agreed to move the terminal to the east quay, ending two years of argument over the site.";
  const prose = "The new building will replace the old waiting room, which floods at high tide, and open before next summer.";
  const closing = "Work is due to start in the autumn, the board said, and the quay road will stay open while it lasts.";
  const shape = (page: string, tag: string) => {
    const lines = segment(page).map((line) => classifyLine(line, languageFromTag(tag)));
    return assemble(lines, 0, lines.length, { authors: [] }).body.map((block) =>
      block.type === "heading" ? `H:${block.text}` : block.type,
    );
  };

  it("takes no related link's, credit's or update's line over notes and prose for a heading", () => {
    const overs: Array<[string, string, string]> = [
      ["en", "Read more: Ferry fares rise", "Main article: Tarnby ferry\nSee also: Ports of the north coast"],
      ["en", "Source: Harbour board", "Main article: Tarnby ferry\nSee also: Ports of the north coast"],
      ["en", "Update: Vote delayed", "Main article: Tarnby ferry\nSee also: Ports of the north coast"],
      ["de", "Lesen Sie auch: Neue Buslinie", "Hauptartikel: Fähre Tarnby\nSiehe auch: Häfen der Nordküste"],
      ["fr", "Lire aussi : Nouvelle ligne", "Article détaillé : Bac de Tarnby\nVoir aussi : Ports de la côte nord"],
      ["es", "Lea también: Nueva línea", "Artículo principal: Ferri de Tarnby\nVéase también: Puertos de la costa norte"],
      ["it", "Leggi anche: Nuova linea", "Voce principale: Traghetto di Tarnby\nVedi anche: Porti della costa nord"],
      ["pt", "Leia também: Nova carreira", "Artigo principal: Ferry de Tarnby\nVer também: Portos da costa norte"],
      ["nl", "Lees ook: Nieuwe buslijn", "Zie ook: Veer van Tarnby\nZie ook: Havens aan de noordkust"],
    ];
    for (const [tag, over, notes] of overs) {
      for (const page of [`${opening}\n\n${over}\n${notes}\n${prose}\n\n${closing}`, `${opening}\n${over}\n${notes}\n${prose}\n${closing}`])
        expect(shape(page, tag)).not.toContain(`H:${over}`);
    }
  });

  it("keeps a topic's heading over the same notes", () => {
    const page = `${opening}\n\nThe terminal\nMain article: Tarnby ferry\nSee also: Ports of the north coast\n${prose}\n\n${closing}`;
    expect(shape(page, "en")).toContain("H:The terminal");
  });

  it("keeps a numbered part's heading and a time's over notes, where a colon parts no label from a title", () => {
    const overs: Array<[string, string, string]> = [
      ["en", "Part 2: The crossing", "Main article: Tarnby ferry\nSee also: Ports of the north coast"],
      ["en", "Phase II: Building", "Main article: Tarnby ferry\nSee also: Ports of the north coast"],
      ["en", "1914–1918: War years", "Main article: Tarnby ferry\nSee also: Ports of the north coast"],
      ["en", "10:30 departure", "Main article: Tarnby ferry\nSee also: Ports of the north coast"],
      ["en", "Boats from 10:30", "Main article: Tarnby ferry\nSee also: Ports of the north coast"],
    ];
    for (const [tag, over, notes] of overs) {
      for (const page of [`${opening}\n\n${over}\n${notes}\n${prose}\n\n${closing}`, `${opening}\n${over}\n${notes}\n${prose}\n${closing}`])
        expect(shape(page, tag), over).toContain(`H:${over}`);
    }
  });

  it("keeps a numbered part's heading over notes in a German and a French wiki's page", () => {
    const wiki = (title: string, heading: string, notes: string[], paragraphs: string[]) =>
      [title, "", paragraphs[0], "", heading, ...notes, paragraphs[1], "", paragraphs[2]].join("\n");
    const pages = [
      wiki(
        "Fähre Tarnby",
        "Teil 2: Die Überfahrt",
        ["Hauptartikel: Geschichte der Fähre Tarnby", "Siehe auch: Häfen am Vardesund"],
        [
          "Die Fährverbindung Tarnby verbindet die Insel Tarnby mit dem Festlandhafen Oskelby über den Vardesund, eine Strecke von elf Kilometern.",
          "Die Strecke wurde im achtzehnten Jahrhundert zuerst mit Ruderbooten und ab 1884 mit Dampffähren befahren, als der Hafen vertieft wurde.",
          "Ein neues Terminal wurde 2021 am Ostkai eröffnet, nach Jahren des Streits um den Standort, und der alte Warteraum wurde zum Museum.",
        ],
      ),
      wiki(
        "Bac de Tarnby",
        "Partie 2 : La traversée",
        ["Article détaillé : Histoire du bac de Tarnby", "Voir aussi : Ports du détroit de Varde"],
        [
          "Le bac de Tarnby relie l'île de Tarnby au port continental d'Oskelby à travers le détroit de Varde, sur une distance de onze kilomètres.",
          "La traversée fut d'abord assurée par des barques à rames au dix-huitième siècle, puis par des vapeurs à partir de 1884, quand le port fut creusé.",
          "Un nouveau terminal a ouvert sur le quai est en 2021 après des années de querelle sur le site, et l'ancienne salle d'attente est devenue un musée.",
        ],
      ),
    ];
    for (const page of pages) {
      const heading = page.split("\n")[4]!;
      for (const text of [page, page.replace(/\n\n/gu, "\n")])
        expect(fromText(text).body, heading).toContainEqual(expect.objectContaining({ type: "heading", text: heading }));
    }
  });

  it("takes no unnumbered label's line over notes for a heading, nor a numbered one's after a time, nor a numbered picture's", () => {
    const notes = "Main article: Tarnby ferry\nSee also: Ports of the north coast";
    for (const over of [
      "Q&A: The new quay",
      "Update: Vote delayed",
      "10:30 update: Vote delayed",
      "Photo 3: Ewan Prost",
      "Figure 1: The east quay",
      "Quelle 1: Hafenamt",
    ]) {
      for (const page of [`${opening}\n\n${over}\n${notes}\n${prose}\n\n${closing}`, `${opening}\n${over}\n${notes}\n${prose}\n${closing}`])
        expect(shape(page, "en"), over).not.toContain(`H:${over}`);
    }
  });
});

describe("the text's label over a title or a letter, and Arabic's 'by means of' before a ship", () => {
  const nl = [
    "Home",
    "Nieuws",
    "Haven van Tolmeer een maand dicht voor herstel van de kademuur",
    "4 maart 2026",
    "LABEL",
    "De gemeente Tolmeer sluit de haven volgende maand vier weken voor het herstel van de oude kademuur, zo besloot het college dinsdag.",
    "Vissers mogen hun boten zolang aanleggen in de jachthaven aan de overkant, waar de gemeente tijdelijke steigers laat bouwen.",
  ];
  const pl = [
    "Strona główna",
    "Wiadomości",
    "Port w Zarzeczu zamknięty na miesiąc z powodu remontu nabrzeża",
    "4 marca 2026",
    "LABEL",
    "Rada miasta Zarzecze zdecydowała we wtorek o remoncie starego nabrzeża, który potrwa cztery tygodnie i zamknie port dla rybaków.",
    "Łodzie będą mogły w tym czasie cumować w przystani jachtowej po drugiej stronie zatoki, gdzie miasto buduje tymczasowe pomosty.",
  ];
  const authorsOf = (lines: string[], label: string, packed: boolean) =>
    fromText(lines.map((l) => (l === "LABEL" ? label : l)).join(packed ? "\n" : "\n\n")).authors ?? [];

  it("reads no writer after 'Tekst:' opening with a Dutch article or the Polish salutation", () => {
    for (const [lines, label] of [
      [nl, "Tekst: Het Lied van de Zee"],
      [nl, "Tekst: Een Nieuwe Dag"],
      [pl, "Tekst: Szanowni Państwo"],
      [pl, "Tekst: Szanowna Pani"],
    ] as const)
      for (const packed of [false, true]) expect(authorsOf([...lines], label, packed), label).toEqual([]);
  });

  it("still reads the writer after 'Tekst:', with Dutch name particles and Polish names (near misses)", () => {
    for (const [lines, label, name] of [
      [nl, "Tekst: Anne Verhoef", "Anne Verhoef"],
      [nl, "Tekst: Jan de Vries", "Jan de Vries"],
      [nl, "Tekst: Hettie Eenink", "Hettie Eenink"],
      [pl, "Tekst: Anna Nowicka", "Anna Nowicka"],
      [pl, "Tekst: Ewa Szanowska", "Ewa Szanowska"],
    ] as const)
      for (const packed of [false, true]) expect(authorsOf([...lines], label, packed), label).toEqual([{ type: "Person", name }]);
  });

  it("reads no writer after 'بواسطة' before a ship's or a boat's noun, and still a writer's name", () => {
    for (const line of ["بواسطة سفينة صغيرة", "بواسطة سفن الشحن", "بواسطة قوارب الصيد", "بواسطة مركب صغير"])
      expect(parseByline(line), line).toBeUndefined();
    expect(parseByline("بواسطة ريم العطار")).toEqual([{ type: "Person", name: "ريم العطار" }]);
    expect(parseByline("بواسطة سلمى الحداد")).toEqual([{ type: "Person", name: "سلمى الحداد" }]);
  });

  it("signs the Croatian newsroom and an Arabic agency as organisations, the Turkish news centre as none of a reporter's", () => {
    for (const line of ["Tekst: Redakcija", "Piše: Redakcija", "Autor: Redakcija", "Yazan: Haber Merkezi"])
      expect(parseByline(line), line).toEqual([{ type: "Organization", name: line.slice(line.indexOf(":") + 2) }]);
    for (const line of ["بواسطة وكالة الأنباء", "إعداد وكالة الأنباء"])
      expect(parseByline(line), line).toEqual([{ type: "Organization", name: "وكالة الأنباء" }]);
    expect(parseByline("Muhabir: Haber Merkezi")).toBeUndefined();
    // Near misses: the people keep their names.
    expect(parseByline("Tekst: Ana Horvat")).toEqual([{ type: "Person", name: "Ana Horvat" }]);
    expect(parseByline("Muhabir: Ayşe Demir")).toEqual([{ type: "Person", name: "Ayşe Demir" }]);
    expect(parseByline("Yazan: Mehmet Merkezli")).toEqual([{ type: "Person", name: "Mehmet Merkezli" }]);
  });
});

describe("a caption set as a paragraph, its last sentence a labelled credit", () => {
  const paragraphs = {
    en: [
      "The council of Port Avery voted on Tuesday to rebuild the ferry pier that storms damaged two winters ago. Eleven members backed the plan and two voted against it.",
      "The work will cost about 4.2 million dollars and should take eighteen months, the harbour master told the meeting. Ferries will use a temporary landing in the meantime.",
      "Fishermen welcomed the decision but asked the council to keep the north slipway open while the builders are on site.",
    ],
    de: [
      "Der Gemeinderat von Seedorf hat am Dienstag beschlossen, die alte Fähranlegestelle abzureißen und neu zu bauen. Elf Mitglieder stimmten dafür, zwei dagegen.",
      "Die Arbeiten sollen rund 4,2 Millionen Euro kosten und achtzehn Monate dauern, sagte der Hafenmeister in der Sitzung. Die Fähren legen solange an einem Ersatzsteg an.",
      "Die Fischer begrüßten den Beschluss, baten aber darum, die nördliche Slipanlage während der Bauzeit offen zu halten.",
    ],
    fr: [
      "Le conseil municipal de Port-Sainval a voté mardi la reconstruction du quai des ferries, endommagé par les tempêtes il y a deux hivers. Onze élus ont voté pour, deux contre.",
      "Les travaux coûteront environ 4,2 millions d'euros et dureront dix-huit mois, a indiqué le capitaine du port. Les ferries utiliseront un ponton provisoire.",
      "Les pêcheurs ont salué la décision mais demandent que la cale nord reste ouverte pendant le chantier.",
    ],
    es: [
      "El pleno del ayuntamiento de Puerto Alcina aprobó el martes reconstruir el muelle de los transbordadores, dañado por los temporales hace dos inviernos. Once concejales votaron a favor.",
      "Las obras costarán unos 4,2 millones de euros y durarán dieciocho meses, explicó el capitán del puerto. Los barcos usarán un pantalán provisional mientras tanto.",
      "Los pescadores celebraron la decisión, pero pidieron que la rampa norte siga abierta durante las obras.",
    ],
    it: [
      "Il consiglio comunale di Porto Valdera ha approvato martedì la ricostruzione del molo dei traghetti, danneggiato dalle mareggiate due inverni fa. Undici consiglieri hanno votato a favore.",
      "I lavori costeranno circa 4,2 milioni di euro e dureranno diciotto mesi, ha spiegato il comandante del porto. I traghetti useranno un pontile provvisorio.",
      "I pescatori hanno accolto bene la decisione, ma chiedono che lo scivolo nord resti aperto durante il cantiere.",
    ],
    pt: [
      "A câmara municipal de Porto Alvarim aprovou na terça-feira a reconstrução do cais dos ferries, danificado pelas tempestades há dois invernos. Onze vereadores votaram a favor.",
      "As obras vão custar cerca de 4,2 milhões de euros e durar dezoito meses, explicou o capitão do porto. Os barcos vão usar um pontão provisório.",
      "Os pescadores saudaram a decisão, mas pediram que a rampa norte continue aberta durante as obras.",
    ],
    nl: [
      "De gemeenteraad van Havendam heeft dinsdag ingestemd met de herbouw van de veersteiger die twee winters geleden door stormen werd beschadigd. Elf raadsleden stemden voor.",
      "De werkzaamheden kosten ongeveer 4,2 miljoen euro en duren achttien maanden, zei de havenmeester. De veerboten gebruiken zolang een tijdelijke steiger.",
      "De vissers zijn blij met het besluit, maar vragen de gemeente de noordelijke helling open te houden tijdens de bouw.",
    ],
  };
  type Lang = keyof typeof paragraphs;
  /** An invented page with `line` set between the story's first and second paragraphs. */
  const pageWith = (lang: Lang, line: string) =>
    [
      "Home",
      "News",
      "Local",
      "Harbour town votes to rebuild the old pier",
      "March 4, 2025",
      paragraphs[lang][0],
      line,
      ...paragraphs[lang].slice(1),
      "Privacy policy",
    ].join("\n");
  const read = (lang: Lang, line: string) => {
    const body = fromText(pageWith(lang, line)).body;
    return {
      texts: body.flatMap((block) => (block.type === "paragraph" ? [block.text] : [])),
      figures: body.flatMap((block) => (block.type === "figure" ? [block] : [])),
    };
  };

  it.each<[Lang, string, string, string]>([
    [
      "en",
      "The old pier after the storm of January 2024. Photo: Ada Fenwick.",
      "The old pier after the storm of January 2024.",
      "Ada Fenwick",
    ],
    [
      "en",
      "Fishing boats wait in the bay. Photograph by Tom Reddick via Harbour Archive.",
      "Fishing boats wait in the bay.",
      "Tom Reddick via Harbour Archive",
    ],
    // Two sentences before the credit, both within its reach: the credit is cut at the last one's end.
    ["en", "Dawn at the quay. Boats wait. Photo: Ada Fenwick.", "Dawn at the quay. Boats wait.", "Ada Fenwick"],
    [
      "de",
      "Der alte Anleger nach dem Sturm im Januar 2024. Foto: Jonas Brenner.",
      "Der alte Anleger nach dem Sturm im Januar 2024.",
      "Jonas Brenner",
    ],
    [
      "fr",
      "L'ancien quai après la tempête de janvier 2024. Photo : Claire Dumontel.",
      "L'ancien quai après la tempête de janvier 2024.",
      "Claire Dumontel",
    ],
    [
      "es",
      "El viejo muelle tras el temporal de enero de 2024. Foto: Marta Quiroga.",
      "El viejo muelle tras el temporal de enero de 2024.",
      "Marta Quiroga",
    ],
    [
      "it",
      "Il vecchio molo dopo la mareggiata di gennaio 2024. Foto: Paolo Ferrante.",
      "Il vecchio molo dopo la mareggiata di gennaio 2024.",
      "Paolo Ferrante",
    ],
    [
      "pt",
      "O velho cais depois da tempestade de janeiro de 2024. Foto: Rita Valadares.",
      "O velho cais depois da tempestade de janeiro de 2024.",
      "Rita Valadares",
    ],
    [
      "nl",
      "De oude steiger na de storm van januari 2024. Foto: Sanne van Dijk.",
      "De oude steiger na de storm van januari 2024.",
      "Sanne van Dijk",
    ],
  ])("reads the %s line %j as a figure, not text", (lang, line, caption, credit) => {
    expect(closingCredit(line)).toEqual({ caption, credit });
    const { texts, figures } = read(lang, line);
    expect(texts).toEqual(paragraphs[lang]);
    expect(figures).toEqual([{ type: "figure", caption, credit }]);
  });

  it.each<[Lang, string]>([
    // No names after the label.
    ["en", "He kept the camera for forty years. Photo: see below."],
    ["de", "Das Bild hängt seit Jahren im Rathaus. Foto: eigene Aufnahme."],
    ["en", "What does the title mean? Photo: That was the name the band gave its first record."],
    ["en", "Nobody remembers who took the picture. Photo: Nobody knows who took it."],
    // A headline after the label, longer than a credit's names.
    ["en", "The mayor cut the ribbon at noon. Picture: Mayor Opens New Pier With Ribbon And Band."],
    // A slashed pair with no credit's label.
    ["en", "The ferry runs twice a day. Summer/Winter Timetable."],
    // A label's word in the story's own sentence, not its opening.
    ["en", "The prize went to a picture of the pier. Photo by photo, the jury went through all four hundred entries."],
    ["fr", "Le jury a retenu une image du quai. Photo après photo, il a examiné les quatre cents envois."],
    // A credit alone and no caption before it, or a caption too long to be one.
    ["en", `${"The harbour board met on Tuesday and talked about the pier for a long time. ".repeat(6)}Photo: Ada Fenwick.`],
    // A story's paragraph of three sentences, 58 words, its picture's credit run into it: too long for a caption.
    [
      "en",
      "The old pier was built in 1911 by the harbour company, which ran the ferries until the war. It was rebuilt twice, in 1952 after a fire and in 1987 after the great storm. Each time the town paid for it by a levy on fish landed at the quay, and each time the levy outlived the work by decades. Photo: Harbour Archive.",
    ],
    // A step's number after the label, no name.
    ["en", "Fold in the flour and the zest, then pour the batter into the tin. Image: Step 2."],
    // A bare "Credit:" closing a sentence credits a recipe or an idea, not a picture.
    ["en", "The trick of soaking the warm cake in syrup came from my grandmother. Credit: Nonna Rosa."],
    ["fr", "L'astuce du sirop versé sur le gâteau chaud vient de ma grand-mère. Crédit : Mamie Jeanne."],
  ])("keeps the %s line %j as text", (lang, line) => {
    expect(closingCredit(line)).toBeUndefined();
    const { texts, figures } = read(lang, line);
    expect(texts).toEqual([paragraphs[lang][0], line, ...paragraphs[lang].slice(1)]);
    expect(figures).toEqual([]);
  });
});

describe("newsletter and membership prompts saying where the mail lands, and credits in other wordings", () => {
  const stories: Record<string, [string, string, string, string[]]> = {
    en: [
      "Harbour ferry returns after winter repairs",
      "By Mira Coldwell",
      "March 4, 2026",
      [
        "The night ferry to Eastholm resumed service on Monday after three months of repairs to its hull and engines at the Lowmarsh yard.",
        "Passengers queued from early evening, and the first crossing left the pier twelve minutes late because of the crowd at the ticket office.",
        "The operator said the timetable would stay as it was last year, with two crossings each night and a third on Fridays in summer.",
        "Councillors have asked for a review of fares before the bridge toll rises in the autumn, when many commuters expect to switch.",
      ],
    ],
    de: [
      "Nachtfähre fährt nach Reparatur wieder",
      "Von Lena Hartwig",
      "4. März 2026",
      [
        "Die Nachtfähre nach Osterholm hat am Montag nach drei Monaten Reparatur an Rumpf und Motoren den Betrieb wieder aufgenommen.",
        "Schon am frühen Abend standen Fahrgäste an, und die erste Überfahrt legte wegen des Andrangs zwölf Minuten zu spät ab.",
        "Der Betreiber teilte mit, der Fahrplan bleibe wie im Vorjahr, mit zwei Fahrten pro Nacht und einer dritten freitags im Sommer.",
        "Der Gemeinderat verlangt eine Prüfung der Preise, bevor im Herbst die Brückenmaut steigt und viele Pendler umsteigen wollen.",
      ],
    ],
    fr: [
      "Le ferry de nuit reprend après des réparations",
      "Par Claire Dumesnil",
      "4 mars 2026",
      [
        "Le ferry de nuit vers Île-Basse a repris lundi son service après trois mois de réparations de sa coque et de ses moteurs au chantier.",
        "Des passagers faisaient la queue dès le début de soirée, et la première traversée est partie avec douze minutes de retard.",
        "L'exploitant a indiqué que les horaires resteraient ceux de l'an dernier, avec deux traversées par nuit et une troisième le vendredi.",
        "Les élus demandent un examen des tarifs avant la hausse du péage du pont à l'automne, quand de nombreux usagers pensent changer.",
      ],
    ],
    es: [
      "El ferri nocturno vuelve tras las reparaciones",
      "Por Lucía Barredo",
      "4 de marzo de 2026",
      [
        "El ferri nocturno a Isla Baja volvió a navegar el lunes tras tres meses de reparaciones en el casco y los motores en el astillero.",
        "Los pasajeros hacían cola desde primera hora de la tarde, y la primera travesía salió con doce minutos de retraso por la afluencia.",
        "La naviera dijo que el horario seguirá como el año pasado, con dos travesías cada noche y una tercera los viernes en verano.",
        "Los concejales piden revisar las tarifas antes de que suba el peaje del puente en otoño, cuando muchos usuarios piensan cambiar.",
      ],
    ],
    it: [
      "Il traghetto notturno riparte dopo i lavori",
      "Di Giulia Ferrante",
      "4 marzo 2026",
      [
        "Il traghetto notturno per Isola Bassa è tornato in servizio lunedì dopo tre mesi di lavori allo scafo e ai motori nel cantiere.",
        "I passeggeri erano in coda dal primo pomeriggio, e la prima traversata è partita con dodici minuti di ritardo per la folla.",
        "La compagnia ha detto che l'orario resterà quello dell'anno scorso, con due corse ogni notte e una terza il venerdì d'estate.",
        "I consiglieri chiedono di rivedere le tariffe prima che in autunno salga il pedaggio del ponte, quando molti pendolari cambieranno.",
      ],
    ],
    pt: [
      "Ferry noturno regressa após reparações",
      "Por Inês Carvalhal",
      "4 de março de 2026",
      [
        "O ferry noturno para a Ilha Baixa voltou a navegar na segunda-feira após três meses de reparações no casco e nos motores no estaleiro.",
        "Os passageiros fizeram fila desde o início da noite, e a primeira travessia partiu com doze minutos de atraso por causa da multidão.",
        "A operadora disse que o horário se mantém como no ano passado, com duas travessias por noite e uma terceira às sextas no verão.",
        "Os vereadores pedem uma revisão das tarifas antes de a portagem da ponte subir no outono, quando muitos utentes pensam mudar.",
      ],
    ],
    nl: [
      "Nachtveer vaart weer na herstel",
      "Door Femke Hoogland",
      "4 maart 2026",
      [
        "De nachtveerboot naar Laageiland is maandag weer gaan varen na drie maanden herstel aan romp en motoren op de werf in de haven.",
        "Passagiers stonden vanaf het begin van de avond in de rij, en de eerste overtocht vertrok twaalf minuten te laat door de drukte.",
        "De rederij zei dat de dienstregeling blijft zoals vorig jaar, met twee overtochten per nacht en een derde op vrijdag in de zomer.",
        "Raadsleden willen de tarieven laten herzien voordat de tol op de brug in het najaar stijgt, als veel forenzen willen overstappen.",
      ],
    ],
  };
  const page = (tag: string, where: "top" | "mid" | "end", line: string) => {
    const [headline, byline, date, paras] = stories[tag]!;
    const body = [
      ...(where === "top" ? [line] : []),
      paras[0]!,
      paras[1]!,
      ...(where === "mid" ? [line] : []),
      paras[2]!,
      paras[3]!,
      ...(where === "end" ? [line] : []),
    ];
    return [headline, "", byline, date, "", ...body.flatMap((text) => [text, ""])].join("\n");
  };
  const textsOf = (tag: string, where: "top" | "mid" | "end", line: string) =>
    fromText(page(tag, where, line)).body.map((block) => ("text" in block ? block.text : ""));
  const places = ["top", "mid", "end"] as const;
  const expectStory = (tag: string, texts: string[], line: string) => {
    for (const para of stories[tag]![3]) expect(texts, `${tag}: ${line}`).toContain(para);
  };
  // Each line of each language on the story's page at the top, in the middle and at the end: the line is dropped from the
  // text or kept in it, and the story's paragraphs stay.
  const expectEach = (linesOf: Record<string, string[]>, fate: "dropped" | "kept") => {
    for (const [tag, lines] of Object.entries(linesOf))
      for (const line of lines)
        for (const where of places) {
          const texts = textsOf(tag, where, line);
          if (fate === "kept") expect(texts, `${tag} ${where}: ${line}`).toContain(line);
          else
            expect(
              texts.some((text) => text.includes(line)),
              `${tag} ${where}: ${line}`,
            ).toBe(false);
          expectStory(tag, texts, line);
        }
  };

  it("drops a prompt that says the mail lands in the reader's mailbox or joins an offer to its call, in seven languages", () => {
    const prompts: Record<string, string[]> = {
      de: [
        "Melden Sie sich an und erhalten Sie die wichtigsten Nachrichten jeden Morgen in Ihr Postfach.",
        "Abonnieren Sie unseren Newsletter und erhalten Sie jeden Freitag die besten Geschichten.",
        "Werden Sie Mitglied und erhalten Sie alle Artikel ohne Werbung.",
        "Die wichtigsten Nachrichten der Woche, jeden Freitag kostenlos in dein Postfach – direkt von unserer Redaktion erhalten.",
      ],
      fr: [
        "Recevez chaque matin l'essentiel de l'actualité dans votre boîte mail.",
        "Inscrivez-vous et recevez nos meilleurs articles chaque semaine dans votre boîte de réception.",
        "Abonnez-vous à notre lettre d'information et recevez l'actualité du port chaque vendredi.",
        "Devenez membre et profitez de tous nos articles sans publicité.",
      ],
      es: [
        "Suscríbete y recibe cada mañana las noticias más importantes en tu correo.",
        "Recibe cada semana lo mejor de nuestra redacción en tu bandeja de entrada.",
        "Hazte socio y recibe todos nuestros artículos sin publicidad.",
        "Suscríbase y reciba cada mañana las noticias del puerto en su correo.",
      ],
      it: [
        "Iscriviti alla newsletter e ricevi ogni mattina le notizie più importanti.",
        "Ricevi ogni settimana il meglio della nostra redazione nella tua casella di posta.",
        "Abbonati e ricevi ogni giorno le notizie del porto direttamente nella tua email.",
        "Diventa socio e ricevi ogni mese la rivista a casa tua.",
        "Si iscriva alla nostra newsletter e riceva ogni venerdì le notizie della settimana nella sua casella di posta.",
      ],
      pt: [
        "Assine e receba as principais notícias todas as manhãs no seu e-mail.",
        "Receba todas as semanas o melhor da nossa redação na sua caixa de correio.",
        "Inscreva-se e receba as notícias da ilha no seu email.",
        "Torne-se membro e receba todas as reportagens sem publicidade.",
      ],
      nl: [
        "Meld je aan voor onze nieuwsbrief en ontvang elke ochtend het belangrijkste nieuws.",
        "Ontvang elke week het beste van onze redactie in je mailbox.",
        "Meld u aan en ontvang het nieuws van de eilanden elke ochtend in uw inbox.",
        "Word lid en ontvang elke maand ons magazine thuis.",
        "Abonneer je en lees onbeperkt al onze verhalen.",
      ],
      en: [
        "Get the day's top stories delivered straight to your inbox every morning.",
        "Sign up and receive the best of the week in your inbox each Friday.",
        "The Morning Tide, delivered to your inbox every weekday.",
        "Become a member and receive every story without ads.",
      ],
    };
    expectEach(prompts, "dropped");
  });

  it("takes a credit line in other wordings out of the text: compound labels, 'Photo by:', a closing licence", () => {
    const credits: Record<string, string[]> = {
      de: [
        "Bildquelle: Hafenamt Osterholm",
        "Bildquelle: Jonas Weidlich (CC BY-SA 4.0)",
        "Bildquelle: Jonas Weidlich via Wikimedia Commons (gemeinfrei)",
      ],
      fr: ["Crédit photo : Archives du port", "Crédit photo : Julien Marsac"],
      es: ["Foto: Diego Ruvalcaba", "Crédito de la imagen: Diego Ruvalcaba"],
      it: ["Credito foto: Marco Rinaldi", "Credito foto: Marco Rinaldi (CC BY-SA 4.0)"],
      pt: ["Crédito da imagem: Rui Antunes"],
      nl: ["Beeld: Joris Hendriksen"],
      en: [
        "Image credit: Tomas Reyvik (CC BY-SA 4.0)",
        "Image credit: Tomas Reyvik via Flickr (CC BY 2.0)",
        "Image credit: Tomas Reyvik via Flickr (public domain)",
        "Photo by: Tomas Reyvik.",
        'Photo by "Tomas Reyvik"',
      ],
    };
    expectEach(credits, "dropped");
  });

  it("keeps the story's own sentences about newsletters, mailboxes, members and pictures (near misses)", () => {
    const sentences: Record<string, string[]> = {
      en: [
        "Club members pay ten pounds a year and get a key to the boathouse and a locker by the slipway.",
        "The island's oldest newsletter, printed by volunteers since 1974, will land in your letterbox for the last time this spring.",
        "Image credit for the exhibition goes to Tomas Reyvik, who spent two winters photographing the harbour at night.",
        "Join date for new crew members is set for May, and the club says it has room for a dozen more.",
        "Become a member and get a free lesson, the rowing club tells newcomers each spring.",
        "Photographer Tomas Reyvik has spent two winters on the harbour wall, and his pictures go on show at the town hall next month.",
      ],
      de: [
        "Die Gemeinde verschickt ihren Newsletter seit Jahren, doch viele Postfächer der Bürger bleiben leer, sagt der Bürgermeister.",
        "Ein Jahresabonnement der Zeitung kostet 120 Euro; viele Leser erhalten sie noch immer in ihren Briefkasten.",
        "Die Bildquelle war lange unklar, bis das Hafenamt Osterholm die Aufnahmen in seinem Archiv fand.",
        "Die Mieter erhalten die Nebenkostenabrechnung künftig direkt in ihr Postfach, teilte die Genossenschaft mit.",
        "Sie bekam den Bescheid in ihr Postfach und rief sofort beim Amt an, erzählt die Rentnerin.",
        "Wer Mitglied wird, erhält einen Schlüssel für das Bootshaus und eine Einweisung am Steg.",
        "Die Fotografin Jonas Weidlich zeigt ihre Bilder ab Freitag im Rathaus; Bildquelle für viele Motive war das Hafenarchiv.",
      ],
      fr: [
        "« Abonnez-vous à ma newsletter et vous aurez tout directement dans votre boîte mail », a plaisanté le maire devant les commerçants.",
        "Les habitants qui le souhaitent pourront avoir leurs avis d'imposition directement dans votre boîte mail, promet la mairie dans un courrier adressé à tous les foyers de l'île, sans dire quand.",
        "La mairie envoie sa lettre d'information chaque mois, mais beaucoup d'habitants ne la reçoivent jamais dans leur boîte mail.",
        "Recevez-vous encore du courrier papier ? La poste de l'île a posé la question à ses usagers cet hiver.",
        "Le crédit photo de l'exposition revient à Julien Marsac, qui a photographié le port pendant deux hivers.",
        "Comment désencombrer votre boîte mail en dix minutes, selon un informaticien de la mairie.",
        "Recevez-vous encore des arnaques dans votre boîte mail ?",
      ],
      es: [
        "Cada socio paga veinte euros al año y recibe una llave del cobertizo de los botes.",
        "El ayuntamiento envía su boletín cada mes, pero muchos vecinos dicen que nunca lo reciben en su correo.",
        "La suscripción anual al periódico cuesta 90 euros, y la editorial recibe cada semana cartas de lectores.",
        "Los vecinos reciben las multas directamente en su correo desde marzo, según el ayuntamiento.",
        "Hazte socio, le dijo su padre, y el muchacho se apuntó al club de remo aquel mismo verano.",
      ],
      it: [
        "Il comune invia la sua newsletter ogni mese, ma molti abitanti non la ricevono nella casella di posta.",
        "L'abbonamento annuale al giornale costa 90 euro, e la redazione riceve ogni settimana lettere dei lettori.",
        "Foto di famiglia, lettere e mappe: l'archivio di Marco Rinaldi racconta la storia della flotta dell'isola.",
        "Il sindaco riceve ogni giorno decine di lettere nella sua casella di posta, racconta il portavoce.",
      ],
      pt: [
        "A câmara envia a sua newsletter todos os meses, mas muitos moradores dizem que nunca a recebem no e-mail.",
        "A assinatura anual do jornal custa 90 euros, e a redação recebe todas as semanas cartas dos leitores.",
        "Os moradores passam a receber as faturas diretamente no seu e-mail, explicou a câmara.",
      ],
      nl: [
        "Wanneer ontvang je e-mail van de gemeente, lees die dan altijd goed na.",
        "De gemeente stuurt haar nieuwsbrief elke maand, maar veel inwoners zeggen dat die nooit in hun mailbox aankomt.",
        "Een jaarabonnement op de krant kost 90 euro, en de redactie ontvangt elke week brieven van lezers.",
        "Beeld en geluid van de oude haven zijn nu te zien in het museum, zegt conservator Joris Hendriksen.",
        "Wie lid wordt van de roeiclub, ontvangt een gratis les en een sleutel van het botenhuis.",
      ],
    };
    expectEach(sentences, "kept");
  });

  it("reads the new credit wordings as credits alone, and a photo 'of' what it shows as none", () => {
    expect(creditOnly("Photo by: Tomas Reyvik.")?.labelled).toBe(true);
    expect(creditOnly("Bildquelle: Hafenamt Osterholm")?.credit).toBe("Hafenamt Osterholm");
    expect(creditOnly("Image credit: Tomas Reyvik (CC BY-SA 4.0)")?.credit).toBe("Tomas Reyvik");
    expect(creditOnly("Crédito da imagem: Rui Antunes")?.credit).toBe("Rui Antunes");
    expect(creditOnly("Beeld: Joris Hendriksen")?.credit).toBe("Joris Hendriksen");
    expect(creditOnly("Image credit: Tomas Reyvik via Flickr (CC0)")?.credit).toBe("Tomas Reyvik via Flickr");
    for (const line of ["Foto di gruppo", "Photo de famille", "Foto von oben"]) expect(creditOnly(line), line).toBeUndefined();
  });

  // A photo "of" a capitalised name is as often a place's or a feast's ("Fotos von Mallorca", "Photo de
  // Paris", "Foto di Natale", "Foto van De Telegraaf") as a taker's; Dutch "Beeld:" opens prose before a lower case.
  it("reads no credit in a photo 'of' a name, a place's or a feast's as often as a taker's, nor in Dutch 'Beeld:' before a lower-case line", () => {
    for (const line of [
      "Fotos von Mallorca",
      "Foto von Jonas Weidlich",
      "Photo de Paris",
      "Photos de Noël",
      "Foto di Venezia",
      "Foto di Natale",
      "Fotos de Isla Baja",
      "Foto de Lisboa",
      "Foto van Amsterdam",
      "Foto van De Telegraaf",
      "Beeld: de haven bij nacht",
      "Beeld: een somber toekomstbeeld",
    ])
      expect(creditOnly(line), line).toBeUndefined();
    expect(creditOnly("Beeld: ANP")?.credit).toBe("ANP");
  });

  // A line the story gives as someone's words, or a how-to telling the reader what will happen, names a
  // mailbox or joins an offer to a call as a box's pitch does.
  it("keeps a reported or quoted offer and a how-to's sentence on the reader's mailbox", () => {
    const sentences: Record<string, string[]> = {
      de: [
        "Wer sich registriert, bekommt die Warnungen direkt in dein Postfach, schrieb die Reederei an ihre Stammkunden.",
        "Werden Sie Mitglied und genießen Sie die Fahrt, rief der Vereinsvorsitzende den Besuchern beim Fest am Hafen zu.",
        "Die Stadtwerke schicken die Rechnung direkt ins Postfach.",
        "„Werden Sie Mitglied und erhalten Sie Rabatt“ steht auf dem Plakat am Hafen.",
        "Erhalten Sie die Rechnung künftig direkt in Ihr Postfach? Die Stadtwerke fragen ihre Kunden.",
      ],
      en: [
        "Become a member and get free crossings on Fridays, the ferry club's poster at the pier says.",
        "Become a member and get involved in the regatta, which the club has run on the estuary every August since 1968.",
      ],
      fr: [
        "« Vous recevrez directement la facture dans votre boîte mail », a assuré la porte-parole de l'exploitant.",
        "Vous recevez directement votre billet dans votre boîte mail après le paiement.",
        "Devenez membre et profitez de la traversée, lance le président de l'association aux passagers du ferry.",
        "Étape 3 : recevez le code directement dans votre boîte mail.",
        "« Recevez nos alertes dans votre boîte mail », lit-on sur l'affiche de la mairie.",
        "« Recevez la facture directement dans votre boîte mail » : la promesse de l'exploitant n'a pas été tenue.",
      ],
      es: [
        "Recibirás el billete directamente en tu correo tras el pago, explica la naviera en su web.",
        "Hazte socio y disfruta de descuentos, dice el cartel del club náutico de Isla Baja en el muelle.",
      ],
      it: [
        "Riceverai il biglietto direttamente nella tua casella di posta dopo il pagamento.",
        "Abbonati e ricevi uno sconto sul traghetto: la proposta della compagnia per i pendolari.",
      ],
      pt: ["A operadora disse: receba a fatura no seu e-mail e evite filas.", "Passo 3: receba o código diretamente no seu e-mail."],
      nl: [
        "Je ontvangt het ticket rechtstreeks in je mailbox na betaling.",
        "Daarna ontvang je de bevestiging direct in je mailbox.",
        "Word lid en ontvang korting op de overtocht, zegt de voorzitter van de vereniging.",
      ],
    };
    expectEach(sentences, "kept");
  });

  it("drops a prompt that quotes its letter's name inside the line", () => {
    const prompts: Record<string, string[]> = {
      fr: ["Recevez « La Marée » chaque matin dans votre boîte mail."],
      es: ["Recibe «La Marea» cada mañana en tu correo."],
      pt: ['Receba "A Maré" todas as manhãs no seu e-mail.'],
    };
    expectEach(prompts, "dropped");
  });

  it("keeps a call to join a body the line names after its article with a relative clause, and drops the site's own", () => {
    const sentences: Record<string, string[]> = {
      en: ["Become a member of the ferry users' group and get a vote on next year's timetable, which the council must respect."],
      de: ["Werden Sie Mitglied im Fahrgastverband und erhalten Sie Rabatt, den der Verband seit Jahren mit wenig Erfolg anbietet."],
      fr: ["Devenez membre de l'association des usagers et recevez son bulletin, qui paraît deux fois par an depuis 1998."],
      es: ["Hazte socio del club de usuarios y recibe un descuento, prometía el cartel del muelle, que nadie cumplió."],
      it: ["Diventa socio dell'associazione dei pendolari e ricevi la tessera, che vale anche sugli autobus della provincia."],
      pt: ["Torne-se sócio da associação de utentes e receba o boletim, que a direção publica desde 2001."],
      nl: ["Word lid van de reizigersvereniging en ontvang korting op de jaarkaart, die de gemeente voor een deel betaalt."],
    };
    expectEach(sentences, "kept");
    // The site's bare call, and its pitch naming the site after the article: stopping at its offer, or speaking for the
    // site in a relative clause.
    const prompts: Record<string, string[]> = {
      en: [
        "Become a member and get unlimited access to every story.",
        "Become a member of the Kellwick Courier and get unlimited access to every story.",
        "Become a member of the Courier and get unlimited access, which keeps our newsroom on the island.",
      ],
      de: [
        "Werden Sie Mitglied und erhalten Sie alle Artikel ohne Werbung.",
        "Werden Sie Mitglied im Anzeiger-Club und erhalten Sie alle Artikel ohne Werbung.",
      ],
      fr: ["Devenez membre du Courrier de Kellwick et profitez de tous nos articles en illimité."],
      es: ["Hazte socio del Correo de Kellwick y disfruta de todos los contenidos sin límites."],
      it: ["Diventa socio del Corriere di Kellwick e ricevi ogni mattina l'edizione digitale."],
      pt: ["Torne-se membro do Correio de Kellwick e receba acesso ilimitado a todos os artigos."],
      nl: [
        "Word lid en lees onbeperkt al onze artikelen.",
        "Word lid van de Kellwicker Courant en ontvang elke zaterdag de papieren krant.",
      ],
    };
    expectEach(prompts, "dropped");
  });
});

describe("teaser lines in the story: after a pointer, with initials, under a one-title label or a CJK label", () => {
  const header = { en: "By Ada Lee\nMarch 4, 2026", de: "Von Ada Lee\n4. März 2026", fr: "Par Ada Lee\n4 mars 2026" };
  const stories = { en: EN_MARKET_HALL_STORY, de: HARBOUR_EXPANSION_STORIES.de, fr: HARBOUR_EXPANSION_STORIES.fr };
  /** The story with `teaser` set after its first paragraph, packed under it or standing apart. */
  const page = (lang: keyof typeof stories, teaser: string, packed: boolean) => {
    const [first, ...rest] = stories[lang].filter((line) => line !== "");
    const opening = packed ? `${first}\n${teaser}` : `${first}\n\n${teaser}`;
    return fromText(["Market hall plans move ahead", header[lang], opening, ...rest].join("\n\n"));
  };
  function bodyText(article: ReturnType<typeof fromText>): string {
    return article.body.map((block) => ("text" in block ? block.text : "")).join("\n");
  }
  const teasers: [keyof typeof stories, string, boolean][] = [
    ["en", "» Related: Ferry Timetable Changes for the Summer", true],
    ["en", "➡️ Read more: Ten Quiet Coves Worth the Walk", false],
    ["de", "→ Lesen Sie auch: Neue Fährpläne für den Sommer", true],
    ["fr", "» À lire aussi : Le port attend ses nouveaux quais", true],
    // A title's question with an inverted pronoun that runs on is still a title.
    ["fr", "» Lire aussi : Canicule, faut-il fermer les quais", false],
    ["fr", "» Lire aussi : Immobilier, faut-il acheter", false],
    // A headline's speaker: after another pointer than a guillemet, after a closing quote mark, in the present tense.
    ["en", "→ Related: Storms, he said, are getting worse", false],
    ["en", "» Read more: 'Nobody warned us', they said", false],
    ["de", "» Lesen Sie auch: Die Lage ist ernst, sagt er", true],
    // An English compound in "-on" is no French inverted pronoun.
    ["en", "» Related: What the ferry lets you bring, carry-on", false],
    ["en", "Related: U.S. Ports Reopen After the Storm", false],
    ["en", "See also: J. R. Ames on the Harbour's Tides", false],
    ["fr", "À lire aussi : J.-P. Roy, l'homme des quais", false],
    ["en", "Related Story\nWhy the Old Ferry Ramp Had to Go", false],
    ["en", "Related post:\nTen Quiet Coves Worth the Walk\nThe Lighthouse Keepers Who Stayed On", false],
  ];
  it.each(teasers)("reads %s's %j as a related block, out of the story's text", (lang, teaser, packed) => {
    const article = page(lang, teaser, packed);
    expect(article.body.some((block) => block.type === "related")).toBe(true);
    const text = bodyText(article);
    for (const line of teaser.split("\n")) expect(text).not.toContain(line.replace(/^\P{L}+/u, "").slice(0, 12));
    expect(text).toContain(stories[lang].at(-1));
  });
  it.each(["【関連記事】", "相关阅读", "관련기사"])("reads %s over two titles as a related block", (label) => {
    const [first, , ...rest] = ZH_FERRY_STORY;
    const teasers = `${label}\n海岛灯塔五十年来首次翻修\n夏季加班船八月起开航`;
    const article = fromText(["岛上渡轮恢复航行", "2026年3月4日", first, teasers, ...rest].join("\n\n"));
    const related = article.body.find((block) => block.type === "related");
    expect(related && "items" in related ? related.items.length : 0).toBe(2);
    expect(bodyText(article)).not.toContain("灯塔");
  });
  const nearMisses: [keyof typeof stories, string, boolean][] = [
    ["en", "Read more about it in the report, the minister said, and you will see why.", false],
    ["en", "See also the council's reply, which runs to twelve pages.", false],
    ["en", "» Read more: the report runs to four hundred pages and took two years.", true],
    ["en", "» Related: The Council Voted. Fares Rise Again", false],
    ["en", "“Related: that is all the letter said,” the harbour master told reporters.", false],
    ["en", "Related story\nThe stallholders said the story was told to them by the harbour master last spring.", false],
    // A lone capital closing a sentence, not an initial: the line is a sentence going on, not a title.
    ["en", "Related: He signed the note as J. The rest of the letter was typed", false],
    ["en", "Read more: We chose Plan B. Would you?", false],
    // Guillemets opening and closing a quotation, not a pointer before a label.
    ["de", "»Lesen Sie auch: Die Blechtrommel«, riet ihr die Lehrerin", false],
    // A quotation's next paragraph, its closing mark further on: a speaker's clause, no title.
    ["fr", "» Lire aussi : Le bilan de l'hiver, poursuivait-il", false],
    ["de", "» Lesen Sie auch: Den Bericht vom März, fuhr er fort", false],
    ["en", "» Read more: The Harbour Report, she added", false],
  ];
  it.each(nearMisses)("keeps %s's %j as the story's text", (lang, teaser, packed) => {
    const text = bodyText(page(lang, teaser, packed));
    for (const line of teaser.split("\n")) expect(text).toContain(line);
  });
});
