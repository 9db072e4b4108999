import type { Config } from '../config/config-schema.ts';
import type { BullQueue } from '../queue/bullmq-queue.ts';
import { startEmbeddedScheduler } from '../schedule/embedded-scheduler.ts';
import { startRedisScheduler } from '../schedule/redis-scheduler.ts';
import type { Scheduler } from '../schedule/scheduler.ts';
import { requeuePendingAlerts } from './enqueue-work.ts';
import { type IngestionRuntime, openIngestion } from './ingestion-runtime.ts';

export interface ProcessOptions {
  /** Resolves when the process should stop; defaults to the first SIGTERM or SIGINT. */
  stopSignal?: Promise<unknown>;
  log?(line: string): void;
  /**
   * Something to run beside the pipeline over the same store (the web face in `vigie start`): started
   * once the store is open, before any job runs, and closed first on shutdown.
   */
  companion?(runtime: IngestionRuntime): Promise<Companion>;
}

export interface Companion {
  close(): Promise<void>;
}

/** Resolves on the first SIGTERM or SIGINT; a second one exits at once. */
export function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      process.once('SIGTERM', () => process.exit(143));
      process.once('SIGINT', () => process.exit(130));
      resolve(signal);
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
}

export class ModeError extends Error {
  override name = 'ModeError';
}

function requireRedis(config: Config, what: string): void {
  if (!config.redis) {
    throw new ModeError(
      `${what} shares work through Redis: add "redis: redis://HOST:6379" to the configuration, ` +
        'or run "vigie start" (scheduler and workers in one process) without it',
    );
  }
}

/** `vigie worker`: runs the pipeline's jobs from Redis until told to stop; jobs in flight finish first. */
export async function runWorker(config: Config, options: ProcessOptions = {}): Promise<void> {
  requireRedis(config, 'vigie worker');
  const runtime = await openIngestion(config, { work: true, onEvent: logEvents(options) });
  options.log?.(
    `worker ready: ${config.queue.concurrency} jobs at a time per stage, queue prefix "${config.queue.prefix}"`,
  );
  await waitThenClose(runtime, options, []);
}

/** `vigie scheduler`: keeps one BullMQ job scheduler per source; polls run on the workers. */
export async function runScheduler(config: Config, options: ProcessOptions = {}): Promise<void> {
  requireRedis(config, 'vigie scheduler');
  const runtime = await openIngestion(config, { work: false });
  await requeuePendingAlerts(runtime.queue, runtime.db, `start-${Date.now()}`);
  const scheduler = await startRedisScheduler(config, runtime.queue as BullQueue, runtime.db);
  options.log?.(`scheduler ready: ${config.sources.length} sources`);
  await waitThenClose(runtime, options, [scheduler]);
}

/** `vigie start`: scheduler and workers in this process (embedded or Redis mode). */
export async function runStart(config: Config, options: ProcessOptions = {}): Promise<void> {
  const runtime = await openIngestion(config, { work: true, onEvent: logEvents(options) });
  let companion: Companion | undefined;
  try {
    companion = await options.companion?.(runtime);
  } catch (error) {
    await runtime.close();
    throw error;
  }
  await requeuePendingAlerts(runtime.queue, runtime.db, `start-${Date.now()}`);
  const scheduler =
    runtime.queue.kind === 'bullmq'
      ? await startRedisScheduler(config, runtime.queue as BullQueue, runtime.db)
      : startEmbeddedScheduler(config, runtime.queue, runtime.db);
  options.log?.(
    `vigie started: ${config.sources.length} sources, ${runtime.queue.kind === 'bullmq' ? 'Redis queue' : 'in-process queue'}`,
  );
  await waitThenClose(runtime, options, [scheduler], companion);
}

async function waitThenClose(
  runtime: IngestionRuntime,
  options: ProcessOptions,
  schedulers: Scheduler[],
  companion?: Companion,
): Promise<void> {
  try {
    const signal = await (options.stopSignal ?? untilSignal());
    options.log?.(
      `stopping${typeof signal === 'string' ? ` on ${signal}` : ''}: letting jobs in flight finish`,
    );
  } finally {
    await companion?.close().catch(() => undefined);
    for (const scheduler of schedulers) await scheduler.stop().catch(() => undefined);
    await runtime.close();
  }
}

function logEvents(options: ProcessOptions) {
  const log = options.log;
  if (!log) return undefined;
  return (event: { name: string; jobId: string; outcome: string; attempt: number; error?: string }) => {
    if (event.outcome === 'completed') return;
    log(`${event.name} ${event.jobId} ${event.outcome} (try ${event.attempt}): ${event.error ?? ''}`);
  };
}
