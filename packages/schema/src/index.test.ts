import { describe, expect, it } from "vitest";
import * as api from "./index.js";

describe("@dateline/schema public API", () => {
  it("exports exactly the documented names", () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        "Article",
        "ArticleMeta",
        "Author",
        "Block",
        "CodeBlock",
        "DatelineError",
        "Figure",
        "FigureBlock",
        "HeadingBlock",
        "HttpUrl",
        "ImageRef",
        "IsoDate",
        "LanguageTag",
        "ListBlock",
        "ListItem",
        "Mark",
        "Organization",
        "ParagraphBlock",
        "Person",
        "QuoteBlock",
        "RelatedBlock",
        "RelatedLink",
        "SCHEMA_ID",
        "SCHEMA_VERSION",
        "TableBlock",
        "TableCell",
        "articleJsonSchema",
        "articleKey",
        "articleSubjects",
        "articleSummary",
        "blockText",
        "buildDate",
        "contentHash",
        "formatPath",
        "isDatelineError",
        "newestDate",
        "parseArticle",
        "runningText",
        "safeParseArticle",
        "sniffImageType",
        "textRuns",
        "toProblems",
        "wordCount",
      ].sort(),
    );
  });
});
