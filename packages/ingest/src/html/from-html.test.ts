import { describe, expect, it } from "vitest";
import { fromHtml, htmlToBlocks } from "../index.js";

const PROSE = "The council met on Tuesday evening to discuss the new bridge, and most members said the plan was sound.";

function page(body: string, head = ""): string {
  return `<!doctype html><html lang="en-GB"><head><title>Bridge plan approved | Riverside Gazette</title>${head}</head><body>${body}</body></html>`;
}

const story = `
  <nav><a href="/">Home</a> <a href="/news">News</a></nav>
  <article>
    <h1>Bridge plan approved</h1>
    <p class="byline">By Jane Roe</p>
    <p>${PROSE}</p>
    <h2>What happens next</h2>
    <p>Work starts in spring, the engineers said, <a href="/budget">after the budget vote</a> and <em>not</em> before.</p>
    <div class="share-bar"><a href="https://social.example.com/share">Share this story</a></div>
    <p>${PROSE}</p>
  </article>
  <footer><p>Copyright Riverside Gazette, all rights reserved, every day of the week.</p></footer>`;

describe("fromHtml", () => {
  it("reads the visible headline, the body in order and the page language", () => {
    const article = fromHtml(page(story), { url: "https://gazette.example.com/news/bridge" });
    expect(article.headline).toBe("Bridge plan approved");
    expect(article.inLanguage).toBe("en-GB");
    expect(article.body.map((block) => block.type)).toEqual(["paragraph", "heading", "paragraph", "paragraph"]);
    expect(article.body[1]).toEqual({ type: "heading", text: "What happens next", level: 2 });
  });

  it("keeps links absolute and emphasis as marks, and leaves out share bars, navigation and footers", () => {
    const article = fromHtml(page(story), { url: "https://gazette.example.com/news/bridge" });
    const second = article.body[2]!;
    const text = "Work starts in spring, the engineers said, after the budget vote and not before.";
    const link = text.indexOf("after the budget vote");
    const not = text.indexOf("not");
    expect(second).toEqual({
      type: "paragraph",
      text,
      marks: [
        { type: "link", start: link, end: link + "after the budget vote".length, href: "https://gazette.example.com/budget" },
        { type: "emphasis", start: not, end: not + 3 },
      ],
    });
    const body = JSON.stringify(article.body);
    expect(body).not.toContain("Share this story");
    expect(body).not.toContain("Copyright");
    expect(body).not.toContain("Home");
  });

  it("drops links it cannot make absolute http(s) links", () => {
    const article = fromHtml(
      page(
        `<article><h1>Bridge plan approved</h1><p>${PROSE} <a href="javascript:alert(1)">Click</a> <a href="data:text/html,x">here</a> <a href="/relative">there</a>.</p></article>`,
      ),
    );
    expect(article.body[0]).toEqual({ type: "paragraph", text: `${PROSE} Click here there.` });
  });

  it("takes metadata from JSON-LD before OpenGraph, and meta wins over both", () => {
    const head = `
      <meta property="og:title" content="Bridge plan approved">
      <meta property="article:published_time" content="2025-03-01T08:00:00+00:00">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"NewsArticle","@id":"#a","headline":"Bridge plan approved","datePublished":"2025-03-02T09:30:00+01:00",
         "author":[{"@id":"#jane"},{"@type":"Organization","name":"Gazette Staff Desk"}],"publisher":{"@id":"#org"}},
        {"@type":"Person","@id":"#jane","name":"By Jane Roe and John Doe"},
        {"@type":"NewsMediaOrganization","@id":"#org","name":"Riverside Gazette","url":"https://gazette.example.com/"}]}</script>`;
    const article = fromHtml(page(story, head), { url: "https://gazette.example.com/news/bridge", meta: { section: "Local" } });
    expect(article.datePublished).toBe("2025-03-02T09:30:00+01:00");
    expect(article.authors).toEqual([
      { type: "Person", name: "Jane Roe" },
      { type: "Person", name: "John Doe" },
      { type: "Organization", name: "Gazette Staff Desk" },
    ]);
    expect(article.publisher).toEqual({ type: "Organization", name: "Riverside Gazette", url: "https://gazette.example.com/" });
    expect(article.section).toBe("Local");
  });

  it("keeps a date without an offset as a plain date", () => {
    const head = `<meta property="article:published_time" content="2025-03-01T08:00:00">`;
    expect(fromHtml(page(story, head)).datePublished).toBe("2025-03-01");
  });

  it("leaves out a like-button widget under the story", () => {
    const widget = `<div class="post-likes-widget"><h3>Like this:</h3><span>Like</span> <span>Loading...</span></div>`;
    const article = fromHtml(page(`<article><h1>Bridge plan approved</h1><p>${PROSE}</p><p>${PROSE}</p>${widget}</article>`));
    expect(article.body).toEqual([
      { type: "paragraph", text: PROSE },
      { type: "paragraph", text: PROSE },
    ]);
  });

  describe("headline wording when the visible <h1> and the metadata titles differ", () => {
    const titled = (h1: string, titles: { jsonLd?: string; og?: string; title: string }) =>
      `<!doctype html><html lang="en"><head><title>${titles.title}</title>
        <meta property="og:site_name" content="Riverside Gazette">
        ${titles.og ? `<meta property="og:title" content="${titles.og}">` : ""}
        ${titles.jsonLd ? `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${titles.jsonLd}"}</script>` : ""}
        </head><body><article><h1>${h1}</h1><p>${PROSE}</p><p>${PROSE}</p></article></body></html>`;
    const url = "https://gazette.example.com/news/ferry";

    it("takes the wording all metadata titles agree on when the <h1> rewords the same story", () => {
      const wording = "Harbour ferry returns after a long winter";
      const article = fromHtml(
        titled("Harbour ferry returns after a long, quiet winter", {
          jsonLd: wording,
          og: wording,
          title: `${wording} | Riverside Gazette`,
        }),
        { url },
      );
      expect(article.headline).toBe(wording);
      expect(JSON.stringify(article.body)).not.toContain("quiet winter");
    });

    it("keeps the <h1> when the metadata titles disagree among themselves", () => {
      const shown = "Harbour ferry returns after a long, quiet winter";
      const shared = "Harbour ferry returns after a long winter";
      const article = fromHtml(titled(shown, { jsonLd: shared, og: shared, title: "Ferry is back after winter | Riverside Gazette" }), {
        url,
      });
      expect(article.headline).toBe(shown);
    });

    it("keeps the <h1> when the agreed wording is the <h1> with a label added", () => {
      const shown = "Harbour ferry returns after a long winter";
      const labelled = `${shown} (Local news)`;
      const article = fromHtml(titled(shown, { jsonLd: labelled, og: labelled, title: labelled }), { url });
      expect(article.headline).toBe(shown);
    });

    it("keeps the <h1> when the agreed wording is the <h1> cut short at a dash", () => {
      // The site-name rule cuts a short tail after a dash from every metadata title, so they agree on the first part only.
      const shown = "The Harbour Lights review – a gripping thriller";
      const article = fromHtml(titled(shown, { jsonLd: shown, og: shown, title: `${shown} | Film | Riverside Gazette` }), { url });
      expect(article.headline).toBe(shown);
    });
  });

  it("refuses a page without article text, naming the source", () => {
    expect(() => fromHtml(page("<nav><a href='/'>Home</a></nav>"), { source: "menu.html" })).toThrow(/menu\.html|headline|article text/);
  });
});

describe("a story given only in the page's structured data", () => {
  const paragraphs = [
    "The harbour board voted on Monday to rebuild the north pier, which storms closed two winters ago.",
    "Fishing crews had asked for the work since the closure, saying the south quay could not take every boat.",
    "The board will borrow most of the cost and repay it from mooring fees over twenty years, its chair said.",
    "Work is due to start in April, once the last of the season's ferries has left for the winter yard.",
    "Traders on the quay said they welcomed the decision but feared months of noise during the busy summer.",
    "The board said it would publish a timetable for the works, with quiet hours, before the end of the month.",
    "Councillors from the three coastal wards are expected to ask for a share of the fees for their roads.",
  ];
  const jsonLd = (articleBody: string) =>
    `<script type="application/ld+json">${JSON.stringify({ "@type": "NewsArticle", headline: "Harbour board votes to rebuild the north pier", articleBody })}</script>`;
  const shell = `<header><a href="/">Harbour Post</a></header><main><h1>Harbour board votes to rebuild the north pier</h1><div class="app-root"><p>Loading…</p></div></main><footer><p>© Harbour Post. All rights reserved.</p></footer>`;

  it("reads the articleBody's paragraphs when the page shows a script's empty shell", () => {
    const article = fromHtml(page(shell, jsonLd(paragraphs.join("\n\n"))));
    expect(article.body).toEqual(paragraphs.map((text) => ({ type: "paragraph", text })));
  });

  it("reads an articleBody of markup as blocks, and one of lines without blank lines as a paragraph per line", () => {
    const markup = `<p>${paragraphs.slice(0, 3).join("</p><p>")}</p><h2>What the traders say</h2><p>${paragraphs.slice(3).join("</p><p>")}</p>`;
    const fromMarkup = fromHtml(page(shell, jsonLd(markup)));
    expect(fromMarkup.body.map((block) => block.type)).toEqual([
      "paragraph",
      "paragraph",
      "paragraph",
      "heading",
      "paragraph",
      "paragraph",
      "paragraph",
      "paragraph",
    ]);
    const fromLines = fromHtml(page(shell, jsonLd(paragraphs.join("\n").replace("harbour board", "harbour board &amp; council"))));
    expect(fromLines.body).toHaveLength(paragraphs.length);
    expect(fromLines.body[0]).toMatchObject({ text: expect.stringContaining("harbour board & council") });
  });

  it("keeps the page's own story when it shows most of the articleBody, or when the articleBody is a summary", () => {
    const shown = `<article><h1>Harbour board votes to rebuild the north pier</h1><p>${paragraphs.slice(0, 4).join("</p><p>")}</p><h2>Traders</h2><p>${paragraphs.slice(4).join("</p><p>")}</p></article>`;
    const kept = fromHtml(page(shown, jsonLd(paragraphs.join("\n\n"))));
    expect(kept.body.some((block) => block.type === "heading")).toBe(true);
    const summary = fromHtml(page(shell, jsonLd(paragraphs[0]!)));
    expect(summary.body.map((block) => block.type === "paragraph" && block.text)).not.toContain(paragraphs[0]);
  });
});

describe("a heading that names a comment thread in another language", () => {
  const prose = [
    "Die Stadtbibliothek wird ab dem kommenden Monat bis acht Uhr abends geöffnet sein, wie die Stadt mitteilte.",
    "Die Leiterin hat die Rückmeldungen der Leser aus dem vergangenen Jahr gesammelt und nach Themen geordnet.",
    "Die meisten wünschten sich längere Abende und einen Lesesaal, der auch am Sonntag offen steht.",
  ];
  const article = (heading: string) =>
    fromHtml(
      `<!doctype html><html lang="de"><head><title>Bibliothek länger offen</title></head><body><article><h1>Bibliothek länger offen</h1>
      <p>${prose[0]}</p><p>${prose[1]}</p><h2>${heading}</h2><p>${prose[2]}</p></article></body></html>`,
      { url: "https://stadt.example.com/bibliothek" },
    ).body.map((block) => (block.type === "paragraph" || block.type === "heading" ? block.text : block.type));

  it("ends the story at the thread's header with its count, as the text reader does", () => {
    expect(article("Kommentare (3)")).toEqual(prose.slice(0, 2));
  });

  it("keeps a heading of the story that names a year after the word", () => {
    expect(article("Kommentare 2023")).toEqual([prose[0], prose[1], "Kommentare 2023", prose[2]]);
  });
});

describe("a label of what follows the story, alone in a wrapper named as furniture", () => {
  const story = [
    "The night ferry will stop at the island twice a week from May, the operator said on Friday.",
    "Islanders had asked for a later crossing since the evening boat was cut three winters ago.",
  ];
  const teasers = [
    "Harbour wall repairs begin next month: the council has found the money for the first stretch of the wall and the work will take most of the summer.",
    "Fishing fleet returns with a record catch after a calm autumn, and the market expects prices to fall before the end of the year.",
  ];
  const read = (wrapper: string, lang: string, after: string[] = teasers) =>
    fromHtml(
      `<!doctype html><html lang="${lang}"><head><title>Ferry</title></head><body><article><h1>Ferry</h1>
      ${story.map((line) => `<p>${line}</p>`).join("")}${wrapper}<ul>${after.map((item) => `<li>${item}</li>`).join("")}</ul></article></body></html>`,
    ).body.map((block) => (block.type === "paragraph" || block.type === "heading" ? block.text : block.type));

  it("ends the story there, as the bare label does, in several languages", () => {
    expect(read(`<div class="section-header"><h2>Most read</h2></div>`, "en")).toEqual(story);
    expect(read(`<div class="kopf header"><h3>Meistgelesen</h3></div>`, "de")).toEqual(story);
    expect(read(`<header class="cabecera"><h2>Lo más leído</h2></header>`, "es")).toEqual(story);
  });

  it("goes on past a wrapper whose heading is the story's own, or which holds more than the label", () => {
    expect(read(`<div class="section-header"><h2>What happens next</h2></div>`, "en")).toEqual([...story, "list"]);
    expect(read(`<div class="section-header"><h2>Most read</h2><p>Updated hourly</p></div>`, "en")).toEqual([...story, "list"]);
  });

  it("leaves out a label above the story's first paragraph, a hidden one, and a prompt to read on", () => {
    const tail = ["The operator will publish the winter timetable in the autumn, once the crews have been hired."];
    const around = (wrapper: string, lang: string, before = story) =>
      fromHtml(
        `<!doctype html><html lang="${lang}"><head><title>Ferry</title></head><body><article><h1>Ferry</h1>
        ${before.map((line) => `<p>${line}</p>`).join("")}${wrapper}<p><a href="/wall">${teasers[0]}</a></p>${tail.map((line) => `<p>${line}</p>`).join("")}</article></body></html>`,
      ).body.map((block) => (block.type === "paragraph" || block.type === "heading" ? block.text : block.type));
    expect(around(`<div class="section-header"><h2>Most read</h2></div>`, "en", [])).toEqual(tail);
    expect(around(`<div class="section-header"><h2 class="sr-only">Most read</h2></div>`, "en")).toEqual([...story, ...tail]);
    expect(around(`<div class="kopf header"><h4>Lesen Sie auch</h4></div>`, "de")).toEqual([...story, ...tail]);
    expect(around(`<header class="cabecera"><h4>Read more</h4></header>`, "en")).toEqual([...story, ...tail]);
  });
});

describe("htmlToBlocks", () => {
  it("maps a fragment: lists, quotes, figures, tables and code", () => {
    const blocks = htmlToBlocks(
      `<p>Intro <strong>bold</strong></p><ul><li>One</li><li>Two<ul><li>Two a</li></ul></li></ul>
       <blockquote><p>We will build it.</p><cite>The mayor</cite></blockquote>
       <figure><img data-src="/img/bridge.jpg" src="data:image/gif;base64,R0lGOD" alt="The old bridge"><figcaption>The old bridge at dusk <span class="credit">Ann Lee</span></figcaption></figure>
       <table><caption>Votes</caption><tr><th>For</th><th>Against</th></tr><tr><td>12</td><td>3</td></tr></table>
       <pre><code class="language-js">let a = 1;\n  a++;</code></pre>`,
      { baseUrl: "https://gazette.example.com/news/" },
    );
    expect(blocks).toEqual([
      { type: "paragraph", text: "Intro bold", marks: [{ type: "strong", start: 6, end: 10 }] },
      { type: "list", ordered: false, items: [{ text: "One" }, { text: "Two" }, { text: "Two a" }] },
      { type: "quote", text: "We will build it.", attribution: "The mayor" },
      {
        type: "figure",
        caption: "The old bridge at dusk",
        credit: "Ann Lee",
        image: { url: "https://gazette.example.com/img/bridge.jpg", alt: "The old bridge" },
      },
      { type: "table", caption: "Votes", head: [[{ text: "For" }, { text: "Against" }]], rows: [[{ text: "12" }, { text: "3" }]] },
      { type: "code", text: "let a = 1;\n  a++;", language: "js" },
    ]);
  });

  it("reads a quote box holding a heading and a list as blocks, not as one quotation", () => {
    const blocks = htmlToBlocks("<blockquote><h3>What to do</h3><ul><li>Check the gauge</li><li>Move the car</li></ul></blockquote>");
    expect(blocks).toEqual([
      { type: "heading", text: "What to do", level: 3 },
      { type: "list", ordered: false, items: [{ text: "Check the gauge" }, { text: "Move the car" }] },
    ]);
  });

  it("reads a figure whose only text is its caption as a figure without a picture, its credit set apart", () => {
    const blocks = htmlToBlocks(
      `<figure><div class="placeholder"></div><figcaption>Boats wait out the storm <small>Photo: Lena Ruiz</small></figcaption></figure>
       <figure><p>Roses are red, the harbour is grey.</p><figcaption>A poem by a reader</figcaption></figure>`,
    );
    expect(blocks).toEqual([
      { type: "figure", caption: "Boats wait out the storm", credit: "Lena Ruiz" },
      { type: "paragraph", text: "Roses are red, the harbour is grey." },
      { type: "paragraph", text: "A poem by a reader" },
    ]);
  });

  it("reads an aside of a heading and a list of story links as a related block, and any other aside as its parts", () => {
    const blocks = htmlToBlocks(
      `<aside><h3>Elsewhere on the quay</h3><ol><li><a href="/ferries">Ferries return</a></li><li><a href="https://gazette.example.com/fish">Fish market moves</a></li></ol></aside>
       <aside><h3>Read more</h3><ul><li>The lighthouse at night</li></ul></aside>
       <aside><h3>Key points</h3><ul><li>The pier shuts in May</li><li>Works cost <a href="https://gazette.example.com/budget">£2m</a></li></ul></aside>`,
      { baseUrl: "https://gazette.example.com/news/" },
    );
    expect(blocks).toEqual([
      {
        type: "related",
        title: "Elsewhere on the quay",
        items: [
          { title: "Ferries return", url: "https://gazette.example.com/ferries" },
          { title: "Fish market moves", url: "https://gazette.example.com/fish" },
        ],
      },
      { type: "related", title: "Read more", items: [{ title: "The lighthouse at night" }] },
      { type: "heading", text: "Key points", level: 3 },
      {
        type: "list",
        ordered: false,
        items: [
          { text: "The pier shuts in May" },
          { text: "Works cost £2m", marks: [{ type: "link", start: 11, end: 14, href: "https://gazette.example.com/budget" }] },
        ],
      },
    ]);
  });
});

describe("text laid out with line breaks instead of paragraphs", () => {
  const texts = (html: string) => htmlToBlocks(html).map((block) => (block.type === "paragraph" ? block.text : block.type));

  it("ends a paragraph at a blank line (two breaks in a row), in any language", () => {
    expect(texts("<div>The pier reopens on Friday.<br><br>Anglers are welcome again.<br>\n <br>Boats must wait a week.</div>")).toEqual([
      "The pier reopens on Friday.",
      "Anglers are welcome again.",
      "Boats must wait a week.",
    ]);
    expect(texts("<p>Der Steg öffnet am Freitag wieder.<br><br>Angler sind wieder willkommen.</p>")).toEqual([
      "Der Steg öffnet am Freitag wieder.",
      "Angler sind wieder willkommen.",
    ]);
    expect(texts("<td>La jetée rouvre vendredi.<br/><br/><br/>Les pêcheurs sont à nouveau les bienvenus.</td>")).toEqual([
      "La jetée rouvre vendredi.",
      "Les pêcheurs sont à nouveau les bienvenus.",
    ]);
  });

  it("keeps lines split by single breaks (an address, a verse) and a blank line inside emphasis in one paragraph", () => {
    expect(texts("<p>Harbour Office<br>1 Quay Street<br>Kestrel Bay</p>")).toEqual(["Harbour Office 1 Quay Street Kestrel Bay"]);
    expect(texts("<p><em>The tide comes in,<br><br>the tide goes out.</em></p>")).toEqual(["The tide comes in, the tide goes out."]);
    expect(texts("<p><br><br>Leading breaks are no paragraph.</p>")).toEqual(["Leading breaks are no paragraph."]);
  });
});

describe("a site name in the <h1>, the story's title in an <h2>", () => {
  const lines = [
    "The lifeboat crew was called out twice on Sunday as fog rolled in over the bay.",
    "Both boats were towed back to the harbour and nobody was hurt, the station said.",
  ];
  const themed = (h1: string, h2: string, title: string, lang = "en") =>
    fromHtml(
      `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><div class="top"><h1 class="site-title">${h1}</h1></div>
      <div class="content"><h2 class="post-title">${h2}</h2><p>${lines[0]}</p><p>${lines[1]}</p></div></body></html>`,
      { url: "https://baywatch.example.net/2025/06/fog-callouts" },
    );

  it("takes a heading that is wholly a link to the front page for the site's logo, not the headline", () => {
    const article = themed(`<a href="/">The Bay Courier</a>`, "Two call-outs in the fog", "Two call-outs in the fog – The Bay Courier");
    expect(article.headline).toBe("Two call-outs in the fog");
    expect(JSON.stringify(article.body)).not.toContain("Bay Courier");
    const french = themed(
      `<a href="https://baywatch.example.net/">Le Courrier de la Baie</a>`,
      "Deux sorties dans le brouillard",
      "Deux sorties dans le brouillard",
      "fr",
    );
    expect(french.headline).toBe("Deux sorties dans le brouillard");
  });

  it("keeps an <h1> that links to the story itself, or says more than the link", () => {
    expect(
      themed(`<a href="/2025/06/fog-callouts">Two call-outs in the fog</a>`, "Lifeboat news", "Two call-outs in the fog").headline,
    ).toBe("Two call-outs in the fog");
    expect(themed(`<a href="/">Bay Courier</a>: two call-outs in the fog`, "Lifeboat news", "Fog").headline).toBe(
      "Bay Courier: two call-outs in the fog",
    );
    expect(themed(`<a href="/#top">Two call-outs in the fog</a>`, "Lifeboat news", "Fog").headline).toBe("Two call-outs in the fog");
  });

  it("keeps a front-page link that says what the metadata says, or that is all a page without metadata titles has", () => {
    const linkPost = themed(
      `<a href="https://tidecharts.example.org/">Tide charts 2.0 is out</a>`,
      "Release notes",
      "Tide charts 2.0 is out",
    );
    expect(linkPost.headline).toBe("Tide charts 2.0 is out");
    expect(JSON.stringify(linkPost.body)).not.toContain("Tide charts 2.0 is out");
    const onePageSite = fromHtml(
      `<!doctype html><html lang="en"><head><title></title></head><body><h1><a href="/">Keep the quay open</a></h1><p>${lines[0]}</p><p>${lines[1]}</p></body></html>`,
      { url: "https://keepthequay.example.org/" },
    );
    expect(onePageSite.headline).toBe("Keep the quay open");
    // Inside the story, such an <h1> is the headline, not a heading of the body.
    const inStory = fromHtml(
      `<!doctype html><html lang="en"><head><title>Tide charts 2.0 is out</title></head><body><article><h1><a href="https://tidecharts.example.org/">Tide charts 2.0 is out</a></h1><p>${lines[0]}</p><p>${lines[1]}</p></article></body></html>`,
      { url: "https://links.example.net/2025/06/tide-charts" },
    );
    expect(inStory.headline).toBe("Tide charts 2.0 is out");
    expect(inStory.body.map((block) => block.type)).toEqual(["paragraph", "paragraph"]);
  });
});

describe("a section's label in the <h1>, the story's title in an <h2> that the metadata repeats", () => {
  const lines = [
    "The lifeboat crew was called out twice on Sunday as fog rolled in over the bay.",
    "Both boats were towed back to the harbour and nobody was hurt, the station said.",
  ];
  const sectioned = (h1: string, h2: string, title: string, lang = "en") =>
    fromHtml(
      `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><div class="section"><h1>${h1}</h1>
      <div class="story"><h2>${h2}</h2><p>${lines[0]}</p><p>${lines[1]}</p></div></div></body></html>`,
      { url: "https://baywatch.example.net/2025/06/fog-callouts" },
    );

  it("takes the <h2> that says what the <title> says over an <h1> of a label's few words, in several languages", () => {
    for (const [h1, h2, lang] of [
      ["Coast Health Centre", "Two call-outs in the fog off the point", "en"],
      ["Gesundheit", "Zwei Einsätze im Nebel vor der Landzunge", "de"],
      ["Vie locale", "Deux sorties dans le brouillard au large", "fr"],
    ] as const) {
      const article = sectioned(h1, h2, h2, lang);
      expect(article.headline, lang).toBe(h2);
      // The title is the headline, not a heading of the body.
      expect(
        article.body.map((block) => block.type),
        lang,
      ).toEqual(["paragraph", "paragraph"]);
    }
  });

  it("keeps an <h1> of a headline's words that the page retitled for search, and a label no heading under it repeats", () => {
    // The <h2> is the story's first section, which the search title happens to say.
    expect(sectioned("Two call-outs in one foggy weekend", "What is a call-out?", "What is a call-out").headline).toBe(
      "Two call-outs in one foggy weekend",
    );
    // No <h2> says what the <title> says: the label stays the page's only visible title.
    expect(sectioned("Coast Health Centre", "Latest", "Two call-outs in the fog off the point").headline).toBe("Coast Health Centre");
  });

  it("keeps a short <h1> over a heading under the story's first prose, or one of no more words, that the <title> repeats", () => {
    const page = (h1: string, story: string, title: string) =>
      fromHtml(
        `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main><article><h1>${h1}</h1>${story}</article></main></body></html>`,
        { url: "https://baywatch.example.net/2025/06/fog-callouts" },
      );
    // A section under the story's prose: taking it would cut the prose over it from the body.
    const under = page(
      "Call-outs explained",
      `<p>${lines[0]}</p><h2>Who pays for a call-out?</h2><p>${lines[1]}</p>`,
      "Who pays for a call-out?",
    );
    expect(under.headline).toBe("Call-outs explained");
    expect(under.body.map((block) => (block.type === "paragraph" ? block.text : block.type))).toEqual([lines[0], "heading", lines[1]]);
    // A first section's heading of no more words than the label.
    const section = page("Fog call-outs live", `<h2>Live updates</h2><p>${lines[0]}</p><p>${lines[1]}</p>`, "Live updates");
    expect(section.headline).toBe("Fog call-outs live");
  });
});

describe("teaser cards whose link wraps the title's block (<a><h3>…</h3></a>)", () => {
  const storyWith = (lines: string[], box: string, lang: string) =>
    fromHtml(
      `<!doctype html><html lang="${lang}"><head><title>Fog</title></head><body><article><h1>Fog</h1>
      <p>${lines[0]}</p><p>${lines[1]}</p>${box}<p>${lines[2]}</p><p>${lines[3]}</p></article></body></html>`,
      { url: "https://baywatch.example.net/fog" },
    ).body;
  const card = (title: string, age: string) =>
    `<div class="card"><a href="/t/${title.length}"><h4>${title}</h4></a><span>${age}</span></div>`;
  const english = [
    "The lifeboat crew was called out twice on Sunday as fog rolled in over the bay.",
    "Both boats were towed back to the harbour and nobody was hurt, the station said.",
    "The coastguard asked sailors to check the forecast before leaving the marina.",
    "A second crew will be on standby at the station for the rest of the week.",
  ];

  it("leaves a grid of such cards set inside the story out of the body", () => {
    const cards = `<div class="story-cards">${card("Harbour wall repairs begin next month", "2 days ago")}${card("Fishing fleet returns with a record catch", "3 days ago")}${card("New ferry timetable starts in the spring", "1 week ago")}</div>`;
    expect(storyWith(english, cards, "en")).toEqual(english.map((text) => ({ type: "paragraph", text })));
    const spanish = [
      "La tripulación del bote salvavidas salió dos veces el domingo por la niebla en la bahía.",
      "Los dos barcos fueron remolcados al puerto y nadie resultó herido, según la estación.",
      "Guardacostas pidió a los navegantes que consultaran el pronóstico antes de zarpar.",
      "Una segunda tripulación estará de guardia en la estación durante toda la semana.",
    ];
    const tarjetas = `<div class="tarjetas">${card("Comienzan las obras del muro del puerto", "hace 2 días")}${card("La flota pesquera vuelve con una captura récord", "hace 3 días")}${card("El nuevo horario del ferri empieza en primavera", "hace 1 semana")}</div>`;
    expect(storyWith(spanish, tarjetas, "es")).toEqual(spanish.map((text) => ({ type: "paragraph", text })));
  });

  it("keeps an FAQ whose questions sit inside anchors (a place to link to, not a link away)", () => {
    const questions = [
      "Which roads close first this winter",
      "When do the buses change their route",
      "Who pays for the new sea wall",
      "Where can visitors park during the works",
    ];
    const answers = [
      "The coast road closes first, from the harbour to the old mill.",
      "The buses take the hill road from the first Monday of December.",
      "The county pays two thirds and the harbour board the rest.",
      "The school car park opens to visitors at weekends until spring.",
    ];
    const story = english.map((line) => `<p>${line} ${line}</p>`).join("");
    for (const anchor of [(n: number) => `<a name="q${n}">`, (n: number) => `<a href="#q${n}" id="q${n}">`]) {
      const faq = `<div class="faq">${questions.map((question, n) => `<div class="q">${anchor(n)}<h3>${question}</h3></a><p>${answers[n]}</p></div>`).join("")}</div>`;
      const body = fromHtml(
        `<!doctype html><html lang="en"><head><title>Fog</title></head><body><article><h1>Fog</h1>${story}${faq}</article></body></html>`,
      ).body;
      expect(body.filter((block) => block.type === "heading").map((block) => block.text)).toEqual(questions);
    }
  });

  it("keeps a captioned picture that links to its full size", () => {
    const linked = `<div class="photo"><a href="/img/fog-large.jpg"><figure><img src="/img/fog.jpg" alt=""><figcaption>The bay at dawn</figcaption></figure></a></div>`;
    expect(storyWith(english, linked, "en")[2]).toEqual({
      type: "figure",
      caption: "The bay at dawn",
      image: { url: "https://baywatch.example.net/img/fog.jpg" },
    });
  });
});

describe("the visible byline", () => {
  const lines = [
    "The lifeboat crew was called out twice on Sunday as fog rolled in over the bay.",
    "Both boats were towed back to the harbour and nobody was hurt, the station said.",
  ];
  const authorsOf = (header: string, lang = "en") =>
    fromHtml(
      `<!doctype html><html lang="${lang}"><head><title>Fog</title></head><body><article><h1>Fog</h1>${header}<p>${lines[0]}</p><p>${lines[1]}</p></article></body></html>`,
      { url: "https://baywatch.example.net/fog" },
    ).authors?.map((author) => author.name);

  it("ends a name at a middle dot before the date", () => {
    expect(authorsOf(`<div class="byline">By <a href="/staff/ines">Ines Varga</a> · 12 June 2025</div>`)).toEqual(["Ines Varga"]);
    expect(authorsOf(`<p class="signature">Par Claire Dubois • 3 juin 2025</p>`, "fr")).toEqual(["Claire Dubois"]);
  });

  it("reads the byline's own line inside a wrapper that also holds the dates", () => {
    expect(authorsOf(`<div class="meta"><p>By Ines Varga and Tom Achebe</p><p>Published: 12 June 2025, 09:00</p></div>`)).toEqual([
      "Ines Varga",
      "Tom Achebe",
    ]);
    expect(
      authorsOf(`<div class="kopf"><span>Von Lena Hofmann und Jan Berg</span> <span>Aktualisiert am 3. Juni 2025</span></div>`, "de"),
    ).toEqual(["Lena Hofmann", "Jan Berg"]);
  });

  it("keeps every name of a byline whose names sit in elements of their own", () => {
    expect(authorsOf(`<div class="byline">By <span>Ines Varga</span> and <span>Tom Achebe</span></div>`)).toEqual([
      "Ines Varga",
      "Tom Achebe",
    ]);
    // Split into spans that each look like a byline: the first names fewer than the whole.
    expect(authorsOf(`<p class="byline"><span>By Ines Varga</span> <span>and Tom Achebe</span></p>`)).toEqual(["Ines Varga", "Tom Achebe"]);
    expect(authorsOf(`<div class="byline"><span>By Ines Varga,</span> <span>Tom Achebe and Rui Lobo</span></div>`)).toEqual([
      "Ines Varga",
      "Tom Achebe",
      "Rui Lobo",
    ]);
  });

  it("reads the byline's own span, not what follows it in the wrapper, unless the names go on", () => {
    expect(authorsOf(`<div class="byline"><span>By Ines Varga</span><span>Valley Courier</span></div>`)).toEqual(["Ines Varga"]);
    expect(authorsOf(`<div class="byline"><span>By Ines Varga</span> <span>Senior Reporter, Valley Courier</span></div>`)).toEqual([
      "Ines Varga",
    ]);
    expect(authorsOf(`<div class="autor"><span>Von Anna Weber</span> <span>Redakteurin, Talbote</span></div>`, "de")).toEqual([
      "Anna Weber",
    ]);
  });

  it("leaves a byline without a name out of the body and the authors, and keeps a sentence opening with its label", () => {
    const page = (first: string, lang: string) =>
      fromHtml(
        `<!doctype html><html lang="${lang}"><head><title>Fog</title></head><body><article><h1>Fog</h1><p>${first}</p><p>${lines[0]}</p><p>${lines[1]}</p></article></body></html>`,
      );
    for (const [line, lang] of [
      ["By our correspondent in Lyon", "en"],
      ["Por la redacción", "es"],
      ["Von unserem Korrespondenten in Bern", "de"],
    ]) {
      const article = page(line!, lang!);
      expect(
        article.body.map((block) => block.type === "paragraph" && block.text),
        line,
      ).toEqual(lines);
      expect(article.authors, line).toBeUndefined();
    }
    expect(page("Par la suite, le conseil a voté.", "fr").body[0]).toEqual({ type: "paragraph", text: "Par la suite, le conseil a voté." });
  });

  it("keeps a Catalan name's middle dot, which is set inside a word, not apart", () => {
    expect(authorsOf(`<p class="byline">By Isabel·la Pons · 12 June 2025</p>`)).toEqual(["Isabel·la Pons"]);
    expect(authorsOf(`<div class="byline">Marcel·lí Ferrer i Pons</div>`)).toEqual(["Marcel·lí Ferrer i Pons"]);
  });
});

describe("AMP pages", () => {
  const lines = [
    "The lifeboat crew was called out twice on Sunday as fog rolled in over the bay.",
    "Both boats were towed back to the harbour and nobody was hurt, the station said.",
  ];
  const amp = (slot: string) =>
    fromHtml(
      `<!doctype html><html amp lang="en"><head><title>Fog</title></head><body><article><h1>Fog</h1><p>${lines[0]}</p>${slot}<p>${lines[1]}</p></article></body></html>`,
      { url: "https://baywatch.example.net/fog" },
    ).body.map((block) => (block.type === "paragraph" ? block.text : block.type));

  it("leaves out an ad slot and its fallback label", () => {
    expect(amp(`<amp-ad width="300" height="250" type="adnet"><div fallback>Advertisement</div></amp-ad>`)).toEqual(lines);
    expect(amp(`<amp-sticky-ad layout="nodisplay"><amp-ad type="adnet"><div placeholder>Anzeige</div></amp-ad></amp-sticky-ad>`)).toEqual(
      lines,
    );
  });

  it("keeps other AMP elements' text", () => {
    expect(amp(`<amp-fit-text height="40">The station thanked the crews.</amp-fit-text>`)).toEqual([
      lines[0],
      "The station thanked the crews.",
      lines[1],
    ]);
  });
});

describe("header lines in the story's element", () => {
  const header = (lines: string, lang = "en", prose = PROSE) =>
    fromHtml(
      `<!doctype html><html lang="${lang}"><head><title>Library</title></head><body><article><h1>Sunday library hours kept</h1>${lines}<p>${prose}</p><p>${prose}</p><p>${prose}</p></article></body></html>`,
    );
  const firstText = (lines: string, lang = "en", prose = PROSE) => {
    const first = header(lines, lang, prose).body[0]!;
    return first.type === "paragraph" ? first.text : first.type;
  };

  it("leaves a date line, a meta line, a reading time and a name over the date out of the body", () => {
    expect(firstText("<p>March 3, 2025</p>")).toBe(PROSE);
    expect(firstText("<time>March 3, 2025</time>")).toBe(PROSE);
    expect(firstText("<p>By Ada Lee</p><p>March 3, 2025</p>")).toBe(PROSE);
    expect(firstText("<p>Ada Lee</p><p>March 3, 2025</p>")).toBe(PROSE);
    expect(firstText("<div><div>Ada Lee</div><div>Mar 3, 2025 · 5 min read</div></div>")).toBe(PROSE);
    expect(firstText("<p>Reading time: 4 minutes</p>")).toBe(PROSE);
    expect(firstText("<p>Anna Weber</p><p>3. März 2025</p><p>5 Minuten Lesezeit</p>", "de")).toBe(PROSE);
    expect(firstText("<p>Lucía Ortega</p><p>3 de marzo de 2025</p>", "es")).toBe(PROSE);
    expect(firstText("<p>Publié le 3 mars 2025</p>", "fr")).toBe(PROSE);
    // A paper's or a link's name over the date names no author but is the header's all the same.
    expect(firstText("<p>Le Figaro</p><p>3 mars 2025</p>", "fr")).toBe(PROSE);
    expect(firstText("<p>Show All</p><p>March 3, 2025</p>")).toBe(PROSE);
  });

  it("leaves where the writers reported from, under the byline or opening the story, out of the body", () => {
    expect(firstText("<p>By Ada Lee</p><p>Reporting from Kyiv and Warsaw</p>")).toBe(PROSE);
    // On a page that names no author, capitals alone do not tell places from a title-case line.
    expect(firstText("<p>Reporting From The Front Line</p>")).toBe("Reporting From The Front Line");
    expect(firstText("<p>Por Lucía Ortega</p><p>Reportando desde Ciudad de México</p>", "es")).toBe(PROSE);
    expect(firstText("<p>Par Claire Morel</p><p>En reportage à Marseille</p>", "fr")).toBe(PROSE);
    // A sentence that opens so is the story's, and so is such a line under the first paragraph.
    const sentence = "Reporting from the front line is dangerous work, the agency said on Tuesday.";
    expect(firstText("", "en", sentence)).toBe(sentence);
    expect(firstText("<p>Reporting from the front line</p>")).toBe("Reporting from the front line");
    const later = header(`<p>${PROSE}</p><p>Reporting from Kyiv</p>`).body.map((block) => block.type === "paragraph" && block.text);
    expect(later.slice(0, 2)).toEqual([PROSE, "Reporting from Kyiv"]);
  });

  it("keeps an office's name alone opening the story, as a letter's salutation or a heading", () => {
    expect(firstText("<p>By Ada Lee</p><p>Madam President</p>")).toBe("Madam President");
    expect(firstText("<p>Von Anna Weber</p><p>Neuer Präsident</p>", "de")).toBe("Neuer Präsident");
  });

  it("keeps a picture among the header lines, a dateline opening the story and a date line after the first paragraph", () => {
    const pictured = header(`<p>March 3, 2025</p><figure><img src="https://example.com/hall.jpg" alt="The hall"></figure>`).body;
    expect(pictured.map((block) => block.type)).toEqual(["figure", "paragraph", "paragraph", "paragraph"]);
    const under = header(`<figure><img src="https://example.com/hall.jpg" alt="The hall"></figure><p>Ada Lee</p><p>3 March 2025</p>`).body;
    expect(under.map((block) => block.type)).toEqual(["figure", "paragraph", "paragraph", "paragraph"]);
    const dateline = "LONDON, March 3 (Reuters) - The council voted on Tuesday to keep the library open on Sundays.";
    expect(firstText("", "en", dateline)).toBe(dateline);
    const later = header(`<p>${PROSE}</p><p>March 3, 2025</p>`).body.map((block) => block.type === "paragraph" && block.text);
    expect(later.slice(0, 2)).toEqual([PROSE, "March 3, 2025"]);
  });

  it("leaves the line of the page's author, alone or with a job title, out of the body", () => {
    expect(firstText("<p>Ada Lee<br>Senior Reporter</p><p>March 3, 2025</p>")).toBe(PROSE);
    expect(firstText("<p>Ada Lee, Senior Reporter</p>")).toBe(PROSE);
    expect(firstText("<p>Anna Weber<br>Redakteurin</p>", "de")).toBe(PROSE);
    expect(firstText(`<div class="author"><a href="/a">Lucía Ortega</a><br><span>corresponsal</span></div>`, "es")).toBe(PROSE);
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Ada Lee"}}</script>`;
    const signed = (lines: string) =>
      fromHtml(
        `<!doctype html><html lang="en"><head><title>Library</title>${ld}</head><body><article><h1>Sunday library hours kept</h1>${lines}<p>${PROSE}</p></article></body></html>`,
      ).body.map((block) => block.type === "paragraph" && block.text);
    expect(signed("<p>Ada Lee</p>")).toEqual([PROSE]);
    // A name over the date line is the header's even where the metadata names someone else.
    expect(signed("<p>Sam Ray</p><p>March 3, 2025</p>")).toEqual([PROSE]);
    const ownSentence = "Ada Lee has covered the council for ten years, and she was in the hall on Tuesday.";
    expect(signed(`<p>${ownSentence}</p>`)).toEqual([ownSentence, PROSE]);
    expect(signed("<p>Ada Leeson</p>")).toEqual(["Ada Leeson", PROSE]);
    expect(signed("<p>Sam Ray, Senior Reporter</p>")).toEqual(["Sam Ray, Senior Reporter", PROSE]);
    // The author's job title alone, under a byline left out of the body, is the header's too; not so on a page of no author.
    expect(signed(`<p class="byline">By Ada Lee</p><p>Staff Writer</p>`)).toEqual([PROSE]);
    expect(signed(`<p class="byline">Von Ada Lee</p><p>Redakteurin</p>`)).toEqual([PROSE]);
    // A column's name that ends in a role's word is no job title, nor is a list of jobs one.
    expect(signed("<p>Letter to the Editor</p>")).toEqual(["Letter to the Editor", PROSE]);
    expect(signed("<p>Lettera al direttore</p>")).toEqual(["Lettera al direttore", PROSE]);
    expect(signed("<p>Product Designer</p><p>Data Analyst</p>")).toEqual(["Product Designer", "Data Analyst", PROSE]);
    expect(
      fromHtml(
        `<html lang="en"><head><title>Library</title></head><body><article><h1>Library</h1><p>Staff Writer</p><p>${PROSE}</p></article></body></html>`,
      ).body.map((block) => block.type === "paragraph" && block.text),
    ).toEqual(["Staff Writer", PROSE]);
  });

  it("keeps a short first paragraph that dates the page but ends as a sentence", () => {
    for (const [lede, lang] of [
      ["On March 3, 2025, it ended.", "en"],
      ["Le 3 mars 2025, le conseil a voté.", "fr"],
      ["El 3 de marzo de 2025, todo cambió.", "es"],
      ["Il 3 marzo 2025 è finita.", "it"],
    ])
      expect(firstText(`<p>${lede}</p>`, lang), lede).toBe(lede);
  });

  it("keeps the date lines of a timeline, an archive's list or a live blog, which stamp the story's entries", () => {
    const texts = (lines: string) => header(lines).body.map((block) => block.type === "paragraph" && block.text);
    const timeline = ["March 3, 2025: Council votes", "March 4, 2025: Mayor signs"];
    expect(texts(timeline.map((line) => `<p>${line}</p>`).join("")).slice(0, 2)).toEqual(timeline);
    const live = texts(`<p>March 3, 2025 10:30</p><p>The vote is in</p><p>March 3, 2025 10:00</p>`);
    expect(live.slice(0, 3)).toEqual(["March 3, 2025 10:30", "The vote is in", "March 3, 2025 10:00"]);
  });

  it("keeps a short first line that dates nothing, and a name over a line that is no date", () => {
    expect(firstText("<p>Ada Lee</p>")).toBe("Ada Lee");
    expect(firstText("<p>Ada Lee</p><p>Three questions for the mayor</p>")).toBe("Ada Lee");
    expect(firstText("<p>On March 3, 2025 the council met again, and it voted.</p>")).toBe(
      "On March 3, 2025 the council met again, and it voted.",
    );
  });
});

describe("a story whose element holds its opening paragraphs and, beside them, the larger rest of it", () => {
  const read = (inner: string, lang: string) =>
    fromHtml(
      `<!doctype html><html lang="${lang}"><head><title>Ferry</title></head><body><div class="page"><h1>Ferry</h1>${inner}</div></body></html>`,
    ).body.map((block) => (block.type === "paragraph" ? block.text : block.type));
  const numbered = (sentence: string, count: number) => Array.from({ length: count }, (_, n) => `${sentence} (${n + 1})`);
  const paragraphs = (lines: string[]) => lines.map((line) => `<p>${line}</p>`).join("");
  const opening = [
    "The island's ferry will run twice a day from next week, the harbour office said on Monday.",
    "Islanders had asked for a second crossing since the old boat was sold to a company abroad.",
  ];
  const rest = numbered("The new boat carries forty cars and three hundred people, and it is quicker than the old one", 12);

  it("keeps the opening paragraphs of a story whose second half the page folds into an element of its own", () => {
    expect(read(`${paragraphs(opening)}<div class="folded">${paragraphs(rest)}</div>`, "en")).toEqual([...opening, ...rest]);
    const eröffnung = [
      "Die Fähre zur Insel fährt ab nächster Woche zweimal am Tag, teilte das Hafenamt am Montag mit.",
      "Die Inselbewohner hatten seit dem Verkauf des alten Schiffs um eine zweite Überfahrt gebeten.",
    ];
    const rest_ = numbered("Das neue Schiff fasst vierzig Autos und dreihundert Menschen und ist schneller als das alte", 12);
    expect(read(`${paragraphs(eröffnung)}<div class="mehr">${paragraphs(rest_)}</div>`, "de")).toEqual([...eröffnung, ...rest_]);
  });

  it("keeps the paragraphs around a gallery of long captions set inside the story", () => {
    const captions = numbered("A crowd waits on the quay in the rain for the first crossing of the new ferry to the island", 12);
    const gallery = `<div class="pictures"><ul>${captions.map((caption) => `<li><img src="/p.jpg" alt=""><p>${caption}</p></li>`).join("")}</ul></div>`;
    const closing = "Tickets go on sale at the harbour office and on the company's website from Friday morning.";
    const body = read(`${paragraphs(opening)}${gallery}<p>${closing}</p>`, "en");
    expect(body.slice(0, 2)).toEqual(opening);
    expect(body.at(-1)).toBe(closing);
  });

  it("still goes down into the story past a short standfirst before it and notes after it", () => {
    const standfirst = "A second daily crossing from next week.";
    const disclaimer =
      "This page is provided for information only; timetables may change without notice and the harbour office accepts no liability for them.";
    const body = read(`<p>${standfirst}</p><div class="story">${paragraphs(rest)}</div><p>${disclaimer}</p>`, "en");
    expect(body).toEqual(rest);
  });

  const note = `<div class="info"><p>Photo: harbour office archive, used with permission.</p></div>`;

  it("goes down past a single long paragraph before the story: a teaser or a promo line, not an opening", () => {
    const teaser = "Read all our coverage of the island's new timetable, with live updates from the harbour all week long.";
    // Over a tenth of the prose, as a standfirst is over a short story's.
    const story = rest.slice(0, 8);
    expect(read(`<p>${teaser}</p><div class="story">${paragraphs(story)}</div>${note}`, "en")).toEqual(story);
    const werbung = "Abonnieren Sie unseren Newsletter und erhalten Sie jeden Morgen die wichtigsten Nachrichten von der Insel.";
    const rest_ = numbered("Das neue Schiff fasst vierzig Autos und dreihundert Menschen und ist schneller als das alte", 8);
    expect(read(`<p>${werbung}</p><div class="text">${paragraphs(rest_)}</div>${note}`, "de")).toEqual(rest_);
  });

  it("goes down past paragraphs above the headline and past paragraphs named as furniture", () => {
    const above = [
      "We use cookies to improve your visit to our site; by going on you agree to our use of cookies.",
      "The Island Courier: independent news for the islands and the harbour towns since the year 1892.",
    ];
    const page = (inner: string) =>
      fromHtml(`<!doctype html><html lang="en"><head><title>Ferry</title></head><body>${inner}</body></html>`).body.map((block) =>
        block.type === "paragraph" ? block.text : block.type,
      );
    expect(page(`${paragraphs(above)}<div class="main"><h1>Ferry</h1>${paragraphs(rest)}</div>${note}`)).toEqual(rest);
    const promos = above.map((line) => `<p class="promo">${line}</p>`).join("");
    expect(read(`${promos}<div class="story">${paragraphs(rest)}</div>${note}`, "en")).toEqual(rest);
  });
});

describe("a heading's links to places in its own page", () => {
  const headed = (headline: string, heading: string) =>
    page(`<article><h1>${headline}</h1><p>${PROSE}</p><p>${PROSE}</p><h2>${heading}</h2><p>${PROSE}</p></article>`);
  const headings = (html: string) =>
    fromHtml(html)
      .body.filter((block) => block.type === "heading")
      .map((block) => (block.type === "heading" ? block.text : ""));

  it("leaves a permalink's mark out of the headline and the sub-headings, before or after the words", () => {
    for (const mark of ["¶", "#", "§", "🔗", "⚓"]) {
      const html = headed(
        `Bridge plan approved<a class="permalink" href="#top" title="Link to this heading">${mark}</a>`,
        `<a href="#next">${mark}</a> What happens next`,
      );
      expect(fromHtml(html).headline, mark).toBe("Bridge plan approved");
      expect(headings(html), mark).toEqual(["What happens next"]);
    }
  });

  it("keeps a heading's words in a link to a place in the page, whatever the link's class names", () => {
    const html = headed("Bridge plan approved", `<a class="toc" href="#contents">What happens next</a><a href="#next">¶</a>`);
    expect(headings(html)).toEqual(["What happens next"]);
    // A link away from the page named as furniture is still left out of its heading.
    expect(
      headings(headed("Bridge plan approved", `What happens next <a class="share" href="https://social.example.com/s">Share</a>`)),
    ).toEqual(["What happens next"]);
  });

  it("keeps a heading's link whose id is made of its words, and leaves out one whose class names comments", () => {
    expect(headings(headed("Bridge plan approved", `<a id="share-prices-fall" href="#share-prices-fall">Share prices fall</a>`))).toEqual([
      "Share prices fall",
    ]);
    // Read as a heading, "Comments" would end the story before its last paragraph.
    const commented = `<article><h1>Bridge plan approved</h1><p>${PROSE}</p><h3><a class="comments" href="#comments">Comments</a></h3><p>Work starts in spring.</p></article>`;
    expect(fromHtml(page(commented)).body).toEqual([
      { type: "paragraph", text: PROSE },
      { type: "paragraph", text: "Work starts in spring." },
    ]);
    // Outside a heading, a link to a place in the page named as furniture stays furniture.
    const contents = fromHtml(
      page(`<article><h1>Bridge plan approved</h1><p>${PROSE} <a class="toc" href="#contents">See the contents.</a></p></article>`),
    );
    expect(contents.body).toEqual([{ type: "paragraph", text: PROSE }]);
  });

  it("keeps a mark that links away from the page, a note's words and a picture in a link to the page", () => {
    expect(headings(headed("Bridge plan approved", `Notes on <a href="https://tags.example.com/c">#</a>C`))).toEqual(["Notes on #C"]);
    const blocks = htmlToBlocks(
      `<p>The vote was close<a href="#n1">1</a> and the mayor <a href="#bio">Ada Lee</a> spoke.<a href="#text">↑</a></p><p><a href="#map"><img src="/map.png" alt="Map"></a></p>`,
      { baseUrl: "https://gazette.example.com/" },
    );
    expect(blocks[0]).toMatchObject({ type: "paragraph", text: "The vote was close and the mayor Ada Lee spoke." });
    // Symbols that carry meaning stay, though they link to a place in the page.
    expect(htmlToBlocks(`<p>Rated <a href="#reviews">★★★★☆</a> at <a href="#prices">€</a>12.</p>`)).toEqual([
      { type: "paragraph", text: "Rated ★★★★☆ at €12." },
    ]);
    // A note's mark in brackets, as its number may be, a way back with a renderer's text selector, the East Asian
    // reference mark, and an icon font's glyph go.
    expect(
      htmlToBlocks(
        `<p>The pier reopened.<a href="#n1">[* *]</a> The fee stays.<a href="#n2">(†)</a> Der Preis bleibt.<a href="#n3">*)</a> <a href="#text">↩\ufe0e</a></p><p>桟橋が再開した。<a href="#n4">※</a></p><h2>Opening times<a href="#times">\uf0c1</a></h2>`,
      ).map((block) => ("text" in block ? block.text : block.type)),
    ).toEqual(["The pier reopened. The fee stays. Der Preis bleibt.", "桟橋が再開した。", "Opening times"]);
    expect(blocks[1]).toMatchObject({ type: "figure", image: { url: "https://gazette.example.com/map.png" } });
  });
});
