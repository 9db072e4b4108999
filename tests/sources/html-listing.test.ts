import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHtmlListing } from '../../src/sources/html/parse-html-listing.ts';
import { SECTION_FRONT } from './listing-pages.ts';
import { type LocalServer, send, startLocalServer } from './local-server.ts';
import { runCli, writeTestConfig } from './run-cli.ts';

const selectors = { item: 'div.teaser', link: 'h2 a', title: '.teaser__title', date: '.teaser__date' };

describe('parseHtmlListing', () => {
  const pageUrl = 'https://www.courrier-affaires.test/entreprises/';
  const { items, errors } = parseHtmlListing(SECTION_FRONT, { pageUrl, selectors });

  it('resolves links against the page, drops fragments, duplicates, off-site and non-http links', () => {
    expect(items.map((item) => item.url)).toEqual([
      'https://www.courrier-affaires.test/entreprises/2024/03/12/nordalys-rachat-veltis.html',
      'https://www.courrier-affaires.test/entreprises/2024/03/11/ombreval-certification.html?utm_source=home',
      'https://bourse.courrier-affaires.test/valeurs/pyrene-energie',
    ]);
    expect(errors).toEqual([]);
  });

  it('reads titles as plain text and dates from the date selector or a <time datetime>', () => {
    expect(items[0]).toMatchObject({
      title: 'Nordalys serait en discussions pour racheter Veltis',
      publishedAt: '2024-03-12T00:00:00.000Z',
    });
    expect(items[1]).toMatchObject({
      title: 'Ombreval obtient sa certification « cloud de confiance »',
      publishedAt: '2024-03-11T07:30:00.000Z',
    });
    expect(items[2]?.publishedAt).toBe('2024-03-12T15:45:00.000Z');
  });

  it('keeps other sites when asked to', () => {
    const all = parseHtmlListing(SECTION_FRONT, { pageUrl, selectors, allowOtherSites: true });
    expect(all.items.map((item) => item.url)).toContain('https://ads.example.net/click?id=42');
  });

  it('says what to configure when no element matches', () => {
    const none = parseHtmlListing(SECTION_FRONT, { pageUrl });
    expect(none.items).toEqual([]);
    expect(none.errors[0]).toMatch(/no element matches the item selector "article".*selectors/);
  });

  it('reports an invalid selector instead of throwing', () => {
    const bad = parseHtmlListing(SECTION_FRONT, { pageUrl, selectors: { item: 'div[', link: 'a' } });
    expect(bad.items).toEqual([]);
    expect(bad.errors[0]).toMatch(/invalid item selector/);
  });
});

describe('vigie sources test --type html with the configured selectors', () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startLocalServer((request, response) => {
      if (request.url === '/entreprises/') send(response, 200, 'text/html; charset=utf-8', SECTION_FRONT);
      else send(response, 404, 'text/plain', 'not found');
    });
  });
  afterAll(() => server.close());

  it('uses the selectors of the source whose URL matches', async () => {
    const url = `${server.origin}/entreprises/`;
    const config = writeTestConfig(
      `sources:\n  - name: courrier\n    type: html\n    url: ${url}\n    selectors:\n` +
        `      item: div.teaser\n      link: h2 a\n      title: .teaser__title\n      date: .teaser__date\n`,
    );
    const run = await runCli(['sources', 'test', url, '--config', config, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const printed = JSON.parse(run.stdout);
    // Served from 127.0.0.1, the absolute links to the publisher's real hosts are off-site.
    expect(printed).toEqual({
      items: [
        {
          url: `${server.origin}/entreprises/2024/03/12/nordalys-rachat-veltis.html`,
          title: 'Nordalys serait en discussions pour racheter Veltis',
          publishedAt: '2024-03-12T00:00:00.000Z',
        },
        {
          url: `${server.origin}/entreprises/2024/03/11/ombreval-certification.html?utm_source=home`,
          title: 'Ombreval obtient sa certification « cloud de confiance »',
          publishedAt: '2024-03-11T07:30:00.000Z',
        },
      ],
      errors: [],
    });

    const listed = await runCli(['sources', 'list', '--config', config]);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(
      /^NAME\s+TYPE\s+SCHEDULE\s+URL\ncourrier\s+html\s+\*\/30 \* \* \* \*\s+http:\/\/127/,
    );
  });
});
