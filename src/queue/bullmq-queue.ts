import { type Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { toBullJobId } from './bullmq-job-id.ts';
import type { JobEvent, JobQueue, JobQueueOptions } from './job-queue.ts';
import type { JobContext, JobHandlers, JobName, JobPayloads } from './job-types.ts';
import { describeError, isPermanentError, retryDelayMs } from './retry-policy.ts';

/** Pipeline order: a stage only ever adds jobs to a later one (see onIdle). */
export const JOB_NAMES: readonly JobName[] = [
  'poll-source',
  'fetch-article',
  'process-article',
  'deliver-alert',
];
const BACKOFF_TYPE = 'vigie-exponential';
const IDLE_POLL_MS = 100;

export interface BullQueueOptions extends JobQueueOptions {
  redisUrl: string;
  /** Redis key prefix: several vigie installations (or test files) can share one Redis. */
  prefix: string;
  /** How long a worker holds a job's lock before the job counts as stalled (BullMQ default 30 s). */
  lockDurationMs?: number;
  /** How often workers look for stalled jobs of dead workers (BullMQ default 30 s). */
  stalledIntervalMs?: number;
  /** Completed jobs kept for deduplication of their ids: one hour, at most 10,000 per stage. */
  keepCompleted?: { age: number; count: number };
  /** Failed jobs kept in Redis with their reason: a week, at most 10,000 per stage. */
  keepFailed?: { age: number; count: number };
}

/**
 * The queue of the Redis mode. One BullMQ queue per job name rather than one queue of named jobs:
 * each stage gets its own workers and concurrency (a backlog of pages to fetch never holds back
 * alert delivery), its own counts for drain detection, and jobs of one stage only ever feed the
 * next, which makes `onIdle` exact (see below).
 */
export class BullQueue implements JobQueue {
  readonly kind = 'bullmq';
  readonly #options: Readonly<BullQueueOptions>;
  readonly #connection: Redis;
  readonly #queues: Map<JobName, Queue>;
  readonly #workers: Worker[] = [];
  #closed = false;

  constructor(options: BullQueueOptions) {
    this.#options = Object.freeze({ ...options });
    // Workers need maxRetriesPerRequest null for their blocking commands; they duplicate this connection.
    this.#connection = new Redis(options.redisUrl, { maxRetriesPerRequest: null, lazyConnect: false });
    this.#connection.on('error', () => {
      // ioredis reconnects by itself; BullMQ reports what matters through its own events.
    });
    this.#queues = new Map(
      JOB_NAMES.map((name) => [
        name,
        new Queue(name, {
          connection: this.#connection,
          prefix: options.prefix,
          defaultJobOptions: this.#jobOptions(),
        }),
      ]),
    );
  }

  /** The BullMQ queue of one stage, for the job schedulers. */
  queue(name: JobName): Queue {
    const queue = this.#queues.get(name);
    if (!queue) throw new Error(`unknown job name ${name}`);
    return queue;
  }

  /**
   * A poll of `source` on every tick of the cron `pattern`. BullMQ job schedulers are idempotent by id
   * and make one job per tick, however many scheduler processes upsert the same schedule.
   */
  async upsertPollSchedule(schedulerId: string, pattern: string, source: string): Promise<void> {
    await this.queue('poll-source').upsertJobScheduler(
      toBullJobId(schedulerId),
      { pattern },
      { name: 'poll-source', data: { source }, opts: this.#jobOptions() },
    );
  }

  /** Removes the poll schedules whose id is not in `keep` (sources dropped from the configuration). */
  async removePollSchedulesExcept(keep: readonly string[]): Promise<string[]> {
    const wanted = new Set(keep.map(toBullJobId));
    const removed: string[] = [];
    for (const scheduler of await this.queue('poll-source').getJobSchedulers(0, -1)) {
      const id = scheduler.key;
      if (wanted.has(id)) continue;
      await this.queue('poll-source').removeJobScheduler(id);
      removed.push(id);
    }
    return removed;
  }

  /** Next run time (ms since epoch) of each poll schedule, by scheduler id. */
  async pollScheduleNextRuns(): Promise<Map<string, number>> {
    const next = new Map<string, number>();
    for (const scheduler of await this.queue('poll-source').getJobSchedulers(0, -1)) {
      if (scheduler.next !== undefined) next.set(scheduler.key, scheduler.next);
    }
    return next;
  }

  async enqueue<N extends JobName>(name: N, data: JobPayloads[N], jobId: string): Promise<boolean> {
    if (this.#closed) return false;
    const queue = this.queue(name);
    const id = toBullJobId(jobId);
    const existing = await queue.getJob(id);
    if (existing) {
      // A job that gave up is tried again when the same work is asked for later (a new poll).
      if (!(await existing.isFailed())) return false;
      try {
        await existing.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
        return true;
      } catch {
        return false; // someone else retried it first
      }
    }
    await queue.add(name, data, { jobId: id });
    return true;
  }

  work(handlers: JobHandlers): void {
    for (const name of JOB_NAMES) {
      const worker = new Worker(name, (job: Job) => this.#process(name, handlers, job), {
        connection: this.#connection,
        prefix: this.#options.prefix,
        concurrency: this.#options.concurrency,
        lockDuration: this.#options.lockDurationMs ?? 30_000,
        stalledInterval: this.#options.stalledIntervalMs ?? 30_000,
        maxStalledCount: 1,
        settings: {
          backoffStrategy: (attemptsMade, _type, error) =>
            retryDelayMs(attemptsMade, this.#options.backoffMs, error),
        },
      });
      worker.on('failed', (job, error) => {
        // Jobs failed by BullMQ itself (stalled too often after worker crashes) never reach #process's catch.
        if (job && /allowable limit/.test(error.message)) void this.#record(name, job, error.message);
      });
      worker.on('error', (error) => {
        process.stderr.write(`vigie: worker ${name}: ${describeError(error)}\n`);
      });
      this.#workers.push(worker);
    }
  }

  /**
   * Waits until every stage is empty and nothing runs, here or in other processes. Stages are read
   * upstream first: a job adds its follow-ups before it completes, so once a stage reads empty no
   * later-read stage can miss work coming from it. Two clean readings in a row are asked anyway.
   */
  async onIdle(): Promise<void> {
    let clean = 0;
    while (clean < 2) {
      if (this.#closed) return;
      clean = (await this.#allEmpty()) ? clean + 1 : 0;
      if (clean < 2) await new Promise((resolve) => setTimeout(resolve, IDLE_POLL_MS));
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    // worker.close() waits for the jobs in flight; a SIGKILLed worker's jobs come back as stalled.
    await Promise.all(this.#workers.map((worker) => worker.close()));
    await Promise.all([...this.#queues.values()].map((queue) => queue.close()));
    await this.#connection.quit().catch(() => this.#connection.disconnect());
  }

  #jobOptions() {
    return {
      attempts: this.#options.attempts,
      backoff: { type: BACKOFF_TYPE, delay: this.#options.backoffMs },
      removeOnComplete: this.#options.keepCompleted ?? { age: 3600, count: 10_000 },
      removeOnFail: this.#options.keepFailed ?? { age: 7 * 24 * 3600, count: 10_000 },
    };
  }

  async #allEmpty(): Promise<boolean> {
    for (const name of JOB_NAMES) {
      const counts = await this.queue(name).getJobCounts(
        'waiting',
        'active',
        'delayed',
        'prioritized',
        'waiting-children',
        'paused',
      );
      if (Object.values(counts).some((count) => count > 0)) return false;
    }
    return true;
  }

  async #process(name: JobName, handlers: JobHandlers, job: Job): Promise<void> {
    const attempt = job.attemptsMade + 1;
    const handler = handlers[name] as (data: unknown, ctx: JobContext) => Promise<void>;
    const ctx: JobContext = {
      jobId: job.id ?? '',
      attempt,
      enqueue: async (next, data, jobId) => {
        await this.enqueue(next, data, jobId);
      },
    };
    try {
      await handler(job.data, ctx);
      this.#emit({ name, jobId: ctx.jobId, attempt, outcome: 'completed' });
    } catch (error) {
      const reason = describeError(error);
      const permanent = isPermanentError(error);
      const final = permanent || attempt >= (job.opts.attempts ?? 1);
      this.#emit({ name, jobId: ctx.jobId, attempt, outcome: final ? 'failed' : 'retrying', error: reason });
      if (final) await this.#record(name, job, reason, attempt);
      if (permanent) throw new UnrecoverableError(reason);
      throw error instanceof Error ? error : new Error(reason);
    }
  }

  async #record(name: JobName, job: Job, reason: string, attempts = job.attemptsMade + 1): Promise<void> {
    try {
      await this.#options.recordFailure({
        jobName: name,
        jobId: job.id ?? '',
        data: job.data,
        reason,
        attempts,
      });
    } catch (error) {
      process.stderr.write(`vigie: could not record the failure of job ${job.id}: ${describeError(error)}\n`);
    }
  }

  #emit(event: JobEvent): void {
    this.#options.onEvent?.(event);
  }
}
