import { decodeHTML } from "entities";
import type { Author, Organization } from "@dateline/schema";

/** What one source of metadata says about the article; every field optional. */
export interface PageFacts {
  headline?: string;
  description?: string;
  image?: { url: string; alt?: string; caption?: string; credit?: string };
  authors?: Author[];
  publisher?: Organization;
  siteName?: string;
  datePublished?: string;
  dateModified?: string;
  /** A published date printed under the headline in a form not read ("Published: March 2026"): the update is no stand-in for it. */
  unreadPublishedDate?: boolean;
  inLanguage?: string;
  section?: string;
  keywords?: string[];
  url?: string;
  /** The story as the page's structured data gives it (JSON-LD `articleBody`): text or markup, its line breaks kept. */
  articleBody?: string;
}

/** Field by field, the first source that has a value wins. */
export function firstOf(...sources: PageFacts[]): PageFacts {
  const merged: PageFacts = {};
  for (const source of sources) {
    for (const key of Object.keys(source) as Array<keyof PageFacts>) {
      const value = source[key];
      if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
      if (merged[key] === undefined) (merged as Record<string, unknown>)[key] = value;
    }
  }
  return merged;
}

/** Keywords from a comma-separated string or a list, trimmed, without duplicates. */
export function keywordList(value: unknown): string[] {
  const parts = (Array.isArray(value) ? value : [value]).flatMap((item) => (typeof item === "string" ? item.split(",") : []));
  const seen = new Set<string>();
  for (const part of parts) {
    const keyword = part.trim();
    if (keyword && !seen.has(keyword.toLowerCase())) seen.add(keyword);
  }
  return [...seen];
}

/**
 * Meta and JSON-LD values are text, but some sites put escaped markup in them
 * ("Ben &amp;amp; Jerry's"); references are turned back into characters and
 * white space collapsed.
 */
export function cleanText(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = (value.includes("&") ? decodeHTML(value) : value).replace(/\s+/g, " ").trim();
  return text || undefined;
}

/** Items with a name, each name once, first first (several sources or tags may name the same writer). */
export function dedupeNames<T extends { name: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.name) && seen.add(item.name));
}
