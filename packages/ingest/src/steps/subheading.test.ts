import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { headlineText } from "./headline.js";

const paragraphs = [
  "The island's only ferry returned to service on Monday after three months of repairs at the mainland yard, and the first crossing sailed full.",
  "Residents had relied on a chartered boat that sailed twice a week, and shopkeepers said trade had fallen by a third while the ferry was away.",
  "The council said the daily timetable would be restored from next month, with an extra evening sailing on Fridays through the summer.",
  "A spare vessel is to be found before next winter, the council added, so that a breakdown never again leaves the island without a crossing.",
] as const;

/** The headline and byline over the ferry story, then the blank line where its body starts. */
const ferryHeader = ["Island ferry back in service after repairs", "By Ada Fenwick", ""];

/** The sub-headings read from a page given as its lines. */
function headingsOf(page: readonly string[], language = "en"): string[] {
  return fromText(page.join("\n"), { meta: { inLanguage: language } })
    .body.filter((block) => block.type === "heading")
    .map((block) => block.text);
}

function headings(question: string): string[] {
  const page = [...ferryHeader, paragraphs[0], "", paragraphs[1], "", question, "", paragraphs[2], "", paragraphs[3]];
  return headingsOf(page);
}

describe("sub-headings", () => {
  it("takes a question set as a title, in title case or capitals, for a sub-heading", () => {
    expect(headings("How Much Will the New Timetable Cost the Island?")).toEqual(["How Much Will the New Timetable Cost the Island?"]);
    expect(headings("WHAT WILL THE NEW TIMETABLE COST THE ISLAND?")).toEqual(["WHAT WILL THE NEW TIMETABLE COST THE ISLAND?"]);
  });

  it("takes a short question in sentence case standing alone for a sub-heading, as FAQ sections set them", () => {
    expect(headings("How long does the morning crossing take now?")).toEqual(["How long does the morning crossing take now?"]);
    expect(headings("Is there still a ferry on Sunday evenings?")).toEqual(["Is there still a ferry on Sunday evenings?"]);
  });

  it("keeps a question asked in sentence case as a paragraph of the story", () => {
    expect(headings("So what will the new timetable cost the island and its shops?")).toEqual([]);
  });

  it("takes a heading packed under a list's last item or a box's sentence, with a paragraph under it, in several languages", () => {
    const french = [
      "Le seul bac de l'île a repris son service lundi après trois mois de réparations au chantier du continent, et la première traversée était complète.",
      "Les habitants devaient compter sur un bateau affrété qui passait deux fois par semaine, et les commerçants disent que leurs ventes ont baissé d'un tiers.",
      "La mairie a dit que l'horaire quotidien reviendrait le mois prochain, avec une traversée de plus le vendredi soir pendant tout l'été.",
      "Un second bateau doit être trouvé avant l'hiver prochain, a ajouté la mairie, pour que l'île ne reste plus jamais sans traversée.",
    ];
    const pages = {
      en: {
        text: paragraphs,
        list: ["Bring cash for the harbour kiosk.", "Tickets can be booked in advance."],
        heading: "Costs on the island",
      },
      fr: {
        text: french,
        list: ["Prévoyez de la monnaie pour le kiosque.", "Les billets se réservent à l'avance."],
        heading: "Les prix sur l'île",
      },
    };
    for (const [language, { text, list, heading }] of Object.entries(pages)) {
      const page = [...ferryHeader, text[0], "", text[1], "", ...list, heading, "", text[2], "", text[3]];
      expect(headingsOf(page, language)).toEqual([heading]);
    }
  });

  it("keeps a list's last item above a paragraph as text when it ends no sentence under the item before", () => {
    const page = [
      ...ferryHeader,
      paragraphs[0],
      "",
      paragraphs[1],
      "",
      "Harbour kiosk",
      "Ticket office",
      "Costs on the island",
      "",
      paragraphs[2],
      "",
      paragraphs[3],
    ];
    expect(headingsOf(page)).toEqual([]);
  });

  it("takes a title-case line after a colon for the next section's heading, and keeps a sentence-case one as the announced text", () => {
    const page = (line: string) => [
      ...ferryHeader,
      paragraphs[0],
      "",
      "The new timetable, as the council printed it, looks like this:",
      "",
      line,
      "",
      paragraphs[2],
      "",
      paragraphs[3],
    ];
    expect(headingsOf(page("What the Shopkeepers Expect"))).toEqual(["What the Shopkeepers Expect"]);
    expect(headingsOf(page("Morning sailings from the harbour"))).toEqual([]);
  });

  it("takes a numbered entry packed under the last point of the entry before for the next entry's heading", () => {
    const page = [
      "Three harbour walks for a winter weekend",
      "By Ada Fenwick",
      "",
      "1. The north pier",
      "",
      paragraphs[0],
      "",
      "best for early risers",
      "windy at high tide",
      "2. The lighthouse path",
      "",
      paragraphs[1],
      "",
      paragraphs[2],
    ];
    expect(headingsOf(page)).toEqual(["1. The north pier", "2. The lighthouse path"]);
  });

  it("does not take a related link, a labelled caption or a call to act set between paragraphs for a sub-heading", () => {
    for (const line of [
      "See also: Lighthouse keepers remember the storm",
      "Lesen Sie auch: Der Leuchtturm im Sturm",
      "Source: Harbour Office Timetables",
      "Image 2: The North Pier at Dawn",
      "Quelle: Hafenamt der Insel",
      "Get Started With Tide Alerts",
      "Download the Winter Timetable",
      "Abonnez-vous à la lettre du port",
      "Get a Free Quote for Your Mooring",
      "Visit Website",
      "Email Address *",
      "Boat Name (Required)",
    ]) {
      expect(headings(line)).toEqual([]);
    }
    // A heading that only starts alike is kept.
    expect(headings("Downloads of the Timetable Doubled")).toEqual(["Downloads of the Timetable Doubled"]);
  });

  it("does not take a button's line (read now, apply now, try for free) set between paragraphs for a sub-heading, in several languages", () => {
    for (const line of [
      "Read Now",
      "Book Now (opens the booking office)",
      "Order Now",
      "Request Information",
      "Try Tidewatch for Free",
      "Get the Deal",
      "Jetzt testen",
      "Réservez maintenant",
      "Reserva ahora",
    ]) {
      expect(headings(line)).toEqual([]);
    }
    // A heading that opens with a button's words and goes on is kept.
    expect(headings("Read Now or Never: The Island's Last Bookshop")).toEqual(["Read Now or Never: The Island's Last Bookshop"]);
  });

  it("takes a numbered entry standing apart under prose for a heading, though its text is packed under it", () => {
    const page = [
      "Three harbour walks for a winter weekend",
      "By Ada Fenwick",
      "",
      paragraphs[0],
      "",
      "1. The north pier",
      paragraphs[1],
      "",
      "2. The lighthouse path",
      paragraphs[2],
      "",
      paragraphs[3],
    ];
    expect(headingsOf(page)).toEqual(["1. The north pier", "2. The lighthouse path"]);
  });

  it("does not take a figure alone (a footnote's number, a price) for a sub-heading, but keeps a year heading a timeline", () => {
    expect(headings("12")).toEqual([]);
    expect(headings("$4,500")).toEqual([]);
    expect(headings("1998")).toEqual(["1998"]);
  });

  it("takes points of a list set a line each in sentence case for text, where a heading over its sub-heading stays", () => {
    const page = (first: string, second: string) =>
      [...ferryHeader, paragraphs[0], "", first, "", second, "", paragraphs[1], "", paragraphs[2]].join("\n");
    const headingsOf = (first: string, second: string) =>
      fromText(page(first, second), { meta: { inLanguage: "en" } })
        .body.filter((block) => block.type === "heading")
        .map((block) => block.text);
    // The first point heads nothing: the line under it is another point, not a sub-heading.
    expect(headingsOf("Check the timetable before every crossing", "Keep your ticket until you reach the pier")).not.toContain(
      "Check the timetable before every crossing",
    );
    expect(headingsOf("What the Islanders Say", "Shopkeepers on the quay")).toEqual(["What the Islanders Say", "Shopkeepers on the quay"]);
  });

  it("takes the lines of a fact box (labels with their values, one over the other) for text, not headings", () => {
    const page = [
      ...ferryHeader,
      paragraphs[0],
      "",
      "Operator: Harbour Lines",
      "",
      "Based in: Harbourton",
      "",
      paragraphs[1],
      "",
      paragraphs[2],
    ];
    const article = fromText(page.join("\n"), { meta: { inLanguage: "en" } });
    expect(article.body.filter((block) => block.type === "heading").map((block) => block.text)).not.toContain("Operator: Harbour Lines");
  });
});

/** The headline and byline over the guesthouse story, then the blank line where its body starts. */
const guesthouseHeader = ["Three places to stay on the island", "By Ada Fenwick", ""];

/** Four paragraphs of one invented story (guesthouses on the island) in each language a test needs. */
const guesthouseStory: Record<string, readonly [string, string, string, string]> = {
  en: [
    "The harbour guesthouse has eight rooms over the old net loft, and most of them look straight out over the quay and the ferry slip.",
    "The lighthouse cottage sleeps four and is let by the week, with a kitchen of its own and a path down to the beach below the cliff.",
    "The farm at the north end of the island keeps two rooms for walkers, and the owners will drive your bags to the next stop for a small fee.",
    "All three fill up quickly in the summer, so the tourist office advises booking before Easter and asking about the ferry times when you do.",
  ],
  de: [
    "Das Gästehaus am Hafen hat acht Zimmer über dem alten Netzboden, und die meisten von ihnen blicken direkt auf den Kai und die Fähre.",
    "Das Leuchtturmhaus bietet Platz für vier Gäste und wird wochenweise vermietet, mit einer eigenen Küche und einem Weg hinunter zum Strand.",
    "Der Hof am Nordende der Insel hält zwei Zimmer für Wanderer bereit, und die Besitzer bringen das Gepäck gegen eine kleine Gebühr weiter.",
    "Alle drei sind im Sommer schnell ausgebucht, deshalb rät das Fremdenverkehrsamt, vor Ostern zu buchen und nach den Fährzeiten zu fragen.",
  ],
  fr: [
    "La maison d'hôtes du port compte huit chambres au-dessus de l'ancien grenier à filets, et la plupart donnent sur le quai et sur le bac.",
    "La maison du phare accueille quatre personnes et se loue à la semaine, avec sa propre cuisine et un sentier qui descend vers la plage.",
    "La ferme au nord de l'île garde deux chambres pour les randonneurs, et les propriétaires portent les bagages à l'étape suivante pour une somme modeste.",
    "Les trois sont vite complètes en été, et l'office de tourisme conseille de réserver avant Pâques et de demander les horaires du bac en même temps.",
  ],
  es: [
    "La casa de huéspedes del puerto tiene ocho habitaciones sobre el antiguo almacén de redes, y la mayoría de ellas dan al muelle y al ferry.",
    "La casa del faro tiene sitio para cuatro personas y se alquila por semanas, con una cocina propia y un sendero que baja hasta la playa.",
    "La granja del norte de la isla guarda dos habitaciones para los caminantes, y los dueños llevan el equipaje a la siguiente parada por poco dinero.",
    "Las tres se llenan pronto en verano, por eso la oficina de turismo aconseja reservar antes de Semana Santa y preguntar por los horarios del ferry.",
  ],
};

/** The guesthouse page in `language` with `lines` standing between the story's second and third paragraphs, a blank line above and below. */
function guesthouseWith(lines: readonly string[], language = "en"): string[] {
  const [first, second, third, fourth] = guesthouseStory[language]!;
  return [...guesthouseHeader, first, "", second, "", ...lines, "", third, "", fourth];
}

/** The sub-headings read from the guesthouse page in `language` with `lines` standing between its second and third paragraphs. */
function headingsWith(lines: readonly string[], language = "en"): string[] {
  return headingsOf(guesthouseWith(lines, language), language);
}

describe("repeated card fields", () => {
  it("takes a label repeated over each card ('Price per night: …') for the card's text, not a heading, in several languages", () => {
    const labels: Record<string, string> = {
      en: "Price per night",
      de: "Preis pro Nacht",
      fr: "Prix par nuit ",
      es: "Precio por noche",
    };
    for (const [language, label] of Object.entries(labels)) {
      const [first, second, third, fourth] = guesthouseStory[language]!;
      const fields = [`${label}: 80 €`, `${label}: 95 €`, `${label}: 120 €`];
      const page = [...guesthouseHeader, first, "", fields[0], "", second, "", fields[1], "", third, "", fields[2], "", fourth];
      const article = fromText(page.join("\n"), { meta: { inLanguage: language } });
      expect(article.body.filter((block) => block.type === "heading")).toEqual([]);
      // The values are text of the story, kept as paragraphs.
      expect(article.body.filter((block) => block.type === "paragraph").map((block) => block.text)).toEqual(expect.arrayContaining(fields));
    }
  });
});

describe("tables of contents", () => {
  it("leaves a table of contents (its label and the entries under it) out of the body, in several languages", () => {
    const tables: Record<string, { label: string; headings: [string, string] }> = {
      en: { label: "Table of Contents", headings: ["1. The harbour guesthouse", "2. The lighthouse cottage"] },
      de: { label: "Inhaltsverzeichnis", headings: ["1. Das Gästehaus am Hafen", "2. Das Leuchtturmhaus"] },
      fr: { label: "Sommaire", headings: ["1. La maison d'hôtes du port", "2. La maison du phare"] },
      es: { label: "Índice", headings: ["1. La casa del puerto", "2. La casa del faro"] },
    };
    for (const [language, { label, headings }] of Object.entries(tables)) {
      const [first, second, third, fourth] = guesthouseStory[language]!;
      const page = [
        ...guesthouseHeader,
        first,
        "",
        label,
        "",
        ...headings,
        "",
        second,
        "",
        headings[0],
        "",
        third,
        "",
        headings[1],
        "",
        fourth,
      ];
      const article = fromText(page.join("\n"), { meta: { inLanguage: language } });
      expect(article.body.filter((block) => block.type === "heading").map((block) => block.text)).toEqual(headings);
      expect(article.body.filter((block) => block.type !== "heading" && block.type !== "paragraph")).toEqual([]);
    }
  });

  it("keeps a wiki's first heading packed under its table of contents", () => {
    const [first, second, third] = guesthouseStory.en!;
    const page = [
      "Harbour guesthouses",
      "",
      first,
      "",
      "Contents",
      "1 History",
      "2 Rooms",
      "History[edit]",
      "",
      second,
      "",
      "Rooms[edit]",
      "",
      third,
    ];
    const article = fromText(page.join("\n"), { meta: { inLanguage: "en" } });
    expect(article.body.filter((block) => block.type === "heading").map((block) => block.text)).toEqual(["History", "Rooms"]);
  });

  it("takes a heading by a wiki's edit link in the page's language, with a second link after a bar, as a heading", () => {
    for (const [language, history, rooms] of [
      ["de", "Geschichte[Bearbeiten | Quelltext bearbeiten]", "Zimmer[Bearbeiten | Quelltext bearbeiten]"],
      ["fr", "Histoire[modifier | modifier le code]", "Chambres[modifier | modifier le code]"],
      ["es", "Historia [editar]", "Habitaciones [editar]"],
    ]) {
      const [first, second, third] = guesthouseStory[language!]!;
      const page = [history, "", first, "", second, "", rooms!, "", third].join("\n");
      const headings = fromText(`Harbour guesthouses\n\n${page}`).body.filter((block) => block.type === "heading");
      expect(
        headings.map((block) => block.text),
        history,
      ).toEqual([history!.split("[")[0]!.trim(), rooms!.split("[")[0]!.trim()]);
    }
    // A bracketed note that is no edit link stays.
    for (const line of ["Tide tables [see below]", "Notes [1]", "The [Edit] button"]) expect(headlineText(line), line).toBe(line);
    expect(headlineText("Geschichte[Bearbeiten | Quelltext bearbeiten]")).toBe("Geschichte");
  });

  it("keeps a button a sentence names in its case, and a list's items that end with an edit link's word", () => {
    // A button is named capitalised, where a wiki prints its edit link lower-case (German's capitalised).
    for (const line of [
      "Then click Save [Edit]",
      "Cliquez sur Enregistrer [Modifier]",
      "Pulse el botón [Editar]",
      "Two links [Edit | Delete]",
    ])
      expect(headlineText(line), line).toBe(line);
    const [first, second, third] = guesthouseStory.es!;
    const items = ["- Fotos del comedor [editar]", "- Mapa de la isla [editar]", "- Horarios del ferry"];
    const page = ["Las pensiones del puerto", "", first, "", second, "", "Novedades:", ...items, "", third].join("\n");
    const blocks = fromText(page, { meta: { inLanguage: "es" } }).body;
    expect(blocks.filter((block) => block.type === "heading")).toEqual([]);
    expect(blocks.find((block) => block.type === "list")).toMatchObject({ items: items.map((item) => ({ text: item.slice(2) })) });
  });
});

describe("page chrome between paragraphs", () => {
  it("does not take a reading time, a share bar, a tags line, a form's step or a feedback prompt for a sub-heading, in several languages", () => {
    for (const line of [
      "Reading time: 4 minutes",
      "3 min. read",
      "Temps de lecture : 4 min",
      "5 Minuten Lesezeit",
      "Lectura de 6 minutos",
      "Facebook Twitter LinkedIn",
      "Facebook-f X Whatsapp",
      "Tags: Harbour, Ferries",
      "Schlagwörter: Hafen, Fähren",
      "Étiquettes : port, traversée",
      "Etiquetas: puerto, transbordador",
      "Tagged with: Harbour, Ferries",
      "Step 1 of 2",
      "Was this article helpful?",
      "Share this post",
      "Partager l'article",
    ]) {
      expect(headings(line)).toEqual([]);
    }
    // A heading that only starts alike is kept.
    expect(headings("Reading Time on the Ferry")).toEqual(["Reading Time on the Ferry"]);
  });
});

describe("lists set a line each", () => {
  it("takes the last point of a list set a line each in sentence case, over a paragraph, for text, in several languages", () => {
    const lists: Record<string, string[]> = {
      en: ["Check the timetable before you travel", "Keep your ticket until the pier", "Ask the crew about bicycles"],
      fr: ["Consultez les horaires avant le départ", "Gardez votre billet jusqu'au quai", "Demandez à l'équipage pour les vélos"],
      es: ["Consulte los horarios antes de viajar", "Guarde su billete hasta el muelle", "Pregunte a la tripulación por las bicicletas"],
    };
    for (const [language, points] of Object.entries(lists)) {
      const [first, second, third] = guesthouseStory[language]!;
      const page = [...guesthouseHeader, first, "", second, "", ...points.flatMap((point) => [point, ""]), third];
      const article = fromText(page.join("\n"), { meta: { inLanguage: language } });
      expect(article.body.filter((block) => block.type === "heading")).toEqual([]);
    }
  });

  it("keeps every point of a German list packed a line each, whose nouns make it look like titles", () => {
    const points = ["Spätere Abfahrten am Freitag", "Ein zweites Boot im Sommer", "Günstigere Fahrkarten für Inselbewohner"];
    const page = [
      "Nachtfähre bekommt einen neuen Fahrplan",
      "Von Anna Berg",
      "",
      "Die Hafenbehörde hat am Dienstag angekündigt, dass der Fahrplan der Nachtfähre über den Winter überprüft wird.",
      "",
      "Viele Pendler arbeiten bis spät am Abend auf dem Festland und verpassen deshalb regelmäßig die letzte Fähre.",
      "",
      ...points,
      "",
      "Die Hafenbehörde will den neuen Fahrplan im Frühjahr veröffentlichen, sagte eine Sprecherin am Dienstagabend.",
    ];
    const texts = (language: string) =>
      fromText(page.join("\n"), { meta: { inLanguage: language } }).body.map((block) => ("text" in block ? block.text : block.type));
    for (const point of points) expect(texts("de"), point).toContain(point);
  });

  it("drops the packed lines of a block capitalising every word, in German as in English: a menu or teasers, no list", () => {
    const paragraph = (n: number) =>
      `Die Hafenbehörde hat am Dienstag angekündigt, dass der Fahrplan der Nachtfähre über den Winter überprüft wird (${n}).`;
    const blocks = {
      de: ["Startseite Politik Deutschland Hamburg", "Nachrichten Regional Norddeutschland Hafen", "Wirtschaft Verkehr Schifffahrt Fähren"],
      en: ["Why the Old Pier Was Rebuilt", "Three Islands Share One Ferry", "Harbour Tolls Rise Again in April"],
    };
    for (const [language, block] of Object.entries(blocks)) {
      const page = [
        "Nachtfähre bekommt einen neuen Fahrplan",
        "Von Anna Berg",
        "",
        paragraph(1),
        "",
        paragraph(2),
        "",
        ...block,
        "",
        paragraph(3),
      ];
      const texts = fromText(page.join("\n"), { meta: { inLanguage: language } }).body.map((part) =>
        "text" in part ? part.text : part.type,
      );
      for (const line of block.slice(1)) expect(texts, `${language}: ${line}`).not.toContain(line);
    }
  });
});

describe("headings packed onto what they head", () => {
  const boxes: Record<string, { heading: string; points: string[] }> = {
    en: {
      heading: "Key points",
      points: [
        "The ferry sails daily again from the first of next month.",
        "Fares stay the same for residents and for visitors.",
        "A spare vessel is to be found before the winter.",
      ],
    },
    de: {
      heading: "Das Wichtigste in Kürze",
      points: [
        "Die Fähre fährt ab dem ersten des nächsten Monats wieder täglich.",
        "Die Preise bleiben für Einwohner und für Besucher gleich.",
        "Vor dem Winter soll ein zweites Schiff gefunden werden.",
      ],
    },
    fr: {
      heading: "Ce qu'il faut retenir",
      points: [
        "Le bac circule de nouveau tous les jours dès le mois prochain.",
        "Les tarifs ne changent pas pour les habitants et pour les visiteurs.",
        "Un second bateau doit être trouvé avant l'hiver.",
      ],
    },
    es: {
      heading: "Lo más importante",
      points: [
        "El ferry vuelve a salir todos los días desde el mes que viene.",
        "Los precios no cambian para los vecinos ni para los visitantes.",
        "Hay que encontrar un segundo barco antes del invierno.",
      ],
    },
  };

  it("takes a short line after a paragraph, packed over a box's points, for their heading, in several languages", () => {
    for (const [language, { heading, points }] of Object.entries(boxes)) {
      expect(headingsWith([heading, ...points], language)).toEqual([heading]);
    }
  });

  it("keeps a label run into one paragraph as text", () => {
    const [first, second, third, fourth] = guesthouseStory.en!;
    const page = [...guesthouseHeader, first, "", second, "", "Booking ahead", third, "", fourth];
    const article = fromText(page.join("\n"), { meta: { inLanguage: "en" } });
    expect(article.body.filter((block) => block.type === "heading")).toEqual([]);
  });
});

describe("dated lines", () => {
  it("does not take a line holding a full date (a byline glued to its date, an event's listing) for a sub-heading, in several languages", () => {
    for (const line of [
      "By Ada FenwickPublished: May 3, 2025",
      "Ada Fenwick 3 March 2025 — 5 minutes read",
      "Harbour Festival, Pier Hall, 3 May – 28 September 2025",
      "Hafenfest, Pierhalle, 3. Mai – 28. September 2025",
      "Fête du port, salle du quai, 3 mai – 28 septembre 2025",
      "Fiesta del puerto, muelle, 3 de mayo – 28 de septiembre de 2025",
    ]) {
      expect(headings(line)).toEqual([]);
    }
  });
});

describe("questions among title-case headings", () => {
  /** A page whose sections are headed in title case, with one more line standing alone between paragraphs. */
  const page = (line: string) => [
    ...ferryHeader,
    paragraphs[0]!,
    "",
    "What the Repairs Cost",
    "",
    paragraphs[1]!,
    "",
    "How the Shops Coped",
    "",
    paragraphs[2]!,
    "",
    "The Summer Timetable",
    "",
    paragraphs[3]!,
    "",
    "Where the Guesthouses Stand",
    "",
    guesthouseStory.en![0]!,
    "",
    line,
    "",
    guesthouseStory.en![1]!,
    "",
    guesthouseStory.en![2]!,
  ];

  it("keeps a question in sentence case for a heading where title-case headings make other sentence-case lines captions", () => {
    for (const question of [
      "How long does the crossing take?",
      "Combien de temps dure la traversée ?",
      "¿Cuánto cuesta el billete de ida?",
    ]) {
      expect(headingsOf(page(question))).toContain(question);
    }
    // A sentence-case line that asks nothing is a picture's caption on such a page.
    expect(headingsOf(page("The ferry at the north slip"))).not.toContain("The ferry at the north slip");
  });
});

describe("ranked entries", () => {
  it("takes an entry numbered with a hash ('#1 …', '#10: …') standing apart between paragraphs for a heading", () => {
    const page = [
      "Three harbour walks for a winter weekend",
      "By Ada Fenwick",
      "",
      paragraphs[0],
      "",
      "#1 The north pier",
      "",
      paragraphs[1],
      "",
      "#10: Harbour kiosk",
      "",
      paragraphs[2],
      "",
      paragraphs[3],
    ];
    expect(headingsOf(page)).toEqual(["#1 The north pier", "#10: Harbour kiosk"]);
  });
});

describe("tables", () => {
  it("takes a short line packed under a table's last row (cells parted by tabs) for the next section's heading", () => {
    const page = [
      ...ferryHeader,
      paragraphs[0],
      "",
      "Sailing\tDeparts\tArrives",
      "Morning\t07:10\t08:05",
      "Evening\t18:40\t19:35",
      "What the Shops Expect",
      "",
      paragraphs[1],
      "",
      paragraphs[2],
    ];
    expect(headingsOf(page)).toEqual(["What the Shops Expect"]);
  });

  it("takes a line closing the prose over a table for the heading of the section the table opens, in several languages", () => {
    const tables: Record<string, readonly [string, readonly string[]]> = {
      en: ["Rooms and Prices", ["Guesthouse\tRooms\tPer Night", "Harbour Loft\t8\t£70", "Lighthouse Cottage\t2\t£95"]],
      de: ["Zimmer und Preise", ["Gästehaus\tZimmer\tPro Nacht", "Hafenboden\t8\t70 €", "Leuchtturmhaus\t2\t95 €"]],
      fr: ["Chambres et prix", ["Maison\tChambres\tPar nuit", "Grenier du port\t8\t70 €", "Maison du phare\t2\t95 €"]],
      es: ["Habitaciones y precios", ["Casa\tHabitaciones\tPor noche", "Almacén del puerto\t8\t70 €", "Casa del faro\t2\t95 €"]],
    };
    for (const [language, [heading, rows]] of Object.entries(tables)) {
      expect(headingsWith([heading, ...rows], language), language).toEqual([heading]);
      expect(headingsWith([heading, "", ...rows], language), language).toEqual([heading]);
    }
  });

  it("takes no table's numbered label or caption, no row of one cell among rows, no table's title under a short line and no Chinese or Japanese line over rows for a heading", () => {
    const rows = ["Guesthouse\tRooms\tPer Night", "Harbour Loft\t8\t£70"];
    expect(headingsWith(["Table 2: Rooms by season", ...rows])).toEqual([]);
    expect(headingsWith(["Table 4-2. Rooms by month", ...rows])).toEqual([]);
    expect(headingsWith(["Tabelle 3.1 Zimmer nach Saison", "Gästehaus\tZimmer\tPro Nacht", "Hafenboden\t8\t70 €"], "de")).toEqual([]);
    const described = "Harbour Loft\tEight rooms over the old net loft, and most of them look out over the quay and the ferry slip.\t£70";
    expect(headingsWith([rows[0]!, described, "", "North End", "", "Farm Rooms\t2\t£55", "Barn Loft\t1\t£40"])).toEqual([]);
    expect(headingsWith(["Prices for two guests", "", "Per night in summer", ...rows])).toEqual([]);
    expect(headingsWith(["Prices for the summer, for two guests a night", ...rows])).toEqual([]);
    const announcing = "The hosts printed what a room costs in each season of the year, and this is what they wrote:";
    expect(headingsWith([announcing, "", "Per night in summer", ...rows])).toEqual([]);
    expect(headingsInScript("ja", ["夏の料金", "部屋\t一泊", "港の部屋\t7000円"])).toEqual([]);
    expect(headingsInScript("zh", ["夏季价格", "房间\t每晚", "港口房间\t300元"])).toEqual([]);
  });

  it("takes no table's title under a section's heading, its line closing no prose, for a heading", () => {
    const rows = ["Guesthouse\tRooms\tPer Night", "Harbour Loft\t8\t£70"];
    expect(headingsWith(["Rooms and Prices", "", "Per night in summer", ...rows])).not.toContain("Per night in summer");
  });

  it("takes no note of the unit a table's figures are in for a heading, in several languages", () => {
    const notes: Record<string, readonly [string, readonly string[]]> = {
      en: ["All prices in pounds", ["Guesthouse\tRooms\tPer Night", "Harbour Loft\t8\t70", "Lighthouse Cottage\t2\t95"]],
      de: ["Alle Angaben in Euro pro Nacht", ["Gästehaus\tZimmer\tPro Nacht", "Hafenboden\t8\t70", "Leuchtturmhaus\t2\t95"]],
      fr: ["Montants en euros par nuit", ["Maison\tChambres\tPar nuit", "Grenier du port\t8\t70", "Maison du phare\t2\t95"]],
      es: ["Precios en euros por noche", ["Casa\tHabitaciones\tPor noche", "Almacén del puerto\t8\t70", "Casa del faro\t2\t95"]],
    };
    for (const [language, [note, rows]] of Object.entries(notes)) expect(headingsWith([note, ...rows], language), language).toEqual([]);
  });

  it("takes no row of a table (cells parted by tabs) for a heading, its header row standing apart over a row, in several languages", () => {
    const tables: Record<string, readonly [string, string]> = {
      en: ["Guesthouse\tRooms\tOpen From", "Harbour Loft\tEight\tMarch"],
      de: ["Gästehaus\tZimmer\tGeöffnet ab", "Hafenboden\tAcht\tMärz"],
      fr: ["Maison\tChambres\tOuverte dès", "Grenier du Port\tHuit\tMars"],
      es: ["Casa\tHabitaciones\tAbierta desde", "Almacén del Puerto\tOcho\tMarzo"],
    };
    for (const [language, rows] of Object.entries(tables)) expect(headingsWith(rows, language), language).toEqual([]);
  });
});

describe("Chinese and Japanese headings", () => {
  it("takes a short line over a long paragraph for a heading, and a line about as long as the paragraph under it for text", () => {
    const pages = {
      zh: {
        title: "海岛渡轮修复后恢复运营",
        text: [
          "岛上唯一的渡轮在大陆船厂修理了三个月之后，于星期一恢复运营，第一班船的座位全部坐满了，码头上挤满了前来迎接的居民。",
          "渡轮停航期间，居民只能依靠每周两班的包租船往返大陆，商店老板说他们的生意因此少了三分之一，很多游客也取消了行程。",
          "镇议会表示，下个月起将恢复每天的班次，夏季每个星期五晚上还会加开一班，以方便周末回家的学生和上班族。",
          "议会还说，明年冬天之前要再找到一艘备用的船，这样即使渡轮再次出现故障，岛上的居民也不会再一次与大陆隔绝。",
        ],
        heading: "商店的损失",
        line: "傍晚的码头上停满了等待渡轮的车辆和行人",
        short: "渡轮靠岸时，人们排着队慢慢走上甲板，没有一个人抱怨。",
      },
      ja: {
        title: "島のフェリー、三か月の修理を終えて運航を再開",
        text: [
          "島で唯一のフェリーが月曜日、本土の造船所での三か月にわたる修理を終えて運航を再開し、最初の便は満席となり、港には出迎えの住民が集まった。",
          "住民は週に二回しか出ないチャーター船に頼っており、商店はフェリーがない間に売り上げが三分の一落ちたと話し、多くの観光客も旅行を取りやめた。",
          "町議会は来月から毎日の時刻表に戻し、夏の間は金曜日の夕方に便を一本増やして、週末に帰省する学生や通勤客の便を図ると発表した。",
          "議会はまた、次の冬までに予備の船を見つけ、フェリーが再び故障しても島の住民が本土から切り離されることのないようにすると述べた。",
        ],
        heading: "商店の損失",
        line: "夕方の港にはフェリーを待つ車と人があふれていた",
        short: "船が着くと、人々は列を作ってゆっくりと甲板に上がった。",
      },
    };
    for (const [language, { title, text, heading, line, short }] of Object.entries(pages)) {
      const page = [title, "", text[0]!, "", heading, "", text[1]!, "", text[2]!, "", line, "", short, "", text[3]!];
      expect(headingsOf(page, language)).toEqual([heading]);
    }
  });
});

describe("related links between paragraphs", () => {
  it("takes a heading packed under a related link standing apart (a link is furniture, like a blank line), in several languages", () => {
    const links: Record<string, readonly [string, string]> = {
      en: ["See also: Lighthouse keepers remember the storm", "What the Shops Expect"],
      de: ["Lesen Sie auch: Der Leuchtturm im Sturm", "Was die Läden erwarten"],
      fr: ["Voir aussi : Le phare dans la tempête", "Ce que les commerces attendent"],
      es: ["Lea también: El faro en la tormenta", "Lo que esperan las tiendas"],
    };
    for (const [language, [link, heading]] of Object.entries(links)) {
      expect(headingsWith([link, heading], language)).toEqual([heading]);
    }
  });
});

describe("a teaser link labelled 'also of interest' between paragraphs", () => {
  const nlStory = [
    "Het pension aan de haven heeft acht kamers boven de oude netzolder, en de meeste kijken uit over de kade en de veerboot.",
    "Het vuurtorenhuisje biedt plaats aan vier gasten en wordt per week verhuurd, met een eigen keuken en een pad naar het strand.",
    "De boerderij aan de noordkant van het eiland houdt twee kamers vrij voor wandelaars, en de eigenaars brengen de bagage verder.",
  ];
  const nlPage = (line: string) => [...guesthouseHeader, nlStory[0]!, "", nlStory[1]!, "", line, "", nlStory[2]!];

  it("keeps it out of the headings and the story's text, as a related block, in German and Dutch", () => {
    const cases: Array<[string, string[], string]> = [
      ["de", guesthouseWith(["Auch interessant: Der Leuchtturm im Sturm"], "de"), "Der Leuchtturm im Sturm"],
      ["nl", nlPage("Ook interessant: De vuurtoren in de storm"), "De vuurtoren in de storm"],
    ];
    for (const [language, page, title] of cases) {
      const article = fromText(page.join("\n"), { meta: { inLanguage: language } });
      expect(
        article.body.filter((block) => block.type === "heading"),
        language,
      ).toEqual([]);
      expect(article.body, language).toContainEqual(expect.objectContaining({ type: "related", items: [{ title }] }));
    }
  });

  it("keeps a sentence opening with the same words as the story's text", () => {
    const sentence = "Auch interessant: die Zahl der Gäste ist im Winter um ein Drittel gestiegen.";
    const article = fromText(guesthouseWith([sentence], "de").join("\n"), { meta: { inLanguage: "de" } });
    expect(article.body).toContainEqual({ type: "paragraph", text: sentence });
  });
});

describe("questions and answers", () => {
  // A label in sentence case over a question in sentence case ("Preguntas frecuentes" / "¿Cuánto dura…?") still reads
  // as two points of a list: the rule for such pairs comes first.
  it("takes a label packed onto the first question of an FAQ for a heading, in English and German", () => {
    const faqs: Record<string, readonly [string, string, string]> = {
      en: [
        "Frequently Asked Questions",
        "How long does the crossing to the mainland take in the winter months?",
        "Can I take my bike on board the morning ferry?",
      ],
      de: [
        "Häufig gestellte Fragen",
        "Wie lange dauert die Überfahrt zum Festland in den Wintermonaten bei Sturm?",
        "Darf ich mein Fahrrad auf die Fähre am Morgen mitnehmen?",
      ],
    };
    for (const [language, [label, first, second]] of Object.entries(faqs)) {
      const [one, two, three, four] = guesthouseStory[language]!;
      const page = [...guesthouseHeader, one, "", two, "", label, first, "", three, "", second, "", four];
      expect(headingsOf(page, language)).toContain(label);
    }
  });
});

describe("numbered steps", () => {
  it("takes a numbered step of one sentence, full stop and all, standing between paragraphs for a heading, in several languages", () => {
    const steps = {
      en: ["1. Compare the fares.", "2. Harbour Lines Ltd."],
      de: ["1. Vergleichen Sie die Preise.", "2. Buchen Sie die frühe Fähre."],
      fr: ["1. Comparez les tarifs.", "2. Réservez le premier bateau."],
    };
    for (const [language, [first, second]] of Object.entries(steps)) {
      const [one, two, three, four] = guesthouseStory[language]!;
      const page = [...guesthouseHeader, one, "", first!, "", two, "", second!, "", three, "", four];
      expect(headingsOf(page, language)).toEqual([first, second]);
    }
  });

  it("keeps a numbered line of two sentences as text", () => {
    const [one, two, three, four] = guesthouseStory.en!;
    const page = [...guesthouseHeader, one, "", "1. Compare the fares. Then book early.", "", two, "", three, "", four];
    expect(headingsOf(page)).toEqual([]);
  });
});

describe("headings that look credited", () => {
  /** The blocks read from a story with one more line standing alone between its paragraphs. */
  const blocksWith = (line: string, language = "en") =>
    fromText(guesthouseWith([line], language).join("\n"), { meta: { inLanguage: language } }).body;

  it("takes a numbered entry ending in a bracket or a slashed pair for a heading, not a credited caption, in several languages", () => {
    expect(headingsWith(["4. Harbour Master (Retired)"])).toEqual(["4. Harbour Master (Retired)"]);
    expect(headingsWith(["2. Sail/Motor Hire"])).toEqual(["2. Sail/Motor Hire"]);
    expect(headingsWith(["3. Kapitän Jansen (Hafenmeister)"], "de")).toEqual(["3. Kapitän Jansen (Hafenmeister)"]);
    expect(headingsWith(["3. Le capitaine Morel (Retraité)"], "fr")).toEqual(["3. Le capitaine Morel (Retraité)"]);
  });

  it("takes one word and its other name in brackets for a heading, where a caption of more words keeps its credit", () => {
    expect(headingsWith(["Paracetamol (Tylenol)"])).toEqual(["Paracetamol (Tylenol)"]);
    const captioned = blocksWith("The north pier at dawn (Ada Fenwick)");
    expect(captioned.filter((block) => block.type === "heading")).toEqual([]);
    expect(captioned).toContainEqual(expect.objectContaining({ type: "figure", caption: "The north pier at dawn" }));
  });

  it("takes a title over a picture's credit for the heading of the text under the picture, in several languages", () => {
    const sections = [
      { language: "en", title: "Harbour Bike Hire", credit: "Image credit: Harbour Bikes" },
      { language: "de", title: "Fahrradverleih Nordstrand", credit: "Bild: Inselrad" },
      { language: "es", title: "Hotel Faro Norte", credit: "Foto: Ana Ruiz" },
    ];
    for (const { language, title, credit } of sections) {
      expect(headingsWith([title, credit], language)).toEqual([title]);
      // Packed under the paragraph before it, with the picture set apart: the copy keeps the credit alone.
      const [one, two, three, four] = guesthouseStory[language]!;
      const packed = [...guesthouseHeader, one, "", two, title, "", credit, "", three, "", four];
      expect(headingsOf(packed, language)).toEqual([title]);
    }
  });

  it("takes a slashed pair that the paragraph under it names for a heading, where a photographer's credit stays one", () => {
    /** The blocks of the story with a line standing alone over its last paragraph. */
    const overLast = (line: string, language = "en") => {
      const [one, two, three, four] = guesthouseStory[language]!;
      const page = [...guesthouseHeader, one, "", two, "", three, "", line, "", four];
      return fromText(page.join("\n"), { meta: { inLanguage: language } }).body;
    };
    expect(overLast("Summer/Ferry Times")).toContainEqual({ type: "heading", text: "Summer/Ferry Times", level: 2 });
    expect(overLast("Sommer/Ostern Buchen", "de")).toContainEqual({ type: "heading", text: "Sommer/Ostern Buchen", level: 2 });
    expect(overLast("Ada Fenwick/Harbour Times").filter((block) => block.type === "heading")).toEqual([]);
  });

  it("takes a title with a bracketed aside for a heading, not a caption and its credit, in several languages", () => {
    expect(headingsWith(["What Harbour Pilots Actually Do (And Why It Counts)"])).toEqual([
      "What Harbour Pilots Actually Do (And Why It Counts)",
    ]);
    expect(headingsWith(["Neue Fähren Für Die Nordinsel (Gesponsert)"], "de")).toEqual(["Neue Fähren Für Die Nordinsel (Gesponsert)"]);
    expect(headingsWith(["Guía Práctica Del Puerto Viejo (Patrocinado)"], "es")).toEqual(["Guía Práctica Del Puerto Viejo (Patrocinado)"]);
  });
});

describe("lists spaced a line each", () => {
  it("takes the last item of a list spaced a line each, over the next section's heading, for text, in several languages", () => {
    const lists = [
      { language: "en", items: ["Ferry Tickets", "Harbour Passes", "Bike Hire"], heading: "Why Book Early" },
      { language: "de", items: ["Fährkarten", "Hafenpässe", "Fahrradverleih"], heading: "Warum Früh Buchen" },
      { language: "es", items: ["Billetes de Ferry", "Pases del Puerto", "Alquiler de Bicicletas"], heading: "Reservas Para el Verano" },
    ];
    for (const { language, items, heading } of lists) {
      const page = guesthouseWith([...items.flatMap((item) => [item, ""]), heading], language);
      const body = fromText(page.join("\n"), { meta: { inLanguage: language } }).body;
      expect(body.filter((block) => block.type === "heading")).toEqual([{ type: "heading", text: heading, level: 2 }]);
      // It stays the text it is, as before: only its reading as a heading goes.
      expect(body).toContainEqual({ type: "paragraph", text: items.at(-1) });
    }
  });

  it("keeps a heading over its sub-heading under a picture's caption: a caption is no list's item", () => {
    const lines = ["Photo: The new ferry at the quay", "", "What Changes", "", "For Commuters"];
    expect(headingsWith(lines)).toEqual(["What Changes", "For Commuters"]);
  });
});

describe("lines cut short", () => {
  it("does not take a line ending on a comma or an article (a sentence the copy broke) for a heading, in several languages", () => {
    const cut = [
      { language: "en", line: "According to the harbour master," },
      { language: "en", line: "The timetable for the winter is shown in the" },
      { language: "de", line: "Laut dem Hafenmeister gilt für den Winter der" },
      { language: "fr", line: "Selon le capitaine du port, l'horaire d'hiver suit la" },
      { language: "es", line: "Según el capitán del puerto, el horario de invierno sigue las" },
    ];
    for (const { language, line } of cut) expect(headingsWith([line], language), line).toEqual([]);
    // A capital letter at the end is a name's part, not an article.
    expect(headingsWith(["Harbour Plan A"])).toEqual(["Harbour Plan A"]);
  });

  it("reads the endings in the page's language only: another language's article is a word of this one", () => {
    for (const line of ["Why old ferries never die", "Inside the harbour seals' den", "Known as"])
      expect(headingsWith([line], "en"), line).toEqual([line]);
    expect(headingsWith(["Der Fahrplan für den Winter und die"], "de")).toEqual([]);
  });
});

describe("credits standing apart", () => {
  /** Each line of a table of lines per language, asked alone on a page of that language. */
  function eachLine(table: Record<string, readonly string[]>, check: (line: string, language: string) => void): void {
    for (const [language, lines] of Object.entries(table)) for (const line of lines) check(line, language);
  }

  it("does not take a name with a role at a workplace after a dash or a comma for a heading, in several languages", () => {
    const credits: Record<string, readonly string[]> = {
      en: [
        "Nora Quill – Principal Editor at Harbour Media",
        "Owen Pratt, Research Director at Tidewater Labs",
        "Ruth Kamp – chief economist",
      ],
      de: ["Jonas Keller – Redakteur bei Hafenblatt"],
      fr: ["Hugo Lefèvre – Rédacteur chez Presse Locale"],
      es: ["Ana Ruiz – periodista"],
    };
    eachLine(credits, (line, language) => expect(headingsWith([line], language), line).toEqual([]));
  });

  it("keeps a title with a dash, a place word or a name's epithet as a heading", () => {
    for (const line of ["Traders at the Quay", "The Plan – Costs and Timing", "Tom Ashby – A Life at Sea", "Ada Lee – Keeper of the Light"])
      expect(headingsWith([line]), line).toEqual([line]);
    expect(headingsWith(["Une soirée chez Marlot"], "fr")).toEqual(["Une soirée chez Marlot"]);
  });

  it("keeps a name over an event at a place, or over a phrase in lower case after a dash, as a heading", () => {
    const titles: Record<string, readonly string[]> = {
      en: [
        "Ada Fenwick – Live at Harbour Hall",
        "Tom Ashby – Debut at Lyle Park",
        "Ada Fenwick – in pictures",
        "Tom Ashby – what happens next",
      ],
      de: ["Anna Berg – Besuch bei Freunden", "Jonas Keller – im Porträt"],
      fr: ["Hugo Lefèvre – Dîner chez Marlot"],
    };
    eachLine(titles, (line, language) => expect(headingsWith([line], language), line).toEqual([line]));
  });
});

describe("box labels and contact lines", () => {
  it("does not take a box's label (related, most read, share) or a contact line for a sub-heading, in several languages", () => {
    const lines = [
      { language: "en", line: "Related story" },
      { language: "en", line: "Most read in travel" },
      { language: "en", line: "Share this with a friend" },
      { language: "en", line: "Tips: harbour.desk@example.org" },
      { language: "es", line: "Artículos relacionados" },
      { language: "de", line: "Verwandte Artikel" },
      { language: "fr", line: "Articles similaires" },
    ];
    for (const { language, line } of lines) expect(headingsWith([line], language), line).toEqual([]);
  });

  it("keeps a section's heading that merely opens with a box label's word", () => {
    for (const line of ["Related party transactions", "Most popular routes this summer", "Share with caution"])
      expect(headingsWith([line], "en"), line).toEqual([line]);
  });
});

describe("headings named by a table of contents", () => {
  /** A guide's page: its contents packed under the first paragraph, then each section's heading set as the copy packed it. */
  function guide(text: readonly string[], contents: readonly string[], shop: string, headings = contents): string[] {
    return [
      ...ferryHeader,
      text[0]!,
      "",
      ...contents,
      "",
      text[1]!,
      "",
      shop,
      headings[0]!,
      "",
      text[2]!,
      "",
      headings[1]!,
      text[3]!,
      "",
      shop,
      headings[2]!,
      "",
      text[0]!,
    ];
  }
  const french = [
    "Le seul bac de l'île a repris son service lundi après trois mois de réparations au chantier du continent, et la première traversée était complète.",
    "Les habitants devaient compter sur un bateau affrété qui passait deux fois par semaine, et les commerçants disent que leurs ventes ont baissé d'un tiers.",
    "La mairie a dit que l'horaire quotidien reviendrait le mois prochain, avec une traversée de plus le vendredi soir pendant tout l'été.",
    "Un second bateau doit être trouvé avant l'hiver prochain, a ajouté la mairie, pour que l'île ne reste plus jamais sans traversée.",
  ];

  it("takes the lines that repeat the contents' entries, in order, for headings however they are packed, in several languages", () => {
    const english = ["Harbour Lights at Dusk", "The Old Fish Market", "A Swim at the North Pier"];
    expect(headingsOf(guide(paragraphs, english, "$20 for a lantern kit at the harbour shop"))).toEqual(english);
    const numbered = ["1 Les feux du port", "2 Le vieux marché aux poissons", "3 Une baignade à la jetée"];
    expect(headingsOf(guide(french, numbered, "€20 la lanterne à la boutique du port"), "fr")).toEqual(numbered);
  });

  it("finds a numbered contents' entries among headings that carry no number or another one", () => {
    const headings = ["Harbour Lights at Dusk", "The Old Fish Market", "A Swim at the North Pier"];
    const numbered = headings.map((heading, n) => `${n + 1} ${heading}`);
    const shop = "$20 for a lantern kit at the harbour shop";
    expect(headingsOf(guide(paragraphs, numbered, shop, headings))).toEqual(headings);
    const renumbered = headings.map((heading, n) => `2.${n + 1} ${heading}`);
    expect(headingsOf(guide(paragraphs, renumbered, shop, numbered))).toEqual(numbered);
  });

  it("leaves an unlabelled table of contents out of the body, its first entry too, in several languages", () => {
    const pages = [
      { language: "en", text: paragraphs, contents: ["Harbour Lights at Dusk", "The Old Fish Market", "A Swim at the North Pier"] },
      { language: "fr", text: french, contents: ["Les feux du port le soir", "Le vieux marché aux poissons", "Une baignade à la jetée"] },
    ];
    for (const { language, text, contents } of pages) {
      const body = fromText(guide(text, contents, "€20 for a lantern kit at the harbour shop").join("\n"), {
        meta: { inLanguage: language },
      }).body;
      expect(body.filter((block) => block.type === "heading").map((block) => block.text)).toEqual(contents);
      // Each entry stands once in the body: as the heading it names, not as a paragraph above it.
      expect(
        body.filter((block) => block.type === "paragraph" && contents.includes(block.text)),
        language,
      ).toEqual([]);
    }
  });

  it("still reads the date packed over a table of contents under the byline: it is no entry of it", () => {
    const contents = ["Harbour Lights at Dusk", "The Old Fish Market", "A Swim at the North Pier"];
    const [title] = ferryHeader;
    const deck = "See how the island got its crossing back and what the new timetable means for trade.";
    // The title twice (its link and its heading), a deck and a section label, then the byline, the date and the contents.
    const header = [title, title, deck, "Travel", "", "By Ada Fenwick", ""];
    for (const label of [[], ["Contents"]]) {
      const story = [paragraphs[0], "", paragraphs[1], ""].concat(contents.flatMap((entry, n) => [entry, "", paragraphs[n + 1]!, ""]));
      const page = [...header, "11 March 2025 Share", ...label, ...contents, "", ...story];
      const article = fromText(page.join("\n"), { meta: { inLanguage: "en" } });
      expect(article.datePublished, label.join()).toBe("2025-03-11");
      expect(article.body.filter((block) => block.type === "heading").map((block) => block.text)).toEqual(contents);
    }
  });

  it("takes the headings a contents list under a label it does not know names, the label ending on a colon", () => {
    const contents = ["Harbour Lights at Dusk", "The Old Fish Market", "A Swim at the North Pier"];
    for (const label of ["In this story:", "Sections:", "Skip to:"]) {
      const page = guide(paragraphs, contents, "$20 for a lantern kit at the harbour shop");
      page.splice(page.indexOf(contents[0]!), 0, label, "");
      expect(headingsOf(page), label).toEqual(contents);
    }
    const russian = ["Огни гавани в сумерках", "Старый рыбный рынок", "Купание у северного пирса"];
    const page = guide(ferryStories.ru!.text, russian, "Фонарь за 20 евро в лавке у причала");
    page.splice(page.indexOf(russian[0]!), 0, "Содержание:", "");
    expect(headingsOf(page, "ru")).toEqual(russian);
  });

  it("keeps the story's first heading packed under an unlabelled table of contents", () => {
    const contents = ["Harbour Lights at Dusk", "The Old Fish Market", "A Swim at the North Pier"];
    const page = guide(paragraphs, contents, "$20 for a lantern kit at the harbour shop");
    page.splice(ferryHeader.length + 2 + contents.length, 0, "1. Why the harbour matters", "", paragraphs[3]);
    expect(headingsOf(page)).toEqual(["1. Why the harbour matters", ...contents]);
  });

  it("reads a contents label with its toggle's bare word and ends the table at the story's first section packed under it, in several languages", () => {
    // The toggle is a button whose word the copy keeps without brackets; the entries are numbered, and the first
    // section's heading, packed under the last entry, repeats an entry without its number (here the first, a
    // question in title case; or the second, where the first section stands above the table).
    const pages = [
      {
        language: "en",
        text: paragraphs,
        label: "Table of contents hide",
        headings: ["Why Does the Island Ferry Matter So Much Today?", "The Old Fish Market", "Harbour Lights"],
      },
      {
        language: "fr",
        text: french,
        label: "Sommaire masquer",
        headings: ["Pourquoi le Bac Compte-t-il?", "Le vieux marché", "Les feux du port"],
      },
      {
        language: "de",
        text: guesthouseStory.de!,
        label: "Inhaltsverzeichnis ausblenden",
        headings: ["Der Alte Fischmarkt", "Die Lichter im Hafen", "Der Nordpier"],
      },
      {
        language: "es",
        text: guesthouseStory.es!,
        label: "Índice ocultar",
        headings: ["¿Por Qué Importa Tanto el Ferry?", "El viejo mercado", "Las luces del puerto"],
      },
    ];
    for (const { language, text, label, headings } of pages) {
      const contents = [label, ...headings.map((heading, n) => `${n + 1} ${heading}`), `${headings.length + 1} Fazit`];
      const story = [headings[0]!, "", text[1]!, "", headings[1]!, "", text[2]!, "", headings[2]!, "", text[3]!];
      const page = [...ferryHeader, text[0]!, "", ...contents, ...story];
      const body = fromText(page.join("\n"), { meta: { inLanguage: language } }).body;
      expect(
        body.filter((block) => block.type === "heading").map((block) => block.text),
        language,
      ).toEqual(headings);
      expect(
        body.filter((block) => block.type === "paragraph" && contents.includes(block.text)),
        language,
      ).toEqual([]);
    }
    // The first section above the table, the second packed under it.
    const [first, second, third] = ["Harbour Lights", "The Old Fish Market", "A Swim at the North Pier"];
    const contents = ["On this page toggle", `1 ${first}`, `2 ${second}`, `3 ${third}`];
    const page = [...ferryHeader, first, "", paragraphs[0], "", ...contents, second, "", paragraphs[1], "", third, "", paragraphs[2]];
    expect(headingsOf(page)).toEqual([first, second, third]);
  });

  it("reads each toggle's bare word after a label naming a table of contents, in several languages", () => {
    const [first, second, third] = ["Harbour Lights", "The Old Fish Market", "A Swim at the North Pier"];
    for (const label of [
      "Contents show",
      "Table of contents toggle",
      "Inhaltsverzeichnis anzeigen",
      "Sommaire afficher",
      "Tabla de contenido mostrar",
      "Índice ocultar",
    ]) {
      const contents = [label, `1 ${first}`, `2 ${second}`, `3 ${third}`];
      const page = [...ferryHeader, first, "", paragraphs[0], "", ...contents, second, "", paragraphs[1], "", third, "", paragraphs[2]];
      const body = fromText(page.join("\n"), { meta: { inLanguage: "en" } }).body;
      expect(
        body.filter((block) => block.type === "heading").map((block) => block.text),
        label,
      ).toEqual([first, second, third]);
      expect(JSON.stringify(body), label).not.toContain(label);
    }
  });

  it("keeps what a button showing a box's content opens, and what a toggled contents label stands over unnumbered, in several languages", () => {
    // "Show content" opens any collapsed box (an embed held back for consent, an accordion): a word that also means
    // a box's content is no contents label with a toggle, whatever follows it.
    const boxes = [
      {
        language: "de",
        box: [
          "Externer Inhalt",
          "Dieser Beitrag enthält Inhalte eines Drittanbieters, die erst nach Ihrer Zustimmung geladen werden.",
          "Inhalt anzeigen",
        ],
        heading: "Die neuen Abfahrtszeiten",
        items: ["Montag bis Freitag um 7 Uhr", "Samstag um 9 Uhr", "Sonntag um 11 Uhr"],
      },
      {
        language: "es",
        box: [
          "Contenido externo",
          "Este artículo incluye contenido de un tercero que solo se carga después de su consentimiento.",
          "Contenido mostrar",
        ],
        heading: "Horarios del Ferry",
        items: ["De lunes a viernes a las 7", "Sábados a las 9", "Domingos a las 11"],
      },
    ];
    for (const { language, box, heading, items } of boxes) {
      const [one, two, three, four] = guesthouseStory[language]!;
      const list = items.map((item, n) => `${n + 1}. ${item}`);
      for (const under of [[heading, ...list], list]) {
        const page = [...guesthouseHeader, one, "", two, "", ...box, "", ...under, "", three, "", four];
        const body = fromText(page.join("\n"), { meta: { inLanguage: language } }).body;
        const headings = body.filter((block) => block.type === "heading").map((block) => block.text);
        expect(headings.includes(heading), language).toBe(under[0] === heading);
        expect(
          body.find((block) => block.type === "list"),
          language,
        ).toEqual({ type: "list", ordered: true, items: items.map((text) => ({ text })) });
      }
    }
    // A label naming a table of contents with its toggle's word, whose entries the copy lost: the heading and the
    // list under it carry no section numbers, so they are the story's, not the table's.
    for (const [language, label] of [
      ["en", "Contents show"],
      ["de", "Inhaltsverzeichnis anzeigen"],
      ["fr", "Sommaire afficher"],
      ["es", "Índice mostrar"],
    ] as const) {
      const [one, two, three, four] = guesthouseStory[language]!;
      const list = ["1. Early boats", "2. Late boats"];
      const page = [...guesthouseHeader, one, "", two, "", label, "", "Timetable", ...list, "", three, "", four];
      const body = fromText(page.join("\n"), { meta: { inLanguage: language } }).body;
      expect(
        body.filter((block) => block.type === "heading").map((block) => block.text),
        label,
      ).toEqual(["Timetable"]);
      expect(
        body.some((block) => block.type === "list"),
        label,
      ).toBe(true);
    }
  });

  it("reads no unnumbered question under a contents label as an entry: the copy kept the label, not the entries", () => {
    const question = "What Does a Return Ticket to the Island Cost?";
    for (const label of ["In this article", "Contents", "Sommaire", "Índice"]) {
      const page = [
        ...ferryHeader,
        paragraphs[0],
        "",
        label,
        "",
        question,
        "Adults: £12",
        "Children: £6",
        "",
        paragraphs[1],
        "",
        paragraphs[2],
      ];
      const texts = fromText(page.join("\n")).body.map((block) => ("text" in block ? block.text : ""));
      expect(texts, label).toContain(question);
      expect(texts, label).toContain(paragraphs[1]);
      expect(texts, label).not.toContain(label);
    }
  });

  it("keeps a list that a short line ending on a colon announces, set apart above it, in the body", () => {
    const stages = ["Boarding at the Quay", "Crossing the Sound", "Landing on the Island"];
    const page = guide(paragraphs, stages, "$20 for a lantern kit at the harbour shop");
    page.splice(ferryHeader.length + 1, 0, "", "The stages are:");
    const body = fromText(page.join("\n"), { meta: { inLanguage: "en" } }).body;
    expect(body.filter((block) => block.type === "paragraph" && stages.includes(block.text)).length).toBeGreaterThan(0);
  });

  it("takes no heading from a run whose names stand more than once below it: a panel's speakers over their turns", () => {
    const speakers = ["Ada Lee", "Bo Chen", "Cy Ward"];
    const turns = [0, 1, 2, 3].flatMap((n) => ["", speakers[n % speakers.length]!, paragraphs[n]!]);
    expect(headingsOf([...ferryHeader, paragraphs[0], "", ...speakers, ...turns])).toEqual([]);
  });

  it("keeps a list packed right under the sentence that announces it as it was", () => {
    const stages = ["Boarding at the Quay", "Crossing the Sound", "Landing on the Island"];
    const page = guide(paragraphs, stages, "$20 for a lantern kit at the harbour shop");
    page.splice(ferryHeader.length, 2, "The crossing has three stages, each described below:");
    expect(headingsOf(page)).toEqual([]);
  });

  it("keeps a list the story announces with a colon, and a card's fields repeated with no text between, as they were", () => {
    const stages = ["Boarding at the Quay", "Crossing the Sound", "Landing on the Island"];
    const announced = guide(paragraphs, stages, "$20 for a lantern kit at the harbour shop");
    announced[ferryHeader.length] = "The crossing has three stages, each described below:";
    expect(headingsOf(announced)).toEqual([]);
    const card = ["Quiet Engine Room", "Roomy Car Deck", "Slow Boarding Ramp"];
    const cards = [...ferryHeader, paragraphs[0], "", ...card, "", paragraphs[1], "", ...card, "", paragraphs[2]];
    expect(headingsOf(cards)).toEqual([]);
  });
});

/** Four paragraphs of the ferry story in the scripts the heading kinds below need, each with its title line. */
const ferryStories: Record<string, { title: string; text: readonly [string, string, string, string] }> = {
  ru: {
    title: "Паром острова вернулся на линию после ремонта",
    text: [
      "Единственный паром острова в понедельник вернулся на линию после трёх месяцев ремонта на верфи, и первый рейс ушёл полностью заполненным.",
      "Жителям приходилось полагаться на зафрахтованное судно, которое ходило дважды в неделю, а владельцы магазинов говорят, что выручка упала на треть.",
      "Городской совет сообщил, что ежедневное расписание вернётся в следующем месяце, а летом по пятницам добавится ещё один вечерний рейс.",
      "До следующей зимы совет намерен найти запасное судно, чтобы поломка парома больше никогда не оставляла остров без сообщения с материком.",
    ],
  },
  ar: {
    title: "عودة عبارة الجزيرة إلى العمل بعد الإصلاحات",
    text: [
      "عادت العبارة الوحيدة في الجزيرة إلى العمل يوم الاثنين بعد ثلاثة أشهر من الإصلاحات في حوض السفن، وامتلأت الرحلة الأولى بالركاب.",
      "كان السكان يعتمدون على قارب مستأجر يبحر مرتين في الأسبوع، وقال أصحاب المتاجر إن مبيعاتهم انخفضت بمقدار الثلث خلال غياب العبارة.",
      "وقال المجلس البلدي إن الجدول اليومي سيعود في الشهر المقبل، مع رحلة مسائية إضافية كل يوم جمعة طوال فصل الصيف.",
      "وأضاف المجلس أنه سيبحث عن سفينة احتياطية قبل الشتاء المقبل، حتى لا تبقى الجزيرة مرة أخرى دون أي وسيلة للعبور إلى البر.",
    ],
  },
  ko: {
    title: "섬 여객선, 석 달 수리 끝에 운항 재개",
    text: [
      "섬의 유일한 여객선이 본토 조선소에서 석 달 동안 수리를 마치고 월요일에 운항을 다시 시작했으며, 첫 배는 승객으로 가득 찼다.",
      "주민들은 일주일에 두 번만 다니는 전세 선박에 의지해야 했고, 상인들은 여객선이 없는 동안 매출이 3분의 1이나 줄었다고 말했다.",
      "군의회는 다음 달부터 매일 운항하는 시간표를 되살리고, 여름 동안에는 금요일 저녁마다 배를 한 편 더 띄우겠다고 밝혔다.",
      "의회는 또 다음 겨울이 오기 전에 예비 선박을 구해, 여객선이 다시 고장 나더라도 섬이 본토와 끊기는 일이 없도록 하겠다고 덧붙였다.",
    ],
  },
  zh: {
    title: "海岛渡轮维修三个月后重新开航",
    text: [
      "岛上唯一的渡轮在大陆船厂维修了整整三个月，星期一终于重新开航，第一班船的座位全部售出，码头上站满了前来迎接的居民和孩子。",
      "停航期间，居民只能依靠每周两班的包租船往返，商店老板说营业额因此减少了三分之一，不少原本预订的游客也纷纷取消了行程。",
      "镇议会表示，下个月起将恢复每天的班次，整个夏季每逢星期五傍晚还会加开一班，方便周末回岛的学生和在大陆上班的居民。",
      "议会还说，明年冬天之前一定要找到一艘备用船只，这样即使渡轮再次发生故障，岛上的居民也不会再一次与大陆完全隔绝。",
    ],
  },
  ja: {
    title: "島のフェリー、三か月ぶりに運航を再開",
    text: [
      "島でただ一隻のフェリーが本土の造船所での三か月の修理を終え、月曜日に運航を再開した。最初の便は満席で、港には出迎えの住民が大勢集まった。",
      "運休の間、住民は週に二便のチャーター船に頼るしかなく、商店主たちは売り上げが三分の一ほど落ちたと話す。予約を取り消した観光客も多かった。",
      "町議会は来月から毎日の時刻表に戻すと発表した。夏の間は金曜日の夕方に便を一本増やし、週末に帰省する学生や本土で働く住民の便を図るという。",
      "議会はまた、次の冬までに予備の船を確保し、フェリーが再び故障しても島が本土から切り離されることのないようにすると述べた。",
    ],
  },
};

/** The sub-headings of the ferry story in `language` with `lines` standing apart between its second and third paragraphs. */
function headingsInScript(language: string, lines: readonly string[]): string[] {
  const { title, text } = ferryStories[language]!;
  return headingsOf([title, "", text[0], "", text[1], "", ...lines, "", text[2], "", text[3]], language);
}

/**
 * Heading kinds that real pages show, each on an invented page: which lines head a section, and which lines set
 * like one (a speaker's turn, a related link, a pull quote, a one-line paragraph) do not.
 */
describe("heading kinds of real pages", () => {
  it("takes a short question standing alone for a heading, in several languages and scripts", () => {
    expect(headingsWith(["What does it cost?"])).toEqual(["What does it cost?"]);
    expect(headingsWith(["¿Qué pasa ahora?"], "es")).toEqual(["¿Qué pasa ahora?"]);
    expect(headingsWith(["Was kostet die Überfahrt?"], "de")).toEqual(["Was kostet die Überfahrt?"]);
    expect(headingsInScript("ru", ["Сколько стоит билет?"])).toEqual(["Сколько стоит билет?"]);
  });

  it("takes a question ending in the Arabic question mark for a heading", () => {
    expect(headingsInScript("ar", ["ماذا يعني ذلك للسكان؟"])).toEqual(["ماذا يعني ذلك للسكان؟"]);
    expect(headingsInScript("ar", ["هل تعود الرحلات اليومية؟"])).toEqual(["هل تعود الرحلات اليومية؟"]);
  });

  it("takes a guide's labelled steps ('Step 2: …') standing apart for headings, in several languages", () => {
    const steps: Record<string, readonly [string, string]> = {
      en: ["Step 1: Check the tide tables", "Step 2: Book the early crossing"],
      de: ["Schritt 1: Gezeiten prüfen", "Schritt 2: Die frühe Fähre buchen"],
      fr: ["Étape 1 : Vérifier les marées", "Étape 2 : Réserver la première traversée"],
      es: ["Paso 1: Consultar las mareas", "Paso 2: Reservar el primer ferry"],
    };
    for (const [language, [first, second]] of Object.entries(steps)) {
      const [one, two, three, four] = guesthouseStory[language]!;
      const page = [...guesthouseHeader, one, "", first, "", two, "", second, "", three, "", four];
      expect(headingsOf(page, language), language).toEqual([first, second]);
    }
  });

  it("takes a listicle's numbered entries standing apart for headings, in several languages", () => {
    const entries: Record<string, readonly [string, string]> = {
      en: ["3. The harbour walk", "4. The lighthouse at dusk"],
      de: ["3. Der Hafenrundgang", "4. Der Leuchtturm am Abend"],
      ru: ["3. Прогулка по гавани", "4. Маяк на закате"],
    };
    for (const [language, [first, second]] of Object.entries(entries)) {
      const text = language === "ru" ? ferryStories.ru!.text : guesthouseStory[language]!;
      const page = [...guesthouseHeader, text[0], "", first, "", text[1], "", second, "", text[2], "", text[3]];
      expect(headingsOf(page, language), language).toEqual([first, second]);
    }
  });

  it("takes a listicle's numbered entry under a paragraph for a heading over its card's fields, in several languages", () => {
    const cards: Record<string, readonly [string, string, string, string]> = {
      en: [
        "1. The Harbour Guesthouse",
        "Good for: sea view, breakfast, bike hire, parking, late check-in, dogs welcome, laundry, garden, sauna",
        "2. The Lighthouse Cottage",
        "Good for: own kitchen, beach path, two bedrooms, wood stove, garden, parking, weekly lets",
      ],
      de: [
        "1. Das Gästehaus am Hafen",
        "Gut für: Meerblick, Frühstück, Fahrradverleih, Parkplatz, Hunde willkommen, Garten, Sauna, Wäscherei, Kamin",
        "2. Das Leuchtturmhaus",
        "Gut für: eigene Küche, Strandweg, zwei Schlafzimmer, Holzofen, Garten, Parkplatz, Wochenmiete",
      ],
      fr: [
        "1. La maison du port",
        "Points forts : vue sur la mer, petit-déjeuner",
        "2. La maison du phare",
        "Points forts : cuisine, plage",
      ],
    };
    for (const [language, [first, firstCard, second, secondCard]] of Object.entries(cards)) {
      const [one, two, three, four] = guesthouseStory[language]!;
      const page = [...guesthouseHeader, one, "", first, firstCard, "", two, "", second, secondCard, "", three, "", four];
      expect(headingsOf(page, language), language).toEqual([first, second]);
    }
    // Under a sentence ending in a colon, a numbered line is a point of what the sentence announces.
    const [one, two, three] = guesthouseStory.en!;
    for (const point of ["1) the weather", "1) The weather"]) {
      const announced = [...guesthouseHeader, one, "", "The owners keep an eye on two things:", "", point, "", two, "", three];
      expect(headingsOf(announced), point).toEqual([]);
    }
  });

  it("takes a listicle's ranked entry packed under its picture's alt text for a heading, the alt text for none, in several languages", () => {
    // The copy keeps each entry's logo only as its alt text, the entry's name, packed over the ranked line; a
    // one-word label of the card and the entry's text follow.
    const entries: Record<string, readonly [string, string, string, string]> = {
      en: ["Harbour Guesthouse", "#2: Harbour Guesthouse", "Lighthouse Cottage", "#1: Lighthouse Cottage"],
      de: ["Gästehaus am Hafen", "2. Gästehaus am Hafen", "Leuchtturmhaus", "1. Leuchtturmhaus"],
      fr: ["Maison du port", "#2 Maison du port", "Maison du phare", "#1 Maison du phare"],
      es: ["Casa del puerto", "2) Casa del puerto", "Casa del faro", "1) Casa del faro"],
    };
    const labels: Record<string, string> = { en: "Budget", de: "Günstig", fr: "Petit budget", es: "Económico" };
    const announcements: Record<string, string> = {
      en: "Here they are, best first.",
      de: "Hier sind sie, die besten zuerst.",
      fr: "Les voici, du meilleur au moins bon.",
      es: "Aquí están, de mejor a peor.",
    };
    for (const [language, [firstAlt, first, secondAlt, second]] of Object.entries(entries)) {
      const [one, two, three, four] = guesthouseStory[language]!;
      const label = labels[language]!;
      const page = [...guesthouseHeader, one, "", firstAlt, first, "", label, "", two, "", three, "", secondAlt, second, "", four];
      expect(headingsOf(page, language), language).toEqual([first, label, second]);
      // Under a short line that is no prose (a line announcing the ranking, a card's last field), the entry is
      // still the story's, not an item of a list spaced a line each.
      const announced = [...guesthouseHeader, one, "", announcements[language]!, "", firstAlt, first, "", label, "", two, "", three];
      expect(headingsOf(announced, language), language).toEqual([first, label]);
    }
  });

  it("takes no line for a picture's alt text unless the line under it is that text and its rank alone, in several languages", () => {
    // A category's heading over a ranked list whose first item ends with the heading's word: the item adds more
    // than a rank, so the heading names no picture and heads the list.
    const lists: Record<string, readonly [string, string, string]> = {
      en: ["Headphones", "1. Harbour Audio Studio Headphones", "2. Lantern Sound Buds"],
      de: ["Kopfhörer", "1. Hafenklang Studio Kopfhörer", "2. Laterne Ohrhörer"],
      fr: ["Casques", "1. Port Audio Grands Casques", "2. Lanterne Écouteurs"],
      es: ["Auriculares", "1. Puerto Audio Grandes Auriculares", "2. Farol Auriculares"],
    };
    for (const [language, [heading, ...items]] of Object.entries(lists)) {
      const [one, two] = guesthouseStory[language]!;
      const body = fromText([...guesthouseHeader, one, "", heading, ...items, "", two].join("\n"), { meta: { inLanguage: language } }).body;
      expect(
        body.filter((block) => block.type === "heading").map((block) => block.text),
        language,
      ).toEqual([heading]);
      expect(
        body.find((block) => block.type === "list"),
        language,
      ).toEqual({
        type: "list",
        ordered: true,
        items: items.map((item) => ({ text: item.slice(3) })),
      });
    }
    const [one, two, three] = guesthouseStory.en!;
    // A numbered line twice, as a copy may double a link: a list of two items, neither a name over the other.
    const doubled = [...guesthouseHeader, one, "", "1. Harbour Guesthouse", "1. Harbour Guesthouse", "", "Budget", "", two, "", three];
    expect(headingsOf(doubled)).toEqual(["Budget"]);
    // A caption of more words than a name over a ranked entry ending with it: the entry does not start a block.
    const caption = "The Quiet Room With a View Over the Old Harbour";
    const captioned = [...guesthouseHeader, one, "", caption, `#3: ${caption}`, "", "Budget", "", two, "", three];
    expect(headingsOf(captioned)).toEqual(["Budget"]);
  });

  it("takes an entry counted by a hash or a word for number or step, its text packed under it, for a heading, in several languages", () => {
    const entries: Record<string, readonly [string, string]> = {
      en: ["Step 1", "Step 2: Book the room"],
      de: ["Nr. 1: Das Gästehaus am Hafen", "Nr. 2: Das Leuchtturmhaus"],
      fr: ["#1 La maison du port", "#2 La maison du phare"],
      es: ["Paso 1: reservar la habitación", "No. 2: La casa del faro"],
    };
    for (const [language, [first, second]] of Object.entries(entries)) {
      const [one, two, three, four] = guesthouseStory[language]!;
      const page = [...guesthouseHeader, one, "", first, two, "", second, three, "", four];
      expect(headingsOf(page, language), language).toEqual([first, second]);
    }
    // Near misses: a line that opens with such a word but counts nothing, a counted sentence, and counted lines
    // following one another (a list of results, not entries each over its own text).
    const [one, two, three] = guesthouseStory.en!;
    for (const line of ["Step by step", "No more delays", "Step 3 is the hardest part of the booking."]) {
      expect(headingsOf([...guesthouseHeader, one, "", line, two, "", three]), line).toEqual([]);
    }
    const results = [...guesthouseHeader, one, "", "#1 Harbour Rovers", "#2 Quay United", "#3 Pier Town", "", two];
    expect(headingsOf(results)).toEqual([]);
    // One line alone opening with such a count is ordinary text packed onto its paragraph: a listicle counts several.
    for (const line of ["No. 10 Downing Street", "Step 2 of the plan", "#1 in the charts"]) {
      expect(headingsOf([...guesthouseHeader, one, "", line, two, "", three]), line).toEqual([]);
    }
  });

  it("takes a line standing over an interview's question packed onto its answer for a heading, in several languages", () => {
    const sections: Record<string, readonly [string, string, string]> = {
      en: ["On the busy season", "How full is the house in summer?", "Why stay open in winter?"],
      de: ["Über die Hochsaison", "Wie voll ist das Haus im Sommer?", "Warum im Winter öffnen?"],
      fr: ["La haute saison", "La maison est-elle pleine l'été ?", "Pourquoi ouvrir l'hiver ?"],
      es: ["La temporada alta", "¿Está llena la casa en verano?", "¿Por qué abrir en invierno?"],
    };
    for (const [language, [heading, question, nextQuestion]] of Object.entries(sections)) {
      const [one, two, three, four] = guesthouseStory[language]!;
      const page = [...guesthouseHeader, one, "", two, "", heading, "", question, three, "", nextQuestion, four];
      expect(headingsOf(page, language), language).toEqual([heading]);
    }
    // Near misses: over a question standing alone (a list's points set a line each, or a question and a short
    // reply), and over a question packed onto a short line, not an answer in prose.
    const [one, two, three, four] = guesthouseStory.en!;
    const [heading, question] = sections.en!;
    const pages: Record<string, readonly string[]> = {
      "a question standing alone": [...guesthouseHeader, one, "", two, "", heading, "", question, "", three, "", four],
      "a question over a short line": [...guesthouseHeader, one, "", two, "", heading, "", question, "Very.", "", three],
      "a line packed over the question": [...guesthouseHeader, one, "", two, "", heading, question, three, "", four],
      "the page's one question over its answer": [...guesthouseHeader, one, "", two, "", heading, "", question, three, "", four],
    };
    for (const [layout, page] of Object.entries(pages)) expect(headingsOf(page), layout).not.toContain(heading);
  });

  it("does not take a numbered line under a paragraph for a listicle's entry when nothing of its own follows it", () => {
    const [one, two, three] = guesthouseStory.en!;
    const pages: Record<string, readonly string[]> = {
      "a numbered note closing the story": [...guesthouseHeader, one, "", two, "", "1. Figures from the county archive."],
      "a note over a related link": [
        ...guesthouseHeader,
        one,
        "",
        two,
        "",
        "1. This story was corrected on Monday.",
        "",
        "Related: Ferry fares to rise",
      ],
      "a list of results": [...guesthouseHeader, one, "", "1. Harbour Rovers 2:1", "2. Quay United 1:1", "3. Pier Town 0:2", "", two],
      "an update over its date": [...guesthouseHeader, one, "", "1. Update", "12 March 2025", "", two, "", three],
      "a hand-wrapped point": [
        ...guesthouseHeader,
        one,
        "",
        "1. The volunteers raised the money",
        "for the new roof over two winters.",
        "",
        two,
      ],
    };
    for (const [layout, page] of Object.entries(pages)) expect(headingsOf(page), layout).toEqual([]);
  });

  it("takes a heading set in capitals for a heading, in Latin and Cyrillic", () => {
    expect(headingsWith(["THE HARBOUR AFTER DARK"])).toEqual(["THE HARBOUR AFTER DARK"]);
    expect(headingsWith(["DER HAFEN BEI NACHT"], "de")).toEqual(["DER HAFEN BEI NACHT"]);
    expect(headingsInScript("ru", ["ГАВАНЬ НОЧЬЮ"])).toEqual(["ГАВАНЬ НОЧЬЮ"]);
  });

  it("takes a heading in a script without capitals for a heading (Korean, Arabic, Russian in lower case)", () => {
    expect(headingsInScript("ko", ["상점들의 손실"])).toEqual(["상점들의 손실"]);
    expect(headingsInScript("ar", ["خسائر المتاجر"])).toEqual(["خسائر المتاجر"]);
    expect(headingsInScript("ru", ["Убытки магазинов"])).toEqual(["Убытки магазинов"]);
  });

  it("takes a Chinese heading numbered '一、' for a heading, and a related-stories label for none", () => {
    expect(headingsInScript("zh", ["一、商店的损失"])).toEqual(["一、商店的损失"]);
    // A box's label, bare or in the brackets those pages set it in, heads other stories, never a section.
    for (const label of ["関連記事", "関連ニュース：", "【関連記事】"]) expect(headingsInScript("ja", [label]), label).toEqual([]);
    for (const label of ["相关新闻", "【相关阅读】"]) expect(headingsInScript("zh", [label]), label).toEqual([]);
  });

  it("does not take page furniture that Chinese and Japanese pages open with a mark ('▶', '■', '【…】') for a heading", () => {
    for (const line of ["▶動画を見る", "■関連記事", "【写真】再び回り始めた水車", "【PR】"])
      expect(headingsInScript("ja", [line]), line).toEqual([]);
    for (const line of ["【快讯】", "【图片来源：县文化馆】", "■分享到微信"]) expect(headingsInScript("zh", [line]), line).toEqual([]);
  });

  it("does not take an interview's turns ('Q: …', 'A: …') for headings, in several languages", () => {
    const turns: Record<string, readonly string[]> = {
      en: ["Q: How long did the repairs take?", "A: Three months at the yard, and a week of trials at sea."],
      es: ["P: ¿Cuánto duró la reparación?", "R: Tres meses en el astillero y una semana de pruebas en el mar."],
      fr: ["Q : Combien de temps ont duré les travaux ?", "R : Trois mois au chantier et une semaine d'essais en mer."],
      de: ["Frage: Wie lange dauerte die Reparatur?", "Antwort: Drei Monate in der Werft und eine Woche Probefahrten."],
    };
    for (const [language, [question, answer]] of Object.entries(turns)) {
      const [one, two, three, four] = guesthouseStory[language]!;
      const page = [...guesthouseHeader, one, "", question!, "", answer!, "", two, "", question!, "", three, "", four];
      expect(headingsOf(page, language), language).toEqual([]);
    }
  });

  it("takes a heading over a list, set apart or packed onto it, for a heading", () => {
    const items = ["- Cash for the harbour kiosk", "- A printed ticket", "- A warm coat for the deck"];
    expect(headingsWith(["What to Bring", "", ...items])).toEqual(["What to Bring"]);
    expect(headingsWith(["What to Bring", ...items])).toEqual(["What to Bring"]);
    expect(headingsWith(["Was Sie mitnehmen sollten", "• Bargeld für den Kiosk", "• Ein gedrucktes Ticket"], "de")).toEqual([
      "Was Sie mitnehmen sollten",
    ]);
  });

  it("takes a heading standing under a picture's caption for a heading, the caption staying a figure", () => {
    const caption = "The new ferry at the quay on Monday morning. Photo: Ada Fenwick";
    const page = guesthouseWith([caption, "", "What the Shops Expect"]);
    const body = fromText(page.join("\n"), { meta: { inLanguage: "en" } }).body;
    expect(body.filter((block) => block.type === "heading").map((block) => block.text)).toEqual(["What the Shops Expect"]);
    expect(body.some((block) => block.type === "figure")).toBe(true);
  });

  it("does not take a short line at the story's top over packed lines for a heading: a kicker, an update stamp", () => {
    const [one, two, three, four] = guesthouseStory.en!;
    const standfirst = ["The harbour guesthouse opens its doors again after a long winter of repairs and", "a new roof."];
    for (const top of ["Village life", "Audio version", "Updated 10:42"]) {
      const packed = [...guesthouseHeader, top, one, two, "", three, "", four];
      expect(headingsOf(packed), top).toEqual([]);
      expect(headingsOf([...guesthouseHeader, top, ...standfirst, "", one, "", two, "", three]), top).toEqual([]);
    }
  });

  it("does not take a related link inside the body ('Related: …', 'Read also: …', 'Lees ook: …', 'Baca juga: …') for a heading, in several languages", () => {
    for (const line of [
      "Related: Ferry fares to rise in spring",
      "Read also: The lighthouse keepers' last winter",
      "Lire aussi : Le phare dans la tempête",
      "Leia também: O farol na tempestade",
      "Leggi anche: Il faro nella tempesta",
      "Lees ook: De vuurtoren in de storm",
      "Czytaj także: Latarnia w czasie burzy",
      "Zobacz też: Latarnia w czasie burzy",
      "İlgili Haber: Fırtınada deniz feneri",
      "Ayrıca okuyun: Fırtınada deniz feneri",
      "AYRICA OKUYUN: Fırtınada deniz feneri",
      "İLGİLİ HABERLER: Fırtınada deniz feneri",
      "Baca juga: Mercusuar di tengah badai",
      "Berita terkait: Mercusuar di tengah badai",
      "Läs också: Fyren i stormen",
      "Læs også: Fyret i stormen",
      "Citește și: Farul în furtună",
      "Xem thêm: Ngọn hải đăng trong bão",
    ])
      expect(headingsWith([line]), line).toEqual([]);
    expect(headingsInScript("ru", ["Читайте также: Маяк в шторм"])).toEqual([]);
    for (const line of ["Также читайте: Маяк в шторм", "См. также: Маяк в шторм"]) expect(headingsInScript("ru", [line]), line).toEqual([]);
    for (const line of ["اقرأ أيضا: المنارة في العاصفة", "إقرأ أيضا: المنارة في العاصفة"])
      expect(headingsInScript("ar", [line]), line).toEqual([]);
  });

  it("takes a sentence-case heading under a related box for a heading, not for the last point of a list, in several languages", () => {
    for (const [label, teaser, heading] of [
      ["Related", "Ferry fares to rise in spring", "What happens next"],
      ["Mehr zum Thema", "Fährpreise steigen im Frühjahr", "Wie es weitergeht"],
      ["Lees ook", "Veerboot wordt duurder", "Wat er nu gebeurt"],
    ] as const)
      expect(headingsWith([label, teaser, "", heading]), label).toEqual([heading]);
    // Near miss: under the points of a list set a line each, such a line is the list's last point.
    expect(headingsWith(["Check the timetable first", "", "Keep your ticket until the pier"])).toEqual([]);
  });

  it("does not take a pull quote, repeated from the story or standing alone with its speaker, for a heading", () => {
    const [one, two, three, four] = guesthouseStory.en!;
    const repeated = [...guesthouseHeader, one, "", `“${two.slice(0, 60)}”`, "", two, "", three, "", four];
    expect(headingsOf(repeated)).toEqual([]);
    expect(headingsWith(["“We will never be cut off again”", "— Ada Fenwick, harbour master"])).toEqual([]);
    expect(headingsWith(["«Nous ne serons plus jamais coupés du continent»"], "fr")).toEqual([]);
  });

  it("does not take a one-line paragraph of prose for a heading, in several languages", () => {
    for (const [language, line] of [
      ["en", "Nobody came."],
      ["en", "Then the engine failed again."],
      ["es", "Y entonces llegó la tormenta."],
      ["de", "Niemand kam."],
    ] as const)
      expect(headingsWith([line], language), line).toEqual([]);
  });
});

describe("promotions set into the story", () => {
  /** A vendor's box: its heading, a pitch and a trial's terms, then its button, in each language. */
  const boxes: Record<string, readonly string[]> = {
    en: ["Try Harbourly Bookings", "", "Rooms, ferries and tide tables in one calm app for island hosts.", "", "Get started"],
    de: [
      "Harbourly für Gastgeber",
      "",
      "Zimmer, Fähren und Gezeiten in einer ruhigen App für Gastgeber auf der Insel.",
      "",
      "Jetzt testen",
    ],
    fr: [
      "Harbourly pour les hôtes",
      "",
      "Chambres, bacs et marées dans une seule application pour les hôtes de l'île.",
      "",
      "Essayez gratuitement",
    ],
    es: [
      "Harbourly para anfitriones",
      "",
      "Habitaciones, ferris y mareas en una sola aplicación para los anfitriones.",
      "",
      "Prueba gratis",
    ],
  };

  it("takes no promotion's heading (a heading, a short pitch, then a button) for a heading, in several languages", () => {
    for (const [language, box] of Object.entries(boxes)) expect(headingsWith(box, language), language).toEqual([]);
  });

  it("still takes a section's heading over an instruction ending its sentence, over a link to another story, or over its paragraph before a button", () => {
    const [one, two, three, four] = guesthouseStory.en!;
    const instruction = "Sign up at the harbour office, where the staff keep a list of the rooms still free this summer.";
    expect(headingsWith(["Booking a Room", "", instruction, "", three])).toEqual(["Booking a Room"]);
    const link = "Learn more: What the island's hosts expect this summer";
    expect(headingsOf([...guesthouseHeader, one, "", "Booking a Room", "", two, "", link, "", three, "", four])).toEqual([
      "Booking a Room",
    ]);
    expect(headingsWith(["Booking a Room", "", three, "", "Learn more"])).toEqual(["Booking a Room"]);
  });

  it("still takes a section's heading over a paragraph longer than a pitch before a button, in several languages", () => {
    const sections: Record<string, readonly string[]> = {
      en: [
        "Fares This Summer",
        "",
        "Singles cost four pounds and returns cost seven, with children travelling at half the price on every single crossing.",
        "",
        "Book now",
      ],
      de: [
        "Die Preise im Sommer",
        "",
        "Eine einfache Fahrt kostet vier Euro und eine Rückfahrt sieben, Kinder fahren zum halben Preis und Rentner unter der Woche umsonst.",
        "",
        "Jetzt buchen",
      ],
      fr: [
        "Les tarifs cet été",
        "",
        "L'aller simple coûte quatre euros et l'aller-retour sept, les enfants voyagent à moitié prix et les retraités gratuitement en semaine hors saison.",
        "",
        "Réservez maintenant",
      ],
      es: [
        "Las tarifas de este verano",
        "",
        "El billete sencillo cuesta cuatro euros y el de ida y vuelta siete, los niños pagan la mitad y los jubilados viajan gratis entre semana.",
        "",
        "Reserva ahora",
      ],
    };
    for (const [language, lines] of Object.entries(sections)) expect(headingsWith(lines, language), language).toEqual([lines[0]]);
  });

  it("still takes a heading right over a button, or over a short paragraph and an instruction or a link under it, for a heading", () => {
    const pitch = "Rooms cost less in spring, and the hosts keep a few for walkers.";
    // No pitch between: the section's name over a link, the box's text being its pitch.
    expect(headingsWith(["Booking a Room", "", "Learn more", "", pitch])).toEqual(["Booking a Room"]);
    // An instruction of a few words ending its sentence is the story's, not a button.
    expect(headingsWith(["Booking a Room", "", pitch, "", "Learn more at the harbour."])).toEqual(["Booking a Room"]);
    // A call running longer than a button is a link to another story.
    expect(headingsWith(["Booking a Room", "", pitch, "", "Learn more: What the island's hosts expect this summer"])).toEqual([
      "Booking a Room",
    ]);
    // More short paragraphs than a box's blurb holds before the call: a section that ends with a link.
    const paragraphs = [
      "Rooms cost less in spring, and the hosts keep a few for walkers.",
      "The farm asks for two nights at least in the summer months.",
      "The lighthouse cottage is let by the week from Saturday to Saturday.",
      "The harbour guesthouse takes bookings by telephone only.",
    ].flatMap((paragraph) => [paragraph, ""]);
    expect(headingsWith(["Booking a Room", "", ...paragraphs, "Learn more"])).toEqual(["Booking a Room"]);
  });

  it("takes no promotion's heading over a pitch and the trial's terms before the button for a heading", () => {
    const box = [
      "Try Harbourly Bookings",
      "",
      "Rooms, ferries and tide tables in one calm app.",
      "",
      "Free for thirty days, no card needed",
      "",
    ];
    expect(headingsWith([...box, "Get started"])).toEqual([]);
  });

  it("takes no promotion's heading, nor its link, over a link to read on in several languages", () => {
    const boxes: Record<string, readonly string[]> = {
      de: ["Harbourly für Gastgeber", "", "Zimmer, Fähren und Gezeiten in einer ruhigen App.", "", "Mehr erfahren"],
      fr: ["Harbourly pour les hôtes", "", "Chambres, bacs et marées dans une seule application.", "", "En savoir plus"],
      es: ["Harbourly para anfitriones", "", "Habitaciones, ferris y mareas en una sola aplicación.", "", "Más información"],
    };
    for (const [language, box] of Object.entries(boxes)) expect(headingsWith(box, language), language).toEqual([]);
  });

  it("takes no promotion's heading over a call to try that the classifier reads as a sign-up prompt", () => {
    // "free trial" is a prompt's words to the classifier: the button is furniture already, yet closes the box.
    for (const button of ["Start your free trial", "Start a free trial →"])
      expect(
        headingsWith(["Harbourly for Island Hosts", "", "Rooms, ferries and tide tables in one calm app.", "", button]),
        button,
      ).toEqual([]);
  });

  it("still takes a section's heading over a short paragraph and a sign-up prompt, which sites set anywhere, in several languages", () => {
    const sections: Record<string, readonly string[]> = {
      en: ["What Comes Next", "", "The hosts will meet again in May.", "", "Sign up for our newsletter"],
      de: ["Wie es weitergeht", "", "Die Gastgeber treffen sich im Mai wieder.", "", "Jetzt anmelden"],
      fr: ["La suite", "", "Les hôtes se retrouveront en mai.", "", "Inscrivez-vous"],
      es: ["Lo que viene", "", "Los anfitriones volverán a reunirse en mayo.", "", "Suscríbete"],
    };
    for (const [language, lines] of Object.entries(sections)) expect(headingsWith(lines, language), language).toEqual([lines[0]]);
    const twoSentences = ["The Vote", "", "The hosts voted on Monday. Most of them backed the plan.", ""];
    for (const prompt of ["Subscribe", "Subscribe now", "Subscribe to our newsletter"])
      expect(headingsWith([...twoSentences, prompt]), prompt).toEqual(["The Vote"]);
  });
});

describe("running headers of paginated documents", () => {
  /** The guesthouse story copied from a paginated report: `header` atop each of its pages, between the paragraphs. */
  function paginated(header: string, language: string): string[] {
    const [one, two, three, four] = guesthouseStory[language]!;
    return [...guesthouseHeader, one, "", header, "", two, "", header, "", three, "", header, "", four];
  }

  it("takes no running header (a line ending in a month and year, atop each page) for a heading, in several languages", () => {
    const headers: Record<string, string> = {
      en: "Island Guesthouse Survey   May 2025",
      de: "Gästehäuser der Insel   Mai 2025",
      fr: "Maisons d'hôtes de l'île   mai 2025",
      es: "Casas de huéspedes de la isla   Mayo 2025",
    };
    for (const [language, header] of Object.entries(headers))
      expect(headingsOf(paginated(header, language), language), language).toEqual([]);
  });

  it("still takes a heading naming a month once, or a repeated heading without a date, for a heading", () => {
    expect(headingsWith(["What Changed in May 2025"])).toEqual(["What Changed in May 2025"]);
    expect(headingsOf(paginated("What Guests Say", "en"))).toEqual(["What Guests Say", "What Guests Say", "What Guests Say"]);
  });

  it("still takes a line ending in a month and a year that stands twice, fewer times than a running header, for a heading", () => {
    const [one, two, three, four] = guesthouseStory.en!;
    const heading = "Bookings Open May 2025";
    const page = [...guesthouseHeader, one, "", heading, "", two, "", three, "", heading, "", four];
    expect(headingsOf(page)).toEqual([heading, heading]);
  });
});

describe("sections opening with a one-sentence paragraph", () => {
  it("takes a line over a paragraph of one short sentence, prose under it, for a heading, in several languages", () => {
    const sections: Record<string, readonly [string, string]> = {
      en: ["Booking a Room", "Prices start low in spring."],
      de: ["Ein Zimmer buchen", "Die Preise sind niedrig."],
      fr: ["Réserver une chambre", "Les prix restent bas."],
      es: ["Reservar una habitación", "Los precios son bajos."],
    };
    for (const [language, [heading, sentence]] of Object.entries(sections))
      expect(headingsWith([heading, "", sentence], language), language).toEqual([heading]);
    // A paragraph ending in a question closes the section above: it is no interview's question over a speaker.
    const asking = "So why would anyone pick the farm over the harbour, with its view of the quay and of the boats coming in?";
    expect(headingsWith([asking, "", "The Farm", "", "It is quieter there."])).toEqual(["The Farm"]);
  });

  it("takes no point of a list a colon announces, no caption, sign-off or furniture, and no Chinese or Japanese line over such a sentence for a heading", () => {
    const announced = ["The hosts ask for three things:", "", "A warm coat", "", "Cash for the kiosk", "", "Nothing else is needed."];
    expect(headingsWith(announced)).toEqual([]);
    expect(headingsWith(["Advertisement", "", "Prices start low."])).toEqual([]);
    expect(headingsWith(["The quay at dawn, seen from the ferry (Photo: Ada Fenwick)", "", "Prices start low."])).toEqual([]);
    expect(headingsWith(["— Ada Fenwick, harbour master", "", "Prices start low."])).toEqual([]);
    expect(headingsWith(["Ada Fenwick, harbour master", "", "Prices start low in the spring."])).toEqual([]);
    expect(headingsWith(["The quay at dawn, seen from the ferry deck", "", "Prices start low."])).toEqual([]);
    expect(headingsWith(["Le quai à l'aube, vu du pont du bac", "", "Les prix restent bas."], "fr")).toEqual([]);
    expect(headingsWith(["Share this story", "", "Prices start low."])).toEqual([]);
    expect(headingsInScript("ja", ["港の朝の写真", "", "誰も来なかった。"])).toEqual([]);
    expect(headingsInScript("zh", ["码头的早晨", "", "没有人来。"])).toEqual([]);
  });

  it("takes no caption, pull quote or statement saying as much as the short sentence under it or more for a heading, in several languages", () => {
    const remarked: Record<string, ReadonlyArray<readonly [string, string]>> = {
      en: [
        ["Rescue crews at the old mill bridge on Tuesday morning", "Nobody was hurt."],
        ["A volunteer hands out blankets in the school hall", "Most stayed one night."],
        ["\u201cWe were never going to let it go\u201d", "They did not."],
        ["The vote was 7 to 2", "It passed after midnight."],
      ],
      de: [
        ["Der neue Ofen im Hinterzimmer des Ladens", "Er läuft jeden Tag."],
        ["Die Abstimmung endete sieben zu zwei", "Sie fiel nach Mitternacht."],
      ],
      fr: [
        ["La lanterne restaurée vue depuis le quai", "Le résultat est superbe."],
        ["Le vote a été acquis par sept voix contre deux", "Il est tombé après minuit."],
      ],
      es: [
        ["Una clienta espera su pan frente al mostrador", "Nadie se queja."],
        ["Los voluntarios llenan sacos de arena junto al dique", "No bastó."],
      ],
    };
    for (const [language, pairs] of Object.entries(remarked))
      for (const [line, sentence] of pairs) expect(headingsWith([line, "", sentence], language), line).toEqual([]);
    // The last item of a list set a line each, over the sentence closing the list.
    const points = ["Warme Jacke und feste Schuhe", "", "Bargeld für den Kiosk", "", "Mehr braucht es nicht."];
    expect(headingsWith(points, "de")).toEqual([]);
  });

  it("takes no interview's speaker over a short answer, under the question, for a heading, in several languages", () => {
    expect(headingsWith(["Why stop now?", "", "Ruth Penhale", "", "Because it is time."])).not.toContain("Ruth Penhale");
    expect(headingsWith(["Warum gerade jetzt?", "", "Ruth Penhale", "", "Weil es Zeit ist."], "de")).not.toContain("Ruth Penhale");
    expect(headingsWith(["Pourquoi maintenant ?", "", "Ruth Penhale", "", "Parce qu'il est temps."], "fr")).not.toContain("Ruth Penhale");
    expect(headingsWith(["¿Por qué ahora?", "", "Ruth Penhale", "", "Porque ya es hora."], "es")).not.toContain("Ruth Penhale");
  });

  it("takes no line over a short question, a sentence packed onto the lines around it, or a sentence with no prose under it for a heading", () => {
    // A question standing alone is set as a heading itself or opens a question and its answer: the line over it is
    // a picture's caption, not a section's name.
    expect(headingsWith(["Flooded cellars on the quay", "", "Who will pay for the repairs?"])).not.toContain("Flooded cellars on the quay");
    // A teaser's title packed onto its one-line summary, set between paragraphs.
    expect(headingsWith(["Ferry fares to rise", "Prices go up in April."])).toEqual([]);
    // A box's name over its first line, packed onto the rest of the box.
    const [one, two, three, four] = guesthouseStory.en!;
    const packed = "Tickets, maps and museum passes are sold at the counter, and the staff will book a room in any guesthouse.";
    const box = ["Harbour Office", "", "Open daily from nine.", packed];
    expect(headingsOf([...guesthouseHeader, one, "", two, "", ...box, "", three, "", four])).toEqual([]);
    // A box of short facts set a line each: no story runs on under its first line.
    expect(headingsWith(["Harbour Office", "", "Open daily from nine.", "", "Closed on Sundays."])).toEqual([]);
  });
});

describe("lead-ins ending on a colon", () => {
  /** The body's paragraphs and headings, as text, of the guesthouse page with `lines` set between its paragraphs. */
  function textsWith(lines: readonly string[], language = "en"): { paragraphs: string[]; headings: string[] } {
    const body = fromText(guesthouseWith(lines, language).join("\n"), { meta: { inLanguage: language } }).body;
    const of = (type: string) => body.flatMap((block) => (block.type === type && "text" in block ? [block.text] : []));
    return { paragraphs: of("paragraph"), headings: of("heading") };
  }

  it("keeps a short lead-in over a paragraph or over points as a paragraph of the story, in several languages", () => {
    const leadIns: Record<string, string[]> = {
      en: ["Why guests come back:", "Pros:", "The rooms include:"],
      de: ["Warum Gäste wiederkommen:", "Vorteile:", "Die Zimmer bieten:"],
      fr: ["Pourquoi les clients reviennent :", "Avantages :", "Les chambres offrent :"],
      es: ["Por qué vuelven los huéspedes:", "Ventajas:", "Las habitaciones incluyen:"],
    };
    for (const [language, lines] of Object.entries(leadIns)) {
      for (const leadIn of lines) {
        // Set apart over the next paragraph, and packed onto it.
        for (const gap of [[""], []]) {
          const { paragraphs, headings } = textsWith([leadIn, ...gap], language);
          expect(paragraphs, leadIn).toContain(leadIn);
          expect(headings, leadIn).toEqual([]);
        }
      }
    }
  });

  it("keeps the lead-in over a list of points set a line each, and the points", () => {
    const points = ["A view of the quay", "A kitchen of its own", "Bags carried to the next stop"];
    const { paragraphs } = textsWith(["Pros:", "", ...points]);
    expect(paragraphs).toEqual(expect.arrayContaining(["Pros:", ...points]));
  });

  it("drops a colon's label of other stories, a share bar, a date or a table of contents, and a short line with no colon", () => {
    const labels = [
      "Read more:",
      "Lesen Sie auch:",
      "Share this:",
      "Partager :",
      "Compartir:",
      "Weitere Artikel:",
      "Artículos relacionados:",
      "Updated:",
      "Contents:",
      "Why guests come back",
    ];
    for (const label of labels) expect(textsWith([label, ""]).paragraphs, label).not.toContain(label);
    // A label over a date or a byline leads into the header's facts, not the story's text.
    for (const [label, fact] of [
      ["Date:", "4 March 2025"],
      ["Story and photos:", "By Ada Fenwick"],
    ] as const) {
      expect(textsWith([label, "", fact, ""]).paragraphs, label).not.toContain(label);
    }
    // An author's or a byline's label over the names leads into a credit; a tags' label into links to topic pages.
    for (const [label, names] of [
      ["Author:", "Ada Fenwick"],
      ["Autorin:", "Ada Fenwick"],
      ["Auteur :", "Ada Fenwick"],
      ["By:", "Ada Fenwick"],
      ["Tags:", "Harbour, Ferries"],
      ["Schlagwörter:", "Hafen, Fähren"],
      ["Mots-clés :", "Port, Ferries"],
      ["Tagged with:", "Harbour, Ferries"],
    ] as const)
      expect(textsWith([label, "", names, ""]).paragraphs, label).not.toContain(label);
    // A box's label over other stories, in Chinese.
    const { title, text } = ferryStories.zh!;
    const zhPage = [title, "", text[0], "", text[1], "", "相关阅读：", "", text[2], "", text[3]].join("\n");
    const zhBody = fromText(zhPage, { meta: { inLanguage: "zh" } }).body;
    expect(zhBody.map((block) => ("text" in block ? block.text : ""))).not.toContain("相关阅读：");
    // A colon inside the line, not closing it, leads into nothing under it.
    expect(textsWith(["Rooms: eight", ""]).paragraphs).not.toContain("Rooms: eight");
  });
});

describe("lead-ins ending on a full-width colon", () => {
  it("keeps a lead-in ending on a full-width colon as a paragraph, as one ending on a colon, not a heading", () => {
    for (const [language, leadIn, heading] of [
      ["zh", "居民反对的理由：", "居民反对的理由"],
      ["ja", "住民が反対した理由：", "住民が反対した理由"],
      ["en", "Reasons to stay：", "Reasons to Stay"],
    ] as const) {
      const { title, text } = language === "en" ? { title: guesthouseHeader[0]!, text: guesthouseStory.en! } : ferryStories[language]!;
      const page = (line: string) => [title, "", text[0], "", text[1], "", line, "", text[2], "", text[3]];
      const body = fromText(page(leadIn).join("\n"), { meta: { inLanguage: language } }).body;
      expect(
        body.filter((block) => block.type === "heading"),
        leadIn,
      ).toEqual([]);
      expect(
        body.map((block) => ("text" in block ? block.text : "")),
        leadIn,
      ).toContain(leadIn);
      // The same words without the colon name a section.
      expect(headingsOf(page(heading), language), heading).toEqual([heading]);
    }
  });
});

describe("an interview printed as a transcript", () => {
  /** An interview whose turns open with the speakers' labels, the first in full and the rest by family name. */
  const transcript = (asker: [string, string], answerer: [string, string], questions: string[], answers: string[]) => [
    ...ferryHeader,
    paragraphs[0],
    "",
    ...questions.flatMap((question, i) => [
      `${i === 0 ? asker.join(" ") : asker[1]}: ${question}`,
      "",
      `${i === 0 ? answerer.join(" ") : answerer[1]}: ${answers[i]}`,
      "",
    ]),
    paragraphs[3],
  ];

  it("keeps its short questions as turns of the talk, not headings, in several languages", () => {
    const en = transcript(
      ["Ada", "Fenwick"],
      ["Tom", "Okafor"],
      ["Why now?", "What changed?", "Will it last?"],
      [paragraphs[1], paragraphs[2], "Nobody on the island can promise that, but the spare vessel should help a great deal."],
    );
    expect(headingsOf(en)).toEqual([]);
    expect(fromText(en.join("\n")).body).toContainEqual({ type: "paragraph", text: "Fenwick: What changed?" });
    const de = transcript(
      ["Anna", "Berg"],
      ["Jonas", "Weber"],
      ["Warum jetzt?", "Was hat sich geändert?"],
      [
        "Die Werft hatte endlich Platz für das Schiff, und die Ersatzteile waren nach drei Monaten Wartezeit eingetroffen.",
        "Die Insel hat gelernt, dass eine einzige Fähre zu wenig ist, und sucht nun ein zweites Schiff für den Winter.",
      ],
    );
    expect(headingsOf(de, "de")).toEqual([]);
    const qa = transcript(["", "Q"], ["", "A"], ["Why now?", "What changed?"], [paragraphs[1], paragraphs[2]]).map((line) =>
      line.replace(/^ /, ""),
    );
    expect(headingsOf(qa)).toEqual([]);
  });

  it("leaves labelled headings alone where no one answers in labelled prose", () => {
    const page = [
      ...ferryHeader,
      paragraphs[0],
      "",
      "Update: What the council decided",
      "",
      paragraphs[1],
      "",
      "Analysis: Why the yard was late",
      "",
      paragraphs[2],
      "",
      "Update: When the timetable returns",
      "",
      paragraphs[3],
      "",
      "Analysis: What the island needs",
      "",
      paragraphs[1],
    ];
    expect(headingsOf(page)).toEqual([
      "Update: What the council decided",
      "Analysis: Why the yard was late",
      "Update: When the timetable returns",
      "Analysis: What the island needs",
    ]);
  });

  it("keeps labelled headings over their sections where the same labels open notes in prose, no one answering them", () => {
    const page = [
      ...ferryHeader,
      paragraphs[0],
      "",
      "Tip: Book ahead",
      "",
      paragraphs[1],
      "",
      "Note: Tickets bought on the pier cost more than those bought online, and the office closes at five on weekdays.",
      "",
      "Tip: Arrive early",
      "",
      paragraphs[2],
      "",
      "Note: Cars must be in the queue forty minutes before sailing, or their place may be given to the next in line.",
      "",
      paragraphs[3],
    ];
    expect(headingsOf(page)).toEqual(["Tip: Book ahead", "Tip: Arrive early"]);
  });
});

describe("a short line over what the region's end cut off", () => {
  // The call for letters under the story is cut from the region; the writer's line over it heads nothing in the body.
  it("is no heading: the text under it is not the story's", () => {
    const page = [
      "Ferry back in service after repairs",
      "",
      "By Ada Lee",
      "4 March 2025",
      "",
      "The ferry returned to service on Monday after three months of repairs at the mainland yard, and the first crossing sailed full.",
      "",
      "Residents had relied on a chartered boat that sailed twice a week, and trade fell by a third while the ferry was away.",
      "",
      "Ada Lee is a writer and broadcaster based in the islands",
      "",
      "Do you have an opinion on the issues raised in this article? If you would like to submit a response of up to 300 words by email to be considered for our letters page, please write to us.",
      "",
      "Most viewed",
    ].join("\n");
    const blocks = fromText(page).body;
    expect(blocks.some((block) => block.type === "heading")).toBe(false);
    expect(blocks.some((block) => block.type === "paragraph" && block.text.startsWith("Do you have an opinion"))).toBe(false);
  });
});

describe("a person's name set as a line of its own more than once", () => {
  const stories: Record<string, { title: string; text: string[] }> = {
    en: {
      title: "The harbour master on the new quay",
      text: [
        "Work on the new quay at Westerholm starts in the spring, and the harbour master has spent the winter talking to the fishermen about it.",
        "We have a floating pontoon for the boats while the wall is rebuilt, and the ferry keeps its own slip the whole time.",
        "The fishermen were worried about the cranes, but the builders will bring their own and leave ours where they are.",
        "Eighteen months if the weather is kind to us, and a little longer if the autumn storms come early again this year.",
        "The drawings are at the library from Monday, and anyone who wants to see them can come to the meeting at the end of the month.",
      ],
    },
    de: {
      title: "Der Hafenmeister über den neuen Kai",
      text: [
        "Die Arbeiten am neuen Kai von Westerholm beginnen im Frühjahr, und der Hafenmeister hat den Winter über mit den Fischern darüber gesprochen.",
        "Wir haben einen schwimmenden Ponton für die Boote, solange die Mauer neu gebaut wird, und die Fähre behält ihren eigenen Anleger.",
        "Die Fischer hatten Sorge wegen der Kräne, aber die Baufirma bringt ihre eigenen mit und lässt unsere stehen, wo sie sind.",
        "Achtzehn Monate, wenn das Wetter mitspielt, und etwas länger, wenn die Herbststürme in diesem Jahr wieder früh kommen.",
        "Die Pläne liegen ab Montag in der Bücherei aus, und wer sie sehen will, kann am Monatsende zur Versammlung kommen.",
      ],
    },
    es: {
      title: "El capitán del puerto habla del nuevo muelle",
      text: [
        "Las obras del nuevo muelle de Westerholm empiezan en primavera, y el capitán del puerto ha pasado el invierno hablando de ellas con los pescadores.",
        "Tenemos un pontón flotante para los barcos mientras se reconstruye el muro, y el ferry conserva su propia rampa todo el tiempo.",
        "A los pescadores les preocupaban las grúas, pero la constructora trae las suyas y deja las nuestras donde están.",
        "Dieciocho meses si el tiempo acompaña, y algo más si los temporales de otoño vuelven a llegar pronto este año.",
        "Los planos están en la biblioteca desde el lunes, y quien quiera verlos puede venir a la reunión de final de mes.",
      ],
    },
  };

  /** The story's header, then its paragraphs with `between[i]` (when set) standing apart over paragraph i. */
  function page(language: string, between: Record<number, string>): string[] {
    const { title, text } = stories[language]!;
    const lines = [title, "", "By Mara Lindqvist", "4 March 2025", ""];
    text.forEach((paragraph, i) => {
      if (between[i] !== undefined) lines.push(between[i]!, "");
      lines.push(paragraph, "");
    });
    return lines;
  }

  it("reads the speakers' names of a transcript, each over their turns, as no headings, in several languages", () => {
    for (const language of Object.keys(stories)) {
      const transcript = page(language, { 1: "Olof Brandt", 2: "Mara Lindqvist", 3: "Olof Brandt", 4: "Mara Lindqvist" });
      expect(headingsOf(transcript, language), language).toEqual([]);
    }
  });

  it("reads the speakers' names as no headings when each stands over two turns only", () => {
    expect(headingsOf(page("en", { 1: "Olof Brandt", 2: "Ines Haugen", 3: "Olof Brandt", 4: "Ines Haugen" }))).toEqual([]);
  });

  it("keeps the headings of sections named after people, each once (near miss)", () => {
    for (const language of Object.keys(stories)) {
      const profiles = page(language, { 1: "Olof Brandt", 2: "Ines Haugen", 3: "Jens van der Aalto" });
      expect(headingsOf(profiles, language), language).toEqual(["Olof Brandt", "Ines Haugen", "Jens van der Aalto"]);
    }
  });

  it("keeps headings in a name's shape that a list of the sections names first (near miss)", () => {
    // The list's entries stand over one another, not over a turn's prose.
    const sections = { 1: "Harbour Lines", 2: "Price Check", 3: "Island Ferries" };
    const listed = page("en", sections);
    listed.splice(5, 0, "In this review", "", "Harbour Lines", "", "Price Check", "", "Island Ferries", "");
    expect(headingsOf(listed)).toEqual(expect.arrayContaining(["Harbour Lines", "Price Check", "Island Ferries"]));
  });

  it("keeps sections named after people whose names an author box at the end repeats, packed (near misses)", () => {
    const bio = (name: string) => `${name} has written about the islands and their harbours for the Courier since 2019.`;
    const boxes = [
      // Each name packed under the box's label, its bio set apart under it.
      ["About the authors", "Olof Brandt", "", bio("Olof Brandt"), "", "About the authors", "Ines Haugen", "", bio("Ines Haugen")],
      // Each name set apart above, packed onto its bio.
      ["Olof Brandt", bio("Olof Brandt"), "", "Ines Haugen", bio("Ines Haugen")],
    ];
    for (const box of boxes) {
      const profiles = page("en", { 1: "Olof Brandt", 3: "Ines Haugen" });
      profiles.push(...box, "");
      expect(headingsOf(profiles), box[0]).toEqual(expect.arrayContaining(["Olof Brandt", "Ines Haugen"]));
    }
  });

  it("keeps headings a review repeats under each entry, in a name's shape (near misses)", () => {
    // A title's small word: no person's name, though two capitalised words.
    expect(headingsOf(page("en", { 1: "Our Verdict", 2: "Price Check", 3: "Our Verdict", 4: "Price Check" }))).toEqual([
      "Our Verdict",
      "Price Check",
      "Our Verdict",
      "Price Check",
    ]);
    // One heading repeated alone: a transcript has two speakers or more.
    expect(headingsOf(page("en", { 1: "Price Check", 2: "Harbour Lines", 3: "Price Check" }))).toEqual([
      "Price Check",
      "Harbour Lines",
      "Price Check",
    ]);
  });

  /** The English story's paragraphs, each under the lines of `parts[i]` (one line standing apart, or packed lines). */
  function sectioned(parts: readonly (string | readonly string[])[]): string[] {
    const lines = ["Seven rain jackets for the island's winter walks", "", "By Mara Lindqvist", "4 March 2025", ""];
    const { text } = stories.en!;
    parts.forEach((part, i) => {
      lines.push(...(typeof part === "string" ? [part] : part), "", text[i % text.length]!, "");
    });
    return lines;
  }

  it("keeps the headings a review repeats under each entry's own heading, in a name's shape (near misses)", () => {
    // "Battery Life" is read as a name's shape: each product's heading between the rounds parts them.
    const headed = ["Harbour Shell", "Battery Life", "Build Quality", "Storm Parka", "Battery Life", "Build Quality"];
    expect(headingsOf(sectioned(headed))).toEqual(headed);
    const priced = [["Harbour Shell 2", "£120 at Harbour Outdoors"], "Battery Life", "Build Quality"];
    const twice = sectioned([...priced, ["Storm Parka 3", "£180 at Storm Gear"], "Battery Life", "Build Quality"]);
    expect(headingsOf(twice)).toEqual(expect.arrayContaining(["Battery Life", "Build Quality"]));
    expect(headingsOf(twice).filter((heading) => heading === "Battery Life")).toHaveLength(2);
  });

  it("keeps sections named after the same people under each round's heading (near misses)", () => {
    const debate = ["Opening Statements", "Olof Brandt", "Ines Haugen", "Rebuttals", "Olof Brandt", "Ines Haugen"];
    expect(headingsOf(sectioned(debate))).toEqual(expect.arrayContaining(["Rebuttals", "Olof Brandt", "Ines Haugen"]));
    expect(headingsOf(sectioned(debate)).filter((heading) => heading === "Olof Brandt")).toHaveLength(2);
    const profiles = ["Olof Brandt", "Ines Haugen", "Jens Aalto", "Where are they now?", "Olof Brandt", "Ines Haugen"];
    expect(headingsOf(sectioned(profiles)).filter((heading) => heading === "Ines Haugen")).toHaveLength(2);
  });

  it("reads the speakers' names as no headings when a heading parts the transcript's turns", () => {
    const turns = ["Olof Brandt", "Ines Haugen", "On the ferry", "Olof Brandt", "Ines Haugen", "Olof Brandt", "Ines Haugen"];
    expect(headingsOf(sectioned(turns))).toEqual(["On the ferry"]);
  });
});

describe("a related story's title packed over its stamp inside the story", () => {
  /** The ferry story with `box` (lines packed together) set apart between its second and third paragraphs. */
  function storyWith(box: readonly string[]): string[] {
    return [...ferryHeader, paragraphs[0], "", paragraphs[1], "", ...box, "", paragraphs[2], "", paragraphs[3]];
  }

  it("takes no title over a date whose day a dot ends for a heading, in the languages that set the day so", () => {
    const teasers: [string, string, string][] = [
      ["de", "Hafenkiosk schließt über den Winter", "2. März 2025"],
      ["de", "Hafenkiosk schließt über den Winter", "2. März 2025, 14:05 Uhr"],
      ["da", "Havnekiosken lukker for vinteren", "2. marts 2025"],
      ["no", "Havnekiosken stenger for vinteren", "2. mars 2025"],
      ["cs", "Přístavní kiosek na zimu zavře", "2. března 2025"],
      ["fi", "Sataman kioski suljetaan talveksi", "2. maaliskuuta 2025"],
    ];
    for (const [language, title, stamp] of teasers) expect(headingsOf(storyWith([title, stamp]), language), stamp).toEqual([]);
  });

  it("takes no title over the time since it was posted for a heading", () => {
    expect(headingsOf(storyWith(["Harbour Kiosk to Close for the Winter", "2 days ago"]))).toEqual([]);
    expect(headingsOf(storyWith(["Harbour Kiosk to Close for the Winter", "3 hours ago"]))).toEqual([]);
  });

  it("keeps a heading over a timeline's dated entries or a ranked list of names (near misses)", () => {
    const timeline = storyWith(["Chronik", "3. März 2025: Der Rat stimmt ab", "5. März 2025: Taucher finden Risse"]);
    expect(headingsOf(timeline, "de")).toEqual(["Chronik"]);
    const ranked = storyWith(["Die Sieger", "1. Mara Lindqvist", "2. Olof Brandt", "3. Ines Haugen"]);
    expect(headingsOf(ranked, "de")).toEqual(["Die Sieger"]);
    const longer = storyWith([
      "Chronik",
      "3. März 2025: Der Rat stimmt über den Kai ab",
      "5. März 2025: Taucher finden Risse in der Mauer",
    ]);
    expect(headingsOf(longer, "de")).toEqual(["Chronik"]);
    // Numbered by a bracket, the number is the point's, not a day's.
    expect(headingsOf(storyWith(["Key dates", "1) 3 March 2025", "2) 8 March 2025"]))).toEqual(["Key dates"]);
  });

  it("keeps a heading over a sub-heading set apart that counts years back (near misses)", () => {
    for (const [language, heading, years] of [
      ["en", "Then and Now", "30 Years Ago"],
      ["de", "Damals und heute", "Vor 30 Jahren"],
    ] as const) {
      const page = [...ferryHeader, paragraphs[0], "", heading, "", years, "", paragraphs[1], "", paragraphs[2], "", paragraphs[3]];
      expect(headingsOf(page, language), years).toEqual([heading, years]);
    }
  });

  it("keeps a heading over a sub-heading that opens with a count of days (near miss)", () => {
    const page = [
      ...ferryHeader,
      paragraphs[0],
      "",
      paragraphs[1],
      "",
      "Our Trip",
      "",
      "2 Days in Westerholm",
      "",
      paragraphs[2],
      "",
      paragraphs[3],
    ];
    expect(headingsOf(page)).toEqual(["Our Trip", "2 Days in Westerholm"]);
  });
});

describe("an embed's label and a gallery's counter set between paragraphs", () => {
  /** The ferry story with `line` standing apart between its second and third paragraphs. */
  function storyWith(line: string): string[] {
    return [...ferryHeader, paragraphs[0], "", paragraphs[1], "", line, "", paragraphs[2], "", paragraphs[3]];
  }

  it("takes no video's label over its clip's title for a heading, in several languages", () => {
    const labels: [string, string][] = [
      ["en", "Video: The quay at low tide"],
      ["en", "Watch: The first crossing in ninety seconds"],
      ["de", "Video: Der Kai bei Ebbe"],
      ["fr", "Vidéo : le quai à marée basse"],
      ["es", "Vídeo: el muelle con marea baja"],
      ["it", "Video: il molo con la bassa marea"],
      ["pt", "Vídeo: o cais na maré baixa"],
      ["nl", "Video: de kade bij eb"],
    ];
    for (const [language, label] of labels) expect(headingsOf(storyWith(label), language), label).toEqual([]);
  });

  it("takes no gallery's counter for a heading, in several languages", () => {
    const counters: [string, string][] = [
      ["en", "1 of 12"],
      ["en", "Photo 3 of 12"],
      ["de", "Bild 1 von 12"],
      ["fr", "Photo 2 sur 8"],
      ["es", "Imagen 1 de 5"],
      ["it", "Foto 4 di 9"],
      ["nl", "Afbeelding 2 van 6"],
    ];
    for (const [language, counter] of counters) expect(headingsOf(storyWith(counter), language), counter).toEqual([]);
  });

  it("drops a gallery's counter from the body, keeping no paragraph of it", () => {
    for (const [language, counter] of [
      ["en", "Photo 3 of 12"],
      ["es", "Foto 1 de 5"],
      ["de", "Bild 1 von 12"],
    ] as const) {
      const body = fromText(storyWith(counter).join("\n"), { meta: { inLanguage: language } }).body;
      expect(
        body.some((block) => "text" in block && block.text === counter),
        counter,
      ).toBe(false);
      expect(
        body.filter((block) => block.type === "paragraph"),
        counter,
      ).toHaveLength(4);
    }
  });

  it("keeps headings that open with the same words or a count (near misses)", () => {
    for (const heading of ["Video games on the island", "Watching the tide come in", "3 of 4 ferries back in service"])
      expect(headingsOf(storyWith(heading)), heading).toEqual([heading]);
  });
});

describe("share, sign-up, advert and reading-time lines in more languages", () => {
  /** The ferry story with `line` standing apart between its second and third paragraphs. */
  function storyWith(line: string): string[] {
    return [...ferryHeader, paragraphs[0], "", paragraphs[1], "", line, "", paragraphs[2], "", paragraphs[3]];
  }

  it("takes none of the page's controls set between paragraphs for a heading", () => {
    const controls: [string, string][] = [
      ["es", "Compartir este artículo"],
      ["es", "Comparte este artículo"],
      ["it", "Condividi l'articolo"],
      ["it", "Condividi questo articolo"],
      ["pt", "Partilhar este artigo"],
      ["pt", "Compartilhe este artigo"],
      ["nl", "Meld je aan voor onze nieuwsbrief"],
      ["nl", "Schrijf je in voor de nieuwsbrief"],
      ["nl", "Abonneer je op de Havenbode"],
      ["de", "Weiterlesen nach der Anzeige"],
      ["fr", "La suite après la publicité"],
      ["fr", "Lecture : 3 min"],
      ["fr", "Lecture 4 min."],
    ];
    for (const [language, control] of controls) expect(headingsOf(storyWith(control), language), control).toEqual([]);
  });

  it("keeps headings that open with the same words (near misses)", () => {
    const headings: [string, string][] = [
      ["fr", "La suite du chantier"],
      ["fr", "Lecture publique au port"],
      ["en", "Lecture at the harbour museum"],
      ["es", "Compartir el muelle con los pescadores"],
    ];
    for (const [language, heading] of headings) expect(headingsOf(storyWith(heading), language), heading).toEqual([heading]);
  });
});

describe("a heading over a picture kept as its caption and credit", () => {
  // A section opens with its picture: the copy keeps the heading, then the picture's caption with its credit run
  // on, then the section's text. Every name, place and sentence here is invented.
  const pages: Record<string, { header: string[]; text: readonly [string, string, string]; heading: string; caption: string }> = {
    en: {
      header: ["Island ferry back in service after repairs", "By Ada Fenwick", ""],
      text: [
        "The island's only ferry returned to service on Monday after three months of repairs at the mainland yard, and the first crossing sailed full.",
        "Residents had relied on a chartered boat that sailed twice a week, and shopkeepers said trade had fallen by a third while the ferry was away.",
        "The council said the daily timetable would be restored from next month, with an extra evening sailing on Fridays through the summer.",
      ],
      heading: "Out on the water again",
      caption: "The first boat leaves the quay at seven.Ada Lee / Harbour Press",
    },
    de: {
      header: ["Inselfähre fährt nach Reparatur wieder", "Von Jonas Brehm", ""],
      text: [
        "Die einzige Fähre der Insel ist am Montag nach drei Monaten in der Werft auf dem Festland wieder in Betrieb gegangen, und die erste Überfahrt war ausgebucht.",
        "Die Bewohner waren auf ein gechartertes Boot angewiesen, das nur zweimal in der Woche fuhr, und die Läden haben nach eigenen Angaben ein Drittel weniger verkauft.",
        "Der Gemeinderat sagte, dass der tägliche Fahrplan ab dem nächsten Monat wieder gilt, mit einer zusätzlichen Abendfahrt an jedem Freitag im Sommer.",
      ],
      heading: "Wieder auf dem Wasser",
      caption: "Die erste Fähre legt um sieben Uhr am Kai ab. (Foto: Jonas Brehm)",
    },
    fr: {
      header: ["Le bac de l'île reprend du service", "Par Lucie Marnier", ""],
      text: [
        "Le seul bac de l'île a repris du service lundi après trois mois de réparations au chantier du continent, et la première traversée était complète.",
        "Les habitants dépendaient d'un bateau affrété qui ne passait que deux fois par semaine, et les commerçants disent avoir perdu un tiers de leur chiffre.",
        "La mairie a indiqué que l'horaire quotidien serait rétabli dès le mois prochain, avec une traversée de plus le vendredi soir pendant tout l'été.",
      ],
      heading: "De nouveau sur l'eau",
      caption: "Le premier bateau quitte le quai à sept heures. Photo : Lucie Marnier",
    },
    es: {
      header: ["El ferry de la isla vuelve al servicio", "Por Marta Lloret", ""],
      text: [
        "El único ferry de la isla volvió al servicio el lunes después de tres meses de reparaciones en el astillero, y la primera travesía salió llena.",
        "Los vecinos dependían de un barco fletado que salía dos veces por semana, y los comercios dicen que las ventas cayeron un tercio mientras el ferry no estaba.",
        "El ayuntamiento dijo que el horario diario volverá el mes que viene, con una salida más los viernes por la tarde durante todo el verano.",
      ],
      heading: "De nuevo en el agua",
      caption: "El primer barco sale del muelle a las siete. Foto: Marta Lloret",
    },
    it: {
      header: ["Il traghetto dell'isola torna in servizio", "Di Paolo Ventrini", ""],
      text: [
        "L'unico traghetto dell'isola è tornato in servizio lunedì dopo tre mesi di lavori nel cantiere sulla terraferma, e la prima traversata era piena.",
        "Gli abitanti dipendevano da una barca noleggiata che partiva due volte alla settimana, e i negozi dicono che le vendite sono calate di un terzo.",
        "Il comune ha detto che l'orario giornaliero tornerà dal mese prossimo, con una corsa in più il venerdì sera per tutta l'estate.",
      ],
      heading: "Di nuovo in acqua",
      caption: "Il primo traghetto lascia il molo alle sette. Foto: Paolo Ventrini",
    },
    pt: {
      header: ["Ferry da ilha volta ao serviço", "Por Rui Almada", ""],
      text: [
        "O único ferry da ilha voltou ao serviço na segunda-feira depois de três meses de reparações no estaleiro, e a primeira travessia partiu cheia.",
        "Os moradores dependiam de um barco fretado que saía duas vezes por semana, e os comerciantes dizem que as vendas caíram um terço enquanto o ferry esteve parado.",
        "A câmara disse que o horário diário volta no próximo mês, com uma saída a mais às sextas-feiras à noite durante todo o verão.",
      ],
      heading: "De volta à água",
      caption: "O primeiro barco sai do cais às sete. Foto: Rui Almada",
    },
    nl: {
      header: ["Veerboot van het eiland vaart weer", "Door Sanne de Wit", ""],
      text: [
        "De enige veerboot van het eiland is maandag na drie maanden reparatie op de werf aan de overkant weer gaan varen, en de eerste overtocht zat vol.",
        "De bewoners waren aangewezen op een gehuurde boot die maar twee keer per week voer, en de winkeliers zeggen dat ze een derde minder hebben verkocht.",
        "De gemeente zei dat de dagelijkse dienstregeling vanaf volgende maand terugkomt, met een extra afvaart op vrijdagavond in de hele zomer.",
      ],
      heading: "Weer op het water",
      caption: "De eerste boot vertrekt om zeven uur van de kade. Foto: Sanne de Wit",
    },
  };

  /** The page with `lines` set between the first paragraph and the second, blank lines around them. */
  function page(language: string, lines: readonly string[]): string[] {
    const { header, text } = pages[language]!;
    return [...header, text[0], "", ...lines, "", text[1], "", text[2]];
  }

  for (const language of Object.keys(pages)) {
    it(`takes the line over the caption and its credit for a sub-heading (${language})`, () => {
      const { heading, caption } = pages[language]!;
      expect(headingsOf(page(language, [heading, caption]), language)).toEqual([heading]);
    });
  }

  it("leaves a line over a caption with no credit as it was: nothing tells the caption from the section's first line", () => {
    const { heading } = pages.en!;
    expect(headingsOf(page("en", [heading, "The first boat leaves the quay at seven every morning."]))).toEqual([]);
  });

  it("takes no heading over a teaser's title whose slashed words follow a colon: they are no credit", () => {
    expect(headingsOf(page("en", ["Jazz Column", "Cool Winter: January / February Records Reviewed"]))).toEqual([]);
  });

  it("takes no heading from a story's tags over a picture", () => {
    const tags = "Topics: ferries, islands, harbour, timetables, council, shops, summer";
    expect(headingsOf(page("en", [tags, "Boats at the quay (Photo: Ada Lee)"]))).toEqual([]);
    const themen = "Themen: Fähre, Inseln, Hafen, Fahrplan, Gemeinderat, Läden, Sommer";
    expect(headingsOf(page("de", [themen, "Boote am Kai (Foto: Jonas Brehm)"]), "de")).toEqual([]);
  });

  it("takes no heading from a gallery's picture title under another picture", () => {
    const gallery = [
      "Morning on the quay",
      "Boats at dawn.Ada Lee / Harbour Press",
      "",
      "Evening at the pier",
      "Gulls over the pier.Ada Lee / Harbour Press",
    ];
    expect(headingsOf(page("en", gallery))).toEqual([]);
  });

  it("takes no heading from a name over a caption that opens with it, as over a bio", () => {
    expect(headingsOf(page("en", ["Ada Lee", "Ada Lee photographs the island's boats.Ada Lee / Harbour Press"]))).toEqual([]);
  });

  // Near misses: lines set by a picture or a teaser (a pull quote, a set's label, alt text, a teaser's title).
  it("takes no heading from a pull quote set by a picture", () => {
    const caption = "Commuters on the early ferry. Photo: Ada Lee";
    expect(headingsOf(page("en", ["“We waited years for this boat”", caption]))).toEqual([]);
    expect(headingsOf(page("en", ['"An earlier boat changes everything"', caption]))).toEqual([]);
  });

  it("takes no heading from a picture set's label over its first picture", () => {
    const labels: Array<[string, string]> = [
      ["en", "Gallery (12 photos)"],
      ["en", "In pictures"],
      ["fr", "Diaporama"],
      ["fr", "En images"],
      ["it", "Fotogallery"],
      ["nl", "Fotoserie"],
    ];
    for (const [language, label] of labels) {
      expect(headingsOf(page(language, [label, pages[language]!.caption]), language), label).toEqual([]);
    }
  });

  it("takes no heading from a picture's alt text over its caption", () => {
    expect(headingsOf(page("en", ["Image of a ferry at a quay", pages.en!.caption]))).toEqual([]);
    expect(headingsOf(page("de", ["Foto der Fähre am Kai", pages.de!.caption]), "de")).toEqual([]);
  });

  it("takes no heading from a teaser's title over its picture and its link", () => {
    const teaser = ["Ferry strike ends after two days", "Crews return to work at the quay. Photo: Ada Lee", "Read more"];
    expect(headingsOf(page("en", teaser))).toEqual([]);
  });
});

describe("a story's topics after their label", () => {
  // "Topics", "Themen", "Sujets", "Argomenti", "Tópicos", "Onderwerpen" label a story's tags as "Tags" does.
  it("drops a short line of topics from the body, as a line of tags", () => {
    const lines: Array<[string, string]> = [
      ["en", "Topics: ferries, islands"],
      ["de", "Themen: Fähre, Inseln"],
      ["fr", "Sujets : bacs, îles"],
      ["it", "Argomenti: traghetti, isole"],
      ["pt", "Tópicos: ferries, ilhas"],
      ["nl", "Onderwerpen: veerboten, eilanden"],
    ];
    for (const [language, tags] of lines) {
      const text = [
        "Island ferry back in service after repairs",
        "By Ada Fenwick",
        "",
        paragraphs[0],
        "",
        paragraphs[1],
        "",
        paragraphs[2],
        "",
        tags,
        "",
        paragraphs[3],
      ].join("\n");
      const body = fromText(text, { meta: { inLanguage: language } }).body;
      expect(body.some((block) => "text" in block && block.text === tags)).toBe(false);
    }
  });
});

describe("a story's own lines after a topics word", () => {
  // "Topics", "Themen", "Sujets" are common words: a sentence after them, or the label of a list the story sets out,
  // is the story's text. Only comma-parted items with no closing full stop are tags.
  /** The ferry page with `lines` between its second and third paragraphs. */
  function pageWith(lines: readonly string[]): string[] {
    return [...ferryHeader, paragraphs[0]!, "", paragraphs[1]!, "", ...lines, "", paragraphs[2]!, "", paragraphs[3]!];
  }

  function bodyWith(lines: readonly string[], language: string) {
    return fromText(pageWith(lines).join("\n"), { meta: { inLanguage: language } }).body;
  }

  it("keeps a sentence after a topics word", () => {
    const lines: Array<[string, string]> = [
      ["en", "Topics: the second berth, the car park and the fares."],
      ["de", "Themen: Hafen, Fähre und Schule."],
      ["fr", "Sujets : le port, le bac et la nouvelle école."],
      ["it", "Argomenti: il consiglio ha parlato anche dei parcheggi."],
      ["nl", "Onderwerpen: de tweede aanlegplaats en de prijzen."],
    ];
    for (const [language, sentence] of lines) {
      const body = bodyWith([sentence], language);
      expect(
        body.some((block) => "text" in block && block.text === sentence),
        sentence,
      ).toBe(true);
    }
  });

  it("keeps a heading that opens with a topics word and its colon", () => {
    expect(headingsOf(pageWith(["Topics: What the board decided"]))).toEqual(["Topics: What the board decided"]);
  });

  it("keeps a topics word alone over the story's list", () => {
    const body = bodyWith(["Themen:", "- Hafengebühren", "- Zweiter Anleger", "- Parkplätze am Kai"], "de");
    expect(body.some((block) => "text" in block && block.text === "Themen:")).toBe(true);
  });
});

describe("datelines and interview turns set apart in the story", () => {
  /** The ferry page with `line` standing apart between its first and second paragraphs. */
  function apart(line: string, language = "en"): string[] {
    return headingsOf([...ferryHeader, paragraphs[0], "", line, "", paragraphs[1], "", paragraphs[2], "", paragraphs[3]], language);
  }

  it("takes no dateline ending with a dash for a heading, in several languages", () => {
    const datelines: Array<[string, string]> = [
      ["en", "PORT ASHBY, March 11 —"],
      ["en", "KELLSTON —"],
      ["en", "Kellston, 11 March –"],
      ["en", "KELLSTON (Harbour Wire) -"],
      ["de", "BRÜCKENDORF, 11. März –"],
      ["fr", "PORT-SALINE, 11 mars —"],
      ["es", "PUERTO CLARO (Agencia Costa) -"],
      ["it", "VALLEMARE, 11 marzo –"],
      ["pt", "VILA DO MAR —"],
      ["nl", "ZEEWOLDERHAVEN, 11 maart –"],
      // A title-like line the copy broke inside a hyphened word.
      ["en", "Boats Moored Along the North-"],
    ];
    for (const [language, line] of datelines) expect(apart(line, language), line).toEqual([]);
  });

  it("keeps a heading with a dash inside it, or a hyphen ending a word", () => {
    expect(apart("Day one — the crossing")).toEqual(["Day one — the crossing"]);
    expect(apart("The Crossing – And After")).toEqual(["The Crossing – And After"]);
    expect(apart("Tag eins – die Überfahrt", "de")).toEqual(["Tag eins – die Überfahrt"]);
  });

  it("takes no Dutch or Polish interview turn for a heading", () => {
    expect(apart("Vraag: Waarom vertrok de laatste kotter?", "nl")).toEqual([]);
    expect(apart("Antwoord: Omdat de vis naar het noorden trok", "nl")).toEqual([]);
    expect(apart("Pytanie: Dlaczego odpłynął ostatni kuter?", "pl")).toEqual([]);
    expect(apart("Odpowiedź: Bo ryby odpłynęły na północ", "pl")).toEqual([]);
  });

  it("keeps a Dutch heading that opens with a question's word but no colon", () => {
    expect(apart("Vragen over de nieuwe dienstregeling", "nl")).toEqual(["Vragen over de nieuwe dienstregeling"]);
  });
});

describe("a stamped time ago set apart in the story", () => {
  function apart(line: string, language = "en"): string[] {
    return headingsOf([...ferryHeader, paragraphs[0], "", paragraphs[1], "", line, "", paragraphs[2], "", paragraphs[3]], language);
  }

  it("takes no time ago with an updated label or a field beside it for a heading, in several languages", () => {
    const stamps: Array<[string, string]> = [
      ["en", "Updated 3 hours ago"],
      ["en", "Last updated 12 minutes ago"],
      ["en", "Harbour | 2 hours ago"],
      ["de", "Aktualisiert vor 2 Stunden"],
      ["fr", "Mis à jour il y a 3 heures"],
      ["es", "Actualizado hace 4 horas"],
      ["it", "Aggiornato 5 ore fa"],
      ["pt", "Atualizado há 2 horas"],
      ["nl", "Bijgewerkt 3 uur geleden"],
    ];
    for (const [language, line] of stamps) expect(apart(line, language), line).toEqual([]);
  });

  it("keeps a bare time ago in title case as a section's name", () => {
    expect(apart("30 Years Ago")).toEqual(["30 Years Ago"]);
  });
});

describe("a short sentence closing its section over the next heading", () => {
  /** The ferry page with `lines` between its first and third paragraphs, each set apart. */
  function pageWith(lines: readonly string[]): string[] {
    return [...ferryHeader, paragraphs[0], "", ...lines.flatMap((line) => [line, ""]), paragraphs[2], "", paragraphs[3]];
  }

  it("takes an FAQ's first question over a short answer, under which the next question stands", () => {
    const page = [
      "Harbour board weighs future of old fish market",
      "",
      "By Tom Ashby",
      "",
      "The harbour board met on Tuesday evening to discuss the future of the old fish market, which has stood empty since the spring.",
      "",
      "When will the market open?",
      "",
      "Not before next spring, the board says.",
      "",
      "Who will run it?",
      "",
      "A group of traders will share the lease.",
      "",
      "Will there be parking?",
      "",
      "The board's chair said a decision would be taken before the end of the year once the survey of the roof was done.",
    ];
    expect(headingsOf(page)).toEqual(["When will the market open?", "Who will run it?", "Will there be parking?"]);
  });

  it("takes a heading over a short sentence over the next heading, in several languages", () => {
    const pages: Array<[string, string[], string[]]> = [
      ["en", ["Background", "The pier dates from 1898.", "The Repairs", paragraphs[1]], ["Background", "The Repairs"]],
      [
        "en",
        ["Background", "The pier dates from 1898.", "What the repairs cost", "The yard billed the council twice."],
        ["Background", "What the repairs cost"],
      ],
      ["de", ["Hintergrund", "Der Anleger stammt von 1898.", "Die Reparatur", paragraphs[1]], ["Hintergrund", "Die Reparatur"]],
      ["fr", ["Contexte", "La jetée date de 1898.", "Les réparations", paragraphs[1]], ["Contexte", "Les réparations"]],
      [
        "es",
        ["¿Cuándo vuelve el horario?", "No antes de la primavera.", "¿Quién paga el barco?", paragraphs[1]],
        ["¿Cuándo vuelve el horario?", "¿Quién paga el barco?"],
      ],
      ["it", ["Il contesto", "Il pontile risale al 1898.", "Le riparazioni", paragraphs[1]], ["Il contesto", "Le riparazioni"]],
      ["nl", ["Achtergrond", "De steiger stamt uit 1898.", "De reparatie", paragraphs[1]], ["Achtergrond", "De reparatie"]],
    ];
    for (const [language, lines, expected] of pages) expect(headingsOf(pageWith(lines), language), lines[0]).toEqual(expected);
  });

  it("keeps a caption as long as the short sentence under it, over the next heading, as no heading", () => {
    const page = pageWith(["The old pier at low tide in the winter", "It was built in 1898.", "The Repairs", paragraphs[1]]);
    expect(headingsOf(page)).toEqual(["The Repairs"]);
  });

  it("takes no line over a short sentence for a heading where a packed list, a button or an embed's label follows", () => {
    const list = [
      ...ferryHeader,
      paragraphs[0],
      "",
      "Opening hours",
      "",
      "The kiosk opens daily.",
      "",
      "Monday to Friday",
      "Saturday",
      "",
      paragraphs[2],
    ];
    expect(headingsOf(list)).toEqual([]);
    const packed = [
      ...ferryHeader,
      paragraphs[0],
      "",
      "Opening hours",
      "",
      "The kiosk opens daily.",
      "",
      "Ferries sail hourly",
      paragraphs[1],
    ];
    expect(headingsOf(packed)).toEqual([]);
    const facts = pageWith(["Harbour kiosk", "Tickets are sold there daily.", "It opens at six.", paragraphs[1]]);
    expect(headingsOf(facts)).toEqual([]);
    for (const furniture of ["Learn more", "Download the timetable", "Video: The first crossing"]) {
      const page = pageWith(["Harbour kiosk", "Tickets are sold there daily.", furniture, paragraphs[1]]);
      expect(headingsOf(page), furniture).toEqual([]);
    }
  });
});

describe("an author's box and a fact box over short sentences", () => {
  function pageWith(lines: readonly string[], tail: readonly string[] = [paragraphs[3]]): string[] {
    return [...ferryHeader, paragraphs[0], "", paragraphs[1], "", paragraphs[2], "", ...lines.flatMap((line) => [line, ""]), ...tail];
  }

  it("takes no person's name over the short sentence about them for a heading", () => {
    expect(headingsOf(pageWith(["Tom Ashby", "Tom Ashby covers the islands."], []))).toEqual([]);
    expect(headingsOf(pageWith(["Rosa Finch", "Rosa has sold fish for years.", "The Next Steps"]))).toEqual(["The Next Steps"]);
  });

  it("keeps a heading over a short sentence that opens with another word", () => {
    const page = pageWith(["The Next Steps", "The board meets again in the spring.", "What Traders Say"]);
    expect(headingsOf(page)).toEqual(["The Next Steps", "What Traders Say"]);
  });

  it("takes no box's label over a short sentence and a field for a heading", () => {
    // The field itself is left as it was read: only the label over the sentence is asked about here.
    expect(headingsOf(pageWith(["Fact box", "Built in 1898.", "Owner: the harbour board"]))).not.toContain("Fact box");
  });
});

describe("a name and its role set apart in the story", () => {
  function apart(line: string, language = "en"): string[] {
    return headingsOf([...ferryHeader, paragraphs[0], "", paragraphs[1], "", line, "", paragraphs[2], "", paragraphs[3]], language);
  }

  it("takes no person's name with a role or an age after a comma for a heading, in several languages", () => {
    const captions: Array<[string, string]> = [
      ["en", "Miriam Holt, chair of the harbour board"],
      ["en", "Ada Fenwick, 34, who skippers the spare boat"],
      ["de", "Jonas Brandt, 52, fährt seit zwanzig Jahren"],
      ["fr", "Léa Marchand, patronne du café du port"],
      ["es", "Ana Ruiz, alcaldesa de Puerto Claro"],
      ["it", "Giulia Fontana, sindaca di Vallemare"],
      ["pt", "Rita Moreira, presidente da junta"],
      ["nl", "Sanne de Vries, schipper van de veerboot"],
    ];
    for (const [language, line] of captions) expect(apart(line, language), line).toEqual([]);
  });

  it("keeps a heading with a comma that opens with no person's name, or a name in title case", () => {
    expect(apart("Early crossings, late returns")).toEqual(["Early crossings, late returns"]);
    expect(apart("Ada Fenwick, The Skipper Who Stayed")).toEqual(["Ada Fenwick, The Skipper Who Stayed"]);
    expect(apart("What Traders Say, in their own words")).toEqual(["What Traders Say, in their own words"]);
  });

  it("keeps a listicle's numbered entries naming a person and a role", () => {
    const page = [
      "Five people who kept the island going",
      "By Ada Fenwick",
      "",
      paragraphs[0],
      "",
      "1. Miriam Holt, chair of the harbour board",
      "",
      paragraphs[1],
      "",
      "2. Jonas Brandt, skipper of the chartered boat",
      "",
      paragraphs[2],
      "",
      "3. Léa Marchand, owner of the quay café",
      "",
      paragraphs[3],
    ];
    expect(headingsOf(page)).toEqual([
      "1. Miriam Holt, chair of the harbour board",
      "2. Jonas Brandt, skipper of the chartered boat",
      "3. Léa Marchand, owner of the quay café",
    ]);
  });
});

describe("headings the rules for datelines and names set apart in the story must keep", () => {
  function apart(line: string, language = "en"): string[] {
    return headingsOf([...ferryHeader, paragraphs[0], "", paragraphs[1], "", line, "", paragraphs[2], "", paragraphs[3]], language);
  }

  it("keeps a heading ending on a spaced dash that has no dateline's shape", () => {
    // "GPUs" opens with capitals but is no word in capitals.
    for (const heading of ["Next stop —", "Part one —", "Coming up –", "What comes next -", "GPUs compared —"]) {
      expect(apart(heading), heading).toEqual([heading]);
    }
  });

  it("still takes no dateline in capitals, with a comma or an agency, or a word broken at its hyphen", () => {
    for (const line of ["MARRIN BAY —", "Kellston, 11 March –", "Kellston (Harbour Wire) —", "Boats Moored Along the North-"]) {
      expect(apart(line), line).toEqual([]);
    }
  });

  it("keeps a person's name with an epithet opening on an article or 'and', in several languages", () => {
    const headings: Array<[string, string]> = [
      ["en", "Ada Lee, the woman who saved the pier"],
      ["en", "Tom Ashby, and the sea"],
      ["de", "Anna Berg, die letzte Fischerin"],
      ["fr", "Marie Roux, une vie de marin"],
      ["es", "Ana Ruiz, la alcaldesa que volvió"],
      ["nl", "Sanne de Vries, een leven op het water"],
    ];
    for (const [language, heading] of headings) expect(apart(heading, language), heading).toEqual([heading]);
    // A role given bare after the name is still a caption's.
    expect(apart("Miriam Holt, chair of the harbour board")).toEqual([]);
  });

  it("keeps a person's name over a short sentence about them where the story goes on in prose", () => {
    const page = [
      ...ferryHeader,
      paragraphs[0],
      "",
      paragraphs[1],
      "",
      "Tom Ashby",
      "",
      "Tom runs the ferry daily.",
      "",
      paragraphs[2],
      "",
      paragraphs[3],
    ];
    expect(headingsOf(page)).toEqual(["Tom Ashby"]);
  });
});

describe("a series of portraits headed by a name and a role", () => {
  const intro = "Every Sunday a small crew of volunteers clears the canal at Tolbury of what the week has thrown into it.";
  function portraits(turns: ReadonlyArray<readonly [string, string]>, language = "en"): string[] {
    const page = ["Meet the volunteers who keep the canal clean", "By Oona Pryce", "", intro];
    for (const [head, text] of turns) page.push("", head, "", text);
    return headingsOf(page, language);
  }

  it("keeps two or more names with a role as the headings of the portraits about them, in several languages", () => {
    expect(
      portraits([
        ["Frank Hale, retired engineer", "Frank has pulled four bicycles and an empty safe out of the water since he joined."],
        ["Mia Torres, student", "Mia came along for a school project three summers ago and now brings her friends."],
        ["Paul Ng, 61, bargeman", "Paul lives on a narrowboat by the lock and calls the towpath his street."],
      ]),
    ).toEqual(["Frank Hale, retired engineer", "Mia Torres, student", "Paul Ng, 61, bargeman"]);
    expect(
      portraits([
        ["Dr Amal Reza, consultant", "Amal has worked nights at the hospital for twelve years and still likes the quiet."],
        ["Jon Bright, porter", "Bright reckons he walks twelve miles a shift between the wards and the stores."],
      ]),
    ).toEqual(["Dr Amal Reza, consultant", "Jon Bright, porter"]);
    expect(
      portraits([
        ["Kate Wells, 52, teacher", "Kate said the stalls were good but dear, and that she would come back at the weekend."],
        ["Owen Price, shopkeeper", "Owen, who runs the shoe shop across the road, said the market had brought people back."],
      ]),
    ).toEqual(["Kate Wells, 52, teacher", "Owen Price, shopkeeper"]);
    expect(
      portraits(
        [
          ["Léa Roy, potière", "Léa travaille l'argile depuis vingt ans dans son atelier au bord de la rivière."],
          ["Marc Blanc, ébéniste", "Marc fabrique des meubles avec le bois des forêts voisines depuis son retour au village."],
        ],
        "fr",
      ),
    ).toEqual(["Léa Roy, potière", "Marc Blanc, ébéniste"]);
  });

  it("still takes a lone name with a role, names over quotes and other sentences, or writers' boxes for no heading", () => {
    expect(
      portraits([["Frank Hale, retired engineer", "Frank has pulled four bicycles and an empty safe out of the water since he joined."]]),
    ).toEqual([]);
    expect(
      portraits([
        ["Alec Munro, skipper", '"We have been cut three years running," said Alec Munro, who fishes out of the harbour.'],
        ["Fiona Bell, harbour master", "The harbour master said the number of boats working the bay had halved since 2010."],
      ]),
    ).toEqual([]);
    expect(
      portraits([
        ["Ada Lee, reporter", "Ada Lee covers the harbour and the council for the Gazette and has done so since 2019."],
        ["Ben Ode, photographer", "Ben Ode has taken pictures of the coast and its boats for more than twenty years."],
      ]),
    ).toEqual([]);
  });
});

describe("a question packed under a heading, over its answer", () => {
  const lead = [
    "The island ferry will run through the winter for the first time this year, the harbour board said on Tuesday.",
    "Boats will sail twice a day from November to March, with an extra crossing on Fridays when the weather allows.",
  ] as const;
  const answer = "It takes about forty minutes in calm weather, and up to an hour when the wind comes from the west.";
  const closing = "The board said the new timetable would cost about a third more to run, and that fares would rise a little.";
  function stacked(upper: string, question: string, language = "en", header: readonly string[] = ferryHeader): string[] {
    return headingsOf([...header, lead[0], "", lead[1], "", upper, question, "", answer, "", closing], language);
  }

  it("takes the question under an FAQ's label or a section's heading for a sub-heading too", () => {
    for (const [label, question, language, header] of [
      ["FAQs", "How long is the crossing?"],
      ["Frequently Asked Questions", "Can I bring a bicycle on board?"],
      ["Planning Your Trip", "What Happens When a Sailing Is Cancelled?"],
      ["Häufige Fragen", "Wie lange dauert die Überfahrt?", "de", ["Inselfähre fährt jetzt auch im Winter", "Von Jonas Brandt", ""]],
      ["Foire Aux Questions", "Combien de temps dure la traversée ?", "fr", ["Le bac de l'île naviguera aussi l'hiver", "Par Léa Roy", ""]],
    ] as const)
      expect(stacked(label, question, language, header), label).toEqual([label, question]);
  });

  it("leaves a question packed onto its answer, a heading's credit and a question under a sentence as they were", () => {
    const packed = headingsOf([...ferryHeader, lead[0], "", lead[1], "", "FAQs", "How long is the crossing?", answer, "", closing]);
    expect(packed).not.toContain("How long is the crossing?");
    expect(stacked("The New Timetable", "Ada Lee Photography")).not.toContain("Ada Lee Photography");
    expect(stacked("The New Timetable", "Harbour Board / Handout")).not.toContain("Harbour Board / Handout");
    expect(stacked("It was a cold night.", "How long is the crossing?")).not.toContain("It was a cold night.");
    expect(stacked("By Ada Lee", "How long is the crossing?")).toEqual([]);
    expect(stacked("12 March 2025", "How long is the crossing?")).toEqual([]);
    expect(stacked("How long is the crossing?", "Can I bring a bicycle on board?")).not.toContain("Can I bring a bicycle on board?");
  });

  it("takes a label in sentence case over its question for the pair of headings, as FAQs set it in many languages", () => {
    for (const [label, question, language, header] of [
      ["Frequently asked questions", "Can I bring a bicycle on board?"],
      ["Preguntas frecuentes", "¿Cuánto dura la travesía?", "es", ["El ferri de la isla navegará también en invierno", "Por Ana Ruiz", ""]],
      [
        "Domande frequenti",
        "Quanto dura la traversata?",
        "it",
        ["Il traghetto dell'isola navigherà anche d'inverno", "Di Marco Bellini", ""],
      ],
      ["Perguntas frequentes", "Posso levar uma bicicleta?", "pt", ["A balsa da ilha vai navegar também no inverno", "Por João Matos", ""]],
      ["Veelgestelde vragen", "Hoe lang duurt de overtocht?", "nl", ["De eilandveerboot vaart ook in de winter", "Door Ada de Vries", ""]],
    ] as const)
      expect(stacked(label, question, language, header), label).toEqual([label, question]);
  });

  it("leaves a list of questions over the prose, and a line set apart over a question, as they were", () => {
    const list = [
      ...ferryHeader,
      lead[0],
      "",
      lead[1],
      "",
      "Before you book, ask yourself a few things.",
      "",
      "Do I need a car on the island?",
      "Will I come back the same day?",
      "Can I carry my shopping home?",
      "",
      closing,
    ];
    expect(headingsOf(list)).toEqual([]);
    const points = [
      ...ferryHeader,
      lead[0],
      "",
      lead[1],
      "",
      "Bring warm clothes",
      "Check the tide times",
      "Pack something to eat?",
      "",
      closing,
    ];
    expect(headingsOf(points)).toEqual([]);
    const twoPoints = [...ferryHeader, lead[0], "", lead[1], "", "Bring warm clothes", "Check the tide times", "", closing];
    expect(headingsOf(twoPoints)).toEqual([]);
    const packedAnswer = [
      ...ferryHeader,
      lead[0],
      "",
      lead[1],
      "",
      "Frequently asked questions",
      "Can I bring a bicycle on board?",
      answer,
    ];
    expect(headingsOf([...packedAnswer, "", closing])).toEqual([]);
    const apart = [
      ...ferryHeader,
      lead[0],
      "",
      lead[1],
      "",
      "Crossing in the dark",
      "",
      "How long is the crossing?",
      "",
      answer,
      "",
      closing,
    ];
    expect(headingsOf(apart)).not.toContain("Crossing in the dark");
  });

  it("leaves a list's longer first point, a poem's line or a quote's attribution over a question as text", () => {
    const over = (intro: string, upper: string, question: string): string[] =>
      headingsOf([...ferryHeader, lead[0], "", lead[1], "", intro, "", upper, question, "", answer, "", closing]);
    expect(over("The harbour master put two points to the board.", "The pier needs a new deck", "Who is going to pay for it?")).toEqual([]);
    expect(over("Before you book, ask yourself two things.", "Do I need a car on the island", "Will I come back the same day?")).toEqual(
      [],
    );
    expect(over("Maria Lund read her poem at the opening.", "The sea is grey again tonight", "Who will sail when we are gone?")).toEqual(
      [],
    );
    expect(
      over("The board met on Monday.", "\u201cWe had no choice,\u201d said the operator\u2019s manager", "What else could they do?"),
    ).toEqual([]);
  });

  it("leaves a teaser's time since posting over its question as it was", () => {
    expect(stacked("2 hours ago", "Who will pay the new fares?")).toEqual([]);
    const german = ["Inselfähre fährt jetzt auch im Winter", "Von Jonas Brandt", ""];
    expect(stacked("vor 3 Stunden", "Wer zahlt die neuen Preise?", "de", german)).toEqual([]);
  });

  it("takes a short line in sentence case over a question for a label only when it names questions", () => {
    expect(stacked("Up next", "Is the ferry worth saving?")).toEqual([]);
    expect(stacked("Editor's picks", "Is the ferry worth saving?")).toEqual([]);
    expect(stacked("Listen to the podcast", "Can the islands survive?")).toEqual([]);
    const dutch = ["De eilandveerboot vaart ook in de winter", "Door Ada de Vries", ""];
    expect(stacked("Meer over dit onderwerp", "Is de veerboot nog te redden?", "nl", dutch)).toEqual([]);
    const twoPoints = [
      ...ferryHeader,
      lead[0],
      "",
      lead[1],
      "",
      "Check two things before you leave.",
      "",
      "Your ticket",
      "Is the ferry running?",
      "",
      answer,
      "",
      closing,
    ];
    expect(headingsOf(twoPoints)).toEqual([]);
    const portuguese = ["A balsa da ilha vai navegar também no inverno", "Por João Matos", ""];
    expect(stacked("Dúvidas frequentes", "Posso levar uma bicicleta?", "pt", portuguese)).toEqual([
      "Dúvidas frequentes",
      "Posso levar uma bicicleta?",
    ]);
  });

  it("leaves a question packed under a lone word (a kicker, a section's or a speaker's label) as it was, but an FAQ's", () => {
    for (const label of ["Opinion", "Live", "Transport", "INTERVIEWER", "Tuesday"]) {
      expect(stacked(label, "Is the ferry worth saving?")).not.toContain("Is the ferry worth saving?");
    }
    expect(stacked("FAQs", "How long is the crossing?")).toEqual(["FAQs", "How long is the crossing?"]);
  });
});

describe("sub-headings: a writer's box and a text said twice", () => {
  const story = [
    "The ferry between Westhaven and Lower Marrow will sail again from next month, the harbour board said on Tuesday, after a winter of repairs to the slipway.",
    "",
    "Crews replaced the worn timbers of the pier and laid a new deck on the landing stage, work that took longer than planned because of the storms.",
    "",
    "What Changes for Travellers",
    "",
    "Tickets will cost a little more this year, and the first boat will leave half an hour earlier on weekdays so that commuters reach town before nine.",
    "",
  ];
  const header = ["Ferry crossing to reopen after winter repairs", "By Ines Daly", ""];
  const footer = ["", "Share this article", "", "Subscribe to our newsletter", "", "\u00a9 2025 The Harbour Post"];
  const page = (...tail: string[]): string[] => [...header, ...story, ...tail, ...footer];

  it("reads no heading in a writer's name over the bio closing the story", () => {
    const bio =
      "Ada joined the newsroom in 2019 after ten years at a local radio station. She covers transport and the coast for the paper.";
    // The box repeats the byline's name.
    const signed = [header[0]!, "By Ada Fenwick", ""];
    expect(headingsOf([...signed, ...story, "Ada Fenwick", "", bio, ...footer])).toEqual(["What Changes for Travellers"]);
    const boxed = [
      ...signed,
      ...story,
      "Ada Fenwick",
      "",
      bio,
      "",
      "Want to stay ahead of the news?",
      "",
      "Subscribe: never miss a story!",
    ];
    expect(headingsOf(boxed)).toEqual(["What Changes for Travellers"]);
  });

  it("reads the bio by a pronoun only for a person, or by the writer's trade, in each language", () => {
    const spanish = [
      "El transbordador vuelve a navegar tras las obras del muelle",
      "Por Piet Zandvoort",
      "",
      "El transbordador entre Westhaven y Marrow Bajo volverá a navegar el mes que viene, según anunció el martes la autoridad del puerto.",
      "",
      "Los operarios sustituyeron las vigas gastadas del muelle y colocaron una cubierta nueva en el embarcadero durante todo el invierno.",
      "",
      "Piet Zandvoort",
      "",
      "Piet llegó a la redacción en 2019 tras diez años en una radio local. Él cubre el transporte y la costa para el periódico.",
      ...footer,
    ];
    expect(headingsOf(spanish, "es")).toEqual([]);
    const italian = [
      "Il traghetto per Marrow Bassa riparte dopo i lavori al molo",
      "Di Carla Venturi",
      "",
      "Il traghetto tra Westhaven e Marrow Bassa tornerà a navigare dal mese prossimo, ha comunicato martedì l'autorità portuale del paese.",
      "",
      "Gli operai hanno sostituito le travi consumate del molo e posato un nuovo piano sull'approdo, con lavori durati tutto l'inverno.",
      "",
      "Carla Venturi",
      "",
      "Carla è arrivata in redazione nel 2019 dopo dieci anni in una radio locale. Da allora lei segue i trasporti e la costa.",
      ...footer,
    ];
    expect(headingsOf(italian, "it")).toEqual([]);
    const portuguese = [
      "O ferry para Marrow de Baixo volta a navegar depois das obras",
      "Por Bruno Salas",
      "",
      "O ferry entre Westhaven e Marrow de Baixo volta a navegar no próximo mês, anunciou na terça-feira a administração do porto da vila.",
      "",
      "Os operários substituíram as vigas gastas do cais e colocaram um novo piso no embarcadouro, obras que duraram todo o inverno.",
      "",
      "Bruno Salas",
      "",
      "Bruno entrou na redação em 2019 depois de dez anos numa rádio local, como redator dos transportes e da costa.",
      ...footer,
    ];
    expect(headingsOf(portuguese, "pt")).toEqual([]);
  });

  it("keeps a person's name heading a section of the story", () => {
    const tom = "Tom has run the ticket office for twenty years. He knows every regular by name and keeps a kettle on.";
    const rosa = "Rosa sells fish on the quay from a stall her mother opened. She says the closure cost her half her trade.";
    // The story goes on under the section.
    const after = "Meanwhile, the council will decide next week whether the car park by the pier should charge for the whole day.";
    expect(headingsOf([...header, ...story, "Rosa Finch", "", rosa, "", after, ...footer])).toEqual([
      "What Changes for Travellers",
      "Rosa Finch",
    ]);
    // A story of several people, each named over a paragraph about them: the last keeps its heading.
    expect(headingsOf([...header, ...story, "Tom Ashby", "", tom, "", "Rosa Finch", "", rosa, ...footer])).toEqual([
      "What Changes for Travellers",
      "Tom Ashby",
      "Rosa Finch",
    ]);
    // A paragraph opening with another word than the name's.
    const other = "The reporter who broke the story of the closure spent the winter on the quay. She now covers the coast.";
    expect(headingsOf(page("Rosa Finch", "", other))).toContain("Rosa Finch");
  });

  it("keeps the name of a thing, or a person's where the paragraph names no person, heading the story's last section", () => {
    const rail = "Harbour Rail runs the line along the coast to the ferry. It carries about four thousand people a day.";
    expect(headingsOf(page("Harbour Rail", "", rail))).toContain("Harbour Rail");
    const german = [
      "Fähre nach Unterwarft fährt nach der Reparatur wieder",
      "Von Ines Daly",
      "",
      "Die Fähre zwischen Westhafen und Unterwarft fährt vom kommenden Monat an wieder, wie die Hafenverwaltung am Dienstag mitteilte.",
      "",
      "Die Arbeiter ersetzten die morschen Balken des Stegs und legten eine neue Fläche auf den Anleger, was den ganzen Winter dauerte.",
      "",
      "Küstenbahn Nord",
      "",
      "Küstenbahn Nord betreibt die Strecke entlang der Küste bis zur Fähre. Sie befördert etwa viertausend Menschen am Tag.",
      ...footer,
    ];
    expect(headingsOf(german, "de")).toEqual(["Küstenbahn Nord"]);
  });

  it("reads no heading in a text glued to itself, but in a name of one word said twice", () => {
    const bio = "Ada Fenwick covers transport and the coast for the paper, and her reports have won two regional awards.";
    expect(headingsOf(page("Ada FenwickAda Fenwick", "", bio))).toEqual(["What Changes for Travellers"]);
    expect(headingsOf(page("Ada Fenwick Ada Fenwick", "", bio))).toEqual(["What Changes for Travellers"]);
    const section = "The new boats are quieter and faster, and the board expects them to cut the crossing by ten minutes each way.";
    expect(headingsOf(page("New BoatsNew Boats", "", section, "", "Timetable", "", section))).toEqual([
      "What Changes for Travellers",
      "Timetable",
    ]);
    expect(headingsOf(page("Bora Bora", "", section, "", "Step by Step", "", section))).toEqual([
      "What Changes for Travellers",
      "Bora Bora",
      "Step by Step",
    ]);
  });

  it("reads no heading in the title of a box pleading with the reader to support the site, in each language", () => {
    const plea = (title: string, pitch: string, language = "en"): string[] =>
      headingsOf([...header, story[0]!, "", title, "", pitch, "", ...story.slice(2)], language);
    expect(
      plea(
        "On supporting local journalism",
        "If you like this story, consider supporting our journalism by subscribing to the paper today.",
      ),
    ).toEqual(["What Changes for Travellers"]);
    const closing = [
      ...header,
      ...story,
      "Keep the Gazette Free",
      "",
      "Local reporting is in danger, and we are determined to keep going for years.",
      "",
      "Please consider supporting us.",
    ];
    expect(headingsOf([...closing, ...footer])).toEqual(["What Changes for Travellers"]);
    const pleas: [string, string, string][] = [
      [
        "de",
        "Unabhängiger Journalismus kostet Geld",
        "Wenn Ihnen dieser Artikel gefällt, unterstützen Sie unseren Journalismus mit einem Abonnement der Zeitung.",
      ],
      [
        "fr",
        "Un journalisme indépendant",
        "Si cet article vous plaît, soutenez notre journalisme en vous abonnant au journal dès aujourd'hui.",
      ],
      [
        "es",
        "Un periodismo independiente",
        "Si te gusta este artículo, apoya nuestro periodismo con una suscripción al periódico desde hoy mismo.",
      ],
      [
        "it",
        "Un giornalismo indipendente",
        "Se questo articolo ti piace, sostieni il nostro giornalismo con un abbonamento al giornale da oggi.",
      ],
      [
        "pt",
        "Um jornalismo independente",
        "Se gosta deste artigo, apoie o nosso jornalismo com uma assinatura do jornal a partir de hoje mesmo.",
      ],
      [
        "nl",
        "Onafhankelijke journalistiek",
        "Vind je dit artikel goed, steun onze journalistiek dan met een abonnement op de krant vanaf vandaag.",
      ],
    ];
    for (const [language, title, pitch] of pleas) expect(plea(title, pitch, language)).not.toContain(title);
  });

  it("keeps a section's heading over a plea the story reports", () => {
    const reported = "The council asked residents to consider supporting the pier fund, and a bakery promised a share of its sales.";
    expect(headingsOf(page("Council Seeks Money for the Pier", "", reported))).toContain("Council Seeks Money for the Pier");
    // A plea in a paragraph further down the section is the story's.
    const further = [...header, ...story, "The Pier Fund", "", reported, "", "The fund's chair said: please consider supporting us."];
    expect(headingsOf([...further, ...footer])).toContain("The Pier Fund");
  });

  // Near misses: a section named after someone, a writer's box, a name said twice, a heading over a plea.
  it("keeps a section named after a person who did not write the story, over its last paragraph", () => {
    const mira =
      "Mira has worked the lock gates for thirty years. She says the new pumps have made the night shifts easier, though the river is lower than ever.";
    expect(headingsOf(page("Mira Castell", "", mira))).toContain("Mira Castell");
    // A headline naming the person runs on in words: no byline.
    const headlined = ["Mira Castell keeps the harbour gates open in a dry year", "By Ines Daly", "", ...story];
    expect(headingsOf([...headlined, "Mira Castell", "", mira, ...footer])).toContain("Mira Castell");
    const spanish = [
      "El transbordador vuelve a navegar tras las obras del muelle",
      "Por Ines Daly",
      "",
      "El transbordador entre Westhaven y Marrow Bajo volverá a navegar el mes que viene, según anunció el martes la autoridad del puerto.",
      "",
      "Los operarios sustituyeron las vigas gastadas del muelle y colocaron una cubierta nueva en el embarcadero durante todo el invierno.",
      "",
      "Lucía Barros",
      "",
      "Lucía regenta la panadería del muelle desde 2001. Ella dice que nunca había visto tan pocos viajeros en primavera.",
      ...footer,
    ];
    expect(headingsOf(spanish, "es")).toEqual(["Lucía Barros"]);
  });

  it("reads the writer's box under a byline the header leaves unread, a name over a sign and a time", () => {
    const bio = "Ada Fenwick joined the paper from a farming weekly. She covers transport and the coast, and values plain answers.";
    const signed = [header[0]!, "Ada Fenwick \u2022 8h", "", ...story, "Ada Fenwick", "", bio, ...footer];
    expect(headingsOf(signed)).toEqual(["What Changes for Travellers"]);
  });

  it("keeps a name said twice with a space or a sign between", () => {
    const section = "The casino hotel has switched its fountains to recycled water and covers its pools at night in the summer.";
    expect(headingsOf(page("New York New York", "", section))).toContain("New York New York");
    expect(headingsOf(page("New York-New York", "", section))).toContain("New York-New York");
  });

  it("keeps a section's heading over a plea the story quotes, in each language", () => {
    const quoted = (title: string, text: string, language = "en"): string[] =>
      headingsOf([...header, story[0]!, "", title, "", text, "", ...story.slice(2)], language);
    const cases: [string, string, string][] = [
      [
        "en",
        "Why We Need Your Support",
        "\u201cIf you can, please consider supporting us this winter,\u201d said Dora Kell, who runs the food bank on the quay.",
      ],
      [
        "en",
        "Small Businesses",
        "\u201cPlease consider advertising with us rather than the big platforms,\u201d the radio station's manager told shop owners.",
      ],
      [
        "de",
        "Der Aufruf des Tierheims",
        "\u201eUnterst\u00fctzen Sie uns, wo immer Sie k\u00f6nnen\u201c, sagte die Leiterin des Tierheims am Dienstag nach dem Sturm.",
      ],
      [
        "fr",
        "L'appel de l'association",
        "\u00ab Soutenez-nous, m\u00eame avec un seul repas \u00bb, a lanc\u00e9 mardi la pr\u00e9sidente du refuge apr\u00e8s la temp\u00eate.",
      ],
      [
        "es",
        "La campa\u00f1a del comedor",
        "\u00abAp\u00f3yanos como puedas\u00bb, pidi\u00f3 el martes la directora del comedor social del puerto tras el temporal.",
      ],
      [
        "it",
        "L'appello del canile",
        "\u00abSostienici come puoi\u00bb, ha detto marted\u00ec la direttrice del canile del porto dopo la tempesta di domenica.",
      ],
      [
        "pt",
        "O apelo do abrigo",
        "\u00abApoie-nos como puder\u00bb, pediu na ter\u00e7a-feira a diretora do abrigo do porto depois da tempestade.",
      ],
      [
        "nl",
        "De oproep van het asiel",
        "\u201eSteun ons zoals u kunt\u201d, zei de directeur van het asiel aan de haven dinsdag na de storm van zondag.",
      ],
      // Single marks: a British paper's, a German one's.
      [
        "en",
        "The Food Bank's Appeal",
        "\u2018If you can, please consider supporting us this winter,\u2019 said Dora Kell, who runs the food bank.",
      ],
      [
        "de",
        "Der Aufruf der Tafel",
        "\u201aUnterst\u00fctzen Sie uns, wo immer Sie k\u00f6nnen\u2018, zitierte das Blatt die Leiterin der Tafel am Hafen nach dem Sturm.",
      ],
      [
        "fr",
        "L'appel du refuge",
        "\u2039 Soutenez-nous, m\u00eame avec un seul repas \u203a, r\u00e9p\u00e8te depuis la temp\u00eate la pr\u00e9sidente du refuge du port.",
      ],
    ];
    for (const [language, title, text] of cases) expect(quoted(title, text, language)).toContain(title);
  });

  it("keeps the story's last section's heading over the site's own plea under its paragraph", () => {
    const last = "The board will vote on the new timetable in March, and the first summer sailings are due to start in May.";
    expect(headingsOf([...header, ...story, "What Comes Next", "", last, "", "Please consider supporting us.", ...footer])).toContain(
      "What Comes Next",
    );
    // A paragraph quoting a speaker's "we" is not the site speaking.
    const quoting = "\u201cWe will vote on the new timetable in March,\u201d the chair of the harbour board told residents on Monday.";
    expect(headingsOf([...header, ...story, "What Comes Next", "", quoting, "", "Please consider supporting us.", ...footer])).toContain(
      "What Comes Next",
    );
  });
});

describe("sub-headings: a heading under a box's button", () => {
  /** An invented select-all copy: menu, headline, byline, two paragraphs, a box's pitch and button, then what follows. */
  const pages: Record<string, { menu: string[]; title: string; by: string; story: string[]; pitch: string; footer: string[] }> = {
    en: {
      menu: ["Home", "News", "Travel", "Search"],
      title: "Harbour town weighs a second ferry for the summer season",
      by: "By Mira Castell",
      story: [
        "The harbour board met on Tuesday to discuss whether a second ferry should run between the quay and the outer islands in the busiest weeks.",
        "Skippers told the meeting that the single boat now in service often leaves passengers waiting on the pier in July and August.",
        "A study commissioned last autumn found that demand has grown by almost a third since the new campsite opened on the largest island.",
        "The board expects to publish the costs in April, after talks with the two yards that have offered to lease a vessel for three summers.",
      ],
      pitch: "Planning a trip to the islands? Our partner compares every crossing and fare in one place.",
      footer: ["", "About us", "Privacy", "\u00a9 2025 Harbour Post"],
    },
    de: {
      menu: ["Startseite", "Region", "Wirtschaft"],
      title: "Hafenstadt pr\u00fcft zweite F\u00e4hre f\u00fcr den Sommer",
      by: "Von Lena Brandt",
      story: [
        "Der Hafenrat hat am Dienstag beraten, ob in den vollsten Wochen des Jahres eine zweite F\u00e4hre zwischen dem Kai und den Inseln fahren soll.",
        "Die Schiffer berichteten, dass das einzige Boot im Juli und August oft Fahrg\u00e4ste auf dem Anleger zur\u00fccklassen muss.",
        "Eine im Herbst beauftragte Studie ergab, dass die Nachfrage seit der Er\u00f6ffnung des neuen Zeltplatzes um fast ein Drittel gestiegen ist.",
        "Der Rat will die Kosten im April vorlegen, nach Gespr\u00e4chen mit den beiden Werften, die ein Schiff f\u00fcr drei Sommer vermieten wollen.",
      ],
      pitch: "Sie planen eine Reise auf die Inseln? Unser Partner vergleicht alle \u00dcberfahrten und Preise.",
      footer: ["", "Impressum", "Datenschutz", "\u00a9 2025 Hafenbote"],
    },
    fr: {
      menu: ["Accueil", "R\u00e9gion", "\u00c9conomie"],
      title: "Le port envisage un second bac pour la saison estivale",
      by: "Par Claire Moreau",
      story: [
        "Le conseil du port s\u2019est r\u00e9uni mardi pour examiner si un second bac devrait relier le quai aux \u00eeles pendant les semaines les plus charg\u00e9es.",
        "Les patrons de bateau ont expliqu\u00e9 que l\u2019unique navire en service laisse souvent des passagers sur le ponton en juillet et en ao\u00fbt.",
        "Une \u00e9tude command\u00e9e l\u2019automne dernier montre que la demande a augment\u00e9 de pr\u00e8s d\u2019un tiers depuis l\u2019ouverture du nouveau camping.",
        "Le conseil publiera les co\u00fbts en avril, apr\u00e8s des discussions avec les deux chantiers qui proposent de louer un navire pendant trois \u00e9t\u00e9s.",
      ],
      pitch: "Vous pr\u00e9parez un voyage vers les \u00eeles ? Notre partenaire compare toutes les travers\u00e9es.",
      footer: ["", "Mentions l\u00e9gales", "Confidentialit\u00e9", "\u00a9 2025 Le Courrier du Port"],
    },
    es: {
      menu: ["Inicio", "Regi\u00f3n", "Econom\u00eda"],
      title: "El puerto estudia un segundo ferry para el verano",
      by: "Por Luc\u00eda Ortega",
      story: [
        "La junta del puerto se reuni\u00f3 el martes para estudiar si un segundo ferry deber\u00eda unir el muelle con las islas en las semanas de m\u00e1s afluencia.",
        "Los patrones explicaron que el \u00fanico barco en servicio deja a menudo pasajeros esperando en el embarcadero en julio y agosto.",
        "Un estudio encargado el oto\u00f1o pasado concluy\u00f3 que la demanda ha crecido casi un tercio desde que abri\u00f3 el nuevo camping.",
        "La junta publicar\u00e1 los costes en abril, tras hablar con los dos astilleros que han ofrecido alquilar un barco durante tres veranos.",
      ],
      pitch: "\u00bfPreparas un viaje a las islas? Nuestro socio compara todas las traves\u00edas y tarifas.",
      footer: ["", "Aviso legal", "Privacidad", "\u00a9 2025 Diario del Puerto"],
    },
    it: {
      menu: ["Home", "Cronaca", "Economia"],
      title: "Il porto valuta un secondo traghetto per l\u2019estate",
      by: "Di Giulia Ferri",
      story: [
        "Il consiglio del porto si \u00e8 riunito marted\u00ec per decidere se un secondo traghetto debba collegare il molo alle isole nelle settimane pi\u00f9 affollate.",
        "I comandanti hanno spiegato che l\u2019unica nave in servizio lascia spesso i passeggeri ad aspettare sul pontile a luglio e ad agosto.",
        "Uno studio commissionato lo scorso autunno ha rilevato che la domanda \u00e8 cresciuta di quasi un terzo dall\u2019apertura del nuovo campeggio.",
        "Il consiglio pubblicher\u00e0 i costi ad aprile, dopo i colloqui con i due cantieri che hanno offerto di noleggiare una nave per tre estati.",
      ],
      pitch: "Stai organizzando un viaggio alle isole? Il nostro partner confronta tutte le corse.",
      footer: ["", "Note legali", "Privacy", "\u00a9 2025 Gazzetta del Porto"],
    },
    pt: {
      menu: ["In\u00edcio", "Regi\u00e3o", "Economia"],
      title: "Porto estuda segundo ferry para o ver\u00e3o",
      by: "Por In\u00eas Camacho",
      story: [
        "A administra\u00e7\u00e3o do porto reuniu-se na ter\u00e7a-feira para decidir se um segundo ferry deve ligar o cais \u00e0s ilhas nas semanas de maior movimento.",
        "Os mestres explicaram que o \u00fanico barco em servi\u00e7o deixa muitas vezes passageiros \u00e0 espera no pont\u00e3o em julho e agosto.",
        "Um estudo encomendado no outono passado concluiu que a procura cresceu quase um ter\u00e7o desde que abriu o novo parque de campismo.",
        "A administra\u00e7\u00e3o vai publicar os custos em abril, depois de conversar com os dois estaleiros que propuseram alugar um navio.",
      ],
      pitch: "Est\u00e1 a planear uma viagem \u00e0s ilhas? O nosso parceiro compara todas as travessias.",
      footer: ["", "Termos", "Privacidade", "\u00a9 2025 Jornal do Porto"],
    },
  };

  /** The page with the box's button and `lines` after it (packed under the button unless `lines` opens with a blank). */
  function page(language: string, button: string, lines: readonly string[]): string[] {
    const p = pages[language]!;
    return [...p.menu, "", p.title, p.by, "", p.story[0]!, "", p.story[1]!, "", p.pitch, button, ...lines, ...p.footer];
  }
  /** A section's heading under the button, then the story's last two paragraphs. */
  function section(language: string, button: string, heading: string, spaced = false): string[] {
    const p = pages[language]!;
    return page(language, button, [...(spaced ? [""] : []), heading, "", p.story[2]!, "", p.story[3]!]);
  }

  it("takes a heading packed under a box's button for the section under it, in each language", () => {
    const cases: [string, string, string][] = [
      ["en", "Get started", "Costs and Timetable"],
      ["en", "Get a quote", "What the skippers want"],
      ["en", "Learn more \u2192", "The Outer Islands"],
      ["en", "Contact us", "Next Steps for the Board"],
      ["en", "Shop now", "Summer"],
      ["en", "GET STARTED", "WHAT HAPPENS NEXT"],
      ["de", "Mehr erfahren", "Was die Schiffer fordern"],
      ["de", "Jetzt buchen", "Die \u00e4u\u00dferen Inseln"],
      ["fr", "En savoir plus", "Ce que demandent les patrons"],
      ["fr", "Essayez gratuitement", "Co\u00fbts et horaires"],
      ["es", "M\u00e1s informaci\u00f3n", "Lo que piden los patrones"],
      ["es", "Reserva ahora", "Las islas exteriores"],
      ["it", "Scopri di pi\u00f9", "Cosa chiedono i comandanti"],
      ["pt", "Saiba mais", "O que pedem os mestres"],
    ];
    for (const [language, button, heading] of cases) {
      expect(headingsOf(section(language, button, heading), language), `${language}: ${button}`).toEqual([heading]);
      expect(headingsOf(section(language, button, heading, true), language), `${language}: ${button}, spaced`).toEqual([heading]);
    }
  });

  it("keeps a title packed under a call to join a list out of the headings: a site's sign-up prompt, over its teasers", () => {
    const teaser = "Ferry fares to rise in the spring";
    for (const [language, button] of [
      ["en", "Subscribe"],
      ["en", "Sign up"],
      ["de", "Jetzt abonnieren"],
      ["fr", "Abonnez-vous"],
      ["es", "Suscr\u00edbete"],
      ["it", "Iscriviti"],
    ] as const) {
      expect(headingsOf(section(language, button, teaser), language), button).toEqual([]);
    }
  });

  it("keeps a line under a button over a question out of the headings: a forum's or a teaser box's label", () => {
    // The forum's thread under its label: a reader's question, then the first reply, each a paragraph's length.
    const forum = (language: string, button: string, label: string, question: string, reply: string): string[] =>
      page(language, button, [label, "", question, reply, "", pages[language]!.story[3]!]);
    expect(
      headingsOf(
        forum(
          "en",
          "Get started",
          "Island Forum",
          "Is it worth waiting for the late ferry in August, or should I book a room on the island instead?",
          "I have asked around the quay but nobody seems to agree on this, so what do you all think of it?",
        ),
      ),
    ).toEqual([]);
    expect(
      headingsOf(
        forum(
          "de",
          "Mehr erfahren",
          "Leserforum",
          "Lohnt es sich, im August auf die sp\u00e4te F\u00e4hre zu warten, oder sollte ich lieber ein Zimmer auf der Insel buchen?",
          "Ich habe am Kai herumgefragt, aber niemand ist sich einig, also was meint ihr alle dazu?",
        ),
        "de",
      ),
    ).toEqual([]);
  });

  it("keeps what is no heading under a button as main reads it: a sentence, a date, a credit, a line packed onto its text", () => {
    const p = pages.en!;
    const under = (line: string): string[] => headingsOf(page("en", "Get started", [line, "", p.story[2]!, "", p.story[3]!]));
    expect(under("Prices start at ten pounds a month.")).toEqual([]);
    expect(under("March 12, 2025")).toEqual([]);
    expect(under("Photo: Ada Lee")).toEqual([]);
    expect(under("Mira Castell, harbour correspondent")).toEqual([]);
    expect(headingsOf(page("en", "Get started", ["Costs and Timetable", p.story[2]!, "", p.story[3]!]))).toEqual([]);
    // A second box under the first: its title over its own button is a promotion's, not a section's.
    expect(
      headingsOf(
        page("en", "Get started", [
          "Try Harbourly Pro",
          "Compare fares on every crossing in one app.",
          "Start your free trial",
          "",
          p.story[3]!,
        ]),
      ),
    ).toEqual([]);
  });

  it("still reads a list's last point in sentence case under a point, not under a button", () => {
    const p = pages.en!;
    const list = [
      "What the board weighs:",
      "",
      "Costs of a lease",
      "Crew for a second boat",
      "Room on the quay",
      "",
      p.story[2]!,
      "",
      p.story[3]!,
    ];
    expect(headingsOf(page("en", "", list))).not.toContain("Room on the quay");
  });

  it("keeps a box's or a card's title out of the headings when its text runs into a button of its own", () => {
    const p = pages.en!;
    const cards = [
      "Harbour Tours",
      "",
      "Sail round the outer islands with a local skipper, with stops at the seal colony and the old lighthouse on the point.",
      "Learn more",
      "Private Charters",
      "",
      "Hire a boat and crew for a day of fishing or a family outing, with lunch served on deck by the harbour café.",
      "Learn more",
    ];
    expect(headingsOf(page("en", "Get a quote", [...cards, "", p.story[3]!]))).not.toContain("Private Charters");
    expect(headingsOf(page("en", "Get a quote", cards))).not.toContain("Private Charters");
    // The same grid with each blurb set apart from its button, as a copy of a card's paragraph gives it.
    const spaced = cards.flatMap((line) => (line === "Learn more" ? ["", line] : [line]));
    expect(headingsOf(page("en", "Get a quote", [...spaced, "", p.story[3]!]))).not.toContain("Private Charters");
    expect(
      headingsOf(
        page("en", "Learn more", [
          "Island Fare Club",
          "",
          "Join the thousands of islanders who get a cheaper fare on every crossing and a free coffee on board every single month.",
          "Get started",
          "",
          p.story[3]!,
        ]),
      ),
    ).toEqual([]);
  });

  it("reads a list's last point under a point in a button's words as the list's, not a heading", () => {
    const list = (language: string, lines: string[]): string[] =>
      page(language, "", [...lines, "", pages[language]!.story[2]!, "", pages[language]!.story[3]!]);
    expect(
      headingsOf(list("en", ["How to have your say:", "", "Write to the harbour clerk", "Tell us your view", "Come to the June meeting"])),
    ).not.toContain("Come to the June meeting");
    expect(
      headingsOf(
        list("fr", ["Comment participer :", "", "\u00c9crire au port", "En savoir plus", "Venir \u00e0 la s\u00e9ance de juin"]),
        "fr",
      ),
    ).not.toContain("Venir \u00e0 la s\u00e9ance de juin");
  });
});

describe("sub-headings: a question packed under a list's last point", () => {
  const stories: Record<string, { title: string; by: string; story: string[]; lead: string; points: string[]; question: string }> = {
    en: {
      title: "Harbour board plans a second ferry for Kelmore",
      by: "By Nora Quill",
      story: [
        "The harbour board of Kelmore voted on Tuesday to look for a second ferry, after a winter in which the only boat broke down four times.",
        "Shopkeepers on the island said trade had fallen sharply while the ferry was away, and several families had missed hospital visits.",
        "The board expects to choose between a lease and a purchase by the spring, and will first put the question to residents at a meeting.",
      ],
      lead: "The board weighs three options:",
      points: [
        "Leasing a boat from the mainland yard",
        "Buying a used ferry from the north",
        "Sharing a vessel with a neighbouring island",
      ],
      question: "Who will pay for the new boat and its crew?",
    },
    fr: {
      title: "Le port de Kermor prévoit un second ferry",
      by: "Par Léa Morvan",
      story: [
        "Le conseil du port de Kermor a décidé mardi de chercher un second ferry, après un hiver où le seul bateau est tombé en panne quatre fois.",
        "Les commerçants de l'île disent que leurs ventes ont fortement baissé, et plusieurs familles ont manqué des rendez-vous à l'hôpital.",
        "Le conseil veut choisir entre une location et un achat d'ici le printemps, et consultera d'abord les habitants lors d'une réunion.",
      ],
      lead: "Le conseil étudie trois pistes :",
      points: ["Louer un bateau au chantier du continent", "Acheter un ferry d'occasion", "Partager un navire avec l'île voisine"],
      question: "Qui paiera le nouveau bateau et son équipage ?",
    },
    es: {
      title: "El puerto de Quelmar prepara un segundo ferri",
      by: "Por Lucía Barral",
      story: [
        "La junta del puerto de Quelmar decidió el martes buscar un segundo ferri, después de un invierno en el que el único barco se averió cuatro veces.",
        "Los comerciantes de la isla dicen que las ventas cayeron mucho, y varias familias perdieron citas en el hospital del continente.",
        "La junta quiere elegir entre un alquiler y una compra antes de la primavera, y antes consultará a los vecinos en una reunión pública.",
      ],
      lead: "La junta estudia tres opciones:",
      points: ["Alquilar un barco al astillero", "Comprar un ferri de segunda mano", "Compartir un buque con la isla vecina"],
      question: "¿Cuándo podría navegar el segundo ferri?",
    },
    it: {
      title: "Il porto di Chelmara prepara un secondo traghetto",
      by: "Di Giulia Marra",
      story: [
        "Il consiglio del porto di Chelmara ha deciso martedì di cercare un secondo traghetto, dopo un inverno in cui l'unica nave si è guastata quattro volte.",
        "I negozianti dell'isola dicono che le vendite sono calate molto, e diverse famiglie hanno perso visite in ospedale sulla terraferma.",
        "Il consiglio vuole scegliere tra noleggio e acquisto entro la primavera, e sentirà prima i residenti in un'assemblea pubblica.",
      ],
      lead: "Il consiglio valuta tre strade:",
      points: ["Noleggiare una nave dal cantiere", "Comprare un traghetto usato", "Dividere una nave con l'isola vicina"],
      question: "Quanto costerà il secondo traghetto?",
    },
    pt: {
      title: "O porto de Quelmar prepara um segundo ferry",
      by: "Por Inês Barreto",
      story: [
        "O conselho do porto de Quelmar decidiu na terça-feira procurar um segundo ferry, depois de um inverno em que o único barco avariou quatro vezes.",
        "Os comerciantes da ilha dizem que as vendas caíram muito, e várias famílias perderam consultas no hospital do continente.",
        "O conselho quer escolher entre aluguer e compra até à primavera, e antes ouvirá os moradores numa reunião pública.",
      ],
      lead: "O conselho estuda três caminhos:",
      points: ["Alugar um barco ao estaleiro", "Comprar um ferry usado", "Partilhar um navio com a ilha vizinha"],
      question: "Quem vai pagar o novo barco e a tripulação?",
    },
    nl: {
      title: "Havenbestuur van Kelmoord zoekt een tweede veerboot",
      by: "Door Sanne Kolk",
      story: [
        "Het havenbestuur van Kelmoord besloot dinsdag een tweede veerboot te zoeken, na een winter waarin de enige boot vier keer uitviel.",
        "Winkeliers op het eiland zeggen dat de omzet sterk daalde, en verschillende gezinnen misten afspraken in het ziekenhuis aan de wal.",
        "Het bestuur wil voor het voorjaar kiezen tussen huur en koop, en legt de vraag eerst voor aan de bewoners tijdens een bijeenkomst.",
      ],
      lead: "Het bestuur bekijkt drie wegen:",
      points: ["Een boot huren van de werf", "Een gebruikte veerboot kopen", "Een schip delen met het buureiland"],
      question: "Wanneer kan de tweede veerboot varen?",
    },
  };

  /** The story's page with `lines` between its first two paragraphs and its third paragraph after a blank line. */
  function page(language: string, lines: readonly string[], under?: string): string[] {
    const s = stories[language]!;
    return [s.title, "", s.by, "12 March 2025", "", s.story[0]!, "", ...lines, "", under ?? s.story[2]!, "", s.story[1]!];
  }

  for (const language of Object.keys(stories)) {
    it(`takes a question packed under a list's last point, over prose, for a sub-heading (${language})`, () => {
      const { lead, points, question } = stories[language]!;
      expect(headingsOf(page(language, [lead, "", ...points, question]), language)).toEqual([question]);
      // Without the list's lead-in too.
      expect(headingsOf(page(language, [...points, question]), language)).toEqual([question]);
    });
  }

  it("leaves a call to the reader, a poll or a call for opinions, asked under a list's points, as it was", () => {
    const calls: Array<[string, string]> = [
      ["en", "Want more news from the islands?"],
      ["en", "Ready to plan your crossing?"],
      ["fr", "Pas encore abonné ?"],
      ["es", "¿Quieres más noticias de las islas?"],
      ["it", "Non sei ancora abbonato?"],
      ["nl", "Nog geen abonnee?"],
      // A poll's yes-or-no question, and a question asking the reader's opinion.
      ["en", "Should the night boat run all year?"],
      ["en", "What do you make of the plans?"],
      ["es", "¿Qué opinas de los planes?"],
    ];
    for (const [language, call] of calls) {
      const { lead, points } = stories[language]!;
      expect(headingsOf(page(language, [lead, "", ...points, call]), language)).not.toContain(call);
    }
  });

  it("leaves a question under a list as it was when the list's last point asks, ends a sentence or is a button", () => {
    const { lead, points, question } = stories.en!;
    // A list of questions: the last one is a point among them.
    const asks = ["Is the lease too dear?", "Will the yard build one in time?", question];
    expect(headingsOf(page("en", [lead, "", ...asks]))).not.toContain(question);
    // Points that end their sentences are a run of brief paragraphs, the question one of them.
    const said = points.map((point) => `${point}.`);
    expect(headingsOf(page("en", [lead, "", ...said, question]))).not.toContain(question);
    // A box's button over the question (the button's own rule reads a heading packed under it, not over a question).
    expect(headingsOf(page("en", [points[2]!, "Learn more", question]))).not.toContain(question);
  });

  it("leaves a question under one short line, or under a list in title case, as it was", () => {
    const { points, question } = stories.en!;
    expect(headingsOf(page("en", [points[2]!, question]))).not.toContain(question);
    expect(headingsOf(page("en", ["North Pier", "Harbour Road", "Old Quay", question]))).not.toContain(question);
    // Sentence-case points over a line in title case: a name, not the list's point.
    expect(headingsOf(page("en", [points[0]!, points[1]!, "Kelmore Ferry Company", question]))).not.toContain(question);
  });

  it("reads a list's last point that opens on a question word but asks nothing as the list's", () => {
    const { lead, points } = stories.en!;
    const point = "Who pays for the crew in winter";
    expect(headingsOf(page("en", [lead, "", ...points, point]))).not.toContain(point);
  });

  it("leaves a question under a list as it was when no prose stands apart under it, or it runs long or in lower case", () => {
    const { lead, points, question, story } = stories.en!;
    // Packed onto its text: the question opens the paragraph.
    expect(headingsOf(page("en", [lead, "", ...points, question, story[2]!]))).not.toContain(question);
    // A short answer under it, no section's prose.
    expect(headingsOf(page("en", [lead, "", ...points, question], "Nobody yet."))).not.toContain(question);
    // A long question is the story's own.
    const long = "Who will pay for the new boat, its crew, its fuel and a berth on the crowded quay at Kelmore?";
    expect(headingsOf(page("en", [lead, "", ...points, long]))).not.toContain(long);
    // A sentence wrapped onto a second line, its question in lower case.
    const wrapped = "who will pay for the new boat?";
    expect(headingsOf(page("en", [lead, "", ...points.slice(0, 2), "Sharing a vessel with a neighbour, but then", wrapped]))).not.toContain(
      wrapped,
    );
  });

  it("reads a question under points that open on question words too as the last of them, not a heading (review)", () => {
    // An FAQ's index, or questions to ask with their marks dropped but the last one's.
    const faq = [
      "Questions we will answer:",
      "",
      "What the second ferry will look like",
      "Who gets a berth first",
      "How much will a crossing cost?",
    ];
    expect(headingsOf(page("en", faq))).not.toContain(faq[4]);
    // Only the point right above asking.
    const ask = [
      "Before you sign the lease, ask the yard:",
      "",
      "The hull's last survey",
      "Who pays for repairs",
      "How much is the mooring fee?",
    ];
    expect(headingsOf(page("en", ask))).not.toContain(ask[4]);
    // Only the point above the last but one asking: still a list of questions.
    const es = ["Lo que responderemos:", "", "Cómo será el nuevo ferri", "Las plazas para los vecinos", "¿Cuánto costará el billete?"];
    expect(headingsOf(page("es", es), "es")).not.toContain(es[4]);
  });

  it("leaves a question standing apart under a list's points as it was, as the rule reads only a packed one (review)", () => {
    const { lead, points, question } = stories.en!;
    expect(headingsOf(page("en", [lead, "", ...points, "", question]))).not.toContain(question);
  });

  it("leaves a question of three words or fewer under a list's points as it was: it closes the list's thought (review)", () => {
    const short: Array<[string, string]> = [
      ["en", "Who could refuse?"],
      ["fr", "Qui dit mieux ?"],
      ["it", "Chi non vorrebbe?"],
      ["nl", "Hoeveel weet jij?"],
    ];
    for (const [language, question] of short) {
      const { lead, points } = stories[language]!;
      expect(headingsOf(page(language, [lead, "", ...points, question]), language)).not.toContain(question);
    }
    // Four words are enough to head a section.
    const { lead, points } = stories.en!;
    expect(headingsOf(page("en", [lead, "", ...points, "What will it cost?"]))).toEqual(["What will it cost?"]);
  });

  it("leaves a question asking the reader's preference under a list's points as it was: a poll's prompt (review)", () => {
    const polls: Array<[string, string]> = [
      ["en", "Which of the three do you prefer?"],
      ["es", "¿Qué opción prefieres para el puerto?"],
      ["fr", "Quelle piste préférez-vous pour le port ?"],
      ["it", "Quale strada preferisci per il porto?"],
    ];
    for (const [language, poll] of polls) {
      const { lead, points } = stories[language]!;
      expect(headingsOf(page(language, [lead, "", ...points, poll]), language)).not.toContain(poll);
    }
  });
});

describe("sub-headings: lists whose points capitalise their nouns, German and Luxembourgish", () => {
  const title = "Die Stadtbücherei von Lindenfeld zieht ins alte Rathaus";
  const story = [
    "Die Stadtbücherei von Lindenfeld wird im Herbst in das alte Rathaus am Marktplatz umziehen, wie der Gemeinderat am Montag beschlossen hat.",
    "Das bisherige Gebäude an der Bahnhofstraße ist seit Jahren zu klein, und im Winter musste die Leseecke wegen eines undichten Dachs schließen.",
    "Die Leiterin rechnet mit drei Wochen für den Umzug und bittet die Leser, ausgeliehene Bücher vorher zurückzubringen.",
  ];
  const lead = "Im neuen Haus sind geplant:";
  const points = ["Eine größere Ecke für Kinder", "Zwei Räume für Lesekreise am Abend", "Ein Café mit Blick auf den Markt"];
  const tasks = ["Bücher bis Ende August zurückgeben", "Den neuen Ausweis im Rathaus abholen", "Die Öffnungszeiten im Sommer beachten"];
  const question = "Wer bezahlt den Umbau des alten Rathauses?";

  /** The story's page with `lines` between its first two paragraphs and its third paragraph after a blank line. */
  function page(lines: readonly string[], under?: string): string[] {
    return [title, "", "Von Jonas Hellwig", "12.03.2025", "", story[0]!, "", ...lines, "", under ?? story[2]!, "", story[1]!];
  }

  function paragraphsOf(lines: readonly string[], language: string): string[] {
    return fromText(lines.join("\n"), { meta: { inLanguage: language } })
      .body.filter((block) => block.type === "paragraph")
      .map((block) => block.text);
  }

  it("takes a question packed under a German list's last point, over prose, for a sub-heading", () => {
    expect(headingsOf(page([lead, "", ...points, question]), "de")).toEqual([question]);
    expect(headingsOf(page([...tasks, question]), "de")).toEqual([question]);
    expect(headingsOf(page([...points, "Wann öffnet die Bücherei im neuen Haus?"]), "de")).toEqual([
      "Wann öffnet die Bücherei im neuen Haus?",
    ]);
  });

  it("keeps every point of a German or Luxembourgish list set a line each in the story", () => {
    const kept = paragraphsOf(page(tasks), "de");
    for (const task of tasks) expect(kept).toContain(task);
    const lb = ["Bicher bis Enn August zréckginn", "Den neien Ausweis an der Gemeng ofhuelen", "D'Ëffnungszäiten am Summer kucken"];
    const keptLb = paragraphsOf(page(lb), "lb");
    for (const point of lb) expect(keptLb).toContain(point);
  });

  it("reads a German point under a button's words among the points as the list's, not a heading", () => {
    const steps = ["So machen Sie mit:", "", "Einen Brief an die Gemeinde schreiben", "Mehr erfahren", "Den Brief im Rathaus abgeben"];
    expect(headingsOf(page(steps), "de")).not.toContain("Den Brief im Rathaus abgeben");
  });

  it("leaves a German heading set apart under a list's points, or under another heading, as it was", () => {
    const heading = "Was der Umzug für die Leser bedeutet";
    expect(headingsOf(page([lead, "", ...points, "", heading]), "de")).toContain(heading);
    expect(headingsOf(page([heading, "", "Neue Räume für die Kinder"]), "de")).toEqual([heading, "Neue Räume für die Kinder"]);
  });

  it("leaves a question under German lines capitalising every word, or under a poll or call, as it was", () => {
    // Names and a menu's words, not a list's points.
    expect(headingsOf(page(["Marktplatz", "Alter Hafen", "Bahnhofstraße", question]), "de")).not.toContain(question);
    expect(headingsOf(page(["Startseite Politik", "Kultur Und Sport Heute", "Lokales Aus Lindenfeld", question]), "de")).not.toContain(
      question,
    );
    for (const call of ["Sollte die Bücherei auch sonntags öffnen?", "Sie wollen mehr aus Lindenfeld lesen?", "Noch kein Abonnent?"])
      expect(headingsOf(page([lead, "", ...points, call]), "de")).not.toContain(call);
    // A list of questions with their marks dropped but the last one's.
    const asks = ["Diese Fragen beantworten wir:", "", "Wann beginnt der Umzug", "Wie lange bleibt die Bücherei zu", question];
    expect(headingsOf(page(asks), "de")).not.toContain(question);
  });

  it("reads no byline among German points: a question packed under an author's box stays as it was", () => {
    // "Von … und …" keeps a word small, as a German point does, but names the writers: no list's point.
    const asked = "Wann öffnet die Bücherei wieder?";
    const box = ["Von Marlene Quast und Jonas Brehm", "Redakteurin im Ressort Lokales", asked];
    // Under two paragraphs: right under the first, the box is read with the page's header.
    const underTwo = (lines: readonly string[]) => [
      title,
      "",
      "Von Jonas Hellwig",
      "",
      story[0]!,
      "",
      story[1]!,
      "",
      ...lines,
      "",
      story[2]!,
    ];
    expect(headingsOf(underTwo(box), "de")).not.toContain(asked);
    // The same question under two points is the next section's heading.
    expect(headingsOf(underTwo([...tasks.slice(1), asked]), "de")).toEqual([asked]);
  });

  it("starts afresh under a German box's button: the heading packed under it stays a heading", () => {
    // The box's blurb keeps a word small, as a German point does; no colon announces a list.
    const heading = "Was der Umzug für die Leser bedeutet";
    for (const blurb of ["Jeden Morgen die wichtigsten Nachrichten aus der Stadt", "Ausweise für die Bücherei gibt es online"])
      expect(headingsOf(page([blurb, "Mehr erfahren", heading]), "de")).toContain(heading);
    // Nor are the box's lines kept in the story as a list's points.
    const kept = paragraphsOf(
      page(["Unser Newsletter für Lindenfeld", "Jeden Morgen die wichtigsten Nachrichten aus der Stadt", "Mehr erfahren", heading]),
      "de",
    );
    expect(kept).not.toContain("Mehr erfahren");
    expect(kept).not.toContain("Jeden Morgen die wichtigsten Nachrichten aus der Stadt");
    // A button opening the block closed the box above it: the points under it stay the story's.
    const listed = paragraphsOf(page(["Mehr erfahren", ...tasks]), "de");
    for (const task of tasks) expect(listed).toContain(task);
  });

  it("reads English points capitalising their names with English's test: no list, the question under them stays text", () => {
    const named = ["Visit the Harbour Museum", "Walk out to North Pier", "Eat at the Quay Street Market"];
    const asked = "Who will pay for the new library?";
    expect(headingsOf(page([...named, asked]), "en")).not.toContain(asked);
  });
});

describe("sub-headings: one capitalised word under a sentence that announced a lost picture", () => {
  /** A review of three ticket apps: the headline, the byline, two paragraphs, `lines`, then two paragraphs. */
  const story: Record<string, readonly string[]> = {
    en: [
      "Three ferry ticket apps tried on a windy week",
      "By Nora Quill",
      "The crew tested each app for a week on the harbour route and wrote down every fault they found, from slow screens to lost tickets.",
      "Paying took two taps in the first app, and the ticket opened at once even with a weak signal at the pier in the morning.",
      "The app did the job, but paying took too long, and the scanner at the pier refused a ticket once during the week.",
      "All in all it was the easiest of the three to use, and the crew would keep it on their phones for the summer season.",
    ],
    de: [
      "Drei Fahrkarten-Apps für die Fähre im Test",
      "Von Marlene Quast",
      "Die Crew hat jede App eine Woche lang auf der Hafenlinie getestet und jeden Fehler notiert, von langsamen Bildschirmen bis zu verlorenen Tickets.",
      "Das Bezahlen dauerte in der ersten App zwei Schritte, und das Ticket öffnete sich sofort, auch bei schwachem Empfang am Anleger.",
      "Die App hat ihren Zweck erfüllt, aber das Bezahlen dauerte zu lange, und der Scanner am Anleger hat ein Ticket einmal abgelehnt.",
      "Insgesamt war sie die einfachste der drei Apps, und die Crew würde sie den ganzen Sommer über auf dem Telefon behalten.",
    ],
    fr: [
      "Trois applications de billets de ferry à l'essai",
      "Par Léa Marchand",
      "L'équipage a testé chaque application pendant une semaine sur la ligne du port et a noté chaque défaut, des écrans lents aux billets perdus.",
      "Le paiement demandait deux gestes dans la première application, et le billet s'ouvrait tout de suite, même avec un signal faible au quai.",
      "L'application a fait son travail, mais le paiement prenait trop de temps, et le lecteur du quai a refusé un billet une fois.",
      "Au total, c'était la plus simple des trois, et l'équipage la garderait sur son téléphone pendant toute la saison d'été.",
    ],
    es: [
      "Tres aplicaciones de billetes de ferri a prueba",
      "Por Lucía Ferrán",
      "La tripulación probó cada aplicación durante una semana en la línea del puerto y anotó cada fallo, desde pantallas lentas hasta billetes perdidos.",
      "Pagar llevaba dos pasos en la primera aplicación, y el billete se abría enseguida, incluso con poca señal en el muelle.",
      "La aplicación cumplió, pero pagar llevaba demasiado tiempo, y el lector del muelle rechazó un billete una vez durante la semana.",
      "En conjunto fue la más sencilla de las tres, y la tripulación la mantendría en sus teléfonos durante todo el verano.",
    ],
    it: [
      "Tre app per i biglietti del traghetto alla prova",
      "Di Chiara Bellandi",
      "L'equipaggio ha provato ogni app per una settimana sulla linea del porto e ha annotato ogni difetto, dagli schermi lenti ai biglietti persi.",
      "Pagare richiedeva due passaggi nella prima app, e il biglietto si apriva subito, anche con poco segnale sul molo al mattino.",
      "L'app ha fatto il suo lavoro, ma pagare richiedeva troppo tempo, e il lettore sul molo ha rifiutato un biglietto una volta.",
      "Nel complesso era la più semplice delle tre, e l'equipaggio la terrebbe sul telefono per tutta la stagione estiva.",
    ],
    pt: [
      "Três aplicativos de bilhetes de balsa em teste",
      "Por Inês Valadares",
      "A tripulação testou cada aplicativo durante uma semana na linha do porto e anotou cada falha, de telas lentas a bilhetes perdidos.",
      "Pagar levava dois passos no primeiro aplicativo, e o bilhete abria logo, mesmo com pouco sinal no cais pela manhã.",
      "O aplicativo cumpriu o seu papel, mas pagar demorava demais, e o leitor do cais recusou um bilhete uma vez durante a semana.",
      "No conjunto foi o mais simples dos três, e a tripulação o manteria no telefone durante toda a temporada de verão.",
    ],
    nl: [
      "Drie apps voor veerbootkaartjes getest",
      "Door Fenna Kuipers",
      "De bemanning testte elke app een week lang op de havenlijn en schreef elke fout op, van trage schermen tot verloren kaartjes.",
      "Betalen kostte twee stappen in de eerste app, en het kaartje opende meteen, zelfs met een zwak signaal op de steiger.",
      "De app deed wat hij moest doen, maar betalen duurde te lang, en de scanner op de steiger weigerde een kaartje een keer.",
      "Alles bij elkaar was het de eenvoudigste van de drie, en de bemanning zou hem de hele zomer op de telefoon houden.",
    ],
  };
  /** Per language: a sentence announcing the screen the copy lost, and the one-word heading under it. */
  const lost: Record<string, readonly [string, string]> = {
    en: ["Here is how the ticket screen looks on the phone:", "Verdict"],
    de: ["So sieht der Fahrkartenbildschirm auf dem Telefon aus:", "Fazit"],
    fr: ["Voici à quoi ressemble l'écran du billet sur le téléphone :", "Verdict"],
    es: ["Así se ve la pantalla del billete en el teléfono:", "Veredicto"],
    it: ["Ecco come appare la schermata del biglietto sul telefono:", "Verdetto"],
    pt: ["Veja como fica a tela do bilhete no telefone:", "Veredito"],
    nl: ["Zo ziet het scherm met het kaartje eruit op de telefoon:", "Oordeel"],
  };
  const page = (language: string, lines: readonly string[]) => {
    const [title, byline, ...text] = story[language]!;
    return [title!, "", byline!, "", text[0]!, "", text[1]!, "", ...lines, "", text[2]!, "", text[3]!];
  };

  it("takes one capitalised word set apart under a sentence ending on a colon for the next section's heading", () => {
    for (const [language, [lead, word]] of Object.entries(lost)) {
      const [, , , , second] = story[language]!;
      const lines = [lead, "", word, "", second!, "", lead, "", word];
      expect(headingsOf(page(language, lines), language), language).toEqual([word, word]);
    }
  });

  it("takes it under the sentence when the page sets the same word apart under a paragraph too", () => {
    for (const [language, [lead, word]] of Object.entries(lost)) {
      const [, , , , second] = story[language]!;
      const lines = [lead, "", word, "", second!, "", word];
      expect(headingsOf(page(language, lines), language), language).toEqual([word, word]);
    }
  });

  it("leaves one word standing once under such a sentence as what the colon announced", () => {
    // The word heads a section only where the page repeats it so, as a review under each entry; a lone one is as
    // often an answer, a quoted word, a place's name, a button or the one thing a list names.
    const announced: Record<string, readonly (readonly [string, string])[]> = {
      en: [
        ["So is the island ferry still worth the trouble for commuters:", "Yes"],
        ["Asked about the new timetable, one skipper said just one word:", "Hopeless"],
        ["The port that will get the fourth ferry line next spring is:", "Kelbury"],
        ["You can get the harbour's own ticket app for your phone here:", "Download"],
        ["To cross on a stormy day you need just one thing above all:", "Patience"],
        lost.en!,
      ],
      de: [
        ["Lohnt sich die Inselfähre für Pendler also noch immer:", "Ja"],
        ["Gefragt nach dem Fahrplan, sagte ein Schiffer nur ein Wort:", "Hoffnungslos"],
        ["Der Hafen, der im Frühjahr die vierte Linie bekommt, heißt:", "Kelbrück"],
        ["Die Fahrkarten-App des Hafens gibt es für das Telefon hier:", "Herunterladen"],
        lost.de!,
      ],
      fr: [
        ["Alors, le ferry de l'île vaut-il encore la peine pour les navetteurs :", "Oui"],
        ["Interrogé sur le nouvel horaire, un capitaine n'a dit qu'un seul mot :", "Désastre"],
        ["Le port qui aura la quatrième ligne au printemps prochain est :", "Kerbéniac"],
        ["Vous pouvez obtenir l'application du port pour votre téléphone ici :", "Télécharger"],
        lost.fr!,
      ],
      es: [
        ["Entonces, el ferri de la isla todavía compensa a quienes viajan cada día:", "Sí"],
        ["Preguntado por el nuevo horario, un patrón dijo una sola palabra:", "Desastre"],
        ["El puerto que tendrá la cuarta línea la próxima primavera es:", "Villaseca"],
        ["Puede descargar la aplicación del puerto para el móvil aquí mismo:", "Descargar"],
        lost.es!,
      ],
      it: [
        ["Allora, il traghetto per l'isola conviene ancora ai pendolari:", "Sì"],
        ["Alla domanda sul nuovo orario, un capitano ha detto una sola parola:", "Disastro"],
        ["Il porto che avrà la quarta linea la prossima primavera è:", "Roccavera"],
        ["Potete scaricare l'app del porto per il telefono proprio qui:", "Scarica"],
        lost.it!,
      ],
      pt: [
        ["Então, a balsa da ilha ainda compensa para quem viaja todos os dias:", "Sim"],
        ["Questionado sobre o novo horário, um mestre disse só uma palavra:", "Desastre"],
        ["O porto que vai ter a quarta linha na próxima primavera é:", "Vilarinho"],
        ["Pode descarregar a aplicação do porto para o telefone aqui mesmo:", "Descarregar"],
        lost.pt!,
      ],
      nl: [
        ["Is de veerboot naar het eiland dan nog de moeite waard voor forenzen:", "Ja"],
        ["Gevraagd naar de nieuwe dienstregeling zei een schipper maar één woord:", "Rampzalig"],
        ["De haven die volgend voorjaar de vierde lijn krijgt, heet:", "Veendijk"],
        ["U kunt de app van de haven hier voor uw telefoon downloaden:", "Downloaden"],
        lost.nl!,
      ],
    };
    for (const [language, pairs] of Object.entries(announced)) {
      for (const [lead, word] of pairs) expect(headingsOf(page(language, [lead, "", word]), language), `${language} ${word}`).toEqual([]);
      // Two such words on a page, each standing once: an answer and a name, not a heading repeated under each entry.
      const [, , , , between] = story[language]!;
      const [[firstLead, first], [secondLead, second]] = [pairs[0]!, pairs[2]!];
      const lines = [firstLead, "", first, "", between!, "", secondLead, "", second];
      expect(headingsOf(page(language, lines), language), `${language} ${first} ${second}`).toEqual([]);
    }
  });

  it("leaves the same word under lead-ins that ask a question as the answer, however often it stands", () => {
    const asked: Record<string, readonly [string, string, string]> = {
      en: [
        "Does the ferry still run on Sundays? The short answer to that is:",
        "Can bikes go on board this year? Once again the answer is:",
        "Yes",
      ],
      de: [
        "Fährt die Fähre auch sonntags? Die kurze Antwort darauf lautet:",
        "Dürfen Fahrräder an Bord? Auch hier lautet die Antwort:",
        "Ja",
      ],
      es: [
        "¿Sale el ferri los domingos? La respuesta corta a eso es:",
        "¿Pueden subir bicicletas este año? De nuevo la respuesta es:",
        "Sí",
      ],
    };
    for (const [language, [first, second, answer]] of Object.entries(asked)) {
      const [, , , , between] = story[language]!;
      const lines = [first, "", answer, "", between!, "", second, "", answer];
      expect(headingsOf(page(language, lines), language), language).toEqual([]);
    }
  });

  it("takes it under each of a review's entries, as the title-case heading is taken", () => {
    const [lead, word] = lost.en!;
    const [title, byline, ...text] = story.en!;
    const entry = (name: string) => [name, "", text[0]!, "", lead, "", word, "", text[2]!, ""];
    const lines = [title!, "", byline!, "", text[1]!, "", ...entry("Tidely"), ...entry("Portpass"), ...entry("Wavecard"), text[3]!];
    expect(headingsOf(lines)).toEqual(["Tidely", word, "Portpass", word, "Wavecard", word]);
  });

  it("keeps what the colon announced: a command, a name in lower case, a short phrase, a label's value, a button", () => {
    for (const [language, [lead]] of Object.entries(lost)) {
      // A command or a program's name in lower case, and a short phrase with no word of four letters after its first.
      for (const announced of ["tidely", "npm start", "Tap to pay"])
        expect(headingsOf(page(language, [lead, "", announced]), language), `${language} ${announced}`).toEqual([]);
    }
    // A short label's colon announces its value: a share bar's, a product's colour, a tag row's.
    const labelled: readonly (readonly [string, string])[] = [
      ["Share this story:", "Facebook"],
      ["Teilen auf:", "Facebook"],
      ["Partager sur :", "Twitter"],
      ["Available in:", "Blue"],
      ["Filed under:", "Ferries"],
      ["Categorías:", "Transporte"],
    ];
    for (const [label, value] of labelled) expect(headingsOf(page("en", [label, "", value])), `${label} ${value}`).toEqual([]);
    // A code box's button packed onto the code under it.
    const [lead] = lost.en!;
    expect(headingsOf(page("en", [lead, "", "Copy", "for ticket in tickets:", "    scan(ticket)", "print(done)"]))).toEqual([]);
    const steps = ["repeat every minute:", "1. read the ticket from the phone", "2. check it against the day's list", "3. open the gate"];
    expect(headingsOf(page("en", [lead, "", "Copy", ...steps]))).toEqual([]);
    // Two capitalised words with no long word after the first: a name, not taken under the colon.
    expect(headingsOf(page("en", [lead, "", "Tidely Go"]))).toEqual([]);
  });

  it("leaves one word packed onto a sentence with a colon, or standing under a paragraph with none, as it was", () => {
    const [lead, word] = lost.en!;
    // Packed under the colon's sentence: a label run into its text.
    expect(headingsOf(page("en", [lead, word]))).toEqual([]);
    // Under a paragraph ending on a full stop the word was already a heading.
    expect(headingsOf(page("en", [word]))).toEqual([word]);
  });
});

describe("sub-headings: a numbered series of sections vouches for its first", () => {
  // An invented Spanish explainer about the ferry: a lead, then three numbered questions, each over its answer.
  const prosa = [
    "El único transbordador de la isla volvió a navegar el lunes después de tres meses de reparaciones en el astillero.",
    "Los vecinos dependían de una lancha alquilada que salía dos veces por semana, y las tiendas perdieron un tercio de sus ventas.",
    "El ayuntamiento dice que el horario diario volverá el mes que viene, con una salida más los viernes por la tarde.",
    "Antes del invierno habrá que encontrar un barco de reserva, para que una avería no deje otra vez a la isla sin conexión.",
  ] as const;
  const cabecera = ["El transbordador vuelve a la isla: lo que hay que saber", "Por Marta Lloret", ""];
  // Nine words with its count: longer than a lone question that heads its section by itself.
  const primera = "1. ¿Por qué el barco ha tardado tres meses?";
  const explainer = (first: string, second = "2. ¿Cuándo vuelve el horario?", third = "3. ¿Habrá un barco de reserva?") => [
    ...cabecera,
    prosa[0],
    "",
    first,
    "",
    prosa[1],
    "",
    second,
    "",
    prosa[2],
    "",
    third,
    "",
    prosa[3],
  ];

  it("reads a first numbered section as long as a short paragraph as a heading when the next two count on and head theirs", () => {
    expect(headingsOf(explainer(primera), "es")).toEqual([primera, "2. ¿Cuándo vuelve el horario?", "3. ¿Habrá un barco de reserva?"]);
  });

  it("leaves the first as text when the series does not count on from it or its members are not headings", () => {
    // Counted 1, 3, 4: no series.
    expect(headingsOf(explainer(primera, "3. ¿Cuándo vuelve el horario?", "4. ¿Habrá un barco de reserva?"), "es")).not.toContain(primera);
    // The second is a sentence of the story that opens with a count, so it heads nothing and vouches for nothing.
    const counted = "2. El horario diario volverá el mes que viene, según dijo el lunes el ayuntamiento.";
    expect(headingsOf(explainer(primera, counted), "es")).not.toContain(primera);
  });

  it("keeps a numbered line that ends its sentence other than on a question mark as text, however its series reads", () => {
    const sentence = "1. ¡Por fin vuelve el barco de siempre a la isla!";
    expect(headingsOf(explainer(sentence), "es")).not.toContain(sentence);
  });
});

describe("Greek questions ending on a semicolon, Greek's question mark", () => {
  const story = [
    "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη το σχέδιο για τη νέα γέφυρα του ποταμού, ύστερα από συζήτηση τριών ωρών.",
    "Οι εργασίες αρχίζουν τον Απρίλιο και θα κρατήσουν δεκαοκτώ μήνες, σύμφωνα με τον αντιδήμαρχο τεχνικών υπηρεσιών.",
    "Στο μεταξύ οι κάτοικοι της όχθης θα περνούν από την παλιά γέφυρα, που θα μείνει ανοιχτή μόνο για πεζούς και ποδήλατα.",
    "Το κόστος φτάνει τα οκτώ εκατομμύρια ευρώ, τα μισά από τα οποία καλύπτει η περιφέρεια με δικά της κονδύλια.",
  ];
  const header = ["Γέφυρα: τι αλλάζει από τον Απρίλιο", "Της Ελένης Δράκου", ""];
  /** The story with `questions` set apart, one over each paragraph after the first. */
  const page = (questions: readonly string[]) => [
    ...header,
    story[0]!,
    "",
    ...questions.flatMap((question, k) => [question, "", story[k + 1]!, ""]),
  ];

  it("heads its section with a question set apart, as a question mark's question does, in either form of the mark", () => {
    const asked = ["Πότε αρχίζουν τα έργα;", "Πώς θα περνούν οι κάτοικοι;", "Ποιος πληρώνει το κόστος;"];
    expect(headingsOf(page(asked), "el")).toEqual(asked);
    const greekMark = asked.map((question) => question.replace(";", "\u037e"));
    expect(headingsOf(page(greekMark), "el")).toEqual(greekMark);
    const numbered = asked.map((question, k) => `${k + 1}. ${question}`);
    expect(headingsOf(page(numbered), "el")).toEqual(numbered);
  });

  it("near misses: Latin lines ending on a semicolon, a list's items or code, head nothing", () => {
    expect(headingsOf(page(["ferries and buses;", "the north pier;", "two new cranes;"]), "el")).toEqual([]);
    expect(headingsOf(page(["bridge.open();", "let span = 140;", "close(bridge);"]), "el")).toEqual([]);
  });
});
