import { afterEach } from 'vitest';
import { type NetworkConfig, networkSchema } from '../../src/config/config-schema.ts';
import { FetchError } from '../../src/fetching/fetch-errors.ts';
import type { Fetcher } from '../../src/fetching/fetcher.ts';
import { createHttpFetcher, type HttpFetcherOptions } from '../../src/fetching/http-fetcher.ts';
import { type Handler, startServer, type TestServer } from './test-server.ts';

/** Network settings for tests against 127.0.0.1: private targets allowed, no politeness delay. */
export function testNetwork(overrides: Partial<NetworkConfig> = {}): NetworkConfig {
  return networkSchema.parse({ allowPrivateAddresses: true, perHostDelayMs: 0, ...overrides });
}

/** Servers and fetchers made by a test, closed after it. */
export function useFixtures() {
  const servers: TestServer[] = [];
  const fetchers: Fetcher[] = [];
  afterEach(async () => {
    await Promise.all(fetchers.splice(0).map((fetcher) => fetcher.close()));
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  return {
    async server(handler: Handler): Promise<TestServer> {
      const server = await startServer(handler);
      servers.push(server);
      return server;
    },
    fetcher(network: NetworkConfig, options?: HttpFetcherOptions): Fetcher {
      const fetcher = createHttpFetcher(network, options);
      fetchers.push(fetcher);
      return fetcher;
    },
  };
}

/** The FetchError a promise rejects with (fails the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchError) return error;
    throw error;
  }
  throw new Error('expected the fetch to fail, but it succeeded');
}
