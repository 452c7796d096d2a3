import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { startEpubcheck } from "@dateline/test-kit";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where test/_epubcheck-server.ts takes books to check: POST the EPUB, get EPUBCheck's complaints as JSON. */
    epubcheckUrl: string;
  }
}

/**
 * The CLI suite's global setup: one EPUBCheck JVM for every test file that checks a book (a JVM's
 * start and warm-up cost five seconds of CPU, and the files run in processes of their own), reached
 * through a server on 127.0.0.1 in vitest's own process. The JVM starts on the first book.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const epubcheck = startEpubcheck();
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const label = new URL(request.url ?? "/", "http://localhost").searchParams.get("label") ?? "book";
    try {
      const complaints = await epubcheck.check(Buffer.concat(chunks), label.replace(/[^\w-]+/g, "_"));
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(complaints));
    } catch (error) {
      response.writeHead(500, { "content-type": "text/plain" }).end(String((error as Error).stack ?? error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  project.provide("epubcheckUrl", `http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  return async () => {
    await new Promise((resolve) => server.close(resolve));
    await epubcheck.close();
  };
}
