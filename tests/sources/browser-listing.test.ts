import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load-config.ts';
import { ChromiumRenderer } from '../../src/sources/browser/chromium-renderer.ts';
import { pollSource } from '../../src/sources/poll-source.ts';
import { testSource } from '../../src/sources/test-source.ts';
import { requireChromium } from '../support/services.ts';
import { scriptedListing } from './listing-pages.ts';
import { type LocalServer, send, startLocalServer } from './local-server.ts';
import { runCli, writeTestConfig } from './run-cli.ts';

describe('browser listings (real Chromium)', () => {
  let site: LocalServer;
  let tracker: LocalServer;
  let renderer: ChromiumRenderer;
  const open = parseConfig({ network: { allowPrivateAddresses: true, perHostDelayMs: 0 } });

  beforeAll(async () => {
    const executablePath = await requireChromium();
    tracker = await startLocalServer((_request, response) => send(response, 200, 'text/plain', 'ok'));
    // "localhost" is another host than 127.0.0.1: the page's beacon is a request to a foreign site.
    const beacon = `${tracker.origin.replace('127.0.0.1', 'localhost')}/beacon`;
    site = await startLocalServer((request, response) => {
      if (request.url === '/wire/') send(response, 200, 'text/html; charset=utf-8', scriptedListing(beacon));
      else send(response, 404, 'text/plain', 'not found');
    });
    renderer = new ChromiumRenderer(open.network, { executablePath });
  });

  afterAll(async () => {
    await renderer?.close();
    await site?.close();
    await tracker?.close();
  });

  it('reads links that only exist after the page script ran', async () => {
    const source = {
      name: 'wire',
      type: 'browser' as const,
      url: `${site.origin}/wire/`,
      schedule: '*/30 * * * *',
      renderArticles: false,
      selectors: { item: 'li.story', link: 'a[href]' },
    };
    const result = await pollSource(source, { fetcher: unusedFetcher, browser: renderer });
    expect(result.errors).toEqual([]);
    expect(result.items).toEqual([
      {
        url: `${site.origin}/wire/kestrel-signs-with-armada.html`,
        title: 'Kestrel Systems signs cloud pact with Armada Bank',
        publishedAt: '2024-05-02T09:00:00.000Z',
      },
      {
        url: `${site.origin}/wire/luma-denies-talks.html`,
        title: 'Luma Retail denies merger talks',
        publishedAt: '2024-05-01T17:20:00.000Z',
      },
    ]);
    expect(tracker.paths).toEqual([]);
  });

  it('a plain fetch of the same page sees no link', async () => {
    const report = await testSource(`${site.origin}/wire/`, { config: open, type: 'html' });
    expect(report.items).toEqual([]);
    expect(report.errors[0]).toMatch(/no element matches/);
  });

  it('refuses a loopback page before navigating when private addresses are not allowed', async () => {
    const closed = new ChromiumRenderer(parseConfig({}).network, { executablePath: await requireChromium() });
    const before = site.paths.length;
    await expect(closed.render(`${site.origin}/wire/`)).rejects.toMatchObject({ code: 'blocked-address' });
    await closed.close();
    expect(site.paths.length).toBe(before);
  });

  it('vigie sources test --type browser prints the rendered items', async () => {
    const url = `${site.origin}/wire/`;
    const config = writeTestConfig(
      `sources:\n  - name: wire\n    type: browser\n    url: ${url}\n    selectors:\n      item: li.story\n      link: a\n`,
    );
    const run = await runCli(['sources', 'test', url, '--config', config, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed.errors).toEqual([]);
    expect(printed.items.map((item: { url: string }) => item.url)).toEqual([
      `${url}kestrel-signs-with-armada.html`,
      `${url}luma-denies-talks.html`,
    ]);
  });
});

const unusedFetcher = {
  fetch: () => Promise.reject(new Error('a browser source must not be fetched over HTTP')),
  close: () => Promise.resolve(),
};
