import { describe, expect, it } from "vitest";
import type { Article } from "@dateline/schema";
import { typographic } from "./typography.js";
import { briefingLanguage, bylineText, formatArticleDate, pageOfText, storyCount, untitledText, wordingFor } from "./wording.js";

const base: Article = {
  version: "1.0",
  url: "https://news.example.com/a",
  headline: "A headline",
  body: [{ type: "paragraph", text: "Text." }],
};

describe("wording in the article's language", () => {
  it("formats dates in the article's language, keeping the publisher's calendar day", () => {
    expect(formatArticleDate("2025-03-13", "en-GB")).toBe("13 March 2025");
    expect(formatArticleDate("2025-03-13T23:30:00-08:00", "en-US")).toBe("March 13, 2025");
    expect(formatArticleDate("2025-03-03", "de")).toBe("3. März 2025");
    expect(formatArticleDate("2025-03-03", "fr")).toBe("3 mars 2025");
    expect(formatArticleDate("2025-03-03", "ja")).toBe("2025年3月3日");
    expect(formatArticleDate("2025-03-03", "xx")).toBe(formatArticleDate("2025-03-03", "en"));
  });

  it("writes the byline from authors, publisher and date, with the language's words", () => {
    const authors = [
      { type: "Person" as const, name: "Ann Lee" },
      { type: "Person" as const, name: "Bo Chen" },
      { type: "Person" as const, name: "Cy Dunn" },
    ];
    const article: Article = {
      ...base,
      authors,
      publisher: { type: "Organization", name: "The Gazette" },
      datePublished: "2025-06-17T07:15:00+01:00",
      inLanguage: "en-GB",
    };
    expect(bylineText(article)).toBe("By Ann Lee, Bo Chen and Cy Dunn · The Gazette · 17 June 2025");
    expect(bylineText({ ...article, inLanguage: "fr" })).toBe("Par Ann Lee, Bo Chen et Cy Dunn · The Gazette · 17 juin 2025");
    expect(bylineText({ ...article, authors: [authors[0]!], inLanguage: "ja" })).toBe("文：Ann Lee · The Gazette · 2025年6月17日");
    expect(bylineText(base)).toBe("");
  });

  it("counts stories and pages in the language, English where the table has no entry", () => {
    expect(storyCount(1, "en")).toBe("1 story");
    expect(storyCount(12, "fr-CA")).toBe("12 articles");
    expect(storyCount(5, "ru")).toBe("5 статей");
    expect(storyCount(3, "ja")).toBe("3本の記事");
    expect(pageOfText(2, 9, "de")).toBe("Seite 2 von 9");
    expect(wordingFor("zh-TW").contents).toBe("目錄");
    expect(wordingFor("sw").contents).toBe("Contents");
  });

  it("names an article without a printable headline by its position, in every language of the table", () => {
    expect(untitledText(3, "en-GB")).toBe("Article 3");
    expect(untitledText(3, "de")).toBe("Artikel 3");
    expect(untitledText(3, "ja")).toBe("記事 3");
    expect(untitledText(3, "zh-TW")).toBe("第 3 篇報導");
    expect(untitledText(3, "sw")).toBe("Article 3");
    // French writes "Article" too; every other language of the table has its own word.
    const languages = ["de", "es", "it", "pt", "nl", "ja", "zh", "zh-Hant", "ko", "ar", "he", "ru"];
    for (const language of languages) {
      expect(untitledText(12, language), language).toContain("12");
      expect(untitledText(12, language), language).not.toBe(untitledText(12, "en"));
    }
  });

  it("sets a briefing's own words in the language asked for, else the one most articles share, else English", () => {
    const written = (...languages: Array<string | undefined>): Article[] =>
      languages.map((inLanguage) => ({ ...base, ...(inLanguage ? { inLanguage } : {}) }));
    expect(briefingLanguage(written("fr", "de", "de"))).toBe("de");
    expect(briefingLanguage(written("ja", "en-GB", "ja", "en-US", "en"))).toBe("en-GB");
    expect(briefingLanguage(written("ar", undefined))).toBe("ar");
    // Simplified and Traditional Chinese read different words: one of each is an even split.
    expect(briefingLanguage(written("zh-Hans", "zh-TW", "ko"))).toBe("en");
    expect(briefingLanguage(written("zh-Hant", "zh-TW", "ko"))).toBe("zh-Hant");
    // Split evenly, or no language at all: English, whichever article comes first.
    expect(briefingLanguage(written("fr", "de"))).toBe("en");
    expect(briefingLanguage(written("ja", "ko", "ko", "ja"))).toBe("en");
    expect(briefingLanguage(written(undefined))).toBe("en");
    expect(briefingLanguage(written("fr", "de", "de"), "it")).toBe("it");
    expect(briefingLanguage(written("fr"), " ")).toBe("fr");
  });

  it("sets quotes, apostrophes and spaced dashes by language, one character for one", () => {
    const text = `He said "it's late" - and left.`;
    expect(typographic(text, "en")).toBe("He said “it’s late” – and left.");
    expect(typographic(`Il a dit "non".`, "fr")).toBe("Il a dit «non».");
    expect(typographic(`Er sagte "nein".`, "de")).toBe("Er sagte „nein“.");
    expect(typographic(`"東京"`, "ja")).toBe("「東京」");
    expect(typographic(text, "en")).toHaveLength(text.length);
  });
});
