import { describe, expect, it } from "vitest";
import * as api from "./index.js";

describe("@dateline/ingest public API", () => {
  it("exports exactly the documented names", () => {
    expect(Object.keys(api).sort()).toEqual([
      "DEFAULT_MAX_BYTES",
      "SOURCE_KINDS",
      "fromFeed",
      "fromHtml",
      "fromJson",
      "fromMarkdown",
      "fromText",
      "htmlToBlocks",
      "parseMeta",
      "read",
      "sniff",
    ]);
  });
});
