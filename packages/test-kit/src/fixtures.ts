import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArticle, type Article } from "@dateline/schema";

/** The repository's fixtures/ folder. */
export const FIXTURES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../../fixtures");

export interface Fixture {
  /** Folder name, which says what makes the case hard (`<folder>-item-<n>` for one item of a feed). */
  name: string;
  dir: string;
  /** `source.txt` (or another `source.*`), when the case has one. */
  sourcePath: string | undefined;
  metaPath: string | undefined;
  articlePath: string;
  /**
   * For a source that holds several articles (a feed): which one, counted from 0. Its golden is
   * `articles/<item + 1>.json`, so every golden is one article file as the exporter suite expects.
   */
  item?: number;
}

/** The golden files of a case: `article.json`, or `articles/1.json`, `articles/2.json`… for a feed, in feed order. */
function goldens(dir: string): { path: string; item?: number }[] {
  if (existsSync(join(dir, "article.json"))) return [{ path: join(dir, "article.json") }];
  const many = join(dir, "articles");
  if (!existsSync(many)) return [];
  return readdirSync(many)
    .filter((file) => /^\d+\.json$/.test(file))
    .map((file) => Number.parseInt(file, 10))
    .sort((a, b) => a - b)
    .map((number) => ({ path: join(many, `${number}.json`), item: number - 1 }));
}

/** Every fixture case, sorted by name in code-unit order (the same on every locale); a feed case gives one entry per item. */
export function listFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const dir = join(FIXTURES_DIR, entry.name);
      const source = readdirSync(dir).find((file) => file.startsWith("source."));
      const meta = join(dir, "meta.json");
      return goldens(dir).map(({ path, item }) => ({
        name: item === undefined ? entry.name : `${entry.name}-item-${item + 1}`,
        dir,
        sourcePath: source ? join(dir, source) : undefined,
        metaPath: existsSync(meta) ? meta : undefined,
        articlePath: path,
        ...(item === undefined ? {} : { item }),
      }));
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** A fresh, validated copy of a fixture's golden article (fresh so no test can change another's input). */
export function loadArticle(fixture: Fixture): Article {
  return parseArticle(JSON.parse(readFileSync(fixture.articlePath, "utf8")), { source: fixture.articlePath });
}

/** The project's original seed: the RTÉ ceasefire story. */
export const SEED_FIXTURE = "consent-notice-mid-article";

export function seedArticle(): Article {
  const fixture = listFixtures().find((f) => f.name === SEED_FIXTURE);
  if (!fixture) throw new Error(`fixture ${SEED_FIXTURE} is missing from ${FIXTURES_DIR}`);
  return loadArticle(fixture);
}

export function allFixtureArticles(): Article[] {
  return listFixtures().map(loadArticle);
}

/**
 * `count` distinct articles made from the fixtures, for batch tests and
 * benchmarks: each copy gets its own id, URL and date so none are duplicates.
 */
export function manyArticles(count: number): Article[] {
  const base = allFixtureArticles();
  if (base.length === 0) throw new Error("no fixtures to multiply");
  return Array.from({ length: count }, (_, i) => {
    const source = structuredClone(base[i % base.length]!);
    const day = String(1 + (i % 28)).padStart(2, "0");
    const minute = String(i % 60).padStart(2, "0");
    return {
      ...source,
      id: `copy-${i}`,
      headline: `${source.headline} (${i + 1})`,
      url: `https://news.example.com/stories/${i + 1}`,
      datePublished: `2025-02-${day}T08:${minute}:00+00:00`,
    };
  });
}
