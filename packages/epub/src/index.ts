export { toEpub, type EpubOptions } from "./to-epub.js";
