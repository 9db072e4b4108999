import type { Store } from '../../db/connect.ts';
import type { SourceConfig } from '../config/config-schema.ts';

/** One row per configured source: created or refreshed at start, so `vigie status` lists them all. */
export async function syncSourceStates(db: Store, sources: readonly SourceConfig[]): Promise<void> {
  for (const source of sources) {
    await db
      .insertInto('source_state')
      .values({ name: source.name, type: source.type, url: source.url, items_seen: 0, articles_found: 0 })
      .onConflict((oc) => oc.column('name').doUpdateSet({ type: source.type, url: source.url }))
      .execute();
  }
}

export interface PollRecord {
  at: string;
  /** Undefined when the poll worked; a partial failure (some items unreadable) still says so. */
  error?: string;
  /** Whether anything could be read (a 304 counts): sets last_ok_at. */
  ok: boolean;
  itemsSeen: number;
  articlesFound: number;
}

/** items_seen and articles_found add up over polls: how much a source yields over its life. */
export async function recordPoll(db: Store, source: SourceConfig, poll: PollRecord): Promise<void> {
  await db
    .insertInto('source_state')
    .values({
      name: source.name,
      type: source.type,
      url: source.url,
      last_poll_at: poll.at,
      last_ok_at: poll.ok ? poll.at : null,
      last_error: poll.error ?? null,
      items_seen: poll.itemsSeen,
      articles_found: poll.articlesFound,
    })
    .onConflict((oc) =>
      oc.column('name').doUpdateSet((eb) => ({
        last_poll_at: poll.at,
        last_ok_at: poll.ok ? poll.at : eb.ref('source_state.last_ok_at'),
        last_error: poll.error ?? null,
        items_seen: eb('source_state.items_seen', '+', poll.itemsSeen),
        articles_found: eb('source_state.articles_found', '+', poll.articlesFound),
      })),
    )
    .execute();
}

export async function recordNextRun(db: Store, name: string, nextRunAt: string | null): Promise<void> {
  await db.updateTable('source_state').set({ next_run_at: nextRunAt }).where('name', '=', name).execute();
}

export interface SourceHealth {
  name: string;
  type: string;
  url: string;
  lastPollAt: string | null;
  lastOkAt: string | null;
  lastError: string | null;
  itemsSeen: number;
  articlesFound: number;
  nextRunAt: string | null;
}

export async function listSourceHealth(db: Store): Promise<SourceHealth[]> {
  const rows = await db.selectFrom('source_state').selectAll().orderBy('name').execute();
  return rows.map((row) => ({
    name: row.name,
    type: row.type,
    url: row.url,
    lastPollAt: row.last_poll_at,
    lastOkAt: row.last_ok_at,
    lastError: row.last_error,
    itemsSeen: Number(row.items_seen),
    articlesFound: Number(row.articles_found),
    nextRunAt: row.next_run_at,
  }));
}
