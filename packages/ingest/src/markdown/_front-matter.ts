import { DatelineError } from "@dateline/schema";
import { parse as parseToml, TomlError } from "smol-toml";
import { parseDocument } from "yaml";

export interface FrontMatter {
  data: Record<string, unknown>;
  /** The Markdown after the closing fence. */
  body: string;
}

/** `---` opens YAML front matter, `+++` TOML (Hugo); the same fence closes it. */
const FENCE = /^(---|\+\+\+)[ \t]*\n/;

/** Front matter is a page of settings; more than this is a wrong file or an attack on the parser. */
const MAX_FRONT_MATTER_CHARS = 256 * 1024;

/** Split the front matter off a post and parse it; a post without any has empty data. */
export function splitFrontMatter(markdown: string, source: string | undefined): FrontMatter {
  const open = FENCE.exec(markdown);
  if (!open) return { data: {}, body: markdown };
  const fence = open[1]!;
  const closing = new RegExp(`\\n${fence === "+++" ? "\\+\\+\\+" : "---"}[ \\t]*(?:\\n|$)`).exec(markdown.slice(open[0].length - 1));
  if (!closing) return { data: {}, body: markdown };
  const rawEnd = open[0].length - 1 + closing.index;
  const raw = markdown.slice(open[0].length, rawEnd + 1);
  const body = markdown.slice(rawEnd + closing[0].length);
  const where = source ? { source } : {};
  if (raw.length > MAX_FRONT_MATTER_CHARS) {
    throw new DatelineError("INVALID_FRONT_MATTER", `front matter is over ${MAX_FRONT_MATTER_CHARS / 1024} KB`, {
      ...where,
      hint: "front matter holds a post's settings; move long text into the body",
    });
  }
  const data = fence === "+++" ? parseTomlFrontMatter(raw, where) : parseYamlFrontMatter(raw, where);
  return { data, body };
}

/** The file line of a front matter line: the opening fence is line 1. */
const fileLine = (frontMatterLine: number) => frontMatterLine + 1;

function parseYamlFrontMatter(raw: string, where: { source?: string }): Record<string, unknown> {
  // Aliases are expanded with a ceiling so a "billion laughs" document cannot exhaust memory.
  const document = parseDocument(raw, { prettyErrors: false, uniqueKeys: false });
  const error = document.errors[0];
  if (error) {
    const line = raw.slice(0, error.pos[0]).split("\n").length;
    throw new DatelineError(
      "INVALID_FRONT_MATTER",
      `YAML front matter is broken at line ${fileLine(line)}: ${error.message.split("\n")[0]}`,
      { ...where, cause: error, hint: "fix the YAML between the --- lines (a value with a colon needs quotes)" },
    );
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    throw new DatelineError("INVALID_FRONT_MATTER", `YAML front matter cannot be read: ${(cause as Error).message}`, { ...where, cause });
  }
  return asRecord(data, "YAML", where);
}

function parseTomlFrontMatter(raw: string, where: { source?: string }): Record<string, unknown> {
  try {
    return asRecord(parseToml(raw), "TOML", where);
  } catch (cause) {
    if (!(cause instanceof TomlError)) throw cause;
    const reason = cause.message.split("\n")[0]!.replace(/^Invalid TOML document:\s*/i, "");
    throw new DatelineError("INVALID_FRONT_MATTER", `TOML front matter is broken at line ${fileLine(cause.line)}: ${reason}`, {
      ...where,
      cause,
      hint: "fix the TOML between the +++ lines (strings need quotes)",
    });
  }
}

function asRecord(value: unknown, language: string, where: { source?: string }): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  if (typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  throw new DatelineError("INVALID_FRONT_MATTER", `${language} front matter must be a map of keys to values`, {
    ...where,
    hint: "write one `key: value` per line, e.g. title: My post",
  });
}
