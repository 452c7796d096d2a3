import type { PlannedChapter } from "./_plan-book.js";
import { xhtmlDocument } from "./_xhtml-document.js";

/** One article, one content document, in the article's own language and direction. */
export function chapterPage(chapter: PlannedChapter): string {
  return xhtmlDocument({ lang: chapter.lang, dir: chapter.dir, title: chapter.headline, type: "bodymatter chapter", body: chapter.xhtml });
}
