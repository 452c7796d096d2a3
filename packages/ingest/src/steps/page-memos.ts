/**
 * Memos that outlive a page. A line of a page is a slice of the page's text, and V8 keeps a slice (of 13 characters
 * or more) as a pointer into the whole text: a module-level memo holding one line's text, however short, keeps the
 * whole page alive until the next page replaces it (a 50 MB page read alone held about 105 MB of heap until the next
 * read: its text in two-byte form, held through the headline's and the date reader's last lines). Each such memo
 * registers its forgetting here, and `fromText` forgets them all once a page is read, returned or refused.
 */
const forgetters: Array<() => void> = [];

/** Register how to empty a memo that may hold a line of the page being read. Called once, at module load. */
export function forgetAfterPage(forget: () => void): void {
  forgetters.push(forget);
}

/** A pattern that matches any text: matched on a constant once a page is read (see `forgetPage`). */
const ANYTHING = /(?:)/;

/**
 * Empty every registered memo. V8 also keeps the subject of the last successful match of any pattern (the legacy
 * `RegExp.input`, `RegExp.lastMatch`), which after a page is read is a line of it: a match on a constant text
 * replaces it. Without that match a 50 MB page of paragraphs stayed alive (52 MB) after its read.
 */
export function forgetPage(): void {
  for (const forget of forgetters) forget();
  ANYTHING.exec("");
}
