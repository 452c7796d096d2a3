import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

// Round dt100: a date printed at a post's close, when its header printed none. All pages invented.
const MENU = ["Home", "News", "Sport", "Business"];
const EN = {
  head: "Town backs plan to widen the old river bridge",
  paras: [
    "The council met for three hours on the plan to widen the bridge over the river, and most members spoke in favour of it.",
    "Residents who live near the crossing said the traffic had grown every year, and that the lanes were too narrow.",
    "The work is expected to take two summers, and the town will publish a timetable for the closures in the spring.",
  ],
};
const DE = {
  head: "Stadt unterstützt Ausbau der alten Brücke",
  paras: [
    "Der Gemeinderat hat am Abend lange über den Ausbau der Brücke beraten, und die meisten Mitglieder sprachen sich dafür aus.",
    "Anwohner berichteten, dass der Verkehr jedes Jahr zunehme und die engen Fahrspuren den Schulweg gefährlich machten.",
    "Die Arbeiten sollen zwei Sommer dauern, und die Stadt will einen Zeitplan für die Sperrungen bald veröffentlichen.",
  ],
};
const page = (story: typeof EN, above: string[], foot: string[], kicker: string[] = []) =>
  fromText([...MENU, "", ...kicker, story.head, ...above, "", ...story.paras.flatMap((p) => [p, ""]), ...foot].join("\n"));

describe("a date at the story's close", () => {
  it.each([
    ["under its section's label", ["Local News", "February 12, 2025", "Our Services", "Contact us"], "2025-02-12"],
    ["under its section's label, past a rule", ["* * *", "Local News", "12 February 2025"], "2025-02-12"],
    ["opening a tag line", ["15th Dec 2025 • bridges, council, roads"], "2025-12-15"],
    ["opening a tag line after a pipe", ["March 4, 2025 | council | roads"], "2025-03-04"],
  ])("dates an undated post: %s", (_, foot, iso) => {
    expect(page(EN, [], foot, ["Local News"]).datePublished).toBe(iso);
  });

  it("dates a German post under its section", () => {
    expect(page(DE, [], ["Lokales", "12. Februar 2025", "Impressum"], ["Lokales"]).datePublished).toBe("2025-02-12");
  });

  // Review of round dt100: a date alone, under a label the header never printed, or before words that are no tags is
  // as often a comment's, an event's, a deadline's, a hearing's or the next post's.
  it.each([
    ["alone", ["Share", "Tweet", "Email", "12 February 2025", "Contact us"]],
    ["alone over a reply button", ["12 February 2025", "Reply"]],
    ["under a commenter's name, over a one-word reply", ["Mira Hollis", "March 16, 2025", "Thanks!"]],
    ["under an events box", ["Upcoming events", "June 14, 2025", "Summer fair on the green"]],
    ["under a link to the next post", ["Next story", "March 2, 2025"]],
    ["under a deadline's label", ["Closing date", "31 March 2025"]],
    ["under a hearing's label", ["Next hearing", "14 June 2025"]],
    ["under a section the header did not print", ["Local News", "February 12, 2025"]],
    ["before an event's place and time", ["14 June 2025 · Town hall · 7pm"]],
    ["before a photo's credit", ["2 March 2025 | Photo: Lena Brandt"]],
  ])("leaves a closing date that may be another's undated: %s", (_, foot) => {
    expect(page(EN, [], foot, ["Island News"]).datePublished).toBeUndefined();
  });

  it.each([
    ["a comment's, over its text", ["Bram Osei", "March 16, 2025 at 9:14 am", "Finally, this bridge has been a danger for years."]],
    ["one of a related list's", ["Roads", "March 2, 2025", "Buses", "February 27, 2025"]],
    ["under a teaser's title", ["River path to close for repairs next week", "March 2, 2025"]],
    ["an update's", ["Updated March 5, 2025"]],
    ["a print line's", ["Printed on 7 December 2026 from the town website"]],
    ["under a count", ["3 Comments", "March 16, 2025"]],
  ])("leaves a date that is another's undated: %s", (_, foot) => {
    expect(page(EN, [], foot).datePublished).toBeUndefined();
  });

  it("leaves a German comment's date undated", () => {
    const foot = ["Jonas Keller", "16. März 2025 um 9:14 Uhr", "Endlich wird die Brücke gemacht, das war schon lange überfällig."];
    expect(page(DE, [], foot).datePublished).toBeUndefined();
  });

  it("leaves the header's date standing", () => {
    expect(page(EN, ["By Ada Fenwick", "March 3, 2025"], ["Local News", "February 12, 2025"]).datePublished).toBe("2025-03-03");
  });
});

// Round dt101: a related box's label over a date and no title ("Read more" / "March 2, 2025") under a short story,
// where a date line near the body's top is read as the header's. The date is the linked story's.
describe("a date under a related box's label", () => {
  it.each([
    ["en", EN, ["Read more", "March 2, 2025"]],
    ["en, the box's heading", EN, ["Related stories", "March 2, 2025"]],
    ["de", DE, ["Mehr zum Thema", "2. März 2025"]],
    ["de, a prompt", DE, ["Lesen Sie auch", "2. März 2025"]],
    ["en, two dates packed under the label", EN, ["Read more", "March 2, 2025", "February 27, 2025"]],
  ])("never dates the page: %s", (_, story, foot) => {
    expect(page(story, [], foot).datePublished).toBeUndefined();
  });

  it("leaves the header's date standing", () => {
    expect(page(EN, ["March 4, 2025"], ["Read more", "March 2, 2025"]).datePublished).toBe("2025-03-04");
  });

  it.each([
    ["a byline with its date", ["By Ada Fenwick, March 2, 2025"]],
    ["a byline with its date, over a related box", ["By Ada Fenwick, March 2, 2025", "", "Read more", "February 27, 2025"]],
  ])("still reads the story's own date at its foot: %s", (_, foot) => {
    expect(page(EN, [], foot).datePublished).toBe("2025-03-02");
  });
});
