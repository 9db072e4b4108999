import type { Store } from '../../db/connect.ts';

/** Alerts with a delivery still pending: enqueue them at start, so that a crash loses none. */
export async function pendingAlertIds(db: Store): Promise<number[]> {
  const rows = await db
    .selectFrom('alert_deliveries')
    .select('alert_id')
    .distinct()
    .where('status', '=', 'pending')
    .orderBy('alert_id')
    .execute();
  return rows.map((row) => row.alert_id);
}
