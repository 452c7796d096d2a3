#!/usr/bin/env node
// The `dateline` command. This file is committed (with its executable bit), so
// `npm install` links it into node_modules/.bin on a fresh clone, before the
// first build has made dist/cli.js; it then runs the built command.
const entry = new URL("../dist/cli.js", import.meta.url);
try {
  await import(entry.href);
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes("dist/cli.js")) throw error;
  process.stderr.write("error: dateline is not built yet; run `npm run build` (or `npm start`) in the repository first\n");
  process.exitCode = 1;
}
