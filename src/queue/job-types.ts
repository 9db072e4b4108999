/**
 * The jobs of the pipeline and their payloads. Data flows one way:
 * poll-source -> fetch-article -> process-article -> deliver-alert.
 * Payloads are plain JSON so that BullMQ and the in-process queue carry them alike.
 */
export interface JobPayloads {
  'poll-source': { source: string };
  'fetch-article': {
    url: string;
    source: string;
    /** What the listing said, used when the page itself does not. */
    title?: string;
    publishedAt?: string;
  };
  'process-article': { articleId: number };
  'deliver-alert': { alertId: number };
}

export type JobName = keyof JobPayloads;

export interface JobContext {
  jobId: string;
  /** 1 on the first try. */
  attempt: number;
  /** Enqueue a follow-up job (deduplicated by jobId). */
  enqueue<N extends JobName>(name: N, data: JobPayloads[N], jobId: string): Promise<void>;
}

export type JobHandler<N extends JobName> = (data: JobPayloads[N], ctx: JobContext) => Promise<void>;
export type JobHandlers = { [N in JobName]: JobHandler<N> };

/** Thrown by a handler when retrying cannot help (404, disallowed by robots.txt, not a feed...). */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError';
}
