import { encodeUrl } from "@dateline/schema";
import PDFDocument from "pdfkit";

/**
 * The parts of pdfkit 0.20 this package uses that @types/pdfkit 0.17 does
 * not describe. Kept in one place so an upgrade has one file to check.
 */
export type PdfDoc = PDFKit.PDFDocument & {
  /** The current font. */
  _font: EmbeddedFont;
  outline: OutlineItem;
};

/**
 * A font as pdfkit embeds it: the subset collecting the glyphs drawn, and
 * each subset glyph's width and text (indexed by its id in the subset),
 * written out with the font when the document ends.
 */
export interface EmbeddedFont {
  id: string;
  subset: { includeGlyph(glyph: number): number };
  widths: number[];
  unicode: number[][];
  ref(): unknown;
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

/** Open a TrueType font in the document, to draw with it through `addContent`. */
export function embedFont(doc: PdfDoc, name: string, bytes: Buffer): EmbeddedFont {
  doc.registerFont(name, bytes);
  doc.font(name);
  return doc._font;
}

/** List a font in the current page's resources, as pdfkit's own text drawing does. */
export function useFont(doc: PdfDoc, font: EmbeddedFont): void {
  const fonts = doc.page.fonts as Record<string, unknown>;
  fonts[font.id] ??= font.ref();
}

/**
 * pdfkit turns each piece of page content it is given into a Uint8Array of
 * its own, held until the page ends: over a hundred a page here, each
 * allocated outside the JavaScript heap. This document gathers a page's
 * content as strings and hands it over in one piece when pdfkit flushes the
 * page (as the next is added, or at the end). pdfkit ends every piece with a
 * newline either way, so the bytes are the same.
 */
class GatheringDocument extends PDFDocument {
  private pending: string[] | undefined;

  override addContent(data: string): this {
    (this.pending ??= []).push(data);
    return this;
  }

  override flushPages(): void {
    if (this.pending?.length) this.page.write(this.pending.join("\n"));
    this.pending = undefined;
    super.flushPages();
  }
}

export function createDocument(options: PDFKit.PDFDocumentOptions): PdfDoc {
  return new GatheringDocument(options) as unknown as PdfDoc;
}

/** A link annotation tied to its `Link` structure element (the element gets an OBJR, the annotation a StructParent). */
export function linkArea(
  doc: PdfDoc,
  x: number,
  y: number,
  width: number,
  height: number,
  target: { href?: string; dest?: string },
  element: StructElement,
): void {
  const options = { structParent: element } as PDFKit.Mixins.AnnotationOption;
  if (target.href) doc.link(x, y, width, height, encodeUrl(target.href), options);
  else if (target.dest) doc.goTo(x, y, width, height, target.dest, options);
}

export function openImage(doc: PdfDoc, bytes: Buffer): PdfImage {
  return (doc as unknown as { openImage(src: Buffer): PdfImage }).openImage(bytes);
}

export function drawImage(doc: PdfDoc, image: PdfImage, x: number, y: number, width: number, height: number): void {
  doc.image(image as unknown as Buffer, x, y, { width, height });
}
