import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

// Review of round tx107: a real headline shaped "Name, role" and a lead caption of two sentences over its credit,
// which that round's rules took for a byline and for the story's first paragraph. Every page here is invented.
const page = (...blocks: string[]) => `${blocks.join("\n\n")}\n`;
const FOOT = ["Share", "© 2025 Valley Courier"];

describe("a headline naming a person and a job title is still the headline", () => {
  const cases: [string, string, string, string, string, string][] = [
    [
      "es",
      "Lucía Prado, abogada",
      "Veinte años después de su primer turno, el despacho cambia de dirección.",
      "Por Nora Quintana",
      "4 de junio de 2025",
      "Asumió el cargo tras veinte años en el despacho, donde empezó como becaria en el turno de noche.",
    ],
    [
      "de",
      "Martina Lenz, Geschäftsführerin",
      "Zwanzig Jahre nach ihrem ersten Dienst übernimmt sie die Leitung.",
      "Von Nora Quell",
      "04.06.2025",
      "Sie übernimmt den Posten nach zwanzig Jahren im Betrieb, wo sie als Auszubildende in der Nachtschicht begann.",
    ],
    [
      "en",
      "Introducing Ada Lee, our new CEO",
      "Twenty years after her first shift, the company has a new leader.",
      "By Nora Quill",
      "4 June 2025",
      "She took the job after twenty years at the company, where she began as a trainee on the night shift.",
    ],
  ];
  for (const [lang, headline, deck, byline, date, first] of cases) {
    it(lang, () => {
      const text = page(
        "Valley Courier",
        "Home\tNews\tBusiness",
        headline,
        deck,
        byline,
        date,
        first,
        "Colleagues said she would keep the weekly column.",
        ...FOOT,
      );
      expect(fromText(text).headline).toBe(headline);
    });
  }
});

describe("a lead caption of two sentences over its credit is still the caption", () => {
  const cases: [string, string, string, string, string][] = [
    [
      "en",
      "By Ruth Galloway",
      "5 August 2025",
      "A resident waters her garden as smoke rises behind the hills. Winds are expected to ease on Thursday.",
      "Photo: Reuters",
    ],
    [
      "pl",
      "Autor: Rut Gałka",
      "5 sierpnia 2025",
      "Strażacy walczą z ogniem w pobliżu wsi Arnos we wtorek. Ewakuowano ponad dwa tysiące osób.",
      "Fot. PAP",
    ],
  ];
  for (const [lang, byline, date, caption, credit] of cases) {
    it(lang, () => {
      const text = page(
        "Valley Courier",
        "Home\tNews\tWorld",
        "Wildfire forces thousands to leave hillside towns",
        byline,
        date,
        caption,
        credit,
        "The fire broke out on Monday afternoon in dry scrub above the town, officials said.",
        "Schools in the valley will stay closed until the end of the week.",
        ...FOOT,
      );
      expect(fromText(text).image?.caption).toBe(caption);
    });
  }
});
