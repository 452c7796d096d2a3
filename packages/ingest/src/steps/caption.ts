import type { Figure } from "@dateline/schema";

/**
 * Picture captions. The picture is gone from a copied page, but its caption
 * stays as a line of its own, often with a credit and sometimes twice (the
 * image's alt text, then the visible caption: the seed's lead image).
 */

/** "… (Photo: X)", "… Photograph: X", "… Credit: X", "Image: X" at the end of a caption. */
const LABELLED_CREDIT =
  /[\s.,;:|–—-]*[([]?\s*(?:photo(?:graph)?|picture|pic|image|credit|illustration|foto|bild|fotografía|imagen|crédit|crédito)s?(?:\s+credit)?\s*:\s*([^()[\]]{2,80}?)\s*[)\]]?\s*$/iu;

/** "… X/Getty Images", "… Jane Doe/Reuters", "… AP Photo/Jane Doe": an agency credit after a slash. */
const AGENCY_CREDIT = /[\s.,;:|–—-]+((?:[\p{Lu}][\p{L}'’.-]*\s?){1,4}\/\s?(?:[\p{Lu}][\p{L}'’.-]*\s?){1,4})\s*$/u;

/** "… Photo by Joan Bardeletti", "… Photograph by X/CNET". */
const BY_CREDIT = /[\s.,;:|–—-]+[([]?\s*(?:photo(?:graph)?|picture|image|illustration|video|foto)s?\s+by\s+([^()[\]]{2,80}?)\s*[)\]]?\s*$/iu;

/** "… (Lucy Akins)": a name alone in brackets at the end of a caption. */
const BRACKETED_NAME = /\s+\(((?:[\p{Lu}][\p{L}'’.-]*\s?){1,4})\)$/u;

export function splitCredit(text: string): Figure {
  const labelled = text.match(LABELLED_CREDIT);
  if (labelled && labelled.index !== undefined && labelled.index > 0) {
    const caption = text.slice(0, labelled.index).replace(/[\s,;:|–—-]+$/u, "");
    if (caption) return { caption, credit: labelled[1]!.trim() };
  }
  for (const pattern of [BY_CREDIT, BRACKETED_NAME]) {
    const match = text.match(pattern);
    if (match && match.index !== undefined && match.index > 0) {
      const caption = text.slice(0, match.index).replace(/[\s,;:|–—-]+$/u, "");
      if (caption) return { caption, credit: match[1]!.trim() };
    }
  }
  const agency = text.match(AGENCY_CREDIT);
  if (agency && agency.index !== undefined && agency.index > 0) {
    const caption = text.slice(0, agency.index).replace(/[\s,;:|–—-]+$/u, "");
    if (caption) return { caption, credit: agency[1]!.trim() };
  }
  return { caption: text };
}

/** Whether the line ends in a credit, which makes it a caption whatever else it looks like. */
export function hasCredit(text: string): boolean {
  return splitCredit(text).credit !== undefined;
}
