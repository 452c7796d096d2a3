import { realpath } from "node:fs/promises";
import { dirname } from "node:path";
import { DatelineError } from "@dateline/schema/errors";
import { withPictures } from "../_images.js";
import { FEED_MAX_BYTES, prepareOutputFolder, readInput, writeAtomic } from "../_io.js";
import { withFileLock } from "../_lock.js";
import { EXIT_INPUT, reportError } from "../_report.js";
import type { LoadOptions } from "../_sources.js";
import type { BuildSettings } from "../formats/index.js";
import { settingsToChannel, withChannelFlags } from "../formats/rss.js";
import { loadAll } from "./build.js";

export interface FeedAddOptions extends LoadOptions {
  feed: string;
  /** Items to keep, newest first; 0 keeps them all. */
  max: number;
  settings: BuildSettings;
}

/** The feed's text, or undefined when there is no feed yet. */
async function readFeedFile(path: string): Promise<string | undefined> {
  try {
    const bytes = await readInput(path, {
      maxBytes: FEED_MAX_BYTES,
      what: "feed",
      hint: "a feed this large is not a feed a reader downloads; check the path, or trim the feed",
    });
    return Buffer.from(bytes).toString("utf8");
  } catch (error) {
    if (error instanceof DatelineError && (error.cause as NodeJS.ErrnoException | undefined)?.code === "ENOENT") return undefined;
    throw error;
  }
}

/**
 * `dateline feed add`: merge new articles into a published feed file. Older
 * items stay, an item with the same guid is replaced, the feed is trimmed to
 * --max. Writers of one feed take turns under a lock file, each reading the
 * feed only once the previous one has replaced it, so no run loses another's item.
 */
export async function feedAddCommand(sources: readonly string[], options: FeedAddOptions): Promise<number> {
  // One lock for every name of the feed: through a symbolic link or not.
  const target = await realpath(options.feed).catch(() => options.feed);
  try {
    await prepareOutputFolder(dirname(target));
  } catch (error) {
    reportError(error);
    return EXIT_INPUT;
  }
  const { articles, failed } = await loadAll(sources, options);
  if (articles.length === 0) {
    process.stderr.write(`error: no article could be read from ${sources.join(", ")}; ${options.feed} left unchanged\n`);
    return EXIT_INPUT;
  }
  let existing: string | undefined;
  let dropped = 0;
  try {
    // Pictures are fetched (--images fetch) before the lock is taken, so other writers wait only for the write itself.
    const settings = await withPictures(articles, options);
    await withFileLock(target, async () => {
      existing = await readFeedFile(options.feed);
      const { addToFeed } = await import("@dateline/rss");
      const xml = withChannelFlags(() =>
        addToFeed(existing, articles, settingsToChannel(settings), {
          max: options.max,
          onTrim: (count) => {
            dropped = count;
          },
        }),
      );
      await writeAtomic(options.feed, xml);
    });
  } catch (error) {
    reportError(error, options.feed);
    return EXIT_INPUT;
  }
  process.stdout.write(`${options.feed}\n`);
  const plural = (n: number) => (n === 1 ? "" : "s");
  process.stderr.write(
    `added ${articles.length} article${plural(articles.length)} to ${options.feed}${existing === undefined ? " (new feed)" : ""}\n`,
  );
  if (dropped > 0) {
    process.stderr.write(
      `note: ${dropped} older item${plural(dropped)} dropped to keep the newest ${options.max} (--max; --max 0 keeps all)\n`,
    );
  }
  if (failed.length > 0) {
    process.stderr.write(`error: ${failed.length} source${plural(failed.length)} failed: ${failed.join(", ")}\n`);
    return EXIT_INPUT;
  }
  return 0;
}
