import type { Format } from "./_format.js";
import { uniqueSlugs } from "./_slug.js";

export const json: Format = {
  name: "json",
  description: "each article as Dateline article JSON (<slug>.json)",
  async render(articles) {
    const slugs = uniqueSlugs(articles);
    return articles.map((article, i) => ({ name: `${slugs[i]}.json`, data: `${JSON.stringify(article, null, 2)}\n` }));
  },
};
