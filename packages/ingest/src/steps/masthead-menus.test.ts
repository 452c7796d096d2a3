import { describe, expect, it } from "vitest";
import { fromText } from "../index.js";
import { isSectionMenu } from "./headline.js";

// Round hl101: a site's name set as a masthead over a headline in sentence case, and one-line menus in Bengali,
// Hindi, Estonian, Slovak and Greek over a packed header. Every page, name and line here is invented.

const page = (...blocks: string[]) => `${blocks.join("\n\n")}\n`;

const frStory = [
  "Le conseil municipal a adopté mardi soir un plan de rénovation des trois écoles du quartier nord, après deux ans de débats.",
  "Les travaux commenceront à la fin de l'année scolaire et dureront dix-huit mois, selon l'adjointe chargée de l'éducation.",
  "Les parents d'élèves réclamaient depuis longtemps des salles mieux isolées et une cantine plus grande pour les enfants.",
];
const esStory = [
  "El pleno municipal aprobó el martes por la noche un plan para reformar los tres colegios del barrio norte tras dos años de debate.",
  "Las obras empezarán al final del curso escolar y durarán dieciocho meses, según la concejala de Educación de la ciudad.",
  "Las familias llevaban años pidiendo aulas mejor aisladas y un comedor más grande para los niños del barrio.",
];

describe("a masthead over a headline in sentence case", () => {
  const frHead = "Le conseil municipal vote la rénovation des trois écoles du quartier nord";
  const esHead = "El pleno aprueba reformar los tres colegios del barrio norte de la ciudad";

  it("takes the headline, not a French or Spanish site name of four words or more", () => {
    for (const [site, head, date, story] of [
      ["Le Veilleur de la Côte", frHead, "12 mars 2026", frStory],
      ["La Lanterne des Vallons", frHead, "12 mars 2026", frStory],
      ["El Faro del Poniente", esHead, "12 de marzo de 2026", esStory],
      ["La Gaceta de la Sierra", esHead, "12 de marzo de 2026", esStory],
    ] as const) {
      expect(fromText(page(site, head, date, ...story), { source: "p.txt" }).headline, site).toBe(head);
      expect(fromText(page(site, `${head}\n${date}`, ...story), { source: "p.txt" }).headline, site).toBe(head);
    }
  });

  it("keeps a title shaped as a name over its deck where the story names it, as a review names its work", () => {
    const title = "La Chambre des Horloges";
    const deck = "Le premier roman d'une libraire de Quimper ressort en poche avec une préface de son autrice";
    const story = [
      ...frStory.slice(0, 1),
      `Paru en janvier chez un petit éditeur breton, « ${title} » a trouvé ses lecteurs.`,
      ...frStory.slice(1),
    ];
    const text = page("Lectures du Sud", title, deck, "Par Anne Kervella\n12 mars 2026", ...story);
    expect(fromText(text, { source: "p.txt" }).headline).toBe(title);
  });

  it("keeps a headline over its deck when the deck ends a sentence", () => {
    const title = "La Rentrée des Classes";
    const deck = "Le conseil municipal a voté la rénovation des trois écoles du quartier nord avant la fin de l'année.";
    expect(fromText(page(title, deck, "12 mars 2026", ...frStory), { source: "p.txt" }).headline).toBe(title);
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
