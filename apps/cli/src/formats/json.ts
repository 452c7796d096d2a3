import type { Format } from "./_format.js";

export const json: Format = {
  name: "json",
  description: "each article as Dateline article JSON (<slug>.json)",
  async render(articles) {
    // Loaded here, not at start-up: only needed when files are named (and its transliteration tables only for other scripts than Latin).
    const { uniqueSlugs } = await import("./_slug.js");
    const slugs = await uniqueSlugs(articles);
    return articles.map((article, i) => ({ name: `${slugs[i]}.json`, data: `${JSON.stringify(article, null, 2)}\n` }));
  },
};
