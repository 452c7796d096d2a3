import { open, readFile, rm } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { DatelineError } from "@dateline/schema";
import { describeErrno } from "./_io.js";

/** How long a writer waits for another one before giving up: far longer than one `feed add` takes. */
const LOCK_WAIT_MS = 60_000;
/** First pause between attempts; it doubles up to the cap, so 20 waiting writers do not spin. */
const FIRST_PAUSE_MS = 5;
const MAX_PAUSE_MS = 200;

/** Whether a process with this id is running (a lock whose writer died is stale). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Create `path` holding our pid, only if it does not exist yet (O_EXCL); false when another holds it. */
async function tryCreate(path: string): Promise<boolean> {
  try {
    const handle = await open(path, "wx");
    await handle.writeFile(`${process.pid}\n`);
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/** The pid written in a lock file; undefined while it is being written or when it is gone. */
async function holder(path: string): Promise<number | undefined> {
  const text = await readFile(path, "utf8").catch(() => "");
  const pid = Number.parseInt(text, 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/**
 * Remove a lock left by a process that died. Two writers may find the same
 * stale lock; a second lock file (`.break`) lets only one of them remove it,
 * after checking again that it still names the dead process.
 */
async function breakIfStale(lock: string): Promise<void> {
  const pid = await holder(lock);
  if (pid === undefined || isRunning(pid)) return;
  const breaker = `${lock}.break`;
  if (!(await tryCreate(breaker))) {
    const breakerPid = await holder(breaker);
    if (breakerPid !== undefined && !isRunning(breakerPid)) await rm(breaker, { force: true });
    return;
  }
  try {
    if ((await holder(lock)) === pid) await rm(lock, { force: true });
  } finally {
    await rm(breaker, { force: true });
  }
}

/**
 * Run `work` while holding `<file>.lock`, so concurrent writers of one file
 * take turns: each reads the file only after the previous one has written it.
 */
export async function withFileLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  const lock = `${file}.lock`;
  const deadline = Date.now() + LOCK_WAIT_MS;
  let pause = FIRST_PAUSE_MS;
  for (;;) {
    let created: boolean;
    try {
      created = await tryCreate(lock);
    } catch (cause) {
      throw new DatelineError("UNWRITABLE_OUTPUT", `cannot create the lock file ${lock}: ${describeErrno(cause)}`, {
        source: file,
        cause,
        hint: "the folder of the feed must be writable",
      });
    }
    if (created) break;
    await breakIfStale(lock);
    if (Date.now() > deadline) {
      throw new DatelineError("UNWRITABLE_OUTPUT", `another dateline process has held ${lock} for over a minute`, {
        source: file,
        hint: `if no other dateline runs, remove ${lock}`,
      });
    }
    await sleep(pause * (0.5 + Math.random()));
    pause = Math.min(pause * 2, MAX_PAUSE_MS);
  }
  try {
    return await work();
  } finally {
    await rm(lock, { force: true });
  }
}
