import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, LookupFunction } from 'node:net';

/**
 * A real HTTP server on 127.0.0.1, port 0, that records what it saw: every request, every TCP
 * connection, and the most requests it ever had in flight at once.
 */
export interface SeenRequest {
  path: string;
  headers: IncomingMessage['headers'];
  at: number;
}

export interface TestServer {
  port: number;
  /** http://127.0.0.1:<port> */
  origin: string;
  requests: SeenRequest[];
  connections: number;
  maxInFlight: number;
  /** Requests seen for one path. */
  hits(path: string): number;
  close(): Promise<void>;
}

export type Handler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

export async function startServer(handler: Handler): Promise<TestServer> {
  let inFlight = 0;
  const server = createServer((request, response) => {
    state.requests.push({ path: request.url ?? '', headers: request.headers, at: performance.now() });
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    response.on('close', () => inFlight--);
    Promise.resolve(handler(request, response)).catch((error: unknown) => {
      response.destroy(error as Error);
    });
  });
  server.on('connection', () => state.connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const state: TestServer = {
    port,
    origin: `http://127.0.0.1:${port}`,
    requests: [],
    connections: 0,
    maxInFlight: 0,
    hits: (path) => state.requests.filter((seen) => seen.path === path).length,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return state;
}

/**
 * A DNS resolver from a fixed table, with dns.lookup's signature: tests never query real DNS.
 * Unknown names fail with ENOTFOUND. `calls` lists the names asked.
 */
export function tableResolver(table: Record<string, string[]>): LookupFunction & { calls: string[] } {
  const calls: string[] = [];
  const lookup = ((hostname, options, callback) => {
    calls.push(hostname);
    const addresses = (table[hostname] ?? []).map((address) => ({
      address,
      family: address.includes(':') ? 6 : 4,
    }));
    const first = addresses[0];
    if (first === undefined) {
      const error: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
      error.code = 'ENOTFOUND';
      process.nextTick(() => callback(error, '', 4));
      return;
    }
    if (options.all) process.nextTick(() => callback(null, addresses));
    else process.nextTick(() => callback(null, first.address, first.family));
  }) as LookupFunction & { calls: string[] };
  lookup.calls = calls;
  return lookup;
}
