import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

// Round mx100: a closing run of short sentences kept whole, a short headline against the site's longer name the
// footer names, an office or a name under the date in the date-first layout. All invented.
const page = (...blocks: string[]) => `${blocks.join("\n\n")}\n`;
const paragraphsOf = (text: string) => (fromText(text).body ?? []).flatMap((block) => (block.type === "paragraph" ? [block.text] : []));
const headingsOf = (text: string) => (fromText(text).body ?? []).flatMap((block) => (block.type === "heading" ? [block.text] : []));
const authorsOf = (text: string) => (fromText(text).authors ?? []).map((author) => author.name);

describe("a last section's closing run of short sentences", () => {
  const stories = {
    en: {
      head: "How a fishing town rebuilt its harbour wall",
      byline: "By Cerys Pugh · 12 September 2025",
      lead: "When the storm took forty metres of the harbour wall, the town had one winter to rebuild it before the boats came back.",
      heading: "What Comes Next",
      first: "The harbour board plans to raise the wall by another metre over the next decade.",
      run: ["It will take ten years.", "Nobody minds.", "They are patient."],
    },
    es: {
      head: "Cómo un pueblo recuperó su cine",
      byline: "Por Ana Ruiz · 3 de marzo de 2025",
      lead: "El cine del pueblo cerró hace quince años y los vecinos lo compraron en una subasta por muy poco dinero.",
      heading: "Lo que viene",
      first: "La asociación quiere programar sesiones para los colegios de toda la comarca a partir del otoño.",
      run: ["Costará tiempo.", "Nadie tiene prisa.", "Todos ayudan."],
    },
  };

  it.each(Object.entries(stories))("keeps every sentence of the run (%s)", (_, story) => {
    const text = page(story.head, story.byline, story.lead, story.heading, story.first, ...story.run);
    expect(paragraphsOf(text).slice(-4)).toEqual([story.first, ...story.run]);
  });

  it("keeps the run over a related list, not the list", () => {
    const { head, byline, lead, heading, first, run } = stories.en;
    const text = page(head, byline, lead, heading, first, ...run, "Related\nA year on a hill farm\nSaving the village shop");
    expect(paragraphsOf(text).slice(-3)).toEqual(run);
  });

  it("leaves out the writer's bio under the run", () => {
    const { head, byline, lead, heading, first, run } = stories.en;
    const text = page(head, byline, lead, heading, first, ...run, "Cerys Pugh writes about the coast.");
    expect(paragraphsOf(text).at(-1)).toBe(run.at(-1));
  });

  // Round mx100b: what the page sets under the run as a short sentence of its own is its chrome, not the story's.
  it("leaves a question under the run out, and keeps the run", () => {
    const { head, byline, lead, heading, first, run } = stories.en;
    const text = page(head, byline, lead, heading, first, ...run, "Was this worth your time?", "Tell us below.");
    expect(paragraphsOf(text).slice(-4)).toEqual([first, ...run]);
  });

  const prompts = {
    fr: { run: ["Il faudra dix ans.", "Personne ne râle."], prompt: "Voir aussi." },
    it: { run: ["Ci vorrà un decennio.", "Nessuno si lamenta."], prompt: "Leggi anche." },
    nl: { run: ["Het kost tien jaar.", "Niemand moppert."], prompt: "Lees meer." },
  };
  it.each(Object.entries(prompts))("leaves a prompt to read on set as a sentence out, and keeps the run (%s)", (_, { run, prompt }) => {
    const { head, byline, lead, heading, first } = stories.en;
    const text = page(head, byline, lead, heading, first, ...run, prompt);
    expect(paragraphsOf(text).slice(-3)).toEqual([first, ...run]);
  });

  it("takes no brief sentence under a newsroom's note", () => {
    const { head, byline, lead, heading, first } = stories.en;
    const text = page(head, byline, lead, heading, first, "This story has been updated.", "Tips welcome.");
    expect(paragraphsOf(text).at(-1)).toBe(first);
  });

  it("reads short sentences that go on past the run as a box of facts", () => {
    const facts = ["Open daily from nine.", "Closed on Mondays.", "Dogs are welcome.", "Cards only."];
    const text = page(stories.en.head, stories.en.byline, stories.en.lead, stories.en.first, ...facts);
    expect(paragraphsOf(text)).not.toContain(facts[1]);
  });
});

describe("a short title-case headline and the site's longer name", () => {
  const site = "Atlas of Small Things";
  const head = "Salt Marsh Revival";
  const story = [
    "Once a year, in the last week of March, the reed cutters of the estuary gather at dawn to burn back the old growth.",
    "Neighbours take turns watching the fire line through the night, and the birds return within a week of the burn.",
  ];
  const menu = "Stories    Places    Makers    Journal    Shop";

  it.each([
    [
      "a title bar and the masthead",
      page(`${head} | ${site}`, site, menu, head, "By Ines Moreau", "March 19, 2025", ...story, `© 2025 ${site}`),
    ],
    ["a title bar with a dash", page(`${head} – ${site}`, site, menu, head, "By Ines Moreau · March 19, 2025", ...story, `© 2025 ${site}`)],
    ["the masthead alone", page(site, menu, head, "By Ines Moreau", "March 19, 2025", ...story, `Copyright 2025 ${site}.`)],
  ])("reads the story's headline where the footer's notice names the site (%s)", (_, text) => {
    expect(fromText(text).headline).toBe(head);
  });

  it("keeps a headline that names the site and goes on", () => {
    const name = "Kestrel Valley Railway";
    const title = "Kestrel Valley Railway Reopens Its Northern Branch";
    const text = page(name, "Timetable    Tickets    News", title, "By Sam Ray", "May 4, 2025", ...story, `© 2025 ${name}`);
    expect(fromText(text).headline).toBe(title);
  });
});

describe("an office or a name under the date, the date first", () => {
  const stories: [string, string, string, string[]][] = [
    [
      "El mercado municipal abrirá también los domingos",
      "12 de marzo de 2025",
      "Oficina de Comunicación",
      [
        "El mercado municipal abrirá los domingos de nueve a dos a partir del próximo mes, según ha informado el ayuntamiento.",
        "La prueba durará seis meses y después se evaluará con los comerciantes y los vecinos del barrio.",
      ],
    ],
    [
      "Nuovi orari per la raccolta nel centro storico",
      "13 ottobre 2025",
      "Ufficio Comunicazione",
      [
        "Dal primo novembre la raccolta differenziata nel centro storico si svolgerà la sera, dalle venti alle ventitré.",
        "Il cambio serve a ridurre il traffico dei mezzi nelle ore di punta e il rumore nelle vie strette.",
      ],
    ],
    [
      "Nieuwe speeltuin in het park gaat open",
      "19 februari 2025",
      "Afdeling Voorlichting",
      [
        "De nieuwe speeltuin in het stadspark gaat op zaterdag open, met klimrekken, schommels en een grote zandbak.",
        "De gemeente heeft de speeltuin samen met kinderen uit de buurt ontworpen tijdens drie avonden in het buurthuis.",
      ],
    ],
  ];

  it.each(stories)("signs with the line under the date (%s)", (head, date, name, paras) => {
    const text = page(head, date, name, ...paras);
    expect(authorsOf(text)).toEqual([name]);
    expect(headingsOf(text)).not.toContain(name);
  });

  it.each([
    ["Riapre il mercato coperto dopo i lavori", "4 maggio 2025", "Piazza Garibaldi"],
    ["Council agrees new bus routes for the valley", "March 12, 2025", "Local Transport"],
    ["What the new school plan means for families", "March 12, 2025", "Council Tax Changes"],
    ["What the new school plan means for families", "March 12, 2025", "Post Office Closures"],
  ])("reads no place, section or heading there as the byline (%s)", (head, date, line) => {
    const text = page(head, date, line, stories[0]![3][0]!, stories[0]![3][1]!);
    expect(authorsOf(text)).not.toContain(line);
  });

  it("reads no two spaced words of ideographs there as the byline, a kicker's as often as a name", () => {
    const paras = [
      "市内の小学校で、新しい校舎の建設費をどう賄うかをめぐる議論が二年続いている。",
      "最終的な採決は夏までに行われる見通しで、その前に説明会が二回開かれる。",
    ];
    expect(authorsOf(page("新校舎計画、家族への影響は", "2025年3月12日", "速報 選挙", ...paras))).toEqual([]);
  });
});
