import type { z } from "zod";
import { Article } from "./article.js";
import { DatelineError, type Problem } from "./errors.js";

/** `["body", 3, "caption"]` → `body[3].caption`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** JSON shapes as a person names them, for "expected …, got …". */
const SHAPES: Record<string, string> = {
  string: "a string",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list (JSON array)",
  object: "an object",
  null: "null",
};

function shapeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/**
 * A missing field is "required"; a field of the wrong shape says which shape
 * it needs, and what the field is when the schema says so. Needs the issue's
 * input, so schemas are parsed with `reportInput`.
 */
function describeType(issue: z.core.$ZodIssueInvalidType): string {
  if (!("input" in issue) || issue.input === undefined) return "required";
  const received = shapeOf(issue.input);
  const wrong = `expected ${SHAPES[issue.expected] ?? issue.expected}, got ${SHAPES[received] ?? received}`;
  // zod's own wording repeats the above; a schema's own message says what the value is for.
  return issue.message.startsWith("Invalid input") ? wrong : `${wrong}: ${issue.message}`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type") return describeType(issue);
  if (issue.code === "unrecognized_keys")
    return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
  if (issue.code === "invalid_union" && "discriminator" in issue && issue.discriminator) {
    return `unknown ${String(issue.discriminator)}; expected one of the documented ${String(issue.discriminator)}s`;
  }
  return issue.message;
}

/** Turn zod issues into path + message pairs a person can act on. */
export function toProblems(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue) }));
}

export type SafeParseArticleResult = { success: true; article: Article } | { success: false; error: DatelineError };

/**
 * Validate untrusted data as an article. Never throws; the error lists every
 * problem with its JSON path (`body[3].caption: required`).
 */
export function safeParseArticle(input: unknown, options: { source?: string } = {}): SafeParseArticleResult {
  const result = Article.safeParse(input, { reportInput: true });
  if (result.success) return { success: true, article: result.data };
  const problems = toProblems(result.error);
  const error = new DatelineError(
    "INVALID_ARTICLE",
    `not a valid Dateline article (${problems.length} problem${problems.length === 1 ? "" : "s"})`,
    {
      ...(options.source ? { source: options.source } : {}),
      problems,
      cause: result.error,
      hint: "fix the fields listed above; `dateline schema` prints the JSON Schema of an article",
    },
  );
  return { success: false, error };
}

/** Validate untrusted data as an article, throwing a {@link DatelineError} with readable problems. */
export function parseArticle(input: unknown, options: { source?: string } = {}): Article {
  const result = safeParseArticle(input, options);
  if (!result.success) throw result.error;
  return result.article;
}
