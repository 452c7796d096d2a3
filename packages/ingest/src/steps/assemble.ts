import type { Block, Figure } from "@dateline/schema";
import { RELATED_LABEL, RELATED_LINK } from "./boilerplate.js";
import { creditOnly, hasCredit, splitCredit } from "./caption.js";
import { type ClassifiedLine, isMetaLine, isProse } from "./classify.js";
import { absorbMeta, type Header } from "./find-header.js";
import { forEachPackedBlock } from "./segment.js";

const BULLET = /^[•·▪◦‣*+–-]\s+(.+)$/u;
const NUMBERED = /^(\d{1,2})[.)]\s+(.+)$/u;
/** Marks that open and close a line quoted whole. */
const OPENING_QUOTES = new Set([...`"“„«‘'`]);
const CLOSING_QUOTES = new Set([...`"”“»’'`]);

/** The text of a line quoted whole ("“…”"), without its marks, or undefined. */
function quotedText(text: string): string | undefined {
  if (text.length > 400 || !OPENING_QUOTES.has(text[0]!) || !CLOSING_QUOTES.has(text[text.length - 1]!)) return undefined;
  const inner = text.slice(1, -1).trim();
  return inner === "" ? undefined : inner;
}
const ATTRIBUTION = /^[—–-]\s*(.{2,80})$/u;
/**
 * Wiki and documentation engines end each heading with a link to it or to its editor: "[edit]" (MediaWiki),
 * "¶" (Sphinx and many static-site themes). Such a line is a heading wherever it stands; the mark is a control,
 * not a word of the heading, so it is left out.
 */
const HEADING_LINK_MARK = /\s*(?:\[edit\]|¶)$/;
/** Live-blog entry times: "10:42", "2.12pm", "10:42 GMT". */
const TIMESTAMP = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$/i;
/** A Chinese news dateline ("本报上海5月2日电", "… 5月2日报道"): the opening of the story, never a heading. */
const CHINESE_DATELINE = /\d{1,2} ?月 ?\d{1,2} ?日(?:电|讯|报道)$/;
/** Wire-story credit lines ("Reporting by …; Editing by …") are text of the story, not captions. */
const WIRE_CREDITS = /^(?:additional )?(?:reporting|writing|editing) by\b/i;
/** A teaser of another story: cut off with an ellipsis, then its link ("… Read more"). */
const TEASER_TAIL = /(?:…|\.\.\.)(?:\s*(?:read more|lire la suite|weiterlesen|leer más|leia mais))+$/iu;
/**
 * Words that cannot end a clause, in the languages Dateline reads. A line ending on one lost what followed it,
 * mostly a formula the copy leaves out ("… the ratio is written as"): it is text of the story, not a caption.
 */
const CLAUSE_OPENERS = new Set(
  (
    "a an the of by to as is are was were be and or with from that which where whose than " +
    "le la les un une de des du est et ou par à comme que dont " +
    "der die das ein eine ist sind und oder von mit als dass " +
    "el los las del es y o por como con que " +
    "os da do é e com"
  ).split(" "),
);

function endsOnClauseOpener(lower: string): boolean {
  return CLAUSE_OPENERS.has(lower.slice(lower.lastIndexOf(" ") + 1));
}

/**
 * A line of code: code punctuation, or a call at its start ("print(x)", "db.query (").
 * A bracket at the end is not enough: share buttons end in a bracketed note for screen readers.
 */
function isCodeLine(text: string): boolean {
  return /[{};=│]/.test(text) || (text.includes("(") && /^[\w$.]+\s*\(/.test(text));
}

/** A byline or date line is short; a longer line naming a date or a person is text. */
const MAX_META_LINE_WORDS = 16;
/**
 * How far into the body a date line still belongs to the header: some pages print it under the lead picture or
 * the first paragraphs. Below that, dates are those of related teasers or comments (devset2: 5 teaser dates
 * taken for the story's with no limit, none with this one, and no right date lost).
 */
const DATE_REACH_INTO_BODY = 20;

/** Sub-headings are short: a few words, no sentence ending (a question is allowed). */
const MAX_HEADING_WORDS = 12;
/** Lines this long without a sentence ending describe a picture; shorter ones head a section. */
const MIN_CAPTION_WORDS = 11;
/**
 * A pull quote is set near the passage it repeats; looking only that far keeps
 * a page full of quoted paragraphs from costing time in the square of its length.
 */
const PULL_QUOTE_REACH = 40;
/** A caption without a credit is one or two clauses; a longer open-ended line is a paragraph missing its full stop. */
const MAX_CAPTION_WORDS = 30;

/**
 * The name in a line that is only a credit. A credit known only by its shape ("Jane Doe/AP") must stand apart
 * from its neighbours: packed among short lines, it is an item of a list or a table.
 */
function creditLine(line: ClassifiedLine): string | undefined {
  const found = creditOnly(line.text);
  return found && (found.labelled || line.blankBefore || line.blankAfter) ? found.credit : undefined;
}

/**
 * Whether a line opens the way a caption does: with a capital or a figure. Text
 * cut short opens in lower case; code, posts and notes open with a bracket, "@" or "#".
 */
function opensLikeCaption(text: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(text) && !isTitleCased(text);
}

/** Share of capitalised longer words above which a line is set as a title (a teaser or heading), not a caption. */
const TITLE_CASE_SHARE = 0.8;

/** "How the Island Lost Its Only Ferry": most words of four letters or more are capitalised. */
function isTitleCased(text: string): boolean {
  const { long, capitalised } = countLongWords(text.split(" "), () => true);
  return long >= 4 && capitalised >= long * TITLE_CASE_SHARE;
}

/** Of the words of four characters or more that `counts` accepts, how many there are and how many open with a capital. */
function countLongWords(words: readonly string[], counts: (word: string) => boolean): { long: number; capitalised: number } {
  let long = 0;
  let capitalised = 0;
  for (const word of words) {
    if (word.length < 4 || !counts(word)) continue;
    long++;
    if (/^\p{Lu}/u.test(word)) capitalised++;
  }
  return { long, capitalised };
}

/**
 * How a heading is set, judged by its words of four letters or more after the first: "title" when nearly all are
 * capitalised ("Tides And Currents"), "sentence" when none is ("Tide gauge at the pier"), undefined when it has none.
 */
function headingCase(text: string): "title" | "sentence" | undefined {
  const { long, capitalised } = countLongWords(text.split(" ").slice(1), (word) => /^\p{L}/u.test(word));
  if (long === 0) return undefined;
  if (capitalised === 0) return "sentence";
  return capitalised >= long * TITLE_CASE_SHARE ? "title" : undefined;
}

/** Title-case headings needed for each sentence-case line before that line is taken for a caption, not a heading. */
const TITLE_CASE_MAJORITY = 4;

/** A short line, or a longer one that never ends its sentence: a heading, a caption, a label or a list item. */
function isShortLine(line: ClassifiedLine): boolean {
  return line.class === "short" || (!line.sentenceEnd && line.words < MIN_CAPTION_WORDS + 10 && line.class !== "good");
}

/** Short and open-ended (a question is allowed), opening with a capital or a figure: how a sub-heading reads. */
function isHeadingShaped(line: ClassifiedLine): boolean {
  return (
    isShortLine(line) &&
    (!line.sentenceEnd || line.text.endsWith("?")) &&
    line.words <= MAX_HEADING_WORDS &&
    /^[\p{Lu}\p{N}\p{Lo}"“'‘¿¡]/u.test(line.text)
  );
}

/** Lower case without quotes, punctuation and spacing, so a pull quote matches its sentence however it is typeset. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s"“”„'‘’«»‹›.,;:!?…()[\]—–-]+/g, " ")
    .trim();
}

/** Per UTF-16 unit: 0 not yet known, 1 letter, digit or space, 2 anything else. Filled as text is met. */
const PLAIN_CLASS = new Uint8Array(0x10000);

function isPlain(code: number): boolean {
  let kind = PLAIN_CLASS[code]!;
  if (kind === 0) {
    kind = /[\p{L}\p{N} ]/u.test(String.fromCharCode(code)) ? 1 : 2;
    PLAIN_CLASS[code] = kind;
  }
  return kind === 1;
}

/**
 * The longest run of letters, digits and spaces in a line, trimmed: a stretch
 * that reads the same however quotes and dashes around it are typeset.
 */
function longestPlainStretch(text: string): string {
  let best = "";
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isPlain(text.charCodeAt(i))) continue;
    if (i - start > best.length) best = text.slice(start, i);
    start = i + 1;
  }
  return best.trim();
}

export interface Assembled {
  body: Block[];
  /** A figure met before any body text: the lead picture. */
  leadFigure?: Figure;
}

/**
 * Turn the lines of the article region into blocks, in source order:
 * paragraphs verbatim, and the headings, captions, lists, pull quotes and
 * related-story lists that a page sets on lines of their own.
 */
export function assemble(lines: readonly ClassifiedLine[], start: number, end: number, header: Header, unspaced = false): Assembled {
  const body: Block[] = [];
  let leadFigure: Figure | undefined;
  const nextContent = (from: number): ClassifiedLine | undefined => {
    for (let j = from; j < end; j++) if (lines[j]!.class !== "boilerplate") return lines[j];
    return undefined;
  };
  const addFigure = (figure: Figure) => {
    if (!leadFigure && !header.image && body.every((block) => block.type === "figure")) leadFigure = figure;
    else body.push({ type: "figure", ...figure });
  };
  const previousContent = (before: number): ClassifiedLine | undefined => {
    for (let j = before - 1; j >= start; j--) if (lines[j]!.class !== "boilerplate") return lines[j];
    return undefined;
  };
  /** Whether the line has prose on both sides, and the prose before it does not announce it with a colon. */
  const betweenParagraphs = (at: number): boolean => {
    const previous = previousContent(at);
    return isProse(previous) && !previous!.text.endsWith(":") && isProse(nextContent(at + 1));
  };
  /** The region's lines in lower case as one text, and where each line starts in it; made when the first quoted line asks. */
  let regionText: { text: string; starts: number[] } | undefined;
  const linesText = (from: number, to: number): string => {
    if (!regionText) {
      const starts = [0];
      for (let k = start; k < end; k++) starts.push(starts.at(-1)! + lines[k]!.lower.length + 1);
      regionText = {
        text: lines
          .slice(start, end)
          .map((line) => line.lower)
          .join("\n"),
        starts,
      };
    }
    return regionText.text.slice(regionText.starts[from - start], regionText.starts[to - start]);
  };
  /** Whether a quote also stands, however typeset, in another line of the region: then it is a pull quote. */
  const quotedElsewhere = (quote: string, at: number): boolean => {
    // A plain stretch of the quote finds the candidate lines cheaply; only those are normalised.
    const probe = longestPlainStretch(lines[at]!.lower);
    if (probe.length < 8) return false;
    const from = Math.max(start, at - PULL_QUOTE_REACH);
    const to = Math.min(end, at + PULL_QUOTE_REACH + 1);
    // Most quoted lines are paragraphs quoting a speaker, whose words stand nowhere else. Two searches of the
    // nearby lines as one text (the first finds the line itself) rule them out, for less than a search per line.
    const nearby = linesText(from, to);
    if (nearby.indexOf(probe, nearby.indexOf(probe) + 1) === -1) return false;
    const candidates: ClassifiedLine[] = [];
    for (let k = from; k < to; k++) if (k !== at && lines[k]!.lower.includes(probe)) candidates.push(lines[k]!);
    if (candidates.length === 0) return false;
    const inner = normalise(quote);
    return inner.length > 20 && candidates.some((other) => normalise(other.lower).includes(inner));
  };

  /** A heading leads into prose, a list, or a short line introducing one ("The main changes are:"). */
  const leadsIntoText = (following: ClassifiedLine | undefined): boolean =>
    isProse(following) ||
    (following !== undefined && (BULLET.test(following.text) || NUMBERED.test(following.text) || /:$/.test(following.text)));
  /** Whether a line starts a block: after a blank line, or after furniture set between paragraphs ("Advertisement"). */
  const standsApart = (at: number): boolean => {
    if (lines[at]!.blankBefore) return true;
    let first = at - 1;
    while (first > start && lines[first]!.class === "boilerplate" && !lines[first]!.blankBefore) first--;
    return first >= start && lines[first]!.class === "boilerplate" && lines[first]!.blankBefore && isProse(previousContent(first));
  };
  /**
   * Whether a heading-shaped line heads what follows: prose, a list, or a sub-section's own heading over its prose
   * ("Results" over "In the lab"; a wiki section's title over its "See: …" note). What a colon
   * announces (an item, a line of code, a picture) is text of the section, never its heading.
   */
  const headingAt = (at: number): boolean => {
    if (previousContent(at)?.text.endsWith(":")) return false;
    if (leadsIntoText(nextContent(at + 1))) return true;
    // The sub-heading or note stands right under the heading, with no furniture between. Chinese and Japanese
    // lines have no capitals to show a heading by; there a short line over a short line is a caption or a comment.
    const under = lines[at + 1];
    return (
      !unspaced &&
      at + 1 < end &&
      under !== undefined &&
      isHeadingShaped(under) &&
      !isMetaLine(under) &&
      !hasCredit(under.text) &&
      leadsIntoText(nextContent(at + 2))
    );
  };

  /** Per line of the region, whether its block (lines packed between blank lines) holds code: made when first asked. */
  let codeBlocks: Uint8Array | undefined;
  const inCodeBlock = (at: number): boolean => {
    if (!codeBlocks) {
      codeBlocks = new Uint8Array(end - start);
      const blocks = codeBlocks;
      forEachPackedBlock(lines, start, end, (from, to) => {
        if (to - from >= 2 && lines.slice(from, to).some((block) => isCodeLine(block.text))) blocks.fill(1, from - start, to - start);
      });
    }
    return codeBlocks[at - start] === 1;
  };

  let titleCaseHeadings = 0;
  /** Sentence-case headings standing alone under prose: captions of pictures when the page sets its headings in title case. */
  const captionLikeHeadings: { at: number; text: string }[] = [];

  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    const text = line.text;
    const related = text.match(RELATED_LABEL);
    if (related) {
      const items: { title: string }[] = [];
      let j = i + 1;
      while (j < end && items.length < 12) {
        const candidate = lines[j]!;
        if (items.length > 0 && candidate.blankBefore) break;
        if (candidate.text.length > 200 || candidate.class === "end") break;
        // A teaser's date line under its title is the teaser's, not an item of its own.
        if (candidate.class !== "boilerplate" && candidate.date === undefined) items.push({ title: candidate.text });
        j++;
      }
      if (items.length > 0) {
        body.push({ type: "related", title: related[1]!.replace(/^./u, (c) => c.toUpperCase()), items });
        i = j - 1;
        continue;
      }
    }

    if (line.class === "end") {
      // A box set into the story under a header like "Recommended": its packed lines are teasers, with their dates.
      while (i + 1 < end && !lines[i + 1]!.blankBefore) i++;
      continue;
    }
    if (line.class === "boilerplate") continue;
    // A date line belongs to the header where the body opens; further down it is a related teaser's or a
    // comment's, never the story's own, and only page furniture. A byline anywhere in the body names the
    // story's author (an author box after the story), when the header has none.
    if (line.words <= MAX_META_LINE_WORDS && isMetaLine(line)) {
      if (i < start + DATE_REACH_INTO_BODY || line.date === undefined) absorbMeta(line, header);
      continue;
    }

    if (line.words <= MAX_HEADING_WORDS && HEADING_LINK_MARK.test(text)) {
      const heading = text.replace(HEADING_LINK_MARK, "");
      if (heading) body.push({ type: "heading", text: heading, level: 2 });
      continue;
    }

    const next = lines[i + 1];
    // A picture's alt text, then the same visible caption. A repeated note that opens with a mark ("^", "↑") is a
    // reference list quoting one source twice.
    if (next && next.text === text && line.words >= 4 && /^[\p{L}\p{N}"“'‘(]/u.test(text)) {
      addFigure(splitCredit(text));
      i++;
      continue;
    }

    const bullet = text.match(BULLET);
    const numbered = text.match(NUMBERED);
    if (bullet || (numbered && lines[i + 1]?.text.match(NUMBERED))) {
      const pattern = bullet ? BULLET : NUMBERED;
      const items: { text: string }[] = [];
      let j = i;
      while (j < end) {
        const match = lines[j]!.text.match(pattern);
        if (!match) break;
        items.push({ text: (bullet ? match[1] : match[2])! });
        j++;
      }
      body.push({ type: "list", ordered: !bullet, items });
      i = j - 1;
      continue;
    }

    const quoted = quotedText(text);
    if (quoted && quotedElsewhere(quoted, i)) {
      const attribution = next?.text.match(ATTRIBUTION);
      body.push({ type: "quote", text: quoted, ...(attribution ? { attribution: attribution[1]! } : {}) });
      if (attribution) i++;
      continue;
    }

    // A caption with its credit on the next line is one figure. The caption starts a block and ends its sentence
    // or is packed with the credit: a short open line above a credit is a sub-heading over an uncaptioned picture.
    const captionAbove =
      line.blankBefore &&
      line.class !== "good" &&
      line.words >= 3 &&
      line.words <= MAX_CAPTION_WORDS &&
      (line.sentenceEnd || !line.blankAfter);
    const creditBelow = captionAbove && next && i + 1 < end ? creditLine(next) : undefined;
    if (creditBelow) {
      addFigure({ caption: text, credit: creditBelow });
      i++;
      continue;
    }

    if (creditOnly(text) ? creditLine(line) !== undefined : !line.sentenceEnd && hasCredit(text)) {
      addFigure(splitCredit(text));
      continue;
    }

    if (TIMESTAMP.test(text) && line.blankBefore) {
      body.push({ type: "heading", text, level: 2 });
      continue;
    }

    // A long line that stands alone between paragraphs and never ends its sentence describes a picture (seed: the
    // Lgov caption). Chinese and Japanese pages often leave sentences without a closing mark, so the rule is not theirs.
    const openEnded =
      !unspaced &&
      !line.sentenceEnd &&
      line.words >= MIN_CAPTION_WORDS &&
      line.words <= MAX_CAPTION_WORDS &&
      line.blankBefore &&
      line.blankAfter;
    if (openEnded && opensLikeCaption(text) && betweenParagraphs(i)) {
      if (TEASER_TAIL.test(text)) continue;
      // A line that announces what follows (its colon may carry a footnote number: "… as follows:3"), a related link,
      // or a clause cut short, is text of the story.
      const storyText =
        /(?:\p{Pd}|:\d{0,3})$/u.test(text) ||
        /[.!?]\s+\p{Lu}/u.test(text) ||
        WIRE_CREDITS.test(text) ||
        RELATED_LINK.test(text) ||
        endsOnClauseOpener(line.lower);
      if (!storyText) {
        addFigure(splitCredit(text));
        continue;
      }
    }

    // A short line packed onto the prose under it, with no blank line between, is no heading: it is a label run
    // into its paragraph ("Delivery times" then the text), a line of hand-wrapped text, or a teaser's title.
    const runsIntoProse = !line.blankAfter && isProse(lines[i + 1]);
    if (!runsIntoProse && isShortLine(line) && standsApart(i) && isHeadingShaped(line) && !CHINESE_DATELINE.test(text) && headingAt(i)) {
      const setIn = headingCase(text);
      if (setIn === "title") titleCaseHeadings++;
      else if (setIn === "sentence" && line.blankBefore && line.blankAfter && isProse(previousContent(i)))
        captionLikeHeadings.push({ at: body.length, text });
      body.push({ type: "heading", text, level: 2 });
      continue;
    }
    // Stray short lines (a photographer's name, "Enlarge", a lone label) carry no article text; the short lines
    // of a code listing do.
    if (isShortLine(line) && !runsIntoProse && (line.words < 4 || !line.blankBefore) && !inCodeBlock(i)) continue;
    body.push({ type: "paragraph", text });
  }
  if (captionLikeHeadings.length > 0 && titleCaseHeadings >= captionLikeHeadings.length * TITLE_CASE_MAJORITY) {
    for (const { at, text } of captionLikeHeadings) body[at] = { type: "figure", caption: text };
  }
  return leadFigure ? { body, leadFigure } : { body };
}
