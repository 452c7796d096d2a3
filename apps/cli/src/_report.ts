import { isDatelineError } from "@dateline/schema/errors";

/** Exit codes: 1 when an input was bad (or an output failed), 2 when the command line itself was wrong. */
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

let debug = false;
export function setDebug(value: boolean): void {
  debug = value;
}

/**
 * Print an error as a person should read it: what, where, how to fix. The
 * stack only with --debug. `where` names the file when the error does not.
 */
export function reportError(error: unknown, where?: string): void {
  const prefix = where && !(isDatelineError(error) && error.source) ? `${where}: ` : "";
  if (isDatelineError(error)) process.stderr.write(`error: ${prefix}${error.describe()}\n`);
  else process.stderr.write(`error: ${prefix}${error instanceof Error ? error.message : String(error)}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
}

export function warn(message: string): void {
  process.stderr.write(`warning: ${message}\n`);
}
