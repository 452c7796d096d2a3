import { sniffImageType } from "@dateline/schema";
import { openImage, type PdfDoc, type PdfImage } from "./_pdfkit.js";

export type ImageLookup = (url: string, where: string) => PdfImage | undefined;

/**
 * Pictures come only from the caller's `images` map (URL → bytes, read or
 * downloaded by the caller); nothing is read or fetched here. A picture that
 * cannot be used is reported once and its figure prints as a caption instead.
 */
export function imageLookup(
  doc: PdfDoc,
  images: ReadonlyMap<string, Uint8Array> | undefined,
  warn: (message: string) => void,
): ImageLookup {
  const cache = new Map<string, PdfImage | undefined>();
  return (url, where) => {
    const source = images?.get(url);
    if (source === undefined) return undefined;
    if (cache.has(url)) return cache.get(url);
    let image: PdfImage | undefined;
    try {
      const bytes = Buffer.from(source.buffer, source.byteOffset, source.byteLength);
      const type = sniffImageType(bytes);
      // pdfkit embeds JPEG and PNG only.
      if (type === "image/jpeg" || type === "image/png") image = openImage(doc, bytes);
      else warn(`${where}: the image for ${url} is not a JPEG or PNG; printing its caption without the picture`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      warn(`${where}: cannot use the image for ${url}: ${reason}; printing its caption without the picture`);
    }
    cache.set(url, image);
    return image;
  };
}
