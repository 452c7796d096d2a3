#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { parseSize } from "./_io.js";
import { EXIT_INPUT, EXIT_USAGE, note, reportError, setDebug, setVerbose, summariseWarnings, warn, warningCount } from "./_report.js";
import { nameFlags } from "./formats/_flags.js";
import { type BuildSettings, FORMATS } from "./formats/index.js";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };

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

function countOption(value: string): number {
  const count = Number(value);
  if (value.trim() === "" || !Number.isInteger(count) || count < 0)
    throw new InvalidArgumentError("must be a whole number (0 for no limit)");
  return count;
}

/** Options every command that reads sources takes. */
function sourceOptions(command: Command): Command {
  return command
    .option("--meta <file>", "metadata JSON for text sources (default: meta.json or <name>.meta.json beside each)")
    .addOption(new Option("--max-size <size>", "refuse sources larger than this (default 10MB)").argParser(sizeOption));
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
    .option("--images <file>", "JSON map of image URL → local file, for embedding pictures");
}

type Flags = Record<string, unknown>;

function loadOptions(flags: Flags) {
  return { ...(flags.meta ? { metaPath: flags.meta as string } : {}), ...(flags.maxSize ? { maxBytes: flags.maxSize as number } : {}) };
}

async function buildSettings(flags: Flags): Promise<BuildSettings> {
  const text = (key: string) => (typeof flags[key] === "string" ? { [key]: flags[key] as string } : {});
  const { loadImageMap } = await import("./_images.js");
  const { loadFeedConfig } = await import("./_feed-config.js");
  return {
    ...text("title"),
    ...text("edition"),
    ...text("siteUrl"),
    ...text("feedUrl"),
    ...text("feedTitle"),
    ...text("feedDescription"),
    ...(typeof flags.images === "string" ? { images: await loadImageMap(flags.images) } : {}),
    ...(typeof flags.feedConfig === "string" ? { feedConfig: await loadFeedConfig(flags.feedConfig) } : {}),
    ...(flags.pageSize ? { pageSize: flags.pageSize as "A4" | "Letter" } : {}),
    contents: flags.contents !== false,
    graph: Boolean(flags.graph),
    includeBody: Boolean(flags.includeBody),
    onWarning: (message: string) => warn(nameFlags(message)),
    onAdvice: note,
  };
}

const program = new Command()
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

// A reader that stops early (`dateline parse x | head -c1`) is not an error: stop quietly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  reportError(error, "standard output");
  process.exit(EXIT_INPUT);
});

sourceOptions(
  program
    .command("parse")
    .description("read a source document (plain-text page or article JSON) and print the article JSON")
    .argument("<source>", "file to read, or - for standard input"),
).action(async (source: string, flags: Flags) => {
  const { parseCommand } = await import("./commands/parse.js");
  process.exitCode = await parseCommand(source, loadOptions(flags));
});

program
  .command("schema")
  .description("print the JSON Schema of a Dateline article")
  .action(async () => {
    const { schemaCommand } = await import("./commands/schema.js");
    process.exitCode = schemaCommand();
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
      .description("build outputs from sources: plain-text pages, article JSON, or folders of them")
      .argument("<sources...>", "files or folders (a folder with source.* inside is one article)")
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
  .addOption(new Option("--page-size <size>", "PDF page size").choices(["A4", "Letter"]).default("A4"))
  .option("--no-contents", "leave out the PDF contents page")
  .option("--graph", "JSON-LD as a linked @graph of WebPage, Organization, Person and NewsArticle")
  .option("--include-body", "JSON-LD includes articleBody")
  .action(async (sources: string[], flags: Flags) => {
    const { buildCommand } = await import("./commands/build.js");
    process.exitCode = await buildCommand(sources, {
      ...loadOptions(flags),
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
      .argument("<sources...>", "files or folders of articles to add")
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

try {
  await program.parseAsync(process.argv);
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
