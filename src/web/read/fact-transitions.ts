import type { Store } from '../../../db/connect.ts';

export interface TransitionView {
  from: string | null;
  to: string;
  /** Publication time of the claim that caused it. */
  at: string;
  claimId: number;
  /** Where that claim was read, to mark its event on a timeline. */
  url: string;
  evidence: string;
  kind: string;
}

/**
 * The standing changes of a fact's status, oldest first, up to `until` (an ISO instant) when given.
 * Status is derived oldest claim first, so the changes up to a date are those the log shows then.
 */
export async function factTransitions(db: Store, factId: number, until?: string): Promise<TransitionView[]> {
  let query = db
    .selectFrom('transitions')
    .innerJoin('claims', 'claims.id', 'transitions.claim_id')
    .innerJoin('articles', 'articles.id', 'claims.article_id')
    .select([
      'transitions.from_status',
      'transitions.to_status',
      'transitions.at',
      'transitions.claim_id',
      'articles.url',
      'claims.evidence_text',
      'claims.kind',
    ])
    .where('transitions.fact_id', '=', factId)
    .where('transitions.superseded_at', 'is', null)
    .orderBy('transitions.at')
    .orderBy('transitions.id');
  if (until) query = query.where('transitions.at', '<=', until);
  const rows = await query.execute();
  return rows.map((r) => ({
    from: r.from_status,
    to: r.to_status,
    at: r.at,
    claimId: r.claim_id,
    url: r.url,
    evidence: r.evidence_text,
    kind: r.kind,
  }));
}
