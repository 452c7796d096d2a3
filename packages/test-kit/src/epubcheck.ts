import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { HANG_GUARD_MS, HANG_KILL_SIGNAL } from "./hang-guard.js";
import { requireTool } from "./tools.js";

const EPUBCHECK_JAR = "/usr/share/java/epubcheck.jar";
/** Resolved from the package root, so it is found from src/ (tests) and dist/ alike. */
const SERVER_SOURCE = fileURLToPath(new URL("../java/EpubcheckServer.java", import.meta.url));
/** Only shorten start-up: the checks are short, so the JVM's top compiler tier and parallel GC cost more than they give. */
const JVM_FLAGS = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"];
/** How much of the JVM's standard error is kept to explain a crash. */
const STDERR_KEPT = 8 * 1024;

interface EpubcheckMessage {
  ID: string;
  severity: string;
  message: string;
  locations: Array<{ path: string; line: number; column: number }>;
}

/** One EPUBCheck JVM that checks books one after another; start one per test file and close it after. */
export interface Epubcheck {
  /** Every fatal, error and warning for the book, one line each (empty when clean). */
  check(bytes: Uint8Array, label: string): Promise<string[]>;
  close(): Promise<void>;
}

export interface EpubcheckOptions {
  /** Only for the test of the guard itself; every other JVM keeps the suite's HANG_GUARD_MS. */
  hangGuardMs?: number;
}

function requireEpubcheck(): void {
  requireTool("java", "epubcheck");
  if (!existsSync(EPUBCHECK_JAR)) {
    throw new Error(
      `${EPUBCHECK_JAR} is missing, so EPUBs cannot be validated. Install it with: apt-get install -y epubcheck (.ci/run does this)`,
    );
  }
}

function complaints(reportPath: string): string[] {
  const { messages } = JSON.parse(readFileSync(reportPath, "utf8")) as { messages: EpubcheckMessage[] };
  return messages
    .filter((m) => m.severity !== "INFO" && m.severity !== "USAGE")
    .map((m) => `${m.severity}(${m.ID}) ${m.locations.map((l) => `${l.path}:${l.line}:${l.column}`).join(", ")}: ${m.message}`);
}

/** EPUBCheck's exit status when it found no fatal error and no error. */
const CLEAN_STATUS = "0";

/**
 * A book's complaints, given EPUBCheck's exit status and what its report holds. A failed run whose
 * report names no fatal error or error (only usage or information messages, which `complaints` leaves
 * out) must not read as a clean book.
 */
export function verdict(status: string, found: string[], label: string): string[] {
  if (status !== CLEAN_STATUS && !found.some((line) => /^(FATAL|ERROR)\(/.test(line))) {
    throw new Error(`epubcheck exited ${status} for ${label} without naming an error`);
  }
  return found;
}

/**
 * Start EPUBCheck lazily, on the first book: Debian's EPUBCheck 4.2.6 checks
 * one file per run, and a JVM start costs seconds, so one long-lived JVM
 * (java/EpubcheckServer.java, run from source) checks every book of a test file.
 * A JVM that does not answer on a book within the hang guard is killed, and the
 * book fails, named.
 */
export function startEpubcheck(options: EpubcheckOptions = {}): Epubcheck {
  const { hangGuardMs = HANG_GUARD_MS } = options;
  const scratch = mkdtempSync(join(tmpdir(), "dateline-epubcheck-"));
  const waiting: Array<{ label: string; resolve: (status: string) => void; reject: (error: Error) => void }> = [];
  let jvm: ChildProcessWithoutNullStreams | undefined;
  let stderr = "";
  let checked = 0;
  let guard: NodeJS.Timeout | undefined;
  /** The book the guard killed the JVM on, for the error its exit gives. */
  let hungOn: string | undefined;

  const failAll = (error: Error): void => {
    clearTimeout(guard);
    for (const request of waiting.splice(0)) request.reject(error);
  };

  /**
   * The JVM checks one book at a time, so the guard times the book at the head of the queue: time a
   * book spends waiting behind others (long, under load) never counts against it.
   */
  const guardHead = (): void => {
    clearTimeout(guard);
    const head = waiting[0];
    const child = jvm;
    if (!head || !child) return;
    guard = setTimeout(() => {
      hungOn = head.label;
      child.kill(HANG_KILL_SIGNAL);
    }, hangGuardMs);
  };

  const start = (): ChildProcessWithoutNullStreams => {
    requireEpubcheck();
    const child = spawn("java", [...JVM_FLAGS, "-cp", EPUBCHECK_JAR, SERVER_SOURCE], { stdio: ["pipe", "pipe", "pipe"] });
    let pendingOutput = "";
    child.stdout.setEncoding("utf8");
    child.stderr.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      pendingOutput += chunk;
      for (let end = pendingOutput.indexOf("\n"); end >= 0; end = pendingOutput.indexOf("\n")) {
        const line = pendingOutput.slice(0, end).trim();
        pendingOutput = pendingOutput.slice(end + 1);
        waiting.shift()?.resolve(line);
        guardHead();
      }
    });
    child.stderr.on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_KEPT);
    });
    // A JVM that stopped is forgotten, so the next book starts a new one instead of writing to a dead pipe.
    const forget = (error: Error): void => {
      if (jvm === child) jvm = undefined;
      failAll(error);
    };
    child.on("error", forget);
    child.stdin.on("error", forget);
    child.on("exit", (code, signal) => {
      const hung = hungOn;
      hungOn = undefined;
      forget(
        hung === undefined
          ? new Error(`epubcheck's JVM stopped (exit ${code ?? signal}): ${stderr}`)
          : new Error(
              `the run hung: epubcheck's JVM did not answer on ${hung} within the ${hangGuardMs} ms hang guard and was killed with ${HANG_KILL_SIGNAL}\n${stderr}`,
            ),
      );
    });
    return child;
  };

  return {
    async check(bytes, label) {
      checked += 1;
      const book = join(scratch, `${checked}-${label}.epub`);
      const report = join(scratch, `${checked}-${label}.json`);
      writeFileSync(book, bytes);
      const child = (jvm ??= start());
      const status = await new Promise<string>((resolve, reject) => {
        const request = { label, resolve, reject };
        if (waiting.push(request) === 1) guardHead();
        // A pipe that closed under the write reports it only here: fail this book rather than wait for an answer.
        child.stdin.write(`${book}\t${report}\n`, (error) => {
          if (!error) return;
          const index = waiting.indexOf(request);
          if (index >= 0) waiting.splice(index, 1);
          reject(error);
        });
      });
      if (!existsSync(report)) throw new Error(`epubcheck wrote no report for ${label} (exit ${status}): ${stderr}`);
      return verdict(status, complaints(report), label);
    },
    async close() {
      const child = jvm;
      jvm = undefined;
      clearTimeout(guard);
      if (child && child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.stdin.end();
        // A JVM that does not stop when its input ends would otherwise outlive the suite.
        const stopGuard = setTimeout(() => child.kill(HANG_KILL_SIGNAL), hangGuardMs);
        await exited;
        clearTimeout(stopGuard);
      }
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
