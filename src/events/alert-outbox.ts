import type { Config } from '../config/config-schema.ts';
import { parseParties } from './claim-row.ts';
import type { FactChange } from './recompute-fact.ts';
import { sinkName } from './sink-name.ts';
import { isWatched } from './watch-match.ts';
import { storeDialect, type WriteTx } from './write-transaction.ts';

/**
 * Writes the alerts for the watched transitions of a fact into the outbox, in the caller's transaction:
 * one alert per transition (unique transition_id, so a second writer adds nothing) and one pending
 * delivery row per configured sink. A transition that only restates an earlier one with a new cause
 * (see FactChange) is not alerted again; the alert of the same change, if one was raised and not sent
 * yet, moves to it (see followChange). Returns the ids of the alerts created.
 */
export async function writeAlerts(
  tx: WriteTx,
  change: FactChange,
  config: Config,
  now: string,
): Promise<number[]> {
  if (change.inserted.length === 0) return [];
  const fact = await tx
    .selectFrom('facts')
    .selectAll()
    .where('id', '=', change.factId)
    .executeTakeFirstOrThrow();
  const parties = parseParties(fact.parties);
  const sinks = [...new Set(config.alerts.map(sinkName))];
  const created: number[] = [];
  for (const t of change.inserted) {
    if (t.restates) {
      await followChange(tx, t);
      continue;
    }
    const watched = isWatched(
      { kind: fact.kind, parties, alliance: fact.alliance, from: t.from, to: t.to },
      config.watch,
    );
    if (!watched) continue;
    const cause = await causeOf(tx, t.claimId);
    const alert = await tx
      .insertInto('alerts')
      .values({
        transition_id: t.id,
        fact_id: fact.id,
        kind: fact.kind,
        alliance: fact.alliance,
        parties: fact.parties,
        from_status: t.from,
        to_status: t.to,
        at: t.at,
        evidence_url: cause.url,
        publisher: cause.publisher,
        quote: cause.evidence_text,
        created_at: now,
      })
      .onConflict((oc) => oc.column('transition_id').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!alert) continue;
    created.push(alert.id);
    if (sinks.length > 0) {
      await tx
        .insertInto('alert_deliveries')
        .values(sinks.map((sink) => ({ alert_id: alert.id, sink, status: 'pending' as const, attempts: 0 })))
        .onConflict((oc) => oc.columns(['alert_id', 'sink']).doNothing())
        .execute();
    }
  }
  return created;
}

type Inserted = FactChange['inserted'][number];

/**
 * An alert reports a change of status (rumour -> confirmed), not the claim that first showed it. When
 * history is rewritten so that the same change now has another cause (an earlier article, or the
 * original of a syndicated copy whose claims were retracted), the alert is never raised twice. An alert
 * no deliverer has claimed yet follows the live transition and cites its source, so that it goes out
 * citing the best source known when it is sent. Once a delivery was claimed (sent, in flight, or
 * tried), the alert is the record of what vigie announced and stays as it is; the timeline shows the
 * corrected history. Of several superseded transitions of the same change, the nearest in time is the
 * one restated.
 */
async function followChange(tx: WriteTx, t: Inserted): Promise<void> {
  if (t.sameChange.length === 0) return;
  const candidates = await tx
    .selectFrom('alerts')
    .innerJoin('transitions', 'transitions.id', 'alerts.transition_id')
    .select(['alerts.id', 'transitions.at'])
    .where('alerts.transition_id', 'in', t.sameChange)
    .where('transitions.superseded_at', 'is not', null)
    .orderBy('alerts.id')
    .execute();
  const distance = (at: string) => Math.abs(Date.parse(at) - Date.parse(t.at));
  const alert = candidates.reduce<(typeof candidates)[number] | undefined>(
    (best, c) => (best === undefined || distance(c.at) < distance(best.at) ? c : best),
    undefined,
  );
  if (!alert || (await everClaimed(tx, alert.id))) return;
  const cause = await causeOf(tx, t.claimId);
  await tx
    .updateTable('alerts')
    .set({
      transition_id: t.id,
      at: t.at,
      evidence_url: cause.url,
      publisher: cause.publisher,
      quote: cause.evidence_text,
    })
    .where('id', '=', alert.id)
    .execute();
}

/**
 * Whether a deliverer has claimed a delivery of the alert (a claim bumps attempts). On PostgreSQL the
 * delivery rows are locked until the caller's transaction ends, so a claim racing this re-point waits
 * for it and the deliverer then reads the re-pointed alert; on SQLite the write transaction already
 * holds the database's only write lock.
 */
async function everClaimed(tx: WriteTx, alertId: number): Promise<boolean> {
  let query = tx
    .selectFrom('alert_deliveries')
    .select(['sink', 'attempts', 'status'])
    .where('alert_id', '=', alertId)
    .orderBy('sink');
  if (storeDialect(tx) === 'postgres') query = query.forUpdate();
  const deliveries = await query.execute();
  return deliveries.some((d) => d.attempts > 0 || d.status !== 'pending');
}

async function causeOf(tx: WriteTx, claimId: number) {
  return tx
    .selectFrom('claims')
    .innerJoin('articles', 'articles.id', 'claims.article_id')
    .select(['claims.evidence_text', 'claims.publisher', 'articles.url'])
    .where('claims.id', '=', claimId)
    .executeTakeFirstOrThrow();
}
