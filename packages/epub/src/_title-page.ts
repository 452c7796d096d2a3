import { escapeXml } from "@dateline/html";
import type { Book } from "./_plan-book.js";
import { labelLang, xhtmlDocument } from "./_xhtml-document.js";

function listOf(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** Title, edition, date and sources in words: everything the cover shows, for every reader. */
export function titlePage(book: Book): string {
  const english = labelLang(book.languages[0]);
  const count = book.chapters.length;
  const lines = [
    `<h1 class="title">${escapeXml(book.title)}</h1>`,
    ...(book.edition ? [`<p class="edition">${escapeXml(book.edition)}</p>`] : []),
    ...(book.dateShown ? [`<p class="date"><time datetime="${book.dateShown.iso}">${escapeXml(book.dateShown.text)}</time></p>`] : []),
    `<p class="count"${english}>${count} ${count === 1 ? "article" : "articles"}</p>`,
    ...(book.publishers.length > 0 ? [`<p class="sources"${english}>From ${escapeXml(listOf(book.publishers))}</p>`] : []),
    `<p class="colophon"${english}>Made with Dateline</p>`,
  ];
  return xhtmlDocument({
    lang: book.languages[0],
    title: book.title,
    type: "frontmatter titlepage",
    body: `<section class="title-page">\n${lines.join("\n")}\n</section>`,
  });
}
