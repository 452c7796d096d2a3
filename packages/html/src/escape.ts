/**
 * Characters XML 1.0 forbids (C0 controls other than tab/newline/return,
 * lone surrogates, U+FFFE/U+FFFF). A feed or book holding one is not
 * well-formed, and readers reject the whole file, so they are dropped.
 */
// With the u flag a valid surrogate pair is one character, so only lone surrogates match the range.
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

export function stripForbiddenXmlChars(text: string): string {
  return text.replace(FORBIDDEN_IN_XML, "");
}

/** What `escapeXml` must change: markup characters and characters XML forbids. */
const NEEDS_ESCAPING = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Escape text for an XML/XHTML text node or a double-quoted attribute. Most text needs nothing, and is returned as it is. */
export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPING.test(text)) return text;
  return stripForbiddenXmlChars(text).replace(/[&<>"]/g, (char) => ENTITIES[char]!);
}
