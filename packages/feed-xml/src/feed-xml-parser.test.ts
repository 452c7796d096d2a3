import { describe, expect, it } from "vitest";
import { feedXmlParser } from "./feed-xml-parser.js";

describe("feedXmlParser", () => {
  it("keeps every value a string, attributes under @_, and decodes numeric references and the HTML entities the parser knows", () => {
    const parsed = feedXmlParser().parse(`<item><title>2025</title><guid isPermaLink="false">7</guid><p>Q&#38;A&nbsp;&#x26;</p></item>`);
    expect(parsed).toEqual({ item: { title: "2025", guid: { "#text": "7", "@_isPermaLink": "false" }, p: "Q&A\u00a0&" } });
  });

  it("takes the caller's options on top", () => {
    const parser = feedXmlParser({ isArray: (name) => name === "item" });
    expect(parser.parse("<channel><item><title>One</title></item></channel>")).toEqual({ channel: { item: [{ title: "One" }] } });
  });
});
