import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, moves } from './claims-of.ts';

/** Stakes taken in rounds, raised, weighed or told by « entrée … à hauteur de »; movers restated after a colon. */
const PUB = '2028-03-17'; // a Friday

const stakes = (claims: Claim[]) =>
  claims.flatMap((c) => (c.kind === 'acquisition' ? [[...c.parties, c.status, c.percent]] : []));

describe('a stake taken in a funding round', () => {
  it('"took a 6% stake as part of the round": the raiser, not a name later in the sentence', () => {
    expect(
      stakes(
        claimsOf(
          'Korveth Silicon has raised $120 million in a Series B round led by Dunmore Ventures, the company said. Pellanor Group took a 6% stake as part of the round, a structure that gives Dunmore Ventures no board seat.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([['Pellanor Group', 'Korveth Silicon', 'confirmed', 6]]);
  });

  it('a stake told right after the round, no company of its own: the raiser', () => {
    expect(
      stakes(
        claimsOf(
          'Tessaly Quantum signed a new customer in Ghent. The start-up has also completed a €30 million funding round. Varnel Capital took a 12% stake, alongside two family offices.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([['Varnel Capital', 'Tessaly Quantum', 'confirmed', 12]]);
  });

  it('counter-example: a stake with no round told nearby stays unread', () => {
    expect(
      stakes(
        claimsOf(
          'Tessaly Quantum signed a new customer in Ghent. The start-up has also opened an office in Lyon. Varnel Capital took a 12% stake, alongside two family offices.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([]);
  });
});

describe('a place before the buyer', () => {
  it('"And in Tangier, X took 15% of Y": the town is where, not a second bidder', () => {
    expect(
      stakes(
        claimsOf(
          'And in Tangier, Norvanta Motors took 15% of ferry operator Tarfaya Mobility, its first stake in Morocco.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([['Norvanta Motors', 'Tarfaya Mobility', 'confirmed', 15]]);
  });

  it('counter-example: rival bidders listed with a comma each bid', () => {
    expect(
      stakes(
        claimsOf(
          'Brennic Partners, Alcorn Capital and Veyra Group are said to be eyeing Tarfaya Mobility.',
          'en',
          PUB,
        ),
      ).map((s) => s[0]),
    ).toEqual(['Brennic Partners', 'Alcorn Capital', 'Veyra Group']);
  });
});

describe('« l’entrée de X à hauteur de N % de son capital »', () => {
  it('the capital is the subject’s, the share the one told', () => {
    expect(
      stakes(
        claimsOf(
          'Sorvenne Batteries a officialisé lundi l’entrée de Kalmette Industries à hauteur de 25 % de son capital.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([['Kalmette Industries', 'Sorvenne Batteries', 'confirmed', 25]]);
  });

  it('counter-example: a percentage of another noun is no stake in the subject', () => {
    expect(
      stakes(
        claimsOf(
          'Sorvenne Batteries a salué lundi l’arrivée de Kalmette Industries, qui représente 25 % de son chiffre d’affaires.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([]);
  });
});

describe('a stake raised to a level', () => {
  it('« porter sa participation à 40 % » after the first stake: a second, hedged step', () => {
    expect(
      stakes(
        claimsOf(
          'Norvanta Motors a pris 15 % de Tarfaya Mobility. D’après nos informations, l’accord donnerait à Norvanta Motors la possibilité de porter sa participation à 40 % en 2031.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([
      ['Norvanta Motors', 'Tarfaya Mobility', 'confirmed', 15],
      ['Norvanta Motors', 'Tarfaya Mobility', 'rumour', 40],
    ]);
  });

  it('"raised its stake in X to 35%": the level reached', () => {
    expect(
      stakes(claimsOf('Calvora Foods raised its stake in Brennet Dairy to 35% on Monday.', 'en', PUB)),
    ).toEqual([['Calvora Foods', 'Brennet Dairy', 'confirmed', 35]]);
  });

  it('counter-example: a holding said to stand at a level is no purchase', () => {
    expect(
      stakes(claimsOf('Norvanta Motors détient 35 % de Tarfaya Mobility depuis 2024.', 'fr', PUB)).filter(
        (s) => s[3] === 35 && s[2] === 'rumour',
      ),
    ).toEqual([]);
  });
});

describe('a stake weighed with no target', () => {
  it('« X attire les convoitises. Le fonds Y envisagerait une prise de participation »: the company just told', () => {
    expect(
      stakes(
        claimsOf(
          'Dorvane Data attire les convoitises. Selon nos informations, le fonds Kestrel Capital envisagerait une prise de participation.',
          'fr',
          PUB,
        ),
      ).map((s) => s.slice(0, 3)),
    ).toEqual([['Kestrel Capital', 'Dorvane Data', 'rumour']]);
  });

  it('counter-example: stakes « chez ses fournisseurs » have a target of their own', () => {
    expect(
      stakes(
        claimsOf(
          'Dorvane Data attire les convoitises. Le groupe Kestrel Holding multiplie les prises de participation chez ses sous-traitants.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([]);
  });
});

describe('a market index is no company', () => {
  it('« le MASI gagne 0,8 % »: no share move; counter-example: the stock told before it', () => {
    expect(
      moves(
        claimsOf(
          'Tarfaya Mobility a perdu 3 % jeudi. Sur les quatre premières séances, le MASI gagne 0,8 %, porté par les banques.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([{ party: 'Tarfaya Mobility', percent: 3, direction: 'down', day: '2028-03-16' }]);
  });
});

describe('a descriptor after a colon restates the subject', () => {
  it('« X a profité … : le groupe minier a pris 2,8 % lundi »: X moves, not the last mover', () => {
    expect(
      moves(
        claimsOf(
          'Sorvenne Batteries a cédé 4,2 % mardi. À l’inverse, Ouarzane a profité de la flambée du cuivre : le groupe minier a pris 2,8 % lundi.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([
      { party: 'Sorvenne Batteries', percent: 4.2, direction: 'down', day: '2028-03-14' },
      { party: 'Ouarzane', percent: 2.8, direction: 'up', day: '2028-03-13' },
    ]);
  });

  it('counter-example: a name after the colon moves itself', () => {
    expect(
      moves(
        claimsOf('Sorvenne Batteries a déçu les analystes : Ouarzane Mines a pris 2,8 % lundi.', 'fr', PUB),
      ).map((m) => m.party),
    ).toEqual(['Ouarzane Mines']);
  });
});

describe('a day told right after a fronted earlier move', () => {
  it('« Après sa chute de 9,5 % vendredi, X rebondit de 4,3 % »: Friday is the fall’s, the rebound the day’s', () => {
    expect(
      moves(
        claimsOf(
          'Après sa chute de 9,5 % vendredi, Sorvenne Batteries rebondit de 4,3 %.',
          'fr',
          '2028-03-16',
        ),
      ),
    ).toEqual([
      { party: 'Sorvenne Batteries', percent: 9.5, direction: 'down', day: '2028-03-10' },
      { party: 'Sorvenne Batteries', percent: 4.3, direction: 'up', day: '2028-03-16' },
    ]);
  });

  it('counter-example: "X closed up 11% on Friday, and Y slipped 0.6% the same day" keeps Friday for both', () => {
    expect(
      moves(
        claimsOf(
          'Tarfaya Mobility shares closed up 11% on Friday, and Sorvenne Batteries slipped 0.6% in Paris the same day.',
          'en',
          '2028-03-16',
        ),
      ).map((m) => m.day),
    ).toEqual(['2028-03-10', '2028-03-10']);
  });
});

describe('a next-morning report dated by its opening sentence', () => {
  it('"Takeover talk swept the City yesterday." then dayless moves: yesterday’s session', () => {
    expect(
      moves(
        claimsOf(
          'Takeover talk swept the City yesterday, with media stocks in the spotlight.\n\nHarrowgate Films gave back 2.6% as investors took profits. Tamsworth Bet clawed back 3.9%.',
          'en',
          '2028-03-17',
        ),
      ).map((m) => m.day),
    ).toEqual(['2028-03-16', '2028-03-16']);
  });

  it('counter-example: an opening sentence with no day leaves the moves on the publication day', () => {
    expect(
      moves(
        claimsOf(
          'Takeover talk swept the City, with media stocks in the spotlight.\n\nHarrowgate Films gave back 2.6% as investors took profits. Tamsworth Bet clawed back 3.9%.',
          'en',
          '2028-03-17',
        ),
      ).map((m) => m.day),
    ).toEqual(['2028-03-17', '2028-03-17']);
  });
});

describe('a pronoun standing for the stock of the sentence before', () => {
  it('« L’action X a cédé 0,8 % mardi. Elle avait gagné 1,6 % vendredi »: both moves are X’s', () => {
    expect(
      moves(
        claimsOf(
          'Brenvale Eaux a démenti lundi toute discussion avec Ormond Water. L’action Brenvale Eaux a cédé 0,8 % mardi. Elle avait gagné 1,6 % vendredi.',
          'fr',
          '2028-03-15',
        ),
      ),
    ).toEqual([
      { party: 'Brenvale Eaux', percent: 0.8, direction: 'down', day: '2028-03-14' },
      { party: 'Brenvale Eaux', percent: 1.6, direction: 'up', day: '2028-03-10' },
    ]);
  });

  it('counter-example: « Elle termine la semaine en hausse de 4 % » is a week’s change, no session’s move', () => {
    expect(
      moves(
        claimsOf(
          'L’action Brenvale Eaux a cédé 0,8 % mardi. Elle termine la semaine en hausse de 4 %.',
          'fr',
          '2028-03-17',
        ),
      ),
    ).toEqual([{ party: 'Brenvale Eaux', percent: 0.8, direction: 'down', day: '2028-03-14' }]);
  });
});
