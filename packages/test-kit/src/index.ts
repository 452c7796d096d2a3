export { FIXTURES_DIR, SEED_FIXTURE, allFixtureArticles, listFixtures, loadArticle, manyArticles, seedArticle, type Fixture } from "./fixtures.js";
export { exporterConformance, type ExporterUnderTest } from "./conformance.js";
export { hasTool, requireTool, runTool, type ToolResult } from "./tools.js";
