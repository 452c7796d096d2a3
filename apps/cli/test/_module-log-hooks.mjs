// Module hooks for test/loading.e2e.test.ts: every module the CLI imports is appended to a log file.
// (Hooks run on their own thread in Node 20, so the log is written as each module is resolved.)
import { appendFileSync } from "node:fs";

let logFile;

export function initialize(data) {
  logFile = data.logFile;
}

export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(logFile, `${result.url}\n`);
  return result;
}
