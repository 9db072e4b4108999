import {
  type Expression,
  expressionBuilder,
  type Kysely,
  type SelectQueryBuilder,
  type SqlBool,
} from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ClaimForStatus } from './claim-for-status.ts';
import { STATUS_COLUMNS, toClaimForStatus } from './claim-row.ts';

/**
 * A point on both time axes of the log: `asOf` keeps claims published on or before it (valid time:
 * what had been said by then), `knownAt` keeps claims vigie had learned by then (transaction time:
 * what vigie knew by then). Both are ISO instants; absent = no bound.
 */
export interface TimeWindow {
  asOf?: string;
  knownAt?: string;
}

export function withinWindow<O>(
  query: SelectQueryBuilder<Database, 'claims', O>,
  window: TimeWindow = {},
): SelectQueryBuilder<Database, 'claims', O> {
  let q = query.where(countedAt(window));
  if (window.asOf) q = q.where('claims.published_at', '<=', window.asOf);
  if (window.knownAt) q = q.where('claims.learned_at', '<=', window.knownAt);
  return q;
}

/**
 * The claims that count: not retracted (a syndicated copy's claims, once its original replaced it),
 * or, looking back to `knownAt`, not retracted yet by then. Every read of claims for a status, a fact
 * or a history goes through this condition.
 */
export function countedAt(window: TimeWindow = {}): Expression<SqlBool> {
  const eb = expressionBuilder<Database, 'claims'>();
  if (!window.knownAt) return eb('claims.retracted_at', 'is', null);
  return eb.or([eb('claims.retracted_at', 'is', null), eb('claims.retracted_at', '>', window.knownAt)]);
}

const CHUNK = 500;

/** The claims a fact's status is derived from: its own, and the statements of the same articles. */
export async function claimsForStatus(
  db: Kysely<Database>,
  factId: number,
  kind: string,
  window: TimeWindow = {},
): Promise<ClaimForStatus[]> {
  const members = await withinWindow(
    db.selectFrom('claims').select(STATUS_COLUMNS).where('fact_id', '=', factId),
    window,
  ).execute();
  const result = members.map((row) => toClaimForStatus(row, 'member'));
  // Statements speak about deals, stakes, labels and launches only.
  if (kind === 'statement' || kind === 'share_move') return result;
  const articleIds = [...new Set(members.map((m) => m.article_id))];
  for (let i = 0; i < articleIds.length; i += CHUNK) {
    const context = await withinWindow(
      db
        .selectFrom('claims')
        .select(STATUS_COLUMNS)
        .where('article_id', 'in', articleIds.slice(i, i + CHUNK))
        .where('kind', '=', 'statement'),
      window,
    ).execute();
    result.push(...context.map((row) => toClaimForStatus(row, 'context')));
  }
  return result;
}
