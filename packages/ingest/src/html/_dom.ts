import { DatelineError } from "@dateline/schema";
import { type DefaultTreeAdapterTypes, defaultTreeAdapter, parse, parseFragment } from "parse5";

export type Node = DefaultTreeAdapterTypes.Node;
export type Element = DefaultTreeAdapterTypes.Element;
export type ParentNode = DefaultTreeAdapterTypes.ParentNode;
export type Document = DefaultTreeAdapterTypes.Document;

/**
 * parse5 builds the tree as the HTML standard says (as browsers do), so
 * misnested and unclosed markup ends where a reader sees it. With scripting
 * off, `<noscript>` content is markup, as in a browser with scripts disabled;
 * nothing is ever run or fetched: parse5 only builds a tree.
 */
const PARSE_OPTIONS = { scriptingEnabled: false } as const;

/**
 * The tree of a page costs memory and time per element, so a page may hold at
 * most one element per this many bytes of the size limit: 262,144 elements
 * for the default 10 MB, ten times the densest real page measured (about
 * 20,000 elements a megabyte). Nesting depth needs no limit of its own: every
 * walk here is iterative or stops descending at a fixed depth.
 */
export const BYTES_PER_ELEMENT = 40;

export interface ParseLimits {
  /** At most this many elements; the default suits a 10 MB page. */
  maxElements?: number;
  source?: string;
}

export function parseDocument(html: string, limits: ParseLimits = {}): Document {
  return parse(html, { ...PARSE_OPTIONS, treeAdapter: countingAdapter(limits) });
}

export function parseHtmlFragment(html: string, limits: ParseLimits = {}): ParentNode {
  return parseFragment(html, { ...PARSE_OPTIONS, treeAdapter: countingAdapter(limits) });
}

const DEFAULT_MAX_ELEMENTS = Math.floor((10 * 1024 * 1024) / BYTES_PER_ELEMENT);

/** parse5's own tree, with a count of the elements made that stops the parse past the limit. */
function countingAdapter(limits: ParseLimits): typeof defaultTreeAdapter {
  const maxElements = limits.maxElements ?? DEFAULT_MAX_ELEMENTS;
  let count = 0;
  return {
    ...defaultTreeAdapter,
    createElement(tagName, namespaceURI, attrs) {
      count++;
      if (count > maxElements) {
        throw new DatelineError("INPUT_TOO_LARGE", `page has more than ${maxElements.toLocaleString("en")} elements`, {
          ...(limits.source ? { source: limits.source } : {}),
          hint: "an article page has a few thousand; check the file, or raise the limit with --max-size (elements allowed grow with it)",
        });
      }
      return defaultTreeAdapter.createElement(tagName, namespaceURI, attrs);
    },
  };
}

/** Every node but an element has a node name starting with "#" ("#text", "#comment", "#document"). */
const HASH = 35;

export function isElement(node: Node): node is Element {
  return node.nodeName.charCodeAt(0) !== HASH;
}

export function isText(node: Node): node is DefaultTreeAdapterTypes.TextNode {
  return node.nodeName === "#text";
}

export function childNodes(node: Node): Node[] {
  if (isElement(node) && node.tagName === "template") return [];
  return "childNodes" in node ? node.childNodes : [];
}

export function childElements(node: Node): Element[] {
  return childNodes(node).filter(isElement);
}

export function attr(element: Element, name: string): string | undefined {
  for (const attribute of element.attrs) if (attribute.name === name) return attribute.value;
  return undefined;
}

/**
 * Visit every node under `root` in document order without recursion (a page
 * may nest elements thousands deep). `visit` returns false to skip a node's
 * children.
 */
export function walk(root: Node, visit: (node: Node) => boolean | undefined): void {
  const stack: Node[] = [...childNodes(root)].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visit(node) === false) continue;
    const children = childNodes(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

export function findAll(root: Node, predicate: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  walk(root, (node) => {
    if (isElement(node) && predicate(node)) found.push(node);
    return true;
  });
  return found;
}

export function findFirst(root: Node, predicate: (element: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  walk(root, (node) => {
    if (found) return false;
    if (isElement(node) && predicate(node)) found = node;
    return !found;
  });
  return found;
}

/** The text under a node with white space collapsed, as a reader sees it; without the elements `skip` picks. */
export function textOf(root: Node, skip?: (element: Element) => boolean): string {
  if (isText(root)) return collapse(root.value);
  const parts: string[] = [];
  walk(root, (node) => {
    if (isText(node)) parts.push(node.value);
    else if (skip && isElement(node) && skip(node)) return false;
    else if (isElement(node) && (node.tagName === "br" || BLOCK_TAGS.has(node.tagName))) parts.push(" ");
    return !(isElement(node) && INVISIBLE_TAGS.has(node.tagName));
  });
  return collapse(parts.join(""));
}

/** Text read up to an element: white space runs made one space (trimmed only at the end), and the count of its other characters. */
interface ShortText {
  squeezed: string;
  nonSpace: number;
}

const NO_TEXT: ShortText = { squeezed: "", nonSpace: 0 };
const SPACE: ShortText = { squeezed: " ", nonSpace: 0 };

/**
 * `textOf` of every element under `root` (itself included) whose text has at most `maxChars`
 * characters, read in one pass from the leaves up. Asking `textOf` of each element in turn walks
 * a subtree per element, quadratic in the nesting depth (16,000 nested divs took 8 s).
 */
export function shortTexts(root: Element, maxChars: number): Map<Element, string> {
  const texts = new Map<Element, string>();
  // Text longer than maxChars is undefined; its other characters alone make it longer, so its ancestors' too.
  const join = (left: ShortText | undefined, right: ShortText | undefined): ShortText | undefined => {
    if (!left || !right) return undefined;
    const nonSpace = left.nonSpace + right.nonSpace;
    if (nonSpace > maxChars) return undefined;
    return { squeezed: squeezedJoin(left.squeezed, right.squeezed), nonSpace };
  };
  const open: Array<{ element: Element; children: Node[]; next: number; text: ShortText | undefined }> = [
    { element: root, children: childNodes(root), next: 0, text: NO_TEXT },
  ];
  while (open.length > 0) {
    const top = open.at(-1)!;
    const child = top.children[top.next++];
    if (child) {
      if (isText(child)) top.text = join(top.text, textPiece(child.value));
      else if (isElement(child)) open.push({ element: child, children: childNodes(child), next: 0, text: NO_TEXT });
      continue;
    }
    open.pop();
    const text = top.text?.squeezed.trim();
    if (text !== undefined && text.length <= maxChars) texts.set(top.element, text);
    const parent = open.at(-1);
    if (!parent) continue;
    // As textOf reads an element: a space before a block or a line break, nothing from inside an invisible one.
    const { tagName } = top.element;
    const before = tagName === "br" || BLOCK_TAGS.has(tagName) ? SPACE : NO_TEXT;
    parent.text = join(parent.text, INVISIBLE_TAGS.has(tagName) ? before : join(before, top.text));
  }
  return texts;
}

function textPiece(value: string): ShortText {
  const squeezed = value.replace(COLLAPSIBLE, " ");
  let spaces = 0;
  for (let i = squeezed.indexOf(" "); i >= 0; i = squeezed.indexOf(" ", i + 1)) spaces++;
  return { squeezed, nonSpace: squeezed.length - spaces };
}

/** Two squeezed texts as one: a space on both sides of the seam is one space. */
function squeezedJoin(left: string, right: string): string {
  if (left === "" || (left === " " && right.startsWith(" "))) return right;
  if (right === "" || (right === " " && left.endsWith(" "))) return left;
  return left.endsWith(" ") && right.startsWith(" ") ? left + right.slice(1) : left + right;
}

/** White space as a reader sees it: runs of it show as one space. */
const COLLAPSIBLE = /[\s\u00A0\u200B\u2007\u202F]+/g;

export function collapse(text: string): string {
  return text.replace(COLLAPSIBLE, " ").trim();
}

export function ancestors(node: Node): Element[] {
  const found: Element[] = [];
  let parent = "parentNode" in node ? node.parentNode : null;
  while (parent && isElement(parent)) {
    found.push(parent);
    parent = parent.parentNode;
  }
  return found;
}

export function contains(ancestor: Node, node: Node): boolean {
  let current: Node | null = node;
  while (current) {
    if (current === ancestor) return true;
    current = "parentNode" in current ? current.parentNode : null;
  }
  return false;
}

export function remove(node: Node): void {
  const parent = "parentNode" in node ? node.parentNode : null;
  if (!parent) return;
  const index = parent.childNodes.indexOf(node as DefaultTreeAdapterTypes.ChildNode);
  if (index >= 0) parent.childNodes.splice(index, 1);
  (node as { parentNode: null }).parentNode = null;
}

/** The heading elements, `<h1>` to `<h6>`. */
export const HEADING_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/** Elements whose content is never shown as text. */
export const INVISIBLE_TAGS = new Set([
  "script",
  "style",
  "template",
  "noscript",
  "svg",
  "math",
  "head",
  "title",
  "iframe",
  "object",
  "canvas",
  "select",
  "textarea",
  "button",
]);

/** Elements that start a block of their own when a page is laid out. */
export const BLOCK_TAGS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
  "center",
  "caption",
  "menu",
  "video",
  "audio",
  "iframe",
  "embed",
  "object",
]);

/**
 * The charset declared by `<meta charset>` or `<meta http-equiv=content-type>`
 * in the head of a page (given as its first bytes, read as windows-1252).
 */
export function findDeclaredCharset(head: string): string | undefined {
  const document = parseDocument(head);
  for (const meta of findAll(document, (element) => element.tagName === "meta")) {
    const charset = attr(meta, "charset");
    if (charset?.trim()) return charset.trim();
    if (attr(meta, "http-equiv")?.trim().toLowerCase() === "content-type") {
      const fromContent = charsetFromContentType(attr(meta, "content") ?? "");
      if (fromContent) return fromContent;
    }
  }
  return undefined;
}

/** The standard's "extract a character encoding from a meta element", over the attribute value. */
export function charsetFromContentType(content: string): string | undefined {
  const match = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/i.exec(content);
  return match ? (match[1] ?? match[2] ?? match[3])?.trim() || undefined : undefined;
}
