import { openMigratedStore, type Store } from '../../db/connect.ts';
import type { Config } from '../config/config-schema.ts';
import { createHttpFetcher } from '../fetching/http-fetcher.ts';
import { createJobQueue } from '../queue/create-job-queue.ts';
import type { JobEvent, JobQueue } from '../queue/job-queue.ts';
import { ChromiumRenderer } from '../sources/browser/chromium-renderer.ts';
import type { PipelineDeps } from './pipeline-deps.ts';
import { createPipelineHandlers } from './pipeline-handlers.ts';
import { syncSourceStates } from './source-state-store.ts';

export interface IngestionRuntime {
  config: Config;
  db: Store;
  queue: JobQueue;
  deps: PipelineDeps;
  /** Lets jobs in flight finish, then releases the queue, the browser, the fetcher and the store. */
  close(): Promise<void>;
}

export interface RuntimeOptions {
  /** Run the pipeline's handlers in this process (false for a scheduler that only enqueues). */
  work: boolean;
  onEvent?(event: JobEvent): void;
  /** Where the stdout alert sink writes (default process.stdout). */
  alertOut?: NodeJS.WritableStream;
}

/** Everything one vigie process needs to ingest: migrated store, source rows, fetcher, browser, queue. */
export async function openIngestion(config: Config, options: RuntimeOptions): Promise<IngestionRuntime> {
  const db = await openMigratedStore(config.database);
  await syncSourceStates(db, config.sources);
  const fetcher = createHttpFetcher(config.network);
  const browser = new ChromiumRenderer(config.network);
  const deps: PipelineDeps = {
    db,
    config,
    fetcher,
    browser,
    now: () => new Date(),
    ...(options.alertOut ? { alertOut: options.alertOut } : {}),
  };
  const queue = createJobQueue(config, db, options.onEvent);
  if (options.work) queue.work(createPipelineHandlers(deps));
  let closing: Promise<void> | undefined;
  return {
    config,
    db,
    queue,
    deps,
    close: () => {
      closing ??= (async () => {
        await queue.close();
        await Promise.allSettled([browser.close(), fetcher.close()]);
        await db.destroy();
      })();
      return closing;
    },
  };
}
