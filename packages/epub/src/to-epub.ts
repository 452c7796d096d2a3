import { DatelineError, type Article } from "@dateline/schema";
import { chapterPage } from "./_chapter-page.js";
import { coverImage, coverPage } from "./_cover-image.js";
import { navDocument } from "./_nav-document.js";
import { ncxDocument } from "./_ncx-document.js";
import { packageDocument } from "./_package-document.js";
import { PATHS } from "./_paths.js";
import { planBook } from "./_plan-book.js";
import { STYLESHEET } from "./_stylesheet.js";
import { titlePage } from "./_title-page.js";
import { zipBook } from "./_zip-book.js";
import type { EpubOptions } from "./_epub-options.js";

export type { EpubOptions };

/**
 * One or many articles as an EPUB 3 book (with an EPUB 2 NCX for older
 * readers): cover, title page, contents with standfirsts, one chapter per
 * article. The same articles and options always give the same bytes.
 */
export async function toEpub(articles: readonly Article[], options: EpubOptions = {}): Promise<Uint8Array> {
  const book = await planBook(articles, options);
  try {
    return zipBook({
      stylesheet: STYLESHEET,
      packageDocument: packageDocument(book),
      ncxDocument: ncxDocument(book),
      navDocument: navDocument(book),
      pages: [
        { filename: PATHS.coverPage, xhtml: coverPage(book) },
        { filename: PATHS.titlePage, xhtml: titlePage(book) },
        ...book.chapters.map((chapter) => ({ filename: chapter.filename, xhtml: chapterPage(chapter) })),
      ],
      files: [{ href: PATHS.coverImage, data: coverImage(book) }, ...book.images],
    });
  } catch (error) {
    throw new DatelineError("EXPORT_FAILED", `could not assemble the EPUB for "${book.title}": ${(error as Error).message}`, {
      cause: error,
      hint: "this is a bug in @dateline/epub or fflate; please report it with the articles that caused it",
    });
  }
}
