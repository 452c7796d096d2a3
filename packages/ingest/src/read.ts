import type { Article } from "@dateline/schema";
import { type ReaderModules, type ReadOptions, kindOf, readAs } from "./_dispatch.js";
import * as feed from "./feed/from-feed.js";
import * as json from "./from-json.js";
import * as text from "./from-text.js";
import * as html from "./html/from-html.js";
import * as markdown from "./markdown/from-markdown.js";

export type { ReadOptions } from "./_dispatch.js";

const READERS: ReaderModules = { html, markdown, feed, json, text };

/**
 * Any source document → its articles: one for a page, a post or article JSON, one per item for
 * a feed, none for a skipped draft. The kind is sniffed from the content (the hint's extension
 * only decides between Markdown and plain text) unless `from` says it. Every reader is loaded
 * with this module; `readLazily` (`@dateline/ingest/lazy`) loads only the one a source needs.
 */
export function read(input: string | Uint8Array, options: ReadOptions = {}): Article[] {
  const kind = kindOf(input, options);
  return readAs(kind, READERS[kind], input, options);
}
