/**
 * Where each part of the book lives inside OEBPS/. The nav, NCX and
 * stylesheet names are the ones epub-gen-memory writes; the package document
 * must list them under the same names.
 */
export const PATHS = {
  nav: "toc.xhtml",
  ncx: "toc.ncx",
  stylesheet: "style.css",
  coverImage: "images/cover.svg",
  coverPage: "cover.xhtml",
  titlePage: "title.xhtml",
} as const;
