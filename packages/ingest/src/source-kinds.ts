/**
 * The kinds of source document Dateline reads; each has one reader behind
 * `read()`. Its own entry point (`@dateline/ingest/source-kinds`) so that a
 * command line can list them without loading every reader.
 */
export type SourceKind = "html" | "markdown" | "json" | "feed" | "text";

export const SOURCE_KINDS: readonly SourceKind[] = ["html", "markdown", "json", "feed", "text"];
