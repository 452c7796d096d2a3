import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { NIGHT_FERRY_STORIES } from "./_stories.test-helpers.js";

// Round nl111: a line naming a newsletter, standing alone between a story's paragraphs, no longer ends the story there.
// The line stays out of the body (a box's pitch set alone reads the same), the paragraphs and section under it stay in.
// Every page here is invented for these tests.
const texts = (...blocks: string[]) => fromText(`${blocks.join("\n\n")}\n`).body.map((block) => ("text" in block ? block.text : ""));
const HEADER = ["Night ferry cut back as crews run short", "By Maya Ferris", "3 March 2025"];
const FOOT = "© 2025 Harbour Gazette. All rights reserved.\nAbout us\nContact";
const CLOSE = "The company said the new timetable would start in May, once the recruits had qualified.";

describe("a newsletter's line between a story's paragraphs (round nl111)", () => {
  it("keeps the last section under a story's sentence naming a newsletter (en)", () => {
    const sentence = "The ferry company will send islanders a monthly newsletter from April.";
    const [first, second, third] = NIGHT_FERRY_STORIES.en!;
    const body = texts(...HEADER, first!, second!, third!, "What happens next", sentence, CLOSE, FOOT);
    expect(body).toContain("What happens next");
    expect(body.at(-1)).toBe(CLOSE);
    expect(body).not.toContain(sentence);
  });

  // A short closing sentence under the line, in languages whose short paragraphs read as no prose.
  const closes: Record<string, [sentence: string, close: string]> = {
    fr: ["Le syndicat préviendra ses membres par une newsletter en avril.", "Les nouveaux horaires entrent en vigueur en mai."],
    it: ["Gli orari del traghetto usciranno nella newsletter del comune.", "Il nuovo orario parte a maggio."],
    nl: ["De rederij houdt eilanders op de hoogte via een nieuwsbrief.", "De nieuwe dienstregeling gaat in mei in."],
  };
  for (const [tag, [sentence, close]] of Object.entries(closes)) {
    it(`keeps the closing paragraph under such a sentence (${tag})`, () => {
      const story = NIGHT_FERRY_STORIES[tag]!.slice(0, 3);
      const body = texts(...HEADER, ...story, sentence, close, FOOT);
      expect(body.at(-1)).toBe(close);
      expect(body).toEqual(expect.arrayContaining(story));
    });
  }

  it("keeps a last section that such a sentence opens in a story with sections (nl)", () => {
    const [first, second, third] = NIGHT_FERRY_STORIES.nl!;
    const [sentence, close] = closes.nl!;
    const body = texts(...HEADER, first!, "De kosten", second!, third!, "Hoe nu verder", sentence, close, FOOT);
    expect(body).toContain("Hoe nu verder");
    expect(body.at(-1)).toBe(close);
  });

  it("keeps the story's close under a box's pitch set alone between its paragraphs, not under one over its furniture", () => {
    const pitch = "Every weekday morning, the stories that matter in one newsletter.";
    const story = NIGHT_FERRY_STORIES.en!;
    const close = "Season tickets go on sale at the end of May.";
    const alone = texts(...HEADER, ...story, pitch, close, FOOT);
    expect(alone).not.toContain(pitch);
    expect(alone.at(-1)).toBe(close);
    // Over a button, a box's thanks and teasers, or the page's foot, the pitch still ends the story.
    for (const under of [["Sign up", FOOT], ["Thank you for subscribing!", "More from the island", FOOT], [FOOT]]) {
      const body = texts(...HEADER, ...story, pitch, ...under);
      expect(body).not.toContain(pitch);
      expect(body.at(-1)).toBe(story.at(-1));
    }
  });
});
