export { SCHEMA_VERSION, Article, ArticleMeta, Author, Organization, Person } from "./article.js";
export {
  Block,
  Figure,
  FigureBlock,
  HeadingBlock,
  ImageRef,
  ListBlock,
  ListItem,
  ParagraphBlock,
  QuoteBlock,
  RelatedBlock,
  RelatedLink,
  TableBlock,
  TableCell,
  CodeBlock,
  type BlockType,
} from "./blocks.js";
export { Mark, textRuns, type TextRun } from "./inline.js";
export { HttpUrl, IsoDate, LanguageTag } from "./_primitives.js";
export {
  DatelineError,
  isDatelineError,
  jsonSyntaxProblem,
  type DatelineErrorCode,
  type DatelineErrorOptions,
  type Problem,
} from "./errors.js";
export { formatPath, parseArticle, safeParseArticle, toProblems, type SafeParseArticleResult } from "./parse.js";
export { SCHEMA_ID, articleJsonSchema } from "./json-schema.js";
export {
  articleKey,
  articleSubjects,
  articleSummary,
  blockText,
  buildDate,
  contentHash,
  encodeUrl,
  newestDate,
  runningText,
  wordCount,
} from "./derive.js";
export { sniffImageType, type ImageMediaType } from "./media-type.js";
