import { describe, expect, it } from "vitest";
import { fromHtml } from "../index.js";

/** Two invented lines of a story, long enough to be prose. */
const LINES = [
  "The lifeboat crew was called out twice on Sunday as fog rolled in over the bay and the harbour.",
  "Both boats were towed back to the harbour and nobody was hurt, the station said in a statement.",
];

/** The authors a page gives with `header` under its headline. */
const authorsOf = (header: string, lang = "en") =>
  fromHtml(
    `<!doctype html><html lang="${lang}"><head><title>Fog</title></head><body><article><h1>Fog</h1>${header}<p>${LINES[0]}</p><p>${LINES[1]}</p></article></body></html>`,
    { url: "https://baywatch.example.net/fog" },
  ).authors?.map((author) => author.name);

describe("a byline line with a place and a date, parted by bars or dots", () => {
  it.each([
    ["es", `<p class="byline">Por Lucía Ortega | Madrid | 12 may 2025</p>`, ["Lucía Ortega"]],
    ["en", `<div class="byline">By Ada Lee · Lisbon · 4 March 2025</div>`, ["Ada Lee"]],
    ["de", `<p class="autor">Von Jana Krüger | Hamburg | 4. März 2025</p>`, ["Jana Krüger"]],
    ["fr", `<p>Par Claire Dubois | Lyon | 4 mars 2025</p>`, ["Claire Dubois"]],
  ])("names only the person (%s: %s)", (lang, header, names) => {
    expect(authorsOf(header, lang)).toEqual(names);
  });

  it("keeps names set apart by a dot or a bar on a line without a date", () => {
    expect(authorsOf(`<p class="byline">By Ada Lee · Sam Ray</p>`)).toEqual(["Ada Lee", "Sam Ray"]);
    expect(authorsOf(`<p class="byline">Por Lucía Ortega | Marta Ruiz</p>`, "es")).toEqual(["Lucía Ortega", "Marta Ruiz"]);
  });

  it("keeps every name joined by 'and' before the date", () => {
    expect(authorsOf(`<p class="byline">Por Lucía Ortega y Marta Ruiz | Madrid | 12 may 2025</p>`, "es")).toEqual([
      "Lucía Ortega",
      "Marta Ruiz",
    ]);
  });
});

describe("a generational suffix after a comma", () => {
  it("stays with the name it ends, in a labelled byline, around an author link and in a structured field", () => {
    expect(authorsOf(`<p class="byline">By Ada Lee, Jr.</p>`)).toEqual(["Ada Lee Jr."]);
    expect(authorsOf(`<p>By <a rel="author" href="/people/ada-lee">Ada Lee</a>, Jr.</p>`)).toEqual(["Ada Lee Jr."]);
    expect(authorsOf(`<p class="byline">By Ada Lee, III, and Sam Ray | 4 March 2025</p>`)).toEqual(["Ada Lee III", "Sam Ray"]);
    // Near misses: what follows a marked name and a comma is no suffix ("Harbour Times"), and a field is no name.
    expect(authorsOf(`<p><span class="author">Ada Lee</span>, Harbour Times</p>`)).toEqual(["Ada Lee"]);
    expect(authorsOf(`<p><a rel="author" href="/people/ada-lee">Ada Lee</a> · 5 min read</p>`)).toEqual(["Ada Lee"]);
  });

  it("stays with the name in a structured field and after an unlabelled author element", () => {
    const ld = (author: unknown) =>
      `<script type="application/ld+json">${JSON.stringify({ "@type": "NewsArticle", headline: "Fog", author })}</script>`;
    const withHead = (head: string) =>
      fromHtml(
        `<!doctype html><html lang="en"><head><title>Fog</title>${head}</head><body><article><h1>Fog</h1><p>${LINES[0]}</p><p>${LINES[1]}</p></article></body></html>`,
        {
          url: "https://baywatch.example.net/fog",
        },
      ).authors?.map((author) => author.name);
    expect(withHead(ld({ "@type": "Person", name: "Ada Lee, Jr." }))).toEqual(["Ada Lee Jr."]);
    expect(withHead(`<meta name="author" content="Ada Lee, Jr. and Sam Ray">`)).toEqual(["Ada Lee Jr.", "Sam Ray"]);
    expect(authorsOf(`<p><span class="author">Ada Lee</span>, Jr.</p>`)).toEqual(["Ada Lee Jr."]);
  });

  it.each([
    ["en", `<p><a rel="author" href="/p/a">Ada Lee</a>, a nurse in Ohio, says she was never told.</p>`, ["Ada Lee"]],
    ["en", `<p><a rel="author" href="/p/a">Ada Lee</a>, and others</p>`, ["Ada Lee"]],
    ["en", `<div class="card"><a rel="author" href="/p/a">Ada Lee</a>, Ohio lawmakers pass budget bill</div>`, ["Ada Lee"]],
    ["es", `<p><a rel="author" href="/p/a">Ana Ruiz</a>, corresponsal en Bruselas</p>`, ["Ana Ruiz"]],
    ["de", `<p><span class="author">Jana Krüger</span>, Teil II</p>`, ["Jana Krüger"]],
    ["de", `<p><span class="author">Jana Krüger</span>, Redakteurin für Wirtschaft</p>`, ["Jana Krüger"]],
    ["fr", `<p><span class="author">Claire Dubois</span>, et al.</p>`, ["Claire Dubois"]],
  ])("reads no more than the marked name where an unlabelled line goes on past it (%s: %s)", (lang, header, names) => {
    expect(authorsOf(header, lang)).toEqual(names);
  });
});

describe("a byline read by the text reader's byline reader", () => {
  /** The authors, with their types, a page gives with `header` under its headline. */
  const authorsWithTypes = (header: string, lang = "en") =>
    fromHtml(
      `<!doctype html><html lang="${lang}"><head><title>Fog</title></head><body><article><h1>Fog</h1>${header}<p>${LINES[0]}</p><p>${LINES[1]}</p></article></body></html>`,
      { url: "https://baywatch.example.net/fog" },
    ).authors;
  const person = (name: string) => ({ type: "Person", name });
  const wire = (name: string) => ({ type: "Organization", name });

  it.each([
    ["en", `<p class="byline">By Ada Lee | Reuters</p>`, "Reuters"],
    ["en", `<p class="byline">By Ada Lee for AFP</p>`, "AFP"],
    ["de", `<p class="autor">Von Ada Lee | dpa</p>`, "dpa"],
    ["fr", `<p class="byline">Par Ada Lee | AFP | 3 mars 2025</p>`, "AFP"],
    ["en", `<p class="byline">Ada Lee | Reuters | March 3, 2025</p>`, "Reuters"],
    ["en", `<p class="byline">By Ada Lee | Reuters | March 3, 2025</p>`, "Reuters"],
  ])("reads the wire after the names as an organisation (%s: %s)", (lang, header, agency) => {
    expect(authorsWithTypes(header, lang)).toEqual([person("Ada Lee"), wire(agency)]);
  });

  it.each([
    ["en", `<p class="byline">Ada Lee | Sam Ray | March 3, 2025</p>`],
    ["de", `<p class="byline">Ada Lee · Sam Ray · 3. März 2025</p>`],
    ["es", `<p class="byline">Por Ada Lee | Sam Ray | 3 de marzo de 2025</p>`],
  ])("reads a person in each field before the date (%s: %s)", (lang, header) => {
    expect(authorsWithTypes(header, lang)).toEqual([person("Ada Lee"), person("Sam Ray")]);
  });

  it("names no section, paper or breadcrumb, and reads a newsroom's staff as an organisation", () => {
    expect(authorsWithTypes(`<p class="byline">Ada Lee | Opinion | March 3, 2025</p>`)).toEqual([person("Ada Lee")]);
    expect(authorsWithTypes(`<p class="byline">By Ada Lee | Harbour Times</p>`)).toEqual([person("Ada Lee")]);
    expect(authorsWithTypes(`<p class="byline">Home | News | March 3, 2025</p>`)).toBeUndefined();
    expect(authorsWithTypes(`<p class="byline">Startseite | Politik | 3. März 2025</p>`, "de")).toBeUndefined();
    expect(authorsWithTypes(`<p class="byline">Portada | Noticias | 3 de marzo de 2025</p>`, "es")).toBeUndefined();
    expect(authorsWithTypes(`<p class="byline">Início | Notícias | 3 de março de 2025</p>`, "pt")).toBeUndefined();
    expect(authorsWithTypes(`<p class="byline">By Harbour Times Staff</p>`)).toEqual([wire("Harbour Times Staff")]);
  });

  it("names no section's field, of one word or more, when the markup alone calls the line a byline", () => {
    expect(authorsWithTypes(`<p class="byline">News | World | March 3, 2025</p>`)).toBeUndefined();
    expect(authorsWithTypes(`<p class="byline">Nachrichten | Kultur | 3. März 2025</p>`, "de")).toBeUndefined();
    expect(authorsWithTypes(`<div class="byline">World</div>`)).toBeUndefined();
    expect(authorsWithTypes(`<p class="byline">Ada Lee | Climate Change | March 3, 2025</p>`)).toEqual([person("Ada Lee")]);
    expect(authorsWithTypes(`<p class="byline">Ada Lee · Sam Ray</p>`)).toEqual([person("Ada Lee"), person("Sam Ray")]);
    // A given name is no section's: a family name that is one stays ("Ada World" is hers).
    expect(authorsWithTypes(`<p class="byline">Ada World | March 3, 2025</p>`)).toEqual([person("Ada World")]);
    // A section's word that is also a given name ("Salud") opens a writer's name.
    expect(authorsWithTypes(`<div class="author">Salud Ortega</div>`, "es")).toEqual([person("Salud Ortega")]);
    expect(authorsWithTypes(`<p class="byline">Salud Ortega · Ana Ruiz</p>`, "es")).toEqual([person("Salud Ortega"), person("Ana Ruiz")]);
  });

  it.each([
    ["en", `<div class="byline">Ada | March 3, 2025</div>`, "Ada"],
    ["en", `<div class="byline">ADA LEE | MARCH 3, 2025</div>`, "ADA LEE"],
    ["en", `<div class="byline">Ada Lee, Friday 14 March 2025</div>`, "Ada Lee"],
    ["fr", `<div class="byline">Ada Lee, Lyon, 3 mars 2025</div>`, "Ada Lee"],
    ["en", `<div class="byline">March 3, 2025 | Ada Lee</div>`, "Ada Lee"],
    ["en", `<div class="byline">3 March 2025 · Ada Lee · Sam Ray</div>`, "Ada Lee"],
    ["de", `<div class="autor">Jana Krüger | 4. März 2025</div>`, "Jana Krüger"],
    ["es", `<div class="byline">12 de mayo de 2025 | Lucía Ortega</div>`, "Lucía Ortega"],
  ])("splits into names a dated line the markup calls a byline, when the text reader reads none (%s: %s)", (lang, header, first) => {
    expect(authorsWithTypes(header, lang)?.[0]).toEqual(person(first));
  });

  it.each([
    ["en", `<div class="byline">Home › News › March 3, 2025</div>`],
    ["de", `<div class="byline">Startseite / Politik / 3. März 2025</div>`],
    ["fr", `<div class="byline">Accueil | Monde | 3 mars 2025</div>`],
    ["es", `<div class="byline">Inicio | Mundo | 12 de mayo de 2025</div>`],
  ])("names no one on a breadcrumb the markup calls a byline (%s: %s)", (lang, header) => {
    expect(authorsWithTypes(header, lang)).toBeUndefined();
  });
});

describe("an affiliation after the names in a byline", () => {
  it.each([
    ["en", `<div class="byline"><span>By Ada Lee,</span> <span>Valley Post</span></div>`, ["Ada Lee"]],
    ["en", `<p class="byline">By Ada Lee and Sam Ray, Harbour Times</p>`, ["Ada Lee", "Sam Ray"]],
    ["de", `<p class="autor">Von Jana Krüger, Universität Talburg</p>`, ["Jana Krüger"]],
    ["fr", `<p class="auteur">Par Claire Dubois, Université de Lyon</p>`, ["Claire Dubois"]],
    ["es", `<p class="autor">Por Lucía Ortega, Instituto del Mar</p>`, ["Lucía Ortega"]],
  ])("leaves the paper or the school out (%s: %s)", (lang, header, names) => {
    expect(authorsOf(header, lang)).toEqual(names);
  });

  it("keeps a second person whose given name is a place's word", () => {
    expect(authorsOf(`<div class="byline"><span>By Ada Lee,</span> <span>Valley Morgan</span></div>`)).toEqual([
      "Ada Lee",
      "Valley Morgan",
    ]);
    expect(authorsOf(`<p class="byline">Por Lucía Ortega y Valle Postigo</p>`, "es")).toEqual(["Lucía Ortega", "Valle Postigo"]);
  });

  it.each([
    ["en", `<p class="byline">By Ada Lee and Emily Post</p>`],
    ["de", `<p class="autor">Von Ada Lee und Emily Post</p><p>3. März 2025</p>`],
    ["fr", `<p class="byline">Par Ada Lee et Emily Post</p><p>3 mars 2025</p>`],
  ])("keeps a second person whose family name is a paper's word (%s: %s)", (lang, header) => {
    expect(authorsOf(header, lang)).toEqual(["Ada Lee", "Emily Post"]);
  });

  it("leaves out a paper whose last word is a family name after a place's or an edition's word", () => {
    expect(authorsOf(`<p class="byline">By Ada Lee, Sunday Post</p>`)).toEqual(["Ada Lee"]);
    expect(authorsOf(`<p class="byline">By Ada Lee, Harbour Gazette</p>`)).toEqual(["Ada Lee"]);
  });

  it("ends the names at a paper's word or a part opening with The after a comma, not after a joining word", () => {
    expect(authorsOf(`<p class="byline">By Ada Lee, Washington Post</p>`)).toEqual(["Ada Lee"]);
    expect(authorsOf(`<p class="byline">By Ada Lee, The Washington Post</p>`)).toEqual(["Ada Lee"]);
    expect(authorsOf(`<p class="byline">By Ada Lee | New York Post</p>`)).toEqual(["Ada Lee"]);
    expect(authorsOf(`<p class="autor">Von Ada Lee, Hafen Post</p><p>3. März 2025</p>`, "de")).toEqual(["Ada Lee"]);
    expect(authorsOf(`<p class="byline">By Ada Lee &amp; Emily Post</p>`)).toEqual(["Ada Lee", "Emily Post"]);
    expect(authorsOf(`<p class="byline">Por Ada Lee y Emily Post</p><p>3 de marzo de 2025</p>`, "es")).toEqual(["Ada Lee", "Emily Post"]);
  });
});

describe("a structured author field", () => {
  /** The authors a page gives in `head` only, with a plain byline-less story. */
  const authorsIn = (head: string) =>
    fromHtml(
      `<!doctype html><html lang="en"><head><title>Fog</title>${head}</head><body><article><h1>Fog</h1><p>${LINES[0]}</p><p>${LINES[1]}</p></article></body></html>`,
      { url: "https://baywatch.example.net/fog" },
    ).authors?.map((author) => author.name);

  it("keeps a person whose family name is an affiliation's word", () => {
    expect(authorsIn(`<meta name="author" content="Ada Lee, Emily Post">`)).toEqual(["Ada Lee", "Emily Post"]);
    expect(authorsIn(`<meta property="article:author" content="Ada Lee and Jo Times">`)).toEqual(["Ada Lee", "Jo Times"]);
    const twoTags = `<meta property="article:author" content="Bo Chen"><meta property="article:author" content="Ada Lee, Jo Times">`;
    expect(authorsIn(twoTags)).toEqual(["Bo Chen", "Ada Lee", "Jo Times"]);
    const jsonLd = { "@type": "NewsArticle", headline: "Fog", author: { "@type": "Person", name: "Ada Lee and Emily Post" } };
    expect(authorsIn(`<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`)).toEqual(["Ada Lee", "Emily Post"]);
  });
});
