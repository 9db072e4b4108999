import type { Store } from '../../db/connect.ts';
import type { Config } from '../config/config-schema.ts';
import { recordNextRun } from '../pipeline/source-state-store.ts';
import { toBullJobId } from '../queue/bullmq-job-id.ts';
import type { BullQueue } from '../queue/bullmq-queue.ts';
import { describeError } from '../queue/retry-policy.ts';
import { pollScheduleId, type Scheduler } from './scheduler.ts';

/** How often the next run times shown by `vigie status` are refreshed from Redis. */
const REFRESH_MS = 15_000;

/**
 * The schedule of the Redis mode: one BullMQ job scheduler per source (upsertJobScheduler with the
 * source's cron pattern). BullMQ makes one job per tick whatever the number of scheduler processes,
 * and the workers run it; this process only keeps the schedules in line with the configuration.
 */
export async function startRedisScheduler(config: Config, queue: BullQueue, db: Store): Promise<Scheduler> {
  const ids = config.sources.map((source) => pollScheduleId(source.name));
  for (const source of config.sources) {
    await queue.upsertPollSchedule(pollScheduleId(source.name), source.schedule, source.name);
  }
  await queue.removePollSchedulesExcept(ids);

  const refresh = async () => {
    const next = await queue.pollScheduleNextRuns();
    for (const source of config.sources) {
      const at = next.get(toBullJobId(pollScheduleId(source.name)));
      await recordNextRun(db, source.name, at === undefined ? null : new Date(at).toISOString());
    }
  };
  await refresh();
  const timer = setInterval(() => {
    refresh().catch((error) =>
      process.stderr.write(`vigie: could not read the schedules: ${describeError(error)}\n`),
    );
  }, REFRESH_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
    },
  };
}
