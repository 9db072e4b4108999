import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { rejection, testNetwork, useFixtures } from './fixtures.ts';

const fixtures = useFixtures();
const bytes = (latin1: string) => Buffer.from(latin1, 'latin1');

describe('createHttpFetcher: pages and charsets', () => {
  it.each([
    {
      name: 'a windows-1252 header',
      contentType: 'text/html; charset=windows-1252',
      body: bytes('<p>Airbus et Thal\xe8s : accord \xe0 3 M\x80, l\x92alliance est sign\xe9e</p>'),
      text: '<p>Airbus et Thalès : accord à 3 M€, l’alliance est signée</p>',
      charset: 'windows-1252',
    },
    {
      name: 'an ISO-8859-1 header',
      contentType: 'text/html; charset=ISO-8859-1',
      body: bytes('<p>La soci\xe9t\xe9 a d\xe9menti</p>'),
      text: '<p>La société a démenti</p>',
      charset: 'windows-1252',
    },
    {
      name: 'a meta charset only',
      contentType: 'text/html',
      body: bytes('<head><meta charset="iso-8859-15"></head><p>Hausse de 4 % \xe0 12 \xa4</p>'),
      text: '<head><meta charset="iso-8859-15"></head><p>Hausse de 4 % à 12 €</p>',
      charset: 'iso-8859-15',
    },
    {
      name: 'a UTF-8 byte order mark',
      contentType: 'text/html',
      body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>Coentreprise créée</p>')]),
      text: '<p>Coentreprise créée</p>',
      charset: 'utf-8',
    },
    {
      name: 'an XML declaration',
      contentType: 'application/rss+xml',
      body: bytes('<?xml version="1.0" encoding="windows-1252"?><rss><title>\x80 et \xe9</title></rss>'),
      text: '<?xml version="1.0" encoding="windows-1252"?><rss><title>€ et é</title></rss>',
      charset: 'windows-1252',
    },
  ])('decodes a page with $name', async ({ contentType, body, text, charset }) => {
    const server = await fixtures.server((request, response) => {
      if (request.url === '/robots.txt') return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': contentType }).end(body);
    });
    const outcome = await fixtures.fetcher(testNetwork()).fetch({ url: `${server.origin}/page` });
    expect(outcome).toMatchObject({
      kind: 'fetched',
      url: `${server.origin}/page`,
      finalUrl: `${server.origin}/page`,
      status: 200,
      contentType,
      text,
      charset,
    });
    if (outcome.kind === 'fetched') expect(outcome.body.equals(body)).toBe(true);
  });

  it.each([
    ['gzip', gzipSync],
    ['br', brotliCompressSync],
    ['deflate', deflateSync],
  ] as const)('undoes %s content encoding', async (encoding, compress) => {
    const html = '<p>Partenariat stratégique confirmé</p>'.repeat(50);
    const server = await fixtures.server((request, response) => {
      if (request.url === '/robots.txt') return void response.writeHead(404).end();
      expect(request.headers['accept-encoding']).toContain(encoding);
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': encoding })
        .end(compress(Buffer.from(html)));
    });
    const outcome = await fixtures.fetcher(testNetwork()).fetch({ url: `${server.origin}/` });
    expect(outcome.kind === 'fetched' && outcome.text).toBe(html);
  });

  it('sends its user agent, French first, and the Accept it is given', async () => {
    const server = await fixtures.server((request, response) => {
      if (request.url === '/robots.txt') return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'application/xml' }).end('<rss/>');
    });
    await fixtures
      .fetcher(testNetwork())
      .fetch({ url: `${server.origin}/feed`, accept: 'application/rss+xml' });
    const seen = server.requests.find((request) => request.path === '/feed');
    expect(seen?.headers['user-agent']).toMatch(/^vigie\//);
    expect(seen?.headers['accept-language']).toMatch(/^fr,en/);
    expect(seen?.headers.accept).toBe('application/rss+xml');
  });
});

describe('createHttpFetcher: conditional GET and statuses', () => {
  it.each([
    ['ETag', { etag: '"v1"' }],
    ['Last-Modified', { lastModified: 'Tue, 03 Jun 2025 08:00:00 GMT' }],
  ])('turns a 304 after %s into not-modified', async (_name, validators) => {
    const server = await fixtures.server((request, response) => {
      if (request.url === '/robots.txt') return void response.writeHead(404).end();
      const fresh =
        request.headers['if-none-match'] === '"v1"' ||
        request.headers['if-modified-since'] === 'Tue, 03 Jun 2025 08:00:00 GMT';
      if (fresh) return void response.writeHead(304).end();
      response
        .writeHead(200, {
          'content-type': 'text/html',
          etag: '"v1"',
          'last-modified': 'Tue, 03 Jun 2025 08:00:00 GMT',
        })
        .end('<p>version 1</p>');
    });
    const fetcher = fixtures.fetcher(testNetwork());
    const url = `${server.origin}/article`;
    const first = await fetcher.fetch({ url });
    expect(first).toMatchObject({
      kind: 'fetched',
      etag: '"v1"',
      lastModified: 'Tue, 03 Jun 2025 08:00:00 GMT',
    });
    expect(await fetcher.fetch({ url, ...validators })).toEqual({ kind: 'not-modified', url, finalUrl: url });
  });

  it('fails a 500 as retryable, then succeeds when the server recovers', async () => {
    let calls = 0;
    const server = await fixtures.server((request, response) => {
      if (request.url === '/robots.txt') return void response.writeHead(404).end();
      calls++;
      if (calls === 1) return void response.writeHead(500, { 'retry-after': '30' }).end('oops');
      response.writeHead(200, { 'content-type': 'text/html' }).end('<p>back</p>');
    });
    const fetcher = fixtures.fetcher(testNetwork());
    const error = await rejection(fetcher.fetch({ url: `${server.origin}/a` }));
    expect(error).toMatchObject({ code: 'http-status', status: 500, retryable: true, retryAfterMs: 30_000 });
    expect(error.message).toContain('retry later');
    expect(await fetcher.fetch({ url: `${server.origin}/a` })).toMatchObject({
      kind: 'fetched',
      text: '<p>back</p>',
    });
  });

  it.each([
    [404, false],
    [410, false],
    [408, true],
    [429, true],
    [503, true],
  ])('classifies HTTP %i as retryable: %s', async (status, retryable) => {
    const server = await fixtures.server((request, response) => {
      response.writeHead(request.url === '/robots.txt' ? 404 : status).end();
    });
    const error = await rejection(fixtures.fetcher(testNetwork()).fetch({ url: `${server.origin}/x` }));
    expect(error).toMatchObject({ code: 'http-status', status, retryable });
  });

  it('refuses malformed URLs and other schemes without a request', async () => {
    const fetcher = fixtures.fetcher(testNetwork());
    expect(await rejection(fetcher.fetch({ url: 'not a url' }))).toMatchObject({ code: 'invalid-url' });
    expect(await rejection(fetcher.fetch({ url: 'file:///etc/passwd' }))).toMatchObject({
      code: 'unsupported-scheme',
      retryable: false,
    });
    expect(await rejection(fetcher.fetch({ url: 'ftp://127.0.0.1/' }))).toMatchObject({
      code: 'unsupported-scheme',
    });
  });
});
