import cron from 'node-cron';
import type { Store } from '../../db/connect.ts';
import type { Config } from '../config/config-schema.ts';
import { pollJobId } from '../pipeline/job-ids.ts';
import { recordNextRun } from '../pipeline/source-state-store.ts';
import type { JobQueue } from '../queue/job-queue.ts';
import { describeError } from '../queue/retry-policy.ts';
import { pollScheduleId, type Scheduler } from './scheduler.ts';

/**
 * The schedule of the embedded mode: node-cron ticks in this process. Each tick's poll job id is
 * the source and the tick's time, so a tick that fires while the previous poll still runs, or twice,
 * adds one job only.
 */
export function startEmbeddedScheduler(config: Config, queue: JobQueue, db: Store): Scheduler {
  const tasks = config.sources.map((source) => {
    const task = cron.schedule(
      source.schedule,
      async (context) => {
        const tick = context.date.toISOString();
        try {
          await queue.enqueue('poll-source', { source: source.name }, pollJobId(source.name, tick));
          await recordNextRun(db, source.name, task.getNextRun()?.toISOString() ?? null);
        } catch (error) {
          process.stderr.write(
            `vigie: could not queue the poll of ${source.name}: ${describeError(error)}\n`,
          );
        }
      },
      { name: pollScheduleId(source.name) },
    );
    return { name: source.name, task };
  });
  const recorded = Promise.all(
    tasks.map(({ name, task }) => recordNextRun(db, name, task.getNextRun()?.toISOString() ?? null)),
  );
  return {
    async stop() {
      await recorded.catch(() => undefined);
      for (const { task } of tasks) await task.destroy();
    },
  };
}
