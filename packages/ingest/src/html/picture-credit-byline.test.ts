import { describe, expect, it } from "vitest";
import { fromHtml } from "./from-html.js";

// Round hs103: a picture's credit in an HTML page's byline. Every page here is invented for these tests.
const STORY =
  "<p>The council of Port Ellery voted on Tuesday night to rebuild the wooden pier that storms tore apart in January.</p><p>Contractors are expected to start driving new piles in late spring, the mayor told the meeting.</p>";
const authorsOf = (byline: string) =>
  (
    fromHtml(
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Pier</title></head><body><article><h1>Pier to be rebuilt</h1><p class="byline">${byline}</p>${STORY}</article></body></html>`,
      { url: "https://gazette.example/2025/03/pier" },
    ).authors ?? []
  ).map((author) => author.name);

describe("a picture's credit in the byline", () => {
  it.each(["Photos: Martha Quigley | 4 March 2025", "Photo: Martha Quigley", "Bild: Jürgen Weiß", "Foto: Giulia Bertolotti"])(
    "names no writer: %s",
    (byline) => {
      expect(authorsOf(byline)).toEqual([]);
    },
  );
});

// Review of hs103: a writer who took the pictures too is still the writer.
describe("a byline of text and pictures by one person", () => {
  it.each(["Text and photos: Martha Quigley", "Words and pictures: Martha Quigley"])("keeps the writer's name: %s", (byline) => {
    expect(authorsOf(byline).join(" ")).toContain("Martha Quigley");
  });
});
