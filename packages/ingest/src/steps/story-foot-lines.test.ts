import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { isStoryNote } from "./boilerplate.js";

// Round nt99: the story's short last lines, a most-read heading, Greek prompts and it/pt/nl notes. All invented.
const HEAD = "Harbour council approves new pier after long dispute";
const PARAS = [
  "The harbour council approved a new passenger pier on Tuesday after two years of objections from fishermen.",
  "Work is due to start in the autumn and the pier should open to ferries within eighteen months, the council said.",
];
const FOOT = "© 2026 Harbour Gazette. All rights reserved.";
const lastParagraph = (last: string) => fromText([HEAD, ...PARAS, last, FOOT].join("\n\n")).body.at(-1);

describe("a story's short last line at its foot", () => {
  it.each(["He was 84.", "She died.", "Continuará.", "À suivre.", "Continua.", "Wordt vervolgd."])("stays the story's: %s", (last) => {
    expect(lastParagraph(last)).toMatchObject({ text: last });
  });

  it.each(["Most read today.", "Meistgelesen heute.", "Continue.", "Continua", "Read more.", "Log in."])("chrome is cut: %s", (line) => {
    expect(lastParagraph(line)).toMatchObject({ text: PARAS.at(-1) });
  });
});

// Review of nt99: a pronoun counts only in the page's language and before a word in lower case.
const IT_HEAD = "Il consiglio del porto approva il nuovo molo";
const IT_PARAS = [
  "Il consiglio del porto ha approvato martedì un nuovo molo per i passeggeri dopo due anni di obiezioni dei pescatori.",
  "I lavori dovrebbero iniziare in autunno e il molo dovrebbe aprire ai traghetti entro diciotto mesi, ha detto il consiglio.",
];
const italianLastParagraph = (last: string) => fromText([IT_HEAD, ...IT_PARAS, last, FOOT].join("\n\n")).body.at(-1);

describe("a short last line opening on another language's pronoun or on a title", () => {
  it.each(["It Girl.", "They Live.", "Elle Déco."])("is cut under an English story: %s", (line) => {
    expect(lastParagraph(line)).toMatchObject({ text: PARAS.at(-1) });
  });

  it.each(["Il meteo.", "Il blog."])("is cut under an Italian story: %s", (line) => {
    expect(italianLastParagraph(line)).toMatchObject({ text: IT_PARAS.at(-1) });
  });

  it("stays the Italian story's on its own pronoun: Lei pianse.", () => {
    expect(italianLastParagraph("Lei pianse.")).toMatchObject({ text: "Lei pianse." });
  });
});

describe("Greek calls to comment and Italian, Portuguese and Dutch notes", () => {
  it.each([
    "Τι πιστεύετε εσείς; Γράψτε μας στα σχόλια.",
    "Τι πιστεύετε εσείς\u037e Γράψτε μας στα σχόλια.",
    "Ποια είναι η γνώμη σας; Πείτε μας στα σχόλια.",
    "Questo articolo è stato aggiornato il 12 marzo.",
    "Este artigo foi traduzido do inglês por Ana Costa.",
    "Dit artikel is op 12 maart bijgewerkt.",
    // A note names who updated the page (nt98's review): the newsroom's nouns cannot be told from another agent's.
    "Questo articolo è stato aggiornato dalla redazione esteri.",
    "Este artigo foi atualizado pela agência de notícias.",
    // The note's account of why the page changed, not a statement (review of nt99).
    "Questo articolo è stato aggiornato, dopo che il comune ha detto di voler ricorrere.",
    "Dit artikel is bijgewerkt, nadat de gemeente meldde dat ze in beroep gaat.",
  ])("is a note: %s", (line) => {
    expect(isStoryNote(line.toLowerCase())).toBe(true);
  });

  it.each([
    "Οι αναγνώστες μας έγραψαν εκατοντάδες μηνύματα στα σχόλια.",
    "Θα ανοίξει η προβλήτα εγκαίρως; Κανείς δεν το ξέρει ακόμη.",
    "Γιατί; Οι αναγνώστες μας απάντησαν στα σχόλια.",
    "Questo testo è stato aggiornato nel 2019, ha detto il ministero della salute.",
    "Dit artikel is in 2019 bijgewerkt, zei de minister van volksgezondheid.",
    "Dit artikel is in twintig talen vertaald.",
    "Questo articolo sarà aggiornato ogni anno, ha detto la portavoce del porto.",
  ])("is the story's sentence: %s", (line) => {
    expect(isStoryNote(line.toLowerCase())).toBe(false);
  });
});
