import { renderBody, escapeXml, stripForbiddenXmlChars } from "@dateline/html";
import { articleKey, articleSubjects, articleSummary, encodeUrl, type Article } from "@dateline/schema";
import { feedDateFromIso, type FeedDate } from "./_dates.js";
import { leadEnclosure, type Enclosure } from "./_enclosure.js";

/**
 * One feed item, whether made from an article or read back from an existing
 * feed: the common shape that lets `addToFeed` merge the two. Its text holds
 * no character XML forbids; whoever makes one removes them.
 */
export interface FeedItem {
  title: string;
  link: string | undefined;
  guid: string;
  isPermaLink: boolean;
  pubDate: FeedDate | undefined;
  /** HTML: a summary as escaped text. */
  description: string | undefined;
  /** HTML: the full body. */
  content: string | undefined;
  creators: string[];
  categories: string[];
  enclosure: Enclosure | undefined;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.map((value) => stripForbiddenXmlChars(value).trim()).filter(Boolean))];
}

/**
 * The article URL when it has one (a permalink); otherwise its stable key. A
 * short number such as a CMS id is not unique beyond its own site (the W3C
 * validator's NotSufficientlyUnique), so it is prefixed.
 */
function guidOf(article: Article): { guid: string; isPermaLink: boolean } {
  if (article.url) return { guid: absoluteLink(article.url), isPermaLink: true };
  const key = articleKey(article);
  return { guid: /^\d{1,8}$/.test(key) ? `dateline:${key}` : key, isPermaLink: false };
}

/** The URL as a feed writes it (normalised by the URL parser). */
function absoluteLink(url: string): string {
  return encodeUrl(new URL(url).href);
}

function articleItem(
  article: Article,
  id: { guid: string; isPermaLink: boolean },
  images: ReadonlyMap<string, Uint8Array> | undefined,
  warn: (message: string) => void,
): FeedItem {
  const published = article.datePublished ?? article.dateModified;
  return {
    title: stripForbiddenXmlChars(article.headline),
    // A permalink guid is the normalised article URL already.
    link: article.url ? (id.isPermaLink ? id.guid : absoluteLink(article.url)) : undefined,
    ...id,
    pubDate: published ? feedDateFromIso(published) : undefined,
    // Readers treat description as HTML, so the plain-text summary is escaped once more.
    description: escapeXml(articleSummary(article)),
    // The picture's own URL, so readers show it: a feed is read online anyway.
    content: renderBody(article, { imageSource: (image) => image.url }),
    creators: unique((article.authors ?? []).map((author) => author.name)),
    categories: unique(articleSubjects(article)),
    enclosure: leadEnclosure(article, images, warn),
  };
}

function versionTime(article: Article): number {
  const date = article.dateModified ?? article.datePublished;
  return date ? Date.parse(date) : Number.NEGATIVE_INFINITY;
}

/** Articles as feed items, one per guid: of two versions of an article the newer wins, and on a tie the later one given. */
export function articleItems(
  articles: readonly Article[],
  images: ReadonlyMap<string, Uint8Array> | undefined,
  warn: (message: string) => void,
): FeedItem[] {
  const latest = new Map<string, { article: Article; id: { guid: string; isPermaLink: boolean } }>();
  for (const article of articles) {
    const id = guidOf(article);
    const kept = latest.get(id.guid);
    if (!kept || versionTime(article) >= versionTime(kept.article)) latest.set(id.guid, { article, id });
  }
  return [...latest.values()].map(({ article, id }) => articleItem(article, id, images, warn));
}

/** Newest first; undated items last; ties keep their given order (Array#sort is stable). */
export function newestFirst(items: readonly FeedItem[]): FeedItem[] {
  const time = (item: FeedItem) => item.pubDate?.time ?? Number.NEGATIVE_INFINITY;
  return [...items].sort((a, b) => {
    const difference = time(b) - time(a);
    return Number.isNaN(difference) ? 0 : difference;
  });
}
