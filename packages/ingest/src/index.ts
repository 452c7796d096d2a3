export { fromText, type FromTextOptions } from "./from-text.js";
export { fromJson } from "./from-json.js";
export { fromMarkdown, type FromMarkdownOptions } from "./markdown/from-markdown.js";
export { fromFeed, type FeedItemReport, type FromFeedOptions } from "./feed/from-feed.js";
export { read, type ReadOptions } from "./read.js";
export { SOURCE_KINDS, sniff, type SniffOptions, type SourceKind } from "./sniff.js";
export { parseMeta } from "./meta.js";
export { DEFAULT_MAX_BYTES, type DecodeOptions } from "./steps/decode.js";
export { fromHtml, htmlToBlocks, type FromHtmlOptions } from "./html/from-html.js";
