import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../db/connect.ts';
import { type PressSite, startPressSite } from '../../fixtures/press-site/server.ts';
import { STORIES } from '../../fixtures/press-site/stories/catalogue.ts';
import { runIngestOnce } from '../../src/pipeline/run-ingest-once.ts';
import { listJobFailures } from '../../src/queue/job-failures.ts';
import { requireChromium } from '../support/services.ts';
import { storedArticles, type TempDir, tempDir, writeConfig } from './support/ingest-setup.ts';

describe('ingest --once, embedded mode (SQLite, in-process queue)', () => {
  let site: PressSite;
  let dir: TempDir;
  let db: Store;

  beforeAll(async () => {
    await requireChromium(); // one outlet is a script-built listing: it goes through real Chromium
    site = await startPressSite({});
    dir = tempDir();
  });

  afterAll(async () => {
    await db?.destroy();
    await site?.close();
    dir?.remove();
  });

  it('stores every public story once, marks copies, and a second run only gets 304s', async () => {
    const { config } = writeConfig(dir, {
      database: dir.file('vigie.sqlite'),
      sources: site.sources(),
      alerts: [{ type: 'file', path: dir.file('alerts.jsonl') }],
    });
    const first = await runIngestOnce(config);
    db = openStore(config.database);

    const published = STORIES.filter((story) => story.day <= site.day);
    const expected = published.filter((story) => !story.private).map((story) => site.urlOf(story.id));
    const articles = await storedArticles(db);
    expect(articles.map((a) => a.url).sort()).toEqual([...expected].sort());
    expect(first.sourcesPolled).toBe(config.sources.length);
    expect(first.articlesStored).toBe(expected.length);

    // A syndicated story is stored, but as a copy of its original (no claims of its own).
    for (const story of published.filter((s) => s.syndicates)) {
      const copy = articles.find((a) => a.url === site.urlOf(story.id));
      expect(copy?.duplicate, `${story.id} should be a duplicate`).toBe(true);
    }
    for (const story of published.filter((s) => !s.syndicates && !s.private)) {
      expect(articles.find((a) => a.url === site.urlOf(story.id))?.duplicate, story.id).toBe(false);
    }
    // Every original went through claim extraction; no claim of a copy counts (a copy processed before
    // its original arrived has its claims retracted).
    const unprocessed = await db
      .selectFrom('articles')
      .select('url')
      .where('duplicate_of', 'is', null)
      .where('processed_at', 'is', null)
      .execute();
    expect(unprocessed).toEqual([]);
    expect(first.claims).toBeGreaterThan(0);
    const copyClaims = await db
      .selectFrom('claims')
      .innerJoin('articles', 'articles.id', 'claims.article_id')
      .select('claims.id')
      .where('articles.duplicate_of', 'is not', null)
      .where('claims.retracted_at', 'is', null)
      .execute();
    expect(copyClaims).toEqual([]);

    // Browser source: its pages were rendered and stored like the others.
    const browserSource = config.sources.find((s) => s.type === 'browser');
    expect(browserSource).toBeDefined();
    expect(articles.some((a) => a.url.startsWith(browserSource?.url ?? '?'))).toBe(true);

    // The page robots.txt forbids is not fetched, and the reason is recorded.
    for (const story of published.filter((s) => s.private)) {
      const failure = (await listJobFailures(db)).find(
        (f) => (f.data as { url?: string }).url === site.urlOf(story.id),
      );
      expect(failure?.reason).toMatch(/robots\.txt/);
      expect(site.requests.some((r) => r.path.startsWith(new URL(site.urlOf(story.id)).pathname))).toBe(
        false,
      );
    }

    // Every source healthy, with what it yielded.
    const health = await db.selectFrom('source_state').selectAll().execute();
    expect(health.map((h) => [h.name, h.last_error]).sort()).toEqual(
      config.sources.map((s) => [s.name, null]).sort(),
    );
    expect(health.every((h) => h.last_ok_at !== null && h.items_seen > 0)).toBe(true);

    // Second run: nothing new, listings answer 304, no article page is asked for again.
    const notModifiedBefore = await notModifiedTotal(db);
    site.requests.length = 0;
    const second = await runIngestOnce(config);
    expect(second.articlesStored).toBe(0);
    expect(second.claims).toBe(0);
    expect(second.alerts).toBe(0);
    expect(second.notModified).toBeGreaterThan(0);
    expect(await notModifiedTotal(db)).toBeGreaterThan(notModifiedBefore);
    expect((await storedArticles(db)).length).toBe(expected.length);
    const articlePaths = new Set(expected.map((url) => new URL(url).pathname));
    expect(site.requests.filter((r) => articlePaths.has(r.path.split('?')[0] ?? ''))).toEqual([]);
    expect(site.requests.some((r) => r.status === 304)).toBe(true);
  });
});

async function notModifiedTotal(db: Store): Promise<number> {
  const row = await db
    .selectFrom('fetch_state')
    .select(sql<number>`coalesce(sum(not_modified_count), 0)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
