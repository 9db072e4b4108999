import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceConfig } from '../../src/config/config-schema.ts';
import { parseConfig } from '../../src/config/load-config.ts';
import { createHttpFetcher } from '../../src/fetching/http-fetcher.ts';
import { pollSource } from '../../src/sources/poll-source.ts';
import { testSource } from '../../src/sources/test-source.ts';
import { type LocalServer, send, startLocalServer } from './local-server.ts';
import { runCli, writeTestConfig } from './run-cli.ts';

const NEWS = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url>
    <loc>/eco/2024/06/03/helvard-bourse.html</loc>
    <news:news>
      <news:publication><news:name>La Gazette Éco</news:name><news:language>fr</news:language></news:publication>
      <news:publication_date>2024-06-03T07:15:00+02:00</news:publication_date>
      <news:title>Helvard recule de 3&#160;% après son avertissement</news:title>
    </news:news>
  </url>
  <url>
    <loc>ORIGIN/eco/2024/06/02/brisane-alliance.html</loc>
    <lastmod>2024-06-02</lastmod>
  </url>
</urlset>`;

const OLDER = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>ORIGIN/eco/2024/05/30/tarsis-label.html</loc><lastmod>2024-05-30T10:00:00Z</lastmod></url>
  <url><loc>ORIGIN/eco/2024/06/02/brisane-alliance.html</loc></url>
</urlset>`;

const INDEX = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>ORIGIN/sitemaps/older.xml.gz</loc><lastmod>2024-05-31</lastmod></sitemap>
  <sitemap><loc>ORIGIN/sitemaps/news.xml</loc><lastmod>2024-06-03</lastmod></sitemap>
  <sitemap><loc>ORIGIN/sitemaps/missing.xml</loc><lastmod>2024-01-01</lastmod></sitemap>
</sitemapindex>`;

describe('news sitemaps', () => {
  let server: LocalServer;
  const config = parseConfig({ network: { allowPrivateAddresses: true, perHostDelayMs: 0 } });
  const fetcher = createHttpFetcher(config.network);

  beforeAll(async () => {
    server = await startLocalServer((request, response) => {
      const fill = (text: string) => text.replaceAll('ORIGIN', server.origin);
      if (request.url === '/sitemaps/news.xml') send(response, 200, 'application/xml', fill(NEWS));
      else if (request.url === '/sitemaps/older.xml.gz')
        send(response, 200, 'application/x-gzip', gzipSync(fill(OLDER)));
      else if (request.url === '/sitemap_index.xml') send(response, 200, 'text/xml', fill(INDEX));
      else send(response, 404, 'text/plain', 'not found');
    });
  });
  afterAll(async () => {
    await fetcher.close();
    await server.close();
  });

  const source = (path: string): SourceConfig => ({
    name: 'gazette',
    type: 'sitemap',
    url: `${server.origin}${path}`,
    schedule: '*/30 * * * *',
    renderArticles: false,
  });

  it('reads a <urlset> with news titles and publication dates', async () => {
    const result = await pollSource(source('/sitemaps/news.xml'), { fetcher });
    expect(result.errors).toEqual([]);
    expect(result.items).toEqual([
      {
        url: `${server.origin}/eco/2024/06/03/helvard-bourse.html`,
        title: 'Helvard recule de 3 % après son avertissement',
        publishedAt: '2024-06-03T05:15:00.000Z',
      },
      {
        url: `${server.origin}/eco/2024/06/02/brisane-alliance.html`,
        publishedAt: '2024-06-02T00:00:00.000Z',
      },
    ]);
  });

  it('follows a <sitemapindex> one level, newest first, gzip included; a missing child is an error entry', async () => {
    const result = await pollSource(source('/sitemap_index.xml'), { fetcher });
    expect(result.items.map((item) => item.url)).toEqual([
      `${server.origin}/eco/2024/06/03/helvard-bourse.html`,
      `${server.origin}/eco/2024/06/02/brisane-alliance.html`,
      `${server.origin}/eco/2024/05/30/tarsis-label.html`,
    ]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/missing\.xml.*404/);
  });

  it('sources test on an index lists the pages of its sitemaps, as polling reads them', async () => {
    const report = await testSource(`${server.origin}/sitemap_index.xml`, { config, fetcher });
    expect(report.type).toBe('sitemap');
    expect(report.items).toHaveLength(3);
    expect(report.items[2]).toEqual({
      url: `${server.origin}/eco/2024/05/30/tarsis-label.html`,
      title: null,
      publishedAt: '2024-05-30T10:00:00.000Z',
    });
  });

  it('vigie sources test detects a sitemap without --type', async () => {
    const run = await runCli([
      'sources',
      'test',
      `${server.origin}/sitemaps/news.xml`,
      '--config',
      writeTestConfig(),
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).items[0]).toEqual({
      url: `${server.origin}/eco/2024/06/03/helvard-bourse.html`,
      title: 'Helvard recule de 3 % après son avertissement',
      publishedAt: '2024-06-03T05:15:00.000Z',
    });
  });
});
