import type { Claim } from '../extraction/claim.ts';
import { parseParties } from './claim-row.ts';
import { normaliseName, sameCompanyKeys } from './normalise-name.ts';
import type { WriteTx } from './write-transaction.ts';

/**
 * The spelling the log already knows this party by, when it knows it under another legal form only
 * (and under exactly one); else the name as given.
 */
async function knownSpelling(tx: WriteTx, name: string): Promise<string> {
  const key = normaliseName(name);
  if (key === '') return name;
  const known = await tx
    .selectFrom('fact_parties')
    .select('name')
    .distinct()
    .where('name', 'in', [key, ...sameCompanyKeys(key)])
    .execute();
  if (known.some((row) => row.name === key)) return name;
  const only = known.length === 1 ? known[0]?.name : undefined;
  if (only === undefined) return name;
  const fact = await tx
    .selectFrom('fact_parties')
    .innerJoin('facts', 'facts.id', 'fact_parties.fact_id')
    .select('facts.parties')
    .where('fact_parties.name', '=', only)
    .orderBy('facts.id')
    .executeTakeFirst();
  // An alliance's name is looked up too; only a party's spelling is taken over.
  return parseParties(fact?.parties ?? '[]').find((p) => normaliseName(p) === only) ?? name;
}

/** The claims with every party under the spelling the log already knows it by (see knownSpelling). */
export async function withKnownSpellings(tx: WriteTx, claims: readonly Claim[]): Promise<Claim[]> {
  const spelled = new Map<string, string>();
  const out: Claim[] = [];
  for (const claim of claims) {
    const parties: string[] = [];
    for (const party of claim.parties) {
      let known = spelled.get(party);
      if (known === undefined) {
        known = await knownSpelling(tx, party);
        spelled.set(party, known);
      }
      parties.push(known);
    }
    const changed = parties.some((p, i) => p !== claim.parties[i]);
    out.push(changed ? { ...claim, parties: [...new Set(parties)] } : claim);
  }
  return out;
}
