/**
 * The RSS 2.0 rules the W3C feed validator (github.com/w3c/feedvalidator)
 * applies, re-implemented as a test oracle so feeds can be checked offline.
 * Message ids are the validator's own (src/feedvalidator/logging.py), so a
 * finding can be looked up at validator.w3.org/feed/docs/<kind>/<id>.html.
 * Relative URLs are reported as the validator does: InvalidFullLink in
 * elements that need an absolute URL, ContainsRelRef inside HTML.
 *
 * It is written apart from src/ on purpose: a checker that shared the
 * exporter's helpers would share its mistakes.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface RuleFinding {
  id: string;
  /** Where, as a path such as `channel/item[3]/guid`. */
  where: string;
  message: string;
}

interface Element {
  name: string;
  attrs: Record<string, string>;
  children: Element[];
  text: string;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
});

type OrderedNode = Record<string, unknown>;

function toElement(name: string, node: OrderedNode): Element {
  const attrs = (node[":@"] ?? {}) as Record<string, string>;
  const element: Element = { name, attrs, children: [], text: "" };
  for (const child of node[name] as OrderedNode[]) {
    if ("#text" in child) element.text += String(child["#text"]);
    else {
      const childName = Object.keys(child).find((key) => key !== ":@")!;
      element.children.push(toElement(childName, child));
    }
  }
  element.text = element.text.trim();
  return element;
}

const kids = (element: Element, name: string) => element.children.filter((child) => child.name === name);
const kid = (element: Element, name: string) => element.children.find((child) => child.name === name);

// rfc2396_full in validators.py: a scheme, then only ASCII URI characters.
const FULL_URI = /^[a-zA-Z][0-9a-zA-Z+\-.]*:(\/\/)?[0-9a-zA-Z;/?:@&=+$.\-_!~*'()%,#]+$/;
const HTTP_URI = /^https?:\/\/[^/]/i;
// rfc2822_re in validators.py: what the validator accepts without a warning.
const RFC2822 =
  /^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(\d\d?) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d\d):(\d\d)(?::(\d\d))? ([+-]?\d\d[03]0|UT|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|Z)$/;
// rfc822_re: the looser form it accepts with ProblematicalRFC822Date.
const RFC822 =
  /^((mon|tue|wed|thu|fri|sat|sun)\s*,\s*)?\d\d?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\s+\d\d(\d\d)?\s+\d\d:\d\d(:\d\d)?\s+([+-]\d{4}|ut|gmt|est|edt|cst|cdt|mst|mdt|pst|pdt|[a-ik-z])?$/;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MIME = /^[^\s()<>,;:\\"/[\]?=]+\/[^\s()<>,;:\\"/[\]?=]+(\s*;\s*[^\s()<>,;:\\"/[\]?=]+=("(\\"|[^"])*"|[^\s()<>,;:\\"/[\]?=]+))*$/;
const EMAIL = /^[\w.%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+( \(.+\))?$/;
// HTMLValidator.htmltags (abridged to what news bodies use) and the tags it calls unsafe.
const HTML_TAGS = new Set(
  "a abbr acronym address article aside audio b bdi bdo big blockquote br caption cite code col colgroup data dd del details dfn div dl dt em figcaption figure footer h1 h2 h3 h4 h5 h6 header hr i img ins kbd li main mark nav ol p picture pre q s samp section small source span strike strong sub summary sup table tbody td tfoot th thead time tr track tt u ul var video wbr".split(
    " ",
  ),
);
const UNSAFE_TAGS = new Set("script style iframe object embed applet frame frameset link meta base form input button".split(" "));

export function checkFeedRules(xml: string): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const report = (id: string, where: string, message: string) => findings.push({ id, where, message });

  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) {
    report("SAXError", `line ${wellFormed.err.line}`, wellFormed.err.msg);
    return findings;
  }
  const top = (parser.parse(xml) as OrderedNode[]).find((node) => "rss" in node);
  if (!top) {
    report("UndefinedElement", "/", "the root element is not <rss>");
    return findings;
  }
  const rss = toElement("rss", top);
  if (rss.attrs.version !== "2.0") report("InvalidRSSVersion", "rss", `version is "${rss.attrs.version ?? ""}", expected "2.0"`);
  const channel = kid(rss, "channel");
  if (!channel) {
    report("MissingElement", "rss", "no <channel>");
    return findings;
  }

  const unique = (parent: Element, where: string, names: string[]) => {
    for (const name of names)
      if (kids(parent, name).length > 1)
        report("DuplicateElement", `${where}/${name}`, `<${name}> appears ${kids(parent, name).length} times`);
  };
  const fullLink = (value: string | undefined, where: string) => {
    if (value !== undefined && !FULL_URI.test(value))
      report("InvalidFullLink", where, `"${value}" is not an absolute URI (relative, or with characters that must be %-encoded)`);
  };
  const date = (element: Element | undefined, where: string) => {
    if (!element) return;
    const value = element.text;
    const strict = RFC2822.exec(value);
    if (!strict) {
      const loose = value
        .replace(/\([^(]*?\)/g, " ")
        .trim()
        .toLowerCase();
      if (RFC822.test(loose)) report("ProblematicalRFC822Date", where, `"${value}" is RFC 822 but not in the form RFC 2822 recommends`);
      else report("InvalidRFC2822Date", where, `"${value}" is not an RFC 822 date such as "Thu, 13 Mar 2025 09:30:00 +0000"`);
      return;
    }
    const [, weekday, day, month, year] = strict;
    const calendar = new Date(Date.UTC(Number(year), MONTHS.indexOf(month!), Number(day)));
    if (calendar.getUTCDate() !== Number(day)) report("InvalidRFC2822Date", where, `"${value}": there is no such day`);
    else if (weekday && DAYS[calendar.getUTCDay()] !== weekday)
      report("IncorrectDOW", where, `"${value}": ${day} ${month} ${year} is a ${DAYS[calendar.getUTCDay()]}`);
    else if (Number(year) < 1990) report("ImplausibleDate", where, `"${value}" is before 1990`);
  };
  const noHtml = (element: Element | undefined, where: string) => {
    const tag = element ? /<\/(\w+)>/.exec(element.text)?.[1] : undefined;
    if (tag && HTML_TAGS.has(tag.toLowerCase())) report("ContainsHTML", where, `holds HTML (</${tag}>) where plain text belongs`);
  };
  const html = (element: Element | undefined, where: string) => {
    if (!element) return;
    // Our renderer writes XHTML, so an XML parse tells whether the markup is sound.
    const verdict = XMLValidator.validate(`<div>${element.text}</div>`);
    if (verdict !== true) report("NotHtml", where, `not well-formed markup: ${verdict.err.msg}`);
    for (const [, tag] of element.text.matchAll(/<([a-zA-Z][\w:-]*)/g)) {
      const name = tag!.toLowerCase();
      if (UNSAFE_TAGS.has(name)) report("SecurityRisk", where, `<${name}> is unsafe in a feed`);
      else if (!HTML_TAGS.has(name)) report("NotHtml", where, `<${name}> is not an HTML element`);
    }
    for (const [, , ref] of element.text.matchAll(/<(?:a|img)\s[^>]*?(href|src)="([^"]*)"/gi)) {
      if (!/^\w+:/.test(ref!.replace(/&amp;/g, "&").trim()))
        report("ContainsRelRef", where, `"${ref}" is a relative URL; readers show feeds away from the site, so it breaks`);
    }
  };
  const contact = (element: Element | undefined, where: string) => {
    if (element && !EMAIL.test(element.text))
      report("InvalidContact", where, `"${element.text}" is not an e-mail address such as "news@example.com (Newsdesk)"`);
  };

  // channel.py: validate()
  const title = kid(channel, "title");
  if (!title) report("MissingTitle", "channel", "the channel has no <title>");
  else if (!title.text) report("NotBlank", "channel/title", "the channel title is empty");
  if (!kid(channel, "description")) report("MissingDescription", "channel", "the channel has no <description>");
  const link = kid(channel, "link");
  if (!link) report("MissingLink", "channel", "the channel has no <link>");
  fullLink(link?.text, "channel/link");
  const language = kid(channel, "language") ?? kid(channel, "dc:language");
  if (!language) report("MissingDCLanguage", "channel", "the channel has no <language>");
  else if (!/^[a-z]{2,3}$/i.test(language.text.split("-")[0]!))
    report("InvalidLanguage", "channel/language", `"${language.text}" is not an ISO 639 language code`);
  unique(channel, "channel", [
    "title",
    "link",
    "description",
    "language",
    "lastBuildDate",
    "pubDate",
    "generator",
    "image",
    "ttl",
    "docs",
    "copyright",
  ]);
  noHtml(title, "channel/title");
  noHtml(kid(channel, "description"), "channel/description");
  date(kid(channel, "lastBuildDate"), "channel/lastBuildDate");
  date(kid(channel, "pubDate"), "channel/pubDate");
  contact(kid(channel, "managingEditor"), "channel/managingEditor");
  contact(kid(channel, "webMaster"), "channel/webMaster");

  // RSS 2.0 profile: MissingAtomSelfLink
  const selfLink = kids(channel, "atom:link").find((element) => element.attrs.rel === "self");
  if (!selfLink) report("MissingAtomSelfLink", "channel", 'no <atom:link rel="self"> giving the feed\'s own URL');
  else fullLink(selfLink.attrs.href, "channel/atom:link/@href");

  // image.py
  const image = kid(channel, "image");
  if (image) {
    const url = kid(image, "url");
    if (!url) report("MissingElement", "channel/image", "the image has no <url>");
    else {
      fullLink(url.text, "channel/image/url");
      const extension = url.text.split(".").at(-1)!.toLowerCase();
      if (/^\w+$/.test(extension) && !["jpg", "jpeg", "gif", "png"].includes(extension))
        report("ImageUrlFormat", "channel/image/url", `"${url.text}" is not a GIF, JPEG or PNG`);
    }
    const imageTitle = kid(image, "title");
    if (!imageTitle) report("MissingTitle", "channel/image", "the image has no <title>");
    else if (imageTitle.text !== title?.text)
      report("ImageTitleDoesntMatch", "channel/image/title", "the image title differs from the channel title");
    const imageLink = kid(image, "link");
    if (!imageLink) report("MissingLink", "channel/image", "the image has no <link>");
    else if (imageLink.text !== link?.text)
      report("ImageLinkDoesntMatch", "channel/image/link", "the image link differs from the channel link");
  }

  // item.py
  const items = kids(channel, "item");
  const lastChannelElement = Math.max(...channel.children.map((child, index) => (child.name === "item" ? -1 : index)));
  const firstItem = channel.children.findIndex((child) => child.name === "item");
  if (firstItem !== -1 && lastChannelElement > firstItem) report("MisplacedItem", "channel", "channel elements follow the first item");
  const guids = new Set<string>();
  items.forEach((item, index) => {
    const where = `channel/item[${index + 1}]`;
    const itemTitle = kid(item, "title");
    const description = kid(item, "description");
    if (!itemTitle && !description) report("ItemMustContainTitleOrDescription", where, "the item has neither <title> nor <description>");
    unique(item, where, ["title", "link", "description", "guid", "pubDate", "source", "comments", "content:encoded"]);
    noHtml(itemTitle, `${where}/title`);
    fullLink(kid(item, "link")?.text, `${where}/link`);
    fullLink(kid(item, "comments")?.text, `${where}/comments`);
    date(kid(item, "pubDate"), `${where}/pubDate`);
    contact(kid(item, "author"), `${where}/author`);
    if (kid(item, "author") && kid(item, "dc:creator")) report("DuplicateItemSemantics", where, "both <author> and <dc:creator>");
    // An item description may hold HTML (safeHtml in item.py); titles and the channel description may not.
    html(description, `${where}/description`);
    html(kid(item, "content:encoded"), `${where}/content:encoded`);
    const order = item.children.map((child) => child.name);
    if (
      order.includes("content:encoded") &&
      order.includes("description") &&
      order.indexOf("description") > order.indexOf("content:encoded")
    ) {
      report("NeedDescriptionBeforeContent", where, "<description> must come before <content:encoded>");
    }

    const guid = kid(item, "guid");
    if (!guid) report("MissingGuid", where, "the item has no <guid>, so readers cannot tell whether they have seen it");
    else {
      const permalink = guid.attrs.isPermaLink;
      if (permalink !== undefined && permalink !== "true" && permalink !== "false")
        report("InvalidBooleanAttribute", `${where}/guid`, `isPermaLink="${permalink}"`);
      if (permalink !== "false" && !(HTTP_URI.test(guid.text) && FULL_URI.test(guid.text))) {
        report(
          "InvalidHttpGUID",
          `${where}/guid`,
          `"${guid.text}" is marked as a permalink but is not an http(s) URL; add isPermaLink="false"`,
        );
      } else if (permalink === "false" && /^\d{1,8}$/.test(guid.text))
        report("NotSufficientlyUnique", `${where}/guid`, `"${guid.text}" is too short to be unique`);
      if (!guid.text) report("NotBlank", `${where}/guid`, "the guid is empty");
      else if (guids.has(guid.text)) report("DuplicateValue", `${where}/guid`, `guid "${guid.text}" is used by an earlier item`);
      guids.add(guid.text);
    }

    const enclosures = kids(item, "enclosure");
    if (enclosures.length > 1) report("DuplicateEnclosure", where, "more than one <enclosure>");
    for (const enclosure of enclosures) {
      const { url, length, type } = enclosure.attrs;
      if (length === undefined) report("MissingAttribute", `${where}/enclosure`, "no length attribute");
      else if (!/^\d+$/.test(length) || Number(length) <= 0)
        report("InvalidIntegerAttribute", `${where}/enclosure/@length`, `length="${length}" must be the size in bytes, above 0`);
      if (type === undefined) report("MissingAttribute", `${where}/enclosure`, "no type attribute");
      else if (!MIME.test(type)) report("InvalidMIMEAttribute", `${where}/enclosure/@type`, `type="${type}" is not a MIME type`);
      if (url === undefined) report("MissingAttribute", `${where}/enclosure`, "no url attribute");
      else if (!(HTTP_URI.test(url) && FULL_URI.test(url)))
        report("InvalidURLAttribute", `${where}/enclosure/@url`, `"${url}" is not an absolute http(s) URL`);
    }
  });
  return findings;
}
