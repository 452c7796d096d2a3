import type { Article } from "@dateline/schema";

/** Latin letters that Unicode does not decompose into a base letter and a mark. */
const LETTERS_WITHOUT_DECOMPOSITION: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ð: "d",
  þ: "th",
  ł: "l",
  ı: "i",
};

/** A file-name-safe slug of the headline: ASCII letters and digits, hyphens between words. */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[ßæœøđðþłı]/g, (letter) => LETTERS_WITHOUT_DECOMPOSITION[letter]!)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= 60) return slug || "article";
  // Cut at a word, so names stay readable.
  const cut = slug.slice(0, 61);
  const lastBreak = cut.lastIndexOf("-");
  return lastBreak > 30 ? cut.slice(0, lastBreak) : cut.slice(0, 60);
}

/** One unique slug per article, in order: a second "same-title" becomes "same-title-2". */
export function uniqueSlugs(articles: readonly Article[]): string[] {
  const seen = new Map<string, number>();
  return articles.map((article) => {
    const base = slugify(article.headline);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}
