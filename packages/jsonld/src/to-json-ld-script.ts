import type { Article } from "@dateline/schema";
import { toJsonLd, type JsonLdOptions } from "./to-json-ld.js";

/**
 * Characters that are harmless in JSON but not inside an HTML <script>:
 * the HTML parser ends the element at the first `</script` whatever the JSON
 * quoting, and `<!--` followed by `<script` makes it skip the real end tag.
 * `&` would start an entity where the page is parsed as XHTML. U+2028 and
 * U+2029 end a line in JavaScript before ES2019, so a script that evaluates
 * the text would break. JSON only lets these appear inside strings, where a
 * `\uXXXX` escape means the same character, so the data does not change.
 */
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

function escapeForScript(json: string): string {
  return json.replace(UNSAFE_IN_SCRIPT, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The script element with fixed extra attributes (names and values this package chooses, needing no escaping). */
export function jsonLdScriptElement(article: Article, options: JsonLdOptions | undefined, attributes: Record<string, string> = {}): string {
  const extra = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join("");
  return `<script type="application/ld+json"${extra}>${escapeForScript(JSON.stringify(toJsonLd(article, options)))}</script>`;
}

/** The article's JSON-LD as a `<script type="application/ld+json">` element, safe to paste into any HTML page. */
export function toJsonLdScript(article: Article, options?: JsonLdOptions): string {
  return jsonLdScriptElement(article, options);
}
