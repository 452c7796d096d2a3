import { readFileSync, writeFileSync } from "node:fs";
import { toPdf } from "@dateline/pdf";
const articles = JSON.parse(readFileSync("/work/wt/typo/packages/pdf/test-data/world-briefing.json", "utf8"));
const t = Date.now();
const bytes = await toPdf(articles, { title: "World briefing", onWarning: (m) => console.log("WARN", m) });
console.log("ms", Date.now() - t, "bytes", bytes.length);
writeFileSync(process.argv[2] ?? "/tmp/w/world.pdf", bytes);
