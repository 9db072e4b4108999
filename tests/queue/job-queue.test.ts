import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openMigratedStore, type Store } from '../../db/connect.ts';
import { FetchError } from '../../src/fetching/fetch-errors.ts';
import { BullQueue } from '../../src/queue/bullmq-queue.ts';
import { InProcessQueue } from '../../src/queue/in-process-queue.ts';
import { listJobFailures, recordJobFailure } from '../../src/queue/job-failures.ts';
import type { JobQueue, JobQueueOptions } from '../../src/queue/job-queue.ts';
import { type JobContext, type JobHandlers, PermanentJobError } from '../../src/queue/job-types.ts';
import { deleteQueueKeys } from '../pipeline/support/redis-cleanup.ts';
import { freshQueuePrefix, requireRedis } from '../support/services.ts';

type Make = (options: JobQueueOptions) => JobQueue;
let redisUrl = '';
const prefixes: string[] = [];

beforeAll(async () => {
  redisUrl = await requireRedis();
});

afterAll(async () => {
  for (const prefix of prefixes) await deleteQueueKeys(redisUrl, prefix);
});

function newPrefix(): string {
  const prefix = freshQueuePrefix();
  prefixes.push(prefix);
  return prefix;
}

const kinds: Array<[string, Make]> = [
  ['in-process', (options) => new InProcessQueue(options)],
  [
    'bullmq',
    (options) =>
      new BullQueue({
        ...options,
        redisUrl,
        prefix: newPrefix(),
        lockDurationMs: 2000,
        stalledIntervalMs: 1000,
      }),
  ],
];

/** Handlers that run `body` for every job name, so each test only writes what it cares about. */
function handlersOf(body: (name: string, data: unknown, ctx: JobContext) => Promise<void>): JobHandlers {
  return {
    'poll-source': (data, ctx) => body('poll-source', data, ctx),
    'fetch-article': (data, ctx) => body('fetch-article', data, ctx),
    'process-article': (data, ctx) => body('process-article', data, ctx),
    'deliver-alert': (data, ctx) => body('deliver-alert', data, ctx),
  };
}

describe.each(kinds)('%s queue', (_kind, make) => {
  let db: Store;
  let queue: JobQueue;

  async function open(overrides: Partial<JobQueueOptions> = {}): Promise<JobQueue> {
    db = await openMigratedStore(':memory:');
    queue = make({
      concurrency: 3,
      attempts: 3,
      backoffMs: 20,
      recordFailure: (failure) => recordJobFailure(db, failure),
      ...overrides,
    });
    return queue;
  }

  afterEach(async () => {
    await queue?.close();
    await db?.destroy();
  });

  it('runs a job id once, however often it is enqueued, and drains follow-ups', async () => {
    const q = await open();
    const runs: string[] = [];
    q.work(
      handlersOf(async (name, data, ctx) => {
        runs.push(`${name} ${JSON.stringify(data)}`);
        if (name === 'poll-source') {
          // The same article listed by two feeds, plus one more: two fetches.
          await ctx.enqueue('fetch-article', { url: 'http://a/1', source: 's' }, 'fetch:1');
          await ctx.enqueue('fetch-article', { url: 'http://a/1', source: 's' }, 'fetch:1');
          await ctx.enqueue('fetch-article', { url: 'http://a/2', source: 's' }, 'fetch:2');
        }
        if (name === 'fetch-article') {
          await new Promise((resolve) => setTimeout(resolve, 30));
          await ctx.enqueue(
            'process-article',
            { articleId: runs.length },
            `process:${(data as { url: string }).url}`,
          );
        }
      }),
    );
    expect(await q.enqueue('poll-source', { source: 's' }, 'poll:s:1')).toBe(true);
    expect(await q.enqueue('poll-source', { source: 's' }, 'poll:s:1')).toBe(false);
    await q.onIdle();
    expect(runs.filter((r) => r.startsWith('poll-source'))).toHaveLength(1);
    expect(runs.filter((r) => r.startsWith('fetch-article'))).toHaveLength(2);
    expect(runs.filter((r) => r.startsWith('process-article'))).toHaveLength(2);
    // Completed ids stay known: enqueuing again adds nothing.
    expect(await q.enqueue('fetch-article', { url: 'http://a/1', source: 's' }, 'fetch:1')).toBe(false);
    await q.onIdle();
    expect(runs.filter((r) => r.startsWith('fetch-article'))).toHaveLength(2);
  });

  it('retries a failing job with backoff until it succeeds', async () => {
    const q = await open();
    const attempts: number[] = [];
    q.work(
      handlersOf(async (_name, _data, ctx) => {
        attempts.push(ctx.attempt);
        if (ctx.attempt < 3)
          throw new FetchError('HTTP 503 from http://a/', {
            code: 'http-status',
            url: 'http://a/',
            retryable: true,
            status: 503,
          });
      }),
    );
    await q.enqueue('fetch-article', { url: 'http://a/', source: 's' }, 'fetch:flaky');
    await q.onIdle();
    expect(attempts).toEqual([1, 2, 3]);
    expect(await listJobFailures(db)).toEqual([]);
  });

  it('records a job that exhausts its attempts, with the reason', async () => {
    const q = await open();
    q.work(
      handlersOf(async () => {
        throw new Error('connection reset by the press site');
      }),
    );
    await q.enqueue('poll-source', { source: 'le-site' }, 'poll:le-site:1');
    await q.onIdle();
    const failures = await listJobFailures(db);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({
      jobName: 'poll-source',
      data: { source: 'le-site' },
      reason: 'connection reset by the press site',
      attempts: 3,
    });
    expect(failures[0]?.jobId).toContain('le-site');
  });

  it('fails permanent errors at once: PermanentJobError and non-retryable FetchError', async () => {
    const q = await open();
    const tries = new Map<string, number>();
    q.work(
      handlersOf(async (_name, data) => {
        const url = (data as { url: string }).url;
        tries.set(url, (tries.get(url) ?? 0) + 1);
        if (url.endsWith('404'))
          throw new FetchError(`HTTP 404 from ${url}`, {
            code: 'http-status',
            url,
            retryable: false,
            status: 404,
          });
        throw new PermanentJobError(`${url} is not a feed`);
      }),
    );
    await q.enqueue('fetch-article', { url: 'http://a/404', source: 's' }, 'fetch:404');
    await q.enqueue('fetch-article', { url: 'http://a/feed', source: 's' }, 'fetch:feed');
    await q.onIdle();
    expect(Object.fromEntries(tries)).toEqual({ 'http://a/404': 1, 'http://a/feed': 1 });
    const reasons = (await listJobFailures(db)).map((f) => [f.reason, f.attempts]).sort();
    expect(reasons).toEqual([
      ['HTTP 404 from http://a/404', 1],
      ['http://a/feed is not a feed', 1],
    ]);
  });

  it('lets the job in flight finish on close', async () => {
    const q = await open();
    let finished = false;
    let started: () => void = () => {};
    const startedPromise = new Promise<void>((resolve) => {
      started = resolve;
    });
    q.work(
      handlersOf(async () => {
        started();
        await new Promise((resolve) => setTimeout(resolve, 200));
        finished = true;
      }),
    );
    await q.enqueue('deliver-alert', { alertId: 7 }, 'alert:7');
    await startedPromise;
    await q.close();
    expect(finished).toBe(true);
  });
});
