import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { writers } from "./_stories.test-helpers.js";

// Round md94: bylines whose "by" or "and" is a common word of other languages, read on pages of their own language,
// and a name set apart from the date line by blank lines. Every page here is invented for these tests.
const STORIES: Record<string, { head: string; paras: string[]; date: string }> = {
  ca: {
    head: "La biblioteca del barri obre una sala nova per als infants",
    paras: [
      "La biblioteca del barri de Santa Clara ha obert aquesta setmana una sala nova per als infants, amb més de tres mil llibres i una zona de jocs.",
      "Els veïns havien demanat l'ampliació des de fa anys, i l'ajuntament hi ha invertit una part del pressupost de cultura.",
      "La sala obrirà cada tarda de dilluns a dissabte, i els dimecres hi haurà una hora del conte per als més petits.",
    ],
    date: "4 de febrer de 2026",
  },
  sw: {
    head: "Maktaba ya mtaa yafungua chumba kipya cha watoto",
    paras: [
      "Maktaba ya mtaa wa Kilima imefungua wiki hii chumba kipya cha watoto, chenye vitabu zaidi ya elfu tatu na sehemu ya michezo.",
      "Wakazi walikuwa wameomba upanuzi huo kwa miaka mingi, na halmashauri imetumia sehemu ya bajeti ya utamaduni kwa kazi hiyo.",
      "Chumba hicho kitakuwa wazi kila jioni kuanzia Jumatatu hadi Jumamosi, na kila Jumatano kutakuwa na saa ya hadithi kwa watoto wadogo.",
    ],
    date: "4 Februari 2026",
  },
  tl: {
    head: "Bagong silid pambata, binuksan sa aklatan ng barangay",
    paras: [
      "Binuksan ngayong linggo ng aklatan ng barangay ang isang bagong silid pambata na may higit sa tatlong libong aklat at isang lugar para sa laro.",
      "Matagal nang hinihiling ng mga residente ang pagpapalawak, at naglaan ang konseho ng bahagi ng badyet para sa kultura.",
      "Bukas ang silid tuwing hapon mula Lunes hanggang Sabado, at tuwing Miyerkules ay may oras ng kuwentuhan para sa mga bata.",
    ],
    date: "Pebrero 4, 2026",
  },
  sk: {
    head: "Mestská knižnica otvorila novú miestnosť pre deti",
    paras: [
      "Mestská knižnica v štvrti Záhradky otvorila tento týždeň novú miestnosť pre deti s viac ako tromi tisíckami kníh a priestorom na hry.",
      "Obyvatelia o rozšírenie žiadali už niekoľko rokov a mesto naň použilo časť rozpočtu na kultúru.",
      "Miestnosť bude otvorená každé popoludnie od pondelka do soboty a v stredu tam bude hodina rozprávok pre najmenších.",
    ],
    date: "4. februára 2026",
  },
  et: {
    head: "Linnaosa raamatukogu avas lastele uue toa",
    paras: [
      "Linnaosa raamatukogu avas sel nädalal lastele uue toa, kus on üle kolme tuhande raamatu ja mängunurk.",
      "Elanikud olid laiendust palunud juba mitu aastat ning linn kasutas selleks osa kultuurieelarvest.",
      "Tuba on avatud igal pärastlõunal esmaspäevast laupäevani ning kolmapäeviti on seal väikestele muinasjututund.",
    ],
    date: "4. veebruar 2026",
  },
  th: {
    head: "ห้องสมุดชุมชนเปิดห้องใหม่สำหรับเด็ก",
    paras: [
      "ห้องสมุดชุมชนเปิดห้องใหม่สำหรับเด็กเมื่อสัปดาห์นี้ มีหนังสือมากกว่าสามพันเล่มและมุมสำหรับเล่นเกม",
      "ชาวบ้านขอให้ขยายห้องสมุดมาหลายปีแล้ว และเทศบาลได้ใช้งบประมาณด้านวัฒนธรรมส่วนหนึ่งสำหรับงานนี้",
      "ห้องนี้จะเปิดทุกบ่ายตั้งแต่วันจันทร์ถึงวันเสาร์ และทุกวันพุธจะมีชั่วโมงเล่านิทานสำหรับเด็กเล็ก",
    ],
    date: "4 กุมภาพันธ์ 2569",
  },
  hi: {
    head: "मोहल्ले के पुस्तकालय में बच्चों के लिए नया कमरा खुला",
    paras: [
      "मोहल्ले के पुस्तकालय ने इस सप्ताह बच्चों के लिए एक नया कमरा खोला, जिसमें तीन हज़ार से अधिक किताबें और खेलने की जगह है।",
      "निवासी कई वर्षों से विस्तार की माँग कर रहे थे, और नगर परिषद ने इसके लिए संस्कृति बजट का एक हिस्सा लगाया।",
      "कमरा सोमवार से शनिवार तक हर दोपहर खुला रहेगा, और हर बुधवार को छोटे बच्चों के लिए कहानी का समय होगा।",
    ],
    date: "4 फ़रवरी 2026",
  },
};

/** A page of `language`'s story with `lines` between its headline and its first paragraph, each its own block. */
function page(language: string, lines: string[]): string {
  const story = STORIES[language]!;
  return [story.head, ...lines, ...story.paras].join("\n\n");
}

describe("bylines in a page language's own words (md94)", () => {
  it.each([
    ["ca", "Per Laia Vidal", ["Laia Vidal"]],
    ["ca", "Per Laia Vidal i Oriol Camps", ["Laia Vidal", "Oriol Camps"]],
    ["sw", "Na Neema Salim", ["Neema Salim"]],
    ["sw", "Na Neema Salim na Baraka Omari", ["Neema Salim", "Baraka Omari"]],
    ["tl", "Ni Rosa Dizon", ["Rosa Dizon"]],
    ["tl", "Ni Rosa Dizon at Carlo Mendoza", ["Rosa Dizon", "Carlo Mendoza"]],
    ["sk", "Autor: Jana Kollárová a Milan Hudec", ["Jana Kollárová", "Milan Hudec"]],
    ["th", "โดย วันดี มีสุข และ ชัยวัฒน์ ศรีสวัสดิ์", ["วันดี มีสุข", "ชัยวัฒน์ ศรีสวัสดิ์"]],
    ["hi", "लेखक: सीमा यादव और अमित जोशी", ["सीमा यादव", "अमित जोशी"]],
  ])("%s: %s", (language, byline, names) => {
    expect(writers(page(language, [byline, STORIES[language]!.date]))).toEqual(names);
  });

  it("reads Greek's 'and' between two writers after a label, on any page", () => {
    const text = [
      "Νέα αίθουσα για παιδιά στη βιβλιοθήκη",
      "Γράφει η Άννα Ρήγα και Πέτρος Δήμας",
      "4 Φεβρουαρίου 2026",
      ...STORIES.sk!.paras,
    ];
    expect(writers(text.join("\n\n"))).toEqual(["Άννα Ρήγα", "Πέτρος Δήμας"]);
  });

  it("keeps a two-writer byline out of a live blog's headline", () => {
    const story = STORIES.sw!;
    const entries = story.paras.flatMap((para, k) => [`1${k}:05`, para]);
    const deck = "Watoto wa mtaa sasa wana vitabu zaidi ya elfu tatu na sehemu ya michezo.";
    const lines = ["Moja kwa moja", story.head, deck, "Na Neema Salim na Baraka Omari", `Imesasishwa ${story.date} 14:30`, ...entries];
    expect(fromText(lines.join("\n\n")).headline).toBe(story.head);
  });

  it.each([
    ["ca", "Per a la majoria dels veïns, la sala nova és una bona notícia."],
    ["sw", "Na kesho maktaba itafunguliwa mapema kuliko kawaida."],
    ["sw", "Ni muhimu kwa watoto kusoma kila siku."],
    ["tl", "Ni isa sa kanila ay hindi pa nakabasa ng aklat."],
    // The md94 review's: a sentence naming someone, a feast, a post or a paper's desk after the word.
    ["ca", "Per Oriol Camps, el projecte arriba massa tard."],
    ["ca", "Per Sant Martí"],
    ["sw", "Na Mwandishi Wetu, Tanga"],
    ["sw", "Na Rais Amani"],
    ["tl", "Ni Pangulong Reyes"],
  ])("%s: a line opening with the word but naming no writer signs no one: %s", (language, line) => {
    expect(writers(page(language, [line, STORIES[language]!.date]))).toEqual([]);
  });

  it("reads a page language's label only on its pages ('Per' before a name on a Slovak page)", () => {
    expect(writers(page("sk", ["Per Laia Vidal", STORIES.sk!.date]))).not.toEqual(["Laia Vidal"]);
  });

  it("keeps a title joined by a page language's 'and' a title, signing no one", () => {
    const text = ["Chlieb a Hry", STORIES.sk!.date, ...STORIES.sk!.paras].join("\n\n");
    expect(fromText(text).headline).toBe("Chlieb a Hry");
    expect(writers(text)).toEqual([]);
  });
});

describe("a name set apart from the date line under it by blank lines (md94)", () => {
  it.each([
    ["et", "Liis Rebane, Kadri Tamm", ["Liis Rebane", "Kadri Tamm"]],
    ["sk", "Jana Kollárová, Milan Hudec", ["Jana Kollárová", "Milan Hudec"]],
    // Set apart, one name has the shape of every title-case section, place, team or body set over the date that way:
    // it signs opening with a common given name (given-names.ts), Slovak "Jana" too (round by105).
    ["sk", "Jana Kollárová", ["Jana Kollárová"]],
    ["sk", "Milan Hudec", []],
    ["sk", "Vysoké Tatry", []],
    ["et", "Punane Rist", []],
    ["ca", "Vida Local", []],
  ])("%s: %s over a blank line and the date signs %j", (language, line, names) => {
    expect(writers(page(language, [line, STORIES[language]!.date]))).toEqual(names);
  });

  it("a name under a byline already read signs nothing more", () => {
    expect(writers(page("sk", ["Autor: Milan Hudec", STORIES.sk!.date, "Jana Kollárová", STORIES.sk!.date]))).toEqual(["Milan Hudec"]);
  });
});

// Round int96: a menu copied as one line over a long headline, on pages whose byline the rules above now read; the
// headline's length made it read as a deck under the menu, once the byline below it was read.
describe("a one-line menu over a byline in a page language's own words (int96)", () => {
  it.each([
    [
      "ca",
      "Inici  Notícies  Comarques  Societat  Esports  Opinió",
      "La biblioteca del barri de Santa Clara obre una sala nova per als infants i els avis",
      "Per Laia Vidal i Oriol Camps",
    ],
    [
      "sw",
      "Nyumbani  Habari  Kitaifa  Biashara  Michezo  Maoni",
      "Maktaba ya mtaa wa Kilima yafungua chumba kipya cha watoto wadogo wiki hii",
      "Na Neema Salim na Baraka Omari",
    ],
    [
      "tl",
      "Balita  Probinsya  Negosyo  Palakasan  Libangan  Opinyon",
      "Bagong silid pambata na may tatlong libong aklat, binuksan sa aklatan ng barangay ngayong linggo",
      "Ni Liza Cruz at Ramon Dizon",
    ],
  ])("%s: the headline under the menu stays the headline", (language, menu, head, byline) => {
    const story = STORIES[language]!;
    const article = fromText(["Gazeti la Mtaa", menu, head, `${byline}\n${story.date}`, ...story.paras].join("\n\n"));
    expect(article.headline).toBe(head);
    expect(article.authors?.length).toBe(2);
  });
});

// Review of round md96: two title-case pairs joined by a page language's "and" over the date are as often two places,
// clubs or firms as two writers, so the line is not read as names there; alone over the date it stays the headline.
describe("two title-case pairs joined by a page language's 'and' over the date (rv-md96)", () => {
  it.each([
    ["sk", "Dolný Kubín a Horná Orava"],
    ["sk", "Národná Rada a Ústavný Súd"],
    ["tl", "Lungsod Quezon at Lungsod Pasig"],
    ["sw", "Kenya Airways na Air Tanzania"],
  ])("%s: %s signs no one under the headline, and alone over the date stays the headline", (language, line) => {
    const story = STORIES[language]!;
    expect(writers(page(language, [`${line}\n${story.date}`]))).toEqual([]);
    const alone = fromText([`${line}\n${story.date}`, ...story.paras].join("\n\n"));
    expect(alone.headline).toBe(line);
    expect(alone.authors ?? []).toEqual([]);
  });
});
