import { describe, expect, it } from "vitest";
import { fromHtml } from "../index.js";

// Round hs105: blogs' and old themes' headers (a day heading over the post, a node's loose "Submitted by" line, the
// site's name in the <h1> over the story's <h2>, a short share title over a bold standfirst). Every page is invented.
const STORY: Record<string, { title: string; body: string[]; day: string; iso: string; submitted: string; by: string }> = {
  en: {
    title: "Night trains to the coast will run again from April",
    body: [
      "The overnight service between the capital and the western coast resumes in April after five years, the operator said on Tuesday.",
      "Tickets go on sale next week, and the first departures are already almost fully booked, according to the company.",
    ],
    day: "Tuesday, 3 March 2026",
    iso: "2026-03-03",
    submitted: "Submitted by Nora Fielding on Tue, 03/03/2026 - 14:22",
    by: "By Nora Fielding",
  },
  fr: {
    title: "Les trains de nuit vers la côte reprennent en avril",
    body: [
      "La liaison de nuit entre la capitale et la côte ouest reprendra en avril après cinq ans, a annoncé mardi l'exploitant.",
      "Les billets seront en vente la semaine prochaine, et les premiers départs sont déjà presque complets, selon la compagnie.",
    ],
    day: "mardi 3 mars 2026",
    iso: "2026-03-03",
    submitted: "Soumis par Nora Fielding le 3 mars 2026 - 14:22",
    by: "Par Nora Fielding",
  },
  es: {
    title: "Los trenes nocturnos a la costa vuelven en abril",
    body: [
      "El servicio nocturno entre la capital y la costa oeste se reanuda en abril tras cinco años, informó el martes el operador.",
      "Los billetes salen a la venta la semana próxima y las primeras salidas ya están casi completas, según la compañía.",
    ],
    day: "martes, 3 de marzo de 2026",
    iso: "2026-03-03",
    submitted: "Enviado por Nora Fielding el 3 de marzo de 2026 - 14:22",
    by: "Por Nora Fielding",
  },
  de: {
    title: "Nachtzüge an die Küste fahren ab April wieder",
    body: [
      "Die Nachtverbindung zwischen der Hauptstadt und der Westküste wird im April nach fünf Jahren wieder aufgenommen, teilte der Betreiber mit.",
      "Die Fahrkarten kommen nächste Woche in den Verkauf, und die ersten Fahrten sind laut Unternehmen schon fast ausgebucht.",
    ],
    day: "Dienstag, 3. März 2026",
    iso: "2026-03-03",
    submitted: "Eingereicht von Nora Fielding am 3. März 2026 - 14:22",
    by: "Von Nora Fielding",
  },
  nl: {
    title: "Nachttreinen naar de kust rijden vanaf april weer",
    body: [
      "De nachtverbinding tussen de hoofdstad en de westkust wordt in april na vijf jaar hervat, meldde de vervoerder dinsdag.",
      "De kaartjes gaan volgende week in de verkoop en de eerste ritten zijn volgens het bedrijf al bijna volgeboekt.",
    ],
    day: "dinsdag 3 maart 2026",
    iso: "2026-03-03",
    submitted: "Ingezonden door Nora Fielding op 3 maart 2026 - 14:22",
    by: "Door Nora Fielding",
  },
  pl: {
    title: "Nocne pociągi nad morze wracają od kwietnia",
    body: [
      "Nocne połączenie między stolicą a zachodnim wybrzeżem zostanie wznowione w kwietniu po pięciu latach, poinformował we wtorek przewoźnik.",
      "Bilety trafią do sprzedaży w przyszłym tygodniu, a pierwsze kursy są według firmy już prawie wyprzedane.",
    ],
    day: "wtorek, 3 marca 2026",
    iso: "2026-03-03",
    submitted: "Nadesłane przez Nora Fielding, 3 marca 2026 - 14:22",
    by: "Autor: Nora Fielding",
  },
};
const LANGS = Object.keys(STORY);

const read = (html: string) => fromHtml(html, { url: "https://railnotes.example/2026/03/post.html" });
const head = (lang: string, title: string, og = "") =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>${og}</head>`;
const paragraphs = (lang: string) => STORY[lang]!.body.map((text) => `<p>${text}</p>`).join("");

/** A blog's post under the day it was posted, `over` the post's wrapper. */
function blogPost(lang: string, over: string, after = ""): string {
  const story = STORY[lang]!;
  return `${head(lang, "Rail Notes", `<meta property="og:title" content="${story.title}">`)}<body><div id="header"><h1><a href="/">Rail Notes</a></h1></div>
    <div id="main">${over}<div class="post"><h3 class="post-title"><a href="/p">${story.title}</a></h3>
    <div class="post-body">${paragraphs(lang)}${after}</div></div></div></body></html>`;
}

describe("a blog's day heading over its post dates the post", () => {
  it.each(LANGS)("%s", (lang) => {
    const story = STORY[lang]!;
    const article = read(blogPost(lang, `<h2 class="date-header"><span>${story.day}</span></h2>`));
    expect(article.headline).toBe(story.title);
    expect(article.datePublished?.slice(0, 10)).toBe(story.iso);
  });

  it.each(LANGS)("%s: a lower heading's day over the page's <h1> is an event's, and dates nothing", (lang) => {
    const story = STORY[lang]!;
    const html = `${head(lang, story.title)}<body><div class="event"><div class="when"><h3>${story.day}</h3></div>
      <h1>${story.title}</h1>${paragraphs(lang)}</div></body></html>`;
    expect(read(html).datePublished).toBeUndefined();
  });

  it.each(LANGS)("%s: a day in no heading over the post, or a day heading in the story, dates nothing", (lang) => {
    const story = STORY[lang]!;
    expect(read(blogPost(lang, `<div class="today">${story.day}</div>`)).datePublished).toBeUndefined();
    expect(read(blogPost(lang, "", `<h2>${story.day}</h2><p>${story.body[0]}</p>`)).datePublished).toBeUndefined();
  });
});

/** An old theme's node: its "Submitted by" line a `<span>` loose beside the story's `<div>`. */
function node(lang: string, loose: string): string {
  const story = STORY[lang]!;
  return `${head(lang, `${story.title} | Town Voices`)}<body><div id="header"><a href="/">Town Voices</a></div>
    <div id="main"><h1 class="title">${story.title}</h1><div class="node">${loose}<div class="content">${paragraphs(lang)}</div>
    <div class="links"><a href="/comment">Add new comment</a></div></div></div></body></html>`;
}

describe("a node's loose signature line gives its date", () => {
  it.each(LANGS)("%s", (lang) => {
    const story = STORY[lang]!;
    const article = read(node(lang, `<span class="submitted">${story.submitted}</span>`));
    expect(article.datePublished?.slice(0, 10)).toBe(story.iso);
    expect(article.authors?.map((author) => author.name)).toEqual(["Nora Fielding"]);
  });

  it("a story's loose sentence naming a day dates nothing", () => {
    const article = read(node("en", "The council met on Tue, 3 March 2026 to vote on the return of the sleeper."));
    expect(article.datePublished).toBeUndefined();
  });
});

describe("the site's name in the <h1> over the story's title in an <h2>", () => {
  const story = STORY.en!;
  const pageWith = (top: string, storyHead: string, og = `<meta property="og:title" content="${story.title}">`) =>
    `${head("en", "Bay Herald", og)}<body>${top}<div class="nav"><a href="/a">News</a> | <a href="/b">Sport</a></div>
    <div class="story">${storyHead}<div class="info">${story.by} - March 3, 2026</div>${paragraphs("en")}</div></body></html>`;

  it("set apart from the story, or as a link to the front page", () => {
    for (const top of [`<h1 class="logo">Bay Herald</h1>`, `<div id="page"><h1><a href="/">Bay Herald</a></h1></div>`]) {
      const article = read(pageWith(top, `<h2>${story.title}</h2>`));
      expect(article.headline).toBe(story.title);
      expect(article.datePublished?.slice(0, 10)).toBe("2026-03-03");
    }
  });

  it("with no share title, an <h1> linking to the front page or spelling the site's address gives way", () => {
    const article = read(pageWith(`<h1><a href="/">Bay Herald</a></h1>`, `<h2>${story.title}</h2>`, ""));
    expect(article.headline).toBe(story.title);
    const html = pageWith(`<h1 class="logo">Bay Herald</h1>`, `<h2>${story.title}</h2>`, "");
    expect(fromHtml(html, { url: "https://bayherald.example/2026/03/trains" }).headline).toBe(story.title);
  });

  it("a short title in an <h1> set apart, that the <title> alone says, stays the headline over a deck in an <h2>", () => {
    const deck = "Sleepers will link the capital and the coast again after five years without them";
    const html = `${head("en", "Night trains return")}<body><div class="nav"><a href="/a">News</a></div><h1>Night trains return</h1>
      <div class="story"><h2>${deck}</h2>${paragraphs("en")}</div></body></html>`;
    expect(read(html).headline).toBe("Night trains return");
  });

  it("a short title in the <h1> near its story stays the headline over a deck or the site's name in an <h2>", () => {
    const deck = "Sleepers will link the capital and the coast again after five years without them";
    for (const under of [`<h2>${deck}</h2>`, "<h2>Bay Herald</h2>"]) {
      const html = `${head("en", "Night trains return")}<body><article><h1>Night trains return</h1>${under}${paragraphs("en")}</article></body></html>`;
      expect(read(html).headline).toBe("Night trains return");
    }
  });
});

describe("a share tag's short title over a bold standfirst and the byline", () => {
  const story = STORY.en!;
  const stand = "Passengers and rail unions had campaigned for five years to bring the sleeper service back";
  const table = (meta: string) =>
    `${head("en", "Night trains return | Bay Herald", meta)}<body><table><tr><td><a href="/">Home</a></td><td>
    <b>${stand}</b><br><br>${story.by}<br>March 3, 2026<br><br>${story.body.join("<br><br>")}</td></tr></table></body></html>`;

  it("is the headline, however short", () => {
    const article = read(table(`<meta property="og:title" content="Night trains return">`));
    expect(article.headline).toBe("Night trains return");
  });

  it("is the site's name when it says the site's name, and the bold line is the headline", () => {
    const meta = `<meta property="og:title" content="Bay Herald"><meta property="og:site_name" content="Bay Herald">`;
    expect(read(table(meta)).headline).toBe(stand);
  });
});

describe("a title opening with a word and a colon", () => {
  it("keeps the word when the host's name says it, which only a logo's name would cut", () => {
    const title = "Review: a quiet triumph for the harbour opera";
    const html = `${head("en", title, `<meta property="og:title" content="${title}">`)}<body><main><article><h1>${title}</h1>${paragraphs("en")}</article></main></body></html>`;
    expect(fromHtml(html, { url: "https://review.example/a/1" }).headline).toBe(title);
  });
});

describe("a blog's <title> of its name and the post's title", () => {
  it.each(LANGS)("%s: the logo's name is cut, and the post's heading is the headline", (lang) => {
    const story = STORY[lang]!;
    const html = blogPost(lang, `<h2>${story.day}</h2>`).replace(
      /<title>.*<\/title><meta[^>]*>/,
      `<title>Rail Notes: ${story.title}</title>`,
    );
    const article = read(html);
    expect(article.headline).toBe(story.title);
    expect(article.datePublished?.slice(0, 10)).toBe(story.iso);
  });
});
