import type { Format } from "./_format.js";

export const jsonld: Format = {
  name: "jsonld",
  description: "schema.org NewsArticle per article (<slug>.jsonld and the <slug>.html script snippet)",
  async render(articles, settings) {
    const { jsonLdWarnings, toJsonLd, toJsonLdScript } = await import("@dateline/jsonld");
    const options = { graph: settings.graph, includeBody: settings.includeBody };
    // Loaded here, not at start-up: only needed when files are named (and its transliteration tables only for other scripts than Latin).
    const { uniqueSlugs } = await import("./_slug.js");
    const slugs = await uniqueSlugs(articles);
    return articles.flatMap((article, i) => {
      // Missing recommended data is said out loud, never invented.
      for (const warning of jsonLdWarnings(article)) settings.onAdvice(`${slugs[i]}.jsonld: ${warning}`);
      return [
        { name: `${slugs[i]}.jsonld`, data: `${JSON.stringify(toJsonLd(article, options), null, 2)}\n` },
        { name: `${slugs[i]}.html`, data: `${toJsonLdScript(article, options)}\n` },
      ];
    });
  },
};
