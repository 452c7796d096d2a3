import { describe, expect, it } from "vitest";
import { lines, writers } from "./_stories.test-helpers.js";

// Round gn101: common given names the byline reader lacked. Every page here is invented for these tests.

const VALLE = {
  site: "La Voce della Valle",
  date: "16 agosto 2025",
  headline: "Aperta la nuova passerella sul fiume a Borgo Mulino",
  body: [
    "La passerella di Borgo Mulino è stata aperta sabato mattina a pedoni e ciclisti, otto mesi dopo la piena.",
    "La provincia ha spiegato che l'opera in acciaio è costata poco meno di due milioni di euro.",
  ],
};

/** A page whose header sets `line` apart between the headline and the date. */
const overDate = (line: string, body = VALLE.body) =>
  lines(VALLE.site, "", VALLE.headline, "", line, "", VALLE.date, "", body.join("\n\n"));

describe("given names added in round gn101", () => {
  it("reads a co-author after a writer's title and a name set apart over the date", () => {
    const coAuthor = lines(
      VALLE.site,
      "",
      VALLE.headline,
      "",
      "Di Giulia Ferri, inviata, e Luca Rossi",
      VALLE.date,
      "",
      VALLE.body.join("\n\n"),
    );
    expect(writers(coAuthor)).toEqual(["Giulia Ferri", "Luca Rossi"]);
    expect(writers(overDate("Stefano Galli"))).toEqual(["Stefano Galli"]);
    expect(writers(overDate("Gisela Lorenz"))).toEqual(["Gisela Lorenz"]);
    expect(writers(overDate("Глеб Зорин"))).toEqual(["Глеб Зорин"]);
  });

  it("leaves out names that are words, and lines ending in a foundation's or an avenue's word", () => {
    // "Marco", Spanish "frame", stays out of the list; "Mia", Italian "my"; "Malin", French "clever".
    expect(writers(overDate("Marco Legal"))).toEqual([]);
    expect(writers(overDate("Mia Cara"))).toEqual([]);
    // Review: "Hans", Swedish "his"; "Bart", German "beard"; "Salma", Italian "remains"; a town's, a brand's first word.
    expect(writers(overDate("Hans Olycka"))).toEqual([]);
    expect(writers(overDate("Bart Wuchs"))).toEqual([]);
    expect(writers(overDate("Salma Esposta"))).toEqual([]);
    expect(writers(overDate("Ann Arbor"))).toEqual([]);
    expect(writers(overDate("Felix Austria"))).toEqual([]);
    // An added given name before a foundation's, an avenue's or a hotel's word signs nothing.
    expect(writers(overDate("Heinrich Böll Stiftung"))).toEqual([]);
    expect(writers(overDate("Karl Marx Allee"))).toEqual([]);
    expect(writers(overDate("Luca Fondazione"))).toEqual([]);
    // The story's subject, named again in it, is no writer.
    const subject = [`${VALLE.body[0]} Zanetti ha tagliato il nastro.`, VALLE.body[1]!];
    expect(writers(overDate("Luca Zanetti", subject))).toEqual([]);
  });
});
