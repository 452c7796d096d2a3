import { describe, expect, it } from "vitest";
import { wholeWords } from "./word-edges.js";

describe("whole words beyond ASCII", () => {
  it("finds a word that ends or starts with a letter past ASCII at a space, a mark or the line's end", () => {
    const words = wholeWords("affilié|scopri di più|über", "u");
    expect(words.test("un lien affilié : merci")).toBe(true);
    expect(words.test("Scopri di più".toLowerCase())).toBe(true);
    expect(words.test("(über)")).toBe(true);
  });

  it("finds none inside a longer word, whichever alphabet its letters come from", () => {
    const words = wholeWords("affilié|über|mir", "u");
    expect(words.test("une ligue affiliée")).toBe(false);
    expect(words.test("gegenüber")).toBe(false);
    expect(words.test("мирmir")).toBe(false);
    expect(words.test("mirά")).toBe(false);
  });
});
