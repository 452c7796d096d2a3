import { readdirSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { DEFAULT_MAX_BYTES } from "@dateline/ingest/lazy";
import { type Article, DatelineError } from "@dateline/schema";
import { readInput, writeAtomic } from "../_io.js";
import { EXIT_INPUT, EXIT_USAGE, reportError, warn } from "../_report.js";
import { type LoadOptions, loadSource } from "../_sources.js";

export interface JsonLdInjectOptions extends LoadOptions {
  /** The article every page describes (any source kind); without it each page is read for its own. */
  article?: string;
  /** Write the pages into this folder, at their paths relative to the folder given (or their names). */
  out?: string;
  /** Replace each page where it is. */
  inPlace: boolean;
  graph: boolean;
  includeBody: boolean;
  /** Remove the page's own JSON-LD too. */
  replace: boolean;
}

interface Page {
  path: string;
  /** Where it goes under --out. */
  relativePath: string;
}

const PAGE_FILE = /\.html?$/i;

/** Names in code-point order: a locale's collation would list the same folder differently on another machine. */
function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** The pages named: files as given, folders walked for their .html/.htm files in name order. */
function pagesOf(paths: readonly string[]): Page[] {
  const pages: Page[] = [];
  const walk = (root: string, dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort(byName)) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(root, full);
      else if (entry.isFile() && PAGE_FILE.test(entry.name)) pages.push({ path: full, relativePath: relative(root, full) });
    }
  };
  for (const path of paths) {
    let folder = false;
    try {
      folder = statSync(path).isDirectory();
    } catch {
      // A missing file is reported when it is read, with the others still done.
    }
    if (folder) walk(path, path);
    else pages.push({ path, relativePath: basename(path) });
  }
  return pages;
}

/** The page as text, every byte kept: UTF-8 only, as the script spliced in is UTF-8. */
function pageText(bytes: Uint8Array, source: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (cause) {
    throw new DatelineError("INVALID_PAGE", "the page is not UTF-8, so text cannot be added to it without changing its other bytes", {
      source,
      cause,
      hint: "convert the page to UTF-8 first (e.g. iconv -f windows-1252 -t utf-8)",
    });
  }
}

async function onlyArticle(source: string, options: LoadOptions): Promise<Article> {
  const { articles } = await loadSource(source, options);
  if (articles.length !== 1) {
    throw new DatelineError("INVALID_OPTION", `--article must hold one article; it holds ${articles.length}`, {
      source,
      hint: "pass one post, page or article JSON (for a feed, `dateline parse feed.xml --item N > article.json`)",
    });
  }
  return articles[0]!;
}

function usage(message: string): number {
  process.stderr.write(`error: ${message}\n`);
  return EXIT_USAGE;
}

/**
 * `dateline jsonld inject`: Dateline's NewsArticle JSON-LD spliced into existing pages. Each page
 * is written whole or not at all; a page that cannot be read or has no <head> is named and left
 * as it was, and the others are still done.
 */
export async function jsonLdInjectCommand(paths: readonly string[], options: JsonLdInjectOptions): Promise<number> {
  if (options.out && options.inPlace) return usage("choose one of --out <dir> and --in-place");
  const pages = pagesOf(paths);
  if (pages.length === 0) return usage(`no .html or .htm pages in ${paths.join(", ")}`);
  if (!options.out && !options.inPlace && pages.length > 1) return usage("several pages need --out <dir> or --in-place");
  if (options.article && pages.length > 1) return usage("--article describes one article: give it with one page");
  const { injectJsonLd, jsonLdWarnings } = await import("@dateline/jsonld");
  const given = options.article ? await onlyArticle(options.article, options) : undefined;
  const failed: string[] = [];
  // Each missing recommendation is said once for the pages it concerns, not once per page of a site.
  const warnings = new Map<string, string[]>();
  for (const page of pages) {
    try {
      const html = pageText(await readInput(page.path, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, what: "page" }), page.path);
      const article = given ?? (await onlyArticle(page.path, { ...options, from: "html" }));
      for (const warning of jsonLdWarnings(article)) warnings.set(warning, [...(warnings.get(warning) ?? []), page.path]);
      const injected = injectJsonLd(html, article, {
        graph: options.graph,
        includeBody: options.includeBody,
        replace: options.replace,
        source: page.path,
      });
      if (options.inPlace) {
        // A page already up to date is not rewritten, so its modification time stays.
        if (injected !== html) await writeAtomic(page.path, injected);
        process.stdout.write(`${page.path}\n`);
      } else if (options.out) {
        const target = join(options.out, page.relativePath);
        await writeAtomic(target, injected);
        process.stdout.write(`${target}\n`);
      } else {
        process.stdout.write(injected);
      }
    } catch (error) {
      failed.push(page.path);
      reportError(error, page.path);
    }
  }
  for (const [warning, where] of warnings) warn(`${where.length === 1 ? where[0] : `${where.length} pages (${where[0]}, …)`}: ${warning}`);
  const done = pages.length - failed.length;
  if (options.out || options.inPlace) process.stderr.write(`added JSON-LD to ${done} page${done === 1 ? "" : "s"}\n`);
  if (failed.length > 0) {
    process.stderr.write(`error: ${failed.length} page${failed.length === 1 ? "" : "s"} left unchanged: ${failed.join(", ")}\n`);
    return EXIT_INPUT;
  }
  return 0;
}
