import type { Article } from "@dateline/schema";
import { describe, expect, it } from "vitest";
import { slugify, uniqueSlugs } from "./_slug.js";

const titled = (headline: string): Article => ({ version: "1.0", headline, body: [{ type: "paragraph", text: "Text." }] });

describe("slugify", () => {
  it("folds accents and the Latin letters that do not decompose", async () => {
    expect(await slugify("Stadtrat beschließt autofreie Altstadt")).toBe("stadtrat-beschliesst-autofreie-altstadt");
    expect(await slugify("Ærø: Łódź's øresund ferry")).toBe("aero-lodz-s-oresund-ferry");
    expect(await slugify("À Saint-Aubin, la boulangerie renaît")).toBe("a-saint-aubin-la-boulangerie-renait");
  });

  it("cuts long headlines at a word", async () => {
    const slug = await slugify("Harbour board votes to keep the night ferry running through the whole of the winter");
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith("-")).toBe(false);
    expect("harbour-board-votes-to-keep-the-night-ferry-running-through-the-whole".startsWith(slug)).toBe(true);
  });

  it("transliterates other scripts, keeps letters no table covers, and never gives a bare number", async () => {
    expect(await slugify("Москва сегодня")).toBe("moskva-segodnya");
    expect(await slugify("Αθήνα σήμερα")).toBe("athina-simera");
    expect(await slugify("市议会决定 2025")).toBe("市议会决定-2025");
    expect(await slugify("2025")).toBe("article-2025");
    expect(await slugify("!!!")).toBe("article");
  });
});

describe("uniqueSlugs", () => {
  it("gives every article of a run its own name, the same way every time", async () => {
    const articles = ["Same", "Same", "Same 2", "市议会决定", "市议会决定"].map(titled);
    const slugs = await uniqueSlugs(articles);
    expect(new Set(slugs).size).toBe(articles.length);
    expect(slugs).toEqual(["same", "same-2", "same-2-2", "市议会决定", "市议会决定-2"]);
    expect(await uniqueSlugs(articles)).toEqual(slugs);
  });
});
