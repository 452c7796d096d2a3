import { describe, expect, it } from "vitest";
import { fromText } from "../index.js";
import { isControlLine, withoutLinkNotes } from "./boilerplate.js";
import { parseByline, withGluedLabelParted } from "./byline.js";

// Invented page copies holding what a browser's select-all copy keeps and no sighted reader sees: labels set for
// screen readers only (a header field's "Author:", a link's "(opens in a new window)", a slideshow's "Next slide") and a
// phone site's chrome ("Tap to expand"). Every page, name and place here is made up.

/** An invented story's paragraphs, packed one under another as a phone copy prints them. */
const STORY = [
  "The council voted on Thursday evening to shut the Mill Lane bridge to all traffic from April, after engineers reported cracks in its arches.",
  "The bridge, built in 1871, carries about nine thousand vehicles a day between the market square and the northern estates, figures show.",
  "A temporary footbridge will be put up beside the old crossing by the end of April, and buses will run along the ring road meanwhile.",
  "Shop owners on the lane said they feared losing trade while the work goes on, and asked the council for help with their rates.",
];

const body = (text: string) => fromText(text).body.map((block) => ("text" in block ? block.text : ""));

describe("an author's noun with its colon alone over the names", () => {
  const page = (label: string, name: string, dateLines: string[]) =>
    ["Menu", "News", "Council votes to close Mill Lane bridge for six months of repairs", label, name, ...dateLines, ...STORY].join("\n");

  it("signs the story in the languages read, however the date under it is labelled", () => {
    for (const [label, name, dates] of [
      ["Author:", "Ada Lindqvist", ["Published on", "14 March 2025"]],
      ["Autorin:", "Jonas Pfeiffer", ["Veröffentlicht am", "18. März 2025"]],
      ["Auteur :", "Camille Roussel", ["Publié le", "3 septembre 2024"]],
      ["Autora:", "Lucía Serrano", ["Publicado el", "12 de mayo de 2025"]],
      ["Autore:", "Giulia Ferretti", ["Pubblicato il", "9 aprile 2025"]],
      ["Autor:", "Beatriz Lacerda", ["20 de fevereiro de 2025"]],
      ["Auteur:", "Sanne de Wit", ["4 juni 2025"]],
      ["Автор:", "Анна Соколова", ["14 октября 2024"]],
    ] as const) {
      const article = fromText(page(label, name, [...dates]));
      expect(
        article.authors?.map((author) => author.name),
        label,
      ).toEqual([name]);
      expect(body(page(label, name, [...dates]))[0], label).toBe(STORY[0]);
    }
  });

  it("announces no list: a header's fields packed under it at the body's top stay out of the story", () => {
    const text = [
      "Menu",
      "Culture",
      "The last cinema in Dunmore Bay reopens after a village raised ninety thousand pounds",
      "Photo:",
      "Rosa Villanueva",
      "Author:",
      "Ben Kowalczyk",
      "Published on",
      "12 January 2025",
      ...STORY,
    ].join("\n");
    expect(fromText(text).authors?.map((author) => author.name)).toEqual(["Ben Kowalczyk"]);
    expect(body(text)[0]).toBe(STORY[0]);
  });

  it("leaves a list a lead-in's colon announces in the story (near miss)", () => {
    const text = [
      "Menu",
      "News",
      "Council votes to close Mill Lane bridge for six months of repairs",
      "By Ada Lindqvist",
      "14 March 2025",
      ...STORY.slice(0, 2),
      "The council listed three changes for drivers:",
      "Buses run along the ring road",
      "Parking on the lane is suspended",
      "Lorries must use the bypass",
      ...STORY.slice(2),
    ].join("\n");
    expect(body(text)).toContain("Parking on the lane is suspended");
  });

  it("leaves a review's box of the book's facts under the story's paragraphs to the book (near miss)", () => {
    const text = [
      "Menu",
      "Books",
      "A lighthouse keeper's letters make a quiet, moving novel of the northern coast",
      "14 March 2025",
      ...STORY.slice(0, 3),
      "Author:",
      "Ingrid Solberg",
      "Publisher:",
      "Harbour Press",
      STORY[3],
    ].join("\n");
    expect(fromText(text).authors).toBeUndefined();
  });

  it("leaves a book's box of facts at the body's top to the book, in the languages read (near misses)", () => {
    const review = [
      "Ingrid Solberg's third novel follows a lighthouse keeper through one long winter, told in letters he never sends.",
      "It is a quiet book, but its patience pays off: by the last chapter his small routines have become deeply moving.",
      "Solberg writes the sea better than almost anyone working today, and the island's weather is a character too.",
    ];
    for (const fields of [
      ["Author:", "Ingrid Solberg", "Publisher:", "Harbour Press", "Pages:", "312"],
      ["Title:", "The Keeper's Winter", "Author:", "Ingrid Solberg"],
      ["Autora:", "Elena Ruiz Cabrera", "Editorial:", "Anagrama"],
      ["Autorin:", "Katrin Vogelsang", "Verlag:", "Hafenverlag"],
      ["Autore:", "Marco Benedetti", "Editore:", "Einaudi"],
    ]) {
      const text = [
        "Menu",
        "Books",
        "A lighthouse keeper's letters make a quiet, moving novel",
        "14 March 2025",
        ...fields,
        ...review,
      ].join("\n");
      expect(fromText(text).authors, fields[0]).toBeUndefined();
    }
  });

  it("leaves the names under it to a quote or a book at the body's top: their authors stay the story's text (near misses)", () => {
    const text = [
      "Menu",
      "Ideas",
      "Why small towns need their libraries more than ever",
      "By Lena Hart",
      "14 March 2025",
      "“A town without a library is a town without a memory.”",
      "Author:",
      "Walter Brennan",
      ...STORY,
    ].join("\n");
    expect(fromText(text).authors?.map((author) => author.name)).toEqual(["Lena Hart"]);
    expect(body(text)).toContain("Walter Brennan");
    // Under a header that signs with no one, the quote's author does not sign the story either.
    expect(fromText(text.replace("By Lena Hart\n", "")).authors).toBeUndefined();
    const box = [
      "Menu",
      "Books",
      "A lighthouse keeper's letters make a quiet, moving novel",
      "By Tom Reddy",
      "14 March 2025",
      "Author:",
      "Ingrid Solberg",
      "Publisher:",
      "Harbour Press",
      ...STORY,
    ].join("\n");
    expect(fromText(box).authors?.map((author) => author.name)).toEqual(["Tom Reddy"]);
    expect(body(box)).toContain("Ingrid Solberg");
  });

  it("reads no author's noun without its colon as a label over the names (near miss: an author box's heading)", () => {
    const text = [
      "Menu",
      "News",
      "Council votes to close Mill Lane bridge for six months of repairs",
      "Author",
      "Ada Lindqvist",
      "14 March 2025",
      ...STORY,
    ].join("\n");
    expect(fromText(text).authors).toBeUndefined();
  });
});

describe("a gesture's hint and a slideshow's or a player's buttons", () => {
  it("are controls in the languages read, whole; words that open a sentence or a heading the same are not", () => {
    for (const hint of [
      "Tap to expand",
      "Click to enlarge",
      "Zum Aufklappen tippen",
      "Appuyez pour agrandir",
      "Toca para ampliar",
      "Tocca per ingrandire",
      "Toque para ampliar",
      "Tik om te vergroten",
      "Нажмите, чтобы развернуть",
      "タップして拡大",
      "点击展开全文",
      "탭하여 확대",
      "Next slide",
      "Vorherige Folie",
      "Diapositive suivante",
      "Play video",
      "Video abspielen",
      "Riproduci video",
    ])
      expect(isControlLine(hint.toLowerCase()), hint).toBe(true);
    for (const text of [
      "tap to expand the map, then drag the pin to your street",
      "click to enlarge is what the old site said",
      "next slide into recession",
      "play video games with your children",
      "expand to new markets",
      "swipe",
    ])
      expect(isControlLine(text), text).toBe(false);
  });

  it("part nothing between a story's paragraphs: a short closing paragraph under one stays", () => {
    const text = [
      "菜单",
      "江南古镇老戏台修复完工 百年戏班重新登台",
      "记者 王晓明",
      "2025年3月15日 08:20",
      "经过两年修缮，位于清溪镇的百年老戏台于十四日重新开放，当地戏班在台上演出了传统剧目。",
      "戏台始建于清代，曾因年久失修而被封闭。修复工程由镇政府和村民共同出资完成。",
      "戏班班主李国华说，许多老观众专程从外地赶回来看戏。",
      "点击展开全文",
      "镇政府表示，今后每逢周末都会安排演出。",
      "分享 · 收藏 · 评论",
      "返回顶部",
    ].join("\n");
    const paragraphs = body(text);
    expect(paragraphs.at(-1)).toBe("镇政府表示，今后每逢周末都会安排演出。");
    expect(paragraphs).not.toContain("点击展开全文");
  });

  it("close the story under its last paragraph as any control does (near miss: the site's links under it stay out)", () => {
    const text = [
      "Menu",
      "News",
      "Council votes to close Mill Lane bridge for six months of repairs",
      "By Ada Lindqvist",
      "14 March 2025",
      ...STORY,
      "Tap to expand",
      "About us",
      "Contact",
      "Privacy policy",
    ].join("\n");
    const paragraphs = body(text);
    expect(paragraphs.at(-1)).toBe(STORY[3]);
    expect(paragraphs).not.toContain("Tap to expand");
  });

  it("let no carousel of other stories under the story's last paragraph into it (near miss)", () => {
    const text = [
      "Menu",
      "News",
      "Council votes to close Mill Lane bridge for six months of repairs",
      "By Ada Lindqvist",
      "14 March 2025",
      ...STORY,
      "Previous slide",
      "Next slide",
      "Harbour festival returns",
      "The summer festival is back with three days of music on the quay.",
      "New school opens",
      "Pupils moved into the new building on Monday after two years of work.",
      "Contact",
    ].join("\n");
    expect(body(text).at(-1)).toBe(STORY[3]);
  });

  it("part no title from its deck when a player's button stands packed between them", () => {
    const title = "Hospital trial lets patients go home with a tablet instead of staying on the ward";
    const deck = "Doctors check on patients by video call twice a day and nurses visit once";
    const page = (between: string[]) =>
      ["Menu", "Health", title, ...between, deck, "By Samuel Achebe", "April 17, 2025", ...STORY].join("\n");
    expect(fromText(page(["Play video"])).headline).toBe(title);
    expect(fromText(page(["Video abspielen"])).headline).toBe(title);
    // Near miss: with no button, as before.
    expect(fromText(page([])).headline).toBe(title);
  });
});

describe("a link's note in brackets", () => {
  it("leaves the sentence in the languages read", () => {
    for (const [text, bare] of [
      [
        "It was published in the journal Urban Zoology (opens in a new window) this week.",
        "It was published in the journal Urban Zoology this week.",
      ],
      ["Details are on the trust's website (opens in new tab).", "Details are on the trust's website."],
      [
        "The survey is run by the Rivers Trust (External link), which trains volunteers.",
        "The survey is run by the Rivers Trust, which trains volunteers.",
      ],
      ["Wie aus dem Plan (öffnet in neuem Tab) hervorgeht.", "Wie aus dem Plan hervorgeht."],
      ["Selon la mairie (s'ouvre dans un nouvel onglet), vingt enfants.", "Selon la mairie, vingt enfants."],
      ["Un equipo de la universidad (se abre en una nueva ventana) dirigió las obras.", "Un equipo de la universidad dirigió las obras."],
      ["Una raccolta fondi online (si apre in una nuova finestra) ha raccolto fondi.", "Una raccolta fondi online ha raccolto fondi."],
      ["Uma fundação local (abre em uma nova aba) apoiou.", "Uma fundação local apoiou."],
      ["Een lokaal fonds (opent in een nieuw venster) betaalde.", "Een lokaal fonds betaalde."],
    ] as const)
      expect(withoutLinkNotes(text)).toBe(bare);
  });

  it("leaves text that only says the same words alone (near misses)", () => {
    for (const text of [
      "Click the link; it opens in a new window.",
      "The firm (New Window Films) makes blinds.",
      "(opens in a new window)",
      "A new tab (for drafts) opens in the editor.",
    ])
      expect(withoutLinkNotes(text)).toBe(text);
  });

  it("leaves a note quoted or in code, the story's subject, alone (near misses)", () => {
    for (const text of [
      "Screen readers should hear the words “(opens in a new window)” after such a link, experts say.",
      'Add the text "(opens in a new window)" to the link\'s label, the guidance says.',
      "Der Zusatz „(öffnet in neuem Tab)“ muss hinter jedem solchen Link stehen.",
      "Append `(opens in a new window)` to the visible label of every such link.",
      "Why '(opens in a new window)' still matters for blind web users",
      '<a href="/report.pdf">Annual report <span class="sr-only">(opens in a new window)</span></a>',
      'link.setAttribute("aria-label", "Annual report (opens in a new tab)");',
    ])
      expect(withoutLinkNotes(text), text).toBe(text);
  });

  it("leaves a work's title in brackets that reads as a bare note alone (near misses)", () => {
    for (const text of [
      "Le groupe avait connu le succès avec son premier disque (Nouvelle fenêtre), sorti en 2019.",
      "Holt hatte zuletzt mit ihrem Kurzfilm (Neues Fenster) mehrere Preise gewonnen.",
    ])
      expect(withoutLinkNotes(text), text).toBe(text);
    // The same words in lower case are a link's note.
    expect(withoutLinkNotes("Le programme est en ligne (nouvelle fenêtre).")).toBe("Le programme est en ligne.");
    expect(withoutLinkNotes("Der Plan liegt im Rathaus aus (neues Fenster).")).toBe("Der Plan liegt im Rathaus aus.");
  });

  it("is read out of a whole page's paragraphs", () => {
    const text = [
      "Menu",
      "Science",
      "Study finds city foxes have shorter snouts than their country cousins",
      "By Nadia Crowe",
      "9 September 2024",
      "Foxes that live in cities have shorter, wider snouts, according to a study in the journal Urban Zoology (opens in a new window).",
      ...STORY.slice(1),
    ].join("\n");
    expect(body(text)[0]).toBe("Foxes that live in cities have shorter, wider snouts, according to a study in the journal Urban Zoology.");
  });
});

describe("a header's label glued to its value", () => {
  it("is parted from it: an author's noun before a name, a date's label with its linking word before a date", () => {
    for (const [text, parted] of [
      ["AuthorPeter Lindgren", "Author: Peter Lindgren"],
      ["AutorinJonas Pfeiffer", "Autorin: Jonas Pfeiffer"],
      ["AutoreGiulia Ferretti", "Autore: Giulia Ferretti"],
      ["AuthorAda Ng", "Author: Ada Ng"],
      ["Published onOctober 2, 2024", "Published on October 2, 2024"],
      ["Veröffentlicht am18. März 2025", "Veröffentlicht am 18. März 2025"],
      ["Publié le3 septembre 2024", "Publié le 3 septembre 2024"],
      ["Pubblicato il9 aprile 2025", "Pubblicato il 9 aprile 2025"],
      ["Gepubliceerd op4 juni 2025", "Gepubliceerd op 4 juni 2025"],
    ] as const)
      expect(withGluedLabelParted(text)).toBe(parted);
  });

  it("leaves words that open with a label's letters alone (near misses)", () => {
    for (const text of [
      "Authorities closed the road",
      "Autorennen am Nürburgring",
      "Published online in March",
      "Posted onto the board",
      "AUTHORISED DEALER",
      "Updated elements of the plan",
      "AuthorHQ",
    ])
      expect(withGluedLabelParted(text)).toBe(text);
  });

  it("leaves a line that parted would read as no byline or date alone: CamelCase names, gender forms (near misses)", () => {
    for (const text of [
      "AuthorHouse printed the first run of five hundred copies in 2019.",
      "AuthorKit, a writing app, sponsored the festival this year.",
      "AuthorTube",
      "AutorInnen lesen aus ihren Büchern im Rathaus vor.",
      "AutoraLab, la aplicación creada en Valencia, ganó el premio.",
      "PenulisMuda adalah komunitas menulis di Bandung.",
      "Posted onTrack is the name of the council's new parcel service.",
    ])
      expect(withGluedLabelParted(text), text).toBe(text);
  });

  it("signs and dates a page whose labels a copy glued to the byline and the date", () => {
    const page = (lines: string[]) =>
      ["Menu", "World", "Island ferry service to resume after storm damage repaired", ...lines, ...STORY].join("\n");
    const glued = fromText(page(["AuthorPeter Lindgren", "Published onOctober 2, 2024"]));
    expect(glued.authors?.map((author) => author.name)).toEqual(["Peter Lindgren"]);
    expect(glued.datePublished).toBe("2024-10-02");
    expect(body(page(["AuthorPeter Lindgren", "Published onOctober 2, 2024"]))[0]).toBe(STORY[0]);
    // A noun that labels a byline only with its colon signs with the name alone, not the label and the name.
    const french = fromText(page(["AuteurCamille Roussel", "Publié le3 septembre 2024"]));
    expect(french.authors?.map((author) => author.name)).toEqual(["Camille Roussel"]);
    expect(french.datePublished).toBe("2024-09-03");
    const after = fromText(page(["By Marcus OyeleyeAuthor", "June 2, 2024"]));
    expect(after.authors?.map((author) => author.name)).toEqual(["Marcus Oyeleye"]);
  });

  it("keeps a name's own capitals after a lower-case letter that is no author's noun (near miss)", () => {
    expect(parseByline("By Ada McCartney")?.map((author) => author.name)).toEqual(["Ada McCartney"]);
    expect(parseByline("Von Jonas Pfeiffer")?.map((author) => author.name)).toEqual(["Jonas Pfeiffer"]);
  });
});
