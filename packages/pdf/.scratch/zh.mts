import { readFileSync } from "node:fs";
import { toPdf } from "@dateline/pdf";
const articles = JSON.parse(readFileSync("/work/wt/typo/packages/pdf/test-data/world-briefing.json", "utf8"));
await toPdf(articles.slice(5, 6));
const t = Date.now();
for (let i = 0; i < 3; i++) await toPdf(articles.slice(5, 6));
console.log((Date.now() - t) / 3);
