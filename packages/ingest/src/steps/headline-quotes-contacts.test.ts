import { describe, expect, it } from "vitest";
import { fromText } from "../index.js";
import { holdsEmailAddress } from "./headline.js";

// Invented pages whose header holds a line that reads as a title but is none: a pull quote under the byline, a contact
// line with an e-mail address or a link, the site's name over a blog post's date. Every page and name is made up.

const story = [
  "The council said the work would begin in the spring and last about six months, weather permitting.",
  "",
  "Residents who spoke at the meeting were divided, with some welcoming the plan and others worried about the cost.",
  "",
  "A final decision on the second phase is expected before the end of the year.",
];
const geschichte = [
  "Die Arbeiten sollen im Frühjahr beginnen und nach Angaben der Stadt etwa sechs Monate dauern.",
  "",
  "Die Anwohner, die bei der Sitzung sprachen, waren geteilter Meinung über die Kosten und den Nutzen des Plans.",
];
const histoire = [
  "Les travaux doivent commencer au printemps et durer environ six mois, selon la mairie.",
  "",
  "Les habitants présents à la réunion étaient partagés entre le soulagement et l'inquiétude sur le coût du projet.",
];
const top = ["The Quayside Courier", "", "Home", "News", "Sport", "Culture", "Opinion", ""];
const read = (lines: string[]) => fromText([...lines, "", "© 2025 The Quayside Courier"].join("\n"), { source: "page.txt" });

describe("a pull quote between the byline and the body", () => {
  it("is no headline under a title over the byline block", () => {
    const title = "Harbour Road cycle lane approved after a long dispute";
    const page = [...top, title, "", "Councillors voted seven to four on Monday night.", "", "ADA LINDQVIST", "MARCH 4, 2025", ""];
    expect(read([...page, "“We waited three years for this.”", "", ...story]).headline).toBe(title);
  });

  it("is no headline in German quotation marks either", () => {
    const title = "Stadtrat beschließt neue Radspur an der Hafenstraße";
    const page = [...top, title, "", "Die Entscheidung fiel am Montagabend.", "", "JONAS BERGER", "4. MÄRZ 2025", ""];
    expect(read([...page, "„Wir haben drei Jahre gewartet.“", "", ...geschichte]).headline).toBe(title);
  });

  it("is the headline where nothing title-shaped stands over the byline", () => {
    expect(read([...top, "4 mars 2025", "", "«Nous resterons»", "", ...histoire]).headline).toBe("«Nous resterons»");
    expect(read([...top, "Interview", "", "Von Jonas Berger", "4. März 2025", "", "„Wir bleiben“", "", ...geschichte]).headline).toBe(
      "„Wir bleiben“",
    );
  });
});

describe("a contact line under the headline", () => {
  const title = "El ayuntamiento aprueba el nuevo carril bici del puerto";
  it("is no headline when it holds an e-mail address", () => {
    expect(read([...top, title, "", "Lucía Fernández · lfernandez@example.org", "", "03/06/2025", "", ...story]).headline).toBe(title);
  });

  it("is no headline when it holds a web address", () => {
    expect(read([...top, title, "", "Lucía Fernández, www.luciafernandez.example", "", "03/06/2025", "", ...story]).headline).toBe(title);
  });

  it("leaves a headline naming a website by its host", () => {
    const named = "Example.com sold to a rival for $30 million";
    expect(read([...top, "March 4, 2025", "", named, "", ...story]).headline).toBe(named);
  });

  it("leaves a headline naming an address inside it or after several words", () => {
    for (const named of [
      "Why hello@example.org is the hardest inbox to run",
      "The day www.example.org went offline for six hours",
      "Inside the team behind www.quayside.example",
    ]) {
      expect(read([...top, named, "", "By Ada Lee", "March 4, 2025", "", ...story]).headline).toBe(named);
      expect(read([...top, "March 4, 2025", "", named, "", ...story]).headline).toBe(named);
    }
  });

  it("is told by its address, not by an at sign alone", () => {
    expect(holdsEmailAddress("Ada Lee, ada.lee@example.org")).toBe(true);
    expect(holdsEmailAddress("Meet @harbourcouncil on Friday")).toBe(false);
  });
});

describe("a blog post's title under its date", () => {
  const blogTop = ["ada's notebook", "", "Home", "About", "Archive", ""];
  it("is the headline in title case, though it ends as sentences do", () => {
    const title = "I Gave Up Coffee for a Month. Here's What Happened.";
    expect(read([...blogTop, "March 4, 2025", "", title, "", ...story]).headline).toBe(title);
  });

  it("is not a German lede, whose nouns alone are capitalised", () => {
    const lede = "Gestern Abend beschloss der Stadtrat die Schließung der Fährlinie.";
    const page = read([...blogTop, "4. März 2025", "", lede, "", ...geschichte]);
    expect(page.headline).not.toBe(lede);
    expect(page.body[0]).toMatchObject({ type: "paragraph", text: lede });
  });

  it("is the headline with the date over the site's name", () => {
    const title = "How I Planted a Hedge in One Weekend";
    expect(read(["March 4, 2025", "", ...blogTop, title, "", ...story]).headline).toBe(title);
  });
});
