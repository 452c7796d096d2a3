import { DatelineError, buildDate, encodeUrl, type Article, type Organization } from "@dateline/schema";
import { stripForbiddenXmlChars } from "@dateline/html";
import { feedDateFromInstant, feedDateFromIso, type FeedDate } from "./_dates.js";

/** Settings of the feed as a whole. Every one is optional when the articles let it be derived. */
export interface RssChannel {
  /** Feed title. Default: the name of the articles' publisher. */
  title?: string;
  /** The site the feed belongs to (absolute http(s) URL). Default: the publisher's URL. */
  link?: string;
  /** One sentence about the feed. Default: "Latest articles from <title>". */
  description?: string;
  /** Where the feed itself is published, for `atom:link rel="self"`. Relative values are resolved against `link`. */
  feedUrl?: string;
  /** Language of the feed. Default: the language most of the articles are in. */
  language?: string;
  /** Channel image (GIF, JPEG or PNG). Default: the publisher's logo. Relative values are resolved against `link`. */
  image?: string;
  /** Default: "Dateline". */
  generator?: string;
  /**
   * ISO 8601 string or Date. Default: the newest article date, else
   * SOURCE_DATE_EPOCH; never the clock unless you pass it here.
   */
  lastBuildDate?: string | Date;
  /**
   * Lead images' bytes as served at their URL, by image URL. A lead image
   * gets an `enclosure` only when its bytes are here, because RSS requires
   * the enclosure's length in bytes and a length of 0 is invalid.
   */
  images?: ReadonlyMap<string, Uint8Array>;
  /** Receives problems that do not stop the feed, such as a local image that cannot be read. */
  onWarning?: (message: string) => void;
}

/** The channel with every element decided, as the writer needs it. */
export interface ResolvedChannel {
  title: string;
  link: string;
  description: string;
  /** Undefined when none was given: the feed is still valid, without `atom:link rel="self"`. */
  feedUrl: string | undefined;
  language: string;
  image: string | undefined;
  generator: string;
}

/** Channel values found in an existing feed: they win over values derived from new articles. */
export type ChannelFallback = Partial<Omit<ResolvedChannel, "generator">>;

/** The value most of the articles share, of those that have one; ties go to the one met first. */
function mostCommon<T>(articles: readonly Article[], pick: (article: Article) => T | undefined, key: (value: T) => string): T | undefined {
  const counts = new Map<string, { value: T; count: number }>();
  for (const article of articles) {
    const value = pick(article);
    if (value === undefined) continue;
    const entry = counts.get(key(value));
    if (entry) entry.count++;
    else counts.set(key(value), { value, count: 1 });
  }
  let best: { value: T; count: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.value;
}

function invalidOption(setting: string, message: string): DatelineError {
  return new DatelineError("INVALID_OPTION", `RSS channel.${setting}: ${message}`, { hint: `pass channel.${setting}` });
}

function parseHttpUrl(value: string, base?: string): URL | undefined {
  try {
    const url = new URL(value, base);
    // Written percent-encoded throughout (encodeUrl), so feed validators accept it.
    return url.protocol === "http:" || url.protocol === "https:" ? new URL(encodeUrl(url.href)) : undefined;
  } catch {
    return undefined;
  }
}

/** What the W3C validator accepts as a channel image (ImageUrlFormat): a URL whose extension, if any, is gif, jpeg or png. */
function isFeedImageFormat(url: string): boolean {
  const extension = url.split(".").at(-1)!.toLowerCase();
  return !/^\w+$/.test(extension) || ["jpg", "jpeg", "gif", "png"].includes(extension);
}

const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

export function resolveChannel(articles: readonly Article[], channel: RssChannel, fallback: ChannelFallback = {}): ResolvedChannel {
  const publisher = mostCommon(
    articles,
    (article) => article.publisher,
    (organization: Organization) => organization.name,
  );

  const title = channel.title ?? fallback.title ?? publisher?.name;
  if (!title?.trim()) throw invalidOption("title", "no feed title was given and the articles name no publisher");
  // A name of characters XML forbids only would leave the channel's title empty, which feed readers refuse.
  if (!stripForbiddenXmlChars(title).trim())
    throw invalidOption("title", "the feed title holds nothing but characters XML forbids; give a readable one");

  // Links may be relative to each other; the absolute one (site link first) is the base for the rest.
  const linkValue = channel.link ?? fallback.link ?? publisher?.url;
  const feedValue = channel.feedUrl ?? fallback.feedUrl;
  if (!linkValue) throw invalidOption("link", "no site link was given and the articles' publisher has no url");
  if (!feedValue) {
    channel.onWarning?.(
      'RSS: the feed has no atom:link rel="self", which feed validators recommend; give channel.feedUrl, the URL the feed is published at',
    );
  }
  const base = parseHttpUrl(linkValue)?.href ?? (feedValue ? parseHttpUrl(feedValue)?.href : undefined);
  const link = parseHttpUrl(linkValue, base)?.href;
  const feedUrl = feedValue ? parseHttpUrl(feedValue, base)?.href : undefined;
  if (!link)
    throw invalidOption("link", `"${linkValue}" is not an absolute http(s) URL, and no absolute feedUrl was given to resolve it against`);
  if (feedValue && !feedUrl) throw invalidOption("feedUrl", `"${feedValue}" is not an http(s) URL, absolute or relative to ${link}`);

  const language =
    channel.language ??
    fallback.language ??
    mostCommon(
      articles,
      (article) => article.inLanguage,
      (tag) => tag,
    );
  if (!language) throw invalidOption("language", "no language was given and no article says what language it is in");
  if (!LANGUAGE.test(language)) throw invalidOption("language", `"${language}" is not a language tag such as "en" or "en-GB"`);

  return {
    title,
    link,
    description: channel.description ?? fallback.description ?? `Latest articles from ${title}`,
    feedUrl,
    language,
    image: resolveImage(channel, fallback.image ?? publisher?.logo, link),
    generator: channel.generator ?? "Dateline",
  };
}

function resolveImage(channel: RssChannel, derived: string | undefined, link: string): string | undefined {
  if (channel.image !== undefined) {
    const url = parseHttpUrl(channel.image, link)?.href;
    if (!url) throw invalidOption("image", `"${channel.image}" is not an http(s) URL, absolute or relative to ${link}`);
    if (!isFeedImageFormat(url)) throw invalidOption("image", `"${url}" is not a GIF, JPEG or PNG image, which is all RSS allows`);
    return url;
  }
  if (derived === undefined) return undefined;
  const url = parseHttpUrl(derived, link)?.href;
  if (url && isFeedImageFormat(url)) return url;
  channel.onWarning?.(
    `RSS: the channel image ${derived} (the publisher's logo, or the existing feed's image) is not a GIF, JPEG or PNG URL, so the feed has none; pass channel.image to set one`,
  );
  return undefined;
}

/**
 * The channel's lastBuildDate: the one asked for, else SOURCE_DATE_EPOCH, else
 * the newest of the candidates (article dates), else none. Never the clock.
 */
export function resolveLastBuildDate(channel: RssChannel, candidates: ReadonlyArray<FeedDate | undefined>): FeedDate | undefined {
  if (channel.lastBuildDate !== undefined) {
    const explicit =
      channel.lastBuildDate instanceof Date ? feedDateFromInstant(channel.lastBuildDate) : feedDateFromIso(channel.lastBuildDate);
    if (!explicit)
      throw invalidOption(
        "lastBuildDate",
        `"${String(channel.lastBuildDate)}" is not a valid date; give a Date or an ISO 8601 string such as 2025-03-13T09:30:00+00:00`,
      );
    return explicit;
  }
  // The build-date policy PDF and EPUB follow too (schema's buildDate): SOURCE_DATE_EPOCH when set.
  const built = buildDate([], process.env.SOURCE_DATE_EPOCH);
  if (built) return feedDateFromInstant(built);
  let newest: FeedDate | undefined;
  for (const candidate of candidates) if (candidate && (!newest || candidate.time > newest.time)) newest = candidate;
  return newest;
}
