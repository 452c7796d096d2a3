import type { Format } from "./_format.js";
import { epub } from "./epub.js";
import { json } from "./json.js";
import { jsonld } from "./jsonld.js";
import { pdf } from "./pdf.js";
import { rss } from "./rss.js";

/** Every format `dateline build` can write, in the order they are built. */
export const FORMATS: readonly Format[] = [pdf, epub, rss, jsonld, json];

export type { BuildSettings, Format, OutputFile } from "./_format.js";
