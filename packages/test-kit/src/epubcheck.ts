import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
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

/**
 * Start EPUBCheck lazily, on the first book: Debian's EPUBCheck 4.2.6 checks
 * one file per run, and a JVM start costs seconds, so one long-lived JVM
 * (java/EpubcheckServer.java, run from source) checks every book of a test file.
 */
export function startEpubcheck(): Epubcheck {
  const scratch = mkdtempSync(join(tmpdir(), "dateline-epubcheck-"));
  const waiting: Array<{ resolve: (status: string) => void; reject: (error: Error) => void }> = [];
  let jvm: ChildProcessWithoutNullStreams | undefined;
  let stderr = "";
  let pendingOutput = "";
  let checked = 0;

  const failAll = (error: Error): void => {
    for (const request of waiting.splice(0)) request.reject(error);
  };

  const start = (): ChildProcessWithoutNullStreams => {
    requireEpubcheck();
    const child = spawn("java", [...JVM_FLAGS, "-cp", EPUBCHECK_JAR, SERVER_SOURCE], { stdio: ["pipe", "pipe", "pipe"] });
    child.stdout.setEncoding("utf8");
    child.stderr.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      pendingOutput += chunk;
      for (let end = pendingOutput.indexOf("\n"); end >= 0; end = pendingOutput.indexOf("\n")) {
        const line = pendingOutput.slice(0, end).trim();
        pendingOutput = pendingOutput.slice(end + 1);
        waiting.shift()?.resolve(line);
      }
    });
    child.stderr.on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_KEPT);
    });
    child.on("error", (error) => failAll(error));
    child.on("exit", (code, signal) => failAll(new Error(`epubcheck's JVM stopped (exit ${code ?? signal}): ${stderr}`)));
    return child;
  };

  return {
    async check(bytes, label) {
      jvm ??= start();
      checked += 1;
      const book = join(scratch, `${checked}-${label}.epub`);
      const report = join(scratch, `${checked}-${label}.json`);
      writeFileSync(book, bytes);
      const status = await new Promise<string>((resolve, reject) => {
        waiting.push({ resolve, reject });
        jvm!.stdin.write(`${book}\t${report}\n`);
      });
      if (!existsSync(report)) throw new Error(`epubcheck wrote no report for ${label} (exit ${status}): ${stderr}`);
      return complaints(report);
    },
    async close() {
      const child = jvm;
      jvm = undefined;
      if (child && child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.stdin.end();
        await exited;
      }
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
