import { defaultServerConditions } from "vite";
import { defineProject } from "vitest/config";

export default defineProject({
  ssr: { resolve: { conditions: ["@dateline/source", ...defaultServerConditions] } },
  test: { name: "rss", include: ["src/**/*.test.ts", "test/**/*.test.ts"], testTimeout: 60_000 },
});
