import { readFileSync } from "node:fs";
import { fromText, parseMeta } from "@dateline/ingest";
import { listFixtures, SEED_FIXTURE } from "@dateline/test-kit";

/** The plain-text fixture pages with their metadata, as the CLI would read them. */
function textSources() {
  return listFixtures()
    .filter((fixture) => fixture.sourcePath?.endsWith(".txt"))
    .map((fixture) => ({
      name: fixture.name,
      bytes: readFileSync(fixture.sourcePath),
      meta: fixture.metaPath ? parseMeta(JSON.parse(readFileSync(fixture.metaPath, "utf8"))) : undefined,
    }));
}

function ingestAll(sources) {
  for (const source of sources) fromText(source.bytes, source.meta ? { meta: source.meta } : {});
}

/** One page of `size` bytes: a headline and numbered paragraphs, as the huge-input test makes (which stays just over the 10 MB limit). */
function hugePage(size) {
  const paragraph = (n) =>
    `The council met on Tuesday for item ${n} and agreed, after a long debate, to keep the library open on Sundays for another year.`;
  const count = Math.ceil(size / (paragraph(0).length + 2));
  return `Council keeps Sunday library hours\n\n${Array.from({ length: count }, (_, n) => `${paragraph(n)}\n\n`).join("")}`;
}

const totalBytes = (sources) => sources.reduce((sum, source) => sum + source.bytes.byteLength, 0);

export const cases = [
  {
    name: "ingest: seed page",
    setup: () => ({ sources: textSources().filter((source) => source.name === SEED_FIXTURE) }),
    run: ({ sources }) => {
      // One page is too short to time alone; 50 parses, reported per page.
      for (let i = 0; i < 50; i++) ingestAll(sources);
    },
    bytes: ({ sources }) => totalBytes(sources) * 50,
    items: () => 50,
    warmup: 2,
    repeat: 7,
  },
  {
    name: "ingest: 1,000-article batch",
    setup: () => {
      const pages = textSources();
      return { sources: Array.from({ length: 1000 }, (_, i) => pages[i % pages.length]) };
    },
    run: ({ sources }) => ingestAll(sources),
    bytes: ({ sources }) => totalBytes(sources),
    items: ({ sources }) => sources.length,
    warmup: 3,
    repeat: 7,
  },
  {
    name: "ingest: one 50 MB page",
    setup: () => ({ text: hugePage(50 * 1024 * 1024) }),
    run: ({ text }) => {
      fromText(text, { maxBytes: 64 * 1024 * 1024 });
    },
    bytes: ({ text }) => Buffer.byteLength(text),
    repeat: 3,
  },
];
