import { contentHash } from "@dateline/schema";

/**
 * The book's `urn:uuid`, derived from what it holds so a rebuild of the same
 * briefing keeps its identity in reading apps (and a changed one does not).
 * Two 64-bit content hashes make the 128 bits; the version and variant bits
 * are then set as RFC 9562 asks of a custom (version 8) UUID, since this one
 * is neither random nor a SHA-1 name.
 */
export function bookIdentifier(names: readonly string[], contents: readonly string[]): string {
  const first = contentHash(["dateline-epub", ...names].join("\u0000"));
  const second = contentHash([first, ...contents].join("\u0000"));
  const hex = `${first}${second}`;
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
