import { existsSync, lstatSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
// The lazy entry: only the reader a source's kind needs is loaded, so one JSON article loads no HTML parser.
import { DEFAULT_MAX_BYTES, type FeedItemReport, parseMeta, readLazily, type SourceKind, sniff } from "@dateline/ingest/lazy";
import type { Article, ArticleMeta } from "@dateline/schema";
import { downloadProgress, FETCH_CONCURRENCY, fetchLimits, fetchUrl, isHttpUrl, mapConcurrently } from "./_fetch.js";
import { describeErrno, readInput, readJsonFile } from "./_io.js";
import { warn } from "./_report.js";

export interface LoadOptions {
  /** A meta.json for every source, instead of the one found beside each. */
  metaPath?: string;
  maxBytes?: number;
  /** The address of local HTML pages (--url); a downloaded page has its own. */
  url?: string;
  /** --timeout for downloads, in milliseconds. */
  timeoutMs?: number;
  /** --connect-timeout for downloads, in milliseconds. */
  connectMs?: number;
  /** --from: the kind of every source, instead of sniffing each. */
  from?: SourceKind;
  /** --drafts: read Markdown drafts too. */
  drafts?: boolean;
  /** --follow: fetch the page of every feed item that carries only a summary. */
  follow?: boolean;
}

/** What one source gave: one article for a page, post or article JSON, one per item for a feed, none for a skipped draft. */
export interface LoadedSource {
  source: string;
  kind: SourceKind;
  articles: Article[];
}

/** Files about a folder rather than articles in it. */
const FOLDER_NOTES = /^(readme|changelog|license|licence|contributing)(\.|$)/i;

/** A file a folder contributes as a source: by its extension, leaving out metadata files and notes about the folder. */
function isSourceFile(name: string): boolean {
  return (
    /\.(txt|json|html?|md|markdown|xml|rss|atom)$/i.test(name) &&
    name !== "meta.json" &&
    !name.endsWith(".meta.json") &&
    !FOLDER_NOTES.test(name)
  );
}

/**
 * Expand folders into the sources they hold: a fixture-style folder
 * (`source.*` inside) is one source; any other folder contributes its
 * `.txt`, `.json`, `.html`, `.md` and feed files (not its README) and its fixture-style subfolders, in name order.
 */
export function expandSources(paths: readonly string[]): string[] {
  const out: string[] = [];
  // A symbolic link inside a folder that loops or leads nowhere is skipped with a
  // warning; the batch goes on. (A path named on the command line is read, and fails, as given.)
  const kind = (full: string): "folder" | "file" | undefined => {
    try {
      return statSync(full).isDirectory() ? "folder" : "file";
    } catch (error) {
      const dangling = (error as NodeJS.ErrnoException).code === "ENOENT" && lstatSync(full, { throwIfNoEntry: false })?.isSymbolicLink();
      const reason = dangling ? "it is a symbolic link to a file that does not exist" : describeErrno(error);
      warn(`${full}: skipped: ${reason}`, `skipped: ${reason}`);
      return undefined;
    }
  };
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
      const found = kind(full);
      if (found === undefined) continue;
      if (found === "folder") {
        const inner = readdirSync(full)
          .sort()
          .find((name) => name.startsWith("source."));
        if (inner) out.push(join(full, inner));
      } else if (isSourceFile(entry)) {
        out.push(full);
      }
    }
  }
  return out;
}

async function loadMeta(path: string): Promise<ArticleMeta> {
  return parseMeta(await readJsonFile(path, "INVALID_META", "meta file"), path);
}

/** The meta.json that goes with a source: `--meta`, else `meta.json` or `<name>.meta.json` beside it. */
function metaPathFor(source: string, options: LoadOptions): string | undefined {
  if (options.metaPath) return options.metaPath;
  if (source === "-" || isHttpUrl(source)) return undefined;
  const candidates = [join(dirname(source), `${basename(source, extname(source))}.meta.json`), join(dirname(source), "meta.json")];
  return candidates.find((candidate) => existsSync(candidate));
}

/** A feed item's metadata, which wins over its page's when the page is fetched (--follow). */
function itemMeta({ body: _, version: __, ...meta }: Article): ArticleMeta {
  return meta;
}

/** --follow: each summary-only item replaced by its page, read as HTML with the feed's metadata; a failed page keeps the summary. */
async function followItems(articles: Article[], reports: FeedItemReport[], options: LoadOptions): Promise<Article[]> {
  const summaryOnly = new Set(reports.filter((report) => !report.fullText && report.article.url).map((report) => report.article));
  return mapConcurrently(articles, FETCH_CONCURRENCY, async (article) => {
    if (!summaryOnly.has(article)) return article;
    try {
      const page = await fetchUrl(article.url!, "page", fetchLimits(options));
      const [pageArticle] = await readLazily(page.bytes, {
        from: "html",
        source: page.url,
        url: page.url,
        meta: itemMeta(article),
        ...(page.charset ? { encoding: page.charset } : {}),
      });
      return pageArticle!;
    } catch (error) {
      warn(`${article.url}: page not read (${(error as Error).message}); the feed's summary is kept`);
      return article;
    }
  });
}

/** Read one source (a file, standard input or a URL) as the kind its content shows (or --from says): its articles. */
export async function loadSource(source: string, options: LoadOptions = {}): Promise<LoadedSource> {
  const fetched = isHttpUrl(source) ? await fetchUrl(source, "source", fetchLimits(options)) : undefined;
  const bytes = fetched
    ? fetched.bytes
    : await readInput(source, {
        maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
        what: "source",
        hint: "an article page is rarely over 1 MB; check the file, or raise the limit with --max-size (e.g. --max-size 64MB)",
      });
  const hint = fetched ? fetched.url : source;
  const kind = options.from ?? sniff(bytes, { hint, source });
  const metaPath = kind === "json" ? undefined : metaPathFor(source, options);
  const meta = metaPath ? await loadMeta(metaPath) : undefined;
  const reports: FeedItemReport[] = [];
  const url = fetched ? fetched.url : options.url;
  const articles = await readLazily(bytes, {
    from: kind,
    source,
    ...(source === "-" ? {} : { hint }),
    ...(url ? { url } : {}),
    ...(meta ? { meta } : {}),
    ...(fetched?.charset ? { encoding: fetched.charset } : {}),
    ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
    ...(options.drafts ? { drafts: true } : {}),
    onWarning: warn,
    onFeedItem: (report) => reports.push(report),
  });
  return { source, kind, articles: options.follow && kind === "feed" ? await followItems(articles, reports, options) : articles };
}

/** One source's outcome: its articles, or why it could not be read. */
export type Loaded = LoadedSource | { source: string; error: unknown };

/**
 * Load many sources in order, downloading up to FETCH_CONCURRENCY URLs at a
 * time (each URL once), with a progress line on a terminal. A source that
 * fails is returned with its error; the others still load.
 */
export async function loadArticles(sources: readonly string[], options: LoadOptions = {}): Promise<Loaded[]> {
  const pending = new Map<string, Promise<LoadedSource>>();
  const progress = downloadProgress(new Set(sources.filter(isHttpUrl)).size, "pages");
  const load = (source: string) => {
    let loaded = pending.get(source);
    if (!loaded) {
      loaded = loadSource(source, options);
      if (isHttpUrl(source)) loaded.finally(() => progress.step(source)).catch(() => {});
      pending.set(source, loaded);
    }
    return loaded;
  };
  const loaded = await mapConcurrently(sources, FETCH_CONCURRENCY, async (source): Promise<Loaded> => {
    try {
      return await load(source);
    } catch (error) {
      return { source, error };
    }
  });
  progress.end();
  return loaded;
}
