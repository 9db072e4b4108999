import { request } from 'node:http';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULT_PATHS, HUGE_BODY_BYTES } from '../../fixtures/press-site/faults.ts';
import { type PressSite, startPressSite } from '../../fixtures/press-site/server.ts';

let site: PressSite;
beforeAll(async () => {
  site = await startPressSite({ faults: true });
});
afterAll(async () => {
  await site.close();
});

const url = (path: string): string => `${site.baseUrl}${path}`;

function xmlErrors(xml: string): number {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
  return doc.getElementsByTagName('parsererror').length;
}

describe('fault routes', () => {
  it('500-then-ok fails twice, then answers a feed; resetFaults starts over', async () => {
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await fetch(url(FAULT_PATHS.fiveHundredThenOk))).status);
    expect(statuses).toEqual([500, 500, 200]);
    expect((await fetch(url(FAULT_PATHS.fiveHundredThenOk))).status).toBe(200);
    site.resetFaults();
    expect((await fetch(url(FAULT_PATHS.fiveHundredThenOk))).status).toBe(500);
  });

  it('slow-headers never answers: only the client timeout ends it', async () => {
    const outcome = await new Promise<string>((resolve) => {
      const req = request(url(FAULT_PATHS.slowHeaders), { timeout: 300 }, () => resolve('answered'));
      req.on('timeout', () => {
        req.destroy();
        resolve('timed out');
      });
      req.on('error', () => undefined);
      req.end();
    });
    expect(outcome).toBe('timed out');
    expect(
      site.requests.filter((entry) => entry.path === FAULT_PATHS.slowHeaders).map((entry) => entry.status),
    ).toEqual([0]);
  });

  it('endless-body keeps sending chunks until the client goes away', async () => {
    const controller = new AbortController();
    const response = await fetch(url(FAULT_PATHS.endlessBody), { signal: controller.signal });
    expect(response.status).toBe(200);
    const reader = response.body?.getReader();
    let text = '';
    while (!text.includes('morceau 3')) {
      const { value, done } = (await reader?.read()) ?? { done: true, value: undefined };
      expect(done).toBe(false);
      text += Buffer.from(value ?? []).toString('utf8');
    }
    controller.abort();
    expect(text).toContain('morceau 1');
  });

  it('huge-body sends 10 MiB, announced or chunked', async () => {
    const announced = await fetch(url(FAULT_PATHS.hugeBody));
    expect(Number(announced.headers.get('content-length'))).toBe(HUGE_BODY_BYTES);
    expect((await announced.arrayBuffer()).byteLength).toBe(HUGE_BODY_BYTES);
    const chunked = await fetch(url(FAULT_PATHS.hugeBodyChunked));
    expect(chunked.headers.get('content-length')).toBeNull();
    expect((await chunked.arrayBuffer()).byteLength).toBe(HUGE_BODY_BYTES);
  });

  it('invalid-xml is a feed content type over malformed XML; html-as-feed is HTML behind an XML type', async () => {
    const invalid = await fetch(url(FAULT_PATHS.invalidXml));
    expect(invalid.headers.get('content-type')).toMatch(/^application\/rss\+xml/);
    expect(xmlErrors(await invalid.text())).toBeGreaterThan(0);
    const htmlFeed = await fetch(url(FAULT_PATHS.htmlAsFeed));
    expect(new URL(htmlFeed.url).pathname).toMatch(/\.xml$/);
    expect(htmlFeed.headers.get('content-type')).toMatch(/xml/);
    expect(await htmlFeed.text()).toMatch(/^<!doctype html>/i);
  });

  it('redirect-loop bounces between two paths', async () => {
    const first = await fetch(url(FAULT_PATHS.redirectLoop), { redirect: 'manual' });
    expect(first.status).toBe(302);
    const second = await fetch(url(first.headers.get('location') ?? ''), { redirect: 'manual' });
    expect(second.headers.get('location')).toBe(FAULT_PATHS.redirectLoop);
    await expect(fetch(url(FAULT_PATHS.redirectLoop))).rejects.toThrow();
  });
});
