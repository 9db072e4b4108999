import type { Store } from '../../../db/connect.ts';

/** Local article ids by URL, so that an event's source links to its page here too. */
export async function articleIdsByUrl(db: Store, urls: readonly string[]): Promise<Map<string, number>> {
  const unique = [...new Set(urls)];
  const ids = new Map<string, number>();
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db
      .selectFrom('articles')
      .select(['id', 'url'])
      .where('url', 'in', unique.slice(i, i + 500))
      .execute();
    for (const row of rows) ids.set(row.url, row.id);
  }
  return ids;
}
