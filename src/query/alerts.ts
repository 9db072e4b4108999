import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { type AlertJson, toAlertJson } from '../alerts/alert-json.ts';
import { findFacts } from './fact-lookup.ts';
import { publicationRange, type QueryFilters, timeWindowOf } from './query-filters.ts';

/**
 * Alerts raised, in CONTRACT's `alerts --json` shape, oldest change first. `asOf` keeps alerts about
 * changes published by then; `knownAt` those vigie had raised by then.
 */
export async function alerts(db: Kysely<Database>, filters: QueryFilters = {}): Promise<AlertJson[]> {
  const window = timeWindowOf(filters);
  const range = publicationRange(filters);
  let query = db.selectFrom('alerts').selectAll().orderBy('at').orderBy('id');
  if (filters.alliance || filters.parties) {
    const facts = await findFacts(db, {
      ...(filters.alliance ? { alliance: filters.alliance } : {}),
      ...(filters.parties ? { parties: filters.parties } : {}),
    });
    if (facts.length === 0) return [];
    query = query.where(
      'fact_id',
      'in',
      facts.map((f) => f.id),
    );
  }
  if (filters.kind) query = query.where('kind', '=', filters.kind);
  if (filters.status) query = query.where('to_status', '=', filters.status);
  if (range.from) query = query.where('at', '>=', range.from);
  if (range.to) query = query.where('at', '<=', range.to);
  if (window.asOf) query = query.where('at', '<=', window.asOf);
  if (window.knownAt) query = query.where('created_at', '<=', window.knownAt);
  if (filters.limit) query = query.limit(filters.limit);
  return (await query.execute()).map(toAlertJson);
}
