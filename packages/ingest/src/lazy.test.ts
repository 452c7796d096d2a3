import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listFixtures } from "@dateline/test-kit";
import { parseMeta, read, SOURCE_KINDS, sniff } from "./index.js";
import * as lazy from "./lazy.js";

describe("@dateline/ingest/lazy", () => {
  it("exports exactly the names a command line needs", () => {
    expect(Object.keys(lazy).sort()).toEqual(["DEFAULT_MAX_BYTES", "parseMeta", "readLazily", "sniff"]);
  });

  it("reads every fixture source, of every kind, to the same articles as read()", async () => {
    const kinds = new Set<string>();
    for (const fixture of listFixtures().filter((f) => f.sourcePath && !f.item)) {
      const source = readFileSync(fixture.sourcePath!);
      const meta = fixture.metaPath ? parseMeta(JSON.parse(readFileSync(fixture.metaPath, "utf8")), fixture.metaPath) : undefined;
      const options = { hint: fixture.sourcePath!, ...(meta ? { meta } : {}) };
      kinds.add(sniff(source, options));
      expect(await lazy.readLazily(source, options), fixture.name).toEqual(read(source, options));
    }
    expect([...kinds].sort()).toEqual([...SOURCE_KINDS].sort());
  });

  it("refuses what read() refuses, with the same error", async () => {
    const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]);
    const expected = (() => {
      try {
        read(binary, { source: "picture.png" });
      } catch (error) {
        return error;
      }
    })();
    expect(expected).toBeInstanceOf(Error);
    await expect(lazy.readLazily(binary, { source: "picture.png" })).rejects.toEqual(expected);
  });
});
