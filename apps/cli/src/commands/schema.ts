import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

/**
 * `dateline schema`: the article JSON Schema on standard output. The schema
 * package commits the generated file and its tests fail if it drifts from the
 * zod schema, so printing the file gives the same bytes as generating it,
 * without loading zod or converting at run time.
 */
export async function schemaCommand(): Promise<number> {
  const path = createRequire(import.meta.url).resolve("@dateline/schema/article.schema.json");
  process.stdout.write(await readFile(path, "utf8"));
  return 0;
}
