import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { joinDropCaps } from "./drop-cap.js";
import { segment } from "./segment.js";

/** The lines' texts once drop caps are joined, the page read as `language`. */
const joinedTexts = (page: readonly string[], language = "en") => joinDropCaps(segment(page.join("\n")), language).map((line) => line.text);

const FERRY = "n a clear night the boat leaves the quay at eleven and has never once stayed in port.";
const MORE = "The crew of four know every buoy on the crossing, and the captain fears fog less than forms.";

describe("drop caps copied on a line of their own", () => {
  it("joins the capital to the lower-case paragraph under it, packed or set apart, and renumbers the lines", () => {
    expect(joinedTexts(["O", FERRY, "", MORE])).toEqual([`O${FERRY}`, MORE]);
    // The joined line is packed under the line above as the capital was, and set apart below as the paragraph was.
    const lines = joinDropCaps(segment(["A ferry story in brief.", "O", "", FERRY, "", MORE].join("\n")), "en");
    expect(lines.map((line) => [line.index, line.text.slice(0, 4), line.blankBefore, line.blankAfter])).toEqual([
      [0, "A fe", true, false],
      [1, "On a", false, true],
      [2, "The ", true, true],
    ]);
  });

  it("joins a quoted capital, and capitals in Cyrillic and Greek", () => {
    expect(joinedTexts(["“W", "e never thought the water would come this far,” says the baker by the ovens."])[0]).toMatch(/^“We never/);
    // Neither "вечером" nor "κάθε" is a stop word: each is known as a word because the page uses it again.
    const russian = [
      "В",
      "ечером на набережной собираются рыбаки и до темноты спорят о погоде и о рыбе.",
      "Так бывает каждый день и вечером.",
    ];
    expect(joinedTexts(russian, "ru")[0]).toMatch(/^Вечером/);
    const greek = ["Κ", "άθε πρωί το πλοιάριο φεύγει από την όχθη στις έξι και δεν έχει χάσει δρομολόγιο.", "Έτσι κάθε μέρα."];
    expect(joinedTexts(greek, "el")[0]).toMatch(/^Κάθε/);
  });

  it("leaves list markers, labels, a poem's word, chess notes and a short line under a capital apart", () => {
    const quiz = [
      "A",
      "mitochondria, the small bodies that turn food into energy inside each cell.",
      "B",
      "ribosomes, the small bodies that build the cell's proteins from its own code.",
    ];
    expect(joinedTexts(quiz)).toEqual(quiz);
    const poem = ["I", "am the water under the boat and the lamp that burns on the quay all night."];
    expect(joinedTexts(poem)).toEqual(poem);
    const chess = ["K", "e1 to g1, castling on the king's side in the twelfth move, which surprised all."];
    expect(joinedTexts(chess)).toEqual(chess);
    const initial = ["J", "smith, Old Town"];
    expect(joinedTexts(initial)).toEqual(initial);
    const unfinished = ["J", "smith and partners, builders of boats and quays on the east coast since 1921"];
    expect(joinedTexts(unfinished)).toEqual(unfinished);
    const glossary = ["A", "Aft: towards the back of the boat, the part the captain watches at the quay."];
    expect(joinedTexts(glossary)).toEqual(glossary);
  });

  it("joins only where the capital and the rest make a word, a stop word or one the page uses elsewhere", () => {
    const farmers = "armers in the valley waited three summers for the rain to come back to their fields.";
    expect(joinedTexts(["F", farmers, "The farmers say the wells are full again."])[0]).toBe(`F${farmers}`);
    expect(joinedTexts(["F", farmers])[0]).toBe("F");
    // A capital that is a word or a label of its own over a line opening with a whole word: joined, no word.
    const apart = [
      ["I", "wandered the quay every night until the last boat came in at eleven."],
      ["A", "honestly, nobody expected the river to rise so fast that night in the town."],
      ["V", "aftermath and recovery in the long years after the flood of the valley."],
    ];
    for (const page of apart) expect(joinedTexts(page)).toEqual(page);
    const polish = ["W", "poniedziałek rano burmistrz zwołał zebranie wszystkich mieszkańców tej dzielnicy."];
    expect(joinedTexts(polish, "pl")).toEqual(polish);
  });

  it("reads the joined paragraph as the story's first, with no heading made of the capital", () => {
    const page = ["The night ferry that never missed a crossing", "", "By Mara Lind", "March 3, 2026", "", "O", "", FERRY, "", MORE];
    const body = fromText(page.join("\n")).body.map((block) => ("text" in block ? `${block.type}: ${block.text}` : block.type));
    expect(body).toEqual([`paragraph: O${FERRY}`, `paragraph: ${MORE}`]);
  });
});
