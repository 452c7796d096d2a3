import { describe, expect, it } from "vitest";
import { fromHtml } from "./from-html.js";

// Round hs103: a gallery's counters in the HTML reader. Every page here is invented for these tests.
const STORY = [
  "The council of Port Ellery voted on Tuesday night to rebuild the wooden pier that storms tore apart in January.",
  "Contractors are expected to start driving new piles in late spring, the mayor told the meeting.",
];
const paragraphs = (html: string) =>
  fromHtml(html, { url: "https://gazette.example/2025/03/pier" }).body.flatMap((block) => (block.type === "paragraph" ? [block.text] : []));

describe("a gallery's counters", () => {
  const gallery = (count: (i: number) => string) =>
    `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Steg</title></head><body><main><h1>Der neue Steg</h1>${STORY.map((p, i) => `<div class="slide"><img src="/g/${i}.jpg" alt=""><div class="count">${count(i + 1)}</div><p>${p}</p></div>`).join("")}</main></body></html>`;

  it.each([(i: number) => `${i} / 12`, (i: number) => `Bild ${i} von 12`, (i: number) => `${i} of 12`])("are not body", (count) => {
    expect(paragraphs(gallery(count))).toEqual(STORY);
  });
});

// Review of hs103: one counter-shaped line alone is the story's (a score, a fraction, a step).
describe("one counter-shaped line without the word for a picture", () => {
  it.each(["2 / 3", "1 of 2", "3 sur 4"])("stays: %s", (line) => {
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Pier</title></head><body><article><h1>Pier to be rebuilt</h1><p>${STORY[0]}</p><p>${line}</p><p>${STORY[1]}</p></article></body></html>`;
    expect(paragraphs(html)).toEqual([STORY[0], line, STORY[1]]);
  });
});
