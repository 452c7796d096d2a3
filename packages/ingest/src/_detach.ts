/**
 * V8 keeps a string of 13 characters or more cut out of a longer one as a view into it, so every headline and
 * paragraph an article holds keeps its whole page alive for as long as the article is kept: a batch would hold every
 * page it read, not only the articles. The plain-text and Markdown readers cut their texts out of the page and copy
 * them out when that matters; the HTML and feed readers build theirs afresh (entities decoded, white space folded).
 * `detach.test.ts` holds all four to it.
 *
 * Copies cost time, so they are made only where keeping the page would cost far more than the article: a page over
 * this length (characters or bytes, as given)...
 */
export const COPY_TEXTS_OF_PAGES_OVER = 64 * 1024;
/**
 * ...of which the article's texts are less than this share. An article that is most of its page (a long story, a
 * 50 MB page of prose) keeps at most twice its size; copying it took the 50 MB page's read 1.4 times as long.
 */
const COPY_BELOW_SHARE = 0.5;

/**
 * The article read from a page, its texts copied out of the page where keeping the page would cost much more than the
 * article. The copy is a new article: objects the caller gave (metadata, perhaps frozen, perhaps shared by a batch)
 * are read, never written.
 */
export function outOfPage<T extends object>(page: { readonly length: number }, article: T): T {
  const enough = page.length * COPY_BELOW_SHARE;
  return page.length > COPY_TEXTS_OF_PAGES_OVER && textsLength(article, enough) < enough ? (copyOfTexts(article) as T) : article;
}

/**
 * The length of the texts in an object, counted until it reaches `enough`. An array is read by its indexes and an
 * object by its own keys, not through `Object.values`, which made an array of each block's values: on the 50 MB page
 * (some 400,000 paragraphs) that was 2 % of the read. The same values are counted (an article's arrays have no holes
 * and no other own keys; a hole would count nothing either way), and whether the count reaches `enough` does not hang
 * on their order.
 */
function textsLength(node: object, enough: number): number {
  let length = 0;
  if (Array.isArray(node)) {
    for (let at = 0; at < node.length && length < enough; at++) length += valueLength(node[at], enough - length);
    return length;
  }
  for (const key in node) {
    if (!Object.hasOwn(node, key)) continue;
    length += valueLength((node as Record<string, unknown>)[key], enough - length);
    if (length >= enough) break;
  }
  return length;
}

/** A text's length, or the length of the texts in an object (see `textsLength`); nothing for any other value. */
function valueLength(value: unknown, enough: number): number {
  if (typeof value === "string") return value.length;
  return value !== null && typeof value === "object" ? textsLength(value, enough) : 0;
}

/** V8 keeps a shorter cut as a copy of its own. */
const SHORTEST_VIEW = 13;

/** A copy of a value of plain objects, arrays and scalars, each text in it written out whole. */
function copyOfTexts(value: unknown): unknown {
  // Joining a space to the text and cutting it off again makes V8 write the text out whole, away from the page.
  if (typeof value === "string") return value.length >= SHORTEST_VIEW ? ` ${value}`.slice(1) : value;
  if (Array.isArray(value)) return value.map(copyOfTexts);
  if (value === null || typeof value !== "object") return value;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) copy[key] = copyOfTexts(field);
  return copy;
}
