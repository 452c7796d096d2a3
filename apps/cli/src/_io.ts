import { randomBytes } from "node:crypto";
import { constants, createReadStream } from "node:fs";
import { access, chmod, mkdir, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { DatelineError, type DatelineErrorCode, formatSize, jsonSyntaxProblem } from "@dateline/schema/errors";

/**
 * Files the command line names beside its sources (`--meta`, `--images`,
 * `--feed-config`) hold a few settings; a megabyte is far more than any needs.
 */
export const SETTINGS_MAX_BYTES = 1024 * 1024;

/** A published feed keeps some dozens of items; 64 MB is room for thousands of full articles. */
export const FEED_MAX_BYTES = 64 * 1024 * 1024;

/** An errno code as a plain sentence a person can act on, without the syscall jargon. */
export function describeErrno(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "there is no such file or folder";
    case "ENOTDIR":
      return "a part of the path is a file, not a folder";
    case "EISDIR":
      return "it is a folder, not a file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ELOOP":
      return "it is a symbolic link that leads back to itself";
    case "ENOSPC":
      return "the disk is full";
    case "EDQUOT":
      return "the disk quota is used up";
    case "EROFS":
      return "the file system is read-only";
    case "EMFILE":
    case "ENFILE":
      return "too many files are open";
    case "EIO":
      return "the disk reported an input/output error";
    case "ENAMETOOLONG":
      return "the path is too long";
    case "EEXIST":
      return "something is already there";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

export interface ReadLimit {
  /** Refuse the input as soon as more than this many bytes have been read. */
  maxBytes: number;
  /** What the file is, for the message: "source", "meta file"… */
  what?: string;
  /** How to raise the limit, when it can be raised. */
  hint?: string;
}

/**
 * Read a file, or standard input for "-", stopping as soon as it passes the
 * limit: a wrong path such as /dev/zero or a multi-gigabyte log is refused
 * after reading one chunk over the limit, never loaded whole.
 */
export async function readInput(path: string, limit: ReadLimit): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  const stream = path === "-" ? process.stdin : createReadStream(path);
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).byteLength;
      if (size > limit.maxBytes) {
        if (path !== "-") (stream as ReturnType<typeof createReadStream>).destroy();
        throw new DatelineError("INPUT_TOO_LARGE", `the ${limit.what ?? "input"} is over the ${formatSize(limit.maxBytes)} limit`, {
          source: path,
          hint: limit.hint ?? "check that this is the right file",
        });
      }
      chunks.push(chunk as Buffer);
    }
  } catch (cause) {
    if (cause instanceof DatelineError) throw cause;
    throw new DatelineError("UNREADABLE_INPUT", `cannot read the ${limit.what ?? "input"}: ${describeErrno(cause)}`, {
      source: path,
      cause,
      hint: "check the path; use - to read standard input",
    });
  }
  return Buffer.concat(chunks, size);
}

/**
 * Make a folder and its missing parents, one level at a time. Node's own
 * `mkdir({ recursive: true })` never returns for a path under /proc (it
 * retries ENOENT forever), so an output folder there hung the whole run.
 */
async function makeFolder(path: string): Promise<void> {
  const missing: string[] = [];
  let current = resolve(path);
  for (;;) {
    try {
      if (!(await stat(current)).isDirectory()) {
        throw Object.assign(new Error(`${current} is a file`), { code: "ENOTDIR" });
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      missing.push(current);
      const parent = dirname(current);
      if (parent === current) break;
      current = parent;
    }
  }
  for (const folder of missing.reverse()) {
    try {
      await mkdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
}

/**
 * Check, before any work is done, that outputs can be written into `folder`:
 * create it when missing and prove it writable by writing and removing a
 * probe file (some file systems, such as /proc, accept `access` but no files).
 */
export async function prepareOutputFolder(folder: string): Promise<void> {
  try {
    await makeFolder(folder);
    await access(folder, constants.W_OK);
    const probe = join(folder, `.dateline-probe-${process.pid}-${randomBytes(4).toString("hex")}`);
    await writeFile(probe, "");
    await rm(probe, { force: true });
  } catch (cause) {
    throw new DatelineError("UNWRITABLE_OUTPUT", `cannot write into this folder: ${describeErrno(cause)}`, {
      source: folder,
      cause,
      hint: "choose another folder with --out",
    });
  }
}

/**
 * Write a whole file or nothing: write a temporary file beside the target,
 * then rename it over the target, so a crash or a full disk never leaves a
 * half-written output where a reader expects a complete one. A symbolic link
 * is written through to its target, and an existing file keeps its mode.
 */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const target = await realpath(path).catch(() => path);
  const mode = await stat(target).then(
    (info) => info.mode & 0o7777,
    () => undefined,
  );
  const temporary = join(dirname(target), `.${basename(target)}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`);
  try {
    await makeFolder(dirname(target));
    await writeFile(temporary, data, mode === undefined ? {} : { mode });
    // The process umask may have narrowed the mode given to writeFile.
    if (mode !== undefined) await chmod(temporary, mode);
    await rename(temporary, target);
  } catch (cause) {
    await rm(temporary, { force: true });
    throw new DatelineError("UNWRITABLE_OUTPUT", `cannot write: ${describeErrno(cause)}; nothing was written`, {
      source: path,
      cause,
      hint:
        (cause as NodeJS.ErrnoException).code === "ENOSPC"
          ? "free some space on the disk, then run again"
          : "check the path and its permissions",
    });
  }
}

/** "10MB", "512KB", "2GB" or a plain byte count → bytes, at least 1. */
export function parseSize(text: string): number {
  const match = text.trim().match(/^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i);
  if (!match) throw new Error(`not a size: "${text}" (use e.g. 64MB)`);
  const unit = (match[2] ?? "b").toLowerCase()[0];
  const factor = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
  const bytes = Math.round(Number(match[1]) * factor);
  if (bytes < 1) throw new Error(`a size of ${text.trim()} would refuse every file (use e.g. 64MB)`);
  return bytes;
}

/** Read and parse a small JSON file given on the command line; broken JSON is reported with `code`, naming the file. */
export async function readJsonFile(path: string, code: DatelineErrorCode, what = "settings file"): Promise<unknown> {
  const bytes = await readInput(path, { maxBytes: SETTINGS_MAX_BYTES, what });
  const text = Buffer.from(bytes).toString("utf8");
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new DatelineError(code, `the ${what} is not valid JSON`, { source: path, cause, problems: [jsonSyntaxProblem(text, cause)] });
  }
}
