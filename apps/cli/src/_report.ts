import { isDatelineError } from "@dateline/schema/errors";
import { describeErrno } from "./_io.js";

/** Exit codes: 1 when an input was bad (or an output failed), 2 when the command line itself was wrong. */
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

let debug = false;
let verbose = false;
export function setDebug(value: boolean): void {
  debug = value;
}
/** With --verbose every warning and note is printed; without, repeats of one kind are counted. */
export function setVerbose(value: boolean): void {
  verbose = value;
}

/**
 * Print an error as a person should read it: what, where, how to fix. The
 * stack only with --debug. `where` names the file when the error does not.
 * An errno error that escaped the commands is said in a plain sentence.
 */
export function reportError(error: unknown, where?: string): void {
  const prefix = where && !(isDatelineError(error) && error.source) ? `${where}: ` : "";
  if (isDatelineError(error)) process.stderr.write(`error: ${prefix}${error.describe()}\n`);
  else if ((error as NodeJS.ErrnoException | undefined)?.code) {
    const path = (error as NodeJS.ErrnoException).path;
    process.stderr.write(`error: ${prefix}${path ? `${path}: ` : ""}${describeErrno(error)}\n`);
  } else process.stderr.write(`error: ${prefix}${error instanceof Error ? error.message : String(error)}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
}

/**
 * The kind of a message, so repeats can be counted: without the file it
 * names first, and with quoted values, numbers and indexes blanked.
 */
function kindOf(message: string): string {
  return message
    .replace(/^[^\s:]+: /, "")
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\bhttps?:\/\/[^\s"]+/g, "…")
    .replace(/\[\d+\]/g, "[…]")
    .replace(/\d+/g, "#")
    .replace(/: .*$/, "");
}

interface Tally {
  kind: string;
  first: string;
  count: number;
}
const warnings = new Map<string, Tally>();
const notes = new Map<string, Tally>();

/** How many warnings this run gave, for --strict. */
export function warningCount(): number {
  let count = 0;
  for (const tally of warnings.values()) count += tally.count;
  return count;
}

function tallied(book: Map<string, Tally>, message: string, kind: string): boolean {
  const tally = book.get(kind);
  if (tally) tally.count++;
  else book.set(kind, { kind, first: message, count: 1 });
  return tally === undefined;
}

/** A problem in an output that the user should act on. The first of each kind is printed at once. */
export function warn(message: string, kind = kindOf(message)): void {
  if (tallied(warnings, message, kind) || verbose) process.stderr.write(`warning: ${message}\n`);
}

/** Advice that does not make an output wrong (data a search engine recommends); listed only with --verbose. */
export function note(message: string): void {
  tallied(notes, message, kindOf(message));
  if (verbose) process.stderr.write(`note: ${message}\n`);
}

/** At the end of a run: one line for each kind of warning that repeated, one for the advice held back. */
export function summariseWarnings(): void {
  if (verbose) return;
  for (const { kind, count } of warnings.values()) {
    if (count > 1) process.stderr.write(`warning: ${count - 1} more like "${kind}" (--verbose lists them all)\n`);
  }
  let advice = 0;
  for (const { count } of notes.values()) advice += count;
  if (advice > 0) {
    const kinds = [...notes.values()].map(({ kind, count }) => `${kind} ×${count}`).join("; ");
    process.stderr.write(`note: ${advice} suggestion${advice === 1 ? "" : "s"} for richer output (${kinds}); --verbose lists them\n`);
  }
}
