import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { DatelineError, type DatelineErrorCode } from "@dateline/schema/errors";

/** Read a file, or standard input for "-", turning a missing file into a clear error. */
export async function readInput(path: string): Promise<Uint8Array> {
  if (path === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "is a folder, not a file"
          : code === "EACCES"
            ? "permission denied"
            : String(cause);
    throw new DatelineError("UNREADABLE_INPUT", `cannot read: ${reason}`, {
      source: path,
      cause,
      hint: "check the path; use - to read standard input",
    });
  }
}

/**
 * Write a whole file or nothing: write a temporary file beside the target,
 * then rename it over the target, so a crash or a full disk never leaves a
 * half-written output where a reader expects a complete one.
 */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** "10MB", "512KB", "2GB" or a plain byte count → bytes. */
export function parseSize(text: string): number {
  const match = text.trim().match(/^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i);
  if (!match) throw new Error(`not a size: "${text}" (use e.g. 64MB)`);
  const unit = (match[2] ?? "b").toLowerCase()[0];
  const factor = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
  return Math.round(Number(match[1]) * factor);
}

/** Read and parse a JSON file given on the command line; broken JSON is reported with `code`, naming the file. */
export async function readJsonFile(path: string, code: DatelineErrorCode): Promise<unknown> {
  const text = Buffer.from(await readInput(path)).toString("utf8");
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new DatelineError(code, `not valid JSON: ${(cause as Error).message}`, { source: path, cause });
  }
}
