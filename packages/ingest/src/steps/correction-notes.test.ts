import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { isCorrectionNote } from "./boilerplate.js";

// Round ts108: a newsroom's correction or editor's note under or over the story is about it, not of it. Every line
// here is invented.
const HEAD = ["Home\tNews\tSport", "Harbour footbridge reopens after winter repairs", "By Nora Pike", "12 March 2025"];
const PARAS = [
  "The footbridge across the inner harbour reopened on Monday after four months of repairs to its rusted deck and railings.",
  "Engineers replaced forty steel plates and repainted the whole span in the town's traditional green.",
  "The council said the work came in under its budget of 1.2 million pounds.",
];
const FOOT = ["Share", "© 2025 Harbour News"];
const page = (story: readonly string[]) => [...HEAD, ...story, ...FOOT].join("\n\n");
const paragraphs = (text: string) => fromText(text).body.flatMap((block) => (block.type === "paragraph" ? [block.text] : []));

describe("a correction or editor's note", () => {
  it.each([
    ["a correction", "Correction: An earlier version of this article said the bridge reopened on Tuesday. It reopened on Monday."],
    ["an editor's note", "Editor's note: This story was updated to include the council's figures on the final cost."],
    ["a dated correction", "Correction, 13 March 2025: An earlier version of this article gave the wrong number of steel plates."],
    ["a day in brackets", "Clarification (14 March): The council's figure includes the cost of repainting the railings."],
    ["a dash after the label", "Editor's note — This story has been changed to remove the name of a witness."],
    ["French", "Note de la rédaction : cet article a été complété avec les chiffres de la mairie."],
    ["Spanish", "Nota del editor: este artículo se actualizó con las cifras del ayuntamiento."],
    ["Polish", "Sprostowanie: we wcześniejszej wersji artykułu podaliśmy, że kładkę otwarto we wtorek."],
    ["Ukrainian", "Виправлення: у попередній версії статті йшлося, що міст відкрили у вівторок."],
  ])("under the story (%s) is cut, the story's closing sentence kept", (_kind, note) => {
    expect(paragraphs(page([...PARAS, note])).at(-1)).toBe(PARAS.at(-1));
    // A closing sentence opening with the label's word, with no colon after it, is the story's.
    const closing = "Correction officers from the nearby prison helped to clear the snow from the bridge in January.";
    expect(isCorrectionNote(note.toLowerCase())).toBe(true);
    expect(paragraphs(page([...PARAS, closing])).at(-1)).toBe(closing);
  });

  it("over the story is the header's, while a labelled note with story under it on the way down stays", () => {
    const note = "Correction: An earlier version of this article said the bridge reopened on Tuesday.";
    const body = paragraphs(page([note, ...PARAS]));
    expect(body[0]).toBe(PARAS[0]);
    expect(body).not.toContain(note);
    // Between the story's paragraphs it is not cut: only the story's foot and head hold such notes.
    expect(paragraphs(page([PARAS[0]!, note, ...PARAS.slice(1)]))).toContain(note);
  });

  it.each([
    ["the label's word as a noun", "Correction officers said the prison would reopen the wing in May."],
    ["its plural", "Corrections to the timetable will be published next week."],
    ["a noun with its complement", "Clarification of the tolls will come when the council meets again in April."],
    ["an earlier version of something else", "An earlier version of the plan had the bridge in steel and glass."],
    // Unlabelled, a note on the article stays its text, as the dev sets' annotators keep it (round bd99).
    ["an unlabelled note", "An earlier version of this story misstated the length of the repairs."],
  ])("is not the story's own sentence worded alike (%s), kept as its last paragraph", (_kind, line) => {
    expect(isCorrectionNote(line.toLowerCase())).toBe(false);
    expect(paragraphs(page([...PARAS, line])).at(-1)).toBe(line);
  });
});

// Review of round ts108: labelled lines that are the story's own, where no note on the article stands.
describe("a label like a correction's that opens the story's own line", () => {
  const STORY_HEAD = ["Money Desk\tMarkets", "Shares slide for a fourth day", "By Ada Quist", "8 June 2025"];
  const storyPage = (head: readonly string[], story: readonly string[]) => [...head, ...story, ...FOOT].join("\n\n");

  it.each([
    ["an aside between dashes", "Clarification — not confrontation — is what the tenants want from the council, its chair said."],
    ["a speaker after a comma", "Corrections, the council admits: they come too late for the summer timetable."],
  ])("is no note (%s), kept as the story's last paragraph", (_kind, line) => {
    expect(isCorrectionNote(line.toLowerCase())).toBe(false);
    expect(paragraphs(page([...PARAS, line])).at(-1)).toBe(line);
  });

  it.each([
    [
      "a glossary",
      [
        PARAS[0]!,
        "Bear market: a fall of twenty per cent or more from a recent peak.",
        "Correction: a fall of ten per cent or more from a recent peak.",
      ],
    ],
    [
      "a list of rule changes",
      [PARAS[0]!, "Change: only captains may approach the referee.", "Clarification: a deliberate handball by an attacker is an offence."],
    ],
    [
      "a corrections column",
      [
        "Correction: An article on Monday gave the wrong departure point. Ferries leave from the south quay.",
        "Correction: A caption on Tuesday misnamed the harbour master. She is Ruth Fenwick, not Ruth Fenwright.",
        "Clarification: A report on Tuesday said funding was cut by 5%. The cut applies only to new buildings.",
      ],
    ],
  ])("under a labelled item or note, not a story's paragraph (%s), is the list's last item", (_kind, story) => {
    expect(paragraphs(storyPage(STORY_HEAD, story)).at(-1)).toBe(story.at(-1));
  });

  it("under a live entry's time is the entry", () => {
    const entry = "Correction: An earlier post misnamed the operator's spokesman.";
    const live = [PARAS[0]!, "10:20", PARAS[1]!, "09:05", entry];
    expect(paragraphs(storyPage(STORY_HEAD, live)).at(-1)).toBe(entry);
  });

  it.each([
    ["a question heading the first section", STORY_HEAD, ["Correction: how far could prices fall?", ...PARAS]],
    [
      "an apology page's notice",
      ["Daily Record\tNews", "Apology and correction: Cllr Ann Avery", "4 June 2025"],
      [
        "Correction: In an article on 12 May we wrongly reported that Cllr Ann Avery voted against the scheme.",
        "In fact Cllr Avery voted in favour of the scheme. We apologise to her for the error and for any distress caused.",
      ],
    ],
  ])("over the story is the story's (%s)", (_kind, head, story) => {
    expect(fromText(storyPage(head, story)).body.some((block) => "text" in block && block.text === story[0])).toBe(true);
  });
});
