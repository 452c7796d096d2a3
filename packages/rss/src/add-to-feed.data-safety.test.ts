import type { Article } from "@dateline/schema";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { feedparserReport, validateFeed } from "../test/validate-feed.js";
import { addToFeed, toRss } from "./index.js";

const CHANNEL = { feedUrl: "https://news.example.com/feed.xml" };

function story(n: number): Article {
  return {
    version: "1.0",
    url: `https://news.example.com/story/${n}`,
    headline: `Story ${n}`,
    publisher: { type: "Organization", name: "Example News", url: "https://news.example.com" },
    datePublished: `2025-07-${String(n).padStart(2, "0")}T09:00:00Z`,
    inLanguage: "en",
    body: [{ type: "paragraph", text: `Text of story ${n}.` }],
  };
}

/** A feed written by another tool, with character references of every kind in the text of its one item. */
const FOREIGN = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>Example News</title>
<link>https://news.example.com/</link>
<description>Stories</description>
<item>
<title>Fish &amp; chips &#38; peas &#x26; beans</title>
<link>https://news.example.com/old?a=1&amp;b=2</link>
<guid>https://news.example.com/old</guid>
<pubDate>Mon, 30 Jun 2025 09:00:00 +0000</pubDate>
<description>A &amp;amp; B, &lt;b&gt;bold&lt;/b&gt; and &#233;t&#xE9;</description>
<content:encoded>&lt;p&gt;x &#38;amp; y&lt;/p&gt;</content:encoded>
</item>
</channel>
</rss>
`;

/** The old item as any XML reader understands it: text with every reference resolved once. */
function oldItem(xml: string): Record<string, unknown> {
  const parser = new XMLParser({ parseTagValue: false, htmlEntities: true });
  const items = [(parser.parse(xml) as { rss: { channel: { item: unknown } } }).rss.channel.item].flat() as Record<string, unknown>[];
  const item = items.find((candidate) => String(candidate.guid).endsWith("/old"));
  if (!item) throw new Error("the old item is gone");
  return { title: item.title, link: item.link, description: item.description, content: item["content:encoded"] };
}

describe("addToFeed keeps items it does not touch", () => {
  it("gives untouched items the same meaning after 10 adds in a row (references inside CDATA)", () => {
    const expected = {
      title: "Fish & chips & peas & beans",
      link: "https://news.example.com/old?a=1&b=2",
      description: "A &amp; B, <b>bold</b> and été",
      content: "<p>x &amp; y</p>",
    };
    expect(oldItem(FOREIGN)).toEqual(expected);
    let xml = FOREIGN;
    for (let n = 1; n <= 10; n++) {
      xml = addToFeed(xml, [story(n)], CHANNEL, { max: 0 });
      expect(oldItem(xml), `after add ${n}`).toEqual(expected);
    }
    expect(feedparserReport(xml).titles).toContain("Fish & chips & peas & beans");
    expect(validateFeed(xml)).toEqual([]);
  });

  it("max 0 keeps every item; a cut says how many it dropped", () => {
    const before = toRss([1, 2, 3, 4].map(story), CHANNEL);
    const drops: number[] = [];
    const all = addToFeed(before, [story(5)], CHANNEL, { max: 0, onTrim: (count) => drops.push(count) });
    expect(feedparserReport(all).entries).toBe(5);
    expect(drops).toEqual([]);
    const cut = addToFeed(all, [story(6)], CHANNEL, { max: 2, onTrim: (count) => drops.push(count) });
    expect(feedparserReport(cut).titles).toEqual(["Story 6", "Story 5"]);
    expect(drops).toEqual([4]);
  });
});
