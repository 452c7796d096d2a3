import type { Author, Figure } from "@dateline/schema";
import { parseByline, parseDateLine } from "./byline.js";
import { hasCredit, splitCredit } from "./caption.js";
import type { ClassifiedLine } from "./classify.js";

/** What a news page prints above its body: headline, standfirst, lead picture, byline and dates. */
export interface Header {
  headline?: string;
  /** Index of the headline line, when found. */
  headlineIndex?: number;
  description?: string;
  image?: Figure;
  authors: Author[];
  datePublished?: string;
  dateModified?: string;
}

/** Lines above the body looked at for the header; further up there are only menus. */
const HEADER_WINDOW = 40;

/** Whether a line could be a headline: a title of a few words, not a sentence of body text. */
export function isTitleLike(line: ClassifiedLine, unspaced: boolean): boolean {
  if (line.class === "boilerplate" || line.class === "end") return false;
  const text = line.text;
  if (unspaced ? text.length < 6 || text.length > 80 : line.words < 3 || line.words > 30 || text.length < 15) return false;
  if (/[.;,]$/.test(text) && !/\.\.\.$|…$/.test(text)) return false;
  if (/[—–\-|:]$/.test(text)) return false;
  // Menus and labels are not written in lower case from the start.
  return /^[\p{Lu}\p{N}"'“‘«¿¡(\p{Lo}]/u.test(text);
}

/** Fold a byline or date line into the header; true when the line was one. */
export function absorbMeta(line: ClassifiedLine, header: Header): boolean {
  const date = parseDateLine(line.text);
  if (date) {
    if (date.modified) header.dateModified ??= date.iso;
    else header.datePublished ??= date.iso;
    return true;
  }
  const authors = parseByline(line.text);
  if (authors) {
    if (header.authors.length === 0) header.authors.push(...authors);
    return true;
  }
  return false;
}

/**
 * Walk up from the first body line: dates, bylines and a lead caption are
 * collected; the nearest title-like line is the headline, and a sentence
 * standing between it and the body is the standfirst.
 */
export function findHeader(lines: readonly ClassifiedLine[], bodyStart: number, unspaced: boolean): Header {
  const header: Header = { authors: [] };
  let standfirst: string | undefined;
  const stop = Math.max(0, bodyStart - HEADER_WINDOW);
  for (let i = bodyStart - 1; i >= stop; i--) {
    const line = lines[i]!;
    if (line.class === "boilerplate") continue;
    if (absorbMeta(line, header)) continue;
    const above = lines[i - 1];
    if (above && above.text === line.text) {
      // The same line twice: a picture's alt text followed by its caption.
      header.image ??= splitCredit(line.text);
      i--;
      continue;
    }
    if (hasCredit(line.text)) {
      header.image ??= splitCredit(line.text);
      continue;
    }
    if (isTitleLike(line, unspaced)) {
      header.headline = line.text;
      header.headlineIndex = i;
      if (standfirst) header.description = standfirst;
      break;
    }
    // A sentence right under the headline is a standfirst; only the nearest one to the headline counts.
    if ((line.class === "good" || line.class === "medium" || (line.sentenceEnd && line.words >= 6)) && line.text.length <= 400) standfirst = line.text;
    else if (line.words >= 6 && !/\p{P}$/u.test(line.text) && !header.image) header.image = splitCredit(line.text);
  }
  return header;
}
