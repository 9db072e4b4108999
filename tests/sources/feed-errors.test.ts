import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceConfig } from '../../src/config/config-schema.ts';
import { parseConfig } from '../../src/config/load-config.ts';
import { FetchError } from '../../src/fetching/fetch-errors.ts';
import { createHttpFetcher } from '../../src/fetching/http-fetcher.ts';
import { parseFeed } from '../../src/sources/feeds/parse-feed.ts';
import { pollSource } from '../../src/sources/poll-source.ts';
import { SECTION_FRONT } from './listing-pages.ts';
import { type LocalServer, send, startLocalServer } from './local-server.ts';
import { runCli, writeTestConfig } from './run-cli.ts';

const GOOD_RSS = `<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0"><channel><title>Fil \xe9co</title>
  <item><title>Sarvane et Ortelis signent un accord de distribution</title>
    <link>/articles/sarvane-ortelis.html</link><pubDate>Mon, 04 Mar 2024 09:12:00 +0100</pubDate></item>
  <item><title>Ortelis d\xe9ment tout projet de cession</title>
    <link>/articles/ortelis-dement.html</link><pubDate>Tue, 05 Mar 2024 18:00:00 GMT</pubDate></item>
</channel></rss>`;

/** Cut short in the middle of the third item, the way an interrupted generator leaves a feed. */
const TRUNCATED = `<rss version="2.0"><channel><title>Wire</title>
  <item><title>Corvane &amp; Pellis &hellip; talks confirmed</title><link>https://wire.test/a1</link></item>
  <item><title>Second story</title><link>https://wire.test/a2</link></item>
  <item><title>Third <b>story`;

describe('feeds that cannot be read, or only partly', () => {
  let server: LocalServer;
  let config: string;
  const open = parseConfig({ network: { allowPrivateAddresses: true, perHostDelayMs: 0 } });
  const fetcher = createHttpFetcher(open.network);
  let etagHits = 0;

  beforeAll(async () => {
    config = writeTestConfig();
    server = await startLocalServer((request, response) => {
      switch (request.url) {
        case '/feed.rss':
          etagHits++;
          if (request.headers['if-none-match'] === '"v1"') {
            response.writeHead(304, { etag: '"v1"' });
            response.end();
            return;
          }
          response.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' });
          response.end(Buffer.from(GOOD_RSS, 'latin1'));
          return;
        case '/page-as-feed':
          return send(response, 200, 'application/rss+xml', SECTION_FRONT);
        case '/truncated.xml':
          return send(response, 200, 'text/xml', TRUNCATED);
        case '/empty.xml':
          return send(response, 200, 'application/xml', '');
        case '/broken':
          return send(response, 503, 'text/plain', 'maintenance');
        default:
          return send(response, 404, 'text/plain', 'not found');
      }
    });
  });
  afterAll(async () => {
    await fetcher.close();
    await server.close();
  });

  it('an HTML page served as a feed: an error entry, no items, exit 2', async () => {
    const run = await runCli([
      'sources',
      'test',
      `${server.origin}/page-as-feed`,
      '--config',
      config,
      '--json',
    ]);
    expect(run.code).toBe(2);
    const printed = JSON.parse(run.stdout);
    expect(printed.items).toEqual([]);
    expect(printed.errors).toHaveLength(1);
    expect(printed.errors[0]).toMatch(/HTML page, not an RSS or Atom feed/);
  });

  it('invalid XML: an error entry, and the entries before the break are kept (exit 0)', async () => {
    const run = await runCli([
      'sources',
      'test',
      `${server.origin}/truncated.xml`,
      '--config',
      config,
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed.errors.join(' ')).toMatch(/not well-formed XML/);
    expect(printed.items.slice(0, 2)).toEqual([
      { url: 'https://wire.test/a1', title: 'Corvane & Pellis … talks confirmed', publishedAt: null },
      { url: 'https://wire.test/a2', title: 'Second story', publishedAt: null },
    ]);
  });

  it('an empty body: an error entry and exit 2', async () => {
    const run = await runCli(['sources', 'test', `${server.origin}/empty.xml`, '--config', config, '--json']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).errors[0]).toMatch(/empty/);
  });

  it('without a config, a loopback source is refused and the error says how to allow it', async () => {
    const run = await runCli(['sources', 'test', `${server.origin}/feed.rss`, '--json']);
    expect(run.code).toBe(2);
    const printed = JSON.parse(run.stdout);
    expect(printed.items).toEqual([]);
    expect(printed.errors[0]).toMatch(
      /set network\.allowPrivateAddresses: true in a config file to test loopback sources/,
    );
  });

  it('reads a local file path and a file:// URL, and prints a table without --json', async () => {
    const file = join(dirname(config), 'fil.rss');
    writeFileSync(file, Buffer.from(GOOD_RSS, 'latin1'));
    const byPath = await runCli(['sources', 'test', file, '--json']);
    expect(byPath.code, byPath.stderr).toBe(0);
    expect(JSON.parse(byPath.stdout).items[1]).toEqual({
      url: null,
      title: 'Ortelis dément tout projet de cession',
      publishedAt: '2024-03-05T18:00:00.000Z',
    });
    const human = await runCli(['sources', 'test', pathToFileURL(file).href]);
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toMatch(/2024-03-04 08:12\s+Sarvane et Ortelis signent un accord de distribution/);
    expect(human.stdout).toMatch(/2 items \(read as rss\)/);
  });

  describe('pollSource', () => {
    const source: SourceConfig = {
      name: 'fil',
      type: 'rss',
      url: 'http://placeholder.invalid/',
      schedule: '*/30 * * * *',
      renderArticles: false,
    };

    it('returns items and validators, then answers notModified to a conditional GET', async () => {
      const first = await pollSource({ ...source, url: `${server.origin}/feed.rss` }, { fetcher });
      expect(first).toMatchObject({ notModified: false, etag: '"v1"', errors: [] });
      expect(first.items).toEqual([
        {
          url: `${server.origin}/articles/sarvane-ortelis.html`,
          title: 'Sarvane et Ortelis signent un accord de distribution',
          publishedAt: '2024-03-04T08:12:00.000Z',
        },
        {
          url: `${server.origin}/articles/ortelis-dement.html`,
          title: 'Ortelis dément tout projet de cession',
          publishedAt: '2024-03-05T18:00:00.000Z',
        },
      ]);
      const hits = etagHits;
      const second = await pollSource(
        { ...source, url: `${server.origin}/feed.rss` },
        { fetcher, previous: { etag: first.etag } },
      );
      expect(etagHits).toBe(hits + 1);
      expect(second).toMatchObject({ notModified: true, items: [], errors: [] });
    });

    it('throws the fetcher FetchError on a failed fetch, so the queue can retry', async () => {
      const failure = pollSource({ ...source, url: `${server.origin}/broken` }, { fetcher });
      await expect(failure).rejects.toBeInstanceOf(FetchError);
      await expect(failure).rejects.toMatchObject({ retryable: true, status: 503 });
    });

    it('returns parse problems as errors, never throws them', async () => {
      const result = await pollSource({ ...source, url: `${server.origin}/page-as-feed` }, { fetcher });
      expect(result.items).toEqual([]);
      expect(result.errors[0]).toMatch(/HTML page/);
    });
  });
});

describe('parseFeed on hostile input', () => {
  it('does not expand DTD entities (billion laughs)', () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
      <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
      <rss><channel><item><title>&d;</title><link>https://x.test/1</link></item></channel></rss>`;
    const feed = parseFeed(lol, { url: 'https://x.test/feed' });
    expect(feed.entries).toHaveLength(1);
    expect((feed.entries[0]?.title ?? '').length).toBeLessThan(100);
  });

  it('strips scripts from HTML titles and drops javascript: links', () => {
    const feed = parseFeed(
      `<rss><channel><item><title>&lt;script&gt;alert(1)&lt;/script&gt;Safe &lt;b&gt;title&lt;/b&gt;</title>
       <link>javascript:alert(1)</link></item></channel></rss>`,
      { url: 'https://x.test/feed' },
    );
    expect(feed.entries[0]).toEqual({ title: 'Safe title' });
  });

  it('resolves links against nested xml:base', () => {
    const feed = parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.test/fr/"><entry xml:base="eco/">
       <title>T</title><link href="article-1.html"/><updated>2024-02-01T10:00:00+01:00</updated></entry></feed>`,
      { url: 'https://elsewhere.test/atom.xml' },
    );
    expect(feed.entries[0]).toEqual({
      url: 'https://news.test/fr/eco/article-1.html',
      title: 'T',
      publishedAt: '2024-02-01T09:00:00.000Z',
    });
  });
});
