// Adds up the vitest reports every workspace wrote during `npm test` and lists every failure, so a
// failing package never hides another (turbo runs with --continue). `--clear` deletes the reports
// first, so a report left by an earlier run can never stand in for a task that did not run.
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";

/** Lines of a failed test's message kept under its name: enough for the assertion and where it failed. */
const MESSAGE_LINES = 6;

/** Each test task and the report its script writes. */
const REPORTS = { test: ".test-report.json" };

const workspaces = JSON.parse(readFileSync("package.json", "utf8")).workspaces.flatMap((pattern) => {
  const parent = pattern.replace(/\/\*$/, "");
  return readdirSync(parent)
    .map((name) => join(parent, name))
    .filter((dir) => existsSync(join(dir, "package.json")));
});

if (process.argv.includes("--clear")) {
  for (const dir of workspaces) for (const report of Object.values(REPORTS)) rmSync(join(dir, report), { force: true });
  process.exit(0);
}

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
const missing = [];
for (const dir of workspaces) {
  const { scripts = {} } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  for (const [task, file] of Object.entries(REPORTS)) {
    if (!scripts[task]) continue;
    const reportPath = join(dir, file);
    if (!existsSync(reportPath)) {
      missing.push(`${dir} (${task})`);
      continue;
    }
    const report = JSON.parse(readFileSync(reportPath, "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
    for (const testFile of report.testResults) {
      const where = `${dir} ${relative(dir, testFile.name)}`;
      const failedTests = testFile.assertionResults.filter((result) => result.status === "failed");
      for (const result of failedTests) {
        // The summary is the end of the log, the part a CI page shows when it cuts the log short.
        const message = (result.failureMessages?.[0] ?? "").split("\n").slice(0, MESSAGE_LINES);
        failures.push([`FAIL ${where} > ${result.fullName}`, ...message.map((line) => `    ${line}`)].join("\n"));
      }
      // A file that failed without a failing test could not run at all (an import or a hook threw).
      if (testFile.status === "failed" && failedTests.length === 0) {
        failures.push(`FAIL ${where}: ${(testFile.message || "the file failed to run").split("\n")[0]}`);
      }
    }
  }
}
for (const failure of failures) console.log(failure);
if (missing.length > 0) console.log(`no test report (the task failed before its tests ran, see above) from: ${missing.join(", ")}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
