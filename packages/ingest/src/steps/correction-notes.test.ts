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
