import type { Store } from '../../db/connect.ts';
import type { ArticleRow } from '../../db/schema.ts';
import type { ParsedArticle } from '../articles/article.ts';
import { isNearDuplicate } from '../articles/simhash.ts';
import type { Config } from '../config/config-schema.ts';
import { lockOriginals } from '../events/original-lock.ts';
import { withWriteTransaction } from '../events/write-transaction.ts';
import { promoteEarlierCopy } from './promote-original.ts';

/** How many recent articles of other publishers a new one is compared with for near-duplicates. */
const NEAR_DUPLICATE_WINDOW = 5000;
/** Below this many words a SimHash says little: only exact copies count as duplicates. */
const MIN_WORDS_FOR_SIMHASH = 40;

/** The id of the article stored at this URL, or whose canonical URL it is. */
export async function findStoredArticleId(db: Store, url: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('articles')
    .select('id')
    .where((eb) => eb.or([eb('url', '=', url), eb('canonical_url', '=', url)]))
    .orderBy('id')
    .executeTakeFirst();
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
  /** Set when this article is an earlier copy of a stored story: it replaced that original. */
  replaced?: number;
  /** Set when claims moved to this article: extraction must not run on it again. */
  processed?: boolean;
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
 * the earliest publication is the original, so it takes that place (see promoteEarlierCopy) whatever
 * the order the copies were fetched in. The check and the insert share one write transaction
 * (BEGIN IMMEDIATE on SQLite, an advisory lock on PostgreSQL) so that concurrent workers agree on
 * which copy is the original.
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
    const replaces = found && (await publishedLater(trx, found, parsed.publishedAt)) ? found : undefined;
    const original = replaces ? undefined : found;
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
    if (replaces && parsed.publishedAt) {
      const now = new Date().toISOString();
      const copy = {
        id: inserted.id,
        url: meta.url,
        publisher: parsed.publisher,
        publishedAt: parsed.publishedAt,
        text: parsed.text,
      };
      const promotion = await promoteEarlierCopy(trx, dialect, config, copy, replaces.id, now);
      const processed = (await readProcessedAt(trx, inserted.id)) !== null;
      return {
        id: inserted.id,
        created: true,
        duplicateOf: null,
        replaced: replaces.id,
        processed,
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
  reason: NonNullable<StoredArticle['duplicateReason']>;
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

async function readProcessedAt(db: Store, id: number): Promise<string | null> {
  const row = await db.selectFrom('articles').select('processed_at').where('id', '=', id).executeTakeFirst();
  return row?.processed_at ?? null;
}

async function findOriginal(db: Store, parsed: ParsedArticle, url: string): Promise<Original | undefined> {
  const root = (row: { id: number; duplicate_of: number | null }) => row.duplicate_of ?? row.id;
  const canonical = parsed.canonicalUrl && parsed.canonicalUrl !== url ? parsed.canonicalUrl : undefined;
  const byUrl = await db
    .selectFrom('articles')
    .select(['id', 'duplicate_of'])
    .where((eb) =>
      canonical
        ? eb.or([
            eb('url', '=', canonical),
            eb('canonical_url', '=', canonical),
            eb('canonical_url', '=', url),
          ])
        : eb('canonical_url', '=', url),
    )
    .orderBy('id')
    .executeTakeFirst();
  if (byUrl) return { id: root(byUrl), reason: 'canonical' };

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
