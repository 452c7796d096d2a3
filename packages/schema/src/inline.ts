import { z } from "zod";
import { HttpUrl } from "./_primitives.js";

/**
 * Inline formatting as ranges over a block's plain `text` (UTF-16 offsets,
 * `start` inclusive, `end` exclusive). Keeping `text` plain means every
 * exporter can use it as is (search, feeds, word counts), and a renderer that
 * understands marks turns them into <a>, <em>, <strong> or PDF link runs.
 */
export const Mark = z
  .discriminatedUnion("type", [
    z.strictObject({
      type: z.literal("link"),
      start: z.int().min(0),
      end: z.int().min(1),
      href: HttpUrl,
    }),
    z.strictObject({ type: z.literal("emphasis"), start: z.int().min(0), end: z.int().min(1) }),
    z.strictObject({ type: z.literal("strong"), start: z.int().min(0), end: z.int().min(1) }),
  ])
  .meta({ id: "Mark", description: "A link, emphasis or strong range over the text of its block." });
export type Mark = z.infer<typeof Mark>;

/** Optional marks carried by every text block. */
export const marksField = z.array(Mark).optional();

/** A run of text with the marks that cover all of it, as produced by {@link textRuns}. */
export interface TextRun {
  text: string;
  href?: string;
  emphasis: boolean;
  strong: boolean;
}

/**
 * Split a block's text into runs at every mark boundary, so renderers only
 * deal with flat runs. Marks are assumed valid (checked by the schema); one
 * with an empty range covers nothing.
 *
 * Linear in the marks but for sorting their boundaries: asking every mark of
 * every run was quadratic (32,000 marks in one paragraph took 11 s in the PDF).
 */
export function textRuns(text: string, marks: readonly Mark[] = []): TextRun[] {
  if (marks.length === 0) return text ? [{ text, emphasis: false, strong: false }] : [];
  const points = [...new Set([0, text.length, ...marks.flatMap((mark) => [mark.start, mark.end])])].sort((a, b) => a - b);
  // Run i goes from points[i] to points[i + 1]; a mark covers the runs from the index of its start to the one before its end.
  const indexOf = new Map(points.map((point, i) => [point, i]));
  const ranges = marks
    .filter((mark) => mark.end > mark.start)
    .map((mark) => ({ mark, from: indexOf.get(mark.start)!, to: indexOf.get(mark.end)! }));
  // How many emphasis and strong marks open minus close at each point: their running sum covers a run.
  const emphasisChange = new Int32Array(points.length);
  const strongChange = new Int32Array(points.length);
  for (const { mark, from, to } of ranges) {
    const change = mark.type === "emphasis" ? emphasisChange : mark.type === "strong" ? strongChange : undefined;
    if (!change) continue;
    change[from]! += 1;
    change[to]! -= 1;
  }
  // The first link of the list that covers a run wins: links in list order each take the runs no
  // earlier link took, skipping taken ones through `nextFree` (pointers shortened as they are followed).
  const hrefs: (string | undefined)[] = new Array(points.length).fill(undefined);
  const nextFree = Int32Array.from(points.keys());
  const free = (run: number): number => {
    let root = run;
    while (nextFree[root] !== root) root = nextFree[root]!;
    for (let at = run; at !== root; ) {
      const following = nextFree[at]!;
      nextFree[at] = root;
      at = following;
    }
    return root;
  };
  for (const { mark, from, to } of ranges) {
    if (mark.type !== "link") continue;
    for (let run = free(from); run < to; run = free(run)) {
      hrefs[run] = mark.href;
      nextFree[run] = run + 1;
    }
  }
  const runs: TextRun[] = [];
  let emphasis = 0;
  let strong = 0;
  for (let i = 0; i < points.length - 1; i++) {
    emphasis += emphasisChange[i]!;
    strong += strongChange[i]!;
    const href = hrefs[i];
    runs.push({
      text: text.slice(points[i], points[i + 1]),
      ...(href !== undefined ? { href } : {}),
      emphasis: emphasis > 0,
      strong: strong > 0,
    });
  }
  return runs;
}
