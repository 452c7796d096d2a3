export { escapeXml, stripForbiddenXmlChars } from "./escape.js";
export { renderArticle, renderBlock, renderBody, renderFigure, renderHeader, renderInline, type RenderOptions } from "./render.js";
