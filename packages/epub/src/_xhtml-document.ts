import { escapeXml } from "@dateline/html";
import { PATHS } from "./_paths.js";

export interface XhtmlDocumentParts {
  lang: string;
  /** Set for a right-to-left document. */
  dir?: "ltr" | "rtl";
  title: string;
  /** Values for the body's `epub:type`, e.g. "bodymatter chapter". */
  type: string;
  body: string;
}

/** ` lang="…" xml:lang="…"`: XHTML in EPUB wants both, and they must agree. */
export function langAttributes(lang: string): string {
  const value = escapeXml(lang);
  return ` lang="${value}" xml:lang="${value}"`;
}

/**
 * The front matter's labels ("Contents", "Title page") are English; in a book
 * in another language they are marked as English so screen readers say them right.
 */
export function labelLang(bookLang: string): string {
  return /^en(?:-|$)/i.test(bookLang) ? "" : langAttributes("en");
}

/** A complete XHTML content document around `body`, linked to the book's stylesheet. */
export function xhtmlDocument(parts: XhtmlDocumentParts): string {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<!DOCTYPE html>`,
    `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"${langAttributes(parts.lang)}${parts.dir === "rtl" ? ` dir="rtl"` : ""}>`,
    `<head>`,
    `<meta charset="UTF-8"/>`,
    `<title>${escapeXml(parts.title)}</title>`,
    `<link rel="stylesheet" type="text/css" href="${PATHS.stylesheet}"/>`,
    `</head>`,
    `<body epub:type="${parts.type}">`,
    parts.body,
    `</body>`,
    `</html>`,
    ``,
  ].join("\n");
}
