import { parseArticle } from "@dateline/schema";
import { manyArticles } from "@dateline/test-kit";

export const cases = [
  {
    name: "schema: validate 1,000 articles",
    setup: () => ({ articles: manyArticles(1000).map((a) => JSON.parse(JSON.stringify(a))) }),
    run: ({ articles }) => {
      for (const article of articles) parseArticle(article);
    },
    items: ({ articles }) => articles.length,
  },
];
