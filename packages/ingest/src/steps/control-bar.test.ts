import { describe, expect, it } from "vitest";
import { isControlLine } from "./boilerplate.js";

// Round hs102: an article's tool buttons copied as one line. Every line here is invented.
const TOOL_BARS = [
  "print | e-mail this story | share",
  "drucken · versenden",
  "imprimer | envoyer",
  "imprimir | enviar",
  "stampa | invia",
  "drukuj | wyślij",
];
/** A tool's verb alone heads a story's section; a bar with one part that is no control is a line of the story. */
const NOT_BARS = ["drucken", "enviar", "print | online | radio", "imprimir | doblar | coser", "e-mail this story to the mayor | print"];

describe("a bar of an article's tools on one line", () => {
  it("is a control line in the languages Dateline reads when every part is a control; a tool's verb alone is none", () => {
    expect(TOOL_BARS.filter((line) => !isControlLine(line))).toEqual([]);
    expect(NOT_BARS.filter((line) => isControlLine(line))).toEqual([]);
  });
});
