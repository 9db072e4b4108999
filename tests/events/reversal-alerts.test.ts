import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordArticleClaims } from '../../src/events/record-article-claims.ts';
import { addArticle, claims, dialects, openTestStore, type TestStore, testConfig } from './fixtures.ts';

// CONTRACT: an alert per transition rumour -> confirmed, rumour -> denied, and confirmed <-> denied.
for (const [name, make] of Object.entries(dialects)) {
  describe(`reversal alerts with the default watch (${name})`, () => {
    let store: TestStore;

    beforeAll(async () => {
      store = await openTestStore(make);
    });
    afterAll(async () => {
      await store?.close();
    });

    async function story(parties: string[], watch?: unknown) {
      const { db } = store;
      const config = testConfig(store.url, watch ? { watch } : {});
      const steps: Array<[string, string, Parameters<typeof recordArticleClaims>[2]]> = [
        ['La Vigie Éco', '2023-02-01T08:00:00.000Z', [claims.agreement(parties, 'rumour')]],
        [parties[0] ?? '', '2023-02-05T08:00:00.000Z', [claims.agreement(parties, 'confirmed')]],
        [parties[1] ?? '', '2023-03-10T08:00:00.000Z', [claims.agreement(parties, 'denied')]],
        [parties[0] ?? '', '2023-04-12T08:00:00.000Z', [claims.agreement(parties, 'confirmed')]],
      ];
      for (const [publisher, at, said] of steps) {
        await recordArticleClaims(db, await addArticle(db, publisher, at), said, config);
      }
      const fact = await db
        .selectFrom('facts')
        .select('id')
        .where('kind', '=', 'agreement')
        .where('parties', 'like', `%${parties[0]}%`)
        .executeTakeFirstOrThrow();
      const rows = await db
        .selectFrom('alerts')
        .select(['from_status', 'to_status'])
        .where('fact_id', '=', fact.id)
        .orderBy('at')
        .execute();
      return rows.map((r) => `${r.from_status}->${r.to_status}`);
    }

    it('alerts on the confirmation, the denial that reverses it, and the confirmation that reverses that', async () => {
      expect(await story(['Orvane Systèmes', 'Kestrel Data'])).toEqual([
        'rumour->confirmed',
        'confirmed->denied',
        'denied->confirmed',
      ]);
    });

    it('a watch rule limited to the rumour transitions stays quiet on reversals', async () => {
      const watch = [{ transitions: ['rumour->confirmed', 'rumour->denied'] }];
      expect(await story(['Pelican Réseaux', 'Tramonte Cloud'], watch)).toEqual(['rumour->confirmed']);
    });
  });
}
