import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { fromJson, fromText, parseMeta } from "@dateline/ingest";
import type { Article, ArticleMeta } from "@dateline/schema";
import { readInput, readJsonFile } from "./_io.js";

export interface LoadOptions {
  /** A meta.json for every source, instead of the one found beside each. */
  metaPath?: string;
  maxBytes?: number;
  /** --timeout for downloads, in milliseconds. */
  timeoutMs?: number;
}

export interface LoadedArticle {
  source: string;
  article: Article;
}

/** Whether a source holds article JSON rather than a page's text. */
function isJsonSource(path: string): boolean {
  return extname(path).toLowerCase() === ".json";
}

/**
 * Expand folders into the sources they hold: a fixture-style folder
 * (`source.*` inside) is one source; any other folder contributes its
 * `.txt` and `.json` files and its fixture-style subfolders, in name order.
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
      } else if (/\.(txt|json)$/i.test(entry) && entry !== "meta.json" && !entry.endsWith(".meta.json")) {
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
  if (source === "-") return undefined;
  const candidates = [join(dirname(source), `${basename(source, extname(source))}.meta.json`), join(dirname(source), "meta.json")];
  return candidates.find((candidate) => existsSync(candidate));
}

/** Read one source document and turn it into a valid article. */
export async function loadArticle(source: string, options: LoadOptions = {}): Promise<Article> {
  const bytes = await readInput(source);
  const decodeOptions = { source, ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}) };
  const looksJson = isJsonSource(source) || (source === "-" && /^\s*\{/.test(Buffer.from(bytes.subarray(0, 64)).toString("utf8")));
  if (looksJson) return fromJson(bytes, decodeOptions);
  const metaPath = metaPathFor(source, options);
  const meta = metaPath ? await loadMeta(metaPath) : undefined;
  return fromText(bytes, { ...decodeOptions, ...(meta ? { meta } : {}) });
}
