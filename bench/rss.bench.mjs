import { renderBody } from "@dateline/html";
import { toJsonLd } from "@dateline/jsonld";
import { addToFeed, toRss } from "@dateline/rss";
import { manyArticles } from "@dateline/test-kit";

const channel = { feedUrl: "https://news.example.com/feed.xml" };

export const THOUSAND_CASE = "rss + jsonld: 1,000 articles, one process";

/** The publishing job the RSS and JSON-LD targets share: one feed plus structured data for every article. */
function publishingJob(name, count) {
  return {
    name,
    setup: () => ({ articles: manyArticles(count) }),
    run: ({ articles }) => {
      const feed = toRss(articles, channel);
      let structured = 0;
      for (const article of articles) structured += JSON.stringify(toJsonLd(article)).length;
      return `${(feed.length / 1e6).toFixed(1)}M + ${(structured / 1e6).toFixed(1)}M chars`;
    },
    items: ({ articles }) => articles.length,
    warmup: 1,
    repeat: 7,
  };
}

export const cases = [
  {
    // The floor: what content:encoded alone costs with the shared renderer, whatever writes the XML.
    name: "rss: renderBody only, 10,000 articles",
    setup: () => ({ articles: manyArticles(10_000) }),
    run: ({ articles }) => {
      for (const article of articles) renderBody(article, { imageSource: (image) => image.url });
    },
    items: ({ articles }) => articles.length,
    warmup: 1,
  },
  {
    name: "rss: toRss 10,000 articles",
    setup: () => ({ articles: manyArticles(10_000) }),
    run: ({ articles }) => `${(toRss(articles, channel).length / 1e6).toFixed(1)}M chars`,
    items: ({ articles }) => articles.length,
    warmup: 1,
    repeat: 7,
  },
  publishingJob("rss + jsonld: 10,000 articles, one process", 10_000),
  // Issue #18's batch target (`npm run bench -- --vs` prints it): its cold figure is the first run in a fresh process.
  publishingJob(THOUSAND_CASE, 1000),
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
