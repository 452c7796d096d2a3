import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

// Round dt97: a bare numeric date under a name, a kicker or a deck; a newsroom's note or a live page's timed entry under
// the headline over a dateline lead. Every page here is invented for these tests.
const STORIES = {
  vi: {
    head: "Phà ra đảo hoạt động trở lại sau mùa đông sửa chữa",
    name: "Trần Thu Hà",
    paras: [
      "Chuyến phà giữa cảng cũ và bến đảo đã chạy lại từ sáng thứ hai sau năm tháng nằm trong xưởng sửa chữa.",
      "Hai con tàu được lắp động cơ mới và cầu dẫn rộng hơn cho xe đẩy, công ty vận hành cho biết.",
    ],
  },
  en: {
    head: "Island ferry returns after a winter in dry dock",
    name: "Maria Holt",
    paras: [
      "The ferry between the old harbour and the island quay runs again from Monday after five months in the yard.",
      "Both boats received new engines and ramps wide enough for pushchairs, the operator said on Monday.",
    ],
  },
  fr: {
    head: "Le bac de l'île reprend du service après un hiver au chantier",
    name: "Claire Duval",
    paras: [
      "Le bac entre le vieux port et le quai de l'île circule de nouveau depuis lundi après cinq mois au chantier.",
      "Les deux bateaux ont reçu de nouveaux moteurs et des rampes assez larges pour les poussettes, a indiqué l'exploitant.",
    ],
  },
} as const;
type Language = keyof typeof STORIES;

/** A page: the headline, the header's lines (each its own block, or packed on one block with `packed`), the story. */
function page(language: Language, header: readonly string[], packed = false): string {
  const story = STORIES[language];
  return [story.head, header.join(packed ? "\n" : "\n\n"), ...story.paras].join("\n\n");
}

describe("a bare numeric date under a name, a kicker or a deck", () => {
  it.each([
    ["vi", "12/3/2026", "2026-03-12"],
    ["vi", "25/03/2026", "2026-03-25"],
    ["vi", "12-03-2026", "2026-03-12"],
    ["en", "25/03/2026", "2026-03-25"],
    ["en", "3/25/2026", "2026-03-25"],
    ["fr", "12/03/2026", "2026-03-12"],
  ] as const)("a name packed over it signs and it dates the page (%s, %s)", (language, date, iso) => {
    const article = fromText(page(language, [STORIES[language].name, date], true));
    expect(article.datePublished).toBe(iso);
    expect(article.authors?.map((author) => author.name)).toEqual([STORIES[language].name]);
    expect(article.body[0]).toMatchObject({ type: "paragraph", text: STORIES[language].paras[0] });
  });

  it.each([
    ["vi", "Trần Thu Hà", "12/3/2026", "2026-03-12"],
    ["vi", "Thời sự", "12/3/2026", "2026-03-12"],
    ["en", "Maria Holt", "25/03/2026", "2026-03-25"],
    ["en", "Local News", "25/03/2026", "2026-03-25"],
    ["en", "Opinion", "25/03/2026", "2026-03-25"],
    ["en", "New York", "25/03/2026", "2026-03-25"],
  ] as const)("a short line set apart over it dates the page and signs no one (%s, %s)", (language, over, date, iso) => {
    const article = fromText(page(language, [over, date]));
    expect(article.datePublished).toBe(iso);
    expect(article.authors).toBeUndefined();
    expect(article.body[0]).toMatchObject({ type: "paragraph", text: STORIES[language].paras[0] });
  });

  it("a kicker packed over it signs no one", () => {
    const article = fromText(page("en", ["Local News", "25/03/2026"], true));
    expect(article.datePublished).toBe("2026-03-25");
    expect(article.authors).toBeUndefined();
  });

  it("a deck over the name and the date is the description", () => {
    const deck = "Hai con tàu được sửa chữa sẽ chạy hai mươi phút một chuyến từ tháng tư tới.";
    const article = fromText(page("vi", [deck, "Trần Thu Hà", "12/3/2026"]));
    expect(article.description).toBe(deck);
    expect(article.datePublished).toBe("2026-03-12");
    expect(article.body[0]).toMatchObject({ type: "paragraph", text: STORIES.vi.paras[0] });
  });

  it("an English date both orders allow stays unread, and a day and month without a year is no date", () => {
    expect(fromText(page("en", ["Maria Holt", "12/03/2026"], true)).datePublished).toBeUndefined();
    expect(fromText(page("en", ["Maria Holt", "25/03"])).datePublished).toBeUndefined();
  });
});

const LEAD = "NORDHAVEN, 12 March 2026 – The ferry between the old harbour and the island quay runs again from Monday.";

describe("a line under the headline over a dateline lead", () => {
  it.each([
    ["en", "This story has been updated with comment from the ferry operator."],
    ["en", "This is a developing story and will be updated as more information comes in."],
    ["en", "This article was translated from Norwegian by members of our newsroom."],
    ["en", "A version of this story appeared in print on page 4 of the Coast Edition."],
    ["de", "Dieser Artikel wurde am Dienstagabend mit einer Stellungnahme des Betreibers aktualisiert."],
    ["fr", "Cet article a été traduit du norvégien par notre rédaction."],
    ["es", "Este artículo ha sido traducido del noruego por nuestra redacción."],
  ])("a newsroom's note (%s) is no description, and the lead under it still dates the page", (_language, note) => {
    const article = fromText(page("en", [note, LEAD]));
    expect(article.description).toBeUndefined();
    expect(article.datePublished).toBe("2026-03-12");
  });

  // A timed entry opens the body; a deck that speaks of an update, print or a figure is the description over the lead.
  it.each([
    ["10:45 Winds of 90 km/h were measured at the harbour light this morning.", false],
    ["9.15 – Police closed the coast road as waves broke over the sea wall.", false],
    ["14h05 The operator cancelled the last two crossings of the afternoon.", false],
    ["The summer timetable has been updated with two extra crossings a day from April.", true],
    ["Printed timetables will be handed out on board and at the harbour office from Monday.", true],
    ["12.50 euros buys a return crossing, the same fare as last year, the operator says.", true],
  ] as const)("%s (a deck: %s)", (line, deck) => {
    const article = fromText(page("en", [line, LEAD]));
    expect(article.description).toBe(deck ? line : undefined);
    expect(article.body[0]).toMatchObject({ type: "paragraph", text: deck ? LEAD : line });
  });
});

// Review of round dt97: near misses the round's rules took. Every page here is invented for these tests.
const GERMAN_PARAS = [
  "Der Hafenrat hat am Dienstag einen neuen Anleger für Fähren genehmigt, nach zwei Jahren Einwänden von Anwohnern.",
  "Die Arbeiten sollen im Herbst beginnen, und der Anleger soll binnen achtzehn Monaten für Fähren öffnen.",
];

describe("rv-dt97: a timeline under the headline, a sentence over a date", () => {
  it("a paragraph under the page's first bare date is no deck because a second dated entry follows it", () => {
    const [first, second] = STORIES.en.paras;
    const lines = [STORIES.en.head, "Phase one", "25/03/2026", first, "Phase two", "28/04/2026", second];
    const article = fromText(lines.join("\n\n"));
    expect(article.description).toBeUndefined();
    expect(article.body[0]).toMatchObject({ type: "paragraph", text: first });
  });

  it("a short line ending a sentence over a bare date is the story's, not the header's", () => {
    const article = fromText(page("en", ["The pier is closed.", "25/03/2026"]));
    expect(article.body[0]).toMatchObject({ type: "paragraph", text: "The pier is closed." });
  });
});

describe("rv-dt97: near misses of a newsroom's note at the story's foot", () => {
  const lastBlock = (paras: readonly string[], last: string) => fromText([STORIES.en.head, ...paras, last].join("\n\n")).body.at(-1);

  it.each([
    ["en", "This report was updated in January with figures from the coast guard, the agency said on Tuesday."],
    ["en", "This report will be updated every year until the pier opens, the minister told the council."],
    ["de", "Dieser Artikel wurde 1994 ins Hafengesetz aufgenommen und seither nie aktualisiert, kritisiert der Verband."],
    ["de", "Dieser Text wurde von allen Anrainerstaaten unterzeichnet und in zwölf Sprachen übersetzt."],
  ] as const)("the story keeps its last paragraph (%s) %s", (language, last) => {
    const paras = language === "de" ? GERMAN_PARAS : STORIES.en.paras;
    expect(lastBlock(paras, last)).toMatchObject({ type: "paragraph", text: last });
  });

  it.each([
    ["en", "This story has been updated to correct the spelling of a name."],
    ["de", "Dieser Artikel wurde am Mittwoch mit einer Stellungnahme des Betreibers aktualisiert."],
  ] as const)("a true note is still cut (%s) %s", (language, last) => {
    const paras = language === "de" ? GERMAN_PARAS : STORIES.en.paras;
    expect(lastBlock(paras, last)).toMatchObject({ type: "paragraph", text: paras.at(-1) });
  });
});

describe("rv-dt97: a deck opening with a dotted figure over a dateline lead", () => {
  it.each([
    "12.50 Franken kostet die Überfahrt künftig, doppelt so viel wie bisher.",
    "3.45 Meter hohe Wellen trafen in der Nacht auf Dienstag die Hafenmole.",
    "1.25 Million passengers used the ferry last year, a record for the operator.",
  ])("%s is the description", (line) => {
    const article = fromText(page("en", [line, LEAD]));
    expect(article.description).toBe(line);
    expect(article.datePublished).toBe("2026-03-12");
  });

  it.each([
    "10.45 Uhr: Die Polizei sperrt die Küstenstraße wegen des Sturms.",
    "9.15am The operator cancels the last crossing.",
    "09.15 Police close the coast road as waves break over the sea wall.",
  ])("a dotted time with its 'Uhr', its 'am' or its hour's leading zero is still an entry: %s", (line) => {
    expect(fromText(page("en", [line, LEAD])).description).toBeUndefined();
  });
});
