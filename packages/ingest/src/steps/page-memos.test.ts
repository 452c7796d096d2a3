import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { forgetAfterPage } from "./page-memos.js";

/**
 * What stays of a page once it is read (see page-memos.ts). Heap figures are not asserted: they depend on V8's
 * collector. What is asserted is the one thing V8 shows of it: the subject of the last successful match, which it
 * keeps (as the legacy `RegExp.input`) until another match, is no line of the page.
 */

const STORY = [
  "Home › Harbour › Ferries",
  "",
  "Night ferry to the islands returns for the summer",
  "",
  "By Ada Lee | 4 March 2025",
  "",
  "The night ferry will sail again from June, the harbour board said on Tuesday, after a winter in dry dock and a long debate about its cost.",
  "",
  "Crews will be hired in April, and tickets go on sale in May for the first crossings of the season to the three islands.",
].join("\n");

const REFUSED = ["Menü", "", "Suche", "", "Anmelden", ""].join("\n");

describe("what a read leaves behind", () => {
  it("keeps no line of a page read as the last match, so the page's text can be collected", () => {
    expect(fromText(STORY).headline).toBe("Night ferry to the islands returns for the summer");
    expect(RegExp.input).toBe("");
  });

  it("keeps none of a page it refuses either", () => {
    expect(() => fromText(REFUSED)).toThrow();
    expect(RegExp.input).toBe("");
  });

  it("empties every registered memo once a page is read or refused", () => {
    let memo = "a line of the page";
    forgetAfterPage(() => {
      memo = "";
    });
    fromText(STORY);
    expect(memo).toBe("");
    memo = "a line of the page";
    expect(() => fromText(REFUSED)).toThrow();
    expect(memo).toBe("");
  });
});
