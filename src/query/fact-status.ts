import type { Kysely } from 'kysely';
import type { Database, FactRow } from '../../db/schema.ts';
import type { Config } from '../config/config-schema.ts';
import type { DerivedStatus } from '../events/claim-for-status.ts';
import { claimsForStatus, type TimeWindow } from '../events/claims-for-status.ts';
import { deriveStatus } from '../events/derive-status.ts';
import { statusRulesFrom } from '../events/status-rules.ts';
import { isTimeTravel } from './query-filters.ts';

export interface FactStatus {
  status: string | null;
  confidence: number;
  /** When the status last changed (publication time of the causing claim). */
  lastChange: string | null;
  claimCount: number;
}

/**
 * A fact's status now (the cached row) or as of a point in time, recomputed with the pure rules from
 * the claims on the right side of the window. null status = nothing was known of the fact by then.
 */
export async function factStatus(
  db: Kysely<Database>,
  fact: FactRow,
  window: TimeWindow,
  config?: Pick<Config, 'status'>,
): Promise<FactStatus> {
  if (!isTimeTravel(window)) {
    return {
      // A fact left with no counting claim (its only source was a copy whose original says otherwise)
      // is known of no one.
      status: fact.claim_count === 0 ? null : fact.status,
      confidence: fact.confidence,
      lastChange: fact.last_changed_at,
      claimCount: fact.claim_count,
    };
  }
  const claims = await claimsForStatus(db, fact.id, fact.kind, window);
  const derived: DerivedStatus = deriveStatus(claims, statusRulesFrom(config ?? DEFAULT_CONFIG));
  return {
    status: derived.status,
    confidence: derived.confidence,
    lastChange: derived.transitions.at(-1)?.at ?? null,
    claimCount: claims.filter((c) => c.role === 'member').length,
  };
}

const DEFAULT_CONFIG: Pick<Config, 'status'> = {
  status: { independentOutletsToConfirm: 0, publisherWeights: {} },
};
