import { articleKey, articleSummary, isDatelineError, newestDate, type Article } from "@dateline/schema";
import { exporterConformance } from "@dateline/test-kit/conformance";
import { allFixtureArticles, manyArticles, seedArticle } from "@dateline/test-kit";
import { afterEach, describe, expect, it, vi } from "vitest";
import { checkFeedRules } from "../test/feed-rules.js";
import { feedparserReport, validateFeed } from "../test/validate-feed.js";
import { toRss } from "./index.js";

const FEED_URL = "https://news.example.com/feed.xml";

exporterConformance({
  name: "rss",
  render: (articles) => toRss(articles, { feedUrl: FEED_URL }),
  validate: (xml, label) => validateFeed(xml, label),
});

/** A small valid article; each test changes what it is about. */
function story(overrides: Partial<Article> = {}): Article {
  return {
    version: "1.0",
    url: "https://www.harbourgazette.example.com/news/ferry",
    headline: "Night ferry returns",
    description: "The 23:40 crossing comes back on 1 July.",
    publisher: { type: "Organization", name: "The Harbour Gazette", url: "https://www.harbourgazette.example.com" },
    datePublished: "2025-06-17T07:15:00+01:00",
    inLanguage: "en-GB",
    body: [{ type: "paragraph", text: "The late-night ferry will run again." }],
    ...overrides,
  };
}

function expectDatelineError(run: () => unknown, code: string, text: RegExp): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(isDatelineError(caught), `expected a DatelineError, got ${String(caught)}`).toBe(true);
  expect(caught).toMatchObject({ code });
  expect((caught as Error).message).toMatch(text);
}

/** The text of each `<name>` in the feed, in order. */
function elements(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}(?: [^>]*)?>(?:<!\\[CDATA\\[)?([\\s\\S]*?)(?:\\]\\]>)?</${name}>`, "g"))].map(
    (match) => match[1]!,
  );
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe("toRss: validity", () => {
  it("the seed article makes a feed that every check accepts", () => {
    const xml = toRss([seedArticle()], { feedUrl: FEED_URL });
    expect(validateFeed(xml, "seed")).toEqual([]);
    expect(feedparserReport(xml)).toMatchObject({ bozo: 0, version: "rss20", entries: 1, titles: [seedArticle().headline] });
  });

  it("a 1,000-item feed is clean and fully read by feedparser", () => {
    const articles = manyArticles(1000);
    const xml = toRss(articles, { feedUrl: FEED_URL });
    expect(xml.split("<item>").length - 1).toBe(1000);
    // validateFeed also checks that feedparser reads one entry per item.
    expect(validateFeed(xml, "1000 items")).toEqual([]);
  });

  it("makes a valid feed with no items when every channel setting is given", () => {
    const xml = toRss([], { title: "Empty", link: "https://example.com", feedUrl: FEED_URL, language: "en" });
    expect(validateFeed(xml, "empty")).toEqual([]);
    expect(xml).not.toContain("<item>");
  });

  it("removes characters XML forbids and survives ]]> in text", () => {
    const xml = toRss([story({ headline: "Bad\u0001 bytes\uFFFE here", body: [{ type: "paragraph", text: "a ]]> b \u0008c" }] })], {
      feedUrl: FEED_URL,
    });
    expect(validateFeed(xml)).toEqual([]);
    expect(feedparserReport(xml).titles).toEqual(["Bad bytes here"]);
    expect(xml).not.toMatch(/[\u0001\u0008\uFFFE]/u);
  });
});

describe("toRss: channel", () => {
  it("derives title, link, language and image from the publisher", () => {
    const xml = toRss(
      [
        story({
          publisher: {
            type: "Organization",
            name: "The Harbour Gazette",
            url: "https://www.harbourgazette.example.com",
            logo: "https://www.harbourgazette.example.com/logo.png",
          },
        }),
      ],
      {
        feedUrl: FEED_URL,
      },
    );
    expect(elements(xml, "title")[0]).toBe("The Harbour Gazette");
    expect(elements(xml, "link")[0]).toBe("https://www.harbourgazette.example.com/");
    expect(elements(xml, "description")[0]).toBe("Latest articles from The Harbour Gazette");
    expect(elements(xml, "language")).toEqual(["en-GB"]);
    expect(elements(xml, "url")).toEqual(["https://www.harbourgazette.example.com/logo.png"]);
    expect(elements(xml, "generator")).toEqual(["Dateline"]);
    expect(xml).toContain(`<atom:link href="${FEED_URL}" rel="self" type="application/rss+xml"/>`);
    expect(checkFeedRules(xml)).toEqual([]);
  });

  it("takes the publisher and language most articles share", () => {
    const other = { type: "Organization", name: "Other Times", url: "https://other.example.com" } as const;
    const xml = toRss(
      [
        story({ url: "https://a.example.com/1", publisher: other, inLanguage: "fr" }),
        story({ url: "https://a.example.com/2" }),
        story({ url: "https://a.example.com/3" }),
      ],
      { feedUrl: FEED_URL },
    );
    expect(elements(xml, "title")[0]).toBe("The Harbour Gazette");
    expect(elements(xml, "language")).toEqual(["en-GB"]);
  });

  it("uses the settings it is given over derived ones", () => {
    const xml = toRss([story()], {
      title: "Ferries",
      link: "https://ferries.example.com",
      description: "Boats.",
      feedUrl: "/rss.xml",
      language: "ga",
      image: "/badge.gif",
      generator: "Test",
      lastBuildDate: "2025-07-01T00:00:00Z",
    });
    expect(elements(xml, "title").slice(0, 2)).toEqual(["Ferries", "Ferries"]);
    expect(elements(xml, "description")[0]).toBe("Boats.");
    expect(xml).toContain('<atom:link href="https://ferries.example.com/rss.xml"');
    expect(elements(xml, "url")).toEqual(["https://ferries.example.com/badge.gif"]);
    expect(elements(xml, "language")).toEqual(["ga"]);
    expect(elements(xml, "generator")).toEqual(["Test"]);
    expect(elements(xml, "lastBuildDate")).toEqual(["Tue, 01 Jul 2025 00:00:00 +0000"]);
    expect(checkFeedRules(xml)).toEqual([]);
  });

  it("resolves a relative site link against an absolute feed URL", () => {
    const xml = toRss([story()], { link: "/", feedUrl: "https://ferries.example.com/feeds/all.xml" });
    expect(elements(xml, "link")[0]).toBe("https://ferries.example.com/");
  });

  it("builds a feed without its own URL, and warns that atom:link rel=self is missing", () => {
    const warnings: string[] = [];
    const xml = toRss([story()], { onWarning: (message) => warnings.push(message) });
    expect(xml).not.toContain("atom:link");
    expect(feedparserReport(xml).bozo).toBe(0);
    expect(warnings).toEqual([expect.stringMatching(/atom:link rel="self".*channel\.feedUrl/)]);
  });

  it("says which setting to pass when one cannot be derived", () => {
    expectDatelineError(() => toRss([story({ publisher: undefined })], { feedUrl: FEED_URL }), "INVALID_OPTION", /channel\.title/);
    const unreadablePublisher = { type: "Organization" as const, name: "\uFFFE \u0001", url: "https://news.example.com/" };
    expectDatelineError(
      () => toRss([story({ publisher: unreadablePublisher })], { feedUrl: FEED_URL }),
      "INVALID_OPTION",
      /channel\.title.*forbids/,
    );
    expectDatelineError(
      () => toRss([story({ publisher: { type: "Organization", name: "No Site" } })], { feedUrl: FEED_URL }),
      "INVALID_OPTION",
      /channel\.link/,
    );
    expectDatelineError(() => toRss([story({ inLanguage: undefined })], { feedUrl: FEED_URL }), "INVALID_OPTION", /channel\.language/);
  });

  it("rejects links that are not http(s) or cannot be resolved", () => {
    expectDatelineError(() => toRss([story()], { link: "javascript:alert(1)", feedUrl: FEED_URL }), "INVALID_OPTION", /channel\.link/);
    expectDatelineError(() => toRss([story()], { link: "/news", feedUrl: "/feed.xml" }), "INVALID_OPTION", /channel\.link.*absolute/);
    expectDatelineError(() => toRss([story()], { feedUrl: "ftp://example.com/feed.xml" }), "INVALID_OPTION", /channel\.feedUrl/);
    expectDatelineError(() => toRss([story()], { feedUrl: FEED_URL, language: "English" }), "INVALID_OPTION", /channel\.language/);
    expectDatelineError(
      () => toRss([story()], { feedUrl: FEED_URL, lastBuildDate: "yesterday" }),
      "INVALID_OPTION",
      /channel\.lastBuildDate/,
    );
  });

  it("refuses an image format RSS does not allow, and drops a derived one with a warning", () => {
    expectDatelineError(
      () => toRss([story()], { feedUrl: FEED_URL, image: "https://example.com/logo.svg" }),
      "INVALID_OPTION",
      /channel\.image/,
    );
    const warnings: string[] = [];
    const publisher = {
      type: "Organization",
      name: "Svg Co",
      url: "https://svg.example.com",
      logo: "https://svg.example.com/logo.svg",
    } as const;
    const xml = toRss([story({ publisher })], { feedUrl: FEED_URL, onWarning: (message) => warnings.push(message) });
    expect(xml).not.toContain("<image>");
    expect(warnings).toEqual([expect.stringContaining("logo.svg")]);
  });
});

describe("toRss: lastBuildDate", () => {
  it("is the newest article date, with the publisher's offset", () => {
    vi.stubEnv("SOURCE_DATE_EPOCH", undefined);
    const articles = [
      story({ url: "https://a.example.com/1", dateModified: "2025-06-18T09:00:00+01:00" }),
      story({ url: "https://a.example.com/2" }),
    ];
    expect(newestDate(articles)).toBe("2025-06-18T09:00:00+01:00");
    expect(elements(toRss(articles, { feedUrl: FEED_URL }), "lastBuildDate")).toEqual(["Wed, 18 Jun 2025 09:00:00 +0100"]);
  });

  it("never depends on the clock", () => {
    vi.stubEnv("SOURCE_DATE_EPOCH", undefined);
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2030-01-01T00:00:00Z"));
    const first = toRss(allFixtureArticles(), { feedUrl: FEED_URL });
    vi.setSystemTime(new Date("2031-06-15T12:34:56Z"));
    expect(toRss(allFixtureArticles(), { feedUrl: FEED_URL })).toBe(first);
    const newest = toRss([story({ datePublished: newestDate(allFixtureArticles()) })], { feedUrl: FEED_URL });
    expect(elements(first, "lastBuildDate")).toEqual(elements(newest, "pubDate"));
  });

  it("is SOURCE_DATE_EPOCH when set, even over article dates: the build-date policy of the PDF and the EPUB", () => {
    vi.stubEnv("SOURCE_DATE_EPOCH", "1741860000");
    const dated = story({ url: "https://a.example.com/1", datePublished: "2025-06-18T09:00:00+01:00" });
    expect(elements(toRss([dated], { feedUrl: FEED_URL }), "lastBuildDate")).toEqual(["Thu, 13 Mar 2025 10:00:00 +0000"]);
  });

  it("falls back to SOURCE_DATE_EPOCH, else is left out, when no article has a date", () => {
    const undated = story({ datePublished: undefined });
    vi.stubEnv("SOURCE_DATE_EPOCH", undefined);
    const none = toRss([undated], { feedUrl: FEED_URL });
    expect(none).not.toContain("lastBuildDate");
    expect(checkFeedRules(none)).toEqual([]);
    vi.stubEnv("SOURCE_DATE_EPOCH", "1741860000");
    expect(elements(toRss([undated], { feedUrl: FEED_URL }), "lastBuildDate")).toEqual(["Thu, 13 Mar 2025 10:00:00 +0000"]);
  });
});

describe("toRss: items", () => {
  it("puts the newest first and keeps the given order for ties", () => {
    const dated = (n: number, date: string) => story({ url: `https://a.example.com/${n}`, headline: `Story ${n}`, datePublished: date });
    const xml = toRss(
      [
        dated(1, "2025-01-01"),
        dated(2, "2025-03-01T10:00:00Z"),
        story({ url: "https://a.example.com/0", headline: "Undated", datePublished: undefined }),
        dated(3, "2025-03-01T11:00:00+01:00"),
        dated(4, "2025-02-01"),
      ],
      { feedUrl: FEED_URL },
    );
    expect(feedparserReport(xml).titles).toEqual(["Story 2", "Story 3", "Story 4", "Story 1", "Undated"]);
  });

  it("writes pubDate in RFC 822 with the article's own offset", () => {
    const dates = ["2025-06-17T07:15:00+01:00", "2025-03-13", "2025-12-31T23:59:59.5Z", "2025-06-17T07:15:00+05:45"].map(
      (datePublished, i) =>
        elements(toRss([story({ url: `https://a.example.com/${i}`, datePublished })], { feedUrl: FEED_URL }), "pubDate")[0],
    );
    // +05:45 is written in UTC: the validator warns about offsets that are not whole or half hours.
    expect(dates).toEqual([
      "Tue, 17 Jun 2025 07:15:00 +0100",
      "Thu, 13 Mar 2025 00:00:00 +0000",
      "Wed, 31 Dec 2025 23:59:59 +0000",
      "Tue, 17 Jun 2025 01:30:00 +0000",
    ]);
  });

  it("uses the URL as a permalink guid, else the stable article key", () => {
    const seed = seedArticle();
    const xml = toRss([story(), seed], { feedUrl: FEED_URL });
    expect(xml).toContain('<guid isPermaLink="true">https://www.harbourgazette.example.com/news/ferry</guid>');
    expect(xml).toContain(`<guid isPermaLink="false">${articleKey(seed)}</guid>`);
    expect(elements(xml, "link")).toEqual(["https://www.harbourgazette.example.com/", "https://www.harbourgazette.example.com/news/ferry"]);
    const byId = toRss([story({ url: undefined, id: "harbour-ferry-2025-06" }), story({ url: undefined, id: "48213" })], {
      feedUrl: FEED_URL,
    });
    expect(elements(byId, "guid")).toEqual(["harbour-ferry-2025-06", "dateline:48213"]);
    expect(checkFeedRules(byId)).toEqual([]);
  });

  it("writes one dc:creator per author and never <author>", () => {
    const authors = [
      { type: "Person", name: "Olena Kovalenko" },
      { type: "Person", name: "Tomás Ó Briain" },
      { type: "Organization", name: "Gazette Staff" },
    ] as const;
    const xml = toRss([story({ authors: [...authors] })], { feedUrl: FEED_URL });
    expect(elements(xml, "dc:creator")).toEqual(["Olena Kovalenko", "Tomás Ó Briain", "Gazette Staff"]);
    expect(xml).not.toContain("<author>");
  });

  it("writes a category per section and keyword, once each", () => {
    const xml = toRss([story({ section: "Transport", keywords: ["ferries", "Transport", "night & day"] })], { feedUrl: FEED_URL });
    expect(elements(xml, "category")).toEqual(["Transport", "ferries", "night & day"]);
  });

  it("describes with the summary as text and carries the full body, pictures included", () => {
    const article = story({
      description: "Fares rise <b>a lot</b> & more",
      image: { caption: "The ferry", image: { url: "https://cdn.example.com/ferry.jpg", alt: "A ferry" } },
      body: [
        {
          type: "paragraph",
          text: "See the timetable.",
          marks: [{ type: "link", start: 8, end: 17, href: "https://example.com/timetable" }],
        },
        { type: "figure", caption: "The quay", image: { url: "https://cdn.example.com/quay.png" } },
      ],
    });
    const xml = toRss([article], { feedUrl: FEED_URL });
    expect(elements(xml, "description")[1]).toBe("Fares rise &lt;b&gt;a lot&lt;/b&gt; &amp; more");
    expect(articleSummary(article)).toBe("Fares rise <b>a lot</b> & more");
    const [content] = elements(xml, "content:encoded");
    expect(content).toContain('<img src="https://cdn.example.com/ferry.jpg" alt="A ferry"/>');
    expect(content).toContain('<img src="https://cdn.example.com/quay.png"');
    expect(content).toContain('<a href="https://example.com/timetable">timetable</a>');
    expect(checkFeedRules(xml)).toEqual([]);
  });

  it("keeps the newest version of an article given twice", () => {
    const older = story({ headline: "First take", dateModified: "2025-06-17T08:00:00+01:00" });
    const newer = story({ headline: "Updated take", dateModified: "2025-06-17T12:00:00+01:00" });
    for (const order of [
      [older, newer],
      [newer, older],
    ]) {
      const xml = toRss(order, { feedUrl: FEED_URL });
      expect(feedparserReport(xml).titles).toEqual(["Updated take"]);
    }
  });
});

describe("toRss: enclosure", () => {
  const lead = { caption: "The ferry", image: { url: "https://cdn.example.com/media/ferry.jpg" } };
  const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

  it("is left out without a local copy, because length 0 is invalid", () => {
    const xml = toRss([story({ image: lead })], { feedUrl: FEED_URL });
    expect(xml).not.toContain("<enclosure");
  });

  it("takes length and type from local bytes, trusting the bytes over the name", () => {
    const xml = toRss([story({ image: lead })], { feedUrl: FEED_URL, images: new Map([[lead.image.url, PNG]]) });
    expect(xml).toContain('<enclosure url="https://cdn.example.com/media/ferry.jpg" length="12" type="image/png"/>');
    expect(validateFeed(xml)).toEqual([]);
  });

  it("warns and leaves it out when the bytes are empty or not a picture, whatever the name says", () => {
    const warnings: string[] = [];
    for (const bytes of [new Uint8Array(), Buffer.alloc(2048, 1)]) {
      const xml = toRss([story({ image: lead })], {
        feedUrl: FEED_URL,
        images: new Map([[lead.image.url, bytes]]),
        onWarning: (message) => warnings.push(message),
      });
      expect(xml).not.toContain("<enclosure");
    }
    expect(warnings).toEqual([expect.stringMatching(/ferry\.jpg is empty/), expect.stringMatching(/ferry\.jpg is not a JPEG/)]);
  });
});
