import { type Kysely, sql } from 'kysely';
import type { Store } from '../../db/connect.ts';
import { isPostgres } from '../../db/migrations/portable.ts';
import type { Database } from '../../db/schema.ts';

export type WriteTx = Kysely<Database>;
export type StoreDialect = 'sqlite' | 'postgres';

// PostgreSQL: deadlock, serialization failure, lock not available. SQLite: busy or locked.
const RETRYABLE = new Set([
  '40P01',
  '40001',
  '55P03',
  'SQLITE_BUSY',
  'SQLITE_BUSY_SNAPSHOT',
  'SQLITE_LOCKED',
]);

export function storeDialect(db: Kysely<Database>): StoreDialect {
  return isPostgres(db as unknown as Kysely<unknown>) ? 'postgres' : 'sqlite';
}

/**
 * Runs `work` in one write transaction and retries it (with a short random backoff) when the database
 * reports a deadlock or a busy lock. On SQLite the transaction is BEGIN IMMEDIATE: the write lock is
 * taken up front, so two processes queue on it instead of failing to upgrade a read lock mid-way.
 */
export async function withWriteTransaction<T>(
  db: Store,
  work: (tx: WriteTx, dialect: StoreDialect) => Promise<T>,
  attempts = 6,
): Promise<T> {
  const dialect = storeDialect(db);
  for (let attempt = 1; ; attempt++) {
    try {
      if (dialect === 'postgres') return await db.transaction().execute((tx) => work(tx, dialect));
      return await db.connection().execute(async (conn) => {
        await sql`begin immediate`.execute(conn);
        try {
          const result = await work(conn, dialect);
          await sql`commit`.execute(conn);
          return result;
        } catch (error) {
          await sql`rollback`.execute(conn).catch(() => {});
          throw error;
        }
      });
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= attempts || !code || !RETRYABLE.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 50));
    }
  }
}
