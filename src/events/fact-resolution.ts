import { sql } from 'kysely';
import type { Claim } from '../extraction/claim.ts';
import { parseParties } from './claim-row.ts';
import { allianceKey, factKey, partySetKey } from './fact-key.ts';
import { canonicalPartySet, normaliseName } from './normalise-name.ts';
import type { StoreDialect, WriteTx } from './write-transaction.ts';

/**
 * The keys a claim may land on, to lock before resolving it: its own key, and for a named alliance
 * the key of the unnamed agreement between the same parties (which it adopts, see resolveFactId).
 */
export function lockKeysOf(claim: Claim, publishedAt: string): string[] {
  const keys = [factKey(claim, publishedAt)];
  if (claim.kind === 'agreement' && claim.alliance) keys.push(partySetKey(claim.parties));
  return keys;
}

/** Serialises writers per fact key on PostgreSQL (SQLite's BEGIN IMMEDIATE already serialises). */
export async function lockFactKeys(
  tx: WriteTx,
  dialect: StoreDialect,
  keys: readonly string[],
): Promise<void> {
  if (dialect !== 'postgres') return;
  // Sorted, so that two writers always take their locks in the same order and cannot deadlock.
  for (const key of [...new Set(keys)].sort()) {
    await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(tx);
  }
}

/**
 * The fact a claim belongs to, created when new. Named alliances tie to their parties:
 * - a claim naming an alliance lands on that alliance's fact whoever it lists (alliance name wins);
 *   when no such fact exists yet but an unnamed agreement between exactly its parties does, that fact
 *   takes the name (its id, claims and transitions stay);
 * - an unnamed agreement claim whose party set is exactly that of one named alliance lands on it.
 */
export async function resolveFactId(tx: WriteTx, claim: Claim, publishedAt: string): Promise<number> {
  const key = factKey(claim, publishedAt);
  const found = await tx.selectFrom('facts').select('id').where('fact_key', '=', key).executeTakeFirst();
  if (found) return found.id;

  if (claim.kind === 'agreement' && claim.alliance) {
    const unnamed = await tx
      .selectFrom('facts')
      .select('id')
      .where('fact_key', '=', partySetKey(claim.parties))
      .where('alliance', 'is', null)
      .executeTakeFirst();
    if (unnamed) {
      await tx
        .updateTable('facts')
        .set({ fact_key: allianceKey(claim.alliance), alliance: claim.alliance })
        .where('id', '=', unnamed.id)
        .execute();
      return unnamed.id;
    }
  }
  if (claim.kind === 'agreement' && !claim.alliance) {
    const named = await namedAllianceWithParties(tx, claim.parties);
    if (named !== undefined) return named;
  }

  await tx
    .insertInto('facts')
    .values({
      fact_key: key,
      kind: claim.kind,
      parties: JSON.stringify(claim.parties),
      alliance: claim.kind === 'agreement' || claim.kind === 'launch' ? (claim.alliance ?? null) : null,
      label: claim.kind === 'certification' ? claim.label : null,
      status: claim.status,
      confidence: 0,
      first_published_at: publishedAt,
      last_changed_at: null,
      claim_count: 0,
    })
    .onConflict((oc) => oc.column('fact_key').doNothing())
    .execute();
  const created = await tx
    .selectFrom('facts')
    .select('id')
    .where('fact_key', '=', key)
    .executeTakeFirstOrThrow();
  return created.id;
}

async function namedAllianceWithParties(
  tx: WriteTx,
  parties: readonly string[],
): Promise<number | undefined> {
  const wanted = canonicalPartySet(parties);
  const first = wanted[0];
  if (wanted.length < 2 || first === undefined) return undefined;
  const candidates = await tx
    .selectFrom('fact_parties')
    .innerJoin('facts', 'facts.id', 'fact_parties.fact_id')
    .select(['facts.id', 'facts.parties'])
    .where('fact_parties.name', '=', first)
    .where('fact_parties.kind', '=', 'agreement')
    .where('facts.alliance', 'is not', null)
    .execute();
  const same = candidates.filter(
    (c) => canonicalPartySet(parseParties(c.parties)).join(',') === wanted.join(','),
  );
  return same.length === 1 ? same[0]?.id : undefined;
}

/** The names a fact answers to in lookups: its parties and its alliance name. */
export function lookupNames(parties: readonly string[], alliance: string | null): string[] {
  const names = canonicalPartySet(parties);
  if (alliance) names.push(normaliseName(alliance));
  return [...new Set(names)].filter((n) => n.length > 0);
}
