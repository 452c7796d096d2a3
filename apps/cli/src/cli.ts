#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { parseSize } from "./_io.js";
import { EXIT_INPUT, EXIT_USAGE, reportError, setDebug, warn } from "./_report.js";
import { FORMATS } from "./formats/index.js";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };

function sizeOption(value: string): number {
  try {
    return parseSize(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

function formatsOption(value: string): string[] {
  const names = value.split(",").map((name) => name.trim().toLowerCase()).filter(Boolean);
  const known = FORMATS.map((format) => format.name);
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new InvalidArgumentError(`unknown format ${unknown.join(", ")}; choose from ${known.join(", ")}`);
  return names;
}

const program = new Command()
  .name("dateline")
  .description("Turn news articles into PDF, EPUB, RSS and JSON-LD.")
  .version(version)
  .option("--debug", "print stack traces with errors")
  .showHelpAfterError("(run with --help for usage)")
  .exitOverride();

program.hook("preAction", (command) => setDebug(Boolean(command.opts().debug)));

const maxSize = new Option("--max-size <size>", "refuse sources larger than this (default 10MB)").argParser(sizeOption);

program
  .command("parse")
  .description("read a source document (plain-text page or article JSON; - for stdin) and print the article JSON")
  .argument("<source>", "file to read, or - for standard input")
  .option("--meta <file>", "metadata JSON for the article (default: meta.json beside the source)")
  .addOption(maxSize)
  .action(async (source: string, opts: { meta?: string; maxSize?: number }) => {
    const { parseCommand } = await import("./commands/parse.js");
    process.exitCode = await parseCommand(source, { ...(opts.meta ? { metaPath: opts.meta } : {}), ...(opts.maxSize ? { maxBytes: opts.maxSize } : {}) });
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
  .argument("<files...>", "article JSON files (- for stdin)")
  .action(async (files: string[]) => {
    const { validateCommand } = await import("./commands/validate.js");
    process.exitCode = await validateCommand(files);
  });

program
  .command("build")
  .description("build outputs from sources (files or folders of them)")
  .argument("<sources...>", "plain-text pages, article JSON files, or folders holding them")
  .requiredOption("-o, --out <dir>", "folder to write outputs into")
  .option("-f, --format <list>", `comma-separated formats: ${FORMATS.map((f) => f.name).join(", ")}`, formatsOption, FORMATS.map((f) => f.name))
  .option("--meta <file>", "metadata JSON applied to every text source")
  .addOption(maxSize)
  .option("--title <text>", "briefing title (PDF, EPUB)")
  .option("--edition <text>", "edition or date line under the title (PDF, EPUB)")
  .addOption(new Option("--page-size <size>", "PDF page size").choices(["A4", "Letter"]).default("A4"))
  .option("--no-contents", "leave out the PDF contents page")
  .option("--site-url <url>", "RSS channel link (default: the publisher's URL)")
  .option("--feed-url <url>", "RSS feed's own URL, for atom:link rel=self")
  .option("--feed-title <text>", "RSS channel title")
  .option("--feed-description <text>", "RSS channel description")
  .option("--graph", "JSON-LD as a linked @graph of WebPage, Organization, Person and NewsArticle")
  .option("--include-body", "JSON-LD includes articleBody")
  .action(async (sources: string[], opts: Record<string, unknown>) => {
    const { buildCommand } = await import("./commands/build.js");
    const text = (key: string) => (typeof opts[key] === "string" ? { [key]: opts[key] as string } : {});
    process.exitCode = await buildCommand(sources, {
      out: opts.out as string,
      formats: opts.format as string[],
      ...(opts.meta ? { metaPath: opts.meta as string } : {}),
      ...(opts.maxSize ? { maxBytes: opts.maxSize as number } : {}),
      settings: {
        ...text("title"),
        ...text("edition"),
        ...text("siteUrl"),
        ...text("feedUrl"),
        ...text("feedTitle"),
        ...text("feedDescription"),
        pageSize: opts.pageSize as "A4" | "Letter",
        contents: opts.contents !== false,
        graph: Boolean(opts.graph),
        includeBody: Boolean(opts.includeBody),
        onWarning: warn,
      },
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
