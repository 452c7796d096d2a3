import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { fromHtml } from "../html/from-html.js";
import { isFactsText } from "./work-facts.js";

const STORY = [
  "The novel follows a ferry captain through one long winter, and the writing is quiet, exact and often very funny about island life.",
  "Its best chapters are set in the harbour office, where the captain argues with a clerk about timetables that nobody reads.",
  "By the spring thaw the book has become a portrait of a whole village, told through the people who wait for the boat.",
].join("\n\n");
const HEADLINE = "Review: a winter on the ferry";
const REVIEWER = [{ type: "Person", name: "Nora Kessel" }];

const paragraphs = (page: string) => fromText(page).body.flatMap((block) => (block.type === "paragraph" ? [block.text] : []));

describe("a box's most lines", () => {
  it("takes in a box of eight lines under the story, and no packed block of nine", () => {
    const lines = ["THE LONG CROSSING", "By Ada Lee", "Published 4 March 2025", "Harbour Press", "Translated by Jo Park", "Hardback"];
    for (const [extra, taken] of [
      [["£18.99", "320 pp."], true],
      [["£18.99", "320 pp.", "ISBN 978-0-00-000000-0"], false],
    ] as const) {
      const block = [...lines, ...extra];
      const page = `${HEADLINE}\n\nBy Nora Kessel\n4 March 2026\n\n${STORY}\n\n${block.join("\n")}\n`;
      expect(paragraphs(page).includes("THE LONG CROSSING"), `${block.length} lines`).toBe(taken);
    }
  });
});

describe("a box of the reviewed work's facts", () => {
  const boxes = {
    labelled: "Title: The Long Crossing\nAuthor: Ada Lee\nPublisher: Harbour Press\nPages: 320",
    capitals: "THE LONG CROSSING\nBy Ada Lee\n320 pp. Harbour Press. $28.",
    german: "Die lange Überfahrt\nVon Anna Berg\nHafen Verlag, Hamburg 2025\n320 Seiten, 24 Euro",
    spanish: "La larga travesía\nPor Ana Vera\nEditorial Puerto, 2025\n320 páginas",
    isbn: "The Long Crossing\nAda Lee\nHarbour Press, 4 March 2025\nISBN 978-1-23456-789-7",
  };

  it("names neither the story's author nor its date, over or under the story, and stays in the story line by line", () => {
    for (const [name, box] of Object.entries(boxes)) {
      const lines = box.split("\n");
      for (const page of [`${HEADLINE}\n\n${box}\n\n${STORY}\n`, `${HEADLINE}\n\n${STORY}\n\n${box}\n`]) {
        const article = fromText(page);
        expect(article.headline, name).toBe(HEADLINE);
        expect(article.authors, name).toBeUndefined();
        expect(article.datePublished, name).toBeUndefined();
        expect(paragraphs(page), name).toEqual(expect.arrayContaining(lines));
      }
      // The reviewer's own byline and date over the story are still the story's.
      const signed = fromText(`${HEADLINE}\n\nBy Nora Kessel\n4 March 2026\n\n${box}\n\n${STORY}\n`);
      expect(signed.authors, name).toEqual(REVIEWER);
      expect(signed.datePublished, name).toBe("2026-03-04");
    }
  });

  it("is one line too, and its length and publisher never make the headline", () => {
    const line = "The Long Crossing by Ada Lee (Harbour Press, 320pp, £16.99)";
    expect(paragraphs(`${HEADLINE}\n\nBy Nora Kessel\n\n${STORY}\n\n${line}\n`)).toContain(line);
    const boxOver = `Rezension: Ein Winter auf der Fähre\n\nAnna Berg\nDie lange Überfahrt\nHafen Verlag, 320 Seiten, 24 Euro\n\n${STORY}\n`;
    expect(fromText(boxOver).headline).toBe("Rezension: Ein Winter auf der Fähre");
  });

  it("is not a header whose lines count pages in a sentence, or a headline that opens with a count", () => {
    for (const deck of ["The report runs to 320 pages.", "Der Bericht hat 320 Seiten.", "320 pages that changed the harbour law"]) {
      const article = fromText(`${HEADLINE}\n\nBy Nora Kessel\n4 March 2026\n${deck}\n\n${STORY}\n`);
      expect(article.authors, deck).toEqual(REVIEWER);
      expect(article.datePublished, deck).toBe("2026-03-04");
    }
    const counted = "320 pages that changed the harbour law";
    expect(fromText(`${counted}\n\nBy Nora Kessel\n\n${STORY}\n`).headline).toBe(counted);
    // A labelled header of the story's own: no count of pages, so its author and date are the story's.
    const own = fromText(`${HEADLINE}\n\nAuthor: Nora Kessel\nPublished: 4 March 2026\nCategory: Books\n\n${STORY}\n`);
    expect(own.authors).toEqual(REVIEWER);
    expect(own.datePublished).toBe("2026-03-04");
  });
});

describe("a box of the reviewed work's facts, near misses", () => {
  it("is not a headline or deck that counts pages over its byline, a pager, a label over page numbers, or a one-line box under the header", () => {
    for (const [headline, header] of [
      ["The harbour inquiry: 448 pages, annotated", "By Nora Kessel\n4 March 2026"],
      ["Review: a winter on the ferry", "By Nora Kessel\n4 March 2026\nPages: 10 11 12"],
      ["Review: a winter on the ferry", "By Nora Kessel\n4 March 2026\nThe Long Crossing by Ada Lee (Harbour Press, 320pp, £16.99)"],
      ["フェリーの冬", "山田太郎\n2026年3月4日\n1/12ページ"],
      ["Harbour law report published", "Inside the report — 448 pages, two volumes\nBy Nora Kessel\n4 March 2026"],
    ] as const) {
      const article = fromText(`${headline}\n${header}\n\n${STORY}\n`);
      expect(article.datePublished, header).toBe("2026-03-04");
      if (header.startsWith("By")) expect(article.authors, header).toEqual(REVIEWER);
    }
  });
});

describe("a header's byline and date over a line counting pages", () => {
  it("stays the story's in several languages, and a box giving its date in its publisher's line stays a box", () => {
    for (const counted of ["Report, 120 pages", "Έκθεση, 120 σελίδες", "Poročilo, 45 strani", "Source: Harbour Journal 12, pp. 345."]) {
      const article = fromText(`${HEADLINE}\n\nBy Nora Kessel\n4 March 2026\n${counted}\n\n${STORY}\n`);
      expect(article.authors, counted).toEqual(REVIEWER);
      expect(article.datePublished, counted).toBe("2026-03-04");
    }
    const box = fromText(`${HEADLINE}\n\n${STORY}\n\nThe Little Ferry\nBy Ada Lee\nHarbour Press, 4 March 2025, 32pp, £6.99\n`);
    expect(box.authors).toBeUndefined();
    expect(box.datePublished).toBeUndefined();
  });
});

describe("a box with its author's and its date's lines of their own under its title", () => {
  it("names neither the story's author nor its date, in several languages and labelled", () => {
    for (const box of [
      "THE LONG CROSSING\nBy Ada Lee\nPublished 4 March 2025\n320 pp.",
      "The Long Crossing\nBy Ada Lee\nHarbour Press, 4 March 2025\n320 pp., £16.99",
      "Die lange Überfahrt\nVon Anna Berg\nErschienen am 4. März 2025\n320 Seiten, 24 Euro",
      "La longue traversée\nPar Anne Berger\nParu le 4 mars 2025\n320 pages, 21 €",
      "Title: The Long Crossing\nAuthor: Ada Lee\nPublished: 4 March 2025\nPages: 320",
    ]) {
      for (const page of [`${HEADLINE}\n\n${box}\n\n${STORY}\n`, `${HEADLINE}\n\n${STORY}\n\n${box}\n`]) {
        const article = fromText(page);
        expect(article.authors, box).toBeUndefined();
        expect(article.datePublished, box).toBeUndefined();
      }
    }
  });

  it("is no box with the story's prose packed under its count, or a poll's points under the story's byline", () => {
    const prose = fromText(`${HEADLINE}\n\nBy Nora Kessel\nThe inquiry report, 448 pages\n${STORY.split("\n\n")[0]}\n\n${STORY}\n`);
    expect(prose.authors).toEqual(REVIEWER);
    const poll = fromText(`${HEADLINE}\n\nBy Nora Kessel\nLabour lead, 12pp, Tories third\n\n${STORY}\n`);
    expect(poll.authors).toEqual(REVIEWER);
  });
});

describe("a line of a book's facts", () => {
  it("counts pages in the languages' words and forms, as a field of its own", () => {
    for (const line of [
      "Harbour Press, 320 pp.",
      "48 pp. Harbour Press",
      "Editorial Puerto, 320 págs.",
      "Hafen Verlag, 320 Seiten, 24 Euro",
      "Uitgeverij Haven, 320 pagina’s",
      "Casa Editrice Porto, pp. 320, euro 18",
      "Wydawnictwo Port, 320 stron",
      "Kikötő Kiadó, 320 oldal",
      "Εκδόσεις Λιμάνι, 320 σελίδες",
      "하버 출판사, 320페이지",
      "Seitenanzahl: 320",
      "Сторінок: 320",
      "Založba Pristan, 320 strani",
      "Vydavateľstvo Prístav, 320 strán",
      "Editura Port, 320 pagini",
      "Éditions du Port, ISBN : 978-1-23456-789-7",
    ])
      expect(isFactsText(line), line).toBe(true);
  });

  it("is not a poll's points, a range of pages cited, a one-digit count, a count in a sentence or a long line", () => {
    for (const line of [
      "Labour lead: 12pp",
      "Harbour Journal 12, pp. 12–34",
      "Leaflet, 4 pages",
      "Casa Editrice Porto, pp. 8",
      "ISBN 100, from $125",
      "1 / 12 페이지",
      "Oldal 1 / 12 oldal",
      "The archive holds 5,000 pages.",
      "The report runs to 320 pages.",
      `${"The harbour board published its plans for the quay, the slipway and the old ferry office, ".repeat(2)}320 pages.`,
    ])
      expect(isFactsText(line), line).toBe(false);
  });

  it("makes no box of a block holding prose, or of a footer naming ISBNs", () => {
    const paragraph = "The harbour board published its plans for the quay on Monday, and islanders have a month to answer them.";
    const packed = fromText(`${HEADLINE}\n\nBy Nora Kessel\n4 March 2026\n${paragraph}\nHarbour Press, 320 pp.\n\n${STORY}\n`);
    expect(packed.authors).toEqual(REVIEWER);
    const footer = "Harbour Press Ltd\nISBN prefix 978-1-23456\nContact | Privacy | Terms";
    const body = fromText(`${HEADLINE}\n\nBy Nora Kessel\n\n${STORY}\n\n${footer}\n`).body;
    expect(body.flatMap((block) => (block.type === "paragraph" ? [block.text] : []))).not.toContain("Harbour Press Ltd");
  });
});

describe("a box of the reviewed work's facts in HTML", () => {
  const story = STORY.split("\n\n")
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join("");
  const page = (article: string) =>
    fromHtml(`<html><head><title>Books</title></head><body><article><h1>${HEADLINE}</h1>${article}</article></body></html>`);
  const texts = (article: string) => page(article).body.flatMap((block) => (block.type === "paragraph" ? [block.text] : []));

  it("names neither the story's author nor its date, set in paragraphs or with line breaks, and stays in the story", () => {
    const paragraphsBox = "<p>THE LONG CROSSING</p><p>By Ada Lee</p><p>4 March 2025</p><p>320 pp. Harbour Press. $28.</p>";
    const brokenBox = "<p>Die lange Überfahrt<br>Von Anna Berg<br>4. März 2025<br>Hafen Verlag, 320 Seiten, 24 Euro</p>";
    for (const box of [paragraphsBox, brokenBox]) {
      const article = page(`${box}${story}`);
      expect(article.authors, box).toBeUndefined();
      expect(article.datePublished, box).toBeUndefined();
      expect(texts(`${box}${story}`).join(" "), box).toMatch(/(?:By Ada Lee|Von Anna Berg).*(?:320 pp\.|320 Seiten)/);
    }
  });

  it("leaves the story's own byline: set over the story, or with no count of pages near it", () => {
    const signed = page(`<p>By Nora Kessel</p>${story}<p>THE LONG CROSSING</p><p>By Ada Lee</p><p>320 pp. Harbour Press. $28.</p>`);
    expect(signed.authors).toEqual(REVIEWER);
    const counted = page(`<p>By Nora Kessel<br>4 March 2026</p><p>The report runs to 320 pages.</p>${story}`);
    expect(counted.authors).toEqual(REVIEWER);
    expect(counted.datePublished).toBe("2026-03-04");
    // Nor across the headline, from a one-line box that names its own author, or across a paragraph of the story.
    const header = "<p>By Nora Kessel</p><p>4 March 2026</p>";
    const lede = `<p>${STORY.split("\n\n").slice(0, 2).join(" ")}</p>`;
    for (const html of [
      `<h1>The harbour inquiry: 448 pages, annotated</h1>${header}${story}`,
      `<h1>${HEADLINE}</h1>${header}<p>The Long Crossing by Ada Lee (Harbour Press, 320pp, £16.99)</p>${story}`,
      `<h1>${HEADLINE}</h1>${header}${lede}<p>The Long Crossing, Harbour Press, 320 pp.</p>`,
      `<h1>${HEADLINE}</h1><p>By Nora Kessel<br>4 March 2026<br>The Long Crossing by Ada Lee (Harbour Press, 320pp)</p>${story}`,
    ]) {
      const article = fromHtml(`<html><head><title>Books</title></head><body><article>${html}</article></body></html>`);
      expect(article.authors, html).toEqual(REVIEWER);
      expect(article.datePublished, html).toBe("2026-03-04");
    }
  });
});
