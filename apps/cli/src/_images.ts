import { dirname, resolve } from "node:path";
import { type Article, sniffImageType } from "@dateline/schema";
import { DatelineError, isDatelineError } from "@dateline/schema/errors";
import { downloadProgress, FETCH_CONCURRENCY, type FetchLimits, fetchLimits, fetchUrl, isHttpUrl, mapConcurrently } from "./_fetch.js";
import { readInput, readJsonFile } from "./_io.js";

/** `--images fetch`: download the pictures the articles show. */
export const FETCH_IMAGES = "fetch";

/** Where pictures come from: downloaded, or local files named by an image map. */
export type ImagesRequest = typeof FETCH_IMAGES | { files: Readonly<Record<string, string>> };

/**
 * The pictures of one run, read once by the CLI and handed to the exporters
 * as bytes (exporters do no file or network I/O of their own).
 */
export interface Pictures {
  /** The bytes as found at the URL or in the file: an RSS enclosure states their length and type. */
  asServed: ReadonlyMap<string, Uint8Array>;
  /** The same pictures for PDF and EPUB: WebP, AVIF and GIF turned into PNG or JPEG, which both can embed. */
  embeddable: ReadonlyMap<string, Uint8Array>;
}

/** The `--images` value: `fetch`, or the path of an image map. */
export async function imagesRequest(value: string): Promise<ImagesRequest> {
  return value === FETCH_IMAGES ? FETCH_IMAGES : { files: await loadImageMap(value) };
}

/**
 * Read an image map: a JSON object from image URL (as in the articles) to a
 * local file, relative to the map's folder.
 */
export async function loadImageMap(path: string): Promise<Record<string, string>> {
  const data = await readJsonFile(path, "INVALID_OPTION", "image map");
  if (typeof data !== "object" || data === null || Array.isArray(data) || Object.values(data).some((value) => typeof value !== "string")) {
    throw new DatelineError("INVALID_OPTION", "an image map must be a JSON object of image URL → file path", {
      source: path,
      hint: '{ "https://example.com/photo.jpg": "photos/photo.jpg" }',
    });
  }
  const base = dirname(path);
  return Object.fromEntries(Object.entries(data as Record<string, string>).map(([url, file]) => [url, resolve(base, file)]));
}

/** Every picture URL the articles show (lead images and figures), each once, in reading order. */
function pictureUrls(articles: readonly Article[]): string[] {
  const urls = new Set<string>();
  for (const article of articles) {
    if (article.image?.image) urls.add(article.image.image.url);
    for (const block of article.body) if (block.type === "figure" && block.image) urls.add(block.image.url);
  }
  return [...urls];
}

/** Formats both pdfkit and every EPUB reader take as they are. */
const EMBEDDABLE = new Set(["image/jpeg", "image/png"]);
/** Formats converted for PDF and EPUB (pdfkit embeds none of them; EPUB 3.2 readers need not show WebP or AVIF). */
const CONVERTED = new Set(["image/gif", "image/webp", "image/avif"]);
/** Quality of a photo converted to JPEG: no visible loss at print sizes. */
const JPEG_QUALITY = 90;
/**
 * The largest picture converted, in pixels (a 48-megapixel camera photo fits):
 * a small hostile file that claims a huge canvas is refused before it is
 * decoded, so conversion stays within a few hundred MB of memory.
 */
const MAX_PIXELS = 50_000_000;

/**
 * Read or download each picture the articles show, once per URL, then make
 * a PDF- and EPUB-ready copy of those in other formats. A picture that cannot
 * be had is left out with a warning; its figure keeps its caption.
 */
export async function loadPictures(
  articles: readonly Article[],
  request: ImagesRequest,
  limits: FetchLimits,
  warn: (message: string) => void,
): Promise<Pictures> {
  const urls = pictureUrls(articles);
  const found = request === FETCH_IMAGES ? await downloadAll(urls, limits) : await readAll(urls, request.files, limits.maxBytes);
  const asServed = new Map<string, Uint8Array>();
  for (const [url, result] of found) {
    if (result instanceof Uint8Array) asServed.set(url, result);
    else warn(`image ${url} was left out (its caption is kept): ${result}`);
  }
  return { asServed, embeddable: await embeddableCopies(asServed, warn) };
}

type Found = Map<string, Uint8Array | string>;

async function downloadAll(urls: readonly string[], limits: FetchLimits): Promise<Found> {
  const remote = urls.filter(isHttpUrl);
  const progress = downloadProgress(remote.length, "pictures");
  const results = await mapConcurrently(remote, FETCH_CONCURRENCY, async (url) => {
    try {
      return (await fetchUrl(url, "image", limits)).bytes;
    } catch (error) {
      return isDatelineError(error) ? error.message : String(error);
    } finally {
      progress.step(url);
    }
  });
  progress.end();
  return new Map(remote.map((url, i) => [url, results[i]!]));
}

async function readAll(urls: readonly string[], files: Readonly<Record<string, string>>, maxBytes: number): Promise<Found> {
  const found: Found = new Map();
  for (const url of urls) {
    if (!Object.hasOwn(files, url)) continue;
    try {
      found.set(url, await readInput(files[url]!, { maxBytes, what: "picture", hint: "raise the limit with --max-size" }));
    } catch (error) {
      found.set(url, `${files[url]}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return found;
}

/**
 * JPEG and PNG as they are; GIF, WebP and AVIF converted with sharp (PNG when
 * the picture has transparency, else JPEG); anything else passed on for the
 * exporters to report. When sharp cannot be loaded, the pictures that needed
 * it are left out with one warning.
 */
async function embeddableCopies(
  pictures: ReadonlyMap<string, Uint8Array>,
  warn: (message: string) => void,
): Promise<Map<string, Uint8Array>> {
  const embeddable = new Map<string, Uint8Array>();
  const toConvert: Array<[string, Uint8Array]> = [];
  for (const [url, bytes] of pictures) {
    const type = sniffImageType(bytes);
    if (type && CONVERTED.has(type)) toConvert.push([url, bytes]);
    else if (!type || EMBEDDABLE.has(type)) embeddable.set(url, bytes);
  }
  if (toConvert.length === 0) return embeddable;
  let sharp: typeof import("sharp").default;
  try {
    sharp = (await import("sharp")).default;
  } catch (error) {
    warn(
      `${toConvert.length} picture(s) in GIF, WebP or AVIF were left out of the PDF and EPUB (captions kept): the converter (sharp) cannot be loaded: ${(error as Error).message}`,
    );
    return embeddable;
  }
  for (const [url, bytes] of toConvert) {
    try {
      const image = sharp(bytes, { limitInputPixels: MAX_PIXELS });
      const { hasAlpha } = await image.metadata();
      embeddable.set(url, new Uint8Array(await (hasAlpha ? image.png() : image.jpeg({ quality: JPEG_QUALITY })).toBuffer()));
    } catch (error) {
      warn(`image ${url} was left out of the PDF and EPUB (its caption is kept): cannot convert it: ${(error as Error).message}`);
    }
  }
  return embeddable;
}

/** What build settings hold about pictures: the request (--images) and, once read, the pictures. */
interface PictureSettings {
  images?: ImagesRequest;
  pictures?: Pictures;
  onWarning: (message: string) => void;
}

/** The formats that show pictures; JSON and JSON-LD only name their URLs. */
const PICTURE_FORMATS = ["pdf", "epub", "rss"];

/**
 * The build settings with the run's pictures, when --images asked for them
 * and a format being built shows them (`formats` absent: the feed of `feed add`).
 */
export async function withPictures<Settings extends PictureSettings>(
  articles: readonly Article[],
  options: { settings: Settings; formats?: readonly string[]; timeoutMs?: number; connectMs?: number; maxBytes?: number },
): Promise<Settings> {
  const { settings, formats } = options;
  if (!settings.images || (formats && !formats.some((format) => PICTURE_FORMATS.includes(format)))) return settings;
  return { ...settings, pictures: await loadPictures(articles, settings.images, fetchLimits(options), settings.onWarning) };
}
