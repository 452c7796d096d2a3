import { type Article, type ImageMediaType, type ImageRef, sniffImageType } from "@dateline/schema";

/** A picture as it goes into the book: its path inside OEBPS/ and its bytes. */
export interface ImageFile {
  href: string;
  mediaType: string;
  data: Uint8Array;
}

export interface EmbeddedImages {
  files: ImageFile[];
  /** The `src` a chapter uses for a picture, or undefined when it is left out (its caption stays). */
  sourceFor(image: ImageRef): string | undefined;
}

/**
 * Only the raster core media types of EPUB 3.2 (what epubcheck 4.2 checks):
 * anything else would need a manifest fallback. SVG is refused too, because a
 * foreign SVG may carry scripts or remote references that make the book invalid.
 */
const RASTER_TYPES: ReadonlyArray<{ mediaType: ImageMediaType; extension: string }> = [
  { mediaType: "image/jpeg", extension: "jpg" },
  { mediaType: "image/png", extension: "png" },
  { mediaType: "image/gif", extension: "gif" },
];

/** Every picture the articles show, lead figures first within each article, in reading order. */
function picturesOf(articles: readonly Article[]): ImageRef[] {
  const pictures: ImageRef[] = [];
  for (const article of articles) {
    if (article.image?.image) pictures.push(article.image.image);
    for (const block of article.body) if (block.type === "figure" && block.image) pictures.push(block.image);
  }
  return pictures;
}

/**
 * Decide which pictures go into the book. Nothing is read or fetched here: a
 * picture is embedded only when `images` maps its URL to bytes in a format
 * every reading system must show. Each URL is embedded (or warned
 * about) once, however many articles show it, and files are numbered in
 * reading order so the same input gives the same names.
 */
export function embedImages(
  articles: readonly Article[],
  images: ReadonlyMap<string, Uint8Array> | undefined,
  warn: (message: string) => void,
): EmbeddedImages {
  const hrefByUrl = new Map<string, string | undefined>();
  const files: ImageFile[] = [];
  for (const { url } of picturesOf(articles)) {
    if (hrefByUrl.has(url)) continue;
    // Without an `images` map the caller asked for a book of text and captions, as the PDF gives: nothing to warn about.
    const data = images?.get(url);
    if (data === undefined) {
      hrefByUrl.set(url, undefined);
      if (images)
        warn(
          `image ${url} was left out (its caption is kept): it is remote and no local copy was given; pass its bytes in the "images" option to embed it`,
        );
      continue;
    }
    const mediaType = sniffImageType(data);
    const type = RASTER_TYPES.find((candidate) => candidate.mediaType === mediaType);
    if (!type) {
      hrefByUrl.set(url, undefined);
      warn(
        `image ${url} was left out (its caption is kept): its bytes are not JPEG, PNG or GIF, the picture formats every EPUB reader must show`,
      );
      continue;
    }
    const href = `images/image-${String(files.length + 1).padStart(3, "0")}.${type.extension}`;
    files.push({ href, mediaType: type.mediaType, data });
    hrefByUrl.set(url, href);
  }
  return { files, sourceFor: (image) => hrefByUrl.get(image.url) };
}
