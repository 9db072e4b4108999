import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Round 10, precision (second pass): sentences that state a rule, and figures that belong to something other
 * than a stock. Invented companies and sentences, both languages.
 */
const PUB = '2029-05-09T08:00:00Z'; // a Wednesday

const ofKind = (claims: Claim[], kind: Claim['kind']) => claims.filter((c) => c.kind === kind);
const moves = (claims: Claim[]) =>
  ofKind(claims, 'share_move').map((c) => (c.kind === 'share_move' ? [c.parties[0], c.percent] : []));

describe('a sentence opened by the takeover rules it applies tells what the rule requires, not what happened', () => {
  it.each([
    'Under UK takeover rules, Corvell Brands has until 5pm on 12 June to announce a firm intention to make an offer for Pellam Foods or walk away.',
    'Under British takeover rules, if Tarrow Health confirms that it has received an approach, Ondine Capital would have 28 days to make a firm offer.',
    'Under the Takeover Code, naming a possible bidder normally starts a 28-day deadline for Hesketh Media to make a firm offer for Linthorpe Radio.',
    'En vertu de la réglementation boursière, Groupe Vassal doit déposer une offre sur le solde du capital de Ferrandis dans les dix jours.',
  ])('gives no claim: %s', (text) => {
    const lang = text.startsWith('En ') ? 'fr' : 'en';
    expect(claimsOf(text, lang, PUB)).toEqual([]);
  });

  it('keeps the denial a bar on bidding restates', () => {
    const claims = claimsOf(
      'Under UK takeover rules, the statement means Hesketh Media cannot make an offer for Linthorpe Radio for six months.',
      'en',
      PUB,
    );
    expect(ofKind(claims, 'acquisition').map((c) => [c.parties, c.status])).toEqual([
      [['Hesketh Media', 'Linthorpe Radio'], 'denied'],
    ]);
  });

  it('keeps a deal told before the rule is named later in the sentence', () => {
    const claims = claimsOf(
      'Corvell Brands said on Tuesday it was in talks to buy Pellam Foods, a move that under UK takeover rules gives it until June 12 to make a firm offer.',
      'en',
      PUB,
    );
    expect(ofKind(claims, 'acquisition').map((c) => c.parties)).toEqual([['Corvell Brands', 'Pellam Foods']]);
  });
});

describe('a percentage of a price target, a stake or a control share is not the stock’s move', () => {
  it('drops the raise of a price target named on the company', () => {
    const claims = claimsOf(
      'Dalmore Retail rose 1.2% and Fenwick Stores added 0.8%, helped by a broker note that lifted the price target on Fenwick Stores by 15%.',
      'en',
      PUB,
    );
    expect(moves(claims)).toEqual([
      ['Dalmore Retail', 1.2],
      ['Fenwick Stores', 0.8],
    ]);
  });

  it('keeps a move told after a rating raised on the company', () => {
    const claims = claimsOf(
      'Fenwick Stores shares rose 3.4% on Tuesday after Harcourt Securities raised its rating on Fenwick Stores.',
      'en',
      PUB,
    );
    expect(moves(claims)).toEqual([['Fenwick Stores', 3.4]]);
  });

  it('keeps a move told after a quantity dated "on" a weekday', () => {
    const claims = claimsOf('After the dividend cut on Tuesday Fenwick Stores fell 5%.', 'en', PUB);
    expect(moves(claims)).toEqual([['Fenwick Stores', 5]]);
  });

  it.each([
    'Ormeline lève 40 millions d’euros ; Valcrest en prend 18 %.',
    'Valcrest a pris 18 %, pas le contrôle, et les fondateurs restent majoritaires.',
    'Le fonds en détient désormais 9 %, selon le document déposé auprès du régulateur.',
  ])('gives no share move: %s', (text) => {
    expect(moves(claimsOf(text, 'fr', PUB))).toEqual([]);
  });

  it('keeps a stock that « a pris » a figure on a session', () => {
    const claims = claimsOf('Valcrest a pris 2,4 % mardi à la Bourse de Paris.', 'fr', PUB);
    expect(moves(claims)).toEqual([['Valcrest', 2.4]]);
  });
});
