import { CJK_ATTRIBUTION, isContributorsCreditLine, isPublicBodyName, opensTitleNotByline, parseByline } from "./byline.js";
import { isAgeLine, isMonthAndYear, isClockStamp, opensWithWordDateLabel, parseDate } from "./date-line.js";
import type { Author } from "@dateline/schema";
import { isReadingTime, isSponsorLabel } from "./boilerplate.js";
import { BY_WORDS, PUBLISHED_LABELS, RELATIVE_AGES, UPDATED_LABELS } from "./byline-labels.js";
import { hasCredit, isOneNameGraphicCredit } from "./caption.js";
import type { ClassifiedLine } from "./classify.js";
import { forgetAfterPage } from "./page-memos.js";
import { isNameShaped } from "./person-name.js";
import { ONE_WORD_CITIES, PLACE_NAMES } from "./place-names.table.js";
import { NEWS_FLASH_LABELS } from "./related-words.js";
import { CONTINENTS, HOME_WORDS, SECTION_NAMES, SECTION_PHRASES, TRAIL_HOME_PHRASES } from "./section-names.js";
import { DATE_SHAPED_LINE, MIN_GAPPED_ENTRIES } from "./segment.js";
import { endsWithGreekQuestion, endsWithQuestionMark, holdsCodePunctuation, SENTENCE_BREAK } from "./sentence.js";
import { atLeastSpacePieces, letterCount, spacePieceCount } from "./word-count.js";
import { isFactsLine } from "./work-facts.js";

/**
 * What makes a line the headline: its layout features (where it stands, how long it is, how it is set, what
 * stands around it), each with a named weight. The weights were set by reasoning about news layouts and
 * checked on both dev sets, one feature at a time (`npm run devset`; the figures are in the commit that
 * added each feature).
 */

/**
 * Lines that name people or sources rather than state a headline: "Harbour Times Reporter", "Reviewed by …", "From: Valley
 * Herald". The credits a header prints beside its byline are `CREDIT_OPENER`'s; a sponsor's line is `isSponsorLabel`'s.
 */
const ATTRIBUTION_LIKE =
  /\b(?:posted|written|edited|reviewed|reported|photographed|produced)\s+by\b|^(?:from|source|quelle|fuente|posted|filed|published|updated)\s*:/i;
/** A byline's word opening a line ("By …", "Von …", "Par …", "Por …"). */
const BY_OPENING = /^(?:by|von|par|por)\s/i;
/**
 * A byline's word before a word in lower case, other than a desk's possessive ("By the numbers: …", "Von der Leyen warnt
 * …", "Par temps de tempête, …", "Por qué la isla …", "Por que a ilha …"): a title's opening, as a name after the word
 * opens with a capital, where the line reads as no byline (`parseByline`: "By the editorial board", "Par la rédaction"
 * and "Von der Redaktion" are a desk's bylines) and no desk's ("Von unserem Korrespondenten", "Par notre envoyé spécial").
 * Not "By" before a verb's "-ing" form: a consent notice's opening ("By signing up you agree to our terms"). Not an
 * indefinite article either: an unnamed author's line ("By a staff writer", "Von einem Reporter", "Par un collectif de
 * chercheurs", "Par une envoyée spéciale", "Por un colaborador"). Not an agency's word joined to a job's ("Von
 * dpa-Korrespondent Jan Meier"), a credit's ("By arrangement with …", "By special arrangement with …", "By courtesy of
 * …") or a plea's ("Por favor, acepte …").
 */
const BY_BEFORE_LOWER_CASE =
  /^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or)\s(?!(?:our|unser\w*|notre|nos|nuestr[oa]s?|nosso|nossa|an?|ein\w*|une?|un[oa]|uma?)\s|favor\b|\p{Ll}+ing\s|\p{Ll}+-\p{Lu}|(?:special\s)?arrangement\s|courtesy\s)\p{Ll}/u;
/** A cookie notice's word: a line opening with a byline's word and naming cookies is a notice ("Par défaut, les cookies …"). */
const COOKIE_WORD = /\bcookies?\b/i;

/**
 * A byline's word and, within two words, a newsroom's people: a desk's or an unnamed author's line ("Por el equipo de El
 * Faro", "Por los corresponsales en la isla", "Von den Kollegen der Inselzeitung") or a box's label over an author's
 * other stories ("By the same author", "Von der gleichen Autorin", "Par le même auteur", "Por el mismo autor"), which
 * `parseByline` does not read. A title with such a word this near its opening stays unread, as it was before titles
 * opening with these words were read ("Por qué los periodistas …").
 */
const BY_NEWSROOM_PEOPLE =
  /^(?:by|von|par|por)\s(?:\p{L}+\s){0,2}(?:authors?|autor(?:in|a|es)?|auteurs?|team|équipe|equipe|equipo|kollegen|staff|newsroom|redaktion|rédaction|redacción|redação|reporter\w*|rédacteurs?|redakteur\w*|editor\w*|correspond\w*|korrespondent\w*|corresponsal\w*|journalist\w*|periodistas?|jornalistas?)\b/iu;

/** Whether a line opening with a byline's word is a byline's, or a title's opening (see `BY_BEFORE_LOWER_CASE`, `opensTitleNotByline`). */
function opensAsByline(text: string): boolean {
  return (
    BY_OPENING.test(text) &&
    !opensTitleNotByline(text) &&
    !(BY_BEFORE_LOWER_CASE.test(text) && !COOKIE_WORD.test(text) && !BY_NEWSROOM_PEOPLE.test(text) && parseByline(text) === undefined)
  );
}

/**
 * A sponsor's line over or under a story, its opening with a name alone after it (`isSponsorLabel`: "Sponsored by
 * Harbour Bank", "In partnership with the Coastal Trust"): who paid for the story, not its headline. A headline opening
 * so goes on in lower case or past a mark ("In partnership with Nasa students launch a weather balloon", "Presented by
 * Beyoncé: the night's big winners").
 */
/**
 * A credit opening its line ("Fact checked by …", "Illustrations by …", "Traduit par …"; further in, "illustrated by" can
 * be a headline's): an attribution when a name follows (see `isCreditLine`), as a title may open so ("Translated by
 * machine, read by nobody").
 */
const CREDIT_OPENER =
  /^(?:fact[- ]?checked|medically reviewed|illustrated|illustrations?|translated|compiled|additional reporting|photography|übersetzt|illustriert|traduit|illustré|traducido|traduzido|tradotto)\s+(?:by|von|par|por|da)\s+/i;
/**
 * Where the first of a credit's names ends: a list's joining word or mark, a date, a separator. It starts only where no
 * white space stands before it (where the leftmost match starts anyway): else every space of a long run retried the
 * whole run, 2.5 s for 40,000 spaces against 0.3 ms.
 */
const CREDITED_NAME_END = /(?<!\s)\s*(?:[,;:·|•&(–—]|\s(?:and|und|et|y|e|on|am)\s|\s\d)/u;

/**
 * A time ago and its "by", maybe after a posted or updated label ("Posted 3 hours ago by …", "Publié il y a 3 heures par
 * …", "Vor 3 Stunden von …"): the header's byline line when a name follows (see `isCreditLine`), which no date reader
 * takes. A title may open with a time ago and a "by" that no name follows ("Vor 30 Jahren von der Mauer getrennt").
 */
const AGE_BY_OPENER = new RegExp(
  String.raw`^(?:(?:${[...PUBLISHED_LABELS, ...UPDATED_LABELS].join("|")})\s+)?(?:${RELATIVE_AGES.join("|")})\s+(?:${BY_WORDS.join("|")})\s+`,
  "iu",
);

/** Whether a line opens with a credit (see `CREDIT_OPENER`) or a time ago and its "by" (`AGE_BY_OPENER`), then a name. */
function isCreditLine(text: string): boolean {
  const credit = CREDIT_OPENER.exec(text);
  if (credit) return isNameShaped(text.slice(credit[0].length).split(CREDITED_NAME_END, 1)[0]!);
  if (isContributorsCreditLine(text)) return true;
  const age = DIGIT.test(text) ? AGE_BY_OPENER.exec(text) : null;
  // The name runs to the line's end or a field's mark ("… by Ada Lee | 4 min read"), not to a colon or a comma, after
  // which a title goes on ("50 years ago by Joni Vale: the album …").
  return age !== null && isNameShaped(text.slice(age[0].length).split(LABEL_FIELD_MARK, 1)[0]!.trim());
}
/** A job title that makes a short line an author's line ("Harbour Times Reporter", "Contributing editor"). */
const ROLE_WORDS = /\b(?:reporter|correspondent|editor|staff writer|contributor|columnist|redakteur|rédaction|redacción)\b/i;
/** Most words of an author's line with a job title; a longer line over its own byline is a title ("Letter to the editor: …"). */
const MAX_ROLE_LINE_WORDS = 6;
/** A byline's word in capitals: most lines hold none, and looking for one is cheaper than `CAPITAL_BYLINE`. */
const CAPITAL_BY = /\b(?:BY|VON|PAR|POR|DI|DOOR)\b/;
/** A credit's noun in capitals ("STORY", "PHOTOS", "REPORTING", "FOTO'S"), or the participle naming what was done. */
const CAPITAL_CREDIT_NOUN =
  "(?:STORY|TEXT[EO]?|TESTO|TEKST|WORDS|PHOTO(?:S|GRAPHS?)?|FOTOS?|FOTO'S|PICTURES|IMAGES|VIDEOS?|REPORTING|REPORTS?|INTERVIEWS?|ILLUSTRATIONS?|GRAPHICS?|FILM|ESSAY|WRITTEN|EDITED|COMPILED|PRODUCED|TRANSLATED)";
/** A credit's nouns in capitals, each maybe joined to the next by "and" ("TEXT AND PHOTOS ", "TEXT UND FOTOS "). */
const CAPITAL_CREDIT_NOUNS = String.raw`(?:${CAPITAL_CREDIT_NOUN}\s+(?:(?:AND|UND|ET|Y|E|EN|&|\+)\s+)?)`;
/**
 * A byline in capitals, as a page's CSS sets it: its word opens the line ("BY HARBOUR DESK STAFF", "VON ADA LEE", "PAR
 * ADA LEE"), maybe after an article and a credit's nouns ("STORY BY …", "TEXT AND PHOTOS BY …", "A FILM BY …", "TEXT UND
 * FOTOS VON …", "TEXTE ET PHOTOS PAR …", "TEXTO Y FOTOS POR …", "TESTO E FOTO DI …", "TEKST EN FOTO'S DOOR …"). "BY" further
 * in, after a verb, is a headline's word set in capitals ("FERRY FARES CUT BY HALF"). "DI" and "DOOR" open Italian and
 * Dutch headlines too ("DOOR DE STORM …"): they are a byline's word only after a credit's nouns.
 */
const CAPITAL_BYLINE = new RegExp(
  String.raw`^(?:(?:AN?|UN[AE]?|EIN[E]?)\s+)?(?:${CAPITAL_CREDIT_NOUNS}*(?:BY|VON|PAR|POR)|${CAPITAL_CREDIT_NOUNS}+(?:DI|DOOR))\b`,
  "u",
);
/**
 * "BY" further in, right after a credit's noun or a word naming whose a text is ("WITH ADDITIONAL REPORTING BY …", "A
 * COLUMN BY …", "MORE STORIES BY …", "PUBLISHED BY THE HARBOUR TIMES", "TRANSLATED FROM THE DUTCH BY …"): a byline or an
 * author's link in capitals too, wherever the line opens, and so is "BY" after a list of nouns ("NEWS, OPINION AND SPORT
 * BY THE HARBOUR TIMES": a paper's tagline). A headline's "BY" follows a verb ("CUT BY HALF", "FERRIES, BUSES AND TRAINS HIT
 * BY STRIKE").
 */
const CAPITAL_CREDIT_BY = new RegExp(
  String.raw`\b(?:${CAPITAL_CREDIT_NOUN}|COLUMNS?|NEWS|STORIES|ARTICLES|POSTS|UPDATED|PUBLISHED|FILED|CONTRIBUTED|TRANSLATED\s+FROM\s+(?:THE\s+)?\p{Lu}+|\p{Lu}+,\s+\p{Lu}+\s+(?:AND|&)\s+\p{Lu}+)\s+BY\b`,
  "u",
);
/** Whether a line is a byline in capitals (`CAPITAL_BYLINE`, `CAPITAL_CREDIT_BY`); most lines hold no byline's word in capitals. */
function isCapitalByline(text: string): boolean {
  return CAPITAL_BY.test(text) && ((CAPITAL_BYLINE.test(text) && !opensTitleNotByline(text)) || CAPITAL_CREDIT_BY.test(text));
}
/** A breadcrumb trail's home word and the mark after it, opening the line: "Home › …", "Startseite | …", "Accueil / …". */
const BREADCRUMB_HOME = new RegExp(String.raw`^(?:${[...HOME_WORDS, ...TRAIL_HOME_PHRASES].join("|")})\s*[›»>/|]`, "iu");
/** Breadcrumb trails: "Home › Environment › Coasts", "Home >> Sport >> Rowing"; a separator may be doubled. */
const BREADCRUMB = new RegExp(String.raw`\s(?:[›»>/|]|>>|»»)\s.*\s(?:[›»>/|]|>>|»»)\s|${BREADCRUMB_HOME.source}`, "i");
/**
 * Whether a line opens as a breadcrumb trail does, with its home word (`BREADCRUMB_HOME`): "Home | News | 3 March
 * 2025" is no byline, though the markup may call it one.
 */
export function opensAsBreadcrumb(text: string): boolean {
  return BREADCRUMB_HOME.test(text);
}
/** The marks a trail cannot be without: most lines hold none, and looking for them is far cheaper than the pattern's `.*`. */
const CRUMB_MARK = /[›»>/|]/;
/**
 * An arrow between two crumbs, spaced: "›", "»" or ">>"; not a slash or a bar, which titles hold ("AC / DC"), nor a bare
 * ">", which compares two things in a title ("Quality > Quantity", "Apple Watch > Fitbit Charge").
 */
const CRUMB_ARROW = /\s(?:[›»]|>>)\s/u;
/** Any arrow of a trail: a second one makes a longer trail, which `BREADCRUMB` reads. */
const ANY_CRUMB_ARROW = /[›»>]/u;
/**
 * A trail of two crumbs with no home word ("Local › Harbour Town", "Thời sự › Giao thông", "Nachrichten » Lokales"):
 * each a section's name of a word or three opening with a capital (see `isTrail`), parted by an arrow (`CRUMB_ARROW`).
 * Not right over a byline or a date (`overByline` in `isTitleLike`): a trail stands over the headline, and a line the
 * header's order vouches for is a series' title as often ("Harbour Diaries › Chapter Two", "Part 1 › The storm").
 */
function isTwoCrumbTrail(text: string): boolean {
  const arrow = CRUMB_ARROW.exec(text);
  if (arrow === null) return false;
  const first = text.slice(0, arrow.index).trim();
  const second = text.slice(arrow.index + arrow[0].length).trim();
  if (first === "" || second === "" || ANY_CRUMB_ARROW.test(second) || ANY_CRUMB_ARROW.test(first)) return false;
  return isTrail([first, second]);
}
/**
 * Menus split by bars ("« Previous | Next »") or by two dots or bullets and more ("Home · Local · Arts"; one parts a byline
 * from its date) never head an article, nor do lines of code or tables (`holdsCodePunctuation`, which leaves a Greek
 * headline's question mark alone: "Σεισμός; Τι λένε οι ειδικοί").
 */
const NOT_A_TITLE = /\s\|\s|\s[·•]\s.*\s[·•]\s/;
/**
 * A character every form of `NOT_A_TITLE` or of code holds: most titles hold none, and one class is far cheaper than
 * both.
 */
const NOT_A_TITLE_MARK = /[|{};=│·•]/;
/**
 * A link to the next or previous page of a series or a list ("Next part →", "← Older posts", "« Previous story", "Next
 * story »"): navigation, not a title. A guillemet counts only alone, as a quoted title has both ("« Nous reviendrons »").
 */
const NAVIGATION_ARROW = /^[←⟵◀⇐]|[→⟶▶⇒]$|^[«‹]\s(?!.*[»›])|^(?!.*[«‹]).*\s[»›]$/u;
/**
 * What `NAVIGATION_ARROW` needs at a line's first or last character: looked at first, as the pattern, tried from every
 * position of the line, took 1.3 % of the instructions of the fixture batch (December 2026).
 */
const ARROW_EDGES = new Set([..."←⟵◀⇐«‹→⟶▶⇒»›"]);

function isNavigationLink(text: string): boolean {
  return (ARROW_EDGES.has(text[0]!) || ARROW_EDGES.has(text[text.length - 1]!)) && NAVIGATION_ARROW.test(text);
}

/**
 * Words of a page's controls rather than of a story: a video or audio player's notice ("Media playback is unsupported
 * on your device", "Listen to this article"), a caption toggle ("Show caption"), a link's note for screen readers
 * ("(opens in a new tab)"), a call to act ("Click to order", "Get started", "Read later", "Report this article"), a
 * rating widget ("Rated 4.2 out of 5"), a share bar ("Share on Facebook Share on …") or a control naming the article it
 * acts on ("Follow updates to this story", "Cet article vous plaît ?") or a documentation page's edit link ("Edit this
 * page", "Edit on GitHub", "Diese Seite bearbeiten"). Whole words, in the languages the stop-word lists cover best; a
 * story's headline can hold one, so they weigh against a line (`CHROME_WORDS` below) rather than rule it out. The words
 * a control shares with stories are `CONTROL_NOUNS`'.
 */
const CHROME_WORDS =
  /\b(?:playback|unsupported|your (?:device|browser)|javascript|listen(?: to)? (?:to )?this|show caption|hide caption|opens in a new (?:tab|window)|skip to|anmelden|abonnieren|s'abonner|suscr[ií]bete|click (?:here|to|the)|report this|share (?:on|via|this)|partager sur|teilen auf|compartir en|condividi su|this (?:article|story)|cet article|diesen artikel|este art[ií]culo|questo articolo|este artigo|read later|rated \d|get started|learn more|free trial|cliquez|klicken|haga clic|edit this page|edit on github|suggest an edit|improve this page|diese seite bearbeiten|modifier cette page|editar esta página|modifica questa pagina)\b/;
/**
 * Words that name a control and are as often a story's own: a player (a game's, or a video's), a menu (a café's, or the
 * page's), navigation (a ship's, or the page's), a search (for someone lost, or the site's box: "Search for:", "Reset
 * Search"), a caption, accessibility, and so in German, French and Spanish ("Suche", "Recherche", "Buscar", "Lecteur").
 * A control's label holding them is a few words ("Video player", "Main menu", "Skip navigation"), and weighs as
 * `CHROME_WORDS` do; in a line of a headline's length they are as likely a title's ("Search for the lost ferry goes on",
 * "Suche nach dem vermissten Segler"), and weigh less (`HEADLINE_WEIGHTS.controlNoun`).
 */
const CONTROL_NOUNS =
  /\b(?:player|search for|search$|menu|navigation|caption|accessibility|log ?in|sign ?in|sign up|subscribe|newsletter|cookies?|lecteur|suche|recherche|buscar|suchen)\b/;

/**
 * A news flash's label and the title it leads to, on one line ("Breaking: Ferry strike called off", "Última hora: …"):
 * a ticker's link to another story, over the header. The space before the colon is French's ("À la une : …").
 */
const NEWS_FLASH = new RegExp(String.raw`^(?:${NEWS_FLASH_LABELS})\s*:\s*\S`, "u");

/** Whether a line, lower-cased, is a news flash's label and title (`NEWS_FLASH`); most lines hold no colon and are let go at once. */
function isNewsFlash(lower: string): boolean {
  return lower.includes(":") && NEWS_FLASH.test(lower);
}

/**
 * Whether a line, lower-cased and `size` words long (see `headlineScore`), reads as a control: it holds any of
 * `CHROME_WORDS`, or `CONTROL_NOUNS` in fewer words than a headline's, or a reading time among its fields.
 */
export function readsAsControl(lower: string, size: number): boolean {
  return CHROME_WORDS.test(lower) || (size < HEADLINE_LENGTH.min && CONTROL_NOUNS.test(lower)) || holdsReadingTime(lower);
}

/**
 * What parts a label line's fields ("Guides · 6 min read", "Essay | 12 minutes read") and ends the name after a time
 * ago's "by" (`isCreditLine`): a bar, a dot or a dash.
 */
const LABEL_FIELD_MARK = /[|·•–—]/;

/**
 * Whether a line (lower case) holds a story's reading time as one of its fields ("Travel · 4 min read", "Essai — 5 min
 * de lecture"): the byline block's furniture, set over a headline as a label, never a title or a headline's kicker.
 */
export function holdsReadingTime(lower: string): boolean {
  // Every reading time holds a figure, and most lines none: they are not split.
  return DIGIT.test(lower) && LABEL_FIELD_MARK.test(lower) && lower.split(LABEL_FIELD_MARK).some((field) => isReadingTime(field.trim()));
}

/** A series' part in a title ("Part IV", "Chapter II", "Teil III"): one word and a Roman numeral, where a name has two before it. */
const SERIES_PART = /^\p{Lu}\p{Ll}+ [IVXLC]+$/u;
/** Words a person's name can stand with: degrees and titles in capitals ("MS", "RD", "PhD", "MBA", "Jr."). */
const DEGREE = /^(?:\p{Lu}{2,6}|Ph\.?D\.?|Jr\.?|Sr\.?|M\.?D\.?)$/u;
/**
 * A line of names only: comma-separated, each part a person's name or a degree, the first a name. "Ada Lee, MS,
 * RD" and "Ada Lee, Bo Chen, Cy Ward" are; "Paris, Texas" (one word each) and titles with a verb are not.
 */
function isNamesOnly(text: string): boolean {
  if (!text.includes(", ")) return false;
  const parts = text.split(/, (?:and |& )?/);
  return parts.every(isNamePart);
}

/** A part of a line of names: a person's name, or after the first a degree. A function made once (see `packedBlockEnd`). */
function isNamePart(part: string, index: number): boolean {
  const name = isNameShaped(part) && !SERIES_PART.test(part);
  return index === 0 ? name : name || DEGREE.test(part);
}

/** Fewest glued joins that make a menu copied without spaces; brand names hold one or two ("McDonald", "YouTube"). */
const MIN_GLUED_WORDS = 3;

const GLUED_JOIN = /\p{Ll}\p{Lu}/gu;

/** How many times a lower-case letter runs straight into a capital ("CityNew", "SportWeather"). */
function gluedWords(text: string): number {
  // Counted by hand in ASCII text, the common case: the pattern's array of matches cost the header search a tenth of its time.
  let count = 0;
  let afterLower = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) return text.match(GLUED_JOIN)?.length ?? 0;
    if (afterLower && code >= 65 && code <= 90) count++;
    afterLower = code >= 97 && code <= 122;
  }
  return count;
}

/**
 * Fewest section names that make a line a menu, with one other word at most: its last entry, a site's own section or a
 * "More" ("Home News Sport Business Culture More"). Three alone are as often a title's in title case ("Business Travel
 * News", "Digital Health Technology", "Culture Monde Économie"), and beside three the other word as often makes one
 * ("Health Science Tech Stocks"); two other words always do ("Health Science Tech Stocks Rally").
 */
const MIN_MENU_SECTIONS = 4;
/** Fewest section names that make a line a menu when the first is the home word a menu opens with ("HOME NEWS SPORT"). */
const MIN_HOMED_MENU_SECTIONS = 3;
/** The space an ideograph wide, which a Chinese or Japanese menu may part its entries with. */
const IDEOGRAPHIC_SPACE = "\u3000";
/** Most words other than section names a menu's line may hold: a site's own desk, or a place beside four sections. */
const MAX_MENU_OTHER_WORDS = 1;
/**
 * Fewest section names that let a menu's line hold more other words (`MAX_LONG_MENU_OTHER_WORDS`): a site names its
 * own desks beside the tables' ("Home News Towns Money Sport Arts Comment"), and five sections in a row are no title's.
 */
const MIN_LONG_MENU_SECTIONS = 5;
/** Most other words beside five sections or more, each opening as an entry does; more make a title in title case. */
const MAX_LONG_MENU_OTHER_WORDS = 2;
/** A mark joining the two words of one section's name ("Arts & Culture"), counted neither way. */
const SECTION_NAME_JOIN = "&";

/**
 * Whether a line is a news site's menu copied as one line ("Home News Sport Business Culture", "HOME NEWS SPORT",
 * "Startseite Politik Wirtschaft Sport Kultur", "Thời sự Thế giới Kinh doanh Thể thao"): four section names or more
 * (`SECTION_NAMES`, `SECTION_PHRASES`) and one other word at most, or three and nothing else opening with the home word
 * (`HOME_WORDS`), or three beside the desks a menu lists with its sections, a continent's, a large city's or a
 * capital's name ("World Europe Sport Culture Kyiv Warsaw"). Places alone do not make one: a title in title case lists
 * cities with one section's name and a verb ("Dallas Houston Austin Weather Alert"), and a city's name is as often a
 * person's ("World News Sport Hamilton Wins"). Each name opens with a capital or a letter of a script without case, as
 * a menu's entries do: a headline in sentence case naming sections says something of them ("Sport and culture budgets
 * cut"), and one listing them parts them with commas ("Sport, culture, health: …"), which no entry holds.
 * A line the copy parted into `MIN_GAPPED_ENTRIES` entries or more with runs of spaces or tabs (`gappedEntries`, see
 * `Line`) is one whatever its words ("Accueil  Communes  Loisirs  Débats"): a headline's words are never so parted.
 */
export function isSectionMenu(text: string, gappedEntries = 0): boolean {
  if (gappedEntries >= MIN_GAPPED_ENTRIES) return true;
  // The header search asks it of a line several times (a menu's block, once for each of its lines): read once a page.
  let menu = menusRead.get(text);
  if (menu === undefined) {
    if (menusRead.size >= MAX_MENU_LINES_REMEMBERED) menusRead.clear();
    menu = readsAsSectionMenu(text);
    menusRead.set(text, menu);
  }
  return menu;
}

/** The lines `isSectionMenu` read on this page and its answers; emptied after each page (see page-memos.ts). */
const menusRead = new Map<string, boolean>();
forgetAfterPage(() => {
  menusRead.clear();
});
/** Most lines `menusRead` holds: a page asks of a few dozen, and a caller outside `fromText` never empties it. */
const MAX_MENU_LINES_REMEMBERED = 256;

/** `isSectionMenu`, read word by word. */
function readsAsSectionMenu(text: string): boolean {
  // A Chinese or Japanese menu may part its entries with a space an ideograph wide ("ホーム　ニュース　政治　経済").
  if (text.includes(IDEOGRAPHIC_SPACE)) return readsAsSectionMenu(text.replaceAll(IDEOGRAPHIC_SPACE, " "));
  // Each section's name is a word at least: a line of fewer words than the fewest sections of any menu is none.
  if (!atLeastSpacePieces(text, MIN_HOMED_MENU_SECTIONS)) return false;
  let sections = 0;
  let places = 0;
  let strays = 0;
  let lowerStray = false;
  // Where the last other word stood, counted in words read, and whether the one before it stood just before it.
  let wordsRead = 0;
  let lastStrayAt = -1;
  let strayPair = false;
  let strayOpens = false;
  let firstWord: string | undefined;
  // Word by word between single spaces, as `split(" ")` parts them, but without the array of the whole line's words:
  // most titles hold two other words within their first few, and are not read further.
  for (let start = 0; start <= text.length; ) {
    const space = text.indexOf(" ", start);
    const end = space < 0 ? text.length : space;
    const word = text.slice(start, end);
    start = end + 1;
    firstWord ??= word;
    wordsRead++;
    if (word === SECTION_NAME_JOIN) continue;
    const lower = word.toLowerCase();
    const entry = opensAsEntry(word, lower);
    if (entry) {
      const kinds = MENU_WORD_KINDS.get(lower) ?? 0;
      if ((kinds & SECTION_WORD) !== 0) {
        sections++;
        continue;
      }
      const sectionEnd = (kinds & OPENS_SECTION_PHRASE) !== 0 ? twoWordNameEnd(text, lower, space, SECTION_PHRASES) : -1;
      if (sectionEnd >= 0) {
        sections++;
        start = sectionEnd + 1;
        continue;
      }
      // A place's desk after the two-word sections: a city's name may open one ("Gaya Hidup", Indonesian lifestyle).
      const placeEnd = (kinds & OPENS_PLACE_NAME) !== 0 ? twoWordNameEnd(text, lower, space, PLACE_NAMES) : -1;
      if (placeEnd >= 0 || (kinds & ONE_WORD_PLACE) !== 0) {
        places++;
        if (placeEnd >= 0) start = placeEnd + 1;
        continue;
      }
    }
    // A word in lower case is no entry of a long menu: a title's verb or a grammar word ("Sport stars back town bid").
    if (!entry) lowerStray = true;
    if (++strays > (lowerStray ? MAX_MENU_OTHER_WORDS : MAX_LONG_MENU_OTHER_WORDS)) return false;
    strayPair = lastStrayAt === wordsRead - 1;
    lastStrayAt = wordsRead;
    // Only a capital makes a frame's opening word: a Thai menu opens with a home word the tables lack.
    if (wordsRead === 1) strayOpens = word[0] !== lower[0];
  }
  // A place is another word to a menu of four sections, and an entry only beside three: with no other word, or with one
  // (a site's own desk, "Wien") where the home word opens the line. Three and nothing else need the home word.
  if (sections >= MIN_MENU_SECTIONS && strays + places <= MAX_MENU_OTHER_WORDS) return true;
  // A title's two other words close it, as its verb and what it says of the sections ("… Health Jobs Cut"); a menu's own
  // desks stand among its sections or one at its end. A place beside them is as often where the title's news is.
  // Nor do they open it together or stand at both its ends, as a frame round a list does ("Best Of …", "Watch … Now");
  // a menu opening with a home word the tables lack ("Úvod") holds its own desk among its sections.
  const closedByPair = strayPair && lastStrayAt === wordsRead;
  const framed = strayOpens && (lastStrayAt === wordsRead || (strayPair && lastStrayAt === 2));
  if (sections >= MIN_LONG_MENU_SECTIONS && !lowerStray && !closedByPair && !framed && places === 0) return true;
  if (sections < MIN_HOMED_MENU_SECTIONS) return false;
  const homed = HOME_WORDS.includes(firstWord!.toLowerCase());
  return places > 0 ? strays === 0 || homed : strays === 0 && homed;
}

/**
 * What a word in lower case may be in a menu's line, one bit each (`MENU_WORD_KINDS`): a section's name
 * (`SECTION_NAMES`), the first word of a two-word section's name (`SECTION_PHRASES`) or of a place's (`PLACE_NAMES`),
 * a place of one word (`ONE_WORD_CITIES`, `CONTINENTS`). Most words are none of these, and each is looked up once.
 */
const SECTION_WORD = 1;
const OPENS_SECTION_PHRASE = 2;
const OPENS_PLACE_NAME = 4;
const ONE_WORD_PLACE = 8;

/** Each word of the menu's tables with its kinds (see `SECTION_WORD`), built once. */
const MENU_WORD_KINDS = new Map<string, number>();
function addMenuWords(words: Iterable<string>, kind: number): void {
  for (const word of words) MENU_WORD_KINDS.set(word, (MENU_WORD_KINDS.get(word) ?? 0) | kind);
}
addMenuWords(SECTION_NAMES, SECTION_WORD);
addMenuWords(Array.from(SECTION_PHRASES, firstWordOf), OPENS_SECTION_PHRASE);
addMenuWords(Array.from(PLACE_NAMES, firstWordOf), OPENS_PLACE_NAME);
addMenuWords(ONE_WORD_CITIES, ONE_WORD_PLACE);
addMenuWords(CONTINENTS, ONE_WORD_PLACE);

function firstWordOf(name: string): string {
  return name.split(" ", 1)[0]!;
}

/**
 * Where the word after the space at `space` ends when it closes a name of two words in `names` with the word before it
 * (`lower`, in lower case, which opens one of them): a section's, "Thời sự", "Gaya Hidup", whose first word alone
 * names no section (`SECTION_PHRASES`), or a city's desk, "Hong Kong" (`PLACE_NAMES`). -1 when it does not, or when
 * the word before it is the line's last (`space` -1).
 */
function twoWordNameEnd(text: string, lower: string, space: number, names: ReadonlySet<string>): number {
  if (space < 0) return -1;
  const next = text.indexOf(" ", space + 1);
  const end = next < 0 ? text.length : next;
  return names.has(`${lower} ${text.slice(space + 1, end).toLowerCase()}`) ? end : -1;
}

/** Whether a word opens as a menu's entry does: with a capital or a letter of a script without case ("أخبار", "体育"). */
function opensAsEntry(word: string, lower: string): boolean {
  return word[0] !== lower[0] || lower[0] === lower[0]?.toUpperCase();
}

/** A line set in capitals ("PERSONAL FINANCE"): at least two letters, none in lower case. */
function isAllCapitals(text: string): boolean {
  return !/\p{Ll}/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text);
}

/** The last line `headlineText` read that holds a separator, and what it made of it; emptied after each page (see page-memos.ts). */
const NO_HEADLINE_READ = { text: "", headline: "" };
let lastHeadline = NO_HEADLINE_READ;
forgetAfterPage(() => {
  lastHeadline = NO_HEADLINE_READ;
});

/**
 * The headline a line holds, without what the page glued to it: a Markdown heading's marks ("# How tides work"), a
 * heading's link mark after it ("How tides work¶", "How tides work [edit]"), a breadcrumb trail before it ("Blog / How
 * tides work", "News›Harbour›How tides work"), a date after it ("How tides work / Dec 2025"), or, in a title
 * bar, the section or the site's name after it ("How tides work | Opinion", "How tides work – Harbour Times"), or a
 * live page's badge before it ("LIVE How tides work", see `LIVE_BADGE`).
 * The line itself when nothing is glued.
 */
export function headlineText(text: string): string {
  // A heading copied from Markdown keeps its marks ("# Title", "## Title"); the title is what follows them. Cut once,
  // every run of them: a line of a thousand "# " is cut in one search, not a call for each.
  const markdown = text.startsWith("#") ? MARKDOWN_HEADING_MARKS.exec(text) : null;
  if (markdown) return headlineText(text.slice(markdown[0].length));
  // A wiki's or a documentation page's title ends with its heading's link mark ("How tides work¶").
  // A mark alone ("¶", "[edit]") is kept: cut, it would leave no headline at all.
  if (endsWithHeadingLinkMark(text)) {
    const title = withoutHeadingLinkMark(text);
    if (title !== "") return headlineText(title);
  }
  // A reader view or a print copy may set the site's host name before or after the title on its line.
  if (text.includes(".")) {
    const title = withoutGluedHost(text);
    if (title !== text) return headlineText(title);
  }
  const badge = cutLiveBadge(text);
  if (badge) return headlineText(text.slice(badge[0].length));
  // Most lines hold no separator at all; splitting them would cost every candidate of every page.
  if (!MAY_HOLD_SEPARATOR.test(text)) return text;
  // The header search asks it of each candidate three times in a row (is it title-like, is it repeated, its score).
  if (text !== lastHeadline.text) lastHeadline = { text, headline: separatedHeadline(text) };
  return lastHeadline.headline;
}

/**
 * A live page's badge glued before its title, in capitals as a badge is set, perhaps after its light's dot and with a
 * colon or a dash ("LIVE Storm closes the coast road", "● LIVE: …", "EN DIRECT – …", "EN VIVO …", "AO VIVO …", "IN
 * DIRETTA …", "NA ŻYWO …", "CANLI …"), then a capital or a quote opening the title. A title in capitals keeps it, as
 * nothing there tells the badge from the title's first word ("LIVE MUSIC RETURNS TO THE PIER"), and so does one of
 * fewer than `MIN_TITLE_WORDS` words after it; "Live: …" or "Watch: …" in a title's case is printed as the headline's
 * own. A hyphen glued to it makes a compound ("LIVE-Ticker: …"), and a word in capitals after it a longer badge or
 * phrase ("LIVE UPDATES …", "EN VIVO Y EN DIRECTO …"): the title opens with a quote, a word in lower case after its
 * capital, or a one-letter word ("A storm …").
 */
const LIVE_BADGE =
  /^(?:[●•]\s*)?(?:LIVE|EN DIRECT|EN VIVO|AO VIVO|(?:IN )?DIRETTA|NA ŻYWO|CANLI)(?:\s*[:|]\s*|\s+[–—-]\s+|\s+)(?=["“«„‘']|\p{Lu}\p{Ll}|\p{Lu} \p{Ll})/u;

/** The live badge `headlineText` cuts off a line (`LIVE_BADGE`), when a title it may cut follows; most lines open with none. */
function cutLiveBadge(text: string): RegExpExecArray | null {
  const badge = LIVE_BADGE.exec(text);
  if (!badge) return null;
  const title = text.slice(badge[0].length);
  return !isAllCapitals(title) && spacePieceCount(title) >= MIN_TITLE_WORDS ? badge : null;
}

/** A badge's words parted from the title by a space alone, with no light's dot: the form a name in capitals shares. */
const BARE_BADGE = /^(\p{Lu}+(?: \p{Lu}+)?) +$/u;

/**
 * The words of a live badge `headlineText` cuts off a line when they are parted from the title by a space alone ("LIVE
 * Aid at 40: …", "NA ŻYWO Festiwal …"): nothing in the line tells such a badge from a name set in capitals whose first
 * word is the badge's, which the caller asks the story about (find-header.ts, `headlineKeepingNamedBadge`).
 */
export function bareLiveBadge(text: string): string | undefined {
  const badge = cutLiveBadge(text);
  return badge ? BARE_BADGE.exec(badge[0])?.[1] : undefined;
}

/**
 * A host name as a reader view, a print copy or a shared link prints it: lower-case labels parted by dots, perhaps after
 * "www.", ending in a common top-level domain ("harbourtimes.co.uk", "www.inselbote.de"). Only lower case and only
 * these endings: a brand or a file type spelt so opens titles ("Booking.com …", "Node.js …").
 */
const HOST_NAME =
  /^(?:www\.)?[a-z\d][a-z\d-]*(?:\.[a-z\d-]+)*\.(?:com|org|net|info|news|edu|gov|int|eu|io|co|uk|us|ca|au|nz|ie|de|at|ch|fr|be|lu|es|it|pt|br|mx|ar|cl|nl|se|no|dk|fi|pl|cz)$/u;
/** What parts a host name from the title on one line: a bar, a dot or a dash, spaced. */
const HOST_SEPARATORS = new Set(["|", "–", "—", "-", "·", "•"]);
/**
 * What parts a bare host name ("reddit.com", no "www.") before a title: a field's bar or dot only. A dash or a colon
 * after a bare host opens a title about the site ("reddit.com – the front page turns 20", "amazon.de: Kartellamt
 * prüft …"), where a reader view's or a print copy's host is spelt with its "www." or set apart by a bar.
 */
const BARE_HOST_SEPARATORS = new Set(["|", "·", "•"]);
/** Fewest words of a title read beside a host name: a host alone before a word or two is a link's text. */
const MIN_TITLE_WORDS_BESIDE_HOST = 2;

/**
 * A line without the host name glued before or after its title ("www.harbourtimes.com – Ferry returns to the island",
 * "Ferry returns to the island | harbourtimes.com"); the line itself when no host stands at either end.
 */
function withoutGluedHost(text: string): string {
  const firstSpace = text.indexOf(" ");
  const leading = text[firstSpace + 1]!;
  if (firstSpace > 0 && HOST_SEPARATORS.has(leading) && text[firstSpace + 2] === " ") {
    const host = text.slice(0, firstSpace);
    const title = text.slice(firstSpace + 3).trim();
    const apart = host.startsWith("www.") || BARE_HOST_SEPARATORS.has(leading);
    if (apart && host.includes(".") && HOST_NAME.test(host) && spacePieceCount(title) >= MIN_TITLE_WORDS_BESIDE_HOST) return title;
  }
  const lastSpace = text.lastIndexOf(" ");
  if (lastSpace > 2 && HOST_SEPARATORS.has(text[lastSpace - 1]!) && text[lastSpace - 2] === " ") {
    const host = text.slice(lastSpace + 1);
    const title = text.slice(0, lastSpace - 2).trim();
    if (host.includes(".") && HOST_NAME.test(host) && spacePieceCount(title) >= MIN_TITLE_WORDS_BESIDE_HOST) return title;
  }
  return text;
}

/** `headlineText` of a line that holds a separator. */
function separatedHeadline(text: string): string {
  // Every trail separator holds a crumb mark: a line parted only by dashes (most of those asked) is not split.
  const parts = CRUMB_MARK.test(text) ? text.split(CRUMB_SEPARATOR) : [];
  if (parts.length >= 2) {
    const last = parts.at(-1)!;
    if (parts.length === 2 && last.length <= MAX_GLUED_DATE_LENGTH && (parseDate(last) || isMonthAndYear(last))) return parts[0]!;
    if (isTrail(parts.slice(0, -1)) && spacePieceCount(last) >= MIN_TITLE_WORDS) return last;
  }
  const bar = text.match(TITLE_BAR);
  if (bar && isBarTitle(bar[1]!) && isBarSiteName(bar[2]!)) return bar[1]!;
  return text;
}

/** Section names of a breadcrumb trail: each a word or three, opening with a capital or a figure. */
function isTrail(crumbs: readonly string[]): boolean {
  return crumbs.every((crumb) => spacePieceCount(crumb) <= MAX_CRUMB_WORDS && /^[\p{Lu}\p{N}]/u.test(crumb));
}

/**
 * Separators of a breadcrumb trail: "›" and "»" and ">" with or without spaces, as no title uses them; a slash
 * or a bar only with a space beside it or between capitalised names ("Newsroom/Online tips/…"), as "and/or"
 * and "24/7" stand in titles.
 */
const CRUMB_SEPARATOR = /\s*(?:>>|»»|[›»>])\s*|\s+[/|]\s*|\s*[/|]\s+|(?<=\p{L})\/(?=\p{Lu})/u;
/**
 * Wiki and documentation engines end each heading with a link to it or to its editor: "[edit]" (MediaWiki),
 * "¶" (Sphinx and many static-site themes). The mark is a control, not a word of the heading or the headline.
 */
const PERMALINK_MARK = "¶";
/**
 * The first word of MediaWiki's edit link in the languages of the stop-word lists, as a wiki in each prints it in
 * brackets after a heading, some with a second link after a bar: "[edit]", "[Bearbeiten | Quelltext bearbeiten]",
 * "[modifier | modifier le code]", "[editar]", "[modifica | modifica wikitesto]", "[bewerken | brontekst bewerken]",
 * "[edytuj | edytuj kod]", "[править | править код]", "[redigera]", "[rediger]", "[muokkaa]", "[editovat]",
 * "[szerkesztés]", "[düzenle]", "[değiştir]", "[sunting]", "[sửa]", "[編集]", "[编辑]", "[編輯]", "[편집]", "[עריכה]",
 * "[عدل]", "[تعديل]", "[ویرایش]", "[redigér]"; where a wiki's wording changed over the years, both.
 * Matched in that case only (German's capitalised, the others not): a button a sentence names is capitalised ("then
 * click Save [Edit]", "cliquez sur Enregistrer [Modifier]") and stays in the line.
 */
const EDIT_LINK_WORDS = [
  "edit",
  "Bearbeiten",
  "modifier",
  "editar",
  "modifica",
  "bewerken",
  "edytuj",
  "править",
  "redigera",
  "rediger",
  "redigér",
  "muokkaa",
  "editovat",
  "szerkesztés",
  "düzenle",
  "değiştir",
  "sunting",
  "sửa",
  "編集",
  "编辑",
  "編輯",
  "편집",
  "עריכה",
  "عدل",
  "تعديل",
  "ویرایش",
];
/** Most characters of an edit link's second link after its bar ("Quelltext bearbeiten", "modifier le code"). */
const MAX_SECOND_EDIT_LINK_LENGTH = 40;
/** A bracketed edit link, from its opening bracket to the line's end (see `EDIT_LINK_WORDS`). */
const EDIT_LINK_MARK = new RegExp(
  `^\\[(?:${EDIT_LINK_WORDS.join("|")})(?:\\s*\\|\\s*[^\\[\\]|]{1,${MAX_SECOND_EDIT_LINK_LENGTH}})?\\]$`,
  "u",
);

/**
 * The heading link mark a line ends with, if any: asked with end tests, and the edit link's pattern only from the last
 * opening bracket of a line that ends with a closing one, as a pattern would look for spaces from every character.
 */
function trailingHeadingLinkMark(text: string): string | undefined {
  if (text.endsWith(PERMALINK_MARK)) return PERMALINK_MARK;
  if (!text.endsWith("]")) return undefined;
  const open = text.lastIndexOf("[");
  const link = open < 0 ? "" : text.slice(open);
  return EDIT_LINK_MARK.test(link) ? link : undefined;
}

/** Whether a line ends with a heading's link mark. */
export function endsWithHeadingLinkMark(text: string): boolean {
  return trailingHeadingLinkMark(text) !== undefined;
}

/**
 * A heading's text without the link marks at its end and the spaces before them: every one, as a page may print both
 * ("History ¶ [edit]"), in a loop from the end, where a cut per call of `headlineText` would recurse once per mark of a
 * run of them (a line of "¶"s overflowed the stack).
 */
export function withoutHeadingLinkMark(text: string): string {
  let rest = text;
  for (let mark = trailingHeadingLinkMark(rest); mark !== undefined; mark = trailingHeadingLinkMark(rest))
    rest = rest.slice(0, -mark.length).trimEnd();
  return rest;
}

/** A Markdown heading's marks before its text: runs of one to six hashes and a space ("#1 pick" and "#LibraryDay" hold none). */
const MARKDOWN_HEADING_MARKS = /^(?:#{1,6} +)+(?=\S)/;
/** Any character a trail, a glued date or a title bar is parted by. */
const MAY_HOLD_SEPARATOR = /[›»>/|｜–—_·•]/;
/** A menu's bars between its items ("首页 | 新闻"): a title bar's title holds none. */
const BARS = /[|｜_]/;
/** A date glued after a title is short ("Dec 2025", "3 March 2025"); a longer tail is part of the title. */
const MAX_GLUED_DATE_LENGTH = 20;
/** Section names in a breadcrumb trail are a word or three ("Mind And Body"). */
const MAX_CRUMB_WORDS = 3;
/** A title has more words than a section name, so a trail's last crumb or a bar's site name is not taken for one. */
const MIN_TITLE_WORDS = 4;
/**
 * The articles and prepositions that join the words of a site's name in Romance languages, Greek and Russian ("de la",
 * "της", "с"). Not any short lower-case word: English ones join a title-case subtitle's words ("| Island of the Year",
 * "| Photos by Tom Reed", "| Part 2 of 3", "| Q&A with Ana Costa"), the title's second half, not a site's name.
 */
const NAME_JOINERS = "de|da|do|di|du|del|della|des|das|dos|la|le|les|el|lo|los|las|της|του|των|с|со";
/**
 * A title bar: the title, a bar, a dash or a dot with spaces around it ("… · Harbour Gazette", "… • Λιμενικά Νέα": a page
 * title's separators as often as the bar; or the full-width bar and the underscore Chinese and
 * Japanese pages set, spaced or not: "…｜海岸新報", "…_海岸新闻网"), then one
 * to three capitalised words (a section or the site's name), perhaps joined by one or two of `NAME_JOINERS` ("Νέα
 * της Ακτής", "Noticias de la Isla", "Вести с Побережья"), or words of a script without case ("海岸新聞網"; which of
 * those are cut, `isBarSiteName` says). A hyphen is left alone: "Minecraft 1.8 - The Update" keeps its subtitle.
 */
const TITLE_BAR = new RegExp(
  `^(.+?)(?: [|｜–—_·•] |[｜_](?=\\p{Lo}))([\\p{Lu}\\p{Lo}][\\p{L}\\p{M}\\p{N}.&'’-]*(?: (?:(?:${NAME_JOINERS}) ){0,2}[\\p{Lu}\\p{N}\\p{Lo}][\\p{L}\\p{M}\\p{N}.&'’-]*){0,2})$`,
  "u",
);
/**
 * A letter of a script written without spaces (Chinese, Japanese, Thai): a title bar's title in these counts as a
 * short headline's (`MIN_TITLE_WORDS` counts spaced words) from `MIN_UNSPACED_TITLE_LETTERS` of them, not a menu's item or two.
 */
const UNSPACED_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const MIN_UNSPACED_TITLE_LETTERS = 8;

/** Whether a title bar's title is long enough: four spaced words, or eight letters of a script without spaces and no menu's bar. */
function isBarTitle(title: string): boolean {
  if (spacePieceCount(title) >= MIN_TITLE_WORDS) return true;
  if (BARS.test(title)) return false;
  let letters = 0;
  for (const char of title) if (UNSPACED_LETTER.test(char) && ++letters >= MIN_UNSPACED_TITLE_LETTERS) return true;
  return false;
}

/**
 * A site's name in Chinese or Japanese ends on the outlet's noun ("海岸新闻网", "海岸新報", "海岸ニュース", "海岸电视台"). A
 * run of those scripts, however long, is one word to `TITLE_BAR`: after a bar, one without such an ending is the title's
 * own second half ("港口罢工进入第三天｜旅客须知的一切", "…｜专访渡轮船长") and stays. Thai names end on no such noun and
 * are not cut either.
 */
const UNSPACED_SITE_NAME_END = /(?:[网網报報刊台社]|新[闻聞]|ニュース|通信|在[线線]|[频頻]道)$/u;
/** A letter of a script without case (Chinese, Arabic, Hebrew, Devanagari, Hangul, Thai…). */
const CASELESS_LETTER = /\p{Lo}/u;

/**
 * Whether what a title bar holds after its bar may be a site's name: capitalised words, or a Chinese or Japanese name
 * ending on an outlet's noun. Words of a spaced script without case are not: no capital tells a site's name of a word or
 * three from a short subtitle ("| ماذا بعد", what next; "| שאלות ותשובות", questions and answers; "| 여행객 안내").
 */
function isBarSiteName(name: string): boolean {
  if (!CASELESS_LETTER.test(name)) return true;
  return UNSPACED_LETTER.test(name) && UNSPACED_SITE_NAME_END.test(name);
}

/**
 * A title bar `headlineText` leaves whole: one spaced bar, a title of a headline's words before it, and a word or three
 * after it opening with a capital or a letter of a script without case ("… | أخبار الساحل", "… | Портовые вести", "… |
 * Island of the Year"): a site's name or the title's subtitle, which no capital tells apart (see `isBarSiteName`). Right
 * over its byline or date, the line is still a title, bar and all, where a menu ("Home | News | Sport") or a line of
 * fields ("4 min read | Share") is not. Elsewhere such a line is as often a box's call and its button over the header
 * ("Read our latest print edition online | Read the e-paper", "Все новости порта и причала | Все новости"), no title.
 */
const UNCUT_TITLE_BAR = /^([^|{};=│·•]+) \| ([\p{Lu}\p{Lo}][^\s|{};=│·•]*(?: [^\s|{};=│·•]+){0,2})$/u;

/** Whether a line is a title bar left whole (see `UNCUT_TITLE_BAR`); asked only of lines that hold a spaced bar. */
function isUncutTitleBar(text: string): boolean {
  const bar = UNCUT_TITLE_BAR.exec(text);
  return bar !== null && isBarTitle(bar[1]!) && TITLE_START.test(bar[1]!);
}

/** Fewest words of a title whose repetition counts: shorter lines (a section's name, "Subscribe") repeat as menus do. */
const MIN_REPEATED_TITLE_WORDS = 4;

/**
 * Whether the title at `index` stands again on another of `lines` (from `from` up to `to`): alone, or closing
 * the breadcrumb trail printed over it. A menu printed twice (for wide and for narrow screens) repeats its
 * entries with their neighbours; a headline's copies stand among different lines.
 */
export function isRepeated(title: string, index: number, lines: readonly ClassifiedLine[], from: number, to: number): boolean {
  if (spacePieceCount(title) < MIN_REPEATED_TITLE_WORDS) return false;
  for (let j = Math.max(0, from); j < Math.min(lines.length, to); j++) {
    if (j === index) continue;
    const other = lines[j]!.text;
    if ((other === title || closesTrail(other, title)) && !sameNeighbours(lines, index, j)) return true;
  }
  return false;
}

/** Whether a line is a breadcrumb trail closed by the title ("Docs / Guides / Installing Tidewatch"). */
export function closesTrail(line: string, title: string): boolean {
  return line.length > title.length && line.endsWith(title) && TRAIL_END.test(line.slice(0, -title.length));
}

/** A breadcrumb trail's end before the title it closes: "Home » Blog » ", "News›", "Guides / ". */
const TRAIL_END = /[›»>/|]\s*$/;

/** Whether two lines have the same line above them or the same line below them, as the entries of a repeated menu do. */
function sameNeighbours(lines: readonly ClassifiedLine[], a: number, b: number): boolean {
  return lines[a - 1]?.text === lines[b - 1]?.text || lines[a + 1]?.text === lines[b + 1]?.text;
}

/**
 * How a title may open: a capital, a figure, a letter of a script without case, an opening quotation mark ("„", "‚",
 * "«", "“", "‹") or a CJK bracket ("「", "【", "《"), "(" (an aside) and "¿", "¡": titles quote a speaker or flag a kind
 * ("【速報】") in every language's own marks. Not "[" or "{": a text dump's link menu opens so ("[1]Home [2]News").
 */
const TITLE_START = /^[\p{Lu}\p{N}\p{Lo}\p{Pi}"'„‚「『【《〈〔〖(¿¡]/u;
/**
 * A kind's or a place's tag in square brackets before the title's first word ("[LIVE] Library …", "[速報]台風…"), where a
 * text dump's menu puts a link's number in them ("[1]Home") or another bracket after them ("[Home] [News]").
 */
const BRACKETED_TAG = /^\[(?!\d)[^\][]{1,20}\]\s*[\p{Lu}\p{N}\p{Lo}]/u;

/**
 * A day, month and year in figures ("8/3/2025", "08.03.2025", "3-8-2025"), in whatever order: a date stamp the date
 * reader may not take (it reads a slashed date only before a 12-hour time), never a headline's words. Checked for a
 * plausible day and month by `holdsNumericDate`; a version's number has the same shape but no four-figure year ("Node
 * 20.11.10") or no plausible day and month ("Shelfware 3.45.2024").
 */
const NUMERIC_DATE = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(?:19|20)\d{2}(?![\d./-])/g;
/** Most days of a month and months of a year, for a plausible numeric date. */
const MAX_DAY = 31;
const MAX_MONTH = 12;

/** Whether text holds a numeric date (see `NUMERIC_DATE`) with a day and a month in either order. */
function holdsNumericDate(text: string): boolean {
  // `exec` on the one pattern, not `matchAll`, which copies the pattern for every line it is asked of.
  NUMERIC_DATE.lastIndex = 0;
  for (let date = NUMERIC_DATE.exec(text); date; date = NUMERIC_DATE.exec(text)) {
    const [a, b] = [Number(date[1]), Number(date[3])];
    if (a >= 1 && b >= 1 && ((a <= MAX_DAY && b <= MAX_MONTH) || (a <= MAX_MONTH && b <= MAX_DAY))) return true;
  }
  return false;
}

/**
 * Whether a line shaped as a name (`name`, its text) is a short title over a byline that names others (`signedBy`): set
 * apart from the lines above it, as a menu's last entry packed over a byline ("Tide Tables", "Ferry Times") is not, and
 * none of the byline's names, as an author box prints its author's name over the byline.
 */
function signedByOthers(line: ClassifiedLine, name: string, signedBy: readonly Author[] | undefined): boolean {
  if (!line.blankBefore || signedBy === undefined || signedBy.length === 0) return false;
  const lower = name.toLowerCase();
  return !signedBy.some((author) => author.name.toLowerCase() === lower);
}

/**
 * A figure, in 0 to 9 or a script's own digits ("১৪ মার্চ ২০২৬", "१४ मार्च"): every date holds one, and most titles
 * none, so the date patterns are not tried on them. The date reader reads either (see `parseDate`).
 */
const DIGIT = /\p{Nd}/u;

/** Any white space, the ASCII space or another (thin, en, ideographic): a web address, a host name or a slug holds none. */
const WHITE_SPACE = /\s/;
/** A comma or semicolon at the end: the line breaks off inside a sentence or a list. */
const CLAUSE_MARK_AT_END = /[;,]$/;
/** A dash, bar, colon or slash at the end: the line leads into what follows (a label, a kicker, a trail's crumb). */
const LEAD_IN_MARK_AT_END = /[—–\-|:/]$/;

/** Fewest characters of a spaced title: shorter pairs of words are labels and buttons ("Log in", "Top stories"). */
const MIN_TITLE_LENGTH = 12;
/** Fewest characters of a title right over its byline or date, whose place vouches for it ("Doors open"), unless a name. */
export const MIN_VOUCHED_TITLE_LENGTH = 8;
/** Fewest and most words of a spaced title: one word is a label or a name, more than a title runs to is prose. */
const MIN_SPACED_TITLE_WORDS = 2;
const MAX_SPACED_TITLE_WORDS = 30;
/**
 * Fewest and most letters (`letterCount`) of a title in a script written without spaces, where no word count can be
 * had. The same bound holds for every such script: a Chinese character and a Thai letter with its tone and vowel marks
 * are each one letter, and a Thai headline runs to as many letters as a Chinese one does characters.
 */
const MIN_UNSPACED_TITLE_LENGTH = 6;
const MAX_UNSPACED_TITLE_LENGTH = 80;

/**
 * A Hangul syllable: one block writes a consonant, a vowel and perhaps a closing consonant, as two or three letters do.
 */
const HANGUL_SYLLABLE = /\p{Script=Hangul}/gu;
/**
 * Latin letters a Hangul syllable counts for against the floors above: "여객선 운항 재개" says as much as "Ferry back".
 */
const HANGUL_SYLLABLE_LETTERS = 2;

/**
 * A spaced title's length against `MIN_TITLE_LENGTH` and `MIN_VOUCHED_TITLE_LENGTH`, which are counted in Latin
 * letters: a Korean headline of three words runs to nine characters, each syllable worth two letters or more. Counted
 * only under the floor: a longer line passes either way.
 */
function spacedTitleLength(text: string): number {
  if (text.length >= MIN_TITLE_LENGTH) return text.length;
  const syllables = text.match(HANGUL_SYLLABLE)?.length ?? 0;
  return text.length + syllables * (HANGUL_SYLLABLE_LETTERS - 1);
}

/**
 * Whether a spaced line is shorter than a title in characters as written: one that `isTitleLike` takes without its
 * byline under it is then a Korean line whose syllables count double (see `spacedTitleLength`), as a section's label is
 * too.
 */
export function shortAsWritten(text: string): boolean {
  return text.length < MIN_TITLE_LENGTH;
}

/**
 * Whether a line could be a headline: a title of a few words, not a sentence of body text. `overByline`, for a line
 * right over its byline or date, lets it open in lower case (a blog's style), hold a job title's word when longer
 * than an author's line, and hold a date ("The storm of 4 March 2025: what we know"; a date line alone is read as a
 * byline first): the header's order vouches for it. `signedBy`, the names of that byline, lets a short title shaped as
 * a name stand over it ("Island Life" over "By Ada Lee"): the byline names the author, and it is someone else.
 * `minLength` lowers the floor of a title's length (characters unspaced, `spacedTitleLength` spaced, never under
 * `MIN_VOUCHED_TITLE_LENGTH`) for a caller with other evidence of a title, and waives nothing else.
 */
export function isTitleLike(
  line: ClassifiedLine,
  unspaced: boolean,
  overByline = false,
  signedBy?: readonly Author[],
  minLength = unspaced ? MIN_UNSPACED_TITLE_LENGTH : MIN_TITLE_LENGTH,
): boolean {
  if (line.class === "boilerplate" || line.class === "end") return false;
  const read = headlineText(line.text);
  // Greek's question mark is a semicolon (see `endsWithGreekQuestion`): read as "?", not as a list's or a line of code's.
  const text = endsWithGreekQuestion(read) ? `${read.slice(0, -1)}?` : read;
  const words = read === line.text ? line.words : spacePieceCount(text);
  const length = unspaced ? letterCount(text) : spacedTitleLength(text);
  if (
    unspaced
      ? length < minLength || length > MAX_UNSPACED_TITLE_LENGTH
      : words < MIN_SPACED_TITLE_WORDS || words > MAX_SPACED_TITLE_WORDS || length < MIN_VOUCHED_TITLE_LENGTH
  )
    return false;
  // Its words are parted by spaces: a token alone, however many words its readers count in it, is a web address (a print
  // view's source over the byline, "https://example.org/news/harbour-strike"), a site's host name or a page's slug. Any
  // white space parts words: a title set with thin or en spaces between them is no token.
  if (!unspaced && !WHITE_SPACE.test(text)) return false;
  // Under the floor only over its byline or date, and no author's name set over them ("Ada Lee" over a date).
  if (!unspaced && length < minLength && (!overByline || (isNameShaped(text) && !signedByOthers(line, text, signedBy)))) return false;
  if (CLAUSE_MARK_AT_END.test(text)) return false;
  if (LEAD_IN_MARK_AT_END.test(text)) return false;
  // Menus and labels are not written in lower case from the start (tested before the costlier patterns below).
  if (!overByline && !TITLE_START.test(text) && !BRACKETED_TAG.test(text)) return false;
  return !(
    opensAsByline(text) ||
    ATTRIBUTION_LIKE.test(text) ||
    isSponsorLabel(text) ||
    isCreditLine(text) ||
    (ROLE_WORDS.test(text) && !(overByline && words > MAX_ROLE_LINE_WORDS)) ||
    CJK_ATTRIBUTION.test(text) ||
    isCapitalByline(text) ||
    (CRUMB_MARK.test(text) && (BREADCRUMB.test(text) || (!overByline && isTwoCrumbTrail(text)))) ||
    (NOT_A_TITLE_MARK.test(text) && (NOT_A_TITLE.test(text) || holdsCodePunctuation(text)) && !(overByline && isUncutTitleBar(text))) ||
    isNavigationLink(text) ||
    (!overByline && DIGIT.test(text) && (parseDate(text) || holdsNumericDate(text) || DATE_SHAPED_LINE.test(text))) ||
    // A date's own label before figures stamps the page even where a misprinted time leaves no date read ("Published
    // March 3, 2019 at 13:75"; see `opensWithWordDateLabel` for the labels left out), and so does a date and a clock
    // alone, over its byline too ("March 12, 2026 at 13:75").
    (DIGIT.test(text) && (opensWithWordDateLabel(text) || isClockStamp(text))) ||
    // A time ago ("3 hours ago", "vor 3 Stunden") is the header's meta line, over its byline too.
    isAgeLine(text) ||
    // A graphic's label over one name right over the byline heads a title ("Grafik: Wahlergebnis Nordfriesland" over "Von
    // Eva Berg"): a credit of one name stands over the title (see `isOneNameGraphicCredit`).
    (hasCredit(text) && !(overByline && isOneNameGraphicCredit(text))) ||
    // A reviewed book's length and publisher ("Harbour Press, 320 pp."), in its box over the review.
    isFactsLine(line) ||
    // A contact's line ("Ada Lee, ada.lee@example.org") or a link, even over a byline: a title gives no address.
    isContactLine(text)
  );
}

/**
 * An e-mail address. It is tried only where its name starts (no name character before it): tried inside the name as
 * well, a long run of letters with no "@" after it was read again from each of its letters (100,000 letters: 9 s).
 */
const EMAIL_ADDRESS = /(?<![\p{L}\d._%+-])[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/u;

/** Whether a line holds an e-mail address ("Ada Lee, ada.lee@example.org"): a contact's line or a byline's. */
export function holdsEmailAddress(text: string): boolean {
  return text.includes("@") && EMAIL_ADDRESS.test(text);
}

/**
 * A web address written in full or by its "www." (a site's host alone, "Example.com sold for $30m", can be a story's
 * subject), ending the line but for a closing bracket: a link or contact is given last ("Mehr unter www.….example").
 */
const FULL_WEB_ADDRESS_AT_END = /(?<!\S)[([]?(?:https?:\/\/|www\.[\p{L}\d-]+\.)\S*$/iu;

/** An e-mail address ending the line but for a closing bracket or stop ("Marco Bellini (m.bellini@….example)"). */
const EMAIL_ADDRESS_AT_END = new RegExp(`${EMAIL_ADDRESS.source}[)\\].]?$`, "u");

/**
 * Most words before the address of a contact's line: a name of three parts or a short lead ("Read more at"). A headline
 * may name an address inside it or after more words ("Why hello@….example is the hardest inbox", "Inside the team
 * behind www.….example") and stays a title.
 */
const MAX_CONTACT_LEAD_WORDS = 3;

/** Whether a line gives an address last, after a name or a short lead at most (see `MAX_CONTACT_LEAD_WORDS`). */
function isContactLine(text: string): boolean {
  const address = (text.includes("@") ? EMAIL_ADDRESS_AT_END.exec(text) : null) ?? FULL_WEB_ADDRESS_AT_END.exec(text);
  return address !== null && (text.slice(0, address.index).match(/\p{L}+/gu)?.length ?? 0) <= MAX_CONTACT_LEAD_WORDS;
}

/** The weight of each feature of a headline candidate; a candidate's score is their sum. */
export const HEADLINE_WEIGHTS = {
  /** Every candidate starts here, so that distance alone takes many lines to bring it to nothing. */
  start: 10,
  /**
   * Per line between the candidate and the body: the headline stands close above the story, but a fact box, a list of
   * contents or a promotion can part them by a dozen lines, so distance weighs less than the header's own marks.
   */
  perLineAbove: -0.2,
  /** Five to twenty words (a third as many characters in unspaced scripts): a headline's usual length. */
  headlineLength: 3,
  /** Under four words: a section name or kicker more often than a headline. */
  tooFewWords: -3,
  /** Over twenty words: a standfirst or a teaser's summary more often than a headline. */
  tooManyWords: -2,
  /** A byline or date line below, before the body: the header's order. */
  bylineOrDateBelow: 5,
  /** A byline or date line right above that heads the header, the other order: date (or kicker and date), headline, body. */
  bylineOrDateAbove: 5,
  /** A full stop at the end: standfirsts end so, headlines seldom do. */
  fullStop: -3,
  /** Two sentences: a standfirst. */
  twoSentences: -3,
  /** The body's first lines name it as their subject, as reference pages open ("A tide table is …"). */
  namedByLead: 8,
  /**
   * Words of a player, a search box, a menu or a caption toggle, or a menu's section names copied as one line ("Home News
   * Sport Business Culture"): a control's label, not a story's title. A menu weighs as the other controls do, being one.
   */
  chromeWords: -8,
  /**
   * The site's name as the page's copyright notice prints it (find-header.ts, `namedByCopyright`): the chrome's, in a
   * masthead or after a title bar's bar, however many words it runs to. Weighed in the header search, and only for a
   * line that would be the best so far, as the notice is looked for down the whole page.
   */
  siteName: -8,
  /**
   * A word a control shares with stories ("player", "menu", "search for") in a line of a headline's length: as likely a
   * title's word as a control's, so it weighs as little as a full stop, and a title holding it still beats the site's
   * name over the menu or the deck under it.
   */
  controlNoun: -3,
  /**
   * Printed again near the header, alone or closing another line: pages set the headline in a title bar, at the
   * end of the breadcrumb trail ("Home » Blog » …"), in a "Comments on …" link and as the article's own heading.
   */
  repeated: 7,
  /** Names with their degrees ("Ada Lee, MS, RD") or a list of names: an author's line, not a story's title. */
  namesOnly: -15,
  /** Words glued where a menu's entries lost their spaces ("NewsSportWeatherTravel"): a menu copied as one line. */
  gluedWords: -6,
  /**
   * A news flash's label opening the line ("Breaking: …", "Eilmeldung: …"): a ticker's link to another story. It outweighs
   * a full stop, as a ticker stands over the header's kicker and title that may hold one; a headline keeping the label
   * over its own byline is not weighed down (see `headlineScore`).
   */
  newsFlash: -5,
} as const;

/** A line whose last word opens in lower case: set in sentence case ("Library reopens"), not in title case. */
const SENTENCE_CASE_END = /\s\p{Ll}\S*$/u;
/**
 * German's small words between a short title's capitalised nouns ("Einigung bei Fähre", "Streit um die Fähre", "Neue
 * Regeln für Pendler"): German capitalises every noun, so a sentence-case title may end in a capital, as a title-case
 * label does ("Print Recipe", "Top Stories"). Only words no English label keeps in lower case: "in", "an", "am" and
 * "die" are left out; so is "und", which joins a section's two nouns ("Wirtschaft und Finanzen", "Kultur und Medien").
 */
const GERMAN_SMALL_WORD =
  /\s(?:bei|beim|um|für|mit|nach|über|zum|zur|im|der|das|dem|den|des|ein|eine|einen|einem|auf|aus|von|vom|gegen|vor|ohne|unter|wegen|seit|bis)\s/u;

/**
 * Whether a short line is set in sentence case, not title case: its last word opens in lower case ("Library reopens"),
 * or, over a byline naming its author (`signed`), a German small word stands between capitalised nouns (see
 * `GERMAN_SMALL_WORD`) of no public body's name. Over a bare date, such a line is a teaser list's or a section's label
 * as often ("Mehr zum Thema", "Neues aus Amrum" over "4. März 2025").
 */
function inSentenceCase(text: string, signed: boolean): boolean {
  // A public body's name over the date is the page's byline ("Ministerium für Verkehr"), no title in sentence case.
  return SENTENCE_CASE_END.test(text) || (signed && GERMAN_SMALL_WORD.test(text) && !isPublicBodyName(text));
}

/** Sizes, in words, of the length features. */
const HEADLINE_LENGTH = { min: 5, max: 20, tooFew: 4 };
/** Characters per word of a headline in an unspaced script, for the length features. */
const UNSPACED_CHARACTERS_PER_WORD = 3;

/** Layout features of one candidate that the header search knows. */
export interface CandidateFeatures {
  /** Lines between the candidate and the body's start. */
  distance: number;
  bylineOrDateBelow: boolean;
  bylineOrDateAbove: boolean;
  namedByLead: boolean;
  /** The title is printed again near the header (see `HEADLINE_WEIGHTS.repeated`). */
  repeated: boolean;
  /** A byline or date line stands right under it; it only lifts a penalty, so `headlineCeiling` does without it. */
  bylineOrDateUnder?: boolean;
  /** That line names an author ("Von Eva Berg", a name over the date), where a bare date names none. */
  signedUnder?: boolean;
  /**
   * A title over twenty words that the header's order vouches for (see find-header.ts, `longTitleOverByline`): its
   * length is counted as a headline's, as news sites print long titles of 21 to 30 words over their bylines.
   */
  longTitle?: boolean;
}

/**
 * How strongly a title-like line reads as the headline: a headline has a handful of words, sits close above
 * the body, and comes before the byline and date lines, never after them. With `toBeat`, a score no higher than
 * it may be returned in place of the exact one, which is then known to be no higher either.
 */
export function headlineScore(line: ClassifiedLine, features: CandidateFeatures, unspaced: boolean, toBeat = -Infinity): number {
  const w = HEADLINE_WEIGHTS;
  const text = headlineText(line.text);
  const whole = text === line.text;
  let score = w.start + features.distance * w.perLineAbove;
  const size = unspaced ? text.length / UNSPACED_CHARACTERS_PER_WORD : whole ? line.words : spacePieceCount(text);
  if ((size >= HEADLINE_LENGTH.min && size <= HEADLINE_LENGTH.max) || features.longTitle) score += w.headlineLength;
  // Over its byline or date, a short line in sentence case is the title the byline signs: labels and buttons are set in
  // title case ("Print Recipe", "Top Stories"), and a kicker stands over a title, not over a byline.
  else if (
    size < HEADLINE_LENGTH.tooFew &&
    !(features.bylineOrDateUnder && !unspaced && inSentenceCase(text, features.signedUnder === true))
  )
    score += w.tooFewWords;
  else if (size > HEADLINE_LENGTH.max) score += w.tooManyWords;
  if (features.bylineOrDateBelow) score += w.bylineOrDateBelow;
  if (features.bylineOrDateAbove) score += w.bylineOrDateAbove;
  // Every feature below but two only lowers the score. A candidate that cannot beat `toBeat` even with those two is
  // not read further: the search keeps only a better one, and this bound is the score itself when nothing lowers it.
  const ceiling = score + (features.namedByLead ? w.namedByLead : 0) + (features.repeated ? w.repeated : 0);
  if (ceiling <= toBeat) return ceiling;
  if (CLOSING_FULL_STOP.test(text)) score += w.fullStop;
  if (SENTENCE_BREAK.test(text)) score += w.twoSentences;
  if (features.namedByLead) score += w.namedByLead;
  if (features.repeated) score += w.repeated;
  if (isNamesOnly(text)) score += w.namesOnly;
  if (gluedWords(text) >= MIN_GLUED_WORDS) score += w.gluedWords;
  // A control's label has no byline under it: a headline-length title over its own byline keeps a word such as "subscribe".
  // A menu is a control wherever it stands: no title is made of section names alone.
  const vouched = features.bylineOrDateUnder && size >= HEADLINE_LENGTH.min;
  if (isSectionMenu(text, line.gappedEntries)) score += w.chromeWords;
  else if (!vouched) {
    const lower = whole ? line.lower : text.toLowerCase();
    if (readsAsControl(lower, size)) score += w.chromeWords;
    else if (CONTROL_NOUNS.test(lower)) score += w.controlNoun;
    // A ticker's line has no byline of its own under it: over one, the label is the headline's own ("Breaking: …").
    if (isNewsFlash(lower)) score += w.newsFlash;
  }
  return score;
}

/**
 * A full stop closing a line, not an ellipsis's last dot: Latin's, or that of a spaced script with its own, as Hindi
 * and Bengali (the danda "।"), Urdu ("۔"), Armenian ("։") and Amharic ("።") close sentences: a standfirst or the
 * story's first paragraph in those scripts ends so as an English one ends in ".".
 */
const CLOSING_FULL_STOP = /(?<!\.\.)\.$|[।۔։።]$/u;

/**
 * The most `headlineScore` can give a line with these features, whatever its text: its length counted as a
 * headline's, and none of the features that only lower a score. Summed in `headlineScore`'s order, so that a line
 * whose score would equal it is not missed by a rounding.
 */
export function headlineCeiling(features: CandidateFeatures): number {
  const w = HEADLINE_WEIGHTS;
  let score = w.start + features.distance * w.perLineAbove + w.headlineLength;
  if (features.bylineOrDateBelow) score += w.bylineOrDateBelow;
  if (features.bylineOrDateAbove) score += w.bylineOrDateAbove;
  return score + (features.namedByLead ? w.namedByLead : 0) + (features.repeated ? w.repeated : 0);
}

/** The most `headlineScore` can give at a distance: further up, no line can beat a headline already found. */
export function bestPossibleScore(distance: number): number {
  const w = HEADLINE_WEIGHTS;
  return w.start + distance * w.perLineAbove + w.headlineLength + w.bylineOrDateBelow + w.bylineOrDateAbove + w.namedByLead + w.repeated;
}

/**
 * Whether a title-like line is a headline's deck set under it: the line right above it (a blank line may
 * part them) is a headline-length title, not ending a sentence (a tagline), and the picked line runs longer,
 * as a standfirst explains what its headline names. A kicker, a section name or a control's label above a
 * headline is shorter than a headline. `minDeckWords` is lower for a short deck, whose other marks the caller checks.
 */
export function isDeckUnder(above: ClassifiedLine | undefined, picked: ClassifiedLine, minDeckWords = MIN_DECK_WORDS): boolean {
  // The word counts first: most lines asked are no deck by their length, and the title's patterns are then not tried.
  if (!above || picked.words < minDeckWords || picked.words <= above.words) return false;
  return !endsStatement(above) && above.words >= MIN_DECKED_HEADLINE_WORDS && !readsAsFurniture(above);
}
/**
 * Fewest words of a question that heads a deck ("Will the island ferry ever run on time again?"); a shorter one is a
 * section's or a box's tagline over a title ("What's on this weekend?", "Is your business ready for winter?").
 */
const MIN_QUESTION_HEADLINE_WORDS = 7;

/** Whether a line ends a sentence other than a headline's question: a tagline's statement or short question. */
function endsStatement(line: ClassifiedLine): boolean {
  return line.sentenceEnd && !(endsWithQuestionMark(line.text) && line.words >= MIN_QUESTION_HEADLINE_WORDS);
}

/**
 * Whether a title-like line reads as the page's furniture rather than a title: a control's words, names only, a
 * menu glued or copied into one line, or a label in capitals. Such a line above a headline is never moved up to. A
 * ticker's news flash ("Breaking: …") is none: a story's own title keeps the label over its deck or its byline.
 */
export function readsAsFurniture(line: ClassifiedLine): boolean {
  return (
    isAllCapitals(line.text) ||
    readsAsControl(line.lower, line.words) ||
    isNamesOnly(line.text) ||
    gluedWords(line.text) >= MIN_GLUED_WORDS ||
    isSectionMenu(line.text, line.gappedEntries) ||
    EPISODE_LINE.test(line.text)
  );
}

/**
 * An episode's or a part's number with its length ("Episode 14 · 42 min", "Folge 3 – 28 min"): a player's line over
 * the episode's title, never a title over a deck.
 */
const EPISODE_LINE =
  /^(?:episode|folge|épisode|episodio|aflevering|odcinek|part|teil|partie|parte|deel|chapter|kapitel|chapitre|capítulo)\s+\d+\s*[·•|,–-]\s*\d+(?::\d{2})?\s*(?:min|mins|minutes|minuten|h|hr|hrs|sec)?\.?$/iu;

/**
 * A series' label ending in the part's number ("The Reading Rooms, part 2 of 4", "…, Teil 3", "… – Épisode II"). Packed
 * over a deck it is the part's title ("Old Harbour Charts, Part III" / "What the survey left off"); set apart over a
 * title, it is that title's kicker, however long. A series sets the label off with a separator or counts its parts
 * ("part 2 of 4"): a title naming a chapter in its words ("… files for Chapter 11") does neither.
 */
const SERIES_PART_NUMBER = String.raw`(?:part|teil|partie|parte|deel|część|episode|folge|épisode|episodio|chapter|kapitel|chapitre|capítulo|capitolo)\s+(?:\d+|[IVXLC]+)`;
export const SERIES_LABEL = new RegExp(
  String.raw`(?:(?:^|[,:|·•–—-]\s*)${SERIES_PART_NUMBER}|\b${SERIES_PART_NUMBER}\s+(?:of|von|de|di|van|z|sur|du)\s+\d+)$`,
  "iu",
);

/** Fewest words of a headline with a deck under it: more than a kicker or a menu's label holds (one to three words). */
export const MIN_DECKED_HEADLINE_WORDS = 4;
/** Fewest words of a deck: a clause, longer than a headline of its size. */
const MIN_DECK_WORDS = 10;
