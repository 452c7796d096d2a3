import { stripForbiddenXmlChars } from "@dateline/html";
import RSS from "rss";
import type { ResolvedChannel } from "./_channel.js";
import type { FeedDate } from "./_dates.js";
import type { FeedItem } from "./_items.js";

const clean = stripForbiddenXmlChars;

/** Item text is already XML-safe (see FeedItem); only channel settings are cleaned here. */
function itemOptions(item: FeedItem): RSS.ItemOptions {
  // The package writes `isPermaLink="true"` only for a guid it takes from `url`,
  // and then the link is that same URL. A permalink guid that differs from the
  // item's link (possible in a feed written by something else) keeps its value,
  // so readers still recognise the item, but is marked as not a permalink.
  const permalink = item.isPermaLink && (item.link === undefined || item.link === item.guid);
  const custom: unknown[] = item.creators.map((name) => ({ "dc:creator": name }));
  // Written by hand: the package would convert the date to GMT (see _dates.ts).
  if (item.pubDate) custom.push({ pubDate: item.pubDate.text });
  if (item.content) custom.push({ "content:encoded": { _cdata: item.content } });
  // @types/rss marks `url`, `description` and `date` as required; lib/index.js treats them all as optional.
  return {
    title: item.title,
    description: item.description ?? "",
    ...(permalink ? { url: item.guid } : { url: item.link, guid: item.guid }),
    categories: item.categories,
    // No `author`: the package writes it as dc:creator, next to ours (stack.md §7).
    ...(item.enclosure ? { enclosure: { url: item.enclosure.url, size: item.enclosure.length, type: item.enclosure.type } } : {}),
    custom_elements: custom,
  } as RSS.ItemOptions;
}

/** Where `needle` first occurs outside CDATA sections, whose text may hold anything. */
function indexOutsideCdata(xml: string, needle: string): number {
  let from = 0;
  for (;;) {
    const found = xml.indexOf(needle, from);
    const cdata = xml.indexOf("<![CDATA[", from);
    if (found === -1 || cdata === -1 || found < cdata) return found;
    from = xml.indexOf("]]>", cdata) + 3;
  }
}

/**
 * The package always writes `lastBuildDate` as the current time (hard-coded in
 * lib/index.js), so its element is replaced by ours, or removed when there is
 * no date to give, to make the same input give the same bytes.
 */
function setLastBuildDate(xml: string, date: FeedDate | undefined): string {
  const open = "<lastBuildDate>";
  const close = "</lastBuildDate>";
  const start = indexOutsideCdata(xml, open);
  if (start === -1) return xml;
  const end = xml.indexOf(close, start) + close.length;
  if (date) return `${xml.slice(0, start)}${open}${date.text}${close}${xml.slice(end)}`;
  // Take the indentation before the element with it.
  const lineStart = xml.slice(0, start).search(/\n[ \t]*$/);
  return xml.slice(0, lineStart === -1 ? start : lineStart) + xml.slice(end);
}

export function writeFeed(channel: ResolvedChannel, items: readonly FeedItem[], lastBuildDate: FeedDate | undefined): string {
  const feed = new RSS({
    title: clean(channel.title),
    description: clean(channel.description),
    site_url: channel.link,
    // @types/rss requires feed_url; lib/index.js writes atom:link only when it is set.
    feed_url: channel.feedUrl as string,
    language: channel.language,
    generator: clean(channel.generator),
    ...(channel.image ? { image_url: channel.image } : {}),
  });
  for (const item of items) feed.item(itemOptions(item));
  // Indented, so a published feed kept in version control diffs line by line.
  return `${setLastBuildDate(feed.xml({ indent: "  " }), lastBuildDate)}\n`;
}
