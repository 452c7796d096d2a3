// Regenerates article.schema.json from the zod schemas. Run: npm run generate -w @dateline/schema
import { writeFileSync } from "node:fs";
import { articleJsonSchema } from "../src/index.js";

writeFileSync(new URL("../article.schema.json", import.meta.url), `${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
