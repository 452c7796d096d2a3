import { setFlagsFromString } from "node:v8";

/**
 * V8 tunes its optimising compiler for long-running programs: a function is optimised after about
 * 66 KB of its bytecode has run, with callees inlined up to 920 bytes, and optimised again after each
 * deoptimisation. A run of this command lasts a second or two, and its largest functions (the line
 * breaker, the shaper, fontkit's table decoders) were optimised up to seven times: on the 100-article
 * PDF, V8's background compiler threads used as much CPU as the main thread (1.5 s of 3 s), which
 * is why CPU time was well above wall time. Optimising later and inlining less roughly halves that
 * compiler time, with the same main-thread time and outputs (apps/cli/STARTUP.md).
 */
const SHORT_RUN_COMPILER_FLAGS = ["--interrupt-budget=300000", "--max-inlined-bytecode-size-cumulative=200"];

/** Set before any of the program is loaded; only when and how much code is optimised changes, never what it does. */
export function tuneCompilerForShortRun(): void {
  for (const flag of SHORT_RUN_COMPILER_FLAGS) setFlagsFromString(flag);
}
