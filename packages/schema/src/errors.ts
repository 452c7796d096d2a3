/**
 * The one error family of Dateline. Libraries throw it; only the CLI prints it.
 * It is recognised by a marker rather than `instanceof`, so that two copies of
 * this package in one node_modules still understand each other's errors.
 */
const MARKER = Symbol.for("dateline.error");

export type DatelineErrorCode =
  | "INVALID_ARTICLE"
  | "INVALID_JSON"
  | "UNREADABLE_INPUT"
  | "EMPTY_INPUT"
  | "BINARY_INPUT"
  | "INPUT_TOO_LARGE"
  | "NO_ARTICLE_FOUND"
  | "INVALID_META"
  | "INVALID_OPTION"
  | "INVALID_FEED"
  | "INVALID_FRONT_MATTER"
  | "UNKNOWN_SOURCE"
  | "INVALID_PAGE"
  | "EXPORT_FAILED"
  | "UNWRITABLE_OUTPUT";

export interface Problem {
  /** Where, as a JSON path such as `body[3].caption`; empty for the whole document. */
  path: string;
  message: string;
}

export interface DatelineErrorOptions {
  cause?: unknown;
  /** The file or stream the error is about, when known. */
  source?: string;
  problems?: Problem[];
  /** One sentence on how to fix it. */
  hint?: string;
}

/**
 * Problems `describe` lists before it counts the rest: a file with thousands of faults (a list of a million empty
 * keywords) needs its first ones fixed, not a line per fault. `problems` keeps them all.
 */
const MAX_DESCRIBED_PROBLEMS = 20;

export class DatelineError extends Error {
  readonly [MARKER] = true;
  readonly code: DatelineErrorCode;
  readonly source: string | undefined;
  readonly problems: Problem[];
  readonly hint: string | undefined;

  constructor(code: DatelineErrorCode, message: string, options: DatelineErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "DatelineError";
    this.code = code;
    this.source = options.source;
    this.problems = options.problems ?? [];
    this.hint = options.hint;
  }

  /** The message with its source, problems and hint, as a person should read it. */
  describe(): string {
    const head = this.source ? `${this.source}: ${this.message}` : this.message;
    const listed = this.problems.slice(0, MAX_DESCRIBED_PROBLEMS);
    const lines = [head, ...listed.map((p) => `  ${p.path || "(document)"}: ${p.message}`)];
    const unlisted = this.problems.length - listed.length;
    if (unlisted > 0) lines.push(`  … and ${unlisted} more problem${unlisted === 1 ? "" : "s"}`);
    if (this.hint) lines.push(`  hint: ${this.hint}`);
    return lines.join("\n");
  }
}

export function isDatelineError(value: unknown): value is DatelineError {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[MARKER] === true;
}

/**
 * Where JSON.parse stopped, as a line and column a person can go to (V8 reports
 * only a character offset), with the parser's own words for what it found.
 */
export function jsonSyntaxProblem(text: string, error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const offset = Number(/at position (\d+)/.exec(message)?.[1] ?? (/end of JSON input/.test(message) ? text.length : Number.NaN));
  const reason = message.replace(/ in JSON at position \d+.*$/s, "").replace(/ \(line \d+ column \d+\)$/, "");
  if (!Number.isFinite(offset)) return { path: "", message: reason };
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return { path: `line ${line}, column ${column}`, message: reason };
}

const KILOBYTE = 1024;
const MEGABYTE = 1024 * KILOBYTE;

/** A byte count as an error message says it: "10 MB", "2.5 MB", "340 KB", "12 bytes". */
export function formatSize(bytes: number): string {
  if (bytes >= MEGABYTE) return `${Number((bytes / MEGABYTE).toFixed(1))} MB`;
  if (bytes >= KILOBYTE) return `${Math.round(bytes / KILOBYTE)} KB`;
  return `${bytes} bytes`;
}
