import { loadArticle, type LoadOptions } from "../_sources.js";

/** `dateline parse <source>`: the article as JSON on standard output. */
export async function parseCommand(source: string, options: LoadOptions): Promise<number> {
  const article = await loadArticle(source, options);
  process.stdout.write(`${JSON.stringify(article, null, 2)}\n`);
  return 0;
}
