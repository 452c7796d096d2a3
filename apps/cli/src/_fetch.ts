import { MIMEType } from "node:util";
import { DEFAULT_MAX_BYTES } from "@dateline/ingest/lazy";
import { DatelineError } from "@dateline/schema/errors";
import { version } from "./_version.js";

/**
 * The only place Dateline touches the network, with Node's own fetch. Nothing
 * is downloaded unless the user gave a URL as a source or asked for
 * `--images fetch`. Every download is bounded in time (--timeout) and in size
 * (--max-size, counted while the body streams in).
 */

export const DEFAULT_TIMEOUT_SECONDS = 20;
/**
 * How long a server may take to accept the connection and send its response
 * headers. A host that says nothing for this long is down; a large page that
 * has started to arrive still gets the whole --timeout.
 */
const CONNECT_TIMEOUT_MS = 10_000;
/** As many as browsers need for ordinary sites (http → https → www → the article); more is a misconfigured site. */
const MAX_REDIRECTS = 5;
/** Downloads in flight at once: enough to hide latency, few enough to be polite to one host. */
export const FETCH_CONCURRENCY = 4;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = `Dateline/${version} (news briefing builder)`;

export interface FetchLimits {
  /** The whole download, redirects included. */
  timeoutMs: number;
  /** The body, counted as it arrives (after content decoding). */
  maxBytes: number;
  /**
   * How long the server may take to send its headers (--connect-timeout, default 10 s); never longer than
   * `timeoutMs`. It does not follow a long --timeout: that would let a silent host hold a run for minutes.
   */
  connectMs?: number;
}

/** The limits a command's --timeout, --connect-timeout and --max-size give, with their defaults. */
export function fetchLimits(options: { timeoutMs?: number; connectMs?: number; maxBytes?: number }): FetchLimits {
  return {
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_SECONDS * 1000,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    ...(options.connectMs ? { connectMs: options.connectMs } : {}),
  };
}

/** What a download is for: it decides the Accept header and which content types are taken. */
export type Wanted = "page" | "source" | "image";

/** Feeds as servers label them: RSS, Atom, JSON Feed, and the generic XML and JSON types many send instead. */
const FEED_TYPES = new Set([
  "application/rss+xml",
  "application/atom+xml",
  "application/feed+json",
  "application/xml",
  "text/xml",
  "application/rdf+xml",
  "application/json",
]);

/** A source named on the command line: a page, a feed, a Markdown post or a text file; ingest sniffs which. */
const SOURCE_TYPES = new Set([...FEED_TYPES, "text/html", "application/xhtml+xml", "text/markdown", "text/plain"]);

const ACCEPT: Record<Wanted, string> = {
  page: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
  source: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json;q=0.9,*/*;q=0.1",
  image: "image/jpeg,image/png,image/gif,image/webp,image/avif,image/*;q=0.8",
};

/** A server that sends no Content-Type leaves the bytes to speak for themselves. */
const TAKES: Record<Wanted, (mediaType: string) => boolean> = {
  page: (type) => type === "text/html" || type === "application/xhtml+xml",
  source: (type) => SOURCE_TYPES.has(type),
  image: (type) => type.startsWith("image/") || type === "application/octet-stream",
};

const WHAT: Record<Wanted, string> = { page: "an HTML page", source: "a page, feed or document Dateline reads", image: "a picture" };

export interface Fetched {
  /** Where the body came from, after redirects. */
  url: string;
  bytes: Uint8Array;
  /** The Content-Type without parameters, lower case. */
  mediaType: string | undefined;
  /** The charset parameter of the Content-Type, as the server wrote it. */
  charset: string | undefined;
}

export function isHttpUrl(text: string): boolean {
  return /^https?:\/\//i.test(text);
}

/** A failure whose message is already the sentence to show; thrown inside this module, reported with the URL. */
class FetchFailure extends Error {
  constructor(
    message: string,
    readonly code: "UNREADABLE_INPUT" | "INPUT_TOO_LARGE" = "UNREADABLE_INPUT",
  ) {
    super(message);
  }
}

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;

/**
 * Download one URL. Throws a DatelineError naming the URL and the cause in one
 * line: a DNS or connection failure, an HTTP error status, a timeout, a body
 * over the size limit, the wrong kind of content, or a bad redirect.
 */
export async function fetchUrl(url: string, wanted: Wanted, limits: FetchLimits): Promise<Fetched> {
  const deadline = new AbortController();
  let answered = false;
  const timer = setTimeout(() => {
    const what = answered ? "not finished" : "no answer";
    deadline.abort(new FetchFailure(`${what} within ${seconds(limits.timeoutMs)}; raise --timeout for a slow site`));
  }, limits.timeoutMs);
  try {
    const { response, stop } = await follow(url, wanted, limits, deadline.signal);
    answered = true;
    const { mediaType, charset } = contentType(response.headers.get("content-type"));
    if (mediaType !== undefined && !TAKES[wanted](mediaType)) {
      stop(new FetchFailure("not wanted"));
      throw new FetchFailure(`not ${WHAT[wanted]}: the server sent ${mediaType}`);
    }
    const bytes = await readBody(response, limits.maxBytes, stop);
    return { url: response.url || url, bytes, mediaType, charset };
  } catch (error) {
    throw new DatelineError(error instanceof FetchFailure ? error.code : "UNREADABLE_INPUT", `cannot download: ${reason(error)}`, {
      source: url,
      cause: error,
    });
  } finally {
    clearTimeout(timer);
  }
}

interface Answer {
  response: Response;
  /** Abort the download (closing the connection) with this reason. */
  stop: (reason: FetchFailure) => void;
}

/** Request the URL and follow redirects by hand, so that each target is checked before it is asked for. */
async function follow(start: string, wanted: Wanted, limits: FetchLimits, deadline: AbortSignal): Promise<Answer> {
  let target: URL;
  try {
    target = new URL(start);
  } catch {
    throw new FetchFailure("not a valid URL");
  }
  const visited = new Set<string>();
  for (let redirects = 0; ; redirects++) {
    visited.add(target.href);
    const answer = await request(target, wanted, limits, deadline);
    const { status, statusText, headers } = answer.response;
    if (!REDIRECT_STATUSES.has(status)) {
      if (status >= 200 && status < 300) return answer;
      answer.stop(new FetchFailure("error status"));
      const after = redirects > 0 ? ` (at ${target.href})` : "";
      throw new FetchFailure(`the server answered HTTP ${status}${statusText ? ` ${statusText}` : ""}${after}`);
    }
    answer.stop(new FetchFailure("redirected"));
    const location = headers.get("location");
    if (!location) throw new FetchFailure(`the server answered HTTP ${status} (a redirect) without saying where to`);
    if (!URL.canParse(location, target.href)) throw new FetchFailure(`redirected to "${location}", which is not an address`);
    const next = new URL(location, target);
    if (next.protocol !== "http:" && next.protocol !== "https:") {
      throw new FetchFailure(`redirected to a ${next.protocol} address (${next.href}), which is never followed`);
    }
    if (visited.has(next.href)) throw new FetchFailure(`redirect loop: ${target.href} leads back to ${next.href}`);
    if (redirects === MAX_REDIRECTS) throw new FetchFailure(`more than ${MAX_REDIRECTS} redirects (the last to ${next.href})`);
    target = next;
  }
}

async function request(target: URL, wanted: Wanted, limits: FetchLimits, deadline: AbortSignal): Promise<Answer> {
  const own = new AbortController();
  const stop = (why: FetchFailure) => own.abort(why);
  // A --timeout shorter than the connect timeout is the only limit.
  const connectMs = limits.connectMs ?? CONNECT_TIMEOUT_MS;
  const timer =
    connectMs < limits.timeoutMs
      ? setTimeout(() => stop(new FetchFailure(`no answer within ${seconds(connectMs)}; the server may be down`)), connectMs)
      : undefined;
  try {
    const response = await fetch(target, {
      redirect: "manual",
      signal: AbortSignal.any([deadline, own.signal]),
      headers: { "user-agent": USER_AGENT, accept: ACCEPT[wanted] },
    });
    return { response, stop };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The body, refused as soon as it passes `maxBytes`: a declared length over
 * the limit stops the download before any of it is read, and an undeclared
 * one is counted chunk by chunk, so a huge or endless body never fills memory.
 */
async function readBody(response: Response, maxBytes: number, stop: (reason: FetchFailure) => void): Promise<Uint8Array> {
  const tooLarge = (size: string) =>
    new FetchFailure(`the body is ${size}, over the ${sizeText(maxBytes)} limit; raise --max-size if it is wanted`, "INPUT_TOO_LARGE");
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) {
    const failure = tooLarge(sizeText(declared));
    stop(failure);
    throw failure;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body) {
    for await (const chunk of response.body) {
      total += chunk.byteLength;
      if (total > maxBytes) {
        const failure = tooLarge(`more than ${sizeText(maxBytes)}`);
        stop(failure);
        throw failure;
      }
      chunks.push(chunk);
    }
  }
  return Buffer.concat(chunks, total);
}

function contentType(header: string | null): { mediaType: string | undefined; charset: string | undefined } {
  if (!header) return { mediaType: undefined, charset: undefined };
  try {
    const type = new MIMEType(header);
    return { mediaType: type.essence, charset: type.params.get("charset") ?? undefined };
  } catch {
    // A malformed header says nothing reliable; the bytes are sniffed instead.
    return { mediaType: undefined, charset: undefined };
  }
}

const SIZE_UNITS = [
  { name: "MB", bytes: 1024 * 1024 },
  { name: "KB", bytes: 1024 },
  { name: "bytes", bytes: 1 },
] as const;

function sizeText(bytes: number): string {
  const { name, bytes: unit } = SIZE_UNITS.find((candidate) => bytes >= candidate.bytes) ?? SIZE_UNITS[2];
  return `${new Intl.NumberFormat("en", { maximumFractionDigits: 1 }).format(bytes / unit)} ${name}`;
}

/** Plain sentences for the network errors Node reports by code. */
const NETWORK_ERRORS: Record<string, string> = {
  ENOTFOUND: "no such host (the DNS lookup found nothing)",
  EAI_AGAIN: "the DNS lookup failed; check the network connection",
  ECONNREFUSED: "the connection was refused",
  ECONNRESET: "the server closed the connection",
  EHOSTUNREACH: "the host cannot be reached",
  ENETUNREACH: "the network cannot be reached",
  UND_ERR_CONNECT_TIMEOUT: "timed out while connecting",
  UND_ERR_SOCKET: "the connection broke off",
};

function reason(error: unknown): string {
  if (error instanceof FetchFailure) return error.message;
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  if (cause?.code && NETWORK_ERRORS[cause.code]) return NETWORK_ERRORS[cause.code]!;
  if (cause?.message) return cause.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Run `work` over `items` with at most `limit` at a time; the results keep the
 * items' order. `work` reports its own failures in its result: one that throws
 * rejects the whole run.
 */
export async function mapConcurrently<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The width assumed for a terminal that does not tell its own. */
const DEFAULT_COLUMNS = 80;
/** Room kept for "pictures 12/40 " before the URL, and the least of a URL worth showing. */
const PROGRESS_LABEL_WIDTH = 20;
const PROGRESS_MIN_URL_WIDTH = 20;

/**
 * A one-line count of finished downloads on standard error, rewritten in
 * place, only when standard error is a terminal (never in logs or pipes).
 */
export function downloadProgress(total: number, what: string): { step(url: string): void; end(): void } {
  if (!process.stderr.isTTY || total === 0) return { step() {}, end() {} };
  let done = 0;
  const clearLine = "\r\x1b[K";
  return {
    step(url) {
      done++;
      const room = Math.max(PROGRESS_MIN_URL_WIDTH, (process.stderr.columns || DEFAULT_COLUMNS) - PROGRESS_LABEL_WIDTH);
      process.stderr.write(`${clearLine}${what} ${done}/${total} ${url.length > room ? `${url.slice(0, room - 1)}…` : url}`);
    },
    end() {
      process.stderr.write(clearLine);
    },
  };
}
