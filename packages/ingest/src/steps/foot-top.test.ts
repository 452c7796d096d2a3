import { describe, expect, it } from "vitest";
import type { ClassifiedLine, LineClass } from "./classify.js";
import { footTop, ProseTally } from "./find-region.js";
import { seededRandom } from "@dateline/test-kit";

const CLASSES: LineClass[] = ["good", "medium", "short", "boilerplate", "bad", "end"];

/** The walk `footTop` stands for: up from the region's end while the prose below stays within the share. */
function walkedFootTop(tally: ProseTally, start: number, end: number, maxShareBelow: number): number {
  const maxBelow = tally.between(start, end) * maxShareBelow;
  let top = end;
  while (top - 1 > start && tally.between(top, end) <= maxBelow) top--;
  return top;
}

describe("footTop", () => {
  it("finds by halving the line the walk up from the region's end stops at", () => {
    const next = seededRandom(20261203);
    for (let n = 0; n < 3000; n++) {
      const count = Math.floor(next() * 40);
      const lines = Array.from(
        { length: count },
        (_, index) =>
          ({
            index,
            class: CLASSES[Math.floor(next() * CLASSES.length)]!,
            text: "x".repeat(1 + Math.floor(next() * 200)),
          }) as unknown as ClassifiedLine,
      );
      const start = Math.floor(next() * (count + 1));
      const end = start + Math.floor(next() * (count - start + 1));
      const tally = new ProseTally(lines, start, end);
      // The end rules' own share, and shares from none of the prose to all of it.
      for (const share of [0, 0.1, 0.25, 0.5, 1]) {
        for (const regionEnd of [end, Math.max(start, end - 3)]) {
          expect(footTop(tally, start, regionEnd, share)).toBe(walkedFootTop(tally, start, regionEnd, share));
        }
      }
    }
  });
});
