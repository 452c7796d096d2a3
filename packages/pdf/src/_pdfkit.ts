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
 * newline either way, so the bytes are the same. Content streams are ASCII
 * (text is drawn as hex glyph codes), and pdfkit keeps the low byte of each
 * character as Latin-1 does.
 */
class GatheringDocument extends PDFDocument {
  private pending: string[] | undefined;
  /** Set for a briefing with no date: neither the Info dictionary nor the XMP packet gets one. */
  undated = false;

  /** pdfkit's XMP template reads the creation date; for an undated briefing it reads a placeholder whose line `appendXML` drops. */
  _addInfo(): void {
    if (this.undated) this.info.CreationDate = UNDATED_PLACEHOLDER;
    (PDFDocument.prototype as unknown as { _addInfo(): void })._addInfo.call(this);
  }

  appendXML(xml: string, newline?: boolean): void {
    const kept = this.undated ? xml.replace(/<xmp:CreateDate>[^<]*<\/xmp:CreateDate>/u, "") : xml;
    (PDFDocument.prototype as unknown as { appendXML(xml: string, newline?: boolean): void }).appendXML.call(this, kept, newline);
  }

  override addContent(data: string): this {
    (this.pending ??= []).push(data);
    return this;
  }

  override flushPages(): void {
    // As bytes, with the newline pdfkit would add: pdfkit turns a string into bytes one character at a time in JavaScript.
    if (this.pending?.length) this.page.write(Buffer.from(`${this.pending.join("\n")}\n`, "latin1"));
    this.pending = undefined;
    super.flushPages();
  }
}

/** Only ever read by pdfkit for a file identifier and a template line that is dropped; never written to the file. */
const UNDATED_PLACEHOLDER = new Date(0);

/**
 * A document; without `date`, one that carries no date at all (pdfkit would
 * otherwise stamp the clock's time). Its file identifier is then computed
 * from the placeholder, so it stays the same from build to build.
 */
export function createDocument(options: PDFKit.PDFDocumentOptions, date: Date | undefined): PdfDoc {
  const info = { ...options.info, CreationDate: date ?? UNDATED_PLACEHOLDER, ...(date ? { ModDate: date } : {}) };
  const doc = new GatheringDocument({ ...options, info });
  if (!date) {
    doc.undated = true;
    delete (doc.info as Partial<PDFKit.DocumentInfo>).CreationDate;
  }
  return doc as unknown as PdfDoc;
}

/** Withdraw the PDF/A identification asked for at creation: pdfkit writes it (and its output intent) only at the end, when `subset` is still set. */
export function dropPdfaClaim(doc: PdfDoc): void {
  (doc as unknown as { subset: number | undefined }).subset = undefined;
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
