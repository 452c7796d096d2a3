import { describe, expect, it } from "vitest";
import { atMostWords, spacedWordCount, spacePieceCount, wordCount } from "./word-count.js";

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

  it("counts the runs between spaces, empty pieces left out", () => {
    expect(spacedWordCount("Home › News")).toBe(3);
    expect(spacedWordCount("  Tide  tables ")).toBe(2);
    expect(spacedWordCount("")).toBe(0);
  });
});
