import { describe, expect, it } from "vitest";
import { fromText } from "../index.js";

// Invented headers where a lower-case line packed under the headline is no second half of it: a deck, an unread
// credit, time or label. Joining such a line mid-phrase was tried and removed (round hl105); every name here is made up.

const body =
  "The council met on Tuesday night to weigh the plans for the old mill, which has stood empty for eleven years.\n\nResidents spoke for two hours, most of them against the plan to turn the site into flats and a car park.\n";

describe("a lower-case line packed under a headline", () => {
  it.each([
    ["Notes from the river towns", "a weekly letter about cities and the people in them"],
    ["El pleno aplaza la votación del molino", "por la redacción del diario"],
    ["Council delays vote on the old mill", "posted two hours ago"],
    ["Council delays vote on the old mill", "share this story with friends"],
  ])("is not joined to the headline (%s / %s)", (title, under) => {
    expect(fromText(`Millbrook Gazette\n\n${title}\n${under}\n\n${body}`, { source: "page.txt" }).headline).toBe(title);
  });
});
