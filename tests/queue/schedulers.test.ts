import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMigratedStore, type Store } from '../../db/connect.ts';
import { parseConfig } from '../../src/config/load-config.ts';
import { syncSourceStates } from '../../src/pipeline/source-state-store.ts';
import { BullQueue } from '../../src/queue/bullmq-queue.ts';
import { InProcessQueue } from '../../src/queue/in-process-queue.ts';
import { startEmbeddedScheduler } from '../../src/schedule/embedded-scheduler.ts';
import { startRedisScheduler } from '../../src/schedule/redis-scheduler.ts';
import { waitFor } from '../pipeline/support/ingest-setup.ts';
import { deleteQueueKeys } from '../pipeline/support/redis-cleanup.ts';
import { freshQueuePrefix, requireRedis } from '../support/services.ts';

const config = parseConfig({
  database: ':memory:',
  sources: [
    { name: 'chaque-seconde', type: 'rss', url: 'http://127.0.0.1:9/rss.xml', schedule: '* * * * * *' },
    { name: 'horaire', type: 'rss', url: 'http://127.0.0.1:9/feed.xml', schedule: '0 * * * *' },
  ],
});
const options = { concurrency: 2, attempts: 1, backoffMs: 10, recordFailure: async () => {} };

describe('schedulers', () => {
  let db: Store;
  let redis: string;
  const prefix = freshQueuePrefix();

  beforeAll(async () => {
    redis = await requireRedis();
    db = await openMigratedStore(':memory:');
    await syncSourceStates(db, config.sources);
  });

  afterAll(async () => {
    await db?.destroy();
    if (redis) await deleteQueueKeys(redis, prefix);
  });

  it('embedded: node-cron ticks queue polls and next_run_at is kept', async () => {
    const queue = new InProcessQueue(options);
    const polled: string[] = [];
    queue.work({
      'poll-source': async (data) => {
        polled.push(data.source);
      },
      'fetch-article': async () => {},
      'process-article': async () => {},
      'deliver-alert': async () => {},
    });
    const scheduler = startEmbeddedScheduler(config, queue, db);
    await waitFor(() => polled.length >= 2, 'two ticks of the every-second source', 10_000);
    await scheduler.stop();
    await queue.close();
    expect(new Set(polled)).toEqual(new Set(['chaque-seconde']));
    const hourly = await db
      .selectFrom('source_state')
      .select('next_run_at')
      .where('name', '=', 'horaire')
      .executeTakeFirstOrThrow();
    expect(hourly.next_run_at).toMatch(/:00:00(\.000)?Z$/);
  });

  it('Redis: two scheduler processes keep one job scheduler per source, and one job per tick', async () => {
    const a = new BullQueue({ ...options, redisUrl: redis, prefix });
    const b = new BullQueue({ ...options, redisUrl: redis, prefix });
    try {
      const first = await startRedisScheduler(config, a, db);
      const second = await startRedisScheduler(config, b, db);
      const schedules = await a.queue('poll-source').getJobSchedulers(0, -1);
      expect(schedules.map((s) => [s.key, s.pattern]).sort()).toEqual([
        ['poll|chaque-seconde', '* * * * * *'],
        ['poll|horaire', '0 * * * *'],
      ]);
      // Without workers, each schedule holds exactly its next job: upserting twice did not double it.
      expect(await a.queue('poll-source').getJobCountByTypes('delayed', 'waiting')).toBe(2);
      const next = await db
        .selectFrom('source_state')
        .select(['name', 'next_run_at'])
        .orderBy('name')
        .execute();
      expect(next.every((row) => row.next_run_at !== null)).toBe(true);
      await first.stop();
      await second.stop();
    } finally {
      await a.close();
      await b.close();
    }
  });
});
