import { type Article, sniffImageType } from "@dateline/schema";

export interface Enclosure {
  url: string;
  length: number;
  type: string;
}

/**
 * The lead image as an enclosure, when its bytes are given: they tell the
 * true length, and the type is read from them, never from a name (a CMS often
 * serves PNGs under .jpg names). The W3C validator rejects `length="0"` and a
 * missing length alike (InvalidIntegerAttribute, MissingAttribute), so without
 * the bytes there is no enclosure; the picture still shows in content:encoded.
 */
export function leadEnclosure(
  article: Article,
  images: ReadonlyMap<string, Uint8Array> | undefined,
  warn: (message: string) => void,
): Enclosure | undefined {
  const image = article.image?.image;
  const bytes = image ? images?.get(image.url) : undefined;
  if (!image || bytes === undefined) return undefined;
  const type = sniffImageType(bytes);
  if (bytes.byteLength === 0 || !type) {
    warn(
      `RSS: the copy of ${image.url} is ${bytes.byteLength === 0 ? "empty" : "not a JPEG, PNG, GIF, WebP or AVIF picture"}; the item has no enclosure`,
    );
    return undefined;
  }
  return { url: new URL(image.url).href, length: bytes.byteLength, type };
}
