import type { Config } from '../config/config-schema.ts';
import { writeAlerts } from '../events/alert-outbox.ts';
import { recomputeFact } from '../events/recompute-fact.ts';
import type { StoreDialect, WriteTx } from '../events/write-transaction.ts';

export interface EarlierCopy {
  id: number;
  url: string;
  publisher: string;
  /** Its publication time: earlier than the former original's. */
  publishedAt: string;
  text: string;
}

export interface Promotion {
  /** Claims that now belong to the earlier copy. */
  movedClaims: number;
  /** Alerts raised by the recomputation (rare: moving a story's date earlier is usually the same news). */
  alertIds: number[];
}

/**
 * A copy published earlier than the stored original becomes the story's original: every copy points to
 * it, and the claims read from the former original are moved to it (article, publisher, publication
 * time, evidence offsets when its text holds the sentence), so that the story's events cite the first
 * publisher. The facts touched are recomputed; a transition that only moves earlier is not alerted
 * again (recomputeFact marks it as restating). Runs inside the caller's write transaction, which holds
 * the exclusive original lock.
 */
export async function promoteEarlierCopy(
  tx: WriteTx,
  dialect: StoreDialect,
  config: Config,
  copy: EarlierCopy,
  formerId: number,
  now: string,
): Promise<Promotion> {
  const former = await tx
    .selectFrom('articles')
    .select('processed_at')
    .where('id', '=', formerId)
    .executeTakeFirstOrThrow();
  await tx
    .updateTable('articles')
    .set({ duplicate_of: copy.id })
    .where((eb) => eb.or([eb('id', '=', formerId), eb('duplicate_of', '=', formerId)]))
    .execute();

  const claims = await tx
    .selectFrom('claims')
    .select(['id', 'fact_id', 'evidence_text', 'evidence_start'])
    .where('article_id', '=', formerId)
    .orderBy('claim_index')
    .execute();
  // Claims recorded (one transaction) but processed_at not yet set still mean "extraction has run".
  const processedAt = former.processed_at ?? (claims.length > 0 ? now : null);
  if (processedAt !== null) {
    await tx.updateTable('articles').set({ processed_at: processedAt }).where('id', '=', copy.id).execute();
  }
  if (claims.length === 0) return { movedClaims: 0, alertIds: [] };

  const factIds = [...new Set(claims.flatMap((c) => (c.fact_id === null ? [] : [c.fact_id])))].sort(
    (a, b) => a - b,
  );
  if (dialect === 'postgres' && factIds.length > 0) {
    await tx.selectFrom('facts').select('id').where('id', 'in', factIds).orderBy('id').forUpdate().execute();
  }
  for (const claim of claims) {
    const start = locate(copy.text, claim.evidence_text, Number(claim.evidence_start));
    await tx
      .updateTable('claims')
      .set({
        article_id: copy.id,
        publisher: copy.publisher,
        published_at: copy.publishedAt,
        ...(start === undefined
          ? {}
          : { evidence_start: start, evidence_end: start + claim.evidence_text.length }),
      })
      .where('id', '=', claim.id)
      .execute();
  }
  const claimIds = claims.map((c) => c.id);
  // Transitions caused by these claims happened when the story first came out; so did their alerts.
  await tx
    .updateTable('transitions')
    .set({ at: copy.publishedAt })
    .where('claim_id', 'in', claimIds)
    .execute();
  await tx
    .updateTable('alerts')
    .set({ at: copy.publishedAt, evidence_url: copy.url, publisher: copy.publisher })
    .where('transition_id', 'in', (eb) =>
      eb.selectFrom('transitions').select('id').where('claim_id', 'in', claimIds),
    )
    .execute();

  const alertIds: number[] = [];
  for (const factId of factIds) {
    const change = await recomputeFact(tx, factId, config, now);
    alertIds.push(...(await writeAlerts(tx, change, config, now)));
  }
  return { movedClaims: claims.length, alertIds };
}

/** Where the evidence sentence sits in the copy's text (the occurrence nearest its old offset). */
function locate(text: string, sentence: string, near: number): number | undefined {
  if (sentence === '') return undefined;
  let best: number | undefined;
  for (let at = text.indexOf(sentence); at !== -1; at = text.indexOf(sentence, at + 1)) {
    if (best === undefined || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}
