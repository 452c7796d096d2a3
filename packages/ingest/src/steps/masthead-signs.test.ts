import { describe, expect, it } from "vitest";
import { fromText } from "../index.js";

// Invented pages: a site's name with a join ("La Voix des Côtes") set right over a long headline, which reads as a
// work's title over its deck unless the page shows elsewhere that the line names the site. Every line here is made up.

interface MastheadPage {
  site: string;
  headline: string;
  byline: string;
  date: string;
  story: readonly string[];
  rights: string;
  subscribe: string;
  /** The words heading an "about" box after the story. */
  about: string;
  /** A work's title set as a name, the headline of a review over its deck. */
  work: [string, string];
}

const PAGES: Record<string, MastheadPage> = {
  fr: {
    site: "La Voix des Côtes",
    headline: "Le conseil municipal vote la rénovation des trois écoles du quartier nord avant la rentrée",
    byline: "Par Odile Marchand",
    date: "4 mars 2026",
    story: [
      "Les élus de Kervella ont adopté mardi soir un budget de quatre millions d'euros pour rénover les trois écoles du quartier nord, dont les toitures fuient depuis plusieurs hivers.",
      "Les travaux commenceront en avril et devront s'achever avant la rentrée de septembre, a précisé l'adjointe chargée de l'éducation à la fin de la séance.",
      "Les parents d'élèves, venus nombreux, ont salué une décision attendue depuis longtemps, tout en demandant un calendrier précis pour chaque bâtiment.",
    ],
    rights: "Tous droits réservés",
    subscribe: "Abonnez-vous à",
    about: "À propos de",
    work: ["Le Chant de la Baie", "Le nouveau roman de la romancière raconte trois générations de gardiens de phare"],
  },
  es: {
    site: "El Eco de la Sierra",
    headline: "El ayuntamiento aprueba la reforma de las tres escuelas del barrio norte antes del curso",
    byline: "Por Inés Valverde",
    date: "4 de marzo de 2026",
    story: [
      "Los concejales de Valdemora aprobaron el martes por la noche un presupuesto de cuatro millones de euros para reformar las tres escuelas del barrio norte, cuyos tejados tienen goteras desde hace varios inviernos.",
      "Las obras empezarán en abril y deberán terminar antes del inicio del curso en septiembre, precisó la concejala de educación al final del pleno.",
      "Las familias, que acudieron en gran número, celebraron una decisión esperada desde hace tiempo, aunque pidieron un calendario preciso para cada edificio.",
    ],
    rights: "Todos los derechos reservados",
    subscribe: "Suscríbete a",
    about: "Acerca de",
    work: ["La Batalla del Cabo", "La recreación histórica reúne a cuatrocientos voluntarios en la playa durante el fin de semana"],
  },
  it: {
    site: "Il Corriere delle Valli",
    headline: "Il consiglio comunale approva il restauro delle tre scuole del quartiere nord prima di settembre",
    byline: "Di Chiara Fontana",
    date: "4 marzo 2026",
    story: [
      "I consiglieri di Valdorno hanno approvato martedì sera un bilancio di quattro milioni di euro per restaurare le tre scuole del quartiere nord, i cui tetti perdono acqua da diversi inverni.",
      "I lavori inizieranno ad aprile e dovranno concludersi prima dell'inizio dell'anno scolastico, ha precisato l'assessora all'istruzione alla fine della seduta.",
      "I genitori, arrivati numerosi, hanno accolto una decisione attesa da tempo, chiedendo però un calendario preciso per ciascun edificio.",
    ],
    rights: "Tutti i diritti riservati",
    subscribe: "Abbonati a",
    about: "Informazioni su",
    work: ["La Torre del Capo", "Il documentario racconta un secolo di vita dei guardiani del faro e delle loro famiglie"],
  },
};

/** A page of blocks parted by blank lines. */
function page(...blocks: readonly (string | readonly string[])[]): string {
  return `${blocks.flat().join("\n\n")}\n`;
}

describe("a masthead over a long headline, told by a sign elsewhere on the page", () => {
  for (const [language, p] of Object.entries(PAGES)) {
    const header = [p.site, p.headline, `${p.byline}\n${p.date}`];
    it(`${language}: the title bar holds the headline and the site's name`, () => {
      const text = page(`${p.headline} – ${p.site}`, header, p.story, "Contact");
      expect(fromText(text, { source: "p.txt" }).headline).toBe(p.headline);
    });
    it(`${language}: a footer line prints the name with the rights' words`, () => {
      const text = page(header, p.story, `${p.site} – ${p.rights}`);
      expect(fromText(text, { source: "p.txt" }).headline).toBe(p.headline);
    });
    it(`${language}: a footer line invites the reader to subscribe to the site`, () => {
      const text = page(header, p.story, `${p.subscribe} ${p.site}`);
      expect(fromText(text, { source: "p.txt" }).headline).toBe(p.headline);
    });
  }
});

describe("a work's title over its deck stays the headline", () => {
  for (const [language, p] of Object.entries(PAGES)) {
    const [title, deck] = p.work;
    const story = [p.story[0]!, `${title} (2026).`, ...p.story.slice(1)];
    it(`${language}: the title bar holds the title beside the site's name, the footer names the site`, () => {
      const text = page(`${title} – ${p.site}`, p.site, title, deck, `${p.byline}\n${p.date}`, story, `${p.site} – ${p.rights}`);
      expect(fromText(text, { source: "p.txt" }).headline).toBe(title);
    });
    it(`${language}: the title bar holds the title before its deck`, () => {
      const text = page(`${title} – ${deck}`, title, deck, `${p.byline}\n${p.date}`, story, "Contact");
      expect(fromText(text, { source: "p.txt" }).headline).toBe(title);
    });
    it(`${language}: a credit line after the story prints the title with the rights' words`, () => {
      const text = page(title, deck, `${p.byline}\n${p.date}`, story, `${title} – ${p.rights}.`);
      expect(fromText(text, { source: "p.txt" }).headline).toBe(title);
    });
    it(`${language}: an "about" box after the story names the work`, () => {
      const text = page(p.site, title, deck, `${p.byline}\n${p.date}`, story, `${p.about} ${title}`);
      expect(fromText(text, { source: "p.txt" }).headline).toBe(title);
    });
  }
});
