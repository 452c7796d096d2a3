import { ArticleMeta, DatelineError, toProblems } from "@dateline/schema";
import { compile } from "zod/v4/core";

/**
 * The metadata schema compiled by zod into one generated check (zod's own `compile`): metadata that passes gives the
 * same article fields, and metadata that fails is parsed again by zod's ordinary parser, so every error and its
 * problems are zod's as before (`meta.test.ts` holds both to that). Each metadata object is checked once (`checked`
 * below), for every page of a folder that has its own meta.json; the compiled check takes about a third of the time (1.4-2.1 against 5.6-6.5 µs for the seed's meta.json). Compiled
 * on first use, so a run that reads no metadata does not pay for it.
 */
let compiledArticleMeta: typeof ArticleMeta | undefined;

/** Metadata this module has checked: `fromText` takes it without checking it again, as a batch passes one object for many pages. */
const checked = new WeakSet<object>();

/**
 * Validate untrusted metadata (a `meta.json`), naming the file and field at
 * fault. The result is a new object; treat it as read-only, since it is not
 * checked again.
 */
export function parseMeta(input: unknown, source?: string): ArticleMeta {
  if (typeof input === "object" && input !== null && checked.has(input)) return input as ArticleMeta;
  compiledArticleMeta ??= compile(ArticleMeta);
  const result = compiledArticleMeta.safeParse(input, { reportInput: true });
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
