import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";
import { isReadingTime } from "./boilerplate.js";

// Round ft99: a bare bio of the byline's writer, calls to keep or share the page, hyphenated reading times. All invented.
const STORIES = {
  en: {
    head: "Town library reopens after two years of repairs",
    byline: "By Ruth Ambler",
    date: "May 14, 2025",
    paras: [
      "The town library reopened on Monday after two years of repairs to its roof and its flooded basement, the council said.",
      "The reading room will stay open until eight in the evening on weekdays from next month, the head librarian said.",
    ],
  },
  de: {
    head: "Stadtbibliothek öffnet nach zwei Jahren wieder",
    byline: "Von Jana Weiß",
    date: "14. Mai 2025",
    paras: [
      "Die Stadtbibliothek hat am Montag nach zwei Jahren Bauzeit wieder geöffnet, wie die Stadtverwaltung mitteilte.",
      "Der Lesesaal soll ab dem kommenden Monat werktags bis acht Uhr abends geöffnet bleiben, kündigte die Leiterin an.",
    ],
  },
  fr: {
    head: "La bibliothèque municipale rouvre après deux ans de travaux",
    byline: "Par Marie Lenoir",
    date: "14 mai 2025",
    paras: [
      "La bibliothèque municipale a rouvert lundi après deux ans de travaux sur sa toiture et son sous-sol inondé, a indiqué la mairie.",
      "La salle de lecture restera ouverte jusqu'à vingt heures en semaine à partir du mois prochain, selon la directrice.",
    ],
  },
  es: {
    head: "La biblioteca municipal reabre tras dos años de obras",
    byline: "Por Lucía Ferrer",
    date: "14 de mayo de 2025",
    paras: [
      "La biblioteca municipal reabrió el lunes tras dos años de obras en su tejado y en el sótano inundado, informó el ayuntamiento.",
      "La sala de lectura abrirá hasta las ocho de la tarde entre semana a partir del mes próximo, anunció la directora.",
    ],
  },
};
type Lang = keyof typeof STORIES;
const FOOT = "© 2025 Harbour Review. All rights reserved.";
const bodyOf = (lang: Lang, last: string, meta?: string) => {
  const s = STORIES[lang];
  const article = fromText([s.head, meta ?? `${s.byline}\n${s.date}`, ...s.paras, last, FOOT].join("\n\n"));
  return article.body.map((block) => ("text" in block ? block.text : ""));
};
type Case = [Lang, string];
/** Last lines cut under the story: the body is the story's paragraphs alone. */
const itCuts = (cases: Case[]) =>
  it.each<Case>(cases)("is cut (%s): %s", (lang, line) => {
    expect(bodyOf(lang, line)).toEqual(STORIES[lang].paras);
  });
/** Last lines the story keeps as its last paragraph. */
const itKeeps = (cases: Case[]) =>
  it.each<Case>(cases)("stays the story's (%s): %s", (lang, line) => {
    expect(bodyOf(lang, line).at(-1)).toBe(line);
  });

describe("the byline writer's bare bio right under the story", () => {
  itCuts([
    ["en", "Ruth Ambler is a staff writer covering biology."],
    ["en", "Ruth Ambler is the science editor of Harbour Review."],
    ["de", "Jana Weiß ist Redakteurin im Ressort Wissen."],
    ["fr", "Marie Lenoir est journaliste au Courrier du Port."],
    ["es", "Lucía Ferrer es periodista de la sección de Ciencia."],
  ]);

  itKeeps([
    // Someone the story is about, not its writer.
    ["en", "Tom Reddick is a retired nurse who was first in line."],
    ["en", "Tom Reddick is a reporter at the Gazette."],
    ["de", "Karl Brenner ist Redakteur beim Inselboten."],
    // The writer's note as a columnist, which the column prints as its own.
    ["en", "Ruth Ambler is a contributing columnist for Harbour Review."],
    ["de", "Jana Weiß ist Lehrerin im Ruhestand und Kolumnistin des Hafenboten."],
    ["fr", "Marie Lenoir est professeure retraitée et chroniqueuse au Courrier du Port."],
    ["es", "Lucía Ferrer es profesora jubilada y columnista de El Faro del Puerto."],
    // The story's last word on its own writer: the bio goes on with more than what she writes.
    ["en", "Ruth Ambler is a reporter who grew up two streets from the library."],
    ["de", "Jana Weiß ist Redakteurin und leiht selbst jede Woche Bücher aus."],
    ["fr", "Marie Lenoir est journaliste et vient ici depuis l'enfance."],
  ]);
});

describe("a call to keep, share or tag the page under the story", () => {
  itCuts([
    ["en", "Pin it for later!"],
    ["en", "Enjoyed this? Share it with a friend."],
    ["en", "Did you make this recipe? Tag us on Instagram!"],
    ["de", "Hat Ihnen der Artikel gefallen? Teilen Sie ihn mit Freunden!"],
    ["de", "Jetzt merken und später lesen!"],
    ["fr", "Vous avez aimé cet article ? Partagez-le avec vos amis !"],
    ["fr", "Épinglez-le pour plus tard !"],
    ["es", "¿Te ha gustado? ¡Compártelo con tus amigos!"],
    ["es", "¡Guárdalo para más tarde!"],
  ]);

  // The story's own question, cry or report.
  itKeeps([
    ["en", "Will the reading room be ready by spring?"],
    ["en", "What a morning it was!"],
    ["en", "Share it with a friend, the librarian told the children, and they did."],
    // A call running on as a service story's advice, longer than a site's line.
    ["en", "Save it for the days when the power goes out and the roads are closed."],
    ["fr", "Partagez-le, disait souvent l'ancien bibliothécaire aux enfants du quartier."],
    ["de", "Teilen Sie es, bat die Leiterin die Besucher am Ausgang."],
    ["es", "¿Volverán los lectores? Guárdalo en la memoria, dijo la directora."],
    // A call going on to no place a page is kept in, or answering the story's own question.
    ["en", "Forward it to the council."],
    ["en", "What should the town do with the old reading room? Save it."],
    ["de", "Jetzt teilen sich zwei Schulen den Lesesaal."],
  ]);
});

describe("a reading time with a hyphen between figure and unit", () => {
  it.each(["5-minute read", "10-min read", "7-minute reading"])("is a reading time: %s", (line) => {
    expect(isReadingTime(line)).toBe(true);
  });

  it("leaves the byline's line out of the body and keeps its date", () => {
    const article = fromText([STORIES.en.head, "Ruth Ambler • 5-minute read • May 14, 2025", ...STORIES.en.paras, FOOT].join("\n\n"));
    expect(article.datePublished).toMatch(/^2025-05-14/);
    expect(article.body[0]).toMatchObject({ text: STORIES.en.paras[0] });
  });

  it("is no reading time inside the story's sentence", () => {
    expect(isReadingTime("the 5-minute walk from the station")).toBe(false);
  });
});

// Round ft100: bios too short to count as prose, a byline the header left unread, calls sending the story to a person.
describe("the byline writer's short bio right under the story", () => {
  itCuts([
    ["en", "Ruth Ambler is a science writer."],
    ["en", "Ruth Ambler is a reporter."],
    ["de", "Jana Weiß ist Redakteurin."],
    ["fr", "Marie Lenoir est journaliste."],
    ["es", "Lucía Ferrer es periodista."],
  ]);

  itKeeps([
    // The story's last line about a person in it.
    ["en", "Tom Ashby is a fisherman."],
    ["en", "Tom Ashby is a reporter."],
    ["es", "Pedro Gil es pescador."],
    // The writer's own life after the job.
    ["en", "Ruth Ambler is a reporter who grew up here."],
  ]);

  it("is cut under an author box's label", () => {
    expect(bodyOf("en", "About the author\n\nRuth Ambler is a staff reporter.")).toEqual(STORIES.en.paras);
  });
});

describe("a bio naming the writer whose byline the header left unread", () => {
  const BIO = "Ruth Ambler is a science writer.";
  it.each(["Ruth Ambler\nHarbour Review staff\nMay 14, 2025", "Words: Ruth Ambler\nMay 14, 2025", "RUTH AMBLER | 14/05/2025"])(
    "is cut when the header prints the name: %s",
    (meta) => {
      expect(bodyOf("en", BIO, meta)).toEqual(STORIES.en.paras);
    },
  );

  it.each([
    "May 14, 2025",
    "Ruth Ambler wins county press award\nMay 14, 2025",
    // Review of ft100: a profile's kicker over someone else's byline, a caption going on after a comma.
    "Ruth Ambler\nBy Tom Reed\nMay 14, 2025",
    "Ruth Ambler, harbour master, on the old quay\nMay 14, 2025",
  ])("stays when the header names no writer: %s", (meta) => {
    expect(bodyOf("en", BIO, meta).at(-1)).toBe(BIO);
  });
});

describe("a call to send the story to a person", () => {
  itCuts([
    ["en", "Share this story with someone who works nights."],
    ["en", "Forward this to a friend who'd enjoy it."],
    ["en", "If you enjoyed this, pass it on to a gardening friend."],
    ["de", "Leite diesen Artikel an eine Freundin weiter."],
    ["de", "Teilen Sie diesen Artikel mit einem Kollegen."],
    ["fr", "Transférez cet article à un proche."],
    ["es", "Reenvía esta newsletter a alguien que la necesite."],
  ]);

  itKeeps([
    ["en", "Share the road with cyclists."],
    ["en", "Forward planning is key."],
    ["en", "She shared the story with her sister."],
    ["en", "Forward this to the mayor."],
    ["en", "Share this story with a friend, the teacher told her class."],
    ["de", "Leiten Sie die Beschwerde an die Stadt weiter."],
    ["fr", "Transférez le dossier à la mairie."],
    ["es", "Envía esta carta al alcalde."],
    // Review of ft100: a bare "it" after a question may be anything the story named.
    ["en", "Got spare timber? Send it to someone who is rebuilding."],
    ["en", "A question for the candidates? Send it their way."],
  ]);
});
