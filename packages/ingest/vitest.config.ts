import { defaultServerConditions } from "vite";
import { defineProject } from "vitest/config";

export default defineProject({
  ssr: { resolve: { conditions: ["@dateline/source", ...defaultServerConditions] } },
  test: { name: "ingest", include: ["src/**/*.test.ts"], testTimeout: 60_000 },
});
