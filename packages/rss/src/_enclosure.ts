import { statSync } from "node:fs";
import { type Article, sniffImageType } from "@dateline/schema";

export interface Enclosure {
  url: string;
  length: number;
  type: string;
}

const TYPES_BY_EXTENSION: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
  svg: "image/svg+xml",
};

function typeFromName(name: string): string | undefined {
  const path = name.replace(/[?#].*$/s, "");
  return TYPES_BY_EXTENSION[path.slice(path.lastIndexOf(".") + 1).toLowerCase()];
}

/**
 * The lead image as an enclosure, when a local copy gives its true length.
 * The W3C validator rejects `length="0"` and a missing length alike
 * (InvalidIntegerAttribute, MissingAttribute), so without a local copy there
 * is no enclosure; the picture still shows in content:encoded.
 */
export function leadEnclosure(
  article: Article,
  images: Record<string, string | Uint8Array> | undefined,
  warn: (message: string) => void,
): Enclosure | undefined {
  const image = article.image?.image;
  const local = image ? images?.[image.url] : undefined;
  if (!image || local === undefined) return undefined;
  let length: number;
  let type: string | undefined;
  if (typeof local === "string") {
    try {
      length = statSync(local).size;
    } catch (error) {
      warn(`RSS: cannot read the local copy ${local} of ${image.url} (${(error as Error).message}); the item has no enclosure`);
      return undefined;
    }
    type = typeFromName(local) ?? typeFromName(image.url);
  } else {
    length = local.byteLength;
    type = sniffImageType(local) ?? typeFromName(image.url);
  }
  if (length === 0 || !type) {
    warn(`RSS: the local copy of ${image.url} is ${length === 0 ? "empty" : "not a known image type"}; the item has no enclosure`);
    return undefined;
  }
  return { url: new URL(image.url).href, length, type };
}
