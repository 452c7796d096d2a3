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

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && issue.input === undefined) return "required";
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
  const result = Article.safeParse(input);
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
