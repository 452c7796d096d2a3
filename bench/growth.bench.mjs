// Growth: each shape of hostile input doubled 4 times (1×, 2×, 4×, 8×, 16×), timed at
// every size (CPU time of one run); the info column gives the time ratio of each doubling (near 2 is
// linear, near 4 quadratic) and the growth exponent fitted over all of them (near 1 linear, 2
// quadratic). Ingest and every exporter, on the worst shapes of issue 14.
import { toEpub } from "@dateline/epub";
import { fromHtml, fromMarkdown, fromText } from "@dateline/ingest";
import { toJsonLd } from "@dateline/jsonld";
import { toPdf } from "@dateline/pdf";
import { toRss } from "@dateline/rss";

const DOUBLINGS = 4;
const PROSE = "The council said on Tuesday that the ferry would run again from July, ending a two-year pause.";

/** Repeat `unit` until the text is `bytes` long. */
const filled = (unit, bytes) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
const page = (body) => `Harbour board votes to keep the night ferry\n\nBy Ann Example\n\n${PROSE}\n\n${body}\n\n${PROSE}\n`;

/** A page of HTML whose body is `bytes` of markup made of `open`, the story and `close`, each repeated. */
const htmlPage = (open, close, bytes) => {
  const depth = Math.ceil(bytes / (open.length + close.length));
  return `<html><body><h1>Harbour board votes to keep the night ferry</h1>${open.repeat(depth)}<p>${PROSE}</p>${close.repeat(depth)}</body></html>`;
};

/** Ingest shapes, by size in bytes, each with the reader it goes to. */
const PAGES = {
  "read more lines": { read: fromText, make: (bytes) => page(filled("Read more: the story of the ferry\n", bytes)) },
  "one huge line": { read: fromText, make: (bytes) => page(filled("word ", bytes)) },
  "many tiny lines": { read: fromText, make: (bytes) => page(filled("a\n", bytes)) },
  "thousands of headings": { read: fromText, make: (bytes) => page(filled(`Section heading\n\n${PROSE}\n\n`, bytes)) },
  "related links packed into a story": {
    read: fromText,
    make: (bytes) =>
      page(`${`${PROSE}\n\n`.repeat(30)}${filled("See also: the story of the ferry\n", bytes)}\n${`${PROSE}\n\n`.repeat(30)}`),
  },
  "HTML nested thousands deep": { read: fromHtml, make: (bytes) => htmlPage("<div>", "</div>", bytes) },
  "Markdown paragraph of links": {
    read: fromMarkdown,
    make: (bytes) => `# Ferry\n\n${PROSE}\n\n${filled("[the ferry](https://news.example.com/ferry) ", bytes)}\n`,
  },
  "HTML thousands of headings": {
    read: fromHtml,
    make: (bytes) => htmlPage(`<h2>Section heading</h2><p>${PROSE}</p>`, "", bytes),
  },
  // The deep and repeated shapes the header's date and title searches meet (once timed in the tests, now here).
  "HTML a dated link nested thousands deep under the headline": {
    read: fromHtml,
    make: (bytes) => headedPage(nested("<div>", '<a href="/x">Pier</a> 1 May 2025', "</div>", bytes)),
  },
  "HTML <time>s nested thousands deep under the headline": {
    read: fromHtml,
    make: (bytes) => headedPage(`<div>${nested("<time>", "x", "</time>", bytes)}</div>`),
  },
  "HTML thousands of boxes repeating the title": {
    read: fromHtml,
    make: (bytes) => headedPage(filled("<div>Harbour board votes to keep the night ferry</div>", bytes)),
  },
  // Lines the name, date and credit patterns read, each made of their own pieces.
  "a line of place words": { read: fromText, make: (bytes) => page(`${filled("San ", bytes)}x`) },
  "a date line of pointed letters": {
    read: fromText,
    make: (bytes) => page(`4 ${filled("אַ", bytes / 2)} 2025 ${filled("4טן ", bytes / 2)}`),
  },
  "a credit of slashes in brackets": { read: fromText, make: (bytes) => page(`x (${filled("Ab Cd/", bytes)} )`) },
  "a reporter's label after a run of ideographs": { read: fromText, make: (bytes) => page(`${filled("本", bytes)}记者：`) },
};

/** `open` repeated to nest `inner` as deep as `bytes` of markup allow, then closed. */
function nested(open, inner, close, bytes) {
  const depth = Math.ceil(bytes / (open.length + close.length));
  return `${open.repeat(depth)}${inner}${close.repeat(depth)}`;
}

/** A page of HTML with `header` between its headline and its story. */
function headedPage(header) {
  return `<html lang="en"><body><h1>Harbour board votes to keep the night ferry</h1>${header}<p>${PROSE}</p><p>${PROSE}</p></body></html>`;
}

/** Exporter shapes, by a size unit. */
const ARTICLES = {
  "huge headline": (n) => article(filled("Harbour ferry returns ", 4096 * n), [{ type: "paragraph", text: PROSE }]),
  "long body": (n) =>
    article(
      "Long body",
      Array.from({ length: 100 * n }, () => ({ type: "paragraph", text: PROSE })),
    ),
  "thousands of headings": (n) =>
    article(
      "Headings",
      Array.from({ length: 100 * n }, (_, i) =>
        i % 2 ? { type: "paragraph", text: PROSE } : { type: "heading", level: 2, text: `Part ${i}` },
      ),
    ),
  "one paragraph of marks": (n) => article("Marks", [markedParagraph(400 * n)]),
};

/** One paragraph of `count` words, each a link, emphasised or strong in turn. */
function markedParagraph(count) {
  const words = Array.from({ length: count }, (_, i) => `word${i}`);
  const marks = [];
  let start = 0;
  for (const [i, word] of words.entries()) {
    const end = start + word.length;
    const type = ["link", "emphasis", "strong"][i % 3];
    marks.push(type === "link" ? { type, start, end, href: `https://news.example.com/${i}` } : { type, start, end });
    start = end + 1;
  }
  return { type: "paragraph", text: words.join(" "), marks };
}

function article(headline, body) {
  return {
    version: "1.0",
    url: "https://news.example.com/story",
    headline,
    publisher: { type: "Organization", name: "Example News", url: "https://news.example.com" },
    datePublished: "2025-03-13T09:30:00Z",
    inLanguage: "en",
    body,
  };
}

/** Each exporter with the size unit it starts from: the quick ones start larger, so their times are measurable. */
const EXPORTERS = {
  pdf: { base: 4, render: (a) => toPdf([a], {}) },
  epub: { base: 8, render: (a) => toEpub([a], {}) },
  rss: { base: 32, render: (a) => toRss([a], { feedUrl: "https://news.example.com/feed.xml" }) },
  jsonld: { base: 32, render: (a) => JSON.stringify(toJsonLd(a, { graph: true, includeBody: true })) },
};

/** Tries at each size; the quickest counts, as the least disturbed by the collector and the host. */
const TRIES = 3;
/**
 * Each try repeats the run until this much CPU time is spent and counts the mean: a small size that
 * takes a few milliseconds, timed once, moves with every hiccup of a shared host, and its ratio to
 * the next size then says more about the host than about the code.
 */
const MIN_TRY_MS = 150;

/** CPU milliseconds of the process (every thread, the collector's too) since `start`. */
function cpuMsSince(start) {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

/**
 * Milliseconds for one run, the quickest of TRIES means. CPU time rather than wall time: growth is
 * about the work done, and on a host shared with other jobs the wall clock also counts the time the
 * process waited for a core.
 */
async function timeOf(run) {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < TRIES; i++) {
    globalThis.gc?.();
    let runs = 0;
    const start = process.cpuUsage();
    let spent = 0;
    do {
      await run();
      // Pending callbacks run between runs, as between two jobs: the RSS serializer defers one with
      // process.nextTick that holds its whole output, and a loop of awaits alone never lets it run.
      await new Promise((resolve) => setImmediate(resolve));
      runs++;
      spent = cpuMsSince(start);
    } while (spent < MIN_TRY_MS);
    best = Math.min(best, spent / runs);
  }
  return best;
}

/** Time one run at every doubling (`prepare(size)` makes the input untimed and returns the run); the ratios of consecutive times. */
async function growth(prepare, base) {
  const times = [];
  for (let step = 0; step <= DOUBLINGS; step++) {
    times.push(await timeOf(prepare(base * 2 ** step)));
  }
  const ratios = times.slice(1).map((time, i) => (time / times[i]).toFixed(1));
  return `${times[0].toFixed(0)}→${times.at(-1).toFixed(0)} ms of CPU, ratio per doubling ${ratios.join(" ")}, exponent ${exponent(times).toFixed(2)}`;
}

/**
 * How time grows with size over all the doublings at once: the slope of log time against log
 * size, fitted by least squares (1 linear, 2 quadratic). One disturbed size moves a ratio a lot
 * and this little.
 */
function exponent(times) {
  const xs = times.map((_, step) => step);
  const ys = times.map((time) => Math.log2(time));
  const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const [x, y] = [mean(xs), mean(ys)];
  const covariance = xs.reduce((sum, xi, i) => sum + (xi - x) * (ys[i] - y), 0);
  const variance = xs.reduce((sum, xi) => sum + (xi - x) ** 2, 0);
  return covariance / variance;
}

/** Ingest one page; a page refused with a DatelineError (no article in it) is an outcome too, and timed as one. */
function ingest(read, text) {
  try {
    read(text, { maxBytes: 64 * 1024 * 1024 });
  } catch (error) {
    if (error?.name !== "DatelineError") throw error;
  }
}

const ingestCases = Object.entries(PAGES).map(([shape, { read, make }]) => ({
  name: `growth: ingest, ${shape} (64 KB→1 MB)`,
  setup: () => {
    // Warm the JIT on a small page so the first size is not a cold start.
    ingest(read, make(16 * 1024));
  },
  repeat: 1,
  run: () =>
    growth((bytes) => {
      const text = make(bytes);
      return () => ingest(read, text);
    }, 64 * 1024),
}));

const exporterCases = Object.entries(EXPORTERS).flatMap(([format, { base, render }]) =>
  Object.entries(ARTICLES).map(([shape, make]) => ({
    name: `growth: ${format}, ${shape}`,
    setup: async () => {
      await render(make(1));
    },
    repeat: 1,
    run: () =>
      growth((n) => {
        const article = make(n);
        return () => render(article);
      }, base),
  })),
);

export const cases = [...ingestCases, ...exporterCases];
