export { escapeXml, stripForbiddenXmlChars } from "./escape.js";
export { renderArticle, renderBlock, renderBody, renderFigure, renderHeader, renderInline, type RenderOptions } from "./render.js";
export { typographic, typographicArticle } from "./typography.js";
export {
  authorsText,
  briefingLanguage,
  bylineParts,
  bylineText,
  directionOf,
  formatArticleDate,
  pageOfText,
  sourcesText,
  storyCount,
  untitledText,
  wordingFor,
  type Wording,
} from "./wording.js";
