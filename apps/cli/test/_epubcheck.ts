import { request } from "node:http";
import { inject } from "vitest";

const HTTP_OK = 200;

/**
 * EPUBCheck's fatals, errors and warnings for a book, one line each (empty when clean), from the
 * suite's one EPUBCheck JVM (test/_epubcheck-server.ts).
 *
 * Asked with node:http rather than fetch: fetch gives up on an answer whose headers take over 300 s,
 * and under load a book can wait that long behind the others, so only the suite's hang guard applies.
 */
export async function epubcheck(book: Uint8Array, label: string): Promise<string[]> {
  const url = new URL(inject("epubcheckUrl"));
  url.searchParams.set("label", label);
  const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const asked = request(url, { method: "POST" }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        text += chunk;
      });
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text }));
      response.on("error", reject);
    });
    asked.on("error", reject);
    asked.end(book);
  });
  if (status !== HTTP_OK) throw new Error(`epubcheck could not check ${label}: ${body}`);
  return JSON.parse(body) as string[];
}
