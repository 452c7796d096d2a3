import { readFileSync } from "node:fs";
import { listFixtures } from "@dateline/test-kit";
import { describe, expect, it } from "vitest";
import { type Element, findAll, parseDocument, shortTexts, textOf } from "./_dom.js";

/** What shortTexts must give: textOf of each element whose text is short enough. */
function expected(root: Element, maxChars: number): Map<Element, string> {
  const texts = new Map<Element, string>();
  for (const element of [root, ...findAll(root, () => true)]) {
    const text = textOf(element);
    if (text.length <= maxChars) texts.set(element, text);
  }
  return texts;
}

function body(html: string): Element {
  return findAll(parseDocument(html), (element) => element.tagName === "body")[0]!;
}

describe("shortTexts", () => {
  it("reads every element as textOf does, on every HTML fixture", () => {
    const pages = listFixtures().filter((fixture) => fixture.sourcePath?.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const root = body(readFileSync(page.sourcePath!, "utf8"));
      for (const maxChars of [0, 40, 160]) expect(shortTexts(root, maxChars)).toEqual(expected(root, maxChars));
    }
  });

  it("treats white space, blocks, line breaks and invisible elements as textOf does", () => {
    const root = body(
      `<div> By <b>Ann</b>\u00a0\u200b Example<br>Staff <p> writer </p><script>x()</script><span> </span>` +
        `<template>hidden</template><button>Share</button>\n\t<!-- note --> end </div><p>${"word ".repeat(50)}</p>`,
    );
    for (const maxChars of [0, 5, 20, 40, 300]) expect(shortTexts(root, maxChars)).toEqual(expected(root, maxChars));
  });

  it("reads a nesting thousands deep", () => {
    const depth = 3000;
    const root = body(`${"<div> ".repeat(depth)}By Ann Example${"</div>".repeat(depth)}<p>${"word ".repeat(50)}</p>`);
    const texts = shortTexts(root, 160);
    expect(texts.get(root)).toBeUndefined();
    expect(findAll(root, (element) => element.tagName === "div").every((div) => texts.get(div) === "By Ann Example")).toBe(true);
  });
});
