import type { Store } from '../../db/connect.ts';
import { pendingAlertIds } from '../alerts/pending-alert-ids.ts';
import type { Config } from '../config/config-schema.ts';
import type { JobQueue } from '../queue/job-queue.ts';
import { alertJobId, pollJobId } from './job-ids.ts';

/** Queues a poll of every configured source; `tick` makes the job ids of one round. */
export async function enqueueAllSources(queue: JobQueue, config: Config, tick: string): Promise<number> {
  let added = 0;
  for (const source of config.sources) {
    if (await queue.enqueue('poll-source', { source: source.name }, pollJobId(source.name, tick))) added++;
  }
  return added;
}

/**
 * Alerts written but not delivered (the process died between the two) are queued again at start;
 * `round` keeps these ids apart from the first delivery's.
 */
export async function requeuePendingAlerts(queue: JobQueue, db: Store, round: string): Promise<number> {
  const ids = await pendingAlertIds(db);
  for (const alertId of ids) await queue.enqueue('deliver-alert', { alertId }, alertJobId(alertId, round));
  return ids.length;
}
