import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { isReadingTime } from "./boilerplate.js";

// Round dt98: a top bar's day over the site's name and a menu copied one entry a line; Malay and Indonesian dates under
// a writer; Chinese reading times that say what reading takes. Every page here is invented for these tests.
const DE = {
  site: "Wendener Landbote",
  menu: ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Meinung"],
  head: "Neue Fähre verbindet die beiden Ufer ab Ostern",
  deck: "Das Schiff nimmt vierzig Autos auf und fährt im Sommer bis Mitternacht.",
  paras: [
    "Die neue Fähre über den Fluss soll nach den Osterferien ihren Dienst aufnehmen, teilte der Kreis am Montag mit.",
    "Das alte Schiff war im Winter zweimal ausgefallen, weil Ersatzteile für den Motor fehlten und die Werft ausgelastet war.",
  ],
};
const NL = {
  site: "Polderkoerier",
  menu: ["Home", "Nieuws", "Regio", "Economie", "Sport", "Cultuur"],
  head: "Nieuwe veerpont verbindt de oevers vanaf Pasen",
  paras: [
    "De nieuwe pont over de rivier gaat na de paasvakantie varen, meldde de provincie op maandag in een korte verklaring.",
    "Het oude schip viel deze winter twee keer uit omdat onderdelen voor de motor ontbraken en de werf vol lag.",
  ],
};

describe("round dt98: a top bar's day over a menu copied one entry a line", () => {
  it("dates the page by the bar over the site's name and a menu of lines, with or without a byline", () => {
    for (const byline of [["Von Jana Kessler"], []]) {
      const text = ["Heute ist Freitag, 13. März 2026", DE.site, DE.menu.join("\n"), DE.head, DE.deck, ...byline, ...DE.paras];
      const article = fromText(text.join("\n\n"));
      expect(article.headline).toBe(DE.head);
      expect(article.datePublished?.slice(0, 10), byline.join()).toBe("2026-03-13");
    }
    const dutch = ["Vandaag is het vrijdag 13 maart 2026", NL.site, NL.menu.join("\n"), NL.head, ...NL.paras];
    expect(fromText(dutch.join("\n\n")).datePublished?.slice(0, 10)).toBe("2026-03-13");
  });

  it("reads the bar over the site's name and a menu on one line as over a menu of lines", () => {
    const text = ["Heute ist Freitag, 13. März 2026", DE.site, DE.menu.join(" "), DE.head, ...DE.paras];
    expect(fromText(text.join("\n\n")).datePublished?.slice(0, 10)).toBe("2026-03-13");
  });

  it("dates nothing from an events calendar over a menu, of lines or on one line: its dates are packed with others", () => {
    const german = ["Termine", "20. März 2026 – Konzert am Ufer", "27. März 2026 – Markt auf dem Deich"].join("\n");
    const dutch = ["Agenda", "20 maart 2026 – Concert aan de dijk", "27 maart 2026 – Markt op de kade"].join("\n");
    for (const text of [
      [DE.site, german, DE.menu.join("\n"), DE.head, ...DE.paras],
      [NL.site, dutch, NL.menu.join(" "), NL.head, ...NL.paras],
    ]) {
      const article = fromText(text.join("\n\n"));
      expect(article.headline).toBe(text[3]);
      expect(article.datePublished, text[1]).toBeUndefined();
    }
  });
});

const MS = {
  site: "Suara Teluk",
  menu: "Utama Berita Tempatan Ekonomi Sukan Budaya Pendapat",
  head: "Feri baharu menghubungkan kedua-dua tebing sungai mulai bulan depan",
  paras: [
    "Feri baharu itu akan mula berkhidmat selepas cuti sekolah, kata pejabat daerah dalam satu kenyataan pada hari Isnin.",
    "Kapal lama rosak dua kali pada musim tengkujuh kerana alat ganti enjin tidak dapat dihantar tepat pada masanya.",
  ],
};

describe("round dt98: a writer over a date whose month only a Malay or Indonesian page reads", () => {
  it("signs the writer over '13 Mac 2026', with or without 'Oleh' and a weekday, and over '13 Dis 2026'", () => {
    for (const [name, date, iso] of [
      ["Oleh Nurul Izzah", "13 Mac 2026", "2026-03-13"],
      ["Nurul Izzah", "Jumaat, 13 Mac 2026", "2026-03-13"],
      ["Oleh Nurul Izzah", "Ahad, 13 Dis 2026", "2026-12-13"],
    ]) {
      const article = fromText([MS.site, MS.menu, MS.head, `${name}\n${date}`, ...MS.paras].join("\n\n"));
      expect(article.headline, date).toBe(MS.head);
      expect(
        article.authors?.map((author) => author.name),
        date,
      ).toEqual(["Nurul Izzah"]);
      expect(article.datePublished?.slice(0, 10), date).toBe(iso);
    }
  });

  it("reads no month in an English page's 'Mac', under a name or as a list's title", () => {
    const paras = [
      "The new ferry across the river will start after the Easter holidays, the county council said on Monday afternoon.",
      "The old boat broke down twice this winter because spare parts for its engine could not be delivered in time.",
    ];
    const head = "New ferry will link both banks from Easter";
    const text = ["Riverside Post", "Home News Local Business Sport Opinion", head, "Ella Brandt\n13 Mac 2026", ...paras];
    const article = fromText(text.join("\n\n"));
    expect(article.datePublished).toBeUndefined();
    expect(article.authors).toBeUndefined();
  });
});

describe("round dt98: Chinese reading times that say what reading takes", () => {
  it("reads '阅读需5分钟', '读完需要5分钟' and '閱讀需5分鐘' as reading times, and '阅读 30分钟' as none", () => {
    for (const line of ["阅读需5分钟", "读完需要5分钟", "閱讀需5分鐘"]) expect(isReadingTime(line), line).toBe(true);
    expect(isReadingTime("阅读 30分钟")).toBe(false);
  });

  it("parts the reading time off a meta line, so the writer and the date are read", () => {
    const head = "新渡轮下月起连接两岸";
    const paras = [
      "县政府周一表示，新渡轮将在复活节假期后投入运营，每天往返两岸二十多个班次。",
      "旧渡轮今年冬天两次因发动机零件短缺而停航，造船厂也无法及时安排维修。",
    ];
    const text = ["河岸日报", "首页 新闻 本地 财经 体育 文化", head, "记者 李明  2026年3月13日 10:20  阅读需5分钟", ...paras];
    const article = fromText(text.join("\n\n"));
    expect(article.authors?.map((author) => author.name)).toEqual(["李明"]);
    expect(article.datePublished?.slice(0, 10)).toBe("2026-03-13");
  });
});
