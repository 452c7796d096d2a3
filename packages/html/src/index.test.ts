import { describe, expect, it } from "vitest";
import * as api from "./index.js";

describe("@dateline/html public API", () => {
  it("exports exactly the documented names", () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        "authorsText",
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
