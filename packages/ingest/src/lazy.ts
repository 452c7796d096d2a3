/**
 * `@dateline/ingest/lazy`: reading for a program that starts once per run (a
 * command line): the source is sniffed first and only the reader its kind
 * needs is loaded (a JSON article never loads the HTML parser, the Markdown
 * renderer or the language detector). Same options, same articles as `read()`.
 */
import type { Article } from "@dateline/schema";
import { type ReaderModules, type ReadOptions, kindOf, readAs } from "./_dispatch.js";
import type { SourceKind } from "./source-kinds.js";

export type { ReadOptions } from "./_dispatch.js";
export type { FeedItemReport } from "./feed/from-feed.js";
export { parseMeta } from "./meta.js";
export { sniff } from "./sniff.js";
export { DEFAULT_MAX_BYTES } from "./steps/decode.js";
export type { SourceKind } from "./source-kinds.js";

const LOADERS: { [K in SourceKind]: () => Promise<ReaderModules[K]> } = {
  html: () => import("./html/from-html.js"),
  markdown: () => import("./markdown/from-markdown.js"),
  feed: () => import("./feed/from-feed.js"),
  json: () => import("./from-json.js"),
  text: () => import("./from-text.js"),
};

/** `read()`, loading only the reader of the source's kind (once; later calls reuse it). */
export async function readLazily(input: string | Uint8Array, options: ReadOptions = {}): Promise<Article[]> {
  const kind = kindOf(input, options);
  return readAs(kind, await LOADERS[kind](), input, options);
}
