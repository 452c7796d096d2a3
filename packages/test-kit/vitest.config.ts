import { defaultServerConditions } from "vite";
import { defineProject } from "vitest/config";

export default defineProject({
  ssr: { resolve: { conditions: ["@dateline/source", ...defaultServerConditions] } },
  test: { name: "test-kit", include: ["src/**/*.test.ts"], passWithNoTests: true },
});
