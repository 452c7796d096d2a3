import type { PdfDoc, StructElement } from "./_pdfkit.js";

/**
 * A structure element of the tagged PDF, planned during layout and created
 * in pdfkit only when its first content is drawn, so the structure tree is
 * built in reading order and a layout-only pass creates nothing.
 */
export interface Node {
  type: string;
  parent: Node | undefined;
  alt?: string;
  lang?: string;
  /** For `Link` nodes: where the link goes (a URL, or a named destination in this document). Drawn as one `Link` element per line. */
  href?: string;
  dest?: string;
  element?: StructElement;
}

export function node(type: string, parent: Node | undefined, extra: Omit<Node, "type" | "parent" | "element"> = {}): Node {
  return { type, parent, ...extra };
}

/** The pdfkit element of a node, created (and attached under its parent's) on first use. */
export function elementOf(doc: PdfDoc, target: Node): StructElement {
  if (target.element) return target.element;
  const options = { ...(target.alt ? { alt: target.alt } : {}), ...(target.lang ? { lang: target.lang } : {}) };
  const element = doc.struct(target.type, options);
  if (target.parent) elementOf(doc, target.parent).add(element);
  else doc.addStructure(element);
  target.element = element;
  return element;
}
