import { describe, expect, it } from 'vitest';
import type { Claim, ShareMoveClaim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Classes of share-move errors that recur across several tuned corpora (cross-corpus round 2, one claim
 * kind across every corpus), written afresh with invented companies. Published on a Wednesday:
 * "mardi" / "Tuesday" is 2029-05-08, "lundi" / "Monday" 2029-05-07.
 */
const PUB = '2029-05-09';

const moves = (claims: Claim[]) => claims.filter((c): c is ShareMoveClaim => c.kind === 'share_move');
const summary = (claims: Claim[]) =>
  moves(claims)
    .map((c) => `${c.parties.join('+')} ${c.direction} ${c.percent} ${c.eventDate ?? '-'}`)
    .sort();

describe('a move over a period is no session move (blind-13, -18, -24, -28, -33)', () => {
  const cases: [string, 'fr' | 'en', string[]][] = [
    [
      "L'action Marvellis a bondi de 12 % mardi. Introduite en Bourse en 2020 à 14 euros, Marvellis avait perdu 64 % depuis, plombée par des retards de chantier.",
      'fr',
      ['Marvellis up 12 2029-05-08'],
    ],
    [
      'Tollary Pharma shares rose 9% on Tuesday. The stock, which had lost nearly 35% over the previous twelve months after a failed trial, traded four times its average volume.',
      'en',
      ['Tollary Pharma up 9 2029-05-08'],
    ],
    [
      "Mardi, l'action Brissane a terminé en hausse de 2,3 % à la Bourse de Paris ; depuis le 1er janvier, le titre abandonne toutefois 11 %.",
      'fr',
      ['Brissane up 2.3 2029-05-08'],
    ],
    [
      'Shares in Kelworth Mining rose 5.2% on Tuesday. They have gained about 40% since the Evening Ledger reported in March that the group was up for sale.',
      'en',
      ['Kelworth Mining up 5.2 2029-05-08'],
    ],
    [
      "Dunmore Foods' shares closed the week up 14% at 310 pence, near the price Tesco is said to be weighing.",
      'en',
      [],
    ],
  ];
  for (const [text, lang, expected] of cases)
    it(text.slice(0, 60), () => expect(summary(claimsOf(text, lang, PUB))).toEqual(expected));
});

describe("the day's share of a move over a period is that day's move (phrasebook-2, -4)", () => {
  const cases: [string, 'fr' | 'en', string[]][] = [
    [
      "Depuis le début de l'année, l'action Caravène a perdu 22 %, dont 4,1 % pour la seule séance de mardi.",
      'fr',
      ['Caravène down 4.1 2029-05-08'],
    ],
    [
      'Over the past five sessions, Holbrook Dairies has gained 19%, including a 7.4% jump on Tuesday alone.',
      'en',
      ['Holbrook Dairies up 7.4 2029-05-08'],
    ],
    [
      "Sur l'ensemble de la semaine, Varnel Industrie s'est adjugé 8 %, dont 3,5 % lors de la seule séance de lundi.",
      'fr',
      ['Varnel Industrie up 3.5 2029-05-07'],
    ],
    [
      'Since January, Pardoe Logistics has lost 30% of its value, including 6% on Tuesday.',
      'en',
      ['Pardoe Logistics down 6 2029-05-08'],
    ],
  ];
  for (const [text, lang, expected] of cases)
    it(text.slice(0, 60), () => expect(summary(claimsOf(text, lang, PUB))).toEqual(expected));
  it('a running total told after the move stays out', () => {
    const text = "L'action Brissane a gagné 2 % mardi, portant à 15 % sa hausse depuis janvier.";
    expect(summary(claimsOf(text, 'fr', PUB))).toEqual(['Brissane up 2 2029-05-08']);
  });
});

describe('a move told "the same day" takes the day the sentence before named (blind-18, -23, -24, -34)', () => {
  const cases: [string, 'fr' | 'en', string[]][] = [
    [
      'Clinalis a annoncé lundi le rachat de deux cliniques à Dijon. Le même jour, le titre Clinalis, pourtant peu liquide, a gagné 3,4 % à la Bourse de Paris.',
      'fr',
      ['Clinalis up 3.4 2029-05-07'],
    ],
    [
      "Bouygues a annoncé lundi une offre sur l'opérateur Fibrelis, à 21 euros par action. Le titre Fibrelis a bondi de 24,5 % dans la journée.",
      'fr',
      ['Fibrelis up 24.5 2029-05-07'],
    ],
    [
      "Sopra Steria a annoncé lundi avoir obtenu la qualification SecNumCloud pour son offre. L'action Sopra Steria a gagné 1,6 % dans la foulée.",
      'fr',
      ['Sopra Steria up 1.6 2029-05-07'],
    ],
  ];
  for (const [text, lang, expected] of cases)
    it(text.slice(0, 60), () => expect(summary(claimsOf(text, lang, PUB))).toEqual(expected));
  it('with no day before it, a move "dans la journée" is the publication day', () => {
    const text = "Le titre Fibrelis a bondi de 24,5 % dans la journée après l'annonce d'une offre.";
    expect(summary(claimsOf(text, 'fr', PUB))).toEqual(['Fibrelis up 24.5 2029-05-09']);
  });
});

describe('a name nothing else marks as a company, right before its move verb, is the mover (blind-21, -22, -25, -34)', () => {
  const cases: [string, 'fr' | 'en', string[]][] = [
    [
      'Rolls-Royce gained 1.7% on hopes of a stronger season, while Tarrant Water added 1.2% after the utility won a pipeline contract.',
      'en',
      ['Rolls-Royce up 1.7 2029-05-09', 'Tarrant Water up 1.2 2029-05-09'],
    ],
    [
      'Utilities were the best-performing sector, rising 1.3%. Quenvale added 0.9%, a day after signing a licensing deal with a start-up.',
      'en',
      ['Quenvale up 0.9 2029-05-09'],
    ],
    [
      'In Paris, Vauclin Hydrogène closed up 9.7% after setting up a joint venture with TotalEnergies.',
      'en',
      ['Vauclin Hydrogène up 9.7 2029-05-09'],
    ],
    [
      "Dans le luxe, Richemont a lâché 2,1 %. Parmi les petites valeurs, Sarlande a bondi de 6 % sur fond de rumeurs d'offre.",
      'fr',
      ['Richemont down 2.1 2029-05-09', 'Sarlande up 6 2029-05-09'],
    ],
  ];
  for (const [text, lang, expected] of cases)
    it(text.slice(0, 60), () => expect(summary(claimsOf(text, lang, PUB))).toEqual(expected));
  const none: [string, 'fr' | 'en'][] = [
    ['Utilities rose 1.3%, while Telecoms slipped 0.4%.', 'en'],
    ['Brent crude fell 1.3% to $71.40 a barrel.', 'en'],
    ['In Frankfurt, Germany closed 0.6% higher after the data.', 'en'],
    ['Exports rose 4% in March, the customs office said.', 'en'],
    ['Gold rose 1.1% as the dollar weakened.', 'en'],
    ['Wall Street fell 1% on Tuesday.', 'en'],
    ['Les Exportations ont progressé de 4 % en mars.', 'fr'],
  ];
  for (const [text, lang] of none)
    it(`nothing: ${text.slice(0, 50)}`, () => expect(summary(claimsOf(text, lang, PUB))).toEqual([]));
});
