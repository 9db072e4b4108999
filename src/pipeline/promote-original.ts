import type { Config } from '../config/config-schema.ts';
import { writeAlerts } from '../events/alert-outbox.ts';
import { recomputeFact } from '../events/recompute-fact.ts';
import type { StoreDialect, WriteTx } from '../events/write-transaction.ts';

export interface Promotion {
  /** Claims read from the former original, retracted now. */
  retractedClaims: number;
  /** Alerts raised by the recomputation (rare: retracting a copy's claims usually only supersedes). */
  alertIds: number[];
}

/**
 * Makes a newly stored article the original of a story stored so far under another article (a copy
 * published later, or one whose canonical link names the new article): the former original and its
 * copies now point to it. The claims read from the former original's text are retracted, not moved:
 * they were read from the copy's words (an intro line, a different date), so keeping them would make
 * the story's claims depend on which copy arrived first. The new original gets its claims from its own
 * text, by the normal process-article job (extraction is deterministic), whatever the order. Facts those
 * claims touched are recomputed now: transitions that no longer hold are superseded, and when the
 * original's claims restore them, the same change is not alerted twice (see recomputeFact, writeAlerts).
 * Runs inside the caller's write transaction, which holds the exclusive original lock, so no claim of
 * the former original can be recorded concurrently (recordArticleClaims takes that lock shared).
 */
export async function promoteOriginal(
  tx: WriteTx,
  dialect: StoreDialect,
  config: Config,
  originalId: number,
  formerId: number,
  now: string,
): Promise<Promotion> {
  await tx
    .updateTable('articles')
    .set({ duplicate_of: originalId })
    .where((eb) => eb.or([eb('id', '=', formerId), eb('duplicate_of', '=', formerId)]))
    .execute();

  const claims = await tx
    .selectFrom('claims')
    .select(['id', 'fact_id'])
    .where('article_id', '=', formerId)
    .where('retracted_at', 'is', null)
    .execute();
  if (claims.length === 0) return { retractedClaims: 0, alertIds: [] };

  const factIds = [...new Set(claims.flatMap((c) => (c.fact_id === null ? [] : [c.fact_id])))].sort(
    (a, b) => a - b,
  );
  if (dialect === 'postgres' && factIds.length > 0) {
    // Same order as recordArticleClaims (fact rows by id), so the two never deadlock.
    await tx.selectFrom('facts').select('id').where('id', 'in', factIds).orderBy('id').forUpdate().execute();
  }
  await tx
    .updateTable('claims')
    .set({ retracted_at: now })
    .where('article_id', '=', formerId)
    .where('retracted_at', 'is', null)
    .execute();

  const alertIds: number[] = [];
  for (const factId of factIds) {
    const change = await recomputeFact(tx, factId, config, now);
    alertIds.push(...(await writeAlerts(tx, change, config, now)));
  }
  return { retractedClaims: claims.length, alertIds };
}
