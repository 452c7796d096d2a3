import { existsSync, lstatSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { fromJson, fromText, parseMeta } from "@dateline/ingest";
import type { Article, ArticleMeta } from "@dateline/schema";
import { DEFAULT_MAX_BYTES, describeErrno, readInput, readJsonFile } from "./_io.js";
import { warn } from "./_report.js";

export interface LoadOptions {
  /** A meta.json for every source, instead of the one found beside each. */
  metaPath?: string;
  maxBytes?: number;
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
      } else if (/\.(txt|json)$/i.test(entry) && entry !== "meta.json" && !entry.endsWith(".meta.json")) {
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
  if (source === "-") return undefined;
  const candidates = [join(dirname(source), `${basename(source, extname(source))}.meta.json`), join(dirname(source), "meta.json")];
  return candidates.find((candidate) => existsSync(candidate));
}

/** Read one source document and turn it into a valid article. */
export async function loadArticle(source: string, options: LoadOptions = {}): Promise<Article> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = await readInput(source, {
    maxBytes,
    what: "source",
    hint: "an article page is rarely over 1 MB; check the file, or raise the limit with --max-size (e.g. --max-size 64MB)",
  });
  const decodeOptions = { source, maxBytes };
  const looksJson = isJsonSource(source) || (source === "-" && /^\s*\{/.test(Buffer.from(bytes.subarray(0, 64)).toString("utf8")));
  if (looksJson) return fromJson(bytes, decodeOptions);
  const metaPath = metaPathFor(source, options);
  const meta = metaPath ? await loadMeta(metaPath) : undefined;
  return fromText(bytes, { ...decodeOptions, ...(meta ? { meta } : {}) });
}
