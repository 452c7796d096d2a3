import { describe, expect, it } from "vitest";
import { fromText } from "../from-text.js";

/** The headline and byline over an invented live page or ferry story, then the blank line where its body starts. */
const header = ["Floods close the valley's roads and schools", "By Ada Fenwick", "14 October 2025", ""];
const lead = "Heavy rain has fallen across the valley since midnight, and the river is expected to peak this afternoon.";
const reports = [
  "All services on the valley line have been halted until engineers can inspect the two bridges.",
  "The county council says twenty schools will stay shut for the rest of the day as a precaution.",
  "The minister arrived shortly after nine and met the volunteers filling sandbags at the depot.",
];
const closing = "Tickets are free, but the organisers ask visitors to register online before the festival day.";

/** The body's blocks, each as its type and text. */
function blocksOf(page: readonly string[], language = "en"): string[] {
  return fromText(page.join("\n"), { meta: { inLanguage: language } }).body.map(
    (block) => `${block.type}: ${"text" in block ? block.text : ""}`,
  );
}

/** A live page whose entries each set their time and title on one line, over their report. */
function livePage(titles: readonly string[]): string[] {
  return [...header, lead, "", ...titles.flatMap((title, k) => [title, "", reports[k]!, ""])];
}

describe("live entries with their time and title on one line", () => {
  it("reads each entry's line over its report as its heading, time kept", () => {
    for (const titles of [
      ["11:20 — Trains suspended", "10:45 — Schools closed", "09:05 — Minister visits the town"],
      ["11.20 | Züge fallen aus", "10.45 | Schulen bleiben zu", "09.05 | Ministerin besucht den Ort"],
      ["11h20 – Le maire s'exprime", "10h45 – Les écoles fermées", "09h05 – La route coupée"],
      ["11:20 Uhr: Straße gesperrt", "10:45 Uhr: Schulen bleiben zu", "09:05 Uhr: Ministerin im Ort"],
    ]) {
      const blocks = blocksOf(livePage(titles));
      for (const title of titles) expect(blocks).toContain(`heading: ${title}`);
      expect(blocks).toContain(`paragraph: ${reports[2]}`);
    }
  });

  it("leaves an agenda of stamped lines with no report under each out of the headings", () => {
    const agenda = ["09:00 Registration", "10:00 Keynote", "11:30 Panel discussion", "13:00 Lunch"];
    const blocks = blocksOf([...header, lead, "", ...agenda, "", closing]);
    expect(blocks.filter((block) => block.startsWith("heading:"))).toEqual([]);
  });

  it("keeps a ticker's items out of the story, the last of them over a paragraph", () => {
    const ticker = ["14:44 Harbour fire brought under control", "14:30 Council vote delayed", "14:10 Ferry back in service"];
    const blocks = blocksOf([...header, lead, "", ...ticker, "", reports[0]!, "", reports[1]!]);
    for (const item of ticker) expect(blocks.some((block) => block.includes(item))).toBe(false);
  });
});

/** A ferry story of two sections, then an FAQ near its foot under `label`, then the page's foot. */
function faqPage(label: string, questions: readonly (readonly [string, string])[], foot: readonly string[] = []): string[] {
  return [
    ...header,
    lead,
    "",
    "Fares and tickets",
    "",
    reports[0]!,
    "",
    label,
    "",
    ...questions.flatMap(([question, answer]) => [question, "", answer, ""]),
    "Share",
    "© 2025 Valley Post. All rights reserved.",
    ...foot,
  ];
}

const answered = [
  ["How long does the crossing take?", "About forty minutes in calm weather, and longer when the wind is up."],
  ["Can I take a bicycle on board?", "Yes, bicycles travel free, but space is limited to twelve on each sailing."],
] as const;

describe("an FAQ near the story's foot", () => {
  it("keeps the FAQ's label as a heading over its questions and answers", () => {
    for (const label of ["FAQ", "Frequently asked questions"]) {
      const blocks = blocksOf(faqPage(label, answered));
      expect(blocks).toContain(`heading: ${label}`);
      expect(blocks).toContain(`heading: ${answered[0][0]}`);
      expect(blocks.at(-1)).toBe(`paragraph: ${answered[1][1]}`);
    }
  });

  it("leaves a list of question titles under the label, with no answers, out of the story", () => {
    const titles = ["How do I renew my pass?", "Where can I park at the harbour?", "Are dogs allowed on board?"];
    const blocks = blocksOf([...header, lead, "", "Fares and tickets", "", reports[0]!, "", "FAQ", ...titles, "", "About us\nContact"]);
    expect(blocks.at(-1)).toBe(`paragraph: ${reports[0]}`);
    expect(blocks).not.toContain("heading: FAQ");
  });
});
