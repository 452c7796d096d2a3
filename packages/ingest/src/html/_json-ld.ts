import type { Organization } from "@dateline/schema";
import { authorsFromJsonLd } from "./_authors.js";
import { normalizeDate } from "./_dates.js";
import { attr, type Document, findAll, type textOf } from "./_dom.js";
import { cleanText, dedupeNames, keywordList, type PageFacts } from "./_facts.js";
import { absoluteUrl } from "./_urls.js";

type JsonObject = Record<string, unknown>;

/**
 * schema.org types whose node describes the article itself. Everything else
 * in a page's JSON-LD (the WebSite, a BreadcrumbList, an Organization, a
 * VideoObject, the WebPage) is read only when an article node points to it.
 */
const ARTICLE_TYPES = new Set([
  "Article",
  "NewsArticle",
  "BlogPosting",
  "ReportageNewsArticle",
  "AnalysisNewsArticle",
  "OpinionNewsArticle",
  "ReviewNewsArticle",
  "BackgroundNewsArticle",
  "AskPublicNewsArticle",
  "LiveBlogPosting",
  "TechArticle",
  "ScholarlyArticle",
  "SatiricalArticle",
  "AdvertiserContentArticle",
  "Report",
  "SocialMediaPosting",
  "Posting",
]);

/**
 * The page's own structured data, the most trusted source: the publisher
 * wrote it for machines, field by field, so there is nothing to guess (a
 * headline is a headline, an author a Person). Read from every
 * `<script type="application/ld+json">`, with `@graph`s and arrays flattened
 * and `@id` references followed.
 */
export function factsFromJsonLd(document: Document, base: string | undefined): PageFacts {
  const nodes = collectNodes(document);
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node["@id"] === "string" && !byId.has(node["@id"])) byId.set(node["@id"], node);
  // One level of arrays only: an array of arrays says nothing a reader needs, and a deep one must not exhaust the stack.
  const resolveOne = (value: unknown): unknown => {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      const id = (value as JsonObject)["@id"];
      // A reference, or a stub naming its full node elsewhere in the graph: the node's fields fill the gaps.
      if (typeof id === "string" && byId.has(id) && byId.get(id) !== value) return { ...byId.get(id), ...(value as JsonObject) };
    }
    return value;
  };
  const resolve = (value: unknown): unknown => (Array.isArray(value) ? value.map(resolveOne) : resolveOne(value));
  const article = pickArticle(nodes);
  if (!article) return publisherOnly(nodes, base);
  const facts: PageFacts = {};
  const headline = cleanText(article.headline) ?? cleanText(article.name);
  if (headline) facts.headline = headline;
  const description = cleanText(article.description);
  if (description) facts.description = description;
  const image = imageFrom(resolve(article.image), resolve, base);
  if (image) facts.image = image;
  const authors = [resolve(article.author)].flat().flatMap((author) => authorsFromJsonLd(resolve(author), base));
  if (authors.length > 0) facts.authors = dedupeNames(authors);
  const publisher = organizationFrom(resolve(article.publisher), resolve, base);
  if (publisher) facts.publisher = publisher;
  const published = normalizeDate(article.datePublished) ?? normalizeDate(article.dateCreated);
  if (published) facts.datePublished = published;
  const modified = normalizeDate(article.dateModified);
  if (modified) facts.dateModified = modified;
  const language = cleanText(
    typeof article.inLanguage === "object" ? (article.inLanguage as JsonObject)?.alternateName : article.inLanguage,
  );
  if (language) facts.inLanguage = language;
  const section = cleanText([article.articleSection].flat()[0]);
  if (section) facts.section = section;
  const keywords = keywordList(article.keywords);
  if (keywords.length > 0) facts.keywords = keywords;
  const url = absoluteUrl(typeof article.url === "string" ? article.url : undefined, base);
  if (url) facts.url = url;
  if (typeof article.articleBody === "string" && article.articleBody.trim()) facts.articleBody = article.articleBody;
  return facts;
}

/** All JSON-LD objects of the page, `@graph` members and array items included. */
function collectNodes(document: Document): JsonObject[] {
  const scripts = findAll(document, (el) => el.tagName === "script" && attr(el, "type")?.trim().toLowerCase() === "application/ld+json");
  const nodes: JsonObject[] = [];
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(scriptText(script));
    } catch {
      continue; // A broken block says nothing; the meta tags still may.
    }
    const queue: unknown[] = [data];
    while (queue.length > 0) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === "object") {
        const node = item as JsonObject;
        nodes.push(node);
        if (node["@graph"]) queue.push(node["@graph"]);
        // A WebPage may carry the article as its main entity.
        if (node.mainEntity && typeof node.mainEntity === "object") queue.push(node.mainEntity);
      }
    }
  }
  return nodes;
}

function scriptText(script: Parameters<typeof textOf>[0]): string {
  // Raw text of the script, not collapsed: JSON strings keep their spaces.
  return "childNodes" in script ? script.childNodes.map((child) => ("value" in child ? child.value : "")).join("") : "";
}

function typesOf(node: JsonObject): string[] {
  return [node["@type"]]
    .flat()
    .filter((type): type is string => typeof type === "string")
    .map((type) => type.replace(/^.*[/#:]/, ""));
}

/** The article node: of an article type, the one with a headline, the fullest when a page describes several. */
function pickArticle(nodes: JsonObject[]): JsonObject | undefined {
  const articles = nodes.filter((node) => typesOf(node).some((type) => ARTICLE_TYPES.has(type)));
  const withHeadline = articles.filter((node) => cleanText(node.headline) ?? cleanText(node.name));
  const pool = withHeadline.length > 0 ? withHeadline : articles;
  let best: JsonObject | undefined;
  let bestFields = -1;
  for (const node of pool) {
    const fields = ["headline", "author", "datePublished", "image", "publisher", "articleBody", "description"].filter(
      (key) => node[key],
    ).length;
    if (fields > bestFields) {
      best = node;
      bestFields = fields;
    }
  }
  if (!best) return undefined;
  // A WebPage-level node may hold what the article node leaves out (a Yoast graph puts the date there).
  const page = nodes.find((node) => typesOf(node).some((type) => type === "WebPage") && node !== best);
  if (page) {
    for (const key of ["datePublished", "dateModified", "inLanguage"])
      if (best[key] === undefined && page[key] !== undefined) best = { ...best, [key]: page[key] };
  }
  return best;
}

function imageFrom(value: unknown, resolve: (value: unknown) => unknown, base: string | undefined): PageFacts["image"] {
  for (const item of [value].flat()) {
    const resolved = resolve(item);
    if (typeof resolved === "string") {
      const url = absoluteUrl(resolved, base);
      if (url) return { url };
    } else if (resolved && typeof resolved === "object") {
      const node = resolved as JsonObject;
      const url = absoluteUrl(
        typeof node.url === "string" ? node.url : typeof node.contentUrl === "string" ? node.contentUrl : undefined,
        base,
      );
      if (!url) continue;
      const caption = cleanText(node.caption) ?? cleanText(node.description);
      const credit = cleanText(node.creditText) ?? cleanText(typeof node.copyrightHolder === "string" ? node.copyrightHolder : undefined);
      return { url, ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
    }
  }
  return undefined;
}

function organizationFrom(value: unknown, resolve: (value: unknown) => unknown, base: string | undefined): Organization | undefined {
  const node = [value].flat().map(resolve)[0];
  if (typeof node === "string") {
    const name = cleanText(node);
    return name ? { type: "Organization", name } : undefined;
  }
  if (!node || typeof node !== "object") return undefined;
  const object = node as JsonObject;
  const name = cleanText(object.name);
  if (!name) return undefined;
  const url = absoluteUrl(typeof object.url === "string" ? object.url : undefined, base);
  const logo = imageFrom(resolve(object.logo), resolve, base)?.url;
  return { type: "Organization", name, ...(url ? { url } : {}), ...(logo ? { logo } : {}) };
}

/** A page without an article node may still name its publisher (an Organization or WebSite node). */
function publisherOnly(nodes: JsonObject[], base: string | undefined): PageFacts {
  const org = nodes.find((node) => typesOf(node).some((type) => /Organization$/.test(type)));
  const publisher = org ? organizationFrom(org, (value) => value, base) : undefined;
  return publisher ? { publisher } : {};
}
