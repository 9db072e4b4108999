import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../db/connect.ts';
import { FAULT_PATHS } from '../../fixtures/press-site/faults.ts';
import { type PressSite, startPressSite } from '../../fixtures/press-site/server.ts';
import { STORIES } from '../../fixtures/press-site/stories/catalogue.ts';
import type { IngestSummary } from '../../src/pipeline/ingest-summary.ts';
import { runIngestOnce } from '../../src/pipeline/run-ingest-once.ts';
import { type JobFailureRow, listJobFailures } from '../../src/queue/job-failures.ts';
import { type TempDir, tempDir, writeConfig } from './support/ingest-setup.ts';

/**
 * One run over healthy sources and misbehaving ones: every fault ends with a clear reason in
 * source_state or job_failures, and the healthy sources lose nothing.
 */
describe('faults during ingestion (embedded mode)', () => {
  let site: PressSite;
  let dir: TempDir;
  let db: Store;
  let summary: IngestSummary;
  let failures: JobFailureRow[];
  const healthy = ['quotidien-des-affaires', 'courrier-des-marches'];

  const faultSources = {
    'fault-500': FAULT_PATHS.fiveHundredThenOk,
    'fault-timeout': FAULT_PATHS.slowHeaders,
    'fault-endless': FAULT_PATHS.endlessBody,
    'fault-huge': FAULT_PATHS.hugeBody,
    'fault-huge-chunked': FAULT_PATHS.hugeBodyChunked,
    'fault-invalid-xml': FAULT_PATHS.invalidXml,
    'fault-html-feed': FAULT_PATHS.htmlAsFeed,
    'fault-redirect-loop': FAULT_PATHS.redirectLoop,
  };

  beforeAll(async () => {
    site = await startPressSite({ faults: true });
    dir = tempDir();
    const sources = [
      ...site.sources().filter((s) => healthy.includes(s.name)),
      ...Object.entries(faultSources).map(([name, path]) => ({
        name,
        type: 'rss',
        url: `${site.baseUrl}${path}`,
      })),
    ];
    const { config } = writeConfig(dir, {
      database: dir.file('vigie.sqlite'),
      sources,
      // The timeout is what ends the silent and the endless responses; it also bounds the healthy pages,
      // served by this same busy process: wide enough that a loaded machine never trips it on them.
      network: { allowPrivateAddresses: true, perHostDelayMs: 0, timeoutMs: 2500, maxBodyBytes: 512 * 1024 },
      alerts: [{ type: 'file', path: dir.file('alerts.jsonl') }],
    });
    summary = await runIngestOnce(config);
    db = openStore(config.database);
    failures = await listJobFailures(db);
  });

  afterAll(async () => {
    await db?.destroy();
    await site?.close();
    dir?.remove();
  });

  async function health(name: string) {
    return db.selectFrom('source_state').selectAll().where('name', '=', name).executeTakeFirstOrThrow();
  }
  const pollFailure = (name: string) =>
    failures.find((f) => f.jobName === 'poll-source' && (f.data as { source: string }).source === name);

  it('loses nothing from the healthy sources', async () => {
    const urls = new Set((await db.selectFrom('articles').select('url').execute()).map((r) => r.url));
    const byOutlet = STORIES.filter((s) => healthy.includes(s.outlet) && !s.private);
    expect(byOutlet.length).toBeGreaterThan(0);
    for (const story of byOutlet) expect(urls.has(site.urlOf(story.id)), story.id).toBe(true);
    for (const name of healthy) expect((await health(name)).last_error).toBeNull();
    expect(summary.sourcesPolled).toBe(healthy.length + Object.keys(faultSources).length);
  });

  it('HTTP 500 twice then 200: retried, recovered, no failure left', async () => {
    const state = await health('fault-500');
    expect(state.last_error).toBeNull();
    expect(state.last_ok_at).not.toBeNull();
    expect(state.items_seen).toBe(1);
    expect(pollFailure('fault-500')).toBeUndefined();
    // The recovered feed's article is fetched and stored like any other.
    const article = await db
      .selectFrom('articles')
      .select(['title', 'source_name'])
      .where('url', '=', `${site.baseUrl}${FAULT_PATHS.recovered}`)
      .executeTakeFirst();
    expect(article).toMatchObject({ title: 'Le service est rétabli', source_name: 'fault-500' });
  });

  it('a server that never answers: retried, then recorded as a timeout', async () => {
    expect((await health('fault-timeout')).last_error).toMatch(/time/i);
    expect(pollFailure('fault-timeout')).toMatchObject({ attempts: 3 });
    expect(pollFailure('fault-timeout')?.reason).toMatch(/time/i);
  });

  it('a body that never ends is cut and recorded', async () => {
    expect((await health('fault-endless')).last_error).toMatch(/time|too large|bytes/i);
    expect(pollFailure('fault-endless')?.reason).toMatch(/time|too large|bytes/i);
  });

  it('an oversized body (announced or chunked) fails at once, as too large', async () => {
    for (const name of ['fault-huge', 'fault-huge-chunked']) {
      expect((await health(name)).last_error).toMatch(/large|bytes|limit/i);
      expect(pollFailure(name), name).toMatchObject({ attempts: 1 });
    }
  });

  it('invalid XML: what can be read leniently is kept, and the problem is reported', async () => {
    const state = await health('fault-invalid-xml');
    expect(state.last_error).toMatch(/fault-invalid-xml: .*not well-formed XML/);
    expect(state.items_seen).toBe(1);
    expect(pollFailure('fault-invalid-xml')).toBeUndefined();
  });

  it('an HTML page served as a feed is reported as not a feed, and not retried', async () => {
    const state = await health('fault-html-feed');
    expect(state.last_error).toMatch(/fault-html-feed: .*(html|feed)/i);
    expect(state.last_ok_at).toBeNull();
    expect(pollFailure('fault-html-feed')).toMatchObject({ attempts: 1 });
    expect(pollFailure('fault-html-feed')?.reason).toMatch(/html|feed/i);
  });

  it('a redirect loop is detected and not retried', async () => {
    expect((await health('fault-redirect-loop')).last_error).toMatch(/redirect/i);
    expect(pollFailure('fault-redirect-loop')).toMatchObject({ attempts: 1 });
  });

  it('a page disallowed by robots.txt is skipped with the reason', () => {
    const privateStories = STORIES.filter((s) => s.private && healthy.includes(s.outlet));
    expect(privateStories.length).toBeGreaterThan(0);
    for (const story of privateStories) {
      const failure = failures.find((f) => (f.data as { url?: string }).url === site.urlOf(story.id));
      expect(failure?.reason).toMatch(/robots\.txt/);
      expect(failure?.attempts).toBe(1);
    }
  });
});
