import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../db/connect.ts';
import { type PressSite, startPressSite } from '../../fixtures/press-site/server.ts';
import type { IngestSummary } from '../../src/pipeline/ingest-summary.ts';
import { runIngestOnce } from '../../src/pipeline/run-ingest-once.ts';
import {
  freshPostgresDatabase,
  freshQueuePrefix,
  requireChromium,
  requireRedis,
} from '../support/services.ts';
import {
  type ArticleKey,
  spawnVigie,
  storedArticles,
  type TempDir,
  tempDir,
  type VigieProcess,
  waitForWorkers,
  writeConfig,
} from './support/ingest-setup.ts';
import { deleteQueueKeys } from './support/redis-cleanup.ts';

/**
 * Redis + PostgreSQL with two `vigie worker` processes beside `vigie ingest --once`: the same
 * articles as the embedded mode, each stored once, and a second run that only gets 304s.
 */
describe('ingest --once, Redis + PostgreSQL mode with two worker processes', () => {
  let site: PressSite;
  let dir: TempDir;
  let pg: { url: string; drop: () => Promise<void> };
  let db: Store;
  let file: string;
  let redis: string;
  const prefix = freshQueuePrefix();
  const workers: VigieProcess[] = [];

  beforeAll(async () => {
    redis = await requireRedis();
    await requireChromium();
    pg = await freshPostgresDatabase();
    site = await startPressSite({});
    dir = tempDir();
    ({ file } = writeConfig(dir, {
      database: pg.url,
      redis,
      queue: { prefix, backoffMs: 40, attempts: 3, lockDurationMs: 2000, stalledIntervalMs: 500 },
      sources: site.sources(),
      alerts: [{ type: 'file', path: dir.file('alerts.jsonl') }],
    }));
    db = openStore(pg.url);
  });

  afterAll(async () => {
    for (const worker of workers) worker.child.kill('SIGKILL');
    await db?.destroy();
    await pg?.drop();
    if (redis) await deleteQueueKeys(redis, prefix);
    await site?.close();
    dir?.remove();
  });

  async function ingestOnce(): Promise<IngestSummary> {
    const run = spawnVigie(['ingest', '--config', file, '--once', '--json']);
    const code = await run.exited;
    expect(code, run.output()).toBe(0);
    const line = run
      .output()
      .trim()
      .split('\n')
      .find((l) => l.startsWith('{'));
    return JSON.parse(line ?? '{}') as IngestSummary;
  }

  it('stores the same articles as the embedded mode, once each; a second run fetches nothing', async () => {
    for (let i = 0; i < 2; i++) workers.push(spawnVigie(['worker', '--config', file]));
    await waitForWorkers(workers);

    const first = await ingestOnce();
    const stored = await storedArticles(db);
    expect(first.articlesStored).toBe(stored.length);
    expect(new Set(stored.map((a) => a.url)).size).toBe(stored.length);

    // The embedded mode, on SQLite, over the same site.
    const embedded = writeConfig(
      dir,
      { database: dir.file('embedded.sqlite'), sources: site.sources(), alerts: [] },
      'embedded.yaml',
    );
    await runIngestOnce(embedded.config);
    const embeddedDb = openStore(embedded.config.database);
    const reference = await storedArticles(embeddedDb);
    await embeddedDb.destroy();
    expect(keys(stored)).toEqual(keys(reference));
    expect(stored.filter((a) => a.duplicate).length).toBe(reference.filter((a) => a.duplicate).length);

    const second = await ingestOnce();
    expect(second.articlesStored).toBe(0);
    expect(second.notModified).toBeGreaterThan(0);
    expect((await storedArticles(db)).length).toBe(stored.length);

    // SIGTERM: workers finish what they hold and exit cleanly.
    for (const worker of workers) worker.child.kill('SIGTERM');
    for (const worker of workers) expect(await worker.exited, worker.output()).toBe(0);
  });
});

function keys(articles: ArticleKey[]): string[] {
  return articles.map((a) => `${a.url} ${a.canonical} ${a.hash}`).sort();
}
