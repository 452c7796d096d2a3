import { describe, expect, it } from "vitest";
import { fromText } from "../index.js";

// Invented pages: a site's name and slogan over a short headline, and Thai headlines longer than 80 code units. Every
// name, slogan and line here is made up.

/** A story's paragraphs in each language, long enough to read as prose. */
const STORY: Record<string, readonly string[]> = {
  en: [
    "The mayor of Fenwick told the council on Tuesday evening that she would leave office at the end of the month, two years before her term was due to end.",
    "She said the long dispute over the harbour budget had taken more of her time than the town deserved, and thanked the staff who had worked through it with her.",
    "Her deputy will lead the council until an election is held in the spring, a spokesman for the town hall said after the meeting.",
  ],
  fr: [
    "La maire de Fenwick a annoncé mardi soir au conseil qu'elle quitterait ses fonctions à la fin du mois, deux ans avant la fin de son mandat.",
    "Elle a expliqué que le long conflit sur le budget du port lui avait pris plus de temps que la ville ne le méritait, et a remercié les agents qui l'ont soutenue.",
    "Son adjoint dirigera le conseil jusqu'à une élection prévue au printemps, a indiqué un porte-parole de la mairie après la séance.",
  ],
  de: [
    "Die Bürgermeisterin von Fenwick hat dem Gemeinderat am Dienstagabend gesagt, dass sie ihr Amt zum Monatsende niederlegt, zwei Jahre vor dem Ende ihrer Amtszeit.",
    "Der lange Streit um den Haushalt des Hafens habe mehr von ihrer Zeit gekostet, als die Stadt verdiene, sagte sie und dankte den Mitarbeitern der Verwaltung.",
    "Ihr Stellvertreter führt den Rat bis zu einer Wahl im Frühjahr, teilte ein Sprecher des Rathauses nach der Sitzung mit.",
  ],
};

interface SloganPage {
  site: string;
  /** A slogan with no founding year. */
  slogan: string;
  /** A headline telling of a founding, ending with its year over a short line: as a founded site's slogan would. */
  founded: string;
  headline: string;
  menu: string;
  byline: string;
  date: string;
  /** A headline ending with a record's year, and a short second line under it. */
  record: [string, string];
}

const PAGES: Record<string, SloganPage> = {
  en: {
    site: "Fenwick Chronicle",
    slogan: "Plain reporting for the marsh villages and the market town",
    founded: "The marsh rowing club, founded in 1894",
    headline: "Mayor steps down",
    menu: "Home  News  Local  Sport  Culture",
    byline: "By Ruth Ambler",
    date: "3 March 2026",
    record: ["Marsh tides reach their highest since 1953", "Dozens of cellars flooded"],
  },
  fr: {
    site: "Le Messager du Marais",
    slogan: "L'information simple des villages du marais et de leur bourg",
    founded: "La chorale du marais, fondée en 1894",
    headline: "La maire s'en va",
    menu: "Accueil  Actualités  Région  Sport  Culture",
    byline: "Par Odile Carrel",
    date: "3 mars 2026",
    record: ["Les marées du marais au plus haut depuis 1953", "Des dizaines de caves inondées"],
  },
  de: {
    site: "Marschbote",
    slogan: "Klare Berichte für die Dörfer der Marsch und ihre Kreisstadt",
    founded: "Der Ruderverein der Marsch, gegründet 1894",
    headline: "Bürgermeisterin geht vorzeitig",
    menu: "Startseite  Region  Politik  Sport  Kultur",
    byline: "Von Jana Kessler",
    date: "3. März 2026",
    record: ["Höchste Flut in der Marsch seit 1953", "Dutzende Keller überflutet"],
  },
};

const pageOf = (blocks: readonly string[]) => `${blocks.join("\n\n")}\n`;
const headlineOf = (text: string) => fromText(text, { source: "page.txt" }).headline;

describe("a site's slogan under its name over a short headline", () => {
  for (const [lang, p] of Object.entries(PAGES)) {
    const story = STORY[lang]!;
    it(`is passed over for the headline when a menu stands under it (${lang})`, () => {
      const page = pageOf([p.site, p.slogan, p.menu, p.headline, p.byline, p.date, ...story]);
      expect(headlineOf(page)).toBe(p.headline);
    });

    it(`is not a headline a bar at the page's foot prints again under the site's name (near miss, ${lang})`, () => {
      const [headline, second] = p.record;
      const page = pageOf([p.site, headline, second, `${p.byline}\n${p.date}`, ...story, `${p.site}\n${headline}`]);
      expect(headlineOf(page)).toBe(headline);
    });

    it(`is not a headline telling of a founding over a short line (near miss, ${lang})`, () => {
      const page = pageOf([p.site, p.founded, p.headline, `${p.byline}\n${p.date}`, ...story]);
      expect(headlineOf(page)).toBe(p.founded);
    });

    it(`is not a headline the most-read list prints again over a shorter line (near miss, ${lang})`, () => {
      const [headline, second] = p.record;
      const page = pageOf([p.site, headline, second, `${p.byline}\n${p.date}`, ...story, p.slogan, headline]);
      expect(headlineOf(page)).toBe(headline);
    });

    it(`is not a headline ending with a record's year over a short line (near miss, ${lang})`, () => {
      const [headline, second] = p.record;
      const page = pageOf([p.site, headline, second, `${p.byline}\n${p.date}`, ...story]);
      expect(headlineOf(page)).toBe(headline);
    });
  }
});

describe("a Thai headline longer than eighty code units", () => {
  const site = "ข่าวชายทุ่ง";
  const date = "3 มีนาคม 2569";
  const story = [
    "สภาเทศบาลประชุมกันเมื่อคืนวันอังคารและลงมติให้ใช้งบประมาณสำรองซ่อมถนนเลียบแม่น้ำทั้งสายภายในฤดูแล้งนี้",
    "ชาวบ้านหลายหมู่บ้านร้องเรียนเรื่องหลุมบ่อบนถนนสายนี้มานานกว่าห้าปี เพราะรถโรงเรียนและรถพยาบาลต้องวิ่งอ้อมไปอีกเส้นทางหนึ่ง",
    "นายกเทศมนตรีกล่าวว่าผู้รับเหมาจะเริ่มงานในเดือนหน้า และถนนทั้งสายจะเปิดให้ใช้ได้ตามปกติก่อนฤดูฝนจะมาถึง",
  ];
  // Seventy letters, ninety code units: the tone and vowel marks are a fifth of them.
  const headline = "สภาเทศบาลอนุมัติงบซ่อมถนนเลียบแม่น้ำทั้งสายหลังชาวบ้านร้องเรียนเรื่องหลุมบ่อมานานกว่าห้าปี";
  const deck = "งานซ่อมจะใช้เวลาราวสี่เดือนและใช้เงินสำรองของเทศบาลทั้งหมด";

  it("is the headline under the site's name over its byline and date", () => {
    const page = pageOf([site, headline, "โดย วิไล ศรีสุข\n3 มีนาคม 2569", ...story]);
    expect(headlineOf(page)).toBe(headline);
  });

  it("is the headline over a deck half its length", () => {
    const page = pageOf([site, headline, deck, date, ...story]);
    expect(headlineOf(page)).toBe(headline);
  });

  it("leaves a shorter headline over a longer standfirst the headline (near miss)", () => {
    const short = "สภาเทศบาลอนุมัติงบซ่อมถนนเลียบแม่น้ำหลังชาวบ้านร้องเรียนมาห้าปี";
    const standfirst = "ชาวบ้านกว่าสามร้อยคนลงชื่อร้องเรียนเรื่องหลุมบ่อบนถนนเลียบแม่น้ำต่อเทศบาลตลอดห้าปีที่ผ่านมา";
    const page = pageOf([site, short, standfirst, "โดย วิไล ศรีสุข\n3 มีนาคม 2569", ...story]);
    expect(headlineOf(page)).toBe(short);
  });
});
