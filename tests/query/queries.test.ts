import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRow } from '../../db/schema.ts';
import { recordArticleClaims } from '../../src/events/record-article-claims.ts';
import { alerts } from '../../src/query/alerts.ts';
import { alliances } from '../../src/query/alliances.ts';
import { facts } from '../../src/query/facts.ts';
import { QueryError } from '../../src/query/query-error.ts';
import { timeline } from '../../src/query/timeline.ts';
import {
  addArticle,
  claims,
  dialects,
  openTestStore,
  type TestStore,
  testConfig,
} from '../events/fixtures.ts';

// An invented "sovereign cloud" story told by five articles, the confirmation learned last.
describe.each(Object.entries(dialects))('queries on %s', (_name, make) => {
  let store: TestStore;
  let roundup: ArticleRow;
  let release: ArticleRow;
  let beforeRelease: string;

  beforeAll(async () => {
    store = await openTestStore(make);
    const { db, url } = store;
    const config = testConfig(url);
    roundup = await addArticle(db, 'Presse Éco', '2022-01-11T06:30:00.000Z');
    await recordArticleClaims(
      db,
      roundup,
      [
        claims.agreement(['Amazon', 'Atos'], 'rumour', { attribution: 'JDN' }),
        claims.statement('Atos', 'no_comment'),
        claims.statement('Amazon', 'no_comment'),
        claims.shareMove('Atos', 5.57, 'up', '2022-01-10'),
        claims.agreement(['Microsoft', 'Orange', 'Capgemini'], 'confirmed', { alliance: 'Bleu' }),
        claims.launch(['Microsoft', 'Orange', 'Capgemini'], '2024', 'Bleu'),
        claims.agreement(['Google', 'Thales'], 'confirmed', { alliance: 'S3ns' }),
        claims.certification('OVH', 'SecNumCloud'),
      ],
      config,
    );
    await recordArticleClaims(
      db,
      await addArticle(db, 'Boursier', '2022-01-12T17:40:00.000Z'),
      [claims.shareMove('Amazon', 1.2, 'down', '2022-01-12')],
      config,
    );
    await recordArticleClaims(
      db,
      await addArticle(db, 'Boursier', '2022-06-01T17:40:00.000Z'),
      [claims.shareMove('Atos', 2, 'down', '2022-06-01')],
      config,
    );
    await recordArticleClaims(
      db,
      await addArticle(db, 'Cloud Hebdo', '2023-03-02T08:00:00.000Z'),
      [claims.certification('Bleu', 'SecNumCloud')],
      config,
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    beforeRelease = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    release = await addArticle(db, 'Atos', '2022-02-01T09:00:00.000Z');
    await recordArticleClaims(
      db,
      release,
      [
        claims.agreement(['Atos', 'Amazon'], 'confirmed', {
          text: 'Atos et Amazon annoncent un partenariat cloud.',
        }),
      ],
      config,
    );
  });
  afterAll(async () => {
    await store?.close();
  });

  it('tells an alliance history, oldest first, with its parties’ statements and share moves', async () => {
    const [history, ...others] = await timeline(store.db, { alliance: 'Amazon + Atos' });
    expect(others).toEqual([]);
    expect(history?.alliance).toEqual({
      name: 'Amazon + Atos',
      parties: ['Amazon', 'Atos'],
      status: 'confirmed',
    });
    expect(history?.events.map((e) => [e.date, e.kind, e.status, e.stance ?? e.direction ?? ''])).toEqual([
      ['2022-01-11', 'agreement', 'rumour', ''],
      ['2022-01-11', 'statement', 'rumour', 'no_comment'],
      ['2022-01-11', 'statement', 'rumour', 'no_comment'],
      ['2022-01-10', 'share_move', 'confirmed', 'up'],
      ['2022-01-12', 'share_move', 'confirmed', 'down'],
      ['2022-02-01', 'agreement', 'confirmed', ''],
    ]);
    const move = history?.events[3];
    expect(move).toMatchObject({ percent: 5.57, direction: 'up', parties: ['Atos'] });
    expect(history?.events.at(-1)).toEqual({
      date: '2022-02-01',
      kind: 'agreement',
      status: 'confirmed',
      parties: ['Atos', 'Amazon'],
      source: { url: release.url, publisher: 'Atos', publishedAt: '2022-02-01T09:00:00.000Z' },
      evidence: 'Atos et Amazon annoncent un partenariat cloud.',
    });
  });

  it('finds a named alliance by name, with its launch and the label it obtained', async () => {
    const [bleu] = await timeline(store.db, { alliance: 'bleu' });
    expect(bleu?.alliance).toEqual({
      name: 'Bleu',
      parties: ['Microsoft', 'Orange', 'Capgemini'],
      status: 'confirmed',
    });
    expect(bleu?.events.map((e) => `${e.kind}:${e.label ?? ''}`)).toEqual([
      'agreement:',
      'launch:',
      'certification:SecNumCloud',
    ]);
  });

  it('selects alliances by party, kind of event and publication range', async () => {
    expect((await timeline(store.db, { parties: ['Atos'] })).map((t) => t.alliance.name)).toEqual([
      'Amazon + Atos',
    ]);
    expect(
      (await timeline(store.db, { parties: ['Orange', 'Microsoft'] })).map((t) => t.alliance.name),
    ).toEqual(['Bleu']);
    expect(await timeline(store.db, { parties: ['Atos', 'Orange'] })).toEqual([]);
    const moves = await timeline(store.db, { alliance: 'Amazon + Atos', kind: 'share_move' });
    expect(moves[0]?.events.map((e) => e.parties[0])).toEqual(['Atos', 'Amazon']);
    const late = await timeline(store.db, { alliance: 'Amazon + Atos', from: '2022-01-12' });
    expect(late[0]?.events.map((e) => e.kind)).toEqual(['share_move', 'agreement']);
    const confirmed = await timeline(store.db, { status: 'confirmed' });
    expect(confirmed.map((t) => t.alliance.name)).toEqual(['Amazon + Atos', 'Bleu', 'S3ns']);
  });

  it('tells what had been published as of a date (valid time)', async () => {
    const [then] = await timeline(store.db, { alliance: 'Amazon + Atos', asOf: '2022-01-20' });
    expect(then?.alliance.status).toBe('rumour');
    expect(then?.events.map((e) => e.kind)).toEqual([
      'agreement',
      'statement',
      'statement',
      'share_move',
      'share_move',
    ]);
    expect(await timeline(store.db, { alliance: 'Amazon + Atos', asOf: '2022-01-10' })).toEqual([]);
    const listed = await alliances(store.db, { asOf: '2022-01-20' });
    expect(listed.map((a) => [a.name, a.status])).toEqual([
      ['Amazon + Atos', 'rumour'],
      ['Bleu', 'confirmed'],
      ['S3ns', 'confirmed'],
    ]);
    expect(await alerts(store.db, { asOf: '2022-01-31' })).toEqual([]);
  });

  it('tells what vigie knew at an instant (transaction time)', async () => {
    const [known] = await timeline(store.db, { alliance: 'Amazon + Atos', knownAt: beforeRelease });
    expect(known?.alliance.status).toBe('rumour');
    expect(known?.events.some((e) => e.source.url === release.url)).toBe(false);
    expect(await alerts(store.db, { knownAt: beforeRelease })).toEqual([]);
  });

  it('lists alliances with status, confidence and last change', async () => {
    const listed = await alliances(store.db);
    const aws = listed.find((a) => a.name === 'Amazon + Atos');
    expect(aws).toMatchObject({
      parties: ['Amazon', 'Atos'],
      status: 'confirmed',
      lastChange: '2022-02-01T09:00:00.000Z',
      claimCount: 2,
    });
    expect(aws?.confidence).toBeGreaterThan(0.8);
    expect(listed.map((a) => a.name)).toEqual(['Amazon + Atos', 'Bleu', 'S3ns']);
  });

  it('lists facts by kind', async () => {
    const labels = await facts(store.db, { kind: 'certification' });
    expect(labels.map((f) => [f.parties, f.label, f.status])).toEqual([
      [['OVH'], 'SecNumCloud', 'confirmed'],
      [['Bleu'], 'SecNumCloud', 'confirmed'],
    ]);
    expect((await facts(store.db, { parties: ['Atos'] })).map((f) => f.kind).sort()).toEqual([
      'agreement',
      'share_move',
      'share_move',
      'statement',
    ]);
  });

  it('gives alerts in the contract shape', async () => {
    const raised = await alerts(store.db);
    expect(raised).toEqual([
      {
        id: expect.any(Number),
        kind: 'agreement',
        alliance: 'Amazon + Atos',
        parties: ['Amazon', 'Atos'],
        from: 'rumour',
        to: 'confirmed',
        at: '2022-02-01T09:00:00.000Z',
        evidence: {
          url: release.url,
          publisher: 'Atos',
          quote: 'Atos et Amazon annoncent un partenariat cloud.',
        },
      },
    ]);
    expect(await alerts(store.db, { alliance: 'Bleu' })).toEqual([]);
    expect(await alerts(store.db, { parties: ['Amazon'] })).toHaveLength(1);
  });

  it('refuses a malformed date with a message saying what to type', async () => {
    await expect(timeline(store.db, { asOf: '2022-02-30' })).rejects.toThrow(QueryError);
    await expect(timeline(store.db, { asOf: 'yesterday' })).rejects.toThrow(
      '--as-of "yesterday" is not a date',
    );
  });
});
