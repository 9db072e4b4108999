import { describe, expect, it } from 'vitest';
import { claimsOf, moves } from './claims-of.ts';

/**
 * Spurious claims, session 26: a stock's distance from its high ("still down 38% from its 52-week high", « en
 * baisse de 38 % par rapport à son plus haut ») or its change since a debut or a peak ("up 29% since its Nasdaq
 * debut", "lost 11% since its mid-June peak") is a span's, no session's move; "lay down 40% more casks" is a plan,
 * no fall; « reprend 100 % de l'entreprise » is a purchase, no rebound.
 */
const TUE = '2028-03-21'; // a Tuesday
const MON_UP = { party: 'Corvane', percent: 2, direction: 'up', day: '2028-03-20' };

describe("a stock's distance from its high, or its change since a debut or a peak, is no session's move", () => {
  it('reads only the day move beside "from its 52-week high", "since its debut", "since its peak"', () => {
    for (const [text, language] of [
      ['Corvane shares rose 2% on Monday. The stock is still down 38% from its 52-week high.', 'en'],
      ['Corvane shares rose 2% on Monday. The stock is up 29% since its Nasdaq debut.', 'en'],
      ['Corvane shares rose 2% on Monday, and have lost 11% since their mid-June peak.', 'en'],
      ['Corvane shares rose 2% on Monday. They remain 20% below their 2026 high.', 'en'],
      [
        "Le titre Corvane a gagné 2 % lundi. L'action reste en baisse de 38 % par rapport à son plus haut.",
        'fr',
      ],
    ] as const)
      expect(moves(claimsOf(text, language, TUE))).toEqual([MON_UP]);
  });

  it("counter-example: a session's rebound from a low is still read", () => {
    expect(moves(claimsOf('Corvane shares rebounded 4% from their lows on Tuesday.', 'en', TUE))).toEqual([
      { party: 'Corvane', percent: 4, direction: 'up', day: '2028-03-21' },
    ]);
  });
});

describe('"lay down 40% more casks" is a plan, no fall of the stock', () => {
  it('reads no move in a plan told after a move of the stock', () => {
    const text =
      'Corvane shares rose 2% on Monday. Corvane plans to lay down 40% more casks over the next five years.';
    expect(moves(claimsOf(text, 'en', TUE))).toEqual([MON_UP]);
  });

  it('counter-example: "closed down 4%" is still a fall', () => {
    expect(moves(claimsOf('Corvane shares closed down 4% on Tuesday.', 'en', TUE))).toEqual([
      { party: 'Corvane', percent: 4, direction: 'down', day: '2028-03-21' },
    ]);
  });
});

describe("« reprend 100 % de l'entreprise » is a purchase, no rebound", () => {
  it('reads no move of the buyer when the share bought is of a company told by a common noun', () => {
    for (const [text, language] of [
      [
        "Le titre Corvane a gagné 2 % lundi. Le groupe reprend 100 % de l'entreprise lyonnaise de propreté pour 97 millions d'euros.",
        'fr',
      ],
      ['Corvane shares rose 2% on Monday. It also took 30% of the company for $4m.', 'en'],
    ] as const)
      expect(moves(claimsOf(text, language, TUE))).toEqual([MON_UP]);
  });

  it('counter-example: « le titre reprend 3 % » is still a rebound', () => {
    expect(moves(claimsOf('Le titre Corvane reprend 3 % mardi.', 'fr', TUE))).toEqual([
      { party: 'Corvane', percent: 3, direction: 'up', day: '2028-03-21' },
    ]);
  });
});
