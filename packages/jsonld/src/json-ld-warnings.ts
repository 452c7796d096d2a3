import type { Article } from "@dateline/schema";

/** A date without a time says nothing about the zone; Google then assumes Googlebot's own. */
function hasTime(iso: string): boolean {
  return iso.includes("T");
}

/**
 * What the JSON-LD of this article lacks that Google's Article structured
 * data guide recommends (author with name and url, datePublished and
 * dateModified with a time zone, image), plus the publisher and its logo
 * that news markup names the source with. One sentence each: what is
 * missing and which article field supplies it. The output never fills
 * these gaps itself: a guessed date or author would be false data.
 */
export function jsonLdWarnings(article: Article): string[] {
  const warnings: string[] = [];
  if (!article.image) {
    warnings.push("no image: Google recommends one for article results; add a lead figure with image.image.url");
  } else if (!article.image.image) {
    warnings.push("no image: the lead figure has a caption but no picture URL; add image.image.url");
  }
  const authors = article.authors ?? [];
  if (authors.length === 0) {
    warnings.push("no author: Google recommends naming the author (a Person or Organization); add authors");
  }
  authors.forEach((author, index) => {
    if (!author.url) {
      warnings.push(`author "${author.name}" has no url: Google recommends a page that identifies the author; add authors[${index}].url`);
    }
  });
  for (const field of ["datePublished", "dateModified"] as const) {
    const date = article[field];
    if (!date) warnings.push(`no ${field}: Google recommends it; add ${field} as an ISO 8601 date-time with offset`);
    else if (!hasTime(date))
      warnings.push(`${field} "${date}" has no time or time zone: Google recommends both; give ${field} as 2025-03-13T09:30:00+00:00`);
  }
  if (!article.publisher) {
    warnings.push("no publisher: the markup cannot say which organisation published the article; add publisher");
  } else if (!article.publisher.logo) {
    warnings.push(`publisher "${article.publisher.name}" has no logo: add publisher.logo, the URL of the organisation's logo`);
  }
  return warnings;
}
