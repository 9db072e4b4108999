import type { Kysely } from 'kysely';
import { withId } from './portable.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('claims'))
    .addColumn('article_id', 'integer', (c) => c.notNull())
    .addColumn('claim_index', 'integer', (c) => c.notNull())
    .addColumn('fact_id', 'integer')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('parties', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('stance', 'text')
    .addColumn('alliance', 'text')
    .addColumn('label', 'text')
    .addColumn('issuer', 'text')
    .addColumn('percent', 'double precision')
    .addColumn('direction', 'text')
    .addColumn('event_date', 'text')
    .addColumn('attribution', 'text')
    .addColumn('evidence_text', 'text', (c) => c.notNull())
    .addColumn('evidence_start', 'integer', (c) => c.notNull())
    .addColumn('evidence_end', 'integer', (c) => c.notNull())
    .addColumn('rule', 'text')
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('publisher', 'text', (c) => c.notNull())
    .addColumn('learned_at', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addUniqueConstraint('claims_article_index', ['article_id', 'claim_index'])
    .execute();
  await db.schema
    .createIndex('claims_fact_published')
    .on('claims')
    .columns(['fact_id', 'published_at'])
    .execute();

  await withId(db, db.schema.createTable('facts'))
    .addColumn('fact_key', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('parties', 'text', (c) => c.notNull())
    .addColumn('alliance', 'text')
    .addColumn('label', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .addColumn('first_published_at', 'text', (c) => c.notNull())
    .addColumn('last_changed_at', 'text')
    .addColumn('claim_count', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('facts_kind').on('facts').column('kind').execute();

  await withId(db, db.schema.createTable('transitions'))
    .addColumn('fact_id', 'integer', (c) => c.notNull())
    .addColumn('transition_key', 'text', (c) => c.notNull().unique())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('claim_id', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('superseded_at', 'text')
    .execute();
  await db.schema.createIndex('transitions_fact_at').on('transitions').columns(['fact_id', 'at']).execute();

  await withId(db, db.schema.createTable('alerts'))
    .addColumn('transition_id', 'integer', (c) => c.notNull().unique())
    .addColumn('fact_id', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('alliance', 'text')
    .addColumn('parties', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('evidence_url', 'text', (c) => c.notNull())
    .addColumn('publisher', 'text', (c) => c.notNull())
    .addColumn('quote', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('alert_deliveries')
    .addColumn('alert_id', 'integer', (c) => c.notNull())
    .addColumn('sink', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('delivered_at', 'text')
    .addPrimaryKeyConstraint('alert_deliveries_pk', ['alert_id', 'sink'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['alert_deliveries', 'alerts', 'transitions', 'facts', 'claims']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
