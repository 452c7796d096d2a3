import { readFileSync } from "node:fs";
import { sniffImageType } from "@dateline/schema";
import { openImage, type PdfDoc, type PdfImage } from "./_pdfkit.js";

type ImageSource = string | Uint8Array;
export type ImageLookup = (url: string, where: string) => PdfImage | undefined;

/**
 * Pictures come only from the caller's `images` map (URL → file path or
 * bytes); nothing is ever fetched. A picture that cannot be used is reported
 * once and its figure prints as a caption box instead.
 */
export function imageLookup(
  doc: PdfDoc,
  images: Readonly<Record<string, ImageSource>> | undefined,
  warn: (message: string) => void,
): ImageLookup {
  const cache = new Map<string, PdfImage | undefined>();
  return (url, where) => {
    if (!images || !Object.hasOwn(images, url)) return undefined;
    if (cache.has(url)) return cache.get(url);
    const source = images[url]!;
    const from = typeof source === "string" ? `file ${source}` : "the bytes given";
    let image: PdfImage | undefined;
    try {
      const bytes = typeof source === "string" ? readFileSync(source) : Buffer.from(source.buffer, source.byteOffset, source.byteLength);
      const type = sniffImageType(bytes);
      // pdfkit embeds JPEG and PNG only.
      if (type === "image/jpeg" || type === "image/png") image = openImage(doc, bytes);
      else warn(`${where}: the image for ${url} (${from}) is not a JPEG or PNG; printing its caption without the picture`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      warn(`${where}: cannot use the image for ${url} (${from}): ${reason}; printing its caption without the picture`);
    }
    cache.set(url, image);
    return image;
  };
}
