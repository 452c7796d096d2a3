import { directionOf, escapeXml, wordingFor } from "@dateline/html";
import type { Book, PlannedChapter } from "./_plan-book.js";
import { PATHS } from "./_paths.js";
import { labelLang, langAttributes, xhtmlDocument } from "./_xhtml-document.js";

/** Language and direction of an entry whose article differs from the book. */
function chapterLang(book: Book, chapter: PlannedChapter): string {
  if (chapter.lang === book.languages[0]) return "";
  return `${langAttributes(chapter.lang)}${chapter.dir === directionOf(book.languages[0]) ? "" : ` dir="${chapter.dir}"`}`;
}

/**
 * The navigation document, which is also the visible contents page. The EPUB
 * nav list may hold only a link per entry, so the entries with standfirsts
 * and bylines are a plain list beside it, and the `toc` and `landmarks` navs
 * that reading systems read for their own menus are hidden from the page.
 */
export function navDocument(book: Book): string {
  const english = labelLang(book.languages[0]);
  const contents = wordingFor(book.languages[0]).contents;
  const entries = book.chapters
    .map((chapter) => {
      const byline = chapter.byline ? `<p class="byline">${escapeXml(chapter.byline)}</p>` : "";
      return `<li${chapterLang(book, chapter)}><a href="${chapter.filename}">${escapeXml(chapter.headline)}</a><p class="summary">${escapeXml(chapter.summary)}</p>${byline}</li>`;
    })
    .join("\n");
  const tocEntries = book.chapters
    .map((chapter) => `<li${chapterLang(book, chapter)}><a href="${chapter.filename}">${escapeXml(chapter.headline)}</a></li>`)
    .join("\n");
  const landmarks = [
    [PATHS.coverPage, "cover", "Cover"],
    [PATHS.titlePage, "titlepage", "Title page"],
    [PATHS.nav, "toc", "Contents"],
    [book.chapters[0]!.filename, "bodymatter", "Start of articles"],
  ]
    .map(([href, type, label]) => `<li><a epub:type="${type}" href="${href}">${label}</a></li>`)
    .join("\n");
  const body = [
    `<section class="contents">`,
    `<h1>${escapeXml(contents)}</h1>`,
    `<ol>\n${entries}\n</ol>`,
    `</section>`,
    `<nav epub:type="toc" id="toc" role="doc-toc" hidden="hidden">`,
    `<h2>${escapeXml(contents)}</h2>`,
    `<ol>\n${tocEntries}\n</ol>`,
    `</nav>`,
    `<nav epub:type="landmarks" id="landmarks" hidden="hidden">`,
    `<h2${english}>Landmarks</h2>`,
    `<ol${english}>\n${landmarks}\n</ol>`,
    `</nav>`,
  ].join("\n");
  return xhtmlDocument({ lang: book.languages[0]!, dir: directionOf(book.languages[0]), title: book.title, type: "frontmatter", body });
}
