import { describe, expect, it } from "vitest";
import type { Article } from "@dateline/schema";
import { allFixtureArticles, listFixtures, loadArticle } from "./fixtures.js";
import { packProblems } from "./pack.js";

export interface ExporterUnderTest<Output extends Uint8Array | string> {
  /** Format name used in test titles, e.g. "epub". */
  name: string;
  /** Render one or many articles with default options. */
  render(articles: Article[]): Promise<Output> | Output;
  /** Run the format's reference validator; return its complaints (empty when clean). */
  validate(output: Output, label: string): Promise<string[]> | string[];
}

function same(a: Uint8Array | string, b: Uint8Array | string): boolean {
  if (typeof a === "string" || typeof b === "string") return a === b;
  return Buffer.from(a).equals(Buffer.from(b));
}

/**
 * The suite every exporter runs over every fixture: it renders without
 * throwing, gives the same bytes twice, and its validator finds nothing.
 * Each exporter adds its own specific tests beside this one.
 */
export function exporterConformance<Output extends Uint8Array | string>(exporter: ExporterUnderTest<Output>): void {
  describe(`${exporter.name}: shared exporter suite`, () => {
    const fixtures = listFixtures();

    it("has fixtures to run", () => {
      expect(fixtures.length).toBeGreaterThan(0);
    });

    for (const fixture of fixtures) {
      it(`${fixture.name}: renders, is deterministic and validates`, async () => {
        const first = await exporter.render([loadArticle(fixture)]);
        const second = await exporter.render([loadArticle(fixture)]);
        expect(first.length).toBeGreaterThan(0);
        expect(same(first, second), "same input must give the same bytes").toBe(true);
        expect(await exporter.validate(first, fixture.name)).toEqual([]);
      });
    }

    it("all fixtures in one batch: renders, is deterministic and validates", async () => {
      const first = await exporter.render(allFixtureArticles());
      const second = await exporter.render(allFixtureArticles());
      expect(same(first, second), "same input must give the same bytes").toBe(true);
      expect(await exporter.validate(first, "all-fixtures")).toEqual([]);
    });

    it("author names and labels made only of characters XML forbids: renders and validates", async () => {
      // Valid to the schema (it asks for text that is not blank), yet nothing of it is left once XML's forbidden
      // characters are dropped: an element written from it would be empty where the format wants text.
      const unreadable = "\uFFFE \u0001\uFFFF";
      const articles = allFixtureArticles()
        .slice(0, 2)
        .map((article) => ({
          ...article,
          authors: [{ type: "Person" as const, name: unreadable }, ...(article.authors ?? [])],
          section: unreadable,
          keywords: [unreadable],
        }));
      const output = await exporter.render(articles);
      expect(await exporter.validate(output, "unreadable-names")).toEqual([]);
    });
  });
}

/**
 * The pack test every publishable package runs in its `test` task (after the
 * build): what npm would publish holds every file package.json names, and no
 * build state or test. `packageDir` is the folder with the package.json.
 */
export function packConformance(packageDir: string): void {
  describe("npm pack", () => {
    it("ships every file its exports, bin, main and types name, and no tests or build state", () => {
      expect(packProblems(packageDir)).toEqual([]);
    });
  });
}
