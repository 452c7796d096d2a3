import { describe, expect, it } from "vitest";
import { atLeastSpacePieces, atMostWords, letterCount, spacedWordCount, spacePieceCount, wordCount } from "./word-count.js";

describe("word counts", () => {
  it("counts the pieces runs of white space part, an edge's space parting off an empty one", () => {
    expect(wordCount("Tide tables for the week")).toBe(5);
    expect(wordCount("Tide\u00a0tables \t for")).toBe(3);
    expect(wordCount(" Tide tables")).toBe(3);
    expect(wordCount("")).toBe(1);
  });

  it("tells whether a text holds at most so many of those pieces", () => {
    expect(atMostWords("Tide tables for the week", 5)).toBe(true);
    expect(atMostWords("Tide tables for the week", 4)).toBe(false);
    expect(atMostWords("Tide\u00a0tables", 1)).toBe(false);
    expect(atMostWords("Tide", 1)).toBe(true);
  });

  it("counts the pieces single spaces part, empty ones too", () => {
    expect(spacePieceCount("Tide tables for the week")).toBe(5);
    expect(spacePieceCount("Tide  tables")).toBe(3);
    expect(spacePieceCount("Tide\u00a0tables")).toBe(1);
  });

  it("tells whether a text holds at least so many of those pieces, as their count does", () => {
    for (const text of ["", "Tide", "Tide tables", "Tide  tables", "Tide tables for", "Tide\u00a0tables for", " Tide "]) {
      for (let least = 0; least <= 4; least++)
        expect(atLeastSpacePieces(text, least), `${text} ${least}`).toBe(spacePieceCount(text) >= least);
    }
  });

  it("counts the runs between spaces, empty pieces left out", () => {
    expect(spacedWordCount("Home › News")).toBe(3);
    expect(spacedWordCount("  Tide  tables ")).toBe(2);
    expect(spacedWordCount("")).toBe(0);
  });

  it("counts letters with the marks set on them as one, spaces unless asked not to", () => {
    // "ถนนเลียบแม่น้ำ": fourteen code units, two of them tone marks and one a vowel set above its letter.
    expect("ถนนเลียบแม่น้ำ".length).toBe(14);
    expect(letterCount("ถนนเลียบแม่น้ำ")).toBe(11);
    expect(letterCount("ถนน เลียบ", false)).toBe(7);
    expect(letterCount("ถนน เลียบ")).toBe(8);
    // A Latin accent set apart (e and a combining acute) is one letter, as the precomposed "é" is.
    expect(letterCount("cafe\u0301")).toBe(letterCount("café"));
    expect(letterCount("渡轮恢复航行")).toBe(6);
  });
});
