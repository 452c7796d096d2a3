// Loaded with --import by test/loading.e2e.test.ts: logs every module the CLI imports to $DATELINE_MODULE_LOG.
import { register } from "node:module";

register("./_module-log-hooks.mjs", import.meta.url, { data: { logFile: process.env.DATELINE_MODULE_LOG } });
