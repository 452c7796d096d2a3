import { isDatelineError, type Article } from "@dateline/schema";
import { allFixtureArticles } from "@dateline/test-kit";
import { describe, expect, it } from "vitest";
import { feedparserReport, validateFeed } from "../test/validate-feed.js";
import { addToFeed, toRss } from "./index.js";

const CHANNEL = { feedUrl: "https://www.harbourgazette.example.com/feed.xml" };

function story(n: number, overrides: Partial<Article> = {}): Article {
  return {
    version: "1.0",
    url: `https://www.harbourgazette.example.com/news/${n}`,
    headline: `Story ${n}`,
    publisher: { type: "Organization", name: "The Harbour Gazette", url: "https://www.harbourgazette.example.com" },
    datePublished: `2025-06-${String(n).padStart(2, "0")}T09:00:00+01:00`,
    inLanguage: "en-GB",
    body: [{ type: "paragraph", text: `Text of story ${n}.` }],
    ...overrides,
  };
}

const itemBlocks = (xml: string) => xml.match(/<item>[\s\S]*?<\/item>/g) ?? [];

function caught(run: () => unknown): Error & { code?: string } {
  try {
    run();
  } catch (error) {
    expect(isDatelineError(error), String(error)).toBe(true);
    return error as Error & { code?: string };
  }
  throw new Error("expected a DatelineError");
}

/** A feed as another tool writes it: default permalink guids, GMT dates, no atom:link. */
const FOREIGN = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Gazette &amp; Friends</title>
<link>https://www.harbourgazette.example.com/</link>
<description>Old feed</description>
<language>en</language>
<lastBuildDate>Sat, 31 May 2025 10:00:00 GMT</lastBuildDate>
<item>
<title>Harbour wall &amp; slipway repaired</title>
<link>https://www.harbourgazette.example.com/news/wall</link>
<guid>https://www.harbourgazette.example.com/news/wall</guid>
<pubDate>Sat, 31 May 2025 10:00:00 GMT</pubDate>
<description>Volunteers &lt;em&gt;finished&lt;/em&gt; the wall.</description>
<content:encoded><![CDATA[<p>Volunteers <em>finished</em> the wall.</p>]]></content:encoded>
<dc:creator>Rhiannon Tate</dc:creator>
<dc:creator>Alun Prys</dc:creator>
<category domain="https://www.harbourgazette.example.com/tags">Harbour</category>
<category>Volunteers</category>
<enclosure url="https://www.harbourgazette.example.com/media/wall.jpg" length="53120" type="image/jpeg"/>
</item>
<item>
<title>Tide tables</title>
<guid>tides-2025</guid>
<pubDate>Fri, 30 May 2025 08:00:00 EST</pubDate>
</item>
</channel>
</rss>
`;

describe("addToFeed", () => {
  it("starts a new feed, the same as toRss, when there is none", () => {
    const articles = [story(1), story(2)];
    expect(addToFeed(undefined, articles, CHANNEL)).toBe(toRss(articles, CHANNEL));
  });

  it("reads back its own feed without changing a byte, channel settings included", () => {
    const xml = toRss(allFixtureArticles(), CHANNEL);
    expect(addToFeed(xml, [])).toBe(xml);
  });

  it("keeps older items and puts a new article in date order", () => {
    const before = toRss([story(1), story(2), story(4)], CHANNEL);
    const after = addToFeed(before, [story(3)], {});
    expect(feedparserReport(after).titles).toEqual(["Story 4", "Story 3", "Story 2", "Story 1"]);
    for (const block of itemBlocks(before)) expect(after).toContain(block);
    expect(validateFeed(after)).toEqual([]);
  });

  it("replaces the item with the same guid by the new version", () => {
    const before = toRss([story(1), story(2)], CHANNEL);
    const after = addToFeed(before, [story(1, { headline: "Story 1, corrected", dateModified: "2025-06-03T12:00:00+01:00" })], {});
    expect(feedparserReport(after).titles).toEqual(["Story 2", "Story 1, corrected"]);
    expect(after).not.toContain("<![CDATA[Story 1]]>");
    expect(after.match(/<lastBuildDate>(.*)<\/lastBuildDate>/)?.[1]).toBe("Tue, 03 Jun 2025 12:00:00 +0100");
    expect(validateFeed(after)).toEqual([]);
  });

  it("trims to the max newest items", () => {
    const before = toRss([story(1), story(2), story(3)], CHANNEL);
    const after = addToFeed(before, [story(4), story(5)], {}, { max: 3 });
    expect(feedparserReport(after).titles).toEqual(["Story 5", "Story 4", "Story 3"]);
    expect(validateFeed(after)).toEqual([]);
  });

  it("keeps every field of items written by another tool", () => {
    const after = addToFeed(FOREIGN, [story(1)], CHANNEL);
    expect(validateFeed(after)).toEqual([]);
    const [added, wall, tides] = itemBlocks(after);
    expect(added).toContain("Story 1");
    expect(wall).toBe(
      [
        "<item>",
        "      <title><![CDATA[Harbour wall & slipway repaired]]></title>",
        // The same HTML, now in CDATA instead of escaped.
        "      <description><![CDATA[Volunteers <em>finished</em> the wall.]]></description>",
        "      <link>https://www.harbourgazette.example.com/news/wall</link>",
        '      <guid isPermaLink="true">https://www.harbourgazette.example.com/news/wall</guid>',
        "      <category><![CDATA[Harbour]]></category>",
        "      <category><![CDATA[Volunteers]]></category>",
        '      <enclosure url="https://www.harbourgazette.example.com/media/wall.jpg" length="53120" type="image/jpeg"/>',
        "      <dc:creator>Rhiannon Tate</dc:creator>",
        "      <dc:creator>Alun Prys</dc:creator>",
        "      <pubDate>Sat, 31 May 2025 10:00:00 +0000</pubDate>",
        "      <content:encoded><![CDATA[<p>Volunteers <em>finished</em> the wall.</p>]]></content:encoded>",
        "    </item>",
      ].join("\n"),
    );
    // A guid that is no URL cannot be a permalink; its value stays, so readers still know the item.
    expect(tides).toContain('<guid isPermaLink="false">tides-2025</guid>');
    expect(tides).toContain("<pubDate>Fri, 30 May 2025 08:00:00 -0500</pubDate>");
    // The old feed's channel settings stay; what it lacked comes from the options.
    expect(after).toContain("<title><![CDATA[Gazette & Friends]]></title>");
    expect(after).toContain("<language><![CDATA[en]]></language>");
    expect(after).toContain(`<atom:link href="${CHANNEL.feedUrl}" rel="self"`);
  });

  it("keeps the zone of an old date written with the relaxations feeds use (weekday and month spelt out, one-digit hour)", () => {
    const relaxed = FOREIGN.replace("Fri, 30 May 2025 08:00:00 EST", "Friday, 30 May 2025 8:00 EST");
    const [, , tides] = itemBlocks(addToFeed(relaxed, [story(1)], CHANNEL));
    expect(tides).toContain("<pubDate>Fri, 30 May 2025 08:00:00 -0500</pubDate>");
  });

  it("reads an old date without a zone as UTC, whatever the machine's zone", () => {
    const machineZone = process.env.TZ;
    process.env.TZ = "America/New_York";
    try {
      for (const zoneless of ["Fri, 30 May 2025 08:00:00", "2025-05-30T08:00:00"]) {
        const [, , tides] = itemBlocks(addToFeed(FOREIGN.replace("Fri, 30 May 2025 08:00:00 EST", zoneless), [story(1)], CHANNEL));
        expect(tides).toContain("<pubDate>Fri, 30 May 2025 08:00:00 +0000</pubDate>");
      }
    } finally {
      if (machineZone === undefined) delete process.env.TZ;
      else process.env.TZ = machineZone;
    }
  });

  it("drops repeated guids of an old feed, keeping the first", () => {
    const doubled = FOREIGN.replace("<guid>tides-2025</guid>", "<guid>https://www.harbourgazette.example.com/news/wall</guid>");
    const after = addToFeed(doubled, [], CHANNEL);
    expect(feedparserReport(after).titles).toEqual(["Harbour wall & slipway repaired"]);
  });

  it("rejects a malformed feed with the line and column", () => {
    const truncated = FOREIGN.slice(0, FOREIGN.indexOf("</item>"));
    const error = caught(() => addToFeed(truncated, [story(1)], CHANNEL));
    expect(error.code).toBe("INVALID_FEED");
    expect(error.message).toMatch(/line \d+, column \d+/);
    const broken = caught(() => addToFeed(FOREIGN.replace("<title>Tide tables</title>", "<title>Tide tables</titel>"), [], CHANNEL));
    expect(broken.message).toMatch(/line 23, column \d+/);
  });

  it("rejects a document that is not RSS", () => {
    const atom = '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>';
    expect(caught(() => addToFeed(atom, [story(1)], CHANNEL)).code).toBe("INVALID_FEED");
  });

  it("rejects a max that is not a whole number of items", () => {
    for (const max of [-1, 2.5, Number.NaN])
      expect(caught(() => addToFeed(undefined, [story(1)], CHANNEL, { max })).code).toBe("INVALID_OPTION");
  });
});
