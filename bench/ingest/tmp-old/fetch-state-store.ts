import type { Store } from '../../../db/connect.ts';

/** What vigie remembers of one URL, for the next conditional GET. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export async function readValidators(db: Store, url: string): Promise<Validators | undefined> {
  const row = await db
    .selectFrom('fetch_state')
    .select(['etag', 'last_modified'])
    .where('url', '=', url)
    .executeTakeFirst();
  if (!row) return undefined;
  return { etag: row.etag ?? undefined, lastModified: row.last_modified ?? undefined };
}

/** A 2xx answer: its validators replace the old ones and the last error is cleared. */
export async function recordFetched(
  db: Store,
  url: string,
  answer: { status: number; etag?: string; lastModified?: string },
  at: string,
): Promise<void> {
  const values = {
    etag: answer.etag ?? null,
    last_modified: answer.lastModified ?? null,
    last_status: answer.status,
    last_error: null,
    last_fetched_at: at,
  };
  await db
    .insertInto('fetch_state')
    .values({ url, ...values })
    .onConflict((oc) => oc.column('url').doUpdateSet(values))
    .execute();
}

/** A 304: the validators still hold; the counter shows that conditional GET saves work. */
export async function recordNotModified(db: Store, url: string, at: string): Promise<void> {
  await db
    .insertInto('fetch_state')
    .values({ url, last_status: 304, last_error: null, last_fetched_at: at, not_modified_count: 1 })
    .onConflict((oc) =>
      oc.column('url').doUpdateSet((eb) => ({
        last_status: 304,
        last_error: null,
        last_fetched_at: at,
        not_modified_count: eb('fetch_state.not_modified_count', '+', 1),
      })),
    )
    .execute();
}

/** A failed fetch keeps the old validators (the page may come back unchanged) and says why. */
export async function recordFetchError(
  db: Store,
  url: string,
  reason: string,
  at: string,
  status?: number,
): Promise<void> {
  await db
    .insertInto('fetch_state')
    .values({ url, last_status: status ?? null, last_error: reason, last_fetched_at: at })
    .onConflict((oc) =>
      oc.column('url').doUpdateSet({ last_status: status ?? null, last_error: reason, last_fetched_at: at }),
    )
    .execute();
}
