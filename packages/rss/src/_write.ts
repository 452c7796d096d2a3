import { stripForbiddenXmlChars } from "@dateline/html";
import xml from "xml";
import type { ResolvedChannel } from "./_channel.js";
import type { FeedDate } from "./_dates.js";
import type { FeedItem } from "./_items.js";

type Element = xml.XmlObject;

const clean = stripForbiddenXmlChars;

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
/** Always declared, used or not: readers that meet a prefix expect its namespace on the root. */
const NAMESPACES = {
  "xmlns:dc": "http://purl.org/dc/elements/1.1/",
  "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
  "xmlns:atom": "http://www.w3.org/2005/Atom",
};
/** Indented, so a published feed kept in version control diffs line by line. */
const INDENT = "  ";

/** Text that may hold markup-like characters goes in CDATA (the serializer splits any `]]>`). */
const cdata = (text: string): { _cdata: string } => ({ _cdata: text });

/**
 * An item, in the element order feeds written by earlier versions have (they
 * used the `rss` package), so `addToFeed` rewrites an untouched item byte for
 * byte. Item text is already XML-safe (see FeedItem).
 */
function itemElement(item: FeedItem): Element {
  // A permalink guid that differs from the item's link (possible in a feed
  // written by something else) keeps its value, so readers still recognise
  // the item, but is marked as not a permalink.
  const permalink = item.isPermaLink && (item.link === undefined || item.link === item.guid);
  const link = permalink ? item.guid : item.link;
  const children: Element[] = [];
  if (item.title) children.push({ title: cdata(item.title) });
  if (item.description) children.push({ description: cdata(item.description) });
  if (link) children.push({ link });
  children.push({ guid: [{ _attr: { isPermaLink: permalink } }, item.guid] });
  for (const category of item.categories) children.push({ category: cdata(category) });
  if (item.enclosure) {
    const { url, length, type } = item.enclosure;
    children.push({ enclosure: { _attr: { url, length, type } } });
  }
  for (const name of item.creators) children.push({ "dc:creator": name });
  // RFC 822 with the publisher's own offset (see _dates.ts).
  if (item.pubDate) children.push({ pubDate: item.pubDate.text });
  if (item.content) children.push({ "content:encoded": cdata(item.content) });
  return { item: children };
}

function channelElement(channel: ResolvedChannel, items: readonly FeedItem[], lastBuildDate: FeedDate | undefined): Element {
  const title = clean(channel.title);
  const children: Element[] = [{ title: cdata(title) }, { description: cdata(clean(channel.description)) }, { link: channel.link }];
  if (channel.image) children.push({ image: [{ url: channel.image }, { title }, { link: channel.link }] });
  children.push({ generator: clean(channel.generator) });
  // Only a date the articles or options give: the same input must give the same bytes.
  if (lastBuildDate) children.push({ lastBuildDate: lastBuildDate.text });
  if (channel.feedUrl) children.push({ "atom:link": { _attr: { href: channel.feedUrl, rel: "self", type: "application/rss+xml" } } });
  children.push({ language: cdata(channel.language) });
  children.push(...items.map(itemElement));
  return { channel: children };
}

/** The feed as RSS 2.0 text, built as an element tree and written by an XML serializer. */
export function writeFeed(channel: ResolvedChannel, items: readonly FeedItem[], lastBuildDate: FeedDate | undefined): string {
  const rss: Element = { rss: [{ _attr: { ...NAMESPACES, version: "2.0" } }, channelElement(channel, items, lastBuildDate)] };
  return `${XML_DECLARATION}${xml(rss, { indent: INDENT })}\n`;
}
