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
];
