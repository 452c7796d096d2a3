import type { Author } from "@dateline/schema";
import {
  AUTHOR_NOUNS,
  BY_WORDS,
  BYLINE_PHRASES,
  COLON_AUTHOR_NOUNS,
  COLON_BY_WORDS,
  listMarkPattern,
  NAME_JOIN,
  NORDIC_BY_WORDS,
  PIECE_BY_PHRASES,
  RTL_BYLINE_LABELS,
  TEXT_LABELS,
  WRITER_AND_PICTURES_LABELS,
} from "../steps/byline-labels.js";
import { ABBREVIATED_SUFFIX_AT_END, CJK_LABEL_BEFORE, isAffiliation, namesParts, parseByline } from "../steps/byline.js";
import { creditOnly } from "../steps/caption.js";
import { withoutBracketedNote } from "../steps/person-name.js";
import type { PageFacts } from "./_facts.js";
import { absoluteUrl } from "./_urls.js";

/** Words of a job title or a role line, which a byline often carries after the name. */
const ROLE_WORDS =
  /\b(?:reporter|editor|correspondent|writer|staff|contributor|columnist|journalist|producer|photographer|analyst|author|critic|intern|fellow|chief|senior|deputy|managing|associate|contributing|special|freelance|desk|team|bureau|news(?:room)?|press|wire|updated|published|minutes?|read)\b/i;

/**
 * Labels an HTML byline also opens with ("Story by", "Text by", "Reporting by"). They stay out of the shared list: its
 * plain-text readers were never measured with them, and a plain-text page prints "Reporting by" in closing credits too.
 */
const ELEMENT_BYLINE_PHRASES = ["story by", "text by", "reporting by"];

/**
 * "By", "Written by", "Von", "Geschrieben von", "Par", "Écrit par", "Por", "Door", "بقلم", "מאת" opening a byline, or
 * with its colon "Oleh:" (a given name without it: see `COLON_BY_WORDS`), an author's or a text's noun ("Autor:",
 * "Автор:", "Tekst:", "Auteur :"), which open a heading without it, and the Chinese, Japanese and Korean writers' labels
 * ("作者：", "文：", "글:"), as the text reader reads them with their colon.
 */
const BYLINE_PREFIX = new RegExp(
  String.raw`^(?:(?:${[...BYLINE_PHRASES, ...ELEMENT_BYLINE_PHRASES, ...PIECE_BY_PHRASES, ...BY_WORDS, ...NORDIC_BY_WORDS, ...RTL_BYLINE_LABELS].join("|")})\s*:?\s+|(?:${[...COLON_BY_WORDS, ...AUTHOR_NOUNS, ...COLON_AUTHOR_NOUNS, ...TEXT_LABELS, ...WRITER_AND_PICTURES_LABELS.map(([label]) => label), CJK_LABEL_BEFORE].join("|")})\s*[:：]\s*)`,
  "iu",
);

/**
 * Separators between several names in one byline (or a name and the date after it): punctuation, a middle dot set
 * apart ("Ada Lee · Sam Ray"; an unspaced one is Catalan's, inside a name: "Isabel·la Pons"), or "and" in the
 * languages Dateline reads.
 */
const NAME_SEPARATORS = new RegExp(String.raw`${listMarkPattern("[,;|&]")}|(?<!\s)\s+[·•]\s+|${NAME_JOIN}`, "gu");

/** A name has letters, at most a handful of words and no sentence in it. */
const MAX_NAME_WORDS = 6;

/**
 * Byline text → one name per person: without "By", job titles, "and" or a
 * trailing role ("Jane Roe, Senior Reporter" → "Jane Roe"). `printed`: the text
 * is a byline printed on the page, where the paper or school after the names
 * ends them ("Jane Roe, Valley Post"); a structured author field names people
 * only, and a family name such as "Post" or "Times" is no affiliation there.
 */
export function splitNames(text: string, printed = false): string[] {
  const spaced = text.replace(/\s+/g, " ").trim();
  // A note after the last name may hold an "and" ("(avec Paul Roy et Ana Ruiz)"): drop it before splitting.
  const cleaned = withoutBracketedNote(spaced).replace(BYLINE_PREFIX, "");
  const names: string[] = [];
  for (const [index, { part, listed }] of namesParts(cleaned, NAME_SEPARATORS).entries()) {
    const name = withoutBracketedNote(part)
      .replace(BYLINE_PREFIX, "")
      .replace(/^[-–—·•:\s]+|[-–—·•:\s]+$/g, "");
    // An affiliation after a name ends the names, as in the text reader: "By Ada Lee, Valley Post".
    if (printed && names.length > 0 && isAffiliation(name, listed)) break;
    // A picture's credit in the byline ("Photos: Ada Lee | 4 March 2025") names who took the pictures, not a writer;
    // one joined by "and" to the part before it names the writer who took them too ("Text and photos: Ada Lee").
    const joinedCredit = index > 0 && !listed;
    if (!isName(name) || (!joinedCredit && creditOnly(name)?.labelled)) continue;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** A colon, in Latin or CJK width. */
const LABEL_COLON = /[:：]/u;

export function isName(text: string): boolean {
  if (!/\p{L}/u.test(text) || /\d/.test(text) || /^https?:/i.test(text) || text.includes("@")) return false;
  // A label's colon inside is another field's ("Anna Nowak. Zdjęcia: Piotr Zieliński", "Text: Ada Lee. Photos: Sam Ray").
  if (LABEL_COLON.test(text)) return false;
  const words = text.split(" ");
  if (words.length > MAX_NAME_WORDS) return false;
  // A full stop that closes an initial or a suffix ("Ada B.", "Ada Lee Jr.") ends the name, not a sentence.
  return !ROLE_WORDS.test(text) && !/[.!?]$/.test(text.replace(/\b\p{Lu}\.$/u, "").replace(ABBREVIATED_SUFFIX_AT_END, ""));
}

/**
 * A line that is a byline: short and opening with "By" (or its equivalent), then a name, or words that end no sentence
 * ("By our correspondent in Lyon", "Por la redacción"). A sentence opening with the same words goes on in lower case
 * to a full stop ("Publié par la mairie le 14 juillet.", "Par la suite, le conseil a voté.").
 */
export function isBylineText(text: string): boolean {
  const rest = afterBylineLabel(text);
  return rest !== undefined && (NAME_OPENING.test(rest) || !SENTENCE_END.test(rest));
}

/** A byline line whose label a name follows (see `isBylineText`): the line to read authors from. */
export function isNamedBylineText(text: string): boolean {
  const rest = afterBylineLabel(text);
  return rest !== undefined && NAME_OPENING.test(rest);
}

/** A credit naming the piece before its writer, at a line's start (see `PIECE_BY_PHRASES`). */
const PIECE_BY_PREFIX = new RegExp(String.raw`^(?:${PIECE_BY_PHRASES.join("|")})\s`, "iu");

/** What follows a short line's byline label, or undefined for a line that is no byline. */
function afterBylineLabel(text: string): string | undefined {
  if (text.length > MAX_BYLINE_CHARS) return undefined;
  // The same words open a story's first sentence ("A report by Amnesty International says …"): a line opening with them
  // is a byline only when the text reader finds people named in full after them, or the paragraph would be dropped.
  if (PIECE_BY_PREFIX.test(text) && parseByline(text) === undefined) return undefined;
  const label = BYLINE_PREFIX.exec(text);
  return label ? text.slice(label[0].length) : undefined;
}

/** The first letter of a name: a capital, or a letter of a script without case. */
const NAME_OPENING = /^[\p{Lu}\p{Lt}\p{Lo}]/u;
/** A sentence's closing mark at the end of a line. */
const SENTENCE_END = /[.!?]$/u;

const MAX_BYLINE_CHARS = 120;

/**
 * People named in byline text, each a Person. `printed`: see `splitNames`. A structured field (a meta tag, a JSON-LD
 * name) that holds a whole byline under a label of any language the text reader knows ("Автор: Анна Смирнова",
 * "作者：李明", "글: 김민지") names the people the text reader reads after the label, not the label as a name; a printed
 * line has been read so by its caller already.
 */
export function peopleFrom(text: string, printed = false): Author[] {
  const labelled = printed ? undefined : parseByline(text);
  return labelled ?? splitNames(text, printed).map((name) => ({ type: "Person", name }));
}

/** A JSON-LD author or publisher object (or a bare name) → an Author, or several when one name field holds a list. */
export function authorsFromJsonLd(value: unknown, base: string | undefined): Author[] {
  if (typeof value === "string") return peopleFrom(value);
  if (!value || typeof value !== "object") return [];
  const node = value as Record<string, unknown>;
  const name = typeof node.name === "string" ? node.name : undefined;
  if (!name) return [];
  const types = [node["@type"]].flat().map(String);
  const url = typeof node.url === "string" ? absoluteUrl(node.url, base) : undefined;
  if (types.some((type) => /Organization$|^NewsMediaOrganization$|^Corporation$/.test(type))) {
    const trimmed = name.trim();
    return trimmed ? [{ type: "Organization", name: trimmed, ...(url ? { url } : {}) }] : [];
  }
  const names = splitNames(name);
  // A profile URL belongs to one person only.
  return names.map((one) => ({ type: "Person", name: one, ...(url && names.length === 1 ? { url } : {}) }));
}

/**
 * A source's facts without the people it names that are the site itself (`<meta name="author" content="Harbour
 * Post">`, a JSON-LD Person named as the publisher): many sites fill their author tag with their own name. Names are
 * compared by their letters and figures alone, so that a host's name matches the site's ("harbourpost" and "Harbour
 * Post"). A personal site is named as its writer, so the caller lets such a name stand where no other source names one.
 */
export function withoutSiteAuthors(facts: PageFacts, siteNames: readonly string[]): PageFacts {
  if (!facts.authors) return facts;
  const sites = new Set(siteNames.map(nameLetters));
  return { ...facts, authors: facts.authors.filter((author) => author.type !== "Person" || !sites.has(nameLetters(author.name))) };
}

/** A name's letters and figures, lower-cased: "Harbour Post" and "harbourpost" alike. */
export function nameLetters(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}
