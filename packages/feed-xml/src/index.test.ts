import { describe, expect, it } from "vitest";
import * as api from "./index.js";

describe("@dateline/feed-xml public API", () => {
  it("exports exactly the documented names", () => {
    expect(Object.keys(api).sort()).toEqual(["feedXmlParser", "monthNumber", "readRfc822Date", "zoneOffset"].sort());
  });
});
