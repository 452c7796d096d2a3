import type { Block } from "@dateline/schema";
import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { completeHeadingSeries } from "./heading-series.js";

/** The sub-headings read from a page given as its lines, in `language`. */
function headingsOf(page: readonly string[], language: string): string[] {
  return fromText(page.join("\n"), { meta: { inLanguage: language } })
    .body.filter((block) => block.type === "heading")
    .map((block) => block.text);
}

/** A guide's page: its title, byline and lead, then each entry standing apart over its paragraph. */
function guide(title: string, lead: string, entries: readonly (readonly [string, string])[]): string[] {
  return ["Home", "", title, "", "By Jane Miller", "", lead, "", ...entries.flatMap(([entry, text]) => [entry, "", text, ""])];
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

const PIERS = [
  "Every winter the harbour office closes one of its three piers for repairs, and the plan is drawn up months ahead with the operators.",
  "The north pier is the oldest of the three and needs new planks along most of its length, which the crew will replace in December.",
  "The operators agreed to move their boats for the month, and the harbour master said the change would not add time to the crossings.",
  "The east pier only needs new lights this year, and the work will be done at night so that the fishing boats can keep using it.",
] as const;

describe("a heading series' missing entry", () => {
  it("reads an entry too long for a heading as one when the headings numbered either side of it stand around it", () => {
    const longStep = "Schritt 2: Das Holz zuschneiden und die Bretter für die vier Seiten des Kastens mit Winkeln verschrauben";
    const german = guide("So bauen Sie ein Hochbeet für den Balkon", BALCONY[0], [
      ["Schritt 1: Den richtigen Platz finden", BALCONY[1]],
      [longStep, BALCONY[2]],
      ["Schritt 3: Mit Erde füllen", BALCONY[3]],
    ]);
    expect(headingsOf(german, "de")).toEqual(["Schritt 1: Den richtigen Platz finden", longStep, "Schritt 3: Mit Erde füllen"]);
    const longStage = "Étape 2 : graisser la chaîne et vérifier chaque maillon avant de remonter la roue arrière sur le cadre";
    const french = guide("Comment préparer son vélo pour l'hiver", WINTER[0], [
      ["Étape 1 : nettoyer le cadre", WINTER[1]],
      [longStage, WINTER[2]],
      ["Étape 3 : contrôler les freins", WINTER[3]],
    ]);
    expect(headingsOf(french, "fr")).toEqual(["Étape 1 : nettoyer le cadre", longStage, "Étape 3 : contrôler les freins"]);
  });

  it("opens a series with a long first entry when the second is a heading, and closes one with a long last entry", () => {
    const first = "1. The north pier, the oldest of the three, gets new planks along most of its length";
    const last = "4. The east pier only needs new lights this year, fitted at night while the boats are out";
    const page = guide("How the harbour plans its winter repairs", PIERS[0], [
      [first, PIERS[1]],
      ["2. The south pier", PIERS[2]],
      ["3. The fuel jetty", PIERS[2]],
      [last, PIERS[3]],
    ]);
    expect(headingsOf(page, "en")).toEqual([first, "2. The south pier", "3. The fuel jetty", last]);
  });

  it("keeps as text an entry that finishes a sentence, one of another series' mark, and a lone heading's neighbour", () => {
    const sentence = guide("How the harbour plans its winter repairs", PIERS[0], [
      ["1. The north pier", PIERS[1]],
      ["2. Boats will use the south pier in January. The ferry timetable stays the same.", PIERS[2]],
      ["3. The east pier", PIERS[3]],
    ]);
    expect(headingsOf(sentence, "en")).toEqual(["1. The north pier", "3. The east pier"]);
    const otherMark = guide("How the harbour plans its winter repairs", PIERS[0], [
      ["1. The north pier", PIERS[1]],
      ["2) The boats move to the south pier for the whole of January while the planks are replaced", PIERS[2]],
      ["3. The east pier", PIERS[3]],
    ]);
    expect(headingsOf(otherMark, "en")).toEqual(["1. The north pier", "3. The east pier"]);
    const lone = guide("How the harbour plans its winter repairs", PIERS[0], [
      ["1. The north pier", PIERS[1]],
      ["2. The boats move to the south pier for the whole of January while the planks are replaced", PIERS[2]],
    ]);
    expect(headingsOf(lone, "en")).toEqual(["1. The north pier"]);
  });

  it("takes a caption alone for the missing entry, not a picture's caption with its credit, nor a number out of place", () => {
    const body: Block[] = [
      { type: "heading", text: "Mistake 1: Paying the first price", level: 2 },
      { type: "figure", caption: "Mistake 2: Signing before reading every page of the contract" },
      { type: "heading", text: "Mistake 3: Borrowing more than needed", level: 2 },
      { type: "figure", caption: "Mistake 4: The bank's office on the square", credit: "Ada Fenwick" },
      { type: "paragraph", text: "Mistake 7: Forgetting the fees" },
      { type: "heading", text: "Mistake 5: Forgetting the fees", level: 2 },
    ];
    completeHeadingSeries(body);
    expect(body.map((block) => block.type)).toEqual(["heading", "heading", "heading", "figure", "paragraph", "heading"]);
    expect(body[1]).toEqual({ type: "heading", text: "Mistake 2: Signing before reading every page of the contract", level: 2 });
  });
});
