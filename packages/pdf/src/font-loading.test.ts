import { beforeAll, describe, expect, it, vi } from "vitest";
import { listFixtures, loadArticle, seedArticle } from "@dateline/test-kit";

/** Every file the package reads, in order (fonts and hyphenation patterns are its only files). */
const filesRead = vi.hoisted(() => [] as string[]);
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  return {
    ...fs,
    readFileSync: ((path: Parameters<typeof fs.readFileSync>[0], ...rest: unknown[]) => {
      filesRead.push(String(path));
      return (fs.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
    }) as typeof fs.readFileSync,
  };
});

const FONT_FILE = /\.(ttf|otf)$/;
/** The Noto faces for scripts the text faces lack (CJK, Arabic, Hebrew, Devanagari, Thai, symbols, emoji). */
const FALLBACK_FONT = /fonts-(sc|jp|kr|arabic|hebrew)|devanagari|thai|symbols|emoji/i;

const fontsRead = () => filesRead.filter((path) => FONT_FILE.test(path));

// One module graph for this file's tests: what an earlier test loaded stays loaded for the later ones, as in
// one process. The suite shares modules between files (isolate: false), so the exporter is loaded afresh here,
// after the registry is cleared, for the first test to see its first reads.
let toPdf: typeof import("./index.js").toPdf;
beforeAll(async () => {
  vi.resetModules();
  ({ toPdf } = await import("./index.js"));
});

describe("font files are read when a run of text needs them, once a process", () => {
  it("a Latin-only briefing reads only text faces, never a fallback face", async () => {
    await toPdf([seedArticle()]);
    expect(fontsRead().length).toBeGreaterThan(0);
    expect(fontsRead().filter((path) => FALLBACK_FONT.test(path))).toEqual([]);
  });

  it("a second briefing reads no font or pattern file again", async () => {
    const articles = [seedArticle(), seedArticle()];
    const before = filesRead.length;
    await toPdf(articles);
    expect(filesRead.slice(before)).toEqual([]);
  });

  it("Japanese text reads the Japanese face, and only then", async () => {
    const japanese = loadArticle(listFixtures().find((fixture) => fixture.name === "shift-jis-meta-charset-japanese")!);
    const before = fontsRead().length;
    await toPdf([japanese]);
    expect(
      fontsRead()
        .slice(before)
        .some((path) => path.includes("fonts-jp")),
    ).toBe(true);
  });
});
