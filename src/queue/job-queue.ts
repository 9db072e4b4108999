import type { JobHandlers, JobName, JobPayloads } from './job-types.ts';

/**
 * The one face of both queues (in-process and BullMQ): the pipeline enqueues and handles jobs
 * the same way whichever runs underneath.
 */
export interface JobQueue {
  readonly kind: 'in-process' | 'bullmq';
  /**
   * Adds a job unless one with the same id is already pending, running or done (in the window the
   * queue keeps them). Resolves to false when the job was a duplicate.
   */
  enqueue<N extends JobName>(name: N, data: JobPayloads[N], jobId: string): Promise<boolean>;
  /** Starts consuming with these handlers; a pure producer (a scheduler) never calls it. */
  work(handlers: JobHandlers): void;
  /** Resolves once nothing is waiting, delayed for a retry or running, follow-ups included. */
  onIdle(): Promise<void>;
  /** Stops taking new jobs, lets the running ones finish, releases connections. */
  close(): Promise<void>;
}

/** What a job that gave up looks like: written to job_failures and shown by `vigie failures`. */
export interface JobFailure {
  jobName: JobName;
  jobId: string;
  data: unknown;
  reason: string;
  attempts: number;
}

/** Reported after each try, for progress and logs. */
export interface JobEvent {
  name: JobName;
  jobId: string;
  attempt: number;
  outcome: 'completed' | 'retrying' | 'failed';
  error?: string;
}

export interface JobQueueOptions {
  concurrency: number;
  /** Tries per job, the first included. */
  attempts: number;
  /** First retry delay; each next one doubles. */
  backoffMs: number;
  recordFailure(failure: JobFailure): Promise<void>;
  onEvent?(event: JobEvent): void;
}
