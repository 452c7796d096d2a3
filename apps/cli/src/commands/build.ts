import { join } from "node:path";
import { type Article, articleKey } from "@dateline/schema";
import { withPictures } from "../_images.js";
import { writeAtomic } from "../_io.js";
import { EXIT_INPUT, reportError } from "../_report.js";
import { expandSources, type LoadOptions, loadArticles } from "../_sources.js";
import { type BuildSettings, FORMATS } from "../formats/index.js";

export interface BuildOptions extends LoadOptions {
  out: string;
  formats: string[];
  settings: BuildSettings;
}

/**
 * Load every source, then write every format. A bad source is reported and
 * skipped; the others are still built, and the run ends non-zero naming it.
 */
export async function loadAll(sources: readonly string[], options: LoadOptions): Promise<{ articles: Article[]; failed: string[] }> {
  const articles: Article[] = [];
  const failed: string[] = [];
  const keys = new Set<string>();
  for (const loaded of await loadArticles(expandSources(sources), options)) {
    const { source } = loaded;
    if ("error" in loaded) {
      failed.push(source);
      reportError(loaded.error);
      continue;
    }
    const key = articleKey(loaded.article);
    if (keys.has(key)) {
      process.stderr.write(`note: ${source}: same article as an earlier source (${key}); kept once\n`);
      continue;
    }
    keys.add(key);
    articles.push(loaded.article);
  }
  return { articles, failed };
}

export async function buildCommand(sources: readonly string[], options: BuildOptions): Promise<number> {
  const { articles, failed } = await loadAll(sources, options);
  if (articles.length === 0) {
    process.stderr.write(`error: no article could be read from ${sources.join(", ")}; nothing built\n`);
    return EXIT_INPUT;
  }
  const settings = await withPictures(articles, options);
  const formatFailures: string[] = [];
  for (const format of FORMATS.filter((f) => options.formats.includes(f.name))) {
    try {
      const files = await format.render(articles, settings);
      for (const file of files) {
        const path = join(options.out, file.name);
        await writeAtomic(path, file.data);
        process.stdout.write(`${path}\n`);
      }
    } catch (error) {
      formatFailures.push(format.name);
      reportError(error, `${format.name} output`);
    }
  }
  const plural = (n: number) => (n === 1 ? "" : "s");
  process.stderr.write(`built ${articles.length} article${plural(articles.length)} as ${options.formats.join(", ")} into ${options.out}\n`);
  if (failed.length > 0) process.stderr.write(`error: ${failed.length} source${plural(failed.length)} failed: ${failed.join(", ")}\n`);
  if (formatFailures.length > 0) process.stderr.write(`error: could not build ${formatFailures.join(", ")}\n`);
  return failed.length > 0 || formatFailures.length > 0 ? EXIT_INPUT : 0;
}
