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
  // The input's bytes when it is read as UTF-8, searched for zero bytes and the figure space (`holdsNoBreakSpace`).
  let utf8: Buffer | undefined;
  if (typeof input === "string") {
    text = input;
  } else {
    const encoding = bomEncoding(input);
    if (encoding === "utf-8") utf8 = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    // UTF-16 text is full of zero bytes, so only text without a UTF-16 mark is judged by them.
    if (utf8?.includes(0)) throw binaryError(where);
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
  if (holdsNoBreakSpace(text, utf8)) text = text.replace(NO_BREAK_SPACE, " ");
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

/** The no-break spaces made plain: no-break, narrow no-break and figure space. */
const NO_BREAK_SPACE = /[\u00A0\u202F\u2007]/g;
const FIGURE_SPACE = "\u2007";
/**
 * The figure space's UTF-8 bytes. They open with a lead byte, which no other character's bytes hold inside them, so
 * the bytes of valid UTF-8 hold them exactly where its text holds the space.
 */
const FIGURE_SPACE_BYTES = Buffer.from(FIGURE_SPACE, "utf8");

/**
 * Whether a page holds a no-break space; the figure space is looked for in its UTF-8 bytes when it came as such. In a
 * page of two bytes a character (one curly quote is enough), V8 looks for a character by the higher of its two bytes
 * and checks each place that byte stands: for the figure space (U+2007) that byte is a space's, so the search stopped
 * at every space and took over a third of the time of decoding the fixtures (December 2026). The bytes are searched at
 * memory speed; the other two spaces' higher bytes are rare ("/" for U+202F), and a search of the text finds them fast.
 */
function holdsNoBreakSpace(text: string, utf8: Buffer | undefined): boolean {
  if (text.includes("\u00A0") || text.includes("\u202F")) return true;
  return utf8 === undefined ? text.includes(FIGURE_SPACE) : utf8.includes(FIGURE_SPACE_BYTES);
}

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
