import { describe, expect, it } from "vitest";
import { updateAfter } from "./_dates.js";

describe("an update beside a published day when only one of the two stamps names its zone", () => {
  it("keeps an update on the day before in its own zone that is the published day in UTC", () => {
    expect(updateAfter("2026-03-13", "2026-03-12T23:40:00-05:00")).toBe("2026-03-12T23:40:00-05:00");
    expect(updateAfter("2026-03-13T00:30:00+01:00", "2026-03-12")).toBe("2026-03-12");
  });

  it("drops an update on a day before the published one in its zone and in UTC alike", () => {
    expect(updateAfter("2026-03-13", "2026-03-12T09:40:00-05:00")).toBeUndefined();
    expect(updateAfter("2026-03-13T10:30:00+01:00", "2026-03-12")).toBeUndefined();
    expect(updateAfter("2026-03-13", "2026-03-12")).toBeUndefined();
  });
});
