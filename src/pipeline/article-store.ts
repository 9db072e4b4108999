import { sql } from 'kysely';
import type { Store } from '../../db/connect.ts';
import { SIMHASH_BAND_CHARS, SIMHASH_BANDS } from '../../db/migrations/006-simhash-bands.ts';
import type { ArticleRow } from '../../db/schema.ts';
import type { ParsedArticle } from '../articles/article.ts';
import { isNearDuplicate } from '../articles/simhash.ts';
import type { Config } from '../config/config-schema.ts';
import { lockOriginals } from '../events/original-lock.ts';
import { type StoreDialect, type WriteTx, withWriteTransaction } from '../events/write-transaction.ts';
import { type FetchAnswer, recordFetched } from './fetch-state-store.ts';
import { promoteOriginal } from './promote-original.ts';

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
  /**
   * The answer the page came with: its validators are recorded in the same transaction as the article,
   * so a crash can never keep validators (and turn the retry into a 304) for a page never stored.
   */
  fetched?: FetchAnswer;
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
    const stored = await storeLocked(trx, dialect, parsed, meta, config);
    if (meta.fetched) await recordFetched(trx, meta.url, meta.fetched, meta.fetchedAt);
    return stored;
  });
}

async function storeLocked(
  trx: WriteTx,
  dialect: StoreDialect,
  parsed: ParsedArticle,
  meta: ArticleMeta,
  config: Config,
): Promise<StoredArticle> {
  await lockOriginals(trx, dialect, 'exclusive');
  const known = await readKnown(trx, parsed, meta.url);
  if (known.existing_id !== null)
    return { id: known.existing_id, created: false, duplicateOf: known.existing_duplicate_of };

  const found = await findOriginal(trx, parsed, known);
  const replaces =
    found?.reason === 'canonical-target' || (found && (await publishedLater(trx, found, parsed.publishedAt)))
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

/**
 * What the store already holds for this article, in one query: the row at its URL, and the root (the
 * original) of each story it may belong to: the one its canonical link names, the one whose stored copy
 * names this URL as canonical, the one with the same text. Each lookup is an index hit.
 */
async function readKnown(db: Store, parsed: ParsedArticle, url: string) {
  const canonical = parsed.canonicalUrl && parsed.canonicalUrl !== url ? parsed.canonicalUrl : null;
  return db
    .selectNoFrom((eb) => {
      const root = () =>
        eb.selectFrom('articles').select((e) => e.fn.coalesce('duplicate_of', 'id').as('root'));
      return [
        eb.selectFrom('articles').select('id').where('url', '=', url).as('existing_id'),
        eb.selectFrom('articles').select('duplicate_of').where('url', '=', url).as('existing_duplicate_of'),
        root()
          .where((e) => e.or([e('url', '=', canonical), e('canonical_url', '=', canonical)]))
          .orderBy('id')
          .limit(1)
          .as('canonical_root'),
        root()
          .where('canonical_url', '=', url)
          .where('url', '!=', url)
          .orderBy('id')
          .limit(1)
          .as('target_root'),
        root().where('content_hash', '=', parsed.contentHash).orderBy('id').limit(1).as('same_text_root'),
      ];
    })
    .executeTakeFirstOrThrow();
}

type Known = Awaited<ReturnType<typeof readKnown>>;

async function findOriginal(db: Store, parsed: ParsedArticle, known: Known): Promise<Original | undefined> {
  if (known.canonical_root !== null) return { id: known.canonical_root, reason: 'canonical' };
  // A stored page says this URL is its canonical version: this article is the one it copies.
  if (known.target_root !== null) return { id: known.target_root, reason: 'canonical-target' };
  if (parsed.text.trim() === '') return undefined;
  // The same text at two addresses is one article, whoever published it.
  if (known.same_text_root !== null) return { id: known.same_text_root, reason: 'content-hash' };
  if (wordCountBelow(parsed.text, MIN_WORDS_FOR_SIMHASH)) return undefined;
  return findNearDuplicate(db, parsed);
}

/**
 * The oldest original of another publisher, among the NEAR_DUPLICATE_WINDOW most recent ones, whose
 * SimHash is at most 3 bits from this one. Only articles sharing one of the four 16-bit bands can be
 * that close (migration 006 indexes each band), so the window is counted only when a candidate exists.
 */
async function findNearDuplicate(db: Store, parsed: ParsedArticle): Promise<Original | undefined> {
  const candidates = await db
    .selectFrom('articles')
    .select(['id', 'simhash'])
    .where((eb) =>
      eb.or(
        Array.from({ length: SIMHASH_BANDS }, (_, band) =>
          eb(
            simhashBand(band),
            '=',
            parsed.simhash.slice(band * SIMHASH_BAND_CHARS, (band + 1) * SIMHASH_BAND_CHARS),
          ),
        ),
      ),
    )
    .where('publisher', '!=', parsed.publisher)
    .where('duplicate_of', 'is', null)
    .orderBy('id')
    .execute();
  for (const candidate of candidates) {
    if (!isNearDuplicate(candidate.simhash, parsed.simhash)) continue;
    // The window is the most recent originals: once one near duplicate is inside it, so are all later ones.
    const newer = await db
      .selectFrom((eb) =>
        eb
          .selectFrom('articles')
          .select('id')
          .where('id', '>=', candidate.id)
          .where('publisher', '!=', parsed.publisher)
          .where('duplicate_of', 'is', null)
          .limit(NEAR_DUPLICATE_WINDOW + 1)
          .as('window'),
      )
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    if (Number(newer.n) <= NEAR_DUPLICATE_WINDOW) return { id: candidate.id, reason: 'simhash' };
  }
  return undefined;
}

/** Band `band` of the stored SimHash, spelled exactly as in the expression index of migration 006. */
function simhashBand(band: number) {
  return sql<string>`substr(simhash, ${sql.lit(band * SIMHASH_BAND_CHARS + 1)}, ${sql.lit(SIMHASH_BAND_CHARS)})`;
}

/** Same as `text.split(/\s+/).length < limit`, without building the array of words. */
function wordCountBelow(text: string, limit: number): boolean {
  const gaps = /\s+/g;
  let words = 1;
  while (words < limit && gaps.exec(text) !== null) words++;
  return words < limit;
}

export async function markProcessed(db: Store, id: number, at: string): Promise<void> {
  await db.updateTable('articles').set({ processed_at: at }).where('id', '=', id).execute();
}
