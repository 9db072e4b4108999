import type { Store } from '../../../db/connect.ts';
import type { ArticleRow } from '../../../db/schema.ts';
import type { ParsedArticle } from '../../../src/articles/article.ts';
import { isNearDuplicate } from '../../../src/articles/simhash.ts';
import type { Config } from '../../../src/config/config-schema.ts';
import { lockOriginals } from '../../../src/events/original-lock.ts';
import { withWriteTransaction } from '../../../src/events/write-transaction.ts';
import { promoteOriginal } from '../../../src/pipeline/promote-original.ts';

/** How many recent articles of other publishers a new one is compared with for near-duplicates. */
const NEAR_DUPLICATE_WINDOW = 5000;
/** Below this many words a SimHash says little: only exact copies count as duplicates. */
const MIN_WORDS_FOR_SIMHASH = 40;

/**
 * The id of the article stored at this URL. A page stored elsewhere whose canonical link names this URL
 * does not count: it is a copy (a syndicating outlet's, or another address of the same page), and the
 * page at this URL must still be read, since it is the story's original (see storeArticle).
 */
export async function findStoredArticleId(db: Store, url: string): Promise<number | undefined> {
  const row = await db.selectFrom('articles').select('id').where('url', '=', url).executeTakeFirst();
  return row?.id;
}

export async function readArticle(db: Store, id: number): Promise<ArticleRow | undefined> {
  return db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface StoredArticle {
  id: number;
  /** False when another job stored this URL first. */
  created: boolean;
  /** The original this article copies, when it is a copy (it then adds no claims). */
  duplicateOf: number | null;
  duplicateReason?: 'canonical' | 'content-hash' | 'simhash';
  /**
   * Set when this article replaced the stored original of its story (an earlier publication, or the
   * page a stored copy names as canonical). It still needs its claims extracted from its own text.
   */
  replaced?: number;
  /** Alerts raised by recomputing the facts of a replaced original (to deliver). */
  alertIds?: number[];
}

export interface ArticleMeta {
  /** The URL asked for (the listing's); the article's own canonical URL is in `parsed`. */
  url: string;
  sourceName: string;
  html: string | null;
  fetchedAt: string;
}

/**
 * Stores a parsed article exactly once per URL. A page whose canonical URL is already stored is
 * linked to that article; a copy of another publisher's article (same text, or near-same by
 * SimHash) is stored with duplicate_of set, unless it was published EARLIER than the stored original:
 * the earliest publication is the original, so it takes that place (see promoteOriginal) whatever
 * the order the copies were fetched in. Likewise the page that a stored copy names as its canonical
 * URL replaces that copy as the original when it arrives. The check and the insert share one write
 * transaction (BEGIN IMMEDIATE on SQLite, an advisory lock on PostgreSQL) so that concurrent workers
 * agree on which copy is the original.
 */
export async function storeArticle(
  db: Store,
  parsed: ParsedArticle,
  meta: ArticleMeta,
  config: Config,
): Promise<StoredArticle> {
  return withWriteTransaction(db, async (trx, dialect) => {
    await lockOriginals(trx, dialect, 'exclusive');
    const existing = await trx
      .selectFrom('articles')
      .select(['id', 'duplicate_of'])
      .where('url', '=', meta.url)
      .executeTakeFirst();
    if (existing) return { id: existing.id, created: false, duplicateOf: existing.duplicate_of };

    const found = await findOriginal(trx, parsed, meta.url);
    const replaces =
      found?.reason === 'canonical-target' ||
      (found && (await publishedLater(trx, found, parsed.publishedAt)))
        ? found
        : undefined;
    const original =
      found && !replaces && found.reason !== 'canonical-target'
        ? { id: found.id, reason: found.reason }
        : undefined;
    const inserted = await trx
      .insertInto('articles')
      .values({
        url: meta.url,
        canonical_url: parsed.canonicalUrl || meta.url,
        source_name: meta.sourceName,
        publisher: parsed.publisher,
        published_at: parsed.publishedAt ?? null,
        language: parsed.language ?? null,
        title: parsed.title,
        text: parsed.text,
        html: meta.html,
        content_hash: parsed.contentHash,
        simhash: parsed.simhash,
        duplicate_of: original?.id ?? null,
        fetched_at: meta.fetchedAt,
        processed_at: null,
      })
      .onConflict((oc) => oc.column('url').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) {
      const row = await trx
        .selectFrom('articles')
        .select(['id', 'duplicate_of'])
        .where('url', '=', meta.url)
        .executeTakeFirstOrThrow();
      return { id: row.id, created: false, duplicateOf: row.duplicate_of };
    }
    if (replaces) {
      const now = new Date().toISOString();
      const promotion = await promoteOriginal(trx, dialect, config, inserted.id, replaces.id, now);
      return {
        id: inserted.id,
        created: true,
        duplicateOf: null,
        replaced: replaces.id,
        alertIds: promotion.alertIds,
      };
    }
    return {
      id: inserted.id,
      created: true,
      duplicateOf: original?.id ?? null,
      duplicateReason: original?.reason,
    };
  });
}

interface Original {
  id: number;
  /**
   * How the stored story was found: through a canonical link this article declares, a stored copy
   * naming this article's URL as canonical ('canonical-target': this article is the original), the
   * same text, or near-same text from another publisher.
   */
  reason: NonNullable<StoredArticle['duplicateReason']> | 'canonical-target';
}

/**
 * Whether the stored original was published after `publishedAt`: only a copy (same text, or near-same
 * from another publisher) can replace it, never another URL of the same article (canonical link).
 */
async function publishedLater(
  db: Store,
  original: Original,
  publishedAt: string | undefined,
): Promise<boolean> {
  if (original.reason === 'canonical' || !publishedAt) return false;
  const row = await db
    .selectFrom('articles')
    .select('published_at')
    .where('id', '=', original.id)
    .executeTakeFirst();
  if (!row?.published_at) return false;
  const [stored, candidate] = [Date.parse(row.published_at), Date.parse(publishedAt)];
  return Number.isFinite(stored) && Number.isFinite(candidate) && candidate < stored;
}

async function findOriginal(db: Store, parsed: ParsedArticle, url: string): Promise<Original | undefined> {
  const root = (row: { id: number; duplicate_of: number | null }) => row.duplicate_of ?? row.id;
  const canonical = parsed.canonicalUrl && parsed.canonicalUrl !== url ? parsed.canonicalUrl : undefined;
  if (canonical) {
    const named = await db
      .selectFrom('articles')
      .select(['id', 'duplicate_of'])
      .where((eb) => eb.or([eb('url', '=', canonical), eb('canonical_url', '=', canonical)]))
      .orderBy('id')
      .executeTakeFirst();
    if (named) return { id: root(named), reason: 'canonical' };
  }
  // A stored page says this URL is its canonical version: this article is the one it copies.
  const copy = await db
    .selectFrom('articles')
    .select(['id', 'duplicate_of'])
    .where('canonical_url', '=', url)
    .where('url', '!=', url)
    .orderBy('id')
    .executeTakeFirst();
  if (copy) return { id: root(copy), reason: 'canonical-target' };

  if (parsed.text.trim() === '') return undefined;
  // The same text at two addresses is one article, whoever published it.
  const sameText = await db
    .selectFrom('articles')
    .select(['id', 'duplicate_of'])
    .where('content_hash', '=', parsed.contentHash)
    .orderBy('id')
    .executeTakeFirst();
  if (sameText) return { id: root(sameText), reason: 'content-hash' };

  if (parsed.text.split(/\s+/).length < MIN_WORDS_FOR_SIMHASH) return undefined;
  // Near-same text is a syndicated copy only across publishers: one site's update of its own story is not.
  const recent = await db
    .selectFrom('articles')
    .select(['id', 'simhash'])
    .where('publisher', '!=', parsed.publisher)
    .where('duplicate_of', 'is', null)
    .orderBy('id', 'desc')
    .limit(NEAR_DUPLICATE_WINDOW)
    .execute();
  const near = recent.filter((row) => isNearDuplicate(row.simhash, parsed.simhash)).at(-1);
  return near ? { id: near.id, reason: 'simhash' } : undefined;
}

export async function markProcessed(db: Store, id: number, at: string): Promise<void> {
  await db.updateTable('articles').set({ processed_at: at }).where('id', '=', id).execute();
}
