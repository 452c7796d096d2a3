import { describe, expect, it } from "vitest";
import { CJK_WIRE_SERVICES, NATIONAL_WIRES, PHOTO_AGENCIES, WIRE_INITIALS, WIRE_SERVICES } from "./agencies.js";
import { parseByline, parseMetaLine, peopleOfDatedByline } from "./byline.js";
import { fromText } from "../from-text.js";
import { splitCredit } from "./caption.js";

const organization = (name: string) => [{ type: "Organization", name }];
const CAPTION = "Boats in the bay at dawn";

describe("agencies: one list for every reader", () => {
  it("knows a wire service wherever an agency signs: a byline's author, after a date line, a caption's credit", () => {
    for (const name of WIRE_SERVICES) {
      expect(parseByline(`By Ada Lee, ${name}`), name).toEqual([{ type: "Person", name: "Ada Lee" }, organization(name)[0]]);
      expect(parseByline(`By ${name}`), name).toEqual(organization(name));
      expect(parseByline(`4 March 2025 (${name})`), name).toEqual(organization(name));
      expect(splitCredit(`${CAPTION} (${name})`), name).toEqual({ caption: CAPTION, credit: name });
    }
    // In capitals a hyphen joins two agencies sharing a picture ("EPA-EFE"), so a hyphenated name is read as it signs.
    for (const capitals of WIRE_SERVICES.filter((wire) => !wire.includes("-")).map((wire) => wire.toUpperCase()))
      expect(splitCredit(`${CAPTION} (${capitals})`), capitals).toEqual({ caption: CAPTION, credit: capitals });
  });

  it("reads a wire service in the field after the names, past a bar, a dot, a dash or 'for', as the agency beside them", () => {
    const ada = { type: "Person", name: "Ada Lee" };
    for (const [byline, wire] of [
      ["By Ada Lee | Reuters", "Reuters"],
      ["By Ada Lee · AFP · 4 March 2025", "AFP"],
      ["Von Ada Lee – dpa", "dpa"],
      ["Por Ada Lee | EFE", "EFE"],
      ["By Ada Lee for the Associated Press", "the Associated Press"],
    ] as const)
      expect(parseByline(byline), byline).toEqual([ada, organization(wire)[0]]);
    // Near misses: a section, a place or a paper in that field is left out; a wire already named is not named twice.
    for (const byline of ["By Ada Lee | Travel", "By Ada Lee · Madrid", "By Ada Lee | Harbour Times", "By Ada Lee for Reuters readers"])
      expect(parseByline(byline), byline).toEqual([ada]);
    expect(parseByline("By Ada Lee, Reuters | Reuters")).toEqual([ada, organization("Reuters")[0]]);
    expect(parseByline("By Ada Lee, Reuters | REUTERS")).toEqual([ada, organization("Reuters")[0]]);
    // Past a place's or a date's word the initials are a place's ("in PA", Pennsylvania), not a wire's.
    for (const byline of ["By Ada Lee in PA", "By Ada Lee on AP", "By Ada Lee at Bloomberg", "Por Ada Lee en EFE", "Von Ada Lee am dpa"])
      expect(parseByline(byline), byline).toEqual([ada]);
  });

  it("keeps the people of a dated, a meta or a credit byline with their wire beside them", () => {
    const adaAnd = (wire: string) => [{ type: "Person", name: "Ada Lee" }, organization(wire)[0]];
    expect(peopleOfDatedByline("By Ada Lee · AFP · 4 March 2025")).toEqual(adaAnd("AFP"));
    expect(peopleOfDatedByline("Por Ada Lee | EFE | 4 de marzo de 2025")).toEqual(adaAnd("EFE"));
    expect(parseMetaLine("4 March 2025 · By Ada Lee for Reuters")?.authors).toEqual(adaAnd("Reuters"));
    expect(parseByline("Story by Ada Lee | Reuters")).toEqual(adaAnd("Reuters"));
    // A wire alone after a credit is still a note on a source, not a byline.
    expect(parseByline("Reported by Reuters")).toBeUndefined();
  });

  it("reads a wire's name with the word a byline may add after it ('News', 'Media') as the agency beside the person", () => {
    for (const [person, agency] of [
      ["Ada Lee", "Kyodo News"],
      ["Sam Ray", "PA Media"],
      ["Jo Park", "Bloomberg News"],
      ["Ada Lee", "Yonhap News"],
    ])
      expect(parseByline(`By ${person}, ${agency}`), agency).toEqual([{ type: "Person", name: person }, organization(agency!)[0]]);
    expect(parseByline("Por Ana Ruiz, EFE News")).toContainEqual(organization("EFE News")[0]);
    expect(parseByline("Par Ada Lee, AFP Media")).toContainEqual(organization("AFP Media")[0]);
    // Near misses: a paper's or a group's name ending in those words is an affiliation, which ends the names.
    for (const byline of [
      "By Ada Lee, Harbour Town News",
      "By Ada Lee, Reuters News Agency",
      "By Ada Lee, Coast Media",
      "By Ada Lee, Lusa News",
    ])
      expect(parseByline(byline), byline).toEqual([{ type: "Person", name: "Ada Lee" }]);
  });

  it("knows a national wire in brackets after a date and in a caption, in capitals too, but no byline's author alone", () => {
    for (const name of NATIONAL_WIRES) {
      expect(parseByline(`4 March 2025 (${name})`), name).toEqual(organization(name));
      expect(parseByline(`4 March 2025 (${name.toUpperCase()})`), name).toEqual(organization(name.toUpperCase()));
      expect(splitCredit(`${CAPTION} (${name.toUpperCase()})`), name).toEqual({ caption: CAPTION, credit: name.toUpperCase() });
      expect(parseByline(`By Ada Lee, ${name}`), name).not.toContainEqual(organization(name)[0]);
    }
  });

  it("knows a wire's initials in a caption's capitals only, never after a date, where they may be a stage or a body", () => {
    for (const name of WIRE_INITIALS) {
      expect(splitCredit(`${CAPTION} (${name})`), name).toEqual({ caption: CAPTION, credit: name });
      expect(parseByline(`4 March 2025 (${name})`), name).toBeUndefined();
    }
    expect(parseByline("Stage 3 - 8 April 2025 (TT)")).toBeUndefined();
  });

  it("reads a Nordic wire after a byline's label as the organisation signing, its initials in capitals only", () => {
    for (const [byline, wire] of [
      ["Av TT", "TT"],
      ["Av NTB", "NTB"],
      ["Af Ritzau", "Ritzau"],
      ["By CP", "CP"],
    ] as const)
      expect(parseByline(byline), byline).toEqual(organization(wire));
    expect(parseByline("Av Anna Berg, TT")).toEqual([{ type: "Person", name: "Anna Berg" }, organization("TT")[0]]);
    // The place a comma sets after the wire is where the story was filed, as after a wire's name: no co-author.
    for (const [byline, person, wire] of [
      ["Av Anna Berg, TT, Stockholm", "Anna Berg", "TT"],
      ["By Ada Lee, PTI, New Delhi", "Ada Lee", "PTI"],
      ["By Ada Lee, Reuters, London", "Ada Lee", "Reuters"],
    ] as const)
      expect(parseByline(byline), byline).toEqual([{ type: "Person", name: person }, organization(wire)[0]]);
    expect(parseByline("Av TT och AFP")).toEqual([...organization("TT"), ...organization("AFP")]);
    // So is a place after a wire that signs first, or after a person's name in full: a single word or a city's name
    // ("Hong Kong"), as a co-author is named in full.
    for (const [byline, wire] of [
      ["Av TT, Stockholm", "TT"],
      ["By Reuters, London", "Reuters"],
      ["Von dpa, Berlin", "dpa"],
      ["By AFP, Hong Kong", "AFP"],
    ] as const)
      expect(parseByline(byline), byline).toEqual(organization(wire));
    expect(parseByline("By AFP, Reuters")).toEqual([...organization("AFP"), ...organization("Reuters")]);
    expect(parseByline("Par Léa Martin, Lyon")).toEqual([{ type: "Person", name: "Léa Martin" }]);
    expect(parseByline("Par Léa Martin, Hong Kong")).toEqual([{ type: "Person", name: "Léa Martin" }]);
    // Near misses: a wire's writer named in full after it, and a list closed by "and", which a place never closes.
    expect(parseByline("Av TT, Anna Berg")).toEqual([...organization("TT"), { type: "Person", name: "Anna Berg" }]);
    for (const byline of ["By Ada Lee, Sukarno and Ben Roe", "By Reuters, Sukarno and Ben Roe"])
      expect(parseByline(byline)?.slice(1), byline).toEqual(["Sukarno", "Ben Roe"].map((name) => ({ type: "Person", name })));
    expect(parseByline("By Ada, Ben and Cy")).toEqual(["Ada", "Ben", "Cy"].map((name) => ({ type: "Person", name })));
    expect(parseByline("By Ada Lee, Ben Roe")).toEqual([
      { type: "Person", name: "Ada Lee" },
      { type: "Person", name: "Ben Roe" },
    ]);
    // Near misses: a name that opens like the initials, the initials in other capitals, and a picture's credit.
    expect(parseByline("Av Tina Tran")).toEqual([{ type: "Person", name: "Tina Tran" }]);
    expect(parseByline("Av Tt")).not.toContainEqual(organization("Tt")[0]);
    for (const credit of ["Foto: TT", "Bild: Tina Tran/TT", "Photo: NTB"]) expect(parseByline(credit), credit).toBeUndefined();
    expect(splitCredit(`${CAPTION} (TT)`)).toEqual({ caption: CAPTION, credit: "TT" });
  });

  it("names a wire that signs the story alone on a dated byline under the headline, and no wire a sentence names", () => {
    const story = [
      "Hamnstyrelsen meddelade på tisdagen att vintertidtabellen ska ses över, efter klagomål från öbor som arbetar sent på kvällarna.",
      "",
      "Översynen gäller den sista turen på kvällen, som i dag går innan butikerna på fastlandet har stängt för natten och för helgen.",
    ];
    const page = (line: string) => fromText(["Tidtabellen för färjan ses över", "", line, "", ...story].join("\n"));
    for (const [line, wire, iso] of [
      ["Publicerad 25 juli 2025 av TT", "TT", "2025-07-25"],
      ["Publisert 25.07.2025 av NTB", "NTB", "2025-07-25"],
      ["Publiceret 25. juli 2025 af Ritzau", "Ritzau", "2025-07-25"],
      ["Av TT", "TT", undefined],
      ["By Reuters | 25 July 2025", "Reuters", "2025-07-25"],
    ] as const) {
      const article = page(line);
      expect(article.authors, line).toEqual(organization(wire));
      expect(article.datePublished, line).toBe(iso);
    }
    // Near misses: a person after the label, initials in other capitals, and the wire inside a sentence of the story.
    expect(page("Publicerad 25 juli 2025 av Tina Tran").authors).toEqual([{ type: "Person", name: "Tina Tran" }]);
    expect(page("Publicerad 25 juli 2025 av Tt").authors).toBeUndefined();
    // A column's word beside the wire is no wire: the line names no one, as with the column alone.
    for (const line of ["By Rail and Reuters | 25 July 2025", "Av Sporten och TT | 25 juli 2025"])
      expect(peopleOfDatedByline(line), line).toBeUndefined();
    expect(page("Saken ble først omtalt av NTB i går kveld, og flere aviser fulgte opp med egne saker om ferjen.").authors).toBeUndefined();
  });

  it("knows a photo agency in a caption's capitals only, never as the author of a story", () => {
    for (const name of PHOTO_AGENCIES) {
      expect(splitCredit(`${CAPTION} (${name.toUpperCase()})`), name).toEqual({ caption: CAPTION, credit: name.toUpperCase() });
      expect(parseByline(`4 March 2025 (${name})`), name).toBeUndefined();
    }
  });

  it("knows the region's wires in brackets after a Chinese, Japanese or Korean date", () => {
    for (const name of CJK_WIRE_SERVICES) expect(parseByline(`2025年3月4日 10:30（${name}）`), name).toEqual(organization(name));
  });

  it("reads a national wire signing a date line in several languages", () => {
    expect(parseByline("3 de março de 2025 (Lusa)")).toEqual(organization("Lusa"));
    expect(parseByline("12.03.2025 (HINA)")).toEqual(organization("HINA"));
    expect(parseByline("Publicado el 4 de marzo de 2025 (Belga)")).toEqual(organization("Belga"));
    expect(parseByline("Updated 4 March 2025 (ANTARA)")).toEqual(organization("ANTARA"));
  });

  it("reads no acronym, place or odd spelling in brackets after a date, and no person named like a wire", () => {
    for (const line of [
      "3 March 2025 (WHO)",
      "3 March 2025 (NATO)",
      "4 mars 2025 (OTAN)",
      "3 de março de 2025 (Lisboa)",
      "4 March 2025 (Tt)",
      "4 March 2025 (lusa)",
    ])
      expect(parseByline(line), line).toBeUndefined();
    expect(parseByline("By Lusa Mendes")).toEqual([{ type: "Person", name: "Lusa Mendes" }]);
    expect(parseByline("Von Hina Keller")).toEqual([{ type: "Person", name: "Hina Keller" }]);
    expect(splitCredit("Talks at the summit (NATO)")).toEqual({ caption: "Talks at the summit (NATO)" });
  });
});
