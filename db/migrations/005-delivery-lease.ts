import type { Kysely } from 'kysely';

// A delivery being sent is leased until a deadline (ISO-8601 UTC text, like every time here): while
// the lease holds, no other deliverer may claim it; a deliverer that died leaves a lease that expires,
// so the alert is still sent after a restart.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('alert_deliveries').addColumn('lease_until', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('alert_deliveries').dropColumn('lease_until').execute();
}
