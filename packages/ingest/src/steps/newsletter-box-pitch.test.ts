import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

// Review of round nl110: a newsletter box's pitch written as a plain sentence (a full stop, prose length, no "you" or
// "our") is still the box's, not the story's last paragraph. Every page here is invented for these tests.
const LAST = "Engineers said the work could not wait another winter, after cracks were found in two of the supports last autumn.";
const STORY = `Harbour bridge to close for six weeks of repairs

Drivers face long detours from the first of March.

By Anna Holm

12 February 2025

The harbour bridge will close for six weeks from the first of March while engineers replace its worn bearings.

The city's transport office said buses would run a longer route through the industrial estate during the works.

${LAST}`;
// A pitch in the site's own words, with neither the reader's "you" nor the site's "our" (en, de, nl, hi).
const PITCHES = [
  "Every weekday morning, the stories that matter in one newsletter.",
  "Jeden Freitag die besten Kulturtipps der Woche im Wochenend-Newsletter.",
  "Elke ochtend het belangrijkste nieuws van de dag in één nieuwsbrief.",
  "दिन की सबसे ज़रूरी ख़बरें, हर सुबह एक न्यूज़लेटर में, सीधे ईमेल पर।",
];
const FOOT = "© 2025 Harbour Gazette. All rights reserved.\nAbout us\nContact";

describe("a newsletter box's pitch as a plain sentence (review of round nl110)", () => {
  for (const pitch of PITCHES) {
    it(`stays out of the story's body: ${pitch}`, () => {
      const article = fromText(`${STORY}\n\n${pitch}\n\nSign up\n\n${FOOT}\n`);
      const texts = article.body.map((block) => ("text" in block ? block.text : ""));
      expect(texts).not.toContain(pitch);
      expect(texts.at(-1)).toBe(LAST);
    });
  }
});
