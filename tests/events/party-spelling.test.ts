import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legalCore, sameCompanyKeys } from '../../src/events/normalise-name.ts';
import { recordArticleClaims } from '../../src/events/record-article-claims.ts';
import type { Claim } from '../../src/extraction/claim.ts';
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
  let n = 0;

  beforeAll(async () => {
    store = await openTestStore(make);
  });
  afterAll(async () => {
    await store?.close();
  });

  /** Records one article's claims; returns its row and what recording raised. */
  async function record(publisher: string, publishedAt: string, list: Claim[]) {
    const article = await addArticle(store.db, publisher, publishedAt);
    const recorded = await recordArticleClaims(store.db, article, list, testConfig(store.url));
    return { article, recorded };
  }

  /** The parties of the (only) claim stored for an article, as the log keeps them. */
  async function storedParties(articleId: number): Promise<string[]> {
    const row = await store.db
      .selectFrom('claims')
      .select('parties')
      .where('article_id', '=', articleId)
      .executeTakeFirstOrThrow();
    return JSON.parse(row.parties) as string[];
  }

  /** The facts of one kind whose parties JSON holds `fragment`. */
  function factsHolding(kind: Claim['kind'], fragment: string) {
    return store.db
      .selectFrom('facts')
      .select(['parties', 'status', 'claim_count'])
      .where('kind', '=', kind)
      .where('parties', 'like', `%${fragment}%`)
      .execute();
  }

  const buy = (buyer: string, target: string, status: 'rumour' | 'confirmed'): Claim => ({
    kind: 'acquisition',
    parties: [buyer, target],
    status,
    evidence: { text: `${buyer} / ${target} (${status}).`, start: 0, end: 20 },
  });

  it('confirms a rumour told with the legal form by an article without it', async () => {
    n += 1;
    const buyer = `Harwell Foods ${n}`;
    await record('The Ledger', '2026-03-02T08:00:00.000Z', [
      buy(buyer, `Trevithen ${n} Photonics Ltd`, 'rumour'),
    ]);
    const { recorded } = await record('JDN', '2026-03-04T08:00:00.000Z', [
      buy(buyer, `Trevithen ${n} Photonics`, 'confirmed'),
    ]);
    expect(recorded.alertIds).toHaveLength(1);
    expect(await factsHolding('acquisition', `${buyer}"`)).toEqual([
      {
        parties: JSON.stringify([buyer, `Trevithen ${n} Photonics Ltd`]),
        status: 'confirmed',
        claim_count: 2,
      },
    ]);
  });

  it('takes a denial by the company without its legal form as the party denying', async () => {
    n += 1;
    const company = `Ombrevale ${n} SA`;
    await record('La Lettre', '2026-03-02T08:00:00.000Z', [claims.agreement([company, 'Orange'], 'rumour')]);
    const { article, recorded } = await record('Le Courrier', '2026-03-03T08:00:00.000Z', [
      claims.agreement([`Ombrevale ${n}`, 'Orange'], 'denied'),
    ]);
    expect(recorded.alertIds).toHaveLength(1);
    expect(await storedParties(article.id)).toEqual([company, 'Orange']);
  });

  it('leaves a name alone when the log knows two companies that differ only by their legal forms', async () => {
    n += 1;
    // One article names both (a group's German and US companies): neither is known yet, both are kept.
    await record('The Ledger', '2026-03-02T08:00:00.000Z', [
      claims.agreement([`Castor ${n} AG`, 'Siemens'], 'confirmed'),
      claims.agreement([`Castor ${n} Inc`, 'Oracle'], 'confirmed'),
    ]);
    const { article } = await record('JDN', '2026-03-03T08:00:00.000Z', [
      claims.agreement([`Castor ${n}`, 'Atos'], 'rumour'),
    ]);
    expect(await storedParties(article.id)).toEqual([`Castor ${n}`, 'Atos']);
  });

  it('takes one legal form for another when the log knows only one', async () => {
    n += 1;
    const move = (name: string) => claims.shareMove(name, 3.1, 'up', '2026-03-02');
    await record('The Ledger', '2026-03-02T08:00:00.000Z', [move(`Pellworth ${n} plc`)]);
    await record('JDN', '2026-03-02T18:00:00.000Z', [move(`Pellworth ${n} Ltd`)]);
    expect(await factsHolding('share_move', `Pellworth ${n} `)).toEqual([
      { parties: JSON.stringify([`Pellworth ${n} plc`]), status: 'confirmed', claim_count: 2 },
    ]);
  });

  it('finds the facts of a company by its name with or without a legal form', async () => {
    n += 1;
    await record('The Ledger', '2026-03-05T08:00:00.000Z', [
      claims.agreement([`Quillmoor ${n} Ltd`, 'Capgemini'], 'confirmed'),
    ]);
    for (const asked of [`Quillmoor ${n}`, `Quillmoor ${n} plc`, `QUILLMOOR ${n} LTD`]) {
      const found = await findFacts(store.db, { parties: [asked, 'Capgemini'] });
      expect(found.map((f) => JSON.parse(f.parties))).toEqual([[`Quillmoor ${n} Ltd`, 'Capgemini']]);
    }
    expect(await findFacts(store.db, { parties: [`Quillmoor ${n} Holdings`] })).toEqual([]);
  });
});
