import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { isStoryNote } from "./boilerplate.js";

// Round nt98: a line worded as a newsroom's note that is the story's own sentence. Every line here is invented.
const HEAD = "Harbour council approves new pier after long dispute";
const PARAS = [
  "The harbour council approved a new passenger pier on Tuesday after two years of objections from fishermen.",
  "Work is due to start in the autumn and the pier should open to ferries within eighteen months, the council said.",
];
const LEAD = "NORDHAVEN, 12 March 2026 – The harbour council approved a new passenger pier on Tuesday after two years.";

describe("a note on the page itself, not a story's sentence worded alike", () => {
  it.each([
    "Dieser Beitrag wird ab Juli auf zwölf Euro aktualisiert, teilte die Kasse mit.",
    "Cet article sera mis à jour dès l'an prochain par un décret, a promis la ministre.",
    "This story was translated into forty languages before the war.",
    "Este texto fue traducido a treinta idiomas y firmado en Ginebra.",
    "Dieser Text wurde in mehr als 30 Sprachen übersetzt, darunter Arabisch.",
    "This post will be updated to forty dollars a month from July.",
    "Dieser Text wird im Herbst von der Stadtverwaltung aktualisiert, sagte die Sprecherin.",
    "Este texto será actualizado cada año, dijo la portavoz del puerto.",
  ])("the story's sentence is no note: %s", (line) => {
    expect(isStoryNote(line.toLowerCase())).toBe(false);
  });

  it.each([
    "This article was translated from Spanish by Ana Ruiz.",
    "This story will be updated by the end of the day.",
    "Dieser Artikel wurde von der Redaktion am Mittwochabend aktualisiert.",
    "Cet article a été mis à jour par la rédaction le 12 mars à 18 h.",
    "Esta información ha sido actualizada por la redacción a las 18.00.",
    "This article was translated by an AI tool and reviewed by our editors.",
    "This story was translated into English by our foreign desk.",
    "This article has been updated to include a response from the company, which said it would appeal.",
    // Review of nt98: an agent, an amount, a few languages or a clause telling why the page changed keep a note a note.
    "This story has been updated by the Associated Press.",
    "This story has been updated with a statement issued by the school board.",
    "Cet article a été mis à jour par le service Société.",
    "Este artículo fue traducido del inglés por el equipo de Internacional.",
    "Dieser Artikel wurde von der Online-Redaktion aktualisiert.",
    "This article was updated to reflect new figures of 12 %.",
    "Este artículo ha sido actualizado para corregir la cifra: son 3 millones de euros.",
    "This article has been translated into several languages by our team.",
    "Dieser Artikel wurde aktualisiert und ist auch in anderen Sprachen verfügbar.",
    "This article was updated on May 5, 2026, to include what the superintendent said at the meeting.",
    "Cet article a été mis à jour le 5 mai, après que le ministère a précisé ses chiffres.",
    "This article has been updated to add details, including what parents told the board.",
  ])("a newsroom's note still is: %s", (line) => {
    expect(isStoryNote(line.toLowerCase())).toBe(true);
  });

  it("keeps such a sentence as the story's last paragraph and cuts a true note", () => {
    const last = "This article will be updated by the ministry of transport after the autumn review, officials promised.";
    expect(fromText([HEAD, ...PARAS, last].join("\n\n")).body.at(-1)).toMatchObject({ text: last });
    const note = "This story has been updated with a statement from the council.";
    expect(fromText([HEAD, ...PARAS, note].join("\n\n")).body.at(-1)).toMatchObject({ text: PARAS.at(-1) });
  });

  it("takes such a sentence under the headline for the description, not a true note", () => {
    const deck = "This article will be updated by the ministry next spring, the minister said on Tuesday.";
    expect(fromText([HEAD, deck, LEAD, PARAS[1]].join("\n\n")).description).toBe(deck);
    const note = "This story has been updated with a statement from the council.";
    expect(fromText([HEAD, note, LEAD, PARAS[1]].join("\n\n")).description).not.toBe(note);
  });
});
