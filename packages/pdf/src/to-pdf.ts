import type { Readable } from "node:stream";
import { briefingLanguage, formatArticleDate, storyCount, wordingFor } from "@dateline/html";
import { articleSubjects, articleSummary, buildDate, DatelineError, isDatelineError, type Article } from "@dateline/schema";
import { Painter } from "./_draw.js";
import { Flow, type Frame } from "./_flow.js";
import { Fonts } from "./_fonts.js";
import { createMemo } from "./_article.js";
import { placeBriefing, type FrontMatter } from "./_front.js";
import { imageLookup, type ImageLookup } from "./_images.js";
import { node } from "./_nodes.js";
import { createDocument, dropPdfaClaim, type PdfDoc } from "./_pdfkit.js";
import { Typesetter } from "./_typeset.js";

export interface PdfOptions {
  /** Masthead title and running head (default: the headline of a single article, else "News briefing"). */
  title?: string;
  /** The edition/date line under the title (default: the briefing date, written in the briefing's language). */
  edition?: string;
  /**
   * The language of the briefing's own words (masthead, contents, running
   * head, "Page N of M") and of the document. Default: the language most
   * articles share, else English (`briefingLanguage` of @dateline/html, as the EPUB).
   */
  language?: string;
  /** Paper size (default "A4"). */
  pageSize?: "A4" | "Letter";
  /** Whether a briefing of several stories gets a contents list (default true; one story never has one). */
  contents?: boolean;
  /** Pictures: an image URL as in `figure.image.url` → the bytes of a JPEG or PNG. Nothing is read from disk or downloaded here. */
  images?: ReadonlyMap<string, Uint8Array>;
  /** Creation and modification date embedded in the file (default: `buildDate(articles, SOURCE_DATE_EPOCH)`). */
  date?: Date;
  /** Told about anything left out or replaced: an unusable image, a character no embedded font has. */
  onWarning?: (message: string) => void;
}

/** Size of the blocks `toPdf` gathers the output in. */
const BLOCK_SIZE = 64 * 1024;

/** Page sizes in points, and the margins that go with them. */
const PAGES = { A4: [595.28, 841.89], Letter: [612, 792] } as const;
const MARGIN = { top: 70, bottom: 72 };
/**
 * The text column, centred on the page: about 66 characters of 10.5 pt Noto
 * Serif a line, the middle of the 45–75 range readers take in comfortably. A
 * single narrower column rather than two: headlines, figures, tables and
 * right-to-left paragraphs keep one simple flow, and the margins take notes.
 */
const TEXT_WIDTH = 348;

/**
 * pdfkit writes Title, Author and Subject into the XMP packet without
 * escaping them, so a "&" in a headline would break the metadata. A String
 * object keeps its raw value for the Info dictionary (read with valueOf) and
 * gives the escaped one to the XMP template (read with toString).
 */
class XmpSafe extends String {
  #escaped: string | undefined;
  override toString(): string {
    // Escaped once: pdfkit calls charCodeAt on this object for every character, and
    // each call converts it with toString, which made a long headline quadratic.
    this.#escaped ??= this.valueOf().replace(/[&<>"]/gu, (char) => `&#${char.charCodeAt(0)};`);
    return this.#escaped;
  }
}

function check(articles: readonly Article[], options: PdfOptions): void {
  if (!Array.isArray(articles) || articles.length === 0) {
    throw new DatelineError("EMPTY_INPUT", "toPdf needs at least one article, and got none", {
      hint: "pass an array holding one or more articles",
    });
  }
  if (options.pageSize !== undefined && !Object.hasOwn(PAGES, options.pageSize)) {
    throw new DatelineError("INVALID_OPTION", `toPdf: pageSize "${String(options.pageSize)}" is not supported`, {
      hint: 'use "A4" or "Letter"',
    });
  }
  if (options.date !== undefined && !(options.date instanceof Date && Number.isFinite(options.date.getTime()))) {
    throw new DatelineError("INVALID_OPTION", "toPdf: date is not a valid Date", {
      hint: 'pass a Date such as new Date("2025-03-13T09:00:00Z"), or leave it out',
    });
  }
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

function info(articles: readonly Article[], title: string, language: string): PDFKit.DocumentInfo {
  const authors = unique(
    articles.flatMap((article) =>
      article.authors?.length ? article.authors.map((a) => a.name) : article.publisher ? [article.publisher.name] : [],
    ),
  );
  const subject =
    articles.length === 1
      ? articleSummary(articles[0]!)
      : `${storyCount(articles.length, language)}: ${articles.map((a) => a.headline).join("; ")}`;
  const keywords = unique(articles.flatMap(articleSubjects));
  // String objects are accepted by pdfkit at run time; the typings only know primitive strings.
  const text = (value: string) => new XmpSafe(value) as unknown as string;
  return {
    Title: text(title),
    ...(authors.length > 0 ? { Author: text(authors.join(", ")) } : {}),
    Subject: text(subject.length > 1000 ? `${subject.slice(0, 999)}…` : subject),
    ...(keywords.length > 0 ? { Keywords: keywords.join(", ") } : {}),
    Creator: "Dateline",
  };
}

/**
 * Pages are laid out once to learn every page number, then laid out again
 * and drawn one at a time, each written out as soon as it is done: memory
 * holds one page, not the briefing. `onData`, when given, is attached before
 * drawing starts and so receives the bytes as they are written.
 */
function render(articles: readonly Article[], options: PdfOptions, onData?: (chunk: Buffer) => void): PdfDoc {
  check(articles, options);
  // No date at all when nothing gives one: an undated briefing never shows the Unix epoch.
  const date = options.date ?? buildDate(articles, process.env.SOURCE_DATE_EPOCH);
  const warn = options.onWarning ?? (() => {});
  const lang = briefingLanguage(articles, options.language);
  const single = articles.length === 1 ? articles[0] : undefined;
  const front: FrontMatter & { info: string } = {
    // One story: the masthead names its publisher rather than repeat the headline printed just below it.
    title: options.title ?? single?.publisher?.name ?? wordingFor(lang).briefing,
    info: options.title ?? single?.headline ?? wordingFor(lang).briefing,
    edition: options.edition ?? (date ? formatArticleDate(date.toISOString(), lang) : undefined),
    contents: options.contents ?? true,
    language: lang,
  };
  const [pageWidth, pageHeight] = PAGES[options.pageSize ?? "A4"];
  const frame: Frame = {
    pageWidth,
    pageHeight,
    left: (pageWidth - TEXT_WIDTH) / 2,
    width: TEXT_WIDTH,
    top: MARGIN.top,
    bottom: pageHeight - MARGIN.bottom,
  };

  let doc: PdfDoc;
  try {
    doc = createDocument(
      {
        size: [pageWidth, pageHeight],
        margin: 0,
        autoFirstPage: false,
        // Below 1.7 pdfkit silently writes no XMP, and so no PDF/A identification.
        pdfVersion: "1.7",
        subset: "PDF/A-2b",
        tagged: true,
        lang,
        displayTitle: true,
        info: info(articles, front.info, lang),
      },
      date,
    );
    if (onData) {
      doc.on("data", onData);
      // Until it is read from, a Readable keeps every chunk pushed during this
      // synchronous call: all of the PDF, in some 20,000 pieces. Reading out
      // what is buffered (the header) lets later chunks go straight to `onData`.
      while (doc.read() !== null);
    }
    const fonts = new Fonts(doc);
    const setter = new Typesetter(fonts);
    const images: ImageLookup = imageLookup(doc, options.images, warn);
    const memo = createMemo();
    const layout = (flow: Flow) => {
      const pageOf: number[] = [];
      placeBriefing({ setter, flow, images, root: node("Document", undefined), pageOf, memo }, articles, front);
      flow.finish();
      return { pageOf, total: flow.pageNumber };
    };
    const plan = layout(new Flow(frame, () => {}));
    // Made before the missing characters are taken: it sets the running head, whose characters count too.
    const painter = new Painter(doc, fonts, frame, { title: front.title, edition: front.edition, language: lang, ...plan });
    const missing = fonts.takeMissing();
    for (const message of missing) warn(message);
    // A character printed as an empty box breaks PDF/A's rule that every glyph shown is in its font.
    if (missing.length > 0) dropPdfaClaim(doc);
    layout(new Flow(frame, (items, index) => painter.page(items, index)));
    doc.end();
  } catch (error) {
    if (isDatelineError(error)) throw error;
    throw new DatelineError(
      "EXPORT_FAILED",
      `toPdf could not render the briefing: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
        hint: "this is a bug in @dateline/pdf if the articles are valid; please report it with the articles",
      },
    );
  }
  return doc;
}

/**
 * The briefing as a stream, for piping a large one to a file. Rendering
 * happens during this call; the stream then hands over the bytes.
 */
export function toPdfStream(articles: readonly Article[], options: PdfOptions = {}): Readable {
  return render(articles, options);
}

/** Render articles as a printable briefing: masthead, contents, then each article. Same input, same bytes. */
export async function toPdf(articles: readonly Article[], options: PdfOptions = {}): Promise<Uint8Array> {
  // pdfkit writes tens of thousands of small chunks, and each compressed
  // stream is a view on a 16 KiB zlib buffer: copying them into blocks as they
  // come keeps neither the chunks' overhead nor those buffers.
  const blocks: Buffer[] = [];
  let block = Buffer.alloc(BLOCK_SIZE);
  let used = 0;
  const doc = render(articles, options, (chunk) => {
    if (used + chunk.length > block.length) {
      blocks.push(block.subarray(0, used));
      block = Buffer.alloc(Math.max(BLOCK_SIZE, chunk.length));
      used = 0;
    }
    used += chunk.copy(block, used);
  });
  await new Promise<void>((resolve, reject) => {
    // Resumed from an immediate rather than from the tick that ends the
    // stream: that tick's arguments hold the document, which would otherwise
    // stay reachable while the caller goes on (to render the next briefing, say).
    doc.once("end", () => setImmediate(resolve));
    doc.once("error", (error: unknown) =>
      reject(
        new DatelineError(
          "EXPORT_FAILED",
          `toPdf failed while writing the PDF: ${error instanceof Error ? error.message : String(error)}`,
          { cause: error },
        ),
      ),
    );
  });
  const bytes = Buffer.concat([...blocks, block.subarray(0, used)]);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
