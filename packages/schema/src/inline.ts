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
 * deal with flat runs. Marks are assumed valid (checked by the schema).
 */
export function textRuns(text: string, marks: readonly Mark[] = []): TextRun[] {
  if (marks.length === 0) return text ? [{ text, emphasis: false, strong: false }] : [];
  const cuts = new Set<number>([0, text.length]);
  for (const mark of marks) {
    cuts.add(mark.start);
    cuts.add(mark.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const covering = marks.filter((m) => m.start <= start && m.end >= end);
    const link = covering.find((m) => m.type === "link");
    runs.push({
      text: text.slice(start, end),
      ...(link ? { href: link.href } : {}),
      emphasis: covering.some((m) => m.type === "emphasis"),
      strong: covering.some((m) => m.type === "strong"),
    });
  }
  return runs;
}
