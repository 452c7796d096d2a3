import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { isControlLine } from "./boilerplate.js";
import { creditOnly } from "./caption.js";

/** Invented story paragraphs, in English, German and Polish, for lines set between them. */
const STORY = {
  en: [
    "The old rope works by the river stood empty for twelve years before the town voted last spring to make it a museum.",
    "Its curator says the three halls will show the machines, the ledgers of the firm and photographs lent by families.",
    "Many families in the valley still remember a grandparent who twisted rope there, and several have offered their tools.",
  ],
  de: [
    "Die alte Seilerei am Fluss stand zwölf Jahre leer, bevor der Gemeinderat im vergangenen Frühjahr den Umbau beschloss.",
    "Nach Angaben der Kuratorin sollen die drei Hallen die Maschinen, die Geschäftsbücher und Fotos der Familien zeigen.",
    "Viele Familien im Tal erinnern sich an Großeltern, die dort Seile gedreht haben, und mehrere haben Werkzeug angeboten.",
  ],
  pl: [
    "Stara powroźnia nad rzeką stała pusta przez dwanaście lat, zanim radni zdecydowali wiosną o jej przebudowie na muzeum.",
    "Według kuratorki w trzech halach staną maszyny, księgi rachunkowe firmy i zdjęcia wypożyczone przez rodziny z doliny.",
    "Wiele rodzin w dolinie pamięta dziadków, którzy kręcili tu liny, a kilka z nich zaoferowało muzeum swoje narzędzia.",
  ],
};
const HEADER = {
  en: ["Home News Valley Culture", "", "Rope works to reopen as a museum", "", "May 4, 2026"],
  de: ["Startseite Region Kultur Sport", "", "Alte Seilerei wird zum Museum", "", "4. Mai 2026"],
  pl: ["Strona główna Region Kultura", "", "Stara powroźnia zostanie muzeum", "", "4 maja 2026"],
};

/** A page whose story holds `lines` (each a block of its own) after its second paragraph and `foot` under its last. */
function page(language: keyof typeof STORY, lines: string[], foot: string[] = []): string {
  const [first, second, third] = STORY[language];
  return [...HEADER[language], "", first, "", second, "", ...lines.flatMap((line) => [line, ""]), third, "", ...foot].join("\n");
}

function blocks(text: string): Array<[string, string]> {
  return fromText(text, { source: "p.txt" }).body.map((block) => [
    block.type,
    "text" in block ? String(block.text) : "caption" in block ? String(block.caption) : "",
  ]);
}

describe("a credit set apart with its label and no colon", () => {
  it("is read as a credit: a name after Polish 'Fot.', an agency or slashed names after a picture's word", () => {
    expect(creditOnly("Fot. Ewa Lis")).toEqual({ credit: "Ewa Lis", labelled: true });
    expect(creditOnly("fot. Ewa Lis / Kurier Doliny")).toEqual({ credit: "Ewa Lis / Kurier Doliny", labelled: true });
    expect(creditOnly("Photo AFP")).toEqual({ credit: "AFP", labelled: true });
    expect(creditOnly("Foto Reuters")).toEqual({ credit: "Reuters", labelled: true });
    expect(creditOnly("Bild Ida Berg/Museum")).toEqual({ credit: "Ida Berg/Museum", labelled: true });
  });

  it("leaves a picture's word before a name alone, a title, and a bracketed credit alone undecided", () => {
    for (const text of ["Photo Finish Line", "Foto Der Woche", "Photo de famille", "(photo AFP)", "Fot. i film"])
      expect(creditOnly(text), text).toBeUndefined();
  });

  it("stands as a figure, not a heading, between a story's paragraphs", () => {
    const read = blocks(page("pl", ["Hala maszyn w dawnej powroźni przed otwarciem muzeum", "Fot. Ewa Lis"]));
    expect(read).toContainEqual(["figure", "Fot. Ewa Lis"]);
    expect(read.filter(([type]) => type === "heading").map(([, text]) => text)).not.toContain("Fot. Ewa Lis");
  });

  it("gives a caption as long as one set alone between paragraphs to its picture; a short line over it heads", () => {
    const caption = "The twisting hall of the old rope works before the museum opened";
    expect(blocks(page("en", [caption, "Photo AFP"]))).toContainEqual(["figure", caption]);
    const heading = "Inside the twisting hall";
    expect(blocks(page("en", [heading, "Photo AFP"]))).toContainEqual(["heading", heading]);
  });

  it("leaves a long sub-heading set in title case or capitals over a credit in the story's text, no caption", () => {
    for (const heading of [
      "What The Museum Will Show In The Three Halls Of The Old Rope Works",
      "WHAT THE MUSEUM WILL SHOW IN THE THREE HALLS OF THE OLD ROPE WORKS",
    ]) {
      const read = blocks(page("en", [heading, "Photo: Ida Berg/AP"]));
      expect(read.filter(([type]) => type === "figure").map(([, text]) => text)).not.toContain(heading);
      expect(read.map(([, text]) => text)).toContain(heading);
    }
  });
});

describe("a breadcrumb trail's label alone on its line", () => {
  it("is a control with its colon, French's spaced one too; without it the words are dialogue's or a title's", () => {
    for (const text of ["you are here:", "sie sind hier:", "sie befinden sich hier:", "vous êtes ici :", "usted está aquí:"])
      expect(isControlLine(text), text).toBe(true);
    for (const text of ["sie sind hier.", "está aquí.", "you are here", "you are here because of them.", "vous êtes ici chez vous"])
      expect(isControlLine(text), text).toBe(false);
  });

  it("is left out at the story's foot, where a sentence opening alike stays", () => {
    expect(blocks(page("de", [], ["Sie sind hier:"])).map(([, text]) => text)).not.toContain("Sie sind hier:");
    const said = "Sie sind hier genau richtig, sagt die Kuratorin, das Museum soll allen im Tal gehören.";
    expect(blocks(page("de", [], [said]))).toContainEqual(["paragraph", said]);
  });

  it("does not end the story at a line of dialogue alike; and a title alike heads the page", () => {
    const read = blocks(page("en", ["Where am I?", "You are here.", "And where is here?"]));
    expect(read).toContainEqual(["paragraph", STORY.en[2]]);
    // Five menu words over it: under `HEADER`'s four a title this short loses to the menu, label or not.
    const titled = ["Home News Valley Culture Sport", "You Are Here", "May 4, 2026", ...STORY.en].join("\n\n");
    expect(fromText(titled, { source: "p.txt" }).headline).toBe("You Are Here");
  });
});

describe("a Greek headline asking with ';' before a second clause", () => {
  const story = [
    "Το παλιό σχοινοποιείο δίπλα στο ποτάμι έμεινε άδειο δώδεκα χρόνια, ώσπου το δημοτικό συμβούλιο αποφάσισε να γίνει μουσείο.",
    "",
    "Σύμφωνα με την επιμελήτρια, οι τρεις αίθουσες θα δείξουν τις μηχανές, τα βιβλία της εταιρείας και φωτογραφίες οικογενειών.",
  ];
  const headlineOf = (title: string) =>
    fromText(["Αρχική Ελλάδα Κόσμος Πολιτισμός", "", title, "", "4 Μαΐου 2026", "", ...story].join("\n"), { source: "p.txt" }).headline;

  it("heads the page as it does with '?', its semicolon no code's punctuation", () => {
    for (const title of ["Μουσείο στο παλιό σχοινοποιείο; Οι κάτοικοι λένε ναι", "Γιατί κλείνει η γέφυρα; Τι λέει ο δήμος"]) {
      expect(headlineOf(title.replace(";", "?")), title).toBe(title.replace(";", "?"));
      expect(headlineOf(title), title).toBe(title);
    }
  });

  it("still refuses a line whose semicolons are code's or part fields", () => {
    expect(headlineOf("const τίτλος = 'Μουσείο'; εκτύπωση(τίτλος);")).not.toBe("const τίτλος = 'Μουσείο'; εκτύπωση(τίτλος);");
    expect(headlineOf("Αίθουσα;Μηχανές;Βιβλία;Φωτογραφίες")).not.toBe("Αίθουσα;Μηχανές;Βιβλία;Φωτογραφίες");
  });
});
