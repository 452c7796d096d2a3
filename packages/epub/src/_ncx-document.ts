import { escapeXml } from "@dateline/html";
import type { Book } from "./_plan-book.js";
import { PATHS } from "./_paths.js";

/**
 * The EPUB 2 table of contents, kept for older readers (some e-ink devices
 * still read only this). Its uid must equal the package identifier.
 */
export function ncxDocument(book: Book): string {
  const points = [
    { href: PATHS.titlePage, label: book.title },
    { href: PATHS.nav, label: "Contents" },
    ...book.chapters.map((chapter) => ({ href: chapter.filename, label: chapter.headline })),
  ]
    .map(
      (point, i) =>
        `<navPoint id="nav-${i + 1}" playOrder="${i + 1}"><navLabel><text>${escapeXml(point.label)}</text></navLabel><content src="${point.href}"/></navPoint>`,
    )
    .join("\n");
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="${escapeXml(book.languages[0])}">`,
    `<head>`,
    `<meta name="dtb:uid" content="${book.identifier}"/>`,
    `<meta name="dtb:depth" content="1"/>`,
    `<meta name="dtb:totalPageCount" content="0"/>`,
    `<meta name="dtb:maxPageNumber" content="0"/>`,
    `</head>`,
    `<docTitle><text>${escapeXml(book.title)}</text></docTitle>`,
    `<navMap>`,
    points,
    `</navMap>`,
    `</ncx>`,
    ``,
  ].join("\n");
}
