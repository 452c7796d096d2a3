import { describe, expect, it } from "vitest";
import { isControlLine } from "./boilerplate.js";

describe("isControlLine, after its set of whole lines", () => {
  it("lets a word alone in ASCII letters go unless the set holds it", () => {
    for (const line of ["advertisement", "comments", "comments."]) expect(isControlLine(line), line).toBe(true);
    for (const line of ["harbour", "harbour.", "ferry-timetable", "skipper's"]) expect(isControlLine(line), line).toBe(false);
  });

  it("still reads a line without a space by its patterns when a figure, a colon or a mark is in it", () => {
    const unspaced = ["facebook,twitter", "facebook|twitter", "facebook/twitter", "tags:ferries", "share:facebook", "listen·4:32"];
    for (const line of [...unspaced, "★★★★★4.9"]) expect(isControlLine(line), line).toBe(true);
  });

  it("reads an ad's label and note, and a bar's controls, only with their marks", () => {
    const controls = ["advertisement - continue reading below", "advertisement. continue reading", "print | email", "print · share"];
    for (const line of controls) expect(isControlLine(line), line).toBe(true);
    for (const line of ["save. save. save.", "news - weather", "the harbour · ferries", "print the timetable"])
      expect(isControlLine(line), line).toBe(false);
  });
});
