import type { Store } from '../../db/connect.ts';
import type { Config } from '../config/config-schema.ts';
import { sinkName } from '../events/sink-name.ts';
import { AlertDeliveryError, PermanentAlertError, SinkError } from './alert-delivery-error.ts';
import { type AlertJson, toAlertJson } from './alert-json.ts';
import { createSink, type SinkOptions } from './create-sink.ts';
import {
  claimDelivery,
  completeDelivery,
  deliveryState,
  leaseMs,
  releaseDelivery,
} from './delivery-lease.ts';

export interface DeliveryReport {
  delivered: string[];
  failed: Array<{ sink: string; error: string }>;
}

/** How often a deliverer looks again at a delivery another one holds. */
const LEASE_POLL_MS = 150;

/**
 * Delivers one alert to every sink whose delivery is still pending, so that a retry or a restart
 * sends only what is missing, once per sink. Each delivery is leased before it is sent (see
 * delivery-lease.ts): a second deliverer running at once waits for the first to finish instead of
 * sending again, and takes over only if the first died and its lease ran out.
 * The alert is read after the first claim: from then on it is frozen (src/events/alert-outbox.ts
 * re-points only alerts no deliverer has claimed), so every sink gets the same body the store keeps.
 * Throws AlertDeliveryError (retry with backoff) when a sink may accept later, PermanentAlertError when
 * every failure is final; the report lists what this call delivered and what failed.
 */
export async function deliverAlert(
  db: Store,
  alertId: number,
  config: Config,
  options: SinkOptions = {},
): Promise<DeliveryReport> {
  const exists = await db.selectFrom('alerts').select('id').where('id', '=', alertId).executeTakeFirst();
  if (!exists)
    throw new PermanentAlertError(`alert ${alertId} does not exist in the store: nothing to deliver`);
  const pending = await db
    .selectFrom('alert_deliveries')
    .select('sink')
    .where('alert_id', '=', alertId)
    .where('status', '=', 'pending')
    .orderBy('sink')
    .execute();
  const configured = new Map(config.alerts.map((sink) => [sinkName(sink), sink]));
  const timeoutMs = options.timeoutMs ?? config.network.timeoutMs;

  const report: DeliveryReport = { delivered: [], failed: [] };
  let retryable = false;
  let alert: AlertJson | undefined;
  for (const { sink: name } of pending) {
    const sinkConfig = configured.get(name);
    const attempt = await claimOrWait(db, alertId, name, leaseMs(sinkConfig, timeoutMs));
    if (attempt === undefined) continue;
    alert ??= toAlertJson(
      await db.selectFrom('alerts').selectAll().where('id', '=', alertId).executeTakeFirstOrThrow(),
    );

    let error: SinkError | undefined;
    if (!sinkConfig) {
      error = new SinkError(`sink ${name} is no longer in the configuration`, false);
    } else {
      try {
        await createSink(sinkConfig, config, options).deliver(alert);
      } catch (caught) {
        error =
          caught instanceof SinkError
            ? caught
            : new SinkError((caught as Error).message ?? String(caught), true);
      }
    }
    if (!error) {
      await completeDelivery(db, alertId, name);
      report.delivered.push(name);
    } else {
      const status = error.retryable ? 'pending' : 'failed';
      await releaseDelivery(db, alertId, name, attempt, { status, error: error.message });
      report.failed.push({ sink: name, error: error.message });
      retryable ||= error.retryable;
    }
  }
  if (report.failed.length > 0) {
    const what = report.failed.map((f) => f.error).join('; ');
    if (retryable)
      throw new AlertDeliveryError(
        `alert ${alertId} not delivered everywhere yet (will retry): ${what}`,
        report,
      );
    throw new PermanentAlertError(`alert ${alertId} refused for good: ${what}`, report);
  }
  return report;
}

/**
 * Claims the delivery, or, while another deliverer holds it, waits until that one is done (nothing
 * left to do) or its lease runs out (it died: take over). Gives up after twice the lease, leaving the
 * delivery to a deliverer that keeps re-claiming it (it retries on its own).
 */
async function claimOrWait(
  db: Store,
  alertId: number,
  sink: string,
  ms: number,
): Promise<number | undefined> {
  const giveUpAt = Date.now() + 2 * ms;
  for (;;) {
    const attempt = await claimDelivery(db, alertId, sink, ms);
    if (attempt !== undefined) return attempt;
    const state = await deliveryState(db, alertId, sink);
    if (state?.status !== 'pending' || Date.now() > giveUpAt) return undefined;
    await new Promise((resolve) => setTimeout(resolve, LEASE_POLL_MS));
  }
}
