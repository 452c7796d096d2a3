import { strToU8, type ZipOptions, zipSync } from "fflate";
import { PATHS } from "./_paths.js";

/** A file the book holds beside the generated documents: pictures and the cover. */
export interface ZipFile {
  /** Path inside OEBPS/. */
  href: string;
  data: Uint8Array | string;
}

export interface ZipParts {
  stylesheet: string;
  packageDocument: string;
  ncxDocument: string;
  navDocument: string;
  pages: ReadonlyArray<{ filename: string; xhtml: string }>;
  files: readonly ZipFile[];
}

const MEDIA_TYPE = "application/epub+zip";
const PACKAGE_DOCUMENT = "OEBPS/content.opf";
const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="${PACKAGE_DOCUMENT}" media-type="application/oebps-package+xml"/></rootfiles></container>
`;

/**
 * Every entry's date: the earliest a zip entry can hold, as reproducible-build
 * tools use, so two builds never differ by the time they ran. Built from local
 * fields because zip dates are local times (a UTC date would fall in 1979 west
 * of Greenwich, before the format's epoch).
 */
const ENTRY_DATE = new Date(1980, 0, 1);
/** `mimetype` must be stored uncompressed (OCF 3.2 §4.3); everything else is deflated at the highest level. */
const STORED: ZipOptions = { level: 0, mtime: ENTRY_DATE };
const DEFLATED: ZipOptions = { level: 9, mtime: ENTRY_DATE };

const text = (value: string): [Uint8Array, ZipOptions] => [strToU8(value), DEFLATED];

/**
 * The OCF container: `mimetype` first and stored, then META-INF/container.xml
 * pointing at the package document, then OEBPS/ with every document and file,
 * in a fixed order so the same parts give the same bytes.
 */
export function zipBook(parts: ZipParts): Uint8Array {
  const entries: Record<string, [Uint8Array, ZipOptions]> = {
    mimetype: [strToU8(MEDIA_TYPE), STORED],
    "META-INF/container.xml": text(CONTAINER),
    [PACKAGE_DOCUMENT]: text(parts.packageDocument),
    [`OEBPS/${PATHS.ncx}`]: text(parts.ncxDocument),
    [`OEBPS/${PATHS.nav}`]: text(parts.navDocument),
    [`OEBPS/${PATHS.stylesheet}`]: text(parts.stylesheet),
  };
  for (const page of parts.pages) entries[`OEBPS/${page.filename}`] = text(page.xhtml);
  for (const file of parts.files) {
    entries[`OEBPS/${file.href}`] = typeof file.data === "string" ? text(file.data) : [file.data, DEFLATED];
  }
  return zipSync(entries);
}
