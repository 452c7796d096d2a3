import { readFile } from "node:fs/promises";
import { DatelineError } from "@dateline/schema/errors";
import { withPictures } from "../_images.js";
import { writeAtomic } from "../_io.js";
import { EXIT_INPUT, reportError } from "../_report.js";
import type { LoadOptions } from "../_sources.js";
import type { BuildSettings } from "../formats/index.js";
import { settingsToChannel } from "../formats/rss.js";
import { loadAll } from "./build.js";

export interface FeedAddOptions extends LoadOptions {
  feed: string;
  max: number;
  settings: BuildSettings;
}

/**
 * `dateline feed add`: merge new articles into a published feed file. Older
 * items stay, an item with the same guid is replaced, the feed is trimmed to
 * --max, and the file is replaced in one step.
 */
export async function feedAddCommand(sources: readonly string[], options: FeedAddOptions): Promise<number> {
  const { articles, failed } = await loadAll(sources, options);
  if (articles.length === 0) {
    process.stderr.write(`error: no article could be read from ${sources.join(", ")}; ${options.feed} left unchanged\n`);
    return EXIT_INPUT;
  }
  let existing: string | undefined;
  try {
    existing = await readFile(options.feed, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT")
      throw new DatelineError("UNREADABLE_INPUT", `cannot read the feed: ${(error as Error).message}`, {
        source: options.feed,
        cause: error,
      });
  }
  try {
    const { addToFeed } = await import("@dateline/rss");
    const settings = await withPictures(articles, options);
    const xml = addToFeed(existing, articles, settingsToChannel(settings), { max: options.max });
    await writeAtomic(options.feed, xml);
  } catch (error) {
    reportError(error, options.feed);
    return EXIT_INPUT;
  }
  process.stdout.write(`${options.feed}\n`);
  process.stderr.write(
    `added ${articles.length} article${articles.length === 1 ? "" : "s"} to ${options.feed}${existing === undefined ? " (new feed)" : ""}\n`,
  );
  if (failed.length > 0) {
    process.stderr.write(`error: ${failed.length} source${failed.length === 1 ? "" : "s"} failed: ${failed.join(", ")}\n`);
    return EXIT_INPUT;
  }
  return 0;
}
