import { describe, expect, it } from "vitest";
import { namesBeforeDate, namesOverRole, parseByline } from "./byline.js";
import { isNameShaped, isPersonName, isPlaceName } from "./person-name.js";

describe("a person's name's shape", () => {
  it("takes two to four capitalised words or initials, particles between them", () => {
    for (const name of ["Ada Lee", "Bo C. Chen", "Lee-Ann O'Neil", "Ann van der Berg", "Juan del Río", "Ali ibn Said"])
      expect(isPersonName(name), name).toBe(true);
  });

  it("refuses one word, five words, a particle at the end and a lower-case word", () => {
    for (const text of ["Ada", "Ada Lee Bo Chen Cy", "Ann van", "How tides work", "Ada Lee wrote"])
      expect(isNameShaped(text), text).toBe(false);
  });

  it("refuses a place's name of a name's shape, particles and all, and keeps people's names with the same particles", () => {
    for (const place of ["Costa del Faro", "Rio de Prata", "Playa del Cielo", "Île de Brume", "Monte di Sopra", "Villa de Leiva"])
      expect(isPersonName(place), place).toBe(false);
    for (const place of ["New Harbour", "Puerto Nuevo", "Sankt Anna", "Port Elwyn", "Kestrel County", "Cedar Heights"])
      expect(isPersonName(place), place).toBe(false);
    // Spanish and French "new" and a German spa town's "Bad", before a place's word: no given name is spelt so.
    for (const place of ["Nueva Brisa", "Nuevo Molino", "Nouvelle Rive", "Nouveau Port", "Bad Kestrel"])
      expect(isPersonName(place), place).toBe(false);
    for (const name of ["Nova Lee", "Badr Said", "Bade Okafor"]) expect(isPersonName(name), name).toBe(true);
    for (const name of ["Ann van der Berg", "Luis de la Cruz", "Juan del Río", "Maria da Silva", "Ali ibn Said", "Sierra de Vries"])
      expect(isPersonName(name), name).toBe(true);
  });

  it("refuses a saint's town, a pair of land words and a region, and keeps people's names with one such word", () => {
    for (const place of [
      "San Marcos",
      "Santa Cruz",
      "Santo Domingo",
      "San Giovanni",
      "Cedar Falls",
      "Pine Bluff",
      "North Beach",
      "Bay Area",
      "Veneto Region",
    ])
      expect(isPersonName(place), place).toBe(false);
    for (const name of ["San Nguyen", "Santa Montefiore", "Ama Falls", "Rosa Valley", "Lake Bell", "West Carter", "Faith Hill"])
      expect(isPersonName(name), name).toBe(true);
    // Long lines of the lists' words and of spaces: each pattern is anchored or tried once per space, so linear.
    for (const text of [`${"San ".repeat(25_000)}x`, `Cedar ${" ".repeat(100_000)}Falls!`, `${"Bay Area ".repeat(12_000)}x`])
      expect(isPlaceName(text), text.slice(0, 12)).toBe(false);
  });

  it("keeps names whose words also open or close places: given names and family names that are common nouns", () => {
    for (const name of ["Sylvia Beach", "Santa Montefiore", "Santo Versace", "San Nguyen", "West Carter", "Ama Falls", "Rosa Valley"])
      expect(isPersonName(name), name).toBe(true);
  });

  it("counts a name set in capitals as name-shaped, but not as a person's name alone", () => {
    expect(isNameShaped("PRESS RELEASE")).toBe(true);
    expect(isPersonName("PRESS RELEASE")).toBe(false);
  });

  it("gives the byline reader the same names as the header search, particles included", () => {
    for (const name of ["Ann van der Berg", "Ali ibn Said", "Juan del Río"]) {
      expect(isPersonName(name), name).toBe(true);
      expect(namesOverRole(`${name}, Staff Writer`, undefined), name).toEqual([{ type: "Person", name }]);
    }
  });

  it("reads a labelled byline's name with the same particles, and never takes the label for a given name", () => {
    for (const name of ["Ali ibn Said", "Ann van der Berg"]) expect(parseByline(`By ${name}`), name).toEqual([{ type: "Person", name }]);
    expect(namesBeforeDate("By Ali ibn Said 4 March 2025")).toBeUndefined();
    expect(namesBeforeDate("Par Ali ibn Said 4 mars 2025")).toBeUndefined();
  });
});
