import { inject } from "vitest";

/**
 * EPUBCheck's fatals, errors and warnings for a book, one line each (empty when clean), from the
 * suite's one EPUBCheck JVM (test/_epubcheck-server.ts).
 */
export async function epubcheck(book: Uint8Array, label: string): Promise<string[]> {
  const url = new URL(inject("epubcheckUrl"));
  url.searchParams.set("label", label);
  const response = await fetch(url, { method: "POST", body: book });
  if (!response.ok) throw new Error(`epubcheck could not check ${label}: ${await response.text()}`);
  return (await response.json()) as string[];
}
