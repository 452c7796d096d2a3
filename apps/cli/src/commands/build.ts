import { join } from "node:path";
import { type Article, articleKey } from "@dateline/schema";
import { isDatelineError } from "@dateline/schema/errors";
import { withPictures } from "../_images.js";
import { prepareOutputFolder, writeAtomic } from "../_io.js";
import { EXIT_INPUT, reportError } from "../_report.js";
import { expandSources, type LoadOptions, loadArticles } from "../_sources.js";
import { type BuildSettings, FORMATS } from "../formats/index.js";

export interface BuildOptions extends LoadOptions, Selection {
  out: string;
  formats: string[];
  settings: BuildSettings;
}

/** --since and --limit: which articles of a batch are kept. */
export interface Selection {
  /** Keep articles published (or updated) at or after this instant, in ms. */
  sinceMs?: number;
  /** Keep at most this many, newest first. */
  limit?: number;
}

function articleTime(article: Article): number {
  const date = article.datePublished ?? article.dateModified;
  return date ? Date.parse(date) : Number.NEGATIVE_INFINITY;
}

/**
 * Load every source. A bad source is reported and skipped; the others are still
 * read, and the caller ends non-zero naming it. An article met twice (the same
 * guid or URL, as when two feeds carry one story) is kept once. A batch with a
 * feed in it, or a --since or --limit, is ordered newest first.
 */
export async function loadAll(
  sources: readonly string[],
  options: LoadOptions & Selection,
): Promise<{ articles: Article[]; failed: string[] }> {
  let articles: Article[] = [];
  const failed: string[] = [];
  const seen = new Set<string>();
  let hasFeed = false;
  for (const loaded of await loadArticles(expandSources(sources), options)) {
    const { source } = loaded;
    if ("error" in loaded) {
      failed.push(source);
      reportError(loaded.error);
      continue;
    }
    hasFeed ||= loaded.kind === "feed";
    for (const article of loaded.articles) {
      const keys = [articleKey(article), ...(article.url ? [article.url] : [])];
      const same = keys.find((key) => seen.has(key));
      if (same) {
        process.stderr.write(`note: ${source}: same article as an earlier one (${same}); kept once\n`);
        continue;
      }
      for (const key of keys) seen.add(key);
      articles.push(article);
    }
  }
  if (hasFeed || options.sinceMs !== undefined || options.limit !== undefined) {
    // Array#sort is stable: articles of the same time keep their given order, undated ones go last.
    articles = [...articles].sort((a, b) => articleTime(b) - articleTime(a) || 0);
  }
  const total = articles.length;
  if (options.sinceMs !== undefined) articles = articles.filter((article) => articleTime(article) >= options.sinceMs!);
  if (options.limit !== undefined) articles = articles.slice(0, options.limit);
  if (articles.length < total) process.stderr.write(`note: kept ${articles.length} of ${total} articles (--since/--limit)\n`);
  return { articles, failed };
}

export async function buildCommand(sources: readonly string[], options: BuildOptions): Promise<number> {
  // An output folder that cannot be written fails the run before any work.
  try {
    await prepareOutputFolder(options.out);
  } catch (error) {
    reportError(error);
    return EXIT_INPUT;
  }
  const formats = FORMATS.filter((f) => options.formats.includes(f.name));
  for (const format of formats) format.beforeReading?.();
  const { articles, failed } = await loadAll(sources, options);
  if (articles.length === 0) {
    process.stderr.write(`error: no article could be read from ${sources.join(", ")}; nothing built\n`);
    return EXIT_INPUT;
  }
  const settings = await withPictures(articles, options);
  const built: string[] = [];
  const formatFailures: string[] = [];
  for (const format of formats) {
    try {
      const files = await format.render(articles, settings);
      for (const file of files) {
        const path = join(options.out, file.name);
        await writeAtomic(path, file.data);
        process.stdout.write(`${path}\n`);
      }
      built.push(format.name);
    } catch (error) {
      formatFailures.push(format.name);
      reportError(error, `${format.name} output`);
      // A full disk or a folder gone read-only fails every later write too: one line is enough.
      if (isDatelineError(error) && error.code === "UNWRITABLE_OUTPUT") break;
    }
  }
  const plural = (n: number) => (n === 1 ? "" : "s");
  if (built.length > 0)
    process.stderr.write(`built ${articles.length} article${plural(articles.length)} as ${built.join(", ")} into ${options.out}\n`);
  if (failed.length > 0) process.stderr.write(`error: ${failed.length} source${plural(failed.length)} failed: ${failed.join(", ")}\n`);
  const notBuilt = options.formats.filter((name) => !built.includes(name));
  if (notBuilt.length > 0) process.stderr.write(`error: could not build ${notBuilt.join(", ")}\n`);
  return failed.length > 0 || formatFailures.length > 0 ? EXIT_INPUT : 0;
}
