import { type Author, DatelineError } from "@dateline/schema";
import { httpUrl } from "../markdown/_inline.js";
import type { FeedChannel, FeedEntry } from "./_entry.js";

type Data = Record<string, unknown>;

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value.trim() || undefined : typeof value === "number" ? String(value) : undefined;
}

function record(value: unknown): Data {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Data) : {};
}

/** JSON Feed 1.1's `authors`, or 1.0's single `author`. */
function authors(data: Data): Author[] {
  const list = Array.isArray(data.authors) ? data.authors : data.author ? [data.author] : [];
  return list.flatMap((entry): Author[] => {
    const name = text(record(entry).name);
    if (!name) return [];
    const url = httpUrl(text(record(entry).url), undefined);
    return [{ type: "Person", name, ...(url ? { url } : {}) }];
  });
}

/** A JSON Feed 1.0 or 1.1 document → the channel and its entries, in feed order. */
export function readJsonFeed(json: string, source: string | undefined): { channel: FeedChannel; entries: FeedEntry[] } {
  const where = source ? { source } : {};
  let data: Data;
  try {
    data = record(JSON.parse(json));
  } catch (cause) {
    throw new DatelineError("INVALID_FEED", `the JSON Feed is not valid JSON: ${(cause as Error).message}`, { ...where, cause });
  }
  if (!Array.isArray(data.items)) {
    throw new DatelineError("INVALID_FEED", "the JSON Feed has no `items` array", {
      ...where,
      hint: "a JSON Feed holds its posts in `items` (https://www.jsonfeed.org/version/1.1/)",
    });
  }
  const base = httpUrl(text(data.home_page_url), undefined);
  const feedAuthors = authors(data);
  const entries = data.items.map((value, index): FeedEntry => {
    const item = record(value);
    const link = httpUrl(text(item.url), base) ?? httpUrl(text(item.external_url), base);
    const imageUrl = httpUrl(text(item.image), link ?? base) ?? httpUrl(text(item.banner_image), link ?? base);
    const own = authors(item);
    return {
      position: index + 1,
      title: text(item.title),
      link,
      id: text(item.id),
      published: text(item.date_published),
      modified: text(item.date_modified),
      authors: own.length > 0 ? own : feedAuthors,
      categories: Array.isArray(item.tags) ? item.tags.map(text).filter((tag): tag is string => Boolean(tag)) : [],
      image: imageUrl ? { url: imageUrl } : undefined,
      contentHtml: text(item.content_html),
      contentText: text(item.content_text),
      summaryHtml: undefined,
      summaryText: text(item.summary),
      language: text(item.language),
    };
  });
  return { channel: { title: text(data.title), link: base, language: text(data.language) }, entries };
}
