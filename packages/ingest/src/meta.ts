import { ArticleMeta, DatelineError, toProblems } from "@dateline/schema";

/** Metadata this module has checked: `fromText` takes it without checking it again, as a batch passes one object for many pages. */
const checked = new WeakSet<object>();

/**
 * Validate untrusted metadata (a `meta.json`), naming the file and field at
 * fault. The result is a new object; treat it as read-only, since it is not
 * checked again.
 */
export function parseMeta(input: unknown, source?: string): ArticleMeta {
  if (typeof input === "object" && input !== null && checked.has(input)) return input as ArticleMeta;
  const result = ArticleMeta.safeParse(input, { reportInput: true });
  if (result.success) {
    checked.add(result.data);
    return result.data;
  }
  throw new DatelineError("INVALID_META", "metadata is not valid", {
    ...(source ? { source } : {}),
    problems: toProblems(result.error),
    cause: result.error,
    hint: "meta.json takes article fields such as publisher, url, datePublished, inLanguage, section; see `dateline schema`",
  });
}
