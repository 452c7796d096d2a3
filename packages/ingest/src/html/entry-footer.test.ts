import { describe, expect, it } from "vitest";
import { fromHtml } from "./from-html.js";

// Round hs103: a blog entry's footer in the HTML reader. Every page here is invented for these tests.
const STORY = [
  "The council of Port Ellery voted on Tuesday night to rebuild the wooden pier that storms tore apart in January.",
  "Fishermen who tie up along the old pilings packed the hall, and several of them spoke about the months without a landing.",
  "Engineers put the cost at a little over four million pounds, most of which would come from a regional fund for coastal towns.",
  "Contractors are expected to start driving new piles in late spring, the mayor told the meeting.",
];
// A long thread of readers' comments under the entry: the story's element is then the whole entry, footer and all.
const COMMENT_COUNT = 14;
const COMMENTS = `<div id="comments"><h3>${COMMENT_COUNT} Responses</h3><ol class="commentlist">${Array.from(
  { length: COMMENT_COUNT },
  (_, i) =>
    `<li class="comment"><p>reader${i} said</p><p>I have lived by the harbour for years and this is the best news in a long time, though I worry the money will run out before the work is done.</p></li>`,
).join("")}</ol></div>`;
const page = (footer: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Pier to be rebuilt - Gazette</title></head><body><div class="post"><h2 class="entry-title">Pier to be rebuilt</h2><div class="entry-content">${STORY.map((p) => `<p>${p}</p>`).join("")}</div><div class="entry-utility">${footer}</div>${COMMENTS}</div></body></html>`;
const paragraphs = (html: string) =>
  fromHtml(html, { url: "https://gazette.example/2025/03/pier" }).body.flatMap((block) => (block.type === "paragraph" ? [block.text] : []));

describe("a blog entry's footer", () => {
  it.each([
    `This entry was posted in <a href="/c/news">News</a>. Bookmark the <a href="#">permalink</a>.`,
    `This entry was posted in <a href="/c/news">News</a> and tagged <a href="/t/pier">pier</a>. Bookmark the <a href="#">permalink</a>.`,
    `Veröffentlicht in <a href="/c/1">Lokales</a>. Setze ein Lesezeichen auf den <a href="#">Permalink</a>.`,
    `Publié dans <a href="/c/1">Société</a>. Ajoutez ce <a href="#">permalien</a> à vos favoris.`,
  ])("is not the story's last paragraph: %s", (footer) => {
    expect(paragraphs(page(footer))).toEqual(STORY);
  });
});

// Review of hs103: a story's last sentence that says where something was published or filed, with a link.
describe("a story's last sentence about where something was published", () => {
  const article = (last: string) =>
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Pier</title></head><body><article><h1>Pier to be rebuilt</h1>${STORY.map((p) => `<p>${p}</p>`).join("")}<p>${last}</p></article></body></html>`;
  it.each([
    [
      'The engineers\' findings were published in <a href="https://j.example">Coastal Review</a>.',
      "The engineers' findings were published in Coastal Review.",
    ],
    ['A complaint was filed in <a href="/x">Ellery County Court</a>.', "A complaint was filed in Ellery County Court."],
    [
      'The objection, filed under <a href="/x">Section 9</a>, will be heard next month.',
      "The objection, filed under Section 9, will be heard next month.",
    ],
    ['L\'étude a été publiée dans <a href="/x">Nature</a>.', "L'étude a été publiée dans Nature."],
  ])("stays: %s", (last, text) => {
    expect(paragraphs(article(last)).at(-1)).toBe(text);
  });
});

// Round hs105: a Polish theme's footer labels ("Kategoria:", "Tagi:"), and "Tagi" or "Kategoria" in a story's sentence.
describe("a Polish entry's footer", () => {
  const STORY_PL = [
    "Rada miasta zdecydowała we wtorek, że drewniane molo zniszczone przez zimowe sztormy zostanie odbudowane.",
    "Rybacy, którzy cumują przy starych palach, wypełnili salę i opowiadali o miesiącach bez przystani.",
  ];
  const article = (last: string) =>
    `<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>Molo</title></head><body><article><h1>Molo zostanie odbudowane po zimie</h1>${STORY_PL.map((p) => `<p>${p}</p>`).join("")}<p>${last}</p></article></body></html>`;
  it.each([
    `Kategoria: <a href="/k/region">Region</a> | Tagi: <a href="/t/molo">molo</a>, <a href="/t/port">port</a>`,
    `Tagi: <a href="/t/molo">molo</a>, <a href="/t/port">port</a>`,
    `Kategoria: <a href="/k/region">Region</a>`,
  ])("is not the story's last paragraph: %s", (footer) => {
    expect(paragraphs(article(footer))).toEqual(STORY_PL);
  });
  it.each([
    [
      'Tagi to nazwa małej wioski, w której <a href="/x">rybacy</a> naprawiają sieci.',
      "Tagi to nazwa małej wioski, w której rybacy naprawiają sieci.",
    ],
    ['Kategoria wiekowa: <a href="/x">juniorzy</a> startują o dziesiątej.', "Kategoria wiekowa: juniorzy startują o dziesiątej."],
  ])("a sentence stays: %s", (last, text) => {
    expect(paragraphs(article(last)).at(-1)).toBe(text);
  });
});
