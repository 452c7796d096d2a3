import { ArticleMeta, DatelineError, toProblems } from "@dateline/schema";

/** Validate untrusted metadata (a `meta.json`), naming the file and field at fault. */
export function parseMeta(input: unknown, source?: string): ArticleMeta {
  const result = ArticleMeta.safeParse(input);
  if (result.success) return result.data;
  throw new DatelineError("INVALID_META", "metadata is not valid", {
    ...(source ? { source } : {}),
    problems: toProblems(result.error),
    cause: result.error,
    hint: "meta.json takes article fields such as publisher, url, datePublished, inLanguage, section; see `dateline schema`",
  });
}
