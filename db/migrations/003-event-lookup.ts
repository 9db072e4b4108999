import type { Kysely } from 'kysely';

// Lookups the event log needs to stay fast with millions of claims: facts by party or alliance name
// (the timeline of one alliance), transitions by causing claim, pending alert deliveries, alerts by time.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('fact_parties')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('fact_id', 'integer', (c) => c.notNull())
    .addColumn('first_published_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('fact_parties_pk', ['name', 'kind', 'fact_id'])
    .execute();
  await db.schema
    .createIndex('fact_parties_name_kind_published')
    .on('fact_parties')
    .columns(['name', 'kind', 'first_published_at'])
    .execute();
  await db.schema.createIndex('fact_parties_fact').on('fact_parties').column('fact_id').execute();
  await db.schema.createIndex('transitions_claim').on('transitions').column('claim_id').execute();
  await db.schema.createIndex('alerts_at').on('alerts').columns(['at', 'id']).execute();
  await db.schema.createIndex('alerts_fact').on('alerts').column('fact_id').execute();
  await db.schema
    .createIndex('alert_deliveries_status')
    .on('alert_deliveries')
    .columns(['status', 'alert_id'])
    .execute();
  await db.schema
    .createIndex('facts_kind_changed')
    .on('facts')
    .columns(['kind', 'last_changed_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of [
    'facts_kind_changed',
    'alert_deliveries_status',
    'alerts_fact',
    'alerts_at',
    'transitions_claim',
  ]) {
    await db.schema.dropIndex(index).ifExists().execute();
  }
  await db.schema.dropTable('fact_parties').ifExists().execute();
}
