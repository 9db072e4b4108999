import type { Store } from '../../db/connect.ts';
import type { Config } from '../config/config-schema.ts';
import { BullQueue } from './bullmq-queue.ts';
import { InProcessQueue } from './in-process-queue.ts';
import { recordJobFailure } from './job-failures.ts';
import type { JobEvent, JobQueue } from './job-queue.ts';

/** BullMQ when the config names a Redis server, the in-process queue otherwise; failures go to the store. */
export function createJobQueue(config: Config, db: Store, onEvent?: (event: JobEvent) => void): JobQueue {
  const common = {
    concurrency: config.queue.concurrency,
    attempts: config.queue.attempts,
    backoffMs: config.queue.backoffMs,
    recordFailure: (failure: Parameters<typeof recordJobFailure>[1]) => recordJobFailure(db, failure),
    onEvent,
  };
  if (!config.redis) return new InProcessQueue(common);
  return new BullQueue({
    ...common,
    redisUrl: config.redis,
    prefix: config.queue.prefix,
    lockDurationMs: config.queue.lockDurationMs,
    stalledIntervalMs: config.queue.stalledIntervalMs,
  });
}
