import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { isReadingTime } from "./boilerplate.js";

// Round rt99: reading times in Indonesian, Swedish, Japanese and Korean; a title after its article before the first
// writer. Every page here is invented for these tests.
const paras = (first: string, second: string) => [first, second];
const ID = {
  site: "Kabar Teluk Camar",
  head: "Kapal feri baru menghubungkan kedua tepi sungai mulai Paskah",
  byline: "Oleh Rina Wulandari",
  date: "13 Maret 2026",
  paras: paras(
    "Kapal feri baru di sungai itu akan mulai beroperasi setelah libur Paskah, kata pemerintah kabupaten pada hari Senin.",
    "Kapal lama dua kali berhenti berlayar musim dingin ini karena suku cadang mesin tidak tersedia di galangan.",
  ),
};
const SV = {
  site: "Älvdalsposten",
  head: "Ny färja förbinder älvens stränder från påsk",
  byline: "Av Karin Lundqvist",
  date: "13 mars 2026",
  paras: paras(
    "Den nya färjan över älven ska börja gå efter påsklovet, meddelade kommunen på måndagen i ett kort pressmeddelande.",
    "Den gamla båten stod stilla två gånger i vintras eftersom reservdelar till motorn saknades och varvet var fullt.",
  ),
};
const EN = {
  site: "Riverside Courier",
  head: "New ferry links the two banks from Easter",
  date: "13 March 2026",
  paras: paras(
    "The new ferry across the river will start running after the Easter holidays, the county said on Monday in a statement.",
    "The old boat broke down twice this winter because spare parts for its engine were missing and the yard was busy.",
  ),
};
type Page = { site: string; head: string; date: string; paras: string[] };
const page = (p: Page, ...header: string[]) => fromText([p.site, p.head, ...header, ...p.paras].join("\n\n"));
const texts = (article: ReturnType<typeof fromText>) => (article.body ?? []).map((block) => ("text" in block ? block.text : ""));

describe("round rt99: reading times in more languages", () => {
  it("reads Indonesian, Swedish, Japanese and Korean reading times, not a story's sentence about reading", () => {
    for (const line of ["waktu baca 3 menit", "5 minuters läsning", "lästid: 4 min", "この記事は約4分で読めます", "읽는 데 3분 걸립니다"]) {
      expect(isReadingTime(line), line).toBe(true);
    }
    for (const line of ["waktu baca anak-anak turun menjadi 3 menit sehari.", "子どもの読書時間は1日約4分で読める量に減った。"]) {
      expect(isReadingTime(line), line).toBe(false);
    }
  });

  it("keeps the reading time out of the body and the byline under it signed", () => {
    for (const [p, rt] of [
      [ID, "Waktu baca 3 menit"],
      [SV, "5 minuters läsning"],
    ] as const) {
      const article = page(p, rt, `${p.byline}\n${p.date}`);
      expect(
        article.authors?.map((author) => author.name),
        rt,
      ).toEqual([p.byline.split(" ").slice(1).join(" ")]);
      expect(
        texts(article).some((text) => text.includes(rt)),
        rt,
      ).toBe(false);
    }
  });

  it("leaves a story's sentence about reading time in the body", () => {
    const sentence = "Waktu baca anak-anak turun menjadi 3 menit sehari.";
    const article = page({ ...ID, paras: [ID.paras[0]!, sentence, ID.paras[1]!] }, `${ID.byline}\n${ID.date}`);
    expect(texts(article)).toContain(sentence);
  });
});

describe("round rt99: an abbreviated title after its article before the first writer", () => {
  it("signs the writer, the title kept as printed and the article dropped", () => {
    const cases = [
      ["Por la Dra. Ana Ruiz", "Dra. Ana Ruiz"],
      ["Par le Dr Paul Martin", "Dr Paul Martin"],
      ["By the Rev. John Hale", "Rev. John Hale"],
    ];
    for (const [line, name] of cases) {
      expect(
        page(EN, `${line}\n${EN.date}`).authors?.map((author) => author.name),
        line,
      ).toEqual([name]);
    }
  });

  it("leaves a spelled-out title after its article first, a show's name and a sentence as before", () => {
    expect(page(EN, `Por el doctor Tomás Gil, el hospital ha abierto una sala\n${EN.date}`).authors).toBeUndefined();
    expect(page(EN, `By the Doctor Who Team\n${EN.date}`).authors?.map((author) => author.name)).toEqual(["the Doctor Who Team"]);
    // After "the" or "der" an abbreviated title other than a clergyman's opens a club's or a foundation's name.
    for (const line of ["By the Dr. Who Fan Club", "By the Prof. Emeritus Society", "Von der Dr. Hans Weber Stiftung"]) {
      expect(page(EN, `${line}\n${EN.date}`).authors, line).toBeUndefined();
    }
    const story = "Dr. Weber said the stairs were safe for children.";
    const article = page({ ...EN, paras: [EN.paras[0]!, story, EN.paras[1]!] }, `By Ada Lee\n${EN.date}`);
    expect(article.authors?.map((author) => author.name)).toEqual(["Ada Lee"]);
    expect(texts(article)).toContain(story);
  });
});
