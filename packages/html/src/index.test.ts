import { describe, expect, it } from "vitest";
import * as api from "./index.js";

describe("@dateline/html public API", () => {
  it("exports exactly the documented names", () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        "authorsText",
        "briefingLanguage",
        "bylineParts",
        "bylineText",
        "directionOf",
        "escapeXml",
        "formatArticleDate",
        "pageOfText",
        "sourcesText",
        "storyCount",
        "typographic",
        "typographicArticle",
        "untitledText",
        "wordingFor",
        "renderArticle",
        "renderBlock",
        "renderBody",
        "renderFigure",
        "renderHeader",
        "renderInline",
        "stripForbiddenXmlChars",
      ].sort(),
    );
  });
});
