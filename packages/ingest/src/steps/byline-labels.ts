/**
 * The labels of bylines and date lines in the languages Dateline reads, in one place: the byline's reader (byline.ts)
 * and the header's (find-header.ts) build their patterns from these lists, so a label added here is known to both.
 * Each entry is a lower-case pattern source, read with the `i` flag.
 */
import { FAMILY_NAME_JOINS, NAME_PARTICLES } from "./person-name.js";

/**
 * "By" in the languages of the stop-word lists: a byline's label before the names ("Von Ada Lee"), alone on its line
 * over them ("Par"), and the word after a date line that leads to them ("4 March 2025 by Ada Lee").
 */
export const BY_WORDS: readonly string[] = ["by", "von", "par", "por", "di", "door"];

/**
 * Swahili's and Tagalog's "by" ("Na Amina Juma", "Ni Maria Santos"): read on a page in that language
 * (`PAGE_LANGUAGE_BYLINE_WORDS`), and on any page over a date line before a name in full (`NAME_FIRST_BY`, byline.ts).
 */
export const SWAHILI_BY = "Na";
export const TAGALOG_BY = "Ni";

/**
 * A byline's "by" and "and" in languages where each word is a common word of other languages, read only on a page the
 * reader takes for that language: Catalan "Per" (Italian "for"), Swahili "Na" and "na" (also "with" and "and" in a
 * sentence), Tagalog "Ni" and "at" (a particle and English "at"), and Slovak's and Czech's "a" ("and"; a letter alone,
 * an article). The label opens the line before its names ("Per Marta Soler", "Na Zawadi Mushi", "Ni Liza Cruz"); the
 * "and" joins two writers only between full names ("Autor: Eva Malá a Ján Hruška", "Ni Liza Cruz at Ben Tan").
 */
export const PAGE_LANGUAGE_BYLINE_WORDS: Readonly<
  Record<string, { readonly by?: string; readonly and?: string; readonly notNames?: readonly string[] }>
> = {
  // `notNames`: words that open a title-case pair after the "by" and make it no writer: a saint ("Per Sant Jordi", a
  // feast day), a post or honorific before a name ("Na Rais Amani", "Ni Pangulong Reyes"), a paper's own desk ("Na
  // Mwandishi Wetu", "by our correspondent").
  ca: { by: "Per", notNames: ["Sant", "Santa", "Sants"] },
  sw: { by: SWAHILI_BY, and: "na", notNames: ["Mwandishi", "Waandishi", "Rais", "Mama", "Bwana", "Mheshimiwa"] },
  tl: { by: TAGALOG_BY, and: "at", notNames: ["Pangulong", "Santo", "Santa", "San", "Senador", "Alkalde"] },
  sk: { and: "a" },
  cs: { and: "a" },
};

/**
 * "By" in Dutch, the one language of these labels whose "en" is "and" ("Door Eva de Vries en Jan Bos"): after it, "en"
 * before a full name joins two writers (`NAME_JOIN`), where after the other labels it leads to a place ("Por Ana Ruiz en
 * La Paz", "Par Léa Roy en Bretagne").
 */
export const EN_AS_AND_BY_WORDS: readonly string[] = ["door"];

/**
 * The Dutch labels of a verb and its "door" ("Gepubliceerd door", "Geschreven door", "Geplaatst door"): after them, as
 * after "Door", "en" before a full name joins two writers ("Gepubliceerd door Eva de Vries en Jan Bos").
 */
export const EN_AS_AND_BY_PHRASES: readonly string[] = ["gepubliceerd door", "geschreven door", "geplaatst door"];

/**
 * "By" in Swedish and Norwegian ("av") and Danish ("af"): a label before the names and alone over them, but after a date
 * line only behind their own "published" label (`NORDIC_PUBLISHED_LABELS`: "Publicerad 25 juli 2025 av Anna Berg"):
 * behind a bare date or another language's label an English "AV" is far likelier than their "by" ("4 March 2025 | AV
 * Reviews", "Published 4 March 2025 | AV Reviews").
 */
export const NORDIC_BY_WORDS: readonly string[] = ["av", "af"];

/**
 * "By" read only after a date line's "published" label, as elsewhere the word opens too many phrases: the Italian
 * passive's "da" ("Pubblicato il 3 marzo 2025 da Marco Rossi") and Polish "przez" ("Opublikowano 10 października 2025
 * przez Anna Nowak", as blogs in Polish print their "Posted on … by …"), which is "through" and "for" too ("przez dwa
 * lata", for two years).
 */
export const PUBLISHED_ONLY_BY_WORDS: readonly string[] = ["da", "przez"];

/** "Published" in Swedish, Norwegian and Danish, the labels after which their "by" is read (see `NORDIC_BY_WORDS`). */
export const NORDIC_PUBLISHED_LABELS: readonly string[] = ["publicerad", "publisert", "publiceret"];

/** Greek "and" ("Ελένη Δήμου και Νίκος Ρήγας"): a word of no other language, so read on any page. */
const GREEK_AND = "και";
/**
 * "And" between two writers' names in the languages Dateline reads ("Ada Lee and Sam Ray", "Anna Berg und Max Ott",
 * "Léa Martin et Paul Roy", "Nils Berg och Eva Lund").
 */
const NAME_JOIN_WORDS: readonly string[] = ["and", "und", "et", "og", "och", "ja", "ve", GREEK_AND];
/**
 * "And" in Indonesian and Malay ("dan"), Hungarian ("és"), Romanian ("și", also printed with a cedilla: "de Ioana
 * Popescu și Mihai Ionescu") and the Cyrillic languages ("Автор: Анна Смирнова и Игорь Петров"), read in lower case
 * only: "Dan" is a given name ("Ada Dan Lee").
 */
const LOWER_CASE_NAME_JOIN_WORDS: readonly string[] = ["dan", "és", "și", "şi", "и"];
/**
 * "With" between two writers ("By Ana Ruiz with Tom Hale", "Von Anna Berger mit Tom Hale", "Par Ada Lemaire avec Jean
 * Morel", "Por Ana Ruiz con Tom Hale", "Di Lia Rossi con Marco Bini", "Por Ana Sousa com Rui Lopes", "Door Els de Boer
 * met Jan Smit"): a co-author, read only in lower case and before a full name (`WITH_NAME_AHEAD`), as "with additional
 * reporting by …" and "with Reuters" name no second writer there.
 */
export const WITH_JOIN_WORDS: readonly string[] = ["with", "mit", "avec", "con", "com", "met"];
/**
 * No clause's comma shortly before "with" (`WITH_JOIN_WORDS`): a byline names its writers before it ("By Ana Ruiz with
 * Tom Hale"), where a story's sentence sets a clause there ("By Tuesday the mayor, Ana Ruiz with Tom Hale at her side,
 * had …"). Looked back over a bounded stretch, so a long run is not read again from every "with".
 */
const NO_CLAUSE_BEFORE_WITH = "(?<![,;][^,;]{0,80})";
/**
 * "And" that one person's name may hold too, or that is a name in title case (`LOWER_CASE_NAME_JOIN_WORDS`): Spanish
 * "y", Portuguese and Italian "e" and Catalan "i" join a person's two family names ("José Ortega y Gasset", "Pere Vila
 * i Soler"), and Dutch "en" is Spanish "in" ("Ana Ruiz en Madrid"). A join between writers only before a full name
 * (`FULL_NAME_AHEAD`), and only in lower case: in a byline set in capitals a place looks like a name ("POR ANA RUIZ EN
 * LA PAZ"), and a capital letter alone is an initial ("Ada E Lee").
 */
const NAME_OR_NAMES_JOIN_WORDS: readonly string[] = [...FAMILY_NAME_JOINS, "en", ...LOWER_CASE_NAME_JOIN_WORDS];
/** `NAME_OR_NAMES_JOIN_WORDS` as a pattern source: one of the words, in lower case, with no spaces. */
export const NAME_OR_NAMES_JOIN = `(?:${NAME_OR_NAMES_JOIN_WORDS.join("|")})`;
/** Join words as printed: in lower case, in title case, or in capitals in a byline set so ("ADA LEE AND SAM RAY"). */
function printedForms(words: readonly string[]): string {
  return words.flatMap((word) => [word, word[0]!.toUpperCase() + word.slice(1), word.toUpperCase()]).join("|");
}
/**
 * A full name's opening: two capitalised words, maybe with lower-case particles between them ("Juan Gil", "María de
 * la Cruz", "Luca di Pietro"), as a pattern source. Only what follows a join is looked at, not where the name ends.
 */
export const FULL_NAME_OPENING = String.raw`\p{Lu}[\p{L}'’.-]*\s+(?:(?:${NAME_PARTICLES})\s+)*\p{Lu}`;
/**
 * A clergyman's abbreviated title ("Rev.", "Revd"), capitalised only: the one title English sets after "the" before
 * a name ("the Rev. John Hale"); "the Dr." opens a shop's, a club's or a foundation's name ("the Dr. Who Fan Club").
 */
export const CLERGY_TITLE_WORD = String.raw`Rev\.|Revd\.?`;
/**
 * An academic or a doctor's title that a byline sets before a second writer's name, as a pattern source: abbreviated
 * ("Dr.", "Dra.", "Prof.", "Pr", "Dott.ssa", "Prof.ssa", "Ing."), capitalised in German ("Professorin", "Doktor"), or a
 * noun in lower case after the language's article ("le professeur", "el doctor", "la profesora", "il professor", "la
 * dottoressa", "o professor", "a doutora", "de professor"), one or two of them ("Prof. Dr."); a clergyman's abbreviated
 * title is set so too ("the Rev. John Hale", "Revd Ann Hale"), capitalised only. No name of its own: the
 * writer is the name after it ("Von Anna Berg und Dr. Jonas Weil", "Par Léa Morel et le professeur Marc Ollier").
 */
const ACADEMIC_TITLE_WORD = String.raw`(?:[Dd]rs?|[Dd]ra|[Pp]rof|Pr|[Dd]ott)\.?|${CLERGY_TITLE_WORD}|(?:[Pp]rof|[Dd]ott)\.?ssa|[Ii]ng\.|[Pp]rofess(?:or(?:a|e|essa|in)?|eur|eure)|[Pp]rofesora?|[Dd]oct(?:or|ora|eur|eure)|[Dd]ott(?:or|ore|oressa)|[Dd]out(?:or|ora)|[Dd]oktor(?:in)?`;
/** The article a title in lower case may follow (see `ACADEMIC_TITLE_WORD`): fr/es/it/pt/nl, and English's "the". */
export const ACADEMIC_TITLE_ARTICLE = String.raw`(?:le|la|el|il|lo|o|a|de|the|der|die)\s+`;
/** A title in lower case after its article, opening the text (see `ACADEMIC_TITLE_ARTICLE`): "le professeur …". */
export const ARTICLE_BEFORE_ACADEMIC_TITLE = new RegExp(`^${ACADEMIC_TITLE_ARTICLE}(?:${ACADEMIC_TITLE_WORD})\\s`, "u");
/** An academic title and the spaces after it, before a second writer's capitalised name (see `ACADEMIC_TITLE_WORD`). */
export const ACADEMIC_TITLE_BEFORE_NAME = String.raw`(?:${ACADEMIC_TITLE_ARTICLE})?(?:${ACADEMIC_TITLE_WORD})(?:\s+(?:${ACADEMIC_TITLE_WORD}))?\s+(?=\p{Lu})`;
/** Where a full name follows (see `FULL_NAME_OPENING`), maybe after a title (`ACADEMIC_TITLE_BEFORE_NAME`). */
const FULL_NAME_AHEAD = `(?=(?:${ACADEMIC_TITLE_BEFORE_NAME})?${FULL_NAME_OPENING})`;
/**
 * A credit's or an outlet's first word after "with", in title case ("with Staff Reports", "mit Material von Reuters",
 * "with The Guardian"): no writer.
 */
const WITH_CREDIT_WORDS: readonly string[] = [
  "The",
  "Staff",
  "Wire",
  "News",
  "Material",
  "Contributions?",
  "Additional",
  "Reporting",
  "Photos?",
  "Photography",
  "Pictures",
  "Video",
  "Files",
  "Agencies",
];
/**
 * A wire's or an outlet's pictures or footage after "with", one word then the medium's noun ("with AP Photos", "with
 * Reuters Video", "avec AFP Photo", "con Efe Fotos"): a credit for the pictures, no second writer.
 */
const WIRE_MEDIA_CREDIT = String.raw`[\p{L}'’.-]+\s+(?:Photos?|PHOTOS?|Fotos?|FOTOS?|Photography|Pictures|Video|VIDEO|Vídeo|Vidéo|Footage)(?![\p{L}])`;
/**
 * The second writer after "with" (`WITH_JOIN_WORDS`): a full name (`FULL_NAME_AHEAD`) that opens with no credit's word
 * (`WITH_CREDIT_WORDS`), as a credit is no writer ("with Staff Reports", "with Wire Services", "mit Material von
 * Reuters", "with Contributions From Ana Ruiz", "with Photos By Tom Hale").
 */
const WITH_NAME_AHEAD = String.raw`(?!(?:${WITH_CREDIT_WORDS.join("|")})\s)(?!${WIRE_MEDIA_CREDIT})${FULL_NAME_AHEAD}`;
/**
 * A full name, two capitalised words at least ("Ana Ruiz", "Els de Boer"), before "with" (`WITH_JOIN_WORDS`) and the
 * spaces after it, looked back at from there: a byline names its first writer so, where a word alone there is a
 * sentence's ("By Monday with Tom Hale at the helm …"). Asked only after a "with", so not at every place of a line.
 */
const FULL_NAME_BEFORE_WITH = String.raw`(?<=${FULL_NAME_OPENING}[\p{L}'’.-]*\s+(?:${WITH_JOIN_WORDS.join("|")})\s+)`;
/**
 * "Et al." after the names ("and others"): it ends them, as a join with no name after it. Not before a name ("Claire
 * Dumont et Al Martin"): the "al" ends with a full stop, a list's mark or the text.
 */
const ET_AL = String.raw`(?<!\s)\s+[Ee][Tt]\s+[Aa][Ll](?:\.|(?=\s*(?:[,;|]|$)))`;
/**
 * The words joining two writers' names, spaces included (see the lists above), as a pattern source read with the `u`
 * flag and not `i`, as capitals tell a full name. Each match starts at a run of spaces' first, so a long run is crossed
 * once, not once from each of its spaces.
 */
export const NAME_JOIN = String.raw`${ET_AL}|(?<!\s)\s+(?:${printedForms(NAME_JOIN_WORDS)})\s+|(?<!\s)\s+${NAME_OR_NAMES_JOIN}\s+${FULL_NAME_AHEAD}`;
/**
 * "With" between two writers (`WITH_JOIN_WORDS`), its spaces included, as a pattern source read as `NAME_JOIN` is: only
 * after a byline's label ("By Ana Ruiz with Tom Hale"), since a line of names alone so joined is as often a picture's
 * caption ("Ana Ruiz with Mayor Tom Hale").
 */
export const WITH_NAME_JOIN = String.raw`(?<!\s)\s+(?:${WITH_JOIN_WORDS.join("|")})\s+${FULL_NAME_BEFORE_WITH}${WITH_NAME_AHEAD}${NO_CLAUSE_BEFORE_WITH}`;

/**
 * A list's mark between two writers' names (`mark`, a pattern source: a comma, a semicolon), with the spaces around it
 * and an "and" after it ("Ada Lee, Sam Ray, and Bo Li"), as a pattern source read with the `u` flag. Spaces before the
 * mark are taken from the first of their run on, as in `NAME_JOIN`. An "and" that a name may hold too
 * (`NAME_OR_NAMES_JOIN_WORDS`) joins after the mark as it does alone, before a full name only: a job title set
 * between commas after a writer comes before it ("Por Ana Ruiz, periodista, y Eva Solé", "Di Lia Rossi, giornalista, e
 * Marco Bini").
 */
export function listMarkPattern(mark: string): string {
  return String.raw`(?:(?<!\s)\s+)?${mark}\s*(?:(?:${printedForms(NAME_JOIN_WORDS)})\s+|${NAME_OR_NAMES_JOIN}\s+${FULL_NAME_AHEAD})?`;
}

/**
 * The label of the line some papers set under a byline to say where its writers reported from ("Reporting from Kyiv and
 * Warsaw", "Reportando desde Ciudad de México", "En reportage à Lviv"): the byline block's furniture, never a title, and
 * read only before places' names (see `isReportingFromLine`).
 */
export const REPORTING_FROM_LABELS: readonly string[] = ["reporting from", "reportando desde", "informando desde", "en reportage à"];

/**
 * The words between two places' names after a reporting-from label ("Milwaukee and Washington", "Rio de Janeiro",
 * "Kyiv & Warsaw"): the joins of writers' names, the particles of names, and the articles and "of" that places hold.
 */
export const PLACE_JOIN_WORDS: readonly string[] = [...NAME_JOIN_WORDS, ...FAMILY_NAME_JOINS, "&", "the", "of", "el", "les"];

/**
 * Yiddish "written by" ("געשריבן פֿון"): "פֿון" with its rafe set apart or without it, or as the one presentation form
 * that joins them (U+FB4E), which some keyboards type. "פֿון" alone is "from" and "of" as often as "by", and the phrase
 * after it has a name's shape as often ("פֿון ניו יאָרק", from New York; "פֿון גאַנצן האַרצן", wholeheartedly): it is no
 * label on a line by itself.
 */
const YIDDISH_WRITTEN_BY = "געשריבן (?:פ\\u05BF?|\\uFB4E)ון";
/**
 * A byline's label in Hebrew, Yiddish, Arabic and Persian before the names ("מאת", "געשריבן פֿון", "بقلم", "بواسطة",
 * "إعداد", "نوشته", "به قلم"): the scripts have no case.
 */
export const RTL_BYLINE_LABELS: readonly string[] = [
  "מאת",
  YIDDISH_WRITTEN_BY,
  "بقلم",
  "بواسطة",
  "إعداد",
  "نوشته شده توسط",
  "نوشته",
  "به قلم",
  "نویسنده",
];

/**
 * The publishing verbs' labels ("Posted by", "Published by", "Veröffentlicht von", "Pubblicato da", "Gepubliceerd door"):
 * a byline's labels, but also the labels of a page's issuer, a public body's or a publisher's name, and so read apart
 * where an issuer may follow (byline.ts, find-header.ts).
 */
export const PUBLISHING_BY_PHRASES: readonly string[] = [
  "posted by",
  "published by",
  "publié par",
  "publicado por",
  "pubblicato da",
  "veröffentlicht von",
  // German "Erstellt von" (created by), as content systems label their writer; "Erstellt" is a date's label too
  // (`PUBLISHED_LABELS`), as "Veröffentlicht" is.
  "erstellt von",
  "postado por",
  "geplaatst door",
  "gepubliceerd door",
  // Polish "Opublikowano przez" (published by), as blogs in Polish print "Posted by"; "przez" alone is no label
  // (`PUBLISHED_ONLY_BY_WORDS`).
  "opublikowano przez",
  // Indonesian and Malay "Diposting oleh" (posted by) and "Dikirim oleh" (sent by), as blogs and readers' pages sign.
  "diposting oleh",
  "dikirim oleh",
  // Content systems' default signature under a node's title ("Submitted by Ada Lee on 4 March 2025 - 14:22"), as their
  // English, French, Spanish, German, Dutch, Swedish and Polish sites print it, and readers' pages sign a sender in
  // Polish and Russian ("Nadesłał Ada Lee", "Прислала Анна Смирнова").
  "submitted by",
  "soumis par",
  "enviado por",
  "eingereicht von",
  "ingezonden door",
  "inskickad av",
  "nadesłane przez",
  "przesłane przez",
  "nadesłał",
  "nadesłała",
  "прислал",
  "прислала",
];

/**
 * A site's account words ("admin", "administrator", "webmaster", "moderator"), which blogs and forums print where a
 * writer's name stands ("Posted by admin"): the site's account, signing for no one.
 */
export const SITE_ACCOUNT_WORDS: readonly string[] = ["admin", "administrator", "webmaster", "moderator"];

/**
 * A word of an organisation's name, anywhere in it: a publisher's, a desk's, a board's, a club's, a festival's or a
 * site's account ("Harbour Books", "Kestrel Media Group", "Inselverlag Kessel", "Edizioni Kessel", "Editura Kessel",
 * "Redaktion Inselblatt", "Westerholm Island Council", "Harbour FC", "Kessel Jazz Festival", "Site Admin"). Such a name
 * has a person's shape but is the issuer where a book's or a release's facts name it ("Published by" / "Harbour
 * Books"), and no writer after Romanian "de" ("by", "of"), which opens clubs' and events' names as often.
 */
export const ORGANISATION_WORD = new RegExp(
  `(?:^|\\s)(?:${SITE_ACCOUNT_WORDS.join("|")}|staff|desk|team|newsroom|board|council|committee|association|society|foundation|club|fc|festival|press|media|books|publishing|publications?|publishers?|group|blog|editorial|éditions|edizioni|editore|editora|editura|uitgeverij|\\p{L}*verlag|redaktion|redazione|redactie|redacción|rédaction|redação|redacção)(?=\\s|$)`,
  "iu",
);

/**
 * The drafting verbs' labels ("Verfasst von", "Rédigé par", "Redactado por", "Redatto da", "Redigido por"), among the
 * writing labels (`WRITTEN_BY_PHRASES`). A document's description opens with them too ("Redatto da Lia Rossi e Marco
 * Bini, il rapporto è stato …"), so a line ending as a sentence is not read as their byline.
 */
export const DRAFTED_BY_PHRASES: readonly string[] = ["verfasst von", "rédigé par", "redactado por", "redatto da", "redigido por"];
/**
 * The writing verbs' labels ("Written by", "Geschrieben von", "Écrit par", "Escrito por", "Scritto da", "Geschreven
 * door", and the drafting verbs', `DRAFTED_BY_PHRASES`), which a page may also set alone on the line over its writer's
 * name (find-header.ts).
 */
export const WRITTEN_BY_PHRASES: readonly string[] = [
  "written by",
  "geschrieben von",
  "écrit par",
  "escrito por",
  "scritto da",
  "geschreven door",
  // Indonesian and Malay "Ditulis oleh" (written by).
  "ditulis oleh",
  ...DRAFTED_BY_PHRASES,
];
/**
 * The nouns for the piece that a page may set before a writing label ("Article written by", "Artikel geschrieben von",
 * "Article écrit par", "Artículo escrito por", "Articolo scritto da", "Artigo escrito por", "Beitrag verfasst von").
 */
export const PIECE_NOUNS: readonly string[] = ["story", "article", "post", "artikel", "beitrag", "artículo", "articolo", "artigo"];

/**
 * Greek "writes" with the article before the writer's name in the nominative ("Γράφει ο Νίκος Αλεξίου", a man; "Γράφει η
 * Μαρία Κωνσταντίνου", a woman): a byline's label, as "words by".
 */
export const GREEK_WRITES_PHRASES: readonly string[] = ["γράφει ο", "γράφει η"];
/**
 * A writer credited with the pictures too, and the word for "by" that follows in a byline ("Words and photos by Ada
 * Lee", "Text und Fotos von Anna Becker", "Texte et photos de Marie Dupont", "Texto y fotos de Ana García"), the
 * pictures named first as often ("Photographs and text by Ada Lee", "Fotos und Text von Anna Becker"); the label alone
 * takes a colon instead ("Text and photos: Ada Lee", "Photos and words: Ada Lee").
 */
export const WRITER_AND_PICTURES_LABELS: readonly (readonly [label: string, by: string])[] = [
  ["words and photos", "by"],
  ["words and pictures", "by"],
  ["text and photos", "by"],
  ["text und fotos", "von"],
  ["texte et photos", "de"],
  ["texto y fotos", "de"],
  ["photos and words", "by"],
  ["photos and text", "by"],
  ["photographs and words", "by"],
  ["photographs and text", "by"],
  ["pictures and words", "by"],
  ["fotos und text", "von"],
  ["photos et texte", "de"],
  ["fotos y texto", "de"],
];
/**
 * A byline's label of a verb and its "by" ("Words by", `WRITTEN_BY_PHRASES`, `PUBLISHING_BY_PHRASES`), or a participle
 * that says the same: Finnish "Kirjoittanut" ("written by"), Greek "Γράφει ο" (`GREEK_WRITES_PHRASES`). No phrase
 * opens another, so the order of the alternation built from them does not matter.
 */
export const BYLINE_PHRASES: readonly string[] = [
  "words by",
  // A writer credited with the pictures too (`WRITER_AND_PICTURES_LABELS`), or with the piece's kind: a recipe's, a live
  // page's.
  ...WRITER_AND_PICTURES_LABELS.map(([label, by]) => `${label} ${by}`),
  "recipe by",
  "live reporting by",
  ...WRITTEN_BY_PHRASES,
  "kirjoittanut",
  ...GREEK_WRITES_PHRASES,
  ...PUBLISHING_BY_PHRASES,
];

/**
 * A byline that names the piece before its writer ("A report by Ada Lee", "Ein Artikel von Anna Becker", "Un article de
 * Marie Dupont", "Un artículo de Ana García"): the same words open a sentence about a report ("A report by the council
 * found …"), so a byline's readers take only people's names in full after them.
 */
export const PIECE_BY_PHRASES: readonly string[] = [
  "a report by",
  "an article by",
  "ein artikel von",
  "ein beitrag von",
  "un article de",
  "un artículo de",
  "un articolo di",
  "um artigo de",
  "een artikel van",
];

/**
 * A show's host before the name, as podcast and radio pages sign an episode's notes ("Hosted by Alice Moore", "Moderiert
 * von Anna Berger", "Animé par Léa Roy", "Presentado por Ana Ruiz", "Condotto da Lia Rossi", "Apresentado por Rui Lopes",
 * "Gepresenteerd door Els de Boer"). An event's page sets the same words before its organiser ("Hosted by the city
 * council", "Hosted by Lanfield Council"), so a byline's readers take only people's names in full after them.
 */
export const HOSTED_BY_PHRASES: readonly string[] = [
  "hosted by",
  "moderiert von",
  "animé par",
  "presentado por",
  "condotto da",
  "apresentado por",
  "gepresenteerd door",
];

/**
 * A byline that names its piece's or its page's keeper before the writer or the newsroom ("A post by the Harbour Echo
 * team", "A cura di Lia Rossi", "A cura della redazione", "Pela redação", "Pelo correspondente Rui Lopes"): Italian "a
 * cura di" ("edited by", with its article glued: "della", "del", "dello") and Portuguese "pelo"/"pela" ("by the") open
 * sentences too ("A cura della regione, il progetto …", "Pela redação do decreto, …", "Pelo menos três …"), so a
 * byline's readers take only people's names in full or a newsroom's or a team's after them.
 */
export const TEAM_BY_PHRASES: readonly string[] = ["a post by", "a cura di", "a cura della", "a cura dello", "a cura del", "pela", "pelo"];

/**
 * A byline that names its writer by the paper's post before the name ("By our correspondent Ada Lee", "Door onze
 * verslaggever Anouk de Vries", "Von unserem Korrespondenten Tom Berger", "De notre envoyée spéciale Claire Martin",
 * "Por nuestro corresponsal Luis Gómez", "Dal nostro inviato Marco Rossi"): the post alone, or with a place ("From our
 * correspondent in Rome"), names no one, so only people's names in full after the phrase make the byline. English "By
 * our correspondent …" is not among them: "By" is a label of its own, and the post after it a desk's title
 * (`ROLE_FIRST` in byline.ts), which keeps a co-author after it ("By our correspondent and Ada Lee").
 */
export const CORRESPONDENT_BY_PHRASES: readonly string[] = [
  "door onze verslaggever",
  "door onze verslaggeefster",
  "door onze correspondent",
  "von unserem korrespondenten",
  "von unserer korrespondentin",
  "von unserem reporter",
  "von unserer reporterin",
  "de notre correspondant",
  "de notre correspondante",
  "de notre envoyé spécial",
  "de notre envoyée spéciale",
  "por nuestro corresponsal",
  "por nuestra corresponsal",
  "por nuestro enviado especial",
  "por nuestra enviada especial",
  "dal nostro inviato",
  "dalla nostra inviata",
  "dal nostro corrispondente",
  "dalla nostra corrispondente",
  "do nosso correspondente",
  "do nosso enviado especial",
];

/**
 * "By" and "writes" that open other lines too, labels of a byline only with their colon ("Oleh: Siti Rahma", "Yazan:
 * Ayşe Demir", "Piše: Ana Horvat", "Írta: Kovács Anna"): Indonesian and Malay "Oleh" and Turkish "Yazan" ("written by")
 * are given names too ("Oleh Petrenko" over a date is a man's name), and the verbs, Croatian, Bosnian, Serbian and
 * Slovene "Piše", Serbian and Ukrainian "Пише", Greek "Γράφει" ("writes") and Hungarian "Írta" ("wrote it"), open a
 * sentence whose subject follows them ("Piše Gradski list, pozivajući se na izvore"). Greek sets the article before the
 * writer's name instead ("Γράφει ο Νίκος Αλεξίου", "Γράφει η Μαρία …": `GREEK_WRITES_PHRASES`).
 */
export const COLON_BY_WORDS: readonly string[] = ["oleh", "yazan", "piše", "пише", "írta", "γράφει"];
/**
 * The Slavic word for the text ("Текст: Иван Петров", "Tekst: Anna Nowak", "Tekst: Ana Horvat"), which labels the
 * writer only with its colon, in Russian, Ukrainian, Serbian, Bulgarian and Macedonian, and in Polish, Croatian,
 * Bosnian, Serbian and Slovene. Dutch writes "Tekst:" so too. Its English, French and Spanish like ("Text:", "Texte :",
 * "Words:") are left out: a section heading such as "Text: The Full Agreement" passed as a name, and the byline it made
 * cut the paragraph above it; languages with the Slavic word write headings in sentence case, which names refuse.
 * Vietnamese labels its writer so with its word for the piece, and for the piece and its pictures ("Bài: Lê Minh", "Bài
 * và ảnh: Lê Minh"); its series number the parts with the same word and a figure ("Bài 2: …"), which no name opens.
 */
export const TEXT_LABELS: readonly string[] = ["текст", "tekst", "bài và ảnh", "bài"];

/**
 * The noun for an author as a byline's label before the names ("Autorin: Ada Lee"), with its feminine and its Baltic
 * and Slovene forms ("Autorka:", "Autorica:", "Autors:", "Autorius:", "Autorė:", "Avtor:", "Avtorica:"), and in Cyrillic
 * Russian's, Ukrainian's and Macedonian's "Автор" with the feminine "Авторка", Serbian's "Аутор" and "Ауторка": not the
 * label of a line alone, where it heads an author box.
 */
export const AUTHOR_NOUNS: readonly string[] = ["autor(?:in|ka|ica|ius|s|ė)?", "author", "автор(?:ка)?", "аутор(?:ка)?", "avtor(?:ica)?"];

/**
 * A story's source, as pages print it over or under a wire's story ("Source: AFP", "Quelle: dpa", "Fuente: EFE",
 * "Źródło: PAP", "Zdroj: ČTK", "Forrás: MTI", "Sursa: Agerpres", "Izvor: HINA", "Vir: STA", "Källa: TT", "Kilde: NTB",
 * "Lähde: STT", "Kaynak: Anadolu Ajansı", "Sumber: ANTARA", "Nguồn: TTXVN"): a byline's label, with its colon, only
 * before wires' names; before anything else it credits a figure or a study ("Source: Eurostat").
 */
export const SOURCE_LABELS: readonly string[] = [
  "source",
  "quelle",
  "fuente",
  "fonte",
  "bron",
  "źródło",
  "zdroj",
  "forrás",
  "sursa",
  "izvor",
  "vir",
  "källa",
  "kilde",
  "lähde",
  "allikas",
  "avots",
  "šaltinis",
  "kaynak",
  "sumber",
  "nguồn",
  "font",
];
/**
 * The noun for an author or a writer that labels a byline only with its colon: the French one ("Auteur : Ada Lee"),
 * which English borrows for a film-maker, and the Indonesian and Malay, Turkish, Hungarian and Vietnamese ones
 * ("Penulis: Siti Rahma", "Yazar: Ayşe Demir", "Szerző: Kovács Anna", "Tác giả: Lê Minh"), which open an author box's
 * heading and a headline. Without the colon those read as a label and a name: "Auteur Theory", "Yazar Hakkında"
 * ("about the author"), "Penulis Tamu" ("guest writer"), "Yazar Orhan Pamuk'un Yeni Kitabı Çıktı".
 */
export const COLON_AUTHOR_NOUNS: readonly string[] = [
  "auteur",
  "penulis",
  "yazar",
  "szerző",
  "tác giả",
  // The Romance nouns English does not borrow: Italian "Autore", "Autrice", Spanish and Portuguese "Autora", French
  // "Auteure", which open a heading or a title as the others do ("Autore del mese", "Autora invitada").
  "autore",
  "autrice",
  "autora",
  "auteure",
  // The Greek editor's noun that labels a story's writer ("Συντάκτης: Νίκος Αλεξίου", "Συντάκτρια: …"): without the
  // colon it opens a title or a heading ("Συντάκτης της χρονιάς", writer of the year).
  "συντάκτης",
  "συντάκτρια",
  // Turkish papers credit the reporter with the word for news and its colon ("Haber: Ayşe Demir"); without the colon
  // it opens a title ("Haber Merkezi", the newsroom; "Haber bülteni").
  "haber",
];
/**
 * The reporter's noun, as Indonesian, Turkish and Vietnamese pages label their writer with its colon ("Reporter: Dewi
 * Lestari", "Wartawan: …", "Muhabir: Ayşe Demir", "Phóng viên: Lê Minh"): a transcript labels a reporter's turns so
 * too ("REPORTER: Thank you, Tom."), so only people's names in full follow it in a byline, and never after the label in
 * capitals.
 */
export const COLON_REPORTER_NOUNS: readonly string[] = ["reporter", "wartawan", "muhabir", "phóng viên"];

/**
 * A first publication's label, as an archive prints it over a story it runs again ("Originally published March 3,
 * 2019", "Erstmals erschienen am 3. März 2019", "Publié initialement le 3 mars 2019", "Publicado originalmente el 3 de
 * marzo de 2019", "Pubblicato originariamente il 3 marzo 2019", "Oorspronkelijk gepubliceerd op", "Pierwotnie
 * opublikowano", "Впервые опубликовано", "Pertama kali terbit"): its date is the page's published date, and a later one
 * beside it the republication's, read as the update (see `opensWithFirstPublishedLabel`).
 */
export const FIRST_PUBLISHED_LABELS: readonly string[] = [
  "first published",
  "originally published",
  // "Appeared" as the first publication's verb: a magazine's or a blog's piece run again names where it was first
  // printed so ("Zuerst erschienen am", "Paru initialement le", "Apareció originalmente el", "初掲載"). Read as the
  // labels above: the page was first made public then, whatever printed it, so the date is the published one.
  "first appeared",
  "originally appeared",
  "erstmals veröffentlicht",
  "erstmals erschienen",
  "ursprünglich veröffentlicht",
  "ursprünglich erschienen",
  "zuerst erschienen",
  "zuerst veröffentlicht",
  "erstmals publiziert",
  "publié initialement",
  "initialement publié",
  "publié pour la première fois",
  "publié à l'origine",
  "publié à l’origine",
  "paru initialement",
  "initialement paru",
  "publicado originalmente",
  "publicado originariamente",
  "originalmente publicado",
  "publicado por primera vez",
  "publicado inicialmente",
  "apareció originalmente",
  "publicado pela primeira vez",
  "pubblicato originariamente",
  "pubblicato originalmente",
  "originariamente pubblicato",
  "pubblicato per la prima volta",
  "pubblicato inizialmente",
  "apparso originariamente",
  "apparso per la prima volta",
  "oorspronkelijk gepubliceerd",
  "voor het eerst gepubliceerd",
  "pierwotnie opublikowano",
  "po raz pierwszy opublikowano",
  "впервые опубликовано",
  "первоначально опубликовано",
  "pertama kali diterbitkan",
  "pertama kali terbit",
  "首发于",
  "原载于",
  "原載於",
  "首發於",
  "首次发表于",
  "初掲載",
  "初出",
];

/**
 * A republication's label, as a site prints it over a story it runs again ("Republished: March 12, 2026", "Neu
 * veröffentlicht am 12.03.2026", "Republié le 12 mars 2026", "Republicado el 12 de marzo de 2026", "Ripubblicato il 12
 * marzo 2026", "Opnieuw gepubliceerd op", "Ponownie opublikowano", "Повторно опубликовано", "Diterbitkan ulang"):
 * beside an earlier first publication its date is the update (the page's last change), alone it is the only date the
 * page gives, the published one (see `opensWithRepublishedLabel`).
 */
export const REPUBLISHED_LABELS: readonly string[] = [
  "republished",
  "re-published",
  "neu veröffentlicht",
  "erneut veröffentlicht",
  "republié",
  "republicado",
  "ripubblicato",
  "opnieuw gepubliceerd",
  "ponownie opublikowano",
  "повторно опубликовано",
  "перепечатано",
  "diterbitkan ulang",
  "diterbitkan kembali",
  "转载于",
  "転載",
];

/**
 * A date's "published" label ("Published", "Veröffentlicht", "Publié", "Geplaatst", "Gepubliceerd"), in Swedish,
 * Norwegian and Danish ("Publicerad", "Publisert", "Publiceret"), in Russian and Ukrainian, Polish, Czech, Turkish and
 * Indonesian too ("Опубликовано", "Дата публикации", "Opublikowano", "Publikováno", "Yayınlanma", "Diterbitkan").
 */
export const PUBLISHED_LABELS: readonly string[] = [
  // First, so that a label's pattern takes the longer label before "published" or "publicado" alone.
  ...FIRST_PUBLISHED_LABELS,
  ...REPUBLISHED_LABELS,
  "published",
  "posted",
  "veröffentlicht",
  "publié",
  "publicado",
  // The date's noun after its label, as public bodies print it ("Fecha de publicación", "Data de publicação",
  // "Data di pubblicazione", "Date de publication").
  "fecha de publicación",
  "data de publicação",
  "data di pubblicazione",
  "date de publication",
  "pubblicato",
  // A press release's date as press rooms print it over the release ("Pressemitteilung vom 3. Februar 2025",
  // "Communiqué de presse du 3 février 2025").
  "pressemitteilung vom",
  "presseinformation vom",
  "medienmitteilung vom",
  "communiqué de presse du",
  "geplaatst",
  "gepubliceerd",
  ...NORDIC_PUBLISHED_LABELS,
  "опубликовано",
  "дата публикации",
  "опубліковано",
  "opublikowano",
  "publikováno",
  "yayınlanma",
  // Turkish pages print the date's noun after the label ("Yayın Tarihi", date of publication; "Giriş Tarihi", of entry).
  "yayınlanma tarihi",
  "yayın tarihi",
  "giriş tarihi",
  "diterbitkan",
  // Vietnamese ("Ngày đăng: 04/03/2025", date posted; "Đăng ngày 4 tháng 3", posted on; "Đăng lúc 09:15 04/03/2025",
  // posted at) and Persian ("تاریخ انتشار", "زمان انتشار": date, time of publication).
  "ngày đăng",
  "đăng ngày",
  "đăng lúc",
  "تاریخ انتشار",
  "زمان انتشار",
  // Hebrew ("פורסם: 12/03/2026", published).
  "פורסם",
  // German "Erstellt" (created), as news and public sites label the first date beside "Aktualisiert" ("Erstellt:
  // 12.03.2026 um 08:10", "Erstellt am 12.03.2026"); "Erstellt von …" is a byline's (`PUBLISHING_BY_PHRASES`).
  "erstellt",
  // Hindi and Bengali ("प्रकाशित: 14 मार्च 2026", "প্রকাশিত: ১৪ মার্চ ২০২৬", published; Bengali papers print the noun
  // alone too, "প্রকাশ: …", publication), the longer form first.
  "प्रकाशित",
  "প্রকাশিত",
  "প্রকাশ",
];

/** German "Stand" (as of) in lower case: the word of `AS_OF_LABEL`, read bare where a date's label opens a stamp. */
export const AS_OF_WORD = "stand";

/**
 * German "Stand" (as of), as news pages stamp their last change ("Stand: 12.03.2026 14:05 Uhr"), often alone, when it
 * is also the best date the page gives (an update alone stands in for the published date: `publishedOrUpdated`). A
 * pattern's source, read with `UPDATED_LABELS`, not a label of that list: it holds only before a day-first or ISO date
 * ("Stand vom 12.03.2026") or at the end of what is read (a label whose date was cut off). Elsewhere the word is a
 * score's ("Stand: 2:1", Dutch "Stand: 2-1 · 14 maart"), a fair's booth ("Stand B14 · March 14") or English ("Stand Up
 * To Cancer: March 14", "Stand-up night: …").
 */
export const AS_OF_LABEL = String.raw`${AS_OF_WORD}(?=:?\s*(?:vom\s*)?(?:\d{1,2}\.|\d{4}-|$))`;

/**
 * A date's "updated" label: the date after it is the modified date ("Updated", "Mis à jour", "Aggiornato", "Laatst
 * bijgewerkt", "Uppdaterad", "Oppdatert", "Opdateret", "Обновлено", "Оновлено", "Zaktualizowano", "Aktualizováno",
 * "Güncellenme", "Diperbarui"). Help centres and public
 * bodies print the "last updated" form over their pages.
 */
export const UPDATED_LABELS: readonly string[] = [
  "updated",
  "last updated",
  "last modified",
  "modified",
  "aktualisiert",
  "zuletzt aktualisiert",
  "mis à jour",
  "actualizado",
  "fecha de actualización",
  "atualizado",
  "aggiornato",
  "ultimo aggiornamento",
  "bijgewerkt",
  "laatst bijgewerkt",
  "uppdaterad",
  "senast uppdaterad",
  "oppdatert",
  "sist oppdatert",
  "opdateret",
  "обновлено",
  "дата обновления",
  "оновлено",
  "zaktualizowano",
  "aktualizováno",
  "güncellenme",
  "güncellenme tarihi",
  "güncelleme tarihi",
  "son güncelleme",
  "son güncelleme tarihi",
  "diperbarui",
  // Vietnamese ("Cập nhật ngày 5 tháng 3", "Cập nhật lúc 10:20", "Ngày cập nhật: 05/03/2025"; updated on, at, date).
  "cập nhật",
  "cập nhật lúc",
  "ngày cập nhật",
  // Malay ("Dikemaskini: 13 Mac 2026", updated) and Hebrew ("עודכן: 13/03/2026", "עודכן לאחרונה", last updated).
  "dikemaskini",
  "dikemas kini",
  // Malay "Kemas kini" (update), often "Kemas kini terakhir pada …" (last updated on; the longer label first, as a
  // label's pattern takes the first that fits).
  "kemas kini terakhir",
  "kemas kini",
  "עודכן",
  "עודכן לאחרונה",
  // Hindi and Bengali print the English loanword ("अपडेट: 15 मार्च 2026", "আপডেট: ১৫ মার্চ ২০২৬", updated), Hindi its
  // participle too ("अपडेटेड"), the longer form first.
  "अपडेटेड",
  "अपडेट",
  "আপডেট",
];

/** The word between a date's label and the date ("Published on", "Veröffentlicht am", "Publié le", "Atualizado em"). */
export const DATE_LABEL_LINKS: readonly string[] = ["on", "am", "le", "el", "il", "em", "op", "pada"];

/**
 * The word for "at" between a date or a day and its clock time ("03/03/2025 às 14h05", "Today at 14:05", "Heute um
 * 14:05", "Vandaag om 14:05", "Hoy a las 14:05", "Ieri alle 09:30", "Idag kl. 14.05", "Dziś o 14:05", "Сегодня в
 * 14:05", "Bugün saat 14:05"), Portuguese "às" also without its accent, and Italian "ore" (hours).
 */
export const TIME_LINKS: readonly string[] = ["at", "à", "às", "as", "um", "om", "a las", "alle", "ore", "kl\\.?", "o", "в", "о", "saat"];

/** Korean, Japanese and Chinese "published" labels, which have no word edge to test. */
export const CJK_PUBLISHED_LABELS: readonly string[] = ["입력", "公開", "配信", "发布", "發布"];
/** Korean, Japanese and Chinese "updated" labels, likewise. */
export const CJK_UPDATED_LABELS: readonly string[] = ["수정", "更新"];

/**
 * How long ago a page, a teaser or a comment was posted, as a line or a field prints it instead of a date ("3 hours ago",
 * "vor 2 Stunden", "il y a 3 jours", "hace 2 horas", "há 5 dias", "2 giorni fa", "3 uur geleden", "3 часа назад",
 * "3小时前", "3時間前", "3시간 전"): a number and a unit with the words for "ago" around it. It holds no date.
 */
export const RELATIVE_AGES: readonly string[] = [
  "\\d{1,3} (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago",
  "vor \\d{1,3} (?:sekunden|minuten|stunden|tagen|wochen|monaten|jahren)",
  "il y a \\d{1,3} (?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)",
  "hace \\d{1,3} (?:segundos?|minutos?|horas?|días?|semanas?|meses|mes|años?)",
  "há \\d{1,3} (?:segundos?|minutos?|horas?|dias?|semanas?|meses|mês|anos?)",
  "\\d{1,3} (?:secondi|minuti|ore|giorni|settimane|mesi|anni) fa",
  "\\d{1,3} (?:seconden?|minuten?|uur|dagen?|weken?|maanden?|jaar|jaren) geleden",
  "\\d{1,3} (?:секунд[ыу]?|минут[ыу]?|час(?:а|ов)?|день|дн(?:я|ей)|недел[июь]|месяц(?:а|ев)?|год(?:а)?|лет) назад",
  // The languages whose relative days `RELATIVE_DAYS` reads: Czech and Slovak ("před 2 hodinami", "pred 3 dňami"),
  // Polish ("2 godziny temu"), Swedish ("för 2 timmar sedan"), Danish and Norwegian ("for 2 timer siden"), Turkish ("2
  // saat önce").
  "p[řr]ed \\d{1,3} (?:sekundami|minutami|minútami|minutou|minútou|hodinami|hodinou|dny|dnem|dňami|dňom|týdny|týdnem|týždňami|týždňom|měsíci|měsícem|mesiacmi|mesiacom|lety|rokmi|rokem|rokom)",
  "\\d{1,3} (?:sekund[ay]?|minut[ay]?|godzin[ay]?|dni|dzień|tygodni(?:e)?|tydzień|miesiąc(?:e)?|miesięcy|lat(?:a)?|rok) temu",
  "för \\d{1,3} (?:sekunder|minuter|timmar|timme|dagar|dag|veckor|vecka|månader|månad|år) sedan",
  "for \\d{1,3} (?:sekunder|minutter|timer|time|dage|dager|dag|uger|uker|uge|uke|måneder|måned|år) siden",
  "\\d{1,3} (?:saniye|dakika|saat|gün|hafta|ay|yıl) önce",
  // Chinese and Japanese glue the unit and "before" (前) to the number; Korean sets "before" (전) apart or not.
  "\\d{1,3} ?(?:秒|分钟|分鐘|分|小时|小時|時間|天|日|周|週|週間|个月|個月|か月|ヶ月|年)前",
  "\\d{1,3} ?(?:초|분|시간|일|주|개월|달|년) ?전",
];

/**
 * A top bar's words before the date of the day ("Today is Friday, 13 March 2026", "Heute ist Freitag, 13. März 2026",
 * "Nous sommes le vendredi 13 mars 2026", "Hoje é sexta-feira, …", "Vandaag is het vrijdag …", "Сегодня пятница, …",
 * "今天是2026年3月13日"): the date after them is the day the copy was made, which dates the page only where its header
 * prints no date of its own (see round dt94). Each opens the line; the words cost the line nothing as a date line's.
 */
export const TODAY_IS_LABELS: readonly string[] = [
  "today is",
  "heute ist(?: der)?",
  "nous sommes(?: le)?",
  "on est(?: le)?",
  "hoy es",
  "oggi è",
  "hoje é",
  "vandaag is het",
  "het is vandaag",
  "vandaag is",
  "dziś jest",
  "dzisiaj jest",
  "сегодня",
  "сьогодні",
  "idag är(?: det)?",
  "i dag är(?: det)?",
  "i dag er(?: det)?",
  "今天是",
  "今日は",
  "本日は",
];

/**
 * The day a page was posted or updated named relative to today, as a header prints it instead of a date ("Today, 14:05",
 * "Vandaag", "Heute, 14:05 Uhr", "Aujourd'hui à 14h05", "Hoy", "Idag", "Dzisiaj", "Сегодня", "Bugün"): it holds no date
 * without the day the page was read. Words that are also other words ("hier", French yesterday and Dutch or German
 * here) are left out.
 */
export const RELATIVE_DAYS: readonly string[] = [
  "today",
  "yesterday",
  "heute",
  "gestern",
  "aujourd['’]hui",
  "hoy",
  "ayer",
  "hoje",
  "ontem",
  "oggi",
  "ieri",
  "vandaag",
  "gisteren",
  "i ?dag",
  "i ?går",
  "dzisiaj",
  "wczoraj",
  "dnes",
  "včera",
  "сегодня",
  "вчера",
  "сьогодні",
  "вчора",
  "bugün",
  "dün",
];

/**
 * A review's, a fact check's or an expert's word, in the languages `BIO_OPENING` reads ("Reviewed by", "Medical
 * reviewer", "Fact-checked by", "Geprüft von", "Fachexpertin", "Relu par", "Revisado por", "Revisionato da",
 * "Gecontroleerd door", "Expert"): a box under the story holding one is a reviewer's or an expert's, not the writer's,
 * and a reviewer's label under a writer's pair is no other credit's (`closesFootPair` in find-header.ts).
 */
export const REVIEWER_WORD =
  /\b(?:review(?:ed|er)|fact[- ]?check(?:ed|er)?|expert|experte?n?|expertin|geprüft|überprüft|fach(?:expert|ärzt)\p{L}*|relu|vérifié|révisé|relecteur|relectrice|revisad[oa]|revisión|revisão|verificad[oa]|revisionat[oa]|verificat[oa]|esperto|esperta|gecontroleerd|beoordeeld|deskundige)\b/iu;
