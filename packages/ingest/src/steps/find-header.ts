import type { Author, Figure } from "@dateline/schema";
import { parseByline, parseDate, parseDateLine } from "./byline.js";
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
/** A long headline reads like prose and can open the body region; its first lines are looked at too. */
const HEADLINE_INSIDE_BODY = 3;

/** Lines that name people or sources rather than state a headline: "BuzzFeed News Reporter", "Reviewed by …", "From: Herald Sun". */
const ATTRIBUTION_LIKE =
  /^(?:by|von|par|por)\s|\b(?:posted|written|edited|reviewed|reported|photographed|produced)\s+by\b|\bBY\b|\b(?:reporter|correspondent|editor|staff writer|contributor|columnist|redakteur|rédaction|redacción)\b|^(?:from|source|quelle|fuente|posted|filed|published|updated)\s*:/i;

/** Whether a line could be a headline: a title of a few words, not a sentence of body text. */
export function isTitleLike(line: ClassifiedLine, unspaced: boolean): boolean {
  if (line.class === "boilerplate" || line.class === "end") return false;
  const text = line.text;
  if (unspaced ? text.length < 6 || text.length > 80 : line.words < 3 || line.words > 30 || text.length < 15) return false;
  if (/[.;,]$/.test(text) && !/\.\.\.$|…$/.test(text)) return false;
  if (/[—–\-|:/]$/.test(text)) return false;
  if (ATTRIBUTION_LIKE.test(text) || parseDate(text) || hasCredit(text)) return false;
  // Menus and labels are not written in lower case from the start.
  return /^[\p{Lu}\p{N}"'“‘«¿¡(\p{Lo}]/u.test(text);
}

/**
 * How strongly a title-like line reads as the headline: a headline has a
 * handful of words and sits close above the body, usually with a byline,
 * date or standfirst between them.
 */
function headlineScore(line: ClassifiedLine, distance: number, nextIsMeta: boolean, unspaced: boolean): number {
  let score = 10 - distance * 0.4;
  const size = unspaced ? line.text.length / 3 : line.words;
  if (size >= 5 && size <= 20) score += 3;
  else if (size < 4) score -= 3;
  if (nextIsMeta) score += 2;
  return score;
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
 * collected, and the best title-like line (see `headlineScore`) is the
 * headline. A sentence standing between it and the body is the standfirst.
 */
export function findHeader(lines: readonly ClassifiedLine[], bodyStart: number, unspaced: boolean): Header {
  const header: Header = { authors: [] };
  const stop = Math.max(0, bodyStart - HEADER_WINDOW);
  let best: { index: number; score: number } | undefined;
  let distance = 0;
  let previousWasMeta = false;
  for (let i = bodyStart - 1; i >= stop; i--) {
    const line = lines[i]!;
    if (line.class === "boilerplate") continue;
    distance++;
    if (absorbMeta(line, header)) {
      previousWasMeta = true;
      continue;
    }
    const above = lines[i - 1];
    if (above && above.text === line.text && line.words >= 4) {
      // The same line twice: a picture's alt text followed by its caption.
      header.image ??= splitCredit(line.text);
      i--;
      previousWasMeta = true;
      continue;
    }
    if (hasCredit(line.text)) {
      header.image ??= splitCredit(line.text);
      continue;
    }
    if (isTitleLike(line, unspaced)) {
      const score = headlineScore(line, distance, previousWasMeta, unspaced);
      if (!best || score > best.score) best = { index: i, score };
    }
    previousWasMeta = false;
  }
  if (!best) {
    // No title above the body: a long headline may have been taken for its first prose line.
    for (let i = bodyStart; i < Math.min(lines.length, bodyStart + HEADLINE_INSIDE_BODY); i++) {
      const line = lines[i]!;
      if (!line.sentenceEnd && isTitleLike({ ...line, class: "short" }, unspaced)) {
        best = { index: i, score: 0 };
        break;
      }
    }
  }
  if (!best) {
    // Last resort: the first line of the page that could name it at all.
    const first = lines.find((line) => line.class !== "boilerplate" && line.class !== "end" && line.words <= 20 && line.index < bodyStart);
    if (!first) return header;
    best = { index: first.index, score: 0 };
  }
  header.headline = lines[best.index]!.text;
  header.headlineIndex = best.index;
  // Between the headline and the body: the standfirst (the first sentence-like line) and the lead caption.
  for (let i = best.index + 1; i < bodyStart; i++) {
    const line = lines[i]!;
    if (line.class === "boilerplate" || parseDateLine(line.text) || parseByline(line.text) || hasCredit(line.text)) continue;
    if (!header.description && line.sentenceEnd && line.words >= 6 && line.text.length <= 400) header.description = line.text;
    else if (!header.image && line.words >= 6 && !/\p{P}$/u.test(line.text)) header.image = splitCredit(line.text);
  }
  return header;
}
