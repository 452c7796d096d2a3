import { describe, expect, it } from "vitest";
import { isDatelineError, safeParseArticle } from "@dateline/schema";
import { fromText } from "./index.js";
import { seededRandom } from "@dateline/test-kit";

/**
 * fromText does not re-validate its article (see from-text.ts), so this
 * holds it to the schema on pages made up of every kind of line it reads,
 * in random order, with the odd spacing, marks and scripts real copies have.
 * Seeded, so a failure names a page that can be made again.
 */

const WORDS =
  "the of and to in a that is was for on with as by at from it be has have are were said will not but an its this which after more than two over year council minister government police city people new report week told about could would there been their who into also".split(
    " ",
  );
const NAMES = ["Jane Doe", "John Roe", "Aoife Ní Bhriain", "José Álvarez", "Zoë van der Berg", "Олег Петров"];
const ODD = ["", " ", "\t", "\u00a0", "  ", "…", "–", "—", "“", "”", "’", "|", "•", "*", "(", ")", "[1]", "😀", "中文", "שלום", "\u200b"];

function page(next: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const words = (min: number, max: number) => Array.from({ length: min + Math.floor(next() * (max - min)) }, () => pick(WORDS)).join(" ");
  const sentence = () => {
    const text = words(6, 30);
    return text[0]!.toUpperCase() + text.slice(1) + pick([".", ".", "?", "!", "", ":", ".”", "…"]);
  };
  const odd = (text: string) => (next() < 0.15 ? pick(ODD) + text + pick(ODD) : text);
  const kinds: Array<() => string> = [
    () => pick(["Home", "News", "Sport", "Menu", "Share", "Advertisement", "Skip to main content", "Most read", "Comments"]),
    () =>
      pick(["Sign up to our free newsletter", "We use cookies to improve your experience. Accept all or manage preferences", "Subscribe"]),
    () => words(3, 10).replace(/^./, (c) => c.toUpperCase()),
    () => `By ${pick(NAMES)}${next() < 0.5 ? ` and ${pick(NAMES)}` : ""}`,
    () =>
      pick([
        "Published 13 March 2025",
        "Updated: Mar 13, 2025 10:42 a.m. ET",
        "Mon 3 Mar 2025 07.15 GMT",
        "2025-03-13",
        "13.03.2025 | 2025-13-45",
      ]),
    () => Array.from({ length: 1 + Math.floor(next() * 6) }, sentence).join(" "),
    () => `${words(5, 15)} ${pick(["(Photo: ", "Photograph: ", "Credit: ", "— "])}${pick(NAMES)}${pick([")", "", "/Getty Images"])}`,
    () => pick(["(Photo: ", "| Credit: ", "– Picture: "]) + pick(NAMES) + pick([")", "", "/Reuters"]),
    () => `“${sentence()}”`,
    () => `${pick(["•", "-", "*", "1.", "2)"])} ${next() < 0.1 ? "" : words(1, 12)}`,
    () => pick(["Read more:", "Related", "More on this story", "Lesen Sie auch", "À lire aussi"]),
    () => pick(["10:42", "2.12pm", "10:42 GMT"]),
    () => pick(["“”", '""', "• ", "–", "***", "| | |", "(", "[]", "…"]),
    () => "word ".repeat(Math.floor(next() * 200)),
  ];
  const lines: string[] = [];
  const count = 5 + Math.floor(next() * 100);
  for (let i = 0; i < count; i++) {
    const line = odd(pick(kinds)());
    lines.push(line);
    if (next() < 0.1) lines.push(line); // a caption given twice, alt text and all
    if (next() < 0.6) lines.push(next() < 0.1 ? pick(["", " ", "\t"]) : "");
  }
  return lines.join(next() < 0.1 ? "\r\n" : "\n");
}

describe("generated pages", () => {
  it("give a schema-valid article or a clear error, never an invalid article", () => {
    const outcomes = { articles: 0, refused: 0 };
    for (let seed = 1; seed <= 400; seed++) {
      const text = page(seededRandom(seed));
      const meta = seed % 3 === 0 ? { inLanguage: "en", publisher: { type: "Organization" as const, name: "Example News" } } : undefined;
      let article: ReturnType<typeof fromText>;
      try {
        article = fromText(text, meta ? { meta } : {});
      } catch (error) {
        if (!isDatelineError(error)) throw error;
        expect(["NO_ARTICLE_FOUND", "EMPTY_INPUT"], `page ${seed}: ${error.message}`).toContain(error.code);
        outcomes.refused++;
        continue;
      }
      const result = safeParseArticle(article);
      expect(result.success ? [] : result.error.problems, `page ${seed}`).toEqual([]);
      outcomes.articles++;
    }
    // Both ways out are exercised, or the test proves little.
    expect(outcomes.articles).toBeGreaterThan(100);
    expect(outcomes.refused).toBeGreaterThan(10);
  });
});
