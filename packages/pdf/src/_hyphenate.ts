import { createRequire } from "node:module";

/** Puts soft hyphens (U+00AD) at the break points of every word in a text. */
export type Hyphenate = (text: string) => string;

const require = createRequire(import.meta.url);
const loaded = new Map<string, Hyphenate | undefined>();

function load(tag: string): Hyphenate | undefined {
  if (!loaded.has(tag)) {
    let hyphenate: Hyphenate | undefined;
    try {
      // hyphen's language folders (hyphen/en, hyphen/de, hyphen/en-gb…) pick the right pattern set for a bare language.
      const module = require(`hyphen/${tag}`) as { hyphenateSync?: Hyphenate };
      if (typeof module.hyphenateSync === "function") hyphenate = module.hyphenateSync;
    } catch {
      hyphenate = undefined;
    }
    loaded.set(tag, hyphenate);
  }
  return loaded.get(tag);
}

/** The same paragraphs are set twice (layout, then drawing); hyphenate each text once per document. */
export function memoize(hyphenate: Hyphenate): Hyphenate {
  const done = new Map<string, string>();
  return (text) => {
    let result = done.get(text);
    if (result === undefined) done.set(text, (result = hyphenate(text)));
    return result;
  };
}

/**
 * The hyphenator for a BCP 47 tag: the full tag's patterns ("en-GB"), else
 * the language's ("de" for "de-AT"), else none (text is then justified
 * without hyphenation). Tags are schema-checked, so they cannot name a path.
 */
export function hyphenatorFor(language: string | undefined): Hyphenate | undefined {
  if (!language) return undefined;
  const tag = language.toLowerCase();
  const primary = tag.split("-")[0]!;
  return load(tag) ?? (primary === tag ? undefined : load(primary));
}
