import type { Block } from "@dateline/schema";
import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { completeHeadingSeries, completeLabelSeries, unstackSeriesCaptions } from "./heading-series.js";

/** The sub-headings read from a page given as its lines, in `language`. */
function headingsOf(page: readonly string[], language: string): string[] {
  return fromText(page.join("\n"), { meta: { inLanguage: language } })
    .body.filter((block) => block.type === "heading")
    .map((block) => block.text);
}

/**
 * A guide's page: its title, byline and lead (the first of `text`), then each entry standing apart over a paragraph,
 * the rest of `text` in turn.
 */
function guide(title: string, text: readonly string[], entries: readonly string[]): string[] {
  const under = (k: number) => text[1 + (k % (text.length - 1))]!;
  return ["Home", "", title, "", "By Jane Miller", "", text[0]!, "", ...entries.flatMap((entry, k) => [entry, "", under(k), ""])];
}

const BALCONY = [
  "Ein Hochbeet passt auch auf einen kleinen Balkon, und mit etwas Holz, Schrauben und einem freien Samstag lässt es sich leicht bauen.",
  "Das Beet braucht mindestens sechs Stunden Sonne am Tag, und der Boden des Balkons muss das Gewicht der nassen Erde gut tragen.",
  "Für einen Kasten von einem Meter Länge reichen vier Bretter pro Seite, die man im Baumarkt gleich passend schneiden lassen kann.",
  "Unten kommt eine Schicht aus Zweigen hinein, darüber grober Kompost und zuletzt feine Pflanzerde, damit die Wurzeln gut wachsen.",
] as const;

const WINTER = [
  "Le froid, le sel et l'humidité abîment vite un vélo, mais quelques gestes simples suffisent pour qu'il passe l'hiver sans rouille.",
  "Un seau d'eau tiède, une éponge et un peu de savon suffisent pour retirer la boue et le sel qui rongent la peinture du cadre.",
  "Une chaîne sèche s'use deux fois plus vite, et une goutte d'huile sur chaque maillon la protège de l'eau pendant des semaines.",
  "Les patins s'usent plus vite sur une route mouillée, et il vaut mieux les changer avant qu'ils ne touchent la jante du vélo.",
] as const;

/** A guide's steps, the second too long for a heading on its own shape. */
const BALCONY_STEPS = [
  "Schritt 1: Den richtigen Platz finden",
  "Schritt 2: Das Holz zuschneiden und die Bretter für die vier Seiten des Kastens mit Winkeln verschrauben",
  "Schritt 3: Mit Erde füllen",
];

const WINTER_STEPS = [
  "Étape 1 : nettoyer le cadre",
  "Étape 2 : graisser la chaîne et vérifier chaque maillon avant de remonter la roue arrière sur le cadre",
  "Étape 3 : contrôler les freins",
];

const HARBOUR = "How the harbour plans its winter repairs";

const PIERS = [
  "Every winter the harbour office closes one of its three piers for repairs, and the plan is drawn up months ahead with the operators.",
  "The north pier is the oldest of the three and needs new planks along most of its length, which the crew will replace in December.",
  "The operators agreed to move their boats for the month, and the harbour master said the change would not add time to the crossings.",
  "The east pier only needs new lights this year, and the work will be done at night so that the fishing boats can keep using it.",
] as const;

describe("a heading series' missing entry", () => {
  it("reads an entry too long for a heading as one when the headings numbered either side of it stand around it", () => {
    expect(headingsOf(guide("So bauen Sie ein Hochbeet für den Balkon", BALCONY, BALCONY_STEPS), "de")).toEqual(BALCONY_STEPS);
    expect(headingsOf(guide("Comment préparer son vélo pour l'hiver", WINTER, WINTER_STEPS), "fr")).toEqual(WINTER_STEPS);
  });

  it("opens a series with a long first entry when the second is a heading, and closes one with a long last entry", () => {
    const piers = [
      "1. The north pier, the oldest of the three, gets new planks along most of its length",
      "2. The south pier",
      "3. The fuel jetty",
      "4. The east pier only needs new lights this year, fitted at night while the boats are out",
    ];
    expect(headingsOf(guide(HARBOUR, PIERS, piers), "en")).toEqual(piers);
  });

  it("keeps as text an entry that finishes a sentence, one of another series' mark, and a lone heading's neighbour", () => {
    const moved = "The boats move to the south pier for the whole of January while the planks are replaced";
    const sentence = ["1. The north pier", "2. Boats will use the south pier in January. The timetable stays.", "3. The east pier"];
    expect(headingsOf(guide(HARBOUR, PIERS, sentence), "en")).toEqual(["1. The north pier", "3. The east pier"]);
    const otherMark = ["1. The north pier", `2) ${moved}`, "3. The east pier"];
    expect(headingsOf(guide(HARBOUR, PIERS, otherMark), "en")).toEqual(["1. The north pier", "3. The east pier"]);
    expect(headingsOf(guide(HARBOUR, PIERS, ["1. The north pier", `2. ${moved}`]), "en")).toEqual(["1. The north pier"]);
  });

  it("takes a caption alone for the missing entry, not a picture's caption with its credit, nor a number out of place", () => {
    const body: Block[] = [
      { type: "heading", text: "Mistake 1: Paying the first price", level: 2 },
      { type: "figure", caption: "Mistake 2: Signing before reading every page of the contract" },
      { type: "paragraph", text: PIERS[1] },
      { type: "heading", text: "Mistake 3: Borrowing more than needed", level: 2 },
      { type: "figure", caption: "Mistake 4: The bank's office on the square", credit: "Ada Fenwick" },
      { type: "paragraph", text: "Mistake 7: Forgetting the fees" },
      { type: "paragraph", text: PIERS[2] },
      { type: "heading", text: "Mistake 5: Forgetting the fees", level: 2 },
    ];
    completeHeadingSeries(body);
    const types = ["heading", "heading", "paragraph", "heading", "figure", "paragraph", "paragraph", "heading"];
    expect(body.map((block) => block.type)).toEqual(types);
    expect(body[1]).toEqual({ type: "heading", text: "Mistake 2: Signing before reading every page of the contract", level: 2 });
  });

  it("leaves as text a point counted on under the last heading: unstopped, long, heading nothing or another section", () => {
    const point = (text: string): Block => ({ type: "paragraph", text });
    const said: Block = point("The harbour master said the plan would be ready by the spring, once the divers had reported.");
    const under = (entry: string, after: Block[], before: Block[] = []): Block[] => [
      { type: "heading", text: "1. The north pier", level: 2 },
      said,
      { type: "heading", text: "2. The south pier", level: 2 },
      said,
      ...before,
      point(entry),
      ...after,
    ];
    const kept = [
      under("3. And one more reason, which the harbour master gave at the end:", [said]),
      under("3. And then there is the question of who pays for the upkeep…", [said]),
      under(`3. ${PIERS[1]!.slice(0, -1)}, and ${PIERS[2]!.slice(0, -1)}`, [said]),
      under("3. The fuel jetty gets a new pump before the summer", []),
      under("3. The fuel jetty gets a new pump before the summer", [point("4. The slipway is left as it is"), said]),
      under("3. The fuel jetty gets a new pump before the summer", [said], [{ type: "heading", text: "Costs", level: 2 }]),
    ];
    for (const body of kept) {
      const types = body.map((block) => block.type);
      completeHeadingSeries(body);
      expect(body.map((block) => block.type)).toEqual(types);
    }
    const closed = under("3. The fuel jetty gets a new pump before the summer", [said]);
    completeHeadingSeries(closed);
    expect(closed[4]!.type).toBe("heading");
  });

  it("leaves as text a point in lower case that a paragraph's colon leads into, and reads one in capitals", () => {
    const point = (text: string): Block => ({ type: "paragraph", text });
    const said: Block = point("The harbour master said the plan would be ready by the spring, once the divers had reported.");
    const led = (lead: string, entry: string): Block[] => [
      { type: "heading", text: "1. The north pier", level: 2 },
      said,
      { type: "heading", text: "2. The south pier", level: 2 },
      point(lead),
      point(entry),
      said,
    ];
    for (const body of [
      led("The council set three conditions for the new contract:", "3. the operator must publish its punctuality figures every month"),
      led("El ayuntamiento puso tres condiciones al contrato:", "3. el operador debe publicar cada mes sus cifras de puntualidad"),
    ]) {
      completeHeadingSeries(body);
      expect(body[4]!.type).toBe("paragraph");
    }
    const capital = led("The third pier is the one the operators asked about:", "3. The fuel jetty gets a new pump before the summer");
    completeHeadingSeries(capital);
    expect(capital[4]!.type).toBe("heading");
  });

  it("reads a labelled step in lower case under a paragraph's colon as its series' heading", () => {
    const said: Block = { type: "paragraph", text: "Stall holders are told the outcome by letter within a fortnight of applying." };
    const body: Block[] = [
      { type: "heading", text: "Step 1: Fill in the form", level: 2 },
      said,
      { type: "heading", text: "Step 2: Pay the deposit", level: 2 },
      { type: "paragraph", text: "Then comes the last step:" },
      { type: "paragraph", text: "Step 3: wait for the draw" },
      said,
    ];
    completeHeadingSeries(body);
    expect(body[4]!.type).toBe("heading");
  });
});

/** `page` with `line` set over its line `entry`: after a blank line, or packed straight on it. */
function stackedOver(page: readonly string[], entry: string, line: string, packed: boolean): string[] {
  const at = page.indexOf(entry);
  return [...page.slice(0, at), line, ...(packed ? [] : [""]), ...page.slice(at)];
}

describe("a line stacked over an entry of a heading series", () => {
  const piers = ["1. The north pier", "2. The south pier", "3. The fuel jetty"];

  it("reads as text a picture's caption set over an entry once the series has begun, spaced or packed", () => {
    const caption = "Planks stacked on the quay before the repairs";
    const spaced = stackedOver(guide(HARBOUR, PIERS, piers), piers[1]!, caption, false);
    expect(headingsOf(spaced, "en")).toEqual(piers);
    const schritte = ["1. Den Platz finden", "2. Das Holz zuschneiden", "3. Mit Erde füllen"];
    const packed = stackedOver(
      guide("So bauen Sie ein Hochbeet", BALCONY, schritte),
      schritte[1]!,
      "Salat und Kräuter wachsen im ersten Sommer auf dem Balkon",
      true,
    );
    expect(headingsOf(packed, "de")).toEqual(schritte);
  });

  it("keeps a section's heading over the series' first entry, a numbered part's heading, and one over the only entry", () => {
    const said: Block = { type: "paragraph", text: PIERS[1] };
    const heading = (text: string): Block => ({ type: "heading", text, level: 2 });
    const pages: Block[][] = [
      [heading("The three piers"), heading(piers[0]!), said, heading(piers[1]!), said],
      [heading(piers[0]!), said, heading("Part 2: The jetties"), heading(piers[1]!), said],
      [said, heading("The north pier"), heading(piers[0]!), said],
    ];
    for (const body of pages) {
      unstackSeriesCaptions(body);
      expect(body.every((block) => block.type === "heading" || block === said)).toBe(true);
    }
    const caption: Block[] = [heading(piers[0]!), said, heading("The old crane on the quay at dawn"), heading(piers[1]!), said];
    unstackSeriesCaptions(caption);
    expect(caption[2]).toEqual({ type: "paragraph", text: "The old crane on the quay at dawn" });
  });

  it("keeps a group's short name over a middle entry or over a restarted count, not a credit or a banner in capitals", () => {
    const said: Block = { type: "paragraph", text: PIERS[1] };
    const heading = (text: string): Block => ({ type: "heading", text, level: 2 });
    const over = (line: string, entry: string): Block[] => [heading(piers[0]!), said, heading(line), heading(entry), said];
    const kept = [
      over("Jobs for a weekend", piers[1]!),
      over("Für die Soße", piers[1]!),
      over("Repairs planned after the winter storms", "1. The west pier"),
    ];
    for (const body of kept) {
      unstackSeriesCaptions(body);
      expect(body[2]!.type).toBe("heading");
    }
    for (const line of ["Getty Images", "Photo: Ada Lee", "Ada Lee/Reuters", "SIGN UP FOR UPDATES"]) {
      const body = over(line, piers[1]!);
      unstackSeriesCaptions(body);
      expect(body[2]).toEqual({ type: "paragraph", text: line });
    }
  });
});

/** Paragraph blocks of `texts`, in order. */
const paragraphs = (texts: readonly string[]): Block[] => texts.map((text) => ({ type: "paragraph", text }));
/** The texts of a body's headings after `completeLabelSeries` has read it. */
function labelHeadings(texts: readonly string[]): string[] {
  const body = paragraphs(texts);
  completeLabelSeries(body);
  return body.filter((block) => block.type === "heading").map((block) => block.text);
}

const PROSE = [
  "The ferry between the two islands will run every hour from June, twice as often as it does during the winter.",
  "Fares stay the same for residents, while visitors will pay a small surcharge that goes towards a new pier.",
  "The operator has bought a second boat, built at a yard on the mainland and due to arrive in the spring.",
  "Local shops expect more day visitors, although some residents worry about the queues at the harbour.",
] as const;

describe("a series of labels ending on a colon", () => {
  it("reads three labels spaced between paragraphs of prose as headings, in Latin and full-width colons", () => {
    const page = [PROSE[0], "What changes:", PROSE[1], PROSE[2], "Who pays:", PROSE[3], PROSE[0], "What comes next:", PROSE[1]];
    expect(labelHeadings(page)).toEqual(["What changes:", "Who pays:", "What comes next:"]);
    const zh = [
      "渡轮从六月起每小时开行一班，班次比冬季多了一倍，岛上居民的票价保持不变。",
      "新的时间表：",
      "运营公司从外地船厂购买了第二艘渡轮，预计将在春季运抵码头并投入使用。",
      "岛上的商店预计一日游的游客会明显增多。",
      "居民的担忧：",
      "一些居民担心，夏季码头上排队的人会越来越多，等候的时间也会更长。",
      "两座岛之间的渡轮已经运营了四十年。",
      "新码头：",
      "新码头的建设费用将由游客缴纳的附加费来承担，工程计划于明年秋天开工。",
    ];
    expect(labelHeadings(zh)).toEqual(["新的时间表：", "居民的担忧：", "新码头："]);
  });

  it("keeps as text two labels alone, labels over a list's points, labels packed together, and full stops", () => {
    expect(labelHeadings([PROSE[0], "What changes:", PROSE[1], PROSE[2], "Who pays:", PROSE[3]])).toEqual([]);
    const overList = [PROSE[0], "What changes:", PROSE[1], PROSE[2], "Who pays:", "Residents", PROSE[3], "Next:", PROSE[1]];
    expect(labelHeadings(overList)).toEqual([]);
    const packed = [PROSE[0], "What changes:", PROSE[1], "Who pays:", PROSE[2], PROSE[3], "Next:", PROSE[1]];
    expect(labelHeadings(packed)).toEqual([]);
    const stops = [PROSE[0], "What changes.", PROSE[1], PROSE[2], "Who pays.", PROSE[3], PROSE[0], "What comes next.", PROSE[1]];
    expect(labelHeadings(stops)).toEqual([]);
  });

  it("leaves the labels of a page that heads its sections in another form as text", () => {
    const body: Block[] = [
      { type: "heading", text: "Summer timetable", level: 2 },
      ...paragraphs([PROSE[0], "What changes:", PROSE[1], PROSE[2], "Who pays:", PROSE[3], PROSE[0], "Next:", PROSE[1]]),
      { type: "heading", text: "The new pier", level: 2 },
      ...paragraphs([PROSE[2]]),
    ];
    completeLabelSeries(body);
    expect(body.filter((block) => block.type === "heading").map((block) => block.text)).toEqual(["Summer timetable", "The new pier"]);
  });
});

describe("colon lines that lead in to someone's words", () => {
  it("keeps a speaker's name that comes back over each answer as text, and a questioner's alternating with it", () => {
    const interview = [PROSE[0], "Anna Weber:", PROSE[1], PROSE[2], "Anna Weber:", PROSE[3], PROSE[0], "Anna Weber:", PROSE[1]];
    expect(labelHeadings(interview)).toEqual([]);
    const asked = [PROSE[0], "Interviewer:", PROSE[1], PROSE[2], "Weber:", PROSE[3], PROSE[0], "Interviewer:", PROSE[1]];
    expect(labelHeadings(asked)).toEqual([]);
  });

  it("keeps lead-ins over quotations as text, in straight, curly and angle marks", () => {
    const quoted = (open: string, close: string) => [
      PROSE[0],
      "In one letter he wrote:",
      `${open}${PROSE[1]}${close}`,
      PROSE[2],
      "Months later she replied:",
      `${open}${PROSE[3]}${close}`,
      PROSE[0],
      "His last letter said:",
      `${open}${PROSE[1]}${close}`,
    ];
    for (const [open, close] of [
      ['"', '"'],
      ["“", "”"],
      ["«", "»"],
      ["„", "“"],
    ] as const) {
      expect(labelHeadings(quoted(open, close))).toEqual([]);
    }
  });
});
