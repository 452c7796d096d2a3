// Fixtures and validator helpers; the vitest suite lives at "@dateline/test-kit/conformance",
// so benchmarks can load fixtures in plain Node without a test runner.
export {
  FIXTURES_DIR,
  SEED_FIXTURE,
  allFixtureArticles,
  listFixtures,
  loadArticle,
  manyArticles,
  seedArticle,
  type Fixture,
} from "./fixtures.js";
export { HANG_GUARD_MS } from "./hang-guard.js";
export { startEpubcheck, type Epubcheck } from "./epubcheck.js";
export { packProblems } from "./pack.js";
export { seededRandom } from "./random.js";
export {
  type AsyncGuardOptions,
  type GuardOptions,
  hasTool,
  requireTool,
  runTool,
  spawnGuarded,
  spawnGuardedAsync,
  type ToolResult,
} from "./tools.js";
