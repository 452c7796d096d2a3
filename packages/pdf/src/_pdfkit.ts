import PDFDocument from "pdfkit";

/**
 * The parts of pdfkit 0.20 this package uses that @types/pdfkit 0.17 does
 * not describe. Kept in one place so an upgrade has one file to check.
 */
export type PdfDoc = PDFKit.PDFDocument & {
  /** The current font; `font` is its fontkit face, which answers glyph coverage. */
  _font: { font: FontkitFont };
  outline: OutlineItem;
};

/** A fontkit font, as pdfkit holds it. */
interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

export interface OutlineItem {
  /** pdfkit computes the destination's left edge as page width − `left`, so `left` must be the page width for x = 0. */
  addItem(title: string, options: { top: number; left: number }): OutlineItem;
}

export interface PdfImage {
  width: number;
  height: number;
}

export type StructElement = PDFKit.PDFStructureElement;

export function createDocument(options: PDFKit.PDFDocumentOptions): PdfDoc {
  return new PDFDocument(options) as PdfDoc;
}

/** A link annotation tied to its `Link` structure element (the element gets an OBJR, the annotation a StructParent). */
export function linkArea(doc: PdfDoc, x: number, y: number, width: number, height: number, target: { href?: string; dest?: string }, element: StructElement): void {
  const options = { structParent: element } as PDFKit.Mixins.AnnotationOption;
  if (target.href) doc.link(x, y, width, height, target.href, options);
  else if (target.dest) doc.goTo(x, y, width, height, target.dest, options);
}

export function openImage(doc: PdfDoc, bytes: Buffer): PdfImage {
  return (doc as unknown as { openImage(src: Buffer): PdfImage }).openImage(bytes);
}

export function drawImage(doc: PdfDoc, image: PdfImage, x: number, y: number, width: number, height: number): void {
  doc.image(image as unknown as Buffer, x, y, { width, height });
}
