import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordArticleClaims } from '../../src/events/record-article-claims.ts';
import { addArticle, claims, dialects, openTestStore, type TestStore, testConfig } from './fixtures.ts';

describe.each(Object.entries(dialects))('recordArticleClaims on %s', (_name, make) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore(make);
  });
  afterAll(async () => {
    await store?.close();
  });
  const config = () =>
    testConfig(store.url, {
      alerts: [{ type: 'stdout' }, { type: 'webhook', url: 'http://127.0.0.1:9/hook' }],
    });
  const count = async (table: 'claims' | 'facts' | 'transitions' | 'alerts' | 'alert_deliveries') =>
    Number(
      (
        await store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('stores a rumour, then alerts once when a party confirms it, with one pending delivery per sink', async () => {
    const { db } = store;
    const rumourArticle = await addArticle(db, 'JDN', '2022-03-14T07:00:00.000Z');
    const first = await recordArticleClaims(
      db,
      rumourArticle,
      [
        claims.agreement(['Sentinelle Cloud', 'Atelier Numérique'], 'rumour', {
          attribution: 'des sources proches',
        }),
        claims.statement('Atelier Numérique', 'no_comment'),
        claims.statement('Sentinelle Cloud', 'no_comment'),
      ],
      config(),
    );
    expect(first.claimIds).toHaveLength(3);
    expect(first.alertIds).toEqual([]);
    const fact = await db
      .selectFrom('facts')
      .selectAll()
      .where('fact_key', '=', 'agreement|atelier numerique,sentinelle cloud')
      .executeTakeFirstOrThrow();
    expect(fact.status).toBe('rumour');

    const release = await addArticle(db, 'Sentinelle Cloud', '2022-03-20T09:00:00.000Z');
    const second = await recordArticleClaims(
      db,
      release,
      [
        claims.agreement(['Sentinelle Cloud', 'Atelier Numérique'], 'confirmed', {
          text: 'Sentinelle Cloud et Atelier Numérique annoncent leur partenariat.',
        }),
      ],
      config(),
    );
    expect(second.alertIds).toHaveLength(1);
    const alert = await db
      .selectFrom('alerts')
      .selectAll()
      .where('id', '=', second.alertIds[0] as number)
      .executeTakeFirstOrThrow();
    expect([alert.from_status, alert.to_status, alert.kind, alert.evidence_url, alert.publisher]).toEqual([
      'rumour',
      'confirmed',
      'agreement',
      release.url,
      'Sentinelle Cloud',
    ]);
    expect(alert.quote).toBe('Sentinelle Cloud et Atelier Numérique annoncent leur partenariat.');
    const deliveries = await db
      .selectFrom('alert_deliveries')
      .selectAll()
      .where('alert_id', '=', alert.id)
      .execute();
    expect(deliveries.map((d) => [d.sink, d.status]).sort()).toEqual([
      ['stdout', 'pending'],
      ['webhook:http://127.0.0.1:9/hook', 'pending'],
    ]);
    const after = await db
      .selectFrom('facts')
      .selectAll()
      .where('id', '=', fact.id)
      .executeTakeFirstOrThrow();
    expect(after.status).toBe('confirmed');
    expect(after.claim_count).toBe(2);
    expect(after.confidence).toBeGreaterThan(0.5);
  });

  it('adds nothing when the same article is recorded twice', async () => {
    const { db } = store;
    const article = await addArticle(db, 'Les Echos', '2022-04-02T07:00:00.000Z');
    const payload = [
      claims.agreement(['Nuage Bleu SA', 'Forge Data'], 'rumour'),
      claims.statement('Forge Data', 'deny'),
    ];
    const first = await recordArticleClaims(db, article, payload, config());
    const before = await Promise.all(
      ['claims', 'facts', 'transitions', 'alerts', 'alert_deliveries'].map((t) => count(t as 'claims')),
    );
    const again = await recordArticleClaims(db, article, payload, config());
    const after = await Promise.all(
      ['claims', 'facts', 'transitions', 'alerts', 'alert_deliveries'].map((t) => count(t as 'claims')),
    );
    expect(after).toEqual(before);
    expect(again.claimIds).toEqual(first.claimIds);
  });

  it('adds nothing for a syndicated copy', async () => {
    const { db } = store;
    const original = await addArticle(db, 'Agence Eco', '2022-04-03T07:00:00.000Z');
    const copy = await addArticle(db, 'Eco Matin', '2022-04-03T08:00:00.000Z', { duplicate_of: original.id });
    const before = await count('claims');
    const result = await recordArticleClaims(
      db,
      copy,
      [claims.agreement(['Alpha Conseil', 'Beta Réseaux'], 'rumour')],
      config(),
    );
    expect(result).toEqual({ claimIds: [], alertIds: [] });
    expect(await count('claims')).toBe(before);
  });

  it('raises one alert per transition: a second confirmation adds a claim, not an alert', async () => {
    const { db } = store;
    const parties = ['Gamma Systèmes', 'Delta Énergie'];
    await recordArticleClaims(
      db,
      await addArticle(db, 'Usine Digitale', '2022-05-01T07:00:00.000Z'),
      [claims.agreement(parties, 'rumour')],
      config(),
    );
    const a = await recordArticleClaims(
      db,
      await addArticle(db, 'Delta Énergie', '2022-05-03T07:00:00.000Z'),
      [claims.agreement(parties, 'confirmed')],
      config(),
    );
    const b = await recordArticleClaims(
      db,
      await addArticle(db, 'Gamma Systèmes', '2022-05-04T07:00:00.000Z'),
      [claims.agreement(parties, 'confirmed')],
      config(),
    );
    expect(a.alertIds).toHaveLength(1);
    expect(b.alertIds).toEqual([]);
    const fact = await db
      .selectFrom('facts')
      .select('id')
      .where('fact_key', '=', 'agreement|delta energie,gamma systemes')
      .executeTakeFirstOrThrow();
    const alerts = await db.selectFrom('alerts').select('id').where('fact_id', '=', fact.id).execute();
    expect(alerts).toHaveLength(1);
  });

  it('places a late article at its publication time and supersedes what no longer holds', async () => {
    const { db } = store;
    const parties = ['Epsilon Télécom', 'Zeta Logiciels'];
    await recordArticleClaims(
      db,
      await addArticle(db, 'BFM', '2022-06-10T07:00:00.000Z'),
      [claims.agreement(parties, 'rumour')],
      config(),
    );
    const confirmed = await recordArticleClaims(
      db,
      await addArticle(db, 'Zeta Logiciels', '2022-06-20T07:00:00.000Z'),
      [claims.agreement(parties, 'confirmed')],
      config(),
    );
    const late = await recordArticleClaims(
      db,
      await addArticle(db, 'Reuters', '2022-06-15T07:00:00.000Z', { fetched_at: '2022-06-25T07:00:00.000Z' }),
      [claims.agreement(parties, 'rumour'), claims.statement('Epsilon Télécom', 'deny')],
      config(),
    );
    const fact = await db
      .selectFrom('facts')
      .selectAll()
      .where('fact_key', '=', 'agreement|epsilon telecom,zeta logiciels')
      .executeTakeFirstOrThrow();
    const transitions = await db
      .selectFrom('transitions')
      .selectAll()
      .where('fact_id', '=', fact.id)
      .orderBy('at')
      .orderBy('id')
      .execute();
    const live = transitions
      .filter((t) => t.superseded_at === null)
      .map((t) => `${t.from_status}->${t.to_status}`);
    const gone = transitions
      .filter((t) => t.superseded_at !== null)
      .map((t) => `${t.from_status}->${t.to_status}`);
    expect(live).toEqual(['null->rumour', 'rumour->denied', 'denied->confirmed']);
    expect(gone).toEqual(['rumour->confirmed']);
    expect(fact.status).toBe('confirmed');
    // The late denial is a watched transition (rumour -> denied); denied -> confirmed restates the
    // confirmation already alerted (same claim, same new status): no second alert.
    expect(late.alertIds).toHaveLength(1);
    const alerts = await db
      .selectFrom('alerts')
      .selectAll()
      .where('fact_id', '=', fact.id)
      .orderBy('id')
      .execute();
    expect(alerts.map((a) => `${a.from_status}->${a.to_status}`)).toEqual([
      'rumour->confirmed',
      'rumour->denied',
    ]);
    expect(confirmed.alertIds).toEqual([alerts[0]?.id]);
  });

  it('ties a named alliance to its parties, whichever claim comes first', async () => {
    const { db } = store;
    const trio = ['Microsoft', 'Orange', 'Capgemini'];
    await recordArticleClaims(
      db,
      await addArticle(db, 'Le Monde', '2021-05-27T07:00:00.000Z'),
      [claims.agreement(trio, 'confirmed', { alliance: 'Bleu' })],
      config(),
    );
    await recordArticleClaims(
      db,
      await addArticle(db, 'Le Figaro', '2021-05-28T07:00:00.000Z'),
      [claims.agreement(['Orange', 'Capgemini'], 'confirmed', { alliance: 'Bleu' })],
      config(),
    );
    await recordArticleClaims(
      db,
      await addArticle(db, 'ZDNet', '2021-05-29T07:00:00.000Z'),
      [claims.agreement(['Capgemini', 'Orange', 'Microsoft'], 'confirmed')],
      config(),
    );
    const bleu = await db
      .selectFrom('facts')
      .selectAll()
      .where('fact_key', '=', 'agreement|alliance:bleu')
      .executeTakeFirstOrThrow();
    expect(bleu.claim_count).toBe(3);
    expect(JSON.parse(bleu.parties)).toEqual(trio);

    // The other way round: an unnamed agreement first, then its name.
    await recordArticleClaims(
      db,
      await addArticle(db, 'Les Echos', '2021-10-07T07:00:00.000Z'),
      [claims.agreement(['Google', 'Thales'], 'rumour')],
      config(),
    );
    await recordArticleClaims(
      db,
      await addArticle(db, 'Thales', '2021-10-08T07:00:00.000Z'),
      [claims.agreement(['Google', 'Thalès'], 'confirmed', { alliance: 'S3ns' })],
      config(),
    );
    const s3ns = await db
      .selectFrom('facts')
      .selectAll()
      .where('fact_key', '=', 'agreement|alliance:s3ns')
      .executeTakeFirstOrThrow();
    expect([s3ns.alliance, s3ns.claim_count, s3ns.status]).toEqual(['S3ns', 2, 'confirmed']);
    const unnamed = await db
      .selectFrom('facts')
      .select('id')
      .where('fact_key', '=', 'agreement|google,thales')
      .execute();
    expect(unnamed).toEqual([]);
  });

  it('refuses a malformed claim with a message naming the article and the claim', async () => {
    const { db } = store;
    const article = await addArticle(db, 'Boursier', '2022-07-01T07:00:00.000Z');
    const broken = {
      kind: 'share_move',
      parties: ['Atos'],
      status: 'confirmed',
      evidence: { text: 'x', start: 0, end: 1 },
    };
    await expect(recordArticleClaims(db, article, [broken as never], config())).rejects.toThrow(
      `claim 0 of article ${article.id} cannot be recorded: a share move needs a percent and a direction`,
    );
  });
});
