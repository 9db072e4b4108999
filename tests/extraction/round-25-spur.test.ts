import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, moves } from './claims-of.ts';

/**
 * Spurious claims, session 25: a stock's change over a month (« Sur un mois, le titre reste en hausse de 21 % », "Over
 * a month, the stock is up 21%") is a period's, no session's move; the Irish, Japanese, Indian, Brazilian, Taiwanese
 * and Chinese benchmarks (ISEQ 20, Topix, Sensex, Nifty, Bovespa, Taiex, CSI 300) are indices, no listed companies;
 * launches counted ("ten Tern launches between 2030 and 2034") are flights to orbit, no offer put on sale; « dont
 * L'Oréal a pris 24,9 % » is a stake in the company named before, no share move of the one taking it.
 */
const TUE = '2028-03-21'; // a Tuesday

const of = (claims: Claim[], kind: Claim['kind']) =>
  claims.filter((c) => c.kind === kind).map((c) => ({ parties: [...c.parties], status: c.status }));

describe("a stock's change over a month is no session's move", () => {
  it('reads only the day move beside « sur un mois », « en un mois », "over a month"', () => {
    for (const [text, language] of [
      ['Le titre Morvane a gagné 2 % lundi. Sur un mois, le titre reste en hausse de 21 %.', 'fr'],
      ["Le titre Morvane a gagné 2 % lundi. En un mois, l'action Morvane a bondi de 21 %.", 'fr'],
      ['Morvane shares rose 2% on Monday. Over a month, the stock is up 21%.', 'en'],
    ] as const)
      expect(moves(claimsOf(text, language, TUE))).toEqual([
        { party: 'Morvane', percent: 2, direction: 'up', day: '2028-03-20' },
      ]);
  });

  it("counter-example: a move told for a session after a month's figure is still read", () => {
    expect(moves(claimsOf("L'action Morvane a bondi de 21 % lundi.", 'fr', TUE))).toEqual([
      { party: 'Morvane', percent: 21, direction: 'up', day: '2028-03-20' },
    ]);
  });
});

describe('national benchmarks are indices, not listed companies', () => {
  it('reads no share move of the ISEQ 20, the Topix or the Sensex', () => {
    for (const text of [
      'The ISEQ 20 closed 0.4% lower.',
      'The Topix fell 1.2% on Tuesday.',
      'Le Sensex a cédé 0,8 % mardi.',
    ])
      expect(moves(claimsOf(text, text.startsWith('Le ') ? 'fr' : 'en', TUE))).toEqual([]);
  });

  it("counter-example: a company's move in the same market is still read", () => {
    expect(moves(claimsOf('Corribane closed 0.4% lower in Dublin.', 'en', TUE))).toEqual([
      { party: 'Corribane', percent: 0.4, direction: 'down', day: '2028-03-21' },
    ]);
  });
});

describe('launches counted are flights to orbit, not an offer put on sale', () => {
  it('reads no launch in "ten Tern launches between 2030 and 2034" or "40 satellite launches"', () => {
    for (const text of [
      'The contract covers ten Tern launches between 2030 and 2034, with options for six more.',
      'Orbivane has booked 12 rocket launches from 2029.',
    ])
      expect(of(claimsOf(text, 'en', TUE), 'launch')).toEqual([]);
  });

  it('counter-example: a company that launches its service on a date still launches it', () => {
    expect(of(claimsOf('Orbivane launches its broadband service in May 2029.', 'en', TUE), 'launch')).toEqual(
      [{ parties: ['Orbivane'], status: 'confirmed' }],
    );
  });
});

describe('« dont X a pris N % » is a stake, not a share move', () => {
  it('reads no share move of the company taking the stake', () => {
    const claims = claimsOf(
      'La marque Aubrelle, dont Pellaris a pris 24,9 % fin septembre, ouvre une boutique à Lyon.',
      'fr',
      TUE,
    );
    expect(moves(claims)).toEqual([]);
  });

  it("counter-example: « dont le titre a pris 4 % » is still the antecedent's move", () => {
    for (const text of [
      'Vextral, dont le titre a pris 4 % lundi, annonce un contrat.',
      "Vextral, dont l'action a pris 4 % lundi, annonce un contrat.",
    ])
      expect(moves(claimsOf(text, 'fr', TUE))).toEqual([
        { party: 'Vextral', percent: 4, direction: 'up', day: '2028-03-20' },
      ]);
  });
});
