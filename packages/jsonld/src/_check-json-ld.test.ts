import { describe, expect, it } from "vitest";
import { checkJsonLd } from "./_check-json-ld.test-helpers.js";

// A checker that never complains proves nothing: each case here must be caught.
const clean = {
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  headline: "A headline",
  datePublished: "2025-03-13T09:30:00+00:00",
  author: [{ "@type": "Person", name: "Jane Doe", url: "https://example.com/jane" }],
  wordCount: 3,
  isAccessibleForFree: true,
};

describe("checkJsonLd", () => {
  it("passes a clean document", async () => {
    expect(await checkJsonLd(clean)).toEqual([]);
  });

  it.each([
    ["a misspelt property", { ...clean, headlne: "x" }, /expansion|not a current schema.org property/],
    ["an unknown type", { ...clean, "@type": "NewsArtikel" }, /expansion|not a current schema.org type/],
    [
      "a property outside its domain",
      { ...clean, author: [{ "@type": "Person", name: "J", articleBody: "x" }] },
      /"articleBody" does not apply to Person/,
    ],
    [
      "a value outside its range",
      { ...clean, author: [{ "@type": "ImageObject", url: "https://example.com/a.jpg" }] },
      /a ImageObject is not a valid author/,
    ],
    ["a literal of the wrong kind", { ...clean, wordCount: "three" }, /"three" is not a valid wordCount/],
    ["a relative @id", { ...clean, "@id": "story-1" }, /neither an absolute IRI nor a blank node/],
    ["a reference to nothing", { ...clean, publisher: { "@id": "https://example.com/#org" } }, /no node in the document has/],
    ["a context it would have to download", { ...clean, "@context": "https://example.com/context.jsonld" }, /expansion failed: .*offline/s],
  ])("catches %s", async (_label, document, expected) => {
    const problems = await checkJsonLd(document);
    expect(problems.join("\n")).toMatch(expected);
  });
});
