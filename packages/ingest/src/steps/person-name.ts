/**
 * Whether a string has a person's name's shape, in one place for the two readers that ask: the byline reader takes a
 * line of names alone before a date (`parseNameLine` in byline.ts) and the header search keeps a name from being taken
 * for the headline (`isPersonName` callers of find-header.ts and find-region.ts). Each adds its own conditions.
 */

import { PLACE_NAMES, ROMANIAN_TOWNS, VIETNAMESE_PROVINCE_SEATS } from "./place-names.table.js";

/**
 * Words that stand in lower case inside a name, between its capitalised words ("Ann van der Berg", "Juan del Río",
 * "Ali bin Said", "Máire Ní Bhraonáin" when set lower): a name's shape allows them, never at its end.
 */
export const NAME_PARTICLES = "van|von|de|der|den|da|di|du|la|le|del|ó|ní|mac|bin|ibn|al";

/**
 * "And" between a person's two family names: Spanish "y", Portuguese "e", Catalan "i" ("José Ortega y Gasset", "Ana
 * Pires e Costa", "Pere Vila i Soler"). A labelled byline's name may hold one; a name no label vouches for may not, as
 * "Cine y Series" is a section's name.
 */
export const FAMILY_NAME_JOINS: readonly string[] = ["y", "e", "i"];

/** Fewest words of a person's name: one word alone is a label or a site's name as often as a pen name. */
const MIN_NAME_WORDS = 2;
/** Most words of a person's name, particles included ("Ada van der Berg"); a longer line is a title or a sentence. */
const MAX_NAME_WORDS = 4;
/**
 * Catalan's middle dot inside a word, between two l's ("Isabel·la", "Marcel·lí", "ISABEL·LA"), as a pattern source: a
 * letter of the name, where any other middle dot parts fields ("Ada Lee·Lyon", "Ada Lee·5 min read").
 */
export const CATALAN_DOT = "(?<=[lL])·(?=[lL])";
/**
 * A word of a name: a capitalised word or an initial, perhaps with an apostrophe, a hyphen or Catalan's middle dot
 * ("O'Neil", "Bo C.", "Lee-Ann", "Isabel·la").
 */
const NAME_WORD = `\\p{Lu}(?:[\\p{L}'’.-]|${CATALAN_DOT})*`;

/**
 * A name of `minWords` to `maxWords` capitalised words or initials, `gap` apart, `particles` between them ("Ada Lee",
 * "Bo C. Chen", "Ann van der Berg"): the one shape every reader of names builds on, each with its own word limits.
 */
export function namePattern(minWords: number, maxWords: number, gap = " ", particles = NAME_PARTICLES): RegExp {
  return new RegExp(`^${NAME_WORD}(?:${gap}(?:${NAME_WORD}|(?:${particles})(?=${gap}))){${minWords - 1},${maxWords - 1}}$`, "u");
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
 * "São Roque", "Puerto Nuevo", where "Puerto" and "Porto" open places with particles too; Spanish and French "new",
 * "Nueva York", "Nouvelle Orléans"; German "Bad", a spa town's, "Bad Homburg"), and words that close one
 * and are nobody's family name ("Harbour City", "Kent County"). Words that are also names are left out: given names
 * ("San", "Santa", "Santo", "West") and family names that are common nouns ("Beach", "Falls", "Springs", "Valley"),
 * which tell a place only in pairs (`SAINT_PLACE`, `PLACE_HEAD_AND_LAND`).
 */
const PLACE_PREFIX =
  /^(?:New|Nueva|Nuevo|Nouvelle|Nouveau|Bad|São|Saint|Sainte|St\.?|Ste\.?|Sankt|Port|Fort|Mount|Mt\.?|Cape|Puerto|Porto)\s/u;
/** Closing words of a place or a region that are nobody's family name ("Kent County", "Bay Area", "Lake District"). */
const PLACE_SUFFIX = /\s(?:City|County|Island|Islands|Heights|Area|Region|District|Province|Township|Peninsula)$/u;
/**
 * A saint's name after "San", "Santa" or "Santo", in the form each takes ("San Marcos", "Santa Clara", "Santo Amaro"): a
 * place named for its saint in Spanish, Italian and Portuguese ("São" opens places alone, see `PLACE_PREFIX`). "San",
 * "Santa" and "Santo" are given names too ("San Nguyen", "Santa Montefiore", "Santo Versace"), so a place is told only
 * by a saint's name that agrees with the word: "San" before a man's name in Spanish or Italian, "Santa" before a
 * woman's, "Santo" before a Portuguese name or a Spanish one opening in "Do" or "To" ("Santo Domingo", "Santo Tomás").
 * Any other pair ("Santo Antonio", where a place is "San Antonio") is a person's name, and so is a third word after
 * the saint's name ("San Pedro Reyes"): a place's name holds no family name.
 */
const SAINT_PLACE = new RegExp(
  "^(?:San\\s(?:Marcos|Marco|Diego|José|Jose|Juan|Antonio|Francisco|Pedro|Pablo|Luis|Miguel|Bernardino|Salvador|Sebastián|" +
    "Rafael|Fernando|Lorenzo|Mateo|Martín|Carlos|Andrés|Felipe|Isidro|Cristóbal|Gabriel|Vicente|Nicolás|Bartolomé|Jacinto|" +
    "Agustín|Joaquín|Jorge|Ramón|Roque|Benito|Blas|Clemente|Giovanni|Giuseppe|Pietro|Paolo|Marino|Remo|Severo|Stefano)" +
    "|Santa\\s(?:Ana|Clara|Cruz|Fe|Rosa|Bárbara|Barbara|Mónica|Monica|Lucía|Lucia|Catalina|Marta|María|Maria|Elena|Isabel|" +
    "Teresa|Inés|Eulalia|Margherita)" +
    "|Santo\\s(?:Domingo|Tomás|André|Amaro|Antônio|António))$",
  "u",
);
/**
 * Common nouns of the land and its trees, and words of direction and size, that open a place's name before a word of
 * the land that is also a family name ("Cedar Falls", "Oak Ridge", "Grand Rapids", "North Beach"): each word alone
 * could stand in a person's name ("Ama Falls", "Sylvia Beach", "West Carter"), the pair only in a place's. Given
 * names among such nouns ("Willow", "River", "Forest", "Glen", "Sandy", "Lake", "Rock") are left out, and so are
 * colours and materials ("Coral", "Golden", "Silver", "Granite"), which are given names or family names as often
 * ("Coral Hill", "Golden Woods"). Such a word opens a paper's name too ("Harbour Post", `PAPER_AFTER_PLACE` in
 * section-names.ts).
 */
export const PLACE_HEAD_BEFORE_LAND =
  "Cedar|Oak|Maple|Pine|Elm|Birch|Spruce|Cypress|Walnut|Chestnut|Hickory|Sycamore|Redwood|Palm|Poplar|Eagle|Elk|Deer|" +
  "Beaver|Buffalo|Mill|Spring|Bay|Harbour|Harbor|Grand|Great|Little|Big|Upper|Lower|" +
  "North|South|East|West|Twin|Prairie|Pleasant|Crescent";
const LAND_WORD =
  "Falls|Springs|Valley|Beach|Creek|Ridge|Grove|Hills|Hill|Lake|Lakes|Bay|Point|Rapids|Bluff|Bluffs|Hollow|Brook|Woods|" +
  "Forest|Harbor|Harbour|Crossing|Junction|Meadows|Landing|Mills|Cove|Canyon|Shores|Glen|Vale|Dale|Heath|Pass";
const PLACE_HEAD_AND_LAND = new RegExp(`^(?:${PLACE_HEAD_BEFORE_LAND})\\s(?:${LAND_WORD})$`, "u");

/** Whether a name-shaped text is a place's name by its opening or closing word (see the patterns above). */
export function isPlaceShaped(text: string): boolean {
  return (
    PLACE_BEFORE_PARTICLE.test(text) ||
    PLACE_PREFIX.test(text) ||
    PLACE_SUFFIX.test(text) ||
    SAINT_PLACE.test(text) ||
    PLACE_HEAD_AND_LAND.test(text)
  );
}

/**
 * Whether a name-shaped text is a place's name: a large city's of two words or more, which no shape tells from a
 * person's ("Hong Kong", "Tel Aviv", "Kuala Lumpur": `PLACE_NAMES`, with local spellings the gazetteer
 * lacks: "Hà Nội"), or one of a place's shape (`isPlaceShaped`). One set lookup on the name alone: every reader of
 * names asks this, per candidate line.
 */
export function isPlaceName(text: string): boolean {
  return PLACE_NAMES.has(text.toLowerCase()) || isPlaceShaped(text);
}

/** A combining mark, which a name decomposed (NFD) sets apart from its letter: a tone's or a vowel's. */
const COMBINING_MARK = /\p{M}/gu;

/**
 * A text's letters without their marks, lower-cased ("Inès" to "ines", "Cần Thơ" to "can tho"): the key of a table of
 * names that a copy may print with their marks or without.
 */
export function markFreeKey(text: string): string {
  return text.normalize("NFD").replace(COMBINING_MARK, "").toLowerCase();
}

/** Vietnam's crossed D in both its forms and the eth a copy prints for it ("Đà Lạt", "Ðà Lạt"): "d" in a key. */
const CROSSED_D = /[ĐđÐð]/gu;
/**
 * A Vietnamese place's name as `VIETNAMESE_PROVINCE_SEATS` keys it: without its marks and its crossed D, lower-cased
 * ("Đà Lạt", "Ðà Lạt", "Da Lat" to "da lat"), as a copy may print it either way.
 */
export function vietnamesePlaceKey(name: string): string {
  return markFreeKey(name).replace(CROSSED_D, "d").normalize("NFC");
}

/**
 * Whether a name is a Vietnamese province's seat (`VIETNAMESE_PROVINCE_SEATS`: "Nha Trang", "Cần Thơ", "Đà Lạt"), with
 * or without its marks: the towns a Vietnamese piece is filed from, most below the floor of `PLACE_NAMES`.
 */
export function isVietnameseProvinceSeat(name: string): boolean {
  return VIETNAMESE_PROVINCE_SEATS.has(vietnamesePlaceKey(name));
}

/**
 * Romanian s and t with a cedilla, which older fonts and the gazetteer print for the comma below ("Neamţ", "Neamț").
 */
const CEDILLA_LETTERS = /[şŞţŢ]/gu;
/** Each cedilla letter's comma-below form. */
const COMMA_BELOW: Readonly<Record<string, string>> = { ş: "ș", Ş: "Ș", ţ: "ț", Ţ: "Ț" };
/** A hyphen between a town's words ("Cluj-Napoca"), which a copy prints as a space as often. */
const HYPHEN = /-/gu;
/**
 * A Romanian or Moldovan town's name as `ROMANIAN_TOWNS` keys it: comma-below letters for cedilla ones, spaces for
 * hyphens, lower-cased ("Piatra Neamţ", "Piatra Neamț" to "piatra neamț"; "Cluj-Napoca" to "cluj napoca").
 */
export function romanianPlaceKey(name: string): string {
  return name
    .normalize("NFC")
    .replace(CEDILLA_LETTERS, (letter) => COMMA_BELOW[letter]!)
    .replace(HYPHEN, " ")
    .toLowerCase();
}

/**
 * Whether a name is a Romanian or Moldovan town's of two words or more (`ROMANIAN_TOWNS`: "Baia Mare", "Târgu Jiu",
 * "Targu Jiu"), with or without its marks: after Romanian "de" ("by", "from") such a town has a writer's shape.
 */
export function isRomanianTown(name: string): boolean {
  return ROMANIAN_TOWNS.has(romanianPlaceKey(name));
}

/**
 * Whether text has a person's name's shape and is not set in capitals (a label such as "PRESS RELEASE"), a place's
 * name or not: where a byline's label vouches for a person ("By Bad Bunny, 3 March 2025"), as no dateline has one.
 */
export function isMixedCaseName(text: string): boolean {
  return PERSON_NAME.test(text) && /\p{Ll}/u.test(text);
}

/**
 * Whether text is a person's name alone ("Ada Lee"), not set in capitals (`isMixedCaseName`) and not a place's name of
 * the same shape ("Costa del Sol", "New York").
 */
export function isPersonName(text: string): boolean {
  return isMixedCaseName(text) && !isPlaceName(text);
}

/** "Mc" before a capital opening a Scottish or Irish family name ("McDONALD"), in a name otherwise in capitals. */
const MC_BEFORE_CAPITAL = /(?<![\p{L}])Mc(?=\p{Lu})/gu;
/** "MC" opening a family name in capitals ("MCDONALD"): written "Mc" before a capital ("McDonald"). */
const MC_OPENING = /^Mc(\p{Ll})/u;
/** A run of letters in a name's word, between its hyphens, apostrophes and initials' dots ("ANNE-MARIE", "O'NEILL"). */
const LETTER_RUN = /\p{L}+/gu;
/**
 * The particles of `NAME_PARTICLES` that a name prints in lower case after a given name ("Ann van der Berg", "Juan de
 * la Cruz", "Ali bin Said"), as whole words in any case. French and Breton articles opening a family name keep their
 * capital ("Anne Le Gall", "Jean La Rue") unless a lower-case particle stands before them ("de la Cruz"); Irish "Mac",
 * "Ó" and "Ní" keep theirs ("Seán Mac Giolla").
 */
const LOWER_PARTICLE = /^(?:van|von|de|der|den|da|di|du|del|bin|ibn|al)$/iu;
/** An article opening a family name, lower after a lower particle only (see `LOWER_PARTICLE`). */
const ARTICLE_PARTICLE = /^(?:le|la)$/iu;

/**
 * Capitals only Turkish and Azerbaijani print ("İ", "Ğ"): such a name is lowered by their rule, "I" to a dotless "ı"
 * and "İ" to "i" ("İPEK YILMAZ" to "İpek Yılmaz"), where the default rule gives "i" and an "i" with a combining dot.
 */
const TURKIC_CAPITALS = /[İĞ]/u;
const TURKIC_LOCALE = "tr";
/** Dutch "IJ" opening a word is one letter, both capitals ("IJSSELSTEIN" to "IJsselstein", not "Ijsselstein"). */
const DUTCH_IJ = /(?<!\p{L})Ij(?=\p{L})/gu;

/**
 * Whether a name-shaped text (`isNameShaped`) is printed wholly in capitals, "Mc" aside ("PAUL FERRIS", "JOHN
 * McDONALD", "ΓΙΩΡΓΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ"): a header's style, not how the person writes the name.
 */
export function isNameInCapitals(text: string): boolean {
  return isNameShaped(text) && !/\p{Ll}/u.test(text.replace(MC_BEFORE_CAPITAL, ""));
}

/**
 * A name printed in capitals written as a reader writes it: each run of letters with its first letter upper and the
 * rest lower ("ANNE-MARIE O'NEILL" to "Anne-Marie O'Neill"; initials "J.R.R." stay), "Mc" before a capital
 * ("McDonald"), and a particle between the first and the last word lower ("JEAN DE LA CRUZ" to "Jean de la Cruz", see
 * `LOWER_PARTICLE`), as Spanish, Portuguese, French, Dutch and German print them after a given name; Italian ("Lia Di
 * Stefano") and English ("Rob De Vere") family names that keep the capital are the cost. Other names come back as
 * printed.
 */
export function nameInReadersCase(name: string): string {
  if (!isNameInCapitals(name)) return name;
  const words = name.split(" ");
  const locale = TURKIC_CAPITALS.test(name) ? TURKIC_LOCALE : undefined;
  let afterLowerParticle = false;
  return words
    .map((word, index) => {
      const inside = index > 0 && index < words.length - 1;
      const lower = inside && (LOWER_PARTICLE.test(word) || (afterLowerParticle && ARTICLE_PARTICLE.test(word)));
      afterLowerParticle = lower;
      if (lower) return word.toLowerCase();
      const cased = word.replace(LETTER_RUN, (run) => run[0]! + run.slice(1).toLocaleLowerCase(locale)).replace(DUTCH_IJ, "IJ");
      return cased.replace(MC_OPENING, (_, letter: string) => `Mc${letter.toUpperCase()}`);
    })
    .join(" ");
}

/**
 * A note in brackets after a name ("Ada Lee (Harbourwatch)", "Jane Roe (Reuters)", "Léa Martin (avec Paul Roy)"): a
 * handle, a credit or a helper, not part of the name. A bracket inside a name stays ("Richard (Rick) Stone").
 */
const BRACKETED_NOTE = /\([^()]*\)\s*$/u;

/** A name without the bracketed note after it (see `BRACKETED_NOTE`), and without the spaces before the note. */
export function withoutBracketedNote(text: string): string {
  // The note's closing bracket is looked for first: most names have none, and the look costs less than the pattern.
  return (text.includes(")") ? text.replace(BRACKETED_NOTE, "") : text).trimEnd();
}
