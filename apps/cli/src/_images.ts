import { dirname, resolve } from "node:path";
import { DatelineError } from "@dateline/schema";
import { readJsonFile } from "./_io.js";

/**
 * Read an image map: a JSON object from image URL (as in the articles) to a
 * local file, relative to the map's folder. Exporters embed those files;
 * they never fetch a URL.
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
