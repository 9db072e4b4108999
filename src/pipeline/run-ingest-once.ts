import { randomUUID } from 'node:crypto';
import type { Config } from '../config/config-schema.ts';
import { enqueueAllSources, requeuePendingAlerts } from './enqueue-work.ts';
import { type IngestSummary, summarise, summaryBaseline } from './ingest-summary.ts';
import { openIngestion } from './ingestion-runtime.ts';

export interface IngestOnceOptions {
  /** Called every `progressEveryMs` with the counts so far (for a TTY progress line). */
  onProgress?(summary: IngestSummary): void;
  progressEveryMs?: number;
  /** Where the stdout alert sink writes (default process.stdout): `ingest --json` sends alerts to stderr. */
  alertOut?: NodeJS.WritableStream;
}

/**
 * `vigie ingest --once`: polls every source now, runs the pipeline in this process (workers of other
 * processes help in Redis mode) and returns when every queue is drained, with what the run did.
 */
export async function runIngestOnce(config: Config, options: IngestOnceOptions = {}): Promise<IngestSummary> {
  const runtime = await openIngestion(config, {
    work: true,
    ...(options.alertOut ? { alertOut: options.alertOut } : {}),
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    const base = await summaryBaseline(runtime.db);
    const round = `once-${base.startedMs}-${randomUUID().slice(0, 8)}`;
    await requeuePendingAlerts(runtime.queue, runtime.db, round);
    await enqueueAllSources(runtime.queue, config, round);
    const { onProgress } = options;
    if (onProgress) {
      timer = setInterval(() => {
        summarise(runtime.db, base).then(onProgress, () => undefined);
      }, options.progressEveryMs ?? 500);
    }
    await runtime.queue.onIdle();
    return await summarise(runtime.db, base);
  } finally {
    clearInterval(timer);
    await runtime.close();
  }
}
