import type { Store } from '../../db/connect.ts';
import type { ArticleRow } from '../../db/schema.ts';
import type { Config } from '../config/config-schema.ts';
import type { Claim } from '../extraction/claim.ts';
import type { ClaimExplanation } from '../extraction/claim-explanation.ts';
import { writeAlerts } from './alert-outbox.ts';
import { checkClaim } from './check-claim.ts';
import { articleTime, toClaimRow } from './claim-row.ts';
import { lockFactKeys, lockKeysOf, resolveFactId } from './fact-resolution.ts';
import { lockOriginals } from './original-lock.ts';
import { withKnownSpellings } from './party-spelling.ts';
import { recomputeFact } from './recompute-fact.ts';
import { withWriteTransaction } from './write-transaction.ts';

export interface RecordedClaims {
  /** Ids of the article's claims, in claim order (already stored ones included). */
  claimIds: number[];
  /**
   * Alerts to deliver: those created now, plus any earlier alert caused by this article's claims that
   * still has a pending delivery (so that a retried job enqueues what a crash left behind).
   */
  alertIds: number[];
}

/**
 * Appends the claims of one article to the log and brings facts, transitions and the alert outbox up to
 * date, in ONE transaction. Idempotent: (article_id, claim_index) is unique, so recording an article
 * again adds nothing; an article that is a syndicated copy (duplicate_of set) adds nothing either.
 * Safe with several worker processes: writers are serialised per fact key (advisory locks on
 * PostgreSQL, BEGIN IMMEDIATE on SQLite) and every insert that could race has a unique constraint.
 * `explanations` (from extractClaims with `explain: true`) give each claim's rule id and status cues.
 */
export async function recordArticleClaims(
  db: Store,
  article: ArticleRow,
  claims: Claim[],
  config: Config,
  explanations: readonly ClaimExplanation[] = [],
): Promise<RecordedClaims> {
  if (article.duplicate_of !== null) return { claimIds: [], alertIds: [] };
  const checked = claims.map((claim, index) => checkClaim(claim, article.id, index));
  const publishedAt = articleTime(article);
  const explained = new Map(explanations.map((e) => [e.claim, e]));

  return withWriteTransaction(db, async (tx, dialect) => {
    const now = new Date().toISOString();
    // An earlier copy of the same story may have been stored since the caller read the article: it is
    // now the original, and owns the story's claims.
    await lockOriginals(tx, dialect, 'shared');
    const current = await tx
      .selectFrom('articles')
      .select('duplicate_of')
      .where('id', '=', article.id)
      .executeTakeFirst();
    if (current && current.duplicate_of !== null) return { claimIds: [], alertIds: [] };
    // "Trevithen Photonics" after "Trevithen Photonics Ltd": the company under the spelling the log knows.
    const spelled = await withKnownSpellings(tx, checked);
    await lockFactKeys(
      tx,
      dialect,
      spelled.flatMap((claim) => lockKeysOf(claim, publishedAt)),
    );
    const already = await tx
      .selectFrom('claims')
      .select('claim_index')
      .where('article_id', '=', article.id)
      .execute();
    const stored = new Set(already.map((row) => row.claim_index));

    const affected = new Set<number>();
    const rows = [];
    for (const [index, claim] of spelled.entries()) {
      if (stored.has(index)) continue;
      const factId = await resolveFactId(tx, claim, publishedAt);
      affected.add(factId);
      rows.push(toClaimRow(article, claim, index, factId, now, explained.get(index)));
    }
    if (dialect === 'postgres' && affected.size > 0) {
      // A claim may land on a fact found through another key (an alliance named by its parties only):
      // lock the rows too, in id order.
      await tx
        .selectFrom('facts')
        .select('id')
        .where('id', 'in', [...affected])
        .orderBy('id')
        .forUpdate()
        .execute();
    }
    if (rows.length > 0) {
      await tx
        .insertInto('claims')
        .values(rows)
        .onConflict((oc) => oc.columns(['article_id', 'claim_index']).doNothing())
        .execute();
    }

    const alertIds: number[] = [];
    for (const factId of [...affected].sort((a, b) => a - b)) {
      const change = await recomputeFact(tx, factId, config, now);
      alertIds.push(...(await writeAlerts(tx, change, config, now)));
    }

    const claimRows = await tx
      .selectFrom('claims')
      .select('id')
      .where('article_id', '=', article.id)
      .orderBy('claim_index')
      .execute();
    const claimIds = claimRows.map((row) => row.id);
    if (claimIds.length > 0) {
      const pending = await tx
        .selectFrom('alerts')
        .innerJoin('transitions', 'transitions.id', 'alerts.transition_id')
        .innerJoin('alert_deliveries', 'alert_deliveries.alert_id', 'alerts.id')
        .select('alerts.id')
        .distinct()
        .where('transitions.claim_id', 'in', claimIds)
        .where('alert_deliveries.status', '=', 'pending')
        .execute();
      for (const row of pending) if (!alertIds.includes(row.id)) alertIds.push(row.id);
    }
    return { claimIds, alertIds: alertIds.sort((a, b) => a - b) };
  });
}
