import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { spawnGuarded } from "@dateline/test-kit";
import { afterAll, describe, expect, it } from "vitest";
import { cli, fixtures, repo, scratch } from "./_run.js";

const work = scratch("loading");
afterAll(work.cleanup);

const moduleLog = join(import.meta.dirname, "_module-log.mjs");
/**
 * The repository as a URL: the patterns below read a module's URL from here down, since a folder above the
 * clone (one named packages/html, say) would otherwise match them in every module.
 */
const repoUrl = pathToFileURL(repo).href;

/** The files (packages and the CLI's own) a run of the built CLI imported, as paths below node_modules or the repository. */
function modulesLoaded(args: readonly string[]): string[] {
  const log = work.file(`modules-${args.join("-").replace(/\W+/g, "_")}.log`, "");
  const result = spawnGuarded(process.execPath, ["--import", moduleLog, cli, ...args], {
    encoding: "utf8",
    env: { ...process.env, DATELINE_MODULE_LOG: log, SOURCE_DATE_EPOCH: "1741824000" },
  });
  expect(result.status, result.stderr).toBe(0);
  return readFileSync(log, "utf8")
    .split("\n")
    .filter((url) => url.startsWith("file:"))
    .map((url) => (url.startsWith(`${repoUrl}/`) ? url.slice(repoUrl.length) : url));
}

const loads = (modules: readonly string[], pattern: RegExp) => modules.filter((url) => pattern.test(url));

/** The readers' parsers, the language detector, the exporters' engines and the schema's validator. */
const READER_LIBRARIES = /node_modules\/(parse5|markdown-it|franc-min|fast-xml-parser|yaml|smol-toml)\//;
const EXPORTERS = /\/packages\/(pdf|epub|rss|jsonld|html)\/|node_modules\/(pdfkit|fontkit|fflate)\//;

// The command loads what it needs and nothing more: start-up time is most of what a one-article run costs.
describe("each command loads only what it uses", () => {
  it("--help, --version and a command's --help load only the entry's files (the answers the build stored)", () => {
    for (const args of [["--help"], ["--version"], ["build", "--help"]]) {
      const modules = modulesLoaded(args);
      expect(modules.map((url) => url.replace(/.*\/dist\//, ""))).toEqual(["cli.js", "_quick-answers.js", "_stdout.js"]);
    }
  });

  it("a help question commander answers loads no reader, exporter or zod", () => {
    const modules = modulesLoaded(["--debug", "--help"]);
    expect(loads(modules, /commander/).length).toBeGreaterThan(0);
    expect(loads(modules, READER_LIBRARIES)).toEqual([]);
    expect(loads(modules, EXPORTERS)).toEqual([]);
    expect(loads(modules, /node_modules\/zod\//)).toEqual([]);
  });

  it("an article JSON built as EPUB loads the EPUB exporter and no reader of another kind, nor the PDF engine", () => {
    const source = join(fixtures, "json-source-with-inline-links");
    const modules = modulesLoaded(["build", source, "--out", join(work.dir, "epub"), "--format", "epub"]);
    expect(loads(modules, /\/packages\/epub\//).length).toBeGreaterThan(0);
    expect(loads(modules, READER_LIBRARIES)).toEqual([]);
    expect(loads(modules, /node_modules\/(pdfkit|fontkit)\/|\/packages\/(pdf|rss|jsonld)\//)).toEqual([]);
  });

  it("JSON-LD files named after a Latin headline load no transliteration tables; an Arabic one does", () => {
    const transliteration = /node_modules\/@sindresorhus\//;
    const latin = join(fixtures, "json-source-with-inline-links");
    expect(loads(modulesLoaded(["build", latin, "--out", join(work.dir, "latin"), "--format", "jsonld"]), transliteration)).toEqual([]);
    const arabic = join(fixtures, "right-to-left-arabic-page");
    const modules = modulesLoaded(["build", arabic, "--out", join(work.dir, "arabic"), "--format", "jsonld"]);
    expect(loads(modules, transliteration).length).toBeGreaterThan(0);
  });

  it("a plain-text page parsed to JSON loads the language detector and no other kind's parser, the feeds' XML one too", () => {
    const source = join(fixtures, "no-subheadings-no-captions", "source.txt");
    const modules = modulesLoaded(["parse", source]);
    expect(loads(modules, /node_modules\/franc-min\//).length).toBeGreaterThan(0);
    expect(loads(modules, /node_modules\/(parse5|markdown-it|fast-xml-parser|yaml|smol-toml)\//)).toEqual([]);
    expect(loads(modules, EXPORTERS)).toEqual([]);
  });

  it("a Markdown post loads the Markdown reader's libraries", () => {
    const source = join(fixtures, "markdown-hugo-toml-front-matter");
    const modules = modulesLoaded(["build", source, "--out", join(work.dir, "json"), "--format", "json"]);
    expect(loads(modules, /node_modules\/(markdown-it|smol-toml)\//).length).toBeGreaterThan(0);
    expect(loads(modules, EXPORTERS)).toEqual([]);
  });
});
