import type { Article } from "@dateline/schema";
import type { FeedConfig } from "../_feed-config.js";
import type { ImagesRequest, Pictures } from "../_images.js";

/** Flags of `dateline build` that formats may use. */
export interface BuildSettings {
  title?: string;
  edition?: string;
  /** The language of the PDF's and EPUB's own words (--lang); default: the one most articles share, else English. */
  language?: string;
  pageSize?: "A4" | "Letter";
  contents: boolean;
  siteUrl?: string;
  feedUrl?: string;
  feedTitle?: string;
  feedDescription?: string;
  /** Channel settings from --feed-config; the flags above win over them. */
  feedConfig?: FeedConfig;
  graph: boolean;
  includeBody: boolean;
  /** Where pictures come from (--images): downloads, or an image map's files. */
  images?: ImagesRequest;
  /** The pictures themselves, read once the articles are known (see `withPictures`). */
  pictures?: Pictures;
  onWarning: (message: string) => void;
  /** Suggestions that do not make an output wrong, such as data a search engine recommends. */
  onAdvice: (message: string) => void;
}

export interface OutputFile {
  /** File name inside the output folder. */
  name: string;
  data: string | Uint8Array;
}

/** One output format of `dateline build`: articles in, named files out. The package is imported only when used. */
export interface Format {
  name: string;
  description: string;
  /** Called before any source is read, when this format is asked for: settings of the process the format needs from the start. */
  beforeReading?(): void;
  render(articles: Article[], settings: BuildSettings): Promise<OutputFile[]>;
}
