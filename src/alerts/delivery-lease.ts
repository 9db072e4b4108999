import type { Store } from '../../db/connect.ts';
import type { AlertSinkConfig } from '../config/config-schema.ts';

/** Slack on top of the longest send: database round trips, a busy machine, clocks of two processes. */
export const LEASE_MARGIN_MS = 5_000;

/**
 * How long a claim keeps a delivery for its deliverer: longer than the sink can take to send, so that
 * a live deliverer never loses its lease mid-send, and short enough that a dead one's alert goes out
 * soon after. A webhook request is cut at `timeoutMs` (AbortSignal); SMTP applies it to connecting,
 * the greeting and each silence of the conversation, so three of them bound a mail; files and stdout
 * are local writes.
 */
export function leaseMs(sink: AlertSinkConfig | undefined, timeoutMs: number): number {
  switch (sink?.type) {
    case 'webhook':
      return timeoutMs + LEASE_MARGIN_MS;
    case 'email':
      return 3 * timeoutMs + LEASE_MARGIN_MS;
    default:
      return 2 * LEASE_MARGIN_MS;
  }
}

/**
 * Takes one pending delivery for `ms`: succeeds only when nobody holds a live lease on it, in one
 * conditional UPDATE (atomic on both dialects: PostgreSQL re-checks the condition on the row it locks).
 * Returns the attempt number the claim made, the token the claimer finishes with, or undefined when
 * the delivery is done or held by another deliverer.
 */
export async function claimDelivery(
  db: Store,
  alertId: number,
  sink: string,
  ms: number,
  now = Date.now(),
): Promise<number | undefined> {
  const row = await db
    .updateTable('alert_deliveries')
    .set((eb) => ({
      attempts: eb('attempts', '+', 1),
      lease_until: new Date(now + ms).toISOString(),
    }))
    .where('alert_id', '=', alertId)
    .where('sink', '=', sink)
    .where('status', '=', 'pending')
    .where((eb) =>
      eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', new Date(now).toISOString())]),
    )
    .returning('attempts')
    .executeTakeFirst();
  return row?.attempts;
}

/** Marks a claimed delivery done; whoever sent it, the sink has the alert. */
export async function completeDelivery(db: Store, alertId: number, sink: string): Promise<void> {
  await db
    .updateTable('alert_deliveries')
    .set({ status: 'delivered', delivered_at: new Date().toISOString(), last_error: null, lease_until: null })
    .where('alert_id', '=', alertId)
    .where('sink', '=', sink)
    .execute();
}

/**
 * Records a failed send and frees the delivery (pending again, or failed for good), only while the
 * claim is still the latest one: a deliverer whose lease ran out does not undo its successor's state.
 */
export async function releaseDelivery(
  db: Store,
  alertId: number,
  sink: string,
  attempt: number,
  outcome: { status: 'pending' | 'failed'; error: string },
): Promise<void> {
  await db
    .updateTable('alert_deliveries')
    .set({ status: outcome.status, last_error: outcome.error, lease_until: null })
    .where('alert_id', '=', alertId)
    .where('sink', '=', sink)
    .where('status', '=', 'pending')
    .where('attempts', '=', attempt)
    .execute();
}

/** The delivery as it stands: done by someone, or pending with the lease (if any) its sender holds. */
export async function deliveryState(
  db: Store,
  alertId: number,
  sink: string,
): Promise<{ status: string; lease_until: string | null } | undefined> {
  return db
    .selectFrom('alert_deliveries')
    .select(['status', 'lease_until'])
    .where('alert_id', '=', alertId)
    .where('sink', '=', sink)
    .executeTakeFirst();
}
