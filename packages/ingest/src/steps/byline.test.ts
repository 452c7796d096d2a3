import { describe, expect, it } from "vitest";
import { parseByline } from "./byline.js";

describe("byline names", () => {
  it("leaves out job titles, set apart or glued to the name by a copy", () => {
    expect(parseByline("By Meg HaleStaff Writer")).toEqual([{ type: "Person", name: "Meg Hale" }]);
    expect(parseByline("By Jane Doe, Staff Writer")).toEqual([{ type: "Person", name: "Jane Doe" }]);
    expect(parseByline("By Jane Doe | Senior Correspondent")).toEqual([{ type: "Person", name: "Jane Doe" }]);
    expect(parseByline("Par Camille Dufresne, journaliste")).toEqual([{ type: "Person", name: "Camille Dufresne" }]);
    expect(parseByline("By Staff Writer")).toBeUndefined();
  });

  it("splits names at 'and' in the languages read, after By, Par, Von, Di, Por", () => {
    expect(parseByline("Di Marco Rossi e Giulia Bianchi")?.map((author) => author.name)).toEqual(["Marco Rossi", "Giulia Bianchi"]);
    expect(parseByline("Por Ana Ruiz y Luis Gil")?.map((author) => author.name)).toEqual(["Ana Ruiz", "Luis Gil"]);
    expect(parseByline("Av Sara Holm och Erik Lind")?.map((author) => author.name)).toEqual(["Sara Holm", "Erik Lind"]);
  });

  it("types a wire service, a newsroom's staff or a desk as an Organization", () => {
    expect(parseByline("By Reuters")).toEqual([{ type: "Organization", name: "Reuters" }]);
    expect(parseByline("By The Associated Press")).toEqual([{ type: "Organization", name: "The Associated Press" }]);
    expect(parseByline("By Harbour Times Staff")).toEqual([{ type: "Organization", name: "Harbour Times Staff" }]);
    expect(parseByline("By News Desk")).toEqual([{ type: "Organization", name: "News Desk" }]);
    expect(parseByline("By Jane Doe and Staff")).toEqual([
      { type: "Person", name: "Jane Doe" },
      { type: "Organization", name: "Staff" },
    ]);
  });
});
