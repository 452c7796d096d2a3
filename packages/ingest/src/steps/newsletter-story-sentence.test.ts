import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

// Round nl110: a story's whole sentence naming a newsletter is no sign-up prompt. Every page here is invented for
// these tests.
const page = (...blocks: string[]) => `${blocks.join("\n\n")}\n`;
const BOX = "The Morning Briefing newsletter\nSign up for our newsletter\nEmail address\nSubscribe";
const FOOT = (site: string) => `${BOX}\n\n© 2025 ${site}. All rights reserved.\nAbout us\nContact`;

const STORIES = {
  en: {
    heading: "News of new books",
    sentence: "The library will share news of new books through a monthly newsletter.",
    last: "The head librarian, Owen Price, said the library would also open on Sunday afternoons.",
    site: "Riverside Courier",
    head: [
      "Century-old library reopens in the old town",
      "After repairs the reading room has a corner for children.",
      "Maya Fenwick",
      "5 August 2025",
    ],
    opening: [
      "The old town's hundred-year-old public library reopened on Monday after two years of repairs to its roof.",
      "The council spent about four million pounds on the work, and there is now a separate room for children.",
    ],
  },
  hi: {
    heading: "नई किताबों की सूचना",
    sentence: "पुस्तकालय नई किताबों की सूचना हर महीने एक न्यूज़लेटर के ज़रिए भेजेगा।",
    last: "पुस्तकालय के प्रमुख सुरेश वर्मा ने कहा कि रविवार की दोपहर को भी पुस्तकालय खुला रहेगा।",
    site: "नगर समाचार",
    head: ["पुराने शहर में फिर से खुला सौ साल पुराना पुस्तकालय", "मरम्मत के बाद वाचनालय में बच्चों के लिए एक कोना भी है।", "कविता मेहरा", "5 अगस्त 2025"],
    opening: [
      "पुराने शहर का सौ साल पुराना सार्वजनिक पुस्तकालय दो साल की मरम्मत के बाद सोमवार को फिर से खुल गया।",
      "नगर निगम ने इस काम पर करीब चार करोड़ रुपये खर्च किए हैं, और अब बच्चों के लिए अलग कक्ष भी है।",
    ],
  },
};

describe("a story sentence naming a newsletter (round nl110)", () => {
  for (const [language, story] of Object.entries(STORIES)) {
    it(`keeps the sentence, its section and the paragraph after it (${language})`, () => {
      const article = fromText(page(...story.head, ...story.opening, story.heading, story.sentence, story.last, FOOT(story.site)));
      const texts = article.body.map((block) => ("text" in block ? block.text : ""));
      expect(texts).toContain(story.heading);
      expect(texts).toContain(story.sentence);
      expect(texts.at(-1)).toBe(story.last);
      // The box's own lines stay prompts: none of them reaches the body.
      for (const line of BOX.split("\n")) expect(texts).not.toContain(line);
    });
  }
});
