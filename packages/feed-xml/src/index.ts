export { feedXmlParser } from "./feed-xml-parser.js";
export { monthNumber, readRfc822Date, type Rfc822Date, zoneOffset } from "./rfc822-date.js";
