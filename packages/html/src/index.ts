export { escapeXml, stripForbiddenXmlChars } from "./escape.js";
export { renderArticle, renderBlock, renderBody, renderFigure, renderHeader, renderInline, type RenderOptions } from "./render.js";
export { typographic } from "./typography.js";
export {
  authorsText,
  bylineParts,
  bylineText,
  formatArticleDate,
  pageOfText,
  storyCount,
  wordingFor,
  type Wording,
} from "./wording.js";
