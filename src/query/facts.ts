import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Config } from '../config/config-schema.ts';
import { parseParties } from '../events/claim-row.ts';
import { findFacts } from './fact-lookup.ts';
import { factStatus } from './fact-status.ts';
import { type QueryFilters, timeWindowOf } from './query-filters.ts';

export interface FactSummary {
  id: number;
  kind: string;
  parties: string[];
  alliance: string | null;
  label: string | null;
  status: string | null;
  confidence: number;
  claimCount: number;
  firstPublishedAt: string;
  lastChangedAt: string | null;
}

/** Facts of any kind matching the filters, oldest first; as of a date when asked. */
export async function facts(
  db: Kysely<Database>,
  filters: QueryFilters = {},
  config?: Pick<Config, 'status'>,
): Promise<FactSummary[]> {
  const window = timeWindowOf(filters);
  const rows = await findFacts(db, {
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.alliance ? { alliance: filters.alliance } : {}),
    ...(filters.parties ? { parties: filters.parties } : {}),
    ...(filters.limit ? { limit: filters.limit } : {}),
  });
  const result: FactSummary[] = [];
  for (const fact of rows) {
    const known = await factStatus(db, fact, window, config);
    if (known.status === null) continue;
    if (filters.status && known.status !== filters.status) continue;
    result.push({
      id: fact.id,
      kind: fact.kind,
      parties: parseParties(fact.parties),
      alliance: fact.alliance,
      label: fact.label,
      status: known.status,
      confidence: known.confidence,
      claimCount: known.claimCount,
      firstPublishedAt: fact.first_published_at,
      lastChangedAt: known.lastChange,
    });
  }
  return result;
}
