/** Picture formats told apart by their first bytes. */
export type ImageMediaType = "image/jpeg" | "image/png" | "image/gif" | "image/webp" | "image/avif";

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return prefix.every((value, i) => bytes[at + i] === value);
}

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/**
 * The picture format its bytes declare, whatever its file name says: a CMS
 * often serves PNGs under .jpg names. Every exporter that embeds local
 * pictures asks this, so they agree on what a file is.
 */
export function sniffImageType(bytes: Uint8Array): ImageMediaType | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, ascii("GIF8"))) return "image/gif";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  if (startsWith(bytes, ascii("ftypavif"), 4)) return "image/avif";
  return undefined;
}
