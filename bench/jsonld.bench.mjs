import { toJsonLd, toJsonLdScript } from "@dateline/jsonld";
import { wordCount } from "@dateline/schema";
import { manyArticles } from "@dateline/test-kit";

const COUNT = 10_000;

/** Serialises every article with `serialise` and returns the total size, so runs do the work a caller would. */
function total(articles, serialise) {
  let bytes = 0;
  for (const article of articles) bytes += Buffer.byteLength(serialise(article));
  return bytes;
}

const json = (article) => JSON.stringify(toJsonLd(article));
const graph = (article) => JSON.stringify(toJsonLd(article, { graph: true }));
const script = (article) => toJsonLdScript(article);

function jsonCase(name, serialise) {
  return {
    name,
    setup: () => {
      const articles = manyArticles(COUNT);
      return { articles, bytes: total(articles, serialise) };
    },
    run: ({ articles }) => `${(total(articles, serialise) / 1e6).toFixed(1)} MB`,
    warmup: 1,
    repeat: 5,
    items: ({ articles }) => articles.length,
    bytes: ({ bytes }) => bytes,
  };
}

export const cases = [
  jsonCase("jsonld: 10,000 articles, NewsArticle JSON", json),
  jsonCase("jsonld: 10,000 articles, @graph JSON", graph),
  jsonCase("jsonld: 10,000 articles, <script> snippets", script),
  {
    // Most of the exporter's time is this one derived field; the ratio shows how much.
    name: "jsonld: wordCount alone for the same articles",
    setup: () => ({ articles: manyArticles(COUNT) }),
    run: ({ articles }) => {
      let words = 0;
      for (const article of articles) words += wordCount(article);
      return `${words} words`;
    },
    warmup: 1,
    repeat: 5,
    items: ({ articles }) => articles.length,
  },
];
