import type { Config } from '../config/config-schema.ts';
import type { DerivedTransition } from './claim-for-status.ts';
import { parseParties } from './claim-row.ts';
import { claimsForStatus } from './claims-for-status.ts';
import { deriveStatus } from './derive-status.ts';
import { lookupNames } from './fact-resolution.ts';
import { unionDisplayNames } from './normalise-name.ts';
import { statusRulesFrom } from './status-rules.ts';
import type { WriteTx } from './write-transaction.ts';

export interface FactChange {
  factId: number;
  /**
   * Transitions inserted by this recomputation (reinstated ones are not new). `restates` is set when the
   * same change (same from and to) was already recorded with another cause that no longer holds: an
   * earlier article confirming what a later one had confirmed first. It is the same news, not a new one.
   * So is a change to the status the same claim already moved the fact to (a late denial slipped in
   * before a confirmation already alerted: denied -> confirmed restates rumour -> confirmed).
   * `sameChange` lists the superseded transitions with the same from and to, whose alert (if any)
   * now belongs to this one (see writeAlerts).
   */
  inserted: Array<DerivedTransition & { id: number; restates: boolean; sameChange: number[] }>;
}

export function transitionKey(factId: number, t: Pick<DerivedTransition, 'from' | 'to' | 'claimId'>): string {
  return `${factId}|${t.from ?? 'null'}|${t.to}|${t.claimId}`;
}

/**
 * Recomputes a fact from all its claims and brings the stored row, its lookup names and its
 * transitions in line: transitions that no longer hold are superseded (kept, dated), those that hold
 * again are reinstated, new ones are inserted. Returns the inserted ones (the alert candidates).
 */
export async function recomputeFact(
  tx: WriteTx,
  factId: number,
  config: Config,
  now: string,
): Promise<FactChange> {
  const fact = await tx.selectFrom('facts').selectAll().where('id', '=', factId).executeTakeFirstOrThrow();
  const claims = await claimsForStatus(tx, factId, fact.kind);
  const members = claims.filter((c) => c.role === 'member');
  const derived = deriveStatus(claims, statusRulesFrom(config));
  const parties = unionDisplayNames(parseParties(fact.parties), ...members.map((m) => m.parties));
  // ISO-8601 UTC strings sort as time does.
  const firstPublished = [fact.first_published_at, ...members.map((m) => m.publishedAt)].sort()[0] as string;

  await tx
    .updateTable('facts')
    .set({
      status: derived.status ?? fact.status,
      confidence: derived.confidence,
      parties: JSON.stringify(parties),
      first_published_at: firstPublished,
      last_changed_at: derived.transitions.at(-1)?.at ?? null,
      claim_count: members.length,
    })
    .where('id', '=', factId)
    .execute();

  await tx.deleteFrom('fact_parties').where('fact_id', '=', factId).execute();
  const names = lookupNames(parties, fact.alliance);
  if (names.length > 0) {
    await tx
      .insertInto('fact_parties')
      .values(
        names.map((name) => ({ name, kind: fact.kind, fact_id: factId, first_published_at: firstPublished })),
      )
      .execute();
  }

  const stored = await tx
    .selectFrom('transitions')
    .select(['id', 'transition_key', 'superseded_at', 'from_status', 'to_status', 'claim_id'])
    .where('fact_id', '=', factId)
    .execute();
  const wanted = new Map(derived.transitions.map((t) => [transitionKey(factId, t), t]));
  for (const row of stored) {
    const holds = wanted.has(row.transition_key);
    if (!holds && row.superseded_at === null) {
      await tx.updateTable('transitions').set({ superseded_at: now }).where('id', '=', row.id).execute();
    } else if (holds && row.superseded_at !== null) {
      await tx.updateTable('transitions').set({ superseded_at: null }).where('id', '=', row.id).execute();
    }
  }
  const known = new Set(stored.map((row) => row.transition_key));
  const goneRows = stored.filter((row) => !wanted.has(row.transition_key));
  const gone = new Set(goneRows.map((row) => `${row.from_status}->${row.to_status}`));
  const goneCauses = new Set(goneRows.map((row) => `${row.claim_id}=>${row.to_status}`));
  const inserted: FactChange['inserted'] = [];
  for (const [key, t] of wanted) {
    if (known.has(key)) continue;
    const row = await tx
      .insertInto('transitions')
      .values({
        fact_id: factId,
        transition_key: key,
        from_status: t.from,
        to_status: t.to,
        claim_id: t.claimId,
        at: t.at,
        recorded_at: now,
        superseded_at: null,
      })
      .onConflict((oc) => oc.column('transition_key').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (row) {
      const restates = gone.has(`${t.from}->${t.to}`) || goneCauses.has(`${t.claimId}=>${t.to}`);
      const sameChange = goneRows
        .filter((g) => g.from_status === t.from && g.to_status === t.to)
        .map((g) => g.id);
      inserted.push({ ...t, id: row.id, restates, sameChange });
    }
  }
  return { factId, inserted };
}
