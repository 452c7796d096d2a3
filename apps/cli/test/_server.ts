import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { type AddressInfo, createServer as createNetServer } from "node:net";
import { HANG_GUARD_MS } from "@dateline/test-kit";

/**
 * --timeout and --connect-timeout for a run that downloads pages that answer: the suite's hang guard,
 * so no answering page races the clock on a busy machine (a test server starved of CPU may take
 * longer than the default 10 s to send its headers). Only a test of a server that never answers, or of the limits
 * themselves, sets its own.
 */
export const NO_RACE_TIMEOUT = ["--timeout", String(HANG_GUARD_MS / 1000), "--connect-timeout", String(HANG_GUARD_MS / 1000)];

/** One route of the test site: what to answer on a path. */
export type Route = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

export interface TestSite {
  /** `http://127.0.0.1:PORT` */
  base: string;
  /** The site under a host name, for URLs the article schema accepts (test/_hosts.mjs resolves it to 127.0.0.1). */
  at(host: string): string;
  /** Bytes written into bodies so far, by path: how far a download got before the client hung up. */
  sent: Map<string, number>;
  /** Every request, in order: path and User-Agent. */
  requests: Array<{ path: string; userAgent: string | undefined }>;
  close(): Promise<void>;
}

/**
 * A web site on 127.0.0.1 for the tests, so nothing touches the internet. A
 * path without a route answers 404.
 */
export async function startSite(routes: Record<string, Route>): Promise<TestSite> {
  const sent = new Map<string, number>();
  const requests: TestSite["requests"] = [];
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    requests.push({ path, userAgent: request.headers["user-agent"] });
    const route = routes[path];
    if (!route) {
      response.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>");
      return;
    }
    const write = response.write.bind(response);
    response.write = ((chunk: Uint8Array | string, ...rest: never[]) => {
      sent.set(path, (sent.get(path) ?? 0) + Buffer.byteLength(chunk));
      return write(chunk, ...rest);
    }) as typeof response.write;
    await route(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    at: (host) => `http://${host}:${port}`,
    sent,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An HTML page answered with this content type. */
export function page(body: string | Uint8Array, contentType = "text/html; charset=utf-8"): Route {
  return (_request, response) => {
    response.writeHead(200, { "content-type": contentType }).end(body);
  };
}

export function redirect(location: string, status = 302): Route {
  return (_request, response) => {
    response.writeHead(status, { location }).end();
  };
}

/** Accepts the request and never answers. */
export const silent: Route = () => {};

/**
 * An HTML body that never ends, written as fast as the client reads it, until
 * the client hangs up.
 */
export const endless: Route = async (_request, response) => {
  response.writeHead(200, { "content-type": "text/html" });
  const chunk = Buffer.alloc(16 * 1024, "<p>endless</p>\n");
  let open = true;
  response.on("close", () => {
    open = false;
  });
  while (open) {
    if (response.write(chunk)) continue;
    await new Promise<void>((resolve) => {
      const resume = () => {
        response.off("drain", resume).off("close", resume);
        resolve();
      };
      response.on("drain", resume).on("close", resume);
    });
  }
};

/**
 * A server on 127.0.0.1 that accepts every connection and resets it at once: a connection that fails at the network
 * level, on a port this test holds (a port closed to be refused could be taken by another process meanwhile).
 */
export async function resetting(): Promise<{ base: string; close(): Promise<void> }> {
  const server = createNetServer((socket) => socket.resetAndDestroy());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
