import { type Author, blockText, DatelineError } from "@dateline/schema";
import { decodeHTML } from "entities";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { feedXmlParser } from "@dateline/feed-xml";
import { htmlToBlocks } from "../html/from-html.js";
import { httpUrl } from "../markdown/_inline.js";
import { type FeedChannel, type FeedEntry, nameFromAuthorField } from "./_entry.js";

type Node = Record<string, unknown>;

/** Elements that may repeat, read as arrays wherever they occur. */
const REPEATABLE = new Set([
  "item",
  "entry",
  "category",
  "dc:creator",
  "dc:subject",
  "link",
  "author",
  "contributor",
  "media:content",
  "media:thumbnail",
  "enclosure",
]);

/** Atom text constructs whose markup must reach the HTML reader as written (type="xhtml" holds elements). */
const ATOM_MARKUP = ["feed.entry.content", "feed.entry.summary"];

const parser = feedXmlParser({ trimValues: true, stopNodes: ATOM_MARKUP, isArray: (name) => REPEATABLE.has(name) });

/** The raw inside of an Atom text construct, decoded once as XML (CDATA unwrapped, entities resolved) by the same parser. */
const textParser = new XMLParser({ parseTagValue: false, htmlEntities: true, trimValues: false });

/** A named HTML entity the XML parser left as written (it knows XML's five and only some of HTML's). */
const UNDECLARED_ENTITY = /&(?!(?:amp|lt|gt|quot|apos);)[A-Za-z][A-Za-z0-9]{1,31};/g;

function text(node: unknown): string | undefined {
  if (typeof node === "string") {
    const value = node.includes("&") ? node.replace(UNDECLARED_ENTITY, (entity) => decodeHTML(entity)) : node;
    return value.trim() || undefined;
  }
  if (node && typeof node === "object" && "#text" in node) return text((node as Node)["#text"]);
  return undefined;
}

function attribute(node: unknown, name: string): string | undefined {
  return node && typeof node === "object" ? text((node as Node)[`@_${name}`]) : undefined;
}

function list(node: unknown): unknown[] {
  return Array.isArray(node) ? node : node === undefined || node === null ? [] : [node];
}

/** Validation problems a real-world feed often has and a reader can live with. */
function isTolerable(error: { code: string; msg: string }): boolean {
  // A bare "&" in a title (an unescaped "Q&A") is the commonest fault of hand-made feeds.
  return error.code === "InvalidChar" && error.msg.includes("'&'");
}

/** Parse the XML, refusing what is not well-formed beyond the faults real feeds have. */
function parseXml(xml: string, source: string | undefined): Node {
  const where = source ? { source } : {};
  const result = XMLValidator.validate(xml);
  if (result !== true && !isTolerable(result.err)) {
    const unclosed = /^Invalid '\[(.*)\]' found/s.exec(result.err.msg);
    if (unclosed) {
      // The validator reports elements left open at the very start; the reader wants where the feed stops.
      const names = [...unclosed[1]!.matchAll(/"([^"]+)"/g)].map((match) => `<${match[1]}>`);
      throw new DatelineError("INVALID_FEED", `the feed ends at line ${xml.split("\n").length} with ${names.join(", ")} still open`, {
        ...where,
        hint: "the file looks cut short: download the feed again",
      });
    }
    const { line, col, msg } = result.err;
    throw new DatelineError("INVALID_FEED", `the feed is not well-formed XML at line ${line}, column ${col}: ${msg}`, {
      ...where,
      hint: "open the feed in a browser or an XML checker (xmllint) to see the fault; a truncated download gives this too",
    });
  }
  try {
    return parser.parse(xml) as Node;
  } catch (cause) {
    throw new DatelineError("INVALID_FEED", `the feed cannot be read as XML: ${(cause as Error).message}`, { ...where, cause });
  }
}

/** An Atom text construct as HTML: xhtml markup as written, html decoded once, text escaped by the HTML reader's caller. */
function atomHtml(node: unknown): { html?: string; text?: string } {
  const raw = text(node);
  if (!raw) return {};
  const type = attribute(node, "type") ?? "text";
  if (type === "xhtml" || type === "application/xhtml+xml") return { html: raw };
  const decoded = (textParser.parse(`<x>${raw}</x>`) as Node).x;
  // Unescaped markup where escaped text belongs (a common fault): the markup is the content.
  const value = typeof decoded === "string" ? decoded : raw;
  return type === "html" || type === "text/html" || typeof decoded !== "string" ? { html: value } : { text: value };
}

/**
 * A title as plain text. An Atom title says whether it is HTML; an RSS title is read as HTML,
 * as feed readers do (an escaped "&lt;em&gt;" in it is markup), but only when it holds a tag.
 */
function plainTitle(node: unknown, defaultType: "html" | "text"): string | undefined {
  // Titles are one line: line breaks and no-break spaces (&nbsp;) are plain spaces.
  const value = text(node)?.replace(/\s+/g, " ");
  if (!value) return undefined;
  const type = attribute(node, "type") ?? defaultType;
  if (type === "text" || !/<[A-Za-z/]/.test(value)) return value;
  return htmlToBlocks(value).map(blockText).join(" ").replace(/\s+/g, " ").trim() || undefined;
}

function atomAuthors(node: Node): Author[] {
  return list(node.author).flatMap((author): Author[] => {
    const name = text((author as Node)?.name) ?? text(author);
    if (!name) return [];
    const url = httpUrl(text((author as Node)?.uri), undefined);
    return [{ type: "Person", name, ...(url ? { url } : {}) }];
  });
}

/** Atom's link to the page: rel="alternate" (or no rel), preferring an HTML type. */
function atomLink(node: Node, base: string | undefined): string | undefined {
  const links = list(node.link);
  const alternate = links.filter((link) => (attribute(link, "rel") ?? "alternate") === "alternate");
  const chosen = alternate.find((link) => (attribute(link, "type") ?? "text/html").includes("html")) ?? alternate[0];
  return httpUrl(attribute(chosen, "href"), base);
}

/** A picture named by an enclosure, Media RSS or an Atom enclosure link: the first one that is an image. */
function mediaImage(node: Node, base: string | undefined): FeedEntry["image"] {
  const candidates: unknown[] = [
    ...list(node.enclosure),
    ...list(node["media:content"]),
    ...list((node["media:group"] as Node | undefined)?.["media:content"]),
    ...list(node["media:thumbnail"]),
    ...list(node.link).filter((link) => attribute(link, "rel") === "enclosure"),
  ];
  for (const candidate of candidates) {
    const type = attribute(candidate, "type") ?? "";
    const medium = attribute(candidate, "medium") ?? "";
    const url = httpUrl(attribute(candidate, "url") ?? attribute(candidate, "href"), base);
    const looksImage =
      type.startsWith("image/") || medium === "image" || (!type && !medium && /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i.test(url ?? ""));
    if (url && looksImage) {
      const alt = text((candidate as Node)["media:description"]) ?? text((candidate as Node)["media:title"]);
      return { url, ...(alt ? { alt } : {}) };
    }
  }
  return undefined;
}

function categories(node: Node): string[] {
  return [
    ...list(node.category).map((category) => attribute(category, "term") ?? text(category)),
    ...list(node["dc:subject"]).map(text),
  ].filter((value): value is string => Boolean(value));
}

function rssEntry(item: Node, position: number, base: string | undefined): FeedEntry {
  const guid = text(item.guid);
  const isPermaLink = attribute(item.guid, "isPermaLink") !== "false";
  // <link> and <author> are read as lists, since Atom repeats them.
  const link = httpUrl(text(list(item.link)[0]), base) ?? (guid && isPermaLink ? httpUrl(guid, undefined) : undefined);
  const creators = list(item["dc:creator"]).map(text);
  const authors = list(item.author).map((author) => nameFromAuthorField(text(author) ?? ""));
  const names = [...creators, ...authors].filter((name): name is string => Boolean(name));
  return {
    position,
    title: plainTitle(item.title, "html"),
    link,
    id: guid,
    published: text(item.pubDate) ?? text(item["dc:date"]),
    modified: text(item["atom:updated"]) ?? text(item["dcterms:modified"]),
    authors: [...new Set(names)].map((name) => ({ type: "Person", name })),
    categories: categories(item),
    image: mediaImage(item, link ?? base),
    contentHtml: text(item["content:encoded"]),
    contentText: undefined,
    summaryHtml: text(item.description),
    summaryText: undefined,
    language: text(item["dc:language"]),
  };
}

function atomEntry(entry: Node, position: number, base: string | undefined, feedAuthors: Author[]): FeedEntry {
  const link = atomLink(entry, base);
  const content = atomHtml(entry.content);
  const summary = atomHtml(entry.summary);
  const authors = atomAuthors(entry);
  return {
    position,
    title: plainTitle(entry.title, "text"),
    link,
    id: text(entry.id),
    published: text(entry.published) ?? text(entry.issued),
    modified: text(entry.updated) ?? text(entry.modified),
    authors: authors.length > 0 ? authors : feedAuthors,
    categories: categories(entry),
    image: mediaImage(entry, link ?? base),
    contentHtml: content.html,
    contentText: content.text,
    summaryHtml: summary.html,
    summaryText: summary.text,
    language: attribute(entry, "xml:lang"),
  };
}

/** RSS 2.0, RSS 1.0 (RDF) or Atom 1.0 → the channel and its entries, in feed order. */
export function readXmlFeed(xml: string, source: string | undefined): { channel: FeedChannel; entries: FeedEntry[] } {
  const document = parseXml(xml, source);
  const rss = document.rss as Node | undefined;
  const rdf = document["rdf:RDF"] as Node | undefined;
  const atom = document.feed as Node | undefined;
  if (rss || rdf) {
    const channelNode = ((rss ? rss.channel : rdf?.channel) ?? {}) as Node;
    const link = httpUrl(text(list(channelNode.link)[0]), undefined);
    const items = list(rss ? channelNode.item : rdf?.item) as Node[];
    return {
      channel: { title: text(channelNode.title), link, language: text(channelNode.language) ?? text(channelNode["dc:language"]) },
      entries: items.map((item, index) => rssEntry(item ?? {}, index + 1, link)),
    };
  }
  if (atom) {
    const link = atomLink(atom, undefined);
    const feedAuthors = atomAuthors(atom);
    return {
      channel: { title: plainTitle(atom.title, "text"), link, language: attribute(atom, "xml:lang") },
      entries: (list(atom.entry) as Node[]).map((entry, index) => atomEntry(entry ?? {}, index + 1, link, feedAuthors)),
    };
  }
  const root = Object.keys(document).find((key) => !key.startsWith("?"));
  throw new DatelineError("INVALID_FEED", `the XML document's root is <${root ?? "nothing"}>, not <rss>, <rdf:RDF> or <feed>`, {
    ...(source ? { source } : {}),
    hint: "pass an RSS 2.0, RSS 1.0 or Atom 1.0 feed",
  });
}
