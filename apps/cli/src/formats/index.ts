import type { Format } from "./_format.js";
import { json } from "./json.js";

/** Every format `dateline build` can write, in the order they are built. */
export const FORMATS: readonly Format[] = [json];

export type { BuildSettings, Format, OutputFile } from "./_format.js";
