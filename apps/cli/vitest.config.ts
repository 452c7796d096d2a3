import { datelineProject, LONG_POLE_WORKERS } from "../../vitest.project.js";

// The end-to-end tests run the built binary (dist/cli.js), so turbo builds it first.
export default datelineProject("cli", ["test/**/*.test.ts", "src/**/*.test.ts"], {
  maxWorkers: LONG_POLE_WORKERS,
  isolate: false,
  globalSetup: ["test/_epubcheck-server.ts"],
});
