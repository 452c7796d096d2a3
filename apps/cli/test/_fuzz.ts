/**
 * Property-based fuzzing of every source reader and every exporter, shared by
 * `npm run fuzz` (10,000+ cases) and a smaller run inside `npm test`.
 *
 * A reader passes when it returns a valid article or throws a DatelineError
 * with a message; anything else (a TypeError, a hang, an invalid article) is
 * a crash. An exporter passes when it renders any valid article without
 * throwing and its output passes the project's own validator for the format.
 * Readers and exporters are listed once below: a new one is one line.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toEpub } from "@dateline/epub";
import { fromFeed, fromHtml, fromJson, fromMarkdown, fromText, read } from "@dateline/ingest";
import { toJsonLd, toJsonLdScript } from "@dateline/jsonld";
import { toPdf } from "@dateline/pdf";
import { addToFeed, toRss } from "@dateline/rss";
import { type Article, isDatelineError, safeParseArticle } from "@dateline/schema";
import { spawnGuarded, startEpubcheck } from "@dateline/test-kit";
import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import { XMLValidator } from "fast-xml-parser";
import { checkJsonLd } from "../../../packages/jsonld/src/_check-json-ld.test-helpers.js";
import { checkFeedRules } from "../../../packages/rss/test/feed-rules.js";

// ---------------------------------------------------------------- inputs

/** Lines of the kinds copied pages hold, so generated pages reach deep into ingest, not only its first checks. */
const PAGE_LINES = [
  "Read more:",
  "Read more: the ferry timetable for the winter",
  "By Ann Example and Bo Example",
  "Published 13 March 2025, 09:30 GMT",
  "Photo: Example Agency/Reuters",
  "Share this article",
  "Accept all cookies",
  "Sign up for our newsletter",
  "Advertisement",
  "• first point of a list",
  "1. first step",
  "Harbour board votes to keep the night ferry running",
  "The council said on Tuesday that the ferry would run again from July, ending a two-year pause.",
  "„Wir sind zufrieden“, sagte die Bürgermeisterin am Dienstag in der Altstadt.",
  "市议会周二决定，渡轮将从七月起恢复运营。",
  "Москва, 13 марта — Паром снова ходит по ночам.",
  "",
  "   ",
];

const unicodeText = fc.string({ unit: "binary", maxLength: 400 });
const pageOfLines = fc
  .array(fc.oneof(fc.constantFrom(...PAGE_LINES), unicodeText, fc.string({ maxLength: 120 })), { maxLength: 60 })
  .map((lines) => lines.join("\n"));
const utf16Page = pageOfLines.map((text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));

/** Anything a user could hand to the text reader: pages, noise, raw bytes, UTF-16. */
export const pageInput: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  { weight: 5, arbitrary: pageOfLines },
  { weight: 1, arbitrary: unicodeText },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 600 }) },
  { weight: 1, arbitrary: utf16Page },
);

// ---------------------------------------------------------------- articles

const someText = fc.oneof(
  fc.constantFrom(...PAGE_LINES.filter((line) => line.trim() !== "")),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 120 }),
  fc.string({ unit: "binary", minLength: 1, maxLength: 60 }),
);
const nonEmpty = someText.filter((text) => /\S/.test(text));
const hosts = fc.constantFrom("news.example.com", "bücher.example.org", "xn--bcher-kva.example.org", "a.example.com");
const pathChars = fc.string({ unit: fc.constantFrom(...'abc/-_.~%20"<>{}|^`ßü 市?=&#'), maxLength: 20 });
const httpUrl = fc.tuple(fc.constantFrom("http", "https"), hosts, pathChars).map(([scheme, host, path]) => `${scheme}://${host}/${path}`);
const isoDate = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2040-01-01T00:00:00Z"), noInvalidDate: true })
  .chain((date) => fc.constantFrom(date.toISOString(), date.toISOString().slice(0, 10), `${date.toISOString().slice(0, 19)}+05:30`));

/** Marks inside a text, as the schema allows them (start < end <= length). */
function withMarks<T extends { text: string }>(block: fc.Arbitrary<T>): fc.Arbitrary<T & { marks?: unknown[] }> {
  return block.chain((value) => {
    const length = value.text.length;
    if (length < 2) return fc.constant(value);
    const range = fc.tuple(fc.nat(length - 1), fc.nat(length - 1)).map(([a, b]) => [Math.min(a, b), Math.max(a, b) + 1] as const);
    const mark = fc.oneof(
      range.map(([start, end]) => ({ type: "emphasis", start, end })),
      range.map(([start, end]) => ({ type: "strong", start, end })),
      fc.tuple(range, httpUrl).map(([[start, end], href]) => ({ type: "link", start, end, href })),
    );
    return fc.array(mark, { maxLength: 3 }).map((marks) => (marks.length > 0 ? { ...value, marks } : value));
  });
}

const figure = fc.record(
  { caption: nonEmpty, credit: nonEmpty, image: fc.record({ url: httpUrl, alt: someText }, { requiredKeys: ["url"] }) },
  { requiredKeys: ["caption"] },
);
const block = fc.oneof(
  { weight: 6, arbitrary: withMarks(fc.record({ type: fc.constant("paragraph" as const), text: nonEmpty })) },
  {
    weight: 2,
    arbitrary: withMarks(fc.record({ type: fc.constant("heading" as const), text: nonEmpty, level: fc.integer({ min: 2, max: 4 }) })),
  },
  { weight: 1, arbitrary: figure.map((value) => ({ type: "figure" as const, ...value })) },
  {
    weight: 1,
    arbitrary: withMarks(
      fc.record({ type: fc.constant("quote" as const), text: nonEmpty, attribution: nonEmpty }, { requiredKeys: ["type", "text"] }),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant("list" as const),
      ordered: fc.boolean(),
      items: fc.array(withMarks(fc.record({ text: nonEmpty })), { minLength: 1, maxLength: 5 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant("related" as const),
      title: nonEmpty,
      items: fc.array(fc.record({ title: nonEmpty, url: httpUrl }, { requiredKeys: ["title"] }), { minLength: 1, maxLength: 4 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        type: fc.constant("table" as const),
        caption: nonEmpty,
        rows: fc.array(fc.array(fc.record({ text: fc.string({ maxLength: 20 }) }), { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 4,
        }),
      },
      { requiredKeys: ["type", "rows"] },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record(
      { type: fc.constant("code" as const), text: nonEmpty, language: fc.constantFrom("python", "ts") },
      { requiredKeys: ["type", "text"] },
    ),
  },
);
const organization = fc.record(
  { type: fc.constant("Organization" as const), name: nonEmpty, url: httpUrl, logo: httpUrl },
  { requiredKeys: ["type", "name"] },
);
const person = fc.record({ type: fc.constant("Person" as const), name: nonEmpty, url: httpUrl }, { requiredKeys: ["type", "name"] });

/** Any valid article: every field, block kind and mark kind, with hostile text and URLs. */
export const anyArticle: fc.Arbitrary<Article> = fc
  .record(
    {
      version: fc.constant("1.0" as const),
      id: nonEmpty,
      url: httpUrl,
      headline: fc.oneof({ weight: 9, arbitrary: nonEmpty }, { weight: 1, arbitrary: nonEmpty.map((text) => text.repeat(200)) }),
      description: nonEmpty,
      image: figure,
      authors: fc.array(fc.oneof(person, organization), { maxLength: 3 }),
      publisher: organization,
      datePublished: isoDate,
      dateModified: isoDate,
      inLanguage: fc.constantFrom("en", "en-GB", "de", "zh-Hans", "ru", "ar", "he"),
      section: nonEmpty,
      keywords: fc.array(nonEmpty, { maxLength: 4 }),
      isAccessibleForFree: fc.boolean(),
      body: fc.array(block, { minLength: 1, maxLength: 8 }),
    },
    { requiredKeys: ["version", "headline", "body"] },
  )
  .map((candidate) => safeParseArticle(candidate))
  .filter((result) => result.success)
  .map((result) => (result as { article: Article }).article);

// ---------------------------------------------------------------- readers and exporters

export interface Reader {
  name: string;
  input: fc.Arbitrary<string | Uint8Array>;
  read(input: string | Uint8Array): Article | Article[];
}

export interface Exporter {
  name: string;
  /** Articles in, output out; the output's problems by the project's validator for the format ([] when valid). */
  check(articles: Article[]): Promise<string[]>;
  /** How many articles one output holds: batches make the slow validators affordable. */
  batch: number;
}

const CHANNEL = { title: "Fuzz", link: "https://news.example.com/", feedUrl: "https://news.example.com/feed.xml", language: "en" };

function xmlProblems(xml: string): string[] {
  const verdict = XMLValidator.validate(xml);
  return verdict === true ? [] : [`not well-formed: ${verdict.err.msg} at ${verdict.err.line}:${verdict.err.col}`];
}

/** Run a command-line validator on a file; its complaints, or [] when it exits 0. */
function tool(command: string, args: (file: string) => string[], data: Uint8Array, extension: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), "dateline-fuzz-"));
  try {
    const file = join(dir, `out.${extension}`);
    writeFileSync(file, data);
    const result = spawnGuarded(command, args(file), { encoding: "utf8" });
    if (result.status === 0) return [];
    const lines = `${result.stdout}\n${result.stderr}`.split("\n").filter((line) => /^(ERROR|FATAL|WARNING)|error|warning/i.test(line));
    return lines.length > 0 ? lines.slice(0, 10) : [`${command} exited ${result.status}`];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** EPUBCheck's fatals, errors and warnings for a book, one line each ([] when clean). */
export type EpubChecker = (book: Uint8Array, label: string) => Promise<string[]>;

/** EPUBCheck takes seconds per book, so it sees every EPUBCHECK_EVERY-th book; every book gets the quick checks. */
const EPUBCHECK_EVERY = 10;
/** How many of EPUBCheck's lines a finding keeps. */
const EPUBCHECK_LINES_KEPT = 10;
let epubs = 0;

/** An RFC 3986 URI reference: the characters EPUBCheck (RSC-020) and feed validators accept. */
const URI = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;

/** The quick checks of a book: every XHTML and XML file well-formed, every href and src a valid URI. */
async function epubProblems(bytes: Uint8Array): Promise<string[]> {
  const files = unzipSync(bytes, { filter: (file) => /\.(xhtml|opf|ncx|xml)$/.test(file.name) });
  const problems: string[] = [];
  for (const [name, data] of Object.entries(files)) {
    const text = strFromU8(data);
    problems.push(...xmlProblems(text).map((problem) => `${name}: ${problem}`));
    for (const [, link] of text.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const decoded = link!
        .replace(/&amp;/g, "&")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">");
      if (!URI.test(decoded)) problems.push(`${name}: "${decoded}" is not a valid URI`);
    }
  }
  return problems;
}

export const READERS: Reader[] = [
  { name: "text", input: pageInput, read: (input) => fromText(input) },
  {
    name: "json",
    input: fc.oneof(
      anyArticle.map((article) => JSON.stringify(article)),
      fc.json(),
      pageInput,
    ),
    read: (input) => fromJson(input),
  },
  {
    name: "html",
    input: fc.oneof(
      anyArticle.map(
        (article) =>
          `<!DOCTYPE html><html><head><title>x</title></head><body>${toJsonLdScript(article)}<article>${article.body.map((block) => `<p>${"text" in block ? block.text : ""}</p>`).join("")}</article></body></html>`,
      ),
      fc.string().map((text) => `<html><body><h1>${text}</h1><p>${text}</p></body></html>`),
      pageInput,
    ),
    read: (input) => fromHtml(input, { url: "https://news.example.com/story" }),
  },
  {
    name: "markdown",
    input: fc.oneof(
      fc.tuple(fc.string(), fc.string()).map(([title, body]) => `---\ntitle: ${JSON.stringify(title)}\n---\n\n# ${title}\n\n${body}\n`),
      pageInput,
    ),
    read: (input) => fromMarkdown(input) ?? [],
  },
  {
    name: "feed",
    input: fc.oneof(
      fc.array(anyArticle, { minLength: 1, maxLength: 3 }).map((articles) => toRss(articles, CHANNEL)),
      pageInput,
    ),
    read: (input) => fromFeed(input),
  },
  { name: "any source, sniffed", input: pageInput, read: (input) => read(input) },
];

/** The time an EPUB of undated articles is "made": fixed, so a run can be repeated. */
const FUZZ_BUILD_TIME = new Date("2026-01-01T00:00:00Z");

/** Every exporter, EPUB books checked by `checkEpub`. */
function exporters(checkEpub: EpubChecker): Exporter[] {
  return [
    {
      name: "rss",
      batch: 10,
      async check(articles) {
        const xml = toRss(articles, CHANNEL);
        const again = addToFeed(xml, articles.slice(0, 1), CHANNEL, { max: 0 });
        return [xml, again].flatMap((feed) => [
          ...xmlProblems(feed),
          ...checkFeedRules(feed).map((finding) => `${finding.id} at ${finding.where}: ${finding.message}`),
        ]);
      },
    },
    {
      name: "jsonld",
      batch: 1,
      async check(articles) {
        const problems: string[] = [];
        for (const article of articles) {
          for (const graph of [false, true]) problems.push(...(await checkJsonLd(toJsonLd(article, { graph, includeBody: true }))));
          if (!toJsonLdScript(article).startsWith("<script")) problems.push("the script snippet is not a script element");
        }
        return problems;
      },
    },
    {
      name: "pdf",
      batch: 20,
      async check(articles) {
        return tool("qpdf", (file) => ["--check", file], await toPdf(articles, {}), "pdf");
      },
    },
    {
      name: "epub",
      batch: 25,
      async check(articles) {
        // A batch of undated articles needs the time it is made, as the CLI gives it; a fixed one keeps runs repeatable.
        const book = await toEpub(articles, { buildTime: FUZZ_BUILD_TIME });
        const quick = await epubProblems(book);
        if (epubs++ % EPUBCHECK_EVERY !== 0) return quick;
        const complaints = await checkEpub(book, `fuzz-${epubs}`);
        // As EPUBCheck's exit status judges a book: warnings alone pass it.
        return complaints.some((line) => /^(FATAL|ERROR)/.test(line)) ? [...quick, ...complaints.slice(0, EPUBCHECK_LINES_KEPT)] : quick;
      },
    },
  ];
}

// ---------------------------------------------------------------- runs

export interface Finding {
  target: string;
  kind: "crash" | "invalid output" | "unclear rejection";
  detail: string;
  input: string;
}

export interface FuzzReport {
  inputs: Record<string, { runs: number; accepted: number; rejected: number }>;
  articles: Record<string, { articles: number; outputs: number }>;
  findings: Finding[];
}

const show = (value: unknown) =>
  (typeof value === "string" ? JSON.stringify(value) : Buffer.from(value as Uint8Array).toString("base64")).slice(0, 400);

/** How one reader handled one input: what is wrong with it, or whether it read the input or refused it clearly. */
type ReaderOutcome = { finding: Omit<Finding, "input"> } | { finding?: undefined; accepted: boolean };

/** One reader's handling of one input, read once. */
function readerOutcome(reader: Reader, input: string | Uint8Array): ReaderOutcome {
  let result: Article | Article[];
  try {
    result = reader.read(input);
  } catch (error) {
    if (isDatelineError(error) && error.describe().trim().length > 10) return { accepted: false };
    return {
      finding: {
        target: reader.name,
        kind: isDatelineError(error) ? "unclear rejection" : "crash",
        detail: String((error as Error)?.stack ?? error),
      },
    };
  }
  for (const article of [result].flat()) {
    const check = safeParseArticle(article);
    if (!check.success) return { finding: { target: reader.name, kind: "invalid output", detail: check.error.describe() } };
  }
  return { accepted: true };
}

/**
 * Generate `count` inputs for every reader and `count` articles for every exporter, with a fixed seed.
 * EPUB books go to `checkEpub`; without one, the run starts its own EPUBCheck JVM for all its books.
 */
export async function fuzz(
  count: number,
  seed: number,
  log: (line: string) => void = () => {},
  checkEpub?: EpubChecker,
): Promise<FuzzReport> {
  if (checkEpub) return fuzzWith(count, seed, log, checkEpub);
  const epubcheck = startEpubcheck();
  try {
    return await fuzzWith(count, seed, log, (book, label) => epubcheck.check(book, label));
  } finally {
    await epubcheck.close();
  }
}

async function fuzzWith(count: number, seed: number, log: (line: string) => void, checkEpub: EpubChecker): Promise<FuzzReport> {
  const report: FuzzReport = { inputs: {}, articles: {}, findings: [] };
  for (const reader of READERS) {
    const stats = { runs: 0, accepted: 0, rejected: 0 };
    for (const input of fc.sample(reader.input, { numRuns: count, seed })) {
      stats.runs++;
      const outcome = readerOutcome(reader, input);
      if (outcome.finding) report.findings.push({ ...outcome.finding, input: show(input) });
      else if (outcome.accepted) stats.accepted++;
      else stats.rejected++;
    }
    report.inputs[reader.name] = stats;
    log(`reader ${reader.name}: ${stats.runs} inputs, ${stats.accepted} accepted, ${stats.rejected} rejected with a DatelineError`);
  }
  const articles = fc.sample(anyArticle, { numRuns: count, seed });
  for (const exporter of exporters(checkEpub)) {
    const stats = { articles: 0, outputs: 0 };
    for (let start = 0; start < articles.length; start += exporter.batch) {
      const batch = articles.slice(start, start + exporter.batch);
      try {
        const problems = await exporter.check(batch);
        if (problems.length > 0)
          report.findings.push({
            target: exporter.name,
            kind: "invalid output",
            detail: problems.join("\n"),
            input: JSON.stringify(batch).slice(0, 2000),
          });
      } catch (error) {
        report.findings.push({
          target: exporter.name,
          kind: "crash",
          detail: String((error as Error)?.stack ?? error),
          input: JSON.stringify(batch).slice(0, 2000),
        });
      }
      stats.articles += batch.length;
      stats.outputs++;
    }
    report.articles[exporter.name] = stats;
    log(`exporter ${exporter.name}: ${stats.articles} articles in ${stats.outputs} outputs`);
  }
  return report;
}
