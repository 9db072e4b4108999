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

describe('a rival that did not bid is no party to the sale', () => {
  it('reads only the buyer beside "did not bid for the company", « n’a finalement pas déposé d’offre »', () => {
    expect(
      of(
        claimsOf(
          'Corvane Materials agreed on Monday to buy Quellholm, a Danish recycler. Brixta, which has been building its own recycling business, did not bid for the company, according to a person familiar with the process.',
          'en',
          TUE,
        ),
        'acquisition',
      ),
    ).toEqual([{ parties: ['Corvane Materials', 'Quellholm'], status: 'confirmed' }]);
    expect(
      of(
        claimsOf(
          "Corvane rachète Ternelle, un recycleur bâlois. Brixta, qui s'intéressait également à Ternelle selon la presse alémanique, n'a finalement pas déposé d'offre.",
          'fr',
          TUE,
        ),
        'acquisition',
      ),
    ).toEqual([{ parties: ['Corvane', 'Ternelle'], status: 'confirmed' }]);
  });

  it("counter-example: the rival's own word that it did not bid is a denial, and stays", () => {
    const claims = claimsOf(
      'Corvane Materials agreed on Monday to buy Quellholm. Brixta said it did not bid for Quellholm.',
      'en',
      TUE,
    );
    expect(of(claims, 'acquisition')).toContainEqual({ parties: ['Brixta', 'Quellholm'], status: 'denied' });
  });
});

describe('a question on a deal with a modal, or a deal "of that kind", reports no deal', () => {
  it('reads no acquisition in "Traders asked whether X might bid for …" or « se demandent si X pourrait racheter »', () => {
    expect(
      of(
        claimsOf(
          'Haldane & Vale shares rose 5%. Traders asked whether Pellgate Group might bid for the department store chain, though no talks have been reported.',
          'en',
          TUE,
        ),
        'acquisition',
      ),
    ).toEqual([]);
    expect(
      of(
        claimsOf(
          "Les actionnaires d'Orbelle se demandent si Pellgate pourrait racheter l'enseigne, qui vaut 400 millions d'euros.",
          'fr',
          TUE,
        ),
        'acquisition',
      ),
    ).toEqual([]);
  });

  it('reads only the reported bid beside "A takeover of that kind would be reviewed under …"', () => {
    expect(
      of(
        claimsOf(
          'Tessan is said to be weighing a bid for Ravelmoor. A takeover of that kind would almost certainly be reviewed under the National Security and Investment Act, lawyers said.',
          'en',
          TUE,
        ),
        'acquisition',
      ),
    ).toEqual([{ parties: ['Tessan', 'Ravelmoor'], status: 'rumour' }]);
  });

  it('counter-example: a hedged bid reported by sources is still a rumour', () => {
    expect(
      of(
        claimsOf('Pellgate could bid for Orbelle, people familiar with the matter said.', 'en', TUE),
        'acquisition',
      ),
    ).toEqual([{ parties: ['Pellgate', 'Orbelle'], status: 'rumour' }]);
  });
});

describe('a takeover-rule deadline launches nothing', () => {
  it('reads no launch in "The deadline for the group to firm up an offer or walk away falls on 13 April"', () => {
    for (const [text, language] of [
      [
        'Harrowgate said on Monday it was considering an offer for Lissane Travel. The deadline for the US group to firm up an offer or walk away falls on 13 April.',
        'en',
      ],
      [
        "Harrowgate étudie une offre sur Lissane. Le groupe américain a jusqu'au 13 avril pour déposer une offre ferme ou renoncer.",
        'fr',
      ],
    ] as const)
      expect(of(claimsOf(text, language, TUE), 'launch')).toEqual([]);
  });

  it("counter-example: a company's offer available on a date is a launch", () => {
    expect(
      of(claimsOf('Orbelle proposera son offre d’abonnement à partir du 13 avril.', 'fr', TUE), 'launch'),
    ).toEqual([{ parties: ['Orbelle'], status: 'confirmed' }]);
  });
});

describe('a class of qualified offers has no holder', () => {
  it('reads no certification in « ont consacré 1,9 milliard aux offres qualifiées SecNumCloud »', () => {
    expect(
      of(
        claimsOf(
          "D'après les chiffres publiés lundi par Varlane Conseil, les administrations ont consacré 1,9 milliard d'euros aux offres qualifiées SecNumCloud sur les douze derniers mois.",
          'fr',
          TUE,
        ),
        'certification',
      ),
    ).toEqual([]);
  });

  it('counter-example: a company that obtains the qualification holds it', () => {
    expect(
      of(claimsOf('Orbelle a obtenu la qualification SecNumCloud en février.', 'fr', TUE), 'certification'),
    ).toEqual([{ parties: ['Orbelle'], status: 'confirmed' }]);
  });
});

describe('a deal term without a stake, or talks nobody reports, deny nothing', () => {
  it('reads the partnership, confirmed, and no acquisition beside « L’accord ne prévoit aucune prise de participation »', () => {
    const claims = claimsOf(
      'Norvane et Cyrelle Data ont signé un partenariat. L’accord, conclu pour cinq ans, ne prévoit aucune prise de participation de Norvane au capital de Cyrelle Data.',
      'fr',
      TUE,
    );
    expect(of(claims, 'acquisition')).toEqual([]);
    expect(of(claims, 'agreement')).toEqual([{ parties: ['Norvane', 'Cyrelle Data'], status: 'confirmed' }]);
  });

  it('reads no acquisition beside « aucune discussion n’a été évoquée »', () => {
    expect(
      of(
        claimsOf(
          'Rien ne l’indique : aucune discussion n’a été évoquée par l’une ou l’autre des parties, et Vaubrenne préfère sécuriser ses fournisseurs par des contrats plutôt que par des prises de participation.',
          'fr',
          TUE,
        ),
        'acquisition',
      ),
    ).toEqual([]);
  });

  it('counter-example: a spokesperson denying a report of a stake still denies the purchase', () => {
    const claims = claimsOf(
      'Tarnel has signed a supply agreement with Merrow Semiconductor. The deal does not include any equity investment, a Tarnel spokesperson said, denying a report that the company was preparing to buy into Merrow Semiconductor.',
      'en',
      TUE,
    );
    expect(of(claims, 'acquisition')).toEqual([
      { parties: ['Tarnel', 'Merrow Semiconductor'], status: 'denied' },
    ]);
  });
});
