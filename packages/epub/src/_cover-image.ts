import { escapeXml } from "@dateline/html";
import type { Book } from "./_plan-book.js";
import { PATHS } from "./_paths.js";
import { xhtmlDocument } from "./_xhtml-document.js";

const WIDTH = 600;
const HEIGHT = 900;
const MARGIN = 60;
const TEXT_WIDTH = WIDTH - 2 * MARGIN;
const TITLE_TOP = 250;
const TITLE_BOTTOM = 700;
/** Largest first: the title takes the biggest size at which it fits the space between the rules. */
const TITLE_SIZES = [64, 56, 48, 40, 34];
/** Baseline to baseline, in font sizes. */
const LINE_HEIGHT = 1.15;

/**
 * Rough advance of one character in ems. SVG has no text wrapping and the
 * reader's serif is unknown, so lines are broken on an estimate: wide (CJK)
 * characters take a full em, everything else about half.
 */
function advance(char: string): number {
  return /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 1 : 0.52;
}

/**
 * Greedy line breaking at spaces; a word too long for a line is cut where it overflows.
 * Stops once `maxLines` + 1 lines are made: the cover shows no more, and a huge title
 * (issue 14) is then laid out in time bounded by the cover, not by the title's length.
 * The line's width is summed as it grows, in the same order as a fresh sum would be.
 */
function wrap(text: string, size: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  let ems = 0;
  const full = () => lines.length > maxLines;
  for (const [word] of text.matchAll(/\S+/gu)) {
    let candidateEms = ems;
    if (line) candidateEms += advance(" ");
    for (const char of word) candidateEms += advance(char);
    if (candidateEms * size <= TEXT_WIDTH) {
      line = line ? `${line} ${word}` : word;
      ems = candidateEms;
      continue;
    }
    if (line) lines.push(line);
    line = "";
    ems = 0;
    for (const char of word) {
      if (full()) return lines;
      const charEms = advance(char);
      if (line && (ems + charEms) * size > TEXT_WIDTH) {
        lines.push(line);
        line = "";
        ems = 0;
      }
      line += char;
      ems += charEms;
    }
    if (full()) return lines;
  }
  if (line) lines.push(line);
  return lines;
}

/** How many lines of this size fit between the rules. */
function linesThatFit(size: number): number {
  return Math.floor((TITLE_BOTTOM - TITLE_TOP) / (size * LINE_HEIGHT));
}

function titleLayout(title: string): { size: number; lines: string[] } {
  for (const size of TITLE_SIZES) {
    const lines = wrap(title, size, linesThatFit(size));
    if (lines.length <= linesThatFit(size)) return { size, lines };
  }
  const size = TITLE_SIZES.at(-1)!;
  const fit = linesThatFit(size);
  const lines = wrap(title, size, fit);
  return { size, lines: [...lines.slice(0, fit - 1), `${lines[fit - 1]!.replace(/\s*\S$/u, "")}…`] };
}

function coverLabel(book: Book): string {
  return [book.title, book.edition, book.dateShown?.text].filter(Boolean).join(" · ");
}

/**
 * The cover, drawn as SVG from the briefing's title, edition and date: made
 * here, never downloaded, and sharp at any screen size. The same words are
 * on the title page, so the cover is decoration for accessibility purposes.
 */
export function coverImage(book: Book): string {
  const { size, lines } = titleLayout(book.title);
  // Centred between the rules; the first baseline sits one size below the block's top.
  const top = TITLE_TOP + (TITLE_BOTTOM - TITLE_TOP - lines.length * size * LINE_HEIGHT) / 2;
  const title = lines
    .map((line, i) => `<tspan x="${MARGIN}" y="${Math.round(top + size + i * size * LINE_HEIGHT)}">${escapeXml(line)}</tspan>`)
    .join("");
  const edition = book.edition
    ? [
        `<text x="${MARGIN}" y="790" font-family="serif" font-style="italic" font-size="30" fill="#e9c46a">${escapeXml(book.edition)}</text>`,
      ]
    : [];
  const date = book.dateShown
    ? [`<text x="${MARGIN}" y="835" font-family="sans-serif" font-size="24" fill="#f1f1f1">${escapeXml(book.dateShown.text)}</text>`]
    : [];
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" xml:lang="${escapeXml(book.languages[0])}">`,
    `<title>${escapeXml(coverLabel(book))}</title>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#14213d"/>`,
    `<text x="${WIDTH / 2}" y="100" text-anchor="middle" font-family="sans-serif" font-size="22" letter-spacing="6" fill="#e9c46a">DATELINE</text>`,
    `<rect x="${MARGIN}" y="130" width="${TEXT_WIDTH}" height="2" fill="#e9c46a"/>`,
    `<text font-family="serif" font-weight="bold" font-size="${size}" fill="#ffffff">${title}</text>`,
    `<rect x="${MARGIN}" y="730" width="${TEXT_WIDTH}" height="2" fill="#e9c46a"/>`,
    ...edition,
    ...date,
    `</svg>`,
    ``,
  ].join("\n");
}

/** The first page of the spine: the cover image on its own. */
export function coverPage(book: Book): string {
  return xhtmlDocument({
    lang: book.languages[0],
    title: book.title,
    type: "cover",
    body: `<section class="cover"><img role="doc-cover" src="${PATHS.coverImage}" alt="${escapeXml(coverLabel(book))}"/></section>`,
  });
}
