import { z } from "zod";
import { Article, SCHEMA_VERSION } from "./article.js";

export const SCHEMA_ID = `https://dateline.dev/schema/article/${SCHEMA_VERSION}/article.schema.json`;

/**
 * The article format as JSON Schema (draft 2020-12), for validating article
 * files in any language. It describes the input side: what a file may hold.
 * Mark ranges are checked by `parseArticle` only; JSON Schema cannot say
 * "end ≤ text length".
 */
export function articleJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(Article, {
    target: "draft-2020-12",
    io: "input",
    override: ({ zodSchema, jsonSchema }) => {
      // zod keeps only `format: uri`; restate the http(s)-only rule for other validators.
      if (jsonSchema.format === "uri") jsonSchema.pattern = "^https?://[^/?#\\s]+\\.[^/?#\\s]+";
      // In "input" mode zod leaves strict objects open; articles are closed so typos in field names are caught.
      const def = zodSchema._zod.def;
      if (def.type === "object" && def.catchall?._zod.def.type === "never") jsonSchema.additionalProperties = false;
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: SCHEMA_ID, ...rest };
}
