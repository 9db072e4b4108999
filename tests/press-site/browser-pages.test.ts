import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARCS } from '../../fixtures/press-site/arcs.ts';
import { type PressSite, startPressSite } from '../../fixtures/press-site/server.ts';
import { haldenCorvinaRelay } from '../../fixtures/press-site/stories/arc-b-halden-corvina.ts';
import { requireChromium } from '../support/services.ts';

let site: PressSite;
let browser: Browser;

beforeAll(async () => {
  site = await startPressSite();
  browser = await chromium.launch({
    executablePath: await requireChromium(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('pages that need a browser', () => {
  it('a Cloud Wire article has no article text in its raw HTML, and all of it once rendered', async () => {
    const url = site.urlOf(haldenCorvinaRelay.id);
    const raw = await (await fetch(url)).text();
    for (const paragraph of haldenCorvinaRelay.paragraphs) expect(raw).not.toContain(paragraph.slice(0, 40));
    expect(raw).not.toContain('Corvina');

    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForSelector('article .post-body p');
    const paragraphs = await page.locator('.post-body p').allTextContents();
    expect(paragraphs).toEqual(haldenCorvinaRelay.paragraphs);
    expect(await page.locator('h1').textContent()).toBe(haldenCorvinaRelay.title);
    expect(await page.locator('time').getAttribute('datetime')).toBe(
      ARCS.articles[haldenCorvinaRelay.id]?.publishedAt,
    );
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(url);
    await page.close();
  });

  it('the Cloud Wire listing is rendered by script, and its source selectors find the day’s posts', async () => {
    const source = site.sources().find((candidate) => candidate.type === 'browser');
    const raw = await (await fetch(source?.url ?? '')).text();
    expect(raw).not.toContain('post-link"');
    site.setDay(4);
    const page = await browser.newPage();
    await page.goto(source?.url ?? '');
    await page.waitForSelector(source?.selectors?.item ?? 'li.post');
    const hrefs = await page
      .locator(`${source?.selectors?.item} ${source?.selectors?.link}`)
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(hrefs).toEqual([ARCS.articles['cw-halden-corvina']?.path]);
    await page.close();
    site.setDay(site.lastDay);
  });

  it('the hostile page runs none of its payloads in a real browser', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(site.urlOf(ARCS.hostile.article), { waitUntil: 'load' });
    await page.waitForFunction(() => document.body.classList.contains('ready'));
    expect(dialogs).toEqual([]);
    expect(await page.title()).toContain('<script>alert("vigie-title")</script>');
    expect(await page.locator('.story-body img, .story-body svg').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
    await page.close();
  });
});
