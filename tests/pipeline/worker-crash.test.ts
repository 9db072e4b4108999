import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMigratedStore, type Store } from '../../db/connect.ts';
import { enqueueAllSources } from '../../src/pipeline/enqueue-work.ts';
import { createJobQueue } from '../../src/queue/create-job-queue.ts';
import { listJobFailures } from '../../src/queue/job-failures.ts';
import type { JobQueue } from '../../src/queue/job-queue.ts';
import { freshPostgresDatabase, freshQueuePrefix, requireRedis } from '../support/services.ts';
import {
  spawnVigie,
  type TempDir,
  tempDir,
  type VigieProcess,
  waitFor,
  waitForWorkers,
  writeConfig,
} from './support/ingest-setup.ts';
import { deleteQueueKeys } from './support/redis-cleanup.ts';
import { type SlowSite, startSlowSite } from './support/slow-site.ts';

describe('a worker killed with SIGKILL in the middle of a job (Redis mode)', () => {
  let site: SlowSite;
  let dir: TempDir;
  let pg: { url: string; drop: () => Promise<void> };
  let db: Store;
  let queue: JobQueue;
  const processes: VigieProcess[] = [];
  const prefix = freshQueuePrefix();
  let redis = '';

  beforeAll(async () => {
    redis = await requireRedis();
    pg = await freshPostgresDatabase();
    site = await startSlowSite();
    dir = tempDir();
  });

  afterAll(async () => {
    for (const p of processes) p.child.kill('SIGKILL');
    await queue?.close();
    await db?.destroy();
    await pg?.drop();
    if (redis) await deleteQueueKeys(redis, prefix);
    await site?.close();
    dir?.remove();
  });

  it('comes back through the stalled-job check, and the article is stored once', async () => {
    const { file, config } = writeConfig(dir, {
      database: pg.url,
      redis,
      // A lock of a few seconds, not one: on a loaded machine a live worker's first article can hold its
      // event loop past a second and be counted as stalled (alert-crash.test.ts failed so under load).
      queue: { prefix, backoffMs: 40, attempts: 3, lockDurationMs: 5000, stalledIntervalMs: 300 },
      sources: [{ name: 'gazette-lente', type: 'rss', url: `${site.baseUrl}/feed.xml` }],
      // Long enough that the held request never times out before the kill, whatever the load.
      network: { allowPrivateAddresses: true, perHostDelayMs: 0, timeoutMs: 120_000 },
      alerts: [{ type: 'file', path: dir.file('alerts.jsonl') }],
    });
    db = await openMigratedStore(pg.url);
    queue = createJobQueue(config, db); // producer only: the work is done by the worker processes

    const first = spawnVigie(['worker', '--config', file]);
    processes.push(first);
    await waitForWorkers([first]);
    await enqueueAllSources(queue, config, 'crash-test');
    await waitFor(() => site.articleHits() >= 1, 'the worker to ask for the slow article');
    first.child.kill('SIGKILL');
    await first.exited;
    expect(await db.selectFrom('articles').select('id').execute()).toEqual([]);
    // The killed worker's request is gone; the next one (the retried job) is answered.
    site.release();

    const second = spawnVigie(['worker', '--config', file]);
    processes.push(second);
    await queue.onIdle();
    const articles = await db.selectFrom('articles').select(['url', 'processed_at']).execute();
    expect(articles).toEqual([{ url: `${site.baseUrl}/article.html`, processed_at: expect.any(String) }]);
    expect(site.articleHits()).toBe(2);
    expect(await listJobFailures(db)).toEqual([]);

    // The fetch job of the killed worker is completed in Redis, not left active or failed.
    const connection = new Redis(redis);
    const fetchQueue = new Queue('fetch-article', { connection, prefix });
    expect(await fetchQueue.getJobCounts('active', 'failed', 'completed')).toEqual({
      active: 0,
      failed: 0,
      completed: 1,
    });
    await fetchQueue.close();
    connection.disconnect();
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });
});
