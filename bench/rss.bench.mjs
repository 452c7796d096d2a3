import { renderBody } from "@dateline/html";
import { addToFeed, toRss } from "@dateline/rss";
import { manyArticles } from "@dateline/test-kit";

const channel = { feedUrl: "https://news.example.com/feed.xml" };

export const cases = [
  {
    // The floor: what content:encoded alone costs with the shared renderer, whatever writes the XML.
    name: "rss: renderBody only, 10,000 articles",
    setup: () => ({ articles: manyArticles(10_000) }),
    run: ({ articles }) => {
      for (const article of articles) renderBody(article, { imageSource: (image) => image.url });
    },
    items: ({ articles }) => articles.length,
  },
  {
    name: "rss: toRss 10,000 articles",
    setup: () => ({ articles: manyArticles(10_000) }),
    run: ({ articles }) => `${(toRss(articles, channel).length / 1e6).toFixed(1)}M chars`,
    items: ({ articles }) => articles.length,
  },
  {
    name: "rss: addToFeed 10 articles into a 1,000-item feed",
    setup: () => {
      const articles = manyArticles(1010);
      return { existing: toRss(articles.slice(0, 1000), channel), added: articles.slice(1000) };
    },
    run: ({ existing, added }) => {
      addToFeed(existing, added, {}, { max: 1000 });
    },
    bytes: ({ existing }) => existing.length,
  },
];
