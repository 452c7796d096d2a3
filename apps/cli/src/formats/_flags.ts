/**
 * The libraries name their own options in messages ("channel.feedUrl", the
 * "images" option); on the command line the same setting is a flag. Each
 * entry maps a library's wording to the flag that sets it.
 */
const LIBRARY_OPTIONS: ReadonlyArray<[RegExp, string]> = [
  [/channel\.title\b/g, "--feed-title"],
  [/channel\.link\b/g, "--site-url"],
  [/channel\.feedUrl\b/g, "--feed-url"],
  [/channel\.description\b/g, "--feed-description"],
  [/channel\.(language|image|generator)\b/g, '"$1" in --feed-config'],
  [/channel\.images\b|the "images" option/g, "--images"],
];

/** A library's message or hint, reworded to name the flags a command-line user can pass. */
export function nameFlags(text: string): string {
  let out = text;
  for (const [pattern, flag] of LIBRARY_OPTIONS) out = out.replace(pattern, flag);
  return out;
}
