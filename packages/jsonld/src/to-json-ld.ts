import { blockText, DatelineError, encodeUrl, wordCount, type Article } from "@dateline/schema";
import type { Graph, IdReference, ImageObject, NewsArticle, Organization, Person, Thing, WebPage, WithContext } from "schema-dts";
import { articleIds, authorId, authorNode, imageNode, leadImage, organizationId, organizationNode } from "./_nodes.js";

export interface JsonLdOptions {
  /**
   * Describe the page as a `@graph` of WebPage, NewsArticle, ImageObject,
   * Organization and Person nodes linked by `@id`, instead of one nested
   * NewsArticle. Default false.
   */
  graph?: boolean;
  /** Add the running text as `articleBody`. Default false: the page already shows it, and it multiplies the size of the markup. */
  includeBody?: boolean;
  /**
   * Value of `isAccessibleForFree` for an article that does not say it
   * itself (its own `isAccessibleForFree` wins). Default: none is written,
   * since a guess would be a false statement to search engines.
   */
  isAccessibleForFree?: boolean;
}

interface Settings {
  graph: boolean;
  includeBody: boolean;
  isAccessibleForFree: boolean | undefined;
}

function flag(options: JsonLdOptions, name: keyof JsonLdOptions, fallback: boolean): boolean;
function flag(options: JsonLdOptions, name: keyof JsonLdOptions, fallback: undefined): boolean | undefined;
function flag(options: JsonLdOptions, name: keyof JsonLdOptions, fallback: boolean | undefined): boolean | undefined {
  const value: unknown = options[name];
  if (value === undefined) return fallback;
  // Callers outside TypeScript (the CLI, config files) may pass "false", which would read as true.
  if (typeof value !== "boolean") {
    throw new DatelineError("INVALID_OPTION", `jsonld: option "${name}" must be true or false, not ${JSON.stringify(value)}`, {
      hint: `pass ${name}: true or ${name}: false, or leave it out for the default (${fallback ?? "none"})`,
    });
  }
  return value;
}

function settingsOf(options: JsonLdOptions): Settings {
  return {
    graph: flag(options, "graph", false),
    includeBody: flag(options, "includeBody", false),
    isAccessibleForFree: flag(options, "isAccessibleForFree", undefined),
  };
}

function accessibility(free: boolean | undefined): { isAccessibleForFree?: boolean } {
  return free === undefined ? {} : { isAccessibleForFree: free };
}

/** The running text, made of the same blocks `wordCount` counts, so the two agree. */
function articleBody(article: Article): string {
  return article.body
    .filter((block) => block.type !== "figure" && block.type !== "related")
    .map(blockText)
    .join("\n\n");
}

/** What the NewsArticle points at: nested nodes in the plain form, `{ "@id" }` references in a graph. */
interface Links {
  id: string | undefined;
  image: ImageObject | IdReference | undefined;
  author: (Person | Organization | IdReference)[];
  publisher: Organization | IdReference | undefined;
  mainEntityOfPage: WebPage | IdReference | undefined;
}

function newsArticle(article: Article, settings: Settings, links: Links): NewsArticle {
  return {
    "@type": "NewsArticle",
    ...(links.id ? { "@id": links.id } : {}),
    headline: article.headline,
    ...(article.description ? { description: article.description } : {}),
    ...(links.image ? { image: links.image } : {}),
    ...(article.datePublished ? { datePublished: article.datePublished } : {}),
    ...(article.dateModified ? { dateModified: article.dateModified } : {}),
    ...(links.author.length > 0 ? { author: links.author } : {}),
    ...(links.publisher ? { publisher: links.publisher } : {}),
    ...(article.inLanguage ? { inLanguage: article.inLanguage } : {}),
    ...(links.mainEntityOfPage ? { mainEntityOfPage: links.mainEntityOfPage } : {}),
    ...(article.section ? { articleSection: article.section } : {}),
    ...(article.keywords && article.keywords.length > 0 ? { keywords: [...article.keywords] } : {}),
    wordCount: wordCount(article),
    ...accessibility(article.isAccessibleForFree ?? settings.isAccessibleForFree),
    ...(settings.includeBody ? { articleBody: articleBody(article) } : {}),
  };
}

function webPageNode(article: Article & { url: string }, id: string, image: IdReference | undefined): WebPage {
  return {
    "@type": "WebPage",
    "@id": id,
    url: article.url,
    name: article.headline,
    ...(article.inLanguage ? { inLanguage: article.inLanguage } : {}),
    ...(image ? { primaryImageOfPage: image } : {}),
  };
}

function nested(article: Article, settings: Settings): WithContext<NewsArticle> {
  const ids = articleIds(article, false);
  const figure = leadImage(article);
  const node = newsArticle(article, settings, {
    id: ids("article"),
    image: figure ? imageNode(figure, undefined) : undefined,
    author: (article.authors ?? []).map((author) => authorNode(author, undefined)),
    publisher: article.publisher ? organizationNode(article.publisher, undefined) : undefined,
    mainEntityOfPage: article.url ? { "@type": "WebPage", "@id": ids("webpage")!, url: article.url } : undefined,
  });
  return { "@context": "https://schema.org", ...node };
}

function reference(id: string | undefined): IdReference | undefined {
  return id ? { "@id": id } : undefined;
}

function graphOf(article: Article, settings: Settings): Graph {
  const ids = articleIds(article, true);
  const figure = leadImage(article);
  const imageId = figure ? ids("primaryimage") : undefined;
  const publisherId = article.publisher ? organizationId(article.publisher, ids("publisher")) : undefined;
  const authors = (article.authors ?? []).map((party, index) => ({ party, id: authorId(party, ids(`author-${index + 1}`))! }));
  // Order fixes the output: page, article, image, then publisher and authors.
  const nodes: Thing[] = [];
  if (article.url) nodes.push(webPageNode({ ...article, url: article.url }, ids("webpage")!, reference(imageId)));
  nodes.push(
    newsArticle(article, settings, {
      id: ids("article"),
      image: reference(imageId),
      author: authors.map(({ id }) => ({ "@id": id })),
      publisher: reference(publisherId),
      mainEntityOfPage: reference(article.url ? ids("webpage") : undefined),
    }),
  );
  if (figure) nodes.push(imageNode(figure, imageId));
  // An author who is also the publisher (same site) is one node; its first description wins.
  const parties = article.publisher ? [{ party: article.publisher, id: publisherId! }, ...authors] : authors;
  const described = new Set<string>();
  for (const { party, id } of parties) {
    if (described.has(id)) continue;
    described.add(id);
    nodes.push(authorNode(party, id));
  }
  return { "@context": "https://schema.org", "@graph": nodes };
}

/**
 * schema.org NewsArticle structured data for one article, as a plain object
 * ready for `JSON.stringify`. Only facts the article holds are stated;
 * `jsonLdWarnings` lists what search engines would like and the article lacks.
 * Key order is fixed, so the same article always gives the same bytes.
 */
export function toJsonLd(article: Article, options: JsonLdOptions & { graph: true }): Graph;
export function toJsonLd(article: Article, options?: JsonLdOptions & { graph?: false }): WithContext<NewsArticle>;
export function toJsonLd(article: Article, options?: JsonLdOptions): WithContext<NewsArticle> | Graph;
export function toJsonLd(article: Article, options: JsonLdOptions = {}): WithContext<NewsArticle> | Graph {
  const settings = settingsOf(options);
  return encodeUrls(settings.graph ? graphOf(article, settings) : nested(article, settings));
}

/** Properties whose values are URLs (or IRIs) in the nodes this package writes. */
const URL_KEYS = new Set(["url", "@id", "logo", "sameAs"]);

/** Every http(s) URL of the description in the form of `encodeUrl`: percent-encoded, IDNA host. */
function encodeUrls<T>(value: T, key?: string): T {
  if (typeof value === "string") return (key && URL_KEYS.has(key) && /^https?:/i.test(value) ? encodeUrl(value) : value) as T;
  if (Array.isArray(value)) return value.map((item) => encodeUrls(item, key)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, encodeUrls(inner, name)])) as T;
  }
  return value;
}
