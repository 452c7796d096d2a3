import { type X2jOptions, XMLParser } from "fast-xml-parser";

/**
 * An XML parser set up as every Dateline feed reader needs it, with the caller's own options on top
 * (which elements repeat, which to keep as written).
 */
export function feedXmlParser(options: X2jOptions = {}): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    // Every value stays a string: a title such as "2025" must not become a number.
    parseTagValue: false,
    parseAttributeValue: false,
    // Feeds use HTML's named entities (&nbsp;) without declaring them (the parser knows some of
    // them; ingest decodes the rest), and numeric references (&#38;) must be decoded like &amp;:
    // the RSS exporter writes text back inside CDATA, where a reference would show as it is.
    htmlEntities: true,
    ...options,
  });
}
