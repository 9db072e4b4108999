import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legalCore, sameCompanyKeys } from '../../src/events/normalise-name.ts';
import { recordArticleClaims } from '../../src/events/record-article-claims.ts';
import { findFacts } from '../../src/query/fact-lookup.ts';
import { addArticle, claims, dialects, openTestStore, type TestStore, testConfig } from './fixtures.ts';

describe('legal forms in comparison names', () => {
  it('strips the legal forms a name closes with, never the whole name', () => {
    expect(legalCore('trevithen photonics ltd')).toBe('trevithen photonics');
    expect(legalCore('castelmar s p a')).toBe('castelmar');
    expect(legalCore('norrvik holding ab')).toBe('norrvik holding');
    expect(legalCore('brugevia therapeutics n v')).toBe('brugevia therapeutics');
    expect(legalCore('harwell foods plc ltd')).toBe('harwell foods');
    // A name that is a legal form alone, or ends with one as an ordinary word, keeps it.
    expect(legalCore('ag')).toBe('ag');
    expect(legalCore('castelsa')).toBe('castelsa');
  });

  it('lists the other spellings of the same company, not its own', () => {
    const keys = sameCompanyKeys('trevithen photonics');
    expect(keys).toContain('trevithen photonics ltd');
    expect(keys).toContain('trevithen photonics s p a');
    expect(keys).not.toContain('trevithen photonics');
    expect(sameCompanyKeys('trevithen photonics ltd')).toContain('trevithen photonics');
  });
});

/**
 * One outlet writes the legal form, the next does not: the rumour and its confirmation are one fact,
 * under the spelling the log met first, and the confirmation raises one alert.
 */
describe.each(Object.entries(dialects))('a company under two spellings, on %s', (_name, make) => {
  let store: TestStore;
  let counter = 0;

  beforeAll(async () => {
    store = await openTestStore(make);
  });
  afterAll(async () => {
    await store?.close();
  });

  /** The parties of the (only) claim stored for an article, as the log keeps them. */
  async function storedParties(articleId: number): Promise<string[]> {
    const row = await store.db
      .selectFrom('claims')
      .select('parties')
      .where('article_id', '=', articleId)
      .executeTakeFirstOrThrow();
    return JSON.parse(row.parties) as string[];
  }

  const buy = (buyer: string, target: string, status: 'rumour' | 'confirmed') => ({
    kind: 'acquisition' as const,
    parties: [buyer, target],
    status,
    evidence: { text: `${buyer} / ${target} (${status}).`, start: 0, end: 20 },
  });

  it('confirms a rumour told with the legal form by an article without it', async () => {
    counter += 1;
    const { db } = store;
    const config = testConfig(store.url);
    const buyer = `Harwell Foods ${counter}`;
    const rumour = await addArticle(db, 'The Ledger', '2026-03-02T08:00:00.000Z');
    await recordArticleClaims(
      db,
      rumour,
      [buy(buyer, `Trevithen ${counter} Photonics Ltd`, 'rumour')],
      config,
    );
    const confirmation = await addArticle(db, 'JDN', '2026-03-04T08:00:00.000Z');
    const raised = await recordArticleClaims(
      db,
      confirmation,
      [buy(buyer, `Trevithen ${counter} Photonics`, 'confirmed')],
      config,
    );
    expect(raised.alertIds).toHaveLength(1);
    const facts = await db
      .selectFrom('facts')
      .select(['parties', 'status'])
      .where('kind', '=', 'acquisition')
      .where('parties', 'like', `%Harwell Foods ${counter}"%`)
      .execute();
    expect(facts).toEqual([
      { parties: JSON.stringify([buyer, `Trevithen ${counter} Photonics Ltd`]), status: 'confirmed' },
    ]);
  });

  it('takes a denial by the company without its legal form as the party denying', async () => {
    counter += 1;
    const { db } = store;
    const config = testConfig(store.url);
    const company = `Ombrevale ${counter} SA`;
    const first = await addArticle(db, 'La Lettre', '2026-03-02T08:00:00.000Z');
    await recordArticleClaims(db, first, [claims.agreement([company, 'Orange'], 'rumour')], config);
    const second = await addArticle(db, 'Le Courrier', '2026-03-03T08:00:00.000Z');
    const recorded = await recordArticleClaims(
      db,
      second,
      [claims.agreement([`Ombrevale ${counter}`, 'Orange'], 'denied')],
      config,
    );
    expect(recorded.alertIds).toHaveLength(1);
    expect(await storedParties(second.id)).toEqual([company, 'Orange']);
  });

  it('leaves a name alone when the log knows two companies that differ only by their legal forms', async () => {
    counter += 1;
    const { db } = store;
    const config = testConfig(store.url);
    // One article names both (a group's German and US companies): neither is known yet, both are kept.
    const a = await addArticle(db, 'The Ledger', '2026-03-02T08:00:00.000Z');
    await recordArticleClaims(
      db,
      a,
      [
        claims.agreement([`Castor ${counter} AG`, 'Siemens'], 'confirmed'),
        claims.agreement([`Castor ${counter} Inc`, 'Oracle'], 'confirmed'),
      ],
      config,
    );
    const c = await addArticle(db, 'JDN', '2026-03-03T08:00:00.000Z');
    await recordArticleClaims(db, c, [claims.agreement([`Castor ${counter}`, 'Atos'], 'rumour')], config);
    expect(await storedParties(c.id)).toEqual([`Castor ${counter}`, 'Atos']);
  });

  it('takes one legal form for another when the log knows only one', async () => {
    counter += 1;
    const { db } = store;
    const config = testConfig(store.url);
    const a = await addArticle(db, 'The Ledger', '2026-03-02T08:00:00.000Z');
    await recordArticleClaims(
      db,
      a,
      [claims.shareMove(`Pellworth ${counter} plc`, 3.1, 'up', '2026-03-02')],
      config,
    );
    const b = await addArticle(db, 'JDN', '2026-03-02T18:00:00.000Z');
    await recordArticleClaims(
      db,
      b,
      [claims.shareMove(`Pellworth ${counter} Ltd`, 3.1, 'up', '2026-03-02')],
      config,
    );
    const facts = await db
      .selectFrom('facts')
      .select(['parties', 'claim_count'])
      .where('kind', '=', 'share_move')
      .where('parties', 'like', `%Pellworth ${counter} %`)
      .execute();
    expect(facts).toEqual([{ parties: JSON.stringify([`Pellworth ${counter} plc`]), claim_count: 2 }]);
  });

  it('finds the facts of a company by its name with or without a legal form', async () => {
    counter += 1;
    const { db } = store;
    const config = testConfig(store.url);
    const a = await addArticle(db, 'The Ledger', '2026-03-05T08:00:00.000Z');
    await recordArticleClaims(
      db,
      a,
      [claims.agreement([`Quillmoor ${counter} Ltd`, 'Capgemini'], 'confirmed')],
      config,
    );
    for (const asked of [`Quillmoor ${counter}`, `Quillmoor ${counter} plc`, `QUILLMOOR ${counter} LTD`]) {
      const found = await findFacts(db, { parties: [asked, 'Capgemini'] });
      expect(found.map((f) => JSON.parse(f.parties))).toEqual([[`Quillmoor ${counter} Ltd`, 'Capgemini']]);
    }
    expect(await findFacts(db, { parties: [`Quillmoor ${counter} Holdings`] })).toEqual([]);
  });
});
