import { contentHash } from "@dateline/schema";

/**
 * The book's `urn:uuid`, derived from what names the collection: its title,
 * edition and the keys of its articles, in order. A rebuild with corrected
 * text keeps its identity in reading apps, as EPUB intends: the identifier
 * names the publication and `dcterms:modified` names the release. (Keys of
 * articles without an id or URL are themselves hashes of their content.)
 * Two 64-bit hashes make the 128 bits; the version and variant bits are set
 * as RFC 9562 asks of a custom (version 8) UUID, since this one is neither
 * random nor a SHA-1 name.
 */
export function bookIdentifier(names: readonly string[]): string {
  const text = ["dateline-epub", ...names].join("\u0000");
  const first = contentHash(text);
  const hex = `${first}${contentHash(`${first}\u0000${text}`)}`;
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
