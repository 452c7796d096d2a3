import { describe, expect, it } from "vitest";
import { fromText } from "../index.js";
import { isSectionMenu } from "./headline.js";

// Round hl101: one-line menus in Bengali, Hindi, Estonian, Slovak and Greek over a packed header, and (its review)
// titles shaped as a site's name over their decks. Every page, name and line here is invented.

const page = (...blocks: string[]) => `${blocks.join("\n\n")}\n`;

const frStory = [
  "Le conseil municipal a adopté mardi soir un plan de rénovation des trois écoles du quartier nord, après deux ans de débats.",
  "Les travaux commenceront à la fin de l'année scolaire et dureront dix-huit mois, selon l'adjointe chargée de l'éducation.",
  "Les parents d'élèves réclamaient depuis longtemps des salles mieux isolées et une cantine plus grande pour les enfants.",
];

// Review of round hl101: the round's masthead rule (a name-shaped line with a Romance join over a sentence-case line
// that ends no sentence is the site's) was removed, as works', events', places' and people's titles share that shape.
describe("a title shaped as a site's name over its deck", () => {
  it("stays the headline, though the story never repeats it as set", () => {
    for (const [title, deck] of [
      ["La Nuit des Lanternes", "Une trentaine de lieux ouvrent leurs portes gratuitement samedi soir dans toute la ville"],
      ["El Rey de la Pista", "El patinador de veinte años gana en casa su tercer campeonato nacional seguido"],
      ["Il Giro della Valle", "La corsa ciclistica torna dopo dieci anni con tre tappe tra i paesi della montagna"],
    ] as const) {
      expect(fromText(page(title, deck, "Par Anne Kervella\n12 mars 2026", ...frStory), { source: "p.txt" }).headline, title).toBe(title);
      expect(fromText(page(`${title}\n${deck}\n12 mars 2026`, ...frStory), { source: "p.txt" }).headline, title).toBe(title);
    }
  });
});

describe("one-line menus in Bengali, Hindi, Estonian, Slovak and Greek", () => {
  const menus = [
    "প্রচ্ছদ দেশ বিদেশ রাজনীতি খেলা বিনোদন মতামত",
    "होम देश राज्य कारोबार खेल संस्कृति विचार",
    "Avaleht Eesti Maailm Majandus Sport Kultuur",
    "Domov Slovensko Svet Ekonomika Šport Kultúra",
    "Αρχική Ελλάδα Κόσμος Οικονομία Αθλητισμός Πολιτισμός",
  ];

  it("reads each as a menu, its home word the one other word", () => {
    for (const menu of menus) expect(isSectionMenu(menu), menu).toBe(true);
  });

  it("reads no short title holding a country's desk or a Bengali section word as a menu", () => {
    for (const title of ["Eesti võitis Lätit", "Slovensko a svet", "দেশ ও বিদেশের খেলা", "Η Ελλάδα στον κόσμο"])
      expect(isSectionMenu(title), title).toBe(false);
  });

  it("takes the headline under a Bengali menu packed over the headline, the writer and the date", () => {
    const head = "নদীর ধারে নতুন সেতু খুলে দেওয়া হলো গ্রামবাসীদের জন্য";
    const story = [
      "তিন বছরের কাজ শেষে মঙ্গলবার নদীর ধারের নতুন সেতুটি সাধারণ মানুষের জন্য খুলে দেওয়া হয়েছে, জানিয়েছেন জেলা প্রশাসক।",
      "আগে গ্রামবাসীদের নৌকায় নদী পার হতে হতো, বর্ষার সময় যা ছিল বিপজ্জনক এবং অনেক সময় বন্ধ থাকত।",
      "স্থানীয় ব্যবসায়ীরা বলছেন, সেতুটি চালু হওয়ায় বাজারে পণ্য আনা-নেওয়া অনেক সহজ ও সস্তা হবে।",
    ];
    const text = page("নদীতীর বার্তা", `${menus[0]}\n${head}\nসুমাইয়া রহমান\n১২ মার্চ ২০২৬`, ...story);
    expect(fromText(text, { source: "p.txt" }).headline).toBe(head);
  });
});
