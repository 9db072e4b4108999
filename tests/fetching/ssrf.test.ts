import { describe, expect, it } from 'vitest';
import { networkSchema } from '../../src/config/config-schema.ts';
import { BlockedAddressError } from '../../src/fetching/address-guard.ts';
import { rejection, useFixtures } from './fixtures.ts';
import { tableResolver } from './test-server.ts';

/**
 * The SSRF guard with the DEFAULT network settings (allowPrivateAddresses: false). Every target here
 * is the 127.0.0.1 test server under one name or another, so even a broken guard could only ever
 * connect to this machine; the assertions check that it connected nowhere at all.
 */
const fixtures = useFixtures();
const defaults = networkSchema.parse({});

function okServer() {
  return fixtures.server((request, response) => {
    if (request.url === '/robots.txt') return void response.writeHead(404).end();
    if (request.url === '/to-loopback') {
      return void response
        .writeHead(302, { location: `http://127.0.0.1:${request.socket.localPort}/secret` })
        .end();
    }
    if (request.url === '/to-rebound-name') {
      return void response
        .writeHead(302, { location: `http://rebind.example:${request.socket.localPort}/secret` })
        .end();
    }
    response.writeHead(200, { 'content-type': 'text/html' }).end('<p>public</p>');
  });
}

describe('SSRF guard with the default network settings', () => {
  it.each([
    ['127.0.0.1', (port: number) => `http://127.0.0.1:${port}/`],
    ['localhost', (port: number) => `http://localhost:${port}/`],
    ['[::1]', (port: number) => `http://[::1]:${port}/`],
    ['[::ffff:127.0.0.1]', (port: number) => `http://[::ffff:127.0.0.1]:${port}/`],
  ])('refuses %s without connecting', async (_name, target) => {
    const server = await okServer();
    const resolver = tableResolver({});
    const url = target(server.port);
    const error = await rejection(fixtures.fetcher(defaults, { lookup: resolver }).fetch({ url }));
    expect(error).toBeInstanceOf(BlockedAddressError);
    expect(error).toMatchObject({ code: 'blocked-address', retryable: false, url: new URL(url).href });
    expect(error.message).toContain('set network.allowPrivateAddresses: true');
    expect(resolver.calls).toEqual([]);
    expect(server.connections).toBe(0);
  });

  it.each([true, false])(
    'refuses a public-looking name that resolves to 127.0.0.1 (robots.txt: %s)',
    async (respectRobotsTxt) => {
      const server = await okServer();
      const resolver = tableResolver({ 'news.example': ['127.0.0.1'] });
      const url = `http://news.example:${server.port}/article`;
      const fetcher = fixtures.fetcher({ ...defaults, respectRobotsTxt }, { lookup: resolver });
      const error = await rejection(fetcher.fetch({ url }));
      expect(error.url).toBe(url);
      expect(error).toMatchObject({ code: 'blocked-address', retryable: false });
      expect(error.message).toContain('news.example resolves to 127.0.0.1, a loopback address');
      expect(resolver.calls.length).toBeGreaterThan(0);
      expect(server.connections).toBe(0);
    },
  );

  it.each([
    ['an IP literal', '/to-loopback'],
    ['a name resolving to loopback', '/to-rebound-name'],
  ])('refuses a redirect hop to %s after an allowed first hop', async (_name, path) => {
    const server = await okServer();
    const resolver = tableResolver({ 'feeds.example': ['127.0.0.1'], 'rebind.example': ['127.0.0.1'] });
    // Only feeds.example is trusted: the first hop is allowed, the hop it redirects to must be checked anew.
    const fetcher = fixtures.fetcher(defaults, { lookup: resolver, trustedHosts: ['feeds.example'] });
    const error = await rejection(fetcher.fetch({ url: `http://feeds.example:${server.port}${path}` }));
    expect(error).toMatchObject({ code: 'blocked-address', retryable: false });
    expect(error.url).toContain('/secret');
    expect(server.hits(path)).toBe(1);
    expect(server.hits('/secret')).toBe(0);
    expect(server.requests.every((seen) => seen.headers.host?.startsWith('feeds.example'))).toBe(true);
  });

  it('fetches from a trusted host normally', async () => {
    const server = await okServer();
    const resolver = tableResolver({ 'feeds.example': ['127.0.0.1'] });
    const fetcher = fixtures.fetcher(defaults, { lookup: resolver, trustedHosts: ['feeds.example'] });
    expect(await fetcher.fetch({ url: `http://feeds.example:${server.port}/` })).toMatchObject({
      kind: 'fetched',
      text: '<p>public</p>',
    });
  });
});
