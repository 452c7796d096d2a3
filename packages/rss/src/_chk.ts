import { toRss } from "@dateline/rss";
import { allFixtureArticles, manyArticles } from "@dateline/test-kit";
import { validateFeed } from "../test/validate-feed.js";
const xml = toRss(allFixtureArticles(), { feedUrl: "https://news.example.com/feed.xml" });
console.log(validateFeed(xml));
let t = Date.now();
const big = toRss(manyArticles(1000), { feedUrl: "https://news.example.com/feed.xml" });
console.log("build", Date.now() - t, big.length); t = Date.now();
console.log(validateFeed(big).slice(0, 5), Date.now() - t);
