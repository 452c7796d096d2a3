import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, it, vi } from "vitest";
import { cli, fixtures } from "./_run.js";

const seed = join(fixtures, "consent-notice-mid-article/source.txt");
async function inProcess(args: string[]) {
  vi.resetModules();
  const out: string[] = [];
  const err: string[] = [];
  const o = process.stdout.write;
  const e = process.stderr.write;
  process.stdout.write = ((c: string) => (out.push(String(c)), true)) as never;
  process.stderr.write = ((c: string) => (err.push(String(c)), true)) as never;
  process.exitCode = undefined;
  try {
    const { main } = await import("../src/_program.js");
    await main(["node", "dateline", ...args]);
  } finally {
    process.stdout.write = o;
    process.stderr.write = e;
  }
  const status = process.exitCode;
  process.exitCode = undefined;
  return { status, stdout: out.join(""), stderr: err.join("") };
}
it("proto", async () => {
  for (const args of [["parse", seed], ["build", seed, "--out", "/tmp/tt-proto/a", "--format", "json,jsonld"], ["build", seed, "--out", "/tmp/tt-proto/b", "--format", "pdf"]]) {
    for (let i = 0; i < 4; i++) {
      const c0 = process.cpuUsage(); const t0 = performance.now();
      const r = await inProcess(args);
      const c = process.cpuUsage(c0);
      console.log("inproc", args[0], args.at(-1), r.status, ((c.user + c.system) / 1e6).toFixed(3), "cpu", ((performance.now() - t0) / 1000).toFixed(3), "wall");
    }
    const t0 = performance.now();
    const s = spawnSync("/usr/bin/time", ["-f", "%U %S", process.execPath, cli, ...args], { encoding: "utf8", env: { ...process.env, SOURCE_DATE_EPOCH: "1741824000" } });
    console.log("spawn", args[0], args.at(-1), s.status, s.stderr.trim().split("\n").at(-1), ((performance.now() - t0) / 1000).toFixed(3), "wall");
  }
  expect(1).toBe(1);
});
