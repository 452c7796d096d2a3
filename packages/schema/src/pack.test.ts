import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES_DIR, SEED_FIXTURE, spawnGuarded } from "@dateline/test-kit";
import { packConformance } from "@dateline/test-kit/conformance";

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = resolve(packageDir, "../..");
const work = mkdtempSync(join(tmpdir(), "dateline-schema-consumer-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

packConformance(packageDir);

/**
 * One step, killed at the suite's hang guard (npm waiting on a network that is not there, say); each
 * takes seconds on an idle machine. A step that fails throws with its output.
 */
function run(command: string, args: string[], cwd: string): string {
  const result = spawnGuarded(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.status !== 0)
    throw new Error(`${[command, ...args].join(" ")} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

/**
 * Proof that another project can use the schema on its own: the packed
 * tarball, installed with the consumer's own zod, validates an article and
 * type-checks code that uses its types.
 */
describe("@dateline/schema as an outside project sees it", () => {
  // No test timeout: the steps run synchronously, so a timeout could not stop a hung one, only fail a slow
  // one after it passed (this test took 4 minutes at load 30 on the 2-core machine). Each step has a guard.
  it("packs, installs with its own zod, validates the seed and type-checks", { timeout: 0 }, () => {
    // The tarball ships compiled files: build them first (turbo does this before tests too).
    run(process.execPath, [join(repoRoot, "node_modules/typescript/bin/tsc"), "-b"], packageDir);
    const tarball = run("npm", ["pack", "--pack-destination", work, "--silent"], packageDir).trim().split("\n").at(-1)!;
    const zodVersion = (JSON.parse(readFileSync(join(repoRoot, "node_modules/zod/package.json"), "utf8")) as { version: string }).version;
    const consumer = join(work, "consumer");
    mkdirSync(consumer, { recursive: true });
    writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", join(work, tarball), `zod@${zodVersion}`], consumer);

    const files = run("tar", ["-tzf", join(work, tarball)], work);
    expect(files).toContain("package/article.schema.json");
    expect(files).toContain("package/dist/index.js");
    expect(files).not.toContain(".tsbuildinfo");
    expect(files).not.toContain(".test.");

    const seed = join(FIXTURES_DIR, SEED_FIXTURE, "article.json");
    writeFileSync(
      join(consumer, "check.mjs"),
      `import { readFileSync } from "node:fs";
import { parseArticle, safeParseArticle } from "@dateline/schema";
import schema from "@dateline/schema/article.schema.json" with { type: "json" };
const article = parseArticle(JSON.parse(readFileSync(${JSON.stringify(seed)}, "utf8")));
const bad = safeParseArticle({ version: "1.0", headline: "x", body: [{ type: "figure" }] });
console.log(JSON.stringify({ headline: article.headline, blocks: article.body.length, bad: bad.success ? null : bad.error.problems, id: schema.$id }));
`,
    );
    const output = JSON.parse(run(process.execPath, ["check.mjs"], consumer)) as {
      headline: string;
      blocks: number;
      bad: unknown;
      id: string;
    };
    expect(output.headline).toBe("Russia supportive of ceasefire, will consult with US");
    expect(output.blocks).toBeGreaterThan(40);
    expect(output.bad).toEqual([{ path: "body[0].caption", message: "required" }]);
    expect(output.id).toMatch(/article\.schema\.json$/);

    writeFileSync(
      join(consumer, "use.ts"),
      `import { type Article, type Block, parseArticle } from "@dateline/schema";
export function headings(article: Article): string[] {
  return article.body.filter((block): block is Extract<Block, { type: "heading" }> => block.type === "heading").map((block) => block.text);
}
export const article: Article = parseArticle({ version: "1.0", headline: "h", body: [{ type: "heading", text: "t", level: 2 }] });
// @ts-expect-error a heading needs a level
export const wrong: Block = { type: "heading", text: "t" };
`,
    );
    writeFileSync(
      join(consumer, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: "NodeNext",
          moduleResolution: "NodeNext",
          target: "ES2022",
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ["use.ts"],
      }),
    );
    // Type errors make tsc exit non-zero, which throws here with its output.
    run(process.execPath, [join(repoRoot, "node_modules/typescript/bin/tsc"), "-p", "."], consumer);
  });
});
