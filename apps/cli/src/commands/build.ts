import { join } from "node:path";
import { type Article, articleKey, isDatelineError } from "@dateline/schema";
import { prepareOutputFolder, writeAtomic } from "../_io.js";
import { EXIT_INPUT, reportError } from "../_report.js";
import { expandSources, loadArticle, type LoadOptions } from "../_sources.js";
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
  for (const source of expandSources(sources)) {
    try {
      const article = await loadArticle(source, options);
      const key = articleKey(article);
      if (keys.has(key)) {
        process.stderr.write(`note: ${source}: same article as an earlier source (${key}); kept once\n`);
        continue;
      }
      keys.add(key);
      articles.push(article);
    } catch (error) {
      failed.push(source);
      reportError(error);
    }
  }
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
  const { articles, failed } = await loadAll(sources, options);
  if (articles.length === 0) {
    process.stderr.write(`error: no article could be read from ${sources.join(", ")}; nothing built\n`);
    return EXIT_INPUT;
  }
  const built: string[] = [];
  const formatFailures: string[] = [];
  for (const format of FORMATS.filter((f) => options.formats.includes(f.name))) {
    try {
      const files = await format.render(articles, options.settings);
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
