import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

const paragraphs = [
  "The island's only ferry returned to service on Monday after three months of repairs at the mainland yard, and the first crossing sailed full.",
  "Residents had relied on a chartered boat that sailed twice a week, and shopkeepers said trade had fallen by a third while the ferry was away.",
  "The council said the daily timetable would be restored from next month, with an extra evening sailing on Fridays through the summer.",
  "A spare vessel is to be found before next winter, the council added, so that a breakdown never again leaves the island without a crossing.",
];

function headings(question: string): string[] {
  const page = [
    "Island ferry back in service after repairs",
    "By Ada Fenwick",
    "",
    paragraphs[0],
    "",
    paragraphs[1],
    "",
    question,
    "",
    paragraphs[2],
    "",
    paragraphs[3],
  ];
  return fromText(page.join("\n"), { meta: { inLanguage: "en" } })
    .body.filter((block) => block.type === "heading")
    .map((block) => block.text);
}

describe("sub-headings", () => {
  it("takes a question set as a title, in title case or capitals, for a sub-heading", () => {
    expect(headings("How Much Will the New Timetable Cost the Island?")).toEqual(["How Much Will the New Timetable Cost the Island?"]);
    expect(headings("WHAT WILL THE NEW TIMETABLE COST THE ISLAND?")).toEqual(["WHAT WILL THE NEW TIMETABLE COST THE ISLAND?"]);
  });

  it("keeps a question asked in sentence case as a paragraph of the story", () => {
    expect(headings("So what will the new timetable cost the island and its shops?")).toEqual([]);
  });
});
