import type { Figure } from "@dateline/schema";
import { CJK_WIRE_SERVICES, NATIONAL_WIRES, PHOTO_AGENCIES, WIRE_INITIALS, WIRE_SERVICES } from "./agencies.js";
import { isPublicationName } from "./section-names.js";
import { isPersonName } from "./person-name.js";
import { spacePieceCount } from "./word-count.js";

/**
 * Fewest words of a line set apart between a story's paragraphs, ending no sentence, that reads as a picture's caption
 * rather than a section's heading: a caption describes its picture, a heading is shorter.
 */
export const MIN_BODY_CAPTION_WORDS = 11;

/**
 * Picture captions. The picture is gone from a copied page, but its caption
 * stays as a line of its own, often with a credit and sometimes twice (the
 * image's alt text, then the visible caption: the seed's lead image).
 */

/**
 * The words a credit label opens with ("Photo", "Photograph", "Bild"), and the word for a photo in the other scripts'
 * languages Dateline reads ("Фото", "צילום", "تصوير", "عکس", "Φωτογραφία", "Fotoğraf", Hindi "फोटो" with or without its
 * nukta, "तस्वीर"), and in the Latin-script languages that sign with a word of their own: Catalan and Portuguese
 * "Fotografia", Hungarian "Fotó", Finnish "Kuva", Indonesian "Gambar", Polish "Zdjęcie", Swahili "Picha", Tagalog
 * "Larawan", Vietnamese "Ảnh" (not in "ảnh hưởng", influence, which opens headings and points), and Thai "ภาพ"; as a
 * pattern's source.
 */
const CREDIT_LABEL_WORDS =
  "(?:photo(?:graph)?|picture|pic|image|credit|illustration|foto|bild|fotografía|fotografia|fotó|kuva|gambar|zdjęcie|picha|larawan|ảnh(?!\\s+hưởng)|imagen|crédit|crédito|фото|צילום|تصوير|صورة|عکس|φωτογραφία|fotoğraf|फोटो|फ़ोटो|तस्वीर|ภาพ)";
/**
 * A credit label and its colon, ASCII or full-width as a page in Chinese or Japanese sets it: "Photo:", "Bild:",
 * "Foto：", with the word for "credit" or Hindi's for "courtesy" after it ("Photo credit:", "फोटो साभार:").
 */
const CREDIT_LABEL = String.raw`${CREDIT_LABEL_WORDS}s?(?:\s+(?:credit|साभार))?\s*[:：]`;
/**
 * A credit label's word anywhere in a line, with `LABELLED_CREDIT`'s flags: a line without one holds no labelled credit.
 * Looked for before that pattern, whose look back before every position of a line with a colon cost several times as
 * much (most lines with a colon are titles and labels, not credits).
 */
const CREDIT_LABEL_WORD = new RegExp(CREDIT_LABEL_WORDS, "iu");

/**
 * "… (Photo: X)", "… Photograph: X", "… Credit: X", "Image: X" at the end of a caption. After "in" or "en" the label
 * opens a gallery's title ("In pictures: the last herring boats", "En images : …"), not a credit. After a letter or a
 * vowel sign the label's word ends a longer word, as Thai, written without spaces, sets "ภาพ" inside its words.
 */
const LABELLED_CREDIT = new RegExp(String.raw`(?<![\p{L}\p{M}])(?<!\b(?:in|en)\s)${CREDIT_LABEL}\s*([^()[\]]{2,80}?)\s*[)\]]?\s*$`, "iu");
/**
 * How far from the end of a line a credit can start: a label, its colon or its "by" and at most 80 characters of name,
 * or a few names joined by slashes. Only that tail is searched: each credit pattern opens with a run of separators or
 * spaces that could start anywhere, and tried at every position of a long line it went over the rest of the line from
 * each (quadratic in the line's length).
 */
const CREDIT_REACH = 120;

/**
 * One to four capitalised words, as in a name or an agency. Words must be
 * parted by a space: were it optional, a run of capitals could be cut into
 * words in countless ways, and a near miss would take the engine minutes.
 */
const NAME_WORDS = String.raw`[\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){0,3}`;

/** Most names a slashed credit joins ("jdoe/iStock/Getty Images"). */
const MAX_SLASHED_PARTS = 4;

/**
 * Abbreviated titles of three letters or more that open a photographer's name ("Prof. Ada Lee/Reuters", "Sen. …"):
 * their stop ends no sentence.
 */
const TITLE_ABBREVIATIONS = [
  "Capt",
  "Col",
  "Gen",
  "Gov",
  "Hon",
  "Maj",
  "Mlle",
  "Mme",
  "Mrs",
  "Prof",
  "Rep",
  "Rev",
  "Sen",
  "Sgt",
  "Sra",
  "Srta",
  "Ste",
];
/**
 * A capitalised word of three letters or more ending its sentence ("Madrid." of "Fans cheer in Madrid. Tom
 * Okafor/Reuters"): the caption's last word, where an unbracketed credit cannot start; an initial's stop ("J.") or a
 * title's ("Prof.") may.
 */
const SENTENCE_CLOSING_WORD = String.raw`(?!(?:${TITLE_ABBREVIATIONS.join("|")})\.)\p{Lu}\p{L}{2,}\.\s`;
/**
 * A name after a credit's slash, perhaps with the library that carries the agency's picture ("AFP via Getty Images"):
 * "via" is in lower case, so the engine has one way to part the names.
 */
const CARRIED_NAME = String.raw`${NAME_WORDS}(?:\svia\s${NAME_WORDS})?`;
/** What parts the names of a slashed credit: the slash, or "via" before the library carrying the picture. */
const CREDIT_NAME_JOIN = /\s?\/\s?|\svia\s/u;

/** "… X/Getty Images", "… Jane Doe/Reuters", "… AP Photo/Jane Doe", "… Jane Doe/AFP via Getty Images": an agency credit after a slash. */
const AGENCY_CREDIT = new RegExp(String.raw`[\s.,;:|–—-]+(?!${SENTENCE_CLOSING_WORD})(${NAME_WORDS}\s?\/\s?${CARRIED_NAME})\s*$`, "u");

/** "… Photo by Ana Ruiz", "… Photograph by X/Agency". */
const BY_CREDIT = /[\s,;:|–—-]+[([]?\s*(?:photo(?:graph)?|picture|image|illustration|video|foto)s?\s+by\s+([^()[\]]{2,80}?)\s*[)\]]?\s*$/iu;

/**
 * "… (Tom Okafor)", "… (AP)": a name alone in brackets at the end of a caption, or names joined by slashes, as agencies
 * sharing a picture and a photographer with an agency sign it ("… (AP/ANP)", "… (Tom Okafor/Reuters)", "… (Tom
 * Okafor/AFP via Getty Images)"), or a handout's source with the agency that carried it ("… (Harbour Police via AP)").
 * The slash is no word's character, so the engine has one way to part the names.
 */
const BRACKETED_NAME = new RegExp(String.raw`\s+\((${CARRIED_NAME}(?:\s?\/\s?${CARRIED_NAME}){0,${MAX_SLASHED_PARTS - 1}})\s?\)$`, "u");

/** A capital after a small letter: "TideKit", "PierCam", as products and handles are spelt, not names or agencies. */
const CAMEL_CASE = /\p{Ll}\p{Lu}/u;

/**
 * Wire and photo agencies that sign a picture in capitals alone ("… (AP)", "… (EPA)", "… (REUTERS)", "… (XINHUA)"): the
 * only credits in brackets set all in capitals. Any other such token is an acronym, a ticker or a code ("(WHO)",
 * "(EU-US)", "(ABC-DEFG)"). Agencies that share a picture join their names with a hyphen or a slash ("(EPA-EFE)",
 * "(AP/ANP)"), and a name may be followed by the word for a photo ("(AFP PHOTO)"). Every agency agencies.ts knows.
 */
const AGENCY_NAMES_IN_CAPITALS: ReadonlySet<string> = new Set(
  [...WIRE_SERVICES, ...NATIONAL_WIRES, ...WIRE_INITIALS, ...PHOTO_AGENCIES].map((name) => name.toUpperCase()),
);
/**
 * Picture desks and libraries that sign pictures beside the agencies above, in any case ("Pool", "iStock", "Alamy"):
 * with them, the names a slashed credit may hold (see `signedByAgency`).
 */
const PICTURE_DESK_IN_CAPITALS = /^(?:POOL|ISTOCK|SHUTTERSTOCK|ALAMY|ZUMA|NURPHOTO|SOPA|DEPOSITPHOTOS|DREAMSTIME|UNSPLASH|PEXELS)$/u;
/** What joins agencies sharing a credit, and the word for a photo after an agency's name (see above). */
const AGENCY_JOINER = /\s*[-/]\s*/u;
const PHOTO_AFTER_AGENCY = /\s+(?:PHOTO|PHOTOS|FOTO|IMAGES)$/u;
const LOWER_CASE_LETTER = /\p{Ll}/u;

/** Whether one name of a credit is an agency's or a picture desk's, in any case ("Reuters", "Getty Images", "AP Photo"). */
function isAgencyName(name: string): boolean {
  const key = name.trim().toUpperCase().replace(PHOTO_AFTER_AGENCY, "");
  return AGENCY_NAMES_IN_CAPITALS.has(key) || PICTURE_DESK_IN_CAPITALS.test(key);
}

/**
 * Whether a line ends on an agency's or a picture desk's name with no separator before it ("… at dawn Getty Images",
 * "… am Hafen Foto ANP"): a caption whose credit the copy ran on, as a heading or a standfirst never ends. The last two
 * words are found from the line's end (a pattern anchored only there would retry from every character).
 */
export function endsOnAgencyName(text: string): boolean {
  const trimmed = text.trimEnd().replace(/\s/gu, " ");
  const lastSpace = trimmed.lastIndexOf(" ");
  if (isAgencyName(trimmed.slice(lastSpace + 1))) return true;
  if (lastSpace < 0) return false;
  const spaceBefore = trimmed.lastIndexOf(" ", lastSpace - 1);
  return isAgencyName(trimmed.slice(spaceBefore + 1));
}

/**
 * Whether names joined by slashes sign a picture: an agency or a picture desk among them ("Tom Okafor/Reuters",
 * "Getty/AFP", "AP Photo/Jane Doe"), or a photographer and the paper they shoot for ("Ada Lee / The Harbour Times").
 * Other capitalised names so joined are pairs of places, teams or products ("Dallas/Fort Worth", "Real
 * Madrid/Atlético", "Windows/Mac OS").
 */
function signedByAgency(names: string): boolean {
  const parts = names.split(CREDIT_NAME_JOIN).map((part) => part.trim());
  return parts.some(isAgencyName) || (parts.length === 2 && isPersonName(parts[0]!) && isPublicationName(parts[1]!));
}

/** A line opening with the word for a picture, as a whole word ("Image caption", "Photo illustration", "Foto de archivo"). */
const OPENS_WITH_PICTURE_WORD = new RegExp(`^${CREDIT_LABEL_WORDS}s?(?!\\p{L})`, "iu");

/**
 * Whether a short line is a picture's furniture, not text: an agency's or a picture desk's name alone ("Reuters", "getty
 * images"), or a label opening with the word for a picture ("Image caption", "Photo illustration"), as a copy leaves
 * them where the picture stood.
 */
export function isPictureFurniture(text: string): boolean {
  return isAgencyName(text) || OPENS_WITH_PICTURE_WORD.test(text);
}

/** Whether a token in capitals names agencies alone (see `AGENCY_NAMES_IN_CAPITALS`). */
function isAgencyInCapitals(word: string): boolean {
  return word
    .replace(PHOTO_AFTER_AGENCY, "")
    .split(AGENCY_JOINER)
    .every((part) => AGENCY_NAMES_IN_CAPITALS.has(part));
}

/**
 * Words naming what a story is or holds, which a headline ends with in brackets ("Storm hits the old quay (Video)",
 * "Sturm über dem Kai (Fotos)", "Tempête sur le quai (Photos)", "Temporal en el muelle (Vídeo)", "Fährstreik (Update)",
 * "Forty years at sea (Interview)"): a medium, a gallery, a live page or a form of writing, in the languages news is
 * written in. Such a word in brackets names no one who took a picture, as a credit's name does ("… (Tom Okafor)").
 */
const STORY_KIND_WORDS: ReadonlySet<string> = new Set([
  // A medium or a gallery.
  ..."video videos vídeo vídeos vidéo vidéos wideo photos foto fotos foto's bilder galerie bildergalerie fotostrecke fotogalerie galería galeria galleria gallery fotogallery diaporama zdjęcia audio áudio ljud podcast".split(
    " ",
  ),
  // A live or an updated page.
  ..."live direct directo direto diretta update updated aktualisiert actualizado aktualizacja".split(" "),
  // A form of writing.
  ..."interview intervista entrevista entretien intervju wywiad rozhovor kommentar comment commentaire comentario commento opinion opinión analysis analyse análisis analisi análise analiza review kritik critique crítica recensione recensie quiz".split(
    " ",
  ),
  // A poll. Not a map's, a chart's or a single photo's word ("(Map)", "(Grafik)", "(Karte)", "(Photo)"): a caption
  // names the picture it is under so ("The route of the new ferry line (Map)").
  ..."poll umfrage sondage encuesta sondaggio sondagem peiling".split(" "),
]);

/**
 * Whether a bracketed word or two name no one: a word naming the story's kind ("(Video)", "(Fotos)"; see
 * `STORY_KIND_WORDS`), a product or handle in camel case, an abbreviation spelling the
 * capitalised words before it ("Harbour Relay Controller (HRC)"), or a token in capitals that is no agency's initials
 * (an acronym, a ticker or a code: "(WHO)", "(EU-US)"), or names joined by slashes that no agency signs (see
 * `signedByAgency`: "(Dallas/Fort Worth)"). A credit's name has small letters ("Tom Okafor", "Reuters").
 */
function isBracketedTerm(before: string, word: string): boolean {
  if (!LOWER_CASE_LETTER.test(word)) return !isAgencyInCapitals(word);
  // Names joined by slashes or "via" are a credit when an agency signs among them, a pair of terms or places otherwise.
  if (word.includes("/") || word.includes(" via ")) return !signedByAgency(word);
  if (word.includes(" ")) return false;
  if (CAMEL_CASE.test(word) || STORY_KIND_WORDS.has(word.toLowerCase())) return true;
  const initials = before
    .split(" ")
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
  return word.length >= 2 && initials.endsWith(word);
}

/**
 * "… © Yann Le Goff", "… (© Reuters)", "… ©iStock": a credit after the copyright sign, as many sites in Europe sign
 * their pictures. The pattern opens with the sign, so it is tried only where one stands.
 */
const COPYRIGHT_CREDIT = /\s\(?©\s?([^()[\]©]{2,80}?)\s*\)?$/u;

/** The year a copyright notice may give before its holder ("© 2026 Ada Lee"). */
const YEAR_BEFORE_HOLDER = /^\d{4}\s+/u;
/** What ends the first word of a copyright's holder: a space, or the comma or slash before the next name. */
const HOLDER_WORD_END = /[\s,/]/u;

/**
 * Whether what follows the copyright sign, after the year it may give, names who holds it: it opens with a word holding
 * a capital, as a name, a studio or a library does ("Yann Le Goff", "Harbour Times", "iStock", "Ada Lee/Harbour
 * Pictures, NY"), or is an agency in any case ("dpa"). The sign before words in lower case ("Why the © sign matters", "the ©
 * symbol on every can") is the sign talked about, not a credit.
 */
function namesCopyrightHolder(name: string): boolean {
  const holder = name.replace(YEAR_BEFORE_HOLDER, "");
  return isCapitalisedWord(holder.split(HOLDER_WORD_END, 1)[0]!) || isAgencyName(holder);
}

/**
 * The labels a Chinese, Japanese or Korean picture's credit opens with, as a pattern's source: the word for a photo or
 * a picture ("写真", "照片", "图片", "圖", "사진"), for the picture's source ("图片来源", "圖片來源") or giver ("写真提供",
 * "사진제공", "사진 제공": supplied by) or for "photographed by" ("摄影", "攝影", "撮影").
 */
const CJK_PICTURE_LABEL = "(?:写真(?:提供)?|照片|图片(?:来源)?|圖片(?:來源)?|图|圖|사진(?: ?제공)?|摄影|攝影|撮影)";

/**
 * A photographer's credit in brackets at the end of a Chinese, Japanese or Korean caption, in full-width or ASCII
 * brackets: the name before the word for "photographed" ("（山田太郎撮影）", "（记者 李华 摄）") or after the word for a photo
 * and a mark ("(사진=김민수 기자)", "（图／新华社）"); the giver's name before the words for "supplied the picture"
 * ("（读者供图）") or, short and with no "由" (by), before "supplied" alone ("（讀者提供）", "（警方提供）": a note on a
 * figure's source names it after "由", "（数据由交通局提供）"); a file picture ("（资料图）", "（資料照）"). The pattern opens with a bracket
 * and holds no other, so it is tried only where one stands.
 */
const CJK_CREDIT = new RegExp(
  String.raw`[（(]([^（）()]{1,60}?(?:撮影|摄|攝|供图|供圖)|[^（）()由]{1,6}提供|${CJK_PICTURE_LABEL}\s?[=＝：:／/][^（）()]{1,60}?|资料图片?|資料圖片?|资料照片?|資料照片?)\s?[）)]$`,
  "u",
);

/**
 * "… (foto Ada Rossi)", "… (fot. Jan Nowak)", "… Fot. Jan Nowak": the word for a photo without a colon before the name,
 * as Italian and Polish captions sign. In brackets, or after Polish and Czech "fot." whose dot marks the label, where a
 * caption's sentence ends or its credit is set apart ("wygrał fot. Jan Wrona" runs on in a sentence); "foto" alone
 * before capitalised words opens a title as often ("Foto Finish"). The name's capitals are told with the case
 * kept, so the label's first letter is given both ways.
 */
const UNCOLONED_CREDIT = new RegExp(String.raw`(?:(?:^|(?<=[.!?(|·•–—]\s?))[Ff]ot\.|\(\s?[Ff]oto(?!\p{L}))\s*(${NAME_WORDS})\s?\)?$`, "u");

/**
 * "… 사진=박솔 기자", "… 사진 박솔 기자", "… 사진=해안뉴스": a Korean caption's credit without brackets, the word for a
 * photo then a mark and the photographer or agency, or a space and a reporter's name and role.
 */
const KOREAN_CREDIT = /(?<![\p{Script=Hangul}·・/])사진(?:\s?[=＝:：]\s?|\s(?=\p{Script=Hangul}{2,4}\s?기자$))([^=＝:：()（）]{1,40})$/u;

/** A Korean byline's label for the writer ("글 이지은 기자", "글·사진=이지은 기자"): the line is a byline, not a caption. */
const KOREAN_WRITER_LABEL = /^글(?:\s|[·・/=])/u;

/**
 * "… (Courtesy of the Harbour Museum)", "… (Photo courtesy Ada Lee)", "… (Cortesía de la familia)", "… (Per gentile
 * concessione di …)": a picture lent by its owner, credited in brackets at the caption's end. "Courtesy" alone needs its
 * "of" ("a courtesy call" is no credit), unless the word for a photo opens the credit, and a capital as a credit opens:
 * in lower case it is a story's aside ("Free coffee on every crossing (courtesy of the ferry line)", "(cortesía de la
 * casa)", on the house).
 */
const COURTESY_CREDIT =
  /\(\s*(?:(?:[Pp]hoto|[Pp]icture|[Ii]mage|[Ff]oto)\s+courtesy(?:\s+of)?|Courtesy\s+of|Cortes[ií]a\s+de|[Pp]er gentile concessione di)\s([^()[\]]{2,80}?)\s?\)$/u;
/** The word a courtesy credit needs, in the languages `COURTESY_CREDIT` reads. */
const COURTESY_WORD = /courtesy|cortes[ií]a|concessione/iu;

/**
 * Fewest Japanese characters of a picture's description before its "＝" tail: a shorter head is a label of a notice or
 * a table ("日時＝5月3日", "速さ＝距離÷時間", "投票率＝52.3％"), not a description.
 */
const MIN_JAPANESE_CAPTION_HEAD = 6;
/** Most characters of a Japanese caption's tail after its date, or of its photographer's name before "撮影". */
const MAX_JAPANESE_CAPTION_TAIL = 36;
/**
 * What a Japanese caption's tail after "＝" opens with or is (`JAPANESE_CAPTION_TAIL`): a date ("14日", "2024年8月",
 * full-width figures too), the paper's helicopter or plane ("本社ヘリから"), or a wire alone, in capitals or the region's
 * names, perhaps with the Japanese wire that relays it ("共同", "ロイター", "ＡＦＰ時事").
 */
const JAPANESE_CAPTION_TAIL_OPENING = "[0-9０-９]{1,4}[年月日]|本社(?:ヘリ|機)";
/** A wire alone as a Japanese caption's tail (see `JAPANESE_CAPTION_TAIL_OPENING`). */
const JAPANESE_CAPTION_WIRE = `(?:[A-ZＡ-Ｚ]{2,4}|${CJK_WIRE_SERVICES.join("|")})(?:時事|共同)?`;
/**
 * "…＝14日", "…＝共同", "…＝14日、北岸壁（共同）", "…＝山田太郎撮影": a Japanese caption's tail after the full-width
 * equals sign, which the press sets between a picture's description and when, where and by whom it was taken. The
 * sign stands after a description of Japanese words, and the tail is a date and a place, a wire or a photographer: a
 * headline's second clause or source ("日経平均、続落＝米株安を嫌気", "…＝英国防省"), a sub-heading ("政府＝慎重姿勢崩さず")
 * or a listing ("第1部＝基調講演") has the same sign before other words. The tail holds no sentence's end, no second
 * "＝" and no lenticular bracket: a correspondent's dateline ("【ロンドン＝山田太郎】") or a paragraph it opens ends otherwise.
 */
const JAPANESE_CAPTION_TAIL = new RegExp(
  String.raw`(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{${MIN_JAPANESE_CAPTION_HEAD}})＝((?:${JAPANESE_CAPTION_TAIL_OPENING})[^＝。！？【】]{0,${MAX_JAPANESE_CAPTION_TAIL}}|${JAPANESE_CAPTION_WIRE}|[^＝。！？【】]{1,${MAX_JAPANESE_CAPTION_TAIL}}撮影)$`,
  "u",
);
/** A dateline's opening bracket at a line's start ("（ワシントン＝共同）", "【ロンドン＝山田太郎】"): no caption's. */
const OPENS_WITH_DATELINE_BRACKET = /^[（(【]/u;

/** The word `BY_CREDIT` needs between spaces. */
const SPACED_BY = / by /i;
/** The abbreviation or word `UNCOLONED_CREDIT` needs ("fot.", "foto"). */
const PHOTO_WORD_START = /fot[.o]/iu;

/**
 * Credit forms, each with a cheap test for the character or word it needs,
 * which keeps the patterns off most lines. The tests' patterns are constants: a pattern written inside an arrow is a
 * new object at each call (a megabyte a run of the 1,000-page batch for these two).
 */
const CREDIT_FORMS: Array<{ needs: (text: string) => boolean; pattern: RegExp }> = [
  { needs: (text) => (text.includes(":") || text.includes("：")) && CREDIT_LABEL_WORD.test(text), pattern: LABELLED_CREDIT },
  { needs: (text) => SPACED_BY.test(text), pattern: BY_CREDIT },
  // Before a name alone in brackets, which would keep the label in "(Foto Ansa)".
  { needs: (text) => PHOTO_WORD_START.test(text), pattern: UNCOLONED_CREDIT },
  { needs: (text) => text.endsWith(")"), pattern: BRACKETED_NAME },
  { needs: (text) => text.endsWith(")") && COURTESY_WORD.test(text), pattern: COURTESY_CREDIT },
  { needs: (text) => text.includes("/"), pattern: AGENCY_CREDIT },
  { needs: (text) => text.includes("©"), pattern: COPYRIGHT_CREDIT },
  { needs: (text) => text.endsWith("）") || text.endsWith(")"), pattern: CJK_CREDIT },
  { needs: (text) => text.includes("사진") && !KOREAN_WRITER_LABEL.test(text), pattern: KOREAN_CREDIT },
  { needs: (text) => text.includes("＝") && !OPENS_WITH_DATELINE_BRACKET.test(text), pattern: JAPANESE_CAPTION_TAIL },
];

/** Characters that separate a caption from its credit: "… | (Photo: X)", "… – Jane Doe/Reuters". */
const SEPARATORS = new Set([..." \t,;:|–—-"]);

/**
 * A caption without the separators, and the opening bracket, that stood
 * between it and its credit. Read backwards: LABELLED_CREDIT starts at its
 * label rather than at the separators, which could be empty and would have
 * made the engine try every position of the line.
 */
function trimSeparators(text: string): string {
  let end = text.length;
  while (end > 0 && SEPARATORS.has(text[end - 1]!)) end--;
  if (end > 0 && (text[end - 1] === "(" || text[end - 1] === "[" || text[end - 1] === "（")) end--;
  while (end > 0 && SEPARATORS.has(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/**
 * A credit label of two words or a compound and its colon, in the languages Dateline reads ("Bildquelle:",
 * "Bildnachweis:", "Crédit photo :", "Crédito de la imagen:", "Crédito da imagem:", "Credito foto:", "Fotocredit:",
 * Dutch "Beeld:", Arabic's word for a picture with its article, "الصورة:"), as a pattern's source: the label
 * `CREDIT_LABEL` reads puts the picture's word first. Arabic's is here, read only at a line's start, as "الصورة" (the
 * picture) opens headings and sentences and ends a clause before a colon ("إن الصورة: واضحة").
 */
const COMPOUND_CREDIT_LABEL = String.raw`(?:bildquelle|bildnachweis|fotonachweis|fotoquelle|crédits? photos?|cr[ée]dito de (?:la )?(?:imagen|foto)|crédito da (?:imagem|foto)|credit[oi] fotografic[oi]|credito foto|fotocredits?|beeld|الصورة)\s*:`;
/**
 * A licence in brackets closing a credit ("(CC BY-SA 4.0)", "(CC0)", "(public domain)", "(gemeinfrei)"), as a pattern's
 * source: a Creative Commons licence's code or the public domain, in the languages Dateline reads.
 */
const LICENCE = String.raw`\s*\((?:cc[ -]?(?:by|0|zero)[\w .-]{0,20}|public domain|gemeinfrei|domaine public|dominio p[úu]blico|pubblico dominio|dom[íi]nio p[úu]blico|publiek domein)\)`;
/**
 * Dutch "Beeld:" at the start of a line, a label that also opens a line of prose ("Beeld: een somber toekomstbeeld",
 * picture: a bleak outlook): its credit then opens with a capital, a name's or an agency's ("Beeld: ANP").
 */
const PICTURE_LABEL_OPENING = /^[([]?beeld\s*:/iu;

/** "Photo: Jane Doe", "(Bild: X)", "Photo by Jane Doe": a credit label and a name, and nothing before them. */
const LABELLED_CREDIT_ONLY = new RegExp(
  String.raw`^[([]?(?:${CREDIT_LABEL}|${COMPOUND_CREDIT_LABEL}|(?:photo(?:graph)?|picture|image|illustration|foto)s?\s+by:?)\s*([^()[\]:]{2,60}?)(?:${LICENCE})?\s*[)\]]?$`,
  "iu",
);
/**
 * A Chinese, Japanese or Korean credit alone with only a space after its label: a wire's short name ("图 新华社") or a
 * Korean reporter's name and role ("사진 김민수 기자"). Not two or three Han characters alone, even after the word for
 * "photographed by": those are a topic as often ("摄影 技巧", photography tips; "撮影 現場", the shooting set).
 */
const CJK_SPACED_CREDIT_ONLY = new RegExp(
  String.raw`^${CJK_PICTURE_LABEL}\s(${CJK_WIRE_SERVICES.join("|")}|\p{Script=Hangul}{2,4}\s?기자)$`,
  "u",
);
/**
 * A Chinese, Japanese or Korean credit alone under its picture: the word for a photo, for "photographed by" or for the
 * picture's source, then a colon, an equals sign or a slash, ASCII or full-width, and a name or an agency ("写真：共同通信",
 * "摄影：本报记者 李华", "图片来源：新华社", "사진: 연합뉴스", "사진=뉴시스", "圖／記者林小明攝"). The name is short and holds no
 * sentence's mark or comma: after the same label a line that runs on in clauses is a sentence of the story.
 */
const CJK_CREDIT_ONLY = new RegExp(
  String.raw`^[（(]?${CJK_PICTURE_LABEL}\s?[:：=＝/／]\s?([^()[\]（）:：=＝，、。！？,.!?]{1,24}?)\s?[）)]?$`,
  "u",
);

/**
 * A Chinese picture's giver alone under it: the word for a picture, "由" (by), the giver and "提供" (supplied), "图片由港口
 * 基金会提供", "(照片由受访者提供)". Only the whole line: the same words inside a sentence ("展览中的图片由居民提供，共有…")
 * are the story's.
 */
const GIVEN_PICTURE_CREDIT_ONLY = /^[（(]?(?:图片|圖片|照片)由([^()[\]（）:：，、。！？,.!?]{1,20}?)提供[）)]?$/u;

/**
 * A graphic's or a drawing's credit label and its colon, in the languages Dateline reads ("Grafik:", "Infographic:",
 * "Infographie :", "Infografía:", "Grafiek:", "Ilustración:"). Not among the picture words above: a title opens with
 * these words as often ("Graphic novels …", "Grafik-Designer …"), so a line is a credit only when names alone follow the
 * colon (see `graphicCreditOnly`).
 */
const GRAPHIC_CREDIT_LABEL =
  /^[([]?(?:(?:info)?(?:graphics?|grafik|graphique|gr[aá]fico|grafica|grafiek|grafika)|infographie|infograf[ií]a|illustratie|ilustraci[oó]n|illustrazione|ilustra[cç][aã]o)\s?:\s*/iu;
/**
 * Words a title sets in capitals but no name or agency holds ("Infographic: How Ferries Work", "Grafik: Wie Die Fähre
 * Fährt"): articles, question words and prepositions that are no name's particle ("De", "La", "Van" are).
 */
const TITLE_CASE_FUNCTION_WORD =
  /(?:^|\s)(?:A|An|The|Of|For|To|In|On|At|With|From|How|What|Why|When|Where|Who|Your|Our|Die|Das|Und|Wie|Was|Warum|Les|Comment|Pourquoi|Los|Las|Cómo|Qué|Por|Para|Il|Gli|Come|Perché|Het|Een|Hoe|Waarom|Os|As|Como)(?=\s|$)/u;
/** What joins the names of a graphic's credit: a slash, a comma or "and" ("Jonas Weber / dpa", "Ada Lee, Tom Hale"). */
const GRAPHIC_CREDIT_NAME_JOIN = /\s?[/,]\s?|\s(?:and|und|et|y|e|en)\s/u;

/**
 * "Grafik: Jonas Weber / dpa": a graphic's label, then only names and agencies (see `GRAPHIC_CREDIT_LABEL`), each name
 * of two words at least: one word alone after the label is a topic ("Graphic: Brexit"), no agency a credit names.
 */
function graphicCreditNames(text: string): { credit: string; names: string[] } | undefined {
  const label = GRAPHIC_CREDIT_LABEL.exec(text);
  if (!label) return undefined;
  const credit = text
    .slice(label[0].length)
    .replace(/[)\]]$/u, "")
    .trim();
  const names = credit.split(GRAPHIC_CREDIT_NAME_JOIN).map((name) => name.trim());
  if (names.length > MAX_SLASHED_PARTS || TITLE_CASE_FUNCTION_WORD.test(credit)) return undefined;
  if (!names.every((name) => isAgencyName(name) || (name.includes(" ") && isCreditName(name)))) return undefined;
  return { credit, names };
}

/** The credit of a graphic's credit line alone (see `graphicCreditNames`). */
function graphicCreditOnly(text: string): string | undefined {
  return graphicCreditNames(text)?.credit;
}

/** Whether a line is a graphic's credit alone ("Grafik: Jonas Weber / dpa", "Infographie : Claire Morel"; see `graphicCreditNames`). */
export function isGraphicCredit(text: string): boolean {
  return text.includes(":") && graphicCreditOnly(text) !== undefined;
}

/**
 * Whether a line is a graphic's credit of one name alone, no agency and no second name ("Infographie : Claire Morel"):
 * the shape of a title after a graphic's label too ("Grafik: Wahlergebnis Nordfriesland", "Infographic: Island Ferry
 * Costs Explained"), which only the line's place tells apart: right over a byline or a date it is the title.
 */
export function isOneNameGraphicCredit(text: string): boolean {
  if (!text.includes(":")) return false;
  const names = graphicCreditNames(text)?.names;
  return names?.length === 1 && !isAgencyName(names[0]!);
}

/** A handle that may open a slashed credit: "jdoe", "photo_desk2". */
const HANDLE = /^[\p{Ll}\d][\p{L}\d_.-]*$/u;
/** A word of a name or an agency: letters (and name punctuation) with a capital among them. */
const CAPITALISED_WORD = /^\p{L}[\p{L}'’.&-]*$/u;
/** A capital letter anywhere in a text. */
export const HAS_CAPITAL = /\p{Lu}/u;

function isCreditName(part: string): boolean {
  const words = part.split(" ");
  return words.length <= 4 && words.every(isCapitalisedWord);
}

/** A word of a credit's name. A function made once, not an arrow at each call (see `packedBlockEnd`). */
function isCapitalisedWord(word: string): boolean {
  return CAPITALISED_WORD.test(word) && HAS_CAPITAL.test(word);
}

/**
 * "Jane Doe/Reuters", "(jdoe/iStock/Getty Images)": names and agencies joined
 * by slashes, and nothing else. Every word but a lone handle at the start has a
 * capital, which keeps out "mm/dd/yy" and "read/write access". Checked part by
 * part: one pattern for the whole line backtracks for minutes on a long line
 * of capitals that almost fits.
 */
function slashedCredit(text: string): string | undefined {
  const inner = text.startsWith("(") && text.endsWith(")") ? text.slice(1, -1) : text;
  const parts = inner.split("/").map((part) => part.trim());
  if (parts.length < 2 || parts.length > MAX_SLASHED_PARTS) return undefined;
  const [first, ...rest] = parts;
  if (!(HANDLE.test(first!) || isCreditName(first!)) || !rest.every(isCreditName)) return undefined;
  return inner.trim();
}

/** Whether a credit opens with a capital letter, perhaps after a quotation mark ("Marco Rinaldi", "“Marco Rinaldi”"). */
function startsUpper(credit: string): boolean {
  const first = credit.replace(/^["“„«‘']/u, "").charAt(0);
  return first !== first.toLowerCase();
}

/**
 * The word for "by" joining a picture's word to its maker without a colon, as a pattern's source: Indonesian and Malay
 * "oleh", Swahili "na" after "Picha" only (in Polish and Portuguese "na" is "on" or "at"), and Thai "โดย", set with or
 * without a space after the picture's word. The word must be in lower case (see `uncolonedCreditOnly`). Italian "di",
 * German "von", Dutch "van" and "de" are left: a photo "of" a person or a place ("Foto di Papa Francesco", "Foto di
 * Piazza Navona", "Foto von Jonas Weidlich") is as common there.
 */
const PICTURE_MAKER_JOIN = String.raw`\s+(?:oleh|(?<=picha\s)na)|\s?โดย`;
/**
 * A credit label's word, perhaps with its "by" (`PICTURE_MAKER_JOIN`), or Polish and Czech "Fot.", with no colon before
 * the rest of a line ("Photo AFP", "Foto oleh Budi Santoso"). Not in brackets: "(photo AFP)" alone is what a copy left
 * of a caption's trailing credit, with no picture's words to carry.
 */
const UNCOLONED_LABEL_ONLY = new RegExp(
  String.raw`^(?:(fot\.)|${CREDIT_LABEL_WORDS}s?(${PICTURE_MAKER_JOIN})?)\s+([^()[\]:]{2,60}?)$`,
  "iu",
);
/** A Thai name of one to three words, which no capital marks: what "ภาพโดย" (picture by) signs. */
const THAI_NAME = /^\p{Script=Thai}+(?:\s\p{Script=Thai}+){0,2}$/u;
/** A line of one to four capitalised words and nothing else (`NAME_WORDS`). */
const NAME_WORDS_ONLY = new RegExp(`^${NAME_WORDS}$`, "u");

/** A sentence's closing mark at a line's end. */
const SENTENCE_CLOSE = /[.!?…]$/u;
/**
 * Whether Polish "Fot." labels a picture's description ("Fot. Stary prom przy nabrzeżu w sobotę"), as "Foto:" does in
 * other languages: the label and the description each open with a capital, and the line closes no sentence. A
 * sentence that opens with the abbreviation ("Fot. 1–4 pokazują prom przed remontem.") or runs on in lower case is
 * the story's.
 */
function labelsDescription(fot: string, rest: string): boolean {
  return HAS_CAPITAL.test(fot[0]!) && HAS_CAPITAL.test(rest[0]!) && !SENTENCE_CLOSE.test(rest);
}

/**
 * The credit of a line that is a label without its colon and a credit alone, set apart under a caption or where the
 * picture stood: an agency or picture desk ("Photo AFP", "Foto Reuters", "Bild dpa"), names joined by a slash ("Foto
 * Anna Weber/Stadt"), or after "Fot.", whose dot marks the label, a name ("Fot. Anna Nowak", "fot. Jan Wrona /
 * Agencja"), or after a picture's word and its "by" in lower case (`PICTURE_MAKER_JOIN`), a person's name of two words
 * or more ("Foto oleh Budi Santoso") or a Thai one (`THAI_NAME`). A picture's word before a name alone stays undecided,
 * in every language: it opens titles ("Photo Finish Line", "Gambar Besar Ekonomi") and names the person pictured
 * ("Фото Владимира Путина") as often.
 */
function uncolonedCreditOnly(text: string): string | undefined {
  const found = text.match(UNCOLONED_LABEL_ONLY);
  if (!found) return undefined;
  const [fot, join, credit] = [found[1], found[2], found[3]!];
  if (isAgencyName(credit) || (credit.includes("/") && slashedCredit(credit))) return credit;
  if (fot !== undefined) return NAME_WORDS_ONLY.test(credit) || labelsDescription(fot, credit) ? credit : undefined;
  // A "by" in capitals is a title's word ("Foto Oleh Warga Jadi Bukti"), not a credit's.
  if (join === undefined || join !== join.toLowerCase()) return undefined;
  if (join.endsWith("โดย")) return THAI_NAME.test(credit) ? credit : undefined;
  return credit.includes(" ") && isPersonName(credit) ? credit : undefined;
}

/** Longest line that can be a credit alone; the checks before the patterns keep them off prose. */
const MAX_CREDIT_LINE = 80;

export interface CreditLine {
  credit: string;
  /** Said to be a credit by a label ("Photo:", "Photo by"), not only by its shape. */
  labelled: boolean;
}

/**
 * A line that is nothing but a credit, set under a picture whose caption is
 * missing or stands on the line before; undefined for any other line.
 */
export function creditOnly(text: string): CreditLine | undefined {
  if (text.length > MAX_CREDIT_LINE) return undefined;
  const labelled = text.match(LABELLED_CREDIT_ONLY);
  if (labelled && !(PICTURE_LABEL_OPENING.test(text) && !startsUpper(labelled[1]!))) return { credit: labelled[1]!, labelled: true };
  const cjk = CJK_CREDIT_ONLY.exec(text) ?? CJK_SPACED_CREDIT_ONLY.exec(text) ?? GIVEN_PICTURE_CREDIT_ONLY.exec(text);
  if (cjk) return { credit: cjk[1]!, labelled: true };
  const uncoloned = uncolonedCreditOnly(text);
  if (uncoloned) return { credit: uncoloned, labelled: true };
  const graphic = text.includes(":") ? graphicCreditOnly(text) : undefined;
  if (graphic) return { credit: graphic, labelled: true };
  // A slashed credit has two words at least ("Jane Doe/AP"); "TCP/IP" or "and/or" alone are not credits.
  const slashed = text.includes("/") && text.includes(" ") ? slashedCredit(text) : undefined;
  return slashed ? { credit: slashed, labelled: false } : undefined;
}

/** Where a line stands against blank lines: what `creditSignsLineUnder` reads. */
interface Spacing {
  blankAfter: boolean;
}

/**
 * Whether a credit line set apart from the line over it by a blank is packed over the line under it: the credit then
 * heads that line, its caption ("Foto: Ada Lee" / "Passengers board the ferry"), and leaves the line over it alone.
 */
export function creditSignsLineUnder(over: Spacing, credit: Spacing, under: unknown): boolean {
  return over.blankAfter && !credit.blankAfter && under !== undefined;
}

export function splitCredit(text: string): Figure {
  // A credit alone is the whole caption: splitting it would leave a label or half a name as the caption.
  return creditOnly(text) ? { caption: text } : splitTrailingCredit(text);
}

function unclosedBracket(text: string): boolean {
  let open = 0;
  for (let i = text.indexOf("("); i !== -1 && i < text.length; i++) {
    if (text[i] === "(") open++;
    else if (text[i] === ")") open--;
  }
  return open > 0;
}

/** A caption and the credit at its end, if it has one. */
export function splitTrailingCredit(text: string): Figure {
  // The tail keeps one character before the reach, for the patterns' look back at the start of a word.
  const from = text.length > CREDIT_REACH + 1 ? text.length - CREDIT_REACH - 1 : 0;
  for (const { needs, pattern } of CREDIT_FORMS) {
    if (!needs(text)) continue;
    const match = (from > 0 ? text.slice(from) : text).match(pattern);
    if (!match || match.index === undefined || match.index + from === 0) continue;
    const caption = trimSeparators(text.slice(0, match.index + from));
    if (pattern === BRACKETED_NAME && isBracketedTerm(caption, match[1]!)) continue;
    if (pattern === COPYRIGHT_CREDIT && !namesCopyrightHolder(match[1]!.trim())) continue;
    // A bracket left open means the credit closes a note that spans the line ("(All pictures: X)"), not a caption.
    if (unclosedBracket(caption)) continue;
    if (caption) return { caption, credit: match[1]!.trim() };
  }
  return { caption: text };
}

/** Longest credit sentence closing a caption ("Photo: Ada Fenwick/Harbour Archive."), with its full stop. */
const MAX_CLOSING_CREDIT_LENGTH = 64;
/**
 * Most words of a caption closed by a credit sentence: a picture's description runs to a sentence or two (the dev sets'
 * run to 27 words); a longer paragraph ending so is the story's, its picture's credit run into it.
 */
const MAX_CREDITED_CAPTION_WORDS = 40;
/** A sentence's end before a closing credit: its mark and the space after it, searched for from `lastIndex`. */
const SENTENCE_BREAK = /[.!?] /g;
/** Characters of such a break: the mark and its space. */
const SENTENCE_BREAK_LENGTH = 2;

/**
 * Where the last sentence of `text` ends: the index of the last ".", "!" or "?" with a space after it, at `from` or
 * later; -1 if none. A search from `from` on the line itself lets a line with no such mark go at one scan, where three
 * searches back for each mark, on a copy of the reach, cost four times as much (a micro run over the 50 MB bench page's
 * paragraphs, which hold none).
 */
function lastSentenceBreak(text: string, from: number): number {
  let cut = -1;
  SENTENCE_BREAK.lastIndex = from;
  // Each break is a mark and a space, which is no mark: no two overlap, so each search goes on after the last.
  while (SENTENCE_BREAK.test(text)) cut = SENTENCE_BREAK.lastIndex - SENTENCE_BREAK_LENGTH;
  return cut;
}

/** Most words of the credit's names: a photographer's and an agency's or an archive's. */
const MAX_CLOSING_CREDIT_WORDS = 6;
/** What opens a credit's name word: a capital or a figure. */
const CAPITAL_OR_FIGURE_FIRST = /^[\p{Lu}\p{N}]/u;
/**
 * A word a credit's names may hold in lower case between capitalised ones ("Ada de Vries", "Tom Reddick via Harbour
 * Archive").
 */
const CREDIT_SMALL_WORD = /^(?:via|of|the|and|de|du|des|da|do|dos|das|del|della|di|van|von|der|den|la|le|und|et|e|y)$/u;
/** A word of figures alone, a step's or a figure's number ("Image: Step 2."), which no name holds. */
const FIGURES_ONLY = /^\p{N}+$/u;
/**
 * A bare "Credit:" label, with no picture's word before it: closing a story's sentence it credits a recipe, an idea or a
 * list as often as a picture ("The trick came from my grandmother. Credit: Nonna Rosa.", "Crédit : Mamie Jeanne.").
 */
const BARE_CREDIT_LABEL = /^[([]?(?:credit|crédit|crédito)s?\s*:/iu;

/**
 * A caption set as a paragraph whose last sentence is a labelled credit, full stop and all: "The pier after the storm.
 * Photo: Ada Fenwick.", "Der Anleger nach dem Sturm. Foto: Jonas Brenner.", "Le quai après la tempête. Photo : Claire
 * Roux.", "El muelle tras el temporal. Foto: Marta Gil.", "… Photograph by Ada Fenwick.". The credit's names, six words
 * at most, hold only capitalised words and a name's small words ("Photo: see below.", "Foto: eigene Aufnahme." are
 * no names) and no number alone ("Image: Step 2."), the label names a picture (not a bare "Credit:"), and a sentence
 * stands before it, forty words at most. Undefined for any other line.
 */
export function closingCredit(text: string): Figure | undefined {
  // Cheap tests first, which keep the credit's patterns off most lines: a full stop closing the line, and a sentence's
  // end within a credit's reach of it.
  if (!text.endsWith(".")) return undefined;
  // Only the credit's reach is searched: a paragraph's earlier sentences cannot hold the cut.
  const cut = lastSentenceBreak(text, Math.max(0, text.length - MAX_CLOSING_CREDIT_LENGTH));
  if (cut < 0) return undefined;
  const sentence = text.slice(cut + SENTENCE_BREAK_LENGTH, -1);
  const found = creditOnly(sentence);
  if (!found?.labelled || BARE_CREDIT_LABEL.test(sentence)) return undefined;
  const names = found.credit.split(" ");
  if (names.length > MAX_CLOSING_CREDIT_WORDS || names.some((word) => FIGURES_ONLY.test(word))) return undefined;
  if (!names.every((word) => CAPITAL_OR_FIGURE_FIRST.test(word) || CREDIT_SMALL_WORD.test(word))) return undefined;
  const caption = text.slice(0, cut + 1);
  const words = spacePieceCount(caption);
  return words <= MAX_CREDITED_CAPTION_WORDS ? { caption, credit: found.credit } : undefined;
}

/** Whether the line ends in a credit, which makes it a caption whatever else it looks like. */
export function hasCredit(text: string): boolean {
  return creditOnly(text) !== undefined || splitTrailingCredit(text).credit !== undefined;
}

/**
 * The labels a broadcaster's page sets for screen readers before a picture's source and its caption, joined to them by a
 * comma a sighted reader never sees ("Image source, Harbour Pictures", "Image caption, The pier at dawn"), as the
 * world-service sites of one broadcaster print them in their languages (English, Spanish, French, Portuguese, Russian,
 * Turkish, Indonesian, Vietnamese, Serbian, Hausa) and as other sites' hidden labels read in German, Italian, Dutch and
 * Polish. Read from the lower-cased line's opening; the bare "Crédito" (Portuguese for credit, and a heading's word:
 * "Crédito, juros e dívida") only over a caption's label. What follows the label opens with a capital or a figure.
 */
const PICTURE_SOURCE_LABEL =
  /^(?:image source|picture source|video source|fuente de la imagen|crédit photo|crédito da imagem|fonte da imagem|fonte (?:dell')?immagine|beeldbron|źródło zdjęcia|автор фото|источник фото|fotoğraf kaynağı|sumber gambar|nguồn hình ảnh|izvor fotografije|autor fotografije|asalin hoton), /u;
/**
 * Labels that count only in a pair, a source's over a caption's: the bare "Crédito,", and German's, whose nouns take a
 * capital in a sentence's list too ("Bildunterschrift, Titel und Vorspann wählt die Redaktion aus, …", "Bildquelle, Text
 * und Ton müssen angegeben werden").
 */
const WEAK_PICTURE_SOURCE_LABEL = /^(?:crédito|bildquelle), /u;
const WEAK_PICTURE_CAPTION_LABEL = /^(?:bildunterschrift|bildbeschreibung), /u;
const PICTURE_CAPTION_LABEL =
  /^(?:image caption|media caption|video caption|picture caption|pie de foto|légende image|légende de la photo|legenda da foto|legenda da imagem|didascalia|bijschrift|podpis zdjęcia|подпись к фото|fotoğraf altı yazısı|keterangan gambar|chụp lại hình ảnh|potpis ispod fotografije|bayanan hoto), /u;
/**
 * Most words of a picture's source after its label ("Getty Images", "Harbour Pictures / Reuters"): a name, not a
 * sentence ("Image source, Licensing and storage costs have tripled since 2019, the director said.").
 */
const MAX_PICTURE_SOURCE_WORDS = 8;
/** What opens a picture's source or caption after the label: a capital, a figure or a quotation mark. */
const OPENS_UPPER_OR_DIGIT = /^[\p{Lu}\p{N}"“„«'‘]/u;
/** Longest such label with its comma and space: a pre-check on the comma's place keeps the patterns off most lines. */
const MAX_PICTURE_LABEL_LENGTH = 26;

/** A picture's labelled source or caption (see `PICTURE_SOURCE_LABEL`): which of the two, and the text after the label. */
export interface PictureLabel {
  kind: "source" | "caption";
  text: string;
}

/**
 * Whether a line in lower case (`lower`, with its text `text`) is a picture's source or caption under a screen reader's
 * label and comma (see `PICTURE_SOURCE_LABEL`), and what follows the label; `nextLower`, the line under it, lets a weak
 * source's label ("Crédito,", "Bildquelle,") count over a caption's label, and `underSource` a weak caption's label
 * under a source's. Undefined for any other line, a label with nothing after it, or a source that reads as a sentence.
 */
export function pictureLabel(text: string, lower: string, nextLower: string | undefined, underSource = false): PictureLabel | undefined {
  const comma = lower.indexOf(", ");
  if (comma < 4 || comma + 2 > MAX_PICTURE_LABEL_LENGTH) return undefined;
  const rest = text.slice(comma + 2).trim();
  // A source or a caption opens as a name or a sentence does; "Pie de foto, titular y entradilla son …" runs on in lower case.
  if (!OPENS_UPPER_OR_DIGIT.test(rest)) return undefined;
  if (PICTURE_CAPTION_LABEL.test(lower) || (underSource && WEAK_PICTURE_CAPTION_LABEL.test(lower))) return { kind: "caption", text: rest };
  if (!isSourceName(rest)) return undefined;
  if (PICTURE_SOURCE_LABEL.test(lower)) return { kind: "source", text: rest };
  if (
    WEAK_PICTURE_SOURCE_LABEL.test(lower) &&
    nextLower !== undefined &&
    (PICTURE_CAPTION_LABEL.test(nextLower) || WEAK_PICTURE_CAPTION_LABEL.test(nextLower))
  )
    return { kind: "source", text: rest };
  return undefined;
}

/** Whether a picture's source after its label reads as a name (see `MAX_PICTURE_SOURCE_WORDS`), not a sentence. */
function isSourceName(rest: string): boolean {
  return !/[.!?]$/u.test(rest) && spacePieceCount(rest) <= MAX_PICTURE_SOURCE_WORDS;
}

/**
 * A slideshow's counter alone on its line, as a copy keeps it over a slide's caption: "1 of 6", "2 / 12", "Bild 1 von 6",
 * "Photo 3 sur 8", "Foto 1 de 6", "Imagem 2 de 9", "Immagine 1 di 6", "Foto 1 van 6", "Zdjęcie 1 z 6", "Фото 1 из 6". Spaced: "14/14" under
 * a work's "Chapters:" or a score is no slide's. Read from the lower-cased line; its numbers are checked by
 * `isSlideCounter`.
 */
const SLIDE_COUNTER_LINE =
  /^(?:(?:photo|image|picture|slide|bild|foto|fotografía|imagen|imagem|immagine|diapositive|diapositiva|afbeelding|zdjęcie|slajd|фото|слайд)\s)?(\d{1,3}) (?:\/|of|von|sur|de|di|van|z|из) (\d{1,3})$/u;
/** Most characters of such a line ("Fotografía 12 de 40"): a cheap test before the pattern. */
const MAX_SLIDE_COUNTER_LENGTH = 22;

/** Whether a lower-cased line is a slideshow's counter alone (see `SLIDE_COUNTER_LINE`): a slide of two or more, counted from 1. */
export function isSlideCounter(lower: string): boolean {
  if (lower.length > MAX_SLIDE_COUNTER_LENGTH) return false;
  const last = lower.charCodeAt(lower.length - 1);
  if (last < 48 || last > 57) return false;
  const counted = SLIDE_COUNTER_LINE.exec(lower);
  if (!counted) return false;
  const [slide, slides] = [Number(counted[1]), Number(counted[2])];
  return slide >= 1 && slides >= 2 && slide <= slides;
}
