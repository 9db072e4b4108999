import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { countedAt, type TimeWindow } from '../events/claims-for-status.ts';

/** A claim with its article's address: one event of a history. */
export interface ClaimEventRow {
  id: number;
  article_id: number;
  fact_id: number | null;
  kind: string;
  parties: string;
  status: string;
  stance: string | null;
  alliance: string | null;
  label: string | null;
  percent: number | null;
  direction: string | null;
  event_date: string | null;
  evidence_text: string;
  published_at: string;
  learned_at: string;
  publisher: string;
  url: string;
}

/** Claims joined to their article, cut to a time window; callers add their own conditions. */
export function claimEvents(db: Kysely<Database>, window: TimeWindow) {
  let query = db
    .selectFrom('claims')
    .innerJoin('articles', 'articles.id', 'claims.article_id')
    .select([
      'claims.id',
      'claims.article_id',
      'claims.fact_id',
      'claims.kind',
      'claims.parties',
      'claims.status',
      'claims.stance',
      'claims.alliance',
      'claims.label',
      'claims.percent',
      'claims.direction',
      'claims.event_date',
      'claims.evidence_text',
      'claims.published_at',
      'claims.learned_at',
      'claims.publisher',
      'articles.url',
    ])
    .where(countedAt(window));
  if (window.asOf) query = query.where('claims.published_at', '<=', window.asOf);
  if (window.knownAt) query = query.where('claims.learned_at', '<=', window.knownAt);
  return query;
}
