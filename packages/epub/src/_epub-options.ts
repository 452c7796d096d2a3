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
   * Pictures: image URL → the bytes of a JPEG, PNG or GIF. Pictures without
   * them are left out, captions kept; nothing is read from disk or downloaded here.
   */
  images?: ReadonlyMap<string, Uint8Array>;
  /** Told about what could not go into the book, such as a picture left out. */
  onWarning?: (message: string) => void;
}
