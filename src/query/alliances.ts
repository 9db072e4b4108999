import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Config } from '../config/config-schema.ts';
import { parseParties } from '../events/claim-row.ts';
import { allianceDisplayName } from '../events/fact-key.ts';
import { findFacts } from './fact-lookup.ts';
import { factStatus } from './fact-status.ts';
import { type QueryFilters, timeWindowOf } from './query-filters.ts';

export interface AllianceSummary {
  factId: number;
  /** The alliance name, else its parties ("Amazon + Atos"). */
  name: string;
  parties: string[];
  status: string | null;
  confidence: number;
  /** Publication time of the claim behind the last change of status. */
  lastChange: string | null;
  firstSeen: string;
  claimCount: number;
}

/** Every agreement fact matching the filters, oldest first; as of a date when asked. */
export async function alliances(
  db: Kysely<Database>,
  filters: QueryFilters = {},
  config?: Pick<Config, 'status'>,
): Promise<AllianceSummary[]> {
  const window = timeWindowOf(filters);
  const facts = await findFacts(db, {
    kind: 'agreement',
    ...(filters.alliance ? { alliance: filters.alliance } : {}),
    ...(filters.parties ? { parties: filters.parties } : {}),
    ...(filters.limit ? { limit: filters.limit } : {}),
  });
  const result: AllianceSummary[] = [];
  for (const fact of facts) {
    const known = await factStatus(db, fact, window, config);
    if (known.status === null) continue;
    if (filters.status && known.status !== filters.status) continue;
    const parties = parseParties(fact.parties);
    result.push({
      factId: fact.id,
      name: allianceDisplayName(fact.alliance, parties),
      parties,
      status: known.status,
      confidence: known.confidence,
      lastChange: known.lastChange,
      firstSeen: fact.first_published_at,
      claimCount: known.claimCount,
    });
  }
  return result;
}
