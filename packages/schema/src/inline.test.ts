import { describe, expect, it } from "vitest";
import { type Mark, type TextRun, textRuns } from "./inline.js";

/** The runs as textRuns is defined: cut at every boundary, each run asking every mark whether it covers it. */
function byDefinition(text: string, marks: readonly Mark[]): TextRun[] {
  const points = [...new Set([0, text.length, ...marks.flatMap((mark) => [mark.start, mark.end])])].sort((a, b) => a - b);
  return points.slice(0, -1).map((start, i) => {
    const end = points[i + 1]!;
    const covering = marks.filter((mark) => mark.start <= start && mark.end >= end);
    const link = covering.find((mark) => mark.type === "link");
    return {
      text: text.slice(start, end),
      ...(link?.type === "link" ? { href: link.href } : {}),
      emphasis: covering.some((mark) => mark.type === "emphasis"),
      strong: covering.some((mark) => mark.type === "strong"),
    };
  });
}

/** A small deterministic generator, so a failure can be replayed. */
function randomMarks(seed: number, length: number): Mark[] {
  let state = seed;
  const next = (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % below;
  };
  return Array.from({ length: next(8) }, (_, i) => {
    const start = next(length);
    const end = start + 1 + next(length - start);
    const kind = next(3);
    return kind === 0
      ? { type: "link", start, end, href: `https://news.example.com/${i}` }
      : { type: kind === 1 ? "emphasis" : "strong", start, end };
  });
}

describe("textRuns", () => {
  it("cuts a text at its marks, the first link covering a run giving its address", () => {
    const marks: Mark[] = [
      { type: "link", start: 0, end: 9, href: "https://news.example.com/a" },
      { type: "link", start: 4, end: 13, href: "https://news.example.com/b" },
      { type: "emphasis", start: 2, end: 6 },
      { type: "strong", start: 6, end: 13 },
    ];
    expect(textRuns("Harbour ferry", marks)).toEqual([
      { text: "Ha", href: "https://news.example.com/a", emphasis: false, strong: false },
      { text: "rb", href: "https://news.example.com/a", emphasis: true, strong: false },
      { text: "ou", href: "https://news.example.com/a", emphasis: true, strong: false },
      { text: "r f", href: "https://news.example.com/a", emphasis: false, strong: true },
      { text: "erry", href: "https://news.example.com/b", emphasis: false, strong: true },
    ]);
  });

  it("agrees with its definition on overlapping and nested marks", () => {
    const text = "The ferry runs again on Monday";
    for (let seed = 1; seed <= 2000; seed++) {
      const marks = randomMarks(seed, text.length);
      expect(textRuns(text, marks), JSON.stringify(marks)).toEqual(byDefinition(text, marks));
    }
  });

  it("splits a paragraph with a mark on each of 50,000 words", () => {
    const words = Array.from({ length: 50_000 }, (_, i) => `word${i}`);
    const marks: Mark[] = [];
    let at = 0;
    for (const word of words) {
      marks.push({ type: "emphasis", start: at, end: at + word.length });
      at += word.length + 1;
    }
    const runs = textRuns(words.join(" "), marks);
    expect(runs.filter((run) => run.emphasis).map((run) => run.text)).toEqual(words);
  });
});
