import { type Article, type ArticleMeta, DatelineError, parseArticle, SCHEMA_VERSION } from "@dateline/schema";

import { assemble, isRelatedLabel } from "./steps/assemble.js";
import { classifyLine, markTickers, markWidgets } from "./steps/classify.js";
import { decode, type DecodeOptions } from "./steps/decode.js";
import { findHeader } from "./steps/find-header.js";
import { extendRegionEnd, findRegion } from "./steps/find-region.js";
import { detectLanguage, languageFromTag } from "./steps/language.js";
import { segment } from "./steps/segment.js";

export interface FromTextOptions extends DecodeOptions {
  /** Metadata the text lacks; its fields win over what is inferred. */
  meta?: ArticleMeta;
}

/**
 * A news page copied as plain text → a schema-valid article.
 * Pipeline: decode → segment → classify → find the body region → find the
 * header above it → assemble blocks → merge metadata → validate.
 */
export function fromText(input: string | Uint8Array, options: FromTextOptions = {}): Article {
  const { meta = {}, ...decodeOptions } = options;
  const where = options.source ? { source: options.source } : {};
  const text = decode(input, decodeOptions);
  const lines = segment(text);
  const language = meta.inLanguage ? languageFromTag(meta.inLanguage) : detectLanguage(lines.map((line) => line.text));
  const classified = lines.map((line) => classifyLine(line, language));
  markWidgets(classified);
  markTickers(classified);
  const region = findRegion(classified);
  region.end = extendRegionEnd(classified, region.end, isRelatedLabel);
  if (region.end <= region.start) {
    throw new DatelineError("NO_ARTICLE_FOUND", "found no article text: no run of sentences that reads like a story", {
      ...where,
      hint: "check that the file is the text of an article page; very short notes cannot be told apart from page furniture",
    });
  }
  const header = findHeader(classified, region.start, language.unspaced);
  const { body, leadFigure } = assemble(classified, header.bodyStart, region.end, header, language.unspaced);
  const headline = meta.headline ?? header.headline;
  if (!headline) {
    throw new DatelineError("NO_ARTICLE_FOUND", "found the article text but no headline above it", {
      ...where,
      hint: 'give the headline in meta.json: { "headline": "…" }',
    });
  }
  if (!body.some((block) => block.type !== "figure" && block.type !== "related")) {
    throw new DatelineError("NO_ARTICLE_FOUND", "found a headline but no article text under it", {
      ...where,
      hint: "check that the file is the text of an article page, not an index or a gallery",
    });
  }
  const image = header.image ?? leadFigure;
  const draft = {
    version: SCHEMA_VERSION,
    headline,
    ...(header.description ? { description: header.description } : {}),
    ...(image ? { image } : {}),
    ...(header.authors.length > 0 ? { authors: header.authors } : {}),
    ...(header.datePublished ? { datePublished: header.datePublished } : {}),
    ...(header.dateModified ? { dateModified: header.dateModified } : {}),
    inLanguage: language.code,
    ...meta,
    body,
  };
  return parseArticle(draft, where);
}
