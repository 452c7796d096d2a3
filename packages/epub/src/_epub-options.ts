/** The options of `toEpub`; their own module so the planning step and the public verb both import them, neither the other. */
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
   * When the book is made: written as `dcterms:modified`, which EPUB
   * requires, only for a book nothing else dates (no `date`, no
   * SOURCE_DATE_EPOCH, no article date); it is never shown. An undated book
   * without it is refused rather than dated 1970. The dateline command passes
   * the time of the build.
   */
  buildTime?: Date;
  /**
   * The language of the book's own words (title page, contents) and its
   * primary `dc:language`. Default: the language most articles share, else
   * English (`briefingLanguage` of @dateline/html, as the PDF).
   */
  language?: string;
  /**
   * Pictures: image URL → the bytes of a JPEG, PNG or GIF. Pictures without
   * them are left out, captions kept; nothing is read from disk or downloaded here.
   */
  images?: ReadonlyMap<string, Uint8Array>;
  /** Told about what could not go into the book, such as a picture left out. */
  onWarning?: (message: string) => void;
}
