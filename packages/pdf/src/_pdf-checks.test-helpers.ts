// What the PDF tests read back from a rendered PDF with poppler and qpdf, shared by the exporter suite
// (conformance.test.ts) and the specific tests (to-pdf.test.ts), which run as two files at once.
import { comparable } from "./_extracted-text.test-helpers.js";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import type { Article } from "@dateline/schema";
import { requireTool, runTool } from "@dateline/test-kit";
import { toPdf, type PdfOptions } from "./index.js";

/** The scratch folder of the test file that runs now (useScratch). */
let scratch: string | undefined;

/**
 * Makes the calling test file's scratch folder, removed when the file ends: call it at the file's top level. Not
 * made when this module loads: the suite shares modules between files (isolate: false), so one folder made then
 * was removed when the first file ended, under a file that ran after it in the same worker.
 */
export function useScratch(): string {
  const dir = mkdtempSync(join(tmpdir(), "dateline-pdf-"));
  scratch = dir;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

let files = 0;
export function save(bytes: Uint8Array, label: string): string {
  if (scratch === undefined) throw new Error("the test file made no scratch folder: call useScratch() at its top level");
  const file = join(scratch, `${label.replace(/[^\w-]+/g, "_")}-${++files}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

export function tool(command: string, args: string[]): string {
  requireTool(command, command === "qpdf" ? "qpdf" : "poppler-utils");
  const result = runTool(command, args);
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

export function pdfinfo(file: string): Record<string, string> {
  return Object.fromEntries(
    tool("pdfinfo", [file])
      .split("\n")
      .map((line) => line.match(/^([^:]+):\s*(.*)$/))
      .filter((match) => match !== null)
      .map((match) => [match[1]!, match[2]!]),
  );
}

/**
 * Body text of every page, cropped to the text frame so the running head and "Page N of M" foot do not split paragraphs.
 * `info` is the file's pdfinfo when the caller has it already (one run of pdfinfo fewer).
 */
export function bodyText(file: string, info = pdfinfo(file)): string {
  const [width, height] = info["Page size"]!.split(" ")
    .filter((part) => /^[\d.]+$/.test(part))
    .map(Number);
  return tool("pdftotext", [
    "-x",
    "0",
    "-y",
    "56",
    "-W",
    String(Math.ceil(width!)),
    "-H",
    String(Math.floor(height! - 112)),
    "-enc",
    "UTF-8",
    file,
    "-",
  ]);
}

export const normalise = (text: string) => comparable(text);

/** Every text a reader must find in the PDF, in reading order. */
function expectedTexts(article: Article): string[] {
  const texts = [article.headline];
  if (article.description) texts.push(article.description);
  if (article.image) texts.push(article.image.caption, ...(article.image.credit ? [article.image.credit] : []));
  for (const block of article.body) {
    if (block.type === "list") texts.push(...block.items.map((item) => item.text));
    else if (block.type === "related") texts.push(block.title, ...block.items.map((item) => item.title));
    else if (block.type === "figure") texts.push(block.caption, ...(block.credit ? [block.credit] : []));
    else if (block.type === "table")
      texts.push(
        ...(block.caption ? [block.caption] : []),
        ...[...(block.head ?? []), ...block.rows].flatMap((row) => row.map((cell) => cell.text)),
      );
    else texts.push(block.text);
  }
  return texts;
}

/** The texts missing from `haystack`, or found out of order. */
export function missingInOrder(haystack: string, texts: readonly string[], language?: string): string[] {
  const flat = comparable(haystack, language);
  const problems: string[] = [];
  let from = 0;
  for (const text of texts) {
    const wanted = comparable(text, language);
    const at = flat.indexOf(wanted, from);
    if (at === -1) problems.push(flat.includes(wanted) ? `out of order: ${text}` : `missing: ${text}`);
    else from = at + wanted.length;
  }
  return problems;
}

const renderedFrom = new WeakMap<Uint8Array, Article[]>();

export function validate(bytes: Uint8Array, label: string): string[] {
  const file = save(bytes, label);
  const problems: string[] = [];
  requireTool("qpdf", "qpdf");
  const check = runTool("qpdf", ["--check", file]);
  if (check.status !== 0 || /WARNING/.test(check.stdout + check.stderr)) problems.push(`qpdf --check: ${check.stdout}${check.stderr}`);
  const fonts = tool("pdffonts", [file]).split("\n").slice(2).filter(Boolean);
  if (fonts.length === 0) problems.push("pdffonts lists no fonts");
  for (const row of fonts)
    if (!/\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$/.test(row)) problems.push(`font not embedded as a Unicode subset: ${row}`);
  const info = pdfinfo(file);
  if (info.Tagged !== "yes") problems.push(`pdfinfo Tagged: ${info.Tagged}`);
  if (!info.Title) problems.push("pdfinfo shows no Title");
  const text = bodyText(file, info);
  for (const article of renderedFrom.get(bytes) ?? [])
    problems.push(...missingInOrder(text, expectedTexts(article), article.inLanguage).map((p) => `${article.headline}: ${p}`));
  return problems;
}

export async function render(articles: Article[], options: PdfOptions = {}): Promise<Uint8Array> {
  const bytes = await toPdf(articles, options);
  renderedFrom.set(bytes, articles);
  return bytes;
}
