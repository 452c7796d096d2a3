import { DatelineError } from "@dateline/schema";
import { formatSize } from "@dateline/schema/errors";

/** 10 MB of text is far more than any article page; larger inputs are usually a wrong file. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface DecodeOptions {
  /** Refuse inputs larger than this many bytes (default 10 MB). */
  maxBytes?: number;
  /** Name of the input, for error messages. */
  source?: string;
}

/**
 * Refuses an input over `options.maxBytes` (10 MB by default) before any work is done on it; `what` names it in
 * the message and `usualSize` says how large such an input usually is at most.
 */
export function refuseOversize(input: string | Uint8Array, options: DecodeOptions, what: string, usualSize: string): void {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.byteLength;
  if (size <= maxBytes) return;
  throw new DatelineError("INPUT_TOO_LARGE", `${what} is ${formatSize(size)}, over the ${formatSize(maxBytes)} limit`, {
    ...(options.source ? { source: options.source } : {}),
    hint: `an article page is rarely over ${usualSize}; check the file, or raise the limit with --max-size (e.g. --max-size 64MB)`,
  });
}

/**
 * Bytes or text in, clean text out: UTF-8 decoded, BOM dropped, line ends
 * unified, no-break spaces made plain. Refuses what is not text, is empty or
 * is too large, with a message saying how to proceed.
 */
export function decode(input: string | Uint8Array, options: DecodeOptions = {}): string {
  refuseOversize(input, options, "input", "1 MB");
  const where = options.source ? { source: options.source } : {};
  let text: string;
  if (typeof input === "string") {
    text = input;
  } else {
    const encoding = bomEncoding(input);
    // UTF-16 text is full of zero bytes, so only text without a UTF-16 mark is judged by them.
    if (encoding === "utf-8" && input.includes(0)) throw binaryError(where);
    try {
      text = DECODERS[encoding].decode(input);
    } catch (cause) {
      throw new DatelineError("BINARY_INPUT", `input is not ${encoding.toUpperCase()} text`, {
        ...where,
        cause,
        hint: "save the page as UTF-8 plain text (or convert it with `iconv -t UTF-8`)",
      });
    }
  }
  text = text.replace(/^\uFEFF/, "");
  // Binary formats show control characters in their first bytes, where headers are; text never has them.
  if (/[\u0000-\u0008\u000E-\u001A]/.test(text.slice(0, 1024))) throw binaryError(where);
  // Few pages have carriage returns; looking is cheaper than a replace that finds nothing.
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  // Looking for each is quicker than a replace that scans the page and finds none, the common case.
  if (text.includes("\u00A0") || text.includes("\u202F") || text.includes("\u2007")) text = text.replace(/[\u00A0\u202F\u2007]/g, " ");
  if (text.trim() === "") {
    throw new DatelineError("EMPTY_INPUT", "input is empty", { ...where, hint: "pass a file that holds the text of an article page" });
  }
  return text;
}

/**
 * One decoder for each encoding, made once: decoding without streaming leaves none of a page's state behind, where a
 * decoder made for each page was an object a page for the collector.
 */
const DECODERS = {
  "utf-8": new TextDecoder("utf-8", { fatal: true }),
  "utf-16le": new TextDecoder("utf-16le", { fatal: true }),
  "utf-16be": new TextDecoder("utf-16be", { fatal: true }),
};

/** UTF-16 is recognised by its byte order mark (as editors on Windows save it); anything else is read as UTF-8. */
export function bomEncoding(bytes: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return "utf-8";
}

function binaryError(where: { source?: string }): DatelineError {
  return new DatelineError("BINARY_INPUT", "input looks like a binary file, not text", {
    ...where,
    hint: "pass the article as plain text (.txt) or as article JSON; PDFs, images and archives cannot be read",
  });
}
