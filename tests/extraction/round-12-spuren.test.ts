import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Round 12, spurious English claims: a denial's speaker is not the company the denial is about. Every
 * sentence is invented for this file, with other companies than the corpora's.
 */
const PUB = '2029-03-14'; // a Wednesday

const stanceOf = (claims: Claim[], party: string) =>
  claims
    .filter((c) => c.kind === 'statement' && c.parties.includes(party))
    .map((c) => (c.kind === 'statement' ? c.stance : ''));

describe('a name a preposition or a buying verb governs, past a description, does not deny', () => {
  it('"to sell its unit to Dutch dairy group X, saying the business was not for sale": only the seller denies', () => {
    const claims = claimsOf(
      'Halvorsen Foods on Tuesday denied a newspaper report that it was preparing to sell its frozen-desserts unit Glacea to Dutch dairy group Frieslandia, saying the business was not for sale.',
      'en',
      PUB,
    );
    expect(stanceOf(claims, 'Halvorsen Foods')).toEqual(['deny']);
    expect(stanceOf(claims, 'Frieslandia')).toEqual([]);
  });

  it('a target named after "acquire" in a quote the engine cannot see as one is spoken of', () => {
    const claims = claimsOf(
      '‘We are not in discussions to acquire Morvane Logistics and we have no intention of making an offer,’ a spokeswoman for Kestler Group said on Monday.',
      'en',
      PUB,
    );
    expect(stanceOf(claims, 'Morvane Logistics')).toEqual([]);
  });

  it('"a separate partner for South America, and was not in talks": a region is no speaker', () => {
    const claims = claimsOf(
      'Pellucid Bio licensed its asthma inhaler to Hanamura Pharma for Japan. It said it would look for a separate partner for South America, and was not in talks with any company for now.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'statement' && /south/i.test(c.parties.join(' ')))).toEqual([]);
  });
});

describe('"The company said it had received no approach from <the bidder>": the story company named as the object is not "the company"', () => {
  it('the other side of the deal told just before speaks', () => {
    const claims = claimsOf(
      'Belmar Shipping is weighing an offer for Harwick Terminals, people familiar with the matter said. The company said on Monday it had received no approach from Belmar Shipping.',
      'en',
      PUB,
    );
    expect(stanceOf(claims, 'Belmar Shipping')).toEqual([]);
    expect(stanceOf(claims, 'Harwick Terminals')).toEqual(['deny']);
  });
});

describe('counter-examples: who speaks for a company still speaks', () => {
  it('"a spokeswoman for X said the bank was not in talks": X denies', () => {
    const claims = claimsOf(
      // "not in talks with anyone" alone is a standing position (round 13): the talks denied name their other side.
      'A spokeswoman for Lindqvist Bank said the bank was not in talks with Ostmark Capital.',
      'en',
      PUB,
    );
    expect(stanceOf(claims, 'Lindqvist Bank')).toEqual(['deny']);
  });

  it('"a lawyer for X said the group had no intention of making an offer": X denies', () => {
    const claims = claimsOf(
      'Talks between Ferrant Fibre and Osmond Telecom have stalled. A lawyer for Osmond Telecom said the group had no intention of making an offer.',
      'en',
      PUB,
    );
    expect(stanceOf(claims, 'Osmond Telecom')).toEqual(['deny']);
  });

  it('"representatives for X and Y declined to comment": both decline', () => {
    const claims = claimsOf(
      'Representatives for Dorval Energy and Kestler Group declined to comment.',
      'en',
      PUB,
    );
    expect(stanceOf(claims, 'Dorval Energy')).toEqual(['no_comment']);
    expect(stanceOf(claims, 'Kestler Group')).toEqual(['no_comment']);
  });

  it('"In a statement on Monday X said": the scene of the speech is no object', () => {
    const claims = claimsOf(
      'Pellow Group is reported to be weighing a bid for Brackley Foods. In a statement on Monday Brackley Foods said it was not in talks with any buyer.',
      'en',
      PUB,
    );
    expect(stanceOf(claims, 'Brackley Foods')).toEqual(['deny']);
  });

  it('a French denial keeps its speaker', () => {
    const claims = claimsOf(
      'Un porte-parole de Vaudrenne Industrie a démenti toute discussion avec le groupe Orsalis.',
      'fr',
      PUB,
    );
    expect(stanceOf(claims, 'Vaudrenne Industrie')).toEqual(['deny']);
  });
});
