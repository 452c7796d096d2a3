/**
 * Where each part of the book lives inside OEBPS/: the zip step writes them
 * here and the package document lists them under the same names.
 */
export const PATHS = {
  nav: "toc.xhtml",
  ncx: "toc.ncx",
  stylesheet: "style.css",
  coverImage: "images/cover.svg",
  coverPage: "cover.xhtml",
  titlePage: "title.xhtml",
} as const;
