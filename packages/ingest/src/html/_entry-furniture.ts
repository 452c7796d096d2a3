import type { Block } from "@dateline/schema";
import { TAG_LABELS } from "../steps/boilerplate.js";
import { CATEGORY_LABELS, FILED_IN_VERBS } from "../steps/date-line.js";

/**
 * A blog entry's footer's label of what the entry is filed in, tagged or categorised as ("This entry was posted in",
 * "Posted in", "Filed under:", "Tagged:", "Publié dans", "Veröffentlicht in", "Publicado en", "Categories:"): the
 * text reader's labels (`FILED_IN_VERBS`, `TAG_LABELS`, `CATEGORY_LABELS`).
 */
const ENTRY_FOOTER_LABEL = new RegExp(
  `(?<!\\p{L})(?:(?:${FILED_IN_VERBS})\\s+(?:in|under|unter|dans|sous|en|em|op|onder)|(?:${TAG_LABELS}|${CATEGORY_LABELS})\\s?[:：]?)\\s*$`,
  "iu",
);
/**
 * What may stand before a footer's label: nothing (it opens the paragraph), a mark or a link's separator ("News |
 * Tagged"), or the theme's words for the entry itself ("This entry was", "Cette entrée a été", "Dieser Beitrag wurde").
 * A story's sentence names its own subject there ("The study was published in <a>Nature</a>.").
 */
const BEFORE_FOOTER_LABEL =
  /(?:^|[|·•–—.;]|\b(?:and|et|und|y|e|en|i))\s*$|^\s*(?:this|ce(?:tte|t)?|diese[rs]?|est[ae]|quest[oa]|deze|dit)\s+(?:entry|post|article|item|entrée|billet|eintrag|beitrag|artikel|entrada|artículo|articolo|artigo|bericht)\s+(?:was|has been|a été|wurde|fue|ha sido|è stat[oa]|foi|werd|is)\s*$/iu;
/** Most characters of an entry's footer: a few labels and the links of its sections and tags. */
const MAX_ENTRY_FOOTER_CHARS = 240;
/**
 * A section's or a tag's name as a link: one word ("pier"), or up to three opening in a capital ("Local News"). A
 * story's link after "posted in" names a place in words of prose ("the council's library").
 */
const SECTION_LINK = /^[\p{L}\p{N}-]+$|^\p{Lu}\S*(?:\s\S+){0,2}$/u;
/** What follows a section's link in a footer: the next link's comma, the next label's mark, or the end. */
const AFTER_SECTION_LINK = /^\s*(?:$|[.,;|·•–—/]|and\b|et\b|und\b|y\b|e\b|en\b|i\b)/u;

/** Whether the text before a link ends in a footer's label that opens the footer or one of its parts. */
function isFooterLabel(before: string): boolean {
  const label = ENTRY_FOOTER_LABEL.exec(before);
  return label !== null && BEFORE_FOOTER_LABEL.test(before.slice(0, label.index));
}

/**
 * Whether a paragraph is a blog entry's footer: short, with a label of what the entry is filed in right before a link
 * (its section's or tag's archive page: "This entry was posted in <a>News</a>. Bookmark the <a>permalink</a>.",
 * "Posted in <a>Local</a> | Tagged <a>harbour</a> | Leave a comment"). A story's sentence names no archive page
 * after its words ("The report was posted in March and tagged as urgent."), or one in words of prose that its
 * sentence goes on past ("posted in <a>the council's library</a> on Monday").
 */
function isEntryFooter(block: Block): boolean {
  if (block.type !== "paragraph" || block.text.length > MAX_ENTRY_FOOTER_CHARS || !block.marks) return false;
  const { text } = block;
  return block.marks.some(
    (mark) =>
      mark.type === "link" &&
      isFooterLabel(text.slice(0, mark.start)) &&
      SECTION_LINK.test(text.slice(mark.start, mark.end)) &&
      AFTER_SECTION_LINK.test(text.slice(mark.end)),
  );
}

/**
 * A blog entry's footer closes the entry: the story's last paragraphs, when each is one, are the theme's, not the
 * story's. Pictures and boxes of links after them are left where they are.
 */
export function withoutEntryFooter(blocks: Block[]): Block[] {
  let end = blocks.length;
  while (end > 0 && (blocks[end - 1]!.type === "figure" || blocks[end - 1]!.type === "related")) end--;
  let start = end;
  while (start > 0 && isEntryFooter(blocks[start - 1]!)) start--;
  return start === end ? blocks : [...blocks.slice(0, start), ...blocks.slice(end)];
}

/** Most characters of a gallery's picture counter ("12 / 30", "Bild 2 von 7", "Photo 3 of 12"). */
const MAX_COUNTER_CHARS = 24;
/**
 * A gallery's counter of its pictures, with the word for a picture before it or none: "1 / 5", "3 of 12", "Bild 2 von
 * 7", "2 sur 7", "2 de 7", "2 di 7", "2 van 7", "2 z 7", "2 из 7".
 */
const PICTURE_COUNTER =
  /^(?:(photo|picture|image|slide|bild|foto|imagen|immagine|afbeelding|zdjęcie|фото)\s+)?(\d{1,3})\s*(?:\/|of|von|sur|de|di|van|z|из)\s*(\d{1,3})$/iu;
/**
 * Fewest counters without the word for a picture that make a gallery: one "2 / 3" or "1 of 2" alone may be the story's
 * (a score, a fraction, a step), a counter by each of a gallery's pictures is not.
 */
const MIN_BARE_COUNTERS = 2;

/** A paragraph's gallery counter alone ("named" when the word for a picture opens it), or null. */
function pictureCounter(block: Block): { named: boolean } | null {
  if (block.type !== "paragraph" || block.text.length > MAX_COUNTER_CHARS) return null;
  const counter = PICTURE_COUNTER.exec(block.text.trim());
  if (counter === null || Number(counter[2]) < 1 || Number(counter[2]) > Number(counter[3])) return null;
  return { named: counter[1] !== undefined };
}

/**
 * A gallery prints a counter by each picture ("3 / 12"): where it was mapped to a paragraph, it is not the story's.
 * Counters without the word for a picture go only when there are several of them. A story of counters alone (a gallery
 * whose captions were left out as furniture) keeps them, so that the page is still read for its headline, date and
 * byline rather than refused as holding no text.
 */
export function withoutPictureCounters(blocks: Block[]): Block[] {
  const counters = blocks.map(pictureCounter);
  if (!counters.some((counter) => counter !== null)) return blocks;
  const dropsBare = counters.filter((counter) => counter !== null && !counter.named).length >= MIN_BARE_COUNTERS;
  const kept = blocks.filter((_, i) => !(counters[i] && (counters[i].named || dropsBare)));
  return kept.some((block) => block.type === "paragraph") ? kept : blocks;
}
