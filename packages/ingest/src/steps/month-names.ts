/**
 * The languages whose month names the date reader knows from ICU (`month-names.table.ts`): those the language detector
 * names (language.ts), and Latin-script languages it does not name (franc-min leaves them out) but whose pages print
 * dates in their own words: Danish, Norwegian and Finnish, Slovak, Slovene, Estonian, Latvian, Lithuanian, Catalan,
 * Basque, Galician and Icelandic ("4. märts 2025", "2025. gada 4. marts", "2025 m. kovo 4 d.", "4 de març de 2025"). The
 * table is written once from Intl rather than built at each start: asking Intl for 50 locales' names costs 180–240 ms.
 */
export const MONTH_LOCALES = [
  "ar",
  "be",
  "bn",
  "bs",
  "bg",
  "cs",
  "zh",
  "de",
  "el",
  "en",
  "fr",
  "gu",
  "ha",
  "hi",
  "hr",
  "hu",
  "ig",
  "id",
  "it",
  "jv",
  "ja",
  "kn",
  "kk",
  "rw",
  "ko",
  "ml",
  "mr",
  "my",
  "nl",
  "pa",
  "fa",
  "ms",
  "pl",
  "pt",
  "ro",
  "ru",
  "si",
  "so",
  "es",
  "sr",
  "su",
  "sv",
  "sw",
  "ta",
  "te",
  "tl",
  "th",
  "tr",
  "uk",
  "ur",
  "vi",
  "yo",
  "zu",
  "da",
  "nb",
  "fi",
  "sk",
  "sl",
  "et",
  "lv",
  "lt",
  "ca",
  "eu",
  "gl",
  "is",
];
/**
 * A month's name in Latin letters shorter than this is read only in the languages of `SHORT_NAME_LOCALES`: short
 * names of other languages are everyday words of some language elsewhere (Malay "Mac" for March beside the computer,
 * Kinyarwanda "Mata" for April beside Malay "mata", points), and a page in any language would read "Top 10 Mac 2025"
 * as a date.
 */
export const SHORT_NAME_LENGTH = 5;
/**
 * The languages whose short Latin month names ("mai", "juni", "mars", "août", "ekim", Catalan "març", Lithuanian "kovo")
 * are read on every page.
 */
export const SHORT_NAME_LOCALES = [
  "ca",
  "cs",
  "da",
  "de",
  "en",
  "es",
  "fi",
  "fr",
  "hr",
  "hu",
  "it",
  "lt",
  "nb",
  "nl",
  "pl",
  "pt",
  "ro",
  "sv",
  "tr",
];
export { DOTTED_MONTH_ABBREVIATIONS, INTL_MONTH_NAMES, TABLE_ICU } from "./month-names.table.js";
