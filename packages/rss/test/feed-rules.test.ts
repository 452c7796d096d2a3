import { describe, expect, it } from "vitest";
import { checkFeedRules } from "./feed-rules.js";

/** A small feed that breaks no rule; each case below breaks exactly one. */
const GOOD = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Harbour Gazette</title>
    <link>https://example.com/</link>
    <description>Latest articles</description>
    <language>en-GB</language>
    <lastBuildDate>Tue, 17 Jun 2025 11:02:00 +0100</lastBuildDate>
    <atom:link href="https://example.com/feed.xml" rel="self" type="application/rss+xml"/>
    <image><url>https://example.com/logo.png</url><title>Harbour Gazette</title><link>https://example.com/</link></image>
    <item>
      <title>Night ferry returns</title>
      <description><![CDATA[The 23:40 crossing comes back &amp; stays.]]></description>
      <link>https://example.com/ferry</link>
      <guid isPermaLink="true">https://example.com/ferry</guid>
      <dc:creator>Olena Kovalenko</dc:creator>
      <pubDate>Tue, 17 Jun 2025 07:15:00 +0100</pubDate>
      <enclosure url="https://example.com/ferry.jpg" length="1024" type="image/jpeg"/>
      <content:encoded><![CDATA[<p>The <a href="https://example.com/timetable">timetable</a>.</p><img src="https://example.com/ferry.jpg" alt=""/>]]></content:encoded>
    </item>
    <item>
      <title>Second story</title>
      <guid isPermaLink="false">dateline:0123456789abcdef</guid>
    </item>
  </channel>
</rss>`;

function replace(search: string, replacement: string): string {
  if (!GOOD.includes(search)) throw new Error(`test feed has no ${search}`);
  return GOOD.replace(search, replacement);
}

const cases: Array<[id: string, xml: string]> = [
  ["SAXError", replace("</channel>", "")],
  ["InvalidRSSVersion", replace('version="2.0"', 'version="0.91"')],
  ["MissingTitle", replace("<title>Harbour Gazette</title>\n", "")],
  ["MissingDescription", replace("<description>Latest articles</description>", "")],
  ["MissingLink", replace("<link>https://example.com/</link>\n    <description>", "<description>")],
  ["MissingDCLanguage", replace("<language>en-GB</language>", "")],
  ["InvalidLanguage", replace("<language>en-GB</language>", "<language>English</language>")],
  ["MissingAtomSelfLink", replace('rel="self"', 'rel="hub"')],
  ["InvalidFullLink", replace("<link>https://example.com/ferry</link>", "<link>/ferry</link>")],
  ["InvalidFullLink", replace("<link>https://example.com/ferry</link>", "<link>https://example.com/straße</link>")],
  ["InvalidRFC2822Date", replace("Tue, 17 Jun 2025 07:15:00 +0100", "2025-06-17T07:15:00+01:00")],
  ["IncorrectDOW", replace("Tue, 17 Jun 2025 07:15:00 +0100", "Wed, 17 Jun 2025 07:15:00 +0100")],
  ["ProblematicalRFC822Date", replace("Tue, 17 Jun 2025 07:15:00 +0100", "Tue, 17 Jun 2025 07:15:00 +0545")],
  ["ImplausibleDate", replace("Tue, 17 Jun 2025 07:15:00 +0100", "Thu, 01 Jan 1970 00:00:00 +0000")],
  ["InvalidHttpGUID", replace('<guid isPermaLink="false">dateline:0123456789abcdef</guid>', "<guid>dateline:0123456789abcdef</guid>")],
  ["InvalidHttpGUID", replace('<guid isPermaLink="true">https://example.com/ferry</guid>', '<guid isPermaLink="true">ferry-1</guid>')],
  ["DuplicateValue", replace("dateline:0123456789abcdef", "https://example.com/ferry")],
  ["MissingGuid", replace('<guid isPermaLink="false">dateline:0123456789abcdef</guid>', "")],
  ["NotSufficientlyUnique", replace("dateline:0123456789abcdef", "42")],
  ["DuplicateElement", replace("<title>Second story</title>", "<title>Second story</title><title>Again</title>")],
  ["ItemMustContainTitleOrDescription", replace("<title>Second story</title>", "")],
  ["ContainsHTML", replace("<title>Second story</title>", "<title><![CDATA[Second <b>story</b>]]></title>")],
  [
    "ContainsHTML",
    replace("<description>Latest articles</description>", "<description>Latest &lt;em&gt;articles&lt;/em&gt;</description>"),
  ],
  ["NotHtml", replace("The 23:40 crossing comes back &amp; stays.", "The <em>23:40 crossing")],
  ["NotHtml", replace("<p>The <a", "<p>The <p <a")],
  ["NotHtml", replace("<p>The <a", "<p>The <blink>x</blink><a")],
  ["SecurityRisk", replace("<p>The <a", "<script>alert(1)</script><p>The <a")],
  ["ContainsRelRef", replace('href="https://example.com/timetable"', 'href="/timetable"')],
  ["ContainsRelRef", replace('src="https://example.com/ferry.jpg"', 'src="ferry.jpg"')],
  [
    "NeedDescriptionBeforeContent",
    replace("<description><![CDATA[The 23:40 crossing comes back &amp; stays.]]></description>", "").replace(
      "<dc:creator>",
      "<content:encoded>x</content:encoded><description>late</description><dc:creator>",
    ),
  ],
  ["InvalidIntegerAttribute", replace('length="1024"', 'length="0"')],
  ["MissingAttribute", replace('length="1024" ', "")],
  ["InvalidMIMEAttribute", replace('type="image/jpeg"', 'type="jpeg"')],
  ["InvalidURLAttribute", replace('url="https://example.com/ferry.jpg"', 'url="ferry.jpg"')],
  [
    "DuplicateEnclosure",
    replace("<content:encoded>", '<enclosure url="https://example.com/b.jpg" length="9" type="image/jpeg"/><content:encoded>'),
  ],
  ["InvalidContact", replace("<dc:creator>Olena Kovalenko</dc:creator>", "<author>Olena Kovalenko</author>")],
  [
    "DuplicateItemSemantics",
    replace(
      "<dc:creator>Olena Kovalenko</dc:creator>",
      "<dc:creator>Olena Kovalenko</dc:creator><author>olena@example.com (Olena)</author>",
    ),
  ],
  ["ImageUrlFormat", replace("logo.png", "logo.svg")],
  [
    "ImageTitleDoesntMatch",
    replace(
      "<url>https://example.com/logo.png</url><title>Harbour Gazette</title>",
      "<url>https://example.com/logo.png</url><title>Logo</title>",
    ),
  ],
  [
    "ImageLinkDoesntMatch",
    replace(
      "<title>Harbour Gazette</title><link>https://example.com/</link>",
      "<title>Harbour Gazette</title><link>https://example.org/</link>",
    ),
  ],
  ["MisplacedItem", replace("</channel>", "<ttl>60</ttl></channel>")],
];

describe("feed rule checker", () => {
  it("finds nothing wrong with a good feed", () => {
    expect(checkFeedRules(GOOD)).toEqual([]);
  });

  it.each(cases)("reports %s", (id, xml) => {
    const ids = checkFeedRules(xml).map((finding) => finding.id);
    expect(ids).toContain(id);
  });

  it("says where a finding is", () => {
    const [finding] = checkFeedRules(replace('length="1024"', 'length="0"'));
    expect(finding).toMatchObject({ id: "InvalidIntegerAttribute", where: "channel/item[1]/enclosure/@length" });
  });
});
