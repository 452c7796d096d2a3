import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

/** The body's blocks of an invented page as "type:text": a site's name, a menu, a headline, a byline, then `body`. */
function blocksOf(by: string, body: string[]): string[] {
  const page = ["Valley Post", "News\nSport\nCulture", "Old market hall to become the town's library", by, ...body];
  const text = `${[...page, "Copyright © 2026 Valley Post\nAbout us"].join("\n\n")}\n`;
  return (fromText(text, { source: "p.txt" }).body ?? []).map((block) => `${block.type}:${"text" in block ? block.text : ""}`);
}

const headingsOf = (by: string, body: string[]) => blocksOf(by, body).filter((block) => block.startsWith("heading:"));

const EN_BY = "By Ada Lee\n12 March 2026";
const EN_PROSE = [
  "The council voted on Monday to reopen the old market hall as a library, ending a long dispute over its future.",
  "Work is expected to begin in the spring and should take about a year, the council said in a statement.",
  "Traders who rent stalls in the hall will be offered places in a covered street market nearby, the council said.",
] as const;
const FR_BY = "Par Claire Morel\n12 mars 2026";
const FR_PROSE = [
  "Le conseil municipal a voté lundi la transformation de la vieille halle du marché en bibliothèque, après des années de débat.",
  "Les travaux doivent commencer au printemps et durer environ un an, selon un communiqué de la mairie publié mardi.",
  "Les commerçants de la halle se verront proposer une place dans un marché couvert voisin, a précisé la mairie.",
] as const;

describe("a title-case section heading right over its first sub-section's title", () => {
  it("keeps both lines as headings where the page sets its other headings so, in English and French", () => {
    const [lead, middle, last] = EN_PROSE;
    expect(headingsOf(EN_BY, [lead, "The Long Road Ahead\nFunding and Timing", middle, "What Residents Say", last])).toEqual([
      "heading:The Long Road Ahead",
      "heading:Funding and Timing",
      "heading:What Residents Say",
    ]);
    const [tête, milieu, fin] = FR_PROSE;
    expect(headingsOf(FR_BY, [tête, "Un Long Chantier\nBudget et Calendrier", milieu, "Ce Que Disent les Habitants", fin])).toEqual([
      "heading:Un Long Chantier",
      "heading:Budget et Calendrier",
      "heading:Ce Que Disent les Habitants",
    ]);
  });

  it("heads no section with the lower line where no other title-case heading stands, or with a name or a credit", () => {
    const [lead, middle, last] = EN_PROSE;
    expect(headingsOf(EN_BY, [lead, "Watch The Full Debate\nReplays and Highlights", middle, last])).not.toContain(
      "heading:Replays and Highlights",
    );
    const credits = ["Courtesy Of The Harbour Museum", "The Salt Road By Jane Fell", "Dr Helen Marsh, Lead Designer"];
    for (const under of ["Martha Quill", "Ada Lee Photography", ...credits, "Old Harbour Road, Whitby"]) {
      const body = [lead, "The Long Road Ahead", middle, `Life On The Quay\n${under}`, last, "What Residents Say", middle];
      expect(headingsOf(EN_BY, body), under).not.toContain(`heading:${under}`);
    }
  });
});

describe("a last section a word names, over three or four short sentences each set apart", () => {
  const closing = ["The work costs two million pounds.", "Residents may suggest a name.", "A vote is due in May."];

  it("keeps the word as the section's heading and every sentence", () => {
    const [lead, middle] = EN_PROSE;
    expect(blocksOf(EN_BY, [lead, "Why it matters", middle, "Costs", ...closing]).slice(-4)).toEqual([
      "heading:Costs",
      ...closing.map((sentence) => `paragraph:${sentence}`),
    ]);
    const four = [...closing, "Meetings start in June."];
    expect(headingsOf(EN_BY, [lead, "Why it matters", middle, "Costs", ...four])).toContain("heading:Costs");
  });

  it("reads a word over a longer run of short sentences as before: a box's label", () => {
    const [lead, middle] = EN_PROSE;
    const five = [...closing, "Meetings start in June.", "Plans are on show at the town hall."];
    expect(headingsOf(EN_BY, [lead, "Why it matters", middle, "Costs", ...five])).not.toContain("heading:Costs");
  });
});

describe("an FAQ's longer question among shorter ones, each standing alone over its answer", () => {
  const answer = "About a year, the council expects, if the spring weather holds up as planned by the builders.";
  const shortOnes = ["How long will the work take?", "Will the old market stalls stay?"] as const;
  const longer = "What happens to the traders who have worked in the old hall?";

  it("heads its answer as the shorter questions do", () => {
    const [lead] = EN_PROSE;
    const body = [lead, shortOnes[0], answer, longer, answer, shortOnes[1], answer];
    expect(headingsOf(EN_BY, body)).toEqual([...shortOnes.slice(0, 1), longer, shortOnes[1]].map((q) => `heading:${q}`));
  });

  it("stays a paragraph with one shorter question or none beside it", () => {
    const [lead, middle] = EN_PROSE;
    expect(headingsOf(EN_BY, [lead, shortOnes[0], answer, longer, answer])).not.toContain(`heading:${longer}`);
    expect(headingsOf(EN_BY, [lead, longer, answer, middle])).not.toContain(`heading:${longer}`);
  });
});

describe("an FAQ's question of thirteen to sixteen words among shorter ones", () => {
  const answer = "About a year, the council expects, if the spring weather holds up as planned by the builders.";
  const shortOnes = ["How long will the work take?", "Will the old market stalls stay?"] as const;
  const longer = "What happens to the traders who have worked in the old hall for years?";
  const dutch = "Wat gebeurt er met de handelaren die al hun hele leven in de oude hal werken?";

  it("heads its answer as the shorter questions do, in English and Dutch", () => {
    const [lead] = EN_PROSE;
    expect(headingsOf(EN_BY, [lead, shortOnes[0], answer, longer, answer, shortOnes[1], answer])).toContain(`heading:${longer}`);
    const [eerste, tweede] = ["Hoe lang duurt het werk?", "Blijven de oude kramen?"] as const;
    const antwoord = "Ongeveer een jaar, verwacht de gemeente, als het voorjaarsweer meezit zoals de bouwers hebben gepland.";
    const opening = "De gemeente heeft maandag besloten de oude markthal als bibliotheek te heropenen, na jaren van discussie.";
    const body = [opening, eerste, antwoord, dutch, antwoord, tweede, antwoord];
    expect(headingsOf("Door Sanne de Wit\n12 maart 2026", body)).toContain(`heading:${dutch}`);
  });

  it("stays a paragraph past sixteen words, or numbered by a count glued onto it, as a spaced count's is", () => {
    const [lead] = EN_PROSE;
    const tooLong = "What happens to the traders who have worked in the old hall for most of their lives?";
    expect(headingsOf(EN_BY, [lead, shortOnes[0], answer, tooLong, answer, shortOnes[1], answer])).not.toContain(`heading:${tooLong}`);
    const glued = "2.Why will the traders who worked in the old hall move out first?";
    expect(headingsOf(EN_BY, [lead, shortOnes[0], answer, glued, answer, shortOnes[1], answer])).not.toContain(`heading:${glued}`);
  });
});

describe("a paragraph asking its question after a statement, set apart among an FAQ's short questions", () => {
  const answer = "About a year, the council expects, if the spring weather holds up as planned by the builders.";
  const shortOnes = ["How long will the work take?", "Will the old market stalls stay?"] as const;
  const faq = (line: string) => [EN_PROSE[0], shortOnes[0], answer, line, answer, shortOnes[1], answer];

  it("stays a paragraph when it holds two sentences or a clause leading into its question", () => {
    const twoSentences = "That is the real question. Who pays when the reserve runs out in ten years?";
    expect(headingsOf(EN_BY, faq(twoSentences))).not.toContain(`heading:${twoSentences}`);
    const colon = "One question remains for the council: who pays when the reserve runs out in ten years?";
    expect(headingsOf(EN_BY, faq(colon))).not.toContain(`heading:${colon}`);
    const semicolon = "The stalls will be gone by spring; but where will the traders sell their goods next year?";
    expect(headingsOf(EN_BY, faq(semicolon))).not.toContain(`heading:${semicolon}`);
    const spanish = "Esa es la verdadera pregunta. ¿Quién pagará cuando el remanente se agote dentro de diez años?";
    expect(headingsOf(EN_BY, faq(spanish))).not.toContain(`heading:${spanish}`);
  });

  it("heads its answer when a capitalised label before a colon numbers it, as it numbers the short ones", () => {
    const labelled = "Question 2: What happens to the traders who have worked in the old hall for years?";
    const body = [EN_PROSE[0], `Question 1: ${shortOnes[0]}`, answer, labelled, answer, `Question 3: ${shortOnes[1]}`, answer];
    expect(headingsOf(EN_BY, body)).toContain(`heading:${labelled}`);
  });
});

describe("a sub-section's title under its heading that a name's shape would also fit", () => {
  it("heads its sub-section when a title's small word stands capitalised inside it, in English and French", () => {
    const [lead, middle, last] = EN_PROSE;
    for (const under of ["Pledges From Abroad", "Help From Far Away", "Letters With No Stamp"]) {
      const body = [lead, "The Long Road Ahead", middle, `Life On The Quay\n${under}`, last, "What Residents Say", middle];
      expect(headingsOf(EN_BY, body), under).toContain(`heading:${under}`);
    }
    const [tête, milieu, fin] = FR_PROSE;
    const corps = [tête, "Un Long Chantier", milieu, "La Vie Du Quai\nDons Avec Cœur", fin, "Ce Que Disent les Habitants", milieu];
    expect(headingsOf(FR_BY, corps)).toContain("heading:Dons Avec Cœur");
  });

  it("heads nothing with a name holding a particle, an epithet or a second name, or ending on such a word", () => {
    const [lead, middle, last] = EN_PROSE;
    const names = ["Ann Van Der Berg", "Juan De La Cruz", "Ali Bin Said", "Ben With", "Grace Fromm"];
    for (const under of [...names, "Catherine The Great", "Mary Queen Of Scots", "Tom And Ann Reed", "Anna Or Ben Price"]) {
      const body = [lead, "The Long Road Ahead", middle, `Life On The Quay\n${under}`, last, "What Residents Say", middle];
      expect(headingsOf(EN_BY, body), under).not.toContain(`heading:${under}`);
    }
  });
});

describe("an FAQ's longer question where a shorter one is answered by a short sentence", () => {
  const answer = "About a year, the council expects, if the spring weather holds up as planned by the builders.";
  const longer = "What happens to the traders who have worked in the old hall?";
  /** Two shorter questions, the first over prose; the second is answered by the case's short sentence. */
  const questions = ["How long will the work take?", answer, "Will it cost residents anything?"] as const;

  it("heads its answer: the briefly answered question counts for the run", () => {
    const [lead] = EN_PROSE;
    const body = [lead, ...questions, "The council pays for it.", longer, answer];
    expect(headingsOf(EN_BY, body)).toContain(`heading:${longer}`);
  });
});

describe("a sub-section's title shaped like a name, its words taken up in lower case by the paragraph under it", () => {
  /** A page with a title-case heading apart, then `section` over `under` packed, over `paragraph`. */
  const pageOf = (under: string, paragraph: string) => {
    const [lead, middle, last] = EN_PROSE;
    return [lead, "The Long Road Ahead", middle, `Life On The Quay\n${under}`, paragraph, "What Residents Say", last];
  };

  it("heads its sub-section, in English and French", () => {
    const rising = "Builders warned that rising costs for steel could push the final bill well above the first estimate.";
    expect(headingsOf(EN_BY, pageOf("Rising Costs", rising))).toContain("heading:Rising Costs");
    const storms = "The winter storms close the quay for days at a time, and the stalls move indoors until spring.";
    expect(headingsOf(EN_BY, pageOf("Winter Storms", storms))).toContain("heading:Winter Storms");
    const [tête, milieu, fin] = FR_PROSE;
    const budget = "Le budget reste serré, car le prix de l'acier a beaucoup augmenté depuis le premier devis de l'architecte.";
    const corps = [tête, "Un Long Chantier", milieu, "La Vie Du Quai\nBudget Serré", budget, "Ce Que Disent les Habitants", fin];
    expect(headingsOf(FR_BY, corps)).toContain("heading:Budget Serré");
  });

  it("heads nothing with a person's name the paragraph writes with its capitals, or a stop word it holds", () => {
    const cases = [
      ["Ada Lindqvist", "Ada Lindqvist, who chairs the market committee, said the traders had been told of the plan in May."],
      ["Owen Carradine", "Carradine has kept a stall in the hall for thirty years and says the traders were never asked."],
      ["Ben With", "The traders left with their stock in March, and the hall has stood empty since the last market day."],
    ] as const;
    for (const [under, paragraph] of cases) expect(headingsOf(EN_BY, pageOf(under, paragraph)), under).not.toContain(`heading:${under}`);
  });

  it("heads nothing with a person's name whose family name the paragraph writes as a common word, in English and French", () => {
    const baker = "Tom is the baker's son and has shaped the morning loaves in the hall since he was fifteen years old.";
    expect(headingsOf(EN_BY, pageOf("Tom Baker", baker))).not.toContain("heading:Tom Baker");
    const hill = "Rose keeps the flower stall and carries what is left up the hill to the care home every evening.";
    expect(headingsOf(EN_BY, pageOf("Rose Hill", hill))).not.toContain("heading:Rose Hill");
    const [tête, milieu, fin] = FR_PROSE;
    const vin = "Pierre a tenu l'étal du fond pendant vingt ans, après avoir été marchand de vin sur les quais de Lyon.";
    const corps = [tête, "Un Long Chantier", milieu, "La Vie Du Quai\nPierre Marchand", vin, "Ce Que Disent les Habitants", fin];
    expect(headingsOf(FR_BY, corps)).not.toContain("heading:Pierre Marchand");
  });
});
