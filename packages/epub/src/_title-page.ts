import { directionOf, escapeXml, sourcesText, storyCount } from "@dateline/html";
import type { Book } from "./_plan-book.js";
import { labelLang, xhtmlDocument } from "./_xhtml-document.js";

/** Title, edition, date and sources in words, in the book's language: everything the cover shows, for every reader. */
export function titlePage(book: Book): string {
  const language = book.languages[0];
  const english = labelLang(language);
  const count = book.chapters.length;
  const lines = [
    `<h1 class="title">${escapeXml(book.title)}</h1>`,
    ...(book.edition ? [`<p class="edition">${escapeXml(book.edition)}</p>`] : []),
    ...(book.dateShown ? [`<p class="date"><time datetime="${book.dateShown.iso}">${escapeXml(book.dateShown.text)}</time></p>`] : []),
    `<p class="count">${escapeXml(storyCount(count, language))}</p>`,
    ...(book.publishers.length > 0 ? [`<p class="sources">${escapeXml(sourcesText(book.publishers, language))}</p>`] : []),
    `<p class="colophon"${english}>Made with Dateline</p>`,
  ];
  return xhtmlDocument({
    lang: language,
    dir: directionOf(language),
    title: book.title,
    type: "frontmatter titlepage",
    body: `<section class="title-page">\n${lines.join("\n")}\n</section>`,
  });
}
