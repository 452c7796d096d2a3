import { type Article, DatelineError } from "@dateline/schema";
import { type DefaultTreeAdapterMap, parse } from "parse5";
import { jsonLdScriptElement } from "./to-json-ld-script.js";
import type { JsonLdOptions } from "./to-json-ld.js";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];
type ParentNode = DefaultTreeAdapterMap["parentNode"];

/** The attribute that marks the script Dateline put into a page, so a second run replaces it rather than adding another. */
const DATELINE_SCRIPT_ATTRIBUTE = "data-generator";
const DATELINE_SCRIPT_VALUE = "dateline";

export interface InjectOptions extends JsonLdOptions {
  /** Remove the page's own JSON-LD scripts too (by default they are kept beside Dateline's). */
  replace?: boolean;
  /** Name of the page, for error messages. */
  source?: string;
}

interface Range {
  start: number;
  end: number;
}

function isElement(node: Node): node is Element {
  return "tagName" in node;
}

function childElements(parent: ParentNode): Element[] {
  return parent.childNodes.filter(isElement);
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function isJsonLdScript(element: Element): boolean {
  return element.tagName === "script" && attribute(element, "type")?.trim().toLowerCase() === "application/ld+json";
}

function isDatelineScript(element: Element): boolean {
  return isJsonLdScript(element) && attribute(element, DATELINE_SCRIPT_ATTRIBUTE) === DATELINE_SCRIPT_VALUE;
}

/** Every JSON-LD script of the page, wherever it is, in source order. */
function jsonLdScripts(parent: ParentNode, found: Element[] = []): Element[] {
  for (const child of childElements(parent)) {
    if (isJsonLdScript(child)) found.push(child);
    else if (child.tagName !== "template") jsonLdScripts(child, found);
  }
  return found;
}

/** The white space on the element's own line before it ("\n    "), which goes with it when it is removed. */
function leadingSpace(html: string, start: number): number {
  let at = start;
  while (at > 0 && /[ \t]/.test(html[at - 1]!)) at--;
  if (at > 0 && html[at - 1] === "\n") {
    at--;
    if (at > 0 && html[at - 1] === "\r") at--;
    return at;
  }
  return start;
}

/** The line break and indentation that set off `start` from what precedes it, to repeat for a new sibling. */
function separatorBefore(html: string, start: number): string {
  return html.slice(leadingSpace(html, start), start);
}

function located(node: Node, shift: number): Range | undefined {
  const location = node.sourceCodeLocation;
  return location ? { start: location.startOffset + shift, end: location.endOffset + shift } : undefined;
}

/**
 * Put the article's NewsArticle JSON-LD at the end of the page's `<head>`, touching no other
 * byte: the page is parsed with parse5 for source offsets only and the script spliced in as
 * text. A script this function put there before is replaced (so a second run gives the same
 * bytes as the first); the page's own JSON-LD stays unless `replace`. A page whose source has
 * no `<head>` is refused: where the script belongs would be a guess.
 */
export function injectJsonLd(html: string, article: Article, options: InjectOptions = {}): string {
  const { replace = false, source, ...jsonLdOptions } = options;
  const where = source ? { source } : {};
  // The parser takes a byte-order mark for text (which would open <body>), so it parses what follows and offsets shift by one.
  const shift = html.startsWith("\uFEFF") ? 1 : 0;
  const document = parse(shift ? html.slice(shift) : html, { sourceCodeLocationInfo: true });
  const root = childElements(document).find((element) => element.tagName === "html");
  const head = root && childElements(root).find((element) => element.tagName === "head");
  const headStart = head?.sourceCodeLocation?.startTag;
  if (!head || !headStart) {
    throw new DatelineError("INVALID_PAGE", "the page has no <head> element to put the JSON-LD script in", {
      ...where,
      hint: "add <head>…</head> after <html> (a page fragment cannot carry structured data)",
    });
  }
  const headEnd = (head.sourceCodeLocation?.endTag?.startOffset ?? Number.POSITIVE_INFINITY) + shift;
  const removed: Range[] = jsonLdScripts(document)
    .filter((script) => replace || isDatelineScript(script))
    .flatMap((script) => {
      const range = located(script, shift);
      return range ? [{ start: leadingSpace(html, range.start), end: range.end }] : [];
    });
  const isRemoved = (range: Range) => removed.some((cut) => cut.start <= range.start && range.end <= cut.end);
  // The last element or comment written inside <head> (the parser also moves in some tags met after </head>).
  const anchor = head.childNodes
    .filter((node) => node.nodeName !== "#text")
    .map((node) => located(node, shift))
    .filter((range): range is Range => range !== undefined && range.end <= headEnd && !isRemoved(range))
    .at(-1);
  const insertAt = anchor ? anchor.end : headStart.endOffset + shift;
  const separator = anchor ? separatorBefore(html, anchor.start) : "";
  const script = jsonLdScriptElement(article, jsonLdOptions, { [DATELINE_SCRIPT_ATTRIBUTE]: DATELINE_SCRIPT_VALUE });
  const edits = [...removed.map((range) => ({ ...range, text: "" })), { start: insertAt, end: insertAt, text: `${separator}${script}` }];
  // Applied from the end of the page backwards, so earlier offsets stay true.
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = html;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}
