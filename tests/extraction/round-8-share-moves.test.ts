import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-of.ts';

/**
 * Share moves whose verb was read but whose claim was dropped (mechanism round 8): the stock told by a role
 * noun, a pronoun or a lead clause before a colon; a second figure of the same move; rising and falling verbs
 * the lists lacked. Written afresh with other companies, verbs and word orders, with the traps that must stay
 * silent: index moves, quantities, periods.
 */
const PUB = '2026-05-16';

const movesOf = (text: string, lang: 'fr' | 'en') =>
  claimsOf(text, lang, PUB)
    .filter((c) => c.kind === 'share_move')
    .map((c) => (c.kind === 'share_move' ? `${c.parties.join('+')} ${c.percent} ${c.direction}` : ''));

const check = (cases: [string, 'fr' | 'en', string[]][]) => {
  for (const [text, lang, expected] of cases)
    it(text, () => {
      expect(movesOf(text, lang)).toEqual(expected);
    });
};

describe('rising and falling verbs the lists lacked', () => {
  check([
    [
      'Parmi les petites valeurs, Transports Gaudrel a regagné 2,2 %, effaçant une partie du recul.',
      'fr',
      ['Transports Gaudrel 2.2 up'],
    ],
    [
      'Parmi les valeurs moyennes, Kerbalis regagnait 3,1 % après sa chute de la veille.',
      'fr',
      ['Kerbalis 3.1 up'],
    ],
    ['Hollin Foods gave up 2.2% in late trading.', 'en', ['Hollin Foods 2.2 down']],
    [
      'L’information avait fait bondir l’action Drayhaven de 12,3 % lundi à New York.',
      'fr',
      ['Drayhaven 12.3 up'],
    ],
    ['Le démenti a fait chuter l’action Orvalis de 6 % jeudi.', 'fr', ['Orvalis 6 down']],
    ['La rumeur a fait grimper le titre de Kelvane de 9 % mardi.', 'fr', ['Kelvane 9 up']],
    // Counter-examples: a quantity made to rise is no stock; "gave up" a share of a market is no move.
    ['La rumeur a fait grimper le chiffre d’affaires de Kelvane de 9 % mardi.', 'fr', []],
    ['The company gave up 2% of its market share to rivals last year.', 'en', []],
  ]);
});

describe('a second figure of the same move, or a second mover after a period told of the first', () => {
  check([
    [
      'Le titre de la holding dijonnaise Financière Sauvagnac a bondi de 11,2 % lundi puis de 6,4 % jeudi, dans le sillage du rachat.',
      'fr',
      ['Financière Sauvagnac 11.2 up', 'Financière Sauvagnac 6.4 up'],
    ],
    [
      'L’action Kervalis a chuté de 8 % mardi, puis de 3 % mercredi.',
      'fr',
      ['Kervalis 8 down', 'Kervalis 3 down'],
    ],
    [
      'Harbridge shares fell 5% on Monday and a further 2.1% on Tuesday.',
      'en',
      ['Harbridge 5 down', 'Harbridge 2.1 down'],
    ],
    [
      'Harbridge shares rose 4% on Monday, then 1.5% on Wednesday.',
      'en',
      ['Harbridge 4 up', 'Harbridge 1.5 up'],
    ],
    [
      'Unilever ended the day up 3.6%, its strongest session since March, and Ocado closed 7.8% higher after the report.',
      'en',
      ['Unilever 3.6 up', 'Ocado 7.8 up'],
    ],
    [
      'Kering a gagné 2,1 %, sa meilleure séance depuis janvier, et Hermès a cédé 0,4 %.',
      'fr',
      ['Kering 2.1 up', 'Hermès 0.4 down'],
    ],
    [
      'Quaylock Freight, the Felixstowe-based logistics group, has doubled its revenue. Its shares, listed on London’s AIM market, have risen 41% over the past twelve months and climbed 3.2% on Monday.',
      'en',
      ['Quaylock Freight 3.2 up'],
    ],
    [
      'Depuis janvier, l’action Kervalis a gagné 40 % et a encore bondi de 5 % jeudi.',
      'fr',
      ['Kervalis 5 up'],
    ],
    // Counter-examples: a second figure over a period, or of another quantity, is no session's move.
    ['Harbridge shares rose 4% on Monday and 12% over the year.', 'en', ['Harbridge 4 up']],
    ['Harbridge shares rose 4% on Monday and 20% in revenue.', 'en', ['Harbridge 4 up']],
    ['L’action Kervalis a gagné 4 % lundi et de 20 % depuis janvier.', 'fr', ['Kervalis 4 up']],
    ['Since January, Unilever and Ocado have gained 30%.', 'en', []],
  ]);
});

describe('a bare stock after a lead clause before a colon, or of the listed company the story is about', () => {
  check([
    [
      'Les Forges de Brioude ont obtenu la certification EN 9100. Le marché a salué la nouvelle : l’action a bondi de 13,8 % lundi.',
      'fr',
      ['Forges de Brioude 13.8 up'],
    ],
    [
      'Kelvane Robotics a signé un contrat avec Airbus. Le marché a salué l’annonce : le titre a grimpé de 7 % mardi.',
      'fr',
      ['Kelvane Robotics 7 up'],
    ],
    [
      'Kelvane Robotics signed a contract with Airbus. Investors cheered the news: the stock jumped 7% on Tuesday.',
      'en',
      ['Kelvane Robotics 7 up'],
    ],
    [
      'Sophie Terrasson (Tarvanel) : « Thales ne nous a jamais fait d’offre ». Depuis la fin octobre, plusieurs lettres prêtent à Thales l’intention de mettre la main sur Tarvanel, coté sur Euronext Paris depuis 2018. Mercredi, l’action a reculé de 5,2 % après la publication d’un chiffre d’affaires décevant.',
      'fr',
      ['Tarvanel 5.2 down'],
    ],
    [
      'Several newsletters say Safran wants to buy Orvelle, which is listed on Euronext Growth. Safran declined to comment. On Wednesday the stock fell 5.2% after weak sales.',
      'en',
      ['Orvelle 5.2 down'],
    ],
    [
      'Smurfit Westrock ruled out a bid for Lanvérac, the box maker. Lanvérac itself had already denied the report on Monday evening. Its Paris-listed stock slipped a further 3.4% on Wednesday.',
      'en',
      ['Lanvérac 3.4 down'],
    ],
    [
      'Le groupe Aurélis Compute aurait reçu une offre. Le titre Orange a terminé en repli de 0,6 %. Plus de 1,2 million de titres Aurélis ont changé de mains mardi. Ce matin, la valeur cédait 2,4 % à l’ouverture.',
      'fr',
      ['Orange 0.6 down', 'Aurélis Compute 2.4 down'],
    ],
    [
      'Kelmar Retail was said to be in talks. Tesco shares closed 0.6% lower. More than 3 million Kelmar shares changed hands on Tuesday. This morning the stock gave up 2.4% at the open.',
      'en',
      ['Tesco 0.6 down', 'Kelmar Retail 2.4 down'],
    ],
    [
      'Ce lundi matin, le titre Kering s’ajustait sur le prix d’offre : il gagnait 4,6 % à 13,72 euros vers 10 heures.',
      'fr',
      ['Kering 4.6 up'],
    ],
    ['Kering shares adjusted to the offer price: it jumped 6% in early trading.', 'en', ['Kering 6 up']],
    // Counter-examples: an index after the colon moves, not a stock; a deal's value is no stock; a quantity
    // after the colon is no stock either; a range of figures is no second move.
    ['Le chiffre d’affaires de Kering a été publié : il a progressé de 6 % sur un an.', 'fr', []],
    [
      'Worldline a chuté de 6,8 % après avoir abaissé son objectif de croissance, désormais attendue entre 2 % et 3 % lundi.',
      'fr',
      ['Worldline 6.8 down'],
    ],
    [
      'Kelvane Robotics a signé un contrat. Le marché parisien a reculé : le CAC 40 a cédé 1,2 % mardi.',
      'fr',
      [],
    ],
    [
      'Kervalis a signé un accord. La valeur de la transaction a progressé de 10 % depuis l’offre initiale.',
      'fr',
      [],
    ],
  ]);
});
