import { getBOMEncoding, normalizeEncoding, TextDecoder } from "@exodus/bytes/encoding.js";
import { DatelineError } from "@dateline/schema";
import { refuseOversize } from "../steps/decode.js";
import { findDeclaredCharset } from "./_dom.js";

export interface HtmlDecodeOptions {
  /** The charset the page was served with (an HTTP `Content-Type` parameter); a BOM still wins, as in browsers. */
  encoding?: string;
  maxBytes?: number;
  source?: string;
}

/** The HTML standard looks for `<meta charset>` in the first 1024 bytes only. */
const PRESCAN_BYTES = 1024;

/** Legacy pages that declare nothing and are not UTF-8 were nearly always written on Windows in a Western locale. */
const LEGACY_FALLBACK = "windows-1252";

/**
 * Page bytes (or text) → text, in the order a browser decides: the byte order
 * mark, then the charset the server sent, then a `<meta charset>` or
 * `http-equiv` declaration in the first bytes, else UTF-8; bytes that are not
 * valid UTF-8 and declare nothing are read as windows-1252 rather than refused.
 * One departure: bytes that are valid UTF-8 with non-ASCII text are UTF-8
 * whatever the `<meta>` says (a page converted and saved keeps its old tag).
 */
export function decodeHtml(input: string | Uint8Array, options: HtmlDecodeOptions = {}): string {
  refuseOversize(input, options, "page", "2 MB");
  const where = options.source ? { source: options.source } : {};
  const text = typeof input === "string" ? input.replace(/^\uFEFF/, "") : decodeBytes(input, options.encoding);
  if (text.trim() === "") {
    throw new DatelineError("EMPTY_INPUT", "page is empty", { ...where, hint: "pass the HTML of an article page" });
  }
  return text;
}

function decodeBytes(bytes: Uint8Array, given: string | undefined): string {
  const bom = getBOMEncoding(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  const sent = usable(given);
  if (sent) return new TextDecoder(sent).decode(bytes);
  const utf8 = strictUtf8(bytes);
  const declared = prescan(bytes);
  // A page re-saved as UTF-8 often keeps its old <meta charset>; long text in a legacy encoding is almost never
  // valid UTF-8 by chance, so valid UTF-8 with non-ASCII letters wins over the declaration.
  if (utf8 !== undefined && (!declared || hasNonAscii(bytes))) return utf8;
  return new TextDecoder(declared ?? LEGACY_FALLBACK).decode(bytes);
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte > 0x7f) return true;
  return false;
}

/**
 * The charset a page declares in its first bytes. Those bytes are read as
 * windows-1252 (every declaration is ASCII) and handed to the HTML parser, so
 * comments, scripts and attribute quoting are understood as the standard's
 * prescan does. A page declaring UTF-16 in its markup is ASCII-compatible
 * after all, so that declaration means UTF-8, as the standard says.
 */
function prescan(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder(LEGACY_FALLBACK).decode(bytes.subarray(0, PRESCAN_BYTES));
  const name = usable(findDeclaredCharset(head));
  return name?.startsWith("utf-16") ? "utf-8" : name;
}

/** The encoding a label names, unless unknown or the standard's "replacement" (which would turn the page into one error character). */
function usable(label: string | undefined): string | undefined {
  const name = label ? normalizeEncoding(label) : null;
  return name && name !== "replacement" ? name : undefined;
}
