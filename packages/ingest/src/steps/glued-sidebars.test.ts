import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { segment } from "./segment.js";

/** Invented pages: a ferry story with a ranked "most read" box glued into it, and one with such a box at its foot. */
const HEADLINE = "Harbour ferry to run all winter";
const LEAD = "The harbour ferry will keep running through the winter months after the council agreed to pay for the crossings.";
const SECOND = "Passengers had asked for the service for years and the operator said the boats were ready to sail.";
const CLOSE = "The council will look again at the timetable in the spring and may add an evening crossing.";
const BOX = "Most read\n1 Man fined for fly-tipping\n2 New café opens on the quay\n3 School wins chess cup";
const page = (...blocks: string[]) => `${blocks.join("\n\n")}\n`;
const paragraphs = (text: string) =>
  fromText(text, { source: "p.txt" })
    .body.filter((block) => block.type === "paragraph")
    .map((block) => block.text);

describe("a ranked sidebar glued into the page", () => {
  it("is no headline between the headline and the byline", () => {
    const text = page("Harbour Times", HEADLINE, BOX, "By Ada Lee", "4 March 2025", LEAD, SECOND, CLOSE);
    expect(fromText(text, { source: "p.txt" }).headline).toBe(HEADLINE);
  });

  it("ends no story between two sections, its ranks on lines of their own", () => {
    const box = "Les plus lus\n1\nUn café ouvre sur le quai\n2\nL'école gagne la coupe d'échecs";
    const text = page(HEADLINE, "By Ada Lee", "4 March 2025", LEAD, SECOND, box, "What comes next", CLOSE);
    const body = fromText(text, { source: "p.txt" }).body;
    expect(body.at(-1)).toEqual({ type: "paragraph", text: CLOSE });
    expect(JSON.stringify(body)).not.toContain("café");
  });

  it("still ends the story at the page's foot", () => {
    expect(paragraphs(page(HEADLINE, "By Ada Lee", "4 March 2025", LEAD, SECOND, CLOSE, BOX, "© 2025 Harbour Times")).at(-1)).toBe(CLOSE);
  });

  it("still ends the story where its own cards follow it, a title printed again over its sentence", () => {
    const cards = ["Man fined for fly-tipping", "A farmer found the rubbish dumped on a track near the village last week."];
    const text = page(HEADLINE, "By Ada Lee", "4 March 2025", LEAD, SECOND, CLOSE, BOX, ...cards, "© 2025 Harbour Times");
    expect(paragraphs(text).at(-1)).toBe(CLOSE);
  });

  it("keeps its label ending the story where its numbered lines are sentences (a how-to's steps)", () => {
    const steps = "Most read\n1 Turn the heating off.\n2 Open the valve with the key.\n3 Close it when water comes out.";
    expect(paragraphs(page(HEADLINE, "By Ada Lee", "4 March 2025", LEAD, SECOND, steps, "What comes next", CLOSE))).not.toContain(CLOSE);
  });

  it("is cut from a headline or a sentence it was glued onto after a tab", () => {
    const text = page(`${HEADLINE}\tMost read`, "By Ada Lee", "4 March 2025", `${LEAD}\tMeistgelesen`, SECOND, CLOSE);
    const article = fromText(text, { source: "p.txt" });
    expect(article.headline).toBe(HEADLINE);
    expect(paragraphs(text)).toEqual([LEAD, SECOND, CLOSE]);
  });

  it("still ends the story at the foot over a footer's blurb, a comment or the next story", () => {
    const blurb = "The Harbour Times is an independent paper owned by a trust that has served the island since 1902.";
    const comment = ["Ann Hale\n5 March 2025 at 10:12", "The ferry matters to every one of us who lives out here on the island."];
    const next = ["Lifeboat crew honoured", "By Tom Reed", "3 March 2025", "The lifeboat crew won an award for a rescue.", blurb];
    for (const under of [[blurb, "© 2025 Harbour Times"], comment, next]) {
      expect(paragraphs(page(HEADLINE, "By Ada Lee", "4 March 2025", LEAD, SECOND, CLOSE, BOX, ...under)).at(-1)).toBe(CLOSE);
    }
  });

  it("leaves a ranked answer glued onto a question after a tab (a quiz)", () => {
    const quiz = "Which island has the oldest ferry in the county?\t1 Arran";
    expect(segment(quiz).map((line) => line.text)).toEqual(["Which island has the oldest ferry in the county? 1 Arran"]);
  });

  it("leaves a two-column table's header whole where its column is a comment count", () => {
    const table = "Name of the school in the district\tComments\nHarbour primary school on the hill\t12";
    expect(segment(table).map((line) => line.text)).toEqual([
      "Name of the school in the district Comments",
      "Harbour primary school on the hill 12",
    ]);
  });

  it("leaves a table's rows whole", () => {
    const table = "Desk\tComments\nHarbour news\t12\nCouncil news\t4";
    expect(segment(table).map((line) => line.text)).toEqual(["Desk Comments", "Harbour news 12", "Council news 4"]);
  });
});
