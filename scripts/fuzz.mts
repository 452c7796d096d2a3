// npm run fuzz [-- COUNT [SEED]]: COUNT generated inputs for every source reader and
// COUNT generated articles for every exporter (default 10,000), checked by the
// project's validators. Prints counts and every finding; exits 1 on any finding.
import { fuzz } from "../apps/cli/test/_fuzz.js";

const count = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? 20260314);
const started = Date.now();
const report = await fuzz(count, seed, (line) => console.log(`${line} (${((Date.now() - started) / 1000).toFixed(0)} s)`));
for (const finding of report.findings) {
  console.log(`\n${finding.kind} in ${finding.target}:\n${finding.detail}\ninput: ${finding.input}`);
}
const crashes = report.findings.filter((finding) => finding.kind === "crash").length;
const invalid = report.findings.filter((finding) => finding.kind === "invalid output").length;
const unclear = report.findings.filter((finding) => finding.kind === "unclear rejection").length;
console.log(`\nseed ${seed}: ${crashes} crashes, ${invalid} invalid outputs, ${unclear} rejections without a clear DatelineError`);
process.exitCode = report.findings.length > 0 ? 1 : 0;
