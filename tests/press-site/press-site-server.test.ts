import * as cheerio from 'cheerio';
import iconv from 'iconv-lite';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARCS } from '../../fixtures/press-site/arcs.ts';
import { type PressSite, startPressSite } from '../../fixtures/press-site/server.ts';
import { storyPublishedAt } from '../../fixtures/press-site/site-routes.ts';
import { STORIES } from '../../fixtures/press-site/stories/catalogue.ts';
import { HOSTILE_PAYLOADS } from '../../fixtures/press-site/stories/hostile.ts';
import { sourceSchema } from '../../src/config/config-schema.ts';

let site: PressSite;

beforeAll(async () => {
  site = await startPressSite();
});
afterAll(async () => {
  await site.close();
});

/** Body text, decoded with the charset of the header, else of the document itself. */
async function text(response: Response): Promise<string> {
  const bytes = Buffer.from(await response.arrayBuffer());
  const declared = /charset=["']?([\w-]+)/i;
  const charset =
    declared.exec(response.headers.get('content-type') ?? '')?.[1] ??
    declared.exec(bytes.toString('latin1'))?.[1];
  return iconv.decode(bytes, charset ?? 'utf-8');
}

/** Links a feed lists, whatever its format. */
function feedLinks(xml: string): string[] {
  const $ = cheerio.load(xml, { xml: true });
  const links = $('item > link, entry > link[rel="alternate"]')
    .map((_, element) => $(element).attr('href') ?? $(element).text())
    .get();
  return links.map((link) => new URL(link).pathname + new URL(link).search.replace(/\?utm_.*$/, ''));
}

function isWellFormedXml(xml: string): boolean {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
  return doc.getElementsByTagName('parsererror').length === 0;
}

describe('the press site', () => {
  it('binds to 127.0.0.1 and gives one valid vigie source per outlet', () => {
    expect(site.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const sources = site.sources();
    expect(sources.map((source) => source.type).sort()).toEqual([
      'browser',
      'html',
      'rss',
      'rss',
      'rss',
      'rss',
    ]);
    for (const source of sources) {
      expect(sourceSchema.parse(source)).toEqual(source);
      expect(source.publisher).toBeTruthy();
    }
    expect(sources.find((source) => source.type === 'browser')?.renderArticles).toBe(true);
    expect(sources.find((source) => source.type === 'html')?.selectors?.item).toBeTruthy();
  });

  it('serves well-formed feeds in RSS 2.0, Atom 1.0 and RSS 1.0 that list every story of their outlet', async () => {
    site.setDay(site.lastDay);
    const seen = new Set<string>();
    for (const source of site.sources().filter((candidate) => candidate.type === 'rss')) {
      const response = await fetch(source.url);
      expect(response.status).toBe(200);
      const xml = await text(response);
      expect(isWellFormedXml(xml)).toBe(true);
      for (const path of feedLinks(xml)) seen.add(path);
    }
    const feedOutlets = new Set([
      'quotidien-des-affaires',
      'numerique-hebdo',
      'agence-eco-presse',
      'courrier-des-marches',
    ]);
    const expected = Object.values(ARCS.articles).filter((article) => feedOutlets.has(article.outlet));
    expect([...seen].sort()).toEqual(expected.map((article) => article.path).sort());
    const formats = await Promise.all(
      site
        .sources()
        .filter((candidate) => candidate.type === 'rss')
        .map(async (source) => (await text(await fetch(source.url))).split('\n')[1]?.slice(0, 9)),
    );
    expect(formats.sort()).toEqual(['<feed xml', '<rdf:RDF ', '<rss vers', '<rss vers']);
  });

  it('serves every story page with its title, and the HTML listing with selectors that find them', async () => {
    for (const [id, article] of Object.entries(ARCS.articles)) {
      const response = await fetch(site.baseUrl + article.path);
      expect(response.status, id).toBe(200);
      const html = await text(response);
      if (article.outlet !== 'cloud-wire') expect(cheerio.load(html).text()).toContain(article.title);
    }
    const ledger = site.sources().find((source) => source.type === 'html');
    const $ = cheerio.load(await text(await fetch(ledger?.url ?? '')));
    const selectors = ledger?.selectors;
    const links = $(selectors?.item ?? '')
      .map((_, item) =>
        $(item)
          .find(selectors?.link ?? '')
          .attr('href'),
      )
      .get()
      .map((href) => new URL(href).pathname);
    const expected = Object.values(ARCS.articles).filter((article) => article.outlet === 'the-ledger-street');
    expect(links.sort()).toEqual(expected.map((article) => article.path).sort());
  });

  it('replays the arcs day by day: feeds list only past days and later pages answer 404', async () => {
    const qda = site.sources().find((source) => source.name === 'quotidien-des-affaires')?.url ?? '';
    const rumour = ARCS.articles['qda-telvia-nuvola-rumeur'];
    const hostile = ARCS.articles['qda-vexel-orbis-hostile'];
    site.setDay(0);
    expect(feedLinks(await text(await fetch(qda)))).toEqual([]);
    expect((await fetch(site.baseUrl + (rumour?.path ?? ''))).status).toBe(404);
    site.setDay(1);
    expect(feedLinks(await text(await fetch(qda)))).toEqual([rumour?.path]);
    expect((await fetch(site.baseUrl + (rumour?.path ?? ''))).status).toBe(200);
    expect((await fetch(site.baseUrl + (hostile?.path ?? ''))).status).toBe(404);
    site.setDay(site.lastDay);
    expect(feedLinks(await text(await fetch(qda)))[0]).toBe(hostile?.path);
    expect(() => site.setDay(-1)).toThrow(RangeError);
  });

  it('answers 304 to repeated conditional requests, and 200 again once a new day changes the feed', async () => {
    const feed = site.sources().find((source) => source.name === 'the-ledger-street')?.url ?? '';
    site.setDay(5);
    const first = await fetch(feed);
    const etag = first.headers.get('etag') ?? '';
    const lastModified = first.headers.get('last-modified') ?? '';
    expect(etag).toMatch(/^"[0-9a-f]+"$/);
    expect(new Date(lastModified).toISOString()).toBe(
      new Date(ARCS.articles['lst-tennis-doubles']?.publishedAt ?? '').toISOString(),
    );
    expect((await fetch(feed, { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await fetch(feed, { headers: { 'if-modified-since': lastModified } })).status).toBe(304);
    site.setDay(6); // Sunday: nothing new anywhere
    expect((await fetch(feed, { headers: { 'if-none-match': etag } })).status).toBe(304);
    site.setDay(7);
    const changed = await fetch(feed, {
      headers: { 'if-none-match': etag, 'if-modified-since': lastModified },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect((await fetch(feed, { headers: { 'if-modified-since': lastModified } })).status).toBe(200);
    const page = site.urlOf('lst-halden-corvina-talks');
    const pageEtag = (await fetch(page)).headers.get('etag') ?? '';
    expect((await fetch(page, { headers: { 'if-none-match': `W/"nope", ${pageEtag}` } })).status).toBe(304);
    site.setDay(site.lastDay);
  });

  it('has a robots.txt that disallows /private/, where one feed links', async () => {
    const robots = await fetch(`${site.baseUrl}/robots.txt`);
    expect(robots.status).toBe(200);
    expect(await robots.text()).toMatch(/^Disallow: \/private\/$/m);
    const courrier = site.sources().find((source) => source.name === 'courrier-des-marches')?.url ?? '';
    const links = feedLinks(await text(await fetch(courrier)));
    expect(links.filter((link) => link.startsWith('/private/'))).toEqual([
      ARCS.articles[ARCS.robots.article]?.path,
    ]);
  });

  it('logs every request, and refuses other methods than GET and HEAD', async () => {
    site.requests.length = 0;
    const head = await fetch(`${site.baseUrl}/robots.txt`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await fetch(`${site.baseUrl}/robots.txt`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${site.baseUrl}/faults/500-then-ok`)).status).toBe(404);
    expect(site.requests.map(({ method, path, status }) => ({ method, path, status }))).toEqual([
      { method: 'HEAD', path: '/robots.txt', status: 200 },
      { method: 'POST', path: '/robots.txt', status: 405 },
      { method: 'GET', path: '/faults/500-then-ok', status: 404 },
    ]);
  });

  it('shows the hostile payloads as escaped text, in the page, its JSON-LD and its feed', async () => {
    const html = await text(await fetch(site.urlOf(ARCS.hostile.article)));
    const $ = cheerio.load(html);
    expect($('h1').text()).toContain(HOSTILE_PAYLOADS[0]);
    expect($('.story-body img, .story-body svg, .story-body script').length).toBe(0);
    for (const payload of HOSTILE_PAYLOADS.slice(1)) expect($('.story-body').text()).toContain(payload);
    const jsonLd = JSON.parse($('script[type="application/ld+json"]').text()) as { headline: string };
    expect(jsonLd.headline).toContain(HOSTILE_PAYLOADS[0]);
    expect(html).not.toContain(HOSTILE_PAYLOADS[0]);
    expect($('script:not([type])').length).toBeGreaterThanOrEqual(2);
    expect(ARCS.hostile.payloads).toEqual([...HOSTILE_PAYLOADS]);
    const feed = await text(await fetch(site.sources()[0]?.url ?? ''));
    expect(cheerio.load(feed, { xml: true })('item > title').first().text()).toContain(HOSTILE_PAYLOADS[0]);
  });

  it('agrees with arcs.json on every article and every story', () => {
    expect(Object.keys(ARCS.articles).sort()).toEqual(STORIES.map((story) => story.id).sort());
    expect(ARCS.lastDay).toBe(site.lastDay);
    for (const story of STORIES) {
      const article = ARCS.articles[story.id];
      expect(site.urlOf(story.id)).toBe(site.baseUrl + article?.path);
      expect(article?.publishedAt).toBe(storyPublishedAt(story));
      expect(article?.day).toBe(story.day);
    }
    const referenced = ARCS.arcs.flatMap((arc) =>
      [...arc.claims, ...arc.transitions, ...arc.alerts].map((x) => x.article),
    );
    for (const id of referenced) expect(ARCS.articles[id], id).toBeDefined();
  });
});
