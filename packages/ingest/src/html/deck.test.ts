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
};
type Lang = keyof typeof STORIES;

/** A page with `top` printed between the headline and the byline, and `head` in its <head>. */
function page(lang: Lang, top: string, head = ""): string {
  const s = STORIES[lang];
  return `<!doctype html><html lang="${lang}"><head><title>${s.headline}</title>${head}</head><body><nav><a>Home</a><a>News</a></nav><main><h1>${s.headline}</h1>${top}<p class="author">${s.byline}</p>${s.prose.map((p) => `<p>${p}</p>`).join("")}<h2>${s.section}</h2><p>${s.after}</p></main></body></html>`;
}

const describe_ = (content: string) => `<meta name="description" content="${content}">`;
const headings = (html: string) => fromHtml(html).body.flatMap((block) => (block.type === "heading" ? [block.text] : []));
const texts = (html: string) => fromHtml(html).body.map((block) => ("text" in block ? block.text : block.type));

describe("the deck under the headline", () => {
  for (const lang of Object.keys(STORIES) as Lang[]) {
    const { deck, section, prose } = STORIES[lang];
    it(`reads a heading named as a deck as the description, not the body's first heading (${lang})`, () => {
      const html = page(lang, `<h2 class="article-subtitle">${deck}</h2>`);
      expect(fromHtml(html).description).toBe(deck);
      expect(headings(html)).toEqual([section]);
      expect(texts(html)[0]).toBe(prose[0]);
    });
    it(`reads a paragraph named as a standfirst as the description (${lang})`, () => {
      const html = page(lang, `<p class="standfirst">${deck}</p>`);
      expect(fromHtml(html).description).toBe(deck);
      expect(texts(html)).not.toContain(deck);
    });
  }

  it("joins a list of deck lines as sentences and keeps it out of the body", () => {
    const html = page("en", `<ul class="subtitles"><li>Two hundred passengers crossed</li><li>Fares stay the same.</li></ul>`);
    expect(fromHtml(html).description).toBe("Two hundred passengers crossed. Fares stay the same.");
    expect(fromHtml(html).body[0]).toMatchObject({ type: "paragraph", text: STORIES.en.prose[0] });
  });

  it("finds the deck past a lead picture and inside a wrapper", () => {
    const html = page("en", `<figure><img src="a.jpg"></figure><div class="head"><div class="dek">${STORIES.en.deck}</div></div>`);
    expect(fromHtml(html).description).toBe(STORIES.en.deck);
  });

  it("keeps the page's description, and takes out of the body a line under the headline that says the same", () => {
    const { deck, prose } = STORIES.fr;
    const html = page("fr", `<p>${deck}</p>`, describe_(`${deck}.`));
    expect(fromHtml(html).description).toBe(`${deck}.`);
    expect(texts(html)[0]).toBe(prose[0]);
  });

  it("keeps a first paragraph the page's description quotes when the story runs on under it", () => {
    const { prose } = STORIES.en;
    const html = `<!doctype html><html lang="en"><head><title>T</title>${describe_(prose[0]!)}</head><body><main><h1>${STORIES.en.headline}</h1>${prose.map((p) => `<p>${p}</p>`).join("")}</main></body></html>`;
    expect(texts(html)[0]).toBe(prose[0]);
  });

  it("leaves a first section heading under the headline, with no deck's name, as a heading", () => {
    const html = page("en", "<h2>Background</h2><p>The ferry first sailed in 1921 and has crossed the bay every day since then.</p>");
    expect(fromHtml(html).description).toBeUndefined();
    expect(headings(html)).toEqual(["Background", STORIES.en.section]);
  });

  it("leaves a heading named as a summary that the page sets again further on (a digest's stories) as a heading", () => {
    const { prose } = STORIES.de;
    const story = (title: string) => `<h2 class="summary-title">${title}</h2>${prose.map((p) => `<p>${p}</p>`).join("")}`;
    const html = `<!doctype html><html lang="de"><head><title>T</title></head><body><main><h1>Wochenausgabe</h1>${story("Die Fähre fährt wieder")}${story("Der Hafen wird größer")}</main></body></html>`;
    expect(fromHtml(html).description).toBeUndefined();
    expect(headings(html)).toEqual(["Die Fähre fährt wieder", "Der Hafen wird größer"]);
  });

  it("takes no deck from a long paragraph named as a lead: the story's first paragraph", () => {
    const long = `${STORIES.en.prose.join(" ")} ${STORIES.en.prose.join(" ")} ${STORIES.en.after}`;
    const html = page("en", `<p class="lead">${long}</p>`);
    expect(fromHtml(html).description).toBeUndefined();
    expect(texts(html)).toContain(long);
  });
});
