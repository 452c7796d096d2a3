import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

// Review of round nl110: a newsletter box's pitch written as a plain sentence (a full stop, prose length, no "you" or
// "our") is still the box's, not the story's last paragraph. Every page here is invented for these tests.
const page = (...blocks: string[]) => `${blocks.join("\n\n")}\n`;
const STORY = [
  "Harbour bridge to close for six weeks of repairs",
  "Drivers face long detours from the first of March.",
  "By Anna Holm",
  "12 February 2025",
  "The harbour bridge will close for six weeks from the first of March while engineers replace its worn bearings.",
  "The city's transport office said buses would run a longer route through the industrial estate during the works.",
  "Engineers said the work could not wait another winter, after cracks were found in two of the supports last autumn.",
];
const FOOT = "© 2025 Harbour Gazette. All rights reserved.\nAbout us\nContact";
const PITCHES = {
  en: "Every weekday morning, the stories that matter in one newsletter.",
  de: "Jeden Freitag die besten Kulturtipps der Woche im Wochenend-Newsletter.",
  nl: "Elke ochtend het belangrijkste nieuws van de dag in één nieuwsbrief.",
  hi: "दिन की सबसे ज़रूरी ख़बरें, हर सुबह एक न्यूज़लेटर में, सीधे ईमेल पर।",
};

describe("a newsletter box's pitch as a plain sentence (review of round nl110)", () => {
  for (const [language, pitch] of Object.entries(PITCHES)) {
    it(`stays out of the story's body (${language})`, () => {
      const article = fromText(page(...STORY, pitch, "Sign up", FOOT));
      const texts = article.body.map((block) => ("text" in block ? block.text : ""));
      expect(texts).not.toContain(pitch);
      expect(texts.at(-1)).toBe(STORY.at(-1));
    });
  }
});
