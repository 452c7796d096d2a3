import { readFileSync } from "node:fs";
import type { Command } from "commander";

/**
 * `--help` and `--version` answered without loading commander and the program (issue #18: start-up
 * was 1.6× `node -e 0`). The answers are commander's own output, written by `npm run build`
 * (`_write-quick-answers.ts` runs the real program for each question); after a bare `tsc -b` the file
 * is missing and every question goes to commander.
 */
export const QUICK_ANSWERS_FILE = new URL("./quick-answers.json", import.meta.url);

/** Commander wraps help to this width when standard output is not a terminal; the answers were written at it. */
export const HELP_WIDTH = 80;

/** Arguments that may have a stored answer: the help and version flags, and the help command. */
const QUESTIONS = new Set(["--help", "-h", "--version", "-V"]);

/** The version flags alone: their answer is one line, the same at any terminal width. */
const VERSION_QUESTIONS = new Set(["--version", "-V"]);

/** The key an answer is stored under: the arguments after the script, exactly. */
export const answerKey = (args: readonly string[]): string => JSON.stringify(args);

/**
 * What commander would print for `args` (the arguments after the script), or undefined when they
 * are not a stored question, when the answers are missing, or when a help text would go to a terminal
 * of another width than the answers were wrapped to.
 */
export function quickAnswer(args: readonly string[]): string | undefined {
  if (!(args[0] === "help" || args.some((arg) => QUESTIONS.has(arg)))) return undefined;
  const widthFree = args.length === 1 && VERSION_QUESTIONS.has(args[0]!);
  if (!widthFree && process.stdout.isTTY && process.stdout.columns !== HELP_WIDTH) return undefined;
  let answers: Record<string, string>;
  try {
    answers = JSON.parse(readFileSync(QUICK_ANSWERS_FILE, "utf8")) as Record<string, string>;
  } catch {
    return undefined;
  }
  const key = answerKey(args);
  return Object.hasOwn(answers, key) ? answers[key] : undefined;
}

/** Every command below `command`, as the words that name it (`["feed", "add"]`). */
export function commandPaths(command: Command, path: readonly string[] = []): string[][] {
  return command.commands.flatMap((sub) => {
    const words = [...path, sub.name()];
    return [words, ...commandPaths(sub, words)];
  });
}

/** The questions answered quickly: the program's help and version, and each command's help. */
export function questions(root: Command): string[][] {
  const paths = commandPaths(root);
  return [
    ["--help"],
    ["-h"],
    ["help"],
    ["--version"],
    ["-V"],
    ...paths.flatMap((words) => [
      [...words, "--help"],
      [...words, "-h"],
    ]),
    ...paths.filter((words) => words.length === 1).map((words) => ["help", ...words]),
  ];
}
