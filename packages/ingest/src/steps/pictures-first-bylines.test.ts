import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

// Round tb109: a byline that names the pictures before the text ("Photographs and text by …"). Every page here is
// invented for these tests.
const page = (...blocks: string[]) => `${blocks.join("\n\n")}\n`;
const STORY = [
  "Every morning at six, the last net-maker on the north shore unrolls a net across the boathouse floor and mends it.",
  "Her father and grandfather did the same work in the same shed, and she learned the knots before she could read.",
];
const read = (byline: string, story = STORY) =>
  fromText(
    page(
      "The Harbour Weekly",
      "Home\tNews\tPeople",
      "The last net-makers of the north shore",
      byline,
      "12 March 2025",
      ...story,
      "Contact",
    ),
  );

describe("a byline crediting the pictures first, then the text", () => {
  it.each([
    ["Photographs and text by Martha Quill", "Martha Quill"],
    ["Photos and words by Martha Quill", "Martha Quill"],
    ["Pictures and words by Martha Quill", "Martha Quill"],
    ["Fotos und Text von Jana Keller", "Jana Keller"],
    ["Photos et texte de Claire Dumas", "Claire Dumas"],
    ["Fotos y texto de Lucía Martín", "Lucía Martín"],
  ])("reads %s", (byline, name) => {
    const article = read(byline);
    expect(article.authors).toEqual([{ type: "Person", name }]);
    expect(article.body[0]).toMatchObject({ type: "paragraph", text: STORY[0] });
  });
});
