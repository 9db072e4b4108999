import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../db/connect.ts';
import { HOSTILE_PAYLOADS, hostileStory } from '../../fixtures/press-site/stories/hostile.ts';
import { WebBindError } from '../../src/web/bind-policy.ts';
import { startWebServer, type WebServer } from '../../src/web/start-web-server.ts';
import { ingestPressSite, type PressStore } from './support/press-store.ts';

let store: PressStore;
let db: Store;
let server: WebServer;

beforeAll(async () => {
  store = await ingestPressSite();
  db = openStore(store.config.database);
  server = await startWebServer(store.config, db, { port: 0 });
});
afterAll(async () => {
  await server?.close();
  await db?.destroy();
  await store?.close();
});

async function get(
  path: string,
  init?: RequestInit,
  // biome-ignore lint/suspicious/noExplicitAny: JSON bodies, checked field by field below
): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(new URL(path, server.url), init);
  const text = await res.text();
  const json = (res.headers.get('content-type') ?? '').includes('json');
  return { status: res.status, body: json ? JSON.parse(text) : text, headers: res.headers };
}

interface Alliance {
  name: string;
  parties: string[];
  status: string;
  firstSeen: string;
  lastChange: string | null;
}
interface Alert {
  id: number;
  kind: string;
  alliance: string | null;
  parties: string[];
  from: string | null;
  to: string;
  at: string;
  evidence: { url: string; publisher: string; quote: string };
}

const day = (iso: string) => iso.slice(0, 10);
const dayBefore = (iso: string) =>
  new Date(Date.parse(`${day(iso)}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

describe('GET /api/alliances', () => {
  it('lists every agreement fact of the store with its status', async () => {
    const { status, body } = await get('/api/alliances');
    expect(status).toBe(200);
    const facts = await db.selectFrom('facts').select(['status']).where('kind', '=', 'agreement').execute();
    expect(body).toHaveLength(facts.length);
    expect(body.length).toBeGreaterThan(1);
    expect(body.map((a: Alliance) => a.status).sort()).toEqual(facts.map((f) => f.status).sort());
    for (const a of body as Alliance[]) expect(['rumour', 'confirmed', 'denied']).toContain(a.status);
  });

  it('filters by search words, party and status', async () => {
    const all: Alliance[] = (await get('/api/alliances')).body;
    const party = all[0]?.parties[0] as string;
    const word = party.split(' ')[0] as string;
    const searched: Alliance[] = (await get(`/api/alliances?q=${encodeURIComponent(word.toUpperCase())}`))
      .body;
    expect(searched.length).toBeGreaterThan(0);
    expect(searched.length).toBeLessThan(all.length);
    for (const a of searched)
      expect(`${a.name} ${a.parties.join(' ')}`.toLowerCase()).toContain(word.toLowerCase());
    const byParty: Alliance[] = (await get(`/api/alliances?party=${encodeURIComponent(party)}`)).body;
    for (const a of byParty) expect(a.parties).toContain(party);
    expect(byParty.length).toBeGreaterThan(0);
    const denied: Alliance[] = (await get('/api/alliances?status=denied')).body;
    expect(denied.map((a) => a.name).sort()).toEqual(
      all
        .filter((a) => a.status === 'denied')
        .map((a) => a.name)
        .sort(),
    );
  });
});

describe('GET /api/alliances/:name/timeline', () => {
  it('gives each alliance its events in date order, every source stored and linked', async () => {
    const all: Alliance[] = (await get('/api/alliances')).body;
    for (const alliance of all) {
      const { status, body } = await get(`/api/alliances/${encodeURIComponent(alliance.name)}/timeline`);
      expect(status, alliance.name).toBe(200);
      expect(body.alliance).toEqual({
        name: alliance.name,
        parties: alliance.parties,
        status: alliance.status,
      });
      const dates = body.events.map((e: { date: string }) => e.date);
      expect(dates).toEqual([...dates].sort());
      expect(body.events.length).toBeGreaterThan(0);
      for (const event of body.events) {
        expect(event.source.url.startsWith(store.site.baseUrl)).toBe(true);
        const article = await get(`/api/articles/${event.articleId}`);
        expect(article.body.article.url).toBe(event.source.url);
      }
    }
  });

  it('as of the day before an alert, shows the status the alert moved from', async () => {
    const alerts: Alert[] = (await get('/api/alerts?kind=agreement')).body;
    const all: Alliance[] = (await get('/api/alliances')).body;
    const moved = alerts.filter((a) => {
      const alliance = all.find((x) => x.name === a.alliance);
      return alliance && day(alliance.firstSeen) <= dayBefore(a.at);
    });
    expect(moved.length).toBeGreaterThan(0);
    for (const alert of moved) {
      const path = `/api/alliances/${encodeURIComponent(alert.alliance as string)}/timeline`;
      const before = await get(`${path}?asOf=${dayBefore(alert.at)}`);
      expect(before.body.alliance.status).toBe(alert.from);
      for (const event of before.body.events)
        expect(event.source.publishedAt <= `${dayBefore(alert.at)}T23:59:59.999Z`).toBe(true);
      const then = await get(`${path}?asOf=${day(alert.at)}`);
      expect(then.body.transitions.map((t: { to: string }) => t.to)).toContain(alert.to);
    }
  });

  it('answers 404 for an alliance unknown, or not yet known on the date asked', async () => {
    expect((await get('/api/alliances/Nobody%20%2B%20Nothing/timeline')).status).toBe(404);
    const [first] = (await get('/api/alliances')).body as Alliance[];
    const early = await get(
      `/api/alliances/${encodeURIComponent(first?.name ?? '')}/timeline?asOf=2000-01-01`,
    );
    expect(early.status).toBe(404);
    expect(early.body.error).toMatch(/2000-01-01/);
  });
});

describe('GET /api/facts', () => {
  it('filters by kind, status, party, dates and asOf', async () => {
    const all = (await get('/api/facts')).body as Array<{
      kind: string;
      status: string;
      parties: string[];
      firstPublishedAt: string;
    }>;
    expect(all.length).toBe(
      Number((await db.selectFrom('facts').select(db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
    );
    const kinds = new Set(all.map((f) => f.kind));
    for (const kind of kinds) {
      const some = (await get(`/api/facts?kind=${kind}`)).body as typeof all;
      expect(some.length).toBe(all.filter((f) => f.kind === kind).length);
    }
    const confirmed = (await get('/api/facts?status=confirmed')).body as typeof all;
    expect(confirmed.length).toBe(all.filter((f) => f.status === 'confirmed').length);
    const party = all[0]?.parties[0] as string;
    const withParty = (await get(`/api/facts?party=${encodeURIComponent(party)}`)).body as typeof all;
    expect(withParty.every((f) => f.parties.includes(party))).toBe(true);
    const days = [...new Set(all.map((f) => day(f.firstPublishedAt)))].sort();
    const middle = days[Math.floor(days.length / 2)] as string;
    const since = (await get(`/api/facts?since=${middle}`)).body as typeof all;
    expect(since.length).toBe(all.filter((f) => day(f.firstPublishedAt) >= middle).length);
    const until = (await get(`/api/facts?until=${middle}&limit=2`)).body as typeof all;
    expect(until.length).toBe(Math.min(2, all.filter((f) => day(f.firstPublishedAt) <= middle).length));
    const asOf = (await get(`/api/facts?asOf=${days[0]}`)).body as typeof all;
    expect(asOf.length).toBe(all.filter((f) => day(f.firstPublishedAt) <= (days[0] as string)).length);
  });
});

describe('GET /api/alerts and /alerts.atom', () => {
  it('lists every alert, newest first', async () => {
    const { body } = await get('/api/alerts');
    const rows = await db.selectFrom('alerts').select('id').execute();
    expect(body).toHaveLength(rows.length);
    expect(body.length).toBeGreaterThan(0);
    const times = body.map((a: Alert) => a.at);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('serves a valid Atom 1.0 feed with one entry per alert', async () => {
    const { status, body, headers } = await get('/alerts.atom');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    expect(XMLValidator.validate(body)).toBe(true);
    const feed = new XMLParser({
      ignoreAttributes: false,
      isArray: (n) => n === 'entry' || n === 'link',
    }).parse(body).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    for (const field of ['id', 'title', 'updated', 'author']) expect(feed[field], field).toBeDefined();
    const alerts: Alert[] = (await get('/api/alerts')).body;
    expect(feed.entry).toHaveLength(alerts.length);
    const ids = new Set<string>();
    for (const [i, entry] of feed.entry.entries()) {
      const alert = alerts[i] as Alert;
      ids.add(entry.id);
      expect(entry.id).toBe(`urn:vigie:alert:${alert.id}`);
      expect(entry.title).toContain(alert.to);
      expect(new Date(entry.updated).toISOString()).toBe(alert.at);
      expect(entry.link.find((l: Record<string, string>) => l['@_rel'] === 'alternate')['@_href']).toBe(
        alert.evidence.url,
      );
      expect(entry.summary['#text']).toContain(alert.evidence.quote);
    }
    expect(ids.size).toBe(alerts.length);
  });
});

describe('GET /api/articles/:id', () => {
  it('gives the text and claims with offsets that point at their evidence', async () => {
    const articles = await db
      .selectFrom('articles')
      .select(['id'])
      .where('duplicate_of', 'is', null)
      .execute();
    let claims = 0;
    for (const { id } of articles) {
      const { status, body } = await get(`/api/articles/${id}`);
      expect(status).toBe(200);
      for (const claim of body.claims) {
        claims++;
        expect(body.article.text.slice(claim.evidence.start, claim.evidence.end)).toBe(claim.evidence.text);
        expect(claim).toHaveProperty('rule');
      }
    }
    expect(claims).toBeGreaterThan(0);
  });

  it('keeps hostile markup as plain text in JSON', async () => {
    const row = await db
      .selectFrom('articles')
      .select('id')
      .where('url', '=', store.site.urlOf(hostileStory.id))
      .executeTakeFirstOrThrow();
    const { body, headers } = await get(`/api/articles/${row.id}`);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    expect(body.article.title).toContain(HOSTILE_PAYLOADS[0]);
  });
});

describe('GET /api/sources', () => {
  it('gives every configured source with its last poll and yield', async () => {
    const { body } = await get('/api/sources');
    expect(body.map((s: { name: string }) => s.name).sort()).toEqual(
      store.config.sources.map((s) => s.name).sort(),
    );
    for (const source of body) {
      expect(source.lastPollAt).not.toBeNull();
      expect(source.lastError).toBeNull();
      expect(source.articlesFound).toBeGreaterThan(0);
      expect(source.schedule).toMatch(/\S+( \S+){4,5}/);
    }
  });
});

describe('bad requests', () => {
  const cases: Array<[string, RegExp]> = [
    ['/api/alliances?status=maybe', /status/],
    ['/api/alliances?asOf=2026-02-30', /asOf.*YYYY-MM-DD/],
    ['/api/alliances?bogus=1', /unknown parameter "bogus"/],
    ['/api/alliances?party=', /party/],
    ['/api/alliances/Bleu/timeline?since=2026-03-09&until=2026-03-01', /since .* is after until/],
    ['/api/alliances/Bleu/timeline?kind=merger', /kind/],
    ['/api/facts?limit=0', /limit/],
    ['/api/facts?limit=lots', /limit/],
    ['/api/facts?until=yesterday', /until/],
    ['/api/facts?knownAt=2026-03-04T25:00:00Z', /knownAt/],
    ['/api/alerts?since=03/04/2026', /since/],
    ['/api/alerts?status=rumour&kind=gossip', /kind/],
    ['/api/articles/-1', /positive integer/],
    ['/api/articles/1?x=1', /unknown parameter "x"/],
    ['/api/sources?page=2', /unknown parameter "page"/],
  ];
  it.each(cases)('%s answers 400 with a message', async (path, message) => {
    const { status, body } = await get(path);
    expect(status).toBe(400);
    expect(body.error).toMatch(message);
  });

  it('pages answer a bad date with a 400 page, and unknown things with 404', async () => {
    const bad = await get('/alliances/Bleu?asOf=31-12-2025');
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('YYYY-MM-DD');
    expect((await get('/articles/abc')).status).toBe(400);
    expect((await get('/articles/999999')).status).toBe(404);
    expect((await get('/api/nothing')).status).toBe(404);
    expect((await get('/api/articles/999999')).body.error).toMatch(/no article 999999/);
  });
});

describe('access', () => {
  it('refuses to listen beyond loopback without a token', async () => {
    await expect(startWebServer(store.config, db, { port: 0, host: '0.0.0.0' })).rejects.toThrow(
      WebBindError,
    );
    await expect(startWebServer(store.config, db, { port: 0, host: '192.168.1.20' })).rejects.toThrow(
      /web\.token/,
    );
  });

  it('with web.token, asks every request for it (header, query, then cookie)', async () => {
    const config = { ...store.config, web: { ...store.config.web, token: 's3cret-token' } };
    const guarded = await startWebServer(config, db, { port: 0 });
    try {
      const at = (path: string) => new URL(path, guarded.url);
      expect((await fetch(at('/api/alliances'))).status).toBe(401);
      expect((await fetch(at('/'))).status).toBe(401);
      expect((await fetch(at('/api/alliances'), { headers: { authorization: 'Bearer wrong' } })).status).toBe(
        401,
      );
      expect(
        (await fetch(at('/api/alliances'), { headers: { authorization: 'Bearer s3cret-token' } })).status,
      ).toBe(200);
      const viaQuery = await fetch(at('/?token=s3cret-token'));
      expect(viaQuery.status).toBe(200);
      const cookie = viaQuery.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/HttpOnly/i);
      const next = await fetch(at('/alerts'), { headers: { cookie: cookie.split(';')[0] as string } });
      expect(next.status).toBe(200);
      expect((await fetch(at('/api/facts?token=s3cret-token&kind=agreement'))).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});
