import { describe, expect, it } from 'vitest';
import { rejection, testNetwork, useFixtures } from './fixtures.ts';
import type { Handler } from './test-server.ts';

const fixtures = useFixtures();

/** A site whose robots.txt answers `robots`, and whose other pages answer 200. */
function site(robots: { status: number; body?: string }): Handler {
  return (request, response) => {
    if (request.url === '/robots.txt') {
      return void response.writeHead(robots.status, { 'content-type': 'text/plain' }).end(robots.body ?? '');
    }
    response.writeHead(200, { 'content-type': 'text/html' }).end(`<p>${request.url}</p>`);
  };
}

const rules = [
  'User-agent: *',
  'Disallow: /',
  '',
  'User-agent: vigie',
  'Disallow: /private/',
  'Allow: /',
].join('\n');

describe('createHttpFetcher: robots.txt', () => {
  it('skips a disallowed page without requesting it, and fetches an allowed one', async () => {
    const server = await fixtures.server(site({ status: 200, body: rules }));
    const fetcher = fixtures.fetcher(testNetwork());
    const error = await rejection(fetcher.fetch({ url: `${server.origin}/private/memo` }));
    expect(error).toMatchObject({ code: 'robots-disallowed', retryable: false });
    expect(error.message).toContain('user agent "vigie"');
    expect(server.hits('/private/memo')).toBe(0);
    expect(await fetcher.fetch({ url: `${server.origin}/news/1` })).toMatchObject({ kind: 'fetched' });
  });

  it('reads robots.txt once per origin until the cache expires', async () => {
    const server = await fixtures.server(site({ status: 200, body: rules }));
    let clock = Date.parse('2025-06-03T08:00:00Z');
    const fetcher = fixtures.fetcher(testNetwork({ robotsCacheMinutes: 10 }), { now: () => clock });
    await fetcher.fetch({ url: `${server.origin}/news/1` });
    await Promise.all([
      fetcher.fetch({ url: `${server.origin}/news/2` }),
      fetcher.fetch({ url: `${server.origin}/news/3` }),
    ]);
    expect(server.hits('/robots.txt')).toBe(1);
    clock += 11 * 60_000;
    await fetcher.fetch({ url: `${server.origin}/news/4` });
    expect(server.hits('/robots.txt')).toBe(2);
  });

  it.each([404, 410])('treats a robots.txt answering %i as allowing everything', async (status) => {
    const server = await fixtures.server(site({ status }));
    expect(await fixtures.fetcher(testNetwork()).fetch({ url: `${server.origin}/private/x` })).toMatchObject({
      kind: 'fetched',
    });
  });

  it('holds pages back, retryably, while robots.txt answers 5xx, then lets them through', async () => {
    let robotsStatus = 503;
    const server = await fixtures.server((request, response) => {
      if (request.url === '/robots.txt')
        return void response.writeHead(robotsStatus).end('User-agent: *\nAllow: /');
      response.writeHead(200, { 'content-type': 'text/html' }).end('ok');
    });
    let clock = 0;
    const fetcher = fixtures.fetcher(testNetwork(), { now: () => clock });
    const error = await rejection(fetcher.fetch({ url: `${server.origin}/a` }));
    expect(error).toMatchObject({ code: 'robots-unavailable', retryable: true, status: 503 });
    expect(server.hits('/a')).toBe(0);
    robotsStatus = 200;
    clock += 61_000;
    expect(await fetcher.fetch({ url: `${server.origin}/a` })).toMatchObject({ kind: 'fetched' });
  });

  it('reports an unreachable robots.txt as retryable', async () => {
    const server = await fixtures.server((_request, response) => {
      response.destroy();
    });
    const error = await rejection(fixtures.fetcher(testNetwork()).fetch({ url: `${server.origin}/a` }));
    expect(error).toMatchObject({ code: 'robots-unavailable', retryable: true });
  });

  it('ignores robots.txt when network.respectRobotsTxt is false', async () => {
    const server = await fixtures.server(site({ status: 200, body: rules }));
    const fetcher = fixtures.fetcher(testNetwork({ respectRobotsTxt: false }));
    expect(await fetcher.fetch({ url: `${server.origin}/private/memo` })).toMatchObject({ kind: 'fetched' });
    expect(server.hits('/robots.txt')).toBe(0);
  });

  it('spaces requests by the Crawl-delay', async () => {
    const server = await fixtures.server(
      site({ status: 200, body: 'User-agent: vigie\nCrawl-delay: 0.5\nAllow: /' }),
    );
    const fetcher = fixtures.fetcher(testNetwork({ perHostDelayMs: 0 }));
    await Promise.all([1, 2, 3].map((n) => fetcher.fetch({ url: `${server.origin}/n/${n}` })));
    const starts = server.requests.filter((seen) => seen.path.startsWith('/n/')).map((seen) => seen.at);
    expect(starts).toHaveLength(3);
    // A lower bound only (the delay is a minimum, never a speed promise), taken over the whole run:
    // arrival times at the server carry the client's scheduling jitter on a loaded machine.
    expect((starts[2] ?? 0) - (starts[0] ?? 0)).toBeGreaterThanOrEqual(750);
  });
});
