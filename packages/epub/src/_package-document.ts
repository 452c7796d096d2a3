import { directionOf, escapeXml } from "@dateline/html";
import type { Book } from "./_plan-book.js";
import { PATHS } from "./_paths.js";

const XHTML = "application/xhtml+xml";

function meta(property: string, value: string, refines?: string): string {
  return `<meta${refines ? ` refines="#${refines}"` : ""} property="${property}">${escapeXml(value)}</meta>`;
}

/**
 * Accessibility metadata that tells the truth about this book. Pictures are
 * the only visual content that carries information (the cover repeats the
 * title page, and DAISY's guidance is not to count cover art), and every
 * picture has a text alternative and a caption, so text alone is sufficient.
 */
function accessibility(book: Book): string[] {
  const pictures = book.images.length > 0;
  const features = ["structuralNavigation", "tableOfContents", "readingOrder", ...(pictures ? ["alternativeText"] : [])];
  const summary = [
    `Each article is a chapter with a heading structure, listed in a contents page and in the reading system's navigation, in a logical reading order.`,
    pictures
      ? `Pictures have text alternatives and captions.`
      : `No pictures are embedded; where an article had one, its caption and credit are kept as text.`,
    `There are no known hazards.`,
  ].join(" ");
  return [
    meta("schema:accessMode", "textual"),
    ...(pictures ? [meta("schema:accessMode", "visual")] : []),
    meta("schema:accessModeSufficient", "textual"),
    ...(pictures ? [meta("schema:accessModeSufficient", "textual,visual")] : []),
    ...features.map((feature) => meta("schema:accessibilityFeature", feature)),
    meta("schema:accessibilityHazard", "none"),
    meta("schema:accessibilitySummary", summary),
  ];
}

function metadata(book: Book): string[] {
  return [
    `<dc:identifier id="pub-id">${book.identifier}</dc:identifier>`,
    `<dc:title id="title">${escapeXml(book.title)}</dc:title>`,
    meta("title-type", "main", "title"),
    ...(book.edition ? [`<dc:title id="edition">${escapeXml(book.edition)}</dc:title>`, meta("title-type", "edition", "edition")] : []),
    ...book.languages.map((language) => `<dc:language>${escapeXml(language)}</dc:language>`),
    ...book.creators.flatMap((name, i) => [
      `<dc:creator id="creator-${i + 1}">${escapeXml(name)}</dc:creator>`,
      `<meta refines="#creator-${i + 1}" property="role" scheme="marc:relators">aut</meta>`,
    ]),
    `<dc:contributor id="producer">Dateline</dc:contributor>`,
    `<meta refines="#producer" property="role" scheme="marc:relators">bkp</meta>`,
    ...book.publishers.map((name) => `<dc:publisher>${escapeXml(name)}</dc:publisher>`),
    ...(book.dateShown ? [`<dc:date>${book.modified}</dc:date>`] : []),
    `<dc:description>${escapeXml(book.description)}</dc:description>`,
    ...book.subjects.map((subject) => `<dc:subject>${escapeXml(subject)}</dc:subject>`),
    meta("dcterms:modified", book.modified),
    ...accessibility(book),
    // EPUB 2 readers find the cover through this element; EPUB 3 ones through `cover-image`.
    `<meta name="cover" content="cover-image"/>`,
  ];
}

function item(id: string, href: string, mediaType: string, properties?: string): string {
  return `<item id="${id}" href="${escapeXml(href)}" media-type="${mediaType}"${properties ? ` properties="${properties}"` : ""}/>`;
}

/** The OPF package document: metadata, every file in the book, and the reading order. */
export function packageDocument(book: Book): string {
  const chapterId = (filename: string): string => filename.replace(/\.xhtml$/, "");
  const manifest = [
    item("nav", PATHS.nav, XHTML, "nav"),
    item("ncx", PATHS.ncx, "application/x-dtbncx+xml"),
    item("css", PATHS.stylesheet, "text/css"),
    item("cover-image", PATHS.coverImage, "image/svg+xml", "cover-image"),
    item("cover", PATHS.coverPage, XHTML),
    item("title-page", PATHS.titlePage, XHTML),
    ...book.chapters.map((chapter) => item(chapterId(chapter.filename), chapter.filename, XHTML)),
    ...book.images.map((image) => item(image.href.replace(/^images\/|\.\w+$/g, ""), image.href, image.mediaType)),
  ];
  const spine = ["cover", "title-page", "nav", ...book.chapters.map((chapter) => chapterId(chapter.filename))].map(
    (idref) => `<itemref idref="${idref}"/>`,
  );
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="${escapeXml(book.languages[0])}">`,
    `<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">`,
    ...metadata(book),
    `</metadata>`,
    `<manifest>`,
    ...manifest,
    `</manifest>`,
    // A book whose first language is written right to left turns its pages that way too.
    `<spine toc="ncx"${directionOf(book.languages[0]) === "rtl" ? ` page-progression-direction="rtl"` : ""}>`,
    ...spine,
    `</spine>`,
    `</package>`,
    ``,
  ].join("\n");
}
