import type { Kysely } from 'kysely';
import { withId } from './portable.ts';

// Portable types only (text, integer, double precision): the same migration runs on SQLite and
// PostgreSQL; ids use each dialect's own auto-increment (see portable.ts).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('source_state')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('last_poll_at', 'text')
    .addColumn('last_ok_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('items_seen', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('articles_found', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_run_at', 'text')
    .execute();

  await db.schema
    .createTable('fetch_state')
    .addColumn('url', 'text', (c) => c.primaryKey())
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('last_status', 'integer')
    .addColumn('last_error', 'text')
    .addColumn('last_fetched_at', 'text', (c) => c.notNull())
    .addColumn('not_modified_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await withId(db, db.schema.createTable('articles'))
    .addColumn('url', 'text', (c) => c.notNull().unique())
    .addColumn('canonical_url', 'text', (c) => c.notNull())
    .addColumn('source_name', 'text')
    .addColumn('publisher', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('language', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('html', 'text')
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('simhash', 'text', (c) => c.notNull())
    .addColumn('duplicate_of', 'integer')
    .addColumn('fetched_at', 'text', (c) => c.notNull())
    .addColumn('processed_at', 'text')
    .execute();
  await db.schema.createIndex('articles_canonical_url').on('articles').column('canonical_url').execute();
  await db.schema.createIndex('articles_content_hash').on('articles').column('content_hash').execute();
  await db.schema.createIndex('articles_published_at').on('articles').column('published_at').execute();

  await withId(db, db.schema.createTable('job_failures'))
    .addColumn('job_name', 'text', (c) => c.notNull())
    .addColumn('job_id', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('failed_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['job_failures', 'articles', 'fetch_state', 'source_state']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
