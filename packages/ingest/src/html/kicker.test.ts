import { describe, expect, it } from "vitest";
import { fromHtml } from "../index.js";

/** A page whose `<h1>` is `heading`, over two paragraphs of invented prose. */
function page(lang: string, heading: string, prose: string[]): string {
  return `<!doctype html><html lang="${lang}"><head><title>Bay Courier</title></head><body><nav><a>Home</a></nav><article><h1>${heading}</h1>${prose.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
}

const PROSE: Record<string, string[]> = {
  en: [
    "The harbour ferry returned to service on Monday morning after a winter of repairs, carrying two hundred passengers.",
    "Crews replaced the engines and rebuilt the passenger deck, work that took longer than planned this year.",
  ],
  de: [
    "Die Hafenfähre ist am Montagmorgen nach einem Winter voller Reparaturen wieder in Betrieb gegangen, mit zweihundert Fahrgästen.",
    "Die Mannschaften haben die Motoren ersetzt und das Passagierdeck neu gebaut, was länger dauerte als geplant.",
  ],
  fr: [
    "Le bac du port a repris du service lundi matin après un hiver de travaux, avec deux cents passagers à bord.",
    "Les équipes ont remplacé les moteurs et refait le pont des passagers, un chantier plus long que prévu.",
  ],
};

describe("a kicker inside the headline's <h1>", () => {
  it("is left out of the headline, in several languages", () => {
    const cases = [
      {
        lang: "en",
        heading: `<span class="article-kicker">Transport</span> <span>Harbour ferry returns after repairs</span>`,
        want: "Harbour ferry returns after repairs",
      },
      {
        lang: "de",
        heading: `<span class="kicker">Nahverkehr</span> <span class="title">Hafenfähre fährt wieder</span>`,
        want: "Hafenfähre fährt wieder",
      },
      {
        lang: "fr",
        heading: `<span class="surtitre">Transports</span>Le bac du port reprend du service`,
        want: "Le bac du port reprend du service",
      },
      {
        lang: "en",
        heading: `<small class="eyebrowText">Exclusive</small> Harbour ferry returns after repairs`,
        want: "Harbour ferry returns after repairs",
      },
    ];
    for (const { lang, heading, want } of cases) expect(fromHtml(page(lang, heading, PROSE[lang]!)).headline).toBe(want);
  });

  it("keeps the words of a span with no kicker's name, and of an <h1> that holds nothing but its kicker", () => {
    expect(fromHtml(page("en", `<span class="topic">Transport:</span> <span>Ferry returns</span>`, PROSE.en!)).headline).toBe(
      "Transport: Ferry returns",
    );
    expect(fromHtml(page("en", `<span class="kickers-club">Kickers</span> win the cup`, PROSE.en!)).headline).toBe("Kickers win the cup");
    expect(fromHtml(page("de", `<span class="kicker">Hafenfähre fährt wieder</span>`, PROSE.de!)).headline).toBe("Hafenfähre fährt wieder");
  });

  it("keeps the words of a span whose class only holds a kicker's word as a modifier or a style", () => {
    const cases = [
      [`<span class="text-kicker-size">Ferry returns</span> <span>after repairs</span>`, "Ferry returns after repairs"],
      [
        `<span class="text-kicker-size">Harbour ferry</span> returns after a winter of repairs`,
        "Harbour ferry returns after a winter of repairs",
      ],
      [
        `<span class="has-kicker">Harbour ferry</span> returns after a winter of repairs`,
        "Harbour ferry returns after a winter of repairs",
      ],
      [
        `<span class="with-eyebrow">Harbour ferry</span> returns after a winter of repairs`,
        "Harbour ferry returns after a winter of repairs",
      ],
      [
        `<span class="headline--kicker">Harbour ferry</span> returns after a winter of repairs`,
        "Harbour ferry returns after a winter of repairs",
      ],
    ];
    for (const [heading, want] of cases) expect(fromHtml(page("en", heading!, PROSE.en!)).headline).toBe(want);
  });

  it("keeps a kicker's words when what is left is a single word or no longer than the kicker", () => {
    expect(
      fromHtml(page("en", `<span class="kicker">Harbour ferry returns after a winter</span> <span>of repairs</span>`, PROSE.en!)).headline,
    ).toBe("Harbour ferry returns after a winter of repairs");
    expect(fromHtml(page("en", `<span class="kicker">Ferry</span> returns`, PROSE.en!)).headline).toBe("Ferry returns");
    expect(fromHtml(page("de", `<span class="kicker">Hafenfähre fährt</span> wieder`, PROSE.de!)).headline).toBe("Hafenfähre fährt wieder");
    expect(fromHtml(page("fr", `<span class="surtitre">Le bac du port reprend du service</span> lundi`, PROSE.fr!)).headline).toBe(
      "Le bac du port reprend du service lundi",
    );
  });
});
