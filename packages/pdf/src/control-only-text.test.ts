import { describe, expect, it } from "vitest";
import { toPdf } from "./index.js";

// Found by `npm run fuzz`: a list item or related title of control characters
// only is valid in the schema, but sets no line once cleaned.
describe("toPdf on text that is empty once cleaned", () => {
  it("renders a list item and a related link made only of control characters", async () => {
    const article = {
      version: "1.0" as const,
      headline: "Headline",
      body: [
        { type: "list" as const, ordered: true, items: [{ text: "\u0011" }, { text: "Second" }] },
        { type: "related" as const, title: "More", items: [{ title: "\u0011" }, { title: "Other" }] },
      ],
    };
    const pdf = await toPdf([article], {});
    expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
  });
});

describe("toPdf contents on a headline that is empty once cleaned", () => {
  it("lists an article whose headline is only control characters", async () => {
    const article = (headline: string) => ({
      version: "1.0" as const,
      headline,
      body: [{ type: "paragraph" as const, text: "Text" }],
    });
    const pdf = await toPdf([article("\u0011"), article("Second")], {});
    expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
  });
});
