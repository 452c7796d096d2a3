import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { hyphenatorFor } from "./_hyphenate.js";

const require = createRequire(import.meta.url);

const SAMPLES: Record<string, string> = {
  "en-gb": "The representatives' extraordinary responsibilities, (reciprocity) and “associates” — presents at 10:30.",
  "en-us": "Hyphenation of international negotiations: declination, philanthropic, recognizance, table-tennis.",
  de: "Die Bundesregierung verabschiedete gestern das Haushaltsbegleitgesetz nach langen Verhandlungen.",
  fr: "Les négociations internationales reprendront après l’été, selon l'administration française.",
  ru: "Правительство объявило о продолжении международных переговоров.",
  "el-monoton": "Η κυβέρνηση ανακοίνωσε τη συνέχιση των διεθνών διαπραγματεύσεων.",
};

describe("hyphenatorFor", () => {
  // The patterns are read from the text of hyphen's files rather than through its modules, so check against hyphen itself.
  it.each(Object.entries(SAMPLES))("breaks words where the hyphen package does (%s)", (tag, text) => {
    const hyphen = require(`hyphen/${tag}`) as { hyphenateSync(text: string): string };
    const hyphenated = hyphenatorFor(tag)!(text);
    expect(hyphenated).toContain("\u00AD");
    expect(hyphenated).toBe(hyphen.hyphenateSync(text));
  });

  it("falls back from a regional tag to its language, and has nothing for a language without patterns", () => {
    expect(hyphenatorFor("de-AT")!(SAMPLES.de!)).toBe(hyphenatorFor("de")!(SAMPLES.de!));
    expect(hyphenatorFor("zz")).toBeUndefined();
    expect(hyphenatorFor(undefined)).toBeUndefined();
  });
});
