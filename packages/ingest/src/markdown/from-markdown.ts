import {
  type Article,
  type ArticleMeta,
  type Author,
  type Block,
  DatelineError,
  type Figure,
  parseArticle,
  SCHEMA_VERSION,
} from "@dateline/schema";
import { isoDateFrom, publishedOrUpdated, updateAfter } from "../_dates.js";
import { definedFields } from "../_fields.js";
import { htmlToBlocks } from "../html/from-html.js";
import { parseMeta } from "../meta.js";
import { decode, type DecodeOptions } from "../steps/decode.js";
import { detectLanguage } from "../steps/language.js";
import { markdownBlocks } from "./_blocks.js";
import { splitFrontMatter } from "./_front-matter.js";
import { httpUrl } from "./_inline.js";
import { outOfPage } from "../_detach.js";

export interface FromMarkdownOptions extends DecodeOptions {
  /** Site-wide metadata: its publisher, and `publisher.url` as the base URL of posts; its fields win. */
  meta?: ArticleMeta;
  /** The post's file path, whose name gives the URL's slug when the front matter has none. */
  path?: string;
  /** Read drafts (`draft: true`) too; by default a draft gives no article. */
  drafts?: boolean;
  onWarning?: (message: string) => void;
}

type Data = Record<string, unknown>;

/** The front matter keys of a post's last update, the first given read (Hugo's, Jekyll's, Astro's and others'). */
const MODIFIED_KEYS = ["lastmod", "last_modified_at", "updated", "modified", "dateModified", "updatedDate"];

/**
 * Whether the front matter gives a date other than its update: a published date not read ("date: sometime in May"),
 * or one under a key not read as the published date's ("created: 2025-03-01", "pubDatetime: …"). The post's
 * publication is then there, and its update stands in for none (see `publishedOrUpdated`).
 */
function givesOtherDate(data: Data, published: unknown): boolean {
  return (
    published !== undefined || Object.entries(data).some(([key, value]) => !MODIFIED_KEYS.includes(key) && isoDateFrom(value) !== undefined)
  );
}

/** The first of `keys` the front matter sets, in that order of preference. */
function first(data: Data, keys: readonly string[]): unknown {
  for (const key of keys) if (data[key] !== undefined && data[key] !== null && data[key] !== "") return data[key];
  return undefined;
}

function text(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  if (typeof value === "number") return String(value);
  return undefined;
}

/** Tags and categories come as a list or as one comma-separated string. */
function words(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(words);
  const single = text(value);
  return single
    ? single
        .split(",")
        .map((word) => word.trim())
        .filter(Boolean)
    : [];
}

/** Authors as a name, a list of names, or objects with a name (and a url or link). */
function authorsOf(value: unknown, base: string | undefined): Author[] {
  if (Array.isArray(value)) return value.flatMap((entry) => authorsOf(entry, base));
  const name = text(value);
  if (name) return [{ type: "Person", name }];
  if (value && typeof value === "object") {
    const entry = value as Data;
    const named = text(first(entry, ["name", "display_name", "title"]));
    if (!named) return [];
    const url = httpUrl(text(first(entry, ["url", "link", "website"])), base);
    const type = entry.type === "Organization" ? "Organization" : "Person";
    return [{ type, name: named, ...(url ? { url } : {}) }];
  }
  return [];
}

/** A cover picture as a URL, or an object (Hugo's `cover: { image, alt, caption }`, Astro's `{ src, alt }`). */
function imageOf(value: unknown, base: string | undefined, headline: string): Figure | undefined {
  const entry: Data = typeof value === "string" ? { url: value } : value && typeof value === "object" ? (value as Data) : {};
  const url = httpUrl(text(first(entry, ["url", "src", "image", "path"])), base);
  if (!url) return undefined;
  const alt = text(entry.alt);
  const caption = text(first(entry, ["caption", "title"])) ?? alt ?? headline;
  return { caption, image: { url, ...(alt ? { alt } : {}) } };
}

/** "en_GB" (Hugo's locale style) → "en-GB". */
function languageTag(value: unknown): string | undefined {
  return text(value)?.replace(/_/g, "-");
}

/** The post's slug: `slug`, else its file name without a Jekyll date prefix (a bundle's `index.md` takes its folder's name). */
function slugOf(data: Data, path: string | undefined): string | undefined {
  const given = text(data.slug);
  if (given) return given.replace(/^\/+|\/+$/g, "");
  if (!path || path === "-") return undefined;
  const parts = path.split(/[\\/]/).filter(Boolean);
  let name = parts.at(-1)?.replace(/\.[^.]+$/, "");
  if ((name === "index" || name === "_index") && parts.length > 1) name = parts.at(-2);
  return name?.replace(/^\d{4}-\d{2}-\d{2}-/, "") || undefined;
}

/** The post's URL: `url`/`canonical` (absolute, or resolved against the site), else the site's URL and the slug. */
function urlOf(data: Data, base: string | undefined, path: string | undefined): string | undefined {
  const given = text(first(data, ["canonical", "canonical_url", "canonicalURL", "url", "permalink"]));
  if (given) return httpUrl(given, base);
  const slug = slugOf(data, path);
  if (!base || !slug) return undefined;
  return httpUrl(`${encodeURI(slug)}/`, base.endsWith("/") ? base : `${base}/`);
}

function isDraft(data: Data): boolean {
  return data.draft === true || data.draft === "true" || data.published === false;
}

/**
 * A Markdown post with optional front matter (YAML between `---`, TOML between `+++`) → an
 * article, or undefined for a draft when drafts are not asked for. Front matter keys follow the
 * static site generators (Hugo, Jekyll, Astro, Eleventy); the body is read by markdown-it
 * (CommonMark with GitHub's tables and strikethrough) with footnotes.
 */
export function fromMarkdown(input: string | Uint8Array, options: FromMarkdownOptions = {}): Article | undefined {
  const { meta: givenMeta, path, drafts, onWarning, ...decodeOptions } = options;
  const source = options.source ?? path;
  const where = source ? { source } : {};
  const warn = (message: string) => onWarning?.(source ? `${source}: ${message}` : message);
  const meta = givenMeta ? parseMeta(givenMeta, source) : {};
  const markdown = decode(input, { ...decodeOptions, ...where });
  const { data, body: markdownBody } = splitFrontMatter(markdown, source);
  if (isDraft(data) && !drafts) {
    warn("is a draft (draft: true); skipped, pass --drafts to include it");
    return undefined;
  }
  const base = meta.url ?? meta.publisher?.url;
  const url = meta.url ?? urlOf(data, meta.publisher?.url, path);
  const givenHeadline = text(first(data, ["title", "headline"]));
  const { title, body } = markdownBlocks(
    markdownBody,
    {
      baseUrl: url ?? base,
      // Raw HTML in the post goes through the one HTML → blocks mapping.
      htmlToBlocks: (html) => htmlToBlocks(html, url || base ? { baseUrl: (url ?? base)! } : {}),
      warn,
      headline: givenHeadline,
    },
    givenHeadline === undefined,
  );
  const headline = meta.headline ?? givenHeadline ?? title;
  if (!headline) {
    throw new DatelineError("NO_ARTICLE_FOUND", "the post has no title: no `title` in its front matter and no `#` heading", {
      ...where,
      hint: "add `title: …` to the front matter, or start the post with a `# Heading`",
    });
  }
  if (body.length === 0) {
    throw new DatelineError("NO_ARTICLE_FOUND", "the post has a title but no text under it", {
      ...where,
      hint: "write the post's text under the front matter",
    });
  }
  const keywords = [...new Set(words(first(data, ["tags"])).concat(words(data.categories), words(data.keywords)))];
  const authors = authorsOf(first(data, ["authors", "author"]), base);
  const published = first(data, ["date", "pubDate", "publishDate", "published", "datePublished"]);
  const modified = first(data, MODIFIED_KEYS);
  const language = languageTag(first(data, ["lang", "language", "locale"]));
  const imageValue = first(data, ["image", "cover", "featured_image", "heroImage", "featuredImage"]);
  for (const [label, value] of [
    ["date", published],
    ["last modified date", modified],
  ] as const) {
    if (value !== undefined && !isoDateFrom(value))
      warn(`front matter ${label} "${String(value)}" is not a date Dateline can read; left out`);
  }
  const datePublished =
    meta.datePublished ?? publishedOrUpdated(isoDateFrom(published), givesOtherDate(data, published) ? undefined : isoDateFrom(modified));
  // Checked against the schema: front matter is free-form, so a value may still be out of shape.
  const article = definedFields({
    version: SCHEMA_VERSION,
    id: meta.id ?? text(first(data, ["id", "guid", "uuid"])),
    url,
    headline,
    description: meta.description ?? text(first(data, ["description", "summary", "excerpt", "subtitle"])),
    // A front matter picture is a site asset: its path is relative to the site, not to the post.
    image: meta.image ?? imageOf(imageValue, base ?? url, headline),
    authors: meta.authors ?? (authors.length > 0 ? authors : undefined),
    publisher: meta.publisher,
    datePublished,
    dateModified: meta.dateModified ?? updateAfter(datePublished, isoDateFrom(modified)),
    inLanguage: meta.inLanguage ?? (language && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language) ? language : detectedLanguage(body)),
    section: meta.section ?? text(data.section),
    keywords: meta.keywords ?? (keywords.length > 0 ? keywords : undefined),
    body,
  });
  return outOfPage(input, parseArticle(article, where));
}

function detectedLanguage(body: readonly Block[]): string {
  return detectLanguage(body.flatMap((block) => (block.type === "paragraph" ? [block.text] : []))).code;
}
