import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { parseByline, parseMetaLine } from "./byline.js";

/** An invented page copy: a menu, the headline, the header's lines, three paragraphs of story, a footer. */
function page(menu: string[], headline: string, header: string[], story: string[], footer: string): string {
  return [...menu, "", headline, "", ...header, "", story.join("\n\n"), "", footer, ""].join("\n");
}

const enStory = [
  "Councillors in Portwick voted on Tuesday night to keep the island ferry running through the winter months, reversing a plan announced last autumn.",
  "The service had been due to stop in December, leaving about three hundred residents reliant on a weekly supply boat.",
  '"We heard the islanders loud and clear," said the council leader, Martin Fell, after the vote.',
];
const deStory = [
  "Nach fast neunzig Jahren schließt die Bäckerei Hollmann am Marktplatz in Altenbrück Ende des Monats ihre Türen.",
  "Inhaber Peter Hollmann findet keinen Nachfolger für den Familienbetrieb, den sein Großvater gegründet hatte.",
  "„Es fällt mir schwer, aber ich habe alles versucht“, sagte Hollmann am Dienstag vor Kunden.",
];
const frStory = [
  "Le festival de jazz de Saint-Aubrac, qui attire chaque été près de dix mille visiteurs, se tiendra cette année en septembre.",
  "Les organisateurs invoquent la chaleur des dernières éditions et le coût de la sécurité au mois de juillet.",
  "« Nous voulons un festival que l'on peut vivre sans souffrir », explique la directrice, Hélène Marot.",
];
const esStory = [
  "El pleno del ayuntamiento de Villaseca aprobó este jueves la construcción de un carril bici que unirá el centro con el polígono.",
  "La obra costará un millón de euros y comenzará en otoño, según el concejal de Movilidad, Andrés Pardo.",
  "Los vecinos del barrio norte habían reclamado durante años una vía segura para ir al trabajo en bicicleta.",
];
const itStory = [
  "Dopo due anni di lavori il ponte vecchio di Castelmonte riapre al traffico pedonale sabato mattina, annuncia il comune.",
  "Il restauro è costato quattro milioni di euro, in parte coperti da fondi regionali e da una raccolta dei cittadini.",
  "«È una giornata attesa da tutta la città», ha detto il sindaco Paolo Ferri durante la conferenza stampa.",
];
const ptStory = [
  "A fábrica de conservas de Vila Nova vai contratar cem trabalhadores até ao final do ano, anunciou a administração.",
  "A expansão deve-se a novas encomendas de clientes do norte da Europa, que duplicaram desde o verão passado.",
  '"Precisamos de gente já para abril", disse o diretor, Luís Antunes, aos jornalistas na fábrica.',
];
const nlStory = [
  "De gemeente Oosterdijk opent in mei een nieuwe fietsenstalling bij het station met plek voor tweeduizend fietsen.",
  "De stalling komt onder het stationsplein en is de eerste vierentwintig uur gratis, meldt de wethouder.",
  "Reizigers klagen al jaren over de volle rekken en de fietsen die op de stoep worden gezet.",
];
const elStory = [
  "Η κατασκευή νέου λιμανιού για τα κρουαζιερόπλοια στη Σύρο ξεκινά τον Μάιο, σύμφωνα με ανακοίνωση του δήμου.",
  "Το έργο θα κοστίσει περίπου τριάντα εκατομμύρια ευρώ και αναμένεται να ολοκληρωθεί σε δύο χρόνια.",
  "Οι επαγγελματίες του νησιού χαιρετίζουν την απόφαση και ζητούν να ξεκινήσει γρήγορα.",
];

describe("a date, a bare name and a count on one header line", () => {
  // A blog's header sets a category, a tag, a place, a product or a series in the name's place and shape ("March 4,
  // 2025 | Main Dishes | 3 Comments") as often as its writer, and nothing on the line tells them apart: the part names
  // no one, printed elsewhere on the page or not.
  const pages: Array<[string, string[], string, string[]]> = [
    ["March 4, 2025 | Main Dishes | 3 Comments", ["Home", "Recipes", "Desserts"], "A quick lemon tart for busy weeknights", enStory],
    ["March 4, 2025 | Main Dishes | 3 Comments", ["Home", "Recipes", "Main Dishes"], "A quick lemon tart for busy weeknights", enStory],
    ["4 March 2025 | Harbour Road | 2 comments", ["Home", "News"], "Harbour town keeps its winter ferry", enStory],
    ["4 March 2025 | Galaxy Tab | 31 reviews", ["Home", "Reviews"], "Harbour town keeps its winter ferry", enStory],
    ["4 March 2025 | Spring Fair | 3 comments", ["Home", "Events"], "Harbour town keeps its winter ferry", enStory],
    ["4 March 2025 · Winter Walks · 4 min read", ["Home", "Travel"], "Harbour town keeps its winter ferry", enStory],
    ["4. März 2025 · Schnelle Küche · 2 Kommentare", ["Startseite", "Rezepte"], "Bäckerei am Marktplatz schließt", deStory],
    ["7 de marzo de 2025 - Villa Alegre - 7 comentarios", ["Inicio", "Noticias"], "Villaseca aprueba un nuevo carril bici", esStory],
    ["11 de março de 2025 | Vila Nova | 2 comentários", ["Início", "Notícias"], "Fábrica de conservas contrata cem trabalhadores", ptStory],
    ["6 maart 2025 | Den Helder | 9 reacties", ["Home", "Nieuws"], "Oosterdijk krijgt grote fietsenstalling", nlStory],
    ["5 mars 2025 | Vie Locale | 3 commentaires", ["Accueil", "Actualités"], "Le festival de jazz change de date", frStory],
    ["10 marzo 2025 | Ricette Veloci | 12 commenti", ["Home", "Notizie"], "Il ponte vecchio di Castelmonte riapre", itStory],
  ];
  it("names no one and keeps the date", () => {
    for (const [line, menu, headline, story] of pages) {
      expect(parseMetaLine(line)?.authors, line).toBeUndefined();
      const article = fromText(page(menu, headline, [line], story, "About us | Contact | Privacy"));
      expect(article.authors, line).toBeUndefined();
      expect(article.datePublished, line).toMatch(/^2025-03-/);
    }
  });
  it("names no one where the part is a section, a place, or one of two words, or where no count stands beside it", () => {
    const nameless = [
      "12 March 2025 | Ana Ruiz",
      "12 March 2025 | Travel Tips | 4 comments",
      "12 March 2025 | Buenos Aires | 4 comments",
      "12 March 2025 | New Harbour | 4 comments",
      "12 March 2025 | Ana Ruiz | Travel | 4 comments",
      "12 March 2025 | Local News | 4 comments",
      "12 March 2025 | HOME | 4 comments",
    ];
    for (const line of nameless) {
      expect(parseMetaLine(line)?.authors, line).toBeUndefined();
      const article = fromText(
        page(["Home", "News", "Sport"], "Harbour town keeps its winter ferry", [line], enStory, "About us | Contact"),
      );
      expect(article.authors, line).toBeUndefined();
      expect(article.datePublished, line).toBe("2025-03-12");
    }
  });
});

describe("a Greek byline in the genitive", () => {
  it("reads the name without the article, over the date, under it, or apart", () => {
    const layouts: Array<[string[], string]> = [
      [["Του Γιώργου Παπαδόπουλου", "", "4 Μαρτίου 2025"], "Γιώργου Παπαδόπουλου"],
      [["Της Μαρίας Νικολάου", "12.03.2025, 10:20"], "Μαρίας Νικολάου"],
      [["15 Μαρτίου 2025", "Του Νίκου Δημητρίου"], "Νίκου Δημητρίου"],
      [["Της Ελένης Παπαδάκη", "4 Μαρτίου 2025"], "Ελένης Παπαδάκη"],
      [["Του Κώστα Αντωνίου", "4 Μαρτίου 2025"], "Κώστα Αντωνίου"],
    ];
    for (const [header, author] of layouts) {
      const article = fromText(
        page(
          ["Αρχική", "Ειδήσεις", "Οικονομία"],
          "Νέο λιμάνι για τα κρουαζιερόπλοια στη Σύρο",
          header,
          elStory,
          "Επικοινωνία | Όροι χρήσης",
        ),
      );
      expect(
        article.authors?.map((a) => a.name),
        header.join(" / "),
      ).toEqual([author]);
    }
    expect(parseByline("Του Γιάννη Καραγιάννη")).toEqual([{ type: "Person", name: "Γιάννη Καραγιάννη" }]);
    // A copy's no-break space or tab after the article leaves the whole name.
    expect(parseByline("Του\u00a0Γιάννη Καραγιάννη")).toEqual([{ type: "Person", name: "Γιάννη Καραγιάννη" }]);
    expect(parseByline("Της\tΜαρίας\u00a0Νικολάου")).toEqual([{ type: "Person", name: "Μαρίας\u00a0Νικολάου" }]);
  });
  it("reads no body's, place's or saint's name in the genitive as a writer", () => {
    for (const line of [
      "Του Δήμου Αθηναίων",
      "Της Εθνικής Τράπεζας",
      "Του Δήμου Πειραιά",
      "Του Αγίου Νικολάου",
      "Της Αγίας Ειρήνης",
      "Του Υπουργείου Υγείας",
      "Της Κυριακής",
      "Του Λιμεναρχείου Πειραιά",
      "Του Λυκείου Ρόδου",
      "Του Σταδίου Καραϊσκάκη",
      "Του Οσίου Λουκά",
      "Του Ολυμπιακού Πειραιά",
      "Του Καιρού Σήμερα",
      "Του Προφήτη Ηλία",
      "Του Κόλπου Κορίνθου",
      "Της Παναγίας Σουμελά",
      "Της Μητρόπολης Πειραιά",
      "Της Περιφέρειας Αττικής",
      "Της Λίμνης Πλαστήρα",
      "Της Ομάδας Βόλου",
      "Του Νέου Κόσμου",
      "Του Μεγάλου Αλεξάνδρου",
      "Του Μητροπολίτη Ιερωνύμου",
      "Του Αρχιεπισκόπου Ιερωνύμου",
      "Του Δημάρχου Βόλου",
      "Του Προέδρου Παπαδόπουλου",
      "Του Βουλευτή Χανιώτη",
      "Της Νέας Πάρου",
    ])
      expect(parseByline(line), line).toBeUndefined();
  });
  it("reads no school's, stadium's or team's name under the date as a writer", () => {
    for (const line of ["Του Λυκείου Ρόδου", "Του Σταδίου Καραϊσκάκη", "Του Ολυμπιακού Πειραιά", "Της Ομάδας Βόλου"]) {
      const article = fromText(
        page(["Αρχική", "Ειδήσεις"], "Νέο λιμάνι για τα κρουαζιερόπλοια στη Σύρο", ["4 Μαρτίου 2025", line], elStory, "Επικοινωνία"),
      );
      expect(article.authors, line).toBeUndefined();
      expect(article.datePublished, line).toBe("2025-03-04");
    }
  });
});

const ukStory = [
  "У Житомирі в середу відкрили новий пішохідний міст через річку Тетерів. Будівництво тривало майже два роки.",
  "За словами міського голови, міст з'єднав два райони міста, між якими раніше доводилося робити великий гак.",
  "Вартість робіт склала близько вісімдесяти мільйонів гривень, частину коштів надала область.",
];
const ruStory = [
  "В районном центре Тверской области открылась новая библиотека, построенная на месте старого клуба.",
  "В фонде библиотеки более двадцати тысяч книг, есть зал для детей и компьютерный класс для пенсионеров.",
  "Директор библиотеки рассказала, что записаться можно будет уже со следующей недели.",
];
const plStory = [
  "Od kwietnia nowa linia autobusowa połączy osiedle Zielone Wzgórze z dworcem kolejowym, poinformował zarząd transportu.",
  "Autobusy będą kursować co piętnaście minut w godzinach szczytu i co pół godziny wieczorem oraz w weekendy.",
  "Mieszkańcy od dawna domagali się bezpośredniego połączenia z centrum miasta i z dworcem.",
];
const csStory = [
  "Obec na Vysočině otevřela v pondělí novou mateřskou školu pro čtyřicet dětí. Stavba stála dvacet milionů korun.",
  "Starosta obce uvedl, že o místa byl velký zájem a kapacita je už téměř naplněná na celý příští rok.",
  "Školka má také zahradu s hřištěm a vlastní kuchyni, ve které se vaří i pro místní seniory.",
];

describe("a bare name right under the date line", () => {
  // With no label, a place, a street, a square, a team, a product or a publication stands under the date in a family
  // name's shape as often as a writer ("Stary Rynek", "Česká Třebová", "Площадь Ленина", "Poczta Polska"), and so does
  // the person a story is about: two capitalised words there name no one.
  const pl5 = "5 marca 2025";
  const cs6 = "6. března 2025";
  const ru12 = "12 марта 2025";
  const plHead = "Nowa linia autobusowa połączy osiedle z dworcem";
  const csHead = "Obec na Vysočině otevřela novou školku";
  const ruHead = "В Тверской области открылась новая библиотека";
  const ukHead = "У Житомирі відкрили новий міст через річку";
  const enHead = "Harbour town keeps its winter ferry";
  it("names no one for a place, a teaser's title, a street, a team, a product, a publication or a name set apart", () => {
    const nameless: Array<[string[], string[], string]> = [
      [[pl5, "Gorzów Wielkopolski"], plStory, plHead],
      [[pl5, "Mińsk Mazowiecki"], plStory, plHead],
      [[pl5, "Kalwaria Zebrzydowska"], plStory, plHead],
      [[pl5, "Stary Rynek"], plStory, plHead],
      [[pl5, "Zamek Królewski"], plStory, plHead],
      [[pl5, "Poczta Polska"], plStory, plHead],
      [[ru12, "Новые маршруты"], ruStory, ruHead],
      [[ru12, "Западная Украина"], ruStory, ruHead],
      [[ru12, "Площадь Ленина"], ruStory, ruHead],
      [[ru12, "Бульвар Шевченко"], ruStory, ruHead],
      [[ru12, "Металлист Харьков"], ruStory, ruHead],
      [[ru12, "Лада Калина"], ruStory, ruHead],
      [["4 березня 2025", "Кривий Ріг"], ukStory, ukHead],
      [["4 березня 2025", "", "Біла Церква"], ukStory, ukHead],
      [[cs6, "Hradec Králové"], csStory, csHead],
      [[cs6, "Česká Třebová"], csStory, csHead],
      [[cs6, "Horní Planá"], csStory, csHead],
      [["12 March 2025", "Ada Lee"], enStory, enHead],
      [["12 March 2025", "Fashion Week"], enStory, enHead],
      [["12 March 2025", "Star Trek"], enStory, enHead],
      [["12 March 2025", "Old Oak"], enStory, enHead],
    ];
    for (const [header, story, headline] of nameless) {
      const article = fromText(page(["Home", "News"], headline, header, story, "Kontakt"));
      expect(article.authors, header.join(" / ")).toBeUndefined();
      expect(article.datePublished, header.join(" / ")).toMatch(/^2025-03-/);
    }
  });
});

describe("a story's first section heading right under its byline", () => {
  /** A sectioned story: a menu, the title, a byline and date, then each section's heading over its paragraph. */
  const sectioned = (title: string, byline: readonly string[], sections: readonly (readonly string[])[]) =>
    ["Home", "News", "", title, "", ...byline, "", ...sections.flatMap(([heading, text]) => [heading!, "", text!, ""]), "Share"].join("\n");
  const english = [
    [
      "The covered market opens in spring",
      "The council voted on Monday night to fund the covered market that traders in the town centre have awaited for ten years.",
    ],
    [
      "Parking charges go up",
      "Street parking will now cost two pounds an hour, against one pound fifty until now, the majority decided after a long debate.",
    ],
    [
      "The pool will close for works",
      "The town pool will close from June to September for a full renovation of its basins and its roof, the council said.",
    ],
  ];
  const french = [
    [
      "Le nouveau marché couvert ouvrira ses portes au printemps",
      "Le conseil a voté lundi soir le financement du marché couvert, attendu depuis dix ans par les commerçants du centre-ville.",
    ],
    [
      "Les tarifs du stationnement augmentent",
      "Le stationnement en surface coûtera désormais deux euros de l'heure, contre un euro cinquante jusqu'ici, a décidé la majorité.",
    ],
    [
      "La piscine fermera pour travaux",
      "La piscine municipale fermera de juin à septembre pour une rénovation complète de ses bassins et de sa toiture.",
    ],
  ];
  const german = [
    [
      "Die neue Markthalle öffnet im Frühjahr ihre Türen",
      "Der Rat hat am Montagabend die Markthalle finanziert, auf die die Händler der Innenstadt seit zehn Jahren warten.",
    ],
    [
      "Parken wird teurer",
      "Das Parken am Straßenrand kostet künftig zwei Euro pro Stunde statt bisher einem Euro fünfzig, beschloss die Mehrheit.",
    ],
    [
      "Das Hallenbad schließt für Bauarbeiten",
      "Das Hallenbad bleibt von Juni bis September für eine vollständige Sanierung der Becken und des Dachs geschlossen.",
    ],
  ];

  it("keeps it as the first heading, not the lead picture's caption", () => {
    for (const [title, byline, sections] of [
      ["Five decisions from the Rochebrune council", ["By Camille Ross", "March 3, 2025"], english],
      ["Les cinq décisions du conseil municipal de Rochebrune", ["Par Camille Rousseau", "Publié le 3 mars 2025"], french],
      ["Fünf Beschlüsse des Stadtrats von Rotenbruck", ["Von Carla Roth", "3. März 2025"], german],
    ] as const) {
      const article = fromText(sectioned(title, byline, sections));
      expect(article.image, title).toBeUndefined();
      expect(article.body[0], title).toEqual({ type: "heading", text: sections[0]![0], level: 2 });
    }
  });

  /** An unsectioned story under a lead caption, with lines set apart between its paragraphs that head no section. */
  const interrupted = (...breaks: readonly string[]) =>
    [
      "Home",
      "",
      "Five decisions from the council",
      "",
      "By Camille Ross",
      "March 3, 2025",
      "",
      "Traders unload their stalls in the old market square at dawn",
      "",
      english[0]![1]!,
      "",
      ...breaks.flatMap((line, k) => [line, "", english[(k + 1) % english.length]![1]!, ""]),
    ].join("\n");

  it("still reads a lead caption over a story without sections, or one with its credit", () => {
    expect(fromText(interrupted()).image).toEqual({ caption: "Traders unload their stalls in the old market square at dawn" });
    const credited = sectioned(
      "Five decisions from the council",
      ["By Camille Ross", "March 3, 2025"],
      [["The old market at dawn. Photo: Ada Lee", english[0]![1]!], ...english.slice(1)],
    );
    expect(fromText(credited).image).toEqual({ caption: "The old market at dawn.", credit: "Ada Lee" });
  });

  it("still reads a lead caption when only one line below stands apart like a heading", () => {
    for (const line of [
      "Boats for sale line the inner harbour wall at Port Arran",
      "We cannot keep going like this for another winter",
      "Later in the season",
    ])
      expect(fromText(interrupted(line)).image, line).toEqual({ caption: "Traders unload their stalls in the old market square at dawn" });
  });

  it("does not count a second picture's caption below, which the body reads as one, as a section's heading", () => {
    const article = fromText(
      interrupted("Boats for sale line the inner harbour wall at Port Arran", "The ice plant on the north quay has stood idle since May"),
    );
    expect(article.image).toEqual({ caption: "Traders unload their stalls in the old market square at dawn" });
  });

  it("still reads a lead caption whose agency's credit runs on with no mark before it", () => {
    for (const credit of ["Getty Images", "AFP", "Photo AFP"]) {
      const caption = `Traders unload their stalls in the old market square ${credit}`;
      const article = fromText(
        sectioned(
          "Five decisions from the council",
          ["By Camille Ross", "March 3, 2025"],
          [[caption, english[0]![1]!], ...english.slice(1)],
        ),
      );
      expect(article.image, credit).toEqual({ caption });
    }
  });

  it("does not count a related link's label below as a section's heading", () => {
    const article = fromText(interrupted("Read more: Harbour dues to rise in April", "Related: Ferry fares to rise in May"));
    expect(article.image).toEqual({ caption: "Traders unload their stalls in the old market square at dawn" });
  });
});

describe("a date between a menu copied as one line and the headline", () => {
  const ruStory = [
    "Городской совет Озёрска во вторник одобрил строительство пешеходного моста через реку у старой пристани.",
    "Работы начнутся весной и обойдутся городу примерно в двести миллионов рублей, сообщил глава администрации.",
    "Жители заречного района много лет просили о коротком пути к вокзалу и рынку.",
  ];
  const roStory = [
    "Primăria din Valea Nouă a anunțat marți că piața centrală va fi renovată până la sfârșitul verii.",
    "Lucrările vor costa aproximativ două milioane de lei și vor fi plătite din fonduri europene, a spus primarul.",
    "Comercianții se vor muta între timp într-o hală provizorie de lângă gară.",
  ];
  // The menu's section names are no title over the date: the date heads the header, as it does with no menu over it.
  const cases: Array<[string, string, string, string, string[], string]> = [
    [
      "Home News Sport Business Opinion Weather",
      "12 March 2026",
      "Island ferry to keep running through the winter",
      "By Ruth Calder",
      enStory,
      "2026-03-12",
    ],
    [
      "Startseite Lokales Politik Sport Kultur Wetter",
      "12.03.2026, 09:15 Uhr",
      "Bäckerei am Marktplatz schließt nach neunzig Jahren",
      "Von Jan Roder",
      deStory,
      "2026-03-12",
    ],
    [
      "Portada Local Deportes Cultura Tiempo",
      "12 de marzo de 2026",
      "Villaseca tendrá un carril bici hasta el polígono",
      "Por Marta Gil",
      esStory,
      "2026-03-12",
    ],
    [
      "Início Região Desporto Cultura Tempo",
      "12 de março de 2026",
      "Fábrica de conservas vai contratar cem pessoas",
      "Por Rui Matos",
      ptStory,
      "2026-03-12",
    ],
    [
      "Главная Новости Город Спорт Культура Погода",
      "12 марта 2026",
      "В Озёрске откроют новый мост через реку",
      "Автор: Иван Белов",
      ruStory,
      "2026-03-12",
    ],
    // Romanian: "Național" and "Vreme" are the menu's, with "Acasă" its one other word.
    [
      "Acasă Local Național Sport Cultură Vreme",
      "12 martie 2026",
      "Piața centrală din Valea Nouă intră în renovare",
      "de Ioana Mureșan",
      roStory,
      "2026-03-12",
    ],
  ];
  it.each(cases)("%s over %s", (menu, date, headline, byline, story, iso) => {
    const article = fromText(page([menu, "", date], headline, [byline], story, "© 2026 Example Media"), { source: "p.txt" });
    expect(article.headline).toBe(headline);
    expect(article.datePublished?.slice(0, 10)).toBe(iso);
  });

  it("keeps the header's own date under the headline over a top bar's day under the menu", () => {
    const text = page(
      ["Home News Sport Business Opinion Weather", "", "Monday, 7 December 2026"],
      "Island ferry to keep running through the winter",
      ["By Ruth Calder", "12 March 2026"],
      enStory,
      "© 2026 Example Media",
    );
    expect(fromText(text, { source: "p.txt" }).datePublished?.slice(0, 10)).toBe("2026-03-12");
  });

  it("reads the header's own date, not a teaser's, under a menu over a teaser and its date", () => {
    const menu = ["Home News Sport Business Opinion Weather", "", "Castleby pier to close for repairs next month", "3 March 2026"];
    const text = page(
      menu,
      "Island ferry to keep running through the winter",
      ["By Ruth Calder", "12 March 2026"],
      enStory,
      "© 2026 Example Media",
    );
    expect(fromText(text, { source: "p.txt" }).datePublished?.slice(0, 10)).toBe("2026-03-12");
  });
});

describe("a single writer's name set apart from the date by a blank line, over it or under it", () => {
  const headline = "Harbour town keeps its winter ferry";
  /** The page with its header's blocks each set apart by a blank line. */
  const spaced = (blocks: string[]) =>
    page(
      ["Home", "News"],
      headline,
      blocks.flatMap((block, i) => (i ? ["", block] : [block])),
      enStory,
      "Contact",
    );
  /** Expects a line set apart over the date, and under it, to sign no one. */
  const signsNoOneEitherSide = (line: string) => {
    for (const blocks of [
      [line, "12 March 2025"],
      ["12 March 2025", line],
    ]) {
      expect(fromText(spaced(blocks)).authors, blocks.join(" / ")).toBeUndefined();
    }
  };
  it("signs a person whose name opens with a common given name, over or under the date, in several languages", () => {
    const signed: Array<[string[], string]> = [
      [["Peter Holloway", "12 March 2025"], "Peter Holloway"],
      [["Inès Valbonne", "12 mars 2025"], "Inès Valbonne"],
      [["Jonas Eberhardt", "12. März 2025"], "Jonas Eberhardt"],
      [["Pieter van Dongen", "12 maart 2025"], "Pieter van Dongen"],
      [["12 March 2025", "Rodrigo Almendral"], "Rodrigo Almendral"],
      [["2025-03-12", "Sadie O'Rourke"], "Sadie O'Rourke"],
    ];
    for (const [blocks, name] of signed) {
      const article = fromText(spaced(blocks));
      expect(article.authors, blocks.join(" / ")).toEqual([{ type: "Person", name }]);
      expect(article.datePublished, blocks.join(" / ")).toMatch(/^2025-03-12/);
      expect(article.body?.[0], blocks.join(" / ")).toMatchObject({ type: "paragraph", text: enStory[0] });
    }
  });
  it("names no one for a kicker, a desk, a place, a team or a heading set apart in a name's shape", () => {
    const lines = ["Harbour Life", "Field Notes", "Red Cross", "Aston Villa", "Costa Rica", "Words Matter", "Market Watch", "Opinion"];
    for (const line of lines) {
      signsNoOneEitherSide(line);
    }
  });
  it("names no one after a given name whose next word the page prints in lower case, as a street's or a park's", () => {
    const story = [...enStory, "The ticket office moved to a shop on the street by the quay, which reopened last week."];
    const article = fromText(page(["Home", "News"], headline, ["Charlotte Street", "", "12 March 2025"], story, "Contact"));
    expect(article.authors).toBeUndefined();
  });
  it("names no one for a street, a school, a venue, a show or a prize named for a person, in several languages", () => {
    const lines = ["Marta Hollister Street", "Jonas Eberhardt Schule", "Inès Valbonne Lycée", "Rodrigo Almendral Estadio"];
    for (const line of [...lines, "Peter Holloway Prize", "Pieter van Dongen Brug", "Giulia Ferrandi Piazza"]) {
      signsNoOneEitherSide(line);
    }
  });
  it("names no one after a given name that is a town's name or a common word in a language it reads", () => {
    for (const line of ["Sofia Ringbahn", "Isla Verdemar", "Marco Normativo", "Rosa Pastello", "Pierre Taillée"]) {
      signsNoOneEitherSide(line);
    }
  });
  it("names no one set apart under the date over an obituary's years of life", () => {
    for (const years of ["1938–2025", "(1938-2025)"]) {
      expect(fromText(spaced(["12 March 2025", "Marta Hollister", years])).authors, years).toBeUndefined();
    }
  });
  it("names no one for the story's subject, whose family name the story prints alone, but signs a writer named again in full", () => {
    const subject = (blocks: string[], story: string[]) => fromText(page(["Home", "News"], headline, blocks, story, "Contact"));
    const aboutHer = ["Hollister ran the ferry office for thirty years and knew every skipper on the coast by name.", ...enStory];
    for (const blocks of [
      ["Marta Hollister", "", "12 March 2025"],
      ["12 March 2025", "", "Marta Hollister"],
    ]) {
      expect(subject(blocks, aboutHer).authors, blocks.join(" / ")).toBeUndefined();
    }
    const withBox = [...enStory, "About Marta Hollister: she covers the coast's towns and their ferries."];
    expect(subject(["Marta Hollister", "", "12 March 2025"], withBox).authors).toEqual([{ type: "Person", name: "Marta Hollister" }]);
  });
});

describe("a writer's label that credits the pictures or names the piece's kind", () => {
  it("reads the writer after the label, in several languages", () => {
    const labelled: Array<[string, string]> = [
      ["Words and photos by Peter Holloway", "Peter Holloway"],
      ["Text and photos by Peter Holloway", "Peter Holloway"],
      ["Recipe by Peter Holloway", "Peter Holloway"],
      ["Live reporting by Peter Holloway", "Peter Holloway"],
      ["Text und Fotos von Jonas Eberhardt", "Jonas Eberhardt"],
      ["Texte et photos de Inès Valbonne", "Inès Valbonne"],
      ["Texto y fotos de Rodrigo Almendral", "Rodrigo Almendral"],
    ];
    for (const [label, name] of labelled) {
      const article = fromText(page(["Home", "News"], "Harbour town keeps its winter ferry", [label, "12 March 2025"], enStory, "Contact"));
      expect(article.authors, label).toEqual([{ type: "Person", name }]);
      expect(article.body?.[0], label).toMatchObject({ type: "paragraph", text: enStory[0] });
    }
  });
});
