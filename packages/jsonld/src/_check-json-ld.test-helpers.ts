// Test-only: checks JSON-LD against the schema.org vocabulary shipped in
// @vocabulary/schema, with no network. Excluded from the build (tsconfig).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import jsonld from "jsonld";

const SCHEMA = "http://schema.org/";
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const RDFS_CLASS = "http://www.w3.org/2000/01/rdf-schema#Class";
const RDF_PROPERTY = "http://www.w3.org/1999/02/22-rdf-syntax-ns#Property";
const SUBCLASS_OF = "http://www.w3.org/2000/01/rdf-schema#subClassOf";

interface Vocabulary {
  classes: Set<string>;
  properties: Set<string>;
  domains: Map<string, string[]>;
  ranges: Map<string, string[]>;
  parents: Map<string, string[]>;
  superseded: Set<string>;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

let cached: Vocabulary | undefined;

/** Classes, properties, domains, ranges and the class tree of schema.org, read from the package's N-Quads file. */
export function vocabulary(): Vocabulary {
  if (cached) return cached;
  const file = createRequire(import.meta.url).resolve("@vocabulary/schema/schema.nq");
  const vocab: Vocabulary = {
    classes: new Set(),
    properties: new Set(),
    domains: new Map(),
    ranges: new Map(),
    parents: new Map(),
    superseded: new Set(),
  };
  const statement = /^<http:\/\/schema\.org\/([^>]+)> <([^>]+)> <([^>]+)>/;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const match = statement.exec(line);
    if (!match) continue;
    const [, term, predicate, object] = match as unknown as [string, string, string, string];
    const target = object.startsWith(SCHEMA) ? object.slice(SCHEMA.length) : object;
    if (predicate === RDF_TYPE && object === RDFS_CLASS) vocab.classes.add(term);
    else if (predicate === RDF_TYPE && object === RDF_PROPERTY) vocab.properties.add(term);
    else if (predicate === `${SCHEMA}domainIncludes`) push(vocab.domains, term, target);
    else if (predicate === `${SCHEMA}rangeIncludes`) push(vocab.ranges, term, target);
    else if (predicate === SUBCLASS_OF) push(vocab.parents, term, target);
    else if (predicate === `${SCHEMA}supersededBy`) vocab.superseded.add(term);
  }
  cached = vocab;
  return vocab;
}

/** A class with every class above it. */
function lineage(vocab: Vocabulary, type: string): Set<string> {
  const seen = new Set<string>();
  const queue = [type];
  while (queue.length > 0) {
    const next = queue.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(vocab.parents.get(next) ?? []));
  }
  return seen;
}

/**
 * A local stand-in for https://schema.org's context. It defines only
 * schema.org terms and has no `@vocab`, so expansion drops any key that is not
 * one of them; URL-valued properties are IRIs, as in the published context.
 */
function localContext(vocab: Vocabulary): Record<string, unknown> {
  const context: Record<string, unknown> = {};
  for (const term of vocab.classes) context[term] = `${SCHEMA}${term}`;
  for (const term of vocab.properties) {
    const ranges = vocab.ranges.get(term) ?? [];
    context[term] = ranges.includes("URL") && !ranges.includes("Text") ? { "@id": `${SCHEMA}${term}`, "@type": "@id" } : `${SCHEMA}${term}`;
  }
  return { "@context": context };
}

const SCHEMA_ORG_CONTEXTS = new Set(["https://schema.org", "https://schema.org/", "http://schema.org", "http://schema.org/"]);

/** Serves schema.org's context from disk and refuses every other URL: tests never touch the network. */
function offlineLoader(vocab: Vocabulary) {
  const document = localContext(vocab);
  return async (url: string) => {
    if (SCHEMA_ORG_CONTEXTS.has(url)) return { contextUrl: undefined, documentUrl: url, document };
    throw new Error(`offline: refused to load ${url}`);
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every property name used anywhere in the document (not keywords). */
function propertyNames(value: Json, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) propertyNames(item, into);
  else if (isObject(value)) {
    for (const [key, inner] of Object.entries(value)) {
      if (!key.startsWith("@")) into.add(key);
      if (key !== "@context") propertyNames(inner, into);
    }
  }
  return into;
}

/** Every node object with its JSON path. */
function nodesOf(value: Json, path: string, into: { node: JsonObject; path: string }[] = []): { node: JsonObject; path: string }[] {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) nodesOf(item, `${path}[${i}]`, into);
  } else if (isObject(value)) {
    if (typeof value["@type"] === "string" || typeof value["@id"] === "string") into.push({ node: value, path });
    for (const [key, inner] of Object.entries(value)) if (key !== "@context") nodesOf(inner, `${path}.${key}`, into);
  }
  return into;
}

function validId(id: string): boolean {
  if (id.startsWith("_:")) return /^_:[A-Za-z0-9][\w.-]*$/.test(id);
  return /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i.test(id) && id.split("#").length <= 2;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function literalFits(value: string | number | boolean, ranges: string[]): boolean {
  if (typeof value === "boolean") return ranges.includes("Boolean");
  if (typeof value === "number") return ranges.includes("Number") || (ranges.includes("Integer") && Number.isInteger(value));
  if (ranges.includes("Text")) return true;
  if (ranges.includes("URL") && /^https?:\/\/[^\s]+$/.test(value)) return true;
  if (ranges.includes("DateTime") && ISO_DATE_TIME.test(value)) return true;
  return ranges.includes("Date") && ISO_DATE.test(value);
}

/**
 * Everything wrong with a JSON-LD document, empty when it is clean:
 * expansion (offline) must succeed, report no loss and keep every key; every type
 * and property must be a current schema.org term; each property's domain must
 * include its node's type and each value must fit its range; ids must be IRIs
 * or blank nodes, and references must point at nodes in the document.
 */
export async function checkJsonLd(document: unknown): Promise<string[]> {
  const vocab = vocabulary();
  const doc = document as Json;
  const problems: string[] = [];
  let expanded: Json;
  try {
    // Every event jsonld.js reports is a loss (a dropped key, a relative id…); collect them all rather than stop at the first as safe mode does.
    const eventHandler = ({ event }: { event: { code: string; message: string; details?: unknown } }) => {
      problems.push(`expansion: ${event.code}: ${event.message} ${JSON.stringify(event.details ?? {})}`);
    };
    expanded = (await jsonld.expand(
      document as jsonld.JsonLdDocument,
      { documentLoader: offlineLoader(vocab), eventHandler } as jsonld.Options.Expand,
    )) as Json;
  } catch (error) {
    const cause = (error as { details?: { cause?: Error } }).details?.cause;
    return [`expansion failed: ${(error as Error).message}${cause ? ` (${cause.message})` : ""}`];
  }
  const kept = propertyNames(expanded);
  for (const key of propertyNames(doc)) if (!kept.has(`${SCHEMA}${key}`)) problems.push(`expansion dropped "${key}"`);

  const nodes = nodesOf(doc, "$");
  const typeOfId = new Map<string, string>();
  for (const { node } of nodes)
    if (typeof node["@id"] === "string" && typeof node["@type"] === "string") typeOfId.set(node["@id"], node["@type"]);

  for (const { node, path } of nodes) {
    const id = node["@id"];
    if (typeof id === "string" && !validId(id)) problems.push(`${path}: @id "${id}" is neither an absolute IRI nor a blank node`);
    const type = typeof node["@type"] === "string" ? node["@type"] : undefined;
    if (!type) {
      if (typeof id === "string" && !typeOfId.has(id)) problems.push(`${path}: reference to "${id}", which no node in the document has`);
      continue;
    }
    if (!vocab.classes.has(type) || vocab.superseded.has(type)) {
      problems.push(`${path}: "${type}" is not a current schema.org type`);
      continue;
    }
    const types = lineage(vocab, type);
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith("@")) continue;
      if (!vocab.properties.has(key) || vocab.superseded.has(key)) {
        problems.push(`${path}: "${key}" is not a current schema.org property`);
        continue;
      }
      if (!(vocab.domains.get(key) ?? []).some((domain) => types.has(domain))) problems.push(`${path}: "${key}" does not apply to ${type}`);
      const ranges = vocab.ranges.get(key) ?? [];
      (Array.isArray(value) ? value : [value]).forEach((item, i) => {
        const where = Array.isArray(value) ? `${path}.${key}[${i}]` : `${path}.${key}`;
        if (isObject(item)) {
          const itemType = typeof item["@type"] === "string" ? item["@type"] : typeOfId.get(String(item["@id"]));
          if (itemType && !ranges.some((range) => lineage(vocab, itemType).has(range)))
            problems.push(`${where}: a ${itemType} is not a valid ${key} (expects ${ranges.join(" or ")})`);
        } else if (item === null || Array.isArray(item) || !literalFits(item, ranges)) {
          problems.push(`${where}: ${JSON.stringify(item)} is not a valid ${key} (expects ${ranges.join(" or ")})`);
        }
      });
    }
  }
  return problems;
}
