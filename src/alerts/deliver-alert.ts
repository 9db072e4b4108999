import type { Store } from '../../db/connect.ts';
import type { Config } from '../config/config-schema.ts';
import { AlertDeliveryError, PermanentAlertError, SinkError } from './alert-delivery-error.ts';
import { toAlertJson } from './alert-json.ts';
import { createSink, type SinkOptions } from './create-sink.ts';

export interface DeliveryReport {
  delivered: string[];
  failed: Array<{ sink: string; error: string }>;
}

/**
 * Delivers one alert to every sink whose delivery is still pending, so that a retry or a restart
 * sends only what is missing, once per sink. Each delivery is claimed first (attempts bumped only if
 * nobody else bumped it since it was read), so two deliverers running at once do not both send.
 * Throws AlertDeliveryError (retry with backoff) when a sink may accept later, PermanentAlertError when
 * every failure is final; the report lists what was delivered and what failed.
 */
export async function deliverAlert(
  db: Store,
  alertId: number,
  config: Config,
  options: SinkOptions = {},
): Promise<DeliveryReport> {
  const row = await db.selectFrom('alerts').selectAll().where('id', '=', alertId).executeTakeFirst();
  if (!row) throw new PermanentAlertError(`alert ${alertId} does not exist in the store: nothing to deliver`);
  const alert = toAlertJson(row);
  const pending = await db
    .selectFrom('alert_deliveries')
    .selectAll()
    .where('alert_id', '=', alertId)
    .where('status', '=', 'pending')
    .orderBy('sink')
    .execute();
  const configured = new Map(
    config.alerts.map((sink) => {
      const built = createSink(sink, config, options);
      return [built.name, built];
    }),
  );

  const report: DeliveryReport = { delivered: [], failed: [] };
  let retryable = false;
  for (const delivery of pending) {
    const claimed = await db
      .updateTable('alert_deliveries')
      .set({ attempts: delivery.attempts + 1 })
      .where('alert_id', '=', alertId)
      .where('sink', '=', delivery.sink)
      .where('status', '=', 'pending')
      .where('attempts', '=', delivery.attempts)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) continue;

    const sink = configured.get(delivery.sink);
    let error: SinkError | undefined;
    if (!sink) {
      error = new SinkError(`sink ${delivery.sink} is no longer in the configuration`, false);
    } else {
      try {
        await sink.deliver(alert);
      } catch (caught) {
        error =
          caught instanceof SinkError
            ? caught
            : new SinkError((caught as Error).message ?? String(caught), true);
      }
    }
    const done = { alert_id: alertId, sink: delivery.sink };
    if (!error) {
      await db
        .updateTable('alert_deliveries')
        .set({ status: 'delivered', delivered_at: new Date().toISOString(), last_error: null })
        .where('alert_id', '=', done.alert_id)
        .where('sink', '=', done.sink)
        .execute();
      report.delivered.push(delivery.sink);
    } else {
      await db
        .updateTable('alert_deliveries')
        .set({ status: error.retryable ? 'pending' : 'failed', last_error: error.message })
        .where('alert_id', '=', done.alert_id)
        .where('sink', '=', done.sink)
        .execute();
      report.failed.push({ sink: delivery.sink, error: error.message });
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
