export { fromText, type FromTextOptions } from "./from-text.js";
export { fromJson } from "./from-json.js";
export { parseMeta } from "./meta.js";
export { DEFAULT_MAX_BYTES, type DecodeOptions } from "./steps/decode.js";
export { fromHtml, htmlToBlocks, type FromHtmlOptions } from "./html/from-html.js";
