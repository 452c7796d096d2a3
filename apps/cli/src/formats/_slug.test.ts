import { describe, expect, it } from "vitest";
import { slugify } from "./_slug.js";

describe("slugify", () => {
  it("folds accents and the Latin letters that do not decompose", () => {
    expect(slugify("Stadtrat beschließt autofreie Altstadt")).toBe("stadtrat-beschliesst-autofreie-altstadt");
    expect(slugify("Ærø: Łódź's øresund ferry")).toBe("aero-lodz-s-oresund-ferry");
    expect(slugify("À Saint-Aubin, la boulangerie renaît")).toBe("a-saint-aubin-la-boulangerie-renait");
  });

  it("cuts long headlines at a word, and names a headline with no Latin letters 'article'", () => {
    const slug = slugify("Harbour board votes to keep the night ferry running through the whole of the winter");
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith("-")).toBe(false);
    expect("harbour-board-votes-to-keep-the-night-ferry-running-through-the-whole".startsWith(slug)).toBe(true);
    expect(slugify("市议会决定")).toBe("article");
  });
});
