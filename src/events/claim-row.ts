import type { ArticleRow, NewClaim } from '../../db/schema.ts';
import type { Claim, ClaimKind, ClaimStatus, Stance } from '../extraction/claim.ts';
import type { ClaimExplanation } from '../extraction/claim-explanation.ts';
import type { ClaimForStatus } from './claim-for-status.ts';

/**
 * The row of one claim: kind-specific fields in their columns, the whole claim kept in `payload`
 * (with `explanation: {rule, cues, merged}` when the extraction explained it; `rule` holds its id).
 */
export function toClaimRow(
  article: ArticleRow,
  claim: Claim,
  index: number,
  factId: number,
  learnedAt: string,
  explanation?: ClaimExplanation,
): NewClaim {
  return {
    article_id: article.id,
    claim_index: index,
    fact_id: factId,
    kind: claim.kind,
    parties: JSON.stringify(claim.parties),
    status: claim.status,
    stance: claim.kind === 'statement' ? claim.stance : null,
    alliance: claim.kind === 'agreement' || claim.kind === 'launch' ? (claim.alliance ?? null) : null,
    label: claim.kind === 'certification' ? claim.label : null,
    issuer: claim.kind === 'certification' ? (claim.issuer ?? null) : null,
    percent: claim.kind === 'share_move' || claim.kind === 'acquisition' ? (claim.percent ?? null) : null,
    direction: claim.kind === 'share_move' ? claim.direction : null,
    event_date: claim.eventDate ?? null,
    attribution: claim.attribution ?? null,
    evidence_text: claim.evidence.text,
    evidence_start: claim.evidence.start,
    evidence_end: claim.evidence.end,
    rule: explanation?.rule ?? ruleOf(claim),
    published_at: articleTime(article),
    publisher: article.publisher,
    learned_at: learnedAt,
    payload: JSON.stringify(
      explanation
        ? {
            ...claim,
            explanation: { rule: explanation.rule, cues: explanation.cues, merged: explanation.merged },
          }
        : claim,
    ),
  };
}

// The extraction may tag a claim with the rule that read it; the wire form does not require it.
function ruleOf(claim: Claim): string | null {
  const rule = (claim as unknown as { rule?: unknown }).rule;
  return typeof rule === 'string' ? rule : null;
}

/** The article's place on the valid-time axis: its publication time, else when it was fetched. */
export function articleTime(article: Pick<ArticleRow, 'published_at' | 'fetched_at'>): string {
  return article.published_at ?? article.fetched_at;
}

/** The columns the status rules read. */
export const STATUS_COLUMNS = [
  'id',
  'article_id',
  'kind',
  'status',
  'stance',
  'parties',
  'publisher',
  'attribution',
  'evidence_text',
  'published_at',
  'learned_at',
] as const;

export interface StatusColumns {
  id: number;
  article_id: number;
  kind: string;
  status: string;
  stance: string | null;
  parties: string;
  publisher: string;
  attribution: string | null;
  evidence_text: string;
  published_at: string;
  learned_at: string;
}

export function toClaimForStatus(row: StatusColumns, role: ClaimForStatus['role']): ClaimForStatus {
  return {
    id: row.id,
    articleId: row.article_id,
    role,
    kind: row.kind as ClaimKind,
    status: row.status as ClaimStatus,
    stance: row.stance as Stance | null,
    parties: parseParties(row.parties),
    publisher: row.publisher,
    attribution: row.attribution,
    evidenceText: row.evidence_text,
    publishedAt: row.published_at,
    learnedAt: row.learned_at,
  };
}

export function parseParties(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string') : [];
  } catch {
    return [];
  }
}
