import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { allFixtureArticles } from "@dateline/test-kit";
import { articleJsonSchema, SCHEMA_ID, SCHEMA_VERSION } from "./index.js";

const committedPath = new URL("../article.schema.json", import.meta.url);

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  (addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
  return ajv.compile(JSON.parse(readFileSync(committedPath, "utf8")));
}

describe("article.schema.json", () => {
  it("is what the zod schemas generate (run `npm run generate -w @dateline/schema` after changing them)", () => {
    const committed = readFileSync(committedPath, "utf8");
    expect(committed).toBe(`${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
  });

  it("carries the schema version in its $id", () => {
    expect(SCHEMA_ID).toContain(`/${SCHEMA_VERSION}/`);
    expect(articleJsonSchema().$id).toBe(SCHEMA_ID);
  });

  it("accepts every golden fixture article with a standard validator", () => {
    const validate = validator();
    for (const article of allFixtureArticles()) {
      expect(validate(article), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it("refuses what the zod schema refuses: bad URLs, unknown fields, empty bodies, blank text", () => {
    const validate = validator();
    const base = { version: "1.0", headline: "H", body: [{ type: "paragraph", text: "t" }] };
    expect(validate(base)).toBe(true);
    expect(validate({ ...base, url: "javascript:alert(1)" })).toBe(false);
    expect(validate({ ...base, extra: true })).toBe(false);
    expect(validate({ ...base, body: [] })).toBe(false);
    expect(validate({ ...base, datePublished: "2025-03-13T09:30:00" })).toBe(false);
    expect(validate({ ...base, headline: " \n " })).toBe(false);
    expect(validate({ ...base, body: [{ type: "paragraph", text: "  " }] })).toBe(false);
  });
});
