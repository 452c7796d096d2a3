import fs from "node:fs";
import { fromText, parseMeta } from "@dateline/ingest";
const dir = process.argv[2]!;
const meta = fs.existsSync(dir + "/meta.json") ? parseMeta(JSON.parse(fs.readFileSync(dir + "/meta.json", "utf8"))) : {};
const a = fromText(fs.readFileSync(dir + "/source.txt"), { meta });
const out = JSON.stringify(a, null, 2) + "\n";
fs.writeFileSync("/tmp/got.json", out);
