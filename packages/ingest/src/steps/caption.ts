import type { Figure } from "@dateline/schema";

/**
 * Picture captions. The picture is gone from a copied page, but its caption
 * stays as a line of its own, often with a credit and sometimes twice (the
 * image's alt text, then the visible caption: the seed's lead image).
 */

/** "… (Photo: X)", "… Photograph: X", "… Credit: X", "Image: X" at the end of a caption. */
const LABELLED_CREDIT =
  /(?:photo(?:graph)?|picture|pic|image|credit|illustration|foto|bild|fotografía|imagen|crédit|crédito)s?(?:\s+credit)?\s*:\s*([^()[\]]{2,80}?)\s*[)\]]?\s*$/iu;

/**
 * One to four capitalised words, as in a name or an agency. Words must be
 * parted by a space: were it optional, a run of capitals could be cut into
 * words in countless ways, and a near miss would take the engine minutes.
 */
const NAME_WORDS = String.raw`[\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){0,3}`;

/** "… X/Getty Images", "… Jane Doe/Reuters", "… AP Photo/Jane Doe": an agency credit after a slash. */
const AGENCY_CREDIT = new RegExp(String.raw`[\s.,;:|–—-]+(${NAME_WORDS}\s?\/\s?${NAME_WORDS})\s*$`, "u");

/** "… Photo by Ana Ruiz", "… Photograph by X/Agency". */
const BY_CREDIT = /[\s,;:|–—-]+[([]?\s*(?:photo(?:graph)?|picture|image|illustration|video|foto)s?\s+by\s+([^()[\]]{2,80}?)\s*[)\]]?\s*$/iu;

/** "… (Tom Okafor)": a name alone in brackets at the end of a caption. */
const BRACKETED_NAME = new RegExp(String.raw`\s+\((${NAME_WORDS})\s?\)$`, "u");

/**
 * Credit forms, each with a cheap test for the character or word it needs,
 * which keeps the patterns off most lines.
 */
const CREDIT_FORMS: Array<{ needs: (text: string) => boolean; pattern: RegExp }> = [
  { needs: (text) => text.includes(":"), pattern: LABELLED_CREDIT },
  { needs: (text) => / by /i.test(text), pattern: BY_CREDIT },
  { needs: (text) => text.endsWith(")"), pattern: BRACKETED_NAME },
  { needs: (text) => text.includes("/"), pattern: AGENCY_CREDIT },
];

/** Characters that separate a caption from its credit: "… | (Photo: X)", "… – Jane Doe/Reuters". */
const SEPARATORS = new Set([..." \t,;:|–—-"]);

/**
 * A caption without the separators, and the opening bracket, that stood
 * between it and its credit. Read backwards: LABELLED_CREDIT starts at its
 * label rather than at the separators, which could be empty and would have
 * made the engine try every position of the line.
 */
function trimSeparators(text: string): string {
  let end = text.length;
  while (end > 0 && SEPARATORS.has(text[end - 1]!)) end--;
  if (end > 0 && (text[end - 1] === "(" || text[end - 1] === "[")) end--;
  while (end > 0 && SEPARATORS.has(text[end - 1]!)) end--;
  return text.slice(0, end);
}

export function splitCredit(text: string): Figure {
  for (const { needs, pattern } of CREDIT_FORMS) {
    if (!needs(text)) continue;
    const match = text.match(pattern);
    if (!match || match.index === undefined || match.index === 0) continue;
    const caption = trimSeparators(text.slice(0, match.index));
    if (caption) return { caption, credit: match[1]!.trim() };
  }
  return { caption: text };
}

/** Whether the line ends in a credit, which makes it a caption whatever else it looks like. */
export function hasCredit(text: string): boolean {
  return splitCredit(text).credit !== undefined;
}
