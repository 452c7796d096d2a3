import { type Article, type ArticleMeta, type Block, DatelineError, SCHEMA_VERSION } from "@dateline/schema";
import { definedFields } from "./_fields.js";
import { publishedOrUpdated, updateAfter } from "./_dates.js";
import { parseMeta } from "./meta.js";

import { assemble } from "./steps/assemble.js";
import { isRelatedLabel, isStoryNote } from "./steps/boilerplate.js";
import { RELATED_ARTICLES } from "./steps/related-words.js";
import {
  type ClassifiedLine,
  classifyLine,
  markReportingFromLines,
  keepQuestionLabels,
  markFiguresInStory,
  markTickers,
  markUnmarkedSentenceRuns,
  markWidgets,
  readWithoutStopwords,
  withoutGalleries,
  withoutGluedSidebars,
} from "./steps/classify.js";
import { creditedWriters, isSourceCredit, namesDay, pageBylineReader, vietnameseSignature, withBodiesTyped } from "./steps/byline.js";
import { leadDatelineDate, opensWithDateline, stampedOrder, writtenOrder } from "./steps/date-line.js";
import { type NumericOrderSource, pageNumericOrder } from "./steps/date-order.js";
import { decode, type DecodeOptions } from "./steps/decode.js";
import { joinDropCaps } from "./steps/drop-cap.js";
import {
  absorbFootSplitByline,
  absorbMeta,
  findHeader,
  closingDate,
  footBylineDate,
  isShortTitleLine,
  printsUnreadPublishedDate,
} from "./steps/find-header.js";
import {
  authorBoxName,
  endBeforeAuthorBio,
  endBeforeClosingPromotion,
  endBeforeForm,
  endBeforeFurnitureRun,
  endBeforeOwnChannelPitch,
  endBeforeRelatedTeasers,
  endBeforeStoryNotes,
  endBeforeStream,
  endBeforeSupportBox,
  endBeforeTestimonials,
  extendRegionEnd,
  findRegion,
  MAX_RELATED_LABEL_WORDS,
  ProseTally,
} from "./steps/find-region.js";
import { asPageReadsIt, detectLanguage, type Language, languageFromTag } from "./steps/language.js";
import { forgetPage } from "./steps/page-memos.js";
import { nameInReadersCase } from "./steps/person-name.js";
import { type Line, segment } from "./steps/segment.js";
import { clearWorkFacts, withFactsBoxBelow } from "./steps/work-facts.js";
import { escapeRegExp } from "./steps/word-edges.js";
import { outOfPage } from "./_detach.js";

export interface FromTextOptions extends DecodeOptions {
  /** Metadata the text lacks; its fields win over what is inferred. */
  meta?: ArticleMeta;
}

/** How many lines under the body an author box's byline may stand: a share bar's buttons, then the box. */
const AUTHOR_BOX_REACH = 12;

const textOf = (line: Line) => line.text;

/**
 * The text of the story's first paragraph; undefined when the body holds none. A newsroom's note over it ("This story
 * has been updated …", `isStoryNote`) is about the story, and the lead is the paragraph under it.
 */
function leadText(body: readonly Block[]): string | undefined {
  const lead = body.find((block) => block.type === "paragraph" && !isStoryNote(block.text.toLowerCase()));
  return lead?.type === "paragraph" ? lead.text : undefined;
}

/** Whether the story's first paragraph opens with a dateline, with a date read from it or not (see `opensWithDateline`). */
function leadsWithDateline(body: readonly Block[]): boolean {
  const lead = leadText(body);
  return lead !== undefined && opensWithDateline(lead);
}

/** The date of the dateline opening the story's first paragraph, where the header gives none (see `leadDatelineDate`). */
function leadDate(body: readonly Block[]): string | undefined {
  const lead = leadText(body);
  return lead === undefined ? undefined : leadDatelineDate(lead);
}

/**
 * Each line classified. A loop, not `lines.map` with an arrow made for each page: an arrow's compiled code can be
 * dropped with the page at a full collection and compiled again for the next page's arrow (V8's optimisation trace under
 * the bench's forced collections).
 */
function classifyAll(lines: readonly Line[], language: Language, pageOrder: NumericOrderSource | undefined): ClassifiedLine[] {
  const classified = new Array<ClassifiedLine>(lines.length);
  // Which of the language's byline readers apply is settled once for the page, not asked again of every line.
  const readByline = pageBylineReader(language.code);
  for (let i = 0; i < lines.length; i++) classified[i] = classifyLine(lines[i]!, language, pageOrder, readByline);
  return classified;
}

/** "Related articles" said as a phrase of its own, alone on its line ("Noticias relacionadas", "Weitere Artikel"). */
const RELATED_ARTICLES_LABEL = new RegExp(`^(?:${RELATED_ARTICLES})\\s*:?$`, "u");

/**
 * Whether a line under the story heads other stories: a related stories' label ("Related stories", "Mehr zum Thema"),
 * or "related articles" said as a phrase ("Noticias relacionadas", "Artigos relacionados", "Weitere Artikel"). The
 * bylines under it are teasers'. Not a share bar's label ("Share this post"), under which the closing byline may stand.
 */
function headsOtherStories(line: ClassifiedLine): boolean {
  return line.words <= MAX_RELATED_LABEL_WORDS && (isRelatedLabel(line.text) || RELATED_ARTICLES_LABEL.test(line.lower));
}

/**
 * A label of a contributor's credit over its byline ("Additional reporting" / "By Ben Ode", "Mitarbeit", "Colaboración",
 * "Collaboration", "Collaborazione", "Medewerking"): under a closing byline, no teaser's title.
 */
const ADDED_CREDIT_LABEL = /(?:reporting|research|mitarbeit|colaboración|collaboration|collaborazione|medewerking)\s*:?$/iu;
/** How far under a teaser's byline the next teaser's byline may stand: its title, perhaps a date over it. */
const NEXT_TEASER_REACH = 3;

/**
 * Whether the byline at `at` under the story is a teaser's in a list of them with no label: a short title right over
 * it, and another title and byline close under it ("Quay market to open on Sundays" / "By Ben Ode" / "Lifeboat crew
 * wins an award" / "By Cara Voss"). A closing byline stands under the story's last paragraph, not under a title: a
 * short last sentence ("The hall opens in April.") over a byline, a job and a co-author's byline is no teaser.
 */
function inTeaserList(lines: readonly ClassifiedLine[], at: number): boolean {
  const title = lines[at - 1];
  if (!isShortTitleLine(title)) return false;
  for (let j = at + 2; j <= at + NEXT_TEASER_REACH && j < lines.length; j++) {
    const over = lines[j - 1]!;
    // Teasers under a label of their own ("See you on the boat" / "By Ada Lee" / "Related" / …): the byline over the
    // label closes the story; the loop stops at the label.
    if (headsOtherStories(over) || headsOtherStories(lines[j - 2]!)) return false;
    if (lines[j]!.authors && over.class === "short" && !over.authors && !over.date && !ADDED_CREDIT_LABEL.test(over.text)) return true;
  }
  return false;
}

/** Whether `says` holds of the text of a paragraph, a heading, a quote or a list item of the body. */
function bodySays(body: readonly Block[], says: (text: string) => boolean): boolean {
  return body.some((block) => {
    if (block.type === "paragraph" || block.type === "heading" || block.type === "quote") return says(block.text);
    if (block.type === "list") return block.items.some((item) => says(item.text));
    return false;
  });
}

/** Whether a paragraph, a heading, a quote or a list item of the body names the day of `iso` (see `namesDay`). */
function storyNamesDay(body: readonly Block[], iso: string): boolean {
  return bodySays(body, (text) => namesDay(text, iso));
}

/**
 * Whether a date read under the story may date it: not under a dateline opening the story, nor when the story names
 * that day (`storyNamesDay`). Under a dated story, or on a day the story names, it may be an event's.
 */
function datesFromFoot(body: readonly Block[], iso: string): boolean {
  return !leadsWithDateline(body) && !storyNamesDay(body, iso);
}

/**
 * Whether a paragraph, a heading or a list of the body names a person by the last word of `name`, a family name, or by
 * its first, a given name: a profile, an interview or a review calls its subject "Ada" as often as "Lee".
 */
function namedInBody(body: readonly Block[], name: string): boolean {
  const given = name.slice(0, name.indexOf(" "));
  const family = name.slice(name.lastIndexOf(" ") + 1);
  const word = new RegExp(`(?<![\\p{L}])(?:${escapeRegExp(family)}|${escapeRegExp(given)})(?![\\p{L}])`, "u");
  return bodySays(body, (text) => word.test(text));
}

/**
 * A news page copied as plain text → a schema-valid article.
 * Pipeline: decode → segment → classify (dropping slideshows) → find the body region → find the
 * header above it → assemble blocks → merge metadata.
 *
 * The article is valid by construction rather than checked at the end (the
 * check cost a sixth of the time: 0.97 → 1.13 ms a page, fastest of nine runs
 * of the 1,000-page fixture batch, A/B in one process, December 2026): every text in it is a trimmed, non-empty
 * line of the page or a part of one, dates come from the date reader, and
 * the metadata is checked on entry. The tests hold it to that on every
 * fixture and on generated pages.
 */
export function fromText(input: string | Uint8Array, options: FromTextOptions = {}): Article {
  // Nothing of the page is kept once it is read, whether it gave an article or not.
  try {
    return outOfPage(input, readText(input, options));
  } finally {
    forgetPage();
  }
}

function readText(input: string | Uint8Array, options: FromTextOptions): Article {
  const { meta: givenMeta, ...decodeOptions } = options;
  const where = options.source ? { source: options.source } : {};
  // Metadata is the one part of the article that ingest does not write itself, so it is checked here.
  const meta = givenMeta ? parseMeta(givenMeta, options.source) : {};
  const text = decode(input, decodeOptions);
  const segmented = segment(text);
  const named = meta.inLanguage ? languageFromTag(meta.inLanguage) : detectLanguage(segmented.map(textOf));
  const lines = joinDropCaps(segmented, named.code);
  const pageOrder = pageNumericOrder(stampedOrder(lines), meta.inLanguage, named.code, writtenOrder(lines));
  let classified = classifyAll(lines, named, pageOrder);
  // Read again, rarely, where the page's own sentences show that its stop words do not tell its prose (no page of
  // the fixture batch or the dev sets; an invented Turkish story is one).
  const language = asPageReadsIt(named, classified);
  if (language !== named) readWithoutStopwords(classified, language);
  classified = withoutGluedSidebars(withoutGalleries(classified));
  markUnmarkedSentenceRuns(classified, language);
  markWidgets(classified);
  markTickers(classified);
  markFiguresInStory(classified);
  keepQuestionLabels(classified);
  markReportingFromLines(classified);
  clearWorkFacts(classified);
  const region = findRegion(classified);
  region.end = extendRegionEnd(classified, region.end, isRelatedLabel, language);
  // What follows a story and reads like prose: teasers and comments, an author box, a share bar over replies.
  const tally = new ProseTally(classified, region.start, region.end);
  const uncutEnd = region.end;
  region.end = endBeforeStream(classified, region.start, region.end, tally);
  region.end = endBeforeAuthorBio(classified, region.start, region.end, tally);
  region.end = endBeforeFurnitureRun(classified, region.start, region.end, tally);
  region.end = endBeforeRelatedTeasers(classified, region.start, region.end, tally);
  region.end = endBeforeTestimonials(classified, region.start, region.end, tally);
  region.end = endBeforeForm(classified, region.start, region.end, tally);
  region.end = endBeforeStoryNotes(classified, region.start, region.end);
  region.end = endBeforeClosingPromotion(classified, region.start, region.end);
  region.end = endBeforeOwnChannelPitch(classified, region.start, region.end);
  region.end = endBeforeSupportBox(classified, region.start, region.end);
  region.end = withFactsBoxBelow(classified, region.end);
  if (region.end <= region.start) {
    throw new DatelineError("NO_ARTICLE_FOUND", "found no article text: no run of sentences that reads like a story", {
      ...where,
      hint: "check that the file is the text of an article page; very short notes cannot be told apart from page furniture",
    });
  }
  const header = findHeader(classified, region.start, language.unspaced, pageOrder, region.end);
  const { body, leadFigure } = assemble(classified, header.bodyStart, region.end, header, language, pageOrder);
  // A byline just under the body, in what the end rules cut off or in an author box after it ("Written by …"), still
  // names the author when nothing above did.
  const bylineReach = Math.min(classified.length, Math.max(uncutEnd, region.end + AUTHOR_BOX_REACH));
  // A Vietnamese story signed by its writer's name alone on the first line under its last paragraph ("Nguyễn Văn Hùng"),
  // when nothing above named one.
  const signature = language.code === "vi" && header.authors.length === 0 ? classified[region.end] : undefined;
  const signedBy = signature ? vietnameseSignature(signature.text) : undefined;
  if (signedBy) header.authors.push(signedBy);
  // Not past a section's end ("3 Responses", "Most read"): the bylines under it are commenters' or other stories'.
  // Nor a wire a source's label credits there ("Zdroj: ČTK"): it signs in the header only (see `isSourceCredit`).
  // Nor under a related stories' label ("Noticias relacionadas"), nor in a list of teasers, each title over its byline.
  for (let i = region.end; i < bylineReach && header.authors.length === 0 && classified[i]!.class !== "end"; i++)
    if (headsOtherStories(classified[i]!) || (classified[i]!.authors && inTeaserList(classified, i))) break;
    else if (classified[i]!.authors && !isSourceCredit(classified[i]!.text)) {
      absorbMeta(classified[i]!, header);
      // The date alone under that byline dates the post when the header did not ("Written by …" / "4 March 2025"), nor
      // a dateline opening the story ("WESTERHOLM, March 3 —"): under a dated story, it may be an event's. Nor a day the
      // story names ("… opens on 14 June" over "By Ada Lee" / "14 June 2025"): that is its event's day.
      const footDate = footBylineDate(classified, region.end, i, header);
      if (footDate && datesFromFoot(body, footDate.iso)) header.datePublished = footDate.iso;
    } else if (!classified[i]!.authors) {
      // A label alone over the names ("Written by" / "Ada Lee"), or a wire's or a magazine's credit line ("Reporting by
      // Ada Lee; Editing by Ben Ode", "Text: Ada Lee / Photos: Ben Ode"): its writers.
      if (absorbFootSplitByline(classified, i, bylineReach, header)) break;
      const credited = creditedWriters(classified[i]!.text, classified[i + 1]?.text);
      if (credited) header.authors.push(...credited);
    }
  // An author box under the story that prints no byline: the name alone over a bio opening with it and naming a job
  // ("Ada Fenwick" / "Ada Fenwick is a freelance writer …"), when nothing above named the writer. Not a person the
  // story names: a box about its subject, a guest or a reviewed book's author ("About the author" / "Ada Fenwick is the
  // author of three novels" under a review of one of them).
  if (header.authors.length === 0) {
    const boxed = authorBoxName(classified, region.start, region.end, bylineReach);
    if (boxed && !namedInBody(body, boxed)) header.authors.push({ type: "Person", name: boxed });
  }
  const headline = meta.headline ?? header.headline;
  if (!headline) {
    throw new DatelineError("NO_ARTICLE_FOUND", "found the article text but no headline above it", {
      ...where,
      hint: 'give the headline in meta.json: { "headline": "…" }',
    });
  }
  if (!body.some((block) => block.type !== "figure" && block.type !== "related")) {
    throw new DatelineError("NO_ARTICLE_FOUND", "found a headline but no article text under it", {
      ...where,
      hint: "check that the file is the text of an article page, not an index or a gallery",
    });
  }
  // A date at the story's close dates it when nothing above did, as one under a closing byline does (`datesFromFoot`).
  const closing = closingDate(classified, region.end, header);
  if (closing && datesFromFoot(body, closing.iso)) header.datePublished = closing.iso;
  const published = header.datePublished ?? leadDate(body);
  // A page printing its published date in a form not read ("Published: March 2026") gives one: its update is no
  // stand-in for it. Asked only of a page with an update and no published date read, as few are.
  const updateStandingIn =
    published === undefined && header.dateModified !== undefined && !printsUnreadPublishedDate(classified, header)
      ? header.dateModified
      : undefined;
  const datePublished = meta.datePublished ?? publishedOrUpdated(published, updateStandingIn);
  // Built in the schema's field order, which `dateline parse` prints; what meta.json gives wins.
  return definedFields({
    version: SCHEMA_VERSION,
    id: meta.id,
    url: meta.url,
    headline,
    description: meta.description ?? header.description,
    image: meta.image ?? header.image ?? leadFigure,
    // A person's name printed in capitals is given as a reader writes it ("PAUL FERRIS" to "Paul Ferris"); a body's or
    // an agency's stays as printed ("AFP", "BBC NEWS"), its capitals being its own.
    authors:
      meta.authors ??
      (header.authors.length > 0
        ? withBodiesTyped(header.authors).map((author) =>
            author.type === "Person" ? { ...author, name: nameInReadersCase(author.name) } : author,
          )
        : undefined),
    publisher: meta.publisher,
    datePublished,
    dateModified: meta.dateModified ?? updateAfter(datePublished, header.dateModified),
    inLanguage: meta.inLanguage ?? language.code,
    section: meta.section,
    keywords: meta.keywords,
    body,
  });
}
