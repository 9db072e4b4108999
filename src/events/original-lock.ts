import { sql } from 'kysely';
import type { StoreDialect, WriteTx } from './write-transaction.ts';

/** PostgreSQL advisory lock id ("vigi") guarding which copy of a syndicated story is the original. */
const ORIGINAL_LOCK = 0x76_69_67_69;

/**
 * Storing an article (which may make it the new original of a story and move claims to it) takes the
 * lock exclusively; recording an article's claims takes it shared, so that claims are never recorded
 * for an article that another transaction is turning into a copy. SQLite needs nothing: BEGIN
 * IMMEDIATE already serialises every writer.
 */
export async function lockOriginals(
  tx: WriteTx,
  dialect: StoreDialect,
  mode: 'shared' | 'exclusive',
): Promise<void> {
  if (dialect !== 'postgres') return;
  if (mode === 'shared') await sql`select pg_advisory_xact_lock_shared(${ORIGINAL_LOCK})`.execute(tx);
  else await sql`select pg_advisory_xact_lock(${ORIGINAL_LOCK})`.execute(tx);
}
