import { describe, expect, it } from "vitest";
import { isControlLine } from "./boilerplate.js";

// Round hs102: an article's tool buttons copied as one line. Every line here is invented.
describe("a bar of an article's tools on one line", () => {
  it("is a control line in the languages Dateline reads when every part is a control; a tool's verb alone is none", () => {
    for (const line of [
      "print | e-mail this story | share",
      "drucken · versenden",
      "imprimer | envoyer",
      "imprimir | enviar",
      "stampa | invia",
      "drukuj | wyślij",
    ])
      expect(isControlLine(line), line).toBe(true);
    for (const line of [
      "drucken",
      "enviar",
      "print | online | radio",
      "imprimir | doblar | coser",
      "e-mail this story to the mayor | print",
    ])
      expect(isControlLine(line), line).toBe(false);
  });
});
