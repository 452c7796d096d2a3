// Loaded with --import by test/resources.e2e.test.ts: as the CLI exits, writes the CPU time it used (user and
// system, in microseconds) to $DATELINE_CPU_LOG, so a test can bound the work a run does instead of the
// wall-clock time a busy machine happens to give it.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  const { user, system } = process.cpuUsage();
  writeFileSync(process.env.DATELINE_CPU_LOG, String(user + system));
});
