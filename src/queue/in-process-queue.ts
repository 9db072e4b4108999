import type { JobEvent, JobQueue, JobQueueOptions } from './job-queue.ts';
import type { JobContext, JobHandlers, JobName, JobPayloads } from './job-types.ts';
import { describeError, isPermanentError, retryDelayMs } from './retry-policy.ts';

interface PendingJob {
  name: JobName;
  jobId: string;
  data: unknown;
  attempt: number;
}

/** Later stages first, so that articles flow to the end before more listings are polled. */
const STAGES: readonly JobName[] = ['deliver-alert', 'process-article', 'fetch-article', 'poll-source'];
/** Ids of finished jobs kept for deduplication; the oldest are forgotten past this many. */
const COMPLETED_MEMORY = 200_000;

/**
 * The queue of the embedded mode: jobs live in this process's memory. Same contract as the
 * BullMQ queue: dedup by job id (pending, running or completed), retries with exponential
 * backoff, permanent errors fail at once, final failures recorded.
 */
export class InProcessQueue implements JobQueue {
  readonly kind = 'in-process';
  readonly #options: Readonly<JobQueueOptions>;
  readonly #known = new Map<string, 'pending' | 'active' | 'completed'>();
  readonly #ready = new Map<JobName, PendingJob[]>(STAGES.map((name) => [name, []]));
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #idleWaiters: Array<() => void> = [];
  #handlers: JobHandlers | undefined;
  #active = 0;
  #completedCount = 0;
  #closing = false;

  constructor(options: JobQueueOptions) {
    this.#options = Object.freeze({ ...options });
  }

  async enqueue<N extends JobName>(name: N, data: JobPayloads[N], jobId: string): Promise<boolean> {
    if (this.#closing || this.#known.has(jobId)) return false;
    this.#known.set(jobId, 'pending');
    this.#ready.get(name)?.push({ name, jobId, data, attempt: 0 });
    this.#pump();
    return true;
  }

  work(handlers: JobHandlers): void {
    this.#handlers = handlers;
    this.#pump();
  }

  onIdle(): Promise<void> {
    if (this.#isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  async close(): Promise<void> {
    this.#closing = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    for (const jobs of this.#ready.values()) jobs.length = 0;
    await this.onIdle();
  }

  #isIdle(): boolean {
    return this.#active === 0 && this.#timers.size === 0 && this.#readyCount() === 0;
  }

  #readyCount(): number {
    let count = 0;
    for (const jobs of this.#ready.values()) count += jobs.length;
    return count;
  }

  #next(): PendingJob | undefined {
    for (const name of STAGES) {
      const job = this.#ready.get(name)?.shift();
      if (job) return job;
    }
    return undefined;
  }

  #pump(): void {
    while (this.#handlers && !this.#closing && this.#active < this.#options.concurrency) {
      const job = this.#next();
      if (!job) break;
      this.#active++;
      this.#known.set(job.jobId, 'active');
      void this.#run(job).finally(() => {
        this.#active--;
        this.#pump();
        this.#wakeIdle();
      });
    }
    this.#wakeIdle();
  }

  #wakeIdle(): void {
    if (!this.#isIdle()) return;
    for (const resolve of this.#idleWaiters.splice(0)) resolve();
  }

  async #run(job: PendingJob): Promise<void> {
    job.attempt++;
    const handler = this.#handlers?.[job.name] as
      | ((data: unknown, ctx: JobContext) => Promise<void>)
      | undefined;
    const ctx: JobContext = {
      jobId: job.jobId,
      attempt: job.attempt,
      enqueue: async (name, data, jobId) => {
        await this.enqueue(name, data, jobId);
      },
    };
    try {
      if (!handler) throw new Error(`no handler for job ${job.name}`);
      await handler(job.data, ctx);
      this.#markCompleted(job.jobId);
      this.#emit(job, 'completed');
    } catch (error) {
      const reason = describeError(error);
      const final = isPermanentError(error) || job.attempt >= this.#options.attempts;
      if (!final && !this.#closing) {
        this.#emit(job, 'retrying', reason);
        this.#known.set(job.jobId, 'pending');
        const timer = setTimeout(
          () => {
            this.#timers.delete(timer);
            this.#ready.get(job.name)?.push(job);
            this.#pump();
          },
          retryDelayMs(job.attempt, this.#options.backoffMs, error),
        );
        this.#timers.add(timer);
        return;
      }
      // A failed id is forgotten, so that a later poll may try the same URL again.
      this.#known.delete(job.jobId);
      this.#emit(job, 'failed', reason);
      try {
        await this.#options.recordFailure({
          jobName: job.name,
          jobId: job.jobId,
          data: job.data,
          reason,
          attempts: job.attempt,
        });
      } catch (recordError) {
        process.stderr.write(
          `vigie: could not record the failure of job ${job.jobId}: ${describeError(recordError)}\n`,
        );
      }
    }
  }

  #markCompleted(jobId: string): void {
    this.#known.set(jobId, 'completed');
    if (++this.#completedCount <= COMPLETED_MEMORY) return;
    for (const [id, state] of this.#known) {
      if (state !== 'completed') continue;
      this.#known.delete(id);
      this.#completedCount--;
      break;
    }
  }

  #emit(job: PendingJob, outcome: JobEvent['outcome'], error?: string): void {
    this.#options.onEvent?.({ name: job.name, jobId: job.jobId, attempt: job.attempt, outcome, error });
  }
}
