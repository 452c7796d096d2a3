import { describe, expect, it } from "vitest";
import { fromHtml } from "../index.js";

/** Invented stories in four languages, long enough to be prose. */
const PROSE: Record<string, string> = {
  en: "The harbour board voted on Tuesday to keep the night ferry running through the winter, after a long debate about fuel.",
  de: "Der Hafenrat hat am Dienstag beschlossen, die Nachtfähre auch im Winter fahren zu lassen, nach einer langen Debatte.",
  fr: "Le conseil du port a voté mardi pour maintenir le ferry de nuit pendant l’hiver, après un long débat sur le carburant.",
  es: "La junta del puerto votó el martes mantener el ferry nocturno durante el invierno, tras un largo debate sobre el combustible.",
  he: "מועצת הנמל החליטה ביום שלישי להמשיך להפעיל את מעבורת הלילה גם בחורף, לאחר ויכוח ארוך על מחיר הדלק והצוות.",
  ja: "港湾委員会は火曜日、燃料をめぐる長い議論の末、冬の間も夜行フェリーの運航を続けることを決めた。関係者によると、運航は毎晩続く。",
};

/** A page with no machine-readable date: a headline, `header` under it, then the story and what follows it. */
function page(lang: string, header: string, after = ""): string {
  const prose = PROSE[lang]!;
  return `<!doctype html><html lang="${lang}"><head><title>Night ferry</title></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Night ferry stays</h1>${header}<p>${prose}</p><p>${prose}</p><p>${prose}</p></article>${after}</body></html>`;
}

const read = (html: string) => fromHtml(html, { url: "https://harbour.example.com/news/ferry" });

describe("a visible date under the headline, on a page with no machine-readable date", () => {
  it.each([
    ["en", `<p class="meta">Published 4 March 2025</p>`],
    ["de", `<p>4. März 2025</p>`],
    ["fr", `<p>Publié le 4 mars 2025</p>`],
    ["es", `<div><span>Por Lucía Ortega</span></div><p>Publicado el 4 de marzo de 2025</p>`],
    ["ja", `<p>2025年3月4日</p>`],
    ["he", `<p>4 מרץ 2025</p>`],
    ["en", `<p>By Ada Lee | March 4, 2025</p>`],
    ["en", `<div class="info"><time>March 4, 2025</time></div>`],
    ["en", `<div class="info">4 March 2025 · Harbour &amp; Coast · 6 min read · 12 comments</div>`],
    ["en", `<p>Posted by Alexandra Whitfield on 4 March 2025</p>`],
    ["de", `<p>Von Anna Schmidt-Bergmann, 4. März 2025</p>`],
  ])("reads it (%s: %s)", (lang, header) => {
    expect(read(page(lang, header)).datePublished).toBe("2025-03-04");
  });

  it("reads an 'Updated' date as the modified date, and as the published one only when it is the page's only date", () => {
    const article = read(page("en", `<p>Updated 5 March 2025</p>`));
    expect(article.dateModified).toBe("2025-03-05");
    expect(article.datePublished).toBe(article.dateModified);
    const both = read(page("en", `<p>Published 4 March 2025 | Updated 5 March 2025</p>`));
    expect([both.datePublished, both.dateModified]).toEqual(["2025-03-04", "2025-03-05"]);
    // No mark between the two: the update's label parts them.
    for (const [lang, line] of [
      ["en", "Published 2025-03-04 10:30 Updated 2025-03-05 08:00"],
      ["de", "Veröffentlicht am 04.03.2025, 10:30 Uhr Aktualisiert am 05.03.2025"],
      ["fr", "Mis à jour le 5 mars 2025 Publié le 4 mars 2025"],
    ] as const) {
      const unmarked = read(page(lang, `<p>${line}</p>`));
      expect([unmarked.datePublished, unmarked.dateModified], line).toEqual(["2025-03-04", "2025-03-05"]);
    }
  });

  it("takes no update for the published date where one is printed in a form not read", () => {
    for (const header of [
      `<p>Published: March 2025</p><p>Last updated: 5 March 2025</p>`,
      `<p>Published 3 hours ago</p><p>Updated 5 March 2025</p>`,
      `<p>By Ada Lee | Published 4 March</p><p>Updated 5 March 2025</p>`,
    ]) {
      const article = read(page("en", header));
      expect([article.datePublished, article.dateModified], header).toEqual([undefined, "2025-03-05"]);
    }
  });

  it("takes no date published after the update printed above it: an event's or a deadline's", () => {
    const article = read(page("en", `<p>Updated 5 March 2025</p><p>Sat 8 March 2026 · Harbour Hall</p>`));
    expect([article.datePublished, article.dateModified]).toEqual(["2025-03-05", "2025-03-05"]);
    const earlier = read(page("en", `<p>Updated 5 March 2025</p><p>Published 4 March 2025</p>`));
    expect([earlier.datePublished, earlier.dateModified]).toEqual(["2025-03-04", "2025-03-05"]);
  });

  it("reads a slashed or hyphenated date alone on a line under the headline where its numbers settle day and month", () => {
    for (const [lang, header] of [
      ["en", "<p>25/07/2025</p>"],
      ["en", "<p>07/25/2025</p>"],
      ["de", "<p> 25-07-2025 </p>"],
      ["fr", "<div><span>25/07/2025</span></div>"],
      ["es", "<p>25/07/2025</p><p>Por Lucía Ortega</p>"],
    ] as const)
      expect(read(page(lang, header)).datePublished, header).toBe("2025-07-25");
    // Near misses: day and month left open with no page order to settle them, a score, a month and year, a teaser
    // list's dates, a date in the story, a date over a page with no headline.
    for (const header of ["<p>03/04/2025</p>", "<p>3-1</p>", "<p>12/2025</p>"])
      expect(read(page("en", header)).datePublished, header).toBeUndefined();
    const teasers = `<ul><li><a href="/a">Pier reopens</a> <span>25/07/2025</span></li><li><a href="/b">Tide tables</a> <span>24/07/2025</span></li></ul>`;
    expect(read(page("en", teasers)).datePublished).toBeUndefined();
    const inStory = page("en", "").replace("</p>", "</p><p>25/07/2025</p>");
    expect(read(inStory).datePublished).toBeUndefined();
    const noHeadline = `<html><head><title>Night ferry</title></head><body><div>25/07/2025</div><p>${PROSE.en}</p><p>${PROSE.en}</p></body></html>`;
    expect(read(noHeadline).datePublished).toBeUndefined();
    // A labelled date or a byline's further down the header says what the page's date is, as in the text reader; an
    // unlabelled one under the numeric date is an event's.
    for (const [lang, header] of [
      ["en", "<p>24/07/2025</p><p>Published 25 July 2025</p>"],
      ["en", "<p>By Ada Lee</p><p>24/07/2025</p><p>Published 25 July 2025</p>"],
      ["de", "<p>24-07-2025</p><p>Von Anna Schmidt, 25. Juli 2025</p>"],
    ] as const)
      expect(read(page(lang, header)).datePublished, header).toBe("2025-07-25");
    expect(read(page("en", "<p>25/07/2025</p><p>3 August 2025</p>")).datePublished).toBe("2025-07-25");
    const updated = read(page("en", "<p>25/07/2025</p><p>Updated 26 July 2025</p>"));
    expect([updated.datePublished, updated.dateModified]).toEqual(["2025-07-25", "2025-07-26"]);
  });

  it("takes no date from under a lead-in: the date is the value of what the label introduces", () => {
    for (const [lang, header] of [
      ["en", "<p>Deadline:</p><p>28/07/2025</p>"],
      ["en", "<p>Event date:</p><p>28 July 2025</p>"],
      ["de", "<p>Anmeldeschluss:</p><p>28.07.2025</p>"],
      ["fr", "<p>Date limite :</p><p>28/07/2025</p>"],
    ] as const)
      expect(read(page(lang, header)).datePublished, header).toBeUndefined();
    // A date's own label over it, a labelled date under a lead-in, and a date after the lead-in's value, are read.
    expect(read(page("en", "<p>Published:</p><p>25/07/2025</p>")).datePublished).toBe("2025-07-25");
    expect(read(page("en", "<p>Deadline:</p><p>Published 25 July 2025</p>")).datePublished).toBe("2025-07-25");
    expect(read(page("en", "<p>Deadline:</p><p>By Ada Lee | 25 July 2025</p>")).datePublished).toBe("2025-07-25");
    expect(read(page("es", "<p>Plazo:</p><p>lunes</p><p>25/07/2025</p>")).datePublished).toBe("2025-07-25");
    // A date's label with a full-width colon, a Japanese label, and a byline ending in a colon lead into the page's date.
    for (const [lang, header] of [
      ["en", "<p>Published：</p><p>25 July 2025</p>"],
      ["ja", "<p>公開日：</p><p>2025年7月25日</p>"],
      ["en", "<p>By Ada Lee:</p><p>25 July 2025</p>"],
    ] as const)
      expect(read(page(lang, header)).datePublished, header).toBe("2025-07-25");
  });

  it("reads the line under a headline nested deep after many elements", () => {
    const before = "<div>Tag</div>".repeat(20_000);
    const html = page("en", `<p>Published 4 March 2025</p>`).replace(
      "<article><h1>Night ferry stays</h1>",
      `${before}<article>${"<div>".repeat(300)}<h1>Night ferry stays</h1>${"</div>".repeat(300)}`,
    );
    expect(read(html).datePublished).toBe("2025-03-04");
  });

  it("leaves the machine-readable date first", () => {
    const html = page("en", `<p>Published 4 March 2025</p>`).replace(
      "</head>",
      `<meta property="article:published_time" content="2025-03-03T08:00:00Z"></head>`,
    );
    expect(read(html).datePublished).toBe("2025-03-03T08:00:00Z");
  });

  it("takes no date from the story's text, a teaser list, a figure, a data table or comments", () => {
    // The story: a date line after its first paragraph is a timeline's, not the header's.
    const inStory = page("en", "", "").replace("</p><p>", `</p><p>3 March 2025</p><p>`);
    expect(read(inStory).datePublished).toBeUndefined();
    const related = `<aside class="related"><a href="/a">Pier reopens</a> <span>2 March 2025</span></aside>`;
    expect(
      read(page("en", `<div class="related-stories"><a href="/b">Old pier</a><p>1 March 2025</p></div>`)).datePublished,
    ).toBeUndefined();
    expect(read(page("en", "", related)).datePublished).toBeUndefined();
    expect(
      read(page("en", `<figure><img src="/p.jpg" alt=""><figcaption>3 March 2025</figcaption></figure>`)).datePublished,
    ).toBeUndefined();
    expect(read(page("de", `<table><tr><th>Gegründet</th><td>4. März 1998</td></tr></table>`)).datePublished).toBeUndefined();
    const comments = `<section class="comments"><p>Ben</p><p>5 March 2025</p></section>`;
    expect(read(page("fr", "", comments)).datePublished).toBeUndefined();
  });

  it("takes no sentence that mentions a date, nor a date far below the headline", () => {
    expect(read(page("en", `<p>The winter timetable starts on 4 March 2025.</p>`)).datePublished).toBeUndefined();
    const labels = Array.from({ length: 14 }, (_, i) => `<div>Tag ${i}</div>`).join("");
    expect(read(page("en", `${labels}<p>4 March 2025</p>`)).datePublished).toBeUndefined();
  });
});

describe("an update dated before the published date, in the page's metadata or its visible lines", () => {
  const dates = (head: string, header = "") => {
    const html = page("en", header).replace("</title>", `</title>${head}`);
    const article = read(html);
    return [article.datePublished, article.dateModified];
  };
  const og = (published: string, modified: string) =>
    `<meta property="article:published_time" content="${published}"><meta property="article:modified_time" content="${modified}">`;

  it("drops an earlier update from the metadata and keeps a later one", () => {
    expect(dates(og("2026-03-12T10:00:00+01:00", "2026-03-11T09:00:00+01:00"))).toEqual(["2026-03-12T10:00:00+01:00", undefined]);
    expect(dates(og("2026-03-12T10:00:00+01:00", "2026-03-13T09:00:00+01:00"))).toEqual([
      "2026-03-12T10:00:00+01:00",
      "2026-03-13T09:00:00+01:00",
    ]);
    const jsonLd = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-03-12","dateModified":"2026-03-11"}</script>`;
    expect(dates(jsonLd)).toEqual(["2026-03-12", undefined]);
  });

  it("keeps an update on the day before in another zone that is a later instant", () => {
    expect(dates(og("2026-03-12T00:30:00+01:00", "2026-03-11T23:50:00Z"))).toEqual(["2026-03-12T00:30:00+01:00", "2026-03-11T23:50:00Z"]);
  });

  it("dates the page by a visible published line under an earlier update's, whose update is dropped", () => {
    expect(dates("", "<p>Updated March 11, 2026</p><p>Published March 12, 2026</p>")).toEqual(["2026-03-12", undefined]);
  });
});

describe("a data list (<dl>) under the headline", () => {
  it.each([
    ["en", `<dl><dt>Published</dt><dd>4 March 2025</dd></dl>`],
    ["de", `<dl><dt>Veröffentlicht am</dt><dd>4. März 2025</dd><dt>Rubrik</dt><dd>Hafen</dd></dl>`],
    ["fr", `<dl><div><dt>Publié le</dt><dd>4 mars 2025</dd></div></dl>`],
    ["es", `<dl><dt>Autor</dt><dd>Lucía Ortega</dd><dt>Publicado:</dt><dd>4 de marzo de 2025</dd></dl>`],
  ])("reads a term that names the page's date with its value (%s: %s)", (lang, header) => {
    expect(read(page(lang, header)).datePublished).toBe("2025-03-04");
  });

  it("reads an 'Updated' term as the modified date (and, the only date, as the published one)", () => {
    const article = read(page("en", `<dl><dt>Updated</dt><dd>5 March 2025</dd></dl>`));
    expect([article.datePublished, article.dateModified]).toEqual(["2025-03-05", "2025-03-05"]);
  });

  it.each([
    ["en", `<dl><dt>Release date</dt><dd>4 March 2025</dd></dl>`],
    ["en", `<dl><dt>Event date</dt><dd>4 March 2025</dd><dt>Venue</dt><dd>Harbour Hall</dd></dl>`],
    ["de", `<dl><dt>Erscheinungsdatum</dt><dd>4. März 2025</dd><dt>Seiten</dt><dd>320</dd></dl>`],
    ["fr", `<dl><dt>Date de sortie</dt><dd>4 mars 2025</dd></dl>`],
    ["es", `<dl><dt>Estreno</dt><dd>4 de marzo de 2025</dd></dl>`],
  ])("takes no date of a thing's data (%s: %s)", (lang, header) => {
    expect(read(page(lang, header)).datePublished).toBeUndefined();
  });
});

describe("a list of other stories under the headline, each with its date", () => {
  const cards = (tag: string, cards: [string, string][]) =>
    cards.map(([title, date], i) => `<${tag}><div><a href="/s/${i}">${title}</a></div><div>${date}</div></${tag}>`).join("");

  it.each([
    ["en", `<ul><li><a href="/pier">Pier reopens</a> 2 March 2025</li><li><a href="/tide">Tide tables</a> 1 March 2025</li></ul>`],
    [
      "de",
      `<div>${cards("div", [
        ["Mole wieder offen", "2. März 2025"],
        ["Neue Fahrpläne", "1. März 2025"],
      ])}</div>`,
    ],
    ["fr", `<ol><li><a href="/a">Le quai rouvre</a> · 2 mars 2025</li><li><a href="/b">Marées</a> · 1 mars 2025</li></ol>`],
    [
      "es",
      `<div>${cards("section", [
        ["Reabre el muelle", "2 de marzo de 2025"],
        ["Mareas", "1 de marzo de 2025"],
      ])}<div>Más</div></div>`,
    ],
  ])("takes none of their dates (%s: %s)", (lang, header) => {
    expect(read(page(lang, header)).datePublished).toBeUndefined();
  });

  it.each([
    ["en", `<ul class="meta"><li>By <a href="/a/ada">Ada Lee</a></li><li>4 March 2025</li></ul>`],
    ["en", `<ul><li>By <a href="/a/ada">Ada Lee</a>, 4 March 2025</li><li><a href="/travel">Travel</a></li></ul>`],
    ["en", `<ul><li><a href="/travel">Travel</a></li><li><a href="/coast">Coast</a></li><li>4 March 2025</li></ul>`],
    ["de", `<div><div><a href="/autoren/anna">Anna Schmidt</a></div><div>4. März 2025</div></div>`],
    ["fr", `<ul><li>Publié le 4 mars 2025</li><li>Mis à jour le 5 mars 2025</li></ul>`],
    ["es", `<div><p>Por <a href="/autores/lucia">Lucía Ortega</a>, 4 de marzo de 2025</p><p><a href="/temas/puerto">Puerto</a></p></div>`],
  ])("still reads the header's own date beside its links (%s: %s)", (lang, header) => {
    expect(read(page(lang, header)).datePublished).toBe("2025-03-04");
  });
});

describe("a picture's caption or credit under the headline", () => {
  it.each([
    ["en", `<div class="photo"><img src="/p.jpg" alt=""><p>Taken 2 March 2025</p></div>`],
    ["de", `<div><a href="/p.jpg"><img src="/p.jpg" alt=""></a><div>Aufgenommen am 2. März 2025</div></div>`],
    ["fr", `<div><picture><img src="/p.jpg" alt=""></picture><p>2 mars 2025</p></div>`],
    ["es", `<p class="caption">El muelle, 2 de marzo de 2025</p>`],
    ["en", `<div class="image-credit">Harbour Board, 2 March 2025</div>`],
  ])("takes no date of it (%s: %s)", (lang, header) => {
    expect(read(page(lang, header)).datePublished).toBeUndefined();
  });

  it.each([
    ["en", `<div><img src="/ada.jpg" alt=""><p>By Ada Lee</p><p>4 March 2025</p></div>`],
    ["de", `<div class="author-box"><img src="/anna.jpg" alt=""><div>Anna Schmidt</div><div>4. März 2025</div></div>`],
    ["fr", `<p><img src="/i/horloge.svg" alt=""> Publié le 4 mars 2025</p>`],
    ["es", `<div><img src="/i/reloj.svg" alt=""><span>4 de marzo de 2025</span></div>`],
  ])("still reads the date beside an author's picture or a date's icon (%s: %s)", (lang, header) => {
    expect(read(page(lang, header)).datePublished).toBe("2025-03-04");
  });
});

describe("how the lines under the headline are walked", () => {
  it("goes on into a line's own blocks when the line holds no date", () => {
    const header = `<div>Harbour news desk<p>4 March 2025</p></div>`;
    expect(read(page("en", header)).datePublished).toBe("2025-03-04");
  });

  it("passes over a box named as links to other stories, not one whose name merely holds such a word", () => {
    expect(read(page("en", `<div class="more-stories"><p>1 March 2025</p></div>`)).datePublished).toBeUndefined();
    expect(read(page("de", `<div class="lesen-auch read-also"><p>1. März 2025</p></div>`)).datePublished).toBeUndefined();
    expect(read(page("en", `<div class="moreover"><p>4 March 2025</p></div>`)).datePublished).toBe("2025-03-04");
  });

  it("passes over furniture, but not the <header> that holds the headline and its date", () => {
    expect(read(page("en", `<div class="newsletter-box"><p>4 March 2025</p></div>`)).datePublished).toBeUndefined();
    expect(read(page("fr", `<div role="complementary"><p>4 mars 2025</p></div>`)).datePublished).toBeUndefined();
    const inHeader = page("de", "").replace("<h1>Night ferry stays</h1>", `<header><h1>Nachtfähre bleibt</h1><p>4. März 2025</p></header>`);
    expect(read(inHeader).datePublished).toBe("2025-03-04");
  });

  it("reads on past a byline long enough to pass for prose, but stops at the story's first paragraph", () => {
    const byline = `<p>By Alexandra Whitfield and Benedict Okonkwo-Hart</p><p>4 March 2025</p>`;
    expect(read(page("en", byline)).datePublished).toBe("2025-03-04");
    const von = `<p>Von Anna Schmidt-Bergmann und Lukas Theodor Brenner</p><p>4. März 2025</p>`;
    expect(read(page("de", von)).datePublished).toBe("2025-03-04");
    const prose = `<p>Harbour staff were asked about the ferry on Tuesday.</p><p>4 March 2025</p>`;
    expect(read(page("en", prose)).datePublished).toBeUndefined();
  });
});

describe("a date alone in a heading under the headline", () => {
  // Kept on purpose: a heading right under the headline, before any prose, that holds only a date is the page's date
  // line set in a heading, or a live blog's day, one of the page's own days; the date of another story or of an event
  // comes with words of its own.
  it.each([
    ["en", `<h2>4 March 2025</h2>`],
    ["de", `<h3>Dienstag, 4. März 2025</h3>`],
    ["fr", `<h2>Mardi 4 mars 2025</h2><p>09:15 Le premier ferry part.</p><h2>3 mars 2025</h2>`],
  ])("reads it (%s: %s)", (lang, header) => {
    expect(read(page(lang, header)).datePublished).toBe("2025-03-04");
  });

  it("takes no heading that names an event by its date, nor one below the story's first paragraph", () => {
    expect(read(page("en", `<h2>What happens at the harbour festival on 8 March 2026</h2>`)).datePublished).toBeUndefined();
    const below = page("es", "").replace("</p><p>", "</p><h2>4 de marzo de 2025</h2><p>");
    expect(read(below).datePublished).toBeUndefined();
  });
});

describe("a <time> without datetime set loose beside the headline", () => {
  const loose = (lang: string, time: string) => page(lang, "").replace("</h1>", `</h1>${time}`);

  it.each([
    ["en", `<time>4 March 2025</time>`],
    ["de", `<span class="stamp"><time>4. März 2025</time></span>`],
    ["es", `<time>4 de marzo de 2025</time> <a href="/temas/puerto">Puerto</a>`],
  ])("reads it (%s: %s)", (lang, time) => {
    expect(read(loose(lang, time)).datePublished).toBe("2025-03-04");
  });

  it("takes no <time> inside a line of other words", () => {
    const event = `<div>Harbour festival <time>8 March 2026</time>, Harbour Hall, tickets at the pier office</div>`;
    expect(read(page("en", event)).datePublished).toBeUndefined();
    // The same line in a header apart from the story, where no paragraph of the story ends the walk before it.
    const apart = page("en", "").replace("<article><h1>Night ferry stays</h1>", `<div><h1>Night ferry stays</h1>${event}</div><article>`);
    expect(read(apart).datePublished).toBeUndefined();
    const inProse = page("fr", "").replace("</h1><p>", "</h1><p>Le festival du port aura lieu le <time>8 mars 2026</time>. ");
    expect(read(inProse).datePublished).toBeUndefined();
  });

  it.each([
    ["en", `Festival on <time>8 March 2026</time>`],
    ["en", `<b>Deadline</b> <time>8 March 2026</time>`],
    ["de", `Hafenfest am <time>8. März 2026</time>`],
    ["fr", `<strong>Date limite</strong> <time>8 mars 2026</time>`],
  ])("takes no loose <time> beside loose words of its own wrapper (%s: %s)", (lang, time) => {
    expect(read(loose(lang, time)).datePublished).toBeUndefined();
  });

  it.each([
    ["en", `By <a href="/authors/ada">Ada Lee</a> <time>4 March 2025</time>`],
    ["en", `<a href="/authors/ada">Ada Lee</a> · <time>4 March 2025</time>`],
    ["es", `Por <a href="/autor/lucia">Lucía Ortega</a> | <time>4 de marzo de 2025</time>`],
    ["en", `<span class="icon">🕒</span> <time>4 March 2025</time>`],
    ["fr", `<time>4\u202Fmars 2025</time>`],
    ["en", `<a href="/2025/03/04/ferry"><time>4 March 2025</time></a>`],
    ["de", `<time>4. März 2025<span aria-hidden="true"> ·</span></time>`],
    ["en", `<time>4 March 2025</time> <time>10:30</time>`],
  ])("reads one beside a byline, marks, an icon or its own link (%s: %s)", (lang, time) => {
    expect(read(loose(lang, time)).datePublished).toBe("2025-03-04");
  });
});

describe("review htmldates19b: a header's own date beside an author's picture or a second dated link", () => {
  it.each([
    [
      "en",
      `<div><a href="/author/ada"><img src="/a.jpg" alt=""></a><div><a href="/author/ada">Ada Lee</a></div><div>4 March 2025</div></div>`,
    ],
    ["de", `<div><img src="/a.jpg" alt=""><div>Anna Schmidt</div><div>4. März 2025</div></div>`],
    ["fr", `<div><img src="/a.jpg" alt=""><p>Marie Dubois</p><p>4 mars 2025</p></div>`],
    ["es", `<section><a href="/autores/lucia"><img src="/a.jpg" alt=""></a><div>Mar 4, 2025 · 5 min</div></section>`],
    ["en", `<div class="credits"><p>By Ada Lee</p><p>4 March 2025</p></div>`],
  ])("reads the date beside an author's picture (%s: %s)", (lang, header) => {
    expect(read(page(lang, header)).datePublished).toBe("2025-03-04");
  });

  it.each([
    ["en", `<ul><li><a href="/2025/03/04/">4 March 2025</a></li><li><a href="/2025/03/05/">Updated 5 March 2025</a></li></ul>`],
    ["fr", `<div><p>Publié le <a href="/2025/03/04/">4 mars 2025</a></p><p>Mis à jour le <a href="/2025/03/05/">5 mars 2025</a></p></div>`],
    [
      "en",
      `<div><div><a href="/2025/03/04/">March 4, 2025</a></div><div><a href="/2025/03/">March 2025</a></div><div><a href="#c">Leave a comment</a></div></div>`,
    ],
    ["en", `<ul><li>Posted 4 Mar 2025 · <a href="/c/news">News</a></li><li>Updated 5 Mar 2025 · <a href="/a/ada">Ada</a></li></ul>`],
    // Two dated lines among more lines of the header's own are no run of other stories.
    [
      "en",
      `<div><div><a href="/c/travel">Travel</a> · 4 March 2025</div><div>By <a href="/a/ada">Ada Lee</a>, 4 March 2025</div><div>5 min read</div><div>Share</div><div>Print</div></div>`,
    ],
  ])("reads a header's linked or labelled dates, not a list of other stories (%s: %s)", (lang, header) => {
    expect(read(page(lang, header)).datePublished).toBe("2025-03-04");
  });
});

describe("review htmldates19b: deep pages stay linear", () => {
  it.each([
    ["nested links", `${"<div>".repeat(20000)}<a href="/x">Pier</a> 1 May 2025${"</div>".repeat(20000)}`],
    ["nested <time>s", `<div>${"<time>".repeat(20000)}x${"</time>".repeat(20000)}</div>`],
  ])("reads a page of %s under the headline, its story whole (their growth is timed by `npm run bench -- growth`)", (_, header) => {
    const article = read(page("en", header));
    expect(article.body.some((block) => block.type === "paragraph" && block.text === PROSE.en)).toBe(true);
  });
});

/**
 * A page that sets its title in a styled box, not a heading and not an `<article>`: the title's box, a box of `header`,
 * then the story's box. The `<title>` says the headline, with the site's name.
 */
function boxedPage(lang: string, title: string, header: string, options: { before?: string; after?: string } = {}): string {
  const prose = PROSE[lang]!;
  return `<!doctype html><html lang="${lang}"><head><title>${title} - Harbour Times</title></head><body>
    <div class="content">${options.before ?? ""}<div class="title">${title}</div>${header}
    <div class="text"><p>${prose}</p><p>${prose}</p><p>${prose}</p></div>${options.after ?? ""}</div></body></html>`;
}

describe("a title set in a styled box, not a heading, read like an <h1>", () => {
  it.each([
    ["en", "Night ferry stays", `<div class="meta">By Ada Lee, 3 March 2025</div>`],
    ["de", "Die Nachtfähre bleibt", `<div class="meta">Von Ada Lee, 3. März 2025</div>`],
    ["fr", "Le ferry de nuit reste", `<div class="meta">Par Ada Lee, 3 mars 2025</div>`],
    ["es", "El ferry nocturno sigue", `<p>Por Ada Lee, 3 de marzo de 2025</p>`],
  ])("reads the byline and the date under it (%s: %s)", (lang, title, header) => {
    const article = read(boxedPage(lang, title, header));
    expect(article.headline).toBe(title);
    expect(article.authors?.map((author) => author.name)).toEqual(["Ada Lee"]);
    expect(article.datePublished).toBe("2025-03-03");
  });

  it("reads a title in a <p> or a <span>, and the wrapper of a title's link", () => {
    for (const shown of [
      `<p class="headline">Night ferry stays</p>`,
      `<span class="big">Night ferry stays</span>`,
      `<div><a href="/ferry">Night ferry stays</a></div>`,
    ]) {
      const html = boxedPage("en", "Night ferry stays", `<div>3 March 2025</div>`).replace(
        `<div class="title">Night ferry stays</div>`,
        shown,
      );
      expect(read(html).datePublished, shown).toBe("2025-03-03");
    }
  });

  it("leaves the title's box, and a kicker over it inside the story's box, out of the body", () => {
    const html = boxedPage("en", "Night ferry stays", `<p>3 March 2025</p>`)
      .replace(`<div class="content">`, `<div class="content"><div class="text"><p>Ferries</p>`)
      .replace(`<div class="text"><p>`, "<p>")
      .replace("</div></div></body>", "</div></body>");
    const article = read(html);
    expect(article.datePublished).toBe("2025-03-03");
    expect(article.body.map((block) => (block.type === "paragraph" ? block.text : block.type))).not.toContain("Night ferry stays");
    expect(article.body.map((block) => (block.type === "paragraph" ? block.text : block.type))).not.toContain("Ferries");
  });

  it("takes the box nearest the story when a breadcrumb's last step says the title too", () => {
    const crumbs = `<div class="crumbs"><a href="/">Home</a> › <span>Night ferry stays</span></div><div>Sam Ray, 2 March 2025</div><div>Briefing</div>`;
    expect(read(boxedPage("en", "Night ferry stays", `<div>Ada Lee, 3 March 2025</div>`, { before: crumbs })).datePublished).toBe(
      "2025-03-03",
    );
  });

  it("takes no box that says more or less than the title, nor one below the story's first paragraph or away from the story", () => {
    const part = boxedPage("en", "Night ferry stays", `<div>By Ada Lee, 3 March 2025</div>`).replace(
      `<div class="title">Night ferry stays</div>`,
      `<div class="title">Night ferry</div>`,
    );
    expect(read(part).datePublished).toBeUndefined();
    const away = boxedPage("en", "Night ferry stays", "").replace(
      `<div class="content"><div class="title">Night ferry stays</div>`,
      `<div class="top"><div>Night ferry stays</div><div>By Sam Ray, 2 March 2025</div></div><div class="content">`,
    );
    expect(read(away).authors).toBeUndefined();
    const more = boxedPage("en", "Night ferry stays", `<div>By Ada Lee, 3 March 2025</div>`).replace(
      `<div class="title">Night ferry stays</div>`,
      `<div class="title">Night ferry stays: what it means</div>`,
    );
    expect(read(more).datePublished).toBeUndefined();
    const below = boxedPage("en", "Night ferry stays", "", {
      after: `<div>Night ferry stays</div><div>By Sam Ray, 2 March 2025</div>`,
    }).replace(`<div class="title">Night ferry stays</div>`, "");
    const article = read(below);
    expect([article.datePublished, article.authors]).toEqual([undefined, undefined]);
  });

  it.each([
    ["a deep chain of boxes", `${"<div>".repeat(20000)}Night ferry stays${"</div>".repeat(20000)}`],
    ["many boxes", "<div>Night ferry stays</div>".repeat(20000)],
  ])("finds the title among %s saying it (their growth is timed by `npm run bench -- growth`)", (_, boxes) => {
    const article = read(boxedPage("en", "Night ferry stays", "").replace(`<div class="title">Night ferry stays</div>`, boxes));
    expect(article.headline).toBe("Night ferry stays");
  });
});

describe("the people named on the header's dated line, on a page that names no author otherwise", () => {
  const names = (html: string) => read(html).authors?.map((author) => author.name);

  it.each([
    ["en", `<div class="meta">Ada Lee, 3 March 2025</div>`],
    ["de", `<p>Ada Lee, 3. März 2025</p>`],
    ["fr", `<div>Ada Lee, 3 mars 2025</div>`],
    ["es", `<p>Ada Lee, 3 de marzo de 2025</p>`],
    ["en", `<p>Ada Lee · 3 March 2025</p>`],
    ["en", `<p>Updated 5 March 2025</p><p>Ada Lee, 3 March 2025</p>`],
  ])("are its authors (%s: %s)", (lang, header) => {
    const article = read(page(lang, header));
    expect(article.authors?.map((author) => author.name)).toEqual(["Ada Lee"]);
    expect(article.datePublished).toBe("2025-03-03");
  });

  it("are its authors on a page whose metadata gives the date but no author, and the metadata's date stays", () => {
    const html = page("en", `<p>Ada Lee, 3 March 2025</p>`).replace(
      "</head>",
      `<meta property="article:published_time" content="2025-03-02T08:00:00Z"></head>`,
    );
    const article = read(html);
    expect([article.datePublished, article.authors?.map((author) => author.name)]).toEqual(["2025-03-02T08:00:00Z", ["Ada Lee"]]);
  });

  it("give way to the structured data's author and to a byline", () => {
    const jsonLd = page("en", `<p>Ada Lee, 3 March 2025</p>`).replace(
      "</head>",
      `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Ben Cole"}}</script></head>`,
    );
    expect(names(jsonLd)).toEqual(["Ben Cole"]);
    expect(names(page("fr", `<p>Par Ben Cole</p><p>Ada Lee, 3 mars 2025</p>`))).toEqual(["Ben Cole"]);
  });

  it.each([
    ["en", `<p>Harbour Times, 3 March 2025</p>`],
    ["en", `<p>London, 3 March 2025</p>`],
    ["fr", `<p>Le Monde, 3 mars 2025</p>`],
    ["en", `<p>Updated 3 March 2025</p>`],
    ["en", `<p>Updated 5 March 2025 by Sam Ray</p>`],
  ])("are no one on a paper's, a place's or an update's line (%s: %s)", (lang, header) => {
    expect(read(page(lang, header)).authors).toBeUndefined();
  });

  it("are taken from no teaser, nor from a line below the one that dates the page", () => {
    const teasers = `<ul><li><a href="/a">Pier reopens</a> Sam Ray, 2 March 2025</li><li><a href="/b">Tide tables</a> Ben Cole, 1 March 2025</li></ul>`;
    expect(read(page("en", teasers)).authors).toBeUndefined();
    const below = read(page("en", `<p>Harbour Times, 3 March 2025</p><p>Sam Ray, 2 March 2025</p>`));
    expect([below.datePublished, below.authors]).toEqual(["2025-03-03", undefined]);
    const storyLine = page("en", "").replace("</p><p>", `</p><p>Sam Ray, 2 March 2025</p><p>`);
    expect(read(storyLine).authors).toBeUndefined();
  });
});

describe("a title repeated by no headline box keeps the story whole", () => {
  const prose = PROSE.en!;
  const texts = (html: string) => read(html).body.map((block) => (block.type === "paragraph" ? block.text : block.type));

  it("keeps a story of no <p> whose title a box after it repeats", () => {
    const html = `<html><head><title>Night ferry stays - Harbour Times</title></head><body><div class="wrap">
      <div class="title">Night ferry stays: the full story</div><div class="text"><div>${prose}</div><div>${prose} Two.</div></div>
      <div class="share"><a href="/ferry">Night ferry stays</a></div></div></body></html>`;
    expect(texts(html)).toEqual([prose, `${prose} Two.`]);
  });

  it("keeps the lead picture whose caption says the title", () => {
    const html = `<html><head><title>Night ferry stays - Harbour Times</title></head><body><div class="wrap">
      <div class="title">Night ferry stays</div><div>By Ada Lee, 3 March 2025</div><div class="text">
      <figure><img src="/ferry.jpg" alt="The ferry"><figcaption>Night ferry stays</figcaption></figure><p>${prose}</p><p>${prose} Two.</p></div>
      </div></body></html>`;
    const article = read(html);
    expect(article.body[0]?.type).toBe("figure");
    expect([article.datePublished, article.authors?.map((author) => author.name)]).toEqual(["2025-03-03", ["Ada Lee"]]);
  });
});

describe("a byline without a 'By' in the header", () => {
  const authors = (lang: string, header: string, head = "") =>
    read(page(lang, header).replace("</head>", `${head}</head>`)).authors?.map((author) => author.name);

  it.each([
    ["en", `<p>Ada Lee</p><p>March 4, 2025</p>`, "Ada Lee"],
    ["en", `<div><div>Ada Lee</div><div>Mar 4, 2025 · 5 min read</div></div>`, "Ada Lee"],
    ["de", `<p>Anna Weber</p><p>4. März 2025</p>`, "Anna Weber"],
    ["es", `<p>Lucía Ortega</p><p>4 de marzo de 2025</p>`, "Lucía Ortega"],
  ])("reads a name over the date line (%s: %s)", (lang, header, name) => {
    expect(authors(lang, header)).toEqual([name]);
  });

  it.each([
    ["en", `<p>Ada Lee, Senior Reporter</p><p>March 4, 2025</p>`, "Ada Lee"],
    ["en", `<p>Ada Lee<br>Senior Reporter</p><p>March 4, 2025</p>`, "Ada Lee"],
    ["en", `<p>Ada Lee</p><p>Senior Reporter</p>`, "Ada Lee"],
    ["en", `<p>Ada Lee, Senior Reporter</p><p>${PROSE.en} ${PROSE.en} ${PROSE.en}</p>`, "Ada Lee"],
    ["fr", `<p>Claire Dubois, journaliste</p><p>4 mars 2025</p>`, "Claire Dubois"],
    ["de", `<p>Anna Weber<br>Redakteurin</p>`, "Anna Weber"],
    ["en", `<div class="byline"><a href="/a">Ada Lee</a> <span>Senior Reporter</span></div>`, "Ada Lee"],
    ["es", `<div class="author"><a href="/a">Lucía Ortega</a> <span>corresponsal</span></div>`, "Lucía Ortega"],
  ])("reads a name with its job title (%s: %s)", (lang, header, name) => {
    expect(authors(lang, header)).toEqual([name]);
  });

  it("reads no place, no paper and no title over the date line as a name, nor a name after the story's first paragraph", () => {
    expect(authors("en", `<p>New York</p><p>March 4, 2025</p>`)).toBeUndefined();
    expect(authors("fr", `<p>Le Monde</p><p>4 mars 2025</p>`)).toBeUndefined();
    expect(authors("en", `<p>Van Life</p><p>March 4, 2025</p>`)).toBeUndefined();
    expect(authors("en", `<p>Three questions for the mayor</p><p>March 4, 2025</p>`)).toBeUndefined();
    expect(authors("en", `<p>${PROSE.en}</p><p>Ada Lee, Senior Reporter</p>`)).toBeUndefined();
    expect(authors("en", `<p>Ada Lee</p><p>Senior Reporter at the harbour board since the spring of 2019</p>`)).toBeUndefined();
  });

  it("leaves the name to a stronger source: the page's metadata or a byline's", () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Sam Ray"}}</script>`;
    expect(authors("en", `<p>Ada Lee, Senior Reporter</p><p>March 4, 2025</p>`, ld)).toEqual(["Sam Ray"]);
    expect(authors("en", `<p>Ada Lee</p><p>March 4, 2025</p>`, `<meta name="author" content="Sam Ray">`)).toEqual(["Sam Ray"]);
    expect(authors("en", `<p class="byline">By Sam Ray</p><p>Ada Lee, Senior Reporter</p>`)).toEqual(["Sam Ray"]);
  });
});
