import { DatelineError, newestDate, type Article } from "@dateline/schema";
import { resolveChannel, resolveLastBuildDate, type RssChannel } from "./_channel.js";
import { feedDateFromIso } from "./_dates.js";
import { articleItems, newestFirst, type FeedItem } from "./_items.js";
import { readFeed } from "./_read.js";
import { writeFeed } from "./_write.js";

export interface AddToFeedOptions {
  /** How many items the feed keeps, newest first (default 50); 0 keeps every item. */
  max?: number;
  /** Told how many older items the cut to `max` left out, when it left any out. */
  onTrim?: (dropped: number) => void;
}

/**
 * Add articles to a published feed: older items stay, an item with the same
 * guid as a new article is replaced by it, and the feed is cut to the `max`
 * newest. Channel settings come from `channel`, then from the existing feed,
 * then from the articles. `existingXml` undefined starts a new feed; a feed
 * that cannot be read throws INVALID_FEED with the line and column.
 */
export function addToFeed(
  existingXml: string | undefined,
  articles: readonly Article[],
  channel: RssChannel = {},
  { max = 50, onTrim }: AddToFeedOptions = {},
): string {
  if (!Number.isInteger(max) || max < 0) {
    throw new DatelineError("INVALID_OPTION", `addToFeed: max must be a whole number of items, or 0 for no limit (got ${max})`, {
      hint: "pass max such as 50, or 0 to keep every item",
    });
  }
  const existing = existingXml === undefined ? undefined : readFeed(existingXml);
  const resolved = resolveChannel(articles, channel, existing?.channel);
  const added = articleItems(articles, channel.images, channel.onWarning ?? (() => {}));
  const seen = new Set(added.map((item) => item.guid));
  const kept: FeedItem[] = [];
  for (const item of existing?.items ?? []) {
    // Also drops repeats within the old feed (DuplicateValue), keeping the first.
    if (seen.has(item.guid)) continue;
    seen.add(item.guid);
    kept.push(item);
  }
  const all = newestFirst([...added, ...kept]);
  const items = max === 0 ? all : all.slice(0, max);
  if (items.length < all.length) onTrim?.(all.length - items.length);
  const newest = newestDate(articles);
  const candidates = [newest ? feedDateFromIso(newest) : undefined, existing?.lastBuildDate, ...items.map((item) => item.pubDate)];
  return writeFeed(resolved, items, resolveLastBuildDate(channel, candidates));
}
