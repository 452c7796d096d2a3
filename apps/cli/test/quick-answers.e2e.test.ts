import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { program } from "../src/_program.js";
import { answerKey, questions } from "../src/_quick-answers.js";
import { cli, dateline } from "./_run.js";
import { datelineInProcess } from "./_run-in-process.js";

const stored = JSON.parse(readFileSync(join(cli, "../quick-answers.json"), "utf8")) as Record<string, string>;

// The built module, which finds the stored answers beside it in dist/: what dist/cli.js prints.
const built = () => import(pathToFileURL(join(cli, "../_quick-answers.js")).href) as Promise<typeof import("../src/_quick-answers.js")>;

const { isTTY, columns } = process.stdout;
afterEach(() => {
  process.stdout.isTTY = isTTY;
  process.stdout.columns = columns;
});

// `--help` and `--version` are answered from what the build stored, without loading commander;
// the answers must be exactly what commander prints to a pipe, for every command. Commander runs in
// this process (its output captured as a pipe receives it); the binary's own streams and exit code
// are checked below, once for each way a question is answered.
describe("quick answers", () => {
  // As on a pipe, which is where commander's output is captured.
  beforeEach(() => {
    process.stdout.isTTY = false;
  });

  it("the build stored an answer for every help and version question of the program", () => {
    expect(Object.keys(stored).sort()).toEqual(questions(program).map(answerKey).sort());
    expect(questions(program)).toContainEqual(["feed", "add", "--help"]);
  });

  it.each(questions(program).map((args) => [args.join(" "), args]))("dateline %s prints what commander prints", async (_, args) => {
    const { quickAnswer } = await built();
    const quick = quickAnswer(args);
    expect(quick).toBeDefined();
    expect({ status: 0, stdout: quick, stderr: "" }).toEqual(await datelineInProcess(args));
  });

  const unanswered = [
    ["--debug", "--help"],
    ["help", "nosuch"],
    ["--nope"],
    ["feed"],
    ["build", "--help", "extra"],
    ["--version", "--help"],
  ];
  it.each(unanswered.map((args) => [args.join(" "), args]))("dateline %s (no stored answer) goes to commander", async (_, args) => {
    expect(stored[answerKey(args)]).toBeUndefined();
    expect((await built()).quickAnswer(args)).toBeUndefined();
  });
});

// What only a process shows: the binary writes a stored answer, or commander's, to the right stream
// with the right exit code; and commander in a process prints what it prints in the test's.
describe("the binary answers as commander does", () => {
  const fromStore = [["--help"], ["feed", "add", "--help"], ["-V"]];
  const fromCommander = [["--debug", "--help"], ["--nope"]];
  it.each([...fromStore, ...fromCommander].map((args) => [args.join(" "), args]))("dateline %s", async (_, args) => {
    expect(stored[answerKey(args)] !== undefined).toBe(fromStore.includes(args));
    expect(dateline(args)).toEqual(await datelineInProcess(args));
  });
});

// On a terminal commander wraps help to the terminal's width, so a stored help text only serves a
// terminal of the width it was written at; the version line is the same at any width.
describe("quick answers on a terminal", () => {
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
