import { defineProject } from "vitest/config";

// The end-to-end tests run the built binary (dist/cli.js), so turbo builds it first.
export default defineProject({
  test: { name: "cli", include: ["test/**/*.test.ts", "src/**/*.test.ts"], testTimeout: 120_000 },
});
