import { EPub, type Chapter, type Options } from "epub-gen-memory";

/** A file the book holds beside the generated documents: pictures and the cover. */
export interface ZipFile {
  /** Path inside OEBPS/. */
  href: string;
  data: Uint8Array | string;
}

export interface ZipParts {
  title: string;
  lang: string;
  stylesheet: string;
  packageDocument: string;
  ncxDocument: string;
  navDocument: string;
  pages: ReadonlyArray<{ filename: string; title: string; xhtml: string }>;
  files: readonly ZipFile[];
}

/**
 * The earliest date a zip entry can hold. jszip stamps every entry with the
 * current time, which alone makes two builds differ; a fixed date is what
 * reproducible-build tools use.
 */
const ENTRY_DATE = new Date(Date.UTC(1980, 0, 1));

/**
 * epub-gen-memory lays out the container (`mimetype` first and stored,
 * META-INF/container.xml, OEBPS/ with the stylesheet) and zips it. Its
 * templates would write a random identifier, the build time and the current
 * year, and its HTML clean-up drops valid attributes such as `datetime` and
 * spells every non-ASCII letter as an entity, so every document is written
 * here and handed over whole through templates that print one variable.
 * Its image step downloads each <img> over HTTP; this subclass adds the
 * bytes it is given instead, so nothing is ever fetched.
 */
class PreparedEPub extends EPub {
  readonly #files: readonly ZipFile[];

  constructor(options: Options, chapters: Chapter[], files: readonly ZipFile[]) {
    super(options, chapters);
    this.#files = files;
  }

  protected override async downloadAllImages(): Promise<void> {
    for (const file of this.#files) this.zip.file(`OEBPS/${file.href}`, file.data);
  }

  async bytes(): Promise<Uint8Array> {
    await this.render();
    this.zip.forEach((_path, entry) => {
      entry.date = ENTRY_DATE;
    });
    return this.generateAsync({
      type: "uint8array",
      mimeType: "application/epub+zip",
      compression: "DEFLATE",
      compressionOptions: { level: 9 },
    });
  }
}

export async function zipBook(parts: ZipParts): Promise<Uint8Array> {
  // Extra keys reach the templates as variables; epub-gen-memory validates only the keys it knows.
  const options = {
    title: parts.title,
    lang: parts.lang,
    css: parts.stylesheet,
    version: 3,
    verbose: false,
    contentOPF: "<%- packageDocument %>",
    tocNCX: "<%- ncxDocument %>",
    tocXHTML: "<%- navDocument %>",
    chapterXHTML: "<%- xhtml %>",
    packageDocument: parts.packageDocument,
    ncxDocument: parts.ncxDocument,
    navDocument: parts.navDocument,
  };
  // `content` stays empty so the library's HTML clean-up has nothing to rewrite; the page is `xhtml`.
  const chapters = parts.pages.map((page) => ({ title: page.title, filename: page.filename, content: "", xhtml: page.xhtml }));
  return new PreparedEPub(options, chapters, parts.files).bytes();
}
