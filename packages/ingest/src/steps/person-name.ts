/**
 * Whether a string has a person's name's shape, in one place for the two readers that ask: the byline reader takes a
 * line of names alone before a date (`parseNameLine` in byline.ts) and the header search keeps a name from being taken
 * for the headline (`isPersonName` callers of find-header.ts and find-region.ts). Each adds its own conditions.
 */

/**
 * Words that stand in lower case inside a name, between its capitalised words ("Ann van der Berg", "Juan del Río",
 * "Ali bin Said", "Máire Ní Bhraonáin" when set lower): a name's shape allows them, never at its end.
 */
export const NAME_PARTICLES = "van|von|de|der|den|da|di|du|la|le|del|ó|ní|mac|bin|ibn|al";

/** Fewest words of a person's name: one word alone is a label or a site's name as often as a pen name. */
const MIN_NAME_WORDS = 2;
/** Most words of a person's name, particles included ("Ada van der Berg"); a longer line is a title or a sentence. */
const MAX_NAME_WORDS = 4;
/** A word of a name: a capitalised word or an initial, perhaps with an apostrophe or a hyphen ("O'Neil", "Bo C.", "Lee-Ann"). */
const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";

/**
 * A name of `minWords` to `maxWords` capitalised words or initials, `gap` apart, particles between them ("Ada Lee",
 * "Bo C. Chen", "Ann van der Berg"): the one shape every reader of names builds on, each with its own word limits.
 */
export function namePattern(minWords: number, maxWords: number, gap = " "): RegExp {
  return new RegExp(`^${NAME_WORD}(?:${gap}(?:${NAME_WORD}|(?:${NAME_PARTICLES})(?=${gap}))){${minWords - 1},${maxWords - 1}}$`, "u");
}

/** A person's name alone, as the header search and a line of names before a date read it: one space apart. */
const PERSON_NAME = namePattern(MIN_NAME_WORDS, MAX_NAME_WORDS);

/** Whether text has a person's name's shape (see `PERSON_NAME`), in any case: a name in capitals counts too. */
export function isNameShaped(text: string): boolean {
  return PERSON_NAME.test(text);
}

/**
 * Nouns of the land and of settlements that open a place's name before a particle ("Costa del Sol", "Rio de Janeiro",
 * "Playa del Carmen", "Île de Ré", "Monte di Procida"), in the languages whose particles `NAME_PARTICLES` holds. None is
 * a given name, which is what opens a person's name before a particle ("Juan del Río", "Luis de la Cruz"); words that are
 * both ("Sierra", "Isla", "Mar") are left out.
 */
const PLACE_NOUN_BEFORE_PARTICLE =
  "costa|rio|río|playa|praia|ciudad|cidade|città|villa|vila|ville|monte|mont|cabo|cap|lago|lac|" +
  "val|valle|vale|bahía|baía|punta|ponta|isola|ilha|île|castillo|castelo|castello|château|bois|pont|torre|cerro|campo";
const PLACE_BEFORE_PARTICLE = new RegExp(`^(?:${PLACE_NOUN_BEFORE_PARTICLE})\\s+(?:${NAME_PARTICLES})\\s`, "iu");
/**
 * Words that open a place's name in English and the languages near it and never a person's ("New York", "Port Elwyn",
 * "São Roque", "Puerto Nuevo", where "Puerto" and "Porto" open places with particles too), and words that close one
 * and are nobody's family name ("Harbour City", "Kent County"). Words that are also names are left out: given names
 * ("San", "Santa", "Santo", "West") and family names that are common nouns ("Beach", "Falls", "Springs", "Valley").
 */
const PLACE_PREFIX = /^(?:New|São|Saint|Sainte|St\.?|Ste\.?|Sankt|Port|Fort|Mount|Mt\.?|Cape|Puerto|Porto)\s/u;
const PLACE_SUFFIX = /\s(?:City|County|Island|Islands|Heights)$/u;

/** Whether a name-shaped text is a place's name by its opening or closing word (see the three patterns above). */
export function isPlaceName(text: string): boolean {
  return PLACE_BEFORE_PARTICLE.test(text) || PLACE_PREFIX.test(text) || PLACE_SUFFIX.test(text);
}

/**
 * Whether text is a person's name alone ("Ada Lee"), not set in capitals (a label such as "PRESS RELEASE") and not a
 * place's name of the same shape ("Costa del Sol", "New York").
 */
export function isPersonName(text: string): boolean {
  return PERSON_NAME.test(text) && /\p{Ll}/u.test(text) && !isPlaceName(text);
}
