import { describe, expect, it } from "vitest";
import type { Article } from "@dateline/schema";
import { seedArticle } from "@dateline/test-kit";
import { jsonLdWarnings } from "./json-ld-warnings.js";

function complete(): Article {
  return {
    ...seedArticle(),
    image: { caption: "Putin in the Kremlin", image: { url: "https://img.rte.ie/putin.jpg" } },
    authors: [{ type: "Person", name: "Jane Doe", url: "https://www.rte.ie/staff/jane-doe" }],
    publisher: { type: "Organization", name: "RTÉ", url: "https://www.rte.ie", logo: "https://www.rte.ie/logo.png" },
    datePublished: "2025-03-13T17:05:00+00:00",
    dateModified: "2025-03-13T19:40:00+00:00",
  };
}

describe("jsonLdWarnings", () => {
  it("has nothing to say about an article with every recommended field", () => {
    expect(jsonLdWarnings(complete())).toEqual([]);
  });

  it("names each gap of the seed article and the field that fills it", () => {
    expect(jsonLdWarnings(seedArticle())).toEqual([
      "no image: the lead figure has a caption but no picture URL; add image.image.url",
      "no author: Google recommends naming the author (a Person or Organization); add authors",
      'datePublished "2025-03-13" has no time or time zone: Google recommends both; give datePublished as 2025-03-13T09:30:00+00:00',
      "no dateModified: Google recommends it; add dateModified as an ISO 8601 date-time with offset",
      'publisher "RTÉ" has no logo: add publisher.logo, the URL of the organisation\'s logo',
    ]);
  });

  it("points at the author without a URL by position", () => {
    const article = { ...complete(), authors: [...complete().authors!, { type: "Person" as const, name: "Ann Lee" }] };
    expect(jsonLdWarnings(article)).toEqual([
      'author "Ann Lee" has no url: Google recommends a page that identifies the author; add authors[1].url',
    ]);
  });

  it("tells a missing figure from a figure without a picture, and a missing publisher from a missing logo", () => {
    const { image: _image, publisher: _publisher, datePublished: _date, ...rest } = complete();
    expect(jsonLdWarnings(rest as Article)).toEqual([
      "no image: Google recommends one for article results; add a lead figure with image.image.url",
      "no datePublished: Google recommends it; add datePublished as an ISO 8601 date-time with offset",
      "no publisher: the markup cannot say which organisation published the article; add publisher",
    ]);
  });
});
