import { DatelineError } from "@dateline/schema";
import { bomEncoding } from "./steps/decode.js";

import type { SourceKind } from "./source-kinds.js";

/** How far into a document the detectors look: a document says what it is in its first few kilobytes. */
const SNIFF_CHARS = 8 * 1024;

/** The extension a file name or URL path ends with, lower-cased, without the dot. */
function extensionOf(hint: string | undefined): string | undefined {
  if (!hint) return undefined;
  const path = hint.replace(/[?#].*$/, "");
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(path);
  return match?.[1]?.toLowerCase();
}

const EXTENSION_KINDS: Record<string, SourceKind> = {
  html: "html",
  htm: "html",
  xhtml: "html",
  md: "markdown",
  markdown: "markdown",
  mdx: "markdown",
  json: "json",
  rss: "feed",
  atom: "feed",
  xml: "feed",
  txt: "text",
  text: "text",
};

/** What the file name suggests, when it suggests anything. */
export function kindFromHint(hint: string | undefined): SourceKind | undefined {
  const extension = extensionOf(hint);
  return extension ? EXTENSION_KINDS[extension] : undefined;
}

/** The document with its byte-order mark, leading white space, XML declaration, comments and doctype removed. */
function prologueStripped(head: string): string {
  let rest = head.replace(/^\uFEFF/, "").trimStart();
  for (;;) {
    const before = rest;
    if (rest.startsWith("<?")) rest = rest.slice(rest.indexOf("?>") + 2 || rest.length).trimStart();
    if (rest.startsWith("<!--")) {
      const end = rest.indexOf("-->");
      rest = end < 0 ? "" : rest.slice(end + 3).trimStart();
    }
    if (rest === before) return rest;
  }
}

/** The first element's name (lower-case, with any prefix), or undefined when the text does not start with markup. */
function firstElement(stripped: string): string | undefined {
  return /^<([A-Za-z][\w.:-]*)/.exec(stripped)?.[1]?.toLowerCase();
}

// One small detector per kind, strongest evidence first. Each returns true only on content it is sure of.

/** JSON Feed names its version URL near the top (https://www.jsonfeed.org/version/1.1/). */
function isJsonFeed(stripped: string): boolean {
  return /^[{[]/.test(stripped) && /"version"\s*:\s*"https?:\/\/(?:www\.)?jsonfeed\.org\/version\//.test(stripped);
}

function isJson(stripped: string): boolean {
  return /^[{[]/.test(stripped);
}

/** RSS 2.0 (`<rss>`), RSS 1.0 (`<rdf:RDF>`) and Atom (`<feed>`) by their root element. */
function isXmlFeed(stripped: string): boolean {
  const root = firstElement(stripped);
  return root === "rss" || root === "feed" || root === "rdf:rdf";
}

/** Elements a page or a fragment of one starts with. */
const HTML_ROOTS = new Set([
  "html",
  "head",
  "body",
  "meta",
  "title",
  "link",
  "base",
  "style",
  "script",
  "article",
  "main",
  "div",
  "section",
  "header",
  "nav",
  "p",
  "h1",
  "h2",
  "h3",
  "figure",
  "table",
  "ul",
  "ol",
  "blockquote",
]);

function isHtml(stripped: string): boolean {
  if (/^<!doctype\s+html/i.test(stripped)) return true;
  const root = firstElement(stripped);
  return root !== undefined && HTML_ROOTS.has(root);
}

/** Front matter (`---` YAML or `+++` TOML) closed by the same fence further down. */
function hasFrontMatter(text: string): boolean {
  return /^(---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n\1[ \t]*(\r?\n|$)/.test(text.replace(/^\uFEFF/, ""));
}

/**
 * Markdown syntax that a page copied as plain text does not show: ATX headings, fenced code,
 * inline links, reference definitions, emphasis by asterisks. Two different signs are needed,
 * as one can happen by chance ("# 1" in a list of hashtags, one starred word).
 */
const MARKDOWN_SIGNS: readonly RegExp[] = [
  /^#{1,6}[ \t]+\S/m,
  /^(```|~~~)/m,
  /\[[^\]\n]+\]\((?:https?:\/\/|\/|\.{0,2}\/?[\w-]+\.\w+)[^)\s]*(?:\s+"[^"\n]*")?\)/,
  /^\[[^\]\n]+\]:\s+\S+/m,
  /(?:^|\s)\*\*[^*\n]+\*\*(?=\s|[.,;:!?]|$)/m,
  /^!\[[^\]\n]*\]\(/m,
  /^\|.+\|[ \t]*\n\|[ \t]*:?-{3,}/m,
];

function isMarkdown(text: string): boolean {
  if (hasFrontMatter(text)) return true;
  return MARKDOWN_SIGNS.filter((sign) => sign.test(text)).length >= 2;
}

/** Binary formats put their signature and control bytes in the first bytes; text never has a NUL. */
function looksBinary(head: string): boolean {
  return /[\u0000-\u0008\u000E-\u001A]/.test(head);
}

export interface SniffOptions {
  /** A file name or URL: its extension decides only where the content leaves a choice. */
  hint?: string;
  /** Name of the input, for error messages. */
  source?: string;
}

/**
 * What kind of source a document is, by its content first: feeds and JSON Feed by their root,
 * HTML by its doctype or first element, JSON by its first character, Markdown by front matter
 * or Markdown syntax. The extension of `hint` is consulted only between Markdown and plain
 * text, which content alone cannot always tell apart. Binary content is refused.
 */
export function sniff(input: string | Uint8Array, options: SniffOptions = {}): SourceKind {
  // UTF-16 text (told by its byte order mark) is full of zero bytes: it is judged once decoded (two bytes a character).
  const head =
    typeof input === "string"
      ? input.slice(0, SNIFF_CHARS)
      : new TextDecoder(bomEncoding(input)).decode(input.subarray(0, SNIFF_CHARS * 2)).slice(0, SNIFF_CHARS);
  if (looksBinary(head)) {
    throw new DatelineError("BINARY_INPUT", "input looks like a binary file, not a document Dateline reads", {
      ...(options.source ? { source: options.source } : {}),
      hint: "pass an HTML page, a Markdown post, a feed (RSS, Atom, JSON Feed), article JSON or plain text; PDFs, images and archives cannot be read",
    });
  }
  const stripped = prologueStripped(head);
  if (isJsonFeed(stripped)) return "feed";
  if (isJson(stripped)) return "json";
  if (isXmlFeed(stripped)) return "feed";
  if (isHtml(stripped)) return "html";
  if (
    head
      .replace(/^\uFEFF/, "")
      .trimStart()
      .startsWith("<?xml") &&
    firstElement(stripped)
  ) {
    throw new DatelineError("UNKNOWN_SOURCE", `an XML document whose root is <${firstElement(stripped)}> is not a source Dateline reads`, {
      ...(options.source ? { source: options.source } : {}),
      hint: "Dateline reads RSS 2.0, RSS 1.0 and Atom feeds, (X)HTML pages, Markdown, article JSON and plain text",
    });
  }
  if (isMarkdown(head)) return "markdown";
  const hinted = kindFromHint(options.hint);
  // A name ending in .md is trusted for a post too plain to show Markdown syntax; the other
  // kinds have said nothing in their content, so their extension is not believed.
  if (hinted === "markdown") return "markdown";
  if (stripped.startsWith("<") && firstElement(stripped) && hinted === "html") return "html";
  return "text";
}
