import type { Author } from "@dateline/schema";
import {
  isControlLine,
  isEmailFieldLabel,
  isEmbeddedPostSharer,
  isFooterLine,
  isPromptOrConsent,
  READ_ALOUD_BUTTON,
  isSectionEnd,
  isSupportAppeal,
  SUPPORT_SIGNAL,
  speaksToReader,
} from "./boilerplate.js";
import { BUTTON_LABELS, CALL_OPENERS } from "./call-to-action-words.js";
import { hasCredit } from "./caption.js";
import { isContributorsListLine, isCreditAloneLine, isReportingFromLine, type PageBylineReader, pageBylineReader } from "./byline.js";
import { type DateLine, isClockTimeAlone, MAX_DATE_LINE_LENGTH, mayHoldDate, parseDateLine } from "./date-line.js";
import type { NumericOrderSource } from "./date-order.js";
import { type Language, MIN_PROSE_DENSITY, readWords } from "./language.js";
import { type Line, packedBlockEnd } from "./segment.js";
import { endsLikeSentence, endsWithQuestionMark, endsWithSentenceMark } from "./sentence.js";
import { spacedWordCount } from "./word-count.js";
import { wholeWords } from "./word-edges.js";

/**
 * How a line reads, in the shallow text features of boilerpipe and jusText:
 * its length, its share of stop words, whether it ends like a sentence.
 */
export type LineClass =
  /** Page furniture: controls, prompts, notices, footers. */
  | "boilerplate"
  /** The header of what follows an article (comments, "most read"). */
  | "end"
  /** Running prose: long, with the stop-word density of real sentences. */
  | "good"
  /** Sentence-like but shorter: a short paragraph, or a teaser. */
  | "medium"
  /** Short: a title, heading, caption, menu item or label. */
  | "short"
  /** Long but not prose: lists of names, tags, links. */
  | "bad";

export interface ClassifiedLine extends Line {
  /** The text lower-cased, as the furniture patterns and the pull-quote search read it. */
  lower: string;
  class: LineClass;
  words: number;
  density: number;
  /** Ends like a sentence (full stop, question or exclamation mark, closing quote after one). */
  sentenceEnd: boolean;
  /** A call to subscribe or sign in, or a consent notice: what opens and closes a widget box. */
  prompt: boolean;
  /**
   * The line read as a date line or a byline. Read once here: the widget,
   * header and body steps all ask it of the same lines, some many times.
   */
  date: DateLine | undefined;
  authors: Author[] | undefined;
  /**
   * Whether the line may hold a date (`mayHoldDate`, and no longer than a date line): asked once here for both readers
   * above, and kept for the header's steps, which ask it of lines over the headline.
   */
  dated: boolean;
}

/** Whether a line says who wrote the story or when: kept out of widgets and the body, taken into the header. */
export function isMetaLine(line: ClassifiedLine): boolean {
  return line.date !== undefined || line.authors !== undefined;
}

/** The density given to a line of a language whose stop words do not tell prose: just above the prose floor. */
const PROSE_DENSITY_UNMEASURED = 0.5;
/** Fewest words of a paragraph line (a long line with fewer is a title or a list of names). */
const MIN_PROSE_WORDS = 12;
const MIN_UNSPACED_PROSE_WORDS = 10;
/** Fewest words of a short paragraph: one sentence, ended. */
const MIN_SHORT_PARAGRAPH_WORDS = 6;

/** Share of a line's characters in web addresses above which it is a list of links, not prose. */
const MAX_ADDRESS_SHARE = 0.5;
const WEB_ADDRESS = /https?:\/\/\S+/g;
/** Fewest addresses of such a list: one address with a few words around it is a note ("Retrieved from …", "Source: …"). */
const MIN_LISTED_ADDRESSES = 2;

/**
 * Whether a line is mostly web addresses, two or more: a source list copied as bare links. The words in the addresses ("news",
 * "of", "the" between hyphens) would count as the stop words of prose.
 */
function mostlyAddresses(lower: string): boolean {
  if (!lower.includes("://")) return false;
  const addresses = lower.match(WEB_ADDRESS) ?? [];
  let inAddresses = 0;
  for (const address of addresses) inAddresses += address.length;
  return addresses.length >= MIN_LISTED_ADDRESSES && inAddresses > lower.length * MAX_ADDRESS_SHARE;
}

/** Fewer words than this between a line's commas on average make it a list (names, tags, an address), not a sentence. */
const MIN_WORDS_PER_CLAUSE = 4;
const CLAUSE_BREAK = /[,;]/g;

/**
 * The stop-word floor of a line: a thin list's lower one (`sentenceDensity`) only for a line that ends as a sentence and
 * reads as one, its commas parting clauses, not the items of a list ("Reporting: Ada Lee, Tom Reed, … and Ben Carter.").
 */
function proseDensityOf(text: string, words: number, sentenceEnd: boolean, language: Language): number {
  if (!sentenceEnd || language.sentenceDensity >= MIN_PROSE_DENSITY) return MIN_PROSE_DENSITY;
  const clauses = (text.match(CLAUSE_BREAK)?.length ?? 0) + 1;
  return words >= clauses * MIN_WORDS_PER_CLAUSE ? language.sentenceDensity : MIN_PROSE_DENSITY;
}

/** Whether a line's stop words are counted: not in an unspaced script, nor in a line shorter than a short paragraph. */
function isMeasured(length: number, language: Language): boolean {
  return !language.unspaced && length >= language.shortParagraphLength;
}

/**
 * A line's share of stop words as its class reads it. Where stop words say nothing, a line long enough to be prose
 * counts as dense as prose; length and ending decide.
 */
function densityOf(measured: boolean, stopwordShare: number, language: Language): number {
  return measured && language.stopwordsTellProse ? stopwordShare : measured || language.unspaced ? PROSE_DENSITY_UNMEASURED : 0;
}

/** A line's class as prose or not, by its length, words, density and ending, once it is known to be no furniture. */
function readingClass(line: Line, lower: string, count: number, density: number, sentenceEnd: boolean, language: Language): LineClass {
  const length = line.text.length;
  const proseDensity = proseDensityOf(line.text, count, sentenceEnd, language);
  if (
    length >= (sentenceEnd ? language.proseLength : language.unmarkedProseLength) &&
    count >= (language.unspaced ? MIN_UNSPACED_PROSE_WORDS : MIN_PROSE_WORDS)
  )
    return density >= proseDensity && !mostlyAddresses(lower) ? "good" : "bad";
  if (
    length >= language.shortParagraphLength &&
    count >= MIN_SHORT_PARAGRAPH_WORDS &&
    density >= proseDensity &&
    // Where the script marks no sentence's end, a short paragraph is told by standing alone, as a list's items do not.
    (language.marksSentenceEnds ? sentenceEnd : line.blankBefore && line.blankAfter)
  )
    return "medium";
  return "short";
}

/**
 * `pageOrder`: how the page orders the day and month of its numeric dates (see date-order.ts), for its date lines.
 * `readByline`: the page's reader of a line's authors in `language`, which a caller reading a whole page settles once.
 */
export function classifyLine(
  line: Line,
  language: Language,
  pageOrder?: NumericOrderSource,
  readByline: PageBylineReader = pageBylineReader(language.code),
): ClassifiedLine {
  const text = line.text;
  const lower = text.toLowerCase();
  const length = text.length;
  const reading = readWords(lower, language);
  // Stop-word density tells prose only in lines long enough to be prose; short labels count the words between spaces.
  const measured = isMeasured(length, language);
  const perWord = language.charactersPerWord;
  const count = perWord !== undefined ? Math.ceil(length / perWord) : measured ? reading.words : spacedWordCount(lower);
  const density = densityOf(measured, reading.density, language);
  const sentenceEnd = endsLikeSentence(text);
  const prompt = isPromptOrConsent(lower, reading.signals);
  // Both readers below ask whether the line may hold a date: asked once here, and never of a line too long for
  // either (a byline is shorter than a date line), as most paragraphs are.
  const dated = length <= MAX_DATE_LINE_LENGTH && mayHoldDate(text);
  let lineClass: LineClass;
  if (isSectionEnd(lower)) lineClass = "end";
  // An embedded post's sharer's line ("A post shared by Harbour Ferries (@harbourferries)") is furniture with the notice
  // over it: read as a short line, the pair looked like a teaser's title over the story's closing paragraph.
  else if (prompt || isControlLine(lower) || isFooterLine(lower) || isEmbeddedPostSharer(text) || isSupportAppeal(lower, reading.signals))
    lineClass = "boilerplate";
  else lineClass = readingClass(line, lower, count, density, sentenceEnd, language);
  // Built field by field: spreading `line` costs more than everything else here together.
  return {
    index: line.index,
    text,
    lower,
    blankBefore: line.blankBefore,
    blankAfter: line.blankAfter,
    class: lineClass,
    words: count,
    density,
    sentenceEnd,
    prompt,
    date: parseDateLine(text, dated, pageOrder),
    authors: readByline(text, dated),
    dated,
    tabbed: line.tabbed === true,
    gappedEntries: line.gappedEntries ?? 0,
  };
}

/**
 * Lines just classified (`classifyLine`) read again in `language`, the same language told by length and ending alone
 * (`asPageReadsIt`), as `classifyLine` would read them in it. Only what stop words decide is read again: a line's
 * density, and its class as prose or not; its words, ending, furniture, date and byline do not depend on them, and
 * classifying the page again cost such a page a third of its time.
 */
export function readWithoutStopwords(lines: ClassifiedLine[], language: Language): void {
  for (const line of lines) {
    line.density = densityOf(isMeasured(line.text.length, language), line.density, language);
    // Furniture and a section's end are told by their words, whatever the stop words say.
    if (line.class !== "end" && line.class !== "boilerplate")
      line.class = readingClass(line, line.lower, line.words, line.density, line.sentenceEnd, language);
  }
}

/** Fewest lines of a packed run of sentences in a script that marks no sentence's end (see `markUnmarkedSentenceRuns`). */
const MIN_UNMARKED_SENTENCE_RUN = 3;

/**
 * Where the script marks no sentence's end (Thai, Lao), a story may part its paragraphs with single line breaks, and
 * then none stands alone as `classifyLine` asks of a short one. Three or more lines packed together, each as long
 * as a short paragraph, are such a run of paragraphs: a menu's items are shorter, and a list of teasers is headed
 * by its label or packed with short lines (times, sections), which are in the same block.
 */
export function markUnmarkedSentenceRuns(lines: ClassifiedLine[], language: Language): void {
  if (language.marksSentenceEnds) return;
  for (let start = 0, end = 0; start < lines.length; start = end) {
    end = packedBlockEnd(lines, start, lines.length);
    if (end - start < MIN_UNMARKED_SENTENCE_RUN) continue;
    let run = true;
    for (let i = start; i < end && run; i++) {
      const line = lines[i]!;
      run = line.text.length >= language.shortParagraphLength && !isMetaLine(line) && (line.class === "short" || isProse(line));
    }
    if (!run) continue;
    for (let i = start; i < end; i++) {
      if (lines[i]!.class === "short") lines[i]!.class = "medium";
      // Each line ends a paragraph, and so a sentence, with nothing: told so, the body keeps the run's last line, where
      // a packed line that ends no sentence under a paragraph is a stray (a photographer's name).
      lines[i]!.sentenceEnd = true;
    }
  }
}

/** A figure as a line of figures prints it: a run of characters holding a digit ("22", "(+14),", "38.4%", "£312.4m"). */
const FIGURE = /\S*\d\S*/g;
/** Fewest figures of a line of figures: a results line, a table's row, a list of prices or departure times. */
const MIN_FIGURES = 4;
/** Least share of a line's words that are figures for the figures to be what the line says. */
const MIN_FIGURE_SHARE = 0.25;
/**
 * Separators a widget sets between its items (a markets strip, a scores ticker, a price box, a line of counts): a
 * story's writer joins figures with commas and semicolons, so a line split by these is a box's, not the story's.
 */
const WIDGET_ITEM_SEPARATOR = /[·•|]/;

/**
 * A line long enough to be prose but thin in common words (`bad`) whose words are mostly figures: "Green 22 (+14),
 * Liberal Democrat 9 (+2), …", "Thursday: 9°C / -2°C, sunny; …", its items not split by a widget's separators. The
 * figure pattern is tried only on such lines.
 */
function isFiguresLine(line: ClassifiedLine | undefined): boolean {
  if (line?.class !== "bad" || WIDGET_ITEM_SEPARATOR.test(line.text)) return false;
  const figures = line.text.match(FIGURE)?.length ?? 0;
  return figures >= MIN_FIGURES && figures >= spacedWordCount(line.text) * MIN_FIGURE_SHARE;
}

/** Whether a short line (a sub-heading) stands at `at` with the story's text past it in the direction `step`. */
function headsStoryText(lines: readonly ClassifiedLine[], at: number, step: 1 | -1): boolean {
  return lines[at]?.class === "short" && isStoryText(lines[at + step]);
}

/**
 * Lines of figures set inside a story (an election's results, a match day's scores, index levels, a forecast, a
 * timetable) hold few of the language's common words and so read as `bad`, which the region's search counts against
 * the story as it counts a menu: with the sub-headings around them, they outweighed a short closing section and the
 * story ended over them. A run of such lines set apart as a paragraph is the story's, and reads as its prose, where
 * the story goes on right under it, or where it stands in a section of its own (a sub-heading over it, the story's
 * text over that) and a sub-heading under it opens the next. A run right under the story's last paragraph with one
 * short line and prose under it is as often a markets strip over a teaser's title and summary, and is left as it reads.
 */
export function markFiguresInStory(lines: ClassifiedLine[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!isFiguresLine(lines[i])) continue;
    let end = i + 1;
    while (isFiguresLine(lines[end])) end++;
    // Set apart as a paragraph is: a line packed among others is a list's item (a reference, a teaser's line).
    const setApart = lines[i]!.blankBefore && lines[end - 1]!.blankAfter;
    const inSection = headsStoryText(lines, i - 1, -1);
    const storyOver = inSection || isStoryText(lines[i - 1]);
    const storyUnder = isStoryText(lines[end]) || (inSection && headsStoryText(lines, end, 1));
    if (setApart && storyOver && storyUnder) for (let j = i; j < end; j++) lines[j]!.class = "medium";
    i = end;
  }
}

/** Fewest words of a story's closing short sentence: a shorter one is a label or a button ("Read more."). */
const MIN_CLOSING_SENTENCE_WORDS = 4;

/** A short sentence standing alone as a paragraph, as a story may close with one. */
export function isClosingSentence(line: ClassifiedLine | undefined): boolean {
  return line !== undefined && line.class === "short" && line.blankBefore && line.sentenceEnd && line.words >= MIN_CLOSING_SENTENCE_WORDS;
}

/** Fewest words of a brief sentence (`isBriefSentence`): one word alone is a label's or a button's ("Next."). */
const MIN_BRIEF_SENTENCE_WORDS = 2;

/**
 * A brief sentence's opening: a capital, or a letter of a spaced script without case (Hangul, Hebrew, Arabic), perhaps
 * inside an opening quote. Not a letter of the unspaced scripts, whose few characters with a stop are as often a
 * button's or a notice's ("返回顶部。", back to top; "版权所有。", rights reserved) as a sentence's.
 */
export const BRIEF_SENTENCE_OPENING =
  /^["“„«‘']?(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Myanmar}\p{Script=Khmer}])[\p{Lu}\p{Lo}]/u;
/** An ending that closes no sentence of a few words: an initial or a degree ("Ada Lee, Ph.D."), a trailing-off. */
const NOT_BRIEF_SENTENCE_END = /(?:\p{Lu}\.|\.\.\.|…)$/u;

/**
 * Words of the page's own furniture that a brief line standing between paragraphs is as often set in: a thanks for
 * reading or a link to read on ("Thanks for reading.", "Danke fürs Lesen.", "Lire la suite.", "Lees verder."), a share
 * button ("Share this.", "Partagez cet article."), the comments' notice ("Loading comments.", "Kommentare
 * geschlossen."), a player's ("Watch the video.", "Watch live.", "Jetzt ansehen."), a note on the article ("Artikel
 * merken.", "Report an error."), a page's control or an advert's ("Print this.", "Scroll down.", "Skip ad.", "Ad
 * feedback.", "Open in app.", "Enlarge image.", "Voir la galerie.", "Close menu.", "Bookmark this.", "Zur Startseite."), a
 * player's of the story read aloud ("Escuchar noticia."), a cookie banner's refusal ("Alle ablehnen."), a call to follow the site ("Suivez-nous
 * sur Facebook.") or a box's call to give, buy or find the way that the call words leave to a whole line ("Donate
 * today.", "Order now.", "Buy tickets.", "Get directions.").
 * Nouns and forms a story's own brief sentence seldom holds: the bare "read", "share" and "comment" are left out
 * ("Nobody read it.", "Share the load.", "No comment.").
 */
const PAGE_FURNITURE_WORDS = wholeWords(
  [
    "reading|lesen|weiterlesen|lecture|lire|leer|leyendo|lectura|leggere|lettura|lezen|lees verder",
    "share (?:this|it)|teilen|partagez|partager|comparte|compartir|condividi|deel dit|delen",
    "comments|kommentare|commentaires|comentarios|commenti|reacties|loading|chargement|cargando|caricamento",
    "videos?|vidéos?|vídeos?|podcast|articles?|artikel|artículo|articolo|report an? (?:error|typo)",
    "watch (?:live|now)|listen (?:live|now)|jetzt (?:ansehen|anhören|spenden|bestellen)|regarder en direct|ver en directo",
    "guarda (?:ora|in diretta)|assista (?:agora|ao vivo)|nu kijken|print (?:this|it)|scroll (?:down|up)|back to top",
    "skip (?:the |this )?ads?|ad feedback|advertisement feedback|(?:donate|order|buy|shop) (?:now|today)",
    "follow us|folgen sie uns|suivez-nous|síguenos|seguici|siga-nos|volg ons",
    "open in (?:the )?app|(?:buy|book) (?:tickets?|now)|get directions|see the map|view (?:gallery|all|photos?|images?)",
    "(?:expand|enlarge) (?:the )?(?:image|photo|picture)|close (?:the )?(?:menu|window)|rate (?:it|this)|bookmark",
    "(?:agrandir|ampliar|ingrandisci|vergroot|vergrößern) (?:l'|la |de |das )?(?:image|imagen|imagem|immagine|afbeelding|bild|foto)",
    "(?:view|see|voir|ver|vedi|bekijk) (?:la |the |de |die )?(?:gallery|galerie|galería|galeria|galerij)",
    READ_ALOUD_BUTTON,
    "(?:previous|next) (?:page|slide)|zur startseite|show transcript|mute sound|send feedback|faire un don",
    "alle ablehnen|tout refuser|rechazar todo|rifiuta tutto|alles weigeren",
    // The same calls to read on, subscribe or follow where a whole sentence runs to two or three words: Russian,
    // Ukrainian, Arabic, Persian (and its wire's end mark, "end of the message"), Hebrew and Korean.
    "читать (?:далее|дальше|полностью)|читати далі|подписывайтесь|подпишитесь|підписуйтесь|підпишіться",
    "اقرأ المزيد|اشترك|اشتركوا|تابعونا|بیشتر بخوانید|ادامه مطلب|انتهای پیام|לכתבה המלאה|קראו עוד|הירשמו|עקבו אחרינו",
    "(?:팔로우|구독)(?:하세요|해 주세요)|더 ?보기",
    // A page's notes and controls with a stop, which a last paragraph of two or three words otherwise lets in: back to
    // the top, the comments closed, an error to report, the page to print, share or copy, an advert's break, small print.
    "zurück nach oben|zum seitenanfang|retour en haut|haut de (?:la )?page|volver arriba|наверх страницы",
    "(?:в|к) начал[оу] страницы|на початок сторінки|العودة (?:إلى الأعلى|للأعلى)|חזרה למעלה|לראש העמוד|맨 위로",
    "комментарии (?:закрыты|отключены)|التعليقات مغلقة|התגובות (?:נסגרו|סגורות)|댓글\\p{L}* 닫혔\\p{L}*",
    "fehler melden|signaler une erreur|reportar un error|сообщить об ошибке|الإبلاغ عن خطأ|דיווח על (?:טעות|שגיאה)|오류 신고",
    "seite drucken|imprimer (?:la page|l['’]article)|imprimir (?:la )?(?:noticia|página)|версия для печати",
    "طباعة (?:المقال|الخبر)|הדפסת הכתבה|기사 (?:인쇄|공유)\\p{L}*|поделиться|поділитися|شارك (?:المقال|الخبر)|שתפו",
    "copy (?:the )?link|link kopieren|copier le lien|copiar (?:el )?enlace|story continues|terms apply",
  ].join("|"),
  "u",
);

/**
 * A button's or a box's call to act, the whole of a brief line but its full stop ("Mehr erfahren.", "Learn more."): the
 * call words (`CALL_OPENERS`, `BUTTON_LABELS`), which no brief sentence of a story is.
 */
const BRIEF_CALL = new RegExp(`^(?:${CALL_OPENERS}|${BUTTON_LABELS})[.!]?$`, "u");

/** Whether a line (lower case) holds a word of a button's or a player's (`PAGE_FURNITURE_WORDS`). */
export function holdsPageFurnitureWord(lower: string): boolean {
  return PAGE_FURNITURE_WORDS.test(lower);
}

/**
 * A sentence of two or three words standing apart as a paragraph ("Bring water.", "Nobody came."): too short to tell
 * from a button ("Read more.") by its shape alone, so it counts as the story's only where the story goes on around it,
 * and never where it holds a word of the page's furniture (`PAGE_FURNITURE_WORDS`).
 */
export function isBriefSentence(line: ClassifiedLine | undefined): boolean {
  return (
    line !== undefined &&
    line.class === "short" &&
    line.blankBefore &&
    line.blankAfter &&
    line.sentenceEnd &&
    line.words >= MIN_BRIEF_SENTENCE_WORDS &&
    endsWithSentenceMark(line.text) &&
    BRIEF_SENTENCE_OPENING.test(line.text) &&
    !NOT_BRIEF_SENTENCE_END.test(line.text) &&
    !holdsPageFurnitureWord(line.lower) &&
    !BRIEF_CALL.test(line.lower)
  );
}

/** A line's opening that a sentence of a story may have: a letter, a figure or a quotation mark (not ". the Guardian."). */
const SENTENCE_OPENING = /^[\p{L}\p{N}"“„«‘']/u;

/** A question or a cry within a line: a sign-off's call ("Enjoyed this? Forward it to a friend."), not a closing fact. */
const QUESTION_OR_CRY = /[?!¿¡]/;

/**
 * A line opening with one word and a colon: a label's line ("Share: Facebook, X, Email.", "Next: Council approves new
 * cycle lanes.", "Mitarbeit: Anna Weber."), not a story's closing fact.
 */
const LABEL_OPENING = /^\p{L}+\s?[:：]/u;

/**
 * A sentence asking the reader to act on the page or off it: to click, follow a writer, get the site's app or have a
 * say in the comments ("Click here to read more.", "Follow Ada Lee on Instagram.", "Download the Post app today.",
 * "Have your say in the comments below."), or a shop's small print ("Terms and conditions apply."). A packed copy sets
 * them right under the story's last paragraph as often as a closing fact; a story's own closing sentence seldom opens
 * so ("Follow-up tests are planned." opens with a compound, "Signs of damage remain." with another word).
 */
const READER_CALL = new RegExp(
  [
    "^(?:click|tap) (?:here|on|the)",
    "^follow (?:us|me|\\p{L}+ \\p{L}+ on)|^(?:siga-nos|volg ons)(?![\\p{L}])",
    "^(?:get|download|install) (?:the|our|onze|de) (?:[\\p{L}'’]+ ){0,3}app(?![\\p{L}])",
    "^(?:baixe|descarregue) (?:o|a) (?:[\\p{L}'’]+ ){0,3}(?:app|aplicativo|aplicação)(?![\\p{L}])",
    "^have your say",
    "^(?:sign|log) in to",
    "^(?:klicken sie|folgen sie|laden sie|cliquez|suivez|téléchargez|haz clic|síguenos|descarga|clicca|seguici|scarica)(?![\\p{L}])",
    "terms and conditions apply",
  ].join("|"),
  "u",
);

/**
 * Whether a line is a share bar copied as one sentence ("Share on Facebook, X and WhatsApp.", "Facebook X Email
 * Print."): more than half its words are controls (`isControlLine`). A sentence naming a network or two ("Facebook and
 * Instagram both removed the posts.") has more words of its own.
 */
function isShareBarSentence(lower: string): boolean {
  const words = lower.split(/[^\p{L}\p{N}-]+/u).filter((word) => word !== "");
  return words.filter((word) => isControlLine(word)).length * 2 > words.length;
}

/**
 * A story's short last sentence packed right under its last paragraph, as a copy that sets no blank lines prints it
 * ("Die erste Fahrt startet um 7.10 Uhr.", "La première traversée partira à 7 h 10."): too short to weigh as prose, it
 * stands among the share bar's labels under it, so the region's search lets it go; spaced apart, `isClosingSentence`
 * takes it. Not a label's line (`LABEL_OPENING`), a picture's caption with its credit ("The quay at Kelby. Photo: Tom
 * Reed."), a share bar in one sentence (`isShareBarSentence`) or a call to the reader (`READER_CALL`), which a packed
 * copy sets right under the story as often.
 */
export function isPackedClosingSentence(lines: readonly ClassifiedLine[], at: number): boolean {
  const line = lines[at];
  return (
    line !== undefined &&
    line.class === "short" &&
    !line.blankBefore &&
    line.sentenceEnd &&
    line.words >= MIN_CLOSING_SENTENCE_WORDS &&
    SENTENCE_OPENING.test(line.text) &&
    !QUESTION_OR_CRY.test(line.text) &&
    !LABEL_OPENING.test(line.text) &&
    !hasCredit(line.text) &&
    !isShareBarSentence(line.lower) &&
    !READER_CALL.test(line.lower)
  );
}

/**
 * A writer's sign-off, lower-cased ("That's it.", "Das war's.", "C'est tout.", "Eso es todo.", "Tutto qui.", "Dat was
 * het.", "Happy hiking!", "Stay safe."): a brief sentence that closes the story, so a heading under it opens what the
 * page sets after the story (a teaser's title over its summary, an author's box), not the story's last section.
 */
const SIGN_OFF =
  /^(?:that['’]s (?:it|all)|das war['’]?s|c['’]est tout|eso es todo|tutto qui|è tutto|dat was het|stay (?:safe|tuned)|good luck|happy \p{L}+ing|until next time|bis (?:bald|zum nächsten mal)|à bientôt|hasta (?:pronto|la próxima)|alla prossima|tot (?:de volgende keer|ziens))[.!]$/u;

/** Whether a brief line is a writer's sign-off (`SIGN_OFF`). */
export function isSignOff(line: ClassifiedLine): boolean {
  return SIGN_OFF.test(line.lower);
}

/**
 * Share of the script's short paragraph (`Language.shortParagraphLength`) that a last paragraph of two or three words
 * runs to at least: 12 Latin characters ("Entry is free.", "Nobody came."), fewer where a script says as much in fewer
 * (Hangul 6: "이용은 모두 무료다."; Hebrew and Arabic 9.6: "הכניסה חינם."). Shorter, as few words are a button's ("Read
 * more.", "Log in.", "더 보기.").
 */
const BRIEF_CLOSING_SHARE = 0.3;

/**
 * A subject pronoun opening a line, lower-cased, per language ("He was 84.", "She died.", "Ils ont gagné.", "Hij was
 * 91."): the line is a sentence with its verb, which no button or label of as few letters is ("Read more.", "Log in.").
 * Read in the page's language only, as one language's pronoun is another's article or verb (Italian "Il meteo.",
 * Spanish "Es gratis."). German's "sie" is left out: as the formal "you" it opens a page's labels ("Sie sind hier.").
 */
const SUBJECT_PRONOUN_OPENINGS: ReadonlyMap<string, RegExp> = new Map(
  Object.entries({
    en: "he|she|they|it|we",
    de: "er|es|wir",
    fr: "il|elle|ils|elles",
    es: "él|ella|ellos|ellas",
    it: "lui|lei|loro",
    pt: "ele|ela|eles|elas",
    nl: "hij|zij|wij",
  }).map(([code, pronouns]) => [code, new RegExp(`^(?:${pronouns})\\s`, "u")]),
);
/**
 * A second word opening in lower case or with a figure ("He was 84.", "It closed."): a title or a name set in capitals
 * ("They Live.", "It Girl.") is a film's, a brand's or a section's.
 */
const LOWER_CASE_SECOND_WORD = /^\S+\s[\p{Ll}\p{N}]/u;

/** Whether a line opens as a sentence on a subject pronoun of the page's language (`SUBJECT_PRONOUN_OPENINGS`). */
function opensOnSubjectPronoun(line: ClassifiedLine, languageCode: string): boolean {
  const opening = SUBJECT_PRONOUN_OPENINGS.get(languageCode);
  return opening?.test(line.lower) === true && LOWER_CASE_SECOND_WORD.test(line.text);
}

/**
 * A serial's last line, that its next part follows ("To be continued.", "Continuará.", "À suivre.", "Fortsetzung
 * folgt.", "Continua.", "Wordt vervolgd."), lower-cased: one or two words too few or too short for a brief sentence,
 * but the story's. Only with its stop: "Continua" or "Continue" alone is a button's.
 */
const SERIAL_GOES_ON =
  /^(?:to be continued|continuará|continuerà|continua|à suivre|a suivre|fortsetzung folgt|wordt vervolgd)(?:[.!]|\.\.\.|…)$/u;

/**
 * A story's last paragraph of two or three words, too few for `isClosingSentence` ("Entry is free.", "Вход свободный.",
 * "הכניסה חינם.", "이용은 모두 무료다."; Korean, Arabic and Hebrew join particles and articles to their words, so a
 * whole sentence fits in two): a brief sentence standing apart (`isBriefSentence`: no button's call or furniture word),
 * long enough for its script (`BRIEF_CLOSING_SHARE`), stating a fact: no cry or question ("Слава Україні!"), no
 * greeting's comma before a name ("Cheers, Anna."), no label, credit or sign-off (`SIGN_OFF`: "Stay tuned."). Not in
 * the unspaced scripts, whose words are counted by length, so that a short sentence there already has the closing
 * one's four. The callers ask it only right under the story's last paragraph, as one line cannot tell it from a site's
 * note of as few words. A serial's closing line set apart between blank lines (`SERIAL_GOES_ON`) is one, and so is a
 * sentence under the script's length that opens on a subject pronoun of the page's language (`opensOnSubjectPronoun`).
 */
export function isBriefClosingSentence(
  line: ClassifiedLine | undefined,
  language: Pick<Language, "code" | "unspaced" | "shortParagraphLength">,
): boolean {
  if (line === undefined || language.unspaced || line.words >= MIN_CLOSING_SENTENCE_WORDS) return false;
  if (line.blankBefore && line.blankAfter && SERIAL_GOES_ON.test(line.lower)) return true;
  return (
    (line.text.length >= language.shortParagraphLength * BRIEF_CLOSING_SHARE || opensOnSubjectPronoun(line, language.code)) &&
    isBriefSentence(line) &&
    !QUESTION_OR_CRY.test(line.text) &&
    !line.text.includes(",") &&
    !LABEL_OPENING.test(line.text) &&
    !hasCredit(line.text) &&
    !isSignOff(line)
  );
}

/** A paragraph of the story's text: prose, or a short sentence standing alone as one (`isClosingSentence`). */
export function isStoryText(line: ClassifiedLine | undefined): boolean {
  return isProse(line) || isClosingSentence(line);
}

/** A line of running text: long enough, and dense with the language's common words. */
export function isProse(line: ClassifiedLine | undefined): boolean {
  return line !== undefined && (line.class === "good" || line.class === "medium");
}

/** Prose lines among `lines[from]` to `lines[to - 1]`, counted up to `atMost`: whether a stretch holds prose, or enough. */
export function proseLinesIn(lines: readonly ClassifiedLine[], from: number, to: number, atMost = 1): number {
  let count = 0;
  for (let i = from; i < to && count < atMost; i++) if (isProse(lines[i])) count++;
  return count;
}

/**
 * Longest line a widget holds (a pitch, a field's label, a consent line): a longer line between its prompts is a
 * paragraph of the story that the box was set into.
 */
const MAX_WIDGET_LINE_LENGTH = 160;

/**
 * Marks `lines[from]` to `lines[to - 1]` a widget's, but for long lines and meta lines.
 */
function markWidgetLines(lines: ClassifiedLine[], from: number, to: number): void {
  for (let j = from; j < to; j++)
    if (lines[j]!.text.length < MAX_WIDGET_LINE_LENGTH && !isMetaLine(lines[j]!)) lines[j]!.class = "boilerplate";
}

/** Most lines a box packs between two of its prompts (a pitch, a field, a consent line) with prose among them. */
const MAX_WIDGET_GAP = 3;

/**
 * Whether the lines between two prompts of one packed block, `lines[first]` and `lines[last]`, are a story rather than
 * a box's pitch: more of them than a box packs between its prompts, two or more of them prose, the first of them not
 * (a headline, a byline). A copy that packs a whole page sets the menu's "Subscribe" and a closing newsletter box's
 * "Sign up" in one block, the headline and the story between them; a box's pitch of two sentences between its call and
 * its button, or a list of its perks, stays the box's, and so does a paywall's list of perks in sentences right under
 * its call ("Subscribe to continue reading" / "Read every story …" / "Subscribe now"), which a page with no story or
 * only its lead above the wall would otherwise read as the story.
 */
function storyBetweenPrompts(lines: readonly ClassifiedLine[], first: number, last: number): boolean {
  return last - first - 1 > MAX_WIDGET_GAP && !isProse(lines[first + 1]) && proseLinesIn(lines, first + 1, last, 2) === 2;
}

/**
 * Widgets (newsletter boxes, embedded-post notices) are lines packed together
 * without blank lines, opened and closed by prompts ("Newsletter" … "Sign
 * up"). The lines between read like text ("Chaque vendredi, l'essentiel de
 * l'actualité…") and go with them; byline and date lines are kept, and so is
 * what stands outside the prompts, where a page may pack its headline.
 */
export function markWidgets(lines: ClassifiedLine[]): void {
  // Stretches between two prompts that read as a story (see `storyBetweenPrompts`), as [first, last) pairs.
  const storyGaps: number[] = [];
  for (let start = 0, end = 0; start < lines.length; start = end) {
    end = packedBlockEnd(lines, start, lines.length);
    let previous = -1;
    for (let i = start; i < end; i++) {
      if (!lines[i]!.prompt) continue;
      if (previous >= 0 && storyBetweenPrompts(lines, previous, i)) storyGaps.push(previous + 1, i);
      else markWidgetLines(lines, previous >= 0 ? previous : i, i + 1);
      previous = i;
    }
  }
  if (storyGaps.length > 0) keepStoryBetweenPrompts(lines, storyGaps);
  markSupportBoxes(lines);
  markSpacedWidgets(lines);
  markEmailFields(lines);
}

/**
 * Most words of a sidebar item's title ("1 Man fined for fly-tipping"): a teaser's headline, not a step's sentences.
 */
const MAX_SIDEBAR_ITEM_WORDS = 12;
/** Fewest ranked items under a label that make a sidebar's list: one numbered line may be the story's first step. */
const MIN_SIDEBAR_ITEMS = 2;
/** Most ranked items a sidebar lists ("Most read" over its top ten): a longer numbered run is the story's own list. */
const MAX_SIDEBAR_ITEMS = 10;
/** Lines under the list within which the story's prose, byline or date must go on for the list to be set into it. */
const STORY_UNDER_SIDEBAR_REACH = 3;
/** A sidebar item's rank, with its title after it on the same line ("1 Man fined", "2. Café opens") or alone ("3"). */
const SIDEBAR_RANK = /^(\d{1,2})\.?(?:\s+(\S.*))?$/u;

/**
 * The end of a ranked list of short titles packed right under the label at `label` ("1 Man fined …" / "2 …", or
 * each rank on a line of its own over its title), its ranks counting up from one, or -1 where the block under the
 * label is anything else (a sentence, a title with no rank, a rank out of order).
 */
function rankedListEnd(lines: readonly ClassifiedLine[], label: number): number {
  let rank = 0;
  let i = label + 1;
  for (; i < lines.length && !lines[i]!.blankBefore; i++) {
    const line = lines[i]!;
    const match = opensWithDigit(line.text) ? SIDEBAR_RANK.exec(line.text) : null;
    if (match === null || Number(match[1]) !== rank + 1) return -1;
    rank++;
    // A rank alone stands over its title, the next line, which opens with no figure of its own.
    const titled = match[2] !== undefined ? line : lines[i + 1]?.blankBefore === false ? lines[++i]! : undefined;
    if (titled === undefined || titled.sentenceEnd || titled.words > MAX_SIDEBAR_ITEM_WORDS) return -1;
    if (titled !== line && opensWithDigit(titled.text)) return -1;
  }
  return rank >= MIN_SIDEBAR_ITEMS && rank <= MAX_SIDEBAR_ITEMS ? i : -1;
}

/**
 * Whether the story goes on under a ranked list, `lines[label + 1]` to `lines[end - 1]`: its prose, byline or date
 * within a few lines. Not where the list's own cards follow it, one of its titles printed again over a summary: at the
 * page's foot a box of the most read stories may list them, then show each with its sentence. Under the story's prose
 * (between two sections) only a sub-heading over a paragraph or two paragraphs go on with it: at the foot a box stands
 * as often over a footer's blurb, an author's note or a disclaimer closing the page, or a comment's or the next
 * story's name over its date.
 */
function storyUnder(lines: readonly ClassifiedLine[], label: number, end: number): boolean {
  let prose = false;
  for (let j = end; j < Math.min(lines.length, end + STORY_UNDER_SIDEBAR_REACH); j++) {
    const line = lines[j]!;
    if (
      line.class === "short" &&
      !line.sentenceEnd &&
      lines.slice(label + 1, end).some((item) => item.text === line.text || item.text.endsWith(` ${line.text}`))
    )
      return false;
    prose ||= isProse(line) || isMetaLine(line);
  }
  if (!prose || proseLinesIn(lines, 0, label) === 0) return prose;
  const under = lines[end];
  const subHeading = under !== undefined && under.class === "short" && !isMetaLine(under);
  return subHeading ? isProse(lines[end + 1]) : isProse(under) && isProse(lines[end + 1]);
}

/**
 * The page without a "Most read" box glued into it where the story goes on under it: its label (a section's end) over
 * a ranked list of short titles, then within a few lines the story's prose, byline or date. Between the headline and
 * the byline its first title read as the headline; between two sections its label ended the story, and as furniture
 * its lines still outweighed a short section under it. At the page's foot no story goes on under it, and the label
 * still ends the story.
 */
export function withoutGluedSidebars(lines: ClassifiedLine[]): ClassifiedLine[] {
  let inSidebar: Uint8Array | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.class !== "end" || lines[i + 1]?.blankBefore !== false) continue;
    const end = rankedListEnd(lines, i);
    if (end < 0) continue;
    if (!storyUnder(lines, i, end)) continue;
    (inSidebar ??= new Uint8Array(lines.length)).fill(1, i, end);
    i = end - 1;
  }
  return inSidebar === undefined ? lines : withoutMarked(lines, inSidebar);
}

/** The lines not marked in `marked` (by index), numbered again from 0. */
function withoutMarked(lines: ClassifiedLine[], marked: Uint8Array): ClassifiedLine[] {
  const kept = lines.filter((line) => marked[line.index] === 0);
  for (const [index, line] of kept.entries()) line.index = index;
  return kept;
}

/** Most lines of a support box packed as a block of its own: its label, its appeal, its button. */
const MAX_SUPPORT_BOX_LINES = 4;
/** Most words of a support box's label or button ("Keep local news alive", "Donate now", "Jetzt spenden"). */
const MAX_SUPPORT_BOX_LABEL_WORDS = 6;

/**
 * A support box packed as a block of its own, set apart from the story by blank lines: an appeal (`isSupportAppeal`,
 * furniture already) with only short lines that end no sentence beside it, its label and its button ("Keep local news
 * alive" / "Reporting like this costs money … please consider a donation." / "Donate now"). The label and the button go
 * with the appeal, wherever the box stands; between the story's paragraphs they read as a heading and a line of text.
 * A page copied as one packed block holds the story in the same block, which is then too long to be a box.
 */
function markSupportBoxes(lines: ClassifiedLine[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // The cheap tests first: an appeal is furniture ending a sentence, which few lines are, in a small block of labels
    // and furniture, which fewer are; the appeal's patterns last.
    if (line.class !== "boilerplate" || !line.sentenceEnd) continue;
    let start = i;
    while (start > 0 && !lines[start]!.blankBefore && i - start < MAX_SUPPORT_BOX_LINES) start--;
    if (!lines[start]!.blankBefore) continue;
    // The block's end, read no further than a box's size: a page copied as one packed block is no box.
    let end = i + 1;
    while (end < lines.length && !lines[end]!.blankBefore && end - start <= MAX_SUPPORT_BOX_LINES) end++;
    if (end - start > MAX_SUPPORT_BOX_LINES || end - start < 2) continue;
    let box = true;
    for (let j = start; j < end && box; j++) {
      const other = lines[j]!;
      box =
        j === i ||
        other.class === "boilerplate" ||
        (other.class === "short" && !other.sentenceEnd && other.words <= MAX_SUPPORT_BOX_LABEL_WORDS);
    }
    if (box && isSupportAppeal(line.lower, SUPPORT_SIGNAL)) for (let j = start; j < end; j++) lines[j]!.class = "boilerplate";
  }
}

/**
 * Marks the stretches between prompts that read as a story (`storyGaps`, as [first, last) pairs) as a long box's, as
 * ever, unless they hold every line of prose on the page: a page copied in one packed block, between its menu's
 * "Subscribe" and a closing box's "Sign up", is all story there. Then the first stretch is the story, and any under it a
 * long box's (a list of perks in sentences between "Subscribe" and its button). Prose is counted long lines and all: a
 * long paragraph among the story's short ones is the story's too, and is no prose standing outside the boxes.
 */
function keepStoryBetweenPrompts(lines: ClassifiedLine[], storyGaps: readonly number[]): void {
  let inGaps = 0;
  for (let g = 0; g < storyGaps.length; g += 2) inGaps += proseLinesIn(lines, storyGaps[g]!, storyGaps[g + 1]!, lines.length);
  const story = proseLinesIn(lines, 0, lines.length, lines.length) === inGaps ? 0 : -1;
  for (let g = 0; g < storyGaps.length; g += 2) if (g !== story) markWidgetLines(lines, storyGaps[g]!, storyGaps[g + 1]!);
}

/**
 * A newsletter box's address field ("Email address", "E-Mail-Adresse") goes, unless prose stands under it: then it is a
 * section's heading in an explainer on personal data ("Correo electrónico" over what the office may send there).
 */
function markEmailFields(lines: ClassifiedLine[]): void {
  for (let i = 0; i < lines.length; i++)
    if (lines[i]!.class !== "boilerplate" && isEmailFieldLabel(lines[i]!.lower) && !isProse(lines[i + 1])) lines[i]!.class = "boilerplate";
}

/** Most lines between a newsletter box's call and its button when a copy sets them apart: the pitch and the field. */
const MAX_SPACED_WIDGET_LINES = 2;
/** Fewest words of the call that opens such a box ("Newsletter abonnieren", "Sign up for our morning briefing"). */
const MIN_SPACED_WIDGET_CALL_WORDS = 2;
/**
 * Most words of the button that closes such a box ("Sign up", "Jetzt anmelden", "Share the Harbour Gazette
 * newsletter"). A story's own lines about subscribing ("Signing up takes a minute on the county website.", "Anmelden
 * kann man sich auch im Rathaus.") are sentences, and the story's paragraphs between two of them are no box's pitch.
 */
const MAX_SPACED_WIDGET_BUTTON_WORDS = 6;

/** Whether a prompt reads as a box's button: a few words, not a sentence (a button's "!" aside: "Subscribe now!"). */
function isWidgetButton(line: ClassifiedLine): boolean {
  return line.words <= MAX_SPACED_WIDGET_BUTTON_WORDS && (!line.sentenceEnd || line.text.endsWith("!"));
}

/**
 * Whether a prompt reads as a box's call: a heading's words ("Newsletter abonnieren", "Sign up for our morning
 * briefing"), a question or a cry, or a sentence that speaks to the reader ("Love the Gazette's newsletter? Tell your
 * friends."). A story's own statement about a newsletter ("Its free newsletter reaches 90,000 inboxes.", "Der kostenlose
 * Newsletter erreicht 90.000 Postfächer.") is none: the paragraph under it is the story's.
 */
function isWidgetCall(line: ClassifiedLine): boolean {
  if (line.words < MIN_SPACED_WIDGET_CALL_WORDS) return false;
  return !line.sentenceEnd || line.text.endsWith("!") || line.text.endsWith("?") || speaksToReader(line.lower);
}

/**
 * A newsletter box whose lines a copy sets apart with blank lines: a call (`isWidgetCall`, "Newsletter
 * abonnieren"), at most two lines (the pitch, the address field), then a button (`isWidgetButton`, "Jetzt anmelden"). The
 * pitch between reads like text ("Die wichtigsten Nachrichten … in Ihrem Postfach.") and goes with them, as in a packed
 * box (`markWidgets`). Only lines flagged as prompts are looked at, so most pages cost a flag test a line.
 */
function markSpacedWidgets(lines: ClassifiedLine[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.prompt || !isWidgetCall(lines[i]!)) continue;
    let close = -1;
    for (let j = i + 2; j <= Math.min(lines.length - 1, i + 1 + MAX_SPACED_WIDGET_LINES); j++) {
      if (lines[j]!.prompt) {
        close = j;
        break;
      }
    }
    if (close < 0 || !isWidgetButton(lines[close]!)) continue;
    let between = true;
    for (let j = i + 1; j < close && between; j++)
      between = !lines[j]!.prompt && lines[j]!.text.length < MAX_WIDGET_LINE_LENGTH && !isMetaLine(lines[j]!);
    if (!between) continue;
    for (let j = i + 1; j < close; j++) lines[j]!.class = "boilerplate";
    i = close - 1;
  }
}

/** Most words of a credit alone under a byline (see `isCreditAloneLine`). */
const MAX_CREDIT_ALONE_WORDS = 16;

/**
 * A line naming where the byline's writers reported from ("Reporting from Kyiv and Warsaw", see `isReportingFromLine`)
 * is the byline block's furniture only packed right under its byline or date line: elsewhere the same words are the
 * story's own, a title ("Reporting from Kyiv" over its byline), a heading or a one-line paragraph in the body. So are a
 * labelled list of contributors packed there (`isContributorsListLine`) and a credit alone one blank line under it
 * (`isCreditAloneLine`).
 */
export function markReportingFromLines(lines: ClassifiedLine[]): void {
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const above = lines[i - 1]!;
    if (above.index !== line.index - 1 || !isMetaLine(above) || line.class === "end") continue;
    // A credit alone set apart under the byline or the date, over the story ("Additional reporting by Tom Hale", "Mit
    // Material von dpa", "Avec AFP"): the byline block's furniture, as packed right under it, not the story's first
    // paragraph. Asked only of a short line one blank line under a date or a byline.
    if (line.blankBefore) {
      if (line.words <= MAX_CREDIT_ALONE_WORDS && isCreditAloneLine(line.text)) line.class = "boilerplate";
      continue;
    }
    // So is a labelled credit of two contributors or more packed right under it ("Mitarbeit: Tom Hale, Lena Maus"):
    // elsewhere, over its byline, the same words may be a title ("Collaboration: Ada Lee & Tom Hale").
    if (isReportingFromLine(line.text, line.lower) || isContributorsListLine(line.text)) line.class = "boilerplate";
  }
}

/** "14:44 Accusations de viols : …": a clock time, then a headline. */
const TICKER_ITEM = /^\d{1,2}[:h.]\d{2}\s+\S/;

/** Fewest ticker items, each counting itself, within `TICKER_REACH` lines of an item that make it a ticker's. */
const MIN_TICKER_ITEMS = 3;
/** How many lines above or below an item the others of its ticker may stand. */
const TICKER_REACH = 4;
/**
 * Fewest stamped lines over prose of their own that make them a live page's entries rather than a ticker's items: a
 * ticker's last item may stand over the story's first paragraph, where a live page sets text under each entry.
 */
const MIN_LIVE_ENTRIES = 2;

/**
 * A news ticker ("Direct", "Latest", "En continu") lists headlines each after the time it came in. Three or more such
 * lines close together are a ticker, however long their headlines run (devset: a French daily's live rail). Lines over
 * prose of their own (`MIN_LIVE_ENTRIES` or more) are no ticker's items but a live page's entries, each with its time
 * and title on one line over its text ("09:12 — Trains suspended" / the report); the assembler reads them as headings.
 */
export function markTickers(lines: ClassifiedLine[]): void {
  // A ticker item opens with a figure: the pattern is asked only of such lines. Their places are listed, not flagged in
  // an array of the page's length: most pages hold none, and a typed array made for each page (its store outside V8's
  // heap) cost more than the look at each line's first character (0.4 % of the fixture batch, round spd71).
  let items: number[] | undefined;
  for (let i = 0; i < lines.length; i++) if (isTickerItem(lines[i]!.text)) (items ??= []).push(i);
  if (items !== undefined) {
    const entries = new Set(items.filter((at) => headsOwnProse(lines, at)));
    if (entries.size >= MIN_LIVE_ENTRIES) items = items.filter((at) => !entries.has(at));
  }
  if (items === undefined || items.length < MIN_TICKER_ITEMS) return;
  // The items within reach of each, in one pass over the list: `low` and `high` bound the window around `items[k]`.
  for (let k = 0, low = 0, high = 0; k < items.length; k++) {
    const at = items[k]!;
    while (items[low]! < at - TICKER_REACH) low++;
    while (high + 1 < items.length && items[high + 1]! <= at + TICKER_REACH) high++;
    if (high - low + 1 >= MIN_TICKER_ITEMS) lines[at]!.class = "boilerplate";
  }
}

/**
 * Whether a ticker-shaped line heads prose of its own: the line under it is a paragraph, not the next stamped line. A
 * ticker lists its headlines one under another; a live page sets each entry's text under its time and title.
 */
function headsOwnProse(lines: readonly ClassifiedLine[], at: number): boolean {
  const under = lines[at + 1];
  return isProse(under) && !TICKER_ITEM.test(under!.text);
}

/**
 * A ticker's item: a clock time, then its headline. A time with only its zone or half of the day after it ("17:15 BST",
 * "5.15 pm") is a live page's stamp over its entry's title, as a time alone is.
 */
function isTickerItem(text: string): boolean {
  return opensWithDigit(text) && TICKER_ITEM.test(text) && !isClockTimeAlone(text);
}

/**
 * A word naming questions, as an FAQ's label does ("FAQs", "Frequently asked questions", "Häufige Fragen", "Foire aux
 * questions", "Preguntas frecuentes", "Domande frequenti", "Perguntas frequentes", "Dúvidas frequentes",
 * "Veelgestelde vragen", "Q&A").
 */
export const FAQ_LABEL_WORD = /(?<!\p{L})(?:faqs?|q\s?&\s?as?|questions|fragen|preguntas|domande|perguntas|dúvidas|vragen)(?!\p{L})/iu;

/**
 * A footer's link ("FAQ") standing over a question and the prose that answers it is a story's FAQ section's label, not
 * the site's furniture: its class is given back, so the section is no foot to cut. The site's FAQ link stands among its
 * other links, and a list of question titles under the label has no answer under its first.
 */
export function keepQuestionLabels(lines: ClassifiedLine[]): void {
  for (let at = 0; at + 2 < lines.length; at++) {
    const label = lines[at]!;
    // The lines under it asked first: a question over prose is rare, and a mark and a class are cheaper to read than
    // the footer's patterns, which each line of furniture would otherwise meet (all tests are pure: their order
    // changes no answer).
    if (label.class !== "boilerplate" || !endsWithQuestionMark(lines[at + 1]!.text) || !isProse(lines[at + 2])) continue;
    if (FAQ_LABEL_WORD.test(label.text) && isFooterLine(label.lower)) label.class = "short";
  }
}

/** Whether the text opens with an ASCII digit, by its first character's code (cheaper than a pattern on every line). */
export function opensWithDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** "3/50", "12 / 40 Harbour at dawn": a slideshow's counter, then perhaps the slide's title. */
const SLIDE_COUNTER = /^(\d{1,3}) ?\/ ?(\d{1,3})(?:\s|$)/;
/** Fewest counted slides that make a gallery rather than a fraction or a date in the text. */
const MIN_GALLERY_SLIDES = 3;
/** A slide's counter line holds at most a short title; a counted line of prose is a post of a numbered thread. */
const MAX_COUNTER_LINE_WORDS = 12;

/**
 * A slideshow copied as text repeats "n/N" over each slide's caption. The
 * captions read like prose and would pull the gallery into the body, and a
 * page may set the gallery between two parts of the story, which must still
 * join up. So the gallery is taken out of the page: from its first counter to
 * the end of its last slide, taken as long as its shortest slide.
 */
export function withoutGalleries(lines: ClassifiedLine[]): ClassifiedLine[] {
  let slidesByTotal: Map<string, { indexes: number[]; numbers: Set<string> }> | undefined;
  for (const line of lines) {
    if (!opensWithDigit(line.text) || line.words > MAX_COUNTER_LINE_WORDS) continue;
    const counter = SLIDE_COUNTER.exec(line.text);
    if (!counter || Number(counter[1]) === 0 || Number(counter[1]) > Number(counter[2])) continue;
    slidesByTotal ??= new Map();
    const slides = slidesByTotal.get(counter[2]!) ?? { indexes: [], numbers: new Set<string>() };
    slides.indexes.push(line.index);
    slides.numbers.add(counter[1]!);
    slidesByTotal.set(counter[2]!, slides);
  }
  if (!slidesByTotal) return lines;
  const inGallery = new Uint8Array(lines.length);
  let found = false;
  for (const { indexes, numbers } of slidesByTotal.values()) {
    if (numbers.size < MIN_GALLERY_SLIDES) continue;
    let shortestSlide = Infinity;
    for (let k = 1; k < indexes.length; k++) shortestSlide = Math.min(shortestSlide, indexes[k]! - indexes[k - 1]!);
    inGallery.fill(1, indexes[0]!, Math.min(lines.length, indexes.at(-1)! + shortestSlide));
    found = true;
  }
  return found ? withoutMarked(lines, inGallery) : lines;
}
