import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../db/connect.ts';
import { HOSTILE_PAYLOADS, hostileStory } from '../../fixtures/press-site/stories/hostile.ts';
import { CHROMIUM_PATH } from '../support/services.ts';
import { type GuardReport, guardContext, ranFlags } from './support/page-guard.ts';
import {
  ingestPressSite,
  type PressStore,
  ROOT,
  type ServeProcess,
  spawnServe,
} from './support/press-store.ts';

const SHOTS = join(ROOT, 'test-results/screenshots');
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let store: PressStore;
let serve: ServeProcess;
let browser: Browser;
let context: BrowserContext;
let guard: GuardReport;
let hostileId: number;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  store = await ingestPressSite();
  const db = openStore(store.config.database);
  const hostile = await db
    .selectFrom('articles')
    .select('id')
    .where('url', '=', store.site.urlOf(hostileStory.id))
    .executeTakeFirst();
  await db.destroy();
  if (!hostile) throw new Error('the pipeline did not store the hostile fixture article');
  hostileId = hostile.id;
  serve = await spawnServe(store.configFile);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  guard = await guardContext(context);
});
afterAll(async () => {
  await browser?.close();
  await serve?.stop();
  await store?.close();
});

const at = (path: string) => new URL(path, serve.url).href;
const day = (iso: string) => iso.slice(0, 10);
const dayBefore = (iso: string) =>
  new Date(Date.parse(`${day(iso)}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const shoot = (page: Page, name: string) =>
  page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

async function api<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(at(path));
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

interface Alliance {
  name: string;
  parties: string[];
  status: string;
  firstSeen: string;
}
interface Alert {
  kind: string;
  alliance: string | null;
  from: string | null;
  to: string;
  at: string;
}

/** An alliance whose status changed on a later day than it was first seen: the as-of control can show both. */
async function allianceThatChanged(page: Page): Promise<{ alliance: Alliance; alert: Alert }> {
  const alliances = await api<Alliance[]>(page, '/api/alliances');
  const alerts = await api<Alert[]>(page, '/api/alerts?kind=agreement');
  for (const alert of alerts) {
    const alliance = alliances.find((a) => a.name === alert.alliance);
    if (alliance && day(alliance.firstSeen) <= dayBefore(alert.at)) return { alliance, alert };
  }
  throw new Error('the fixture site should yield an alliance whose status changed after it was first seen');
}

describe('vigie serve in a browser', () => {
  it('home lists the alliances and searches them, on the page and with ?q=', async () => {
    const page = await context.newPage();
    await page.goto(serve.url);
    const alliances = await api<Alliance[]>(page, '/api/alliances');
    const rows = page.locator('table.alliances tbody tr');
    await expect.poll(() => rows.count()).toBe(alliances.length);
    for (const a of alliances) {
      const row = rows.filter({ has: page.getByRole('link', { name: a.name, exact: true }) });
      expect(await row.locator('.badge').textContent()).toBe(a.status);
    }
    await shoot(page, 'alliances');

    const { alliance } = await allianceThatChanged(page);
    const word = (alliance.parties[0] as string).split(' ')[0] as string;
    await page.getByLabel('Search alliances by name or party').fill(word.toLowerCase());
    const visible = page.locator('table.alliances tbody tr:visible');
    const expected = alliances.filter((a) =>
      `${a.name} ${a.parties.join(' ')}`.toLowerCase().includes(word.toLowerCase()),
    );
    await expect.poll(() => visible.count()).toBe(expected.length);
    expect(expected.length).toBeLessThan(alliances.length);
    expect(await page.locator('#alliance-count').textContent()).toContain(String(expected.length));
    expect(new URL(page.url()).searchParams.get('q')).toBe(word.toLowerCase());
    await shoot(page, 'alliances-search');

    await page.goto(at(`/?q=${encodeURIComponent(word)}`));
    expect(await page.locator('table.alliances tbody tr:visible').count()).toBe(expected.length);
    expect(await page.getByLabel('Search alliances by name or party').inputValue()).toBe(word);
    await page.close();
  });

  it('an alliance page shows its events in date order, sourced, and what was known as of a date', async () => {
    const page = await context.newPage();
    await page.goto(serve.url);
    const { alliance, alert } = await allianceThatChanged(page);
    await page.getByRole('link', { name: alliance.name, exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(alliance.name);
    expect(await page.locator('.alliance-status .badge').textContent()).toBe(alliance.status);

    const events = page.locator('ol.timeline > li.event');
    const dates = await events.evaluateAll((items) => items.map((li) => li.getAttribute('data-date') ?? ''));
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort());
    expect(await page.locator('li.event-transition').count()).toBeGreaterThan(0);
    for (const item of await events.all()) {
      expect((await item.locator('blockquote.evidence').textContent())?.trim()).not.toBe('');
      const original = await item.locator('.sources a[rel~="noopener"]').getAttribute('href');
      expect(original?.startsWith(store.site.baseUrl)).toBe(true);
      expect((await page.request.get(original as string)).status(), original as string).toBe(200);
      const local = await item.locator('a.local-article').getAttribute('href');
      expect((await page.request.get(at(local as string))).status()).toBe(200);
    }
    await shoot(page, 'alliance');

    const firstLocal = page.locator('a.local-article').first();
    const storedTitle = await page.request
      .get(at(`/api${await firstLocal.getAttribute('href')}`))
      .then((r) => r.json());
    await firstLocal.click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(storedTitle.article.title);
    expect(await page.locator('.article-text mark').count()).toBeGreaterThan(0);
    await page.goBack();

    await page.getByLabel('Show what was known on').fill(dayBefore(alert.at));
    await page.getByRole('button', { name: 'Show' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('asOf')).toBe(dayBefore(alert.at));
    expect(await page.locator('.alliance-status .badge').textContent()).toBe(alert.from);
    const earlier = await page
      .locator('ol.timeline > li.event')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-date')));
    expect(earlier.length).toBeLessThan(dates.length);
    await shoot(page, 'alliance-as-of');

    await page.getByLabel('Show what was known on').fill(day(alert.at));
    await page.getByRole('button', { name: 'Show' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('asOf')).toBe(day(alert.at));
    const then = await api<{ alliance: { status: string } }>(
      page,
      `/api/alliances/${encodeURIComponent(alliance.name)}/timeline?asOf=${day(alert.at)}`,
    );
    expect(await page.locator('.alliance-status .badge').textContent()).toBe(then.alliance.status);
    expect(then.alliance.status).not.toBe(alert.from);
    await page.close();
  });

  it('alerts are listed newest first and the Atom feed they link to is valid', async () => {
    const page = await context.newPage();
    await page.goto(at('/alerts'));
    const alerts = await api<Alert[]>(page, '/api/alerts');
    expect(alerts.length).toBeGreaterThan(0);
    expect(await page.locator('ol.alerts > li').count()).toBe(alerts.length);
    const shown = await page
      .locator('ol.alerts time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect(shown).toEqual([...shown].sort().reverse());
    await shoot(page, 'alerts');

    const feedHref = await page.getByRole('link', { name: 'Atom feed' }).getAttribute('href');
    expect(
      await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href'),
    ).toBe(feedHref);
    const feed = await page.request.get(at(feedHref as string));
    expect(feed.headers()['content-type']).toMatch(/^application\/atom\+xml/);
    const xml = await feed.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.match(/<entry>/g)).toHaveLength(alerts.length);
    await page.close();
  });

  it('sources show their last poll, errors and yield', async () => {
    const page = await context.newPage();
    await page.goto(at('/sources'));
    expect(await page.locator('table.sources tbody tr').count()).toBe(store.config.sources.length);
    for (const source of store.config.sources) {
      const row = page.locator('table.sources tbody tr').filter({ hasText: source.name });
      expect(await row.locator('time').first().getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
    await shoot(page, 'sources');
    await page.close();
  });

  it('the hostile article renders its payloads as text and runs none of them', async () => {
    for (const bypassCSP of [false, true]) {
      // With the CSP bypassed, escaping alone must hold.
      const ctx = bypassCSP ? await browser.newContext({ bypassCSP: true }) : context;
      const report = bypassCSP ? await guardContext(ctx) : guard;
      const page = await ctx.newPage();
      await page.goto(at(`/articles/${hostileId}`));
      await page.waitForLoadState('load');
      expect(await page.locator('h1').textContent()).toContain(HOSTILE_PAYLOADS[0]);
      const text = (await page.locator('.article-text').textContent()) ?? '';
      for (const payload of HOSTILE_PAYLOADS.slice(1)) expect(text).toContain(payload);
      expect(await page.locator('script').count()).toBe(1);
      expect(await page.locator('main img, main svg, main textarea, main iframe').count()).toBe(0);
      expect(await page.locator('[onerror], [onload], a[href^="javascript:"]').count()).toBe(0);
      if (!bypassCSP) await shoot(page, 'hostile-article');
      const flags = await ranFlags(page);
      expect(flags).toEqual({ ran: [], csp: [], title: expect.not.stringContaining('PWNED') });
      expect(report.dialogs).toEqual([]);
      await page.close();
      if (bypassCSP) await ctx.close();
    }
  });

  it('no page visited ran a script from content or logged anything', async () => {
    const page = await context.newPage();
    const alliances = await api<Alliance[]>(page, '/api/alliances');
    for (const path of [
      '/',
      ...alliances.map((a) => `/alliances/${encodeURIComponent(a.name)}`),
      '/alerts',
      '/sources',
    ]) {
      await page.goto(at(path));
      const flags = await ranFlags(page);
      expect(flags.ran, path).toEqual([]);
      expect(flags.csp, path).toEqual([]);
      expect(flags.title, path).not.toContain('PWNED');
    }
    await page.close();
    expect(guard.dialogs).toEqual([]);
    expect(guard.pageErrors).toEqual([]);
    expect(guard.console).toEqual([]);
  });
});
