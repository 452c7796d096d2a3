import { describe, expect, it } from "vitest";
import { OPENS_WITH_QUOTATION } from "./quotation.js";

describe("OPENS_WITH_QUOTATION", () => {
  it("takes a line opening with any Latin quotation's opening mark of the table", () => {
    const quoted = [
      "“We waited all winter,” he said.",
      "„Wir haben gewartet“, sagte er.",
      "« Nous avons attendu », a-t-il dit.",
      "»Wir haben gewartet«, sagte sie.",
      "”Vi väntade hela vintern”, sade han.",
      '"We waited all winter," he said.',
      "‘We waited all winter,’ he said.",
      "'We waited all winter,' he said.",
      "‚Wir haben gewartet‘, sagte er.",
    ];
    for (const line of quoted) expect(OPENS_WITH_QUOTATION.test(line), line).toBe(true);
  });

  it("takes no closing apostrophe, no mark later in the line and no pointer", () => {
    for (const line of ["’90s hits return to the pier", "He said “we waited”.", "› More stories", "「港の話」"]) {
      expect(OPENS_WITH_QUOTATION.test(line), line).toBe(false);
    }
  });
});
