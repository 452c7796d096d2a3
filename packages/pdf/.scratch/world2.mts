import { readFileSync } from "node:fs";
import { toPdf } from "@dateline/pdf";
const articles = JSON.parse(readFileSync("/work/wt/typo/packages/pdf/test-data/world-briefing.json", "utf8"));
for (const pick of [articles, articles, [articles[0]], articles.slice(5, 6), articles.slice(7, 8), articles.slice(9, 10), articles.slice(11,13)]) {
  const t = Date.now();
  await toPdf(pick);
  console.log(pick.map((a: any) => a.inLanguage).join(","), Date.now() - t, "ms");
}
