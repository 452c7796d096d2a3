import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { spawnGuarded } from "@dateline/test-kit";
import { afterEach, describe, expect, it } from "vitest";
import { program } from "../src/_program.js";
import { answerKey, questions } from "../src/_quick-answers.js";
import { cli, dateline } from "./_run.js";

const viaCommander = join(import.meta.dirname, "_commander.mjs");

function commanderRun(args: readonly string[]) {
  const result = spawnGuarded(process.execPath, [viaCommander, ...args], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const stored = JSON.parse(readFileSync(join(cli, "../quick-answers.json"), "utf8")) as Record<string, string>;

// `--help` and `--version` are answered from what the build stored, without loading commander;
// the answers must be exactly what commander prints, for every command.
describe("quick answers", () => {
  it("the build stored an answer for every help and version question of the program", () => {
    expect(Object.keys(stored).sort()).toEqual(questions(program).map(answerKey).sort());
    expect(questions(program)).toContainEqual(["feed", "add", "--help"]);
  });

  it.each(questions(program).map((args) => [args.join(" "), args]))("dateline %s prints what commander prints", (_, args) => {
    const quick = dateline(args);
    expect(quick).toEqual(commanderRun(args));
    expect(quick.status).toBe(0);
  });

  const unanswered = [
    ["--debug", "--help"],
    ["help", "nosuch"],
    ["--nope"],
    ["feed"],
    ["build", "--help", "extra"],
    ["--version", "--help"],
  ];
  it.each(unanswered.map((args) => [args.join(" "), args]))(
    "dateline %s (no stored answer) goes to commander: same output and exit code",
    (_, args) => {
      expect(stored[answerKey(args)]).toBeUndefined();
      expect(dateline(args)).toEqual(commanderRun(args));
    },
  );
});

// On a terminal commander wraps help to the terminal's width, so a stored help text only serves a
// terminal of the width it was written at; the version line is the same at any width.
describe("quick answers on a terminal", () => {
  const { isTTY, columns } = process.stdout;
  afterEach(() => {
    process.stdout.isTTY = isTTY;
    process.stdout.columns = columns;
  });
  // The built module, which finds the stored answers beside it in dist/.
  const built = () => import(pathToFileURL(join(cli, "../_quick-answers.js")).href) as Promise<typeof import("../src/_quick-answers.js")>;

  it("answers the version at any width, and help only at the width it was stored at", async () => {
    const { quickAnswer, HELP_WIDTH } = await built();
    process.stdout.isTTY = true;
    process.stdout.columns = HELP_WIDTH + 40;
    expect(quickAnswer(["--version"])).toBe(stored[answerKey(["--version"])]);
    expect(quickAnswer(["-V"])).toBe(stored[answerKey(["-V"])]);
    expect(quickAnswer(["--help"])).toBeUndefined();
    process.stdout.columns = HELP_WIDTH;
    expect(quickAnswer(["--help"])).toBe(stored[answerKey(["--help"])]);
  });
});
