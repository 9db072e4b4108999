import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { rejection, testNetwork, useFixtures } from './fixtures.ts';

const fixtures = useFixtures();

describe('createHttpFetcher: time limits', () => {
  it('gives up on a server that never sends headers', async () => {
    const server = await fixtures.server((request, response) => {
      if (request.url === '/robots.txt') return void response.writeHead(404).end();
      // Never answers.
    });
    const error = await rejection(
      fixtures.fetcher(testNetwork({ timeoutMs: 300 })).fetch({ url: `${server.origin}/` }),
    );
    expect(error).toMatchObject({ code: 'timeout', retryable: true });
    expect(error.message).toContain('network.timeoutMs');
  });

  it('cuts off a body that trickles forever at the deadline', async () => {
    const timers: NodeJS.Timeout[] = [];
    const server = await fixtures.server((request, response) => {
      if (request.url === '/robots.txt') return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'text/html' });
      // A chunk every 40 ms: undici's idle body timeout never fires, only the overall deadline can.
      const timer = setInterval(() => response.write('<p>encore</p>'), 40);
      timers.push(timer);
      response.on('close', () => clearInterval(timer));
    });
    const fetcher = fixtures.fetcher(testNetwork({ timeoutMs: 400 }));
    const error = await rejection(fetcher.fetch({ url: `${server.origin}/stream` }));
    for (const timer of timers) clearInterval(timer);
    expect(error).toMatchObject({ code: 'timeout', retryable: true });
  });
});

describe('createHttpFetcher: size limits', () => {
  const page = '<p>x</p>'.repeat(1000);

  it('refuses a body whose Content-Length is over the cap', async () => {
    const server = await fixtures.server((request, response) => {
      if (request.url === '/robots.txt') return void response.writeHead(404).end();
      response
        .writeHead(200, { 'content-type': 'text/html', 'content-length': String(page.length) })
        .end(page);
    });
    const error = await rejection(
      fixtures.fetcher(testNetwork({ maxBodyBytes: 1000 })).fetch({ url: `${server.origin}/` }),
    );
    expect(error).toMatchObject({ code: 'body-too-large', retryable: false });
    expect(error.message).toContain('Content-Length says 8000 bytes');
  });

  it('stops reading a chunked body once it passes the cap', async () => {
    const server = await fixtures.server((request, response) => {
      if (request.url === '/robots.txt') return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 20; i++) response.write(page);
      response.end();
    });
    const error = await rejection(
      fixtures.fetcher(testNetwork({ maxBodyBytes: 20_000 })).fetch({ url: `${server.origin}/` }),
    );
    expect(error).toMatchObject({ code: 'body-too-large', retryable: false });
    expect(error.message).toContain('more than 20000 bytes arrived');
  });

  it('refuses a small gzip body that expands past the cap', async () => {
    const bomb = gzipSync(Buffer.alloc(2_000_000, 0x20));
    const server = await fixtures.server((request, response) => {
      if (request.url === '/robots.txt') return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(bomb);
    });
    const error = await rejection(
      fixtures.fetcher(testNetwork({ maxBodyBytes: 100_000 })).fetch({ url: `${server.origin}/` }),
    );
    expect(bomb.length).toBeLessThan(100_000);
    expect(error).toMatchObject({ code: 'body-too-large', retryable: false });
  });
});

describe('createHttpFetcher: redirects', () => {
  it('follows redirects, relative ones included, and reports the final URL', async () => {
    const server = await fixtures.server((request, response) => {
      if (request.url === '/old') return void response.writeHead(301, { location: '/moved' }).end();
      if (request.url === '/moved')
        return void response.writeHead(302, { location: `${server.origin}/new` }).end();
      if (request.url === '/new')
        return void response.writeHead(200, { 'content-type': 'text/html' }).end('ici');
      response.writeHead(404).end();
    });
    const outcome = await fixtures.fetcher(testNetwork()).fetch({ url: `${server.origin}/old#top` });
    expect(outcome).toMatchObject({
      kind: 'fetched',
      url: `${server.origin}/old#top`,
      finalUrl: `${server.origin}/new`,
    });
  });

  it('detects a redirect loop', async () => {
    const server = await fixtures.server((request, response) => {
      if (request.url === '/a') return void response.writeHead(302, { location: '/b' }).end();
      if (request.url === '/b') return void response.writeHead(302, { location: '/a' }).end();
      response.writeHead(404).end();
    });
    const error = await rejection(fixtures.fetcher(testNetwork()).fetch({ url: `${server.origin}/a` }));
    expect(error).toMatchObject({ code: 'redirect-loop', retryable: false });
    expect(server.hits('/a')).toBe(1);
    expect(server.hits('/b')).toBe(1);
  });

  it('stops after network.maxRedirects hops', async () => {
    const server = await fixtures.server((request, response) => {
      const step = /^\/hop\/(\d+)$/.exec(request.url ?? '');
      if (step) return void response.writeHead(307, { location: `/hop/${Number(step[1]) + 1}` }).end();
      response.writeHead(404).end();
    });
    const error = await rejection(
      fixtures.fetcher(testNetwork({ maxRedirects: 3 })).fetch({ url: `${server.origin}/hop/0` }),
    );
    expect(error).toMatchObject({ code: 'too-many-redirects', retryable: false });
    expect(error.message).toContain('network.maxRedirects (3)');
    expect(server.requests.filter((seen) => seen.path.startsWith('/hop/'))).toHaveLength(4);
  });

  it('refuses a redirect to another scheme', async () => {
    const server = await fixtures.server((request, response) => {
      if (request.url === '/go')
        return void response.writeHead(302, { location: 'file:///etc/passwd' }).end();
      response.writeHead(404).end();
    });
    const error = await rejection(fixtures.fetcher(testNetwork()).fetch({ url: `${server.origin}/go` }));
    expect(error).toMatchObject({ code: 'unsupported-scheme', retryable: false });
  });
});
