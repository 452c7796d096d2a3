import { articleJsonSchema } from "@dateline/schema";

/** `dateline schema`: the article JSON Schema on standard output. */
export function schemaCommand(): number {
  process.stdout.write(`${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
  return 0;
}
