// Run by `npm run build` after `tsc -b`: asks the real program every help and version question
// and stores what it printed, for `_quick-answers.ts` to answer without loading it.
import { rmSync, writeFileSync } from "node:fs";
import type { Command } from "commander";
import { main, program } from "./_program.js";
import { answerKey, QUICK_ANSWERS_FILE, questions } from "./_quick-answers.js";

rmSync(QUICK_ANSWERS_FILE, { force: true });
let out = "";
let err = "";
const everyCommand = (command: Command): Command[] => [command, ...command.commands.flatMap(everyCommand)];
for (const command of everyCommand(program)) {
  // As when standard output is a pipe: no terminal width, no colours.
  command.configureOutput({
    writeOut: (text) => {
      out += text;
    },
    writeErr: (text) => {
      err += text;
    },
    getOutHelpWidth: () => undefined as unknown as number,
    getErrHelpWidth: () => undefined as unknown as number,
    getOutHasColors: () => false,
    getErrHasColors: () => false,
  });
}
const answers: Record<string, string> = {};
for (const args of questions(program)) {
  out = "";
  err = "";
  process.exitCode = 0;
  await main(["node", "dateline", ...args]);
  if (process.exitCode !== 0 || err !== "" || out === "") {
    throw new Error(`dateline ${args.join(" ")} is not a plain answer (exit ${process.exitCode}): ${err}`);
  }
  answers[answerKey(args)] = out;
}
writeFileSync(QUICK_ANSWERS_FILE, `${JSON.stringify(answers, null, 1)}\n`);
