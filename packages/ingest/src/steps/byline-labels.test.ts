import { describe, expect, it } from "vitest";
import { bylineDate, parseByline } from "./byline.js";
import { isDateLabel, parseDateLine } from "./date-line.js";
import {
  BY_WORDS,
  BYLINE_PHRASES,
  COLON_BY_WORDS,
  NORDIC_BY_WORDS,
  NORDIC_PUBLISHED_LABELS,
  PIECE_BY_PHRASES,
  PUBLISHED_LABELS,
  UPDATED_LABELS,
} from "./byline-labels.js";
import { isBylineLabelLine } from "./find-header.js";

const capitalised = (label: string) => label[0]!.toUpperCase() + label.slice(1);
const ADA = [{ type: "Person", name: "Ada Lee" }];

describe("byline labels: one list for every reader", () => {
  it("reads each label before the names and alone on its line over them", () => {
    for (const label of [...BY_WORDS, ...NORDIC_BY_WORDS, ...BYLINE_PHRASES].map(capitalised)) {
      expect(parseByline(`${label} Ada Lee`), label).toEqual(ADA);
      expect(isBylineLabelLine(label), label).toBe(true);
      expect(isBylineLabelLine(`${label}:`), label).toBe(true);
    }
  });

  it("reads a label alone however many spaces of any kind stand before its colon or after it, not a longer line", () => {
    // Longer than any label with its colon: a gate on the line's length alone would let these go.
    for (const spaces of ["                    ", "\u00a0".repeat(20), "\u3000".repeat(20), "\t ".repeat(10)]) {
      expect(isBylineLabelLine(`By${spaces}:`), JSON.stringify(spaces)).toBe(true);
      expect(isBylineLabelLine(`Written by${spaces}`), JSON.stringify(spaces)).toBe(true);
      expect(isBylineLabelLine(`Tekst${spaces}:`), JSON.stringify(spaces)).toBe(true);
      expect(isBylineLabelLine(`Escrito por${spaces}:${spaces}`), JSON.stringify(spaces)).toBe(false);
    }
    expect(isBylineLabelLine("Posted by the harbour board:")).toBe(false);
  });

  it("reads each one-word label after a published date line", () => {
    for (const word of BY_WORDS) expect(parseByline(`Published 4 March 2025 ${word} Ada Lee`), word).toEqual(ADA);
  });

  it("reads a Nordic “by” after a date line behind a Nordic published label only, where an English “AV” stands far more often", () => {
    for (const label of NORDIC_PUBLISHED_LABELS.map(capitalised))
      for (const word of NORDIC_BY_WORDS)
        for (const line of [`${label} 2025-03-04 ${word} Ada Lee`, `${label} 2025-03-04 | ${word.toUpperCase()} Ada Lee`]) {
          expect(parseByline(line), line).toEqual(ADA);
          expect(bylineDate(line)?.iso, line).toBe("2025-03-04");
        }
    // Near misses: behind another language's label or a bare date, and "Publicerade" (a verb's other form), no label.
    for (const line of [
      "Published on 4 March 2025 | AV Reviews",
      "Posted 4 March 2025 af Ada Lee",
      "Published 4 March 2025 av Ada Lee",
      "2025-03-04 av Ada Lee",
      "Publicerade 2025-03-04 av Ada Lee",
    ])
      expect(parseByline(line), line).toBeUndefined();
  });

  it("reads the noun for an author before the names, but not alone on its line, where it heads an author box", () => {
    for (const noun of ["Author", "Autorin", "Автор", "Penulis", "Yazar", "Szerző", "Tác giả"]) {
      expect(parseByline(`${noun}: Ada Lee`), noun).toEqual(ADA);
      expect(isBylineLabelLine(noun), noun).toBe(false);
    }
  });

  it("reads a credit naming the piece before a writer's name in full, not before a word, a body or a sentence", () => {
    for (const phrase of PIECE_BY_PHRASES.map(capitalised)) {
      expect(parseByline(`${phrase} Ada Lee`), phrase).toEqual(ADA);
      expect(parseByline(`${phrase} Ada Lee and Bo Chen`), phrase).toEqual([...ADA, { type: "Person", name: "Bo Chen" }]);
      // One word, an article's noun phrase, a sentence: what the same words open in a deck or a lede.
      for (const near of [`${phrase} Ada`, `${phrase} the harbour board`, `${phrase} Ada Lee found the sea wall too low.`])
        expect(parseByline(near), near).toBeUndefined();
      // A broadcaster's or a campaign's name has a person's shape, but holds a body's word: the body is the author.
      for (const body of ["Radio Harbour", "Coast Watch", "Harbour Info"])
        expect(parseByline(`${phrase} ${body}`), body).toEqual([{ type: "Organization", name: body }]);
    }
  });

  it("ends the names at a body's word only after a list's bare mark: a co-author, a family name or a body signing keep theirs", () => {
    expect(parseByline("By Ada Lee, Radio Bremen")).toEqual(ADA);
    expect(parseByline("Von Ada Lee, NDR Info")).toEqual(ADA);
    expect(parseByline("By Ada Lee and Tom Watch")?.map((a) => a.name)).toEqual(["Ada Lee", "Tom Watch"]);
    expect(parseByline("By Lillian Board")?.map((a) => a.name)).toEqual(["Lillian Board"]);
    expect(parseByline("By Nora Board, Harbour Times")?.map((a) => a.name)).toEqual(["Nora Board"]);
    expect(parseByline("By Human Rights Watch")?.map((a) => a.name)).toEqual(["Human Rights Watch"]);
  });

  it("reads the reporter's noun as a label only with its colon, before people named in full", () => {
    for (const noun of ["Reporter", "Wartawan"]) {
      expect(parseByline(`${noun}: Ada Lee`), noun).toEqual(ADA);
      expect(parseByline(`${noun} Ada Lee`), noun).toBeUndefined();
    }
    // A headline, a transcript's speaker in capitals, a one-word heading, a body after the label.
    for (const line of [
      "Reporter Ada Lee wins the harbour prize",
      "REPORTER: Thank you, Ada.",
      "REPORTER: Ada Lee",
      "Reporter: Notebook",
      "Reporter: Harbour Board",
    ])
      expect(parseByline(line), line).toBeUndefined();
  });

  it("reads the author's noun of Indonesian, Turkish, Hungarian and Vietnamese only with its colon, as an author box's heading and a headline open with it", () => {
    for (const noun of ["Penulis", "Yazar", "Szerző", "Tác giả"]) expect(parseByline(`${noun} Ada Lee`), noun).toBeUndefined();
    // "About the author", "author's profile", "guest writer", a headline of title-case words.
    for (const heading of [
      "Yazar Hakkında",
      "Yazar Profili",
      "Penulis Tamu",
      "Penulis Terkenal Meninggal Dunia",
      "Yazar Orhan Pamuk'un Yeni Kitabı Çıktı",
    ])
      expect(parseByline(heading), heading).toBeUndefined();
  });

  it("reads a “by” that is also a given name only with its colon, and leaves the name whole without it", () => {
    for (const word of COLON_BY_WORDS.map(capitalised)) {
      expect(parseByline(`${word}: Ada Lee`), word).toEqual(ADA);
      expect(parseByline(`${word} : Ada Lee`), word).toEqual(ADA);
      expect(isBylineLabelLine(`${word}:`), word).toBe(true);
      // "Oleh Petrenko", "Yazan Haddad": a man's name, not a label and a one-word name.
      expect(parseByline(`${word} Lee`), word).toBeUndefined();
      expect(isBylineLabelLine(word), word).toBe(false);
    }
  });

  it("reads a verb that says who wrote it in the languages of the stop-word lists, not the verb opening a title", () => {
    expect(parseByline("Piše: Ana Horvat")).toEqual([{ type: "Person", name: "Ana Horvat" }]);
    expect(parseByline("Írta: Kovács Anna")).toEqual([{ type: "Person", name: "Kovács Anna" }]);
    expect(parseByline("Kirjoittanut Anna Virtanen")).toEqual([{ type: "Person", name: "Anna Virtanen" }]);
    expect(parseByline("Пише: Олег Петренко")).toEqual([{ type: "Person", name: "Олег Петренко" }]);
    expect(parseByline("Yazan: Ayşe Demir")).toEqual([{ type: "Person", name: "Ayşe Demir" }]);
    for (const title of [
      "Piše li itko još pisma knjižnici?",
      "Piše Gradski list, pozivajući se na izvore iz knjižnice.",
      "Írta a polgármester a lakóknak",
      "Penulis Siti Rahma luncurkan novel baru",
    ])
      expect(parseByline(title), title).toBeUndefined();
  });

  it("parts two writers at a lower-case Indonesian, Malay or Hungarian “and”, where “Dan” in title case is a given name", () => {
    expect(parseByline("Oleh: Siti Rahma dan Budi Santoso")).toEqual([
      { type: "Person", name: "Siti Rahma" },
      { type: "Person", name: "Budi Santoso" },
    ]);
    expect(parseByline("Szerző: Kovács Anna és Nagy Péter")).toEqual([
      { type: "Person", name: "Kovács Anna" },
      { type: "Person", name: "Nagy Péter" },
    ]);
    expect(parseByline("By Jordan Dan Smith")).toEqual([{ type: "Person", name: "Jordan Dan Smith" }]);
  });

  it("reads a publisher's label alone over the names in English, French, Spanish and Italian", () => {
    for (const label of ["Published by", "Publié par", "Publicado por", "Scritto da"]) expect(isBylineLabelLine(label), label).toBe(true);
    // A sentence broken at a link is no label: more words, or a label's words inside a longer line.
    expect(isBylineLabelLine("Published by the harbour board")).toBe(false);
    expect(isBylineLabelLine("Scritto da tre autori")).toBe(false);
  });
});

describe("date labels: one list for every reader", () => {
  it("reads each label alone, before a date line's date, and glued to a byline's names", () => {
    for (const label of [...PUBLISHED_LABELS, ...UPDATED_LABELS].map(capitalised)) {
      const modified = UPDATED_LABELS.includes(label.toLowerCase());
      expect(isDateLabel(label), label).toBe(true);
      expect(isDateLabel(`${label}:`), label).toBe(true);
      expect(parseDateLine(`${label} 4 March 2025`), label).toEqual({ iso: "2025-03-04", modified });
      expect(bylineDate(`By Ada Lee | ${label} 4 March 2025`), label).toEqual({ iso: "2025-03-04", modified });
      expect(parseByline(`By Ada Lee ${label}: 4 March 2025`), label).toEqual(ADA);
    }
  });

  it("reads a two-word label alone on its line in English and Dutch", () => {
    for (const label of ["Last modified:", "First published", "Geplaatst op"]) expect(isDateLabel(label), label).toBe(true);
    for (const line of ["Last modified files", "First published novel", "Geplaatst op de kade"])
      expect(isDateLabel(line), line).toBe(false);
  });

  it("tells a byline's modified date by its label and the word before the date in Portuguese", () => {
    expect(bylineDate("Por Ana Lima | Atualizado em 4 de março de 2025")).toEqual({ iso: "2025-03-04", modified: true });
    expect(bylineDate("Por Ana Lima em 4 de março de 2025")).toEqual({ iso: "2025-03-04", modified: false });
  });

  it("leaves a date label's word before the date out of what a date line may hold besides its date, in every language", () => {
    for (const line of [
      "Publié le 4 mars 2025 | Actu Lyon",
      "Publicado el 4 de marzo de 2025 | Vigo Sur",
      "Pubblicato il 4 marzo 2025 | Cronaca Roma",
    ])
      expect(parseDateLine(line), line).toEqual({ iso: "2025-03-04", modified: false });
    // A longer section name is more than a date line holds.
    expect(parseDateLine("Pubblicato il 4 marzo 2025 | Cronaca di Roma e Lazio")).toBeUndefined();
  });
});
