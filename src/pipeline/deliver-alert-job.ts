import { deliverAlert } from '../alerts/deliver-alert.ts';
import type { JobPayloads } from '../queue/job-types.ts';
import type { PipelineDeps } from './pipeline-deps.ts';

/** Sends one alert to every configured sink; deliverAlert skips the sinks already served. */
export async function runDeliverAlert(deps: PipelineDeps, data: JobPayloads['deliver-alert']): Promise<void> {
  await deliverAlert(deps.db, data.alertId, deps.config, deps.alertOut ? { stdout: deps.alertOut } : {});
}
