import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { fromHtml, fromJson, fromText, parseMeta } from "@dateline/ingest";
import type { Article, ArticleMeta } from "@dateline/schema";
import { downloadProgress, FETCH_CONCURRENCY, fetchLimits, fetchUrl, isHttpUrl, mapConcurrently } from "./_fetch.js";
import { readInput, readJsonFile } from "./_io.js";

export interface LoadOptions {
  /** A meta.json for every source, instead of the one found beside each. */
  metaPath?: string;
  maxBytes?: number;
  /** The address of local HTML pages (--url); a downloaded page has its own. */
  url?: string;
  /** --timeout for downloads, in milliseconds. */
  timeoutMs?: number;
}

export interface LoadedArticle {
  source: string;
  article: Article;
}

type SourceKind = "json" | "html" | "text";

/** How much of standard input is looked at to tell HTML and JSON from text. */
const SNIFF_CHARACTERS = 256;

/**
 * Which reader a local source goes to: by its extension, or for standard
 * input by how it starts. The one place that decides, so that a general
 * sniffer in ingest can take its place.
 */
function sourceKind(source: string, bytes: Uint8Array): SourceKind {
  const extension = extname(source).toLowerCase();
  if (extension === ".json") return "json";
  if (extension === ".html" || extension === ".htm") return "html";
  if (source !== "-") return "text";
  const start = Buffer.from(bytes.subarray(0, SNIFF_CHARACTERS))
    .toString("latin1")
    .replace(/^\xEF\xBB\xBF/, "")
    .trimStart();
  if (start.startsWith("{")) return "json";
  return /^<(!doctype\s+html|html|head|body|meta|title|!--)[\s>]/i.test(start) ? "html" : "text";
}

/**
 * Expand folders into the sources they hold: a fixture-style folder
 * (`source.*` inside) is one source; any other folder contributes its
 * `.txt`, `.json` and `.html` files and its fixture-style subfolders, in name order.
 */
export function expandSources(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    if (path === "-" || !existsSync(path) || !statSync(path).isDirectory()) {
      out.push(path);
      continue;
    }
    const entries = readdirSync(path).sort();
    const own = entries.find((entry) => entry.startsWith("source."));
    if (own) {
      out.push(join(path, own));
      continue;
    }
    for (const entry of entries) {
      const full = join(path, entry);
      if (statSync(full).isDirectory()) {
        const inner = readdirSync(full)
          .sort()
          .find((name) => name.startsWith("source."));
        if (inner) out.push(join(full, inner));
      } else if (/\.(txt|json|html?)$/i.test(entry) && entry !== "meta.json" && !entry.endsWith(".meta.json")) {
        out.push(full);
      }
    }
  }
  return out;
}

async function loadMeta(path: string): Promise<ArticleMeta> {
  return parseMeta(await readJsonFile(path, "INVALID_META"), path);
}

/** The meta.json that goes with a source: `--meta`, else `meta.json` or `<name>.meta.json` beside it. */
function metaPathFor(source: string, options: LoadOptions): string | undefined {
  if (options.metaPath) return options.metaPath;
  if (source === "-" || isHttpUrl(source)) return undefined;
  const candidates = [join(dirname(source), `${basename(source, extname(source))}.meta.json`), join(dirname(source), "meta.json")];
  return candidates.find((candidate) => existsSync(candidate));
}

/** Read one source document (a file, standard input or a URL) and turn it into a valid article. */
export async function loadArticle(source: string, options: LoadOptions = {}): Promise<Article> {
  const decodeOptions = { source, ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}) };
  const withMeta = async () => {
    const metaPath = metaPathFor(source, options);
    return { ...decodeOptions, ...(metaPath ? { meta: await loadMeta(metaPath) } : {}) };
  };
  if (isHttpUrl(source)) {
    const page = await fetchUrl(source, "page", fetchLimits(options));
    return fromHtml(page.bytes, { ...(await withMeta()), url: page.url, ...(page.charset ? { encoding: page.charset } : {}) });
  }
  const bytes = await readInput(source);
  switch (sourceKind(source, bytes)) {
    case "json":
      return fromJson(bytes, decodeOptions);
    case "html":
      return fromHtml(bytes, { ...(await withMeta()), ...(options.url ? { url: options.url } : {}) });
    case "text":
      return fromText(bytes, await withMeta());
  }
}

/** One source's outcome: its article, or why it could not be read. */
export type Loaded = LoadedArticle | { source: string; error: unknown };

/**
 * Load many sources in order, downloading up to FETCH_CONCURRENCY URLs at a
 * time (each URL once), with a progress line on a terminal. A source that
 * fails is returned with its error; the others still load.
 */
export async function loadArticles(sources: readonly string[], options: LoadOptions = {}): Promise<Loaded[]> {
  const pending = new Map<string, Promise<Article>>();
  const progress = downloadProgress(new Set(sources.filter(isHttpUrl)).size, "pages");
  const load = (source: string) => {
    let article = pending.get(source);
    if (!article) {
      article = loadArticle(source, options);
      if (isHttpUrl(source)) article.finally(() => progress.step(source)).catch(() => {});
      pending.set(source, article);
    }
    return article;
  };
  const loaded = await mapConcurrently(sources, FETCH_CONCURRENCY, async (source): Promise<Loaded> => {
    try {
      return { source, article: await load(source) };
    } catch (error) {
      return { source, error };
    }
  });
  progress.end();
  return loaded;
}
