import {
  type Article,
  type ArticleMeta,
  type Block,
  blockText,
  type Figure,
  DatelineError,
  isDatelineError,
  parseArticle,
  SCHEMA_VERSION,
} from "@dateline/schema";
import { isoDateFrom, publishedOrUpdated, updateAfter } from "../_dates.js";
import { definedFields } from "../_fields.js";
import { htmlToBlocks, textBlocks } from "../html/from-html.js";
import { parseMeta } from "../meta.js";
import { decode, type DecodeOptions } from "../steps/decode.js";
import { detectLanguage } from "../steps/language.js";
import type { FeedChannel, FeedEntry } from "./_entry.js";
import { readJsonFeed } from "./_json-feed.js";
import { readXmlFeed } from "./_xml-feed.js";

export interface FeedItemReport {
  article: Article;
  /** 1-based position of the item in the feed. */
  position: number;
  /** False when the feed gave only a summary (or nothing) as the item's text: its page has the rest. */
  fullText: boolean;
}

export interface FromFeedOptions extends DecodeOptions {
  /** Metadata for every item; its fields win over the feed's. */
  meta?: ArticleMeta;
  /** A bad item is left out with a warning naming it; the other items are still read. */
  onWarning?: (message: string) => void;
  /** Told about every article made, e.g. to fetch the pages of summary-only items. */
  onItem?: (report: FeedItemReport) => void;
}

/** A valid BCP 47 tag, or undefined: feeds write "en-us", but also "English". */
function languageTag(value: string | undefined): string | undefined {
  const tag = value?.trim().replace(/_/g, "-");
  return tag && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag) ? tag : undefined;
}

/** The item's text: its full content when the feed has it, else its summary. */
function bodyOf(entry: FeedEntry, baseUrl: string | undefined): { body: Block[]; fullText: boolean } {
  const options = baseUrl ? { baseUrl } : {};
  const full = entry.contentHtml ? htmlToBlocks(entry.contentHtml, options) : entry.contentText ? textBlocks(entry.contentText) : [];
  if (full.length > 0) return { body: full, fullText: true };
  const summary = entry.summaryHtml ? htmlToBlocks(entry.summaryHtml, options) : entry.summaryText ? textBlocks(entry.summaryText) : [];
  return { body: summary, fullText: false };
}

function summaryText(entry: FeedEntry, baseUrl: string | undefined): string | undefined {
  if (entry.summaryText) return entry.summaryText.replace(/\s+/g, " ").trim() || undefined;
  if (!entry.summaryHtml) return undefined;
  const text = htmlToBlocks(entry.summaryHtml, baseUrl ? { baseUrl } : {})
    .map(blockText)
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
  return text || undefined;
}

/**
 * A summary that only repeats the opening of the text (feeds often cut the first paragraph
 * short with "…") or the headline adds nothing: it is no standfirst.
 */
function isRepeat(summary: string, headline: string, body: readonly Block[]): boolean {
  if (summary === headline) return true;
  const stem = summary.replace(/\s*(?:…|\.\.\.|\[…\]|\[\.\.\.\])$/, "");
  // The opening paragraph may come after a caption or two above the text.
  const opening = body.filter((block) => block.type === "paragraph").slice(0, OPENING_PARAGRAPHS);
  return opening.some((paragraph) => paragraph.text.startsWith(stem));
}

/** How many paragraphs at the top of an item may be its opening. */
const OPENING_PARAGRAPHS = 3;

function articleOf(entry: FeedEntry, channel: FeedChannel, meta: ArticleMeta): { article: Article; fullText: boolean } {
  const headline = meta.headline ?? entry.title;
  if (!headline) throw new Error("it has no title");
  const baseUrl = entry.link ?? channel.link;
  const { body: blocks, fullText } = bodyOf(entry, baseUrl);
  // A figure above the text of an item with no image of its own is its lead image, as feed readers show it
  // (a captioned figure without a picture is one whose picture was left out).
  const leadFigure = !entry.image && blocks[0]?.type === "figure" ? blocks[0] : undefined;
  const body = leadFigure ? blocks.slice(1) : blocks;
  if (body.length === 0) throw new Error("it has neither content nor a summary");
  const summary = fullText ? summaryText(entry, baseUrl) : undefined;
  const publisher = channel.title
    ? { type: "Organization" as const, name: channel.title, ...(channel.link ? { url: channel.link } : {}) }
    : undefined;
  const keywords = [...new Set(entry.categories)];
  const language = languageTag(entry.language) ?? languageTag(channel.language);
  // Only an entry that gives no published date at all takes its update for one: a published date given in a form not
  // read ("<pubDate>Tue, 44 Foo 2025</pubDate>") is still the entry's, and the update no stand-in for it.
  const datePublished =
    meta.datePublished ??
    publishedOrUpdated(isoDateFrom(entry.published), entry.published === undefined ? isoDateFrom(entry.modified) : undefined);
  const article = definedFields({
    version: SCHEMA_VERSION,
    id: meta.id ?? entry.id,
    url: meta.url ?? entry.link,
    headline,
    description: meta.description ?? (summary && !isRepeat(summary, headline, body) ? summary : undefined),
    image: meta.image ?? (entry.image ? { caption: entry.image.alt ?? headline, image: entry.image } : leadFigure && figureOf(leadFigure)),
    authors: meta.authors ?? (entry.authors.length > 0 ? entry.authors : undefined),
    publisher: meta.publisher ?? publisher,
    datePublished,
    dateModified: meta.dateModified ?? updateAfter(datePublished, isoDateFrom(entry.modified)),
    inLanguage: meta.inLanguage ?? language ?? detectLanguage(body.map(blockText)).code,
    section: meta.section,
    keywords: meta.keywords ?? (keywords.length > 0 ? keywords : undefined),
    body,
  });
  return { article: parseArticle(article), fullText };
}

function figureOf({ type: _, ...figure }: Extract<Block, { type: "figure" }>): Figure {
  return figure;
}

/** How a warning names an item: its position and its title or id. */
function itemName(entry: FeedEntry): string {
  const label = entry.title ?? entry.id ?? entry.link;
  return `item ${entry.position}${label ? ` ("${label.length > 60 ? `${label.slice(0, 59)}…` : label}")` : ""}`;
}

/**
 * A feed (RSS 2.0, RSS 1.0, Atom 1.0 or JSON Feed 1.0/1.1) → one article per item, in feed
 * order. Item HTML (content:encoded, Atom content, content_html) goes through the HTML reader's
 * block mapping; an item with only a summary keeps the summary as its body. An item that cannot
 * become an article is left out with a warning naming it; a document that is not a feed throws.
 */
export function fromFeed(input: string | Uint8Array, options: FromFeedOptions = {}): Article[] {
  const { meta: givenMeta, onWarning, onItem, ...decodeOptions } = options;
  const source = options.source;
  const meta = givenMeta ? parseMeta(givenMeta, source) : {};
  const text = decode(input, decodeOptions);
  const { channel, entries } = /^\s*[{[]/.test(text) ? readJsonFeed(text, source) : readXmlFeed(text, source);
  const articles: Article[] = [];
  for (const entry of entries) {
    try {
      const { article, fullText } = articleOf(entry, channel, meta);
      articles.push(article);
      onItem?.({ article, position: entry.position, fullText });
    } catch (error) {
      const reason = isDatelineError(error) ? error.describe().replace(/\n\s*/g, "; ") : (error as Error).message;
      onWarning?.(`${source ? `${source}: ` : ""}${itemName(entry)} left out: ${reason}`);
    }
  }
  if (articles.length === 0 && entries.length > 0) {
    throw new DatelineError("INVALID_FEED", `none of the feed's ${entries.length} items could be read`, {
      ...(source ? { source } : {}),
      hint: "the warnings above say what each item lacks",
    });
  }
  return articles;
}
