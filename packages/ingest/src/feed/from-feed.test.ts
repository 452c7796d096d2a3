import { toRss } from "@dateline/rss";
import { type Article, articleKey, articleSubjects, articleSummary } from "@dateline/schema";
import { listFixtures, loadArticle } from "@dateline/test-kit";
import { describe, expect, it } from "vitest";
import { type FeedItemReport, fromFeed } from "./from-feed.js";

function rss(items: string, namespaces = ""): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"${namespaces}>
<channel><title>Pier Radio</title><link>https://pier.example.com/</link><description>News</description><language>en</language>
${items}
</channel></rss>`;
}

function readWithWarnings(xml: string) {
  const warnings: string[] = [];
  const items: FeedItemReport[] = [];
  const articles = fromFeed(xml, { source: "feed.xml", onWarning: (m) => warnings.push(m), onItem: (r) => items.push(r) });
  return { articles, warnings, items };
}

describe("fromFeed: RSS 2.0", () => {
  it("is tolerant of what real feeds do: undeclared HTML entities, a bare ampersand, CDATA", () => {
    const { articles, warnings } = readWithWarnings(
      rss(`<item><title>Caf&eacute; reopens&nbsp;today & tomorrow</title><link>https://pier.example.com/cafe</link>
        <description><![CDATA[<p>The caf&eacute; on the <b>pier</b> is open.</p>]]></description></item>`),
    );
    expect(warnings).toEqual([]);
    expect(articles[0]).toMatchObject({
      headline: "Café reopens today & tomorrow",
      url: "https://pier.example.com/cafe",
      body: [{ type: "paragraph", text: "The café on the pier is open.", marks: [{ type: "strong", start: 16, end: 20 }] }],
      publisher: { type: "Organization", name: "Pier Radio", url: "https://pier.example.com/" },
      inLanguage: "en",
    });
  });

  it("keeps a summary-only item's summary as its body, and says it is summary-only", () => {
    const { articles, items } = readWithWarnings(
      rss(`<item><title>A</title><link>https://pier.example.com/a</link><description>Only a summary.</description></item>
           <item><title>B</title><link>https://pier.example.com/b</link><description>Short.</description><content:encoded>&lt;p&gt;Full text.&lt;/p&gt;</content:encoded></item>`),
    );
    expect(articles.map((a) => a.body)).toEqual([
      [{ type: "paragraph", text: "Only a summary." }],
      [{ type: "paragraph", text: "Full text." }],
    ]);
    expect(articles[1]?.description).toBe("Short.");
    expect(items.map((i) => [i.position, i.fullText])).toEqual([
      [1, false],
      [2, true],
    ]);
  });

  it("reads dates with their offset, authors, categories and the enclosure picture", () => {
    const [article] = fromFeed(
      rss(`<item><title>A</title><link>https://pier.example.com/a</link><description>Text.</description>
        <pubDate>Tue, 04 Mar 2025 09:30:00 +0100</pubDate><dc:creator>Ann Example</dc:creator><author>b@example.com (Bo Example)</author>
        <category>Harbour</category><category domain="x">Boats</category><category>Harbour</category>
        <enclosure url="https://pier.example.com/a.jpg" length="100" type="image/jpeg"/><guid isPermaLink="false">pier-1</guid></item>`),
    );
    expect(article).toMatchObject({
      id: "pier-1",
      datePublished: "2025-03-04T09:30:00+01:00",
      authors: [
        { type: "Person", name: "Ann Example" },
        { type: "Person", name: "Bo Example" },
      ],
      keywords: ["Harbour", "Boats"],
      image: { caption: "A", image: { url: "https://pier.example.com/a.jpg" } },
    });
  });

  it("a bad item is left out with a warning naming it; the others are read", () => {
    const { articles, warnings } = readWithWarnings(
      rss(`<item><title>Good</title><description>Text.</description></item>
           <item><guid>pier-2</guid><link>https://pier.example.com/2</link></item>
           <item><title>No text at all</title></item>`),
    );
    expect(articles.map((a) => a.headline)).toEqual(["Good"]);
    expect(warnings).toEqual([
      'feed.xml: item 2 ("pier-2") left out: it has no title',
      'feed.xml: item 3 ("No text at all") left out: it has neither content nor a summary',
    ]);
  });

  it("a feed none of whose items can be read is an error", () => {
    expect(() => fromFeed(rss("<item><guid>x</guid></item>"), { source: "feed.xml" })).toThrow(
      expect.objectContaining({ code: "INVALID_FEED", source: "feed.xml", message: "none of the feed's 1 items could be read" }),
    );
  });

  it("reads RSS 1.0 (RDF)", () => {
    const [article] = fromFeed(`<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://pier.example.com/"><title>Pier</title><link>https://pier.example.com/</link></channel>
  <item rdf:about="https://pier.example.com/a"><title>A</title><link>https://pier.example.com/a</link><description>Text.</description><dc:date>2025-03-04T09:30:00Z</dc:date></item>
</rdf:RDF>`);
    expect(article).toMatchObject({ headline: "A", url: "https://pier.example.com/a", datePublished: "2025-03-04T09:30:00+00:00" });
  });
});

describe("fromFeed: an entry dated only by its update", () => {
  it("takes the update as the published date too, as Atom requires <updated> and leaves <published> optional", () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Pier Radio</title><id>urn:pier</id><updated>2025-03-06T08:00:00Z</updated>
<entry><title>Ferry timetable changes</title><id>urn:pier:1</id><link href="https://pier.example.com/ferry"/>
<updated>2025-03-05T10:00:00Z</updated><content type="html">&lt;p&gt;The winter timetable ends.&lt;/p&gt;</content></entry>
<entry><title>Harbour wall repaired</title><id>urn:pier:2</id><link href="https://pier.example.com/wall"/>
<published>2025-03-01T09:00:00Z</published><updated>2025-03-04T12:00:00Z</updated><content type="html">&lt;p&gt;Work is done.&lt;/p&gt;</content></entry>
</feed>`;
    const [updatedOnly, both] = fromFeed(atom);
    expect([updatedOnly?.datePublished, updatedOnly?.dateModified]).toEqual(["2025-03-05T10:00:00+00:00", "2025-03-05T10:00:00+00:00"]);
    expect([both?.datePublished, both?.dateModified]).toEqual(["2025-03-01T09:00:00+00:00", "2025-03-04T12:00:00+00:00"]);
  });

  it("takes no update for the published date of an entry that gives one in a form not read", () => {
    const rss = `<?xml version="1.0"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Pier Radio</title><link>https://pier.example.com/</link><description>News</description>
<item><title>Ferry timetable changes</title><link>https://pier.example.com/ferry</link><pubDate>Tue, 44 Foo 2025</pubDate><atom:updated>2025-03-06T09:00:00Z</atom:updated><description>The winter timetable ends.</description></item>
</channel></rss>`;
    const [entry] = fromFeed(rss);
    expect([entry?.datePublished, entry?.dateModified]).toEqual([undefined, "2025-03-06T09:00:00+00:00"]);
  });
});

describe("fromFeed: an entry's update dated before its published date", () => {
  const entry = (published: string, updated: string) => `<entry><title>Ferry timetable changes</title><id>urn:pier:${published}</id>
<published>${published}</published><updated>${updated}</updated><content type="html">&lt;p&gt;The winter timetable ends.&lt;/p&gt;</content></entry>`;
  const atom = (entries: string) => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Pier Radio</title><id>urn:pier</id><updated>2026-03-14T08:00:00Z</updated>${entries}</feed>`;

  it("drops an update earlier than the published date, keeps a later one and one on the day before that is later", () => {
    const read = fromFeed(
      atom(
        entry("2026-03-12T10:00:00+01:00", "2026-03-11T09:00:00+01:00") +
          entry("2026-03-12T10:00:00+01:00", "2026-03-13T09:00:00+01:00") +
          entry("2026-03-12T00:30:00+01:00", "2026-03-11T23:50:00Z"),
      ),
    ).map((article) => article.dateModified);
    expect(read).toEqual([undefined, "2026-03-13T09:00:00+01:00", "2026-03-11T23:50:00+00:00"]);
  });

  it("drops a JSON Feed item's earlier date_modified", () => {
    const json = JSON.stringify({
      version: "https://jsonfeed.org/version/1.1",
      title: "Pier Radio",
      items: [
        { id: "1", title: "Ferry", content_text: "The winter timetable ends.", date_published: "2026-03-12", date_modified: "2026-03-10" },
      ],
    });
    const [item] = fromFeed(json);
    expect([item?.datePublished, item?.dateModified]).toEqual(["2026-03-12", undefined]);
  });
});

describe("fromFeed: bad documents say what and where", () => {
  it("a feed that is not XML names the line and column", () => {
    expect(() => fromFeed("<rss><channel><title>T</title>\n<item><title>A</title></channel></rss>", { source: "feed.xml" })).toThrow(
      expect.objectContaining({
        code: "INVALID_FEED",
        source: "feed.xml",
        message: expect.stringMatching(/^the feed is not well-formed XML at line 2, column \d+/),
      }),
    );
    expect(() => fromFeed("just some words", { source: "feed.xml" })).toThrow(expect.objectContaining({ code: "INVALID_FEED" }));
  });

  it("XML that is not a feed names its root", () => {
    expect(() => fromFeed("<html><body/></html>")).toThrow(
      expect.objectContaining({ code: "INVALID_FEED", message: expect.stringContaining("<html>") }),
    );
  });

  it("a JSON Feed without items", () => {
    expect(() => fromFeed('{"version":"https://jsonfeed.org/version/1.1","title":"T"}')).toThrow(
      expect.objectContaining({ code: "INVALID_FEED", message: "the JSON Feed has no `items` array" }),
    );
  });

  it("nested entity declarations do not blow up", () => {
    let entities = '<!ENTITY a0 "xxxxxxxxxx">';
    for (let i = 1; i < 10; i++) entities += `<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`;
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [${entities}]>${rss("<item><title>&a9;</title><description>x</description></item>").replace(/^<\?xml[^>]*>/, "")}`;
    const [article] = fromFeed(xml);
    expect(article!.headline.length).toBeLessThan(1000);
  });
});

/** The channel Dateline's exporter is given for the round trip: only what it cannot derive. */
const CHANNEL = { feedUrl: "https://feeds.example.com/feed.xml" };

describe("round trip: Dateline's RSS read back gives the same article for every field RSS carries", () => {
  for (const fixture of listFixtures()) {
    it(fixture.name, () => {
      const article: Article = loadArticle(fixture);
      const [back, ...rest] = fromFeed(toRss([article], CHANNEL));
      expect(rest).toEqual([]);
      expect(back!.headline).toBe(article.headline);
      expect(back!.url).toBe(article.url ? new URL(article.url).href : undefined);
      // The guid: the permalink when there is one, the article's key otherwise.
      expect(back!.id).toBe(article.url ? new URL(article.url).href : articleKey(article));
      const published = article.datePublished ?? article.dateModified;
      // RSS dates are date-times: a date-only value comes back as its midnight in UTC, the same instant.
      expect(back!.datePublished && Date.parse(back!.datePublished)).toBe(published && Date.parse(published));
      const names = [...new Set((article.authors ?? []).map((author) => author.name))];
      expect(back!.authors?.map((author) => author.name) ?? []).toEqual(names);
      expect(back!.keywords ?? []).toEqual([...new Set(articleSubjects(article))]);
      expect(back!.description).toBe(article.description ? articleSummary(article) : undefined);
      // A one-item feed's channel is the article's: its title, link and language are the publisher's name and site and the article's language.
      expect(back!.publisher?.name).toBe(article.publisher?.name);
      expect(back!.publisher?.url).toBe(article.publisher?.url && new URL(article.publisher.url).href);
      expect(back!.inLanguage).toBe(article.inLanguage);
      // The exporter writes the picture's alt text as its caption when it has none.
      const image = article.image?.image ? { ...article.image.image, alt: article.image.image.alt ?? article.image.caption } : undefined;
      expect(back!.image).toEqual(article.image && { ...article.image, ...(image ? { image } : {}) });
      expect(back!.body).toEqual(article.body);
    });
  }
});

describe("a feed's dates are days the calendar has, in years a post can have", () => {
  const dated = (dates: string[], element: (date: string) => string) =>
    fromFeed(
      rss(
        dates
          .map(
            (date, k) =>
              `<item><title>Ferry notice ${k}</title><guid>urn:pier:${k}</guid>${element(date)}<description>Boats run late.</description></item>`,
          )
          .join("\n"),
      ),
    ).map((article) => article.datePublished);

  it("reads 29 February only in a leap year, and no month 0 or 13", () => {
    const pubDates = [
      "Tue, 29 Feb 2000 10:00:00 GMT",
      "Thu, 29 Feb 1900 10:00:00 GMT",
      "Thu, 29 Feb 2024 10:00:00 GMT",
      "Sat, 29 Feb 2100 10:00:00 GMT",
    ];
    expect(dated(pubDates, (date) => `<pubDate>${date}</pubDate>`)).toEqual([
      "2000-02-29T10:00:00+00:00",
      undefined,
      "2024-02-29T10:00:00+00:00",
      undefined,
    ]);
    const isoDates = ["2026-00-10", "2026-13-10", "2026-04-31", "2026-04-30"];
    expect(dated(isoDates, (date) => `<dc:date>${date}</dc:date>`)).toEqual([undefined, undefined, undefined, "2026-04-30"]);
  });

  it("reads no date from a generator's zero time, and keeps the day of a leap second's stamp", () => {
    const pubDates = ["Mon, 01 Jan 0001 00:00:00 +0000", "Thu, 12 Mar 2026 23:59:60 GMT"];
    expect(dated(pubDates, (date) => `<pubDate>${date}</pubDate>`)).toEqual([undefined, "2026-03-12"]);
  });
});
