import { type Article, type ArticleMeta, DatelineError } from "@dateline/schema";
import type * as FeedReader from "./feed/from-feed.js";
import type { FeedItemReport } from "./feed/from-feed.js";
import type * as JsonReader from "./from-json.js";
import type * as TextReader from "./from-text.js";
import type * as HtmlReader from "./html/from-html.js";
import type * as MarkdownReader from "./markdown/from-markdown.js";
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

/** The module behind each source kind (types only: loading them is the caller's choice, eager or lazy). */
export interface ReaderModules {
  html: typeof HtmlReader;
  markdown: typeof MarkdownReader;
  feed: typeof FeedReader;
  json: typeof JsonReader;
  text: typeof TextReader;
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

/** The kind `read()` reads a source as: `from` when given, else sniffed from the content. */
export function kindOf(input: string | Uint8Array, { from, hint, source }: ReadOptions): SourceKind {
  return from ?? sniff(input, { ...(hint ? { hint } : {}), ...(source ? { source } : {}) });
}

type ReadAs<K extends SourceKind> = (reader: ReaderModules[K], input: string | Uint8Array, options: ReadOptions) => Article[];

const common = ({ source, maxBytes }: ReadOptions) => ({ ...(source ? { source } : {}), ...(maxBytes ? { maxBytes } : {}) });

/** How each kind's reader is called with `read()`'s options. */
const READ_AS: { [K in SourceKind]: ReadAs<K> } = {
  html: ({ fromHtml }, input, options) => {
    const { url, meta, encoding } = options;
    return [fromHtml(input, { ...common(options), ...(url ? { url } : {}), ...(meta ? { meta } : {}), ...(encoding ? { encoding } : {}) })];
  },
  markdown: ({ fromMarkdown }, input, options) => {
    const { meta, hint, drafts, onWarning, encoding, source } = options;
    const article = fromMarkdown(decoded(input, encoding, source), {
      ...common(options),
      ...(meta ? { meta } : {}),
      ...(hint ? { path: hint } : {}),
      ...(drafts ? { drafts } : {}),
      ...(onWarning ? { onWarning } : {}),
    });
    return article ? [article] : [];
  },
  feed: ({ fromFeed }, input, options) => {
    const { meta, onWarning, onFeedItem, encoding, source } = options;
    return fromFeed(decoded(input, encoding, source), {
      ...common(options),
      ...(meta ? { meta } : {}),
      ...(onWarning ? { onWarning } : {}),
      ...(onFeedItem ? { onItem: onFeedItem } : {}),
    });
  },
  json: ({ fromJson }, input, options) => [fromJson(decoded(input, options.encoding, options.source), common(options))],
  text: ({ fromText }, input, options) => {
    const { meta, encoding, source } = options;
    return [fromText(decoded(input, encoding, source), { ...common(options), ...(meta ? { meta } : {}) })];
  },
};

/** A source of a known kind, read by that kind's reader module. */
export function readAs<K extends SourceKind>(
  kind: K,
  reader: ReaderModules[K],
  input: string | Uint8Array,
  options: ReadOptions,
): Article[] {
  return READ_AS[kind](reader, input, options);
}
