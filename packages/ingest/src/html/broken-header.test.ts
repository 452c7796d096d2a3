import { describe, expect, it } from "vitest";
import { fromHtml } from "../index.js";

/** Three paragraphs of invented prose per language, parted by blank lines as an old layout parts them. */
const PROSE: Record<string, string[]> = {
  en: [
    "The harbour ferry returned to service on Monday morning after a winter of repairs, carrying two hundred passengers.",
    "Crews replaced the engines and rebuilt the passenger deck, work that took longer than planned this year.",
  ],
  fr: [
    "Le bac du port a repris du service lundi matin après un hiver de travaux, avec deux cents passagers à bord.",
    "Les équipes ont remplacé les moteurs et refait le pont des passagers, un chantier plus long que prévu.",
  ],
  de: [
    "Die Hafenfähre ist am Montagmorgen nach einem Winter voller Reparaturen wieder in Betrieb gegangen, mit zweihundert Fahrgästen.",
    "Die Mannschaften haben die Motoren ersetzt und das Passagierdeck neu gebaut, was länger dauerte als geplant.",
  ],
  es: [
    "El transbordador del puerto volvió al servicio el lunes por la mañana tras un invierno de reparaciones, con doscientos pasajeros.",
    "Los equipos cambiaron los motores y reconstruyeron la cubierta de pasajeros, un trabajo más largo de lo previsto.",
  ],
};

/** An old table layout: a site's name as the page's title, the story in one cell parted by breaks. */
function oldPage(cell: string, { lang = "en", head = "", above = "" } = {}): string {
  return `<html lang="${lang}"><head><title>Bay Courier</title>${head}</head><body><table><tr><td><a href="/">Home</a> | <a href="/news">News</a></td></tr><tr><td>${above}${cell}<br><br>${PROSE[lang]!.join("<br><br>")}</td></tr></table></body></html>`;
}

const read = (html: string) => fromHtml(html);
const texts = (html: string) => read(html).body.map((block) => (block.type === "paragraph" ? block.text : block.type));

describe("header lines parted by single breaks at the story's top (old layouts)", () => {
  it("reads the bold headline, the byline and the date apart, in several languages", () => {
    const cases = [
      {
        lang: "en",
        cell: "<font size=4><b>Harbour ferry returns after a winter of repairs</b></font><br>By Ada Lee<br>March 4, 2025",
        name: "Ada Lee",
      },
      {
        lang: "fr",
        cell: "<b>Le bac du port reprend du service après l'hiver</b><br>Par Claire Dubois<br>4 mars 2025",
        name: "Claire Dubois",
      },
      { lang: "de", cell: "<b>Die Hafenfähre fährt nach dem Winter wieder</b><br>Von Jonas Becker<br>4. März 2025", name: "Jonas Becker" },
      {
        lang: "es",
        cell: "<b>El transbordador del puerto vuelve tras el invierno</b><br>Por Lucía Ortega<br>4 de marzo de 2025",
        name: "Lucía Ortega",
      },
    ];
    for (const { lang, cell, name } of cases) {
      const article = read(oldPage(cell, { lang }));
      expect(article.headline).toBe(/<b>(.*?)<\/b>/.exec(cell)![1]);
      expect(article.authors).toEqual([{ type: "Person", name }]);
      expect(article.datePublished?.slice(0, 10)).toBe("2025-03-04");
      expect(article.body.map((block) => (block.type === "paragraph" ? block.text : block.type))).toEqual(PROSE[lang]);
    }
  });

  it("reads a name set over its date line, and keeps the story's lines under the header as its first paragraph", () => {
    const article = read(
      oldPage("<b>Harbour ferry returns after a winter of repairs</b><br>Ada Lee<br>March 4, 2025<br>The crossing takes twenty minutes."),
    );
    expect(article.authors).toEqual([{ type: "Person", name: "Ada Lee" }]);
    expect(article.datePublished?.slice(0, 10)).toBe("2025-03-04");
    expect(
      texts(oldPage("By Ada Lee<br>March 4, 2025<br>The <a href='https://ferry.example/'>crossing</a> takes twenty minutes."))[0],
    ).toBe("The crossing takes twenty minutes.");
    const marked = read(oldPage("By Ada Lee<br>March 4, 2025<br>The <a href='https://ferry.example/'>crossing</a> takes twenty minutes."));
    expect(marked.body[0]).toEqual({
      type: "paragraph",
      text: "The crossing takes twenty minutes.",
      marks: [{ type: "link", start: 4, end: 12, href: "https://ferry.example/" }],
    });
  });

  it("keeps a verse or an address at the story's top as one paragraph, as before", () => {
    const verse = "The tide comes in<br>The tide goes out<br>The gulls cry over the quay";
    expect(texts(oldPage(verse))[0]).toBe("The tide comes in The tide goes out The gulls cry over the quay");
    const address = "Harbour Office<br>1 Quay Street<br>Kestrel Bay";
    expect(texts(oldPage(address))[0]).toBe("Harbour Office 1 Quay Street Kestrel Bay");
    expect(read(oldPage(address)).authors).toBeUndefined();
  });

  it("leaves a date line or a byline inside the story's lines where it is (more than one line above it)", () => {
    const poem = "Winter on the quay<br>The boats lie still<br>The nets are dry<br>March 4, 2025";
    const article = read(oldPage(`<b>${"Harbour ferry returns after a winter of repairs"}</b><br><br>${poem}`));
    expect(article.datePublished).toBeUndefined();
    expect(texts(oldPage(poem))[0]).toBe("Winter on the quay The boats lie still The nets are dry March 4, 2025");
    const prose = "The mayor spoke first.<br>By Ada Lee<br>March 4, 2025";
    expect(texts(oldPage(prose))[0]).toBe("The mayor spoke first. By Ada Lee March 4, 2025");
  });

  it("reads no header from lines of dates of more than one day (a list's stamps)", () => {
    const stamps = read(oldPage("By Ada Lee<br>March 4, 2025<br>March 9, 2025"));
    expect(stamps.datePublished).toBeUndefined();
  });

  it("reads no header below the story's first paragraph of one line", () => {
    const html = oldPage("<b>Harbour ferry returns after a winter of repairs</b><br>By Ada Lee<br>March 4, 2025", {
      above: `${PROSE.en![1]}<br><br>`,
    });
    expect(read(html).authors).toBeUndefined();
    expect(read(html).headline).toBe("Bay Courier");
  });

  it("keeps the page's JSON-LD author and date, and still takes the lines out of the body", () => {
    const head = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry back in service","author":{"@type":"Person","name":"Sam Ray"},"datePublished":"2025-03-05T08:00:00Z"}</script>`;
    const article = read(oldPage("<b>Harbour ferry returns after a winter of repairs</b><br>By Ada Lee<br>March 4, 2025", { head }));
    expect(article.authors).toEqual([{ type: "Person", name: "Sam Ray" }]);
    expect(article.datePublished).toBe("2025-03-05T08:00:00Z");
    // Its headline, of a headline's words and worded otherwise, stays the title; the bold line is the story's deck.
    expect(article.headline).toBe("Ferry back in service");
    expect(article.body.map((block) => (block.type === "paragraph" ? block.text : block.type))).toEqual([
      "Harbour ferry returns after a winter of repairs",
      ...PROSE.en!,
    ]);
  });

  it("keeps a <title> of a headline's words over a bold line worded otherwise, and takes no title over an undated header", () => {
    const retitled = oldPage("<b>Harbour ferry returns after a winter of repairs</b><br>By Ada Lee<br>March 4, 2025").replace(
      "<title>Bay Courier</title>",
      "<title>Kestrel Bay ferry back in service after repairs</title>",
    );
    expect(read(retitled).headline).toBe("Kestrel Bay ferry back in service after repairs");
    expect(read(retitled).authors).toEqual([{ type: "Person", name: "Ada Lee" }]);
    // A poem's title over its poet, with no date: no story's header, so no headline, though the byline may be read.
    const poem = read(oldPage("<b>Song of the harbour at first light</b><br>By Ada Lee"));
    expect(poem.headline).toBe("Bay Courier");
    expect(poem.body[0]).toMatchObject({ type: "paragraph", text: "Song of the harbour at first light" });
  });

  it("keeps the page's <h1> headline; a bold line over the byline that says more is its deck and stays", () => {
    const h1 = "<h1>Harbour ferry returns after a winter of repairs</h1>";
    const deck = "<b>Passengers cheered as the boat left the quay on Monday</b><br>By Ada Lee<br>March 4, 2025";
    const article = read(oldPage(deck, { above: h1 }));
    expect(article.headline).toBe("Harbour ferry returns after a winter of repairs");
    expect(article.authors).toEqual([{ type: "Person", name: "Ada Lee" }]);
    expect(texts(oldPage(deck, { above: h1 }))).toEqual(["Passengers cheered as the boat left the quay on Monday", ...PROSE.en!]);
    // A bold line that repeats the <h1> shows it again and leaves the body.
    const repeated = "<b>Harbour ferry returns after a winter of repairs</b><br>By Ada Lee<br>March 4, 2025";
    expect(texts(oldPage(repeated, { above: h1 }))).toEqual(PROSE.en);
  });

  it("takes no headline from a line that is not bold, or a bold label of a few words", () => {
    const plain = read(oldPage("Harbour ferry returns after a winter of repairs<br>By Ada Lee<br>March 4, 2025"));
    expect(plain.headline).toBe("Bay Courier");
    expect(plain.authors).toEqual([{ type: "Person", name: "Ada Lee" }]);
    expect(plain.body[0]).toEqual({ type: "paragraph", text: "Harbour ferry returns after a winter of repairs" });
    const label = read(oldPage("<b>Local News</b><br>By Ada Lee<br>March 4, 2025"));
    expect(label.headline).toBe("Bay Courier");
    expect(label.body[0]).toEqual({ type: "paragraph", text: "Local News", marks: [{ type: "strong", start: 0, end: 10 }] });
  });
});

describe("header lines parted by breaks: near misses (review)", () => {
  it("reads no header from a timeline's or a list's stamps, a date alone again further down", () => {
    for (const cell of [
      "November 4, 2024<br>Ferry taken out of service<br>March 4, 2025<br>Ferry back on the water",
      "<b>Timeline of the ferry repairs this winter</b><br>November 4, 2024<br>Ferry taken out of service<br>March 4, 2025<br>Ferry back",
    ]) {
      const article = read(oldPage(cell));
      expect(article.datePublished, cell).toBeUndefined();
      expect(article.headline, cell).toBe("Bay Courier");
      expect(texts(oldPage(cell))[0], cell).toContain("Ferry taken out of service March 4, 2025");
    }
  });

  it("keeps a dateline that opens the story's first sentence on the next line", () => {
    const cell = "LONDON, March 4, 2025 —<br>The harbour ferry returned to service on Monday morning.";
    expect(texts(oldPage(cell))[0]).toBe("LONDON, March 4, 2025 — The harbour ferry returned to service on Monday morning.");
  });

  it("takes only people in full from a dated line, as the header walk does", () => {
    const deadline = read(oldPage("<b>Entries for the harbour photo contest</b><br>By Monday, March 10, 2025<br>Send your photos in"));
    expect(deadline.authors).toBeUndefined();
    const dated = read(oldPage("<b>Harbour ferry returns after a winter of repairs</b><br>By Ada Lee, March 4, 2025"));
    expect(dated.authors).toEqual([{ type: "Person", name: "Ada Lee" }]);
  });

  it("keeps a bold line under a story's heading of a headline's words as its deck; a label's heading is no title", () => {
    const deck = "<b>Passengers cheered as the boat left the quay</b><br>By Ada Lee<br>March 4, 2025";
    const h2 = "<h2>Harbour ferry returns after a winter of repairs</h2>";
    expect(read(oldPage(deck, { above: h2 })).headline).not.toBe("Passengers cheered as the boat left the quay");
    expect(texts(oldPage(deck, { above: h2 }))).toContain("Passengers cheered as the boat left the quay");
    expect(read(oldPage(deck, { above: "<h3>Local News</h3>" })).headline).toBe("Passengers cheered as the boat left the quay");
  });

  it("looks past a picture above the header", () => {
    const cell =
      "<img src='https://ferry.example/boat.jpg'><br><b>Harbour ferry returns after a winter of repairs</b><br>By Ada Lee<br>March 4, 2025";
    const article = read(oldPage(cell));
    expect(article.headline).toBe("Harbour ferry returns after a winter of repairs");
    expect(article.authors).toEqual([{ type: "Person", name: "Ada Lee" }]);
  });
});

describe("a bold title set apart by two breaks over the byline and date lines (old layouts)", () => {
  it("reads the title, the byline and the date apart, in several languages; not over an undated line or prose", () => {
    const cases = [
      { lang: "en", title: "Harbour ferry returns after a winter of repairs", lines: "By Ada Lee<br>March 4, 2025", name: "Ada Lee" },
      {
        lang: "fr",
        title: "Le bac du port reprend du service après l'hiver",
        lines: "Par Claire Dubois<br>4 mars 2025",
        name: "Claire Dubois",
      },
      { lang: "de", title: "Die Hafenfähre fährt nach dem Winter wieder", lines: "Von Jonas Becker, 4. März 2025", name: "Jonas Becker" },
      {
        lang: "es",
        title: "El transbordador del puerto vuelve tras el invierno",
        lines: "<i>Por Lucía Ortega</i><br>4 de marzo de 2025",
        name: "Lucía Ortega",
      },
    ];
    for (const { lang, title, lines, name } of cases) {
      const article = read(oldPage(`<font size="4"><b>${title}</b></font><br><br>${lines}`, { lang }));
      expect(article.headline, lang).toBe(title);
      expect(article.authors, lang).toEqual([{ type: "Person", name }]);
      expect(article.datePublished?.slice(0, 10), lang).toBe("2025-03-04");
      expect(texts(oldPage(`<b>${title}</b><br><br>${lines}`, { lang })), lang).toEqual(PROSE[lang]);
    }
    // Near misses: a bold line over an undated paragraph, or over the story's prose, stays in the body.
    const kicker = read(oldPage("<b>Harbour ferry returns after a winter of repairs</b><br><br>By Ada Lee"));
    expect(kicker.headline).toBe("Bay Courier");
    expect(kicker.body[0]).toMatchObject({ type: "paragraph", text: "Harbour ferry returns after a winter of repairs" });
    const lead = texts(oldPage("<b>The ferry is back.</b><br><br>On March 4, 2025 it sailed at nine."));
    expect(lead.slice(0, 2)).toEqual(["The ferry is back.", "On March 4, 2025 it sailed at nine."]);
  });

  it("shows the bold line's words over a <title> that adds the site's name after a separator", () => {
    const page = oldPage("<b>Harbour ferry returns after a winter of repairs</b><br><br>By Ada Lee<br>March 4, 2025").replace(
      "<title>Bay Courier</title>",
      "<title>Harbour ferry returns after a winter of repairs :: Courier Online</title>",
    );
    expect(read(page).headline).toBe("Harbour ferry returns after a winter of repairs");
  });

  it("keeps a bold sentence in a script without capitals (Arabic, Hebrew) over the byline in the body, not as the title", () => {
    const sentences = [
      "عاد العبّارة إلى العمل صباح الاثنين بعد شتاء من الإصلاحات، وعلى متنها مئتا راكب.",
      "חזרה המעבורת לשירות ביום שני בבוקר אחרי חורף של תיקונים, ועליה מאתיים נוסעים.",
      "هل تعود العبّارة إلى العمل قبل الصيف؟",
    ];
    for (const sentence of sentences) {
      for (const parted of ["<br>", "<br><br>"]) {
        const page = oldPage(`<b>${sentence}</b>${parted}بقلم أحمد بنعلي<br>4 March 2025`);
        expect(read(page).headline, sentence).toBe("Bay Courier");
        expect(texts(page)[0], sentence).toContain(sentence);
      }
    }
  });
});

describe("a list's entries at the story's top: a bold name over its date, again and again (review)", () => {
  it("takes no date from an events page's first entry, parted by one break or by two", () => {
    const entries = [
      ["Spring craft fair at the town hall", "Saturday, April 6, 2024", "Stalls open at ten and close at four."],
      ["Choir concert in the old church", "Saturday, April 13, 2024", "Doors open at seven; tickets at the door."],
      ["Beach clean-up with the sailing club", "Sunday, April 21, 2024", "Bring gloves; bags are handed out at the slipway."],
    ];
    for (const parted of ["<br>", "<br><br>"]) {
      const cell = entries.map(([name, day, note]) => `<b>${name}</b>${parted}${day}<br>${note}`).join("<br><br>");
      const article = read(oldPage(cell));
      expect(article.datePublished, parted).toBeUndefined();
      expect(article.headline, parted).toBe("Bay Courier");
      expect(texts(oldPage(cell)).join(" "), parted).toContain("Saturday, April 6, 2024");
    }
  });
});
