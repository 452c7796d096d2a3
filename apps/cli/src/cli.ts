#!/usr/bin/env node
// The entry: a question with a stored answer (`--help`, `--version`) is answered here; anything
// else loads the program. Nothing else is imported statically, so start-up stays close to Node's own.
import { quickAnswer } from "./_quick-answers.js";
import { stopQuietlyWhenStdoutCloses } from "./_stdout.js";

stopQuietlyWhenStdoutCloses();
const answer = quickAnswer(process.argv.slice(2));
if (answer === undefined) {
  const { tuneCompilerForShortRun } = await import("./_compiler-flags.js");
  tuneCompilerForShortRun();
  const { main } = await import("./_program.js");
  await main(process.argv);
} else process.stdout.write(answer);
