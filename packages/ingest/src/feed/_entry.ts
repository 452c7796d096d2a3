import type { Author } from "@dateline/schema";

/** The feed's own description of itself, giving each item its publisher and language. */
export interface FeedChannel {
  title: string | undefined;
  link: string | undefined;
  language: string | undefined;
}

/**
 * One item of any feed format, before it becomes an article: the common shape that lets RSS,
 * Atom and JSON Feed share one article builder. HTML fields are markup; the others plain text.
 */
export interface FeedEntry {
  /** 1-based position in the feed, for warnings that name the item. */
  position: number;
  title: string | undefined;
  link: string | undefined;
  id: string | undefined;
  published: string | undefined;
  modified: string | undefined;
  authors: Author[];
  categories: string[];
  image: { url: string; alt?: string } | undefined;
  /** The full text as HTML (content:encoded, Atom content, content_html). */
  contentHtml: string | undefined;
  /** The full text as plain text (JSON Feed's content_text, Atom's text content). */
  contentText: string | undefined;
  /** The summary as HTML (RSS description, Atom summary, JSON Feed summary). */
  summaryHtml: string | undefined;
  summaryText: string | undefined;
  language: string | undefined;
}

/** "jane@example.com (Jane Doe)" → "Jane Doe"; a bare address is no name. */
export function nameFromAuthorField(value: string): string | undefined {
  const text = value.trim();
  const inBrackets = /\(([^()]+)\)\s*$/.exec(text)?.[1]?.trim();
  if (inBrackets) return inBrackets;
  return /^\S+@\S+$/.test(text) || text === "" ? undefined : text;
}
