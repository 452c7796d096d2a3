import { DatelineError } from "@dateline/schema";
import { EXIT_INPUT } from "../_report.js";
import { type LoadOptions, loadSource } from "../_sources.js";

export interface ParseOptions extends LoadOptions {
  /** --item N: print only the Nth article of a feed, counted from 1. */
  item?: number;
}

/**
 * `dateline parse <source>`: the article as JSON on standard output; for a feed, the array of
 * its articles (or one of them with --item).
 */
export async function parseCommand(source: string, options: ParseOptions): Promise<number> {
  const { kind, articles } = await loadSource(source, options);
  if (articles.length === 0 && kind === "markdown") {
    // The reader has said why (a draft); there is nothing to print.
    return EXIT_INPUT;
  }
  let output: unknown = kind === "feed" ? articles : articles[0];
  if (options.item !== undefined) {
    const article = articles[options.item - 1];
    if (!article) {
      throw new DatelineError("INVALID_OPTION", `--item ${options.item} is past the end: the source holds ${articles.length} article(s)`, {
        source,
        hint: `pick an item from 1 to ${articles.length}`,
      });
    }
    output = article;
  }
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  return 0;
}
