import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverAlert } from '../../src/alerts/deliver-alert.ts';
import { recordArticleClaims } from '../../src/events/record-article-claims.ts';
import { addArticle, claims, dialects, openTestStore, type TestStore, testConfig } from './fixtures.ts';

/**
 * Two articles confirm one rumour and the later-published one is recorded first: the alert is raised
 * citing it. When the earlier one arrives, the live transition moves to it; the alert follows it only
 * if no deliverer has claimed the alert yet (what was announced is never rewritten).
 */
describe.each(Object.entries(dialects))('an alert when an earlier source arrives, on %s', (_name, make) => {
  let store: TestStore;
  let counter = 0;

  beforeAll(async () => {
    store = await openTestStore(make);
  });
  afterAll(async () => {
    await store?.close();
  });

  async function story(deliverBeforeEarlier: boolean) {
    counter += 1;
    const { db } = store;
    const config = testConfig(store.url, {
      alerts: [{ type: 'file', path: join(mkdtempSync(join(tmpdir(), 'vigie-repoint-')), 'alerts.jsonl') }],
    });
    const parties = [`Balise ${counter}`, `Corail ${counter}`];
    await recordArticleClaims(
      db,
      await addArticle(db, 'JDN', '2025-01-10T07:00:00.000Z'),
      [claims.agreement(parties, 'rumour')],
      config,
    );
    const later = await addArticle(db, 'The Ledger', '2025-01-14T15:10:00.000Z');
    const raised = await recordArticleClaims(db, later, [claims.agreement(parties, 'confirmed')], config);
    expect(raised.alertIds).toHaveLength(1);
    const id = raised.alertIds[0] as number;
    if (deliverBeforeEarlier) await deliverAlert(db, id, config);

    const earlier = await addArticle(db, `Balise ${counter}`, '2025-01-14T07:00:00.000Z');
    const second = await recordArticleClaims(db, earlier, [claims.agreement(parties, 'confirmed')], config);
    expect(await db.selectFrom('alerts').select('id').where('id', '>', id).execute()).toEqual([]);

    const alert = await db.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const live = await db
      .selectFrom('transitions')
      .innerJoin('claims', 'claims.id', 'transitions.claim_id')
      .innerJoin('articles', 'articles.id', 'claims.article_id')
      .select(['transitions.id', 'transitions.from_status', 'transitions.to_status', 'articles.url'])
      .where('transitions.fact_id', '=', alert.fact_id)
      .where('transitions.superseded_at', 'is', null)
      .where('transitions.to_status', '=', 'confirmed')
      .execute();
    // Whatever happened to the alert, the history cites the earliest confirmation.
    expect(live.map((t) => [t.from_status, t.to_status, t.url])).toEqual([
      ['rumour', 'confirmed', earlier.url],
    ]);
    return { id, alert, later, earlier, live: live[0], second };
  }

  it('not sent yet: the alert moves to the earlier source, and is queued again with it', async () => {
    const { id, alert, earlier, live, second } = await story(false);
    expect([alert.evidence_url, alert.publisher, alert.at]).toEqual([
      earlier.url,
      earlier.publisher,
      '2025-01-14T07:00:00.000Z',
    ]);
    expect(alert.transition_id).toBe(live?.id);
    expect(second.alertIds).toEqual([id]);
  });

  it('already sent: the alert stays what was announced', async () => {
    const { alert, later, live } = await story(true);
    expect([alert.evidence_url, alert.publisher, alert.at]).toEqual([
      later.url,
      later.publisher,
      '2025-01-14T15:10:00.000Z',
    ]);
    expect(alert.transition_id).not.toBe(live?.id);
  });
});
