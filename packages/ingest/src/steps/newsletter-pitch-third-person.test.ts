import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

// Review of round nl111: a newsletter box's pitch in the third person ("The Morning Brief newsletter lands in inboxes at
// six every weekday.") still ends the story when short lines follow it: the box's own description, a teaser's short
// headline, a newsletter's name over it. They read like a story's short close, so no rule may hop the pitch to reach
// them. Every page here is invented for these tests.
const LAST = "Opening hours will be longer than before the works, with the doors open until eight in the evening on weekdays.";
const STORY = [
  "Library to reopen after two years of rebuilding",
  "The new reading rooms open to the public on Saturday.",
  "By Tom Reeve",
  "4 April 2025",
  "The central library will reopen on Saturday after two years of rebuilding, with a new children's floor and a roof garden.",
  "The building's old heating system was replaced with heat pumps, which the council says will halve the library's energy bills.",
  "A long wait",
  "Staff spent the last month moving some ninety thousand books back onto the shelves from a warehouse on the ring road.",
  LAST,
];
const FOOT = "© 2025 City Gazette. All rights reserved.\nAbout us\nContact";
const texts = (...blocks: string[]) => fromText(`${blocks.join("\n\n")}\n`).body.map((block) => ("text" in block ? block.text : ""));

describe("a newsletter's third-person pitch at the story's foot (review of round nl111)", () => {
  const pitches = [
    "The Morning Brief newsletter lands in inboxes at six every weekday.",
    "La newsletter Le Matin arrive dans les boîtes mail chaque jour à six heures.",
  ];
  const tails: Record<string, string[]> = {
    "the box's short description and its button": ["It lands at six, Monday to Friday.", "Sign up"],
    "the box's short description alone": ["Elle arrive à six heures, du lundi au vendredi."],
    "teasers' short headlines": ["Bus fares rise by ten cents in June.", "Old cinema on Market Street finds a buyer."],
  };
  for (const pitch of pitches) {
    for (const [name, tail] of Object.entries(tails)) {
      it(`ends the story over ${name}: ${pitch.slice(0, 24)}…`, () => {
        const body = texts(...STORY, pitch, ...tail, FOOT);
        expect(body.at(-1)).toBe(LAST);
      });
    }
  }

  it("ends the story under a newsletter's name over its pitch", () => {
    const body = texts(...STORY, "Le Matin", pitches[1]!, "Elle arrive à six heures, du lundi au vendredi.", FOOT);
    expect(body.at(-1)).toBe(LAST);
  });
});
