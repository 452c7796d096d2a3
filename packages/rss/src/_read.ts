import { stripForbiddenXmlChars } from "@dateline/html";
import { feedXmlParser } from "@dateline/feed-xml";
import { DatelineError, contentHash } from "@dateline/schema";
import { XMLValidator } from "fast-xml-parser";
import type { ChannelFallback } from "./_channel.js";
import { feedDateFromText, type FeedDate } from "./_dates.js";
import type { Enclosure } from "./_enclosure.js";
import type { FeedItem } from "./_items.js";

export interface ExistingFeed {
  channel: ChannelFallback;
  lastBuildDate: FeedDate | undefined;
  items: FeedItem[];
}

/** Elements that may repeat, so they always come back as arrays (jPath form, as the parser reports them). */
const REPEATABLE = new Set(["rss.channel.item", "rss.channel.item.category", "rss.channel.item.dc:creator", "rss.channel.atom:link"]);

const parser = feedXmlParser({ isArray: (_name, jPath) => REPEATABLE.has(String(jPath)) });

type Node = Record<string, unknown>;

// A character reference such as &#1; can still bring a forbidden character in.
// The cheap test comes first: the full pattern is slow on long HTML.
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u;

function text(node: unknown): string | undefined {
  if (typeof node === "string") return SUSPECT.test(node) ? stripForbiddenXmlChars(node) : node;
  if (typeof node === "number" || typeof node === "boolean") return String(node);
  if (node && typeof node === "object" && "#text" in node) return text((node as Node)["#text"]);
  return undefined;
}

function attribute(node: unknown, name: string): string | undefined {
  return node && typeof node === "object" ? text((node as Node)[`@_${name}`]) : undefined;
}

function list(node: unknown): unknown[] {
  return Array.isArray(node) ? node : node === undefined ? [] : [node];
}

/** An absolute http(s) URL as written, or a relative one resolved against the site; anything else is dropped. */
function httpUrl(value: string | undefined, base: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    if (/^https?:\/\//i.test(value)) return value;
    const url = new URL(value, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The W3C validator's MIME pattern, simplified: type/subtype with optional parameters. */
const MIME = /^[^\s()<>,;:\\"/[\]?=]+\/[^\s()<>,;:\\"/[\]?=]+(\s*;.*)?$/;

/** An enclosure is kept only when it is valid RSS: a URL, a positive length and a MIME type. */
function readEnclosure(node: unknown, base: string | undefined): Enclosure | undefined {
  const url = httpUrl(attribute(node, "url"), base);
  const length = Number(attribute(node, "length"));
  const type = attribute(node, "type");
  return url && Number.isInteger(length) && length > 0 && type && MIME.test(type) ? { url, length, type } : undefined;
}

function readItem(node: Node, base: string | undefined): FeedItem {
  const title = text(node.title) ?? "";
  const link = httpUrl(text(node.link), base);
  const pubDateText = text(node.pubDate);
  const description = text(node.description) || undefined;
  const guidText = text(node.guid);
  // Without a guid, readers identify an item by its link; failing that, by what it says.
  const guid = guidText || link || `dateline:${contentHash([title, pubDateText ?? "", description ?? ""].join("\u0000"))}`;
  // isPermaLink defaults to true in RSS 2.0; a "permalink" that is no http(s) URL is an
  // error (InvalidHttpGUID), so it is written back as a plain id with the same value.
  const isPermaLink = guidText ? attribute(node.guid, "isPermaLink") !== "false" && /^https?:\/\/[^/]/i.test(guidText) : guid === link;
  return {
    title,
    link,
    guid,
    isPermaLink,
    pubDate: pubDateText ? feedDateFromText(pubDateText) : undefined,
    description,
    content: text(node["content:encoded"]) || undefined,
    creators: list(node["dc:creator"]).flatMap((creator) => text(creator) || []),
    categories: list(node.category).flatMap((category) => text(category) || []),
    enclosure: node.enclosure ? readEnclosure(node.enclosure, base) : undefined,
  };
}

/**
 * Read an existing RSS 2.0 feed. Well-formedness is checked first, because
 * the parser alone is lenient and would read a truncated file as a shorter feed.
 */
export function readFeed(xml: string): ExistingFeed {
  // XMLValidator is deprecated in favour of a separate package, but it is the
  // one fast-xml-parser 5 ships and it reports the line and column of a fault.
  const verdict = XMLValidator.validate(xml);
  if (verdict !== true) {
    const { msg, line, col } = verdict.err;
    throw new DatelineError("INVALID_FEED", `the existing feed is not well-formed XML at line ${line}, column ${col}: ${msg}`, {
      hint: "repair the feed file, or move it away to start a new feed",
    });
  }
  let channel: Node | undefined;
  try {
    const rss = (parser.parse(xml) as Node).rss as Node | undefined;
    channel = rss && typeof rss.channel === "object" ? (rss.channel as Node) : undefined;
  } catch (error) {
    throw new DatelineError("INVALID_FEED", `the existing feed cannot be read: ${(error as Error).message}`, { cause: error });
  }
  if (!channel) {
    throw new DatelineError("INVALID_FEED", "the existing feed is not RSS 2.0: there is no <rss><channel> element", {
      hint: "point to an RSS 2.0 feed, or move the file away to start a new feed",
    });
  }
  const link = httpUrl(text(channel.link), undefined);
  const self = list(channel["atom:link"]).find((node) => attribute(node, "rel") === "self");
  const lastBuildDate = text(channel.lastBuildDate);
  const fallback: ChannelFallback = {
    title: text(channel.title) || undefined,
    link,
    description: text(channel.description) || undefined,
    feedUrl: attribute(self, "href"),
    language: text(channel.language) || undefined,
    image: text((channel.image as Node | undefined)?.url) || undefined,
  };
  return {
    // Drop what the feed does not say, so it does not hide values derived from the articles.
    channel: Object.fromEntries(Object.entries(fallback).filter(([, value]) => value !== undefined)),
    lastBuildDate: lastBuildDate ? feedDateFromText(lastBuildDate) : undefined,
    items: list(channel.item)
      .filter((node): node is Node => typeof node === "object" && node !== null)
      .map((node) => readItem(node, link)),
  };
}
