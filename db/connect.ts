import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations/index.ts';
import type { Database } from './schema.ts';

export type Store = Kysely<Database>;
export type Dialect = 'sqlite' | 'postgres';

export function dialectOf(database: string): Dialect {
  return /^postgres(ql)?:\/\//.test(database) ? 'postgres' : 'sqlite';
}

/**
 * Opens the store named by `database` (a file path, ":memory:" or a postgres:// URL).
 * SQLite runs in WAL mode with a busy timeout, so that readers never block the writer
 * and two processes on one file wait for each other instead of failing.
 */
export function openStore(database: string): Store {
  if (dialectOf(database) === 'postgres') {
    const pool = new pg.Pool({ connectionString: database, max: 10 });
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  if (database !== ':memory:') mkdirSync(dirname(database), { recursive: true });
  const sqlite = new SqliteDatabase(database);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 10000');
  sqlite.pragma('synchronous = NORMAL');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

export interface MigrationReport {
  applied: string[];
}

export async function migrateToLatest(db: Store): Promise<MigrationReport> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`database migration ${failed} failed: ${(error as Error).message ?? String(error)}`);
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}

/** Opens the store and brings its schema up to date: what every command does at start. */
export async function openMigratedStore(database: string): Promise<Store> {
  const db = openStore(database);
  await migrateToLatest(db);
  return db;
}
