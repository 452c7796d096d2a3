// HTML ingest against Readability on jsdom, on the same generated pages (never devset pages).
import { fromHtml } from "@dateline/ingest";

/** A small deterministic generator, so every run times the same pages. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const WORDS =
  "the council river harbour market said would after before their about which school road families water winter summer plan budget vote members street station morning evening bridge ferry library volunteers residents week month year town county hospital service workers report".split(
    " ",
  );

function sentence(next, words = 12 + Math.floor(next() * 14)) {
  const out = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(next() * WORDS.length)]);
  out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  return `${out.join(" ")}.`;
}

function paragraph(next) {
  const sentences = Array.from({ length: 2 + Math.floor(next() * 4) }, () => sentence(next));
  const i = Math.floor(next() * sentences.length);
  sentences[i] = `<a href="/news/${Math.floor(next() * 1e6)}">${sentences[i]}</a>`;
  return `<p>${sentences.join(" ").replace(" the ", " <em>the</em> ")}</p>`;
}

/**
 * A news page of realistic size and shape (about 150 KB): head scripts and
 * styles, JSON-LD, a long menu, the story with figures and sub-headings, a
 * related grid, a comment thread and a footer of links.
 */
function page(seed) {
  const next = random(seed);
  const links = (n, prefix) =>
    Array.from(
      { length: n },
      (_, i) => `<li><a href="/${prefix}/${i}">${sentence(next, 2 + Math.floor(next() * 3)).slice(0, -1)}</a></li>`,
    ).join("");
  const script = `<script>window.__STATE__=${JSON.stringify({ items: Array.from({ length: 600 }, (_, i) => ({ id: i, title: sentence(next) })) })}</script>`;
  const style = `<style>${Array.from({ length: 900 }, (_, i) => `.c${i}{margin:${i}px;padding:0 ${i % 7}px}`).join("")}</style>`;
  const body = [];
  for (let i = 0; i < 18 + Math.floor(next() * 10); i++) {
    if (i % 6 === 5) body.push(`<h2>${sentence(next, 5).slice(0, -1)}</h2>`);
    if (i % 8 === 3)
      body.push(
        `<figure><img src="/img/${seed}-${i}.jpg" srcset="/img/${seed}-${i}-640.jpg 640w, /img/${seed}-${i}-1280.jpg 1280w" alt="${sentence(next, 6)}"><figcaption>${sentence(next, 10)} <span class="credit">Photo: A. Person</span></figcaption></figure>`,
      );
    body.push(paragraph(next));
  }
  const cards = Array.from(
    { length: 12 },
    (_, i) =>
      `<div class="card"><a href="/story/${i}"><img src="/t/${i}.jpg" alt=""><h3>${sentence(next, 8)}</h3></a><p>${sentence(next, 16)}</p></div>`,
  ).join("");
  const comments = Array.from(
    { length: 40 },
    (_, i) =>
      `<li class="comment" id="c${i}"><div class="comment-author">Reader ${i}</div><div class="comment-body"><p>${sentence(next)} ${sentence(next)}</p></div><div class="comment-actions"><a href="#r${i}">Reply</a> <a href="#l${i}">Like</a></div></li>`,
  ).join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${sentence(next, 8)} | Bench Gazette</title>
<meta property="og:title" content="Story ${seed}"><meta property="og:site_name" content="Bench Gazette"><link rel="canonical" href="https://bench.example.com/news/${seed}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Story ${seed}","datePublished":"2025-03-13T09:30:00+01:00","author":{"@type":"Person","name":"Ada Reporter"}}</script>
${style}${script}</head><body><header><nav><ul>${links(60, "section")}</ul></nav></header>
<main><article><h1>Story ${seed}</h1><p class="byline">By Ada Reporter</p><div class="share"><a href="https://social.example.com/s">Share</a></div><div class="article-body">${body.join("\n")}</div></article>
<section class="related"><h2>More stories</h2><div class="grid">${cards}</div></section>
<section class="comments"><h2>Comments</h2><ol>${comments}</ol></section></main>
<aside class="sidebar"><h3>Most read</h3><ol>${links(10, "popular")}</ol></aside>
<footer><ul>${links(50, "footer")}</ul><p>${sentence(next, 30)}</p></footer></body></html>`;
}

const PAGES = 20;
const pages = () => Array.from({ length: PAGES }, (_, i) => page(i + 1));
const totalBytes = ({ pages }) => pages.reduce((sum, html) => sum + Buffer.byteLength(html), 0);

export const cases = [
  {
    name: "html: Readability 0.6 on jsdom, 20 pages",
    setup: async () => {
      try {
        const [{ Readability }, { JSDOM, VirtualConsole }] = await Promise.all([import("@mozilla/readability"), import("jsdom")]);
        return { pages: pages(), Readability, JSDOM, VirtualConsole };
      } catch {
        return { skip: "install the root devDependencies @mozilla/readability and jsdom" };
      }
    },
    run: ({ pages, Readability, JSDOM, VirtualConsole }) => {
      for (const html of pages) {
        const dom = new JSDOM(html, { url: "https://bench.example.com/news/1", virtualConsole: new VirtualConsole() });
        new Readability(dom.window.document).parse();
        dom.window.close();
      }
    },
    bytes: totalBytes,
    items: () => PAGES,
    warmup: 1,
    repeat: 5,
  },
  {
    name: "html: fromHtml, 20 pages",
    setup: () => ({ pages: pages() }),
    run: ({ pages }) => {
      for (const html of pages) fromHtml(html, { url: "https://bench.example.com/news/1" });
    },
    bytes: totalBytes,
    items: () => PAGES,
    warmup: 2,
    repeat: 7,
    compareTo: "html: Readability 0.6 on jsdom, 20 pages",
  },
  // Hostile pages at the 10 MB limit: the figures behind the limits in packages/ingest/README.md.
  {
    name: "html: 10 MB of unclosed <div> (stopped at the element limit)",
    setup: () => ({ html: `<html><body>${"<div>".repeat(Math.floor((10 * 1024 * 1024 - 64) / 5))}x` }),
    run: ({ html }) => {
      try {
        fromHtml(html);
      } catch (error) {
        return error.code;
      }
      return "read";
    },
    repeat: 1,
  },
  {
    name: "html: 262,000 nested <div>, just under the limit",
    setup: () => ({ html: `<html><body>${"<div>".repeat(262_000)}<h1>Deep</h1><p>${"A sentence of the story. ".repeat(4)}</p>` }),
    run: ({ html }) => `${fromHtml(html).body.length} block(s)`,
    repeat: 1,
  },
  {
    name: "html: 2 million entities (10 MB)",
    setup: () => ({
      html: `<html><body><h1>Entities</h1><p>${"&amp;".repeat(2_000_000)}</p><p>${"A sentence of the story. ".repeat(4)}</p>`,
    }),
    run: ({ html }) => `${fromHtml(html).body.length} block(s)`,
    repeat: 1,
  },
];
