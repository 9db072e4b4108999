import { type Kysely, sql } from 'kysely';

/** Hex digits per band: 4 bands of 16 bits cover the 64-bit SimHash. */
export const SIMHASH_BAND_CHARS = 4;
export const SIMHASH_BANDS = 4;

// Near-duplicate lookup by locality-sensitive hashing: two SimHashes at most 3 bits apart share at least
// one of their four 16-bit bands (pigeonhole), so only articles sharing a band need comparing. The bands
// are expression indexes over the stored hex text, so existing rows need no backfill and every writer of
// `articles` stays unchanged; a query must spell the same expression (see simhashBand in article-store).
export async function up(db: Kysely<unknown>): Promise<void> {
  for (let band = 0; band < SIMHASH_BANDS; band++) {
    await db.schema
      .createIndex(`articles_simhash_band${band}`)
      .on('articles')
      .expression(
        sql`substr(simhash, ${sql.lit(band * SIMHASH_BAND_CHARS + 1)}, ${sql.lit(SIMHASH_BAND_CHARS)})`,
      )
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (let band = 0; band < SIMHASH_BANDS; band++) {
    await db.schema.dropIndex(`articles_simhash_band${band}`).execute();
  }
}
