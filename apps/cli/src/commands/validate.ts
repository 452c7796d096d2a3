import { DEFAULT_MAX_BYTES, readLazily } from "@dateline/ingest/lazy";
import { readInput } from "../_io.js";
import { EXIT_INPUT, reportError } from "../_report.js";

/** `dateline validate <article.json...>`: check article files; every bad one is named. */
export async function validateCommand(paths: readonly string[]): Promise<number> {
  let failures = 0;
  for (const path of paths) {
    try {
      await readLazily(await readInput(path, { maxBytes: DEFAULT_MAX_BYTES }), { from: "json", source: path });
      process.stderr.write(`${path}: valid\n`);
    } catch (error) {
      failures++;
      reportError(error);
    }
  }
  return failures > 0 ? EXIT_INPUT : 0;
}
