import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

// Round dt99: words a date line holds beside its date: the part of the day after a Malay or Indonesian clock time
// ("pagi", "malam"), a top bar's link to the front page. Every page here is invented for these tests.
const MS = {
  site: "Suara Teluk Bayan",
  menu: "Utama Berita Tempatan Sukan Budaya Pendapat",
  head: "Jambatan gantung baharu dibuka kepada pejalan kaki minggu depan",
  paras: [
    "Jambatan gantung yang menghubungkan dua kampung di tebing sungai akan dibuka kepada orang ramai pada hari Isnin, kata majlis daerah.",
    "Kerja pembinaan mengambil masa hampir dua tahun kerana banjir besar pada musim tengkujuh lalu menghanyutkan sebahagian tiang sementara.",
    "Penduduk kampung berkata mereka tidak lagi perlu menaiki bot kecil untuk menghantar anak ke sekolah di seberang sungai.",
  ],
};
const LONG_HEAD = "Menara jam lama yang dibaiki dibuka semula kepada pelawat mulai bulan depan";

describe("round dt99: the part of the day after a Malay date line's clock time", () => {
  it("reads the line as the date under the headline and over it, with 'pagi', 'petang' and 'malam'", () => {
    for (const line of ["Selasa, 10 Mac 2026 9:40 pagi", "Selasa, 10 Mac 2026 3:15 petang", "10 Mac 2026 9:40 malam"]) {
      // A long headline under the line: a date line the reader misses is the shorter title of the two.
      for (const head of [MS.head, LONG_HEAD]) {
        for (const lines of [
          [MS.site, MS.menu, head, line, ...MS.paras],
          [MS.site, MS.menu, line, head, ...MS.paras],
        ]) {
          const article = fromText(lines.join("\n\n"));
          expect(article.headline, line).toBe(head);
          expect(article.datePublished?.slice(0, 10), line).toBe("2026-03-10");
        }
      }
    }
  });

  it("signs the writer over such a line", () => {
    const article = fromText([MS.site, MS.menu, MS.head, "Oleh Nurul Izzah\nSelasa, 10 Mac 2026 9:40 pagi", ...MS.paras].join("\n\n"));
    expect(article.authors?.map((author) => author.name)).toEqual(["Nurul Izzah"]);
    expect(article.datePublished?.slice(0, 10)).toBe("2026-03-10");
  });

  it("leaves the words alone where no clock time comes before them", () => {
    const article = fromText([MS.site, MS.menu, MS.head, "Oleh Nurul Izzah\n10 Mac 2026", MS.paras[0], "Malam", MS.paras[1]].join("\n\n"));
    expect(article.body?.map((block) => ("text" in block ? block.text : ""))).toContain("Malam");
  });

  it("leaves an English line alone where words follow the time's 'sore'", () => {
    const line = "12 March 2026 9:40 sore throat clinic";
    const site = ["Harbour Weekly", "News Local Sport Health Opinion", "Walk-in clinics open longer hours across the district this spring"];
    const paras = [
      "The district's health board said on Monday that its walk-in clinics will stay open two hours later on weekdays.",
      "Staff shortages had forced several clinics to turn patients away before noon during the winter months.",
    ];
    // Under the headline it dates nothing; between paragraphs it stays in the story, and so does the paragraph over it.
    expect(fromText([...site, line, ...paras].join("\n\n")).datePublished).toBeUndefined();
    const article = fromText([...site, "By Ruth Hale\nPublished 4 February 2026", paras[0], line, paras[1]].join("\n\n"));
    expect(article.body?.map((block) => ("text" in block ? block.text : ""))).toEqual([paras[0], line, paras[1]]);
  });
});

const PL = {
  site: "Głos Nadrzecza",
  menu: "Wiadomości Region Sport Kultura Opinie",
  head: "Nowa kładka połączy oba brzegi rzeki jeszcze przed wakacjami",
  paras: [
    "Budowa kładki dla pieszych ruszyła jesienią i według wykonawcy zakończy się w czerwcu, poinformował we wtorek urząd gminy.",
    "Mieszkańcy obu osiedli od lat prosili o przeprawę, bo najbliższy most stoi cztery kilometry dalej w dół rzeki.",
    "Gmina zapłaci za inwestycję z własnego budżetu, a część kosztów pokryje dotacja z programu wspierającego ruch pieszy.",
  ],
};

describe("round dt99: a top bar's day beside its link to the front page", () => {
  it("dates the page by the bar, over the site's name and under it", () => {
    for (const bar of ["Dziś jest środa, 11 marca 2026 | Strona główna", "Strona główna | środa, 11 marca 2026"]) {
      for (const lines of [
        [bar, PL.site, PL.menu, PL.head, ...PL.paras],
        [PL.site, bar, PL.head, ...PL.paras],
      ]) {
        const article = fromText(lines.join("\n\n"));
        expect(article.headline, bar).toBe(PL.head);
        expect(article.datePublished?.slice(0, 10), bar).toBe("2026-03-11");
      }
    }
  });

  it("reads no date from a bar whose other field is a link of another kind", () => {
    const article = fromText(["Dziś jest środa, 11 marca 2026 | Regulamin konkursu", PL.site, PL.menu, PL.head, ...PL.paras].join("\n\n"));
    expect(article.datePublished).toBeUndefined();
  });
});
