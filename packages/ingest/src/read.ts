import { type Article, type ArticleMeta, DatelineError } from "@dateline/schema";
import { type FeedItemReport, fromFeed } from "./feed/from-feed.js";
import { fromJson } from "./from-json.js";
import { fromText } from "./from-text.js";
import { fromHtml } from "./html/from-html.js";
import { fromMarkdown } from "./markdown/from-markdown.js";
import { sniff } from "./sniff.js";
import type { SourceKind } from "./source-kinds.js";

export interface ReadOptions {
  /** The kind of source, when the caller knows better than sniffing (`--from`). */
  from?: SourceKind;
  /** A file name or URL: its extension is a hint for sniffing, a Markdown post's slug comes from it. */
  hint?: string;
  /** The page's address (HTML): relative links resolve against it. */
  url?: string;
  /** Metadata whose fields win over what the source says (site-wide for Markdown and feeds). */
  meta?: ArticleMeta;
  /** The charset the bytes were served or saved in (HTTP `Content-Type`); UTF-8 by default. */
  encoding?: string;
  /** Name of the input, for error messages. */
  source?: string;
  /** Refuse inputs larger than this many bytes (default 10 MB). */
  maxBytes?: number;
  /** Read Markdown drafts too. */
  drafts?: boolean;
  /** Notes that do not stop the read: a skipped draft, a feed item left out and why. */
  onWarning?: (message: string) => void;
  /** Told about each feed item read, e.g. to fetch the pages of summary-only items. */
  onFeedItem?: (report: FeedItemReport) => void;
}

/** Bytes in a legacy charset as text; HTML decodes its own bytes (a BOM or `<meta charset>` may overrule the label). */
function decoded(input: string | Uint8Array, encoding: string | undefined, source: string | undefined): string | Uint8Array {
  if (typeof input === "string" || !encoding || /^utf-?8$/i.test(encoding)) return input;
  try {
    return new TextDecoder(encoding).decode(input);
  } catch (cause) {
    throw new DatelineError("INVALID_OPTION", `unknown character encoding "${encoding}"`, {
      ...(source ? { source } : {}),
      cause,
      hint: "use a WHATWG encoding label such as utf-8, windows-1252 or shift_jis",
    });
  }
}

/**
 * Any source document → its articles: one for a page, a post or article JSON, one per item for
 * a feed, none for a skipped draft. The kind is sniffed from the content (the hint's extension
 * only decides between Markdown and plain text) unless `from` says it.
 */
export function read(input: string | Uint8Array, options: ReadOptions = {}): Article[] {
  const { from, hint, url, meta, encoding, source, maxBytes, drafts, onWarning, onFeedItem } = options;
  const common = { ...(source ? { source } : {}), ...(maxBytes ? { maxBytes } : {}) };
  const kind = from ?? sniff(input, { ...(hint ? { hint } : {}), ...(source ? { source } : {}) });
  switch (kind) {
    case "html":
      return [fromHtml(input, { ...common, ...(url ? { url } : {}), ...(meta ? { meta } : {}), ...(encoding ? { encoding } : {}) })];
    case "markdown": {
      const article = fromMarkdown(decoded(input, encoding, source), {
        ...common,
        ...(meta ? { meta } : {}),
        ...(hint ? { path: hint } : {}),
        ...(drafts ? { drafts } : {}),
        ...(onWarning ? { onWarning } : {}),
      });
      return article ? [article] : [];
    }
    case "feed":
      return fromFeed(decoded(input, encoding, source), {
        ...common,
        ...(meta ? { meta } : {}),
        ...(onWarning ? { onWarning } : {}),
        ...(onFeedItem ? { onItem: onFeedItem } : {}),
      });
    case "json":
      return [fromJson(decoded(input, encoding, source), common)];
    case "text":
      return [fromText(decoded(input, encoding, source), { ...common, ...(meta ? { meta } : {}) })];
  }
}
