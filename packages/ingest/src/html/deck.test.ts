import { describe, expect, it } from "vitest";
import { fromHtml } from "../index.js";

/** An invented story per language: headline, deck, byline, two paragraphs and a section heading with its paragraph. */
const STORIES = {
  en: {
    headline: "Harbour ferry returns after a winter of repairs",
    deck: "Two hundred passengers crossed on the first morning of the new timetable",
    byline: "By Ada Lee",
    prose: [
      "The harbour ferry returned to service on Monday morning after a winter of repairs, carrying two hundred passengers.",
      "Crews replaced the engines and rebuilt the passenger deck, work that took longer than planned this year.",
    ],
    section: "Fares stay the same",
    after: "The operator said fares would not change before the autumn, when a new contract is signed with the city.",
  },
  fr: {
    headline: "Le bac du port reprend du service après l'hiver",
    deck: "Deux cents passagers ont traversé dès le premier matin du nouvel horaire",
    byline: "Par Claire Martin",
    prose: [
      "Le bac du port a repris du service lundi matin après un hiver de travaux, avec deux cents passagers à bord.",
      "Les équipes ont remplacé les moteurs et refait le pont des passagers, un chantier plus long que prévu.",
    ],
    section: "Les tarifs ne changent pas",
    after: "L'exploitant a indiqué que les tarifs resteraient les mêmes jusqu'à l'automne, avant un nouveau contrat.",
  },
  de: {
    headline: "Hafenfähre fährt nach dem Winter wieder",
    deck: "Zweihundert Fahrgäste nutzten schon am ersten Morgen den neuen Fahrplan",
    byline: "Von Jonas Weber",
    prose: [
      "Die Hafenfähre ist am Montagmorgen nach einem Winter voller Reparaturen wieder in Betrieb gegangen, mit zweihundert Fahrgästen.",
      "Die Mannschaften haben die Motoren ersetzt und das Passagierdeck neu gebaut, was länger dauerte als geplant.",
    ],
    section: "Preise bleiben gleich",
    after: "Der Betreiber sagte, die Preise würden sich bis zum Herbst nicht ändern, wenn ein neuer Vertrag kommt.",
  },
  es: {
    headline: "El ferry del puerto vuelve tras el invierno",
    deck: "Doscientos pasajeros cruzaron la bahía en la primera mañana del nuevo horario",
    byline: "Por Lucía Romero",
    prose: [
      "El ferry del puerto volvió al servicio el lunes por la mañana tras un invierno de reparaciones, con doscientos pasajeros.",
      "Los equipos cambiaron los motores y rehicieron la cubierta de pasajeros, un trabajo más largo de lo previsto.",
    ],
    section: "Las tarifas no cambian",
    after: "La empresa dijo que las tarifas no cambiarán antes del otoño, cuando se firme un nuevo contrato con la ciudad.",
  },
  ar: {
    headline: "عبارة الميناء تعود بعد شتاء من الإصلاحات",
    deck: "مئتا راكب عبروا الخليج في الصباح الأول من الجدول الجديد",
    byline: "بقلم سلمى حداد",
    prose: [
      "عادت عبارة الميناء إلى الخدمة صباح الاثنين بعد شتاء طويل من الإصلاحات وعلى متنها مئتا راكب من سكان المدينة.",
      "استبدلت الطواقم المحركات وأعادت بناء سطح الركاب في عمل استغرق وقتا أطول مما كان مخططا له هذا العام.",
    ],
    section: "الأسعار لا تتغير",
    after: "قالت الشركة المشغلة إن الأسعار لن تتغير قبل الخريف حين يوقع عقد جديد مع البلدية لتشغيل الخط.",
  },
  zh: {
    headline: "港口渡轮在冬季维修后恢复运营",
    deck: "新时刻表实施的第一个早上就有两百名乘客乘船过海",
    byline: "记者 李明",
    prose: [
      "港口渡轮在经历了一个冬天的维修之后，于周一早上恢复运营，首班船载有两百名乘客，码头上人来人往，十分热闹。",
      "工人们更换了发动机并重建了乘客甲板，这项工程比原计划多用了好几个星期，运营方对此表示歉意并感谢市民耐心等待。",
    ],
    section: "票价保持不变",
    after: "运营方表示，在秋季与市政府签订新合同之前，票价不会调整，月票持有人也可以继续使用原有的票卡。",
  },
};
type Lang = keyof typeof STORIES;

/** A page with `top` printed between the headline and the byline, and `head` in its <head>. */
function page(lang: Lang, top: string, head = ""): string {
  const s = STORIES[lang];
  return `<!doctype html><html lang="${lang}"${lang === "ar" ? ' dir="rtl"' : ""}><head><title>${s.headline}</title>${head}</head><body><nav><a>Home</a><a>News</a></nav><main><h1>${s.headline}</h1>${top}<p class="author">${s.byline}</p>${s.prose.map((p) => `<p>${p}</p>`).join("")}<h2>${s.section}</h2><p>${s.after}</p></main></body></html>`;
}

const describe_ = (content: string) => `<meta name="description" content="${content}">`;
const headings = (html: string) => fromHtml(html).body.flatMap((block) => (block.type === "heading" ? [block.text] : []));
const texts = (html: string) => fromHtml(html).body.map((block) => ("text" in block ? block.text : block.type));

/** A page of `lang` with `inner` as its whole <main>, under a headline, and `head` in its <head>. */
function bare(lang: Lang, inner: string, head = ""): string {
  return `<!doctype html><html lang="${lang}"><head><title>${STORIES[lang].headline}</title>${head}</head><body><main><h1>${STORIES[lang].headline}</h1>${inner}</main></body></html>`;
}
const paragraphs = (lines: string[]) => lines.map((p) => `<p>${p}</p>`).join("");

describe("the deck under the headline", () => {
  for (const lang of Object.keys(STORIES) as Lang[]) {
    const { deck, section, prose } = STORIES[lang];
    it(`reads a heading named as a deck as the description, not the body's first heading (${lang})`, () => {
      const html = page(lang, `<h2 class="article-dek">${deck}</h2>`);
      expect(fromHtml(html).description).toBe(deck);
      expect(headings(html)).toEqual([section]);
      expect(texts(html)[0]).toBe(prose[0]);
    });
    it(`reads a paragraph named as a standfirst as the description (${lang})`, () => {
      const html = page(lang, `<p class="standfirst">${deck}</p>`);
      expect(fromHtml(html).description).toBe(deck);
      expect(texts(html)).not.toContain(deck);
    });
    it(`keeps a short first paragraph named as a lead in the body (${lang})`, () => {
      const html = bare(lang, `<p class="lead">${deck}</p>${paragraphs(prose)}`);
      expect(fromHtml(html).description).toBeUndefined();
      expect(texts(html)).toEqual([deck, ...prose]);
    });
  }

  it("joins a list of deck lines as sentences and keeps it out of the body", () => {
    const html = page("en", `<ul class="standfirst-list"><li>Two hundred passengers crossed</li><li>Fares stay the same.</li></ul>`);
    expect(fromHtml(html).description).toBe("Two hundred passengers crossed. Fares stay the same.");
    expect(fromHtml(html).body[0]).toMatchObject({ type: "paragraph", text: STORIES.en.prose[0] });
  });

  it("finds the deck past a lead picture with its caption, inside a wrapper", () => {
    const figure = `<figure><img src="a.jpg"><figcaption>The ferry at the pier on Monday</figcaption></figure>`;
    const html = page("en", `${figure}<div class="head"><div class="dek">${STORIES.en.deck}</div></div>`);
    expect(fromHtml(html).description).toBe(STORIES.en.deck);
  });

  it("finds the deck past a hidden element, and under the second of two <h1>s (the first a logo)", () => {
    const { deck, headline } = STORIES.fr;
    const hidden = page("fr", `<div hidden>Abonnez-vous pour lire la suite</div><p class="chapo">${deck}</p>`);
    expect(fromHtml(hidden).description).toBe(deck);
    const twoH1 = page("fr", `<p class="sapo">${deck}</p>`).replace(
      "<body>",
      `<body><header><h1><a href="/">Le Courrier</a></h1></header>`,
    );
    expect(fromHtml(twoH1).headline).toBe(headline);
    expect(fromHtml(twoH1).description).toBe(deck);
  });

  it("keeps a deck that is the page's only text under the headline as its body (a brief)", () => {
    const { deck } = STORIES.es;
    const article = fromHtml(bare("es", `<p class="standfirst">${deck}</p>`));
    expect(article.body.map((block) => ("text" in block ? block.text : block.type))).toEqual([deck]);
  });

  it("keeps a brief's deck as its body when all that is left under it is a credit line", () => {
    const { deck } = STORIES.fr;
    const article = fromHtml(bare("fr", `<p class="chapo">${deck}.</p><p>Avec AFP</p>`));
    expect(article.description).toBeUndefined();
    expect(article.body.map((block) => ("text" in block ? block.text : block.type))).toEqual([`${deck}.`, "Avec AFP"]);
  });

  it("leaves a heading named as a deck that the page sets again further on (a digest's stories) as a heading", () => {
    const { prose } = STORIES.de;
    const story = (title: string) => `<h2 class="deck-title">${title}</h2>${paragraphs(prose)}`;
    const html = bare("de", `${story("Die Fähre fährt wieder")}${story("Der Hafen wird größer")}`);
    expect(fromHtml(html).description).toBeUndefined();
    expect(headings(html)).toEqual(["Die Fähre fährt wieder", "Der Hafen wird größer"]);
  });

  it("takes no deck from a text too long for one, whatever its name", () => {
    const long = `${STORIES.en.prose.join(" ")} ${STORIES.en.prose.join(" ")} ${STORIES.en.after}`;
    const html = page("en", `<p class="standfirst">${long}</p>`);
    expect(fromHtml(html).description).toBeUndefined();
    expect(texts(html)).toContain(long);
  });
});

describe("lines under the headline that are the story, not its deck", () => {
  const { deck, prose, section } = STORIES.en;
  const cases: [string, string, string][] = [
    ["a first paragraph named as an intro, quoted by the description", `<p class="intro">${deck}</p>${paragraphs(prose)}`, deck],
    ["a lead inside the story's wrapper", `<div class="article-body"><p class="lead">${deck}</p>${paragraphs(prose)}</div>`, ""],
    ["a lead under a picture", `<figure><img src="a.jpg"></figure><p class="lead">${deck}</p>${paragraphs(prose)}`, ""],
    ["a lead opening on a dateline", `<p class="lead"><strong>LONDON</strong> — ${deck}</p>${paragraphs(prose)}`, ""],
    ["the description's line in a <div> before the paragraphs", `<div>${deck}</div>${paragraphs(prose)}`, deck],
    ["the description's paragraph alone in its wrapper", `<div><p>${deck}</p></div><div>${paragraphs(prose)}</div>`, deck],
    ["a brief of one paragraph the description quotes", `<p>${deck}</p>`, deck],
    ["a brief's first paragraph in a wrapper", `<div><p>${deck}</p></div><p>${prose[0]}</p>`, ""],
    ["an epigraph", `<blockquote class="intro-quote">${deck}</blockquote>${paragraphs(prose)}`, ""],
    // A deck's word opening a class name before another noun names a part of something else ("sapo" is a toad too).
    ["a first paragraph in a part named after a deck's word", `<p class="sapo-gigante">${deck}</p>${paragraphs(prose)}`, ""],
  ];
  for (const [name, inner, description] of cases)
    it(`keeps ${name} in the body`, () => {
      const html = bare("en", inner, description ? describe_(description) : "");
      const body = texts(html);
      expect(body.some((text) => text.includes(deck))).toBe(true);
      expect(fromHtml(html).description).toBe(description || undefined);
    });

  it("keeps two blocks of a brief whose first paragraph sits in a wrapper", () => {
    expect(texts(bare("en", `<div><p>${deck}</p></div><p>${prose[0]}</p>`))).toEqual([deck, prose[0]]);
  });

  it("keeps a section heading or a listicle's first entry named as a subtitle as a heading", () => {
    const section4 = bare("en", `<h2 class="subtitle">${section}</h2>${paragraphs([...prose, ...prose])}`);
    expect(headings(section4)).toEqual([section]);
    expect(fromHtml(section4).description).toBeUndefined();
    const listicle = bare(
      "en",
      `<h2 class="subtitle">1. Harbour lighthouse</h2><p>${prose[0]}</p><h2 class="subtitle">2. Fish market</h2><p>${prose[1]}</p>`,
    );
    expect(headings(listicle)).toEqual(["1. Harbour lighthouse", "2. Fish market"]);
  });

  it("takes no description from a box of furniture named as a teaser", () => {
    const html = bare("en", `<div class="teaser-box"><span>Listen to this article</span></div>${paragraphs(prose)}`);
    expect(fromHtml(html).description).toBeUndefined();
  });

  it("keeps a live blog's first post, which the description quotes", () => {
    const post = (time: string, text: string) => `<div class="post"><time datetime="2025-03-04T${time}">${time}</time><p>${text}</p></div>`;
    const html = bare("en", `${post("09:00", deck)}${post("08:30", prose[0]!)}${post("08:00", prose[1]!)}`, describe_(deck));
    expect(texts(html).some((text) => text.includes(deck))).toBe(true);
  });
});
