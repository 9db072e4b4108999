import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
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

const of = (claims: Claim[], kind: Claim['kind']) =>
  claims.filter((c) => c.kind === kind).map((c) => ({ parties: [...c.parties].sort(), status: c.status }));

describe('a bid priced in pence, or a possible offer, is no offer put on sale', () => {
  it('reads no launch in "the recommended 147p offer, which shareholders will vote on next month"', () => {
    for (const text of [
      "Shares in Corvane Foods were unchanged at 145p, just below Tessaly Partners' recommended 147p offer, which shareholders will vote on next month.",
      'Corvane said it was not in discussions with any party regarding a possible offer and would present its plan in November.',
    ])
      expect(of(claimsOf(text, 'en', TUE), 'launch')).toEqual([]);
  });

  it("counter-example: a company's new offer available from a month is still a launch", () => {
    expect(
      of(claimsOf("Corvane's new broadband offer will be available from November.", 'en', TUE), 'launch'),
    ).toEqual([{ parties: ['Corvane'], status: 'confirmed' }]);
  });
});

describe('talks denied right after an investment denied are that purchase’s', () => {
  it('reads an acquisition denied in "not pursuing an investment in X and there are no discussions"', () => {
    const claims = claimsOf(
      'Corvane said on Monday it had ruled out a deal. "We are not pursuing an investment in Tessaly and there are no discussions," a spokesperson said.',
      'en',
      TUE,
    );
    expect(of(claims, 'acquisition')).toEqual([{ parties: ['Corvane', 'Tessaly'], status: 'denied' }]);
    expect(of(claims, 'agreement')).toEqual([]);
  });

  it('counter-example: talks denied with another company named after them are no purchase of it', () => {
    const claims = claimsOf(
      'Corvane is not pursuing a stake in Tessaly, and there are no talks with Brimley either.',
      'en',
      TUE,
    );
    expect(of(claims, 'acquisition').filter((c) => c.parties.includes('Brimley'))).toEqual([]);
  });
});

describe('« l’ouverture de six centres » is sites opened, no offer put on sale', () => {
  it('reads no launch in the opening of centres, laboratories or branches', () => {
    for (const text of [
      "Corvane a signé pour 60 % du réseau Tessaly. Pour le réseau vaudois, cet adossement doit financer l'ouverture de six centres de prélèvement supplémentaires d'ici à 2029.",
      "Corvane annonce l'ouverture de quatre agences à Lyon en mars 2029.",
      "Corvane annonce l'ouverture de trois laboratoires d'analyses à Nantes en mars 2029.",
    ])
      expect(of(claimsOf(text, 'fr', TUE), 'launch')).toEqual([]);
  });

  it('counter-example: the opening of an online platform is still a launch', () => {
    expect(
      of(
        claimsOf(
          "Corvane annonce l'ouverture de sa plateforme de réservation en ligne en mars 2029.",
          'fr',
          TUE,
        ),
        'launch',
      ),
    ).toEqual([{ parties: ['Corvane'], status: 'confirmed' }]);
  });
});

describe("an agreement whose partner's relative clause buys a stake is that purchase", () => {
  it('reads the acquisition, no agreement, in « l’accord conclu avec X, qui doit acquérir 60 % de son capital »', () => {
    for (const [text, language] of [
      [
        "C'est le premier contrat annoncé par Corvane depuis l'accord conclu le 18 avril avec Tessaly, qui doit acquérir 60 % de son capital.",
        'fr',
      ],
      ['Corvane signed an agreement with Tessaly, which will buy 60% of the company.', 'en'],
    ] as const) {
      const claims = claimsOf(text, language, TUE);
      expect(of(claims, 'acquisition')).toEqual([{ parties: ['Corvane', 'Tessaly'], status: 'confirmed' }]);
      expect(of(claims, 'agreement')).toEqual([]);
    }
  });

  it("counter-example: a partner's relative clause telling what it buys or makes keeps the agreement", () => {
    for (const text of [
      'Corvane signed a distribution agreement with Tessaly, which will buy its pumps for ten years.',
      'Corvane signed an agreement with Tessaly, which makes pumps in Leeds.',
    ])
      expect(of(claimsOf(text, 'en', TUE), 'agreement')).toEqual([
        { parties: ['Corvane', 'Tessaly'], status: 'confirmed' },
      ]);
  });
});

describe('the holder of the equity bought is its seller, not the company bought', () => {
  it('reads no acquisition of the holder in "the equity held by X", « la participation détenue par X »', () => {
    for (const [text, language] of [
      [
        'Harcourt Row has agreed to buy Braidburn Fleet Services. Harcourt Row is buying the whole of the equity held by Invermay and by the founding family.',
        'en',
      ],
      ['Corvane is buying the 40% stake held by Tessaly in Brimley.', 'en'],
      ['Corvane rachète la participation de 40 % détenue par Tessaly dans Brimley.', 'fr'],
    ] as const)
      expect(
        of(claimsOf(text, language, TUE), 'acquisition').filter(
          (c) => c.parties.includes('Invermay') || c.parties.includes('Tessaly'),
        ),
      ).toEqual([]);
  });

  it('counter-example: a company bought that holds a stake elsewhere is still the one bought', () => {
    expect(
      of(claimsOf('Corvane is buying Tessaly, which holds a stake in Brimley.', 'en', TUE), 'acquisition'),
    ).toEqual([{ parties: ['Corvane', 'Tessaly'], status: 'confirmed' }]);
  });
});
