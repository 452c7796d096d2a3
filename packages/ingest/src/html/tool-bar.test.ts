import { describe, expect, it } from "vitest";
import { fromHtml } from "../index.js";

// Round hs102: a row of the article's tools printed as a line of text under the story. Every page here is invented.
const STORY: Record<string, { title: string; body: string[]; tools: string; near: string[] }> = {
  en: {
    title: "Harbour ferry returns after winter repairs",
    body: [
      "The old ferry crossed the bay again on Monday after four months in the yard.",
      "Crews replaced both engines and rebuilt the passenger deck, the operator said.",
    ],
    tools: "Print | E-mail this story | Share",
    // A row of networks alone is a story's line on the apps as often as a share bar: only a tool's button makes a bar.
    near: [
      "Print and e-mail were how the club reached its members for decades.",
      "Print | Online | Radio",
      "Telegram | Messenger | WhatsApp",
      "Twitter · X",
    ],
  },
  de: {
    title: "Hafenfähre fährt nach Reparatur wieder",
    body: [
      "Die alte Fähre hat am Montag nach vier Monaten in der Werft wieder die Bucht überquert.",
      "Die Mannschaft ersetzte beide Motoren und baute das Passagierdeck neu, sagte der Betreiber.",
    ],
    tools: "Drucken · Versenden",
    near: ["Drucken", "Drucken | Falzen | Binden"],
  },
  fr: {
    title: "Le bac du port reprend du service",
    body: [
      "Le vieux bac a retraversé la baie lundi après quatre mois au chantier.",
      "Les équipes ont remplacé les deux moteurs et refait le pont, selon l'exploitant.",
    ],
    tools: "Imprimer | Envoyer",
    near: ["Envoyer", "Imprimer ou envoyer : la mairie laisse le choix aux habitants."],
  },
  es: {
    title: "El ferry del puerto vuelve tras la reparación",
    body: [
      "El viejo ferry volvió a cruzar la bahía el lunes tras cuatro meses en el astillero.",
      "Los equipos cambiaron los dos motores y rehicieron la cubierta, dijo la empresa.",
    ],
    tools: "Imprimir | Enviar",
    near: ["Imprimir | Doblar | Coser"],
  },
};

/** An old table layout: the story's paragraphs parted by breaks in one cell, and what follows them. */
function page(lang: string, after: string): string {
  const story = STORY[lang]!;
  return `<html lang="${lang}"><head><meta charset="utf-8"><title>${story.title}</title></head><body><table><tr><td><h1>${story.title}</h1>${story.body.join("<br><br>")}<br><br>${after}</td></tr></table></body></html>`;
}

const paragraphs = (html: string) => fromHtml(html).body.flatMap((block) => (block.type === "paragraph" ? [block.text] : []));

describe("a row of the article's tools under the story (round hs102)", () => {
  it("is left out of the body in several languages, and a line of the story that names the tools is kept", () => {
    for (const [lang, story] of Object.entries(STORY)) {
      expect(paragraphs(page(lang, story.tools)), lang).toEqual(story.body);
      for (const line of story.near) expect(paragraphs(page(lang, `${line}<br><br>${story.tools}`)), line).toEqual([...story.body, line]);
    }
  });
});
