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

export interface EpubOptions {
  /** The book's title. Default: the headline when there is one article, else "Briefing". */
  title?: string;
  /** Shown under the title and recorded as the edition title, e.g. "Morning edition". */
  edition?: string;
  /**
   * The book's date (`dcterms:modified`, cover, title page). Default:
   * SOURCE_DATE_EPOCH when set, else the newest article date; never the clock.
   */
  date?: Date;
  /**
   * Pictures: image URL → the bytes of a JPEG, PNG or GIF. Pictures without
   * them are left out, captions kept; nothing is read from disk or downloaded here.
   */
  images?: ReadonlyMap<string, Uint8Array>;
  /** Told about what could not go into the book, such as a picture left out. */
  onWarning?: (message: string) => void;
}

/**
 * One or many articles as an EPUB 3 book (with an EPUB 2 NCX for older
 * readers): cover, title page, contents with standfirsts, one chapter per
 * article. The same articles and options always give the same bytes.
 */
export async function toEpub(articles: readonly Article[], options: EpubOptions = {}): Promise<Uint8Array> {
  const book = await planBook(articles, options);
  try {
    return await zipBook({
      title: book.title,
      lang: book.languages[0],
      stylesheet: STYLESHEET,
      packageDocument: packageDocument(book),
      ncxDocument: ncxDocument(book),
      navDocument: navDocument(book),
      pages: [
        { filename: PATHS.coverPage, title: book.title, xhtml: coverPage(book) },
        { filename: PATHS.titlePage, title: book.title, xhtml: titlePage(book) },
        ...book.chapters.map((chapter) => ({ filename: chapter.filename, title: chapter.headline, xhtml: chapterPage(chapter) })),
      ],
      files: [{ href: PATHS.coverImage, data: coverImage(book) }, ...book.images],
    });
  } catch (error) {
    throw new DatelineError("EXPORT_FAILED", `could not assemble the EPUB for "${book.title}": ${(error as Error).message}`, {
      cause: error,
      hint: "this is a bug in @dateline/epub or epub-gen-memory; please report it with the articles that caused it",
    });
  }
}
