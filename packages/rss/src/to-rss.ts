import { newestDate, type Article } from "@dateline/schema";
import { resolveChannel, resolveLastBuildDate, type RssChannel } from "./_channel.js";
import { feedDateFromIso } from "./_dates.js";
import { articleItems, newestFirst } from "./_items.js";
import { writeFeed } from "./_write.js";

/**
 * An RSS 2.0 feed of the articles, newest first, with each full body in
 * `content:encoded`. Channel settings the articles cannot supply (the feed's
 * own URL, always) must be passed; a missing one throws INVALID_OPTION naming it.
 */
export function toRss(articles: readonly Article[], channel: RssChannel = {}): string {
  const resolved = resolveChannel(articles, channel);
  const items = newestFirst(articleItems(articles, channel.images, channel.onWarning ?? (() => {})));
  const newest = newestDate(articles);
  return writeFeed(resolved, items, resolveLastBuildDate(channel, [newest ? feedDateFromIso(newest) : undefined]));
}
