import type { Kysely } from 'kysely';
import type { Database, FactRow } from '../../db/schema.ts';
import { allianceKey, partySetKey } from '../events/fact-key.ts';
import { legalCore, normaliseName, sameCompanyKeys } from '../events/normalise-name.ts';

export interface FactSelection {
  kind?: string;
  alliance?: string;
  parties?: string[];
  limit?: number;
}

/**
 * Facts answering a selection, through indexes only: an alliance by its key (its name, or "A + B" for
 * an unnamed one), parties through fact_parties (every party must be in the fact), else by kind.
 */
export async function findFacts(db: Kysely<Database>, selection: FactSelection): Promise<FactRow[]> {
  if (selection.alliance) {
    const keys = [allianceKey(selection.alliance)];
    const named = selection.alliance
      .split('+')
      .map((p) => p.trim())
      .filter(Boolean);
    if (named.length >= 2) keys.push(partySetKey(named));
    const rows = await db.selectFrom('facts').selectAll().where('fact_key', 'in', keys).execute();
    return rows
      .filter((row) => !selection.kind || row.kind === selection.kind)
      .filter(hasParties(selection.parties));
  }
  if (selection.parties && selection.parties.length > 0) {
    const names = [...new Set(selection.parties.map(normaliseName))];
    let ids: Set<number> | undefined;
    for (const name of names) {
      // "Trevithen Photonics" finds the facts stored as "Trevithen Photonics Ltd", and the reverse.
      let query = db
        .selectFrom('fact_parties')
        .select('fact_id')
        .where('name', 'in', [name, ...sameCompanyKeys(name)]);
      if (selection.kind) query = query.where('kind', '=', selection.kind);
      const found = new Set((await query.execute()).map((r) => r.fact_id));
      ids = ids ? new Set([...ids].filter((id) => found.has(id))) : found;
      if (ids.size === 0) return [];
    }
    return inChunks([...(ids ?? [])], (chunk) =>
      db.selectFrom('facts').selectAll().where('id', 'in', chunk).execute(),
    ).then((rows) => sortFacts(rows).slice(0, selection.limit ?? rows.length));
  }
  let query = db.selectFrom('facts').selectAll().orderBy('first_published_at').orderBy('id');
  if (selection.kind) query = query.where('kind', '=', selection.kind);
  if (selection.limit) query = query.limit(selection.limit);
  return query.execute();
}

function hasParties(parties: string[] | undefined) {
  const core = (name: string) => legalCore(normaliseName(name));
  const wanted = (parties ?? []).map(core);
  return (row: FactRow) => {
    const have = new Set((JSON.parse(row.parties) as string[]).map(core));
    return wanted.every((p) => have.has(p));
  };
}

function sortFacts(rows: FactRow[]): FactRow[] {
  return rows.sort((a, b) =>
    a.first_published_at < b.first_published_at
      ? -1
      : a.first_published_at > b.first_published_at
        ? 1
        : a.id - b.id,
  );
}

export async function inChunks<T, R>(
  items: readonly T[],
  run: (chunk: T[]) => Promise<R[]>,
  size = 500,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await run(items.slice(i, i + size))));
  return out;
}
