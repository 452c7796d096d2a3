import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { parseSize } from "./_io.js";
import { EXIT_INPUT, EXIT_USAGE, note, reportError, setDebug, setVerbose, summariseWarnings, warn, warningCount } from "./_report.js";
import { version } from "./_version.js";
import { nameFlags } from "./formats/_flags.js";
import { type BuildSettings, FORMATS } from "./formats/index.js";
import { SOURCE_KINDS, type SourceKind } from "@dateline/ingest/source-kinds";

function sizeOption(value: string): number {
  try {
    return parseSize(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

function formatsOption(value: string): string[] {
  const names = value
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const known = FORMATS.map((format) => format.name);
  if (names.length === 0) throw new InvalidArgumentError(`no format given; choose from ${known.join(", ")}`);
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new InvalidArgumentError(`unknown format ${unknown.join(", ")}; choose from ${known.join(", ")}`);
  return names;
}

/**
 * The longest --timeout: a download that takes a day is a hung one, and Node fires a timer of more than
 * 2^31 - 1 ms (about 24.8 days) at once, so a larger value would give up on every download straight away.
 */
const MAX_TIMEOUT_SECONDS = 86_400;

function secondsOption(value: string): number {
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_TIMEOUT_SECONDS) {
    throw new InvalidArgumentError(`must be a number of seconds above 0 and at most ${MAX_TIMEOUT_SECONDS} (a day), e.g. 30`);
  }
  return seconds;
}

function pageUrlOption(value: string): string {
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
    throw new InvalidArgumentError("must be an absolute http(s) address, e.g. https://news.example.com/2026/03/story");
  }
  return value;
}

const DURATION_UNITS_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/**
 * --since: "24h", "90m", "7d", "2w" back from now, or an ISO date. Now is SOURCE_DATE_EPOCH when
 * set, so a build can be repeated with the same result.
 */
function sinceOption(value: string): number {
  const duration = /^(\d+)\s*([mhdw])$/i.exec(value.trim());
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const now = Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? epoch * 1000 : Date.now();
  if (duration) return now - Number(duration[1]) * DURATION_UNITS_MS[duration[2]!.toLowerCase()]!;
  const instant = Date.parse(value);
  if (/^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(instant)) return instant;
  throw new InvalidArgumentError("must be a duration such as 24h, 90m, 7d, or a date such as 2025-10-01");
}

function countOption(value: string): number {
  const count = Number(value);
  if (value.trim() === "" || !Number.isInteger(count) || count < 0)
    throw new InvalidArgumentError("must be a whole number (0 for no limit)");
  return count;
}

/** Options every command that reads sources takes. */
function sourceOptions(command: Command): Command {
  return command
    .option(
      "--meta <file>",
      "metadata JSON whose fields win (site-wide for Markdown and feeds; default: meta.json or <name>.meta.json beside each)",
    )
    .addOption(new Option("--max-size <size>", "refuse sources and downloads larger than this (default 10MB)").argParser(sizeOption))
    .addOption(
      new Option(
        "--url <url>",
        "the address of a local HTML page: resolves its relative links; its url unless the page names one",
      ).argParser(pageUrlOption),
    )
    .addOption(new Option("--timeout <seconds>", "give up on a download after this long (default 20)").argParser(secondsOption))
    .addOption(
      new Option("--connect-timeout <seconds>", "give up on a server that sends no answer within this long (default 10)").argParser(
        secondsOption,
      ),
    )
    .addOption(new Option("--from <kind>", "read every source as this kind instead of sniffing its content").choices(SOURCE_KINDS))
    .option("--drafts", "read Markdown posts marked draft: true (skipped by default)")
    .option("--follow", "fetch the page of each feed item that carries only a summary");
}

/** Options of the feed's channel, shared by `build` and `feed add`. */
function channelOptions(command: Command): Command {
  return command
    .option("--site-url <url>", "RSS channel link (default: the publisher's URL)")
    .option("--feed-url <url>", "where the feed is published, for atom:link rel=self")
    .option("--feed-title <text>", "RSS channel title (default: the publisher's name)")
    .option("--feed-description <text>", "RSS channel description")
    .option(
      "--feed-config <file>",
      "JSON file of channel settings (title, link, description, feedUrl, language, image, generator); flags win",
    )
    .option("--images <file|fetch>", "pictures to embed: a JSON map of image URL → local file, or fetch to download them");
}

type Flags = Record<string, unknown>;

function loadOptions(flags: Flags) {
  return {
    ...(flags.meta ? { metaPath: flags.meta as string } : {}),
    ...(flags.maxSize ? { maxBytes: flags.maxSize as number } : {}),
    ...(flags.url ? { url: flags.url as string } : {}),
    ...(flags.timeout ? { timeoutMs: (flags.timeout as number) * 1000 } : {}),
    ...(flags.connectTimeout ? { connectMs: (flags.connectTimeout as number) * 1000 } : {}),
    ...(flags.from ? { from: flags.from as SourceKind } : {}),
    ...(flags.drafts ? { drafts: true } : {}),
    ...(flags.follow ? { follow: true } : {}),
  };
}

async function buildSettings(flags: Flags): Promise<BuildSettings> {
  const text = (key: string) => (typeof flags[key] === "string" ? { [key]: flags[key] as string } : {});
  const { imagesRequest } = await import("./_images.js");
  const { loadFeedConfig } = await import("./_feed-config.js");
  return {
    ...text("title"),
    ...text("edition"),
    ...(typeof flags.lang === "string" ? { language: flags.lang } : {}),
    ...text("siteUrl"),
    ...text("feedUrl"),
    ...text("feedTitle"),
    ...text("feedDescription"),
    ...(typeof flags.images === "string" ? { images: await imagesRequest(flags.images) } : {}),
    ...(typeof flags.feedConfig === "string" ? { feedConfig: await loadFeedConfig(flags.feedConfig) } : {}),
    ...(flags.pageSize ? { pageSize: flags.pageSize as "A4" | "Letter" } : {}),
    contents: flags.contents !== false,
    graph: Boolean(flags.graph),
    includeBody: Boolean(flags.includeBody),
    onWarning: (message: string) => warn(nameFlags(message)),
    onAdvice: note,
  };
}

/** The whole command line. Building it runs nothing: `main` parses and runs it. */
export const program = new Command()
  .name("dateline")
  .description("Turn news articles into PDF, EPUB, RSS and JSON-LD.")
  .version(version)
  .option("--debug", "print stack traces with errors")
  .option("--verbose", "print every warning and suggestion (without it, repeats of one kind are counted)")
  .option("--strict", "treat warnings as errors: exit 1 when there was any")
  .showHelpAfterError("(run with --help for usage)")
  .exitOverride();

program.hook("preAction", (command) => {
  setDebug(Boolean(command.opts().debug));
  setVerbose(Boolean(command.opts().verbose));
});

sourceOptions(
  program
    .command("parse")
    .description(
      "read a source (HTML page, Markdown post, feed, article JSON or plain-text page) and print the article JSON (an array for a feed)",
    )
    .argument("<source>", "file to read, an http(s) URL, or - for standard input")
    .option("--item <n>", "print only the nth article of a feed (from 1)", countOption),
).action(async (source: string, flags: Flags) => {
  const { parseCommand } = await import("./commands/parse.js");
  process.exitCode = await parseCommand(source, { ...loadOptions(flags), ...(flags.item ? { item: flags.item as number } : {}) });
});

program
  .command("schema")
  .description("print the JSON Schema of a Dateline article")
  .action(async () => {
    const { schemaCommand } = await import("./commands/schema.js");
    process.exitCode = await schemaCommand();
  });

program
  .command("validate")
  .description("check article JSON files against the schema")
  .argument("<files...>", "article JSON files (- for standard input)")
  .action(async (files: string[]) => {
    const { validateCommand } = await import("./commands/validate.js");
    process.exitCode = await validateCommand(files);
  });

channelOptions(
  sourceOptions(
    program
      .command("build")
      .description("build outputs from sources: HTML pages, plain-text pages, article JSON, URLs, or folders of them")
      .argument("<sources...>", "files, http(s) URLs or folders (a folder with source.* inside is one article)")
      .requiredOption("-o, --out <dir>", "folder to write outputs into")
      .option(
        "-f, --format <list>",
        `comma-separated formats: ${FORMATS.map((f) => f.name).join(", ")}`,
        formatsOption,
        FORMATS.map((f) => f.name),
      ),
  ),
)
  .option("--title <text>", "briefing title (PDF, EPUB)")
  .option("--edition <text>", "edition or date line under the title (PDF, EPUB)")
  .option("--lang <tag>", "language of the briefing's own words, e.g. fr (PDF, EPUB; default: most articles' language, else English)")
  .addOption(new Option("--page-size <size>", "PDF page size").choices(["A4", "Letter"]).default("A4"))
  .option("--no-contents", "leave out the PDF contents page")
  .option("--graph", "JSON-LD as a linked @graph of WebPage, Organization, Person and NewsArticle")
  .option("--include-body", "JSON-LD includes articleBody")
  .option("--since <when>", "keep articles published since then: 24h, 7d, or a date (a briefing from feeds)", sinceOption)
  .option("--limit <count>", "keep at most this many articles, newest first", countOption)
  .action(async (sources: string[], flags: Flags) => {
    const { buildCommand } = await import("./commands/build.js");
    process.exitCode = await buildCommand(sources, {
      ...loadOptions(flags),
      ...(flags.since !== undefined ? { sinceMs: flags.since as number } : {}),
      ...(flags.limit !== undefined ? { limit: flags.limit as number } : {}),
      out: flags.out as string,
      formats: flags.format as string[],
      settings: await buildSettings(flags),
    });
  });

const feed = program.command("feed").description("maintain a published RSS feed");
channelOptions(
  sourceOptions(
    feed
      .command("add")
      .description("add articles to a feed file: keeps older items, replaces same-guid items, trims to --max")
      .argument("<sources...>", "files, http(s) URLs or folders of articles to add")
      .requiredOption("--feed <file>", "the feed file to update (created when missing)")
      .option("--max <count>", "keep at most this many items, newest first (0: no limit)", countOption, 50),
  ),
).action(async (sources: string[], flags: Flags) => {
  const { feedAddCommand } = await import("./commands/feed-add.js");
  process.exitCode = await feedAddCommand(sources, {
    ...loadOptions(flags),
    feed: flags.feed as string,
    max: flags.max as number,
    settings: await buildSettings(flags),
  });
});

const jsonld = program.command("jsonld").description("structured data for existing pages");
sourceOptions(
  jsonld
    .command("inject")
    .description("put the article's NewsArticle JSON-LD at the end of each page's <head>, changing no other byte")
    .argument("<pages...>", "HTML pages or folders of them (a built static site)")
    .option("--article <source>", "the article to describe (any source kind); default: read from each page itself")
    .option("--out <dir>", "write the pages into this folder (same relative paths)")
    .option("--in-place", "replace each page (atomically)")
    .option("--graph", "JSON-LD as a linked @graph of WebPage, Organization, Person and NewsArticle")
    .option("--include-body", "JSON-LD includes articleBody")
    .option("--replace", "remove the page's own JSON-LD scripts too (kept by default)"),
).action(async (pages: string[], flags: Flags) => {
  const { jsonLdInjectCommand } = await import("./commands/jsonld-inject.js");
  process.exitCode = await jsonLdInjectCommand(pages, {
    ...loadOptions(flags),
    ...(typeof flags.article === "string" ? { article: flags.article } : {}),
    ...(typeof flags.out === "string" ? { out: flags.out } : {}),
    inPlace: Boolean(flags.inPlace),
    graph: Boolean(flags.graph),
    includeBody: Boolean(flags.includeBody),
    replace: Boolean(flags.replace),
  });
});

/** Run the command line `argv` (as `process.argv`: node, script, arguments) and set the exit code. */
export async function main(argv: readonly string[]): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
    } else {
      reportError(error);
      process.exitCode = EXIT_INPUT;
    }
  }
  summariseWarnings();
  if (program.opts().strict && warningCount() > 0 && !process.exitCode) {
    process.stderr.write(`error: ${warningCount()} warning${warningCount() === 1 ? "" : "s"}, and --strict treats them as errors\n`);
    process.exitCode = EXIT_INPUT;
  }
}
